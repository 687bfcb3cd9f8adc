//! A drafted request as a format-free document: headings, paragraphs and
//! list items made of spans. Every writer (Markdown, HTML, DOCX, PDF) reads
//! this one model, so the four formats always say the same thing.

use palermo_i18n::Lang;

/// A drafted request, ready for a writer.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The language of the fixed parts (the user's facts stay as written).
    pub lang: Lang,
    /// The document's title (also the first heading).
    pub title: String,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
}

/// One block of the body.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A section heading; level 1 is a section, level 2 a subsection.
    Heading {
        /// 1 or 2.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A paragraph.
    Para(Vec<Span>),
    /// One item of a bulleted list (consecutive items form one list).
    Item(Vec<Span>),
    /// A label and its value, one per line (addressee, reference, date).
    Field {
        /// The label ("Reference").
        label: String,
        /// The value.
        value: Vec<Span>,
    },
}

/// A run of text in a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Span {
    /// Fixed wording in the document's language.
    Text(String),
    /// Fixed wording, emphasised (a citation, a defined term).
    Strong(String),
    /// Words the user wrote, kept exactly as written (any script).
    User(String),
    /// An element the completeness check found missing, with what to
    /// supply: writers mark it visibly (highlighted, bracketed).
    Gap(String),
}

impl Span {
    /// The span's text.
    pub fn text(&self) -> &str {
        match self {
            Span::Text(s) | Span::Strong(s) | Span::User(s) | Span::Gap(s) => s,
        }
    }
}

impl Document {
    /// Whether the fixed parts are written right to left (Arabic).
    pub fn rtl(&self) -> bool {
        self.lang.dir() == "rtl"
    }

    /// The whole text, one block per line (headings, fields and items
    /// included): what a test compares after a round trip through a
    /// converter, and what `pdftotext` should find.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.title);
        out.push('\n');
        for b in &self.blocks {
            match b {
                Block::Heading { text, .. } => out.push_str(text),
                Block::Para(spans) | Block::Item(spans) => {
                    spans.iter().for_each(|s| out.push_str(s.text()))
                }
                Block::Field { label, value } => {
                    out.push_str(label);
                    out.push_str(": ");
                    value.iter().for_each(|s| out.push_str(s.text()));
                }
            }
            out.push('\n');
        }
        out
    }
}
