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
    json_of_with(file, &[])
}

fn json_of_with(file: &Path, args: &[&str]) -> serde_json::Value {
    let out = palermo()
        .arg("assess")
        .arg(file)
        .args(["--format", "json"])
        .args(args)
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
    // Under the requesting State's law (Italy: two years) the offence is no
    // serious crime; under either State's law (Kenya: life) it is.
    assert!(
        text.contains("ANSWER  No: the Convention cannot be the legal basis"),
        "{text}"
    );
    let out = palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--serious-crime-law", "either"])
        .output()
        .unwrap();
    let text = flat(&String::from_utf8(out.stdout).unwrap());
    assert!(
        text.contains("ANSWER Yes: Italy (ITA) can ask Kenya (KEN) for extradition on the basis of the Convention (UNTOC art. 16(4)); Kenya (KEN) decides at its discretion."),
        "{text}"
    );
    for section in [
        "ROUTE",
        "WHY",
        "WHAT THE LAW OF KENYA (KEN) DECIDES",
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
    let v = json_of_with(
        &example("ivory-kenya-italy.toml"),
        &["--serious-crime-law", "either"],
    );
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
        .stdout(predicate::str::starts_with("# Mutual legal assistance requested by the United States of America (USA) from Italy (ITA)"))
        .stdout(predicate::str::contains("## Short answer"))
        .stdout(predicate::str::contains("## Appendix: the reasoning"))
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
        .stderr(predicate::str::contains("`2024-02-30` is not a date"));
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
        .code(1);
    palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--fail-on", "no", "--serious-crime-law", "either"])
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
        ))
        // As rustc shows an error: the line, and a caret under the value.
        .stderr(predicate::str::contains(
            "\n  |\n3 | requested_state = \"KNE\"\n  |                   ^^^^^\n",
        ));
    palermo()
        .arg("assess")
        .arg(root().join("no-such-file.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
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
fn every_kind_is_assessed_and_a_partial_request_still_is() {
    let f = tmp("transfer.toml", "as_of = 2024-05-01\n[request]\nkind = \"transfer_of_sentenced_persons\"\nrequesting_state = \"ITA\"\nrequested_state = \"KEN\"\n");
    palermo()
        .arg("assess")
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::function(|out: &str| {
            flat(out)
                .contains("the Convention is not a legal basis for transferring a sentenced person")
        }));
    // A request without its kind: arts. 2 and 3, and the kind named as missing.
    let f = tmp(
        "nokind.toml",
        "as_of = 2024-05-01\n[request]\nrequesting_state = \"ITA\"\nrequested_state = \"KEN\"\n",
    );
    let out = palermo()
        .args(["assess", "--format", "json"])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["answer"]["id"], "art3.1.within_scope");
    assert_eq!(v["missing"][0], "request.kind");
}

#[test]
fn a_domestic_case_without_a_request_is_assessed() {
    let f = tmp(
        "domestic.toml",
        "as_of = 2024-05-01\n[offence]\ncommitted_in = [\"ITA\", \"KEN\"]\nconvention_offences = [\"untoc.art6\"]\ninvolves_group = true\n[group]\nmembers = 4\nrandomly_formed = false\nexists_for_period = true\nacts_in_concert = true\naims = [\"convention_offence\"]\nbenefit = \"financial\"\n",
    );
    let out = palermo()
        .args(["assess", "--format", "json"])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "status.in_force.ITA",
        "status.in_force.KEN",
        "art3.2.transnational",
        "art3.1.within_scope",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert!(!ids
        .iter()
        .any(|i| i.starts_with("art16") || i.starts_with("art18")));
    assert_eq!(v["answer"]["id"], "art3.1.within_scope");
    assert_eq!(v["answer"]["outcome"], "yes");
    // No stand-in code leaks into the output.
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains("QZA") && !text.contains("QZB"));
}

