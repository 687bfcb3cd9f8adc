//! Reading a joined Fluent catalogue (`locales/<lang>/*.ftl`, files separated
//! by `## file:` lines) into the pattern form [`crate::Catalogue`] renders:
//! text, variables, references (pointed at their entries) and select
//! expressions. Depends on `fluent-syntax` alone, so that the build script
//! runs this very code on the compiled-in catalogues (`build.rs` includes
//! this file) and writes the result as static data; the crate runs it for
//! [`crate::Catalogue::parse`] and [`crate::Catalogue::check`].
//!
//! The pattern form holds `'static` slices, so that the static data and a
//! catalogue parsed at run time are the same types: a run-time parse leaks
//! its patterns, as it leaks joined text (tests and checks only).

use fluent_syntax::ast;

/// One message or term.
#[derive(Debug, PartialEq)]
pub struct Entry {
    /// The id; a term's with its dash (`-untoc`).
    pub id: &'static str,
    /// What it says.
    pub pattern: &'static [Piece],
    /// The file it is defined in.
    pub file: &'static str,
    /// The line there.
    pub line: usize,
    /// A term (`-name`), not a message.
    pub is_term: bool,
}

/// One part of a pattern.
#[derive(Debug, PartialEq)]
pub enum Piece {
    /// Text, written as it is.
    Text(&'static str),
    /// A variable, written from the message's arguments.
    Var(&'static str),
    /// A message or term, and where it is in this catalogue's entries if
    /// it is there (found once the whole catalogue is read).
    Ref {
        /// The id referenced.
        id: &'static str,
        /// Its place in the entries.
        at: Option<u32>,
    },
    /// A select expression on a variable.
    Select {
        /// The variable.
        var: &'static str,
        /// The variants, in the order of the source.
        variants: &'static [(Key, &'static [Piece])],
        /// The default variant's place in `variants`.
        default: usize,
    },
}

