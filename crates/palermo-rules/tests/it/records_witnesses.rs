//! Arts. 22, 24-26: foreign convictions, witnesses, victims and cooperating
//! offenders, reported when the case raises them.

use palermo_rules::{Outcome::Undetermined, Strength};

use crate::kit::*;

#[test]
fn nothing_is_reported_unless_the_case_raises_it() {
    let a = run(&extradition());
    for prefix in ["art22.", "art24.", "art25.", "art26."] {
        assert!(
            a.findings.iter().all(|f| !f.id.starts_with(prefix)),
            "{prefix}"
        );
    }
}

#[test]
fn a_previous_conviction_abroad_may_be_taken_into_account() {
    let mut c = extradition();
    c.request.previous_convictions_in = Some(vec![s("XAD")]);
    let a = run(&c);
    let f = a.finding("art22.previous_conviction").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::Discretionary));
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art22.foreign_convictions_considered" && q.state == s("XAA")));
    // Its law says no: the permission is not used.
    c.domestic_law
        .entry(s("XAA"))
        .or_default()
        .insert("art22.foreign_convictions_considered".into(), false);
    assert_eq!(outcome(&run(&c), "art22.previous_conviction"), No);
    // None stated: nothing to take into account.
    c.request.previous_convictions_in = Some(vec![]);
    assert_eq!(outcome(&run(&c), "art22.previous_conviction"), No);
}

#[test]
fn art_22_needs_a_covered_offence() {
    let mut c = extradition();
    c.request.previous_convictions_in = Some(vec![s("XAD")]);
    offence(&mut c).involves_group = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art22.previous_conviction"), No);
    offence(&mut c).involves_group = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art22.previous_conviction"), Undetermined);
    assert!(!missing(&a, "art22.previous_conviction").is_empty());
}

#[test]
fn witness_relocation_is_a_duty_to_consider_an_agreement() {
    let mut c = extradition();
    c.request.witness_relocation_needed = Some(true);
    let a = run(&c);
    let f = a.finding("art24.1.protection").unwrap();
    assert_eq!(f.strength, Some(Strength::MandatoryQualified));
    let f = a.finding("art24.3.relocation_agreement").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::ShallConsider));
    c.request.witness_relocation_needed = Some(false);
    assert_eq!(outcome(&run(&c), "art24.3.relocation_agreement"), No);
}

#[test]
fn relocation_needs_the_convention_between_the_states() {
    let mut c = extradition();
    c.request.witness_relocation_needed = Some(true);
    requested(&mut c).untoc_consent = None;
    let a = run(&c);
    assert_ne!(outcome(&a, "art24.3.relocation_agreement"), Yes);
}

fn with_victims() -> palermo_rules::Case {
    let mut c = extradition();
    offence(&mut c).victim_nationalities = Some(vec![s("XAE")]);
    c
}

fn art25(c: &palermo_rules::Case, id: &str) -> palermo_rules::Finding {
    run(c)
        .finding(id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} not emitted"))
}

#[test]
fn art25_1_assistance_within_means_is_mandatory_qualified() {
    let f = art25(&with_victims(), "art25.1.assistance_protection");
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::MandatoryQualified));
    assert_eq!(f.citation.to_string(), "UNTOC art. 25(1)");
    assert!(
        f.message.to_string().contains("within its means"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message
            .to_string()
            .contains("retaliation or intimidation"),
        "{}",
        f.message.to_string()
    );
    // Negative: not a covered offence.
    let mut c = with_victims();
    offence(&mut c).involves_group = Some(false);
    let f = art25(&c, "art25.1.assistance_protection");
    assert_eq!((f.outcome, f.strength), (No, None));
    // Undetermined: the scope is not settled.
    offence(&mut c).involves_group = None;
    assert_eq!(
        art25(&c, "art25.1.assistance_protection").outcome,
        Undetermined
    );
}

#[test]
fn art25_2_compensation_and_restitution_procedures_are_mandatory() {
    let f = art25(&with_victims(), "art25.2.compensation_restitution");
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::Mandatory));
    assert_eq!(f.citation.to_string(), "UNTOC art. 25(2)");
    let mut c = with_victims();
    offence(&mut c).involves_group = Some(false);
    assert_eq!(art25(&c, "art25.2.compensation_restitution").outcome, No);
}

#[test]
fn art25_3_views_and_concerns_subject_to_domestic_law_are_mandatory_qualified() {
    let f = art25(&with_victims(), "art25.3.views_and_concerns");
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::MandatoryQualified));
    assert_eq!(f.citation.to_string(), "UNTOC art. 25(3)");
    assert!(
        f.message
            .to_string()
            .contains("subject to its domestic law"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message.to_string().contains("rights of the defence"),
        "{}",
        f.message.to_string()
    );
    // Boundary: the duties reach covered offences; a maximum of exactly
    // four years in the requesting State is serious crime, one month less is not.
    let mut c = with_victims();
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), palermo_rules::facts::Penalty::Months(48));
    assert_eq!(art25(&c, "art25.3.views_and_concerns").outcome, Yes);
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), palermo_rules::facts::Penalty::Months(47));
    assert_eq!(art25(&c, "art25.3.views_and_concerns").outcome, No);
    // No victims named: not reported.
    assert!(run(&extradition())
        .findings
        .iter()
        .all(|f| !f.id.starts_with("art25.")));
}

#[test]
fn a_cooperating_offender_may_be_the_subject_of_an_agreement() {
    let mut c = extradition();
    c.request.cooperating_offender_in = Some(s("XAB"));
    let a = run(&c);
    let f = a.finding("art26.5.cooperation_agreement").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::Discretionary));
    // XAA, the State helped, has a 26(3) declaration on record: cited.
    assert!(
        f.message
            .to_string()
            .contains("XAA made a declaration under art. 26(3)"),
        "{}",
        f.message.to_string()
    );
    assert!(!f.sources.is_empty());
}

#[test]
fn a_cooperating_offender_in_a_third_state_is_outside_this_pair() {
    let mut c = extradition();
    c.request.cooperating_offender_in = Some(s("XAD"));
    let a = run(&c);
    assert_eq!(outcome(&a, "art26.5.cooperation_agreement"), No);
}

/// Art. 24(3) and 26(5) need the Convention in force between the two States:
/// with that open and the offence covered, the finding says why it is open
/// (it was once left without any explanation).
#[test]
fn art24_3_and_26_5_explain_an_open_status() {
    let mut c = extradition();
    c.states.get_mut(&s("XAA")).unwrap().untoc_consent = None;
    c.request.witness_relocation_needed = Some(true);
    c.request.cooperating_offender_in = Some(s("XAB"));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force_between"), Und);
    assert_eq!(outcome(&a, "art3.1.within_scope"), Yes);
    for id in [
        "art24.3.relocation_agreement",
        "art26.5.cooperation_agreement",
    ] {
        let f = a.finding(id).unwrap();
        assert_eq!(f.outcome, Und, "{id}");
        assert!(
            f.message
                .to_string()
                .contains("in force between these two is not settled"),
            "{id}: {:?}",
            f.message.to_string()
        );
    }
}
