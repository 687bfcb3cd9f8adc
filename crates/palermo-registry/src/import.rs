//! The spreadsheet form of the registry: reading the CSV file a central
//! authority exports from the spreadsheet it keeps its requests in
//! (`palermo registry import FILE`), and writing the same form back
//! (`palermo registry export --format csv`).
//!
//! # What the import promises
//!
//! [`parse`] reads the whole file and either returns every request in it
//! ([`Row`]: the line the record starts on and the draft, checked by
//! [`validate`] and in its canonical form) or every problem it found
//! ([`ImportError`]: line, column, what is wrong and what was expected). It does not stop at the first bad row, and it never
//! returns half a file: the store writes the rows in one transaction only
//! when there is no error at all. A file with a header and no requests is
//! not an error; it gives no rows.
//!
//! At most [`MAX_ERRORS`] problems are listed; when there are more, one
//! last entry says how many were left out and the line the first of them
//! is on.
//!
//! # The file
//!
//! * **Encoding**: UTF-8 text; decoding the file is the caller's part (a
//!   plain "CSV" export from Excel on Windows is in the ANSI code page, not
//!   UTF-8: ask for "CSV UTF-8"). A byte order mark at the very start, which
//!   "CSV UTF-8" writes, is ignored.
//! * **Line ends**: LF, CRLF or a lone CR (old Mac exports), mixed or not.
//! * **Delimiter**: taken from the header line: whichever of comma,
//!   semicolon and tab occurs most often in it outside double quotes. A tie
//!   goes to the comma, then to the semicolon; a header with none of them is
//!   read as comma-separated (and then lacks its required columns).
//!   Spreadsheets in French, Spanish, German and other locales where the
//!   comma is the decimal separator write `;`; "Unicode text" exports write
//!   tabs. The rest of the file uses the same delimiter.
//! * **Quoting**: the usual CSV rules. A cell holding the delimiter, a
//!   double quote or a line break is enclosed in double quotes, and a
//!   double quote inside is doubled. Line numbers in errors are those of the
//!   line a record *starts* on, so a note running over several lines does
//!   not shift the numbers of the rows after it.
//! * **Header**: the first non-blank line names the columns. Names are
//!   compared after trimming spaces and ignoring upper/lower case; the order
//!   of the columns is free. The columns are:
//!
//!   | column | holds | required |
//!   |---|---|---|
//!   | `reference` | the authority's file reference, unique in the file | |
//!   | `direction` | `outgoing` or `incoming` | yes |
//!   | `kind` | `extradition`, `mutual_legal_assistance`, `confiscation`, `transfer_of_sentenced_persons`, `transfer_of_proceedings`, `joint_investigation`, `special_investigative_techniques`, `law_enforcement_cooperation` | yes |
//!   | `requesting_state` | ISO 3166-1 alpha-3 code, upper case (`XAA`-`XZZ` for fictional States) | yes |
//!   | `requested_state` | the same | yes |
//!   | `requesting_authority`, `requested_authority` | names | |
//!   | `crime_types` | list of crime type ids (`wildlife_trafficking`) | |
//!   | `offences` | list of offences as the request names them | |
//!   | `legal_bases` | list of legal bases (below) | |
//!   | `drafted`, `sent`, `received`, `acknowledged`, `executed`, `partly_executed`, `refused`, `withdrawn` | the date of that step, `YYYY-MM-DD` | |
//!   | `refusal_grounds` | list of coded grounds (`mla_bank_secrecy`, see [`Ground`]) | |
//!   | `notes` | free text, line breaks allowed | |
//!
//!   A column that is not there counts as empty in every row. A column
//!   name that is not in the table is an error (with the closest name, if
//!   one is close, and the list of names), and so is a name given twice or
//!   a required column missing. A column with an empty name is tolerated
//!   as long as all its cells are empty: spreadsheets sometimes export a
//!   trailing empty column. When the header has an error the rows are not
//!   read, since it is not settled which cell means what.
//! * **Rows**: one request per record, with as many cells as the header
//!   has columns (a different count is an error for that row: usually a
//!   cell holding the delimiter without quotes). A record whose cells are
//!   all empty or blank is skipped. Every cell is trimmed of surrounding
//!   white space; an empty cell means "not given".
//!
//! # Cells
//!
//! * **Codes** (`direction`, `kind`, the kind of a legal basis, refusal
//!   grounds) are the registry's spellings, upper or lower case accepted;
//!   the import stores them in lower case. State codes are checked as
//!   everywhere in the registry: three upper-case letters.
//! * **Lists** (`crime_types`, `offences`, `legal_bases`,
//!   `refusal_grounds`) separate their entries with `;`. Each entry is
//!   trimmed and empty entries are dropped, so `a; b;` is `a` and `b`. An
//!   entry cannot itself contain `;`: an offence or a treaty name with a
//!   semicolon in it cannot be written in this form (rephrase it, or use
//!   the JSON form). In a file delimited by `;` the list cells are quoted,
//!   which spreadsheets do by themselves.
//! * **Legal bases** are written `kind: reference`, split at the first
//!   colon: `convention: UNTOC art. 16(4)`, `treaty: Treaty on Extradition
//!   between XAA and XBB`, `other_instrument: UNCAC`, `domestic_law: Law
//!   No. 12 of 2019`, and `reciprocity` on its own (it takes no reference).
//!   A Convention basis must name a provision; it is stored in canonical
//!   form.
//! * **Dates** are ISO 8601 calendar dates, `YYYY-MM-DD`, and nothing
//!   else. `14/03/2025` is refused: day/month/year and month/day/year
//!   cannot be told apart in general, and the import does not guess.
//!   `2025-3-14` (no leading zeros), a date with a time, and a bare number
//!   such as `45730` (the serial day number a spreadsheet stores when a
//!   date cell is exported unformatted) are refused too. Format the date
//!   columns as text, or with the `YYYY-MM-DD` number format, before
//!   exporting.
//! * **Timeline**: each filled status column is one step. The steps are
//!   put in date order, and steps on the same day in the order of
//!   [`Status::ALL`] (drafted, sent, received, acknowledged, executed,
//!   partly executed, refused, withdrawn). The record is then checked like
//!   any other, so for example a step dated after `executed` or `refused`
//!   is an error, and refusal grounds need a `refused` date (except
//!   postponement).
//!
//! # Checks
//!
//! Each row is checked by [`validate`] with the [`Context`] given to
//! [`parse`] (the authority's State, the crime catalogue, today's date),
//! and each problem is reported against the
//! column it comes from: a problem with the second legal basis is on
//! column `legal_bases`, "entry 2"; a problem with a step of the timeline
//! is on that step's status column. A problem that only follows from one
//! already reported is left out: with an unreadable direction or State code
//! the States are not compared with the authority's, with an unreadable
//! kind or status date the refusal grounds are not checked against them.
//! Two rows with the same non-empty `reference` (compared exactly, after
//! trimming) are an error on the later row, naming both lines.
//!
//! # Export
//!
//! [`export`] writes the columns above, header first in the order of the
//! table, comma-delimited with LF line ends, lists joined with `; `, dates
//! as `YYYY-MM-DD`, one line per request unless a cell holds a line break
//! (then the cell is quoted). It is the spreadsheet round trip, not a full
//! copy: the assessment snapshot, the attachments' metadata and the notes
//! on the timeline's steps have no column and are left out, and a status
//! that occurs twice in a timeline keeps its first date only. The JSON
//! export is the complete one. It does not check what it writes either: a
//! list entry holding `;` comes back as two entries.
//!
//! So a draft accepted by [`validate`] comes back from [`parse`] (with the
//! same [`Context`]) exactly as it was when it has none of what is left
//! out, no `;` inside a list entry, a reference no other draft in the file
//! has, and its same-day steps in the order of [`Status::ALL`] (the only
//! order the file can say).
//!
//! Cells are written as they are. A spreadsheet that opens the file may
//! read a cell beginning with `=`, `+`, `-` or `@` as a formula; text that
//! came from another State (an offence, a note) should be opened with the
//! columns set to text.

