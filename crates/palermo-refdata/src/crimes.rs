//! The crime catalogue: crime types in the project's words, with the
//! Convention offences they typically involve, other instruments, the UN
//! mandates, caveats and UNODC tools the background paper names.

use jiff::civil::Date;
use toml_edit::{ImDocument, Item, Value};

use crate::diagnostic::{Diagnostic, Field, Severity};
use crate::load::is_snake_case;

/// Where a crime type stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrimeKind {
    /// Named as a new or emerging crime.
    Emerging,
    /// Long recognised.
    Traditional,
    /// Established by the Convention or a Protocol.
    Convention,
}

impl CrimeKind {
    /// The data's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            CrimeKind::Emerging => "emerging",
            CrimeKind::Traditional => "traditional",
            CrimeKind::Convention => "convention",
        }
    }
}

/// A UN resolution the paper cites for a crime type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mandate {
    /// Body and symbol (`ECOSOC resolution 2011/36`).
    pub symbol: String,
    /// Date of adoption, where the paper gives it.
    pub date: Option<Date>,
    /// What it asks, in our words.
    pub gist: String,
}

/// One crime type.
#[derive(Clone, Debug, PartialEq)]
pub struct CrimeType {
    /// Stable snake_case id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Emerging, traditional or Convention offence.
    pub kind: CrimeKind,
    /// Short description.
    pub description: String,
    /// Convention and Protocol offences it typically involves (`untoc.art6`).
    pub convention_offences: Vec<String>,
    /// Other instruments, with what they are (and are not) for.
    pub other_instruments: Vec<String>,
    /// UN mandates.
    pub mandates: Vec<Mandate>,
    /// Scope caveats.
    pub caveats: Vec<String>,
    /// Dedicated UNODC tools.
    pub unodc_tools: Vec<String>,
    /// Paragraphs of the background paper the entry rests on (empty: not discussed there).
    pub paper_paragraphs: String,
    /// Line of the entry in the catalogue file.
    pub line: u64,
}

/// The catalogue file's name.
pub const CATALOGUE_FILE: &str = "crime_catalogue.toml";

const CONVENTION_OFFENCES: [&str; 7] = [
    "untoc.art5",
    "untoc.art6",
    "untoc.art8",
    "untoc.art23",
    "tip.art5",
    "som.art6",
    "firearms.art5",
];
const ENTRY_KEYS: [&str; 11] = [
    "id",
    "name",
    "kind",
    "description",
    "convention_offences",
    "other_instruments",
    "mandates",
    "caveats",
    "unodc_tools",
    "paper_paragraphs",
    "line",
];
const TOP_KEYS: [&str; 4] = ["format", "source", "source_as_of", "crime"];

struct Reader<'a> {
    /// Byte offset where each line starts, computed once: the line of an
    /// offset is a binary search, not a scan of the text before it.
    line_starts: Vec<usize>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn line(&self, span: Option<std::ops::Range<usize>>) -> u64 {
        let at = span.map_or(0, |s| s.start);
        self.line_starts.partition_point(|&start| start <= at) as u64
    }

    fn error(&mut self, span: Option<std::ops::Range<usize>>, column: &str, message: String) {
        let line = self.line(span);
        self.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            file: CATALOGUE_FILE.into(),
            line: line as usize,
            column: None,
            field: (!column.is_empty()).then(|| Field::Column(column.to_string())),
            message,
        });
    }

    fn string(
        &mut self,
        v: Option<&Item>,
        span: Option<std::ops::Range<usize>>,
        key: &str,
        required: bool,
    ) -> Option<String> {
        match v {
            Some(Item::Value(Value::String(s))) => Some(s.value().clone()),
            None if !required => Some(String::new()),
            None => {
                self.error(span, key, format!("`{key}` is missing: expected a string"));
                None
            }
            Some(other) => {
                self.error(
                    other.span().or(span),
                    key,
                    format!("`{key}`: expected a string"),
                );
                None
            }
        }
    }

    fn strings(
        &mut self,
        v: Option<&Item>,
        span: Option<std::ops::Range<usize>>,
        key: &str,
    ) -> Option<Vec<String>> {
        let Some(item) = v else {
            return Some(Vec::new());
        };
        let Some(array) = item.as_array() else {
            self.error(
                item.span().or(span),
                key,
                format!("`{key}`: expected an array of strings"),
            );
            return None;
        };
        let mut out = Vec::new();
        for x in array.iter() {
            match x.as_str() {
                Some(s) => out.push(s.to_string()),
                None => {
                    self.error(x.span(), key, format!("`{key}`: expected strings only"));
                    return None;
                }
            }
        }
        Some(out)
    }
}

