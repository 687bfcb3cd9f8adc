//! The Protocols' offences given by their elements: TIP arts. 3 and 5, SOM
//! arts. 3, 5 and 6, FP art. 5; and how a classified offence counts under
//! art. 3(1) between parties to that Protocol.

use jiff::civil::date;
use palermo_cite::Instrument;
use palermo_rules::facts::*;
use palermo_rules::Basis;

use crate::kit::*;

/// A case with no Convention offence stated, a two-year maximum (not
/// serious), both States parties to every Protocol, and the given elements.
fn by_elements(elements: Elements) -> palermo_rules::Case {
    let mut c = extradition();
    let o = offence(&mut c);
    o.convention_offences = None;
    o.max_penalty = [
        (s("XAA"), Penalty::Months(24)),
        (s("XAB"), Penalty::Months(24)),
    ]
    .into_iter()
    .collect();
    o.elements = elements;
    for st in ["XAA", "XAB"] {
        let f = c.states.get_mut(&s(st)).unwrap();
        for p in [Instrument::Tip, Instrument::Som, Instrument::Firearms] {
            f.protocols.insert(p, Consent::Deposited(date(2005, 3, 1)));
        }
    }
    c
}

fn tip(means: Option<Vec<TipMeans>>, age: Option<u32>) -> Elements {
    Elements {
        tip_acts: Some(vec![TipAct::Recruitment, TipAct::Transportation]),
        tip_means: means,
        tip_purposes: Some(vec![TipPurpose::SexualExploitation]),
        victim_age: age,
        intentional: Some(true),
        ..Elements::default()
    }
}

#[test]
fn tip_adult_needs_a_means() {
    let a = run(&by_elements(tip(
        Some(vec![TipMeans::FraudOrDeception]),
        Some(22),
    )));
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
    assert_eq!(outcome(&a, "art3.1.protocol_offence"), Yes);
    assert_eq!(
        outcome(&a, "art3.1.within_scope"),
        Yes,
        "covered below four years between TIP parties"
    );
    let a = run(&by_elements(tip(Some(vec![]), Some(22))));
    assert_eq!(outcome(&a, "tip.art3.a.means"), No);
    assert_eq!(outcome(&a, "tip.art5.offence"), No);
}

#[test]
fn tip_child_needs_no_means() {
    let a = run(&by_elements(tip(Some(vec![]), Some(16))));
    assert_eq!(outcome(&a, "tip.art3.a.means"), Yes);
    assert_eq!(
        a.finding("tip.art3.a.means").unwrap().citation.to_string(),
        "TIP art. 3(c)"
    );
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
    // Boundary: eighteen is no longer a child.
    assert_eq!(
        outcome(
            &run(&by_elements(tip(Some(vec![]), Some(18)))),
            "tip.art5.offence"
        ),
        No
    );
    // Age unknown and no means: undetermined, naming the age.
    let a = run(&by_elements(tip(Some(vec![]), None)));
    assert_eq!(outcome(&a, "tip.art5.offence"), Und);
    assert!(missing(&a, "tip.art5.offence").contains(&"offence.elements.victim_age".to_string()));
}

#[test]
fn tip_consent_is_irrelevant_once_a_means_is_used() {
    let mut e = tip(Some(vec![TipMeans::AbuseOfVulnerability]), Some(30));
    e.victim_consented = Some(true);
    let a = run(&by_elements(e));
    assert!(a
        .finding("tip.art3.b.consent")
        .unwrap()
        .explanation
        .contains("irrelevant"));
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
}

#[test]
fn tip_classified_offence_counts_only_between_parties() {
    let mut c = by_elements(tip(Some(vec![TipMeans::ForceOrCoercion]), Some(25)));
    requested(&mut c)
        .protocols
        .insert(Instrument::Tip, Consent::None);
    let a = run(&c);
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
    assert_eq!(outcome(&a, "art3.1.protocol_offence"), No);
}

#[test]
fn som_benefit_and_humanitarian_help() {
    let e = |motive| Elements {
        procured_illegal_entry: Some(true),
        smuggling_motive: Some(motive),
        intentional: Some(true),
        ..Elements::default()
    };
    let a = run(&by_elements(e(SmugglingMotive::Financial)));
    assert_eq!(outcome(&a, "som.art6.offence"), Yes);
    assert_eq!(outcome(&a, "som.art5.migrants_not_liable"), Yes);
    assert_eq!(outcome(&a, "art3.1.within_scope"), Yes);
    let a = run(&by_elements(e(SmugglingMotive::Humanitarian)));
    assert_eq!(outcome(&a, "som.art6.offence"), No);
    assert_eq!(
        a.finding("som.art3.a.benefit").unwrap().basis,
        Basis::Interpretation("smuggling-benefit")
    );
    assert_eq!(
        outcome(
            &run(&by_elements(e(SmugglingMotive::Family))),
            "som.art6.offence"
        ),
        No
    );
    let a = run(&by_elements(Elements {
        procured_illegal_entry: Some(true),
        intentional: Some(true),
        ..Elements::default()
    }));
    assert_eq!(outcome(&a, "som.art6.offence"), Und);
}

#[test]
fn firearms_conduct() {
    let a = run(&by_elements(Elements {
        firearms_conduct: Some(vec![FirearmsConduct::IllicitTrafficking]),
        intentional: Some(true),
        ..Elements::default()
    }));
    assert_eq!(outcome(&a, "firearms.art5.offence"), Yes);
    let a = run(&by_elements(Elements {
        firearms_conduct: Some(vec![]),
        intentional: Some(true),
        ..Elements::default()
    }));
    assert_eq!(outcome(&a, "firearms.art5.offence"), No);
    let a = run(&by_elements(Elements {
        firearms_conduct: Some(vec![FirearmsConduct::MarkingTampering]),
        intentional: Some(false),
        ..Elements::default()
    }));
    assert_eq!(
        outcome(&a, "firearms.art5.offence"),
        No,
        "intent is an element"
    );
}

#[test]
fn a_stated_offence_does_not_wait_for_its_elements() {
    let mut c = by_elements(tip(None, None));
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::TipArt5]);
    let a = run(&c);
    assert_eq!(outcome(&a, "tip.art5.offence"), Und);
    assert_eq!(
        outcome(&a, "art3.1.protocol_offence"),
        Yes,
        "the case states the TIP offence"
    );
}
