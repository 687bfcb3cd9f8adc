//! One assessment: the common gate, definitions and scope per offence, then the
//! article of the requested kind, then the answer, the missing facts (most
//! decisive first) and the domestic-law questions.

use std::fmt;

use jiff::civil::Date;
use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Arg, Msg};
use palermo_refdata::{RefData, StateCode};

use crate::art16::OffenceScope;
use crate::ctx::Ctx;
use crate::facts::{Case, Options, RequestKind};
use crate::outcome::{AskedQuestion, Fact, Finding, Outcome, Tri};
use crate::readings::ReadingSplit;
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
    /// The kind of cooperation assessed; `None` for a case without a
    /// request (a domestic case: status, art. 2 and art. 3 only).
    pub kind: Option<RequestKind>,
    /// The requesting State, when the case gives it.
    pub requesting: Option<StateCode>,
    /// The requested State, when the case gives it.
    pub requested: Option<StateCode>,
    /// The requesting State as a message: its name with its code ("Kenya
    /// (KEN)"), or "the requesting State (not given)" when absent.
    pub requesting_label: Msg,
    /// See `requesting_label`.
    pub requested_label: Msg,
    /// The question answered, in one sentence, as a message.
    pub question: Msg,
    /// Id of the answering finding (`art16.legal_basis`, `art18.legal_basis`).
    pub answer_id: &'static str,
    /// Every finding, in reasoning order.
    pub findings: Vec<Finding>,
    /// Every missing fact, most decisive first (each written as its path
    /// by `Display` or [`Fact::path`]).
    pub missing: Vec<Fact>,
    /// For each entry of `missing`, how much it matters.
    pub missing_tiers: Vec<MissingTier>,
    /// Domestic-law questions still open, in the order they arose.
    pub domestic_law_questions: Vec<AskedQuestion>,
    /// Whether another reading of `--serious-crime-law` could change any
    /// outcome: `false` when wherever the engine consulted the reading the
    /// two States gave the same result, so that every reading gives this
    /// assessment's outcomes ([`crate::answer::sensitivity`] then has
    /// nothing to try).
    pub serious_crime_law_matters: bool,
    /// Which readings of `--serious-crime-law` gave different outcomes
    /// somewhere in this assessment: those alike the reading it was made
    /// under give its answer ([`crate::answer::sensitivity`] skips them).
    pub readings: ReadingSplit,
    /// Where the answering finding is in `findings` (found once, when the
    /// assessment is put together; checked on use, since `findings` is
    /// public).
    answer_at: usize,
}

impl Assessment {
    /// The answering finding.
    pub fn answer(&self) -> &Finding {
        &self.findings[self.answer_position()]
    }

    /// The position of the answering finding in `findings`.
    pub fn answer_position(&self) -> usize {
        let kept = self.findings.get(self.answer_at);
        if kept.is_some_and(|f| f.id == self.answer_id) {
            return self.answer_at;
        }
        (self.findings.iter())
            .position(|f| f.id == self.answer_id)
            .expect("invariant: the answer is always emitted")
    }

