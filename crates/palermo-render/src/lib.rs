//! Rendering an assessment at the edge: text (terminal), Markdown (a memo),
//! JSON. Every word comes from the Fluent catalogues in the language asked;
//! the engine's findings carry message ids and typed arguments only.

pub mod crimes;
pub mod html;
pub mod json;
pub mod markdown;
pub mod svg;
pub mod text;
mod wrap;

use std::sync::Arc;

use palermo_i18n::{Lang, Msg, Render};
use palermo_rules::answer::{self, Answer, Reading};
use palermo_rules::facts::RequestKind;
use palermo_rules::{
    Assessment, Case, Cited, Finding, Options, Outcome, RefData, StateCode, Strength,
};

/// Everything a renderer needs: the assessment, its answer for a reader,
/// and the language.
pub struct View<'a> {
    /// The assessment.
    pub a: &'a Assessment,
    /// The case it answers.
    pub case: &'a Case,
    /// Words in the language asked.
    pub r: Render<'a>,
    /// The answer a reader acts on.
    pub answer: Answer,
    /// Readings under which the answer differs.
    pub sensitivity: Vec<Reading>,
    /// Show every finding (art. 35, other States' jurisdiction).
    pub all: bool,
    /// The command that reproduces the assessment.
    pub command: String,
}

/// The names the case gives its States (fictional ones have no name on
/// record in any language).
pub fn case_names(case: &Case) -> Vec<(StateCode, Arc<str>)> {
    case.states
        .iter()
        .filter_map(|(code, s)| s.name.as_deref().map(|n| (*code, Arc::from(n))))
        .collect()
}

