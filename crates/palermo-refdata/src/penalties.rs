//! National offences and their statutory maxima, dated and sourced.

use crate::model::Text;
use jiff::civil::Date;

use crate::{Penalty, Source, StateCode};

/// How far a penalty record can be trusted, beyond its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PenaltyFlag {
    /// Read in a secondary source (bare-act site, news report, law-firm guide).
    SecondarySource,
    /// Read in an older snapshot of the law; later amendments not checked.
    NeedsReverification,
}

impl PenaltyFlag {
    /// The data's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            PenaltyFlag::SecondarySource => "secondary_source",
            PenaltyFlag::NeedsReverification => "needs_reverification",
        }
    }

    /// Words for a reader.
    pub fn describe(self) -> &'static str {
        match self {
            PenaltyFlag::SecondarySource => "read in a secondary source",
            PenaltyFlag::NeedsReverification => "from an older text, later amendments not checked",
        }
    }
}

/// One national offence and its statutory maximum for a natural person.
#[derive(Clone, Debug, PartialEq)]
pub struct PenaltyRecord {
    /// The State.
    pub state: StateCode,
    /// The crime type it falls under (catalogue id).
    pub crime_type: Text,
    /// The offence as the law frames it (`aggravated: ...` for a qualified form).
    pub offence_label: Text,
    /// Whether it is the aggravated (qualified) form.
    pub aggravated: bool,
    /// Section or article.
    pub provision: Text,
    /// The statutory maximum.
    pub max: Penalty,
    /// The date the wording took effect, where the source states it.
    pub in_force_from: Option<Date>,
    /// The date it ceased to apply, if it did.
    pub in_force_until: Option<Date>,
    /// A caution about the source.
    pub flag: Option<PenaltyFlag>,
    /// Provenance.
    pub source: Source,
    /// How the figure was read or computed.
    pub notes: Text,
}

/// Whether a record can be used for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    /// In force on that date.
    InForce,
    /// Not in force on that date (before `in_force_from`, or on or after `in_force_until`).
    NotInForce,
    /// The record's start date is not recorded and the date precedes what its
    /// source reflects: whether the same text applied then is not known.
    Unknown,
}

impl PenaltyRecord {
    /// Is the record's wording in force on `as_of`?
    pub fn validity(&self, as_of: Date) -> Validity {
        if self.in_force_until.is_some_and(|u| as_of >= u) {
            return Validity::NotInForce;
        }
        match self.in_force_from {
            Some(from) if as_of >= from => Validity::InForce,
            Some(_) => Validity::NotInForce,
            // The source shows the law at some date within its as-of period;
            // from the end of that period on, the record is taken as in force
            // (later amendments are not tracked; see `flag`).
            None => match crate::load::partial_end(&self.source.as_of) {
                Some(end) if as_of >= end => Validity::InForce,
                _ => Validity::Unknown,
            },
        }
    }
}
