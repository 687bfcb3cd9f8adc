//! `palermo study serious-crime`: which crime types are "serious crime"
//! (art. 2(b)) in which States, from the penalty data in force on `as_of`,
//! summarised by region and legal system, with what-ifs (`--set`) and the
//! State pairs of the coverage matrix they change.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Result};
use palermo_refdata::{Penalty, RefData, StateCode};
use palermo_rules::batch::{serious_crime_from_data, Tables};
use palermo_rules::facts::RequestKind;
use palermo_rules::{Finding, Outcome};

use crate::cli::{SeriousCrimeArgs, StudyFormat};
use crate::cmd_matrix::participants;
use crate::input;
use crate::output::{Csv, Output};

/// A `--set ISO3:crime=penalty` what-if.
struct WhatIf {
    state: StateCode,
    crime: String,
    penalty: Penalty,
}

fn parse_set(data: &RefData, s: &str) -> Result<WhatIf> {
    let err =
        || anyhow!("--set `{s}`: expected ISO3:CRIME=PENALTY, e.g. KEN:wildlife_trafficking=4y");
    let (state, rest) = s.split_once(':').ok_or_else(err)?;
    let (crime, penalty) = rest.split_once('=').ok_or_else(err)?;
    let state: StateCode = state.parse().map_err(|e| anyhow!("--set `{s}`: {e}"))?;
    if data.crime(crime).is_none() {
        bail!("--set `{s}`: `{crime}` is not in the crime catalogue");
    }
    let penalty = Penalty::parse(penalty).ok_or_else(|| anyhow!("--set `{s}`: `{penalty}` is not a penalty: expected <n>y, <n>m, life, death, fine or none"))?;
    Ok(WhatIf {
        state,
        crime: crime.to_string(),
        penalty,
    })
}

/// One cell of the study.
struct Row {
    state: StateCode,
    crime: String,
    finding: Finding,
    what_if: Option<(Outcome, Penalty)>,
}

impl Row {
    fn outcome(&self) -> Outcome {
        self.what_if.map_or(self.finding.outcome, |(o, _)| o)
    }
}

fn word(o: Outcome) -> &'static str {
    match o {
        Outcome::Yes => "yes",
        Outcome::No => "no",
        _ => "unknown",
    }
}

/// The study's four values: yes, no, depends on which offence the conduct
/// fits (matching offences on both sides of four years), or no data.
fn category(r: &Row) -> &'static str {
    match r.outcome() {
        Outcome::Yes => "yes",
        Outcome::No => "no",
        _ if !r.finding.sources.is_empty() => "depends_on_offence",
        _ => "no_data",
    }
}

const CATEGORIES: [&str; 4] = ["yes", "no", "depends_on_offence", "no_data"];