/// A variant's key.
#[derive(Debug, PartialEq)]
pub enum Key {
    /// A name (`one`, `other`, a term id, `true`).
    Ident(&'static str),
    /// A whole number.
    Num(i64),
}

/// A problem in a catalogue: the file and line, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    /// `locales/fr/art16.ftl`.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A catalogue read: its entries in the order of the files, and the index of
/// their ids (sorted by id, with each one's place in `entries`).
pub struct Parsed {
    /// Messages and terms in the order of the files.
    pub entries: Vec<Entry>,
    /// `(id, place in entries)`, sorted by id.
    pub index: Vec<(&'static str, u32)>,
}

/// The place of `id` in an index sorted by id.
pub fn find(index: &[(&'static str, u32)], id: &str) -> Option<u32> {
    index
        .binary_search_by(|(k, _)| (*k).cmp(id))
        .ok()
        .map(|i| index[i].1)
}

/// Reads a joined catalogue, reporting every problem with file and line.
pub fn parse(src: &'static str) -> Result<Parsed, Vec<CatalogueError>> {
    let starts = line_starts(src);
    let files = file_markers(src);
    let place = |offset: usize| -> (&'static str, usize) {
        let line = starts.partition_point(|&s| s <= offset);
        match files.iter().rev().find(|(l, _)| *l <= line) {
            Some((l, f)) => (f, line - l),
            None => ("<catalogue>", line),
        }
    };
    let mut errors = Vec::new();
    let resource = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                let (file, line) = place(e.slice.as_ref().map_or(e.pos.start, |s| s.start));
                errors.push(CatalogueError {
                    file: file.to_string(),
                    line,
                    message: format!("{:?}", e.kind),
                });
            }
            r
        }
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut seen: std::collections::HashSet<&'static str> = Default::default();
    for entry in resource.body {
        let (id, value, attrs, is_term) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value, m.attributes.len(), false),
            ast::Entry::Term(t) => (t.id.name, Some(t.value), t.attributes.len(), true),
            _ => continue,
        };
        let offset = id.as_ptr() as usize - src.as_ptr() as usize;
        let (file, line) = place(offset);
        let mut err = |message: String| {
            errors.push(CatalogueError {
                file: file.to_string(),
                line,
                message,
            })
        };
        if attrs > 0 {
            err(format!("`{id}`: attributes are not used by Palermo"));
        }
        let Some(value) = value else {
            err(format!("`{id}` has no value"));
            continue;
        };
        let pattern = match compile(&value) {
            Ok(p) => p,
            Err(e) => {
                err(format!("`{id}`: {e}"));
                continue;
            }
        };
        let key: &'static str = if is_term {
            // Terms are referenced with their dash.
            &src[offset - 1..offset + id.len()]
        } else {
            id
        };
        if !seen.insert(key) {
            err(format!("`{key}` is defined twice"));
            continue;
        }
        entries.push(Entry {
            id: key,
            pattern: &[],
            file,
            line,
            is_term,
        });
        patterns.push(pattern);
    }
    let mut index: Vec<(&'static str, u32)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id, i as u32))
        .collect();
    index.sort_unstable();
    // References point at their entries, so rendering looks them up once,
    // here.
    for (entry, mut pattern) in entries.iter_mut().zip(patterns) {
        resolve(&mut pattern, &index);
        entry.pattern = freeze(pattern);
    }
    if errors.is_empty() {
        Ok(Parsed { entries, index })
    } else {
        Err(errors)
    }
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// A pattern being compiled, before its references are resolved: owned, so
/// that resolving can set them in place.
type Pattern = Vec<Node>;

enum Node {
    Text(&'static str),
    Var(&'static str),
    Ref {
        id: &'static str,
        at: Option<u32>,
    },
    Select {
        var: &'static str,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

/// Points each reference in `pattern` at its entry.
fn resolve(pattern: &mut Pattern, index: &[(&'static str, u32)]) {
    for node in pattern.iter_mut() {
        match node {
            Node::Ref { id, at } => *at = find(index, id),
            Node::Select { variants, .. } => {
                for (_, p) in variants {
                    resolve(p, index);
                }
            }
            Node::Text(_) | Node::Var(_) => {}
        }
    }
}

/// The pattern in its fixed form.
fn freeze(pattern: Pattern) -> &'static [Piece] {
    leak(
        pattern
            .into_iter()
            .map(|node| match node {
                Node::Text(t) => Piece::Text(t),
                Node::Var(v) => Piece::Var(v),
                Node::Ref { id, at } => Piece::Ref { id, at },
                Node::Select {
                    var,
                    variants,
                    default,
                } => Piece::Select {
                    var,
                    variants: leak(variants.into_iter().map(|(k, p)| (k, freeze(p))).collect()),
                    default,
                },
            })
            .collect(),
    )
}

fn compile(p: &ast::Pattern<&'static str>) -> Result<Pattern, String> {
    let mut out: Pattern = Vec::with_capacity(p.elements.len());
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => compile_expr(expression, &mut out)?,
        }
    }
    Ok(out)
}

/// Adjacent text (a multi-line message) is joined once, at load time.
fn push_text(out: &mut Pattern, value: &'static str) {
    if let Some(Node::Text(prev)) = out.last_mut() {
        let joined: String = [*prev, value].concat();
        *prev = Box::leak(joined.into_boxed_str());
    } else {
        out.push(Node::Text(value));
    }
}

fn compile_expr(e: &ast::Expression<&'static str>, out: &mut Pattern) -> Result<(), String> {
    match e {
        ast::Expression::Inline(i) => compile_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a select expression must select on a variable".into());
            };
            let mut vs = Vec::with_capacity(variants.len());
            let mut default = 0;
            for (i, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => Key::Ident(name),
                    ast::VariantKey::NumberLiteral { value } => Key::Num(
                        value
                            .parse()
                            .map_err(|_| format!("variant key `{value}` is not a whole number"))?,
                    ),
                };
                if v.default {
                    default = i;
                }
                vs.push((key, compile(&v.value)?));
            }
            out.push(Node::Select {
                var: id.name,
                variants: vs,
                default,
            });
            Ok(())
        }
    }
}

fn compile_inline(
    i: &ast::InlineExpression<&'static str>,
    out: &mut Pattern,
) -> Result<(), String> {
    match i {
        ast::InlineExpression::StringLiteral { value } => {
            push_text(out, unescape(value));
            Ok(())
        }
        ast::InlineExpression::NumberLiteral { value } => {
            push_text(out, value);
            Ok(())
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push(Node::Var(id.name));
            Ok(())
        }
        ast::InlineExpression::MessageReference {
            id,
            attribute: None,
        } => {
            out.push(Node::Ref {
                id: id.name,
                at: None,
            });
            Ok(())
        }
        ast::InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => {
            let name = id.name;
            // The term's key includes its dash, which precedes the name in the source.
            let with_dash: &'static str = Box::leak(format!("-{name}").into_boxed_str());
            out.push(Node::Ref {
                id: with_dash,
                at: None,
            });
            Ok(())
        }
        ast::InlineExpression::Placeable { expression } => compile_expr(expression, out),
        _ => Err("functions, attributes and parameterised terms are not used by Palermo".into()),
    }
}

/// Fluent string literals escape `\"`, `\\`, `\uXXXX` and `\UXXXXXX`.
fn unescape(s: &'static str) -> &'static str {
    if !s.contains('\\') {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    // fluent-syntax rejects malformed escapes before this point.
                    None => out.push(char::REPLACEMENT_CHARACTER),
                }
            }
            Some(n) => out.push(n),
            None => {}
        }
    }
    Box::leak(out.into_boxed_str())
}

fn line_starts(src: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(src.match_indices('\n').map(|(i, _)| i + 1));
    v
}

/// (line of the marker, file name) for each `## file:` line.
fn file_markers(src: &'static str) -> Vec<(usize, &'static str)> {
    src.lines()
        .enumerate()
        .filter_map(|(i, l)| l.strip_prefix("## file: ").map(|f| (i + 1, f)))
        .collect()
}
