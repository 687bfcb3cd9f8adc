//! The reference-data model: participation records, declarations and
//! notifications, each with its source, and the in-memory indexes over them.

use std::sync::Arc;

use jiff::civil::Date;
use palermo_cite::Instrument;

use crate::crimes::CrimeType;
use crate::penalties::PenaltyRecord;
use crate::states::{LegalSystem, Region};
use crate::table::Table;
use crate::StateCode;

/// A string of a record: borrowed from the tables compiled into the binary
/// ([`RefData::embedded`], which then copies no text at start-up), or owned
/// when read from files at run time.
pub type Text = std::borrow::Cow<'static, str>;

/// Where a record comes from: the document read, the date (or year, or month)
/// that document reflects, and the data file and line that carry the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// URL or citation of the document read (shared, so findings can cite
    /// it without copying).
    pub url: Arc<str>,
    /// The date the source reflects, as written in the data (`2014-01-27`,
    /// `2020-05`, `2025`); empty when the data does not record it.
    pub as_of: Arc<str>,
    /// Data file name (`untoc_participation.csv`).
    pub file: &'static str,
    /// 1-based line in that file.
    pub line: u64,
}

/// How a State became bound (or not): the depositary's instrument type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentType {
    /// Ratification.
    Ratification,
    /// Acceptance.
    Acceptance,
    /// Approval.
    Approval,
    /// Accession.
    Accession,
    /// Succession (usually effective from the date of independence).
    Succession,
}

impl ConsentType {
    /// Lower-case name, as in the data.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentType::Ratification => "ratification",
            ConsentType::Acceptance => "acceptance",
            ConsentType::Approval => "approval",
            ConsentType::Accession => "accession",
            ConsentType::Succession => "succession",
        }
    }
}

/// One participant's record for one instrument.
#[derive(Clone, Debug, PartialEq)]
pub struct Participation {
    /// The participant.
    pub state: StateCode,
    /// The instrument.
    pub instrument: Instrument,
    /// Name as the depositary lists it.
    pub name: Text,
    /// Date of signature, if any.
    pub signature: Option<Date>,
    /// Date the instrument of consent was deposited; `None` when not a party
    /// or when the date could not be verified (see `is_party`).
    pub consent: Option<Date>,
    /// Type of the instrument of consent.
    pub consent_type: Option<ConsentType>,
    /// Party status as of `source.as_of`.
    pub is_party: bool,
    /// Provenance.
    pub source: Source,
    /// Evidence and caveats, free text.
    pub notes: Text,
}

/// The kind of a statement lodged with the depositary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclarationKind {
    /// A reservation (incl. opt-outs from the dispute clause).
    Reservation,
    /// A declaration.
    Declaration,
    /// A notification (16(5), 18(13), 18(14), ...).
    Notification,
}

/// What a State's art. 16(5)(a) notification says, coded from its summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtraditionBasisNotice {
    /// Takes the Convention as the legal basis for extradition.
    TakesConvention,
    /// Takes it only with States Parties that do the same.
    TakesConventionReciprocal,
    /// Takes it, except for extraditing its own nationals.
    TakesConventionExceptNationals,
    /// Does not take the Convention as the legal basis (nothing more said:
    /// read as a treaty-requiring State's election under 16(5)(a)).
    DoesNotTakeConvention,
    /// Does not take the Convention as the legal basis, and records that it
    /// extradites under its own law, its treaties and on reciprocity (Viet
    /// Nam): the 16(4) route is closed, but the State does not make
    /// extradition conditional on a treaty, so art. 16(6) governs.
    NoConventionBasisReciprocity,
    /// Says extradition needs a treaty, without saying whether the Convention is one.
    TreatyRequiredBasisUnstated,
    /// A notification exists but its content was not captured.
    ContentUnknown,
}

