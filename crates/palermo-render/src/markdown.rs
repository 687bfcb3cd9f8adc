//! `--format markdown`: a memo. Issue, short answer, route, legal basis
//! with citations, risks, next steps, the drafting checklist, caveats; the
//! reasoning follows as an appendix. Arabic is wrapped in a right-to-left
//! block (`dir="rtl"`).
//!
//! Written into one buffer, written out once; each text is put together in
//! a second buffer and escaped into the first.

use std::io::Write;

use palermo_i18n::{Arg, Msg};
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, MissingTier};

use crate::{interpretations, mark, tree, View};

/// Appends Markdown-safe inline text: no table pipes, no line breaks, no
/// stray emphasis.
pub fn esc(out: &mut String, s: &str) {
    // Every character escaped is ASCII: copy the runs between them.
    let mut from = 0;
    for (i, &c) in s.as_bytes().iter().enumerate() {
        match c {
            b'|' | b'*' | b'_' | b'`' | b'<' | b'>' | b'[' | b']' => {
                out.push_str(&s[from..i]);
                out.push('\\');
                out.push(char::from(c));
                from = i + 1;
            }
            b'\n' => {
                out.push_str(&s[from..i]);
                out.push(' ');
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push_str(&s[from..]);
}

/// Appends `n` in decimal.
fn push_num(out: &mut String, n: usize) {
    use std::fmt::Write as _;
    if n < 10 {
        out.push(char::from(b'0' + n as u8));
    } else {
        let _ = write!(out, "{n}");
    }
}

/// The memo being written: `out`, and `s` for the text being escaped.
struct Memo<'v, 'a> {
    v: &'v View<'a>,
    out: String,
    s: String,
}

impl Memo<'_, '_> {
    /// Appends message `m`, escaped.
    fn msg(&mut self, m: &Msg) {
        self.s.clear();
        self.v.write_msg(m, &mut self.s);
        esc(&mut self.out, &self.s);
    }

    /// Appends a catalogue entry as it is (a heading, a label).
    fn t(&mut self, id: &'static str) {
        self.v.write_t(id, &mut self.out);
    }

    /// Appends a catalogue entry, escaped.
    fn t_esc(&mut self, id: &'static str) {
        self.s.clear();
        self.v.write_t(id, &mut self.s);
        esc(&mut self.out, &self.s);
    }

    /// Appends a citation, escaped.
    fn cite(&mut self, p: palermo_cite::Provision) {
        self.s.clear();
        self.v.r.write_cite(p, &mut self.s);
        esc(&mut self.out, &self.s);
    }

    /// `## heading` and a blank line.
    fn heading(&mut self, id: &'static str) {
        self.out.push_str("## ");
        self.t(id);
        self.out.push_str("\n\n");
    }

    /// A finding on one line: mark, words, strength, citation, id,
    /// interpretation, missing facts, sources.
    fn item(&mut self, f: &Finding) {
        let v = self.v;
        self.out.push_str(mark(f));
        self.out.push(' ');
        self.msg(&f.message);
        if let Some(st) = f.strength {
            self.out.push_str(" _(");
            self.s.clear();
            v.write_strength(st, &mut self.s);
            esc(&mut self.out, &self.s);
            self.out.push_str(")_");
        }
        self.out.push_str(" — ");
        self.cite(f.citation);
        self.out.push_str(" · `");
        self.out.push_str(&f.id);
        self.out.push('`');
        if let Basis::Interpretation(anchor) = f.basis {
            self.out.push_str(" · [");
            self.msg(
                &Msg::new("label-interpretation").arg("anchor", Arg::text(format!("#{anchor}"))),
            );
            self.out.push_str("](docs/legal-method.md#");
            self.out.push_str(anchor);
            self.out.push(')');
        }
        if !f.missing.is_empty() && !f.outcome.is_determined() {
            let facts: Vec<Arg> = f
                .missing
                .iter()
                .map(|m| Arg::text(format!("`{m}`")))
                .collect();
            self.out.push_str(" · ");
            v.write_msg(
                &Msg::new("label-missing").arg("facts", Arg::List(facts)),
                &mut self.out,
            );
        }
        for src in &f.sources {
            self.out.push_str(" · ");
            self.s.clear();
            v.write_source_line(src, &mut self.s);
            esc(&mut self.out, &self.s);
        }
    }

    fn steps(&mut self, heading: &'static str, steps: &[palermo_rules::answer::Step], style: &str) {
        if steps.is_empty() {
            return;
        }
        self.heading(heading);
        for (i, s) in steps.iter().enumerate() {
            match style {
                "numbered" => {
                    push_num(&mut self.out, i + 1);
                    self.out.push('.');
                }
                "check" => self.out.push_str("- [ ]"),
                _ => self.out.push('-'),
            }
            self.out.push(' ');
            self.msg(&s.msg);
            if let Some(c) = self.v.step_citation(s) {
                self.out.push_str(" (");
                self.cite(c);
                self.out.push(')');
            }
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    fn all(&mut self) {
        let v = self.v;
        let a = v.a;
        let lang = v.r.lang();
        if lang.dir() == "rtl" {
            self.out.push_str("<div dir=\"rtl\" lang=\"");
            self.out.push_str(lang.code());
            self.out.push_str("\">\n\n");
        }
        self.out.push_str("# ");
        esc(&mut self.out, &v.title());
        self.out.push_str("\n\n_");
        self.out.push_str(&v.r.date(a.as_of));
        if let Some(t) = &v.case.title {
            self.out.push_str(" · ");
            self.msg(&Msg::new("label-case").arg("title", Arg::text(t.as_str())));
        }
        self.out.push_str("_\n\n");

        self.heading("heading-issue");
        self.msg(&a.question);
        self.out.push_str("\n\n");
        self.heading("heading-short-answer");
        self.out.push_str("**");
        self.msg(&v.answer.headline);
        self.out.push_str("**\n\n");

        self.steps("heading-route", &v.answer.route, "numbered");

        // The legal basis: the answer and its direct reasons, with citations.
        let ans = a.answer();
        self.heading("heading-legal-basis");
        self.out.push_str("- ");
        self.item(ans);
        self.out.push('\n');
        for f in a.because(ans) {
            self.out.push_str("  - ");
            self.item(f);
            self.out.push('\n');
        }
        self.out.push('\n');

        self.steps("heading-risks", &v.answer.risks, "bullet");

        // Next steps: the facts still to establish, then domestic-law questions.
        let open: Vec<(&palermo_rules::Fact, MissingTier)> = a
            .missing
            .iter()
            .zip(a.missing_tiers.iter().copied())
            .filter(|(_, t)| *t != MissingTier::Moot)
            .collect();
        if !open.is_empty() || !a.domestic_law_questions.is_empty() {
            self.heading("heading-next-steps");
            let mut n = 0;
            for (m, tier) in &open {
                n += 1;
                push_num(&mut self.out, n);
                self.out.push_str(". ");
                self.msg(&m.with_path(|p| question_for(p, v.a.kind)));
                if *tier == MissingTier::Decisive {
                    self.out.push_str(" **");
                    self.t_esc("label-decisive");
                    self.out.push_str("**");
                }
                self.out.push_str(" (`");
                m.with_path(|p| self.out.push_str(p));
                self.out.push_str("`)\n");
            }
            for q in palermo_rules::answer::ordered_questions(a) {
                n += 1;
                push_num(&mut self.out, n);
                self.out.push_str(". ");
                self.msg(&q.question);
                self.out.push_str(" (");
                self.cite(q.citation);
                self.out.push_str("; ");
                let field = format!("`domestic_law.{}.\"{}\"`", q.state, q.id);
                v.write_msg(
                    &Msg::new("label-answer-as").arg("field", Arg::text(field)),
                    &mut self.out,
                );
                self.out.push_str(")\n");
            }
            self.out.push('\n');
        }

        self.steps("heading-checklist", &v.answer.checklist, "check");
        self.steps("heading-treaty-points", &v.answer.treaty_points, "bullet");
        if !v.answer.caveats.is_empty() {
            self.heading("heading-caveats");
            for c in &v.answer.caveats {
                self.out.push_str("- ");
                self.msg(&c.msg);
                self.out.push('\n');
            }
            self.out.push('\n');
        }

        // Appendix: the whole reasoning.
        self.heading("heading-appendix");
        let (tree, rest) = tree(a);
        for (depth, f) in &tree {
            for _ in 1..*depth {
                self.out.push_str("  ");
            }
            self.out.push_str("- ");
            self.item(f);
            self.out.push('\n');
        }
        let shown: Vec<&&Finding> = rest.iter().filter(|f| !v.hidden(f)).collect();
        if !shown.is_empty() {
            self.out.push_str("\n### ");
            self.t("heading-other-findings");
            self.out.push_str("\n\n");
            for f in &shown {
                self.out.push_str("- ");
                self.item(f);
                self.out.push('\n');
            }
        }
        let hidden = rest.len() - shown.len();
        if hidden > 0 {
            self.out.push_str("\n_");
            self.msg(&Msg::new("label-hidden").arg("n", hidden));
            self.out.push_str("_\n");
        }
        let interp = interpretations(a);
        if !interp.is_empty() {
            self.out.push_str("\n### ");
            self.t("heading-interpretations");
            self.out.push_str("\n\n");
            for i in interp {
                self.out.push_str("- [");
                match palermo_rules::catalogue::interpretation_title(i) {
                    Some(id) => self.msg(&Msg::new(id)),
                    None => self.out.push_str(i),
                }
                self.out.push_str("](docs/legal-method.md#");
                self.out.push_str(i);
                self.out.push_str(")\n");
            }
        }
        self.out.push_str("\n---\n");
        v.write_msg(
            &Msg::new("label-footer")
                .arg("engine", Arg::text(a.engine))
                .arg("data", Arg::text(format!("`{}`", a.data_snapshot)))
                .arg("command", Arg::text(format!("`{}`", v.command))),
            &mut self.out,
        );
        self.out.push('\n');
        if lang.dir() == "rtl" {
            self.out.push_str("\n</div>\n");
        }
    }
}

/// Renders the assessment as a Markdown memo.
pub fn render(out: &mut dyn Write, v: &View<'_>) -> std::io::Result<()> {
    let mut memo = Memo {
        v,
        out: String::with_capacity(16 * 1024),
        s: String::with_capacity(1024),
    };
    memo.all();
    out.write_all(memo.out.as_bytes())
}
