//! `--format markdown`: the same content as text, for a memo or a wiki.

use std::io::Write;

use palermo_rules::fact_questions::question_for;
use palermo_rules::{Assessment, Basis, Case, Finding, RefData};

use super::{answer_sentence, headline, interpretations, long_date, mark, tree};

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn item(f: &Finding) -> String {
    let mut s = format!(
        "{} **{}** — {}",
        mark(f.outcome),
        f.outcome.as_str(),
        escape(&f.message.to_string())
    );
    if let Some(st) = f.strength {
        s.push_str(&format!(" _({})_", st.as_str()));
    }
    s.push_str(&format!(" `{}` · {}", f.id, f.citation));
    if let Basis::Interpretation(anchor) = f.basis {
        s.push_str(&format!(
            " · [interpretation](docs/legal-method.md#{anchor})"
        ));
    }
    if !f.missing.is_empty() && !f.outcome.is_determined() {
        s.push_str(&format!(
            " · missing: {}",
            f.missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for src in &f.sources {
        s.push_str(&format!(" · source: {}", escape(&src.to_string())));
    }
    s
}

/// Renders the assessment as Markdown.
pub fn render(
    out: &mut dyn Write,
    a: &Assessment,
    case: &Case,
    _data: &RefData,
    command: &str,
) -> std::io::Result<()> {
    writeln!(out, "# {}, as of {}\n", headline(a), long_date(a.as_of))?;
    if let Some(t) = &case.title {
        writeln!(out, "Case: {t}\n")?;
    }
    writeln!(out, "**Answer.** {}\n", answer_sentence(a))?;
    writeln!(out, "_Question: {}_\n", a.question)?;
    let (tree, rest) = tree(a);
    writeln!(out, "## Why\n")?;
    for (depth, f) in &tree {
        writeln!(out, "{}- {}", "  ".repeat(depth - 1), item(f))?;
    }
    if !rest.is_empty() {
        writeln!(out, "\n## Also applies / other findings\n")?;
        for f in &rest {
            writeln!(out, "- {}", item(f))?;
        }
    }
    if !a.missing.is_empty() {
        writeln!(out, "\n## Still to establish (most decisive first)\n")?;
        for (i, (m, tier)) in a.missing.iter().zip(&a.missing_tiers).enumerate() {
            let note = match tier {
                palermo_rules::MissingTier::Decisive => " — **decides the answer**",
                palermo_rules::MissingTier::SideFinding => "",
                palermo_rules::MissingTier::Moot => " — _settles nothing that matters here_",
            };
            writeln!(out, "{}. {} (`{m}`){note}", i + 1, question_for(m))?;
        }
    }
    if !a.domestic_law_questions.is_empty() {
        writeln!(out, "\n## What only domestic law can answer\n")?;
        for q in &a.domestic_law_questions {
            writeln!(
                out,
                "- **{}**: {} ({}; answer as `domestic_law.{}.\"{}\"`)",
                q.state, q.question, q.citation, q.state, q.id
            )?;
        }
    }
    let interp = interpretations(a);
    if !interp.is_empty() {
        writeln!(out, "\n## Interpretations used\n")?;
        for i in interp {
            writeln!(out, "- [{i}](docs/legal-method.md#{i})")?;
        }
    }
    writeln!(
        out,
        "\n---\nEngine {} · data `{}` · reproduce: `{}`",
        a.engine, a.data_snapshot, command
    )?;
    Ok(())
}
