//! Trafficking in Persons Protocol, arts. 3 and 5: classifying conduct given
//! by its elements (act, means, purpose).

use palermo_cite::{Instrument, Provision};

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-tip.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "tip.art3.a.act",
        citation: Provision::article(Instrument::Tip, 3).letter('a'),
        description: "spec-tip-art3-a-act",
    },
    FindingSpec {
        id: "tip.art3.a.means",
        citation: Provision::article(Instrument::Tip, 3).letter('a'),
        description: "spec-tip-art3-a-means",
    },
    FindingSpec {
        id: "tip.art3.a.purpose",
        citation: Provision::article(Instrument::Tip, 3).letter('a'),
        description: "spec-tip-art3-a-purpose",
    },
    FindingSpec {
        id: "tip.art3.b.consent",
        citation: Provision::article(Instrument::Tip, 3).letter('b'),
        description: "spec-tip-art3-b-consent",
    },
    FindingSpec {
        id: "tip.art5.offence",
        citation: Provision::article(Instrument::Tip, 5).para(1),
        description: "spec-tip-art5-offence",
    },
];

/// TIP art. 3(d): a child is a person under eighteen.
pub const CHILD_UNDER_YEARS: u32 = 18;

fn tip(article: u8) -> Provision {
    Provision::article(Instrument::Tip, article)
}

/// A list element: some given is yes, an empty list is no, not given is missing.
pub(crate) fn listed<T>(value: &Option<Vec<T>>, path: crate::outcome::Fact) -> Tri {
    match value {
        Some(v) => Tri::of(Outcome::from_bool(!v.is_empty())),
        None => Tri::missing(path),
    }
}

/// Whether the case gives any TIP element for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    let e = &ctx.offence().elements;
    e.tip_acts.is_some()
        || e.tip_means.is_some()
        || e.tip_purposes.is_some()
        || e.victim_age.is_some()
}

/// TIP arts. 3(a)-(d) and 5(1) — is the conduct trafficking in persons?
///
/// > Trafficking is an act (recruiting, transporting, transferring, harbouring
/// > or receiving persons) by a means (force, coercion, abduction, fraud,
/// > deception, abuse of power or of a position of vulnerability, payments to
/// > a person in control) for the purpose of exploitation (3(a)). Consent to
/// > the exploitation is irrelevant once a means is used (3(b)). For a child,
/// > under eighteen, act and purpose suffice (3(c)-(d)). Art. 5 requires intent.
///
/// Pushes `tip.art3.a.act`, `tip.art3.a.means`, `tip.art3.a.purpose`,
/// `tip.art3.b.consent` (when consent is given) and `tip.art5.offence`.
pub fn is_trafficking(ctx: &mut Ctx<'_>) -> Tri {
    let e = ctx.offence().elements.clone();

    let act = listed(&e.tip_acts, ctx.offence_fact("elements.tip_acts"));
    let mut f = ctx.finding_from(ctx.oid("tip.art3.a.act"), tip(3).letter('a'), &act);
    f.message = match act.outcome {
        Outcome::Yes => msg!("tip-act-yes"),
        Outcome::No => msg!("tip-act-no"),
        _ => msg!("tip-act-missing"),
    };
    let act = ctx.push(f);

    let child = match e.victim_age {
        Some(age) => Tri::of(Outcome::from_bool(age < CHILD_UNDER_YEARS)),
        None => Tri::missing(ctx.offence_fact("elements.victim_age")),
    };
    let means_used = listed(&e.tip_means, ctx.offence_fact("elements.tip_means"));
    // For a child no means is needed (3(c)); for an adult one is.
    let means = Tri::any(&[&means_used, &child]);
    let mut f = ctx.finding_from(ctx.oid("tip.art3.a.means"), tip(3).letter('a'), &means);
    if child.outcome == Outcome::Yes {
        f.citation = tip(3).letter('c');
    }
    f.message = match (means.outcome, child.outcome, means_used.outcome) {
        (Outcome::Yes, Outcome::Yes, _) => {
            msg!("tip-means-child", age = e.victim_age.unwrap_or(0))
        }
        (Outcome::Yes, _, _) => msg!("tip-means-yes"),
        (Outcome::No, _, _) => msg!("tip-means-no"),
        (_, _, Outcome::No) => msg!("tip-means-none-age-missing"),
        _ => msg!("tip-means-missing"),
    };
    let means = ctx.push(f);

    let purpose = listed(&e.tip_purposes, ctx.offence_fact("elements.tip_purposes"));
    let mut f = ctx.finding_from(ctx.oid("tip.art3.a.purpose"), tip(3).letter('a'), &purpose);
    f.message = match purpose.outcome {
        Outcome::Yes => msg!("tip-purpose-yes"),
        Outcome::No => msg!("tip-purpose-no"),
        _ => msg!("tip-purpose-missing"),
    };
    let purpose = ctx.push(f);

    if e.victim_consented == Some(true) {
        let mut f = Finding::new(
            ctx.oid("tip.art3.b.consent"),
            tip(3).letter('b'),
            Outcome::Yes,
        );
        f.message = if means_used.outcome == Outcome::Yes || child.outcome == Outcome::Yes {
            msg!("tip-consent-irrelevant")
        } else {
            msg!("tip-consent-given")
        };
        ctx.push(f);
    }

    let intent = match e.intentional {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(ctx.offence_fact("elements.intentional")),
    };
    let tri = Tri::all(&[&act, &means, &purpose, &intent]);
    let mut f = ctx.finding_from(ctx.oid("tip.art5.offence"), tip(5).para(1), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => msg!("tip-offence-yes"),
        Outcome::No if intent.outcome == Outcome::No => msg!("tip-offence-not-intentional"),
        Outcome::No => msg!("tip-offence-element-absent"),
        _ => msg!("tip-offence-undetermined"),
    };
    ctx.push(f)
}
