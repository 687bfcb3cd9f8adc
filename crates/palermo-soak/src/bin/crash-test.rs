//! `crash-test`: does every change `palermo serve` acknowledged survive the
//! server being killed (SIGKILL) at random moments?
//!
//! It sets up a registry with `palermo admin` (authority XAA, an officer, a
//! token), starts `palermo serve --rate-limit 0`, and runs concurrent
//! writers that create records and update records they created (with the
//! version they know), each over a fresh connection. A killer sends SIGKILL
//! to the server at seeded random moments and starts it again on the same
//! database. A change counts as acknowledged only when its 2xx answer came
//! back in full; a request cut off after it was sent is "in doubt" (it may or
//! may not have been applied: both are allowed), and a record whose update
//! was in doubt is read again before its next update. Once `--changes`
//! changes are acknowledged the server is killed and started a last time,
//! and the checks run:
//!
//! 1. every acknowledged create exists;
//! 2. every record's version is at least the last acknowledged one, and at
//!    that version its content is what was acknowledged;
//! 3. `palermo audit verify` exits 0;
//! 4. the audit trail has a `record.create`/`record.update` entry for every
//!    acknowledged change (so at least as many entries as changes);
//!
//! and no record exists that was neither acknowledged nor in doubt.
//! Exit code 0: all held; 1: a check failed (the record is named); 2: the
//! harness could not run.
//!
//! `--db FILE` is a SQLite file that must not exist yet; `--db
//! postgres://USER@HOST:PORT[/ANY]` names a server, on which a fresh
//! database `palermo_crash_<seed>_<time>_<pid>` is created. Both are removed
//! after a passing run unless `--keep`; a failing run keeps them.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::Parser;
use palermo_soak::http::{send_once, Failure, Request, Response};
use palermo_soak::server::Server;
use palermo_soak::{content_digest, set_up_registry, Rng};
use sqlx::Row;

/// Kill `palermo serve` at random moments under concurrent writes, then
/// check that every acknowledged change survived.
#[derive(Parser, Debug, Clone)]
#[command(name = "crash-test")]
struct Args {
    /// The `palermo` binary (build it first: cargo build --release -p palermo-cli).
    #[arg(long, default_value = "target/release/palermo")]
    palermo: PathBuf,
    /// A SQLite file that does not exist yet, or `postgres://USER@HOST:PORT`
    /// (a fresh database is created on that server).
    #[arg(long)]
    db: String,
    /// Stop once this many changes (creates and updates) were acknowledged.
    #[arg(long, default_value_t = 10_000)]
    changes: u64,
    /// Seeds the writers' choices and the moments of the kills.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Concurrent writers.
    #[arg(long, default_value_t = 4)]
    writers: u64,
    /// Shortest time between a (re)start and the next kill, in ms.
    #[arg(long, default_value_t = 50)]
    kill_min_ms: u64,
    /// Longest time between a (re)start and the next kill, in ms.
    #[arg(long, default_value_t = 400)]
    kill_max_ms: u64,
    /// Share of changes that create a record (the others update one).
    #[arg(long, default_value_t = 0.3)]
    create_share: f64,
    /// Longest wait for an answer, in seconds (then the request is in doubt).
    #[arg(long, default_value_t = 10)]
    request_timeout: u64,
    /// Give up (and fail) after this many minutes.
    #[arg(long, default_value_t = 30)]
    max_minutes: u64,
    /// Keep the database after a passing run.
    #[arg(long)]
    keep: bool,
    /// Test the test: before the last restart, delete one acknowledged
    /// record and set another back a version behind the server's back; the
    /// run must then fail and name both.
    #[arg(long)]
    inject_loss: bool,
}

/// The database under test.
enum Db {
    Sqlite(PathBuf),
    Postgres { server: String, name: String },
}

