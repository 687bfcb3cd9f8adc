//! UNTOC art. 18 — Mutual legal assistance (rules spec §6.2, steps M1-M10).
//!
//! Paragraphs 1-8 and 30 apply between any two parties; paragraphs 9-29 (the
//! "mini-treaty") govern only as art. 18(7) says.

use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;

use crate::art16::OffenceScope;
use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::Measure;
use crate::outcome::{Basis, Cited, Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art18.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art18.1.first_limb",
        citation: Provision::untoc(18).para(1),
        description: "spec-art18-1-first-limb",
    },
    FindingSpec {
        id: "art18.1.reasonable_suspicion.transnational",
        citation: Provision::untoc(18).para(1),
        description: "spec-art18-1-reasonable-suspicion-transnational",
    },
    FindingSpec {
        id: "art18.1.reasonable_suspicion.ocg",
        citation: Provision::untoc(18).para(1),
        description: "spec-art18-1-reasonable-suspicion-ocg",
    },
    FindingSpec {
        id: "art18.1.second_limb",
        citation: Provision::untoc(18).para(1),
        description: "spec-art18-1-second-limb",
    },
    FindingSpec {
        id: "art18.2.legal_persons",
        citation: Provision::untoc(18).para(2),
        description: "spec-art18-2-legal-persons",
    },
    FindingSpec {
        id: "art18.1.applies",
        citation: Provision::untoc(18).para(1),
        description: "spec-art18-1-applies",
    },
    FindingSpec {
        id: "art18.legal_basis",
        citation: Provision::untoc(18),
        description: "spec-art18-legal-basis",
    },
    FindingSpec {
        id: "art18.3.purposes",
        citation: Provision::untoc(18).para(3),
        description: "spec-art18-3-purposes",
    },
    FindingSpec {
        id: "art18.4.spontaneous_information",
        citation: Provision::untoc(18).para(4),
        description: "spec-art18-4-spontaneous-information",
    },
    FindingSpec {
        id: "art18.7.paragraphs_9_29",
        citation: Provision::untoc(18).para(7),
        description: "spec-art18-7-paragraphs-9-29",
    },
    FindingSpec {
        id: "art18.7.treaty_governs",
        citation: Provision::untoc(18).para(7),
        description: "spec-art18-7-treaty-governs",
    },
    FindingSpec {
        id: "art18.8.bank_secrecy",
        citation: Provision::untoc(18).para(8),
        description: "spec-art18-8-bank-secrecy",
    },
    FindingSpec {
        id: "art18.9.may_decline_without_dual_criminality",
        citation: Provision::untoc(18).para(9),
        description: "spec-art18-9-may-decline-without-dual-criminality",
    },
    FindingSpec {
        id: "art18.10.transfer_of_detained_persons",
        citation: Provision::untoc(18).para(10),
        description: "spec-art18-10-transfer-of-detained-persons",
    },
    FindingSpec {
        id: "art18.13.central_authority",
        citation: Provision::untoc(18).para(13),
        description: "spec-art18-13-central-authority",
    },
    FindingSpec {
        id: "art18.14.language",
        citation: Provision::untoc(18).para(14),
        description: "spec-art18-14-language",
    },
    FindingSpec {
        id: "art18.15.contents",
        citation: Provision::untoc(18).para(15),
        description: "spec-art18-15-contents",
    },
    FindingSpec {
        id: "art18.17.applicable_law",
        citation: Provision::untoc(18).para(17),
        description: "spec-art18-17-applicable-law",
    },
    FindingSpec {
        id: "art18.18.videoconference",
        citation: Provision::untoc(18).para(18),
        description: "spec-art18-18-videoconference",
    },
    FindingSpec {
        id: "art18.19.use_limitation",
        citation: Provision::untoc(18).para(19),
        description: "spec-art18-19-use-limitation",
    },
    FindingSpec {
        id: "art18.20.confidentiality",
        citation: Provision::untoc(18).para(20),
        description: "spec-art18-20-confidentiality",
    },
    FindingSpec {
        id: "art18.21.refusal_grounds",
        citation: Provision::untoc(18).para(21),
        description: "spec-art18-21-refusal-grounds",
    },
    FindingSpec {
        id: "art18.22.fiscal_not_sole_ground",
        citation: Provision::untoc(18).para(22),
        description: "spec-art18-22-fiscal-not-sole-ground",
    },
    FindingSpec {
        id: "art18.23.reasons_for_refusal",
        citation: Provision::untoc(18).para(23),
        description: "spec-art18-23-reasons-for-refusal",
    },
    FindingSpec {
        id: "art18.24.timeliness",
        citation: Provision::untoc(18).para(24),
        description: "spec-art18-24-timeliness",
    },
    FindingSpec {
        id: "art18.25.postponement",
        citation: Provision::untoc(18).para(25),
        description: "spec-art18-25-postponement",
    },
    FindingSpec {
        id: "art18.26.consult_before_refusal",
        citation: Provision::untoc(18).para(26),
        description: "spec-art18-26-consult-before-refusal",
    },
    FindingSpec {
        id: "art18.27.safe_conduct",
        citation: Provision::untoc(18).para(27),
        description: "spec-art18-27-safe-conduct",
    },
    FindingSpec {
        id: "art18.28.costs",
        citation: Provision::untoc(18).para(28),
        description: "spec-art18-28-costs",
    },
    FindingSpec {
        id: "art18.29.government_records",
        citation: Provision::untoc(18).para(29),
        description: "spec-art18-29-government-records",
    },
    FindingSpec {
        id: "art18.30.agreements",
        citation: Provision::untoc(18).para(30),
        description: "spec-art18-30-agreements",
    },
];