impl ExtraditionBasisNotice {
    /// The code used in the data's `effect` column.
    pub fn as_str(self) -> &'static str {
        match self {
            ExtraditionBasisNotice::TakesConvention => "takes_convention",
            ExtraditionBasisNotice::TakesConventionReciprocal => "takes_convention_reciprocal",
            ExtraditionBasisNotice::TakesConventionExceptNationals => {
                "takes_convention_except_nationals"
            }
            ExtraditionBasisNotice::DoesNotTakeConvention => "does_not_take_convention",
            ExtraditionBasisNotice::NoConventionBasisReciprocity => {
                "no_convention_basis_reciprocity"
            }
            ExtraditionBasisNotice::TreatyRequiredBasisUnstated => "treaty_required_basis_unstated",
            ExtraditionBasisNotice::ContentUnknown => "content_unknown",
        }
    }

    /// Every effect, in the order the data documentation lists them.
    pub const ALL: [ExtraditionBasisNotice; 7] = [
        ExtraditionBasisNotice::TakesConvention,
        ExtraditionBasisNotice::TakesConventionReciprocal,
        ExtraditionBasisNotice::TakesConventionExceptNationals,
        ExtraditionBasisNotice::DoesNotTakeConvention,
        ExtraditionBasisNotice::NoConventionBasisReciprocity,
        ExtraditionBasisNotice::TreatyRequiredBasisUnstated,
        ExtraditionBasisNotice::ContentUnknown,
    ];

    pub(crate) fn parse(s: &str) -> Option<ExtraditionBasisNotice> {
        ExtraditionBasisNotice::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// What a State's art. 18(14) notification accepts, coded from its summary:
/// ISO 639-1 codes in the order the notification gives them, and whether a
/// request may be in any one of them or must come in each of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Languages {
    /// The codes (`en`, `hi`), as in the data, in order.
    pub codes: Vec<String>,
    /// `true` (`languages_all=`): the request must come in each language
    /// (with translations); `false` (`languages=`): any one of them.
    pub all_required: bool,
}

impl Languages {
    /// Reads the data's `effect` of an `18(14)` row: `languages=en+hi`
    /// (any one), `languages_all=mk+en` (each), or `content_unknown`
    /// (`Ok(None)`). Anything else is an error saying what was expected.
    pub fn parse(effect: &str) -> Result<Option<Languages>, String> {
        if effect == "content_unknown" {
            return Ok(None);
        }
        let (all_required, list) = if let Some(l) = effect.strip_prefix("languages_all=") {
            (true, l)
        } else if let Some(l) = effect.strip_prefix("languages=") {
            (false, l)
        } else {
            return Err(format!(
                "`{effect}`: an 18(14) row needs an effect: languages=CODES (any one of them), languages_all=CODES (each of them) or content_unknown; CODES are ISO 639-1 codes joined by `+`, e.g. languages=en+fr"
            ));
        };
        let mut codes = Vec::new();
        for c in list.split('+') {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(format!(
                    "`{c}` in `{effect}`: expected a two-letter ISO 639-1 language code in lower case, e.g. en"
                ));
            }
            if codes.iter().any(|x: &String| x == c) {
                return Err(format!("`{c}` is listed twice in `{effect}`"));
            }
            codes.push(c.to_string());
        }
        Ok(Some(Languages {
            codes,
            all_required,
        }))
    }

    /// The data's spelling (`languages=en+hi`).
    pub fn as_effect(&self) -> String {
        let key = if self.all_required {
            "languages_all"
        } else {
            "languages"
        };
        format!("{key}={}", self.codes.join("+"))
    }
}

/// A reservation, declaration or notification.
#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    /// Who made it.
    pub state: StateCode,
    /// Under which instrument.
    pub instrument: Instrument,
    /// The article it concerns, as coded in the data (`16(5)`, `18(13)`, `territorial`).
    pub article: Text,
    /// Reservation, declaration or notification.
    pub kind: DeclarationKind,
    /// One sentence in the project's words.
    pub summary: Arc<str>,
    /// For `16(5)`: what the notification says, coded.
    pub extradition_basis: Option<ExtraditionBasisNotice>,
    /// For `18(14)`: the languages the notification accepts, coded.
    pub languages: Option<Languages>,
    /// Whether the source's text was cut off or garbled.
    pub content_unknown: bool,
    /// Provenance.
    pub source: Source,
}

/// Whether a State makes extradition conditional on a treaty, as the data's
/// record of its extradition law reads it (`extradition_law.csv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreatyRequirement {
    /// Extradition only under a treaty.
    Yes,
    /// Extradition without a treaty is possible (reciprocity, designation by
    /// order or regulation, an arrangement for the case, or the domestic law
    /// alone).
    No,
    /// Mixed: a treaty or agreement for some States and not for others (an
    /// agreement made for the case, a designation, a convention treated as a
    /// treaty by order); the record does not settle a given pair of States.
    Partly,
}