impl Db {
    fn prepare(a: &Args, rt: &tokio::runtime::Runtime) -> Result<Db> {
        if a.db.starts_with("postgres://") || a.db.starts_with("postgresql://") {
            let scheme_end = a.db.find("://").map_or(0, |i| i + 3);
            let server = match a.db[scheme_end..].find('/') {
                Some(i) => a.db[..scheme_end + i].to_owned(),
                None => a.db.clone(),
            };
            let stamp = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let name = format!("palermo_crash_{}_{stamp}_{}", a.seed, std::process::id());
            rt.block_on(async {
                let pool = connect(&format!("{server}/postgres")).await?;
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&pool)
                    .await
                    .with_context(|| format!("creating database {name}"))?;
                pool.close().await;
                anyhow::Ok(())
            })?;
            Ok(Db::Postgres { server, name })
        } else {
            let p = PathBuf::from(a.db.strip_prefix("sqlite://").unwrap_or(&a.db));
            let p = if p.is_absolute() {
                p
            } else {
                std::env::current_dir()?.join(p)
            };
            if p.exists() {
                bail!(
                    "{} exists: the crash test needs a fresh database (remove it or name another)",
                    p.display()
                );
            }
            Ok(Db::Sqlite(p))
        }
    }

    /// What `palermo --db` takes.
    fn arg(&self) -> String {
        match self {
            Db::Sqlite(p) => p.display().to_string(),
            Db::Postgres { server, name } => format!("{server}/{name}"),
        }
    }

    /// What sqlx connects to.
    fn url(&self) -> String {
        match self {
            Db::Sqlite(p) => format!("sqlite://{}", p.display()),
            Db::Postgres { .. } => self.arg(),
        }
    }

    fn describe(&self) -> String {
        match self {
            Db::Sqlite(p) => format!("sqlite ({})", p.display()),
            Db::Postgres { server, name } => format!("postgres ({server}, database {name})"),
        }
    }

    fn remove(&self, rt: &tokio::runtime::Runtime) -> Result<()> {
        match self {
            Db::Sqlite(p) => {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let f = PathBuf::from(format!("{}{suffix}", p.display()));
                    if f.exists() {
                        std::fs::remove_file(&f)
                            .with_context(|| format!("removing {}", f.display()))?;
                    }
                }
                Ok(())
            }
            Db::Postgres { server, name } => rt.block_on(async {
                let pool = connect(&format!("{server}/postgres")).await?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                    .execute(&pool)
                    .await?;
                pool.close().await;
                Ok(())
            }),
        }
    }
}

async fn connect(url: &str) -> Result<sqlx::AnyPool> {
    sqlx::any::install_default_drivers();
    sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .connect(url)
        .await
        .with_context(|| format!("connecting to {url}"))
}

/// What the writers and the killer share.
struct Shared {
    args: Args,
    db_arg: String,
    token: String,
    addr: RwLock<String>,
    acked: AtomicU64,
    stop: AtomicBool,
    deadline: Instant,
}

/// What a writer counted.
#[derive(Default, Debug)]
struct Tally {
    creates: u64,
    updates: u64,
    in_doubt_creates: u64,
    in_doubt_updates: u64,
    in_doubt_updates_applied: u64,
    in_doubt_updates_not_applied: u64,
    server_error_creates: u64,
    server_error_updates: u64,
    not_sent: u64,
    conflicts: u64,
    rereads: u64,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.creates += o.creates;
        self.updates += o.updates;
        self.in_doubt_creates += o.in_doubt_creates;
        self.in_doubt_updates += o.in_doubt_updates;
        self.in_doubt_updates_applied += o.in_doubt_updates_applied;
        self.in_doubt_updates_not_applied += o.in_doubt_updates_not_applied;
        self.server_error_creates += o.server_error_creates;
        self.server_error_updates += o.server_error_updates;
        self.not_sent += o.not_sent;
        self.conflicts += o.conflicts;
        self.rereads += o.rereads;
    }
}

/// A record a writer created (its create was acknowledged).
struct Rec {
    id: i64,
    /// Its serial number for this writer (in its reference).
    serial: u64,
    kind: usize,
    requested: usize,
    /// Timeline steps in the last draft sent.
    steps: usize,
    /// Changes sent so far.
    change: u64,
    /// The version the next update is based on.
    known: i64,
    /// The last acknowledged version, and the digest of its content.
    acked: i64,
    digest: String,
    /// An update was cut off (or refused with 409): read it before the next.
    doubt: Option<i64>,
    /// Found missing while running (already reported).
    lost: bool,
}

