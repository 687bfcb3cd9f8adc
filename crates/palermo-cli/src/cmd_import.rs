//! `palermo data import penalties FILE --data DIR`: adds rows to a data
//! folder, validated row by row, and records the import in the folder's
//! `CHANGELOG.md`, so that `palermo data check --data DIR` passes right after
//! an import and the change is on record. Nothing is written unless
//! every row is accepted.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Result};
use jiff::civil::Date;
use palermo_refdata::{DataTexts, Diagnostic, Field, RefData, Severity, StateCode, DATA_FILES};

use crate::diagnostic::Sources;
use crate::input;

const PENALTIES: &str = DATA_FILES[4];
const CHANGELOG: &str = "CHANGELOG.md";

/// The start of a `source_as_of` (`2024`, `2024-05`, `2024-05-01`).
pub(crate) fn partial_start(s: &str) -> Option<Date> {
    match s.len() {
        4 => format!("{s}-01-01").parse().ok(),
        7 => format!("{s}-01").parse().ok(),
        10 => s.parse().ok(),
        _ => None,
    }
}

/// The names the folder gives each State: the participant name, the M49
/// `country_or_area` and the legal-systems `state`.
fn state_names(data: &RefData) -> HashMap<StateCode, BTreeSet<&str>> {
    let mut names: HashMap<StateCode, BTreeSet<&str>> = HashMap::new();
    let all = data
        .participations()
        .iter()
        .map(|p| (p.state, p.name.as_ref()))
        .chain(data.regions().iter().map(|r| (r.state, r.name.as_ref())))
        .chain(
            data.legal_systems()
                .iter()
                .map(|l| (l.state, l.name.as_ref())),
        );
    for (code, name) in all {
        let set = names.entry(code).or_default();
        if !name.is_empty() {
            set.insert(name);
        }
    }
    names
}

/// Checks what the loader cannot know about an imported row: that its State
/// is one of the folder's, that its name (column `name_column`) is one the
/// folder gives that State, and that its source does not reflect a day after
/// `today`.
pub(crate) fn check_rows(
    file: &str,
    text: &str,
    data: &RefData,
    today: Date,
    name_column: &str,
    out: &mut Vec<Diagnostic>,
) {
    let names = state_names(data);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let Ok(headers) = reader.headers().cloned() else {
        return; // The loader reports an unreadable header.
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(code_col), Some(name_col), Some(as_of_col)) =
        (col("iso3166_alpha3"), col(name_column), col("source_as_of"))
    else {
        return; // The loader reports a missing column.
    };
    for record in reader.records() {
        let Ok(record) = record else {
            continue; // The loader reports an unreadable row.
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let error = |column: &str, message: String| Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line,
            column: None,
            field: Some(Field::Column(column.to_string())),
            message,
        };
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        if let Ok(code) = field(code_col).parse::<StateCode>() {
            match names.get(&code) {
                None => out.push(error(
                    "iso3166_alpha3",
                    format!(
                        "`{code}` is not a State of the data folder: expected a code listed in {}, {} or {}",
                        DATA_FILES[0], DATA_FILES[2], DATA_FILES[3]
                    ),
                )),
                Some(known) => {
                    let name = field(name_col);
                    if !name.is_empty() && !known.contains(name) {
                        let expected: Vec<String> =
                            known.iter().map(|n| format!("`{n}`")).collect();
                        out.push(error(
                            name_column,
                            format!(
                                "`{name}` is not a name the data folder gives {code}: expected {} (or leave it empty)",
                                expected.join(" or ")
                            ),
                        ));
                    }
                }
            }
        }
        let as_of = field(as_of_col);
        if partial_start(as_of).is_some_and(|d| d > today) {
            out.push(error(
                "source_as_of",
                format!("`{as_of}` is after today ({today}): a source cannot reflect a day that has not come"),
            ));
        }
    }
}

