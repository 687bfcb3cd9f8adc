//! Firearms Protocol, arts. 3 and 5: classifying conduct given by its elements.

use palermo_cite::{Instrument, Provision};

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Outcome, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-firearms.ftl`.
pub const FINDINGS: &[FindingSpec] = &[FindingSpec {
    id: "firearms.art5.offence",
    citation: Provision::article(Instrument::Firearms, 5).para(1),
    description: "spec-firearms-art5-offence",
}];

/// Whether the case gives the firearms element for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    ctx.offence().elements.firearms_conduct.is_some()
}

/// FP art. 5(1) — illicit manufacturing (3(d)), illicit trafficking (3(e)) or
/// tampering with markings, done intentionally. Pushes `firearms.art5.offence`.
pub fn is_firearms_offence(ctx: &mut Ctx<'_>) -> Tri {
    let e = ctx.offence().elements.clone();
    let conduct = crate::tip::listed(
        &e.firearms_conduct,
        ctx.offence_fact("elements.firearms_conduct"),
    );
    let intent = match e.intentional {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(ctx.offence_fact("elements.intentional")),
    };
    let tri = Tri::all(&[&conduct, &intent]);
    let mut f = ctx.finding_from(
        ctx.oid("firearms.art5.offence"),
        Provision::article(Instrument::Firearms, 5).para(1),
        &tri,
    );
    f.message = match tri.outcome {
        Outcome::Yes => msg!("firearms-offence-yes"),
        Outcome::No => msg!("firearms-offence-no"),
        _ => msg!("firearms-offence-undetermined"),
    };
    ctx.push(f)
}
