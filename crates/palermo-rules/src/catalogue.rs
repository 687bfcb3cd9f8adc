//! The catalogue of findings: the source of `palermo explain` and the
//! checklist of ids the engine can emit.
//!
//! Each finding is defined once, next to the rule that emits it: every rule
//! module has a `pub const FINDINGS: &[FindingSpec]` at its top (id, citation,
//! and the message id of what it tests), and every article module a
//! `pub const NOT_ENCODED` listing the paragraphs it leaves out. This module
//! puts them together in reasoning order ([`MODULES`], [`all`]) and finds the
//! spec of a concrete id ([`spec_for`]). The descriptions are in the Fluent
//! catalogues, `locales/<lang>/spec-<module>.ftl` of `palermo-i18n`.

use palermo_cite::{Instrument, Provision};
use palermo_i18n::Msg;

/// One kind of finding.
#[derive(Clone, Copy, Debug)]
pub struct FindingSpec {
    /// The id, with `<ISO3>` or `<protocol>` where the engine fills in a code.
    /// With `[[offences]]`, per-offence ids also carry `#n`.
    pub id: &'static str,
    /// The provision applied.
    pub citation: Provision,
    /// What it tests: a message id, `spec-` and the id in kebab case
    /// (`spec-art16-4-convention-as-basis`, `spec-status-in-force-iso3`); see
    /// [`description_id`].
    pub description: &'static str,
}

impl FindingSpec {
    /// What it tests, as a message to render in a language.
    pub fn describe(&self) -> Msg {
        Msg::new(self.description)
    }
}

/// The message id of a spec's description: `spec-`, then the id with `.`
/// and `_` as `-` and the placeholders `<ISO3>`, `<protocol>`, `<n>` as
/// `iso3`, `protocol`, `n`.
pub fn description_id(spec_id: &str) -> String {
    let kebab = spec_id
        .replace("<ISO3>", "iso3")
        .replace("<protocol>", "protocol")
        .replace("<n>", "n")
        .replace(['.', '_'], "-");
    format!("spec-{kebab}")
}

/// The documented interpretations a finding can rest on
/// ([`crate::Basis::Interpretation`]): each anchor in docs/legal-method.md and
/// the message id of its entry's title, for a reader who does not follow the
/// link (the memo's list of interpretations, the answer's caveat).
pub const INTERPRETATIONS: &[(&str, &str)] = &[
    ("art13-6-deeming", "interp-art13-6-deeming"),
    ("benefit", "interp-benefit"),
    (
        "cooperation-within-scope",
        "interp-cooperation-within-scope",
    ),
    ("death-penalty", "interp-death-penalty"),
    ("dispute-opt-out-record", "interp-dispute-opt-out-record"),
    ("dual-criminality", "interp-dual-criminality"),
    (
        "enforcement-and-prosecution",
        "interp-enforcement-and-prosecution",
    ),
    ("eu-mutual-recognition", "interp-eu-mutual-recognition"),
    ("fine-only", "interp-fine-only"),
    ("involves-group", "interp-involves-group"),
    ("offence-law", "interp-offence-law"),
    ("other-instruments-data", "interp-other-instruments-data"),
    (
        "party-without-deposit-date",
        "interp-party-without-deposit-date",
    ),
    ("preferred-instrument", "interp-preferred-instrument"),
    ("reciprocity-like-case", "interp-reciprocity-like-case"),
    ("serious-crime-law", "interp-serious-crime-law"),
    ("smuggling-benefit", "interp-smuggling-benefit"),
    ("succession", "interp-succession"),
    ("temporal-application", "interp-temporal-application"),
    (
        "territorial-jurisdiction",
        "interp-territorial-jurisdiction",
    ),
    (
        "untoc-entry-into-force-later-of",
        "interp-untoc-entry-into-force-later-of",
    ),
];

