//! The stateless endpoints: assess a case, the crime catalogue, the data
//! snapshot, the explanation of a provision or finding, a coverage matrix.
//! They read no registry content.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use palermo_case::{read_case, Syntax};
use palermo_i18n::{Lang, Render};
use palermo_rules::catalogue;
use palermo_rules::facts::{RequestKind, SeriousCrimeLaw};
use palermo_rules::{assess, Options, StateCode};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use utoipa::{IntoParams, ToSchema};

use crate::auth::Auth;
use crate::error::{ApiError, FieldProblem};
use crate::AppState;

/// How to assess.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AssessParams {
    /// Language of the explanation: ar, en, es, fr, ru, zh (default en).
    pub lang: Option<String>,
    /// The date to apply the law at (default: the case's `as_of`, else today).
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<String>,
    /// Whose law decides "serious crime" (art. 2(b)): requesting (default),
    /// requested, both, either.
    pub serious_crime_law: Option<String>,
    /// Show every finding, art. 35 and third-State detail included.
    pub all: Option<bool>,
}

pub(crate) fn lang(s: Option<&str>) -> Result<Lang, ApiError> {
    match s {
        None => Ok(Lang::En),
        Some(l) => Lang::parse(l).ok_or_else(|| {
            ApiError::bad_request(format!(
                "`{l}` is not one of the six UN languages: ar, en, es, fr, ru, zh"
            ))
            .field("lang")
        }),
    }
}

pub(crate) fn date(s: Option<&str>, field: &str) -> Result<Option<Date>, ApiError> {
    s.map(|d| {
        d.parse::<Date>().map_err(|_| {
            ApiError::bad_request(format!("`{d}` is not a date: expected YYYY-MM-DD")).field(field)
        })
    })
    .transpose()
}

pub(crate) fn serious(s: Option<&str>) -> Result<SeriousCrimeLaw, ApiError> {
    Ok(match s {
        None | Some("requesting") => SeriousCrimeLaw::Requesting,
        Some("requested") => SeriousCrimeLaw::Requested,
        Some("both") => SeriousCrimeLaw::Both,
        Some("either") => SeriousCrimeLaw::Either,
        Some(o) => {
            return Err(ApiError::bad_request(format!(
                "`{o}`: expected requesting, requested, both or either"
            ))
            .field("serious_crime_law"))
        }
    })
}

/// Reads the case sent in a request body: JSON or TOML by content type;
/// a case that cannot be read is a 422 listing every problem with its line
/// and field.
pub(crate) fn read_body_case(
    headers: &HeaderMap,
    body: &[u8],
    data: &palermo_refdata::RefData,
) -> Result<palermo_case::CaseFile, ApiError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let syntax = if ctype.starts_with("application/json") {
        Syntax::Json
    } else if ctype.starts_with("application/toml") || ctype.starts_with("text/plain") {
        Syntax::Toml
    } else {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the case as `application/json` or `application/toml`",
        ));
    };
    let text = std::str::from_utf8(body)
        .map_err(|_| ApiError::bad_request("the case is not UTF-8 text"))?;
    read_case("request body", text, syntax, data).map_err(|diags| {
        let mut e = ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_case",
            format!("the case could not be read ({} problem(s))", diags.len()),
        );
        e.detail.field = diags
            .first()
            .and_then(|d| d.field_name().map(str::to_owned));
        e.detail.problems = diags
            .iter()
            .map(|d| FieldProblem {
                field: d
                    .field_name()
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("line {}", d.line)),
                message: format!("line {}: {}", d.line, d.message),
            })
            .collect();
        e
    })
}

/// Reads the case in a request body and assesses it at `as_of`, else the
/// case's date, else today: 422 with every problem when it cannot.
pub(crate) fn assess_body_case(
    headers: &HeaderMap,
    body: &[u8],
    data: &palermo_refdata::RefData,
    as_of: Option<Date>,
    options: Options,
) -> Result<(palermo_case::CaseFile, palermo_rules::Assessment), ApiError> {
    let file = read_body_case(headers, body, data)?;
    let at = as_of
        .or(file.case.as_of)
        .unwrap_or_else(|| jiff::Zoned::now().date());
    let a = assess(&file.case, data, at, options).map_err(|e| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_case",
            format!("cannot assess: {e}"),
        )
    })?;
    Ok((file, a))
}

