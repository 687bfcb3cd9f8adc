//! The data compiled into the binary: its texts (for `palermo data check` and
//! for diagnostics that quote a line) and its records, read and checked at
//! build time by the crate's own loader (`build.rs` includes `load.rs` and
//! the model) and compiled in as static tables, so that a start does not
//! parse the files again.
//!
//! [`RefData::embedded`] makes a State's records from the tables when they
//! are first asked for (`table.rs`), through indexes the build script
//! computed with the code that indexes parsed texts; a test checks that the
//! result equals what parsing the embedded texts gives, diagnostics
//! included, and another that every State's rows do.

use std::sync::{Arc, OnceLock};

use jiff::civil::{date, Date};
use palermo_cite::Instrument;

use crate::crimes::{CrimeKind, CrimeType, Mandate};
use crate::diagnostic::{Diagnostic, Field, Severity};
use crate::load::DataTexts;
use crate::model::{
    ConsentType, Declaration, DeclarationKind, ExtraditionBasisNotice, ExtraditionLaw, Labels,
    Participation, RefData, Source, Text, TreatyRequirement,
};
use crate::penalties::{PenaltyFlag, PenaltyRecord};
use crate::states::{LegalFamily, LegalSystem, Region};
use crate::table::{StateIndex, Table};
use crate::{Penalty, StateCode};

impl DataTexts<'_> {
    /// The snapshot compiled into the binary.
    pub fn embedded() -> DataTexts<'static> {
        DataTexts {
            participation: crate::EMBEDDED_PARTICIPATION,
            declarations: crate::EMBEDDED_DECLARATIONS,
            regions: crate::EMBEDDED_REGIONS,
            legal_systems: crate::EMBEDDED_LEGAL_SYSTEMS,
            penalties: crate::EMBEDDED_PENALTIES,
            crimes: crate::EMBEDDED_CRIMES,
            other_instruments: crate::EMBEDDED_OTHER_INSTRUMENTS,
            extradition_law: crate::EMBEDDED_EXTRADITION_LAW,
            authorities: crate::EMBEDDED_AUTHORITIES,
        }
    }

    /// Whether these are the very texts compiled into the binary.
    pub fn is_embedded(&self) -> bool {
        let same = |a: &str, b: &str| std::ptr::eq(a, b);
        let e = DataTexts::embedded();
        same(self.participation, e.participation)
            && same(self.declarations, e.declarations)
            && same(self.regions, e.regions)
            && same(self.legal_systems, e.legal_systems)
            && same(self.penalties, e.penalties)
            && same(self.crimes, e.crimes)
            && same(self.other_instruments, e.other_instruments)
            && same(self.extradition_law, e.extradition_law)
            && same(self.authorities, e.authorities)
    }
}

impl RefData {
    /// Parses the two data files (their texts, in [`crate::DATA_FILES`] order).
    /// Records with errors are left out and reported; the rest is usable.
    pub fn parse(
        participation_csv: &str,
        declarations_csv: &str,
        origin: &str,
    ) -> (RefData, Vec<Diagnostic>) {
        RefData::from_texts(
            DataTexts {
                participation: participation_csv,
                declarations: declarations_csv,
                ..DataTexts::default()
            },
            origin,
        )
    }

    /// Parses every data file. Records with errors are left out and
    /// reported with file, line and column; the rest is usable. The texts
    /// are always parsed, the embedded ones too (see [`RefData::embedded`]
    /// for the copy read at build time).
    pub fn from_texts(texts: DataTexts<'_>, origin: &str) -> (RefData, Vec<Diagnostic>) {
        // The embedded texts were hashed at build time (build.rs).
        let snapshot_id = if texts.is_embedded() {
            crate::EMBEDDED_SNAPSHOT.to_string()
        } else {
            texts.snapshot_id()
        };
        RefData::read_texts(texts, snapshot_id, origin)
    }

