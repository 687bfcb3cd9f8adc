//! UNTOC art. 5 — Participation in an organized criminal group: conduct
//! given by its elements, checked against the agreement model (5(1)(a)(i)),
//! the active-participation model (5(1)(a)(ii)) and the organizing offence
//! (5(1)(b)).

use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Arg, Msg};
use palermo_refdata::DeclarationKind;

use crate::art02;
use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::facts::ParticipationConduct as P;
use crate::outcome::{Cited, Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art05.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art5.1.a.i.agreement",
        citation: Provision::untoc(5).para(1).letter('a').roman(1),
        description: "spec-art5-1-a-i-agreement",
    },
    FindingSpec {
        id: "art5.1.a.ii.active_participation",
        citation: Provision::untoc(5).para(1).letter('a').roman(2),
        description: "spec-art5-1-a-ii-active-participation",
    },
    FindingSpec {
        id: "art5.1.b.organizing",
        citation: Provision::untoc(5).para(1).letter('b'),
        description: "spec-art5-1-b-organizing",
    },
    FindingSpec {
        id: "art5.offence",
        citation: Provision::untoc(5).para(1),
        description: "spec-art5-offence",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art05.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[(Provision::untoc(5).para(2), "not-encoded-art5-2")];

/// Whether the case gives the art. 5 conduct for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    ctx.offence().elements.participation_conduct.is_some()
}

