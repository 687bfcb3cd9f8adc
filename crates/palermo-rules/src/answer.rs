//! The answer a central authority acts on, read off an assessment: a
//! headline that reflects the facts that decide the practical outcome, the
//! route (the next steps the Convention gives), the risks (refusal grounds,
//! ranked), the drafting checklist, the points to check in a governing
//! treaty, and the caveats on what the answer rests on. All as messages:
//! nothing here formats text.
//!
//! The engine's findings stay the authority; this module only selects and
//! orders them for a reader. Each step cites its provision.

use jiff::civil::Date;
use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};

use crate::assess::{Assessment, MissingTier};
use crate::facts::{Case, Options, RequestKind, SeriousCrimeLaw};
use crate::outcome::{Basis, Cited, Finding, Outcome};
use crate::readings::ReadingSplit;
use crate::RefData;

/// What a reader acts on.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The answer in one sentence, with the decisive practical fact.
    pub headline: Msg,
    /// Whether the answer favours the request, all things considered
    /// (a legal basis that exists but a stated bar defeats is not favourable).
    pub favourable: Option<bool>,
    /// The next steps the Convention gives, in order.
    pub route: Vec<Step>,
    /// Refusal grounds and other risks, the most likely first.
    pub risks: Vec<Step>,
    /// What the request must contain.
    pub checklist: Vec<Step>,
    /// When a treaty governs (16(3), 18(7)): what to check in it.
    pub treaty_points: Vec<Step>,
    /// What the answer rests on that a reader should know.
    pub caveats: Vec<Caveat>,
}

/// One step, risk or checklist item, with its provision.
#[derive(Clone, Debug)]
pub struct Step {
    /// What to do or check.
    pub msg: Msg,
    /// Where the Convention says so.
    pub citation: Option<Provision>,
}

/// Why a reader should look twice at the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaveatKind {
    /// It rests on a fact or a domestic-law answer stated in the case, not
    /// on the reference data.
    StatedInCase,
    /// It rests on reference data more than a year older than `as_of`.
    OldData,
    /// It rests on a documented interpretation.
    Interpretation,
    /// Under another documented reading the answer differs.
    Sensitivity,
}

impl CaveatKind {
    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            CaveatKind::StatedInCase => "stated_in_case",
            CaveatKind::OldData => "old_data",
            CaveatKind::Interpretation => "interpretation",
            CaveatKind::Sensitivity => "sensitivity",
        }
    }
}

/// A caveat.
#[derive(Clone, Debug)]
pub struct Caveat {
    /// Its kind.
    pub kind: CaveatKind,
    /// What to know.
    pub msg: Msg,
}

/// The answer under another documented reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The option that changes (`--serious-crime-law either`).
    pub reading: &'static str,
    /// The answer's outcome under it.
    pub outcome: Outcome,
}

fn step(id: &'static str, citation: Option<Provision>) -> Step {
    Step {
        msg: Msg::new(id),
        citation,
    }
}

fn outcome_of(a: &Assessment, id: &str) -> Option<Outcome> {
    a.finding(id).map(|f| f.outcome)
}

/// Findings whose `yes` is bad news for the request: a bar applies, the
/// requested State may decline. Their marks show the effect, not the truth
/// value (✘ for a bar that applies).
pub fn adverse_when_yes(id: &str) -> bool {
    let b = id.as_bytes();
    // One pass over the base (the id before an offence's `#n`): each
    // phrase has its first `_` at a known place, so only an underscore can
    // start a comparison (ids have few). No phrase holds a `#`, so one that
    // starts in the base ends there.
    let at = |start: Option<usize>, phrase: &[u8]| {
        start.is_some_and(|s| b[s] == phrase[0] && b[s..].starts_with(phrase))
    };
    let mut end = b.len();
    for (i, &c) in b.iter().enumerate() {
        if c == b'#' {
            end = i;
            break;
        }
        if c == b'_'
            && (at(i.checked_sub(3), b"may_decline")
                || at(i.checked_sub(8), b"domestic_bar")
                || at(i.checked_sub(8), b"contrary_to_legal_system"))
        {
            return true;
        }
    }
    let base = &b[..end];
    base.ends_with(b"_bar")
        || base == b"art16.14.discrimination_refusal"
        || base == b"art18.25.postponement"
}

/// Whether a finding is favourable to the request (`Some(true)`), adverse
/// (`Some(false)`) or neither yet.
pub fn effect(f: &Finding) -> Option<bool> {
    // The id is read only when the outcome is yes or no.
    match f.outcome {
        Outcome::Yes => Some(!adverse_when_yes(&f.id)),
        Outcome::No => Some(adverse_when_yes(&f.id)),
        _ => None,
    }
}

/// `m` with the two States of `a` as `requesting` and `requested` (the
/// words for a State not given where the case gives none).
fn with_states(m: Msg, a: &Assessment) -> Msg {
    let m = match a.requesting {
        Some(s) => m.arg("requesting", s),
        None => m.arg("requesting", Msg::new("state-requesting-unknown")),
    };
    match a.requested {
        Some(s) => m.arg("requested", s),
        None => m.arg("requested", Msg::new("state-requested-unknown")),
    }
}

