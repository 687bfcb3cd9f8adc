//! End-to-end tests of the `palermo` binary: formats, exit codes, errors that
//! name file, line and column, `--data`, `explain` and `test`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn palermo() -> Command {
    let mut c = Command::cargo_bin("palermo").unwrap();
    c.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    c
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("palermo-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn json_of(file: &Path) -> serde_json::Value {
    let out = palermo()
        .arg("assess")
        .arg(file)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn assess_text_answers_first_without_colour_when_piped() {
    let out = palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Extradition from Kenya (KEN) to Italy (ITA), as of 1 May 2024"),
        "{text}"
    );
    assert!(text.contains(
        "ANSWER  Yes — the Convention can be the legal basis (discretionary), UNTOC art. 16(4)"
    ));
    for section in [
        "WHY",
        "KENYA (KEN)'S OWN LAW DECIDES",
        "INTERPRETATIONS USED",
        "reproduce: palermo assess",
    ] {
        assert!(text.contains(section), "{section}");
    }
    assert!(
        !text.contains('\u{1b}'),
        "no escape codes when stdout is not a terminal"
    );
}

#[test]
fn assess_json_follows_the_contract() {
    let v = json_of(&example("ivory-kenya-italy.toml"));
    assert_eq!(v["format"], "palermo.assessment/1");
    assert!(v["data"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(v["as_of"], "2024-05-01");
    assert_eq!(v["answer"]["id"], "art16.legal_basis");
    assert_eq!(v["answer"]["outcome"], "yes");
    assert_eq!(v["answer"]["strength"], "discretionary");
    let ids: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "status.in_force.ITA",
        "status.in_force.KEN",
        "status.in_force_between",
        "art2.b.serious_crime.ITA",
        "art2.b.serious_crime.KEN",
        "art2.c.structured_group",
        "art2.a.organized_criminal_group",
        "art3.2.transnational",
        "art3.1.within_scope",
        "art16.1.applies",
        "art16.legal_basis",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for f in v["findings"].as_array().unwrap() {
        for key in [
            "id",
            "outcome",
            "citation",
            "basis",
            "strength",
            "explanation",
            "because",
            "missing",
        ] {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
        assert!(
            f["citation"].as_str().unwrap().starts_with("UNTOC ")
                || f["citation"].as_str().unwrap().starts_with("SOM ")
        );
    }
    let q = &v["domestic_law_questions"][0];
    assert_eq!(q["state"], "KEN");
    assert!(q["id"].as_str().unwrap().starts_with("art16."));
}

#[test]
fn assess_json_mla_contract_ids() {
    let v = json_of(&example("botnet-two-states.json"));
    assert_eq!(v["answer"]["id"], "art18.legal_basis");
    let ids: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "art18.1.applies",
        "art18.7.paragraphs_9_29",
        "art18.legal_basis",
        "art2.b.serious_crime.UKR",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    // Nothing is missing for the answer; 18(7) and Ukraine's maximum are open side findings.
    let missing: Vec<&str> = v["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(
        missing.contains(&"request.agreed_to_apply_art18_9_29"),
        "{missing:?}"
    );
    for q in v["missing_questions"].as_array().unwrap() {
        assert_ne!(q["tier"], "decisive");
    }
}

#[test]
fn colour_only_when_forced_and_never_with_no_color() {
    let f = example("ivory-kenya-italy.toml");
    let forced = palermo()
        .arg("assess")
        .arg(&f)
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap()
        .stdout;
    assert!(
        forced.contains(&0x1b),
        "CLICOLOR_FORCE gives colour even through a pipe"
    );
    let no_color = palermo()
        .arg("assess")
        .arg(&f)
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
        .stdout;
    assert!(!no_color.contains(&0x1b), "NO_COLOR wins");
}

#[test]
fn assess_markdown() {
    palermo()
        .arg("assess")
        .arg(example("mla-bilateral-treaty.toml"))
        .args(["--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Mutual legal assistance requested by United States of America (USA) from Italy (ITA)"))
        .stdout(predicate::str::contains("## Why"))
        .stdout(predicate::str::contains("`art18.8.bank_secrecy`"));
}

#[test]
fn as_of_flag_overrides_the_case() {
    let v = {
        let out = palermo()
            .arg("assess")
            .arg(example("ivory-kenya-italy.toml"))
            .args(["--format", "json", "--as-of", "2004-07-15"])
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(v["as_of"], "2004-07-15");
    assert_eq!(v["answer"]["outcome"], "no", "Italy had not ratified yet");
    palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--as-of", "2024-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--as-of `2024-02-30` is not a date",
        ));
}

#[test]
fn fail_on_undetermined_exits_1() {
    let f = example("extradition-no-notification-on-record.toml");
    palermo().arg("assess").arg(&f).assert().code(0);
    palermo()
        .arg("assess")
        .arg(&f)
        .args(["--fail-on", "undetermined"])
        .assert()
        .code(1);
    palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--fail-on", "no"])
        .assert()
        .code(0);
    palermo()
        .arg("assess")
        .arg(example("lone-hacker-no-group.toml"))
        .args(["--fail-on", "no"])
        .assert()
        .code(1);
}

#[test]
fn unreadable_case_exits_2_with_location() {
    let f = tmp(
        "bad.toml",
        "[request]\nkind = \"extradition\"\nrequested_state = \"KNE\"\n",
    );
    palermo()
        .arg("assess")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.toml:3:19: `request.requested_state`: unknown State code `KNE`",
        ));
    palermo()
        .arg("assess")
        .arg(root().join("no-such-file.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("failed to read"));
    let f = tmp("bytes.toml", "");
    std::fs::write(&f, [0xff, 0xfe, 0x00]).unwrap();
    palermo()
        .arg("assess")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not UTF-8"));
}

#[test]
fn every_kind_is_assessed_and_a_missing_kind_is_refused() {
    let f = tmp("transfer.toml", "as_of = 2024-05-01\n[request]\nkind = \"transfer_of_sentenced_persons\"\nrequesting_state = \"ITA\"\nrequested_state = \"KEN\"\n");
    palermo()
        .arg("assess")
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "not a legal basis for transferring a sentenced person",
        ));
    let f = tmp(
        "nokind.toml",
        "[request]\nrequesting_state = \"ITA\"\nrequested_state = \"KEN\"\n",
    );
    palermo()
        .arg("assess")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`request.kind` is not given"));
}

