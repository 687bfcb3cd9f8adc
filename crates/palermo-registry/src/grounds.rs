//! Refusal grounds coded against the provisions that allow, leave open or
//! rule them out, so that statistics can say how often a request was
//! refused on a ground the Convention forbids.

use palermo_cite::Provision;
use palermo_rules::facts::RequestKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a ground stands under the Convention.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The Convention itself lets the requested State refuse on it.
    Permitted,
    /// The Convention leaves it to the requested State's law or to a treaty
    /// (arts. 16(7), 18(7)).
    DomesticLaw,
    /// The Convention rules it out as a (sole) ground.
    RuledOut,
    /// Not a refusal: execution postponed (art. 18(25)).
    Postponement,
    /// Not coded: see the record's notes.
    Other,
}

impl Standing {
    /// The registry's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Permitted => "permitted",
            Standing::DomesticLaw => "domestic_law",
            Standing::RuledOut => "ruled_out",
            Standing::Postponement => "postponement",
            Standing::Other => "other",
        }
    }
}

/// Which kinds of request a ground belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Applies {
    Extradition,
    /// Art. 18 and the kinds that go through it (confiscation via 13(3), ...).
    NotExtradition,
    Confiscation,
    Any,
}

/// A refusal ground, coded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ToSchema)]
#[schema(value_type = String, example = "mla_essential_interests")]
pub struct Ground(usize);

struct GroundSpec {
    code: &'static str,
    provision: Option<Provision>,
    standing: Standing,
    applies: Applies,
    label: &'static str,
}

const fn untoc(art: u8, para: u8) -> Provision {
    Provision::untoc(art).para(para)
}

