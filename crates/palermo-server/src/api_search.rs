//! `GET /api/v1/search`: full-text search over the provisions, the crime
//! catalogue and its mandates, the penalties, the notifications and the
//! competent authorities, with counts per kind, State and article. The index
//! (`palermo-search`) is built once, on the first search, and shared.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use palermo_refdata::StateCode;
use palermo_search::Kind;
use serde::Deserialize;
use serde_json::{json, Value};
use utoipa::IntoParams;

use crate::auth::Auth;
use crate::error::ApiError;
use crate::AppState;

/// What to look for.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words (each must match; English stems match), "a phrase", -excluded,
    /// prefix*. May be empty when a filter is given.
    pub q: Option<String>,
    /// Only hits about this State (ISO 3166-1 alpha-3).
    pub state: Option<String>,
    /// Only hits about this article: `16`, `18(13)`, or a Protocol's (`SOM 8`).
    pub article: Option<String>,
    /// Only hits about this crime type (catalogue id).
    pub crime_type: Option<String>,
    /// Only hits of this kind: provision, crime, penalty, notification, authority.
    pub kind: Option<String>,
    /// How many hits (default 20, at most 1000); the counts cover every hit.
    #[param(value_type = Option<u32>)]
    pub limit: Option<String>,
}

/// The hits for a query, best first, each with its kind, title, snippet,
/// State, articles and origin (a provision, or a data file's line with its
/// source and as-of date), and the counts per kind, State and article of
/// every hit. No hit is an empty list; a malformed query is a 400.
#[utoipa::path(get, path = "/api/v1/search", tag = "engine", params(SearchParams),
    responses(
        (status = 200, description = "`{data_snapshot, query, total, hits, facets}`", body = Object),
        (status = 400, description = "A malformed query or an unknown filter value, with the field", body = crate::error::ErrorBody),
    ),
    security(("bearer" = []), ("session" = [])))]
pub async fn search(
    State(st): State<AppState>,
    Auth(_): Auth,
    Query(p): Query<SearchParams>,
) -> Result<axum::Json<Value>, ApiError> {
    let bad = |field: &str, m: String| ApiError::bad_request(m).field(field);
    let kind = p
        .kind
        .as_deref()
        .map(|k| {
            Kind::parse(k).ok_or_else(|| {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                bad(
                    "kind",
                    format!("`{k}`: expected one of {}", names.join(", ")),
                )
            })
        })
        .transpose()?;
    let limit = match p.limit.as_deref() {
        None => 20,
        Some(l) => l
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|&n| n <= palermo_search::MAX_LIMIT)
            .ok_or_else(|| {
                bad(
                    "limit",
                    format!(
                        "`{l}`: expected a whole number from 0 to {}",
                        palermo_search::MAX_LIMIT
                    ),
                )
            })?,
    };
    // The filters first, so that an error names its field.
    if let Some(s) = p.state.as_deref() {
        let code: StateCode = s
            .trim()
            .to_ascii_uppercase()
            .parse()
            .map_err(|e: palermo_refdata::StateCodeError| bad("state", e.to_string()))?;
        if !st.data.knows(code) {
            return Err(bad("state", format!("the data has no record of `{code}`")));
        }
    }
    if let Some(a) = p.article.as_deref() {
        palermo_search::parse_article(a).map_err(|e| bad("article", e.to_string()))?;
    }
    if let Some(c) = p.crime_type.as_deref() {
        if st.data.crime(c.trim()).is_none() {
            return Err(bad(
                "crime_type",
                format!("`{c}` is not a crime type of the catalogue (see /api/v1/crimes)"),
            ));
        }
    }
    let query = palermo_search::Query {
        text: p.q.clone().unwrap_or_default(),
        state: p.state.clone(),
        article: p.article.clone(),
        crime_type: p.crime_type.clone(),
        kind,
        limit,
    };
    let results = tokio::task::block_in_place(|| {
        let index = st.search_index().map_err(|m| {
            tracing::error!(error = %m, "search index");
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the search index could not be built",
            )
        })?;
        index.search(&query).map_err(|e| match e {
            palermo_search::SearchError::Query(m) => bad("q", m),
            palermo_search::SearchError::Index(m) => {
                tracing::error!(error = %m, "search");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "internal error",
                )
            }
        })
    })?;
    Ok(axum::Json(json!({
        "data_snapshot": st.data.snapshot_id(),
        "query": results.query,
        "filters": {
            "state": p.state,
            "article": p.article,
            "crime_type": p.crime_type,
            "kind": kind.map(|k| k.as_str()),
        },
        "limit": limit,
        "total": results.total,
        "hits": results.hits,
        "facets": results.facets,
    })))
}
