//! Aggregate figures over the registry: how many requests there were, how
//! many relied on the Convention as their legal basis (recommendation 79(a)
//! of the background paper), how long execution took and on which grounds
//! requests were refused, in the shape the Conference of the Parties asks
//! for.
//!
//! Everything here is a count, a day span or a code. No reference, note,
//! offence wording, authority name or attachment ever reaches a
//! [`Statistics`] value, so the JSON and CSV written from it carry no case
//! content (a test fills every free-text field with a marker and looks for it
//! in the output).
//!
//! # Counting rules
//!
//! * A record is dated by [`RequestDraft::start_date`]: the day it was sent
//!   (outgoing) or received (incoming). That date is what [`Filter::from`]
//!   and [`Filter::to`] compare against (both bounds inclusive) and what
//!   gives the year. A record with no start date is kept only when neither
//!   bound is set, and is counted under the year [`UNDATED`].
//! * The counterpart is the other State: the requested State of an outgoing
//!   request, the requesting State of an incoming one.
//! * `by_crime_type` counts a request once under each distinct crime type it
//!   names, so a request with two crime types appears in two rows and the
//!   rows can add up to more than `requests`. A request that names none is
//!   counted under [`UNSPECIFIED`].
//! * The outcome is the last status of the timeline when that status closes
//!   the request (`executed`, `partly_executed`, `refused`, `withdrawn`) and
//!   [`PENDING`] otherwise, including a record with an empty timeline.
//! * Breakdown rows list only keys that occur, sorted by key as text, except
//!   years, which run in ascending number with [`UNDATED`] last.
//! * A refusal-ground row counts the requests that cite the ground, whatever
//!   their status (a postponement ground is cited on requests that are not
//!   refused). `refused` counts requests whose last status is `refused`;
//!   `refused_without_ground` those among them that cite no ground;
//!   `refused_on_ruled_out_ground` those that cite at least one ground the
//!   Convention rules out as a sole ground (bank secrecy, fiscal matters),
//!   the figure to take up with the counterpart.
//!
//! # Days to execution
//!
//! Only records with both a start date and an execution date (full or
//! partial, see [`RequestDraft::days_to_execution`]) count. A negative span
//! can only come from a timeline out of order, which validation rejects; it
//! is left out rather than pulled into the figures. Percentiles use the
//! nearest-rank definition: with the `n` spans sorted ascending, the p-th
//! percentile is the value at 1-based rank `ceil(p × n / 100)`. The median is
//! the 50th percentile under that rule, so for an even count it is the lower
//! of the two middle values, never an average: every figure reported is a
//! span some request actually took, in whole days.
//!
//! # Anonymised export
//!
//! [`anonymise`] replaces every count from 1 to `min_cell - 1` in the
//! breakdowns, the day summaries and the refusal figures by
//! [`Count::Below`]`(min_cell)`, written as the string `"<5"` (for a
//! threshold of 5) in JSON and CSV where an exact count is a number. Zero is
//! kept: an empty cell identifies nobody. A day summary whose count is
//! suppressed loses its median and p90 too, since with one request they
//! would be that request's own span. The two totals (`requests`,
//! `convention_basis`) stay exact. Only small cells are hidden (primary
//! suppression): when a breakdown has a single suppressed cell its value can
//! still be worked out from the total, so look at the output before
//! publishing a return cut very fine.
//!
//! # CSV layout
//!
//! [`to_csv`] writes one table in long form, one observation a line, with
//! the header
//!
//! ```text
//! dimension,key,requests,convention_basis,median,p90,provision,standing
//! ```
//!
//! | `dimension` | `key` | filled columns |
//! |---|---|---|
//! | `total` | `all` | `requests`, `convention_basis` |
//! | `year`, `kind`, `crime_type`, `counterpart`, `direction`, `outcome` | the row's key | `requests`, `convention_basis` |
//! | `days_to_execution` | `all` or a kind | `requests` (how many requests the figures rest on), `median`, `p90` (days) |
//! | `refusal` | `refused`, `without_ground`, `on_ruled_out_ground` | `requests` |
//! | `refusal_ground` | the ground's code | `requests`, `provision`, `standing` |
//!
//! Columns that do not apply are left empty. A suppressed count reads `<5`.
//! A key that a spreadsheet would take for a formula (first character `=`,
//! `+`, `-`, `@`, tab or carriage return) is written with a leading `'`.
//! The filter is not in the CSV; the JSON echoes it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::grounds::{Ground, Standing};
use crate::model::{Direction, Kind, RequestDraft, Status};