    /// A finding by id.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// The findings `f` rests on (its `because`), in order. `f` is one of
    /// this assessment's findings: `because` holds positions in it.
    pub fn because<'a>(&'a self, f: &'a Finding) -> impl Iterator<Item = &'a Finding> + 'a {
        f.because.iter().map(move |&i| &self.findings[i as usize])
    }

    /// The ids of the findings `f` rests on, in order.
    pub fn because_ids<'a>(&'a self, f: &'a Finding) -> Vec<&'a str> {
        self.because(f).map(|c| &*c.id).collect()
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

/// Stand-ins for a State of the pair the case does not give: codes outside
/// both ISO's assigned codes and the fictional range a case may use, so no
/// case can name them; [`Ctx::absent`] keeps every rule from reading them.
const STAND_IN: [StateCode; 2] = [
    match StateCode::from_bytes(*b"QZA") {
        Some(c) => c,
        None => panic!("invariant: upper-case letters"),
    },
    match StateCode::from_bytes(*b"QZB") {
        Some(c) => c,
        None => panic!("invariant: upper-case letters"),
    },
];

/// Assesses `case` against `data` as of `as_of`. Pure: no I/O, no clock.
///
/// A case without a request (or without one of the two States) is still
/// assessed: the status of the States it names and arts. 2 and 3, with the
/// findings that need the missing State `undetermined` and naming it.
pub fn assess(
    case: &Case,
    data: &RefData,
    as_of: Date,
    options: Options,
) -> Result<Assessment, AssessError> {
    reason(case, data, as_of, options, Depth::Whole, |done| {
        done.finish()
    })
}

/// The outcome of the answer [`assess`] gives (`assess(..)?.answer().outcome`),
/// without the work of putting the assessment together: the rules the
/// answer rests on run in the same order (`Depth::AnswerOnly`), and the
/// answering finding is read off them. [`crate::answer::sensitivity`] asks
/// this under each other reading.
pub fn answer_outcome(
    case: &Case,
    data: &RefData,
    as_of: Date,
    options: Options,
) -> Result<Outcome, AssessError> {
    answer_outcome_readings(case, data, as_of, options).map(|(o, _)| o)
}

/// [`answer_outcome`] with the readings of `--serious-crime-law` that run
/// told apart ([`Assessment::readings`]).
pub fn answer_outcome_readings(
    case: &Case,
    data: &RefData,
    as_of: Date,
    options: Options,
) -> Result<(Outcome, ReadingSplit), AssessError> {
    reason(case, data, as_of, options, Depth::AnswerOnly, |done| {
        // As `Assessment::answer`: the first finding with the answer's id.
        let outcome = (done.ctx.findings.iter())
            .find(|f| f.id == done.answer_id)
            .expect("invariant: the answer is always emitted")
            .outcome;
        (outcome, done.ctx.readings())
    })
}

/// The findings of a request, before they are put together ([`finish`]).
struct Done<'a> {
    ctx: Ctx<'a>,
    kind: Option<RequestKind>,
    answer_id: &'static str,
    question: Msg,
    extra_missing: Vec<Fact>,
}

impl Done<'_> {
    fn finish(self) -> Assessment {
        finish(
            self.ctx,
            self.kind,
            self.answer_id,
            self.question,
            self.extra_missing,
        )
    }
}

/// How much of the reasoning to run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// Every rule: the whole assessment.
    Whole,
    /// Only the rules whose findings the answer's outcome can rest on: for
    /// a request, not the jurisdiction of art. 15 (read by no other rule),
    /// the consultations and side obligations of arts. 15(5), 21-26 and 35,
    /// nor anything after the answer (obligations attached to it, the
    /// answer per offence, competing bases), and outcome only
    /// ([`Ctx::outcome_only`]: the values rules read carry no explanation).
    /// The caseload test in `palermo-fuzz` checks that the outcome is the
    /// whole assessment's.
    AnswerOnly,
}

/// Runs the rules over `case` and hands the findings to `then`.
fn reason<R>(
    case: &Case,
    data: &RefData,
    as_of: Date,
    options: Options,
    depth: Depth,
    then: impl FnOnce(Done<'_>) -> R,
) -> Result<R, AssessError> {
    let kind = case.request.kind;
    let requesting = case.request.requesting_state;
    let requested = case.request.requested_state;
    if let (Some(a), Some(b)) = (requesting, requested) {
        if a == b {
            return Err(AssessError::SameState(a));
        }
    }
    // The case reader always gives one offence; a caller of the library may
    // give none: that is one offence about which nothing is known.
    let owned;
    let case = if case.offences.is_empty() {
        owned = Case {
            offences: vec![crate::facts::Offence::default()],
            ..case.clone()
        };
        &owned
    } else {
        case
    };
    Ok(then(match (kind, requesting, requested) {
        (Some(kind), Some(a), Some(b)) => {
            assess_request(case, data, as_of, options, depth, kind, (a, b))
        }
        _ => assess_partial(case, data, as_of, options, kind, requesting, requested),
    }))
}

/// The id of the answer for a kind of cooperation.
fn answer_id(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Extradition => "art16.legal_basis",
        RequestKind::Confiscation => "art13.legal_basis",
        RequestKind::MutualLegalAssistance => "art18.legal_basis",
        RequestKind::TransferOfSentencedPersons => "art17.legal_basis",
        RequestKind::JointInvestigation => "art19.legal_basis",
        RequestKind::SpecialInvestigativeTechniques => "art20.legal_basis",
        RequestKind::TransferOfProceedings => "art21.legal_basis",
        RequestKind::LawEnforcementCooperation => "art27.legal_basis",
    }
}

