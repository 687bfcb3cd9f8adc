//! Reads case files (contract `palermo.case/1`, TOML or JSON) into the facts
//! the rules take, and reports every problem with file, line, column, the
//! field and what was expected. Unknown keys, wrong types, unknown State codes,
//! impossible dates and contradictory facts are caught here; nothing is
//! accepted silently and nothing panics.
//!
//! Pure: the caller reads the file and passes its text.

#![deny(missing_docs)]

pub mod draft;
mod json;
mod node;
mod read;

pub use read::Expectation;

use palermo_refdata::RefData;
use palermo_rules::Case;

/// The two syntaxes of a case file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// `.toml`
    Toml,
    /// `.json`
    Json,
}

impl Syntax {
    /// From a file name: `.json` is JSON, anything else TOML.
    pub fn from_file_name(name: &str) -> Syntax {
        if name.to_ascii_lowercase().ends_with(".json") {
            Syntax::Json
        } else {
            Syntax::Toml
        }
    }
}

/// One problem in a case file: the data's diagnostic type, with a 1-based
/// character column always set and the field path (`request.requested_state`)
/// when one is concerned.
pub use palermo_refdata::{Diagnostic, Field, Severity};

/// A case as read: the facts, the expectations it carries, and warnings.
#[derive(Clone, Debug)]
pub struct CaseFile {
    /// The facts.
    pub case: Case,
    /// The `[draft]` table: what a drafted request needs beyond the facts.
    pub draft: Option<draft::DraftFacts>,
    /// `[expect]` entries.
    pub expectations: Vec<Expectation>,
    /// Warnings (errors make reading fail).
    pub warnings: Vec<Diagnostic>,
}

/// How many errors, and how many warnings, [`read_case`] lists at most. The
/// rest are counted in one last diagnostic (`… and 4,321 more errors, from
/// here on, not listed`), placed at the first one left out, so a large file
/// full of mistakes is rejected quickly and readably.
pub const MAX_DIAGNOSTICS: usize = 50;

/// Reads a case. `file` is used in messages only; `data` tells which State
/// codes exist. Returns every error found (not only the first), in file
/// order, up to [`MAX_DIAGNOSTICS`] of each severity and then their count.
pub fn read_case(
    file: &str,
    text: &str,
    syntax: Syntax,
    data: &RefData,
) -> Result<CaseFile, Vec<Diagnostic>> {
    read::read(file, text, syntax, data)
}

#[cfg(test)]
mod tests;