/// The year of a record with no start date.
pub const UNDATED: &str = "undated";
/// The outcome of a request that is not closed.
pub const PENDING: &str = "pending";
/// The crime type of a request that names none.
pub const UNSPECIFIED: &str = "unspecified";
/// The key of the overall day summary.
pub const ALL: &str = "all";

/// Which records to count. The default counts every record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    /// Earliest start date counted (inclusive). Setting it, or `to`, leaves
    /// out records with no start date.
    #[schema(value_type = Option<String>, format = Date, example = "2024-01-01")]
    pub from: Option<Date>,
    /// Latest start date counted (inclusive).
    #[schema(value_type = Option<String>, format = Date, example = "2024-12-31")]
    pub to: Option<Date>,
    /// Only requests sent, or only requests received.
    pub direction: Option<Direction>,
    /// Only this kind of cooperation.
    pub kind: Option<Kind>,
    /// Only requests naming this crime type (exact match).
    pub crime_type: Option<String>,
    /// Only requests with this other State (ISO 3166-1 alpha-3, compared
    /// without regard to ASCII case).
    #[schema(example = "XAA")]
    pub counterpart: Option<String>,
}

impl Filter {
    /// Whether `r` is counted under this filter.
    pub fn matches(&self, r: &RequestDraft) -> bool {
        if self.from.is_some() || self.to.is_some() {
            let Some(start) = r.start_date() else {
                return false;
            };
            if self.from.is_some_and(|from| start < from) || self.to.is_some_and(|to| start > to) {
                return false;
            }
        }
        if self.direction.is_some_and(|d| d != r.direction) {
            return false;
        }
        if self.kind.is_some_and(|k| k != r.kind) {
            return false;
        }
        if let Some(t) = &self.crime_type {
            if !r.crime_types.iter().any(|c| c == t) {
                return false;
            }
        }
        if let Some(c) = &self.counterpart {
            if !counterpart(r).eq_ignore_ascii_case(c) {
                return false;
            }
        }
        true
    }
}

/// The other State of a request, seen from the recording authority: the
/// requested State of an outgoing request, the requesting State of an
/// incoming one.
pub fn counterpart(r: &RequestDraft) -> &str {
    match r.direction {
        Direction::Outgoing => &r.requested_state,
        Direction::Incoming => &r.requesting_state,
    }
}

/// A count in a breakdown: exact, or hidden because it is small.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Count {
    /// The number itself (JSON: a number).
    Exact(u64),
    /// At least 1 and below the threshold carried (JSON and CSV: the string
    /// `"<5"` for a threshold of 5).
    Below(u64),
}

impl Count {
    /// The number, unless suppressed.
    pub fn exact(self) -> Option<u64> {
        match self {
            Count::Exact(n) => Some(n),
            Count::Below(_) => None,
        }
    }

    /// Whether the count was suppressed.
    pub fn is_suppressed(self) -> bool {
        matches!(self, Count::Below(_))
    }
}

impl Default for Count {
    fn default() -> Count {
        Count::Exact(0)
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Exact(n) => write!(f, "{n}"),
            Count::Below(k) => write!(f, "<{k}"),
        }
    }
}

