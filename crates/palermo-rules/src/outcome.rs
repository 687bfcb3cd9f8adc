//! Outcomes, strengths, bases and findings: the vocabulary every rule speaks.
//!
//! Legal indeterminacy is never an error: a rule answers `Yes`, `No`,
//! `Undetermined` (naming the missing facts), `DependsOnDomesticLaw` (naming
//! the State and the question) or `Conflict` (the facts contradict each other).

use std::borrow::Cow;

use palermo_cite::Provision;

/// The result of a legal test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Holds on the facts and the text.
    Yes,
    /// Does not hold on the facts and the text.
    No,
    /// A fact that decides it is missing (see the finding's `missing`).
    Undetermined,
    /// The Convention leaves it to a State's own law (see the finding's `question`).
    DependsOnDomesticLaw,
    /// The facts given contradict each other.
    Conflict,
}

impl Outcome {
    /// The contract's spelling (`yes`, `no`, `undetermined`, `depends_on_domestic_law`, `conflict`).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Yes => "yes",
            Outcome::No => "no",
            Outcome::Undetermined => "undetermined",
            Outcome::DependsOnDomesticLaw => "depends_on_domestic_law",
            Outcome::Conflict => "conflict",
        }
    }

    /// Parses the contract's spelling.
    pub fn parse(s: &str) -> Option<Outcome> {
        [
            Outcome::Yes,
            Outcome::No,
            Outcome::Undetermined,
            Outcome::DependsOnDomesticLaw,
            Outcome::Conflict,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }

    /// Yes or No.
    pub fn is_determined(self) -> bool {
        matches!(self, Outcome::Yes | Outcome::No)
    }

    /// From a known boolean.
    pub fn from_bool(b: bool) -> Outcome {
        if b {
            Outcome::Yes
        } else {
            Outcome::No
        }
    }

    /// The outcome of a three-valued conjunction of two ([`Tri::all`]).
    pub(crate) fn and(a: Outcome, b: Outcome) -> Outcome {
        if b.and_rank() < a.and_rank() {
            b
        } else {
            a
        }
    }

    /// The outcome of a three-valued disjunction of two ([`Tri::any`]).
    pub(crate) fn or(a: Outcome, b: Outcome) -> Outcome {
        if b.or_rank() < a.or_rank() {
            b
        } else {
            a
        }
    }

    /// Rank for conjunction: the first that appears among the operands wins.
    fn and_rank(self) -> u8 {
        match self {
            Outcome::No => 0,
            Outcome::Conflict => 1,
            Outcome::Undetermined => 2,
            Outcome::DependsOnDomesticLaw => 3,
            Outcome::Yes => 4,
        }
    }

    fn or_rank(self) -> u8 {
        match self {
            Outcome::Yes => 0,
            Outcome::Conflict => 1,
            Outcome::Undetermined => 2,
            Outcome::DependsOnDomesticLaw => 3,
            Outcome::No => 4,
        }
    }
}

/// Strength of the obligation a finding describes (rules spec §0.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// "shall", unqualified.
    Mandatory,
    /// "shall", bounded by domestic law or "to the greatest extent possible".
    MandatoryQualified,
    /// "may not refuse on the sole ground".
    ProhibitedGround,
    /// "shall consider".
    ShallConsider,
    /// "shall endeavour", "encouraged".
    Endeavour,
    /// "may".
    Discretionary,
    /// "nothing shall be interpreted as imposing an obligation": a permitted refusal.
    NoObligation,
}

impl Strength {
    /// Every strength, strongest first.
    pub const ALL: [Strength; 7] = [
        Strength::Mandatory,
        Strength::MandatoryQualified,
        Strength::ProhibitedGround,
        Strength::ShallConsider,
        Strength::Endeavour,
        Strength::Discretionary,
        Strength::NoObligation,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Mandatory => "mandatory",
            Strength::MandatoryQualified => "mandatory_qualified",
            Strength::ProhibitedGround => "prohibited_ground",
            Strength::ShallConsider => "shall_consider",
            Strength::Endeavour => "endeavour",
            Strength::Discretionary => "discretionary",
            Strength::NoObligation => "no_obligation",
        }
    }

    /// Words for a reader ("at the requested State's discretion").
    pub fn describe(self) -> &'static str {
        match self {
            Strength::Mandatory => "mandatory",
            Strength::MandatoryQualified => "mandatory within the limits of domestic law",
            Strength::ProhibitedGround => "a ground on which refusal is not allowed",
            Strength::ShallConsider => "a duty to consider only",
            Strength::Endeavour => "best efforts",
            Strength::Discretionary => "discretionary",
            Strength::NoObligation => "a permitted refusal",
        }
    }
}

