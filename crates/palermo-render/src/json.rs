//! `--format json`: exactly the contract `palermo.assessment/1`, plus additive
//! fields: `lang`, `data_origin`, per-finding `message` (id and typed
//! arguments), `effect`, `interpretation` and `sources`, `missing_questions`,
//! and the reader's answer (`answer.headline`, `route`, `risks`, `checklist`,
//! `treaty_points`, `caveats`, `sensitivity`). Ids stay as they are; every
//! text is rendered in the language asked.
//!
//! [`assessment`] is written as it is serialized (`serde::Serialize`), with
//! no `serde_json::Value` in between: the same keys in the same order, so
//! the same text, compact or pretty.

use std::cell::RefCell;
use std::fmt::Display;

use palermo_i18n::{Arg, Msg};
use palermo_rules::answer::Step;
use palermo_rules::fact_questions::question_for;
use palermo_rules::{Basis, Finding, RefData};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{json, Map, Value};

use crate::View;

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

/// The whole assessment, to serialize (`serde_json::to_string`,
/// `to_string_pretty`, `to_writer`).
pub fn assessment<'v, 'a>(v: &'v View<'a>, data: &'v RefData) -> Assessment<'v, 'a> {
    Assessment {
        c: Ctx {
            v,
            text: RefCell::new(String::with_capacity(512)),
        },
        data,
    }
}

/// See [`assessment`].
pub struct Assessment<'v, 'a> {
    c: Ctx<'v, 'a>,
    data: &'v RefData,
}

/// The view, and a buffer each text is rendered into before it is written.
struct Ctx<'v, 'a> {
    v: &'v View<'a>,
    text: RefCell<String>,
}

impl<'v, 'a> Ctx<'v, 'a> {
    /// A message rendered in the view's language, as a JSON string.
    fn text<'c>(&'c self, m: &'c Msg) -> Text<'c, 'v, 'a> {
        Text(self, TextOf::Msg(m))
    }
}

enum TextOf<'m> {
    Msg(&'m Msg),
    Source(&'m palermo_rules::Cited),
}

/// A text rendered into the context's buffer, then written as a string.
struct Text<'c, 'v, 'a>(&'c Ctx<'v, 'a>, TextOf<'c>);

impl Serialize for Text<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = self.0.text.borrow_mut();
        buf.clear();
        match self.1 {
            TextOf::Msg(m) => self.0.v.write_msg(m, &mut buf),
            TextOf::Source(c) => self.0.v.write_source(c, &mut buf),
        }
        s.serialize_str(&buf)
    }
}

/// A value written as its `Display` text, as a JSON string.
struct Shown<T>(T);

impl<T: Display> Serialize for Shown<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        shown(&self.0, s)
    }
}

thread_local! {
    /// The text of a [`Shown`] value before it is written.
    static SHOWN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// `s.collect_str(value)`, with the text formatted into a buffer first and
/// written as one string (the same escaped text): the serializer's
/// formatter adapter escapes each of the many small pieces on its own.
fn shown<T: Display + ?Sized, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    use std::fmt::Write;
    SHOWN.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            if write!(buf, "{value}").is_err() {
                return s.collect_str(value);
            }
            s.serialize_str(&buf)
        }
        Err(_) => s.collect_str(value),
    })
}

/// A sequence of items made from a slice when serialized.
struct Each<'s, T, F>(&'s [T], F);

impl<'s, T, F, U> Serialize for Each<'s, T, F>
where
    F: Fn(&'s T) -> U,
    U: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(&(self.1)(item))?;
        }
        seq.end()
    }
}

/// [`message`], written as it goes.
struct MessageJson<'m>(&'m Msg);

impl Serialize for MessageJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("id", self.0.id)?;
        map.serialize_entry("args", &ArgsJson(&self.0.args))?;
        map.end()
    }
}

/// A message's arguments by name. As in a `serde_json::Map`, a name given
/// twice keeps its first place and takes its last value.
struct ArgsJson<'m>(&'m [(&'static str, Arg)]);

impl Serialize for ArgsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let args = self.0;
        let first = |i: usize| !args[..i].iter().any(|(n, _)| *n == args[i].0);
        let distinct = (0..args.len()).filter(|&i| first(i)).count();
        let mut map = s.serialize_map(Some(distinct))?;
        for (i, (name, _)) in args.iter().enumerate() {
            if first(i) {
                let last = args.iter().rev().find(|(n, _)| n == name).map(|(_, a)| a);
                map.serialize_entry(name, &last.map(ArgJson))?;
            }
        }
        map.end()
    }
}

/// [`arg`], written as it goes.
struct ArgJson<'m>(&'m Arg);

impl Serialize for ArgJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Arg::State(c) | Arg::Code(c) => s.serialize_str(c.as_str()),
            Arg::Date(d) => shown(d, s),
            Arg::Num(n) => s.serialize_i64(*n),
            Arg::Cite(p) => shown(p, s),
            Arg::Term(id) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("id", id)?;
                map.end()
            }
            Arg::Nested(m) => MessageJson(m).serialize(s),
            Arg::Text(t) => s.serialize_str(t),
            Arg::Bool(b) => s.serialize_bool(*b),
            Arg::List(items) => Each(items, ArgJson).serialize(s),
        }
    }
}