/// Reads the answer off an assessment of `case`.
pub fn answer(a: &Assessment, case: &Case) -> Answer {
    let ans = a.answer();
    let with_states = |m: Msg| -> Msg { with_states(m, a) };
    let mut route = Vec::new();
    let mut risks = Vec::new();
    let mut treaty_points = Vec::new();
    let decisive: Vec<&crate::Fact> = a
        .missing
        .iter()
        .zip(&a.missing_tiers)
        .filter(|(_, t)| **t == MissingTier::Decisive)
        .map(|(m, _)| m)
        .collect();
    let mut favourable = match ans.outcome {
        Outcome::Yes => Some(true),
        Outcome::No => Some(false),
        _ => None,
    };

    let headline = match (a.kind, ans.outcome) {
        (_, Outcome::Undetermined) => {
            let first = decisive.first().copied().or(a.missing.first());
            match first {
                Some(path) => Msg::new("headline-undetermined")
                    .arg("n", decisive.len().max(1))
                    .arg("first", fact_question(path, a.kind)),
                None => Msg::new("headline-undetermined-no-fact"),
            }
        }
        (_, Outcome::Conflict) => Msg::new("headline-conflict"),
        (_, Outcome::DependsOnDomesticLaw) => match a.domestic_law_questions.first() {
            Some(q) => Msg::new("headline-depends")
                .arg("state", q.state)
                .arg("question", q.question.clone()),
            None => Msg::new("headline-depends-no-question"),
        },
        (None, Outcome::Yes) => Msg::new("headline-covered-yes"),
        (None, Outcome::No) => Msg::new("headline-covered-no").arg("reason", ans.message.clone()),
        (Some(_), Outcome::No) if deciding_leaves(a).first().is_some_and(|f| f.id == ans.id) => {
            Msg::new("headline-no-itself")
                .arg("reason", ans.message.clone())
                .arg("citation", ans.citation)
        }
        (Some(kind), Outcome::No) => {
            let reasons: Vec<Arg> = deciding_leaves(a)
                .into_iter()
                .map(|f| {
                    Arg::Nested(Box::new(
                        Msg::new("reason-with-citation")
                            .arg("reason", f.message.clone())
                            .arg("citation", f.citation),
                    ))
                })
                .collect();
            with_states(Msg::new("headline-no"))
                .arg("kind", kind_term(kind))
                .arg("n", reasons.len())
                .arg("reasons", Arg::List(reasons))
        }
        (Some(RequestKind::Extradition), Outcome::Yes) => {
            extradition_headline(a, &mut favourable, with_states)
        }
        (Some(RequestKind::MutualLegalAssistance), Outcome::Yes) => {
            mla_headline(a, case, &mut favourable, with_states)
        }
        (Some(kind), Outcome::Yes) => with_states(Msg::new(match kind {
            RequestKind::Confiscation => "headline-confiscation-yes",
            RequestKind::JointInvestigation => "headline-joint-investigation-yes",
            RequestKind::SpecialInvestigativeTechniques => "headline-special-techniques-yes",
            RequestKind::TransferOfProceedings => "headline-transfer-of-proceedings-yes",
            RequestKind::LawEnforcementCooperation => "headline-law-enforcement-yes",
            RequestKind::TransferOfSentencedPersons => "headline-transfer-of-sentenced-yes",
            // Handled above; kept explicit so a new kind is a compile error here.
            RequestKind::Extradition | RequestKind::MutualLegalAssistance => "headline-yes",
        }))
        .arg("citation", ans.citation),
    };

    // The route.
    match (a.kind, ans.outcome) {
        (_, Outcome::Undetermined) => {
            for path in decisive.iter().take(3) {
                route.push(Step {
                    msg: Msg::new("route-establish").arg("question", fact_question(path, a.kind)),
                    citation: None,
                });
            }
        }
        (_, Outcome::DependsOnDomesticLaw) => {
            for q in ordered_questions(a).into_iter().take(3) {
                route.push(Step {
                    msg: Msg::new("route-ask-domestic-law")
                        .arg("state", q.state)
                        .arg("question", q.question.clone()),
                    citation: Some(q.citation),
                });
            }
        }
        (Some(_), Outcome::No) => {
            route.push(Step {
                msg: with_states(Msg::new("route-other-basis")),
                citation: None,
            });
        }
        (Some(RequestKind::Extradition), Outcome::Yes) => {
            extradition_route(a, &mut route, &mut risks, with_states)
        }
        (Some(RequestKind::MutualLegalAssistance), Outcome::Yes) => {
            mla_route(a, case, &mut route, &mut risks, with_states)
        }
        (Some(RequestKind::Confiscation), Outcome::Yes) => {
            if case.request.confiscation_measure
                != Some(crate::facts::ConfiscationMeasure::IdentifyTraceFreeze)
            {
                route.push(step(
                    "route-confiscation-freeze-first",
                    Some(Provision::untoc(13).para(2)),
                ));
            }
            route.push(Step {
                msg: with_states(Msg::new("route-confiscation-send")),
                citation: Some(Provision::untoc(13).para(3)),
            });
            if case.request.return_requested == Some(true) {
                route.push(Step {
                    msg: with_states(Msg::new("route-confiscation-return")),
                    citation: Some(Provision::untoc(14).para(2)),
                });
            }
        }
        (Some(RequestKind::JointInvestigation), Outcome::Yes) => {
            route.push(Step {
                msg: with_states(Msg::new("route-joint-investigation-agree")),
                citation: Some(Provision::untoc(19)),
            });
        }
        (Some(RequestKind::SpecialInvestigativeTechniques), Outcome::Yes) => {
            route.push(Step {
                msg: with_states(Msg::new("route-special-techniques-agree")),
                citation: Some(Provision::untoc(20).para(2)),
            });
        }
        (Some(RequestKind::TransferOfProceedings), Outcome::Yes) => {
            route.push(Step {
                msg: with_states(Msg::new("route-transfer-of-proceedings")),
                citation: Some(Provision::untoc(21)),
            });
        }
        (Some(RequestKind::LawEnforcementCooperation), Outcome::Yes) => {
            route.push(Step {
                msg: with_states(Msg::new("route-law-enforcement")),
                citation: Some(Provision::untoc(27).para(1)),
            });
        }
        (Some(RequestKind::TransferOfSentencedPersons), Outcome::Yes) => {
            route.push(step(
                "route-transfer-of-sentenced",
                Some(Provision::untoc(17)),
            ));
        }
        (None, _) | (_, Outcome::Conflict) => {}
    }

    // What to check in a governing treaty.
    let treaty_governs = match a.kind {
        Some(RequestKind::Extradition) => ans.citation == Provision::untoc(16).para(3),
        Some(RequestKind::MutualLegalAssistance) => {
            outcome_of(a, "art18.7.treaty_governs") == Some(Outcome::Yes)
        }
        Some(
            RequestKind::Confiscation
            | RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation,
        )
        | None => false,
    };
    if treaty_governs {
        let treaty = treaty_arg(case);
        let (fiscal_id, fiscal, refusal) = if a.kind == Some(RequestKind::Extradition) {
            (
                "treaty-check-fiscal",
                Provision::untoc(16).para(15),
                Provision::untoc(16).para(7),
            )
        } else {
            (
                "treaty-check-fiscal-mla",
                Provision::untoc(18).para(22),
                Provision::untoc(18).para(7),
            )
        };
        for (id, citation) in [
            ("treaty-check-refusal-grounds", Some(refusal)),
            (fiscal_id, Some(fiscal)),
            ("treaty-check-dual-criminality", None),
            ("treaty-check-channels", None),
        ] {
            treaty_points.push(Step {
                msg: Msg::new(id).arg("treaty", treaty.clone()),
                citation,
            });
        }
    }

    // The instrument a practitioner would normally use, where the data
    // records one in force between the two States (`bases.preferred`): a
    // documented reading, which no provision of the Convention states, and
    // said to be one, with where it is explained.
    if let Some(f) = a.finding("bases.preferred") {
        let anchor = match f.basis {
            crate::Basis::Interpretation(anchor) => anchor,
            crate::Basis::Text => "preferred-instrument",
        };
        route.insert(
            0,
            Step {
                msg: Msg::new("route-preferred-instrument")
                    .arg("preferred", f.message.clone())
                    .arg("anchor", Arg::text(format!("#{anchor}"))),
                citation: None,
            },
        );
    }

    let checklist = checklist(a.kind);
    let caveats = caveats(a);
    Answer {
        headline,
        favourable,
        route,
        risks,
        checklist,
        treaty_points,
        caveats,
    }
}

