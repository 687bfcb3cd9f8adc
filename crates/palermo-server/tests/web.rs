//! The web application in process: an interview walked to an answer in
//! every language, bad answers re-asked, the language chosen and
//! remembered, saving to the registry after logging in, another
//! authority's request a 404 page, CSRF on every form that changes
//! something, and no page asking for anything from another origin.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use palermo_registry::Role;
use palermo_server::{app, AppState, Config};
use palermo_store::{Actor, Store};
use tower::ServiceExt;

struct Web {
    app: axum::Router,
    _dir: tempfile::TempDir,
}

async fn web() -> Web {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("w.db").to_str().unwrap())
        .await
        .unwrap();
    for (state, user) in [("ITA", "ita"), ("KEN", "ken")] {
        let a = store
            .create_authority(Actor::Local, state, "Central Authority")
            .await
            .unwrap();
        store
            .create_user(
                Actor::Local,
                a.id,
                user,
                Role::Officer,
                Some("a long test password"),
            )
            .await
            .unwrap();
    }
    let st = AppState::new(
        store,
        Arc::new(palermo_rules::RefData::embedded()),
        Config::default(),
    );
    Web {
        app: app(st),
        _dir: dir,
    }
}

struct Page {
    status: StatusCode,
    html: String,
    cookies: Vec<String>,
    location: Option<String>,
}

async fn send(w: &Web, req: Request<Body>) -> Page {
    let res = w.app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let cookies = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned());
    let csp = res
        .headers()
        .get("content-security-policy")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    let html = String::from_utf8_lossy(&bytes).into_owned();
    if html.starts_with("<!DOCTYPE html>") {
        assert!(
            csp.is_some_and(|c| c.contains("default-src 'none'")),
            "a page without its CSP"
        );
        // Nothing loaded from another origin (sources cited in the text
        // may be addresses; nothing is fetched from them).
        for pat in [
            "src=\"http",
            "src=\"//",
            "href=\"http",
            "url(http",
            "<script",
        ] {
            assert!(
                !html.contains(pat),
                "a page loads something from outside: {pat}"
            );
        }
    }
    Page {
        status,
        html,
        cookies,
        location,
    }
}

fn get(uri: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::get(uri);
    if let Some(c) = cookie {
        r = r.header("cookie", c);
    }
    r.body(Body::empty()).unwrap()
}

fn post(uri: &str, cookie: Option<&str>, form: &[(&str, &str)]) -> Request<Body> {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let mut r = Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header("cookie", c);
    }
    r.body(Body::from(body)).unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The value of the first `<input … name="NAME" value="…">`.
fn input(html: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("name=\"{name}\" value=\""))?;
    let rest = &html[at + name.len() + 15..];
    Some(unescape(&rest[..rest.find('"')?]))
}

/// The values of `name` in the question form (the page's other forms, the
/// language switch, carry the same state).
fn inputs(html: &str, name: &str) -> Vec<String> {
    let html = match html.find("id=\"question\"") {
        Some(at) => {
            let rest = &html[at..];
            &rest[..rest.find("</form>").unwrap_or(rest.len())]
        }
        None => html,
    };
    let pat = format!("name=\"{name}\" value=\"");
    html.match_indices(&pat)
        .filter_map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            rest.find('"').map(|e| unescape(&rest[..e]))
        })
        .collect()
}

