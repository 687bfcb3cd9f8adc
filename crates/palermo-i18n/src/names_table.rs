//! Reading the table of State names (`data/state-names.csv`): used by the
//! build script (`build.rs` includes this file), which compiles the names in
//! as a static table, and by a test that checks the two agree.

use std::collections::BTreeMap;

/// The names per State code, sorted by code: for each language of `langs`
/// (two-letter codes, in that order), the M49 name, or where the M49 cell
/// holds a placeholder, the UNTERM short name without its article in
/// brackets. Rows whose code is not three upper-case letters are skipped; a
/// code given twice keeps its last row.
pub fn read(csv_text: &str, langs: &[&str]) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = rdr.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: String| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("no column `{name}`"))
    };
    let cols = langs
        .iter()
        .map(|l| col(format!("name_{l}")))
        .collect::<Result<Vec<usize>, String>>()?;
    let short = langs
        .iter()
        .map(|l| col(format!("unterm_short_{l}")))
        .collect::<Result<Vec<usize>, String>>()?;
    let mut table = BTreeMap::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        let code = &rec[0];
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let names = (0..langs.len())
            .map(|i| {
                let m49 = rec[cols[i]].trim();
                if m49.contains('_') {
                    // A placeholder in the M49 cell (data/README.md): the
                    // UNTERM short name, without its article in brackets.
                    let s = rec[short[i]].trim();
                    match s.rfind(" (") {
                        Some(at) if s.ends_with(')') => s[..at].to_string(),
                        _ => s.to_string(),
                    }
                } else {
                    m49.to_string()
                }
            })
            .collect();
        table.insert(code.to_string(), names);
    }
    Ok(table.into_iter().collect())
}

/// The codes whose English short name takes "the" in running text: those
/// whose UNTERM short name ends with its article in brackets ("Netherlands
/// (the)", "United States of America (the)"), sorted.
pub fn english_article(csv_text: &str) -> Result<Vec<String>, String> {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = rdr.headers().map_err(|e| e.to_string())?.clone();
    let short = headers
        .iter()
        .position(|h| h == "unterm_short_en")
        .ok_or("no column `unterm_short_en`")?;
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        let code = &rec[0];
        if code.len() == 3
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && rec[short].trim().ends_with("(the)")
        {
            out.push(code.to_string());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}
