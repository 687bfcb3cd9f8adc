//! `GET /search`: the search of `palermo search` and `GET /api/v1/search` as a
//! page: words and filters (kind, State, crime type), the hits best first with
//! the words that matched marked, where each comes from (a provision, or a data
//! file's line with its source and as-of date), and the counts per kind.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};
use palermo_i18n::{Msg, Render};
use palermo_refdata::StateCode;
use palermo_search::{Hit, Kind, Origin};
use serde::Deserialize;

use super::pages::crime_name;
use super::{page_with_status, Cx};
use crate::AppState;

/// How many hits a page shows.
const PAGE_HITS: usize = 50;

/// The form's fields; all optional (an empty form shows the form alone).
#[derive(Debug, Default, Deserialize)]
pub struct SearchForm {
    q: Option<String>,
    kind: Option<String>,
    state: Option<String>,
    crime: Option<String>,
}

/// `GET /search`.
pub async fn search(State(st): State<AppState>, cx: Cx, Query(f): Query<SearchForm>) -> Response {
    let r = cx.r();
    let title = r.t("web-search-title");
    let text = f.q.clone().unwrap_or_default();
    let kind = f.kind.as_deref().filter(|k| !k.is_empty());
    let state = f.state.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let crime = f.crime.as_deref().filter(|c| !c.is_empty());
    let asked = !text.trim().is_empty() || kind.is_some() || state.is_some() || crime.is_some();

    // The filters are checked as the API checks them; a bad one is said
    // beside the form, with status 400.
    let mut problem: Option<String> = None;
    let kind_v = match kind {
        Some(k) => match Kind::parse(k) {
            Some(k) => Some(k),
            None => {
                problem = Some(r.t("web-search-bad-kind"));
                None
            }
        },
        None => None,
    };
    let state_v = match state {
        Some(s) => match s.to_ascii_uppercase().parse::<StateCode>() {
            Ok(c) if st.data.knows(c) => Some(c.to_string()),
            _ => {
                problem = Some(r.t("web-search-bad-state"));
                None
            }
        },
        None => None,
    };
    if crime.is_some_and(|c| st.data.crime(c).is_none()) {
        problem = Some(r.t("web-search-bad-crime"));
    }
    let results = if asked && problem.is_none() {
        let query = palermo_search::Query {
            text: text.clone(),
            state: state_v.clone(),
            article: None,
            crime_type: crime.map(str::to_owned),
            kind: kind_v,
            limit: PAGE_HITS,
        };
        let outcome = tokio::task::block_in_place(|| {
            st.search_index()
                .map_err(|_| r.t("web-search-unavailable"))
                .and_then(|index| {
                    index.search(&query).map_err(|e| match e {
                        palermo_search::SearchError::Query(_) => r.t("web-search-bad-query"),
                        palermo_search::SearchError::Index(_) => r.t("web-search-unavailable"),
                    })
                })
        });
        match outcome {
            Ok(res) => Some(res),
            Err(m) => {
                problem = Some(m);
                None
            }
        }
    } else {
        None
    };
    let status = if problem.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let body = html! {
        h1 { (title) }
        p { (r.t("web-search-intro")) }
        form #search .stack method="get" action="/search" role="search" {
            label {
                (r.t("web-search-field-q"))
                input type="search" name="q" value=(text) autocomplete="off";
            }
            label {
                (r.t("web-search-field-kind"))
                select name="kind" {
                    option value="" { (r.t("web-search-any")) }
                    @for k in Kind::ALL {
                        option value=(k.as_str()) selected[kind == Some(k.as_str())] { (kind_label(&r, k)) }
                    }
                }
            }
            label {
                (r.t("web-search-field-state"))
                input type="text" name="state" value=(state.unwrap_or("")) size="4" maxlength="3" autocomplete="off" aria-describedby="state-hint";
            }
            p #state-hint .hint { (r.t("web-search-state-hint")) }
            label {
                (r.t("web-field-crime"))
                select name="crime" {
                    option value="" { (r.t("web-search-any")) }
                    @for c in st.data.crimes() {
                        option value=(c.id) selected[crime == Some(c.id.as_str())] { (crime_name(&r, &c.id)) }
                    }
                }
            }
            button type="submit" { (r.t("web-search-submit")) }
        }
        @if let Some(m) = &problem {
            p #search-error .error role="alert" { (m) }
        }
        @if let Some(res) = &results {
            section #results aria-labelledby="results-heading" {
                h2 #results-heading { (r.msg(&Msg::new("web-search-results").arg("n", res.total as i64))) }
                @if res.total > 0 {
                    p.hint {
                        @for fc in &res.facets.kind {
                            @if let Some(k) = Kind::parse(&fc.value) {
                                span { (kind_label(&r, k)) ": " (fc.count) ". " }
                            }
                        }
                    }
                    p.hint { (r.t("web-search-english")) }
                    ol #hits {
                        @for h in &res.hits { li { (hit(&r, h)) } }
                    }
                    @if res.total > res.hits.len() {
                        p.hint { (r.msg(&Msg::new("web-search-more").arg("n", (res.total - res.hits.len()) as i64))) }
                    }
                } @else {
                    p { (r.t("web-search-none")) }
                }
            }
        }
    };
    page_with_status(&cx, status, &title, body)
}

