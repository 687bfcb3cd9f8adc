//! The fast path against the explained engine on a synthetic data set of
//! fictional States that holds every shape the rules distinguish: every
//! art. 16(5)(a) effect, every extradition-law value (alone, dated after
//! some `as_of`, and against a notification that implies the opposite or the
//! same), every participation shape (party with and without a
//! deposit date, signatory only, succession, deposit after `as_of`, not
//! listed at all, Protocols joined or not) and every penalty shape (above,
//! at and below four years, life, fine only, a maximum that changed over
//! time, one not yet in force, a secondary source). Unlike `batch.rs`, it
//! does not depend on what the bundled data happens to hold.

use jiff::civil::{date, Date};
use palermo_rules::batch::{verify_cell, Tables};
use palermo_rules::facts::RequestKind;
use palermo_rules::{RefData, StateCode};

const PARTICIPATION: &str = "\
participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes
Alpha,XAA,UNTOC,2000-12-12,2004-01-10,ratification,fixture://p,2024-01-01,yes,
Alpha,XAA,TIP,2000-12-12,2004-01-10,ratification,fixture://p,2024-01-01,yes,
Alpha,XAA,SOM,2000-12-12,2004-01-10,ratification,fixture://p,2024-01-01,yes,
Alpha,XAA,FIREARMS,,2005-01-10,accession,fixture://p,2024-01-01,yes,
Beta,XAB,UNTOC,2000-12-12,2005-03-01,ratification,fixture://p,2024-01-01,yes,
Beta,XAB,TIP,,2006-03-01,accession,fixture://p,2024-01-01,yes,
Signia,XBB,UNTOC,2000-12-12,,,fixture://p,2014-01-27,no,signatory only
Quietland,XBC,UNTOC,,,accession,fixture://p,2017-09-19,yes,party but date unknown
Successia,XBD,UNTOC,,2006-10-23,succession,fixture://p,2014-01-27,yes,
Latecomer,XBE,UNTOC,,2024-04-20,accession,fixture://p,2024-05-01,yes,in force 30 days later
Takesland,XCA,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Takesland,XCA,SOM,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Refusia,XCB,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Mutualia,XCC,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Nationalia,XCD,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Cutoffia,XCE,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Treatyland,XCF,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Ownlawia,XCI,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Mutualib,XCJ,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Treatyland,XLA,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Freeland,XLB,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Freeland,XLB,SOM,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Mixland,XLC,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
Lateland,XLD,UNTOC,,2004-02-01,accession,fixture://p,2024-01-01,yes,
";

const EXTRADITION_LAW: &str = "\
participant,iso3166_alpha3,requires_treaty,summary,source_url,source_as_of,notes
Treatyland,XLA,yes,Only under a treaty.,fixture://l,2009,
Freeland,XLB,no,On reciprocity without a treaty.,fixture://l,2009,
Mixland,XLC,partly,A treaty for some States only.,fixture://l,2019-06-21,
Lateland,XLD,no,No treaty needed under the new act.,fixture://l,2025-03,
Takesland,XCA,no,Its act applies where no treaty exists.,fixture://l,2009,
Ownlawia,XCI,yes,Only under a treaty.,fixture://l,2009,
Refusia,XCB,yes,Only under a treaty.,fixture://l,2009,
Mutualia,XCC,partly,A treaty for some States only.,fixture://l,2009,
";

