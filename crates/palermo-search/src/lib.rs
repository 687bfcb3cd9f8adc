//! Full-text search over what Palermo knows: the provisions (each finding's
//! description and the paragraphs not encoded, in English), the crime
//! catalogue and its mandates, the penalty rows, the notifications and
//! declarations, and the competent authorities.
//!
//! Pure: [`SearchIndex::build`] takes a [`RefData`] and builds a tantivy
//! index in memory (its RAM directory; no file, clock or network);
//! [`SearchIndex::search`] answers a [`Query`] with the hits, each with its
//! kind, title, snippet, State, articles and origin (a provision's citation,
//! or a data file's line with its source and as-of date), and the counts
//! per kind, State and article of every hit (the facets). The CLI, the API
//! and the web application share it.

#![deny(missing_docs)]

mod entries;

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use palermo_cite::Instrument;
use palermo_refdata::{RefData, StateCode};
use serde::Serialize;
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, QueryParser, QueryParserError, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

pub use entries::article_key;

/// What a hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A finding the engine can give, or a paragraph it does not encode.
    Provision,
    /// A crime type of the catalogue, or one of its UN mandates.
    Crime,
    /// A national penalty row.
    Penalty,
    /// A notification, declaration or reservation.
    Notification,
    /// A competent national authority.
    Authority,
}

impl Kind {
    /// Every kind, in the order results list them.
    pub const ALL: [Kind; 5] = [
        Kind::Provision,
        Kind::Crime,
        Kind::Penalty,
        Kind::Notification,
        Kind::Authority,
    ];

    /// Its name (`provision`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Provision => "provision",
            Kind::Crime => "crime",
            Kind::Penalty => "penalty",
            Kind::Notification => "notification",
            Kind::Authority => "authority",
        }
    }

    /// Reads a name.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Where a hit comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Origin {
    /// The Convention or a Protocol, as the engine encodes it.
    Provision {
        /// The provision (`UNTOC art. 16(4)`).
        citation: String,
        /// The finding id, for a finding (`art16.4.convention_as_basis`);
        /// none for a paragraph not encoded.
        finding: Option<String>,
    },
    /// A row of a data file.
    Data {
        /// The data file (`national_penalties.csv`).
        file: String,
        /// Its 1-based line.
        line: u64,
        /// The source the row was read in, where it names one.
        source_url: Option<String>,
        /// The date (or month, or year) the source reflects, where recorded.
        source_as_of: Option<String>,
        /// More about the source (the background paper's paragraphs).
        note: Option<String>,
    },
}

/// One hit.
#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    /// What it is.
    pub kind: Kind,
    /// A title for a list.
    pub title: String,
    /// The passage that matched (or the start of the text), plain text.
    pub snippet: String,
    /// Byte ranges of `snippet` holding the words that matched.
    pub highlights: Vec<(usize, usize)>,
    /// The State it concerns, if one.
    pub state: Option<String>,
    /// The articles it concerns (`16`; `SOM 8` for a Protocol's).
    pub articles: Vec<String>,
    /// The crime type it concerns, if one.
    pub crime_type: Option<String>,
    /// Where it comes from.
    pub origin: Origin,
    /// Relevance (BM25; higher is better); 0 when there were no words.
    pub score: f32,
}

/// How many hits have one value of a facet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value (`penalty`, `IND`, `18`).
    pub value: String,
    /// Hits with it.
    pub count: usize,
}

/// Counts over every hit (not only those shown), most frequent first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    /// Per kind, in [`Kind::ALL`] order.
    pub kind: Vec<FacetCount>,
    /// Per State.
    pub state: Vec<FacetCount>,
    /// Per article (a hit about several counts for each).
    pub article: Vec<FacetCount>,
}

/// The answer to a query.
#[derive(Clone, Debug, Serialize)]
pub struct Results {
    /// The query as given.
    pub query: String,
    /// How many entries match (before the limit).
    pub total: usize,
    /// The best hits, at most the limit, best first.
    pub hits: Vec<Hit>,
    /// Counts per kind, State and article over every match.
    pub facets: Facets,
}

/// What to look for.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// Words, "phrases", -exclusions, prefix*; empty: everything the
    /// filters let through (at least one filter is then needed).
    pub text: String,
    /// Only hits about this State (ISO 3166-1 alpha-3).
    pub state: Option<String>,
    /// Only hits about this article (`16`, `18(13)`, `art. 18`, `SOM 8`).
    pub article: Option<String>,
    /// Only hits about this crime type (catalogue id).
    pub crime_type: Option<String>,
    /// Only hits of this kind.
    pub kind: Option<Kind>,
    /// How many hits to return.
    pub limit: usize,
}

