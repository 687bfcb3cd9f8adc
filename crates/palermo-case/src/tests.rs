//! Reader tests: every kind of bad input gets file, line, column, field and
//! what was expected; TOML and JSON read the same; nothing panics.

use palermo_refdata::RefData;
use proptest::prelude::*;

use super::*;

const GOOD: &str = r#"format = "palermo.case/1"
as_of = 2024-05-01
title = "Test"

[request]
kind = "extradition"
requesting_state = "ITA"
requested_state = "KEN"
treaty_in_force = false
person_located_in = "KEN"

[offence]
committed_in = ["KEN", "ITA"]
involves_group = true
max_penalty = { ITA = "5y", KEN = "life" }

[group]
members = 4

[states.XAA]
name = "Atlantis"
untoc_consent = 2004-01-10
protocols = { tip = 2004-01-10, som = "none" }

[domestic_law.KEN]
"art16.7.extradites_own_nationals" = false

[expect]
"art16.legal_basis" = "yes"
"art3.2.transnational" = { outcome = "yes", because = ["art3.2.a"] }
"#;

fn data() -> &'static RefData {
    static DATA: std::sync::OnceLock<RefData> = std::sync::OnceLock::new();
    DATA.get_or_init(RefData::embedded)
}

fn errors(text: &str) -> Vec<Diagnostic> {
    match read_case("case.toml", text, Syntax::Toml, data()) {
        Ok(f) => panic!("expected errors, read fine: {:?}", f.warnings),
        Err(d) => d,
    }
}

fn one_error(text: &str) -> Diagnostic {
    let e = errors(text);
    assert_eq!(
        e.iter().filter(|d| d.severity == Severity::Error).count(),
        1,
        "{e:#?}"
    );
    e.into_iter()
        .find(|d| d.severity == Severity::Error)
        .unwrap()
}

#[test]
fn reads_the_whole_contract() {
    let f = read_case("case.toml", GOOD, Syntax::Toml, data()).unwrap();
    let c = &f.case;
    assert_eq!(c.as_of, Some(jiff::civil::date(2024, 5, 1)));
    assert_eq!(c.request.requested_state.unwrap().as_str(), "KEN");
    assert_eq!(c.offences.len(), 1);
    assert!(!c.several_offences);
    assert_eq!(c.group.members, Some(4));
    let xaa: palermo_refdata::StateCode = "XAA".parse().unwrap();
    assert_eq!(c.states[&xaa].protocols.len(), 2);
    assert!(!c.domestic_law[&"KEN".parse().unwrap()]["art16.7.extradites_own_nationals"]);
    assert_eq!(f.expectations.len(), 2);
    assert_eq!(f.expectations[1].because, vec!["art3.2.a"]);
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
}

#[test]
fn several_offences_and_conduct_date() {
    let text = r#"
[request]
kind = "extradition"
requesting_state = "ITA"
requested_state = "KEN"
[[offences]]
summary = "one"
conduct_date = 2019-01-01
[[offences]]
summary = "two"
"#;
    let f = read_case("c.toml", text, Syntax::Toml, data()).unwrap();
    assert_eq!(f.case.offences.len(), 2);
    assert!(f.case.several_offences);
    assert_eq!(
        f.case.offences[0].conduct_date,
        Some(jiff::civil::date(2019, 1, 1))
    );
}

#[test]
fn syntax_error_has_line_and_column() {
    let d = one_error("as_of = 2024-05-01\n[request\nkind = 1\n");
    assert_eq!(d.line, 2);
    assert!(d.message.starts_with("invalid TOML"), "{}", d.message);
    assert!(d.to_string().starts_with("error: case.toml:2:"));
}

#[test]
fn unknown_key_with_suggestion() {
    let d = one_error("[request]\nkind = \"extradition\"\nrequested_stat = \"KEN\"\n");
    assert_eq!((d.line, d.column), (3, Some(1)));
    assert_eq!(d.field_name(), Some("request.requested_stat"));
    assert!(
        d.message.contains("did you mean `requested_state`?"),
        "{}",
        d.message
    );
    let d = one_error("titel = \"x\"\n");
    assert!(d.message.contains("did you mean `title`?"));
}

#[test]
fn wrong_type() {
    let d = one_error("[group]\nmembers = \"four\"\n");
    assert_eq!((d.line, d.column), (2, Some(11)));
    assert_eq!(d.field_name(), Some("group.members"));
    assert!(d
        .message
        .contains("expected a whole number, found a string"));
    let d = one_error("[request]\ntreaty_in_force = \"no\"\n");
    assert!(d.message.contains("expected `true` or `false`"));
}