struct FindingJson<'c, 'v, 'a>(&'c Ctx<'v, 'a>, &'c Finding);

impl Serialize for FindingJson<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, f) = (self.0, self.1);
        let mut map = s.serialize_map(Some(12))?;
        map.serialize_entry("id", &f.id)?;
        map.serialize_entry("outcome", f.outcome.as_str())?;
        map.serialize_entry("citation", &Shown(f.citation))?;
        map.serialize_entry("basis", f.basis.as_str())?;
        match f.basis {
            Basis::Interpretation(anchor) => map.serialize_entry(
                "interpretation",
                &Shown(format_args!("docs/legal-method.md#{anchor}")),
            )?,
            Basis::Text => map.serialize_entry("interpretation", &())?,
        }
        map.serialize_entry("strength", &f.strength.map(|s| s.as_str()))?;
        map.serialize_entry("explanation", &c.text(&f.message))?;
        map.serialize_entry("message", &MessageJson(&f.message))?;
        let effect = match palermo_rules::answer::effect(f) {
            Some(true) => "favourable",
            Some(false) => "adverse",
            None => "open",
        };
        map.serialize_entry("effect", effect)?;
        let findings = &c.v.a.findings;
        map.serialize_entry("because", &Each(&f.because, |&i| &*findings[i as usize].id))?;
        map.serialize_entry("missing", &palermo_rules::Fact::paths(&f.missing))?;
        map.serialize_entry(
            "sources",
            &Each(&f.sources, |src| Text(c, TextOf::Source(src))),
        )?;
        map.end()
    }
}

struct StepJson<'c, 'v, 'a>(&'c Ctx<'v, 'a>, &'c Step);

impl Serialize for StepJson<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, step) = (self.0, self.1);
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("text", &c.text(&step.msg))?;
        map.serialize_entry("message", &MessageJson(&step.msg))?;
        map.serialize_entry("citation", &step.citation.map(Shown))?;
        map.end()
    }
}

struct AnswerJson<'c, 'v, 'a>(&'c Ctx<'v, 'a>);

impl Serialize for AnswerJson<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let v = c.v;
        let answer = v.a.answer();
        let steps = |steps| Each(steps, move |step| StepJson(c, step));
        let mut map = s.serialize_map(Some(14))?;
        map.serialize_entry("id", &answer.id)?;
        map.serialize_entry("outcome", answer.outcome.as_str())?;
        map.serialize_entry("strength", &answer.strength.map(|s| s.as_str()))?;
        map.serialize_entry("citation", &Shown(answer.citation))?;
        map.serialize_entry("explanation", &c.text(&answer.message))?;
        map.serialize_entry("headline", &c.text(&v.answer.headline))?;
        map.serialize_entry("headline_message", &MessageJson(&v.answer.headline))?;
        map.serialize_entry("favourable", &v.answer.favourable)?;
        map.serialize_entry("route", &steps(&v.answer.route))?;
        map.serialize_entry("risks", &steps(&v.answer.risks))?;
        map.serialize_entry("checklist", &steps(&v.answer.checklist))?;
        map.serialize_entry("treaty_points", &steps(&v.answer.treaty_points))?;
        map.serialize_entry(
            "caveats",
            &Each(&v.answer.caveats, |caveat| Caveat(c, caveat)),
        )?;
        map.serialize_entry("sensitivity", &Each(&v.sensitivity, Sensitivity))?;
        map.end()
    }
}

struct Caveat<'c, 'v, 'a>(&'c Ctx<'v, 'a>, &'c palermo_rules::answer::Caveat);

impl Serialize for Caveat<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("kind", self.1.kind.as_str())?;
        map.serialize_entry("text", &self.0.text(&self.1.msg))?;
        map.serialize_entry("message", &MessageJson(&self.1.msg))?;
        map.end()
    }
}

struct Sensitivity<'s>(&'s palermo_rules::answer::Reading);

impl Serialize for Sensitivity<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("reading", self.0.reading)?;
        map.serialize_entry("outcome", self.0.outcome.as_str())?;
        map.end()
    }
}