/// The findings at the bottom of the answer's reasoning that decide it:
/// from the answer, follow every reason with the same outcome down to those
/// that rest on nothing further with that outcome (at most three, in
/// reasoning order).
pub fn deciding_leaves(a: &Assessment) -> Vec<&Finding> {
    let root = a.answer_position();
    let outcome = a.findings[root].outcome;
    let mut seen = vec![false; a.findings.len()];
    let mut leaves: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = vec![root];
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        let before = stack.len();
        let same = |&c: &usize| a.findings[c].outcome == outcome;
        stack.extend(
            (a.findings[i].because.iter().rev())
                .map(|&c| c as usize)
                .filter(same),
        );
        if stack.len() == before {
            leaves.push(i);
        }
    }
    leaves.sort_unstable();
    leaves.truncate(3);
    leaves.into_iter().map(|i| &a.findings[i]).collect()
}

/// The kind of request as a term ("extradition").
pub fn kind_term(kind: RequestKind) -> Msg {
    Msg::new(match kind {
        RequestKind::Extradition => "kind-extradition",
        RequestKind::MutualLegalAssistance => "kind-mutual-legal-assistance",
        RequestKind::Confiscation => "kind-confiscation",
        RequestKind::TransferOfSentencedPersons => "kind-transfer-of-sentenced-persons",
        RequestKind::TransferOfProceedings => "kind-transfer-of-proceedings",
        RequestKind::JointInvestigation => "kind-joint-investigation",
        RequestKind::SpecialInvestigativeTechniques => "kind-special-investigative-techniques",
        RequestKind::LawEnforcementCooperation => "kind-law-enforcement-cooperation",
    })
}

