//! End-to-end tests of `palermo authorities show|list|import` and `palermo
//! search`, on a data folder of fictional States written here, so that no
//! test depends on the bundled rows.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn palermo() -> Command {
    let mut c = Command::cargo_bin("palermo").unwrap();
    c.env("NO_COLOR", "1");
    c
}

const AUTHORITIES_HEADER: &str = "participant,iso3166_alpha3,function,authority,languages,channels,contact,source_url,source_as_of,notes";

/// A data folder of two fictional States, one authority and one penalty
/// row, with its counts and changelog, passing `data check`.
fn folder(tag: &str) -> PathBuf {
    let dir = crate::folder::headers_only(&format!("auth-{tag}"), false);
    let append = |file: &str, rows: &str| crate::folder::append(&dir, file, rows);
    append(
        "untoc_participation.csv",
        "Aland,XAA,UNTOC,,2003-01-01,accession,http://example.org/p,2024,yes,\n\
Bland,XAB,UNTOC,,2004-01-01,accession,http://example.org/p,2024,yes,\n",
    );
    append(
        "competent_authorities.csv",
        "Aland,XAA,mla,the Ministry of Lighthouses,en+fr,diplomatic channels,,http://example.org/a,2020-05,From a notification.\n",
    );
    append(
        "national_penalties.csv",
        "XAB,Bland,wildlife_trafficking,trading in narwhal tusks,Fauna Code art. 3,6y,,http://example.org/pen,2022,,,\n",
    );
    std::fs::write(dir.join("CHANGELOG.md"), "# Data changelog\n").unwrap();
    palermo()
        .args(["data", "check", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 competent authorities; 0 error(s)",
        ));
    dir
}

fn file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Every file of a folder with its content, sorted by name.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn show_gives_each_authority_with_its_source_and_says_none_on_record_plainly() {
    let dir = folder("show");
    palermo()
        .args(["authorities", "show", "XAA", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "mla — central authority for mutual legal assistance (UNTOC art. 18(13))",
        ))
        .stdout(predicate::str::contains(
            "  authority: the Ministry of Lighthouses\n  languages: en+fr\n  channels:  diplomatic channels\n  contact:   none on record\n  source:    http://example.org/a (as of 2020-05; competent_authorities.csv:2)",
        ));
    palermo()
        .args(["authorities", "show", "XAB", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Bland (XAB): no competent authority on record.",
        ))
        .stdout(predicate::str::contains(
            "This does not mean that XAB has designated none",
        ));
    palermo()
        .args([
            "authorities",
            "show",
            "XAA",
            "--function",
            "extradition",
            "--data",
        ])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("no authority for extradition"));
    palermo()
        .args(["authorities", "show", "XZZ", "--data"])
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no record of `XZZ`"));
    palermo()
        .args(["authorities", "show", "XAA", "--function", "central"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected one of mla, extradition"));
}

#[test]
fn list_in_text_csv_and_json() {
    let dir = folder("list");
    palermo()
        .args(["authorities", "list", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "XAA  mla         the Ministry of Lighthouses  [en+fr]  (as of 2020-05; line 2)",
        ))
        .stdout(predicate::str::contains(
            "1 authority of 1 State(s) on record.",
        ));
    let out = palermo()
        .args(["authorities", "list", "--format", "csv", "--data"])
        .arg(&dir)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    // The file's own columns: a list can be edited and imported back.
    assert_eq!(
        csv,
        format!("{AUTHORITIES_HEADER}\nAland,XAA,mla,the Ministry of Lighthouses,en+fr,diplomatic channels,,http://example.org/a,2020-05,From a notification.\n")
    );
    let out = palermo()
        .args([
            "authorities",
            "list",
            "--format",
            "json",
            "--function",
            "mla",
            "--data",
        ])
        .arg(&dir)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["state"], "XAA");
    assert_eq!(v[0]["languages"], serde_json::json!(["en", "fr"]));
    assert_eq!(v[0]["contact"], serde_json::Value::Null);
    assert_eq!(v[0]["source"]["line"], 2);
    let out = palermo()
        .args([
            "authorities",
            "list",
            "--format",
            "json",
            "--function",
            "firearms",
            "--data",
        ])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.stdout, b"[]\n");
}

