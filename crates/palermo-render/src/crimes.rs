//! A crime type of the catalogue as JSON (`palermo crimes --format json`,
//! `GET /api/v1/crimes`).

use palermo_refdata::CrimeType;
use palermo_rules::RefData;
use serde_json::{json, Value};

/// The crime type with the States that have penalty rows for it.
pub fn to_json(c: &CrimeType, data: &RefData) -> Value {
    let states: Vec<String> = {
        let mut v: Vec<String> = data
            .all_penalties()
            .iter()
            .filter(|p| p.crime_type == c.id)
            .map(|p| p.state.to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    json!({
        "id": c.id,
        "name": c.name,
        "kind": c.kind.as_str(),
        "description": c.description,
        "convention_offences": c.convention_offences,
        "other_instruments": c.other_instruments,
        "mandates": c.mandates.iter().map(|m| json!({ "symbol": m.symbol, "date": m.date.map(|d| d.to_string()), "gist": m.gist })).collect::<Vec<_>>(),
        "caveats": c.caveats,
        "unodc_tools": c.unodc_tools,
        "paper_paragraphs": c.paper_paragraphs,
        "penalty_data_states": states,
    })
}