#[test]
fn warnings_go_to_stderr_and_do_not_stop_the_assessment() {
    let text = std::fs::read_to_string(example("lone-hacker-no-group.toml"))
        .unwrap()
        .replace(
            "[group]\nmembers = 1",
            "[group]\nmembers = 1\n[suspicion]\norganized_criminal_group = true",
        );
    let f = tmp("warn.toml", &text);
    palermo().arg("assess").arg(&f).assert().success().stderr(
        predicate::str::contains("warning: ")
            .and(predicate::str::contains("contradicts `group.members` = 1")),
    );
}

#[test]
fn data_folder_replaces_embedded_data() {
    let dir = std::env::temp_dir().join(format!("palermo-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in palermo_refdata::DATA_FILES {
        std::fs::copy(root().join("data").join(f), dir.join(f)).unwrap();
    }
    let embedded = palermo()
        .args(["data", "snapshot"])
        .output()
        .unwrap()
        .stdout;
    let copied = palermo()
        .args(["data", "snapshot", "--data"])
        .arg(&dir)
        .output()
        .unwrap()
        .stdout;
    assert_eq!(embedded, copied, "same files, same snapshot id");
    // Kenya's deposit date removed, and its row dated May 2024: a party by
    // then is bound by 30 June 2024 at the latest, which does not settle
    // 1 May 2024, so the case's answer becomes undetermined.
    let p = dir.join("untoc_participation.csv");
    let text: String = std::fs::read_to_string(&p)
        .unwrap()
        .lines()
        .map(|l| {
            let l = if l.starts_with("Kenya,KEN,UNTOC,") {
                l.replace(",2004-06-16,", ",,")
                    .replace(",2014-01-27,yes,", ",2024-05,yes,")
            } else {
                l.to_string()
            };
            l + "\n"
        })
        .collect();
    std::fs::write(&p, text).unwrap();
    let out = palermo()
        .arg("assess")
        .arg(example("lone-hacker-no-group.toml"))
        .arg("--data")
        .arg(&dir)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["data_origin"], dir.display().to_string());
    assert_ne!(
        v["data"].as_str().unwrap().as_bytes(),
        embedded.trim_ascii_end()
    );
    let out = palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .arg("--data")
        .arg(&dir)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["answer"]["outcome"], "undetermined");
    // A broken row: exit 2, naming file, line and column.
    let text = std::fs::read_to_string(&p).unwrap().replace(
        "Italy,ITA,UNTOC,2000-12-12,2006-08-02",
        "Italy,ITA,UNTOC,2000-12-12,2006-02-30",
    );
    std::fs::write(&p, text).unwrap();
    palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .arg("--data")
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "untoc_participation.csv:88: column `consent_date`",
        ));
    palermo()
        .args(["data", "check", "--data"])
        .arg(&dir)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("1 error(s)"));
    palermo()
        .args(["data", "check", "--data"])
        .arg(dir.join("nope"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("failed to read"));
}

