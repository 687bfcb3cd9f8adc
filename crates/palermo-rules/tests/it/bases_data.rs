//! Other instruments the data records between the two States
//! (`bases.data.<instrument>`, `bases.preferred`), on fictional States and
//! an inline data set.

use jiff::civil::date;
use palermo_rules::{assess, Assessment, Case, Options, RefData};

use palermo_rules::facts::{OtherBasis, OtherInstrument, RequestKind};

use crate::kit::*;

/// XAA and XAB: both UNCAC parties (XAB from a deposit of 2006-05-02, so in
/// force from 2006-06-01); both Budapest parties per a partial list, XAB
/// only from 2010; both EU members, XAB from 2004-05-01; XAC a UNCAC
/// signatory only; XAD a Budapest party whose entry into force is not
/// recorded; DNK an EU member.
const OTHER: &str = "\
participant,iso3166_alpha3,instrument,signature,consent,consent_type,entry_into_force,source_url,source_as_of,notes
Atlantis A,XAA,uncac,2003-12-09,2004-03-01,ratification,,fixture://uncac,2014-07-10,
Atlantis B,XAB,uncac,2003-12-09,2006-05-02,ratification,,fixture://uncac,2014-07-10,
Thirdia,XAC,uncac,2003-12-09,,,,fixture://uncac,2014-07-10,signatory only
Atlantis A,XAA,budapest_convention,2001-11-23,2004-01-02,ratification,2004-07-01,fixture://coe185,2015-12-03,
Atlantis B,XAB,budapest_convention,2001-11-23,2009-09-01,ratification,2010-01-01,fixture://coe185,2015-12-03,
Dropland,XAD,budapest_convention,2001-11-23,2009-03-09,ratification,,fixture://coe185,2015-12-03,entry into force cut off
Atlantis A,XAA,eu_membership,,1958-01-01,membership,1958-01-01,fixture://eu,2020-02-01,
Atlantis B,XAB,eu_membership,,2004-05-01,membership,2004-05-01,fixture://eu,2020-02-01,
Denmark,DNK,eu_membership,,1973-01-01,membership,1973-01-01,fixture://eu,2020-02-01,
Leftland,XAE,eu_membership,,1973-01-01,membership,1973-01-01,fixture://eu,2020-02-01,
Leftland,XAE,eu_membership,,2020-01-31,withdrawal,,fixture://eu,2020-02-01,
";

fn data() -> RefData {
    load(
        palermo_refdata::DataTexts {
            other_instruments: OTHER,
            ..Default::default()
        },
        "fixture",
    )
}

fn with_crime(mut c: Case, crime: &str) -> Case {
    c.offences[0].crime_types = vec![crime.to_string()];
    c
}

fn at(c: &Case, on: jiff::civil::Date) -> Assessment {
    assess(c, &data(), on, Options::default()).expect("assessable")
}

