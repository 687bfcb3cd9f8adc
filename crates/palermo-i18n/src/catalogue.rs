//! The Fluent catalogues: read at build time (`build.rs` runs `ftl.rs` on
//! each language's files) into a small pattern form compiled in as static
//! data, and rendered without allocating per argument. Supported Fluent:
//! text, variables, message and term references, string literals and select
//! expressions (on plural categories, numbers, `Arg::Term` ids and
//! `true`/`false`). Attributes and functions are not used by Palermo's
//! catalogues and are reported as errors (at build time for the compiled-in
//! ones: a broken file fails the build with its file and line).

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use crate::format;
use crate::ftl::{self, CatalogueError, Entry, Key, Piece, Span, Variant, NOWHERE};
use crate::msg::Arg;
use crate::{Lang, Render};

/// One language's messages.
pub struct Catalogue {
    lang: Lang,
    /// Every string of the catalogue; the tables hold spans of it.
    text: &'static str,
    /// Every pattern's pieces.
    pieces: &'static [Piece],
    /// Every select's variants.
    variants: &'static [Variant],
    /// Messages and terms in the order of the files.
    entries: &'static [Entry],
    /// Entry numbers, sorted by id.
    index: &'static [u32],
    /// The language's plural rules, made at the first select on a number.
    plurals: OnceLock<PluralRules>,
    /// The words of a citation, found once: see [`Catalogue::cite_words`].
    cite_words: OnceLock<[&'static str; 6]>,
    /// Tells this catalogue from any other in [`Catalogue::entry_static`].
    serial: u32,
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

/// Serials of catalogues parsed at run time; 1 to 6 are the compiled-in ones.
static NEXT_SERIAL: AtomicU32 = AtomicU32::new(7);

/// Slots of the cache of [`Catalogue::entry_static`], per thread.
const SLOTS: usize = 512;

impl Catalogue {
    /// The compiled-in catalogue of `lang`.
    pub fn get(lang: Lang) -> &'static Catalogue {
        &compiled::CATALOGUES[lang as usize]
    }

    /// Parses the compiled-in catalogue of `lang` again, reporting every
    /// problem (the build script has already refused a catalogue with one).
    pub fn check(lang: Lang) -> Result<Catalogue, Vec<CatalogueError>> {
        Catalogue::parse(lang, source(lang))
    }

    /// Parses a joined catalogue (files separated by `## file:` lines).
    pub fn parse(lang: Lang, src: &'static str) -> Result<Catalogue, Vec<CatalogueError>> {
        let parsed = ftl::parse(src)?;
        Ok(Catalogue {
            lang,
            text: Box::leak(parsed.text.into_boxed_str()),
            pieces: Box::leak(parsed.pieces.into_boxed_slice()),
            variants: Box::leak(parsed.variants.into_boxed_slice()),
            entries: Box::leak(parsed.entries.into_boxed_slice()),
            index: Box::leak(parsed.index.into_boxed_slice()),
            plurals: OnceLock::new(),
            cite_words: OnceLock::new(),
            serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// A compiled-in catalogue, as the build script writes it.
    const fn compiled(
        lang: Lang,
        text: &'static str,
        pieces: &'static [Piece],
        variants: &'static [Variant],
        entries: &'static [Entry],
        index: &'static [u32],
    ) -> Catalogue {
        Catalogue {
            lang,
            text,
            pieces,
            variants,
            entries,
            index,
            plurals: OnceLock::new(),
            cite_words: OnceLock::new(),
            serial: lang as u32 + 1,
        }
    }

    /// Whether two catalogues hold the same entries and index (the
    /// compiled-in one and a parse of its source, in a test).
    #[cfg(test)]
    pub(crate) fn same_entries(&self, other: &Catalogue) -> bool {
        self.lang == other.lang
            && self.text == other.text
            && self.pieces == other.pieces
            && self.variants == other.variants
            && self.entries == other.entries
            && self.index == other.index
    }

    /// The string a span of the text covers.
    fn str(&self, span: Span) -> &'static str {
        ftl::str_at(self.text, span)
    }

    /// The pieces of a pattern.
    fn pieces(&self, span: Span) -> &'static [Piece] {
        &self.pieces[span.range()]
    }

    fn find(&self, id: &str) -> Option<u32> {
        ftl::find(self.text, self.entries, self.index, id)
    }

    fn plurals(&self) -> &PluralRules {
        self.plurals.get_or_init(|| {
            let langid: unic_langid::LanguageIdentifier = self
                .lang
                .code()
                .parse()
                .expect("invariant: the six codes are valid language identifiers");
            PluralRules::create(langid, PluralRuleType::CARDINAL)
                .expect("invariant: CLDR has plural rules for the six UN languages")
        })
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    fn entry(&self, id: &str) -> Option<&Entry> {
        self.find(id).map(|i| &self.entries[i as usize])
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
                let at = self.find(id).map_or(0, |i| i + 1);
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
                let id = self.str(e.id);
                let mut vars = Vec::new();
                let mut refs = Vec::new();
                let mut text = String::new();
                self.describe(e.pattern, &mut vars, &mut refs, &mut text);
                vars.sort_unstable();
                vars.dedup();
                refs.sort_unstable();
                refs.dedup();
                MessageInfo {
                    id,
                    vars,
                    refs,
                    text,
                    file: self.str(e.file),
                    line: e.line as usize,
                    is_term: e.is_term,
                }
            })
            .collect()
    }

    /// A message that is plain text, as a static string (citation words,
    /// labels); the id itself when it is missing or not plain.
    pub(crate) fn fixed(&self, id: &'static str) -> &'static str {
        let (cat, e) = match self.entry(id) {
            Some(e) => (self, Some(e)),
            None => {
                let en = Catalogue::get(Lang::En);
                (en, en.entry(id))
            }
        };
        match e.map(|e| cat.pieces(e.pattern)) {
            Some([Piece::Text(t)]) => cat.str(*t),
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
        // Only English reads it (`format::state_in_text`).
        if depth == 0 && self.lang == Lang::En {
            SENTENCE_START.with(|s| s.set(out.len()));
        }
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
        // Only English reads it (`format::state_in_text`).
        if depth == 0 && self.lang == Lang::En {
            SENTENCE_START.with(|s| s.set(out.len()));
        }
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
        if own {
            self.pattern(self.pieces(entry.pattern), own, args, r, out, depth);
        } else {
            // An English entry's spans point into the English tables.
            let en = Catalogue::get(Lang::En);
            en.pattern(en.pieces(entry.pattern), false, args, r, out, depth);
        }
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
                Piece::Text(t) => out.push_str(self.str(*t)),
                Piece::Var(name) => match lookup(args, self.str(*name)) {
                    Some(a) => self.arg(a, r, out, depth),
                    None => {
                        out.push_str("{$");
                        out.push_str(self.str(*name));
                        out.push('}');
                    }
                },
                // What `write` would find for the id, without looking.
                Piece::Ref { id, at } if own && *at != NOWHERE => {
                    if depth + 1 > MAX_DEPTH {
                        out.push_str(self.str(*id));
                    } else {
                        let entry = &self.entries[*at as usize];
                        self.pattern(self.pieces(entry.pattern), true, args, r, out, depth + 1);
                    }
                }
                Piece::Ref { id, .. } => self.write(self.str(*id), args, r, out, depth + 1),
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    let variants = &self.variants[variants.range()];
                    let chosen = lookup(args, self.str(*var))
                        .and_then(|a| self.select(a, variants))
                        .unwrap_or(*default as usize);
                    self.pattern(
                        self.pieces(variants[chosen].pattern),
                        own,
                        args,
                        r,
                        out,
                        depth,
                    );
                }
            }
        }
    }

