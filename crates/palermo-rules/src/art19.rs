//! UNTOC art. 19 — Joint investigations.

use palermo_cite::Provision;
use palermo_i18n::Arg;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Basis, Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art19.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art19.consider_agreements",
        citation: Provision::untoc(19),
        description: "spec-art19-consider-agreements",
    },
    FindingSpec {
        id: "art19.agreement",
        citation: Provision::untoc(19),
        description: "spec-art19-agreement",
    },
    FindingSpec {
        id: "art19.sovereignty",
        citation: Provision::untoc(19),
        description: "spec-art19-sovereignty",
    },
    FindingSpec {
        id: "art19.legal_basis",
        citation: Provision::untoc(19),
        description: "spec-art19-legal-basis",
    },
];

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
                Some(true) => match ctx.case.request.treaty_title() {
                    Some(name) => msg!(
                        "art19-consider-agreements-named",
                        requesting = Arg::Code(a),
                        requested = Arg::Code(b),
                        name = name
                    ),
                    None => msg!(
                        "art19-consider-agreements-bound",
                        requesting = Arg::Code(a),
                        requested = Arg::Code(b)
                    ),
                },
                _ => msg!(
                    "art19-consider-agreements",
                    requesting = Arg::Code(a),
                    requested = Arg::Code(b)
                ),
            }
        }
        Outcome::No => msg!("art19-consider-agreements-no"),
        _ => msg!("art19-consider-agreements-open"),
    };
    ctx.push(f);
    let mut f = Finding::new("art19.agreement", Provision::untoc(19), Outcome::Yes);
    f.strength = Some(Strength::Discretionary);
    f.message = match ctx.case.request.treaty_in_force {
        Some(true) => match ctx.case.request.treaty_title() {
            Some(name) => msg!("art19-agreement-named", name = name),
            None => msg!("art19-agreement-bound"),
        },
        _ => msg!("art19-agreement-case-by-case"),
    };
    ctx.push(f);
    let mut f = Finding::new("art19.sovereignty", Provision::untoc(19), Outcome::Yes);
    f.strength = Some(Strength::Mandatory);
    f.message = msg!("art19-sovereignty", state = Arg::Code(ctx.requested));
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art19.legal_basis", Provision::untoc(19), &tri);
    f.basis = Basis::Interpretation("cooperation-within-scope");
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            msg!("art19-legal-basis-yes")
        }
        Outcome::No if gate.outcome == Outcome::No => msg!("art19-legal-basis-not-in-force"),
        Outcome::No => msg!("art19-legal-basis-not-covered"),
        _ => msg!("art19-legal-basis-open"),
    };
    let out = ctx.push(f);
    if out.outcome != Outcome::No {
        crate::art04::sovereignty(ctx, msg!("art19-sovereignty-what"));
    }
    out
}