/// Why a search could not be done. Never a panic: a query a person typed
/// gets a message saying what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SearchError {
    /// The query or a filter is malformed or names something unknown.
    Query(String),
    /// The index could not be built or read (a bug, not the user's doing).
    Index(String),
}

impl fmt::Display for SearchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SearchError::Query(m) => f.write_str(m),
            SearchError::Index(m) => write!(f, "the search index failed: {m}"),
        }
    }
}

impl std::error::Error for SearchError {}

fn index_error(e: impl fmt::Display) -> SearchError {
    SearchError::Index(e.to_string())
}

/// The most hits a query returns.
pub const MAX_LIMIT: usize = 1000;

/// The tokenizer of the text fields: words, lower case, accents folded,
/// the commonest English words left out (so `smuggling by sea` does not
/// need `by`), English stems (`smuggling` and `smuggle` match).
const ANALYZER: &str = "palermo_en";

/// Words too common to search for.
const STOP_WORDS: [&str; 24] = [
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
    "its", "of", "on", "or", "that", "the", "this", "to", "was", "with",
];

struct Fields {
    title: Field,
    body: Field,
    kind: Field,
    state: Field,
    article: Field,
    crime_type: Field,
    id: Field,
}

/// The index, built once from the data and then only read (it can be shared
/// between threads).
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    entries: Vec<entries::Entry>,
    states: HashSet<StateCode>,
    crime_types: HashSet<String>,
    snapshot_id: String,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("entries", &self.entries.len())
            .field("snapshot_id", &self.snapshot_id)
            .finish()
    }
}

