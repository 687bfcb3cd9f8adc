//! The guided interview: start from the kind of cooperation, the two States
//! and a date; after each answer run the engine and ask the most decisive
//! fact still missing (the engine's own ranking), saying why it is asked;
//! every question accepts "unknown", and the answer can be shown at any
//! time. The interview's state is a case file (JSON) carried in the form, so
//! it can be downloaded as TOML or JSON and uploaded again; nothing is kept
//! on the server.

use axum::body::Bytes;
use axum::extract::{Multipart, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use palermo_case::{read_case, CaseFile, Syntax};
use palermo_i18n::Render;
use palermo_rules::facts::RequestKind;
use palermo_rules::{assess, catalogue, Assessment, MissingTier, Options, StateCode};
use serde_json::{json, Map, Value};

use super::{error_page, page, page_with_status, raw, Cx};
use crate::AppState;

/// How a fact is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Yes or no.
    Bool,
    /// One State.
    State,
    /// Several States (none is an answer too).
    States,
    /// A whole number from 1.
    Count,
    /// A statutory maximum: `5y`, `18m`, `4y6m`, `life`, `death`, `fine`, `none`.
    Penalty,
    /// One of a list.
    OneOf(&'static [&'static str]),
    /// Any of a list (none is an answer too).
    AnyOf(&'static [&'static str]),
    /// A date, or `none` (a Protocol's entry into force for a State).
    DateOrNone,
    /// A line of text.
    Text,
    /// Several texts, separated by commas.
    Texts,
}

const CONVENTION_OFFENCES: &[&str] = &[
    "untoc.art5",
    "untoc.art6",
    "untoc.art8",
    "untoc.art23",
    "tip.art5",
    "som.art6",
    "firearms.art5",
];
const AIMS: &[&str] = &["serious_crime", "convention_offence", "other"];
const BENEFIT: &[&str] = &[
    "financial",
    "other_material",
    "none",
    "political_ideological",
];
const MEASURES: &[&str] = &[
    "taking_evidence",
    "service_of_documents",
    "search_seizure_freezing",
    "examining_objects_sites",
    "information_expert_evaluations",
    "documents_records",
    "tracing_proceeds",
    "voluntary_appearance",
    "other",
];
const CONFISCATION_MEASURE: &[&str] = &[
    "domestic_order",
    "give_effect_to_order",
    "identify_trace_freeze",
];
const TECHNIQUE: &[&str] = &["controlled_delivery", "surveillance", "undercover"];

/// The case path without offence numbers and State codes, e.g.
/// `offences[2].max_penalty.ITA` → `offence.max_penalty.*`.
fn pattern(path: &str) -> String {
    let mut out = Vec::new();
    for (i, seg) in path.split('.').enumerate() {
        if i == 0 && seg.starts_with("offences[") {
            out.push("offence");
        } else if seg.len() == 3 && seg.bytes().all(|b| b.is_ascii_uppercase()) {
            out.push("*");
        } else {
            out.push(seg);
        }
    }
    out.join(".")
}

/// How the fact at `path` is asked, if the interview knows it.
pub fn input_for(path: &str) -> Option<Input> {
    use Input::*;
    if path.starts_with("domestic_law.") {
        return Some(Bool);
    }
    Some(match pattern(path).as_str() {
        "group.active_in"
        | "offence.committed_in"
        | "offence.prepared_in"
        | "offence.substantial_effects_in"
        | "request.person_nationalities" => States,
        "group.acts_in_concert"
        | "group.exists_for_period"
        | "group.randomly_formed"
        | "offence.involves_group"
        | "offence.punishable_in.*"
        | "request.agreed_to_apply_art18_9_29"
        | "request.concerns_legal_person"
        | "request.fiscal_aspects"
        | "request.property_in_requested_state"
        | "request.return_requested"
        | "request.sentence_enforcement"
        | "request.treaty_in_force"
        | "states.*.art35_opt_out"
        | "states.*.convention_as_extradition_basis"
        | "states.*.extradition_requires_treaty"
        | "states.*.protocol_dispute_opt_out.tip"
        | "states.*.protocol_dispute_opt_out.som"
        | "states.*.protocol_dispute_opt_out.firearms"
        | "suspicion.organized_criminal_group"
        | "suspicion.transnational" => Bool,
        "group.members" => Count,
        "group.aims" => AnyOf(AIMS),
        "group.benefit" => OneOf(BENEFIT),
        "offence.convention_offences" => AnyOf(CONVENTION_OFFENCES),
        "offence.max_penalty.*" => Penalty,
        "request.measures" => AnyOf(MEASURES),
        "request.confiscation_measure" => OneOf(CONFISCATION_MEASURE),
        "request.investigative_technique" => OneOf(TECHNIQUE),
        "request.person_located_in" => State,
        "states.*.protocols.tip" | "states.*.protocols.som" | "states.*.protocols.firearms" => {
            DateOrNone
        }
        "states.*.central_authority" => Text,
        "states.*.languages" => Texts,
        _ => return None,
    })
}