/// Whether a finding rests on the text or on a documented interpretation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The Convention's text (and the facts).
    Text,
    /// A documented default reading; the anchor names its entry in
    /// `docs/legal-method.md` (e.g. `benefit`).
    Interpretation(&'static str),
}

impl Basis {
    /// `text` or `interpretation`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Text => "text",
            Basis::Interpretation(_) => "interpretation",
        }
    }
}

/// A question the Convention leaves to a State's own law, as asked in one case.
#[derive(Clone, Debug, PartialEq)]
pub struct AskedQuestion {
    /// Stable id (`art16.7.extradites_own_nationals`).
    pub id: &'static str,
    /// The State whose law answers it.
    pub state: palermo_refdata::StateCode,
    /// The question naming the State, as a message (worded at the edge).
    pub question: palermo_i18n::Msg,
    /// The provision that hands it to domestic law.
    pub citation: Provision,
}

/// Where a fact a finding used comes from, when it is not one of the case's
/// plain facts. Rendered at the edge (`Display`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cited {
    /// A fact stated in the case, at this path (`states.KEN.untoc_consent`),
    /// with the value written there when it helps.
    Case(String),
    /// An answer to a domestic-law question given in the case.
    DomesticLaw {
        /// The State whose law it is.
        state: palermo_refdata::StateCode,
        /// The question id.
        question: &'static str,
        /// The answer.
        answer: bool,
    },
    /// A record of the reference data, with its source document and as-of date.
    Data {
        /// Data file name.
        file: &'static str,
        /// Line in it.
        line: u64,
        /// The source document.
        url: std::sync::Arc<str>,
        /// The date the source reflects (empty when not recorded).
        as_of: std::sync::Arc<str>,
        /// What the record says, when it is a statement (a notification).
        summary: Option<std::sync::Arc<str>>,
    },
}

impl Cited {
    /// Cites a record of the reference data.
    pub fn data(source: &palermo_refdata::Source, summary: Option<&std::sync::Arc<str>>) -> Cited {
        Cited::Data {
            file: source.file,
            line: source.line,
            url: source.url.clone(),
            as_of: source.as_of.clone(),
            summary: summary.cloned(),
        }
    }
}

impl std::fmt::Display for Cited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cited::Case(path) => write!(f, "stated in the case: {path}"),
            Cited::DomesticLaw {
                state,
                question,
                answer,
            } => {
                write!(
                    f,
                    "stated in the case: domestic law of {state} ({question} = {answer})"
                )
            }
            Cited::Data {
                file,
                line,
                url,
                as_of,
                summary,
            } => {
                let as_of: &str = if as_of.is_empty() {
                    "an unrecorded date"
                } else {
                    as_of
                };
                write!(f, "data: {file}:{line} ({url}, as of {as_of})")?;
                if let Some(s) = summary {
                    write!(f, ": {s}")?;
                }
                Ok(())
            }
        }
    }
}

/// One step of the reasoning.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Stable id (`art16.1.applies`, `art2.b.serious_crime.ITA#2`).
    pub id: Cow<'static, str>,
    /// The result.
    pub outcome: Outcome,
    /// The provision applied.
    pub citation: Provision,
    /// Text or interpretation.
    pub basis: Basis,
    /// Strength of the obligation, where the finding describes one.
    pub strength: Option<Strength>,
    /// What it found, as a message id with typed arguments (worded at the
    /// edge, in the language asked).
    pub message: palermo_i18n::Msg,
    /// Positions (in the assessment's findings) of the findings this one
    /// rests on (the deciding ones); [`crate::Assessment::because`] gives
    /// them as findings, and so their ids.
    pub because: Because,
    /// The facts whose absence leaves it undetermined (each written as its
    /// path, `offence.committed_in`, by `Display` or [`Fact::path`]).
    pub missing: Facts,
    /// Where facts came from, when not from the case's plain facts
    /// (a statement in the case, a domestic-law answer, a data row).
    pub sources: Vec<Cited>,
    /// Domestic-law questions this finding waits for (unanswered ones only).
    pub questions: Vec<AskedQuestion>,
    /// Positions (in the assessment's findings) of every finding this one
    /// was computed from, deciding or not (`because` keeps only the deciding
    /// ones). Used to tell which missing facts could still change something.
    pub(crate) inputs: Ids,
}

