//! `palermo serve`, `admin`, `registry`, `stats` and `audit`: the registry
//! of cooperation requests from the command line. Everything goes through
//! `palermo-store` with the same checks as the API; the command line acts
//! as the `--user` named (whoever holds the database file can do anything
//! with it: protect the file as the records it holds).

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, Context as _, Result};
use palermo_registry::stats::{self, Filter};
use palermo_registry::{
    AssessmentSnapshot, Direction, Kind, Principal, RequestDraft, RequestRecord,
};
use palermo_store::{Actor, ListFilter, Store, StoreError};

use crate::cli::SeriousCrimeLaw;
use crate::cli_registry::*;
use crate::input;
use crate::output::Output;

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

async fn open(db: &DbOption) -> Result<Store> {
    Ok(Store::open(&db.db).await?)
}

fn store_err(e: StoreError) -> anyhow::Error {
    anyhow!("{e}")
}

pub fn serve(a: ServeArgs) -> Result<ExitCode> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("PALERMO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if a.log_json {
        logs.json().init();
    } else {
        logs.init();
    }
    let data = Arc::new(input::load_data_strict(a.data.as_deref())?);
    let config = palermo_server::Config {
        body_limit: a.body_limit,
        timeout: std::time::Duration::from_secs(a.timeout),
        rate_limit: a.rate_limit,
        secure_cookies: !a.insecure_cookies,
        token_cache: std::time::Duration::from_secs(a.token_cache),
        ..Default::default()
    };
    runtime()?.block_on(async {
        let store = open(&a.db).await?;
        let listener = tokio::net::TcpListener::bind(a.addr)
            .await
            .with_context(|| format!("cannot listen on {}", a.addr))?;
        eprintln!(
            "palermo serve: listening on http://{} (registry: {}; API: /api/v1, document: /api/v1/openapi.json)",
            listener.local_addr()?,
            palermo_store::redact(&a.db.db)
        );
        palermo_server::serve_on(palermo_server::AppState::new(store, data, config), listener)
            .await
            .with_context(|| format!("serving on {}", a.addr))
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn admin(a: AdminArgs) -> Result<ExitCode> {
    runtime()?.block_on(async {
        let s = open(&a.db).await?;
        let mut out = std::io::stdout().lock();
        match a.command {
            AdminCommand::AddAuthority { state, name } => {
                let x = s
                    .create_authority(Actor::Local, &state, &name)
                    .await
                    .map_err(store_err)?;
                writeln!(out, "authority {}: {} ({})", x.id, x.name, x.state)?;
            }
            AdminCommand::Authorities => {
                for x in s.authorities(Actor::Local).await.map_err(store_err)? {
                    writeln!(out, "{}\t{}\t{}", x.id, x.state, x.name)?;
                }
            }
            AdminCommand::AddUser {
                name,
                authority,
                role,
                password_stdin,
            } => {
                let password = if password_stdin {
                    let mut line = String::new();
                    std::io::stdin().lock().read_line(&mut line)?;
                    Some(line.trim_end_matches(['\r', '\n']).to_owned())
                } else {
                    None
                };
                let u = s
                    .create_user(Actor::Local, authority, &name, role, password.as_deref())
                    .await
                    .map_err(store_err)?;
                writeln!(
                    out,
                    "user {}: {} ({} of authority {}{})",
                    u.id,
                    u.name,
                    u.role.as_str(),
                    u.authority_id,
                    if u.has_password {
                        ", can log in"
                    } else {
                        ", API tokens only"
                    }
                )?;
            }
            AdminCommand::AddToken {
                user,
                label,
                expires,
            } => {
                let (t, secret) = s
                    .create_token(Actor::Local, &user, &label, expires)
                    .await
                    .map_err(store_err)?;
                eprintln!("token {} for {} (shown once: keep it now)", t.id, t.user);
                writeln!(out, "{secret}")?;
            }
            AdminCommand::Tokens => {
                for t in s.tokens(Actor::Local).await.map_err(store_err)? {
                    let state = match (&t.revoked_at, &t.expires_at) {
                        (Some(r), _) => format!("revoked {r}"),
                        (None, Some(e)) => format!("expires {e}"),
                        (None, None) => "active".to_owned(),
                    };
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{state}",
                        t.id, t.user, t.label, t.created_at
                    )?;
                }
            }
            AdminCommand::RevokeToken { id } => {
                s.revoke_token(Actor::Local, id).await.map_err(store_err)?;
                writeln!(out, "token {id} revoked")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

async fn principal(s: &Store, u: &UserOption) -> Result<Principal> {
    let name = u.user.as_deref().ok_or_else(|| {
        anyhow!("say which registry user you act as: --user NAME (or PALERMO_USER)")
    })?;
    s.principal_by_name(name).await.map_err(store_err)
}

fn read_draft(path: &Path) -> Result<RequestDraft> {
    let text = input::read_text(path)?;
    let de = &mut serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.inner();
        anyhow!(
            "{}:{}:{}: `{}`: {inner}",
            path.display(),
            inner.line(),
            inner.column(),
            e.path()
        )
    })
}

/// Assesses `case` and keeps the result as the record's snapshot.
/// The snapshot must be about the request it supports: the same kind and
/// the same two States.
fn snapshot(
    case: &Path,
    as_of: Option<jiff::civil::Date>,
    d: &RequestDraft,
) -> Result<AssessmentSnapshot> {
    let data = input::load_data_strict(None)?;
    let options = palermo_rules::Options {
        serious_crime_law: SeriousCrimeLaw::Requesting.engine(),
    };
    let today = input::today();
    let a = crate::cmd_assess::assess_file(case, &data, as_of, today, options)
        .map_err(|u| anyhow!("{}", u.0.join("\n")))?;
    let r = &a.file.case.request;
    let mut differ = Vec::new();
    if r.kind != Some(d.kind.0) {
        differ.push(format!(
            "kind: the case says `{}`, the request `{}`",
            r.kind.map_or("nothing", |k| k.as_str()),
            d.kind.as_str()
        ));
    }
    for (what, in_case, in_request) in [
        ("requesting_state", r.requesting_state, &d.requesting_state),
        ("requested_state", r.requested_state, &d.requested_state),
    ] {
        if in_case.map(|c| c.to_string()).as_deref() != Some(in_request.as_str()) {
            differ.push(format!(
                "{what}: the case says `{}`, the request `{in_request}`",
                in_case.map_or("nothing".to_owned(), |c| c.to_string())
            ));
        }
    }
    if !differ.is_empty() {
        anyhow::bail!(
            "{}: the case is not about this request:\n  {}",
            case.display(),
            differ.join("\n  ")
        );
    }
    let (_, text, syntax) = input::read_case_text(case)?;
    let names = palermo_render::case_names(&a.file.case);
    let view = palermo_render::View::new(
        &a.assessment,
        &a.file.case,
        &data,
        options,
        palermo_i18n::Lang::En,
        &names,
        false,
        format!(
            "palermo assess {} --as-of {}",
            case.display(),
            a.assessment.as_of
        ),
    );
    let result = serde_json::to_value(palermo_render::json::assessment(&view, &data))?;
    Ok(AssessmentSnapshot {
        engine_version: env!("CARGO_PKG_VERSION").to_owned(),
        data_snapshot: data.snapshot_id().to_owned(),
        as_of: a.assessment.as_of,
        serious_crime_law: "requesting".to_owned(),
        outcome: a.assessment.answer().outcome.as_str().to_owned(),
        case: text,
        case_syntax: match syntax {
            palermo_case::Syntax::Toml => "toml",
            palermo_case::Syntax::Json => "json",
        }
        .to_owned(),
        result,
    })
}

fn show_record(out: &mut dyn Write, r: &RequestRecord) -> std::io::Result<()> {
    let q = &r.request;
    writeln!(
        out,
        "record {} (version {}){}",
        r.id,
        r.version,
        r.reference_suffix()
    )?;
    writeln!(
        out,
        "  {} {} request: {} → {}",
        q.direction.as_str(),
        q.kind.as_str(),
        q.requesting_state,
        q.requested_state
    )?;
    for b in &q.legal_bases {
        writeln!(
            out,
            "  legal basis: {}{}",
            b.basis.as_str(),
            b.reference
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        )?;
    }
    if !q.crime_types.is_empty() {
        writeln!(out, "  crime types: {}", q.crime_types.join(", "))?;
    }
    for e in &q.timeline {
        writeln!(
            out,
            "  {}  {}{}",
            e.date,
            e.status.as_str(),
            e.note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        )?;
    }
    for g in &q.refusal_grounds {
        writeln!(
            out,
            "  refusal ground: {} ({}, {})",
            g.code(),
            g.provision().map(|p| p.to_string()).unwrap_or_default(),
            g.standing().as_str()
        )?;
    }
    if let Some(a) = &q.assessment {
        writeln!(
            out,
            "  assessment: {} as of {} (engine {}, data {})",
            a.outcome, a.as_of, a.engine_version, a.data_snapshot
        )?;
    }
    if let Some(ap) = &r.approved {
        writeln!(out, "  approved by {} at {}", ap.by, ap.at)?;
    }
    if let Some(n) = &q.notes {
        writeln!(out, "  notes: {n}")?;
    }
    Ok(())
}

trait ReferenceSuffix {
    fn reference_suffix(&self) -> String;
}

impl ReferenceSuffix for RequestRecord {
    fn reference_suffix(&self) -> String {
        self.request
            .reference
            .as_deref()
            .map(|r| format!(", reference {r}"))
            .unwrap_or_default()
    }
}

pub fn registry(a: RegistryArgs) -> Result<ExitCode> {
    runtime()?.block_on(async {
        let s = open(&a.db).await?;
        let who = principal(&s, &a.user).await?;
        let data = RefDataIds::load()?;
        let crimes = data.ids();
        let mut out = std::io::stdout().lock();
        match a.command {
            RegistryCommand::Add { file, case, as_of } => {
                let mut d = read_draft(&file)?;
                if let Some(c) = case {
                    d.assessment = Some(snapshot(&c, as_of, &d)?);
                }
                let r = s
                    .create_record(&who, d, Some(&crimes))
                    .await
                    .map_err(store_err)?;
                writeln!(out, "record {} created (version 1)", r.id)?;
            }
            RegistryCommand::List {
                direction,
                kind,
                status,
                counterpart,
                limit,
                format,
            } => {
                let f = ListFilter {
                    direction,
                    kind,
                    status,
                    counterpart,
                    limit: Some(limit),
                    ..Default::default()
                };
                let rows = s.list_records(&who, &f).await.map_err(store_err)?;
                match format {
                    RecordFormat::Json => {
                        writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?
                    }
                    RecordFormat::Text => {
                        for r in rows {
                            writeln!(
                                out,
                                "{:>6}  {:<8}  {:<31}  {} → {}  {:<10}  {:<15}  {}",
                                r.id,
                                r.direction,
                                r.kind,
                                r.requesting_state,
                                r.requested_state,
                                r.start_date.as_deref().unwrap_or("-"),
                                r.status.as_deref().unwrap_or("-"),
                                r.reference.as_deref().unwrap_or("")
                            )?;
                        }
                    }
                }
            }
            RegistryCommand::Show { id, format } => {
                let r = s.get_record(&who, id).await.map_err(store_err)?;
                match format {
                    RecordFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&r)?)?,
                    RecordFormat::Text => show_record(&mut out, &r)?,
                }
            }
            RegistryCommand::Update { id, file, version } => {
                let d = read_draft(&file)?;
                let r = s
                    .update_record(&who, id, version, d, Some(&crimes))
                    .await
                    .map_err(store_err)?;
                writeln!(out, "record {} updated (version {})", r.id, r.version)?;
            }
            RegistryCommand::Approve { id, version } => {
                let r = s
                    .approve_record(&who, id, version)
                    .await
                    .map_err(store_err)?;
                writeln!(out, "record {} approved at version {}", r.id, r.version)?;
            }
            RegistryCommand::Export { format, output } => {
                let recs = s.export_records(&who).await.map_err(store_err)?;
                drop(out);
                let mut o = Output::open(output.as_deref())?;
                match format {
                    ExportFormat::Json => writeln!(o, "{}", serde_json::to_string_pretty(&recs)?)?,
                    ExportFormat::Csv => o.write_all(
                        palermo_registry::import::export(recs.iter().map(|r| &r.request))
                            .as_bytes(),
                    )?,
                }
                o.finish()?;
                return Ok(ExitCode::SUCCESS);
            }
            RegistryCommand::Import { file, dry_run } => {
                let text = input::read_text(&file)?;
                let cx = palermo_registry::Context {
                    authority_state: Some(&who.state),
                    crime_types: Some(&crimes),
                    today: input::today(),
                };
                let rows = match palermo_registry::import::parse(&text, &cx) {
                    Ok(rows) => rows,
                    Err(errs) => {
                        let mut err = std::io::stderr().lock();
                        for e in &errs {
                            writeln!(err, "error: {}: {e}", file.display())?;
                        }
                        writeln!(err, "{} problem(s); nothing was imported", errs.len())?;
                        return Ok(ExitCode::from(2));
                    }
                };
                if dry_run {
                    writeln!(
                        out,
                        "{} rows are valid; nothing written (--dry-run)",
                        rows.len()
                    )?;
                } else {
                    let n = rows.len();
                    let ids = s
                        .import_records(
                            &who,
                            rows.into_iter().map(|r| r.draft).collect(),
                            Some(&crimes),
                        )
                        .await
                        .map_err(store_err)?;
                    writeln!(
                        out,
                        "{n} records imported: {}",
                        match (ids.first(), ids.last()) {
                            (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                            (Some(a), _) => a.to_string(),
                            _ => "none".to_owned(),
                        }
                    )?;
                }
            }
            RegistryCommand::History { id } => {
                for e in s.record_audit(&who, id).await.map_err(store_err)? {
                    writeln!(
                        out,
                        "{:>6}  {}  {:<16}  {:<14}  {}",
                        e.seq, e.at, e.actor, e.action, e.detail
                    )?;
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The crime catalogue's ids, to check records against.
struct RefDataIds(palermo_rules::RefData);

impl RefDataIds {
    fn load() -> Result<RefDataIds> {
        Ok(RefDataIds(input::load_data_strict(None)?))
    }

    fn ids(&self) -> Vec<&str> {
        self.0.crimes().iter().map(|c| c.id.as_str()).collect()
    }
}

pub fn stats(a: StatsArgs) -> Result<ExitCode> {
    let filter = Filter {
        from: a.from,
        to: a.to,
        direction: a
            .direction
            .as_deref()
            .map(|d| {
                Direction::parse(d)
                    .ok_or_else(|| anyhow!("--direction `{d}`: expected outgoing or incoming"))
            })
            .transpose()?,
        kind: a
            .kind
            .as_deref()
            .map(|k| {
                Kind::parse(k).ok_or_else(|| anyhow!("--kind `{k}` is not a kind of cooperation"))
            })
            .transpose()?,
        crime_type: a.crime_type.clone(),
        counterpart: a.counterpart.clone(),
    };
    let drafts = runtime()?.block_on(async {
        let s = open(&a.db).await?;
        let who = principal(&s, &a.user).await?;
        s.drafts_for_statistics(&who).await.map_err(store_err)
    })?;
    let mut st = stats::compute(drafts.iter(), &filter);
    if let Some(k) = a.min_cell {
        st = stats::anonymise(&st, k);
    }
    let mut o = Output::open(a.output.as_deref())?;
    match a.format {
        StatsFormat::Json => writeln!(o, "{}", serde_json::to_string_pretty(&st)?)?,
        StatsFormat::Csv => o.write_all(stats::to_csv(&st).as_bytes())?,
        StatsFormat::Svg => o.write_all(palermo_registry::chart::statistics_svg(&st).as_bytes())?,
        StatsFormat::Text => {
            writeln!(
                o,
                "{} requests, {} relying on the Convention as a legal basis",
                st.requests, st.convention_basis
            )?;
            for (title, rows) in [
                ("by year", &st.by_year),
                ("by kind", &st.by_kind),
                ("by crime type", &st.by_crime_type),
                ("by counterpart State", &st.by_counterpart),
                ("by outcome", &st.by_outcome),
            ] {
                writeln!(o, "\n{title}:")?;
                for r in rows.iter() {
                    writeln!(
                        o,
                        "  {:<32} {:>6} requests, {:>6} on the Convention",
                        r.key,
                        r.requests.to_string(),
                        r.convention_basis.to_string()
                    )?;
                }
            }
            if let Some(d) = &st.days_to_execution.all {
                writeln!(
                    o,
                    "\ndays to execution: median {}, 90th percentile {} (over {} requests)",
                    d.median
                        .map(|x| x.to_string())
                        .unwrap_or_else(|| "-".into()),
                    d.p90.map(|x| x.to_string()).unwrap_or_else(|| "-".into()),
                    d.count
                )?;
            }
            writeln!(
                o,
                "\nrefused: {} ({} without a recorded ground, {} citing a ground the Convention rules out)",
                st.refused, st.refused_without_ground, st.refused_on_ruled_out_ground
            )?;
            for g in &st.refusal_grounds {
                writeln!(
                    o,
                    "  {:<36} {:>6}  {} ({})",
                    g.code.code(),
                    g.requests.to_string(),
                    g.provision.as_deref().unwrap_or("-"),
                    g.standing.as_str()
                )?;
            }
        }
    }
    o.finish()?;
    Ok(ExitCode::SUCCESS)
}

pub fn audit(a: AuditArgs) -> Result<ExitCode> {
    let AuditCommand::Verify { format } = a.command;
    let report = runtime()?.block_on(async {
        let s = open(&a.db).await?;
        s.verify_audit().await.map_err(store_err)
    })?;
    let mut out = std::io::stdout().lock();
    match format {
        RecordFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        RecordFormat::Text => {
            match &report.broken {
                None => writeln!(
                    out,
                    "audit chain: {} entries verified, head {}",
                    report.entries, report.head
                )?,
                Some(b) => writeln!(
                    out,
                    "audit chain BROKEN at entry {}: {} ({} entries verified before it)",
                    b.seq, b.reason, report.entries
                )?,
            }
            for id in &report.altered_records {
                writeln!(out, "record {id} was changed outside the registry: its content does not match its last audited write")?;
            }
            for id in &report.missing_records {
                writeln!(out, "record {id} was deleted outside the registry: the audit trail created it, the database no longer holds it")?;
            }
        }
    }
    Ok(if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