/// The form's fields, in order (repeated names kept: checkboxes, multiple
/// selects, the facts marked unknown).
pub struct Form(Vec<(String, String)>);

impl Form {
    /// Reads an `application/x-www-form-urlencoded` body.
    pub fn parse(body: &[u8]) -> Form {
        Form(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `key`.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Sets `value` at the case path `path` (`offence.max_penalty.ITA`,
/// `offences[1].committed_in`, `domestic_law.KEN.art16.7.x`).
pub fn set_path(case: &mut Value, path: &str, value: Value) {
    // `domestic_law.<S>.<question id with dots>`: the id is one key.
    let segs: Vec<String> = if let Some(rest) = path.strip_prefix("domestic_law.") {
        match rest.split_once('.') {
            Some((state, id)) => vec!["domestic_law".into(), state.into(), id.into()],
            None => vec![path.into()],
        }
    } else {
        path.split('.').map(str::to_owned).collect()
    };
    let mut at = case;
    let last = segs.len() - 1;
    for (i, seg) in segs.iter().enumerate() {
        let (key, index) = match seg.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg.as_str(), None),
        };
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(map) = at else { return };
        if let Some(n) = index {
            let arr = map.entry(key).or_insert_with(|| Value::Array(Vec::new()));
            if !arr.is_array() {
                *arr = Value::Array(Vec::new());
            }
            let Value::Array(items) = arr else { return };
            while items.len() <= n {
                items.push(Value::Object(Map::new()));
            }
            at = &mut items[n];
            if i == last {
                *at = value;
                return;
            }
        } else if i == last {
            map.insert(key.to_owned(), value);
            return;
        } else {
            at = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
        }
    }
}

/// The value a form gives for `input`, or why it cannot be used.
fn value_of(input: Input, form: &Form, r: &Render<'_>) -> Result<Value, String> {
    let one = form.get("value").map(str::trim).unwrap_or("");
    match input {
        Input::Bool => match one {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(r.t("web-error-choose")),
        },
        Input::State => one
            .parse::<StateCode>()
            .map(|s| Value::String(s.to_string()))
            .map_err(|_| r.t("web-error-choose")),
        Input::States => Ok(Value::Array(
            form.all("value")
                .into_iter()
                .filter(|v| v.parse::<StateCode>().is_ok())
                .map(|v| Value::String(v.to_owned()))
                .collect(),
        )),
        Input::Count => one
            .parse::<u32>()
            .ok()
            .filter(|n| *n >= 1)
            .map(|n| json!(n))
            .ok_or_else(|| r.t("web-error-count")),
        Input::Penalty => {
            let v = one.to_ascii_lowercase().replace(' ', "");
            let ok = matches!(v.as_str(), "life" | "death" | "fine" | "none") || {
                let (y, m) = match v.split_once('y') {
                    Some((y, m)) => (Some(y), m.strip_suffix('m')),
                    None => (None, v.strip_suffix('m')),
                };
                let num = |s: &str| {
                    !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())
                };
                match (y, m) {
                    (Some(y), None) => num(y) && v.ends_with('y'),
                    (Some(y), Some(m)) => num(y) && num(m),
                    (None, Some(m)) => num(m),
                    (None, None) => false,
                }
            };
            if ok {
                Ok(Value::String(v))
            } else {
                Err(r.t("web-error-penalty"))
            }
        }
        Input::OneOf(choices) => choices
            .iter()
            .find(|c| **c == one)
            .map(|c| Value::String((*c).to_owned()))
            .ok_or_else(|| r.t("web-error-choose")),
        Input::AnyOf(choices) => Ok(Value::Array(
            form.all("value")
                .into_iter()
                .filter(|v| choices.contains(v))
                .map(|v| Value::String(v.to_owned()))
                .collect(),
        )),
        Input::DateOrNone => {
            if one == "none" {
                Ok(Value::String("none".into()))
            } else {
                one.parse::<jiff::civil::Date>()
                    .map(|d| Value::String(d.to_string()))
                    .map_err(|_| r.t("web-error-date"))
            }
        }
        Input::Text => {
            if one.is_empty() {
                Err(r.t("web-error-text"))
            } else {
                Ok(Value::String(one.to_owned()))
            }
        }
        Input::Texts => Ok(Value::Array(
            one.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_owned()))
                .collect(),
        )),
    }
}

