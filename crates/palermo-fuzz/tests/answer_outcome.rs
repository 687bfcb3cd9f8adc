//! `palermo_rules::answer_outcome`, which `answer::sensitivity` runs under
//! each other reading instead of a whole assessment, gives the outcome of
//! the answer `assess` gives, and the sensitivity is the one a whole
//! assessment per reading finds, over thousands of generated cases; and
//! where the assessment says no reading can change an outcome
//! (`serious_crime_law_matters`), whole assessments under the other
//! readings give its answer.

use palermo_case::{read_case, Syntax};
use palermo_refdata::RefData;
use palermo_rules::answer::{sensitivity, Reading};
use palermo_rules::facts::SeriousCrimeLaw;
use palermo_rules::{answer_outcome, assess, Case, Options};

const READINGS: [(SeriousCrimeLaw, &str); 4] = [
    (SeriousCrimeLaw::Requesting, "serious-crime-law=requesting"),
    (SeriousCrimeLaw::Requested, "serious-crime-law=requested"),
    (SeriousCrimeLaw::Both, "serious-crime-law=both"),
    (SeriousCrimeLaw::Either, "serious-crime-law=either"),
];

/// The readings that flip the answer, each found by a whole assessment
/// under every other reading, skipping none.
fn by_whole_assessments(
    a: &palermo_rules::Assessment,
    case: &Case,
    data: &RefData,
    options: Options,
) -> Vec<(&'static str, palermo_rules::Outcome)> {
    let outcome = a.answer().outcome;
    let mut out = Vec::new();
    for (law, reading) in READINGS {
        if law == options.serious_crime_law {
            continue;
        }
        let mut alt = options;
        alt.serious_crime_law = law;
        if let Ok(b) = assess(case, data, a.as_of, alt) {
            if b.answer().outcome != outcome {
                out.push((reading, b.answer().outcome));
            }
        }
    }
    out
}

#[test]
fn answer_outcome_is_the_assessment_s_answer_on_the_caseload() {
    let data = RefData::embedded();
    let (mut cases, mut flipped, mut invariant, mut skipped) = (0, 0, 0, 0);
    for seed in [1u64, 7] {
        for i in 0..1500 {
            let text = palermo_fuzz::caseload::case(seed, i);
            let Ok(file) = read_case("case.toml", &text, Syntax::Toml, &data) else {
                continue;
            };
            let case = file.case;
            let as_of = case.as_of.unwrap_or(jiff::civil::date(2024, 5, 1));
            for (law, _) in READINGS {
                let options = Options {
                    serious_crime_law: law,
                };
                let whole = assess(&case, &data, as_of, options);
                let quick = answer_outcome(&case, &data, as_of, options);
                assert_eq!(
                    quick,
                    whole
                        .as_ref()
                        .map(|a| a.answer().outcome)
                        .map_err(Clone::clone),
                    "seed {seed} case {i} {law:?}"
                );
                if let Ok(a) = whole {
                    if !a.serious_crime_law_matters {
                        // The engine says no reading changes an outcome:
                        // whole assessments under every other reading agree.
                        let want = by_whole_assessments(&a, &case, &data, options);
                        assert_eq!(want, [], "seed {seed} case {i} {law:?}");
                        invariant += 1;
                    }
                    // Readings the assessment found alike its own, which
                    // the sensitivity does not re-assess.
                    if a.serious_crime_law_matters {
                        skipped += READINGS
                            .iter()
                            .filter(|(other, _)| *other != law && a.readings.alike(law, *other))
                            .count();
                    }
                    let got: Vec<(&str, _)> = sensitivity(&a, &case, &data, options)
                        .into_iter()
                        .map(|Reading { reading, outcome }| (reading, outcome))
                        .collect();
                    // The same as whole assessments under every reading,
                    // however many of them it skipped.
                    let want = by_whole_assessments(&a, &case, &data, options);
                    assert_eq!(got, want, "seed {seed} case {i} {law:?}");
                    if !got.is_empty() {
                        flipped += 1;
                    }
                }
            }
            cases += 1;
        }
    }
    assert!(cases > 2000, "{cases} cases read");
    // Few generated cases turn on whose law characterises the offence
    // (88 of the 12,000 assessments here); the comparison of outcomes
    // above covers every one. (Before, the sensitivity looked only where
    // the answer's `because` tree reached the serious-crime test, and
    // missed 54 of them.)
    assert!(flipped >= 60, "only {flipped} assessments a reading flips");
    // Where a reading matters, the others it gives the same outcomes as
    // are told without re-assessing.
    assert!(skipped > 2000, "only {skipped} readings skipped");
    // Most assessments are told apart without re-assessing (the two States'
    // penalties or answers agree), but not all.
    assert!(
        invariant > 1000 && invariant < 12_000,
        "{invariant} assessments no reading can change"
    );
}

/// The examples, which the generator does not write (offences classified
/// by their elements, laundering with a foreign predicate, partial pairs),
/// under every reading: the sensitivity is what whole assessments find.
#[test]
fn sensitivity_is_the_whole_assessments_on_the_examples() {
    let data = RefData::embedded();
    let (mut compared, mut flipped) = (0, 0);
    for (name, case) in palermo_fuzz::example_cases(&data) {
        let as_of = case.as_of.unwrap_or(jiff::civil::date(2024, 5, 1));
        for (law, _) in READINGS {
            let options = Options {
                serious_crime_law: law,
            };
            let Ok(a) = assess(&case, &data, as_of, options) else {
                continue;
            };
            let got: Vec<(&str, _)> = sensitivity(&a, &case, &data, options)
                .into_iter()
                .map(|Reading { reading, outcome }| (reading, outcome))
                .collect();
            let want = by_whole_assessments(&a, &case, &data, options);
            assert_eq!(got, want, "{name} {law:?}");
            compared += 1;
            flipped += usize::from(!got.is_empty());
        }
    }
    assert!(compared >= 60, "only {compared} assessments compared");
    // Three examples turn on whose law decides serious crime, under every
    // reading.
    assert!(flipped >= 12, "only {flipped} assessments a reading flips");
}
