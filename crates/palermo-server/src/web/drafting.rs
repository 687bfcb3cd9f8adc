//! Drafting from the web: after an answer, a form for what the request
//! needs beyond the facts (the case's `[draft]` table), the completeness
//! check shown on the form with each missing element's provision, and the
//! draft downloaded as DOCX, PDF, HTML or Markdown. Like the interview, the
//! case travels in the form; nothing is kept on the server.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use palermo_case::{read_case, Syntax};
use palermo_draft::Drafted;
use palermo_i18n::{Arg, Lang, Msg};
use palermo_rules::facts::RequestKind;
use palermo_rules::{assess, Options};
use serde_json::{Map, Value};

use super::interview::Form;
use super::{error_page, page_with_status, Cx};
use crate::api_draft::Format;
use crate::AppState;

/// One text field of the form: its key under `[draft]` (a dotted path for
/// the nested tables), its label id, and whether it is a long text.
struct Field {
    path: &'static str,
    label: &'static str,
    long: bool,
}

const fn f(path: &'static str, label: &'static str, long: bool) -> Field {
    Field { path, label, long }
}

const COMMON: &[Field] = &[
    f(
        "requesting_authority",
        "web-draft-requesting-authority",
        false,
    ),
    f("contact", "web-draft-contact", true),
    f("reference", "web-draft-reference", false),
    f("addressee", "web-draft-addressee", false),
];
const MLA: &[Field] = &[
    f("proceedings", "web-draft-proceedings", true),
    f(
        "conducting_authority",
        "web-draft-conducting-authority",
        true,
    ),
    f("facts", "web-draft-facts", true),
    f("assistance", "web-draft-assistance", true),
    f("procedure", "web-draft-procedure", true),
    f("purpose", "web-draft-purpose", true),
    f("additional", "web-draft-additional", true),
    f("urgency", "web-draft-urgency", true),
];
const EXTRADITION: &[Field] = &[
    f("facts", "web-draft-facts", true),
    f("persons.0.name", "web-draft-person-name", false),
    f("persons.0.date_of_birth", "web-draft-person-born", false),
    f("persons.0.place_of_birth", "web-draft-person-place", false),
    f(
        "persons.0.identity_documents",
        "web-draft-person-documents",
        false,
    ),
    f("persons.0.location", "web-draft-person-location", false),
    f(
        "persons.0.description",
        "web-draft-person-description",
        false,
    ),
    f("warrant.issued_by", "web-draft-warrant-by", false),
    f("warrant.date", "web-draft-warrant-date", false),
    f("warrant.reference", "web-draft-warrant-reference", false),
    f("urgency", "web-draft-urgency", true),
];
const CONFISCATION: &[Field] = &[
    f(
        "property.0.description",
        "web-draft-property-description",
        false,
    ),
    f("property.0.location", "web-draft-property-location", false),
    f("property.0.value", "web-draft-property-value", false),
    f("order.issued_by", "web-draft-order-by", false),
    f("order.date", "web-draft-order-date", false),
    f("order.reference", "web-draft-order-reference", false),
    f("order.extent", "web-draft-order-extent", true),
];
const FLAGS: &[(&str, &str)] = &[
    ("confidentiality", "web-draft-confidentiality"),
    ("use_limitation", "web-draft-use-limitation"),
    ("provisional_arrest", "web-draft-provisional-arrest"),
];

fn fields(kind: RequestKind) -> Vec<&'static Field> {
    let mut v: Vec<&Field> = COMMON.iter().collect();
    match kind {
        RequestKind::Extradition => v.extend(EXTRADITION),
        RequestKind::Confiscation => {
            v.extend(MLA);
            v.extend(CONFISCATION);
        }
        RequestKind::MutualLegalAssistance
        | RequestKind::TransferOfSentencedPersons
        | RequestKind::JointInvestigation
        | RequestKind::SpecialInvestigativeTechniques
        | RequestKind::TransferOfProceedings
        | RequestKind::LawEnforcementCooperation => v.extend(MLA),
    }
    v
}

fn flags(kind: RequestKind) -> Vec<&'static (&'static str, &'static str)> {
    FLAGS
        .iter()
        .filter(|(k, _)| (*k == "provisional_arrest") == (kind == RequestKind::Extradition))
        .collect()
}

/// The value at a dotted path under `draft` (`persons.0.name`).
fn get<'a>(draft: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(draft, |v, seg| match seg.parse::<usize>() {
            Ok(i) => v.get(i),
            Err(_) => v.get(seg),
        })
}