/// The id that says whether the article of the kind reaches the offence.
fn applies_id(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Extradition => "art16.1.applies",
        RequestKind::Confiscation => "art13.1.covered_offence",
        RequestKind::MutualLegalAssistance => "art18.1.applies",
        RequestKind::TransferOfSentencedPersons
        | RequestKind::JointInvestigation
        | RequestKind::SpecialInvestigativeTechniques
        | RequestKind::TransferOfProceedings
        | RequestKind::LawEnforcementCooperation => "art3.1.within_scope",
    }
}

/// The question answered, in one sentence. `a` and `b` are the requesting
/// and requested State (their codes, or the words for a State not given).
fn question(kind: RequestKind, a: Arg, b: Arg) -> Msg {
    let id = match kind {
        RequestKind::Extradition => "assess-question-extradition",
        RequestKind::Confiscation => "assess-question-confiscation",
        RequestKind::TransferOfSentencedPersons => "assess-question-sentenced-persons",
        RequestKind::JointInvestigation => "assess-question-joint-investigation",
        RequestKind::SpecialInvestigativeTechniques => "assess-question-special-techniques",
        RequestKind::TransferOfProceedings => "assess-question-transfer-of-proceedings",
        RequestKind::LawEnforcementCooperation => "assess-question-law-enforcement",
        RequestKind::MutualLegalAssistance => "assess-question-mla",
    };
    Msg::new(id).arg("requesting", a).arg("requested", b)
}

/// Arts. 2 and 3 for offence `i`: serious crime for the two States (where
/// given) and any other State the offence gives a maximum for, then the
/// qualifying offence, transnationality, the group's involvement and scope.
fn offence_scope(ctx: &mut Ctx<'_>, i: usize, ocg: &Tri) -> (OffenceScope, Tri) {
    ctx.offence_idx = i;
    ctx.suffix.clear();
    if ctx.case.several_offences {
        ctx.suffix = Ctx::numbered_id("", i + 1);
    }
    let (requesting, requested) = (ctx.requesting, ctx.requested);
    for s in [requesting, requested] {
        if ctx.absent(s).is_none() {
            art02::is_serious_crime(ctx, s);
        }
    }
    let others: Vec<StateCode> = ctx
        .offence()
        .max_penalty
        .keys()
        .copied()
        .filter(|s| *s != requesting && *s != requested)
        .collect();
    for s in others {
        art02::is_serious_crime(ctx, s);
    }
    let qualifying = art03::is_qualifying_offence(ctx);
    let transnational = art03::is_transnational(ctx, ocg);
    let involves = art03::involves_ocg(ctx, ocg);
    let within_scope = art03::within_scope(ctx, &qualifying, &transnational, &involves);
    let serious = ctx
        .tri_of_offence("art3.1.b.serious_crime")
        .expect("invariant: pushed by is_qualifying_offence");
    (
        OffenceScope {
            qualifying,
            involves,
            within_scope,
            serious,
        },
        transnational,
    )
}

/// For `[[offences]]`: the unsuffixed art. 2(b) and 3 ids for the request as
/// a whole.
fn aggregate_scope(ctx: &mut Ctx<'_>, n: usize) {
    let mut states: Vec<StateCode> = Vec::new();
    for s in [ctx.requesting, ctx.requested] {
        if ctx.absent(s).is_none() {
            states.push(s);
        }
    }
    for o in &ctx.case.offences {
        for s in o.max_penalty.keys() {
            if !states.contains(s) {
                states.push(*s);
            }
        }
    }
    for s in states {
        let id = crate::ctx::join_state("art2.b.serious_crime", s);
        aggregate(ctx, &id, Provision::untoc(2).letter('b'), n);
    }
    aggregate(ctx, "art3.2.transnational", Provision::untoc(3).para(2), n);
    aggregate(ctx, "art3.1.within_scope", Provision::untoc(3).para(1), n);
}

