//! `palermo serve`: the JSON API under `/api/v1` (assessment, matrix,
//! crimes, data, explain, search, the registry, statistics, audit, accounts), its
//! OpenAPI document generated from the handlers, and the layers every
//! request goes through (body limit, timeout, security headers, logs that
//! never hold case content). The registry is `palermo-store`.

pub mod api_account;
pub mod api_draft;
pub mod api_engine;
pub mod api_registry;
pub mod api_search;
pub mod auth;
pub mod body;
pub mod error;
pub mod web;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::routing::{delete, get, post};
use axum::Router;
use palermo_rules::RefData;
use palermo_store::Store;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;

/// How the server behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// Largest request body, in bytes.
    pub body_limit: usize,
    /// Longest a request may take.
    pub timeout: Duration,
    /// Requests per second per API token, per account for a browser session (0: no limit).
    pub rate_limit: u32,
    /// How long a browser session lasts.
    pub session_lifetime: Duration,
    /// Mark the session cookie `Secure` (browsers accept it on localhost).
    pub secure_cookies: bool,
    /// How long a valid API token is remembered without asking the
    /// database (zero: ask every time). A token revoked by another process
    /// keeps working for at most this long.
    pub token_cache: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            body_limit: 1 << 20,
            timeout: Duration::from_secs(30),
            rate_limit: 50,
            session_lifetime: Duration::from_secs(8 * 3600),
            secure_cookies: true,
            token_cache: Duration::from_secs(5),
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The registry.
    pub store: Store,
    /// The reference data assessments use.
    pub data: Arc<RefData>,
    /// The settings.
    pub config: Arc<Config>,
    /// Per-token (per-account for sessions) request budget.
    pub limiter: Arc<auth::RateLimiter>,
    /// Valid tokens seen lately.
    pub tokens: Arc<auth::TokenCache>,
    /// The fonts PDF drafts are written with, found on first use.
    pub fonts: Arc<std::sync::OnceLock<Result<Arc<palermo_draft::FontSet>, String>>>,
    /// The full-text index of the data, built on first use.
    pub search: Arc<std::sync::OnceLock<Result<Arc<palermo_search::SearchIndex>, String>>>,
}

impl AppState {
    /// A new state.
    pub fn new(store: Store, data: Arc<RefData>, config: Config) -> AppState {
        AppState {
            store,
            data,
            limiter: Arc::new(auth::RateLimiter::new(config.rate_limit)),
            tokens: Arc::new(auth::TokenCache::new(config.token_cache)),
            config: Arc::new(config),
            fonts: Arc::new(std::sync::OnceLock::new()),
            search: Arc::new(std::sync::OnceLock::new()),
        }
    }

    /// The fonts for PDF drafts: looked for once (system fonts and
    /// `PALERMO_FONT_DIR`), then kept; the reason when there are none.
    pub fn fonts(&self) -> Result<Arc<palermo_draft::FontSet>, String> {
        self.fonts
            .get_or_init(|| {
                palermo_fonts::find_fonts(&[])
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })
            .clone()
    }

    /// The search index of the data: built on the first search, then kept.
    pub fn search_index(&self) -> Result<Arc<palermo_search::SearchIndex>, String> {
        self.search
            .get_or_init(|| {
                palermo_search::SearchIndex::build(&self.data)
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })
            .clone()
    }

    /// The crime catalogue's ids, to check records against.
    pub fn crime_ids(&self) -> Vec<&str> {
        self.data.crimes().iter().map(|c| c.id.as_str()).collect()
    }
}

/// The OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(title = "Palermo API", description = "Whether the UN Convention against Transnational Organized Crime is a legal basis for cooperation between two States, and the registry of cooperation requests. See docs/api.md."),
    paths(
        api_engine::assess_case, api_draft::draft, api_engine::crimes, api_engine::crime, api_engine::data,
        api_engine::explain, api_engine::matrix, api_search::search,
        api_registry::create, api_registry::list, api_registry::get, api_registry::update,
        api_registry::approve, api_registry::audit, api_registry::export, api_registry::import,
        api_registry::statistics, api_registry::verify,
        api_account::login, api_account::logout, api_account::me,
        api_account::create_authority, api_account::authorities, api_account::create_user,
        api_account::create_token, api_account::tokens, api_account::revoke_token,
    ),
    modifiers(&Security),
    tags(
        (name = "engine", description = "Stateless: assess, explain, the catalogue and the data"),
        (name = "registry", description = "Each authority's cooperation requests, statistics, audit"),
        (name = "accounts", description = "Sessions, authorities, users, tokens"),
    )
)]
pub struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let c = api.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        c.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(auth::SESSION_COOKIE))),
        );
    }
}

