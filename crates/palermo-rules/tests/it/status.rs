//! Treaty status: arts. 36-38, 40; art. 37 and the Protocols' entry into force.

use jiff::civil::date;
use palermo_cite::Instrument;
use palermo_rules::facts::{Consent, ConventionOffence, StateFacts};
use palermo_rules::status::{denunciation_effective, entry_into_force};
use palermo_rules::Basis;

use crate::kit::*;

#[test]
fn art38_entry_into_force_dates() {
    // Para 1: up to the 40th instrument (1 Jul 2003) the general date applies.
    assert_eq!(
        entry_into_force(Instrument::Untoc, date(2003, 7, 1)),
        date(2003, 9, 29)
    );
    // Later deposit whose 30th day falls before the general date: the later of the two.
    assert_eq!(
        entry_into_force(Instrument::Untoc, date(2003, 7, 24)),
        date(2003, 9, 29)
    );
    // Depositary practice: Afghanistan 24 Sep 2003 → 24 Oct 2003; Australia 27 May 2004 → 26 Jun 2004.
    assert_eq!(
        entry_into_force(Instrument::Untoc, date(2003, 9, 24)),
        date(2003, 10, 24)
    );
    assert_eq!(
        entry_into_force(Instrument::Untoc, date(2004, 5, 27)),
        date(2004, 6, 26)
    );
    // Protocols: the later of deposit + 30 days and their own date.
    assert_eq!(
        entry_into_force(Instrument::Tip, date(2003, 11, 1)),
        date(2003, 12, 25)
    );
    assert_eq!(
        entry_into_force(Instrument::Som, date(2003, 12, 20)),
        date(2004, 1, 28)
    );
    assert_eq!(
        entry_into_force(Instrument::Som, date(2004, 1, 10)),
        date(2004, 2, 9)
    );
    assert_eq!(
        entry_into_force(Instrument::Firearms, date(2006, 1, 1)),
        date(2006, 1, 31)
    );
}

#[test]
fn in_force_positive_and_boundary() {
    let mut c = extradition();
    c.states.insert(s("XAA"), party(date(2010, 3, 1))); // in force 2010-03-31
    c.as_of = Some(date(2010, 3, 31));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force.XAA"), Yes);
    assert_eq!(outcome(&a, "status.in_force_between"), Yes);
    c.as_of = Some(date(2010, 3, 30));
    let a = run(&c);
    assert_eq!(
        outcome(&a, "status.in_force.XAA"),
        No,
        "the day before entry into force"
    );
    assert_eq!(outcome(&a, "status.in_force_between"), No);
    assert_eq!(answer(&a), No);
    assert!(a
        .because_ids(a.answer())
        .contains(&"status.in_force_between"));
}

#[test]
fn later_of_rule_is_marked_as_interpretation() {
    let mut c = extradition();
    c.states.insert(s("XAA"), party(date(2003, 7, 24)));
    let a = run(&c);
    assert_eq!(
        a.finding("status.in_force.XAA").unwrap().basis,
        Basis::Interpretation("untoc-entry-into-force-later-of")
    );
    c.states.insert(s("XAA"), party(date(2003, 7, 1)));
    let a = run(&c);
    assert_eq!(a.finding("status.in_force.XAA").unwrap().basis, Basis::Text);
    assert_eq!(
        a.finding("status.in_force.XAA")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 38(1)"
    );
}