/// A request with its kind and both States.
fn assess_request<'a>(
    case: &'a Case,
    data: &'a RefData,
    as_of: Date,
    options: Options,
    depth: Depth,
    kind: RequestKind,
    (requesting, requested): (StateCode, StateCode),
) -> Done<'a> {
    let mut ctx = Ctx::new(case, data, as_of, options, requesting, requested);
    let whole = depth == Depth::Whole;
    ctx.outcome_only = !whole;

    let (gate, since) = status::in_force_between(&mut ctx);
    let ocg = art02::is_organized_criminal_group(&mut ctx);

    let n = case.offences.len().max(1);
    let mut per_offence: Vec<(Tri, Tri)> = Vec::with_capacity(n);
    for i in 0..n {
        let (scope, transnational) = offence_scope(&mut ctx, i, &ocg);
        status::temporal(&mut ctx, since);
        if whole {
            art15::jurisdiction(&mut ctx, &scope.within_scope);
        }
        let applies = match kind {
            RequestKind::Extradition => art16::applies(&mut ctx, &gate, &scope),
            RequestKind::Confiscation => art13::covered_offence(&mut ctx, &scope.within_scope),
            RequestKind::MutualLegalAssistance => {
                art18::applies(&mut ctx, &gate, &scope, &transnational)
            }
            // Arts. 17, 19-21 and 27 reach covered offences (art. 3(1)).
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation => scope.within_scope.clone(),
        };
        per_offence.push((applies, scope.serious));
    }
    ctx.suffix.clear();
    ctx.offence_idx = 0;

    let applies_id = applies_id(kind);
    let applies = if case.several_offences {
        aggregate_scope(&mut ctx, n);
        let citation = match kind {
            RequestKind::Extradition => Provision::untoc(16).para(1),
            RequestKind::Confiscation => Provision::untoc(13).para(1),
            RequestKind::MutualLegalAssistance => Provision::untoc(18).para(1),
            // Their scope finding, art. 3(1), is aggregated above.
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation => Provision::untoc(3).para(1),
        };
        match ctx.tri_of(applies_id) {
            // The scope finding is already aggregated above.
            Some(t) if applies_id == "art3.1.within_scope" => t,
            _ => aggregate(&mut ctx, applies_id, citation, n),
        }
    } else {
        per_offence[0].0.clone()
    };

    if whole {
        side_findings(&mut ctx, &gate);
    }

    let answer_id = answer_id(kind);
    let question = question(kind, Arg::Code(requesting), Arg::Code(requested));
    let done = |ctx| Done {
        ctx,
        kind: Some(kind),
        answer_id,
        question,
        extra_missing: Vec::new(),
    };
    match kind {
        RequestKind::Extradition => {
            art16::separate_serious_crimes(&mut ctx, &per_offence);
            let (basis, route) = art16::legal_basis(&mut ctx, &gate, &applies);
            if !whole {
                return done(ctx);
            }
            if case.several_offences {
                per_offence_basis(&mut ctx, PerOffence::Extradition, &gate, &route, n);
            }
            art16::attached(&mut ctx, &basis, &applies);
        }
        RequestKind::Confiscation => {
            let basis = art13::legal_basis(&mut ctx, &gate, &applies);
            if !whole {
                return done(ctx);
            }
            art13::attached(&mut ctx, &basis);
        }
        RequestKind::TransferOfSentencedPersons => {
            art17::legal_basis(&mut ctx);
        }
        RequestKind::JointInvestigation => {
            art19::legal_basis(&mut ctx, &gate, &applies);
        }
        RequestKind::SpecialInvestigativeTechniques => {
            art20::legal_basis(&mut ctx, &gate, &applies);
        }
        RequestKind::TransferOfProceedings => {
            art21::legal_basis(&mut ctx, &gate, &applies);
        }
        RequestKind::LawEnforcementCooperation => {
            art27::legal_basis(&mut ctx, &gate, &applies);
        }
        RequestKind::MutualLegalAssistance => {
            let basis = art18::legal_basis(&mut ctx, &gate, &applies);
            if !whole {
                return done(ctx);
            }
            if case.several_offences {
                let route = Tri::of(Outcome::Yes);
                per_offence_basis(
                    &mut ctx,
                    PerOffence::MutualLegalAssistance,
                    &gate,
                    &route,
                    n,
                );
            }
            art18::attached(&mut ctx, &basis);
        }
    }
    // Competing legal bases named in the case, side by side with the answer.
    if whole {
        if let Some(answer) = ctx.tri_of(answer_id) {
            bases::compare(&mut ctx, kind, &answer);
        }
    }
    done(ctx)
}

