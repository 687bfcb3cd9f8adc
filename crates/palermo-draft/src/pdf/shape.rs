//! Shaping: a run of text in one face, one style and one direction turned
//! into positioned glyphs (rustybuzz), each knowing the text it stands for
//! so that the PDF's text can be copied and searched.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Language, UnicodeBuffer};

use super::error::PdfError;
use super::fonts::Loaded;

/// A shaped run: glyphs in visual order (left to right), positions in ems.
#[derive(Clone, Debug)]
pub(crate) struct Shaped {
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// The run's advance, in ems (multiply by the font size).
    pub(crate) advance: f32,
}

/// How many characters of context the shaper is given on each side (for
/// Arabic joining across a change of face or style).
const CONTEXT_CHARS: usize = 5;

/// Shapes `text[range]` with face `face`, right to left when `rtl`. The
/// glyphs' text ranges are relative to `range.start`.
pub(crate) fn shape(
    fonts: &Loaded,
    face: usize,
    text: &str,
    range: Range<usize>,
    rtl: bool,
    lang: Option<&Language>,
) -> Result<Shaped, PdfError> {
    let Some(loaded) = fonts.faces.get(face) else {
        return Err(PdfError::NoFonts);
    };
    let run = text.get(range.clone()).unwrap_or_default();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(run);
    if let Some(before) = text.get(..range.start) {
        buffer.set_pre_context(tail(before, CONTEXT_CHARS));
    }
    if let Some(after) = text.get(range.end..) {
        buffer.set_post_context(head(after, CONTEXT_CHARS));
    }
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    if let Some(lang) = lang {
        buffer.set_language(lang.clone());
    }
    let out = rustybuzz::shape(&loaded.shaper, &[], buffer);
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();

    // The text a glyph stands for runs from its cluster to the next
    // cluster in logical order (clusters are byte offsets into `run`).
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        let k = starts.partition_point(|&s| s <= start);
        starts.get(k).copied().unwrap_or(run.len())
    };

    let em = loaded.units_per_em;
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut advance = 0.0;
    for (info, pos) in infos.iter().zip(positions) {
        let start = info.cluster as usize;
        if info.glyph_id == 0 {
            let ch = run
                .get(start..)
                .and_then(|s| s.chars().next())
                .unwrap_or('\u{FFFD}');
            return Err(PdfError::NoGlyph {
                ch,
                context: context_around(text, range.start + start),
                tried: vec![loaded.label.clone()],
            });
        }
        let x_advance = pos.x_advance as f32 / em;
        advance += x_advance;
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(info.glyph_id),
            x_advance,
            pos.x_offset as f32 / em,
            pos.y_offset as f32 / em,
            pos.y_advance as f32 / em,
            start..end_of(start),
            None,
        ));
    }
    Ok(Shaped { glyphs, advance })
}

/// The last `n` characters of `s`.
fn tail(s: &str, n: usize) -> &str {
    let cut = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    s.get(cut..).unwrap_or_default()
}

/// The first `n` characters of `s`.
fn head(s: &str, n: usize) -> &str {
    let cut = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    s.get(..cut).unwrap_or_default()
}

/// A few words around byte `at` of `text`, for an error message.
pub(crate) fn context_around(text: &str, at: usize) -> String {
    let before = text.get(..at).unwrap_or_default();
    let after = text.get(at..).unwrap_or_default();
    let mut out = String::new();
    let b = tail(before, 20);
    if b.len() < before.len() {
        out.push('…');
    }
    out.push_str(b);
    let a = head(after, 21);
    out.push_str(a);
    if a.len() < after.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_and_tail_count_characters() {
        assert_eq!(tail("abcdé", 2), "dé");
        assert_eq!(tail("ab", 5), "ab");
        assert_eq!(head("éabc", 2), "éa");
        assert_eq!(head("ab", 5), "ab");
        assert_eq!(tail("", 3), "");
    }

    #[test]
    fn context_is_short_and_marked_when_cut() {
        let text = "x".repeat(50) + "条" + &"y".repeat(50);
        let ctx = context_around(&text, 50);
        assert!(ctx.starts_with('…') && ctx.ends_with('…'), "{ctx}");
        assert!(ctx.contains('条'));
        assert_eq!(context_around("a条b", 1), "a条b");
    }
}