fn get_text(draft: &Value, path: &str) -> String {
    match get(draft, path) {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// Sets (or, for an empty value, removes) a value at a dotted path,
/// creating the tables and the first element of an array on the way.
fn set(draft: &mut Value, path: &str, value: Option<Value>) {
    let segs: Vec<&str> = path.split('.').collect();
    let mut at = draft;
    for (i, seg) in segs.iter().enumerate() {
        let last = i + 1 == segs.len();
        if let Ok(n) = seg.parse::<usize>() {
            if !at.is_array() {
                *at = Value::Array(Vec::new());
            }
            let Value::Array(items) = at else { return };
            while items.len() <= n {
                items.push(Value::Object(Map::new()));
            }
            at = &mut items[n];
            continue;
        }
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(map) = at else { return };
        if last {
            match value {
                Some(v) => {
                    map.insert((*seg).to_owned(), v);
                }
                None => {
                    map.remove(*seg);
                }
            }
            return;
        }
        at = map
            .entry((*seg).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// Removes empty tables and the tables of an array left empty, so a form
/// left blank adds nothing to the case.
fn prune(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for x in map.values_mut() {
                prune(x);
            }
            map.retain(|_, x| {
                !matches!(x, Value::Object(m) if m.is_empty())
                    && !matches!(x, Value::Array(a) if a.is_empty())
            });
        }
        Value::Array(items) => {
            for x in items.iter_mut() {
                prune(x);
            }
            items.retain(|x| !matches!(x, Value::Object(m) if m.is_empty()));
        }
        _ => {}
    }
}

/// The case with the form's `[draft]` fields written into it.
fn merge(case: &Value, form: &Form, kind: RequestKind) -> Value {
    let mut case = case.clone();
    let mut draft = case
        .get("draft")
        .cloned()
        .unwrap_or(Value::Object(Map::new()));
    for fld in fields(kind) {
        let Some(v) = form.get(&format!("d.{}", fld.path)) else {
            continue;
        };
        let v = v.trim();
        set(
            &mut draft,
            fld.path,
            (!v.is_empty()).then(|| Value::String(v.to_owned())),
        );
    }
    for (key, _) in flags(kind) {
        let on = form.get(&format!("d.{key}")) == Some("true");
        set(&mut draft, key, on.then_some(Value::Bool(true)));
    }
    if let Some(law) = form.get("d.offence_law.requesting") {
        set_state_text(&mut draft, &case, "requesting_state", law);
    }
    if let Some(law) = form.get("d.offence_law.requested") {
        set_state_text(&mut draft, &case, "requested_state", law);
    }
    if let Some(list) = form.get("d.attachments") {
        let items: Vec<Value> = list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| Value::String(l.to_owned()))
            .collect();
        set(
            &mut draft,
            "attachments",
            (!items.is_empty()).then_some(Value::Array(items)),
        );
    }
    // A person typed into the form is the person sought.
    if kind == RequestKind::Extradition {
        if let Some(Value::Object(p)) = get(&draft, "persons.0").cloned().as_ref() {
            if !p.contains_key("role") && p.keys().any(|k| k != "role") {
                set(
                    &mut draft,
                    "persons.0.role",
                    Some(Value::String("person_sought".into())),
                );
            }
        }
    }
    prune(&mut draft);
    if let Value::Object(map) = &mut case {
        if draft.as_object().is_some_and(|m| m.is_empty()) {
            map.remove("draft");
        } else {
            map.insert("draft".into(), draft);
        }
    }
    case
}

fn set_state_text(draft: &mut Value, case: &Value, which: &str, text: &str) {
    let Some(state) = case
        .pointer(&format!("/request/{which}"))
        .and_then(Value::as_str)
    else {
        return;
    };
    let text = text.trim();
    set(
        draft,
        &format!("offence_law.{state}"),
        (!text.is_empty()).then(|| Value::String(text.to_owned())),
    );
}

/// Whether the requested State accepts one of the six languages on record
/// (its art. 18(14) notification, or the case's `states.<X>.languages`):
/// the form then offers "a language the requested State accepts", else it
/// asks for one, the page's language first.
fn language_on_record(st: &AppState, case: &Value) -> bool {
    let Ok(file) = read_case("draft", &case.to_string(), Syntax::Json, &st.data) else {
        return false;
    };
    let Some(requested) = file.case.request.requested_state else {
        return false;
    };
    palermo_draft::accepted(&file.case, &st.data, requested)
        .is_some_and(|a| a.codes.iter().any(|c| Lang::parse(c).is_some()))
}

/// What the drafting form shows: nothing yet, the problems of a case that
/// does not read, or the gaps of an incomplete draft.
enum Check {
    None,
    Problems(Vec<String>),
    Gaps(Vec<(String, String, bool)>),
}

fn form_page(
    st: &AppState,
    cx: &Cx,
    status: StatusCode,
    case: &Value,
    kind: RequestKind,
    check: Check,
) -> Response {
    let r = cx.r();
    let draft = case.get("draft").cloned().unwrap_or(Value::Null);
    let requesting = case
        .pointer("/request/requesting_state")
        .and_then(Value::as_str)
        .unwrap_or("");
    let requested = case
        .pointer("/request/requested_state")
        .and_then(Value::as_str)
        .unwrap_or("");
    let gap_fields: Vec<String> = match &check {
        Check::Gaps(g) => g.iter().map(|(id, _, _)| id.clone()).collect(),
        _ => Vec::new(),
    };
    let invalid = |path: &str| -> Option<&'static str> {
        let top = path.split('.').next().unwrap_or(path);
        let hit = gap_fields.iter().any(|g| {
            g == top
                || (top == "persons" && g.starts_with("person"))
                || (top == "warrant" && g == "warrant")
                || (top == "order" && g.starts_with("order"))
                || (top == "property" && g == "property")
                || (top == "assistance" && g == "actions")
                || (top == "requesting_authority" && g == "authority")
        });
        hit.then_some("true")
    };
    let field = |fld: &Field| -> Markup {
        let name = format!("d.{}", fld.path);
        let value = get_text(&draft, fld.path);
        html! {
            label {
                (r.t(fld.label))
                @if fld.long {
                    textarea name=(name) rows="4" aria-invalid=[invalid(fld.path)] { (value) }
                } @else if fld.path.ends_with("date") {
                    input type="date" name=(name) value=(value) aria-invalid=[invalid(fld.path)];
                } @else {
                    input type="text" name=(name) value=(value) aria-invalid=[invalid(fld.path)];
                }
            }
        }
    };
    let law = |state: &str| get_text(&draft, &format!("offence_law.{state}"));
    let on_record = language_on_record(st, case);
    // A State's name in the page's language ("Kenya (KEN)"), else its code.
    let state_arg = |code: &str| -> Arg {
        code.parse::<palermo_rules::StateCode>()
            .map(Arg::State)
            .unwrap_or_else(|_| Arg::text(code))
    };
    let title = r.t("web-draft-title");
    let attachments = draft
        .get("attachments")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    let body = html! {
        h1 { (title) }
        p.hint { (r.t("web-draft-intro")) }
        @match &check {
            Check::Problems(ps) => {
                div.error role="alert" {
                    p { (r.t("web-draft-unreadable")) }
                    ul { @for p in ps { li { (p) } } }
                }
            }
            Check::Gaps(gaps) => {
                div #gaps role="alert" {
                    p.error { (r.msg(&Msg::new("draft-check-heading").arg("n", gaps.iter().filter(|g| g.2).count() as i64))) }
                    ul {
                        @for (_, text, required) in gaps {
                            li .error[*required] { (text) }
                        }
                    }
                }
            }
            Check::None => {}
        }
        form #draft .stack method="post" action="/interview/draft" {
            input type="hidden" name="case" value=(case.to_string());
            @for fld in fields(kind) { (field(fld)) }
            @if kind == RequestKind::Extradition {
                label {
                    (r.msg(&Msg::new("web-draft-offence-law").arg("state", state_arg(requesting))))
                    textarea name="d.offence_law.requesting" rows="2" aria-invalid=[gap_fields.iter().any(|g| g == &format!("offence_law.{requesting}")).then_some("true")] { (law(requesting)) }
                }
                label {
                    (r.msg(&Msg::new("web-draft-offence-law").arg("state", state_arg(requested))))
                    textarea name="d.offence_law.requested" rows="2" aria-invalid=[gap_fields.iter().any(|g| g == &format!("offence_law.{requested}")).then_some("true")] { (law(requested)) }
                }
            }
            label {
                (r.t("web-draft-attachments"))
                textarea name="d.attachments" rows="3" { (attachments) }
            }
            fieldset {
                @for (key, label) in flags(kind) {
                    label {
                        input type="checkbox" name=(format!("d.{key}")) value="true" checked[get(&draft, key) == Some(&Value::Bool(true))];
                        " " (r.t(label))
                    }
                }
            }
            label {
                (r.t("web-draft-format"))
                select name="format" {
                    option value="docx" { "DOCX" }
                    option value="pdf" { "PDF" }
                    option value="html" { "HTML" }
                    option value="markdown" { "Markdown" }
                }
            }
            label {
                (r.t("web-draft-language"))
                select name="draft_lang" {
                    @if on_record {
                        option value="" { (r.t("web-draft-language-requested")) }
                    }
                    @for l in Lang::ALL {
                        option value=(l.code()) lang=(l.code()) selected[!on_record && l == cx.lang] { (l.native_name()) }
                    }
                }
            }
            @if !on_record {
                p.hint { (r.msg(&Msg::new("web-draft-language-none").arg("state", state_arg(requested)))) }
            }
            div.actions {
                button #make-draft type="submit" name="action" value="draft" { (r.t("web-draft-make")) }
                @if matches!(check, Check::Gaps(_)) {
                    button #draft-anyway type="submit" name="action" value="anyway" .secondary { (r.t("web-draft-anyway")) }
                }
            }
        }
    };
    page_with_status(cx, status, &title, body)
}

