//! One assessment: the common gate, definitions and scope per offence, then the
//! article of the requested kind, then the answer, the missing facts (most
//! decisive first) and the domestic-law questions.

use std::fmt;

use jiff::civil::Date;
use palermo_cite::{Instrument, Provision};
use palermo_refdata::{RefData, StateCode};

use crate::art16::OffenceScope;
use crate::ctx::{join_and, Ctx};
use crate::facts::{Case, Options, RequestKind};
use crate::outcome::{AskedQuestion, Finding, Outcome, Tri};
use crate::{
    art02, art03, art13, art15, art16, art17, art18, art19, art20, art21, art22_26, art27, art35,
    bases, status,
};

/// The engine's version, stamped on every assessment.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The result of assessing one case.
#[derive(Clone, Debug)]
pub struct Assessment {
    /// Engine version.
    pub engine: &'static str,
    /// Snapshot id of the reference data used.
    pub data_snapshot: String,
    /// The date treaty status was read at.
    pub as_of: Date,
    /// The kind of cooperation assessed.
    pub kind: RequestKind,
    /// The requesting State.
    pub requesting: StateCode,
    /// The requested State.
    pub requested: StateCode,
    /// "Kenya (KEN)" style labels for the two States.
    pub requesting_label: String,
    /// See `requesting_label`.
    pub requested_label: String,
    /// The question answered, in one sentence.
    pub question: String,
    /// Id of the answering finding (`art16.legal_basis`, `art18.legal_basis`).
    pub answer_id: &'static str,
    /// Every finding, in reasoning order.
    pub findings: Vec<Finding>,
    /// Every missing fact path, most decisive first.
    pub missing: Vec<String>,
    /// For each entry of `missing`, how much it matters.
    pub missing_tiers: Vec<MissingTier>,
    /// Domestic-law questions still open, in the order they arose.
    pub domestic_law_questions: Vec<AskedQuestion>,
}

impl Assessment {
    /// The answering finding.
    pub fn answer(&self) -> &Finding {
        self.finding(self.answer_id)
            .expect("invariant: the answer is always emitted")
    }

    /// A finding by id.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }
}

/// How much a missing fact matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MissingTier {
    /// The answer waits for it.
    Decisive,
    /// It would settle a finding that is still open and matters (a side
    /// finding, such as a refusal rule, or a step on the way to the answer).
    SideFinding,
    /// It would settle only a finding whose result no longer matters (e.g. a
    /// third transnationality prong when the first already holds).
    Moot,
}

impl MissingTier {
    /// `decisive`, `side_finding`, `moot`.
    pub fn as_str(self) -> &'static str {
        match self {
            MissingTier::Decisive => "decisive",
            MissingTier::SideFinding => "side_finding",
            MissingTier::Moot => "moot",
        }
    }
}

/// Why a case cannot be assessed at all (as opposed to an undetermined outcome).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessError {
    /// A field without which no question can be formed.
    MissingField(&'static str),
    /// Requesting and requested State are the same.
    SameState(StateCode),
}

impl fmt::Display for AssessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssessError::MissingField(field) => write!(
                f,
                "`{field}` is not given: without it there is no question to assess"
            ),
            AssessError::SameState(s) => write!(
                f,
                "requesting and requested State are both `{s}`: cooperation needs two States"
            ),
        }
    }
}

impl std::error::Error for AssessError {}

