//! Reading a joined Fluent catalogue (`locales/<lang>/*.ftl`, files separated
//! by `## file:` lines) into the pattern form [`crate::Catalogue`] renders:
//! text, variables, references (pointed at their entries) and select
//! expressions. Depends on `fluent-syntax` alone, so that the build script
//! runs this very code on the compiled-in catalogues (`build.rs` includes
//! this file) and writes the result as static data; the crate runs it for
//! [`crate::Catalogue::parse`] and [`crate::Catalogue::check`].
//!
//! The pattern form is a set of tables with no pointer in them (strings are
//! spans of one text, patterns runs of one table of pieces), so that the
//! compiled-in tables are plain data that the loader does not relocate.

use fluent_syntax::ast;

/// A run of a catalogue's tables: of its text (for strings), its pieces
/// (for a pattern) or its variants (for a select).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Where it starts.
    pub start: u32,
    /// How long it is.
    pub len: u32,
}

impl Span {
    /// The range it covers.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// One message or term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The id (text); a term's with its dash (`-untoc`).
    pub id: Span,
    /// What it says (pieces).
    pub pattern: Span,
    /// The file it is defined in (text).
    pub file: Span,
    /// The line there.
    pub line: u32,
    /// A term (`-name`), not a message.
    pub is_term: bool,
}

/// An entry's place in `entries` when a reference names none.
pub const NOWHERE: u32 = u32::MAX;

/// One part of a pattern. Strings are spans of the catalogue's text: the
/// tables hold no pointer, so the compiled-in ones need no relocation when
/// the program is loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text, written as it is.
    Text(Span),
    /// A variable, written from the message's arguments.
    Var(Span),
    /// A message or term, and where it is in this catalogue's entries
    /// ([`NOWHERE`] if it is not there).
    Ref {
        /// The id referenced (text).
        id: Span,
        /// Its place in the entries.
        at: u32,
    },
    /// A select expression on a variable.
    Select {
        /// The variable (text).
        var: Span,
        /// The variants, in the order of the source (variants).
        variants: Span,
        /// The default variant's place among them.
        default: u32,
    },
}

/// A variant's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A name (`one`, `other`, a term id, `true`) (text).
    Ident(Span),
    /// A whole number.
    Num(i64),
}

/// One variant of a select.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    /// Its key.
    pub key: Key,
    /// What it says (pieces).
    pub pattern: Span,
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

/// A catalogue read, as tables: the strings in one text, the pieces of
/// every pattern, the variants of every select, the entries in the order of
/// the files and the index of their ids (a hash table of entry numbers).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Every string, one after the other.
    pub text: String,
    /// Every pattern's pieces, each pattern's in one run.
    pub pieces: Vec<Piece>,
    /// Every select's variants, each select's in one run.
    pub variants: Vec<Variant>,
    /// Messages and terms in the order of the files.
    pub entries: Vec<Entry>,
    /// Entry numbers by the [`id_hash`] of their ids: open addressing with
    /// linear probing, a power of two of slots at least twice the entries,
    /// [`EMPTY`] in the free ones.
    pub index: Vec<u32>,
}

/// The string a span of `text` covers.
pub fn str_at(text: &str, span: Span) -> &str {
    &text[span.range()]
}

/// A free slot of [`Parsed::index`].
pub const EMPTY: u32 = u32::MAX;

/// The hash of a message id that places it in [`Parsed::index`]: eight
/// bytes at a time, the same in the build script and at run time.
#[inline]
pub fn id_hash(id: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let b = id.as_bytes();
    let mut h = (b.len() as u64) ^ 0x243F_6A88_85A3_08D3;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(23);
    }
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The hash table of [`Parsed::index`] for these ids (entry `i` has `ids[i]`).
pub fn index_of(ids: &[&str]) -> Vec<u32> {
    let slots = (ids.len() * 2).next_power_of_two().max(2);
    let mask = slots - 1;
    let mut index = vec![EMPTY; slots];
    for (i, id) in ids.iter().enumerate() {
        let mut at = id_hash(id) as usize & mask;
        while index[at] != EMPTY {
            at = (at + 1) & mask;
        }
        index[at] = i as u32;
    }
    index
}

/// The place of `id` in `entries`, by the hash table `index`.
#[inline]
pub fn find(text: &str, entries: &[Entry], index: &[u32], id: &str) -> Option<u32> {
    let mask = index.len().checked_sub(1)?;
    let mut at = id_hash(id) as usize & mask;
    loop {
        let e = index[at];
        if e == EMPTY {
            return None;
        }
        if str_at(text, entries[e as usize].id) == id {
            return Some(e);
        }
        at = (at + 1) & mask;
    }
}

