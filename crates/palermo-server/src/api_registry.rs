//! The registry endpoints: records (create, list, read, update, approve,
//! their audit trail, export, import), statistics and the audit check.
//! Every handler goes through the store, which checks the principal: a
//! record of another authority is a 404 with the same body as a record
//! that does not exist.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use palermo_registry::audit::AuditEntry;
use palermo_registry::stats::{self, Filter, Statistics};
use palermo_registry::{
    check, Access, Action, Direction, Kind, RecordId, RequestDraft, RequestRecord,
};
use palermo_store::{AuditReport, ListFilter, RecordSummary};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::Auth;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::AppState;

/// Records a request for the caller's authority.
#[utoipa::path(post, path = "/api/v1/records", tag = "registry",
    request_body = RequestDraft,
    responses((status = 201, body = RequestRecord), (status = 422, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create(
    State(st): State<AppState>,
    Auth(who): Auth,
    JsonBody(d): JsonBody<RequestDraft>,
) -> Result<(StatusCode, axum::Json<RequestRecord>), ApiError> {
    let crimes = st.crime_ids();
    let rec = st.store.create_record(&who, d, Some(&crimes)).await?;
    Ok((StatusCode::CREATED, axum::Json(rec)))
}

/// The caller's authority's records, newest first (summaries).
#[utoipa::path(get, path = "/api/v1/records", tag = "registry", params(ListFilter),
    responses((status = 200, body = Vec<RecordSummary>)),
    security(("bearer" = []), ("session" = [])))]
pub async fn list(
    State(st): State<AppState>,
    Auth(who): Auth,
    Query(f): Query<ListFilter>,
) -> Result<axum::Json<Vec<RecordSummary>>, ApiError> {
    Ok(axum::Json(st.store.list_records(&who, &f).await?))
}

/// One record, in full. The read is audited.
#[utoipa::path(get, path = "/api/v1/records/{id}", tag = "registry",
    params(("id" = i64, Path)),
    responses((status = 200, body = RequestRecord), (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn get(
    State(st): State<AppState>,
    Auth(who): Auth,
    Path(id): Path<RecordId>,
) -> Result<axum::Json<RequestRecord>, ApiError> {
    Ok(axum::Json(st.store.get_record(&who, id).await?))
}

/// A change: the whole request, and the version it is based on.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Update {
    /// The version read (the change is refused if the record moved on).
    pub version: i64,
    /// The request as it should now be.
    pub request: RequestDraft,
}

/// Replaces a record's request (withdraws any approval).
#[utoipa::path(put, path = "/api/v1/records/{id}", tag = "registry",
    params(("id" = i64, Path)), request_body = Update,
    responses((status = 200, body = RequestRecord), (status = 404, body = crate::error::ErrorBody),
        (status = 409, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn update(
    State(st): State<AppState>,
    Auth(who): Auth,
    Path(id): Path<RecordId>,
    JsonBody(u): JsonBody<Update>,
) -> Result<axum::Json<RequestRecord>, ApiError> {
    let crimes = st.crime_ids();
    Ok(axum::Json(
        st.store
            .update_record(&who, id, u.version, u.request, Some(&crimes))
            .await?,
    ))
}

/// The version to approve.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Approve {
    /// The version read.
    pub version: i64,
}

/// A supervisor approves a record.
#[utoipa::path(post, path = "/api/v1/records/{id}/approve", tag = "registry",
    params(("id" = i64, Path)), request_body = Approve,
    responses((status = 200, body = RequestRecord), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn approve(
    State(st): State<AppState>,
    Auth(who): Auth,
    Path(id): Path<RecordId>,
    JsonBody(a): JsonBody<Approve>,
) -> Result<axum::Json<RequestRecord>, ApiError> {
    Ok(axum::Json(
        st.store.approve_record(&who, id, a.version).await?,
    ))
}

/// The audit trail of one record.
#[utoipa::path(get, path = "/api/v1/records/{id}/audit", tag = "registry",
    params(("id" = i64, Path)),
    responses((status = 200, body = Vec<AuditEntry>), (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn audit(
    State(st): State<AppState>,
    Auth(who): Auth,
    Path(id): Path<RecordId>,
) -> Result<axum::Json<Vec<AuditEntry>>, ApiError> {
    Ok(axum::Json(st.store.record_audit(&who, id).await?))
}

/// Export format.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `json` (everything, default) or `csv` (the spreadsheet columns).
    pub format: Option<String>,
}

/// Every record of the caller's authority (audited).
#[utoipa::path(get, path = "/api/v1/records/export", tag = "registry", params(ExportParams),
    responses((status = 200, body = Vec<RequestRecord>)),
    security(("bearer" = []), ("session" = [])))]
pub async fn export(
    State(st): State<AppState>,
    Auth(who): Auth,
    Query(p): Query<ExportParams>,
) -> Result<Response, ApiError> {
    let recs = st.store.export_records(&who).await?;
    match p.format.as_deref() {
        None | Some("json") => Ok(axum::Json(recs).into_response()),
        Some("csv") => Ok((
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
            palermo_registry::import::export(recs.iter().map(|r| &r.request)),
        )
            .into_response()),
        Some(o) => {
            Err(ApiError::bad_request(format!("`{o}`: expected json or csv")).field("format"))
        }
    }
}

/// Import options.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// Check every row and write nothing.
    pub dry_run: Option<bool>,
}

/// What an import did.
#[derive(Debug, Serialize, ToSchema)]
pub struct Imported {
    /// Rows read.
    pub rows: usize,
    /// The new records' numbers (empty for a dry run).
    pub ids: Vec<RecordId>,
    /// Whether this was a dry run.
    pub dry_run: bool,
}

/// Imports a central authority's spreadsheet (CSV, documented columns):
/// every row is checked; nothing is written unless all are valid.
#[utoipa::path(post, path = "/api/v1/records/import", tag = "registry", params(ImportParams),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = Imported), (status = 422, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn import(
    State(st): State<AppState>,
    Auth(who): Auth,
    Query(p): Query<ImportParams>,
    body: Bytes,
) -> Result<axum::Json<Imported>, ApiError> {
    if check(&who, Action::CreateRecord) != Access::Allowed {
        return Err(palermo_store::StoreError::Forbidden.into());
    }
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::bad_request("the CSV is not UTF-8 text: export it as CSV UTF-8"))?;
    let crimes = st.crime_ids();
    let cx = palermo_registry::Context {
        authority_state: Some(&who.state),
        crime_types: Some(&crimes),
        today: jiff::Zoned::now().date(),
    };
    let rows = palermo_registry::import::parse(text, &cx).map_err(|errs| {
        let mut e = ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            format!("{} problem(s); nothing was imported", errs.len()),
        );
        e.detail.problems = errs
            .iter()
            .map(|x| crate::error::FieldProblem {
                field: match &x.column {
                    Some(c) => format!("line {}, column {c}", x.line),
                    None => format!("line {}", x.line),
                },
                message: x.message.clone(),
            })
            .collect();
        e
    })?;
    let n = rows.len();
    if p.dry_run.unwrap_or(false) {
        return Ok(axum::Json(Imported {
            rows: n,
            ids: Vec::new(),
            dry_run: true,
        }));
    }
    let ids = st
        .store
        .import_records(
            &who,
            rows.into_iter().map(|r| r.draft).collect(),
            Some(&crimes),
        )
        .await?;
    Ok(axum::Json(Imported {
        rows: n,
        ids,
        dry_run: false,
    }))
}