fn kind_label(r: &Render<'_>, k: Kind) -> String {
    r.t(&format!("web-search-kind-{}", k.as_str()))
}

/// One hit: its title (a link to the provision, for a provision), kind,
/// State and articles, the passage with the matched words marked, and where
/// it comes from.
fn hit(r: &Render<'_>, h: &Hit) -> Markup {
    let provision = match &h.origin {
        Origin::Provision { citation, .. } => citation
            .parse::<palermo_cite::Provision>()
            .ok()
            .and_then(super::interview::provision_href),
        Origin::Data { .. } => None,
    };
    html! {
        article.hit {
            h3 {
                @if let Some(href) = &provision { a href=(href) { (h.title) } } @else { (h.title) }
            }
            p.meta {
                (kind_label(r, h.kind))
                @if let Some(s) = h.state.as_deref().and_then(|s| s.parse::<StateCode>().ok()) {
                    " · " (r.state_name(s))
                }
                @if !h.articles.is_empty() {
                    " · " (r.t("web-search-articles")) " " (h.articles.join(", "))
                }
            }
            p lang="en" dir="ltr" { (marked(&h.snippet, &h.highlights)) }
            @match &h.origin {
                Origin::Provision { citation, .. } => p.meta { (citation) },
                Origin::Data { file, line, source_url, source_as_of, .. } => p.meta {
                    (file) ":" (line)
                    @if let Some(u) = source_url {
                        // The address as text: the pages link to nothing outside.
                        " · " (r.t("web-search-source")) " " span.url { (u) }
                    }
                    " · " (r.t("web-search-as-of")) " "
                    (source_as_of.as_deref().unwrap_or("—"))
                },
            }
        }
    }
}

/// The snippet with each highlighted byte range in `<mark>`; ranges that
/// do not fall on character boundaries are left unmarked.
fn marked(text: &str, ranges: &[(usize, usize)]) -> Markup {
    let mut parts: Vec<(bool, &str)> = Vec::new();
    let mut at = 0;
    for &(a, b) in ranges {
        if a < at
            || b <= a
            || b > text.len()
            || !text.is_char_boundary(a)
            || !text.is_char_boundary(b)
        {
            continue;
        }
        parts.push((false, &text[at..a]));
        parts.push((true, &text[a..b]));
        at = b;
    }
    parts.push((false, &text[at..]));
    html! {
        @for (m, s) in parts {
            @if m { mark { (s) } } @else { (s) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::marked;

    #[test]
    fn highlights_are_marked_and_bad_ranges_skipped() {
        let m = marked("central authority of Kenya", &[(0, 7), (3, 5), (8, 17)]);
        assert_eq!(
            m.into_string(),
            "<mark>central</mark> <mark>authority</mark> of Kenya"
        );
        // A range inside a multi-byte character is not marked; no panic.
        let m = marked("é<x>", &[(1, 2), (0, 2)]);
        assert_eq!(m.into_string(), "<mark>é</mark>&lt;x&gt;");
    }
}
