//! Composes a request from the case, its `[draft]` facts and the assessment:
//! the sections each kind needs, the legal-basis paragraph the assessment
//! supports, and a gap wherever an element the Convention asks for is
//! missing (see `elements.rs` for the list, with provisions).

use std::sync::Arc;

use palermo_case::draft::{DraftFacts, Order, Person, PersonRole};
use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg, Render};
use palermo_refdata::{ExtraditionBasisNotice, Instrument, RefData, StateCode, Validity};
use palermo_rules::facts::{ConfiscationMeasure, Measure, Offence, RequestKind};
use palermo_rules::{Assessment, Case, Outcome};

use crate::document::{Block, Document, Span};
use crate::elements::{Element, Gap};
use crate::language::LanguageChoice;

/// The kinds of request Palermo drafts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftKind {
    /// Art. 18.
    MutualLegalAssistance,
    /// Art. 16.
    Extradition,
    /// Art. 13 (with art. 18 by 13(3)).
    Confiscation,
}

impl DraftKind {
    /// The kind a case asks for, if Palermo drafts it.
    pub fn of(kind: RequestKind) -> Option<DraftKind> {
        match kind {
            RequestKind::MutualLegalAssistance => Some(DraftKind::MutualLegalAssistance),
            RequestKind::Extradition => Some(DraftKind::Extradition),
            RequestKind::Confiscation => Some(DraftKind::Confiscation),
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation => None,
        }
    }
}

/// Everything a draft is made from.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    /// The facts.
    pub case: &'a Case,
    /// The `[draft]` facts (empty when the case has none).
    pub draft: &'a DraftFacts,
    /// The assessment of the case.
    pub assessment: &'a Assessment,
    /// The reference data it was assessed on.
    pub data: &'a RefData,
    /// The names the case gives its own States.
    pub names: &'a [(StateCode, Arc<str>)],
}

/// A drafted request: the document and what the completeness check found.
#[derive(Clone, Debug)]
pub struct Drafted {
    /// The document, gaps marked in place.
    pub document: Document,
    /// The missing elements, in the order they appear in the document.
    pub gaps: Vec<Gap>,
    /// The language and why.
    pub language: LanguageChoice,
}

impl Drafted {
    /// The gaps that make the draft incomplete (not the recommendations).
    pub fn required_gaps(&self) -> impl Iterator<Item = &Gap> {
        self.gaps.iter().filter(|g| g.element.required())
    }

    /// Whether every required element is there.
    pub fn is_complete(&self) -> bool {
        self.required_gaps().next().is_none()
    }
}

struct Composer<'a> {
    r: Render<'a>,
    i: Inputs<'a>,
    kind: DraftKind,
    requesting: StateCode,
    requested: StateCode,
    blocks: Vec<Block>,
    gaps: Vec<Gap>,
    notes: Vec<Vec<Span>>,
}

/// Composes the request. `requesting` and `requested` are the case's two
/// States (the caller checks they are given).
pub fn compose(
    i: Inputs<'_>,
    kind: DraftKind,
    requesting: StateCode,
    requested: StateCode,
    language: LanguageChoice,
) -> Drafted {
    let r = Render::new(language.lang).with_names(i.names);
    let mut c = Composer {
        r,
        i,
        kind,
        requesting,
        requested,
        blocks: Vec::new(),
        gaps: Vec::new(),
        notes: Vec::new(),
    };
    let title = c.r.t(match kind {
        DraftKind::MutualLegalAssistance => "draft-title-mla",
        DraftKind::Extradition => "draft-title-extradition",
        DraftKind::Confiscation => "draft-title-confiscation",
    });
    c.header();
    match kind {
        DraftKind::MutualLegalAssistance => c.mla(),
        DraftKind::Extradition => c.extradition(),
        DraftKind::Confiscation => c.confiscation(),
    }
    c.closing();
    c.drafter_notes(&language);
    Drafted {
        document: Document {
            lang: language.lang,
            title,
            blocks: paragraphs(c.blocks),
        },
        gaps: c.gaps,
        language,
    }
}

/// The user's text keeps its paragraphs: a paragraph that is one user
/// span with blank lines in it becomes one paragraph per part; any other
/// line break inside a span becomes a space (writers lay out lines).
fn paragraphs(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for b in blocks {
        match b {
            Block::Para(spans)
                if spans.len() == 1 && matches!(&spans[0], Span::User(t) if t.contains("\n\n")) =>
            {
                let Span::User(t) = &spans[0] else { continue };
                for part in t.split("\n\n").map(flat).filter(|p| !p.is_empty()) {
                    out.push(Block::Para(vec![Span::User(part)]));
                }
            }
            Block::Para(spans) => out.push(Block::Para(flatten(spans))),
            Block::Item(spans) => out.push(Block::Item(flatten(spans))),
            other => out.push(other),
        }
    }
    out
}

