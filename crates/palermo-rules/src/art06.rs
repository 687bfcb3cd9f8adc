//! UNTOC art. 6 — Laundering of proceeds of crime: conduct given by its
//! elements, checked against the offences of 6(1), the predicate rules of
//! 6(2)(b)-(c) and the self-laundering exception of 6(2)(e).

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::facts::{LaunderingConduct as L, LaunderingPurpose, PredicateKind};
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art06.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art6.1.a.i.conversion",
        citation: Provision::untoc(6).para(1).letter('a').roman(1),
        description: "spec-art6-1-a-i-conversion",
    },
    FindingSpec {
        id: "art6.1.a.ii.concealment",
        citation: Provision::untoc(6).para(1).letter('a').roman(2),
        description: "spec-art6-1-a-ii-concealment",
    },
    FindingSpec {
        id: "art6.1.b.i.acquisition",
        citation: Provision::untoc(6).para(1).letter('b').roman(1),
        description: "spec-art6-1-b-i-acquisition",
    },
    FindingSpec {
        id: "art6.1.b.ii.ancillary",
        citation: Provision::untoc(6).para(1).letter('b').roman(2),
        description: "spec-art6-1-b-ii-ancillary",
    },
    FindingSpec {
        id: "art6.2.b.predicate",
        citation: Provision::untoc(6).para(2).letter('b'),
        description: "spec-art6-2-b-predicate",
    },
    FindingSpec {
        id: "art6.2.c.foreign_predicate",
        citation: Provision::untoc(6).para(2).letter('c'),
        description: "spec-art6-2-c-foreign-predicate",
    },
    FindingSpec {
        id: "art6.2.e.self_laundering",
        citation: Provision::untoc(6).para(2).letter('e'),
        description: "spec-art6-2-e-self-laundering",
    },
    FindingSpec {
        id: "art6.offence",
        citation: Provision::untoc(6),
        description: "spec-art6-offence",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art06.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[
    (
        Provision::untoc(6).para(2).letter('d'),
        "not-encoded-art6-2-d",
    ),
    (
        Provision::untoc(6).para(2).letter('f'),
        "not-encoded-art6-2-f",
    ),
];

/// Whether the case gives the art. 6 conduct for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    ctx.offence().elements.laundering_conduct.is_some()
}