    /// The snapshot compiled into the binary, as read at build time. Its
    /// validity is a test (`embedded_data_has_no_errors`), so this cannot
    /// fail at run time. Nothing is built here but the names: each State's
    /// records are made from the compiled rows on the first question about
    /// that State, a whole table on the first question about all of it
    /// (`table.rs`), with the indexes the build script computed.
    pub fn embedded() -> RefData {
        let names: Vec<(StateCode, Text)> = NAMES.iter().map(|&(s, n)| (s, borrowed(n))).collect();
        RefData {
            participation: Table::compiled(
                PARTICIPATION.len(),
                |i| PARTICIPATION[i].record(),
                StateIndex::compiled(PARTICIPATION_STATES, PARTICIPATION_POSITIONS),
            ),
            declarations: Table::compiled(
                DECLARATIONS.len(),
                |i| DECLARATIONS[i].record(),
                StateIndex::compiled(DECLARATIONS_STATES, DECLARATIONS_POSITIONS),
            ),
            latest_as_of: (LATEST_AS_OF.iter())
                .map(|&(i, article, as_of)| ((i, borrowed(article)), shared(as_of)))
                .collect(),
            labels: Labels::new(names.len()),
            names,
            regions: Table::compiled(
                REGIONS.len(),
                |i| REGIONS[i].record(),
                StateIndex::compiled(REGIONS_STATES, REGIONS_POSITIONS),
            ),
            legal_systems: Table::compiled(
                LEGAL_SYSTEMS.len(),
                |i| LEGAL_SYSTEMS[i].record(),
                StateIndex::compiled(LEGAL_SYSTEMS_STATES, LEGAL_SYSTEMS_POSITIONS),
            ),
            penalties: Table::compiled(
                PENALTIES.len(),
                |i| PENALTIES[i].record(),
                StateIndex::compiled(PENALTIES_STATES, PENALTIES_POSITIONS),
            ),
            crimes: CRIMES.iter().map(RawCrime::record).collect(),
            extradition_law: Table::compiled(
                EXTRADITION_LAW.len(),
                |i| EXTRADITION_LAW[i].record(),
                StateIndex::compiled(EXTRADITION_LAW_STATES, EXTRADITION_LAW_POSITIONS),
            ),
            authorities: Table::compiled(
                AUTHORITIES.len(),
                |i| AUTHORITIES[i].record(),
                StateIndex::compiled(AUTHORITIES_STATES, AUTHORITIES_POSITIONS),
            ),
            snapshot_id: crate::EMBEDDED_SNAPSHOT.to_string(),
            origin: "embedded".to_string(),
            other: Table::compiled(
                OTHER.len(),
                |i| OTHER[i].record(),
                StateIndex::compiled(OTHER_STATES, OTHER_POSITIONS),
            ),
            other_as_of: (OTHER_AS_OF.iter())
                .map(|&(i, as_of)| (i, shared(as_of)))
                .collect(),
        }
    }

    /// [`RefData::embedded`] and the diagnostics that parsing the embedded
    /// texts gives (warnings: errors fail the tests), as
    /// `RefData::from_texts(DataTexts::embedded(), "embedded")` returns them.
    pub fn embedded_with_diagnostics() -> (RefData, Vec<Diagnostic>) {
        (
            RefData::embedded(),
            DIAGNOSTICS.iter().map(RawDiagnostic::diagnostic).collect(),
        )
    }
}

/// The URL or date of a source (a place in [`SHARED`]), made once and then
/// shared by every record that cites it.
fn shared(place: u16) -> Arc<str> {
    static MADE: [OnceLock<Arc<str>>; SHARED_LEN] = [const { OnceLock::new() }; SHARED_LEN];
    let place = usize::from(place);
    MADE[place]
        .get_or_init(|| Arc::from(text(SHARED[place])))
        .clone()
}

/// A code written by the build script, known to be valid.
const fn code(b: &[u8; 3]) -> StateCode {
    match StateCode::from_bytes(*b) {
        Some(c) => c,
        None => panic!("the build script writes valid State codes"),
    }
}

/// A string of the tables: a span of [`TEXT`]. The tables hold no pointer
/// (but for the crime catalogue's few lists), so the loader relocates none.
#[derive(Clone, Copy)]
struct Str(u32, u32);

/// The string a span of [`TEXT`] covers.
fn text(s: Str) -> &'static str {
    &TEXT[s.0 as usize..s.1 as usize]
}

