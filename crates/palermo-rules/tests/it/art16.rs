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
        .message
        .to_string()
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
    // The duty to extradite is the treaty's, which the case does not give;
    // the inclusion of the offence in it is mandatory.
    assert_eq!(a.answer().strength, None);
    assert_eq!(
        find(&a, "art16.3.deemed_included").strength,
        Some(Strength::Mandatory)
    );
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
        a.answer().message.to_string().contains("either")
            || a.answer().message.to_string().contains("if it requires")
    );
    // Unknown need and no notification: undetermined on both facts.
    requested(&mut c).convention_as_extradition_basis = None;
    let a = run(&c);
    assert_eq!(answer(&a), Und);
    assert!(a
        .missing
        .iter()
        .any(|m| m == "states.XAB.extradition_requires_treaty"));
    assert!(a
        .missing
        .iter()
        .any(|m| m == "states.XAB.convention_as_extradition_basis"));
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
    assert_eq!(a.missing[..], ["request.treaty_in_force"]);
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
    assert!(a.because_ids(applies).contains(&"status.in_force_between"));
    assert_eq!(
        outcome(&a, "art16.1.first_limb"),
        Yes,
        "the limbs are still reported on the facts"
    );
    assert_eq!(answer(&a), No);
    assert!(a
        .because_ids(a.answer())
        .contains(&"status.in_force_between"));
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

// ------------------------------------------------------------------
// Routes and refusal rules as review found them (issue 9).

/// The base extradition case with `a` requesting and `b` requested (the
/// person in `b`); nothing is stated about either State's 16(5)(a) election
/// or need for a treaty, so the reference data decides.
fn pair(a: &str, b: &str) -> palermo_rules::Case {
    let mut c = extradition();
    c.request.requesting_state = Some(s(a));
    c.request.requested_state = Some(s(b));
    c.request.person_located_in = Some(s(b));
    c.states.clear();
    c.states.insert(s(a), party(date(2004, 1, 10)));
    c.states.insert(s(b), party(date(2005, 3, 1)));
    c.group.active_in = Some(vec![s(a)]);
    let o = offence(&mut c);
    o.committed_in = Some(vec![s(a), s(b)]);
    o.max_penalty = [(s(a), Penalty::Months(60)), (s(b), Penalty::Months(72))]
        .into_iter()
        .collect();
    c
}

/// Answers a domestic-law question in the case.
fn law(c: &mut palermo_rules::Case, state: &str, id: &str, value: bool) {
    c.domestic_law
        .entry(s(state))
        .or_default()
        .insert(id.to_string(), value);
}

fn find<'a>(a: &'a palermo_rules::Assessment, id: &str) -> &'a palermo_rules::Finding {
    a.finding(id).unwrap_or_else(|| panic!("no finding `{id}`"))
}

fn position(a: &palermo_rules::Assessment, id: &str) -> usize {
    a.findings
        .iter()
        .position(|f| f.id == id)
        .unwrap_or_else(|| panic!("no finding `{id}`"))
}

fn tier(a: &palermo_rules::Assessment, fact: &str) -> Option<palermo_rules::MissingTier> {
    a.missing
        .iter()
        .position(|m| m == fact)
        .map(|i| a.missing_tiers[i])
}

const NATIONALS: [&str; 3] = [
    "art16.10.prosecute_if_not_extradited",
    "art16.11.conditional_surrender",
    "art16.12.enforce_foreign_sentence",
];