fn sources(a: &Assessment, id: &str) -> Vec<String> {
    a.finding(id)
        .unwrap()
        .sources
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn ids(a: &Assessment) -> Vec<String> {
    a.findings
        .iter()
        .filter(|f| f.id.starts_with("bases."))
        .map(|f| f.id.to_string())
        .collect()
}

#[test]
fn both_parties_in_force_gives_yes_citing_both_rows() {
    let a = at(&with_crime(extradition(), "corruption"), AS_OF);
    assert_eq!(outcome(&a, "bases.data.uncac"), Yes);
    let cited = sources(&a, "bases.data.uncac");
    assert_eq!(cited.len(), 2, "{cited:?}");
    assert!(
        cited.iter().all(|s| s.contains("fixture://uncac")),
        "{cited:?}"
    );
    assert!(cited.iter().all(|s| s.contains("2014-07-10")), "{cited:?}");
    // Counted as another basis that serves.
    assert_eq!(outcome(&a, "bases.on_top"), Yes);
    assert_eq!(outcome(&a, "bases.convention_only"), No);
    // The convention made for the crime is the one a practitioner uses,
    // but EU law comes first between two members.
    assert_eq!(outcome(&a, "bases.preferred"), Yes);
}

#[test]
fn not_yet_in_force_for_one_state_gives_no() {
    // XAB deposited on 2006-05-02: UNCAC art. 68(2) brings it into force
    // on the 30th day, 2006-06-01.
    let c = with_crime(extradition(), "corruption");
    assert_eq!(outcome(&at(&c, date(2006, 5, 31)), "bases.data.uncac"), No);
    assert_eq!(outcome(&at(&c, date(2006, 6, 1)), "bases.data.uncac"), Yes);
}

#[test]
fn absent_from_a_complete_list_is_no_until_its_date_then_unknown() {
    let mut c = with_crime(extradition(), "corruption");
    c.request.requested_state = Some(s("XBA"));
    c.request.person_located_in = Some(s("XBA"));
    let before = at(&c, date(2014, 7, 10));
    assert_eq!(outcome(&before, "bases.data.uncac"), No);
    let after = at(&c, date(2014, 7, 11));
    assert_eq!(outcome(&after, "bases.data.uncac"), Und);
    // A signatory only is no up to the list's date, unknown after it.
    c.request.requested_state = Some(s("XAC"));
    assert_eq!(outcome(&at(&c, date(2014, 1, 1)), "bases.data.uncac"), No);
    assert_eq!(outcome(&at(&c, AS_OF), "bases.data.uncac"), Und);
}

#[test]
fn a_partial_list_or_an_unrecorded_entry_into_force_is_undetermined() {
    let mut c = with_crime(mla(), "computer_fraud");
    c.request.requested_state = Some(s("XAD"));
    let a = at(&c, AS_OF);
    assert_eq!(outcome(&a, "bases.data.budapest_convention"), Und);
    // Before the deposit, it cannot bind.
    assert_eq!(
        outcome(&at(&c, date(2009, 1, 1)), "bases.data.budapest_convention"),
        No
    );
    // A State the partial list does not name: unknown, never no.
    c.request.requested_state = Some(s("XBA"));
    assert_eq!(
        outcome(&at(&c, AS_OF), "bases.data.budapest_convention"),
        Und
    );
}

#[test]
fn reach_follows_the_kind_and_the_crime_type() {
    // UNCAC: corruption yes; laundering only on a condition; smuggling not at all.
    let a = at(&with_crime(mla(), "money_laundering"), AS_OF);
    assert_eq!(outcome(&a, "bases.data.uncac"), Und);
    // The EIO serves between the two EU members whatever the crime.
    assert_eq!(outcome(&a, "bases.data.eu_membership"), Yes);
    assert_eq!(outcome(&a, "bases.convention_only"), No);
    let a = at(&with_crime(mla(), "migrant_smuggling"), AS_OF);
    assert!(a.finding("bases.data.uncac").is_none(), "{:?}", ids(&a));
    // Budapest: assistance for a cyber offence yes; for any other offence
    // only if electronic evidence is sought; extradition only for its own
    // offences; never confiscation.
    let a = at(&with_crime(mla(), "computer_fraud"), AS_OF);
    assert_eq!(outcome(&a, "bases.data.budapest_convention"), Yes);
    let a = at(&with_crime(mla(), "kidnapping"), AS_OF);
    assert_eq!(outcome(&a, "bases.data.budapest_convention"), Und);
    let a = at(&with_crime(extradition(), "kidnapping"), AS_OF);
    assert!(a.finding("bases.data.budapest_convention").is_none());
    let a = at(&with_crime(confiscation(), "corruption"), AS_OF);
    assert_eq!(outcome(&a, "bases.data.uncac"), Yes);
    assert!(a.finding("bases.data.budapest_convention").is_none());
    assert!(a.finding("bases.data.eu_membership").is_none());
    // No crime type: only the instruments that reach any offence.
    let a = at(&extradition(), AS_OF);
    assert!(a.finding("bases.data.uncac").is_none());
    assert_eq!(outcome(&a, "bases.data.eu_membership"), Yes);
}

#[test]
fn between_eu_members_the_eaw_is_the_usual_route() {
    let a = at(&extradition(), AS_OF);
    let f = a.finding("bases.data.eu_membership").unwrap();
    assert_eq!(f.outcome, Yes);
    assert_eq!(f.message.id, "bases-data-eu-eaw");
    assert_eq!(f.basis.as_str(), "interpretation");
    let p = a.finding("bases.preferred").unwrap();
    assert_eq!(a.because_ids(p), ["bases.data.eu_membership"]);
    assert!(
        p.message.to_string().contains("European Arrest Warrant"),
        "{}",
        p.message
    );
    let route = palermo_rules::answer::answer(&a, &extradition()).route;
    // The answer names it as the first step of the route, said to be a
    // reading of practice, with no provision cited.
    assert_eq!(route[0].msg.id, "route-preferred-instrument");
    assert_eq!(
        route[0].msg.get("preferred"),
        Some(&p.message.clone().into())
    );
    assert_eq!(route[0].citation, None);
    assert_eq!(
        route[0].msg.get("anchor"),
        Some(&palermo_i18n::Arg::text("#eu-mutual-recognition"))
    );
    // Before XAB joined, not members both; before 2004 no EAW.
    assert_eq!(
        outcome(
            &at(&extradition(), date(2004, 4, 30)),
            "bases.data.eu_membership"
        ),
        No
    );
    // The EIO: not before 22 May 2017, and never with Denmark.
    assert_eq!(
        outcome(&at(&mla(), date(2017, 5, 21)), "bases.data.eu_membership"),
        No
    );
    assert_eq!(outcome(&at(&mla(), AS_OF), "bases.data.eu_membership"), Yes);
    let mut c = mla();
    c.request.requested_state = Some(s("DNK"));
    assert_eq!(outcome(&at(&c, AS_OF), "bases.data.eu_membership"), No);
    // A withdrawn member: bound up to its last day, not after.
    let mut c = extradition();
    c.request.requested_state = Some(s("XAE"));
    assert_eq!(
        outcome(&at(&c, date(2020, 1, 31)), "bases.data.eu_membership"),
        Yes
    );
    assert_eq!(
        outcome(&at(&c, date(2020, 2, 1)), "bases.data.eu_membership"),
        No
    );
}

#[test]
fn an_instrument_the_case_names_is_not_counted_twice() {
    let mut c = with_crime(extradition(), "corruption");
    c.other_bases = vec![OtherBasis {
        instrument: OtherInstrument::Uncac,
        name: None,
        in_force_between: Some(true),
        kinds: Some(vec![RequestKind::Extradition]),
        covers_offence: Some(true),
    }];
    let a = at(&c, AS_OF);
    assert_eq!(outcome(&a, "bases.other.1"), Yes);
    assert!(a.finding("bases.data.uncac").is_none(), "{:?}", ids(&a));
}

#[test]
fn states_with_no_rows_get_no_data_findings() {
    let a = run(&with_crime(extradition(), "corruption"));
    assert!(ids(&a).is_empty(), "{:?}", ids(&a));
}

#[test]
fn eu_law_is_weighed_only_between_two_states_with_a_membership_row() {
    let mut c = extradition();
    c.request.requested_state = Some(s("XBA"));
    c.request.person_located_in = Some(s("XBA"));
    let a = at(&c, AS_OF);
    assert!(
        a.finding("bases.data.eu_membership").is_none(),
        "{:?}",
        ids(&a)
    );
    assert!(
        a.finding("bases.convention_only").is_none(),
        "{:?}",
        ids(&a)
    );
}
