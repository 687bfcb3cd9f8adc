//! State names in the six languages, from the UN M49 / UNTERM table
//! (`data/state-names.csv`; its sources in `data/README.md`), read at build
//! time (`names_table.rs`) and compiled in as a table sorted by code.

use palermo_refdata::StateCode;

use crate::Lang;

// NAMES: `(code, [ar, en, es, fr, ru, zh])` (the order of [`Lang::ALL`]),
// sorted by code, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/state_names.rs"));

/// The State's short name in the language (UN M49), if the table has it.
pub fn state_name(code: StateCode, lang: Lang) -> Option<&'static str> {
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    let at = NAMES
        .binary_search_by(|(c, _)| (*c).cmp(code.as_str()))
        .ok()?;
    Some(NAMES[at].1[i]).filter(|n| !n.is_empty())
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
}
