//! The Palermo Convention (UNTOC) encoded, article by article.
//!
//! Given the facts of a case ([`Case`]), reference data ([`RefData`]), a date
//! and [`Options`], [`assess()`] returns an [`Assessment`]: a tree of
//! [`Finding`]s, each with its provision, outcome, basis (text or documented
//! interpretation), strength of obligation, explanation, the findings it rests
//! on and the facts it still waits for.
//!
//! Pure: no file, network, clock or environment access. One module per article
//! (`art02`, `art03`, `art16`, `art18`) plus `status` for arts. 36-40.

#![deny(missing_docs)]

/// A message: its id in the catalogues and its named arguments, each
/// converted with `Into<Arg>` (a `StateCode` is written with its name, a
/// `Date` as the language writes dates, a number selects plural forms).
/// Builds no text: `msg!("art13-property-yes", state = b)`. The arguments
/// are pushed in place (no move of the whole message per argument).
macro_rules! msg {
    ($id:literal $(,)?) => {
        ::palermo_i18n::Msg::new($id)
    };
    ($id:literal $(, $name:ident = $val:expr)+ $(,)?) => {{
        let mut args = ::smallvec::SmallVec::with_capacity(0 $(+ { let _ = ::std::stringify!($name); 1 })+);
        $(args.push((::std::stringify!($name), ::palermo_i18n::Arg::from($val)));)+
        ::palermo_i18n::Msg { id: $id, args }
    }};
}

pub mod answer;
pub mod art02;
pub mod art03;
pub mod art04;
pub mod art05;
pub mod art06;
pub mod art08;
pub mod art12;
pub mod art13;
pub mod art14;
pub mod art15;
pub mod art16;
pub mod art17;
pub mod art18;
pub mod art19;
pub mod art20;
pub mod art21;
pub mod art22_26;
pub mod art23;
pub mod art27;
pub mod art35;
mod assess;
pub mod bases;
mod bases_data;
pub mod batch;
pub mod catalogue;
mod ctx;
pub mod fact_questions;
pub mod facts;
pub mod firearms;
mod outcome;
pub mod questions;
pub mod readings;
pub mod som;
pub mod status;
pub mod tip;

pub use assess::{
    answer_outcome, answer_outcome_readings, assess, AssessError, Assessment, MissingTier,
    ENGINE_VERSION,
};
pub use ctx::Ctx;
pub use facts::{Case, Options};
pub use outcome::{
    AskedQuestion, Basis, Because, Cited, Fact, Facts, Finding, Outcome, Strength, Tri,
};
pub use palermo_refdata::{RefData, StateCode};
