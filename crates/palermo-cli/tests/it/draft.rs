//! End-to-end tests of `palermo draft`: the completeness check's exit code
//! and report, no file on an incomplete draft, every format written, the
//! language taken from the requested State's notification, and the DOCX read
//! back by LibreOffice when it is installed (CI installs it and sets
//! `PALERMO_REQUIRE_LIBREOFFICE`, so there the check cannot be skipped).

use std::path::{Path, PathBuf};
use std::process::Command as Std;

use assert_cmd::Command;
use predicates::prelude::*;

fn palermo() -> Command {
    let mut c = Command::cargo_bin("palermo").unwrap();
    c.env_remove("PALERMO_LANG").env("LANG", "C");
    c
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example(name: &str) -> PathBuf {
    root().join("examples/drafts").join(name)
}

fn dir(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("palermo-draft-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The extradition example without the warrant and India's law.
fn incomplete(d: &Path) -> PathBuf {
    let text = std::fs::read_to_string(example("extradition-rhino-horn-kenya-india.toml")).unwrap();
    let cut: String = text
        .split("[draft.warrant]")
        .next()
        .unwrap()
        .replace(
            "offence_law = { KEN = \"Wildlife Conservation and Management Act, 2013, section 92 (offences relating to endangered and threatened species)\", IND = \"Wild Life (Protection) Act, 1972, sections 49B and 51 (dealing in trophies of scheduled animals)\" }",
            "offence_law = { KEN = \"Wildlife Conservation and Management Act, 2013, section 92\" }",
        );
    assert!(cut.contains(
        "offence_law = { KEN = \"Wildlife Conservation and Management Act, 2013, section 92\" }"
    ));
    let p = d.join("incomplete.toml");
    std::fs::write(&p, cut).unwrap();
    p
}

#[test]
fn an_incomplete_draft_exits_1_names_each_gap_with_its_provision_and_writes_nothing() {
    let d = dir("incomplete");
    let case = incomplete(&d);
    let out = d.join("request.docx");
    palermo()
        .args(["draft", case.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("The draft is incomplete: 2 elements are missing."))
        .stderr(predicate::str::contains("The provision of the law of India (IND) that makes the conduct an offence (case: draft.offence_law.IND) (UNTOC art. 16(1))"))
        .stderr(predicate::str::contains("The arrest warrant or judgment the request rests on: issuing court, date and number (case: [draft.warrant]) (UNTOC art. 16(7))"))
        .stderr(predicate::str::contains("--allow-incomplete"));
    assert!(!out.exists(), "an incomplete draft writes no file");
    // With --allow-incomplete the file is written and the gaps are in it.
    palermo()
        .args([
            "draft",
            case.to_str().unwrap(),
            "--allow-incomplete",
            "--format",
            "markdown",
            "-o",
        ])
        .arg(d.join("request.md"))
        .assert()
        .success();
    let md = std::fs::read_to_string(d.join("request.md")).unwrap();
    assert!(md.contains("\\[MISSING: the arrest warrant"), "{md}");
}

#[test]
fn a_complete_draft_is_written_in_every_format() {
    let d = dir("formats");
    let case = example("extradition-rhino-horn-kenya-india.toml");
    for (ext, magic) in [
        ("docx", &b"PK"[..]),
        ("html", b"<!DOCTYPE html>"),
        ("md", b"# Request for extradition"),
    ] {
        let out = d.join(format!("request.{ext}"));
        palermo()
            .args(["draft", case.to_str().unwrap(), "-o", out.to_str().unwrap()])
            .assert()
            .success()
            .stderr(predicate::str::contains("Draft written to"));
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic), "{ext}");
    }
    // Markdown goes to standard output without --output; binary formats need a file.
    palermo()
        .args(["draft", case.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "article 16, paragraph 4, which India (IND) takes as the legal basis",
        ));
    palermo()
        .args(["draft", case.to_str().unwrap(), "--format", "docx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give --output FILE"));
}

#[test]
fn the_language_is_the_requested_states_unless_chosen() {
    // Mexico accepts Spanish (its art. 18(14) notification): Spanish by default.
    let case = example("mla-trafficking-spain-mexico.toml");
    palermo()
        .args(["draft", case.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("artículo 18"));
    palermo()
        .args(["draft", case.to_str().unwrap(), "--lang", "fr"])
        .assert()
        .success()
        .stdout(predicate::str::contains("article 18"))
        // The user's facts stay as written.
        .stdout(predicate::str::contains("una red de cinco personas"));
    // Italy has no 18(14) notification on record: the drafter is asked.
    palermo()
        .args([
            "draft",
            root()
                .join("examples/mla-bilateral-treaty.toml")
                .to_str()
                .unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--lang"));
}

#[test]
fn a_bad_draft_table_is_an_error_with_line_and_field() {
    let d = dir("bad");
    let text = std::fs::read_to_string(example("mla-trafficking-spain-mexico.toml"))
        .unwrap()
        .replace("purpose = \"Acreditar", "porpose = \"Acreditar");
    let p = d.join("bad.toml");
    std::fs::write(&p, text).unwrap();
    palermo()
        .args(["draft", p.to_str().unwrap(), "--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("draft.porpose"))
        .stderr(predicate::str::contains("unknown key `porpose`"));
}

fn soffice() -> Option<PathBuf> {
    for name in ["soffice", "libreoffice"] {
        if let Ok(out) = Std::new("which").arg(name).output() {
            if out.status.success() {
                return Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
            }
        }
    }
    None
}

/// The DOCX opens cleanly in LibreOffice: converted to text, it says what
/// the draft says, in French, Arabic and Chinese.
#[test]
fn libreoffice_reads_the_docx_back() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("PALERMO_REQUIRE_LIBREOFFICE").is_none(),
            "PALERMO_REQUIRE_LIBREOFFICE is set but LibreOffice (soffice) is not installed"
        );
        eprintln!(
            "skipped: LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        );
        return;
    };
    let d = dir("libreoffice");
    let case = example("extradition-rhino-horn-kenya-india.toml");
    let profile = d.join("profile");
    for (lang, expected) in [
        ("fr", "Demande d'extradition"),
        ("ar", "تسليم"),
        ("zh", "引渡"),
    ] {
        let docx = d.join(format!("request-{lang}.docx"));
        palermo()
            .args([
                "draft",
                case.to_str().unwrap(),
                "--lang",
                lang,
                "-o",
                docx.to_str().unwrap(),
            ])
            .assert()
            .success();
        let status = Std::new(&soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
            ])
            .arg(&d)
            .arg(&docx)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "soffice failed: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let txt = std::fs::read_to_string(d.join(format!("request-{lang}.txt"))).unwrap();
        assert!(txt.contains(expected), "{lang}: {txt}");
        // The user's words survive the round trip.
        assert!(txt.contains("John Doe Mwangi (fictional)"), "{lang}: {txt}");
        assert!(
            txt.contains("Chief Magistrate's Court at Mombasa"),
            "{lang}"
        );
    }
}