    fn select(&self, a: &Arg, variants: &[Variant]) -> Option<usize> {
        let ident = |s: &str| {
            variants
                .iter()
                .position(|v| matches!(v.key, Key::Ident(i) if self.str(i) == s))
        };
        match a {
            Arg::Num(n) => variants
                .iter()
                .position(|v| matches!(v.key, Key::Num(m) if m == *n))
                .or_else(|| {
                    let cat = self.plurals().select(*n).ok()?;
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
            // English, and not English words standing in for another
            // language's missing message.
            Arg::State(c) if r.lang() == Lang::En => {
                let start = SENTENCE_START.with(Cell::get);
                format::state_in_text(r, *c, out, start)
            }
            Arg::State(c) => format::state_label(r, *c, out),
            Arg::Code(c) => out.push_str(c.as_str()),
            Arg::Date(d) => format::date(self.lang, *d, out),
            Arg::Num(n) => format::push_int(out, *n),
            Arg::Cite(p) => format::cite(r, *p, out),
            // English starts a sentence with a capital where a message put
            // its article there ("the treaty", "the European Convention
            // …"); labels ("data: …") are as written.
            Arg::Term(_) | Arg::Nested(_) if r.lang() == Lang::En => {
                let at = out.len();
                match a {
                    Arg::Term(id) => self.write(id, &[], r, out, depth + 1),
                    Arg::Nested(m) => self.write(m.id, &m.args, r, out, depth + 1),
                    _ => unreachable!("matched above"),
                }
                let start = SENTENCE_START.with(Cell::get);
                if out[at..].starts_with("the ") && format::starts_sentence(out, start, at) {
                    format::capitalise_at(out, at);
                }
            }
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

impl Catalogue {
    /// Whether message `id`'s own words cite a provision: a pinpoint in its
    /// text (`(art. 18(13))`, in the words this catalogue cites with) or a
    /// `$citation` argument, in any variant. A renderer then need not write
    /// the step's citation beside it a second time. False for an id not here.
    pub fn cites_in_words(&self, id: &str) -> bool {
        let [_, _, _, art, arts, _] = *self.cite_words();
        let words = [art, arts];
        self.entry(id)
            .is_some_and(|e| self.pattern_cites(self.pieces(e.pattern), &words))
    }

    fn pattern_cites(&self, pattern: &[Piece], words: &[&str; 2]) -> bool {
        pattern.iter().any(|p| match *p {
            Piece::Text(t) => {
                let t = self.str(t);
                words.iter().any(|w| pinpoints(t, w))
            }
            Piece::Var(v) => self.str(v) == "citation",
            Piece::Ref { .. } => false,
            Piece::Select { variants, .. } => self.variants[variants.range()]
                .iter()
                .any(|v| self.pattern_cites(self.pieces(v.pattern), words)),
        })
    }
}

impl Catalogue {
    fn describe(
        &self,
        pattern: Span,
        vars: &mut Vec<&'static str>,
        refs: &mut Vec<&'static str>,
        text: &mut String,
    ) {
        for p in self.pieces(pattern) {
            match *p {
                Piece::Text(t) => text.push_str(self.str(t)),
                Piece::Var(v) => {
                    let v = self.str(v);
                    vars.push(v);
                    text.push_str("{$");
                    text.push_str(v);
                    text.push('}');
                }
                Piece::Ref { id, .. } => refs.push(self.str(id)),
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    vars.push(self.str(var));
                    for (i, v) in self.variants[variants.range()].iter().enumerate() {
                        let mut t = String::new();
                        self.describe(v.pattern, vars, refs, &mut t);
                        if i == default as usize {
                            text.push_str(&t);
                        }
                    }
                }
            }
        }
    }
}

thread_local! {
    /// Where in the output the message being rendered began (set by a
    /// top-level `write`): a State named there, or after the end of a
    /// sentence since, starts a sentence.
    static SENTENCE_START: Cell<usize> = const { Cell::new(0) };
}

/// Whether `text` holds the citation word `word` as a word of its own
/// (not the end of another: "part.") followed by an article number
/// ("art. 18", "ст. 18", "第18条", "المادة 18").
pub(crate) fn pinpoints(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].trim_start_matches(' ');
            !before.is_some_and(char::is_alphanumeric)
                && after.starts_with(|c: char| c.is_ascii_digit())
        })
}

fn lookup<'a>(args: &'a [(&'static str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}

/// The compiled-in catalogues (`CATALOGUES`, in the order of [`Lang::ALL`]),
/// written by build.rs.
mod compiled {
    use super::{Catalogue, Entry, Key, Lang, Piece, Span, Variant};

    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}