fn extradition_headline(
    a: &Assessment,
    favourable: &mut Option<bool>,
    with_states: impl Fn(Msg) -> Msg,
) -> Msg {
    let ans = a.answer();
    // A bar the case states decides the practical outcome.
    if outcome_of(a, "art16.7.domestic_conditions") == Some(Outcome::No) {
        *favourable = Some(false);
        let bars = a
            .finding("art16.7.domestic_conditions")
            .map(|f| f.message.clone())
            .unwrap_or_default();
        return with_states(Msg::new("headline-extradition-barred")).arg("bars", bars);
    }
    if outcome_of(a, "art16.10.prosecute_if_not_extradited") == Some(Outcome::Yes) {
        *favourable = Some(false);
        let enforcement = outcome_of(a, "art16.12.enforce_foreign_sentence") == Some(Outcome::Yes);
        return with_states(Msg::new(if enforcement {
            "headline-extradition-national-enforce"
        } else {
            "headline-extradition-national-prosecute"
        }));
    }
    // A route by cases names both branches: the reader must establish
    // which holds before sending the request.
    if let Some(open) = crate::art16::open_route(ans) {
        use crate::art16::{OpenRoute, ViaNoTreaty};
        let id = match open {
            OpenRoute::TreatyOr(ViaNoTreaty::Convention) => {
                "headline-extradition-treaty-or-convention"
            }
            OpenRoute::TreatyOr(ViaNoTreaty::NoTreatyNeeded) => {
                "headline-extradition-treaty-or-own-law"
            }
            OpenRoute::TreatyOr(ViaNoTreaty::ConventionOrNoTreaty) => {
                "headline-extradition-treaty-or-either"
            }
            OpenRoute::ConventionOrOwnLaw => "headline-extradition-convention-or-own-law",
        };
        return with_states(Msg::new(id));
    }
    let id = if ans.citation == Provision::untoc(16).para(3) {
        "headline-extradition-treaty"
    } else if ans.citation == Provision::untoc(16).para(6) {
        "headline-extradition-own-law"
    } else {
        "headline-extradition-convention"
    };
    with_states(Msg::new(id)).arg("citation", ans.citation)
}

fn extradition_route(
    a: &Assessment,
    route: &mut Vec<Step>,
    risks: &mut Vec<Step>,
    with_states: impl Fn(Msg) -> Msg,
) {
    let ans = a.answer();
    let national = outcome_of(a, "art16.10.prosecute_if_not_extradited");
    if national == Some(Outcome::Yes) {
        let enforcement = outcome_of(a, "art16.12.enforce_foreign_sentence") == Some(Outcome::Yes);
        if enforcement {
            route.push(Step {
                msg: with_states(Msg::new("route-extradition-enforce-sentence")),
                citation: Some(Provision::untoc(16).para(12)),
            });
        } else {
            route.push(Step {
                msg: with_states(Msg::new("route-extradition-prosecute")),
                citation: Some(Provision::untoc(16).para(10)),
            });
            route.push(Step {
                msg: with_states(Msg::new("route-extradition-send-evidence")),
                citation: Some(Provision::untoc(18)),
            });
        }
        if outcome_of(a, "art16.11.conditional_surrender") != Some(Outcome::No) {
            route.push(Step {
                msg: with_states(Msg::new("route-extradition-conditional-surrender")),
                citation: Some(Provision::untoc(16).para(11)),
            });
        }
        return;
    }
    // Whether a treaty binds the two States is not given: it decides under
    // what the request is sent.
    let open = crate::art16::open_route(ans);
    let send = {
        use crate::art16::{OpenRoute, ViaNoTreaty};
        match open {
            Some(OpenRoute::TreatyOr(ViaNoTreaty::ConventionOrNoTreaty)) => {
                "route-extradition-send-by-cases-either"
            }
            Some(OpenRoute::TreatyOr(_)) => "route-extradition-send-by-cases",
            Some(OpenRoute::ConventionOrOwnLaw) => "route-extradition-send-convention-or-own-law",
            // Under 16(3) the legal basis is the treaty, to which the
            // Convention adds the offence.
            None if ans.citation == Provision::untoc(16).para(3) => "route-extradition-send-treaty",
            None => "route-extradition-send",
        }
    };
    route.push(Step {
        msg: with_states(Msg::new(send)).arg("citation", ans.citation),
        // By cases, no one paragraph is the legal basis: the step names
        // each branch's, and is cited to the article.
        citation: Some(if open.is_some() {
            Provision::untoc(16)
        } else {
            ans.citation
        }),
    });
    route.push(step(
        "route-extradition-provisional-arrest",
        Some(Provision::untoc(16).para(9)),
    ));
    if national == Some(Outcome::DependsOnDomesticLaw) || national == Some(Outcome::Undetermined) {
        risks.push(Step {
            msg: with_states(Msg::new("risk-extradition-nationality")),
            citation: Some(Provision::untoc(16).para(10)),
        });
    }
    if outcome_of(a, "art16.7.domestic_conditions") == Some(Outcome::DependsOnDomesticLaw) {
        risks.push(Step {
            msg: with_states(Msg::new("risk-extradition-domestic-grounds")),
            citation: Some(Provision::untoc(16).para(7)),
        });
    }
    risks.push(step(
        "risk-extradition-discrimination",
        Some(Provision::untoc(16).para(14)),
    ));
    route.push(Step {
        msg: with_states(Msg::new("route-extradition-consultation")),
        citation: Some(Provision::untoc(16).para(16)),
    });
}

