//! UNTOC art. 20 — Special investigative techniques.

use palermo_cite::Provision;
use palermo_refdata::StateCode;

use crate::ctx::{list_states, Ctx};
use crate::facts::InvestigativeTechnique;
use crate::outcome::{Finding, Outcome, Strength, Tri};

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
            f.message = "The technique sought (controlled delivery, surveillance, undercover operation) is not given".into();
        }
        Some(t) => {
            let controlled = t == InvestigativeTechnique::ControlledDelivery;
            let name = t.as_str().replace('_', " ");
            let duty = if controlled {
                "art. 20(1) obliges it to allow its competent authorities to use controlled delivery on its territory, within its possibilities and on the conditions its law sets"
            } else {
                "art. 20(1) lets it allow its competent authorities to use it on its territory where it deems it appropriate, on the conditions its law sets"
            };
            let not_this = "a duty about what its own law makes available, not a duty to carry out this request, which it decides case by case (20(3)) unless an agreement governs (20(2))";
            match ctx.domestic(b, "art20.1.technique_permitted", &mut f) {
                Some(true) => {
                    f.outcome = Outcome::Yes;
                    f.strength = Some(if controlled {
                        Strength::MandatoryQualified
                    } else {
                        Strength::Discretionary
                    });
                    f.message = text!("The basic principles of {b}'s legal system permit {name} (stated in the case): {duty}. This is {not_this}");
                }
                Some(false) => {
                    f.outcome = Outcome::No;
                    f.message = text!("The basic principles of {b}'s legal system do not permit {name} (stated in the case): art. 20(1) asks nothing of {b} for it, and the Convention gives no other ground to require it");
                }
                None => {
                    f.message = text!("Whether the basic principles of {b}'s legal system permit {name} is for its law; if they do, {duty}. This is {not_this}");
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
        Some(true) => "An agreement on special investigative techniques binds the two States: it applies strictly on its terms (20(2))".into(),
        _ => {
            f.citation = Provision::untoc(20).para(3);
            "No agreement of their own: the States decide case by case, and may settle financial arrangements and jurisdiction (20(3))".into()
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
            text!("Yes, as a permission: the Convention supports using the technique with {b} for this covered offence, by agreement or case by case; it gives no duty to grant this request, and {b}'s own law decides whether the technique is available there (20(1))")
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
    let what = "goods may be intercepted and let through intact, or with them removed or replaced in whole or in part";
    let Some(route) = request.route_states.as_deref() else {
        let mut f = Finding::new(
            "art20.4.controlled_delivery",
            Provision::untoc(20).para(4),
            Outcome::Yes,
        );
        f.strength = Some(Strength::Discretionary);
        f.message = text!("With the consent of every State concerned, {what}; the route is not given, so the States whose consent is needed besides {a} and {b} are not named (give request.route_states)");
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
                &format!("request.route_consent.{s}"),
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
            text!("The route ({}) crosses no State but {a} and {b}: with their consent, decided case by case, {what}", list_states(route))
        }
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            text!("Every other State on the route consents ({}, stated in the case): with the consent of {a} and {b} as well, decided case by case, {what}", list_states(&others))
        }
        Outcome::No => text!("{} on the route does not consent (stated in the case): the delivery may not cross its territory as planned; each State concerned must consent", list_states(&pick(Outcome::No))),
        _ => text!("The route ({}) crosses {}, whose consent is needed and not stated; each State concerned must consent before {what}", list_states(route), list_states(&pick(Outcome::Undetermined))),
    };
    ctx.push(f);
}
