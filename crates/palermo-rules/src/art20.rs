//! UNTOC art. 20 — Special investigative techniques.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::facts::InvestigativeTechnique;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// Art. 20(1)-(4) — techniques in a State's own territory (20(1)), their
/// international use by agreement (20(2)) or case by case (20(3)), and
/// controlled deliveries across borders with the consent of the States
/// concerned (20(4)). Pushes `art20.1.domestic_use`, `art20.2.agreement`,
/// `art20.4.controlled_delivery` (for that technique) and `art20.legal_basis`.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) -> Tri {
    let b = ctx.requested;
    let technique = ctx.case.request.investigative_technique;
    let mut f = Finding::new(
        "art20.1.domestic_use",
        Provision::untoc(20).para(1),
        Outcome::DependsOnDomesticLaw,
    );
    match technique {
        None => {
            f.outcome = Outcome::Undetermined;
            f.missing.push("request.investigative_technique".into());
            f.explanation = "The technique sought (controlled delivery, surveillance, undercover operation) is not given".into();
        }
        Some(t) => {
            let strength = if t == InvestigativeTechnique::ControlledDelivery {
                Strength::MandatoryQualified
            } else {
                Strength::Discretionary
            };
            match ctx.domestic(b, "art20.1.technique_permitted", &mut f) {
                Some(true) => {
                    f.outcome = Outcome::Yes;
                    f.strength = Some(strength);
                    f.explanation = text!(
                        "{b}'s legal system permits {} (stated in the case): {}",
                        t.as_str().replace('_', " "),
                        if strength == Strength::MandatoryQualified {
                            "it shall allow controlled delivery within its possibilities"
                        } else {
                            "it may allow it where it deems appropriate"
                        }
                    );
                }
                Some(false) => {
                    f.outcome = Outcome::No;
                    f.explanation = text!("The basic principles of {b}'s legal system do not permit {} (stated in the case)", t.as_str().replace('_', " "));
                }
                None => {
                    f.explanation = text!("Whether {b} can use {} on its territory depends on the basic principles of its legal system", t.as_str().replace('_', " "));
                }
            }
        }
    }
    ctx.push(f);
    let mut f = Finding::new(
        "art20.2.agreement",
        Provision::untoc(20).para(2),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.explanation = match ctx.case.request.treaty_in_force {
        Some(true) => "An agreement on special investigative techniques binds the two States: it applies strictly on its terms (20(2))".into(),
        _ => {
            f.citation = Provision::untoc(20).para(3);
            "No agreement of their own: the States decide case by case, and may settle financial arrangements and jurisdiction (20(3))".into()
        }
    };
    ctx.push(f);
    if technique == Some(InvestigativeTechnique::ControlledDelivery) {
        let mut f = Finding::new(
            "art20.4.controlled_delivery",
            Provision::untoc(20).para(4),
            Outcome::Yes,
        );
        f.strength = Some(Strength::Discretionary);
        f.explanation = "With the consent of the States concerned, goods may be intercepted and allowed to continue intact, or removed or replaced in whole or in part".into();
        ctx.push(f);
    }
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art20.legal_basis", Provision::untoc(20), &tri);
    f.explanation = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            text!("Yes, as a permission: the Convention supports using the technique with {b} for this covered offence, by agreement or case by case; its own law decides whether the technique is available there")
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "No: the Convention is not in force between the two States".into()
        }
        Outcome::No => {
            "No: art. 20(2)-(3) concern offences covered by the Convention, and this one is not"
                .into()
        }
        _ => {
            "Undetermined: whether the Convention reaches this investigation is not settled".into()
        }
    };
    let out = ctx.push(f);
    if out.outcome != Outcome::No {
        crate::art04::sovereignty(ctx, "The technique is used");
    }
    out
}
