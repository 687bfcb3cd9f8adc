//! UNTOC art. 21 — Transfer of criminal proceedings, with the consultation
//! duty of art. 15(5) that often leads to it.

use palermo_cite::Provision;
use palermo_i18n::Arg;
use palermo_refdata::StateCode;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art21.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art15.5.consultation",
        citation: Provision::untoc(15).para(5),
        description: "spec-art15-5-consultation",
    },
    FindingSpec {
        id: "art21.domestic_procedure",
        citation: Provision::untoc(21),
        description: "spec-art21-domestic-procedure",
    },
    FindingSpec {
        id: "art21.legal_basis",
        citation: Provision::untoc(21),
        description: "spec-art21-legal-basis",
    },
];

/// Art. 15(5) — States exercising jurisdiction that learn others investigate
/// or prosecute the same conduct consult, as appropriate, to coordinate.
/// Pushes `art15.5.consultation` when the case lists the States investigating.
pub fn consultation(ctx: &mut Ctx<'_>) {
    let Some(list) = ctx.case.request.states_investigating.clone() else {
        return;
    };
    let mut d: Vec<StateCode> = list;
    d.sort();
    d.dedup();
    let mut f = Finding::new(
        "art15.5.consultation",
        Provision::untoc(15).para(5),
        Outcome::from_bool(d.len() >= 2),
    );
    if d.len() >= 2 {
        f.strength = Some(Strength::MandatoryQualified);
        f.message = msg!("art21-consultation", states = Arg::codes(&d));
    } else {
        f.message = msg!("art21-consultation-one-state");
    }
    ctx.push(f);
}

/// Art. 21 — States shall consider transferring proceedings for a covered
/// offence where that serves the proper administration of justice, in
/// particular to concentrate a prosecution involving several jurisdictions.
/// The Convention gives no procedure: each State's law decides whether it can
/// send or take over proceedings. Pushes `art21.domestic_procedure` and
/// `art21.legal_basis`.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) -> Tri {
    let (a, b) = (ctx.requesting, ctx.requested);
    let mut f = Finding::new(
        "art21.domestic_procedure",
        Provision::untoc(21),
        Outcome::DependsOnDomesticLaw,
    );
    let send = ctx.domestic(a, "art21.can_transfer_proceedings", &mut f);
    let take = ctx.domestic(b, "art21.can_accept_proceedings", &mut f);
    match (send, take) {
        (Some(false), _) | (_, Some(false)) => {
            f.outcome = Outcome::No;
            f.message = if send == Some(false) {
                msg!("art21-cannot-transfer", state = Arg::Code(a))
            } else {
                msg!("art21-cannot-take-over", state = Arg::Code(b))
            };
        }
        (Some(true), Some(true)) => {
            f.outcome = Outcome::Yes;
            f.message = msg!(
                "art21-procedure-yes",
                requesting = Arg::Code(a),
                requested = Arg::Code(b)
            );
        }
        _ => {
            f.message = msg!(
                "art21-procedure-open",
                requesting = Arg::Code(a),
                requested = Arg::Code(b)
            )
        }
    }
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art21.legal_basis", Provision::untoc(21), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::ShallConsider);
            msg!(
                "art21-legal-basis-yes",
                requesting = Arg::Code(a),
                requested = Arg::Code(b)
            )
        }
        Outcome::No if gate.outcome == Outcome::No => msg!("art21-legal-basis-not-in-force"),
        Outcome::No => msg!("art21-legal-basis-not-covered"),
        _ => msg!("art21-legal-basis-open"),
    };
    ctx.push(f)
}