/// Answers "I don't know" until the answer; returns the result page.
async fn walk(w: &Web, lang: &str) -> Page {
    let lang_cookie = format!("palermo_lang={lang}");
    let mut page = send(
        w,
        post(
            "/interview",
            Some(&lang_cookie),
            &[
                ("action", "begin"),
                ("kind", "extradition"),
                ("requesting_state", "ITA"),
                ("requested_state", "KEN"),
                ("as_of", "2024-05-01"),
            ],
        ),
    )
    .await;
    for _ in 0..80 {
        assert!(
            page.status.is_success(),
            "{lang}: {}",
            &page.html[..page.html.len().min(2000)]
        );
        if page.html.contains("<section id=\"result\">") {
            return page;
        }
        let case = input(&page.html, "case").expect("the case is carried in the form");
        let fact = input(&page.html, "fact").expect("a question");
        let unknown = inputs(&page.html, "unknown");
        let mut form: Vec<(&str, &str)> =
            vec![("case", &case), ("fact", &fact), ("action", "unknown")];
        for u in &unknown {
            form.push(("unknown", u));
        }
        page = send(w, post("/interview", Some(&lang_cookie), &form)).await;
    }
    panic!("{lang}: the interview never reached an answer");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_interview_reaches_an_answer_in_every_language() {
    let w = web().await;
    for lang in ["en", "fr", "ar", "es", "ru", "zh"] {
        let page = walk(&w, lang).await;
        assert!(
            page.html.contains(&format!("<html lang=\"{lang}\"")),
            "{lang}"
        );
        assert!(page.html.contains("id=\"headline\""), "{lang}");
        assert!(page.html.contains("id=\"route\""), "{lang}");
        assert!(
            page.html.contains("<details"),
            "{lang}: the reasoning is a tree"
        );
        assert!(
            page.html.contains("class=\"cite\" href=\"/provision/"),
            "{lang}: citations link"
        );
        for id in [
            "download-toml",
            "download-json",
            "export-markdown",
            "export-json",
            "save",
        ] {
            assert!(page.html.contains(&format!("id=\"{id}\"")), "{lang}: {id}");
        }
    }
    let ar = walk(&w, "ar").await;
    assert!(ar.html.contains("dir=\"rtl\""));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_answer_is_asked_again_with_what_is_wrong() {
    let w = web().await;
    let mut page = send(
        &w,
        post(
            "/interview",
            None,
            &[
                ("action", "begin"),
                ("kind", "extradition"),
                ("requesting_state", "ITA"),
                ("requested_state", "KEN"),
                ("as_of", "2024-05-01"),
            ],
        ),
    )
    .await;
    // Go to the penalty question.
    for _ in 0..40 {
        let fact = input(&page.html, "fact").unwrap();
        if fact.starts_with("offence.max_penalty.") {
            break;
        }
        let case = input(&page.html, "case").unwrap();
        let unknown = inputs(&page.html, "unknown");
        let mut form: Vec<(&str, &str)> =
            vec![("case", &case), ("fact", &fact), ("action", "unknown")];
        for u in &unknown {
            form.push(("unknown", u));
        }
        page = send(&w, post("/interview", None, &form)).await;
    }
    let fact = input(&page.html, "fact").unwrap();
    assert!(fact.starts_with("offence.max_penalty."), "{fact}");
    let case = input(&page.html, "case").unwrap();
    let unknown = inputs(&page.html, "unknown");
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut f: Vec<(String, String)> =
            vec![("case".into(), case.clone()), ("fact".into(), fact.clone())];
        f.extend(unknown.iter().map(|u| ("unknown".to_owned(), u.clone())));
        f.extend(
            extra
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        f
    };
    let form = with(&[("action", "answer"), ("value", "five years")]);
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let bad = send(&w, post("/interview", None, &refs)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.html.contains("role=\"alert\""));
    assert_eq!(input(&bad.html, "fact").as_deref(), Some(fact.as_str()));
    let form = with(&[("action", "answer"), ("value", "5y")]);
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let good = send(&w, post("/interview", None, &refs)).await;
    assert_eq!(good.status, StatusCode::OK);
    assert!(input(&good.html, "case").unwrap().contains("\"5y\""));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_language_is_chosen_remembered_and_guessed() {
    let w = web().await;
    let p = send(&w, get("/?lang=fr", None)).await;
    assert!(p.html.contains("<html lang=\"fr\" dir=\"ltr\""));
    assert!(p.cookies.iter().any(|c| c.starts_with("palermo_lang=fr")));
    let p = send(&w, get("/interview", Some("palermo_lang=ar"))).await;
    assert!(p.html.contains("<html lang=\"ar\" dir=\"rtl\""));
    let req = Request::get("/")
        .header("accept-language", "ru-RU,ru;q=0.9,en;q=0.8")
        .body(Body::empty())
        .unwrap();
    assert!(send(&w, req).await.html.contains("<html lang=\"ru\""));
}

async fn login(w: &Web, user: &str) -> (String, String) {
    let p = send(
        w,
        post(
            "/login",
            None,
            &[("user", user), ("password", "a long test password")],
        ),
    )
    .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.html);
    let cookie = p
        .cookies
        .iter()
        .find(|c| c.starts_with("palermo_session="))
        .unwrap();
    let session = cookie.split(';').next().unwrap().to_owned();
    let page = send(w, get("/registry", Some(&session))).await;
    let csrf = input(&page.html, "csrf").expect("the logout form carries the CSRF token");
    (session, csrf)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_result_saved_to_the_registry_is_seen_by_its_authority_only() {
    let w = web().await;
    let result = walk(&w, "en").await;
    let case = input(&result.html, "case").unwrap();
    // Not logged in: "save" asks to log in first, keeping the case.
    let p = send(&w, post("/registry/new", None, &[("case", &case)])).await;
    assert!(p.html.contains("id=\"login\""));
    assert_eq!(input(&p.html, "case").as_deref(), Some(case.as_str()));
    let (ita, csrf) = login(&w, "ita").await;
    // Without the CSRF token nothing is saved.
    let p = send(
        &w,
        post(
            "/registry/create",
            Some(&ita),
            &[
                ("case", &case),
                ("direction", "outgoing"),
                ("reference", "EXT/1"),
            ],
        ),
    )
    .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    let p = send(
        &w,
        post(
            "/registry/create",
            Some(&ita),
            &[
                ("csrf", &csrf),
                ("case", &case),
                ("direction", "outgoing"),
                ("reference", "EXT/1"),
                ("basis", "convention"),
                ("date", "2024-05-02"),
            ],
        ),
    )
    .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.html);
    let at = p.location.unwrap();
    let detail = send(&w, get(&at, Some(&ita))).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(
        detail.html.contains("EXT/1")
            && detail.html.contains("id=\"timeline\"")
            && detail.html.contains("id=\"audit\"")
    );
    // The record offers drafting from the case kept with it.
    assert!(detail.html.contains("id=\"draft-record\""));
    let kept = input(&detail.html, "case").unwrap();
    let form = send(
        &w,
        post(
            "/interview/draft",
            Some(&ita),
            &[("case", &kept), ("action", "form")],
        ),
    )
    .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.html.contains("id=\"draft\""));
    let list = send(&w, get("/registry", Some(&ita))).await;
    assert!(list.html.contains("data-id=\"1\""));
    let stats = send(&w, get("/stats", Some(&ita))).await;
    assert!(stats.html.contains("<svg"), "charts inline");

    let (ken, _) = login(&w, "ken").await;
    let other = send(&w, get(&at, Some(&ken))).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert!(!other.html.contains("EXT/1"));
    let list = send(&w, get("/registry", Some(&ken))).await;
    assert!(!list.html.contains("data-id=\"1\"") && !list.html.contains("EXT/1"));
    // Not logged in: the registry's pages send to the log-in page.
    assert_eq!(
        send(&w, get("/registry", None)).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_type_answers_in_its_language() {
    let w = web().await;
    for lang in ["en", "ar", "zh"] {
        let c = format!("palermo_lang={lang}");
        for uri in ["/", "/interview", "/login", "/provision/art16", "/provision/art18.21", "/matrix?crime=migrant_smuggling&kind=extradition&as_of=2024-05-01&region=Oceania", "/matrix/pair?crime=migrant_smuggling&kind=extradition&as_of=2024-05-01&requesting=AUS&requested=NZL", "/search", "/search?q=central+authority"] {
            let p = send(&w, get(uri, Some(&c))).await;
            assert_eq!(p.status, StatusCode::OK, "{lang} {uri}: {}", &p.html[..p.html.len().min(500)]);
            assert!(p.html.contains(&format!("<html lang=\"{lang}\"")), "{lang} {uri}");
            if lang != "en" {
                // The pages' own words are translated (the catalogue tests
                // keep every id in every language; this catches a page that
                // writes English itself).
                for english in ["Interview", "Statistics", "Log in", "Coverage matrix", "Skip to the content", "Findings", "Search", "Penalty"] {
                    assert!(!p.html.contains(&format!(">{english}<")), "{lang} {uri}: `{english}` in English");
                }
            }
        }
        assert_eq!(
            send(&w, get("/nowhere", Some(&c))).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            send(&w, get("/provision/art99", Some(&c))).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let m = send(
        &w,
        get(
            "/matrix?crime=migrant_smuggling&kind=extradition&as_of=2024-05-01&region=Oceania",
            None,
        ),
    )
    .await;
    assert!(
        m.html.contains("id=\"heatmap\"")
            && m.html.contains("id=\"matrix-table\"")
            && m.html.contains("/matrix/pair?")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_search_page_finds_marks_filters_and_says_what_is_wrong() {
    let w = web().await;
    // The form alone, then hits with the words marked and a provision linked.
    let empty = send(&w, get("/search", None)).await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.html.contains("id=\"search\"") && !empty.html.contains("id=\"results\""));
    let p = send(&w, get("/search?q=central+authority", None)).await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.html.contains("id=\"hits\""), "{}", p.html);
    assert!(p.html.contains("<mark>"), "the matched words are marked");
    assert!(
        p.html.contains("href=\"/provision/art18"),
        "a provision links to its page"
    );
    // A filter narrows the hits to its kind; a data row shows its file and line.
    let k = send(
        &w,
        get("/search?q=central+authority&kind=notification", None),
    )
    .await;
    assert_eq!(k.status, StatusCode::OK);
    assert!(k.html.contains("untoc_declarations.csv:"), "{}", k.html);
    assert!(
        !k.html.contains("href=\"/provision/"),
        "no provision among notifications"
    );
    // Bad filters: a 400 with the message beside the form, nothing searched.
    for (uri, words) in [
        ("/search?q=x&state=QQQ", "No State with that code"),
        (
            "/search?q=x&kind=nonsense",
            "That kind of entry does not exist",
        ),
        ("/search?q=x&crime=nonsense", "not in the catalogue"),
    ] {
        let b = send(&w, get(uri, None)).await;
        assert_eq!(b.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(
            b.html.contains("id=\"search-error\"") && b.html.contains(words),
            "{uri}"
        );
        assert!(!b.html.contains("id=\"results\""), "{uri}");
    }
    // Nothing found is said so.
    let none = send(&w, get("/search?q=zzzzqqqq", None)).await;
    assert!(none.html.contains("Nothing matches"));
}

/// The Spain-Mexico assistance case of `examples/drafts/`, without its
/// `[draft]` table: the form supplies it.
fn mla_case() -> String {
    serde_json::json!({
        "as_of": "2026-11-30",
        "request": {
            "kind": "mutual_legal_assistance",
            "requesting_state": "ESP",
            "requested_state": "MEX",
            "treaty_in_force": false,
            "measures": ["documents_records"]
        },
        "offence": {
            "summary": "Trafficking for sexual exploitation",
            "crime_types": ["trafficking_in_persons"],
            "convention_offences": ["tip.art5"],
            "committed_in": ["ESP", "MEX"],
            "involves_group": true,
            "punishable_in": { "ESP": true, "MEX": true },
            "max_penalty": { "ESP": "12y", "MEX": "30y" }
        },
        "group": {
            "members": 5, "randomly_formed": false, "exists_for_period": true,
            "acts_in_concert": true, "aims": ["serious_crime"], "benefit": "financial",
            "active_in": ["ESP", "MEX"]
        },
        "suspicion": { "transnational": true, "organized_criminal_group": true }
    })
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_is_drafted_from_the_answer_with_the_gaps_shown_on_the_form() {
    let w = web().await;
    // The answer offers drafting for the three kinds.
    let result = walk(&w, "en").await;
    assert!(result.html.contains("id=\"draft-request\""));
    // Kenya has no art. 18(14) notification on record: the form asks for a
    // language, the page's first.
    let ken = input(&result.html, "case").unwrap();
    let form = send(
        &w,
        post(
            "/interview/draft?lang=fr",
            None,
            &[("case", &ken), ("action", "form")],
        ),
    )
    .await;
    assert!(
        form.html
            .contains("<option value=\"fr\" lang=\"fr\" selected>"),
        "the page's language first"
    );
    assert!(!form.html.contains("<option value=\"\">"));
    assert!(
        form.html.contains("Aucune notification de Kenya (KEN)"),
        "{}",
        form.html
    );
    let case = mla_case();
    // The form, in French, pre-filled with nothing yet.
    let form = send(
        &w,
        post(
            "/interview/draft?lang=fr",
            None,
            &[("case", &case), ("action", "form")],
        ),
    )
    .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.html.contains("id=\"draft\""));
    assert!(form.html.contains("name=\"d.facts\""));
    // Mexico's notification is on record: "a language it accepts" first.
    assert!(form.html.contains("<option value=\"\">"));
    // Only some fields: 422, each missing element with its provision, the
    // fields marked, and what was typed kept.
    let partial = [
        ("case", case.as_str()),
        ("action", "draft"),
        ("format", "docx"),
        ("d.requesting_authority", "Fiscalía Provincial de Madrid"),
        ("d.facts", "Una red captó a nueve mujeres en Cancún."),
    ];
    let page = send(&w, post("/interview/draft?lang=en", None, &partial)).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.html.contains("id=\"gaps\""));
    assert!(
        page.html.contains("UNTOC art. 18(15)(b)"),
        "the proceedings' provision"
    );
    assert!(
        page.html.contains("UNTOC art. 18(15)(f)"),
        "the purpose's provision"
    );
    assert!(page.html.contains("aria-invalid=\"true\""));
    assert!(page
        .html
        .contains("Una red captó a nueve mujeres en Cancún."));
    assert!(page.html.contains("id=\"draft-anyway\""));
    // Everything 18(15) asks for: the draft comes back as DOCX, in Spanish
    // (Mexico's art. 18(14) notification) since no language was chosen.
    let complete = [
        ("case", case.as_str()),
        ("action", "draft"),
        ("format", "html"),
        ("draft_lang", ""),
        ("d.requesting_authority", "Fiscalía Provincial de Madrid"),
        ("d.contact", "Cooperación internacional, Madrid"),
        (
            "d.proceedings",
            "Diligencias previas por trata de seres humanos",
        ),
        ("d.conducting_authority", "Juzgado de Instrucción de Madrid"),
        ("d.facts", "Una red captó a nueve mujeres en Cancún."),
        (
            "d.assistance",
            "Extractos de la cuenta indicada en el anexo",
        ),
        ("d.purpose", "Acreditar el flujo de fondos"),
        ("d.confidentiality", "true"),
        (
            "d.attachments",
            "Auto del Juzgado\n\nTexto del artículo 177 bis\n",
        ),
    ];
    let res = w
        .app
        .clone()
        .oneshot(post("/interview/draft?lang=en", None, &complete))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("request.html"));
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    let html = String::from_utf8_lossy(&bytes);
    assert!(
        html.contains("<html lang=\"es\""),
        "Spanish from the notification"
    );
    assert!(html.contains("artículo 18"));
    assert!(
        html.contains("Texto del artículo 177 bis"),
        "one attachment per line"
    );
    // The confidentiality clause (18(20)) was asked for.
    assert!(
        html.contains("párr. 20") || html.contains("párrafo 20"),
        "{html}"
    );
    // Drafting anyway writes the file with the gaps marked.
    let mut anyway = partial.to_vec();
    anyway[1] = ("action", "anyway");
    let res = w
        .app
        .clone()
        .oneshot(post("/interview/draft", None, &anyway))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(bytes.starts_with(b"PK"), "a DOCX archive");
    // A kind Palermo does not draft, or a broken form: an error page.
    let jit = case.replace("mutual_legal_assistance", "joint_investigation");
    let page = send(
        &w,
        post(
            "/interview/draft",
            None,
            &[("case", &jit), ("action", "form")],
        ),
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = send(
        &w,
        post(
            "/interview/draft",
            None,
            &[("case", "{not json"), ("action", "form")],
        ),
    )
    .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
}
