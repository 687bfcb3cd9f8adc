//! Benchmarks for issue 5: the batch path against the explained engine per
//! cell, building the per-State tables, and whole `palermo matrix` processes
//! (the full coverage matrix with one and two threads, and `--vary`).

use std::path::Path;
use std::process::Command;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use palermo_cite::Instrument;
use palermo_rules::batch::{scenario_case, Tables};
use palermo_rules::facts::RequestKind;
use palermo_rules::{assess, Options, RefData, StateCode};

fn participants(data: &RefData) -> Vec<StateCode> {
    let mut v: Vec<StateCode> = data
        .participations()
        .iter()
        .filter(|p| p.instrument == Instrument::Untoc)
        .map(|p| p.state)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn per_cell(c: &mut Criterion) {
    let data = RefData::embedded();
    let as_of = jiff::civil::date(2026, 6, 1);
    let states = participants(&data);
    let crimes: Vec<String> = data.crimes().iter().map(|c| c.id.clone()).collect();
    c.bench_function(
        "batch: build per-State tables (all participants, all crime types)",
        |b| b.iter(|| black_box(Tables::build(&data, as_of, &states, &crimes).states().len())),
    );
    let tables = Tables::build(&data, as_of, &states, &crimes);
    let n = states.len();
    c.bench_function(
        "batch: one full block, every ordered pair (extradition, wildlife)",
        |b| {
            b.iter(|| {
                let mut yes = 0;
                for a in 0..n {
                    for x in (0..n).filter(|&x| x != a) {
                        yes += usize::from(
                            tables
                                .cell(RequestKind::Extradition, "wildlife_trafficking", a, x)
                                .outcome
                                == palermo_rules::Outcome::Yes,
                        );
                    }
                }
                black_box(yes)
            })
        },
    );
    let pairs: Vec<(StateCode, StateCode)> = (0..50)
        .map(|i| (states[(i * 7) % n], states[(i * 13 + 1) % n]))
        .filter(|(a, b)| a != b)
        .collect();
    c.bench_function(
        "explained: assess per cell (50 cells, standard scenario)",
        |b| {
            b.iter(|| {
                for (a, x) in &pairs {
                    let case = scenario_case(
                        RequestKind::Extradition,
                        "wildlife_trafficking",
                        *a,
                        *x,
                        as_of,
                    );
                    black_box(
                        assess(&case, &data, as_of, Options::default())
                            .expect("ok")
                            .answer()
                            .outcome,
                    );
                }
            })
        },
    );
}

fn processes(c: &mut Criterion) {
    let exe = env!("CARGO_BIN_EXE_palermo");
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ivory-kenya-italy.toml");
    let mut g = c.benchmark_group("process");
    g.sample_size(10);
    for threads in ["1", "2"] {
        g.bench_function(
            format!(
                "palermo matrix --crime all --kind extradition --kind mutual_legal_assistance (csv to /dev/null), {threads} thread(s)"
            ),
            |b| {
                b.iter(|| {
                    let out = Command::new(exe)
                        .args([
                            "matrix",
                            "--crime",
                            "all",
                            "--kind",
                            "extradition",
                            "--kind",
                            "mutual_legal_assistance",
                            "--as-of",
                            "2026-06-01",
                            "--output",
                            "/dev/null",
                            "--threads",
                            threads,
                        ])
                        .output()
                        .expect("runs");
                    assert!(out.status.success());
                })
            },
        );
    }
    g.bench_function(
        "palermo matrix ivory --vary requested (whole process)",
        |b| {
            b.iter(|| {
                let out = Command::new(exe)
                    .arg("matrix")
                    .arg(&case)
                    .args(["--vary", "requested"])
                    .output()
                    .expect("runs");
                assert!(out.status.success());
                black_box(out.stdout.len())
            })
        },
    );
    g.finish();
}

criterion_group!(benches, per_cell, processes);
criterion_main!(benches);