impl Serialize for Assessment<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = &self.c;
        let v = c.v;
        let a = v.a;
        let mut map = s.serialize_map(Some(13))?;
        map.serialize_entry("format", "palermo.assessment/1")?;
        map.serialize_entry("engine", a.engine)?;
        map.serialize_entry("data", &a.data_snapshot)?;
        map.serialize_entry("data_origin", self.data.origin())?;
        map.serialize_entry("lang", v.r.lang().code())?;
        map.serialize_entry("as_of", &Shown(a.as_of))?;
        map.serialize_entry("title", &v.title())?;
        map.serialize_entry("question", &c.text(&a.question))?;
        map.serialize_entry("answer", &AnswerJson(c))?;
        map.serialize_entry("findings", &Each(&a.findings, |f| FindingJson(c, f)))?;
        let paths = palermo_rules::Fact::paths(&a.missing);
        map.serialize_entry("missing", &paths)?;
        let questions: Vec<(&str, palermo_rules::MissingTier)> = (paths.iter())
            .zip(&a.missing_tiers)
            .map(|(m, t)| (m.as_str(), *t))
            .collect();
        map.serialize_entry(
            "missing_questions",
            &Each(&questions, |&(m, t)| MissingQuestion(c, m, t)),
        )?;
        map.serialize_entry(
            "domestic_law_questions",
            &Each(&a.domestic_law_questions, |q| DomesticQuestion(c, q)),
        )?;
        map.end()
    }
}

struct MissingQuestion<'c, 'v, 'a>(&'c Ctx<'v, 'a>, &'c str, palermo_rules::MissingTier);

impl Serialize for MissingQuestion<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let question = question_for(self.1, self.0.v.a.kind);
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("fact", self.1)?;
        map.serialize_entry("question", &self.0.text(&question))?;
        map.serialize_entry("tier", self.2.as_str())?;
        map.end()
    }
}

struct DomesticQuestion<'c, 'v, 'a>(&'c Ctx<'v, 'a>, &'c palermo_rules::AskedQuestion);

impl Serialize for DomesticQuestion<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.1;
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("id", q.id)?;
        map.serialize_entry("state", q.state.as_str())?;
        map.serialize_entry("question", &self.0.text(&q.question))?;
        map.serialize_entry("citation", &Shown(q.citation))?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use palermo_case::{read_case, Syntax};
    use palermo_i18n::Lang;
    use palermo_rules::{assess, Options, StateCode};

    use super::*;
    use crate::case_names;

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
            "because": v.a.because_ids(f),
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

    /// The assessment as the renderer built it before it was streamed: a
    /// `serde_json::Value`, the reference for [`assessment`].
    fn assessment_value(v: &View<'_>, data: &RefData) -> Value {
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
            "missing_questions": a.missing.iter().zip(&a.missing_tiers).map(|(m, t)| json!({ "fact": m.path(), "question": v.msg(&m.with_path(|p| question_for(p, a.kind))), "tier": t.as_str() })).collect::<Vec<_>>(),
            "domestic_law_questions": a.domestic_law_questions.iter().map(|q| json!({
                "id": q.id,
                "state": q.state.to_string(),
                "question": v.msg(&q.question),
                "citation": q.citation.to_string(),
            })).collect::<Vec<_>>(),
        })
    }

    /// Every example in every language gives the same JSON text, compact
    /// and pretty, as the `Value` did.
    #[test]
    fn streamed_json_is_the_value_s_text() {
        let data = RefData::embedded();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let mut n = 0;
        for entry in std::fs::read_dir(root).unwrap() {
            let path = entry.unwrap().path();
            let syntax = match path.extension().and_then(|e| e.to_str()) {
                Some("toml") => Syntax::Toml,
                Some("json") => Syntax::Json,
                _ => continue,
            };
            let text = std::fs::read_to_string(&path).unwrap();
            let Ok(read) = read_case("case", &text, syntax, &data) else {
                continue;
            };
            let case = read.case;
            let as_of = case.as_of.unwrap_or(jiff::civil::date(2024, 5, 1));
            let Ok(a) = assess(&case, &data, as_of, Options::default()) else {
                continue;
            };
            let names: Vec<(StateCode, Arc<str>)> = case_names(&case);
            for lang in Lang::ALL {
                let v = crate::test_support::view(&a, &case, &data, &names, lang);
                let value = assessment_value(&v, &data);
                let streamed = assessment(&v, &data);
                assert_eq!(
                    serde_json::to_string_pretty(&streamed).unwrap(),
                    serde_json::to_string_pretty(&value).unwrap(),
                    "{} {lang}",
                    path.display()
                );
                assert_eq!(
                    serde_json::to_string(&streamed).unwrap(),
                    serde_json::to_string(&value).unwrap()
                );
                n += 1;
            }
        }
        assert!(n >= 6 * 10, "{n}");
    }

    /// A name given twice keeps its first place and its last value, as in
    /// a map.
    #[test]
    fn a_name_given_twice_is_one_entry() {
        let m = Msg::new("x")
            .arg("a", 1)
            .arg("b", Arg::text("b"))
            .arg("a", 2)
            .arg(
                "c",
                Arg::List(vec![Arg::Num(-3), Arg::Bool(true), Arg::Term("t")]),
            );
        assert_eq!(
            serde_json::to_string_pretty(&MessageJson(&m)).unwrap(),
            serde_json::to_string_pretty(&message(&m)).unwrap()
        );
        let empty = Msg::new("y");
        assert_eq!(
            serde_json::to_string_pretty(&MessageJson(&empty)).unwrap(),
            serde_json::to_string_pretty(&message(&empty)).unwrap()
        );
    }
}
