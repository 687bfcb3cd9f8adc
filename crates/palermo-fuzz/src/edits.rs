//! The structure-aware target: a valid case (the every-field case or one of
//! the examples) changed by a list of edits that `arbitrary` draws from the
//! input (remove a field, replace a value, insert a key, repeat or wrap a
//! value), using the keys and words the reader knows, then written out as TOML
//! or JSON and read and assessed like any case file. Byte-level fuzzing rarely
//! gets past the syntax; this reaches the reader's checks and the engine.

use std::sync::OnceLock;

use arbitrary::{Arbitrary, Unstructured};
use palermo_case::{read_case, Syntax};
use palermo_rules::facts::{
    ConfiscationMeasure, ConventionOffence, InvestigativeTechnique, Measure, OtherInstrument,
    RequestKind,
};
use palermo_rules::{Case, Strength};

/// The bases, valid case files.
const BASES: [&str; 7] = [
    include_str!("every-field.toml"),
    include_str!("../../../examples/ivory-kenya-italy.toml"),
    include_str!("../../../examples/three-offences-one-outside.toml"),
    include_str!("../../../examples/trafficking-by-elements.toml"),
    include_str!("../../../examples/laundering-by-elements-foreign-predicate.toml"),
    include_str!("../../../examples/confiscation-proceeds-abroad.toml"),
    include_str!("../../../examples/mla-bilateral-treaty.toml"),
];

/// Words that are not in the bases: near misses and impossible values.
const TRICKY: [&str; 24] = [
    "",
    " ",
    "KNE",
    "ken",
    "QQQ",
    "XQQ",
    "XAB",
    "EUE",
    "0y",
    "0m",
    "4y12m",
    "101y",
    "1200m",
    "death",
    "fine",
    "none",
    "2024-02-30",
    "0001-01-01",
    "9999-12-31",
    "2024-05-01T10:00:00",
    "palermo.case/2",
    "art16.legal_basis#2",
    "\u{feff}",
    "é\u{301}",
];

/// A value of the case tree.
#[derive(Clone, Debug)]
enum V {
    Str(String),
    Int(i64),
    Float(i16),
    Bool(bool),
    Date(String),
    Arr(Vec<V>),
    Tab(Vec<(String, V)>),
}

/// What the fuzzer draws.
#[derive(Arbitrary, Debug)]
struct Input {
    base: u8,
    json: bool,
    options: u8,
    edits: Vec<Edit>,
}

/// One change. Numbers pick a node (in a walk of the tree) or a word, modulo
/// how many there are.
#[derive(Arbitrary, Debug)]
enum Edit {
    /// Leave a field (or an element) out.
    Remove(u16),
    /// Give a field another value.
    Replace(u16, Leaf),
    /// Add a key (a word) to a table.
    Insert(u16, u16, Leaf),
    /// Add an element to an array.
    Push(u16, Leaf),
    /// Repeat an element of an array, or a key of a table.
    Repeat(u16),
    /// Put a value in an array of its own.
    Wrap(u16),
}

/// A new value.
#[derive(Arbitrary, Debug)]
enum Leaf {
    Word(u16),
    Int(i64),
    Small(i8),
    Bool(bool),
    Float(i16),
    Date(u16, u8, u8),
    Text(String),
    Words(Vec<u16>),
    Table,
}

/// The structure-aware harness.
pub fn case_edits(input: &[u8]) {
    let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(input)) else {
        return;
    };
    let bases = bases();
    let mut tree = bases[usize::from(input.base) % bases.len()].clone();
    for edit in input.edits.iter().take(32) {
        apply(&mut tree, edit);
    }
    let (text, syntax) = if input.json {
        (json(&tree), Syntax::Json)
    } else {
        (toml(&tree), Syntax::Toml)
    };
    crate::check_case(&text, syntax, crate::options(input.options.into()));
}

