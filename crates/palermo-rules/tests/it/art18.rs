//! Art. 18: mutual legal assistance, paragraphs 1-30.

use palermo_rules::facts::{ConventionOffence, Measure, Penalty, RefusalGround, StateFacts};
use palermo_rules::Strength;

use crate::kit::*;

#[test]
fn base_case_is_yes_under_18_1() {
    let a = run(&mla());
    assert_eq!(outcome(&a, "art18.1.first_limb"), Yes);
    assert_eq!(outcome(&a, "art18.1.applies"), Yes);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Mandatory));
    assert_eq!(outcome(&a, "art18.7.paragraphs_9_29"), Yes);
}

#[test]
fn art18_1_second_limb_on_reasonable_suspicion() {
    let mut c = mla();
    offence(&mut c).committed_in = Some(vec![s("XAA")]); // not shown to be transnational
    c.suspicion.transnational = Some(true);
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.1.first_limb"), No);
    assert_eq!(outcome(&a, "art18.1.second_limb"), Yes);
    assert_eq!(answer(&a), Yes);
    c.suspicion.transnational = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.1.second_limb"), No);
    c.suspicion.transnational = None;
    let a = run(&c);
    assert_eq!(
        outcome(&a, "art18.1.reasonable_suspicion.transnational"),
        Und
    );
    assert!(a.missing.iter().any(|m| m == "suspicion.transnational"));
}

#[test]
fn art18_1_established_facts_give_suspicion_and_contradiction_is_conflict() {
    let mut c = mla();
    let a = run(&c);
    assert_eq!(
        outcome(&a, "art18.1.reasonable_suspicion.transnational"),
        Yes
    );
    assert_eq!(outcome(&a, "art18.1.reasonable_suspicion.ocg"), Yes);
    c.suspicion.transnational = Some(false);
    let a = run(&c);
    assert_eq!(
        outcome(&a, "art18.1.reasonable_suspicion.transnational"),
        Conflict
    );
    assert_eq!(answer(&a), Yes, "the first limb still carries the request");
}

#[test]
fn art18_2_legal_persons() {
    let mut c = mla();
    offence(&mut c).involves_group = Some(false); // first and second limbs fail
    c.suspicion.organized_criminal_group = Some(false);
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::UntocArt8]);
    c.request.concerns_legal_person = Some(true);
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.2.legal_persons"), Depends);
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art18.2.legal_person_liability" && q.state == s("XAA")));
    c.domestic_law.insert(
        s("XAA"),
        [("art18.2.legal_person_liability".to_string(), true)]
            .into_iter()
            .collect(),
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.2.legal_persons"), Yes);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::MandatoryQualified));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 18(2)");
    c.request.concerns_legal_person = Some(false);
    assert_eq!(answer(&run(&c)), No);
    c.request.concerns_legal_person = None;
    assert_eq!(answer(&run(&c)), Und);
}

