//! The evaluation context: facts, reference data, `as_of` and options in, the
//! growing list of findings out. Rules receive it; nothing here reads a file or
//! the clock.

use jiff::civil::Date;
use palermo_refdata::{RefData, StateCode};

use crate::facts::{Case, Offence, Options, StateFacts};
use crate::outcome::{AskedQuestion, Finding, Outcome, Tri};
use crate::questions::{question, DomesticQuestion};

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
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        case: &'a Case,
        data: &'a RefData,
        as_of: Date,
        options: Options,
        requesting: StateCode,
        requested: StateCode,
    ) -> Ctx<'a> {
        Ctx {
            case,
            data,
            as_of,
            options,
            requesting,
            requested,
            findings: Vec::with_capacity(96),
            suffix: String::new(),
            offence_idx: 0,
            eifs: Vec::new(),
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

    /// `id` with the current offence suffix.
    pub fn oid(&self, id: &str) -> String {
        let mut s = String::with_capacity(id.len() + self.suffix.len());
        s.push_str(id);
        s.push_str(&self.suffix);
        s
    }

    /// Facts stated in the case about `state`, if any.
    pub fn state_facts(&self, state: StateCode) -> Option<&'a StateFacts> {
        self.case.states.get(&state)
    }

    /// "Kenya (KEN)", or the code alone when no name is known.
    pub fn label(&self, state: StateCode) -> String {
        let name = self
            .state_facts(state)
            .and_then(|s| s.name.as_deref())
            .or_else(|| self.data.state_name(state));
        match name {
            Some(n) => format!("{n} ({state})"),
            None => state.to_string(),
        }
    }

    /// Records a finding and returns its value for the rules that build on it.
    pub fn push(&mut self, finding: Finding) -> Tri {
        let tri = Tri::from_finding(&finding);
        self.findings.push(finding);
        tri
    }

    /// The finding with this id, if already produced.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
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
                let source = format!("stated in the case: domestic law of {state} ({id} = {b})");
                if !finding.sources.contains(&source) {
                    finding.sources.push(source);
                }
            }
            None => finding.questions.push(AskedQuestion {
                id: q.id,
                state,
                question: q.ask(&self.label(state)),
                citation: q.citation,
            }),
        }
        answer
    }

    /// Outcome of a domestic-law question as a three-valued fact.
    pub fn domestic_tri(&self, state: StateCode, id: &'static str, finding: &mut Finding) -> Tri {
        match self.domestic(state, id, finding) {
            Some(b) => Tri::of(Outcome::from_bool(b)),
            None => Tri::of(Outcome::DependsOnDomesticLaw),
        }
    }
}

/// Builds a finding from a combined value: outcome, because and missing.
pub(crate) fn finding_from(id: String, citation: palermo_cite::Provision, tri: &Tri) -> Finding {
    let mut f = Finding::new(id, citation, tri.outcome);
    f.because = tri.because.clone();
    f.missing = tri.missing.clone();
    f.inputs = tri.inputs.clone();
    f
}

/// "KEN and ITA", "KEN, ITA and VNM".
pub(crate) fn list_states(states: &[StateCode]) -> String {
    let names: Vec<String> = states.iter().map(ToString::to_string).collect();
    join_and(&names)
}

/// "a, b and c".
pub(crate) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
