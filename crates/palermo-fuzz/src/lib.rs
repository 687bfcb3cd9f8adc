//! The fuzz harnesses: what each target under `fuzz/fuzz_targets/` runs, as
//! plain functions of the input bytes, so that `cargo test` replays the
//! committed corpus (`fuzz/corpus/<target>/`) on stable and a crash the fuzzer
//! once found stays fixed. A harness panics only on a bug: a reader that panics
//! instead of reporting, a diagnostic that points outside the file or out of
//! order, an assessment that panics or emits an uncatalogued finding.
//!
//! Pure: no file, clock or environment access; the embedded data are parsed
//! once.

#![deny(missing_docs)]

pub mod caseload;
mod edits;

use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::OnceLock;

use jiff::civil::{date, Date};
use palermo_case::{read_case, Diagnostic, Severity, Syntax, MAX_DIAGNOSTICS};
use palermo_refdata::{DataTexts, RefData, DATA_FILES};
use palermo_rules::facts::SeriousCrimeLaw;
use palermo_rules::{assess, Case, Options};

pub use edits::{both_syntaxes, case_edits};

/// The repository's example cases (`examples/*.toml`, `*.json`), each with
/// its file name, read on `data`, in file-name order. For the tests that
/// check a property over the examples as well as the generated caseload.
/// Panics if the folder or a file cannot be read, or a case does not read:
/// the examples are part of the repository.
pub fn example_cases(data: &RefData) -> Vec<(String, Case)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .expect("the examples folder reads")
        .map(|entry| entry.expect("an entry of the examples folder").path())
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let syntax = match path.extension().and_then(|e| e.to_str()) {
            Some("toml") => Syntax::Toml,
            Some("json") => Syntax::Json,
            _ => continue,
        };
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path).expect("an example reads");
        let case = read_case(&name, &text, syntax, data)
            .unwrap_or_else(|d| panic!("example {name} does not read: {d:?}"))
            .case;
        out.push((name, case));
    }
    out
}

/// A harness: runs one input, panics on a bug.
pub type Harness = fn(&[u8]);

/// Each target's name (its folder under `fuzz/corpus/` and its file under
/// `fuzz/fuzz_targets/`) and the harness it runs.
pub const TARGETS: [(&str, Harness); 4] = [
    ("case_toml", case_toml),
    ("case_json", case_json),
    ("case_edits", case_edits),
    ("refdata", refdata),
];

/// The date a case without `as_of` is assessed at.
const AS_OF: Date = date(2024, 5, 1);

/// The embedded reference data, parsed once.
pub fn data() -> &'static RefData {
    static DATA: OnceLock<RefData> = OnceLock::new();
    DATA.get_or_init(RefData::embedded)
}

/// The input as a TOML case file.
pub fn case_toml(input: &[u8]) {
    check_case(
        &String::from_utf8_lossy(input),
        Syntax::Toml,
        options(input.len()),
    );
}

/// The input as a JSON case file.
pub fn case_json(input: &[u8]) {
    check_case(
        &String::from_utf8_lossy(input),
        Syntax::Json,
        options(input.len()),
    );
}

/// One of the four laws for "serious crime", chosen by `n`.
fn options(n: usize) -> Options {
    let laws = [
        SeriousCrimeLaw::Requesting,
        SeriousCrimeLaw::Requested,
        SeriousCrimeLaw::Both,
        SeriousCrimeLaw::Either,
    ];
    Options {
        serious_crime_law: laws[n % laws.len()],
    }
}

/// Reads `text` as a case file; a case that reads is assessed.
pub fn check_case(text: &str, syntax: Syntax, options: Options) {
    let file = match syntax {
        Syntax::Toml => "fuzz.toml",
        Syntax::Json => "fuzz.json",
    };
    match read_case(file, text, syntax, data()) {
        Ok(f) => {
            check_diagnostics(text, &f.warnings);
            assert!(
                f.warnings.iter().all(|d| d.severity == Severity::Warning),
                "an error among the warnings of a case that reads: {:#?}",
                f.warnings
            );
            check_assessment(&f.case, data(), options);
        }
        Err(diags) => {
            assert!(
                diags.iter().any(|d| d.severity == Severity::Error),
                "rejected without an error: {diags:#?}"
            );
            check_diagnostics(text, &diags);
        }
    }
}

/// Every diagnostic points into the text, says something, and comes in file
/// order; at most `MAX_DIAGNOSTICS` of each severity, then one count.
fn check_diagnostics(text: &str, diags: &[Diagnostic]) {
    let lines = text.split('\n').count();
    assert!(
        diags.len() <= 2 * MAX_DIAGNOSTICS + 1,
        "{} diagnostics",
        diags.len()
    );
    for d in diags {
        assert!(
            (1..=lines).contains(&d.line) && d.column.is_some_and(|c| c >= 1),
            "{d} points outside a text of {lines} lines"
        );
        assert!(!d.message.is_empty(), "{d:?} says nothing");
    }
    let listed = match diags.last() {
        Some(last) if last.message.starts_with("… and ") => &diags[..diags.len() - 1],
        _ => diags,
    };
    assert!(
        listed
            .windows(2)
            .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)),
        "not in file order: {diags:#?}"
    );
}

/// Assesses the case (at its `as_of`, or 1 May 2024): no panic, the answer
/// is among the findings, and every finding is catalogued.
pub fn check_assessment(case: &Case, data: &RefData, options: Options) {
    let as_of = case.as_of.unwrap_or(AS_OF);
    let Ok(a) = assess(case, data, as_of, options) else {
        return;
    };
    assert_eq!(a.answer().id, a.answer_id);
    for f in &a.findings {
        assert!(catalogued(&f.id), "finding `{}` is not catalogued", f.id);
    }
    assert_eq!(a.missing.len(), a.missing_tiers.len());
    for m in &a.missing {
        let _ = m.with_path(|p| palermo_rules::fact_questions::question_for(p, a.kind));
    }
}

