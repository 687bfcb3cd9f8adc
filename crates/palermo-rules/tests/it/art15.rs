//! Art. 15, jurisdiction: the must / may / must-if-not-extraditing lists,
//! per paragraph, with fictional States.

use palermo_rules::facts::ConventionOffence;
use palermo_rules::{Assessment, Outcome::Undetermined, Strength};

use crate::kit::*;

fn strength(a: &Assessment, id: &str) -> Option<Strength> {
    a.finding(id)
        .unwrap_or_else(|| panic!("{id} not emitted"))
        .strength
}

#[test]
fn territory_binds_every_state_where_committed() {
    let a = run(&extradition());
    assert_eq!(outcome(&a, "art15.1.territory"), Yes);
    assert_eq!(outcome(&a, "art15.jurisdiction.XAA"), Yes);
    assert_eq!(
        strength(&a, "art15.jurisdiction.XAA"),
        Some(Strength::Mandatory)
    );
    assert_eq!(
        a.finding("art15.jurisdiction.XAA")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 15(1)(a)"
    );
    let summary = &a.finding("art15.jurisdiction").unwrap().message.to_string();
    assert!(
        summary.contains("Must establish jurisdiction (15(1)): XAA and XAB"),
        "{summary}"
    );
}

#[test]
fn flag_state_of_the_vessel_must_too() {
    let mut c = extradition();
    offence(&mut c).aboard_flag_states = Some(vec![s("XAD")]);
    c.states
        .insert(s("XAD"), party(jiff::civil::date(2005, 1, 1)));
    let a = run(&c);
    assert_eq!(
        strength(&a, "art15.jurisdiction.XAD"),
        Some(Strength::Mandatory)
    );
    assert_eq!(
        a.finding("art15.jurisdiction.XAD")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 15(1)(b)"
    );
}

#[test]
fn place_of_commission_unknown_is_undetermined_not_empty() {
    let mut c = extradition();
    offence(&mut c).committed_in = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art15.1.territory"), Undetermined);
    assert_eq!(
        missing(&a, "art15.1.territory"),
        vec!["offence.committed_in"]
    );
}

#[test]
fn offender_and_victim_nationality_only_permit() {
    let mut c = extradition();
    offence(&mut c).victim_nationalities = Some(vec![s("XAE")]);
    c.states
        .insert(s("XAE"), party(jiff::civil::date(2005, 1, 1)));
    let a = run(&c);
    // XAC: the offender's State; XAE: a victim's State.
    for st in ["XAC", "XAE"] {
        let id = format!("art15.jurisdiction.{st}");
        assert_eq!(outcome(&a, &id), Yes);
        assert_eq!(strength(&a, &id), Some(Strength::Discretionary));
    }
    assert_eq!(
        a.finding("art15.jurisdiction.XAE")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 15(2)(a)"
    );
    assert_eq!(outcome(&a, "art15.2.nationality"), Yes);
}

#[test]
fn stateless_offender_links_the_state_of_habitual_residence() {
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art15.2.nationality"), Undetermined);
    assert_eq!(
        missing(&a, "art15.2.nationality"),
        vec!["request.person_habitual_residence"]
    );
    c.request.person_habitual_residence = Some(s("XAF"));
    c.states
        .insert(s("XAF"), party(jiff::civil::date(2005, 1, 1)));
    let a = run(&c);
    assert_eq!(
        strength(&a, "art15.jurisdiction.XAF"),
        Some(Strength::Discretionary)
    );
    assert_eq!(
        a.finding("art15.jurisdiction.XAF")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 15(2)(b)"
    );
}

#[test]
fn participation_aimed_at_a_state_from_abroad_permits_it() {
    let mut c = extradition();
    offence(&mut c).aimed_at = Some(vec![s("XAG")]);
    // Without the participation offence, 15(2)(c)(i) does not reach it.
    let a = run(&c);
    assert!(a.finding("art15.jurisdiction.XAG").is_none());
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::UntocArt5]);
    let a = run(&c);
    assert_eq!(
        a.finding("art15.jurisdiction.XAG")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 15(2)(c)(i)"
    );
}

