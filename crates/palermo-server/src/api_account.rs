//! Sessions (log in, log out, who am I) and account administration
//! (authorities, users, tokens), the latter for administrators only.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use palermo_registry::{Principal, Role};
use palermo_store::{Actor, Authority, TokenInfo, User};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{cookie_header, Auth, SESSION_COOKIE};
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::AppState;

/// Log-in details.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// User name.
    pub user: String,
    /// Password.
    pub password: String,
}

/// An open session.
#[derive(Serialize, ToSchema)]
pub struct Session {
    /// Who is logged in.
    pub principal: Principal,
    /// Send it back as `X-CSRF-Token` on every request that changes something.
    pub csrf_token: String,
}

/// Logs in with a password: sets the session cookie (HttpOnly, SameSite=Strict, Secure).
#[utoipa::path(post, path = "/api/v1/session", tag = "accounts", request_body = Login,
    responses((status = 200, body = Session), (status = 401, body = crate::error::ErrorBody)))]
pub async fn login(
    State(st): State<AppState>,
    JsonBody(l): JsonBody<Login>,
) -> Result<Response, ApiError> {
    let (principal, secret, csrf) = st
        .store
        .login(&l.user, &l.password, st.config.session_lifetime)
        .await?;
    let cookie = cookie_header(
        &secret,
        st.config.session_lifetime.as_secs(),
        st.config.secure_cookies,
    );
    Ok((
        [(header::SET_COOKIE, cookie)],
        axum::Json(Session {
            principal,
            csrf_token: csrf,
        }),
    )
        .into_response())
}

/// Logs out.
#[utoipa::path(delete, path = "/api/v1/session", tag = "accounts",
    responses((status = 204)), security(("session" = [])))]
pub async fn logout(
    State(st): State<AppState>,
    Auth(_): Auth,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(s) = crate::auth::cookie_from(&headers, SESSION_COOKIE) {
        st.store.logout(&s).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            cookie_header("", 0, st.config.secure_cookies),
        )],
    )
        .into_response())
}

/// Who the caller is.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = Principal), (status = 401, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn me(Auth(who): Auth) -> axum::Json<Principal> {
    axum::Json(who)
}

/// A new authority.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAuthority {
    /// Its State (ISO 3166-1 alpha-3).
    pub state: String,
    /// Its name.
    pub name: String,
}

/// Creates an authority.
#[utoipa::path(post, path = "/api/v1/admin/authorities", tag = "accounts", request_body = NewAuthority,
    responses((status = 201, body = Authority), (status = 403, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_authority(
    State(st): State<AppState>,
    Auth(who): Auth,
    JsonBody(a): JsonBody<NewAuthority>,
) -> Result<(StatusCode, axum::Json<Authority>), ApiError> {
    let a = st
        .store
        .create_authority(Actor::User(&who), &a.state, &a.name)
        .await?;
    Ok((StatusCode::CREATED, axum::Json(a)))
}

/// Every authority.
#[utoipa::path(get, path = "/api/v1/admin/authorities", tag = "accounts",
    responses((status = 200, body = Vec<Authority>), (status = 403, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn authorities(
    State(st): State<AppState>,
    Auth(who): Auth,
) -> Result<axum::Json<Vec<Authority>>, ApiError> {
    Ok(axum::Json(st.store.authorities(Actor::User(&who)).await?))
}

/// A new user.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// The authority's number.
    pub authority_id: i64,
    /// Login name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Password (12 characters or more); none for an API-only user.
    pub password: Option<String>,
}

/// Creates a user.
#[utoipa::path(post, path = "/api/v1/admin/users", tag = "accounts", request_body = NewUser,
    responses((status = 201, body = User), (status = 403, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_user(
    State(st): State<AppState>,
    Auth(who): Auth,
    JsonBody(u): JsonBody<NewUser>,
) -> Result<(StatusCode, axum::Json<User>), ApiError> {
    let u = st
        .store
        .create_user(
            Actor::User(&who),
            u.authority_id,
            &u.name,
            u.role,
            u.password.as_deref(),
        )
        .await?;
    Ok((StatusCode::CREATED, axum::Json(u)))
}

/// A new token.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// The user it acts for.
    pub user: String,
    /// What it is for.
    pub label: String,
    /// When it stops working (RFC 3339), if ever.
    pub expires_at: Option<String>,
}

/// A token, with its secret shown this once.
#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    /// The token.
    pub token: TokenInfo,
    /// The secret: store it now, it is not kept.
    pub secret: String,
}

/// Creates an API token.
#[utoipa::path(post, path = "/api/v1/admin/tokens", tag = "accounts", request_body = NewToken,
    responses((status = 201, body = CreatedToken), (status = 403, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn create_token(
    State(st): State<AppState>,
    Auth(who): Auth,
    JsonBody(t): JsonBody<NewToken>,
) -> Result<(StatusCode, axum::Json<CreatedToken>), ApiError> {
    let expires = t
        .expires_at
        .as_deref()
        .map(|s| {
            s.parse::<jiff::Timestamp>().map_err(|_| {
                ApiError::bad_request(format!(
                    "`{s}`: expected an RFC 3339 time, e.g. 2027-01-01T00:00:00Z"
                ))
                .field("expires_at")
            })
        })
        .transpose()?;
    let (token, secret) = st
        .store
        .create_token(Actor::User(&who), &t.user, &t.label, expires)
        .await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(CreatedToken { token, secret }),
    ))
}

/// Every token (never their secrets).
#[utoipa::path(get, path = "/api/v1/admin/tokens", tag = "accounts",
    responses((status = 200, body = Vec<TokenInfo>), (status = 403, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn tokens(
    State(st): State<AppState>,
    Auth(who): Auth,
) -> Result<axum::Json<Vec<TokenInfo>>, ApiError> {
    Ok(axum::Json(st.store.tokens(Actor::User(&who)).await?))
}

/// Revokes a token.
#[utoipa::path(delete, path = "/api/v1/admin/tokens/{id}", tag = "accounts",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = []), ("session" = [])))]
pub async fn revoke_token(
    State(st): State<AppState>,
    Auth(who): Auth,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    st.store.revoke_token(Actor::User(&who), id).await?;
    st.tokens.clear();
    Ok(StatusCode::NO_CONTENT)
}