use std::collections::HashMap;
use std::fmt;

use jiff::civil::Date;
use palermo_rules::facts::RequestKind;
use palermo_rules::StateCode;

use crate::grounds::Ground;
use crate::model::{BasisKind, Direction, Event, Kind, LegalBasis, RequestDraft, Status};
use crate::validate::{validate, Context};

/// The columns, in the order [`export`] writes them.
pub const COLUMNS: [&str; 20] = [
    "reference",
    "direction",
    "kind",
    "requesting_state",
    "requested_state",
    "requesting_authority",
    "requested_authority",
    "crime_types",
    "offences",
    "legal_bases",
    "drafted",
    "sent",
    "received",
    "acknowledged",
    "executed",
    "partly_executed",
    "refused",
    "withdrawn",
    "refusal_grounds",
    "notes",
];

/// The columns the header must have.
pub const REQUIRED: [&str; 4] = ["direction", "kind", "requesting_state", "requested_state"];

/// The most errors [`parse`] lists; the rest are counted in one last entry.
pub const MAX_ERRORS: usize = 200;

// Indices into COLUMNS.
const REFERENCE: usize = 0;
const DIRECTION: usize = 1;
const KIND: usize = 2;
const REQUESTING_STATE: usize = 3;
const REQUESTED_STATE: usize = 4;
const REQUESTING_AUTHORITY: usize = 5;
const REQUESTED_AUTHORITY: usize = 6;
const CRIME_TYPES: usize = 7;
const OFFENCES: usize = 8;
const LEGAL_BASES: usize = 9;
/// The first status column; the others follow in the order of `Status::ALL`.
const FIRST_STATUS: usize = 10;
const REFUSAL_GROUNDS: usize = 18;
const NOTES: usize = 19;