#[test]
fn art16_10_binds_when_the_convention_is_no_basis() {
    // XCB declines the Convention; its national; it does not extradite nationals.
    let mut c = pair("XAA", "XCB");
    c.request.person_nationalities = Some(vec![s("XCB")]);
    law(&mut c, "XCB", "art16.7.extradites_own_nationals", false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.applies"), Yes);
    assert_eq!(answer(&a), No, "no route: XCB declines and needs a treaty");
    assert_eq!(outcome(&a, "art16.5.b.seek_treaties"), Yes);
    let f = find(&a, "art16.10.prosecute_if_not_extradited");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(f.citation.to_string(), "UNTOC art. 16(10)");
    assert!(
        f.message.to_string().contains("submit the case"),
        "{}",
        f.message
    );
    assert!(f.message.to_string().contains("15(3)"), "{}", f.message);
    let f = find(&a, "art16.11.conditional_surrender");
    assert_eq!(f.outcome, Depends);
    assert_eq!(f.questions[0].id, "art16.11.conditional_surrender_allowed");
    assert_eq!(f.questions[0].state, s("XCB"));
    let f = find(&a, "art16.12.enforce_foreign_sentence");
    assert_eq!(f.outcome, No, "sought for prosecution");
    // Only 16(10)-(12) attach: the rest of art. 16 needs a basis.
    for id in [
        "art16.7.domestic_conditions",
        "art16.9.provisional_arrest",
        "art16.13.fair_treatment",
    ] {
        assert!(a.finding(id).is_none(), "{id} without a basis");
    }
}

#[test]
fn art16_10_to_12_are_absent_when_article_16_does_not_apply() {
    let mut c = pair("XAA", "XCB");
    c.request.person_nationalities = Some(vec![s("XCB")]);
    law(&mut c, "XCB", "art16.7.extradites_own_nationals", false);
    offence(&mut c).punishable_in.insert(s("XCB"), false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.dual_criminality"), No);
    assert_eq!(outcome(&a, "art16.1.applies"), No);
    assert_eq!(answer(&a), No);
    assert_eq!(outcome(&a, "art16.17.seek_agreements"), Yes);
    for id in NATIONALS {
        assert!(a.finding(id).is_none(), "{id} emitted outside art. 16");
    }
    // Nor when the Convention is not in force between the States.
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    c.as_of = Some(date(2004, 1, 1));
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.1.applies"), No);
    for id in NATIONALS {
        assert!(a.finding(id).is_none(), "{id} emitted without the gate");
    }
}

#[test]
fn art16_11_12_are_reported_without_a_basis_for_a_non_national() {
    let mut c = pair("XAA", "XCB");
    c.request.person_nationalities = Some(vec![s("XAC")]);
    // Sought to enforce a sentence, so that 16(12) turns on nationality too.
    c.request.sentence_enforcement = Some(true);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    for id in NATIONALS {
        let f = find(&a, id);
        assert_eq!(f.outcome, No, "{id}");
        assert!(
            f.message.to_string().contains("not a national"),
            "{id}: {}",
            f.message
        );
    }
}

#[test]
fn art16_10_to_12_without_a_basis_and_nationality_unknown_are_undetermined() {
    let mut c = pair("XAA", "XCB");
    c.request.person_nationalities = None;
    c.request.sentence_enforcement = Some(true);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    for id in NATIONALS {
        let f = find(&a, id);
        assert_eq!(f.outcome, Und, "{id}");
        assert_eq!(f.missing[..], ["request.person_nationalities"], "{id}");
    }
    // Not decisive: the answer is settled without it.
    assert_eq!(
        tier(&a, "request.person_nationalities"),
        Some(palermo_rules::MissingTier::SideFinding)
    );
}

#[test]
fn art16_4_is_not_engaged_with_a_treaty_in_force() {
    let mut c = extradition();
    c.request.treaty_in_force = Some(true);
    let a = run(&c);
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().starts_with("Not engaged"),
        "{}",
        f.message
    );
    assert!(f.message.to_string().contains("16(3)"), "{}", f.message);
    assert_eq!(a.because_ids(f)[..], ["art16.3.deemed_included"]);
    assert_eq!(f.strength, None);
    let f = find(&a, "art16.3.deemed_included");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, None, "the treaty's duty");
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(3)");
    assert!(a.answer().message.to_string().contains("deemed included"));
    // The election is still read, but shown as not deciding the request.
    let f = find(&a, "art16.5.a.notification");
    assert_eq!(f.outcome, Yes);
    assert!(
        f.message
            .to_string()
            .contains("it does not decide this request"),
        "{}",
        f.message
    );
    // A State that declines the Convention: 16(4) is still 'not engaged',
    // not 'declined'.
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().starts_with("Not engaged"),
        "{}",
        f.message
    );
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(3)");
    assert!(a.finding("art16.5.b.seek_treaties").is_none());
}

#[test]
fn art16_4_is_engaged_without_a_treaty() {
    let a = run(&extradition());
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert!(
        !f.message.to_string().contains("Not engaged"),
        "{}",
        f.message
    );
    let f = find(&a, "art16.5.a.notification");
    assert!(
        !f.message.to_string().contains("does not decide"),
        "{}",
        f.message
    );
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
}