/// Whether the catalogue knows `id`, remembered: `catalogue::spec_for` takes
/// some microseconds, and a run asks for a hundred ids, mostly the same ones.
fn catalogued(id: &str) -> bool {
    thread_local! {
        static KNOWN: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    }
    KNOWN.with(|known| {
        if known.borrow().contains(id) {
            return true;
        }
        let found = palermo_rules::catalogue::spec_for(id).is_some();
        if found {
            known.borrow_mut().insert(id.to_string());
        }
        found
    })
}

/// The input's first line names a data file (`national_penalties.csv`),
/// optionally after `alone ` (the other files empty) or `full ` (the other
/// files the whole embedded ones); the rest is that file's text. By default
/// the other files are the first rows of the embedded ones, which keeps the
/// cross-file checks in play at a fraction of the cost. An unknown name picks
/// a file by the line's length. What loads must serve the engine: two fixed
/// cases are assessed on it.
pub fn refdata(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    let (head, body) = text.split_once('\n').unwrap_or((&text, ""));
    let (mut texts, name) = if let Some(name) = head.strip_prefix("alone ") {
        (DataTexts::default(), name)
    } else if let Some(name) = head.strip_prefix("full ") {
        (DataTexts::embedded(), name)
    } else {
        (embedded_heads(), head)
    };
    let which = DATA_FILES
        .iter()
        .position(|f| *f == name)
        .unwrap_or(head.len() % DATA_FILES.len());
    let slot = match which {
        0 => &mut texts.participation,
        1 => &mut texts.declarations,
        2 => &mut texts.regions,
        3 => &mut texts.legal_systems,
        4 => &mut texts.penalties,
        5 => &mut texts.crimes,
        6 => &mut texts.other_instruments,
        7 => &mut texts.extradition_law,
        _ => &mut texts.authorities,
    };
    *slot = body;
    let (loaded, diags) = RefData::from_texts(texts, "fuzz");
    for d in &diags {
        assert!(DATA_FILES.contains(&d.file.as_str()), "{d}: unknown file");
        assert!(!d.message.is_empty(), "{d:?} says nothing");
    }
    for case in edits::fixed_cases() {
        check_assessment(case, &loaded, Options::default());
    }
}

/// The first 40 lines of each embedded CSV file (the authorities' header
/// only), and the whole (small) crime catalogue; of the extradition-law
/// file, the rows of the States those lines list (a row of any other State
/// is an error).
fn embedded_heads() -> DataTexts<'static> {
    fn head(text: &'static str) -> &'static str {
        let end = text
            .match_indices('\n')
            .nth(39)
            .map_or(text.len(), |(i, _)| i + 1);
        &text[..end]
    }
    let e = DataTexts::embedded();
    let heads = DataTexts {
        participation: head(e.participation),
        declarations: head(e.declarations),
        regions: head(e.regions),
        legal_systems: head(e.legal_systems),
        penalties: head(e.penalties),
        crimes: e.crimes,
        other_instruments: head(e.other_instruments),
        extradition_law: "",
        // The header alone: the authorities' States are not all among the
        // first rows of the other files, and an unknown State is an error.
        authorities: e.authorities.lines().next().unwrap_or(""),
    };
    DataTexts {
        extradition_law: listed_extradition_law(heads, e.extradition_law),
        ..heads
    }
}

/// The header and the rows of `law` whose State `heads` lists, worked out
/// once.
fn listed_extradition_law(heads: DataTexts<'static>, law: &'static str) -> &'static str {
    static ROWS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        let (listed, _) = RefData::from_texts(heads, "heads");
        let (records, _) = RefData::from_texts(
            DataTexts {
                extradition_law: law,
                ..DataTexts::default()
            },
            "law",
        );
        let keep: Vec<u64> = records
            .all_extradition_law()
            .iter()
            .filter(|r| listed.knows(r.state))
            .map(|r| r.source.line)
            .collect();
        law.lines()
            .zip(1u64..)
            .filter(|(_, n)| *n == 1 || keep.contains(n))
            .map(|(l, _)| format!("{l}\n"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_generated_case_reads_and_assesses() {
        let data = palermo_refdata::RefData::embedded();
        for i in 0..300 {
            let text = crate::caseload::case(20_001_115, i);
            let file =
                palermo_case::read_case("gen.toml", &text, palermo_case::Syntax::Toml, &data)
                    .unwrap_or_else(|d| panic!("case {i} does not read: {d:?}\n{text}"));
            let as_of = file.case.as_of.expect("dated");
            palermo_rules::assess(&file.case, &data, as_of, palermo_rules::Options::default())
                .unwrap_or_else(|e| panic!("case {i}: {e}"));
        }
        assert_eq!(
            crate::caseload::case(1, 7),
            crate::caseload::case(1, 7),
            "seeded"
        );
    }

    use super::*;

    /// The default context of `refdata` is valid data, so what the fuzzer
    /// changes is the only thing wrong.
    #[test]
    fn the_embedded_heads_load_without_errors() {
        let (data, diags) = RefData::from_texts(embedded_heads(), "heads");
        assert!(
            diags
                .iter()
                .all(|d| d.severity != palermo_refdata::Severity::Error),
            "{diags:#?}"
        );
        assert!(data.participations().len() >= 30);
        assert!(!data.crimes().is_empty());
        assert!(!data.all_extradition_law().is_empty());
    }
}