struct WriterOut {
    tally: Tally,
    recs: Vec<Rec>,
    acks: Vec<(i64, i64)>,
    failures: Vec<String>,
}

const KINDS: [(&str, &str); 2] = [
    ("extradition", "UNTOC art. 16(4)"),
    ("mutual_legal_assistance", "UNTOC art. 18(1)"),
];
const REQUESTED: [&str; 3] = ["KEN", "ITA", "XAB"];
const STEPS: [(&str, &str); 3] = [
    ("drafted", "2024-01-02"),
    ("sent", "2024-02-03"),
    ("acknowledged", "2024-03-04"),
];

fn draft(seed: u64, writer: u64, r: &Rec) -> serde_json::Value {
    let (kind, basis) = KINDS[r.kind];
    let timeline: Vec<serde_json::Value> = STEPS[..r.steps]
        .iter()
        .enumerate()
        .map(|(i, (status, date))| {
            if i + 1 == r.steps {
                serde_json::json!({"status": status, "date": date, "note": format!("step {} at change {}", i + 1, r.change)})
            } else {
                serde_json::json!({"status": status, "date": date})
            }
        })
        .collect();
    serde_json::json!({
        "reference": format!("CT/{seed}/{writer}/{}", r.serial),
        "direction": "outgoing",
        "kind": kind,
        "requesting_state": "XAA",
        "requested_state": REQUESTED[r.requested],
        "crime_types": ["wildlife_trafficking"],
        "legal_bases": [{"basis": "convention", "reference": basis}],
        "timeline": timeline,
        "notes": format!("crash test seed {seed}: writer {writer}, record {}, change {}", r.serial, r.change),
    })
}

enum Outcome {
    Answer(Response),
    NotSent,
    InDoubt,
}

async fn send(sh: &Shared, method: &str, path: &str, body: Option<&serde_json::Value>) -> Outcome {
    let addr = sh.addr.read().unwrap_or_else(|p| p.into_inner()).clone();
    let auth = format!("Bearer {}", sh.token);
    let body = body.map(|b| b.to_string());
    let req = Request::new(
        method,
        &addr,
        path,
        &[("Authorization", &auth)],
        body.as_deref().map(|b| ("application/json", b.as_bytes())),
        false,
    );
    match send_once(
        &addr,
        &req,
        Duration::from_secs(2),
        Duration::from_secs(sh.args.request_timeout),
    )
    .await
    {
        Ok(r) => Outcome::Answer(r),
        Err(Failure::NotSent(_)) => Outcome::NotSent,
        Err(Failure::InDoubt(_)) => Outcome::InDoubt,
    }
}

fn field_i64(v: &serde_json::Value, k: &str) -> Option<i64> {
    v.get(k).and_then(|x| x.as_i64())
}