/// Assesses `case` against `data` as of `as_of`. Pure: no I/O, no clock.
pub fn assess(
    case: &Case,
    data: &RefData,
    as_of: Date,
    options: Options,
) -> Result<Assessment, AssessError> {
    let kind = case
        .request
        .kind
        .ok_or(AssessError::MissingField("request.kind"))?;
    let requesting = case
        .request
        .requesting_state
        .ok_or(AssessError::MissingField("request.requesting_state"))?;
    let requested = case
        .request
        .requested_state
        .ok_or(AssessError::MissingField("request.requested_state"))?;
    if requesting == requested {
        return Err(AssessError::SameState(requesting));
    }
    let mut ctx = Ctx::new(case, data, as_of, options, requesting, requested);

    let (gate, since) = status::in_force_between(&mut ctx);
    let ocg = art02::is_organized_criminal_group(&mut ctx);

    let n = case.offences.len().max(1);
    let mut per_offence: Vec<(Tri, Tri)> = Vec::with_capacity(n);
    for i in 0..n {
        ctx.offence_idx = i;
        ctx.suffix = if case.several_offences {
            format!("#{}", i + 1)
        } else {
            String::new()
        };
        art02::is_serious_crime(&mut ctx, requesting);
        art02::is_serious_crime(&mut ctx, requested);
        let others: Vec<StateCode> = ctx
            .offence()
            .max_penalty
            .keys()
            .copied()
            .filter(|s| *s != requesting && *s != requested)
            .collect();
        for s in others {
            art02::is_serious_crime(&mut ctx, s);
        }
        let qualifying = art03::is_qualifying_offence(&mut ctx);
        let transnational = art03::is_transnational(&mut ctx, &ocg);
        let involves = art03::involves_ocg(&mut ctx, &ocg);
        let within_scope = art03::within_scope(&mut ctx, &qualifying, &transnational, &involves);
        let serious_id = ctx.oid("art3.1.b.serious_crime");
        let serious = ctx
            .tri_of(&serious_id)
            .expect("invariant: pushed by is_qualifying_offence");
        status::temporal(&mut ctx, since);
        art15::jurisdiction(&mut ctx, &within_scope);
        let scope = OffenceScope {
            qualifying,
            involves,
            within_scope,
            serious: serious.clone(),
        };
        let applies = match kind {
            RequestKind::Extradition => art16::applies(&mut ctx, &gate, &scope),
            RequestKind::Confiscation => art13::covered_offence(&mut ctx, &scope.within_scope),
            RequestKind::MutualLegalAssistance => {
                art18::applies(&mut ctx, &gate, &scope, &transnational)
            }
            // Arts. 17, 19-21 and 27 reach covered offences (art. 3(1)).
            _ => scope.within_scope.clone(),
        };
        per_offence.push((applies, serious));
    }
    ctx.suffix.clear();
    ctx.offence_idx = 0;

    let applies_id = match kind {
        RequestKind::Extradition => "art16.1.applies",
        RequestKind::Confiscation => "art13.1.covered_offence",
        RequestKind::MutualLegalAssistance => "art18.1.applies",
        _ => "art3.1.within_scope",
    };
    let applies = if case.several_offences {
        let mut states: Vec<StateCode> = vec![requesting, requested];
        for o in &case.offences {
            for s in o.max_penalty.keys() {
                if !states.contains(s) {
                    states.push(*s);
                }
            }
        }
        for s in states {
            aggregate(
                &mut ctx,
                &format!("art2.b.serious_crime.{s}"),
                Provision::untoc(2).letter('b'),
                n,
            );
        }
        aggregate(
            &mut ctx,
            "art3.2.transnational",
            Provision::untoc(3).para(2),
            n,
        );
        aggregate(
            &mut ctx,
            "art3.1.within_scope",
            Provision::untoc(3).para(1),
            n,
        );
        let citation = match kind {
            RequestKind::Extradition => Provision::untoc(16).para(1),
            RequestKind::Confiscation => Provision::untoc(13).para(1),
            _ => Provision::untoc(18).para(1),
        };
        match ctx.tri_of(applies_id) {
            // The scope finding is already aggregated above.
            Some(t) if applies_id == "art3.1.within_scope" => t,
            _ => aggregate(&mut ctx, applies_id, citation, n),
        }
    } else {
        per_offence[0].0.clone()
    };

    // Art. 15(5): parallel proceedings call for consultation, whatever the
    // cooperation sought.
    art21::consultation(&mut ctx);
    // Arts. 22, 24-26: raised by the case, whatever the cooperation sought.
    let covered = ctx
        .tri_of("art3.1.within_scope")
        .expect("invariant: pushed for every offence");
    art22_26::raised(&mut ctx, &gate, &covered);
    art35::dispute_settlement(&mut ctx, &gate);
    // The Protocols' dispute clauses, for each Protocol the case turned on
    // (a Protocol offence, stated or classified, makes art. 3 ask whether the
    // Protocol is in force between the two States).
    for p in [Instrument::Tip, Instrument::Som, Instrument::Firearms] {
        if let Some(between) = ctx.tri_of(status::protocol_between_id(p)) {
            art35::protocol_dispute_settlement(&mut ctx, p, &between);
        }
    }

    let (answer_id, question) = match kind {
        RequestKind::Extradition => {
            art16::separate_serious_crimes(&mut ctx, &per_offence);
            let basis = art16::legal_basis(&mut ctx, &gate, &applies);
            art16::attached(&mut ctx, &basis);
            (
                "art16.legal_basis",
                format!("Can the Convention serve as the legal basis for extradition from {requested} to {requesting}?"),
            )
        }
        RequestKind::Confiscation => {
            let basis = art13::legal_basis(&mut ctx, &gate, &applies);
            art13::attached(&mut ctx, &basis);
            (
                "art13.legal_basis",
                format!("Can the Convention serve as the legal basis for confiscation cooperation requested by {requesting} from {requested}?"),
            )
        }
        RequestKind::TransferOfSentencedPersons => {
            art17::legal_basis(&mut ctx);
            (
                "art17.legal_basis",
                format!("Can the Convention serve as the legal basis for transferring a sentenced person between {requesting} and {requested}?"),
            )
        }
        RequestKind::JointInvestigation => {
            art19::legal_basis(&mut ctx, &gate, &applies);
            (
                "art19.legal_basis",
                format!("Can the Convention serve as the basis for a joint investigation of {requesting} and {requested}?"),
            )
        }
        RequestKind::SpecialInvestigativeTechniques => {
            art20::legal_basis(&mut ctx, &gate, &applies);
            (
                "art20.legal_basis",
                format!("Can the Convention serve as the basis for using special investigative techniques with {requested} at {requesting}'s request?"),
            )
        }
        RequestKind::TransferOfProceedings => {
            art21::legal_basis(&mut ctx, &gate, &applies);
            (
                "art21.legal_basis",
                format!("Can the Convention serve as the basis for transferring criminal proceedings from {requesting} to {requested}?"),
            )
        }
        RequestKind::LawEnforcementCooperation => {
            art27::legal_basis(&mut ctx, &gate, &applies);
            (
                "art27.legal_basis",
                format!("Can the Convention serve as the basis for law enforcement cooperation between {requesting} and {requested}?"),
            )
        }
        RequestKind::MutualLegalAssistance => {
            let basis = art18::legal_basis(&mut ctx, &gate, &applies);
            art18::attached(&mut ctx, &basis);
            (
                "art18.legal_basis",
                format!("Can the Convention serve as the legal basis for mutual legal assistance requested by {requesting} from {requested}?"),
            )
        }
    };

    // Competing legal bases named in the case, side by side with the answer.
    if let Some(answer) = ctx.tri_of(answer_id) {
        bases::compare(&mut ctx, kind, &answer);
    }

    let requesting_label = ctx.label(requesting).to_string();
    let requested_label = ctx.label(requested).to_string();
    let answer_idx = ctx
        .findings
        .iter()
        .rposition(|f| f.id == answer_id)
        .expect("invariant: legal_basis pushed");
    let (missing, missing_tiers) = rank_missing(&ctx.findings, answer_idx);
    let mut domestic_law_questions: Vec<AskedQuestion> = Vec::new();
    for f in &ctx.findings {
        for q in &f.questions {
            if !domestic_law_questions
                .iter()
                .any(|x| x.id == q.id && x.state == q.state)
            {
                let mut q = q.clone();
                if let Some(spec) = crate::questions::question(q.id) {
                    q.question = spec.ask(&ctx.label(q.state));
                }
                domestic_law_questions.push(q);
            }
        }
    }
    // The route's own questions first; whether a State has established the
    // jurisdiction art. 15 calls for is background to any request.
    domestic_law_questions.sort_by_key(|q| q.id.starts_with("art15."));
    let findings = std::mem::take(&mut ctx.findings);
    Ok(Assessment {
        engine: ENGINE_VERSION,
        data_snapshot: data.snapshot_id().to_string(),
        as_of,
        kind,
        requesting,
        requested,
        requesting_label,
        requested_label,
        question,
        answer_id,
        findings,
        missing,
        missing_tiers,
        domestic_law_questions,
    })
}