/// The column of a status.
fn status_column(s: Status) -> usize {
    FIRST_STATUS + Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// One request read from the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line of the file the record starts on (1-based).
    pub line: u64,
    /// The request, checked and in canonical form.
    pub draft: RequestDraft,
}

/// One problem in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The line of the file (1-based): the header's line for a problem with
    /// the header, the line a record starts on for a problem with a row.
    pub line: u64,
    /// The column, by its documented name (or as written, for a column the
    /// import does not know); none when the problem is with the row as a
    /// whole.
    pub column: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "line {}, column `{c}`: {}", self.line, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// Collects errors up to [`MAX_ERRORS`] and counts the rest.
#[derive(Default)]
struct Errors {
    list: Vec<ImportError>,
    more: usize,
    first_left_out: u64,
}

impl Errors {
    fn push(&mut self, line: u64, column: Option<&str>, message: String) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(ImportError {
                line,
                column: column.map(str::to_owned),
                message,
            });
        } else {
            if self.more == 0 {
                self.first_left_out = line;
            }
            self.more += 1;
        }
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn finish(mut self) -> Vec<ImportError> {
        if self.more > 0 {
            let n = self.more;
            self.list.push(ImportError {
                line: self.first_left_out,
                column: None,
                message: format!(
                    "{n} more error{} from this line on {} not listed: correct the ones above and import again",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "is" } else { "are" },
                ),
            });
        }
        self.list
    }
}

