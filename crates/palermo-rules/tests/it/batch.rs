//! The batch path must give exactly the explained engine's answer: every cell
//! of full coverage matrices, and random cells over States, crime types,
//! kinds and dates. These tests use the bundled data on purpose (they compare
//! two paths over the same data, whatever it says).

use jiff::civil::{date, Date};
use palermo_rules::batch::{scenario_case, verify_cell, Tables};
use palermo_rules::facts::RequestKind;
use palermo_rules::{assess, Options, RefData, StateCode};
use proptest::prelude::*;

fn bundled() -> &'static RefData {
    static DATA: std::sync::OnceLock<RefData> = std::sync::OnceLock::new();
    DATA.get_or_init(RefData::embedded)
}

fn participants(data: &RefData) -> Vec<StateCode> {
    let mut v: Vec<StateCode> = data
        .participations()
        .iter()
        .filter(|p| p.instrument == palermo_cite::Instrument::Untoc)
        .map(|p| p.state)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn check_matrix(kind: RequestKind, crime: &str, as_of: Date, stride: usize) {
    let data = bundled();
    let states = participants(data);
    let crimes = vec![crime.to_string()];
    let tables = Tables::build(data, as_of, &states, &crimes);
    let mut n = 0;
    for a in (0..states.len()).step_by(stride) {
        for b in 0..states.len() {
            if a == b {
                continue;
            }
            let fast = tables.cell(kind, crime, a, b);
            if let Some(diff) = verify_cell(data, as_of, kind, crime, states[a], states[b], fast) {
                panic!(
                    "{kind:?} {crime} {} -> {} on {as_of}: {diff}",
                    states[a], states[b]
                );
            }
            n += 1;
        }
    }
    assert!(n > 1000, "{n} cells");
}

#[test]
fn full_extradition_matrix_agrees_with_the_explained_engine() {
    check_matrix(
        RequestKind::Extradition,
        "wildlife_trafficking",
        date(2026, 6, 1),
        1,
    );
}

#[test]
fn confiscation_matrix_agrees_with_the_explained_engine() {
    check_matrix(
        RequestKind::Confiscation,
        "money_laundering",
        date(2024, 5, 1),
        5,
    );
}

#[test]
fn other_kinds_agree_with_the_explained_engine() {
    for kind in [
        RequestKind::TransferOfSentencedPersons,
        RequestKind::JointInvestigation,
        RequestKind::SpecialInvestigativeTechniques,
        RequestKind::TransferOfProceedings,
        RequestKind::LawEnforcementCooperation,
    ] {
        check_matrix(kind, "trafficking_in_persons", date(2024, 5, 1), 17);
    }
}

#[test]
fn mla_matrix_agrees_with_the_explained_engine() {
    check_matrix(
        RequestKind::MutualLegalAssistance,
        "migrant_smuggling",
        date(2024, 5, 1),
        3,
    );
}

proptest! {
    #![proptest_config(crate::kit::proptest_config(300))]

    #[test]
    fn random_cells_agree(a in 0usize..200, b in 0usize..200, crime in 0usize..24, kind in 0usize..8, days in 0i32..9000) {
        let data = bundled();
        let states = participants(data);
        let (a, b) = (a % states.len(), b % states.len());
        prop_assume!(a != b);
        let crime = data.crimes()[crime % data.crimes().len()].id.clone();
        let as_of = date(2002, 1, 1).checked_add(jiff::Span::new().days(days)).unwrap();
let kind = RequestKind::ALL[kind % RequestKind::ALL.len()];
        let tables = Tables::build(data, as_of, &[states[a], states[b]], std::slice::from_ref(&crime));
        let fast = tables.cell(kind, &crime, 0, 1);
        let slow = assess(&scenario_case(kind, &crime, states[a], states[b], as_of), data, as_of, Options::default()).unwrap();
        prop_assert_eq!((fast.outcome, fast.strength), (slow.answer().outcome, slow.answer().strength), "{:?}", slow.answer().message.to_string());
    }
}
