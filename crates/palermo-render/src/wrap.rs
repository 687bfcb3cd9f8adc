//! Wrapping for the text renderer, byte for byte what `textwrap::fill` gives
//! with the options the renderer has always used (first fit, breaks between
//! words only, no hyphenation, no word broken, display widths from
//! `unicode-width`), written straight into the output line by line instead
//! of through a `Vec` of words, a `Vec` of lines and a `String` per line.
//!
//! First fit puts on a line every word whose end still fits, and at least
//! one. Widths only grow along the text, so a line ends at the last place
//! the text may break before the first character that passes the width
//! (or at the first such place after it, for a word longer than the line).
//! Only the places near that character need deciding:
//!
//! - Text in the five languages written with spaces breaks after a run of
//!   ASCII spaces, the last space before that character.
//! - Text with Chinese characters breaks where Unicode line breaking (UAX
//!   #14, as textwrap asks `icu_segmenter`) allows. Between the characters
//!   Chinese text is mostly made of (ideographs, full-width punctuation,
//!   ASCII letters, digits, brackets and spaces) the rules decide from the
//!   two characters alone (and, after spaces, the character before them);
//!   [`lb_decide`] knows those pairs. Anywhere else the line is wrapped with
//!   textwrap's own words.
//!
//! Text with an escape character (which textwrap reads as a terminal escape
//! sequence, of no width) is left to textwrap. The tests below compare
//! [`fill_into`] with textwrap on random text, and [`lb_decide`] with
//! `icu_segmenter` (through textwrap) in random contexts.

use std::sync::OnceLock;

use unicode_width::UnicodeWidthChar;
use wide::i8x16;