#[test]
fn unknown_state_code_with_suggestion() {
    let d = one_error("[request]\nrequested_state = \"KNE\"\n");
    assert_eq!(d.field_name(), Some("request.requested_state"));
    assert_eq!((d.line, d.column), (2, Some(19)));
    assert!(
        d.message.contains("unknown State code `KNE`"),
        "{}",
        d.message
    );
    assert!(d.message.contains("did you mean"), "{}", d.message);
    let d = one_error("[request]\nrequested_state = \"ken\"\n");
    assert!(d.message.contains("did you mean `KEN`?"));
    let d = one_error("[offence]\nmax_penalty = { QQQ = \"5y\" }\n");
    assert_eq!(d.field_name(), Some("offence.max_penalty.QQQ"));
}

#[test]
fn impossible_dates() {
    let d = one_error("as_of = \"2024-02-30\"\n");
    assert!(
        d.message.contains("not a real calendar date"),
        "{}",
        d.message
    );
    assert_eq!(d.field_name(), Some("as_of"));
    let e = errors("as_of = 2024-02-30\n");
    assert_eq!(e[0].line, 1);
    let d = one_error("as_of = 2024-05-01T10:00:00\n");
    assert!(d.message.contains("plain date"));
}

#[test]
fn bad_enumerations_and_penalties() {
    let d = one_error("[request]\nkind = \"extraditon\"\n");
    assert!(
        d.message.contains("did you mean `extradition`?"),
        "{}",
        d.message
    );
    let d = one_error("[offence]\nmax_penalty = { KEN = \"5 years\" }\n");
    assert!(d.message.contains("is not a penalty"));
    let d = one_error("[offence]\nconvention_offences = [\"untoc.art7\"]\n");
    assert_eq!(d.field_name(), Some("offence.convention_offences[0]"));
    let d = one_error("[offence]\ncrime_types = [\"Wildlife Trafficking\"]\n");
    assert!(d.message.contains("snake_case"));
}

#[test]
fn contradictions() {
    // The contract names this one an error.
    let d =
        one_error("[offence]\npunishable_in = { KEN = true }\nmax_penalty = { KEN = \"none\" }\n");
    assert_eq!(d.field_name(), Some("offence.punishable_in.KEN"));
    assert_eq!(d.line, 2);
    assert!(d.message.contains("contradicts"));
    // Two members and an OCG asserted elsewhere: a warning, with its place.
    let text = "[group]\nmembers = 2\n[suspicion]\norganized_criminal_group = true\n[expect]\n\"art2.a.organized_criminal_group\" = \"yes\"\n";
    let f = read_case("c.toml", text, Syntax::Toml, data()).unwrap();
    assert_eq!(f.warnings.len(), 2, "{:#?}", f.warnings);
    assert_eq!(f.warnings[0].line, 4);
    assert_eq!(
        f.warnings[0].field_name(),
        Some("suspicion.organized_criminal_group")
    );
    assert_eq!(f.warnings[1].line, 6);
    // The same State on both sides.
    let d = one_error("[request]\nrequesting_state = \"KEN\"\nrequested_state = \"KEN\"\n");
    assert_eq!(d.line, 3);
    // Both [offence] and [[offences]].
    let d = one_error("[offence]\nsummary = \"a\"\n[[offences]]\nsummary = \"b\"\n");
    assert!(d.message.contains("either [offence] or [[offences]]"));
}

#[test]
fn domestic_law_and_expect_ids_are_checked() {
    let d = one_error("[domestic_law.KEN]\n\"art16.7.extradites_nationals\" = false\n");
    assert!(
        d.message
            .contains("did you mean `art16.7.extradites_own_nationals`?"),
        "{}",
        d.message
    );
    let d = one_error("[expect]\n\"art16.legal_basic\" = \"yes\"\n");
    assert!(
        d.message.contains("did you mean `art16.legal_basis`?"),
        "{}",
        d.message
    );
    let d = one_error("[expect]\n\"art16.legal_basis\" = \"maybe\"\n");
    assert!(d.message.contains("expected one of: yes, no"));
    // Answer for the wrong State: a warning.
    let text = "[request]\nrequesting_state = \"ITA\"\nrequested_state = \"KEN\"\n[domestic_law.ITA]\n\"art16.7.extradites_own_nationals\" = false\n";
    let f = read_case("c.toml", text, Syntax::Toml, data()).unwrap();
    assert!(f.warnings[0]
        .message
        .contains("asked of the requested State (KEN)"));
}