#[test]
fn art16_4_treaty_unknown_is_reasoned_by_cases() {
    let mut c = extradition();
    c.request.treaty_in_force = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.3.deemed_included"), Und);
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(f.outcome, Und, "engaged only if no treaty binds the States");
    assert_eq!(f.missing[..], ["request.treaty_in_force"]);
    assert_eq!(answer(&a), Yes);
    assert_eq!(
        a.answer().strength,
        Some(Strength::Discretionary),
        "the weaker of 16(3) and 16(4)"
    );
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
    let why = &a.answer().message.to_string();
    assert!(
        why.contains("art. 16(3)") && why.contains("art. 16(4)"),
        "{why}"
    );
    assert!(a.answer().missing.is_empty());
    assert_ne!(
        tier(&a, "request.treaty_in_force"),
        Some(palermo_rules::MissingTier::Decisive)
    );
    // Without a treaty the State needs none: 16(3) or 16(6). The second is
    // mandatory, the first the treaty's, which may be weaker: no strength.
    requested(&mut c).extradition_requires_treaty = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, None);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(6)");
    let why = &a.answer().message.to_string();
    assert!(
        why.contains("art. 16(3)") && why.contains("art. 16(6)"),
        "{why}"
    );
}

#[test]
fn art16_4_treaty_unknown_and_convention_declined_is_undetermined() {
    let mut c = extradition();
    c.request.treaty_in_force = None;
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.4.convention_as_basis"), No);
    assert_eq!(outcome(&a, "art16.6.recognised_as_extraditable"), No);
    assert_eq!(answer(&a), Und, "only a treaty (16(3)) could give a route");
    assert_eq!(a.answer().missing[..], ["request.treaty_in_force"]);
    assert_eq!(a.missing[0], "request.treaty_in_force");
    assert_eq!(a.missing_tiers[0], palermo_rules::MissingTier::Decisive);
    // The treaty known to be absent: no.
    c.request.treaty_in_force = Some(false);
    assert_eq!(answer(&run(&c)), No);
}

#[test]
fn art16_6_applies_beside_a_treaty_in_force() {
    let mut c = extradition();
    c.request.treaty_in_force = Some(true);
    requested(&mut c).extradition_requires_treaty = Some(false);
    let a = run(&c);
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(f.basis, Basis::Text);
    assert!(
        f.message.to_string().contains("stated in the case"),
        "{}",
        f.message
    );
    assert_eq!(outcome(&a, "art16.4.convention_as_basis"), No);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(3)");
    assert_eq!(a.answer().strength, None, "the treaty's duty");
    // A State that requires a treaty: 16(6) is no, 16(3) still answers.
    requested(&mut c).extradition_requires_treaty = Some(true);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.6.recognised_as_extraditable"), No);
    assert_eq!(answer(&a), Yes);
}

#[test]
fn art16_5_a_own_law_and_reciprocity_notification_leaves_16_6() {
    let a = run(&pair("XAA", "XCI"));
    let f = find(&a, "art16.5.a.notification");
    assert_eq!(f.outcome, No);
    assert!(f.message.to_string().contains("own law"), "{}", f.message);
    assert!(f.sources[0]
        .to_string()
        .contains("untoc_declarations.csv:15"));
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(f.outcome, No);
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-records-non-treaty-basis")
    );
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-records-non-treaty-basis")
    );
    assert!(
        f.message.to_string().contains("reciprocity"),
        "{}",
        f.message
    );
    assert_eq!(a.because_ids(f)[..], ["art16.5.a.notification"]);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Mandatory));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(6)");
    let why = &a.answer().message.to_string();
    assert!(!why.contains("takes the Convention as"), "{why}");
    assert!(why.contains("reciprocity"), "{why}");
    assert!(
        why.contains("does not take the Convention as the legal basis"),
        "{why}"
    );
    assert!(a.finding("art16.5.b.seek_treaties").is_none());
    assert!(a.missing.is_empty(), "{:?}", a.missing);
}

#[test]
fn art16_5_a_own_law_notification_yields_to_a_stated_treaty_requirement() {
    // A statement in the case wins over the inference from the record.
    let mut c = pair("XAA", "XCI");
    c.states
        .get_mut(&s("XCI"))
        .unwrap()
        .extradition_requires_treaty = Some(true);
    let a = run(&c);
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.basis), (No, Basis::Text));
    assert!(
        f.message.to_string().contains("stated in the case"),
        "{}",
        f.message
    );
    assert_eq!(outcome(&a, "art16.4.convention_as_basis"), No);
    assert_eq!(answer(&a), No);
    // With a treaty in force, 16(3) answers whatever the notification.
    c.request.treaty_in_force = Some(true);
    let a = run(&c);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(3)");
}

