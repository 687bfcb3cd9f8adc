//! `--format json`: exactly the contract `palermo.assessment/1`, plus additive
//! fields: `lang`, `data_origin`, per-finding `message` (id and typed
//! arguments), `effect`, `interpretation` and `sources`, `missing_questions`,
//! and the reader's answer (`answer.headline`, `route`, `risks`, `checklist`,
//! `treaty_points`, `caveats`, `sensitivity`). Ids stay as they are; every
//! text is rendered in the language asked.

use palermo_i18n::{Arg, Msg};
use palermo_rules::answer::Step;
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, RefData};
use serde_json::{json, Map, Value};

use super::View;

/// A message as data: its id and arguments, each as JSON (States by code,
/// dates ISO, citations in the contract's English form).
pub fn message(m: &Msg) -> Value {
    let mut args = Map::new();
    for (name, a) in &m.args {
        args.insert((*name).to_string(), arg(a));
    }
    json!({ "id": m.id, "args": args })
}

fn arg(a: &Arg) -> Value {
    match a {
        Arg::State(c) | Arg::Code(c) => json!(c.as_str()),
        Arg::Date(d) => json!(d.to_string()),
        Arg::Num(n) => json!(n),
        Arg::Cite(p) => json!(p.to_string()),
        Arg::Term(id) => json!({ "id": id }),
        Arg::Nested(m) => message(m),
        Arg::Text(t) => json!(&**t),
        Arg::Bool(b) => json!(b),
        Arg::List(items) => Value::Array(items.iter().map(arg).collect()),
    }
}

fn finding(v: &View<'_>, f: &Finding) -> Value {
    json!({
        "id": f.id,
        "outcome": f.outcome.as_str(),
        "citation": f.citation.to_string(),
        "basis": f.basis.as_str(),
        "interpretation": match f.basis { Basis::Interpretation(anchor) => json!(format!("docs/legal-method.md#{anchor}")), Basis::Text => Value::Null },
        "strength": f.strength.map(|s| s.as_str()),
        "explanation": v.msg(&f.message),
        "message": message(&f.message),
        "effect": match palermo_rules::answer::effect(f) { Some(true) => "favourable", Some(false) => "adverse", None => "open" },
        "because": f.because.as_slice(),
        "missing": palermo_rules::Fact::paths(&f.missing),
        "sources": f.sources.iter().map(|s| v.source(s)).collect::<Vec<_>>(),
    })
}

fn steps(v: &View<'_>, steps: &[Step]) -> Value {
    Value::Array(
        steps
            .iter()
            .map(|s| {
                json!({
                    "text": v.msg(&s.msg),
                    "message": message(&s.msg),
                    "citation": s.citation.map(|c| c.to_string()),
                })
            })
            .collect(),
    )
}

/// The whole assessment as a JSON value.
pub fn assessment(v: &View<'_>, data: &RefData) -> Value {
    let a = v.a;
    let answer = a.answer();
    json!({
        "format": "palermo.assessment/1",
        "engine": a.engine,
        "data": a.data_snapshot,
        "data_origin": data.origin(),
        "lang": v.r.lang().code(),
        "as_of": a.as_of.to_string(),
        "title": v.title(),
        "question": v.question(),
        "answer": {
            "id": answer.id,
            "outcome": answer.outcome.as_str(),
            "strength": answer.strength.map(|s| s.as_str()),
            "citation": answer.citation.to_string(),
            "explanation": v.msg(&answer.message),
            "headline": v.msg(&v.answer.headline),
            "headline_message": message(&v.answer.headline),
            "favourable": v.answer.favourable,
            "route": steps(v, &v.answer.route),
            "risks": steps(v, &v.answer.risks),
            "checklist": steps(v, &v.answer.checklist),
            "treaty_points": steps(v, &v.answer.treaty_points),
            "caveats": v.answer.caveats.iter().map(|c| json!({
                "kind": c.kind.as_str(),
                "text": v.msg(&c.msg),
                "message": message(&c.msg),
            })).collect::<Vec<_>>(),
            "sensitivity": v.sensitivity.iter().map(|s| json!({
                "reading": s.reading,
                "outcome": s.outcome.as_str(),
            })).collect::<Vec<_>>(),
        },
        "findings": a.findings.iter().map(|f| finding(v, f)).collect::<Vec<_>>(),
        "missing": palermo_rules::Fact::paths(&a.missing),
        "missing_questions": a.missing.iter().zip(&a.missing_tiers).map(|(m, t)| json!({ "fact": m.path(), "question": v.msg(&m.with_path(question_for)), "tier": t.as_str() })).collect::<Vec<_>>(),
        "domestic_law_questions": a.domestic_law_questions.iter().map(|q| json!({
            "id": q.id,
            "state": q.state.to_string(),
            "question": v.msg(&q.question),
            "citation": q.citation.to_string(),
        })).collect::<Vec<_>>(),
    })
}