impl TreatyRequirement {
    /// The data's spelling (`yes`, `no`, `partly`).
    pub fn as_str(self) -> &'static str {
        match self {
            TreatyRequirement::Yes => "yes",
            TreatyRequirement::No => "no",
            TreatyRequirement::Partly => "partly",
        }
    }

    /// Every value, in the order the data documentation lists them.
    pub const ALL: [TreatyRequirement; 3] = [
        TreatyRequirement::Yes,
        TreatyRequirement::No,
        TreatyRequirement::Partly,
    ];

    pub(crate) fn parse(s: &str) -> Option<TreatyRequirement> {
        TreatyRequirement::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// What it says about the need for a treaty: `Some(true)` (yes),
    /// `Some(false)` (no), `None` (partly: it depends on the State asking).
    pub fn requires(self) -> Option<bool> {
        match self {
            TreatyRequirement::Yes => Some(true),
            TreatyRequirement::No => Some(false),
            TreatyRequirement::Partly => None,
        }
    }
}

/// A State's extradition law on the one question art. 16(4)-(6) turns on:
/// does it make extradition conditional on a treaty? One record per State.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraditionLaw {
    /// The State.
    pub state: StateCode,
    /// Its name as the data gives it.
    pub name: Text,
    /// Whether it makes extradition conditional on a treaty.
    pub requires_treaty: TreatyRequirement,
    /// One sentence in the project's words: what the source says.
    pub summary: Arc<str>,
    /// Provenance; `source.as_of` is always a date (`2009`, `2019-06`, `2005-11-30`).
    pub source: Source,
    /// Evidence and caveats, free text.
    pub notes: Text,
}

impl ExtraditionLaw {
    /// Whether the record can be used for `as_of`: from the end of its
    /// source's as-of period on (the same convention as a penalty row whose
    /// start is not recorded). Before that the law is not known from it; later
    /// amendments are not tracked.
    pub fn counts_on(&self, as_of: Date) -> bool {
        self.counts_from().is_some_and(|from| as_of >= from)
    }

    /// The first day the record counts: the last day of its source's as-of
    /// period (`2009` gives 31 December 2009). `None` only for a record whose
    /// date is not a date, which the loader never keeps.
    pub fn counts_from(&self) -> Option<Date> {
        crate::load::partial_end(&self.source.as_of)
    }
}

/// A label cell for every named State, in the order of [`RefData::names`],
/// filled on first use ([`RefData::state_label`]). Labels follow from the
/// names, so two collections of the same length are equal whichever cells
/// were filled.
#[derive(Clone, Debug, Default)]
pub(crate) struct Labels(pub(crate) Box<[std::sync::OnceLock<Arc<str>>]>);

impl Labels {
    /// An empty cell for each of `n` names.
    pub(crate) fn new(n: usize) -> Labels {
        Labels((0..n).map(|_| std::sync::OnceLock::new()).collect())
    }
}

impl PartialEq for Labels {
    fn eq(&self, other: &Labels) -> bool {
        self.0.len() == other.0.len()
    }
}

/// The loaded reference data, with its snapshot id.
#[derive(Clone, Debug, PartialEq)]
pub struct RefData {
    pub(crate) participation: Table<Participation>,
    pub(crate) declarations: Table<Declaration>,
    /// The date each (instrument, article) list of declarations reflects as
    /// a whole (see `load::latest_as_of`).
    pub(crate) latest_as_of: Vec<((Instrument, Text), Arc<str>)>,
    /// The depositary's name of every State the data lists, sorted by code.
    pub(crate) names: Vec<(StateCode, Text)>,
    /// "Kenya (KEN)" for every named State, built on first use and kept:
    /// explanations name the same States many times, and a start does not
    /// format the labels of the States no one asks about.
    pub(crate) labels: Labels,
    pub(crate) regions: Table<Region>,
    pub(crate) legal_systems: Table<LegalSystem>,
    pub(crate) penalties: Table<PenaltyRecord>,
    pub(crate) crimes: Vec<CrimeType>,
    pub(crate) extradition_law: Table<ExtraditionLaw>,
    pub(crate) authorities: Table<crate::Authority>,
    pub(crate) snapshot_id: String,
    pub(crate) origin: String,
    pub(crate) other: Table<crate::other::OtherParticipation>,
    /// The date each other instrument's list reflects as a whole.
    pub(crate) other_as_of: Vec<(crate::other::OtherInstrumentId, Arc<str>)>,
}

impl RefData {
    /// The participation record of `state` for `instrument`, if the data has one.
    pub fn participation(
        &self,
        state: StateCode,
        instrument: Instrument,
    ) -> Option<&Participation> {
        // The loader keeps one row per (State, instrument).
        self.participation
            .of(state)
            .iter()
            .find(|p| p.instrument == instrument)
    }

    /// Every participation record, in file order.
    pub fn participations(&self) -> &[Participation] {
        self.participation.all()
    }

