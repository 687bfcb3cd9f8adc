//! One problem in an input file, for the data files and for case files
//! alike (`palermo-case` uses this type): where it is (file, line, and the
//! character column when one is known), what it concerns (a field of a case
//! or a column of a data file) and what is wrong. No text of the file is
//! kept: the caller, which read the file, shows the offending line.

use std::fmt;

/// How bad a problem is. An error drops the record (data) or makes the case
/// unusable; a warning keeps it, but something about it deserves a look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The record is kept, but something about it deserves a look.
    Warning,
    /// The record could not be used and was left out.
    Error,
}

impl Severity {
    /// `error` or `warning`, as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a diagnostic concerns, by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// A field of a case, by its path (`request.requested_state`); printed
    /// `` `request.requested_state` ``.
    Path(String),
    /// A column of a data file (`consent_date`), or a key of the crime
    /// catalogue; printed `` column `consent_date` ``.
    Column(String),
}

impl Field {
    /// The path or column name.
    pub fn name(&self) -> &str {
        match self {
            Field::Path(s) | Field::Column(s) => s,
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Path(p) => write!(f, "`{p}`"),
            Field::Column(c) => write!(f, "column `{c}`"),
        }
    }
}

/// One problem in a file. Printed on one line,
/// `error: FILE:LINE[:COLUMN]: [FIELD: ]MESSAGE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file name as given (the caller may prefix a folder).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters (not bytes), when the problem is at a
    /// place within the line; `None` for a whole row of a data file.
    pub column: Option<usize>,
    /// The field or column concerned, if one.
    pub field: Option<Field>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Diagnostic {
    /// The name of the field or column concerned, if one.
    pub fn field_name(&self) -> Option<&str> {
        self.field.as_ref().map(Field::name)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}:{}", self.severity.as_str(), self.file, self.line)?;
        if let Some(col) = self.column {
            write!(f, ":{col}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}
