//! Arts. 12-14: confiscation cooperation, disposal and return.

use palermo_rules::facts::{ConfiscationMeasure, StateFacts};
use palermo_rules::{Basis, Strength};

use crate::kit::*;

#[test]
fn base_case_gives_effect_to_the_order() {
    let a = run(&confiscation());
    assert_eq!(outcome(&a, "art13.1.covered_offence"), Yes);
    assert_eq!(outcome(&a, "art13.1.requesting_jurisdiction"), Yes);
    assert_eq!(
        a.finding("art13.1.requesting_jurisdiction").unwrap().basis,
        Basis::Interpretation("territorial-jurisdiction")
    );
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::MandatoryQualified));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 13(1)(b)");
    for id in [
        "art13.3.contents",
        "art13.3.mla_rules_apply",
        "art12.6.bank_secrecy",
        "art13.4.applicable_law",
        "art13.8.third_parties",
        "art14.1.disposal",
        "art14.3.sharing",
    ] {
        assert_eq!(outcome(&a, id), Yes, "{id}");
    }
    assert_eq!(
        a.finding("art12.6.bank_secrecy").unwrap().strength,
        Some(Strength::ProhibitedGround)
    );
}

#[test]
fn art13_measures_and_their_strength() {
    let mut c = confiscation();
    c.request.confiscation_measure = Some(ConfiscationMeasure::IdentifyTraceFreeze);
    let a = run(&c);
    assert_eq!(
        (a.answer().strength, a.answer().citation.to_string()),
        (Some(Strength::Mandatory), "UNTOC art. 13(2)".to_string())
    );
    c.request.confiscation_measure = Some(ConfiscationMeasure::DomesticOrder);
    assert_eq!(outcome(&run(&c), "art13.1.a.domestic_order"), Yes);
    c.request.confiscation_measure = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art13.measure"), Und);
    assert_eq!(
        answer(&a),
        Yes,
        "the measure changes the strength, not the basis"
    );
    assert_eq!(a.answer().strength, Some(Strength::MandatoryQualified));
    // 13(1)(b) when the requested State does not give effect to foreign orders.
    let mut c = confiscation();
    c.domestic_law.insert(
        s("XAB"),
        [("art13.1.gives_effect_to_foreign_orders".to_string(), false)]
            .into_iter()
            .collect(),
    );
    assert!(run(&c)
        .finding("art13.1.b.give_effect_to_order")
        .unwrap()
        .explanation
        .contains("13(1)(a)"));
}

#[test]
fn art13_property_must_be_in_the_requested_state() {
    let mut c = confiscation();
    c.request.property_in_requested_state = Some(false);
    assert_eq!(answer(&run(&c)), No);
    c.request.property_in_requested_state = None;
    let a = run(&c);
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing, vec!["request.property_in_requested_state"]);
}

#[test]
fn art13_requesting_jurisdiction() {
    let mut c = confiscation();
    offence(&mut c).committed_in = Some(vec![s("XAB"), s("XAD")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art13.1.requesting_jurisdiction"), Depends);
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art13.1.requesting_state_jurisdiction" && q.state == s("XAA")));
    c.domestic_law.insert(
        s("XAA"),
        [("art13.1.requesting_state_jurisdiction".to_string(), false)]
            .into_iter()
            .collect(),
    );
    assert_eq!(answer(&run(&c)), No);
    offence(&mut c).committed_in = None;
    c.domestic_law.clear();
    offence(&mut c).prepared_in = Some(vec![s("XAA"), s("XAB")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art13.1.requesting_jurisdiction"), Und);
}

#[test]
fn art13_gate_and_scope() {
    let mut c = confiscation();
    c.as_of = Some(jiff::civil::date(2004, 1, 1));
    assert_eq!(answer(&run(&c)), No);
    assert_eq!(outcome(&run(&c), "art13.9.agreements"), Yes);
    let mut c = confiscation();
    offence(&mut c).involves_group = None;
    assert_eq!(answer(&run(&c)), Und);
}

#[test]
fn art13_6_treaty_requirement() {
    let mut c = confiscation();
    assert_eq!(
        outcome(&run(&c), "art13.6.treaty_basis"),
        Yes,
        "by cases: no treaty is no bar either way"
    );
    requested(&mut c).confiscation_requires_treaty = Some(false);
    assert_eq!(outcome(&run(&c), "art13.6.treaty_basis"), No);
    requested(&mut c).confiscation_requires_treaty = Some(true);
    // A deeming rule: the Convention is the treaty the condition asks for.
    assert_eq!(
        run(&c).finding("art13.6.treaty_basis").unwrap().strength,
        Some(Strength::Mandatory)
    );
    c.request.treaty_in_force = Some(true);
    assert_eq!(outcome(&run(&c), "art13.6.treaty_basis"), No);
    // A 13(6) declaration on record is cited.
    let mut c = confiscation();
    c.request.requested_state = Some(s("XCG"));
    let b = c.states.remove(&s("XAB")).unwrap();
    c.states.insert(s("XCG"), StateFacts { ..b });
    offence(&mut c).committed_in = Some(vec![s("XAA"), s("XCG")]);
    let a = run(&c);
    let f = a.finding("art13.6.treaty_basis").unwrap();
    assert!(
        f.sources[0].to_string().contains("reciprocity"),
        "{:?}",
        f.sources
    );
    // The declaration's terms qualify the deeming rule.
    assert_eq!(f.strength, Some(Strength::MandatoryQualified));
}

#[test]
fn art14_2_return_priority() {
    let mut c = confiscation();
    assert_eq!(outcome(&run(&c), "art14.2.return_priority"), No);
    c.request.return_requested = Some(true);
    assert_eq!(outcome(&run(&c), "art14.2.return_priority"), Depends);
    c.domestic_law.insert(
        s("XAB"),
        [("art14.2.return_permitted".to_string(), true)]
            .into_iter()
            .collect(),
    );
    let f = run(&c).finding("art14.2.return_priority").cloned().unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::ShallConsider))
    );
    c.domestic_law.insert(
        s("XAB"),
        [("art14.2.return_permitted".to_string(), false)]
            .into_iter()
            .collect(),
    );
    assert_eq!(outcome(&run(&c), "art14.2.return_priority"), No);
    c.request.return_requested = None;
    assert_eq!(outcome(&run(&c), "art14.2.return_priority"), Und);
}

#[test]
fn art13_several_offences() {
    let mut c = confiscation();
    let mut outside = c.offences[0].clone();
    outside.involves_group = Some(false);
    c.offences.push(outside);
    c.several_offences = true;
    let a = run(&c);
    assert_eq!(outcome(&a, "art13.1.covered_offence#1"), Yes);
    assert_eq!(outcome(&a, "art13.1.covered_offence#2"), No);
    assert_eq!(outcome(&a, "art13.1.covered_offence"), Yes);
    assert_eq!(answer(&a), Yes);
}