/// The case `case_edits` builds from `input`, written both as TOML and as
/// JSON (for checking that the two readers agree); `None` for input too
/// short to draw one.
pub fn both_syntaxes(input: &[u8]) -> Option<(String, String)> {
    let input = Input::arbitrary_take_rest(Unstructured::new(input)).ok()?;
    let bases = bases();
    let mut tree = bases[usize::from(input.base) % bases.len()].clone();
    for edit in input.edits.iter().take(32) {
        apply(&mut tree, edit);
    }
    Some((toml(&tree), json(&tree)))
}

/// The cases `refdata` assesses on the data it loaded: two bases as read on
/// the embedded data.
pub(crate) fn fixed_cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        BASES[..2]
            .iter()
            .map(|text| {
                read_case("base.toml", text, Syntax::Toml, crate::data())
                    .expect("invariant: the bases read (test `the_bases_read`)")
                    .case
            })
            .collect()
    })
}

fn bases() -> &'static [V] {
    static TREES: OnceLock<Vec<V>> = OnceLock::new();
    TREES.get_or_init(|| BASES.iter().map(|text| parse(text)).collect())
}

/// Keys and string values of the bases, the names the reader and the data
/// know, and the tricky words.
fn words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w: Vec<String> = TRICKY.iter().map(|s| s.to_string()).collect();
        for tree in bases() {
            harvest(tree, &mut w);
        }
        let data = crate::data();
        w.extend(data.states().iter().map(|s| s.as_str().to_string()));
        w.extend(data.crimes().iter().map(|c| c.id.clone()));
        w.extend(RequestKind::ALL.iter().map(|x| x.as_str().to_string()));
        w.extend(Measure::ALL.iter().map(|x| x.as_str().to_string()));
        w.extend(
            ConventionOffence::ALL
                .iter()
                .map(|x| x.as_str().to_string()),
        );
        w.extend(
            ConfiscationMeasure::ALL
                .iter()
                .map(|x| x.as_str().to_string()),
        );
        w.extend(
            InvestigativeTechnique::ALL
                .iter()
                .map(|x| x.as_str().to_string()),
        );
        w.extend(OtherInstrument::ALL.iter().map(|x| x.as_str().to_string()));
        w.extend(Strength::ALL.iter().map(|x| x.as_str().to_string()));
        w.extend(palermo_rules::catalogue::all().map(|f| f.id.to_string()));
        w.extend(
            palermo_rules::questions::QUESTIONS
                .iter()
                .map(|q| q.id.to_string()),
        );
        w.sort();
        w.dedup();
        w
    })
}

fn harvest(v: &V, out: &mut Vec<String>) {
    match v {
        V::Str(s) => out.push(s.clone()),
        V::Arr(items) => items.iter().for_each(|x| harvest(x, out)),
        V::Tab(entries) => {
            for (k, x) in entries {
                out.push(k.clone());
                harvest(x, out);
            }
        }
        V::Int(_) | V::Float(_) | V::Bool(_) | V::Date(_) => {}
    }
}

fn word(i: u16) -> String {
    let w = words();
    w[usize::from(i) % w.len()].clone()
}

fn leaf(l: &Leaf) -> V {
    match l {
        Leaf::Word(i) => V::Str(word(*i)),
        Leaf::Int(i) => V::Int(*i),
        Leaf::Small(i) => V::Int(i64::from(*i)),
        Leaf::Bool(b) => V::Bool(*b),
        Leaf::Float(f) => V::Float(*f),
        Leaf::Date(y, m, d) => V::Date(format!("{:04}-{:02}-{:02}", y % 10_000, m % 14, d % 33)),
        Leaf::Text(s) => V::Str(s.clone()),
        Leaf::Words(ws) => V::Arr(ws.iter().take(8).map(|i| V::Str(word(*i))).collect()),
        Leaf::Table => V::Tab(Vec::new()),
    }
}

