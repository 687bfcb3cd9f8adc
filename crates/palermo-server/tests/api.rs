//! The API in process (no socket): tenancy on every record endpoint for
//! every role, authentication, CSRF, bad input, OpenAPI kept in sync. Runs
//! on SQLite, and on PostgreSQL too when `PALERMO_TEST_POSTGRES` is set.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use palermo_registry::Role;
use palermo_server::{app, AppState, Config};
use palermo_store::{Actor, Store};
use serde_json::{json, Value};
use sqlx::Executor;
use tower::ServiceExt;

async fn stores() -> Vec<(Store, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut v = vec![(Store::open(path.to_str().unwrap()).await.unwrap(), dir)];
    if let Ok(pg) = std::env::var("PALERMO_TEST_POSTGRES") {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "palermo_api{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        sqlx::any::install_default_drivers();
        let mut admin =
            <sqlx::AnyConnection as sqlx::Connection>::connect(&format!("{pg}/postgres"))
                .await
                .unwrap();
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .unwrap();
        v.push((
            Store::open(&format!("{pg}/{name}")).await.unwrap(),
            tempfile::tempdir().unwrap(),
        ));
    }
    v
}

struct World {
    app: axum::Router,
    /// Tokens of authority A's users, by role.
    a: Vec<(Role, String)>,
    /// Tokens of authority B's users, by role.
    b: Vec<(Role, String)>,
    backend: palermo_store::Backend,
}

async fn world(store: Store) -> World {
    let backend = store.backend();
    let mut tokens = Vec::new();
    for (state, name) in [("XAA", "Authority A"), ("XAB", "Authority B")] {
        let auth = store
            .create_authority(Actor::Local, state, name)
            .await
            .unwrap();
        let mut t = Vec::new();
        for role in Role::ALL {
            let user = format!("{}-{}", state.to_lowercase(), role.as_str());
            store
                .create_user(
                    Actor::Local,
                    auth.id,
                    &user,
                    role,
                    Some("a long test password"),
                )
                .await
                .unwrap();
            let (_, secret) = store
                .create_token(Actor::Local, &user, "test", None)
                .await
                .unwrap();
            t.push((role, secret));
        }
        tokens.push(t);
    }
    let config = Config {
        rate_limit: 0,
        ..Config::default()
    };
    let st = AppState::new(store, Arc::new(palermo_rules::RefData::embedded()), config);
    let b = tokens.pop().unwrap();
    let a = tokens.pop().unwrap();
    World {
        app: app(st),
        a,
        b,
        backend,
    }
}

