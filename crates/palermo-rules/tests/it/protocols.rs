//! The Protocols' offences given by their elements: TIP arts. 3 and 5, SOM
//! arts. 3, 5 and 6, FP art. 5; and how a classified offence counts under
//! art. 3(1) between parties to that Protocol.

use jiff::civil::date;
use palermo_cite::Instrument;
use palermo_rules::facts::*;
use palermo_rules::Basis;

use crate::kit::*;

/// A case with no Convention offence stated, a two-year maximum (not
/// serious), both States parties to every Protocol, and the given elements.
fn by_elements(elements: Elements) -> palermo_rules::Case {
    let mut c = extradition();
    let o = offence(&mut c);
    o.convention_offences = None;
    o.max_penalty = [
        (s("XAA"), Penalty::Months(24)),
        (s("XAB"), Penalty::Months(24)),
    ]
    .into_iter()
    .collect();
    o.elements = elements;
    for st in ["XAA", "XAB"] {
        let f = c.states.get_mut(&s(st)).unwrap();
        for p in [Instrument::Tip, Instrument::Som, Instrument::Firearms] {
            f.protocols.insert(p, Consent::Deposited(date(2005, 3, 1)));
        }
    }
    c
}

fn tip(means: Option<Vec<TipMeans>>, age: Option<u32>) -> Elements {
    Elements {
        tip_acts: Some(vec![TipAct::Recruitment, TipAct::Transportation]),
        tip_means: means,
        tip_purposes: Some(vec![TipPurpose::SexualExploitation]),
        victim_age: age,
        intentional: Some(true),
        ..Elements::default()
    }
}

#[test]
fn tip_adult_needs_a_means() {
    let a = run(&by_elements(tip(
        Some(vec![TipMeans::FraudOrDeception]),
        Some(22),
    )));
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
    assert_eq!(outcome(&a, "art3.1.protocol_offence"), Yes);
    assert_eq!(
        outcome(&a, "art3.1.within_scope"),
        Yes,
        "covered below four years between TIP parties"
    );
    let a = run(&by_elements(tip(Some(vec![]), Some(22))));
    assert_eq!(outcome(&a, "tip.art3.a.means"), No);
    assert_eq!(outcome(&a, "tip.art5.offence"), No);
}

#[test]
fn tip_child_needs_no_means() {
    let a = run(&by_elements(tip(Some(vec![]), Some(16))));
    assert_eq!(outcome(&a, "tip.art3.a.means"), Yes);
    assert_eq!(
        a.finding("tip.art3.a.means").unwrap().citation.to_string(),
        "TIP art. 3(c)"
    );
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
    // Boundary: eighteen is no longer a child.
    assert_eq!(
        outcome(
            &run(&by_elements(tip(Some(vec![]), Some(18)))),
            "tip.art5.offence"
        ),
        No
    );
    // Age unknown and no means: undetermined, naming the age.
    let a = run(&by_elements(tip(Some(vec![]), None)));
    assert_eq!(outcome(&a, "tip.art5.offence"), Und);
    assert!(missing(&a, "tip.art5.offence")
        .iter()
        .any(|m| m == "offence.elements.victim_age"));
}

#[test]
fn tip_consent_is_irrelevant_once_a_means_is_used() {
    let mut e = tip(Some(vec![TipMeans::AbuseOfVulnerability]), Some(30));
    e.victim_consented = Some(true);
    let a = run(&by_elements(e));
    assert!(a
        .finding("tip.art3.b.consent")
        .unwrap()
        .message
        .to_string()
        .contains("irrelevant"));
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
}

#[test]
fn tip_classified_offence_counts_only_between_parties() {
    let mut c = by_elements(tip(Some(vec![TipMeans::ForceOrCoercion]), Some(25)));
    requested(&mut c)
        .protocols
        .insert(Instrument::Tip, Consent::None);
    let a = run(&c);
    assert_eq!(outcome(&a, "tip.art5.offence"), Yes);
    assert_eq!(outcome(&a, "art3.1.protocol_offence"), No);
}

