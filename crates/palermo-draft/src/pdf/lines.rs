//! A paragraph broken into lines of a given width, each line reordered for
//! display and shaped into runs.
//!
//! Line breaking is greedy over the Unicode break opportunities (between
//! words; between ideographs in Chinese), measured by shaping each word.
//! Each line then goes through the bidirectional algorithm (with the
//! document's direction as the paragraph level): its visual runs are split
//! where the face or the style changes, and each piece is shaped in its own
//! direction.

use std::ops::Range;

use krilla::text::KrillaGlyph;
use rustybuzz::Language;
use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_segmentation::UnicodeSegmentation;

use super::error::PdfError;
use super::fonts::{Loaded, Weight};
use super::shape::{context_around, shape};
use super::text::{Style, StyledText};

/// One shaped piece of a line, placed.
#[derive(Clone, Debug)]
pub(crate) struct Run {
    /// Its left edge, in points from the line's left edge.
    pub(crate) x: f32,
    /// Its width, in points.
    pub(crate) width: f32,
    /// The face it is drawn in (an index into the loaded faces).
    pub(crate) face: usize,
    /// The glyphs, left to right, in ems.
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// The text the glyphs' ranges refer to.
    pub(crate) text: String,
    pub(crate) style: Style,
}

/// One line: its runs left to right.
#[derive(Clone, Debug, Default)]
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    /// Its width, in points.
    pub(crate) width: f32,
}

/// The settings of a paragraph.
pub(crate) struct ParaStyle<'l> {
    /// The font size, in points.
    pub(crate) size: f32,
    /// The width lines are filled to, in points.
    pub(crate) width: f32,
    /// The paragraph level: right to left for an Arabic document.
    pub(crate) rtl: bool,
    /// The document's language, for the shaper.
    pub(crate) lang: Option<&'l Language>,
}

/// `text` broken into lines of at most `para.width` (a word longer than
/// that is broken between characters), each shaped.
pub(crate) fn lay_out_paragraph(
    fonts: &Loaded,
    text: &StyledText,
    para: &ParaStyle,
) -> Result<Vec<Line>, PdfError> {
    let text = with_known_spaces(fonts, text);
    let p = Prepared::new(fonts, &text, para)?;
    p.break_lines()?.into_iter().map(|r| p.line(r)).collect()
}

/// `text` with the space characters no face has (a narrow no-break space
/// in French, say) replaced by plain spaces.
fn with_known_spaces(fonts: &Loaded, text: &StyledText) -> StyledText {
    let uncovered = |c: char| c.is_whitespace() && c != '\n' && !fonts.any_covers(c);
    if !text.text.chars().any(uncovered) {
        return text.clone();
    }
    let mut out = StyledText::default();
    for (i, c) in text.text.char_indices() {
        let c = if uncovered(c) { ' ' } else { c };
        out.push(c.encode_utf8(&mut [0; 4]), text.style_at(i));
    }
    out
}

/// A paragraph with its faces and bidi levels resolved.
struct Prepared<'a> {
    fonts: &'a Loaded<'a>,
    text: &'a StyledText,
    para: &'a ParaStyle<'a>,
    /// The face of each byte.
    faces: Vec<usize>,
    bidi: BidiInfo<'a>,
}

/// A stretch between two break opportunities.
struct Segment {
    range: Range<usize>,
    /// Its width without the spaces at its end, in points.
    body: f32,
    /// Its whole width, in points.
    full: f32,
    /// Whether the line must end after it.
    mandatory: bool,
}

impl<'a> Prepared<'a> {
    fn new(
        fonts: &'a Loaded<'a>,
        text: &'a StyledText,
        para: &'a ParaStyle<'a>,
    ) -> Result<Self, PdfError> {
        let faces = assign_faces(fonts, text)?;
        let level = if para.rtl { Level::rtl() } else { Level::ltr() };
        let bidi = BidiInfo::new(&text.text, Some(level));
        Ok(Prepared {
            fonts,
            text,
            para,
            faces,
            bidi,
        })
    }

