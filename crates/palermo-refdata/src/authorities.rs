//! Competent national authorities by State and function
//! (`competent_authorities.csv`): the central authority for mutual legal
//! assistance (art. 18(13)), the authorities for extradition, transfer of
//! sentenced persons, smuggling of migrants by sea (SOM art. 8(6)), firearms
//! (FP art. 13(2)), cultural property and asset recovery, each with the
//! languages, channels and contact a source gives, and that source.
//!
//! A child module of `load`, so that it reads rows with the loader's own
//! helpers (header check, trimmed fields, State codes, sources) and reports
//! problems the same way: file, line and column.

use crate::model::Text;
use rustc_hash::FxHashMap as HashMap;

use super::{field, state_code, Rows};
use crate::diagnostic::{Diagnostic, Field, Severity};
use crate::model::{RefData, Source};
use crate::StateCode;

/// The file's name in a data folder.
pub const AUTHORITIES_FILE: &str = "competent_authorities.csv";

const COLUMNS: [&str; 10] = [
    "participant",
    "iso3166_alpha3",
    "function",
    "authority",
    "languages",
    "channels",
    "contact",
    "source_url",
    "source_as_of",
    "notes",
];

/// What an authority is designated for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AuthorityFunction {
    /// Central authority for mutual legal assistance (UNTOC art. 18(13)).
    Mla,
    /// Extradition.
    Extradition,
    /// Transfer of sentenced persons (art. 17).
    TransferOfSentencedPersons,
    /// Requests about vessels smuggling migrants by sea (SOM art. 8(6)).
    SomBySea,
    /// Firearms: the point of contact of FP art. 13(2).
    Firearms,
    /// Focal point for trafficking in cultural property.
    CulturalProperty,
    /// Asset recovery.
    AssetRecovery,
}

impl AuthorityFunction {
    /// Every function, in the documented order.
    pub const ALL: [AuthorityFunction; 7] = [
        AuthorityFunction::Mla,
        AuthorityFunction::Extradition,
        AuthorityFunction::TransferOfSentencedPersons,
        AuthorityFunction::SomBySea,
        AuthorityFunction::Firearms,
        AuthorityFunction::CulturalProperty,
        AuthorityFunction::AssetRecovery,
    ];

    /// The data's spelling (`mla`, `som_by_sea`).
    pub fn as_str(self) -> &'static str {
        match self {
            AuthorityFunction::Mla => "mla",
            AuthorityFunction::Extradition => "extradition",
            AuthorityFunction::TransferOfSentencedPersons => "transfer_of_sentenced_persons",
            AuthorityFunction::SomBySea => "som_by_sea",
            AuthorityFunction::Firearms => "firearms",
            AuthorityFunction::CulturalProperty => "cultural_property",
            AuthorityFunction::AssetRecovery => "asset_recovery",
        }
    }

    /// Reads the data's spelling.
    pub fn parse(s: &str) -> Option<AuthorityFunction> {
        AuthorityFunction::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Every spelling, joined for a message (`mla, extradition, …`).
    pub fn expected() -> String {
        let names: Vec<&str> = AuthorityFunction::ALL.iter().map(|f| f.as_str()).collect();
        names.join(", ")
    }

    /// What the authority is for, in English words.
    pub fn describe(self) -> &'static str {
        match self {
            AuthorityFunction::Mla => "central authority for mutual legal assistance",
            AuthorityFunction::Extradition => "authority for extradition",
            AuthorityFunction::TransferOfSentencedPersons => {
                "authority for the transfer of sentenced persons"
            }
            AuthorityFunction::SomBySea => "authority for requests on migrant smuggling by sea",
            AuthorityFunction::Firearms => "point of contact on firearms",
            AuthorityFunction::CulturalProperty => {
                "focal point on trafficking in cultural property"
            }
            AuthorityFunction::AssetRecovery => "authority for asset recovery",
        }
    }

    /// The provision that provides for the designation, where one does
    /// (`UNTOC art. 18(13)`, `SOM art. 8(6)`, `FP art. 13(2)`).
    pub fn provision(self) -> Option<palermo_cite::Provision> {
        use palermo_cite::{Instrument, Provision};
        match self {
            AuthorityFunction::Mla => Some(Provision::untoc(18).para(13)),
            AuthorityFunction::Extradition => Some(Provision::untoc(16)),
            AuthorityFunction::TransferOfSentencedPersons => Some(Provision::untoc(17)),
            AuthorityFunction::SomBySea => Some(Provision::article(Instrument::Som, 8).para(6)),
            AuthorityFunction::Firearms => {
                Some(Provision::article(Instrument::Firearms, 13).para(2))
            }
            AuthorityFunction::CulturalProperty | AuthorityFunction::AssetRecovery => None,
        }
    }
}