impl Serialize for Count {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Count::Exact(n) => s.serialize_u64(*n),
            Count::Below(_) => s.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a count (a number, or `<k` when suppressed)")
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Count, E> {
                Ok(Count::Exact(n))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Count, E> {
                u64::try_from(n)
                    .map(Count::Exact)
                    .map_err(|_| E::custom(format!("a count cannot be negative: {n}")))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Count, E> {
                s.strip_prefix('<')
                    .and_then(|k| k.parse().ok())
                    .map(Count::Below)
                    .ok_or_else(|| E::custom(format!("`{s}` is not a count: expected `<k`")))
            }
        }
        d.deserialize_any(V)
    }
}

impl utoipa::PartialSchema for Count {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, SchemaType, Type};
        OneOfBuilder::new()
            .item(
                ObjectBuilder::new()
                    .schema_type(SchemaType::new(Type::Integer))
                    .minimum(Some(0)),
            )
            .item(
                ObjectBuilder::new()
                    .schema_type(SchemaType::new(Type::String))
                    .pattern(Some("^<[0-9]+$")),
            )
            .description(Some(
                "A number of requests; in an anonymised export, `<k` for a count from 1 to k-1",
            ))
            .into()
    }
}

impl ToSchema for Count {}

/// One row of a breakdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Row {
    /// The year, kind, crime type, State, direction or outcome.
    pub key: String,
    /// Requests under this key.
    pub requests: Count,
    /// Those of them relying on the Convention as a legal basis.
    pub convention_basis: Count,
}

/// How long execution took, in days, for a set of requests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DaysRow {
    /// `all`, or a kind of cooperation.
    pub key: String,
    /// Requests the figures rest on (executed in full or in part, with both
    /// dates).
    pub count: Count,
    /// Median span, nearest rank (the lower middle value for an even
    /// count); none when the count is suppressed.
    pub median: Option<i64>,
    /// 90th percentile, nearest rank; none when the count is suppressed.
    pub p90: Option<i64>,
}

/// Days from the start of a request to its execution.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DaysToExecution {
    /// Over every kind; none when no request qualifies.
    pub all: Option<DaysRow>,
    /// Per kind, only kinds with at least one qualifying request, sorted by
    /// kind.
    pub by_kind: Vec<DaysRow>,
}

/// How many requests cite one coded refusal ground.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroundRow {
    /// The ground's code.
    pub code: Ground,
    /// The provision that allows, leaves open or rules out the ground, in
    /// canonical form (`UNTOC art. 18(8)`); none for `other`.
    pub provision: Option<String>,
    /// Where the ground stands under the Convention.
    pub standing: Standing,
    /// Requests citing it.
    pub requests: Count,
}

/// The aggregate figures for the records a [`Filter`] keeps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Statistics {
    /// The filter the figures were computed under.
    pub filter: Filter,
    /// The threshold below which counts were suppressed, if this is an
    /// anonymised export.
    pub min_cell: Option<u64>,
    /// Requests counted.
    pub requests: u64,
    /// Those relying on the Convention (or a Protocol) as a legal basis.
    pub convention_basis: u64,
    /// By year of the start date, ascending, `undated` last.
    pub by_year: Vec<Row>,
    /// By kind of cooperation.
    pub by_kind: Vec<Row>,
    /// By crime type: a request naming two crime types counts in both rows,
    /// so these rows may add up to more than `requests`.
    pub by_crime_type: Vec<Row>,
    /// By the other State.
    pub by_counterpart: Vec<Row>,
    /// By direction.
    pub by_direction: Vec<Row>,
    /// By outcome: the final status, or `pending`.
    pub by_outcome: Vec<Row>,
    /// Days from start to execution.
    pub days_to_execution: DaysToExecution,
    /// Requests refused.
    pub refused: Count,
    /// Refused with no ground recorded.
    pub refused_without_ground: Count,
    /// Refused citing at least one ground the Convention rules out as a
    /// sole ground.
    pub refused_on_ruled_out_ground: Count,
    /// Per coded ground cited, sorted by code.
    pub refusal_grounds: Vec<GroundRow>,
}

