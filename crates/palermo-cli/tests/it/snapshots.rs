//! Snapshots of every example in every language and format: the text a
//! terminal shows, the Markdown memo and the JSON. A change to any wording
//! shows up here for review (`cargo insta review`, or `INSTA_UPDATE=always`
//! then `git diff`).
//!
//! The embedded data's snapshot id is shown as `sha256:<data>`: it changes
//! with every data edit, and a data edit must not mean re-reviewing every
//! snapshot. What the data says still shows (a new row that changes an
//! example's answer changes its snapshot, as it should).

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every example case file, by name.
pub fn examples() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            (name.ends_with(".toml") || name.ends_with(".json")).then_some(name)
        })
        .collect();
    v.sort();
    v
}

fn render(example: &str, lang: &str, format: &str) -> String {
    let out = Command::cargo_bin("palermo")
        .unwrap()
        .current_dir(root())
        .env_remove("PALERMO_LANG")
        .env("NO_COLOR", "1")
        .args([
            "assess",
            &format!("examples/{example}"),
            "--lang",
            lang,
            "--format",
            format,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{example} {lang} {format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text with the embedded data's snapshot id, in full or as the
/// shortened form the terminal output gives, replaced by `sha256:<data>`.
fn redact(text: String) -> String {
    let id = palermo_refdata::EMBEDDED_SNAPSHOT;
    let short = &id[..id.len().min("sha256:".len() + 12)];
    text.replace(id, "sha256:<data>")
        .replace(short, "sha256:<data>")
}

fn check(format: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path(root().join("crates/palermo-cli/tests/it/snapshots"));
    settings.bind(|| {
        for example in examples() {
            let stem = example.rsplit_once('.').unwrap().0.to_string();
            for lang in LANGS {
                let text = redact(render(&example, lang, format));
                insta::assert_snapshot!(format!("{stem}.{lang}.{format}"), text);
            }
        }
    });
}

#[test]
fn every_example_as_text_in_every_language() {
    check("text");
}

#[test]
fn every_example_as_a_memo_in_every_language() {
    check("markdown");
}

#[test]
fn every_example_as_json_in_every_language() {
    check("json");
}

/// The drafted requests of `examples/drafts/` as Markdown in every
/// language: a change to a draft's wording is reviewed like any other.
#[test]
fn every_example_draft_in_every_language() {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path(root().join("crates/palermo-cli/tests/it/snapshots"));
    settings.bind(|| {
        for stem in [
            "extradition-rhino-horn-kenya-india",
            "mla-trafficking-spain-mexico",
        ] {
            for lang in LANGS {
                let out = Command::cargo_bin("palermo")
                    .unwrap()
                    .current_dir(root())
                    .env_remove("PALERMO_LANG")
                    .args([
                        "draft",
                        &format!("examples/drafts/{stem}.toml"),
                        "--lang",
                        lang,
                    ])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{stem} {lang}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let text = redact(String::from_utf8(out.stdout).unwrap());
                insta::assert_snapshot!(format!("draft.{stem}.{lang}"), text);
            }
        }
    });
}