    fn s(&self) -> &'a str {
        &self.text.text
    }

    /// `range` split where the face, the style or (with `by_level`) the
    /// paragraph's bidi level changes; line feeds left out.
    fn pieces(&self, range: Range<usize>, by_level: bool) -> Vec<Range<usize>> {
        let s = self.s();
        let key = |i: usize| {
            let level = if by_level {
                self.bidi.levels.get(i).copied()
            } else {
                None
            };
            (self.faces.get(i).copied(), self.text.style_at(i), level)
        };
        let mut out: Vec<Range<usize>> = Vec::new();
        let Some(sub) = s.get(range.clone()) else {
            return out;
        };
        for (off, c) in sub.char_indices() {
            let i = range.start + off;
            let end = i + c.len_utf8();
            if c == '\n' {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.end == i && key(last.start) == key(i) => last.end = end,
                _ => out.push(i..end),
            }
        }
        out
    }

    /// The width of `range`, in points, shaped piece by piece.
    fn measure(&self, range: Range<usize>) -> Result<f32, PdfError> {
        let mut width = 0.0;
        for piece in self.pieces(range, true) {
            let rtl = self
                .bidi
                .levels
                .get(piece.start)
                .is_some_and(|l| l.is_rtl());
            width += self.shape(piece, rtl)?.advance * self.para.size;
        }
        Ok(width)
    }

    fn shape(&self, piece: Range<usize>, rtl: bool) -> Result<super::shape::Shaped, PdfError> {
        let face = self.faces.get(piece.start).copied().unwrap_or(0);
        shape(self.fonts, face, self.s(), piece, rtl, self.para.lang)
    }

    /// The stretches between break opportunities, measured.
    fn segments(&self) -> Result<Vec<Segment>, PdfError> {
        let s = self.s();
        let mut out = Vec::new();
        let mut start = 0;
        for (at, kind) in linebreaks(s) {
            if at == start {
                continue;
            }
            let body_end = trim_end(s, start..at);
            let body = self.measure(start..body_end)?;
            let full = body + self.measure(body_end..at)?;
            out.push(Segment {
                range: start..at,
                body,
                full,
                mandatory: kind == BreakOpportunity::Mandatory,
            });
            start = at;
        }
        Ok(out)
    }

    /// The lines, as byte ranges (line feeds and the spaces at a line's
    /// end left out).
    fn break_lines(&self) -> Result<Vec<Range<usize>>, PdfError> {
        let s = self.s();
        let max = self.para.width;
        let mut lines = Vec::new();
        let mut start = 0;
        let mut used = 0.0;
        for seg in self.segments()? {
            if seg.range.start > start && used + seg.body > max {
                lines.push(start..trim_end(s, start..seg.range.start));
                start = seg.range.start;
                used = 0.0;
            }
            if seg.range.start == start && seg.body > max {
                // A word longer than the line: broken between characters.
                let mut parts = self.split_long(seg.range.clone())?;
                if let Some(last) = parts.pop() {
                    lines.extend(parts);
                    start = last.start;
                    used = self.measure(last.start..seg.range.end)?;
                }
            } else {
                used += seg.full;
            }
            if seg.mandatory {
                lines.push(start..trim_end(s, start..seg.range.end));
                start = seg.range.end;
                used = 0.0;
            }
        }
        if start < s.len() {
            lines.push(start..trim_end(s, start..s.len()));
        }
        Ok(lines)
    }

    /// A word wider than the line, cut between grapheme clusters into
    /// pieces that each fit (at least one cluster each).
    fn split_long(&self, range: Range<usize>) -> Result<Vec<Range<usize>>, PdfError> {
        let s = self.s().get(range.clone()).unwrap_or_default();
        let mut parts = Vec::new();
        let mut start = range.start;
        let mut used = 0.0;
        for (off, g) in s.grapheme_indices(true) {
            let i = range.start + off;
            let w = self.measure(i..i + g.len())?;
            if i > start && used + w > self.para.width {
                parts.push(start..i);
                start = i;
                used = 0.0;
            }
            used += w;
        }
        parts.push(start..range.end);
        Ok(parts)
    }

    /// Line `range`, reordered for display and shaped.
    fn line(&self, range: Range<usize>) -> Result<Line, PdfError> {
        if range.is_empty() {
            return Ok(Line::default());
        }
        let Some(para) = self
            .bidi
            .paragraphs
            .iter()
            .find(|p| p.range.start <= range.start && range.start < p.range.end)
        else {
            return Ok(Line::default());
        };
        let (levels, visual) = self.bidi.visual_runs(para, range);
        let mut line = Line::default();
        for run in visual {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut pieces = self.pieces(run, false);
            if rtl {
                pieces.reverse();
            }
            for piece in pieces {
                let shaped = self.shape(piece.clone(), rtl)?;
                let width = shaped.advance * self.para.size;
                line.runs.push(Run {
                    x: line.width,
                    width,
                    face: self.faces.get(piece.start).copied().unwrap_or(0),
                    glyphs: shaped.glyphs,
                    text: self.s().get(piece.clone()).unwrap_or_default().to_string(),
                    style: self.text.style_at(piece.start),
                });
                line.width += width;
            }
        }
        Ok(line)
    }
}