/// Builds the tables, sharing the text of equal strings.
struct Builder {
    out: Parsed,
    strings: std::collections::HashMap<&'static str, Span>,
}

impl Builder {
    fn string(&mut self, s: &'static str) -> Span {
        if let Some(&span) = self.strings.get(s) {
            return span;
        }
        let span = Span {
            start: self.out.text.len() as u32,
            len: s.len() as u32,
        };
        self.out.text.push_str(s);
        self.strings.insert(s, span);
        span
    }

    /// Adds a pattern's pieces (the variants' first), returning their run.
    fn pattern(&mut self, nodes: &[Node]) -> Span {
        let mut pieces = Vec::with_capacity(nodes.len());
        for node in nodes {
            pieces.push(match node {
                Node::Text(t) => Piece::Text(self.string(t)),
                Node::Var(v) => Piece::Var(self.string(v)),
                Node::Ref { id, at } => Piece::Ref {
                    id: self.string(id),
                    at: *at,
                },
                Node::Select {
                    var,
                    variants,
                    default,
                } => {
                    let vs: Vec<Variant> = variants
                        .iter()
                        .map(|(k, p)| Variant {
                            key: match k {
                                NodeKey::Ident(s) => Key::Ident(self.string(s)),
                                NodeKey::Num(n) => Key::Num(*n),
                            },
                            pattern: self.pattern(p),
                        })
                        .collect();
                    let start = self.out.variants.len() as u32;
                    self.out.variants.extend(vs);
                    Piece::Select {
                        var: self.string(var),
                        variants: Span {
                            start,
                            len: variants.len() as u32,
                        },
                        default: *default as u32,
                    }
                }
            });
        }
        let start = self.out.pieces.len() as u32;
        self.out.pieces.extend(pieces);
        Span {
            start,
            len: nodes.len() as u32,
        }
    }
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
    // (id, pattern, file, line, is_term) of each entry, in file order.
    let mut read: Vec<(&'static str, Pattern, &'static str, usize, bool)> = Vec::new();
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
        read.push((key, pattern, file, line, is_term));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut order: Vec<u32> = (0..read.len() as u32).collect();
    order.sort_unstable_by_key(|&i| read[i as usize].0);
    let ids: Vec<&'static str> = read.iter().map(|r| r.0).collect();
    let place_of = |id: &str| {
        order
            .binary_search_by(|&i| ids[i as usize].cmp(id))
            .ok()
            .map_or(NOWHERE, |i| order[i])
    };
    // References point at their entries, so rendering looks them up once,
    // here.
    for (_, pattern, ..) in &mut read {
        resolve(pattern, &place_of);
    }
    let mut b = Builder {
        out: Parsed::default(),
        strings: Default::default(),
    };
    for (id, pattern, file, line, is_term) in &read {
        let entry = Entry {
            id: b.string(id),
            pattern: b.pattern(pattern),
            file: b.string(file),
            line: *line as u32,
            is_term: *is_term,
        };
        b.out.entries.push(entry);
    }
    b.out.index = index_of(&ids);
    Ok(b.out)
}

/// A pattern being compiled, before its references are resolved and it
/// is laid out in the tables.
type Pattern = Vec<Node>;

enum Node {
    Text(&'static str),
    Var(&'static str),
    Ref {
        id: &'static str,
        at: u32,
    },
    Select {
        var: &'static str,
        variants: Vec<(NodeKey, Pattern)>,
        default: usize,
    },
}

enum NodeKey {
    Ident(&'static str),
    Num(i64),
}

/// Points each reference in `pattern` at its entry.
fn resolve(pattern: &mut Pattern, place_of: &impl Fn(&str) -> u32) {
    for node in pattern.iter_mut() {
        match node {
            Node::Ref { id, at } => *at = place_of(id),
            Node::Select { variants, .. } => {
                for (_, p) in variants {
                    resolve(p, place_of);
                }
            }
            Node::Text(_) | Node::Var(_) => {}
        }
    }
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
                    ast::VariantKey::Identifier { name } => NodeKey::Ident(name),
                    ast::VariantKey::NumberLiteral { value } => NodeKey::Num(
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
                at: NOWHERE,
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
                at: NOWHERE,
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