#[test]
fn national_present_and_not_extradited_must_if_refusing_on_nationality() {
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art15.3.national_not_extradited"), Yes);
    // 15(1) (committed there) outranks 15(3) for XAB.
    assert_eq!(
        a.finding("art15.jurisdiction.XAB")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 15(1)(a)"
    );
    // Where the offence was not committed there, 15(3) is the call.
    offence(&mut c).committed_in = Some(vec![s("XAA")]);
    // Still transnational: substantial effects in another State (3(2)(d)).
    offence(&mut c).substantial_effects_in = Some(vec![s("XAD")]);
    let a = run(&c);
    let f = a.finding("art15.jurisdiction.XAB").unwrap();
    assert_eq!(f.citation.to_string(), "UNTOC art. 15(3)");
    assert_eq!(f.strength, Some(Strength::Mandatory));
    let summary = &a.finding("art15.jurisdiction").unwrap().message.to_string();
    assert!(
        summary.contains("Must if not extraditing its national (15(3)): XAB"),
        "{summary}"
    );
}

#[test]
fn a_foreigner_present_gives_only_the_15_4_permission() {
    let a = run(&extradition());
    // The person (a national of XAC) is in XAB.
    assert_eq!(outcome(&a, "art15.3.national_not_extradited"), No);
    assert_eq!(outcome(&a, "art15.4.present_not_extradited"), Yes);
    assert_eq!(
        strength(&a, "art15.4.present_not_extradited"),
        Some(Strength::Discretionary)
    );
}

#[test]
fn whereabouts_unknown_leave_15_3_and_15_4_open() {
    let mut c = extradition();
    c.request.person_located_in = None;
    let a = run(&c);
    for id in [
        "art15.3.national_not_extradited",
        "art15.4.present_not_extradited",
    ] {
        assert_eq!(outcome(&a, id), Undetermined);
        assert_eq!(missing(&a, id), vec!["request.person_located_in"]);
    }
}

#[test]
fn an_offence_outside_the_convention_gets_no_lists() {
    let mut c = extradition();
    offence(&mut c).involves_group = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.within_scope"), No);
    assert_eq!(outcome(&a, "art15.jurisdiction"), No);
    assert_eq!(outcome(&a, "art15.jurisdiction.XAA"), No);
    assert!(a
        .finding("art15.jurisdiction.XAA")
        .unwrap()
        .strength
        .is_none());
}

#[test]
fn the_requesting_state_is_asked_last_whether_it_has_jurisdiction() {
    let a = run(&extradition());
    let qs: Vec<&str> = a.domestic_law_questions.iter().map(|q| q.id).collect();
    let last = qs.last().copied();
    assert_eq!(last, Some("art15.jurisdiction_established"), "{qs:?}");
    assert_eq!(a.domestic_law_questions.last().unwrap().state, s("XAA"));
    // It does not change the answer.
    let mut c = extradition();
    c.domestic_law
        .entry(s("XAA"))
        .or_default()
        .insert("art15.jurisdiction_established".into(), true);
    assert_eq!(answer(&run(&c)), answer(&a));
}