/// The States of the data, by their name in `lang`.
fn states_by_name(st: &AppState, r: &Render<'_>) -> Vec<(StateCode, String)> {
    let mut v: Vec<(StateCode, String)> = st
        .data
        .states()
        .into_iter()
        .map(|s| (s, r.state_name(s)))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}

fn kind_label(r: &Render<'_>, k: RequestKind) -> String {
    r.t(&format!("kind-{}", k.as_str().replace('_', "-")))
}

/// `GET /interview`: the first questions (kind, States, date) and an upload.
pub async fn start(State(st): State<AppState>, cx: Cx) -> Response {
    start_page(&st, &cx, None)
}

fn start_page(st: &AppState, cx: &Cx, problem: Option<&str>) -> Response {
    let r = cx.r();
    let states = states_by_name(st, &r);
    let today = jiff::Zoned::now().date().to_string();
    let title = r.t("web-interview-title");
    page(
        cx,
        &title,
        html! {
            h1 { (title) }
            p { (r.t("web-interview-intro")) }
            @if let Some(p) = problem { p.error role="alert" { (p) } }
            form #start .stack method="post" action="/interview" {
                label {
                    (r.t("web-field-kind"))
                    select name="kind" required {
                        @for k in RequestKind::ALL {
                            option value=(k.as_str()) { (kind_label(&r, k)) }
                        }
                    }
                }
                label {
                    (r.t("web-field-requesting"))
                    select name="requesting_state" required {
                        @for (c, n) in &states { option value=(c.to_string()) { (n) } }
                    }
                }
                label {
                    (r.t("web-field-requested"))
                    select name="requested_state" required {
                        @for (c, n) in &states { option value=(c.to_string()) { (n) } }
                    }
                }
                label {
                    (r.t("web-field-as-of"))
                    input type="date" name="as_of" value=(today) required;
                }
                div.actions { button #begin type="submit" name="action" value="begin" { (r.t("web-begin")) } }
            }
            h2 { (r.t("web-upload-title")) }
            form #upload .stack method="post" action="/interview/upload" enctype="multipart/form-data" {
                label {
                    (r.t("web-upload-label"))
                    input type="file" name="file" accept=".toml,.json,application/json,application/toml";
                }
                div.actions { button type="submit" .secondary { (r.t("web-upload")) } }
            }
        },
    )
}

/// The case read and assessed, or what is wrong with it.
struct Read {
    file: CaseFile,
    a: Assessment,
}

fn read_and_assess(st: &AppState, case: &Value) -> Result<Read, Vec<String>> {
    let text = case.to_string();
    let file = read_case("interview", &text, Syntax::Json, &st.data)
        .map_err(|ds| ds.iter().map(|d| d.message.clone()).collect::<Vec<_>>())?;
    let as_of = file.case.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let a =
        assess(&file.case, &st.data, as_of, Options::default()).map_err(|e| vec![e.to_string()])?;
    Ok(Read { file, a })
}

/// A question to ask: the fact, how, and the finding that needs it.
struct Ask {
    path: String,
    input: Input,
    question: String,
    why: Option<(palermo_cite::Provision, String)>,
    decisive: bool,
}

