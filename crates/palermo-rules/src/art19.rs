//! UNTOC art. 19 — Joint investigations.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::outcome::{Basis, Finding, Outcome, Strength, Tri};

/// Art. 19 — States shall consider agreements for joint investigative
/// bodies; without one, joint investigations may be agreed case by case; the
/// territorial State's sovereignty is fully respected. Never an obligation to
/// form one. The article is read as operating within the Convention's scope
/// (interpretation `cooperation-within-scope`). Pushes `art19.agreement`,
/// `art19.sovereignty` and `art19.legal_basis`.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) -> Tri {
    let mut f = Finding::new("art19.agreement", Provision::untoc(19), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.explanation = match ctx.case.request.treaty_in_force {
        Some(true) => text!("{} binds the two States: a joint investigative body is set up under it", ctx.case.request.treaty_name.as_deref().unwrap_or("An agreement on joint investigations")),
        _ => "Without an agreement of their own, the States may agree case by case to investigate jointly".into(),
    };
    ctx.push(f);
    let mut f = Finding::new("art19.sovereignty", Provision::untoc(19), Outcome::Yes);
    f.strength = Some(Strength::Mandatory);
    f.explanation = text!("The States involved must fully respect the sovereignty of the State where the investigation takes place ({})", ctx.requested);
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art19.legal_basis", Provision::untoc(19), &tri);
    f.basis = Basis::Interpretation("cooperation-within-scope");
    f.explanation = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            "Yes, as a permission: the Convention lets the two States agree a joint investigation for this covered offence (no duty to form one)".into()
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "No: the Convention is not in force between the two States".into()
        }
        Outcome::No => "No: the offence is not covered by the Convention".into(),
        _ => {
            "Undetermined: whether the Convention reaches this investigation is not settled".into()
        }
    };
    let out = ctx.push(f);
    if out.outcome != Outcome::No {
        crate::art04::sovereignty(ctx, "A joint investigation acts");
    }
    out
}
