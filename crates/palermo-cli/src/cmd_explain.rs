//! `palermo explain [WHAT]`: what a finding id, provision or domestic-law
//! question tests, in the project's words and in the language of `--lang`.
//! Every word comes from the catalogues: the findings' descriptions
//! (`spec-<module>.ftl`), the questions (`questions.ftl`) and the labels
//! (`cli-explain.ftl`).

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Result};
use palermo_cite::{Division, Provision};
use palermo_i18n::{Lang, Msg, Render};
use palermo_rules::catalogue::{self, spec_for, FindingSpec};
use palermo_rules::questions::{DomesticQuestion, Role, QUESTIONS};

use crate::cli::ExplainArgs;

fn print_spec(out: &mut dyn Write, r: &Render<'_>, s: &FindingSpec) -> std::io::Result<()> {
    writeln!(
        out,
        "{}  [{}]\n    {}\n",
        s.id,
        r.cite(s.citation),
        r.msg(&s.describe())
    )
}

/// The provisions not encoded that `p` falls within or contains.
fn print_not_encoded(out: &mut dyn Write, r: &Render<'_>, p: &Provision) -> std::io::Result<usize> {
    let mut n = 0;
    for (citation, id) in catalogue::not_encoded() {
        if citation.is_within(p) || p.is_within(citation) {
            writeln!(
                out,
                "{}  [{}]\n    {}\n",
                r.t("explain-not-encoded"),
                r.cite(*citation),
                r.t(id)
            )?;
            n += 1;
        }
    }
    Ok(n)
}

fn print_questions(
    out: &mut dyn Write,
    r: &Render<'_>,
    filter: impl Fn(&DomesticQuestion) -> bool,
) -> std::io::Result<usize> {
    let mut n = 0;
    for q in QUESTIONS.iter().filter(|q| filter(q)) {
        let asked_of = Msg::new(match q.role {
            Role::Requested => "explain-asked-of-requested",
            Role::Requesting => "explain-asked-of-requesting",
            Role::OffenceLaw => "explain-asked-of-offence-law",
        });
        let label = Msg::new("explain-cited-asked-of")
            .arg("citation", q.citation)
            .arg("asked_of", asked_of);
        let true_means = Msg::new("explain-true-means").arg("meaning", q.if_true());
        writeln!(
            out,
            "{}  [{}]\n    {}\n    {}\n",
            q.id,
            r.msg(&label),
            r.msg(&q.ask_any()),
            r.msg(&true_means),
        )?;
        n += 1;
    }
    Ok(n)
}

pub fn run(args: ExplainArgs, lang: Lang) -> Result<ExitCode> {
    let r = Render::new(lang);
    let mut out = anstream::stdout().lock();
    let Some(what) = args.what.as_deref().map(str::trim) else {
        writeln!(out, "{}\n", r.t("explain-heading-findings"))?;
        for s in catalogue::all() {
            print_spec(&mut out, &r, s)?;
        }
        writeln!(out, "{}\n", r.t("explain-heading-questions"))?;
        print_questions(&mut out, &r, |_| true)?;
        return Ok(ExitCode::SUCCESS);
    };
    if what == "questions" {
        print_questions(&mut out, &r, |_| true)?;
        return Ok(ExitCode::SUCCESS);
    }
    // A concrete or pattern id.
    if let Some(s) = spec_for(what).or_else(|| catalogue::all().find(|s| s.id == what)) {
        print_spec(&mut out, &r, s)?;
        return Ok(ExitCode::SUCCESS);
    }
    if palermo_rules::questions::question(what).is_some() {
        print_questions(&mut out, &r, |q| q.id == what)?;
        return Ok(ExitCode::SUCCESS);
    }
    // An id prefix (`art16`, `art16.7`).
    let prefixed: Vec<&FindingSpec> = catalogue::all()
        .filter(|s| s.id.starts_with(&format!("{what}.")) || s.id == what)
        .collect();
    if !prefixed.is_empty() {
        for s in prefixed {
            print_spec(&mut out, &r, s)?;
        }
        print_questions(&mut out, &r, |q| q.id.starts_with(&format!("{what}.")))?;
        // What the article leaves out (`art16`, `art15`; not `art16.7`).
        if let Ok(p) = what.parse::<Provision>() {
            if p.paragraph_number().is_none() {
                print_not_encoded(&mut out, &r, &p)?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    // A provision.
    let parsed = what.parse::<Provision>();
    if let Ok(p) = parsed {
        // A paragraph the article does not have is a mistake to report, not
        // a provision nothing happens to test.
        if p.check_paragraph().is_err() {
            bail!("`{what}`: {}", no_such_paragraph(&r, p));
        }
        let hits: Vec<&FindingSpec> = catalogue::all()
            .filter(|s| s.citation.is_within(&p) || p.is_within(&s.citation))
            .collect();
        let mut n = hits.len();
        writeln!(
            out,
            "{}\n",
            r.msg(&Msg::new("explain-provision-heading").arg("provision", p))
        )?;
        for s in hits {
            print_spec(&mut out, &r, s)?;
        }
        n += print_questions(&mut out, &r, |q| {
            q.citation.is_within(&p) || p.is_within(&q.citation)
        })?;
        print_not_encoded(&mut out, &r, &p)?;
        if n == 0 {
            writeln!(
                out,
                "{}",
                r.msg(&Msg::new("explain-no-finding").arg("provision", p))
            )?;
            if let (Some(para), Division::NotEncoded) = (
                p.paragraph_number(),
                p.instrument().division(p.article_number()),
            ) {
                writeln!(
                    out,
                    "{}",
                    r.msg(
                        &Msg::new("explain-paragraphs-not-checked")
                            .arg(
                                "article",
                                Provision::article(p.instrument(), p.article_number())
                            )
                            .arg("n", i64::from(para))
                    )
                )?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Err(e) = parsed {
        if e.is_no_such_article() {
            bail!("{e}");
        }
    }
    bail!(
        "{}",
        r.msg(&Msg::new("explain-unknown").arg("what", palermo_i18n::Arg::text(what)))
    )
}

/// Why `p` names no paragraph of its article, in the language.
fn no_such_paragraph(r: &Render<'_>, p: Provision) -> String {
    let article = Provision::article(p.instrument(), p.article_number());
    let para = i64::from(p.paragraph_number().unwrap_or(0));
    let m = match p.instrument().division(p.article_number()) {
        Division::Paragraphs(count) => Msg::new("explain-no-such-paragraph")
            .arg("provision", p)
            .arg("article", article)
            .arg("count", i64::from(count)),
        _ => Msg::new("explain-no-numbered-paragraphs")
            .arg("provision", p)
            .arg("article", article)
            .arg("n", para),
    };
    r.msg(&m)
}
