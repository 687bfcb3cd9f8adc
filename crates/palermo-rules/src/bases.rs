//! Competing legal bases: other instruments the case says may bind the two
//! States (`[[other_bases]]`), and those the data records as in force between
//! them (`bases.data.*`: UNCAC, the 1988 Convention, the Budapest Convention,
//! the European Conventions of 1957 and 1959, EU membership), side by side
//! with the Convention. What the case states is taken as stated; what the data
//! records is read as dated facts, each finding citing the rows of both States.

use palermo_cite::Provision;
use palermo_i18n::Arg;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::{OtherInstrument, RequestKind};
use crate::outcome::{Finding, Outcome, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-bases.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "bases.other.<n>",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-other-n",
    },
    FindingSpec {
        id: "bases.data.uncac",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-data-uncac",
    },
    FindingSpec {
        id: "bases.data.drug_convention_1988",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-data-drug-convention-1988",
    },
    FindingSpec {
        id: "bases.data.budapest_convention",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-data-budapest-convention",
    },
    FindingSpec {
        id: "bases.data.european_convention_extradition_1957",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-data-european-convention-extradition-1957",
    },
    FindingSpec {
        id: "bases.data.european_convention_mla_1959",
        citation: Provision::untoc(18).para(6),
        description: "spec-bases-data-european-convention-mla-1959",
    },
    FindingSpec {
        id: "bases.data.eu_membership",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-data-eu-membership",
    },
    FindingSpec {
        id: "bases.preferred",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-preferred",
    },
    FindingSpec {
        id: "bases.on_top",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-on-top",
    },
    FindingSpec {
        id: "bases.convention_only",
        citation: Provision::untoc(16).para(3),
        description: "spec-bases-convention-only",
    },
];

/// What an instrument generally offers, in our words (`bases-offers-*`).
fn offers(i: OtherInstrument) -> Arg {
    Arg::Term(match i {
        OtherInstrument::BilateralTreaty => "bases-offers-bilateral",
        OtherInstrument::RegionalConvention => "bases-offers-regional",
        OtherInstrument::Uncac => "bases-offers-uncac",
        OtherInstrument::DrugConvention1988 => "bases-offers-drugs",
        OtherInstrument::BudapestConvention => "bases-offers-budapest",
        OtherInstrument::Reciprocity => "bases-offers-reciprocity",
        OtherInstrument::Other => "bases-offers-other",
    })
}

/// An instrument the case names without a name of its own, as the
/// messages call it (`bases-name-*`).
fn default_name(i: OtherInstrument) -> Arg {
    Arg::Term(match i {
        OtherInstrument::BilateralTreaty => "bases-name-bilateral",
        OtherInstrument::RegionalConvention => "bases-name-regional",
        OtherInstrument::Uncac => "bases-name-uncac",
        OtherInstrument::DrugConvention1988 => "bases-name-drugs",
        OtherInstrument::BudapestConvention => "bases-name-budapest",
        OtherInstrument::Reciprocity => "bases-name-reciprocity",
        OtherInstrument::Other => "bases-name-other",
    })
}

/// Another legal basis the case names, as the messages name one: a treaty,
/// convention or instrument the case titles, framed by its kind as each
/// language frames a title it does not translate ("le traité bilatéral
/// « … »"; English "the …"); a known convention, or reciprocity, by the
/// words its language has for it, whatever the case calls it.
fn named(i: OtherInstrument, name: &str) -> Arg {
    let id = match i {
        OtherInstrument::BilateralTreaty => "bases-named-bilateral",
        OtherInstrument::RegionalConvention => "bases-named-regional",
        OtherInstrument::Other => "bases-named-other",
        OtherInstrument::Uncac
        | OtherInstrument::DrugConvention1988
        | OtherInstrument::BudapestConvention
        | OtherInstrument::Reciprocity => return default_name(i),
    };
    palermo_i18n::Msg::new(id)
        .arg("name", crate::facts::title(name))
        .into()
}

/// The kind of cooperation, as the messages name it (`bases-kind-*`).
fn kind_name(kind: RequestKind) -> Arg {
    Arg::Term(match kind {
        RequestKind::Extradition => "bases-kind-extradition",
        RequestKind::MutualLegalAssistance => "bases-kind-mla",
        RequestKind::Confiscation => "bases-kind-confiscation",
        RequestKind::TransferOfSentencedPersons => "bases-kind-transfer-sentenced",
        RequestKind::TransferOfProceedings => "bases-kind-transfer-proceedings",
        RequestKind::JointInvestigation => "bases-kind-joint-investigation",
        RequestKind::SpecialInvestigativeTechniques => "bases-kind-special-techniques",
        RequestKind::LawEnforcementCooperation => "bases-kind-law-enforcement",
    })
}

