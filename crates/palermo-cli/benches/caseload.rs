//! Benchmarks over a caseload: a thousand generated case files
//! (`palermo_fuzz::caseload`, seed 20001115) assessed in process, their
//! reader's answers with the sensitivity re-assessments, the three together
//! (`whole explained assessment`), and rendering one
//! assessment to text in each of the six languages (`render/`), and to a
//! Markdown memo and JSON (`render-formats/`). Report the medians with the
//! machine (the targets: ≤ 3 µs per case assessed, ≤ 20 µs per
//! rendering to text).

/// The allocator of the `palermo` binary (src/main.rs), so that the figures
/// are those of the program as shipped.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::sync::Arc;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use palermo_case::{read_case, Syntax};
use palermo_cli::render::{case_names, json, markdown, text, View};
use palermo_i18n::Lang;
use palermo_rules::{assess, Assessment, Case, Options, RefData, StateCode};

const SEED: u64 = 20_001_115;
const CASES: usize = 1000;

fn caseload(data: &RefData) -> Vec<Case> {
    (0..CASES)
        .map(|i| {
            let text = palermo_fuzz::caseload::case(SEED, i);
            read_case("gen.toml", &text, Syntax::Toml, data)
                .expect("generated cases read")
                .case
        })
        .collect()
}

fn engine(c: &mut Criterion) {
    let data = RefData::embedded();
    let cases = caseload(&data);
    let mut g = c.benchmark_group("caseload");
    g.sample_size(10);
    g.bench_function("assess 1000 generated cases (divide by 1000)", |b| {
        b.iter(|| {
            let mut n = 0;
            for case in &cases {
                let a = assess(
                    black_box(case),
                    &data,
                    case.as_of.expect("dated"),
                    Options::default(),
                )
                .expect("assessed");
                n += a.findings.len();
            }
            black_box(n)
        })
    });
    // What the issue's ≤ 3 µs target is set on, in one figure: the findings,
    // the answer a reader acts on and the readings that would change it.
    g.bench_function(
        "whole explained assessment of 1000 generated cases (divide by 1000)",
        |b| {
            b.iter(|| {
                let mut n = 0;
                for case in &cases {
                    let options = Options::default();
                    let as_of = case.as_of.expect("dated");
                    let a = assess(black_box(case), &data, as_of, options).expect("assessed");
                    let (answer, readings) =
                        palermo_rules::answer::explained(&a, case, &data, options);
                    n += a.findings.len() + answer.route.len() + readings.len();
                }
                black_box(n)
            })
        },
    );
    let assessed: Vec<Assessment> = cases
        .iter()
        .map(|c| assess(c, &data, c.as_of.expect("dated"), Options::default()).expect("assessed"))
        .collect();
    g.bench_function("answer 1000 assessments, without sensitivity", |b| {
        b.iter(|| {
            let mut n = 0;
            for (a, case) in assessed.iter().zip(&cases) {
                n += palermo_rules::answer::answer(black_box(a), case)
                    .route
                    .len();
            }
            black_box(n)
        })
    });
    g.bench_function("sensitivity of 1000 assessments", |b| {
        b.iter(|| {
            let mut n = 0;
            for (a, case) in assessed.iter().zip(&cases) {
                n += palermo_rules::answer::sensitivity(
                    black_box(a),
                    case,
                    &data,
                    Options::default(),
                )
                .len();
            }
            black_box(n)
        })
    });
    g.finish();
}

fn rendering(c: &mut Criterion) {
    let data = RefData::embedded();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/ivory-kenya-italy.toml");
    let text_in = std::fs::read_to_string(path).expect("example present");
    let case = read_case("ivory.toml", &text_in, Syntax::Toml, &data)
        .expect("reads")
        .case;
    let a = assess(&case, &data, case.as_of.expect("dated"), Options::default()).expect("assessed");
    let names: Vec<(StateCode, Arc<str>)> = case_names(&case);
    let mut g = c.benchmark_group("render");
    for lang in Lang::ALL {
        let view = View::new(
            &a,
            &case,
            &data,
            Options::default(),
            lang,
            &names,
            false,
            String::new(),
        );
        g.bench_function(format!("ivory to text, {lang}"), |b| {
            let mut out: Vec<u8> = Vec::with_capacity(1 << 16);
            b.iter(|| {
                out.clear();
                text::render(&mut out, black_box(&view), 80, false);
                black_box(out.len())
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("render-formats");
    for lang in [Lang::En, Lang::Ar] {
        let view = View::new(
            &a,
            &case,
            &data,
            Options::default(),
            lang,
            &names,
            false,
            String::new(),
        );
        g.bench_function(format!("ivory to markdown, {lang}"), |b| {
            let mut out: Vec<u8> = Vec::with_capacity(1 << 16);
            b.iter(|| {
                out.clear();
                markdown::render(&mut out, black_box(&view)).expect("renders");
                black_box(out.len())
            })
        });
        // As `palermo assess --format json` writes it (pretty).
        g.bench_function(format!("ivory to json, {lang}"), |b| {
            let mut out: Vec<u8> = Vec::with_capacity(1 << 16);
            b.iter(|| {
                out.clear();
                let v = json::assessment(black_box(&view), &data);
                serde_json::to_writer_pretty(&mut out, &v).expect("renders");
                black_box(out.len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, engine, rendering);
criterion_main!(benches);