/// Positions of the findings a finding rests on: inline for the usual few
/// (a position, not an id: nothing is copied or allocated to record them).
pub type Because = smallvec::SmallVec<[u32; 4]>;

/// Positions of findings in the assessment, kept inline (no allocation for
/// the usual handful).
pub(crate) type Ids = smallvec::SmallVec<[u32; 8]>;

/// A copy of a short list of plain values. Most lists a finding or a value
/// carries are empty or hold one element (DESIGN.md): those are made
/// without the call a slice copy of unknown length becomes.
#[inline]
pub(crate) fn copied<A: smallvec::Array>(s: &[A::Item]) -> smallvec::SmallVec<A>
where
    A::Item: Copy,
{
    match s {
        [] => smallvec::SmallVec::new(),
        [x] => {
            let mut v = smallvec::SmallVec::new();
            v.push(*x);
            v
        }
        _ => smallvec::SmallVec::from_slice(s),
    }
}

impl Finding {
    /// A new finding with no explanation yet.
    pub fn new(id: impl Into<Cow<'static, str>>, citation: Provision, outcome: Outcome) -> Finding {
        Finding {
            id: id.into(),
            outcome,
            citation,
            basis: Basis::Text,
            strength: None,
            message: palermo_i18n::Msg::default(),
            because: Because::new(),
            missing: Facts::new(),
            sources: Vec::new(),
            questions: Vec::new(),
            inputs: Ids::new(),
        }
    }
}

/// A fact path (`offences[2].committed_in`, `states.KEN.untoc_consent`),
/// kept as its parts while reasoning: copied, compared and hashed without
/// allocating, and written out once, when the assessment is complete.
///
/// Each path has exactly one spelling as parts (a path under `offence` or
/// `offences[n]` is always [`Ctx::offence_fact`](crate::Ctx::offence_fact),
/// one under `states.<ISO3>` always [`Fact::state`]), so two facts are equal
/// exactly when their paths are.
#[derive(Clone, Copy)]
pub struct Fact {
    /// The path after the head (the whole path for a plain one).
    tail: &'static str,
    /// The head's number (offence, other basis) or State code letters.
    slot: u32,
    head: FactHead,
    /// A State code appended as the last segment (`….punishable_in.KEN`),
    /// or zeros.
    suffix: [u8; 3],
}

impl PartialEq for Fact {
    fn eq(&self, other: &Fact) -> bool {
        // The small parts first; the same literal is usually the same address.
        self.slot == other.slot
            && self.head == other.head
            && self.suffix == other.suffix
            && (std::ptr::eq(self.tail, other.tail) || self.tail == other.tail)
    }
}

impl Eq for Fact {}

impl std::hash::Hash for Fact {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.key());
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum FactHead {
    /// The tail is the whole path (`request.person_located_in`).
    Plain,
    /// `offence.` (slot 0, the case's one offence) or `offences[n].`.
    Offence,
    /// `states.<ISO3>.` (the letters in the slot).
    State,
    /// `other_bases[n].`
    OtherBase,
}

/// Missing facts, kept inline for the usual one or two.
pub type Facts = smallvec::SmallVec<[Fact; 2]>;

fn code_bytes(state: palermo_refdata::StateCode) -> [u8; 3] {
    *state.as_bytes()
}

impl Fact {
    const fn new(head: FactHead, slot: u32, tail: &'static str) -> Fact {
        Fact {
            tail,
            slot,
            head,
            suffix: [0; 3],
        }
    }

    /// A path written in full (`request.person_located_in`).
    pub const fn plain(path: &'static str) -> Fact {
        Fact::new(FactHead::Plain, 0, path)
    }

    /// `field` of offence `n` (1-based; 0 for the case's one `offence`).
    pub const fn offence(n: u32, field: &'static str) -> Fact {
        Fact::new(FactHead::Offence, n, field)
    }

