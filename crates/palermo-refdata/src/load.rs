//! Parsing and validating the data files (given as text: no I/O here), with a
//! diagnostic for every problem naming file, line and column.

use rustc_hash::FxHashMap as HashMap;

use jiff::civil::Date;
use palermo_cite::Instrument;
use sha2::{Digest, Sha256};

use crate::crimes::CrimeType;
use crate::diagnostic::{Diagnostic, Field, Severity};
use crate::model::{
    ConsentType, Declaration, DeclarationKind, ExtraditionBasisNotice, ExtraditionLaw,
    Participation, RefData, Source, Text, TreatyRequirement,
};
use crate::penalties::{PenaltyFlag, PenaltyRecord};
use crate::states::{LegalFamily, LegalSystem, Region};
use crate::table::Table;
use crate::{Penalty, PenaltyError, StateCode};

#[path = "authorities.rs"]
pub(crate) mod authorities;

/// The files a data folder must hold, in snapshot-hash order.
pub const DATA_FILES: [&str; 9] = [
    "untoc_participation.csv",
    "untoc_declarations.csv",
    "m49_regions.csv",
    "legal_systems.csv",
    "national_penalties.csv",
    "crime_catalogue.toml",
    "other_instruments.csv",
    "extradition_law.csv",
    authorities::AUTHORITIES_FILE,
];

/// The texts of the data files, in the order of [`DATA_FILES`]. An empty text
/// stands for a file with no records (tests); a folder given by a user must
/// hold every file.
#[derive(Clone, Copy, Debug, Default)]
pub struct DataTexts<'a> {
    /// `untoc_participation.csv`
    pub participation: &'a str,
    /// `untoc_declarations.csv`
    pub declarations: &'a str,
    /// `m49_regions.csv`
    pub regions: &'a str,
    /// `legal_systems.csv`
    pub legal_systems: &'a str,
    /// `national_penalties.csv`
    pub penalties: &'a str,
    /// `crime_catalogue.toml`
    pub crimes: &'a str,
    /// `other_instruments.csv`
    pub other_instruments: &'a str,
    /// `extradition_law.csv`
    pub extradition_law: &'a str,
    /// `competent_authorities.csv`
    pub authorities: &'a str,
}

impl<'a> DataTexts<'a> {
    /// The snapshot id: `sha256:` and a hash over the file names and contents.
    pub fn snapshot_id(&self) -> String {
        let mut hasher = Sha256::new();
        for (name, text) in DATA_FILES.iter().zip(self.in_order()) {
            hasher.update(name.as_bytes());
            hasher.update([0]);
            hasher.update((text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        let mut id = String::with_capacity(71);
        id.push_str("sha256:");
        for b in hasher.finalize() {
            use std::fmt::Write as _;
            let _ = write!(id, "{b:02x}");
        }
        id
    }

    /// The texts in [`DATA_FILES`] order.
    pub fn in_order(&self) -> [&'a str; 9] {
        [
            self.participation,
            self.declarations,
            self.regions,
            self.legal_systems,
            self.penalties,
            self.crimes,
            self.other_instruments,
            self.extradition_law,
            self.authorities,
        ]
    }
}

const PARTICIPATION_COLUMNS: [&str; 10] = [
    "participant",
    "iso3166_alpha3",
    "instrument",
    "signature_date",
    "consent_date",
    "consent_type",
    "source_url",
    "source_as_of",
    "is_party",
    "notes",
];

const DECLARATION_COLUMNS: [&str; 9] = [
    "participant",
    "iso3166_alpha3",
    "instrument",
    "article",
    "kind",
    "summary",
    "source_url",
    "effect",
    "source_as_of",
];

/// Articles the declarations file may name.
const DECLARATION_ARTICLES: [&str; 12] = [
    "5(3)",
    "13(6)",
    "15(2)",
    "16(2)",
    "16(5)",
    "18(13)",
    "18(14)",
    "20(2)",
    "26(3)",
    "35(2)",
    "territorial",
    "31(6)",
];

pub(crate) struct Rows<'a> {
    pub(crate) file: &'static str,
    pub(crate) diagnostics: &'a mut Vec<Diagnostic>,
}

impl Rows<'_> {
    pub(crate) fn push(
        &mut self,
        severity: Severity,
        line: u64,
        column: Option<&str>,
        message: String,
    ) {
        self.diagnostics.push(Diagnostic {
            severity,
            file: self.file.to_string(),
            line: line as usize,
            column: None,
            field: column.map(|c| Field::Column(c.to_string())),
            message,
        });
    }

    /// Reads the header and every record; returns (line, fields by column name).
    pub(crate) fn read(&mut self, text: &str, expected: &[&str]) -> Vec<(u64, Record)> {
        if text.is_empty() {
            return Vec::new();
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes());
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                self.push(Severity::Error, 1, None, format!("unreadable header: {e}"));
                return Vec::new();
            }
        };
        for col in expected {
            if !headers.iter().any(|h| h == *col) {
                self.push(
                    Severity::Error,
                    1,
                    Some(col),
                    format!(
                        "missing column `{col}`; expected the columns {}",
                        expected.join(", ")
                    ),
                );
            }
        }
        if expected
            .iter()
            .any(|col| !headers.iter().any(|h| h == *col))
        {
            return Vec::new();
        }
        for h in headers.iter() {
            if !expected.contains(&h) {
                self.push(
                    Severity::Warning,
                    1,
                    Some(h),
                    format!("unknown column `{h}` is ignored"),
                );
            }
        }
        let headers = std::rc::Rc::new(headers);
        let mut out = Vec::with_capacity(text.len() / 128);
        for record in reader.records() {
            match record {
                Ok(rec) => {
                    let line = rec.position().map_or(0, |p| p.line());
                    out.push((
                        line,
                        Record {
                            headers: headers.clone(),
                            values: rec,
                        },
                    ));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    self.push(Severity::Error, line, None, format!("unreadable row: {e}"));
                }
            }
        }
        out
    }
}

