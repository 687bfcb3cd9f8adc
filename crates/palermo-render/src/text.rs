//! `--format text`: the answer first (headline, route, risks, caveats), then
//! why (a tree), what is missing, what only domestic law can answer. Wrapped
//! to the width asked (the CLI passes the terminal's, 80 when not a terminal),
//! never inside a word.
//! Colour only on a terminal and without NO_COLOR (anstream strips it
//! otherwise); the symbols carry the meaning either way.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use palermo_i18n::{Arg, Msg};
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, MissingTier, Outcome};

use crate::{interpretations, mark, tree, wrap, View};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn style(f: &Finding) -> Style {
    let c = match (palermo_rules::answer::effect(f), f.outcome) {
        (Some(true), _) => AnsiColor::Green,
        (Some(false), _) => AnsiColor::Red,
        (None, Outcome::DependsOnDomesticLaw) => AnsiColor::Cyan,
        (None, Outcome::Conflict) => AnsiColor::Magenta,
        (None, _) => AnsiColor::Yellow,
    };
    Style::new().fg_color(Some(c.into()))
}

/// Wraps `text` to `width` columns, the first line after `first`, the others
/// after `rest`. Lines break between words (and, in Chinese, between
/// characters, as Unicode line breaking allows), never inside a word; a
/// word longer than the line stays whole.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    crate::wrap::fill_into(&mut out, text, width, first, rest);
    out
}

/// Appends a heading in capitals, except what is in brackets (a file name,
/// a note).
fn upper_heading(out: &mut String, text: &str) {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 {
            out.push(c);
        } else {
            upper(out, c);
        }
    }
}

/// Appends `c` in capitals, as `char::to_uppercase` gives it (ASCII and
/// the basic Cyrillic letters by their offsets, Arabic and the CJK blocks
/// as they are, having no capitals; the tests check them).
#[inline]
fn upper(out: &mut String, c: char) {
    match c {
        'a'..='z' => out.push(c.to_ascii_uppercase()),
        'а'..='я' => out.push(char::from_u32(c as u32 - 0x20).unwrap_or(c)),
        'ѐ'..='џ' => out.push(char::from_u32(c as u32 - 0x50).unwrap_or(c)),
        '\u{0600}'..='\u{06FF}' | '\u{3000}'..='\u{9FFF}' => out.push(c),
        _ if c.is_ascii() => out.push(c),
        _ => out.extend(c.to_uppercase()),
    }
}

/// The parentheses of an aside after a sentence, as the language writes
/// them: full-width and without a space before in Chinese (as its
/// catalogue writes "意大利（ITA）"), else a space and ASCII ones.
fn parentheses(v: &View<'_>) -> (&'static str, &'static str) {
    match v.r.lang() {
        palermo_i18n::Lang::Zh => ("（", "）"),
        palermo_i18n::Lang::Ar
        | palermo_i18n::Lang::En
        | palermo_i18n::Lang::Es
        | palermo_i18n::Lang::Fr
        | palermo_i18n::Lang::Ru => (" (", ")"),
    }
}

/// Appends `n` right-aligned in two columns (`{:>2}`).
fn push_num2(out: &mut String, n: usize) {
    if n < 10 {
        out.push(' ');
    }
    push_num(out, n);
}