    /// `states.<state>.<field>`.
    pub fn state(state: palermo_refdata::StateCode, field: &'static str) -> Fact {
        let [a, b, c] = code_bytes(state);
        Fact::new(FactHead::State, u32::from_le_bytes([a, b, c, 0]), field)
    }

    /// `other_bases[n].<field>` (1-based).
    pub const fn other_base(n: u32, field: &'static str) -> Fact {
        Fact::new(FactHead::OtherBase, n, field)
    }

    /// The same path with a State code as its last segment
    /// (`offence.punishable_in` → `offence.punishable_in.KEN`).
    pub fn of(self, state: palermo_refdata::StateCode) -> Fact {
        Fact {
            suffix: code_bytes(state),
            ..self
        }
    }

    /// A summary of the fact for hashing: equal facts have equal keys, and
    /// different facts rarely do (the tail's length and last bytes stand for
    /// it). Reads no more than eight bytes of the tail.
    pub(crate) fn key(&self) -> u64 {
        let t = self.tail.as_bytes();
        let last = match t.len().checked_sub(8) {
            // One load for the usual tail of eight bytes or more.
            Some(start) => {
                let mut last = [0u8; 8];
                last.copy_from_slice(&t[start..]);
                u64::from_le_bytes(last)
            }
            None => t.iter().fold(0u64, |k, &b| (k << 8) | u64::from(b)),
        };
        let tail = last ^ ((t.len() as u64) << 56);
        let [a, b, c] = self.suffix;
        let rest = u64::from(self.slot)
            | (self.head as u64) << 32
            | u64::from_le_bytes([0, 0, 0, 0, 0, a, b, c]);
        tail.rotate_left(29) ^ rest.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    /// Appends the path to `out`.
    pub fn write_to(&self, out: &mut String) {
        self.write_into(out);
    }

    fn write_into(&self, out: &mut impl PathSink) {
        fn number(out: &mut impl PathSink, n: u32) {
            out.put(itoa::Buffer::new().format(n));
        }
        fn code(out: &mut impl PathSink, letters: &[u8]) {
            out.put(std::str::from_utf8(letters).unwrap_or_default());
        }
        match self.head {
            FactHead::Plain => {}
            FactHead::Offence if self.slot == 0 => out.put("offence."),
            FactHead::Offence => {
                out.put("offences[");
                number(out, self.slot);
                out.put("].");
            }
            FactHead::State => {
                out.put("states.");
                code(out, &self.slot.to_le_bytes()[..3]);
                out.put(".");
            }
            FactHead::OtherBase => {
                out.put("other_bases[");
                number(out, self.slot);
                out.put("].");
            }
        }
        out.put(self.tail);
        if self.suffix[0] != 0 {
            out.put(".");
            code(out, &self.suffix);
        }
    }

    /// The paths of `facts`, in order.
    pub fn paths(facts: &[Fact]) -> Vec<String> {
        facts.iter().map(Fact::path).collect()
    }

    /// The path as text.
    pub fn path(&self) -> String {
        let mut out = String::with_capacity(self.tail.len() + 24);
        self.write_to(&mut out);
        out
    }
}

/// Facts seen so far, to keep the first of each: a small open-addressing
/// table of their keys while few (no allocation, a probe or two per fact),
/// a hash set past that.
pub(crate) struct FactSet {
    /// Keys of the facts in `few`, by slot ([`FactSet::SLOTS`], at most half full).
    keys: [u64; FactSet::SLOTS],
    /// For each slot, 1 + the fact's position in `few`; 0 when empty.
    at: [u8; FactSet::SLOTS],
    few: smallvec::SmallVec<[Fact; FactSet::FEW]>,
    many: Option<rustc_hash::FxHashSet<Fact>>,
    /// How many facts may be offered: the hash set's size, if one is needed.
    expected: usize,
}

impl FactSet {
    const FEW: usize = 32;
    const SLOTS: usize = 2 * FactSet::FEW;

    /// A set for up to `expected` insertions.
    pub(crate) fn with_expected(expected: usize) -> FactSet {
        FactSet {
            keys: [0; FactSet::SLOTS],
            at: [0; FactSet::SLOTS],
            few: smallvec::SmallVec::new(),
            many: None,
            expected,
        }
    }

