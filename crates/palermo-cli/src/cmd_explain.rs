//! `palermo explain [WHAT]`: what a finding id, provision or domestic-law
//! question tests, in the project's words.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Result};
use palermo_cite::Provision;
use palermo_rules::catalogue::{spec_for, FindingSpec, FINDINGS};
use palermo_rules::questions::{Role, QUESTIONS};

use crate::cli::ExplainArgs;

fn print_spec(out: &mut dyn Write, s: &FindingSpec) -> std::io::Result<()> {
    writeln!(out, "{}  [{}]\n    {}\n", s.id, s.citation, s.tests)
}

fn print_questions(
    out: &mut dyn Write,
    filter: impl Fn(&palermo_rules::questions::DomesticQuestion) -> bool,
) -> std::io::Result<usize> {
    let mut n = 0;
    for q in QUESTIONS.iter().filter(|q| filter(q)) {
        let role = match q.role {
            Role::Requested => "requested State",
            Role::Requesting => "requesting State",
            Role::OffenceLaw => {
                "State whose law characterises the offence (see --serious-crime-law)"
            }
        };
        writeln!(
            out,
            "{}  [{}; asked of the {role}]\n    {}\n    true means: {}\n",
            q.id,
            q.citation,
            q.ask_any(),
            q.if_true()
        )?;
        n += 1;
    }
    Ok(n)
}

pub fn run(args: ExplainArgs) -> Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    let Some(what) = args.what.as_deref().map(str::trim) else {
        writeln!(
            out,
            "Findings the engine emits (per-offence ids carry #n with [[offences]]):\n"
        )?;
        for s in FINDINGS {
            print_spec(&mut out, s)?;
        }
        writeln!(
            out,
            "Domestic-law questions (answer in a case under [domestic_law.<ISO3>]):\n"
        )?;
        print_questions(&mut out, |_| true)?;
        return Ok(ExitCode::SUCCESS);
    };
    if what == "questions" {
        print_questions(&mut out, |_| true)?;
        return Ok(ExitCode::SUCCESS);
    }
    // A concrete or pattern id.
    if let Some(s) = spec_for(what).or_else(|| FINDINGS.iter().find(|s| s.id == what)) {
        print_spec(&mut out, s)?;
        return Ok(ExitCode::SUCCESS);
    }
    if palermo_rules::questions::question(what).is_some() {
        print_questions(&mut out, |q| q.id == what)?;
        return Ok(ExitCode::SUCCESS);
    }
    // An id prefix (`art16`, `art16.7`).
    let prefixed: Vec<&FindingSpec> = FINDINGS
        .iter()
        .filter(|s| s.id.starts_with(&format!("{what}.")) || s.id == what)
        .collect();
    if !prefixed.is_empty() {
        for s in prefixed {
            print_spec(&mut out, s)?;
        }
        print_questions(&mut out, |q| q.id.starts_with(&format!("{what}.")))?;
        return Ok(ExitCode::SUCCESS);
    }
    // A provision.
    let parsed = what.parse::<Provision>();
    if let Ok(p) = parsed {
        // A paragraph the article does not have is a mistake to report, not
        // a provision nothing happens to test.
        if let Err(e) = p.check_paragraph() {
            bail!("`{what}`: {e}");
        }
        let hits: Vec<&FindingSpec> = FINDINGS
            .iter()
            .filter(|s| s.citation.is_within(&p) || p.is_within(&s.citation))
            .collect();
        let mut n = hits.len();
        writeln!(out, "{p}:\n")?;
        for s in hits {
            print_spec(&mut out, s)?;
        }
        n += print_questions(&mut out, |q| {
            q.citation.is_within(&p) || p.is_within(&q.citation)
        })?;
        if n == 0 {
            writeln!(
                out,
                "No finding of this version tests {p}; `palermo explain` lists those that exist."
            )?;
            if let (Some(para), palermo_cite::Division::NotEncoded) = (
                p.paragraph_number(),
                p.instrument().division(p.article_number()),
            ) {
                writeln!(
                    out,
                    "(The paragraphs of {} are not encoded, so whether it has a paragraph {para} is not checked.)",
                    Provision::article(p.instrument(), p.article_number())
                )?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Err(e) = parsed {
        if e.is_no_such_article() {
            bail!("{e}");
        }
    }
    bail!("`{what}` is neither a finding id, an id prefix, a domestic-law question nor a provision (try `art16.4.convention_as_basis`, `art16`, `16(5)(a)` or `questions`)")
}