#[test]
fn import_writes_the_rows_with_counts_and_changelog_and_dry_run_writes_nothing() {
    let dir = folder("import");
    let rows = file(
        &std::env::temp_dir(),
        &format!("palermo-auth-good-{}.csv", std::process::id()),
        &format!("{AUTHORITIES_HEADER}\nBland,XAB,extradition,the Office of the Attorney-General,,,,http://example.org/b,2024,From a gazette.\n"),
    );
    let before = contents(&dir);
    palermo()
        .args(["authorities", "import"])
        .arg(&rows)
        .arg("--data")
        .arg(&dir)
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(predicate::str::contains("dry run: the 1 row(s)"))
        .stdout(predicate::str::contains("nothing written"));
    assert_eq!(contents(&dir), before, "a dry run writes nothing");
    palermo()
        .args(["authorities", "import"])
        .arg(&rows)
        .arg("--data")
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 1 row(s)"))
        .stdout(predicate::str::contains("and updated CHANGELOG.md"));
    palermo()
        .args(["data", "check", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 competent authorities; 0 error(s)",
        ));
    let changelog = std::fs::read_to_string(dir.join("CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains("**New facts**: 1 row(s) imported into `competent_authorities.csv`"),
        "{changelog}"
    );
    assert!(
        changelog.contains("XAB extradition (the Office of the Attorney-General)"),
        "{changelog}"
    );
    palermo()
        .args(["authorities", "show", "XAB", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the Office of the Attorney-General",
        ));
    // The same row again repeats the folder's: refused, nothing written.
    let before = contents(&dir);
    palermo()
        .args(["authorities", "import"])
        .arg(&rows)
        .arg("--data")
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already on line 3"))
        .stderr(predicate::str::contains("nothing imported"));
    assert_eq!(contents(&dir), before);
}

#[test]
fn import_with_a_bad_row_writes_nothing_and_names_every_line() {
    let dir = folder("refused");
    let before = contents(&dir);
    let rows = file(
        &std::env::temp_dir(),
        &format!("palermo-auth-bad-{}.csv", std::process::id()),
        &[
            AUTHORITIES_HEADER,
            "Bland,XAB,extradition,the Office of the Attorney-General,,,,http://example.org/b,2024,", // 2: fine
            "Cland,XAC,mla,the Ministry of Justice,,,,http://example.org/b,2024,", // 3: no such State
            "Bland,XAB,central,the Ministry of Justice,,,,http://example.org/b,2024,", // 4: no such function
            "Bland,XAB,mla,the Ministry of Justice,english,,,http://example.org/b,2024,", // 5: not a code
            "Bland,XAB,mla,the Ministry of Justice,,,,,2024,", // 6: no source
            "Bland,XAB,mla,the Ministry of Justice,,,,http://example.org/b,,", // 7: no date
            "Blandia,XAB,firearms,the Police,,,,http://example.org/b,2024,", // 8: not XAB's name
            "Bland,XAB,firearms,the Customs,,,,http://example.org/b,2999,", // 9: from the future
        ]
        .join("\n"),
    );
    let out = palermo()
        .args(["authorities", "import"])
        .arg(&rows)
        .arg("--data")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let name = rows.display().to_string();
    for expected in [
        format!("{name}:3: column `iso3166_alpha3`: `XAC` is not a State"),
        format!("{name}:4: column `function`: `central` is not a function"),
        format!("{name}:5: column `languages`: `english`"),
        format!("{name}:6: column `source_url`: no source"),
        format!("{name}:7: column `source_as_of`: no date"),
        format!(
            "{name}:8: column `participant`: `Blandia` is not a name the data folder gives XAB"
        ),
        format!("{name}:9: column `source_as_of`: `2999` is after today"),
        "nothing imported: 7 error(s)".to_string(),
    ] {
        assert!(err.contains(&expected), "{expected}\n{err}");
    }
    assert!(!err.contains(&format!("{name}:2:")), "{err}");
    assert_eq!(contents(&dir), before, "nothing written");
    // The dry run refuses the same way.
    palermo()
        .args(["authorities", "import"])
        .arg(&rows)
        .arg("--data")
        .arg(&dir)
        .arg("--dry-run")
        .assert()
        .code(2);
    assert_eq!(contents(&dir), before);
    // A header that is not the file's is refused before any row.
    let wrong = file(
        &std::env::temp_dir(),
        &format!("palermo-auth-header-{}.csv", std::process::id()),
        "state,function,authority\nXAB,mla,x\n",
    );
    palermo()
        .args(["authorities", "import"])
        .arg(&wrong)
        .arg("--data")
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the header must be exactly"));
    assert_eq!(contents(&dir), before);
}

#[test]
fn search_finds_a_penalty_word_with_facets_and_refuses_a_malformed_query() {
    let dir = folder("search");
    palermo()
        .args(["search", "narwhal", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1. [penalty] Bland (XAB): trading in narwhal tusks — Fauna Code art. 3",
        ))
        .stdout(predicate::str::contains(
            "from:  national_penalties.csv:2, http://example.org/pen, as of 2022",
        ))
        .stdout(predicate::str::contains("1 of 1 hit(s) shown."))
        .stdout(predicate::str::contains("by State: XAB 1"));
    let out = palermo()
        .args([
            "search",
            "lighthouses",
            "--format",
            "json",
            "--state",
            "XAA",
            "--data",
        ])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(v["hits"][0]["kind"], "authority");
    assert_eq!(v["hits"][0]["origin"]["file"], "competent_authorities.csv");
    assert_eq!(v["hits"][0]["origin"]["source_as_of"], "2020-05");
    assert_eq!(
        v["facets"]["kind"][0],
        serde_json::json!({"value": "authority", "count": 1})
    );
    assert_eq!(v["facets"]["article"][0]["value"], "18");
    palermo()
        .args(["search", "narwhal", "--state", "XAA", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("No hit for `narwhal`."));
    palermo()
        .args(["search", "\"narwhal tusks", "--data"])
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unbalanced quotation mark"));
    palermo()
        .args(["search", "narwhal", "--kind", "treaty"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "expected one of provision, crime, penalty, notification, authority",
        ));
    // Timings on standard error with --stats.
    palermo()
        .args(["search", "narwhal", "--stats", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stderr(predicate::str::contains("documents indexed in"));
}
