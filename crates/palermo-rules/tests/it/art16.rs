//! Art. 16: extradition, paragraphs 1-17.

use jiff::civil::date;
use palermo_rules::facts::{Offence, Penalty};
use palermo_rules::{Basis, Strength};

use crate::kit::*;

#[test]
fn base_case_is_yes_via_16_4() {
    let a = run(&extradition());
    assert_eq!(outcome(&a, "art16.1.applies"), Yes);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
    assert!(a.missing.is_empty(), "{:?}", a.missing);
}

#[test]
fn art16_1_first_limb_and_dual_criminality() {
    let mut c = extradition();
    offence(&mut c).punishable_in.insert(s("XAB"), false);
    offence(&mut c).max_penalty.remove(&s("XAB"));
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.dual_criminality"), No);
    assert_eq!(outcome(&a, "art16.1.applies"), No);
    assert_eq!(answer(&a), No);
}

#[test]
fn art16_1_dual_criminality_follows_from_penalty_none() {
    let mut c = extradition();
    offence(&mut c)
        .max_penalty
        .insert(s("XAB"), Penalty::NotAnOffence);
    assert_eq!(outcome(&run(&c), "art16.1.dual_criminality"), No);
    offence(&mut c).max_penalty.remove(&s("XAB"));
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.dual_criminality"), Und);
    assert_eq!(
        missing(&a, "art16.1.dual_criminality"),
        vec!["offence.punishable_in.XAB"]
    );
    assert_eq!(answer(&a), Und);
}

#[test]
fn art16_1_second_limb_needs_no_transnationality() {
    let mut c = extradition();
    offence(&mut c).committed_in = Some(vec![s("XAA")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.within_scope"), No);
    assert_eq!(outcome(&a, "art16.1.first_limb"), No);
    assert_eq!(outcome(&a, "art16.1.second_limb"), Yes);
    assert_eq!(outcome(&a, "art16.1.applies"), Yes);
    // The person elsewhere: no limb.
    c.request.person_located_in = Some(s("XAD"));
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.second_limb"), No);
    assert_eq!(outcome(&a, "art16.1.applies"), No);
    // Unknown location: undetermined, naming the fact.
    c.request.person_located_in = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.applies"), Und);
    assert!(a.missing.iter().any(|x| x == "request.person_located_in"));
}

#[test]
fn art16_2_separate_serious_crimes() {
    let mut c = extradition();
    let first = c.offences[0].clone();
    let mut outside = first.clone();
    outside.involves_group = Some(false); // no group: outside art. 16, but serious
    let mut petty = outside.clone();
    petty.max_penalty = [
        (s("XAA"), Penalty::Months(12)),
        (s("XAB"), Penalty::Months(12)),
    ]
    .into_iter()
    .collect();
    c.offences = vec![first, outside, petty];
    c.several_offences = true;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.applies#1"), Yes);
    assert_eq!(outcome(&a, "art16.1.applies#2"), No);
    assert_eq!(
        outcome(&a, "art16.1.applies"),
        Yes,
        "yes for at least one offence"
    );
    assert!(a
        .finding("art16.1.applies")
        .unwrap()
        .explanation
        .contains("offence 1 of 3"));
    let f = a.finding("art16.2.separate_serious_crimes#2").unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert_eq!(outcome(&a, "art16.2.separate_serious_crimes#3"), No);
    assert!(a.finding("art16.2.separate_serious_crimes#1").is_none());
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAA#3"), No);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAA"), Yes);
    assert_eq!(answer(&a), Yes);
}

#[test]
fn several_offences_all_outside_is_no() {
    let mut c = extradition();
    let mut o = c.offences[0].clone();
    o.involves_group = Some(false);
    c.offences = vec![
        o.clone(),
        Offence {
            involves_group: Some(false),
            ..o
        },
    ];
    c.several_offences = true;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.applies"), No);
    assert_eq!(answer(&a), No);
    assert!(
        a.finding("art16.2.separate_serious_crimes#1").is_none(),
        "16(2) needs one offence within the article"
    );
}

#[test]
fn art16_3_treaty_in_force_is_a_route_whatever_the_notification() {
    let mut c = extradition();
    c.request.treaty_in_force = Some(true);
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.3.deemed_included"), Yes);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Mandatory));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(3)");
}

#[test]
fn art16_4_5_notification_no_means_no_route() {
    let mut c = extradition();
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.5.a.notification"), No);
    assert_eq!(outcome(&a, "art16.4.convention_as_basis"), No);
    assert_eq!(answer(&a), No);
    assert_eq!(outcome(&a, "art16.5.b.seek_treaties"), Yes);
    assert_eq!(outcome(&a, "art16.17.seek_agreements"), Yes);
}

#[test]
fn art16_5_nothing_on_record_is_undetermined() {
    let mut c = extradition();
    requested(&mut c).convention_as_extradition_basis = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.5.a.notification"), Und);
    assert_eq!(answer(&a), Und);
    assert_eq!(
        a.missing,
        vec!["states.XAB.convention_as_extradition_basis"]
    );
}

#[test]
fn art16_4_6_reasoning_by_cases() {
    // Need for a treaty unknown, but the State takes the Convention as basis:
    // 16(4) or 16(6) gives a route either way.
    let mut c = extradition();
    requested(&mut c).extradition_requires_treaty = None;
    let a = run(&c);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    assert!(
        a.answer().explanation.contains("either")
            || a.answer().explanation.contains("if it requires")
    );
    // Unknown need and no notification: undetermined on both facts.
    requested(&mut c).convention_as_extradition_basis = None;
    let a = run(&c);
    assert_eq!(answer(&a), Und);
    assert!(a
        .missing
        .contains(&"states.XAB.extradition_requires_treaty".to_string()));
    assert!(a
        .missing
        .contains(&"states.XAB.convention_as_extradition_basis".to_string()));
}

#[test]
fn art16_6_no_treaty_needed_is_mandatory() {
    let mut c = extradition();
    requested(&mut c).extradition_requires_treaty = Some(false);
    requested(&mut c).convention_as_extradition_basis = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.6.recognised_as_extraditable"), Yes);
    assert_eq!(outcome(&a, "art16.4.convention_as_basis"), No);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Mandatory));
}

