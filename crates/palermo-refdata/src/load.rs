//! Parsing and validating the data files (given as text: no I/O here), with a
//! diagnostic for every problem naming file, line and column.

use rustc_hash::FxHashMap as HashMap;
use std::fmt;

use jiff::civil::Date;
use palermo_cite::Instrument;
use sha2::{Digest, Sha256};

use crate::model::{
    ConsentType, Declaration, DeclarationKind, ExtraditionBasisNotice, Participation, RefData,
    Source,
};
use crate::{StateCode, EMBEDDED_DECLARATIONS, EMBEDDED_PARTICIPATION};

/// The files a data folder must hold, in snapshot-hash order.
pub const DATA_FILES: [&str; 2] = ["untoc_participation.csv", "untoc_declarations.csv"];

/// How bad a problem is. An error drops the record; a warning keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The record is kept, but something about it deserves a look.
    Warning,
    /// The record could not be used and was left out.
    Error,
}

/// One problem found while loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Data file name.
    pub file: String,
    /// 1-based line.
    pub line: u64,
    /// The column (field) concerned, if one.
    pub column: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}:{}", self.file, self.line)?;
        if let Some(col) = &self.column {
            write!(f, ": column `{col}`")?;
        }
        write!(f, ": {}", self.message)
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

struct Rows<'a> {
    file: &'static str,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Rows<'_> {
    fn push(&mut self, severity: Severity, line: u64, column: Option<&str>, message: String) {
        self.diagnostics.push(Diagnostic {
            severity,
            file: self.file.to_string(),
            line,
            column: column.map(str::to_string),
            message,
        });
    }

    /// Reads the header and every record; returns (line, fields by column name).
    fn read(&mut self, text: &str, expected: &[&str]) -> Vec<(u64, HashMap<String, String>)> {
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
        let mut out = Vec::new();
        for record in reader.records() {
            match record {
                Ok(rec) => {
                    let line = rec.position().map_or(0, |p| p.line());
                    let map = headers
                        .iter()
                        .zip(rec.iter())
                        .map(|(h, v)| (h.to_string(), v.trim().to_string()))
                        .collect();
                    out.push((line, map));
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

fn parse_date(
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

fn field<'m>(map: &'m HashMap<String, String>, col: &str) -> &'m str {
    map.get(col).map_or("", String::as_str)
}

fn code_and_instrument(
    rows: &mut Rows<'_>,
    line: u64,
    map: &HashMap<String, String>,
) -> Option<(StateCode, Instrument)> {
    let code = field(map, "iso3166_alpha3");
    let state = match code.parse::<StateCode>() {
        Ok(s) => s,
        Err(e) => {
            rows.push(Severity::Error, line, Some("iso3166_alpha3"), e.to_string());
            return None;
        }
    };
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

fn source(rows: &mut Rows<'_>, line: u64, map: &HashMap<String, String>) -> Source {
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
            name,
            signature,
            consent,
            consent_type,
            is_party,
            source,
            notes: field(&map, "notes").to_string(),
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
        if article == "16(5)" {
            match ExtraditionBasisNotice::parse(effect) {
                Some(e) => extradition_basis = Some(e),
                None => {
                    rows.push(
                        Severity::Error,
                        line,
                        Some("effect"),
                        format!("`{effect}`: a 16(5) row needs an effect: takes_convention, takes_convention_reciprocal, takes_convention_except_nationals, does_not_take_convention, treaty_required_basis_unstated or content_unknown"),
                    );
                    continue;
                }
            }
            content_unknown = extradition_basis == Some(ExtraditionBasisNotice::ContentUnknown);
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
                            "`{other}`: outside 16(5) rows, effect is empty or content_unknown"
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
            article: article.to_string(),
            kind,
            summary: summary.into(),
            extradition_basis,
            content_unknown,
            source,
        });
    }
    out
}

impl RefData {
    /// Parses the two data files (their texts, in [`DATA_FILES`] order).
    /// Records with errors are left out and reported; the rest is usable.
    pub fn parse(
        participation_csv: &str,
        declarations_csv: &str,
        origin: &str,
    ) -> (RefData, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let participation = parse_participation(participation_csv, &mut diagnostics);
        let declarations = parse_declarations(declarations_csv, &mut diagnostics);

        let mut by_state_instrument =
            HashMap::with_capacity_and_hasher(participation.len(), Default::default());
        let mut names = HashMap::default();
        let mut kept = Vec::with_capacity(participation.len());
        for p in participation {
            if let Some(&first) = by_state_instrument.get(&(p.state, p.instrument)) {
                let first: &Participation = &kept[first];
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    file: DATA_FILES[0].into(),
                    line: p.source.line,
                    column: Some("iso3166_alpha3".into()),
                    message: format!(
                        "second row for {} / {:?} (first at line {}); the second is left out",
                        p.state, p.instrument, first.source.line
                    ),
                });
                continue;
            }
            names.entry(p.state).or_insert_with(|| p.name.clone());
            by_state_instrument.insert((p.state, p.instrument), kept.len());
            kept.push(p);
        }
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
                        line: p.source.line,
                        column: Some("is_party".into()),
                        message: format!("{} is recorded as a party to a Protocol but not to the Convention (art. 37(2))", p.state),
                    });
                }
            }
        }
        let mut declarations_by_state: HashMap<StateCode, Vec<usize>> = HashMap::default();
        for (i, d) in declarations.iter().enumerate() {
            if !names.contains_key(&d.state) {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    file: DATA_FILES[1].into(),
                    line: d.source.line,
                    column: Some("iso3166_alpha3".into()),
                    message: format!("{} has a declaration but no participation record", d.state),
                });
            }
            declarations_by_state.entry(d.state).or_default().push(i);
        }
        let mut hasher = Sha256::new();
        for (name, text) in DATA_FILES.iter().zip([participation_csv, declarations_csv]) {
            hasher.update(name.as_bytes());
            hasher.update([0]);
            hasher.update((text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        let hash = hasher.finalize();
        let mut snapshot_id = String::with_capacity(71);
        snapshot_id.push_str("sha256:");
        for b in hash {
            snapshot_id.push_str(&format!("{b:02x}"));
        }
        diagnostics.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        let data = RefData {
            participation: kept,
            declarations,
            by_state_instrument,
            declarations_by_state,
            names,
            snapshot_id,
            origin: origin.to_string(),
        };
        (data, diagnostics)
    }

    /// The snapshot compiled into the binary. Its validity is a test
    /// (`embedded_data_has_no_errors`), so this cannot fail at run time.
    pub fn embedded() -> RefData {
        RefData::parse(EMBEDDED_PARTICIPATION, EMBEDDED_DECLARATIONS, "embedded").0
    }
}
