//! Loader tests: the embedded snapshot is valid, and bad rows are reported
//! with file, line and column, not dropped silently.

use super::*;
use crate::{OtherConsentType, OtherInstrumentId};

const HEADER_P: &str = "participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes\n";
const HEADER_D: &str =
    "participant,iso3166_alpha3,instrument,article,kind,summary,source_url,effect,source_as_of\n";

/// The rows of an embedded file, counted without reading them: tests compare
/// the records read with it, so adding a row means editing that file only.
fn expected_count(file: &str) -> usize {
    let i = DATA_FILES.iter().position(|f| *f == file).unwrap();
    crate::load::raw_rows(file, DataTexts::embedded().in_order()[i])
}

#[test]
fn embedded_data_has_no_errors() {
    let (data, diagnostics) =
        RefData::parse(EMBEDDED_PARTICIPATION, EMBEDDED_DECLARATIONS, "embedded");
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(
        data.participations().len(),
        expected_count("untoc_participation.csv")
    );
    assert_eq!(
        data.all_declarations().len(),
        expected_count("untoc_declarations.csv")
    );
    assert!(data.snapshot_id().starts_with("sha256:"));
    assert_eq!(data.snapshot_id().len(), 7 + 64);
}

#[test]
fn embedded_data_facts() {
    let data = RefData::embedded();
    let ken: StateCode = "KEN".parse().unwrap();
    let p = data.participation(ken, Instrument::Untoc).unwrap();
    assert_eq!(p.consent, Some(jiff::civil::date(2004, 6, 16)));
    assert_eq!(p.consent_type, Some(ConsentType::Accession));
    assert_eq!(data.state_name(ken), Some("Kenya"));
    let vnm: StateCode = "VNM".parse().unwrap();
    let notice: Vec<_> = data.declarations(vnm, Instrument::Untoc, "16(5)").collect();
    assert_eq!(notice.len(), 1);
    // Declines the Convention, and records its own law and reciprocity.
    assert_eq!(
        notice[0].extradition_basis,
        Some(ExtraditionBasisNotice::NoConventionBasisReciprocity)
    );
}

#[test]
fn snapshot_id_changes_with_content() {
    let a = RefData::parse(EMBEDDED_PARTICIPATION, EMBEDDED_DECLARATIONS, "a").0;
    let mut changed = EMBEDDED_DECLARATIONS.to_string();
    changed.push('\n');
    let b = RefData::parse(EMBEDDED_PARTICIPATION, &changed, "b").0;
    assert_ne!(a.snapshot_id(), b.snapshot_id());
}

#[test]
fn bad_rows_are_reported_with_line_and_column() {
    let p = format!(
        "{HEADER_P}\
Atlantis,XAA,UNTOC,,2004-02-30,accession,http://example.org,2024,yes,\n\
Atlantis,xab,UNTOC,,,,http://example.org,2024,no,\n\
Atlantis,XAC,UNTOCC,,,,http://example.org,2024,no,\n\
Atlantis,XAD,UNTOC,,2004-01-01,accession,,2024,yes,\n\
Atlantis,XAE,UNTOC,,2004-01-01,bribery,http://example.org,2024,yes,\n\
Atlantis,XAF,UNTOC,,2004-01-01,accession,http://example.org,2024,maybe,\n\
Atlantis,XAG,UNTOC,,2004-01-01,accession,http://example.org,2024,yes,\n\
Atlantis,XAG,UNTOC,,2004-01-01,accession,http://example.org,2024,yes,\n"
    );
    let (data, diags) = RefData::parse(&p, HEADER_D, "test");
    let find = |line: usize| {
        diags
            .iter()
            .find(|d| d.line == line)
            .unwrap_or_else(|| panic!("no diagnostic at line {line}: {diags:#?}"))
    };
    assert_eq!(find(2).field_name(), Some("consent_date"));
    assert!(find(2).message.contains("2004-02-30"));
    assert_eq!(find(3).field_name(), Some("iso3166_alpha3"));
    assert_eq!(find(4).field_name(), Some("instrument"));
    assert_eq!(find(5).field_name(), Some("source_url"));
    assert_eq!(find(6).field_name(), Some("consent_type"));
    assert_eq!(find(7).field_name(), Some("is_party"));
    assert!(find(9)
        .message
        .contains("XAG / UNTOC is on 2 rows (lines 8 and 9)"));
    assert!(diags.iter().all(|d| d.file == "untoc_participation.csv"));
    assert!(format!("{}", find(2))
        .starts_with("error: untoc_participation.csv:2: column `consent_date`"));
    // The duplicate XAG is left out and the first row kept; the bad date drops XAA.
    assert!(data
        .participation("XAG".parse().unwrap(), Instrument::Untoc)
        .is_some());
    assert!(data
        .participation("XAA".parse().unwrap(), Instrument::Untoc)
        .is_none());
}

#[test]
fn missing_column_is_an_error() {
    let (_, diags) = RefData::parse("participant,iso3166_alpha3\nX,XAA\n", HEADER_D, "t");
    assert!(diags.iter().any(|d| d.severity == Severity::Error
        && d.line == 1
        && d.field_name() == Some("instrument")));
}

#[test]
fn declaration_effect_is_checked() {
    let d = format!("{HEADER_D}Atlantis,XAA,UNTOC,16(5),notification,Says yes.,http://example.org,maybe,2024\nAtlantis,XAA,UNTOC,99(1),notification,Hm.,http://example.org,,2024\n");
    let (data, diags) = RefData::parse(HEADER_P, &d, "t");
    assert!(diags
        .iter()
        .any(|x| x.line == 2 && x.field_name() == Some("effect")));
    assert!(diags
        .iter()
        .any(|x| x.line == 3 && x.field_name() == Some("article")));
    assert!(data.all_declarations().is_empty());
}

