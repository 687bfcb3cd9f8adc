//! `--format markdown`: a memo. Issue, short answer, route, legal basis
//! with citations, risks, next steps, the drafting checklist, caveats; the
//! reasoning follows as an appendix. Arabic is wrapped in a right-to-left
//! block (`dir="rtl"`).

use std::io::Write;

use palermo_i18n::{Arg, Msg};
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, MissingTier};

use super::{interpretations, mark, tree, View};

/// Markdown-safe inline text: no table pipes, no line breaks, no stray emphasis.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn item(v: &View<'_>, f: &Finding) -> String {
    let mut s = format!("{} {}", mark(f), esc(&v.msg(&f.message)));
    if let Some(st) = f.strength {
        s.push_str(&format!(" _({})_", esc(&v.strength(st))));
    }
    s.push_str(&format!(" — {} · `{}`", esc(&v.r.cite(f.citation)), f.id));
    if let Basis::Interpretation(anchor) = f.basis {
        s.push_str(&format!(
            " · [{}](docs/legal-method.md#{anchor})",
            esc(&v.msg(
                &Msg::new("label-interpretation").arg("anchor", Arg::text(format!("#{anchor}")))
            ))
        ));
    }
    if !f.missing.is_empty() && !f.outcome.is_determined() {
        let facts: Vec<Arg> = f
            .missing
            .iter()
            .map(|m| Arg::text(format!("`{m}`")))
            .collect();
        s.push_str(" · ");
        s.push_str(&v.msg(&Msg::new("label-missing").arg("facts", Arg::List(facts))));
    }
    for src in &f.sources {
        s.push_str(&format!(
            " · {}: {}",
            v.t("label-source"),
            esc(&v.source(src))
        ));
    }
    s
}

fn steps(
    out: &mut dyn Write,
    v: &View<'_>,
    heading: &str,
    steps: &[palermo_rules::answer::Step],
    style: &str,
) -> std::io::Result<()> {
    if steps.is_empty() {
        return Ok(());
    }
    writeln!(out, "## {}\n", v.t(heading))?;
    for (i, s) in steps.iter().enumerate() {
        let lead = match style {
            "numbered" => format!("{}.", i + 1),
            "check" => "- [ ]".to_string(),
            _ => "-".to_string(),
        };
        let cite = s
            .citation
            .map(|c| format!(" ({})", esc(&v.r.cite(c))))
            .unwrap_or_default();
        writeln!(out, "{lead} {}{cite}", esc(&v.msg(&s.msg)))?;
    }
    writeln!(out)
}

/// Renders the assessment as a Markdown memo.
pub fn render(out: &mut dyn Write, v: &View<'_>) -> std::io::Result<()> {
    let a = v.a;
    let lang = v.r.lang();
    if lang.dir() == "rtl" {
        writeln!(out, "<div dir=\"rtl\" lang=\"{}\">\n", lang.code())?;
    }
    writeln!(out, "# {}\n", esc(&v.title()))?;
    let mut meta = v.r.date(a.as_of);
    if let Some(t) = &v.case.title {
        meta.push_str(" · ");
        meta.push_str(&esc(
            &v.msg(&Msg::new("label-case").arg("title", Arg::text(t.as_str())))
        ));
    }
    writeln!(out, "_{meta}_\n")?;

    writeln!(out, "## {}\n", v.t("heading-issue"))?;
    writeln!(out, "{}\n", esc(&v.question()))?;
    writeln!(out, "## {}\n", v.t("heading-short-answer"))?;
    writeln!(out, "**{}**\n", esc(&v.msg(&v.answer.headline)))?;

    steps(out, v, "heading-route", &v.answer.route, "numbered")?;

    // The legal basis: the answer and its direct reasons, with citations.
    let ans = a.answer();
    writeln!(out, "## {}\n", v.t("heading-legal-basis"))?;
    writeln!(out, "- {}", item(v, ans))?;
    for child in &ans.because {
        if let Some(f) = a.finding(child) {
            writeln!(out, "  - {}", item(v, f))?;
        }
    }
    writeln!(out)?;

    steps(out, v, "heading-risks", &v.answer.risks, "bullet")?;

    // Next steps: the facts still to establish, then domestic-law questions.
    let open: Vec<(&palermo_rules::Fact, MissingTier)> = a
        .missing
        .iter()
        .zip(a.missing_tiers.iter().copied())
        .filter(|(_, t)| *t != MissingTier::Moot)
        .collect();
    if !open.is_empty() || !a.domestic_law_questions.is_empty() {
        writeln!(out, "## {}\n", v.t("heading-next-steps"))?;
        let mut n = 0;
        for (m, tier) in &open {
            n += 1;
            let tag = if *tier == MissingTier::Decisive {
                format!(" **{}**", esc(&v.t("label-decisive")))
            } else {
                String::new()
            };
            writeln!(
                out,
                "{n}. {}{tag} (`{m}`)",
                esc(&v.msg(&m.with_path(question_for)))
            )?;
        }
        for q in palermo_rules::answer::ordered_questions(a) {
            n += 1;
            let field = format!("`domestic_law.{}.\"{}\"`", q.state, q.id);
            writeln!(
                out,
                "{n}. {} ({}; {})",
                esc(&v.msg(&q.question)),
                esc(&v.r.cite(q.citation)),
                v.msg(&Msg::new("label-answer-as").arg("field", Arg::text(field)))
            )?;
        }
        writeln!(out)?;
    }

    steps(out, v, "heading-checklist", &v.answer.checklist, "check")?;
    steps(
        out,
        v,
        "heading-treaty-points",
        &v.answer.treaty_points,
        "bullet",
    )?;
    if !v.answer.caveats.is_empty() {
        writeln!(out, "## {}\n", v.t("heading-caveats"))?;
        for c in &v.answer.caveats {
            writeln!(out, "- {}", esc(&v.msg(&c.msg)))?;
        }
        writeln!(out)?;
    }

    // Appendix: the whole reasoning.
    writeln!(out, "## {}\n", v.t("heading-appendix"))?;
    let (tree, rest) = tree(a);
    for (depth, f) in &tree {
        writeln!(out, "{}- {}", "  ".repeat(depth - 1), item(v, f))?;
    }
    let shown: Vec<&&Finding> = rest.iter().filter(|f| !v.hidden(f)).collect();
    if !shown.is_empty() {
        writeln!(out, "\n### {}\n", v.t("heading-other-findings"))?;
        for f in &shown {
            writeln!(out, "- {}", item(v, f))?;
        }
    }
    let hidden = rest.len() - shown.len();
    if hidden > 0 {
        writeln!(
            out,
            "\n_{}_",
            esc(&v.msg(&Msg::new("label-hidden").arg("n", hidden)))
        )?;
    }
    let interp = interpretations(a);
    if !interp.is_empty() {
        writeln!(out, "\n### {}\n", v.t("heading-interpretations"))?;
        for i in interp {
            writeln!(out, "- [{i}](docs/legal-method.md#{i})")?;
        }
    }
    let footer = v.msg(
        &Msg::new("label-footer")
            .arg("engine", Arg::text(a.engine))
            .arg("data", Arg::text(format!("`{}`", a.data_snapshot)))
            .arg("command", Arg::text(format!("`{}`", v.command))),
    );
    writeln!(out, "\n---\n{footer}")?;
    if lang.dir() == "rtl" {
        writeln!(out, "\n</div>")?;
    }
    Ok(())
}