    /// Every declaration, in file order.
    pub fn all_declarations(&self) -> &[Declaration] {
        self.declarations.all()
    }

    /// The declarations of `state` under `instrument` concerning `article`
    /// (as coded in the data, e.g. `16(5)`).
    pub fn declarations<'a>(
        &'a self,
        state: StateCode,
        instrument: Instrument,
        article: &'a str,
    ) -> impl Iterator<Item = &'a Declaration> + 'a {
        self.declarations
            .of(state)
            .iter()
            .filter(move |d| d.instrument == instrument && d.article == article)
    }

    /// The `source_as_of` most declarations on `article` of `instrument`
    /// share (as written: `2013-11`, `2010-09-16`; the later on a tie), if
    /// any has one: the date of the comprehensive record, up to which that
    /// list can be complete.
    pub fn declarations_as_of(&self, instrument: Instrument, article: &str) -> Option<&str> {
        // A handful of lists: a scan, with no key to allocate.
        self.latest_as_of
            .iter()
            .find(|((i, a), _)| *i == instrument && a == article)
            .map(|(_, s)| &**s)
            .filter(|s| !s.is_empty())
    }

    /// The place of `state` in [`RefData::names`].
    fn name_place(&self, state: StateCode) -> Option<usize> {
        self.names.binary_search_by_key(&state, |n| n.0).ok()
    }

    /// The depositary's name for `state`, if the data lists it.
    pub fn state_name(&self, state: StateCode) -> Option<&str> {
        self.name_place(state).map(|i| &*self.names[i].1)
    }

    /// "Kenya (KEN)": the depositary's name and the code, if the data names
    /// the State.
    pub fn state_label(&self, state: StateCode) -> Option<&Arc<str>> {
        let i = self.name_place(state)?;
        Some(self.labels.0[i].get_or_init(|| {
            let name = &self.names[i].1;
            Arc::from(format!("{name} ({state})"))
        }))
    }

    /// Whether the data lists `state` at all.
    pub fn knows(&self, state: StateCode) -> bool {
        self.name_place(state).is_some()
    }

    /// Every State the data lists, sorted by code.
    pub fn states(&self) -> Vec<StateCode> {
        self.names.iter().map(|n| n.0).collect()
    }

    /// The State's M49 region, if the table lists it.
    pub fn region(&self, state: StateCode) -> Option<&Region> {
        self.regions.first_of(state)
    }

    /// Every M49 row, in file order.
    pub fn regions(&self) -> &[Region] {
        self.regions.all()
    }

    /// The State's legal system, if classified.
    pub fn legal_system(&self, state: StateCode) -> Option<&LegalSystem> {
        self.legal_systems.first_of(state)
    }

    /// Every legal-system row.
    pub fn legal_systems(&self) -> &[LegalSystem] {
        self.legal_systems.all()
    }

    /// The State's penalty records for a crime type, whatever their dates.
    pub fn penalties<'a>(
        &'a self,
        state: StateCode,
        crime_type: &'a str,
    ) -> impl Iterator<Item = &'a PenaltyRecord> + 'a {
        self.penalties
            .of(state)
            .iter()
            .filter(move |p| p.crime_type == crime_type)
    }

    /// Every penalty record, in file order.
    pub fn all_penalties(&self) -> &[PenaltyRecord] {
        self.penalties.all()
    }

    /// The crime catalogue, in file order.
    pub fn crimes(&self) -> &[CrimeType] {
        &self.crimes
    }

    /// A crime type by id.
    pub fn crime(&self, id: &str) -> Option<&CrimeType> {
        self.crimes.iter().find(|c| c.id == id)
    }

    /// The record of `state`'s extradition law, if the data has one (whatever
    /// its date: see [`ExtraditionLaw::counts_on`]).
    pub fn extradition_law(&self, state: StateCode) -> Option<&ExtraditionLaw> {
        self.extradition_law.first_of(state)
    }

    /// The record of `state`'s extradition law that can be used for `as_of`.
    pub fn extradition_law_on(&self, state: StateCode, as_of: Date) -> Option<&ExtraditionLaw> {
        self.extradition_law(state).filter(|r| r.counts_on(as_of))
    }

    /// Every extradition-law record, in file order.
    pub fn all_extradition_law(&self) -> &[ExtraditionLaw] {
        self.extradition_law.all()
    }

    /// `sha256:<hex>` over the data file names and contents.
    pub fn snapshot_id(&self) -> &str {
        &self.snapshot_id
    }

    /// Where the data came from (`embedded` or the folder given with `--data`).
    pub fn origin(&self) -> &str {
        &self.origin
    }
}