#[test]
fn art16_treaty_unknown_but_convention_route_exists() {
    let mut c = extradition();
    c.request.treaty_in_force = None;
    assert_eq!(
        answer(&run(&c)),
        Yes,
        "16(4) holds whether or not a treaty exists"
    );
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing, vec!["request.treaty_in_force"]);
}

fn from_data(code: &str) -> palermo_rules::Assessment {
    let mut c = extradition();
    c.request.requested_state = Some(s(code));
    c.request.person_located_in = Some(s(code));
    let b = c.states.remove(&s("XAB")).unwrap();
    c.states.insert(
        s(code),
        palermo_rules::facts::StateFacts {
            extradition_requires_treaty: None,
            convention_as_extradition_basis: None,
            ..b
        },
    );
    let mut o = c.offences[0].clone();
    o.committed_in = Some(vec![s("XAA"), s(code)]);
    o.max_penalty = [
        (s("XAA"), Penalty::Months(60)),
        (s(code), Penalty::Months(60)),
    ]
    .into_iter()
    .collect();
    c.offences = vec![o];
    run(&c)
}

#[test]
fn art16_5_notifications_from_data() {
    let a = from_data("XCA");
    assert_eq!(outcome(&a, "art16.5.a.notification"), Yes);
    assert!(a.finding("art16.5.a.notification").unwrap().sources[0]
        .to_string()
        .contains("untoc_declarations.csv:2"));
    assert_eq!(
        a.finding("art16.4.convention_as_basis").unwrap().basis,
        Basis::Interpretation("notification-implies-treaty-requirement")
    );
    assert_eq!(answer(&a), Yes);
    assert_eq!(answer(&from_data("XCB")), No);
    let a = from_data("XCE");
    assert_eq!(answer(&a), Und, "content not captured is undetermined");
    let a = from_data("XCF");
    assert_eq!(answer(&a), Und);
}

#[test]
fn art16_5_reciprocal_notification() {
    let a = from_data("XCC");
    assert_eq!(outcome(&a, "art16.5.a.notification"), Und);
    assert_eq!(
        missing(&a, "art16.5.a.notification"),
        vec!["states.XAA.convention_as_extradition_basis"]
    );
}

#[test]
fn art16_5_except_nationals_notification() {
    let a = from_data("XCD");
    assert_eq!(
        outcome(&a, "art16.5.a.notification"),
        Yes,
        "the person is XAC's national, not XCD's"
    );
}

