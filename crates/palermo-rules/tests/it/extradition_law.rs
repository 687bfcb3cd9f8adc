//! Art. 16(4)-(6) read from the data's record of a State's extradition law
//! (`extradition_law.csv`): after the case's statement and the 16(5)(a)
//! notification, from the date its source reflects on; `partly` leaves the
//! need for a treaty open and says why.

use jiff::civil::{date, Date};
use palermo_rules::facts::Penalty;
use palermo_rules::{assess, Assessment, Basis, Case, Options, RefData, Strength};

use crate::kit::*;

const PARTICIPATION: &str = "\
participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes
Aland,XAA,UNTOC,2000-12-12,2004-01-10,ratification,fixture://p,2024-01-01,yes,
Treatyland,XLA,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
Freeland,XLB,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
Mixland,XLC,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
Lateland,XLD,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
Takesland,XCA,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
Refusia,XCB,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
Ownlawia,XCI,UNTOC,,2005-03-01,accession,fixture://p,2024-01-01,yes,
";

const DECLARATIONS: &str = "\
participant,iso3166_alpha3,instrument,article,kind,summary,source_url,effect,source_as_of
Takesland,XCA,UNTOC,16(5),notification,Takes the Convention as the legal basis for extradition.,fixture://decl,takes_convention,2013-11
Refusia,XCB,UNTOC,16(5),declaration,Will not use the Convention as a legal basis for extradition.,fixture://decl,does_not_take_convention,2013-11
Ownlawia,XCI,UNTOC,16(5),declaration,Not the Convention; extradites under its own law and on reciprocity.,fixture://decl,no_convention_basis_reciprocity,2013-11
";

/// Line 2: XLA yes; 3: XLB no; 4: XLC partly; 5: XLD no, dated after
/// 1 May 2024; 6-8: States whose notification implies the opposite (XCA,
/// XCI) or the same (XCB).
const LAW: &str = "\
participant,iso3166_alpha3,requires_treaty,summary,source_url,source_as_of,notes
Treatyland,XLA,yes,Its extradition act allows extradition only under a treaty.,fixture://law/xla,2009,
Freeland,XLB,no,Its extradition act allows extradition on reciprocity without a treaty.,fixture://law/xlb,2009,
Mixland,XLC,partly,A treaty for some States; a designation by order for others.,fixture://law/xlc,2019-06-21,
Lateland,XLD,no,Its new act allows extradition without a treaty.,fixture://law/xld,2025-03,
Takesland,XCA,no,Its act applies where no treaty exists.,fixture://law/xca,2009,
Ownlawia,XCI,yes,Its act allows extradition only under a treaty.,fixture://law/xci,2009,
Refusia,XCB,yes,Its act allows extradition only under a treaty.,fixture://law/xcb,2009,
";

fn data() -> RefData {
    load(
        palermo_refdata::DataTexts {
            participation: PARTICIPATION,
            declarations: DECLARATIONS,
            extradition_law: LAW,
            ..Default::default()
        },
        "extradition-law",
    )
}

/// The base extradition case (no treaty between the States, a determined
/// offence) from XAA to `b`, with nothing stated about `b`'s election or
/// need for a treaty: the data decides.
fn case(b: &str) -> Case {
    let mut c = extradition();
    let b = s(b);
    c.request.requested_state = Some(b);
    c.request.person_located_in = Some(b);
    c.states.remove(&s("XAB"));
    c.states.insert(b, party(date(2005, 3, 1)));
    let o = offence(&mut c);
    o.committed_in = Some(vec![s("XAA"), b]);
    o.max_penalty = [(s("XAA"), Penalty::Months(60)), (b, Penalty::Months(72))]
        .into_iter()
        .collect();
    c
}

fn on(c: &Case, as_of: Date) -> Assessment {
    assess(c, &data(), as_of, Options::default()).expect("assessable")
}

fn at(c: &Case) -> Assessment {
    on(c, AS_OF)
}

fn find<'a>(a: &'a Assessment, id: &str) -> &'a palermo_rules::Finding {
    a.finding(id).unwrap_or_else(|| panic!("no finding `{id}`"))
}

/// The finding's sources, as printed.
fn cites(f: &palermo_rules::Finding) -> Vec<String> {
    f.sources.iter().map(|c| c.to_string()).collect()
}

fn cites_line(f: &palermo_rules::Finding, line: u64) -> bool {
    let row = format!("extradition_law.csv:{line}");
    cites(f).iter().any(|c| c.contains(&row))
}

fn stated_election(c: &mut Case, b: &str, takes: bool) {
    c.states
        .get_mut(&s(b))
        .unwrap()
        .convention_as_extradition_basis = Some(takes);
}

#[test]
fn a_yes_record_closes_16_6_and_leaves_the_route_to_16_4() {
    // Nothing says whether XLA takes the Convention: 16(4) waits for it.
    let a = at(&case("XLA"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.basis), (No, Basis::Text));
    assert!(
        f.message
            .to_string()
            .contains("as the extradition-law data records"),
        "{}",
        f.message
    );
    assert!(cites_line(f, 2), "{:?}", cites(f));
    assert!(
        cites(f)
            .iter()
            .any(|c| c.contains("allows extradition only under a treaty")),
        "the record is cited with its summary: {:?}",
        cites(f)
    );
    assert_eq!(answer(&a), Und);
    assert_eq!(
        missing(&a, "art16.4.convention_as_basis"),
        ["states.XLA.convention_as_extradition_basis"]
    );
    assert!(
        !a.missing
            .iter()
            .any(|m| m == "states.XLA.extradition_requires_treaty"),
        "{:?}",
        a.missing
    );
    // Its election stated: 16(4), at its discretion, with no "if it requires a treaty".
    let mut c = case("XLA");
    stated_election(&mut c, "XLA", true);
    let a = at(&c);
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(
        (f.outcome, f.strength),
        (Yes, Some(Strength::Discretionary))
    );
    assert!(!f.message.to_string().starts_with("If "), "{}", f.message);
    assert!(cites_line(f, 2), "{:?}", cites(f));
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    // Declined: no route at all.
    stated_election(&mut c, "XLA", false);
    assert_eq!(answer(&at(&c)), No);
}

