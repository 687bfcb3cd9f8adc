//! The text of the PDFs comes back out: `pdftotext -layout` (poppler-utils)
//! on the French, Arabic and Chinese drafts finds their words, and the
//! Latin name inside the Arabic paragraph in its place. Skipped with a
//! notice when pdftotext or the fonts are missing, unless
//! `PALERMO_REQUIRE_FONTS` is set (as in CI, which installs poppler-utils).
//!
//! What pdftotext gives for Arabic (poppler 22.12): the words in logical
//! order, wrapped in bidi embedding controls (U+202A..U+202E), with a space
//! where a vowel mark was ("يُدَّعى" comes back as "ي د عى"), and the
//! spaces and punctuation next to a change of direction sometimes moved
//! ("Rossiقد", ") art. 18(15"). So the Arabic checks remove the controls
//! and the marks, and look for each word and for the order of words, not
//! for whole sentences (but for the title, which is Arabic alone).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{fonts, REQUIRE};
use palermo_draft::{write_pdf, Block, Document, Script, Span};
use palermo_i18n::Lang;

/// Whether pdftotext runs here; `false` (after a notice) when it does not
/// and `PALERMO_REQUIRE_FONTS` is not set.
fn have_pdftotext() -> bool {
    match Command::new("pdftotext").arg("-v").output() {
        Ok(_) => true,
        Err(e) if std::env::var_os(REQUIRE).is_some() => {
            panic!("{REQUIRE} is set and pdftotext cannot run ({e}): apt-get install poppler-utils")
        }
        Err(e) => {
            eprintln!("skipped: pdftotext cannot run ({e}); apt-get install poppler-utils");
            false
        }
    }
}

/// The text `pdftotext -layout` finds in `doc`'s PDF.
fn extract(name: &str, doc: &Document) -> Option<String> {
    let fonts = fonts()?;
    if !have_pdftotext() {
        return None;
    }
    let pdf = match write_pdf(doc, fonts) {
        Ok(pdf) => pdf,
        Err(e) => panic!("{name}: {e}"),
    };
    let dir = std::env::temp_dir().join(format!("palermo-pdftotext-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{}: {e}", dir.display());
    }
    let path: PathBuf = dir.join(format!("{name}.pdf"));
    if let Err(e) = std::fs::write(&path, &pdf) {
        panic!("{}: {e}", path.display());
    }
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output();
    std::fs::remove_file(&path).ok();
    let out = match out {
        Ok(out) if out.status.success() => out,
        Ok(out) => panic!(
            "pdftotext failed on {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => panic!("pdftotext: {e}"),
    };
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Whitespace runs (line ends included) as one space.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Without bidi controls, Arabic vowel marks and whitespace runs.
fn arabic_normal(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|&c| {
            !matches!(u32::from(c), 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0x064B..=0x065F | 0x0670)
        })
        .collect();
    squeeze(&kept)
}

fn has_arabic(s: &str) -> bool {
    s.chars().any(|c| matches!(u32::from(c), 0x0600..=0x06FF))
}

/// The Arabic words of `text`, without vowel marks or punctuation.
fn arabic_words(text: &str) -> Vec<String> {
    arabic_normal(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| has_arabic(w))
        .map(str::to_string)
        .collect()
}

/// Asserts that `words` come in this order in `text`.
fn in_order(text: &str, words: &[&str]) {
    let mut from = 0;
    for w in words {
        match text[from..].find(w) {
            Some(at) => from += at + w.len(),
            None => panic!("{w:?} not found after byte {from} in:\n{text}"),
        }
    }
}

#[test]
fn french_text_comes_back() {
    let Some(text) = extract("fr", &common::french()) else {
        return;
    };
    let text = squeeze(&text);
    for phrase in [
        "Demande d'entraide judiciaire",
        "1. Autorité chargée de l'enquête",
        "Le parquet de Palerme, agissant en vertu de l'article 18, paragraphe 13, de la Convention",
        "Le suspect, Mario Rossi, aurait blanchi",
        "commises entre [dates des infractions] à Palerme",
        "• Audition de [nom du témoin] par vidéoconférence (art. 18, par. 18).",
        "PM-2024/118",
    ] {
        assert!(text.contains(phrase), "{phrase:?} not in:\n{text}");
    }
}

#[test]
fn chinese_text_comes_back() {
    let Some(text) = extract("zh", &common::chinese()) else {
        return;
    };
    // Lines break between ideographs: compare without any whitespace.
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for phrase in [
        "司法协助请求",
        "请求国：意大利",
        "根据《联合国打击跨国有组织犯罪公约》第十八条第十五款，巴勒莫检察院请求提供下述协助。",
        "犯罪嫌疑人MarioRossi涉嫌于2021年至2023年间",
        "犯罪日期为[犯罪日期]。",
        "•通过视频会议听取[证人姓名]的证词。",
    ] {
        assert!(text.contains(phrase), "{phrase:?} not in:\n{text}");
    }
}

#[test]
fn arabic_words_come_back_in_logical_order() {
    let doc = common::arabic();
    let Some(raw) = extract("ar", &doc) else {
        return;
    };
    let text = arabic_normal(&raw);
    // The title, a line of Arabic alone, comes back whole.
    assert!(text.contains("طلب المساعدة القانونية المتبادلة"), "{text}");
    // Every Arabic word of the draft. pdftotext puts a space where a
    // vowel mark was ("يُدَّعى" comes back as "ي د عى"), so the words are
    // looked for in the text without spaces.
    let solid: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for word in arabic_words(&doc.plain_text()) {
        assert!(solid.contains(&word), "{word:?} not in:\n{text}");
    }
    // The Latin name and the article stay where they are in the sentence.
    in_order(&text, &["المشتبه", "فيه", "Mario Rossi", "قد", "غسل"]);
    in_order(&text, &["عملا", "بالمادة", "art. 18(15", "من", "الاتفاقية"]);
    in_order(&text, &["بين", "عامي", "2021"]);
    in_order(&text, &["PM-2024/118", "١", "السلطة"]);
}

#[test]
fn page_numbers_come_back() {
    let doc = common::long(common::french(), 200);
    let Some(text) = extract("fr-long", &doc) else {
        return;
    };
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    let numbers: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains('/') && l.chars().all(|c| c.is_ascii_digit() || c == '/'))
        .collect();
    assert!(numbers.len() > 1, "no page numbers in:\n{text}");
    let total = numbers.len();
    for (i, n) in numbers.iter().enumerate() {
        assert_eq!(**n, format!("{}/{total}", i + 1));
    }
}

#[test]
fn hebrew_in_an_english_draft_comes_back() {
    let Some(fonts) = fonts() else { return };
    if !fonts
        .faces()
        .iter()
        .any(|f| f.scripts.contains(&Script::Other))
    {
        eprintln!("skipped: no fallback font for Hebrew");
        return;
    }
    let doc = Document {
        lang: Lang::En,
        title: "Witness".into(),
        blocks: vec![Block::Para(vec![
            Span::Text("The witness ".into()),
            Span::User("דוד כהן".into()),
            Span::Text(" lives in Haifa (".into()),
            Span::User("חיפה".into()),
            Span::Text(") since 2019.".into()),
        ])],
    };
    let Some(raw) = extract("he", &doc) else {
        return;
    };
    let text = arabic_normal(&raw);
    in_order(&text, &["The witness", "lives in Haifa", "since 2019."]);
    for word in ["דוד", "כהן", "חיפה"] {
        assert!(text.contains(word), "{word:?} not in:\n{text}");
    }
}
