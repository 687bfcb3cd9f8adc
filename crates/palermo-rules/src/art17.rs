//! UNTOC art. 17 — Transfer of sentenced persons.

use palermo_cite::Provision;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art17.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art17.agreements",
        citation: Provision::untoc(17),
        description: "spec-art17-agreements",
    },
    FindingSpec {
        id: "art17.legal_basis",
        citation: Provision::untoc(17),
        description: "spec-art17-legal-basis",
    },
];

/// Art. 17 — States may consider agreements on transferring sentenced
/// persons; the article is not itself a legal basis for a transfer.
/// Pushes `art17.agreements` and the answer `art17.legal_basis` (always no).
pub fn legal_basis(ctx: &mut Ctx<'_>) -> Tri {
    let mut f = Finding::new("art17.agreements", Provision::untoc(17), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.message = msg!("art17-agreements");
    let agreements = ctx.push(f);
    let mut f = ctx.finding_from(
        "art17.legal_basis",
        Provision::untoc(17),
        &Tri::of(Outcome::No),
    );
    ctx.rest_on(&mut f, &agreements);
    let basis = match (
        ctx.case.request.treaty_in_force,
        ctx.case.request.treaty_title(),
    ) {
        (Some(true), Some(name)) => msg!("art17-basis-named", name = name),
        (Some(true), None) => msg!("art17-basis-agreement"),
        (Some(false), _) => msg!("art17-basis-none"),
        (None, _) => msg!("art17-basis-unknown"),
    };
    f.message = msg!("art17-legal-basis-no", basis = basis);
    ctx.push(f)
}
