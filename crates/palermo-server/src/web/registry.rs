//! The registry's pages: log in and out, the authority's requests with
//! filters, one request with its timeline and audit trail, a new request
//! from an interview's result (with the assessment kept as its snapshot),
//! and the statistics with charts. Every page goes through the store with
//! the logged-in principal, so a request of another authority is a 404.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use palermo_case::{read_case, Syntax};
use palermo_i18n::Render;
use palermo_registry::stats::{self, Filter};
use palermo_registry::{
    AssessmentSnapshot, BasisKind, Direction, Event, Kind, LegalBasis, Principal, RequestDraft,
    Status,
};
use palermo_rules::{assess, Options};
use palermo_store::{ListFilter, StoreError};
use serde::Deserialize;
use serde_json::Value;

use super::interview::Form;
use super::{error_page, page, page_with_status, raw, see_other, Cx};
use crate::auth::cookie_header;
use crate::AppState;

fn login_page(cx: &Cx, problem: Option<&str>, case: Option<&str>, status: StatusCode) -> Response {
    let r = cx.r();
    let title = r.t("web-login-title");
    page_with_status(
        cx,
        status,
        &title,
        html! {
            h1 { (title) }
            @if case.is_some() { p { (r.t("web-login-to-save")) } }
            @if let Some(p) = problem { p.error role="alert" { (p) } }
            form #login .stack method="post" action="/login" {
                label { (r.t("web-field-user")) input type="text" name="user" autocomplete="username" required; }
                label { (r.t("web-field-password")) input type="password" name="password" autocomplete="current-password" required; }
                @if let Some(c) = case { input type="hidden" name="case" value=(c); }
                div.actions { button #login-button type="submit" { (r.t("web-login")) } }
            }
        },
    )
}

/// `GET /login`.
pub async fn login_form(cx: Cx) -> Response {
    login_page(&cx, None, None, StatusCode::OK)
}

/// `POST /login`: a session; then the registry, or the new-request form
/// when the log-in came from "save to registry".
pub async fn login(State(st): State<AppState>, mut cx: Cx, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let r = cx.r();
    let (user, password) = (
        form.get("user").unwrap_or(""),
        form.get("password").unwrap_or(""),
    );
    match st
        .store
        .login(user, password, st.config.session_lifetime)
        .await
    {
        Ok((who, secret, csrf)) => {
            let cookie = cookie_header(
                &secret,
                st.config.session_lifetime.as_secs(),
                st.config.secure_cookies,
            );
            let mut res = match form.get("case") {
                Some(case) => {
                    cx.who = Some(who.clone());
                    cx.csrf = Some(csrf.clone());
                    new_record_page(&st, &cx, &who, &csrf, case, None)
                }
                None => see_other("/registry"),
            };
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            res
        }
        Err(StoreError::BadCredentials) => login_page(
            &cx,
            Some(&r.t("web-login-failed")),
            form.get("case"),
            StatusCode::UNAUTHORIZED,
        ),
        Err(e) => error_page(&cx, StatusCode::SERVICE_UNAVAILABLE, &e.to_string()),
    }
}

/// `POST /logout`.
pub async fn logout(
    State(st): State<AppState>,
    cx: Cx,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let form = Form::parse(&body);
    if cx.csrf.is_some() && form.get("csrf") != cx.csrf.as_deref() {
        return error_page(&cx, StatusCode::FORBIDDEN, &cx.t("web-error-csrf"));
    }
    if let Some(s) = crate::auth::cookie_from(&headers, crate::auth::SESSION_COOKIE) {
        let _ = st.store.logout(&s).await;
    }
    let mut res = see_other("/");
    if let Ok(v) = HeaderValue::from_str(&cookie_header("", 0, st.config.secure_cookies)) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

fn store_error(cx: &Cx, e: StoreError) -> Response {
    match e {
        StoreError::NotFound => error_page(cx, StatusCode::NOT_FOUND, &cx.t("web-error-no-record")),
        StoreError::Forbidden => error_page(cx, StatusCode::FORBIDDEN, &cx.t("web-error-role")),
        e => error_page(cx, StatusCode::SERVICE_UNAVAILABLE, &e.to_string()),
    }
}

fn status_label(r: &Render<'_>, s: &str) -> String {
    r.t(&format!("web-status-{}", s.replace('_', "-")))
}

fn kind_label(r: &Render<'_>, k: &str) -> String {
    r.t(&format!("web-kind-{}", k.replace('_', "-")))
}

/// Filters of the list.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    direction: Option<String>,
    kind: Option<String>,
    status: Option<String>,
    counterpart: Option<String>,
}

