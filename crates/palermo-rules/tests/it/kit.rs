//! Test kit: a fixture data set, a fully determined base case, and helpers.

use jiff::civil::{date, Date};
use palermo_rules::facts::*;
use palermo_rules::{assess, Assessment, Case, Options, Outcome, RefData, StateCode};

pub const AS_OF: Date = date(2024, 5, 1);

/// The seed of every property test in the default suite.
pub const PROPTEST_SEED: u64 = 20_001_115;

/// Configuration of the property tests: `cases` cases generated from
/// [`PROPTEST_SEED`], so `cargo test` runs the same cases every time. A
/// longer run with fresh randomness sets `PROPTEST_CASES` and
/// `PROPTEST_RNG_SEED`, which proptest reads over this (README, "Tests").
/// A failing case is saved under `tests/proptest-regressions/` and replayed
/// first on every later run. The same helper is in palermo-case's tests.
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    use proptest::test_runner::{Config, FileFailurePersistence, RngSeed};
    Config {
        cases,
        rng_seed: RngSeed::Fixed(PROPTEST_SEED),
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel(
            "proptest-regressions",
        ))),
        ..Config::default()
    }
}

pub fn s(code: &str) -> StateCode {
    code.parse().unwrap()
}

const PARTICIPATION: &str = "\
participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes
Fixtureland,XBA,UNTOC,2000-12-12,2004-01-10,ratification,fixture://untc,2014-01-27,yes,
Thirdia,XAC,UNTOC,2000-12-12,2005-03-01,ratification,fixture://untc,2014-01-27,yes,the person's State of nationality in the base case
Staleland,XBB,UNTOC,2000-12-12,,,fixture://untc,2014-01-27,no,signatory only in 2014
Quietland,XBC,UNTOC,,,accession,fixture://untc,2017-09-19,yes,party but date unknown
Successia,XBD,UNTOC,,2006-10-23,succession,fixture://untc,2014-01-27,yes,
European Union,EUE,UNTOC,2000-12-12,2004-05-21,approval,fixture://untc,2014-01-27,yes,
Yearland,XBE,UNTOC,,,accession,fixture://untc,2014,yes,party in a source dated by year only
Monthland,XBF,UNTOC,,,accession,fixture://untc,2014-01,yes,party in a source dated by month only
Quietland,XBC,TIP,,,accession,fixture://untc,2017-09-19,yes,party to TIP but date unknown
";

const DECLARATIONS: &str = "\
participant,iso3166_alpha3,instrument,article,kind,summary,source_url,effect,source_as_of
Takesland,XCA,UNTOC,16(5),notification,Takes the Convention as the legal basis for extradition.,fixture://decl,takes_convention,2013-11
Refusia,XCB,UNTOC,16(5),declaration,Will not use the Convention as a legal basis for extradition.,fixture://decl,does_not_take_convention,2013-11
Mutualia,XCC,UNTOC,16(5),notification,Takes the Convention as a basis reciprocally.,fixture://decl,takes_convention_reciprocal,2013-11
Nationalia,XCD,UNTOC,16(5),notification,Takes the Convention as a basis except for its nationals.,fixture://decl,takes_convention_except_nationals,2005
Cutoffia,XCE,UNTOC,16(5),notification,Text cut off.,fixture://decl,content_unknown,2010-09-16
Treatyland,XCF,UNTOC,16(5),notification,Requires a treaty; basis not stated.,fixture://decl,treaty_required_basis_unstated,2010-09-16
Centralia,XCA,UNTOC,18(13),notification,Central authority: the Ministry of Justice of Takesland.,fixture://decl,,2013-11
Centralia,XCA,UNTOC,18(14),notification,Acceptable languages: English and French.,fixture://decl,languages=en+fr,2013-11
Overtia,XAA,UNTOC,5(3),notification,Its law requires an act in furtherance of the agreement for the art. 5(1)(a)(i) offence.,fixture://decl,,2010-09-16
Immunia,XAA,UNTOC,26(3),declaration,No immunity from prosecution for organizers or leaders of groups.,fixture://decl,,2010-09-16
Optoutia,XCH,UNTOC,35(2),reservation,Not bound by art. 35(2).,fixture://decl,,2013-11
Optoutia,XCH,TIP,15(2),reservation,Not bound by TIP art. 15(2).,fixture://decl,,2013-11
Reciprocia,XCG,UNTOC,13(6),declaration,On the basis of reciprocity it considers the Convention the treaty basis for art. 13 measures.,fixture://decl,,2004
Ownlawia,XCI,UNTOC,16(5),declaration,Will not use the Convention as a direct basis; extradites under its own law and on reciprocity.,fixture://decl,no_convention_basis_reciprocity,2013-11
";

const PENALTIES: &str = "\
iso3166_alpha3,state,crime_type,offence_label,provision,max_custodial,in_force_from,source_url,source_as_of,notes,in_force_until,flag
XAB,Atlantis B,wildlife_trafficking,trading in protected species,Nature Act s. 10,5y,,fixture://pen,2015,,,
XAB,Atlantis B,wildlife_trafficking,aggravated: trading in protected species commercially,Nature Act s. 11,10y,,fixture://pen,2015,,,
XAB,Atlantis B,illegal_logging,felling protected trees,Forest Act s. 3,3y,,fixture://pen,2015,,,
XAB,Atlantis B,illegal_logging,aggravated: felling protected trees as a gang,Forest Act s. 4,8y,,fixture://pen,2015,,,secondary_source
XAB,Atlantis B,piracy,hijacking a ship,Code art. 5,life,,fixture://pen,2026-06,,,
XAB,Atlantis B,kidnapping,kidnapping,Code art. 9,6y,2000-01-01,fixture://pen,2015,,2010-01-01,
XAB,Atlantis B,kidnapping,kidnapping,Code art. 9,12y,2010-01-01,fixture://pen,2015,,,
";