#[test]
fn not_a_party_is_no() {
    let mut c = extradition();
    c.states.insert(
        s("XAA"),
        StateFacts {
            untoc_consent: Some(Consent::None),
            ..Default::default()
        },
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force.XAA"), No);
    assert_eq!(answer(&a), No);
}

#[test]
fn missing_deposit_date_is_undetermined_not_no() {
    let mut c = extradition();
    c.states.insert(s("XAA"), StateFacts::default());
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force.XAA"), Und);
    assert_eq!(
        missing(&a, "status.in_force.XAA"),
        vec!["states.XAA.untoc_consent"]
    );
    assert_eq!(answer(&a), Und);
    assert_eq!(
        a.missing[0], "states.XAA.untoc_consent",
        "the gate's missing fact comes first"
    );
}

#[test]
fn before_general_entry_into_force_nobody_is_bound() {
    let mut c = extradition();
    c.states.insert(s("XAA"), StateFacts::default());
    c.as_of = Some(date(2003, 9, 28));
    let a = run(&c);
    assert_eq!(
        outcome(&a, "status.in_force.XAA"),
        No,
        "unknown deposit, but no State was bound before 29 Sep 2003"
    );
}

#[test]
fn denunciation_takes_effect_after_one_year() {
    assert_eq!(denunciation_effective(date(2020, 1, 15)), date(2021, 1, 15));
    let mut c = extradition();
    requested(&mut c).untoc_denunciation = Some(date(2020, 1, 15));
    c.as_of = Some(date(2021, 1, 14));
    assert_eq!(outcome(&run(&c), "status.in_force.XAB"), Yes);
    c.as_of = Some(date(2021, 1, 15));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force.XAB"), No);
    assert_eq!(
        a.finding("status.in_force.XAB")
            .unwrap()
            .citation
            .to_string(),
        "UNTOC art. 40(1)"
    );
}

#[test]
fn data_party_with_date_is_used_and_cited() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBA"));
    c.states.remove(&s("XAA"));
    let a = run(&c);
    let f = a.finding("status.in_force.XBA").unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(
        f.sources[0]
            .to_string()
            .contains("untoc_participation.csv:2"),
        "{:?}",
        f.sources
    );
    assert!(f.sources[0].to_string().contains("as of 2014-01-27"));
}

#[test]
fn stale_not_party_record_is_undetermined_after_its_as_of() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBB"));
    let a = run(&c);
    assert_eq!(
        outcome(&a, "status.in_force.XBB"),
        Und,
        "not a party in 2014 says nothing about 2024"
    );
    c.as_of = Some(date(2012, 1, 1));
    assert_eq!(outcome(&run(&c), "status.in_force.XBB"), No);
}

/// Quietland (XBC) is a party by its row's date (2017-09-19) with no deposit
/// date: it deposited by then, so the Convention is in force for it 30 days
/// later at the latest (art. 38(2)).
#[test]
fn art38_2_party_without_deposit_date_is_in_force_30_days_after_its_row_date() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBC"));
    let a = run(&c);
    let f = a.finding("status.in_force.XBC").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.basis, Basis::Interpretation("party-without-deposit-date"));
    assert_eq!(f.citation.to_string(), "UNTOC art. 38(2)");
    assert!(
        f.message
            .to_string()
            .contains("19 October 2017 at the latest"),
        "{}",
        f.message.to_string()
    );
    assert!(f.sources[0].to_string().contains("as of 2017-09-19"));
    // Boundary: from the 30th day after the row's date.
    c.as_of = Some(date(2017, 10, 19));
    assert_eq!(outcome(&run(&c), "status.in_force.XBC"), Yes);
    // The day before: the deposit date decides, and it is not recorded.
    c.as_of = Some(date(2017, 10, 18));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.in_force.XBC"), Und);
    assert_eq!(
        missing(&a, "status.in_force.XBC"),
        vec!["states.XBC.untoc_consent"]
    );
    // A deposit stated in the case wins over the bound.
    c.states.insert(s("XBC"), party(date(2010, 1, 1)));
    assert_eq!(outcome(&run(&c), "status.in_force.XBC"), Yes);
    // Before the general entry into force, no State was bound.
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBC"));
    c.as_of = Some(date(2003, 9, 28));
    assert_eq!(outcome(&run(&c), "status.in_force.XBC"), No);
}

/// A row dated by year or month only: the bound runs from the last day the
/// partial date can denote.
#[test]
fn art38_2_party_without_deposit_date_partial_row_dates_take_their_last_day() {
    for (state, last_day_before, first_day) in [
        ("XBE", date(2015, 1, 29), date(2015, 1, 30)), // "2014" → 2014-12-31 + 30
        ("XBF", date(2014, 3, 1), date(2014, 3, 2)),   // "2014-01" → 2014-01-31 + 30
    ] {
        let mut c = extradition();
        c.request.requesting_state = Some(s(state));
        c.as_of = Some(last_day_before);
        let id = format!("status.in_force.{state}");
        assert_eq!(outcome(&run(&c), &id), Und, "{state}");
        c.as_of = Some(first_day);
        assert_eq!(outcome(&run(&c), &id), Yes, "{state}");
    }
}