/// The paths (child indices from the root) of every node, root first.
fn paths(v: &V, prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(prefix.clone());
    let n = match v {
        V::Arr(items) => items.len(),
        V::Tab(entries) => entries.len(),
        _ => 0,
    };
    for i in 0..n {
        prefix.push(i);
        let child = match v {
            V::Arr(items) => &items[i],
            V::Tab(entries) => &entries[i].1,
            _ => unreachable!("only arrays and tables have children"),
        };
        paths(child, prefix, out);
        prefix.pop();
    }
}

fn at<'v>(v: &'v mut V, path: &[usize]) -> &'v mut V {
    match path.split_first() {
        None => v,
        Some((&i, rest)) => match v {
            V::Arr(items) => at(&mut items[i], rest),
            V::Tab(entries) => at(&mut entries[i].1, rest),
            _ => unreachable!("a path goes through arrays and tables only"),
        },
    }
}

fn apply(tree: &mut V, edit: &Edit) {
    let mut all = Vec::new();
    paths(tree, &mut Vec::new(), &mut all);
    let pick = |i: u16| all[usize::from(i) % all.len()].clone();
    match edit {
        Edit::Remove(i) => {
            let path = pick(*i);
            if let Some((&last, parent)) = path.split_last() {
                match at(tree, parent) {
                    V::Arr(items) => {
                        items.remove(last);
                    }
                    V::Tab(entries) => {
                        entries.remove(last);
                    }
                    _ => {}
                }
            }
        }
        Edit::Replace(i, l) => {
            let path = pick(*i);
            // The root stays a table most of the time.
            if !path.is_empty() || matches!(l, Leaf::Int(_)) {
                *at(tree, &path) = leaf(l);
            }
        }
        Edit::Insert(i, k, l) => {
            if let V::Tab(entries) = at(tree, &pick(*i)) {
                entries.push((word(*k), leaf(l)));
            }
        }
        Edit::Push(i, l) => {
            if let V::Arr(items) = at(tree, &pick(*i)) {
                items.push(leaf(l));
            }
        }
        Edit::Repeat(i) => {
            let path = pick(*i);
            if let Some((&last, parent)) = path.split_last() {
                match at(tree, parent) {
                    V::Arr(items) => {
                        let x = items[last].clone();
                        items.push(x);
                    }
                    V::Tab(entries) => {
                        let x = entries[last].clone();
                        entries.push(x);
                    }
                    _ => {}
                }
            }
        }
        Edit::Wrap(i) => {
            let path = pick(*i);
            if !path.is_empty() {
                let node = at(tree, &path);
                let inner = std::mem::replace(node, V::Arr(Vec::new()));
                *node = V::Arr(vec![inner]);
            }
        }
    }
}

/// A base case into the tree (the bases are valid: test `the_bases_read`).
fn parse(text: &str) -> V {
    let doc = toml_edit::ImDocument::parse(text).expect("invariant: the bases are valid TOML");
    table(doc.as_table())
}

fn table(t: &toml_edit::Table) -> V {
    V::Tab(
        t.iter()
            .filter_map(|(k, item)| item_value(item).map(|v| (k.to_string(), v)))
            .collect(),
    )
}

fn item_value(item: &toml_edit::Item) -> Option<V> {
    match item {
        toml_edit::Item::None => None,
        toml_edit::Item::Value(v) => Some(value(v)),
        toml_edit::Item::Table(t) => Some(table(t)),
        toml_edit::Item::ArrayOfTables(a) => Some(V::Arr(a.iter().map(table).collect())),
    }
}

fn value(v: &toml_edit::Value) -> V {
    match v {
        toml_edit::Value::String(s) => V::Str(s.value().clone()),
        toml_edit::Value::Integer(i) => V::Int(*i.value()),
        toml_edit::Value::Float(f) => V::Float(f.value().round() as i16),
        toml_edit::Value::Boolean(b) => V::Bool(*b.value()),
        toml_edit::Value::Datetime(d) => V::Date(d.value().to_string()),
        toml_edit::Value::Array(a) => V::Arr(a.iter().map(value).collect()),
        toml_edit::Value::InlineTable(t) => {
            V::Tab(t.iter().map(|(k, x)| (k.to_string(), value(x))).collect())
        }
    }
}

