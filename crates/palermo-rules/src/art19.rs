//! UNTOC art. 19 — Joint investigations.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::outcome::{Basis, Finding, Outcome, Strength, Tri};

/// Art. 19 — States shall consider agreements for joint investigative
/// bodies (first sentence: a duty to consider, reported on its own); without
/// one, joint investigations may be agreed case by case; the territorial
/// State's sovereignty is fully respected. Never an obligation to form one.
/// The article is read as operating within the Convention's scope
/// (interpretation `cooperation-within-scope`). Pushes
/// `art19.consider_agreements`, `art19.agreement`, `art19.sovereignty` and
/// `art19.legal_basis`.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) -> Tri {
    let (a, b) = (ctx.requesting, ctx.requested);
    // First sentence: a standing duty of every State Party, whatever the
    // offence: it binds the two States toward each other once the
    // Convention is in force between them.
    let mut f = ctx.finding_from("art19.consider_agreements", Provision::untoc(19), gate);
    f.message = match gate.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::ShallConsider);
            match ctx.case.request.treaty_in_force {
                Some(true) => text!("{a} and {b} shall consider concluding agreements or arrangements under which their authorities may set up joint investigative bodies; the case says one binds them already ({})", ctx.case.request.treaty_name.as_deref().unwrap_or("an agreement on joint investigations")),
                _ => text!("{a} and {b} shall consider concluding agreements or arrangements under which their authorities may set up joint investigative bodies (a duty to consider, not to conclude one)"),
            }
        }
        Outcome::No => "No: the Convention is not in force between the two States, so art. 19 does not bind them toward each other".into(),
        _ => "Undetermined: whether the Convention is in force between the two States is not settled".into(),
    };
    ctx.push(f);
    let mut f = Finding::new("art19.agreement", Provision::untoc(19), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.message = match ctx.case.request.treaty_in_force {
        Some(true) => text!("{} binds the two States: a joint investigative body is set up under it", ctx.case.request.treaty_name.as_deref().unwrap_or("An agreement on joint investigations")),
        _ => "Without an agreement of their own, the States may agree case by case to investigate jointly".into(),
    };
    ctx.push(f);
    let mut f = Finding::new("art19.sovereignty", Provision::untoc(19), Outcome::Yes);
    f.strength = Some(Strength::Mandatory);
    f.message = text!("The States involved must fully respect the sovereignty of the State where the investigation takes place ({})", ctx.requested);
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art19.legal_basis", Provision::untoc(19), &tri);
    f.basis = Basis::Interpretation("cooperation-within-scope");
    f.message = match tri.outcome {
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