/// The same 30-day rule for a Protocol (TIP art. 17(2)).
#[test]
fn tip_art17_2_party_without_deposit_date_is_in_force_30_days_after_its_row_date() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBC"));
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::TipArt5]);
    requested(&mut c)
        .protocols
        .insert(Instrument::Tip, Consent::Deposited(date(2005, 3, 1)));
    c.as_of = Some(date(2017, 10, 19));
    let a = run(&c);
    let f = a.finding("status.tip.in_force.XBC").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.citation.to_string(), "TIP art. 17(2)");
    assert_eq!(outcome(&a, "status.tip.in_force_between"), Yes);
    c.as_of = Some(date(2017, 10, 18));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.tip.in_force.XBC"), Und);
    assert_eq!(
        missing(&a, "status.tip.in_force.XBC"),
        vec!["states.XBC.protocols.tip"]
    );
}

#[test]
fn case_overrides_data() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBB"));
    c.states.insert(s("XBB"), party(date(2015, 1, 1)));
    assert_eq!(outcome(&run(&c), "status.in_force.XBB"), Yes);
}

#[test]
fn succession_is_an_interpretation() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("XBD"));
    let a = run(&c);
    let f = a.finding("status.in_force.XBD").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.basis, Basis::Interpretation("succession"));
}

#[test]
fn reio_needs_competence() {
    let mut c = extradition();
    c.request.requesting_state = Some(s("EUE"));
    assert_eq!(outcome(&run(&c), "status.in_force.EUE"), Und);
    c.states.insert(
        s("EUE"),
        StateFacts {
            within_competence: Some(true),
            ..Default::default()
        },
    );
    assert_eq!(outcome(&run(&c), "status.in_force.EUE"), Yes);
    c.states.insert(
        s("EUE"),
        StateFacts {
            within_competence: Some(false),
            ..Default::default()
        },
    );
    assert_eq!(outcome(&run(&c), "status.in_force.EUE"), No);
}

#[test]
fn protocol_status_only_between_parties() {
    let mut c = extradition();
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::SomArt6]);
    offence(&mut c).max_penalty = [
        (s("XAA"), palermo_rules::facts::Penalty::Months(36)),
        (s("XAB"), palermo_rules::facts::Penalty::Months(36)),
    ]
    .into_iter()
    .collect();
    c.states
        .get_mut(&s("XAA"))
        .unwrap()
        .protocols
        .insert(Instrument::Som, Consent::Deposited(date(2004, 2, 1)));
    requested(&mut c)
        .protocols
        .insert(Instrument::Som, Consent::Deposited(date(2005, 3, 1)));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.som.in_force.XAB"), Yes);
    assert_eq!(outcome(&a, "status.som.in_force_between"), Yes);
    assert_eq!(outcome(&a, "art3.1.protocol_offence"), Yes);
    // Boundary: the day before XAB's SOM entry into force (2005-03-31).
    c.as_of = Some(date(2005, 3, 30));
    let a = run(&c);
    assert_eq!(outcome(&a, "status.som.in_force.XAB"), No);
    assert_eq!(outcome(&a, "art3.1.protocol_offence"), No);
    // Unknown participation.
    c.as_of = Some(AS_OF);
    requested(&mut c).protocols.clear();
    let a = run(&c);
    assert_eq!(outcome(&a, "status.som.in_force.XAB"), Und);
    assert_eq!(
        missing(&a, "status.som.in_force.XAB"),
        vec!["states.XAB.protocols.som"]
    );
    // Not a party.
    requested(&mut c)
        .protocols
        .insert(Instrument::Som, Consent::None);
    assert_eq!(outcome(&run(&c), "art3.1.protocol_offence"), No);
}

#[test]
fn protocol_needs_convention_party_art37_2() {
    let mut c = extradition();
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::TipArt5]);
    requested(&mut c).untoc_consent = Some(Consent::None);
    requested(&mut c)
        .protocols
        .insert(Instrument::Tip, Consent::Deposited(date(2005, 3, 1)));
    let a = run(&c);
    let f = a.finding("status.tip.in_force.XAB").unwrap();
    assert_eq!(f.outcome, No);
    assert_eq!(f.citation.to_string(), "UNTOC art. 37(2)");
}

/// Conduct after entry into force between the two States: no question arises.
#[test]
fn temporal_conduct_after_entry_into_force_between_the_states() {
    let mut c = extradition();
    offence(&mut c).conduct_date = Some(date(2006, 1, 1)); // XAB in force 2005-03-31
    let a = run(&c);
    let f = a.finding("status.temporal.earlier_conduct").unwrap();
    assert_eq!((f.outcome, f.basis), (Yes, Basis::Text));
    assert!(a
        .finding("status.temporal.dual_criminality_when_committed")
        .is_none());
    // Boundary: conduct on the day of entry into force between them.
    offence(&mut c).conduct_date = Some(date(2005, 3, 31));
    let f = run(&c)
        .finding("status.temporal.earlier_conduct")
        .cloned()
        .unwrap();
    assert_eq!((f.outcome, f.basis), (Yes, Basis::Text));
}

