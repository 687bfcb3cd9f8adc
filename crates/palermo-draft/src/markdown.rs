//! The draft as Markdown: for review in a repository, a ticket or an e-mail.
//! Arabic is wrapped in a `dir="rtl"` block; gaps are bold and bracketed.

use crate::document::{Block, Document, Span};

fn spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        match s {
            Span::Text(t) | Span::User(t) => palermo_render::markdown::esc(out, t),
            Span::Strong(t) => {
                out.push_str("**");
                palermo_render::markdown::esc(out, t.trim_end());
                out.push_str("**");
                if t.ends_with(' ') {
                    out.push(' ');
                }
            }
            Span::Gap(t) => {
                out.push_str("**");
                palermo_render::markdown::esc(out, t);
                out.push_str("**");
            }
        }
    }
}

/// Writes the document as Markdown.
pub fn write_markdown(doc: &Document) -> String {
    let mut out = String::with_capacity(8192);
    if doc.rtl() {
        out.push_str("<div dir=\"rtl\" lang=\"");
        out.push_str(doc.lang.code());
        out.push_str("\">\n\n");
    }
    out.push_str("# ");
    palermo_render::markdown::esc(&mut out, &doc.title);
    out.push_str("\n\n");
    let mut prev_item = false;
    let mut prev_field = false;
    for b in &doc.blocks {
        let is_item = matches!(b, Block::Item(_));
        let is_field = matches!(b, Block::Field { .. });
        if (prev_item && !is_item) || (prev_field && !is_field) {
            out.push('\n');
        }
        match b {
            Block::Heading { level, text } => {
                out.push_str(if *level <= 1 { "## " } else { "### " });
                palermo_render::markdown::esc(&mut out, text);
                out.push_str("\n\n");
            }
            Block::Para(s) => {
                spans(&mut out, s);
                out.push_str("\n\n");
            }
            Block::Item(s) => {
                out.push_str("- ");
                spans(&mut out, s);
                out.push('\n');
            }
            Block::Field { label, value } => {
                out.push_str("**");
                palermo_render::markdown::esc(&mut out, label);
                out.push_str(":** ");
                spans(&mut out, value);
                // A hard line break keeps the fields one per line.
                out.push_str("  \n");
            }
        }
        prev_item = is_item;
        prev_field = is_field;
    }
    if prev_item || prev_field {
        out.push('\n');
    }
    if doc.rtl() {
        out.push_str("</div>\n");
    }
    out
}