impl SearchIndex {
    /// Builds the index of everything in `data`, in memory.
    pub fn build(data: &RefData) -> Result<SearchIndex, SearchError> {
        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            title: schema.add_text_field("title", text.clone()),
            body: schema.add_text_field("body", text),
            kind: schema.add_text_field("kind", STRING),
            state: schema.add_text_field("state", STRING),
            article: schema.add_text_field("article", STRING),
            crime_type: schema.add_text_field("crime_type", STRING),
            id: schema.add_u64_field("id", FAST),
        };
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register(
            ANALYZER,
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .filter(StopWordFilter::remove(
                    STOP_WORDS.iter().map(|w| w.to_string()),
                ))
                .filter(Stemmer::new(Language::English))
                .build(),
        );
        let entries = entries::entries(data);
        // One thread, the smallest budget: a few thousand short texts.
        let mut writer: IndexWriter = index
            .writer_with_num_threads(1, 15_000_000)
            .map_err(index_error)?;
        for (i, e) in entries.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_text(fields.title, &e.title);
            doc.add_text(fields.body, &e.body);
            doc.add_text(fields.kind, e.kind.as_str());
            if let Some(s) = e.state {
                doc.add_text(fields.state, s.as_str());
            }
            for a in &e.articles {
                doc.add_text(fields.article, a);
            }
            if let Some(c) = &e.crime_type {
                doc.add_text(fields.crime_type, c);
            }
            doc.add_u64(fields.id, i as u64);
            writer.add_document(doc).map_err(index_error)?;
        }
        writer.commit().map_err(index_error)?;
        writer.wait_merging_threads().map_err(index_error)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(index_error)?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            states: data.states().into_iter().collect(),
            crime_types: data.crimes().iter().map(|c| c.id.clone()).collect(),
            snapshot_id: data.snapshot_id().to_string(),
            entries,
        })
    }

    /// How many entries the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The snapshot id of the data it was built from.
    pub fn snapshot_id(&self) -> &str {
        &self.snapshot_id
    }

    /// Answers a query: the best hits up to its limit, and the facets of
    /// every match. No match is an empty list, not an error; a malformed
    /// query or an unknown filter value is a [`SearchError::Query`].
    pub fn search(&self, q: &Query) -> Result<Results, SearchError> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn tantivy::query::Query>)> = Vec::new();
        let words = q.text.trim();
        let text_query = if words.is_empty() {
            None
        } else {
            check_syntax(words)?;
            let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.body]);
            parser.set_conjunction_by_default();
            parser.set_field_boost(f.title, 2.0);
            let parsed = parser
                .parse_query(words)
                .map_err(|e| query_error(words, e))?;
            clauses.push((Occur::Must, parsed.box_clone()));
            Some(parsed)
        };
        let mut filtered = false;
        let mut filter = |field: Field, value: &str| {
            filtered = true;
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, value),
                    IndexRecordOption::Basic,
                )),
            ));
        };
        if let Some(s) = q.state.as_deref().map(str::trim) {
            let code: StateCode = s
                .to_ascii_uppercase()
                .parse()
                .map_err(|e: palermo_refdata::StateCodeError| SearchError::Query(e.to_string()))?;
            if !self.states.contains(&code) {
                return Err(SearchError::Query(format!(
                    "the data has no record of `{code}`"
                )));
            }
            filter(f.state, code.as_str());
        }
        if let Some(a) = q.article.as_deref() {
            filter(f.article, &parse_article(a)?);
        }
        if let Some(c) = q.crime_type.as_deref().map(str::trim) {
            if !self.crime_types.contains(c) {
                return Err(SearchError::Query(format!(
                    "`{c}` is not a crime type of the catalogue (`palermo crimes` lists them)"
                )));
            }
            filter(f.crime_type, c);
        }
        if let Some(k) = q.kind {
            filter(f.kind, k.as_str());
        }
        if text_query.is_none() && !filtered {
            return Err(SearchError::Query(
                "the query is empty: give words to look for, or a filter (state, article, crime type, kind)".into(),
            ));
        }
        if text_query.is_none() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = q.limit.min(MAX_LIMIT);
        let (top, all) = searcher
            .search(
                &query,
                &(TopDocs::with_limit(limit.max(1)), DocSetCollector),
            )
            .map_err(index_error)?;
        let id_of = |addr: DocAddress| -> Result<usize, SearchError> {
            let column = searcher
                .segment_reader(addr.segment_ord)
                .fast_fields()
                .u64("id")
                .map_err(index_error)?;
            column
                .first(addr.doc_id)
                .map(|v| v as usize)
                .filter(|&i| i < self.entries.len())
                .ok_or_else(|| SearchError::Index(format!("no id for {addr:?}")))
        };
        // Facets over every match.
        let mut kinds: BTreeMap<Kind, usize> = BTreeMap::new();
        let mut states: BTreeMap<String, usize> = BTreeMap::new();
        let mut articles: BTreeMap<String, usize> = BTreeMap::new();
        for addr in &all {
            let e = &self.entries[id_of(*addr)?];
            *kinds.entry(e.kind).or_default() += 1;
            if let Some(s) = e.state {
                *states.entry(s.to_string()).or_default() += 1;
            }
            for a in &e.articles {
                *articles.entry(a.clone()).or_default() += 1;
            }
        }
        let snippets = match &text_query {
            Some(tq) => Some(
                SnippetGenerator::create(&searcher, tq.as_ref(), f.body)
                    .map(|mut g| {
                        g.set_max_num_chars(SNIPPET_CHARS);
                        g
                    })
                    .map_err(index_error)?,
            ),
            None => None,
        };
        let mut hits = Vec::with_capacity(top.len().min(limit));
        for (score, addr) in top.into_iter().take(limit) {
            let e = &self.entries[id_of(addr)?];
            let (snippet, highlights) = match &snippets {
                Some(g) => {
                    let s = g.snippet(&e.body);
                    let ranges = s.highlighted().iter().map(|r| (r.start, r.end));
                    match e.body.find(s.fragment()) {
                        // A short text is shown whole, the words marked in it.
                        Some(at)
                            if !s.fragment().is_empty()
                                && e.body.chars().count() <= SNIPPET_CHARS =>
                        {
                            (
                                e.body.clone(),
                                ranges.map(|(a, b)| (a + at, b + at)).collect(),
                            )
                        }
                        _ if s.fragment().is_empty() => (start_of(&e.body), Vec::new()),
                        // A passage: `…` where the text goes on.
                        found => {
                            let frag = s.fragment();
                            let before = found.is_some_and(|at| at > 0);
                            let after = found.is_none_or(|at| at + frag.len() < e.body.len());
                            let shift = if before { '…'.len_utf8() } else { 0 };
                            let text = format!(
                                "{}{frag}{}",
                                if before { "…" } else { "" },
                                if after { "…" } else { "" }
                            );
                            (text, ranges.map(|(a, b)| (a + shift, b + shift)).collect())
                        }
                    }
                }
                None => (start_of(&e.body), Vec::new()),
            };
            hits.push(Hit {
                kind: e.kind,
                title: e.title.clone(),
                snippet,
                highlights,
                state: e.state.map(|s| s.to_string()),
                articles: e.articles.clone(),
                crime_type: e.crime_type.clone(),
                origin: e.origin.clone(),
                score: if text_query.is_some() { score } else { 0.0 },
            });
        }
        Ok(Results {
            query: q.text.clone(),
            total: all.len(),
            hits,
            facets: Facets {
                kind: Kind::ALL
                    .into_iter()
                    .filter_map(|k| {
                        kinds.get(&k).map(|&count| FacetCount {
                            value: k.as_str().to_string(),
                            count,
                        })
                    })
                    .collect(),
                state: by_count(states),
                article: by_count(articles),
            },
        })
    }
}