/// `GET /registry`.
pub async fn list(State(st): State<AppState>, cx: Cx, Query(q): Query<ListQuery>) -> Response {
    let Some(who) = cx.who.clone() else {
        return see_other("/login");
    };
    let r = cx.r();
    let nonempty = |s: &Option<String>| s.clone().filter(|v| !v.is_empty());
    let f = ListFilter {
        direction: nonempty(&q.direction),
        kind: nonempty(&q.kind),
        status: nonempty(&q.status),
        counterpart: nonempty(&q.counterpart).map(|c| c.to_ascii_uppercase()),
        limit: Some(500),
        ..Default::default()
    };
    let rows = match st.store.list_records(&who, &f).await {
        Ok(rows) => rows,
        Err(e) => return store_error(&cx, e),
    };
    let title = r.t("web-registry-title");
    page(
        &cx,
        &title,
        html! {
            h1 { (title) }
            p { (r.msg(&palermo_i18n::Msg::new("web-registry-of").arg("user", palermo_i18n::Arg::text(who.user.clone())).arg("state", palermo_i18n::Arg::text(who.state.clone())))) }
            form #filters method="get" action="/registry" {
                label { (r.t("web-field-direction")) " "
                    select name="direction" {
                        option value="" { (r.t("web-any")) }
                        @for d in Direction::ALL { option value=(d.as_str()) selected[f.direction.as_deref() == Some(d.as_str())] { (r.t(&format!("web-direction-{}", d.as_str()))) } }
                    }
                }
                " "
                label { (r.t("web-field-kind")) " "
                    select name="kind" {
                        option value="" { (r.t("web-any")) }
                        @for k in palermo_rules::facts::RequestKind::ALL { option value=(k.as_str()) selected[f.kind.as_deref() == Some(k.as_str())] { (kind_label(&r, k.as_str())) } }
                    }
                }
                " "
                label { (r.t("web-field-status")) " "
                    select name="status" {
                        option value="" { (r.t("web-any")) }
                        option value="pending" selected[f.status.as_deref() == Some("pending")] { (status_label(&r, "pending")) }
                        @for s in Status::ALL { option value=(s.as_str()) selected[f.status.as_deref() == Some(s.as_str())] { (status_label(&r, s.as_str())) } }
                    }
                }
                " "
                label { (r.t("web-field-counterpart")) " " input type="text" name="counterpart" size="4" maxlength="3" value=(f.counterpart.clone().unwrap_or_default()); }
                " "
                button type="submit" { (r.t("web-filter")) }
            }
            p { a #records-csv href="/registry/export.csv" { (r.t("web-export-csv")) } }
            table #records {
                caption.visually-hidden { (title) }
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { (r.t("web-field-reference")) }
                    th scope="col" { (r.t("web-field-direction")) }
                    th scope="col" { (r.t("web-field-kind")) }
                    th scope="col" { (r.t("web-field-states")) }
                    th scope="col" { (r.t("web-field-start")) }
                    th scope="col" { (r.t("web-field-status")) }
                } }
                tbody {
                    @for row in &rows {
                        tr data-id=(row.id) {
                            td { a href=(format!("/registry/{}", row.id)) { (row.id) } }
                            td { (row.reference.clone().unwrap_or_default()) }
                            td { (r.t(&format!("web-direction-{}", row.direction))) }
                            td { (kind_label(&r, &row.kind)) }
                            td { (row.requesting_state) " → " (row.requested_state) }
                            td { (row.start_date.clone().unwrap_or_default()) }
                            td { (row.status.as_deref().map(|s| status_label(&r, s)).unwrap_or_default()) }
                        }
                    }
                }
            }
            @if rows.is_empty() { p { (r.t("web-registry-empty")) } }
        },
    )
}