/// UNTOC art. 6 — is the conduct laundering of proceeds of crime, and an
/// offence under the characterising State's law?
///
/// > Converting or transferring property known to be proceeds of crime, to
/// > conceal its illicit origin or to help someone involved in the predicate
/// > offence evade the consequences (6(1)(a)(i)), and concealing or
/// > disguising the nature, source, location, disposition, movement or
/// > ownership of such property (6(1)(a)(ii)), are offences every State must
/// > have, within its fundamental principles. Acquiring, possessing or using
/// > it knowing its origin at receipt (6(1)(b)(i)), and the ancillary forms
/// > (6(1)(b)(ii)), are required only as the basic concepts of its legal
/// > system allow. Predicates include every serious crime and the offences of
/// > arts. 5, 8 and 23 (6(2)(b)); a predicate committed abroad counts only if
/// > it was an offence where committed and would be one in the State applying
/// > the law had it been committed there (6(2)(c)). A State whose
/// > fundamental principles require it may exempt the predicate offender
/// > (6(2)(e)).
///
/// Pushes one finding per conduct given (`art6.1.a.i.conversion`,
/// `art6.1.a.ii.concealment`, `art6.1.b.i.acquisition`,
/// `art6.1.b.ii.ancillary`), `art6.2.b.predicate`,
/// `art6.2.c.foreign_predicate` (when the predicate was committed outside a
/// characterising State, or where is not given), `art6.2.e.self_laundering` (when the launderer
/// committed the predicate) and `art6.offence`.
pub fn is_laundering(ctx: &mut Ctx<'_>) -> Tri {
    let e = &ctx.offence().elements;
    let conduct: &[L] = e.laundering_conduct.as_deref().unwrap_or(&[]);
    let intent = Tri::fact(e.intentional, ctx.offence_fact("elements.intentional"));
    let knew = Tri::fact(e.knew_proceeds, ctx.offence_fact("elements.knew_proceeds"));
    let p61 = Provision::untoc(6).para(1);
    let mut acts: Vec<Tri> = Vec::new();

    if conduct.contains(&L::ConvertOrTransfer) {
        let purpose = match e.laundering_purpose {
            Some(LaunderingPurpose::None) => Tri::of(Outcome::No),
            Some(_) => Tri::of(Outcome::Yes),
            None => Tri::missing(ctx.offence_fact("elements.laundering_purpose")),
        };
        let tri = Tri::all(&[&knew, &purpose, &intent]);
        let mut f = ctx.finding_from(
            ctx.oid("art6.1.a.i.conversion"),
            p61.letter('a').roman(1),
            &tri,
        );
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::MandatoryQualified);
        }
        f.message = match tri.outcome {
            Outcome::Yes if e.laundering_purpose == Some(LaunderingPurpose::HelpEvade) => {
                msg!("art06-conversion-yes-help-evade")
            }
            Outcome::Yes => msg!("art06-conversion-yes-conceal"),
            Outcome::No if knew.outcome == Outcome::No => msg!("art06-conversion-not-known"),
            Outcome::No if purpose.outcome == Outcome::No => msg!("art06-conversion-no-purpose"),
            Outcome::No => msg!("art06-conversion-not-intentional"),
            _ => msg!("art06-conversion-undetermined"),
        };
        acts.push(ctx.push(f));
    }

    if conduct.contains(&L::ConcealOrDisguise) {
        let tri = Tri::all(&[&knew, &intent]);
        let mut f = ctx.finding_from(
            ctx.oid("art6.1.a.ii.concealment"),
            p61.letter('a').roman(2),
            &tri,
        );
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::MandatoryQualified);
        }
        f.message = match tri.outcome {
            Outcome::Yes => msg!("art06-concealment-yes"),
            Outcome::No if knew.outcome == Outcome::No => msg!("art06-concealment-not-known"),
            Outcome::No => msg!("art06-concealment-not-intentional"),
            _ => msg!("art06-concealment-undetermined"),
        };
        acts.push(ctx.push(f));
    }

    if conduct.contains(&L::AcquirePossessUse) {
        let mut f = Finding::new(
            ctx.oid("art6.1.b.i.acquisition"),
            p61.letter('b').roman(1),
            Outcome::Undetermined,
        );
        let law = ctx.offence_law_tri("art6.1.b.i.acquisition_offence", &mut f);
        let tri = Tri::all(&[&knew, &intent, &law]);
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::MandatoryQualified);
        }
        acts.push(finish(ctx, f, &tri, |o| match o {
            Outcome::Yes => msg!("art06-acquisition-yes"),
            Outcome::No if knew.outcome == Outcome::No => msg!("art06-acquisition-not-known"),
            Outcome::No if intent.outcome == Outcome::No => {
                msg!("art06-acquisition-not-intentional")
            }
            Outcome::No => msg!("art06-acquisition-not-an-offence"),
            Outcome::DependsOnDomesticLaw => msg!("art06-acquisition-domestic-law"),
            _ => msg!("art06-acquisition-undetermined"),
        }));
    }

    if conduct.contains(&L::Ancillary) {
        let mut f = Finding::new(
            ctx.oid("art6.1.b.ii.ancillary"),
            p61.letter('b').roman(2),
            Outcome::Undetermined,
        );
        let law = ctx.offence_law_tri("art6.1.b.ii.ancillary_offence", &mut f);
        let tri = Tri::all(&[&intent, &law]);
        acts.push(finish(ctx, f, &tri, |o| match o {
            Outcome::Yes => msg!("art06-ancillary-yes"),
            Outcome::No if intent.outcome == Outcome::No => msg!("art06-ancillary-not-intentional"),
            Outcome::No => msg!("art06-ancillary-not-an-offence"),
            Outcome::DependsOnDomesticLaw => msg!("art06-ancillary-domestic-law"),
            _ => msg!("art06-ancillary-undetermined"),
        }));
    }

    let refs: Vec<&Tri> = acts.iter().collect();
    let act = Tri::any(&refs);

    // 6(2)(b): the predicate.
    let mut f = Finding::new(
        ctx.oid("art6.2.b.predicate"),
        Provision::untoc(6).para(2).letter('b'),
        Outcome::Undetermined,
    );
    let predicate = match e.predicate {
        Some(PredicateKind::SeriousCrime | PredicateKind::ConventionOffence) => {
            Tri::of(Outcome::Yes)
        }
        Some(PredicateKind::Other) => {
            f.citation = Provision::untoc(6).para(2).letter('a');
            ctx.offence_law_tri("art6.2.a.predicate_included", &mut f)
        }
        None => Tri::missing(ctx.offence_fact("elements.predicate")),
    };
    let predicate = finish(ctx, f, &predicate, |o| match (o, e.predicate) {
        (Outcome::Yes, Some(PredicateKind::SeriousCrime)) => msg!("art06-predicate-serious-crime"),
        (Outcome::Yes, Some(PredicateKind::ConventionOffence)) => {
            msg!("art06-predicate-convention-offence")
        }
        (Outcome::Yes, _) => msg!("art06-predicate-domestic-yes"),
        (Outcome::No, _) => msg!("art06-predicate-domestic-no"),
        (Outcome::DependsOnDomesticLaw, _) => msg!("art06-predicate-domestic-law"),
        _ => msg!("art06-predicate-missing"),
    });

    // 6(2)(c): a predicate committed outside a characterising State.
    let (law_states, all) = ctx.offence_law_states();
    let foreign_predicate = match e.predicate_committed_in {
        Some(place) if law_states.iter().any(|&s| s != place) => {
            Some(foreign(ctx, place, &law_states, all))
        }
        Some(_) => None,
        None => Some(place_unknown(ctx, &law_states)),
    };

    // 6(2)(e): self-laundering.
    let self_laundering = match e.self_laundering {
        Some(true) => {
            let mut f = Finding::new(
                ctx.oid("art6.2.e.self_laundering"),
                Provision::untoc(6).para(2).letter('e'),
                Outcome::Undetermined,
            );
            let excluded = ctx.offence_law_tri("art6.2.e.self_laundering_excluded", &mut f);
            let tri = negate(&excluded);
            Some(finish(ctx, f, &tri, |o| match o {
                Outcome::Yes => msg!("art06-self-laundering-not-exempt"),
                Outcome::No => msg!("art06-self-laundering-exempt"),
                _ => msg!("art06-self-laundering-domestic-law"),
            }))
        }
        Some(false) => None,
        None => Some(Tri::missing(ctx.offence_fact("elements.self_laundering"))),
    };

    let mut parts = vec![&act, &predicate];
    if let Some(t) = &foreign_predicate {
        parts.push(t);
    }
    if let Some(t) = &self_laundering {
        parts.push(t);
    }
    let tri = Tri::all(&parts);
    let mut f = ctx.finding_from(ctx.oid("art6.offence"), Provision::untoc(6), &tri);
    f.message = if conduct.is_empty() {
        msg!("art06-offence-no-conduct")
    } else {
        match tri.outcome {
            Outcome::Yes => msg!("art06-offence-yes"),
            Outcome::No => msg!("art06-offence-no"),
            Outcome::DependsOnDomesticLaw => msg!("art06-offence-domestic-law"),
            _ => msg!("art06-offence-undetermined"),
        }
    };
    ctx.push(f)
}