/// The assessment of a case, in the same JSON `palermo assess --format json`
/// writes.
#[utoipa::path(
    post, path = "/api/v1/assess", tag = "engine",
    params(AssessParams),
    request_body(content = Object, description = "A case file (see docs/case-format.md), as JSON (`application/json`) or TOML (`application/toml`).", content_type = "application/json"),
    responses(
        (status = 200, description = "The assessment", body = Object),
        (status = 422, description = "The case could not be read: every problem with its line and field", body = crate::error::ErrorBody),
    ),
    security(("bearer" = []), ("session" = []))
)]
pub async fn assess_case(
    State(st): State<AppState>,
    Auth(_who): Auth,
    Query(p): Query<AssessParams>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let lang = lang(p.lang.as_deref())?;
    let as_of = date(p.as_of.as_deref(), "as_of")?;
    let options = Options {
        serious_crime_law: serious(p.serious_crime_law.as_deref())?,
    };
    let data = &*st.data;
    let json = tokio::task::block_in_place(|| -> Result<Vec<u8>, ApiError> {
        let (file, a) = assess_body_case(&headers, &body, data, as_of, options)?;
        let at = a.as_of;
        let names = palermo_render::case_names(&file.case);
        let view = palermo_render::View::new(
            &a,
            &file.case,
            data,
            options,
            lang,
            &names,
            p.all.unwrap_or(false),
            format!("palermo assess CASE --as-of {at}"),
        );
        let v = palermo_render::json::assessment(&view, data);
        // Sized for a typical answer (~22 KB), so it is not grown step by step.
        let mut out = Vec::with_capacity(32 * 1024);
        serde_json::to_writer(&mut out, &v).map_err(|e| ApiError::bad_request(e.to_string()))?;
        Ok(out)
    })?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

/// The crime catalogue.
#[utoipa::path(get, path = "/api/v1/crimes", tag = "engine",
    responses((status = 200, description = "Every crime type", body = Object)),
    security(("bearer" = []), ("session" = [])))]
pub async fn crimes(State(st): State<AppState>, Auth(_): Auth) -> axum::Json<Value> {
    let data = &*st.data;
    axum::Json(Value::Array(
        data.crimes()
            .iter()
            .map(|c| palermo_render::crimes::to_json(c, data))
            .collect(),
    ))
}

/// One crime type.
#[utoipa::path(get, path = "/api/v1/crimes/{id}", tag = "engine",
    params(("id" = String, Path, description = "Crime type id, e.g. wildlife_trafficking")),
    responses((status = 200, body = Object), (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn crime(
    State(st): State<AppState>,
    Auth(_): Auth,
    Path(id): Path<String>,
) -> Result<axum::Json<Value>, ApiError> {
    let data = &*st.data;
    data.crimes()
        .iter()
        .find(|c| c.id == id)
        .map(|c| axum::Json(palermo_render::crimes::to_json(c, data)))
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                format!("no crime type `{id}`"),
            )
        })
}

/// What the data snapshot is.
#[derive(Serialize, ToSchema)]
pub struct DataSummary {
    /// The snapshot id (SHA-256 of the data files).
    pub snapshot: String,
    /// States in the data.
    pub states: usize,
    /// Crime types in the catalogue.
    pub crime_types: usize,
    /// The engine's version.
    pub engine_version: &'static str,
}

/// The reference data the server assesses with.
#[utoipa::path(get, path = "/api/v1/data", tag = "engine",
    responses((status = 200, body = DataSummary)),
    security(("bearer" = []), ("session" = [])))]
pub async fn data(State(st): State<AppState>, Auth(_): Auth) -> axum::Json<DataSummary> {
    axum::Json(DataSummary {
        snapshot: st.data.snapshot_id().to_owned(),
        states: st.data.states().len(),
        crime_types: st.data.crimes().len(),
        engine_version: env!("CARGO_PKG_VERSION"),
    })
}

/// Language of an explanation.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LangParam {
    /// ar, en, es, fr, ru, zh (default en).
    pub lang: Option<String>,
}