pub(crate) fn parse_date(
    rows: &mut Rows<'_>,
    line: u64,
    column: &str,
    value: &str,
) -> Result<Option<Date>, ()> {
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<Date>() {
        Ok(d) if value.len() == 10 => Ok(Some(d)),
        _ => {
            rows.push(
                Severity::Error,
                line,
                Some(column),
                format!("`{value}` is not a date: expected YYYY-MM-DD (a real calendar day)"),
            );
            Err(())
        }
    }
}

fn parse_instrument(value: &str) -> Option<Instrument> {
    match value {
        "UNTOC" => Some(Instrument::Untoc),
        "TIP" => Some(Instrument::Tip),
        "SOM" => Some(Instrument::Som),
        "FIREARMS" => Some(Instrument::Firearms),
        _ => None,
    }
}

/// One data row: its values and the file's header (shared), so a field is
/// found by its column name without copying the row into a map.
pub(crate) struct Record {
    headers: std::rc::Rc<csv::StringRecord>,
    values: csv::StringRecord,
}

/// The trimmed value of column `col` in the row, or `""` when absent.
pub(crate) fn field<'m>(map: &'m Record, col: &str) -> &'m str {
    map.headers
        .iter()
        .position(|h| h == col)
        .and_then(|i| map.values.get(i))
        .map_or("", str::trim)
}

/// The row's `iso3166_alpha3`, or an error on the row.
pub(crate) fn state_code(rows: &mut Rows<'_>, line: u64, map: &Record) -> Option<StateCode> {
    match field(map, "iso3166_alpha3").parse::<StateCode>() {
        Ok(s) => Some(s),
        Err(e) => {
            rows.push(Severity::Error, line, Some("iso3166_alpha3"), e.to_string());
            None
        }
    }
}

fn code_and_instrument(
    rows: &mut Rows<'_>,
    line: u64,
    map: &Record,
) -> Option<(StateCode, Instrument)> {
    let state = state_code(rows, line, map)?;
    let instrument = field(map, "instrument");
    let Some(instrument) = parse_instrument(instrument) else {
        rows.push(
            Severity::Error,
            line,
            Some("instrument"),
            format!("`{instrument}` is not an instrument: expected UNTOC, TIP, SOM or FIREARMS"),
        );
        return None;
    };
    Some((state, instrument))
}

pub(crate) fn source(rows: &mut Rows<'_>, line: u64, map: &Record) -> Source {
    let url = field(map, "source_url").to_string();
    if url.is_empty() {
        rows.push(
            Severity::Error,
            line,
            Some("source_url"),
            "no source: every fact needs one".into(),
        );
    }
    let as_of = field(map, "source_as_of").to_string();
    if as_of.is_empty() {
        rows.push(
            Severity::Warning,
            line,
            Some("source_as_of"),
            "the date the source reflects is not recorded; it is shown as unknown".into(),
        );
    } else if !is_partial_date(&as_of) {
        rows.push(
            Severity::Error,
            line,
            Some("source_as_of"),
            format!("`{as_of}` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        );
    }
    Source {
        url: url.into(),
        as_of: as_of.into(),
        file: rows.file,
        line,
    }
}

/// Start of a partial date (`2014`, `2014-07`, `2014-07-10`).
pub(crate) fn partial_start(s: &str) -> Option<Date> {
    match s.len() {
        4 | 7 => {
            let (year, month) = year_month(s)?;
            Date::new(year, month, 1).ok()
        }
        10 => s.parse().ok(),
        _ => None,
    }
}

/// Last day of a partial date.
pub(crate) fn partial_end(s: &str) -> Option<Date> {
    match s.len() {
        4 => Date::new(year_month(s)?.0, 12, 31).ok(),
        7 => partial_start(s).map(|d| d.last_of_month()),
        10 => s.parse().ok(),
        _ => None,
    }
}

/// The year and month of `YYYY` (month 1) or `YYYY-MM`, read without
/// building a full date to parse: the engine asks this of a data row's date
/// on every assessment that reads the row.
fn year_month(s: &str) -> Option<(i16, i8)> {
    fn digits(b: &[u8]) -> Option<i16> {
        b.iter().try_fold(0i16, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + i16::from(d - b'0'))
        })
    }
    let b = s.as_bytes();
    let year = digits(b.get(..4)?)?;
    let month = match b.len() {
        4 => 1,
        7 if b[4] == b'-' => i8::try_from(digits(&b[5..])?).ok()?,
        _ => return None,
    };
    Some((year, month))
}

fn is_partial_date(s: &str) -> bool {
    match s.len() {
        4 => s.bytes().all(|b| b.is_ascii_digit()),
        7 => format!("{s}-01").parse::<Date>().is_ok(),
        10 => s.parse::<Date>().is_ok(),
        _ => false,
    }
}

