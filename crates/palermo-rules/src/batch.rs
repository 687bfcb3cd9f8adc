//! Coverage under a standard scenario, fast: one answer per ordered pair of
//! States, per crime type and kind of cooperation.
//!
//! Under the scenario (below), the explained engine's answer for a pair
//! depends only on a few facts about each State: is the Convention (and each
//! Protocol) in force for it on `as_of`, is the crime type a serious crime in
//! its law per the penalty data, what it notified under art. 16(5)(a), and
//! whether its extradition law on record makes extradition conditional on a
//! treaty (a record valid on `as_of`, read after the notification, as the
//! explained engine reads it: [`crate::art16::Position`]).
//! [`Tables::build`] computes those per State with the engine's own rules;
//! [`Tables::cell`] combines them with three-valued logic. A test compares
//! every cell of full matrices with [`crate::assess()`] on [`scenario_case`].

use std::collections::BTreeMap;

use jiff::civil::Date;
use palermo_cite::Instrument;
use palermo_refdata::{RefData, StateCode};

use crate::ctx::Ctx;
use crate::facts::{
    Aim, Benefit, Case, ConventionOffence, Group, Measure, Offence, Options, Request, RequestKind,
};
use crate::outcome::{Outcome, Strength};
use crate::{art02, art16, status};

/// Art. 2(b) for one State and crime type from the penalty data in force on
/// `as_of`, exactly as the engine decides it (the `art2.b.serious_crime`
/// finding, with its explanation and the rows it cites).
pub fn serious_crime_from_data(
    data: &RefData,
    as_of: Date,
    state: StateCode,
    crime: &str,
) -> crate::Finding {
    let case = scenario_case(RequestKind::Extradition, crime, state, state, as_of);
    let mut ctx = Ctx::new(&case, data, as_of, Options::default(), state, state);
    art02::is_serious_crime(&mut ctx, state);
    ctx.findings
        .pop()
        .expect("invariant: is_serious_crime pushes its finding")
}

/// What the standard scenario assumes, printed with every run.
pub const SCENARIO_ASSUMPTIONS: [&str; 9] = [
    "the offence is committed in both States (transnational, art. 3(2)(a))",
    "an organized criminal group of at least three persons, structured, existing for a period, acting in concert, aiming at serious crime, for financial benefit, took part in it (art. 2(a), 3(1))",
    "the conduct is punishable in both States (dual criminality, art. 16(1))",
    "the statutory maximum in each State is read from the penalty data in force on as_of for the crime type; the requesting State's law decides serious crime (art. 3(1)(b))",
    "for crime types the Convention or a Protocol establishes, the conduct is that offence; for other types, it is no Convention offence as such",
    "no other treaty binds the two States for this kind of cooperation",
    "extradition: the person sought is in the requested State; nationality unknown",
    "mutual legal assistance: evidence is sought (art. 18(3)(a)); the proceedings do not concern a legal person",
    "confiscation: the proceeds are in the requested State, which is asked to give effect to the requesting State's order (art. 13(1)(b))",
];

/// The Convention or Protocol offence a crime type is, when it is one.
pub fn established_offence(crime: &str) -> Option<ConventionOffence> {
    Some(match crime {
        "participation_in_ocg" => ConventionOffence::UntocArt5,
        "money_laundering" => ConventionOffence::UntocArt6,
        "corruption" => ConventionOffence::UntocArt8,
        "obstruction_of_justice" => ConventionOffence::UntocArt23,
        "trafficking_in_persons" => ConventionOffence::TipArt5,
        "migrant_smuggling" => ConventionOffence::SomArt6,
        "firearms_trafficking" => ConventionOffence::FirearmsArt5,
        _ => return None,
    })
}

