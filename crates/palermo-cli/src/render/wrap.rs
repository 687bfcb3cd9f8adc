//! Wrapping for the text renderer, byte for byte what `textwrap::fill` gives
//! with the options the renderer has always used (first fit, breaks between
//! words only, no hyphenation, no word broken, display widths from
//! `unicode-width`), written straight into the output instead of through a
//! `Vec` of words, a `Vec` of lines and a `String` per line.
//!
//! Text in the five languages written with spaces breaks at ASCII spaces;
//! text with Chinese characters breaks where Unicode line breaking allows,
//! and takes its words from textwrap itself. Text with an escape character
//! (which textwrap reads as a terminal escape sequence, of no width) is left
//! to textwrap. The tests below compare the two on random text.

use unicode_width::UnicodeWidthChar;

/// Whether text breaks at spaces only (the default) or where Unicode line
/// breaking allows (text with Chinese characters, which has no spaces).
fn breaks_at_unicode(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_cjk)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The textwrap options the renderer uses; also the reference the tests
/// compare [`fill_into`] with.
pub fn textwrap_options<'a>(
    text: &str,
    width: usize,
    first: &'a str,
    rest: &'a str,
) -> textwrap::Options<'a> {
    // Chinese has no spaces: Unicode line breaking finds the places between
    // characters. The other five languages break at spaces only, so that a
    // web address or a fact path stays whole.
    let separator = if breaks_at_unicode(text) {
        textwrap::WordSeparator::UnicodeBreakProperties
    } else {
        textwrap::WordSeparator::AsciiSpace
    };
    textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_separator(separator)
        // Never at a hyphen either: "legal-method.md", "XVIII-12".
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// Appends `text` wrapped to `width` columns to `out`, the first line after
/// `first`, the others after `rest`, lines joined by `\n` (none after the
/// last): exactly `textwrap::fill(text, textwrap_options(..))`.
pub fn fill_into(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
    // textwrap's own shortcut: a short line without indent is only trimmed.
    if text.len() < width && first.is_empty() && !text.contains('\n') {
        out.push_str(text.trim_end_matches(' '));
        return;
    }
    if [text, first, rest]
        .iter()
        .any(|s| s.as_bytes().contains(&0x1b))
    {
        out.push_str(&textwrap::fill(
            text,
            textwrap_options(text, width, first, rest),
        ));
        return;
    }
    let unicode = breaks_at_unicode(text);
    // Both line widths come from the indents, whatever paragraph.
    let widths = [
        width.saturating_sub(display_width(first)),
        width.saturating_sub(display_width(rest)),
    ];
    for (i, line) in text.split('\n').enumerate() {
        // Only the very first line of the text takes the first indent.
        let first = if i == 0 { first } else { rest };
        if i > 0 {
            out.push('\n');
        }
        if line.len() < width && first.is_empty() {
            out.push_str(line.trim_end_matches(' '));
        } else if unicode {
            let mut pos = 0;
            let words = textwrap::WordSeparator::UnicodeBreakProperties
                .find_words(line)
                .map(|w| {
                    let end = pos + w.word.len();
                    pos = end + w.whitespace.len();
                    Word {
                        end,
                        next: pos,
                        width: w.width,
                    }
                });
            first_fit(out, line, words, widths, first, rest);
        } else {
            first_fit(out, line, SpaceWords { line, pos: 0 }, widths, first, rest);
        }
    }
}

/// A word of a line: it ends at `end`, the spaces after it at `next`.
struct Word {
    end: usize,
    next: usize,
    width: usize,
}

/// textwrap's `AsciiSpace` words: each run of characters other than `' '`
/// with the spaces after it (spaces at the start of the line are a word of
/// no characters).
struct SpaceWords<'a> {
    line: &'a str,
    pos: usize,
}

impl Iterator for SpaceWords<'_> {
    type Item = Word;

    #[inline]
    fn next(&mut self) -> Option<Word> {
        let b = self.line.as_bytes();
        let mut i = self.pos;
        if i >= b.len() {
            return None;
        }
        let mut width = 0;
        while i < b.len() {
            let c = b[i];
            if c == b' ' {
                break;
            }
            if c < 0x80 {
                // Control characters have no width.
                width += usize::from((0x20..0x7f).contains(&c));
                i += 1;
            } else {
                let ch = self.line[i..].chars().next().unwrap_or_default();
                width += char_width(ch);
                i += ch.len_utf8();
            }
        }
        let end = i;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        self.pos = i;
        Some(Word {
            end,
            next: i,
            width,
        })
    }
}

#[inline]
fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// The width of text without escape sequences, as textwrap counts it.
fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.bytes().filter(|b| (0x20..0x7f).contains(b)).count();
    }
    s.chars().map(char_width).sum()
}

/// textwrap's `wrap_first_fit` and the assembling of its lines: a word goes
/// on the current line unless it would pass the line's width and the line
/// already has a word. The line's text is the line's words with the spaces
/// between them, without the spaces after the last.
fn first_fit(
    out: &mut String,
    line: &str,
    words: impl Iterator<Item = Word>,
    widths: [usize; 2],
    first: &str,
    rest: &str,
) {
    let mut lines = 0usize;
    let (mut start, mut end, mut used) = (0usize, 0usize, 0usize);
    let mut any = false;
    let mut at = 0usize;
    for w in words {
        let limit = widths[lines.min(1)];
        if any && used + w.width > limit {
            emit(out, lines, first, rest, &line[start..end]);
            lines += 1;
            start = at;
            used = 0;
        }
        used += w.width + (w.next - w.end);
        end = w.end;
        any = true;
        at = w.next;
    }
    // An empty line has no words: textwrap gives it no indent.
    if any {
        emit(out, lines, first, rest, &line[start..end]);
    }
}

