//! `--format text`: the answer first, then why (a tree), what is missing, what
//! only domestic law can answer. Colour only on a terminal and without NO_COLOR
//! (anstream strips it otherwise); the symbols carry the meaning either way.

use std::io::Write;

use anstyle::{AnsiColor, Style};
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Assessment, Basis, Case, Finding, MissingTier, Outcome, RefData};

use super::{answer_sentence, headline, interpretations, long_date, mark, tree};

const WIDTH: usize = 100;

fn style(o: Outcome) -> Style {
    let c = match o {
        Outcome::Yes => AnsiColor::Green,
        Outcome::No => AnsiColor::Red,
        Outcome::Undetermined => AnsiColor::Yellow,
        Outcome::DependsOnDomesticLaw => AnsiColor::Cyan,
        Outcome::Conflict => AnsiColor::Magenta,
    };
    Style::new().fg_color(Some(c.into()))
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// Word-wraps `text` to `WIDTH`, first line after `first`, others after `indent`.
fn wrap(first: &str, indent: usize, text: &str) -> String {
    let mut out = String::from(first);
    let mut col = first.chars().count();
    let mut line_start = true;
    for word in text.split(' ') {
        let w = word.chars().count();
        if !line_start && col + 1 + w > WIDTH {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
            line_start = true;
        }
        if !line_start {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
        line_start = false;
    }
    out
}

fn finding_line(out: &mut dyn Write, depth: usize, f: &Finding) -> std::io::Result<()> {
    let pad = "  ".repeat(depth.min(6));
    let s = style(f.outcome);
    let mut text = f.message.to_string().to_string();
    if let Some(st) = f.strength {
        text.push_str(&format!(" — {}", st.as_str()));
    }
    text.push_str(&format!(" [{}]", f.citation));
    if let Basis::Interpretation(anchor) = f.basis {
        text.push_str(&format!(" (interpretation: docs/legal-method.md#{anchor})"));
    }
    if !f.missing.is_empty() && !f.outcome.is_determined() {
        text.push_str(&format!(" — missing: {}", f.missing.join(", ")));
    }
    let lead = format!("{pad}  {} ", mark(f.outcome));
    let indent = lead.chars().count() + 1;
    let body = wrap("", indent, &text);
    writeln!(
        out,
        "{pad}  {}{}{} {body}",
        s.render(),
        mark(f.outcome),
        s.render_reset()
    )?;
    for src in &f.sources {
        writeln!(
            out,
            "{}{}{}",
            DIM.render(),
            wrap(
                &format!("{pad}      source: "),
                indent + 8,
                &src.to_string()
            ),
            DIM.render_reset()
        )?;
    }
    Ok(())
}

/// Renders the assessment for a terminal.
pub fn render(
    out: &mut dyn Write,
    a: &Assessment,
    case: &Case,
    _data: &RefData,
    command: &str,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}{}, as of {}{}",
        BOLD.render(),
        headline(a),
        long_date(a.as_of),
        BOLD.render_reset()
    )?;
    if let Some(t) = &case.title {
        writeln!(out, "Case: {t}")?;
    }
    writeln!(out)?;
    let answer = a.answer();
    let s = style(answer.outcome);
    let sentence = wrap("ANSWER  ", 8, &answer_sentence(a));
    let sentence = sentence.trim_start_matches("ANSWER  ");
    writeln!(
        out,
        "{}ANSWER{}  {}{sentence}{}",
        BOLD.render(),
        BOLD.render_reset(),
        s.render(),
        s.render_reset()
    )?;
    writeln!(
        out,
        "        {}",
        wrap("        ", 8, &format!("Question: {}", a.question)).trim_start()
    )?;

    let (tree, rest) = tree(a);
    writeln!(out, "\n{}WHY{}", BOLD.render(), BOLD.render_reset())?;
    for (depth, f) in &tree {
        finding_line(out, depth - 1, f)?;
    }
    if !rest.is_empty() {
        writeln!(
            out,
            "\n{}ALSO APPLIES / OTHER FINDINGS{}",
            BOLD.render(),
            BOLD.render_reset()
        )?;
        for f in &rest {
            finding_line(out, 0, f)?;
        }
    }
    let shown: Vec<(&String, MissingTier)> = a
        .missing
        .iter()
        .zip(a.missing_tiers.iter().copied())
        .filter(|(_, t)| *t != MissingTier::Moot)
        .collect();
    let moot = a.missing.len() - shown.len();
    if !shown.is_empty() {
        writeln!(
            out,
            "\n{}STILL TO ESTABLISH{} (most decisive first)",
            BOLD.render(),
            BOLD.render_reset()
        )?;
        for (i, (m, tier)) in shown.iter().enumerate() {
            let tag = if *tier == MissingTier::Decisive {
                " (decides the answer)"
            } else {
                ""
            };
            writeln!(
                out,
                "{}",
                wrap(
                    &format!("  {:>2}. ", i + 1),
                    7,
                    &format!("{}{tag} [{m}]", question_for(m))
                )
            )?;
        }
    }
    if moot > 0 {
        writeln!(out, "{}", wrap("  ", 2, &format!("({moot} other unknown fact{} would settle nothing that matters here; --format json lists {})", if moot == 1 { "" } else { "s" }, if moot == 1 { "it" } else { "them" })))?;
    }
    if !a.domestic_law_questions.is_empty() {
        let mut states: Vec<_> = a.domestic_law_questions.iter().map(|q| q.state).collect();
        states.dedup();
        states.sort();
        states.dedup();
        for st in states {
            let label = if Some(st) == a.requested {
                a.requested_label.to_string()
            } else if Some(st) == a.requesting {
                a.requesting_label.to_string()
            } else {
                String::new()
            };
            writeln!(
                out,
                "\n{}{}'S OWN LAW DECIDES{}",
                BOLD.render(),
                if label.is_empty() {
                    st.to_string()
                } else {
                    label.to_uppercase()
                },
                BOLD.render_reset()
            )?;
            for q in a.domestic_law_questions.iter().filter(|q| q.state == st) {
                writeln!(
                    out,
                    "{}",
                    wrap(
                        "  - ",
                        4,
                        &format!(
                            "{} [{}; answer as domestic_law.{}.\"{}\" = true/false]",
                            q.question, q.citation, q.state, q.id
                        )
                    )
                )?;
            }
        }
    }
    let interp = interpretations(a);
    if !interp.is_empty() {
        writeln!(
            out,
            "\n{}INTERPRETATIONS USED{} (see docs/legal-method.md)",
            BOLD.render(),
            BOLD.render_reset()
        )?;
        writeln!(
            out,
            "  {}",
            interp
                .iter()
                .map(|i| format!("#{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        )?;
    }
    let short = a.data_snapshot.get(..19).unwrap_or(&a.data_snapshot);
    writeln!(
        out,
        "\n{}Engine {} · data {}… · reproduce: {}{}",
        DIM.render(),
        a.engine,
        short,
        command,
        DIM.render_reset()
    )?;
    Ok(())
}
