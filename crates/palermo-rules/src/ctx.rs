//! The evaluation context: facts, reference data, `as_of` and options in, the
//! growing list of findings out. Rules receive it; nothing here reads a file or
//! the clock.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

use jiff::civil::Date;
use palermo_i18n::Arg;
use palermo_refdata::{RefData, StateCode};

use crate::facts::{Case, Offence, Options, StateFacts};
use crate::outcome::{AskedQuestion, Cited, Fact, Finding, Outcome, Tri};
use crate::questions::{question, DomesticQuestion};
use crate::readings::ReadingSplit;

/// What a rule needs, and where its findings go.
pub struct Ctx<'a> {
    /// The facts.
    pub case: &'a Case,
    /// Reference data.
    pub data: &'a RefData,
    /// The date treaty status is read at.
    pub as_of: Date,
    /// Interpretive switches.
    pub options: Options,
    /// The requesting State.
    pub requesting: StateCode,
    /// The requested State.
    pub requested: StateCode,
    pub(crate) findings: Vec<Finding>,
    /// `""`, or `#n` while evaluating the n-th of several offences.
    pub(crate) suffix: String,
    /// Index of the offence being evaluated.
    pub(crate) offence_idx: usize,
    /// Entry-into-force dates already computed.
    eifs: Vec<(StateCode, palermo_cite::Instrument, Option<Date>)>,
    /// State labels already built.
    labels: RefCell<Vec<(StateCode, Arc<str>)>>,
    /// In a partial assessment, which State of the pair the case does not
    /// give (`requesting`, `requested`): their fields then hold a stand-in
    /// that no rule may read (see [`Ctx::absent`]).
    pub(crate) absent: [bool; 2],
    /// Position of the last finding with each id, by a hash of the id
    /// (checked against the finding on lookup), for cases with many offences
    /// (a scan per lookup would make them quadratic).
    index: Option<rustc_hash::FxHashMap<u64, u32>>,
    /// Which readings of `--serious-crime-law` gave different outcomes
    /// where the engine consulted the reading (see [`ReadingSplit`]).
    readings: Cell<ReadingSplit>,
    /// A run whose answer's outcome alone is read (the sensitivity's): the
    /// values rules read from earlier findings carry their outcome without
    /// the lists that explain it (missing facts, `because`, inputs), and a
    /// finding built from a value does not copy them. Sound because no
    /// rule decides an outcome from those lists (ARCHITECTURE.md).
    pub(crate) outcome_only: bool,
}

/// The key of an id in [`Ctx`]'s index.
fn id_hash(id: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(id);
    h.finish()
}

/// `parts` joined, built on the stack when short, passed to `f` as bytes:
/// an id to look up without allocating it (or checking again that text
/// joined from text is text).
fn joined<R>(parts: &[&[u8]], f: impl FnOnce(&[u8]) -> R) -> R {
    let n: usize = parts.iter().map(|p| p.len()).sum();
    let mut buf = [0u8; 128];
    if n > buf.len() {
        return f(&parts.concat());
    }
    let mut at = 0;
    for p in parts {
        buf[at..at + p.len()].copy_from_slice(p);
        at += p.len();
    }
    f(&buf[..n])
}

/// Appends a State's code, letter by letter (ASCII: one byte each), without
/// checking again that its letters are text.
fn push_code(s: &mut String, state: StateCode) {
    for &b in state.as_bytes() {
        s.push(char::from(b));
    }
}

/// `<base>.<ISO3>`, built in one allocation.
pub(crate) fn join_state(base: &str, state: StateCode) -> String {
    let mut id = String::with_capacity(base.len() + 4);
    id.push_str(base);
    id.push('.');
    push_code(&mut id, state);
    id
}

