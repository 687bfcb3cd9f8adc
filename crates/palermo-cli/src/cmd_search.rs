//! `palermo search QUERY`: full-text search over the provisions, the crime
//! catalogue and its mandates, the penalties, the notifications and the
//! competent authorities (`palermo-search`, an index built in memory at the
//! start from the data), with counts per kind, State and article.

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, Result};
use palermo_search::{FacetCount, Hit, Origin, Query, Results, SearchIndex};

use crate::cli::{ListFormat, SearchArgs};
use crate::input;

pub fn run(args: SearchArgs) -> Result<ExitCode> {
    let data = input::load_data_strict(args.data.data.as_deref())?;
    let started = Instant::now();
    let index = SearchIndex::build(&data).map_err(|e| anyhow!("{e}"))?;
    let built = started.elapsed();
    let query = Query {
        text: args.query.clone(),
        state: args.state.clone(),
        article: args.article.clone(),
        crime_type: args.crime_type.clone(),
        kind: args.kind,
        limit: args.limit,
    };
    let started = Instant::now();
    let results = index.search(&query).map_err(|e| anyhow!("{e}"))?;
    let searched = started.elapsed();
    let mut out = anstream::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let v = serde_json::json!({
                "data_snapshot": data.snapshot_id(),
                "query": results.query,
                "filters": {
                    "state": args.state,
                    "article": args.article,
                    "crime_type": args.crime_type,
                    "kind": args.kind.map(|k| k.as_str()),
                },
                "total": results.total,
                "hits": results.hits,
                "facets": results.facets,
            });
            serde_json::to_writer_pretty(&mut out, &v).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        ListFormat::Text => text(&mut out, &results)?,
    }
    if args.stats {
        writeln!(
            std::io::stderr().lock(),
            "search: {} documents indexed in {:.1} ms; query in {:.2} ms",
            index.len(),
            built.as_secs_f64() * 1e3,
            searched.as_secs_f64() * 1e3
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Where a hit comes from, on one line.
fn origin(o: &Origin) -> String {
    match o {
        Origin::Provision { citation, finding } => match finding {
            Some(id) => format!("{citation}, finding {id}"),
            None => format!("{citation}, not encoded"),
        },
        Origin::Data {
            file,
            line,
            source_url,
            source_as_of,
            note,
        } => {
            let mut s = format!("{file}:{line}");
            if let Some(u) = source_url {
                s.push_str(&format!(", {u}"));
            }
            match source_as_of {
                Some(a) => s.push_str(&format!(", as of {a}")),
                None if source_url.is_some() => s.push_str(", as of an unrecorded date"),
                None => {}
            }
            if let Some(n) = note {
                s.push_str(&format!(", {n}"));
            }
            s
        }
    }
}

fn hit(out: &mut dyn Write, n: usize, h: &Hit, width: usize) -> std::io::Result<()> {
    writeln!(out, "{n}. [{}] {}", h.kind.as_str(), h.title)?;
    let options = textwrap::Options::new(width)
        .initial_indent("   ")
        .subsequent_indent("   ");
    for line in textwrap::wrap(&h.snippet, options) {
        writeln!(out, "{line}")?;
    }
    let mut about = Vec::new();
    if let Some(s) = &h.state {
        about.push(format!("State {s}"));
    }
    if !h.articles.is_empty() {
        about.push(format!("art. {}", h.articles.join(", ")));
    }
    if let Some(c) = &h.crime_type {
        about.push(c.clone());
    }
    if !about.is_empty() {
        writeln!(out, "   about: {}", about.join("; "))?;
    }
    writeln!(out, "   from:  {}", origin(&h.origin))?;
    writeln!(out)
}

fn facet_line(name: &str, counts: &[FacetCount]) -> Option<String> {
    if counts.is_empty() {
        return None;
    }
    let shown: Vec<String> = counts
        .iter()
        .take(12)
        .map(|c| format!("{} {}", c.value, c.count))
        .collect();
    let more = if counts.len() > 12 {
        format!(", and {} more", counts.len() - 12)
    } else {
        String::new()
    };
    Some(format!("  by {name}: {}{more}", shown.join(", ")))
}

fn text(out: &mut dyn Write, r: &Results) -> std::io::Result<()> {
    if r.total == 0 {
        if r.query.trim().is_empty() {
            writeln!(out, "No hit.")?;
        } else {
            writeln!(out, "No hit for `{}`.", r.query)?;
        }
        return Ok(());
    }
    let width = crate::output::terminal_width();
    for (i, h) in r.hits.iter().enumerate() {
        hit(out, i + 1, h, width)?;
    }
    writeln!(out, "{} of {} hit(s) shown.", r.hits.len(), r.total)?;
    for line in [
        facet_line("kind", &r.facets.kind),
        facet_line("State", &r.facets.state),
        facet_line("article", &r.facets.article),
    ]
    .into_iter()
    .flatten()
    {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