#[test]
fn fictional_state_not_defined_is_a_warning() {
    let f = read_case(
        "c.toml",
        "[request]\nrequested_state = \"XQQ\"\n",
        Syntax::Toml,
        data(),
    )
    .unwrap();
    assert!(f.warnings[0]
        .message
        .contains("not defined under [states.XQQ]"));
}

#[test]
fn all_errors_are_reported_not_only_the_first() {
    let e = errors(
        "titel = 1\n[request]\nkind = \"x\"\nrequested_state = \"QQQ\"\n[group]\nmembers = -1\n",
    );
    assert_eq!(e.len(), 4, "{e:#?}");
    assert!(e.windows(2).all(|w| w[0].line <= w[1].line));
}

#[test]
fn json_reads_like_toml() {
    let json = r#"{
  "format": "palermo.case/1",
  "as_of": "2024-05-01",
  "request": { "kind": "extradition", "requesting_state": "ITA", "requested_state": "KEN" },
  "offence": { "committed_in": ["KEN", "ITA"], "max_penalty": { "ITA": "5y" } },
  "group": { "members": 4 }
}"#;
    let f = read_case("c.json", json, Syntax::Json, data()).unwrap();
    assert_eq!(f.case.group.members, Some(4));
    assert_eq!(f.case.offences[0].committed_in.as_ref().unwrap().len(), 2);
    let e = read_case(
        "c.json",
        "{\n  \"group\": { \"members\": \"4\" }\n}",
        Syntax::Json,
        data(),
    )
    .unwrap_err();
    assert_eq!((e[0].line, e[0].column), (2, Some(25)));
    let e = read_case(
        "c.json",
        "{\n  \"group\": { \"members\": 4, }\n}",
        Syntax::Json,
        data(),
    )
    .unwrap_err();
    assert!(e[0].message.starts_with("invalid JSON"));
    let e = read_case("c.json", "{\"as_of\": null}", Syntax::Json, data()).unwrap_err();
    assert!(e[0].message.contains("leave the key out"));
    let e = read_case("c.json", "{\"a\": 1, \"a\": 2}", Syntax::Json, data()).unwrap_err();
    assert!(e[0].message.contains("duplicate key"));
    assert_eq!(Syntax::from_file_name("X.JSON"), Syntax::Json);
}

#[test]
fn deep_json_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(10_000);
    let e = read_case("c.json", &deep, Syntax::Json, data()).unwrap_err();
    assert!(e[0].message.contains("nested too deeply"));
}

proptest! {
    #![proptest_config(proptest_config(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = read_case("c.toml", &text, Syntax::Toml, data());
        let _ = read_case("c.json", &text, Syntax::Json, data());
    }

    #[test]
    fn mutated_good_case_never_panics(pos in 0usize..GOOD.len(), insert in "[\\[\\]{}\"=,.a-zA-Z0-9 \n-]{0,6}", cut in 0usize..8) {
        let mut text = GOOD.to_string();
        let pos = (0..=pos).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let end = (pos + cut).min(text.len());
        let end = (end..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
        text.replace_range(pos..end, &insert);
        if let Ok(f) = read_case("c.toml", &text, Syntax::Toml, data()) {
            // Whatever reads must also assess without panicking.
            let _ = palermo_rules::assess(&f.case, data(), jiff::civil::date(2024, 5, 1), Default::default());
        }
    }
}

#[test]
fn crime_types_must_be_in_the_catalogue() {
    let d = one_error("[offence]\ncrime_types = [\"wildlife_traficking\"]\n");
    assert_eq!(d.field_name(), Some("offence.crime_types[0]"));
    assert!(
        d.message.contains("did you mean `wildlife_trafficking`?"),
        "{}",
        d.message
    );
    assert!(read_case(
        "c.toml",
        "[offence]\ncrime_types = [\"drug_trafficking\"]\n",
        Syntax::Toml,
        data()
    )
    .is_ok());
}

