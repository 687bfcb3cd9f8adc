//! Tidy checks over the sources: module docs, purity of the pure crates,
//! every interpretation documented, no ignored or should-panic tests.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn all_rust() -> Vec<PathBuf> {
    let mut v = Vec::new();
    rust_files(&root().join("crates"), &mut v);
    assert!(v.len() > 20, "found only {} files", v.len());
    v
}

#[test]
fn every_file_starts_with_a_module_doc() {
    for p in all_rust() {
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} does not start with //!",
            p.display()
        );
    }
}

#[test]
fn pure_crates_do_no_io_and_read_no_clock() {
    let forbidden = [
        "std::fs",
        "File::open",
        "Timestamp::now",
        "Zoned::now",
        "SystemTime",
        "Instant::now",
        "std::env",
        "std::net",
        "std::process",
    ];
    for krate in [
        "palermo-cite",
        "palermo-refdata",
        "palermo-rules",
        "palermo-case",
        "palermo-i18n",
    ] {
        let mut files = Vec::new();
        rust_files(&root().join("crates").join(krate).join("src"), &mut files);
        for p in files {
            let text = std::fs::read_to_string(&p).unwrap();
            for f in forbidden {
                assert!(
                    !text.contains(f),
                    "{} uses `{f}`: the pure crates take their inputs as arguments",
                    p.display()
                );
            }
        }
    }
}

#[test]
fn every_interpretation_is_documented() {
    let method = std::fs::read_to_string(root().join("docs/legal-method.md")).unwrap();
    let mut files = Vec::new();
    rust_files(&root().join("crates/palermo-rules/src"), &mut files);
    let mut anchors = Vec::new();
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("Interpretation(\"") {
            rest = &rest[i + "Interpretation(\"".len()..];
            let end = rest.find('"').unwrap();
            anchors.push(rest[..end].to_string());
        }
    }
    assert!(anchors.len() >= 8, "{anchors:?}");
    for a in anchors {
        assert!(
            method.contains(&format!("<a id=\"{a}\"></a>")),
            "interpretation `{a}` has no entry in docs/legal-method.md"
        );
    }
}

#[test]
fn no_ignored_or_should_panic_tests() {
    for p in all_rust() {
        let text = std::fs::read_to_string(&p).unwrap();
        // Spelled in two parts so this file does not match itself.
        for bad in [concat!("#[", "ignore"), concat!("#[", "should_panic")] {
            assert!(!text.contains(bad), "{} contains {bad}", p.display());
        }
    }
}

#[test]
fn catalogue_ids_are_unique() {
    let mut ids: Vec<&str> = palermo_rules::catalogue::FINDINGS
        .iter()
        .map(|f| f.id)
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn every_cited_paragraph_exists() {
    // The table of paragraphs `palermo explain` checks pinpoints against must
    // admit every provision the engine cites.
    for f in palermo_rules::catalogue::FINDINGS {
        assert!(
            f.citation.check_paragraph().is_ok(),
            "{}: {}",
            f.id,
            f.citation
        );
    }
    for q in palermo_rules::questions::QUESTIONS {
        assert!(
            q.citation.check_paragraph().is_ok(),
            "{}: {}",
            q.id,
            q.citation
        );
    }
}

/// The contract lists every domestic-law question a case can answer: a
/// question added to the engine must be added to docs/case-format.md.
#[test]
fn every_domestic_law_question_is_in_the_contract() {
    let contract = std::fs::read_to_string(root().join("docs/case-format.md")).unwrap();
    for q in palermo_rules::questions::QUESTIONS {
        assert!(
            contract.contains(&format!("`{}`", q.id)),
            "question `{}` is not listed in docs/case-format.md",
            q.id
        );
    }
}