/// 6(2)(c): for each characterising State where the predicate was not
/// committed, the predicate must be an offence where committed and in that
/// State. Pushes `art6.2.c.foreign_predicate`.
fn foreign(ctx: &mut Ctx<'_>, place: StateCode, law_states: &[StateCode], all: bool) -> Tri {
    let punishable = &ctx.offence().elements.predicate_punishable_in;
    let fact = |s: StateCode| {
        Tri::fact(
            punishable.get(&s).copied(),
            ctx.offence_fact("elements.predicate_punishable_in").of(s),
        )
    };
    let there = fact(place);
    let each: Vec<Tri> = law_states
        .iter()
        .map(|&s| {
            if s == place {
                Tri::of(Outcome::Yes)
            } else {
                Tri::all(&[&there, &fact(s)])
            }
        })
        .collect();
    let refs: Vec<&Tri> = each.iter().collect();
    let tri = if all {
        Tri::all(&refs)
    } else {
        Tri::any(&refs)
    };
    let mut f = ctx.finding_from(
        ctx.oid("art6.2.c.foreign_predicate"),
        Provision::untoc(6).para(2).letter('c'),
        &tri,
    );
    let abroad: Vec<StateCode> = law_states.iter().copied().filter(|&s| s != place).collect();
    let (place, abroad) = (Arg::Code(place), Arg::codes(&abroad));
    f.message = match tri.outcome {
        Outcome::Yes => msg!(
            "art06-foreign-predicate-yes",
            place = place,
            states = abroad
        ),
        Outcome::No if there.outcome == Outcome::No => {
            msg!("art06-foreign-predicate-not-criminal-there", place = place)
        }
        Outcome::No => msg!(
            "art06-foreign-predicate-not-criminal-here",
            place = place,
            states = abroad
        ),
        _ => msg!(
            "art06-foreign-predicate-undetermined",
            place = place,
            states = abroad
        ),
    };
    ctx.push(f)
}

/// 6(2)(c) with the place of the predicate unknown, reasoned by cases. Had
/// it been committed in a characterising State, 6(2)(c) would not arise; had
/// it been committed anywhere else, it would count only if an offence there,
/// which cannot be known without knowing where. So the answer is open
/// whichever facts are given: never `yes` where naming a foreign place could
/// leave it open. Pushes `art6.2.c.foreign_predicate` (undetermined, naming
/// the place as missing).
fn place_unknown(ctx: &mut Ctx<'_>, law_states: &[StateCode]) -> Tri {
    let tri = Tri::missing(ctx.offence_fact("elements.predicate_committed_in"));
    let mut f = ctx.finding_from(
        ctx.oid("art6.2.c.foreign_predicate"),
        Provision::untoc(6).para(2).letter('c'),
        &tri,
    );
    f.message = msg!(
        "art06-foreign-predicate-place-missing",
        states = Arg::codes(law_states)
    );
    ctx.push(f)
}

/// Pushes `f` with the outcome, reasons and missing facts of `tri` (keeping
/// the questions and sources `f` already holds) and the explanation `why`
/// gives for that outcome.
pub(crate) fn finish(
    ctx: &mut Ctx<'_>,
    mut f: Finding,
    tri: &Tri,
    why: impl Fn(Outcome) -> Msg,
) -> Tri {
    f.outcome = tri.outcome;
    ctx.rest_on(&mut f, tri);
    f.missing = tri.missing.clone();
    f.message = why(tri.outcome);
    ctx.push(f)
}

/// Three-valued negation: yes and no swap, the open outcomes stay.
pub(crate) fn negate(t: &Tri) -> Tri {
    let mut n = t.clone();
    n.outcome = match t.outcome {
        Outcome::Yes => Outcome::No,
        Outcome::No => Outcome::Yes,
        o => o,
    };
    n
}