const DECLARATIONS: &str = "\
participant,iso3166_alpha3,instrument,article,kind,summary,source_url,effect,source_as_of
Takesland,XCA,UNTOC,16(5),notification,Takes the Convention as the basis.,fixture://d,takes_convention,2013-11
Refusia,XCB,UNTOC,16(5),declaration,Does not take the Convention as the basis.,fixture://d,does_not_take_convention,2013-11
Mutualia,XCC,UNTOC,16(5),notification,Takes it reciprocally.,fixture://d,takes_convention_reciprocal,2013-11
Nationalia,XCD,UNTOC,16(5),notification,Takes it except for its nationals.,fixture://d,takes_convention_except_nationals,2005
Cutoffia,XCE,UNTOC,16(5),notification,Text cut off.,fixture://d,content_unknown,2010-09-16
Treatyland,XCF,UNTOC,16(5),notification,Requires a treaty; basis not stated.,fixture://d,treaty_required_basis_unstated,2010-09-16
Ownlawia,XCI,UNTOC,16(5),declaration,Not the Convention; its own law and reciprocity.,fixture://d,no_convention_basis_reciprocity,2013-11
Mutualib,XCJ,UNTOC,16(5),notification,Takes it reciprocally too.,fixture://d,takes_convention_reciprocal,2013-11
Unlisted,XDA,UNTOC,16(5),notification,Takes the Convention as the basis.,fixture://d,takes_convention,2013-11
";

const PENALTIES: &str = "\
iso3166_alpha3,state,crime_type,offence_label,provision,max_custodial,in_force_from,source_url,source_as_of,notes,in_force_until,flag
XAA,Alpha,wildlife_trafficking,trading,Act s. 1,5y,,fixture://n,2015,,,
XAB,Beta,wildlife_trafficking,trading,Act s. 1,2y,,fixture://n,2015,,,
XCA,Takesland,wildlife_trafficking,trading,Act s. 1,life,,fixture://n,2015,,,
XCB,Refusia,wildlife_trafficking,trading,Act s. 1,fine,,fixture://n,2015,,,
XCC,Mutualia,wildlife_trafficking,trading,Act s. 1,4y,,fixture://n,2015,,,
XCD,Nationalia,wildlife_trafficking,trading,Act s. 1,6y,2000-01-01,fixture://n,2015,,2010-01-01,
XCD,Nationalia,wildlife_trafficking,trading,Act s. 1,3y,2010-01-01,fixture://n,2015,,,
XCE,Cutoffia,wildlife_trafficking,trading,Act s. 1,4y,2025-01-01,fixture://n,2025,,,
XCF,Treatyland,wildlife_trafficking,trading,Act s. 1,10y,,fixture://n,2015,,,secondary_source
XCI,Ownlawia,wildlife_trafficking,trading,Act s. 1,12y,,fixture://n,2015,,,
XCJ,Mutualib,wildlife_trafficking,trading,Act s. 1,8y,,fixture://n,2015,,,
XAA,Alpha,migrant_smuggling,smuggling,Act s. 2,3y,,fixture://n,2015,,,
XCA,Takesland,migrant_smuggling,smuggling,Act s. 2,10y,,fixture://n,2015,,,
XAA,Alpha,money_laundering,laundering,Act s. 3,10y,,fixture://n,2015,,,
XLA,Treatyland,wildlife_trafficking,trading,Act s. 1,5y,,fixture://n,2015,,,
XLB,Freeland,wildlife_trafficking,trading,Act s. 1,5y,,fixture://n,2015,,,
XLB,Freeland,migrant_smuggling,smuggling,Act s. 2,3y,,fixture://n,2015,,,
XLC,Mixland,wildlife_trafficking,trading,Act s. 1,5y,,fixture://n,2015,,,
XLD,Lateland,wildlife_trafficking,trading,Act s. 1,5y,,fixture://n,2015,,,
";

fn data() -> RefData {
    let texts = palermo_refdata::DataTexts {
        participation: PARTICIPATION,
        declarations: DECLARATIONS,
        penalties: PENALTIES,
        extradition_law: EXTRADITION_LAW,
        ..palermo_refdata::DataTexts::embedded()
    };
    crate::kit::load(texts, "synthetic")
}

fn states() -> Vec<StateCode> {
    [
        "XAA", "XAB", "XBB", "XBC", "XBD", "XBE", "XCA", "XCB", "XCC", "XCD", "XCE", "XCF", "XCI",
        "XCJ", "XDA", "XLA", "XLB", "XLC", "XLD",
    ]
    .iter()
    .map(|s| s.parse().unwrap())
    .collect()
}

