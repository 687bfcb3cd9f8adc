//! The draft as a Word document (Office Open XML, `.docx`): the parts a
//! word processor needs and nothing more (content types, relationships,
//! styles, the document, its core properties). Arabic paragraphs are
//! right to left (`w:bidi`, `w:rtl` on Arabic runs); the fonts named cover
//! Latin, Cyrillic, Arabic and Chinese; gaps are highlighted. The archive is
//! written in memory with fixed timestamps, so the same draft gives the same
//! bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::document::{Block, Document, Span};

/// Why the archive could not be written (in memory, this is not expected;
/// the error is reported rather than hidden).
#[derive(Debug)]
pub struct DocxError(String);

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not write the DOCX archive: {}", self.0)
    }
}

impl std::error::Error for DocxError {}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// The locale tags Word uses for each language.
fn locale(doc: &Document) -> &'static str {
    match doc.lang.code() {
        "ar" => "ar-SA",
        "es" => "es-ES",
        "fr" => "fr-FR",
        "ru" => "ru-RU",
        "zh" => "zh-CN",
        _ => "en-GB",
    }
}

fn styles(doc: &Document) -> String {
    let bidi = if doc.rtl() { "<w:bidi/>" } else { "" };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:eastAsia="Noto Sans CJK SC" w:cs="Noto Naskh Arabic"/><w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="{lang}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>{bidi}<w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:start="360" w:hanging="360"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Field"><w:name w:val="Field"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style></w:styles>"#,
        lang = locale(doc),
    )
}

fn core(doc: &Document) -> String {
    let mut title = String::new();
    xml_escape(&mut title, &doc.title);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title><dc:language>{lang}</dc:language><dc:creator>Palermo</dc:creator></cp:coreProperties>"#,
        lang = locale(doc),
    )
}

/// Escapes text for XML, dropping the control characters XML 1.0 forbids.
fn xml_escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
}

fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

fn run(out: &mut String, text: &str, bold: bool, gap: bool) {
    out.push_str("<w:r><w:rPr>");
    if bold || gap {
        out.push_str("<w:b/><w:bCs/>");
    }
    if gap {
        out.push_str("<w:color w:val=\"8A0000\"/><w:highlight w:val=\"yellow\"/>");
    }
    if text.chars().any(is_rtl_char) {
        out.push_str("<w:rtl/>");
    }
    out.push_str("</w:rPr><w:t xml:space=\"preserve\">");
    xml_escape(out, text);
    out.push_str("</w:t></w:r>");
}

fn spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        match s {
            Span::Text(t) | Span::User(t) => run(out, t, false, false),
            Span::Strong(t) => run(out, t, true, false),
            Span::Gap(t) => run(out, t, false, true),
        }
    }
}

fn paragraph(out: &mut String, style: &str, rtl: bool, body: impl FnOnce(&mut String)) {
    out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
    out.push_str(style);
    out.push_str("\"/>");
    if rtl {
        out.push_str("<w:bidi/>");
    }
    out.push_str("</w:pPr>");
    body(out);
    out.push_str("</w:p>");
}

fn body(doc: &Document) -> String {
    let rtl = doc.rtl();
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    paragraph(&mut out, "Title", rtl, |o| run(o, &doc.title, false, false));
    for b in &doc.blocks {
        match b {
            Block::Heading { level, text } => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                paragraph(&mut out, style, rtl, |o| run(o, text, false, false));
            }
            Block::Para(s) => paragraph(&mut out, "Normal", rtl, |o| spans(o, s)),
            Block::Item(s) => paragraph(&mut out, "ListItem", rtl, |o| {
                run(o, "•\t", false, false);
                spans(o, s);
            }),
            Block::Field { label, value } => paragraph(&mut out, "Field", rtl, |o| {
                run(o, &format!("{label}: "), true, false);
                spans(o, value);
            }),
        }
    }
    // A4, 2 cm margins.
    out.push_str(r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>"#);
    if rtl {
        out.push_str("<w:bidi/>");
    }
    out.push_str("</w:sectPr></w:body></w:document>");
    out
}

/// Writes the document as DOCX bytes.
pub fn write_docx(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // Fixed time: the same draft gives the same bytes.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(DateTime::default());
    let parts: [(&str, String); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("docProps/core.xml", core(doc)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/styles.xml", styles(doc)),
        ("word/document.xml", body(doc)),
    ];
    for (name, text) in parts {
        zip.start_file(name, options)
            .map_err(|e| DocxError(e.to_string()))?;
        zip.write_all(text.as_bytes())
            .map_err(|e| DocxError(e.to_string()))?;
    }
    let cursor = zip.finish().map_err(|e| DocxError(e.to_string()))?;
    Ok(cursor.into_inner())
}
