//! UNTOC art. 13 — International cooperation for purposes of confiscation
//! (rules spec §6.3, steps C1-C9).
//!
//! Cooperation reaches only offences covered by the Convention (13(1), 13(7)):
//! unlike arts. 16(1) and 18(1), there is no wider second limb.

use palermo_cite::Provision;
use palermo_refdata::Instrument;

use crate::ctx::Ctx;
use crate::facts::ConfiscationMeasure;
use crate::outcome::{Basis, Cited, Finding, Outcome, Strength, Tri};

/// Art. 13(1) — the requesting State must have jurisdiction over the covered
/// offence. Conduct on its territory gives it (art. 15(1)(a), which every
/// party must establish: interpretation `territorial-jurisdiction`);
/// otherwise its law decides. Pushes `art13.1.requesting_jurisdiction`.
pub fn requesting_jurisdiction(ctx: &mut Ctx<'_>) -> Tri {
    let a = ctx.requesting;
    let mut f = Finding::new(
        "art13.1.requesting_jurisdiction",
        Provision::untoc(13).para(1),
        Outcome::Undetermined,
    );
    let committed: Option<bool> = {
        let known: Vec<&Vec<palermo_refdata::StateCode>> = ctx
            .case
            .offences
            .iter()
            .filter_map(|o| o.committed_in.as_ref())
            .collect();
        if known.iter().any(|c| c.contains(&a)) {
            Some(true)
        } else if known.len() == ctx.case.offences.len() {
            Some(false)
        } else {
            None
        }
    };
    match committed {
        Some(true) => {
            f.outcome = Outcome::Yes;
            f.basis = Basis::Interpretation("territorial-jurisdiction");
            f.message = text!(
                "The offence was committed in {a}, which has jurisdiction over it (art. 15(1)(a))"
            );
        }
        _ => match ctx.domestic(a, "art13.1.requesting_state_jurisdiction", &mut f) {
            Some(b) => {
                f.outcome = Outcome::from_bool(b);
                f.message = text!(
                    "{a} {} jurisdiction over the offence (stated in the case)",
                    if b { "has" } else { "has no" }
                );
            }
            None if committed.is_none() => {
                f.missing.push(format!(
                    "{}.committed_in",
                    if ctx.case.several_offences {
                        "offences[1]"
                    } else {
                        "offence"
                    }
                ));
                f.message = text!("Where the offence was committed is not given; if not in {a}, its own law decides whether it has jurisdiction");
            }
            None => {
                f.outcome = Outcome::DependsOnDomesticLaw;
                f.message = text!("The offence was not committed in {a}: whether it has jurisdiction (e.g. over its nationals abroad, art. 15(2)) is for its law");
            }
        },
    }
    ctx.push(f)
}

/// Art. 13(1)-(2) — the property is in the requested State's territory.
/// Pushes `art13.property_in_requested_state`.
pub fn property_in_requested_state(ctx: &mut Ctx<'_>) -> Tri {
    let b = ctx.requested;
    let mut f = Finding::new(
        "art13.property_in_requested_state",
        Provision::untoc(13).para(1),
        Outcome::Undetermined,
    );
    match ctx.case.request.property_in_requested_state {
        Some(true) => {
            f.outcome = Outcome::Yes;
            f.message = text!("The proceeds, property or instrumentalities are situated in {b}");
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.message = text!("Nothing to confiscate is situated in {b}: art. 13 concerns property in the requested State's territory");
        }
        None => {
            f.missing.push("request.property_in_requested_state".into());
            f.message = text!(
                "Whether the proceeds, property or instrumentalities are in {b} is not given"
            );
        }
    }
    ctx.push(f)
}

/// Art. 13(1)(a), 13(1)(b) or 13(2) — what is asked, and how strongly the
/// requested State is bound. Pushes the measure's finding.
fn measure(ctx: &mut Ctx<'_>) -> (Strength, Provision) {
    let b = ctx.requested;
    match ctx.case.request.confiscation_measure {
        Some(ConfiscationMeasure::DomesticOrder) => {
            let p = Provision::untoc(13).para(1).letter('a');
            let mut f = Finding::new("art13.1.a.domestic_order", p, Outcome::Yes);
            f.strength = Some(Strength::MandatoryQualified);
            f.message = text!("{b} submits the request to its authorities to obtain a confiscation order and, if granted, gives effect to it, to the greatest extent its legal system allows");
            ctx.push(f);
            (Strength::MandatoryQualified, p)
        }
        Some(ConfiscationMeasure::GiveEffectToOrder) => {
            let p = Provision::untoc(13).para(1).letter('b');
            let mut f = Finding::new("art13.1.b.give_effect_to_order", p, Outcome::Yes);
            f.strength = Some(Strength::MandatoryQualified);
            let gives = ctx.domestic(b, "art13.1.gives_effect_to_foreign_orders", &mut f);
            f.message = match gives {
                Some(true) => text!("{b} submits the requesting State's confiscation order to its authorities to give effect to it, to the greatest extent its legal system allows; its law allows this (stated in the case)"),
                Some(false) => text!("{b}'s law does not give effect to foreign orders (stated in the case): it proceeds by seeking an order of its own (art. 13(1)(a)); the obligation stands"),
                None => text!("{b} submits the order to its authorities to give effect to it, or seeks its own order (13(1)(a)), as its legal system provides"),
            };
            ctx.push(f);
            (Strength::MandatoryQualified, p)
        }
        Some(ConfiscationMeasure::IdentifyTraceFreeze) => {
            let p = Provision::untoc(13).para(2);
            let mut f = Finding::new("art13.2.identify_trace_freeze", p, Outcome::Yes);
            f.strength = Some(Strength::Mandatory);
            f.message = text!("{b} takes measures to identify, trace and freeze or seize the property for eventual confiscation, under its law (art. 13(4))");
            ctx.push(f);
            (Strength::Mandatory, p)
        }
        None => {
            let p = Provision::untoc(13).para(1);
            let mut f = Finding::new("art13.measure", p, Outcome::Undetermined);
            f.missing.push("request.confiscation_measure".into());
            f.message = "What is asked (an order of the requested State, effect for the requesting State's order, or identifying, tracing and freezing) is not given; the weaker obligation is reported".into();
            ctx.push(f);
            (Strength::MandatoryQualified, p)
        }
    }
}

