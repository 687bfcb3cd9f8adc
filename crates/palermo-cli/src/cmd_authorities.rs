//! `palermo authorities show|list|import`: the competent national authorities
//! on record (`competent_authorities.csv`), by State and function, each with
//! its source and date. What is not on record is said to be not on record,
//! never that there is none. `import` adds a user's rows to a data folder as
//! `data import penalties` does: every row checked, nothing written on any
//! error, the changelog kept in step.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Result};
use jiff::civil::Date;
use palermo_refdata::{
    Authority, AuthorityFunction, DataTexts, Diagnostic, RefData, Severity, StateCode,
    AUTHORITIES_FILE, DATA_FILES,
};
use serde_json::{json, Value};

use crate::cli::{AuthoritiesArgs, AuthoritiesCommand, TableFormat};
use crate::cmd_import::{checked_folder, print_errors, Folder};
use crate::diagnostic::Sources;
use crate::input;

/// The columns of the file, as its header gives them.
const HEADER: &str =
    "participant,iso3166_alpha3,function,authority,languages,channels,contact,source_url,source_as_of,notes";

/// Said wherever the list is read: it is incomplete.
const INCOMPLETE: &str = "The list holds only what a source gives and is far from complete: no row for a function means none on record, not that none was designated.";

pub fn run(args: AuthoritiesArgs) -> Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    match args.command {
        AuthoritiesCommand::Show {
            state,
            function,
            data,
        } => {
            let data = input::load_data_strict(data.data.as_deref())?;
            let code: StateCode = state.parse().map_err(|e| anyhow::anyhow!("{e}"))?;
            if !data.knows(code) {
                bail!("the data has no record of `{code}`");
            }
            show(&mut out, &data, code, function)?;
            Ok(ExitCode::SUCCESS)
        }
        AuthoritiesCommand::List {
            function,
            format,
            data,
        } => {
            let data = input::load_data_strict(data.data.as_deref())?;
            list(&mut out, &data, function, format)?;
            Ok(ExitCode::SUCCESS)
        }
        AuthoritiesCommand::Import {
            file,
            data,
            dry_run,
        } => import(&mut out, &file, &data, dry_run, input::today()),
    }
}

/// `none on record` for an empty field.
fn or_none(s: &str) -> &str {
    if s.is_empty() {
        "none on record"
    } else {
        s
    }
}

fn function_label(f: AuthorityFunction) -> String {
    match f.provision() {
        Some(p) => format!("{} — {} ({p})", f.as_str(), f.describe()),
        None => format!("{} — {}", f.as_str(), f.describe()),
    }
}

fn show(
    out: &mut dyn Write,
    data: &RefData,
    state: StateCode,
    function: Option<AuthorityFunction>,
) -> Result<()> {
    let name = data.state_name(state).unwrap_or("?");
    let rows: Vec<&Authority> = data
        .authorities(state)
        .filter(|a| function.is_none_or(|f| a.function == f))
        .collect();
    if rows.is_empty() {
        let what = match function {
            Some(f) => format!("no {} ({})", f.describe(), f.as_str()),
            None => "no competent authority".to_string(),
        };
        writeln!(out, "{name} ({state}): {what} on record.")?;
        writeln!(
            out,
            "This does not mean that {state} has designated none: the list holds only what a source gives and is far from complete."
        )?;
        return Ok(());
    }
    writeln!(out, "{name} ({state}): competent authorities on record")?;
    for a in rows {
        writeln!(out, "\n{}", function_label(a.function))?;
        writeln!(out, "  authority: {}", a.authority)?;
        writeln!(out, "  languages: {}", or_none(&a.languages.join("+")))?;
        writeln!(out, "  channels:  {}", or_none(&a.channels))?;
        writeln!(out, "  contact:   {}", or_none(&a.contact))?;
        writeln!(
            out,
            "  source:    {} (as of {}; {}:{})",
            a.source.url, a.source.as_of, a.source.file, a.source.line
        )?;
        if !a.notes.is_empty() {
            writeln!(out, "  notes:     {}", a.notes)?;
        }
    }
    writeln!(out, "\n{INCOMPLETE}")?;
    Ok(())
}

/// One authority as JSON: empty fields are `null` (none on record).
pub(crate) fn to_json(a: &Authority) -> Value {
    let opt = |s: &str| if s.is_empty() { Value::Null } else { json!(s) };
    json!({
        "state": a.state.to_string(),
        "participant": a.participant,
        "function": a.function.as_str(),
        "function_description": a.function.describe(),
        "provision": a.function.provision().map(|p| p.to_string()),
        "authority": a.authority,
        "languages": a.languages,
        "channels": opt(&a.channels),
        "contact": opt(&a.contact),
        "source": {
            "url": &*a.source.url,
            "as_of": &*a.source.as_of,
            "file": a.source.file,
            "line": a.source.line,
        },
        "notes": opt(&a.notes),
    })
}