fn mla_headline(
    a: &Assessment,
    case: &Case,
    favourable: &mut Option<bool>,
    with_states: impl Fn(Msg) -> Msg,
) -> Msg {
    use crate::facts::RefusalGround;
    // Under a treaty (18(7)) paragraphs 9 to 29, with 18(21)-(22), do not
    // govern; 18(8) (bank secrecy) binds whatever the regime.
    let treaty = treaty_governs_mla(a);
    match case.request.refusal_ground {
        Some(RefusalGround::FiscalMatters | RefusalGround::Other) if treaty => {
            return with_states(Msg::new("headline-mla-treaty"));
        }
        Some(RefusalGround::BankSecrecy) => {
            return with_states(Msg::new("headline-mla-bank-secrecy"));
        }
        Some(RefusalGround::FiscalMatters) => {
            return with_states(Msg::new("headline-mla-fiscal"));
        }
        Some(RefusalGround::Other) => {
            *favourable = Some(false);
            return with_states(Msg::new("headline-mla-refusal-ground"));
        }
        None => {}
    }
    if treaty {
        with_states(Msg::new("headline-mla-treaty"))
    } else {
        with_states(Msg::new("headline-mla-convention"))
    }
}

/// Whether a mutual legal assistance treaty governs the request instead of
/// art. 18(9)-(29) (art. 18(7)).
fn treaty_governs_mla(a: &Assessment) -> bool {
    outcome_of(a, "art18.7.treaty_governs") == Some(Outcome::Yes)
}

fn treaty_arg(case: &Case) -> Arg {
    case.request
        .treaty_phrase()
        .unwrap_or(Arg::Term("treaty-unnamed"))
}

fn mla_route(
    a: &Assessment,
    case: &Case,
    route: &mut Vec<Step>,
    risks: &mut Vec<Step>,
    with_states: impl Fn(Msg) -> Msg,
) {
    if treaty_governs_mla(a) {
        route.push(Step {
            msg: with_states(Msg::new("route-mla-treaty-channels")).arg("treaty", treaty_arg(case)),
            citation: Some(Provision::untoc(18).para(7)),
        });
        route.push(step(
            "route-mla-preservation",
            Some(Provision::untoc(27).para(1)),
        ));
        risks.push(Step {
            msg: Msg::new("risk-mla-treaty-grounds").arg("treaty", treaty_arg(case)),
            citation: Some(Provision::untoc(18).para(7)),
        });
        return;
    }
    route.push(Step {
        msg: with_states(Msg::new("route-mla-central-authority")),
        citation: Some(Provision::untoc(18).para(13)),
    });
    route.push(Step {
        msg: with_states(Msg::new("route-mla-language")),
        citation: Some(Provision::untoc(18).para(14)),
    });
    route.push(step(
        "route-mla-urgent",
        Some(Provision::untoc(18).para(13)),
    ));
    route.push(step(
        "route-mla-preservation",
        Some(Provision::untoc(27).para(1)),
    ));
    if outcome_of(a, "art18.9.may_decline_without_dual_criminality") == Some(Outcome::Yes)
        || outcome_of(a, "art18.9.may_decline_without_dual_criminality")
            == Some(Outcome::DependsOnDomesticLaw)
    {
        risks.push(Step {
            msg: with_states(Msg::new("risk-mla-dual-criminality")),
            citation: Some(Provision::untoc(18).para(9)),
        });
    }
    if case.request.refusal_ground == Some(crate::facts::RefusalGround::Other) {
        risks.push(Step {
            msg: with_states(Msg::new("risk-mla-stated-ground")),
            citation: Some(Provision::untoc(18).para(21)),
        });
    }
    risks.push(step(
        "risk-mla-refusal-grounds",
        Some(Provision::untoc(18).para(21)),
    ));
    risks.push(step(
        "risk-mla-postponement",
        Some(Provision::untoc(18).para(25)),
    ));
    route.push(step(
        "route-mla-confidentiality",
        Some(Provision::untoc(18).para(20)),
    ));
}