#[test]
fn som_benefit_and_humanitarian_help() {
    let e = |motive| Elements {
        procured_illegal_entry: Some(true),
        smuggling_motive: Some(motive),
        intentional: Some(true),
        ..Elements::default()
    };
    let a = run(&by_elements(e(SmugglingMotive::Financial)));
    assert_eq!(outcome(&a, "som.art6.offence"), Yes);
    assert_eq!(outcome(&a, "som.art5.migrants_not_liable"), Yes);
    assert_eq!(outcome(&a, "art3.1.within_scope"), Yes);
    let a = run(&by_elements(e(SmugglingMotive::Humanitarian)));
    assert_eq!(outcome(&a, "som.art6.offence"), No);
    assert_eq!(
        a.finding("som.art3.a.benefit").unwrap().basis,
        Basis::Interpretation("smuggling-benefit")
    );
    assert_eq!(
        outcome(
            &run(&by_elements(e(SmugglingMotive::Family))),
            "som.art6.offence"
        ),
        No
    );
    let a = run(&by_elements(Elements {
        procured_illegal_entry: Some(true),
        intentional: Some(true),
        ..Elements::default()
    }));
    assert_eq!(outcome(&a, "som.art6.offence"), Und);
}

#[test]
fn firearms_conduct() {
    let a = run(&by_elements(Elements {
        firearms_conduct: Some(vec![FirearmsConduct::IllicitTrafficking]),
        intentional: Some(true),
        ..Elements::default()
    }));
    assert_eq!(outcome(&a, "firearms.art5.offence"), Yes);
    let a = run(&by_elements(Elements {
        firearms_conduct: Some(vec![]),
        intentional: Some(true),
        ..Elements::default()
    }));
    assert_eq!(outcome(&a, "firearms.art5.offence"), No);
    let a = run(&by_elements(Elements {
        firearms_conduct: Some(vec![FirearmsConduct::MarkingTampering]),
        intentional: Some(false),
        ..Elements::default()
    }));
    assert_eq!(
        outcome(&a, "firearms.art5.offence"),
        No,
        "intent is an element"
    );
}

#[test]
fn a_stated_offence_does_not_wait_for_its_elements() {
    let mut c = by_elements(tip(None, None));
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::TipArt5]);
    let a = run(&c);
    assert_eq!(outcome(&a, "tip.art5.offence"), Und);
    assert_eq!(
        outcome(&a, "art3.1.protocol_offence"),
        Yes,
        "the case states the TIP offence"
    );
}