/// Parses the catalogue; every problem is reported with its line.
pub(crate) fn parse_catalogue(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<CrimeType> {
    if text.is_empty() {
        return Vec::new();
    }
    let line_starts = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut r = Reader {
        line_starts,
        diagnostics,
    };
    let doc = match ImDocument::parse(text) {
        Ok(d) => d,
        Err(e) => {
            r.error(
                e.span(),
                "",
                format!("invalid TOML: {}", e.message().trim()),
            );
            return Vec::new();
        }
    };
    for (key, item) in doc.as_table().iter() {
        if !TOP_KEYS.contains(&key) {
            r.error(
                item.span(),
                key,
                format!(
                    "unknown key `{key}`; expected one of {}",
                    TOP_KEYS.join(", ")
                ),
            );
        }
    }
    match doc.get("format").and_then(Item::as_str) {
        Some("palermo.crimes/1") => {}
        _ => r.error(
            doc.get("format").and_then(Item::span),
            "format",
            "expected format = \"palermo.crimes/1\"".into(),
        ),
    }
    let Some(entries) = doc.get("crime").and_then(Item::as_array_of_tables) else {
        r.error(None, "crime", "no [[crime]] entries".into());
        return Vec::new();
    };
    let mut out: Vec<CrimeType> = Vec::new();
    let mut seen: rustc_hash::FxHashMap<String, u64> = Default::default();
    for table in entries.iter() {
        let span = table.span();
        for (key, item) in table.iter() {
            if !ENTRY_KEYS.contains(&key) || key == "line" {
                r.error(
                    item.span().or(span.clone()),
                    key,
                    format!(
                        "unknown key `{key}`; expected one of {}",
                        ENTRY_KEYS[..10].join(", ")
                    ),
                );
            }
        }
        let line = r.line(span.clone());
        let Some(id) = r.string(table.get("id"), span.clone(), "id", true) else {
            continue;
        };
        if !is_snake_case(&id) {
            r.error(
                span.clone(),
                "id",
                format!("`{id}`: expected a snake_case id"),
            );
            continue;
        }
        if let Some(first) = seen.get(&id) {
            r.error(
                span.clone(),
                "id",
                format!("`{id}` is already defined at line {first}"),
            );
            continue;
        }
        seen.insert(id.clone(), line);
        let (Some(name), Some(description), Some(paper_paragraphs)) = (
            r.string(table.get("name"), span.clone(), "name", true),
            r.string(table.get("description"), span.clone(), "description", true),
            r.string(
                table.get("paper_paragraphs"),
                span.clone(),
                "paper_paragraphs",
                false,
            ),
        ) else {
            continue;
        };
        let kind = match r
            .string(table.get("kind"), span.clone(), "kind", true)
            .as_deref()
        {
            Some("emerging") => CrimeKind::Emerging,
            Some("traditional") => CrimeKind::Traditional,
            Some("convention") => CrimeKind::Convention,
            Some(other) => {
                r.error(
                    table.get("kind").and_then(Item::span),
                    "kind",
                    format!("`{other}`: expected emerging, traditional or convention"),
                );
                continue;
            }
            None => continue,
        };
        let (Some(convention_offences), Some(other_instruments), Some(caveats), Some(unodc_tools)) = (
            r.strings(
                table.get("convention_offences"),
                span.clone(),
                "convention_offences",
            ),
            r.strings(
                table.get("other_instruments"),
                span.clone(),
                "other_instruments",
            ),
            r.strings(table.get("caveats"), span.clone(), "caveats"),
            r.strings(table.get("unodc_tools"), span.clone(), "unodc_tools"),
        ) else {
            continue;
        };
        if let Some(bad) = convention_offences
            .iter()
            .find(|o| !CONVENTION_OFFENCES.contains(&o.as_str()))
        {
            r.error(
                table.get("convention_offences").and_then(Item::span),
                "convention_offences",
                format!(
                    "`{bad}`: expected one of {}",
                    CONVENTION_OFFENCES.join(", ")
                ),
            );
            continue;
        }
        let mut mandates = Vec::new();
        let mut ok = true;
        if let Some(item) = table.get("mandates") {
            let Some(array) = item.as_array() else {
                r.error(
                    item.span(),
                    "mandates",
                    "expected an array of { symbol, date, gist } tables".into(),
                );
                continue;
            };
            for m in array.iter() {
                let Some(t) = m.as_inline_table() else {
                    r.error(
                        m.span(),
                        "mandates",
                        "expected { symbol = ..., gist = ..., date = ... }".into(),
                    );
                    ok = false;
                    break;
                };
                if let Some((k, _)) = t
                    .iter()
                    .find(|(k, _)| !["symbol", "date", "gist"].contains(k))
                {
                    r.error(
                        m.span(),
                        "mandates",
                        format!("unknown key `{k}`; expected symbol, date, gist"),
                    );
                    ok = false;
                    break;
                }
                let (Some(symbol), Some(gist)) = (
                    t.get("symbol").and_then(Value::as_str),
                    t.get("gist").and_then(Value::as_str),
                ) else {
                    r.error(
                        m.span(),
                        "mandates",
                        "each mandate needs a `symbol` and a `gist`".into(),
                    );
                    ok = false;
                    break;
                };
                let date = match t.get("date") {
                    None => None,
                    Some(v) => match v
                        .as_datetime()
                        .map(|d| d.to_string())
                        .and_then(|s| s.parse::<Date>().ok())
                    {
                        Some(d) => Some(d),
                        None => {
                            r.error(
                                v.span(),
                                "mandates",
                                "`date`: expected a date YYYY-MM-DD".into(),
                            );
                            ok = false;
                            break;
                        }
                    },
                };
                mandates.push(Mandate {
                    symbol: symbol.to_string(),
                    date,
                    gist: gist.to_string(),
                });
            }
        }
        if !ok {
            continue;
        }
        out.push(CrimeType {
            id,
            name,
            kind,
            description,
            convention_offences,
            other_instruments,
            mandates,
            caveats,
            unodc_tools,
            paper_paragraphs,
            line,
        });
    }
    out
}