fn list(
    out: &mut dyn Write,
    data: &RefData,
    function: Option<AuthorityFunction>,
    format: TableFormat,
) -> Result<()> {
    let rows: Vec<&Authority> = data
        .all_authorities()
        .iter()
        .filter(|a| function.is_none_or(|f| a.function == f))
        .collect();
    match format {
        TableFormat::Json => {
            let v: Vec<Value> = rows.iter().map(|a| to_json(a)).collect();
            serde_json::to_writer_pretty(&mut *out, &v).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        TableFormat::Csv => {
            let mut csv = crate::output::Csv::new(&mut *out);
            csv.record(HEADER.split(','))?;
            for a in &rows {
                csv.record([
                    a.participant.as_ref(),
                    a.state.as_str(),
                    a.function.as_str(),
                    &a.authority,
                    &a.languages.join("+"),
                    &a.channels,
                    &a.contact,
                    &a.source.url,
                    &a.source.as_of,
                    &a.notes,
                ])?;
            }
            csv.finish()?;
        }
        TableFormat::Text => {
            for a in &rows {
                let langs = if a.languages.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", a.languages.join("+"))
                };
                writeln!(
                    out,
                    "{}  {:<11} {}{langs}  (as of {}; line {})",
                    a.state,
                    a.function.as_str(),
                    a.authority,
                    a.source.as_of,
                    a.source.line
                )?;
            }
            let mut states: Vec<StateCode> = rows.iter().map(|a| a.state).collect();
            states.sort();
            states.dedup();
            writeln!(
                out,
                "{} authorit{} of {} State(s) on record{}. {INCOMPLETE}",
                rows.len(),
                if rows.len() == 1 { "y" } else { "ies" },
                states.len(),
                function.map_or(String::new(), |f| format!(" for {}", f.as_str()))
            )?;
        }
    }
    Ok(())
}

/// The position of the authorities file in [`DATA_FILES`].
fn slot() -> usize {
    DATA_FILES
        .iter()
        .position(|f| *f == AUTHORITIES_FILE)
        .unwrap_or(DATA_FILES.len() - 1)
}

/// `palermo authorities import FILE --data DIR [--dry-run]`.
pub fn import(
    out: &mut dyn Write,
    file: &Path,
    dir: &Path,
    dry_run: bool,
    today: Date,
) -> Result<ExitCode> {
    let Folder {
        mut texts,
        data,
        changelog,
    } = checked_folder(dir)?;
    let at = slot();
    let existing = texts[at].clone();
    let expected_header = existing.lines().next().unwrap_or(HEADER);
    let incoming = crate::cmd_import::read_incoming(file, expected_header, AUTHORITIES_FILE)?;
    let crate::cmd_import::Incoming {
        text: incoming,
        name,
        added,
    } = incoming;
    let incoming_rows = crate::cmd_import::after_header(&incoming);
    // The rows on their own, with their own line numbers, against the
    // folder's States and today's date.
    let (_, diags) = RefData::from_texts(
        DataTexts {
            participation: &texts[0],
            regions: &texts[2],
            legal_systems: &texts[3],
            authorities: &incoming,
            ..Default::default()
        },
        "import",
    );
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for mut d in diags.into_iter().filter(|d| d.file == AUTHORITIES_FILE) {
        d.file = name.clone();
        match d.severity {
            Severity::Error => errors.push(d),
            Severity::Warning => warnings.push(d),
        }
    }
    crate::cmd_import::check_rows(&name, &incoming, &data, today, "participant", &mut errors);
    // The loader and the folder check may both refuse a row's State: once is enough.
    let mut seen = std::collections::HashSet::new();
    errors.retain(|d: &Diagnostic| seen.insert((d.line, d.field_name().map(str::to_owned))));
    if !errors.is_empty() {
        errors.sort_by_key(|d| d.line);
        let mut sources = Sources::default();
        sources.add(name, incoming);
        print_errors(&errors, &sources)?;
        return Ok(ExitCode::from(2));
    }
    // Then the folder as it would be, for rows that repeat the folder's.
    let existing_lines = existing.lines().count().max(1);
    let mut merged = if existing.is_empty() {
        format!("{expected_header}\n")
    } else {
        existing.clone()
    };
    if !merged.ends_with('\n') {
        merged.push('\n');
    }
    merged.push_str(incoming_rows);
    if !merged.ends_with('\n') {
        merged.push('\n');
    }
    texts[at] = merged;
    let (after, diags) = input::parse_data_texts(dir, &texts);
    let clashes: Vec<Diagnostic> = diags
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !clashes.is_empty() {
        writeln!(
            std::io::stderr().lock(),
            "the imported rows clash with the folder's (lines {}-{} of the merged {AUTHORITIES_FILE} are lines 2-{} of {name}):",
            existing_lines + 1,
            existing_lines + added,
            added + 1
        )?;
        print_errors(&clashes, &input::data_sources(dir, texts))?;
        return Ok(ExitCode::from(2));
    }
    {
        let mut err = std::io::stderr().lock();
        for w in &warnings {
            writeln!(err, "{w}")?;
        }
    }
    let target = dir.join(AUTHORITIES_FILE);
    if dry_run {
        writeln!(
            out,
            "dry run: the {added} row(s) of {name} pass every check; nothing written to {}",
            target.display()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let all = after.all_authorities();
    let mut files: Vec<(PathBuf, String)> = vec![(target.clone(), texts[at].clone())];
    if let Some(c) = &changelog {
        let new = &all[all.len().saturating_sub(added)..];
        let mut what: Vec<String> = new
            .iter()
            .take(10)
            .map(|a| format!("{} {} ({})", a.state, a.function.as_str(), a.authority))
            .collect();
        if added > 10 {
            what.push(format!("and {} more", added - 10));
        }
        let source = file
            .file_name()
            .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
        let entry = format!(
            "**New facts**: {added} row(s) imported into `{AUTHORITIES_FILE}` from `{source}` with `palermo authorities import`: {}.",
            what.join("; ")
        );
        files.push((
            dir.join("CHANGELOG.md"),
            crate::cmd_import::updated_changelog(c, &entry, today),
        ));
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
        target.display(),
        if updated.is_empty() {
            String::new()
        } else {
            format!(" and updated {}", updated.join(" and "))
        },
        after.snapshot_id()
    )?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_header_is_the_loaders() {
        let first = palermo_refdata::EMBEDDED_AUTHORITIES.lines().next();
        assert_eq!(first, Some(super::HEADER));
    }
}