/// The message id of the title of the interpretation at `anchor`.
pub fn interpretation_title(anchor: &str) -> Option<&'static str> {
    INTERPRETATIONS
        .iter()
        .find(|(a, _)| *a == anchor)
        .map(|&(_, id)| id)
}

/// A provision a module does not encode, and the message id saying what it
/// provides and why no finding tests it (`not-encoded-…`).
pub type NotEncoded = (Provision, &'static str);

/// Articles with no module of their own that this version does not encode
/// (docs/legal-method.md, "Not encoded in this version").
pub const NOT_ENCODED: &[NotEncoded] = &[
    (Provision::untoc(10), "not-encoded-art10"),
    (
        Provision::articles(Instrument::Untoc, 28, 31),
        "not-encoded-art28-31",
    ),
    (
        Provision::articles(Instrument::Untoc, 32, 33),
        "not-encoded-art32-33",
    ),
];

/// Every module's findings, in reasoning order: the ids of the status of the
/// States, the definitions (art. 2), the offences, scope (art. 3), sovereignty,
/// jurisdiction, then the articles of cooperation, each module's ids together.
/// `palermo explain`, the catalogue and the checks of ids read it through
/// [`all`].
pub static MODULES: [(&str, &[FindingSpec]); 25] = [
    ("status", crate::status::FINDINGS),
    ("art02", crate::art02::FINDINGS),
    ("art05", crate::art05::FINDINGS),
    ("art06", crate::art06::FINDINGS),
    ("art08", crate::art08::FINDINGS),
    ("art23", crate::art23::FINDINGS),
    ("tip", crate::tip::FINDINGS),
    ("som", crate::som::FINDINGS),
    ("firearms", crate::firearms::FINDINGS),
    ("art03", crate::art03::FINDINGS),
    ("art04", crate::art04::FINDINGS),
    ("art15", crate::art15::FINDINGS),
    ("art22_26", crate::art22_26::FINDINGS),
    ("art35", crate::art35::FINDINGS),
    ("art17", crate::art17::FINDINGS),
    ("art19", crate::art19::FINDINGS),
    ("art20", crate::art20::FINDINGS),
    ("art21", crate::art21::FINDINGS),
    ("art27", crate::art27::FINDINGS),
    ("art16", crate::art16::FINDINGS),
    ("art13", crate::art13::FINDINGS),
    ("art12", crate::art12::FINDINGS),
    ("art14", crate::art14::FINDINGS),
    ("art18", crate::art18::FINDINGS),
    ("bases", crate::bases::FINDINGS),
];

/// Every finding id the engine can emit, in reasoning order.
pub fn all() -> impl Iterator<Item = &'static FindingSpec> + Clone {
    MODULES.iter().flat_map(|(_, specs)| specs.iter())
}

/// Every provision not encoded, in the treaty's order of the modules: each
/// article module's `NOT_ENCODED`, then the articles with no module.
pub static NOT_ENCODED_BY_MODULE: [(&str, &[NotEncoded]); 10] = [
    ("art04", crate::art04::NOT_ENCODED),
    ("art05", crate::art05::NOT_ENCODED),
    ("art06", crate::art06::NOT_ENCODED),
    ("art08", crate::art08::NOT_ENCODED),
    ("art12", crate::art12::NOT_ENCODED),
    ("art13", crate::art13::NOT_ENCODED),
    ("art15", crate::art15::NOT_ENCODED),
    ("art22_26", crate::art22_26::NOT_ENCODED),
    ("art35", crate::art35::NOT_ENCODED),
    ("catalogue", NOT_ENCODED),
];

/// Every provision this version does not encode, with its message id.
pub fn not_encoded() -> impl Iterator<Item = &'static NotEncoded> + Clone {
    NOT_ENCODED_BY_MODULE
        .iter()
        .flat_map(|(_, list)| list.iter())
}

