//! The fuzz corpus replayed on stable: every file under `fuzz/corpus/<target>/`
//! goes through the same harness as the fuzz target of that name, so the seeds
//! and every crash found and fixed stay checked by `cargo test`.

use std::path::Path;

#[test]
fn every_corpus_file_runs_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut failures = Vec::new();
    for (target, harness) in palermo_fuzz::TARGETS {
        let dir = root.join(target);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(files.len() >= 3, "{target}: only {} seeds", files.len());
        for file in files {
            let input = std::fs::read(&file).unwrap();
            let run = std::panic::catch_unwind(|| harness(&input));
            if run.is_err() {
                failures.push(format!("{target}: {}", file.display()));
            }
        }
    }
    assert!(failures.is_empty(), "panicked on:\n{}", failures.join("\n"));
}

/// Every target in `fuzz/fuzz_targets/` is one of the harnesses, and the
/// other way round.
#[test]
fn every_fuzz_target_has_a_harness() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/fuzz_targets");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            p.file_stem().unwrap().to_string_lossy().into_owned()
        })
        .collect();
    on_disk.sort();
    let mut names: Vec<String> = palermo_fuzz::TARGETS
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    names.sort();
    assert_eq!(on_disk, names);
}
