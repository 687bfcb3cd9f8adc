//! Loader tests: the embedded snapshot is valid, and bad rows are reported
//! with file, line and column, not dropped silently.

use super::*;

const HEADER_P: &str = "participant,iso3166_alpha3,instrument,signature_date,consent_date,consent_type,source_url,source_as_of,is_party,notes\n";
const HEADER_D: &str =
    "participant,iso3166_alpha3,instrument,article,kind,summary,source_url,effect,source_as_of\n";

#[test]
fn embedded_data_has_no_errors() {
    let (data, diagnostics) =
        RefData::parse(EMBEDDED_PARTICIPATION, EMBEDDED_DECLARATIONS, "embedded");
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(data.participations().len(), 649);
    assert_eq!(data.all_declarations().len(), 166);
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
    assert_eq!(
        notice[0].extradition_basis,
        Some(ExtraditionBasisNotice::DoesNotTakeConvention)
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
    let find = |line: u64| {
        diags
            .iter()
            .find(|d| d.line == line)
            .unwrap_or_else(|| panic!("no diagnostic at line {line}: {diags:#?}"))
    };
    assert_eq!(find(2).column.as_deref(), Some("consent_date"));
    assert!(find(2).message.contains("2004-02-30"));
    assert_eq!(find(3).column.as_deref(), Some("iso3166_alpha3"));
    assert_eq!(find(4).column.as_deref(), Some("instrument"));
    assert_eq!(find(5).column.as_deref(), Some("source_url"));
    assert_eq!(find(6).column.as_deref(), Some("consent_type"));
    assert_eq!(find(7).column.as_deref(), Some("is_party"));
    assert!(find(9).message.contains("second row"));
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
        && d.column.as_deref() == Some("instrument")));
}

#[test]
fn declaration_effect_is_checked() {
    let d = format!("{HEADER_D}Atlantis,XAA,UNTOC,16(5),notification,Says yes.,http://example.org,maybe,2024\nAtlantis,XAA,UNTOC,99(1),notification,Hm.,http://example.org,,2024\n");
    let (data, diags) = RefData::parse(HEADER_P, &d, "t");
    assert!(diags
        .iter()
        .any(|x| x.line == 2 && x.column.as_deref() == Some("effect")));
    assert!(diags
        .iter()
        .any(|x| x.line == 3 && x.column.as_deref() == Some("article")));
    assert!(data.all_declarations().is_empty());
}

#[test]
fn state_codes() {
    assert!("KEN".parse::<StateCode>().is_ok());
    assert!("ken".parse::<StateCode>().is_err());
    assert!("KENY".parse::<StateCode>().is_err());
    assert!("XAA".parse::<StateCode>().unwrap().is_fictional());
    assert!("EUE".parse::<StateCode>().unwrap().is_reio());
}
