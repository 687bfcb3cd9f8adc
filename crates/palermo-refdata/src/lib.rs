//! Reference data about States and the Convention: who joined which instrument
//! when, and what each State notified (arts. 16(5), 18(13), 18(14), ...).
//!
//! Every record is a fact with its source and the date its source reflects.
//! The model knows nothing about files: [`RefData::parse`] takes the CSV texts
//! and reports every problem with file, line and column; the CLI reads
//! `--data DIR` and hands the texts over. [`RefData::embedded`] parses the
//! snapshot compiled into the binary from the project's `data/` folder.
//!
//! The snapshot id ([`RefData::snapshot_id`]) is a SHA-256 over the file names
//! and contents, so every assessment can name exactly the data it used.

#![deny(missing_docs)]

mod load;
mod model;
mod state_code;

pub use load::{Diagnostic, Severity, DATA_FILES};
pub use model::{
    ConsentType, Declaration, DeclarationKind, ExtraditionBasisNotice, Participation, RefData,
    Source,
};
pub use palermo_cite::Instrument;
pub use state_code::{StateCode, StateCodeError};

/// The embedded `untoc_participation.csv`.
pub const EMBEDDED_PARTICIPATION: &str = include_str!("../../../data/untoc_participation.csv");
/// The embedded `untoc_declarations.csv`.
pub const EMBEDDED_DECLARATIONS: &str = include_str!("../../../data/untoc_declarations.csv");

#[cfg(test)]
mod tests;
