//! UNTOC art. 21 — Transfer of criminal proceedings, with the consultation
//! duty of art. 15(5) that often leads to it.

use palermo_cite::Provision;
use palermo_refdata::StateCode;

use crate::ctx::{list_states, Ctx};
use crate::outcome::{Finding, Outcome, Strength, Tri};

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
        f.message = text!("{} investigate or prosecute the same conduct: their authorities consult, as appropriate, to coordinate; transferring the proceedings to one of them (art. 21) is the natural next step", list_states(&d));
    } else {
        f.message = "Only one State investigates the conduct: no coordination under art. 15(5) is called for".into();
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
            f.message = text!("{} cannot {} proceedings under its law (stated in the case)", if send == Some(false) { a } else { b }, if send == Some(false) { "transfer" } else { "take over" });
        }
        (Some(true), Some(true)) => {
            f.outcome = Outcome::Yes;
            f.message = text!("{a} can transfer and {b} can take over proceedings under their laws (stated in the case)");
        }
        _ => f.message = text!("The Convention gives no procedure: whether {a} can transfer and {b} can take over proceedings is for their laws (and any treaty)"),
    }
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art21.legal_basis", Provision::untoc(21), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::ShallConsider);
            text!("Yes, as a duty to consider: {a} and {b} shall consider transferring the proceedings for this covered offence where it serves the proper administration of justice; the transfer itself needs a basis in their laws")
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "No: the Convention is not in force between the two States".into()
        }
        Outcome::No => {
            "No: art. 21 concerns offences covered by the Convention, and this one is not".into()
        }
        _ => "Undetermined: whether the Convention reaches these proceedings is not settled".into(),
    };
    ctx.push(f)
}
