//! `palermo assess FILE`: read, assess, render.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{anyhow, Result};
use palermo_case::{read_case, CaseFile};
use palermo_rules::{assess, Assessment, Options, Outcome, RefData};

use crate::cli::{AssessArgs, FailOn, Format};
use crate::input;
use crate::render;

/// Why a case could not be assessed: the messages to print.
pub struct Unreadable(pub Vec<String>);

/// A case read and assessed.
pub struct Assessed {
    /// The case as read, with the reader's warnings.
    pub file: CaseFile,
    /// The assessment.
    pub assessment: Assessment,
    /// An `as_of` after today, if the assessment is at one: see [`after_today`].
    pub future: Option<String>,
}

/// The warning for an `as_of` after today (`what` names where it was given):
/// the data cannot know what happens after today, so the answer is what the
/// law would be if nothing changed until then.
pub fn after_today(
    as_of: jiff::civil::Date,
    today: jiff::civil::Date,
    what: &str,
) -> Option<String> {
    (as_of > today).then(|| {
        format!(
            "warning: {what} {as_of} is after today ({today}): data after today is not known (deposits, notifications, denunciations, new laws), so the answer assumes nothing changes until then"
        )
    })
}

/// Reads and assesses one case file, at `as_of` if given, else the case's,
/// else `today`.
pub fn assess_file(
    path: &Path,
    data: &RefData,
    as_of: Option<jiff::civil::Date>,
    today: jiff::civil::Date,
    options: Options,
) -> Result<Assessed, Unreadable> {
    let (name, text, syntax) =
        input::read_case_text(path).map_err(|e| Unreadable(vec![format!("error: {e:#}")]))?;
    let file = read_case(&name, &text, syntax, data)
        .map_err(|diags| Unreadable(diags.iter().map(ToString::to_string).collect()))?;
    let (as_of, future) = match (as_of, file.case.as_of) {
        (Some(d), _) => (d, after_today(d, today, "--as-of")),
        (None, Some(d)) => (d, after_today(d, today, &format!("{name}: `as_of`"))),
        (None, None) => (today, None),
    };
    let assessment = assess(&file.case, data, as_of, options)
        .map_err(|e| Unreadable(vec![format!("error: {name}: cannot assess: {e}")]))?;
    Ok(Assessed {
        file,
        assessment,
        future,
    })
}

pub fn run(args: AssessArgs) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let as_of = match &args.as_of {
        Some(s) => Some(
            s.parse::<jiff::civil::Date>()
                .map_err(|_| anyhow!("--as-of `{s}` is not a date: expected YYYY-MM-DD"))?,
        ),
        None => None,
    };
    let options = Options {
        serious_crime_law: args.serious_crime_law.engine(),
    };
    let Assessed {
        file,
        assessment,
        future,
    } = match assess_file(&args.file, &data, as_of, input::today(), options) {
        Ok(x) => x,
        Err(Unreadable(messages)) => {
            let mut err = std::io::stderr().lock();
            for m in &messages {
                writeln!(err, "{m}")?;
            }
            return Ok(ExitCode::from(2));
        }
    };
    {
        let mut err = anstream::stderr().lock();
        for w in &file.warnings {
            writeln!(err, "{w}")?;
        }
        if let Some(w) = &future {
            writeln!(err, "{w}")?;
        }
    }
    let command = reproduce_command(&args, &assessment);
    let mut out = anstream::stdout().lock();
    match args.format {
        Format::Text => render::text::render(&mut out, &assessment, &file.case, &data, &command)?,
        Format::Markdown => {
            render::markdown::render(&mut out, &assessment, &file.case, &data, &command)?
        }
        Format::Json => {
            let v = render::json::assessment(&assessment, &data);
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
    }
    out.flush()?;
    let outcome = assessment.answer().outcome;
    let fail = match args.fail_on {
        Some(FailOn::Undetermined) => !outcome.is_determined(),
        Some(FailOn::No) => outcome != Outcome::Yes,
        None => false,
    };
    Ok(if fail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn reproduce_command(args: &AssessArgs, a: &Assessment) -> String {
    let mut s = format!("palermo assess {} --as-of {}", args.file.display(), a.as_of);
    if let Some(d) = &args.data.data {
        s.push_str(&format!(" --data {}", d.display()));
    }
    if args.serious_crime_law != crate::cli::SeriousCrimeLaw::Requesting {
        s.push_str(&format!(" --serious-crime-law {:?}", args.serious_crime_law).to_lowercase());
    }
    s
}