pub fn data() -> RefData {
    let texts = palermo_refdata::DataTexts {
        participation: PARTICIPATION,
        declarations: DECLARATIONS,
        penalties: PENALTIES,
        ..Default::default()
    };
    load(texts, "fixture")
}

/// Loads a fixture data set, failing the test on any data error.
pub fn load(texts: palermo_refdata::DataTexts<'_>, origin: &str) -> RefData {
    let (data, diags) = RefData::from_texts(texts, origin);
    assert!(
        diags
            .iter()
            .all(|d| d.severity != palermo_refdata::Severity::Error),
        "{diags:#?}"
    );
    data
}

pub fn party(deposit: Date) -> StateFacts {
    StateFacts {
        untoc_consent: Some(Consent::Deposited(deposit)),
        ..Default::default()
    }
}

/// A complete, determined extradition case from XAB (requested) to XAA
/// (requesting): transnational, organized criminal group, five-year maximum,
/// dual criminality, XAB requires a treaty and takes the Convention as basis.
pub fn extradition() -> Case {
    let mut c = Case {
        as_of: Some(AS_OF),
        ..Case::default()
    };
    c.request = Request {
        kind: Some(RequestKind::Extradition),
        requesting_state: Some(s("XAA")),
        requested_state: Some(s("XAB")),
        treaty_in_force: Some(false),
        person_located_in: Some(s("XAB")),
        person_nationalities: Some(vec![s("XAC")]),
        sentence_enforcement: Some(false),
        fiscal_aspects: Some(false),
        measures: Some(vec![Measure::TakingEvidence]),
        agreed_to_apply_art18_9_29: None,
        concerns_legal_person: Some(false),
        treaty_name: None,
        confiscation_measure: Some(ConfiscationMeasure::GiveEffectToOrder),
        property_in_requested_state: Some(true),
        return_requested: Some(false),
        investigative_technique: None,
        route_states: None,
        route_consent: Default::default(),
        states_investigating: None,
        person_habitual_residence: None,
        previous_convictions_in: None,
        witness_relocation_needed: None,
        cooperating_offender_in: None,
        refusal_ground: None,
    };
    c.offences = vec![Offence {
        convention_offences: Some(vec![]),
        committed_in: Some(vec![s("XAA"), s("XAB")]),
        prepared_in: Some(vec![]),
        substantial_effects_in: Some(vec![]),
        involves_group: Some(true),
        max_penalty: [
            (s("XAA"), Penalty::Months(60)),
            (s("XAB"), Penalty::Months(72)),
        ]
        .into_iter()
        .collect(),
        ..Default::default()
    }];
    c.group = Group {
        members: Some(4),
        randomly_formed: Some(false),
        exists_for_period: Some(true),
        acts_in_concert: Some(true),
        aims: Some(vec![Aim::SeriousCrime]),
        benefit: Some(Benefit::Financial),
        active_in: Some(vec![s("XAA")]),
    };
    c.states.insert(s("XAA"), party(date(2004, 1, 10)));
    let mut b = party(date(2005, 3, 1));
    b.extradition_requires_treaty = Some(true);
    b.convention_as_extradition_basis = Some(true);
    c.states.insert(s("XAB"), b);
    c
}

/// The same facts as an MLA request with no MLA treaty.
/// The same facts as a confiscation request: give effect to XAA's order
/// against property in XAB.
pub fn confiscation() -> Case {
    let mut c = extradition();
    c.request.kind = Some(RequestKind::Confiscation);
    c
}

pub fn mla() -> Case {
    let mut c = extradition();
    c.request.kind = Some(RequestKind::MutualLegalAssistance);
    c
}

pub fn run(c: &Case) -> Assessment {
    run_with(c, Options::default())
}

pub fn run_with(c: &Case, options: Options) -> Assessment {
    assess(c, &data(), c.as_of.unwrap_or(AS_OF), options).expect("assessable")
}

pub fn outcome(a: &Assessment, id: &str) -> Outcome {
    a.finding(id)
        .unwrap_or_else(|| {
            panic!(
                "no finding `{id}`; have: {:?}",
                a.findings.iter().map(|f| &f.id).collect::<Vec<_>>()
            )
        })
        .outcome
}

pub fn missing(a: &Assessment, id: &str) -> Vec<String> {
    palermo_rules::Fact::paths(&a.finding(id).unwrap().missing)
}

pub fn answer(a: &Assessment) -> Outcome {
    a.answer().outcome
}

pub fn offence(c: &mut Case) -> &mut Offence {
    &mut c.offences[0]
}

pub fn requested(c: &mut Case) -> &mut StateFacts {
    c.states.get_mut(&s("XAB")).unwrap()
}

pub use Outcome::{Conflict, DependsOnDomesticLaw as Depends, No, Undetermined as Und, Yes};