#[test]
fn art18_3_purposes() {
    let mut c = mla();
    c.request.measures = Some(vec![
        Measure::SearchSeizureFreezing,
        Measure::DocumentsRecords,
    ]);
    assert_eq!(outcome(&run(&c), "art18.3.purposes"), Yes);
    c.request.measures = Some(vec![Measure::Other]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.3.purposes"), Depends);
    assert_eq!(
        a.finding("art18.3.purposes").unwrap().citation.to_string(),
        "UNTOC art. 18(3)(i)"
    );
    c.domestic_law.insert(
        s("XAB"),
        [("art18.3.i.other_assistance_permitted".to_string(), false)]
            .into_iter()
            .collect(),
    );
    assert_eq!(outcome(&run(&c), "art18.3.purposes"), No);
    c.request.measures = None;
    assert_eq!(outcome(&run(&c), "art18.3.purposes"), Und);
}

#[test]
fn art18_7_regime_switch() {
    let mut c = mla();
    c.request.treaty_in_force = Some(true);
    c.request.agreed_to_apply_art18_9_29 = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.7.paragraphs_9_29"), No);
    assert_eq!(outcome(&a, "art18.7.treaty_governs"), Yes);
    assert_eq!(
        outcome(&a, "art18.8.bank_secrecy"),
        Yes,
        "18(8) survives the treaty"
    );
    assert!(
        a.finding("art18.21.refusal_grounds").is_none(),
        "18(21) is replaced by the treaty"
    );
    assert!(a
        .finding("art18.9.may_decline_without_dual_criminality")
        .is_none());
    assert_eq!(answer(&a), Yes);
    c.request.agreed_to_apply_art18_9_29 = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.7.paragraphs_9_29"), Und);
    assert_eq!(
        missing(&a, "art18.7.paragraphs_9_29"),
        vec!["request.agreed_to_apply_art18_9_29"]
    );
    c.request.agreed_to_apply_art18_9_29 = Some(true);
    c.request.treaty_in_force = None;
    assert_eq!(
        outcome(&run(&c), "art18.7.paragraphs_9_29"),
        Yes,
        "agreement settles it whether or not a treaty exists"
    );
    c.request.agreed_to_apply_art18_9_29 = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.7.paragraphs_9_29"), Und);
    assert_eq!(
        missing(&a, "art18.7.paragraphs_9_29"),
        vec!["request.treaty_in_force"]
    );
}

#[test]
fn art18_7_names_the_treaty_the_case_names_as_the_treaty() {
    use palermo_i18n::Arg;
    let mut c = mla();
    c.request.treaty_in_force = Some(true);
    c.request.agreed_to_apply_art18_9_29 = Some(false);
    let treaty_id = |c: &palermo_rules::facts::Case| {
        let a = run(c);
        let f = a.finding("art18.7.treaty_governs").unwrap();
        match f.message.get("treaty") {
            Some(Arg::Nested(m)) => m.id,
            Some(Arg::Term(id)) => *id,
            other => panic!("{other:?}"),
        }
    };
    // Unnamed: the language's words for their treaty.
    assert_eq!(treaty_id(&c), "art18-their-treaty");
    // Named: a noun phrase each language frames ("le traité « … »").
    c.request.treaty_name = Some("European Convention on Mutual Assistance (1959)".into());
    assert_eq!(treaty_id(&c), "treaty-named");
    // A title that already starts with "the" gets no second one in English.
    c.request.treaty_name = Some("The Treaty on Mutual Assistance (1982)".into());
    assert_eq!(treaty_id(&c), "treaty-named-with-the");
}

#[test]
fn art18_9_dual_criminality_is_only_an_optional_ground() {
    let mut c = mla();
    offence(&mut c)
        .max_penalty
        .insert(s("XAB"), Penalty::NotAnOffence);
    let a = run(&c);
    let f = a
        .finding("art18.9.may_decline_without_dual_criminality")
        .unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert_eq!(
        answer(&a),
        Yes,
        "lack of dual criminality does not stop art. 18 applying"
    );
    assert_eq!(
        outcome(&run(&mla()), "art18.9.may_decline_without_dual_criminality"),
        No
    );
    let mut c = mla();
    offence(&mut c).max_penalty.remove(&s("XAB"));
    assert_eq!(
        outcome(&run(&c), "art18.9.may_decline_without_dual_criminality"),
        Und
    );
}

#[test]
fn art18_13_14_from_data_or_missing() {
    let a = run(&mla());
    assert_eq!(outcome(&a, "art18.13.central_authority"), Und);
    assert_eq!(
        missing(&a, "art18.13.central_authority"),
        vec!["states.XAB.central_authority"]
    );
    assert_eq!(outcome(&a, "art18.14.language"), Und);
    let mut c = mla();
    c.request.requested_state = Some(s("XCA"));
    let b = c.states.remove(&s("XAB")).unwrap();
    c.states.insert(s("XCA"), b);
    offence(&mut c).committed_in = Some(vec![s("XAA"), s("XCA")]);
    let a = run(&c);
    let f = a.finding("art18.13.central_authority").unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(f
        .message
        .to_string()
        .contains("Ministry of Justice of Takesland"));
    assert!(f.sources[0]
        .to_string()
        .contains("untoc_declarations.csv:8"));
    assert_eq!(outcome(&a, "art18.14.language"), Yes);
    // Stated in the case wins.
    c.states.get_mut(&s("XCA")).unwrap().languages = Some(vec!["Esperanto".into()]);
    let a = run(&c);
    assert!(a
        .finding("art18.14.language")
        .unwrap()
        .message
        .to_string()
        .contains("Esperanto"));
}

#[test]
fn art18_21_refusal_grounds_depend_on_domestic_law() {
    let mut c = mla();
    assert_eq!(outcome(&run(&c), "art18.21.refusal_grounds"), Depends);
    c.domestic_law.insert(
        s("XAB"),
        [
            ("art18.21.c.domestic_bar_similar_offence".to_string(), false),
            ("art18.21.d.contrary_to_legal_system".to_string(), false),
        ]
        .into_iter()
        .collect(),
    );
    assert_eq!(outcome(&run(&c), "art18.21.refusal_grounds"), No);
    c.domestic_law
        .get_mut(&s("XAB"))
        .unwrap()
        .insert("art18.21.c.domestic_bar_similar_offence".into(), true);
    assert_eq!(outcome(&run(&c), "art18.21.refusal_grounds"), Yes);
}

#[test]
fn art18_mini_treaty_paragraphs_are_attached() {
    let a = run(&mla());
    for id in [
        "art18.4.spontaneous_information",
        "art18.10.transfer_of_detained_persons",
        "art18.15.contents",
        "art18.17.applicable_law",
        "art18.18.videoconference",
        "art18.19.use_limitation",
        "art18.20.confidentiality",
        "art18.23.reasons_for_refusal",
        "art18.24.timeliness",
        "art18.25.postponement",
        "art18.26.consult_before_refusal",
        "art18.27.safe_conduct",
        "art18.28.costs",
        "art18.29.government_records",
    ] {
        assert!(a.finding(id).is_some(), "{id}");
    }
    assert!(a
        .finding("art18.27.safe_conduct")
        .unwrap()
        .message
        .to_string()
        .contains("15 consecutive days"));
    assert_eq!(outcome(&a, "art18.22.fiscal_not_sole_ground"), No);
}

#[test]
fn art18_no_basis_reports_18_30() {
    let mut c = mla();
    c.states.insert(
        s("XAB"),
        StateFacts {
            untoc_consent: Some(palermo_rules::facts::Consent::None),
            ..Default::default()
        },
    );
    let a = run(&c);
    assert_eq!(answer(&a), No);
    let applies = a.finding("art18.1.applies").unwrap();
    assert_eq!(applies.outcome, No, "emitted, and no, when the gate fails");
    assert!(a.because_ids(applies).contains(&"status.in_force_between"));
    assert_eq!(outcome(&a, "art18.30.agreements"), Yes);
}

fn bar(c: &mut palermo_rules::Case, c_bar: Option<bool>, d_bar: Option<bool>) {
    let law = c.domestic_law.entry(s("XAB")).or_default();
    for (id, v) in [
        ("art18.21.c.domestic_bar_similar_offence", c_bar),
        ("art18.21.d.contrary_to_legal_system", d_bar),
    ] {
        match v {
            Some(v) => law.insert(id.to_string(), v),
            None => law.remove(id),
        };
    }
}

#[test]
fn art18_21_c_bar_resting_on_bank_secrecy_is_a_conflict_with_18_8() {
    let mut c = mla();
    bar(&mut c, Some(true), None);
    c.request.refusal_ground = Some(RefusalGround::BankSecrecy);
    let a = run(&c);
    let f = a.finding("art18.21.refusal_grounds").unwrap();
    assert_eq!(f.outcome, Conflict);
    assert_eq!(a.because_ids(f)[..], ["art18.8.bank_secrecy"]);
    assert!(
        f.message.to_string().starts_with("Conflict"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message.to_string().contains("18(21)(c)"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message.to_string().contains("18(8)"),
        "{}",
        f.message.to_string()
    );
    assert_eq!(outcome(&a, "art18.8.bank_secrecy"), Yes);
    assert_eq!(answer(&a), Yes, "a refusal rule does not change the basis");
    // Under (d) as well.
    bar(&mut c, None, Some(true));
    let a = run(&c);
    let f = a.finding("art18.21.refusal_grounds").unwrap();
    assert_eq!(f.outcome, Conflict);
    assert_eq!(a.because_ids(f)[..], ["art18.8.bank_secrecy"]);
    assert!(
        f.message.to_string().contains("18(21)(d)"),
        "{}",
        f.message.to_string()
    );
}

#[test]
fn art18_21_c_bar_resting_on_fiscal_matters_is_a_conflict_with_18_22() {
    let mut c = mla();
    bar(&mut c, Some(true), Some(false));
    c.request.refusal_ground = Some(RefusalGround::FiscalMatters);
    let a = run(&c);
    let f = a.finding("art18.21.refusal_grounds").unwrap();
    assert_eq!(f.outcome, Conflict);
    assert_eq!(a.because_ids(f)[..], ["art18.22.fiscal_not_sole_ground"]);
    assert!(
        f.message.to_string().starts_with("Conflict"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message.to_string().contains("18(22)"),
        "{}",
        f.message.to_string()
    );
    assert_eq!(answer(&a), Yes);
}

#[test]
fn art18_21_c_bar_on_another_ground_is_a_refusal_ground() {
    let mut c = mla();
    bar(&mut c, Some(true), None);
    c.request.refusal_ground = Some(RefusalGround::Other);
    let f = run(&c)
        .finding("art18.21.refusal_grounds")
        .cloned()
        .unwrap();
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert!(f.because.is_empty(), "{:?}", f.because);
    assert!(
        f.message
            .to_string()
            .contains("other than bank secrecy or fiscal matters"),
        "{}",
        f.message.to_string()
    );
    // The ground not given: read as a ground (c) and (d) may rest on.
    c.request.refusal_ground = None;
    assert_eq!(outcome(&run(&c), "art18.21.refusal_grounds"), Yes);
}

#[test]
fn art18_21_no_domestic_bar_is_no_conflict_whatever_the_ground() {
    let mut c = mla();
    bar(&mut c, Some(false), Some(false));
    for ground in RefusalGround::ALL {
        c.request.refusal_ground = Some(ground);
        let f = run(&c)
            .finding("art18.21.refusal_grounds")
            .cloned()
            .unwrap();
        assert_eq!(f.outcome, No, "{ground:?}");
        assert!(f.because.is_empty(), "{ground:?}");
    }
    // Unanswered: depends on its law, whatever the ground.
    bar(&mut c, None, None);
    c.request.refusal_ground = Some(RefusalGround::BankSecrecy);
    assert_eq!(outcome(&run(&c), "art18.21.refusal_grounds"), Depends);
}

#[test]
fn art18_21_c_d_are_asked_as_grounds_other_than_18_8_and_18_22() {
    let a = run(&mla());
    let f = a.finding("art18.21.refusal_grounds").unwrap();
    assert_eq!(f.outcome, Depends);
    assert!(f.message.to_string().contains("18(8)") && f.message.to_string().contains("18(22)"));
    for id in [
        "art18.21.c.domestic_bar_similar_offence",
        "art18.21.d.contrary_to_legal_system",
    ] {
        let q = a
            .domestic_law_questions
            .iter()
            .find(|q| q.id == id)
            .unwrap_or_else(|| panic!("{id} not asked"));
        assert_eq!(q.state, s("XAB"));
        assert!(
            q.question.to_string().contains("other than bank secrecy"),
            "{id}: {}",
            q.question
        );
        assert!(
            q.question.to_string().contains("fiscal"),
            "{id}: {}",
            q.question
        );
    }
}

/// Art. 18(1) second limb: a stated "no suspicion" against facts that make
/// the offence transnational stays a conflict, and every finding it reaches
/// says conflict (not "not settled"), naming where the facts clash.
#[test]
fn art18_1_stated_no_suspicion_against_the_facts_is_said_as_a_conflict() {
    let mut c = mla();
    // First limb open (group involvement unknown); second limb reached.
    offence(&mut c).involves_group = None;
    c.suspicion.organized_criminal_group = Some(true);
    c.suspicion.transnational = Some(false);
    let a = run(&c);
    let f = a
        .finding("art18.1.reasonable_suspicion.transnational")
        .unwrap();
    assert_eq!(f.outcome, Conflict);
    assert!(
        f.message.to_string().starts_with("Conflict"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message
            .to_string()
            .contains("suspicion.transnational = false"),
        "{}",
        f.message.to_string()
    );
    for id in [
        "art18.1.second_limb",
        "art18.1.applies",
        "art18.legal_basis",
    ] {
        let f = a.finding(id).unwrap();
        assert_eq!(f.outcome, Conflict, "{id}");
        assert!(
            f.message.to_string().starts_with("Conflict"),
            "{id}: {}",
            f.message
        );
        assert!(
            !f.message.to_string().contains("not settled"),
            "{id}: {}",
            f.message
        );
    }
    assert!(
        a.answer().message.to_string().contains("art18.1."),
        "{}",
        a.answer().message.to_string()
    );
}
