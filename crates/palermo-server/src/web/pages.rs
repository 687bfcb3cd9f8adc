//! The engine's pages: home, a provision (our summary of each finding it
//! gives, the paragraphs left out, the examples that test it), the
//! coverage matrix of one crime type and kind as a heat map and a table,
//! and the full explanation of one pair of States.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};
use palermo_cite::Provision;
use palermo_i18n::Render;
use palermo_rules::facts::RequestKind;
use palermo_rules::{assess, catalogue, Options, Outcome, StateCode};
use serde::Deserialize;

use super::interview::provision_href;
use super::{error_page, page, raw, Cx};
use crate::AppState;

/// The example case files, compiled in, for "the examples that test it".
const EXAMPLES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// `GET /`.
pub async fn home(cx: Cx) -> Response {
    let r = cx.r();
    let title = r.t("web-home-title");
    page(
        &cx,
        &title,
        html! {
            h1 { (title) }
            p { (r.t("web-home-intro")) }
            ul {
                li { a #start-interview href="/interview" { (r.t("web-home-interview")) } }
                li { a href="/matrix" { (r.t("web-home-matrix")) } }
                li { a href="/registry" { (r.t("web-home-registry")) } }
                li { a href="/provision/art16" { (r.t("web-home-provisions")) } }
                li { a href="/search" { (r.t("web-home-search")) } }
            }
            p.hint { (r.t("web-home-offline")) }
        },
    )
}

/// A path segment back to a provision: `art16.5.a` → `UNTOC art. 16(5)(a)`.
fn parse_provision(id: &str) -> Option<Provision> {
    let dotted = if id.starts_with("art") {
        format!("untoc.{id}")
    } else {
        id.to_owned()
    };
    dotted
        .parse::<Provision>()
        .ok()
        .or_else(|| id.parse::<Provision>().ok())
}

fn within(c: &Provision, p: &Provision) -> bool {
    let (c, p) = (c.to_string(), p.to_string());
    c == p || c.starts_with(&format!("{p}("))
}

/// `GET /provision/{id}`.
pub async fn provision(cx: Cx, Path(id): Path<String>) -> Response {
    let r = cx.r();
    let Some(p) = parse_provision(&id) else {
        return error_page(&cx, StatusCode::NOT_FOUND, &r.t("web-error-no-provision"));
    };
    let specs: Vec<_> = catalogue::all()
        .filter(|s| within(&s.citation, &p))
        .collect();
    let left_out: Vec<_> = catalogue::not_encoded()
        .filter(|n| within(&n.0, &p))
        .collect();
    if specs.is_empty() && left_out.is_empty() {
        return error_page(&cx, StatusCode::NOT_FOUND, &r.t("web-error-no-provision"));
    }
    let examples: Vec<&str> = EXAMPLES
        .iter()
        .filter(|(_, text)| {
            specs.iter().any(|s| {
                !s.id.contains('<') && text.contains(&format!("\"{}\"", s.id))
                    || text.contains(&format!("\n{} ", s.id))
            })
        })
        .map(|(name, _)| *name)
        .collect();
    let title = r.cite(p);
    page(
        &cx,
        &title,
        html! {
            h1 { (title) }
            p { (r.t("web-provision-intro")) }
            section #findings {
                h2 { (r.t("web-provision-findings")) }
                @if specs.is_empty() { p { (r.t("web-provision-none")) } }
                dl {
                    @for s in &specs {
                        dt { a.cite href=(provision_href(s.citation).unwrap_or_default()) { (r.cite(s.citation)) } " " code.fid { (s.id) } }
                        dd { (r.msg(&s.describe())) }
                    }
                }
            }
            @if !left_out.is_empty() {
                section #not-encoded {
                    h2 { (r.t("web-provision-not-encoded")) }
                    ul { @for n in &left_out { li { (r.cite(n.0)) ": " (r.t(n.1)) } } }
                }
            }
            section #examples {
                h2 { (r.t("web-provision-examples")) }
                @if examples.is_empty() { p { (r.t("web-provision-no-examples")) } }
                ul { @for e in &examples { li { code { "examples/" (e) } } } }
            }
        },
    )
}

/// Which matrix.
#[derive(Deserialize, Default)]
pub struct MatrixQuery {
    crime: Option<String>,
    kind: Option<String>,
    as_of: Option<String>,
    region: Option<String>,
    requesting: Option<String>,
    requested: Option<String>,
}

const REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

fn outcome_class(o: Outcome) -> &'static str {
    o.as_str()
}

pub(crate) fn crime_name(r: &Render<'_>, id: &str) -> String {
    r.t(&format!("web-crime-{}", id.replace('_', "-")))
}

fn region_name(r: &Render<'_>, region: &str) -> String {
    r.t(&format!("web-region-{}", region.to_ascii_lowercase()))
}

fn matrix_form(
    st: &AppState,
    r: &Render<'_>,
    crime: &str,
    kind: RequestKind,
    as_of: &str,
    region: &str,
) -> Markup {
    html! {
        form #matrix .stack method="get" action="/matrix" {
            label {
                (r.t("web-field-crime"))
                select name="crime" {
                    @for c in st.data.crimes() {
                        option value=(c.id) selected[c.id == crime] { (crime_name(r, &c.id)) }
                    }
                }
            }
            label {
                (r.t("web-field-kind"))
                select name="kind" {
                    @for k in RequestKind::ALL {
                        option value=(k.as_str()) selected[k == kind] { (r.t(&format!("web-kind-{}", k.as_str().replace('_', "-")))) }
                    }
                }
            }
            label {
                (r.t("web-field-region"))
                select name="region" {
                    @for g in REGIONS { option value=(g) selected[g == region] { (region_name(r, g)) } }
                }
            }
            label { (r.t("web-field-as-of")) input type="date" name="as_of" value=(as_of); }
            div.actions { button type="submit" { (r.t("web-show")) } }
        }
    }
}

