//! The translations, on every example: every message an assessment uses is
//! in every catalogue, none is empty, and no English is left
//! in a rendering in another language (the case's own words and the data's
//! summaries aside, which stay as written).

use std::path::{Path, PathBuf};

use palermo_i18n::{Catalogue, Lang, Msg, Render};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every message an assessment of the example shows.
fn messages(example: &str) -> Vec<Msg> {
    let path = root().join("examples").join(example);
    let text = std::fs::read_to_string(&path).unwrap();
    let syntax = if example.ends_with(".json") {
        palermo_case::Syntax::Json
    } else {
        palermo_case::Syntax::Toml
    };
    let data = palermo_refdata::RefData::embedded();
    let file = palermo_case::read_case(example, &text, syntax, &data).unwrap();
    let as_of = file.case.as_of.unwrap_or(jiff::civil::date(2024, 5, 1));
    let a =
        palermo_rules::assess(&file.case, &data, as_of, palermo_rules::Options::default()).unwrap();
    let answer = palermo_rules::answer::answer(&a, &file.case);
    let mut out: Vec<Msg> = a.findings.iter().map(|f| f.message.clone()).collect();
    out.push(answer.headline.clone());
    for s in answer
        .route
        .iter()
        .chain(&answer.risks)
        .chain(&answer.checklist)
        .chain(&answer.treaty_points)
    {
        out.push(s.msg.clone());
    }
    out.extend(answer.caveats.iter().map(|c| c.msg.clone()));
    out
}

/// Words that are English and never words of the other five languages.
const ENGLISH: [&str; 12] = [
    "the", "of", "and", "is", "shall", "which", "under", "with", "State", "offence", "whether",
    "not",
];

#[test]
fn every_message_of_every_example_is_translated() {
    let mut problems = Vec::new();
    for example in super::snapshots::examples() {
        for m in messages(&example) {
            if m.is_empty() {
                problems.push(format!("{example}: a finding without a message"));
                continue;
            }
            for lang in Lang::ALL {
                let cat = Catalogue::get(lang);
                for id in m.ids() {
                    if !cat.has(id) {
                        problems.push(format!("{example}: `{id}` is not in the {lang} catalogue"));
                    }
                }
                if lang == Lang::En {
                    continue;
                }
                let text = Render::new(lang).msg(&m.masked("·"));
                for word in text.split(|c: char| !c.is_alphanumeric()) {
                    if ENGLISH.contains(&word) {
                        problems.push(format!(
                            "{example}: {lang} `{}` reads `{word}`: {text}",
                            m.id
                        ));
                        break;
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