/// `art13.legal_basis` — the Convention is a legal basis for confiscation
/// cooperation when it is in force between the States, the offence is covered,
/// the requesting State has jurisdiction and the property is in the requested State.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) -> Tri {
    let jurisdiction = requesting_jurisdiction(ctx);
    let property = property_in_requested_state(ctx);
    let (strength, citation) = measure(ctx);
    treaty_basis(ctx);
    let tri = Tri::all(&[gate, covered, &jurisdiction, &property]);
    let mut f = ctx.finding_from("art13.legal_basis", Provision::untoc(13), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(strength);
            f.citation = citation;
            text!("Yes: {} must act on the request ({}); bank secrecy is no ground to decline, and art. 18 applies to the procedure (art. 13(3))", ctx.requested, strength.describe())
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "No: the Convention is not in force between the two States".into()
        }
        Outcome::No if covered.outcome == Outcome::No => {
            text!("No: the offence is not covered by the Convention, and {} may refuse on that ground (art. 13(7)); there is no wider limb as for extradition or assistance", ctx.requested)
        }
        Outcome::No if property.outcome == Outcome::No => {
            "No: nothing to confiscate is in the requested State".into()
        }
        Outcome::No => "No: the requesting State has no jurisdiction over the offence".into(),
        _ => ctx.conflict_or(
            &tri,
            cow!(
                "Undetermined: {} fact{} missing",
                tri.missing.len(),
                if tri.missing.len() == 1 { "" } else { "s" }
            ),
        ),
    };
    ctx.push(f)
}

/// Art. 13(6) — a State that makes confiscation cooperation conditional on a
/// treaty shall consider the Convention the necessary and sufficient treaty
/// basis. A deeming rule, not a duty to think it over: for such a State the
/// Convention *is* the treaty its condition asks for (`art13-6-deeming`), so
/// the strength is `mandatory`, qualified where a 13(6) declaration on record
/// sets terms (e.g. reciprocity). Pushes `art13.6.treaty_basis`.
fn treaty_basis(ctx: &mut Ctx<'_>) {
    let b = ctx.requested;
    let mut f = Finding::new(
        "art13.6.treaty_basis",
        Provision::untoc(13).para(6),
        Outcome::Yes,
    );
    f.basis = Basis::Interpretation("art13-6-deeming");
    let stated = ctx
        .state_facts(b)
        .and_then(|s| s.confiscation_requires_treaty);
    let declaration = ctx.data.declarations(b, Instrument::Untoc, "13(6)").next();
    if ctx.case.request.treaty_in_force == Some(true) {
        f.outcome = Outcome::No;
        f.basis = Basis::Text;
        f.message = text!("A treaty binds the two States: art. 13(6) is not needed");
    } else if let Some(d) = declaration.filter(|_| stated != Some(false)) {
        f.strength = Some(Strength::MandatoryQualified);
        f.sources.push(Cited::data(&d.source, Some(&d.summary)));
        f.message = text!("{b} declared under art. 13(6) that the Convention is the treaty basis for confiscation cooperation, on the terms of its declaration (see source): within those terms, the lack of another treaty is no bar");
    } else {
        match stated {
            Some(true) => {
                f.strength = Some(Strength::Mandatory);
                f.message = text!("{b} requires a treaty for confiscation cooperation, and the Convention is that treaty: it is the necessary and sufficient treaty basis (art. 13(6); stated in the case)");
            }
            Some(false) => {
                f.outcome = Outcome::No;
                f.basis = Basis::Text;
                f.message = text!(
                    "{b} needs no treaty for confiscation cooperation: art. 13(6) is not engaged"
                );
            }
            None => {
                f.strength = Some(Strength::Mandatory);
                f.message = text!("Whether or not {b} requires a treaty, the lack of one is no bar: for a State that requires one, the Convention is the necessary and sufficient treaty basis (art. 13(6))");
            }
        }
    }
    ctx.push(f);
}