/// Each Protocol's art. 1(3): its offences are regarded as offences
/// established under the Convention, so a Protocol offence between parties
/// meets art. 3(1)(a) "via TIP art. 1(3)", never as a failed limb of it.
#[test]
fn tip_art1_3_protocol_offence_meets_art3_1_a_via_article_1_3() {
    // Classified from its elements, between TIP parties, two-year maximum.
    let a = run(&by_elements(tip(
        Some(vec![TipMeans::FraudOrDeception]),
        Some(22),
    )));
    let f = a.finding("art3.1.a.convention_offence").unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(
        f.message.to_string().contains("via TIP art. 1(3)"),
        "{}",
        f.message
    );
    assert!(a.because_ids(f).contains(&"art3.1.protocol_offence"));
    let q = a.finding("art3.1.qualifying_offence").unwrap();
    assert_eq!(q.outcome, Yes);
    assert!(
        q.message
            .to_string()
            .contains("(a) an offence established under the Convention via TIP art. 1(3)"),
        "{}",
        q.message
    );
    assert!(
        !q.message.to_string().contains("(b)"),
        "not a serious crime: {}",
        q.message
    );
    // Stated, for another Protocol: its own art. 1(3).
    let mut c = by_elements(Elements::default());
    offence(&mut c).convention_offences = Some(vec![ConventionOffence::SomArt6]);
    let f = run(&c)
        .finding("art3.1.a.convention_offence")
        .cloned()
        .unwrap();
    assert_eq!(f.outcome, Yes);
    assert!(
        f.message.to_string().contains("via SOM art. 1(3)"),
        "{}",
        f.message
    );
    assert!(
        !f.message.to_string().contains("Not stated"),
        "{}",
        f.message
    );
    // Not both parties: no, and the reason is the Protocol's status.
    requested(&mut c)
        .protocols
        .insert(Instrument::Som, Consent::None);
    let a = run(&c);
    let f = a.finding("art3.1.a.convention_offence").unwrap();
    assert_eq!(f.outcome, No);
    assert!(
        f.message.to_string().contains("only between parties"),
        "{}",
        f.message
    );
    assert!(
        !f.message.to_string().contains("Not stated"),
        "{}",
        f.message
    );
    assert_eq!(outcome(&a, "art3.1.qualifying_offence"), No);
    // Status unknown: undetermined, naming the deposit.
    requested(&mut c).protocols.remove(&Instrument::Som);
    let a = run(&c);
    assert_eq!(outcome(&a, "art3.1.a.convention_offence"), Und);
    assert!(missing(&a, "art3.1.a.convention_offence")
        .iter()
        .any(|m| m == "states.XAB.protocols.som"));
}

/// Art. 18(2) reaches offences for which a legal person may be liable under
/// art. 10; each Protocol's art. 1(2)-(3) makes its offences such offences,
/// between parties to it.
#[test]
fn art18_2_protocol_offence_between_parties_is_an_art10_offence() {
    let legal_person = |mut c: palermo_rules::Case| {
        c.request.kind = Some(RequestKind::MutualLegalAssistance);
        c.request.concerns_legal_person = Some(true);
        // Neither limb of 18(1): no group took part, no suspicion of one.
        offence(&mut c).involves_group = Some(false);
        c.suspicion.organized_criminal_group = Some(false);
        c
    };
    // Classified from its elements, between TIP parties, two-year maximum
    // (not a serious crime): the requesting State's law on legal persons decides.
    let mut c = legal_person(by_elements(tip(
        Some(vec![TipMeans::ForceOrCoercion]),
        Some(30),
    )));
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.2.legal_persons"), Depends);
    assert!(a
        .domestic_law_questions
        .iter()
        .any(|q| q.id == "art18.2.legal_person_liability" && q.state == s("XAA")));
    c.domestic_law.insert(
        s("XAA"),
        [("art18.2.legal_person_liability".to_string(), true)]
            .into_iter()
            .collect(),
    );
    assert_eq!(outcome(&run(&c), "art18.2.legal_persons"), Yes);
    // Stated as a label: the same.
    let mut stated = c.clone();
    offence(&mut stated).elements = Elements::default();
    offence(&mut stated).convention_offences = Some(vec![ConventionOffence::FirearmsArt5]);
    assert_eq!(outcome(&run(&stated), "art18.2.legal_persons"), Yes);
    // Not both parties to TIP (and no offence of the Convention's own
    // stated): no art. 10 offence between them.
    offence(&mut c).convention_offences = Some(vec![]);
    requested(&mut c)
        .protocols
        .insert(Instrument::Tip, Consent::None);
    assert_eq!(outcome(&run(&c), "art18.2.legal_persons"), No);
    // TIP status of the requested State unknown: undetermined, naming it.
    requested(&mut c).protocols.remove(&Instrument::Tip);
    let a = run(&c);
    assert_eq!(outcome(&a, "art18.2.legal_persons"), Und);
    assert!(missing(&a, "art18.2.legal_persons")
        .iter()
        .any(|m| m == "states.XAB.protocols.tip"));
}

