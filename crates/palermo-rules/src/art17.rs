//! UNTOC art. 17 — Transfer of sentenced persons.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// Art. 17 — States may consider agreements on transferring sentenced
/// persons; the article is not itself a legal basis for a transfer.
/// Pushes `art17.agreements` and the answer `art17.legal_basis` (always no).
pub fn legal_basis(ctx: &mut Ctx<'_>) -> Tri {
    let mut f = Finding::new("art17.agreements", Provision::untoc(17), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.message = "States may consider agreements on transferring persons sentenced for covered offences to serve their sentence at home".into();
    let agreements = ctx.push(f);
    let mut f = ctx.finding_from(
        "art17.legal_basis",
        Provision::untoc(17),
        &Tri::of(Outcome::No),
    );
    ctx.rest_on(&mut f, &agreements);
    let other = match (ctx.case.request.treaty_in_force, ctx.case.request.treaty_name.as_deref()) {
        (Some(true), Some(name)) => text!("the basis is {name}"),
        (Some(true), None) => "the basis is the transfer agreement that binds the two States".into(),
        (Some(false), _) => "no transfer agreement binds the two States: only their domestic law (or a future agreement) can provide one".into(),
        (None, _) => "a transfer agreement between the two States, or their domestic law, would be the basis".into(),
    };
    f.message = text!(
        "No: art. 17 only invites agreements; the Convention is not a legal basis for transferring a sentenced person; {other} (not to be confused with art. 18(10), temporary transfer to give evidence, or art. 16(11)-(12))"
    );
    ctx.push(f)
}