/// Art. 18(1) second limb — the requesting State's reasonable grounds to
/// suspect transnationality and OCG involvement. Facts that establish either
/// give such grounds; a stated "no" against established facts is a conflict.
fn suspicion(
    ctx: &mut Ctx<'_>,
    id: &'static str,
    stated: Option<bool>,
    established: &Tri,
    fact: &'static str,
    what: Msg,
) -> Tri {
    let a = ctx.requesting;
    let mut f = Finding::new(
        ctx.oid(id),
        Provision::untoc(18).para(1),
        Outcome::Undetermined,
    );
    match (stated, established.outcome) {
        (Some(false), Outcome::Yes) => {
            f.outcome = Outcome::Conflict;
            ctx.rest_on(&mut f, established);
            f.message = msg!(
                "art18-suspicion-conflict",
                requesting = Arg::Code(a),
                what = what,
                fact = Arg::text(fact)
            );
        }
        (Some(b), _) => {
            f.outcome = Outcome::from_bool(b);
            f.message = if b {
                msg!(
                    "art18-suspicion-stated-yes",
                    requesting = Arg::Code(a),
                    what = what
                )
            } else {
                msg!(
                    "art18-suspicion-stated-no",
                    requesting = Arg::Code(a),
                    what = what
                )
            };
        }
        (None, Outcome::Yes) => {
            f.outcome = Outcome::Yes;
            ctx.rest_on(&mut f, established);
            f.message = msg!(
                "art18-suspicion-established",
                requesting = Arg::Code(a),
                what = what
            );
        }
        (None, _) => {
            f.missing.push(fact.into());
            f.message = msg!(
                "art18-suspicion-missing",
                requesting = Arg::Code(a),
                what = what
            );
        }
    }
    ctx.push(f)
}