/// The user's line breaks inside a span become spaces.
fn flatten(spans: Vec<Span>) -> Vec<Span> {
    spans
        .into_iter()
        .map(|s| match s {
            Span::User(t) if t.contains('\n') => {
                Span::User(t.split_whitespace().collect::<Vec<_>>().join(" "))
            }
            other => other,
        })
        .collect()
}

fn u(article: u8) -> Provision {
    Provision::untoc(article)
}

impl Composer<'_> {
    fn states(&self) -> [(&'static str, Arg); 2] {
        [
            ("requesting", Arg::State(self.requesting)),
            ("requested", Arg::State(self.requested)),
        ]
    }

    /// A message with the two States as `$requesting` and `$requested`.
    fn with_states(&self, id: &'static str) -> Msg {
        let mut m = Msg::new(id);
        for (k, v) in self.states() {
            m = m.arg(k, v);
        }
        m
    }

    fn text(&self, m: &Msg) -> Span {
        Span::Text(self.r.msg(m))
    }

    fn heading(&mut self, id: &'static str) {
        let text = self.r.t(id);
        self.blocks.push(Block::Heading { level: 1, text });
    }

    fn para(&mut self, spans: Vec<Span>) {
        self.blocks.push(Block::Para(spans));
    }

    fn field(&mut self, label: &'static str, value: Vec<Span>) {
        let label = self.r.t(label);
        self.blocks.push(Block::Field { label, value });
    }

    /// The user's words, or a gap for `element` (recorded once).
    fn user_or_gap(&mut self, value: Option<&str>, element: Element) -> Span {
        match value {
            Some(v) => Span::User(v.to_string()),
            None => self.gap(element),
        }
    }

    fn gap(&mut self, element: Element) -> Span {
        let what = element.what();
        let text = self.r.msg(&Msg::new("draft-gap").arg("what", what.clone()));
        if !self.gaps.iter().any(|g| g.element == element) {
            self.gaps.push(Gap {
                element,
                what,
                citation: element.citation(self.kind),
            });
        }
        Span::Gap(text)
    }

    fn d(&self) -> &DraftFacts {
        self.i.draft
    }

    fn header(&mut self) {
        let authority = self.d().requesting_authority.clone();
        let from = self.user_or_gap(authority.as_deref(), Element::Authority);
        self.field("draft-field-from", vec![from]);
        let to = self.addressee();
        self.field("draft-field-to", vec![to]);
        if let Some(reference) = self.d().reference.clone() {
            self.field("draft-field-reference", vec![Span::User(reference)]);
        }
        let date = self.d().date.unwrap_or(self.i.assessment.as_of);
        let date = self.r.date(date);
        self.field("draft-field-date", vec![Span::Text(date)]);
        let requesting = self.r.state(self.requesting);
        self.field("draft-field-requesting", vec![Span::Text(requesting)]);
        let requested = self.r.state(self.requested);
        self.field("draft-field-requested", vec![Span::Text(requested)]);
    }

    /// The addressee: as the case gives it; for assistance and confiscation
    /// the central authority (18(13)), named when the case or the record
    /// names it; for extradition the competent authorities.
    fn addressee(&mut self) -> Span {
        if let Some(a) = self.d().addressee.clone() {
            return Span::User(a);
        }
        if self.kind == DraftKind::Extradition {
            return self.text(
                &Msg::new("draft-to-competent-authorities")
                    .arg("state", Arg::State(self.requested)),
            );
        }
        let stated = self
            .i
            .case
            .states
            .get(&self.requested)
            .and_then(|s| s.central_authority.clone());
        if let Some(name) = stated {
            return self.text(
                &Msg::new("draft-to-central-authority")
                    .arg("authority", Arg::text(name.as_str()))
                    .arg("state", Arg::State(self.requested)),
            );
        }
        let on_record: Vec<_> = self
            .i
            .data
            .declarations(self.requested, Instrument::Untoc, "18(13)")
            .filter(|d| !d.content_unknown)
            .cloned()
            .collect();
        for d in &on_record {
            let note = self.source_note(
                Msg::new("draft-note-central-authority")
                    .arg("state", Arg::State(self.requested))
                    .arg("summary", Arg::text(&*d.summary)),
                &d.source,
            );
            self.notes.push(vec![note]);
        }
        if on_record.is_empty() {
            // Named in the notes as missing, but the request can go to
            // the central authority without its name: a recommendation.
            let _ = self.gap(Element::Addressee);
        }
        self.text(
            &Msg::new("draft-to-central-authority-of").arg("state", Arg::State(self.requested)),
        )
    }

    /// A note that cites a data record: the message, then source and date.
    fn source_note(&self, m: Msg, source: &palermo_refdata::Source) -> Span {
        let as_of = if source.as_of.is_empty() {
            self.r.t("draft-note-unrecorded")
        } else {
            source.as_of.to_string()
        };
        self.text(
            &m.arg("source", Arg::text(&*source.url))
                .arg("as_of", Arg::text(as_of.as_str())),
        )
    }

    fn opening(&mut self, id: &'static str) {
        let m = self.with_states(id);
        let s = self.text(&m);
        self.para(vec![s]);
    }

    fn authority_section(&mut self) {
        self.heading("draft-h-authority");
        let authority = self.d().requesting_authority.clone();
        let a = self.user_or_gap(authority.as_deref(), Element::Authority);
        let label = Span::Text(self.r.t("draft-authority"));
        self.para(vec![label, Span::Text(" ".into()), a]);
        let contact = self.d().contact.clone();
        let c = self.user_or_gap(contact.as_deref(), Element::Contact);
        let label = Span::Text(self.r.t("draft-contact"));
        self.para(vec![label, Span::Text(" ".into()), c]);
    }

    fn proceedings_section(&mut self) {
        self.heading("draft-h-proceedings");
        let p = self.d().proceedings.clone();
        let s = self.user_or_gap(p.as_deref(), Element::Proceedings);
        self.para(vec![s]);
        let by = self.d().conducting_authority.clone();
        let s = self.user_or_gap(by.as_deref(), Element::ConductingAuthority);
        let label = Span::Text(self.r.t("draft-proceedings-conducted-by"));
        self.para(vec![label, Span::Text(" ".into()), s]);
    }

    fn facts_section(&mut self, required: bool) {
        self.heading("draft-h-facts");
        let facts = self.d().facts.clone();
        let s = match (facts, required) {
            (Some(f), _) => Span::User(f),
            (None, true) => self.gap(Element::Facts),
            (None, false) => return,
        };
        self.para(vec![s]);
    }

    /// Each offence: the conduct, the law of each State that makes it an
    /// offence, and its maximum penalty there. `law_required`: extradition,
    /// where dual criminality must be shown (16(1)).
    fn offences_section(&mut self, law_required: bool) {
        self.heading("draft-h-offences");
        let offences: Vec<Offence> = self.i.case.offences.clone();
        for (n, offence) in offences.iter().enumerate() {
            if offences.len() > 1 {
                self.blocks.push(Block::Heading {
                    level: 2,
                    text: format!("{}.", n + 1),
                });
            }
            if let Some(summary) = &offence.summary {
                let label = Span::Text(self.r.t("draft-offence-summary"));
                self.para(vec![
                    label,
                    Span::Text(" ".into()),
                    Span::User(summary.clone()),
                ]);
            }
            for state in [self.requesting, self.requested] {
                let law = self.d().offence_law.get(&state).cloned();
                let head =
                    self.text(&Msg::new("draft-offence-law").arg("state", Arg::State(state)));
                match law {
                    Some(l) => self.para(vec![head, Span::Text(" ".into()), Span::User(l)]),
                    None if law_required => {
                        let g = self.gap(Element::OffenceLaw(state));
                        self.para(vec![head, Span::Text(" ".into()), g]);
                    }
                    None => {}
                }
                self.penalty(offence, state, law_required);
            }
        }
        if law_required {
            let both = offences.iter().all(|o| {
                o.punishable_in.get(&self.requesting) == Some(&true)
                    && o.punishable_in.get(&self.requested) == Some(&true)
            });
            if both {
                let s = Span::Text(self.r.t("draft-offence-dual-criminality"));
                self.para(vec![s]);
            }
        }
    }

    /// The maximum penalty of `state` for the offence: as the case states
    /// it, else the penalty data in force on `as_of` for its crime types
    /// (every record, with its source in the notes).
    fn penalty(&mut self, offence: &Offence, state: StateCode, required: bool) {
        if let Some(p) = offence.max_penalty.get(&state) {
            let m = Msg::new("draft-offence-penalty")
                .arg("state", Arg::State(state))
                .arg("penalty", palermo_rules::art02::penalty_msg(*p));
            let s = self.text(&m);
            self.para(vec![s]);
            return;
        }
        let as_of = self.i.assessment.as_of;
        let mut found = false;
        for ct in &offence.crime_types {
            let records: Vec<_> = self
                .i
                .data
                .penalties(state, ct)
                .filter(|r| r.validity(as_of) == Validity::InForce)
                .cloned()
                .collect();
            for rec in records {
                found = true;
                let record = Msg::new("art02-penalty-record")
                    .arg("provision", Arg::text(&*rec.provision))
                    .arg(
                        "name",
                        Arg::text(
                            rec.offence_label
                                .strip_prefix("aggravated: ")
                                .unwrap_or(&rec.offence_label),
                        ),
                    )
                    .arg("penalty", palermo_rules::art02::penalty_msg(rec.max));
                let s = self.text(
                    &Msg::new("draft-offence-penalty-data")
                        .arg("state", Arg::State(state))
                        .arg("record", record.clone()),
                );
                self.para(vec![s]);
                let note = self.source_note(
                    Msg::new("draft-note-penalty")
                        .arg("state", Arg::State(state))
                        .arg("record", record),
                    &rec.source,
                );
                self.notes.push(vec![note]);
            }
        }
        if !found && required {
            let head = self.text(
                &Msg::new("draft-offence-penalty")
                    .arg("state", Arg::State(state))
                    .arg("penalty", Arg::text("")),
            );
            let g = self.gap(Element::Penalty(state));
            // "Maximum penalty under the law of X: " then the gap.
            let head = match head {
                Span::Text(t) => {
                    Span::Text(t.trim_end_matches(['.', '\u{3002}']).trim_end().to_string() + " ")
                }
                other => other,
            };
            self.para(vec![head, g]);
        }
    }

    fn person_items(&mut self, p: &Person) {
        let mut rows: Vec<(&'static str, Vec<Span>)> = Vec::new();
        let role = match p.role {
            PersonRole::PersonSought => "draft-role-person_sought",
            PersonRole::Suspect => "draft-role-suspect",
            PersonRole::Witness => "draft-role-witness",
            PersonRole::Victim => "draft-role-victim",
            PersonRole::Owner => "draft-role-owner",
            PersonRole::Other => "draft-role-other",
        };
        if p.role != PersonRole::PersonSought {
            rows.push(("draft-person-role", vec![Span::Text(self.r.t(role))]));
        }
        let user = |v: &Option<String>| v.clone().map(|s| vec![Span::User(s)]);
        if let Some(v) = user(&p.name) {
            rows.push(("draft-person-name", v));
        }
        if let Some(v) = user(&p.aliases) {
            rows.push(("draft-person-aliases", v));
        }
        let born: Vec<String> = [p.date_of_birth.clone(), p.place_of_birth.clone()]
            .into_iter()
            .flatten()
            .collect();
        if !born.is_empty() {
            rows.push(("draft-person-born", vec![Span::User(born.join(", "))]));
        }
        if !p.nationalities.is_empty() {
            let names: Vec<String> = p.nationalities.iter().map(|s| self.r.state(*s)).collect();
            rows.push((
                "draft-person-nationality",
                vec![Span::Text(self.r.list(&names))],
            ));
        }
        if let Some(v) = user(&p.identity_documents) {
            rows.push(("draft-person-documents", v));
        }
        if let Some(v) = user(&p.location) {
            rows.push(("draft-person-location", v));
        }
        if let Some(v) = user(&p.description) {
            rows.push(("draft-person-description", v));
        }
        for (label, value) in rows {
            let mut spans = vec![Span::Strong(self.r.t(label) + ": ")];
            spans.extend(value);
            self.blocks.push(Block::Item(spans));
        }
    }

    fn persons_section(&mut self) {
        self.heading("draft-h-persons");
        let persons = self.d().persons.clone();
        if persons.is_empty() {
            let g = self.gap(Element::Persons);
            self.para(vec![g]);
        }
        for (n, p) in persons.iter().enumerate() {
            if persons.len() > 1 {
                self.blocks.push(Block::Heading {
                    level: 2,
                    text: format!("{}.", n + 1),
                });
            }
            self.person_items(p);
        }
    }

    fn assistance_section(&mut self, element: Element) {
        self.heading("draft-h-assistance");
        if let Some(measures) = self.i.case.request.measures.clone() {
            if !measures.is_empty() {
                let list: Vec<Arg> = measures
                    .iter()
                    .map(|m| Arg::Nested(Box::new(palermo_rules::art18::measure_name(*m))))
                    .collect();
                let s = self.text(&Msg::new("draft-measures").arg("measures", Arg::List(list)));
                self.para(vec![s]);
            }
        }
        let a = self.d().assistance.clone();
        let s = self.user_or_gap(a.as_deref(), element);
        self.para(vec![s]);
        if let Some(p) = self.d().procedure.clone() {
            let head = self
                .text(&Msg::new("draft-procedure").arg("requested", Arg::State(self.requested)));
            self.para(vec![head, Span::Text(" ".into()), Span::User(p)]);
        }
    }

    fn purpose_section(&mut self) {
        self.heading("draft-h-purpose");
        let p = self.d().purpose.clone();
        let s = self.user_or_gap(p.as_deref(), Element::Purpose);
        self.para(vec![s]);
    }

    fn optional_sections(&mut self, clauses: bool) {
        if let Some(a) = self.d().additional.clone() {
            self.heading("draft-h-additional");
            self.para(vec![Span::User(a)]);
        }
        if self.kind != DraftKind::Extradition {
            if let Some(a) = self.d().urgency.clone() {
                self.heading("draft-h-urgency");
                let head = Span::Text(self.r.t("draft-urgent"));
                self.para(vec![head, Span::Text(" ".into()), Span::User(a)]);
            }
        }
        let confidentiality = clauses && self.d().confidentiality == Some(true);
        let use_limitation = clauses && self.d().use_limitation == Some(true);
        if confidentiality || use_limitation {
            self.heading("draft-h-clauses");
            if confidentiality {
                let m = self.with_states("draft-clause-confidentiality");
                let s = self.text(&m);
                self.para(vec![s]);
            }
            if use_limitation {
                let m = self.with_states("draft-clause-use-limitation");
                let s = self.text(&m);
                self.para(vec![s]);
            }
        }
    }

    fn attachments(&mut self) {
        self.heading("draft-h-attachments");
        let list = self.d().attachments.clone();
        if list.is_empty() {
            let s = Span::Text(self.r.t("draft-no-attachments"));
            self.para(vec![s]);
        }
        for a in list {
            self.blocks.push(Block::Item(vec![Span::User(a)]));
        }
    }

    fn closing(&mut self) {
        let m = self.with_states("draft-closing");
        let s = self.text(&m);
        self.para(vec![s]);
        let sig = Span::Text(self.r.t("draft-signature"));
        self.para(vec![sig]);
        let authority = self.d().requesting_authority.clone();
        let a = self.user_or_gap(authority.as_deref(), Element::Authority);
        self.para(vec![a]);
    }

    fn order_items(&mut self, o: &Order) {
        let mut rows: Vec<(&'static str, Span)> = Vec::new();
        if let Some(v) = &o.issued_by {
            rows.push(("draft-order-issued-by", Span::User(v.clone())));
        }
        if let Some(d) = o.date {
            rows.push(("draft-order-date", Span::Text(self.r.date(d))));
        }
        if let Some(v) = &o.reference {
            rows.push(("draft-order-reference", Span::User(v.clone())));
        }
        if let Some(f) = o.is_final {
            let word = self.r.t(if f { "draft-yes" } else { "draft-no" });
            rows.push(("draft-order-final", Span::Text(word)));
        }
        for (label, value) in rows {
            let spans = vec![Span::Strong(self.r.t(label) + ": "), value];
            self.blocks.push(Block::Item(spans));
        }
    }

    // ---- the legal basis ----------------------------------------------------

    fn treaty_name(&self) -> Arg {
        self.i
            .case
            .request
            .treaty_phrase()
            .unwrap_or(Arg::Term("draft-treaty-unnamed"))
    }

    fn outcome(&self, id: &str) -> Option<Outcome> {
        self.i.assessment.finding(id).map(|f| f.outcome)
    }

    /// The legal-basis paragraph: exactly what the assessment found. When
    /// the Convention is not established as a basis, another basis the case
    /// says binds both States; else a gap.
    fn basis_section(&mut self) {
        self.heading("draft-h-basis");
        let (answer_id, kind) = match self.kind {
            DraftKind::MutualLegalAssistance => {
                ("art18.legal_basis", RequestKind::MutualLegalAssistance)
            }
            DraftKind::Extradition => ("art16.legal_basis", RequestKind::Extradition),
            DraftKind::Confiscation => ("art13.legal_basis", RequestKind::Confiscation),
        };
        let answer = self
            .i
            .assessment
            .finding(answer_id)
            .map(|f| (f.outcome, f.citation));
        let treaty = self.i.case.request.treaty_in_force == Some(true);
        let m = match answer {
            Some((Outcome::Yes, cite)) => Some(self.convention_basis(cite, treaty)),
            _ => None,
        };
        let m = m.or_else(|| {
            if treaty {
                return Some(Msg::new("draft-basis-other").arg("treaty", self.treaty_name()));
            }
            self.i
                .case
                .other_bases
                .iter()
                .find(|b| {
                    b.in_force_between == Some(true)
                        && b.covers_offence != Some(false)
                        && b.kinds.as_ref().is_none_or(|k| k.contains(&kind))
                })
                .map(|b| {
                    let name = b
                        .name
                        .clone()
                        .unwrap_or_else(|| b.instrument.as_str().to_string());
                    Msg::new("draft-basis-other").arg("treaty", Arg::text(name.as_str()))
                })
        });
        match m {
            Some(m) => {
                let s = self.text(&m);
                self.para(vec![s]);
            }
            None => {
                let outcome = answer.map(|(o, _)| o).unwrap_or(Outcome::Undetermined);
                let g = self.gap(Element::Basis(outcome));
                self.para(vec![g]);
            }
        }
    }

    fn convention_basis(&mut self, cite: Provision, treaty: bool) -> Msg {
        let with = |m: Msg, this: &Self| -> Msg {
            let mut m = m;
            for (k, v) in this.states() {
                m = m.arg(k, v);
            }
            m
        };
        match self.kind {
            DraftKind::MutualLegalAssistance => {
                if treaty && self.i.case.request.agreed_to_apply_art18_9_29 == Some(true) {
                    with(Msg::new("draft-basis-mla-treaty-agreed"), self)
                        .arg("treaty", self.treaty_name())
                        .arg("cite", Arg::Cite(u(18).para(7)))
                } else if treaty {
                    with(Msg::new("draft-basis-mla-treaty"), self)
                        .arg("treaty", self.treaty_name())
                        .arg("cite", Arg::Cite(u(18).para(7)))
                } else {
                    with(Msg::new("draft-basis-mla-convention"), self).arg("cite", Arg::Cite(cite))
                }
            }
            DraftKind::Extradition => {
                if treaty && self.outcome("art16.3.deemed_included") == Some(Outcome::Yes) {
                    return with(Msg::new("draft-basis-extradition-treaty"), self)
                        .arg("treaty", self.treaty_name())
                        .arg("cite", Arg::Cite(u(16).para(3)));
                }
                if self.outcome("art16.4.convention_as_basis") == Some(Outcome::Yes) {
                    let notice = self
                        .i
                        .data
                        .declarations(self.requested, Instrument::Untoc, "16(5)")
                        .find(|d| {
                            matches!(
                                d.extradition_basis,
                                Some(
                                    ExtraditionBasisNotice::TakesConvention
                                        | ExtraditionBasisNotice::TakesConventionReciprocal
                                        | ExtraditionBasisNotice::TakesConventionExceptNationals
                                )
                            )
                        })
                        .cloned();
                    let stated = self
                        .i
                        .case
                        .states
                        .get(&self.requested)
                        .and_then(|s| s.convention_as_extradition_basis)
                        .is_some();
                    return match notice {
                        Some(d) if !stated => {
                            let note = self.source_note(
                                Msg::new("draft-note-notification")
                                    .arg("state", Arg::State(self.requested))
                                    .arg("summary", Arg::text(&*d.summary)),
                                &d.source,
                            );
                            self.notes.push(vec![note]);
                            with(Msg::new("draft-basis-extradition-convention"), self)
                                .arg("cite", Arg::Cite(u(16).para(4)))
                        }
                        _ => with(Msg::new("draft-basis-extradition-convention-stated"), self)
                            .arg("cite", Arg::Cite(u(16).para(4))),
                    };
                }
                with(Msg::new("draft-basis-extradition-domestic"), self)
                    .arg("cite", Arg::Cite(u(16).para(6)))
            }
            DraftKind::Confiscation => {
                let id = if treaty {
                    "draft-basis-confiscation-treaty"
                } else {
                    "draft-basis-confiscation"
                };
                with(Msg::new(id), self)
                    .arg("treaty", self.treaty_name())
                    .arg("cite", Arg::Cite(cite))
            }
        }
    }

    // ---- the three kinds ------------------------------------------------------

    fn mla(&mut self) {
        self.opening("draft-opening-mla");
        self.basis_section();
        self.authority_section();
        self.proceedings_section();
        // 18(15)(c): no summary of facts for service of judicial documents.
        let service_only =
            self.i.case.request.measures.as_ref().is_some_and(|m| {
                !m.is_empty() && m.iter().all(|x| *x == Measure::ServiceOfDocuments)
            });
        self.facts_section(!service_only);
        self.offences_section(false);
        self.persons_section();
        self.assistance_section(Element::Assistance);
        self.purpose_section();
        self.optional_sections(true);
        self.attachments();
    }

    fn extradition(&mut self) {
        self.opening("draft-opening-extradition");
        self.basis_section();
        self.authority_section();
        self.heading("draft-h-person-sought");
        let persons = self.d().persons.clone();
        let sought: Vec<&Person> = persons
            .iter()
            .filter(|p| p.role == PersonRole::PersonSought)
            .collect();
        match sought.first() {
            Some(p) if p.name.is_some() => self.person_items(p),
            Some(p) => {
                let g = self.gap(Element::PersonSought);
                self.para(vec![g]);
                self.person_items(p);
            }
            None => {
                let g = self.gap(Element::PersonSought);
                self.para(vec![g]);
            }
        }
        let located = self.i.case.request.person_located_in;
        let has_location = sought.iter().any(|p| p.location.is_some());
        match located {
            Some(state) => {
                let s =
                    self.text(&Msg::new("draft-person-located-in").arg("state", Arg::State(state)));
                self.para(vec![s]);
            }
            None if !has_location => {
                let g = self.gap(Element::PersonLocation);
                self.para(vec![g]);
            }
            None => {}
        }
        self.facts_section(true);
        self.offences_section(true);
        self.heading("draft-h-warrant");
        match self.d().warrant.clone() {
            Some(w) if w.issued_by.is_some() && w.date.is_some() && w.reference.is_some() => {
                self.order_items(&w);
                if let Some(e) = &w.extent {
                    self.para(vec![Span::User(e.clone())]);
                }
                let s = Span::Text(self.r.t("draft-warrant-copy"));
                self.para(vec![s]);
            }
            w => {
                if let Some(w) = w {
                    self.order_items(&w);
                }
                let g = self.gap(Element::Warrant);
                self.para(vec![g]);
            }
        }
        if self.d().provisional_arrest == Some(true) {
            self.heading("draft-h-provisional-arrest");
            let m = self.with_states("draft-provisional-arrest");
            let s = self.text(&m);
            self.para(vec![s]);
            let urgency = self.d().urgency.clone();
            let head = Span::Text(self.r.t("draft-urgent"));
            let s = self.user_or_gap(urgency.as_deref(), Element::Urgency);
            self.para(vec![head, Span::Text(" ".into()), s]);
        } else if let Some(a) = self.d().urgency.clone() {
            self.heading("draft-h-urgency");
            let head = Span::Text(self.r.t("draft-urgent"));
            self.para(vec![head, Span::Text(" ".into()), Span::User(a)]);
        }
        self.optional_sections(false);
        self.attachments();
    }

    fn confiscation(&mut self) {
        self.opening("draft-opening-confiscation");
        self.basis_section();
        let measure = self.i.case.request.confiscation_measure;
        let what = match measure {
            Some(ConfiscationMeasure::DomesticOrder) => Some("draft-confiscation-domestic-order"),
            Some(ConfiscationMeasure::GiveEffectToOrder) => Some("draft-confiscation-give-effect"),
            Some(ConfiscationMeasure::IdentifyTraceFreeze) => Some("draft-confiscation-freeze"),
            None => None,
        };
        match what {
            Some(id) => {
                let m = self.with_states(id);
                let s = self.text(&m);
                self.para(vec![s]);
            }
            None => {
                let g = self.gap(Element::ConfiscationMeasure);
                self.para(vec![g]);
            }
        }
        self.authority_section();
        self.proceedings_section();
        self.facts_section(true);
        self.offences_section(false);
        self.persons_section();
        self.heading("draft-h-property");
        let property = self.d().property.clone();
        if property.is_empty() {
            let element = if measure == Some(ConfiscationMeasure::DomesticOrder) {
                Element::Property
            } else {
                Element::PropertyRecommended
            };
            let g = self.gap(element);
            self.para(vec![g]);
        }
        for p in &property {
            let mut rows: Vec<(&'static str, String)> = Vec::new();
            if let Some(v) = &p.description {
                rows.push(("draft-property-description", v.clone()));
            }
            if let Some(v) = &p.location {
                rows.push(("draft-property-location", v.clone()));
            }
            if let Some(v) = &p.value {
                rows.push(("draft-property-value", v.clone()));
            }
            let mut spans = Vec::new();
            for (i, (label, value)) in rows.into_iter().enumerate() {
                if i > 0 {
                    spans.push(Span::Text("; ".into()));
                }
                spans.push(Span::Strong(self.r.t(label) + ": "));
                spans.push(Span::User(value));
            }
            self.blocks.push(Block::Item(spans));
        }
        if measure == Some(ConfiscationMeasure::GiveEffectToOrder) {
            self.heading("draft-h-order");
            match self.d().order.clone() {
                Some(o) => {
                    self.order_items(&o);
                    if o.issued_by.is_none() || o.date.is_none() || o.reference.is_none() {
                        let g = self.gap(Element::Order);
                        self.para(vec![g]);
                    }
                    let label = Span::Strong(self.r.t("draft-order-extent") + ": ");
                    let e = self.user_or_gap(o.extent.as_deref(), Element::OrderExtent);
                    self.blocks.push(Block::Item(vec![label, e]));
                    let s = Span::Text(self.r.t("draft-order-copy"));
                    self.para(vec![s]);
                }
                None => {
                    let g = self.gap(Element::Order);
                    self.para(vec![g]);
                    let label = Span::Strong(self.r.t("draft-order-extent") + ": ");
                    let e = self.gap(Element::OrderExtent);
                    self.blocks.push(Block::Item(vec![label, e]));
                }
            }
        }
        let element = if measure == Some(ConfiscationMeasure::IdentifyTraceFreeze) {
            Element::Actions
        } else {
            Element::Assistance
        };
        self.assistance_section(element);
        self.purpose_section();
        self.optional_sections(true);
        self.attachments();
    }

    // ---- notes for the drafter ------------------------------------------------

    fn drafter_notes(&mut self, language: &LanguageChoice) {
        self.heading("draft-h-notes");
        let required = self.gaps.iter().filter(|g| g.element.required()).count();
        if self.gaps.is_empty() {
            let s = Span::Text(self.r.t("draft-note-complete"));
            self.para(vec![s]);
        } else {
            let s = self.text(&Msg::new("draft-note-gaps").arg("n", self.gaps.len() as i64));
            self.para(vec![s]);
            let gaps = self.gaps.clone();
            for g in &gaps {
                let id = if g.element.required() {
                    "draft-check-item"
                } else {
                    "draft-check-advisory"
                };
                let s = self.text(
                    &Msg::new(id)
                        .arg("what", g.what.clone())
                        .arg("cite", Arg::Cite(g.citation)),
                );
                self.blocks.push(Block::Item(vec![s]));
            }
        }
        let _ = required;
        // The assessment, in one sentence, and what it ran on.
        let answer = palermo_rules::answer::answer(self.i.assessment, self.i.case);
        let s = self.text(&Msg::new("draft-note-assessment").arg("headline", answer.headline));
        self.para(vec![s]);
        let s = self.text(
            &Msg::new("draft-note-assessed")
                .arg("date", Arg::Date(self.i.assessment.as_of))
                .arg("engine", Arg::text(palermo_rules::ENGINE_VERSION))
                .arg("data", Arg::text(self.i.data.snapshot_id())),
        );
        self.para(vec![s]);
        // The language, and why.
        let why = self.language_reason(language);
        let name = language_name(&self.r, language.lang.code());
        let s = self.text(
            &Msg::new("draft-note-language")
                .arg("language", Arg::text(name.as_str()))
                .arg("why", why),
        );
        self.para(vec![s]);
        if language.is_accepted() == Some(false) {
            let codes = language
                .accepted
                .as_ref()
                .map(|a| a.codes.clone())
                .unwrap_or_default();
            let s = self.text(
                &Msg::new("draft-note-language-not-accepted")
                    .arg("state", Arg::State(self.requested))
                    .arg("languages", self.language_list(&codes)),
            );
            self.para(vec![s]);
        }
        let notes = std::mem::take(&mut self.notes);
        for n in notes {
            self.para(n);
        }
    }

    fn language_list(&self, codes: &[String]) -> Arg {
        Arg::List(
            codes
                .iter()
                .map(|c| Arg::text(language_name(&self.r, c).as_str()))
                .collect(),
        )
    }

    fn language_reason(&self, language: &LanguageChoice) -> Arg {
        match &language.accepted {
            Some(a) => {
                let id = if a.all_required {
                    "draft-note-language-notified-all"
                } else {
                    "draft-note-language-notified"
                };
                let (source, as_of) = match &a.source {
                    Some(s) => (
                        s.url.to_string(),
                        if s.as_of.is_empty() {
                            self.r.t("draft-note-unrecorded")
                        } else {
                            s.as_of.to_string()
                        },
                    ),
                    None => (
                        format!("states.{}.languages", a.state),
                        self.r.t("draft-note-unrecorded"),
                    ),
                };
                Arg::Nested(Box::new(
                    Msg::new(id)
                        .arg("state", Arg::State(a.state))
                        .arg("languages", self.language_list(&a.codes))
                        .arg("source", Arg::text(source.as_str()))
                        .arg("as_of", Arg::text(as_of.as_str())),
                ))
            }
            None => Arg::Nested(Box::new(
                Msg::new("draft-note-language-chosen").arg("state", Arg::State(self.requested)),
            )),
        }
    }
}

/// A language's name in the draft's language, from its ISO 639-1 code
/// (`draft-lang-hi`); the code itself when the catalogue has no name.
pub fn language_name(r: &Render<'_>, code: &str) -> String {
    let id = format!("draft-lang-{code}");
    if r.catalogue().has(&id) {
        r.t(&id)
    } else {
        code.to_string()
    }
}