/// One competent authority of a State, as a source names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Authority {
    /// The State.
    pub state: StateCode,
    /// The State's name as the row gives it.
    pub participant: Text,
    /// What it is designated for.
    pub function: AuthorityFunction,
    /// Its name, in the project's words after the source.
    pub authority: Text,
    /// ISO 639-1 codes of the languages it accepts, in the source's order;
    /// empty when no source says.
    pub languages: Vec<String>,
    /// How to reach it (`diplomatic channels; INTERPOL in urgent cases`),
    /// only as a source gives it; empty when none does.
    pub channels: Text,
    /// Contact details, only as a source gives them; usually empty.
    pub contact: Text,
    /// Provenance (a source and its date are required).
    pub source: Source,
    /// Where the row comes from and what it leaves open.
    pub notes: Text,
}

/// ISO 639-1 two-letter language codes.
pub const ISO_639_1: [&str; 183] = [
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi",
    "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de",
    "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy",
    "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia",
    "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
    "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo",
    "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd",
    "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl",
    "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl",
    "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
    "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa",
    "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// Reads the `languages` column: ISO 639-1 codes joined by `+`, or empty.
pub(crate) fn parse_languages(s: &str) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    if s.is_empty() {
        return Ok(codes);
    }
    for c in s.split('+') {
        if ISO_639_1.binary_search(&c).is_err() {
            return Err(format!(
                "`{c}` in `{s}` is not an ISO 639-1 language code: expected two lower-case letters such as en, fr or es, joined by `+` (e.g. en+fr), or nothing"
            ));
        }
        if codes.iter().any(|x| x == c) {
            return Err(format!("`{c}` is listed twice in `{s}`"));
        }
        codes.push(c.to_string());
    }
    Ok(codes)
}

/// Reads the file's rows; a row with an error is left out and reported.
pub(crate) fn parse(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Authority> {
    let mut rows = Rows {
        file: AUTHORITIES_FILE,
        diagnostics,
    };
    let records = rows.read(text, &COLUMNS);
    let mut out = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some(state) = state_code(&mut rows, line, &map) else {
            continue;
        };
        let function_text = field(&map, "function");
        let Some(function) = AuthorityFunction::parse(function_text) else {
            let message = format!(
                "`{function_text}` is not a function: expected one of {}",
                AuthorityFunction::expected()
            );
            rows.push(Severity::Error, line, Some("function"), message);
            continue;
        };
        let authority = field(&map, "authority");
        if authority.is_empty() {
            let message = "empty: every row names the authority as its source does".into();
            rows.push(Severity::Error, line, Some("authority"), message);
            continue;
        }
        let languages = match parse_languages(field(&map, "languages")) {
            Ok(l) => l,
            Err(message) => {
                rows.push(Severity::Error, line, Some("languages"), message);
                continue;
            }
        };
        // Every fact here needs its source and the date it reflects: a row
        // without either is refused, not kept with a warning.
        let errors = rows.diagnostics.len();
        let source = super::source(&mut rows, line, &map);
        for d in &mut rows.diagnostics[errors..] {
            if d.severity == Severity::Warning && d.field_name() == Some("source_as_of") {
                d.severity = Severity::Error;
                d.message = "no date: give the date (or month, or year) the source reflects".into();
            }
        }
        if rows.diagnostics[errors..]
            .iter()
            .any(|d| d.severity == Severity::Error)
        {
            continue;
        }
        out.push(Authority {
            state,
            participant: field(&map, "participant").to_string().into(),
            function,
            authority: authority.to_string().into(),
            languages,
            channels: field(&map, "channels").to_string().into(),
            contact: field(&map, "contact").to_string().into(),
            source,
            notes: field(&map, "notes").to_string().into(),
        });
    }
    // The same authority twice for a State and function is a slip.
    let mut seen: HashMap<(StateCode, AuthorityFunction, &str), u64> = HashMap::default();
    let mut repeated = Vec::new();
    for a in &out {
        let key = (a.state, a.function, &*a.authority);
        match seen.get(&key) {
            Some(&first) => repeated.push(Diagnostic {
                severity: Severity::Error,
                file: AUTHORITIES_FILE.into(),
                line: a.source.line as usize,
                column: None,
                field: Some(Field::Column("authority".into())),
                message: format!(
                    "{} {} `{}` is already on line {first}: give each authority once per function",
                    a.state,
                    a.function.as_str(),
                    a.authority
                ),
            }),
            None => {
                seen.insert(key, a.source.line);
            }
        }
    }
    let lines: Vec<usize> = repeated.iter().map(|d| d.line).collect();
    rows.diagnostics.extend(repeated);
    out.retain(|a| !lines.contains(&(a.source.line as usize)));
    out
}