/// The case the standard scenario describes, for the explained engine.
pub fn scenario_case(
    kind: RequestKind,
    crime: &str,
    requesting: StateCode,
    requested: StateCode,
    as_of: Date,
) -> Case {
    Case {
        title: Some(format!("Standard scenario: {crime}")),
        as_of: Some(as_of),
        request: Request {
            kind: Some(kind),
            requesting_state: Some(requesting),
            requested_state: Some(requested),
            treaty_in_force: Some(false),
            person_located_in: Some(requested),
            measures: Some(vec![Measure::TakingEvidence]),
            concerns_legal_person: Some(false),
            confiscation_measure: Some(crate::facts::ConfiscationMeasure::GiveEffectToOrder),
            property_in_requested_state: Some(true),
            return_requested: Some(false),
            ..Request::default()
        },
        offences: vec![Offence {
            crime_types: vec![crime.to_string()],
            convention_offences: Some(established_offence(crime).into_iter().collect()),
            committed_in: Some(vec![requesting, requested]),
            involves_group: Some(true),
            punishable_in: [(requesting, true), (requested, true)]
                .into_iter()
                .collect(),
            ..Offence::default()
        }],
        group: Group {
            members: Some(3),
            randomly_formed: Some(false),
            exists_for_period: Some(true),
            acts_in_concert: Some(true),
            aims: Some(vec![Aim::SeriousCrime]),
            benefit: Some(Benefit::Financial),
            active_in: None,
        },
        ..Case::default()
    }
}

/// The finding that decides a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Deciding {
    /// `status.in_force.<requesting>`
    InForceRequesting,
    /// `status.in_force.<requested>`
    InForceRequested,
    /// `art2.b.serious_crime.<requesting>`
    SeriousCrime,
    /// `art3.1.qualifying_offence`
    QualifyingOffence,
    /// `status.<protocol>.in_force_between`
    ProtocolBetween(u8),
    /// `art16.5.a.notification`
    Notification,
    /// `art16.4.convention_as_basis` (yes)
    ConventionAsBasis,
    /// `art16.6.recognised_as_extraditable` (yes: the requested State needs
    /// no treaty, as its notification or its extradition-law record shows)
    RecognisedAsExtraditable,
    /// `art18.1.applies` (yes)
    Art18Applies,
    /// `art13.1.b.give_effect_to_order` (yes)
    GiveEffectToOrder,
    /// The answer of arts. 17, 19, 20, 21 or 27 itself.
    LegalBasis(RequestKind),
}

impl Deciding {
    /// The finding id, with the State it concerns where the id names one.
    pub fn id(self, requesting: StateCode, requested: StateCode) -> DecidingId {
        DecidingId(self, requesting, requested)
    }

    /// The id without a State code (`status.in_force`), for summaries.
    pub fn family(self) -> &'static str {
        match self {
            Deciding::InForceRequesting | Deciding::InForceRequested => "status.in_force",
            Deciding::SeriousCrime => "art2.b.serious_crime",
            Deciding::QualifyingOffence => "art3.1.qualifying_offence",
            Deciding::ProtocolBetween(0) => "status.tip.in_force_between",
            Deciding::ProtocolBetween(1) => "status.som.in_force_between",
            Deciding::ProtocolBetween(_) => "status.firearms.in_force_between",
            Deciding::Notification => "art16.5.a.notification",
            Deciding::ConventionAsBasis => "art16.4.convention_as_basis",
            Deciding::RecognisedAsExtraditable => "art16.6.recognised_as_extraditable",
            Deciding::Art18Applies => "art18.1.applies",
            Deciding::GiveEffectToOrder => "art13.1.b.give_effect_to_order",
            Deciding::LegalBasis(RequestKind::TransferOfSentencedPersons) => "art17.legal_basis",
            Deciding::LegalBasis(RequestKind::JointInvestigation) => "art19.legal_basis",
            Deciding::LegalBasis(RequestKind::SpecialInvestigativeTechniques) => {
                "art20.legal_basis"
            }
            Deciding::LegalBasis(RequestKind::TransferOfProceedings) => "art21.legal_basis",
            Deciding::LegalBasis(_) => "art27.legal_basis",
        }
    }
}

/// A deciding finding id, printed without allocating.
pub struct DecidingId(Deciding, StateCode, StateCode);

impl std::fmt::Display for DecidingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.family())?;
        match self.0 {
            Deciding::InForceRequesting | Deciding::SeriousCrime => write!(f, ".{}", self.1),
            Deciding::InForceRequested => write!(f, ".{}", self.2),
            _ => Ok(()),
        }
    }
}

/// One cell of a coverage matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The answer (`art16.legal_basis` or `art18.legal_basis`).
    pub outcome: Outcome,
    /// Its strength when yes.
    pub strength: Option<Strength>,
    /// The finding that decides it (it carries the cell's outcome).
    pub deciding: Deciding,
}

/// Per-State facts for one `as_of`, and the crime types asked for.
pub struct Tables {
    states: Vec<StateCode>,
    in_force: Vec<Outcome>,
    protocols: [Vec<Outcome>; 3],
    position: Vec<crate::art16::Position>,
    serious: BTreeMap<String, Vec<Outcome>>,
}

