//! Art. 35: compulsory settlement of disputes between the two States, and
//! the reciprocal 35(3) opt-out (pitfall 20).

use jiff::civil::date;
use palermo_rules::{Basis, Outcome::Undetermined, Strength};

use crate::kit::*;

const ID: &str = "art35.2.compulsory_settlement";

#[test]
fn two_early_parties_with_no_opt_out_on_record_are_bound() {
    // XAA (2004) and XAB (2005) joined before the fixture record (2013-11)
    // and are not in it.
    let a = run(&extradition());
    let f = a.finding(ID).unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.strength, Some(Strength::Mandatory));
    assert_eq!(f.basis, Basis::Interpretation("dispute-opt-out-record"));
}

#[test]
fn an_opt_out_by_either_state_binds_neither_toward_the_other() {
    // The opt-out on record is XCH's; it works whether XCH requests or is
    // requested.
    for (requesting, requested) in [("XCH", "XAB"), ("XAA", "XCH")] {
        let mut c = extradition();
        for code in [requesting, requested] {
            c.states.entry(s(code)).or_insert(party(date(2004, 6, 1)));
        }
        c.request.requesting_state = Some(s(requesting));
        c.request.requested_state = Some(s(requested));
        let a = run(&c);
        let f = a.finding(ID).unwrap();
        assert_eq!(f.outcome, No, "{requesting} -> {requested}");
        assert!(f.explanation.contains("XCH opted out"), "{}", f.explanation);
        assert!(f.sources[0].to_string().contains("untoc_declarations.csv"));
    }
}

#[test]
fn a_later_joiner_is_undetermined_until_the_case_says() {
    let mut c = extradition();
    requested(&mut c).untoc_consent = party(date(2015, 2, 1)).untoc_consent;
    let a = run(&c);
    assert_eq!(outcome(&a, ID), Undetermined);
    assert_eq!(missing(&a, ID), vec!["states.XAB.art35_opt_out"]);
    requested(&mut c).art35_opt_out = Some(false);
    assert_eq!(outcome(&run(&c), ID), Yes);
    requested(&mut c).art35_opt_out = Some(true);
    assert_eq!(outcome(&run(&c), ID), No);
}

#[test]
fn the_boundary_is_the_month_of_the_record() {
    // Deposit 2013-10-31 (in force 2013-11-30): bound before the record month
    // began, so absent from it means none. Deposit 2013-11-01: not covered.
    let mut c = extradition();
    requested(&mut c).untoc_consent = party(date(2013, 10, 31)).untoc_consent;
    assert_eq!(outcome(&run(&c), ID), Yes);
    requested(&mut c).untoc_consent = party(date(2013, 11, 1)).untoc_consent;
    assert_eq!(outcome(&run(&c), ID), Undetermined);
}

#[test]
fn no_convention_between_them_no_art_35() {
    let mut c = extradition();
    requested(&mut c).untoc_consent = None;
    let a = run(&c);
    assert_ne!(outcome(&a, ID), Yes);
}
