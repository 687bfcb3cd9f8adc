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
    /// Ids of the findings this one rests on (the deciding ones).
    pub because: Vec<Cow<'static, str>>,
    /// Fact paths whose absence leaves it undetermined.
    pub missing: Vec<String>,
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

/// Positions of findings in the assessment, kept inline (no allocation for
/// the usual handful).
pub(crate) type Ids = smallvec::SmallVec<[u32; 4]>;

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
            because: Vec::new(),
            missing: Vec::new(),
            sources: Vec::new(),
            questions: Vec::new(),
            inputs: Ids::new(),
        }
    }
}

/// An outcome with the facts it still waits for: what rules pass to each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tri {
    /// The outcome.
    pub outcome: Outcome,
    /// Missing fact paths (empty when determined).
    pub missing: Vec<String>,
    /// Positions of the findings that decide it.
    pub(crate) because: Ids,
    /// Positions of the findings it was computed from.
    pub(crate) inputs: Ids,
}

impl Tri {
    /// A determined or undetermined value with no missing facts.
    pub fn of(outcome: Outcome) -> Tri {
        Tri {
            outcome,
            missing: Vec::new(),
            because: Ids::new(),
            inputs: Ids::new(),
        }
    }

    /// Undetermined for want of `fact`.
    pub fn missing(fact: impl Into<String>) -> Tri {
        Tri {
            outcome: Outcome::Undetermined,
            missing: vec![fact.into()],
            because: Ids::new(),
            inputs: Ids::new(),
        }
    }

    /// From an optional boolean fact: `None` is undetermined for want of `fact`.
    pub fn fact(value: Option<bool>, fact: &str) -> Tri {
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
            missing: f.missing.clone(),
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
        // Many operands (a request with thousands of offences) would make a
        // linear duplicate check quadratic: past a handful, keep a set.
        let total: usize = items.iter().map(|t| t.missing.len()).sum();
        let mut seen: Option<rustc_hash::FxHashSet<&str>> =
            (total > 16).then(rustc_hash::FxHashSet::default);
        for t in items {
            res.inputs.extend_from_slice(&t.inputs);
            if best.is_determined() {
                if t.outcome == best {
                    res.because.extend_from_slice(&t.because);
                }
            } else if !t.outcome.is_determined() {
                res.because.extend_from_slice(&t.because);
                for m in &t.missing {
                    let new = match &mut seen {
                        Some(seen) => seen.insert(m.as_str()),
                        None => !res.missing.contains(m),
                    };
                    if new {
                        res.missing.push(m.clone());
                    }
                }
            }
        }
        res
    }
}
