//! Smuggling of Migrants Protocol, arts. 3, 5 and 6: classifying conduct
//! given by its elements.

use palermo_cite::{Instrument, Provision};

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::SmugglingMotive;
use crate::outcome::{Basis, Finding, Outcome, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-som.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "som.art3.a.illegal_entry",
        citation: Provision::article(Instrument::Som, 3).letter('a'),
        description: "spec-som-art3-a-illegal-entry",
    },
    FindingSpec {
        id: "som.art3.a.benefit",
        citation: Provision::article(Instrument::Som, 3).letter('a'),
        description: "spec-som-art3-a-benefit",
    },
    FindingSpec {
        id: "som.art5.migrants_not_liable",
        citation: Provision::article(Instrument::Som, 5),
        description: "spec-som-art5-migrants-not-liable",
    },
    FindingSpec {
        id: "som.art6.offence",
        citation: Provision::article(Instrument::Som, 6).para(1).letter('a'),
        description: "spec-som-art6-offence",
    },
];

fn som(article: u8) -> Provision {
    Provision::article(Instrument::Som, article)
}

/// Whether the case gives any SOM element for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    let e = &ctx.offence().elements;
    e.procured_illegal_entry.is_some() || e.smuggling_motive.is_some()
}

/// SOM arts. 3(a) and 6(1)(a) — is the conduct smuggling of migrants?
///
/// > Smuggling is procuring, to obtain directly or indirectly a financial or
/// > other material benefit, the illegal entry of a person into a State of
/// > which the person is neither a national nor a permanent resident (3(a)),
/// > done intentionally (6(1)). The migrants themselves are not liable under
/// > the Protocol (art. 5).
///
/// Help given for humanitarian reasons or to family members falls outside the
/// offence (interpretative note on the benefit element: interpretation
/// `smuggling-benefit`). Pushes `som.art3.a.illegal_entry`, `som.art3.a.benefit`,
/// `som.art5.migrants_not_liable` and `som.art6.offence`.
pub fn is_smuggling(ctx: &mut Ctx<'_>) -> Tri {
    let e = ctx.offence().elements.clone();
    let entry = match e.procured_illegal_entry {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(ctx.offence_fact("elements.procured_illegal_entry")),
    };
    let mut f = ctx.finding_from(
        ctx.oid("som.art3.a.illegal_entry"),
        som(3).letter('a'),
        &entry,
    );
    f.message = match entry.outcome {
        Outcome::Yes => msg!("som-entry-yes"),
        Outcome::No => msg!("som-entry-no"),
        _ => msg!("som-entry-missing"),
    };
    let entry = ctx.push(f);

    let mut f = Finding::new(
        ctx.oid("som.art3.a.benefit"),
        som(3).letter('a'),
        Outcome::Undetermined,
    );
    match e.smuggling_motive {
        Some(SmugglingMotive::Financial) | Some(SmugglingMotive::OtherMaterial) => {
            f.outcome = Outcome::Yes;
            f.message = msg!("som-benefit-yes");
        }
        Some(m @ (SmugglingMotive::Humanitarian | SmugglingMotive::Family)) => {
            f.outcome = Outcome::No;
            f.basis = Basis::Interpretation("smuggling-benefit");
            f.message = if m == SmugglingMotive::Humanitarian {
                msg!("som-benefit-humanitarian")
            } else {
                msg!("som-benefit-family")
            };
        }
        Some(SmugglingMotive::None) => {
            f.outcome = Outcome::No;
            f.message = msg!("som-benefit-none");
        }
        None => {
            f.missing
                .push(ctx.offence_fact("elements.smuggling_motive"));
            f.message = msg!("som-benefit-missing");
        }
    }
    let benefit = ctx.push(f);

    let mut f = Finding::new(
        ctx.oid("som.art5.migrants_not_liable"),
        som(5),
        Outcome::Yes,
    );
    f.message = msg!("som-migrants-not-liable");
    ctx.push(f);

    let intent = match e.intentional {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(ctx.offence_fact("elements.intentional")),
    };
    let tri = Tri::all(&[&entry, &benefit, &intent]);
    let mut f = ctx.finding_from(
        ctx.oid("som.art6.offence"),
        som(6).para(1).letter('a'),
        &tri,
    );
    f.message = match tri.outcome {
        Outcome::Yes => msg!("som-offence-yes"),
        Outcome::No => msg!("som-offence-no"),
        _ => msg!("som-offence-undetermined"),
    };
    ctx.push(f)
}
