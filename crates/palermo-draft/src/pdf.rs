//! The PDF writer: a drafted request laid out on A4 pages, with the fonts
//! the caller found (Latin, Cyrillic, Greek, Arabic, Chinese), embedded as
//! subsets so the file opens and prints the same everywhere.
//!
//! The steps, one module each:
//! - [`text`]: a block's spans become one string with a style per byte;
//! - [`fonts`]: the caller's faces, and the face each character is drawn in
//!   (fallback per character);
//! - [`shape`]: a run of one face, one style and one direction shaped into
//!   glyphs (rustybuzz), which also gives its width;
//! - [`lines`]: break opportunities (unicode-linebreak), greedy filling of
//!   the text width, and each line reordered for display (unicode-bidi);
//! - [`layout`]: blocks, spacing, bullets, page breaks and page numbers;
//! - [`draw`]: the laid-out pages written with krilla.
//!
//! Pure: no file or system access; the same input gives the same bytes.

mod draw;
mod error;
mod fonts;
mod layout;
mod lines;
mod shape;
#[cfg(test)]
mod test_fonts;
mod text;

pub use error::PdfError;
pub use fonts::{FontFace, FontSet, Script, Weight};

use crate::Document;

/// Writes `doc` as a PDF (A4, pages numbered "n / N"), with the faces of
/// `fonts`: each character is drawn in the first face that has it (Arabic
/// ones preferring the faces meant for Arabic, Chinese ones those meant for
/// Chinese), and only the glyphs used are embedded.
///
/// Right-to-left documents (Arabic) are right-aligned, with the bullets on
/// the right; every paragraph goes through the Unicode bidirectional
/// algorithm, so a Latin name or an article number inside Arabic (or Arabic
/// inside an English document) reads in the right order.
///
/// Fails when a character is in none of the faces (the error names it and
/// the faces tried), when a face cannot be read, or when the set is empty.
pub fn write_pdf(doc: &Document, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    let loaded = fonts::Loaded::new(fonts)?;
    let pages = layout::lay_out(doc, &loaded)?;
    draw::render(doc, &loaded, &pages)
}
