//! `palermo assess FILE`: read, assess, render.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Result;
use palermo_case::{read_case, CaseFile};
use palermo_rules::{answer, assess, Assessment, Options, Outcome, RefData};
use rayon::prelude::*;

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
        .map_err(|diags| Unreadable(crate::diagnostic::render_all(&diags, &text)))?;
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

pub fn run(args: AssessArgs, lang: palermo_i18n::Lang) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let as_of = args.as_of;
    let options = Options {
        serious_crime_law: args.serious_crime_law.engine(),
    };
    let mut files: Vec<PathBuf> = Vec::new();
    for p in &args.files {
        input::collect_cases(p, &mut files)?;
    }
    if files.is_empty() {
        anyhow::bail!(
            "no case file (.toml or .json) found in {}",
            args.files
                .iter()
                .map(|p| format!("`{}`", p.display()))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let several = files.len() > 1;
    let today = input::today();
    let width = crate::output::terminal_width();
    let (mut read_time, mut assess_time, mut render_time) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    // Colour only for text on a terminal that wants it; everything else is
    // written straight through a buffer (anstream would scan every byte for
    // escapes to strip).
    let colour = args.format == Format::Text
        && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let stdout = std::io::stdout();
    let mut coloured;
    let mut plain;
    let out: &mut dyn Write = if colour {
        coloured = anstream::stdout().lock();
        &mut coloured
    } else {
        plain = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
        &mut plain
    };
    let mut unreadable = false;
    let mut fail = false;
    let mut count = 0usize;
    // A case or two run on this thread: asking the system for its cores
    // (cgroup files) would cost a one-shot assessment more than it saves.
    let threads = match args.threads {
        Some(n) => n.max(1),
        None if files.len() < 4 => 1,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let pool = Workers::new(threads)?;
    // A batch at a time: its cases read, then assessed and explained, then
    // rendered, so that each stage runs with its own code and data in the
    // caches (the engine's per-case time is about a third lower than when
    // each case is rendered before the next is assessed). Each stage shares
    // the batch between `--threads` threads; this one writes what they
    // rendered, in the files' order.
    for batch in files.chunks(batch_len(threads)) {
        let t0 = Instant::now();
        let read = pool.map(batch, |path| read_one(path, &data));
        read_time += t0.elapsed();
        let mut files_read = Vec::with_capacity(read.len());
        for (path, r) in batch.iter().zip(read) {
            match r {
                Ok(f) => files_read.push((path, f)),
                Err(Unreadable(messages)) => {
                    let mut err = std::io::stderr().lock();
                    for m in &messages {
                        writeln!(err, "{m}")?;
                    }
                    unreadable = true;
                }
            }
        }
        // The whole explained assessment: the findings, the answer a reader
        // acts on and the readings that would change it (rendering excluded).
        let t1 = Instant::now();
        let explained = pool.map(&files_read, |(path, file)| {
            let (date, future) = pick_as_of(file, as_of, today, path);
            let assessment = assess(&file.case, &data, date, options).map(|a| {
                let explained = answer::explained(&a, &file.case, &data, options);
                (a, explained)
            });
            (future, assessment)
        });
        assess_time += t1.elapsed();
        // Rendered on the threads too, each case into its own buffer, and
        // dropped there: memory is then freed by a thread that took it
        // (freeing the workers' assessments here made every thread ask the
        // system for fresh pages). Written here, in the files' order.
        let t2 = Instant::now();
        let items: Vec<_> = files_read.into_iter().zip(explained).collect();
        let rendered = pool.map_owned(
            items,
            |((path, file), (future, assessment))| -> Result<Rendered> {
                let mut out = Rendered::default();
                let (assessment, explained) = match assessment {
                    Ok(a) => a,
                    Err(e) => {
                        let e = format!("error: {}: cannot assess: {e}", path.display());
                        out.messages.push(e);
                        return Ok(out);
                    }
                };
                out.messages
                    .extend(file.warnings.iter().map(|w| w.to_string()));
                out.messages.extend(future);
                let command = reproduce_command(&args, path, &assessment);
                let names = render::case_names(&file.case);
                let view = render::View::explained(
                    &assessment,
                    &file.case,
                    explained,
                    lang,
                    &names,
                    args.all,
                    command,
                );
                let text = &mut out.text;
                match args.format {
                    Format::Text => render::text::render(text, &view, width, colour),
                    Format::Markdown => render::markdown::render(text, &view)?,
                    Format::Json if several => {
                        let v = render::json::assessment(&view, &data);
                        serde_json::to_writer(&mut *text, &v)?;
                        text.push(b'\n');
                    }
                    Format::Json => {
                        let v = render::json::assessment(&view, &data);
                        serde_json::to_writer_pretty(&mut *text, &v)?;
                        text.push(b'\n');
                    }
                }
                out.outcome = Some(assessment.answer().outcome);
                Ok(out)
            },
        );
        for r in rendered {
            let r: Rendered = r?;
            if !r.messages.is_empty() {
                let mut err = anstream::stderr().lock();
                for m in &r.messages {
                    writeln!(err, "{m}")?;
                }
            }
            // Between two cases written (`count` so far), whichever files
            // in between could not be assessed.
            if r.outcome.is_some() && count > 0 {
                match args.format {
                    Format::Text => writeln!(out, "\n{}\n", "─".repeat(width.min(80)))?,
                    Format::Markdown => writeln!(out, "\n---\n")?,
                    // One assessment per line.
                    Format::Json => {}
                }
            }
            out.write_all(&r.text)?;
            match r.outcome {
                None => unreadable = true,
                Some(outcome) => {
                    count += 1;
                    fail |= match args.fail_on {
                        Some(FailOn::Undetermined) => !outcome.is_determined(),
                        Some(FailOn::No) => outcome != Outcome::Yes,
                        None => false,
                    };
                }
            }
        }
        render_time += t2.elapsed();
    }
    out.flush()?;
    if args.stats {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let per = if count == 0 {
            0.0
        } else {
            assess_time.as_secs_f64() * 1e6 / count as f64
        };
        writeln!(
            std::io::stderr().lock(),
            "stats: {count} cases; read {:.1} ms; assess {:.1} ms ({per:.1} µs per case); render {:.1} ms",
            ms(read_time),
            ms(assess_time),
            ms(render_time)
        )?;
    }
    // The process ends with this command: freeing the reference data's
    // thousands of records one by one would cost more than the assessment
    // of a case (~0.8 M instructions), and the system reclaims it at once.
    std::mem::forget(data);
    Ok(if unreadable {
        ExitCode::from(2)
    } else if fail {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One case rendered on a worker, for the main thread to write out.
#[derive(Default)]
struct Rendered {
    /// Standard output: the case's rendering.
    text: Vec<u8>,
    /// Standard error: the reader's warnings, or why it could not be assessed.
    messages: Vec<String>,
    /// The answer's outcome; `None` when the case could not be assessed.
    outcome: Option<Outcome>,
}

/// The threads that read, explain and render a caseload: none beside this one for
/// `--threads 1`, else a pool kept for the whole run (threads started anew
/// for each batch would each take fresh memory from the system: 3,200 more
/// page faults over 1000 cases, measured).
struct Workers(Option<rayon::ThreadPool>);

impl Workers {
    fn new(threads: usize) -> Result<Workers> {
        if threads < 2 {
            return Ok(Workers(None));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("palermo-assess-{i}"))
            .build()?;
        Ok(Workers(Some(pool)))
    }

    /// `f` over `items`, the results in the items' order.
    fn map<T: Sync, R: Send>(&self, items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
        match &self.0 {
            None => items.iter().map(f).collect(),
            Some(pool) => pool.install(|| items.par_iter().map(f).collect()),
        }
    }

    /// [`Workers::map`] taking the items: each is dropped on the thread
    /// that used it.
    fn map_owned<T: Send, R: Send>(
        &self,
        items: Vec<T>,
        f: impl Fn(T) -> R + Sync + Send,
    ) -> Vec<R> {
        match &self.0 {
            None => items.into_iter().map(f).collect(),
            Some(pool) => pool.install(|| items.into_par_iter().map(f).collect()),
        }
    }
}

/// How many cases a batch holds: each is read, then assessed, then
/// rendered, and its assessments are all alive until it is rendered.
///
/// On one thread, 16: the assessments of a batch (some 30 KB each) then stay
/// in the core's cache while the batch is rendered. With 64, the whole
/// explained assessment of the 1000 generated cases took 12% longer and
/// their rendering 11% (`--threads 1 --stats`, medians of ten runs
/// alternating the two, 2-core VM). With several threads, 64 a thread: a
/// batch is handed to the threads and waited for at each stage, and smaller
/// batches gained nothing in the same measurement.
fn batch_len(threads: usize) -> usize {
    if threads == 1 {
        16
    } else {
        64 * threads
    }
}

/// Reads one case file.
fn read_one(path: &Path, data: &RefData) -> Result<CaseFile, Unreadable> {
    let (name, text, syntax) =
        input::read_case_text(path).map_err(|e| Unreadable(vec![format!("error: {e:#}")]))?;
    read_case(&name, &text, syntax, data)
        .map_err(|diags| Unreadable(crate::diagnostic::render_all(&diags, &text)))
}

/// The date to assess at: `--as-of`, else the case's, else today; with the
/// warning for a date after today.
fn pick_as_of(
    file: &CaseFile,
    as_of: Option<jiff::civil::Date>,
    today: jiff::civil::Date,
    path: &Path,
) -> (jiff::civil::Date, Option<String>) {
    match (as_of, file.case.as_of) {
        (Some(d), _) => (d, after_today(d, today, "--as-of")),
        (None, Some(d)) => (
            d,
            after_today(d, today, &format!("{}: `as_of`", path.display())),
        ),
        (None, None) => (today, None),
    }
}

fn reproduce_command(args: &AssessArgs, path: &Path, a: &Assessment) -> String {
    let mut s = format!("palermo assess {} --as-of {}", path.display(), a.as_of);
    if let Some(d) = &args.data.data {
        s.push_str(&format!(" --data {}", d.display()));
    }
    if args.serious_crime_law != crate::cli::SeriousCrimeLaw::Requesting {
        s.push_str(&format!(" --serious-crime-law {:?}", args.serious_crime_law).to_lowercase());
    }
    s
}
