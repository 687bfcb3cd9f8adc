//! `POST /api/v1/draft`: the request a case asks for, drafted from its
//! assessment, as DOCX, PDF, HTML or Markdown; or, when an element the
//! Convention asks for is missing, a 422 that names each one with its
//! provision (the same completeness check as `palermo draft`).

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use palermo_draft::{DraftError, Drafted};
use palermo_i18n::{Arg, Lang, Msg, Render};
use palermo_rules::Options;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api_engine::{assess_body_case, date, serious};
use crate::auth::Auth;
use crate::error::{ApiError, FieldProblem};
use crate::AppState;

/// How to draft.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DraftParams {
    /// docx, pdf, html or markdown (default markdown).
    pub format: Option<String>,
    /// The draft's language: ar, en, es, fr, ru, zh. Default: a language
    /// the requested State accepts under its art. 18(14) notification on
    /// record; without one, the request must say.
    pub lang: Option<String>,
    /// Draft even when elements are missing; they are marked in the draft.
    pub allow_incomplete: Option<bool>,
    /// The date to apply the law at (default: the case's `as_of`, else today).
    #[param(value_type = Option<String>, format = Date)]
    pub as_of: Option<String>,
    /// Whose law decides "serious crime" (art. 2(b)): requesting (default),
    /// requested, both, either.
    pub serious_crime_law: Option<String>,
}

/// The output formats, with their media types and file extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Word.
    Docx,
    /// PDF.
    Pdf,
    /// HTML page.
    Html,
    /// Markdown.
    Markdown,
}

impl Format {
    pub(crate) fn parse(s: Option<&str>) -> Result<Format, ApiError> {
        Ok(match s {
            None | Some("markdown") | Some("md") => Format::Markdown,
            Some("docx") => Format::Docx,
            Some("pdf") => Format::Pdf,
            Some("html") => Format::Html,
            Some(o) => {
                return Err(ApiError::bad_request(format!(
                    "`{o}`: expected docx, pdf, html or markdown"
                ))
                .field("format"))
            }
        })
    }

    pub(crate) fn media_type(self) -> &'static str {
        match self {
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Pdf => "application/pdf",
            Format::Html => "text/html; charset=utf-8",
            Format::Markdown => "text/markdown; charset=utf-8",
        }
    }

    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }
}

/// The gaps of a draft as the problems of a 422, worded in `lang`.
fn gaps_error(d: &Drafted, r: &Render<'_>) -> ApiError {
    let required: Vec<_> = d.required_gaps().collect();
    let mut e = ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "incomplete_draft",
        r.msg(&Msg::new("draft-check-heading").arg("n", required.len() as i64)),
    );
    e.detail.problems = required
        .iter()
        .map(|g| FieldProblem {
            field: g.element.id(),
            message: r.msg(
                &Msg::new("draft-check-item")
                    .arg("what", g.what.clone())
                    .arg("cite", Arg::Cite(g.citation)),
            ),
        })
        .collect();
    e
}

/// Writes the draft in `format`.
pub(crate) fn write(st: &AppState, d: &Drafted, format: Format) -> Result<Vec<u8>, ApiError> {
    Ok(match format {
        Format::Markdown => palermo_draft::write_markdown(&d.document).into_bytes(),
        Format::Html => palermo_draft::write_html(&d.document).into_bytes(),
        Format::Docx => palermo_draft::write_docx(&d.document).map_err(|e| {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
        })?,
        Format::Pdf => {
            let fonts = st
                .fonts()
                .map_err(|why| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "no_fonts", why))?;
            palermo_draft::write_pdf(&d.document, &fonts).map_err(|e| {
                ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "unprintable",
                    e.to_string(),
                )
            })?
        }
    })
}

/// Drafts the request a case asks for.
#[utoipa::path(
    post, path = "/api/v1/draft", tag = "engine",
    params(DraftParams),
    request_body(content = Object, description = "A case file with a `[draft]` table (see docs/case-format.md), as JSON (`application/json`) or TOML (`application/toml`).", content_type = "application/json"),
    responses(
        (status = 200, description = "The draft, as the format asks (Content-Disposition names the file)"),
        (status = 422, description = "The case could not be read or drafted, or the draft is incomplete: each missing element with its provision (`problems`)", body = crate::error::ErrorBody),
    ),
    security(("bearer" = []), ("session" = []))
)]
pub async fn draft(
    State(st): State<AppState>,
    Auth(_who): Auth,
    Query(p): Query<DraftParams>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let format = Format::parse(p.format.as_deref())?;
    let flag = match p.lang.as_deref() {
        None => None,
        Some(l) => Some(Lang::parse(l).ok_or_else(|| {
            ApiError::bad_request(format!(
                "`{l}` is not one of the six UN languages: ar, en, es, fr, ru, zh"
            ))
            .field("lang")
        })?),
    };
    let as_of = date(p.as_of.as_deref(), "as_of")?;
    let options = Options {
        serious_crime_law: serious(p.serious_crime_law.as_deref())?,
    };
    let allow = p.allow_incomplete.unwrap_or(false);
    let state = st.clone();
    let bytes = tokio::task::block_in_place(|| -> Result<Vec<u8>, ApiError> {
        let data = &*state.data;
        let (file, a) = assess_body_case(&headers, &body, data, as_of, options)?;
        let names = palermo_render::case_names(&file.case);
        let r = Render::new(flag.unwrap_or(Lang::En)).with_names(&names);
        let d = palermo_draft::draft_file(&file, &a, data, flag).map_err(|e| {
            let code = match e {
                DraftError::LanguageNeeded(_) => "language_needed",
                _ => "not_draftable",
            };
            let field = match e {
                DraftError::LanguageNeeded(_) => "lang",
                DraftError::StatesMissing => "request.requested_state",
                _ => "request.kind",
            };
            ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, r.msg(&e.msg())).field(field)
        })?;
        if !d.is_complete() && !allow {
            return Err(gaps_error(&d, &r));
        }
        write(&state, &d, format)
    })?;
    Ok((
        [
            (header::CONTENT_TYPE, format.media_type().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"request.{}\"", format.extension()),
            ),
        ],
        bytes,
    )
        .into_response())
}