/// Reads a registry CSV file: every request, checked against `cx`, or
/// every problem found. See the module documentation for the format.
pub fn parse(text: &str, cx: &Context<'_>) -> Result<Vec<Row>, Vec<ImportError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut errors = Errors::default();
    let mut lines = Lines::new(text);
    let mut records = reader.records();
    // Where the last record starts, to see whether it ends inside quotes.
    let mut last: Option<u64>;

    let (header_line, header) = loop {
        match records.next() {
            None => {
                errors.push(
                    1,
                    None,
                    format!(
                        "the file is empty: expected a header row naming the columns ({})",
                        COLUMNS.join(", ")
                    ),
                );
                return Err(errors.finish());
            }
            Some(Ok(rec)) => {
                last = rec.position().map(csv::Position::byte);
                if rec.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                break (lines.of(rec.position().map(csv::Position::byte)), rec);
            }
            Some(Err(e)) => {
                let line = lines.of(e.position().map(csv::Position::byte));
                errors.push(line, None, format!("unreadable header row: {e}"));
                return Err(errors.finish());
            }
        }
    };
    let Some(layout) = read_header(&header, header_line, &mut errors) else {
        unclosed_quote(text, last, delimiter, &mut lines, &mut errors);
        return Err(errors.finish());
    };

    let mut rows = Vec::new();
    let mut references: HashMap<String, u64> = HashMap::new();
    for rec in records {
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = lines.of(e.position().map(csv::Position::byte));
                errors.push(line, None, format!("unreadable row: {e}"));
                continue;
            }
        };
        last = rec.position().map(csv::Position::byte);
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = lines.of(rec.position().map(csv::Position::byte));
        if rec.len() != layout.width {
            errors.push(
                line,
                None,
                format!(
                    "{} cells, but the header has {} columns: a cell that holds the delimiter ({}) must be enclosed in double quotes",
                    rec.len(),
                    layout.width,
                    delimiter_name(delimiter),
                ),
            );
            continue;
        }
        for &i in &layout.unnamed {
            let v = rec.get(i).unwrap_or("").trim();
            if !v.is_empty() {
                errors.push(
                    line,
                    None,
                    format!(
                        "spreadsheet column {} has no name in the header but holds `{}`: name the column or clear it",
                        column_letters(i),
                        shorten(v)
                    ),
                );
            }
        }
        let cells: [&str; 20] =
            std::array::from_fn(|c| layout.pos[c].and_then(|i| rec.get(i)).unwrap_or("").trim());
        let reference = cells[REFERENCE];
        if !reference.is_empty() {
            if let Some(first) = references.get(reference) {
                errors.push(
                    line,
                    Some(COLUMNS[REFERENCE]),
                    format!(
                        "`{}` is also the reference of the request on line {first}: each request's reference must be unique (lines {first} and {line})",
                        shorten(reference)
                    ),
                );
            } else {
                references.insert(reference.to_owned(), line);
            }
        }
        if let Some(draft) = read_row(&cells, line, cx, &mut errors) {
            rows.push(Row { line, draft });
        }
    }
    unclosed_quote(text, last, delimiter, &mut lines, &mut errors);
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors.finish())
    }
}