#[test]
fn offence_elements_are_read_and_checked() {
    let f = read_case("c.toml", "[offence.elements]\ntip_acts = [\"recruitment\"]\ntip_means = []\nvictim_age = 16\nsmuggling_motive = \"family\"\nintentional = true\n", Syntax::Toml, data()).unwrap();
    let e = &f.case.offences[0].elements;
    assert_eq!(e.victim_age, Some(16));
    assert_eq!(e.tip_means.as_ref().map(Vec::len), Some(0));
    let d = one_error("[offence.elements]\ntip_means = [\"bribery\"]\n");
    assert_eq!(d.field_name(), Some("offence.elements.tip_means[0]"));
    let d = one_error("[offence.elements]\nvictim_age = -3\n");
    assert!(d.message.contains("not an age"));
    let d = one_error("[offence.elements]\ntip_act = [\"recruitment\"]\n");
    assert!(
        d.message.contains("did you mean `tip_acts`?"),
        "{}",
        d.message
    );
}

#[test]
fn convention_offence_elements_are_read_and_checked() {
    use palermo_rules::facts::{LaunderingConduct, ObstructionAim, OfficialKind};
    let text = "[offence.elements]\nlaundering_conduct = [\"convert_or_transfer\", \"ancillary\"]\npredicate_committed_in = \"XAA\"\npredicate_punishable_in = { XAA = true, XAB = false }\nself_laundering = true\nofficial = \"foreign\"\nobstruction_aim = \"interfere_with_official\"\n";
    let f = read_case("c.toml", text, Syntax::Toml, data()).unwrap();
    let e = &f.case.offences[0].elements;
    assert_eq!(
        e.laundering_conduct,
        Some(vec![
            LaunderingConduct::ConvertOrTransfer,
            LaunderingConduct::Ancillary
        ])
    );
    assert_eq!(e.predicate_punishable_in.len(), 2);
    assert_eq!(e.official, Some(OfficialKind::Foreign));
    assert_eq!(
        e.obstruction_aim,
        Some(ObstructionAim::InterfereWithOfficial)
    );
    // A value outside the list names the field, the line and the choices.
    let d = one_error("[offence.elements]\nofficial = \"federal\"\n");
    assert_eq!(d.field_name(), Some("offence.elements.official"));
    assert_eq!(d.line, 2);
    assert!(d.message.contains("international"), "{}", d.message);
    let d = one_error("[offence.elements]\npredicate_committed_in = \"France\"\n");
    assert_eq!(
        d.field_name(),
        Some("offence.elements.predicate_committed_in")
    );
    let d = one_error("[offence.elements]\nself_laundering = \"yes\"\n");
    assert_eq!(d.field_name(), Some("offence.elements.self_laundering"));
    let d = one_error("[offence.elements]\nlaundering_conduc = [\"ancillary\"]\n");
    assert!(
        d.message.contains("did you mean `laundering_conduct`?"),
        "{}",
        d.message
    );
}

#[test]
fn punishable_when_committed_is_read_per_state() {
    let text = "[offence]\nconduct_date = 2001-05-01\npunishable_when_committed = { ITA = true, KEN = false }\n";
    let f = read_case("c.toml", text, Syntax::Toml, data()).unwrap();
    let then = &f.case.offences[0].punishable_when_committed;
    assert_eq!(then.len(), 2);
    assert_eq!(then.get(&"KEN".parse().unwrap()), Some(&false));
    let d = one_error("[offence]\npunishable_when_committed = { KEN = \"yes\" }\n");
    assert_eq!(
        d.field_name(),
        Some("offence.punishable_when_committed.KEN")
    );
}

/// The seed of the property tests below.
const PROPTEST_SEED: u64 = 20_001_115;

