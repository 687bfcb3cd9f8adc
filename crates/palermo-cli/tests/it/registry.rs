//! End to end, as a newcomer follows README: create an authority, users and
//! a token with `palermo admin`; record a request with its assessment;
//! import a spreadsheet; read the statistics; start `palermo serve` and use
//! the API with the token; stop it; verify the audit chain, then change a
//! row behind the registry's back and see `audit verify` fail and name it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Registry {
    dir: tempfile::TempDir,
}

impl Registry {
    fn new() -> Registry {
        Registry {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn db(&self) -> String {
        self.dir.path().join("palermo.db").display().to_string()
    }

    fn palermo(&self) -> Command {
        let mut c = Command::cargo_bin("palermo").unwrap();
        c.current_dir(self.dir.path())
            .env_remove("PALERMO_DB")
            .env_remove("PALERMO_USER");
        c
    }

    fn run(&self, args: &[&str]) -> String {
        let out = self
            .palermo()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    }
}

/// A minimal HTTP/1.1 client: enough for a status and a body.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (u16, String) {
    http_typed(addr, method, path, token, body, "application/json")
}

fn http_typed(
    addr: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
    content_type: &str,
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(t) = token {
        req.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    req.push_str(body.unwrap_or(""));
    s.write_all(req.as_bytes()).unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let status = resp[9..12].parse().unwrap();
    let body = resp
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

struct Server(Child, String);

impl Server {
    fn start(r: &Registry) -> Server {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("palermo"))
            .current_dir(r.dir.path())
            .args(["serve", "--addr", "127.0.0.1:0"])
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let addr = loop {
            let line = lines.next().expect("serve printed its address").unwrap();
            if let Some(rest) = line.split("listening on http://").nth(1) {
                break rest.split_whitespace().next().unwrap().to_owned();
            }
        };
        // Keep draining the logs so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server(child, addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_newcomer_records_a_request_reads_statistics_and_uses_the_api() {
    let r = Registry::new();
    r.run(&[
        "admin",
        "add-authority",
        "--state",
        "ITA",
        "--name",
        "Central Authority",
    ]);
    r.palermo()
        .args([
            "admin",
            "add-user",
            "maria",
            "--authority",
            "1",
            "--role",
            "officer",
            "--password-stdin",
        ])
        .write_stdin("a long password for maria\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("can log in"));
    r.run(&[
        "admin",
        "add-user",
        "anna",
        "--authority",
        "1",
        "--role",
        "analyst",
    ]);
    let token = r
        .run(&["admin", "add-token", "--user", "maria"])
        .trim()
        .to_owned();
    assert!(token.starts_with("plm_"), "{token}");
    let analyst = r
        .run(&["admin", "add-token", "--user", "anna"])
        .trim()
        .to_owned();

    let example = root().join("docs/registry-examples/ivory-extradition-request.json");
    let case = root().join("examples/ivory-kenya-italy.toml");
    let out = r.run(&[
        "registry",
        "--user",
        "maria",
        "add",
        example.to_str().unwrap(),
        "--case",
        case.to_str().unwrap(),
    ]);
    assert_eq!(out.trim(), "record 1 created (version 1)");
    let shown = r.run(&[
        "registry", "--user", "maria", "show", "1", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(v["assessment"]["as_of"], "2024-05-01");
    assert!(v["assessment"]["result"]["findings"].is_array());
    // The analyst gets no content, as through the API.
    r.palermo()
        .args(["registry", "--user", "anna", "show", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("may not"));

    let json = r.run(&["stats", "--user", "anna", "--format", "json"]);
    let s: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(s["requests"], 1);
    assert_eq!(s["convention_basis"], 1);

    let server = Server::start(&r);
    let addr = &server.1;
    assert_eq!(http(addr, "GET", "/health", None, None).0, 200);
    let (status, body) = http(addr, "GET", "/api/v1/records/1", Some(&token), None);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("EXT/2024/031"));
    let new = serde_json::json!({
        "direction": "incoming", "kind": "mutual_legal_assistance",
        "requesting_state": "KEN", "requested_state": "ITA",
        "legal_bases": [{"basis": "convention", "reference": "UNTOC art. 18(1)"}],
        "timeline": [{"status": "received", "date": "2024-06-03"}]
    })
    .to_string();
    let (status, body) = http(addr, "POST", "/api/v1/records", Some(&token), Some(&new));
    assert_eq!(status, 201, "{body}");
    let (status, body) = http(addr, "GET", "/api/v1/statistics", Some(&analyst), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["requests"],
        2
    );
    let (status, _) = http(addr, "GET", "/api/v1/records/1", Some(&analyst), None);
    assert_eq!(status, 403);
    // The API's assessment is the command line's, to the byte once parsed.
    let toml = std::fs::read_to_string(&case).unwrap();
    let (status, body) = http_typed(
        addr,
        "POST",
        "/api/v1/assess?lang=ar",
        Some(&analyst),
        Some(&toml),
        "application/toml",
    );
    assert_eq!(status, 200, "{body}");
    let cli = r.run(&[
        "assess",
        case.to_str().unwrap(),
        "--format",
        "json",
        "--lang",
        "ar",
    ]);
    let a: serde_json::Value = serde_json::from_str(&body).unwrap();
    let b: serde_json::Value = serde_json::from_str(&cli).unwrap();
    assert_eq!(a, b);
    drop(server);

    r.palermo()
        .args(["audit", "verify"])
        .assert()
        .success()
        .stdout(predicate::str::contains("entries verified"));
    let _ = r.db();
}

#[test]
fn an_edit_behind_the_registrys_back_fails_the_audit() {
    let r = Registry::new();
    r.run(&["admin", "add-authority", "--state", "XAA", "--name", "A"]);
    r.run(&[
        "admin",
        "add-user",
        "ann",
        "--authority",
        "1",
        "--role",
        "officer",
    ]);
    let csv = root().join("docs/registry-examples/spreadsheet-export.csv");
    r.palermo()
        .args([
            "registry",
            "--user",
            "ann",
            "import",
            csv.to_str().unwrap(),
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "5 rows are valid; nothing written",
        ));
    r.run(&["registry", "--user", "ann", "import", csv.to_str().unwrap()]);
    r.palermo().args(["audit", "verify"]).assert().success();

    // Behind the registry's back: SQL straight on the file.
    let db = r.db();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&format!("sqlite://{db}"))
            .await
            .unwrap();
        sqlx::query("UPDATE audit SET detail = 'nothing to see' WHERE seq = 4")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    });
    r.palermo()
        .args(["audit", "verify"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("BROKEN at entry 4"));
}

#[test]
fn a_bad_spreadsheet_writes_nothing_and_names_line_and_column() {
    let r = Registry::new();
    r.run(&["admin", "add-authority", "--state", "XAA", "--name", "A"]);
    r.run(&[
        "admin",
        "add-user",
        "ann",
        "--authority",
        "1",
        "--role",
        "officer",
    ]);
    let bad = r.dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "reference,direction,kind,requesting_state,requested_state,sent\nA1,outgoing,mutual_legal_assistance,XAA,XAB,2024-01-05\nA2,outgoing,extradition,XAA,XAB,14/03/2024\n",
    )
    .unwrap();
    r.palermo()
        .args(["registry", "--user", "ann", "import", bad.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3, column `sent`"))
        .stderr(predicate::str::contains("nothing was imported"));
    let list = r.run(&["registry", "--user", "ann", "list"]);
    assert!(list.trim().is_empty(), "{list}");
}
