//! `--format json`: exactly the contract `palermo.assessment/1`, plus additive fields
//! (`data_origin`, per-finding `interpretation` and `sources`, `missing_questions`).

use palermo_rules::fact_questions::question_for;
use palermo_rules::{Assessment, Basis, Finding, RefData};
use serde_json::{json, Value};

fn finding(f: &Finding) -> Value {
    json!({
        "id": f.id,
        "outcome": f.outcome.as_str(),
        "citation": f.citation.to_string(),
        "basis": f.basis.as_str(),
        "interpretation": match f.basis { Basis::Interpretation(anchor) => json!(format!("docs/legal-method.md#{anchor}")), Basis::Text => Value::Null },
        "strength": f.strength.map(|s| s.as_str()),
        "explanation": f.message.to_string(),
        "because": f.because,
        "missing": f.missing,
        "sources": f.sources.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}

/// The whole assessment as a JSON value.
pub fn assessment(a: &Assessment, data: &RefData) -> Value {
    let answer = a.answer();
    json!({
        "format": "palermo.assessment/1",
        "engine": a.engine,
        "data": a.data_snapshot,
        "data_origin": data.origin(),
        "as_of": a.as_of.to_string(),
        "question": a.question.to_string(),
        "answer": {
            "id": answer.id,
            "outcome": answer.outcome.as_str(),
            "strength": answer.strength.map(|s| s.as_str()),
            "citation": answer.citation.to_string(),
            "explanation": answer.message.to_string(),
        },
        "findings": a.findings.iter().map(finding).collect::<Vec<_>>(),
        "missing": a.missing,
        "missing_questions": a.missing.iter().zip(&a.missing_tiers).map(|(m, t)| json!({ "fact": m, "question": question_for(m).to_string(), "tier": t.as_str() })).collect::<Vec<_>>(),
        "domestic_law_questions": a.domestic_law_questions.iter().map(|q| json!({
            "id": q.id,
            "state": q.state.to_string(),
            "question": q.question.to_string(),
            "citation": q.citation.to_string(),
        })).collect::<Vec<_>>(),
    })
}