/// `GET /registry/{id}`.
pub async fn detail(State(st): State<AppState>, cx: Cx, Path(id): Path<String>) -> Response {
    let Some(who) = cx.who.clone() else {
        return see_other("/login");
    };
    let r = cx.r();
    let Ok(id) = id.parse::<i64>() else {
        return error_page(&cx, StatusCode::NOT_FOUND, &r.t("web-error-no-record"));
    };
    let rec = match st.store.get_record(&who, id).await {
        Ok(x) => x,
        Err(e) => return store_error(&cx, e),
    };
    let trail = st.store.record_audit(&who, id).await.unwrap_or_default();
    let q = &rec.request;
    let title = r.msg(&palermo_i18n::Msg::new("web-record-title").arg("id", id as usize));
    page(
        &cx,
        &title,
        html! {
            section #record {
                h1 { (title) }
                dl {
                    dt { (r.t("web-field-reference")) } dd { (q.reference.clone().unwrap_or_default()) }
                    dt { (r.t("web-field-direction")) } dd { (r.t(&format!("web-direction-{}", q.direction.as_str()))) }
                    dt { (r.t("web-field-kind")) } dd { (kind_label(&r, q.kind.as_str())) }
                    dt { (r.t("web-field-states")) } dd { (q.requesting_state) " → " (q.requested_state) }
                    @if !q.legal_bases.is_empty() {
                        dt { (r.t("web-field-basis")) }
                        dd { ul { @for b in &q.legal_bases { li { (r.t(&format!("web-basis-{}", b.basis.as_str().replace('_', "-")))) @if let Some(x) = &b.reference { " — " (x) } } } } }
                    }
                    @if !q.crime_types.is_empty() {
                        dt { (r.t("web-field-crime")) } dd { (q.crime_types.join(", ")) }
                    }
                    @if let Some(a) = &q.assessment {
                        dt { (r.t("web-field-assessment")) }
                        dd { (r.t(palermo_rules::answer::outcome_term(match a.outcome.as_str() { "yes" => palermo_rules::Outcome::Yes, "no" => palermo_rules::Outcome::No, "depends_on_domestic_law" => palermo_rules::Outcome::DependsOnDomesticLaw, "conflict" => palermo_rules::Outcome::Conflict, _ => palermo_rules::Outcome::Undetermined }))) " · " (a.as_of.to_string()) " · " code { (a.data_snapshot) } }
                    }
                    @if let Some(ap) = &rec.approved { dt { (r.t("web-field-approved")) } dd { (ap.by) " · " (ap.at) } }
                    @if let Some(n) = &q.notes { dt { (r.t("web-field-notes")) } dd { (n) } }
                }
                @if let Some(a) = q.assessment.as_ref().filter(|a| a.case_syntax == "json" && matches!(q.kind.as_str(), "mutual_legal_assistance" | "extradition" | "confiscation")) {
                    form #draft-record method="post" action="/interview/draft" {
                        input type="hidden" name="case" value=(a.case);
                        button type="submit" name="action" value="form" .secondary { (r.t("web-draft-open")) }
                    }
                }
                h2 { (r.t("web-timeline")) }
                @if q.timeline.is_empty() { p { (r.t("web-timeline-empty")) } }
                ol #timeline { @for e in &q.timeline { li { time datetime=(e.date.to_string()) { (r.date(e.date)) } " — " (status_label(&r, e.status.as_str())) @if let Some(n) = &e.note { " (" (n) ")" } } } }
                h2 { (r.t("web-audit")) }
                table #audit {
                    thead { tr { th scope="col" { "#" } th scope="col" { (r.t("web-audit-when")) } th scope="col" { (r.t("web-audit-who")) } th scope="col" { (r.t("web-audit-what")) } th scope="col" { (r.t("web-audit-detail")) } } }
                    tbody { @for e in &trail { tr { td { (e.seq) } td { (e.at) } td { (e.actor) } td { code { (e.action) } } td { code { (e.detail) } } } } }
                }
            }
        },
    )
}

fn basis_for(kind: palermo_rules::facts::RequestKind) -> &'static str {
    use palermo_rules::facts::RequestKind::*;
    match kind {
        Extradition => "UNTOC art. 16",
        MutualLegalAssistance => "UNTOC art. 18",
        Confiscation => "UNTOC art. 13",
        TransferOfSentencedPersons => "UNTOC art. 17",
        TransferOfProceedings => "UNTOC art. 21",
        JointInvestigation => "UNTOC art. 19",
        SpecialInvestigativeTechniques => "UNTOC art. 20",
        LawEnforcementCooperation => "UNTOC art. 27",
    }
}