fn parse_participation(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Participation> {
    let mut rows = Rows {
        file: DATA_FILES[0],
        diagnostics,
    };
    let records = rows.read(text, &PARTICIPATION_COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some((state, instrument)) = code_and_instrument(&mut rows, line, &map) else {
            continue;
        };
        let Ok(signature) = parse_date(
            &mut rows,
            line,
            "signature_date",
            field(&map, "signature_date"),
        ) else {
            continue;
        };
        let Ok(consent) = parse_date(&mut rows, line, "consent_date", field(&map, "consent_date"))
        else {
            continue;
        };
        let consent_type = match field(&map, "consent_type") {
            "" => None,
            "ratification" => Some(ConsentType::Ratification),
            "acceptance" => Some(ConsentType::Acceptance),
            "approval" => Some(ConsentType::Approval),
            "accession" => Some(ConsentType::Accession),
            "succession" => Some(ConsentType::Succession),
            other => {
                rows.push(
                    Severity::Error,
                    line,
                    Some("consent_type"),
                    format!("`{other}` is not an instrument type: expected ratification, acceptance, approval, accession, succession or empty"),
                );
                continue;
            }
        };
        let is_party = match field(&map, "is_party") {
            "yes" => true,
            "no" => false,
            other => {
                rows.push(
                    Severity::Error,
                    line,
                    Some("is_party"),
                    format!("`{other}`: expected yes or no"),
                );
                continue;
            }
        };
        if consent.is_some() && !is_party {
            rows.push(
                Severity::Error,
                line,
                Some("is_party"),
                "a deposit date is given but is_party is `no`".into(),
            );
            continue;
        }
        if let (Some(s), Some(c)) = (signature, consent) {
            if c < s && consent_type != Some(ConsentType::Accession) {
                rows.push(
                    Severity::Warning,
                    line,
                    Some("consent_date"),
                    format!("deposit {c} precedes signature {s}"),
                );
            }
        }
        let name = field(&map, "participant").to_string();
        if name.is_empty() {
            rows.push(
                Severity::Warning,
                line,
                Some("participant"),
                "no participant name".into(),
            );
        }
        let source = source(&mut rows, line, &map);
        out.push(Participation {
            state,
            instrument,
            name: name.into(),
            signature,
            consent,
            consent_type,
            is_party,
            source,
            notes: field(&map, "notes").to_string().into(),
        });
    }
    out
}

fn parse_declarations(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Declaration> {
    let mut rows = Rows {
        file: DATA_FILES[1],
        diagnostics,
    };
    let records = rows.read(text, &DECLARATION_COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some((state, instrument)) = code_and_instrument(&mut rows, line, &map) else {
            continue;
        };
        let article = field(&map, "article");
        if !DECLARATION_ARTICLES.contains(&article) {
            rows.push(
                Severity::Error,
                line,
                Some("article"),
                format!(
                    "`{article}` is not an article this file codes: expected one of {}",
                    DECLARATION_ARTICLES.join(", ")
                ),
            );
            continue;
        }
        let kind = match field(&map, "kind") {
            "reservation" => DeclarationKind::Reservation,
            "declaration" => DeclarationKind::Declaration,
            "notification" => DeclarationKind::Notification,
            other => {
                rows.push(
                    Severity::Error,
                    line,
                    Some("kind"),
                    format!("`{other}`: expected reservation, declaration or notification"),
                );
                continue;
            }
        };
        let effect = field(&map, "effect");
        let mut extradition_basis = None;
        let mut content_unknown = false;
        let mut languages = None;
        if article == "16(5)" {
            match ExtraditionBasisNotice::parse(effect) {
                Some(e) => extradition_basis = Some(e),
                None => {
                    rows.push(
                        Severity::Error,
                        line,
                        Some("effect"),
                        format!("`{effect}`: a 16(5) row needs an effect: takes_convention, takes_convention_reciprocal, takes_convention_except_nationals, does_not_take_convention, no_convention_basis_reciprocity, treaty_required_basis_unstated or content_unknown"),
                    );
                    continue;
                }
            }
            content_unknown = extradition_basis == Some(ExtraditionBasisNotice::ContentUnknown);
        } else if article == "18(14)" {
            match crate::model::Languages::parse(effect) {
                Ok(Some(l)) => languages = Some(l),
                Ok(None) => content_unknown = true,
                Err(why) => {
                    rows.push(Severity::Error, line, Some("effect"), why);
                    continue;
                }
            }
        } else {
            match effect {
                "" => {}
                "content_unknown" => content_unknown = true,
                other => {
                    rows.push(
                        Severity::Error,
                        line,
                        Some("effect"),
                        format!(
                            "`{other}`: outside 16(5) and 18(14) rows, effect is empty or content_unknown"
                        ),
                    );
                    continue;
                }
            }
        }
        let summary = field(&map, "summary").to_string();
        if summary.is_empty() {
            rows.push(
                Severity::Error,
                line,
                Some("summary"),
                "empty summary".into(),
            );
            continue;
        }
        let source = source(&mut rows, line, &map);
        out.push(Declaration {
            state,
            instrument,
            article: article.to_string().into(),
            kind,
            summary: summary.into(),
            extradition_basis,
            languages,
            content_unknown,
            source,
        });
    }
    out
}

impl RefData {
    /// Parses and checks every data file, given the snapshot id of the
    /// texts. Records with errors are left out and reported with file, line
    /// and column; the rest is usable. The build script runs this very code
    /// on the embedded files (see `embedded.rs`).
    pub(crate) fn read_texts(
        texts: DataTexts<'_>,
        snapshot_id: String,
        origin: &str,
    ) -> (RefData, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let participation = parse_participation(texts.participation, &mut diagnostics);
        let declarations = parse_declarations(texts.declarations, &mut diagnostics);
        let regions = parse_regions(texts.regions, &mut diagnostics);
        let legal_systems = parse_legal_systems(texts.legal_systems, &mut diagnostics);
        let penalties = parse_penalties(texts.penalties, &mut diagnostics);
        let crimes = crate::crimes::parse_catalogue(texts.crimes, &mut diagnostics);
        let other =
            crate::other::parse_other_instruments(texts.other_instruments, &mut diagnostics);
        let extradition_law = parse_extradition_law(texts.extradition_law, &mut diagnostics);
        let mut authorities = authorities::parse(texts.authorities, &mut diagnostics);
        if !crimes.is_empty() {
            for p in &penalties {
                if !crimes.iter().any(|c| c.id == p.crime_type) {
                    diagnostics.push(Diagnostic {
                        severity: Severity::Error,
                        file: DATA_FILES[4].into(),
                        line: p.source.line as usize,
                        column: None,
                        field: Some(Field::Column("crime_type".into())),
                        message: format!(
                            "`{}` is not in the crime catalogue ({})",
                            p.crime_type, DATA_FILES[5]
                        ),
                    });
                }
            }
        }

        let mut by_state_instrument: HashMap<(StateCode, Instrument), usize> =
            HashMap::with_capacity_and_hasher(participation.len(), Default::default());
        // The States with a participation record.
        let mut participants: HashMap<StateCode, ()> = HashMap::default();
        let mut kept = Vec::with_capacity(participation.len());
        // Lines of every row of a (State, instrument) given more than once.
        let mut repeated: HashMap<(StateCode, Instrument), Vec<u64>> = HashMap::default();
        for p in participation {
            if let Some(&first) = by_state_instrument.get(&(p.state, p.instrument)) {
                let first: &Participation = &kept[first];
                repeated
                    .entry((p.state, p.instrument))
                    .or_insert_with(|| vec![first.source.line])
                    .push(p.source.line);
                continue;
            }
            participants.insert(p.state, ());
            by_state_instrument.insert((p.state, p.instrument), kept.len());
            kept.push(p);
        }
        report_repeated(
            &mut diagnostics,
            DATA_FILES[0],
            "iso3166_alpha3",
            repeated
                .into_iter()
                .map(|((s, i), lines)| (format!("{s} / {}", instrument_name(i)), lines))
                .collect(),
            "only the first is used, the others are left out",
        );
        // Art. 37(2): only a party to the Convention can be a party to a Protocol.
        for p in &kept {
            if p.instrument != Instrument::Untoc && p.is_party {
                let untoc = by_state_instrument
                    .get(&(p.state, Instrument::Untoc))
                    .map(|&i| &kept[i]);
                if !untoc.is_some_and(|u| u.is_party) {
                    diagnostics.push(Diagnostic {
                        severity: Severity::Warning,
                        file: DATA_FILES[0].into(),
                        line: p.source.line as usize,
                        column: None,
                        field: Some(Field::Column("is_party".into())),
                        message: format!("{} is recorded as a party to a Protocol but not to the Convention (art. 37(2))", p.state),
                    });
                }
            }
        }
        for d in &declarations {
            if !participants.contains_key(&d.state) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    file: DATA_FILES[1].into(),
                    line: d.source.line as usize,
                    column: None,
                    field: Some(Field::Column("iso3166_alpha3".into())),
                    message: format!("{} has a declaration but no participation record", d.state),
                });
            }
        }
        let listed = |s| {
            participants.contains_key(&s)
                || regions.iter().any(|r| r.state == s)
                || legal_systems.iter().any(|l| l.state == s)
        };
        authorities::check_states(&mut authorities, listed, &mut diagnostics);
        diagnostics.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        // One row per State in the regions and legal-systems files: the first
        // is used, and each repeated State gives one error listing its rows.
        let (regions_by_state, repeated) = first_by_state(&regions, |r| r.state, |r| r.source.line);
        report_repeated(
            &mut diagnostics,
            DATA_FILES[2],
            "iso3166_alpha3",
            repeated,
            "only the first is used",
        );
        let (legal_by_state, repeated) =
            first_by_state(&legal_systems, |l| l.state, |l| l.source.line);
        report_repeated(
            &mut diagnostics,
            DATA_FILES[3],
            "iso3166_alpha3",
            repeated,
            "only the first is used",
        );
        // Every participant should be placed in a region (the EU is not in M49).
        if !regions.is_empty() {
            let mut missing: Vec<StateCode> = participants
                .keys()
                .copied()
                .filter(|s| !s.is_reio() && !regions_by_state.contains_key(s))
                .collect();
            missing.sort();
            for s in missing {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    file: DATA_FILES[2].into(),
                    line: 1,
                    column: None,
                    field: Some(Field::Column("iso3166_alpha3".into())),
                    message: format!("participant {s} has no M49 region"),
                });
            }
        }
        for p in &penalties {
            if !regions.is_empty() && !regions_by_state.contains_key(&p.state) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    file: DATA_FILES[4].into(),
                    line: p.source.line as usize,
                    column: None,
                    field: Some(Field::Column("iso3166_alpha3".into())),
                    message: format!("{} is not a country or area in the M49 table", p.state),
                });
            }
        }
        for o in other
            .iter()
            .filter(|o| !regions.is_empty() && !o.state.is_reio())
        {
            if !regions_by_state.contains_key(&o.state) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    file: DATA_FILES[6].into(),
                    line: o.source.line as usize,
                    column: None,
                    field: Some(Field::Column("iso3166_alpha3".into())),
                    message: format!("{} is not a country or area in the M49 table", o.state),
                });
            }
        }
        // The extradition-law file: one row per State, each a State the
        // other files list (when they list any: a test may give this file
        // alone). Rows with an unknown State are left out; of a repeated
        // State the first row is used.
        let listed = |s: &StateCode| {
            participants.contains_key(s)
                || regions_by_state.contains_key(s)
                || legal_by_state.contains_key(s)
        };
        let any_listed =
            !participants.is_empty() || !regions.is_empty() || !legal_systems.is_empty();
        let mut extradition_law_kept = Vec::with_capacity(extradition_law.len());
        for r in extradition_law {
            if any_listed && !listed(&r.state) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    file: DATA_FILES[7].into(),
                    line: r.source.line as usize,
                    column: None,
                    field: Some(Field::Column("iso3166_alpha3".into())),
                    message: format!(
                        "`{}` is not a State the data lists: expected a code of {}, {} or {}",
                        r.state, DATA_FILES[0], DATA_FILES[2], DATA_FILES[3]
                    ),
                });
                continue;
            }
            extradition_law_kept.push(r);
        }
        let (first, repeated) =
            first_by_state(&extradition_law_kept, |r| r.state, |r| r.source.line);
        let extradition_law_kept: Vec<ExtraditionLaw> = extradition_law_kept
            .into_iter()
            .enumerate()
            .filter(|(i, r)| first.get(&r.state) == Some(i))
            .map(|(_, r)| r)
            .collect();
        report_repeated(
            &mut diagnostics,
            DATA_FILES[7],
            "iso3166_alpha3",
            repeated,
            "one row per State: only the first is used",
        );
        let read = [
            kept.len(),
            declarations.len(),
            regions.len(),
            legal_systems.len(),
            penalties.len(),
            crimes.len(),
            other.len(),
            extradition_law_kept.len(),
            authorities.len(),
        ];
        account_for_rows(&texts, read, &mut diagnostics);
        let records = Records {
            participation: kept,
            declarations,
            regions,
            legal_systems,
            penalties,
            crimes,
            other,
            extradition_law: extradition_law_kept,
            authorities,
        };
        (
            RefData::assemble(records, snapshot_id, origin.to_string()),
            diagnostics,
        )
    }

    /// Builds the indexes over records already read and checked (the
    /// participation rows without repeats): the one way a `RefData` is made,
    /// from the texts and from the records compiled in alike.
    pub(crate) fn assemble(records: Records, snapshot_id: String, origin: String) -> RefData {
        let Records {
            participation,
            declarations,
            regions,
            legal_systems,
            penalties,
            crimes,
            other,
            extradition_law,
            authorities,
        } = records;
        let names = names(&participation, &legal_systems, &regions);
        let latest_as_of = latest_as_of(&declarations);
        let other_as_of = crate::other::lists_as_of(&other);
        RefData {
            participation: Table::parsed(participation, |p| p.state),
            declarations: Table::parsed(declarations, |d| d.state),
            latest_as_of,
            labels: crate::model::Labels::new(names.len()),
            names,
            regions: Table::parsed(regions, |r| r.state),
            legal_systems: Table::parsed(legal_systems, |l| l.state),
            penalties: Table::parsed(penalties, |p| p.state),
            crimes,
            extradition_law: Table::parsed(extradition_law, |r| r.state),
            authorities: Table::parsed(authorities, |a| a.state),
            snapshot_id,
            origin,
            other: Table::parsed(other, |o| o.state),
            other_as_of,
        }
    }
}