/// The order in which a central authority works through the questions for
/// a State's law, by kind: for extradition the person's nationality first,
/// then the conditions (minimum penalty, evidence), then the refusal grounds;
/// for assistance dual criminality for coercive measures, then the refusal
/// grounds. Questions not listed keep their order, after the listed ones.
pub fn question_rank(kind: Option<RequestKind>, id: &str) -> usize {
    const EXTRADITION: &[&str] = &[
        "art16.7.extradites_own_nationals",
        "art16.11.conditional_surrender_allowed",
        "art16.12.enforces_foreign_sentences",
        "art16.10.prosecution_after_foreign_judgment",
        "art16.7.minimum_penalty_met",
        "art16.7.evidentiary_standard_met",
        "art16.7.political_offence_bar",
        "art16.7.death_penalty_bar",
        "art16.7.ne_bis_in_idem_bar",
        "art16.7.limitation_bar",
    ];
    const MLA: &[&str] = &[
        "art18.9.assists_without_dual_criminality",
        "art18.3.i.other_assistance_permitted",
        "art18.2.legal_person_liability",
        "art18.21.c.domestic_bar_similar_offence",
        "art18.21.d.contrary_to_legal_system",
    ];
    const CONFISCATION: &[&str] = &[
        "art13.1.requesting_state_jurisdiction",
        "art13.1.gives_effect_to_foreign_orders",
        "art14.2.return_permitted",
    ];
    let list: &[&str] = match kind {
        Some(RequestKind::Extradition) => EXTRADITION,
        Some(RequestKind::MutualLegalAssistance) => MLA,
        Some(RequestKind::Confiscation) => CONFISCATION,
        Some(
            RequestKind::TransferOfSentencedPersons
            | RequestKind::TransferOfProceedings
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::LawEnforcementCooperation,
        )
        | None => &[],
    };
    list.iter().position(|q| *q == id).unwrap_or(list.len())
}

/// The domestic-law questions of an assessment in the order a central
/// authority works (see [`question_rank`]); the sort is stable.
pub fn ordered_questions(a: &Assessment) -> Vec<&crate::outcome::AskedQuestion> {
    let mut v: Vec<&crate::outcome::AskedQuestion> = a.domestic_law_questions.iter().collect();
    v.sort_by_key(|q| question_rank(a.kind, q.id));
    v
}

