//! UNTOC art. 13 — International cooperation for purposes of confiscation
//! (rules spec §6.3, steps C1-C9).
//!
//! Cooperation reaches only offences covered by the Convention (13(1), 13(7)):
//! unlike arts. 16(1) and 18(1), there is no wider second limb.

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::Instrument;

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::facts::ConfiscationMeasure;
use crate::outcome::{Basis, Cited, Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art13.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art13.1.covered_offence",
        citation: Provision::untoc(13).para(1),
        description: "spec-art13-1-covered-offence",
    },
    FindingSpec {
        id: "art13.1.requesting_jurisdiction",
        citation: Provision::untoc(13).para(1),
        description: "spec-art13-1-requesting-jurisdiction",
    },
    FindingSpec {
        id: "art13.property_in_requested_state",
        citation: Provision::untoc(13).para(1),
        description: "spec-art13-property-in-requested-state",
    },
    FindingSpec {
        id: "art13.1.a.domestic_order",
        citation: Provision::untoc(13).para(1).letter('a'),
        description: "spec-art13-1-a-domestic-order",
    },
    FindingSpec {
        id: "art13.1.b.give_effect_to_order",
        citation: Provision::untoc(13).para(1).letter('b'),
        description: "spec-art13-1-b-give-effect-to-order",
    },
    FindingSpec {
        id: "art13.2.identify_trace_freeze",
        citation: Provision::untoc(13).para(2),
        description: "spec-art13-2-identify-trace-freeze",
    },
    FindingSpec {
        id: "art13.measure",
        citation: Provision::untoc(13).para(1),
        description: "spec-art13-measure",
    },
    FindingSpec {
        id: "art13.6.treaty_basis",
        citation: Provision::untoc(13).para(6),
        description: "spec-art13-6-treaty-basis",
    },
    FindingSpec {
        id: "art13.legal_basis",
        citation: Provision::untoc(13),
        description: "spec-art13-legal-basis",
    },
    FindingSpec {
        id: "art13.3.contents",
        citation: Provision::untoc(13).para(3),
        description: "spec-art13-3-contents",
    },
    FindingSpec {
        id: "art13.3.mla_rules_apply",
        citation: Provision::untoc(13).para(3),
        description: "spec-art13-3-mla-rules-apply",
    },
    FindingSpec {
        id: "art13.3.dual_criminality",
        citation: Provision::untoc(18).para(9),
        description: "spec-art13-3-dual-criminality",
    },
    FindingSpec {
        id: "art13.3.fiscal_not_sole_ground",
        citation: Provision::untoc(18).para(22),
        description: "spec-art13-3-fiscal-not-sole-ground",
    },
    FindingSpec {
        id: "art13.4.applicable_law",
        citation: Provision::untoc(13).para(4),
        description: "spec-art13-4-applicable-law",
    },
    FindingSpec {
        id: "art13.8.third_parties",
        citation: Provision::untoc(13).para(8),
        description: "spec-art13-8-third-parties",
    },
    FindingSpec {
        id: "art13.9.agreements",
        citation: Provision::untoc(13).para(9),
        description: "spec-art13-9-agreements",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art13.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[(Provision::untoc(13).para(5), "not-encoded-art13-5")];

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
            f.message = msg!("art13-jurisdiction-territory", requesting = Arg::Code(a));
        }
        _ => match ctx.domestic(a, "art13.1.requesting_state_jurisdiction", &mut f) {
            Some(b) => {
                f.outcome = Outcome::from_bool(b);
                f.message = if b {
                    msg!("art13-jurisdiction-stated-yes", requesting = Arg::Code(a))
                } else {
                    msg!("art13-jurisdiction-stated-no", requesting = Arg::Code(a))
                };
            }
            None if committed.is_none() => {
                f.missing.push(crate::outcome::Fact::offence(
                    u32::from(ctx.case.several_offences),
                    "committed_in",
                ));
                f.message = msg!(
                    "art13-jurisdiction-place-missing",
                    requesting = Arg::Code(a)
                );
            }
            None => {
                f.outcome = Outcome::DependsOnDomesticLaw;
                f.message = msg!("art13-jurisdiction-depends", requesting = Arg::Code(a));
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
            f.message = msg!("art13-property-yes", requested = Arg::Code(b));
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.message = msg!("art13-property-no", requested = Arg::Code(b));
        }
        None => {
            f.missing.push("request.property_in_requested_state".into());
            f.message = msg!("art13-property-missing", requested = Arg::Code(b));
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
            f.message = msg!("art13-measure-domestic-order", requested = Arg::Code(b));
            ctx.push(f);
            (Strength::MandatoryQualified, p)
        }
        Some(ConfiscationMeasure::GiveEffectToOrder) => {
            let p = Provision::untoc(13).para(1).letter('b');
            let mut f = Finding::new("art13.1.b.give_effect_to_order", p, Outcome::Yes);
            f.strength = Some(Strength::MandatoryQualified);
            let gives = ctx.domestic(b, "art13.1.gives_effect_to_foreign_orders", &mut f);
            f.message = match gives {
                Some(true) => msg!("art13-measure-give-effect-yes", requested = Arg::Code(b)),
                Some(false) => msg!("art13-measure-give-effect-no", requested = Arg::Code(b)),
                None => msg!(
                    "art13-measure-give-effect-depends",
                    requested = Arg::Code(b)
                ),
            };
            ctx.push(f);
            (Strength::MandatoryQualified, p)
        }
        Some(ConfiscationMeasure::IdentifyTraceFreeze) => {
            let p = Provision::untoc(13).para(2);
            let mut f = Finding::new("art13.2.identify_trace_freeze", p, Outcome::Yes);
            f.strength = Some(Strength::Mandatory);
            f.message = msg!("art13-measure-freeze", requested = Arg::Code(b));
            ctx.push(f);
            (Strength::Mandatory, p)
        }
        None => {
            let p = Provision::untoc(13).para(1);
            let mut f = Finding::new("art13.measure", p, Outcome::Undetermined);
            f.missing.push("request.confiscation_measure".into());
            f.message = msg!("art13-measure-missing");
            ctx.push(f);
            (Strength::MandatoryQualified, p)
        }
    }
}

