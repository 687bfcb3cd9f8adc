//! Properties over arbitrary small fact combinations: the engine never
//! panics, always answers, names what it misses, and is monotone (adding a
//! fact never overturns a determined answer, except into a conflict).

use palermo_rules::facts::*;
use palermo_rules::{Case, Outcome, StateCode};
use proptest::prelude::*;

use crate::kit::*;

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

fn penalty() -> impl Strategy<Value = Option<Penalty>> {
    prop_oneof![
        Just(None),
        (0u32..120).prop_map(|m| Some(Penalty::Months(m))),
        Just(Some(Penalty::Life)),
        Just(Some(Penalty::Fine)),
        Just(Some(Penalty::NotAnOffence)),
    ]
}

fn states() -> impl Strategy<Value = Option<Vec<StateCode>>> {
    prop_oneof![
        Just(None),
        proptest::collection::vec(
            prop_oneof![Just(s("XAA")), Just(s("XAB")), Just(s("XAC"))],
            0..3
        )
        .prop_map(Some)
    ]
}

#[derive(Clone, Debug)]
struct Facts {
    kind_mla: bool,
    treaty: Option<bool>,
    agreed: Option<bool>,
    requires: Option<bool>,
    takes: Option<bool>,
    located: Option<bool>,
    national: Option<bool>,
    involves: Option<bool>,
    pa: Option<Penalty>,
    pb: Option<Penalty>,
    committed: Option<Vec<StateCode>>,
    prepared: Option<Vec<StateCode>>,
    active: Option<Vec<StateCode>>,
    members: Option<u32>,
    random: Option<bool>,
    period: Option<bool>,
    benefit: Option<bool>,
    sus_t: Option<bool>,
    sus_o: Option<bool>,
    conv: Option<bool>,
    a_party: Option<bool>,
}

fn facts() -> impl Strategy<Value = Facts> {
    (
        (
            any::<bool>(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
        ),
        (penalty(), penalty(), states(), states(), states()),
        (
            prop_oneof![Just(None), (1u32..6).prop_map(Some)],
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
            opt_bool(),
        ),
    )
        .prop_map(
            |(
                (kind_mla, treaty, agreed, requires, takes, located, national, involves),
                (pa, pb, committed, prepared, active),
                (members, random, period, benefit, sus_t, sus_o, conv, a_party),
            )| Facts {
                kind_mla,
                treaty,
                agreed,
                requires,
                takes,
                located,
                national,
                involves,
                pa,
                pb,
                committed,
                prepared,
                active,
                members,
                random,
                period,
                benefit,
                sus_t,
                sus_o,
                conv,
                a_party,
            },
        )
}

fn build(f: &Facts) -> Case {
    let mut c = extradition();
    if f.kind_mla {
        c.request.kind = Some(RequestKind::MutualLegalAssistance);
    }
    c.request.treaty_in_force = f.treaty;
    c.request.agreed_to_apply_art18_9_29 = f.agreed;
    c.request.person_located_in = f.located.map(|b| if b { s("XAB") } else { s("XAC") });
    c.request.person_nationalities = f
        .national
        .map(|b| vec![if b { s("XAB") } else { s("XAC") }]);
    let b = requested(&mut c);
    b.extradition_requires_treaty = f.requires;
    b.convention_as_extradition_basis = f.takes;
    let o = offence(&mut c);
    o.involves_group = f.involves;
    o.max_penalty.clear();
    if let Some(p) = f.pa {
        o.max_penalty.insert(s("XAA"), p);
    }
    if let Some(p) = f.pb {
        o.max_penalty.insert(s("XAB"), p);
    }
    o.committed_in = f.committed.clone();
    o.prepared_in = f.prepared.clone();
    o.convention_offences = f.conv.map(|b| {
        if b {
            vec![ConventionOffence::UntocArt6]
        } else {
            vec![]
        }
    });
    c.group.active_in = f.active.clone();
    c.group.members = f.members;
    c.group.randomly_formed = f.random;
    c.group.exists_for_period = f.period;
    c.group.benefit = f
        .benefit
        .map(|b| if b { Benefit::Financial } else { Benefit::None });
    c.suspicion.transnational = f.sus_t;
    c.suspicion.organized_criminal_group = f.sus_o;
    c.states.get_mut(&s("XAA")).unwrap().untoc_consent = f.a_party.map(|b| {
        if b {
            Consent::Deposited(jiff::civil::date(2004, 1, 10))
        } else {
            Consent::None
        }
    });
    c
}

/// Fills every unknown fact of `f` with a value from `fill`.
fn filled(f: &Facts, fill: &Facts) -> Facts {
    fn o<T: Clone>(a: &Option<T>, b: &Option<T>) -> Option<T> {
        a.clone().or_else(|| b.clone())
    }
    Facts {
        kind_mla: f.kind_mla,
        treaty: o(&f.treaty, &fill.treaty),
        agreed: o(&f.agreed, &fill.agreed),
        requires: o(&f.requires, &fill.requires),
        takes: o(&f.takes, &fill.takes),
        located: o(&f.located, &fill.located),
        national: o(&f.national, &fill.national),
        involves: o(&f.involves, &fill.involves),
        pa: o(&f.pa, &fill.pa),
        pb: o(&f.pb, &fill.pb),
        committed: o(&f.committed, &fill.committed),
        prepared: o(&f.prepared, &fill.prepared),
        active: o(&f.active, &fill.active),
        members: o(&f.members, &fill.members),
        random: o(&f.random, &fill.random),
        period: o(&f.period, &fill.period),
        benefit: o(&f.benefit, &fill.benefit),
        sus_t: o(&f.sus_t, &fill.sus_t),
        sus_o: o(&f.sus_o, &fill.sus_o),
        conv: o(&f.conv, &fill.conv),
        a_party: o(&f.a_party, &fill.a_party),
    }
}

proptest! {
    #![proptest_config(crate::kit::proptest_config(512))]

    #[test]
    fn always_answers_and_names_what_is_missing(f in facts()) {
        let a = run(&build(&f));
        let answer = a.answer();
        let (applies, basis) = if f.kind_mla { ("art18.1.applies", "art18.legal_basis") } else { ("art16.1.applies", "art16.legal_basis") };
        prop_assert!(a.finding(applies).is_some());
        prop_assert!(a.finding(basis).is_some());
        prop_assert!(a.finding("status.in_force_between").is_some());
        prop_assert!(a.finding("art2.a.organized_criminal_group").is_some());
        prop_assert!(a.finding("art3.1.within_scope").is_some());
        if answer.outcome == Outcome::Undetermined {
            prop_assert!(!answer.missing.is_empty(), "undetermined without a missing fact");
        }
        if answer.outcome.is_determined() {
            prop_assert!(answer.missing.is_empty());
        }
        // Every finding cites a provision and explains itself.
        for x in &a.findings {
            prop_assert!(!x.message.to_string().is_empty(), "{} has no explanation", x.id);
            prop_assert!(palermo_rules::catalogue::spec_for(&x.id).is_some(), "{} is not catalogued", x.id);
        }
    }

    #[test]
    fn adding_facts_never_overturns_a_determined_answer(f in facts(), fill in facts()) {
        let before = run(&build(&f)).answer().outcome;
        let after = run(&build(&filled(&f, &fill))).answer().outcome;
        if before.is_determined() {
            prop_assert!(after == before || after == Outcome::Conflict, "{before:?} became {after:?}");
        }
    }
}