/// The name of every State the data lists, sorted by code: the first name
/// the participation file gives it, else the legal-systems file's, else the
/// regions file's.
pub(crate) fn names(
    participation: &[Participation],
    legal_systems: &[LegalSystem],
    regions: &[Region],
) -> Vec<(StateCode, Text)> {
    let mut names: Vec<(StateCode, Text)> = (participation.iter().map(|p| (p.state, &p.name)))
        .chain(legal_systems.iter().map(|l| (l.state, &l.name)))
        .chain(regions.iter().map(|r| (r.state, &r.name)))
        .map(|(s, n)| (s, n.clone()))
        .collect();
    // Stable, so the first of a State's names stays first; the rest go.
    names.sort_by_key(|n| n.0);
    names.dedup_by_key(|n| n.0);
    names
}

/// The date each (instrument, article) list of declarations reflects as a
/// whole, so rules can tell what it could have recorded without scanning it:
/// the date most of its rows share (the comprehensive record, e.g. the
/// depositary text of a month), the later one on a tie. A single row from a
/// later gazette must not stand in for the whole list.
pub(crate) fn latest_as_of(
    declarations: &[Declaration],
) -> Vec<((Instrument, Text), std::sync::Arc<str>)> {
    type DateCounts = Vec<(std::sync::Arc<str>, usize)>;
    let mut counts: Vec<((Instrument, Text), DateCounts)> = Vec::new();
    for d in declarations.iter().filter(|d| !d.source.as_of.is_empty()) {
        let at = match (counts.iter()).position(|((i, a), _)| *i == d.instrument && *a == d.article)
        {
            Some(at) => at,
            None => {
                counts.push(((d.instrument, d.article.clone()), Vec::new()));
                counts.len() - 1
            }
        };
        let dates = &mut counts[at].1;
        match dates.iter_mut().find(|(a, _)| *a == d.source.as_of) {
            Some((_, n)) => *n += 1,
            None => dates.push((d.source.as_of.clone(), 1)),
        }
    }
    counts
        .into_iter()
        .filter_map(|(k, dates)| {
            dates
                .into_iter()
                .max_by(|(a, n), (b, m)| n.cmp(m).then_with(|| a.cmp(b)))
                .map(|(d, _)| (k, d))
        })
        .collect()
}