/// Art. 18(9), applied to confiscation by 13(3): the requested State may
/// decline for lack of dual criminality. The requested State's maximum
/// penalty plays no part in art. 13, so it is not asked. Pushes
/// `art13.3.dual_criminality`.
fn dual_criminality(ctx: &mut Ctx<'_>) {
    let b = ctx.requested;
    let mut f = Finding::new(
        "art13.3.dual_criminality",
        Provision::untoc(18).para(9),
        Outcome::Undetermined,
    );
    match crate::art18::punishable_in_requested(ctx) {
        (Some(false), _) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::Discretionary);
            f.message = text!("The conduct is not an offence in {b}: it may decline the confiscation request for lack of dual criminality (art. 18(9), applied by art. 13(3)), though it may still assist");
        }
        (Some(true), _) => {
            f.outcome = Outcome::No;
            f.message = text!("The conduct is an offence in {b}: lack of dual criminality is no ground to decline (art. 18(9), applied by art. 13(3))");
        }
        (None, missing) => {
            f.missing = missing;
            f.message = text!("Whether the conduct is an offence in {b} is not given (if not, it may decline: art. 18(9), applied by art. 13(3))");
        }
    }
    ctx.push(f);
}

/// What attaches to a request art. 13 governs: contents (13(3)), the art. 18
/// rules that apply mutatis mutandis, applicable law (13(4)), third parties
/// (13(8)); or, without a basis, agreements (13(9)).
pub fn attached(ctx: &mut Ctx<'_>, basis: &Tri) {
    let b = ctx.requested;
    if basis.outcome == Outcome::No {
        let mut f = Finding::new(
            "art13.9.agreements",
            Provision::untoc(13).para(9),
            Outcome::Yes,
        );
        f.strength = Some(Strength::ShallConsider);
        f.message =
            "The States are to consider agreements to enhance confiscation cooperation".into();
        ctx.push(f);
        return;
    }
    let mut f = Finding::new(
        "art13.3.contents",
        Provision::untoc(13).para(3),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.message = match ctx.case.request.confiscation_measure {
        Some(ConfiscationMeasure::DomesticOrder) => "Besides art. 18(15), the request describes the property and states facts enough for the requested State to seek an order under its law (13(3)(a))".into(),
        Some(ConfiscationMeasure::GiveEffectToOrder) => "Besides art. 18(15), the request includes a legally admissible copy of the confiscation order, a statement of facts and how far execution is requested (13(3)(b))".into(),
        Some(ConfiscationMeasure::IdentifyTraceFreeze) => "Besides art. 18(15), the request states the facts and describes the actions requested (13(3)(c))".into(),
        None => "Besides art. 18(15), the request carries what art. 13(3)(a), (b) or (c) requires for the measure sought".into(),
    };
    ctx.push(f);

    let mut f = Finding::new(
        "art13.3.mla_rules_apply",
        Provision::untoc(13).para(3),
        Outcome::Yes,
    );
    f.message = "Article 18 applies mutatis mutandis: central authority, language and form, refusal grounds and consultation (where paragraphs 9-29 govern), reasons for refusal, costs, use limitation".into();
    ctx.push(f);
    dual_criminality(ctx);

    let f = crate::art16::fiscal_not_sole_ground(
        ctx,
        "art13.3.fiscal_not_sole_ground",
        Provision::untoc(18).para(22),
    );
    ctx.push(f);
    crate::art12::bank_secrecy(ctx);

    let mut f = Finding::new(
        "art13.4.applicable_law",
        Provision::untoc(13).para(4),
        Outcome::Yes,
    );
    f.message = text!("The measures are decided and carried out under {b}'s law and procedure, or a treaty binding it with the requesting State");
    ctx.push(f);

    let mut f = Finding::new(
        "art13.8.third_parties",
        Provision::untoc(13).para(8),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.message = "The rights of bona fide third parties are not to be prejudiced".into();
    ctx.push(f);

    crate::art14::disposal(ctx);
}

/// Art. 13(1), 13(7) — is the offence covered by the Convention? Only covered
/// offences are reached (no limb for offences merely suspected to be
/// transnational, nor for persons located in the requested State).
/// Pushes `art13.1.covered_offence` (with the offence suffix).
pub fn covered_offence(ctx: &mut Ctx<'_>, within_scope: &Tri) -> Tri {
    let mut f = ctx.finding_from(
        ctx.oid("art13.1.covered_offence"),
        Provision::untoc(13).para(1),
        within_scope,
    );
    f.message = match within_scope.outcome {
        Outcome::Yes => "An offence covered by the Convention: art. 13 reaches its proceeds and instrumentalities".into(),
        Outcome::No => text!(
            "Not an offence covered by the Convention: {} may refuse confiscation cooperation (art. 13(7)); art. 13 has no wider limb",
            ctx.requested
        ),
        _ => "Whether the offence is covered by the Convention is not settled".into(),
    };
    ctx.push(f)
}