#[test]
fn language_notifications_are_coded_and_checked() {
    let d = format!(
        "{HEADER_D}\
Atlantis,XAA,UNTOC,18(14),notification,English or French.,http://example.org,languages=en+fr,2024
Atlantis,XAB,UNTOC,18(14),notification,Macedonian and English.,http://example.org,languages_all=mk+en,2024
Atlantis,XAC,UNTOC,18(14),notification,Cut off.,http://example.org,content_unknown,2024
Atlantis,XAD,UNTOC,18(14),notification,English.,http://example.org,,2024
Atlantis,XAE,UNTOC,18(14),notification,English.,http://example.org,languages=english,2024
Atlantis,XAF,UNTOC,18(14),notification,English.,http://example.org,languages=en+en,2024
"
    );
    let (data, diags) = RefData::parse(HEADER_P, &d, "t");
    let decl = |code: &str| {
        let code: StateCode = code.parse().unwrap();
        data.all_declarations().iter().find(|d| d.state == code)
    };
    let any = decl("XAA").and_then(|d| d.languages.clone()).unwrap();
    assert_eq!(any.codes, ["en", "fr"]);
    assert!(!any.all_required);
    assert_eq!(any.as_effect(), "languages=en+fr");
    assert!(
        decl("XAB")
            .and_then(|d| d.languages.clone())
            .unwrap()
            .all_required
    );
    let cut = decl("XAC").unwrap();
    assert!(cut.content_unknown && cut.languages.is_none());
    // An uncoded row, a language name and a repeated code are errors on their line.
    for line in [5, 6, 7] {
        assert!(
            diags
                .iter()
                .any(|x| x.line == line && x.field_name() == Some("effect")),
            "line {line}: {diags:?}"
        );
    }
    assert_eq!(data.all_declarations().len(), 3);
}

#[test]
fn state_codes() {
    assert!("KEN".parse::<StateCode>().is_ok());
    assert!("ken".parse::<StateCode>().is_err());
    assert!("KENY".parse::<StateCode>().is_err());
    assert!("XAA".parse::<StateCode>().unwrap().is_fictional());
    assert!("EUE".parse::<StateCode>().unwrap().is_reio());
}

const HEADER_PEN: &str = "iso3166_alpha3,state,crime_type,offence_label,provision,max_custodial,in_force_from,source_url,source_as_of,notes,in_force_until,flag\n";

#[test]
fn embedded_states_and_penalties() {
    let data = RefData::embedded();
    let ken: StateCode = "KEN".parse().unwrap();
    let r = data.region(ken).unwrap();
    assert_eq!(
        (
            r.region.as_ref(),
            r.subregion.as_ref(),
            r.intermediate.as_ref()
        ),
        ("Africa", "Sub-Saharan Africa", "Eastern Africa")
    );
    assert_eq!(data.legal_system(ken).unwrap().family, LegalFamily::Mixed);
    assert!(data
        .legal_system("ISR".parse().unwrap())
        .unwrap()
        .components
        .contains(&"jewish".to_string()));
    assert!(data.legal_systems().iter().any(|l| l.sources_disagree));
    let deu: StateCode = "DEU".parse().unwrap();
    let rows: Vec<_> = data.penalties(deu, "migrant_smuggling").collect();
    assert!(rows.len() >= 2, "a basic and an aggravated form");
    assert!(rows.iter().any(|r| r.aggravated && r.max == Penalty::Life));
    assert!(
        rows.iter().all(|r| r.flag.is_none()),
        "AufenthG rows were re-read in 2026"
    );
    assert!(data
        .penalties(deu, "money_laundering")
        .all(|r| r.flag == Some(PenaltyFlag::NeedsReverification)));
    assert_eq!(
        data.all_penalties().len(),
        expected_count("national_penalties.csv")
    );
    assert_eq!(data.regions().len(), expected_count("m49_regions.csv"));
    assert_eq!(
        data.legal_systems().len(),
        expected_count("legal_systems.csv")
    );
    // Names come from the participation data first, then the M49 table.
    assert_eq!(data.state_name("ABW".parse().unwrap()), Some("Aruba"));
}

#[test]
fn penalty_validity_by_date() {
    let text = format!(
        "{HEADER_PEN}\
XAA,Atlantis,wildlife_trafficking,trading in protected species,Act s. 1,5y,2010-01-01,http://example.org,2024,,2020-01-01,\n\
XAA,Atlantis,wildlife_trafficking,trading in protected species,Act s. 1,10y,2020-01-01,http://example.org,2024,,,\n\
XAA,Atlantis,kidnapping,kidnapping,Code art. 9,life,,http://example.org,2021-06,,,secondary_source\n"
    );
    let (data, diags) = RefData::from_texts(
        DataTexts {
            penalties: &text,
            ..DataTexts::default()
        },
        "t",
    );
    assert!(diags.is_empty(), "{diags:#?}");
    let xaa: StateCode = "XAA".parse().unwrap();
    let rows: Vec<_> = data.penalties(xaa, "wildlife_trafficking").collect();
    let d = |y, m, dd| jiff::civil::date(y, m, dd);
    assert_eq!(rows[0].validity(d(2019, 12, 31)), Validity::InForce);
    assert_eq!(
        rows[0].validity(d(2020, 1, 1)),
        Validity::NotInForce,
        "until is exclusive"
    );
    assert_eq!(rows[1].validity(d(2020, 1, 1)), Validity::InForce);
    assert_eq!(rows[1].validity(d(2009, 1, 1)), Validity::NotInForce);
    let k = data.penalties(xaa, "kidnapping").next().unwrap();
    assert_eq!(k.flag, Some(PenaltyFlag::SecondarySource));
    assert_eq!(
        k.validity(d(2021, 6, 30)),
        Validity::InForce,
        "from the end of the source's as-of month"
    );
    assert_eq!(k.validity(d(2021, 6, 29)), Validity::Unknown);
}

#[test]
fn bad_penalty_rows_are_reported() {
    let text = format!(
        "{HEADER_PEN}\
XAA,Atlantis,Wildlife,x,Act s. 1,5y,,http://example.org,2024,,,\n\
XAA,Atlantis,kidnapping,x,Act s. 1,5 years,,http://example.org,2024,,,\n\
XAA,Atlantis,kidnapping,x,Act s. 2,5y,,http://example.org,2024,,,dubious\n\
XAA,Atlantis,kidnapping,x,Act s. 3,5y,2020-01-01,http://example.org,2024,,2019-01-01,\n\
XAA,Atlantis,piracy,x,Act s. 4,5y,,http://example.org,2024,,,\n\
XAA,Atlantis,piracy,x,Act s. 4,7y,,http://example.org,2024,,,\n"
    );
    let (_, diags) = RefData::from_texts(
        DataTexts {
            penalties: &text,
            ..DataTexts::default()
        },
        "t",
    );
    let col = |line: usize| {
        diags
            .iter()
            .find(|d| d.line == line)
            .and_then(|d| d.field_name().map(str::to_string))
    };
    assert_eq!(col(2).as_deref(), Some("crime_type"));
    assert_eq!(col(3).as_deref(), Some("max_custodial"));
    assert_eq!(col(4).as_deref(), Some("flag"));
    assert_eq!(col(5).as_deref(), Some("in_force_until"));
    assert!(
        diags
            .iter()
            .any(|d| d.line == 7 && d.message.contains("overlapping validity")),
        "{diags:#?}"
    );
    assert!(diags.iter().all(|d| d.file == "national_penalties.csv"));
}