/// The tree as TOML: one `key = value` line per top-level key, inline tables
/// below.
fn toml(tree: &V) -> String {
    match tree {
        V::Tab(entries) => entries
            .iter()
            .map(|(k, v)| format!("{} = {}\n", toml_key(k), toml_value(v)))
            .collect(),
        other => toml_value(other),
    }
}

fn toml_key(k: &str) -> String {
    let bare = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare {
        k.to_string()
    } else {
        quoted(k)
    }
}

fn toml_value(v: &V) -> String {
    match v {
        V::Str(s) => quoted(s),
        V::Int(i) => i.to_string(),
        V::Float(f) => format!("{f}.5"),
        V::Bool(b) => b.to_string(),
        V::Date(d) => d.clone(),
        V::Arr(items) => format!(
            "[{}]",
            items.iter().map(toml_value).collect::<Vec<_>>().join(", ")
        ),
        V::Tab(entries) => format!(
            "{{ {} }}",
            entries
                .iter()
                .map(|(k, v)| format!("{} = {}", toml_key(k), toml_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn json(v: &V) -> String {
    match v {
        V::Str(s) | V::Date(s) => quoted(s),
        V::Int(i) => i.to_string(),
        V::Float(f) => format!("{f}.5"),
        V::Bool(b) => b.to_string(),
        V::Arr(items) => format!(
            "[{}]",
            items.iter().map(json).collect::<Vec<_>>().join(",\n")
        ),
        V::Tab(entries) => format!(
            "{{{}}}",
            entries
                .iter()
                .map(|(k, v)| format!("{}: {}", quoted(k), json(v)))
                .collect::<Vec<_>>()
                .join(",\n")
        ),
    }
}

/// A double-quoted string, valid in TOML and in JSON.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bases_read() {
        for text in BASES {
            let f = read_case("base.toml", text, Syntax::Toml, crate::data());
            assert!(f.is_ok(), "{:#?}", f.err());
        }
    }

    /// Written out without edits, a base reads as it did, in both syntaxes.
    #[test]
    fn a_base_written_out_reads_the_same() {
        for (text, tree) in BASES.iter().zip(bases()) {
            let original = read_case("a.toml", text, Syntax::Toml, crate::data())
                .unwrap()
                .case;
            for (written, syntax) in [(toml(tree), Syntax::Toml), (json(tree), Syntax::Json)] {
                let again = read_case("b", &written, syntax, crate::data())
                    .unwrap_or_else(|e| panic!("{e:#?}\n{written}"))
                    .case;
                assert_eq!(format!("{again:?}"), format!("{original:?}"), "{written}");
            }
        }
    }

    #[test]
    fn edits_change_the_case() {
        let mut tree = bases()[0].clone();
        // The first node after the root is the first key, `format`.
        apply(
            &mut tree,
            &Edit::Replace(1, Leaf::Text("palermo.case/9".into())),
        );
        let text = toml(&tree);
        assert!(text.starts_with("format = \"palermo.case/9\"\n"), "{text}");
        let e = read_case("c.toml", &text, Syntax::Toml, crate::data()).unwrap_err();
        assert_eq!(e.len(), 1, "{e:#?}");
        assert!(e[0].message.contains("palermo.case/9"), "{e:#?}");
        apply(&mut tree, &Edit::Repeat(2));
        let text = toml(&tree);
        assert_eq!(text.matches("\nas_of = ").count(), 2, "{text}");
        let e = read_case("c.toml", &text, Syntax::Toml, crate::data()).unwrap_err();
        assert!(e[0].message.contains("duplicate key `as_of`"), "{e:#?}");
    }
}