/// The most decisive fact still missing that the user has not marked
/// unknown, then the domestic-law questions.
fn next_question(read: &Read, unknown: &[&str], r: &Render<'_>) -> Option<Ask> {
    let a = &read.a;
    for (fact, tier) in a.missing.iter().zip(a.missing_tiers.iter()) {
        if *tier == MissingTier::Moot {
            continue;
        }
        let path = fact.to_string();
        if unknown.contains(&path.as_str()) {
            continue;
        }
        let Some(input) = input_for(&path) else {
            continue;
        };
        let why = a
            .findings
            .iter()
            .find(|f| f.missing.iter().any(|m| m == fact))
            .map(|f| {
                let sentence = catalogue::spec_for(&f.id)
                    .map(|s| r.msg(&s.describe()))
                    .unwrap_or_else(|| r.msg(&f.message));
                (f.citation, sentence)
            });
        return Some(Ask {
            question: r
                .msg(&fact.with_path(|p| palermo_rules::fact_questions::question_for(p, a.kind))),
            path,
            input,
            why,
            decisive: *tier == MissingTier::Decisive,
        });
    }
    for q in palermo_rules::answer::ordered_questions(a) {
        let path = format!("domestic_law.{}.{}", q.state, q.id);
        if unknown.contains(&path.as_str()) {
            continue;
        }
        return Some(Ask {
            question: r.msg(&q.question),
            why: Some((q.citation, r.t("web-why-domestic"))),
            path,
            input: Input::Bool,
            decisive: false,
        });
    }
    None
}

/// The language switch of a page whose state is in the form: the header's
/// links would start the interview again, these forms carry it along.
fn relang(cx: &Cx, case: &Value, unknown: &[&str], action: &str) -> Markup {
    html! {
        nav.relang aria-label=(cx.t("web-relang")) {
            span { (cx.t("web-relang")) " " }
            @for l in palermo_i18n::Lang::ALL {
                @if l != cx.lang {
                    form method="post" action=(format!("/interview?lang={}", l.code())) {
                        (hidden_state(case, unknown))
                        button.link type="submit" name="action" value=(action) lang=(l.code()) { (l.native_name()) }
                    }
                }
            }
        }
    }
}

fn hidden_state(case: &Value, unknown: &[&str]) -> Markup {
    html! {
        input type="hidden" name="case" value=(case.to_string());
        @for u in unknown { input type="hidden" name="unknown" value=(u); }
    }
}

/// Where a citation links: the provision's page.
pub fn provision_href(p: palermo_cite::Provision) -> Option<String> {
    Some(format!("/provision/{}", provision_id(p)))
}

/// A provision as a path segment: `UNTOC art. 16(5)(a)` → `art16.5.a`.
pub fn provision_id(p: palermo_cite::Provision) -> String {
    let s = p.to_string();
    let (instr, rest) = s.split_once(' ').unwrap_or(("UNTOC", s.as_str()));
    let body = rest
        .trim_start_matches("arts. ")
        .trim_start_matches("art. ")
        .replace(")(", ".")
        .replace(['(', ')'], ".")
        .trim_end_matches('.')
        .to_owned();
    if instr == "UNTOC" {
        format!("art{body}")
    } else {
        format!("{}.art{body}", instr.to_lowercase())
    }
}

impl Read {
    /// The view a page renders, in `lang`.
    fn view<'a>(
        &'a self,
        st: &AppState,
        lang: palermo_i18n::Lang,
        names: &'a [(StateCode, std::sync::Arc<str>)],
        command: String,
    ) -> palermo_render::View<'a> {
        palermo_render::View::new(
            &self.a,
            &self.file.case,
            &st.data,
            Options::default(),
            lang,
            names,
            false,
            command,
        )
    }
}