async fn writer(w: u64, sh: Arc<Shared>) -> WriterOut {
    let seed = sh.args.seed;
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(w + 1));
    let mut out = WriterOut {
        tally: Tally::default(),
        recs: Vec::new(),
        acks: Vec::new(),
        failures: Vec::new(),
    };
    let mut serial = 0u64;
    let pause = || tokio::time::sleep(Duration::from_millis(5));
    loop {
        if sh.stop.load(Ordering::Relaxed) || sh.acked.load(Ordering::Relaxed) >= sh.args.changes {
            break;
        }
        if Instant::now() > sh.deadline {
            out.failures.push(format!(
                "writer {w}: gave up after {} minutes",
                sh.args.max_minutes
            ));
            sh.stop.store(true, Ordering::Relaxed);
            break;
        }
        let live: Vec<usize> = (0..out.recs.len()).filter(|&i| !out.recs[i].lost).collect();
        if live.is_empty() || rng.chance(sh.args.create_share) {
            // Create.
            let mut r = Rec {
                id: 0,
                serial,
                kind: rng.range(0, 1) as usize,
                requested: rng.range(0, 2) as usize,
                steps: 1,
                change: 0,
                known: 0,
                acked: 0,
                digest: String::new(),
                doubt: None,
                lost: false,
            };
            serial += 1;
            let body = draft(seed, w, &r);
            match send(&sh, "POST", "/api/v1/records", Some(&body)).await {
                Outcome::Answer(resp) if resp.status == 201 => {
                    let Ok(v) = resp.json() else {
                        out.failures.push(format!(
                            "writer {w}: a 201 that is not JSON: {}",
                            resp.text()
                        ));
                        continue;
                    };
                    match (field_i64(&v, "id"), field_i64(&v, "version")) {
                        (Some(id), Some(1)) => {
                            r.id = id;
                            r.known = 1;
                            r.acked = 1;
                            r.digest = content_digest(&v);
                            out.acks.push((id, 1));
                            out.recs.push(r);
                            out.tally.creates += 1;
                            sh.acked.fetch_add(1, Ordering::Relaxed);
                        }
                        _ => out.failures.push(format!(
                            "writer {w}: a create answered without id or at a version other than 1: {}",
                            resp.text()
                        )),
                    }
                }
                Outcome::Answer(resp) if resp.status >= 500 => {
                    out.tally.server_error_creates += 1;
                    pause().await;
                }
                Outcome::Answer(resp) => {
                    out.failures.push(format!(
                        "writer {w}: create answered {}: {}",
                        resp.status,
                        resp.text()
                    ));
                    sh.stop.store(true, Ordering::Relaxed);
                }
                Outcome::NotSent => {
                    out.tally.not_sent += 1;
                    pause().await;
                }
                Outcome::InDoubt => {
                    out.tally.in_doubt_creates += 1;
                    pause().await;
                }
            }
            continue;
        }
        let i = live[rng.range(0, live.len() as u64 - 1) as usize];
        let r = &mut out.recs[i];
        let path = format!("/api/v1/records/{}", r.id);
        if let Some(sent_on) = r.doubt {
            // Read it again: where did the change in doubt leave it?
            match send(&sh, "GET", &path, None).await {
                Outcome::Answer(resp) if resp.status == 200 => {
                    let v = resp.json().unwrap_or_default();
                    let Some(version) = field_i64(&v, "version") else {
                        out.failures
                            .push(format!("record {}: read back without a version", r.id));
                        r.lost = true;
                        continue;
                    };
                    out.tally.rereads += 1;
                    if version < r.acked {
                        out.failures.push(format!(
                            "record {}: at version {version} while running, but version {} was acknowledged",
                            r.id, r.acked
                        ));
                    } else if version == r.acked && content_digest(&v) != r.digest {
                        out.failures.push(format!(
                            "record {}: at the acknowledged version {version}, but its content is not what was acknowledged",
                            r.id
                        ));
                    }
                    if sent_on >= 0 {
                        if version > sent_on {
                            out.tally.in_doubt_updates_applied += 1;
                        } else {
                            out.tally.in_doubt_updates_not_applied += 1;
                        }
                    }
                    r.known = version;
                    r.doubt = None;
                }
                Outcome::Answer(resp) if resp.status == 404 => {
                    out.failures.push(format!(
                        "record {}: acknowledged (version {}), but 404 while running",
                        r.id, r.acked
                    ));
                    r.lost = true;
                }
                Outcome::Answer(resp) if resp.status >= 500 => pause().await,
                Outcome::Answer(resp) => {
                    out.failures.push(format!(
                        "record {}: reading it answered {}: {}",
                        r.id,
                        resp.status,
                        resp.text()
                    ));
                    sh.stop.store(true, Ordering::Relaxed);
                }
                Outcome::NotSent | Outcome::InDoubt => pause().await,
            }
            continue;
        }
        // Update: new notes, and now and then one more timeline step.
        r.change += 1;
        if r.steps < STEPS.len() && rng.chance(0.2) {
            r.steps += 1;
        }
        let body = serde_json::json!({"version": r.known, "request": draft(seed, w, r)});
        match send(&sh, "PUT", &path, Some(&body)).await {
            Outcome::Answer(resp) if resp.status == 200 => {
                let v = resp.json().unwrap_or_default();
                match field_i64(&v, "version") {
                    Some(version) if version == r.known + 1 => {
                        r.known = version;
                        r.acked = version;
                        r.digest = content_digest(&v);
                        out.acks.push((r.id, version));
                        out.tally.updates += 1;
                        sh.acked.fetch_add(1, Ordering::Relaxed);
                    }
                    other => {
                        out.failures.push(format!(
                            "record {}: an update of version {} answered version {other:?}",
                            r.id, r.known
                        ));
                        r.doubt = Some(-1);
                    }
                }
            }
            Outcome::Answer(resp) if resp.status == 409 => {
                // Stale version: not a durability failure. A record is read
                // again after a change in doubt, so this means its version
                // moved unseen: counted and reported, then read again.
                out.tally.conflicts += 1;
                r.doubt = Some(-1);
            }
            Outcome::Answer(resp) if resp.status == 404 => {
                out.failures.push(format!(
                    "record {}: acknowledged (version {}), but an update found it missing (404)",
                    r.id, r.acked
                ));
                r.lost = true;
            }
            Outcome::Answer(resp) if resp.status >= 500 => {
                out.tally.server_error_updates += 1;
                r.doubt = Some(r.known);
                pause().await;
            }
            Outcome::Answer(resp) => {
                out.failures.push(format!(
                    "record {}: update answered {}: {}",
                    r.id,
                    resp.status,
                    resp.text()
                ));
                sh.stop.store(true, Ordering::Relaxed);
            }
            Outcome::NotSent => {
                out.tally.not_sent += 1;
                pause().await;
            }
            Outcome::InDoubt => {
                out.tally.in_doubt_updates += 1;
                r.doubt = Some(r.known);
                pause().await;
            }
        }
    }
    out
}

