//! Contract edge cases: a case without a request or without one of the two
//! States, art. 18(7) for every MLA request, per-offence answers for
//! `[[offences]]`, and a case with very many offences.

use jiff::civil::date;
use palermo_rules::facts::{Penalty, Request, RequestKind};
use palermo_rules::{Assessment, MissingTier, Strength};

use crate::kit::*;

/// No id, explanation, missing fact or question names a stand-in State.
fn no_stand_in(a: &Assessment) {
    for f in &a.findings {
        for code in ["QZA", "QZB"] {
            assert!(!f.id.contains(code), "{}", f.id);
            assert!(
                !f.message.to_string().contains(code),
                "{}: {}",
                f.id,
                f.message
            );
            assert!(
                !f.missing.iter().any(|m| m.path().contains(code)),
                "{}: {:?}",
                f.id,
                f.missing
            );
        }
    }
    for m in &a.missing {
        let m = m.path();
        assert!(!m.contains("QZA") && !m.contains("QZB"), "{m}");
    }
    for q in &a.domestic_law_questions {
        let state = q.state.to_string();
        assert!(state != "QZA" && state != "QZB", "{}", q.id);
    }
    for text in [&a.question, &a.requesting_label, &a.requested_label].map(ToString::to_string) {
        assert!(!text.contains("QZA") && !text.contains("QZB"), "{text}");
    }
}

fn ids_starting(a: &Assessment, prefix: &str) -> Vec<String> {
    a.findings
        .iter()
        .filter(|f| f.id.starts_with(prefix))
        .map(|f| f.id.to_string())
        .collect()
}

#[test]
fn a_case_without_a_request_is_assessed_for_status_and_scope() {
    let mut c = extradition();
    c.request = Request::default();
    let a = run(&c);
    assert_eq!(a.kind, None);
    assert_eq!((a.requesting, a.requested), (None, None));
    assert_eq!(a.answer_id, "art3.1.within_scope");
    assert!(
        a.question.to_string().contains("No request is given"),
        "{}",
        a.question
    );
    // The status of every State the case names.
    assert_eq!(outcome(&a, "status.in_force.XAA"), Yes);
    assert_eq!(outcome(&a, "status.in_force.XAB"), Yes);
    assert!(
        a.finding("status.in_force_between").is_none(),
        "no pair, no question of the pair"
    );
    // Arts. 2 and 3, nothing of any form of cooperation.
    assert_eq!(outcome(&a, "art2.a.organized_criminal_group"), Yes);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAA"), Yes);
    assert_eq!(outcome(&a, "art3.2.transnational"), Yes);
    for prefix in ["art13.", "art15.", "art16.", "art18.", "art35."] {
        assert!(ids_starting(&a, prefix).is_empty(), "{prefix}");
    }
    assert!(!a.missing.iter().any(|m| m == "request.kind"));
    no_stand_in(&a);
}

#[test]
fn a_case_naming_states_but_no_kind_asks_for_the_kind() {
    let mut c = extradition();
    c.request.kind = None;
    let a = run(&c);
    assert_eq!(a.kind, None);
    assert_eq!(a.requesting, Some(s("XAA")));
    assert_eq!(a.answer_id, "art3.1.within_scope");
    assert_eq!(answer(&a), Yes, "both States given: the scope is settled");
    assert_eq!(a.missing[0], "request.kind");
    assert_eq!(a.missing_tiers[0], MissingTier::Decisive);
    assert!(ids_starting(&a, "art16.").is_empty());
    no_stand_in(&a);
}