#[test]
fn data_check_embedded_is_clean() {
    palermo()
        .args(["data", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 error(s)"));
}

#[test]
fn explain() {
    palermo()
        .args(["explain", "art16.4.convention_as_basis"])
        .assert()
        .success()
        .stdout(predicate::str::contains("UNTOC art. 16(4)"));
    palermo()
        .args(["explain", "art2.b.serious_crime.ITA#2"])
        .assert()
        .success()
        .stdout(predicate::str::contains("four years"));
    palermo()
        .args(["explain", "16(5)(a)"])
        .assert()
        .success()
        .stdout(predicate::str::contains("art16.5.a.notification"));
    palermo()
        .args(["explain", "art16.7"])
        .assert()
        .success()
        .stdout(predicate::str::contains("art16.7.extradites_own_nationals"));
    palermo()
        .args(["explain", "questions"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "art18.21.c.domestic_bar_similar_offence",
        ));
    palermo()
        .arg("explain")
        .assert()
        .success()
        .stdout(predicate::str::contains("art18.legal_basis"));
    palermo()
        .args(["explain", "art 40"])
        .assert()
        .success()
        .stdout(predicate::str::contains("status.in_force.<ISO3>"));
    palermo()
        .args(["explain", "art 35"])
        .assert()
        .success()
        .stdout(predicate::str::contains("art35.2.compulsory_settlement"));
    palermo()
        .args(["explain", "art 30"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "No finding of this version tests UNTOC art. 30",
        ));
    palermo().args(["explain", "nonsense"]).assert().code(2);
}

#[test]
fn test_command_reports_failures_with_location() {
    palermo()
        .arg("test")
        .arg(root().join("examples"))
        .assert()
        .success()
        .stdout(predicate::str::contains("19 passed, 0 failed"));
    let text = std::fs::read_to_string(example("lone-hacker-no-group.toml"))
        .unwrap()
        .replace(
            "\"art16.legal_basis\" = \"no\"",
            "\"art16.legal_basis\" = \"yes\"",
        );
    let f = tmp("wrong-expectation.toml", &text);
    let line = text
        .lines()
        .position(|l| l.starts_with("\"art16.legal_basis\""))
        .unwrap()
        + 1;
    palermo()
        .arg("test")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "wrong-expectation.toml:{line}:1: `art16.legal_basis` expected yes, got no"
        )))
        .stdout(predicate::str::contains("0 passed, 1 failed"));
}