/// The fact path of a State of the pair the case does not give.
pub(crate) const REQUESTING_PATH: &str = "request.requesting_state";
/// See [`REQUESTING_PATH`].
pub(crate) const REQUESTED_PATH: &str = "request.requested_state";

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        case: &'a Case,
        data: &'a RefData,
        as_of: Date,
        options: Options,
        requesting: StateCode,
        requested: StateCode,
    ) -> Ctx<'a> {
        // Room for what a case usually gives (one offence: 40 to 70
        // findings; each further offence about 30), so neither the list nor
        // its index is moved while it grows.
        let expected = if case.several_offences {
            40 + 30 * case.offences.len()
        } else {
            72
        };
        Ctx {
            case,
            data,
            as_of,
            options,
            requesting,
            requested,
            findings: Vec::with_capacity(expected),
            suffix: String::new(),
            offence_idx: 0,
            eifs: Vec::new(),
            labels: RefCell::new(Vec::new()),
            absent: [false, false],
            index: case.several_offences.then(|| {
                rustc_hash::FxHashMap::with_capacity_and_hasher(expected, Default::default())
            }),
            readings: Cell::new(ReadingSplit::default()),
            outcome_only: false,
        }
    }

    /// Records a point where the engine consults `--serious-crime-law` and
    /// combines the two States' results as it says (the requesting State's,
    /// the requested State's, both, either): where the two have the same
    /// outcome every reading gives that outcome.
    pub(crate) fn readings_combine(&self, requesting: Outcome, requested: Outcome) {
        let mut r = self.readings.get();
        r.record_pair(requesting, requested);
        self.readings.set(r);
    }

    /// Records a point where the engine consults `--serious-crime-law` in a
    /// way not told in outcomes: any reading may change what follows.
    pub(crate) fn readings_unknown(&self) {
        let mut r = self.readings.get();
        r.record_unknown();
        self.readings.set(r);
    }

    /// Which readings the assessment told apart.
    pub(crate) fn readings(&self) -> ReadingSplit {
        self.readings.get()
    }

    /// The missing-State value when `state` is a stand-in for a State of the
    /// pair the case does not give; `None` for a real State.
    pub(crate) fn absent(&self, state: StateCode) -> Option<Tri> {
        if self.absent[0] && state == self.requesting {
            Some(Tri::missing(Fact::plain(REQUESTING_PATH)))
        } else if self.absent[1] && state == self.requested {
            Some(Tri::missing(Fact::plain(REQUESTED_PATH)))
        } else {
            None
        }
    }

    pub(crate) fn eif_cache(
        &self,
        state: StateCode,
        instrument: palermo_cite::Instrument,
    ) -> Option<Date> {
        self.eifs
            .iter()
            .find(|(s, i, _)| *s == state && *i == instrument)
            .and_then(|(_, _, d)| *d)
    }

    pub(crate) fn set_eif_cache(
        &mut self,
        state: StateCode,
        instrument: palermo_cite::Instrument,
        eif: Option<Date>,
    ) {
        self.eifs.push((state, instrument, eif));
    }

    /// The offence being evaluated.
    pub fn offence(&self) -> &'a Offence {
        &self.case.offences[self.offence_idx]
    }

    /// The fact-path prefix of the offence being evaluated (`offence` or `offences[2]`).
    pub fn offence_path(&self) -> String {
        if self.case.several_offences {
            format!("offences[{}]", self.offence_idx + 1)
        } else {
            "offence".to_string()
        }
    }

    /// `field` of the offence being evaluated, as a fact
    /// (`offence.committed_in`, `offences[2].elements.intentional`).
    pub fn offence_fact(&self, field: &'static str) -> Fact {
        let n = if self.case.several_offences {
            self.offence_idx as u32 + 1
        } else {
            0
        };
        Fact::offence(n, field)
    }

    /// `id` with the current offence suffix (no allocation without one).
    pub fn oid(&self, id: &'static str) -> Cow<'static, str> {
        if self.suffix.is_empty() {
            Cow::Borrowed(id)
        } else {
            let mut s = String::with_capacity(id.len() + self.suffix.len());
            s.push_str(id);
            s.push_str(&self.suffix);
            Cow::Owned(s)
        }
    }

    /// A built id with the current offence suffix.
    pub fn oid_owned(&self, mut id: String) -> Cow<'static, str> {
        id.push_str(&self.suffix);
        Cow::Owned(id)
    }

    /// `<base>.<ISO3>` with the current offence suffix
    /// (`art2.b.serious_crime.KEN#2`), built in one allocation.
    pub fn oid_state(&self, base: &str, state: StateCode) -> Cow<'static, str> {
        let mut s = String::with_capacity(base.len() + 4 + self.suffix.len());
        s.push_str(base);
        s.push('.');
        push_code(&mut s, state);
        s.push_str(&self.suffix);
        Cow::Owned(s)
    }

    /// The value of the finding `id` of the offence being evaluated (with
    /// its suffix), if already produced. Builds no id.
    pub fn tri_of_offence(&self, id: &str) -> Option<Tri> {
        joined(&[id.as_bytes(), self.suffix.as_bytes()], |id| {
            self.tri_at(id)
        })
    }

    /// The value of the finding `<base>.<ISO3>` (with the offence suffix
    /// when `offence`), if already produced. Builds no id.
    pub fn tri_of_state(&self, base: &str, state: StateCode, offence: bool) -> Option<Tri> {
        let suffix = if offence { self.suffix.as_str() } else { "" };
        joined(
            &[base.as_bytes(), b".", state.as_bytes(), suffix.as_bytes()],
            |id| self.tri_at(id),
        )
    }

    /// `<base>#<k>`: the id of offence k's finding, built in one allocation.
    pub fn numbered_id(base: &str, k: usize) -> String {
        let mut digits = itoa::Buffer::new();
        let k = digits.format(k);
        let mut id = String::with_capacity(base.len() + 1 + k.len());
        id.push_str(base);
        id.push('#');
        id.push_str(k);
        id
    }

    /// The value of the finding `<base>#<k>` (offence k of several), if
    /// already produced. Builds no id.
    pub fn tri_of_numbered(&self, base: &str, k: usize) -> Option<Tri> {
        let mut digits = itoa::Buffer::new();
        let k = digits.format(k);
        joined(&[base.as_bytes(), b"#", k.as_bytes()], |id| self.tri_at(id))
    }

    /// Facts stated in the case about `state`, if any.
    pub fn state_facts(&self, state: StateCode) -> Option<&'a StateFacts> {
        self.case.states.get(&state)
    }

    /// "Kenya (KEN)", or the code alone when no name is known. Cached: the
    /// same labels appear in many explanations.
    pub fn label(&self, state: StateCode) -> Arc<str> {
        if let Some((_, l)) = self.labels.borrow().iter().find(|(s, _)| *s == state) {
            return l.clone();
        }
        let label: Arc<str> = match self.state_facts(state).and_then(|s| s.name.as_deref()) {
            Some(n) => format!("{n} ({state})").into(),
            None => match self.data.state_label(state) {
                Some(l) => l.clone(),
                None => state.to_string().into(),
            },
        };
        self.labels.borrow_mut().push((state, label.clone()));
        label
    }

    /// Records a finding and returns its value for the rules that build on it.
    pub fn push(&mut self, finding: Finding) -> Tri {
        let at = self.findings.len();
        // Moved into the list first and read there: reading the argument
        // before the move made the compiler copy the whole finding twice.
        self.findings.push(finding);
        let pushed = &self.findings[at];
        if let Some(index) = &mut self.index {
            index.insert(id_hash(pushed.id.as_bytes()), at as u32);
        }
        self.value_at(at, pushed)
    }

    /// The value of the finding `f` at position `at`, as rules read it:
    /// without its lists in an [`Ctx::outcome_only`] run.
    #[inline]
    fn value_at(&self, at: usize, f: &Finding) -> Tri {
        if self.outcome_only {
            Tri::of(f.outcome)
        } else {
            Tri::at(at, f)
        }
    }

    /// Position of the last finding with this id (its bytes).
    fn position(&self, id: &[u8]) -> Option<usize> {
        let is = |f: &Finding| f.id.as_bytes() == id;
        match &self.index {
            Some(index) => match index.get(&id_hash(id)) {
                Some(&i) if is(&self.findings[i as usize]) => Some(i as usize),
                // Another id with the same hash came later: look it up.
                Some(_) => self.findings.iter().rposition(is),
                None => None,
            },
            None => self.findings.iter().rposition(is),
        }
    }

    /// The finding with this id, if already produced.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.position(id.as_bytes()).map(|i| &self.findings[i])
    }

    /// The value of the finding with this id, if already produced.
    pub fn tri_of(&self, id: &str) -> Option<Tri> {
        self.tri_at(id.as_bytes())
    }

    /// [`Ctx::tri_of`] for an id as bytes.
    fn tri_at(&self, id: &[u8]) -> Option<Tri> {
        let idx = self.position(id)?;
        Some(self.value_at(idx, &self.findings[idx]))
    }

    /// Position of the last finding with this id, if already produced.
    pub(crate) fn position_of(&self, id: &str) -> Option<u32> {
        self.position(id.as_bytes()).map(|i| i as u32)
    }

    /// The explanation of an open answer: for a conflict, says so and names
    /// the findings whose facts contradict each other; otherwise `open`.
    pub(crate) fn conflict_or(
        &self,
        tri: &Tri,
        open: impl Into<palermo_i18n::Msg>,
    ) -> palermo_i18n::Msg {
        if tri.outcome != Outcome::Conflict {
            return open.into();
        }
        // The conflicts at the root: follow conflicting inputs down to the
        // findings where the facts themselves clash.
        let mut ids: Vec<&str> = Vec::new();
        let mut stack: Vec<u32> = tri.because.to_vec();
        let mut seen: Vec<u32> = Vec::new();
        while let Some(i) = stack.pop() {
            if seen.contains(&i) {
                continue;
            }
            seen.push(i);
            let f = &self.findings[i as usize];
            if f.outcome != Outcome::Conflict {
                continue;
            }
            let deeper: Vec<u32> = f
                .inputs
                .iter()
                .copied()
                .filter(|&j| self.findings[j as usize].outcome == Outcome::Conflict)
                .collect();
            if deeper.is_empty() {
                if !ids.contains(&&*f.id) {
                    ids.push(&f.id);
                }
            } else {
                stack.extend(deeper);
            }
        }
        if ids.is_empty() {
            msg!("ctx-conflict")
        } else {
            // Finding ids are identifiers, the same in every language.
            let ids = ids.iter().map(|id| Arg::text(format!("`{id}`"))).collect();
            msg!("ctx-conflict-see", ids = Arg::List(ids))
        }
    }

    /// The id of the finding at this position.
    pub fn id_at(&self, position: u32) -> &str {
        &self.findings[position as usize].id
    }

    /// A finding whose outcome, `because`, `missing` and inputs come from a
    /// combined value.
    pub fn finding_from(
        &self,
        id: impl Into<Cow<'static, str>>,
        citation: palermo_cite::Provision,
        tri: &Tri,
    ) -> Finding {
        let mut f = Finding::new(id, citation, tri.outcome);
        if self.outcome_only {
            return f;
        }
        f.because = crate::outcome::copied(&tri.because);
        f.missing = crate::outcome::copied(&tri.missing);
        f.inputs = crate::outcome::copied(&tri.inputs);
        f
    }

    /// Copies the deciding and input findings of `tri` onto `f`.
    pub fn rest_on(&self, f: &mut Finding, tri: &Tri) {
        if self.outcome_only {
            return;
        }
        f.because = crate::outcome::copied(&tri.because);
        f.inputs = crate::outcome::copied(&tri.inputs);
    }

    /// Answers a domestic-law question for `state` from the case. Returns the
    /// answer, or records the question on the finding as still open.
    pub fn domestic(
        &self,
        state: StateCode,
        id: &'static str,
        finding: &mut Finding,
    ) -> Option<bool> {
        let q: &DomesticQuestion =
            question(id).expect("invariant: question ids used by rules are catalogued");
        let answer = self
            .case
            .domestic_law
            .get(&state)
            .and_then(|m| m.get(id))
            .copied();
        match answer {
            Some(b) => {
                let source = Cited::DomesticLaw {
                    state,
                    question: q.id,
                    answer: b,
                };
                if !finding.sources.contains(&source) {
                    finding.sources.push(source);
                }
            }
            // A message is cheap to build: no text until the edge words it.
            None => finding.questions.push(AskedQuestion {
                id: q.id,
                state,
                question: q.ask(state),
                citation: q.citation,
            }),
        }
        answer
    }

    /// The States whose law characterises the offence, and whether all of
    /// them (`true`) or any one (`false`) must agree, as
    /// `--serious-crime-law` chooses (interpretation `serious-crime-law`).
    pub fn offence_law_states(&self) -> (Vec<StateCode>, bool) {
        // What a rule does with the States is not known here: any reading
        // may change it.
        self.readings_unknown();
        self.law_states()
    }

    /// [`Ctx::offence_law_states`] for [`Ctx::offence_law_tri`], which
    /// tells itself whether the States differ.
    fn law_states(&self) -> (Vec<StateCode>, bool) {
        use crate::facts::SeriousCrimeLaw;
        let (a, b) = (self.requesting, self.requested);
        let (mut states, all) = match self.options.serious_crime_law {
            SeriousCrimeLaw::Requesting => (vec![a], true),
            SeriousCrimeLaw::Requested => (vec![b], true),
            SeriousCrimeLaw::Both => (vec![a, b], true),
            SeriousCrimeLaw::Either => (vec![a, b], false),
        };
        // A State the case does not give has no law to ask.
        states.retain(|&s| self.absent(s).is_none());
        (states, all)
    }

    /// The missing-State value when a State whose law characterises the
    /// offence is not given (a partial assessment).
    pub(crate) fn offence_law_absent(&self) -> Option<Tri> {
        use crate::facts::SeriousCrimeLaw;
        let (a, b) = (self.requesting, self.requested);
        if self.absent(a).is_some() || self.absent(b).is_some() {
            // Which States are needed, so whether one is missing, depends
            // on the reading.
            self.readings_unknown();
        }
        let needed: &[StateCode] = match self.options.serious_crime_law {
            SeriousCrimeLaw::Requesting => &[a],
            SeriousCrimeLaw::Requested => &[b],
            SeriousCrimeLaw::Both | SeriousCrimeLaw::Either => &[a, b],
        };
        let absent: Vec<Tri> = needed.iter().filter_map(|&s| self.absent(s)).collect();
        let refs: Vec<&Tri> = absent.iter().collect();
        (!absent.is_empty()).then(|| Tri::all(&refs))
    }

    /// A domestic-law question put to each State whose law characterises the
    /// offence, combined as [`Ctx::offence_law_states`] says. `None` answers
    /// count as `depends_on_domestic_law`.
    pub fn offence_law_tri(&self, id: &'static str, finding: &mut Finding) -> Tri {
        finding.basis = crate::outcome::Basis::Interpretation("offence-law");
        if let Some(missing) = self.offence_law_absent() {
            return missing;
        }
        // Another reading asks the other State (or both): record what each
        // reading gives here (a State's law that gives no answer counts as
        // depending on it, as below).
        let answer = |s: StateCode| {
            (self.case.domestic_law.get(&s))
                .and_then(|m| m.get(id))
                .copied()
        };
        let outcome = |a: Option<bool>| a.map_or(Outcome::DependsOnDomesticLaw, Outcome::from_bool);
        self.readings_combine(
            outcome(answer(self.requesting)),
            outcome(answer(self.requested)),
        );
        let (states, all) = self.law_states();
        let each: Vec<Tri> = states
            .iter()
            .map(|&s| self.domestic_tri(s, id, finding))
            .collect();
        let refs: Vec<&Tri> = each.iter().collect();
        if all {
            Tri::all(&refs)
        } else {
            Tri::any(&refs)
        }
    }

    /// Outcome of a domestic-law question as a three-valued fact.
    pub fn domestic_tri(&self, state: StateCode, id: &'static str, finding: &mut Finding) -> Tri {
        match self.domestic(state, id, finding) {
            Some(b) => Tri::of(Outcome::from_bool(b)),
            None => Tri::of(Outcome::DependsOnDomesticLaw),
        }
    }
}
