//! The draft as a standalone HTML page, printable as it is: `lang` and `dir`
//! set, the user's words isolated with `<bdi>` so a Latin name inside Arabic
//! (or Arabic inside English) keeps its order, gaps highlighted.

use crate::document::{Block, Document, Span};
use palermo_render::html::esc;

const STYLE: &str = "body{font-family:'Noto Sans','DejaVu Sans','Noto Naskh Arabic','Noto Sans CJK SC',sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#111}\
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}h3{font-size:1em}\
.fields{margin:0 0 1.5em}.fields div{margin:.1em 0}.fields b{display:inline-block;min-width:10em}\
mark.gap{background:#fff3b0;color:#8a0000;font-weight:bold;padding:0 .2em;border:1px solid #c00}\
@media print{body{margin:0;max-width:none}mark.gap{border:2px solid #c00}}";

fn spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        match s {
            Span::Text(t) => esc(out, t),
            Span::Strong(t) => {
                out.push_str("<strong>");
                esc(out, t);
                out.push_str("</strong>");
            }
            Span::User(t) => {
                out.push_str("<bdi>");
                esc(out, t);
                out.push_str("</bdi>");
            }
            Span::Gap(t) => {
                out.push_str("<mark class=\"gap\">");
                esc(out, t);
                out.push_str("</mark>");
            }
        }
    }
}

/// Writes the document as a complete HTML page.
pub fn write_html(doc: &Document) -> String {
    let mut out = String::with_capacity(16384);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(doc.lang.code());
    out.push_str("\" dir=\"");
    out.push_str(doc.lang.dir());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    esc(&mut out, &doc.title);
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<h1>");
    esc(&mut out, &doc.title);
    out.push_str("</h1>\n");
    let mut open: Option<&str> = None;
    for b in &doc.blocks {
        let want = match b {
            Block::Item(_) => Some("ul"),
            Block::Field { .. } => Some("div class=\"fields\""),
            _ => None,
        };
        if open != want {
            if let Some(tag) = open {
                out.push_str(if tag == "ul" { "</ul>\n" } else { "</div>\n" });
            }
            if let Some(tag) = want {
                out.push('<');
                out.push_str(tag);
                out.push_str(">\n");
            }
            open = want;
        }
        match b {
            Block::Heading { level, text } => {
                let tag = if *level <= 1 { "h2" } else { "h3" };
                out.push('<');
                out.push_str(tag);
                out.push('>');
                esc(&mut out, text);
                out.push_str("</");
                out.push_str(tag);
                out.push_str(">\n");
            }
            Block::Para(s) => {
                out.push_str("<p>");
                spans(&mut out, s);
                out.push_str("</p>\n");
            }
            Block::Item(s) => {
                out.push_str("<li>");
                spans(&mut out, s);
                out.push_str("</li>\n");
            }
            Block::Field { label, value } => {
                out.push_str("<div><b>");
                esc(&mut out, label);
                out.push_str(":</b> ");
                spans(&mut out, value);
                out.push_str("</div>\n");
            }
        }
    }
    if let Some(tag) = open {
        out.push_str(if tag == "ul" { "</ul>\n" } else { "</div>\n" });
    }
    out.push_str("</body>\n</html>\n");
    out
}