/// Art. 18(1)-(2) — does the article apply to this offence?
///
/// > (1) States give one another the widest measure of assistance for offences
/// > covered by the Convention (first limb), and similar assistance where the
/// > requesting State has reasonable grounds to suspect that an art. 3(1)(a)
/// > or (b) offence is transnational, including that victims, witnesses,
/// > proceeds, instrumentalities or evidence are in the requested State, and
/// > that it involves an organized criminal group (second limb).
/// > (2) Assistance is also given, as fully as the requested State's laws and
/// > treaties allow, for offences for which a legal person may be held liable
/// > under art. 10 in the requesting State.
///
/// Pushes `art18.1.first_limb`, `art18.1.reasonable_suspicion.transnational`,
/// `art18.1.reasonable_suspicion.ocg`, `art18.1.second_limb`,
/// `art18.2.legal_persons` and `art18.1.applies`.
pub fn applies(ctx: &mut Ctx<'_>, gate: &Tri, scope: &OffenceScope, transnational: &Tri) -> Tri {
    let p1 = Provision::untoc(18).para(1);
    let mut f = ctx.finding_from(ctx.oid("art18.1.first_limb"), p1, &scope.within_scope);
    f.strength = (scope.within_scope.outcome == Outcome::Yes).then_some(Strength::Mandatory);
    f.message = match scope.within_scope.outcome {
        Outcome::Yes => msg!("art18-first-limb-yes"),
        Outcome::No => msg!("art18-first-limb-no"),
        _ => msg!("art18-first-limb-unsettled"),
    };
    let first = ctx.push(f);

    let s_trans = suspicion(
        ctx,
        "art18.1.reasonable_suspicion.transnational",
        ctx.case.suspicion.transnational,
        transnational,
        "suspicion.transnational",
        msg!("art18-suspected-transnational"),
    );
    let s_ocg = suspicion(
        ctx,
        "art18.1.reasonable_suspicion.ocg",
        ctx.case.suspicion.organized_criminal_group,
        &scope.involves,
        "suspicion.organized_criminal_group",
        msg!("art18-suspected-ocg"),
    );
    let tri = Tri::all(&[&scope.qualifying, &s_trans, &s_ocg]);
    let mut f = ctx.finding_from(ctx.oid("art18.1.second_limb"), p1, &tri);
    f.strength = (tri.outcome == Outcome::Yes).then_some(Strength::Mandatory);
    f.message = match tri.outcome {
        Outcome::Yes => msg!(
            "art18-second-limb-yes",
            requesting = Arg::Code(ctx.requesting)
        ),
        Outcome::No => msg!("art18-second-limb-no"),
        Outcome::Conflict => msg!("art18-second-limb-conflict"),
        _ => msg!("art18-second-limb-unsettled"),
    };
    let second = ctx.push(f);

    // 18(2)
    let mut f = Finding::new(
        ctx.oid("art18.2.legal_persons"),
        Provision::untoc(18).para(2),
        Outcome::Undetermined,
    );
    let concerns = Tri::fact(
        ctx.case.request.concerns_legal_person,
        "request.concerns_legal_person",
    );
    // Art. 10(1): liability for participating in serious crimes involving an
    // organized criminal group, and for the art. 5, 6, 8 and 23 offences;
    // through each Protocol's art. 1(2)-(3), for its offences too, between
    // parties to it. Art. 3(1)(a) has already weighed both (stated or
    // classified, with the Protocol's status between the two States).
    let convention = ctx
        .tri_of_offence("art3.1.a.convention_offence")
        .expect("invariant: pushed by is_qualifying_offence");
    let serious_ocg = Tri::all(&[&scope.serious, &scope.involves]);
    let art10_offence = Tri::any(&[&convention, &serious_ocg]);
    let mut tri = Tri::all(&[&concerns, &art10_offence]);
    if tri.outcome != Outcome::No {
        let requesting = ctx.requesting;
        let liability = ctx.domestic_tri(requesting, "art18.2.legal_person_liability", &mut f);
        tri = Tri::all(&[&tri, &liability]);
    }
    f.outcome = tri.outcome;
    f.missing = tri.missing.clone();
    ctx.rest_on(&mut f, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::MandatoryQualified);
            msg!(
                "art18-legal-persons-yes",
                requesting = Arg::Code(ctx.requesting),
                requested = Arg::Code(ctx.requested)
            )
        }
        Outcome::No if concerns.outcome == Outcome::No => msg!("art18-legal-persons-not-concerned"),
        Outcome::No => msg!("art18-legal-persons-no-offence"),
        Outcome::DependsOnDomesticLaw => msg!(
            "art18-legal-persons-depends",
            requesting = Arg::Code(ctx.requesting)
        ),
        _ => msg!("art18-legal-persons-unsettled"),
    };
    f.questions
        .retain(|_| tri.outcome == Outcome::DependsOnDomesticLaw);
    let legal = ctx.push(f);

    let limb = Tri::any(&[&first, &second, &legal]);
    // A treaty provision applies only between its parties: the gate first.
    let tri = Tri::all(&[gate, &limb]);
    let mut f = ctx.finding_from(ctx.oid("art18.1.applies"), p1, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            let mut grounds = Vec::new();
            if first.outcome == Outcome::Yes {
                grounds.push(msg!("art18-ground-first-limb").into());
            }
            if second.outcome == Outcome::Yes {
                grounds.push(msg!("art18-ground-second-limb").into());
            }
            if legal.outcome == Outcome::Yes {
                grounds.push(msg!("art18-ground-legal-persons").into());
            }
            msg!("art18-applies-yes", grounds = Arg::List(grounds))
        }
        Outcome::No if gate.outcome == Outcome::No => msg!("art18-applies-not-in-force"),
        Outcome::No => msg!("art18-applies-no"),
        _ => ctx.conflict_or(&tri, msg!("art18-applies-unsettled")),
    };
    ctx.push(f)
}