/// Protocol pinpoints in explanations always carry their instrument ("TIP
/// art. 3(a)", "TIP art. 15(3)"), never a bare "art. 3(a)" or "15(3)".
#[test]
fn protocol_pinpoints_in_explanations_carry_their_instrument() {
    fn bare_pinpoints(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let b = text.as_bytes();
        for (i, _) in text.match_indices("art") {
            let before = &text[..i];
            let labelled = ["TIP ", "SOM ", "FP ", "UNTOC ", "its "]
                .iter()
                .any(|l| before.ends_with(l));
            let is_word = i == 0 || !b[i - 1].is_ascii_alphabetic();
            let pinpoint = text[i..].starts_with("art.") || text[i..].starts_with("arts.");
            if is_word && pinpoint && !labelled {
                found.push(text[i.saturating_sub(12)..(i + 14).min(text.len())].to_string());
            }
        }
        // "(15(3))": a pinpoint without article or instrument.
        for (i, _) in text.match_indices('(') {
            let rest = &text[i + 1..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && rest[digits..].starts_with('(') {
                found.push(text[i..(i + 10).min(text.len())].to_string());
            }
        }
        found
    }
    let mut cases = vec![
        by_elements(tip(Some(vec![TipMeans::FraudOrDeception]), Some(22))),
        by_elements(tip(Some(vec![]), Some(16))),
        by_elements(tip(Some(vec![]), Some(30))),
        by_elements(Elements {
            procured_illegal_entry: Some(true),
            smuggling_motive: Some(SmugglingMotive::Family),
            intentional: Some(true),
            ..Elements::default()
        }),
        by_elements(Elements {
            firearms_conduct: Some(vec![FirearmsConduct::IllicitTrafficking]),
            intentional: Some(true),
            ..Elements::default()
        }),
    ];
    let mut e = tip(Some(vec![TipMeans::AbuseOfVulnerability]), Some(30));
    e.victim_consented = Some(true);
    cases.push(by_elements(e));
    // A TIP opt-out on record (XCH): the dispute clause's explanation.
    let mut c = by_elements(tip(Some(vec![TipMeans::FraudOrDeception]), Some(22)));
    c.request.requested_state = Some(s("XCH"));
    let mut xch = party(date(2004, 6, 1));
    xch.protocols
        .insert(Instrument::Tip, Consent::Deposited(date(2005, 3, 1)));
    c.states.insert(s("XCH"), xch);
    cases.push(c);
    let mut checked = 0;
    for c in &cases {
        for f in &run(c).findings {
            if f.citation.instrument() == Instrument::Untoc {
                continue;
            }
            checked += 1;
            let bare = bare_pinpoints(&f.message.to_string());
            assert!(bare.is_empty(), "{}: {bare:?} in {}", f.id, f.message);
        }
    }
    assert!(checked > 15, "{checked} Protocol findings checked");
}

#[test]
fn protocol_offence_findings_speak_in_messages_in_six_languages() {
    let mut e = tip(Some(vec![TipMeans::AbuseOfVulnerability]), Some(15));
    e.victim_consented = Some(true);
    let cases = [
        by_elements(e),
        by_elements(tip(None, None)),
        by_elements(Elements {
            procured_illegal_entry: Some(true),
            smuggling_motive: Some(SmugglingMotive::Humanitarian),
            intentional: Some(true),
            ..Elements::default()
        }),
        by_elements(Elements {
            procured_illegal_entry: Some(true),
            smuggling_motive: Some(SmugglingMotive::Financial),
            intentional: Some(true),
            ..Elements::default()
        }),
        by_elements(Elements {
            firearms_conduct: Some(vec![FirearmsConduct::IllicitTrafficking]),
            intentional: Some(true),
            ..Elements::default()
        }),
    ];
    let mut checked = 0;
    for c in &cases {
        match crate::offences::speaks_every_language(&run(c)) {
            Ok(n) => checked += n,
            Err(why) => panic!("{why}"),
        }
    }
    assert!(checked > 40, "{checked} findings checked");
}
