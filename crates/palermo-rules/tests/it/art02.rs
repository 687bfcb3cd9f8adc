//! Art. 2(a)-(c): serious crime, structured group, organized criminal group.

use palermo_rules::facts::{Aim, Benefit, Penalty};
use palermo_rules::Basis;

use crate::kit::*;

fn serious(p: Option<Penalty>) -> (palermo_rules::Outcome, Basis) {
    let mut c = extradition();
    match p {
        Some(p) => offence(&mut c).max_penalty.insert(s("XAA"), p),
        None => offence(&mut c).max_penalty.remove(&s("XAA")),
    };
    let a = run(&c);
    let f = a.finding("art2.b.serious_crime.XAA").unwrap();
    (f.outcome, f.basis)
}

#[test]
fn art2_b_serious_crime() {
    assert_eq!(serious(Some(Penalty::Months(60))).0, Yes);
    assert_eq!(
        serious(Some(Penalty::Months(48))).0,
        Yes,
        "exactly four years counts"
    );
    assert_eq!(serious(Some(Penalty::Months(47))).0, No, "one month short");
    assert_eq!(serious(Some(Penalty::Months(36))).0, No);
    assert_eq!(serious(Some(Penalty::Life)).0, Yes);
    assert_eq!(
        serious(Some(Penalty::Death)),
        (Yes, Basis::Interpretation("death-penalty"))
    );
    assert_eq!(
        serious(Some(Penalty::Fine)),
        (No, Basis::Interpretation("fine-only"))
    );
    assert_eq!(serious(Some(Penalty::NotAnOffence)).0, No);
    assert_eq!(serious(None).0, Und);
}

#[test]
fn art2_b_is_emitted_for_both_states_and_others_given() {
    let mut c = extradition();
    offence(&mut c).max_penalty.remove(&s("XAB"));
    offence(&mut c)
        .max_penalty
        .insert(s("XAC"), Penalty::Months(12));
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAB"), Und);
    assert_eq!(
        missing(&a, "art2.b.serious_crime.XAB"),
        vec!["offence.max_penalty.XAB"]
    );
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAC"), No);
}

#[test]
fn penalty_spellings() {
    assert_eq!(Penalty::parse("4y"), Some(Penalty::Months(48)));
    assert_eq!(Penalty::parse("48m"), Some(Penalty::Months(48)));
    assert_eq!(Penalty::parse("3y6m"), Some(Penalty::Months(42)));
    for bad in ["", "4", "y", "4 y", "-4y", "4y6", "m", "4.5y", "lifetime"] {
        assert_eq!(Penalty::parse(bad), None, "{bad}");
    }
}

#[test]
fn art2_c_structured_group() {
    let mut c = extradition();
    assert_eq!(outcome(&run(&c), "art2.c.structured_group"), Yes);
    c.group.randomly_formed = Some(true);
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.c.structured_group"), No);
    assert_eq!(outcome(&a, "art2.a.organized_criminal_group"), No);
    c.group.randomly_formed = None;
    assert_eq!(outcome(&run(&c), "art2.c.structured_group"), Und);
}

#[test]
fn art2_a_members_boundary() {
    let mut c = extradition();
    c.group.members = Some(3);
    assert_eq!(outcome(&run(&c), "art2.a.organized_criminal_group"), Yes);
    c.group.members = Some(2);
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.a.three_or_more_persons"), No);
    assert_eq!(outcome(&a, "art2.a.organized_criminal_group"), No);
    c.group.members = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.a.organized_criminal_group"), Und);
    assert_eq!(
        missing(&a, "art2.a.organized_criminal_group"),
        vec!["group.members"]
    );
}

#[test]
fn art2_a_each_element_can_fail() {
    type Setter = fn(&mut palermo_rules::Case);
    let cases: [(&str, Setter); 4] = [
        ("art2.a.exists_for_period", |c| {
            c.group.exists_for_period = Some(false)
        }),
        ("art2.a.acts_in_concert", |c| {
            c.group.acts_in_concert = Some(false)
        }),
        ("art2.a.aims_at_serious_crime", |c| {
            c.group.aims = Some(vec![Aim::Other])
        }),
        ("art2.a.material_benefit", |c| {
            c.group.benefit = Some(Benefit::None)
        }),
    ];
    for (id, set) in cases {
        let mut c = extradition();
        set(&mut c);
        let a = run(&c);
        assert_eq!(outcome(&a, id), No, "{id}");
        assert_eq!(outcome(&a, "art2.a.organized_criminal_group"), No, "{id}");
        assert_eq!(
            a.because_ids(a.finding("art2.a.organized_criminal_group").unwrap())[..],
            [id]
        );
    }
}