#[test]
fn art18_request_without_the_requested_state_is_undetermined_naming_it() {
    let mut c = mla();
    c.request.requested_state = None;
    let a = run(&c);
    assert_eq!(a.kind, Some(RequestKind::MutualLegalAssistance));
    assert_eq!(a.requested, None);
    assert_eq!(
        a.requested_label.to_string(),
        "the requested State (not given)"
    );
    assert_eq!(a.answer_id, "art18.legal_basis");
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing[0], "request.requested_state");
    assert_eq!(a.missing_tiers[0], MissingTier::Decisive);
    for id in [
        "art18.1.applies",
        "art18.7.paragraphs_9_29",
        "art18.legal_basis",
    ] {
        let f = a.finding(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(f.outcome, Und, "{id}");
        assert_eq!(f.missing[..], ["request.requested_state"], "{id}");
        assert!(
            f.message.to_string().contains("the requested State"),
            "{id}: {}",
            f.message
        );
    }
    assert_eq!(
        a.finding("art18.1.applies").unwrap().citation.to_string(),
        "UNTOC art. 18(1)"
    );
    assert_eq!(outcome(&a, "status.in_force_between"), Und);
    assert_eq!(outcome(&a, "status.in_force.XAA"), Yes);
    // The requesting State's law still characterises the offence.
    assert_eq!(outcome(&a, "art3.1.within_scope"), Yes);
    no_stand_in(&a);
}

#[test]
fn art16_request_without_the_requesting_state_is_undetermined_naming_it() {
    let mut c = extradition();
    c.request.requesting_state = None;
    let a = run(&c);
    assert_eq!(a.requesting, None);
    assert_eq!(a.requested, Some(s("XAB")));
    assert_eq!(
        a.requesting_label.to_string(),
        "the requesting State (not given)"
    );
    assert_eq!(a.answer_id, "art16.legal_basis");
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing[0], "request.requesting_state");
    assert_eq!(a.missing_tiers[0], MissingTier::Decisive);
    let f = a.finding("art16.1.applies").unwrap();
    assert_eq!(f.outcome, Und);
    assert!(f.missing.iter().any(|m| m == "request.requesting_state"));
    assert!(
        a.finding("art16.4.convention_as_basis").is_none(),
        "no route is read without the pair"
    );
    assert!(a
        .question
        .to_string()
        .contains("the requesting State (not given)"));
    no_stand_in(&a);
    // Neither State: both named, requesting first.
    c.request.requested_state = None;
    let a = run(&c);
    assert_eq!(
        a.missing[..2],
        ["request.requesting_state", "request.requested_state"]
    );
    no_stand_in(&a);
}

/// The base MLA case with Staleland (not a party per its 2014 record) as
/// the requested State.
fn mla_from_staleland() -> palermo_rules::Case {
    let mut c = mla();
    c.request.requested_state = Some(s("XBB"));
    c.request.person_located_in = Some(s("XBB"));
    c.states.remove(&s("XAB"));
    offence(&mut c).committed_in = Some(vec![s("XAA"), s("XBB")]);
    c
}

#[test]
fn art18_7_paragraphs_9_29_when_article_18_does_not_apply() {
    // Before its record's date, Staleland is known not to be a party.
    let mut c = mla_from_staleland();
    c.as_of = Some(date(2013, 6, 1));
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.1.applies"), No);
    assert_eq!(answer(&a), No);
    let f = a.finding("art18.7.paragraphs_9_29").unwrap();
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().contains("does not apply"),
        "{}",
        f.message.to_string()
    );
    assert_eq!(a.because_ids(f)[..], ["art18.legal_basis"]);
    assert_eq!(outcome(&a, "art18.30.agreements"), Yes);
    assert!(a.finding("art18.21.refusal_grounds").is_none());
}