/// `art18.legal_basis` — the Convention is a legal basis for the MLA request
/// when it is in force between the two States and art. 18 applies.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, applies: &Tri) -> Tri {
    let tri = Tri::all(&[gate, applies]);
    let mut f = ctx.finding_from("art18.legal_basis", Provision::untoc(18), &tri);
    match tri.outcome {
        Outcome::Yes => {
            let only_18_2 = ctx
                .findings
                .iter()
                .filter(|x| {
                    x.id.starts_with("art18.1.first_limb")
                        || x.id.starts_with("art18.1.second_limb")
                })
                .all(|x| x.outcome != Outcome::Yes);
            if only_18_2 {
                f.strength = Some(Strength::MandatoryQualified);
                f.citation = Provision::untoc(18).para(2);
                f.message = msg!(
                    "art18-basis-yes-legal-persons",
                    requested = Arg::Code(ctx.requested)
                );
            } else {
                f.strength = Some(Strength::Mandatory);
                f.citation = Provision::untoc(18).para(1);
                f.message = msg!("art18-basis-yes", requested = Arg::Code(ctx.requested));
            }
        }
        Outcome::No if gate.outcome == Outcome::No => f.message = msg!("art18-basis-not-in-force"),
        Outcome::No => f.message = msg!("art18-basis-no"),
        _ => {
            f.message = ctx.conflict_or(
                &tri,
                msg!("art18-basis-undetermined", n = tri.missing.len()),
            )
        }
    }
    ctx.push(f)
}

fn central_authority(ctx: &Ctx<'_>, state: StateCode) -> (Option<String>, Option<Cited>) {
    if let Some(s) = ctx
        .state_facts(state)
        .and_then(|s| s.central_authority.clone())
    {
        return (
            Some(s),
            Some(Cited::Case(format!("states.{state}.central_authority"))),
        );
    }
    notification_text(ctx, state, "18(13)")
}

fn notification_text(
    ctx: &Ctx<'_>,
    state: StateCode,
    article: &str,
) -> (Option<String>, Option<Cited>) {
    // Only notifications made under the Convention itself: one made for a
    // Protocol speaks for requests under that Protocol.
    let d = ctx
        .data
        .declarations(state, Instrument::Untoc, article)
        .next();
    match d {
        Some(d) if !d.content_unknown => (
            Some(d.summary.to_string()),
            Some(Cited::data(&d.source, None)),
        ),
        _ => (None, None),
    }
}