#[test]
fn art16_5_a_declining_notification_implies_a_treaty_requirement() {
    let a = run(&pair("XAA", "XCB"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, No);
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-implies-treaty-requirement")
    );
    assert!(f.message.to_string().contains("inferred"), "{}", f.message);
    assert_eq!(outcome(&a, "art16.4.convention_as_basis"), No);
    assert_eq!(answer(&a), No);
    assert!(a
        .answer()
        .message
        .to_string()
        .contains("does not take the Convention as the legal basis"));
    let f = find(&a, "art16.5.b.seek_treaties");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Endeavour)));
    // The case says XCB needs no treaty: 16(6) on the stated fact.
    let mut c = pair("XAA", "XCB");
    c.states
        .get_mut(&s("XCB"))
        .unwrap()
        .extradition_requires_treaty = Some(false);
    let a = run(&c);
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.basis), (Yes, Basis::Text));
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(6)");
    assert!(
        !a.answer()
            .message
            .to_string()
            .contains("not as the direct legal basis"),
        "that wording is for the own-law notification"
    );
}

#[test]
fn art16_5_a_inference_applies_when_the_case_restates_the_election() {
    let mut c = pair("XAA", "XCA");
    c.states
        .get_mut(&s("XCA"))
        .unwrap()
        .convention_as_extradition_basis = Some(true);
    let a = run(&c);
    let f = find(&a, "art16.5.a.notification");
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.sources.len(), 2, "{:?}", f.sources);
    assert!(f.sources[0]
        .to_string()
        .contains("states.XCA.convention_as_extradition_basis = true"));
    assert!(f.sources[1]
        .to_string()
        .contains("untoc_declarations.csv:2"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, No);
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-implies-treaty-requirement")
    );
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-implies-treaty-requirement")
    );
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
    assert!(
        !a.missing
            .iter()
            .any(|m| m == "states.XCA.extradition_requires_treaty"),
        "{:?}",
        a.missing
    );
}

#[test]
fn art16_5_a_stated_election_without_a_record_infers_nothing() {
    let mut c = extradition();
    requested(&mut c).extradition_requires_treaty = None;
    let a = run(&c);
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.basis), (Und, Basis::Text));
    assert_eq!(f.missing[..], ["states.XAB.extradition_requires_treaty"]);
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!((f.outcome, f.basis), (Yes, Basis::Text));
    assert!(f.message.to_string().starts_with("If "), "{}", f.message);
    assert_eq!(answer(&a), Yes, "16(4) or 16(6), whichever way");
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    assert!(a
        .answer()
        .message
        .to_string()
        .contains("art. 16(6) if it does not"));
    assert_ne!(
        tier(&a, "states.XAB.extradition_requires_treaty"),
        Some(palermo_rules::MissingTier::Decisive)
    );
    // Declined in the case, need unknown: undetermined on that fact.
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing[0], "states.XAB.extradition_requires_treaty");
}

#[test]
fn art16_5_a_reciprocity_against_an_except_nationals_election_reads_the_like_case() {
    // XCC (reciprocal) is asked by XCD (takes the Convention except for its nationals).
    let mut c = pair("XCD", "XCC");
    c.request.person_nationalities = Some(vec![s("XCC")]);
    let a = run(&c);
    let f = find(&a, "art16.5.a.notification");
    assert_eq!(f.outcome, No, "XCD would not surrender its own national");
    assert_eq!(f.basis, Basis::Interpretation("reciprocity-like-case"));
    assert!(f.message.to_string().contains("like case"), "{}", f.message);
    assert_eq!(answer(&a), No);
    // Not a national of XCC: reciprocity holds.
    c.request.person_nationalities = Some(vec![s("XAC")]);
    let a = run(&c);
    let f = find(&a, "art16.5.a.notification");
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.basis, Basis::Interpretation("reciprocity-like-case"));
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
    // Nationality unknown: undetermined, naming it.
    c.request.person_nationalities = None;
    let a = run(&c);
    let f = find(&a, "art16.5.a.notification");
    assert_eq!(f.outcome, Und);
    assert_eq!(f.missing[..], ["request.person_nationalities"]);
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing[0], "request.person_nationalities");
    assert_eq!(a.missing_tiers[0], palermo_rules::MissingTier::Decisive);
}