#[test]
fn bad_region_and_legal_system_rows_are_reported() {
    let regions = "iso3166_alpha3,m49_code,country_or_area,region_code,region_name,subregion_code,subregion_name,intermediate_region_code,intermediate_region_name,ldc,lldc,sids,source_url,source_as_of\nXAA,12,Atlantis,002,Africa,202,Sub-Saharan Africa,,,no,no,no,http://example.org,2025\nXAB,013,Atlantis,002,Africa,202,Sub-Saharan Africa,,,maybe,no,no,http://example.org,2025\n";
    let legal = "iso3166_alpha3,state,legal_system,components,source_url,source_as_of,notes\nXAA,Atlantis,mixed,civil,http://example.org,2008,\nXAB,Atlantis,roman_law,,http://example.org,2008,\n";
    let (_, diags) = RefData::from_texts(
        DataTexts {
            regions,
            legal_systems: legal,
            ..DataTexts::default()
        },
        "t",
    );
    let find = |file: &str, line: usize| {
        diags
            .iter()
            .find(|d| d.file == file && d.line == line)
            .and_then(|d| d.field_name().map(str::to_string))
    };
    assert_eq!(find("m49_regions.csv", 2).as_deref(), Some("m49_code"));
    assert_eq!(find("m49_regions.csv", 3).as_deref(), Some("ldc"));
    assert_eq!(find("legal_systems.csv", 2).as_deref(), Some("components"));
    assert_eq!(
        find("legal_systems.csv", 3).as_deref(),
        Some("legal_system")
    );
}

#[test]
fn embedded_catalogue_covers_the_penalty_data() {
    let data = RefData::embedded();
    assert_eq!(data.crimes().len(), expected_count("crime_catalogue.toml"));
    for p in data.all_penalties() {
        assert!(data.crime(&p.crime_type).is_some(), "{}", p.crime_type);
    }
    let w = data.crime("wildlife_trafficking").unwrap();
    assert_eq!(w.kind, CrimeKind::Emerging);
    assert!(w
        .mandates
        .iter()
        .any(|m| m.symbol == "ECOSOC resolution 2011/36"
            && m.date == Some(jiff::civil::date(2011, 7, 28))));
    assert!(w.other_instruments[0].starts_with("CITES"));
    assert!(data.crime("cybercrime_illegal_access").unwrap().caveats[0].contains("acting alone"));
    for id in [
        "trafficking_precious_metals",
        "drug_trafficking",
        "corruption",
        "firearms_trafficking",
        "kidnapping",
        "piracy",
        "organ_trafficking",
        "counterfeit_goods",
        "cigarette_smuggling",
        "match_fixing",
    ] {
        assert!(data.crime(id).is_some(), "{id}");
    }
}

#[test]
fn bad_catalogue_entries_are_reported_with_lines() {
    let text = "format = \"palermo.crimes/1\"\n\n[[crime]]\nid = \"a_crime\"\nname = \"A\"\nkind = \"emerging\"\ndescription = \"x\"\nconvention_offences = [\"untoc.art7\"]\n\n[[crime]]\nid = \"a_crime\"\nname = \"B\"\nkind = \"emerging\"\ndescription = \"y\"\n\n[[crime]]\nid = \"c\"\nname = \"C\"\nkind = \"new\"\ndescription = \"z\"\nmandates = [{ symbol = \"GA 1/1\", gist = \"g\", date = \"2020-02-30\" }]\ncolour = \"red\"\n";
    let (data, diags) = RefData::from_texts(
        DataTexts {
            crimes: text,
            ..DataTexts::default()
        },
        "t",
    );
    let at = |line: usize, col: &str| {
        diags.iter().any(|d| {
            d.file == "crime_catalogue.toml" && d.line == line && d.field_name() == Some(col)
        })
    };
    assert!(at(8, "convention_offences"), "{diags:#?}");
    assert!(
        diags.iter().any(|d| d.message.contains("already defined")),
        "{diags:#?}"
    );
    assert!(at(19, "kind"), "{diags:#?}");
    assert!(
        diags
            .iter()
            .any(|d| d.field_name() == Some("colour") && d.line == 22),
        "{diags:#?}"
    );
    assert!(data.crimes().is_empty() || data.crimes().iter().all(|c| c.id != "c"));
    let (_, diags) = RefData::from_texts(
        DataTexts {
            crimes: "[[crime]\nid=1",
            ..DataTexts::default()
        },
        "t",
    );
    assert!(diags[0].message.starts_with("invalid TOML"));
}

#[test]
fn a_lists_record_date_is_the_date_most_rows_share() {
    // Two rows from the depositary text of 2014-07, one later gazette row of
    // 2025, and one with no date: the list as a whole reflects 2014-07.
    let d = format!(
        "{HEADER_D}\
Aland,XAA,SOM,20(2),reservation,Not bound.,http://example.org/dep,,2014-07\n\
Bland,XAB,SOM,20(2),reservation,Not bound.,http://example.org/dep,,2014-07\n\
Cland,XAC,SOM,20(2),reservation,Not bound.,http://example.org/gazette,,2025\n\
Dland,XAD,SOM,20(2),reservation,Not bound.,http://example.org/other,,\n\
Eland,XAE,UNTOC,35(2),reservation,Not bound.,http://example.org/dep,,2013-11\n"
    );
    let (data, _) = RefData::parse(HEADER_P, &d, "t");
    assert_eq!(
        data.declarations_as_of(Instrument::Som, "20(2)"),
        Some("2014-07")
    );
    assert_eq!(
        data.declarations_as_of(Instrument::Untoc, "35(2)"),
        Some("2013-11")
    );
    assert_eq!(data.declarations_as_of(Instrument::Tip, "15(2)"), None);
    // The embedded record: the depositary texts of Nov 2013 and Jul 2014.
    let data = RefData::embedded();
    assert_eq!(
        data.declarations_as_of(Instrument::Untoc, "35(2)"),
        Some("2013-11")
    );
    for (p, a) in [
        (Instrument::Tip, "15(2)"),
        (Instrument::Som, "20(2)"),
        (Instrument::Firearms, "16(2)"),
    ] {
        assert_eq!(data.declarations_as_of(p, a), Some("2014-07"), "{p:?}");
    }
}

