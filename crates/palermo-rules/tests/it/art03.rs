//! Art. 3: transnationality (3(2)(a)-(d)) and scope (3(1)).

use palermo_rules::facts::{ConventionOffence, Penalty, SeriousCrimeLaw};
use palermo_rules::Options;

use crate::kit::*;

/// A purely local offence in XAA with a group active only in XAA.
fn local() -> palermo_rules::Case {
    let mut c = extradition();
    offence(&mut c).committed_in = Some(vec![s("XAA")]);
    c
}

#[test]
fn art3_2_a_more_than_one_state() {
    let a = run(&extradition());
    assert_eq!(outcome(&a, "art3.2.a"), Yes);
    assert_eq!(outcome(&a, "art3.2.transnational"), Yes);
    assert!(a
        .because_ids(a.finding("art3.2.transnational").unwrap())
        .contains(&"art3.2.a"));
    let a = run(&local());
    assert_eq!(outcome(&a, "art3.2.a"), No);
    assert_eq!(outcome(&a, "art3.2.transnational"), No);
    let mut c = local();
    offence(&mut c).committed_in = Some(vec![s("XAA"), s("XAA")]);
    assert_eq!(
        outcome(&run(&c), "art3.2.a"),
        No,
        "the same State twice is one State"
    );
}