/// The strength `measure` reports, as a word of the answer: it is one of
/// these two.
fn strength_term(strength: Strength) -> Msg {
    if strength == Strength::Mandatory {
        msg!("art13-strength-mandatory")
    } else {
        msg!("art13-strength-mandatory-qualified")
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
            msg!(
                "art13-basis-yes",
                requested = Arg::Code(ctx.requested),
                strength = strength_term(strength)
            )
        }
        Outcome::No if gate.outcome == Outcome::No => {
            msg!("art13-basis-not-in-force")
        }
        Outcome::No if covered.outcome == Outcome::No => {
            msg!(
                "art13-basis-not-covered",
                requested = Arg::Code(ctx.requested)
            )
        }
        Outcome::No if property.outcome == Outcome::No => {
            msg!("art13-basis-no-property")
        }
        Outcome::No => msg!("art13-basis-no-jurisdiction"),
        _ => ctx.conflict_or(
            &tri,
            msg!("art13-basis-undetermined", n = tri.missing.len()),
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
        f.message = msg!("art13-treaty-in-force");
    } else if let Some(d) = declaration.filter(|_| stated != Some(false)) {
        f.strength = Some(Strength::MandatoryQualified);
        f.sources.push(Cited::data(&d.source, Some(&d.summary)));
        f.message = msg!("art13-treaty-declared", requested = Arg::Code(b));
    } else {
        match stated {
            Some(true) => {
                f.strength = Some(Strength::Mandatory);
                f.message = msg!("art13-treaty-required", requested = Arg::Code(b));
            }
            Some(false) => {
                f.outcome = Outcome::No;
                f.basis = Basis::Text;
                f.message = msg!("art13-treaty-not-required", requested = Arg::Code(b));
            }
            None => {
                f.strength = Some(Strength::Mandatory);
                f.message = msg!("art13-treaty-either", requested = Arg::Code(b));
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
            f.message = msg!("art13-dual-criminality-absent", requested = Arg::Code(b));
        }
        (Some(true), _) => {
            f.outcome = Outcome::No;
            f.message = msg!("art13-dual-criminality-present", requested = Arg::Code(b));
        }
        (None, missing) => {
            f.missing = missing;
            f.message = msg!("art13-dual-criminality-missing", requested = Arg::Code(b));
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
        f.message = msg!("art13-agreements");
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
        Some(ConfiscationMeasure::DomesticOrder) => msg!("art13-contents-domestic-order"),
        Some(ConfiscationMeasure::GiveEffectToOrder) => msg!("art13-contents-give-effect"),
        Some(ConfiscationMeasure::IdentifyTraceFreeze) => msg!("art13-contents-freeze"),
        None => msg!("art13-contents-missing"),
    };
    ctx.push(f);

    let mut f = Finding::new(
        "art13.3.mla_rules_apply",
        Provision::untoc(13).para(3),
        Outcome::Yes,
    );
    f.message = msg!("art13-mla-rules-apply");
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
    f.message = msg!("art13-applicable-law", requested = Arg::Code(b));
    ctx.push(f);

    let mut f = Finding::new(
        "art13.8.third_parties",
        Provision::untoc(13).para(8),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.message = msg!("art13-third-parties");
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
        Outcome::Yes => msg!("art13-covered-yes"),
        Outcome::No => msg!("art13-covered-no", requested = Arg::Code(ctx.requested)),
        _ => msg!("art13-covered-unsettled"),
    };
    ctx.push(f)
}