struct KillerOut {
    kills: u64,
    restarts: Vec<Duration>,
}

async fn killer(sh: Arc<Shared>, server: Arc<Mutex<Server>>) -> Result<KillerOut> {
    let mut rng = Rng::new(sh.args.seed.wrapping_mul(7_919).wrapping_add(99));
    let mut out = KillerOut {
        kills: 0,
        restarts: Vec::new(),
    };
    while !sh.stop.load(Ordering::Relaxed) {
        let wait = rng.range(sh.args.kill_min_ms, sh.args.kill_max_ms);
        // Sleep in short steps so the end of the run is not delayed.
        let until = Instant::now() + Duration::from_millis(wait);
        while Instant::now() < until && !sh.stop.load(Ordering::Relaxed) {
            tokio::time::sleep(Duration::from_millis(5).min(until - Instant::now())).await;
        }
        if sh.stop.load(Ordering::Relaxed) {
            break;
        }
        let (addr, took) = restart(&sh, &server, true).await?;
        *sh.addr.write().unwrap_or_else(|p| p.into_inner()) = addr;
        out.kills += 1;
        out.restarts.push(took);
    }
    Ok(out)
}

/// Kills the server (SIGKILL) when `kill`, and starts it again on the same
/// database: its new address and how long the start took.
async fn restart(
    sh: &Arc<Shared>,
    server: &Arc<Mutex<Server>>,
    kill: bool,
) -> Result<(String, Duration)> {
    let sh = Arc::clone(sh);
    let server = Arc::clone(server);
    tokio::task::spawn_blocking(move || {
        let mut s = server.lock().unwrap_or_else(|p| p.into_inner());
        if kill {
            s.kill();
        }
        let t = Instant::now();
        let new = Server::start(
            &sh.args.palermo,
            &sh.db_arg,
            &["--rate-limit", "0"],
            Duration::from_secs(60),
        )
        .context("restarting palermo serve after a kill")?;
        let addr = new.addr.clone();
        *s = new;
        Ok((addr, t.elapsed()))
    })
    .await?
}