const GROUNDS: &[GroundSpec] = &[
    GroundSpec {
        code: "mla_not_conforming",
        provision: Some(untoc(18, 21).letter('a')),
        standing: Standing::Permitted,
        applies: Applies::NotExtradition,
        label: "the request does not conform to art. 18",
    },
    GroundSpec {
        code: "mla_essential_interests",
        provision: Some(untoc(18, 21).letter('b')),
        standing: Standing::Permitted,
        applies: Applies::NotExtradition,
        label: "prejudice to sovereignty, security, ordre public or other essential interests",
    },
    GroundSpec {
        code: "mla_domestic_bar",
        provision: Some(untoc(18, 21).letter('c')),
        standing: Standing::Permitted,
        applies: Applies::NotExtradition,
        label: "the requested State's law bars the action for a similar domestic offence",
    },
    GroundSpec {
        code: "mla_legal_system",
        provision: Some(untoc(18, 21).letter('d')),
        standing: Standing::Permitted,
        applies: Applies::NotExtradition,
        label: "contrary to the requested State's legal system on mutual legal assistance",
    },
    GroundSpec {
        code: "mla_no_dual_criminality",
        provision: Some(untoc(18, 9)),
        standing: Standing::Permitted,
        applies: Applies::NotExtradition,
        label: "absence of dual criminality",
    },
    GroundSpec {
        code: "mla_bank_secrecy",
        provision: Some(untoc(18, 8)),
        standing: Standing::RuledOut,
        applies: Applies::NotExtradition,
        label: "bank secrecy",
    },
    GroundSpec {
        code: "mla_fiscal_matters",
        provision: Some(untoc(18, 22)),
        standing: Standing::RuledOut,
        applies: Applies::NotExtradition,
        label: "the offence also involves fiscal matters (as sole ground)",
    },
    GroundSpec {
        code: "mla_postponed",
        provision: Some(untoc(18, 25)),
        standing: Standing::Postponement,
        applies: Applies::NotExtradition,
        label: "postponed: execution would interfere with ongoing proceedings",
    },
    GroundSpec {
        code: "mla_treaty_ground",
        provision: Some(untoc(18, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::NotExtradition,
        label: "a ground of the mutual legal assistance treaty that governs",
    },
    GroundSpec {
        code: "confiscation_offence_not_covered",
        provision: Some(untoc(13, 7)),
        standing: Standing::Permitted,
        applies: Applies::Confiscation,
        label: "the offence is not covered by the Convention",
    },
    GroundSpec {
        code: "extradition_no_dual_criminality",
        provision: Some(untoc(16, 1)),
        standing: Standing::Permitted,
        applies: Applies::Extradition,
        label: "the conduct is not punishable in both States",
    },
    GroundSpec {
        code: "extradition_discrimination",
        provision: Some(untoc(16, 14)),
        standing: Standing::Permitted,
        applies: Applies::Extradition,
        label: "substantial grounds to believe the request aims at persecution",
    },
    GroundSpec {
        code: "extradition_fiscal_matters",
        provision: Some(untoc(16, 15)),
        standing: Standing::RuledOut,
        applies: Applies::Extradition,
        label: "the offence also involves fiscal matters (as sole ground)",
    },
    GroundSpec {
        code: "extradition_no_legal_basis",
        provision: Some(untoc(16, 5)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "no treaty, and the requested State does not take the Convention as the basis",
    },
    GroundSpec {
        code: "extradition_nationality",
        provision: Some(untoc(16, 10)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label:
            "the person is a national of the requested State (16(10) duty to prosecute on request)",
    },
    GroundSpec {
        code: "extradition_minimum_penalty",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "minimum penalty threshold not met",
    },
    GroundSpec {
        code: "extradition_political_offence",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "political offence",
    },
    GroundSpec {
        code: "extradition_death_penalty",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "death penalty without assurances",
    },
    GroundSpec {
        code: "extradition_human_rights",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "human rights or non-refoulement",
    },
    GroundSpec {
        code: "extradition_ne_bis_in_idem",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "already tried for the same conduct",
    },
    GroundSpec {
        code: "extradition_lapse_of_time",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "lapse of time (limitation)",
    },
    GroundSpec {
        code: "extradition_in_absentia",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "judgment in absentia without retrial guarantee",
    },
    GroundSpec {
        code: "extradition_evidence",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "evidentiary standard not met",
    },
    GroundSpec {
        code: "extradition_treaty_ground",
        provision: Some(untoc(16, 7)),
        standing: Standing::DomesticLaw,
        applies: Applies::Extradition,
        label: "a ground of the extradition treaty that governs",
    },
    GroundSpec {
        code: "other",
        provision: None,
        standing: Standing::Other,
        applies: Applies::Any,
        label: "another ground (see notes)",
    },
];

impl Ground {
    /// Every ground, in the order above (MLA, confiscation, extradition, other).
    pub fn all() -> impl Iterator<Item = Ground> {
        (0..GROUNDS.len()).map(Ground)
    }

    fn spec(self) -> &'static GroundSpec {
        &GROUNDS[self.0]
    }

    /// The code (`mla_essential_interests`).
    pub fn code(self) -> &'static str {
        self.spec().code
    }

    /// The provision that allows, leaves open or rules out the ground.
    pub fn provision(self) -> Option<Provision> {
        self.spec().provision
    }

    /// Where the ground stands under the Convention.
    pub fn standing(self) -> Standing {
        self.spec().standing
    }

    /// A short English label (the web application translates by code).
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<Ground> {
        GROUNDS.iter().position(|g| g.code == code).map(Ground)
    }

    /// Whether the ground can be cited for a request of `kind`.
    pub fn applies_to(self, kind: RequestKind) -> bool {
        match self.spec().applies {
            Applies::Any => true,
            Applies::Extradition => kind == RequestKind::Extradition,
            Applies::NotExtradition => kind != RequestKind::Extradition,
            Applies::Confiscation => kind == RequestKind::Confiscation,
        }
    }

    /// Every code, for error messages.
    pub fn codes() -> String {
        GROUNDS
            .iter()
            .map(|g| g.code)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Serialize for Ground {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Ground {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Ground, D::Error> {
        let s = String::deserialize(d)?;
        Ground::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{s}` is not a coded refusal ground: expected one of {}",
                Ground::codes()
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for g in Ground::all() {
            assert!(seen.insert(g.code()), "{} twice", g.code());
            assert!(g
                .code()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert_eq!(Ground::parse(g.code()), Some(g));
        }
        assert_eq!(Ground::parse("bank secrecy"), None);
    }

    #[test]
    fn grounds_the_convention_rules_out_cite_their_paragraph() {
        let ruled_out: Vec<String> = Ground::all()
            .filter(|g| g.standing() == Standing::RuledOut)
            .map(|g| g.provision().unwrap().to_string())
            .collect();
        assert_eq!(
            ruled_out,
            ["UNTOC art. 18(8)", "UNTOC art. 18(22)", "UNTOC art. 16(15)"]
        );
    }

    #[test]
    fn extradition_grounds_do_not_apply_to_mla_and_back() {
        let mla = Ground::parse("mla_bank_secrecy").unwrap();
        let ext = Ground::parse("extradition_nationality").unwrap();
        assert!(mla.applies_to(RequestKind::MutualLegalAssistance));
        assert!(mla.applies_to(RequestKind::Confiscation));
        assert!(!mla.applies_to(RequestKind::Extradition));
        assert!(ext.applies_to(RequestKind::Extradition));
        assert!(!ext.applies_to(RequestKind::MutualLegalAssistance));
        let other = Ground::parse("other").unwrap();
        assert!(RequestKind::ALL.iter().all(|k| other.applies_to(*k)));
    }
}
