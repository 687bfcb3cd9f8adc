//! The document on pages: A4 portrait, 20 mm margins, the title, headings,
//! paragraphs, bulleted items with a hanging indent and label–value fields,
//! one after the other with page breaks where a page is full, and the page
//! number ("n / N") at the foot of each page. Right-to-left documents are
//! mirrored: lines right-aligned, bullets on the right.

use palermo_i18n::Lang;
use rustybuzz::Language;

use super::error::PdfError;
use super::fonts::Loaded;
use super::lines::{lay_out_paragraph, Line, ParaStyle, Run};
use super::text::{Style, StyledText};
use crate::{Block, Document, Span};

/// A4 width, in points.
pub(crate) const PAGE_WIDTH: f32 = 595.276;
/// A4 height, in points.
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
/// 20 mm.
const MARGIN: f32 = 56.693;
/// The baseline of the page number: 12 mm above the bottom edge.
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 34.0;
/// Line height, as a multiple of the font size.
const LEADING: f32 = 1.45;
/// The baseline below a line's top, as a multiple of the font size.
const ASCENT: f32 = 1.1;
/// From the left (or, right to left, the right) edge of the text to an
/// item's bullet, and to its text.
const BULLET_INDENT: f32 = 4.0;
const ITEM_INDENT: f32 = 16.0;

/// Colours, as RGB.
pub(crate) type Rgb = (u8, u8, u8);
pub(crate) const BLACK: Rgb = (0, 0, 0);
/// The page number's grey.
pub(crate) const GREY: Rgb = (100, 100, 100);
/// A gap's text.
pub(crate) const GAP_TEXT: Rgb = (150, 0, 0);
/// A gap's highlight.
pub(crate) const GAP_FILL: Rgb = (255, 240, 150);
/// A gap's border.
pub(crate) const GAP_BORDER: Rgb = (200, 0, 0);