pub fn run(args: SeriousCrimeArgs) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let today = input::today();
    let as_of = args.as_of.unwrap_or(today);
    let crimes: Vec<String> = if args.crimes.is_empty() || args.crimes.iter().any(|c| c == "all") {
        data.crimes().iter().map(|c| c.id.clone()).collect()
    } else {
        for c in &args.crimes {
            if data.crime(c).is_none() {
                bail!(
                    "--crime `{c}` is not in the crime catalogue; `palermo crimes` lists the ids"
                );
            }
        }
        args.crimes.clone()
    };
    let sets: Vec<WhatIf> = args
        .set
        .iter()
        .map(|s| parse_set(&data, s))
        .collect::<Result<_>>()?;
    let states = participants(&data);
    for w in &sets {
        if !states.contains(&w.state) {
            bail!("--set: `{}` is not a participant in the data", w.state);
        }
        if !crimes.contains(&w.crime) {
            bail!(
                "--set: `{}` is not among the crime types studied (add --crime {})",
                w.crime,
                w.crime
            );
        }
    }
    if let Some(w) = crate::cmd_assess::after_today(as_of, today, "--as-of") {
        eprintln!("{w}");
    }
    let mut rows = Vec::new();
    for crime in &crimes {
        for &s in &states {
            let finding = serious_crime_from_data(&data, as_of, s, crime);
            let what_if = sets
                .iter()
                .find(|w| w.state == s && &w.crime == crime)
                .map(|w| (palermo_rules::art02::serious_outcome(w.penalty), w.penalty));
            rows.push(Row {
                state: s,
                crime: crime.clone(),
                finding,
                what_if,
            });
        }
    }
    // Pairs of the coverage matrix a what-if changes (standard scenario).
    let mut changes = Vec::new();
    if !sets.is_empty() {
        let affected: Vec<String> = sets.iter().map(|w| w.crime.clone()).collect();
        let before = Tables::build(&data, as_of, &states, &affected);
        let mut after = Tables::build(&data, as_of, &states, &affected);
        for w in &sets {
            after.set_serious(
                &w.crime,
                w.state,
                palermo_rules::art02::serious_outcome(w.penalty),
            );
        }
        for crime in &affected {
            for kind in [RequestKind::Extradition, RequestKind::MutualLegalAssistance] {
                for a in 0..states.len() {
                    for b in (0..states.len()).filter(|&b| b != a) {
                        let (x, y) = (
                            before.cell(kind, crime, a, b),
                            after.cell(kind, crime, a, b),
                        );
                        if x.outcome != y.outcome {
                            changes.push((
                                kind,
                                crime.clone(),
                                states[a],
                                states[b],
                                x.outcome,
                                y.outcome,
                            ));
                        }
                    }
                }
            }
        }
    }
    let mut out = Output::open(args.output.as_deref())?;
    match args.format {
        StudyFormat::Csv => {
            let mut csv = Csv::new(&mut out);
            csv.record([
                "state",
                "name",
                "region",
                "legal_system",
                "crime",
                "serious_crime",
                "what_if",
                "explanation",
                "sources",
            ])?;
            for r in &rows {
                let what_if = r.what_if.map_or(String::new(), |(o, p)| {
                    format!("{} -> {} ({p})", word(r.finding.outcome), word(o))
                });
                let sources: Vec<String> =
                    r.finding.sources.iter().map(ToString::to_string).collect();
                csv.record([
                    r.state.as_str(),
                    data.state_name(r.state).unwrap_or(""),
                    data.region(r.state).map_or("", |x| x.region.as_ref()),
                    data.legal_system(r.state).map_or("", |l| l.family.as_str()),
                    &r.crime,
                    category(r),
                    &what_if,
                    &r.finding.message.to_string(),
                    &sources.join(" | "),
                ])?;
            }
            csv.finish()?;
            if !sets.is_empty() {
                let mut err = std::io::stderr().lock();
                writeln!(
                    err,
                    "what-if: {} State pair(s) of the coverage matrix change (standard scenario):",
                    changes.len()
                )?;
                for (k, c, a, b, x, y) in &changes {
                    writeln!(
                        err,
                        "  {} {c} {a} -> {b}: {} -> {}",
                        k.as_str(),
                        x.as_str(),
                        y.as_str()
                    )?;
                }
            }
        }
        StudyFormat::Markdown => markdown(&mut out, &data, as_of, &crimes, &rows, &sets, &changes)?,
        StudyFormat::Svg => svg(&mut out, &data, as_of, &crimes, &states, &rows)?,
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

type Change = (RequestKind, String, StateCode, StateCode, Outcome, Outcome);

fn markdown(
    out: &mut dyn Write,
    data: &RefData,
    as_of: jiff::civil::Date,
    crimes: &[String],
    rows: &[Row],
    sets: &[WhatIf],
    changes: &[Change],
) -> Result<()> {
    writeln!(
        out,
        "# Serious crime (art. 2(b)) by crime type and State, as of {as_of}\n"
    )?;
    writeln!(
        out,
        "From the penalty data in force on that date: yes = a statutory maximum of at least four years (or life or death) for every matching offence; no = below four years (or a fine only) for every one; depends = matching offences on both sides of four years (e.g. a basic form under and an aggravated form over), so it depends on which one the conduct fits; no data = not researched, which does not mean no offence.\n"
    )?;
    for (title, group) in [("region", true), ("legal system", false)] {
        writeln!(out, "## By {title}\n")?;
        let mut table: BTreeMap<(String, String), [usize; 4]> = BTreeMap::new();
        for r in rows {
            let g = if group {
                data.region(r.state)
                    .map_or("(no region)".to_string(), |x| x.region.to_string())
            } else {
                data.legal_system(r.state)
                    .map_or("(not classified)".to_string(), |l| {
                        l.family.as_str().to_string()
                    })
            };
            let e = table.entry((r.crime.clone(), g)).or_default();
            e[CATEGORIES
                .iter()
                .position(|c| *c == category(r))
                .expect("invariant: listed")] += 1;
        }
        writeln!(out, "| Crime type | {title} | yes | no | depends on the offence | no data |\n|---|---|---|---|---|---|")?;
        for ((c, g), [y, n, d, u]) in &table {
            if y + n + d > 0 {
                writeln!(out, "| {c} | {g} | {y} | {n} | {d} | {u} |")?;
            }
        }
        let silent: Vec<&String> = crimes
            .iter()
            .filter(|c| {
                !table
                    .iter()
                    .any(|((x, _), v)| x == *c && v[0] + v[1] + v[2] > 0)
            })
            .collect();
        if !silent.is_empty() {
            writeln!(
                out,
                "\nNo penalty data at all for: {}.",
                silent
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "## Cells with data\n\n| State | Crime type | Serious crime | Why |\n|---|---|---|---|"
    )?;
    for r in rows
        .iter()
        .filter(|r| category(r) != "no_data" || r.what_if.is_some())
    {
        let why = match r.what_if {
            Some((_, p)) => format!(
                "what-if: maximum {} (was: {})",
                p.describe(),
                r.finding.message
            ),
            None => r.finding.message.to_string().to_string(),
        };
        writeln!(
            out,
            "| {} ({}) | {} | {} | {} |",
            data.state_name(r.state).unwrap_or(""),
            r.state,
            r.crime,
            category(r),
            why.replace('|', "\\|")
        )?;
    }
    if !sets.is_empty() {
        writeln!(out, "\n## What-if\n")?;
        for w in sets {
            writeln!(
                out,
                "- {}: {} with a maximum of {}",
                w.state,
                w.crime,
                w.penalty.describe()
            )?;
        }
        writeln!(out, "\n{} State pair(s) of the coverage matrix change under the standard scenario (`palermo matrix`):\n", changes.len())?;
        if !changes.is_empty() {
            writeln!(out, "| Kind | Crime type | Requesting | Requested | Before | After |\n|---|---|---|---|---|---|")?;
            for (k, c, a, b, x, y) in changes {
                writeln!(
                    out,
                    "| {} | {c} | {a} | {b} | {} | {} |",
                    k.as_str(),
                    x.as_str(),
                    y.as_str()
                )?;
            }
        }
    }
    writeln!(
        out,
        "\nEngine {} · data `{}`",
        palermo_rules::ENGINE_VERSION,
        data.snapshot_id()
    )?;
    Ok(())
}

fn svg(
    out: &mut dyn Write,
    data: &RefData,
    as_of: jiff::civil::Date,
    crimes: &[String],
    states: &[StateCode],
    rows: &[Row],
) -> Result<()> {
    const C: usize = 4;
    const LEFT: usize = 230;
    const TOP: usize = 110;
    let key = |s: &StateCode| {
        (
            data.region(*s)
                .map_or("~".to_string(), |r| r.region.to_string()),
            *s,
        )
    };
    let mut order: Vec<StateCode> = states.to_vec();
    order.sort_by_key(key);
    let width = LEFT + order.len() * C + 40;
    let height = TOP + crimes.len() * (C * 3) + 60;
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif">"#
    )?;
    writeln!(out, r#"<rect width="100%" height="100%" fill="white"/>"#)?;
    writeln!(
        out,
        r#"<text x="20" y="26" font-size="16" font-weight="bold">Serious crime (art. 2(b)) by crime type and State, as of {as_of}</text>"#
    )?;
    writeln!(
        out,
        r##"<text x="20" y="44" font-size="11" fill="#444">From the penalty data; green yes, red no, amber depends on the offence (basic and aggravated forms on both sides of four years),</text>"##
    )?;
    writeln!(
        out,
        r##"<text x="20" y="58" font-size="11" fill="#444">light grey no data (not researched, which does not mean no offence). States grouped by UN M49 region.</text>"##
    )?;
    // Region labels.
    let mut start = 0;
    while start < order.len() {
        let region = key(&order[start]).0;
        let mut end = start;
        while end < order.len() && key(&order[end]).0 == region {
            end += 1;
        }
        let mid = LEFT + (start + end) * C / 2;
        if (end - start) * C >= 30 {
            writeln!(
                out,
                r#"<text x="{mid}" y="{}" font-size="11" text-anchor="middle">{}</text>"#,
                TOP - 10,
                if region == "~" { "Other" } else { &region }
            )?;
        }
        writeln!(
            out,
            r##"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="#999" stroke-width="0.5"/>"##,
            TOP - 4,
            TOP + crimes.len() * C * 3,
            x = LEFT + start * C
        )?;
        start = end;
    }
    for (i, crime) in crimes.iter().enumerate() {
        let y = TOP + i * C * 3;
        writeln!(
            out,
            r#"<text x="{}" y="{}" font-size="10" text-anchor="end" dominant-baseline="middle">{crime}</text>"#,
            LEFT - 6,
            y + C
        )?;
        for (j, s) in order.iter().enumerate() {
            let Some(r) = rows.iter().find(|r| r.state == *s && &r.crime == crime) else {
                continue;
            };
            let fill = match category(r) {
                "yes" => "#2e7d32",
                "no" => "#c62828",
                "depends_on_offence" => "#f9a825",
                _ => "#eeeeee",
            };
            writeln!(
                out,
                r#"<rect x="{}" y="{y}" width="{C}" height="{}" fill="{fill}"/>"#,
                LEFT + j * C,
                C * 2
            )?;
        }
    }
    writeln!(
        out,
        r##"<text x="20" y="{}" font-size="10" fill="#333">Engine {} · data {}</text>"##,
        height - 20,
        palermo_rules::ENGINE_VERSION,
        data.snapshot_id()
    )?;
    writeln!(out, "</svg>")?;
    Ok(())
}