/// Art. 18(3)-(30) — the purposes, the regime switch of 18(7), the bank-secrecy
/// rule of 18(8) (which survives a treaty), and, where paragraphs 9-29 govern,
/// the mini-treaty's rules. Pushes `art18.7.paragraphs_9_29` and the
/// paragraph findings.
pub fn attached(ctx: &mut Ctx<'_>, basis: &Tri) {
    let b = ctx.requested;
    if basis.outcome == Outcome::No {
        // 18(7) is answered for every MLA request: nothing governs a request
        // the article does not reach.
        let mut f = ctx.finding_from(
            "art18.7.paragraphs_9_29",
            Provision::untoc(18).para(7),
            basis,
        );
        f.message = msg!("art18-regime-not-applicable");
        ctx.push(f);
        let mut f = Finding::new(
            "art18.30.agreements",
            Provision::untoc(18).para(30),
            Outcome::Yes,
        );
        f.strength = Some(Strength::ShallConsider);
        f.message = msg!("art18-agreements");
        ctx.push(f);
        return;
    }

    // 18(3)
    let mut f = Finding::new(
        "art18.3.purposes",
        Provision::untoc(18).para(3),
        Outcome::Undetermined,
    );
    match &ctx.case.request.measures {
        None => {
            f.missing.push("request.measures".into());
            f.message = msg!("art18-purposes-missing");
        }
        Some(list) if list.is_empty() => {
            f.missing.push("request.measures".into());
            f.message = msg!(
                "art18-purposes-empty",
                field = Arg::text("request.measures")
            );
        }
        Some(list) => {
            let named = Arg::List(list.iter().map(|&m| measure_name(m).into()).collect());
            if list.contains(&Measure::Other) {
                let answer = ctx.domestic(b, "art18.3.i.other_assistance_permitted", &mut f);
                f.citation = Provision::untoc(18).para(3).letter('i');
                f.outcome = match answer {
                    Some(v) => Outcome::from_bool(v),
                    None => Outcome::DependsOnDomesticLaw,
                };
                f.message = msg!("art18-purposes-other", measures = named, requested = b);
            } else {
                f.outcome = Outcome::Yes;
                f.message = msg!("art18-purposes-yes", measures = named);
            }
        }
    }
    ctx.push(f);

    let mut f = Finding::new(
        "art18.4.spontaneous_information",
        Provision::untoc(18).para(4),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.message = msg!("art18-spontaneous-information");
    ctx.push(f);

    // 18(7)
    // The treaty as the case names it, else "their treaty" in the language.
    let treaty: Arg = match ctx.case.request.treaty_phrase() {
        Some(name) => name,
        None => msg!("art18-their-treaty").into(),
    };
    let mut f = Finding::new(
        "art18.7.paragraphs_9_29",
        Provision::untoc(18).para(7),
        Outcome::Undetermined,
    );
    match (
        ctx.case.request.treaty_in_force,
        ctx.case.request.agreed_to_apply_art18_9_29,
    ) {
        (Some(false), _) => {
            f.outcome = Outcome::Yes;
            f.message = msg!("art18-regime-no-treaty");
        }
        (_, Some(true)) => {
            f.outcome = Outcome::Yes;
            f.message = msg!("art18-regime-agreed");
        }
        (Some(true), Some(false)) => {
            f.outcome = Outcome::No;
            f.message = msg!("art18-regime-treaty", treaty = treaty.clone());
        }
        (Some(true), None) => {
            f.missing.push("request.agreed_to_apply_art18_9_29".into());
            f.message = msg!("art18-regime-agreement-missing", treaty = treaty.clone());
        }
        (None, _) => {
            f.missing.push("request.treaty_in_force".into());
            f.message = msg!("art18-regime-treaty-missing");
        }
    }
    // Paragraphs 9-29 govern only a request art. 18 reaches.
    let treaty_regime = f.outcome;
    if basis.outcome != Outcome::Yes && f.outcome != Outcome::No {
        let tri = Tri::all(&[basis, &Tri::of(f.outcome)]);
        f.outcome = tri.outcome;
        let mut missing = basis.missing.clone();
        for m in std::mem::take(&mut f.missing) {
            if !missing.contains(&m) {
                missing.push(m);
            }
        }
        f.missing = missing;
        f.because = crate::outcome::Because::from_slice(&basis.because);
        f.inputs.extend_from_slice(&basis.inputs);
        let inner = std::mem::take(&mut f.message);
        f.message = msg!("art18-regime-if-applies", regime = inner);
    }
    ctx.push(f);

    // 18(8): outside 9-29, so it survives a treaty.
    let mut f = Finding::new(
        "art18.8.bank_secrecy",
        Provision::untoc(18).para(8),
        Outcome::Yes,
    );
    f.strength = Some(Strength::ProhibitedGround);
    f.message = if treaty_regime == Outcome::No {
        msg!(
            "art18-bank-secrecy-treaty",
            requested = b,
            treaty = treaty.clone()
        )
    } else {
        msg!("art18-bank-secrecy", requested = b)
    };
    ctx.push(f);

    if treaty_regime == Outcome::No {
        let mut f = Finding::new(
            "art18.7.treaty_governs",
            Provision::untoc(18).para(7),
            Outcome::Yes,
        );
        f.message = msg!("art18-treaty-governs", treaty = treaty);
        ctx.push(f);
        return;
    }
    if treaty_regime != Outcome::Yes {
        return;
    }
    mini_treaty(ctx, b);
}

/// Art. 18(9)'s fact, over every offence of the request: is the conduct an
/// offence in the requested State? `Some(false)` when not for one offence,
/// `Some(true)` when it is for all, otherwise `None` with the fact path of
/// each offence that does not say. Art. 13(3) applies it to confiscation.
pub(crate) fn punishable_in_requested(ctx: &Ctx<'_>) -> (Option<bool>, crate::outcome::Facts) {
    let b = ctx.requested;
    let each: Vec<Option<bool>> = ctx.case.offences.iter().map(|o| o.punishable(b)).collect();
    if each.contains(&Some(false)) {
        return (Some(false), crate::outcome::Facts::new());
    }
    let several = ctx.case.several_offences;
    let missing: crate::outcome::Facts = each
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_none())
        .map(|(i, _)| {
            let n = if several { i as u32 + 1 } else { 0 };
            crate::outcome::Fact::offence(n, "punishable_in").of(b)
        })
        .collect();
    if missing.is_empty() {
        (Some(true), missing)
    } else {
        (None, missing)
    }
}