    /// Adds `fact`; whether it was new.
    pub(crate) fn insert(&mut self, fact: Fact) -> bool {
        if let Some(many) = &mut self.many {
            return many.insert(fact);
        }
        let key = fact.key();
        // The key's top bits pick the slot (its low bits vary less).
        let mut slot = (key >> 58) as usize;
        loop {
            match self.at[slot] {
                0 => break,
                n if self.keys[slot] == key && self.few[usize::from(n) - 1] == fact => {
                    return false;
                }
                _ => slot = (slot + 1) % FactSet::SLOTS,
            }
        }
        if self.few.len() == FactSet::FEW {
            let mut many: rustc_hash::FxHashSet<Fact> =
                rustc_hash::FxHashSet::with_capacity_and_hasher(
                    self.expected.max(2 * FactSet::FEW),
                    Default::default(),
                );
            many.extend(self.few.drain(..));
            many.insert(fact);
            self.many = Some(many);
        } else {
            self.few.push(fact);
            self.keys[slot] = key;
            self.at[slot] = self.few.len() as u8;
        }
        true
    }
}

impl From<&'static str> for Fact {
    fn from(path: &'static str) -> Fact {
        Fact::plain(path)
    }
}

impl Fact {
    /// Calls `f` with the path, written on the stack when short (no
    /// allocation).
    pub fn with_path<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        let mut buf = StackString::default();
        self.write_into(&mut buf);
        match buf.as_str() {
            Some(s) => f(s),
            None => f(&self.path()),
        }
    }
}

/// The path: `offences[2].committed_in`.
impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with_path(|p| f.write_str(p))
    }
}

/// The path, quoted as a string is (`"offence.committed_in"`).
impl std::fmt::Debug for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with_path(|p| std::fmt::Debug::fmt(p, f))
    }
}

impl PartialEq<str> for Fact {
    fn eq(&self, other: &str) -> bool {
        self.with_path(|p| p == other)
    }
}

impl PartialEq<&str> for Fact {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<String> for Fact {
    fn eq(&self, other: &String) -> bool {
        *self == **other
    }
}

impl PartialEq<Fact> for &str {
    fn eq(&self, other: &Fact) -> bool {
        other == *self
    }
}

/// Up to 128 bytes of text on the stack (a fact path written without
/// allocating); `None` past that.
struct StackString {
    buf: [u8; 128],
    len: usize,
    overflow: bool,
}

impl Default for StackString {
    fn default() -> StackString {
        StackString {
            buf: [0; 128],
            len: 0,
            overflow: false,
        }
    }
}

impl StackString {
    fn push_str(&mut self, s: &str) {
        let end = self.len + s.len();
        if end > self.buf.len() {
            self.overflow = true;
            return;
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
    }

    fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(&self.buf[..self.len]).ok()
    }
}

/// Where [`Fact::write_into`] writes.
trait PathSink {
    fn put(&mut self, s: &str);
}

impl PathSink for String {
    fn put(&mut self, s: &str) {
        self.push_str(s);
    }
}

impl PathSink for StackString {
    fn put(&mut self, s: &str) {
        self.push_str(s);
    }
}

/// An outcome with the facts it still waits for: what rules pass to each other.
#[derive(Debug, PartialEq, Eq)]
pub struct Tri {
    /// The outcome.
    pub outcome: Outcome,
    /// Missing fact paths (empty when determined).
    pub missing: Facts,
    /// Positions of the findings that decide it.
    pub(crate) because: Ids,
    /// Positions of the findings it was computed from.
    pub(crate) inputs: Ids,
}

impl Clone for Tri {
    fn clone(&self) -> Tri {
        // Copies of plain values, not element-by-element clones.
        Tri {
            outcome: self.outcome,
            missing: copied(&self.missing),
            because: copied(&self.because),
            inputs: copied(&self.inputs),
        }
    }
}

impl Tri {
    /// A determined or undetermined value with no missing facts.
    pub fn of(outcome: Outcome) -> Tri {
        Tri {
            outcome,
            missing: Facts::new(),
            because: Ids::new(),
            inputs: Ids::new(),
        }
    }

    /// Undetermined for want of `fact`.
    pub fn missing(fact: impl Into<Fact>) -> Tri {
        Tri {
            outcome: Outcome::Undetermined,
            missing: smallvec::smallvec![fact.into()],
            because: Ids::new(),
            inputs: Ids::new(),
        }
    }

