//! UNTOC art. 27 — Law enforcement cooperation.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// Art. 27(1)-(3) — close cooperation against covered offences (27(1)); the
/// Convention as a basis for direct police cooperation where no agreement
/// exists (27(2)); cooperation against crime using modern technology (27(3)).
/// Pushes `art27.1.cooperation`, `art27.2.basis`, `art27.3.technology` and
/// `art27.legal_basis`.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) -> Tri {
    let (a, b) = (ctx.requesting, ctx.requested);
    let mut f = Finding::new(
        "art27.1.cooperation",
        Provision::untoc(27).para(1),
        Outcome::Yes,
    );
    f.strength = Some(Strength::MandatoryQualified);
    f.message = text!("{a} and {b} cooperate closely, consistent with their legal and administrative systems: secure channels, inquiries on persons and proceeds, exchange of information and liaison officers, early identification of offences");
    ctx.push(f);
    let mut f = Finding::new("art27.2.basis", Provision::untoc(27).para(2), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.message = match ctx.case.request.treaty_in_force {
        Some(true) => text!("{} governs direct cooperation between their law enforcement agencies", ctx.case.request.treaty_name.as_deref().unwrap_or("An agreement between the two States")),
        Some(false) => "No agreement on direct law enforcement cooperation binds the two States: they may consider the Convention as its basis".into(),
        None => "Absent an agreement on direct law enforcement cooperation, the States may consider the Convention as its basis".into(),
    };
    ctx.push(f);
    let mut f = Finding::new(
        "art27.3.technology",
        Provision::untoc(27).para(3),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Endeavour);
    f.message = "The States endeavour to cooperate against transnational organized crime committed through modern technology".into();
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art27.legal_basis", Provision::untoc(27).para(2), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            "Yes: absent an agreement of their own, the States may consider the Convention the basis for law enforcement cooperation on this covered offence; the duty to cooperate closely (27(1)) applies in any case".into()
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "No: the Convention is not in force between the two States".into()
        }
        Outcome::No => {
            "No: art. 27 concerns offences covered by the Convention, and this one is not".into()
        }
        _ => "Undetermined: whether the Convention reaches this cooperation is not settled".into(),
    };
    ctx.push(f)
}
