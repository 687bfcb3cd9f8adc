//! `load-test`: a closed-loop HTTP/1.1 load generator, the fallback of
//! `scripts/load-test` when `oha` is not installed (and a cross-check of
//! it). `-c N` connections, each kept alive, send the same request one
//! after another for `-z SECONDS`; it prints requests per second, latency
//! percentiles (of every answered request) and the share of errors (no
//! answer, or a status other than 2xx), as text or as one JSON object
//! (`--json`).
//!
//! ```sh
//! load-test http://127.0.0.1:8080/api/v1/assess -c 16 -z 30 -m POST \
//!     -H "Authorization: Bearer plm_..." -T application/toml \
//!     -D examples/ivory-kenya-italy.toml --json
//! ```
//!
//! It runs on its own tokio runtime (`--threads`, default 1, so that on a
//! small machine most of the CPU is left to the server under test).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};
use clap::Parser;
use palermo_soak::http::{split_url, Conn, Request};

/// A closed-loop HTTP/1.1 load generator.
#[derive(Parser, Debug)]
#[command(name = "load-test")]
struct Args {
    /// `http://HOST:PORT/PATH`.
    url: String,
    /// Connections (each sends its next request when the last is answered).
    #[arg(short = 'c', long, default_value_t = 1)]
    connections: usize,
    /// How long, in seconds.
    #[arg(short = 'z', long, default_value_t = 10)]
    seconds: u64,
    /// HTTP method.
    #[arg(short = 'm', long, default_value = "GET")]
    method: String,
    /// A header, `Name: value` (repeatable).
    #[arg(short = 'H', long = "header")]
    headers: Vec<String>,
    /// The body's content type.
    #[arg(short = 'T', long, default_value = "application/json")]
    content_type: String,
    /// The body, from a file.
    #[arg(short = 'D', long)]
    body: Option<PathBuf>,
    /// Runtime worker threads for the generator.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// One JSON object on standard output.
    #[arg(long)]
    json: bool,
}

#[derive(Default)]
struct Tally {
    latencies_us: Vec<u32>,
    ok: u64,
    errors: u64,
    statuses: BTreeMap<String, u64>,
}

async fn connection(addr: String, req: Arc<Request>, until: Instant) -> Tally {
    let mut t = Tally::default();
    let mut conn: Option<Conn> = None;
    while Instant::now() < until {
        let c = match conn.as_mut() {
            Some(c) => c,
            None => match Conn::connect(&addr).await {
                Ok(c) => conn.insert(c),
                Err(e) => {
                    t.errors += 1;
                    *t.statuses
                        .entry(format!("connect: {}", e.kind()))
                        .or_default() += 1;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let start = Instant::now();
        let left = until.saturating_duration_since(start) + Duration::from_secs(5);
        match tokio::time::timeout(left, c.send(&req)).await {
            Ok(Ok(r)) => {
                t.latencies_us
                    .push(start.elapsed().as_micros().min(u32::MAX as u128) as u32);
                *t.statuses.entry(r.status.to_string()).or_default() += 1;
                if (200..300).contains(&r.status) {
                    t.ok += 1;
                } else {
                    t.errors += 1;
                }
                if r.close {
                    conn = None;
                }
            }
            Ok(Err(e)) => {
                t.errors += 1;
                *t.statuses.entry(format!("io: {}", e.kind())).or_default() += 1;
                conn = None;
            }
            Err(_) => {
                t.errors += 1;
                *t.statuses.entry("timeout".into()).or_default() += 1;
                conn = None;
            }
        }
    }
    t
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    f64::from(sorted[i]) / 1000.0
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("load-test: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(a: Args) -> Result<()> {
    let Some((addr, path)) = split_url(&a.url) else {
        bail!("`{}`: expected http://HOST:PORT/PATH", a.url);
    };
    if a.connections == 0 || a.threads == 0 {
        bail!("-c and --threads must be at least 1");
    }
    let body = match &a.body {
        Some(p) => Some(std::fs::read(p).with_context(|| format!("reading {}", p.display()))?),
        None => None,
    };
    let mut headers = Vec::new();
    for h in &a.headers {
        let Some((k, v)) = h.split_once(':') else {
            bail!("-H `{h}`: expected `Name: value`");
        };
        headers.push((k.trim().to_owned(), v.trim().to_owned()));
    }
    let hs: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let req = Arc::new(Request::new(
        &a.method,
        &addr,
        &path,
        &hs,
        body.as_deref().map(|b| (a.content_type.as_str(), b)),
        true,
    ));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(a.threads)
        .enable_all()
        .build()?;
    let started = Instant::now();
    let until = started + Duration::from_secs(a.seconds);
    let tallies = rt.block_on(async {
        let tasks: Vec<_> = (0..a.connections)
            .map(|_| tokio::spawn(connection(addr.clone(), Arc::clone(&req), until)))
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await?);
        }
        anyhow::Ok(out)
    })?;
    let elapsed = started.elapsed().as_secs_f64();
    let mut all = Tally::default();
    for t in tallies {
        all.latencies_us.extend(t.latencies_us);
        all.ok += t.ok;
        all.errors += t.errors;
        for (k, n) in t.statuses {
            *all.statuses.entry(k).or_default() += n;
        }
    }
    all.latencies_us.sort_unstable();
    let total = all.ok + all.errors;
    let l = &all.latencies_us;
    let summary = serde_json::json!({
        "url": a.url,
        "method": a.method,
        "connections": a.connections,
        "seconds": elapsed,
        "requests": total,
        "ok": all.ok,
        "errors": all.errors,
        "error_share": if total == 0 { 0.0 } else { all.errors as f64 / total as f64 },
        "requests_per_sec": total as f64 / elapsed,
        "latency_ms": {
            "p50": percentile(l, 0.50),
            "p90": percentile(l, 0.90),
            "p99": percentile(l, 0.99),
            "max": percentile(l, 1.0),
        },
        "statuses": all.statuses,
    });
    if a.json {
        println!("{summary}");
    } else {
        println!(
            "{} {} -c {}: {:.0} requests/s over {:.1} s, p50 {:.2} ms, p99 {:.2} ms, errors {:.2}% ({:?})",
            a.method,
            a.url,
            a.connections,
            total as f64 / elapsed,
            elapsed,
            percentile(l, 0.5),
            percentile(l, 0.99),
            100.0 * summary["error_share"].as_f64().unwrap_or(0.0),
            all.statuses
        );
    }
    Ok(())
}
