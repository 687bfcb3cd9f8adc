//! The Fluent catalogues: parsed once per language (with `fluent-syntax`),
//! compiled to a small pattern form and rendered without allocating per
//! argument. Supported Fluent: text, variables, message and term references,
//! string literals and select expressions (on plural categories, numbers,
//! `Arg::Term` ids and `true`/`false`). Attributes and functions are not used
//! by Palermo's catalogues and are reported as errors.

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use rustc_hash::FxHashMap;

use crate::format;
use crate::msg::Arg;
use crate::{Lang, Render};

/// One language's messages.
pub struct Catalogue {
    lang: Lang,
    /// Messages and terms in the order of the files.
    entries: Vec<Entry>,
    /// Where each id is in `entries`.
    index: FxHashMap<&'static str, u32>,
    plurals: PluralRules,
    /// The words of a citation, found once: see [`Catalogue::cite_words`].
    cite_words: OnceLock<[&'static str; 6]>,
    /// Tells this catalogue from any other in [`Catalogue::entry_static`].
    serial: u32,
}

struct Entry {
    id: &'static str,
    pattern: Vec<Piece>,
    file: &'static str,
    line: usize,
    is_term: bool,
}

#[derive(Debug)]
enum Piece {
    Text(&'static str),
    Var(&'static str),
    /// A message or term, and where it is in this catalogue's entries if
    /// it is there (found once the whole catalogue is read).
    Ref {
        id: &'static str,
        at: Option<u32>,
    },
    Select {
        var: &'static str,
        variants: Vec<(Key, Vec<Piece>)>,
        default: usize,
    },
}

#[derive(Debug)]
enum Key {
    Ident(&'static str),
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

/// What the tests need to know about one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageInfo {
    /// The id.
    pub id: &'static str,
    /// Variables it uses, sorted, without duplicates.
    pub vars: Vec<&'static str>,
    /// Message and term references it makes.
    pub refs: Vec<&'static str>,
    /// Its plain text (variables as `{$name}`, the default variant of a
    /// select), for tests that look at the words.
    pub text: String,
    /// Where it is defined.
    pub file: &'static str,
    /// Line there.
    pub line: usize,
    /// A term (`-name`), not a message.
    pub is_term: bool,
}

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!(concat!(env!("OUT_DIR"), "/ar.ftl")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
        Lang::Es => include_str!(concat!(env!("OUT_DIR"), "/es.ftl")),
        Lang::Fr => include_str!(concat!(env!("OUT_DIR"), "/fr.ftl")),
        Lang::Ru => include_str!(concat!(env!("OUT_DIR"), "/ru.ftl")),
        Lang::Zh => include_str!(concat!(env!("OUT_DIR"), "/zh.ftl")),
    }
}

const MAX_DEPTH: u8 = 8;

static NEXT_SERIAL: AtomicU32 = AtomicU32::new(1);

/// Slots of the cache of [`Catalogue::entry_static`], per thread.
const SLOTS: usize = 512;

impl Catalogue {
    /// The compiled-in catalogue of `lang`, parsed on first use.
    pub fn get(lang: Lang) -> &'static Catalogue {
        static CATS: [OnceLock<Catalogue>; 6] = [const { OnceLock::new() }; 6];
        CATS[lang as usize].get_or_init(|| {
            Catalogue::parse(lang, source(lang)).unwrap_or_else(|errors| {
                // The catalogues are compiled in and checked by the tests
                // (`every_catalogue_parses`): an error here is a bug.
                panic!("invariant: the {lang} catalogue parses: {}", errors[0])
            })
        })
    }

    /// Parses the compiled-in catalogue of `lang`, reporting every problem.
    pub fn check(lang: Lang) -> Result<Catalogue, Vec<CatalogueError>> {
        Catalogue::parse(lang, source(lang))
    }

    /// Parses a joined catalogue (files separated by `## file:` lines).
    pub fn parse(lang: Lang, src: &'static str) -> Result<Catalogue, Vec<CatalogueError>> {
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
        let langid: unic_langid::LanguageIdentifier = lang
            .code()
            .parse()
            .expect("invariant: the six codes are valid language identifiers");
        let plurals = PluralRules::create(langid, PluralRuleType::CARDINAL)
            .expect("invariant: CLDR has plural rules for the six UN languages");
        let mut cat = Catalogue {
            lang,
            entries: Vec::new(),
            index: FxHashMap::default(),
            plurals,
            cite_words: OnceLock::new(),
            serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
        };
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
            if cat.index.contains_key(key) {
                err(format!("`{key}` is defined twice"));
                continue;
            }
            cat.index.insert(key, cat.entries.len() as u32);
            cat.entries.push(Entry {
                id: key,
                pattern,
                file,
                line,
                is_term,
            });
        }
        // References point at their entries, so rendering looks them up
        // once, here.
        for i in 0..cat.entries.len() {
            let mut pattern = std::mem::take(&mut cat.entries[i].pattern);
            resolve(&mut pattern, &cat.index);
            cat.entries[i].pattern = pattern;
        }
        if errors.is_empty() {
            Ok(cat)
        } else {
            Err(errors)
        }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    fn entry(&self, id: &str) -> Option<&Entry> {
        self.index.get(id).map(|&i| &self.entries[i as usize])
    }

    /// [`Catalogue::entry`] for an id the program names: an id that stays
    /// where it is in memory is looked up by its text once per thread and
    /// catalogue, then found by its address (a small cache, one slot per
    /// address, remembers where it is in `entries`, or that it is not).
    fn entry_static(&self, id: &'static str) -> Option<&Entry> {
        thread_local! {
            static SEEN: [Cell<(usize, u64, u32)>; SLOTS] =
                const { [const { Cell::new((0, 0, 0)) }; SLOTS] };
        }
        let addr = id.as_ptr() as usize;
        let tag = (u64::from(self.serial) << 32) | id.len() as u64;
        let slot = ((addr as u64 ^ tag).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize;
        SEEN.with(|seen| {
            let (a, t, at) = seen[slot].get();
            // 0: not in this catalogue; else the index plus one.
            let at = if a == addr && t == tag {
                at
            } else {
                let at = self.index.get(id).map_or(0, |&i| i + 1);
                seen[slot].set((addr, tag, at));
                at
            };
            at.checked_sub(1).map(|i| &self.entries[i as usize])
        })
    }

    /// Every message and term, in the order of the files.
    pub fn messages(&self) -> Vec<MessageInfo> {
        self.entries
            .iter()
            .map(|e| {
                let id = e.id;
                let mut vars = Vec::new();
                let mut refs = Vec::new();
                let mut text = String::new();
                describe(&e.pattern, &mut vars, &mut refs, &mut text);
                vars.sort_unstable();
                vars.dedup();
                refs.sort_unstable();
                refs.dedup();
                MessageInfo {
                    id,
                    vars,
                    refs,
                    text,
                    file: e.file,
                    line: e.line,
                    is_term: e.is_term,
                }
            })
            .collect()
    }

    /// A message that is plain text, as a static string (citation words,
    /// labels); the id itself when it is missing or not plain.
    pub(crate) fn fixed(&self, id: &'static str) -> &'static str {
        let e = self
            .entry(id)
            .or_else(|| Catalogue::get(Lang::En).entry(id));
        match e.map(|e| e.pattern.as_slice()) {
            Some([Piece::Text(t)]) => t,
            Some([]) => "",
            _ => id,
        }
    }

    /// The words of a citation, as [`Catalogue::fixed`] gives them:
    /// `cite-untoc`, `cite-tip`, `cite-som`, `cite-firearms`, `cite-art`,
    /// `cite-arts`.
    pub(crate) fn cite_words(&self) -> &[&'static str; 6] {
        self.cite_words.get_or_init(|| {
            [
                "cite-untoc",
                "cite-tip",
                "cite-som",
                "cite-firearms",
                "cite-art",
                "cite-arts",
            ]
            .map(|id| self.fixed(id))
        })
    }

    /// Writes message `id` with `args`. A message missing here is taken from
    /// English; one missing there too is written as its id in brackets (the
    /// tests keep every id in every catalogue).
    pub(crate) fn write(
        &self,
        id: &'static str,
        args: &[(&'static str, Arg)],
        r: &Render<'_>,
        out: &mut String,
        depth: u8,
    ) {
        let found = match self.entry_static(id) {
            Some(e) => Some((e, true)),
            None => Catalogue::get(Lang::En)
                .entry_static(id)
                .map(|e| (e, false)),
        };
        self.write_found(id, found, args, r, out, depth);
    }

    /// [`Catalogue::write`] for an id that may not stay where it is.
    pub(crate) fn write_dyn(
        &self,
        id: &str,
        args: &[(&'static str, Arg)],
        r: &Render<'_>,
        out: &mut String,
        depth: u8,
    ) {
        let found = match self.entry(id) {
            Some(e) => Some((e, true)),
            None => Catalogue::get(Lang::En).entry(id).map(|e| (e, false)),
        };
        self.write_found(id, found, args, r, out, depth);
    }

    /// Writes the entry found for `id`, here (`true`) or in English.
    #[allow(clippy::too_many_arguments)]
    fn write_found(
        &self,
        id: &str,
        found: Option<(&Entry, bool)>,
        args: &[(&'static str, Arg)],
        r: &Render<'_>,
        out: &mut String,
        depth: u8,
    ) {
        // `own`: the entry is this catalogue's, so its references point
        // into this catalogue (an English one taken in its place looks its
        // references up here by id, as English words would not do).
        let (entry, own) = match found {
            Some((e, own)) if own || self.lang != Lang::En => (e, own),
            _ => {
                out.push('[');
                out.push_str(id);
                out.push(']');
                return;
            }
        };
        if depth > MAX_DEPTH {
            out.push_str(id);
            return;
        }
        self.pattern(&entry.pattern, own, args, r, out, depth);
    }

    #[allow(clippy::too_many_arguments)]
    fn pattern(
        &self,
        pattern: &[Piece],
        own: bool,
        args: &[(&'static str, Arg)],
        r: &Render<'_>,
        out: &mut String,
        depth: u8,
    ) {
        for piece in pattern {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Var(name) => match lookup(args, name) {
                    Some(a) => self.arg(a, r, out, depth),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                // What `write` would find for the id, without looking.
                Piece::Ref { id, at: Some(at) } if own => {
                    if depth + 1 > MAX_DEPTH {
                        out.push_str(id);
                    } else {
                        let entry = &self.entries[*at as usize];
                        self.pattern(&entry.pattern, true, args, r, out, depth + 1);
                    }
                }
                Piece::Ref { id, .. } => self.write(id, args, r, out, depth + 1),
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = lookup(args, var)
                        .and_then(|a| self.select(a, variants))
                        .unwrap_or(*default);
                    self.pattern(&variants[chosen].1, own, args, r, out, depth);
                }
            }
        }
    }

    fn select(&self, a: &Arg, variants: &[(Key, Vec<Piece>)]) -> Option<usize> {
        let ident = |s: &str| {
            variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Ident(i) if *i == s))
        };
        match a {
            Arg::Num(n) => variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Num(m) if m == n))
                .or_else(|| {
                    let cat = self.plurals.select(*n).ok()?;
                    ident(match cat {
                        PluralCategory::ZERO => "zero",
                        PluralCategory::ONE => "one",
                        PluralCategory::TWO => "two",
                        PluralCategory::FEW => "few",
                        PluralCategory::MANY => "many",
                        PluralCategory::OTHER => "other",
                    })
                }),
            Arg::Term(id) => ident(id),
            Arg::Bool(b) => ident(if *b { "true" } else { "false" }),
            Arg::Text(t) => ident(t),
            Arg::List(items) => self.select(&Arg::Num(items.len() as i64), variants),
            _ => None,
        }
    }

    fn arg(&self, a: &Arg, r: &Render<'_>, out: &mut String, depth: u8) {
        match a {
            Arg::State(c) => format::state_label(r, *c, out),
            Arg::Code(c) => out.push_str(c.as_str()),
            Arg::Date(d) => format::date(self.lang, *d, out),
            Arg::Num(n) => format::push_int(out, *n),
            Arg::Cite(p) => format::cite(r, *p, out),
            Arg::Term(id) => self.write(id, &[], r, out, depth + 1),
            Arg::Nested(m) => self.write(m.id, &m.args, r, out, depth + 1),
            Arg::Text(t) => out.push_str(t),
            Arg::Bool(b) => self.write(
                if *b { "word-yes" } else { "word-no" },
                &[],
                r,
                out,
                depth + 1,
            ),
            Arg::List(items) => {
                // As `format::join` joins the items, each written in place.
                let n = items.len();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        format::push_separator(self.lang, i + 1 == n, out);
                    }
                    let at = out.len();
                    self.arg(item, r, out, depth + 1);
                    if i > 0 && i + 1 == n {
                        format::after_last_separator(self.lang, out, at);
                    }
                }
            }
        }
    }
}

/// Points each reference in `pattern` at its entry.
fn resolve(pattern: &mut [Piece], index: &FxHashMap<&'static str, u32>) {
    for piece in pattern {
        match piece {
            Piece::Ref { id, at } => *at = index.get(id).copied(),
            Piece::Select { variants, .. } => {
                for (_, p) in variants {
                    resolve(p, index);
                }
            }
            Piece::Text(_) | Piece::Var(_) => {}
        }
    }
}

fn lookup<'a>(args: &'a [(&'static str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}

fn compile(p: &ast::Pattern<&'static str>) -> Result<Vec<Piece>, String> {
    let mut out: Vec<Piece> = Vec::with_capacity(p.elements.len());
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => compile_expr(expression, &mut out)?,
        }
    }
    Ok(out)
}

/// Adjacent text (a multi-line message) is joined once, at load time.
fn push_text(out: &mut Vec<Piece>, value: &'static str) {
    if let Some(Piece::Text(prev)) = out.last_mut() {
        let joined: String = [*prev, value].concat();
        *prev = Box::leak(joined.into_boxed_str());
    } else {
        out.push(Piece::Text(value));
    }
}

fn compile_expr(e: &ast::Expression<&'static str>, out: &mut Vec<Piece>) -> Result<(), String> {
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
            out.push(Piece::Select {
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
    out: &mut Vec<Piece>,
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
            out.push(Piece::Var(id.name));
            Ok(())
        }
        ast::InlineExpression::MessageReference {
            id,
            attribute: None,
        } => {
            out.push(Piece::Ref {
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
            out.push(Piece::Ref {
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

fn describe(
    pattern: &[Piece],
    vars: &mut Vec<&'static str>,
    refs: &mut Vec<&'static str>,
    text: &mut String,
) {
    for p in pattern {
        match p {
            Piece::Text(t) => text.push_str(t),
            Piece::Var(v) => {
                vars.push(v);
                text.push_str("{$");
                text.push_str(v);
                text.push('}');
            }
            Piece::Ref { id, .. } => refs.push(id),
            Piece::Select {
                var,
                variants,
                default,
            } => {
                vars.push(var);
                for (i, (_, v)) in variants.iter().enumerate() {
                    let mut t = String::new();
                    describe(v, vars, refs, &mut t);
                    if i == *default {
                        text.push_str(&t);
                    }
                }
            }
        }
    }
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
