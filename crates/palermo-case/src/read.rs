//! From the span tree to the rules' facts, field by field, with a diagnostic
//! for every unknown key, wrong type, bad code, impossible date and
//! contradiction.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use jiff::civil::Date;
use palermo_cite::Instrument;
use palermo_refdata::{PenaltyError, RefData, StateCode};
use palermo_rules::facts::{
    Aim, Benefit, BriberySide, ConfiscationMeasure, Consent, ConventionOffence, Elements,
    FirearmsConduct, Group, InvestigativeTechnique, LaunderingConduct, LaunderingPurpose, Measure,
    ObstructionAim, ObstructionMeans, Offence, OfficialKind, OtherBasis, OtherInstrument,
    ParticipationConduct, Penalty, PredicateKind, RefusalGround, Request, RequestKind,
    SmugglingMotive, StateFacts, Suspicion, TipAct, TipMeans, TipPurpose,
};
use palermo_rules::questions::{question, Role, QUESTIONS};
use palermo_rules::{Case, Outcome, Strength};

mod draft;

use crate::node::{from_toml, Entry, Node, Value};
use crate::{json, CaseFile, Diagnostic, Field, Severity, Syntax, MAX_DIAGNOSTICS};

/// One expected outcome from `[expect]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// Finding id.
    pub id: String,
    /// Expected outcome.
    pub outcome: Outcome,
    /// Finding ids expected among its `because` (optional detail).
    pub because: Vec<String>,
    /// Expected strength of the obligation (optional detail).
    pub strength: Option<Strength>,
    /// Where it is written (1-based).
    pub line: usize,
    /// Column (1-based).
    pub column: usize,
}

const TOP: &[&str] = &[
    "format",
    "as_of",
    "title",
    "request",
    "offence",
    "offences",
    "group",
    "suspicion",
    "states",
    "domestic_law",
    "expect",
    "other_bases",
    "draft",
];
const REQUEST: &[&str] = &[
    "kind",
    "requesting_state",
    "requested_state",
    "treaty_in_force",
    "treaty_name",
    "agreed_to_apply_art18_9_29",
    "measures",
    "person_located_in",
    "person_nationalities",
    "sentence_enforcement",
    "fiscal_aspects",
    "concerns_legal_person",
    "confiscation_measure",
    "property_in_requested_state",
    "return_requested",
    "investigative_technique",
    "route_states",
    "route_consent",
    "states_investigating",
    "person_habitual_residence",
    "previous_convictions_in",
    "witness_relocation_needed",
    "cooperating_offender_in",
    "refusal_ground",
];
const OFFENCE: &[&str] = &[
    "summary",
    "crime_types",
    "convention_offences",
    "committed_in",
    "prepared_in",
    "substantial_effects_in",
    "aboard_flag_states",
    "victim_nationalities",
    "aimed_at",
    "involves_group",
    "punishable_in",
    "max_penalty",
    "conduct_date",
    "punishable_when_committed",
    "elements",
];
const ELEMENTS: &[&str] = &[
    "tip_acts",
    "tip_means",
    "tip_purposes",
    "victim_age",
    "victim_consented",
    "procured_illegal_entry",
    "smuggling_motive",
    "firearms_conduct",
    "intentional",
    "participation_conduct",
    "object_crime_serious",
    "agreement_benefit",
    "overt_act",
    "knew_group_aim",
    "knew_contribution",
    "laundering_conduct",
    "knew_proceeds",
    "laundering_purpose",
    "predicate",
    "predicate_committed_in",
    "predicate_punishable_in",
    "self_laundering",
    "bribery",
    "official",
    "undue_advantage",
    "official_act",
    "obstruction_means",
    "obstruction_aim",
    "proceeding_covered",
];
const GROUP: &[&str] = &[
    "members",
    "randomly_formed",
    "exists_for_period",
    "acts_in_concert",
    "aims",
    "benefit",
    "active_in",
];
const SUSPICION: &[&str] = &["transnational", "organized_criminal_group"];
const STATE: &[&str] = &[
    "name",
    "untoc_consent",
    "protocols",
    "untoc_denunciation",
    "extradition_requires_treaty",
    "convention_as_extradition_basis",
    "central_authority",
    "languages",
    "within_competence",
    "confiscation_requires_treaty",
    "art35_opt_out",
    "protocol_dispute_opt_out",
];
const PROTOCOLS: &[&str] = &["tip", "som", "firearms"];
const EXPECT_DETAIL: &[&str] = &["outcome", "because", "strength"];

struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    /// Byte offset where each line starts, computed once.
    line_starts: Vec<usize>,
    data: &'a RefData,
    /// Problems by byte offset; turned into lines and columns at the end,
    /// only for the ones reported.
    diags: Vec<Pending>,
    spans: HashMap<String, Range<usize>>,
    /// Where each `[expect]` key is written, by finding id.
    expect_keys: HashMap<String, Range<usize>>,
    fictional_used: Vec<(StateCode, Range<usize>, String)>,
}

/// A problem before its line and column are worked out.
struct Pending {
    severity: Severity,
    offset: usize,
    field: Option<String>,
    message: String,
    /// A "did you mean" to work out and insert, only if the problem is reported.
    hint: Option<Hint>,
}

/// A suggestion for a word, computed late: comparing a word with every finding
/// id or State code is the costly part of a message, and a large file can hold
/// many thousands of problems of which only the first are reported.
struct Hint {
    /// Byte index in the message where the suggestion goes.
    at: usize,
    word: String,
    from: Candidates,
}

/// Where a suggestion is looked for.
enum Candidates {
    Words(&'static [&'static str]),
    Names(Vec<&'static str>),
    States,
    Crimes,
    Questions,
    Findings,
}

/// The first values of one list, by their text, to catch a value listed twice.
type Seen = HashMap<String, usize>;

/// The closest option within a small edit distance (Levenshtein, in
/// characters), as " (did you mean `…`?)", or nothing.
pub(crate) fn suggest<'s>(word: &str, options: impl IntoIterator<Item = &'s str>) -> String {
    let best = options
        .into_iter()
        .map(|o| (strsim::levenshtein(word, o), o))
        .filter(|(d, o)| *d <= 2.max(o.len() / 4))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((_, o)) => format!(" (did you mean `{o}`?)"),
        None => String::new(),
    }
}

