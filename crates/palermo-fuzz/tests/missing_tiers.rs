//! What the missing-fact tiers promise, checked by supplying the facts over
//! generated cases: a fact outside the `decisive` tier never changes the
//! answer when supplied, and a fact in it can change the answer for some
//! values of the other decisive facts. The first supplies yes/no facts and
//! the usual others (States, offences, penalties, the group's size, aims and
//! benefit), each with values the reader accepts at that path; the second
//! tries cases whose decisive facts are all yes/no ones. A third answers
//! the domestic-law questions of determined answers, which must not change.
//!
//! The second promise holds up to a known over-approximation of three-valued
//! logic, described in docs/legal-method.md ("Which missing facts are
//! decisive"): a per-offence fact is listed as decisive when a fact shared
//! by every offence settles the answer on its own. The test allows exactly
//! that shape and fails on any other.

use palermo_case::{read_case, Syntax};
use palermo_refdata::RefData;
use palermo_rules::{assess, MissingTier, Options, Outcome};

const SEED: u64 = 3;

/// `text` with the fact at `path` (`group.randomly_formed`,
/// `offences[2].involves_group`) set to `value` (a TOML value), written as a
/// key under the section the path names (added at the end when the case has
/// none). `None` when the path names a section the case lacks and cannot
/// gain.
fn supply(text: &str, path: &str, value: &str) -> Option<String> {
    let (head, key) = path.split_once('.')?;
    let (header, nth) = match head.strip_suffix(']').and_then(|h| h.split_once('[')) {
        Some((name, n)) => (format!("[[{name}]]"), n.parse::<usize>().ok()?),
        None => (format!("[{head}]"), 1),
    };
    let mut out = String::with_capacity(text.len() + 64);
    let (mut seen, mut done) = (0, false);
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        if line.trim() == header {
            seen += 1;
            if seen == nth {
                out.push_str(&format!("{key} = {value}\n"));
                done = true;
            }
        }
    }
    if !done {
        if nth != 1 {
            return None;
        }
        out.push_str(&format!("\n{header}\n{key} = {value}\n"));
    }
    Some(out)
}

/// The answer's outcome for a case text, if it reads and assesses.
fn outcome(text: &str, data: &RefData) -> Option<Outcome> {
    let case = read_case("case.toml", text, Syntax::Toml, data).ok()?.case;
    let as_of = case.as_of?;
    let a = assess(&case, data, as_of, Options::default()).ok()?;
    Some(a.answer().outcome)
}

/// A generated case: its number, its text, its answer's outcome, and its
/// missing facts (as paths) with their tiers.
type Assessed = (usize, String, Outcome, Vec<(String, MissingTier)>);

/// The generated cases that read and assess, with their missing facts.
fn caseload(n: usize, data: &RefData) -> Vec<Assessed> {
    (0..n)
        .filter_map(|i| {
            let text = palermo_fuzz::caseload::case(SEED, i);
            let case = read_case("case.toml", &text, Syntax::Toml, data).ok()?.case;
            let a = assess(&case, data, case.as_of?, Options::default()).ok()?;
            let missing = (a.missing.iter().map(|f| f.path()))
                .zip(a.missing_tiers.iter().copied())
                .collect();
            Some((i, text, a.answer().outcome, missing))
        })
        .collect()
}

/// Whether the fact can be supplied as yes and as no.
fn yes_no(text: &str, path: &str, data: &RefData) -> bool {
    ["true", "false"].iter().all(|v| {
        supply(text, path, v)
            .is_some_and(|t| read_case("case.toml", &t, Syntax::Toml, data).is_ok())
    })
}

/// Values to supply for a missing fact, by its last segment: each a value
/// the reader accepts there (yes and no for the others; a value the reader
/// refuses at that path is not tried). `a` and `b` are the case's two States.
fn values(path: &str, a: &str, b: &str) -> Vec<String> {
    let states = |v: &[&str]| -> String {
        let quoted: Vec<String> = v.iter().map(|s| format!("\"{s}\"")).collect();
        format!("[{}]", quoted.join(", "))
    };
    let last = path.rsplit('.').next().unwrap_or(path);
    let parent = path.rsplit('.').nth(1).unwrap_or("");
    if parent == "max_penalty" {
        return ["\"2y\"", "\"4y\"", "\"life\"", "\"fine\""]
            .map(String::from)
            .into();
    }
    match last {
        "committed_in"
        | "prepared_in"
        | "substantial_effects_in"
        | "active_in"
        | "person_nationalities" => vec![
            states(&[]),
            states(&[a]),
            states(&[b]),
            states(&[a, b]),
            states(&["KEN"]),
        ],
        "person_located_in" => [a, b, "KEN"].map(|s| format!("\"{s}\"")).into(),
        "convention_offences" => [
            "[]",
            "[\"untoc.art5\"]",
            "[\"untoc.art6\"]",
            "[\"untoc.art8\"]",
            "[\"untoc.art23\"]",
            "[\"tip.art5\"]",
            "[\"som.art6\"]",
            "[\"firearms.art5\"]",
        ]
        .map(String::from)
        .into(),
        "members" => ["1", "3", "12"].map(String::from).into(),
        "aims" => ["[]", "[\"serious_crime\"]", "[\"other\"]"]
            .map(String::from)
            .into(),
        "benefit" => ["\"financial\"", "\"none\"", "\"political_ideological\""]
            .map(String::from)
            .into(),
        _ => ["true", "false"].map(String::from).into(),
    }
}