/// UNTOC art. 5(1) — is the conduct participation in an organized criminal
/// group, and is it an offence every State Party must have?
///
/// > Each State Party makes an offence of either or both of: agreeing with
/// > another person to commit a serious crime for a purpose relating to a
/// > material benefit (5(1)(a)(i); its law may add an act in furtherance or
/// > the group's involvement), and taking an active part, knowing the group's
/// > aim or intention, in its criminal activities or in its other activities
/// > knowing that this contributes to the criminal aim (5(1)(a)(ii)). Every
/// > State must also punish organizing, directing, aiding, abetting,
/// > facilitating or counselling serious crime involving the group (5(1)(b)).
///
/// Conduct that meets both models of 5(1)(a), or 5(1)(b), is an offence in
/// every State Party; conduct that meets one model only is an offence where
/// the State chose that model, which its law answers. Pushes
/// `art5.1.a.i.agreement`, `art5.1.a.ii.active_participation` and
/// `art5.1.b.organizing` for the conduct given, and `art5.offence`.
pub fn is_participation(ctx: &mut Ctx<'_>) -> Tri {
    let e = &ctx.offence().elements;
    let conduct: &[P] = e.participation_conduct.as_deref().unwrap_or(&[]);
    let intent = Tri::fact(e.intentional, ctx.offence_fact("elements.intentional"));
    let serious = Tri::fact(
        e.object_crime_serious,
        ctx.offence_fact("elements.object_crime_serious"),
    );
    let ocg = art02::is_organized_criminal_group(ctx);
    let p51 = Provision::untoc(5).para(1);
    let no = Tri::of(Outcome::No);

    // 5(1)(a)(i): the agreement model.
    let agreement = if conduct.contains(&P::Agreement) {
        let benefit = Tri::fact(
            e.agreement_benefit,
            ctx.offence_fact("elements.agreement_benefit"),
        );
        let tri = Tri::all(&[&serious, &benefit, &intent]);
        let mut f = ctx.finding_from(
            ctx.oid("art5.1.a.i.agreement"),
            p51.letter('a').roman(1),
            &tri,
        );
        let mut text = match tri.outcome {
            Outcome::Yes => msg!("art05-agreement-yes"),
            Outcome::No if serious.outcome == Outcome::No => msg!("art05-agreement-not-serious"),
            Outcome::No if intent.outcome == Outcome::No => {
                msg!("art05-agreement-not-intentional")
            }
            Outcome::No => msg!("art05-agreement-no-benefit"),
            _ => msg!("art05-agreement-undetermined"),
        };
        // The elements a State may add, and the 5(3) notifications of the
        // two States, each its own clause after the first.
        match e.overt_act {
            Some(true) => text = then(text, msg!("art05-overt-act-done")),
            Some(false) => text = then(text, msg!("art05-overt-act-not-done")),
            None => {}
        }
        f.message = notifications(ctx, &mut f, text);
        ctx.push(f)
    } else {
        no.clone()
    };

    // 5(1)(a)(ii): the active-participation model.
    let criminal = conduct.contains(&P::ActivePartCriminal);
    let other = conduct.contains(&P::ActivePartOther);
    let participation = if criminal || other {
        let knew = Tri::fact(
            e.knew_group_aim,
            ctx.offence_fact("elements.knew_group_aim"),
        );
        let contribution = if criminal {
            Tri::of(Outcome::Yes)
        } else {
            Tri::fact(
                e.knew_contribution,
                ctx.offence_fact("elements.knew_contribution"),
            )
        };
        let tri = Tri::all(&[&ocg, &knew, &contribution, &intent]);
        let mut f = ctx.finding_from(
            ctx.oid("art5.1.a.ii.active_participation"),
            p51.letter('a').roman(2),
            &tri,
        );
        f.message = match tri.outcome {
            Outcome::Yes if criminal => msg!("art05-participation-criminal-activities"),
            Outcome::Yes => msg!("art05-participation-other-activities"),
            Outcome::No if ocg.outcome == Outcome::No => msg!("art05-participation-not-ocg"),
            Outcome::No if knew.outcome == Outcome::No => msg!("art05-participation-aim-unknown"),
            Outcome::No if contribution.outcome == Outcome::No => {
                msg!("art05-participation-contribution-unknown")
            }
            Outcome::No => msg!("art05-participation-not-intentional"),
            _ => msg!("art05-participation-undetermined"),
        };
        ctx.push(f)
    } else {
        no.clone()
    };

    // 5(1)(b): organizing, directing, aiding, abetting, facilitating or
    // counselling serious crime involving the group.
    let organizing = if conduct.contains(&P::Organizing) {
        let tri = Tri::all(&[&serious, &ocg, &intent]);
        let mut f = ctx.finding_from(ctx.oid("art5.1.b.organizing"), p51.letter('b'), &tri);
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::Mandatory);
        }
        f.message = match tri.outcome {
            Outcome::Yes => msg!("art05-organizing-yes"),
            Outcome::No if serious.outcome == Outcome::No => msg!("art05-organizing-not-serious"),
            Outcome::No if ocg.outcome == Outcome::No => msg!("art05-organizing-no-ocg"),
            Outcome::No => msg!("art05-organizing-not-intentional"),
            _ => msg!("art05-organizing-undetermined"),
        };
        ctx.push(f)
    } else {
        no.clone()
    };

    // The whole: both models, or 5(1)(b), bind every State; one model only
    // binds the States that chose it.
    let mut f = Finding::new(ctx.oid("art5.offence"), p51, Outcome::Undetermined);
    let both = Tri::all(&[&agreement, &participation]);
    let only_i = if agreement.outcome == Outcome::Yes && participation.outcome != Outcome::Yes {
        let law = ctx.offence_law_tri("art5.1.a.i.agreement_offence", &mut f);
        Tri::all(&[&agreement, &law])
    } else {
        agreement.clone()
    };
    let only_ii = if participation.outcome == Outcome::Yes && agreement.outcome != Outcome::Yes {
        let law = ctx.offence_law_tri("art5.1.a.ii.participation_offence", &mut f);
        Tri::all(&[&participation, &law])
    } else {
        participation.clone()
    };
    let tri = Tri::any(&[&organizing, &both, &only_i, &only_ii]);
    let (asked, sources, basis) = (
        std::mem::take(&mut f.questions),
        std::mem::take(&mut f.sources),
        f.basis,
    );
    let mut f = ctx.finding_from(f.id, p51, &tri);
    f.questions = asked;
    f.sources = sources;
    f.basis = basis;
    if conduct.is_empty() {
        f.message = msg!("art05-offence-no-conduct");
    } else {
        f.message = match tri.outcome {
            Outcome::Yes if organizing.outcome == Outcome::Yes => msg!("art05-offence-organizing"),
            Outcome::Yes if both.outcome == Outcome::Yes => msg!("art05-offence-both-models"),
            Outcome::Yes => msg!("art05-offence-adopted-model"),
            Outcome::No => msg!("art05-offence-no"),
            Outcome::DependsOnDomesticLaw => msg!("art05-offence-one-model"),
            _ => msg!("art05-offence-undetermined"),
        };
    }
    ctx.push(f)
}

/// Adds the 5(3) notifications of the two States (what their law adds to the
/// agreement offence) to the finding's sources, and to its explanation
/// `text`, which it returns.
fn notifications(ctx: &Ctx<'_>, f: &mut Finding, mut text: Msg) -> Msg {
    for s in [ctx.requesting, ctx.requested] {
        if ctx.absent(s).is_some() {
            continue;
        }
        for d in ctx.data.declarations(s, Instrument::Untoc, "5(3)") {
            if d.kind != DeclarationKind::Notification {
                continue;
            }
            f.sources.push(Cited::data(&d.source, Some(&d.summary)));
            let note = if d.content_unknown {
                msg!("art05-notified-content-unknown", state = Arg::Code(s))
            } else {
                // The summary is the data's own words.
                msg!(
                    "art05-notified",
                    state = Arg::Code(s),
                    summary = Arg::Text(d.summary.clone())
                )
            };
            text = then(text, note);
        }
    }
    text
}

/// Two clauses of one explanation: "first; then".
fn then(first: Msg, then: Msg) -> Msg {
    msg!("art05-then", first = first, then = then)
}