fn new_record_page(
    st: &AppState,
    cx: &Cx,
    who: &Principal,
    csrf: &str,
    case: &str,
    problems: Option<Vec<String>>,
) -> Response {
    let r = cx.r();
    let file = match read_case("case", case, Syntax::Json, &st.data) {
        Ok(f) => f,
        Err(_) => return error_page(cx, StatusCode::BAD_REQUEST, &r.t("web-error-state")),
    };
    let req = &file.case.request;
    let kind = req
        .kind
        .unwrap_or(palermo_rules::facts::RequestKind::MutualLegalAssistance);
    let a = req
        .requesting_state
        .map(|s| s.to_string())
        .unwrap_or_default();
    let b = req
        .requested_state
        .map(|s| s.to_string())
        .unwrap_or_default();
    let outgoing = a == who.state;
    let title = r.t("web-new-title");
    let status = if problems.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page_with_status(
        cx,
        status,
        &title,
        html! {
            h1 { (title) }
            p { (kind_label(&r, kind.as_str())) ": " (a) " → " (b) }
            @if let Some(ps) = &problems { ul.error role="alert" { @for p in ps { li { (p) } } } }
            form #new-record .stack method="post" action="/registry/create" {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="case" value=(case);
                label { (r.t("web-field-direction"))
                    select name="direction" {
                        option value="outgoing" selected[outgoing] { (r.t("web-direction-outgoing")) }
                        option value="incoming" selected[!outgoing] { (r.t("web-direction-incoming")) }
                    }
                }
                label { (r.t("web-field-reference")) input type="text" name="reference" maxlength="200"; }
                label { (r.t("web-field-basis"))
                    select name="basis" {
                        option value="convention" { (r.t("web-basis-convention")) " (" (basis_for(kind)) ")" }
                        option value="treaty" { (r.t("web-basis-treaty")) }
                        option value="reciprocity" { (r.t("web-basis-reciprocity")) }
                        option value="other_instrument" { (r.t("web-basis-other-instrument")) }
                        option value="domestic_law" { (r.t("web-basis-domestic-law")) }
                    }
                }
                label { (r.t("web-field-basis-reference")) input type="text" name="basis_reference" maxlength="200"; }
                label { (r.t("web-field-date")) input type="date" name="date"; }
                label { (r.t("web-field-notes")) textarea name="notes" rows="4" {} }
                div.actions { button #save-record type="submit" { (r.t("web-save-record")) } }
            }
        },
    )
}

/// `POST /registry/new`: the form for a new request from a result.
pub async fn new_form(State(st): State<AppState>, cx: Cx, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let Some(case) = form.get("case") else {
        return error_page(&cx, StatusCode::BAD_REQUEST, &cx.t("web-error-state"));
    };
    match (&cx.who, &cx.csrf) {
        (Some(who), Some(csrf)) => {
            new_record_page(&st, &cx, &who.clone(), &csrf.clone(), case, None)
        }
        _ => login_page(&cx, None, Some(case), StatusCode::OK),
    }
}

/// The assessment of `case` kept with the request.
fn snapshot(st: &AppState, case: &str) -> Result<AssessmentSnapshot, String> {
    let file = read_case("case", case, Syntax::Json, &st.data)
        .map_err(|ds| ds.first().map(|d| d.message.clone()).unwrap_or_default())?;
    let as_of = file.case.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let a = assess(&file.case, &st.data, as_of, Options::default()).map_err(|e| e.to_string())?;
    let names = palermo_render::case_names(&file.case);
    let view = palermo_render::View::new(
        &a,
        &file.case,
        &st.data,
        Options::default(),
        palermo_i18n::Lang::En,
        &names,
        false,
        String::new(),
    );
    let result = serde_json::to_value(palermo_render::json::assessment(&view, &st.data))
        .map_err(|e| e.to_string())?;
    Ok(AssessmentSnapshot {
        engine_version: env!("CARGO_PKG_VERSION").to_owned(),
        data_snapshot: st.data.snapshot_id().to_owned(),
        as_of,
        serious_crime_law: "requesting".to_owned(),
        outcome: a.answer().outcome.as_str().to_owned(),
        case: case.to_owned(),
        case_syntax: "json".to_owned(),
        result,
    })
}