#[test]
fn a_request_without_the_requested_state_is_undetermined_naming_it() {
    let f = tmp(
        "norequested.toml",
        "as_of = 2024-05-01\n[request]\nkind = \"mutual_legal_assistance\"\nrequesting_state = \"ITA\"\n[offence]\ncommitted_in = [\"ITA\", \"KEN\"]\n",
    );
    let out = palermo()
        .args(["assess", "--format", "json"])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["answer"]["id"], "art18.legal_basis");
    assert_eq!(v["answer"]["outcome"], "undetermined");
    assert_eq!(v["missing"][0], "request.requested_state");
    let ids: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for id in [
        "status.in_force_between",
        "art18.1.applies",
        "art18.7.paragraphs_9_29",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains("QZA") && !text.contains("QZB"));
    // The text output says which State is missing, and asks for it in words
    // (lines wrap: read the words).
    let out = palermo().arg("assess").arg(&f).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("the requested State (not given)"), "{text}");
    assert!(
        words.contains("Which State is the request addressed to (the requested State)?"),
        "{text}"
    );
    assert!(!text.contains("request.requested_state`?"), "{text}");
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
        .args(["--format", "json", "--serious-crime-law", "either"])
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
        ))
        .stderr(predicate::str::contains(
            "\n   |\n88 | Italy,ITA,UNTOC,2000-12-12,2006-02-30,",
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

/// `--lang` works for `explain` as for `assess`: the description, the
/// citation and the labels are in French, with no English left.
#[test]
fn explain_in_french() {
    let out = palermo()
        .args(["explain", "art16.4.convention_as_basis", "--lang", "fr"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("art16.4.convention_as_basis  ["), "{text}");
    assert!(text.contains("16(4)"), "{text}");
    assert!(text.contains("l'État requérant"), "{text}");
    // Words that are English and never French (the id aside).
    let body = text.replace("art16.4.convention_as_basis", "");
    for word in body.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            ![
                "the", "of", "and", "is", "shall", "which", "under", "with", "State", "may",
                "treaty", "when", "UNTOC", "not"
            ]
            .contains(&word),
            "English `{word}` in: {text}"
        );
    }
    // A provision: its findings, its questions and what is not encoded.
    let out = palermo()
        .args(["--lang", "fr", "explain", "art 15"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("non codé"), "{text}");
    assert!(!text.contains("not encoded"), "{text}");
    assert!(!text.contains("asked of the"), "{text}");
    assert!(!text.contains("true means"), "{text}");
}

#[test]
fn explain_refuses_a_paragraph_or_article_that_does_not_exist() {
    for (what, message) in [
        (
            "16(99)",
            "there is no UNTOC art. 16(99): UNTOC art. 16 has 17 paragraphs",
        ),
        (
            "art16.99",
            "there is no UNTOC art. 16(99): UNTOC art. 16 has 17 paragraphs",
        ),
        (
            "18(31)",
            "there is no UNTOC art. 18(31): UNTOC art. 18 has 30 paragraphs",
        ),
        (
            "17(1)",
            "UNTOC art. 17 has no numbered paragraphs (no paragraph 1)",
        ),
        ("99(1)", "no such article: the Convention has 41 articles"),
        (
            "TIP art. 30",
            "no such article: the Trafficking in Persons Protocol has 20 articles",
        ),
    ] {
        palermo()
            .args(["explain", what])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(message));
    }
    // The last paragraph exists; an article whose paragraphs are not encoded
    // is answered, saying so.
    palermo()
        .args(["explain", "16(17)"])
        .assert()
        .success()
        .stdout(predicate::str::contains("art16.17"));
    palermo()
        .args(["explain", "30(9)"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The paragraphs of UNTOC art. 30 are not encoded",
        ));
}

#[test]
fn test_command_reports_failures_with_location() {
    palermo()
        .arg("test")
        .arg(root().join("examples"))
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"\n\d+ passed, 0 failed").unwrap());
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
        .code(2)
        .stdout(predicate::str::contains(
            "`expect.\"art24.3.relocation_agreement\".strength`",
        ));
}

#[test]
fn test_command_exits_2_on_an_unreadable_case_and_1_on_no_cases() {
    let dir = fresh_dir("test-suite");
    std::fs::copy(
        example("lone-hacker-no-group.toml"),
        dir.join("a-good.toml"),
    )
    .unwrap();
    // A syntax error and an unknown key: each named with file, line and column.
    std::fs::write(dir.join("b-syntax.toml"), "as_of = 2024-05-01\n[request\n").unwrap();
    std::fs::write(
        dir.join("c-unknown-key.json"),
        "{\"as_of\": \"2024-05-01\",\n  \"colour\": \"red\"}\n",
    )
    .unwrap();
    let out = palermo().arg("test").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let b = dir.join("b-syntax.toml").display().to_string();
    let c = dir.join("c-unknown-key.json").display().to_string();
    for expected in [
        format!("ERROR {b}"),
        format!("error: {b}:2:9: invalid TOML"),
        format!("ERROR {c}"),
        format!("error: {c}:2:3: `colour`: unknown key `colour`"),
        // The offending line under it, indented with it.
        "      2 |   \"colour\": \"red\"}\n        |   ^^^^^^^^\n".to_string(),
        "1 passed, 0 failed, 2 unreadable".to_string(),
    ] {
        assert!(stdout.contains(&expected), "{expected}\n{stdout}");
    }
    // No case file at all is a failure, not a pass.
    let empty = fresh_dir("test-empty");
    std::fs::write(empty.join("notes.txt"), "not a case").unwrap();
    palermo()
        .arg("test")
        .arg(&empty)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "palermo test: no case files found in `{}`",
            empty.display()
        )));
}