/// Most decisive first: the facts the answer waits for; then those of open
/// findings that still matter (reached from the answer or from a side finding
/// through open findings only); then the rest, which settle nothing.
fn rank_missing(findings: &[Finding], answer_idx: usize) -> (Vec<String>, Vec<MissingTier>) {
    let n = findings.len();
    let mut used = vec![false; n];
    for f in findings {
        for &i in &f.inputs {
            used[i as usize] = true;
        }
    }
    let mut relevant = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| !used[i] || i == answer_idx).collect();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut relevant[i], true) {
            continue;
        }
        if !findings[i].outcome.is_determined() {
            stack.extend(findings[i].inputs.iter().map(|&j| j as usize));
        }
    }
    let answer = &findings[answer_idx];
    let mut out: Vec<(String, MissingTier)> = answer
        .missing
        .iter()
        .map(|m| (m.clone(), MissingTier::Decisive))
        .collect();
    for tier in [MissingTier::SideFinding, MissingTier::Moot] {
        for (i, f) in findings.iter().enumerate() {
            let is_relevant = relevant[i] && !f.outcome.is_determined();
            if (tier == MissingTier::SideFinding) != is_relevant {
                continue;
            }
            for m in &f.missing {
                if !out.iter().any(|(x, _)| x == m) {
                    out.push((m.clone(), tier));
                }
            }
        }
    }
    out.into_iter().unzip()
}