/// What the case raises beside the answer, whatever the cooperation sought:
/// consultation on parallel proceedings (art. 15(5)), arts. 22 and 24-26,
/// and the dispute clauses of the Convention and of each Protocol the case
/// turned on (a Protocol offence, stated or classified, makes art. 3 ask
/// whether the Protocol is in force between the two States).
fn side_findings(ctx: &mut Ctx<'_>, gate: &Tri) {
    art21::consultation(ctx);
    let covered = ctx
        .tri_of("art3.1.within_scope")
        .expect("invariant: pushed for every offence");
    art22_26::raised(ctx, gate, &covered);
    art35::dispute_settlement(ctx, gate);
    for p in [Instrument::Tip, Instrument::Som, Instrument::Firearms] {
        if let Some(between) = ctx.tri_of(status::protocol_between_id(p)) {
            art35::protocol_dispute_settlement(ctx, p, &between);
        }
    }
}

/// The kinds of request answered offence by offence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PerOffence {
    Extradition,
    MutualLegalAssistance,
}

/// `art16.legal_basis#k` / `art18.legal_basis#k`: the answer for each
/// offence of a request that covers several. The route is the same for all
/// (it depends on the States, not the offence); what differs is whether the
/// article reaches offence k.
fn per_offence_basis(ctx: &mut Ctx<'_>, kind: PerOffence, gate: &Tri, route: &Tri, n: usize) {
    let (base, applies_base) = match kind {
        PerOffence::Extradition => ("art16.legal_basis", "art16.1.applies"),
        PerOffence::MutualLegalAssistance => ("art18.legal_basis", "art18.1.applies"),
    };
    let whole_finding = ctx.findings.iter().rposition(|f| f.id == base).map(|i| {
        let f = &ctx.findings[i];
        (
            f.citation,
            f.strength,
            crate::art16::open_route(f).is_some(),
        )
    });
    for k in 1..=n {
        let Some(applies) = ctx.tri_of_numbered(applies_base, k) else {
            continue;
        };
        let tri = Tri::all(&[gate, &applies, route]);
        let mut f = ctx.finding_from(
            Ctx::numbered_id(base, k),
            Provision::untoc(match kind {
                PerOffence::Extradition => 16,
                PerOffence::MutualLegalAssistance => 18,
            }),
            &tri,
        );
        let mut by_cases = false;
        f.message = match tri.outcome {
            Outcome::Yes => {
                if kind == PerOffence::Extradition {
                    match whole_finding {
                        // A yes by cases (a treaty or not, a treaty needed
                        // or not): no one paragraph is the route; the
                        // answer names both branches.
                        Some((_, strength, true)) => {
                            f.citation = Provision::untoc(16);
                            f.strength = strength;
                            by_cases = true;
                        }
                        Some((citation, strength, false)) => {
                            f.citation = citation;
                            f.strength = strength;
                        }
                        None => {}
                    }
                } else {
                    // 18(1) for this offence, or 18(2) alone.
                    let first = ctx.tri_of_numbered("art18.1.first_limb", k);
                    let second = ctx.tri_of_numbered("art18.1.second_limb", k);
                    let by_18_1 = [first, second]
                        .iter()
                        .any(|t| t.as_ref().is_some_and(|t| t.outcome == Outcome::Yes));
                    if by_18_1 {
                        f.citation = Provision::untoc(18).para(1);
                        f.strength = Some(crate::outcome::Strength::Mandatory);
                    } else {
                        f.citation = Provision::untoc(18).para(2);
                        f.strength = Some(crate::outcome::Strength::MandatoryQualified);
                    }
                }
                if by_cases {
                    msg!("assess-offence-yes-by-cases", offence = k)
                } else {
                    msg!("assess-offence-yes", offence = k, citation = f.citation)
                }
            }
            Outcome::No if gate.outcome == Outcome::No => {
                msg!("assess-offence-not-in-force", offence = k)
            }
            Outcome::No if applies.outcome == Outcome::No => msg!(
                "assess-offence-not-reached",
                offence = k,
                id = Arg::text(Ctx::numbered_id(applies_base, k))
            ),
            Outcome::No => msg!("assess-offence-no-route", offence = k),
            Outcome::Conflict => msg!("assess-offence-conflict", offence = k),
            _ => msg!("assess-offence-open", offence = k, n = tri.missing.len()),
        };
        ctx.push(f);
    }
}