fn check(kinds: &[RequestKind], crimes: &[&str], as_of: Date) -> usize {
    let data = data();
    let states = states();
    let crimes: Vec<String> = crimes.iter().map(|c| c.to_string()).collect();
    let tables = Tables::build(&data, as_of, &states, &crimes);
    let mut n = 0;
    let mut diffs = Vec::new();
    for &kind in kinds {
        for crime in &crimes {
            for a in 0..states.len() {
                for b in 0..states.len() {
                    if a == b {
                        continue;
                    }
                    let cell = tables.cell(kind, crime, a, b);
                    if let Some(d) =
                        verify_cell(&data, as_of, kind, crime, states[a], states[b], cell)
                    {
                        diffs.push(format!(
                            "{kind:?} {crime} {} -> {} on {as_of}: {d}",
                            states[a], states[b]
                        ));
                    }
                    n += 1;
                }
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "{} cells differ:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
    n
}

#[test]
fn every_notification_effect_and_penalty_shape_agrees_for_extradition() {
    let n = check(
        &[RequestKind::Extradition],
        &[
            "wildlife_trafficking",
            "migrant_smuggling",
            "money_laundering",
            "firearms_trafficking",
        ],
        date(2024, 5, 1),
    );
    assert_eq!(n, 4 * 19 * 18);
}

#[test]
fn every_kind_agrees_on_the_synthetic_data() {
    let kinds = [
        RequestKind::MutualLegalAssistance,
        RequestKind::Confiscation,
        RequestKind::TransferOfSentencedPersons,
        RequestKind::JointInvestigation,
        RequestKind::SpecialInvestigativeTechniques,
        RequestKind::TransferOfProceedings,
        RequestKind::LawEnforcementCooperation,
    ];
    check(
        &kinds,
        &["wildlife_trafficking", "trafficking_in_persons"],
        date(2024, 5, 1),
    );
}

#[test]
fn other_dates_agree_on_the_synthetic_data() {
    // Before the Convention's entry into force, after the late deposit and the
    // not-yet-in-force penalty, and during the old penalty's validity.
    for as_of in [date(2003, 1, 1), date(2008, 6, 1), date(2026, 1, 1)] {
        check(
            &[RequestKind::Extradition, RequestKind::MutualLegalAssistance],
            &["wildlife_trafficking", "migrant_smuggling"],
            as_of,
        );
    }
}

/// The synthetic data really holds every 16(5)(a) effect: a new effect
/// added to the data model must be added here too.
#[test]
fn the_synthetic_data_has_every_notification_effect() {
    let data = data();
    for effect in palermo_refdata::ExtraditionBasisNotice::ALL {
        assert!(
            states().iter().any(|&s| data
                .declarations(s, palermo_cite::Instrument::Untoc, "16(5)")
                .any(|d| d.extradition_basis == Some(effect))),
            "no fictional State has the effect {}",
            effect.as_str()
        );
    }
}

/// The synthetic data holds every extradition-law value, one dated after
/// 1 May 2024, and records that disagree with a notification.
#[test]
fn the_synthetic_data_has_every_extradition_law_value() {
    let data = data();
    for value in palermo_refdata::TreatyRequirement::ALL {
        assert!(
            states().iter().any(|&s| data
                .extradition_law(s)
                .is_some_and(|r| r.requires_treaty == value)),
            "no fictional State has the value {}",
            value.as_str()
        );
    }
    let on = date(2024, 5, 1);
    let xld: StateCode = "XLD".parse().unwrap();
    assert!(data.extradition_law(xld).is_some() && data.extradition_law_on(xld, on).is_none());
    // XCA's notification implies a treaty; its record says none: the
    // position reads the notification.
    let xca: StateCode = "XCA".parse().unwrap();
    let need = palermo_rules::art16::Position::from_data(&data, xca, on).treaty_need();
    assert_eq!(
        need,
        palermo_rules::art16::TreatyNeed::Notice {
            requires: true,
            anchor: "notification-implies-treaty-requirement",
            law_differs: true,
        }
    );
}