#[test]
fn crimes_list_show_and_json() {
    let n = palermo_refdata::RefData::embedded().crimes().len();
    palermo()
        .arg("crimes")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!("{n} crime types")))
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
    assert_eq!(v.as_array().unwrap().len(), n);
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
        .stdout(predicate::str::contains("Participation (parties"));
    // Exact figures on a small folder of fictional States, so that adding a
    // row to the bundled data changes no test.
    let dir = fresh_dir("stats");
    let bundled = root().join("data");
    for f in palermo_refdata::DATA_FILES {
        let text = std::fs::read_to_string(bundled.join(f)).unwrap();
        let header = if f.ends_with(".csv") {
            format!("{}\n", text.lines().next().unwrap())
        } else {
            String::new()
        };
        std::fs::write(dir.join(f), header).unwrap();
    }
    let p = dir.join("untoc_participation.csv");
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str(
        "Aland,XAA,UNTOC,2000-12-12,2003-01-01,ratification,http://example.org,2024,yes,\n",
    );
    text.push_str("Bland,XAB,UNTOC,2000-12-12,,,http://example.org,2024,yes,date not verified\n");
    text.push_str("Cland,XAC,UNTOC,2000-12-12,,,http://example.org,2024,no,\n");
    text.push_str("Aland,XAA,TIP,,2004-01-01,accession,http://example.org,2024,yes,\n");
    std::fs::write(&p, text).unwrap();
    let p = dir.join("untoc_declarations.csv");
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str("Aland,XAA,UNTOC,16(5),notification,Takes the Convention as the basis.,http://example.org/n,takes_convention,2020\n");
    text.push_str("Bland,XAB,UNTOC,16(5),notification,Text cut off.,http://example.org/n,content_unknown,2020\n");
    std::fs::write(&p, text).unwrap();
    let p = dir.join("extradition_law.csv");
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str("Aland,XAA,no,Extradites on reciprocity without a treaty.,http://example.org/law,2019-06,\n");
    text.push_str("Bland,XAB,partly,A treaty for some States only.,http://example.org/law,2020,\n");
    std::fs::write(&p, text).unwrap();
    palermo()
        .args(["data", "stats", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("UNTOC 2 / 1 / 1 / 3\n"))
        .stdout(predicate::str::contains("TIP   1 / 1 / 0 / 1\n"))
        .stdout(predicate::str::contains("16(5)     2 /   2 /   1\n"))
        .stdout(predicate::str::contains(
            "mla                              0 /  0\n",
        ))
        .stdout(predicate::str::contains(
            "Extradition law coded: 2 States (yes 0 / no 1 / partly 1)\n",
        ));
    palermo()
        .args(["data", "show", "XAA", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "requires a treaty: no — Extradites on reciprocity without a treaty.  [extradition_law.csv:2, http://example.org/law, as of 2019-06; used from 2019-06-30]",
        ));
    palermo()
        .args(["data", "show", "XAC", "--data"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Extradition law")
                .and(predicate::str::contains("MISSING: no record")),
        );
    palermo()
        .args(["data", "check", "--data"])
        .arg(&dir)
        .assert()
        .stdout(predicate::str::contains("2 extradition-law records"));
    // `data diff` shows a changed, an added and a removed record.
    let changed = fresh_dir("stats-changed");
    for f in palermo_refdata::DATA_FILES {
        std::fs::copy(dir.join(f), changed.join(f)).unwrap();
    }
    let p = changed.join("extradition_law.csv");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("XAA,no,", "XAA,yes,")
        .replace("Bland,XAB,", "Cland,XAC,");
    std::fs::write(&p, text).unwrap();
    palermo()
        .args(["data", "diff"])
        .arg(&dir)
        .arg(&changed)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "~ extradition law XAA: no (as of 2019-06) → yes (as of 2019-06)",
        ))
        .stdout(predicate::str::contains(
            "+ extradition law XAC: partly (as of 2020)",
        ))
        .stdout(predicate::str::contains("- extradition law XAB"));
}