/// The findings the engine can give for a provision or finding id
/// (`art16`, `art16.5`, `art16.5.a.treaty_required`, `UNTOC art. 16(5)`).
#[utoipa::path(get, path = "/api/v1/explain/{what}", tag = "engine",
    params(("what" = String, Path, description = "A finding id, id prefix or provision"), LangParam),
    responses((status = 200, body = Object), (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn explain(
    Auth(_): Auth,
    Path(what): Path<String>,
    Query(q): Query<LangParam>,
) -> Result<axum::Json<Value>, ApiError> {
    let r = Render::new(lang(q.lang.as_deref())?);
    let what = what.trim();
    let prefix = match what.parse::<palermo_cite::Provision>() {
        Ok(p) if !what.contains('.') || what.contains(' ') => {
            let id = p.to_string();
            // `UNTOC art. 16(5)` → `art16.5`: the finding ids' own spelling.
            id.trim_start_matches("UNTOC ")
                .replace("art. ", "art")
                .replace(")(", ".")
                .replace(['(', ')'], ".")
                .trim_end_matches('.')
                .to_owned()
        }
        _ => what.to_owned(),
    };
    let findings: Vec<Value> = catalogue::all()
        .filter(|s| s.id == prefix || s.id.starts_with(&format!("{prefix}.")))
        .map(|s| {
            json!({
                "id": s.id,
                "citation": s.citation.to_string(),
                "description": r.msg(&s.describe()),
            })
        })
        .collect();
    let not_encoded: Vec<Value> = catalogue::not_encoded()
        .filter(|n| {
            let c = n.0.to_string();
            what.parse::<palermo_cite::Provision>()
                .is_ok_and(|p| c == p.to_string() || c.starts_with(&format!("{p}(")))
        })
        .map(|n| json!({ "provision": n.0.to_string(), "why": r.t(n.1) }))
        .collect();
    if findings.is_empty() && not_encoded.is_empty() {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!(
                "no finding or provision `{what}` (try `art16`, `art18.21` or `UNTOC art. 16(5)`)"
            ),
        ));
    }
    Ok(axum::Json(json!({
        "what": what,
        "lang": r.lang().code(),
        "findings": findings,
        "not_encoded": not_encoded,
    })))
}

/// Which matrix.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MatrixParams {
    /// A crime type id.
    pub crime: String,
    /// A kind of cooperation (e.g. extradition).
    pub kind: String,
    /// The date (default today).
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<String>,
    /// Only pairs with this requesting State.
    pub requesting: Option<String>,
    /// Only pairs with this requested State.
    pub requested: Option<String>,
}

/// Whether the Convention is a legal basis for `kind` for every pair of
/// States (or those asked), with the finding that decides each cell.
#[utoipa::path(get, path = "/api/v1/matrix", tag = "engine", params(MatrixParams),
    responses((status = 200, body = Object), (status = 400, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn matrix(
    State(st): State<AppState>,
    Auth(_): Auth,
    Query(q): Query<MatrixParams>,
) -> Result<axum::Json<Value>, ApiError> {
    let data = &*st.data;
    let kind = RequestKind::ALL
        .into_iter()
        .find(|k| k.as_str() == q.kind)
        .ok_or_else(|| {
            ApiError::bad_request(format!(
                "`{}` is not a kind: expected one of {}",
                q.kind,
                RequestKind::ALL.map(|k| k.as_str()).join(", ")
            ))
            .field("kind")
        })?;
    if !data.crimes().iter().any(|c| c.id == q.crime) {
        return Err(ApiError::bad_request(format!("no crime type `{}`", q.crime)).field("crime"));
    }
    let pick = |s: &Option<String>, f: &str| -> Result<Option<StateCode>, ApiError> {
        s.as_deref()
            .map(|c| {
                c.parse::<StateCode>()
                    .map_err(|e| ApiError::bad_request(e.to_string()).field(f))
            })
            .transpose()
    };
    let (ra, rb) = (
        pick(&q.requesting, "requesting")?,
        pick(&q.requested, "requested")?,
    );
    let as_of = date(q.as_of.as_deref(), "as_of")?.unwrap_or_else(|| jiff::Zoned::now().date());
    let states = data.states();
    let crimes = vec![q.crime.clone()];
    let cells = tokio::task::block_in_place(|| {
        let t = palermo_rules::batch::Tables::build(data, as_of, &states, &crimes);
        let mut cells = Vec::new();
        for (a, sa) in t.states().iter().enumerate() {
            if ra.is_some_and(|r| r != *sa) {
                continue;
            }
            for (b, sb) in t.states().iter().enumerate() {
                if a == b || rb.is_some_and(|r| r != *sb) {
                    continue;
                }
                let c = t.cell(kind, &q.crime, a, b);
                cells.push(json!({
                    "requesting": sa.to_string(),
                    "requested": sb.to_string(),
                    "outcome": c.outcome.as_str(),
                    "strength": c.strength.map(|s| s.as_str()),
                    "deciding": c.deciding.id(*sa, *sb).to_string(),
                }));
            }
        }
        cells
    });
    Ok(axum::Json(json!({
        "crime": q.crime,
        "kind": kind.as_str(),
        "as_of": as_of.to_string(),
        "data_snapshot": data.snapshot_id(),
        "cells": cells,
    })))
}