#[test]
fn test_command_checks_the_expected_strength() {
    let text = std::fs::read_to_string(example("arms-ring-cooperating-witness.toml"))
        .unwrap()
        .replace(
            "\"art24.3.relocation_agreement\" = { outcome = \"yes\", strength = \"shall_consider\" }",
            "\"art24.3.relocation_agreement\" = { outcome = \"yes\", strength = \"mandatory\" }",
        );
    assert!(text.contains("strength = \"mandatory\" }"));
    let f = tmp("wrong-strength.toml", &text);
    palermo()
        .arg("test")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "`art24.3.relocation_agreement` expected strength mandatory, got shall_consider",
        ));
    let f = tmp(
        "bad-strength.toml",
        &text.replace("strength = \"mandatory\"", "strength = \"must\""),
    );
    palermo()
        .arg("test")
        .arg(&f)
        .assert()
        .stdout(predicate::str::contains(
            "`expect.\"art24.3.relocation_agreement\".strength`",
        ));
}

#[test]
fn crimes_list_show_and_json() {
    palermo()
        .arg("crimes")
        .assert()
        .success()
        .stdout(predicate::str::contains("24 crime types"))
        .stdout(predicate::str::contains("trafficking_cultural_property"));
    palermo()
        .args(["crimes", "show", "trafficking_cultural_property"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "GA resolution 66/180 (2011-12-19)",
        ))
        .stdout(predicate::str::contains("National penalties in the data"));
    let out = palermo()
        .args(["crimes", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 24);
    palermo()
        .args(["crimes", "show", "wildlife"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("close: wildlife_trafficking"));
}

#[test]
fn data_show_and_stats() {
    palermo()
        .args(["data", "show", "KEN"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Africa / Sub-Saharan Africa / Eastern Africa",
        ))
        .stdout(predicate::str::contains(
            "MISSING: no extradition-basis notification",
        ))
        .stdout(predicate::str::contains("[read in a secondary source]"));
    palermo()
        .args(["data", "show", "QQQ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no record of `QQQ`"));
    palermo()
        .args(["data", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains("UNTOC 193 / 183 / 2"));
}

fn data_copy(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("palermo-data-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in palermo_refdata::DATA_FILES
        .iter()
        .chain(["expected_counts.csv"].iter())
    {
        std::fs::copy(root().join("data").join(f), dir.join(f)).unwrap();
    }
    dir
}

#[test]
fn data_import_diff_and_counts() {
    let old = data_copy("old");
    let new = data_copy("new");
    let header = std::fs::read_to_string(root().join("data/national_penalties.csv"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    // A bad row is refused, with the imported file's own line.
    let bad = tmp("bad-penalties.csv", &format!("{header}\nKEN,Kenya,wildlife_trafficking,dealing in trophies,Wildlife Act s. 92,5 years,,http://example.org,2024,,,\n"));
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&bad)
        .arg("--data")
        .arg(&new)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "bad-penalties.csv:2: column `max_custodial`",
        ));
    // A good row is appended.
    let good = tmp("good-penalties.csv", &format!("{header}\nKEN,Kenya,wildlife_trafficking,dealing in trophies of endangered species,Wildlife Act s. 92,life,,http://example.org/wcma,2024,scenario row for the test,,\n"));
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&good)
        .arg("--data")
        .arg(&new)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 1 row(s)"));
    // The diff shows it; the stated count now disagrees until updated.
    palermo()
        .args(["data", "diff"])
        .arg(&old)
        .arg(&new)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "+ penalty KEN wildlife_trafficking Wildlife Act s. 92",
        ))
        .stdout(predicate::str::contains("1 change(s)"));
    palermo()
        .args(["data", "check", "--data"])
        .arg(&new)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "national_penalties.csv has 242 usable records, but 241 are stated",
        ));
    // The engine uses the imported row.
    let case = tmp("ken-wildlife.toml", "as_of = 2025-01-01\n[request]\nkind = \"extradition\"\nrequesting_state = \"ITA\"\nrequested_state = \"KEN\"\n[offence]\ncrime_types = [\"wildlife_trafficking\"]\n");
    let out = palermo()
        .arg("assess")
        .arg(&case)
        .arg("--data")
        .arg(&new)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "art2.b.serious_crime.KEN")
        .unwrap()
        .clone();
    assert_eq!(f["outcome"], "yes", "{f}");
    assert!(f["sources"][0]
        .as_str()
        .unwrap()
        .contains("Wildlife Act s. 92"));
    // Import needs a folder: the embedded data cannot be changed.
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&good)
        .assert()
        .code(2);
}