/// The records of the data files once read and checked, before indexing:
/// what the build script compiles in for the embedded data.
pub(crate) struct Records {
    pub(crate) participation: Vec<Participation>,
    pub(crate) declarations: Vec<Declaration>,
    pub(crate) regions: Vec<Region>,
    pub(crate) legal_systems: Vec<LegalSystem>,
    pub(crate) penalties: Vec<PenaltyRecord>,
    pub(crate) crimes: Vec<CrimeType>,
    pub(crate) other: Vec<crate::other::OtherParticipation>,
    pub(crate) extradition_law: Vec<ExtraditionLaw>,
    pub(crate) authorities: Vec<authorities::Authority>,
}

fn parse_extradition_law(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<ExtraditionLaw> {
    const COLUMNS: [&str; 7] = [
        "participant",
        "iso3166_alpha3",
        "requires_treaty",
        "summary",
        "source_url",
        "source_as_of",
        "notes",
    ];
    let mut rows = Rows {
        file: DATA_FILES[7],
        diagnostics,
    };
    let records = rows.read(text, &COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some(state) = state_code(&mut rows, line, &map) else {
            continue;
        };
        let value = field(&map, "requires_treaty");
        let Some(requires_treaty) = TreatyRequirement::parse(value) else {
            rows.push(
                Severity::Error,
                line,
                Some("requires_treaty"),
                format!("`{value}`: expected yes, no or partly (a State whose law was not read has no row)"),
            );
            continue;
        };
        let summary = field(&map, "summary");
        if summary.is_empty() {
            rows.push(
                Severity::Error,
                line,
                Some("summary"),
                "empty summary: every row says in one sentence what its source shows".into(),
            );
            continue;
        }
        // The record is used from the date its source reflects: without a
        // date it cannot be used at all.
        let as_of = field(&map, "source_as_of");
        if !is_partial_date(as_of) {
            let what = if as_of.is_empty() {
                "no date: every row needs the date its source reflects".to_string()
            } else {
                format!("`{as_of}` is not a date")
            };
            rows.push(
                Severity::Error,
                line,
                Some("source_as_of"),
                format!("{what}; expected YYYY, YYYY-MM or YYYY-MM-DD"),
            );
            continue;
        }
        if field(&map, "source_url").is_empty() {
            rows.push(
                Severity::Error,
                line,
                Some("source_url"),
                "no source: every fact needs one".into(),
            );
            continue;
        }
        let name = field(&map, "participant").to_string();
        if name.is_empty() {
            rows.push(
                Severity::Warning,
                line,
                Some("participant"),
                "no participant name".into(),
            );
        }
        let source = source(&mut rows, line, &map);
        out.push(ExtraditionLaw {
            state,
            name: name.into(),
            requires_treaty,
            summary: summary.into(),
            source,
            notes: field(&map, "notes").to_string().into(),
        });
    }
    out
}

fn parse_regions(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Region> {
    const COLUMNS: [&str; 14] = [
        "iso3166_alpha3",
        "m49_code",
        "country_or_area",
        "region_code",
        "region_name",
        "subregion_code",
        "subregion_name",
        "intermediate_region_code",
        "intermediate_region_name",
        "ldc",
        "lldc",
        "sids",
        "source_url",
        "source_as_of",
    ];
    let mut rows = Rows {
        file: DATA_FILES[2],
        diagnostics,
    };
    let records = rows.read(text, &COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some(state) = state_code(&mut rows, line, &map) else {
            continue;
        };
        let m49 = field(&map, "m49_code");
        if m49.len() != 3 || !m49.bytes().all(|b| b.is_ascii_digit()) {
            rows.push(
                Severity::Error,
                line,
                Some("m49_code"),
                format!("`{m49}`: expected three digits"),
            );
            continue;
        }
        let mut flags = [false; 3];
        let mut ok = true;
        for (i, col) in ["ldc", "lldc", "sids"].into_iter().enumerate() {
            match field(&map, col) {
                "yes" => flags[i] = true,
                "no" => {}
                other => {
                    rows.push(
                        Severity::Error,
                        line,
                        Some(col),
                        format!("`{other}`: expected yes or no"),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        let source = source(&mut rows, line, &map);
        out.push(Region {
            state,
            m49: m49.to_string().into(),
            name: field(&map, "country_or_area").to_string().into(),
            region: field(&map, "region_name").to_string().into(),
            subregion: field(&map, "subregion_name").to_string().into(),
            intermediate: field(&map, "intermediate_region_name").to_string().into(),
            ldc: flags[0],
            lldc: flags[1],
            sids: flags[2],
            source,
        });
    }
    out
}

fn parse_legal_systems(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<LegalSystem> {
    const COLUMNS: [&str; 7] = [
        "iso3166_alpha3",
        "state",
        "legal_system",
        "components",
        "source_url",
        "source_as_of",
        "notes",
    ];
    const COMPONENTS: [&str; 5] = ["civil", "common", "muslim", "customary", "jewish"];
    let mut rows = Rows {
        file: DATA_FILES[3],
        diagnostics,
    };
    let records = rows.read(text, &COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some(state) = state_code(&mut rows, line, &map) else {
            continue;
        };
        let family_text = field(&map, "legal_system");
        let Some(family) = LegalFamily::parse(family_text) else {
            rows.push(
                Severity::Error,
                line,
                Some("legal_system"),
                format!("`{family_text}`: expected civil_law, common_law, customary_law, muslim_law or mixed"),
            );
            continue;
        };
        let components: Vec<String> = field(&map, "components")
            .split('+')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        if (family == LegalFamily::Mixed) != (components.len() >= 2) {
            rows.push(Severity::Error, line, Some("components"), "a mixed system lists two or more components joined by `+`; a single system lists none".into());
            continue;
        }
        if let Some(bad) = components
            .iter()
            .find(|c| !COMPONENTS.contains(&c.as_str()))
        {
            rows.push(
                Severity::Error,
                line,
                Some("components"),
                format!("`{bad}`: expected one of {}", COMPONENTS.join(", ")),
            );
            continue;
        }
        // `source_as_of` may be `undated` here (South Sudan's government page).
        let undated = field(&map, "source_as_of") == "undated";
        let mut source = if undated {
            let url = field(&map, "source_url");
            Source {
                url: url.into(),
                as_of: "".into(),
                file: rows.file,
                line,
            }
        } else {
            source(&mut rows, line, &map)
        };
        if undated {
            source.as_of = "".into();
        }
        let notes = field(&map, "notes").to_string();
        out.push(LegalSystem {
            state,
            name: field(&map, "state").to_string().into(),
            family,
            components,
            sources_disagree: notes.contains("SOURCES DISAGREE"),
            source,
            notes: notes.into(),
        });
    }
    out
}

fn parse_penalties(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<PenaltyRecord> {
    const COLUMNS: [&str; 12] = [
        "iso3166_alpha3",
        "state",
        "crime_type",
        "offence_label",
        "provision",
        "max_custodial",
        "in_force_from",
        "source_url",
        "source_as_of",
        "notes",
        "in_force_until",
        "flag",
    ];
    let mut rows = Rows {
        file: DATA_FILES[4],
        diagnostics,
    };
    let records = rows.read(text, &COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some(state) = state_code(&mut rows, line, &map) else {
            continue;
        };
        let crime_type = field(&map, "crime_type");
        if !is_snake_case(crime_type) {
            rows.push(
                Severity::Error,
                line,
                Some("crime_type"),
                format!("`{crime_type}`: expected a snake_case crime-type id"),
            );
            continue;
        }
        let max_text = field(&map, "max_custodial");
        let max = match Penalty::read(max_text) {
            Ok(Penalty::NotAnOffence) | Err(PenaltyError::Malformed) => {
                rows.push(
                    Severity::Error,
                    line,
                    Some("max_custodial"),
                    format!("`{max_text}`: expected <n>y, <n>m, <n>y<k>m, life, death or fine"),
                );
                continue;
            }
            Err(e) => {
                rows.push(
                    Severity::Error,
                    line,
                    Some("max_custodial"),
                    format!("`{max_text}`: {e}"),
                );
                continue;
            }
            Ok(p) => p,
        };
        let Ok(in_force_from) = parse_date(
            &mut rows,
            line,
            "in_force_from",
            field(&map, "in_force_from"),
        ) else {
            continue;
        };
        let Ok(in_force_until) = parse_date(
            &mut rows,
            line,
            "in_force_until",
            field(&map, "in_force_until"),
        ) else {
            continue;
        };
        if let (Some(f), Some(u)) = (in_force_from, in_force_until) {
            if u <= f {
                rows.push(
                    Severity::Error,
                    line,
                    Some("in_force_until"),
                    format!("{u} is not after in_force_from {f}"),
                );
                continue;
            }
        }
        let flag = match field(&map, "flag") {
            "" => None,
            "secondary_source" => Some(PenaltyFlag::SecondarySource),
            "needs_reverification" => Some(PenaltyFlag::NeedsReverification),
            other => {
                rows.push(
                    Severity::Error,
                    line,
                    Some("flag"),
                    format!("`{other}`: expected secondary_source, needs_reverification or empty"),
                );
                continue;
            }
        };
        let label = field(&map, "offence_label").to_string();
        let provision = field(&map, "provision").to_string();
        if label.is_empty() || provision.is_empty() {
            rows.push(
                Severity::Error,
                line,
                Some(if label.is_empty() {
                    "offence_label"
                } else {
                    "provision"
                }),
                "empty: every row names its offence and provision".into(),
            );
            continue;
        }
        let source = source(&mut rows, line, &map);
        out.push(PenaltyRecord {
            state,
            crime_type: crime_type.to_string().into(),
            aggravated: label.starts_with("aggravated:"),
            offence_label: label.into(),
            provision: provision.into(),
            max,
            in_force_from,
            in_force_until,
            flag,
            source,
            notes: field(&map, "notes").to_string().into(),
        });
    }
    // Overlapping dated entries for the same offence (State, crime type,
    // provision, label) would make "the law on a date" ambiguous. Grouped by
    // offence in a hash map, and each group swept in date order, so that
    // thousands of copies of a row take linear time and give one error.
    let mut by_offence: HashMap<(StateCode, &str, &str, &str), Vec<usize>> = HashMap::default();
    for (i, p) in out.iter().enumerate() {
        by_offence
            .entry((
                p.state,
                p.crime_type.as_ref(),
                p.provision.as_ref(),
                p.offence_label.as_ref(),
            ))
            .or_default()
            .push(i);
    }
    let mut repeated = Vec::new();
    for ((state, crime, provision, label), mut group) in by_offence {
        if group.len() < 2 {
            continue;
        }
        // Validity is [from, until); no start is the dawn of time, no end
        // is open-ended. In start order, a row overlaps an earlier one iff it
        // starts before the furthest end reached so far.
        let start = |i: usize| out[i].in_force_from.unwrap_or(Date::MIN);
        let end = |i: usize| out[i].in_force_until.unwrap_or(Date::MAX);
        group.sort_by_key(|&i| (start(i), out[i].source.line));
        let mut overlapping = vec![false; group.len()];
        let mut furthest = 0;
        for k in 1..group.len() {
            if start(group[k]) < end(group[furthest]) {
                overlapping[k] = true;
                overlapping[furthest] = true;
            }
            if end(group[k]) > end(group[furthest]) {
                furthest = k;
            }
        }
        let lines: Vec<u64> = group
            .iter()
            .zip(&overlapping)
            .filter(|(_, o)| **o)
            .map(|(&i, _)| out[i].source.line)
            .collect();
        if lines.len() > 1 {
            repeated.push((format!("{state} {crime}, {provision}: {label}"), lines));
        }
    }
    report_repeated(
        rows.diagnostics,
        DATA_FILES[4],
        "in_force_from",
        repeated,
        "these rows give the same offence with overlapping validity: give in_force_until on the older row",
    );
    out
}

/// Line numbers shown for one repeated key; the rest are counted.
const LINES_SHOWN: usize = 10;
/// Repeated keys reported one by one in a file; the rest are counted in one error.
const KEYS_SHOWN: usize = 20;

/// The data files' spelling of an instrument.
fn instrument_name(i: Instrument) -> &'static str {
    match i {
        Instrument::Untoc => "UNTOC",
        Instrument::Tip => "TIP",
        Instrument::Som => "SOM",
        Instrument::Firearms => "FIREARMS",
    }
}

/// Keys given on more than one row, each with the lines of its rows.
type Repeated = Vec<(String, Vec<u64>)>;

/// The position of each State's first row, and the lines of every State
/// given on more than one row (linear: one hash lookup per row).
fn first_by_state<T>(
    rows: &[T],
    state: impl Fn(&T) -> StateCode,
    line: impl Fn(&T) -> u64,
) -> (HashMap<StateCode, usize>, Repeated) {
    let mut first: HashMap<StateCode, usize> = HashMap::default();
    let mut repeated: HashMap<StateCode, Vec<u64>> = HashMap::default();
    for (i, r) in rows.iter().enumerate() {
        match first.get(&state(r)) {
            Some(&f) => repeated
                .entry(state(r))
                .or_insert_with(|| vec![line(&rows[f])])
                .push(line(r)),
            None => {
                first.insert(state(r), i);
            }
        }
    }
    let repeated = repeated
        .into_iter()
        .map(|(s, lines)| (s.to_string(), lines))
        .collect();
    (first, repeated)
}

/// Reports rows that repeat a key: one error per key, at the line of its
/// second row, listing its rows' lines (the first [`LINES_SHOWN`], then how
/// many more); after [`KEYS_SHOWN`] keys, one error counting the others.
/// `groups` holds each key's description and lines (two or more).
fn report_repeated(
    diagnostics: &mut Vec<Diagnostic>,
    file: &'static str,
    column: &str,
    mut groups: Vec<(String, Vec<u64>)>,
    consequence: &str,
) {
    for (_, lines) in &mut groups {
        lines.sort_unstable();
    }
    groups.sort_by_key(|(_, lines)| lines[1]);
    let error = |line: u64, message: String| Diagnostic {
        severity: Severity::Error,
        file: file.to_string(),
        line: line as usize,
        column: None,
        field: Some(Field::Column(column.to_string())),
        message,
    };
    for (key, lines) in groups.iter().take(KEYS_SHOWN) {
        let mut shown: Vec<String> = lines.iter().take(LINES_SHOWN).map(u64::to_string).collect();
        let list = if lines.len() > LINES_SHOWN {
            format!(
                "{} and {} more",
                shown.join(", "),
                lines.len() - LINES_SHOWN
            )
        } else {
            let last = shown.pop().unwrap_or_default();
            format!("{} and {last}", shown.join(", "))
        };
        diagnostics.push(error(
            lines[1],
            format!(
                "{key} is on {} rows (lines {list}): {consequence}",
                lines.len()
            ),
        ));
    }
    if groups.len() > KEYS_SHOWN {
        let rest = &groups[KEYS_SHOWN..];
        let rows: usize = rest.iter().map(|(_, l)| l.len()).sum();
        diagnostics.push(error(
            rest[0].1[1],
            format!(
                "{} more repeated keys on {rows} rows, from this line on, are not listed one by one: fix those above and check again",
                rest.len()
            ),
        ));
    }
}

pub(crate) fn is_snake_case(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The rows of a data text, counted without reading them: the CSV records
/// after the header, or the `[[crime]]` tables of the catalogue.
pub(crate) fn raw_rows(file: &str, text: &str) -> usize {
    if file.ends_with(".toml") {
        return text.lines().filter(|l| l.trim() == "[[crime]]").count();
    }
    csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes())
        .byte_records()
        .count()
}

/// Every row is a record or an error. A file that gave no error but fewer
/// records than it has rows lost rows without a word: that is reported, so
/// that the check needs no hand-kept count of the rows.
fn account_for_rows(texts: &DataTexts<'_>, read: [usize; 9], diagnostics: &mut Vec<Diagnostic>) {
    for ((file, text), records) in DATA_FILES.iter().zip(texts.in_order()).zip(read) {
        let rows = raw_rows(file, text);
        let has_error = diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.file == *file);
        if rows != records && !has_error {
            diagnostics.push(Diagnostic {
                severity: Severity::Error,
                file: (*file).into(),
                line: 1,
                column: None,
                field: None,
                message: format!(
                    "{rows} rows, but {records} records were read and no row gave an error: rows were lost"
                ),
            });
        }
    }
}
