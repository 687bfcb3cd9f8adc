//! `palermo matrix`: one case over every State (`--vary`), or every ordered
//! pair of States under the standard scenario (`--crime`, `--kind`), with the
//! batch engine. Assumptions are printed with every run.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Result};
use palermo_case::read_case;
use palermo_cite::Instrument;
use palermo_rules::batch::{Cell, Deciding, Tables, SCENARIO_ASSUMPTIONS};
use palermo_rules::facts::RequestKind;
use palermo_rules::Strength;
use palermo_rules::{assess, Assessment, Options, Outcome, RefData, StateCode};
use rustc_hash::FxHashMap;

use crate::cli::{KindChoice, MatrixArgs, MatrixFormat, Vary};
use crate::cmd_assess::after_today;
use crate::input;
use crate::output::{csv_field, Csv, Output};

/// Every participant in the data (a Convention row), sorted by code.
pub fn participants(data: &RefData) -> Vec<StateCode> {
    let mut v: Vec<StateCode> = data
        .participations()
        .iter()
        .filter(|p| p.instrument == Instrument::Untoc)
        .map(|p| p.state)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn region_of(data: &RefData, s: StateCode) -> String {
    data.region(s)
        .map_or_else(|| "(no M49 region)".to_string(), |r| r.region.to_string())
}

const SVG_VARY: &str =
    "--format svg draws coverage matrices (--crime/--kind); for --vary use csv, json or markdown";

pub fn run(args: MatrixArgs) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let as_of_flag = args.as_of;
    let today = input::today();
    match (&args.case, args.vary) {
        (Some(_), Some(_)) if args.format == MatrixFormat::Svg => bail!(SVG_VARY),
        (Some(case), Some(vary)) => vary_case(&args, &data, case, vary, as_of_flag, today),
        (Some(_), None) => bail!("a case file goes with --vary requested|requesting"),
        (None, _) => {
            if let Some(w) = as_of_flag.and_then(|d| after_today(d, today, "--as-of")) {
                eprintln!("{w}");
            }
            coverage(&args, &data, as_of_flag.unwrap_or(today))
        }
    }
}

// ---------------------------------------------------------------- --vary

/// The finding that decides an explained answer: for yes, the route; for no
/// or undetermined, the deepest finding that carries the answer's outcome.
pub fn deciding(a: &Assessment) -> String {
    let answer = a.answer();
    if answer.outcome == Outcome::Yes {
        let route = a
            .because(answer)
            .map(|c| &*c.id)
            .find(|id| !id.starts_with("status.") && !id.ends_with(".applies"))
            .unwrap_or(&answer.id);
        return format!("{route}: yes");
    }
    let mut f = answer;
    while let Some(next) = a.because(f).find(|c| c.outcome == f.outcome) {
        f = next;
    }
    format!("{}: {}", f.id, f.outcome.as_str())
}

