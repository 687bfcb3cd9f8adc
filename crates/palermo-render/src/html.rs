//! An assessment as an HTML fragment for the web application: the same
//! memo as the Markdown (issue, short answer, route, legal basis, risks,
//! next steps, checklist, caveats), then the reasoning as a tree of
//! `<details>` a reader opens where they want the detail. Every citation is
//! a link the caller makes (`a.cite`); every text is escaped here.

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, MissingTier};

use crate::{interpretations, mark, tree, View};

/// Appends `s` escaped for HTML text and attribute values.
pub fn esc(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, &c) in s.as_bytes().iter().enumerate() {
        let rep = match c {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(rep);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Where a citation links to (`/provision/art16.5`); `None` for no link.
pub type CiteHref<'f> = &'f dyn Fn(Provision) -> Option<String>;

struct Page<'v, 'a, 'f> {
    v: &'v View<'a>,
    href: CiteHref<'f>,
    out: String,
    s: String,
}

impl Page<'_, '_, '_> {
    fn msg(&mut self, m: &Msg) {
        self.s.clear();
        self.v.write_msg(m, &mut self.s);
        esc(&mut self.out, &self.s);
    }

    fn t(&mut self, id: &'static str) {
        self.s.clear();
        self.v.write_t(id, &mut self.s);
        esc(&mut self.out, &self.s);
    }

    fn cite(&mut self, p: Provision) {
        self.cite_as(p, true)
    }

    /// A citation, as a link or (inside a `<summary>`, where a link would
    /// be a control inside a control) as text.
    fn cite_as(&mut self, p: Provision, link: bool) {
        self.s.clear();
        self.v.r.write_cite(p, &mut self.s);
        match (self.href)(p).filter(|_| link) {
            Some(h) => {
                self.out.push_str("<a class=\"cite\" href=\"");
                esc(&mut self.out, &h);
                self.out.push_str("\">");
                esc(&mut self.out, &self.s);
                self.out.push_str("</a>");
            }
            None => {
                self.out.push_str("<span class=\"cite\">");
                esc(&mut self.out, &self.s);
                self.out.push_str("</span>");
            }
        }
    }

    fn heading(&mut self, id: &'static str) {
        self.out.push_str("<h2>");
        self.t(id);
        self.out.push_str("</h2>\n");
    }

    /// A finding: mark, words, strength, citation, id, interpretation,
    /// missing facts, sources.
    fn item(&mut self, f: &Finding) {
        self.item_as(f, true)
    }

    fn item_as(&mut self, f: &Finding, link: bool) {
        let v = self.v;
        let effect = palermo_rules::answer::effect(f);
        let class = match (effect, f.outcome) {
            (Some(true), _) => "fav",
            (Some(false), _) => "unfav",
            (None, palermo_rules::Outcome::DependsOnDomesticLaw) => "domestic",
            (None, palermo_rules::Outcome::Conflict) => "conflict",
            (None, _) => "open",
        };
        self.out.push_str("<span class=\"mark ");
        self.out.push_str(class);
        self.out.push_str("\" aria-hidden=\"true\">");
        self.out.push_str(mark(f));
        self.out.push_str("</span> ");
        self.msg(&f.message);
        if let Some(st) = f.strength {
            self.out.push_str(" <em class=\"strength\">(");
            self.s.clear();
            v.write_strength(st, &mut self.s);
            esc(&mut self.out, &self.s);
            self.out.push_str(")</em>");
        }
        self.out.push_str(" — ");
        self.cite_as(f.citation, link);
        self.out.push_str(" <code class=\"fid\">");
        esc(&mut self.out, &f.id);
        self.out.push_str("</code>");
        if let Basis::Interpretation(anchor) = f.basis {
            self.out.push_str(" <span class=\"interp\">");
            self.msg(
                &Msg::new("label-interpretation").arg("anchor", Arg::text(format!("#{anchor}"))),
            );
            self.out.push_str("</span>");
        }
        if !f.missing.is_empty() && !f.outcome.is_determined() {
            let facts: Vec<Arg> = f.missing.iter().map(|m| Arg::text(m.to_string())).collect();
            self.out.push_str(" <span class=\"missing\">");
            self.msg(&Msg::new("label-missing").arg("facts", Arg::List(facts)));
            self.out.push_str("</span>");
        }
        for src in &f.sources {
            self.out.push_str(" <span class=\"source\">");
            self.s.clear();
            v.write_source_line(src, &mut self.s);
            esc(&mut self.out, &self.s);
            self.out.push_str("</span>");
        }
    }

    fn steps(
        &mut self,
        id: &str,
        heading: &'static str,
        steps: &[palermo_rules::answer::Step],
        ordered: bool,
    ) {
        if steps.is_empty() {
            return;
        }
        self.out.push_str("<section id=\"");
        self.out.push_str(id);
        self.out.push_str("\">");
        self.heading(heading);
        self.out
            .push_str(if ordered { "<ol id=\"" } else { "<ul id=\"" });
        self.out.push_str(id);
        self.out.push_str("-list\">\n");
        for s in steps {
            self.out.push_str("<li>");
            self.msg(&s.msg);
            if let Some(c) = self.v.step_citation(s) {
                self.out.push_str(" (");
                self.cite(c);
                self.out.push(')');
            }
            self.out.push_str("</li>\n");
        }
        self.out.push_str(if ordered {
            "</ol></section>\n"
        } else {
            "</ul></section>\n"
        });
    }

    fn all(&mut self) {
        let v = self.v;
        let a = v.a;
        self.out.push_str("<section id=\"result\">\n<h1>");
        esc(&mut self.out, &v.title());
        self.out.push_str("</h1>\n<p class=\"meta\">");
        esc(&mut self.out, &v.r.date(a.as_of));
        if let Some(t) = &v.case.title {
            self.out.push_str(" · ");
            self.msg(&Msg::new("label-case").arg("title", Arg::text(t.as_str())));
        }
        self.out.push_str("</p>\n");
        self.heading("heading-issue");
        self.out.push_str("<p id=\"issue\">");
        self.msg(&a.question);
        self.out.push_str("</p>\n");
        self.heading("heading-short-answer");
        let fav = match v.answer.favourable {
            Some(true) => "fav",
            Some(false) => "unfav",
            None => "open",
        };
        self.out.push_str("<p id=\"headline\" class=\"headline ");
        self.out.push_str(fav);
        self.out.push_str("\"><strong>");
        self.msg(&v.answer.headline);
        self.out.push_str("</strong></p>\n");

        // The route is always there as `ol#route`, even when empty, so a
        // reader (and a test) finds it in one place.
        self.heading("heading-route");
        self.out.push_str("<ol id=\"route\">\n");
        for s in &v.answer.route {
            self.out.push_str("<li>");
            self.msg(&s.msg);
            if let Some(c) = self.v.step_citation(s) {
                self.out.push_str(" (");
                self.cite(c);
                self.out.push(')');
            }
            self.out.push_str("</li>\n");
        }
        self.out.push_str("</ol>\n");

        let ans = a.answer();
        self.heading("heading-legal-basis");
        self.out.push_str("<ul class=\"findings\"><li>");
        self.item(ans);
        let children: Vec<&Finding> = a.because(ans).collect();
        if !children.is_empty() {
            self.out.push_str("<ul>");
            for f in children {
                self.out.push_str("<li>");
                self.item(f);
                self.out.push_str("</li>");
            }
            self.out.push_str("</ul>");
        }
        self.out.push_str("</li></ul>\n");

        self.steps("risks", "heading-risks", &v.answer.risks, false);

        let open: Vec<(&palermo_rules::Fact, MissingTier)> = a
            .missing
            .iter()
            .zip(a.missing_tiers.iter().copied())
            .filter(|(_, t)| *t != MissingTier::Moot)
            .collect();
        let questions = palermo_rules::answer::ordered_questions(a);
        if !open.is_empty() || !questions.is_empty() {
            self.out.push_str("<section id=\"next-steps\">");
            self.heading("heading-next-steps");
            self.out.push_str("<ol>\n");
            for (m, tier) in &open {
                self.out.push_str("<li>");
                self.msg(&m.with_path(|p| question_for(p, v.a.kind)));
                if *tier == MissingTier::Decisive {
                    self.out.push_str(" <strong class=\"decisive\">");
                    self.t("label-decisive");
                    self.out.push_str("</strong>");
                }
                self.out.push_str("</li>\n");
            }
            for q in questions {
                self.out.push_str("<li class=\"domestic\">");
                self.msg(&q.question);
                self.out.push_str(" (");
                self.cite(q.citation);
                self.out.push_str(")</li>\n");
            }
            self.out.push_str("</ol></section>\n");
        }

        self.steps("checklist", "heading-checklist", &v.answer.checklist, false);
        self.steps(
            "treaty-points",
            "heading-treaty-points",
            &v.answer.treaty_points,
            false,
        );
        if !v.answer.caveats.is_empty() {
            self.out.push_str("<section id=\"caveats\">");
            self.heading("heading-caveats");
            self.out.push_str("<ul>\n");
            for c in &v.answer.caveats {
                self.out.push_str("<li>");
                self.msg(&c.msg);
                self.out.push_str("</li>\n");
            }
            self.out.push_str("</ul></section>\n");
        }

        // The reasoning: each finding with the findings it rests on, folded.
        self.out.push_str("<section id=\"reasoning\">");
        self.heading("heading-appendix");
        let (tree, rest) = tree(a);
        self.out.push_str("<ul class=\"tree\">\n");
        let mut depth = 1usize;
        for (i, (d, f)) in tree.iter().enumerate() {
            while depth > *d {
                self.out.push_str("</ul></details></li>\n");
                depth -= 1;
            }
            let has_children = tree.get(i + 1).is_some_and(|(next, _)| *next > *d);
            if has_children {
                self.out.push_str("<li><details");
                if *d == 1 {
                    self.out.push_str(" open");
                }
                self.out.push_str("><summary>");
                self.item_as(f, false);
                self.out.push_str("</summary>");
                if let Some(h) = (self.href)(f.citation) {
                    self.out
                        .push_str("<p class=\"cite-link\"><a class=\"cite\" href=\"");
                    esc(&mut self.out, &h);
                    self.out.push_str("\">");
                    self.s.clear();
                    self.v.r.write_cite(f.citation, &mut self.s);
                    esc(&mut self.out, &self.s);
                    self.out.push_str("</a></p>");
                }
                self.out.push_str("<ul>\n");
                depth += 1;
            } else {
                self.out.push_str("<li>");
                self.item(f);
                self.out.push_str("</li>\n");
            }
        }
        while depth > 1 {
            self.out.push_str("</ul></details></li>\n");
            depth -= 1;
        }
        self.out.push_str("</ul>\n");
        let shown: Vec<&&Finding> = rest.iter().filter(|f| !v.hidden(f)).collect();
        if !shown.is_empty() {
            self.out.push_str("<details><summary>");
            self.t("heading-other-findings");
            self.out.push_str("</summary><ul>\n");
            for f in &shown {
                self.out.push_str("<li>");
                self.item(f);
                self.out.push_str("</li>\n");
            }
            self.out.push_str("</ul></details>\n");
        }
        let interp = interpretations(a);
        if !interp.is_empty() {
            self.out.push_str("<h3>");
            self.t("heading-interpretations");
            self.out.push_str("</h3><ul>");
            for i in interp {
                self.out.push_str("<li><code>");
                esc(&mut self.out, i);
                self.out.push_str("</code></li>");
            }
            self.out.push_str("</ul>\n");
        }
        self.out.push_str("</section>\n<p class=\"meta\">");
        self.msg(
            &Msg::new("label-footer")
                .arg("engine", Arg::text(a.engine))
                .arg("data", Arg::text(a.data_snapshot.to_string()))
                .arg("command", Arg::text(v.command.clone())),
        );
        self.out.push_str("</p>\n</section>\n");
    }
}

/// The assessment as an HTML fragment (`section#result`).
pub fn render(v: &View<'_>, href: CiteHref<'_>) -> String {
    let mut p = Page {
        v,
        href,
        out: String::with_capacity(32 * 1024),
        s: String::with_capacity(1024),
    };
    p.all();
    p.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_in_both_places() {
        let mut s = String::new();
        esc(&mut s, "<a href=\"x\">Tom & 'Jerry'</a>");
        assert_eq!(
            s,
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }
}