/// For `[[offences]]`: the unsuffixed id answers for the request as a whole —
/// `yes` when yes for at least one offence, `no` when no for all, otherwise
/// `undetermined`.
fn aggregate(ctx: &mut Ctx<'_>, id: &str, citation: Provision, n: usize) -> Tri {
    let parts: Vec<Tri> = (1..=n)
        .filter_map(|i| ctx.tri_of(&format!("{id}#{i}")))
        .collect();
    let refs: Vec<&Tri> = parts.iter().collect();
    let mut tri = Tri::any(&refs);
    if tri.outcome == Outcome::DependsOnDomesticLaw || tri.outcome == Outcome::Conflict {
        tri.outcome = Outcome::Undetermined;
    }
    let mut f = ctx.finding_from(id.to_string(), citation, &tri);
    let numbers = |ids: &[std::borrow::Cow<'static, str>]| -> String {
        let v: Vec<String> = ids
            .iter()
            .filter_map(|x| x.rsplit_once('#').map(|(_, k)| k.to_string()))
            .collect();
        join_and(&v)
    };
    f.explanation = match tri.outcome {
        Outcome::Yes => text!(
            "Yes for offence{} {} of {n}",
            if f.because.len() == 1 { "" } else { "s" },
            numbers(&f.because)
        ),
        Outcome::No => text!("No for all {n} offences"),
        _ => text!(
            "Not settled for offence{} {}; no offence settles it",
            if f.because.len() == 1 { "" } else { "s" },
            numbers(&f.because)
        ),
    };
    ctx.push(f)
}