#[inline]
fn emit(out: &mut String, lines: usize, first: &str, rest: &str, text: &str) {
    if lines > 0 {
        out.push('\n');
    }
    out.push_str(if lines == 0 { first } else { rest });
    out.push_str(text);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn ours(text: &str, width: usize, first: &str, rest: &str) -> String {
        let mut s = String::from("…");
        fill_into(&mut s, text, width, first, rest);
        s.split_off("…".len())
    }

    fn theirs(text: &str, width: usize, first: &str, rest: &str) -> String {
        textwrap::fill(text, textwrap_options(text, width, first, rest))
    }

    /// Pieces random text is made of: words in the five scripts written
    /// with spaces, combining marks, wide and zero-width characters, runs of
    /// spaces, hyphens, soft hyphens, line breaks, controls, escape
    /// sequences, long words.
    const PIECES: &[&str] = &[
        "a",
        "bc",
        "def",
        "Kenya",
        " ",
        " ",
        " ",
        "  ",
        "   ",
        "-",
        "\u{ad}",
        "\n",
        "\t",
        "\r",
        "\u{7f}",
        "é",
        "e\u{301}",
        "\u{64e}",
        "بيان",
        "المادة",
        "اتفاقية",
        "государство",
        "ст.",
        "🙂",
        "\u{200b}",
        "\u{a0}",
        "\u{2011}",
        "/",
        ".",
        ":",
        "(",
        ")",
        "[",
        "]",
        "—",
        "✔",
        "✘",
        "§",
        "\u{1b}[1m",
        "\u{1b}",
        "\u{1b}]8;;x\u{7}",
        "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12",
        "domestic_law.KEN.\"dual_criminality\"",
        "verylongwordwithoutanybreakatall",
        "ITA",
        "0",
        "12",
    ];

    /// Chinese: wide characters and punctuation, which break between them.
    const CJK: &[&str] = &[
        "中",
        "文",
        "公约",
        "，",
        "。",
        "（",
        "）",
        "：",
        "《",
        "》",
        "\u{3000}",
        "ｆｕｌｌ",
        "2024年5月1日",
        "第16条第1款",
    ];

    const INDENTS: &[&str] = &[
        "",
        " ",
        "  ",
        "  - ",
        "    ",
        "     1. ",
        "      ",
        "ANSWER  ",
        "答案  ",
        "ОТВЕТ  ",
        "      ✔ ",
        "  \u{1b}[1m",
        "中",
        "\t",
    ];

    /// Text in the five languages written with spaces (no Chinese character).
    fn spaced() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
    }

    /// Text with Chinese characters here and there.
    fn mixed() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => prop::sample::select(PIECES),
            1 => prop::sample::select(CJK),
        ];
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn spaced_text_as_textwrap_wraps_it(
            text in spaced(),
            width in 0usize..90,
            first in prop::sample::select(INDENTS),
            rest in prop::sample::select(INDENTS),
        ) {
            prop_assert_eq!(ours(&text, width, first, rest), theirs(&text, width, first, rest));
        }

        #[test]
        fn chinese_text_as_textwrap_wraps_it(
            text in mixed(),
            width in 0usize..90,
            first in prop::sample::select(INDENTS),
            rest in prop::sample::select(INDENTS),
        ) {
            prop_assert_eq!(ours(&text, width, first, rest), theirs(&text, width, first, rest));
        }

        #[test]
        fn any_characters_as_textwrap_wraps_them(
            text in "[ -~\u{0}-\u{1f}\u{a0}-\u{3ff}\u{600}-\u{6ff}\u{400}-\u{4ff}\n ]{0,200}",
            width in 1usize..100,
            first in prop::sample::select(INDENTS),
            rest in prop::sample::select(INDENTS),
        ) {
            prop_assert_eq!(ours(&text, width, first, rest), theirs(&text, width, first, rest));
        }
    }

    #[test]
    fn known_cases() {
        for (text, width, first, rest) in [
            ("", 80, "", ""),
            ("", 80, "  - ", "    "),
            ("   ", 2, "  - ", "    "),
            ("a\n\nb", 1, "- ", "  "),
            ("  lead", 3, "", ""),
            ("trail   ", 3, "", ""),
            (
                "答案：否。问题：《公约》能否作为引渡的法律依据？",
                20,
                "答案  ",
                "    ",
            ),
            ("ends with a hyphen-", 8, "", ""),
            ("word-", 80, " ", " "),
            ("a\tb c", 4, "", ""),
            ("a\tb c d", 4, "- ", ""),
            ("x\u{7f}y z w", 4, "- ", ""),
        ] {
            assert_eq!(
                ours(text, width, first, rest),
                theirs(text, width, first, rest),
                "{text:?} {width} {first:?} {rest:?}"
            );
        }
    }
}