/// `n` copies of each row, after the header.
fn repeated(header: &str, rows: &[&str], n: usize) -> String {
    let mut text = header.to_string();
    for _ in 0..n {
        for r in rows {
            text.push_str(r);
            text.push('\n');
        }
    }
    text
}

#[test]
fn thousands_of_repeated_rows_give_one_error_per_key() {
    // 6,000 copies of one penalty row: once one error per pair (18 million).
    let penalties = repeated(
        HEADER_PEN,
        &["XAA,Atlantis,piracy,piracy,Act s. 4,5y,,http://example.org,2024,,,"],
        6000,
    );
    let participation = repeated(
        HEADER_P,
        &["Atlantis,XAA,UNTOC,,2004-01-01,accession,http://example.org,2024,yes,"],
        6000,
    );
    let (data, diags) = RefData::from_texts(
        DataTexts {
            participation: &participation,
            penalties: &penalties,
            ..DataTexts::default()
        },
        "t",
    );
    let errors: Vec<_> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let pen = errors
        .iter()
        .find(|d| d.file == "national_penalties.csv")
        .unwrap();
    assert_eq!((pen.line, pen.field_name()), (3, Some("in_force_from")));
    assert_eq!(
        pen.message,
        "XAA piracy, Act s. 4: piracy is on 6000 rows (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 5990 more): \
these rows give the same offence with overlapping validity: give in_force_until on the older row"
    );
    let part = errors
        .iter()
        .find(|d| d.file == "untoc_participation.csv")
        .unwrap();
    assert_eq!(part.line, 3);
    assert!(part
        .message
        .starts_with("XAA / UNTOC is on 6000 rows (lines 2, 3,"));
    // The first participation row is kept; every penalty row is kept.
    assert_eq!(data.participations().len(), 1);
    assert_eq!(data.all_penalties().len(), 6000);
}

#[test]
fn many_repeated_keys_are_capped_and_counted() {
    // 3,000 different States, each on two rows.
    let mut text = HEADER_P.to_string();
    let mut n = 0;
    'outer: for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            for c in b'A'..=b'Z' {
                if n == 3000 {
                    break 'outer;
                }
                let code = format!("{}{}{}", a as char, b as char, c as char);
                let row = format!("Land,{code},UNTOC,,,,http://example.org,2024,no,\n");
                text.push_str(&row);
                text.push_str(&row);
                n += 1;
            }
        }
    }
    let (_, diags) = RefData::parse(&text, HEADER_D, "t");
    let errors: Vec<_> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(
        errors.len(),
        21,
        "20 keys listed, then one error for the rest"
    );
    assert_eq!(errors[0].line, 3);
    assert!(errors[0]
        .message
        .starts_with("AAA / UNTOC is on 2 rows (lines 2 and 3)"));
    let last = errors.last().unwrap();
    assert_eq!(last.line, 2 * 21 + 1, "the second row of the 21st key");
    assert!(
        last.message
            .starts_with("2980 more repeated keys on 5960 rows"),
        "{}",
        last.message
    );
}

#[test]
fn only_overlapping_rows_of_an_offence_are_reported() {
    // One offence: 2000-2010, 2010-2015 and an open row from 2015 follow each
    // other; a copy of the 2010-2015 row overlaps it.
    let text = format!(
        "{HEADER_PEN}\
XAA,Atlantis,piracy,piracy,Act s. 4,5y,2000-01-01,http://example.org,2024,,2010-01-01,\n\
XAA,Atlantis,piracy,piracy,Act s. 4,6y,2010-01-01,http://example.org,2024,,2015-01-01,\n\
XAA,Atlantis,piracy,piracy,Act s. 4,7y,2015-01-01,http://example.org,2024,,,\n\
XAA,Atlantis,piracy,piracy,Act s. 4,6y,2012-01-01,http://example.org,2024,,2014-01-01,\n\
XAA,Atlantis,piracy,other piracy,Act s. 4,6y,2012-01-01,http://example.org,2024,,,\n"
    );
    let (_, diags) = RefData::from_texts(
        DataTexts {
            penalties: &text,
            ..DataTexts::default()
        },
        "t",
    );
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].line, 5);
    assert!(
        diags[0].message.contains("is on 2 rows (lines 3 and 5)"),
        "{}",
        diags[0].message
    );
}

#[test]
fn impossible_penalties_in_the_data_are_errors() {
    let rows = [
        ("0y", "a term of zero"),
        ("0m", "a term of zero"),
        ("0y0m", "a term of zero"),
        ("4y12m", "write \"5y\""),
        ("4y0m", "write \"4y\""),
        ("101y", "more than 100 years"),
        ("none", "expected <n>y"),
        ("5 years", "expected <n>y"),
    ];
    let mut text = HEADER_PEN.to_string();
    for (i, (p, _)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "XAA,Atlantis,kidnapping,x,Act s. {i},{p},,http://example.org,2024,,,\n"
        ));
    }
    text.push_str("XAA,Atlantis,kidnapping,x,Act s. 99,100y,,http://example.org,2024,,,\n");
    let (data, diags) = RefData::from_texts(
        DataTexts {
            penalties: &text,
            ..DataTexts::default()
        },
        "t",
    );
    for (i, (p, says)) in rows.iter().enumerate() {
        let line = i + 2;
        let d = diags
            .iter()
            .find(|d| d.line == line)
            .unwrap_or_else(|| panic!("no diagnostic for `{p}`: {diags:#?}"));
        assert_eq!(d.severity, Severity::Error);
        assert_eq!(d.field_name(), Some("max_custodial"));
        assert!(d.message.starts_with(&format!("`{p}`: ")), "{d}");
        assert!(d.message.contains(says), "{d}");
    }
    // Only the 100-year row is kept.
    assert_eq!(data.all_penalties().len(), 1);
    assert_eq!(data.all_penalties()[0].max, Penalty::Months(1200));
}

