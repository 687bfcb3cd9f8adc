//! The registry of cooperation requests as values, with no I/O: a record
//! ([`model`]), its checks ([`validate`](mod@validate)), refusal grounds coded against the
//! Convention ([`grounds`]), who may do what ([`policy`]), the audit chain
//! ([`audit`]), the spreadsheet import ([`import`]) and the statistics the
//! Conference of the Parties asks for ([`stats`], [`chart`]). The store
//! (`palermo-store`) keeps them; the CLI and the server call into both.

pub mod audit;
pub mod chart;
pub mod grounds;
pub mod import;
pub mod model;
pub mod policy;
pub mod stats;
pub mod validate;

pub use grounds::{Ground, Standing};
pub use model::*;
pub use policy::{check, Access, Action, Principal, Role};
pub use validate::{validate, Context, Problem};