impl<'a> View<'a> {
    /// Builds the view: the answer, and the readings that would change it.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        a: &'a Assessment,
        case: &'a Case,
        data: &RefData,
        options: Options,
        lang: Lang,
        names: &'a [(StateCode, Arc<str>)],
        all: bool,
        command: String,
    ) -> View<'a> {
        let explained = answer::explained(a, case, data, options);
        View::explained(a, case, explained, lang, names, all, command)
    }

    /// The view of an answer already explained ([`answer::explained`]): a
    /// caseload explains its assessments first, on every core, and renders
    /// them after.
    pub fn explained(
        a: &'a Assessment,
        case: &'a Case,
        (answer, sensitivity): (Answer, Vec<Reading>),
        lang: Lang,
        names: &'a [(StateCode, Arc<str>)],
        all: bool,
        command: String,
    ) -> View<'a> {
        View {
            a,
            case,
            r: Render::new(lang).with_names(names),
            answer,
            sensitivity,
            all,
            command,
        }
    }

    /// A message in the view's language.
    pub fn msg(&self, m: &Msg) -> String {
        self.r.msg(m)
    }

    /// Appends a message in the view's language to `out`.
    pub fn write_msg(&self, m: &Msg, out: &mut String) {
        self.r.write(m, out)
    }

    /// A catalogue entry without arguments.
    pub fn t(&self, id: &str) -> String {
        self.r.t(id)
    }

    /// Appends a catalogue entry without arguments to `out`.
    pub fn write_t(&self, id: &'static str, out: &mut String) {
        self.r.write_t(id, out)
    }

    /// "Extradition from Kenya (KEN) to Italy (ITA)".
    pub fn title(&self) -> String {
        let with = |id: &'static str| {
            let m = Msg::new(id);
            let m = match self.a.requesting {
                Some(s) => m.arg("requesting", s),
                None => m.arg("requesting", Msg::new("state-requesting-unknown")),
            };
            let m = match self.a.requested {
                Some(s) => m.arg("requested", s),
                None => m.arg("requested", Msg::new("state-requested-unknown")),
            };
            self.msg(&m)
        };
        match self.a.kind {
            Some(RequestKind::Extradition) => with("title-extradition"),
            Some(RequestKind::MutualLegalAssistance) => with("title-mutual-legal-assistance"),
            Some(RequestKind::Confiscation) => with("title-confiscation"),
            Some(RequestKind::TransferOfSentencedPersons) => {
                with("title-transfer-of-sentenced-persons")
            }
            Some(RequestKind::TransferOfProceedings) => with("title-transfer-of-proceedings"),
            Some(RequestKind::JointInvestigation) => with("title-joint-investigation"),
            Some(RequestKind::SpecialInvestigativeTechniques) => {
                with("title-special-investigative-techniques")
            }
            Some(RequestKind::LawEnforcementCooperation) => {
                with("title-law-enforcement-cooperation")
            }
            None => self.t("title-no-request"),
        }
    }

    /// "Extradition from … , as of 1 May 2024".
    pub fn title_as_of(&self) -> String {
        self.msg(
            &Msg::new("title-as-of")
                .arg("title", palermo_i18n::Arg::text(self.title()))
                .arg("date", self.a.as_of),
        )
    }

    /// The question answered.
    pub fn question(&self) -> String {
        self.msg(&self.a.question)
    }

    /// A strength of obligation in words.
    pub fn strength(&self, s: Strength) -> String {
        let mut out = String::new();
        self.write_strength(s, &mut out);
        out
    }

    /// Appends a strength of obligation in words to `out`.
    pub fn write_strength(&self, s: Strength, out: &mut String) {
        self.write_t(
            match s {
                Strength::Mandatory => "strength-mandatory",
                Strength::MandatoryQualified => "strength-mandatory-qualified",
                Strength::ProhibitedGround => "strength-prohibited-ground",
                Strength::ShallConsider => "strength-shall-consider",
                Strength::Endeavour => "strength-endeavour",
                Strength::Discretionary => "strength-discretionary",
                Strength::NoObligation => "strength-no-obligation",
            },
            out,
        )
    }

    /// Where a fact came from, in words.
    pub fn source(&self, c: &Cited) -> String {
        let mut out = String::new();
        self.write_source(c, &mut out);
        out
    }

    /// The citation to write beside a step (route, risk, checklist, treaty
    /// point): none when the step's own words already cite it ("… (art.
    /// 18(13))"), which would say it twice. The JSON keeps every citation.
    pub fn step_citation(
        &self,
        step: &palermo_rules::answer::Step,
    ) -> Option<palermo_cite::Provision> {
        step.citation
            .filter(|_| !self.r.catalogue().cites_in_words(step.msg.id))
    }

    /// Appends the source line of a finding ("source: data: …"), labelled
    /// as the language labels it, to `out`.
    pub fn write_source_line(&self, c: &Cited, out: &mut String) {
        self.write_msg(
            &Msg::new("label-source").arg("source", self.source_msg(c)),
            out,
        );
    }

    /// Appends where a fact came from, in words, to `out`.
    pub fn write_source(&self, c: &Cited, out: &mut String) {
        self.write_msg(&self.source_msg(c), out);
    }

    /// Where a fact came from, as a message.
    fn source_msg(&self, c: &Cited) -> Msg {
        use palermo_i18n::Arg;
        match c {
            Cited::Case(path) => {
                Msg::new("label-stated-in-case").arg("path", Arg::text(path.as_str()))
            }
            Cited::DomesticLaw {
                state,
                question,
                answer,
            } => Msg::new("label-stated-domestic-law")
                .arg("state", *state)
                .arg("question", Arg::text(*question))
                .arg("answer", Arg::text(if *answer { "true" } else { "false" })),
            Cited::Data {
                file,
                line,
                url,
                as_of,
                summary,
            } => {
                let base = match as_of.parse::<jiff::civil::Date>() {
                    Ok(d) => Msg::new("label-data-source").arg("date", d),
                    // A year or a month (`2009`, `2019-06`), as the data gives it.
                    Err(_) if !as_of.is_empty() => {
                        Msg::new("label-data-source-period").arg("period", Arg::text(as_of.clone()))
                    }
                    Err(_) => Msg::new("label-data-source-undated"),
                };
                let base = base
                    .arg("file", Arg::text(*file))
                    .arg("line", Arg::text(line.to_string()))
                    .arg("url", Arg::text(url.clone()));
                match summary {
                    // The summary is the data's own words (English).
                    Some(s) => Msg::new("label-data-summary")
                        .arg("source", base)
                        .arg("summary", Arg::text(s.clone())),
                    None => base,
                }
            }
        }
    }

    /// Whether a finding is shown only with `--all`: art. 35 and the
    /// Protocols' dispute clauses, and art. 15 grounds of States other than
    /// the two.
    pub fn hidden(&self, f: &Finding) -> bool {
        if self.all {
            return false;
        }
        let id: &str = &f.id;
        let base = id.split('#').next().unwrap_or(id);
        if base.starts_with("art35.") || base.ends_with("compulsory_settlement") {
            return true;
        }
        if base.starts_with("art15.") {
            // The last segment, when it is a State code (read without
            // building the error a failed parse carries).
            let last = base.rsplit('.').next().unwrap_or(base).as_bytes();
            if let [a, b, c] = *last {
                if let Some(code) = StateCode::from_bytes([a, b, c]) {
                    return Some(code) != self.a.requesting && Some(code) != self.a.requested;
                }
            }
        }
        false
    }
}