/// The textwrap options the renderer used, the reference for [`fill_into`]
/// and what text with escapes is still wrapped with.
pub fn textwrap_options<'a>(
    unicode: bool,
    width: usize,
    first: &'a str,
    rest: &'a str,
) -> textwrap::Options<'a> {
    // Chinese has no spaces: Unicode line breaking finds the places between
    // characters. The other five languages break at spaces only, so that a
    // web address or a fact path stays whole.
    let separator = if unicode {
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

/// What one pass over the text finds.
#[derive(Debug, PartialEq, Eq)]
struct Scan {
    /// A character of U+3000-U+9FFF, U+F900-U+FAFF or U+FF00-U+FFEF
    /// (Chinese): the text breaks as Unicode line breaking allows.
    cjk: bool,
    /// An escape character.
    escape: bool,
    /// A line feed.
    newline: bool,
    /// Nothing but printable ASCII and line feeds: one column a byte.
    narrow: bool,
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The bytes of `w` that are zero: the high bit of each.
#[inline]
fn zero_bytes(w: u64) -> u64 {
    !((((w & !HIGH) + !HIGH) | w) | !HIGH)
}

fn scan(text: &str) -> Scan {
    let b = text.as_bytes();
    // One pass that the compiler runs many bytes at a time: what each kind
    // of byte is, or-ed together. Control characters and DEL in one flag:
    // which of them (a line feed, an escape) is told by a second pass over
    // the rare text that has one.
    let (mut high, mut control) = (0u8, 0u8);
    let (mut lead, mut ef) = (0u8, 0u8);
    // Sixteen bytes at a time (the compiler's own vectorising of the loop
    // below took about three instructions a byte), then the rest.
    let blocks = b.len() / 16 * 16;
    if blocks > 0 {
        let zero = i8x16::splat(0);
        let (mut h, mut c, mut l, mut e) = (zero, zero, zero, zero);
        for at in (0..blocks).step_by(16) {
            let v = load16(b, at);
            h |= v;
            c |= within(v, 0x00, 0x1F) | eq(v, 0x7F);
            // Lead bytes E3-E9 start exactly U+3000-U+9FFF.
            l |= within(v, 0xE3, 0xE9);
            e |= eq(v, 0xEF);
        }
        high = u8::from(h.to_bitmask() != 0);
        control = u8::from(c.to_bitmask() != 0);
        lead = u8::from(l.to_bitmask() != 0);
        ef = u8::from(e.to_bitmask() != 0);
    }
    for &c in &b[blocks..] {
        high |= c >> 7;
        control |= u8::from((c < 0x20) | (c == 0x7f));
        lead |= u8::from(c.wrapping_sub(0xE3) < 7);
        ef |= u8::from(c == 0xEF);
    }
    let (mut newline, mut escape, mut other) = (false, false, false);
    if control != 0 {
        for &c in b {
            newline |= c == b'\n';
            escape |= c == 0x1b;
            other |= (c < 0x20 && c != b'\n') || c == 0x7f;
        }
    }
    // EF A4-AB starts U+F900-U+FAFF; EF BC-BE starts U+FF00-U+FFBF, EF BF
    // 80-AF is U+FFC0-U+FFEF.
    let cjk = lead != 0
        || (ef != 0
            && b.iter().enumerate().any(|(i, &c)| {
                c == 0xEF
                    && match (b.get(i + 1), b.get(i + 2)) {
                        (Some(0xA4..=0xAB | 0xBC..=0xBE), _) => true,
                        (Some(0xBF), Some(&t)) => t <= 0xAF,
                        _ => false,
                    }
            }));
    Scan {
        cjk,
        escape,
        newline,
        narrow: high == 0 && !other,
    }
}

/// Appends `text` wrapped to `width` columns to `out`, the first line after
/// `first`, the others after `rest`, lines joined by `\n` (none after the
/// last): exactly what `textwrap::fill` gives with [`textwrap_options`].
pub fn fill_into(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
    fill_into_measured(out, text, width, first, rest, None);
}

/// [`fill_into`] for indents whose widths the caller knows (`[first,
/// rest]`, as [`display_width`] gives them), so they are not counted again
/// for each paragraph.
pub(crate) fn fill_into_measured(
    out: &mut String,
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    indent_widths: Option<[usize; 2]>,
) {
    // textwrap's own shortcut: a short line without indent is only trimmed.
    if text.len() < width && first.is_empty() && !text.as_bytes().contains(&b'\n') {
        out.push_str(text.trim_end_matches(' '));
        return;
    }
    let found = scan(text);
    if found.escape || first.as_bytes().contains(&0x1b) || rest.as_bytes().contains(&0x1b) {
        out.push_str(&textwrap::fill(
            text,
            textwrap_options(found.cjk, width, first, rest),
        ));
        return;
    }
    // Both line widths come from the indents, whatever the paragraph.
    let [first_width, rest_width] =
        indent_widths.unwrap_or_else(|| [display_width(first), display_width(rest)]);
    let widths = [
        width.saturating_sub(first_width),
        width.saturating_sub(rest_width),
    ];
    let line_of = |out: &mut String, i: usize, line: &str| {
        // Only the very first line of the text takes the first indent.
        let first = if i == 0 { first } else { rest };
        if line.len() < width && first.is_empty() {
            out.push_str(line.trim_end_matches(' '));
        } else if found.cjk {
            let at = out.len();
            if wrap_unicode(out, line, widths, first, rest, found.narrow).is_none() {
                out.truncate(at);
                wrap_with_textwrap_words(out, line, widths, first, rest);
            }
        } else {
            wrap_spaced(out, line, widths, first, rest, found.narrow);
        }
    };
    if !found.newline {
        line_of(out, 0, text);
        return;
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        line_of(out, i, line);
    }
}

/// Appends one line of the text's output: the indent (the first for the
/// text's first line, else the rest) and `text`.
#[inline]
fn emit(out: &mut String, n: usize, first: &str, rest: &str, text: &str) {
    if n > 0 {
        out.push('\n');
    }
    out.push_str(if n == 0 { first } else { rest });
    out.push_str(text);
}

/// Where the character that passes `limit` columns from `from` starts, or
/// the line's end if all fits. `cjk`: the text has Chinese characters,
/// which the sixteen-byte test does not know (it is not tried).
#[inline]
fn overflow(narrow: bool, cjk: bool, line: &str, from: usize, limit: usize) -> usize {
    if narrow {
        // Printable ASCII is one column a byte.
        (from + limit).min(line.len())
    } else if line.len() - from <= limit {
        // No character is wider than its bytes (two columns take at least
        // three bytes: U+1100 and above), so what is left fits.
        line.len()
    } else if cjk {
        overflow_chinese(line, from, limit)
    } else {
        overflow_table(line, from, limit, true)
    }
}

/// [`overflow`] in text with Chinese characters: sixteen bytes at a time
/// while [`chinese16`] knows every character that starts in them; the
/// block where the limit is passed, and the rest of the line from the first
/// block it does not know, the other ways.
#[inline]
fn overflow_chinese(line: &str, from: usize, limit: usize) -> usize {
    let b = line.as_bytes();
    let (mut i, mut used) = (from, 0usize);
    while i + 18 <= b.len() {
        let Some(n) = chinese16(b, i) else {
            break;
        };
        if used + n > limit {
            break;
        }
        used += n;
        i += 16;
    }
    overflow_by_table(line, i, used, limit)
}

/// [`overflow`] in any other text: sixteen bytes at a time (when
/// `sixteen`) while every character that starts in them is one column wide
/// or of none (the text of five of the six languages, Arabic with its
/// vowel signs),
/// the character that passes the limit found inside the block; from the
/// first block that is not, the other ways.
#[inline]
fn overflow_table(line: &str, from: usize, limit: usize, sixteen: bool) -> usize {
    let b = line.as_bytes();
    let (mut i, mut used) = (from, 0usize);
    if sixteen {
        while i + 18 <= b.len() {
            let Some(leads) = one_column16(b, i) else {
                break;
            };
            let n = ones16(leads);
            if used + n > limit {
                // The (limit - used + 1)-th character of the block passes.
                let mut m = leads;
                for _ in 0..limit - used {
                    m &= m - 1;
                }
                return i + m.trailing_zeros() as usize;
            }
            used += n;
            i += 16;
        }
    }
    overflow_by_table(line, i, used, limit)
}

/// [`overflow_table`] from byte `from`, `used` columns already counted:
/// eight bytes at a time where their first bytes tell the widths, else by
/// the table of byte pairs.
#[inline]
fn overflow_by_table(line: &str, from: usize, mut used: usize, limit: usize) -> usize {
    let b = line.as_bytes();
    let widths = pair_widths();
    let mut i = from;
    // Where to try eight bytes at once next.
    let mut next_block = from;
    let mut misses = 0;
    while i < b.len() {
        // Eight bytes at a time while they fit and their characters are
        // ones the table knows; after a block with another, a character at
        // a time to its end; near the end of the line, to the end.
        if i >= next_block && i + 8 <= b.len() {
            let w = u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default());
            // Else the table, byte by byte (the last byte's width needs
            // the byte after the block).
            // After two blocks in a row the first bytes did not tell (as in
            // Arabic), the table straight away.
            let first_bytes = if misses < 2 { uniform8(w) } else { None };
            misses = if first_bytes.is_some() { 0 } else { misses + 1 };
            let n = match first_bytes {
                Some(n) => Some(n),
                None if i + 9 <= b.len() => {
                    let block: &[u8; 9] = b[i..i + 9].try_into().unwrap_or(&[0; 9]);
                    let mut sum = 0usize;
                    let mut slow = false;
                    for k in 0..8 {
                        let w = widths[usize::from(block[k]) << 8 | usize::from(block[k + 1])];
                        slow |= w == SLOW;
                        sum += usize::from(w);
                    }
                    (!slow).then_some(sum)
                }
                None => None,
            };
            match n {
                Some(n) if used + n <= limit => {
                    used += n;
                    i += 8;
                    continue;
                }
                Some(_) => next_block = usize::MAX,
                None => next_block = i + 8,
            }
        }
        let c = b[i];
        let (w, n) = if c < 0x80 {
            (usize::from((0x20..0x7f).contains(&c)), 1)
        } else {
            let next = b.get(i + 1).copied().unwrap_or(0);
            match widths[usize::from(c) << 8 | usize::from(next)] {
                SLOW => {
                    let ch = line[i..].chars().next().unwrap_or_default();
                    (char_width(ch), ch.len_utf8())
                }
                // Continuation bytes (after a block) count nothing; the
                // table knows characters of two bytes and ideographs of
                // three.
                w if c < 0xC0 => (usize::from(w), 1),
                w => (usize::from(w), 2 + usize::from(c >= 0xE0)),
            }
        };
        if used + w > limit {
            return i;
        }
        used += w;
        i += n;
    }
    b.len()
}

/// `b[at..at + 16]` as a vector of bytes, compared as signed.
#[inline]
fn load16(b: &[u8], at: usize) -> i8x16 {
    let mut w = [0i8; 16];
    for (d, &s) in w.iter_mut().zip(&b[at..at + 16]) {
        *d = s as i8;
    }
    i8x16::new(w)
}

/// Every byte `c`.
#[inline]
fn splat(c: u8) -> i8x16 {
    i8x16::splat(c as i8)
}

/// The bytes of `x` that are `c`.
#[inline]
fn eq(x: i8x16, c: u8) -> i8x16 {
    x.simd_eq(splat(c))
}

/// The bytes of `x` in `lo..=hi`, both bounds on the same side of 0x80
/// (compared as signed).
#[inline]
fn within(x: i8x16, lo: u8, hi: u8) -> i8x16 {
    x.simd_gt(splat(lo.wrapping_sub(1))) & x.simd_lt(splat(hi.wrapping_add(1)))
}

/// If every character that starts in `b[i..i + 16]` takes one column or
/// none, the positions where those of one column start (bit k for byte
/// `i + k`); `b` has two bytes after the block (the width of a character
/// that may end the block depends on them). One column: printable ASCII;
/// the two-byte characters of the leads C3-CB, CE-D1 and D3-D5 (Latin,
/// Greek, Cyrillic, Armenian); U+00A0-U+00BF but the soft hyphen (French
/// quotes and spaces); Arabic (leads D8-DB) but its marks; U+2010-U+2027
/// (dashes, quotes, the ellipsis). None: the Arabic marks of D8 and D9
/// (the vowel signs, as the catalogue writes some words); those of DB
/// 96-AD, a few of which are signs of one column, are counted the slow
/// way. Bytes inside a character start none. The tests check it against
/// the table and `unicode-width`.
#[inline]
fn one_column16(b: &[u8], i: usize) -> Option<u32> {
    let v = load16(b, i);
    // 80-BF: inside a character.
    let inside = v.simd_lt(splat(0xC0));
    let ascii = within(v, 0x20, 0x7E);
    let base = inside | ascii;
    let plain = within(v, 0xC3, 0xCB) | within(v, 0xCE, 0xD1) | within(v, 0xD3, 0xD5);
    let one = base | plain;
    if one.to_bitmask() == 0xFFFF {
        return Some(!inside.to_bitmask() & 0xFFFF);
    }
    // The byte after each.
    let next = load16(b, i + 1);
    // Arabic marks of no column: D8 85, 90-9A, 9C; D9 8B-9F, B0.
    let mark = (eq(v, 0xD8) & (eq(next, 0x85) | eq(next, 0x9C) | within(next, 0x90, 0x9A)))
        | (eq(v, 0xD9) & (within(next, 0x8B, 0x9F) | eq(next, 0xB0)));
    // The common block of Arabic text: letters of the leads D8-DA (one
    // column each, but the marks), spaces and punctuation; the tests below
    // need not be made.
    if (base | within(v, 0xD8, 0xDA)).to_bitmask() == 0xFFFF {
        return Some(!(inside | mark).to_bitmask() & 0xFFFF);
    }
    // C2 A0-BF but AD.
    let latin1 = eq(v, 0xC2) & within(next, 0xA0, 0xBF) & !eq(next, 0xAD);
    let arabic = within(v, 0xD8, 0xDB) & !(eq(v, 0xDB) & within(next, 0x96, 0xAD));
    let mut known = one | latin1 | arabic;
    if known.to_bitmask() != 0xFFFF {
        // E2 80 90-A7: U+2010-U+2027.
        let after = load16(b, i + 2);
        known |= eq(v, 0xE2) & eq(next, 0x80) & within(after, 0x90, 0xA7);
        if known.to_bitmask() != 0xFFFF {
            return None;
        }
    }
    Some(!(inside | mark).to_bitmask() & 0xFFFF)
}

/// If every character that starts in `b[i..i + 16]` is printable ASCII (one
/// column) or a Chinese character the test knows (two columns: the
/// ideographs U+4E00-U+9FFF, the ideographic space and punctuation U+3000-
/// U+3029, the full-width forms U+FF01-U+FF60), the columns they take; `b`
/// has two bytes after the block (the width of a character that starts in
/// it depends on its second and third bytes). The tests check it against
/// `unicode-width`.
#[inline]
fn chinese16(b: &[u8], i: usize) -> Option<usize> {
    let (v, next, after) = (load16(b, i), load16(b, i + 1), load16(b, i + 2));
    let inside = v.simd_lt(splat(0xC0));
    let ascii = within(v, 0x20, 0x7E);
    let two = within(v, 0xE5, 0xE9)
        | (eq(v, 0xE4) & within(next, 0xB8, 0xBF))
        | (eq(v, 0xE3) & eq(next, 0x80) & within(after, 0x80, 0xA9))
        | (eq(v, 0xEF)
            & ((eq(next, 0xBC) & within(after, 0x81, 0xBF))
                | (eq(next, 0xBD) & within(after, 0x80, 0xA0))));
    if (inside | ascii | two).to_bitmask() != 0xFFFF {
        return None;
    }
    Some(ones16(ascii.to_bitmask()) + 2 * ones16(two.to_bitmask()))
}

/// How many bits of a sixteen-bit mask are set, by a table of bytes: the
/// x86-64 baseline has no instruction for it, and the bit arithmetic
/// `count_ones` falls back to takes three times the work.
#[inline]
fn ones16(m: u32) -> usize {
    const ONES: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = (i as u32).count_ones() as u8;
            i += 1;
        }
        t
    };
    usize::from(ONES[(m & 0xFF) as usize]) + usize::from(ONES[(m >> 8 & 0xFF) as usize])
}

