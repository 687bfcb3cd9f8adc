//! Rewritings of a case that must not change its answer, checked over
//! generated cases: an offence written as `[offence]`, as the only one of
//! `[[offences]]`, or twice over; several offences in reverse order; the
//! maximum penalty the data gives, restated in the case; a State outside the
//! request; the kind of request (for the scope); a wider reading of serious
//! crime (never takes a yes away).

use palermo_case::{read_case, Syntax};
use palermo_refdata::{Penalty, RefData, Validity};
use palermo_rules::{assess, Options, Outcome};

const SEED: u64 = 5;

/// The answer's outcome for a case text, if it reads and assesses.
fn outcome(text: &str, data: &RefData) -> Option<Outcome> {
    let case = read_case("case.toml", text, Syntax::Toml, data).ok()?.case;
    let a = assess(&case, data, case.as_of?, Options::default()).ok()?;
    Some(a.answer().outcome)
}

/// The case text cut around its offence sections: what comes before the
/// first, each section's lines after its header, and what follows the last
/// (the generator writes the offences together, before `[group]`).
fn offences(text: &str, header: &str) -> Option<(String, Vec<String>, String)> {
    let mut before = String::new();
    let mut blocks: Vec<String> = Vec::new();
    let mut after = String::new();
    let mut state = 0; // 0 before, 1 inside the offences, 2 after
    for line in text.lines() {
        if line.trim() == header {
            state = 1;
            blocks.push(String::new());
            continue;
        }
        if state == 1 && line.starts_with('[') {
            state = 2;
        }
        let target = match state {
            0 => &mut before,
            1 => blocks.last_mut().expect("a block is open"),
            _ => &mut after,
        };
        target.push_str(line);
        target.push('\n');
    }
    (!blocks.is_empty()).then_some((before, blocks, after))
}

/// `before`, the blocks as `[[offences]]`, then `after`.
fn listed(before: &str, blocks: &[&String], after: &str) -> String {
    let mut out = before.to_string();
    for b in blocks {
        out.push_str("[[offences]]\n");
        out.push_str(b);
    }
    out.push_str(after);
    out
}

#[test]
fn one_offence_reads_the_same_alone_in_a_list_or_twice_over() {
    let data = RefData::embedded();
    let mut compared = 0;
    for i in 0..2000 {
        let text = palermo_fuzz::caseload::case(SEED, i);
        let Some((before, blocks, after)) = offences(&text, "[offence]") else {
            continue;
        };
        let Some(alone) = outcome(&text, &data) else {
            continue;
        };
        let block = &blocks[0];
        for (how, rewritten) in [
            (
                "as the only one of several",
                listed(&before, &[block], &after),
            ),
            ("twice over", listed(&before, &[block, block], &after)),
        ] {
            assert_eq!(
                outcome(&rewritten, &data),
                Some(alone),
                "case {i}, the offence {how}:\n{rewritten}"
            );
            compared += 1;
        }
    }
    assert!(compared > 2500, "only {compared} rewritings compared");
}

#[test]
fn the_order_of_the_offences_does_not_change_the_answer() {
    let data = RefData::embedded();
    let mut compared = 0;
    for i in 0..3000 {
        let text = palermo_fuzz::caseload::case(SEED, i);
        let Some((before, blocks, after)) = offences(&text, "[[offences]]") else {
            continue;
        };
        let Some(given) = outcome(&text, &data) else {
            continue;
        };
        let reversed: Vec<&String> = blocks.iter().rev().collect();
        let rewritten = listed(&before, &reversed, &after);
        assert_eq!(
            outcome(&rewritten, &data),
            Some(given),
            "case {i}, offences reversed:\n{rewritten}"
        );
        compared += 1;
    }
    assert!(
        compared > 400,
        "only {compared} cases with several offences"
    );
}

/// A penalty as a case file writes it (docs/case-format.md, 3.4).
fn penalty_word(p: Penalty) -> String {
    match p {
        Penalty::Months(m) => format!("{m}m"),
        Penalty::Life => "life".into(),
        Penalty::Death => "death".into(),
        Penalty::Fine => "fine".into(),
        Penalty::NotAnOffence => "none".into(),
    }
}