/// The case's requesting and requested States, as written.
fn pair(text: &str) -> (String, String) {
    let get = |key: &str| {
        (text.lines())
            .find_map(|l| l.strip_prefix(key))
            .map(|v| {
                v.trim_matches(|c| c == ' ' || c == '=' || c == '"')
                    .to_string()
            })
            .unwrap_or_default()
    };
    (get("requesting_state"), get("requested_state"))
}

#[test]
fn no_fact_outside_the_decisive_tier_changes_the_answer() {
    let data = RefData::embedded();
    let (mut tried, mut other_than_yes_no) = (0, 0);
    for (i, text, answer, missing) in caseload(1000, &data) {
        let (a, b) = pair(&text);
        for (path, tier) in missing {
            // A determined answer waits for nothing: no fact may change it.
            if tier == MissingTier::Decisive && !answer.is_determined() {
                continue;
            }
            for value in values(&path, &a, &b) {
                let Some(edited) = supply(&text, &path, &value) else {
                    continue;
                };
                let Some(now) = outcome(&edited, &data) else {
                    continue;
                };
                tried += 1;
                if value != "true" && value != "false" {
                    other_than_yes_no += 1;
                }
                assert_eq!(now, answer, "case {i}: {path} = {value} ({tier:?})");
            }
        }
    }
    assert!(tried > 20_000, "only {tried} facts supplied");
    assert!(
        other_than_yes_no > 15_000,
        "only {other_than_yes_no} facts other than yes/no supplied"
    );
}

#[test]
fn a_decisive_fact_can_change_the_answer() {
    let data = RefData::embedded();
    let (mut tried, mut redundant) = (0, 0);
    for (i, text, answer, missing) in caseload(6000, &data) {
        let decisive: Vec<&str> = (missing.iter())
            .filter(|(_, t)| *t == MissingTier::Decisive)
            .map(|(p, _)| p.as_str())
            .collect();
        // Every decisive fact a yes/no one, and few enough to try every
        // value of the others (missing, yes, no): the search is complete.
        if decisive.is_empty()
            || decisive.len() > 5
            || !decisive.iter().all(|p| yes_no(&text, p, &data))
        {
            continue;
        }
        for &fact in &decisive {
            tried += 1;
            let others: Vec<&str> = decisive.iter().copied().filter(|&p| p != fact).collect();
            let changes = (0..3u32.pow(others.len() as u32)).any(|mut code| {
                let mut t = text.clone();
                for &other in &others {
                    let choice = code % 3;
                    code /= 3;
                    if choice > 0 {
                        let value = if choice == 1 { "true" } else { "false" };
                        t = supply(&t, other, value).expect("supplied above");
                    }
                }
                let base = outcome(&t, &data);
                let yes = outcome(&supply(&t, fact, "true").expect("supplied above"), &data);
                let no = outcome(&supply(&t, fact, "false").expect("supplied above"), &data);
                yes != base || no != base
            });
            if !changes {
                redundant += 1;
                // The known shape: whether the group took part in one
                // offence, when the group's own facts settle the answer for
                // another offence it took part in.
                assert!(
                    fact.starts_with("offences[") && fact.ends_with("].involves_group"),
                    "case {i}: decisive {fact} changes no answer ({answer:?}; decisive: {decisive:?})"
                );
            }
        }
    }
    assert!(tried > 1000, "only {tried} decisive facts tried");
    assert!(
        redundant * 50 < tried,
        "{redundant} of {tried} decisive facts redundant"
    );
}

/// Answering a domestic-law question the assessment asks (yes or no, under
/// `[domestic_law.<ISO3>]`) never changes a determined answer: a question
/// still open cannot have decided it.
#[test]
fn answering_a_domestic_law_question_keeps_a_determined_answer() {
    let data = RefData::embedded();
    let mut answered = 0;
    for (i, text, answer, _) in caseload(1500, &data) {
        if !answer.is_determined() {
            continue;
        }
        let case = read_case("case.toml", &text, Syntax::Toml, &data)
            .expect("read above")
            .case;
        let a = assess(&case, &data, case.as_of.expect("dated"), Options::default())
            .expect("assessed above");
        for q in &a.domestic_law_questions {
            for value in [true, false] {
                let edited = format!(
                    "{text}\n[domestic_law.{}]\n\"{}\" = {value}\n",
                    q.state, q.id
                );
                let now = outcome(&edited, &data).expect("an answered question reads");
                assert_eq!(now, answer, "case {i}: {}.{} = {value}", q.state, q.id);
                answered += 1;
            }
        }
    }
    assert!(answered > 400, "only {answered} questions answered");
}
