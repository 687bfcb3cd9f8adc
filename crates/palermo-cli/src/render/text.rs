//! `--format text`: the answer first (headline, route, risks, caveats), then
//! why (a tree), what is missing, what only domestic law can answer. Wrapped
//! to the terminal's width (80 when not a terminal), never inside a word.
//! Colour only on a terminal and without NO_COLOR (anstream strips it
//! otherwise); the symbols carry the meaning either way.

use std::io::Write;

use anstyle::{AnsiColor, Style};
use palermo_i18n::{Arg, Msg};
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, MissingTier, Outcome};

use super::{interpretations, mark, tree, View};

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

/// The width to wrap to: the terminal's, else 80.
pub fn width() -> usize {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return (w as usize).clamp(40, 160);
        }
    }
    80
}

/// Wraps `text` to `width` columns, the first line after `first`, the others
/// after `rest`. Lines break between words (and, in Chinese, between
/// characters, as Unicode line breaking allows), never inside a word; a
/// word longer than the line stays whole.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    super::wrap::fill_into(&mut out, text, width, first, rest);
    out
}

/// A heading in capitals, except what is in brackets (a file name, a note).
fn upper_heading(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

struct Out<'w> {
    w: &'w mut dyn Write,
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

impl Out<'_> {
    fn heading(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(
            self.w,
            "\n{}{}{}",
            on(self.colour, BOLD).render(),
            upper_heading(text),
            on(self.colour, BOLD).render_reset()
        )
    }

    fn para(&mut self, text: &str, first: &str, rest: &str) -> std::io::Result<()> {
        writeln!(self.w, "{}", wrap(text, self.width, first, rest))
    }
}

fn finding_line(o: &mut Out<'_>, v: &View<'_>, depth: usize, f: &Finding) -> std::io::Result<()> {
    let pad = "  ".repeat(depth.min(6));
    let mut text = v.msg(&f.message);
    if let Some(st) = f.strength {
        text.push_str(" — ");
        text.push_str(&v.strength(st));
    }
    text.push_str(" [");
    text.push_str(&v.r.cite(f.citation));
    text.push(']');
    if let Basis::Interpretation(anchor) = f.basis {
        text.push_str(" (");
        text.push_str(
            &v.msg(
                &Msg::new("label-interpretation").arg("anchor", Arg::text(format!("#{anchor}"))),
            ),
        );
        text.push(')');
    }
    if !f.missing.is_empty() && !f.outcome.is_determined() {
        text.push_str(" — ");
        text.push_str(&v.msg(&Msg::new("label-missing").arg(
            "facts",
            Arg::List(f.missing.iter().map(|m| Arg::text(m.as_str())).collect()),
        )));
    }
    let symbol = mark(f);
    let first = format!("{pad}  {symbol} ");
    let rest = " ".repeat(first.chars().count());
    let body = wrap(&text, o.width, &first, &rest);
    // Colour the mark only, after wrapping (escapes have no width).
    if o.colour {
        let s = style(f);
        let coloured = body.replacen(
            symbol,
            &format!("{}{symbol}{}", s.render(), s.render_reset()),
            1,
        );
        writeln!(o.w, "{coloured}")?;
    } else {
        writeln!(o.w, "{body}")?;
    }
    for src in &f.sources {
        let line = format!("{}: {}", v.t("label-source"), v.source(src));
        writeln!(
            o.w,
            "{}{}{}",
            on(o.colour, DIM).render(),
            wrap(&line, o.width, &format!("{rest}  "), &format!("{rest}    ")),
            on(o.colour, DIM).render_reset()
        )?;
    }
    Ok(())
}

