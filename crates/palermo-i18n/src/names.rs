//! State names in the six languages, from the UN M49 / UNTERM table
//! (`data/state-names.csv`; its sources in `data/README.md`), read at build
//! time (`names_table.rs`) and compiled in as a table sorted by code.

use palermo_refdata::StateCode;

use crate::Lang;

// NAMES: `(code, [ar, en, es, fr, ru, zh])` (the order of [`Lang::ALL`]),
// sorted by code, and NAME_KEYS: each code's letters as a number, in the
// same order; EN_THE_KEYS: the codes whose English name takes "the"
// (`takes_the_in_english`), as numbers, sorted; written by build.rs.
include!(concat!(env!("OUT_DIR"), "/state_names.rs"));

/// The State's short name in the language (UN M49), if the table has it.
pub fn state_name(code: StateCode, lang: Lang) -> Option<&'static str> {
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    let key = (code.as_str().bytes()).fold(0u32, |k, b| k << 8 | u32::from(b));
    let at = NAME_KEYS.binary_search(&key).ok()?;
    Some(NAMES[at].1[i]).filter(|n| !n.is_empty())
}

/// Whether the State's English short name takes "the" in running text
/// ("the Netherlands", "the United States of America"), as its UNTERM short
/// name marks it.
pub fn takes_the_in_english(code: StateCode) -> bool {
    let key = (code.as_str().bytes()).fold(0u32, |k, b| k << 8 | u32::from(b));
    EN_THE_KEYS.binary_search(&key).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_table_is_the_csv_read_now() {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        let read = crate::names_table::read(include_str!("../data/state-names.csv"), &codes)
            .expect("the table reads");
        let compiled: Vec<(String, Vec<String>)> = NAMES
            .iter()
            .map(|(c, n)| (c.to_string(), n.iter().map(|s| s.to_string()).collect()))
            .collect();
        assert!(compiled.len() > 240);
        assert_eq!(compiled, read);
    }

    #[test]
    fn the_english_article_is_the_one_unterm_marks() {
        let read = crate::names_table::english_article(include_str!("../data/state-names.csv"))
            .expect("the table reads");
        assert!(read.len() > 10, "{read:?}");
        for code in ["NLD", "USA", "GBR", "RUS", "PHL"] {
            assert!(read.iter().any(|c| c == code), "{code}");
        }
        for (code, _) in NAMES {
            let state = code.parse::<StateCode>().expect("a code");
            assert_eq!(
                takes_the_in_english(state),
                read.iter().any(|c| c == code),
                "{code}"
            );
        }
        for code in ["ITA", "KEN", "XAA"] {
            assert!(
                !takes_the_in_english(code.parse().expect("a code")),
                "{code}"
            );
        }
    }

    #[test]
    fn every_code_of_the_table_finds_its_own_row() {
        assert_eq!(NAME_KEYS.len(), NAMES.len());
        for (code, names) in NAMES {
            let state = code
                .parse::<StateCode>()
                .expect("the table's codes are codes");
            assert_eq!(
                state_name(state, Lang::En),
                Some(names[1]).filter(|n| !n.is_empty())
            );
        }
        let none = "XAA".parse::<StateCode>().expect("a code");
        assert_eq!(state_name(none, Lang::En), None);
    }
}