#[test]
fn penalty_spellings_and_their_errors() {
    assert_eq!(Penalty::read("18m"), Ok(Penalty::Months(18)));
    assert_eq!(Penalty::read("4y11m"), Ok(Penalty::Months(59)));
    assert_eq!(Penalty::read("100y"), Ok(Penalty::Months(1200)));
    assert_eq!(Penalty::read("1200m"), Ok(Penalty::Months(1200)));
    assert_eq!(Penalty::read("0y"), Err(PenaltyError::Zero));
    assert_eq!(Penalty::read("0y0m"), Err(PenaltyError::Zero));
    assert_eq!(Penalty::read("1201m"), Err(PenaltyError::TooLong));
    assert_eq!(Penalty::read("100y1m"), Err(PenaltyError::TooLong));
    assert_eq!(
        Penalty::read("4y12m"),
        Err(PenaltyError::NotCanonical("5y".into()))
    );
    assert_eq!(
        Penalty::read("0y18m"),
        Err(PenaltyError::NotCanonical("1y6m".into()))
    );
    assert_eq!(Penalty::read("5years"), Err(PenaltyError::Malformed));
    assert_eq!(Penalty::parse("0m"), None);
    // Every accepted term prints back as it reads.
    for m in 1..=1200 {
        let p = Penalty::Months(m);
        assert_eq!(Penalty::read(&p.to_string()), Ok(p), "{p}");
    }
}

#[test]
fn overlapping_rows_are_reported_once_per_offence() {
    let mut text = HEADER_PEN.to_string();
    for _ in 0..4 {
        text.push_str("XAA,Atlantis,piracy,x,Act s. 4,5y,,http://example.org,2024,,,\n");
    }
    // A different offence of the same State overlaps nothing.
    text.push_str("XAA,Atlantis,piracy,x,Act s. 5,5y,,http://example.org,2024,,,\n");
    let (_, diags) = RefData::from_texts(
        DataTexts {
            penalties: &text,
            ..DataTexts::default()
        },
        "t",
    );
    let overlaps: Vec<_> = diags
        .iter()
        .filter(|d| d.message.contains("overlapping validity"))
        .collect();
    // One error for the offence, at its second row, listing every row.
    assert_eq!(overlaps.len(), 1, "{diags:#?}");
    assert_eq!(overlaps[0].line, 3);
    assert!(
        overlaps[0]
            .message
            .contains("is on 4 rows (lines 2, 3, 4 and 5)"),
        "{}",
        overlaps[0].message
    );
}

/// A catalogue of 20,000 entries (about 1 MB), the last one a repeat: its
/// line is found by the loader's line index, and right.
#[test]
fn a_long_catalogue_reports_the_right_lines() {
    let mut text = String::from("format = \"palermo.crimes/1\"\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "\n[[crime]]\nid = \"crime_{i}\"\nname = \"C\"\nkind = \"emerging\"\ndescription = \"x\"\n"
        ));
    }
    text.push_str(
        "\n[[crime]]\nid = \"crime_7\"\nname = \"C\"\nkind = \"emerging\"\ndescription = \"x\"\n",
    );
    assert!(text.len() > 1_000_000);
    let (data, diags) = RefData::from_texts(
        DataTexts {
            crimes: &text,
            ..DataTexts::default()
        },
        "t",
    );
    assert_eq!(data.crimes().len(), 20_000);
    assert_eq!(data.crimes()[7].line, 2 + 7 * 6 + 1);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].line, 2 + 20_000 * 6 + 1);
    assert!(
        diags[0].message.contains("already defined at line 45"),
        "{}",
        diags[0]
    );
}

#[test]
fn a_diagnostic_prints_its_place_and_what_it_concerns() {
    let row = Diagnostic {
        severity: Severity::Warning,
        file: "untoc_participation.csv".into(),
        line: 12,
        column: None,
        field: Some(Field::Column("consent_date".into())),
        message: "m".into(),
    };
    assert_eq!(
        row.to_string(),
        "warning: untoc_participation.csv:12: column `consent_date`: m"
    );
    assert_eq!(row.field_name(), Some("consent_date"));
    let at = Diagnostic {
        severity: Severity::Error,
        file: "case.toml".into(),
        line: 3,
        column: Some(19),
        field: Some(Field::Path("request.requested_state".into())),
        ..row.clone()
    };
    assert_eq!(
        at.to_string(),
        "error: case.toml:3:19: `request.requested_state`: m"
    );
    let bare = Diagnostic { field: None, ..at };
    assert_eq!(bare.to_string(), "error: case.toml:3:19: m");
}

#[test]
fn the_build_time_snapshot_id_is_the_hash_of_the_embedded_texts() {
    assert_eq!(
        DataTexts::embedded().snapshot_id(),
        crate::EMBEDDED_SNAPSHOT
    );
    assert_eq!(RefData::embedded().snapshot_id(), crate::EMBEDDED_SNAPSHOT);
}

#[test]
fn the_records_read_at_build_time_equal_the_parsed_texts() {
    // `RefData::embedded` builds the data from the tables the build script
    // wrote; parsing the embedded texts now must give the same data and the
    // same diagnostics, in the same order.
    let (parsed, parsed_diags) = RefData::from_texts(DataTexts::embedded(), "embedded");
    let (built, built_diags) = RefData::embedded_with_diagnostics();
    assert_eq!(built.participations(), parsed.participations());
    assert_eq!(built.all_declarations(), parsed.all_declarations());
    assert_eq!(built.regions(), parsed.regions());
    assert_eq!(built.legal_systems(), parsed.legal_systems());
    assert_eq!(built.all_penalties(), parsed.all_penalties());
    assert_eq!(built.crimes(), parsed.crimes());
    assert_eq!(built.all_extradition_law(), parsed.all_extradition_law());
    assert!(built == parsed, "the indexes differ");
    assert_eq!(built_diags, parsed_diags);
    assert!(RefData::embedded() == parsed);
}