fn string(s: Str) -> String {
    text(s).to_string()
}

/// A record's string, borrowed from [`TEXT`]: no copy at start-up.
fn borrowed(s: Str) -> Text {
    Text::Borrowed(text(s))
}

struct RawSource {
    /// Places in [`SHARED`].
    url: u16,
    as_of: u16,
    file: Str,
    line: u64,
}

impl RawSource {
    fn source(&self) -> Source {
        Source {
            url: shared(self.url),
            as_of: shared(self.as_of),
            file: text(self.file),
            line: self.line,
        }
    }
}

struct RawParticipation {
    state: StateCode,
    instrument: Instrument,
    name: Str,
    signature: Option<Date>,
    consent: Option<Date>,
    consent_type: Option<ConsentType>,
    is_party: bool,
    source: RawSource,
    notes: Str,
}

impl RawParticipation {
    fn record(&self) -> Participation {
        Participation {
            state: self.state,
            instrument: self.instrument,
            name: borrowed(self.name),
            signature: self.signature,
            consent: self.consent,
            consent_type: self.consent_type,
            is_party: self.is_party,
            source: self.source.source(),
            notes: borrowed(self.notes),
        }
    }
}

struct RawDeclaration {
    state: StateCode,
    instrument: Instrument,
    article: Str,
    kind: DeclarationKind,
    summary: Str,
    extradition_basis: Option<ExtraditionBasisNotice>,
    /// `languages=en+hi`, or empty.
    languages: Str,
    content_unknown: bool,
    source: RawSource,
}

impl RawDeclaration {
    fn record(&self) -> Declaration {
        Declaration {
            state: self.state,
            instrument: self.instrument,
            article: borrowed(self.article),
            kind: self.kind,
            summary: Arc::from(text(self.summary)),
            extradition_basis: self.extradition_basis,
            // Most rows have none: no error to format and throw away.
            languages: if self.languages.0 == self.languages.1 {
                None
            } else {
                crate::model::Languages::parse(text(self.languages))
                    .ok()
                    .flatten()
            },
            content_unknown: self.content_unknown,
            source: self.source.source(),
        }
    }
}

struct RawRegion {
    state: StateCode,
    m49: Str,
    name: Str,
    region: Str,
    subregion: Str,
    intermediate: Str,
    ldc: bool,
    lldc: bool,
    sids: bool,
    source: RawSource,
}

impl RawRegion {
    fn record(&self) -> Region {
        Region {
            state: self.state,
            m49: borrowed(self.m49),
            name: borrowed(self.name),
            region: borrowed(self.region),
            subregion: borrowed(self.subregion),
            intermediate: borrowed(self.intermediate),
            ldc: self.ldc,
            lldc: self.lldc,
            sids: self.sids,
            source: self.source.source(),
        }
    }
}

struct RawLegalSystem {
    state: StateCode,
    name: Str,
    family: LegalFamily,
    components: &'static [&'static str],
    sources_disagree: bool,
    source: RawSource,
    notes: Str,
}

impl RawLegalSystem {
    fn record(&self) -> LegalSystem {
        LegalSystem {
            state: self.state,
            name: borrowed(self.name),
            family: self.family,
            components: strings(self.components),
            sources_disagree: self.sources_disagree,
            source: self.source.source(),
            notes: borrowed(self.notes),
        }
    }
}

struct RawPenalty {
    state: StateCode,
    crime_type: Str,
    offence_label: Str,
    aggravated: bool,
    provision: Str,
    max: Penalty,
    in_force_from: Option<Date>,
    in_force_until: Option<Date>,
    flag: Option<PenaltyFlag>,
    source: RawSource,
    notes: Str,
}

impl RawPenalty {
    fn record(&self) -> PenaltyRecord {
        PenaltyRecord {
            state: self.state,
            crime_type: borrowed(self.crime_type),
            offence_label: borrowed(self.offence_label),
            aggravated: self.aggravated,
            provision: borrowed(self.provision),
            max: self.max,
            in_force_from: self.in_force_from,
            in_force_until: self.in_force_until,
            flag: self.flag,
            source: self.source.source(),
            notes: borrowed(self.notes),
        }
    }
}

