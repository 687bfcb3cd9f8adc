//! Facts about States beyond treaty participation: UN M49 region and legal
//! system, each with its source.

use crate::model::Text;
use crate::{Source, StateCode};

/// A State's place in the UN M49 statistical regions.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// The State or area.
    pub state: StateCode,
    /// Its three-digit M49 code.
    pub m49: Text,
    /// Name as UNSD lists it.
    pub name: Text,
    /// Region (`Africa`, `Americas`, `Asia`, `Europe`, `Oceania`); empty for Antarctica.
    pub region: Text,
    /// Sub-region (`Sub-Saharan Africa`, `Western Asia`, ...).
    pub subregion: Text,
    /// Intermediate region, where UNSD uses one (`Eastern Africa`, `Caribbean`, ...).
    pub intermediate: Text,
    /// Least developed country.
    pub ldc: bool,
    /// Land-locked developing country.
    pub lldc: bool,
    /// Small island developing State.
    pub sids: bool,
    /// Provenance.
    pub source: Source,
}

/// The five families of JuriGlobe's classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LegalFamily {
    /// Civil law.
    Civil,
    /// Common law.
    Common,
    /// Customary law.
    Customary,
    /// Muslim law.
    Muslim,
    /// A mix (see `components`).
    Mixed,
}

impl LegalFamily {
    /// The data's spelling (`civil_law`, ..., `mixed`).
    pub fn as_str(self) -> &'static str {
        match self {
            LegalFamily::Civil => "civil_law",
            LegalFamily::Common => "common_law",
            LegalFamily::Customary => "customary_law",
            LegalFamily::Muslim => "muslim_law",
            LegalFamily::Mixed => "mixed",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<LegalFamily> {
        [
            LegalFamily::Civil,
            LegalFamily::Common,
            LegalFamily::Customary,
            LegalFamily::Muslim,
            LegalFamily::Mixed,
        ]
        .into_iter()
        .find(|f| f.as_str() == s)
    }
}

/// A State's legal system.
#[derive(Clone, Debug, PartialEq)]
pub struct LegalSystem {
    /// The State.
    pub state: StateCode,
    /// Its name in the classification table.
    pub name: Text,
    /// The family.
    pub family: LegalFamily,
    /// For a mixed system, its components (`civil`, `common`, `muslim`, `customary`, `jewish`).
    pub components: Vec<String>,
    /// Whether the cross-check source classifies it differently (flagged in the data).
    pub sources_disagree: bool,
    /// Provenance.
    pub source: Source,
    /// The classification as printed, the comparison, remarks.
    pub notes: Text,
}