fn result_page(st: &AppState, cx: &Cx, case: &Value, read: &Read, unknown: &[&str]) -> Response {
    let r = cx.r();
    let names = palermo_render::case_names(&read.file.case);
    let view = read.view(st, cx.lang, &names, "palermo assess CASE".to_owned());
    let body = palermo_render::html::render(&view, &provision_href);
    let title = view.title();
    page(
        cx,
        &title,
        html! {
            (raw(body))
            section #actions {
                h2 { (r.t("web-next-title")) }
                div.actions {
                    form #continue method="post" action="/interview" {
                        (hidden_state(case, &[]))
                        button type="submit" name="action" value="continue" .secondary { (r.t("web-continue")) }
                    }
                    form #download-toml method="post" action="/interview/download" {
                        input type="hidden" name="case" value=(case.to_string());
                        input type="hidden" name="format" value="toml";
                        button type="submit" .secondary { (r.t("web-download-toml")) }
                    }
                    form #download-json method="post" action="/interview/download" {
                        input type="hidden" name="case" value=(case.to_string());
                        input type="hidden" name="format" value="json";
                        button type="submit" .secondary { (r.t("web-download-json")) }
                    }
                    form #export-markdown method="post" action="/interview/download" {
                        input type="hidden" name="case" value=(case.to_string());
                        input type="hidden" name="format" value="markdown";
                        button type="submit" .secondary { (r.t("web-export-markdown")) }
                    }
                    form #export-json method="post" action="/interview/download" {
                        input type="hidden" name="case" value=(case.to_string());
                        input type="hidden" name="format" value="assessment";
                        button type="submit" .secondary { (r.t("web-export-json")) }
                    }
                    @if matches!(read.file.case.request.kind, Some(RequestKind::MutualLegalAssistance | RequestKind::Extradition | RequestKind::Confiscation)) {
                        form #draft-request method="post" action="/interview/draft" {
                            input type="hidden" name="case" value=(case.to_string());
                            button type="submit" name="action" value="form" .secondary { (r.t("web-draft-open")) }
                        }
                    }
                    form #save method="post" action="/registry/new" {
                        input type="hidden" name="case" value=(case.to_string());
                        button type="submit" { (r.t("web-save")) }
                    }
                }
                @if !unknown.is_empty() {
                    p.hint { (r.msg(&palermo_i18n::Msg::new("web-unknown-count").arg("n", unknown.len()))) }
                }
                (relang(cx, case, unknown, "result"))
            }
        },
    )
}

fn question_page(
    st: &AppState,
    cx: &Cx,
    case: &Value,
    read: &Read,
    unknown: &[&str],
    ask: &Ask,
    problem: Option<&str>,
) -> Response {
    let r = cx.r();
    let names = palermo_render::case_names(&read.file.case);
    let view = read.view(st, cx.lang, &names, String::new());
    let headline = r.msg(&view.answer.headline);
    let states = states_by_name(st, &r);
    let title = r.t("web-interview-title");
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let choice = |c: &str| r.t(&format!("web-choice-{}", c.replace(['.', '_'], "-")));
    page_with_status(
        cx,
        status,
        &title,
        html! {
            h1 { (view.title()) }
            section #answer aria-live="polite" {
                h2 { (r.t("web-answer-so-far")) }
                p #headline .headline { (headline) }
            }
            form #question .stack method="post" action="/interview" {
                (hidden_state(case, unknown))
                input type="hidden" name="fact" value=(ask.path);
                fieldset {
                    legend { (ask.question) }
                    @if ask.decisive { p.hint { strong { (r.t("label-decisive")) } } }
                    @if let Some((p, sentence)) = &ask.why {
                        p.why {
                            (r.t("web-why")) " "
                            @if let Some(h) = provision_href(*p) { a.cite href=(h) { (r.cite(*p)) } }
                            ": " (sentence)
                        }
                    }
                    @if let Some(p) = problem { p.error role="alert" { (p) } }
                    @match ask.input {
                        Input::Bool => {
                            label { input type="radio" name="value" value="true"; " " (r.t("web-yes")) }
                            label { input type="radio" name="value" value="false"; " " (r.t("web-no")) }
                        }
                        Input::State => {
                            label {
                                span.visually-hidden { (ask.question) }
                                select name="value" {
                                    @for (c, n) in &states { option value=(c.to_string()) { (n) } }
                                }
                            }
                        }
                        Input::States => {
                            label {
                                span.hint { (r.t("web-hint-states")) }
                                select name="value" multiple size="8" {
                                    @for (c, n) in &states { option value=(c.to_string()) { (n) } }
                                }
                            }
                        }
                        Input::Count => {
                            label { span.visually-hidden { (ask.question) } input type="number" name="value" min="1" step="1"; }
                        }
                        Input::Penalty => {
                            label {
                                span.hint { (r.t("web-hint-penalty")) }
                                input type="text" name="value" pattern="[0-9]{1,4}y([0-9]{1,4}m)?|[0-9]{1,4}m|life|death|fine|none";
                            }
                        }
                        Input::OneOf(cs) => {
                            @for c in cs { label { input type="radio" name="value" value=(c); " " (choice(c)) } }
                        }
                        Input::AnyOf(cs) => {
                            p.hint { (r.t("web-hint-any")) }
                            @for c in cs { label { input type="checkbox" name="value" value=(c); " " (choice(c)) } }
                        }
                        Input::DateOrNone => {
                            label { span.hint { (r.t("web-hint-date-or-none")) } input type="text" name="value"; }
                        }
                        Input::Text => {
                            label { span.visually-hidden { (ask.question) } input type="text" name="value"; }
                        }
                        Input::Texts => {
                            label { span.hint { (r.t("web-hint-texts")) } input type="text" name="value"; }
                        }
                    }
                }
                div.actions {
                    button #answer-button type="submit" name="action" value="answer" { (r.t("web-answer")) }
                    button #unknown-button .secondary type="submit" name="action" value="unknown" { (r.t("web-unknown")) }
                    button #show-result .secondary type="submit" name="action" value="result" { (r.t("web-show-result")) }
                }
            }
            (answered(&r, case))
            (relang(cx, case, unknown, "continue"))
        },
    )
}