fn minutes(d: Duration) -> String {
    let s = d.as_secs_f64();
    format!("{}m{:04.1}s", (s / 60.0) as u64, s % 60.0)
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("crash-test: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<bool> {
    if !args.palermo.is_file() {
        bail!(
            "{}: no such binary (build it: cargo build --release -p palermo-cli)",
            args.palermo.display()
        );
    }
    if args.kill_min_ms > args.kill_max_ms || args.writers == 0 {
        bail!("--kill-min-ms must not exceed --kill-max-ms, and --writers must be at least 1");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let db = Db::prepare(&args, &rt)?;
    let result = run_on(&args, &db, &rt);
    match &result {
        Ok(true) if !args.keep => {
            if let Err(e) = db.remove(&rt) {
                eprintln!("crash-test: could not remove the database: {e:#}");
            }
        }
        _ => eprintln!("crash-test: the database is kept: {}", db.describe()),
    }
    result
}

fn run_on(args: &Args, db: &Db, rt: &tokio::runtime::Runtime) -> Result<bool> {
    let started = Instant::now();
    let db_arg = db.arg();
    eprintln!("crash-test: {}, seed {}", db.describe(), args.seed);
    let account = set_up_registry(&args.palermo, &db_arg, "XAA", "Crash test", "crash")?;
    let server = Server::start(
        &args.palermo,
        &db_arg,
        &["--rate-limit", "0"],
        Duration::from_secs(60),
    )?;
    let sh = Arc::new(Shared {
        args: args.clone(),
        db_arg: db_arg.clone(),
        token: account.token.clone(),
        addr: RwLock::new(server.addr.clone()),
        acked: AtomicU64::new(0),
        stop: AtomicBool::new(false),
        deadline: Instant::now() + Duration::from_secs(args.max_minutes * 60),
    });
    let server = Arc::new(Mutex::new(server));

    let writes_started = Instant::now();
    let (mut tally, outs, killed) = rt.block_on(async {
        // Ctrl-C: no server left behind.
        {
            let server = Arc::clone(&server);
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    server.lock().unwrap_or_else(|p| p.into_inner()).kill();
                    eprintln!("crash-test: interrupted");
                    std::process::exit(130);
                }
            });
        }
        let progress = {
            let sh = Arc::clone(&sh);
            tokio::spawn(async move {
                let mut next = 1000;
                while !sh.stop.load(Ordering::Relaxed) {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    let n = sh.acked.load(Ordering::Relaxed);
                    if n >= next {
                        eprintln!(
                            "crash-test: {n} changes acknowledged ({})",
                            minutes(writes_started.elapsed())
                        );
                        next = (n / 1000 + 1) * 1000;
                    }
                }
            })
        };
        let k = tokio::spawn(killer(Arc::clone(&sh), Arc::clone(&server)));
        let mut ws = Vec::new();
        for w in 0..args.writers {
            ws.push(tokio::spawn(writer(w, Arc::clone(&sh))));
        }
        let mut outs = Vec::new();
        for w in ws {
            outs.push(w.await?);
        }
        sh.stop.store(true, Ordering::Relaxed);
        let killed = k.await?;
        progress.await?;
        let mut tally = Tally::default();
        for o in &outs {
            tally.add(&o.tally);
        }
        anyhow::Ok((tally, outs, killed))
    })?;
    let writing = writes_started.elapsed();
    let mut failures: Vec<String> = outs.iter().flat_map(|o| o.failures.clone()).collect();
    let killed = match killed {
        Ok(k) => k,
        Err(e) => {
            failures.push(format!("the server did not come back after a kill: {e:#}"));
            KillerOut {
                kills: 0,
                restarts: Vec::new(),
            }
        }
    };
    let acked = tally.creates + tally.updates;

    // The last kill, and a restart for the checks.
    if args.inject_loss {
        server.lock().unwrap_or_else(|p| p.into_inner()).kill();
        let mut recs = outs.iter().flat_map(|o| o.recs.iter());
        let gone = recs.next().map(|r| r.id);
        let behind = recs.find(|r| r.acked > 1).map(|r| r.id);
        rt.block_on(async {
            let pool = connect(&db.url()).await?;
            if let Some(id) = gone {
                sqlx::query("DELETE FROM records WHERE id = $1")
                    .bind(id)
                    .execute(&pool)
                    .await?;
            }
            if let Some(id) = behind {
                sqlx::query("UPDATE records SET version = version - 1 WHERE id = $1")
                    .bind(id)
                    .execute(&pool)
                    .await?;
            }
            pool.close().await;
            anyhow::Ok(())
        })?;
        eprintln!(
            "crash-test: injected: record {gone:?} deleted, record {behind:?} set a version back"
        );
    }
    let (addr, _) = rt.block_on(restart(&sh, &server, !args.inject_loss))?;
    let export = rt.block_on(async {
        let req = Request::new(
            "GET",
            &addr,
            "/api/v1/records/export",
            &[("Authorization", &format!("Bearer {}", account.token))],
            None,
            false,
        );
        send_once(
            &addr,
            &req,
            Duration::from_secs(5),
            Duration::from_secs(120),
        )
        .await
        .map_err(|e| anyhow!("exporting the records: {e}"))
    })?;
    if export.status != 200 {
        bail!("exporting the records: {} {}", export.status, export.text());
    }
    let records = export.json().context("the export is not JSON")?;
    let records = records
        .as_array()
        .ok_or_else(|| anyhow!("the export is not a JSON array"))?;
    let mut stored: HashMap<i64, (i64, String)> = HashMap::new();
    for r in records {
        let (Some(id), Some(v)) = (field_i64(r, "id"), field_i64(r, "version")) else {
            bail!("an exported record without id or version: {r}");
        };
        stored.insert(id, (v, content_digest(r)));
    }
    // (1) and (2); and where the updates still in doubt ended up.
    let mut acked_ids = HashSet::new();
    for o in &outs {
        for r in &o.recs {
            acked_ids.insert(r.id);
            if let (Some(sent_on), Some((v, _))) = (r.doubt, stored.get(&r.id)) {
                if sent_on >= 0 {
                    if *v > sent_on {
                        tally.in_doubt_updates_applied += 1;
                    } else {
                        tally.in_doubt_updates_not_applied += 1;
                    }
                }
            }
            match stored.get(&r.id) {
                None => failures.push(format!(
                    "record {}: acknowledged (last at version {}), but not in the registry after the crashes",
                    r.id, r.acked
                )),
                Some((v, _)) if *v < r.acked => failures.push(format!(
                    "record {}: at version {v} after the crashes, but version {} was acknowledged",
                    r.id, r.acked
                )),
                Some((v, d)) if *v == r.acked && *d != r.digest => failures.push(format!(
                    "record {}: at the acknowledged version {v}, but its content is not what was acknowledged",
                    r.id
                )),
                Some(_) => {}
            }
        }
    }
    // No record from nowhere: every record not acknowledged must be a
    // create in doubt.
    let unacked = stored.keys().filter(|id| !acked_ids.contains(id)).count() as u64;
    let doubtful_creates = tally.in_doubt_creates + tally.server_error_creates;
    if unacked > doubtful_creates {
        failures.push(format!(
            "{unacked} records were never acknowledged, but only {doubtful_creates} creates were in doubt"
        ));
    }

    // (3): stop the server, then `palermo audit verify`.
    {
        let mut s = server.lock().unwrap_or_else(|p| p.into_inner());
        if !s.terminate(Duration::from_secs(20)) {
            eprintln!("crash-test: the server did not stop on SIGTERM within 20 s; killed");
        }
    }
    let verify = std::process::Command::new(&args.palermo)
        .args(["audit", "verify", "--db", &db_arg])
        .env_remove("PALERMO_DB")
        .output()
        .context("running palermo audit verify")?;
    let verify_text = String::from_utf8_lossy(&verify.stdout).trim().to_owned();
    if !verify.status.success() {
        failures.push(format!(
            "palermo audit verify exited {}: {verify_text} {}",
            verify.status,
            String::from_utf8_lossy(&verify.stderr).trim()
        ));
    }

    // (4): an audit entry for every acknowledged change.
    let (entries, audited) = rt.block_on(async {
        let pool = connect(&db.url()).await?;
        let rows = sqlx::query(
            "SELECT target, detail FROM audit WHERE action IN ('record.create', 'record.update')",
        )
        .fetch_all(&pool)
        .await?;
        pool.close().await;
        let mut set = HashSet::new();
        for row in &rows {
            let target: String = row.try_get(0)?;
            let detail: String = row.try_get(1)?;
            let id = target.strip_prefix("record:").and_then(|x| x.parse().ok());
            let version = detail
                .strip_prefix("version=")
                .and_then(|x| x.split_whitespace().next())
                .and_then(|x| x.parse().ok());
            if let (Some(id), Some(v)) = (id, version) {
                set.insert((id, v));
            }
        }
        anyhow::Ok((rows.len() as u64, set))
    })?;
    if entries < acked {
        failures.push(format!(
            "{entries} record.create/record.update audit entries for {acked} acknowledged changes"
        ));
    }
    let mut missing = 0;
    for (id, v) in outs.iter().flat_map(|o| o.acks.iter()) {
        if !audited.contains(&(*id, *v)) {
            missing += 1;
            if missing <= 20 {
                failures.push(format!(
                    "record {id}: version {v} was acknowledged but has no audit entry"
                ));
            }
        }
    }

    let ok = failures.is_empty();
    let restarts = &killed.restarts;
    let (mean, max) = if restarts.is_empty() {
        (Duration::ZERO, Duration::ZERO)
    } else {
        (
            restarts.iter().sum::<Duration>() / restarts.len() as u32,
            restarts.iter().copied().max().unwrap_or_default(),
        )
    };
    println!("crash-test summary");
    println!("  backend            {}", db.describe());
    println!(
        "  seed               {}, {} writers, a kill {}-{} ms after each start",
        args.seed, args.writers, args.kill_min_ms, args.kill_max_ms
    );
    println!(
        "  changes acked      {acked} ({} creates, {} updates) in {} ({:.0}/s)",
        tally.creates,
        tally.updates,
        minutes(writing),
        acked as f64 / writing.as_secs_f64()
    );
    println!(
        "  kills (SIGKILL)    {} (+1 before the checks); restart to listening: mean {} ms, max {} ms",
        killed.kills,
        mean.as_millis(),
        max.as_millis()
    );
    println!(
        "  in doubt           {} requests: {} creates ({} of them applied), {} updates ({} applied, {} not, {} unknown)",
        tally.in_doubt_creates + tally.in_doubt_updates,
        tally.in_doubt_creates,
        unacked,
        tally.in_doubt_updates,
        tally.in_doubt_updates_applied,
        tally.in_doubt_updates_not_applied,
        (tally.in_doubt_updates + tally.server_error_updates).saturating_sub(
            tally.in_doubt_updates_applied + tally.in_doubt_updates_not_applied
        )
    );
    println!(
        "  not sent           {} (connection refused while the server was down)",
        tally.not_sent
    );
    println!(
        "  server errors      {} (5xx: {} creates, {} updates)",
        tally.server_error_creates + tally.server_error_updates,
        tally.server_error_creates,
        tally.server_error_updates
    );
    println!(
        "  conflicts (409)    {} ({} re-reads after a change in doubt)",
        tally.conflicts, tally.rereads
    );
    println!(
        "  records            {} in the registry, {} created with an acknowledgement",
        stored.len(),
        acked_ids.len()
    );
    println!(
        "  audit              {entries} record.create/update entries for {acked} acknowledged changes; {verify_text}"
    );
    println!("  elapsed            {}", minutes(started.elapsed()));
    if ok {
        println!("  result             PASS");
    } else {
        println!("  result             FAIL ({} problems)", failures.len());
        for f in &failures {
            println!("    - {f}");
        }
    }
    Ok(ok)
}