/// An art. 18(3) purpose, named with its pinpoint.
pub fn measure_name(m: Measure) -> Msg {
    match m {
        Measure::TakingEvidence => msg!("art18-measure-taking-evidence"),
        Measure::ServiceOfDocuments => msg!("art18-measure-service-of-documents"),
        Measure::SearchSeizureFreezing => msg!("art18-measure-search-seizure-freezing"),
        Measure::ExaminingObjectsSites => msg!("art18-measure-examining-objects-sites"),
        Measure::InformationExpertEvaluations => {
            msg!("art18-measure-information-expert-evaluations")
        }
        Measure::DocumentsRecords => msg!("art18-measure-documents-records"),
        Measure::TracingProceeds => msg!("art18-measure-tracing-proceeds"),
        Measure::VoluntaryAppearance => msg!("art18-measure-voluntary-appearance"),
        Measure::Other => msg!("art18-measure-other"),
    }
}

/// Paragraphs 9-29, when they govern.
fn mini_treaty(ctx: &mut Ctx<'_>, b: StateCode) {
    // 18(9)
    let mut f = Finding::new(
        "art18.9.may_decline_without_dual_criminality",
        Provision::untoc(18).para(9),
        Outcome::Undetermined,
    );
    match punishable_in_requested(ctx) {
        (Some(false), _) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::Discretionary);
            if let Some(v) = ctx.domestic(b, "art18.9.assists_without_dual_criminality", &mut f) {
                f.message = if v {
                    msg!(
                        "art18-dual-criminality-absent-assists",
                        requested = Arg::Code(b)
                    )
                } else {
                    msg!(
                        "art18-dual-criminality-absent-declines",
                        requested = Arg::Code(b)
                    )
                };
            } else {
                f.message = msg!("art18-dual-criminality-absent", requested = Arg::Code(b));
            }
        }
        (Some(true), _) => {
            f.outcome = Outcome::No;
            f.message = msg!("art18-dual-criminality-present", requested = Arg::Code(b));
        }
        (None, missing) => {
            f.missing = missing;
            f.message = msg!("art18-dual-criminality-missing", requested = Arg::Code(b));
        }
    }
    ctx.push(f);

    let mut f = Finding::new(
        "art18.10.transfer_of_detained_persons",
        Provision::untoc(18).para(10),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.message = msg!("art18-detained-persons");
    ctx.push(f);

    // 18(13)
    let mut f = Finding::new(
        "art18.13.central_authority",
        Provision::untoc(18).para(13),
        Outcome::Undetermined,
    );
    let (authority, source) = central_authority(ctx, b);
    f.sources.extend(source);
    match authority {
        Some(text) => {
            f.outcome = Outcome::Yes;
            f.message = msg!(
                "art18-central-authority-yes",
                requested = b,
                authority = Arg::text(text)
            );
        }
        None => {
            f.missing
                .push(crate::outcome::Fact::state(b, "central_authority"));
            f.message = msg!("art18-central-authority-missing", requested = b);
        }
    }
    ctx.push(f);

    // 18(14)
    let mut f = Finding::new(
        "art18.14.language",
        Provision::untoc(18).para(14),
        Outcome::Undetermined,
    );
    let stated = ctx.state_facts(b).and_then(|s| s.languages.clone());
    let (accepted, source) = match stated {
        Some(l) => (
            Some(msg!(
                "art18-language-stated",
                requested = b,
                languages = Arg::List(l.into_iter().map(Arg::text).collect())
            )),
            Some(Cited::Case(format!("states.{b}.languages"))),
        ),
        None => {
            let (notified, source) = notification_text(ctx, b, "18(14)");
            let message = notified.map(|t| {
                msg!(
                    "art18-language-notified",
                    requested = b,
                    notification = Arg::text(t)
                )
            });
            (message, source)
        }
    };
    f.sources.extend(source);
    match accepted {
        Some(m) => {
            f.outcome = Outcome::Yes;
            f.message = m;
        }
        None => {
            f.missing.push(crate::outcome::Fact::state(b, "languages"));
            f.message = msg!("art18-language-missing", requested = b);
        }
    }
    ctx.push(f);

    // 18(21) and 18(22) take their messages below.
    let simple: [(&str, u8, Option<Strength>, Msg); 13] = [
        (
            "art18.15.contents",
            15,
            Some(Strength::Mandatory),
            msg!("art18-contents"),
        ),
        (
            "art18.17.applicable_law",
            17,
            Some(Strength::MandatoryQualified),
            msg!("art18-applicable-law"),
        ),
        (
            "art18.18.videoconference",
            18,
            Some(Strength::Discretionary),
            msg!("art18-videoconference"),
        ),
        (
            "art18.19.use_limitation",
            19,
            Some(Strength::Mandatory),
            msg!("art18-use-limitation"),
        ),
        (
            "art18.20.confidentiality",
            20,
            Some(Strength::MandatoryQualified),
            msg!("art18-confidentiality"),
        ),
        (
            "art18.21.refusal_grounds",
            21,
            Some(Strength::Discretionary),
            Msg::new(""),
        ),
        ("art18.22.fiscal_not_sole_ground", 22, None, Msg::new("")),
        (
            "art18.23.reasons_for_refusal",
            23,
            Some(Strength::Mandatory),
            msg!("art18-reasons-for-refusal"),
        ),
        (
            "art18.24.timeliness",
            24,
            Some(Strength::MandatoryQualified),
            msg!("art18-timeliness"),
        ),
        (
            "art18.25.postponement",
            25,
            Some(Strength::Discretionary),
            msg!("art18-postponement"),
        ),
        (
            "art18.26.consult_before_refusal",
            26,
            Some(Strength::Mandatory),
            msg!("art18-consult-before-refusal"),
        ),
        (
            "art18.27.safe_conduct",
            27,
            Some(Strength::Mandatory),
            msg!("art18-safe-conduct"),
        ),
        (
            "art18.28.costs",
            28,
            Some(Strength::MandatoryQualified),
            msg!("art18-costs"),
        ),
    ];
    // The 18(21) finding when it rests on the 18(22) one, pushed after it.
    let mut waits_for_fiscal: Option<usize> = None;
    for (id, para, strength, text) in simple {
        let mut f = Finding::new(id, Provision::untoc(18).para(para), Outcome::Yes);
        f.strength = strength;
        f.message = text;
        if para == 21 && refusal_grounds(ctx, &mut f, b) {
            waits_for_fiscal = Some(ctx.findings.len());
        }
        if para == 22 {
            f = crate::art16::fiscal_not_sole_ground(
                ctx,
                "art18.22.fiscal_not_sole_ground",
                Provision::untoc(18).para(22),
            );
        }
        let at = ctx.findings.len() as u32;
        ctx.push(f);
        if para == 22 {
            if let Some(refusal) = waits_for_fiscal {
                ctx.findings[refusal].because.push(at);
            }
        }
    }
    let mut f = Finding::new(
        "art18.29.government_records",
        Provision::untoc(18).para(29),
        Outcome::Yes,
    );
    f.strength = Some(Strength::MandatoryQualified);
    f.message = msg!("art18-government-records");
    ctx.push(f);
}

