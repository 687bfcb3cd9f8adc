//! With several offences, the answer per offence (`art16.legal_basis#k`,
//! `art18.legal_basis#k`) agrees with the answer for the request, over
//! generated cases: the request has a basis when some offence has one, has
//! none when no offence has one, and is open otherwise.

use palermo_case::{read_case, Syntax};
use palermo_refdata::RefData;
use palermo_rules::{assess, Options, Outcome};

#[test]
fn the_answers_per_offence_agree_with_the_answer() {
    let data = RefData::embedded();
    let mut compared = 0;
    for seed in [3u64, 17, 5, 9] {
        for i in 0..1500 {
            let text = palermo_fuzz::caseload::case(seed, i);
            let Ok(file) = read_case("case.toml", &text, Syntax::Toml, &data) else {
                continue;
            };
            let case = &file.case;
            let Some(as_of) = case.as_of else { continue };
            let Ok(a) = assess(case, &data, as_of, Options::default()) else {
                continue;
            };
            let prefix = format!("{}#", a.answer_id);
            let per: Vec<Outcome> = (a.findings.iter())
                .filter(|f| f.id.starts_with(&prefix))
                .map(|f| f.outcome)
                .collect();
            if per.is_empty() {
                continue;
            }
            let whole = a.answer().outcome;
            let expected = if per.contains(&Outcome::Yes) {
                Some(Outcome::Yes)
            } else if per.iter().all(|&o| o == Outcome::No) {
                Some(Outcome::No)
            } else {
                None
            };
            match expected {
                Some(o) => assert_eq!(whole, o, "seed {seed} case {i}: per offence {per:?}"),
                None => assert!(
                    !whole.is_determined(),
                    "seed {seed} case {i}: {whole:?}, per offence {per:?}"
                ),
            }
            compared += 1;
        }
    }
    assert!(
        compared > 500,
        "only {compared} cases with answers per offence"
    );
}
