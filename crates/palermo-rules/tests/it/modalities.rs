//! Arts. 17, 19, 20, 21 and 27 (and 4(2), 15(5)): the permissions and duties
//! to consider that are not a duty to cooperate in a given case.

use palermo_rules::facts::{InvestigativeTechnique, RequestKind};
use palermo_rules::{Basis, Strength};

use crate::kit::*;

fn case(kind: RequestKind) -> palermo_rules::Case {
    let mut c = extradition();
    c.request.kind = Some(kind);
    c
}

#[test]
fn art17_is_never_a_legal_basis() {
    let mut c = case(RequestKind::TransferOfSentencedPersons);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    assert!(a
        .answer()
        .message
        .to_string()
        .contains("no transfer agreement binds"));
    assert_eq!(
        a.finding("art17.agreements").unwrap().strength,
        Some(Strength::Discretionary)
    );
    c.request.treaty_in_force = Some(true);
    c.request.treaty_name = Some("Convention on the Transfer of Sentenced Persons (1983)".into());
    let a = run(&c);
    assert_eq!(
        answer(&a),
        No,
        "even with a treaty, the Convention is not the basis"
    );
    assert!(a
        .answer()
        .message
        .to_string()
        .contains("the basis is the Convention on the Transfer of Sentenced Persons (1983)"));
}

#[test]
fn art19_joint_investigation() {
    let mut c = case(RequestKind::JointInvestigation);
    let a = run(&c);
    assert_eq!(
        (answer(&a), a.answer().strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert_eq!(
        a.answer().basis,
        Basis::Interpretation("cooperation-within-scope")
    );
    assert_eq!(outcome(&a, "art19.sovereignty"), Yes);
    assert_eq!(outcome(&a, "art4.2.sovereignty"), Yes);
    assert!(a
        .finding("art19.agreement")
        .unwrap()
        .message
        .to_string()
        .contains("case by case"));
    offence(&mut c).involves_group = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    assert!(a.finding("art4.2.sovereignty").is_none());
    offence(&mut c).involves_group = None;
    assert_eq!(answer(&run(&c)), Und);
}

#[test]
fn art20_special_investigative_techniques() {
    let mut c = case(RequestKind::SpecialInvestigativeTechniques);
    let a = run(&c);
    assert_eq!(answer(&a), Yes);
    assert_eq!(outcome(&a, "art20.1.domestic_use"), Und);
    assert_eq!(
        missing(&a, "art20.1.domestic_use"),
        vec!["request.investigative_technique"]
    );
    c.request.investigative_technique = Some(InvestigativeTechnique::ControlledDelivery);
    let a = run(&c);
    assert_eq!(outcome(&a, "art20.1.domestic_use"), Depends);
    assert_eq!(outcome(&a, "art20.4.controlled_delivery"), Yes);
    c.domestic_law.insert(
        s("XAB"),
        [("art20.1.technique_permitted".to_string(), true)]
            .into_iter()
            .collect(),
    );
    let f = run(&c).finding("art20.1.domestic_use").cloned().unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::MandatoryQualified))
    );
    c.request.investigative_technique = Some(InvestigativeTechnique::Undercover);
    let a = run(&c);
    assert_eq!(
        a.finding("art20.1.domestic_use").unwrap().strength,
        Some(Strength::Discretionary)
    );
    assert!(a.finding("art20.4.controlled_delivery").is_none());
    c.domestic_law.insert(
        s("XAB"),
        [("art20.1.technique_permitted".to_string(), false)]
            .into_iter()
            .collect(),
    );
    assert_eq!(outcome(&run(&c), "art20.1.domestic_use"), No);
    c.request.treaty_in_force = Some(true);
    assert_eq!(
        run(&c)
            .finding("art20.2.agreement")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 20(2)"
    );
}

#[test]
fn art21_transfer_of_proceedings_and_15_5() {
    let mut c = case(RequestKind::TransferOfProceedings);
    let a = run(&c);
    assert_eq!(
        (answer(&a), a.answer().strength),
        (Yes, Some(Strength::ShallConsider))
    );
    assert_eq!(outcome(&a, "art21.domestic_procedure"), Depends);
    assert!(
        a.finding("art15.5.consultation").is_none(),
        "only when the case lists the States investigating"
    );
    c.request.states_investigating = Some(vec![s("XAA"), s("XAB")]);
    let f = run(&c).finding("art15.5.consultation").cloned().unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::MandatoryQualified))
    );
    c.request.states_investigating = Some(vec![s("XAA")]);
    assert_eq!(outcome(&run(&c), "art15.5.consultation"), No);
    c.domestic_law.insert(
        s("XAA"),
        [("art21.can_transfer_proceedings".to_string(), true)]
            .into_iter()
            .collect(),
    );
    c.domestic_law.insert(
        s("XAB"),
        [("art21.can_accept_proceedings".to_string(), true)]
            .into_iter()
            .collect(),
    );
    assert_eq!(outcome(&run(&c), "art21.domestic_procedure"), Yes);
    c.domestic_law.insert(
        s("XAB"),
        [("art21.can_accept_proceedings".to_string(), false)]
            .into_iter()
            .collect(),
    );
    assert_eq!(outcome(&run(&c), "art21.domestic_procedure"), No);
    c.as_of = Some(jiff::civil::date(2004, 1, 1));
    assert_eq!(answer(&run(&c)), No);
}