#[derive(Clone, Copy, Default)]
struct Cell {
    requests: u64,
    convention: u64,
}

impl Cell {
    fn add(&mut self, convention: bool) {
        self.requests += 1;
        self.convention += u64::from(convention);
    }
}

/// Year key: undated sorts after every year.
type YearKey = (bool, i16);

#[derive(Default)]
struct Tally<'a> {
    requests: u64,
    convention: u64,
    by_year: BTreeMap<YearKey, Cell>,
    by_kind: BTreeMap<&'static str, Cell>,
    by_crime_type: BTreeMap<&'a str, Cell>,
    by_counterpart: BTreeMap<&'a str, Cell>,
    by_direction: BTreeMap<&'static str, Cell>,
    by_outcome: BTreeMap<&'static str, Cell>,
    days: Vec<i64>,
    days_by_kind: BTreeMap<&'static str, Vec<i64>>,
    grounds: BTreeMap<&'static str, (Ground, u64)>,
    refused: u64,
    refused_without_ground: u64,
    refused_on_ruled_out_ground: u64,
}

impl<'a> Tally<'a> {
    fn add(&mut self, r: &'a RequestDraft) {
        let conv = r.relies_on_convention();
        self.requests += 1;
        self.convention += u64::from(conv);

        let year = match r.start_date() {
            Some(d) => (false, d.year()),
            None => (true, 0),
        };
        self.by_year.entry(year).or_default().add(conv);
        self.by_kind.entry(r.kind.as_str()).or_default().add(conv);
        let crime_types: BTreeSet<&str> = r.crime_types.iter().map(String::as_str).collect();
        if crime_types.is_empty() {
            self.by_crime_type.entry(UNSPECIFIED).or_default().add(conv);
        }
        for t in crime_types {
            self.by_crime_type.entry(t).or_default().add(conv);
        }
        self.by_counterpart
            .entry(counterpart(r))
            .or_default()
            .add(conv);
        self.by_direction
            .entry(r.direction.as_str())
            .or_default()
            .add(conv);
        let outcome = match r.status() {
            Some(s) if s.is_final() => s.as_str(),
            _ => PENDING,
        };
        self.by_outcome.entry(outcome).or_default().add(conv);

        if let Some(days) = r.days_to_execution().filter(|d| *d >= 0) {
            self.days.push(days);
            self.days_by_kind
                .entry(r.kind.as_str())
                .or_default()
                .push(days);
        }

        let grounds: BTreeSet<Ground> = r.refusal_grounds.iter().copied().collect();
        for g in &grounds {
            self.grounds.entry(g.code()).or_insert((*g, 0)).1 += 1;
        }
        if r.status() == Some(Status::Refused) {
            self.refused += 1;
            if grounds.is_empty() {
                self.refused_without_ground += 1;
            }
            if grounds.iter().any(|g| g.standing() == Standing::RuledOut) {
                self.refused_on_ruled_out_ground += 1;
            }
        }
    }

    fn finish(self, filter: Filter) -> Statistics {
        let by_year = self
            .by_year
            .into_iter()
            .map(|((undated, year), c)| {
                let key = if undated {
                    UNDATED.to_owned()
                } else {
                    year.to_string()
                };
                row(key, c)
            })
            .collect();
        let days_by_kind = self
            .days_by_kind
            .into_iter()
            .filter_map(|(k, mut v)| days_row(k, &mut v))
            .collect();
        let mut days = self.days;
        Statistics {
            filter,
            min_cell: None,
            requests: self.requests,
            convention_basis: self.convention,
            by_year,
            by_kind: rows(self.by_kind),
            by_crime_type: rows(self.by_crime_type),
            by_counterpart: rows(self.by_counterpart),
            by_direction: rows(self.by_direction),
            by_outcome: rows(self.by_outcome),
            days_to_execution: DaysToExecution {
                all: days_row(ALL, &mut days),
                by_kind: days_by_kind,
            },
            refused: Count::Exact(self.refused),
            refused_without_ground: Count::Exact(self.refused_without_ground),
            refused_on_ruled_out_ground: Count::Exact(self.refused_on_ruled_out_ground),
            refusal_grounds: self
                .grounds
                .into_values()
                .map(|(g, n)| GroundRow {
                    code: g,
                    provision: g.provision().map(|p| p.to_string()),
                    standing: g.standing(),
                    requests: Count::Exact(n),
                })
                .collect(),
        }
    }
}

