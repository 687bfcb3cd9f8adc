//! UNTOC art. 12 — Confiscation and seizure (the domestic powers that art. 13
//! cooperation relies on).

use palermo_cite::Provision;
use palermo_i18n::Arg;

use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength};

/// Art. 12(6) — bank, financial or commercial records.
///
/// > Courts or other competent authorities must be able to order bank,
/// > financial or commercial records to be made available or seized, for
/// > arts. 12 and 13; bank secrecy is no ground for declining to act.
///
/// Pushes `art12.6.bank_secrecy`.
pub fn bank_secrecy(ctx: &mut Ctx<'_>) {
    let mut f = Finding::new(
        "art12.6.bank_secrecy",
        Provision::untoc(12).para(6),
        Outcome::Yes,
    );
    f.strength = Some(Strength::ProhibitedGround);
    f.message = msg!("art12-bank-secrecy", requested = Arg::Code(ctx.requested));
    ctx.push(f);
}