/// A case without a request, or without one of the two States: what does
/// not depend on the pair (status of the States named, arts. 2 and 3), and,
/// for a request, its answer `undetermined` naming the missing State.
fn assess_partial<'a>(
    case: &'a Case,
    data: &'a RefData,
    as_of: Date,
    options: Options,
    kind: Option<RequestKind>,
    requesting: Option<StateCode>,
    requested: Option<StateCode>,
) -> Done<'a> {
    let a = requesting.unwrap_or(STAND_IN[0]);
    let b = requested.unwrap_or(STAND_IN[1]);
    let mut ctx = Ctx::new(case, data, as_of, options, a, b);
    ctx.absent = [requesting.is_none(), requested.is_none()];

    // Status of every State the case names.
    let mut named: Vec<StateCode> = requesting.into_iter().chain(requested).collect();
    for o in &case.offences {
        for list in [&o.committed_in, &o.prepared_in, &o.substantial_effects_in]
            .into_iter()
            .flatten()
        {
            named.extend(list.iter().copied());
        }
        named.extend(o.max_penalty.keys().copied());
    }
    named.extend(case.group.active_in.iter().flatten().copied());
    named.extend(case.states.keys().copied());
    let mut seen: Vec<StateCode> = Vec::with_capacity(named.len());
    for s in named {
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    for &s in &seen {
        status::in_force_for(&mut ctx, s, Instrument::Untoc);
    }
    let mut absent_paths: Vec<&'static str> = Vec::new();
    if kind.is_some() || requesting.is_some() || requested.is_some() {
        if requesting.is_none() {
            absent_paths.push(crate::ctx::REQUESTING_PATH);
        }
        if requested.is_none() {
            absent_paths.push(crate::ctx::REQUESTED_PATH);
        }
    }
    let mut gate = Tri::of(Outcome::Undetermined);
    gate.missing = absent_paths.iter().map(|&p| Fact::plain(p)).collect();
    if !absent_paths.is_empty() {
        let mut f = ctx.finding_from(
            "status.in_force_between",
            Provision::articles(Instrument::Untoc, 36, 38),
            &gate,
        );
        // Fact paths are identifiers, the same in every language.
        let paths = absent_paths
            .iter()
            .map(|p| Arg::text(format!("`{p}`")))
            .collect();
        f.message = msg!("assess-between-not-given", paths = Arg::List(paths));
        gate = ctx.push(f);
    }

    let ocg = art02::is_organized_criminal_group(&mut ctx);
    let n = case.offences.len().max(1);
    for i in 0..n {
        offence_scope(&mut ctx, i, &ocg);
    }
    ctx.suffix.clear();
    ctx.offence_idx = 0;
    if case.several_offences {
        aggregate_scope(&mut ctx, n);
    }

    let mut extra_missing = Vec::new();
    let (answer_id, question) = match kind {
        Some(kind) => {
            let applies = applies_id(kind);
            let answer = answer_id(kind);
            let la = requesting.map_or_else(
                || msg!("assess-question-requesting-not-given").into(),
                Arg::Code,
            );
            let lb = requested.map_or_else(
                || msg!("assess-question-requested-not-given").into(),
                Arg::Code,
            );
            // "the requesting State", "the requested State", or both.
            let unnamed: Vec<Arg> = absent_paths
                .iter()
                .map(|p| {
                    if *p == crate::ctx::REQUESTING_PATH {
                        msg!("assess-the-requesting-state").into()
                    } else {
                        msg!("assess-the-requested-state").into()
                    }
                })
                .collect();
            let mut ids = vec![applies];
            if kind == RequestKind::MutualLegalAssistance {
                ids.push("art18.7.paragraphs_9_29");
            }
            ids.push(answer);
            for id in ids {
                if ctx.tri_of(id).is_some() {
                    continue;
                }
                let citation = crate::catalogue::spec_for(id)
                    .map_or(Provision::untoc(3), |spec| spec.citation);
                let mut f = ctx.finding_from(id, citation, &gate);
                f.message = msg!(
                    "assess-request-unnamed",
                    states = Arg::List(unnamed.clone())
                );
                ctx.push(f);
            }
            (answer, question(kind, la, lb))
        }
        None => {
            if requesting.is_some() || requested.is_some() {
                extra_missing.push(Fact::plain("request.kind"));
            }
            ("art3.1.within_scope", msg!("assess-question-no-request"))
        }
    };
    Done {
        ctx,
        kind,
        answer_id,
        question,
        extra_missing,
    }
}

