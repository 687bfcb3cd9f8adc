//! The PDF writer with the machine's fonts (found by palermo-fonts): a PDF
//! per language, page breaks, determinism, subset fonts, and the error for
//! a character no font has. Skipped with a notice when the fonts are
//! missing, unless `PALERMO_REQUIRE_FONTS` is set (as in CI).
//!
//! `PALERMO_PDF_KEEP=DIR` keeps the PDFs in DIR, to look at them.

mod common;

use std::sync::Arc;

use common::{all, fonts, long, page_count};
use palermo_draft::{
    write_pdf, Block, Document, FontFace, FontSet, PdfError, Script, Span, Weight,
};
use palermo_i18n::Lang;

fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("PALERMO_PDF_KEEP") {
        let path = std::path::Path::new(&dir).join(format!("{name}.pdf"));
        if let Err(e) = std::fs::write(&path, pdf) {
            panic!("cannot keep {}: {e}", path.display());
        }
    }
}

fn pdf(doc: &Document, fonts: &FontSet) -> Vec<u8> {
    match write_pdf(doc, fonts) {
        Ok(pdf) => pdf,
        Err(e) => panic!("{}: {e}", doc.title),
    }
}

#[test]
fn every_language_gives_a_one_page_pdf_with_its_metadata() {
    let Some(fonts) = fonts() else { return };
    for (name, doc) in all() {
        let bytes = pdf(&doc, fonts);
        keep(name, &bytes);
        assert!(bytes.starts_with(b"%PDF-"), "{name}: not a PDF");
        assert_eq!(page_count(&bytes), 1, "{name}: a short draft fits one page");
        let raw = String::from_utf8_lossy(&bytes);
        let code = doc.lang.code();
        assert!(
            raw.contains(&format!("/Lang({code})")),
            "{name}: no language in the catalogue"
        );
        assert!(
            raw.contains(&format!("<dc:language><rdf:Bag><rdf:li>{code}</rdf:li>")),
            "{name}: no language in the XMP metadata"
        );
    }
}

#[test]
fn the_same_draft_gives_the_same_bytes() {
    let Some(fonts) = fonts() else { return };
    for (name, doc) in all() {
        assert!(
            pdf(&doc, fonts) == pdf(&doc, fonts),
            "{name}: two runs differ"
        );
    }
}

#[test]
fn long_drafts_break_into_pages() {
    let Some(fonts) = fonts() else { return };
    for (name, doc) in all() {
        let short = page_count(&pdf(&doc, fonts));
        let doc = long(doc, 200);
        assert!(doc.blocks.len() >= 200);
        let bytes = pdf(&doc, fonts);
        keep(&format!("{name}-long"), &bytes);
        let pages = page_count(&bytes);
        assert!(
            pages > short && pages >= 4,
            "{name}: {pages} pages for {} blocks",
            doc.blocks.len()
        );
    }
}

#[test]
fn fonts_are_embedded_as_subsets() {
    let Some(fonts) = fonts() else { return };
    let cjk = fonts
        .faces()
        .iter()
        .filter(|f| f.scripts.contains(&Script::Chinese))
        .map(|f| f.data.len())
        .max()
        .unwrap_or(0);
    for (name, doc) in all() {
        let bytes = pdf(&long(doc, 200), fonts);
        assert!(bytes.len() < 1_000_000, "{name}: {} bytes", bytes.len());
        if cjk > 0 {
            assert!(
                bytes.len() * 10 < cjk,
                "{name}: {} bytes against a {cjk}-byte CJK font",
                bytes.len()
            );
        }
        assert!(
            String::from_utf8_lossy(&bytes).contains("/FontFile"),
            "{name}: no embedded font"
        );
    }
}

#[test]
fn a_character_no_font_has_is_an_error_naming_it() {
    let Some(fonts) = fonts() else { return };
    // Only the Latin faces: Chinese text cannot be drawn.
    let mut latin = FontSet::new();
    for face in fonts
        .faces()
        .iter()
        .filter(|f| f.scripts == [Script::Latin])
    {
        latin.push(face.clone());
    }
    assert!(
        !latin.is_empty(),
        "no Latin-only face in {}",
        fonts.describe()
    );
    let doc = common::chinese();
    let err = match write_pdf(&doc, &latin) {
        Ok(_) => panic!("a Chinese draft was written with Latin fonts"),
        Err(e) => e,
    };
    let PdfError::NoGlyph { ch, ref tried, .. } = err else {
        panic!("unexpected error: {err}");
    };
    assert_eq!(ch, '司', "the first character of the title");
    assert_eq!(tried.len(), latin.faces().len());
    let msg = err.to_string();
    assert!(msg.contains("'司' (U+53F8"), "{msg}");
    assert!(msg.contains(&latin.faces()[0].family), "{msg}");
}

#[test]
fn strong_text_without_a_bold_face_uses_the_regular_one() {
    let Some(fonts) = fonts() else { return };
    let mut regular = FontSet::new();
    for face in fonts.faces().iter().filter(|f| f.weight == Weight::Regular) {
        regular.push(face.clone());
    }
    for (name, doc) in all() {
        let bytes = pdf(&doc, &regular);
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
    }
}

#[test]
fn a_word_longer_than_the_line_is_broken() {
    let Some(fonts) = fonts() else { return };
    let doc = Document {
        lang: Lang::En,
        title: "Long".into(),
        blocks: vec![Block::Para(vec![Span::User(
            "IT60X0542811101000000123456".repeat(30),
        )])],
    };
    assert_eq!(page_count(&pdf(&doc, fonts)), 1);
}

#[test]
fn empty_and_odd_text_is_written() {
    let Some(fonts) = fonts() else { return };
    let doc = Document {
        lang: Lang::Fr,
        title: String::new(),
        blocks: vec![
            Block::Para(Vec::new()),
            Block::Para(vec![Span::User("ligne 1\n\nligne 3\r\n\ttab\u{7}".into())]),
            Block::Para(vec![Span::User(
                "Référence\u{202F}: n°\u{00A0}12 \u{200F}\u{200D}".into(),
            )]),
            Block::Item(Vec::new()),
            Block::Field {
                label: String::new(),
                value: Vec::new(),
            },
            Block::Heading {
                level: 7,
                text: "niveau 7".into(),
            },
        ],
    };
    assert!(pdf(&doc, fonts).starts_with(b"%PDF-"));
}

#[test]
fn bad_font_bytes_are_an_error() {
    let set = FontSet::new().with(FontFace::new(
        "Broken",
        Arc::new(vec![0; 64]),
        0,
        Weight::Regular,
        &[Script::Latin],
    ));
    let err = write_pdf(&common::english(), &set).err();
    assert!(matches!(err, Some(PdfError::BadFont { .. })), "{err:?}");
}
