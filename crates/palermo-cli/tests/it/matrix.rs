//! End-to-end tests of `palermo matrix`: coverage in every format, threads
//! giving the same output, the assumptions printed, `--vary`, and refusals.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn palermo() -> Command {
    let mut c = Command::cargo_bin("palermo").unwrap();
    c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    c
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

fn participants() -> usize {
    let data = palermo_refdata::RefData::embedded();
    let mut v: Vec<_> = data
        .participations()
        .iter()
        .filter(|p| p.instrument == palermo_cite::Instrument::Untoc)
        .map(|p| p.state)
        .collect();
    v.sort();
    v.dedup();
    v.len()
}

#[test]
fn coverage_csv_has_every_ordered_pair_and_prints_its_assumptions() {
    let out = palermo()
        .args([
            "matrix",
            "--crime",
            "wildlife_trafficking",
            "--kind",
            "extradition",
            "--as-of",
            "2026-06-01",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let n = participants();
    assert_eq!(csv.lines().count(), 1 + n * (n - 1));
    assert_eq!(
        csv.lines().next().unwrap(),
        "requesting,requested,kind,crime,outcome,strength,deciding"
    );
    // Germany → Kenya: both parties, Germany's maximum (5 years) makes it serious,
    // Kenya has no 16(5)(a) notification and no extradition-law record: undetermined.
    assert!(csv.contains("\nDEU,KEN,extradition,wildlife_trafficking,undetermined,,art16.5.a.notification: undetermined\n"), "{}", &csv[..300]);
    // Germany → Czech Republic: no notification either, but its extradition-law
    // record (the 2026-01-01 version of its act, in use from that day) says it
    // needs no treaty: art. 16(6), a mandatory recognition.
    assert!(csv.contains(
        "\nDEU,CZE,extradition,wildlife_trafficking,yes,mandatory,art16.6.recognised_as_extraditable: yes\n"
    ));
    // To the Netherlands (takes the Convention as a basis): yes, at its discretion.
    assert!(csv.contains("\nDEU,NLD,extradition,wildlife_trafficking,yes,discretionary,art16.4.convention_as_basis: yes\n"));
    // To Viet Nam: it declared it does not take the Convention as the basis, but
    // that it extradites under its own law and on reciprocity (no treaty needed):
    // art. 16(6) makes the offence extraditable, a mandatory recognition.
    assert!(csv.contains(
        "\nDEU,VNM,extradition,wildlife_trafficking,yes,mandatory,art16.6.recognised_as_extraditable: yes\n"
    ));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("standard scenario") && err.contains("no other treaty binds the two States"),
        "{err}"
    );
}

#[test]
fn one_and_two_threads_give_the_same_output() {
    let run = |t: &str| {
        palermo()
            .args([
                "matrix",
                "--crime",
                "migrant_smuggling",
                "--crime",
                "money_laundering",
                "--kind",
                "all",
                "--as-of",
                "2024-05-01",
                "--threads",
                t,
            ])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn coverage_json_markdown_and_svg() {
    let out = palermo()
        .args([
            "matrix",
            "--crime",
            "kidnapping",
            "--kind",
            "mutual_legal_assistance",
            // The same kind twice (`mla` is its short name) counts once.
            "--kind",
            "mla",
            "--format",
            "json",
            "--as-of",
            "2024-05-01",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = participants();
    assert_eq!(v["format"], "palermo.matrix/1");
    assert_eq!(v["kinds"], serde_json::json!(["mutual_legal_assistance"]));
    assert_eq!(v["cells"].as_array().unwrap().len(), n * (n - 1));
    assert!(v["assumptions"].as_array().unwrap().len() >= 5);
    let total: u64 = v["summary"]["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["cells"].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, n * (n - 1));
    palermo()
        .args([
            "matrix",
            "--crime",
            "kidnapping",
            "--kind",
            "extradition",
            "--format",
            "markdown",
            "--as-of",
            "2024-05-01",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "# Coverage matrix, as of 2024-05-01",
        ))
        .stdout(predicate::str::contains("## Yes by region pair"))
        .stdout(predicate::str::contains("no other treaty binds"));
    let svg = palermo()
        .args([
            "matrix",
            "--crime",
            "kidnapping",
            "--kind",
            "extradition",
            "--format",
            "svg",
            "--as-of",
            "2024-05-01",
        ])
        .output()
        .unwrap()
        .stdout;
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    for label in [
        "Africa (",
        "Europe (",
        "yes:",
        "undetermined:",
        "Standard scenario",
    ] {
        assert!(svg.contains(label), "{label}");
    }
}

#[test]
fn output_file_and_refusals() {
    let path = std::env::temp_dir().join(format!("palermo-matrix-{}.csv", std::process::id()));
    palermo()
        .args([
            "matrix",
            "--crime",
            "piracy",
            "--kind",
            "extradition",
            "--output",
        ])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .starts_with("requesting,requested"));
    palermo()
        .args(["matrix", "--crime", "piracyy", "--kind", "extradition"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not in the crime catalogue"));
    palermo()
        .args(["matrix", "--crime", "piracy", "--kind", "bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected one of extradition"));
    palermo()
        .args([
            "matrix",
            "--crime",
            "piracy",
            "--kind",
            "mla",
            "--as-of",
            "2024-02-30",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`2024-02-30` is not a date: expected YYYY-MM-DD",
        ));
    palermo()
        .args(["study", "serious-crime", "--as-of", "2024-5-1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`2024-5-1` is not a date: expected YYYY-MM-DD",
        ));
    palermo()
        .args(["matrix", "--crime", "piracy"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give --kind"));
}

#[test]
fn vary_requested_over_every_state() {
    let out = palermo()
        .arg("matrix")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--vary", "requested", "--serious-crime-law", "either"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        csv.lines().count(),
        1 + participants() - 1,
        "every State but the requesting one"
    );
    // Under either State's law (Kenya: life; Italy: two years, not serious):
    // Kenya as in the case: yes; Viet Nam: open on its own maximum and dual
    // criminality (the case says nothing of Vietnamese law), not on the legal
    // basis (art. 16(6) governs it).
    assert!(
        csv.contains("\nKEN,Kenya,Africa,yes,discretionary,art16.4.convention_as_basis: yes,"),
        "{}",
        &csv[..400]
    );
    assert!(csv.lines().any(|l| l.starts_with("VNM,")
        && l.contains(",undetermined,,art2.b.serious_crime.VNM: undetermined,")
        && l.contains("offence.punishable_in.VNM")
        && !l.contains("convention_as_extradition_basis")));
    // Under the requesting State's law alone, no State can take it: Italy's
    // two-year maximum keeps the offence outside the Convention.
    let out = palermo()
        .arg("matrix")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--vary", "requested"])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.lines().skip(1).all(|l| l.contains(",no,")), "{csv}");
    palermo()
        .arg("matrix")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--vary", "requested", "--format", "svg"])
        .assert()
        .code(2);
    palermo()
        .arg("matrix")
        .arg(example("ivory-kenya-italy.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--vary"));
    let v: serde_json::Value = serde_json::from_slice(
        &palermo()
            .arg("matrix")
            .arg(example("mla-bilateral-treaty.toml"))
            .args(["--vary", "requesting", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["varied"], "requesting");
    assert!(v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["state"] == "USA" && r["outcome"] == "yes"));
}

/// A data folder of three fictional States, parties since 2003: XAA with a
/// 5-year wildlife offence, XAB with a 3-year basic and an 8-year aggravated
/// form, XAC with none. Tests on it do not change when the bundled data grows.
fn fictional_wildlife_data() -> PathBuf {
    let dir = crate::folder::headers_only("study", true);
    let append = |file: &str, rows: &str| crate::folder::append(&dir, file, rows);
    append(
        "untoc_participation.csv",
        "Aland,XAA,UNTOC,,2003-01-01,accession,http://example.org/p,2024,yes,\n\
         Bland,XAB,UNTOC,,2003-01-01,accession,http://example.org/p,2024,yes,\n\
         Cland,XAC,UNTOC,,2003-01-01,accession,http://example.org/p,2024,yes,\n",
    );
    append(
        "national_penalties.csv",
        "XAA,Aland,wildlife_trafficking,trading in protected species,Fauna Act s. 71,5y,,http://example.org/pen,2024,\"fictional, for the test\",,\n\
         XAB,Bland,wildlife_trafficking,trading in protected species,Nature Code s. 299(1),3y,,http://example.org/pen,2024,,,\n\
         XAB,Bland,wildlife_trafficking,\"aggravated: trading, most serious form\",Nature Code s. 299(4),8y,,http://example.org/pen,2024,,,\n",
    );
    dir
}

#[test]
fn study_serious_crime_with_a_what_if() {
    let data = fictional_wildlife_data();
    let out = palermo()
        .args([
            "study",
            "serious-crime",
            "--as-of",
            "2026-07-01",
            "--crime",
            "wildlife_trafficking",
            "--data",
        ])
        .arg(&data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), 1 + 3);
    // XAA: 5 years; XAB: 3 and 8 years, so it depends on the offence; XAC: nothing researched.
    assert!(
        csv.lines().any(|l| l.starts_with("XAA,")
            && l.contains(",wildlife_trafficking,yes,")
            && l.contains("Fauna Act")),
        "{csv}"
    );
    assert!(csv
        .lines()
        .any(|l| l.starts_with("XAB,") && l.contains(",wildlife_trafficking,depends_on_offence,")));
    assert!(csv
        .lines()
        .any(|l| l.starts_with("XAC,") && l.contains(",wildlife_trafficking,no_data,")));
    // Fields with commas and quotes (explanations, sources) are quoted: every
    // record reads back with the header's nine fields.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap().len(), 9);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 3);
    let xab = records.iter().find(|r| &r[0] == "XAB").unwrap();
    assert!(
        xab[8].contains("Nature Code s. 299(4)") && xab[7].contains(','),
        "{xab:?}"
    );
    // What-if: XAC gets a maximum of four years.
    let out = palermo()
        .args([
            "study",
            "serious-crime",
            "--as-of",
            "2026-07-01",
            "--crime",
            "wildlife_trafficking",
            "--set",
            "XAC:wildlife_trafficking=4y",
            "--format",
            "markdown",
            "--data",
        ])
        .arg(&data)
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.contains("## What-if")
            && md.contains("XAC: wildlife_trafficking with a maximum of 4 years"),
        "{md}"
    );
    assert!(
        md.contains(
            "| mutual_legal_assistance | wildlife_trafficking | XAC | XAA | undetermined | yes |"
        ),
        "{md}"
    );
    assert!(md.contains("## By legal system"));
    let svg = String::from_utf8(
        palermo()
            .args([
                "study",
                "serious-crime",
                "--as-of",
                "2026-07-01",
                "--format",
                "svg",
            ])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("wildlife_trafficking") && svg.contains("Europe")
    );
    palermo()
        .args(["study", "serious-crime", "--set", "KEN:wildlife=4y"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not in the crime catalogue"));
    palermo()
        .args([
            "study",
            "serious-crime",
            "--set",
            "KEN:wildlife_trafficking=four",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a penalty"));
}

#[test]
fn verify_checks_every_cell_against_the_explained_engine() {
    let out = palermo()
        .args([
            "matrix",
            "--crime",
            "migrant_smuggling",
            "--kind",
            "extradition",
            "--as-of",
            "2024-05-01",
            "--verify",
            "--threads",
            "2",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{err}");
    let n = participants();
    assert!(
        err.contains(&format!(
            "{} cells checked against the explained engine",
            n * (n - 1)
        )) && err.contains("all agree"),
        "{err}"
    );
    // Nothing on standard output when every cell agrees.
    assert!(out.stdout.is_empty());
    // It checks; it does not also write a matrix.
    palermo()
        .args([
            "matrix",
            "--crime",
            "piracy",
            "--kind",
            "extradition",
            "--verify",
            "--output",
            "x.csv",
        ])
        .assert()
        .code(2);
}