/// What a request of this kind must contain, item by item, with the
/// provision that asks for it.
pub fn checklist(kind: Option<RequestKind>) -> Vec<Step> {
    let u = Provision::untoc;
    let items: &[(&'static str, Provision)] = match kind {
        Some(RequestKind::MutualLegalAssistance) => &[
            ("check-mla-authority", u(18).para(15).letter('a')),
            ("check-mla-subject", u(18).para(15).letter('b')),
            ("check-mla-facts", u(18).para(15).letter('c')),
            ("check-mla-assistance", u(18).para(15).letter('d')),
            ("check-mla-identity", u(18).para(15).letter('e')),
            ("check-mla-purpose", u(18).para(15).letter('f')),
            ("check-mla-additional", u(18).para(16)),
            ("check-mla-language", u(18).para(14)),
        ],
        Some(RequestKind::Extradition) => &[
            ("check-extradition-facts", u(16).para(1)),
            ("check-extradition-offences", u(16).para(1)),
            ("check-extradition-penalties", u(16).para(7)),
            ("check-extradition-person", u(16).para(9)),
            ("check-extradition-basis", u(16).para(4)),
            ("check-extradition-urgency", u(16).para(9)),
        ],
        Some(RequestKind::Confiscation) => &[
            ("check-confiscation-property", u(13).para(3).letter('a')),
            ("check-confiscation-order", u(13).para(3).letter('b')),
            ("check-confiscation-facts", u(13).para(3).letter('c')),
            ("check-confiscation-mla", u(13).para(3)),
        ],
        Some(
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation,
        )
        | None => &[],
    };
    items.iter().map(|&(id, p)| step(id, Some(p))).collect()
}

/// The findings the answer rests on: the answer and everything below it,
/// in reasoning order.
fn tree_positions(a: &Assessment) -> Vec<usize> {
    let n = a.findings.len();
    let mut seen = vec![false; n];
    let mut stack: Vec<usize> = Vec::with_capacity(n);
    stack.push(a.answer_position());
    while let Some(pos) = stack.pop() {
        if std::mem::replace(&mut seen[pos], true) {
            continue;
        }
        stack.extend(a.findings[pos].because.iter().map(|&i| i as usize));
    }
    let mut out = Vec::with_capacity(n);
    out.extend((0..n).filter(|&i| seen[i]));
    out
}

fn caveats(a: &Assessment) -> Vec<Caveat> {
    let mut out = Vec::new();
    let tree = tree_positions(a);
    let mut stated: Vec<Arg> = Vec::new();
    let mut oldest: Option<(Date, &'static str)> = None;
    let mut anchors: Vec<&'static str> = Vec::new();
    let limit = a
        .as_of
        .checked_sub(jiff::Span::new().years(1))
        .unwrap_or(a.as_of);
    for &i in &tree {
        let f = &a.findings[i];
        if let Basis::Interpretation(anchor) = f.basis {
            if !anchors.contains(&anchor) {
                anchors.push(anchor);
            }
        }
        for s in &f.sources {
            match s {
                Cited::Case(stated_fact) => {
                    // "states.KEN.x = true": the question the fact answers,
                    // and the answer, never the raw path in prose.
                    let (path, value) = stated_fact
                        .split_once(" = ")
                        .unwrap_or((stated_fact.as_str(), ""));
                    let answer: Arg = match value {
                        "true" => Arg::Term("word-yes"),
                        "false" => Arg::Term("word-no"),
                        other => Arg::text(other),
                    };
                    let arg = Arg::Nested(Box::new(
                        Msg::new("caveat-fact")
                            .arg(
                                "question",
                                crate::fact_questions::question_for(path, a.kind),
                            )
                            .arg("answer", answer),
                    ));
                    if !stated.contains(&arg) {
                        stated.push(arg);
                    }
                }
                Cited::DomesticLaw {
                    state,
                    question,
                    answer,
                } => {
                    let Some(q) = crate::questions::question(question) else {
                        continue;
                    };
                    let arg = Arg::Nested(Box::new(
                        Msg::new("caveat-fact")
                            .arg("question", q.ask(*state))
                            .arg("answer", Arg::Bool(*answer)),
                    ));
                    if !stated.contains(&arg) {
                        stated.push(arg);
                    }
                }
                Cited::Data { file, as_of, .. } => {
                    if let Ok(d) = as_of.parse::<Date>() {
                        if d < limit && oldest.is_none_or(|(o, _)| d < o) {
                            oldest = Some((d, file));
                        }
                    }
                }
            }
        }
    }
    if !stated.is_empty() {
        out.push(Caveat {
            kind: CaveatKind::StatedInCase,
            msg: Msg::new("caveat-stated-in-case")
                .arg("n", stated.len())
                .arg("facts", Arg::List(stated)),
        });
    }
    if let Some((d, file)) = oldest {
        out.push(Caveat {
            kind: CaveatKind::OldData,
            msg: Msg::new("caveat-old-data")
                .arg("date", d)
                .arg("as_of", a.as_of)
                .arg("file", Arg::text(file)),
        });
    }
    if !anchors.is_empty() {
        out.push(Caveat {
            kind: CaveatKind::Interpretation,
            msg: Msg::new("caveat-interpretation")
                .arg("n", anchors.len())
                .arg(
                    "anchors",
                    Arg::List(anchors.iter().map(|&a| interpretation_item(a)).collect()),
                ),
        });
    }
    out
}

/// An interpretation as the caveat lists it: its entry's title, quoted, and
/// its anchor (`“Whose law decides …” (#serious-crime-law)`).
pub fn interpretation_item(anchor: &str) -> Arg {
    let title = match crate::catalogue::interpretation_title(anchor) {
        Some(id) => Arg::Term(id),
        // Every anchor has a title (a test checks); the anchor alone else.
        None => Arg::text(anchor),
    };
    Msg::new("caveat-interpretation-item")
        .arg("title", title)
        .arg("anchor", Arg::text(format!("#{anchor}")))
        .into()
}

/// The documented readings of `--serious-crime-law`: the reading, its name
/// in the JSON (`answer.sensitivity[].reading`), and the caveat that says in
/// words what the reading takes for the law that decides "serious crime".
const READINGS: [(SeriousCrimeLaw, &str, &str); 4] = [
    (
        SeriousCrimeLaw::Requesting,
        "serious-crime-law=requesting",
        "caveat-sensitivity-requesting",
    ),
    (
        SeriousCrimeLaw::Requested,
        "serious-crime-law=requested",
        "caveat-sensitivity-requested",
    ),
    (
        SeriousCrimeLaw::Both,
        "serious-crime-law=both",
        "caveat-sensitivity-both",
    ),
    (
        SeriousCrimeLaw::Either,
        "serious-crime-law=either",
        "caveat-sensitivity-either",
    ),
];

/// The answer under the other documented readings that could change it:
/// today the law that characterises the offence (`--serious-crime-law`).
/// Each reading whose outcome differs from `a`'s is returned.
///
/// A reading alike `a`'s own wherever `a` consulted the reading
/// ([`Assessment::readings`]) gives `a`'s answer and is not re-assessed; nor
/// is one alike a reading already re-assessed, in that reading's run. (The
/// answer's `because` tree is no guide: a finding that did not decide the
/// answer, such as a serious-crime test that failed beside an open one,
/// can decide it under another reading.)
pub fn sensitivity(a: &Assessment, case: &Case, data: &RefData, options: Options) -> Vec<Reading> {
    // No reading gives another outcome anywhere: nothing to re-assess.
    if !a.serious_crime_law_matters {
        return Vec::new();
    }
    let outcome = a.answer().outcome;
    let mut out = Vec::new();
    // The readings re-assessed so far, with their answer and what their
    // own run told apart: a reading alike one of them takes its answer.
    let mut ran: smallvec::SmallVec<[(SeriousCrimeLaw, Option<Outcome>, ReadingSplit); 3]> =
        smallvec::SmallVec::new();
    for &(law, reading, _) in &READINGS {
        // Alike the assessment's own reading wherever it consulted one:
        // the same answer.
        if law == options.serious_crime_law || a.readings.alike(options.serious_crime_law, law) {
            continue;
        }
        let known = ran
            .iter()
            .find(|(other, _, split)| split.alike(*other, law))
            .map(|&(_, o, _)| o);
        let o = match known {
            Some(o) => o,
            None => {
                let mut alt = options;
                alt.serious_crime_law = law;
                // Only the answer's outcome is read: the findings are not
                // put together into an assessment.
                let (o, split) = match crate::answer_outcome_readings(case, data, a.as_of, alt) {
                    Ok((o, split)) => (Some(o), split),
                    // No answer: nothing said alike it.
                    Err(_) => (None, ReadingSplit::everything_apart()),
                };
                ran.push((law, o, split));
                o
            }
        };
        if let Some(o) = o.filter(|&o| o != outcome) {
            out.push(Reading {
                reading,
                outcome: o,
            });
        }
    }
    out
}

/// The whole explained answer: [`answer`], then [`sensitivity`], each
/// reading that flips it added to its caveats. What a reader is shown for an
/// assessment, and what `palermo assess --stats` times as the assessment.
pub fn explained(
    a: &Assessment,
    case: &Case,
    data: &RefData,
    options: Options,
) -> (Answer, Vec<Reading>) {
    let mut out = answer(a, case);
    let readings = sensitivity(a, case, data, options);
    for r in &readings {
        out.caveats.push(sensitivity_caveat(r, a));
    }
    (out, readings)
}

/// The caveat that says a reading flips the answer of `a`: what the reading
/// takes for the law that decides "serious crime", in words, with the two
/// States named, and the option that gives it (`--serious-crime-law both`).
pub fn sensitivity_caveat(r: &Reading, a: &Assessment) -> Caveat {
    let id = READINGS
        .iter()
        .find(|(_, reading, _)| *reading == r.reading)
        .map(|&(_, _, id)| id)
        .expect("invariant: a reading comes from READINGS");
    // `serious-crime-law=both` as the command line writes it.
    let option = format!("--{}", r.reading.replace('=', " "));
    Caveat {
        kind: CaveatKind::Sensitivity,
        msg: with_states(Msg::new(id), a)
            .arg("option", Arg::text(option))
            .arg("outcome", Msg::new(outcome_term(r.outcome))),
    }
}

/// The catalogue id of an outcome's word.
pub fn outcome_term(o: Outcome) -> &'static str {
    match o {
        Outcome::Yes => "outcome-yes",
        Outcome::No => "outcome-no",
        Outcome::Undetermined => "outcome-undetermined",
        Outcome::DependsOnDomesticLaw => "outcome-depends",
        Outcome::Conflict => "outcome-conflict",
    }
}

/// The question that supplies a missing fact, in a request of `kind`.
fn fact_question(fact: &crate::Fact, kind: Option<RequestKind>) -> Msg {
    fact.with_path(|p| crate::fact_questions::question_for(p, kind))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::adverse_when_yes;

    /// What `adverse_when_yes` says, written the plain way: the phrases
    /// anywhere in the id before its offence number, the endings, the two
    /// whole ids.
    fn adverse_plainly(id: &str) -> bool {
        let base = id.split('#').next().unwrap_or(id);
        ["may_decline", "domestic_bar", "contrary_to_legal_system"]
            .iter()
            .any(|p| base.contains(p))
            || base.ends_with("_bar")
            || base == "art16.14.discrimination_refusal"
            || base == "art18.25.postponement"
    }

    proptest! {
        // The same cases on every run (README, "Tests").
        #![proptest_config(ProptestConfig {
            cases: 2000,
            rng_seed: proptest::test_runner::RngSeed::Fixed(20_001_115),
            ..ProptestConfig::default()
        })]

        /// The quick reading of an id is the plain one, on ids built from
        /// the pieces real ids and near misses are made of.
        #[test]
        fn adverse_reads_ids_as_the_plain_definition_does(
            pieces in prop::collection::vec(
                prop::sample::select(vec![
                    "art16", "art18", ".", "_", "#", "2", "14", "may_decline", "may_declin",
                    "domestic_bar", "domestic", "_bar", "bar", "contrary_to_legal_system",
                    "contrary_to", "legal_system", "discrimination_refusal", "postponement",
                    "art16.14.discrimination_refusal", "art18.25.postponement", "KEN", "x",
                ]),
                0..8,
            )
        ) {
            let id = pieces.concat();
            prop_assert_eq!(adverse_when_yes(&id), adverse_plainly(&id), "{}", id);
        }
    }

    /// The bars and the grounds to decline read as adverse when they hold,
    /// wherever the id names them and whatever offence number follows.
    #[test]
    fn adverse_findings_are_known_by_their_ids() {
        for id in [
            "art16.7.death_penalty_bar",
            "art16.7.political_offence_bar#2",
            "art18.9.may_decline_without_dual_criminality",
            "art18.21.c.domestic_bar_similar_offence",
            "art18.21.d.contrary_to_legal_system",
            "art16.14.discrimination_refusal",
            "art18.25.postponement",
            "may_decline",
            "x.no_domestic_bar_here",
            "xcontrary_to_legal_system",
        ] {
            assert!(adverse_when_yes(id), "{id}");
        }
        for id in [
            "art16.1.applies",
            "art16.7.bar",
            "art18.25.postponement.x",
            "art16.14.discrimination_refusal_not",
            "may_declin",
            "",
            "_",
            "art18.x_domestic",
            "contrary_to_legal_syste",
            "art2.b.serious_crime.ITA#2",
        ] {
            assert!(!adverse_when_yes(id), "{id}");
        }
    }
}