/// `POST /registry/create`.
pub async fn create(State(st): State<AppState>, cx: Cx, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let r = cx.r();
    let (Some(who), Some(csrf)) = (cx.who.clone(), cx.csrf.clone()) else {
        return login_page(&cx, None, form.get("case"), StatusCode::UNAUTHORIZED);
    };
    if form.get("csrf") != Some(csrf.as_str()) {
        return error_page(&cx, StatusCode::FORBIDDEN, &r.t("web-error-csrf"));
    }
    let Some(case) = form.get("case") else {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-state"));
    };
    let snap = match snapshot(&st, case) {
        Ok(s) => s,
        Err(m) => return new_record_page(&st, &cx, &who, &csrf, case, Some(vec![m])),
    };
    let parsed: Value = serde_json::from_str(case).unwrap_or(Value::Null);
    let kind = parsed["request"]["kind"].as_str().and_then(Kind::parse);
    let (Some(kind), Some(a), Some(b)) = (
        kind,
        parsed["request"]["requesting_state"].as_str(),
        parsed["request"]["requested_state"].as_str(),
    ) else {
        return new_record_page(
            &st,
            &cx,
            &who,
            &csrf,
            case,
            Some(vec![r.t("web-error-state")]),
        );
    };
    let direction =
        Direction::parse(form.get("direction").unwrap_or("")).unwrap_or(Direction::Outgoing);
    let basis = BasisKind::parse(form.get("basis").unwrap_or("")).unwrap_or(BasisKind::Convention);
    let basis_ref = form
        .get("basis_reference")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let basis_ref = match basis {
        BasisKind::Convention => Some(basis_ref.unwrap_or_else(|| basis_for(kind.0).to_owned())),
        BasisKind::Reciprocity => None,
        _ => basis_ref,
    };
    let mut timeline = Vec::new();
    if let Some(d) = form
        .get("date")
        .filter(|d| !d.is_empty())
        .and_then(|d| d.parse().ok())
    {
        timeline.push(Event {
            status: match direction {
                Direction::Outgoing => Status::Sent,
                Direction::Incoming => Status::Received,
            },
            date: d,
            note: None,
        });
    }
    let crime_types: Vec<String> = parsed["offence"]["crime_types"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let draft = RequestDraft {
        reference: form.get("reference").map(str::to_owned),
        direction,
        kind,
        requesting_state: a.to_owned(),
        requested_state: b.to_owned(),
        requesting_authority: None,
        requested_authority: None,
        crime_types,
        offences: Vec::new(),
        legal_bases: vec![LegalBasis {
            basis,
            reference: basis_ref,
        }],
        assessment: Some(snap),
        timeline,
        refusal_grounds: Vec::new(),
        notes: form.get("notes").map(str::to_owned),
        attachments: Vec::new(),
    };
    let crimes = st.crime_ids();
    match st.store.create_record(&who, draft, Some(&crimes)).await {
        Ok(rec) => see_other(&format!("/registry/{}", rec.id)),
        Err(StoreError::Invalid(ps)) => new_record_page(
            &st,
            &cx,
            &who,
            &csrf,
            case,
            Some(ps.iter().map(|p| p.to_string()).collect()),
        ),
        Err(e) => store_error(&cx, e),
    }
}

/// `GET /registry/export.csv`: the authority's requests as a spreadsheet.
pub async fn export_csv(State(st): State<AppState>, cx: Cx) -> Response {
    let Some(who) = cx.who.clone() else {
        return see_other("/login");
    };
    match st.store.export_records(&who).await {
        Ok(recs) => {
            let mut res =
                palermo_registry::import::export(recs.iter().map(|r| &r.request)).into_response();
            res.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            res.headers_mut().insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"registry.csv\""),
            );
            res
        }
        Err(e) => store_error(&cx, e),
    }
}