/// What the case says so far: each fact by its question (or its field's
/// name), each value in words.
fn answered(r: &Render<'_>, case: &Value) -> Markup {
    let mut rows: Vec<(String, Value)> = Vec::new();
    fn walk(prefix: &str, v: &Value, rows: &mut Vec<(String, Value)>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let p = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&p, x, rows);
                }
            }
            Value::Array(items) if items.iter().any(Value::is_object) => {
                for (i, x) in items.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), x, rows);
                }
            }
            other => rows.push((prefix.to_owned(), other.clone())),
        }
    }
    walk("", case, &mut rows);
    // The person of `request.person_*` is asked about as the request's kind
    // names them (the person sought, or the alleged offender).
    let kind = case
        .pointer("/request/kind")
        .and_then(Value::as_str)
        .and_then(|k| RequestKind::ALL.into_iter().find(|x| x.as_str() == k));
    let label = |path: &str| -> String {
        match path {
            "request.kind" => r.t("web-field-kind"),
            "request.requesting_state" => r.t("web-field-requesting"),
            "request.requested_state" => r.t("web-field-requested"),
            "as_of" => r.t("web-field-as-of"),
            p if input_for(p).is_some() && !p.starts_with("domestic_law.") => {
                r.msg(&palermo_rules::fact_questions::question_for(p, kind))
            }
            p => p.to_owned(),
        }
    };
    let word = |path: &str, v: &Value| -> String {
        let one = |x: &Value| -> String {
            match x {
                Value::Bool(true) => r.t("web-yes"),
                Value::Bool(false) => r.t("web-no"),
                Value::String(s) if path == "request.kind" => {
                    r.t(&format!("web-kind-{}", s.replace('_', "-")))
                }
                Value::String(s) => match s.parse::<StateCode>() {
                    Ok(c) if s.len() == 3 => r.state_name(c),
                    _ => match input_for(path) {
                        Some(Input::OneOf(_) | Input::AnyOf(_)) => {
                            r.t(&format!("web-choice-{}", s.replace(['.', '_'], "-")))
                        }
                        _ => s.clone(),
                    },
                },
                other => other.to_string(),
            }
        };
        match v {
            Value::Array(a) if a.is_empty() => r.t("web-none"),
            Value::Array(a) => a.iter().map(one).collect::<Vec<_>>().join(", "),
            x => one(x),
        }
    };
    html! {
        section #answered {
            h2 { (r.t("web-answered")) }
            dl.answered {
                @for (k, v) in &rows { dt { (label(k)) } dd { (word(k, v)) } }
            }
        }
    }
}