fn row(key: String, c: Cell) -> Row {
    Row {
        key,
        requests: Count::Exact(c.requests),
        convention_basis: Count::Exact(c.convention),
    }
}

fn rows(m: BTreeMap<&str, Cell>) -> Vec<Row> {
    m.into_iter().map(|(k, c)| row(k.to_owned(), c)).collect()
}

fn days_row(key: &str, spans: &mut [i64]) -> Option<DaysRow> {
    spans.sort_unstable();
    Some(DaysRow {
        key: key.to_owned(),
        count: Count::Exact(spans.len() as u64),
        median: Some(nearest_rank(spans, 50)?),
        p90: Some(nearest_rank(spans, 90)?),
    })
}

/// The `p`-th percentile (0 < p ≤ 100) of `sorted` by nearest rank: the
/// value at 1-based rank `ceil(p × n / 100)`. None for an empty slice.
pub fn nearest_rank(sorted: &[i64], p: u64) -> Option<i64> {
    let n = sorted.len() as u64;
    let rank = p.saturating_mul(n).div_ceil(100).clamp(1, n.max(1));
    let i = usize::try_from(rank - 1).ok()?;
    sorted.get(i).copied()
}

/// Counts the records `filter` keeps. See the module documentation for the
/// counting rules.
pub fn compute<'a>(
    records: impl IntoIterator<Item = &'a RequestDraft>,
    filter: &Filter,
) -> Statistics {
    let mut tally = Tally::default();
    for r in records {
        if filter.matches(r) {
            tally.add(r);
        }
    }
    tally.finish(filter.clone())
}

/// The same figures with every count from 1 to `min_cell - 1` suppressed
/// (shown as `<min_cell`), except the two totals; see the module
/// documentation. Suppressing twice keeps the larger threshold in
/// `min_cell`.
pub fn anonymise(s: &Statistics, min_cell: u64) -> Statistics {
    let hide = |c: Count| match c {
        Count::Exact(n) if n >= 1 && n < min_cell => Count::Below(min_cell),
        other => other,
    };
    let rows = |v: &[Row]| -> Vec<Row> {
        v.iter()
            .map(|r| Row {
                key: r.key.clone(),
                requests: hide(r.requests),
                convention_basis: hide(r.convention_basis),
            })
            .collect()
    };
    let days = |d: &DaysRow| {
        let count = hide(d.count);
        let shown = !count.is_suppressed();
        DaysRow {
            key: d.key.clone(),
            count,
            median: d.median.filter(|_| shown),
            p90: d.p90.filter(|_| shown),
        }
    };
    Statistics {
        filter: s.filter.clone(),
        min_cell: Some(s.min_cell.map_or(min_cell, |m| m.max(min_cell))),
        requests: s.requests,
        convention_basis: s.convention_basis,
        by_year: rows(&s.by_year),
        by_kind: rows(&s.by_kind),
        by_crime_type: rows(&s.by_crime_type),
        by_counterpart: rows(&s.by_counterpart),
        by_direction: rows(&s.by_direction),
        by_outcome: rows(&s.by_outcome),
        days_to_execution: DaysToExecution {
            all: s.days_to_execution.all.as_ref().map(days),
            by_kind: s.days_to_execution.by_kind.iter().map(days).collect(),
        },
        refused: hide(s.refused),
        refused_without_ground: hide(s.refused_without_ground),
        refused_on_ruled_out_ground: hide(s.refused_on_ruled_out_ground),
        refusal_grounds: s
            .refusal_grounds
            .iter()
            .map(|g| GroundRow {
                requests: hide(g.requests),
                ..g.clone()
            })
            .collect(),
    }
}