    /// From an optional boolean fact: `None` is undetermined for want of `fact`.
    pub fn fact(value: Option<bool>, fact: impl Into<Fact>) -> Tri {
        match value {
            Some(b) => Tri::of(Outcome::from_bool(b)),
            None => Tri::missing(fact),
        }
    }

    /// The value of the finding at position `idx`.
    pub(crate) fn at(idx: usize, f: &Finding) -> Tri {
        let i = idx as u32;
        Tri {
            outcome: f.outcome,
            missing: copied(&f.missing),
            because: smallvec::smallvec![i],
            inputs: smallvec::smallvec![i],
        }
    }

    /// Three-valued conjunction (Kleene): any `No` decides; otherwise any
    /// unknown leaves it open, and the missing facts of the open operands are kept.
    pub fn all(items: &[&Tri]) -> Tri {
        Tri::combine(items, Outcome::and_rank, Outcome::Yes)
    }

    /// Three-valued disjunction: any `Yes` decides.
    pub fn any(items: &[&Tri]) -> Tri {
        Tri::combine(items, Outcome::or_rank, Outcome::No)
    }

    fn combine(items: &[&Tri], rank: fn(Outcome) -> u8, empty: Outcome) -> Tri {
        let best = items
            .iter()
            .map(|t| t.outcome)
            .min_by_key(|o| rank(*o))
            .unwrap_or(empty);
        let mut res = Tri::of(best);
        // Room for every input at once, rather than growing past the inline
        // handful step by step.
        let inputs: usize = items.iter().map(|t| t.inputs.len()).sum();
        res.inputs.reserve_exact(inputs);
        // Many operands (a request with thousands of offences) would make a
        // linear duplicate check quadratic: past a handful, keep a set.
        let total: usize = items.iter().map(|t| t.missing.len()).sum();
        let mut seen: Option<rustc_hash::FxHashSet<Fact>> =
            (total > 16).then(rustc_hash::FxHashSet::default);
        // Element by element: the lists are short, and a copy call per
        // list costs more than the copy.
        for t in items {
            for &i in &t.inputs {
                res.inputs.push(i);
            }
            if best.is_determined() {
                if t.outcome == best {
                    for &i in &t.because {
                        res.because.push(i);
                    }
                }
            } else if !t.outcome.is_determined() {
                for &i in &t.because {
                    res.because.push(i);
                }
                for m in &t.missing {
                    let new = match &mut seen {
                        Some(seen) => seen.insert(*m),
                        None => !res.missing.contains(m),
                    };
                    if new {
                        res.missing.push(*m);
                    }
                }
            }
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Fact, FactSet};

    const TAILS: [&str; 5] = [
        "committed_in",
        "max_penalty",
        "elements.intentional",
        "request.person_located_in",
        "untoc_consent",
    ];
    const STATES: [&str; 4] = ["XAA", "XAB", "KEN", "ITA"];

    /// A fact from a small alphabet, so that sequences repeat facts and
    /// grow past the table into the hash set.
    fn fact(kind: u8, n: u32, tail: usize, state: usize, suffix: bool) -> Fact {
        let code = STATES[state].parse().expect("valid code");
        let f = match kind % 4 {
            0 => Fact::plain(TAILS[tail]),
            1 => Fact::offence(n, TAILS[tail]),
            2 => Fact::state(code, TAILS[tail]),
            _ => Fact::other_base(n, TAILS[tail]),
        };
        if suffix {
            f.of(code)
        } else {
            f
        }
    }

    proptest! {
        // The same cases on every run (README, "Tests").
        #![proptest_config(ProptestConfig {
            rng_seed: proptest::test_runner::RngSeed::Fixed(20_001_115),
            ..ProptestConfig::default()
        })]

        /// The set says a fact is new exactly when its path was not seen
        /// before, whether it holds them in its table or in a hash set.
        #[test]
        fn fact_set_keeps_the_first_of_each_path(
            seq in prop::collection::vec((0u8..4, 0u32..6, 0usize..5, 0usize..4, any::<bool>()), 0..120)
        ) {
            let mut set = FactSet::with_expected(seq.len());
            let mut paths = std::collections::HashSet::new();
            for (kind, n, tail, state, suffix) in seq {
                let f = fact(kind, n, tail, state, suffix);
                prop_assert_eq!(set.insert(f), paths.insert(f.path()), "{}", f.path());
            }
        }
    }
}