fn vary_case(
    args: &MatrixArgs,
    data: &RefData,
    path: &Path,
    vary: Vary,
    as_of_flag: Option<jiff::civil::Date>,
    today: jiff::civil::Date,
) -> Result<ExitCode> {
    let (name, text, syntax) = input::read_case_text(path)?;
    let file = match read_case(&name, &text, syntax, data) {
        Ok(f) => f,
        Err(diags) => {
            for d in crate::diagnostic::render_all(&diags, &text) {
                eprintln!("{d}");
            }
            return Ok(ExitCode::from(2));
        }
    };
    for w in &file.warnings {
        eprintln!("{w}");
    }
    let case = file.case;
    let (as_of, future) = match (as_of_flag, case.as_of) {
        (Some(d), _) => (d, after_today(d, today, "--as-of")),
        (None, Some(d)) => (d, after_today(d, today, &format!("{name}: `as_of`"))),
        (None, None) => (today, None),
    };
    if let Some(w) = future {
        eprintln!("{w}");
    }
    let fixed = match vary {
        Vary::Requested => case.request.requesting_state,
        Vary::Requesting => case.request.requested_state,
    };
    let original_requested = case.request.requested_state;
    let mut rows = Vec::new();
    for s in participants(data) {
        if Some(s) == fixed {
            continue;
        }
        let mut c = case.clone();
        match vary {
            Vary::Requested => {
                c.request.requested_state = Some(s);
                // The person sought is taken to be in the State asked.
                if c.request.person_located_in == original_requested {
                    c.request.person_located_in = Some(s);
                }
            }
            Vary::Requesting => c.request.requesting_state = Some(s),
        }
        let options = Options {
            serious_crime_law: args.serious_crime_law.engine(),
        };
        let a =
            assess(&c, data, as_of, options).map_err(|e| anyhow!("{name}: cannot assess: {e}"))?;
        rows.push((s, a));
    }
    let mut out = Output::open(args.output.as_deref())?;
    let kind = case.request.kind.map_or("?", |k| k.as_str());
    let varied = match vary {
        Vary::Requested => "requested",
        Vary::Requesting => "requesting",
    };
    match args.format {
        MatrixFormat::Csv => {
            let mut csv = Csv::new(&mut out);
            csv.record([
                "state", "name", "region", "outcome", "strength", "deciding", "missing",
            ])?;
            for (s, a) in &rows {
                let f = a.answer();
                csv.record([
                    s.as_str(),
                    data.state_name(*s).unwrap_or(""),
                    &region_of(data, *s),
                    f.outcome.as_str(),
                    f.strength.map_or("", |x| x.as_str()),
                    &deciding(a),
                    &palermo_rules::Fact::paths(&f.missing).join("; "),
                ])?;
            }
            csv.finish()?;
        }
        MatrixFormat::Json => {
            let v = serde_json::json!({
                "format": "palermo.vary/1",
                "engine": palermo_rules::ENGINE_VERSION,
                "data": data.snapshot_id(),
                "as_of": as_of.to_string(),
                "case": name,
                "kind": kind,
                "varied": varied,
                "rows": rows.iter().map(|(s, a)| serde_json::json!({
                    "state": s.to_string(),
                    "name": data.state_name(*s),
                    "region": region_of(data, *s),
                    "outcome": a.answer().outcome.as_str(),
                    "strength": a.answer().strength.map(|x| x.as_str()),
                    "deciding": deciding(a),
                    "missing": palermo_rules::Fact::paths(&a.answer().missing),
                })).collect::<Vec<_>>(),
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        MatrixFormat::Markdown => {
            writeln!(
                out,
                "# {kind}: {name}, varying the {varied} State, as of {as_of}\n"
            )?;
            writeln!(out, "| State | Region | Outcome | Strength | Deciding finding | Missing |\n|---|---|---|---|---|---|")?;
            for (s, a) in &rows {
                let f = a.answer();
                writeln!(
                    out,
                    "| {} ({s}) | {} | {} | {} | `{}` | {} |",
                    data.state_name(*s).unwrap_or(""),
                    region_of(data, *s),
                    f.outcome.as_str(),
                    f.strength.map_or("", |x| x.as_str()),
                    deciding(a),
                    palermo_rules::Fact::paths(&f.missing).join(", ")
                )?;
            }
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, a) in &rows {
                *counts.entry(a.answer().outcome.as_str()).or_default() += 1;
            }
            writeln!(
                out,
                "\n{}",
                counts
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(" · ")
            )?;
            writeln!(
                out,
                "\nEngine {} · data `{}`",
                palermo_rules::ENGINE_VERSION,
                data.snapshot_id()
            )?;
        }
        MatrixFormat::Svg => bail!(SVG_VARY),
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- coverage

/// The kinds asked for (`--kind`, parsed by `cli::parse_kind`), each once,
/// in the order given.
fn kinds(choices: &[KindChoice]) -> Result<Vec<RequestKind>> {
    if choices.is_empty() {
        bail!("give --kind KIND (repeatable) or --kind all");
    }
    let mut out = Vec::new();
    for k in choices.iter().flat_map(|c| c.kinds()) {
        if !out.contains(&k) {
            out.push(k);
        }
    }
    Ok(out)
}

fn parse_crimes(data: &RefData, crimes: &[String]) -> Result<Vec<String>> {
    if crimes.is_empty() {
        bail!("give --crime ID (repeatable) or --crime all; `palermo crimes` lists the ids");
    }
    let mut out = Vec::new();
    for c in crimes {
        if c == "all" {
            for x in data.crimes() {
                if !out.contains(&x.id) {
                    out.push(x.id.clone());
                }
            }
        } else if data.crime(c).is_some() {
            if !out.contains(c) {
                out.push(c.clone());
            }
        } else {
            bail!("--crime `{c}` is not in the crime catalogue; `palermo crimes` lists the ids");
        }
    }
    Ok(out)
}

/// Counts for the summary, merged over blocks.
#[derive(Default)]
struct Summary {
    outcomes: BTreeMap<(String, String, &'static str), usize>,
    reasons: BTreeMap<(String, String, String), usize>,
    regions: BTreeMap<(String, String, String, String), (usize, usize)>,
}

struct Progress {
    start: Instant,
    total: usize,
    done: usize,
    shown: bool,
    tty: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            start: Instant::now(),
            total,
            done: 0,
            shown: false,
            tty: std::io::stderr().is_terminal(),
        }
    }

    fn step(&mut self, n: usize) {
        self.done += n;
        if self.tty && self.start.elapsed().as_secs_f64() > 1.0 {
            self.shown = true;
            let pct = self.done * 100 / self.total.max(1);
            eprint!(
                "\r[{:<30}] {pct:>3}% {} of {} cells",
                "#".repeat(pct * 30 / 100),
                self.done,
                self.total
            );
        }
    }

    fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}

/// What one worker produces for its requesting States.
#[derive(Default)]
struct Part {
    bytes: Vec<u8>,
    outcomes: BTreeMap<&'static str, usize>,
    reasons: BTreeMap<(Deciding, &'static str), usize>,
    regions: Vec<(usize, usize)>,
    cells: Vec<Vec<Cell>>,
    count: usize,
}

/// The end of a CSV coverage row, `outcome,strength,deciding` and the line
/// break, rendered by the csv crate once per value and kept by each worker
/// for the whole run: the full matrix has millions of rows and few distinct
/// ends, so rows are put together from bytes instead of being formatted.
/// JSON rows end the same way: `outcome","strength":…,"deciding":"…"}`.
#[derive(Default)]
struct Tails {
    csv: TailCache,
    json: TailCache,
}

/// The ends of rows of one format, by key. Neighbouring cells mostly end
/// alike, so the last key is compared before the map is asked.
#[derive(Default)]
struct TailCache {
    index: FxHashMap<TailKey, usize>,
    ends: Vec<Vec<u8>>,
    last: Option<(TailKey, usize)>,
}

impl TailCache {
    fn get(&mut self, key: TailKey, render: impl FnOnce() -> Vec<u8>) -> &[u8] {
        let i = match self.last {
            Some((k, i)) if k == key => i,
            _ => {
                let ends = &mut self.ends;
                let i = *self.index.entry(key).or_insert_with(|| {
                    ends.push(render());
                    ends.len() - 1
                });
                self.last = Some((key, i));
                i
            }
        };
        &self.ends[i]
    }
}

/// What the end of a row depends on: the cell, and the State its deciding id
/// names, if one.
type TailKey = (Deciding, Outcome, Option<Strength>, Option<StateCode>);

impl Tails {
    /// The key of a row's end: the cell, and the State its deciding id
    /// names (`Deciding::id`), if one.
    fn key(cell: Cell, requesting: StateCode, requested: StateCode) -> TailKey {
        let named = match cell.deciding {
            Deciding::InForceRequesting | Deciding::SeriousCrime => Some(requesting),
            Deciding::InForceRequested => Some(requested),
            Deciding::QualifyingOffence
            | Deciding::ProtocolBetween(_)
            | Deciding::Notification
            | Deciding::ConventionAsBasis
            | Deciding::RecognisedAsExtraditable
            | Deciding::Art18Applies
            | Deciding::GiveEffectToOrder
            | Deciding::LegalBasis(_) => None,
        };
        (cell.deciding, cell.outcome, cell.strength, named)
    }

    /// The end of a CSV row. Debug builds check every use against a fresh
    /// rendering.
    fn get(&mut self, cell: Cell, requesting: StateCode, requested: StateCode) -> &[u8] {
        let tail = self.csv.get(Tails::key(cell, requesting, requested), || {
            Tails::render(cell, requesting, requested)
        });
        debug_assert_eq!(
            tail,
            Tails::render(cell, requesting, requested),
            "the cached end of a row names another State"
        );
        tail
    }

    /// The end of a JSON row, from the outcome on (see [`Tails::render_json`]).
    fn get_json(&mut self, cell: Cell, requesting: StateCode, requested: StateCode) -> &[u8] {
        let tail = self.json.get(Tails::key(cell, requesting, requested), || {
            Tails::render_json(cell, requesting, requested)
        });
        debug_assert_eq!(
            tail,
            Tails::render_json(cell, requesting, requested),
            "the cached end of a row names another State"
        );
        tail
    }

    /// `yes","strength":"mandatory","deciding":"art16.6.…: yes"}`: what
    /// follows `"outcome":"` in a JSON cell.
    fn render_json(cell: Cell, requesting: StateCode, requested: StateCode) -> Vec<u8> {
        let outcome = cell.outcome.as_str();
        let strength = match cell.strength {
            Some(s) => format!("\"{}\"", s.as_str()),
            None => "null".to_string(),
        };
        let id = cell.deciding.id(requesting, requested);
        format!("{outcome}\",\"strength\":{strength},\"deciding\":\"{id}: {outcome}\"}}")
            .into_bytes()
    }

    fn render(cell: Cell, requesting: StateCode, requested: StateCode) -> Vec<u8> {
        let outcome = cell.outcome.as_str();
        let deciding = format!("{}: {outcome}", cell.deciding.id(requesting, requested));
        let mut bytes = Vec::new();
        let mut csv = Csv::new(&mut bytes);
        csv.record([outcome, cell.strength.map_or("", |s| s.as_str()), &deciding])
            .and_then(|()| csv.finish())
            .expect("invariant: writing to memory cannot fail");
        bytes
    }
}

struct Block<'a> {
    tables: &'a Tables,
    kind: RequestKind,
    crime: &'a str,
    region_idx: &'a [usize],
    n_regions: usize,
    format: MatrixFormat,
    /// Each State's code as a CSV field, by index.
    state_fields: &'a [Vec<u8>],
    /// Buffers of parts already written, for the next parts: their pages
    /// are touched once per run, not once per block.
    spare: &'a std::sync::Mutex<Vec<Vec<u8>>>,
}

impl Block<'_> {
    fn rows(&self, range: std::ops::Range<usize>, tails: &mut Tails) -> Part {
        let states = self.tables.states();
        let n = states.len();
        let row = self.tables.crime_row(self.crime);
        let established = palermo_rules::batch::established_offence(self.crime);
        let kind = self.kind.as_str();
        // `kind,crime,` as the csv crate writes them, once for the block.
        let mut kind_crime = csv_field(kind);
        kind_crime.push(b',');
        kind_crime.extend(csv_field(self.crime));
        kind_crime.push(b',');
        // `","kind":"…","crime":"…","outcome":"` for JSON, once for the block.
        let kind_crime_json = format!(
            "\",\"kind\":\"{kind}\",\"crime\":\"{}\",\"outcome\":\"",
            self.crime
        )
        .into_bytes();
        let codes: Vec<&[u8]> = states.iter().map(|s| s.as_str().as_bytes()).collect();
        // Room for every row at once (an end is at most about 120 bytes):
        // growing a buffer of megabytes copies it and touches new pages.
        let per_row = match self.format {
            MatrixFormat::Csv => 8 + kind_crime.len() + 128,
            MatrixFormat::Json => 34 + 6 + kind_crime_json.len() + 128,
            _ => 0,
        };
        let mut bytes = (self.spare.lock())
            .expect("invariant: workers do not panic")
            .pop()
            .unwrap_or_default();
        bytes.clear();
        bytes.reserve(range.len() * n.saturating_sub(1) * per_row);
        let mut part = Part {
            regions: vec![(0, 0); self.n_regions * self.n_regions],
            bytes,
            ..Part::default()
        };
        let mut counts: Vec<((Deciding, Outcome), usize)> = Vec::new();
        for a in range {
            let mut kept = Vec::new();
            for b in (0..n).filter(|&b| b != a) {
                let cell = self.tables.cell_with(self.kind, row, established, a, b);
                let (sa, sb) = (states[a], states[b]);
                match self.format {
                    MatrixFormat::Csv => {
                        let bytes = &mut part.bytes;
                        bytes.extend_from_slice(&self.state_fields[a]);
                        bytes.push(b',');
                        bytes.extend_from_slice(&self.state_fields[b]);
                        bytes.push(b',');
                        bytes.extend_from_slice(&kind_crime);
                        bytes.extend_from_slice(tails.get(cell, sa, sb));
                    }
                    MatrixFormat::Json => {
                        // Put together from pieces written once, as CSV rows are.
                        let bytes = &mut part.bytes;
                        bytes.extend_from_slice(b",{\"requesting\":\"");
                        bytes.extend_from_slice(codes[a]);
                        bytes.extend_from_slice(b"\",\"requested\":\"");
                        bytes.extend_from_slice(codes[b]);
                        bytes.extend_from_slice(&kind_crime_json);
                        bytes.extend_from_slice(tails.get_json(cell, sa, sb));
                    }
                    _ => {}
                }
                // A block has a handful of distinct (deciding, outcome)
                // pairs: a scan, then sorted maps once per block.
                match counts
                    .iter_mut()
                    .find(|(k, _)| *k == (cell.deciding, cell.outcome))
                {
                    Some((_, c)) => *c += 1,
                    None => counts.push(((cell.deciding, cell.outcome), 1)),
                }
                let r = &mut part.regions[self.region_idx[a] * self.n_regions + self.region_idx[b]];
                r.1 += 1;
                if cell.outcome == Outcome::Yes {
                    r.0 += 1;
                }
                part.count += 1;
                if self.format == MatrixFormat::Svg {
                    kept.push(cell);
                }
            }
            if self.format == MatrixFormat::Svg {
                part.cells.push(kept);
            }
        }
        for ((deciding, outcome), c) in counts {
            *part.outcomes.entry(outcome.as_str()).or_default() += c;
            *part
                .reasons
                .entry((deciding, outcome.as_str()))
                .or_default() += c;
        }
        part
    }

    /// The parts for every requesting State, in order, over one worker per
    /// [`Tails`] given.
    fn run(&self, tails: &mut [Tails]) -> Vec<Part> {
        let n = self.tables.states().len();
        if tails.len() <= 1 {
            return vec![self.rows(0..n, &mut tails[0])];
        }
        // Small chunks, handed out in turn, keep both cores busy.
        let chunk = n.div_ceil(tails.len() * 4).max(1);
        let ranges: Vec<std::ops::Range<usize>> = (0..n)
            .step_by(chunk)
            .map(|s| s..(s + chunk).min(n))
            .collect();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut done: Vec<(usize, Part)> = std::thread::scope(|scope| {
            let handles: Vec<_> = tails
                .iter_mut()
                .map(|tails| {
                    let (ranges, next) = (&ranges, &next);
                    scope.spawn(move || {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(r) = ranges.get(i) else { break };
                            mine.push((i, self.rows(r.clone(), tails)));
                        }
                        mine
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("invariant: workers do not panic"))
                .collect()
        });
        done.sort_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, p)| p).collect()
    }
}

/// `--verify`: every cell of the fast path also through the explained engine
/// (the same scenario as a case), on worker threads. Prints one CSV row per
/// cell that differs and a count on standard error; exit 1 if any differ.
/// The way to check a data update: the two paths read the data differently.
fn verify(
    data: &RefData,
    as_of: jiff::civil::Date,
    tables: &Tables,
    kinds: &[RequestKind],
    crimes: &[String],
    threads: usize,
) -> Result<ExitCode> {
    let states = tables.states();
    let n = states.len();
    let rows: Vec<usize> = (0..n).collect();
    let chunk = n.div_ceil(threads * 4).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let chunks: Vec<&[usize]> = rows.chunks(chunk).collect();
    let mut diffs: Vec<(usize, [String; 5])> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut found = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(chunk) = chunks.get(i) else { break };
                        for &a in *chunk {
                            for &kind in kinds {
                                for crime in crimes {
                                    for b in 0..n {
                                        if a == b {
                                            continue;
                                        }
                                        let cell = tables.cell(kind, crime, a, b);
                                        if let Some(d) = palermo_rules::batch::verify_cell(
                                            data, as_of, kind, crime, states[a], states[b], cell,
                                        ) {
                                            found.push((
                                                a,
                                                [
                                                    states[a].to_string(),
                                                    states[b].to_string(),
                                                    kind.as_str().to_string(),
                                                    crime.clone(),
                                                    d,
                                                ],
                                            ));
                                        }
                                    }
                                }
                            }
                        }
                    }
                    found
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("invariant: verify workers do not panic"))
            .collect()
    });
    diffs.sort();
    let total = kinds.len() * crimes.len() * n * (n - 1);
    if !diffs.is_empty() {
        let mut csv = Csv::new(std::io::stdout().lock());
        csv.record(["requesting", "requested", "kind", "crime", "difference"])?;
        for (_, row) in &diffs {
            csv.record(row)?;
        }
        csv.finish()?;
    }
    eprintln!(
        "palermo matrix --verify: {total} cells checked against the explained engine, as of {as_of}, data {}: {}",
        data.snapshot_id(),
        if diffs.is_empty() {
            "all agree".to_string()
        } else {
            format!("{} differ", diffs.len())
        }
    );
    Ok(if diffs.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn coverage(args: &MatrixArgs, data: &RefData, as_of: jiff::civil::Date) -> Result<ExitCode> {
    let kinds = kinds(&args.kinds)?;
    let crimes = parse_crimes(data, &args.crimes)?;
    let states = participants(data);
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let tables = Tables::build(data, as_of, &states, &crimes);
    if args.verify {
        return verify(data, as_of, &tables, &kinds, &crimes, threads);
    }
    let n = states.len();
    let total = kinds.len() * crimes.len() * n * (n - 1);
    if args.format == MatrixFormat::Csv {
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "palermo matrix: {total} cells, as of {as_of}, data {}; standard scenario:",
            data.snapshot_id()
        )?;
        for a in SCENARIO_ASSUMPTIONS {
            writeln!(err, "  - {a}")?;
        }
    }
    let mut out = Output::open_bulk(args.output.as_deref())?;
    let mut summary = Summary::default();
    let mut progress = Progress::new(total);
    let mut region_names: Vec<String> = Vec::new();
    let region_idx: Vec<usize> = states
        .iter()
        .map(|s| {
            let r = region_of(data, *s);
            match region_names.iter().position(|x| *x == r) {
                Some(i) => i,
                None => {
                    region_names.push(r);
                    region_names.len() - 1
                }
            }
        })
        .collect();
    let mut svg_panels = Vec::new();
    let state_fields: Vec<Vec<u8>> = states.iter().map(|s| csv_field(s.as_str())).collect();
    let mut tails: Vec<Tails> = (0..threads).map(|_| Tails::default()).collect();
    let spare = std::sync::Mutex::new(Vec::new());
    match args.format {
        MatrixFormat::Csv => {
            let mut csv = Csv::new(&mut out);
            csv.record([
                "requesting",
                "requested",
                "kind",
                "crime",
                "outcome",
                "strength",
                "deciding",
            ])?;
            csv.finish()?;
        }
        MatrixFormat::Json => {
            write!(
                out,
                "{{\"format\":\"palermo.matrix/1\",\"engine\":{},\"data\":{},\"as_of\":\"{as_of}\",\"assumptions\":{},\"kinds\":{},\"crimes\":{},\"cells\":[",
                serde_json::to_string(palermo_rules::ENGINE_VERSION)?,
                serde_json::to_string(data.snapshot_id())?,
                serde_json::to_string(&SCENARIO_ASSUMPTIONS)?,
                serde_json::to_string(&kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>())?,
                serde_json::to_string(&crimes)?
            )?;
        }
        _ => {}
    }
    let mut first_json = true;
    for &kind in &kinds {
        for crime in &crimes {
            let block = Block {
                tables: &tables,
                kind,
                crime,
                region_idx: &region_idx,
                n_regions: region_names.len(),
                format: args.format,
                state_fields: &state_fields,
                spare: &spare,
            };
            let mut cells = Vec::new();
            for part in block.run(&mut tails) {
                let bytes =
                    if args.format == MatrixFormat::Json && first_json && !part.bytes.is_empty() {
                        first_json = false;
                        &part.bytes[1..]
                    } else {
                        &part.bytes[..]
                    };
                out.write_all(bytes)?;
                let k = kind.as_str().to_string();
                for (o, c) in part.outcomes {
                    *summary
                        .outcomes
                        .entry((k.clone(), crime.clone(), o))
                        .or_default() += c;
                }
                for ((d, o), c) in part.reasons {
                    *summary
                        .reasons
                        .entry((k.clone(), crime.clone(), format!("{}: {o}", d.family())))
                        .or_default() += c;
                }
                for (i, (yes, all)) in part.regions.iter().enumerate() {
                    if *all > 0 {
                        let key = (
                            k.clone(),
                            crime.clone(),
                            region_names[i / region_names.len()].clone(),
                            region_names[i % region_names.len()].clone(),
                        );
                        let e = summary.regions.entry(key).or_default();
                        e.0 += yes;
                        e.1 += all;
                    }
                }
                progress.step(part.count);
                cells.extend(part.cells);
                (spare.lock())
                    .expect("invariant: workers do not panic")
                    .push(part.bytes);
            }
            if args.format == MatrixFormat::Svg {
                svg_panels.push((kind, crime.clone(), cells));
            }
        }
    }
    progress.finish();
    match args.format {
        MatrixFormat::Json => {
            write!(out, "],\"summary\":")?;
            let outcomes: Vec<_> = summary.outcomes.iter().map(|((k, c, o), n)| serde_json::json!({"kind": k, "crime": c, "outcome": o, "cells": n})).collect();
            let reasons: Vec<_> = summary.reasons.iter().map(|((k, c, r), n)| serde_json::json!({"kind": k, "crime": c, "reason": r, "cells": n})).collect();
            let regions: Vec<_> = summary.regions.iter().map(|((k, c, ra, rb), (y, t))| serde_json::json!({"kind": k, "crime": c, "requesting_region": ra, "requested_region": rb, "yes": y, "cells": t})).collect();
            writeln!(
                out,
                "{}}}",
                serde_json::to_string(
                    &serde_json::json!({"outcomes": outcomes, "reasons": reasons, "regions": regions})
                )?
            )?;
        }
        MatrixFormat::Markdown => markdown_summary(&mut out, data, as_of, &summary)?,
        MatrixFormat::Svg => {
            crate::render::svg::heat_map(&mut out, data, as_of, &states, &svg_panels)?
        }
        MatrixFormat::Csv => {}
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn markdown_summary(
    out: &mut dyn Write,
    data: &RefData,
    as_of: jiff::civil::Date,
    s: &Summary,
) -> Result<()> {
    writeln!(out, "# Coverage matrix, as of {as_of}\n")?;
    writeln!(
        out,
        "Every ordered pair of the {} participants in the data. Standard scenario:\n",
        participants(data).len()
    )?;
    for a in SCENARIO_ASSUMPTIONS {
        writeln!(out, "- {a}")?;
    }
    writeln!(
        out,
        "\n## Outcomes\n\n| Kind | Crime | Yes | No | Undetermined |\n|---|---|---|---|---|"
    )?;
    let mut keys: Vec<(String, String)> = s
        .outcomes
        .keys()
        .map(|(k, c, _)| (k.clone(), c.clone()))
        .collect();
    keys.dedup();
    for (k, c) in &keys {
        let get = |o: &str| {
            s.outcomes
                .get(&(
                    k.clone(),
                    c.clone(),
                    match o {
                        "yes" => "yes",
                        "no" => "no",
                        _ => "undetermined",
                    },
                ))
                .copied()
                .unwrap_or(0)
        };
        writeln!(
            out,
            "| {k} | {c} | {} | {} | {} |",
            get("yes"),
            get("no"),
            get("undetermined")
        )?;
    }
    writeln!(
        out,
        "\n## Deciding findings\n\n| Kind | Crime | Finding | Cells |\n|---|---|---|---|"
    )?;
    for ((k, c, r), n) in &s.reasons {
        writeln!(out, "| {k} | {c} | `{r}` | {n} |")?;
    }
    writeln!(out, "\n## Yes by region pair (requesting → requested)\n\n| Kind | Crime | From | To | Yes | Cells |\n|---|---|---|---|---|---|")?;
    for ((k, c, ra, rb), (y, t)) in &s.regions {
        writeln!(out, "| {k} | {c} | {ra} | {rb} | {y} | {t} |")?;
    }
    writeln!(
        out,
        "\nEngine {} · data `{}`",
        palermo_rules::ENGINE_VERSION,
        data.snapshot_id()
    )?;
    Ok(())
}
