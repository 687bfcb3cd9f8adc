//! UNTOC art. 12 — Confiscation and seizure (the domestic powers that art. 13
//! cooperation relies on).

use palermo_cite::Provision;
use palermo_i18n::Arg;

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art12.ftl`.
pub const FINDINGS: &[FindingSpec] = &[FindingSpec {
    id: "art12.6.bank_secrecy",
    citation: Provision::untoc(12).para(6),
    description: "spec-art12-6-bank-secrecy",
}];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art12.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[
    (Provision::untoc(12).para(1), "not-encoded-art12-1"),
    (Provision::untoc(12).para(2), "not-encoded-art12-2"),
    (Provision::untoc(12).para(3), "not-encoded-art12-3"),
    (Provision::untoc(12).para(4), "not-encoded-art12-4"),
    (Provision::untoc(12).para(5), "not-encoded-art12-5"),
    (Provision::untoc(12).para(7), "not-encoded-art12-7"),
    (Provision::untoc(12).para(8), "not-encoded-art12-8"),
    (Provision::untoc(12).para(9), "not-encoded-art12-9"),
];

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