/// Where the case gives no maximum and the data gives one for a State of
/// the pair (every row in force for the offence's crime types agreeing),
/// stating that maximum in the case changes no answer, and no finding but
/// those on dual criminality: a maximum stated in the case says the conduct
/// is punishable there, a data row only that the State has an offence of
/// that type (docs/legal-method.md, "Using the penalty data").
#[test]
fn the_data_s_maximum_restated_in_the_case_changes_only_dual_criminality() {
    let data = RefData::embedded();
    let mut compared = 0;
    for seed in [3u64, 17, 5] {
        for i in 0..1500 {
            let text = palermo_fuzz::caseload::case(seed, i);
            if !text.contains("\n[offence]\n") || text.contains("max_penalty") {
                continue;
            }
            let Ok(file) = read_case("case.toml", &text, Syntax::Toml, &data) else {
                continue;
            };
            let case = &file.case;
            let (Some(as_of), Some(a), Some(b)) = (
                case.as_of,
                case.request.requesting_state,
                case.request.requested_state,
            ) else {
                continue;
            };
            let mut stated = Vec::new();
            for s in [a, b] {
                let mut maxima: Vec<Penalty> = Vec::new();
                for ct in &case.offences[0].crime_types {
                    for r in data.penalties(s, ct) {
                        if r.validity(as_of) == Validity::InForce && !maxima.contains(&r.max) {
                            maxima.push(r.max);
                        }
                    }
                }
                if let [only] = maxima[..] {
                    stated.push(format!("{s} = \"{}\"", penalty_word(only)));
                }
            }
            if stated.is_empty() {
                continue;
            }
            let restated = text.replace(
                "\n[offence]\n",
                &format!("\n[offence]\nmax_penalty = {{ {} }}\n", stated.join(", ")),
            );
            // A case that says the conduct is not punishable where the data
            // has a maximum contradicts itself once the maximum is stated.
            let Ok(file2) = read_case("case.toml", &restated, Syntax::Toml, &data) else {
                continue;
            };
            let before = assess(case, &data, as_of, Options::default()).expect("assessed");
            let after = assess(&file2.case, &data, as_of, Options::default()).expect("assessed");
            assert_eq!(
                after.answer().outcome,
                before.answer().outcome,
                "seed {seed} case {i}, {stated:?}"
            );
            for f in &before.findings {
                let Some(g) = after.finding(&f.id) else {
                    continue;
                };
                if !f.id.contains("dual_criminality") {
                    assert_eq!(
                        g.outcome, f.outcome,
                        "seed {seed} case {i}, {}, {stated:?}",
                        f.id
                    );
                }
            }
            compared += 1;
        }
    }
    assert!(compared > 200, "only {compared} cases restated");
}

/// The generated cases that read and carry a date, as read.
fn cases(seed: u64, n: usize, data: &RefData) -> Vec<(usize, palermo_rules::Case)> {
    (0..n)
        .filter_map(|i| {
            let text = palermo_fuzz::caseload::case(seed, i);
            let case = read_case("case.toml", &text, Syntax::Toml, data).ok()?.case;
            case.as_of.is_some().then_some((i, case))
        })
        .collect()
}

/// A State outside the request changes no answer: a maximum penalty under
/// its law (whatever it is) for every offence, or the person's holding its
/// nationality beside the others. The serious-crime test reads the law of
/// the two States (art. 3(1)(b), `--serious-crime-law`), and the bar on
/// extraditing nationals the requested State's nationals (16(10)).
#[test]
fn a_state_outside_the_request_changes_no_answer() {
    let data = RefData::embedded();
    let third: palermo_rules::StateCode = "XZZ".parse().expect("a code");
    let mut tried = 0;
    for (i, case) in cases(SEED + 1, 1500, &data) {
        let as_of = case.as_of.expect("dated");
        let Ok(a) = assess(&case, &data, as_of, Options::default()) else {
            continue;
        };
        let mut variants = Vec::new();
        for p in [Penalty::Months(2), Penalty::Life, Penalty::NotAnOffence] {
            let mut c = case.clone();
            for o in &mut c.offences {
                o.max_penalty.insert(third, p);
            }
            variants.push((format!("a maximum of {p:?} in XZZ"), c));
        }
        if let Some(n) = &case.request.person_nationalities {
            let mut c = case.clone();
            let mut n = n.clone();
            n.push(third);
            c.request.person_nationalities = Some(n);
            variants.push(("an XZZ nationality".to_string(), c));
        }
        for (what, c) in variants {
            let b = assess(&c, &data, as_of, Options::default()).expect("assessable as before");
            tried += 1;
            assert_eq!(b.answer().outcome, a.answer().outcome, "case {i}: {what}");
        }
    }
    assert!(tried > 4000, "only {tried} variants tried");
}