#[test]
fn a_linked_third_state_is_bound_only_as_a_party() {
    use palermo_rules::facts::Consent;
    // Not a party: art. 15 does not bind it, and the summary says so.
    let mut c = extradition();
    offence(&mut c).victim_nationalities = Some(vec![s("XAG")]);
    c.states.insert(
        s("XAG"),
        palermo_rules::facts::StateFacts {
            untoc_consent: Some(Consent::None),
            ..Default::default()
        },
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force.XAG"), No);
    assert_eq!(outcome(&a, "art15.jurisdiction.XAG"), No);
    assert_eq!(strength(&a, "art15.jurisdiction.XAG"), None);
    let summary = &a.finding("art15.jurisdiction").unwrap().message.to_string();
    assert!(
        summary.contains("not parties, so not bound: XAG"),
        "{summary}"
    );
    // Status unknown: the call waits for it, and names the fact.
    c.states.remove(&s("XAG"));
    let a = run(&c);
    assert_eq!(outcome(&a, "art15.jurisdiction.XAG"), Undetermined);
    assert_eq!(
        missing(&a, "art15.jurisdiction.XAG"),
        vec!["states.XAG.untoc_consent"]
    );
    let summary = &a.finding("art15.jurisdiction").unwrap().message.to_string();
    assert!(summary.contains("which is not settled: XAG"), "{summary}");
    // A party: may.
    c.states
        .insert(s("XAG"), party(jiff::civil::date(2005, 1, 1)));
    let a = run(&c);
    assert_eq!(
        strength(&a, "art15.jurisdiction.XAG"),
        Some(Strength::Discretionary)
    );
}

/// One finding per ground, each with its own strength: a "may" ground is
/// never inside a "shall" sentence.
#[test]
fn art15_each_ground_has_its_own_finding_and_strength() {
    // The alleged offender is a national of XAA, where the offence was
    // committed (15(1)(a), must) and whose national he is (15(2)(b), may).
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAA")]);
    let a = run(&c);
    let territory = a.finding("art15.1.a.XAA").unwrap();
    assert_eq!(
        (territory.outcome, territory.strength),
        (Yes, Some(Strength::Mandatory))
    );
    assert_eq!(territory.citation.to_string(), "UNTOC art. 15(1)(a)");
    assert!(territory.message.to_string().contains("shall establish"));
    let nationality = a.finding("art15.2.b.XAA").unwrap();
    assert_eq!(
        (nationality.outcome, nationality.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert_eq!(nationality.citation.to_string(), "UNTOC art. 15(2)(b)");
    assert!(nationality.message.to_string().contains("may establish"));
    // The per-State line: the "shall" sentence names only 15(1) grounds.
    let line = &a
        .finding("art15.jurisdiction.XAA")
        .unwrap()
        .message
        .to_string();
    let shall = line.split(". ").next().unwrap();
    assert!(shall.contains("shall establish"), "{line}");
    assert!(
        !shall.contains("15(2)"),
        "a may ground inside the shall sentence: {line}"
    );
    assert!(
        line.contains(
            "It also may establish jurisdiction: the alleged offender is its national (15(2)(b))"
        ),
        "{line}"
    );
    // Negative: an offence outside the Convention gets no strengths.
    offence(&mut c).involves_group = Some(false);
    let a = run(&c);
    assert_eq!(outcome(&a, "art15.2.b.XAA"), No);
    assert_eq!(a.finding("art15.2.b.XAA").unwrap().strength, None);
    // Undetermined: scope not settled.
    offence(&mut c).involves_group = None;
    assert_eq!(outcome(&run(&c), "art15.1.a.XAA"), Undetermined);
}

/// 15(3): the duty to establish jurisdiction when not extraditing one's
/// national is always shown, even where 15(1) is the State's strongest call.
#[test]
fn art15_3_is_always_visible() {
    // The person is a national of XAB, located there, and the offence was
    // committed there too: 15(1) outranks 15(3) for XAB.
    let mut c = extradition();
    c.request.person_nationalities = Some(vec![s("XAB")]);
    let a = run(&c);
    let f = a.finding("art15.3.XAB").unwrap();
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(f.citation.to_string(), "UNTOC art. 15(3)");
    let summary = &a.finding("art15.jurisdiction").unwrap().message.to_string();
    assert!(
        summary.contains("Must establish jurisdiction (15(1)): XAA and XAB"),
        "{summary}"
    );
    assert!(
        summary.contains("Must if not extraditing its national (15(3)): XAB"),
        "{summary}"
    );
    let line = &a
        .finding("art15.jurisdiction.XAB")
        .unwrap()
        .message
        .to_string();
    assert!(line.contains("It also shall establish jurisdiction for the case where it refuses extradition solely because the person is its national"), "{line}");
    // Negative: not its national: 15(3) is reported as not applying.
    let a = run(&extradition());
    assert_eq!(outcome(&a, "art15.3.national_not_extradited"), No);
    assert!(a.finding("art15.3.XAB").is_none());
    // Every kind of request reaches art. 15 and shows 15(3).
    for kind in palermo_rules::facts::RequestKind::ALL {
        let mut c = extradition();
        c.request.kind = Some(kind);
        assert!(
            run(&c).finding("art15.3.national_not_extradited").is_some(),
            "{kind:?}"
        );
    }
}
