//! Reference data about States and the Convention: who joined which instrument
//! when, what each State notified (arts. 16(5), 18(13), 18(14), ...), and
//! whether its law makes extradition conditional on a treaty.
//!
//! Every record is a fact with its source and the date its source reflects.
//! The model knows nothing about files: [`RefData::parse`] takes the CSV texts
//! and reports every problem with file, line and column; the CLI reads
//! `--data DIR` and hands the texts over. [`RefData::embedded`] builds the
//! snapshot compiled into the binary from the project's `data/` folder, read
//! at build time by this crate's own loader and compiled in as static tables.
//!
//! The snapshot id ([`RefData::snapshot_id`]) is a SHA-256 over the file names
//! and contents, so every assessment can name exactly the data it used.

#![deny(missing_docs)]

mod crimes;
mod diagnostic;
mod embedded;
mod load;
mod model;
mod other;
mod penalties;
mod penalty;
mod state_code;
mod states;
mod table;

pub use crimes::{CrimeKind, CrimeType, Mandate, CATALOGUE_FILE};
pub use diagnostic::{Diagnostic, Field, Severity};
pub use load::authorities::{Authority, AuthorityFunction, AUTHORITIES_FILE};
pub use load::{DataTexts, DATA_FILES};
pub use model::{
    ConsentType, Declaration, DeclarationKind, ExtraditionBasisNotice, ExtraditionLaw, Languages,
    Participation, RefData, Source, Text, TreatyRequirement,
};
pub use other::{OtherConsentType, OtherInstrumentId, OtherParticipation};
pub use palermo_cite::Instrument;
pub use penalties::{PenaltyFlag, PenaltyRecord, Validity};
pub use penalty::{Penalty, PenaltyError, MAX_TERM_YEARS};
pub use state_code::{StateCode, StateCodeError};
pub use states::{LegalFamily, LegalSystem, Region};

include!(concat!(env!("OUT_DIR"), "/embedded_snapshot.rs"));

/// The embedded `untoc_participation.csv`.
pub static EMBEDDED_PARTICIPATION: &str = include_str!("../../../data/untoc_participation.csv");
/// The embedded `untoc_declarations.csv`.
pub static EMBEDDED_DECLARATIONS: &str = include_str!("../../../data/untoc_declarations.csv");
/// The embedded `m49_regions.csv`.
pub static EMBEDDED_REGIONS: &str = include_str!("../../../data/m49_regions.csv");
/// The embedded `legal_systems.csv`.
pub static EMBEDDED_LEGAL_SYSTEMS: &str = include_str!("../../../data/legal_systems.csv");
/// The embedded `crime_catalogue.toml`.
pub static EMBEDDED_CRIMES: &str = include_str!("../../../data/crime_catalogue.toml");
/// The embedded `other_instruments.csv`.
pub static EMBEDDED_OTHER_INSTRUMENTS: &str = include_str!("../../../data/other_instruments.csv");
/// The embedded `national_penalties.csv`.
pub static EMBEDDED_PENALTIES: &str = include_str!("../../../data/national_penalties.csv");
/// The embedded `extradition_law.csv`.
pub static EMBEDDED_EXTRADITION_LAW: &str = include_str!("../../../data/extradition_law.csv");
/// The embedded `competent_authorities.csv`.
pub static EMBEDDED_AUTHORITIES: &str = include_str!("../../../data/competent_authorities.csv");

#[cfg(test)]
mod tests;