impl<'a> Reader<'a> {
    /// 1-based line and column (in characters) of a byte offset: a binary
    /// search in the line starts, then a count within that line.
    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = self
            .text
            .floor_char_boundary_compat(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    fn push(&mut self, severity: Severity, span: &Range<usize>, field: &str, message: String) {
        let offset = self
            .text
            .floor_char_boundary_compat(span.start.min(self.text.len()));
        self.diags.push(Pending {
            severity,
            offset,
            field: (!field.is_empty()).then(|| field.to_string()),
            message,
            hint: None,
        });
    }

    /// An error whose message is `before`, a "did you mean" for `word` taken
    /// from `from` (if one is close), then `after`.
    fn error_hinted(
        &mut self,
        span: &Range<usize>,
        field: &str,
        before: String,
        word: &str,
        from: Candidates,
        after: &str,
    ) {
        let at = before.len();
        self.error(span, field, before + after);
        if let Some(d) = self.diags.last_mut() {
            d.hint = Some(Hint {
                at,
                word: word.to_string(),
                from,
            });
        }
    }

    /// The problems in file order, at most [`MAX_DIAGNOSTICS`] errors and as
    /// many warnings, then one line counting the rest.
    fn finish(mut self) -> Vec<Diagnostic> {
        // Stable: problems at the same place keep the order they were found in.
        self.diags.sort_by_key(|d| d.offset);
        let (mut errors, mut warnings) = (0usize, 0usize);
        let (mut more_errors, mut more_warnings) = (0usize, 0usize);
        let mut first_left_out = None;
        let mut out = Vec::new();
        for d in std::mem::take(&mut self.diags) {
            let (shown, more) = match d.severity {
                Severity::Error => (&mut errors, &mut more_errors),
                Severity::Warning => (&mut warnings, &mut more_warnings),
            };
            if *shown == MAX_DIAGNOSTICS {
                *more += 1;
                first_left_out.get_or_insert(d.offset);
                continue;
            }
            *shown += 1;
            out.push(self.diagnostic(d));
        }
        if let Some(offset) = first_left_out {
            let mut counts = Vec::new();
            for (n, what) in [(more_errors, "error"), (more_warnings, "warning")] {
                if n > 0 {
                    counts.push(format!(
                        "{} more {what}{}",
                        thousands(n),
                        if n == 1 { "" } else { "s" }
                    ));
                }
            }
            let summary = Pending {
                severity: if more_errors > 0 {
                    Severity::Error
                } else {
                    Severity::Warning
                },
                offset,
                field: None,
                message: format!(
                    "… and {}, from here on, not listed: a case file reports its first {MAX_DIAGNOSTICS} errors and first {MAX_DIAGNOSTICS} warnings",
                    counts.join(" and ")
                ),
                hint: None,
            };
            out.push(self.diagnostic(summary));
        }
        out
    }

    fn diagnostic(&self, d: Pending) -> Diagnostic {
        let (line, column) = self.position(d.offset);
        let mut message = d.message;
        if let Some(h) = d.hint {
            let states;
            let words: Vec<&str> = match &h.from {
                Candidates::Words(w) => w.to_vec(),
                Candidates::Names(w) => w.clone(),
                Candidates::States => {
                    states = self.data.states();
                    states.iter().map(|s| s.as_str()).collect()
                }
                Candidates::Crimes => self.data.crimes().iter().map(|c| c.id.as_str()).collect(),
                Candidates::Questions => QUESTIONS.iter().map(|q| q.id).collect(),
                Candidates::Findings => palermo_rules::catalogue::all().map(|f| f.id).collect(),
            };
            message.insert_str(h.at, &suggest(&h.word, words));
        }
        Diagnostic {
            severity: d.severity,
            file: self.file.to_string(),
            line,
            column: Some(column),
            field: d.field.map(Field::Path),
            message,
        }
    }

    /// `false`, with an error at the element, if `key` is already in the
    /// list at `path` (`seen` holds the list's values so far).
    fn once(
        &mut self,
        seen: &mut Seen,
        key: &str,
        index: usize,
        span: &Range<usize>,
        path: &str,
        what: &str,
    ) -> bool {
        if let Some(first) = seen.get(key) {
            let message =
                format!("`{key}` already appears at `{path}[{first}]`: expected each {what} once");
            self.error(span, &format!("{path}[{index}]"), message);
            return false;
        }
        seen.insert(key.to_string(), index);
        true
    }

    fn error(&mut self, span: &Range<usize>, field: &str, message: String) {
        self.push(Severity::Error, span, field, message);
    }

    fn warn(&mut self, span: &Range<usize>, field: &str, message: String) {
        self.push(Severity::Warning, span, field, message);
    }

    fn wrong_type(&mut self, node: &Node, path: &str, expected: &str) {
        self.error(
            &node.span,
            path,
            format!("expected {expected}, found {}", node.value.kind()),
        );
    }

    /// A table whose keys must all be in `allowed`.
    fn table<'n>(
        &mut self,
        node: &'n Node,
        path: &str,
        allowed: &'static [&'static str],
    ) -> Option<&'n [Entry]> {
        let Value::Table(entries) = &node.value else {
            self.wrong_type(node, path, "a table");
            return None;
        };
        for e in entries {
            if !allowed.contains(&e.key.as_str()) {
                let field = if path.is_empty() {
                    e.key.clone()
                } else {
                    format!("{path}.{}", e.key)
                };
                self.error_hinted(
                    &e.key_span,
                    &field,
                    format!("unknown key `{}`", e.key),
                    &e.key,
                    Candidates::Words(allowed),
                    &format!("; expected one of: {}", allowed.join(", ")),
                );
            }
        }
        Some(entries)
    }

    fn record(&mut self, path: &str, span: &Range<usize>) {
        self.spans.insert(path.to_string(), span.clone());
    }

    fn boolean(&mut self, node: &Node, path: &str) -> Option<bool> {
        self.record(path, &node.span);
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(node, path, "`true` or `false`");
                None
            }
        }
    }

    fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        self.record(path, &node.span);
        match &node.value {
            Value::Str(s) => Some(s.clone()),
            _ => {
                self.wrong_type(node, path, "a string");
                None
            }
        }
    }

    fn date(&mut self, node: &Node, path: &str) -> Option<Date> {
        self.record(path, &node.span);
        let text = match &node.value {
            Value::Date(s) | Value::Str(s) => s.clone(),
            _ => {
                self.wrong_type(node, path, "a date (YYYY-MM-DD)");
                return None;
            }
        };
        if text.len() != 10 {
            self.error(
                &node.span,
                path,
                format!("`{text}` is not a plain date: expected YYYY-MM-DD (no time or offset)"),
            );
            return None;
        }
        match text.parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                self.error(
                    &node.span,
                    path,
                    format!("`{text}` is not a real calendar date: expected YYYY-MM-DD"),
                );
                None
            }
        }
    }

    fn state(&mut self, node: &Node, path: &str) -> Option<StateCode> {
        self.record(path, &node.span);
        let Value::Str(s) = &node.value else {
            self.wrong_type(node, path, "a State code string such as \"KEN\"");
            return None;
        };
        self.state_code(s, &node.span, path)
    }

    fn state_code(&mut self, s: &str, span: &Range<usize>, path: &str) -> Option<StateCode> {
        let code = match s.parse::<StateCode>() {
            Ok(c) => c,
            Err(e) => {
                let upper = s.to_ascii_uppercase();
                let hint = if upper != s && upper.parse::<StateCode>().is_ok() {
                    format!(" (did you mean `{upper}`?)")
                } else {
                    String::new()
                };
                self.error(span, path, format!("{e}{hint}"));
                return None;
            }
        };
        if code.is_fictional() {
            self.fictional_used
                .push((code, span.clone(), path.to_string()));
            return Some(code);
        }
        if !self.data.knows(code) {
            self.error_hinted(
                span,
                path,
                format!("unknown State code `{code}`"),
                code.as_str(),
                Candidates::States,
                "; expected an ISO 3166-1 alpha-3 code listed in the reference data, or a fictional `XAA`-`XZZ` defined under [states]",
            );
            return None;
        }
        Some(code)
    }

    fn array<'n>(&mut self, node: &'n Node, path: &str, expected: &str) -> Option<&'n [Node]> {
        self.record(path, &node.span);
        match &node.value {
            Value::Array(items) => Some(items),
            _ => {
                self.wrong_type(node, path, expected);
                None
            }
        }
    }

    fn states(&mut self, node: &Node, path: &str) -> Option<Vec<StateCode>> {
        let items = self.array(
            node,
            path,
            "an array of State codes, e.g. [\"KEN\", \"ITA\"]",
        )?;
        let mut out = Vec::new();
        let mut ok = true;
        let mut seen = Seen::default();
        for (i, item) in items.iter().enumerate() {
            match self.state(item, &format!("{path}[{i}]")) {
                Some(s) if self.once(&mut seen, s.as_str(), i, &item.span, path, "State") => {
                    out.push(s)
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn choice<T: Copy>(
        &mut self,
        node: &Node,
        path: &str,
        options: &[(&'static str, T)],
    ) -> Option<T> {
        self.record(path, &node.span);
        // The names are for messages only.
        let names = || -> Vec<&'static str> { options.iter().map(|(n, _)| *n).collect() };
        let Value::Str(s) = &node.value else {
            self.wrong_type(node, path, &format!("one of {}", names().join(" | ")));
            return None;
        };
        match options.iter().find(|(n, _)| n == s) {
            Some((_, v)) => Some(*v),
            None => {
                let names = names();
                let after = format!("; expected one of: {}", names.join(", "));
                self.error_hinted(
                    &node.span,
                    path,
                    format!("`{s}` is not allowed here"),
                    s,
                    Candidates::Names(names),
                    &after,
                );
                None
            }
        }
    }

    fn choices<T: Copy>(
        &mut self,
        node: &Node,
        path: &str,
        options: &[(&'static str, T)],
    ) -> Option<Vec<T>> {
        let items = self.array(node, path, "an array of strings")?;
        let mut out = Vec::new();
        let mut ok = true;
        let mut seen = Seen::default();
        for (i, item) in items.iter().enumerate() {
            let v = self.choice(item, &format!("{path}[{i}]"), options);
            match (v, &item.value) {
                (Some(v), Value::Str(s))
                    if self.once(&mut seen, s, i, &item.span, path, "value") =>
                {
                    out.push(v)
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// `{ KEN = true, ITA = false }`
    fn state_map<T>(
        &mut self,
        node: &Node,
        path: &str,
        mut value: impl FnMut(&mut Self, &Node, &str) -> Option<T>,
    ) -> BTreeMap<StateCode, T> {
        let mut out = BTreeMap::new();
        let Value::Table(entries) = &node.value else {
            self.wrong_type(
                node,
                path,
                "a table keyed by State code, e.g. { KEN = ..., ITA = ... }",
            );
            return out;
        };
        for e in entries {
            let field = format!("{path}.{}", e.key);
            if let Some(code) = self.state_code(&e.key, &e.key_span, &field) {
                if let Some(v) = value(self, &e.node, &field) {
                    self.record(&field, &e.node.span);
                    out.insert(code, v);
                }
            }
        }
        out
    }

    fn penalty(&mut self, node: &Node, path: &str) -> Option<Penalty> {
        let Value::Str(s) = &node.value else {
            self.wrong_type(
                node,
                path,
                "a penalty string such as \"5y\", \"18m\", \"life\", \"fine\" or \"none\"",
            );
            return None;
        };
        match Penalty::read(s) {
            Ok(p) => Some(p),
            Err(PenaltyError::Malformed) => {
                self.error(&node.span, path, format!("`{s}` is not a penalty: expected \"<n>y\" (years), \"<n>m\" (months), \"<n>y<k>m\", \"life\", \"death\", \"fine\" (no custodial sentence) or \"none\" (not an offence)"));
                None
            }
            Err(e) => {
                self.error(&node.span, path, format!("`{s}` is not a penalty: {e}"));
                None
            }
        }
    }

    fn consent(&mut self, node: &Node, path: &str) -> Option<Consent> {
        if let Value::Str(s) = &node.value {
            if s == "none" {
                self.record(path, &node.span);
                return Some(Consent::None);
            }
        }
        self.date(node, path).map(Consent::Deposited)
    }
}

/// `str::floor_char_boundary` is unstable; this is the same for our use.
trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while i > 0 && !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// `4321` as `4,321`.
fn thousands(n: usize) -> String {
    let digits = n.to_string().into_bytes();
    let groups: Vec<&str> = digits
        .rchunks(3)
        .rev()
        .map(|g| std::str::from_utf8(g).unwrap_or_default())
        .collect();
    groups.join(",")
}

/// Byte offset where each line starts: counted first, to fill once.
fn line_starts(text: &str) -> Vec<usize> {
    let newlines = text.bytes().filter(|&b| b == b'\n').count();
    let mut starts = Vec::with_capacity(newlines + 1);
    starts.push(0);
    starts.extend(
        (text.bytes().enumerate())
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1),
    );
    starts
}

fn find<'n>(entries: &'n [Entry], key: &str) -> Option<&'n Entry> {
    entries.iter().find(|e| e.key == key)
}

pub(crate) fn read(
    file: &str,
    text: &str,
    syntax: Syntax,
    data: &RefData,
) -> Result<CaseFile, Vec<Diagnostic>> {
    let mut r = Reader {
        file,
        text,
        line_starts: line_starts(text),
        data,
        diags: Vec::new(),
        // Room for the fields of a typical case, so the map is not rehashed.
        spans: HashMap::with_capacity_and_hasher(128, Default::default()),
        expect_keys: HashMap::default(),
        fictional_used: Vec::new(),
    };
    let root = match syntax {
        Syntax::Toml => from_toml(text),
        Syntax::Json => json::from_json(text),
    };
    let root = match root {
        Ok(n) => n,
        Err(e) => {
            let what = match syntax {
                Syntax::Toml => "TOML",
                Syntax::Json => "JSON",
            };
            r.error(&e.span, "", format!("invalid {what}: {}", e.message));
            return Err(r.finish());
        }
    };
    let Some(top) = r.table(&root, "", TOP) else {
        return Err(r.finish());
    };
    let mut case = Case::default();

    if let Some(e) = find(top, "format") {
        if let Some(s) = r.string(&e.node, "format") {
            if s != "palermo.case/1" {
                r.error(
                    &e.node.span,
                    "format",
                    format!("`{s}` is not a format this reader knows: expected \"palermo.case/1\""),
                );
            }
        }
    }
    if let Some(e) = find(top, "as_of") {
        case.as_of = r.date(&e.node, "as_of");
    }
    if let Some(e) = find(top, "title") {
        case.title = r.string(&e.node, "title");
    }
    if let Some(e) = find(top, "request") {
        case.request = read_request(&mut r, &e.node);
    }
    match (find(top, "offence"), find(top, "offences")) {
        (Some(a), Some(b)) => {
            r.error(
                &b.key_span,
                "offences",
                "a case has either [offence] or [[offences]], not both".into(),
            );
            let _ = a;
        }
        (Some(e), None) => {
            case.offences = vec![read_offence(&mut r, &e.node, "offence")];
        }
        (None, Some(e)) => {
            if let Some(items) = r.array(&e.node, "offences", "an array of tables ([[offences]])") {
                if items.is_empty() {
                    r.error(
                        &e.node.span,
                        "offences",
                        "empty: expected at least one [[offences]] table".into(),
                    );
                }
                for (i, item) in items.iter().enumerate() {
                    case.offences
                        .push(read_offence(&mut r, item, &format!("offences[{}]", i + 1)));
                }
                case.several_offences = true;
            }
        }
        (None, None) => {}
    }
    if case.offences.is_empty() {
        case.offences.push(Offence::default());
    }
    if let Some(e) = find(top, "group") {
        case.group = read_group(&mut r, &e.node);
    }
    if let Some(e) = find(top, "suspicion") {
        if let Some(t) = r.table(&e.node, "suspicion", SUSPICION) {
            let mut s = Suspicion::default();
            for e in t {
                let path = format!("suspicion.{}", e.key);
                match e.key.as_str() {
                    "transnational" => s.transnational = r.boolean(&e.node, &path),
                    "organized_criminal_group" => {
                        s.organized_criminal_group = r.boolean(&e.node, &path)
                    }
                    _ => {}
                }
            }
            case.suspicion = s;
        }
    }
    if let Some(e) = find(top, "states") {
        if let Value::Table(entries) = &e.node.value {
            for s in entries {
                let path = format!("states.{}", s.key);
                let Some(code) = r.state_code(&s.key, &s.key_span, &path) else {
                    continue;
                };
                case.states.insert(code, read_state(&mut r, &s.node, &path));
            }
        } else {
            r.wrong_type(&e.node, "states", "a table of States, e.g. [states.KEN]");
        }
    }
    if let Some(e) = find(top, "domestic_law") {
        read_domestic_law(&mut r, &e.node, &mut case);
    }
    if let Some(e) = find(top, "other_bases") {
        if let Some(items) = r.array(
            &e.node,
            "other_bases",
            "an array of tables ([[other_bases]])",
        ) {
            for (i, item) in items.iter().enumerate() {
                if let Some(b) = read_other_basis(&mut r, item, &format!("other_bases[{}]", i + 1))
                {
                    case.other_bases.push(b);
                }
            }
        }
    }
    let draft = find(top, "draft").map(|e| draft::read_draft(&mut r, &e.node));
    let expectations = match find(top, "expect") {
        Some(e) => read_expect(&mut r, &e.node),
        None => Vec::new(),
    };

    check_consistency(&mut r, &case, &expectations);

    let used = std::mem::take(&mut r.fictional_used);
    for (code, span, path) in used {
        if !case.states.contains_key(&code) {
            r.warn(&span, &path, format!("fictional State `{code}` is not defined under [states.{code}]: its treaty status is unknown"));
        }
    }
    let failed = r.diags.iter().any(|d| d.severity == Severity::Error);
    let diags = r.finish();
    if failed {
        return Err(diags);
    }
    Ok(CaseFile {
        case,
        draft,
        expectations,
        warnings: diags,
    })
}

fn read_request(r: &mut Reader<'_>, node: &Node) -> Request {
    let mut q = Request::default();
    let Some(t) = r.table(node, "request", REQUEST) else {
        return q;
    };
    let kinds: Vec<(&str, RequestKind)> =
        RequestKind::ALL.iter().map(|k| (k.as_str(), *k)).collect();
    let measures: Vec<(&str, Measure)> = Measure::ALL.iter().map(|m| (m.as_str(), *m)).collect();
    for e in t {
        let path = format!("request.{}", e.key);
        let n = &e.node;
        match e.key.as_str() {
            "kind" => q.kind = r.choice(n, &path, &kinds),
            "requesting_state" => q.requesting_state = r.state(n, &path),
            "requested_state" => q.requested_state = r.state(n, &path),
            "treaty_in_force" => q.treaty_in_force = r.boolean(n, &path),
            "treaty_name" => q.treaty_name = r.string(n, &path),
            "agreed_to_apply_art18_9_29" => q.agreed_to_apply_art18_9_29 = r.boolean(n, &path),
            "measures" => q.measures = r.choices(n, &path, &measures),
            "person_located_in" => q.person_located_in = r.state(n, &path),
            "person_nationalities" => q.person_nationalities = r.states(n, &path),
            "sentence_enforcement" => q.sentence_enforcement = r.boolean(n, &path),
            "fiscal_aspects" => q.fiscal_aspects = r.boolean(n, &path),
            "concerns_legal_person" => q.concerns_legal_person = r.boolean(n, &path),
            "confiscation_measure" => {
                let options: Vec<(&str, ConfiscationMeasure)> = ConfiscationMeasure::ALL
                    .iter()
                    .map(|m| (m.as_str(), *m))
                    .collect();
                q.confiscation_measure = r.choice(n, &path, &options)
            }
            "property_in_requested_state" => q.property_in_requested_state = r.boolean(n, &path),
            "return_requested" => q.return_requested = r.boolean(n, &path),
            "investigative_technique" => {
                let options: Vec<(&str, InvestigativeTechnique)> = InvestigativeTechnique::ALL
                    .iter()
                    .map(|m| (m.as_str(), *m))
                    .collect();
                q.investigative_technique = r.choice(n, &path, &options)
            }
            "route_states" => q.route_states = r.states(n, &path),
            "route_consent" => q.route_consent = r.state_map(n, &path, |r, n, p| r.boolean(n, p)),
            "states_investigating" => q.states_investigating = r.states(n, &path),
            "person_habitual_residence" => q.person_habitual_residence = r.state(n, &path),
            "previous_convictions_in" => q.previous_convictions_in = r.states(n, &path),
            "witness_relocation_needed" => q.witness_relocation_needed = r.boolean(n, &path),
            "cooperating_offender_in" => q.cooperating_offender_in = r.state(n, &path),
            "refusal_ground" => {
                let options: Vec<(&str, RefusalGround)> = RefusalGround::ALL
                    .iter()
                    .map(|m| (m.as_str(), *m))
                    .collect();
                q.refusal_ground = r.choice(n, &path, &options)
            }
            _ => {}
        }
    }
    q
}

fn read_offence(r: &mut Reader<'_>, node: &Node, prefix: &str) -> Offence {
    let mut o = Offence::default();
    let Some(t) = r.table(node, prefix, OFFENCE) else {
        return o;
    };
    let conv: Vec<(&str, ConventionOffence)> = ConventionOffence::ALL
        .iter()
        .map(|c| (c.as_str(), *c))
        .collect();
    for e in t {
        let path = format!("{prefix}.{}", e.key);
        let n = &e.node;
        match e.key.as_str() {
            "summary" => o.summary = r.string(n, &path),
            "crime_types" => {
                if let Some(items) = r.array(n, &path, "an array of crime-type ids") {
                    let mut seen = Seen::default();
                    for (i, item) in items.iter().enumerate() {
                        let p = format!("{path}[{i}]");
                        if let Some(s) = r.string(item, &p) {
                            if !r.once(&mut seen, &s, i, &item.span, &path, "crime type") {
                                continue;
                            }
                            let ok = s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                                && s.chars().all(|c| {
                                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
                                });
                            if ok && !r.data.crimes().is_empty() && r.data.crime(&s).is_none() {
                                r.error_hinted(
                                    &item.span,
                                    &p,
                                    format!("unknown crime type `{s}`"),
                                    &s,
                                    Candidates::Crimes,
                                    "; `palermo crimes` lists the catalogue",
                                );
                            } else if ok {
                                o.crime_types.push(s);
                            } else {
                                r.error(&item.span, &p, format!("`{s}` is not a crime-type id: expected snake_case, e.g. \"wildlife_trafficking\""));
                            }
                        }
                    }
                }
            }
            "convention_offences" => o.convention_offences = r.choices(n, &path, &conv),
            "committed_in" => o.committed_in = r.states(n, &path),
            "prepared_in" => o.prepared_in = r.states(n, &path),
            "substantial_effects_in" => o.substantial_effects_in = r.states(n, &path),
            "aboard_flag_states" => o.aboard_flag_states = r.states(n, &path),
            "victim_nationalities" => o.victim_nationalities = r.states(n, &path),
            "aimed_at" => o.aimed_at = r.states(n, &path),
            "involves_group" => o.involves_group = r.boolean(n, &path),
            "punishable_in" => o.punishable_in = r.state_map(n, &path, |r, n, p| r.boolean(n, p)),
            "max_penalty" => o.max_penalty = r.state_map(n, &path, |r, n, p| r.penalty(n, p)),
            "conduct_date" => o.conduct_date = r.date(n, &path),
            "punishable_when_committed" => {
                o.punishable_when_committed = r.state_map(n, &path, |r, n, p| r.boolean(n, p))
            }
            "elements" => o.elements = read_elements(r, n, &path),
            _ => {}
        }
    }
    o
}

fn read_elements(r: &mut Reader<'_>, node: &Node, prefix: &str) -> Elements {
    let mut e = Elements::default();
    let Some(t) = r.table(node, prefix, ELEMENTS) else {
        return e;
    };
    for x in t {
        let path = format!("{prefix}.{}", x.key);
        let n = &x.node;
        match x.key.as_str() {
            "tip_acts" => {
                e.tip_acts = r.choices(
                    n,
                    &path,
                    &[
                        ("recruitment", TipAct::Recruitment),
                        ("transportation", TipAct::Transportation),
                        ("transfer", TipAct::Transfer),
                        ("harbouring", TipAct::Harbouring),
                        ("receipt", TipAct::Receipt),
                    ],
                )
            }
            "tip_means" => {
                e.tip_means = r.choices(
                    n,
                    &path,
                    &[
                        ("force_or_coercion", TipMeans::ForceOrCoercion),
                        ("abduction", TipMeans::Abduction),
                        ("fraud_or_deception", TipMeans::FraudOrDeception),
                        ("abuse_of_power", TipMeans::AbuseOfPower),
                        ("abuse_of_vulnerability", TipMeans::AbuseOfVulnerability),
                        ("payments_to_controller", TipMeans::PaymentsToController),
                    ],
                )
            }
            "tip_purposes" => {
                e.tip_purposes = r.choices(
                    n,
                    &path,
                    &[
                        ("sexual_exploitation", TipPurpose::SexualExploitation),
                        ("forced_labour", TipPurpose::ForcedLabour),
                        ("slavery", TipPurpose::Slavery),
                        ("servitude", TipPurpose::Servitude),
                        ("organ_removal", TipPurpose::OrganRemoval),
                        ("other_exploitation", TipPurpose::OtherExploitation),
                    ],
                )
            }
            "victim_age" => {
                r.record(&path, &n.span);
                match n.value {
                    Value::Int(i) if (0..=130).contains(&i) => e.victim_age = Some(i as u32),
                    Value::Int(i) => r.error(
                        &n.span,
                        &path,
                        format!("{i} is not an age: expected a whole number of years from 0"),
                    ),
                    _ => r.wrong_type(n, &path, "a whole number of years"),
                }
            }
            "victim_consented" => e.victim_consented = r.boolean(n, &path),
            "procured_illegal_entry" => e.procured_illegal_entry = r.boolean(n, &path),
            "smuggling_motive" => {
                e.smuggling_motive = r.choice(
                    n,
                    &path,
                    &[
                        ("financial", SmugglingMotive::Financial),
                        ("other_material", SmugglingMotive::OtherMaterial),
                        ("humanitarian", SmugglingMotive::Humanitarian),
                        ("family", SmugglingMotive::Family),
                        ("none", SmugglingMotive::None),
                    ],
                )
            }
            "firearms_conduct" => {
                e.firearms_conduct = r.choices(
                    n,
                    &path,
                    &[
                        (
                            "illicit_manufacturing",
                            FirearmsConduct::IllicitManufacturing,
                        ),
                        ("illicit_trafficking", FirearmsConduct::IllicitTrafficking),
                        ("marking_tampering", FirearmsConduct::MarkingTampering),
                    ],
                )
            }
            "intentional" => e.intentional = r.boolean(n, &path),
            "participation_conduct" => {
                e.participation_conduct = r.choices(
                    n,
                    &path,
                    &[
                        ("agreement", ParticipationConduct::Agreement),
                        (
                            "active_part_criminal",
                            ParticipationConduct::ActivePartCriminal,
                        ),
                        ("active_part_other", ParticipationConduct::ActivePartOther),
                        ("organizing", ParticipationConduct::Organizing),
                    ],
                )
            }
            "object_crime_serious" => e.object_crime_serious = r.boolean(n, &path),
            "agreement_benefit" => e.agreement_benefit = r.boolean(n, &path),
            "overt_act" => e.overt_act = r.boolean(n, &path),
            "knew_group_aim" => e.knew_group_aim = r.boolean(n, &path),
            "knew_contribution" => e.knew_contribution = r.boolean(n, &path),
            "laundering_conduct" => {
                e.laundering_conduct = r.choices(
                    n,
                    &path,
                    &[
                        ("convert_or_transfer", LaunderingConduct::ConvertOrTransfer),
                        ("conceal_or_disguise", LaunderingConduct::ConcealOrDisguise),
                        ("acquire_possess_use", LaunderingConduct::AcquirePossessUse),
                        ("ancillary", LaunderingConduct::Ancillary),
                    ],
                )
            }
            "knew_proceeds" => e.knew_proceeds = r.boolean(n, &path),
            "laundering_purpose" => {
                e.laundering_purpose = r.choice(
                    n,
                    &path,
                    &[
                        ("conceal_origin", LaunderingPurpose::ConcealOrigin),
                        ("help_evade", LaunderingPurpose::HelpEvade),
                        ("none", LaunderingPurpose::None),
                    ],
                )
            }
            "predicate" => {
                e.predicate = r.choice(
                    n,
                    &path,
                    &[
                        ("serious_crime", PredicateKind::SeriousCrime),
                        ("convention_offence", PredicateKind::ConventionOffence),
                        ("other", PredicateKind::Other),
                    ],
                )
            }
            "predicate_committed_in" => e.predicate_committed_in = r.state(n, &path),
            "predicate_punishable_in" => {
                e.predicate_punishable_in = r.state_map(n, &path, |r, n, p| r.boolean(n, p))
            }
            "self_laundering" => e.self_laundering = r.boolean(n, &path),
            "bribery" => {
                e.bribery = r.choice(
                    n,
                    &path,
                    &[
                        ("active", BriberySide::Active),
                        ("passive", BriberySide::Passive),
                    ],
                )
            }
            "official" => {
                e.official = r.choice(
                    n,
                    &path,
                    &[
                        ("national", OfficialKind::National),
                        ("foreign", OfficialKind::Foreign),
                        ("international", OfficialKind::International),
                    ],
                )
            }
            "undue_advantage" => e.undue_advantage = r.boolean(n, &path),
            "official_act" => e.official_act = r.boolean(n, &path),
            "obstruction_means" => {
                e.obstruction_means = r.choices(
                    n,
                    &path,
                    &[
                        ("physical_force", ObstructionMeans::PhysicalForce),
                        ("threats", ObstructionMeans::Threats),
                        ("intimidation", ObstructionMeans::Intimidation),
                        ("undue_advantage", ObstructionMeans::UndueAdvantage),
                    ],
                )
            }
            "obstruction_aim" => {
                e.obstruction_aim = r.choice(
                    n,
                    &path,
                    &[
                        ("false_testimony", ObstructionAim::FalseTestimony),
                        (
                            "interfere_with_evidence",
                            ObstructionAim::InterfereWithEvidence,
                        ),
                        (
                            "interfere_with_official",
                            ObstructionAim::InterfereWithOfficial,
                        ),
                    ],
                )
            }
            "proceeding_covered" => e.proceeding_covered = r.boolean(n, &path),
            _ => {}
        }
    }
    e
}

fn read_other_basis(r: &mut Reader<'_>, node: &Node, prefix: &str) -> Option<OtherBasis> {
    let t = r.table(
        node,
        prefix,
        &[
            "instrument",
            "name",
            "in_force_between",
            "kinds",
            "covers_offence",
        ],
    )?;
    let instruments: Vec<(&str, OtherInstrument)> = OtherInstrument::ALL
        .iter()
        .map(|i| (i.as_str(), *i))
        .collect();
    let kinds: Vec<(&str, RequestKind)> =
        RequestKind::ALL.iter().map(|k| (k.as_str(), *k)).collect();
    let mut b = OtherBasis {
        instrument: OtherInstrument::Other,
        name: None,
        in_force_between: None,
        kinds: None,
        covers_offence: None,
    };
    let mut has_instrument = false;
    for x in t {
        let path = format!("{prefix}.{}", x.key);
        let n = &x.node;
        match x.key.as_str() {
            "instrument" => {
                if let Some(i) = r.choice(n, &path, &instruments) {
                    b.instrument = i;
                    has_instrument = true;
                }
            }
            "name" => b.name = r.string(n, &path),
            "in_force_between" => b.in_force_between = r.boolean(n, &path),
            "kinds" => b.kinds = r.choices(n, &path, &kinds),
            "covers_offence" => b.covers_offence = r.boolean(n, &path),
            _ => {}
        }
    }
    if !has_instrument && !t.iter().any(|x| x.key == "instrument") {
        r.error(
            &node.span,
            prefix,
            format!(
                "missing `instrument`: expected one of {}",
                instruments
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        return None;
    }
    Some(b)
}

fn read_group(r: &mut Reader<'_>, node: &Node) -> Group {
    let mut g = Group::default();
    let Some(t) = r.table(node, "group", GROUP) else {
        return g;
    };
    for e in t {
        let path = format!("group.{}", e.key);
        let n = &e.node;
        match e.key.as_str() {
            "members" => {
                r.record(&path, &n.span);
                match n.value {
                    Value::Int(i) if (1..=1_000_000).contains(&i) => g.members = Some(i as u32),
                    Value::Int(i) => r.error(
                        &n.span,
                        &path,
                        format!("{i} is not a number of persons: expected a whole number from 1"),
                    ),
                    _ => r.wrong_type(n, &path, "a whole number"),
                }
            }
            "randomly_formed" => g.randomly_formed = r.boolean(n, &path),
            "exists_for_period" => g.exists_for_period = r.boolean(n, &path),
            "acts_in_concert" => g.acts_in_concert = r.boolean(n, &path),
            "aims" => {
                g.aims = r.choices(
                    n,
                    &path,
                    &[
                        ("serious_crime", Aim::SeriousCrime),
                        ("convention_offence", Aim::ConventionOffence),
                        ("other", Aim::Other),
                    ],
                )
            }
            "benefit" => {
                g.benefit = r.choice(
                    n,
                    &path,
                    &[
                        ("financial", Benefit::Financial),
                        ("other_material", Benefit::OtherMaterial),
                        ("none", Benefit::None),
                        ("political_ideological", Benefit::PoliticalIdeological),
                    ],
                )
            }
            "active_in" => g.active_in = r.states(n, &path),
            _ => {}
        }
    }
    g
}

fn read_state(r: &mut Reader<'_>, node: &Node, prefix: &str) -> StateFacts {
    let mut s = StateFacts::default();
    let Some(t) = r.table(node, prefix, STATE) else {
        return s;
    };
    for e in t {
        let path = format!("{prefix}.{}", e.key);
        let n = &e.node;
        match e.key.as_str() {
            "name" => s.name = r.string(n, &path),
            "untoc_consent" => s.untoc_consent = r.consent(n, &path),
            "protocols" => {
                if let Some(pt) = r.table(n, &path, PROTOCOLS) {
                    for p in pt {
                        let pp = format!("{path}.{}", p.key);
                        let instrument = match p.key.as_str() {
                            "tip" => Instrument::Tip,
                            "som" => Instrument::Som,
                            "firearms" => Instrument::Firearms,
                            _ => continue,
                        };
                        if let Some(c) = r.consent(&p.node, &pp) {
                            s.protocols.insert(instrument, c);
                        }
                    }
                }
            }
            "untoc_denunciation" => s.untoc_denunciation = r.date(n, &path),
            "extradition_requires_treaty" => s.extradition_requires_treaty = r.boolean(n, &path),
            "convention_as_extradition_basis" => {
                s.convention_as_extradition_basis = r.boolean(n, &path)
            }
            "central_authority" => s.central_authority = r.string(n, &path),
            "languages" => {
                if let Some(items) = r.array(n, &path, "an array of language names") {
                    let mut v = Vec::new();
                    let mut seen = Seen::default();
                    for (i, item) in items.iter().enumerate() {
                        if let Some(l) = r.string(item, &format!("{path}[{i}]")) {
                            if r.once(&mut seen, &l, i, &item.span, &path, "language") {
                                v.push(l);
                            }
                        }
                    }
                    s.languages = Some(v);
                }
            }
            "within_competence" => s.within_competence = r.boolean(n, &path),
            "confiscation_requires_treaty" => s.confiscation_requires_treaty = r.boolean(n, &path),
            "art35_opt_out" => s.art35_opt_out = r.boolean(n, &path),
            "protocol_dispute_opt_out" => {
                if let Some(pt) = r.table(n, &path, PROTOCOLS) {
                    for p in pt {
                        let pp = format!("{path}.{}", p.key);
                        let instrument = match p.key.as_str() {
                            "tip" => Instrument::Tip,
                            "som" => Instrument::Som,
                            "firearms" => Instrument::Firearms,
                            _ => continue,
                        };
                        if let Some(b) = r.boolean(&p.node, &pp) {
                            s.protocol_dispute_opt_out.insert(instrument, b);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    s
}

fn read_domestic_law(r: &mut Reader<'_>, node: &Node, case: &mut Case) {
    let Value::Table(states) = &node.value else {
        r.wrong_type(
            node,
            "domestic_law",
            "a table of States, e.g. [domestic_law.KEN]",
        );
        return;
    };
    for s in states {
        let path = format!("domestic_law.{}", s.key);
        let Some(code) = r.state_code(&s.key, &s.key_span, &path) else {
            continue;
        };
        let Value::Table(answers) = &s.node.value else {
            r.wrong_type(
                &s.node,
                &path,
                "a table of question ids and true/false answers",
            );
            continue;
        };
        let mut map = BTreeMap::new();
        for a in answers {
            let field = format!("{path}.\"{}\"", a.key);
            let Some(q) = question(&a.key) else {
                r.error_hinted(
                    &a.key_span,
                    &field,
                    format!("unknown domestic-law question `{}`", a.key),
                    &a.key,
                    Candidates::Questions,
                    "; `palermo explain questions` lists them",
                );
                continue;
            };
            if let Some(b) = r.boolean(&a.node, &field) {
                map.insert(a.key.clone(), b);
                let role_state = match q.role {
                    Role::Requested => case.request.requested_state,
                    Role::Requesting => case.request.requesting_state,
                    // Which of the two depends on --serious-crime-law.
                    Role::OffenceLaw => None,
                };
                if q.role == Role::OffenceLaw
                    && Some(code) != case.request.requesting_state
                    && Some(code) != case.request.requested_state
                {
                    r.warn(&a.key_span, &field, format!("this question is asked of the requesting or the requested State, not {code}: the answer will not be used"));
                }
                if let Some(expected) = role_state {
                    if expected != code {
                        let role = if q.role == Role::Requested {
                            "requested"
                        } else {
                            "requesting"
                        };
                        r.warn(&a.key_span, &field, format!("this question is asked of the {role} State ({expected}), not {code}: the answer will not be used"));
                    }
                }
            }
        }
        case.domestic_law.insert(code, map);
    }
}

fn read_expect(r: &mut Reader<'_>, node: &Node) -> Vec<Expectation> {
    let mut out = Vec::new();
    let Value::Table(entries) = &node.value else {
        r.wrong_type(node, "expect", "a table of finding ids and outcomes");
        return out;
    };
    let outcomes = [
        ("yes", Outcome::Yes),
        ("no", Outcome::No),
        ("undetermined", Outcome::Undetermined),
        ("depends_on_domestic_law", Outcome::DependsOnDomesticLaw),
        ("conflict", Outcome::Conflict),
    ];
    let strengths: Vec<(&str, Strength)> = Strength::ALL.iter().map(|s| (s.as_str(), *s)).collect();
    for e in entries {
        let path = format!("expect.\"{}\"", e.key);
        if palermo_rules::catalogue::spec_for(&e.key).is_none() {
            r.error_hinted(
                &e.key_span,
                &path,
                format!("`{}` is not a finding id the engine emits", e.key),
                &e.key,
                Candidates::Findings,
                "; `palermo explain` lists them",
            );
            continue;
        }
        let (line, column) = r.position(e.key_span.start);
        r.expect_keys.insert(e.key.clone(), e.key_span.clone());
        let (outcome, because, strength) = match &e.node.value {
            Value::Str(_) => (r.choice(&e.node, &path, &outcomes), Vec::new(), None),
            Value::Table(_) => {
                let Some(t) = r.table(&e.node, &path, EXPECT_DETAIL) else {
                    continue;
                };
                let outcome = match find(t, "outcome") {
                    Some(o) => r.choice(&o.node, &format!("{path}.outcome"), &outcomes),
                    None => {
                        r.error(&e.node.span, &path, "missing `outcome`".into());
                        None
                    }
                };
                let mut because = Vec::new();
                if let Some(b) = find(t, "because") {
                    if let Some(items) = r.array(
                        &b.node,
                        &format!("{path}.because"),
                        "an array of finding ids",
                    ) {
                        let list = format!("{path}.because");
                        let mut seen = Seen::default();
                        for (i, item) in items.iter().enumerate() {
                            if let Some(s) = r.string(item, &format!("{list}[{i}]")) {
                                if r.once(&mut seen, &s, i, &item.span, &list, "finding id") {
                                    because.push(s);
                                }
                            }
                        }
                    }
                }
                let strength = find(t, "strength")
                    .and_then(|s| r.choice(&s.node, &format!("{path}.strength"), &strengths));
                (outcome, because, strength)
            }
            _ => {
                r.wrong_type(
                    &e.node,
                    &path,
                    "an outcome string or { outcome = ..., because = [...], strength = ... }",
                );
                continue;
            }
        };
        if let Some(outcome) = outcome {
            out.push(Expectation {
                id: e.key.clone(),
                outcome,
                because,
                strength,
                line,
                column,
            });
        }
    }
    out
}

/// Facts that contradict each other: an error where the contract says so
/// (`punishable_in` against `max_penalty`), a warning otherwise.
fn check_consistency(r: &mut Reader<'_>, case: &Case, expectations: &[Expectation]) {
    let span_of = |r: &Reader<'_>, path: &str| r.spans.get(path).cloned().unwrap_or(0..0);
    for (i, o) in case.offences.iter().enumerate() {
        let prefix = if case.several_offences {
            format!("offences[{}]", i + 1)
        } else {
            "offence".into()
        };
        for (state, punishable) in &o.punishable_in {
            if let Some(p) = o.max_penalty.get(state) {
                let implied = *p != Penalty::NotAnOffence;
                if implied != *punishable {
                    let path = format!("{prefix}.punishable_in.{state}");
                    let span = span_of(r, &path);
                    r.error(
                        &span,
                        &path,
                        format!(
                            "contradicts `{prefix}.max_penalty.{state}` = \"{}\": a maximum other than \"none\" means the conduct is punishable there, and \"none\" that it is not",
                            match p {
                                Penalty::NotAnOffence => "none".to_string(),
                                other => other.describe(),
                            }
                        ),
                    );
                }
            }
        }
        if let (Some(c), Some(a)) = (o.conduct_date, case.as_of) {
            if c > a {
                let path = format!("{prefix}.conduct_date");
                let span = span_of(r, &path);
                r.warn(
                    &span,
                    &path,
                    format!("the conduct date {c} is after as_of {a}"),
                );
            }
        }
    }
    if let Some(n) = case.group.members {
        if n < 3 {
            if case.suspicion.organized_criminal_group == Some(true) {
                let span = span_of(r, "suspicion.organized_criminal_group");
                r.warn(&span, "suspicion.organized_criminal_group", format!("contradicts `group.members` = {n}: an organized criminal group has at least three persons (art. 2(a)); the suspicion limb of art. 18(1) will rest on this statement alone"));
            }
            if expectations
                .iter()
                .any(|e| e.id == "art2.a.organized_criminal_group" && e.outcome == Outcome::Yes)
            {
                let path = "expect.\"art2.a.organized_criminal_group\"";
                let span = r
                    .expect_keys
                    .get("art2.a.organized_criminal_group")
                    .cloned()
                    .unwrap_or(0..0);
                r.warn(&span, path, format!("expects an organized criminal group, but `group.members` = {n} (at least three are needed, art. 2(a))"));
            }
        }
    }
    if case.group.randomly_formed == Some(true)
        && case.suspicion.organized_criminal_group == Some(true)
    {
        let span = span_of(r, "suspicion.organized_criminal_group");
        r.warn(&span, "suspicion.organized_criminal_group", "contradicts `group.randomly_formed` = true: a group formed at random for one offence is not a structured group (art. 2(c))".into());
    }
    if let (Some(a), Some(b)) = (case.request.requesting_state, case.request.requested_state) {
        if a == b {
            let span = span_of(r, "request.requested_state");
            r.error(&span, "request.requested_state", format!("the same State as request.requesting_state (`{a}`): cooperation needs two States"));
        }
    }
    for (code, s) in &case.states {
        if let Some(Consent::Deposited(u)) = s.untoc_consent {
            for (p, c) in &s.protocols {
                if let Consent::Deposited(d) = c {
                    if *d < u {
                        let path = format!("states.{code}.protocols.{}", p.key());
                        let span = span_of(r, &path);
                        r.warn(&span, &path, format!("deposited {d}, before the Convention ({u}); only a party to the Convention can become a party to a Protocol (art. 37(2))"));
                    }
                }
            }
        }
    }
}