/// The face of each byte of `text`: see [`Loaded::pick`]. A character in
/// no face is an error naming it.
fn assign_faces(fonts: &Loaded, text: &StyledText) -> Result<Vec<usize>, PdfError> {
    let s = &text.text;
    let mut faces = vec![0; s.len()];
    let mut prev: Option<(usize, Weight)> = None;
    for (i, c) in s.char_indices() {
        let weight = if text.style_at(i).bold {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let face = if c == '\n' {
            prev.map_or(0, |(f, _)| f)
        } else {
            let same = prev.filter(|&(_, w)| w == weight).map(|(f, _)| f);
            let Some(face) = fonts.pick(c, weight, same) else {
                return Err(PdfError::NoGlyph {
                    ch: c,
                    context: context_around(s, i),
                    tried: fonts.labels(),
                });
            };
            prev = Some((face, weight));
            face
        };
        if let Some(slot) = faces.get_mut(i..i + c.len_utf8()) {
            slot.fill(face);
        }
    }
    Ok(faces)
}

/// The end of `range` in `s` without the whitespace (spaces, line feeds)
/// at its end.
fn trim_end(s: &str, range: Range<usize>) -> usize {
    let sub = s.get(range.clone()).unwrap_or_default();
    range.start + sub.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_whitespace_is_left_out() {
        assert_eq!(trim_end("ab  \ncd", 0..5), 2);
        assert_eq!(trim_end("ab  \ncd", 5..7), 7);
        assert_eq!(trim_end("   ", 0..3), 0);
    }

    use crate::pdf::fonts::{FontSet, Script};
    use crate::pdf::test_fonts::machine_fonts;

    fn loaded(set: &FontSet) -> Loaded<'_> {
        match Loaded::new(set) {
            Ok(l) => l,
            Err(e) => panic!("{e}"),
        }
    }

    fn lay(fonts: &Loaded, s: &str, rtl: bool, width: f32) -> Vec<Line> {
        let text = StyledText::plain(s, Style::default());
        let para = ParaStyle {
            size: 10.0,
            width,
            rtl,
            lang: None,
        };
        match lay_out_paragraph(fonts, &text, &para) {
            Ok(lines) => lines,
            Err(e) => panic!("{s}: {e}"),
        }
    }

    /// The index of the run, left to right, whose text contains `needle`.
    fn run_with(line: &Line, needle: &str) -> usize {
        match line.runs.iter().position(|r| r.text.contains(needle)) {
            Some(i) => i,
            None => panic!(
                "no run with {needle:?} in {:?}",
                line.runs.iter().map(|r| &r.text).collect::<Vec<_>>()
            ),
        }
    }

    #[test]
    fn an_arabic_line_reads_right_to_left_with_the_latin_name_in_place() {
        let Some(set) = machine_fonts() else { return };
        let fonts = loaded(&set);
        let lines = lay(
            &fonts,
            "أن المشتبه فيه Mario Rossi قد غسل الأموال",
            true,
            1000.0,
        );
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        // Right to left: what comes first is on the right.
        let before = run_with(line, "المشتبه");
        let name = run_with(line, "Mario Rossi");
        let after = run_with(line, "غسل");
        assert!(after < name && name < before, "{after} {name} {before}");
        // The name itself left to right: its glyphs in text order.
        let starts: Vec<usize> = line.runs[name]
            .glyphs
            .iter()
            .map(|g| g.text_range.start)
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
        // Arabic right to left: its glyphs in reverse text order.
        let starts: Vec<usize> = line.runs[after]
            .glyphs
            .iter()
            .map(|g| g.text_range.start)
            .collect();
        assert!(starts.windows(2).all(|w| w[0] >= w[1]), "{starts:?}");
    }

    #[test]
    fn arabic_inside_an_english_line_is_reversed_in_place() {
        let Some(set) = machine_fonts() else { return };
        let fonts = loaded(&set);
        let lines = lay(
            &fonts,
            "The witness محمد علي lives in Palermo",
            false,
            1000.0,
        );
        let line = &lines[0];
        let (the, arabic, lives) = (
            run_with(line, "The"),
            run_with(line, "محمد"),
            run_with(line, "lives"),
        );
        assert!(the < arabic && arabic < lives);
        let run = &line.runs[arabic];
        assert!(run.text.contains("محمد علي"), "one run: {:?}", run.text);
        let starts: Vec<usize> = run.glyphs.iter().map(|g| g.text_range.start).collect();
        assert!(starts.windows(2).all(|w| w[0] >= w[1]), "{starts:?}");
    }

    #[test]
    fn arabic_letters_take_their_joined_forms() {
        let Some(set) = machine_fonts() else { return };
        let fonts = loaded(&set);
        let Some(face) = fonts.pick('ب', Weight::Regular, None) else {
            panic!("no face for Arabic")
        };
        assert!(fonts.faces[face].scripts.contains(&Script::Arabic));
        let ids = |s: &str| -> Vec<u32> {
            match shape(&fonts, face, s, 0..s.len(), true, None) {
                Ok(shaped) => shaped.glyphs.iter().map(|g| g.glyph_id.to_u32()).collect(),
                Err(e) => panic!("{e}"),
            }
        };
        let alone = ids("ب");
        let three = ids("ببب");
        assert_eq!(three.len(), 3);
        // Visual order: final form on the left, initial on the right; all
        // three differ from the letter alone.
        assert!(
            three.iter().all(|g| !alone.contains(g)),
            "{alone:?} {three:?}"
        );
        assert_ne!(three[0], three[2]);
    }

    #[test]
    fn each_script_is_drawn_in_its_own_face() {
        let Some(set) = machine_fonts() else { return };
        let fonts = loaded(&set);
        let lines = lay(&fonts, "根据Mario Rossi的2021年《公约》", false, 1000.0);
        let line = &lines[0];
        let script_of = |needle: &str| fonts.faces[line.runs[run_with(line, needle)].face].scripts;
        assert!(script_of("根据").contains(&Script::Chinese));
        assert!(script_of("Mario").contains(&Script::Latin));
        assert!(script_of("《公约》").contains(&Script::Chinese));
    }

    #[test]
    fn chinese_wraps_between_ideographs_within_the_width() {
        let Some(set) = machine_fonts() else { return };
        let fonts = loaded(&set);
        let text =
            "根据《联合国打击跨国有组织犯罪公约》第十八条第十五款，巴勒莫检察院请求提供下述协助。"
                .repeat(3);
        let lines = lay(&fonts, &text, false, 150.0);
        assert!(lines.len() > 3, "{} lines", lines.len());
        for line in &lines {
            assert!(line.width <= 150.01, "{}", line.width);
        }
        let back: String = lines
            .iter()
            .flat_map(|l| l.runs.iter().map(|r| r.text.as_str()))
            .collect();
        assert_eq!(back, text);
    }

    #[test]
    fn latin_wraps_between_words_within_the_width() {
        let Some(set) = machine_fonts() else { return };
        let fonts = loaded(&set);
        let text = "Le parquet de Palerme, agissant en vertu de l'article 18, paragraphe 13, de la Convention, sollicite l'entraide décrite ci-après.";
        let lines = lay(&fonts, text, false, 120.0);
        assert!(lines.len() > 3);
        let mut words = Vec::new();
        for line in &lines {
            assert!(line.width <= 120.01, "{}", line.width);
            let s: String = line.runs.iter().map(|r| r.text.as_str()).collect();
            assert_eq!(s.trim(), s, "no space at a line's ends");
            words.push(s);
        }
        assert_eq!(words.join(" "), text);
    }

    #[test]
    fn chinese_breaks_between_ideographs() {
        let s = "根据公约第十八条";
        let opportunities: Vec<usize> = linebreaks(s).map(|(i, _)| i).collect();
        assert_eq!(opportunities.len(), s.chars().count());
    }
}