/// If every character that starts in these eight bytes has the width its
/// first byte tells, the sum: printable ASCII, and the leads C3-CB, CE-D1
/// (U+00C0-U+02FF, U+0380-U+047F), one column; E5-E9 (U+5000-U+9FFF), two.
/// The bytes inside a character count nothing. (The tests check it against
/// the table.)
#[inline]
fn uniform8(w: u64) -> Option<usize> {
    // Bytes 80-BF.
    let inside = w & !(w << 1) & HIGH;
    // Bytes 20-7E.
    let ascii = !w & ((w & !HIGH) + LOW * 0x60) & !zero_bytes(w ^ (LOW * 0x7f)) & HIGH;
    if ascii | inside == HIGH {
        return Some(8 - count(inside));
    }
    // Cyrillic: lead bytes D0 and D1.
    let cyrillic = zero_bytes((w & (LOW * 0xFE)) ^ (LOW * 0xD0));
    if ascii | inside | cyrillic == HIGH {
        return Some(8 - count(inside));
    }
    // Bytes 80 and above by ranges of their value less 0x80.
    let (y, high) = (w & !HIGH, w & HIGH);
    let within = |lo: u64, hi: u64| (y + LOW * (0x80 - lo)) & !(y + LOW * (0x7f - hi)) & high;
    let one = within(0x43, 0x51) & !within(0x4C, 0x4D);
    let two = within(0x65, 0x69);
    if ascii | inside | one | two == HIGH {
        Some(8 - count(inside) + count(two))
    } else {
        None
    }
}

