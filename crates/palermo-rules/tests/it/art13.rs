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
        .message
        .to_string()
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
    assert_eq!(a.missing[..], ["request.property_in_requested_state"]);
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

/// The base confiscation case with XCG (13(6) declaration on reciprocity) as
/// the requested State.
fn from_reciprocia() -> palermo_rules::Case {
    let mut c = confiscation();
    c.request.requested_state = Some(s("XCG"));
    c.request.person_located_in = Some(s("XCG"));
    let b = c.states.remove(&s("XAB")).unwrap();
    c.states.insert(s("XCG"), b);
    offence(&mut c).committed_in = Some(vec![s("XAA"), s("XCG")]);
    let xab = offence(&mut c).max_penalty.remove(&s("XAB")).unwrap();
    offence(&mut c).max_penalty.insert(s("XCG"), xab);
    c
}

#[test]
fn art13_6_is_a_deeming_rule_for_a_treaty_requiring_state() {
    let mut c = confiscation();
    requested(&mut c).confiscation_requires_treaty = Some(true);
    let a = run(&c);
    let f = a.finding("art13.6.treaty_basis").unwrap();
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(f.basis, Basis::Interpretation("art13-6-deeming"));
    assert_eq!(f.citation.to_string(), "UNTOC art. 13(6)");
    assert!(
        f.message.to_string().contains("necessary and sufficient"),
        "{}",
        f.message.to_string()
    );
    assert!(f.sources.is_empty(), "no declaration on record for XAB");
    assert_eq!(answer(&a), Yes);
    // Need for a treaty unknown: no bar either way, still mandatory.
    requested(&mut c).confiscation_requires_treaty = None;
    let f = run(&c).finding("art13.6.treaty_basis").cloned().unwrap();
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(f.basis, Basis::Interpretation("art13-6-deeming"));
    assert!(
        f.message.to_string().contains("Whether or not"),
        "{}",
        f.message.to_string()
    );
}

#[test]
fn art13_6_is_not_engaged_with_a_treaty_or_without_a_treaty_requirement() {
    let mut c = confiscation();
    requested(&mut c).confiscation_requires_treaty = Some(false);
    let f = run(&c).finding("art13.6.treaty_basis").cloned().unwrap();
    assert_eq!((f.outcome, f.strength, f.basis), (No, None, Basis::Text));
    assert!(
        f.message.to_string().contains("not engaged"),
        "{}",
        f.message.to_string()
    );
    // A treaty in force, even for a State that requires one.
    requested(&mut c).confiscation_requires_treaty = Some(true);
    c.request.treaty_in_force = Some(true);
    let a = run(&c);
    let f = a.finding("art13.6.treaty_basis").unwrap();
    assert_eq!((f.outcome, f.strength, f.basis), (No, None, Basis::Text));
    assert!(
        f.message.to_string().contains("not needed"),
        "{}",
        f.message.to_string()
    );
    assert_eq!(answer(&a), Yes, "13(6) does not decide the answer");
}

#[test]
fn art13_6_declaration_qualifies_the_deeming_rule() {
    let mut c = from_reciprocia();
    let a = run(&c);
    assert_eq!(answer(&a), Yes);
    let f = a.finding("art13.6.treaty_basis").unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::MandatoryQualified))
    );
    assert_eq!(f.basis, Basis::Interpretation("art13-6-deeming"));
    assert!(f.sources[0]
        .to_string()
        .contains("untoc_declarations.csv:14"));
    assert!(
        f.message.to_string().contains("terms"),
        "{}",
        f.message.to_string()
    );
    // Stated to require a treaty: the declaration still qualifies it.
    c.states
        .get_mut(&s("XCG"))
        .unwrap()
        .confiscation_requires_treaty = Some(true);
    let f = run(&c).finding("art13.6.treaty_basis").cloned().unwrap();
    assert_eq!(f.strength, Some(Strength::MandatoryQualified));
    // Stated to need no treaty: the declaration is not in point.
    c.states
        .get_mut(&s("XCG"))
        .unwrap()
        .confiscation_requires_treaty = Some(false);
    let f = run(&c).finding("art13.6.treaty_basis").cloned().unwrap();
    assert_eq!((f.outcome, f.strength), (No, None));
    assert!(f.sources.is_empty());
    // A treaty in force: not engaged, declaration or not.
    let mut c = from_reciprocia();
    c.request.treaty_in_force = Some(true);
    let f = run(&c).finding("art13.6.treaty_basis").cloned().unwrap();
    assert_eq!((f.outcome, f.strength, f.basis), (No, None, Basis::Text));
}