/// `cases` cases from [`PROPTEST_SEED`], so `cargo test` runs the same cases
/// every time; `PROPTEST_CASES` and `PROPTEST_RNG_SEED` override both (README,
/// "Tests"). A failing case is saved in `proptest-regressions/tests.txt`
/// beside `src/` and replayed first on every later run. The same helper is in
/// palermo-rules' tests (`kit.rs`).
fn proptest_config(cases: u32) -> ProptestConfig {
    use proptest::test_runner::{FileFailurePersistence, RngSeed};
    ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(PROPTEST_SEED),
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

#[test]
fn a_state_listed_twice_is_an_error_at_the_repeat() {
    let d = one_error("[offence]\ncommitted_in = [\"KEN\", \"ITA\", \"KEN\"]\n");
    assert_eq!(d.field_name(), Some("offence.committed_in[2]"));
    assert_eq!((d.line, d.column), (2, Some(31)));
    assert!(
        d.message
            .contains("`KEN` already appears at `offence.committed_in[0]`"),
        "{}",
        d.message
    );
    assert!(
        d.message.contains("expected each State once"),
        "{}",
        d.message
    );
    // Every list of State codes, in TOML and in JSON.
    for (table, key) in [
        ("request", "person_nationalities"),
        ("request", "states_investigating"),
        ("request", "previous_convictions_in"),
        ("offence", "committed_in"),
        ("offence", "prepared_in"),
        ("offence", "substantial_effects_in"),
        ("offence", "aboard_flag_states"),
        ("offence", "victim_nationalities"),
        ("offence", "aimed_at"),
        ("group", "active_in"),
    ] {
        let d = one_error(&format!("[{table}]\n{key} = [\"ITA\", \"ITA\"]\n"));
        assert_eq!(
            d.field,
            Some(Field::Path(format!("{table}.{key}[1]"))),
            "{d}"
        );
        assert_eq!((d.line, d.column), (2, Some(key.len() + 12)), "{d}");
        let json = format!("{{\"{table}\": {{\"{key}\": [\"ITA\",\n \"ITA\"]}}}}");
        let e = read_case("c.json", &json, Syntax::Json, data()).unwrap_err();
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!(e[0].field, Some(Field::Path(format!("{table}.{key}[1]"))));
        assert_eq!((e[0].line, e[0].column), (2, Some(2)));
        assert!(e[0].message.contains("expected each State once"));
    }
    // Two different States, and the same State in two lists, are fine.
    let f = read_case(
        "c.toml",
        "[offence]\ncommitted_in = [\"KEN\", \"ITA\"]\nprepared_in = [\"KEN\"]\n",
        Syntax::Toml,
        data(),
    )
    .unwrap();
    assert_eq!(f.case.offences[0].committed_in.as_ref().unwrap().len(), 2);
    // A fictional State twice as well.
    let d = one_error("[offence]\naimed_at = [\"XAA\", \"XAA\"]\n[states.XAA]\nname = \"A\"\n");
    assert_eq!(d.field_name(), Some("offence.aimed_at[1]"));
}

#[test]
fn a_value_listed_twice_is_an_error_in_every_list() {
    for (text, field, what) in [
        (
            "[request]\nmeasures = [\"search_seizure_freezing\", \"search_seizure_freezing\"]\n",
            "request.measures[1]",
            "value",
        ),
        (
            "[offence]\nconvention_offences = [\"untoc.art6\", \"untoc.art6\"]\n",
            "offence.convention_offences[1]",
            "value",
        ),
        (
            "[offence]\ncrime_types = [\"drug_trafficking\", \"drug_trafficking\"]\n",
            "offence.crime_types[1]",
            "crime type",
        ),
        (
            "[offence.elements]\ntip_acts = [\"recruitment\", \"transfer\", \"recruitment\"]\n",
            "offence.elements.tip_acts[2]",
            "value",
        ),
        (
            "[offence.elements]\nlaundering_conduct = [\"ancillary\", \"ancillary\"]\n",
            "offence.elements.laundering_conduct[1]",
            "value",
        ),
        (
            "[group]\naims = [\"other\", \"other\"]\n",
            "group.aims[1]",
            "value",
        ),
        (
            "[[other_bases]]\ninstrument = \"bilateral_treaty\"\nkinds = [\"extradition\", \"extradition\"]\n",
            "other_bases[1].kinds[1]",
            "value",
        ),
        (
            "[states.XAA]\nlanguages = [\"English\", \"English\"]\n",
            "states.XAA.languages[1]",
            "language",
        ),
        (
            "[expect]\n\"art16.legal_basis\" = { outcome = \"yes\", because = [\"art16.1.applies\", \"art16.1.applies\"] }\n",
            "expect.\"art16.legal_basis\".because[1]",
            "finding id",
        ),
    ] {
        let d = one_error(text);
        assert_eq!(d.field_name(), Some(field), "{d}");
        assert!(
            d.message.contains(&format!("expected each {what} once")),
            "{d}"
        );
    }
}

#[test]
fn impossible_penalties_are_errors() {
    for (p, says) in [
        ("0y", "a term of zero"),
        ("0m", "a term of zero"),
        ("0y0m", "a term of zero"),
        ("4y12m", "write \"5y\""),
        ("4y13m", "write \"5y1m\""),
        ("4y0m", "write \"4y\""),
        ("0y6m", "write \"6m\""),
        ("101y", "more than 100 years"),
        ("1201m", "more than 100 years"),
        ("9999y", "more than 100 years"),
    ] {
        let d = one_error(&format!("[offence]\nmax_penalty = {{ KEN = \"{p}\" }}\n"));
        assert_eq!(d.field_name(), Some("offence.max_penalty.KEN"), "{p}");
        assert_eq!((d.line, d.column), (2, Some(23)), "{p}");
        assert!(
            d.message.contains(&format!("`{p}` is not a penalty")),
            "{d}"
        );
        assert!(d.message.contains(says), "{p}: {d}");
    }
    // The largest term, a term in months beyond a year, and the longest words.
    let f = read_case(
        "c.toml",
        "[offence]\nmax_penalty = { KEN = \"100y\", ITA = \"18m\", FRA = \"1200m\", DEU = \"4y11m\" }\n",
        Syntax::Toml,
        data(),
    )
    .unwrap();
    assert_eq!(f.case.offences[0].max_penalty.len(), 4);
}

/// About 1 MB of State codes that do not exist: 111,112 errors, of which the
/// reader lists the first `MAX_DIAGNOSTICS` and counts the rest.
#[test]
fn a_large_bad_case_lists_the_first_errors_and_counts_the_rest() {
    let n = 111_112;
    let mut text = String::from("[offence]\ncommitted_in = [\n");
    for _ in 0..n {
        text.push_str("  \"QQQ\",\n");
    }
    text.push_str("]\n");
    assert!(text.len() > 1_000_000);
    let e = errors(&text);
    assert_eq!(e.len(), MAX_DIAGNOSTICS + 1, "{:#?}", &e[..3]);
    assert!(e.iter().all(|d| d.severity == Severity::Error));
    // In file order, one per line from line 3 on.
    for (i, d) in e[..MAX_DIAGNOSTICS].iter().enumerate() {
        assert_eq!((d.line, d.column), (i + 3, Some(3)), "{d}");
        assert_eq!(
            d.field,
            Some(Field::Path(format!("offence.committed_in[{i}]")))
        );
    }
    let last = &e[MAX_DIAGNOSTICS];
    assert_eq!(last.line, MAX_DIAGNOSTICS + 3);
    assert_eq!(last.field, None);
    assert!(
        last.message
            .starts_with("… and 111,062 more errors, from here on"),
        "{last}"
    );
    // The same in JSON, all on one line.
    let json = format!(
        "{{\"offence\": {{\"committed_in\": [{}\"QQQ\"]}}}}",
        "\"QQQ\", ".repeat(n - 1)
    );
    let e = read_case("c.json", &json, Syntax::Json, data()).unwrap_err();
    assert_eq!(e.len(), MAX_DIAGNOSTICS + 1);
    assert_eq!((e[1].line, e[1].column), (1, Some(38)));
    assert!(e[MAX_DIAGNOSTICS].message.contains("111,062 more errors"));
}

#[test]
fn warnings_are_capped_and_counted_too() {
    // Undefined fictional States: one warning each, and no error.
    let mut text = String::from("[[offences]]\n");
    let codes: Vec<String> = (0..26 * 26)
        .map(|i| {
            format!(
                "X{}{}",
                (b'A' + (i / 26) as u8) as char,
                (b'A' + (i % 26) as u8) as char
            )
        })
        .collect();
    for chunk in codes.chunks(3) {
        text.push_str(&format!("[[offences]]\naimed_at = {chunk:?}\n"));
    }
    let f = read_case("c.toml", &text, Syntax::Toml, data()).unwrap();
    assert_eq!(f.warnings.len(), MAX_DIAGNOSTICS + 1);
    let last = &f.warnings[MAX_DIAGNOSTICS];
    assert_eq!(last.severity, Severity::Warning);
    assert!(
        last.message.starts_with(&format!(
            "… and {} more warnings",
            codes.len() - MAX_DIAGNOSTICS
        )),
        "{last}"
    );
}

#[test]
fn suggestions_are_the_closest_word_within_a_small_distance() {
    use crate::read::suggest;
    let words = ["requested_state", "requesting_state", "kind"];
    // One edit away; ties go to the first option listed.
    assert_eq!(
        suggest("requested_stat", words),
        " (did you mean `requested_state`?)"
    );
    assert_eq!(suggest("kinf", words), " (did you mean `kind`?)");
    // Distances count characters, not bytes: `é` for `e` is one edit.
    assert_eq!(suggest("kénd", ["kend"]), " (did you mean `kend`?)");
    // Up to 2 edits, or a quarter of a long option's length.
    assert_eq!(suggest("kxxx", words), "");
    assert_eq!(
        suggest("rekwestid_state", words),
        " (did you mean `requested_state`?)"
    );
    assert_eq!(suggest("anything", std::iter::empty()), "");
}