/// Leaves out, with an error, the rows whose State the data does not list
/// (`known`: the States of the participation, M49 and legal-systems files).
pub(crate) fn check_states(
    authorities: &mut Vec<Authority>,
    known: impl Fn(StateCode) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    authorities.retain(|a| {
        let ok = known(a.state);
        if !ok {
            diagnostics.push(Diagnostic {
                severity: Severity::Error,
                file: AUTHORITIES_FILE.into(),
                line: a.source.line as usize,
                column: None,
                field: Some(Field::Column("iso3166_alpha3".into())),
                message: format!(
                    "`{}` is not a State of the data: expected a code listed in untoc_participation.csv, m49_regions.csv or legal_systems.csv",
                    a.state
                ),
            });
        }
        ok
    });
}

impl RefData {
    /// Every competent authority, in file order.
    pub fn all_authorities(&self) -> &[Authority] {
        self.authorities.all()
    }

    /// The competent authorities of `state` on record, in file order. None
    /// on record does not mean the State has designated none.
    pub fn authorities(&self, state: StateCode) -> impl Iterator<Item = &Authority> + '_ {
        self.authorities.of(state).iter()
    }
}

#[cfg(test)]
mod tests {
    use crate::{AuthorityFunction, DataTexts, RefData, Severity};

    const PARTICIPATION: &str = "participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes\n\
Aland,XAA,UNTOC,,2003-01-01,accession,http://example.org,2024,yes,\n\
Bland,XAB,UNTOC,,2003-01-01,accession,http://example.org,2024,yes,\n";
    const HEADER: &str = "participant,iso3166_alpha3,function,authority,languages,channels,contact,source_url,source_as_of,notes\n";

    fn load(rows: &str) -> (RefData, Vec<crate::Diagnostic>) {
        let text = format!("{HEADER}{rows}");
        RefData::from_texts(
            DataTexts {
                participation: PARTICIPATION,
                authorities: &text,
                ..DataTexts::default()
            },
            "t",
        )
    }

    #[test]
    fn a_good_row_is_read_with_its_source() {
        let (data, diags) = load(
            "Aland,XAA,mla,\"the Secretary, Ministry of Justice\",en+fr,diplomatic channels; INTERPOL in urgent cases,,http://example.org/n,2024-05,From a notification.\n\
Aland,XAA,extradition,the Ministry of Justice,,,,http://example.org/e,2020,\n",
        );
        assert!(diags.is_empty(), "{diags:#?}");
        let xaa = "XAA".parse().unwrap();
        let rows: Vec<_> = data.authorities(xaa).collect();
        assert_eq!(rows.len(), 2);
        let a = rows[0];
        assert_eq!(a.function, AuthorityFunction::Mla);
        assert_eq!(a.authority, "the Secretary, Ministry of Justice");
        assert_eq!(a.languages, ["en", "fr"]);
        assert_eq!(a.channels, "diplomatic channels; INTERPOL in urgent cases");
        assert_eq!(a.contact, "");
        assert_eq!(
            (&*a.source.url, &*a.source.as_of, a.source.line),
            ("http://example.org/n", "2024-05", 2)
        );
        assert_eq!(a.source.file, "competent_authorities.csv");
        assert!(rows[1].languages.is_empty());
        assert_eq!(data.authorities("XAB".parse().unwrap()).count(), 0);
        assert_eq!(data.all_authorities().len(), 2);
    }