fn data_copy(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("palermo-data-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in palermo_refdata::DATA_FILES
        .iter()
        .chain(["CHANGELOG.md"].iter())
    {
        std::fs::copy(root().join("data").join(f), dir.join(f)).unwrap();
    }
    dir
}

/// Every file of a folder with its content.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files_in(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

fn penalty_header() -> String {
    std::fs::read_to_string(root().join("data/national_penalties.csv"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn data_import_keeps_the_folder_passing_data_check() {
    // A fictional State, so that no bundled row of a real one can meet the
    // imported row (the bundled data grows; this test must not change).
    let old = data_copy("old");
    let new = data_copy("new");
    for dir in [&old, &new] {
        let p = dir.join("untoc_participation.csv");
        let mut text = std::fs::read_to_string(&p).unwrap();
        text.push_str("Aland,XAA,UNTOC,,2003-01-01,accession,http://example.org/p,2024,yes,\n");
        std::fs::write(&p, text).unwrap();
    }
    let header = penalty_header();
    let good = tmp("good-penalties.csv", &format!("{header}\nXAA,Aland,wildlife_trafficking,dealing in trophies of endangered species,Wildlife Act s. 92,life,,http://example.org/wcma,2024,scenario row for the test,,\n"));
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&good)
        .arg("--data")
        .arg(&new)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 1 row(s)"))
        .stdout(predicate::str::contains("and updated CHANGELOG.md"));
    // Right after an import the folder passes the check, and the changelog
    // records the rows.
    palermo()
        .args(["data", "check", "--data"])
        .arg(&new)
        .assert()
        .success()
        .stdout(predicate::str::contains(" 0 error(s)"));
    let changelog = std::fs::read_to_string(new.join("CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains("**New facts**: 1 row(s) imported into `national_penalties.csv` from `good-penalties.csv` with `palermo data import penalties`: XAA wildlife_trafficking (Wildlife Act s. 92)."),
        "{changelog}"
    );
    // The diff shows the row.
    palermo()
        .args(["data", "diff"])
        .arg(&old)
        .arg(&new)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "+ penalty XAA wildlife_trafficking Wildlife Act s. 92",
        ))
        .stdout(predicate::str::contains("1 change(s)"));
    // The engine uses the imported row.
    let case = tmp("xaa-wildlife.toml", "as_of = 2025-01-01\n[request]\nkind = \"extradition\"\nrequesting_state = \"ITA\"\nrequested_state = \"XAA\"\n[offence]\ncrime_types = [\"wildlife_trafficking\"]\n");
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
        .find(|f| f["id"] == "art2.b.serious_crime.XAA")
        .unwrap()
        .clone();
    assert_eq!(f["outcome"], "yes", "{f}");
    assert!(f["sources"][0]
        .as_str()
        .unwrap()
        .contains("Wildlife Act s. 92"));
    // The same row again clashes with the one now in the folder.
    let before = snapshot(&new);
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&good)
        .arg("--data")
        .arg(&new)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("overlapping validity"))
        .stderr(predicate::str::contains("nothing imported"));
    assert_eq!(snapshot(&new), before);
    // Import needs a folder: the embedded data cannot be changed.
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&good)
        .assert()
        .code(2);
}

#[test]
fn data_import_refuses_bad_rows_and_writes_nothing() {
    let dir = data_copy("refused");
    let before = snapshot(&dir);
    let header = penalty_header();
    // Each row a different provision, so that they do not clash.
    let row = |code: &str, name: &str, max: &str, as_of: &str, section: u32| {
        format!("{code},{name},wildlife_trafficking,dealing in trophies,Wildlife Act s. {section},{max},,http://example.org/wcma,{as_of},,,")
    };
    let bad = tmp(
        "bad-penalties.csv",
        &[
            header.clone(),
            row("KEN", "Kenya", "life", "2024", 2), // line 2: fine
            row("KNE", "Kenya", "life", "2024", 3), // line 3: no such State
            row("KEN", "Kenia", "life", "2024", 4), // line 4: not Kenya's name
            row("KEN", "Kenya", "life", "2999-01", 5), // line 5: a source from the future
            row("KEN", "Kenya", "5 years", "2024", 6), // line 6: not a penalty
            row("KEN", "", "life", "2024-06-01", 7), // line 7: fine, no name given
        ]
        .join("\n"),
    );
    let out = palermo()
        .args(["data", "import", "penalties"])
        .arg(&bad)
        .arg("--data")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "bad-penalties.csv:3: column `iso3166_alpha3`: `KNE` is not a State of the data folder",
        "bad-penalties.csv:4: column `state`: `Kenia` is not a name the data folder gives KEN: expected `Kenya`",
        "bad-penalties.csv:5: column `source_as_of`: `2999-01` is after today",
        "bad-penalties.csv:6: column `max_custodial`",
        "nothing imported: 4 error(s)",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    // Each error with its row, as the file has it.
    let shown = format!("\n  |\n3 | {}\n", row("KNE", "Kenya", "life", "2024", 3));
    assert!(err.contains(&shown), "{shown}\n{err}");
    assert!(!err.contains("bad-penalties.csv:2:") && !err.contains("bad-penalties.csv:7:"));
    assert_eq!(snapshot(&dir), before, "nothing written");
    // A folder that fails its own check is refused before any row is read.
    let p = dir.join("legal_systems.csv");
    let systems = std::fs::read_to_string(&p).unwrap();
    let (head, rest) = systems.split_once('\n').unwrap();
    std::fs::write(&p, format!("{head}\nXAA,Aland,no_such_family\n{rest}")).unwrap();
    let before = snapshot(&dir);
    let good = tmp(
        "one-good-penalty.csv",
        &format!("{header}\n{}\n", row("KEN", "Kenya", "life", "2024", 1)),
    );
    palermo()
        .args(["data", "import", "penalties"])
        .arg(&good)
        .arg("--data")
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("error(s) already"))
        .stderr(predicate::str::contains("legal_systems.csv:2:"));
    assert_eq!(snapshot(&dir), before, "nothing written");
}