#[test]
fn a_no_record_gives_the_16_6_route() {
    let a = at(&case("XLB"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(
        (f.outcome, f.strength, f.basis),
        (Yes, Some(Strength::Mandatory), Basis::Text)
    );
    assert!(
        f.message
            .to_string()
            .contains("needs no treaty (as the extradition-law data records)"),
        "{}",
        f.message
    );
    assert!(cites_line(f, 3), "{:?}", cites(f));
    let f = find(&a, "art16.4.convention_as_basis");
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().contains("art. 16(4) is not needed"),
        "{}",
        f.message
    );
    assert!(cites_line(f, 3), "{:?}", cites(f));
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Mandatory));
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(6)");
    assert!(
        !a.missing
            .iter()
            .any(|m| m == "states.XLB.extradition_requires_treaty"),
        "{:?}",
        a.missing
    );
}

#[test]
fn a_partly_record_stays_undetermined_and_says_the_law_is_mixed() {
    let a = at(&case("XLC"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.basis), (Und, Basis::Text));
    let why = f.message.to_string();
    assert!(why.contains("records its law as mixed"), "{why}");
    assert!(why.contains("how its law treats XAA"), "{why}");
    assert!(cites_line(f, 4), "{:?}", cites(f));
    assert_eq!(
        missing(&a, "art16.6.recognised_as_extraditable"),
        ["states.XLC.extradition_requires_treaty"]
    );
    assert_eq!(answer(&a), Und);
    // Reasoned by cases as for a need nobody gave: with the Convention
    // taken as a basis, 16(4) or 16(6) gives a route either way.
    let mut c = case("XLC");
    stated_election(&mut c, "XLC", true);
    let a = at(&c);
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().strength, Some(Strength::Discretionary));
    // The case settles it for this request.
    c.states
        .get_mut(&s("XLC"))
        .unwrap()
        .extradition_requires_treaty = Some(false);
    let a = at(&c);
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, Yes);
    assert!(
        f.message.to_string().contains("stated in the case"),
        "{}",
        f.message
    );
    assert!(!cites_line(f, 4), "{:?}", cites(f));
}

#[test]
fn a_record_dated_after_as_of_is_not_used() {
    // XLD's source reflects March 2025: on 1 May 2024 the need is unknown.
    let a = at(&case("XLD"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, Und);
    assert!(
        f.message.to_string().contains("is not given"),
        "{}",
        f.message
    );
    assert!(f.sources.is_empty(), "{:?}", cites(f));
    assert_eq!(answer(&a), Und);
    // From the end of the source's month on, it is.
    let c = case("XLD");
    let before = on(&c, date(2025, 3, 30));
    assert_eq!(outcome(&before, "art16.6.recognised_as_extraditable"), Und);
    let a = on(&c, date(2025, 3, 31));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, Yes);
    assert!(cites_line(f, 5), "{:?}", cites(f));
    assert_eq!(answer(&a), Yes);
}

#[test]
fn the_case_statement_beats_the_record() {
    let mut c = case("XLB");
    c.states
        .get_mut(&s("XLB"))
        .unwrap()
        .extradition_requires_treaty = Some(true);
    let a = at(&c);
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().contains("stated in the case"),
        "{}",
        f.message
    );
    assert!(!cites_line(f, 3), "{:?}", cites(f));
    // XLB now requires a treaty and nothing says whether it takes the Convention.
    assert_eq!(answer(&a), Und);
    assert_eq!(a.missing[0], "states.XLB.convention_as_extradition_basis");
}

#[test]
fn the_notification_beats_a_record_that_says_the_opposite() {
    // XCA's notification takes the Convention, which implies that it needs a
    // treaty; its law record says it needs none. The notification prevails.
    let a = at(&case("XCA"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, No);
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-implies-treaty-requirement")
    );
    let why = f.message.to_string();
    assert!(
        why.contains("inferred from its art. 16(5)(a) election"),
        "{why}"
    );
    assert!(
        why.contains("the extradition-law data records the opposite") && why.contains("prevail"),
        "{why}"
    );
    assert!(
        cites_line(f, 6),
        "the overridden record is cited: {:?}",
        cites(f)
    );
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(4)");
    // XCI's notification records extradition under its own law (no treaty
    // needed); its law record says a treaty is needed. The notification prevails.
    let a = at(&case("XCI"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!((f.outcome, f.strength), (Yes, Some(Strength::Mandatory)));
    assert_eq!(
        f.basis,
        Basis::Interpretation("notification-records-non-treaty-basis")
    );
    assert!(
        f.message.to_string().contains("records the opposite"),
        "{}",
        f.message
    );
    assert!(cites_line(f, 7), "{:?}", cites(f));
    assert_eq!(answer(&a), Yes);
    assert_eq!(a.answer().citation.to_string(), "UNTOC art. 16(6)");
    // XCB's declining notification and its record agree: nothing to say.
    let a = at(&case("XCB"));
    let f = find(&a, "art16.6.recognised_as_extraditable");
    assert_eq!(f.outcome, No);
    assert!(!f.message.to_string().contains("opposite"), "{}", f.message);
    assert!(!cites_line(f, 8), "{:?}", cites(f));
    assert_eq!(answer(&a), No);
}
