//! The whole explained assessment of the 1000 generated cases
//! (`palermo_fuzz::caseload`, seed 20001115) run once, for counting its
//! instructions: `cargo bench -p palermo-cli --bench caseload_once` prints
//! the time a case, and
//! `valgrind --tool=callgrind --toggle-collect='caseload_once::whole'
//! target/release/deps/caseload_once-<hash>` counts exactly that loop.
//!
//! One toggle around the loop, not one on `assess` and one on `explained`:
//! `explained` re-assesses through functions of `assess`'s module, and a
//! second toggle there switches the count off inside them.
//!
//! `--keep N` keeps the assessments of N cases at a time alive, as
//! `palermo assess` does with a batch until it is rendered, to see the cost
//! of their memory in the cache.

/// The allocator of the `palermo` binary (src/main.rs), so that the figures
/// are those of the program as shipped.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::time::Instant;

use palermo_case::{read_case, Syntax};
use palermo_rules::answer::{explained, Answer, Reading};
use palermo_rules::{assess, Assessment, Case, Options, RefData};

const SEED: u64 = 20_001_115;
const CASES: usize = 1000;

/// The assessment, the answer and the readings that flip it: what
/// `palermo assess --stats` times for a case.
fn one(case: &Case, data: &RefData) -> (Assessment, (Answer, Vec<Reading>)) {
    let options = Options::default();
    let as_of = case.as_of.expect("generated cases are dated");
    let a = assess(black_box(case), data, as_of, options).expect("generated cases assess");
    let e = explained(&a, case, data, options);
    (a, e)
}

/// Every case, `keep` at a time kept alive (1: each dropped before the next).
#[inline(never)]
fn whole(cases: &[Case], data: &RefData, keep: usize) -> usize {
    let mut n = 0;
    for batch in cases.chunks(keep) {
        let kept: Vec<_> = batch.iter().map(|c| one(c, data)).collect();
        n += kept.iter().map(|(a, _)| a.findings.len()).sum::<usize>();
    }
    n
}

fn main() {
    // `cargo bench` passes `--bench`; `--keep N` may follow.
    let args: Vec<String> = std::env::args().collect();
    let keep = match args.iter().position(|a| a == "--keep") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n > 0 => n,
            _ => {
                eprintln!("caseload_once: --keep takes a number of cases, at least 1");
                std::process::exit(2);
            }
        },
        None => 1,
    };
    let data = RefData::embedded();
    let cases: Vec<Case> = (0..CASES)
        .map(|i| {
            let text = palermo_fuzz::caseload::case(SEED, i);
            read_case("gen.toml", &text, Syntax::Toml, &data)
                .expect("generated cases read")
                .case
        })
        .collect();
    // Each State's data is made on first use: make it before the count,
    // and say what that first pass cost (what a process pays once).
    let first = Instant::now();
    for case in &cases {
        black_box(one(case, &data));
    }
    let first_per_case = first.elapsed().as_secs_f64() * 1e6 / CASES as f64;
    let start = Instant::now();
    let findings = black_box(whole(&cases, &data, keep));
    let per_case = start.elapsed().as_secs_f64() * 1e6 / CASES as f64;
    println!(
        "whole explained assessment, {CASES} generated cases, {keep} kept at a time: \
         {per_case:.1} µs a case ({findings} findings); the first pass, which makes each \
         State's data: {first_per_case:.1} µs a case"
    );
}
