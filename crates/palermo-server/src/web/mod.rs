//! The web application: server-rendered pages in the six UN languages that
//! work without JavaScript (plain links and forms), served by `palermo
//! serve` beside the API. The guided interview and the engine's pages are
//! open; the registry's pages need a log-in. Words come from the same
//! Fluent catalogues as the command line (`web.ftl` for the pages' own).

pub mod drafting;
pub mod interview;
pub mod pages;
pub mod registry;
pub mod search;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use palermo_i18n::{Lang, Render};
use palermo_registry::Principal;

use crate::auth::{cookie, SESSION_COOKIE};
use crate::AppState;

/// The cookie that remembers the language chosen.
pub const LANG_COOKIE: &str = "palermo_lang";

/// The policy of every page: nothing from another origin, no script, no
/// inline style.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// What every page knows about its request: the language, the user (if
/// logged in) and their CSRF token, the path (for the language links).
pub struct Cx {
    /// The language of the page.
    pub lang: Lang,
    /// Whether `?lang=` chose it (then the cookie is set).
    pub chose_lang: bool,
    /// The logged-in user, if any.
    pub who: Option<Principal>,
    /// Their session's CSRF token.
    pub csrf: Option<String>,
    /// The path asked, without the query.
    pub path: String,
    /// The query without `lang`.
    pub query: String,
}

impl Cx {
    /// Words in the page's language.
    pub fn r(&self) -> Render<'static> {
        Render::new(self.lang)
    }

    /// A catalogue entry.
    pub fn t(&self, id: &str) -> String {
        self.r().t(id)
    }
}

/// The language: `?lang=`, else the cookie, else the first of
/// `Accept-Language` that is one of the six, else English.
pub fn negotiate(
    query_lang: Option<&str>,
    cookie_lang: Option<&str>,
    accept: Option<&str>,
) -> (Lang, bool) {
    if let Some(l) = query_lang.and_then(Lang::parse) {
        return (l, true);
    }
    if let Some(l) = cookie_lang.and_then(Lang::parse) {
        return (l, false);
    }
    if let Some(a) = accept {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in a.split(',').enumerate() {
            let mut bits = part.trim().split(';');
            let tag = bits.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(l) = Lang::parse(primary) {
                if q > 0.0 && best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
                    best = Some((q, i, l));
                }
            }
        }
        if let Some((_, _, l)) = best {
            return (l, false);
        }
    }
    (Lang::En, false)
}

impl FromRequestParts<AppState> for Cx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Cx, Self::Rejection> {
        let raw_query = parts.uri.query().unwrap_or("");
        let mut query_lang = None;
        let query = {
            let mut rest = form_urlencoded::Serializer::new(String::new());
            for (k, v) in form_urlencoded::parse(raw_query.as_bytes()) {
                if k == "lang" {
                    query_lang = Some(v.into_owned());
                } else {
                    rest.append_pair(&k, &v);
                }
            }
            rest.finish()
        };
        let accept = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let (lang, chose_lang) = negotiate(
            query_lang.as_deref(),
            cookie(parts, LANG_COOKIE).as_deref(),
            accept,
        );
        let (who, csrf) = match cookie(parts, SESSION_COOKIE) {
            Some(s) => match st.store.principal_for_session(&s).await {
                Ok(Some((p, c))) => (Some(p), Some(c)),
                _ => (None, None),
            },
            None => (None, None),
        };
        Ok(Cx {
            lang,
            chose_lang,
            who,
            csrf,
            path: parts.uri.path().to_owned(),
            query,
        })
    }
}

/// A page: the chrome (skip link, navigation, language switch) around
/// `body`, in the page's language and direction.
pub fn page(cx: &Cx, title: &str, body: Markup) -> Response {
    page_with_status(cx, StatusCode::OK, title, body)
}