#[test]
fn art16_5_a_reciprocity_with_a_plain_election_is_not_the_like_case() {
    // XCA takes the Convention: reciprocity met, read on the text.
    let mut c = pair("XCA", "XCC");
    c.request.person_nationalities = Some(vec![s("XCC")]);
    let a = run(&c);
    let f = find(&a, "art16.5.a.notification");
    assert_eq!((f.outcome, f.basis), (Yes, Basis::Text));
    // XCB declines it: reciprocity fails, whoever the person is.
    let mut c = pair("XCB", "XCC");
    c.request.person_nationalities = None;
    let a = run(&c);
    let f = find(&a, "art16.5.a.notification");
    assert_eq!((f.outcome, f.basis), (No, Basis::Text));
    assert!(f.missing.is_empty());
}

#[test]
fn art16_5_a_except_nationals_election() {
    let mut c = pair("XAA", "XCD");
    c.request.person_nationalities = Some(vec![s("XCD")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.5.a.notification"), No);
    assert_eq!(answer(&a), No);
    // Art. 16 applies, so 16(10) is still reported for the national.
    assert_eq!(outcome(&a, "art16.10.prosecute_if_not_extradited"), Depends);
    c.request.person_nationalities = Some(vec![s("XAC")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.5.a.notification"), Yes);
    assert_eq!(answer(&a), Yes);
    c.request.person_nationalities = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.5.a.notification"), Und);
    assert_eq!(
        missing(&a, "art16.5.a.notification"),
        vec!["request.person_nationalities"]
    );
    assert_eq!(answer(&a), Und);
}

#[test]
fn art16_12_leads_for_a_sentence_enforcement_request() {
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    c.request.sentence_enforcement = Some(true);
    law(&mut c, "XAB", "art16.7.extradites_own_nationals", false);
    let a = run(&c);
    let (p10, p11, p12) = (
        position(&a, "art16.10.prosecute_if_not_extradited"),
        position(&a, "art16.11.conditional_surrender"),
        position(&a, "art16.12.enforce_foreign_sentence"),
    );
    assert!(p12 < p10 && p10 < p11, "{p12} < {p10} < {p11}");
    let f = find(&a, "art16.10.prosecute_if_not_extradited");
    assert_eq!(f.outcome, Depends);
    assert_eq!(
        f.basis,
        Basis::Interpretation("enforcement-and-prosecution")
    );
    assert!(
        f.message.to_string().contains("16(12) leads"),
        "{}",
        f.message
    );
    assert!(f
        .questions
        .iter()
        .any(|q| q.id == "art16.10.prosecution_after_foreign_judgment" && q.state == s("XAB")));
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art16.10.prosecution_after_foreign_judgment"));
    assert_eq!(outcome(&a, "art16.12.enforce_foreign_sentence"), Depends);
    // Prosecution after the foreign judgment possible: the duty binds.
    law(
        &mut c,
        "XAB",
        "art16.10.prosecution_after_foreign_judgment",
        true,
    );
    let a = run(&c);
    let f = find(&a, "art16.10.prosecute_if_not_extradited");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert!(f.questions.is_empty());
    // Barred by its law: 16(10) gives nothing.
    law(
        &mut c,
        "XAB",
        "art16.10.prosecution_after_foreign_judgment",
        false,
    );
    let a = run(&c);
    let f = find(&a, "art16.10.prosecute_if_not_extradited");
    assert_eq!((f.outcome, f.strength), (No, None));
    assert!(f.message.to_string().contains("bars"), "{}", f.message);
}

#[test]
fn art16_10_after_a_foreign_judgment_waits_for_the_nationals_rule() {
    // Prosecution possible, but whether XAB extradites nationals is unknown.
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    c.request.sentence_enforcement = Some(true);
    law(
        &mut c,
        "XAB",
        "art16.10.prosecution_after_foreign_judgment",
        true,
    );
    let a = run(&c);
    let f = find(&a, "art16.10.prosecute_if_not_extradited");
    assert_eq!(f.outcome, Depends);
    assert!(f
        .questions
        .iter()
        .any(|q| q.id == "art16.7.extradites_own_nationals"));
    // It extradites nationals: no duty, whatever else.
    law(&mut c, "XAB", "art16.7.extradites_own_nationals", true);
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.10.prosecute_if_not_extradited"), No);
    assert_eq!(outcome(&a, "art16.12.enforce_foreign_sentence"), No);
}

#[test]
fn art16_10_leads_for_a_prosecution_request() {
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    law(&mut c, "XAB", "art16.7.extradites_own_nationals", false);
    let a = run(&c);
    let (p10, p11, p12) = (
        position(&a, "art16.10.prosecute_if_not_extradited"),
        position(&a, "art16.11.conditional_surrender"),
        position(&a, "art16.12.enforce_foreign_sentence"),
    );
    assert!(p10 < p11 && p11 < p12, "{p10} < {p11} < {p12}");
    let f = find(&a, "art16.10.prosecute_if_not_extradited");
    assert_eq!((f.outcome, f.basis), (Yes, Basis::Text));
    assert!(!a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art16.10.prosecution_after_foreign_judgment"));
}

/// 16(10) for a national of a State that does not extradite nationals and
/// whose law bars prosecution after a foreign judgment: `yes` for a
/// prosecution request, `no` for an enforcement request. Whether the request
/// is for enforcement unknown, the outcome must not be `yes`.
#[test]
fn art16_10_with_sentence_enforcement_unknown_is_not_yes() {
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    law(&mut c, "XAB", "art16.7.extradites_own_nationals", false);
    law(
        &mut c,
        "XAB",
        "art16.10.prosecution_after_foreign_judgment",
        false,
    );
    c.request.sentence_enforcement = Some(false);
    assert_eq!(
        outcome(&run(&c), "art16.10.prosecute_if_not_extradited"),
        Yes
    );
    c.request.sentence_enforcement = Some(true);
    assert_eq!(
        outcome(&run(&c), "art16.10.prosecute_if_not_extradited"),
        No
    );
    c.request.sentence_enforcement = None;
    let a = run(&c);
    let f = a.finding("art16.10.prosecute_if_not_extradited").unwrap();
    assert_eq!(f.outcome, Und, "{}", f.message);
    assert!(f
        .missing
        .iter()
        .any(|m| m == "request.sentence_enforcement"));
}

/// Whether 16(10)-(12) are reported must not depend on the route when art.
/// 16's application is open (the commit: "whatever the legal basis").
#[test]
fn art16_10_presence_does_not_depend_on_the_route_when_application_is_open() {
    let build = |requested: &str| {
        let mut c = extradition();
        c.request.requested_state = Some(s(requested));
        c.request.person_located_in = Some(s(requested));
        c.states.clear();
        c.states.insert(s("XAA"), party(date(2004, 1, 10)));
        c.states.insert(s(requested), party(date(2005, 3, 1)));
        c.request.person_nationalities = Some(vec![s(requested)]);
        offence(&mut c).committed_in = Some(vec![s("XAA"), s(requested)]);
        // Dual criminality unknown: art. 16's application is open.
        offence(&mut c).max_penalty = [(s("XAA"), Penalty::Months(60))].into_iter().collect();
        c
    };
    let takes = run(&build("XCA"));
    let declines = run(&build("XCB"));
    assert_eq!(outcome(&takes, "art16.1.applies"), Und);
    assert_eq!(outcome(&declines, "art16.1.applies"), Und);
    assert_eq!(
        takes
            .finding("art16.10.prosecute_if_not_extradited")
            .is_some(),
        declines
            .finding("art16.10.prosecute_if_not_extradited")
            .is_some(),
        "XCA (route yes): {:?}; XCB (route no): {:?}",
        answer(&takes),
        answer(&declines)
    );
}

/// With several offences, an offence the request's yes by cases reaches
/// says so, cited to art. 16 as a whole: no one paragraph is its route; nor
/// is the route's step that sends the request cited to one. A route the
/// case settles is cited by its paragraph, as before.
#[test]
fn per_offence_yes_by_cases_names_no_single_paragraph() {
    let per_offence = |c: &palermo_rules::Case| {
        let a = run(c);
        let f = a
            .finding("art16.legal_basis#1")
            .expect("per-offence answer");
        let ans = palermo_rules::answer::answer(&a, c);
        let send = (ans.route.iter())
            .find(|s| s.msg.id.starts_with("route-extradition-send"))
            .and_then(|s| s.citation)
            .map(|p| p.to_string());
        if f.outcome == Yes {
            assert_eq!(send.as_deref(), Some(&*f.citation.to_string()));
        }
        (f.outcome, f.message.id, f.citation.to_string())
    };
    let mut c = extradition();
    let second = c.offences[0].clone();
    c.offences.push(second);
    c.several_offences = true;

    // Boundary: no treaty, the requested State takes the Convention: 16(4).
    assert_eq!(
        per_offence(&c),
        (Yes, "assess-offence-yes", "UNTOC art. 16(4)".to_string())
    );
    // Treaty not given: 16(3) or 16(4), by cases.
    c.request.treaty_in_force = None;
    assert_eq!(
        per_offence(&c),
        (
            Yes,
            "assess-offence-yes-by-cases",
            "UNTOC art. 16".to_string()
        )
    );
    assert_eq!(
        run(&c).finding("art16.legal_basis#2").unwrap().message.id,
        "assess-offence-yes-by-cases"
    );
    // No treaty; whether the requested State needs one not given: 16(4) or 16(6).
    c.request.treaty_in_force = Some(false);
    requested(&mut c).extradition_requires_treaty = None;
    assert_eq!(
        per_offence(&c),
        (
            Yes,
            "assess-offence-yes-by-cases",
            "UNTOC art. 16".to_string()
        )
    );
    // Negative: an offence outside the article is no, whatever the route.
    c.offences[0].involves_group = Some(false);
    assert_eq!(per_offence(&c).0, No);
}

/// The headline and the route of an extradition "yes" that holds whichever
/// way a condition the case leaves open falls name both branches: the
/// reader must establish which holds before sending the request.
#[test]
fn art16_a_yes_by_cases_is_headlined_with_both_branches() {
    use palermo_rules::art16::{open_route, OpenRoute, ViaNoTreaty};
    let read = |c: &palermo_rules::Case| {
        let a = run(c);
        let ans = palermo_rules::answer::answer(&a, c);
        let sends: Vec<&str> = (ans.route.iter())
            .map(|s| s.msg.id)
            .filter(|id| id.starts_with("route-extradition-send"))
            .collect();
        (open_route(a.answer()), ans.headline.id, sends)
    };

    // Treaty not given; without one the requested State takes the
    // Convention (16(4)).
    let mut c = extradition();
    c.request.treaty_in_force = None;
    assert_eq!(
        read(&c),
        (
            Some(OpenRoute::TreatyOr(ViaNoTreaty::Convention)),
            "headline-extradition-treaty-or-convention",
            vec!["route-extradition-send-by-cases"]
        )
    );

    // Treaty not given; the requested State needs none (16(6)).
    requested(&mut c).extradition_requires_treaty = Some(false);
    assert_eq!(
        read(&c),
        (
            Some(OpenRoute::TreatyOr(ViaNoTreaty::NoTreatyNeeded)),
            "headline-extradition-treaty-or-own-law",
            vec!["route-extradition-send-by-cases"]
        )
    );

    // Boundary: the treaty given either way settles the route, and the
    // headline names one; with a treaty, the request is sent under it (the
    // Convention adds the offence, 16(3)), not under the Convention.
    c.request.treaty_in_force = Some(true);
    assert_eq!(
        read(&c),
        (
            None,
            "headline-extradition-treaty",
            vec!["route-extradition-send-treaty"]
        )
    );
    let mut c = extradition();
    assert_eq!(
        read(&c),
        (
            None,
            "headline-extradition-convention",
            vec!["route-extradition-send"]
        )
    );

    // No treaty; whether the requested State needs one is not given: 16(4)
    // if it does, 16(6) if not.
    requested(&mut c).extradition_requires_treaty = None;
    assert_eq!(
        read(&c),
        (
            Some(OpenRoute::ConventionOrOwnLaw),
            "headline-extradition-convention-or-own-law",
            vec!["route-extradition-send-convention-or-own-law"]
        )
    );
    // Neither given: 16(3) with a treaty; without one, 16(4) or 16(6).
    c.request.treaty_in_force = None;
    assert_eq!(
        read(&c),
        (
            Some(OpenRoute::TreatyOr(ViaNoTreaty::ConventionOrNoTreaty)),
            "headline-extradition-treaty-or-either",
            vec!["route-extradition-send-by-cases-either"]
        )
    );
    let mut c = extradition();

    // Negative: no route without a treaty, treaty not given: not a "yes".
    c.request.treaty_in_force = None;
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let (open, headline, _) = read(&c);
    assert_eq!(open, None);
    assert_ne!(headline, "headline-extradition-treaty-or-convention");
}