#[test]
fn each_states_rows_made_on_demand_equal_the_parsed_ones() {
    // `RefData::embedded` makes a State's records on the first question
    // about it, through indexes the build script computed: ask about every
    // State (and one the data does not know) before anything builds a whole
    // table, and compare with the parsed texts.
    let (parsed, _) = RefData::from_texts(DataTexts::embedded(), "embedded");
    let built = RefData::embedded();
    let mut states = parsed.states();
    states.push("XAA".parse().unwrap());
    assert!(states.len() > 190);
    for &s in &states {
        assert_eq!(built.participation.of(s), parsed.participation.of(s), "{s}");
        assert_eq!(built.declarations.of(s), parsed.declarations.of(s), "{s}");
        assert_eq!(built.regions.of(s), parsed.regions.of(s), "{s}");
        assert_eq!(built.legal_systems.of(s), parsed.legal_systems.of(s), "{s}");
        assert_eq!(built.penalties.of(s), parsed.penalties.of(s), "{s}");
        assert_eq!(
            built.extradition_law.of(s),
            parsed.extradition_law.of(s),
            "{s}"
        );
        assert_eq!(built.authorities.of(s), parsed.authorities.of(s), "{s}");
        assert_eq!(built.other.of(s), parsed.other.of(s), "{s}");
        assert_eq!(built.state_label(s), parsed.state_label(s), "{s}");
    }
    // Every row of every table belongs to the State it was filed under.
    let rows: usize = (states.iter())
        .map(|&s| {
            built
                .penalties
                .of(s)
                .iter()
                .filter(|p| p.state == s)
                .count()
        })
        .sum();
    assert_eq!(rows, parsed.all_penalties().len());
}

const HEADER_O: &str = "participant,iso3166_alpha3,instrument,signature,consent,consent_type,entry_into_force,source_url,source_as_of,notes\n";

#[test]
fn embedded_other_instruments_are_valid_and_indexed() {
    let (data, diags) = RefData::from_texts(
        DataTexts {
            other_instruments: EMBEDDED_OTHER_INSTRUMENTS,
            ..DataTexts::default()
        },
        "t",
    );
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(
        data.all_other_instruments().len(),
        expected_count("other_instruments.csv")
    );
    let ita: StateCode = "ITA".parse().unwrap();
    let eu: Vec<_> = data
        .other_instrument(ita, OtherInstrumentId::EuMembership)
        .collect();
    assert_eq!(eu.len(), 1);
    assert_eq!(eu[0].entry_into_force, Some(jiff::civil::date(1958, 1, 1)));
    let gbr: StateCode = "GBR".parse().unwrap();
    let types: Vec<_> = data
        .other_instrument(gbr, OtherInstrumentId::EuMembership)
        .map(|r| r.consent_type)
        .collect();
    assert_eq!(
        types,
        [
            Some(OtherConsentType::Membership),
            Some(OtherConsentType::Withdrawal)
        ]
    );
    assert_eq!(
        data.other_instrument_as_of(OtherInstrumentId::Uncac),
        Some("2014-07-10")
    );
    assert_eq!(
        data.other_instrument_as_of(OtherInstrumentId::BudapestConvention),
        Some("2015-12-03")
    );
    assert!(OtherInstrumentId::Uncac.list_complete());
    assert!(!OtherInstrumentId::BudapestConvention.list_complete());
}

#[test]
fn good_other_instrument_rows_are_read() {
    let text = format!(
        "{HEADER_O}\
Alpha,XAA,uncac,2004-01-01,2006-05-02,ratification,,fixture://u,2014-07-10,\n\
Alpha,XAA,budapest_convention,2001-11-23,2004-01-02,ratification,2004-05-01,fixture://b,2015-12-03,R. D.\n\
Beta,XAB,uncac,2004-01-01,,,,fixture://u,2014-07-10,signatory only\n\
Beta,XAB,eu_membership,,2004-05-01,membership,2004-05-01,fixture://e,2020-02-01,\n\
Beta,XAB,eu_membership,,2010-01-31,withdrawal,,fixture://e,2020-02-01,\n"
    );
    let (data, diags) = RefData::from_texts(
        DataTexts {
            other_instruments: &text,
            ..DataTexts::default()
        },
        "t",
    );
    assert!(diags.is_empty(), "{diags:#?}");
    let xab: StateCode = "XAB".parse().unwrap();
    assert_eq!(data.other_instruments(xab).count(), 3);
    let u = data
        .other_instrument(xab, OtherInstrumentId::Uncac)
        .next()
        .unwrap();
    assert_eq!((u.consent, u.consent_type), (None, None));
    assert_eq!(u.source.line, 4);
    assert_eq!(&*u.source.url, "fixture://u");
}

#[test]
fn bad_other_instrument_rows_are_reported_with_line_and_column() {
    let rows = [
        "A,XAA,uncac_2003,,2006-05-02,ratification,,fixture://u,2014-07-10,",
        "A,XAA,uncac,,2006-02-30,ratification,,fixture://u,2014-07-10,",
        "A,XAA,uncac,,2006-05-02,deposit,,fixture://u,2014-07-10,",
        "A,XAA,uncac,,2006-05-02,,,fixture://u,2014-07-10,",
        "A,XAA,uncac,,,ratification,,fixture://u,2014-07-10,",
        "A,XAA,uncac,,2006-05-02,membership,,fixture://u,2014-07-10,",
        "A,XAA,eu_membership,,2006-05-02,accession,,fixture://e,2020,",
        "A,XAA,budapest_convention,,2006-05-02,ratification,2006-01-01,fixture://b,2015,",
        "A,XAA,drug_convention_1988,,2006-05-02,ratification,,,2014-07-10,",
        "A,XAA,drug_convention_1988,,2007-05-02,ratification,,fixture://d,2014-07-10,",
        "A,XAA,drug_convention_1988,,2007-05-02,ratification,,fixture://d,2014-07-10,",
        "A,XAB,eu_membership,,2010-01-31,withdrawal,,fixture://e,2020,",
        "A,X1A,uncac,,,,,fixture://u,2014-07-10,",
    ];
    let text = format!("{HEADER_O}{}\n", rows.join("\n"));
    let (data, diags) = RefData::from_texts(
        DataTexts {
            other_instruments: &text,
            ..DataTexts::default()
        },
        "t",
    );
    let at = |line: usize| -> (Severity, String) {
        let d = diags
            .iter()
            .find(|d| d.line == line)
            .unwrap_or_else(|| panic!("no diagnostic on line {line}: {diags:#?}"));
        assert_eq!(d.file, "other_instruments.csv");
        let col = match &d.field {
            Some(Field::Column(c)) => c.clone(),
            other => panic!("{other:?}"),
        };
        (d.severity, col)
    };
    let error = |col: &str| (Severity::Error, col.to_string());
    assert_eq!(at(2), error("instrument"));
    assert_eq!(at(3), error("consent"));
    assert_eq!(at(4), error("consent_type"));
    assert_eq!(at(5), error("consent_type"));
    assert_eq!(at(6), error("consent"));
    assert_eq!(at(7), error("consent_type"));
    assert_eq!(at(8), error("consent_type"));
    assert_eq!(at(9), error("entry_into_force"));
    // A row without a source is kept, with an error naming the column.
    assert_eq!(at(10), error("source_url"));
    // A second row for the same State and instrument, and a withdrawal
    // with no consent before it.
    assert_eq!(at(11), error("iso3166_alpha3"));
    assert_eq!(at(12), error("iso3166_alpha3"));
    assert_eq!(at(13), error("iso3166_alpha3"));
    assert_eq!(at(14), error("iso3166_alpha3"));
    assert_eq!(diags.len(), 13, "{diags:#?}");
    assert_eq!(data.all_other_instruments().len(), 1);
}