struct RawExtraditionLaw {
    state: StateCode,
    name: Str,
    requires_treaty: TreatyRequirement,
    summary: Str,
    source: RawSource,
    notes: Str,
}

impl RawExtraditionLaw {
    fn record(&self) -> ExtraditionLaw {
        ExtraditionLaw {
            state: self.state,
            name: borrowed(self.name),
            requires_treaty: self.requires_treaty,
            summary: Arc::from(text(self.summary)),
            source: self.source.source(),
            notes: borrowed(self.notes),
        }
    }
}

struct RawMandate {
    symbol: &'static str,
    date: Option<Date>,
    gist: &'static str,
}

struct RawCrime {
    id: &'static str,
    name: &'static str,
    kind: CrimeKind,
    description: &'static str,
    convention_offences: &'static [&'static str],
    other_instruments: &'static [&'static str],
    mandates: &'static [RawMandate],
    caveats: &'static [&'static str],
    unodc_tools: &'static [&'static str],
    paper_paragraphs: &'static str,
    line: u64,
}

impl RawCrime {
    fn record(&self) -> CrimeType {
        CrimeType {
            id: self.id.to_string(),
            name: self.name.to_string(),
            kind: self.kind,
            description: self.description.to_string(),
            convention_offences: strings(self.convention_offences),
            other_instruments: strings(self.other_instruments),
            mandates: self
                .mandates
                .iter()
                .map(|m| Mandate {
                    symbol: m.symbol.to_string(),
                    date: m.date,
                    gist: m.gist.to_string(),
                })
                .collect(),
            caveats: strings(self.caveats),
            unodc_tools: strings(self.unodc_tools),
            paper_paragraphs: self.paper_paragraphs.to_string(),
            line: self.line,
        }
    }
}

struct RawDiagnostic {
    severity: Severity,
    file: Str,
    line: usize,
    column: Option<usize>,
    /// `(true, path)` for [`Field::Path`], `(false, column)` for [`Field::Column`].
    field: Option<(bool, Str)>,
    message: Str,
}

impl RawDiagnostic {
    fn diagnostic(&self) -> Diagnostic {
        Diagnostic {
            severity: self.severity,
            file: string(self.file),
            line: self.line,
            column: self.column,
            field: self.field.map(|(path, name)| {
                if path {
                    Field::Path(string(name))
                } else {
                    Field::Column(string(name))
                }
            }),
            message: string(self.message),
        }
    }
}

struct RawOther {
    state: StateCode,
    instrument: crate::OtherInstrumentId,
    name: Str,
    signature: Option<Date>,
    consent: Option<Date>,
    consent_type: Option<crate::OtherConsentType>,
    entry_into_force: Option<Date>,
    source: RawSource,
    notes: Str,
}

impl RawOther {
    fn record(&self) -> crate::OtherParticipation {
        crate::OtherParticipation {
            state: self.state,
            instrument: self.instrument,
            name: borrowed(self.name),
            signature: self.signature,
            consent: self.consent,
            consent_type: self.consent_type,
            entry_into_force: self.entry_into_force,
            source: self.source.source(),
            notes: borrowed(self.notes),
        }
    }
}

struct RawAuthority {
    state: StateCode,
    participant: Str,
    function: crate::AuthorityFunction,
    authority: Str,
    /// `en+hi`, or empty.
    languages: Str,
    channels: Str,
    contact: Str,
    source: RawSource,
    notes: Str,
}

impl RawAuthority {
    fn record(&self) -> crate::Authority {
        crate::Authority {
            state: self.state,
            participant: borrowed(self.participant),
            function: self.function,
            authority: borrowed(self.authority),
            languages: text(self.languages)
                .split('+')
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            channels: borrowed(self.channels),
            contact: borrowed(self.contact),
            source: self.source.source(),
            notes: borrowed(self.notes),
        }
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

// TEXT, SHARED (the sources' URLs and dates), PARTICIPATION, DECLARATIONS,
// REGIONS, LEGAL_SYSTEMS, PENALTIES, CRIMES, OTHER, EXTRADITION_LAW,
// AUTHORITIES and DIAGNOSTICS, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));