#[test]
fn data_check_refuses_a_source_from_the_future() {
    let dir = data_copy("future");
    let p = dir.join("untoc_participation.csv");
    let text = std::fs::read_to_string(&p).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("Kenya,KEN,UNTOC,"))
        .unwrap()
        + 1;
    let kenya = text.lines().nth(line - 1).unwrap();
    let as_of = kenya.split(',').nth(7).unwrap();
    let changed = text.replace(
        kenya,
        &kenya.replacen(&format!(",{as_of},"), ",2999-01-01,", 1),
    );
    std::fs::write(&p, changed).unwrap();
    palermo()
        .args(["data", "check", "--data"])
        .arg(&dir)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "untoc_participation.csv:{line}: column `source_as_of`: `2999-01-01` is after today"
        )));
}

/// A fresh, empty folder for one test.
fn fresh_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("palermo-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The names of the files in a folder, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_failing_command_leaves_the_output_file_as_it_was() {
    let dir = fresh_dir("output");
    let out = dir.join("coverage.csv");
    let before = "an earlier result, to be kept\n";
    std::fs::write(&out, before).unwrap();
    let bad_case = dir.join("bad-case.toml");
    std::fs::write(
        &bad_case,
        "[request]\nkind = \"extradition\"\nrequesting_state = \"ITA\"\nrequested_state = \"KNE\"\n",
    )
    .unwrap();
    let failures: Vec<Vec<std::ffi::OsString>> = vec![
        // A case that cannot be read.
        vec![
            "matrix".into(),
            bad_case.clone().into(),
            "--vary".into(),
            "requested".into(),
        ],
        // Flags that do not go together.
        vec![
            "matrix".into(),
            example("ivory-kenya-italy.toml").into(),
            "--vary".into(),
            "requested".into(),
            "--format".into(),
            "svg".into(),
        ],
        vec![
            "matrix".into(),
            "--crime".into(),
            "piracyy".into(),
            "--kind".into(),
            "extradition".into(),
        ],
        // A data folder that cannot be read.
        vec![
            "matrix".into(),
            "--crime".into(),
            "piracy".into(),
            "--kind".into(),
            "extradition".into(),
            "--data".into(),
            dir.join("no-such-data").into(),
        ],
        vec![
            "study".into(),
            "serious-crime".into(),
            "--set".into(),
            "KEN:wildlife_trafficking=4 years".into(),
        ],
        vec![
            "study".into(),
            "serious-crime".into(),
            "--as-of".into(),
            "2024-13-01".into(),
        ],
    ];
    for args in &failures {
        palermo()
            .args(args)
            .arg("--output")
            .arg(&out)
            .assert()
            .code(2)
            .stdout("");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            before,
            "{args:?} changed the output file"
        );
        assert_eq!(
            files_in(&dir),
            ["bad-case.toml", "coverage.csv"],
            "{args:?} left a file behind"
        );
    }
    // A file that did not exist is not created by a failing command.
    let new = dir.join("new.csv");
    palermo()
        .args([
            "matrix",
            "--crime",
            "piracyy",
            "--kind",
            "extradition",
            "--output",
        ])
        .arg(&new)
        .assert()
        .code(2);
    assert!(!new.exists());
    // A command that succeeds replaces the content.
    palermo()
        .args(["study", "serious-crime", "--crime", "piracy", "--output"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("state,name,region,legal_system,crime,serious_crime"));
    assert_eq!(files_in(&dir), ["bad-case.toml", "coverage.csv"]);
}

#[test]
fn an_as_of_after_today_is_assessed_with_a_warning() {
    let warning = "is after today (";
    let known = "data after today is not known";
    palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--as-of", "2999-01-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("as of 1 January 2999"))
        .stderr(predicate::str::contains(format!(
            "warning: --as-of 2999-01-01 {warning}"
        )))
        .stderr(predicate::str::contains(known));
    let text = std::fs::read_to_string(example("ivory-kenya-italy.toml"))
        .unwrap()
        .replace("as_of = 2024-05-01", "as_of = 2999-01-01");
    assert!(text.contains("as_of = 2999-01-01"));
    let f = tmp("future.toml", &text);
    palermo()
        .arg("assess")
        .arg(&f)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "future.toml: `as_of` 2999-01-01 {warning}"
        )))
        .stderr(predicate::str::contains(known));
    // A date in the past says nothing.
    palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .assert()
        .success()
        .stderr(predicate::str::contains(warning).not());
    palermo()
        .args([
            "study",
            "serious-crime",
            "--crime",
            "piracy",
            "--as-of",
            "2999-01-01",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "warning: --as-of 2999-01-01 {warning}"
        )));
    palermo()
        .arg("matrix")
        .arg(&f)
        .args(["--vary", "requested"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "future.toml: `as_of` 2999-01-01 {warning}"
        )));
    palermo()
        .arg("test")
        .arg(&f)
        .assert()
        .stdout(predicate::str::contains(format!(
            "warn  {}: `as_of` 2999-01-01 {warning}",
            f.display()
        )));
}