#[test]
fn art3_2_b_preparation_elsewhere() {
    let mut c = local();
    offence(&mut c).prepared_in = Some(vec![s("XAD")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.2.b"), Yes);
    assert_eq!(outcome(&a, "art3.2.transnational"), Yes);
    offence(&mut c).prepared_in = Some(vec![s("XAA")]);
    assert_eq!(outcome(&run(&c), "art3.2.b"), No);
}

#[test]
fn art3_2_c_group_activity_not_offence() {
    let mut c = local();
    c.group.active_in = Some(vec![s("XAA"), s("XAE")]);
    let a = run(&c);
    assert_eq!(
        outcome(&a, "art3.2.c"),
        Yes,
        "the offence is local but the group acts in two States"
    );
    assert_eq!(outcome(&a, "art3.2.transnational"), Yes);
    c.group.members = Some(2);
    assert_eq!(
        outcome(&run(&c), "art3.2.c"),
        No,
        "prong (c) needs an organized criminal group"
    );
}

#[test]
fn art3_2_d_substantial_effects() {
    let mut c = local();
    offence(&mut c).substantial_effects_in = Some(vec![s("XAF")]);
    assert_eq!(outcome(&run(&c), "art3.2.d"), Yes);
}

#[test]
fn art3_2_undetermined_names_every_missing_prong() {
    let mut c = local();
    offence(&mut c).committed_in = None;
    offence(&mut c).prepared_in = None;
    offence(&mut c).substantial_effects_in = None;
    c.group.active_in = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.2.transnational"), Und);
    let m = missing(&a, "art3.2.transnational");
    for f in [
        "offence.committed_in",
        "offence.prepared_in",
        "group.active_in",
        "offence.substantial_effects_in",
    ] {
        assert!(m.contains(&f.to_string()), "{f} in {m:?}");
    }
}

#[test]
fn art3_2_reasons_around_unknown_place_of_commission() {
    let mut c = local();
    offence(&mut c).committed_in = None;
    offence(&mut c).prepared_in = Some(vec![s("XAA"), s("XAD")]);
    assert_eq!(
        outcome(&run(&c), "art3.2.b"),
        Yes,
        "two places of preparation: one differs from any single place of commission"
    );
}

/// Preparation in XAA, substantial effects in XAB, place of commission
/// unknown: transnational whichever way the place falls.
#[test]
fn art3_2_by_cases_preparation_in_one_state_effects_in_another() {
    let mut c = local();
    offence(&mut c).committed_in = None;
    offence(&mut c).prepared_in = Some(vec![s("XAA")]);
    offence(&mut c).substantial_effects_in = Some(vec![s("XAB")]);
    let a = run(&c);
    for id in ["art3.2.a", "art3.2.b", "art3.2.d"] {
        assert_eq!(outcome(&a, id), Und, "{id} alone cannot tell");
    }
    let f = a.finding("art3.2.transnational").unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(f.missing.is_empty());
    assert!(f.message.to_string().contains("by cases"), "{}", f.message);
    assert!(
        f.message.to_string().contains("XAA and XAB"),
        "{}",
        f.message
    );
    // Negative: preparation and effects in the same one State leave the
    // case where it was committed there.
    offence(&mut c).substantial_effects_in = Some(vec![s("XAA")]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.2.transnational"), Und);
    assert!(missing(&a, "art3.2.transnational")
        .iter()
        .any(|m| m == "offence.committed_in"));
    // Boundary: one State named, the other list unknown.
    offence(&mut c).substantial_effects_in = None;
    assert_eq!(outcome(&run(&c), "art3.2.transnational"), Und);
    // Empty lists add no State.
    offence(&mut c).substantial_effects_in = Some(vec![]);
    assert_eq!(outcome(&run(&c), "art3.2.transnational"), Und);
}

/// Property: a `yes` reached by cases is never overturned by adding the
/// place(s) of commission, for every combination over three States.
#[test]
fn art3_2_by_cases_adding_the_place_of_commission_never_overturns_it() {
    let states = [s("XAA"), s("XAB"), s("XAC")];
    let subsets: Vec<Vec<palermo_rules::StateCode>> = (0u8..8)
        .map(|m| {
            (0..3)
                .filter(|i| m & (1 << i) != 0)
                .map(|i| states[i])
                .collect()
        })
        .collect();
    let lists: Vec<Option<Vec<palermo_rules::StateCode>>> = std::iter::once(None)
        .chain(subsets.iter().cloned().map(Some))
        .collect();
    let mut by_cases = 0;
    for prepared in &lists {
        for effects in &lists {
            let mut c = local();
            offence(&mut c).committed_in = None;
            offence(&mut c).prepared_in = prepared.clone();
            offence(&mut c).substantial_effects_in = effects.clone();
            if outcome(&run(&c), "art3.2.transnational") != Yes {
                continue;
            }
            by_cases += 1;
            for committed in subsets.iter().filter(|v| !v.is_empty()) {
                offence(&mut c).committed_in = Some(committed.clone());
                assert_eq!(
                    outcome(&run(&c), "art3.2.transnational"),
                    Yes,
                    "prepared {prepared:?}, effects {effects:?}, committed {committed:?}"
                );
            }
        }
    }
    assert!(
        by_cases > 20,
        "the property was exercised ({by_cases} cases)"
    );
}

#[test]
fn art3_1_within_scope_and_its_three_conditions() {
    assert_eq!(outcome(&run(&extradition()), "art3.1.within_scope"), Yes);
    let a = run(&local());
    assert_eq!(outcome(&a, "art3.1.within_scope"), No);
    let mut c = extradition();
    offence(&mut c).involves_group = Some(false);
    assert_eq!(outcome(&run(&c), "art3.1.within_scope"), No);
    let mut c = extradition();
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), Penalty::Months(24));
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.qualifying_offence"), No);
    assert_eq!(outcome(&a, "art3.1.within_scope"), No);
    let mut c = extradition();
    offence(&mut c).involves_group = None;
    assert_eq!(outcome(&run(&c), "art3.1.within_scope"), Und);
}

#[test]
fn art3_1_a_convention_offence_below_four_years() {
    let mut c = extradition();
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), Penalty::Months(24));
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::UntocArt6]);
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.a.convention_offence"), Yes);
    assert_eq!(outcome(&a, "art3.1.within_scope"), Yes);
}

