//! A settled finding rests on settled findings, and an open one says why it
//! is open: over generated cases and the examples, every finding whose
//! outcome is yes or no has only yes or no findings in its `because` (the
//! findings that decide it), and every open finding names a missing fact, a
//! domestic-law question or an open finding it rests on. An open finding
//! among the reasons of a settled one would mean the explanation names a
//! reason that does not decide anything; an open finding with no reason
//! leaves the reader nothing to do.
//!
//! Open findings on other instruments from the data (`bases.data.*`) are
//! exempt from the second rule: they are open for want of data, or for a
//! condition of the instrument that no case field states, and their message
//! names it.
//!
//! The one exception is by design: an extradition "yes" reasoned by cases
//! (`art16::open_route`: whether a treaty binds the two States, or whether
//! the requested State needs one, is not given, and each branch gives a
//! route) rests on the open branches together, and so does each offence's
//! answer in a case with several.

use palermo_case::{read_case, Syntax};
use palermo_refdata::RefData;
use palermo_rules::{assess, Assessment, Case, Options, Outcome};

/// The pairs (finding, reason) where a settled finding rests on an open one.
fn open_reasons(a: &Assessment) -> Vec<String> {
    let by_cases = palermo_rules::art16::open_route(a.answer()).is_some();
    let mut out = Vec::new();
    for f in &a.findings {
        // The answer by cases, and with several offences each offence's
        // answer, which rests on the same route.
        let route_by_cases = palermo_rules::art16::open_route(f).is_some()
            || (by_cases && f.id.starts_with("art16.legal_basis#"));
        if !f.outcome.is_determined() || route_by_cases {
            continue;
        }
        for reason in a.because(f) {
            if !reason.outcome.is_determined() {
                out.push(format!(
                    "{} ({:?}) rests on {} ({:?})",
                    f.id, f.outcome, reason.id, reason.outcome
                ));
            }
        }
    }
    out
}

/// The open findings that give no reason for being open.
fn unexplained(a: &Assessment) -> Vec<String> {
    let mut out = Vec::new();
    for f in &a.findings {
        if f.outcome.is_determined() || f.id.starts_with("bases.data.") {
            continue;
        }
        let why = match f.outcome {
            Outcome::DependsOnDomesticLaw => !f.questions.is_empty(),
            _ => !f.missing.is_empty(),
        } || a.because(f).any(|r| !r.outcome.is_determined());
        if !why {
            out.push(format!("{} ({:?}): {}", f.id, f.outcome, f.message.id));
        }
    }
    out
}

fn check(name: &str, case: &Case, data: &RefData) -> usize {
    let as_of = case.as_of.unwrap_or(jiff::civil::date(2024, 5, 1));
    let Ok(a) = assess(case, data, as_of, Options::default()) else {
        return 0;
    };
    assert_eq!(open_reasons(&a), Vec::<String>::new(), "{name}");
    assert_eq!(unexplained(&a), Vec::<String>::new(), "{name}");
    a.findings.len()
}

#[test]
fn a_settled_finding_rests_on_settled_findings_in_the_caseload() {
    let data = RefData::embedded();
    let mut findings = 0;
    for seed in [3u64, 17] {
        for i in 0..1500 {
            let text = palermo_fuzz::caseload::case(seed, i);
            let Ok(file) = read_case("case.toml", &text, Syntax::Toml, &data) else {
                continue;
            };
            findings += check(&format!("seed {seed} case {i}"), &file.case, &data);
        }
    }
    assert!(findings > 100_000, "only {findings} findings checked");
}

#[test]
fn a_settled_finding_rests_on_settled_findings_in_the_examples() {
    let data = RefData::embedded();
    let mut checked = 0;
    for (name, case) in palermo_fuzz::example_cases(&data) {
        check(&name, &case, &data);
        checked += 1;
    }
    assert!(checked >= 19, "only {checked} examples");
}