/// Findings in tree order from the answer (pre-order over `because`), each
/// once, with its depth (the answer's direct reasons at depth 1); then the
/// findings the tree does not reach.
pub fn tree(a: &Assessment) -> (Vec<(usize, &Finding)>, Vec<&Finding>) {
    // `because` holds positions: the walk follows them, marking each
    // finding reached.
    let mut seen = vec![false; a.findings.len()];
    let mut out = Vec::with_capacity(a.findings.len());
    fn walk<'a>(
        a: &'a Assessment,
        i: usize,
        depth: usize,
        seen: &mut [bool],
        out: &mut Vec<(usize, &'a Finding)>,
    ) {
        if std::mem::replace(&mut seen[i], true) {
            return;
        }
        let f = &a.findings[i];
        if depth > 0 {
            out.push((depth, f));
        }
        for &child in &f.because {
            walk(a, child as usize, depth + 1, seen, out);
        }
    }
    walk(a, a.answer_position(), 0, &mut seen, &mut out);
    let rest = (a.findings.iter().zip(&seen))
        .filter(|(_, &reached)| !reached)
        .map(|(f, _)| f)
        .collect();
    (out, rest)
}

/// The interpretation anchors used by any finding, in order of first use.
pub fn interpretations(a: &Assessment) -> Vec<&'static str> {
    let mut v = Vec::new();
    for f in &a.findings {
        if let palermo_rules::Basis::Interpretation(anchor) = f.basis {
            if !v.contains(&anchor) {
                v.push(anchor);
            }
        }
    }
    v
}

/// Symbol for a finding: its effect on the request (✔ favourable, ✘
/// adverse), not the truth value of its wording; `?`, `§` and `!` for open,
/// domestic-law and conflicting findings.
pub fn mark(f: &Finding) -> &'static str {
    match answer::effect(f) {
        Some(true) => "✔",
        Some(false) => "✘",
        None => match f.outcome {
            Outcome::DependsOnDomesticLaw => "§",
            Outcome::Conflict => "!",
            _ => "?",
        },
    }
}

/// What the tests of several renderers share.
#[cfg(test)]
pub(crate) mod test_support {
    use std::sync::Arc;

    use palermo_i18n::Lang;
    use palermo_rules::{Assessment, Case, Options, RefData, StateCode};

    use crate::View;

    /// The view of `a` in `lang` that `palermo assess` builds by default (the
    /// default reading, without `--all`).
    pub(crate) fn view<'a>(
        a: &'a Assessment,
        case: &'a Case,
        data: &RefData,
        names: &'a [(StateCode, Arc<str>)],
        lang: Lang,
    ) -> View<'a> {
        View::new(
            a,
            case,
            data,
            Options::default(),
            lang,
            names,
            false,
            "palermo assess x".into(),
        )
    }
}