#[test]
fn a_case_can_come_from_standard_input() {
    let toml = std::fs::read_to_string(example("ivory-kenya-italy.toml")).unwrap();
    let from_file = palermo()
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let from_stdin = palermo()
        .args(["assess", "-", "--format", "json"])
        .write_stdin(toml.clone())
        .output()
        .unwrap();
    assert!(from_stdin.status.success());
    let answer = |out: &[u8]| {
        let v: serde_json::Value = serde_json::from_slice(out).unwrap();
        (v["answer"].clone(), v["findings"].clone())
    };
    assert_eq!(answer(&from_file.stdout), answer(&from_stdin.stdout));
    // JSON is recognised by its opening brace.
    let json = std::fs::read_to_string(example("botnet-two-states.json")).unwrap();
    palermo()
        .args(["assess", "-"])
        .write_stdin(json)
        .assert()
        .success()
        .stdout(predicate::str::contains("ANSWER"));
    // Errors name <stdin>, with line and column.
    palermo()
        .args(["assess", "-"])
        .write_stdin("[request]\nkind = \"extradition\"\nrequested_state = \"KNE\"\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:3:19: `request.requested_state`: unknown State code `KNE`",
        ));
    palermo()
        .args(["assess", "-"])
        .write_stdin("{\"request\": {\"kind\": \"extradition\",\n \"colour\": 1}}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:2:2: `request.colour`: unknown key `colour`",
        ));
    // `palermo test -` and `palermo matrix - --vary`.
    palermo()
        .args(["test", "-"])
        .write_stdin(toml.clone())
        .assert()
        .success()
        .stdout(predicate::str::contains("ok    <stdin> ("));
    palermo()
        .args(["matrix", "-", "--vary", "requested"])
        .write_stdin(toml)
        .assert()
        .success()
        .stdout(predicate::str::contains("\nKEN,Kenya,Africa,no,"));
}

/// The arguments of a shell command line as README writes them: words and
/// double-quoted strings, up to a comment, a redirection or a pipe.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.peek() {
            None | Some('#' | '<' | '>' | '|') => return words,
            _ => {}
        }
        let mut word = String::new();
        let mut quoted = false;
        while let Some(&c) = chars.peek() {
            if c == '"' {
                quoted = !quoted;
            } else if c.is_whitespace() && !quoted {
                break;
            } else {
                word.push(c);
            }
            chars.next();
        }
        words.push(word);
    }
}

/// Every `palermo …` line of README's shell blocks.
fn readme_commands() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut in_block = false;
    let mut out = Vec::new();
    let mut pending = String::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_block = line == "```sh";
            continue;
        }
        // A line ending in `\` goes on on the next one.
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head);
            continue;
        }
        let line = std::mem::take(&mut pending) + line;
        if in_block && line.starts_with("palermo ") {
            // The command ends where a redirection or a pipe starts.
            let words: Vec<String> = shell_words(&line)
                .into_iter()
                .take_while(|w| w != ">" && w != "|" && w != "<")
                .collect();
            out.push(words);
        }
    }
    out
}