fn protocol_index(i: Instrument) -> usize {
    match i {
        Instrument::Tip => 0,
        Instrument::Som => 1,
        _ => 2,
    }
}

impl Tables {
    /// Computes the per-State facts for `states` with the engine's own rules.
    pub fn build(data: &RefData, as_of: Date, states: &[StateCode], crimes: &[String]) -> Tables {
        let mut t = Tables {
            states: states.to_vec(),
            in_force: Vec::with_capacity(states.len()),
            protocols: [Vec::new(), Vec::new(), Vec::new()],
            position: Vec::with_capacity(states.len()),
            serious: BTreeMap::new(),
        };
        for &s in states {
            let case = scenario_case(RequestKind::Extradition, "", s, s, as_of);
            let mut ctx = Ctx::new(&case, data, as_of, Options::default(), s, s);
            t.in_force.push(
                status::in_force_for(&mut ctx, s, Instrument::Untoc)
                    .0
                    .outcome,
            );
            for p in [Instrument::Tip, Instrument::Som, Instrument::Firearms] {
                let o = status::in_force_for(&mut ctx, s, p).0.outcome;
                t.protocols[protocol_index(p)].push(o);
            }
            t.position
                .push(crate::art16::Position::from_data(data, s, as_of));
        }
        for crime in crimes {
            let mut row = Vec::with_capacity(states.len());
            for &s in states {
                let case = scenario_case(RequestKind::Extradition, crime, s, s, as_of);
                let mut ctx = Ctx::new(&case, data, as_of, Options::default(), s, s);
                row.push(art02::is_serious_crime(&mut ctx, s).outcome);
            }
            t.serious.insert(crime.clone(), row);
        }
        t
    }

    /// What-if: replace the serious-crime value of `state` for `crime`.
    /// Returns false when the State or crime type is not in the tables.
    pub fn set_serious(&mut self, crime: &str, state: StateCode, outcome: Outcome) -> bool {
        let Some(i) = self.states.iter().position(|s| *s == state) else {
            return false;
        };
        match self.serious.get_mut(crime) {
            Some(row) => {
                row[i] = outcome;
                true
            }
            None => false,
        }
    }

    /// The States, in the order cells are indexed.
    pub fn states(&self) -> &[StateCode] {
        &self.states
    }

    /// The answer for requesting State `a` and requested State `b` (indices
    /// into [`Tables::states`]; `a != b`). Allocates nothing.
    pub fn cell(&self, kind: RequestKind, crime: &str, a: usize, b: usize) -> Cell {
        self.cell_with(
            kind,
            self.crime_row(crime),
            established_offence(crime),
            a,
            b,
        )
    }

    /// The serious-crime row of a crime type, for [`Tables::cell_with`].
    pub fn crime_row(&self, crime: &str) -> Option<&[Outcome]> {
        self.serious.get(crime).map(Vec::as_slice)
    }