#[test]
fn art13_3_dual_criminality_is_asked_under_18_9() {
    let a = run(&confiscation());
    let f = a.finding("art13.3.dual_criminality").unwrap();
    assert_eq!((f.outcome, f.strength), (No, None), "punishable in XAB");
    assert_eq!(f.citation.to_string(), "UNTOC art. 18(9)");
    assert!(
        f.message.to_string().contains("no ground to decline"),
        "{}",
        f.message.to_string()
    );
    // Not punishable in the requested State: it may decline.
    let mut c = confiscation();
    offence(&mut c).punishable_in.insert(s("XAB"), false);
    let a = run(&c);
    let f = a.finding("art13.3.dual_criminality").unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert!(
        f.message.to_string().contains("may decline"),
        "{}",
        f.message.to_string()
    );
    assert_eq!(
        answer(&a),
        Yes,
        "an optional ground, not a bar to the basis"
    );
    // Not known: undetermined, naming the fact, and only a side finding.
    let mut c = confiscation();
    offence(&mut c).max_penalty.remove(&s("XAB"));
    let a = run(&c);
    assert_eq!(outcome(&a, "art13.3.dual_criminality"), Und);
    assert_eq!(
        missing(&a, "art13.3.dual_criminality"),
        vec!["offence.punishable_in.XAB"]
    );
    assert_eq!(answer(&a), Yes);
    let i = a
        .missing
        .iter()
        .position(|m| m == "offence.punishable_in.XAB")
        .expect("listed");
    assert_eq!(a.missing_tiers[i], palermo_rules::MissingTier::SideFinding);
}

#[test]
fn art13_3_dual_criminality_over_several_offences() {
    let mut c = confiscation();
    let mut second = c.offences[0].clone();
    second.max_penalty.remove(&s("XAB"));
    c.offences.push(second);
    c.several_offences = true;
    let a = run(&c);
    assert_eq!(outcome(&a, "art13.3.dual_criminality"), Und);
    assert_eq!(
        missing(&a, "art13.3.dual_criminality"),
        vec!["offences[2].punishable_in.XAB"]
    );
    // One offence not punishable in XAB is enough to decline for it.
    c.offences[1].punishable_in.insert(s("XAB"), false);
    assert_eq!(outcome(&run(&c), "art13.3.dual_criminality"), Yes);
    // No basis, nothing attached.
    let mut c = confiscation();
    c.request.property_in_requested_state = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    assert!(a.finding("art13.3.dual_criminality").is_none());
}

#[test]
fn art13_requested_states_maximum_is_never_a_missing_fact_that_matters() {
    let mut c = confiscation();
    offence(&mut c).max_penalty.remove(&s("XAB"));
    offence(&mut c).punishable_in.insert(s("XAB"), true);
    let a = run(&c);
    assert_eq!(answer(&a), Yes);
    assert_eq!(outcome(&a, "art13.3.dual_criminality"), No);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAB"), Und);
    assert!(a.missing.iter().any(|m| m == "offence.max_penalty.XAB"));
    for (m, t) in a.missing.iter().zip(&a.missing_tiers) {
        if m.path().contains("max_penalty.XAB") {
            assert_eq!(*t, palermo_rules::MissingTier::Moot, "{m}");
        } else {
            panic!("unexpected missing fact {m} ({t:?})");
        }
    }
    // Boundary: when the requested State's law characterises the offence
    // (serious crime), its maximum decides the answer.
    let a = run_with(
        &c,
        palermo_rules::Options {
            serious_crime_law: palermo_rules::facts::SeriousCrimeLaw::Requested,
        },
    );
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing[0], "offence.max_penalty.XAB");
    assert_eq!(a.missing_tiers[0], palermo_rules::MissingTier::Decisive);
}
