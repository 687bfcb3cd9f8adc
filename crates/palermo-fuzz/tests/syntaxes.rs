//! The TOML and the JSON reader agree: a case built by the structure-aware
//! harness (a valid case changed by random edits), written in both
//! syntaxes, reads in both or in neither, and when it reads the two
//! assessments are the same finding for finding (id, outcome, missing
//! facts). Inputs are drawn from a fixed generator, so every run tries the
//! same cases.
//!
//! One difference is the syntaxes' own: JSON has no dates, so a date where
//! text is expected is a string in JSON (and reads) but a date in TOML
//! (and is refused).

use palermo_case::{read_case, Syntax};
use palermo_refdata::RefData;
use palermo_rules::{assess, AssessError, Assessment, Options};

/// `n` bytes from a xorshift generator seeded with `seed`.
fn bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// What the comparison reads of an assessment.
fn summary(r: &Result<Assessment, AssessError>) -> Vec<String> {
    match r {
        Ok(a) => (a.findings.iter())
            .map(|f| {
                let missing: Vec<String> = f.missing.iter().map(|m| m.path()).collect();
                format!("{} {:?} {missing:?}", f.id, f.outcome)
            })
            .collect(),
        Err(e) => vec![format!("{e:?}")],
    }
}

#[test]
fn the_toml_and_json_readers_agree() {
    let data = RefData::embedded();
    let default_date = jiff::civil::date(2024, 5, 1);
    let (mut read, mut refused) = (0, 0);
    for seed in 0..5000u64 {
        let input = bytes(seed, 16 + (seed as usize % 200));
        let Some((toml, json)) = palermo_fuzz::both_syntaxes(&input) else {
            continue;
        };
        let t = read_case("case.toml", &toml, Syntax::Toml, &data);
        let j = read_case("case.json", &json, Syntax::Json, &data);
        match (&t, &j) {
            (Ok(t), Ok(j)) => {
                let at = assess(
                    &t.case,
                    &data,
                    t.case.as_of.unwrap_or(default_date),
                    Options::default(),
                );
                let aj = assess(
                    &j.case,
                    &data,
                    j.case.as_of.unwrap_or(default_date),
                    Options::default(),
                );
                assert_eq!(summary(&at), summary(&aj), "seed {seed}:\n{toml}\n{json}");
                read += 1;
            }
            (Err(_), Err(_)) => refused += 1,
            (Err(diags), Ok(_))
                if diags
                    .iter()
                    .all(|d| d.message.contains("expected a string, found a date")) => {}
            _ => panic!(
                "seed {seed}: TOML {}, JSON {}\n{toml}\n{json}\n{:?}\n{:?}",
                if t.is_ok() { "reads" } else { "refused" },
                if j.is_ok() { "reads" } else { "refused" },
                t.as_ref().err(),
                j.as_ref().err()
            ),
        }
    }
    assert!(
        read > 2000 && refused > 1000,
        "{read} read, {refused} refused"
    );
}