/// `POST /interview`: begin, answer, mark unknown, show the answer.
pub async fn step(State(st): State<AppState>, cx: Cx, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let r = cx.r();
    let action = form.get("action").unwrap_or("answer");
    let mut case: Value = match (action, form.get("case")) {
        ("begin", _) => {
            let (Some(kind), Some(a), Some(b)) = (
                form.get("kind"),
                form.get("requesting_state"),
                form.get("requested_state"),
            ) else {
                return start_page(&st, &cx, Some(&r.t("web-error-start")));
            };
            if a == b {
                return start_page(&st, &cx, Some(&r.t("web-error-same-state")));
            }
            let mut c =
                json!({ "request": { "kind": kind, "requesting_state": a, "requested_state": b } });
            if let Some(d) = form.get("as_of").filter(|d| !d.is_empty()) {
                c["as_of"] = Value::String(d.to_owned());
            }
            c
        }
        (_, Some(text)) => match serde_json::from_str(text) {
            Ok(v @ Value::Object(_)) => v,
            _ => return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-state")),
        },
        _ => return start_page(&st, &cx, None),
    };
    let mut unknown: Vec<String> = form.all("unknown").into_iter().map(str::to_owned).collect();
    let mut problem = None;
    if let Some(fact) = form.get("fact") {
        match action {
            "unknown" => unknown.push(fact.to_owned()),
            "answer" => match input_for(fact) {
                Some(input) => match value_of(input, &form, &r) {
                    Ok(v) => {
                        let mut next = case.clone();
                        set_path(&mut next, fact, v);
                        match read_and_assess(&st, &next) {
                            Ok(_) => case = next,
                            Err(ms) => problem = Some(ms.join("; ")),
                        }
                    }
                    Err(m) => problem = Some(m),
                },
                None => problem = Some(r.t("web-error-state")),
            },
            _ => {}
        }
    }
    let read = match read_and_assess(&st, &case) {
        Ok(x) => x,
        Err(ms) => return start_page(&st, &cx, Some(&ms.join("; "))),
    };
    let unknown_refs: Vec<&str> = unknown.iter().map(String::as_str).collect();
    if action == "result" {
        return result_page(&st, &cx, &case, &read, &unknown_refs);
    }
    // A problem re-asks the same question: it is still the first missing.
    let ask = next_question(&read, &unknown_refs, &r);
    match ask {
        Some(ask) => question_page(
            &st,
            &cx,
            &case,
            &read,
            &unknown_refs,
            &ask,
            problem.as_deref(),
        ),
        None => result_page(&st, &cx, &case, &read, &unknown_refs),
    }
}

/// `POST /interview/upload`: a case file (TOML or JSON) to continue from.
pub async fn upload(State(st): State<AppState>, cx: Cx, mut mp: Multipart) -> Response {
    let r = cx.r();
    let mut text = None;
    while let Ok(Some(field)) = mp.next_field().await {
        if field.name() == Some("file") {
            if let Ok(b) = field.bytes().await {
                text = String::from_utf8(b.to_vec()).ok();
            }
        }
    }
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return start_page(&st, &cx, Some(&r.t("web-error-upload")));
    };
    let syntax = if text.trim_start().starts_with('{') {
        Syntax::Json
    } else {
        Syntax::Toml
    };
    if let Err(ds) = read_case("upload", &text, syntax, &st.data) {
        let msg: Vec<String> = ds
            .iter()
            .take(5)
            .map(|d| format!("{}: {}", d.line, d.message))
            .collect();
        return start_page(&st, &cx, Some(&msg.join("; ")));
    }
    let case = match syntax {
        Syntax::Json => serde_json::from_str::<Value>(&text).ok(),
        Syntax::Toml => toml::from_str::<toml::Value>(&text).ok().map(toml_to_json),
    };
    let Some(case) = case else {
        return start_page(&st, &cx, Some(&r.t("web-error-upload")));
    };
    let read = match read_and_assess(&st, &case) {
        Ok(x) => x,
        Err(ms) => return start_page(&st, &cx, Some(&ms.join("; "))),
    };
    match next_question(&read, &[], &r) {
        Some(ask) => question_page(&st, &cx, &case, &read, &[], &ask, None),
        None => result_page(&st, &cx, &case, &read, &[]),
    }
}