#[test]
fn art3_1_unknown_offence_kind_is_undetermined() {
    let mut c = extradition();
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), Penalty::Months(24));
    offence(&mut c).convention_offences = None;
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.qualifying_offence"), Und);
    assert_eq!(
        missing(&a, "art3.1.qualifying_offence"),
        vec!["offence.convention_offences"]
    );
}

#[test]
fn art3_1_b_whose_law_is_switchable() {
    let mut c = extradition();
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), Penalty::Months(36));
    offence(&mut c)
        .max_penalty
        .insert(s("XAB"), Penalty::Months(60));
    assert_eq!(outcome(&run(&c), "art3.1.b.serious_crime"), No);
    let opt = |l| Options {
        serious_crime_law: l,
    };
    assert_eq!(
        outcome(
            &run_with(&c, opt(SeriousCrimeLaw::Requested)),
            "art3.1.b.serious_crime"
        ),
        Yes
    );
    assert_eq!(
        outcome(
            &run_with(&c, opt(SeriousCrimeLaw::Either)),
            "art3.1.b.serious_crime"
        ),
        Yes
    );
    assert_eq!(
        outcome(
            &run_with(&c, opt(SeriousCrimeLaw::Both)),
            "art3.1.b.serious_crime"
        ),
        No
    );
}

/// The assessment tells whether another reading of whose law characterises
/// the offence could change an outcome: not when both States' maxima give
/// the same answer (4 years is serious crime, and so are 10), yes when one
/// is under four years (3 years against 5), and yes when one is unknown.
#[test]
fn art3_1_b_readings_matter_only_where_the_states_differ() {
    let with = |a: Option<Penalty>, b: Option<Penalty>| {
        let mut c = extradition();
        let o = offence(&mut c);
        o.convention_offences = None;
        for (code, p) in [("XAA", a), ("XAB", b)] {
            match p {
                Some(p) => o.max_penalty.insert(s(code), p),
                None => o.max_penalty.remove(&s(code)),
            };
        }
        run(&c).serious_crime_law_matters
    };
    assert!(!with(Some(Penalty::Months(48)), Some(Penalty::Months(120))));
    assert!(!with(Some(Penalty::Life), Some(Penalty::Months(60))));
    assert!(with(Some(Penalty::Months(36)), Some(Penalty::Months(60))));
    assert!(with(Some(Penalty::Months(60)), None));
}

#[test]
fn a_reading_that_flips_the_answer_is_said_in_words_with_its_option() {
    use palermo_i18n::Arg;
    use palermo_rules::answer::{explained, CaveatKind};
    use palermo_rules::facts::Penalty;
    // Serious under the requested State's law only: no under the default
    // reading (the requesting State's law), yes under "requested" and
    // "either", no under "both".
    let mut c = extradition();
    offence(&mut c)
        .max_penalty
        .insert(s("XAA"), Penalty::Months(24));
    let a = run(&c);
    assert_eq!(answer(&a), No);
    let (ans, readings) = explained(&a, &c, &data(), Default::default());
    let got: Vec<_> = readings.iter().map(|r| (r.reading, r.outcome)).collect();
    assert_eq!(
        got,
        vec![
            ("serious-crime-law=requested", Yes),
            ("serious-crime-law=either", Yes)
        ]
    );
    let caveats: Vec<_> = ans
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::Sensitivity)
        .map(|c| &c.msg)
        .collect();
    let ids: Vec<_> = caveats.iter().map(|m| m.id).collect();
    assert_eq!(
        ids,
        vec!["caveat-sensitivity-requested", "caveat-sensitivity-either"]
    );
    let requested = caveats[0];
    assert_eq!(requested.get("requested"), Some(&Arg::State(s("XAB"))));
    assert_eq!(
        requested.get("option"),
        Some(&Arg::text("--serious-crime-law requested"))
    );
    assert_eq!(
        caveats[1].get("option"),
        Some(&Arg::text("--serious-crime-law either"))
    );
}
