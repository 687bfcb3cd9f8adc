//! `palermo draft CASE`: assess the case, draft the request it asks for,
//! check that every element the Convention asks for is there, and write the
//! draft as DOCX, PDF, HTML or Markdown.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Result};
use palermo_draft::{DraftError, Drafted};
use palermo_i18n::{Arg, Lang, Msg, Render};
use palermo_rules::Options;

use crate::cli::{DraftArgs, DraftFormat};
use crate::cmd_assess::{assess_file, Unreadable};
use crate::input;

/// The completeness report, in the user's language: each missing element
/// with its provision, then the advice.
pub fn completeness_report(r: &Render<'_>, d: &Drafted) -> String {
    let mut out = String::new();
    let required: Vec<_> = d.required_gaps().collect();
    if !required.is_empty() {
        out.push_str(&r.msg(&Msg::new("draft-check-heading").arg("n", required.len() as i64)));
        out.push('\n');
        for g in &required {
            out.push_str("  - ");
            out.push_str(
                &r.msg(
                    &Msg::new("draft-check-item")
                        .arg("what", g.what.clone())
                        .arg("cite", Arg::Cite(g.citation)),
                ),
            );
            out.push('\n');
        }
    }
    for g in d.gaps.iter().filter(|g| !g.element.required()) {
        out.push_str("  - ");
        out.push_str(
            &r.msg(
                &Msg::new("draft-check-advisory")
                    .arg("what", g.what.clone())
                    .arg("cite", Arg::Cite(g.citation)),
            ),
        );
        out.push('\n');
    }
    out
}

/// `flag`: the `--lang` given on the command line (the draft's language;
/// without it, a language the requested State accepts). `ui`: the language
/// of the messages.
pub fn run(args: DraftArgs, flag: Option<Lang>, ui: Lang) -> Result<ExitCode> {
    let format = match (args.format, args.output.as_deref()) {
        (Some(f), _) => f,
        (None, Some(p)) => DraftFormat::from_path(p).unwrap_or(DraftFormat::Markdown),
        (None, None) => DraftFormat::Markdown,
    };
    if matches!(format, DraftFormat::Docx | DraftFormat::Pdf) && args.output.is_none() {
        bail!(
            "--format {format:?} writes a binary file: give --output FILE",
            format = format
        );
    }
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let options = Options {
        serious_crime_law: args.serious_crime_law.engine(),
    };
    let assessed = match assess_file(&args.file, &data, args.as_of, input::today(), options) {
        Ok(a) => a,
        Err(Unreadable(messages)) => {
            let mut err = std::io::stderr().lock();
            for m in &messages {
                writeln!(err, "{m}")?;
            }
            return Ok(ExitCode::from(2));
        }
    };
    let mut err = std::io::stderr().lock();
    for w in &assessed.file.warnings {
        writeln!(err, "{w}")?;
    }
    if let Some(f) = &assessed.future {
        writeln!(err, "{f}")?;
    }
    let names = palermo_render::case_names(&assessed.file.case);
    let ui_render = Render::new(ui).with_names(&names);
    let drafted = match palermo_draft::draft_file(&assessed.file, &assessed.assessment, &data, flag)
    {
        Ok(d) => d,
        Err(e) => {
            writeln!(
                err,
                "error: {}: {}",
                args.file.display(),
                ui_render.msg(&e.msg())
            )?;
            if let DraftError::LanguageNeeded(_) = e {
                writeln!(err, "  --lang ar | en | es | fr | ru | zh")?;
            }
            return Ok(ExitCode::from(2));
        }
    };
    let report = completeness_report(&ui_render, &drafted);
    if !drafted.is_complete() && !args.allow_incomplete {
        write!(err, "{report}")?;
        writeln!(err, "{}", ui_render.t("draft-check-advice"))?;
        return Ok(ExitCode::from(1));
    }
    write!(err, "{report}")?;
    let bytes: Vec<u8> = match format {
        DraftFormat::Markdown => palermo_draft::write_markdown(&drafted.document).into_bytes(),
        DraftFormat::Html => palermo_draft::write_html(&drafted.document).into_bytes(),
        DraftFormat::Docx => palermo_draft::write_docx(&drafted.document)?,
        DraftFormat::Pdf => {
            let fonts = palermo_fonts::find_fonts(&args.font_dir)?;
            if args.verbose {
                write!(err, "{}", fonts.describe())?;
            }
            palermo_draft::write_pdf(&drafted.document, &fonts)?
        }
    };
    let mut out = crate::output::Output::open(args.output.as_deref())?;
    out.write_all(&bytes)?;
    out.finish()?;
    if let Some(p) = &args.output {
        writeln!(
            err,
            "{}",
            ui_render.msg(&Msg::new("draft-written").arg("path", Arg::text(&*p.to_string_lossy())))
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
