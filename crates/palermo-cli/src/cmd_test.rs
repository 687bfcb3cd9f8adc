//! `palermo test FILE_OR_DIR...`: assess each case and check its `[expect]`
//! table, so a folder of case files is a suite of legal test cases.
//!
//! Exit codes: 0 every expectation holds; 1 one failed, or no case file was
//! found; 2 a case could not be read (its errors are listed with file, line
//! and column), whatever the others gave.

use std::io::Write;

use std::process::ExitCode;

use anyhow::Result;
use palermo_rules::Options;

use crate::cli::TestArgs;
use crate::cmd_assess::{assess_file, Assessed, Unreadable};
use crate::input;

pub fn run(args: TestArgs) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let today = input::today();
    let mut files = Vec::new();
    for p in &args.paths {
        input::collect_cases(p, &mut files)?;
    }
    if files.is_empty() {
        let given: Vec<String> = args
            .paths
            .iter()
            .map(|p| format!("`{}`", p.display()))
            .collect();
        eprintln!(
            "palermo test: no case files found in {} (a case file ends in .toml or .json)",
            given.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    let mut out = anstream::stdout().lock();
    let (mut passed, mut failed, mut unreadable, mut without) = (0usize, 0usize, 0usize, 0usize);
    for path in &files {
        let name = if input::is_stdin(path) {
            input::STDIN_NAME.to_string()
        } else {
            path.display().to_string()
        };
        let Assessed {
            file,
            assessment: a,
            future,
        } = match assess_file(path, &data, None, today, Options::default()) {
            Ok(x) => x,
            Err(Unreadable(messages)) => {
                unreadable += 1;
                writeln!(out, "ERROR {name}")?;
                // Indented under the name, the source lines of an error too.
                for line in messages.iter().flat_map(|m| m.lines()) {
                    writeln!(out, "      {line}")?;
                }
                continue;
            }
        };
        if file.expectations.is_empty() {
            without += 1;
            writeln!(out, "skip  {name}: no [expect] table")?;
            continue;
        }
        if let Some(w) = future {
            writeln!(out, "warn  {}", w.trim_start_matches("warning: "))?;
        }
        if file.case.as_of.is_none() {
            writeln!(out, "warn  {name}: no as_of, so the expectations are checked against today's date and may drift")?;
        }
        let mut problems = Vec::new();
        for e in &file.expectations {
            match a.finding(&e.id) {
                None => problems.push(format!(
                    "{name}:{}:{}: `{}` expected {}, but the assessment has no such finding",
                    e.line,
                    e.column,
                    e.id,
                    e.outcome.as_str()
                )),
                Some(f) => {
                    if f.outcome != e.outcome {
                        problems.push(format!(
                            "{name}:{}:{}: `{}` expected {}, got {} — {}",
                            e.line,
                            e.column,
                            e.id,
                            e.outcome.as_str(),
                            f.outcome.as_str(),
                            f.message
                        ));
                    }
                    if let Some(want) = e.strength {
                        if f.strength != Some(want) {
                            problems.push(format!(
                                "{name}:{}:{}: `{}` expected strength {}, got {}",
                                e.line,
                                e.column,
                                e.id,
                                want.as_str(),
                                f.strength.map_or("none", |s| s.as_str())
                            ));
                        }
                    }
                    let rests_on = a.because_ids(f);
                    for b in &e.because {
                        if !rests_on.contains(&b.as_str()) {
                            problems.push(format!("{name}:{}:{}: `{}` expected to rest on `{b}`, but it rests on [{}]", e.line, e.column, e.id, rests_on.join(", ")));
                        }
                    }
                }
            }
        }
        let n = file.expectations.len();
        if problems.is_empty() {
            passed += 1;
            writeln!(
                out,
                "ok    {name} ({n} expectation{})",
                if n == 1 { "" } else { "s" }
            )?;
        } else {
            failed += 1;
            writeln!(out, "FAIL  {name}")?;
            for p in problems {
                writeln!(out, "      {p}")?;
            }
        }
    }
    writeln!(
        out,
        "\ncases: {} checked, {without} without expectations, {unreadable} unreadable",
        files.len()
    )?;
    writeln!(
        out,
        "{passed} passed, {failed} failed, {unreadable} unreadable"
    )?;
    // An unreadable case is bad input (2), which outranks a failed expectation (1).
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