#[test]
fn art2_a_aims_convention_offence_suffices() {
    let mut c = extradition();
    c.group.aims = Some(vec![Aim::ConventionOffence]);
    assert_eq!(outcome(&run(&c), "art2.a.aims_at_serious_crime"), Yes);
}

#[test]
fn art2_a_benefit_broad_reading_is_an_interpretation() {
    let mut c = extradition();
    c.group.benefit = Some(Benefit::OtherMaterial);
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.a.material_benefit"), Yes);
    assert_eq!(
        a.finding("art2.a.material_benefit").unwrap().basis,
        Basis::Interpretation("benefit")
    );
    assert_eq!(
        a.finding("art2.a.organized_criminal_group").unwrap().basis,
        Basis::Interpretation("benefit")
    );
    c.group.benefit = Some(Benefit::PoliticalIdeological);
    assert_eq!(outcome(&run(&c), "art2.a.organized_criminal_group"), No);
    c.group.benefit = None;
    assert_eq!(outcome(&run(&c), "art2.a.material_benefit"), Und);
}

#[test]
fn art2_a_one_no_decides_despite_unknowns() {
    let mut c = extradition();
    c.group.members = Some(2);
    c.group.benefit = None;
    c.group.acts_in_concert = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art2.a.organized_criminal_group"), No);
    assert!(missing(&a, "art2.a.organized_criminal_group").is_empty());
}

fn from_data(crime_types: &[&str], as_of: jiff::civil::Date) -> palermo_rules::Assessment {
    let mut c = extradition();
    c.as_of = Some(as_of);
    offence(&mut c).max_penalty.remove(&s("XAB"));
    offence(&mut c).crime_types = crime_types.iter().map(|t| t.to_string()).collect();
    run(&c)
}

#[test]
fn art2_b_from_penalty_data_when_all_matching_offences_agree() {
    let a = from_data(&["wildlife_trafficking"], AS_OF);
    let f = a.finding("art2.b.serious_crime.XAB").unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(
        f.message.to_string().contains("Nature Act s. 10"),
        "{}",
        f.message
    );
    assert!(
        f.message
            .to_string()
            .contains("1 other matching offence agrees"),
        "{}",
        f.message
    );
    assert_eq!(f.sources.len(), 2);
    assert!(f.sources[0]
        .to_string()
        .contains("national_penalties.csv:2"));
    assert!(f.sources[0].to_string().contains("maximum 5 years"));
}

#[test]
fn art2_b_from_penalty_data_reports_the_choice_when_offences_disagree() {
    let a = from_data(&["illegal_logging"], AS_OF);
    let f = a.finding("art2.b.serious_crime.XAB").unwrap();
    assert_eq!(f.outcome, Und);
    assert_eq!(f.missing[..], ["offence.max_penalty.XAB"]);
    assert!(f
        .message
        .to_string()
        .contains("both sides of the four-year threshold"));
    assert!(f.sources[1]
        .to_string()
        .contains("read in a secondary source"));
}

#[test]
fn art2_b_from_penalty_data_respects_dates() {
    // Kidnapping: 6 years until 2010, 12 years from 2010; both serious.
    let a = from_data(&["kidnapping"], jiff::civil::date(2009, 6, 1));
    let f = a.finding("art2.b.serious_crime.XAB").unwrap();
    assert!(f.message.to_string().contains("6 years"), "{}", f.message);
    let a = from_data(&["kidnapping"], AS_OF);
    assert!(a
        .finding("art2.b.serious_crime.XAB")
        .unwrap()
        .message
        .to_string()
        .contains("12 years"));
    // Piracy: read as of June 2026, start unknown: not usable for 2024.
    let a = from_data(&["piracy"], AS_OF);
    let f = a.finding("art2.b.serious_crime.XAB").unwrap();
    assert_eq!(f.outcome, Und);
    assert!(
        f.message.to_string().contains("as of 2026-06"),
        "{}",
        f.message
    );
    let a = from_data(&["piracy"], jiff::civil::date(2026, 7, 1));
    assert_eq!(outcome(&a, "art2.b.serious_crime.XAB"), Yes);
}

#[test]
fn art2_b_case_maximum_wins_over_data_and_no_data_is_undetermined() {
    let mut c = extradition();
    offence(&mut c).crime_types = vec!["illegal_logging".into()];
    offence(&mut c)
        .max_penalty
        .insert(s("XAB"), Penalty::Months(24));
    let a = run(&c);
    let f = a.finding("art2.b.serious_crime.XAB").unwrap();
    assert_eq!(f.outcome, No);
    assert!(f.sources.is_empty());
    let a = from_data(&["match_fixing"], AS_OF);
    let f = a.finding("art2.b.serious_crime.XAB").unwrap();
    assert_eq!(f.outcome, Und);
    assert!(
        f.message.to_string().contains("no offence"),
        "{}",
        f.message
    );
}