    /// [`Tables::cell`] with the crime type's lookups done once per block.
    pub fn cell_with(
        &self,
        kind: RequestKind,
        serious_row: Option<&[Outcome]>,
        established: Option<ConventionOffence>,
        a: usize,
        b: usize,
    ) -> Cell {
        // Gate: in force for both.
        let gate = and(self.in_force[a], self.in_force[b]);
        let gate_reason = if self.in_force[a] == gate {
            Deciding::InForceRequesting
        } else {
            Deciding::InForceRequested
        };
        // Qualifying offence: a Convention offence, a serious crime in the
        // requesting State, or a Protocol offence between parties.
        let conv = match established {
            Some(o) if o.instrument() == Instrument::Untoc => Outcome::Yes,
            _ => Outcome::No,
        };
        let serious = serious_row.map_or(Outcome::Undetermined, |row| row[a]);
        let protocol = match established.map(ConventionOffence::instrument) {
            Some(p) if p != Instrument::Untoc => {
                let i = protocol_index(p);
                Some((and(self.protocols[i][a], self.protocols[i][b]), i as u8))
            }
            _ => None,
        };
        let mut qual = or(conv, serious);
        if let Some((p, _)) = protocol {
            qual = or(qual, p);
        }
        let qual_reason = match qual {
            Outcome::No => Deciding::QualifyingOffence,
            _ if serious == Outcome::Undetermined && conv != Outcome::Yes => Deciding::SeriousCrime,
            _ => protocol.map_or(Deciding::QualifyingOffence, |(_, i)| {
                Deciding::ProtocolBetween(i)
            }),
        };
        let (route, strength, yes_reason) = match kind {
            RequestKind::Extradition => {
                // The engine's own 16(4)-(6) functions, on the scenario's
                // facts: no treaty, nationality unknown, nothing stated.
                let (pa, pb) = (self.position[a], self.position[b]);
                let (election, _) = art16::read_election(pb.election(), pa.election(), None);
                let r = art16::routes(Some(false), election, pb.requires_treaty().0);
                let (strength, reason) = match r.via {
                    Some(art16::Via::NoTreatyNeeded) => {
                        (Strength::Mandatory, Deciding::RecognisedAsExtraditable)
                    }
                    _ => (Strength::Discretionary, Deciding::ConventionAsBasis),
                };
                (r.route, strength, reason)
            }
            RequestKind::Confiscation => (
                Outcome::Yes,
                Strength::MandatoryQualified,
                Deciding::GiveEffectToOrder,
            ),
            RequestKind::MutualLegalAssistance => {
                (Outcome::Yes, Strength::Mandatory, Deciding::Art18Applies)
            }
            RequestKind::TransferOfSentencedPersons => {
                // Art. 17 is never a legal basis, whatever the other facts.
                return Cell {
                    outcome: Outcome::No,
                    strength: None,
                    deciding: Deciding::LegalBasis(kind),
                };
            }
            RequestKind::TransferOfProceedings => (
                Outcome::Yes,
                Strength::ShallConsider,
                Deciding::LegalBasis(kind),
            ),
            RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::LawEnforcementCooperation => (
                Outcome::Yes,
                Strength::Discretionary,
                Deciding::LegalBasis(kind),
            ),
        };
        let outcome = and(and(gate, qual), route);
        let deciding = match outcome {
            Outcome::Yes => yes_reason,
            o if gate == o => gate_reason,
            o if qual == o => qual_reason,
            _ => Deciding::Notification,
        };
        Cell {
            outcome,
            strength: (outcome == Outcome::Yes).then_some(strength),
            deciding,
        }
    }
}

/// Kleene conjunction on the outcomes the scenario produces.
fn and(x: Outcome, y: Outcome) -> Outcome {
    match (x, y) {
        (Outcome::No, _) | (_, Outcome::No) => Outcome::No,
        (Outcome::Yes, o) | (o, Outcome::Yes) => o,
        _ => Outcome::Undetermined,
    }
}

/// Kleene disjunction.
fn or(x: Outcome, y: Outcome) -> Outcome {
    match (x, y) {
        (Outcome::Yes, _) | (_, Outcome::Yes) => Outcome::Yes,
        (Outcome::No, o) | (o, Outcome::No) => o,
        _ => Outcome::Undetermined,
    }
}

/// Checks one cell of the fast path against the explained engine on the
/// scenario's case: the answer's outcome and strength, and the deciding
/// finding's outcome. `None` when they agree; otherwise what differs, in
/// words. The matrix's `--verify` and the tests call it.
pub fn verify_cell(
    data: &RefData,
    as_of: Date,
    kind: RequestKind,
    crime: &str,
    requesting: StateCode,
    requested: StateCode,
    cell: Cell,
) -> Option<String> {
    let case = scenario_case(kind, crime, requesting, requested, as_of);
    let slow = match crate::assess(&case, data, as_of, Options::default()) {
        Ok(a) => a,
        Err(e) => return Some(format!("the explained engine refused the case: {e}")),
    };
    let answer = slow.answer();
    if (cell.outcome, cell.strength) != (answer.outcome, answer.strength) {
        return Some(format!(
            "fast {} {}, explained {} {} ({})",
            cell.outcome.as_str(),
            cell.strength.map_or("-", Strength::as_str),
            answer.outcome.as_str(),
            answer.strength.map_or("-", Strength::as_str),
            answer.message
        ));
    }
    let id = cell.deciding.id(requesting, requested).to_string();
    match slow.finding(&id) {
        None => Some(format!(
            "the deciding finding `{id}` is not in the explained assessment"
        )),
        Some(f) if f.outcome != cell.outcome => Some(format!(
            "the deciding finding `{id}` is {} in the explained assessment, the cell {}",
            f.outcome.as_str(),
            cell.outcome.as_str()
        )),
        Some(_) => None,
    }
}