#[test]
fn art18_7_paragraphs_9_29_when_article_18_application_is_open() {
    // After its record's date, Staleland's status is not known.
    let a = run(&mla_from_staleland());
    assert_eq!(outcome(&a, "art18.1.applies"), Und);
    let f = a.finding("art18.7.paragraphs_9_29").unwrap();
    assert_eq!(f.outcome, Und);
    assert_eq!(f.missing[..], ["states.XBB.untoc_consent"]);
    assert!(
        f.message.to_string().starts_with("If article 18 applies"),
        "{}",
        f.message.to_string()
    );
    // Open on both counts: the treaty too.
    let mut c = mla_from_staleland();
    c.request.treaty_in_force = None;
    let f = run(&c).finding("art18.7.paragraphs_9_29").cloned().unwrap();
    assert_eq!(f.outcome, Und);
    assert_eq!(
        f.missing[..],
        ["states.XBB.untoc_consent", "request.treaty_in_force"]
    );
    // A treaty governs: no, whether or not art. 18 applies.
    let mut c = mla_from_staleland();
    c.request.treaty_in_force = Some(true);
    c.request.agreed_to_apply_art18_9_29 = Some(false);
    assert_eq!(outcome(&run(&c), "art18.7.paragraphs_9_29"), No);
}

#[test]
fn art18_7_paragraphs_9_29_govern_without_a_treaty() {
    let a = run(&mla());
    let f = a.finding("art18.7.paragraphs_9_29").unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(f
        .message
        .to_string()
        .contains("No mutual legal assistance treaty"));
    assert!(a.finding("art18.21.refusal_grounds").is_some());
}

/// Three offences: 1 and 3 within art. 16 and 18, 2 outside both (no group,
/// no suspicion of one, no legal person).
fn three(kind: RequestKind) -> palermo_rules::Case {
    let mut c = extradition();
    c.request.kind = Some(kind);
    c.request.concerns_legal_person = Some(false);
    let first = c.offences[0].clone();
    let mut outside = first.clone();
    outside.involves_group = Some(false);
    c.offences = vec![first.clone(), outside, first];
    c.several_offences = true;
    c
}

#[test]
fn art16_legal_basis_per_offence() {
    let a = run(&three(RequestKind::Extradition));
    assert_eq!(answer(&a), Yes);
    for k in [1, 3] {
        let f = a.finding(&format!("art16.legal_basis#{k}")).unwrap();
        assert_eq!(f.outcome, Yes, "#{k}");
        assert_eq!(f.strength, Some(Strength::Discretionary), "#{k}");
        assert_eq!(f.citation.to_string(), "UNTOC art. 16(4)", "#{k}");
    }
    let f = a.finding("art16.legal_basis#2").unwrap();
    assert_eq!((f.outcome, f.strength), (No, None));
    assert_eq!(a.because_ids(f)[..], ["art16.1.applies#2"]);
    assert!(
        f.message.to_string().contains("does not reach"),
        "{}",
        f.message.to_string()
    );
    assert!(a.finding("art16.legal_basis#4").is_none());
    // The route closed: no for every offence.
    let mut c = three(RequestKind::Extradition);
    requested(&mut c).convention_as_extradition_basis = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), No);
    for k in 1..=3 {
        assert_eq!(outcome(&a, &format!("art16.legal_basis#{k}")), No, "#{k}");
    }
    // The route open: undetermined for those within, no for the one outside.
    requested(&mut c).convention_as_extradition_basis = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art16.legal_basis#1"), Und);
    assert_eq!(outcome(&a, "art16.legal_basis#2"), No);
    assert_eq!(
        missing(&a, "art16.legal_basis#1"),
        vec!["states.XAB.convention_as_extradition_basis"]
    );
}

#[test]
fn art16_legal_basis_is_not_split_for_a_single_offence() {
    let a = run(&extradition());
    assert!(a.finding("art16.legal_basis#1").is_none());
    assert!(a.finding("art3.1.within_scope#1").is_none());
}

#[test]
fn art18_legal_basis_per_offence() {
    let mut c = three(RequestKind::MutualLegalAssistance);
    c.suspicion.organized_criminal_group = Some(false);
    let a = run(&c);
    assert_eq!(answer(&a), Yes);
    for k in [1, 3] {
        let f = a.finding(&format!("art18.legal_basis#{k}")).unwrap();
        assert_eq!(
            (f.outcome, f.strength),
            (Yes, Some(Strength::Mandatory)),
            "#{k}"
        );
        assert_eq!(f.citation.to_string(), "UNTOC art. 18(1)", "#{k}");
    }
    let f = a.finding("art18.legal_basis#2").unwrap();
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().contains("does not reach"),
        "{}",
        f.message.to_string()
    );
}