/// The Convention's own clause on other instruments (or on agreements) for
/// this kind of cooperation, which the findings about other bases cite: how
/// another extradition treaty relates to the Convention is art. 16(3);
/// another assistance treaty, art. 18(6) (for confiscation through art.
/// 13(3)); the other kinds, the article that speaks of agreements for them.
/// Never art. 3(1), which is about the Convention's own scope.
pub fn relation(kind: RequestKind) -> Provision {
    match kind {
        RequestKind::Extradition => Provision::untoc(16).para(3),
        RequestKind::MutualLegalAssistance | RequestKind::Confiscation => {
            Provision::untoc(18).para(6)
        }
        RequestKind::TransferOfSentencedPersons => Provision::untoc(17),
        RequestKind::JointInvestigation => Provision::untoc(19),
        RequestKind::SpecialInvestigativeTechniques => Provision::untoc(20).para(2),
        RequestKind::TransferOfProceedings => Provision::untoc(21),
        RequestKind::LawEnforcementCooperation => Provision::untoc(27).para(2),
    }
}

/// Pushes `bases.other.<n>` for each instrument named in the case,
/// `bases.on_top` (what of the Convention still applies where another treaty
/// governs) and `bases.convention_only`.
pub fn compare(ctx: &mut Ctx<'_>, kind: RequestKind, answer: &Tri) {
    let citation = relation(kind);
    let mut available: Vec<Arg> = Vec::new();
    let mut treaty_available = false;
    // The findings on other instruments still open: what an open
    // `bases.convention_only` rests on.
    let mut open: Vec<Tri> = Vec::new();
    let from_data = crate::bases_data::weigh(ctx, kind, citation);
    if ctx.case.other_bases.is_empty() && from_data.is_empty() {
        return;
    }
    for (tri, name) in from_data {
        match tri.outcome {
            Outcome::Yes => {
                available.push(name);
                treaty_available = true;
            }
            Outcome::No => {}
            _ => open.push(tri),
        }
    }
    for (i, b) in ctx.case.other_bases.clone().iter().enumerate() {
        let name = match &b.name {
            Some(n) => named(b.instrument, n),
            None => default_name(b.instrument),
        };
        let in_force = Tri::fact(
            b.in_force_between,
            crate::outcome::Fact::other_base(i as u32 + 1, "in_force_between"),
        );
        let kinds = match &b.kinds {
            Some(k) => Tri::of(Outcome::from_bool(k.contains(&kind))),
            None => Tri::missing(crate::outcome::Fact::other_base(i as u32 + 1, "kinds")),
        };
        let covers = Tri::fact(
            b.covers_offence,
            crate::outcome::Fact::other_base(i as u32 + 1, "covers_offence"),
        );
        let tri = Tri::all(&[&in_force, &kinds, &covers]);
        let mut f = Finding::new(format!("bases.other.{}", i + 1), citation, tri.outcome);
        f.missing = tri.missing.clone();
        f.message = match tri.outcome {
            Outcome::Yes => {
                available.push(name.clone());
                treaty_available |= b.instrument != OtherInstrument::Reciprocity;
                msg!(
                    "bases-other-yes",
                    name = name,
                    offers = offers(b.instrument)
                )
            }
            Outcome::No if in_force.outcome == Outcome::No => {
                msg!("bases-other-not-in-force", name = name)
            }
            Outcome::No if kinds.outcome == Outcome::No => {
                msg!("bases-other-kind", name = name, kind = kind_name(kind))
            }
            Outcome::No => msg!("bases-other-offence", name = name),
            _ => msg!(
                "bases-other-open",
                name = name,
                offers = offers(b.instrument)
            ),
        };
        let tri = ctx.push(f);
        if !tri.outcome.is_determined() {
            open.push(tri);
        }
    }
    if treaty_available {
        let mut f = Finding::new("bases.on_top", citation, Outcome::Yes);
        f.message = match kind {
            RequestKind::Extradition => {
                f.citation = Provision::untoc(16).para(3);
                msg!("bases-on-top-extradition")
            }
            RequestKind::MutualLegalAssistance => {
                f.citation = Provision::untoc(18).para(6);
                msg!("bases-on-top-mla")
            }
            RequestKind::Confiscation => {
                f.citation = Provision::untoc(18).para(6);
                msg!("bases-on-top-confiscation")
            }
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation => msg!("bases-on-top-other"),
        };
        ctx.push(f);
    }
    let mut f = Finding::new("bases.convention_only", citation, Outcome::Undetermined);
    f.outcome = match (answer.outcome, available.is_empty(), !open.is_empty()) {
        (Outcome::Yes, true, false) => Outcome::Yes,
        (_, false, _) => Outcome::No,
        (o, true, false) if o != Outcome::Yes => Outcome::No,
        _ => Outcome::Undetermined,
    };
    if f.outcome == Outcome::Undetermined {
        // Open for want of what settles the other instruments.
        let refs: Vec<&Tri> = open.iter().collect();
        let others = Tri::any(&refs);
        ctx.rest_on(&mut f, &others);
        f.missing = others.missing;
    }
    f.message = match f.outcome {
        Outcome::Yes => msg!("bases-only-yes"),
        Outcome::No if !available.is_empty() => {
            msg!("bases-only-others", names = Arg::List(available))
        }
        Outcome::No => msg!("bases-only-none"),
        _ => msg!("bases-only-open"),
    };
    ctx.push(f);
}