/// `CHANGELOG.md` with the import recorded as a new fact under today's date.
pub(crate) fn updated_changelog(text: &str, entry: &str, today: Date) -> String {
    let heading = format!("## {today}");
    let bullet = format!("- {entry}\n");
    // Sections are dated, newest first: add to today's, or open it.
    let first = text
        .match_indices("\n## ")
        .map(|(i, _)| i + 1)
        .next()
        .or_else(|| text.starts_with("## ").then_some(0));
    match first {
        Some(i) if text[i..].starts_with(&format!("{heading}\n")) => {
            let body = i + heading.len() + 1;
            let body = body + text[body..].len() - text[body..].trim_start_matches('\n').len();
            format!("{}{bullet}{}", &text[..body], &text[body..])
        }
        Some(i) => format!("{}{heading}\n\n{bullet}\n{}", &text[..i], &text[i..]),
        None => {
            let sep = if text.is_empty() || text.ends_with("\n\n") {
                ""
            } else if text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            format!("{text}{sep}{heading}\n\n{bullet}")
        }
    }
}

/// Prints the errors, each with its line of `sources`, and that nothing was imported.
pub(crate) fn print_errors(errors: &[Diagnostic], sources: &Sources) -> Result<()> {
    let mut err = std::io::stderr().lock();
    for e in errors {
        writeln!(err, "{}", sources.render(e))?;
    }
    writeln!(
        err,
        "nothing imported: {} error(s); the data folder is unchanged",
        errors.len()
    )?;
    Ok(())
}

/// A data folder about to take imported rows, already checked.
pub(crate) struct Folder {
    /// Its data files' texts, in [`DATA_FILES`] order.
    pub texts: Vec<String>,
    /// What they hold.
    pub data: RefData,
    /// `CHANGELOG.md`, if it has one.
    pub changelog: Option<String>,
}

/// Reads the folder and refuses it if it has errors already: an import must
/// leave it passing `data check`, so it has to pass before.
pub(crate) fn checked_folder(dir: &Path) -> Result<Folder> {
    let texts = input::read_data_texts(dir)?;
    let (data, diags) = input::parse_data_texts(dir, &texts);
    let changelog = input::read_optional(&dir.join(CHANGELOG))?;
    let folder_errors: Vec<Diagnostic> = diags
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !folder_errors.is_empty() {
        let sources = input::data_sources(dir, texts);
        let list: Vec<String> = folder_errors.iter().map(|d| sources.render(d)).collect();
        bail!(
            "`{}` has {} error(s) already; fix them (`palermo data check --data {}`) before importing:\n{}",
            dir.display(),
            folder_errors.len(),
            dir.display(),
            list.join("\n")
        );
    }
    Ok(Folder {
        texts,
        data,
        changelog,
    })
}