/// Art. 18(21): the four refusal grounds of the mini-treaty. (a) is about the
/// request's conformity; (b) is the requested State's own assessment; (c) and
/// (d) are questions for its law, asked as grounds *other than* bank secrecy
/// or the fiscal nature of the offence: 18(8) and 18(22) are special rules
/// that no domestic bar under (c) or (d) can override. Where the case says
/// the bar is one of those (`request.refusal_ground`), the finding is a
/// `conflict` naming both provisions.
/// Returns whether the finding rests on the 18(22) finding, which is pushed
/// after it.
fn refusal_grounds(ctx: &Ctx<'_>, f: &mut Finding, b: StateCode) -> bool {
    use crate::facts::RefusalGround;
    let mut rests_on_fiscal = false;
    let c = ctx.domestic(b, "art18.21.c.domestic_bar_similar_offence", f);
    let d = ctx.domestic(b, "art18.21.d.contrary_to_legal_system", f);
    let requested = Arg::Code(b);
    let which = if c == Some(true) {
        msg!("art18-refusal-which-c")
    } else {
        msg!("art18-refusal-which-d")
    };
    match (c, d, ctx.case.request.refusal_ground) {
        (Some(true), _, Some(RefusalGround::BankSecrecy))
        | (_, Some(true), Some(RefusalGround::BankSecrecy)) => {
            f.outcome = Outcome::Conflict;
            f.because = ctx
                .position_of("art18.8.bank_secrecy")
                .into_iter()
                .collect();
            f.message = msg!(
                "art18-refusal-conflict-bank-secrecy",
                requested = requested,
                which = which
            );
        }
        (Some(true), _, Some(RefusalGround::FiscalMatters))
        | (_, Some(true), Some(RefusalGround::FiscalMatters)) => {
            f.outcome = Outcome::Conflict;
            // Rests on the 18(22) finding, which comes next: the loop over
            // the paragraphs points `because` at it once it is pushed.
            f.because = crate::outcome::Because::new();
            rests_on_fiscal = true;
            f.message = msg!(
                "art18-refusal-conflict-fiscal",
                requested = requested,
                which = which
            );
        }
        (Some(true), _, _) | (_, Some(true), _) => {
            f.outcome = Outcome::Yes;
            f.message = msg!("art18-refusal-yes", requested = requested, which = which);
        }
        (Some(false), Some(false), _) => {
            f.outcome = Outcome::No;
            f.basis = Basis::Text;
            f.message = msg!("art18-refusal-no", requested = requested);
        }
        _ => {
            f.outcome = Outcome::DependsOnDomesticLaw;
            f.message = msg!("art18-refusal-depends", requested = requested);
        }
    }
    rests_on_fiscal
}