/// Labels, the ranked missing facts and the open domestic-law questions.
fn finish(
    mut ctx: Ctx<'_>,
    kind: Option<RequestKind>,
    answer_id: &'static str,
    question: Msg,
    extra_missing: Vec<Fact>,
) -> Assessment {
    let requesting = (!ctx.absent[0]).then_some(ctx.requesting);
    let requested = (!ctx.absent[1]).then_some(ctx.requested);
    let requesting_label = requesting.map_or_else(
        || msg!("assess-requesting-not-given"),
        |s| msg!("assess-state", state = s),
    );
    let requested_label = requested.map_or_else(
        || msg!("assess-requested-not-given"),
        |s| msg!("assess-state", state = s),
    );
    let answer_idx = ctx
        .findings
        .iter()
        .rposition(|f| f.id == answer_id)
        .expect("invariant: the answer is pushed");
    // The first finding with the answer's id (the one `answer` returns).
    let answer_at = (ctx.findings[..=answer_idx].iter())
        .position(|f| f.id == answer_id)
        .unwrap_or(answer_idx);
    let (mut missing, mut missing_tiers) = rank_missing(&ctx.findings, answer_idx);
    for m in extra_missing.into_iter().rev() {
        if !missing.contains(&m) {
            missing.insert(0, m);
            missing_tiers.insert(0, MissingTier::Decisive);
        }
    }
    let mut domestic_law_questions: Vec<AskedQuestion> = Vec::new();
    for f in &ctx.findings {
        for q in &f.questions {
            if !domestic_law_questions
                .iter()
                .any(|x| x.id == q.id && x.state == q.state)
            {
                domestic_law_questions.push(q.clone());
            }
        }
    }
    // The route's own questions first; whether a State has established the
    // jurisdiction art. 15 calls for is background to any request.
    domestic_law_questions.sort_by_key(|q| q.id.starts_with("art15."));
    let findings = std::mem::take(&mut ctx.findings);
    Assessment {
        engine: ENGINE_VERSION,
        data_snapshot: ctx.data.snapshot_id().to_string(),
        as_of: ctx.as_of,
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
        serious_crime_law_matters: ctx.readings().any_apart_from(ctx.options.serious_crime_law),
        readings: ctx.readings(),
        answer_at,
    }
}