const HEADER_LAW: &str =
    "participant,iso3166_alpha3,requires_treaty,summary,source_url,source_as_of,notes\n";

/// Participation rows for the fictional States `codes`, so that the
/// extradition-law rows name States the data lists.
fn listed(codes: &[&str]) -> String {
    let mut text = HEADER_P.to_string();
    for c in codes {
        text.push_str(&format!(
            "Land {c},{c},UNTOC,,2004-01-01,accession,http://example.org,2024,yes,\n"
        ));
    }
    text
}

#[test]
fn extradition_law_rows_are_read_indexed_and_dated() {
    let participation = listed(&["XAA", "XAB", "XAC"]);
    let law = format!(
        "{HEADER_LAW}\
Aland,XAA,yes,Extradites only under a treaty.,http://example.org/a,2009,read in the 2009 text\n\
Bland,XAB,no,\"Extradites on reciprocity, without a treaty.\",http://example.org/b,2019-06,\n\
Cland,XAC,partly,A treaty for some States; a designation for others.,http://example.org/c,2019-06-21,\n"
    );
    let (data, diags) = RefData::from_texts(
        DataTexts {
            participation: &participation,
            extradition_law: &law,
            ..DataTexts::default()
        },
        "t",
    );
    assert!(diags.is_empty(), "{diags:#?}");
    assert_eq!(data.all_extradition_law().len(), 3);
    let a = data.extradition_law("XAA".parse().unwrap()).unwrap();
    assert_eq!(a.requires_treaty, TreatyRequirement::Yes);
    assert_eq!(a.requires_treaty.requires(), Some(true));
    assert_eq!(&*a.summary, "Extradites only under a treaty.");
    assert_eq!((a.source.file, a.source.line), ("extradition_law.csv", 2));
    assert_eq!(&*a.source.as_of, "2009");
    assert_eq!(a.name, "Aland");
    assert_eq!(a.notes, "read in the 2009 text");
    let b = data.extradition_law("XAB".parse().unwrap()).unwrap();
    assert_eq!(b.requires_treaty.requires(), Some(false));
    assert_eq!(&*b.summary, "Extradites on reciprocity, without a treaty.");
    let c = data.extradition_law("XAC".parse().unwrap()).unwrap();
    assert_eq!(c.requires_treaty, TreatyRequirement::Partly);
    assert_eq!(c.requires_treaty.requires(), None);
    assert!(data.extradition_law("XAD".parse().unwrap()).is_none());
    // A record counts from the end of its source's as-of period on.
    let d = |y, m, dd| jiff::civil::date(y, m, dd);
    assert!(!a.counts_on(d(2009, 12, 30)));
    assert!(a.counts_on(d(2009, 12, 31)));
    assert!(!b.counts_on(d(2019, 6, 29)));
    assert!(b.counts_on(d(2019, 6, 30)));
    assert!(!c.counts_on(d(2019, 6, 20)));
    assert!(c.counts_on(d(2019, 6, 21)));
    let xab: StateCode = "XAB".parse().unwrap();
    assert!(data.extradition_law_on(xab, d(2019, 6, 1)).is_none());
    assert!(data.extradition_law_on(xab, d(2024, 5, 1)).is_some());
    // The file takes part in the snapshot id.
    let (other, _) = RefData::from_texts(
        DataTexts {
            participation: &participation,
            extradition_law: &law.replace(",no,", ",yes,"),
            ..DataTexts::default()
        },
        "t",
    );
    assert_ne!(data.snapshot_id(), other.snapshot_id());
}

#[test]
fn bad_extradition_law_rows_are_reported_with_line_and_column() {
    let participation = listed(&["XAA", "XAB", "XAC", "XAD", "XAE", "XAF", "XAG", "XAH"]);
    let law = format!(
        "{HEADER_LAW}\
Aland,xaa,yes,A treaty.,http://example.org,2009,\n\
Aland,XAA,maybe,A treaty.,http://example.org,2009,\n\
Bland,XAB,unknown,Not read.,http://example.org,2009,\n\
Cland,XAC,no,,http://example.org,2009,\n\
Dland,XAD,no,No treaty needed.,http://example.org,,\n\
Eland,XAE,no,No treaty needed.,http://example.org,c. 2015,\n\
Fland,XAF,no,No treaty needed.,,2015,\n\
Zland,XZZ,no,No treaty needed.,http://example.org,2015,\n\
Gland,XAG,no,No treaty needed.,http://example.org,2015,\n\
Gland,XAG,yes,A treaty after all.,http://example.org,2016,\n\
Hland,XAH,no,No treaty needed.,http://example.org,2015-02-30,\n"
    );
    let (data, diags) = RefData::from_texts(
        DataTexts {
            participation: &participation,
            extradition_law: &law,
            ..DataTexts::default()
        },
        "t",
    );
    let at = |line: usize| {
        diags
            .iter()
            .find(|d| d.line == line)
            .unwrap_or_else(|| panic!("no diagnostic at line {line}: {diags:#?}"))
    };
    let cases = [
        (2, "iso3166_alpha3", "`xaa` is not a State code"),
        (3, "requires_treaty", "`maybe`: expected yes, no or partly"),
        (
            4,
            "requires_treaty",
            "`unknown`: expected yes, no or partly",
        ),
        (5, "summary", "empty summary"),
        (6, "source_as_of", "no date"),
        (7, "source_as_of", "`c. 2015` is not a date"),
        (8, "source_url", "no source"),
        (9, "iso3166_alpha3", "`XZZ` is not a State the data lists"),
        (11, "iso3166_alpha3", "XAG is on 2 rows (lines 10 and 11)"),
        (12, "source_as_of", "`2015-02-30` is not a date"),
    ];
    for (line, column, says) in cases {
        let d = at(line);
        assert_eq!(d.severity, Severity::Error, "{d}");
        assert_eq!(d.file, "extradition_law.csv", "{d}");
        assert_eq!(d.field_name(), Some(column), "{d}");
        assert!(d.message.contains(says), "line {line}: {d}");
    }
    assert_eq!(
        diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count(),
        cases.len(),
        "{diags:#?}"
    );
    assert!(
        format!("{}", at(3)).starts_with("error: extradition_law.csv:3: column `requires_treaty`")
    );
    // Only the first XAG row is kept; every bad row is left out.
    assert_eq!(data.all_extradition_law().len(), 1);
    let g = data.extradition_law("XAG".parse().unwrap()).unwrap();
    assert_eq!(
        (g.requires_treaty, g.source.line),
        (TreatyRequirement::No, 10)
    );
}