/// Most frequent first, then by value.
fn by_count(map: BTreeMap<String, usize>) -> Vec<FacetCount> {
    let mut v: Vec<FacetCount> = map
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    v
}

/// The longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;

/// The start of a text, at most [`SNIPPET_CHARS`] characters, cut at a word.
fn start_of(text: &str) -> String {
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let end = text
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..end].rfind(' ').unwrap_or(end);
    format!("{}…", &text[..cut])
}

/// The longest query read, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

/// How deep parentheses may nest.
const MAX_DEPTH: usize = 5;

/// Checks what the query parser handles badly before it sees the query: an
/// open phrase (`"` without its pair), parentheses that do not pair up (the
/// parser backtracks over them for a time that doubles with each one), deep
/// nesting and very long queries. Each is an error saying where.
fn check_syntax(words: &str) -> Result<(), SearchError> {
    let err = |m: String| Err(SearchError::Query(m));
    if words.chars().count() > MAX_QUERY_CHARS {
        return err(format!(
            "the query is longer than {MAX_QUERY_CHARS} characters: shorten it"
        ));
    }
    let mut quote: Option<usize> = None;
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in words.chars().enumerate() {
        let at = i + 1;
        match (c, quote) {
            ('"', None) => quote = Some(at),
            ('"', Some(_)) => quote = None,
            (_, Some(_)) => {}
            ('(', None) => {
                open.push(at);
                if open.len() > MAX_DEPTH {
                    return err(format!(
                        "parentheses nest deeper than {MAX_DEPTH} levels at character {at} of the query"
                    ));
                }
            }
            (')', None) => {
                let Some(_) = open.pop() else {
                    return err(format!(
                        "unmatched `)` at character {at} of the query: remove it or open it with `(`"
                    ));
                };
            }
            _ => {}
        }
    }
    if let Some(at) = quote {
        return err(format!(
            "unbalanced quotation mark at character {at} of the query: close the phrase with `\"` (or search for the words without quotes)"
        ));
    }
    if let Some(at) = open.last() {
        return err(format!(
            "unmatched `(` at character {at} of the query: close it with `)` or remove it"
        ));
    }
    Ok(())
}

fn query_error(words: &str, e: QueryParserError) -> SearchError {
    let why = match e {
        QueryParserError::FieldDoesNotExist(field) => {
            format!("`{field}:` names no field; search words alone, or title:WORD / body:WORD")
        }
        other => other.to_string(),
    };
    SearchError::Query(format!("the query `{words}` cannot be read: {why}"))
}

/// Reads an article filter: `16`, `art. 16`, `18(13)` (the article counts),
/// `UNTOC 16`, `SOM 8`, `TIP art. 5`, `FP 13`, `firearms 13`.
pub fn parse_article(s: &str) -> Result<String, SearchError> {
    let bad = || {
        SearchError::Query(format!(
            "`{s}` is not an article: expected a Convention article such as 16 or 18(13), or a Protocol's such as SOM 8, TIP 5 or FP 13"
        ))
    };
    let t = s.trim();
    let (instrument, rest) = match t.split_once(|c: char| c.is_whitespace()) {
        Some((head, rest)) if head.chars().all(|c| c.is_ascii_alphabetic()) => {
            let inst = match head.to_ascii_lowercase().as_str() {
                "untoc" | "convention" => Some(Instrument::Untoc),
                "tip" => Some(Instrument::Tip),
                "som" => Some(Instrument::Som),
                "fp" | "firearms" => Some(Instrument::Firearms),
                "art" | "art." | "article" => None,
                _ => return Err(bad()),
            };
            match inst {
                Some(i) => (i, rest.trim()),
                None => (Instrument::Untoc, t),
            }
        }
        _ => (Instrument::Untoc, t),
    };
    let lower = rest.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("article")
        .or_else(|| lower.strip_prefix("art."))
        .or_else(|| lower.strip_prefix("art"))
        .unwrap_or(&lower)
        .trim();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tail = &rest[digits.len()..];
    if !(tail.is_empty() || tail.starts_with('(')) {
        return Err(bad());
    }
    let n: u8 = digits.parse().map_err(|_| bad())?;
    if n == 0 || n > instrument.last_article() {
        return Err(SearchError::Query(format!(
            "`{s}`: the {} has articles 1 to {}",
            if instrument == Instrument::Untoc {
                "Convention".to_string()
            } else {
                format!("{} Protocol", instrument.label())
            },
            instrument.last_article()
        )));
    }
    Ok(article_key(instrument, n))
}

#[cfg(test)]
mod tests;