#[test]
fn every_command_in_readme_parses() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let what = &readme[readme.find("## What you can do").unwrap()..];
    let block = &what[..what.find("\n```\n").unwrap()];
    assert!(block.lines().filter(|l| l.starts_with("palermo ")).count() >= 15);
    let commands = readme_commands();
    for words in &commands {
        // With --help appended, clap checks every subcommand, flag and value
        // before it, then prints the help and exits 0.
        let out = palermo().args(&words[1..]).arg("--help").output().unwrap();
        assert!(
            out.status.success(),
            "README: `{}` does not parse:\n{}",
            words.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The check catches a flag that does not exist.
    palermo()
        .args(["assess", "CASE.toml", "--colour", "--help"])
        .assert()
        .code(2);
    // And README names every command the binary has.
    let help = palermo().arg("--help").output().unwrap().stdout;
    let help = String::from_utf8(help).unwrap();
    let listed = help
        .split("Commands:\n")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap();
    for line in listed.lines() {
        // A command's line; its wrapped description is indented further.
        let Some(name) = line
            .strip_prefix("  ")
            .filter(|l| !l.starts_with(' '))
            .and_then(|l| l.split_whitespace().next())
        else {
            continue;
        };
        if name == "help" {
            continue;
        }
        assert!(
            commands.iter().any(|w| w[1] == name),
            "README shows no `palermo {name}` command"
        );
    }
}

#[test]
fn the_answer_names_the_route_when_it_is_not_the_convention_itself() {
    let base = "as_of = 2024-05-01\n[request]\nkind = \"extradition\"\nrequesting_state = \"ITA\"\nrequested_state = \"VNM\"\nperson_located_in = \"VNM\"\n[offence]\nconvention_offences = [\"untoc.art5\"]\ncommitted_in = [\"VNM\", \"ITA\"]\ninvolves_group = true\npunishable_in = { ITA = true, VNM = true }\n[group]\nmembers = 4\nrandomly_formed = false\nexists_for_period = true\nacts_in_concert = true\naims = [\"serious_crime\"]\nbenefit = \"financial\"\n";
    // Viet Nam declined the Convention as the basis but extradites without a
    // treaty: art. 16(6), and the answer must not say the Convention is the basis.
    let f = tmp(
        "vnm.toml",
        &base.replace(
            "person_located_in",
            "treaty_in_force = false\nperson_located_in",
        ),
    );
    let out = palermo().arg("assess").arg(&f).output().unwrap();
    let text = flat(&String::from_utf8(out.stdout).unwrap());
    assert!(
        text.contains("extradites under its own law, which must treat the offence as extraditable (UNTOC art. 16(6))"),
        "{text}"
    );
    assert!(
        !text.contains("the Convention can be the legal basis"),
        "{text}"
    );
    // With a treaty in force: through the treaty (16(3)).
    let f = tmp(
        "vnm-treaty.toml",
        &base.replace(
            "person_located_in",
            "treaty_in_force = true\nperson_located_in",
        ),
    );
    let out = palermo().arg("assess").arg(&f).output().unwrap();
    let text = flat(&String::from_utf8(out.stdout).unwrap());
    assert!(
        text.contains("ANSWER Yes: the extradition treaty in force between"),
        "{text}"
    );
}

/// The text with every run of whitespace (line breaks from wrapping
/// included) as one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Several cases in text or Markdown are separated by one rule between two
/// cases written, not before the first when the first file could not be
/// read.
#[test]
fn a_rule_separates_the_cases_written_and_nothing_else() {
    let dir = fresh_dir("separators");
    std::fs::write(dir.join("a.toml"), "not TOML = = =").unwrap();
    let text = std::fs::read_to_string(example("lone-hacker-no-group.toml")).unwrap();
    std::fs::write(dir.join("b.toml"), &text).unwrap();
    std::fs::write(dir.join("c.toml"), &text).unwrap();
    for (format, rule, per_case) in [
        ("text", "─".repeat(80), 0),
        ("markdown", "---".to_string(), 1),
    ] {
        for threads in ["1", "2"] {
            let out = palermo()
                .arg("assess")
                .arg(&dir)
                .args(["--format", format, "--threads", threads])
                .env("COLUMNS", "80")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{format}");
            let stdout = String::from_utf8(out.stdout).unwrap();
            let first = stdout.lines().find(|l| !l.trim().is_empty()).unwrap();
            assert_ne!(
                first.trim(),
                rule,
                "{format}, --threads {threads}: starts with a rule"
            );
            let rules = stdout.lines().filter(|l| l.trim() == rule).count();
            assert_eq!(rules, 2 * per_case + 1, "{format}, --threads {threads}");
        }
    }
}

/// Whether `line` is `--stats`'s line for `n` cases, exactly:
/// `stats: N cases; read R ms; assess A ms (P µs per case); render W ms`,
/// each figure with one decimal.
fn is_stats_line(line: &str, n: usize) -> bool {
    let figure = |s: &str| {
        s.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty()
                && b.len() == 1
                && (a.chars().chain(b.chars())).all(|c| c.is_ascii_digit())
        })
    };
    let Some(rest) = line.strip_prefix(&format!("stats: {n} cases; read ")) else {
        return false;
    };
    let Some((read, rest)) = rest.split_once(" ms; assess ") else {
        return false;
    };
    let Some((assess, rest)) = rest.split_once(" ms (") else {
        return false;
    };
    let Some((per, rest)) = rest.split_once(" µs per case); render ") else {
        return false;
    };
    let Some(render) = rest.strip_suffix(" ms") else {
        return false;
    };
    [read, assess, per, render].into_iter().all(figure)
}