/// How many bytes have their high bit set in `m` (a mask of high bits):
/// the multiplication sums them into the top byte.
#[inline]
fn count(m: u64) -> usize {
    ((m >> 7).wrapping_mul(LOW) >> 56) as usize
}

/// In [`pair_widths`]: a character the table does not know.
const SLOW: u8 = 0xFF;

/// The width of the character that starts with two bytes, by the two: for
/// ASCII, the first alone; 0 for a byte inside a character; for two-byte
/// characters, their width; two for ideographs U+4E00-U+9FFF; [`SLOW`] for
/// other characters of three bytes or more. From `unicode-width` (the
/// tests check every character).
fn pair_widths() -> &'static [u8; 0x10000] {
    static TABLE: OnceLock<Box<[u8; 0x10000]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([SLOW; 0x10000]);
        for first in 0..0x100usize {
            let row = &mut t[first << 8..(first + 1) << 8];
            match first {
                0x00..=0x7F => row.fill(char_width(char::from(first as u8)) as u8),
                0x80..=0xBF => row.fill(0),
                0xC2..=0xDF => {
                    for second in 0x80..0xC0 {
                        let c = char::from_u32(((first as u32 & 0x1F) << 6) | (second & 0x3F));
                        row[second as usize] = c.map_or(SLOW, |c| char_width(c) as u8);
                    }
                }
                0xE4 => row[0xB8..0xC0].fill(2),
                0xE5..=0xE9 => row[0x80..0xC0].fill(2),
                _ => {}
            }
        }
        t
    })
}

#[inline]
fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// The width of text without escape sequences, as textwrap counts it.
pub(crate) fn display_width(s: &str) -> usize {
    let b = s.as_bytes();
    if b.iter().all(|&c| c == b' ') {
        return b.len();
    }
    let widths = pair_widths();
    let mut used = 0;
    let mut i = 0;
    while i < b.len() {
        let next = b.get(i + 1).copied().unwrap_or(0);
        match widths[usize::from(b[i]) << 8 | usize::from(next)] {
            SLOW => {
                let ch = s[i..].chars().next().unwrap_or_default();
                used += char_width(ch);
                i += ch.len_utf8();
            }
            w => {
                used += usize::from(w);
                i += 1;
            }
        }
    }
    used
}

/// Skips the spaces at `i`.
#[inline]
fn after_spaces(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    i
}

/// Back over the spaces before `i`, not before `from`.
#[inline]
fn before_spaces(b: &[u8], from: usize, mut i: usize) -> usize {
    while i > from && b[i - 1] == b' ' {
        i -= 1;
    }
    i
}

/// One line of text that breaks at ASCII spaces (textwrap's `AsciiSpace`
/// words: a run of other characters and the spaces after it; spaces at the
/// start of the line are a word of no characters).
fn wrap_spaced(
    out: &mut String,
    line: &str,
    widths: [usize; 2],
    first: &str,
    rest: &str,
    narrow: bool,
) {
    let b = line.as_bytes();
    if b.is_empty() {
        // No words: textwrap gives the line no indent.
        return;
    }
    let mut from = 0;
    let mut n = 0;
    loop {
        let limit = widths[n.min(1)];
        let over = overflow(narrow, false, line, from, limit);
        let (end, next) = if over == b.len() {
            (before_spaces(b, from, b.len()), b.len())
        } else {
            // The last run of spaces up to the character that passes.
            match b[from..=over].iter().rposition(|&c| c == b' ') {
                Some(q) => {
                    let end = before_spaces(b, from, from + q);
                    (end, after_spaces(b, end))
                }
                // A word longer than the line stays whole.
                None => {
                    let end = b[over..]
                        .iter()
                        .position(|&c| c == b' ')
                        .map_or(b.len(), |q| over + q);
                    (end, after_spaces(b, end))
                }
            }
        };
        emit(out, n, first, rest, &line[from..end]);
        n += 1;
        if next >= b.len() {
            return;
        }
        from = next;
    }
}

/// A word of a line: it ends at `end`, the spaces after it at `next`.
struct Word {
    end: usize,
    next: usize,
    width: usize,
}