fn chart(
    r: &Render<'_>,
    title_id: &str,
    rows: &[stats::Row],
    rtl: bool,
    key: &dyn Fn(&str) -> String,
) -> Markup {
    let rows: Vec<(String, u64, u64)> = rows
        .iter()
        .map(|x| {
            (
                key(&x.key),
                x.requests.exact().unwrap_or(0),
                x.convention_basis.exact().unwrap_or(0),
            )
        })
        .collect();
    let labels = palermo_registry::chart::Labels {
        total: &r.t("web-chart-requests"),
        convention: &r.t("web-chart-convention"),
        empty: &r.t("web-chart-empty"),
    };
    raw(palermo_registry::chart::bars_with(
        &r.t(title_id),
        &rows,
        rtl,
        &labels,
    ))
}

/// `GET /stats.csv`: the statistics as CSV (aggregates only).
pub async fn stats_csv(State(st): State<AppState>, cx: Cx) -> Response {
    let Some(who) = cx.who.clone() else {
        return see_other("/login");
    };
    match st.store.drafts_for_statistics(&who).await {
        Ok(d) => {
            let s = stats::compute(d.iter(), &Filter::default());
            let mut res = stats::to_csv(&s).into_response();
            res.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            res.headers_mut().insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"statistics.csv\""),
            );
            res
        }
        Err(e) => store_error(&cx, e),
    }
}

/// `GET /stats`: the statistics of the authority's requests.
pub async fn stats(State(st): State<AppState>, cx: Cx) -> Response {
    let Some(who) = cx.who.clone() else {
        return see_other("/login");
    };
    let r = cx.r();
    let drafts = match st.store.drafts_for_statistics(&who).await {
        Ok(d) => d,
        Err(e) => return store_error(&cx, e),
    };
    let s = stats::compute(drafts.iter(), &Filter::default());
    let rtl = cx.lang.dir() == "rtl";
    let title = r.t("web-stats-title");
    let year = |k: &str| {
        if k == stats::UNDATED {
            r.t("web-stats-undated")
        } else {
            k.to_owned()
        }
    };
    let state = |k: &str| match k.parse::<palermo_rules::StateCode>() {
        Ok(c) => r.state_name(c),
        Err(_) => k.to_owned(),
    };
    let kind = |k: &str| {
        if Kind::parse(k).is_some() {
            kind_label(&r, k)
        } else {
            k.to_owned()
        }
    };
    let outcome = |k: &str| status_label(&r, k);
    page(
        &cx,
        &title,
        html! {
            section #statistics {
                h1 { (title) }
                p { (r.msg(&palermo_i18n::Msg::new("web-stats-summary").arg("n", s.requests as usize).arg("convention", s.convention_basis as usize))) }
                p { a #stats-csv href="/stats.csv" { (r.t("web-export-csv")) } }
                div.charts {
                    (chart(&r, "web-stats-by-year", &s.by_year, rtl, &year))
                    (chart(&r, "web-stats-by-kind", &s.by_kind, rtl, &kind))
                    (chart(&r, "web-stats-by-counterpart", &s.by_counterpart, rtl, &state))
                    (chart(&r, "web-stats-by-outcome", &s.by_outcome, rtl, &outcome))
                }
                h2 { (r.t("web-stats-days")) }
                @if let Some(d) = &s.days_to_execution.all {
                    p { (r.msg(&palermo_i18n::Msg::new("web-stats-days-figures").arg("median", d.median.unwrap_or(0) as usize).arg("p90", d.p90.unwrap_or(0) as usize).arg("n", d.count.exact().unwrap_or(0) as usize))) }
                } @else { p { (r.t("web-stats-days-none")) } }
                h2 { (r.t("web-stats-refusals")) }
                p { (r.msg(&palermo_i18n::Msg::new("web-stats-refusal-figures").arg("refused", s.refused.exact().unwrap_or(0) as usize).arg("ruled_out", s.refused_on_ruled_out_ground.exact().unwrap_or(0) as usize))) }
                @if !s.refusal_grounds.is_empty() {
                    table { thead { tr { th scope="col" { (r.t("web-stats-ground")) } th scope="col" { (r.t("web-stats-provision")) } th scope="col" { (r.t("web-chart-requests")) } } }
                        tbody { @for g in &s.refusal_grounds { tr { td { code { (g.code.code()) } } td { (g.provision.clone().unwrap_or_default()) } td { (g.requests.to_string()) } } } } }
                }
            }
        },
    )
}