/// Earlier conduct: the prevailing reading (procedural provisions; the
/// relevant fact is the request) is the default, so yes-with-interpretation;
/// the requested State is asked only whether its law departs from it.
#[test]
fn temporal_earlier_conduct_is_yes_on_the_prevailing_reading() {
    let mut c = extradition();
    offence(&mut c).conduct_date = Some(date(2005, 3, 30));
    let a = run(&c);
    let f = a.finding("status.temporal.earlier_conduct").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.basis, Basis::Interpretation("temporal-application"));
    assert!(
        f.message.to_string().contains("VCLT art. 28"),
        "{}",
        f.message.to_string()
    );
    assert!(
        f.message.to_string().contains("departs"),
        "{}",
        f.message.to_string()
    );
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "status.temporal.cooperates_on_earlier_conduct" && q.state == s("XAB")));
    // It does not change the answer.
    assert_eq!(answer(&a), Yes);
    // The requested State says its law departs from the reading.
    c.domestic_law.insert(
        s("XAB"),
        [(
            "status.temporal.cooperates_on_earlier_conduct".to_string(),
            false,
        )]
        .into_iter()
        .collect(),
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "status.temporal.earlier_conduct"), No);
    assert!(a
        .finding("status.temporal.earlier_conduct")
        .unwrap()
        .sources[0]
        .to_string()
        .contains("stated in the case: domestic law of XAB"));
    // It follows the reading: yes, cited, no question left.
    c.domestic_law.get_mut(&s("XAB")).unwrap().insert(
        "status.temporal.cooperates_on_earlier_conduct".to_string(),
        true,
    );
    let a = run(&c);
    assert_eq!(outcome(&a, "status.temporal.earlier_conduct"), Yes);
    assert!(!a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "status.temporal.cooperates_on_earlier_conduct"));
}

/// Earlier conduct: dual criminality at the time of the conduct is asked as
/// a fact for each State (extradition: art. 16(1)).
#[test]
fn temporal_earlier_conduct_asks_dual_criminality_when_committed() {
    let id = "status.temporal.dual_criminality_when_committed";
    let mut c = extradition();
    offence(&mut c).conduct_date = Some(date(2005, 3, 30));
    let a = run(&c);
    let f = a.finding(id).unwrap();
    assert_eq!(f.outcome, Und);
    assert_eq!(f.citation.to_string(), "UNTOC art. 16(1)");
    assert_eq!(
        f.missing[..],
        [
            "offence.punishable_when_committed.XAA",
            "offence.punishable_when_committed.XAB"
        ]
    );
    assert_eq!(answer(&a), Yes, "a side finding");
    let then = &mut offence(&mut c).punishable_when_committed;
    then.insert(s("XAA"), true);
    then.insert(s("XAB"), true);
    assert_eq!(outcome(&run(&c), id), Yes);
    offence(&mut c)
        .punishable_when_committed
        .insert(s("XAB"), false);
    let a = run(&c);
    assert_eq!(outcome(&a, id), No);
    assert!(a
        .finding(id)
        .unwrap()
        .message
        .to_string()
        .contains("law of XAB"));
    // For mutual legal assistance it is the optional ground of 18(9).
    let mut c = mla();
    offence(&mut c).conduct_date = Some(date(2005, 3, 30));
    assert_eq!(
        run(&c).finding(id).unwrap().citation.to_string(),
        "UNTOC art. 18(9)"
    );
    // Conduct date not settled against an unknown entry into force.
    let mut c = extradition();
    offence(&mut c).conduct_date = Some(date(2005, 3, 30));
    requested(&mut c).untoc_consent = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "status.temporal.earlier_conduct"), Und);
    assert!(a.finding(id).is_none());
}

#[test]
fn dates_print_in_full_in_explanations() {
    let mut c = extradition();
    c.states.insert(s("XAA"), party(date(2004, 1, 9)));
    let a = run(&c);
    let e = &a
        .finding("status.in_force.XAA")
        .unwrap()
        .message
        .to_string();
    assert!(
        e.contains("on 9 January 2004 → in force from 8 February 2004"),
        "{e}"
    );
}