#[test]
fn art16_7_domestic_conditions() {
    let a = run(&extradition());
    assert_eq!(outcome(&a, "art16.7.domestic_conditions"), Depends);
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art16.7.minimum_penalty_met" && q.state == s("XAB")));
    let mut c = extradition();
    c.domestic_law.insert(
        s("XAB"),
        [("art16.7.political_offence_bar".to_string(), true)]
            .into_iter()
            .collect(),
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.7.domestic_conditions"), No);
    assert_eq!(
        answer(&a),
        Yes,
        "a domestic bar does not take away the Convention as legal basis"
    );
    let all: std::collections::BTreeMap<String, bool> = [
        ("art16.7.minimum_penalty_met", true),
        ("art16.7.political_offence_bar", false),
        ("art16.7.death_penalty_bar", false),
        ("art16.7.ne_bis_in_idem_bar", false),
        ("art16.7.limitation_bar", false),
        ("art16.7.evidentiary_standard_met", true),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    c.domestic_law.insert(s("XAB"), all);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.7.domestic_conditions"), Yes);
    assert!(!a
        .domestic_law_questions
        .iter()
        .any(|q| q.id.starts_with("art16.7.") && q.id != "art16.7.extradites_own_nationals"));
}

#[test]
fn art16_10_nationals() {
    let mut c = extradition();
    assert_eq!(
        outcome(&run(&c), "art16.10.prosecute_if_not_extradited"),
        No,
        "not a national"
    );
    c.request.person_nationalities = None;
    assert_eq!(
        outcome(&run(&c), "art16.10.prosecute_if_not_extradited"),
        Und
    );
    c.request.person_nationalities = Some(vec![s("XAB")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.10.prosecute_if_not_extradited"), Depends);
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art16.7.extradites_own_nationals"));
    c.domestic_law.insert(
        s("XAB"),
        [("art16.7.extradites_own_nationals".to_string(), false)]
            .into_iter()
            .collect(),
    );
    let a = run(&c);
    let f = a.finding("art16.10.prosecute_if_not_extradited").unwrap();
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert!(f.sources[0]
        .to_string()
        .starts_with("stated in the case: domestic law of XAB"));
    c.domestic_law.insert(
        s("XAB"),
        [("art16.7.extradites_own_nationals".to_string(), true)]
            .into_iter()
            .collect(),
    );
    assert_eq!(
        outcome(&run(&c), "art16.10.prosecute_if_not_extradited"),
        No
    );
}

#[test]
fn art16_11_12_conditional_surrender_and_sentence_enforcement() {
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    c.request.sentence_enforcement = Some(true);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.11.conditional_surrender"), Depends);
    assert_eq!(outcome(&a, "art16.12.enforce_foreign_sentence"), Depends);
    c.domestic_law.insert(
        s("XAB"),
        [
            ("art16.11.conditional_surrender_allowed".to_string(), true),
            ("art16.12.enforces_foreign_sentences".to_string(), true),
        ]
        .into_iter()
        .collect(),
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.11.conditional_surrender"), Yes);
    let f = a.finding("art16.12.enforce_foreign_sentence").unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::ShallConsider))
    );
    c.request.sentence_enforcement = Some(false);
    assert_eq!(outcome(&run(&c), "art16.12.enforce_foreign_sentence"), No);
    c.request.sentence_enforcement = None;
    assert_eq!(outcome(&run(&c), "art16.12.enforce_foreign_sentence"), Und);
}

#[test]
fn art16_attached_obligations() {
    let a = run(&extradition());
    for (id, strength) in [
        ("art16.8.expedite", Strength::Endeavour),
        ("art16.9.provisional_arrest", Strength::Discretionary),
        ("art16.13.fair_treatment", Strength::Mandatory),
        ("art16.14.discrimination_refusal", Strength::NoObligation),
        (
            "art16.16.consult_before_refusal",
            Strength::MandatoryQualified,
        ),
    ] {
        let f = a.finding(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!((f.outcome, f.strength), (Yes, Some(strength)), "{id}");
    }
}

#[test]
fn art16_15_fiscal_matters() {
    let mut c = extradition();
    c.request.fiscal_aspects = Some(true);
    let f = run(&c)
        .finding("art16.15.fiscal_not_sole_ground")
        .cloned()
        .unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::ProhibitedGround))
    );
    c.request.fiscal_aspects = Some(false);
    assert_eq!(outcome(&run(&c), "art16.15.fiscal_not_sole_ground"), No);
    c.request.fiscal_aspects = None;
    assert_eq!(outcome(&run(&c), "art16.15.fiscal_not_sole_ground"), Und);
}

#[test]
fn art16_applies_and_legal_basis_are_emitted_also_when_gate_fails() {
    let mut c = extradition();
    c.as_of = Some(date(2004, 1, 1));
    let a = run(&c);
    let applies = a.finding("art16.1.applies").unwrap();
    assert_eq!(
        applies.outcome, No,
        "the article applies only between parties"
    );
    assert!(applies
        .because
        .iter()
        .any(|x| x == "status.in_force_between"));
    assert_eq!(
        outcome(&a, "art16.1.first_limb"),
        Yes,
        "the limbs are still reported on the facts"
    );
    assert_eq!(answer(&a), No);
    assert!(a
        .answer()
        .because
        .iter()
        .any(|x| x == "status.in_force_between"));
    assert!(
        a.finding("art16.13.fair_treatment").is_none(),
        "no attached obligations without a basis"
    );
}

#[test]
fn art16_applies_is_undetermined_when_the_gate_is() {
    let mut c = extradition();
    c.states
        .insert(s("XAA"), palermo_rules::facts::StateFacts::default());
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.applies"), Und);
    assert_eq!(
        missing(&a, "art16.1.applies"),
        vec!["states.XAA.untoc_consent"]
    );
}