/// Most decisive first: the facts the answer waits for; then those of open
/// findings that still matter (reached from the answer or from a side finding
/// through open findings only); then the rest, which settle nothing.
fn rank_missing(findings: &[Finding], answer_idx: usize) -> (Vec<Fact>, Vec<MissingTier>) {
    const USED: u8 = 1;
    const RELEVANT: u8 = 2;
    let n = findings.len();
    let mut flags = vec![0u8; n];
    let mut total = 0;
    for f in findings {
        total += f.missing.len();
        for &i in &f.inputs {
            flags[i as usize] |= USED;
        }
    }
    // Roots: the answer and the side findings nothing else uses. A State's
    // serious-crime finding is emitted for every State the case names, but
    // matters only through the findings that use it (art. 3(1)(b) reads the
    // law that characterises the offence): unused, what it misses is moot.
    let mut stack: Vec<usize> = Vec::with_capacity(n);
    stack.extend((0..n).filter(|&i| {
        i == answer_idx
            || (flags[i] & USED == 0 && !findings[i].id.starts_with("art2.b.serious_crime."))
    }));
    while let Some(i) = stack.pop() {
        if flags[i] & RELEVANT != 0 {
            continue;
        }
        flags[i] |= RELEVANT;
        if !findings[i].outcome.is_determined() {
            stack.extend(findings[i].inputs.iter().map(|&j| j as usize));
        }
    }
    let answer = &findings[answer_idx];
    let mut seen = crate::outcome::FactSet::with_expected(total);
    let mut facts: Vec<Fact> = Vec::with_capacity(total.min(64));
    let mut tiers: Vec<MissingTier> = Vec::with_capacity(total.min(64));
    for &m in &answer.missing {
        if seen.insert(m) {
            facts.push(m);
            tiers.push(MissingTier::Decisive);
        }
    }
    for tier in [MissingTier::SideFinding, MissingTier::Moot] {
        for (i, f) in findings.iter().enumerate() {
            let is_relevant = flags[i] & RELEVANT != 0 && !f.outcome.is_determined();
            if (tier == MissingTier::SideFinding) != is_relevant {
                continue;
            }
            for &m in &f.missing {
                if seen.insert(m) {
                    facts.push(m);
                    tiers.push(tier);
                }
            }
        }
    }
    (facts, tiers)
}

/// For `[[offences]]`: the unsuffixed id answers for the request as a whole —
/// `yes` when yes for at least one offence, `no` when no for all, otherwise
/// `undetermined`.
fn aggregate(ctx: &mut Ctx<'_>, id: &str, citation: Provision, n: usize) -> Tri {
    // A State's serious crime is asked per offence only where that offence
    // gives it a maximum: for the others it stays unknown, so the whole is
    // `no` only when `no` for every offence.
    let serious_of = id
        .strip_prefix("art2.b.serious_crime.")
        .and_then(|s| s.parse::<StateCode>().ok());
    let parts: Vec<(usize, Tri)> = (1..=n)
        .filter_map(|i| match ctx.tri_of_numbered(id, i) {
            Some(t) => Some((i, t)),
            None => serious_of.map(|s| {
                (
                    i,
                    Tri::missing(Fact::offence(i as u32, "max_penalty").of(s)),
                )
            }),
        })
        .collect();
    let refs: Vec<&Tri> = parts.iter().map(|(_, t)| t).collect();
    let mut tri = Tri::any(&refs);
    if tri.outcome == Outcome::DependsOnDomesticLaw || tri.outcome == Outcome::Conflict {
        tri.outcome = Outcome::Undetermined;
    }
    let mut f = ctx.finding_from(id.to_string(), citation, &tri);
    // The offences that decide it (yes), or that leave it open.
    let numbers: Vec<Arg> = parts
        .iter()
        .filter(|(_, t)| match tri.outcome {
            Outcome::Yes => t.outcome == Outcome::Yes,
            Outcome::No => false,
            _ => !t.outcome.is_determined(),
        })
        .map(|(i, _)| Arg::from(*i))
        .collect();
    f.message = match tri.outcome {
        Outcome::Yes => msg!("assess-aggregate-yes", offences = Arg::List(numbers), n = n),
        Outcome::No => msg!("assess-aggregate-no", n = n),
        _ => msg!("assess-aggregate-open", offences = Arg::List(numbers)),
    };
    ctx.push(f)
}