/// A folder of more cases than one batch (`assess` reads and explains 16
/// cases at a time on one thread, 64 a thread on several, then renders
/// them): one JSON line per case
/// assessed, in the files' order, across batches and whatever the number of
/// threads; an unreadable file and a case naming the same State twice are
/// reported and skipped (exit 2); `--stats` ends standard error with its one
/// line, counting the cases assessed.
#[test]
fn assess_keeps_the_files_order_across_batches_and_threads() {
    let dir = fresh_dir("batches");
    let text = std::fs::read_to_string(example("lone-hacker-no-group.toml")).unwrap();
    let date = |k: usize| format!("2024-{:02}-{:02}", 1 + k / 28, 1 + k % 28);
    for k in 0..140 {
        let body = match k {
            70 => "this is not TOML = = =".to_string(),
            101 => text.replace(r#"requested_state = "ZAF""#, r#"requested_state = "GBR""#),
            _ => text.replace("as_of = 2024-05-01", &format!("as_of = {}", date(k))),
        };
        std::fs::write(dir.join(format!("case-{k:03}.toml")), body).unwrap();
    }
    let mut first: Option<(Vec<u8>, String)> = None;
    // One thread (nine batches), two (two), three (one, shared unevenly).
    for threads in ["1", "2", "3"] {
        let out = palermo()
            .arg("assess")
            .arg(&dir)
            .args(["--format", "json", "--stats", "--threads", threads])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--threads {threads}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("case-070.toml"), "{stderr}");
        assert!(stderr.contains("case-101.toml"), "{stderr}");
        let (before, last) = stderr.trim_end().rsplit_once('\n').unwrap();
        assert!(is_stats_line(last, 138), "--threads {threads}: {last}");
        match &first {
            None => first = Some((out.stdout, before.to_string())),
            Some((stdout, errors)) => {
                assert!(out.stdout == *stdout, "--threads {threads}: another output");
                assert_eq!(before, errors, "--threads {threads}");
            }
        }
    }
    let (stdout, _) = first.unwrap();
    let dates: Vec<String> = String::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["as_of"].as_str().unwrap().to_string()
        })
        .collect();
    let want: Vec<String> = (0..140)
        .filter(|k| ![70, 101].contains(k))
        .map(date)
        .collect();
    assert_eq!(dates, want);
}

/// `palermo` hands the commands it does not hold (the registry's, search,
/// drafting) to `palermo-full` beside it, with the same arguments, and its
/// exit code and output are palermo-full's.
#[test]
fn palermo_hands_search_to_palermo_full_with_its_arguments() {
    let args = [
        "search",
        "central authority",
        "--state",
        "ITA",
        "--limit",
        "3",
    ];
    let own = palermo().args(args).output().unwrap();
    let full = Command::cargo_bin("palermo-full")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        own.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&own.stderr)
    );
    assert!(!own.stdout.is_empty());
    assert_eq!(own.stdout, full.stdout);
    // An argument error found by palermo-full's own parsing is still exit 2.
    palermo()
        .args(["registry", "list", "--db", "/nonexistent/dir/registry.db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("palermo:"));
}

/// Without `palermo-full` beside it, `palermo` says where it looked and how
/// to build it (exit 2), and still runs the analysis itself.
#[test]
fn palermo_without_palermo_full_says_where_it_looked() {
    let dir = tempfile::tempdir().unwrap();
    let alone = dir
        .path()
        .join(format!("palermo{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(assert_cmd::cargo::cargo_bin("palermo"), &alone).unwrap();
    Command::new(&alone)
        .args(["serve", "--db", "x.db"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("`palermo serve` runs in palermo-full")
                .and(predicate::str::contains(
                    dir.path().join("palermo-full").display().to_string(),
                ))
                .and(predicate::str::contains(
                    "cargo build --release -p palermo-cli",
                )),
        );
    Command::new(&alone)
        .arg("assess")
        .arg(example("ivory-kenya-italy.toml"))
        .assert()
        .success();
    // Help and argument errors of every command come from palermo itself.
    Command::new(&alone)
        .args(["serve", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--db"));
}

/// The analysis binary links no web server, SQL driver, search engine or PDF
/// writer: that code is most of `palermo-full`, so a call into it from
/// `palermo` (which would make every one-shot assessment pay to load it)
/// shows as as much machine code. (The files' sizes would not tell: their
/// line tables keep code the linker dropped.)
#[cfg(target_os = "linux")]
#[test]
fn palermo_has_far_less_code_than_palermo_full() {
    let code = |name: &str| code_bytes(&std::fs::read(assert_cmd::cargo::cargo_bin(name)).unwrap());
    let (own, full) = (code("palermo"), code("palermo-full"));
    assert!(own > 0 && full > 0);
    assert!(
        own * 2 < full,
        "palermo has {own} bytes of code, palermo-full {full}: has palermo linked the registry, search or drafting?"
    );
}

/// The bytes of the executable sections of a 64-bit little-endian ELF file.
#[cfg(target_os = "linux")]
fn code_bytes(elf: &[u8]) -> u64 {
    assert_eq!(
        &elf[..6],
        b"\x7fELF\x02\x01",
        "a 64-bit little-endian ELF file"
    );
    let u16_at = |at: usize| u64::from(u16::from_le_bytes([elf[at], elf[at + 1]]));
    let u64_at = |at: usize| u64::from_le_bytes(elf[at..at + 8].try_into().unwrap());
    let (table, entry, count) = (u64_at(0x28), u16_at(0x3A), u16_at(0x3C));
    (0..count)
        .map(|i| (table + i * entry) as usize)
        // sh_flags (SHF_EXECINSTR = 4), sh_size.
        .filter(|&h| u64_at(h + 0x08) & 4 != 0)
        .map(|h| u64_at(h + 0x20))
        .sum()
}