/// A TOML value as JSON (dates as `YYYY-MM-DD` strings, as the JSON case
/// format writes them).
pub fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// `POST /interview/download`: the case as TOML or JSON, or the
/// assessment as a Markdown memo or JSON.
pub async fn download(State(st): State<AppState>, cx: Cx, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let r = cx.r();
    let Some(case) = form
        .get("case")
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
    else {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-state"));
    };
    let (bytes, ctype, name): (Vec<u8>, &str, &str) = match form.get("format").unwrap_or("json") {
        "toml" => match toml::to_string_pretty(&case) {
            Ok(t) => (t.into_bytes(), "application/toml", "case.toml"),
            Err(e) => return error_page(&cx, StatusCode::BAD_REQUEST, &e.to_string()),
        },
        "json" => (
            serde_json::to_vec_pretty(&case).unwrap_or_default(),
            "application/json",
            "case.json",
        ),
        f @ ("markdown" | "assessment") => {
            let read = match read_and_assess(&st, &case) {
                Ok(x) => x,
                Err(ms) => {
                    return error_page(&cx, StatusCode::UNPROCESSABLE_ENTITY, &ms.join("; "))
                }
            };
            let names = palermo_render::case_names(&read.file.case);
            let view = read.view(
                &st,
                cx.lang,
                &names,
                format!("palermo assess case.toml --lang {}", cx.lang.code()),
            );
            if f == "markdown" {
                let mut out = Vec::new();
                if palermo_render::markdown::render(&mut out, &view).is_err() {
                    return error_page(
                        &cx,
                        StatusCode::INTERNAL_SERVER_ERROR,
                        &r.t("web-error-title"),
                    );
                }
                (out, "text/markdown; charset=utf-8", "assessment.md")
            } else {
                let v = palermo_render::json::assessment(&view, &st.data);
                (
                    serde_json::to_vec_pretty(&v).unwrap_or_default(),
                    "application/json",
                    "assessment.json",
                )
            }
        }
        _ => return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-state")),
    };
    let mut res = (StatusCode::OK, bytes).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// Every language's label for a choice exists (checked by a test).
pub fn choice_ids() -> Vec<String> {
    [
        CONVENTION_OFFENCES,
        AIMS,
        BENEFIT,
        MEASURES,
        CONFISCATION_MEASURE,
        TECHNIQUE,
    ]
    .iter()
    .flat_map(|cs| cs.iter())
    .map(|c| format!("web-choice-{}", c.replace(['.', '_'], "-")))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_land_at_their_path() {
        let mut c = json!({"request": {"kind": "extradition"}});
        set_path(&mut c, "offence.max_penalty.ITA", json!("5y"));
        set_path(&mut c, "request.person_nationalities", json!(["KEN"]));
        set_path(
            &mut c,
            "domestic_law.KEN.art16.7.extradites_own_nationals",
            json!(false),
        );
        set_path(&mut c, "offences[1].committed_in", json!(["ITA"]));
        assert_eq!(c["offence"]["max_penalty"]["ITA"], "5y");
        assert_eq!(c["request"]["person_nationalities"][0], "KEN");
        assert_eq!(
            c["domestic_law"]["KEN"]["art16.7.extradites_own_nationals"],
            false
        );
        assert_eq!(c["offences"][1]["committed_in"][0], "ITA");
    }

    #[test]
    fn every_fact_the_engine_asks_has_an_input() {
        for p in [
            "offence.max_penalty.ITA",
            "offences[2].punishable_in.KEN",
            "states.KEN.extradition_requires_treaty",
            "states.XAA.protocols.som",
            "request.person_located_in",
            "group.members",
            "domestic_law.KEN.art16.7.extradites_own_nationals",
        ] {
            assert!(input_for(p).is_some(), "{p}");
        }
        assert_eq!(input_for("offence.summary"), None);
    }

    #[test]
    fn provisions_become_path_segments() {
        let p = palermo_cite::Provision::untoc(16).para(5).letter('a');
        assert_eq!(provision_id(p), "art16.5.a");
        assert_eq!(provision_id(palermo_cite::Provision::untoc(18)), "art18");
    }
}