#[test]
fn an_extradition_law_file_without_its_columns_is_an_error() {
    let (data, diags) = RefData::from_texts(
        DataTexts {
            extradition_law: "participant,iso3166_alpha3,summary\nAland,XAA,x\n",
            ..DataTexts::default()
        },
        "t",
    );
    assert!(diags.iter().any(|d| d.severity == Severity::Error
        && d.file == "extradition_law.csv"
        && d.line == 1
        && d.field_name() == Some("requires_treaty")));
    assert!(data.all_extradition_law().is_empty());
}

#[test]
fn embedded_extradition_law_is_dated_and_counted() {
    let data = RefData::embedded();
    assert_eq!(
        data.all_extradition_law().len(),
        expected_count("extradition_law.csv")
    );
    for r in data.all_extradition_law() {
        assert!(
            crate::load::partial_end(&r.source.as_of).is_some(),
            "{}: {}",
            r.state,
            r.source.as_of
        );
        assert!(data.knows(r.state), "{}", r.state);
        assert!(!r.summary.is_empty() && !r.source.url.is_empty());
    }
}

#[test]
fn rows_are_counted_without_reading_them() {
    // A quoted field may hold a comma or a line break: still one row.
    let text = format!("{HEADER_P}Aland,XAA,UNTOC,,,,http://e.org,2024,no,\"two\nlines, one row\"\nBland,XAB,UNTOC,,,,http://e.org,2024,no,\n");
    assert_eq!(crate::load::raw_rows(DATA_FILES[0], &text), 2);
    assert_eq!(crate::load::raw_rows(DATA_FILES[0], HEADER_P), 0);
    assert_eq!(crate::load::raw_rows(DATA_FILES[0], ""), 0);
    let toml = "[[crime]]\nid = \"a\"\n\n  [[crime]]\nid = \"b\"\n[[crime.mandates]]\n";
    assert_eq!(crate::load::raw_rows(DATA_FILES[5], toml), 2);
    // Both rows read, so nothing is said about lost rows.
    let (data, diags) = RefData::parse(&text, HEADER_D, "t");
    assert_eq!(data.participations().len(), 2);
    assert!(
        !diags.iter().any(|d| d.message.contains("rows were lost")),
        "{diags:#?}"
    );
}

/// The partial dates are read without formatting a full date to parse, and
/// give exactly what parsing the completed date gives: every year and month
/// written in four and two characters from an alphabet of digits, signs,
/// spaces and letters, with each separator.
#[test]
fn partial_dates_read_as_the_completed_dates_parse() {
    use jiff::civil::Date;
    let reference_start = |s: &str| -> Option<Date> {
        match s.len() {
            4 => format!("{s}-01-01").parse().ok(),
            7 => format!("{s}-01").parse().ok(),
            _ => None,
        }
    };
    let reference_end = |s: &str| -> Option<Date> {
        match s.len() {
            4 => format!("{s}-12-31").parse().ok(),
            7 => reference_start(s).map(|d| d.last_of_month()),
            _ => None,
        }
    };
    let years = [
        "0000",
        "0001",
        "1999",
        "2000",
        "2024",
        "9999",
        "20a4",
        "+202",
        "-202",
        " 202",
        "202 ",
        "２０２",
        "2O24",
    ];
    let months = [
        "00", "01", "02", "09", "10", "12", "13", "99", "1", "-1", "+1", " 1", "1a", "ab",
    ];
    let mut checked = 0;
    for y in years {
        for s in std::iter::once(y.to_string()).chain(
            ["-", "/", "_", "0"]
                .iter()
                .flat_map(|sep| months.iter().map(move |m| format!("{y}{sep}{m}"))),
        ) {
            assert_eq!(crate::load::partial_start(&s), reference_start(&s), "{s:?}");
            assert_eq!(crate::load::partial_end(&s), reference_end(&s), "{s:?}");
            checked += 1;
        }
    }
    assert!(checked > 500);
}

/// A maximum is worded as it always was ("1 year", "4 years 6 months",
/// "11 months"), now that it is pushed piece by piece: every term up to the
/// longest the data accepts, against the formatting it replaced.
#[test]
fn penalties_are_worded_in_years_and_months() {
    use crate::Penalty;
    fn plural(n: u32) -> &'static str {
        if n == 1 {
            ""
        } else {
            "s"
        }
    }
    for m in 0..=1200 {
        let (y, r) = (m / 12, m % 12);
        let expected = match (y, r) {
            (0, r) => format!("{r} month{}", plural(r)),
            (y, 0) => format!("{y} year{}", plural(y)),
            (y, r) => format!("{y} year{} {r} month{}", plural(y), plural(r)),
        };
        assert_eq!(Penalty::Months(m).describe(), expected, "{m} months");
    }
    assert_eq!(Penalty::Life.describe(), "life imprisonment");
    assert_eq!(Penalty::Fine.describe(), "a fine only");
    let mut out = String::from("maximum ");
    Penalty::Months(54).describe_into(&mut out);
    assert_eq!(out, "maximum 4 years 6 months");
}