#[test]
fn art27_law_enforcement_cooperation() {
    let mut c = case(RequestKind::LawEnforcementCooperation);
    let a = run(&c);
    assert_eq!(
        (answer(&a), a.answer().strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert_eq!(
        a.finding("art27.1.cooperation").unwrap().strength,
        Some(Strength::MandatoryQualified)
    );
    assert!(a
        .finding("art27.2.basis")
        .unwrap()
        .message
        .to_string()
        .contains("may consider the Convention"));
    assert_eq!(
        a.finding("art27.3.technology").unwrap().strength,
        Some(Strength::Endeavour)
    );
    c.request.treaty_in_force = Some(true);
    assert!(run(&c)
        .finding("art27.2.basis")
        .unwrap()
        .message
        .to_string()
        .contains("governs direct cooperation"));
    offence(&mut c).committed_in = Some(vec![s("XAA")]);
    assert_eq!(answer(&run(&c)), No, "only covered offences");
}

/// Art. 19, first sentence: a duty to consider agreements for joint
/// investigative bodies, reported on its own.
#[test]
fn art19_first_sentence_states_shall_consider_agreements_on_joint_bodies() {
    let mut c = case(RequestKind::JointInvestigation);
    let a = run(&c);
    let f = a.finding("art19.consider_agreements").unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::ShallConsider))
    );
    assert_eq!(f.citation.to_string(), "UNTOC art. 19");
    assert!(
        f.message.to_string().contains("shall consider"),
        "{}",
        f.message.to_string()
    );
    // The second sentence stays a permission.
    assert_eq!(
        a.finding("art19.agreement").unwrap().strength,
        Some(Strength::Discretionary)
    );
    // Not a duty about this offence: it holds even when the offence is not
    // covered, as long as the Convention binds the two States.
    offence(&mut c).involves_group = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    assert_eq!(outcome(&a, "art19.consider_agreements"), Yes);
    // Not in force between them: no.
    c.as_of = Some(jiff::civil::date(2004, 1, 1));
    assert_eq!(outcome(&run(&c), "art19.consider_agreements"), No);
    // Status unknown: undetermined.
    let mut c = case(RequestKind::JointInvestigation);
    requested(&mut c).untoc_consent = None;
    assert_eq!(outcome(&run(&c), "art19.consider_agreements"), Und);
}

/// Art. 20(1): a duty to make the technique available at home (if the
/// basic principles of the legal system permit, within its possibilities, on
/// its law's conditions), not a duty to grant this request.
#[test]
fn art20_1_a_duty_to_make_the_technique_available_not_to_grant_the_request() {
    let mut c = case(RequestKind::SpecialInvestigativeTechniques);
    c.request.investigative_technique = Some(InvestigativeTechnique::ControlledDelivery);
    let a = run(&c);
    let f = a.finding("art20.1.domestic_use").unwrap();
    assert_eq!(f.outcome, Depends);
    assert!(
        f.message
            .to_string()
            .contains("not a duty to carry out this request"),
        "{}",
        f.message.to_string()
    );
    c.domestic_law.insert(
        s("XAB"),
        [("art20.1.technique_permitted".to_string(), true)]
            .into_iter()
            .collect(),
    );
    let a = run(&c);
    let f = a.finding("art20.1.domestic_use").unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::MandatoryQualified))
    );
    for words in [
        "within its possibilities",
        "on the conditions its law sets",
        "not a duty to carry out this request",
    ] {
        assert!(
            f.message.to_string().contains(words),
            "{words}: {}",
            f.message
        );
    }
    assert!(a
        .answer()
        .message
        .to_string()
        .contains("no duty to grant this request"));
    // Other techniques: only where it deems it appropriate.
    c.request.investigative_technique = Some(InvestigativeTechnique::Surveillance);
    let f = run(&c).finding("art20.1.domestic_use").cloned().unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert!(
        f.message
            .to_string()
            .contains("where it deems it appropriate"),
        "{}",
        f.message.to_string()
    );
}

/// Art. 20(4): an international controlled delivery needs the consent of
/// every State concerned; with the route given, each State on it other than
/// the two must consent, and one not stated is named.
#[test]
fn art20_4_controlled_delivery_needs_the_consent_of_every_state_on_the_route() {
    let id = "art20.4.controlled_delivery";
    let mut c = case(RequestKind::SpecialInvestigativeTechniques);
    c.request.investigative_technique = Some(InvestigativeTechnique::ControlledDelivery);
    // Route not given: the permission, with the States concerned unnamed.
    let f = run(&c).finding(id).cloned().unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert!(
        f.message.to_string().contains("route is not given"),
        "{}",
        f.message.to_string()
    );
    // Through XAC and XAD: both must consent; unknown → undetermined naming them.
    c.request.route_states = Some(vec![s("XAC"), s("XAD"), s("XAB"), s("XAA")]);
    let a = run(&c);
    let f = a.finding(id).unwrap();
    assert_eq!(f.outcome, Und);
    assert_eq!(
        f.missing[..],
        ["request.route_consent.XAC", "request.route_consent.XAD"]
    );
    assert_eq!(
        answer(&a),
        Yes,
        "the legal basis between the two States stands"
    );
    c.request.route_consent.insert(s("XAC"), true);
    assert_eq!(missing(&run(&c), id), vec!["request.route_consent.XAD"]);
    c.request.route_consent.insert(s("XAD"), true);
    let f = run(&c).finding(id).cloned().unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    // One refuses: no for that route.
    c.request.route_consent.insert(s("XAD"), false);
    let f = run(&c).finding(id).cloned().unwrap();
    assert_eq!(f.outcome, No);
    assert!(
        f.message
            .to_string()
            .contains("XAD on the route does not consent"),
        "{}",
        f.message.to_string()
    );
    // Boundary: a route between the two States only needs no one else.
    c.request.route_states = Some(vec![s("XAB"), s("XAA")]);
    assert_eq!(outcome(&run(&c), id), Yes);
}
