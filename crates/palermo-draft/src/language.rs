//! Which language a request is drafted in: the requested State's art. 18(14)
//! notification on record (or the languages the case states for it), else
//! the drafter's choice. The choice and its reason go into the drafter's
//! notes, with the notification's source.

use palermo_i18n::Lang;
use palermo_refdata::{Instrument, RefData, Source, StateCode};
use palermo_rules::Case;

/// The language chosen, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageChoice {
    /// The language of the draft's fixed parts.
    pub lang: Lang,
    /// The requested State's accepted languages, where known.
    pub accepted: Option<Accepted>,
    /// Whether the drafter chose it (`--lang`) rather than the record.
    pub chosen: bool,
}

/// What the requested State accepts.
#[derive(Clone, Debug, PartialEq)]
pub struct Accepted {
    /// The State.
    pub state: StateCode,
    /// ISO 639-1 codes, in the order the notification gives them.
    pub codes: Vec<String>,
    /// The request must come in each of them (with translations).
    pub all_required: bool,
    /// The notification on record; `None`: stated in the case.
    pub source: Option<Source>,
}

impl LanguageChoice {
    /// Whether the chosen language is one the requested State accepts
    /// (`None` when nothing is known).
    pub fn is_accepted(&self) -> Option<bool> {
        self.accepted
            .as_ref()
            .map(|a| a.codes.iter().any(|c| c == self.lang.code()))
    }
}

/// A language a case writes under `states.<X>.languages`: an ISO 639-1 code
/// or the language's English name.
fn code_of(name: &str) -> Option<String> {
    let lower = name.trim().to_lowercase();
    const NAMES: [(&str, &str); 12] = [
        ("arabic", "ar"),
        ("chinese", "zh"),
        ("english", "en"),
        ("french", "fr"),
        ("russian", "ru"),
        ("spanish", "es"),
        ("hindi", "hi"),
        ("latvian", "lv"),
        ("lithuanian", "lt"),
        ("macedonian", "mk"),
        ("slovenian", "sl"),
        ("ukrainian", "uk"),
    ];
    if let Some((_, c)) = NAMES.iter().find(|(n, _)| *n == lower) {
        return Some((*c).to_string());
    }
    (lower.len() == 2 && lower.bytes().all(|b| b.is_ascii_lowercase())).then_some(lower)
}

/// What `state` accepts: the case's statement wins over the data; the
/// Convention's notification before a Protocol's.
pub fn accepted(case: &Case, data: &RefData, state: StateCode) -> Option<Accepted> {
    if let Some(list) = case.states.get(&state).and_then(|s| s.languages.as_ref()) {
        let codes: Vec<String> = list.iter().filter_map(|l| code_of(l)).collect();
        if !codes.is_empty() {
            return Some(Accepted {
                state,
                codes,
                all_required: false,
                source: None,
            });
        }
    }
    let instruments = [
        Instrument::Untoc,
        Instrument::Tip,
        Instrument::Som,
        Instrument::Firearms,
    ];
    instruments.into_iter().find_map(|i| {
        data.declarations(state, i, "18(14)").find_map(|d| {
            d.languages.as_ref().map(|l| Accepted {
                state,
                codes: l.codes.clone(),
                all_required: l.all_required,
                source: Some(d.source.clone()),
            })
        })
    })
}

/// Chooses the language: `flag` if given, else the first of the six UN
/// languages the requested State accepts. `Err(state)` when neither decides
/// (the caller asks for `--lang`).
pub fn choose(
    case: &Case,
    data: &RefData,
    requested: StateCode,
    flag: Option<Lang>,
) -> Result<LanguageChoice, StateCode> {
    let accepted = accepted(case, data, requested);
    if let Some(lang) = flag {
        return Ok(LanguageChoice {
            lang,
            accepted,
            chosen: true,
        });
    }
    let from_record = accepted
        .as_ref()
        .and_then(|a| a.codes.iter().find_map(|c| Lang::parse(c)));
    match from_record {
        Some(lang) => Ok(LanguageChoice {
            lang,
            accepted,
            chosen: false,
        }),
        None => Err(requested),
    }
}