/// What is drawn on a page, in page coordinates (points, from the top left).
#[derive(Clone, Debug)]
pub(crate) enum Op {
    /// A shaped run with its left edge at `x` and its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        color: Rgb,
        run: Run,
    },
    /// A highlighted box with a border (a gap).
    Highlight {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

/// The pages, each a list of what is drawn on it.
pub(crate) type Pages = Vec<Vec<Op>>;

/// The look of a kind of block.
#[derive(Clone, Copy)]
struct BlockStyle {
    size: f32,
    bold: bool,
    /// Space above, in points (none at the top of a page).
    before: f32,
    /// Space below, in points.
    after: f32,
    /// Kept on the page of the block that follows.
    keep_with_next: bool,
}

const TITLE: BlockStyle = BlockStyle {
    size: 16.0,
    bold: true,
    before: 0.0,
    after: 10.0,
    keep_with_next: true,
};
const HEADING_1: BlockStyle = BlockStyle {
    size: 12.5,
    bold: true,
    before: 12.0,
    after: 4.0,
    keep_with_next: true,
};
const HEADING_2: BlockStyle = BlockStyle {
    size: 11.0,
    bold: true,
    before: 8.0,
    after: 3.0,
    keep_with_next: true,
};
const BODY: BlockStyle = BlockStyle {
    size: 10.5,
    bold: false,
    before: 0.0,
    after: 6.0,
    keep_with_next: false,
};
const ITEM: BlockStyle = BlockStyle { after: 3.0, ..BODY };
const FIELD: BlockStyle = BlockStyle { after: 2.0, ..BODY };

/// Lays out `doc` on pages, page numbers included.
pub(crate) fn lay_out(doc: &Document, fonts: &Loaded) -> Result<Pages, PdfError> {
    let lang: Option<Language> = doc.lang.code().parse().ok();
    let mut pager = Pager::new();
    let bullet = if fonts.any_covers('•') { "•" } else { "-" };

    let title = StyledText::plain(
        &doc.title,
        Style {
            bold: true,
            gap: false,
        },
    );
    let doc_rtl = doc.rtl();
    let mut blocks: Vec<(BlockStyle, StyledText, bool, bool)> =
        vec![(TITLE, title, false, doc_rtl)];
    for (i, block) in doc.blocks.iter().enumerate() {
        let (mut style, item) = match block {
            Block::Heading { level: 1, .. } => (HEADING_1, false),
            Block::Heading { .. } => (HEADING_2, false),
            Block::Para(_) => (BODY, false),
            Block::Item(_) => (ITEM, true),
            Block::Field { .. } => (FIELD, false),
        };
        // The last item of a list is spaced like a paragraph.
        if item && !matches!(doc.blocks.get(i + 1), Some(Block::Item(_))) {
            style.after = BODY.after;
        }
        blocks.push((
            style,
            block_text(block, style.bold, doc.lang),
            item,
            direction(block, doc_rtl),
        ));
    }

    for (style, text, item, rtl) in &blocks {
        let indent = if *item { ITEM_INDENT } else { 0.0 };
        let para = ParaStyle {
            size: style.size,
            width: pager.text_width() - indent,
            rtl: *rtl,
            lang: lang.as_ref(),
        };
        let lines = lay_out_paragraph(fonts, text, &para)?;
        let marker = if *item {
            let bullet = StyledText::plain(bullet, Style::default());
            lay_out_paragraph(fonts, &bullet, &para)?.into_iter().next()
        } else {
            None
        };
        pager.place(style, &lines, indent, marker, *rtl);
    }
    pager.number_pages(fonts, lang.as_ref())
}

/// A block's text: a field is its label (bold), a colon as `lang` writes
/// it, and its value, on one line.
/// The direction a block runs in: the document's, except for a paragraph
/// made only of the user's words, which runs the way its first strong
/// character does (an English summary of facts inside an Arabic request
/// reads left to right, as `dir="auto"` does in HTML).
fn direction(block: &Block, doc_rtl: bool) -> bool {
    let Block::Para(spans) = block else {
        return doc_rtl;
    };
    if spans.is_empty() || !spans.iter().all(|s| matches!(s, Span::User(_))) {
        return doc_rtl;
    }
    let text: String = spans.iter().map(Span::text).collect();
    match unicode_bidi::get_base_direction(text.as_str()) {
        unicode_bidi::Direction::Rtl => true,
        unicode_bidi::Direction::Ltr => false,
        unicode_bidi::Direction::Mixed => doc_rtl,
    }
}

fn block_text(block: &Block, bold: bool, lang: Lang) -> StyledText {
    let mut t = StyledText::default();
    match block {
        Block::Heading { text, .. } => t.push(text, Style { bold, gap: false }),
        Block::Para(spans) | Block::Item(spans) => t.push_spans(spans, bold),
        Block::Field { label, value } => {
            let colon = match lang {
                Lang::Zh => "\u{FF1A}",
                Lang::Fr => "\u{00A0}: ",
                _ => ": ",
            };
            t.push(
                label,
                Style {
                    bold: true,
                    gap: false,
                },
            );
            t.push(
                colon,
                Style {
                    bold: true,
                    gap: false,
                },
            );
            t.push_spans(value, bold);
        }
    }
    t
}

/// Places lines on pages, top to bottom.
struct Pager {
    pages: Pages,
    /// The top of the next line on the current page.
    y: f32,
    /// Whether the next block follows one that is kept with it (no page
    /// break may come between them, unless the page is full).
    pending_keep: bool,
}

impl Pager {
    fn new() -> Self {
        Pager {
            pages: vec![Vec::new()],
            y: MARGIN,
            pending_keep: false,
        }
    }

    fn text_width(&self) -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        PAGE_HEIGHT - MARGIN
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// The ops of the current page.
    fn page(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Places a block's lines; `indent` from the start edge (left, or right
    /// for right to left); `marker` (a bullet) hangs before the first line.
    fn place(
        &mut self,
        style: &BlockStyle,
        lines: &[Line],
        indent: f32,
        marker: Option<Line>,
        rtl: bool,
    ) {
        let line_height = style.size * LEADING;
        if !self.at_top() {
            self.y += style.before;
        }
        // A heading needs room for itself and two lines of what follows.
        let needed = if style.keep_with_next {
            line_height * lines.len().max(1) as f32 + 2.0 * BODY.size * LEADING
        } else {
            line_height * lines.len().min(2) as f32
        };
        if !self.at_top() && !self.pending_keep && self.y + needed > self.bottom() {
            self.new_page();
        }
        self.pending_keep = style.keep_with_next;
        for (n, line) in lines.iter().enumerate() {
            if !self.at_top() && self.y + line_height > self.bottom() {
                self.new_page();
            }
            let baseline = self.y + style.size * ASCENT;
            if n == 0 {
                if let Some(marker) = &marker {
                    self.draw_line(marker, BULLET_INDENT, baseline, style.size, BLACK, rtl);
                }
            }
            self.draw_line(line, indent, baseline, style.size, BLACK, rtl);
            self.y += line_height;
        }
        self.y += style.after;
    }

    /// Draws `line` at `indent` from the start edge.
    fn draw_line(
        &mut self,
        line: &Line,
        indent: f32,
        baseline: f32,
        size: f32,
        color: Rgb,
        rtl: bool,
    ) {
        let left = if rtl {
            PAGE_WIDTH - MARGIN - indent - line.width
        } else {
            MARGIN + indent
        };
        push_line(self.page(), line, left, baseline, size, color);
    }

    /// Adds "n / N" at the foot of every page, and hands the pages over.
    fn number_pages(mut self, fonts: &Loaded, lang: Option<&Language>) -> Result<Pages, PdfError> {
        let total = self.pages.len();
        let size = 9.0;
        let para = ParaStyle {
            size,
            width: self.text_width(),
            // Digits and a slash: left to right in every language.
            rtl: false,
            lang,
        };
        for (i, page) in self.pages.iter_mut().enumerate() {
            let label = StyledText::plain(&format!("{} / {total}", i + 1), Style::default());
            let line = lay_out_paragraph(fonts, &label, &para)?
                .into_iter()
                .next()
                .unwrap_or_default();
            let left = (PAGE_WIDTH - line.width) / 2.0;
            push_line(page, &line, left, FOOTER_BASELINE, size, GREY);
        }
        Ok(self.pages)
    }
}

/// Draws `line` with its left edge at `left`, its gaps highlighted.
fn push_line(ops: &mut Vec<Op>, line: &Line, left: f32, baseline: f32, size: f32, color: Rgb) {
    for (start, end) in gap_spans(line) {
        let pad = size * 0.12;
        ops.push(Op::Highlight {
            x: left + start - pad,
            y: baseline - size * 0.95,
            width: end - start + 2.0 * pad,
            height: size * 1.25,
        });
    }
    for run in &line.runs {
        let color = if run.style.gap { GAP_TEXT } else { color };
        ops.push(Op::Text {
            x: left + run.x,
            y: baseline,
            size,
            color,
            run: run.clone(),
        });
    }
}

/// The horizontal extents of the gaps on `line` (adjacent gap runs merged),
/// from the line's left edge.
fn gap_spans(line: &Line) -> Vec<(f32, f32)> {
    let mut spans: Vec<(f32, f32)> = Vec::new();
    for run in line.runs.iter().filter(|r| r.style.gap) {
        let (start, end) = (run.x, run.x + run.width);
        match spans.last_mut() {
            Some(last) if (start - last.1).abs() < 0.01 => last.1 = end,
            _ => spans.push((start, end)),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::test_fonts::machine_fonts;
    use crate::Span;

    fn pages(doc: &Document) -> Option<Pages> {
        let set = machine_fonts()?;
        let fonts = match Loaded::new(&set) {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        };
        match lay_out(doc, &fonts) {
            Ok(p) => Some(p),
            Err(e) => panic!("{e}"),
        }
    }

    /// The text ops of a page: left edge, right edge, baseline, text.
    fn texts(page: &[Op]) -> Vec<(f32, f32, f32, String)> {
        page.iter()
            .filter_map(|op| match op {
                Op::Text { x, y, run, .. } => Some((*x, x + run.width, *y, run.text.clone())),
                Op::Highlight { .. } => None,
            })
            .collect()
    }

    fn draft(lang: Lang, para: &str, item: &str, gap: &str, n: usize) -> Document {
        let mut blocks = Vec::new();
        for _ in 0..n {
            blocks.push(Block::Para(vec![
                Span::Text(para.into()),
                Span::Gap(gap.into()),
            ]));
            blocks.push(Block::Item(vec![Span::Text(item.into())]));
        }
        Document {
            lang,
            title: para.into(),
            blocks,
        }
    }

    #[test]
    fn left_to_right_lines_start_at_the_left_margin_and_stay_inside() {
        let doc = draft(
            Lang::Fr,
            "Le parquet de Palerme sollicite l'entraide. ",
            "Relevés bancaires.",
            "[date]",
            80,
        );
        let Some(pages) = pages(&doc) else { return };
        assert!(pages.len() > 1, "80 paragraphs and items on one page");
        for page in &pages {
            let body: Vec<_> = texts(page)
                .into_iter()
                .filter(|t| t.2 < FOOTER_BASELINE)
                .collect();
            for (left, right, y, text) in &body {
                assert!(
                    *left >= MARGIN - 0.01 && *right <= PAGE_WIDTH - MARGIN + 0.01,
                    "{text:?} at {left}..{right}"
                );
                assert!(
                    *y > MARGIN && *y <= PAGE_HEIGHT - MARGIN,
                    "{text:?} at y {y}"
                );
            }
            let bullet = body.iter().find(|t| t.3 == "•").map(|t| t.0);
            let item = body
                .iter()
                .find(|t| t.3.starts_with("Relevés"))
                .map(|t| t.0);
            if let (Some(b), Some(i)) = (bullet, item) {
                assert!(b < i, "the bullet is left of the item");
                assert!((i - MARGIN - ITEM_INDENT).abs() < 0.01);
            }
        }
    }

    #[test]
    fn right_to_left_lines_end_at_the_right_margin_with_bullets_on_the_right() {
        let doc = draft(
            Lang::Ar,
            "تطلب النيابة العامة المساعدة. ",
            "سجلات الحسابات المصرفية.",
            "[التاريخ]",
            80,
        );
        let Some(pages) = pages(&doc) else { return };
        assert!(pages.len() > 1);
        for page in &pages {
            let body: Vec<_> = texts(page)
                .into_iter()
                .filter(|t| t.2 < FOOTER_BASELINE)
                .collect();
            // The rightmost run of each line touches the right margin (or
            // the item indent).
            let mut lines: Vec<(f32, f32)> = Vec::new();
            for (_, right, y, _) in &body {
                match lines.iter_mut().find(|l| (l.0 - y).abs() < 0.01) {
                    Some(l) => l.1 = l.1.max(*right),
                    None => lines.push((*y, *right)),
                }
            }
            for (y, right) in lines {
                let edge = PAGE_WIDTH - MARGIN;
                assert!(
                    (right - edge).abs() < 0.01
                        || (right - (edge - ITEM_INDENT)).abs() < 0.01
                        || (right - (edge - BULLET_INDENT)).abs() < 0.01,
                    "line at {y} ends at {right}"
                );
            }
            let bullet = body.iter().find(|t| t.3 == "•").map(|t| t.0);
            let item = body.iter().find(|t| t.3.contains("سجلات")).map(|t| t.0);
            if let (Some(b), Some(i)) = (bullet, item) {
                assert!(b > i, "the bullet is right of the item");
            }
        }
    }

    #[test]
    fn every_page_is_numbered_n_of_total() {
        let doc = draft(
            Lang::En,
            "The Public Prosecutor requests assistance. ",
            "Bank records.",
            "[date]",
            80,
        );
        let Some(pages) = pages(&doc) else { return };
        let total = pages.len();
        for (i, page) in pages.iter().enumerate() {
            let footer: String = texts(page)
                .into_iter()
                .filter(|t| (t.2 - FOOTER_BASELINE).abs() < 0.01)
                .map(|t| t.3)
                .collect();
            assert_eq!(footer, format!("{} / {total}", i + 1));
        }
    }

    #[test]
    fn gaps_are_highlighted_behind_their_text() {
        let doc = draft(
            Lang::En,
            "Date of the offence: ",
            "Bank records.",
            "[date of the offence]",
            1,
        );
        let Some(pages) = pages(&doc) else { return };
        let page = &pages[0];
        let boxes: Vec<(f32, f32, f32, f32)> = page
            .iter()
            .filter_map(|op| match op {
                Op::Highlight {
                    x,
                    y,
                    width,
                    height,
                } => Some((*x, *y, *width, *height)),
                Op::Text { .. } => None,
            })
            .collect();
        assert_eq!(boxes.len(), 1, "one gap, one box");
        let gap_texts: Vec<_> = page
            .iter()
            .filter_map(|op| match op {
                Op::Text {
                    x, y, run, color, ..
                } if run.style.gap => Some((*x, x + run.width, *y, *color)),
                _ => None,
            })
            .collect();
        assert!(!gap_texts.is_empty());
        let (bx, by, bw, bh) = boxes[0];
        for (left, right, baseline, color) in gap_texts {
            assert_eq!(color, GAP_TEXT);
            assert!(
                bx <= left && right <= bx + bw,
                "the box covers the gap's text"
            );
            assert!(by < baseline && baseline < by + bh);
        }
        // The box is drawn before (under) the text.
        let first_box = page
            .iter()
            .position(|op| matches!(op, Op::Highlight { .. }));
        let first_gap_text = page
            .iter()
            .position(|op| matches!(op, Op::Text { run, .. } if run.style.gap));
        assert!(first_box < first_gap_text);
    }
}
