//! Why a PDF could not be written, said so that the user can act on it.

use std::fmt;

/// Why [`write_pdf`](crate::write_pdf) failed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PdfError {
    /// The font set has no face at all.
    NoFonts,
    /// A face's bytes are not a font this writer can read.
    BadFont {
        /// The face, as the font set names it (family and file).
        font: String,
    },
    /// No face of the set has a glyph for a character of the document.
    NoGlyph {
        /// The character.
        ch: char,
        /// A few words around it, to find it in the draft.
        context: String,
        /// The faces tried, in order.
        tried: Vec<String>,
    },
    /// The PDF library refused the document (a font it could not embed,
    /// a limit of the format).
    Pdf(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::NoFonts => write!(
                f,
                "no fonts to write the PDF with: give at least one font \
                 (Latin), and one for Arabic and Chinese if the draft has them"
            ),
            PdfError::BadFont { font } => {
                write!(
                    f,
                    "the font {font} cannot be read (not a TrueType or OpenType font, or damaged)"
                )
            }
            PdfError::NoGlyph { ch, context, tried } => {
                write!(
                    f,
                    "no font has the character {} (U+{:04X}, in \"{context}\"); fonts tried: {}; \
                     add a font that has it",
                    printable(*ch),
                    u32::from(*ch),
                    if tried.is_empty() {
                        "none".to_string()
                    } else {
                        tried.join(", ")
                    }
                )
            }
            PdfError::Pdf(msg) => write!(f, "the PDF could not be written: {msg}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The character quoted, or only its code point when it would not show
/// (a control or invisible character).
fn printable(ch: char) -> String {
    if ch.is_control() || ch.is_whitespace() {
        "(invisible)".to_string()
    } else {
        format!("'{ch}'")
    }
}