/// The status of the States and arts. 2, 3, 5, 6, 8 and 23 (whether the
/// Convention governs the conduct at all) do not depend on the cooperation
/// sought: the same case asked as each of the eight kinds of request gives
/// the same outcomes and missing facts there.
#[test]
fn the_scope_does_not_depend_on_the_kind_of_request() {
    use palermo_rules::facts::RequestKind;
    let data = RefData::embedded();
    let scope = |a: &palermo_rules::Assessment| -> Vec<(String, Outcome, Vec<String>)> {
        let prefixes = [
            "status.", "art2.", "art3.", "art5.", "art6.", "art8.", "art23.",
        ];
        (a.findings.iter())
            .filter(|f| prefixes.iter().any(|p| f.id.starts_with(p)))
            .map(|f| {
                let missing = palermo_rules::Fact::paths(&f.missing);
                (f.id.to_string(), f.outcome, missing)
            })
            .collect()
    };
    let mut compared = 0;
    for (i, case) in cases(SEED + 2, 600, &data) {
        if case.request.kind.is_none() {
            continue;
        }
        let as_of = case.as_of.expect("dated");
        let mut first: Option<(RequestKind, Vec<_>)> = None;
        for kind in RequestKind::ALL {
            let mut c = case.clone();
            c.request.kind = Some(kind);
            let a = assess(&c, &data, as_of, Options::default()).expect("assessable");
            let found = scope(&a);
            assert!(!found.is_empty(), "case {i}: no scope finding as {kind:?}");
            match &first {
                None => first = Some((kind, found)),
                Some((k0, f0)) => {
                    compared += 1;
                    for (x, y) in f0.iter().zip(&found) {
                        assert_eq!(x, y, "case {i}: as {k0:?} and as {kind:?}");
                    }
                    assert_eq!(f0.len(), found.len(), "case {i}: {k0:?} / {kind:?}");
                }
            }
        }
    }
    assert!(compared > 3000, "only {compared} comparisons");
}

/// The readings of `--serious-crime-law` only widen or narrow what counts as
/// a serious crime (`both` the narrowest, `either` the widest), and a wider
/// Convention never takes a legal basis away: a yes under `both` is a yes
/// under every reading, and a no under `either` a no under every reading.
#[test]
fn a_wider_reading_of_serious_crime_never_takes_a_yes_away() {
    use palermo_rules::facts::SeriousCrimeLaw;
    let data = RefData::embedded();
    let (mut yes, mut no) = (0, 0);
    for (i, case) in cases(SEED + 3, 3000, &data) {
        let as_of = case.as_of.expect("dated");
        let run = |law| {
            let options = Options {
                serious_crime_law: law,
            };
            assess(&case, &data, as_of, options)
                .expect("assessable")
                .answer()
                .outcome
        };
        let (both, either) = (run(SeriousCrimeLaw::Both), run(SeriousCrimeLaw::Either));
        let others = [
            ("requesting", run(SeriousCrimeLaw::Requesting)),
            ("requested", run(SeriousCrimeLaw::Requested)),
        ];
        if both == Outcome::Yes {
            yes += 1;
            assert_eq!(either, Outcome::Yes, "case {i}: yes under both");
            for (name, o) in others {
                assert_eq!(o, Outcome::Yes, "case {i}: yes under both, not {name}");
            }
        }
        if either == Outcome::No {
            no += 1;
            assert_eq!(both, Outcome::No, "case {i}: no under either");
            for (name, o) in others {
                assert_eq!(o, Outcome::No, "case {i}: no under either, not {name}");
            }
        }
    }
    assert!(yes > 40 && no > 500, "{yes} yes and {no} no only");
}