/// The OpenAPI document as JSON (also written to `docs/openapi.json`; a
/// test keeps the two the same).
pub fn openapi_json() -> String {
    let mut s = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

async fn openapi() -> ([(header::HeaderName, &'static str); 1], String) {
    ([(header::CONTENT_TYPE, "application/json")], openapi_json())
}

async fn health() -> &'static str {
    "ok\n"
}

async fn no_route() -> error::ApiError {
    error::ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "no such endpoint (see /api/v1/openapi.json)",
    )
}

/// The application: every route and layer.
pub fn app(st: AppState) -> Router {
    let limit = st.config.body_limit;
    let timeout = st.config.timeout;
    let api = Router::new()
        .route("/assess", post(api_engine::assess_case))
        .route("/draft", post(api_draft::draft))
        .route("/crimes", get(api_engine::crimes))
        .route("/crimes/{id}", get(api_engine::crime))
        .route("/data", get(api_engine::data))
        .route("/explain/{what}", get(api_engine::explain))
        .route("/matrix", get(api_engine::matrix))
        .route("/search", get(api_search::search))
        .route(
            "/records",
            get(api_registry::list).post(api_registry::create),
        )
        .route("/records/export", get(api_registry::export))
        .route("/records/import", post(api_registry::import))
        .route(
            "/records/{id}",
            get(api_registry::get).put(api_registry::update),
        )
        .route("/records/{id}/approve", post(api_registry::approve))
        .route("/records/{id}/audit", get(api_registry::audit))
        .route("/statistics", get(api_registry::statistics))
        .route("/audit/verify", get(api_registry::verify))
        .route(
            "/session",
            post(api_account::login).delete(api_account::logout),
        )
        .route("/me", get(api_account::me))
        .route(
            "/admin/authorities",
            get(api_account::authorities).post(api_account::create_authority),
        )
        .route("/admin/users", post(api_account::create_user))
        .route(
            "/admin/tokens",
            get(api_account::tokens).post(api_account::create_token),
        )
        .route("/admin/tokens/{id}", delete(api_account::revoke_token))
        .route("/openapi.json", get(openapi))
        .fallback(no_route);
    let hdr = |name: &'static str, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(
            header::HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    };
    Router::new()
        .nest("/api/v1", api)
        .route("/health", get(health))
        .merge(web::routes())
        .fallback(web::not_found)
        .with_state(st)
        .layer(DefaultBodyLimit::max(limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, timeout))
        .layer(hdr("x-content-type-options", "nosniff"))
        .layer(hdr("x-frame-options", "DENY"))
        .layer(hdr("referrer-policy", "no-referrer"))
        .layer(hdr("content-security-policy", "default-src 'none'; frame-ancestors 'none'"))
        .layer(hdr("cache-control", "no-store"))
        .layer(
            // Method, path and status only: no query, no body, no headers
            // (they can carry case facts or secrets).
            TraceLayer::new_for_http()
                .make_span_with(|req: &axum::http::Request<_>| {
                    tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
                })
                .on_response(
                    tower_http::trace::DefaultOnResponse::new()
                        .level(tracing::Level::INFO)
                        .latency_unit(tower_http::LatencyUnit::Micros),
                ),
        )
}

/// Serves `app` on `addr` until Ctrl-C or SIGTERM.
pub async fn serve(st: AppState, addr: SocketAddr) -> std::io::Result<()> {
    serve_on(st, tokio::net::TcpListener::bind(addr).await?).await
}

/// Serves `app` on a bound listener until Ctrl-C or SIGTERM.
pub async fn serve_on(st: AppState, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    let addr = listener.local_addr()?;
    tracing::info!(%addr, backend = ?st.store.backend(), "palermo serve listening");
    let store = st.store.clone();
    axum::serve(listener, app(st))
        .with_graceful_shutdown(shutdown())
        .await?;
    store.close().await;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
