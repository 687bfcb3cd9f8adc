//! State names in the six languages, from the UN M49 / UNTERM table compiled
//! in (`data/state-names.csv`; its sources in `data/README.md`).

use std::sync::OnceLock;

use palermo_refdata::StateCode;
use rustc_hash::FxHashMap;

use crate::Lang;

const CSV: &str = include_str!("../data/state-names.csv");

/// Names per State: `[ar, en, es, fr, ru, zh]` (the order of [`Lang::ALL`]).
type Table = FxHashMap<StateCode, [Box<str>; 6]>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut rdr = csv::Reader::from_reader(CSV.as_bytes());
        let headers = rdr
            .headers()
            .expect("invariant: the compiled-in name table has a header")
            .clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .expect("invariant: the name table has a column per language")
        };
        let cols: Vec<usize> = Lang::ALL
            .iter()
            .map(|l| col(&format!("name_{}", l.code())))
            .collect();
        let short: Vec<usize> = Lang::ALL
            .iter()
            .map(|l| col(&format!("unterm_short_{}", l.code())))
            .collect();
        let mut t = Table::default();
        for rec in rdr.records() {
            let rec = rec.expect("invariant: the compiled-in name table is valid CSV");
            let Ok(code) = rec[0].parse::<StateCode>() else {
                continue;
            };
            let names = std::array::from_fn(|i| {
                let m49 = rec[cols[i]].trim();
                if m49.contains('_') {
                    // A placeholder in the M49 cell (data/README.md): the
                    // UNTERM short name, without its article in brackets.
                    let s = rec[short[i]].trim();
                    match s.rfind(" (") {
                        Some(at) if s.ends_with(')') => s[..at].into(),
                        _ => s.into(),
                    }
                } else {
                    m49.into()
                }
            });
            t.insert(code, names);
        }
        t
    })
}

/// The State's short name in the language (UN M49), if the table has it.
pub fn state_name(code: StateCode, lang: Lang) -> Option<&'static str> {
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    table()
        .get(&code)
        .map(|names| &*names[i])
        .filter(|n| !n.is_empty())
}