/// The same with a status (404, 422 …).
pub fn page_with_status(cx: &Cx, status: StatusCode, title: &str, body: Markup) -> Response {
    let r = cx.r();
    let lang = cx.lang;
    let here = |l: Lang| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in form_urlencoded::parse(cx.query.as_bytes()) {
            q.append_pair(&k, &v);
        }
        q.append_pair("lang", l.code());
        format!("{}?{}", cx.path, q.finish())
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — Palermo" }
                link rel="stylesheet" href="/static/app.css";
            }
            body {
                a.skip href="#main" { (r.t("web-skip")) }
                header.top {
                    a.brand href="/" { "Palermo" }
                    nav aria-label=(r.t("web-nav-label")) {
                        ul {
                            li { a #nav-interview href="/interview" { (r.t("web-nav-interview")) } }
                            li { a #nav-matrix href="/matrix" { (r.t("web-nav-matrix")) } }
                            li { a #nav-registry href="/registry" { (r.t("web-nav-registry")) } }
                            li { a #nav-stats href="/stats" { (r.t("web-nav-stats")) } }
                            li { a #nav-search href="/search" { (r.t("web-nav-search")) } }
                            @if let Some(p) = &cx.who {
                                li.user { (p.user) }
                                li {
                                    form #logout method="post" action="/logout" {
                                        input type="hidden" name="csrf" value=(cx.csrf.as_deref().unwrap_or(""));
                                        button type="submit" { (r.t("web-logout")) }
                                    }
                                }
                            } @else {
                                li { a #nav-login href="/login" { (r.t("web-nav-login")) } }
                            }
                        }
                    }
                    nav #languages aria-label=(r.t("web-languages-label")) {
                        ul {
                            @for l in Lang::ALL {
                                li {
                                    a href=(here(l)) hreflang=(l.code()) lang=(l.code())
                                        aria-current=[(l == lang).then_some("true")] { (l.native_name()) }
                                }
                            }
                        }
                    }
                }
                main #main { (body) }
                footer.bottom {
                    p { (r.t("web-footer")) }
                }
            }
        }
    };
    let mut res = (status, axum::response::Html(markup.into_string())).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    if cx.chose_lang {
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        )) {
            h.append(header::SET_COOKIE, v);
        }
    }
    res
}

/// A page that says what went wrong, in the page's language.
pub fn error_page(cx: &Cx, status: StatusCode, message: &str) -> Response {
    let title = cx.t(match status {
        StatusCode::NOT_FOUND => "web-error-not-found",
        StatusCode::FORBIDDEN => "web-error-forbidden",
        _ => "web-error-title",
    });
    page_with_status(
        cx,
        status,
        &title,
        html! {
            h1 { (title) }
            p.error role="alert" { (message) }
            p { a href="/" { (cx.t("web-back-home")) } }
        },
    )
}

/// A redirect after a form (303: the browser follows with GET).
pub fn see_other(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// Raw HTML built elsewhere (already escaped).
pub fn raw(s: String) -> PreEscaped<String> {
    PreEscaped(s)
}

async fn stylesheet() -> Response {
    let mut res = (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("app.css"),
    )
        .into_response();
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    res
}

/// The pages' routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/static/app.css", get(stylesheet))
        .route("/interview", get(interview::start).post(interview::step))
        .route("/interview/upload", post(interview::upload))
        .route("/interview/download", post(interview::download))
        .route("/interview/draft", post(drafting::draft))
        .route("/provision/{id}", get(pages::provision))
        .route("/matrix", get(pages::matrix))
        .route("/matrix/pair", get(pages::pair))
        .route("/search", get(search::search))
        .route("/login", get(registry::login_form).post(registry::login))
        .route("/logout", post(registry::logout))
        .route("/registry", get(registry::list))
        .route("/registry/new", post(registry::new_form))
        .route("/registry/create", post(registry::create))
        .route("/registry/{id}", get(registry::detail))
        .route("/registry/export.csv", get(registry::export_csv))
        .route("/stats", get(registry::stats))
        .route("/stats.csv", get(registry::stats_csv))
}

/// Any other page: 404, in the page's language.
pub async fn not_found(cx: Cx) -> Response {
    error_page(&cx, StatusCode::NOT_FOUND, &cx.t("web-error-no-page"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_query_then_the_cookie_then_the_browser() {
        assert_eq!(
            negotiate(Some("ar"), Some("fr"), Some("es")),
            (Lang::Ar, true)
        );
        assert_eq!(
            negotiate(Some("xx"), Some("fr"), Some("es")),
            (Lang::Fr, false)
        );
        assert_eq!(
            negotiate(None, None, Some("de-CH, ru;q=0.8, zh-CN;q=0.9")),
            (Lang::Zh, false)
        );
        assert_eq!(
            negotiate(None, None, Some("fr-CA,fr;q=0.9")),
            (Lang::Fr, false)
        );
        assert_eq!(negotiate(None, None, Some("de, it")), (Lang::En, false));
        assert_eq!(negotiate(None, None, Some("es;q=0")), (Lang::En, false));
    }
}