#[test]
fn art2_b_third_state_serious_crime_is_asked_only_where_an_offence_gives_it() {
    let mut c = three(RequestKind::Extradition);
    c.offences[0]
        .max_penalty
        .insert(s("XAD"), Penalty::Months(12));
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAD#1"), No);
    assert!(a.finding("art2.b.serious_crime.XAD#2").is_none());
    assert!(a.finding("art2.b.serious_crime.XAD#3").is_none());
    // No for offence 1 only: the others give XAD no maximum.
    let f = a.finding("art2.b.serious_crime.XAD").unwrap();
    assert_eq!(f.outcome, Und, "not no: offences 2 and 3 are silent");
    assert_eq!(
        f.missing[..],
        ["offences[2].max_penalty.XAD", "offences[3].max_penalty.XAD"]
    );
    // Background only: the answer does not wait for it.
    assert_eq!(answer(&a), Yes);
    for m in ["offences[2].max_penalty.XAD", "offences[3].max_penalty.XAD"] {
        let i = a.missing.iter().position(|x| x == m).unwrap();
        assert_eq!(a.missing_tiers[i], MissingTier::Moot, "{m}");
    }
    // No for every offence: no.
    for o in &mut c.offences[1..] {
        o.max_penalty.insert(s("XAD"), Penalty::Months(36));
    }
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAD#2"), No);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAD"), No);
    // Yes for one offence: yes.
    c.offences[2]
        .max_penalty
        .insert(s("XAD"), Penalty::Months(48));
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAD"), Yes);
    assert_eq!(
        a.because_ids(a.finding("art2.b.serious_crime.XAD").unwrap())[..],
        ["art2.b.serious_crime.XAD#3"]
    );
}

#[test]
fn art3_1_many_offences_are_assessed() {
    let mut c = extradition();
    let o = c.offences[0].clone();
    c.offences = vec![o; 2000];
    c.several_offences = true;
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.within_scope#2000"), Yes);
    assert_eq!(outcome(&a, "art16.legal_basis#2000"), Yes);
    assert!(a.finding("art3.1.within_scope#2001").is_none());
    assert_eq!(outcome(&a, "art3.1.within_scope"), Yes);
    assert_eq!(answer(&a), Yes);
}

/// The unsuffixed aggregate names the offences that leave it open.
#[test]
fn art2_b_third_state_aggregate_explanation_names_the_silent_offences() {
    let mut c = extradition();
    let mut o1 = c.offences[0].clone();
    o1.max_penalty.insert(s("XAD"), Penalty::Months(12));
    let o2 = c.offences[0].clone();
    c.offences = vec![o1, o2];
    c.several_offences = true;
    let a = run(&c);
    let f = a.finding("art2.b.serious_crime.XAD").unwrap();
    assert_eq!(f.outcome, Und);
    assert!(
        f.message.to_string().contains('2') && !f.message.to_string().contains(" ;"),
        "{}",
        f.message.to_string()
    );
}

/// `assess` on `Case::default()` (no request, no offence) should assess or
/// return an error, not panic.
#[test]
fn a_case_with_nothing_at_all_does_not_panic() {
    let c = palermo_rules::Case::default();
    let _ = palermo_rules::assess(&c, &data(), AS_OF, Default::default());
    let mut c = palermo_rules::Case::default();
    c.request.kind = Some(RequestKind::Extradition);
    c.request.requesting_state = Some(s("XAA"));
    c.request.requested_state = Some(s("XAB"));
    let _ = palermo_rules::assess(&c, &data(), AS_OF, Default::default());
}