    #[test]
    fn each_kind_of_bad_row_is_an_error_on_its_line_and_column() {
        let (data, diags) = load(
            "Aland,XAA,mla,the Ministry of Justice,en,,,http://example.org,2024,\n\
Cland,XAC,mla,the Ministry of Justice,,,,http://example.org,2024,\n\
Aland,xaa,mla,the Ministry of Justice,,,,http://example.org,2024,\n\
Aland,XAA,central_authority,the Ministry of Justice,,,,http://example.org,2024,\n\
Aland,XAA,firearms,the Police,english,,,http://example.org,2024,\n\
Aland,XAA,firearms,the Police,EN,,,http://example.org,2024,\n\
Aland,XAA,firearms,the Police,zz,,,http://example.org,2024,\n\
Aland,XAA,firearms,the Police,en+en,,,http://example.org,2024,\n\
Aland,XAA,firearms,the Police,,,,,2024,\n\
Aland,XAA,firearms,the Police,,,,http://example.org,,\n\
Aland,XAA,firearms,the Police,,,,http://example.org,May 2024,\n\
Aland,XAA,firearms,,,,,http://example.org,2024,\n\
Aland,XAA,mla,the Ministry of Justice,,,,http://example.org,2024,\n",
        );
        let at = |line: usize, field: &str| {
            diags
                .iter()
                .find(|d| d.line == line && d.field_name() == Some(field))
                .unwrap_or_else(|| panic!("no diagnostic for {field} at line {line}: {diags:#?}"))
        };
        assert!(at(3, "iso3166_alpha3")
            .message
            .contains("`XAC` is not a State of the data"));
        assert!(at(4, "iso3166_alpha3")
            .message
            .contains("`xaa` is not a State code"));
        assert!(at(5, "function")
            .message
            .contains("expected one of mla, extradition"));
        assert!(at(6, "languages").message.contains("`english`"));
        assert!(at(7, "languages").message.contains("`EN`"));
        assert!(at(8, "languages").message.contains("`zz`"));
        assert!(at(9, "languages").message.contains("listed twice"));
        assert!(at(10, "source_url").message.contains("no source"));
        assert!(at(11, "source_as_of").message.contains("no date"));
        assert!(at(12, "source_as_of").message.contains("`May 2024`"));
        assert!(at(13, "authority").message.contains("empty"));
        assert!(at(14, "authority").message.contains("already on line 2"));
        assert!(diags
            .iter()
            .all(|d| d.severity == Severity::Error && d.file == "competent_authorities.csv"));
        assert_eq!(diags.len(), 12, "{diags:#?}");
        // Only the good row is kept.
        assert_eq!(data.all_authorities().len(), 1);
        assert_eq!(
            format!("{}", at(5, "function")),
            "error: competent_authorities.csv:5: column `function`: `central_authority` is not a function: expected one of mla, extradition, transfer_of_sentenced_persons, som_by_sea, firearms, cultural_property, asset_recovery"
        );
    }

    #[test]
    fn a_missing_column_is_an_error_on_the_header() {
        let text = "participant,iso3166_alpha3,function,authority\nAland,XAA,mla,x\n";
        let (_, diags) = RefData::from_texts(
            DataTexts {
                participation: PARTICIPATION,
                authorities: text,
                ..DataTexts::default()
            },
            "t",
        );
        assert!(diags.iter().any(|d| d.severity == Severity::Error
            && d.line == 1
            && d.field_name() == Some("source_url")));
    }

    #[test]
    fn the_language_list_is_sorted_and_whole() {
        assert!(super::ISO_639_1.windows(2).all(|w| w[0] < w[1]));
        for c in [
            "en", "fr", "es", "ar", "ru", "zh", "hi", "lv", "lt", "uk", "sl", "mk",
        ] {
            assert!(super::parse_languages(c).is_ok(), "{c}");
        }
    }

    #[test]
    fn the_embedded_file_has_no_errors_and_the_stated_count() {
        let (data, diags) = RefData::from_texts(DataTexts::embedded(), "embedded");
        let errors: Vec<_> = diags
            .iter()
            .filter(|d| d.file == super::AUTHORITIES_FILE)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let rows = crate::load::raw_rows(super::AUTHORITIES_FILE, crate::EMBEDDED_AUTHORITIES);
        assert!(rows > 0);
        assert_eq!(data.all_authorities().len(), rows);
        assert!(data
            .all_authorities()
            .iter()
            .all(|a| !a.source.url.is_empty() && !a.source.as_of.is_empty()));
    }

    #[test]
    fn every_function_reads_back() {
        for f in AuthorityFunction::ALL {
            assert_eq!(AuthorityFunction::parse(f.as_str()), Some(f));
            assert!(!f.describe().is_empty());
        }
    }
}
