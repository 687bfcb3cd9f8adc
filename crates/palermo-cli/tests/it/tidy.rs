//! Tidy checks over the sources: module docs, purity of the pure crates,
//! every interpretation documented, no ignored or should-panic tests, no
//! wildcard arm on the request kind.

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

/// Whether `p` (`src/a/b.rs`) is declared `#[cfg(test)] mod b;` in its
/// parent module (`src/a.rs` or `src/a/mod.rs`).
fn is_test_only_module(p: &Path) -> bool {
    let (Some(dir), Some(name)) = (p.parent(), p.file_stem().and_then(|n| n.to_str())) else {
        return false;
    };
    let declared = format!("#[cfg(test)]\nmod {name};");
    [dir.with_extension("rs"), dir.join("mod.rs")]
        .iter()
        .filter_map(|parent| std::fs::read_to_string(parent).ok())
        .any(|text| text.contains(&declared))
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
        "palermo-registry",
        "palermo-render",
        "palermo-draft",
        "palermo-search",
    ] {
        let mut files = Vec::new();
        rust_files(&root().join("crates").join(krate).join("src"), &mut files);
        for p in files {
            // Unit tests may read fixtures (and the environment); the code
            // they test may not. A file that is itself a test-only module
            // (`#[cfg(test)] mod name;` in its parent) is test code.
            if is_test_only_module(&p) {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
            for f in forbidden {
                assert!(
                    !code.contains(f),
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
    let titled = palermo_rules::catalogue::INTERPRETATIONS;
    for a in &anchors {
        assert!(
            method.contains(&format!("<a id=\"{a}\"></a>")),
            "interpretation `{a}` has no entry in docs/legal-method.md"
        );
        assert!(
            titled.iter().any(|(t, _)| t == a),
            "interpretation `{a}` has no title in catalogue::INTERPRETATIONS"
        );
    }
    for (t, id) in titled {
        assert!(
            anchors.iter().any(|a| a == t),
            "catalogue::INTERPRETATIONS lists `{t}`, which no rule rests on"
        );
        assert_eq!(*id, format!("interp-{t}"));
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
    let mut ids: Vec<&str> = palermo_rules::catalogue::all().map(|f| f.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "an id is in the ordered list twice");
}

/// The `pub const` lists (`FINDINGS`, `NOT_ENCODED`) defined in the rule
/// modules, by module name.
fn rule_modules_defining(what: &str) -> Vec<String> {
    let dir = root().join("crates/palermo-rules/src");
    let mut v: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains(&format!("\npub const {what}: "))
        })
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Each finding is defined once, at the top of the module that emits it,
/// and the catalogue assembles every module's list.
#[test]
fn every_finding_is_defined_once_next_to_its_rule() {
    use palermo_rules::catalogue::{description_id, MODULES, NOT_ENCODED_BY_MODULE};
    let src = root().join("crates/palermo-rules/src");
    let sources: Vec<(String, String)> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    let catalogue = &sources.iter().find(|(n, _)| n == "catalogue").unwrap().1;
    assert!(
        !catalogue.contains("\n    FindingSpec {") && !catalogue.contains("FindingSpec { id"),
        "catalogue.rs defines a FindingSpec: define it in the module that emits the finding"
    );
    let mut listed: Vec<String> = MODULES.iter().map(|(m, _)| m.to_string()).collect();
    listed.sort();
    assert_eq!(
        listed,
        rule_modules_defining("FINDINGS"),
        "catalogue::MODULES lists exactly the modules that define FINDINGS"
    );
    let mut listed: Vec<String> = NOT_ENCODED_BY_MODULE
        .iter()
        .map(|(m, _)| m.to_string())
        .collect();
    listed.sort();
    assert_eq!(
        listed,
        rule_modules_defining("NOT_ENCODED"),
        "catalogue::NOT_ENCODED_BY_MODULE lists exactly the modules that define NOT_ENCODED"
    );
    for (module, specs) in MODULES.iter() {
        let text = &sources.iter().find(|(n, _)| n == module).unwrap().1;
        // At the top: before the first function of the module.
        let at = text.find("pub const FINDINGS: ").unwrap();
        let first_fn = text
            .find("\nfn ")
            .into_iter()
            .chain(text.find("\npub fn "))
            .min();
        assert!(
            first_fn.is_none_or(|f| at < f),
            "{module}.rs: FINDINGS is not at the top of the module"
        );
        for spec in specs.iter() {
            let def = format!("id: \"{}\",", spec.id);
            let defined_in: Vec<&str> = sources
                .iter()
                .filter(|(_, t)| t.contains(&def))
                .map(|(n, _)| n.as_str())
                .collect();
            assert_eq!(
                defined_in,
                [*module],
                "`{}` must be defined in exactly one module, {module}.rs",
                spec.id
            );
            assert_eq!(
                spec.description,
                description_id(spec.id),
                "{module}.rs: the description of `{}`",
                spec.id
            );
        }
    }
}

/// Every description, every provision not encoded and every label of
/// `palermo explain` is in every catalogue.
#[test]
fn every_spec_message_exists() {
    use palermo_i18n::{Catalogue, Lang};
    let en = std::fs::read_to_string(root().join("crates/palermo-i18n/locales/en/cli-explain.ftl"))
        .unwrap();
    let labels: Vec<&str> = en
        .lines()
        .filter(|l| l.starts_with("explain-"))
        .filter_map(|l| l.split(" = ").next())
        .collect();
    assert!(labels.len() > 5, "{labels:?}");
    for lang in Lang::ALL {
        let cat = Catalogue::get(lang);
        for s in palermo_rules::catalogue::all() {
            assert!(
                cat.has(s.description),
                "{lang}: `{}` ({})",
                s.description,
                s.id
            );
        }
        for (p, id) in palermo_rules::catalogue::not_encoded() {
            assert!(id.starts_with("not-encoded-"), "{id}");
            assert!(cat.has(id), "{lang}: `{id}` ({p})");
        }
        for id in &labels {
            assert!(cat.has(id), "{lang}: `{id}`");
        }
    }
}

#[test]
fn every_cited_paragraph_exists() {
    // The table of paragraphs `palermo explain` checks pinpoints against must
    // admit every provision the engine cites.
    for f in palermo_rules::catalogue::all() {
        assert!(
            f.citation.check_paragraph().is_ok(),
            "{}: {}",
            f.id,
            f.citation
        );
    }
    for (p, id) in palermo_rules::catalogue::not_encoded() {
        assert!(p.check_paragraph().is_ok(), "{id}: {p}");
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

/// The arms of each `match` block in `text` at the block's own level (not
/// those of a match nested in an arm), with their line numbers: a rough
/// reading by braces, enough for rustfmt's layout.
fn match_blocks(text: &str) -> Vec<Vec<(usize, &str)>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        if t.starts_with("//") || !(t.contains("match ") && t.ends_with('{')) {
            continue;
        }
        // Depth 1 is inside this match's braces.
        let mut depth = 0i32;
        let mut arms = Vec::new();
        for (j, l) in lines.iter().enumerate().skip(i) {
            if j > i && depth == 1 {
                arms.push((j + 1, l.trim_start()));
            }
            depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
            if j > i && depth <= 0 {
                break;
            }
        }
        blocks.push(arms);
    }
    blocks
}

/// No `_ =>` arm in a match over the kinds of request (issue: one shipped a
/// wrong title): each kind is named, so that a new kind is a compile error
/// wherever it must be handled.
#[test]
fn no_wildcard_arm_on_the_request_kind() {
    let mut found = Vec::new();
    for p in all_rust() {
        let text = std::fs::read_to_string(&p).unwrap();
        for arms in match_blocks(&text) {
            let on_kind = arms.iter().any(|(_, a)| {
                let a = a.trim_start_matches(['|', '(', ' ']);
                a.starts_with("RequestKind::") || a.starts_with("Some(RequestKind::")
            });
            if !on_kind {
                continue;
            }
            for (n, a) in &arms {
                if a.starts_with("_ =>") || a.starts_with("_ if ") {
                    found.push(format!("{}:{n}: {a}", p.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "wildcard arms on RequestKind:\n{}",
        found.join("\n")
    );
}

/// The reading [`no_wildcard_arm_on_the_request_kind`] relies on: arms at
/// the block's level, not those of a nested match.
#[test]
fn match_blocks_reads_the_arms_of_each_level() {
    let text = "fn f() {\n    match kind {\n        RequestKind::A => match x {\n            _ => 1,\n        },\n        _ => 2,\n    }\n}\n";
    let blocks = match_blocks(text);
    let outer: Vec<&str> = blocks[0].iter().map(|(_, a)| *a).collect();
    assert!(outer.contains(&"_ => 2,"), "{outer:?}");
    assert!(!outer.contains(&"_ => 1,"), "{outer:?}");
}

/// The fact paths the rules name in their source: `"request.kind"` and the
/// like, `offence_fact("…")` (as `offence.…` and `offences[2].…`),
/// `Fact::state(_, "…")` (as `states.XAA.…`) and `Fact::other_base(_, "…")`
/// (as `other_bases[1].…`).
fn fact_paths_in_rules() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join("crates/palermo-rules/src"), &mut files);
    let mut paths = Vec::new();
    let quoted_after = |text: &str, marker: &str, out: &mut Vec<String>| {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            let Some(open) = rest.find('"') else { break };
            if open > 24 {
                continue;
            }
            let tail = &rest[open + 1..];
            let end = tail.find('"').unwrap_or(0);
            out.push(tail[..end].to_string());
        }
    };
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        for head in ["request.", "group.", "suspicion."] {
            let mut rest = text.as_str();
            let marker = format!("\"{head}");
            while let Some(i) = rest.find(&marker) {
                rest = &rest[i + 1..];
                let end = rest.find('"').unwrap();
                let path = &rest[..end];
                if path
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b"._0123456789".contains(&b))
                {
                    paths.push(path.to_string());
                }
            }
        }
        let mut fields = Vec::new();
        quoted_after(&text, "offence_fact(", &mut fields);
        for f in fields.drain(..) {
            paths.push(format!("offence.{f}"));
            paths.push(format!("offences[2].{f}"));
        }
        quoted_after(&text, "Fact::state(", &mut fields);
        paths.extend(fields.drain(..).map(|f| format!("states.XAA.{f}")));
        quoted_after(&text, "Fact::other_base(", &mut fields);
        paths.extend(fields.drain(..).map(|f| format!("other_bases[1].{f}")));
    }
    paths.sort();
    paths.dedup();
    paths
}

#[test]
fn every_fact_the_rules_can_miss_is_asked_in_words() {
    use palermo_rules::fact_questions::question_for;
    let paths = fact_paths_in_rules();
    assert!(paths.len() >= 40, "{paths:?}");
    // Some fields take a State as their last segment (`max_penalty.KEN`).
    let with_state = [
        "max_penalty",
        "punishable_in",
        "punishable_when_committed",
        "predicate_punishable_in",
        "route_consent",
    ];
    let mut unasked = Vec::new();
    for p in &paths {
        let p = match with_state.iter().any(|f| p.ends_with(f)) {
            true => format!("{p}.XAB"),
            false => p.clone(),
        };
        if question_for(&p, None).id == "fq-unknown" {
            unasked.push(p);
        }
    }
    assert!(
        unasked.is_empty(),
        "no question in fact_questions.rs for {unasked:?}: the memo would show the raw path"
    );
}
