//! A seeded caseload: case files as a central authority's queue would hold
//! them, for measuring `palermo assess` over many cases. A mix of kinds of
//! cooperation (extradition and assistance most often), real States, one or
//! several offences, and facts left unknown about a third of the time, as in
//! real files. The same seed gives the same files.

use std::fmt::Write as _;

/// A small deterministic generator (xorshift64*): no dependency, same
/// sequence everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const STATES: [&str; 40] = [
    "ARG", "AUS", "AUT", "BEL", "BRA", "CAN", "CHE", "CHN", "COL", "CZE", "DEU", "EGY", "ESP",
    "EST", "FRA", "GBR", "GHA", "IND", "ITA", "JPN", "KEN", "KOR", "MEX", "MAR", "NGA", "NLD",
    "NOR", "PAN", "PER", "PHL", "POL", "PRT", "ROU", "RUS", "SWE", "THA", "TUR", "UKR", "USA",
    "ZAF",
];

/// Kinds, weighted as a central authority's queue: mostly assistance and
/// extradition.
const KINDS: [&str; 12] = [
    "mutual_legal_assistance",
    "mutual_legal_assistance",
    "mutual_legal_assistance",
    "mutual_legal_assistance",
    "extradition",
    "extradition",
    "extradition",
    "confiscation",
    "joint_investigation",
    "special_investigative_techniques",
    "transfer_of_proceedings",
    "law_enforcement_cooperation",
];

const CRIMES: [(&str, &str); 6] = [
    ("drug_trafficking", ""),
    ("migrant_smuggling", "som.art6"),
    ("trafficking_in_persons", "tip.art5"),
    ("money_laundering", "untoc.art6"),
    ("wildlife_trafficking", ""),
    ("corruption", "untoc.art8"),
];

const PENALTIES: [&str; 6] = ["2y", "3y", "4y", "5y", "10y", "life"];

fn list(states: &[&str]) -> String {
    let quoted: Vec<String> = states.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// Case file number `i` of the caseload drawn from `seed`, as TOML.
pub fn case(seed: u64, i: usize) -> String {
    generate(seed, i, None)
}

/// Case file number `i` of the caseload, but with `offences` offences
/// (`[[offences]]`), each drawn as the caseload draws them: for measuring how
/// the cost of one case grows with its offences.
pub fn case_with_offences(seed: u64, i: usize, offences: usize) -> String {
    generate(seed, i, Some(offences))
}

fn generate(seed: u64, i: usize, offences: Option<usize>) -> String {
    let mut r = Rng::new(seed ^ (i as u64).wrapping_mul(0x1000_0000_01B3));
    let mut s = String::with_capacity(1024);
    let a = *r.pick(&STATES);
    let mut b = *r.pick(&STATES);
    while b == a {
        b = *r.pick(&STATES);
    }
    let kind = *r.pick(&KINDS);
    let _ = writeln!(s, "format = \"palermo.case/1\"");
    let _ = writeln!(
        s,
        "as_of = {}-{:02}-01",
        2015 + r.below(10),
        1 + r.below(12)
    );
    let _ = writeln!(s, "title = \"Generated case {i}\"\n");
    let _ = writeln!(s, "[request]\nkind = \"{kind}\"");
    let _ = writeln!(s, "requesting_state = \"{a}\"\nrequested_state = \"{b}\"");
    if r.chance(60) {
        let _ = writeln!(s, "treaty_in_force = {}", r.chance(40));
    }
    match kind {
        "extradition" => {
            if r.chance(70) {
                let _ = writeln!(s, "person_located_in = \"{b}\"");
            }
            if r.chance(65) {
                let nat = if r.chance(30) { b } else { *r.pick(&STATES) };
                let _ = writeln!(s, "person_nationalities = [\"{nat}\"]");
            }
            if r.chance(50) {
                let _ = writeln!(s, "sentence_enforcement = {}", r.chance(20));
            }
        }
        "mutual_legal_assistance" if r.chance(70) => {
            let m = *r.pick(&[
                "taking_evidence",
                "search_seizure_freezing",
                "service_of_documents",
                "documents_records",
                "tracing_proceeds",
            ]);
            let _ = writeln!(s, "measures = [\"{m}\"]");
        }
        "confiscation" => {
            if r.chance(70) {
                let m = *r.pick(&[
                    "domestic_order",
                    "give_effect_to_order",
                    "identify_trace_freeze",
                ]);
                let _ = writeln!(s, "confiscation_measure = \"{m}\"");
            }
            if r.chance(70) {
                let _ = writeln!(s, "property_in_requested_state = {}", r.chance(85));
            }
        }
        "special_investigative_techniques" if r.chance(70) => {
            let t = *r.pick(&["controlled_delivery", "surveillance", "undercover"]);
            let _ = writeln!(s, "investigative_technique = \"{t}\"");
        }
        _ => {}
    }
    let several = r.chance(20);
    let drawn = if several { 2 + r.below(4) } else { 1 };
    let (several, offences) = match offences {
        Some(n) => (true, n),
        None => (several, drawn),
    };
    for _ in 0..offences {
        let _ = writeln!(
            s,
            "\n{}",
            if several { "[[offences]]" } else { "[offence]" }
        );
        let (crime, convention) = *r.pick(&CRIMES);
        let _ = writeln!(s, "crime_types = [\"{crime}\"]");
        if !convention.is_empty() && r.chance(60) {
            let _ = writeln!(s, "convention_offences = [\"{convention}\"]");
        }
        if r.chance(80) {
            let places: &[&str] = if r.chance(70) { &[a, b] } else { &[a] };
            let _ = writeln!(s, "committed_in = {}", list(places));
        }
        if r.chance(70) {
            let _ = writeln!(s, "involves_group = {}", r.chance(80));
        }
        let punishable_b = r.chance(90);
        if r.chance(60) {
            let _ = writeln!(s, "punishable_in = {{ {a} = true, {b} = {punishable_b} }}");
        }
        if r.chance(60) {
            let pa = *r.pick(&PENALTIES);
            let pb = if punishable_b {
                *r.pick(&PENALTIES)
            } else {
                "none"
            };
            let _ = writeln!(s, "max_penalty = {{ {a} = \"{pa}\", {b} = \"{pb}\" }}");
        }
    }
    let _ = writeln!(s, "\n[group]");
    if r.chance(80) {
        let _ = writeln!(s, "members = {}", 1 + r.below(12));
    }
    for field in ["randomly_formed", "exists_for_period", "acts_in_concert"] {
        if r.chance(70) {
            let value = if field == "randomly_formed" {
                r.chance(10)
            } else {
                r.chance(90)
            };
            let _ = writeln!(s, "{field} = {value}");
        }
    }
    if r.chance(70) {
        let _ = writeln!(s, "aims = [\"serious_crime\"]");
    }
    if r.chance(70) {
        let _ = writeln!(s, "benefit = \"financial\"");
    }
    s
}