/// One line broken where textwrap's `UnicodeBreakProperties` words end,
/// through textwrap itself: the fallback of [`wrap_unicode`].
fn wrap_with_textwrap_words(
    out: &mut String,
    line: &str,
    widths: [usize; 2],
    first: &str,
    rest: &str,
) {
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
}

/// textwrap's `wrap_first_fit` over a line's words and the assembling of
/// its lines: a word goes on the current line unless it would pass the
/// line's width and the line already has a word. The line's text is its
/// words with the spaces between them, without the spaces after the last.
fn first_fit(
    out: &mut String,
    line: &str,
    words: impl Iterator<Item = Word>,
    widths: [usize; 2],
    first: &str,
    rest: &str,
) {
    let mut n = 0usize;
    let (mut start, mut end, mut used) = (0usize, 0usize, 0usize);
    let mut any = false;
    let mut at = 0usize;
    for w in words {
        let limit = widths[n.min(1)];
        if any && used + w.width > limit {
            emit(out, n, first, rest, &line[start..end]);
            n += 1;
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
        emit(out, n, first, rest, &line[start..end]);
    }
}

/// One line of text with Chinese characters, broken where Unicode line
/// breaking allows (textwrap's `UnicodeBreakProperties` words: from one
/// break to the next, less the spaces at its end). `None`, with part of the
/// line written, where a break needs deciding between characters
/// [`lb_decide`] does not know.
fn wrap_unicode(
    out: &mut String,
    line: &str,
    widths: [usize; 2],
    first: &str,
    rest: &str,
    narrow: bool,
) -> Option<()> {
    let b = line.as_bytes();
    if b.is_empty() {
        return Some(());
    }
    // textwrap drops the last break it is given, the line's end, which is
    // none after a hyphen or a soft hyphen (there it drops another).
    if line.ends_with(['-', '\u{ad}']) {
        return None;
    }
    let mut from = 0;
    let mut n = 0;
    loop {
        let limit = widths[n.min(1)];
        let over = overflow(narrow, true, line, from, limit);
        // A break after spaces that follow the character that passes still
        // fits: the spaces are not part of the line.
        let reach = after_spaces(b, over);
        let mut at = None;
        let mut p = reach;
        while p > from {
            if breaks(line, p)? {
                at = Some(p);
                break;
            }
            p = prev_boundary(line, p);
        }
        let at = match at {
            Some(p) => p,
            // The first word passes the width: it stays whole.
            None => {
                let mut p = next_boundary(line, reach);
                while !breaks(line, p)? {
                    p = next_boundary(line, p);
                }
                p
            }
        };
        emit(out, n, first, rest, &line[from..before_spaces(b, from, at)]);
        n += 1;
        if at >= b.len() {
            return Some(());
        }
        from = at;
    }
}

fn prev_boundary(s: &str, mut i: usize) -> usize {
    i -= 1;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn next_boundary(s: &str, i: usize) -> usize {
    match s[i..].chars().next() {
        Some(c) => i + c.len_utf8(),
        None => s.len(),
    }
}

/// Whether textwrap's words of `line` end at `p` (0 < p ≤ the line's
/// length, a character boundary): the line's end, or a break
/// [`lb_decide`] allows; `None` if it does not know.
#[inline]
fn breaks(line: &str, p: usize) -> Option<bool> {
    if p >= line.len() {
        return Some(true);
    }
    let before = line[..p].chars().next_back()?;
    let after = line[p..].chars().next()?;
    let a = lb(before)?;
    let b = lb(after)?;
    let spaced = if a == Lb::Sp {
        let q = before_spaces(line.as_bytes(), 0, p);
        Some(lb(line[..q].chars().next_back()?)?)
    } else {
        None
    };
    lb_decide(a, b, spaced)
}

/// The line breaking classes (UAX #14) of the characters [`lb_decide`]
/// knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lb {
    /// Ideographs (ID).
    Id,
    /// Full-width opening punctuation (OP, East Asian wide).
    OpWide,
    /// `(` and `[` (OP, narrow).
    Op,
    /// Full-width closing punctuation, commas and full stops (CL).
    Cl,
    /// `)` and `]` (CP).
    Cp,
    /// Full-width colon and semicolon (NS).
    Ns,
    /// Full-width question and exclamation marks (EX).
    Ex,
    /// ASCII letters, `_`, `#` and `=` (AL).
    Al,
    /// ASCII digits (NU).
    Nu,
    /// The ASCII space (SP).
    Sp,
    /// `.`, `,`, `:` and `;` (IS).
    Is,
    /// `/` (SY).
    Sy,
    /// `-` (HY).
    Hy,
    /// The em dash (B2).
    B2,
}

fn lb(c: char) -> Option<Lb> {
    Some(match c {
        'a'..='z' | 'A'..='Z' | '_' | '#' | '=' => Lb::Al,
        '0'..='9' => Lb::Nu,
        ' ' => Lb::Sp,
        '(' | '[' => Lb::Op,
        ')' | ']' => Lb::Cp,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => Lb::Id,
        '（' | '《' | '「' | '『' | '【' | '〔' => Lb::OpWide,
        '）' | '》' | '」' | '』' | '】' | '〕' | '，' | '。' | '、' => Lb::Cl,
        '：' | '；' => Lb::Ns,
        '？' | '！' => Lb::Ex,
        '.' | ',' | ':' | ';' => Lb::Is,
        '/' => Lb::Sy,
        '-' => Lb::Hy,
        '—' => Lb::B2,
        _ => return None,
    })
}

/// Whether a line may break between characters of classes `a` and `b`,
/// where these decide it whatever comes before or after; after spaces
/// (`a` is `Sp`), `spaced` is the class of the character before them.
fn lb_decide(a: Lb, b: Lb, spaced: Option<Lb>) -> Option<bool> {
    use Lb::*;
    Some(match (a, b) {
        // LB7: never before a space.
        (_, Sp) => false,
        (Sp, _) => match (spaced?, b) {
            // LB15c, LB15d: SP ÷ IS NU, else × IS: the next character
            // decides.
            (_, Is) => return None,
            // LB14: OP SP* ×.
            (Op | OpWide, _) => false,
            // LB13: × CL, CP, EX, SY.
            (_, Cl | Cp | Ex | Sy) => false,
            // LB16: (CL | CP) SP* × NS; LB17: B2 SP* × B2.
            (Cl | Cp, Ns) | (B2, B2) => false,
            // LB18: SP ÷.
            _ => true,
        },
        // textwrap takes no break after a hyphen.
        (Hy, _) => false,
        // LB14.
        (Op | OpWide, _) => false,
        // LB13, LB15d: × CL, CP, EX, SY, IS.
        (_, Cl | Cp | Ex | Sy | Is) => false,
        // LB21: × NS, × HY.
        (_, Ns | Hy) => false,
        // LB17.
        (B2, B2) => false,
        // LB29: IS × AL; LB25: IS × NU, SY × NU.
        (Is, Al) | (Is | Sy, Nu) => false,
        // LB23, LB25, LB28: letters and digits hold together.
        (Al | Nu, Al | Nu) => false,
        // LB30: (AL | NU) × OP and CP × (AL | NU), narrow brackets only.
        (Al | Nu, Op) | (Cp, Al | Nu) => false,
        // LB31: break everywhere else.
        _ => true,
    })
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

    /// No character is wider than its UTF-8 bytes, which lets `overflow`
    /// take a rest of no more bytes than the limit as fitting.
    #[test]
    fn no_character_is_wider_than_its_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(char_width(c) <= c.len_utf8(), "U+{:04X}", c as u32);
        }
    }

    /// What the renderer did before: textwrap, breaking text with Chinese
    /// characters by Unicode line breaking.
    fn theirs(text: &str, width: usize, first: &str, rest: &str) -> String {
        let is_cjk =
            |c: char| matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF);
        let unicode = !text.is_ascii() && text.chars().any(is_cjk);
        textwrap::fill(text, textwrap_options(unicode, width, first, rest))
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
        "\u{651}",
        "\u{610}",
        "\u{6d6}",
        "\u{670}",
        "؛",
        "ک",
        "«",
        "»",
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

    /// The characters [`lb`] knows, a few of each class.
    const KNOWN: &[&str] = &[
        "中", "文", "公", "约", "第", "条", "款", "项", "㐀", "䶿", "一", "鿿", "（", "《", "「",
        "『", "【", "〔", "）", "》", "」", "』", "】", "〕", "，", "。", "、", "：", "；", "？",
        "！", "A", "z", "K", "0", "5", "9", "(", "[", ")", "]", " ", " ", "  ", "_", "#", "=", ".",
        ",", ":", ";", "/", "-", "—",
    ];

    /// Characters of every other line breaking class, and ones whose class
    /// is decided by what surrounds them.
    const OTHERS: &[&str] = &[
        "-",
        "\u{ad}",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        ".",
        ",",
        ":",
        ";",
        "/",
        "%",
        "$",
        "+",
        "#",
        "_",
        "&",
        "=",
        "?",
        "!",
        "{",
        "}",
        "\u{200b}",
        "\u{2060}",
        "\u{a0}",
        "\u{202f}",
        "\u{301}",
        "\u{200d}",
        "\u{3000}",
        "é",
        "ب",
        "д",
        "\u{1f1f0}",
        "\u{1f1ea}",
        "\u{1f44d}",
        "\u{1f3fd}",
        "—",
        "…",
        "·",
        "ー",
        "ぁ",
        "々",
        "가",
        "각",
        "\u{1100}",
        "\u{1161}",
        "\t",
        "\r",
        "\u{85}",
        "\u{2028}",
        "０",
        "５",
        "Ａ",
        "％",
        "＄",
        "＋",
        "＃",
        "．",
        "／",
        "￥",
        "€",
        "\u{25cc}",
        "क",
        "\u{94d}",
        "ก",
        "\u{3099}",
        "〃",
        "〜",
        "・",
        "‐",
        "–",
        "\u{2011}",
        "\u{feff}",
        "\u{fe10}",
        "\u{fe30}",
        "〈",
        "〉",
        "［",
        "］",
        "｛",
        "｝",
        "⸺",
        "\u{2e3a}",
    ];

    /// The characters the six languages' messages are mostly made of.
    const USUAL: &[&str] = &[
        "a",
        "Kenya",
        " ",
        " ",
        "  ",
        "-",
        "/",
        "государство",
        "ст.",
        "المادة",
        "اتفاقية",
        "،",
        "é",
        "ñ",
        "«",
        "»",
        "—",
        "’",
        "“",
        "”",
        "…",
        "→",
        "✔",
        "✘",
        "中",
        "公约",
        "第16条第1款",
        "、",
        "。",
        "《",
        "》",
        "（",
        "）",
        "：",
        "，",
        "２",
        "(",
        ")",
        "[",
        "]",
        "https://treaties.un.org/Pages/ViewDetails.aspx",
    ];

    /// Text of those, in paragraphs.
    fn usual_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            10 => prop::sample::select(USUAL),
            1 => Just("\n"),
        ];
        prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
    }

    /// Mostly characters [`lb`] knows, so that most lines take the fast way.
    fn mostly_known() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            20 => prop::sample::select(KNOWN),
            1 => prop::sample::select(OTHERS),
            1 => prop::sample::select(PIECES),
        ];
        prop::collection::vec(piece, 0..100).prop_map(|v| v.concat())
    }

    /// Any mixture of the known and the other characters.
    fn known_and_others() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => prop::sample::select(KNOWN),
            2 => prop::sample::select(OTHERS),
        ];
        prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    /// Where textwrap's Unicode words of `line` start, but the first.
    fn textwrap_breaks(line: &str) -> Vec<usize> {
        let mut at = 0;
        let mut v = Vec::new();
        for w in textwrap::WordSeparator::UnicodeBreakProperties.find_words(line) {
            if at > 0 {
                v.push(at);
            }
            at += w.word.len() + w.whitespace.len();
        }
        v
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn usual_text_as_textwrap_wraps_it(
            text in usual_text(),
            width in 0usize..90,
            first in prop::sample::select(INDENTS),
            rest in prop::sample::select(INDENTS),
        ) {
            prop_assert_eq!(ours(&text, width, first, rest), theirs(&text, width, first, rest));
        }

        #[test]
        fn mostly_known_text_as_textwrap_wraps_it(
            text in mostly_known(),
            width in 0usize..90,
            first in prop::sample::select(INDENTS),
            rest in prop::sample::select(INDENTS),
        ) {
            prop_assert_eq!(ours(&text, width, first, rest), theirs(&text, width, first, rest));
        }

        /// Wherever `breaks` decides, icu_segmenter (through textwrap)
        /// decides the same, whatever the characters around.
        #[test]
        fn breaks_decides_as_unicode_line_breaking(text in known_and_others()) {
            // textwrap drops the last break: keep the end a plain break.
            let line = format!("{text}中");
            let icu = textwrap_breaks(&line);
            for (p, _) in line.char_indices().skip(1) {
                if let Some(ours) = breaks(&line, p) {
                    prop_assert_eq!(ours, icu.contains(&p), "{:?} at {}", line, p);
                }
            }
        }

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
        fn ascii_text_as_textwrap_wraps_it(
            text in "([a-z]{1,12}|[ -~]{1,6}| {1,3}|\n){0,60}",
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

    /// One character of each line breaking class (and the ones whose
    /// class depends on what surrounds them).
    const EVERY_CLASS: &[&str] = &[
        "a",
        "0",
        " ",
        "(",
        ")",
        "（",
        "）",
        "：",
        "？",
        ".",
        "/",
        "—",
        "\u{200b}",
        "\u{301}",
        "\u{200d}",
        "\u{a0}",
        "\"",
        "“",
        "”",
        "%",
        "$",
        "가",
        "각",
        "\u{1100}",
        "ぁ",
        "々",
        "ー",
        "\u{1f1f0}",
        "\u{1f44d}",
        "\u{1f3fd}",
        "\u{2060}",
        "中",
        "\u{25cc}",
        "क",
        "\u{94d}",
        "ก",
        "\u{3000}",
        "\u{feff}",
        "\t",
        "\r",
        "\u{85}",
        "!",
        "…",
        "·",
    ];

    /// Every ideograph [`lb`] calls one breaks as 中 does, next to a
    /// character of every class.
    #[test]
    fn ideographs_are_ideographs() {
        // Whatever lb calls an ideograph.
        let ideographs: Vec<char> = ('\0'..=char::MAX)
            .filter(|&c| lb(c) == Some(Lb::Id))
            .collect();
        assert!(ideographs.len() > 20_000);
        // Each is three bytes, as 中 is.
        assert!(ideographs.iter().all(|c| c.len_utf8() == 3));
        for other in EVERY_CLASS {
            // Each ideograph between two of `other`, all in one line, breaks
            // where the same line of 中 does.
            let mut each = String::new();
            let mut same = String::new();
            for c in &ideographs {
                for (s, c) in [(&mut each, *c), (&mut same, '中')] {
                    s.push_str(other);
                    s.push(c);
                }
            }
            each.push_str(other);
            same.push_str(other);
            assert_eq!(
                textwrap_breaks(&each),
                textwrap_breaks(&same),
                "next to {other:?}"
            );
        }
    }

    /// Chinese text as the catalogues write it takes the fast way.
    #[test]
    fn chinese_lines_are_decided_without_textwrap() {
        for text in [
            "答案  否：《公约》不能作为请求国意大利（ITA）与被请求国肯尼亚（KEN）之间引渡的法律依据。决定性结论：意大利（ITA）的最高刑：2年，不足四年（《公约》第2条(b)项）和未载明该行为构成第5、6、8或23条所列犯罪（《公约》第3条第1款(a)项）。",
            "该犯罪既不是《公约》或议定书所列犯罪，也不是严重犯罪 [《公约》第3条第1款]",
        ] {
            for width in 20..80 {
                let mut out = String::new();
                assert!(wrap_unicode(&mut out, text, [width, width - 4], "", "    ", false).is_some(), "{width}");
            }
        }
    }

    /// The pair table gives every character of the Basic Multilingual
    /// Plane its width or [`SLOW`], and nothing to the bytes inside one.
    #[test]
    fn the_pair_table_agrees_with_unicode_width() {
        let t = pair_widths();
        let mut known = 0;
        for c in '\u{0}'..='\u{FFFF}' {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let next = b.get(1).copied().unwrap_or(0);
            match t[usize::from(b[0]) << 8 | usize::from(next)] {
                SLOW => assert!(b.len() > 2, "{c:?}"),
                w => {
                    assert_eq!(usize::from(w), char_width(c), "{c:?}");
                    known += 1;
                }
            }
            for k in 1..b.len() {
                let next = b.get(k + 1).copied().unwrap_or(b' ');
                assert_eq!(t[usize::from(b[k]) << 8 | usize::from(next)], 0, "{c:?}");
            }
        }
        // All of one and two bytes, and the ideographs.
        assert!(known > 2048 + 20_000, "{known}");
    }

    /// `uniform8` counts each first byte as the table does, for every
    /// block it takes.
    #[test]
    fn uniform8_counts_as_the_table_does() {
        let t = pair_widths();
        // The width of a character starting with this byte, the same
        // whatever follows.
        let by_first = |c: u8| -> Option<u8> {
            let row = &t[usize::from(c) << 8..(usize::from(c) + 1) << 8];
            let w = if c < 0x80 { row[0] } else { row[0x80] };
            (c < 0x80 || row[0x80..0xC0].iter().all(|&x| x == w)).then_some(w)
        };
        for c in 0..=255u8 {
            let w = u64::from_le_bytes([c, b'a', b'a', b'a', b'a', b'a', b'a', c]);
            if let Some(n) = uniform8(w) {
                let each = by_first(c).filter(|&w| w != SLOW);
                assert_eq!(each.map(|w| 6 + 2 * usize::from(w)), Some(n), "{c:#x}");
            }
        }
    }

    /// `one_column16` takes a block only when the table gives each
    /// character starting in it one column, and marks exactly where they
    /// start: every first byte, followed by every byte that may follow it,
    /// at the block's start, middle and end.
    #[test]
    fn one_column16_counts_as_the_table_does() {
        let t = pair_widths();
        let mut taken = 0;
        for c in 0..=255u8 {
            let seconds: Vec<u8> = if c >= 0xC0 {
                (0x80..0xC0).collect()
            } else {
                vec![b'a']
            };
            for &n in &seconds {
                for k in [0, 7, 14, 15] {
                    let mut block = [b'a'; 18];
                    block[k] = c;
                    block[k + 1] = n;
                    let Some(leads) = one_column16(&block, 0) else {
                        continue;
                    };
                    taken += 1;
                    for j in 0..16 {
                        let w = t[usize::from(block[j]) << 8 | usize::from(block[j + 1])];
                        let start = leads >> j & 1 == 1;
                        assert_eq!(w, u8::from(start), "{c:#x} {n:#x} at {k}, byte {j}");
                    }
                    assert_eq!(leads >> 16, 0);
                }
            }
        }
        // ASCII, Latin, Greek, Cyrillic and Arabic are taken.
        assert!(taken > 4 * (95 + 64 * 20), "{taken}");
    }

    /// `one_column16` counts as `unicode-width` does every character of
    /// one to three bytes that it takes, at the block's start, middle and
    /// end (a character may end after the block), and takes the dashes,
    /// quotes and ellipsis of U+2010-U+2027 and the Arabic vowel signs.
    #[test]
    fn one_column16_counts_as_unicode_width_does() {
        let mut taken = Vec::new();
        for ch in (0x20..0x10000u32).filter_map(char::from_u32) {
            let mut bytes = [0u8; 4];
            let enc = ch.encode_utf8(&mut bytes).as_bytes();
            for k in [0, 7, 13, 14, 15] {
                let mut block = [b'a'; 18];
                block[k..k + enc.len()].copy_from_slice(enc);
                let Some(leads) = one_column16(&block, 0) else {
                    continue;
                };
                let w = ch.width().unwrap_or(0);
                for j in 0..16 {
                    let want = match j {
                        _ if j == k => w == 1,
                        _ if j > k && j < k + enc.len() => false,
                        _ => true,
                    };
                    assert_eq!(leads >> j & 1 == 1, want, "{ch:?} at {k}, byte {j}");
                }
                assert!(w <= 1, "{ch:?}");
                taken.push(ch);
            }
        }
        for ch in ['—', '–', '“', '”', '’', '…', '\u{64f}', '\u{650}', 'ي', '«'] {
            assert!(taken.contains(&ch), "{ch:?}");
        }
    }

    #[test]
    fn ones16_counts_the_bits_of_every_mask() {
        for m in 0..0x10000u32 {
            assert_eq!(ones16(m), m.count_ones() as usize, "{m:#x}");
        }
    }

    /// `chinese16` takes a block only when `unicode-width` gives its
    /// characters the columns it counts: every character of one to three
    /// bytes, at the block's start, middle and end.
    #[test]
    fn chinese16_counts_as_unicode_width_does() {
        let mut taken = 0;
        let chars = (0x20..0x10000u32).filter_map(char::from_u32);
        for c in chars {
            let mut bytes = [0u8; 4];
            let enc = c.encode_utf8(&mut bytes).as_bytes();
            for k in [0, 7, 13, 15] {
                if k + enc.len() > 18 {
                    continue;
                }
                let mut block = [b'a'; 18];
                block[k..k + enc.len()].copy_from_slice(enc);
                let Some(n) = chinese16(&block, 0) else {
                    continue;
                };
                taken += 1;
                // The characters that start in the block.
                let text = std::str::from_utf8(&block).expect("UTF-8");
                let want: usize = text
                    .char_indices()
                    .filter(|&(at, _)| at < 16)
                    .map(|(_, ch)| char_width(ch))
                    .sum();
                assert_eq!(n, want, "U+{:04X} at {k}", c as u32);
            }
        }
        // ASCII, the ideographs, CJK punctuation and full-width forms.
        assert!(taken > 4 * (95 + 20_000), "{taken}");
    }

    proptest! {
        /// On any eight bytes `uniform8` takes, it counts what the table
        /// counts for each byte.
        #[test]
        fn uniform8_takes_only_what_the_table_knows(bytes in prop::collection::vec(any::<u8>(), 9)) {
            let w = u64::from_le_bytes(bytes[..8].try_into().unwrap());
            if let Some(n) = uniform8(w) {
                let t = pair_widths();
                let sum: usize = (0..8)
                    // A lead byte is followed by a byte inside its character.
                    .map(|k| t[usize::from(bytes[k]) << 8 | usize::from(bytes[k + 1] & 0x3F | 0x80)])
                    .map(|w| { assert_ne!(w, SLOW); usize::from(w) })
                    .sum();
                prop_assert_eq!(n, sum);
            }
        }

        /// The scan, sixteen bytes at a time, finds what a scan of each
        /// character finds.
        #[test]
        fn scan_finds_what_each_character_shows(text in "[\\x00-\\x7f\u{80}-\u{7ff}\u{2000}-\u{3100}\u{9f00}-\u{a100}\u{f800}-\u{10000}]{0,80}") {
            let is_cjk =
                |c: char| matches!(c as u32, 0x3000..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF);
            let found = scan(&text);
            prop_assert_eq!(found.cjk, text.chars().any(is_cjk));
            prop_assert_eq!(found.escape, text.contains('\u{1b}'));
            prop_assert_eq!(found.newline, text.contains('\n'));
            let narrow = text.chars().all(|c| c == '\n' || (' '..='~').contains(&c));
            prop_assert_eq!(found.narrow, narrow);
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