/// Which statistics.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// Started on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// Started on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// outgoing or incoming.
    pub direction: Option<String>,
    /// A kind of cooperation.
    pub kind: Option<String>,
    /// A crime type id.
    pub crime_type: Option<String>,
    /// The other State.
    pub counterpart: Option<String>,
    /// json (default), csv or svg.
    pub format: Option<String>,
    /// Suppress counts below this (anonymised export for a national or
    /// Conference of the Parties return).
    pub min_cell: Option<u64>,
}

/// How the authority uses the Convention as a legal basis: by year, kind,
/// crime type, counterpart and outcome; days to execution; refusal grounds.
/// Aggregates only: analysts may read them.
#[utoipa::path(get, path = "/api/v1/statistics", tag = "registry", params(StatsParams),
    responses((status = 200, body = Statistics)),
    security(("bearer" = []), ("session" = [])))]
pub async fn statistics(
    State(st): State<AppState>,
    Auth(who): Auth,
    Query(p): Query<StatsParams>,
) -> Result<Response, ApiError> {
    let filter = Filter {
        from: crate::api_engine::date(p.from.as_deref(), "from")?,
        to: crate::api_engine::date(p.to.as_deref(), "to")?,
        direction: p
            .direction
            .as_deref()
            .map(|d| {
                Direction::parse(d).ok_or_else(|| {
                    ApiError::bad_request(format!("`{d}`: expected outgoing or incoming"))
                        .field("direction")
                })
            })
            .transpose()?,
        kind: p
            .kind
            .as_deref()
            .map(|k| {
                Kind::parse(k).ok_or_else(|| {
                    ApiError::bad_request(format!("`{k}` is not a kind of cooperation"))
                        .field("kind")
                })
            })
            .transpose()?,
        crime_type: p.crime_type.clone(),
        counterpart: p.counterpart.clone(),
    };
    let drafts = st.store.drafts_for_statistics(&who).await?;
    let mut s = stats::compute(drafts.iter(), &filter);
    if let Some(k) = p.min_cell {
        s = stats::anonymise(&s, k);
    }
    match p.format.as_deref() {
        None | Some("json") => Ok(axum::Json(s).into_response()),
        Some("csv") => Ok((
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
            stats::to_csv(&s),
        )
            .into_response()),
        Some("svg") => Ok((
            [(header::CONTENT_TYPE, "image/svg+xml")],
            palermo_registry::chart::statistics_svg(&s),
        )
            .into_response()),
        Some(o) => {
            Err(ApiError::bad_request(format!("`{o}`: expected json, csv or svg")).field("format"))
        }
    }
}

/// Checks the whole audit chain and every record against it (supervisors
/// and administrators; no content is returned).
#[utoipa::path(get, path = "/api/v1/audit/verify", tag = "registry",
    responses((status = 200, body = AuditReport), (status = 403, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn verify(
    State(st): State<AppState>,
    Auth(who): Auth,
) -> Result<axum::Json<AuditReport>, ApiError> {
    if check(&who, Action::VerifyAudit) != Access::Allowed {
        return Err(palermo_store::StoreError::Forbidden.into());
    }
    Ok(axum::Json(st.store.verify_audit().await?))
}
