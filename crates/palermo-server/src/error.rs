//! The API's errors: a stable code, a message, and the field concerned,
//! as JSON; never a 500 for bad input, never content of a record the
//! caller may not see.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use palermo_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable code to branch on: `bad_json`, `invalid`, `unauthorized`,
    /// `forbidden`, `not_found`, `conflict`, `duplicate`, `too_large`,
    /// `rate_limited`, `unreadable_case`, `csrf`, `internal`.
    pub code: &'static str,
    /// For a person.
    pub message: String,
    /// The field (JSON path) concerned, if one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Every problem found, when there are several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<FieldProblem>,
}

/// One problem with one field.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    /// The field (JSON path).
    pub field: String,
    /// What is wrong and what was expected.
    pub message: String,
}

/// An error response.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// The body.
    pub detail: ErrorDetail,
}

impl ApiError {
    /// A new error without a field.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            detail: ErrorDetail {
                code,
                message: message.into(),
                field: None,
                problems: Vec::new(),
            },
        }
    }

    /// The same, naming a field.
    pub fn field(mut self, field: impl Into<String>) -> ApiError {
        self.detail.field = Some(field.into());
        self
    }

    /// 400 `bad_request`.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// 404 `not_found`.
    pub fn not_found() -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such record")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, axum::Json(ErrorBody { error: self.detail })).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::Forbidden => ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "this role may not do that",
            ),
            StoreError::Conflict { current } => ApiError::new(
                StatusCode::CONFLICT,
                "conflict",
                format!("the record changed since it was read; it is now at version {current}"),
            )
            .field("version"),
            StoreError::Invalid(ps) => {
                let mut e = ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    match ps.first() {
                        Some(p) => format!("{} problem(s), the first: {p}", ps.len()),
                        None => "not valid".to_owned(),
                    },
                );
                e.detail.field = ps.first().map(|p| p.field.clone());
                e.detail.problems = ps
                    .into_iter()
                    .map(|p| FieldProblem {
                        field: p.field,
                        message: p.message,
                    })
                    .collect();
                e
            }
            StoreError::Duplicate(what) => ApiError::new(
                StatusCode::CONFLICT,
                "duplicate",
                format!("{what} already exists"),
            ),
            StoreError::BadCredentials => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "wrong user name or password",
            ),
            StoreError::NoSuchAccount(what) => ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                format!("{what} does not exist"),
            ),
            StoreError::Open(m) => {
                tracing::error!(error = %m, "store");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "internal error",
                )
            }
            StoreError::Db(e) => {
                tracing::error!(error = %e, "database");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "the database did not answer; try again",
                )
            }
        }
    }
}