fn push_num(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

fn push_spaces(out: &mut String, n: usize) {
    // Indents are short: one copy from a run of spaces.
    const SPACES: &str = "                                ";
    let mut n = n;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// The text being written: everything goes into `buf`, which is written
/// out once; a paragraph is put together in `s` and wrapped into `buf`
/// with the indents in `first` and `rest`. The four are reused, so a
/// rendering allocates little beyond them.
struct Out<'v, 'a> {
    v: &'v View<'a>,
    buf: String,
    s: String,
    first: String,
    rest: String,
    width: usize,
    colour: bool,
}

/// A style, or none when the output is not coloured.
fn on(colour: bool, s: Style) -> Style {
    if colour {
        s
    } else {
        Style::new()
    }
}

impl Out<'_, '_> {
    fn style(&mut self, s: Style) {
        if self.colour {
            let _ = write!(self.buf, "{}", s.render());
        }
    }

    fn reset(&mut self, s: Style) {
        if self.colour {
            let _ = write!(self.buf, "{}", on(true, s).render_reset());
        }
    }

    /// Wraps `s` after the indents `first` and `rest`, then a line end.
    fn para(&mut self) {
        wrap::fill_into(&mut self.buf, &self.s, self.width, &self.first, &self.rest);
        self.buf.push('\n');
    }

    /// [`Out::para`] with the widths of the indents known: `first` and
    /// `rest` of one-column characters only, `first_width` and
    /// `rest_width` of them.
    fn para_measured(&mut self, first_width: usize, rest_width: usize) {
        self.wrap_measured(first_width, rest_width);
        self.buf.push('\n');
    }

    /// Wraps `s` after indents of known widths, without the line end.
    fn wrap_measured(&mut self, first_width: usize, rest_width: usize) {
        debug_assert_eq!(
            first_width,
            wrap::display_width(&self.first),
            "{:?}",
            self.first
        );
        debug_assert_eq!(
            rest_width,
            wrap::display_width(&self.rest),
            "{:?}",
            self.rest
        );
        wrap::fill_into_measured(
            &mut self.buf,
            &self.s,
            self.width,
            &self.first,
            &self.rest,
            Some([first_width, rest_width]),
        );
    }

    /// Wraps `s` after these indents, then a line end.
    fn para_with(&mut self, first: &str, rest: &str) {
        self.set_indents(first, rest);
        self.para();
    }

    fn set_indents(&mut self, first: &str, rest: &str) {
        self.first.clear();
        self.first.push_str(first);
        self.rest.clear();
        self.rest.push_str(rest);
    }

    /// `rest` as wide in characters as `first`, all spaces.
    fn rest_under_first(&mut self) {
        self.rest.clear();
        // The characters of a short indent: its bytes that start one.
        let n = self.first.bytes().filter(|b| b & 0xC0 != 0x80).count();
        push_spaces(&mut self.rest, n);
    }

    fn heading_id(&mut self, id: &'static str) {
        self.s.clear();
        self.v.write_t(id, &mut self.s);
        self.heading();
    }

    /// A blank line, then `s` as a heading.
    fn heading(&mut self) {
        self.buf.push('\n');
        self.style(BOLD);
        upper_heading(&mut self.buf, &self.s);
        self.reset(BOLD);
        self.buf.push('\n');
    }

    /// The answer's steps, numbered or as bullets.
    fn steps(&mut self, steps: &[palermo_rules::answer::Step], bullet: bool) {
        let v = self.v;
        for (i, step) in steps.iter().enumerate() {
            self.first.clear();
            if bullet {
                self.first.push_str("  - ");
            } else {
                self.first.push_str("  ");
                push_num2(&mut self.first, i + 1);
                self.first.push_str(". ");
            }
            self.rest_under_first();
            self.s.clear();
            v.write_msg(&step.msg, &mut self.s);
            if let Some(c) = v.step_citation(step) {
                self.s.push_str(" [");
                v.r.write_cite(c, &mut self.s);
                self.s.push(']');
            }
            self.para();
        }
    }

    fn finding(&mut self, depth: usize, f: &Finding) {
        let v = self.v;
        let s = &mut self.s;
        s.clear();
        v.write_msg(&f.message, s);
        if let Some(st) = f.strength {
            s.push_str(" — ");
            v.write_strength(st, s);
        }
        s.push_str(" [");
        v.r.write_cite(f.citation, s);
        s.push(']');
        if let Basis::Interpretation(anchor) = f.basis {
            let (open, close) = parentheses(v);
            s.push_str(open);
            let mut hash = String::with_capacity(anchor.len() + 1);
            hash.push('#');
            hash.push_str(anchor);
            v.write_msg(
                &Msg::new("label-interpretation").arg("anchor", Arg::text(hash)),
                s,
            );
            s.push_str(close);
        }
        if !f.missing.is_empty() && !f.outcome.is_determined() {
            s.push_str(" — ");
            v.write_msg(
                &Msg::new("label-missing").arg(
                    "facts",
                    Arg::List(f.missing.iter().map(|m| Arg::text(m.path())).collect()),
                ),
                s,
            );
        }
        let symbol = mark(f);
        // The marks are one column wide: the indents are as wide as they
        // have characters.
        let indent = 2 * depth.min(6) + 2;
        self.first.clear();
        push_spaces(&mut self.first, indent);
        self.first.push_str(symbol);
        self.first.push(' ');
        self.rest.clear();
        push_spaces(&mut self.rest, indent + 2);
        let at = self.buf.len();
        self.para_measured(indent + 2, indent + 2);
        // Colour the mark only, after wrapping (escapes have no width).
        if self.colour {
            if let Some(i) = self.buf[at..].find(symbol) {
                let st = style(f);
                let reset = format!("{}", st.render_reset());
                self.buf.insert_str(at + i + symbol.len(), &reset);
                self.buf.insert_str(at + i, &format!("{}", st.render()));
            }
        }
        for src in &f.sources {
            let s = &mut self.s;
            s.clear();
            v.write_source_line(src, s);
            // The source lines hang under the finding's text.
            self.first.clone_from(&self.rest);
            self.first.push_str("  ");
            self.rest.push_str("    ");
            self.style(DIM);
            self.wrap_measured(indent + 4, indent + 6);
            self.reset(DIM);
            self.buf.push('\n');
            self.rest.truncate(self.rest.len() - 4);
        }
    }

    fn all(&mut self) {
        let v = self.v;
        let a = v.a;
        self.style(BOLD);
        wrap::fill_into(&mut self.buf, &v.title_as_of(), self.width, "", "");
        self.reset(BOLD);
        self.buf.push('\n');
        if let Some(t) = &v.case.title {
            self.s.clear();
            v.write_msg(
                &Msg::new("label-case").arg("title", Arg::text(t.as_str())),
                &mut self.s,
            );
            self.para_with("", "  ");
        }
        self.first.clear();
        self.first.push_str(&v.t("heading-answer").to_uppercase());
        self.first.push_str("  ");
        self.rest_under_first();
        self.buf.push('\n');
        self.s.clear();
        v.write_msg(&v.answer.headline, &mut self.s);
        self.para();
        self.s.clear();
        v.write_msg(
            &Msg::new("label-question").arg("question", Arg::text(v.question())),
            &mut self.s,
        );
        self.first.clone_from(&self.rest);
        self.para();

        if !v.answer.route.is_empty() {
            self.heading_id("heading-route");
            self.steps(&v.answer.route, false);
        }
        if !v.answer.risks.is_empty() {
            self.heading_id("heading-risks");
            self.steps(&v.answer.risks, true);
        }
        if !v.answer.treaty_points.is_empty() {
            self.heading_id("heading-treaty-points");
            self.steps(&v.answer.treaty_points, true);
        }
        if !v.answer.caveats.is_empty() {
            self.heading_id("heading-caveats");
            self.set_indents("  - ", "    ");
            for c in &v.answer.caveats {
                self.s.clear();
                v.write_msg(&c.msg, &mut self.s);
                self.para();
            }
        }

        let (tree, rest) = tree(a);
        self.heading_id("heading-why");
        for (depth, f) in &tree {
            self.finding(depth - 1, f);
        }
        let mut hidden = 0;
        let mut shown = 0;
        for f in &rest {
            if v.hidden(f) {
                hidden += 1;
                continue;
            }
            if shown == 0 {
                self.heading_id("heading-other-findings");
            }
            shown += 1;
            self.finding(0, f);
        }
        if hidden > 0 {
            self.s.clear();
            v.write_msg(&Msg::new("label-hidden").arg("n", hidden), &mut self.s);
            self.para_with("  ", "  ");
        }
        let mut open = 0;
        let mut moot = 0;
        for (m, tier) in a.missing.iter().zip(a.missing_tiers.iter().copied()) {
            if tier == MissingTier::Moot {
                moot += 1;
                continue;
            }
            if open == 0 {
                self.heading_id("heading-still-to-establish");
            }
            open += 1;
            let s = &mut self.s;
            s.clear();
            v.write_msg(&m.with_path(|p| question_for(p, v.a.kind)), s);
            if tier == MissingTier::Decisive {
                s.push(' ');
                v.write_t("label-decisive", s);
            }
            s.push_str(" [");
            m.with_path(|p| s.push_str(p));
            s.push(']');
            self.first.clear();
            self.first.push_str("  ");
            push_num2(&mut self.first, open);
            self.first.push_str(". ");
            self.rest.clear();
            self.rest.push_str("      ");
            self.para();
        }
        // Missing facts without a tier count as moot, as before.
        moot += a.missing.len().saturating_sub(a.missing_tiers.len());
        if moot > 0 {
            self.s.clear();
            v.write_msg(&Msg::new("label-moot-count").arg("n", moot), &mut self.s);
            self.para_with("  ", "  ");
        }
        let mut states: Vec<_> = a.domestic_law_questions.iter().map(|q| q.state).collect();
        states.sort();
        states.dedup();
        if !states.is_empty() {
            let ordered = palermo_rules::answer::ordered_questions(a);
            for st in states {
                self.s.clear();
                v.write_msg(&Msg::new("heading-own-law").arg("state", st), &mut self.s);
                self.heading();
                for q in ordered.iter().filter(|q| q.state == st) {
                    let field = format!("domestic_law.{}.\"{}\"", q.state, q.id);
                    let s = &mut self.s;
                    s.clear();
                    v.write_msg(&q.question, s);
                    s.push_str(" [");
                    v.r.write_cite(q.citation, s);
                    s.push_str("; ");
                    v.write_msg(
                        &Msg::new("label-answer-as").arg("field", Arg::text(field)),
                        s,
                    );
                    s.push(']');
                    self.para_with("  - ", "    ");
                }
            }
        }
        let interp = interpretations(a);
        if !interp.is_empty() {
            self.heading_id("heading-interpretations");
            for anchor in interp {
                self.s.clear();
                match palermo_rules::catalogue::interpretation_title(anchor) {
                    Some(id) => v.write_msg(&Msg::new(id), &mut self.s),
                    None => self.s.push_str(anchor),
                }
                let (open, close) = parentheses(v);
                self.s.push_str(open);
                self.s.push('#');
                self.s.push_str(anchor);
                self.s.push_str(close);
                self.para_with("  - ", "    ");
            }
        }
        let short = a.data_snapshot.get(..19).unwrap_or(&a.data_snapshot);
        let footer = v.msg(
            &Msg::new("label-footer")
                .arg("engine", Arg::text(a.engine))
                .arg("data", Arg::text(format!("{short}…")))
                .arg("command", Arg::text(v.command.as_str())),
        );
        self.buf.push('\n');
        self.style(DIM);
        wrap::fill_into(&mut self.buf, &footer, self.width, "", "");
        self.reset(DIM);
        self.buf.push('\n');
    }
}

/// Renders the assessment for a terminal `width` columns wide, with colour
/// or without, appending it to `out` (what `out` holds is kept; text there
/// is checked once, so hand it an empty buffer to pay nothing).
pub fn render(out: &mut Vec<u8>, v: &View<'_>, width: usize, colour: bool) {
    // Written straight into the caller's buffer, which holds text (an
    // empty one does): no copy of the memo and no buffer of its own. Bytes
    // that are not text are kept and the rendering goes after them.
    let (mut buf, before) = match String::from_utf8(std::mem::take(out)) {
        Ok(text) => (text, None),
        Err(e) => (String::new(), Some(e.into_bytes())),
    };
    buf.reserve(16 * 1024);
    let mut o = Out {
        v,
        buf,
        s: String::with_capacity(1024),
        first: String::with_capacity(32),
        rest: String::with_capacity(32),
        width,
        colour,
    };
    o.all();
    match before {
        None => *out = o.buf.into_bytes(),
        Some(mut bytes) => {
            bytes.extend_from_slice(o.buf.as_bytes());
            *out = bytes;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rendering goes after what the caller's buffer holds, text or
    /// not, and is the same as into an empty one.
    #[test]
    fn a_rendering_goes_after_what_the_buffer_holds() {
        use palermo_case::{read_case, Syntax};
        use palermo_rules::{assess, Options, RefData};
        let data = RefData::embedded();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/ivory-kenya-italy.toml");
        let text = std::fs::read_to_string(path).unwrap();
        let case = read_case("ivory.toml", &text, Syntax::Toml, &data)
            .unwrap()
            .case;
        let a = assess(&case, &data, case.as_of.unwrap(), Options::default()).unwrap();
        let names = crate::case_names(&case);
        for lang in palermo_i18n::Lang::ALL {
            let v = crate::test_support::view(&a, &case, &data, &names, lang);
            let mut alone = Vec::new();
            render(&mut alone, &v, 80, false);
            assert!(alone.len() > 1000, "{lang}");
            for before in [&b"earlier text\n"[..], &[0xFF, 0xFE, b'\n'][..]] {
                let mut out = before.to_vec();
                render(&mut out, &v, 80, false);
                assert_eq!(&out[..before.len()], before, "{lang}");
                assert_eq!(&out[before.len()..], &alone[..], "{lang}");
            }
        }
    }

    #[test]
    fn capitals_are_those_of_to_uppercase() {
        for c in ('\u{0}'..='\u{9FFF}').chain(['ß', 'ŉ', 'ﬀ']) {
            let mut ours = String::new();
            upper(&mut ours, c);
            assert_eq!(ours, c.to_uppercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn headings_keep_brackets_as_they_are() {
        let mut s = String::new();
        upper_heading(
            &mut s,
            "пересмотр (docs/legal-method.md) и (вложенные (скобки)) конец",
        );
        assert_eq!(
            s,
            "ПЕРЕСМОТР (docs/legal-method.md) И (вложенные (скобки)) КОНЕЦ"
        );
    }
}
