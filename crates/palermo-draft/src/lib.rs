//! Requests drafted from an assessment: the content of an MLA, extradition
//! or confiscation request, the completeness check the Convention's own
//! provisions give (arts. 18(15)-(16), 16, 13(3)), and the writers that put
//! the draft into Markdown, HTML, DOCX and PDF.
//!
//! Pure: the caller reads the case, the data and the fonts, and writes the
//! bytes this crate returns.

#![deny(missing_docs)]

mod document;
mod pdf;

pub use document::{Block, Document, Span};
pub use pdf::{write_pdf, FontFace, FontSet, PdfError, Script, Weight};