/// Reports a quoted cell in the last record that the file never closes.
/// The reader takes everything up to the end of the file into that cell,
/// so without this check the rows after a stray `"` would silently become
/// part of a note.
fn unclosed_quote(
    text: &str,
    last: Option<u64>,
    delimiter: u8,
    lines: &mut Lines<'_>,
    errors: &mut Errors,
) {
    let Some(start) = last.and_then(|b| usize::try_from(b).ok()) else {
        return;
    };
    let raw = text.as_bytes().get(start..).unwrap_or_default();
    let (mut quoted, mut field_start, mut i) = (false, true, 0);
    while i < raw.len() {
        let b = raw[i];
        if quoted {
            if b == b'"' {
                if raw.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && field_start {
            quoted = true;
            field_start = false;
        } else {
            field_start = matches!(b, b'\n' | b'\r') || b == delimiter;
        }
        i += 1;
    }
    if quoted {
        let line = lines.of(last);
        errors.push(
            line,
            None,
            "a cell of this record opens a double quote that is never closed, so everything to the end of the file was read into it: close the quote (a double quote inside a quoted cell is written twice, `\"\"`)".into(),
        );
    }
}

/// Line numbers from the reader's byte positions. The reader's own line
/// count lags by one after a CRLF line end (a record's position is that of
/// the `\n` left over from the previous line) and ignores lone CR line ends
/// (old Mac exports), so the lines are counted here: LF, CRLF and CR each
/// end a line.
struct Lines<'a> {
    text: &'a [u8],
    /// Where counting stopped, and the line there.
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the record the reader places at `byte`: its first byte
    /// after any line ends the reader skipped. Positions only move forward.
    fn of(&mut self, byte: Option<u64>) -> u64 {
        let Some(byte) = byte else {
            return self.line;
        };
        let len = self.text.len();
        let mut start = usize::try_from(byte).map_or(len, |b| b.min(len));
        while start < len && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        for i in self.at..start {
            match self.text[i] {
                b'\n' => self.line += 1,
                b'\r' if self.text.get(i + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
        }
        self.at = self.at.max(start);
        self.line
    }
}

/// Where each documented column is in the file.
struct Layout {
    /// For each of [`COLUMNS`], its index in the record.
    pos: [Option<usize>; 20],
    /// Columns with an empty name (their cells must be empty).
    unnamed: Vec<usize>,
    /// The number of cells in a record.
    width: usize,
}

fn read_header(header: &csv::StringRecord, line: u64, errors: &mut Errors) -> Option<Layout> {
    let before = errors.list.len() + errors.more;
    let mut pos: [Option<usize>; 20] = [None; 20];
    let mut unnamed = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        if name.is_empty() {
            unnamed.push(i);
            continue;
        }
        let lower = name.to_lowercase();
        match COLUMNS.iter().position(|c| *c == lower) {
            Some(c) => match pos[c] {
                Some(first) => errors.push(
                    line,
                    Some(COLUMNS[c]),
                    format!(
                        "the column is named twice (spreadsheet columns {} and {}): keep one",
                        column_letters(first),
                        column_letters(i)
                    ),
                ),
                None => pos[c] = Some(i),
            },
            None => {
                let hint = match suggest(&lower, COLUMNS) {
                    Some(s) => format!(" (did you mean `{s}`?)"),
                    None => String::new(),
                };
                errors.push(
                    line,
                    Some(&shorten(name)),
                    format!(
                        "unknown column{hint}: the columns are {}",
                        COLUMNS.join(", ")
                    ),
                );
            }
        }
    }
    for r in REQUIRED {
        let c = COLUMNS.iter().position(|x| *x == r).unwrap_or(0);
        if pos[c].is_none() {
            errors.push(
                line,
                Some(r),
                format!(
                    "required column missing from the header: every file has the columns {}",
                    REQUIRED.join(", ")
                ),
            );
        }
    }
    if errors.list.len() + errors.more > before {
        return None;
    }
    Some(Layout {
        pos,
        unnamed,
        width: header.len(),
    })
}

/// Reads one row into a draft and checks it. Problems go to `errors`; the
/// draft comes back only when there are none.
fn read_row(
    cells: &[&str; 20],
    line: u64,
    cx: &Context<'_>,
    errors: &mut Errors,
) -> Option<RequestDraft> {
    let mut ok = true;
    let mut bad = |column: usize, message: String| {
        ok = false;
        errors.push(line, Some(COLUMNS[column]), message);
    };
    // Columns whose problems from `validate` would only repeat (or follow
    // from) a problem already reported.
    let mut quiet = [false; 20];

    let direction = match cells[DIRECTION] {
        "" => {
            bad(
                DIRECTION,
                "missing: expected `outgoing` or `incoming`".into(),
            );
            None
        }
        v => {
            let d = Direction::parse(&v.to_ascii_lowercase());
            if d.is_none() {
                bad(
                    DIRECTION,
                    format!(
                        "`{}` is not a direction{}: expected `outgoing` (sent by the authority's State) or `incoming` (received by it)",
                        shorten(v),
                        did_you_mean(v, Direction::ALL.map(Direction::as_str)),
                    ),
                );
            }
            d
        }
    };
    let kind_names = RequestKind::ALL.map(RequestKind::as_str);
    let kind = match cells[KIND] {
        "" => {
            bad(
                KIND,
                format!(
                    "missing: expected the kind of cooperation, one of {}",
                    kind_names.join(", ")
                ),
            );
            None
        }
        v => {
            let k = Kind::parse(&v.to_ascii_lowercase());
            if k.is_none() {
                bad(
                    KIND,
                    format!(
                        "`{}` is not a kind of cooperation{}: expected one of {}",
                        shorten(v),
                        did_you_mean(v, kind_names),
                        kind_names.join(", ")
                    ),
                );
            }
            k
        }
    };
    for c in [REQUESTING_STATE, REQUESTED_STATE] {
        if cells[c].is_empty() {
            bad(
                c,
                "missing: expected the State's ISO 3166-1 alpha-3 code, e.g. `KEN` (`XAA`-`XZZ` for fictional States)".into(),
            );
            quiet[c] = true;
        }
    }

    let crime_types: Vec<String> = list(cells[CRIME_TYPES]).map(str::to_owned).collect();
    let offences: Vec<String> = list(cells[OFFENCES]).map(str::to_owned).collect();

    // For the lists where an entry can fail to read, the entry number (from
    // 1) of each item that made it into the draft.
    let mut basis_entries = Vec::new();
    let mut legal_bases = Vec::new();
    for (n, entry) in list(cells[LEGAL_BASES]).enumerate() {
        match read_basis(entry) {
            Ok(b) => {
                legal_bases.push(b);
                basis_entries.push(n + 1);
            }
            Err(m) => bad(LEGAL_BASES, format!("entry {}: {m}", n + 1)),
        }
    }
    let mut ground_entries = Vec::new();
    let mut refusal_grounds = Vec::new();
    for (n, code) in list(cells[REFUSAL_GROUNDS]).enumerate() {
        match Ground::parse(&code.to_ascii_lowercase()) {
            Some(g) => {
                refusal_grounds.push(g);
                ground_entries.push(n + 1);
            }
            None => bad(
                REFUSAL_GROUNDS,
                format!(
                    "entry {}: `{}` is not a coded refusal ground{}: expected one of {}",
                    n + 1,
                    shorten(code),
                    did_you_mean(code, Ground::all().map(Ground::code)),
                    Ground::codes()
                ),
            ),
        }
    }

    let mut steps: Vec<(Date, usize)> = Vec::new();
    for (i, status) in Status::ALL.into_iter().enumerate() {
        let c = status_column(status);
        if cells[c].is_empty() {
            continue;
        }
        match read_date(cells[c]) {
            Ok(d) => steps.push((d, i)),
            Err(m) => {
                bad(c, m);
                // Without this step, grounds may look as if nothing was refused.
                quiet[REFUSAL_GROUNDS] = true;
            }
        }
    }
    steps.sort_unstable();
    let timeline: Vec<Event> = steps
        .into_iter()
        .map(|(date, i)| Event {
            status: Status::ALL[i],
            date,
            note: None,
        })
        .collect();

    if kind.is_none() {
        // Whether a ground fits depends on the kind.
        quiet[REFUSAL_GROUNDS] = true;
    }
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    let draft = RequestDraft {
        reference: opt(cells[REFERENCE]),
        direction: direction.unwrap_or(Direction::Outgoing),
        kind: kind.unwrap_or(Kind(RequestKind::MutualLegalAssistance)),
        requesting_state: cells[REQUESTING_STATE].to_owned(),
        requested_state: cells[REQUESTED_STATE].to_owned(),
        requesting_authority: opt(cells[REQUESTING_AUTHORITY]),
        requested_authority: opt(cells[REQUESTED_AUTHORITY]),
        crime_types,
        offences,
        legal_bases,
        assessment: None,
        timeline,
        refusal_grounds,
        notes: opt(cells[NOTES]),
        attachments: Vec::new(),
    };
    // Which State must be the authority's depends on the direction, and
    // comparing with a code that is not one only repeats that it is not.
    let codes_ok = [REQUESTING_STATE, REQUESTED_STATE]
        .iter()
        .all(|&c| cells[c].parse::<StateCode>().is_ok());
    let cx = Context {
        authority_state: direction.and(cx.authority_state).filter(|_| codes_ok),
        ..*cx
    };
    let timeline = draft.timeline.clone();
    match validate(draft, &cx) {
        Ok(d) if ok => Some(d),
        Ok(_) => None,
        Err(problems) => {
            for p in problems {
                let (column, index) = column_of(&p.field, &timeline);
                let Some(column) = column else {
                    errors.push(line, None, format!("`{}`: {}", p.field, p.message));
                    continue;
                };
                if quiet[column] {
                    continue;
                }
                let message = match index {
                    Some(i) => {
                        let entry = match column {
                            LEGAL_BASES => basis_entries.get(i).copied(),
                            REFUSAL_GROUNDS => ground_entries.get(i).copied(),
                            _ => Some(i + 1),
                        };
                        match entry {
                            Some(n) => format!("entry {n}: {}", p.message),
                            None => p.message,
                        }
                    }
                    None => p.message,
                };
                errors.push(line, Some(COLUMNS[column]), message);
            }
            None
        }
    }
}

/// The column a problem's field comes from, and the list index for a list
/// column (`legal_bases[1].reference` → `legal_bases`, 1).
fn column_of(field: &str, timeline: &[Event]) -> (Option<usize>, Option<usize>) {
    let end = field.find(['[', '.']).unwrap_or(field.len());
    let (head, rest) = field.split_at(end);
    let index = rest
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .and_then(|(n, _)| n.parse::<usize>().ok());
    if head == "timeline" {
        let column = index
            .and_then(|i| timeline.get(i))
            .map(|e| status_column(e.status));
        return (column, None);
    }
    let column = COLUMNS.iter().position(|c| *c == head);
    match column {
        Some(CRIME_TYPES | OFFENCES | LEGAL_BASES | REFUSAL_GROUNDS) => (column, index),
        _ => (column, None),
    }
}

/// The entries of a list cell: split at `;`, trimmed, empties dropped.
fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// Reads `kind: reference` (or a kind alone).
fn read_basis(entry: &str) -> Result<LegalBasis, String> {
    let (kind, reference) = match entry.split_once(':') {
        Some((k, r)) => (k.trim(), Some(r.trim()).filter(|r| !r.is_empty())),
        None => (entry, None),
    };
    let names = BasisKind::ALL.map(BasisKind::as_str);
    match BasisKind::parse(&kind.to_ascii_lowercase()) {
        Some(basis) => Ok(LegalBasis {
            basis,
            reference: reference.map(str::to_owned),
        }),
        None => Err(format!(
            "`{}` does not start with a kind of legal basis{}: expected `kind: reference` with the kind one of {} (e.g. `convention: UNTOC art. 16(4)`, `treaty: <name>`, `reciprocity`)",
            shorten(entry),
            did_you_mean(kind, names),
            names.join(", ")
        )),
    }
}

/// Reads a `YYYY-MM-DD` date, and says what is wrong with other shapes.
fn read_date(s: &str) -> Result<Date, String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let shown = shorten(s);
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
    {
        let num = |r: std::ops::Range<usize>| s[r].parse::<i16>().unwrap_or(0);
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        return Date::new(y, m as i8, d as i8).map_err(|_| {
            format!("`{shown}` is not a day of the calendar: expected a real date, YYYY-MM-DD")
        });
    }
    if b.len() > 10 && matches!(b[10], b'T' | b' ') && read_date(&s[..10]).is_ok() {
        return Err(format!(
            "`{shown}` is a date and a time: expected the date alone, YYYY-MM-DD (`{}`)",
            &s[..10]
        ));
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
    if parts.len() == 3 && parts.iter().all(|p| all_digits(p)) {
        if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
            return Err(format!(
                "`{shown}` is not in the form YYYY-MM-DD: write the month and the day with two digits, separated by `-` (e.g. 2025-03-04)"
            ));
        }
        if parts[0].len() <= 2 && parts[1].len() <= 2 && matches!(parts[2].len(), 2 | 4) {
            return Err(format!(
                "`{shown}` is not in the form YYYY-MM-DD: in a date written day/month/year or month/day/year the order of day and month is ambiguous, so the import does not guess; write it as YYYY-MM-DD (e.g. 2025-03-14)"
            ));
        }
    }
    let int_part = s.split_once('.').map_or(s, |(i, _)| i);
    let frac_ok = s.split_once('.').is_none_or(|(_, f)| all_digits(f));
    if all_digits(int_part) && int_part.len() <= 6 && frac_ok {
        return Err(format!(
            "`{shown}` is a number, not a date: a spreadsheet writes its serial day number when a date cell is exported unformatted; format the column as YYYY-MM-DD (or as text) and export again"
        ));
    }
    Err(format!(
        "`{shown}` is not a date: expected YYYY-MM-DD (e.g. 2025-03-14)"
    ))
}

/// The delimiter: the most frequent of `,`, `;` and tab in the first
/// non-blank line, outside double quotes; `,` on a tie with it or when none
/// occurs.
fn detect_delimiter(text: &str) -> u8 {
    let line = text
        .split(['\n', '\r'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in line.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    [b',', b';', b'\t'][best]
}

fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "`;`",
        b'\t' => "tab",
        _ => "`,`",
    }
}

/// A spreadsheet's name for the column at `i` (0 → `A`, 26 → `AA`).
fn column_letters(i: usize) -> String {
    let mut n = i + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// A value quoted in a message, cut to a readable length.
fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(MAX).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// The candidate closest to `input`, if one is close enough to suggest.
fn suggest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.trim().to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let mut score = strsim::normalized_damerau_levenshtein(&input, c);
        if input.chars().count() >= 4 && (c.contains(&input) || input.contains(c)) {
            score = score.max(0.8);
        }
        if score >= 0.7 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// ` (did you mean `x`?)`, or nothing.
fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match suggest(input, candidates) {
        Some(s) => format!(" (did you mean `{s}`?)"),
        None => String::new(),
    }
}

/// Writes requests in the import's CSV form (see the module
/// documentation for what is left out).
pub fn export<'a>(drafts: impl IntoIterator<Item = &'a RequestDraft>) -> String {
    let mut buf = Vec::new();
    {
        let mut w = csv::Writer::from_writer(&mut buf);
        // Writing to memory cannot fail.
        let _ = w.write_record(COLUMNS);
        for d in drafts {
            let _ = w.write_record(export_row(d));
        }
        let _ = w.flush();
    }
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn export_row(d: &RequestDraft) -> [String; 20] {
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    std::array::from_fn(|c| match c {
        REFERENCE => text(&d.reference),
        DIRECTION => d.direction.as_str().to_owned(),
        KIND => d.kind.as_str().to_owned(),
        REQUESTING_STATE => d.requesting_state.clone(),
        REQUESTED_STATE => d.requested_state.clone(),
        REQUESTING_AUTHORITY => text(&d.requesting_authority),
        REQUESTED_AUTHORITY => text(&d.requested_authority),
        CRIME_TYPES => d.crime_types.join("; "),
        OFFENCES => d.offences.join("; "),
        LEGAL_BASES => d
            .legal_bases
            .iter()
            .map(|b| match &b.reference {
                Some(r) => format!("{}: {r}", b.basis.as_str()),
                None => b.basis.as_str().to_owned(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        REFUSAL_GROUNDS => d
            .refusal_grounds
            .iter()
            .map(|g| g.code())
            .collect::<Vec<_>>()
            .join("; "),
        NOTES => text(&d.notes),
        c if (FIRST_STATUS..FIRST_STATUS + Status::ALL.len()).contains(&c) => d
            .date_of(Status::ALL[c - FIRST_STATUS])
            .map(|x| x.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    })
}

#[cfg(test)]
mod tests;
