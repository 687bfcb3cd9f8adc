//! Rendering an assessment at the edge: text (terminal), Markdown, JSON.

pub mod json;
pub mod markdown;
pub mod svg;
pub mod text;

use palermo_rules::{Assessment, Finding, Outcome};

/// "Extradition from Kenya (KEN) to Italy (ITA)": the kind of cooperation
/// and the two States, or what a case without a request is about.
pub fn headline(a: &Assessment) -> String {
    use palermo_rules::facts::RequestKind;
    let (from, to) = (&a.requested_label, &a.requesting_label);
    let (by, of) = (&a.requesting_label, &a.requested_label);
    match a.kind {
        Some(RequestKind::Extradition) => format!("Extradition from {from} to {to}"),
        Some(RequestKind::MutualLegalAssistance) => {
            format!("Mutual legal assistance requested by {by} from {of}")
        }
        Some(RequestKind::Confiscation) => {
            format!("Confiscation cooperation requested by {by} from {of}")
        }
        Some(RequestKind::TransferOfSentencedPersons) => {
            format!("Transfer of sentenced persons between {by} and {of}")
        }
        Some(RequestKind::TransferOfProceedings) => {
            format!("Transfer of criminal proceedings from {by} to {of}")
        }
        Some(RequestKind::JointInvestigation) => {
            format!("Joint investigation of {by} and {of}")
        }
        Some(RequestKind::SpecialInvestigativeTechniques) => {
            format!("Special investigative techniques: {of}, at the request of {by}")
        }
        Some(RequestKind::LawEnforcementCooperation) => {
            format!("Law enforcement cooperation between {by} and {of}")
        }
        None => "No request: coverage by the Convention".to_string(),
    }
}

/// "1 May 2024".
pub fn long_date(d: jiff::civil::Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {}",
        d.day(),
        MONTHS[d.month() as usize - 1],
        d.year()
    )
}

/// The one-sentence answer. Its lead names the route where the route is not
/// the Convention itself: through a treaty the Convention amends (16(3)), or
/// the requested State's own law, which 16(6) obliges it to apply (a State
/// may have declared that it does not take the Convention as the basis).
pub fn answer_sentence(a: &Assessment) -> String {
    let f = a.answer();
    let citation = f.citation.to_string();
    let lead = match (f.outcome, a.kind) {
        (Outcome::Yes, None) => "Yes — the offence is covered by the Convention",
        (Outcome::No, None) => "No — the offence is not covered by the Convention",
        (Outcome::Yes, Some(_)) if citation == "UNTOC art. 16(3)" => {
            "Yes — through the extradition treaty in force, which the Convention amends"
        }
        (Outcome::Yes, Some(_)) if citation == "UNTOC art. 16(6)" => {
            "Yes — under the requested State's own law, as art. 16(6) requires (not the Convention as such)"
        }
        (Outcome::Yes, Some(_)) => "Yes — the Convention can be the legal basis",
        (Outcome::No, Some(_)) => "No — the Convention cannot be the legal basis",
        (Outcome::Undetermined, _) => "Undetermined",
        (Outcome::DependsOnDomesticLaw, _) => "Depends on domestic law",
        (Outcome::Conflict, _) => "Conflict in the facts",
    };
    let strength = f
        .strength
        .map(|s| format!(" ({})", s.describe()))
        .unwrap_or_default();
    match f.outcome {
        Outcome::Yes => format!(
            "{lead}{strength}, {}. {}.",
            f.citation,
            capitalise(trim_lead(&f.message.to_string()))
        ),
        Outcome::No | Outcome::Conflict => {
            format!(
                "{lead}: {}.",
                trim_lead(&f.message.to_string()).trim_start_matches("Conflict: ")
            )
        }
        _ => {
            let n = a.answer().missing.len();
            format!(
                "{lead}: {n} fact{} missing decide{} it.",
                if n == 1 { "" } else { "s" },
                if n == 1 { "s" } else { "" }
            )
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn trim_lead(s: &str) -> &str {
    s.trim_start_matches("Yes: ").trim_start_matches("No: ")
}

/// Findings in tree order from the answer (pre-order over `because`), each
/// once, with its depth (the answer's direct reasons at depth 1); then the
/// findings the tree does not reach.
pub fn tree(a: &Assessment) -> (Vec<(usize, &Finding)>, Vec<&Finding>) {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    fn walk<'a>(
        a: &'a Assessment,
        id: &str,
        depth: usize,
        seen: &mut std::collections::HashSet<String>,
        out: &mut Vec<(usize, &'a Finding)>,
    ) {
        if !seen.insert(id.to_string()) {
            return;
        }
        let Some(f) = a.finding(id) else { return };
        if depth > 0 {
            out.push((depth, f));
        }
        for child in &f.because {
            walk(a, child, depth + 1, seen, out);
        }
    }
    walk(a, a.answer_id, 0, &mut seen, &mut out);
    let rest = a
        .findings
        .iter()
        .filter(|f| !seen.contains(&*f.id))
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

/// Symbol for an outcome (the text reads the same without colour).
pub fn mark(o: Outcome) -> &'static str {
    match o {
        Outcome::Yes => "✔",
        Outcome::No => "✘",
        Outcome::Undetermined => "?",
        Outcome::DependsOnDomesticLaw => "§",
        Outcome::Conflict => "!",
    }
}