/// Whether a concrete id (`art2.b.serious_crime.ITA#2`) is an instance of a spec id.
pub fn matches(spec_id: &str, id: &str) -> bool {
    let id = id.split('#').next().unwrap_or(id);
    // Part by part, without collecting: `[expect]` tables check many ids.
    let (mut s_parts, mut i_parts) = (spec_id.split('.'), id.split('.'));
    loop {
        match (s_parts.next(), i_parts.next()) {
            (None, None) => return true,
            (Some(s), Some(i)) => {
                let ok = match s {
                    "<ISO3>" => i.len() == 3 && i.bytes().all(|b| b.is_ascii_uppercase()),
                    "<protocol>" => ["tip", "som", "firearms"].contains(&i),
                    "<n>" => !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()),
                    _ => s == i,
                };
                if !ok {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// The spec for a concrete id: the first in [`all`] that [`matches()`] it.
///
/// Only specs whose first part is the id's first part (or a placeholder)
/// can match, so the search looks at those alone, through an index built
/// once: a case's `[expect]` table checks every id it names. The index is
/// cheap to build (one pass over the specs); working out every literal id's
/// answer in advance cost a one-shot `palermo assess` 1.2 million
/// instructions, far more than the few ids a case names.
pub fn spec_for(id: &str) -> Option<&'static FindingSpec> {
    let index = spec_index();
    index.first_match(id).map(|i| index.specs[i])
}

/// Every spec in [`all`]'s order, and their positions by first part.
struct SpecIndex {
    specs: Vec<&'static FindingSpec>,
    /// Positions (ascending) of the specs whose first part is this word.
    by_first: rustc_hash::FxHashMap<&'static str, Vec<usize>>,
    /// Positions (ascending) of the specs whose first part is a placeholder.
    placeholders: Vec<usize>,
}

impl SpecIndex {
    /// The position of the first spec that [`matches()`] `id`: only specs
    /// whose first part is the id's first part, or a placeholder, can.
    fn first_match(&self, id: &str) -> Option<usize> {
        let base = id.split('#').next().unwrap_or(id);
        let first = base.split('.').next().unwrap_or(base);
        let among = |positions: &[usize]| {
            (positions.iter().copied()).find(|&i| matches(self.specs[i].id, id))
        };
        let literal = self.by_first.get(first).and_then(|p| among(p));
        match (literal, among(&self.placeholders)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

fn spec_index() -> &'static SpecIndex {
    static INDEX: std::sync::OnceLock<SpecIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let specs: Vec<&'static FindingSpec> = all().collect();
        let mut by_first = rustc_hash::FxHashMap::<&'static str, Vec<usize>>::default();
        let mut placeholders = Vec::new();
        for (i, s) in specs.iter().enumerate() {
            let first = s.id.split('.').next().unwrap_or(s.id);
            if first.starts_with('<') {
                placeholders.push(i);
            } else {
                by_first.entry(first).or_default().push(i);
            }
        }
        SpecIndex {
            specs,
            by_first,
            placeholders,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The indexed search finds what a scan of [`all`] finds, for every
    /// spec id made concrete, numbered, truncated, lengthened and misspelt.
    #[test]
    fn spec_for_is_the_first_match_in_all() {
        let scan = |id: &str| all().find(|s| matches(s.id, id)).map(|s| s.id);
        let mut ids: Vec<String> = vec![String::new(), ".".into(), "#1".into(), "x".into()];
        for s in all() {
            let concrete =
                s.id.replace("<ISO3>", "KEN")
                    .replace("<protocol>", "tip")
                    .replace("<n>", "12");
            for id in [
                s.id.to_string(),
                concrete.clone(),
                format!("{concrete}#2"),
                format!("{concrete}.x"),
                concrete.replace('.', ""),
                concrete.to_uppercase(),
                s.id.replace("<ISO3>", "ken"),
                concrete
                    .rsplit_once('.')
                    .map_or(String::new(), |(a, _)| a.into()),
            ] {
                ids.push(id);
            }
        }
        for id in &ids {
            assert_eq!(spec_for(id).map(|s| s.id), scan(id), "{id}");
        }
    }
}