async fn call(
    app: &axum::Router,
    method: Method,
    uri: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, String) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let req = match body {
        Some(b) => req
            .header("content-type", "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// Distinctive content of A's record: none of it may reach B.
const SECRETS: [&str; 4] = [
    "OP-NIGHTJAR-77",
    "informant lives at",
    "Ministry of Secrets",
    "XAC",
];

fn record(from: &str, to: &str, direction: &str) -> Value {
    json!({
        "reference": "OP-NIGHTJAR-77",
        "direction": direction,
        "kind": "mutual_legal_assistance",
        "requesting_state": from,
        "requested_state": to,
        "requested_authority": "Ministry of Secrets",
        "crime_types": ["wildlife_trafficking"],
        "offences": ["trafficking in ivory"],
        "legal_bases": [{"basis": "convention", "reference": "UNTOC art. 18(1)"}],
        "timeline": [{"status": "sent", "date": "2025-03-01"}],
        "notes": "informant lives at 12 Hidden Street"
    })
}

fn token(ts: &[(Role, String)], role: Role) -> &str {
    &ts.iter().find(|(r, _)| *r == role).unwrap().1
}

#[tokio::test(flavor = "multi_thread")]
async fn every_record_endpoint_for_every_role_of_another_authority_is_not_found() {
    for (store, _dir) in stores().await {
        let w = world(store).await;
        let officer_a = token(&w.a, Role::Officer);
        let (s, body) = call(
            &w.app,
            Method::POST,
            "/api/v1/records",
            Some(officer_a),
            Some(record("XAA", "XAC", "outgoing")),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{body}");
        let id = serde_json::from_str::<Value>(&body).unwrap()["id"]
            .as_i64()
            .unwrap();
        let update = json!({"version": 1, "request": record("XAB", "XAC", "outgoing")});
        let endpoints: Vec<(Method, String, Option<Value>)> = vec![
            (Method::GET, format!("/api/v1/records/{id}"), None),
            (
                Method::PUT,
                format!("/api/v1/records/{id}"),
                Some(update.clone()),
            ),
            (
                Method::POST,
                format!("/api/v1/records/{id}/approve"),
                Some(json!({"version": 1})),
            ),
            (Method::GET, format!("/api/v1/records/{id}/audit"), None),
        ];
        let (_, missing) = call(
            &w.app,
            Method::GET,
            "/api/v1/records/999999",
            Some(officer_a),
            None,
        )
        .await;
        let mut table = String::new();
        for (role, tok) in &w.b {
            for (m, uri, body) in &endpoints {
                let (s, text) = call(&w.app, m.clone(), uri, Some(tok), body.clone()).await;
                assert_eq!(
                    s,
                    StatusCode::NOT_FOUND,
                    "{:?} {role:?} {m} {uri}: {text}",
                    w.backend
                );
                // The same body as a record that does not exist.
                assert_eq!(text, missing, "{role:?} {m} {uri}");
                for secret in SECRETS {
                    assert!(!text.contains(secret), "{role:?} {m} {uri} leaks {secret}");
                }
                table.push_str(&format!(
                    "{:?} | {:<13} | {m} {uri} | {}\n",
                    w.backend,
                    role.as_str(),
                    s.as_u16()
                ));
            }
            // Collections: nothing of A's.
            for uri in [
                "/api/v1/records",
                "/api/v1/records/export",
                "/api/v1/records/export?format=csv",
                "/api/v1/statistics",
                "/api/v1/statistics?format=csv",
                "/api/v1/statistics?format=svg",
            ] {
                let (s, text) = call(&w.app, Method::GET, uri, Some(tok), None).await;
                for secret in SECRETS {
                    assert!(!text.contains(secret), "{role:?} GET {uri} leaks {secret}");
                }
                if s == StatusCode::OK && uri == "/api/v1/statistics" {
                    let v: Value = serde_json::from_str(&text).unwrap();
                    assert_eq!(
                        v["requests"], 0,
                        "{role:?}: B's statistics count A's record"
                    );
                }
                table.push_str(&format!(
                    "{:?} | {:<13} | GET {uri} | {}\n",
                    w.backend,
                    role.as_str(),
                    s.as_u16()
                ));
            }
        }
        eprintln!("tenancy matrix (backend | role of authority B | endpoint on A's record | status):\n{table}");
        // A's own analyst and administrator see no content either.
        for role in [Role::Analyst, Role::Administrator] {
            let (s, text) = call(
                &w.app,
                Method::GET,
                &format!("/api/v1/records/{id}"),
                Some(token(&w.a, role)),
                None,
            )
            .await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{role:?}");
            assert!(SECRETS.iter().all(|x| !text.contains(x)));
        }
        // A's analyst reads the aggregate.
        let (s, text) = call(
            &w.app,
            Method::GET,
            "/api/v1/statistics",
            Some(token(&w.a, Role::Analyst)),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap()["requests"], 1);
        assert!(SECRETS[..3].iter().all(|x| !text.contains(x)));
        // And the audit chain holds after all of that.
        let (s, text) = call(
            &w.app,
            Method::GET,
            "/api/v1/audit/verify",
            Some(token(&w.a, Role::Administrator)),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert!(
            v["broken"].is_null() && v["altered_records"] == json!([]),
            "{text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_valid_token_nothing_but_health_and_the_document() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    for uri in [
        "/api/v1/records",
        "/api/v1/statistics",
        "/api/v1/crimes",
        "/api/v1/me",
    ] {
        let (s, text) = call(&w.app, Method::GET, uri, None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{uri}");
        assert!(text.contains("\"code\":\"unauthorized\""), "{text}");
        let (s, _) = call(&w.app, Method::GET, uri, Some("plm_forged"), None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{uri}");
    }
    assert_eq!(
        call(&w.app, Method::GET, "/health", None, None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        call(&w.app, Method::GET, "/api/v1/openapi.json", None, None)
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_gets_a_coded_error_with_the_field_never_a_500() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let t = token(&w.a, Role::Officer);
    let cases: Vec<(Value, &str, &str)> = vec![
        (json!({"direction": "sideways"}), "invalid", "direction"),
        (
            json!({"direction": "outgoing", "kind": "mutual_legal_assistance", "requesting_state": "XAA", "requested_state": "XAB", "colour": "red"}),
            "invalid",
            "",
        ),
        (
            json!({"direction": "outgoing", "kind": "mla", "requesting_state": "XAA", "requested_state": "XAB"}),
            "invalid",
            "kind",
        ),
        (
            json!({"direction": "outgoing", "kind": "extradition", "requesting_state": "XAA", "requested_state": 5}),
            "invalid",
            "requested_state",
        ),
        (
            json!({"direction": "outgoing", "kind": "extradition", "requesting_state": "XAA", "requested_state": "XAB", "timeline": [{"status": "sent", "date": "2025-02-30"}]}),
            "invalid",
            "timeline[0].date",
        ),
        (
            json!({"direction": "outgoing", "kind": "extradition", "requesting_state": "XAA", "requested_state": "XAB", "refusal_grounds": ["bank_secrecy"]}),
            "invalid",
            "refusal_grounds[0]",
        ),
    ];
    for (body, code, field) in cases {
        let (s, text) = call(
            &w.app,
            Method::POST,
            "/api/v1/records",
            Some(t),
            Some(body.clone()),
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{body}: {text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"]["code"], code, "{text}");
        if !field.is_empty() {
            assert_eq!(v["error"]["field"], field, "{text}");
        }
    }
    // Valid JSON that the registry's checks refuse: 422 with every problem.
    let (s, text) = call(
        &w.app,
        Method::POST,
        "/api/v1/records",
        Some(t),
        Some(record("XAB", "XAB", "outgoing")),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert!(
        v["error"]["problems"].as_array().unwrap().len() >= 2,
        "{text}"
    );
    // Not JSON at all.
    let req = Request::post("/api/v1/records")
        .header("authorization", format!("Bearer {t}"))
        .header("content-type", "application/json")
        .body(Body::from("{not json"))
        .unwrap();
    let res = w.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // Too large.
    let big = format!("{{\"notes\": \"{}\"}}", "x".repeat(2 << 20));
    let req = Request::post("/api/v1/records")
        .header("authorization", format!("Bearer {t}"))
        .header("content-type", "application/json")
        .body(Body::from(big))
        .unwrap();
    let res = w.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // An unknown endpoint.
    assert_eq!(
        call(&w.app, Method::GET, "/api/v1/nothing", Some(t), None)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn assess_answers_as_the_command_line_does() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let t = token(&w.b, Role::Analyst);
    let case = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ivory-kenya-italy.toml"
    ))
    .unwrap();
    let req = Request::post("/api/v1/assess?lang=fr")
        .header("authorization", format!("Bearer {t}"))
        .header("content-type", "application/toml")
        .body(Body::from(case))
        .unwrap();
    let res = w.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["lang"], "fr");
    assert!(v["findings"].as_array().is_some_and(|f| !f.is_empty()));
    // A case with a mistake: 422, line and field named.
    let req = Request::post("/api/v1/assess")
        .header("authorization", format!("Bearer {t}"))
        .header("content-type", "application/toml")
        .body(Body::from("[request]\nkind = \"extraditio\"\n"))
        .unwrap();
    let res = w.app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("line 2"), "{text}");
}

async fn post_case(
    app: &axum::Router,
    uri: &str,
    token: &str,
    case: &str,
) -> (StatusCode, String, Vec<u8>) {
    let req = Request::post(uri)
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/toml")
        .body(Body::from(case.to_owned()))
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, ctype, bytes.to_vec())
}

#[tokio::test(flavor = "multi_thread")]
async fn draft_writes_each_format_or_names_each_missing_element_with_its_provision() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let t = token(&w.a, Role::Officer);
    let case = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/drafts/extradition-rhino-horn-kenya-india.toml"
    ))
    .unwrap();
    for (format, ctype, magic) in [
        (
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            &b"PK"[..],
        ),
        ("html", "text/html; charset=utf-8", b"<!DOCTYPE html>"),
        (
            "markdown",
            "text/markdown; charset=utf-8",
            b"# Request for extradition",
        ),
    ] {
        let (status, got, bytes) =
            post_case(&w.app, &format!("/api/v1/draft?format={format}"), t, &case).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{format}: {}",
            String::from_utf8_lossy(&bytes)
        );
        assert_eq!(got, ctype);
        assert!(bytes.starts_with(magic), "{format}");
    }
    // The same case without the warrant: 422, each gap with its provision.
    let cut = case.split("[draft.warrant]").next().unwrap();
    let (status, _, bytes) = post_case(&w.app, "/api/v1/draft?format=docx&lang=fr", t, cut).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["error"]["code"], "incomplete_draft", "{v}");
    let problems = v["error"]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{v}");
    assert_eq!(problems[0]["field"], "warrant");
    assert!(
        problems[0]["message"].as_str().unwrap().contains("16"),
        "{v}"
    );
    // ... unless the gaps are to be marked in the draft.
    let (status, _, bytes) = post_case(
        &w.app,
        "/api/v1/draft?format=markdown&allow_incomplete=true",
        t,
        cut,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&bytes).contains("MISSING"));
    // No language on record for Italy, none asked: 422 naming `lang`.
    let italy = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/mla-bilateral-treaty.toml"
    ))
    .unwrap();
    let (status, _, bytes) = post_case(&w.app, "/api/v1/draft", t, &italy).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["error"]["code"], "language_needed");
    assert_eq!(v["error"]["field"], "lang");
    // A format it does not write: 400 naming the field.
    let (status, _, bytes) = post_case(&w.app, "/api/v1/draft?format=odt", t, &case).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["error"]["field"], "format");
}

