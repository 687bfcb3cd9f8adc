//! Competing legal bases named in the case, side by side with the Convention.

use palermo_rules::facts::{OtherBasis, OtherInstrument, RequestKind};

use crate::kit::*;

fn basis(
    instrument: OtherInstrument,
    in_force: Option<bool>,
    kinds: Option<Vec<RequestKind>>,
    covers: Option<bool>,
) -> OtherBasis {
    OtherBasis {
        instrument,
        name: None,
        in_force_between: in_force,
        kinds,
        covers_offence: covers,
    }
}

#[test]
fn nothing_is_assessed_without_other_bases() {
    let a = run(&extradition());
    assert!(a.findings.iter().all(|f| !f.id.starts_with("bases.")));
}

#[test]
fn another_treaty_serves_and_16_3_applies_on_top() {
    let mut c = extradition();
    c.other_bases = vec![basis(
        OtherInstrument::BilateralTreaty,
        Some(true),
        Some(vec![RequestKind::Extradition]),
        Some(true),
    )];
    let a = run(&c);
    assert_eq!(outcome(&a, "bases.other.1"), Yes);
    assert_eq!(
        a.finding("bases.on_top").unwrap().citation.to_string(),
        "UNTOC art. 16(3)"
    );
    assert_eq!(outcome(&a, "bases.convention_only"), No);
}

#[test]
fn the_convention_is_the_only_basis() {
    let mut c = mla();
    c.other_bases = vec![
        basis(
            OtherInstrument::BudapestConvention,
            Some(true),
            Some(vec![RequestKind::MutualLegalAssistance]),
            Some(false),
        ),
        basis(OtherInstrument::Uncac, Some(false), None, None),
    ];
    let a = run(&c);
    assert_eq!(outcome(&a, "bases.other.1"), No);
    assert_eq!(outcome(&a, "bases.other.2"), No);
    assert!(a.finding("bases.on_top").is_none());
    assert_eq!(outcome(&a, "bases.convention_only"), Yes);
}

#[test]
fn unstated_facts_about_other_instruments_stay_open() {
    let mut c = extradition();
    c.other_bases = vec![basis(
        OtherInstrument::DrugConvention1988,
        None,
        Some(vec![RequestKind::Extradition]),
        Some(true),
    )];
    let a = run(&c);
    assert_eq!(outcome(&a, "bases.other.1"), Und);
    assert_eq!(
        missing(&a, "bases.other.1"),
        vec!["other_bases[1].in_force_between"]
    );
    assert_eq!(outcome(&a, "bases.convention_only"), Und);
    // A kind the instrument does not provide for.
    c.other_bases = vec![basis(
        OtherInstrument::Reciprocity,
        Some(true),
        Some(vec![RequestKind::MutualLegalAssistance]),
        Some(true),
    )];
    assert_eq!(outcome(&run(&c), "bases.other.1"), No);
}

/// Statements about other instruments cite the Convention's clause on other
/// instruments for the kind (16(3), 18(6)) or on agreements, never art. 3(1).
#[test]
fn bases_other_instruments_cite_16_3_or_18_6_never_3_1() {
    for kind in RequestKind::ALL {
        let mut c = extradition();
        c.request.kind = Some(kind);
        c.other_bases = vec![basis(
            OtherInstrument::BilateralTreaty,
            Some(true),
            Some(vec![kind]),
            Some(true),
        )];
        let a = run(&c);
        let cited: Vec<(String, String)> = a
            .findings
            .iter()
            .filter(|f| f.id.starts_with("bases."))
            .map(|f| (f.id.to_string(), f.citation.to_string()))
            .collect();
        assert_eq!(cited.len(), 3, "{kind:?}: {cited:?}");
        for (id, citation) in &cited {
            assert_ne!(citation, "UNTOC art. 3(1)", "{kind:?}: {id}");
        }
        let other = a.finding("bases.other.1").unwrap().citation.to_string();
        match kind {
            RequestKind::Extradition => assert_eq!(other, "UNTOC art. 16(3)"),
            RequestKind::MutualLegalAssistance | RequestKind::Confiscation => {
                assert_eq!(other, "UNTOC art. 18(6)")
            }
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation => {}
        }
    }
    // The other instrument's own articles carry its name.
    let mut c = mla();
    c.other_bases = vec![basis(OtherInstrument::Uncac, None, None, None)];
    let why = run(&c)
        .finding("bases.other.1")
        .unwrap()
        .message
        .to_string()
        .clone();
    assert!(why.contains("UNCAC art. 46"), "{why}");
}

#[test]
fn another_basis_the_case_names_is_framed_by_its_kind() {
    use palermo_i18n::{Arg, Lang, Render};
    let mut c = extradition();
    let mut treaty = basis(
        OtherInstrument::BilateralTreaty,
        Some(true),
        Some(vec![RequestKind::Extradition]),
        Some(true),
    );
    treaty.name = Some("Extradition Treaty between XAA and XAB (1990)".into());
    let mut uncac = basis(
        OtherInstrument::Uncac,
        Some(true),
        Some(vec![RequestKind::Extradition]),
        Some(false),
    );
    uncac.name = Some("UN Convention against Corruption".into());
    c.other_bases = vec![treaty, uncac];
    let a = run(&c);
    let name = |id: &str| a.finding(id).unwrap().message.get("name").cloned();
    // A titled treaty: its kind frames the case's words.
    let Some(Arg::Nested(m)) = name("bases.other.1") else {
        panic!("{:?}", name("bases.other.1"))
    };
    assert_eq!(m.id, "bases-named-bilateral");
    let message = &a.finding("bases.other.1").unwrap().message;
    let fr = Render::new(Lang::Fr).msg(message);
    assert!(
        fr.contains(
            "le traité bilatéral «\u{a0}Extradition Treaty between XAA and XAB (1990)\u{a0}»"
        ),
        "{fr}"
    );
    let en = Render::new(Lang::En).msg(message);
    assert!(
        en.contains("rest on the Extradition Treaty between XAA and XAB (1990):"),
        "{en}"
    );
    // A known convention: the words each language has for it.
    assert_eq!(name("bases.other.2"), Some(Arg::Term("bases-name-uncac")));
}