/// The CSV header; see the module documentation for the layout.
pub const CSV_HEADER: [&str; 8] = [
    "dimension",
    "key",
    "requests",
    "convention_basis",
    "median",
    "p90",
    "provision",
    "standing",
];

/// One line of the CSV, before it is written.
struct Line<'a> {
    dimension: &'a str,
    key: &'a str,
    requests: String,
    convention_basis: String,
    median: String,
    p90: String,
    provision: &'a str,
    standing: &'a str,
}

impl<'a> Line<'a> {
    fn new(dimension: &'a str, key: &'a str, requests: Count) -> Line<'a> {
        Line {
            dimension,
            key,
            requests: requests.to_string(),
            convention_basis: String::new(),
            median: String::new(),
            p90: String::new(),
            provision: "",
            standing: "",
        }
    }
}

/// A cell a spreadsheet would not read as a formula.
fn inert(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

fn write_csv(s: &Statistics, w: &mut csv::Writer<Vec<u8>>) -> csv::Result<()> {
    let mut lines = Vec::new();
    lines.push(Line {
        convention_basis: s.convention_basis.to_string(),
        ..Line::new("total", ALL, Count::Exact(s.requests))
    });
    for (dimension, rows) in [
        ("year", &s.by_year),
        ("kind", &s.by_kind),
        ("crime_type", &s.by_crime_type),
        ("counterpart", &s.by_counterpart),
        ("direction", &s.by_direction),
        ("outcome", &s.by_outcome),
    ] {
        lines.extend(rows.iter().map(|r| Line {
            convention_basis: r.convention_basis.to_string(),
            ..Line::new(dimension, &r.key, r.requests)
        }));
    }
    let opt = |d: Option<i64>| d.map(|d| d.to_string()).unwrap_or_default();
    let days = &s.days_to_execution;
    lines.extend(days.all.iter().chain(&days.by_kind).map(|d| Line {
        median: opt(d.median),
        p90: opt(d.p90),
        ..Line::new("days_to_execution", &d.key, d.count)
    }));
    lines.push(Line::new("refusal", "refused", s.refused));
    lines.push(Line::new(
        "refusal",
        "without_ground",
        s.refused_without_ground,
    ));
    lines.push(Line::new(
        "refusal",
        "on_ruled_out_ground",
        s.refused_on_ruled_out_ground,
    ));
    lines.extend(s.refusal_grounds.iter().map(|g| Line {
        provision: g.provision.as_deref().unwrap_or_default(),
        standing: g.standing.as_str(),
        ..Line::new("refusal_ground", g.code.code(), g.requests)
    }));

    w.write_record(CSV_HEADER)?;
    for l in &lines {
        w.write_record([
            l.dimension,
            &inert(l.key),
            &l.requests,
            &l.convention_basis,
            &l.median,
            &l.p90,
            l.provision,
            l.standing,
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// The figures as one CSV table in long form; see the module documentation
/// for the layout.
pub fn to_csv(s: &Statistics) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // A `Vec<u8>` accepts every write, and the csv writer only fails when
    // its sink does, so there is no error to report here.
    if let Err(e) = write_csv(s, &mut w) {
        unreachable!("writing CSV into memory failed: {e}");
    }
    match w.into_inner() {
        Ok(bytes) => String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => unreachable!("flushing CSV into memory failed: {}", e.error()),
    }
}

#[cfg(test)]
pub(crate) mod tests;