/// Renders the assessment for a terminal `width` columns wide, with colour
/// or without.
pub fn render(w: &mut dyn Write, v: &View<'_>, width: usize, colour: bool) -> std::io::Result<()> {
    let a = v.a;
    let mut o = Out { w, width, colour };
    let (bold, dim) = (on(colour, BOLD), on(colour, DIM));
    writeln!(
        o.w,
        "{}{}{}",
        bold.render(),
        wrap(&v.title_as_of(), width, "", ""),
        bold.render_reset()
    )?;
    if let Some(t) = &v.case.title {
        let line = v.msg(&Msg::new("label-case").arg("title", Arg::text(t.as_str())));
        o.para(&line, "", "  ")?;
    }
    let answer_word = v.t("heading-answer").to_uppercase();
    let lead = format!("{answer_word}  ");
    let indent = " ".repeat(lead.chars().count());
    writeln!(o.w)?;
    o.para(&v.msg(&v.answer.headline), &lead, &indent)?;
    let q = v.msg(&Msg::new("label-question").arg("question", Arg::text(v.question())));
    o.para(&q, &indent, &indent)?;

    let numbered = |o: &mut Out<'_>, steps: &[palermo_rules::answer::Step], bullet: bool| {
        for (i, s) in steps.iter().enumerate() {
            let lead = if bullet {
                "  - ".to_string()
            } else {
                format!("  {:>2}. ", i + 1)
            };
            let rest = " ".repeat(lead.chars().count());
            let mut text = v.msg(&s.msg);
            if let Some(c) = s.citation {
                text.push_str(" [");
                text.push_str(&v.r.cite(c));
                text.push(']');
            }
            o.para(&text, &lead, &rest)?;
        }
        Ok::<(), std::io::Error>(())
    };
    if !v.answer.route.is_empty() {
        o.heading(&v.t("heading-route"))?;
        numbered(&mut o, &v.answer.route, false)?;
    }
    if !v.answer.risks.is_empty() {
        o.heading(&v.t("heading-risks"))?;
        numbered(&mut o, &v.answer.risks, true)?;
    }
    if !v.answer.treaty_points.is_empty() {
        o.heading(&v.t("heading-treaty-points"))?;
        numbered(&mut o, &v.answer.treaty_points, true)?;
    }
    if !v.answer.caveats.is_empty() {
        o.heading(&v.t("heading-caveats"))?;
        for c in &v.answer.caveats {
            o.para(&v.msg(&c.msg), "  - ", "    ")?;
        }
    }

    let (tree, rest) = tree(a);
    o.heading(&v.t("heading-why"))?;
    for (depth, f) in &tree {
        finding_line(&mut o, v, depth - 1, f)?;
    }
    let shown: Vec<&&Finding> = rest.iter().filter(|f| !v.hidden(f)).collect();
    let hidden = rest.len() - shown.len();
    if !shown.is_empty() {
        o.heading(&v.t("heading-other-findings"))?;
        for f in &shown {
            finding_line(&mut o, v, 0, f)?;
        }
    }
    if hidden > 0 {
        o.para(
            &v.msg(&Msg::new("label-hidden").arg("n", hidden)),
            "  ",
            "  ",
        )?;
    }
    let open: Vec<(&String, MissingTier)> = a
        .missing
        .iter()
        .zip(a.missing_tiers.iter().copied())
        .filter(|(_, t)| *t != MissingTier::Moot)
        .collect();
    let moot = a.missing.len() - open.len();
    if !open.is_empty() {
        o.heading(&v.t("heading-still-to-establish"))?;
        for (i, (m, tier)) in open.iter().enumerate() {
            let mut text = v.msg(&question_for(m));
            if *tier == MissingTier::Decisive {
                text.push(' ');
                text.push_str(&v.t("label-decisive"));
            }
            text.push_str(&format!(" [{m}]"));
            let lead = format!("  {:>2}. ", i + 1);
            o.para(&text, &lead, "      ")?;
        }
    }
    if moot > 0 {
        o.para(
            &v.msg(&Msg::new("label-moot-count").arg("n", moot)),
            "  ",
            "  ",
        )?;
    }
    let mut states: Vec<_> = a.domestic_law_questions.iter().map(|q| q.state).collect();
    states.sort();
    states.dedup();
    for st in states {
        o.heading(&v.msg(&Msg::new("heading-own-law").arg("state", st)))?;
        for q in palermo_rules::answer::ordered_questions(a)
            .into_iter()
            .filter(|q| q.state == st)
        {
            let field = format!("domestic_law.{}.\"{}\"", q.state, q.id);
            let text = format!(
                "{} [{}; {}]",
                v.msg(&q.question),
                v.r.cite(q.citation),
                v.msg(&Msg::new("label-answer-as").arg("field", Arg::text(field)))
            );
            o.para(&text, "  - ", "    ")?;
        }
    }
    let interp = interpretations(a);
    if !interp.is_empty() {
        o.heading(&v.t("heading-interpretations"))?;
        let list: Vec<String> = interp.iter().map(|i| format!("#{i}")).collect();
        o.para(&list.join(", "), "  ", "  ")?;
    }
    let short = a.data_snapshot.get(..19).unwrap_or(&a.data_snapshot);
    let footer = v.msg(
        &Msg::new("label-footer")
            .arg("engine", Arg::text(a.engine))
            .arg("data", Arg::text(format!("{short}…")))
            .arg("command", Arg::text(v.command.as_str())),
    );
    writeln!(
        o.w,
        "\n{}{}{}",
        dim.render(),
        wrap(&footer, width, "", ""),
        dim.render_reset()
    )?;
    Ok(())
}