pub fn penalties(out: &mut dyn Write, file: &Path, dir: &Path, today: Date) -> Result<ExitCode> {
    let Folder {
        mut texts,
        data,
        changelog,
    } = checked_folder(dir)?;
    let changelog_path = dir.join(CHANGELOG);

    let existing = &texts[4];
    let incoming = read_incoming(file, existing.lines().next().unwrap_or_default(), PENALTIES)?;
    let crate::cmd_import::Incoming {
        text: incoming,
        name,
        added,
    } = incoming;
    let incoming_rows = crate::cmd_import::after_header(&incoming);
    // The rows on their own, with their own line numbers, against the
    // folder's catalogue, States and today's date.
    let (_, diags) = RefData::from_texts(
        DataTexts {
            penalties: &incoming,
            crimes: &texts[5],
            ..Default::default()
        },
        "import",
    );
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for mut d in diags {
        d.file = name.clone();
        match d.severity {
            Severity::Error => errors.push(d),
            Severity::Warning => warnings.push(d),
        }
    }
    check_rows(&name, &incoming, &data, today, "state", &mut errors);
    if !errors.is_empty() {
        errors.sort_by_key(|d| d.line);
        let mut sources = Sources::default();
        sources.add(name, incoming);
        print_errors(&errors, &sources)?;
        return Ok(ExitCode::from(2));
    }
    // Then the folder as it would be, for clashes with the rows it holds.
    let existing_lines = existing.lines().count();
    let mut merged = existing.clone();
    if !merged.is_empty() && !merged.ends_with('\n') {
        merged.push('\n');
    }
    merged.push_str(incoming_rows);
    if !merged.ends_with('\n') {
        merged.push('\n');
    }
    texts[4] = merged;
    let (after, diags) = input::parse_data_texts(dir, &texts);
    let clashes: Vec<Diagnostic> = diags
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !clashes.is_empty() {
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "the imported rows clash with the folder's (lines {}-{} of the merged {PENALTIES} are lines 2-{} of {name}):",
            existing_lines + 1,
            existing_lines + added,
            added + 1
        )?;
        drop(err);
        print_errors(&clashes, &input::data_sources(dir, texts))?;
        return Ok(ExitCode::from(2));
    }
    {
        let mut err = std::io::stderr().lock();
        for w in &warnings {
            writeln!(err, "{w}")?;
        }
    }
    // Everything derived from the rows, written together.
    let mut files: Vec<(PathBuf, String)> = vec![(dir.join(PENALTIES), texts[4].clone())];
    if let Some(c) = &changelog {
        let new = &after.all_penalties()[after.all_penalties().len() - added..];
        let mut what: Vec<String> = new
            .iter()
            .take(10)
            .map(|p| format!("{} {} ({})", p.state, p.crime_type, p.provision))
            .collect();
        if added > 10 {
            what.push(format!("and {} more", added - 10));
        }
        let source = file
            .file_name()
            .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
        let entry = format!(
            "**New facts**: {added} row(s) imported into `{PENALTIES}` from `{source}` with `palermo data import penalties`: {}.",
            what.join("; ")
        );
        files.push((changelog_path, updated_changelog(c, &entry, today)));
    }
    crate::output::replace_all(&files)?;
    let updated: Vec<String> = files
        .iter()
        .skip(1)
        .filter_map(|(p, _)| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    writeln!(
        out,
        "imported {added} row(s) into {}{}; snapshot {}",
        dir.join(PENALTIES).display(),
        if updated.is_empty() {
            String::new()
        } else {
            format!(" and updated {}", updated.join(" and "))
        },
        after.snapshot_id()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Rows to import, read from `file`: its header must be exactly
/// `expected_header` (the columns of `target`), and it must hold a row.
pub(crate) struct Incoming {
    /// The file's text.
    pub text: String,
    /// The file's name, for messages.
    pub name: String,
    /// How many rows it holds.
    pub added: usize,
}

/// The rows of a CSV text, after its header line.
pub(crate) fn after_header(text: &str) -> &str {
    text.split_once('\n').map_or("", |(_, rows)| rows)
}

/// Reads and checks the file of rows to import (see [`Incoming`]).
pub(crate) fn read_incoming(file: &Path, expected_header: &str, target: &str) -> Result<Incoming> {
    let text = input::read_text(file)?;
    let name = file.display().to_string();
    let (header, rows) = text.split_once('\n').unwrap_or((&text, ""));
    if header.trim_end_matches('\r') != expected_header {
        bail!("{name}:1: the header must be exactly the columns of {target}:\n{expected_header}");
    }
    let added = rows.lines().filter(|l| !l.trim().is_empty()).count();
    if added == 0 {
        bail!("{name}: no rows to import after the header");
    }
    Ok(Incoming { text, name, added })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_changelog_gets_a_dated_entry() {
        let today = jiff::civil::date(2026, 12, 6);
        let text = "# Data changelog\n\nIntro.\n\n## 2026-11-28\n\n- old\n";
        let once = updated_changelog(text, "new", today);
        assert_eq!(
            once,
            "# Data changelog\n\nIntro.\n\n## 2026-12-06\n\n- new\n\n## 2026-11-28\n\n- old\n"
        );
        assert_eq!(
            updated_changelog(&once, "newer", today),
            "# Data changelog\n\nIntro.\n\n## 2026-12-06\n\n- newer\n- new\n\n## 2026-11-28\n\n- old\n"
        );
        assert_eq!(
            updated_changelog("# Log\n", "new", today),
            "# Log\n\n## 2026-12-06\n\n- new\n"
        );
    }
}
