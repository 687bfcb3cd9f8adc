//! UNTOC art. 20 — Special investigative techniques.

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::InvestigativeTechnique;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art20.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art20.1.domestic_use",
        citation: Provision::untoc(20).para(1),
        description: "spec-art20-1-domestic-use",
    },
    FindingSpec {
        id: "art20.2.agreement",
        citation: Provision::untoc(20).para(2),
        description: "spec-art20-2-agreement",
    },
    FindingSpec {
        id: "art20.4.controlled_delivery",
        citation: Provision::untoc(20).para(4),
        description: "spec-art20-4-controlled-delivery",
    },
    FindingSpec {
        id: "art20.legal_basis",
        citation: Provision::untoc(20),
        description: "spec-art20-legal-basis",
    },
];

/// Art. 20(1)-(4) — techniques in a State's own territory (20(1)), their
/// international use by agreement (20(2)) or case by case (20(3)), and
/// controlled deliveries across borders with the consent of the States
/// concerned (20(4)). Pushes `art20.1.domestic_use`, `art20.2.agreement`,
/// `art20.4.controlled_delivery` (for that technique) and `art20.legal_basis`.
///
/// Art. 20(1) is a duty about each State's own legal order: if the basic
/// principles of its legal system permit, it makes controlled delivery (and,
/// where it deems it appropriate, the other techniques) available to its own
/// authorities on its territory, within its possibilities and on the
/// conditions its law sets. It is not a duty to grant a given request, which
/// is decided case by case (20(3)) unless an agreement governs (20(2)).
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
            f.message = msg!("art20-technique-missing");
        }
        Some(t) => {
            let controlled = t == InvestigativeTechnique::ControlledDelivery;
            let technique = technique_msg(t);
            let duty = if controlled {
                msg!("art20-duty-controlled")
            } else {
                msg!("art20-duty-other")
            };
            match ctx.domestic(b, "art20.1.technique_permitted", &mut f) {
                Some(true) => {
                    f.outcome = Outcome::Yes;
                    f.strength = Some(if controlled {
                        Strength::MandatoryQualified
                    } else {
                        Strength::Discretionary
                    });
                    f.message = msg!(
                        "art20-domestic-permitted",
                        state = Arg::Code(b),
                        technique = technique,
                        duty = duty
                    );
                }
                Some(false) => {
                    f.outcome = Outcome::No;
                    f.message = msg!(
                        "art20-domestic-not-permitted",
                        state = Arg::Code(b),
                        technique = technique
                    );
                }
                None => {
                    f.message = msg!(
                        "art20-domestic-open",
                        state = Arg::Code(b),
                        technique = technique,
                        duty = duty
                    );
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
    f.message = match ctx.case.request.treaty_in_force {
        Some(true) => msg!("art20-agreement-binds"),
        _ => {
            f.citation = Provision::untoc(20).para(3);
            msg!("art20-agreement-case-by-case")
        }
    };
    ctx.push(f);
    if technique == Some(InvestigativeTechnique::ControlledDelivery) {
        controlled_delivery(ctx);
    }
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from("art20.legal_basis", Provision::untoc(20), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            msg!("art20-legal-basis-yes", requested = Arg::Code(b))
        }
        Outcome::No if gate.outcome == Outcome::No => msg!("art20-legal-basis-not-in-force"),
        Outcome::No => msg!("art20-legal-basis-not-covered"),
        _ => msg!("art20-legal-basis-open"),
    };
    let out = ctx.push(f);
    if out.outcome != Outcome::No {
        crate::art04::sovereignty(ctx, msg!("art20-sovereignty-what"));
    }
    out
}

/// Art. 20(4): a controlled delivery on the international level, decided
/// case by case, may include intercepting the goods and letting them
/// continue intact or with them removed or replaced, with the consent of
/// the States concerned. With the route given (`request.route_states`),
/// every State on it other than the two must consent
/// (`request.route_consent.<ISO3>`): one not stated leaves the finding
/// undetermined, naming it; a refusal makes it `no` for that route. The two
/// States' own agreement is the request and its acceptance (20(3)). Pushes
/// `art20.4.controlled_delivery`; it does not change the legal-basis answer,
/// which is between the two States.
fn controlled_delivery(ctx: &mut Ctx<'_>) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let request = &ctx.case.request;
    let Some(route) = request.route_states.as_deref() else {
        let mut f = Finding::new(
            "art20.4.controlled_delivery",
            Provision::untoc(20).para(4),
            Outcome::Yes,
        );
        f.strength = Some(Strength::Discretionary);
        f.message = msg!(
            "art20-delivery-no-route",
            requesting = Arg::Code(a),
            requested = Arg::Code(b)
        );
        ctx.push(f);
        return;
    };
    let mut others: Vec<StateCode> = Vec::new();
    for &s in route {
        if s != a && s != b && !others.contains(&s) {
            others.push(s);
        }
    }
    let each: Vec<Tri> = others
        .iter()
        .map(|s| {
            Tri::fact(
                request.route_consent.get(s).copied(),
                crate::outcome::Fact::plain("request.route_consent").of(*s),
            )
        })
        .collect();
    let refs: Vec<&Tri> = each.iter().collect();
    let tri = Tri::all(&refs);
    let mut f = ctx.finding_from(
        "art20.4.controlled_delivery",
        Provision::untoc(20).para(4),
        &tri,
    );
    let pick = |o: Outcome| -> Vec<StateCode> {
        others
            .iter()
            .zip(&each)
            .filter(|(_, t)| t.outcome == o)
            .map(|(s, _)| *s)
            .collect()
    };
    f.message = match tri.outcome {
        Outcome::Yes if others.is_empty() => {
            f.strength = Some(Strength::Discretionary);
            msg!(
                "art20-delivery-two-states",
                route = Arg::codes(route),
                requesting = Arg::Code(a),
                requested = Arg::Code(b)
            )
        }
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            msg!(
                "art20-delivery-all-consent",
                states = Arg::codes(&others),
                requesting = Arg::Code(a),
                requested = Arg::Code(b)
            )
        }
        Outcome::No => msg!(
            "art20-delivery-refused",
            states = Arg::codes(&pick(Outcome::No))
        ),
        _ => msg!(
            "art20-delivery-open",
            route = Arg::codes(route),
            states = Arg::codes(&pick(Outcome::Undetermined))
        ),
    };
    ctx.push(f);
}

/// The technique's name, as a message.
fn technique_msg(t: InvestigativeTechnique) -> Msg {
    match t {
        InvestigativeTechnique::ControlledDelivery => msg!("art20-technique-controlled-delivery"),
        InvestigativeTechnique::Surveillance => msg!("art20-technique-surveillance"),
        InvestigativeTechnique::Undercover => msg!("art20-technique-undercover"),
    }
}
