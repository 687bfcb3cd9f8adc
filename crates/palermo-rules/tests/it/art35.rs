//! Art. 35: compulsory settlement of disputes between the two States, and
//! the reciprocal 35(3) opt-out (pitfall 20); the Protocols' same clauses
//! (TIP art. 15, SOM art. 20, FP art. 16) when the case turns on a Protocol.

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
        assert!(
            f.message.to_string().contains("XCH opted out"),
            "{}",
            f.message.to_string()
        );
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

mod protocols {
    use jiff::civil::date;
    use palermo_cite::Instrument;
    use palermo_rules::facts::{Consent, ConventionOffence};
    use palermo_rules::{Basis, Outcome::Undetermined, Strength};

    use crate::kit::*;

    const TIP: &str = "tip.art15.2.compulsory_settlement";
    const SOM: &str = "som.art20.2.compulsory_settlement";

    /// A trafficking case between XAA and XAB, both TIP parties from 2005.
    fn trafficking() -> palermo_rules::Case {
        let mut c = extradition();
        offence(&mut c).convention_offences = Some(vec![ConventionOffence::TipArt5]);
        for st in ["XAA", "XAB"] {
            c.states
                .get_mut(&s(st))
                .unwrap()
                .protocols
                .insert(Instrument::Tip, Consent::Deposited(date(2005, 3, 1)));
        }
        c
    }

    #[test]
    fn reported_only_for_the_protocol_the_case_turns_on() {
        let a = run(&extradition());
        assert!(a.finding(TIP).is_none());
        let a = run(&trafficking());
        assert!(a.finding(TIP).is_some());
        assert!(a.finding(SOM).is_none());
    }

    #[test]
    fn early_parties_absent_from_the_record_are_bound() {
        let a = run(&trafficking());
        let f = a.finding(TIP).unwrap();
        assert_eq!(f.outcome, Yes);
        assert_eq!(f.strength, Some(Strength::Mandatory));
        assert_eq!(f.basis, Basis::Interpretation("dispute-opt-out-record"));
        assert_eq!(f.citation.to_string(), "TIP art. 15(2)");
    }

    #[test]
    fn a_protocol_opt_out_is_reciprocal_and_separate_from_art_35() {
        let mut c = trafficking();
        c.request.requested_state = Some(s("XCH"));
        let mut xch = party(date(2004, 6, 1));
        xch.protocols
            .insert(Instrument::Tip, Consent::Deposited(date(2005, 3, 1)));
        // XCH's Convention opt-out is on record too; say it has none, to see
        // that the Protocol's opt-out stands on its own.
        xch.art35_opt_out = Some(false);
        c.states.insert(s("XCH"), xch);
        let a = run(&c);
        assert_eq!(outcome(&a, "art35.2.compulsory_settlement"), Yes);
        let f = a.finding(TIP).unwrap();
        assert_eq!(f.outcome, No);
        assert!(
            f.message
                .to_string()
                .contains("XCH opted out of TIP art. 15(2)"),
            "{}",
            f.message.to_string()
        );
    }

    #[test]
    fn a_later_joiner_is_undetermined_until_the_case_says() {
        let mut c = trafficking();
        requested(&mut c)
            .protocols
            .insert(Instrument::Tip, Consent::Deposited(date(2016, 1, 1)));
        let a = run(&c);
        assert_eq!(outcome(&a, TIP), Undetermined);
        assert_eq!(
            missing(&a, TIP),
            vec!["states.XAB.protocol_dispute_opt_out.tip"]
        );
        requested(&mut c)
            .protocol_dispute_opt_out
            .insert(Instrument::Tip, true);
        assert_eq!(outcome(&run(&c), TIP), No);
    }

    #[test]
    fn a_protocol_without_a_record_is_undetermined() {
        // The fixture data has no SOM 20(2) record at all.
        let mut c = extradition();
        offence(&mut c).convention_offences = Some(vec![ConventionOffence::SomArt6]);
        for st in ["XAA", "XAB"] {
            c.states
                .get_mut(&s(st))
                .unwrap()
                .protocols
                .insert(Instrument::Som, Consent::Deposited(date(2005, 3, 1)));
        }
        let a = run(&c);
        assert_eq!(outcome(&a, SOM), Undetermined);
        assert_eq!(missing(&a, SOM).len(), 2);
    }

    #[test]
    fn not_both_parties_to_the_protocol_no_clause_between_them() {
        let mut c = trafficking();
        requested(&mut c)
            .protocols
            .insert(Instrument::Tip, Consent::None);
        let a = run(&c);
        assert_eq!(outcome(&a, TIP), No);
        assert!(a
            .finding(TIP)
            .unwrap()
            .message
            .to_string()
            .contains("not in force between"));
    }
}