/// `GET /matrix`: one crime type and kind, the States of one region.
pub async fn matrix(State(st): State<AppState>, cx: Cx, Query(q): Query<MatrixQuery>) -> Response {
    let r = cx.r();
    let crime = q
        .crime
        .clone()
        .unwrap_or_else(|| "migrant_smuggling".to_owned());
    if !st.data.crimes().iter().any(|c| c.id == crime) {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-no-crime"));
    }
    let kind = q
        .kind
        .as_deref()
        .and_then(|k| RequestKind::ALL.into_iter().find(|x| x.as_str() == k))
        .unwrap_or(RequestKind::Extradition);
    let as_of = match q.as_of.as_deref().filter(|s| !s.is_empty()) {
        Some(d) => match d.parse::<jiff::civil::Date>() {
            Ok(d) => d,
            Err(_) => return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-date")),
        },
        None => jiff::Zoned::now().date(),
    };
    let region = q
        .region
        .clone()
        .filter(|g| REGIONS.contains(&g.as_str()))
        .unwrap_or_else(|| "Europe".to_owned());
    let mut states: Vec<StateCode> = st
        .data
        .states()
        .into_iter()
        .filter(|s| st.data.region(*s).is_some_and(|g| g.region == region))
        .collect();
    states.sort_by_key(|s| s.to_string());
    let crimes = vec![crime.clone()];
    let table = tokio::task::block_in_place(|| {
        let t = palermo_rules::batch::Tables::build(&st.data, as_of, &states, &crimes);
        let n = t.states().len();
        let mut cells = vec![Vec::with_capacity(n); n];
        for (a, row) in cells.iter_mut().enumerate() {
            for b in 0..n {
                row.push((a != b).then(|| t.cell(kind, &crime, a, b).outcome));
            }
        }
        (t.states().to_vec(), cells)
    });
    let (states, cells) = table;
    let n = states.len();
    let cell = 14usize;
    let margin = 40usize;
    let size = margin + n * cell;
    let as_of_s = as_of.to_string();
    let pair_href = |a: StateCode, b: StateCode| {
        format!(
            "/matrix/pair?crime={crime}&kind={}&as_of={as_of_s}&requesting={a}&requested={b}",
            kind.as_str()
        )
    };
    let title = r.t("web-matrix-title");
    let mut counts: Vec<(Outcome, usize)> = Vec::new();
    for row in &cells {
        for o in row.iter().flatten() {
            match counts.iter_mut().find(|(x, _)| x == o) {
                Some((_, n)) => *n += 1,
                None => counts.push((*o, 1)),
            }
        }
    }
    let outcome_label = |o: Outcome| r.t(palermo_rules::answer::outcome_term(o));
    page(
        &cx,
        &title,
        html! {
            h1 { (title) }
            p { (r.t("web-matrix-intro")) }
            (matrix_form(&st, &r, &crime, kind, &as_of_s, &region))
            p.hint {
                @for (k, v) in &counts { span { (outcome_label(*k)) ": " (v) ". " } }
            }
            figure {
                svg #heatmap .heatmap xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {size} {size}")) width=(size) height=(size) role="group" aria-labelledby="heatmap-title" direction="ltr" {
                    title #heatmap-title { (title) " — " (crime_name(&r, &crime)) }
                    @for (i, s) in states.iter().enumerate() {
                        text x=(margin - 3) y=(margin + i * cell + 10) font-size="8" text-anchor="end" { (s.to_string()) }
                        text x=(margin + i * cell + 10) y=(margin - 3) font-size="8" transform=(format!("rotate(-90 {} {})", margin + i * cell + 10, margin - 3)) { (s.to_string()) }
                    }
                    @for (a, row) in cells.iter().enumerate() {
                        @for (b, o) in row.iter().enumerate() {
                            @if let Some(o) = o {
                                a href=(pair_href(states[a], states[b])) aria-label=(format!("{} → {}: {}", r.state_name(states[a]), r.state_name(states[b]), outcome_label(*o))) {
                                    rect x=(margin + b * cell) y=(margin + a * cell) width=(cell - 1) height=(cell - 1)
                                        fill=(match o { Outcome::Yes => "#2e8b57", Outcome::No => "#c0392b", Outcome::DependsOnDomesticLaw => "#5b8def", Outcome::Conflict => "#8e44ad", Outcome::Undetermined => "#e0b34a" }) {
                                        title { (r.state_name(states[a])) " → " (r.state_name(states[b])) ": " (outcome_label(*o)) }
                                    }
                                }
                            }
                        }
                    }
                }
                figcaption { (r.t("web-matrix-caption")) }
            }
            h2 { (r.t("web-matrix-table")) }
            div.scroll {
                table #matrix-table .cells {
                    caption { (r.t("web-matrix-table-caption")) }
                    thead { tr { th scope="col" { (r.t("web-requesting-requested")) } @for s in &states { th scope="col" abbr=(r.state_name(*s)) { (s.to_string()) } } } }
                    tbody {
                        @for (a, row) in cells.iter().enumerate() {
                            tr {
                                th scope="row" { (r.state_name(states[a])) }
                                @for (b, o) in row.iter().enumerate() {
                                    @match o {
                                        Some(o) => td class=(outcome_class(*o)) { a href=(pair_href(states[a], states[b])) title=(format!("{} → {}", r.state_name(states[a]), r.state_name(states[b]))) { (outcome_label(*o)) } },
                                        None => td { "—" },
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// `GET /matrix/pair`: the standard scenario for one pair, explained.
pub async fn pair(State(st): State<AppState>, cx: Cx, Query(q): Query<MatrixQuery>) -> Response {
    let r = cx.r();
    let (Some(crime), Some(kind), Some(a), Some(b)) = (
        q.crime.as_deref(),
        q.kind
            .as_deref()
            .and_then(|k| RequestKind::ALL.into_iter().find(|x| x.as_str() == k)),
        q.requesting
            .as_deref()
            .and_then(|s| s.parse::<StateCode>().ok()),
        q.requested
            .as_deref()
            .and_then(|s| s.parse::<StateCode>().ok()),
    ) else {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-pair"));
    };
    if a == b || !st.data.crimes().iter().any(|c| c.id == crime) {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-pair"));
    }
    let as_of = q
        .as_of
        .as_deref()
        .and_then(|d| d.parse::<jiff::civil::Date>().ok())
        .unwrap_or_else(|| jiff::Zoned::now().date());
    let case = palermo_rules::batch::scenario_case(kind, crime, a, b, as_of);
    let Ok(assessment) = assess(&case, &st.data, as_of, Options::default()) else {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-pair"));
    };
    let names = palermo_render::case_names(&case);
    let view = palermo_render::View::new(
        &assessment,
        &case,
        &st.data,
        Options::default(),
        cx.lang,
        &names,
        false,
        String::new(),
    );
    let body = palermo_render::html::render(&view, &provision_href);
    let title = view.title();
    page(
        &cx,
        &title,
        html! {
            p.hint { (r.t("web-pair-scenario")) }
            (raw(body))
        },
    )
}
