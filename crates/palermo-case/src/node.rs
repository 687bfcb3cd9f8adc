//! A format-neutral tree of the case file with byte spans, built from TOML or
//! JSON, so the reader can point at the exact line and column of any value.

use std::ops::Range;

/// A value with its byte span in the source text.
#[derive(Clone, Debug)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Byte range in the source.
    pub span: Range<usize>,
}

/// The values a case file can hold.
#[derive(Clone, Debug)]
pub enum Value {
    /// A string.
    Str(String),
    /// An integer.
    Int(i64),
    /// A float (never valid in a case file; kept for its error message).
    Float,
    /// A boolean.
    Bool(bool),
    /// A TOML date or date-time, as written.
    Date(String),
    /// An array.
    Array(Vec<Node>),
    /// A table: entries in file order, each with the span of its key.
    Table(Vec<Entry>),
}

/// One key of a table.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// Span of the key.
    pub key_span: Range<usize>,
    /// The value.
    pub node: Node,
}

impl Value {
    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Str(_) => "a string",
            Value::Int(_) => "an integer",
            Value::Float => "a float",
            Value::Bool(_) => "a boolean",
            Value::Date(_) => "a date",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
        }
    }
}

/// A syntax error at a byte offset.
#[derive(Clone, Debug)]
pub struct SyntaxError {
    /// Byte range.
    pub span: Range<usize>,
    /// What went wrong.
    pub message: String,
}

/// Parses TOML text into a tree.
pub fn from_toml(text: &str) -> Result<Node, SyntaxError> {
    let doc = toml_edit::ImDocument::parse(text).map_err(|e| SyntaxError {
        span: e.span().unwrap_or(0..0),
        message: e.message().trim().to_string(),
    })?;
    Ok(Node {
        value: Value::Table(table_entries(doc.as_table(), text.len())),
        span: 0..text.len(),
    })
}

fn table_entries(table: &toml_edit::Table, len: usize) -> Vec<Entry> {
    let mut out = Vec::with_capacity(table.len());
    for (key, item) in table.iter() {
        let key_span = table.key(key).and_then(|k| k.span()).unwrap_or(0..0);
        if let Some(node) = item_node(item, key_span.clone(), len) {
            out.push(Entry {
                key: key.to_string(),
                key_span,
                node,
            });
        }
    }
    out
}

fn item_node(item: &toml_edit::Item, fallback: Range<usize>, len: usize) -> Option<Node> {
    match item {
        toml_edit::Item::None => None,
        toml_edit::Item::Value(v) => Some(value_node(v, fallback)),
        toml_edit::Item::Table(t) => Some(Node {
            value: Value::Table(table_entries(t, len)),
            span: t.span().unwrap_or(fallback),
        }),
        toml_edit::Item::ArrayOfTables(a) => Some(Node {
            value: Value::Array(
                a.iter()
                    .map(|t| Node {
                        value: Value::Table(table_entries(t, len)),
                        span: t.span().unwrap_or(fallback.clone()),
                    })
                    .collect(),
            ),
            span: a.span().unwrap_or(fallback),
        }),
    }
}

fn value_node(v: &toml_edit::Value, fallback: Range<usize>) -> Node {
    let span = v.span().unwrap_or(fallback.clone());
    let value = match v {
        toml_edit::Value::String(s) => Value::Str(s.value().clone()),
        toml_edit::Value::Integer(i) => Value::Int(*i.value()),
        toml_edit::Value::Float(_) => Value::Float,
        toml_edit::Value::Boolean(b) => Value::Bool(*b.value()),
        toml_edit::Value::Datetime(d) => Value::Date(d.value().to_string()),
        toml_edit::Value::Array(a) => {
            Value::Array(a.iter().map(|x| value_node(x, span.clone())).collect())
        }
        toml_edit::Value::InlineTable(t) => Value::Table(
            t.iter()
                .map(|(k, x)| {
                    let key_span = t.key(k).and_then(|k| k.span()).unwrap_or(span.clone());
                    Entry {
                        key: k.to_string(),
                        key_span: key_span.clone(),
                        node: value_node(x, key_span),
                    }
                })
                .collect(),
        ),
    };
    Node { value, span }
}
