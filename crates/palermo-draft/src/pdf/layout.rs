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
use crate::{Block, Document};

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
    let mut pager = Pager::new(doc.rtl());
    let bullet = if fonts.any_covers('•') { "•" } else { "-" };

    let title = StyledText::plain(
        &doc.title,
        Style {
            bold: true,
            gap: false,
        },
    );
    let mut blocks: Vec<(BlockStyle, StyledText, bool)> = vec![(TITLE, title, false)];
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
        blocks.push((style, block_text(block, style.bold, doc.lang), item));
    }

    for (style, text, item) in &blocks {
        let indent = if *item { ITEM_INDENT } else { 0.0 };
        let para = ParaStyle {
            size: style.size,
            width: pager.text_width() - indent,
            rtl: pager.rtl,
            lang: lang.as_ref(),
        };
        let lines = lay_out_paragraph(fonts, text, &para)?;
        let marker = if *item {
            let bullet = StyledText::plain(bullet, Style::default());
            lay_out_paragraph(fonts, &bullet, &para)?.into_iter().next()
        } else {
            None
        };
        pager.place(style, &lines, indent, marker)?;
    }
    pager.number_pages(fonts, lang.as_ref())
}

/// A block's text: a field is its label (bold), a colon as `lang` writes
/// it, and its value, on one line.
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
    rtl: bool,
    pages: Pages,
    /// The top of the next line on the current page.
    y: f32,
    /// Whether the next block follows one that is kept with it (no page
    /// break may come between them, unless the page is full).
    pending_keep: bool,
}

impl Pager {
    fn new(rtl: bool) -> Self {
        Pager {
            rtl,
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
    ) -> Result<(), PdfError> {
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
                    self.draw_line(marker, BULLET_INDENT, baseline, style.size, BLACK);
                }
            }
            self.draw_line(line, indent, baseline, style.size, BLACK);
            self.y += line_height;
        }
        self.y += style.after;
        Ok(())
    }

    /// Draws `line` at `indent` from the start edge.
    fn draw_line(&mut self, line: &Line, indent: f32, baseline: f32, size: f32, color: Rgb) {
        let left = if self.rtl {
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