/// `POST /interview/draft`: shows the drafting form (`action=form`), or
/// checks and writes the draft (`action=draft`, `action=anyway`).
pub async fn draft(State(st): State<AppState>, cx: Cx, body: Bytes) -> Response {
    let form = Form::parse(&body);
    let r = cx.r();
    let Some(case) = form
        .get("case")
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .filter(Value::is_object)
    else {
        return error_page(&cx, StatusCode::BAD_REQUEST, &r.t("web-error-state"));
    };
    let kind = match case.pointer("/request/kind").and_then(Value::as_str) {
        Some("extradition") => RequestKind::Extradition,
        Some("confiscation") => RequestKind::Confiscation,
        Some("mutual_legal_assistance") => RequestKind::MutualLegalAssistance,
        _ => {
            return error_page(
                &cx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &r.t("web-draft-kind"),
            )
        }
    };
    let action = form.get("action").unwrap_or("form");
    if action == "form" {
        return form_page(&st, &cx, StatusCode::OK, &case, kind, Check::None);
    }
    let case = merge(&case, &form, kind);
    let format = match Format::parse(form.get("format")) {
        Ok(f) => f,
        Err(e) => return error_page(&cx, StatusCode::BAD_REQUEST, &e.detail.message),
    };
    let flag = form.get("draft_lang").and_then(Lang::parse);
    let text = case.to_string();
    let file = match read_case("draft", &text, Syntax::Json, &st.data) {
        Ok(f) => f,
        Err(ds) => {
            let problems = ds
                .iter()
                .map(|d| match d.field_name() {
                    Some(f) => format!("{f}: {}", d.message),
                    None => d.message.clone(),
                })
                .collect();
            return form_page(
                &st,
                &cx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &case,
                kind,
                Check::Problems(problems),
            );
        }
    };
    let at = file.case.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let a = match assess(&file.case, &st.data, at, Options::default()) {
        Ok(a) => a,
        Err(e) => {
            return form_page(
                &st,
                &cx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &case,
                kind,
                Check::Problems(vec![e.to_string()]),
            )
        }
    };
    let names = palermo_render::case_names(&file.case);
    let ui = r.with_names(&names);
    let drafted: Drafted = match palermo_draft::draft_file(&file, &a, &st.data, flag) {
        Ok(d) => d,
        Err(e) => {
            let msg = ui.msg(&e.msg());
            return form_page(
                &st,
                &cx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &case,
                kind,
                Check::Problems(vec![msg]),
            );
        }
    };
    if !drafted.is_complete() && action != "anyway" {
        let gaps = drafted
            .gaps
            .iter()
            .map(|g| {
                let id = if g.element.required() {
                    "draft-check-item"
                } else {
                    "draft-check-advisory"
                };
                (
                    g.element.id(),
                    ui.msg(
                        &Msg::new(id)
                            .arg("what", g.what.clone())
                            .arg("cite", Arg::Cite(g.citation)),
                    ),
                    g.element.required(),
                )
            })
            .collect();
        return form_page(
            &st,
            &cx,
            StatusCode::UNPROCESSABLE_ENTITY,
            &case,
            kind,
            Check::Gaps(gaps),
        );
    }
    let bytes = match crate::api_draft::write(&st, &drafted, format) {
        Ok(b) => b,
        Err(e) => return error_page(&cx, e.status, &e.detail.message),
    };
    let mut res = (StatusCode::OK, bytes).into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(format.media_type()) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"request.{}\"",
        format.extension()
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}
