//! UNTOC art. 27 — Law enforcement cooperation.

use palermo_cite::Provision;
use palermo_i18n::Arg;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art27.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art27.1.cooperation",
        citation: Provision::untoc(27).para(1),
        description: "spec-art27-1-cooperation",
    },
    FindingSpec {
        id: "art27.2.basis",
        citation: Provision::untoc(27).para(2),
        description: "spec-art27-2-basis",
    },
    FindingSpec {
        id: "art27.3.technology",
        citation: Provision::untoc(27).para(3),
        description: "spec-art27-3-technology",
    },
    FindingSpec {
        id: "art27.legal_basis",
        citation: Provision::untoc(27).para(2),
        description: "spec-art27-legal-basis",
    },
];

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
    f.message = msg!(
        "art27-cooperation",
        requesting = Arg::Code(a),
        requested = Arg::Code(b)
    );
    ctx.push(f);
    let mut f = Finding::new("art27.2.basis", Provision::untoc(27).para(2), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.message = match ctx.case.request.treaty_in_force {
        Some(true) => match ctx.case.request.treaty_title() {
            Some(name) => msg!("art27-basis-named", name = name),
            None => msg!("art27-basis-agreement"),
        },
        Some(false) => msg!("art27-basis-none"),
        None => msg!("art27-basis-unknown"),
    };
    ctx.push(f);
    let mut f = Finding::new(
        "art27.3.technology",
        Provision::untoc(27).para(3),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Endeavour);
    f.message = msg!("art27-technology");
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art27.legal_basis", Provision::untoc(27).para(2), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            msg!("art27-legal-basis-yes")
        }
        Outcome::No if gate.outcome == Outcome::No => msg!("art27-legal-basis-not-in-force"),
        Outcome::No => msg!("art27-legal-basis-not-covered"),
        _ => msg!("art27-legal-basis-open"),
    };
    ctx.push(f)
}
