//! Benchmarks: one full extradition + MLA assessment in the engine (case read
//! once), one generated case with 100 offences, the in-process path from text to JSON including loading the
//! embedded data, and `palermo assess` as a whole process.

/// The allocator of the `palermo` binary (src/main.rs), so that the figures
/// are those of the program as shipped.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::process::Command;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use palermo_case::{read_case, Syntax};
use palermo_rules::facts::RequestKind;
use palermo_rules::{assess, Options, RefData};

fn example(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    std::fs::read_to_string(p).expect("example present")
}

fn engine(c: &mut Criterion) {
    let data = RefData::embedded();
    let text = example("ivory-kenya-italy.toml");
    let extradition = read_case("ivory.toml", &text, Syntax::Toml, &data)
        .expect("readable")
        .case;
    let mut mla = extradition.clone();
    mla.request.kind = Some(RequestKind::MutualLegalAssistance);
    let as_of = extradition.as_of.expect("dated");
    // Under either State's law the ivory case is within the Convention (Kenya:
    // life), so the whole route is walked: 16(4), 16(7)-(17), 18(9)-(29).
    let either = Options {
        serious_crime_law: palermo_rules::facts::SeriousCrimeLaw::Either,
    };
    c.bench_function("engine: extradition + MLA assessment (ivory case)", |b| {
        b.iter(|| {
            let a = assess(black_box(&extradition), &data, as_of, either).expect("ok");
            let m = assess(black_box(&mla), &data, as_of, either).expect("ok");
            black_box((a.findings.len(), m.findings.len()))
        })
    });
    c.bench_function("engine: MLA only", |b| {
        b.iter(|| {
            black_box(
                assess(black_box(&mla), &data, as_of, either)
                    .expect("ok")
                    .findings
                    .len(),
            )
        })
    });
    c.bench_function("engine: extradition only", |b| {
        b.iter(|| {
            black_box(
                assess(black_box(&extradition), &data, as_of, either)
                    .expect("ok")
                    .findings
                    .len(),
            )
        })
    });
    // Cost per offence must stay flat: 200 and 2,000 offences.
    for n in [200usize, 2000] {
        let mut many = extradition.clone();
        many.several_offences = true;
        many.offences = (0..n).map(|_| extradition.offences[0].clone()).collect();
        c.bench_function(&format!("engine: extradition with {n} offences"), |b| {
            b.iter(|| {
                black_box(
                    assess(black_box(&many), &data, as_of, either)
                        .expect("ok")
                        .findings
                        .len(),
                )
            })
        });
    }
}

/// One generated case (`palermo_fuzz::caseload`, the first extradition of
/// the caseload's seed) with 100 offences, each drawn as the caseload draws
/// them: the target is linear cost, at most 40 µs per offence
/// (divide by 100).
fn generated_offences(c: &mut Criterion) {
    const SEED: u64 = 20_001_115;
    const OFFENCES: usize = 100;
    let data = RefData::embedded();
    let case = (0..)
        .map(|i| {
            let text = palermo_fuzz::caseload::case_with_offences(SEED, i, OFFENCES);
            read_case("gen.toml", &text, Syntax::Toml, &data)
                .expect("generated cases read")
                .case
        })
        .find(|case| case.request.kind == Some(RequestKind::Extradition))
        .expect("the caseload has extraditions");
    assert_eq!(case.offences.len(), OFFENCES);
    let as_of = case.as_of.expect("dated");
    c.bench_function("engine: generated extradition with 100 offences", |b| {
        b.iter(|| {
            black_box(
                assess(black_box(&case), &data, as_of, Options::default())
                    .expect("ok")
                    .findings
                    .len(),
            )
        })
    });
}

fn in_process(c: &mut Criterion) {
    let text = example("ivory-kenya-italy.toml");
    c.bench_function("in-process: load embedded data + read case + assess", |b| {
        b.iter(|| {
            let data = RefData::embedded();
            let case = read_case("ivory.toml", black_box(&text), Syntax::Toml, &data)
                .expect("readable")
                .case;
            black_box(
                assess(&case, &data, case.as_of.expect("dated"), Options::default())
                    .expect("ok")
                    .findings
                    .len(),
            )
        })
    });
}

fn whole_process(c: &mut Criterion) {
    let exe = env!("CARGO_BIN_EXE_palermo");
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ivory-kenya-italy.toml");
    let mut group = c.benchmark_group("process");
    group.sample_size(30);
    group.bench_function("palermo assess ivory --format json (whole process)", |b| {
        b.iter(|| {
            let out = Command::new(exe)
                .arg("assess")
                .arg(&case)
                .args(["--format", "json"])
                .output()
                .expect("runs");
            assert!(out.status.success());
            black_box(out.stdout.len())
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    engine,
    generated_offences,
    in_process,
    whole_process
);
criterion_main!(benches);