#[tokio::test(flavor = "multi_thread")]
async fn draft_as_pdf_when_the_machine_has_the_fonts() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let t = token(&w.a, Role::Officer);
    if palermo_fonts::find_fonts(&[]).is_err() {
        assert!(
            std::env::var_os("PALERMO_REQUIRE_FONTS").is_none(),
            "PALERMO_REQUIRE_FONTS is set but the fonts are missing"
        );
        eprintln!("skipped: no fonts for PDF on this machine");
        return;
    }
    let case = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/drafts/mla-trafficking-spain-mexico.toml"
    ))
    .unwrap();
    let (status, ctype, bytes) =
        post_case(&w.app, "/api/v1/draft?format=pdf&lang=ar", t, &case).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&bytes)
    );
    assert_eq!(ctype, "application/pdf");
    assert!(bytes.starts_with(b"%PDF-"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_session_needs_its_csrf_token_to_change_anything() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let login = Request::post("/api/v1/session")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"user": "xaa-officer", "password": "a long test password"}).to_string(),
        ))
        .unwrap();
    let res = w.app.clone().oneshot(login).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict")
            && cookie.contains("Secure"),
        "{cookie}"
    );
    let session = cookie.split(';').next().unwrap().to_owned();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    let csrf = serde_json::from_slice::<Value>(&bytes).unwrap()["csrf_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let post = |csrf: Option<&str>| {
        let mut r = Request::post("/api/v1/records")
            .header("cookie", &session)
            .header("content-type", "application/json");
        if let Some(c) = csrf {
            r = r.header("x-csrf-token", c);
        }
        r.body(Body::from(record("XAA", "XAC", "outgoing").to_string()))
            .unwrap()
    };
    assert_eq!(
        w.app.clone().oneshot(post(None)).await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        w.app
            .clone()
            .oneshot(post(Some("wrong")))
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        w.app
            .clone()
            .oneshot(post(Some(&csrf)))
            .await
            .unwrap()
            .status(),
        StatusCode::CREATED
    );
    let get = Request::get("/api/v1/records")
        .header("cookie", &session)
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        w.app.clone().oneshot(get).await.unwrap().status(),
        StatusCode::OK
    );
    let bad = Request::post("/api/v1/session")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"user": "xaa-officer", "password": "wrong"}).to_string(),
        ))
        .unwrap();
    assert_eq!(
        w.app.clone().oneshot(bad).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn search_answers_with_hits_and_facets_and_refuses_bad_input_with_the_field() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let t = token(&w.a, Role::Analyst);
    // The provisions come from the engine's catalogue, not from the data rows.
    let (s, text) = call(
        &w.app,
        Method::GET,
        "/api/v1/search?q=extradition%20treaty&kind=provision&limit=2",
        Some(t),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["hits"].as_array().unwrap().len(), 2, "{text}");
    assert!(v["total"].as_u64().unwrap() >= 2);
    assert_eq!(v["hits"][0]["kind"], "provision");
    assert_eq!(v["hits"][0]["origin"]["type"], "provision");
    assert_eq!(
        v["facets"]["kind"],
        json!([{"value": "provision", "count": v["total"]}])
    );
    assert!(v["data_snapshot"].as_str().unwrap().starts_with("sha256:"));
    // No hit is an empty list.
    let (s, text) = call(
        &w.app,
        Method::GET,
        "/api/v1/search?q=zyzzyva",
        Some(t),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (v["total"].clone(), v["hits"].clone()),
        (json!(0), json!([]))
    );
    for (uri, field) in [
        ("/api/v1/search?q=%22open", "q"),
        ("/api/v1/search", "q"),
        ("/api/v1/search?q=a&kind=treaty", "kind"),
        ("/api/v1/search?q=a&limit=many", "limit"),
        ("/api/v1/search?q=a&limit=5000", "limit"),
        ("/api/v1/search?q=a&state=QQQ", "state"),
        ("/api/v1/search?q=a&article=99", "article"),
        ("/api/v1/search?q=a&crime_type=piracy_on_mars", "crime_type"),
    ] {
        let (s, text) = call(&w.app, Method::GET, uri, Some(t), None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"]["code"], "bad_request", "{uri}: {text}");
        assert_eq!(v["error"]["field"], field, "{uri}: {text}");
    }
    let (s, _) = call(&w.app, Method::GET, "/api/v1/search?q=a", None, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[test]
fn the_openapi_document_in_docs_is_the_one_the_code_generates() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");
    let generated = palermo_server::openapi_json();
    if std::env::var_os("PALERMO_BLESS").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/openapi.json is out of date: run `PALERMO_BLESS=1 cargo test -p palermo-server --test api` and commit it"
    );
    let v: Value = serde_json::from_str(&generated).unwrap();
    for p in [
        "/api/v1/assess",
        "/api/v1/draft",
        "/api/v1/records",
        "/api/v1/records/{id}",
        "/api/v1/statistics",
        "/api/v1/audit/verify",
        "/api/v1/search",
    ] {
        assert!(v["paths"][p].is_object(), "{p} missing from the document");
    }
}

/// Captured log output.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_logs_never_hold_case_content_queries_or_tokens() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let cap = Captured::default();
    let writer = cap.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let t = token(&w.a, Role::Officer);
    call(
        &w.app,
        Method::POST,
        "/api/v1/records",
        Some(t),
        Some(record("XAA", "XAC", "outgoing")),
    )
    .await;
    call(
        &w.app,
        Method::GET,
        "/api/v1/records?counterpart=XAC&direction=outgoing",
        Some(t),
        None,
    )
    .await;
    call(&w.app, Method::GET, "/api/v1/records/1", Some(t), None).await;
    let logs = String::from_utf8(cap.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("/api/v1/records"),
        "the path is logged: {logs}"
    );
    for secret in SECRETS.iter().copied().chain([t, "counterpart=", "Bearer"]) {
        assert!(!logs.contains(secret), "the logs hold `{secret}`:\n{logs}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_revoked_through_the_api_stops_at_once_despite_the_cache() {
    let (store, _dir) = stores().await.remove(0);
    let w = world(store).await;
    let admin = token(&w.a, Role::Administrator);
    let (s, body) = call(
        &w.app,
        Method::POST,
        "/api/v1/admin/tokens",
        Some(admin),
        Some(json!({"user": "xaa-officer", "label": "to revoke"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    let (id, secret) = (
        v["token"]["id"].as_i64().unwrap(),
        v["secret"].as_str().unwrap().to_owned(),
    );
    assert_eq!(
        call(&w.app, Method::GET, "/api/v1/me", Some(&secret), None)
            .await
            .0,
        StatusCode::OK
    );
    let (s, _) = call(
        &w.app,
        Method::DELETE,
        &format!("/api/v1/admin/tokens/{id}"),
        Some(admin),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert_eq!(
        call(&w.app, Method::GET, "/api/v1/me", Some(&secret), None)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
}
