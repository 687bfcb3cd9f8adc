//! Tests of the CSV import and export: a realistic file, each kind of
//! error with its line and column, the delimiters, and the round trip.

use jiff::civil::{date, Date};
use proptest::prelude::*;

use super::*;
use crate::model::{AssessmentSnapshot, Attachment};

const CRIMES: &[&str] = &[
    "wildlife_trafficking",
    "money_laundering",
    "human_trafficking",
    "drug_trafficking",
    "corruption",
    "cybercrime",
];

fn cx() -> Context<'static> {
    Context {
        authority_state: Some("XAA"),
        crime_types: Some(CRIMES),
        today: date(2025, 6, 30),
    }
}

fn ok(text: &str) -> Vec<Row> {
    match parse(text, &cx()) {
        Ok(rows) => rows,
        Err(errors) => panic!(
            "expected no errors, got:\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn errs(text: &str) -> Vec<ImportError> {
    match parse(text, &cx()) {
        Ok(rows) => panic!("expected errors, got {} rows", rows.len()),
        Err(errors) => errors,
    }
}

/// Asserts that exactly one error is at `line` and `column` and that its
/// message has every one of `needles`.
#[track_caller]
fn assert_error(errors: &[ImportError], line: u64, column: Option<&str>, needles: &[&str]) {
    let at: Vec<&ImportError> = errors
        .iter()
        .filter(|e| e.line == line && e.column.as_deref() == column)
        .collect();
    assert_eq!(
        at.len(),
        1,
        "expected one error at line {line}, column {column:?}; all errors: {errors:#?}"
    );
    for n in needles {
        assert!(
            at[0].message.contains(n),
            "`{n}` not in the message: {}",
            at[0]
        );
    }
}

fn draft(direction: Direction, kind: RequestKind, from: &str, to: &str) -> RequestDraft {
    RequestDraft {
        reference: None,
        direction,
        kind: Kind(kind),
        requesting_state: from.into(),
        requested_state: to.into(),
        requesting_authority: None,
        requested_authority: None,
        crime_types: Vec::new(),
        offences: Vec::new(),
        legal_bases: Vec::new(),
        assessment: None,
        timeline: Vec::new(),
        refusal_grounds: Vec::new(),
        notes: None,
        attachments: Vec::new(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn basis(basis: BasisKind, reference: Option<&str>) -> LegalBasis {
    LegalBasis {
        basis,
        reference: reference.map(str::to_owned),
    }
}

fn steps(steps: &[(Status, Date)]) -> Vec<Event> {
    steps
        .iter()
        .map(|(status, date)| Event {
            status: *status,
            date: *date,
            note: None,
        })
        .collect()
}

fn grounds(codes: &[&str]) -> Vec<Ground> {
    codes.iter().map(|c| Ground::parse(c).unwrap()).collect()
}

/// The export of the central authority of XAA, with the columns in its own
/// order and capitalised headers, some columns absent.
const XAA_REGISTER: &str = "\
Reference,Direction,Kind,Requesting_State,Requested_State,Requested_Authority,Crime_Types,Offences,Legal_Bases,Drafted,Sent,Received,Acknowledged,Executed,Partly_Executed,Refused,Withdrawn,Refusal_Grounds,Notes
MLA/2025/001,outgoing,mutual_legal_assistance,XAA,XBB,Attorney-General of XBB,wildlife_trafficking,Illegal export of protected species; Laundering of proceeds,convention: UNTOC art. 18(1); treaty: Treaty on Mutual Legal Assistance between XAA and XBB (2009),2025-01-06,2025-01-10,,2025-01-24,2025-04-02,,,,,Bank records of three accounts obtained.
MLA/2025/002,incoming,mutual_legal_assistance,XCC,XAA,Central Authority of XAA,money_laundering,Laundering of proceeds of crime,convention: art. 18,,,2025-02-03,2025-02-05,,,2025-03-20,,mla_bank_secrecy; mla_essential_interests,\"Refused on \"\"bank secrecy\"\" and essential interests.
Reviewed by the head of unit.\"
EXT/2025/003,outgoing,extradition,XAA,XDD,Ministry of Justice of XDD,human_trafficking,Trafficking in persons,convention: UNTOC art. 16(4),2025-01-15,2025-01-20,,,,,2025-05-12,,extradition_nationality,
EXT/2025/004,incoming,extradition,XBB,XAA,,drug_trafficking,Drug trafficking,treaty: Extradition Treaty between XAA and XBB; reciprocity,,,2025-02-11,,2025-05-30,,,,,
CONF/2025/005,incoming,confiscation,XEE,XAA,,corruption,Bribery of national public officials,\"convention: UNTOC art. 13(1);other_instrument: UNCAC\",,,2025-03-01,2025-03-03,,2025-06-10,,,,
MLA/2025/006,outgoing,mutual_legal_assistance,XAA,XCC,,cybercrime,Computer fraud,domestic_law: Mutual Assistance in Criminal Matters Act 2012,2025-04-01,2025-04-02,,,,,,2025-05-01,,Withdrawn: the suspect was arrested in XAA.
";

fn xaa_expected() -> Vec<Row> {
    use Direction::*;
    use RequestKind::*;
    use Status::*;

    let mut d1 = draft(Outgoing, MutualLegalAssistance, "XAA", "XBB");
    d1.reference = Some("MLA/2025/001".into());
    d1.requested_authority = Some("Attorney-General of XBB".into());
    d1.crime_types = strings(&["wildlife_trafficking"]);
    d1.offences = strings(&[
        "Illegal export of protected species",
        "Laundering of proceeds",
    ]);
    d1.legal_bases = vec![
        basis(BasisKind::Convention, Some("UNTOC art. 18(1)")),
        basis(
            BasisKind::Treaty,
            Some("Treaty on Mutual Legal Assistance between XAA and XBB (2009)"),
        ),
    ];
    d1.timeline = steps(&[
        (Drafted, date(2025, 1, 6)),
        (Sent, date(2025, 1, 10)),
        (Acknowledged, date(2025, 1, 24)),
        (Executed, date(2025, 4, 2)),
    ]);
    d1.notes = Some("Bank records of three accounts obtained.".into());

    let mut d2 = draft(Incoming, MutualLegalAssistance, "XCC", "XAA");
    d2.reference = Some("MLA/2025/002".into());
    d2.requested_authority = Some("Central Authority of XAA".into());
    d2.crime_types = strings(&["money_laundering"]);
    d2.offences = strings(&["Laundering of proceeds of crime"]);
    d2.legal_bases = vec![basis(BasisKind::Convention, Some("UNTOC art. 18"))];
    d2.timeline = steps(&[
        (Received, date(2025, 2, 3)),
        (Acknowledged, date(2025, 2, 5)),
        (Refused, date(2025, 3, 20)),
    ]);
    d2.refusal_grounds = grounds(&["mla_bank_secrecy", "mla_essential_interests"]);
    d2.notes = Some(
        "Refused on \"bank secrecy\" and essential interests.\nReviewed by the head of unit."
            .into(),
    );

    let mut d3 = draft(Outgoing, Extradition, "XAA", "XDD");
    d3.reference = Some("EXT/2025/003".into());
    d3.requested_authority = Some("Ministry of Justice of XDD".into());
    d3.crime_types = strings(&["human_trafficking"]);
    d3.offences = strings(&["Trafficking in persons"]);
    d3.legal_bases = vec![basis(BasisKind::Convention, Some("UNTOC art. 16(4)"))];
    d3.timeline = steps(&[
        (Drafted, date(2025, 1, 15)),
        (Sent, date(2025, 1, 20)),
        (Refused, date(2025, 5, 12)),
    ]);
    d3.refusal_grounds = grounds(&["extradition_nationality"]);

    let mut d4 = draft(Incoming, Extradition, "XBB", "XAA");
    d4.reference = Some("EXT/2025/004".into());
    d4.crime_types = strings(&["drug_trafficking"]);
    d4.offences = strings(&["Drug trafficking"]);
    d4.legal_bases = vec![
        basis(
            BasisKind::Treaty,
            Some("Extradition Treaty between XAA and XBB"),
        ),
        basis(BasisKind::Reciprocity, None),
    ];
    d4.timeline = steps(&[(Received, date(2025, 2, 11)), (Executed, date(2025, 5, 30))]);

    let mut d5 = draft(Incoming, Confiscation, "XEE", "XAA");
    d5.reference = Some("CONF/2025/005".into());
    d5.crime_types = strings(&["corruption"]);
    d5.offences = strings(&["Bribery of national public officials"]);
    d5.legal_bases = vec![
        basis(BasisKind::Convention, Some("UNTOC art. 13(1)")),
        basis(BasisKind::OtherInstrument, Some("UNCAC")),
    ];
    d5.timeline = steps(&[
        (Received, date(2025, 3, 1)),
        (Acknowledged, date(2025, 3, 3)),
        (PartlyExecuted, date(2025, 6, 10)),
    ]);

    let mut d6 = draft(Outgoing, MutualLegalAssistance, "XAA", "XCC");
    d6.reference = Some("MLA/2025/006".into());
    d6.crime_types = strings(&["cybercrime"]);
    d6.offences = strings(&["Computer fraud"]);
    d6.legal_bases = vec![basis(
        BasisKind::DomesticLaw,
        Some("Mutual Assistance in Criminal Matters Act 2012"),
    )];
    d6.timeline = steps(&[
        (Drafted, date(2025, 4, 1)),
        (Sent, date(2025, 4, 2)),
        (Withdrawn, date(2025, 5, 1)),
    ]);
    d6.notes = Some("Withdrawn: the suspect was arrested in XAA.".into());

    // The second record's note runs over two lines, so the third starts on 5.
    [(2, d1), (3, d2), (5, d3), (6, d4), (7, d5), (8, d6)]
        .into_iter()
        .map(|(line, draft)| Row { line, draft })
        .collect()
}

#[test]
fn a_central_authoritys_register_reads_into_the_expected_drafts() {
    let rows = ok(XAA_REGISTER);
    let expected = xaa_expected();
    assert_eq!(rows.len(), expected.len());
    for (got, want) in rows.iter().zip(&expected) {
        assert_eq!(got, want);
    }
}

#[test]
fn the_register_survives_export_and_import() {
    let rows = ok(XAA_REGISTER);
    let csv = export(rows.iter().map(|r| &r.draft));
    let again = ok(&csv);
    let drafts: Vec<&RequestDraft> = rows.iter().map(|r| &r.draft).collect();
    let drafts_again: Vec<&RequestDraft> = again.iter().map(|r| &r.draft).collect();
    assert_eq!(drafts, drafts_again);
    // One line per record but the one with a two-line note, which is quoted.
    assert_eq!(
        again.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 5, 6, 7, 8]
    );
}

#[test]
fn semicolon_and_tab_files_and_a_byte_order_mark_read_the_same() {
    let want = xaa_expected();
    let drafts = |rows: Vec<Row>| rows.into_iter().map(|r| r.draft).collect::<Vec<_>>();
    let want_drafts = drafts(want);

    // Rewrite the register with another delimiter, quoting as a spreadsheet would.
    let rows = ok(XAA_REGISTER);
    for delimiter in [b';', b'\t'] {
        let mut buf = Vec::new();
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(&mut buf);
            w.write_record(COLUMNS).unwrap();
            for r in &rows {
                w.write_record(export_row(&r.draft)).unwrap();
            }
            w.flush().unwrap();
        }
        let text = String::from_utf8(buf).unwrap();
        assert!(text.lines().next().unwrap().contains(delimiter as char));
        assert_eq!(drafts(ok(&text)), want_drafts, "delimiter {delimiter}");
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(
            drafts(ok(&with_bom)),
            want_drafts,
            "BOM, delimiter {delimiter}"
        );
    }
    let with_bom = format!("\u{feff}{XAA_REGISTER}");
    assert_eq!(drafts(ok(&with_bom)), want_drafts);
}

#[test]
fn a_french_locale_export_with_semicolons_reads() {
    let text = "\u{feff}direction;kind;requesting_state;requested_state;offences;sent\r\n\
                outgoing;mutual_legal_assistance;XAA;XBB;\"Blanchiment; recel\";2025-03-14\r\n";
    let rows = ok(text);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].line, 2);
    assert_eq!(rows[0].draft.offences, strings(&["Blanchiment", "recel"]));
    assert_eq!(rows[0].draft.date_of(Status::Sent), Some(date(2025, 3, 14)));
}

const HEAD: &str =
    "reference,direction,kind,requesting_state,requested_state,legal_bases,sent,received,refused,refusal_grounds,notes\n";

fn with_rows(rows: &[&str]) -> String {
    let mut s = HEAD.to_owned();
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

const GOOD: &str =
    "R1,outgoing,mutual_legal_assistance,XAA,XBB,convention: UNTOC art. 18,2025-01-10,,,,";

#[test]
fn the_good_row_used_below_is_good() {
    let rows = ok(&with_rows(&[GOOD]));
    assert_eq!(rows.len(), 1);
}

#[test]
fn an_unknown_column_is_named_with_the_closest_one_and_the_list() {
    let text = "reference,direction,kind,Requesting State,requested_state,date_sent,colour\n\
                R1,outgoing,extradition,XAA,XBB,2025-01-01,blue\n";
    let e = errs(text);
    assert_error(
        &e,
        1,
        Some("Requesting State"),
        &[
            "unknown column",
            "did you mean `requesting_state`?",
            "reference, direction, kind",
        ],
    );
    assert_error(&e, 1, Some("date_sent"), &["did you mean `sent`?"]);
    assert_error(
        &e,
        1,
        Some("colour"),
        &["unknown column: the columns are reference"],
    );
    assert!(!e[2].message.contains("did you mean"));
    // The renamed requesting_state is missing too; the rows are not read.
    assert_error(
        &e,
        1,
        Some("requesting_state"),
        &["required column missing"],
    );
    assert_eq!(e.len(), 4, "{e:#?}");
}

#[test]
fn a_missing_required_column_and_a_duplicate_column_are_errors() {
    let e = errs("direction,requesting_state,requested_state,notes,Notes\noutgoing,XAA,XBB,,\n");
    assert_error(
        &e,
        1,
        Some("kind"),
        &[
            "required column missing",
            "direction, kind, requesting_state, requested_state",
        ],
    );
    assert_error(&e, 1, Some("notes"), &["named twice", "columns D and E"]);
    assert_eq!(e.len(), 2);
}

#[test]
fn an_empty_file_or_a_header_alone() {
    let e = errs("");
    assert_error(&e, 1, None, &["empty", "header"]);
    let e = errs("\u{feff}\n\n  \n");
    assert_eq!(e.len(), 1);
    assert!(ok("direction,kind,requesting_state,requested_state\n").is_empty());
    assert!(ok("direction,kind,requesting_state,requested_state").is_empty());
}

#[test]
fn a_bad_direction_or_kind_is_named_with_what_was_expected() {
    let text = with_rows(&[
        GOOD,
        "R2,outgong,mutual_legal_assistance,XAA,XBB,,,,,,",
        "R3,outgoing,mla,XAA,XBB,,,,,,",
        "R4,,,XAA,XBB,,,,,,",
        "R5,Incoming,Extradition,XBB,XAA,,,,,,",
    ]);
    let e = errs(&text);
    assert_error(
        &e,
        3,
        Some("direction"),
        &[
            "`outgong` is not a direction (did you mean `outgoing`?)",
            "`incoming`",
        ],
    );
    assert_error(
        &e,
        4,
        Some("kind"),
        &[
            "`mla` is not a kind of cooperation",
            "extradition, mutual_legal_assistance",
        ],
    );
    assert_error(&e, 5, Some("direction"), &["missing"]);
    assert_error(&e, 5, Some("kind"), &["missing"]);
    // Upper case codes are accepted; nothing else is wrong.
    assert_eq!(e.len(), 4, "{e:#?}");
}

#[test]
fn a_bad_state_code_is_named_with_its_column() {
    let text = with_rows(&[
        "R1,outgoing,extradition,xaa,XBB,,,,,,",
        "R2,incoming,extradition,XBB,,,,,,,",
        "R3,incoming,extradition,XBB,XCC,,,,,,",
        "R4,incoming,extradition,XAA,XAA,,,,,,",
    ]);
    let e = errs(&text);
    assert_error(
        &e,
        2,
        Some("requesting_state"),
        &["`xaa` is not a State code", "three upper-case letters"],
    );
    assert_error(
        &e,
        3,
        Some("requested_state"),
        &["missing", "ISO 3166-1 alpha-3"],
    );
    assert_error(
        &e,
        4,
        Some("requested_state"),
        &["`XCC`", "authority", "`XAA`"],
    );
    assert_error(&e, 5, Some("requested_state"), &["the same State"]);
    // An unreadable code is not also compared with the authority's State.
    assert_eq!(e.len(), 4, "{e:#?}");
}

#[test]
fn a_bad_direction_does_not_also_blame_the_states() {
    // XAA is the requesting State: fine if outgoing, wrong if incoming; the
    // direction is unreadable, so only it is reported.
    let e = errs(&with_rows(&["R1,sideways,extradition,XAA,XBB,,,,,,"]));
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_error(&e, 2, Some("direction"), &["sideways"]);
}

#[test]
fn dates_in_other_shapes_are_refused_with_the_expected_form() {
    let text = with_rows(&[
        "R1,outgoing,extradition,XAA,XBB,,14/03/2025,,,,",
        "R2,outgoing,extradition,XAA,XBB,,45730,,,,",
        "R3,outgoing,extradition,XAA,XBB,,2025-3-14,,,,",
        "R4,outgoing,extradition,XAA,XBB,,2025-02-30,,,,",
        "R5,outgoing,extradition,XAA,XBB,,2025-03-14 00:00:00,,,,",
        "R6,outgoing,extradition,XAA,XBB,,03.14.2025,,,,",
        "R7,outgoing,extradition,XAA,XBB,,mid-March,,,,",
        "R8,outgoing,extradition,XAA,XBB,,45730.5,,,,",
    ]);
    let e = errs(&text);
    assert_error(
        &e,
        2,
        Some("sent"),
        &["`14/03/2025`", "ambiguous", "does not guess", "YYYY-MM-DD"],
    );
    assert_error(&e, 3, Some("sent"), &["`45730`", "serial", "YYYY-MM-DD"]);
    assert_error(&e, 4, Some("sent"), &["`2025-3-14`", "two digits"]);
    assert_error(&e, 5, Some("sent"), &["not a day of the calendar"]);
    assert_error(&e, 6, Some("sent"), &["date and a time", "`2025-03-14`"]);
    assert_error(&e, 7, Some("sent"), &["ambiguous"]);
    assert_error(
        &e,
        8,
        Some("sent"),
        &["`mid-March` is not a date: expected YYYY-MM-DD"],
    );
    assert_error(&e, 9, Some("sent"), &["serial"]);
    assert_eq!(e.len(), 8, "{e:#?}");
}

#[test]
fn a_future_date_and_a_step_after_the_close_are_on_their_status_columns() {
    let text = "direction,kind,requesting_state,requested_state,sent,executed,refused,withdrawn\n\
                outgoing,extradition,XAA,XBB,2025-01-10,2025-03-01,2025-02-01,2025-12-01\n";
    let e = errs(text);
    // Timeline: sent, refused, executed, withdrawn.
    assert_error(
        &e,
        2,
        Some("executed"),
        &["after the request was closed as `refused`"],
    );
    let withdrawn: Vec<&str> = e
        .iter()
        .filter(|x| x.column.as_deref() == Some("withdrawn"))
        .map(|x| x.message.as_str())
        .collect();
    assert_eq!(
        withdrawn,
        [
            "2025-12-01 is after today (2025-06-30): record what has happened",
            "`withdrawn` after the request was closed as `executed`"
        ]
    );
    assert_eq!(e.len(), 3, "{e:#?}");
    assert!(e.iter().all(|x| x.line == 2));
}

#[test]
fn steps_on_the_same_day_follow_the_order_of_the_statuses() {
    let text =
        "direction,kind,requesting_state,requested_state,acknowledged,sent,drafted,received\n\
                outgoing,extradition,XAA,XBB,2025-01-10,2025-01-10,2025-01-10,2025-01-09\n";
    let rows = ok(text);
    let order: Vec<Status> = rows[0].draft.timeline.iter().map(|e| e.status).collect();
    assert_eq!(
        order,
        [
            Status::Received,
            Status::Drafted,
            Status::Sent,
            Status::Acknowledged
        ]
    );
}

#[test]
fn legal_bases_are_read_and_their_problems_name_the_entry() {
    let text = with_rows(&[
        "R1,outgoing,extradition,XAA,XBB,convention: Article sixteen,,,,,",
        "R2,outgoing,extradition,XAA,XBB,reciprocity; convention: UNTOC art. 99,,,,,",
        "R3,outgoing,extradition,XAA,XBB,\"UNTOC art. 16(4); trety: X; treaty\",,,,,",
        "R4,outgoing,extradition,XAA,XBB,\"reciprocity: yes; convention: 16(4); convention: UNTOC art. 16(4)\",,,,,",
    ]);
    let e = errs(&text);
    assert_error(
        &e,
        2,
        Some("legal_bases"),
        &[
            "entry 1: `Article sixteen` is not a provision",
            "UNTOC art. 16(4)",
        ],
    );
    assert_error(
        &e,
        3,
        Some("legal_bases"),
        &["entry 2: `UNTOC art. 99`", "41 articles"],
    );
    let r3: Vec<&str> = e
        .iter()
        .filter(|x| x.line == 4)
        .map(|x| x.message.as_str())
        .collect();
    assert_eq!(r3.len(), 3, "{r3:#?}");
    assert!(
        r3[0].starts_with("entry 1: `UNTOC art. 16(4)` does not start with a kind of legal basis")
    );
    assert!(r3[0].contains("convention, treaty, reciprocity, other_instrument, domestic_law"));
    assert!(r3[1].starts_with("entry 2: `trety: X`") && r3[1].contains("did you mean `treaty`?"));
    // The third entry is the second that was read: still called entry 3.
    assert!(
        r3[2].starts_with("entry 3: missing: a `treaty` basis names the treaty"),
        "{}",
        r3[2]
    );
    let r4: Vec<&str> = e
        .iter()
        .filter(|x| x.line == 5)
        .map(|x| x.message.as_str())
        .collect();
    assert_eq!(r4.len(), 2, "{r4:#?}");
    assert!(r4[0].starts_with("entry 1: `yes`: reciprocity takes no reference"));
    assert!(r4[1].starts_with("entry 3: the same basis is listed twice"));
}

#[test]
fn refusal_grounds_unknown_misplaced_or_without_a_refusal() {
    let text = with_rows(&[
        "R1,outgoing,mutual_legal_assistance,XAA,XBB,,2025-01-10,,2025-02-01,bank_secrecy,",
        "R2,outgoing,mutual_legal_assistance,XAA,XBB,,2025-01-10,,,mla_essential_interests,",
        "R3,outgoing,mutual_legal_assistance,XAA,XBB,,2025-01-10,,2025-02-01,\"mla_bank_secrecy; extradition_nationality\",",
        // Postponement needs no refusal.
        "R4,outgoing,mutual_legal_assistance,XAA,XBB,,2025-01-10,,,mla_postponed,",
    ]);
    let e = errs(&text);
    assert_error(
        &e,
        2,
        Some("refusal_grounds"),
        &["entry 1: `bank_secrecy` is not a coded refusal ground (did you mean `mla_bank_secrecy`?)", "mla_not_conforming"],
    );
    assert_error(
        &e,
        3,
        Some("refusal_grounds"),
        &["entry 1: `mla_essential_interests` is a refusal ground, but the timeline has no `refused` step"],
    );
    assert_error(
        &e,
        4,
        Some("refusal_grounds"),
        &["entry 2: `extradition_nationality` is not a ground for a `mutual_legal_assistance` request"],
    );
    assert_eq!(e.len(), 3, "{e:#?}");
}

#[test]
fn a_bad_refused_date_or_kind_does_not_also_blame_the_grounds() {
    let text = with_rows(&[
        "R1,outgoing,mutual_legal_assistance,XAA,XBB,,2025-01-10,,20/02/2025,mla_bank_secrecy,",
        "R2,outgoing,legal_assistance,XAA,XBB,,2025-01-10,,2025-02-20,extradition_nationality,",
    ]);
    let e = errs(&text);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_error(&e, 2, Some("refused"), &["ambiguous"]);
    assert_error(
        &e,
        3,
        Some("kind"),
        &["did you mean `mutual_legal_assistance`?"],
    );
}

#[test]
fn the_same_reference_twice_names_both_lines() {
    let text = with_rows(&[
        GOOD,
        "R2,outgoing,extradition,XAA,XBB,,,,,,",
        " R1 ,outgoing,extradition,XAA,XCC,,,,,,",
    ]);
    let e = errs(&text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_error(
        &e,
        4,
        Some("reference"),
        &["`R1`", "line 2", "lines 2 and 4", "unique"],
    );
}

#[test]
fn every_bad_row_gives_every_error_in_line_order() {
    let text = with_rows(&[
        GOOD.replace("R1", "A").as_str(),
        "B,outgoing,extradition,XAA,XBB,,14/03/2025,,,,",
        "C,outgoing,extradition,xaa,XBB,,,,,bank_secrecy,",
        "D,outgoing,mutual_legal_assistance,XAA,XBB,,,,,,",
        "E,forward,kidnap,XAA,XBB,treaty,,,,,",
    ]);
    let e = errs(&text);
    let at: Vec<(u64, Option<&str>)> = e.iter().map(|x| (x.line, x.column.as_deref())).collect();
    assert_eq!(
        at,
        [
            (3, Some("sent")),
            (4, Some("refusal_grounds")),
            (4, Some("requesting_state")),
            (6, Some("direction")),
            (6, Some("kind")),
            (6, Some("legal_bases")),
        ],
        "{e:#?}"
    );
}

#[test]
fn a_multi_line_note_keeps_the_next_rows_line_number() {
    let text = with_rows(&[
        "R1,outgoing,extradition,XAA,XBB,,2025-01-10,,,,\"First line of the note,\nsecond line; with a semicolon\n\nand a fourth after a blank line\"",
        "R2,outgoing,extradition,XAA,XBB,,2025-13-01,,,,",
    ]);
    let e = errs(&text);
    assert_eq!(e.len(), 1, "{e:#?}");
    // Header 1, R1 on lines 2 to 5, R2 on 6.
    assert_error(&e, 6, Some("sent"), &["not a day of the calendar"]);
    assert_eq!(
        e[0].to_string(),
        "line 6, column `sent`: `2025-13-01` is not a day of the calendar: expected a real date, YYYY-MM-DD"
    );
}

#[test]
fn line_numbers_count_crlf_and_lone_cr_line_ends() {
    for end in ["\n", "\r\n", "\r"] {
        let text = [
            "direction,kind,requesting_state,requested_state,sent,notes",
            "outgoing,extradition,XAA,XBB,2025-01-10,",
            "",
            &format!("outgoing,extradition,XAA,XBB,2025-01-10,\"two{end}lines\""),
            "outgoing,extradition,XAA,XBB,10/01/2025,",
            "outgoing,extradition,XAA,XBB,2025-01-10,\"\"",
            "outgoing,extradition,XAA,XBB,2025-1-10,",
        ]
        .join(end);
        let e = errs(&text);
        let lines: Vec<u64> = e.iter().map(|x| x.line).collect();
        assert_eq!(lines, [6, 8], "line end {end:?}: {e:#?}");
    }
    let text =
        "direction,kind,requesting_state,requested_state\r\noutgoing,extradition,XAA,XBB\r\n";
    assert_eq!(ok(text)[0].line, 2);
}

#[test]
fn a_quote_never_closed_is_reported_not_swallowed() {
    let text = with_rows(&[
        GOOD,
        "R2,outgoing,extradition,XAA,XBB,,2025-01-10,,,,\"Note with a stray quote",
        "R3,outgoing,extradition,XAA,XBB,,2025-01-10,,,,",
        "R4,outgoing,extradition,XAA,XBB,,2025-01-10,,,,",
    ]);
    let e = errs(&text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_error(&e, 3, None, &["never closed", "`\"\"`"]);
    // Closed quotes, doubled quotes and a quote inside an unquoted cell are fine.
    let text = with_rows(&[
        GOOD,
        "R2,outgoing,extradition,XAA,XBB,,2025-01-10,,,,\"a \"\"quoted\"\" word\"",
        "R3,outgoing,extradition,XAA,XBB,,2025-01-10,,,,a 5\" screen",
    ]);
    assert_eq!(ok(&text).len(), 3);
    let e = errs("direction,kind,\"requesting_state,requested_state\nx,y,z,w\n");
    assert_error(&e, 1, None, &["never closed"]);
}

#[test]
fn empty_rows_are_skipped_and_short_or_long_rows_are_errors() {
    let text = with_rows(&[
        ",,,,,,,,,,",
        GOOD,
        "",
        " , , ,,,,,,,,",
        "R2,outgoing,extradition,XAA,XBB,treaty: A, B,,,,,",
        "R3,outgoing,extradition,XAA,XBB",
    ]);
    let e = errs(&text);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_error(
        &e,
        6,
        None,
        &["12 cells, but the header has 11 columns", "double quotes"],
    );
    assert_error(&e, 7, None, &["5 cells"]);
}

#[test]
fn an_unnamed_trailing_column_is_tolerated_while_empty() {
    let text = "direction,kind,requesting_state,requested_state,,\n\
                outgoing,extradition,XAA,XBB,,\n\
                outgoing,extradition,XAA,XBB,,oops\n";
    let e = errs(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_error(&e, 3, None, &["spreadsheet column F has no name", "`oops`"]);
}

#[test]
fn the_error_list_is_capped_with_a_count_of_the_rest() {
    let mut rows = vec![GOOD.to_owned()];
    for i in 0..300 {
        rows.push(format!("S{i},outgoing,extradition,XAA,XBB,,01/02/2025,,,,"));
    }
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let e = errs(&with_rows(&rows));
    assert_eq!(e.len(), MAX_ERRORS + 1);
    assert_eq!(e[MAX_ERRORS - 1].line, 2 + MAX_ERRORS as u64);
    let last = &e[MAX_ERRORS];
    assert_eq!(last.line, 3 + MAX_ERRORS as u64);
    assert_eq!(last.column, None);
    assert!(last
        .message
        .starts_with("100 more errors from this line on are not listed"));
}

#[test]
fn errors_display_with_line_and_column() {
    let e = ImportError {
        line: 7,
        column: Some("kind".into()),
        message: "`mla` is not a kind of cooperation".into(),
    };
    assert_eq!(
        e.to_string(),
        "line 7, column `kind`: `mla` is not a kind of cooperation"
    );
    let e = ImportError {
        line: 3,
        column: None,
        message: "5 cells".into(),
    };
    assert_eq!(e.to_string(), "line 3: 5 cells");
}

#[test]
fn the_status_columns_are_the_statuses_in_order() {
    let cols: Vec<&str> = COLUMNS[FIRST_STATUS..FIRST_STATUS + Status::ALL.len()].to_vec();
    let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(cols, statuses);
    assert_eq!(COLUMNS[REFUSAL_GROUNDS], "refusal_grounds");
    assert_eq!(COLUMNS[NOTES], "notes");
    for r in REQUIRED {
        assert!(COLUMNS.contains(&r));
    }
}

#[test]
fn the_export_leaves_out_what_csv_cannot_hold() {
    let mut d = xaa_expected().remove(1).draft;
    d.timeline[0].note = Some("ack ref 12".into());
    d.attachments = vec![Attachment {
        name: "request.pdf".into(),
        media_type: Some("application/pdf".into()),
        size: Some(1000),
        sha256: None,
    }];
    d.assessment = Some(AssessmentSnapshot {
        engine_version: "0.1.0".into(),
        data_snapshot: "sha256:00".into(),
        as_of: date(2025, 1, 1),
        serious_crime_law: "both".into(),
        outcome: "yes".into(),
        case: "".into(),
        case_syntax: "toml".into(),
        result: serde_json::json!({}),
    });
    let csv = export([&d]);
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), COLUMNS.join(","));
    assert_eq!(
        lines.next().unwrap(),
        "MLA/2025/002,incoming,mutual_legal_assistance,XCC,XAA,,Central Authority of XAA,money_laundering,\
         Laundering of proceeds of crime,convention: UNTOC art. 18,,,2025-02-03,2025-02-05,,,2025-03-20,,\
         mla_bank_secrecy; mla_essential_interests,\"Refused on \"\"bank secrecy\"\" and essential interests."
    );
    assert!(!csv.contains("request.pdf") && !csv.contains("ack ref") && !csv.contains("sha256"));
    let back = ok(&csv).remove(0).draft;
    d.timeline[0].note = None;
    d.attachments.clear();
    d.assessment = None;
    assert_eq!(back, d);
    assert_eq!(export([]), format!("{}\n", COLUMNS.join(",")));
}

#[test]
fn delimiter_detection_ignores_quoted_text() {
    assert_eq!(detect_delimiter("a,b;c,d"), b',');
    assert_eq!(detect_delimiter("\"a;b;c\",d,e"), b',');
    assert_eq!(detect_delimiter("\"a,b,c\";d;e"), b';');
    assert_eq!(detect_delimiter("\n\na\tb\tc"), b'\t');
    assert_eq!(detect_delimiter("a;b,c"), b',');
    assert_eq!(detect_delimiter("abc"), b',');
    assert_eq!(column_letters(0), "A");
    assert_eq!(column_letters(25), "Z");
    assert_eq!(column_letters(26), "AA");
    assert_eq!(column_letters(701), "ZZ");
    assert_eq!(column_letters(702), "AAA");
}

// ---- properties ----

fn text(max: usize) -> impl Strategy<Value = String> {
    // Letters, digits, spaces, punctuation CSV must quote, a line break and
    // a few non-ASCII letters; no `;` (list entries cannot hold one).
    proptest::string::string_regex(&format!(
        "[A-Za-z0-9 ,.:'\"()/\\n\\t\u{e9}\u{f1}\u{4e2d}\u{0644}-]{{1,{max}}}"
    ))
    .unwrap()
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn state() -> impl Strategy<Value = String> {
    "[A-Z]{3}"
}

fn day() -> impl Strategy<Value = Date> {
    (0i32..2000).prop_map(|n| {
        date(2020, 1, 1)
            .checked_add(jiff::Span::new().days(n))
            .unwrap()
    })
}

/// A timeline as the import builds it: each status at most once, dates in
/// order (the same day in the order of the statuses), a closing step last.
fn timeline() -> impl Strategy<Value = Vec<Event>> {
    (
        proptest::collection::vec(any::<bool>(), 4),
        proptest::option::of(4usize..8),
        proptest::collection::vec(0i64..60, 5),
        day(),
    )
        .prop_map(|(open, close, gaps, start)| {
            let mut chosen: Vec<Status> = (0..4)
                .filter(|i| open[*i])
                .map(|i| Status::ALL[i])
                .collect();
            if let Some(c) = close {
                chosen.push(Status::ALL[c]);
            }
            let mut d = start;
            chosen
                .into_iter()
                .zip(gaps)
                .map(|(status, gap)| {
                    d = d.checked_add(jiff::Span::new().days(gap)).unwrap();
                    Event {
                        status,
                        date: d,
                        note: None,
                    }
                })
                .collect()
        })
}

fn legal_bases() -> impl Strategy<Value = Vec<LegalBasis>> {
    let one = prop_oneof![
        prop::sample::select(vec![
            "UNTOC art. 16(4)",
            "UNTOC art. 18",
            "art. 13(3)",
            "TIP art. 6"
        ])
        .prop_map(|p| basis(BasisKind::Convention, Some(p))),
        Just(basis(BasisKind::Reciprocity, None)),
        (
            prop::sample::select(vec![
                BasisKind::Treaty,
                BasisKind::OtherInstrument,
                BasisKind::DomesticLaw
            ]),
            text(40)
        )
            .prop_map(|(k, r)| LegalBasis {
                basis: k,
                reference: Some(r)
            }),
    ];
    proptest::collection::vec(one, 0..4).prop_map(|mut v| {
        let mut seen = Vec::new();
        v.retain(|b| {
            let key = (b.basis, b.reference.as_ref().map(|r| r.trim().to_owned()));
            let new = !seen.contains(&key);
            seen.push(key);
            new
        });
        v
    })
}

prop_compose! {
    fn csv_draft()(
        reference in proptest::option::of(text(30)),
        direction in prop::sample::select(Direction::ALL.to_vec()),
        kind in prop::sample::select(RequestKind::ALL.to_vec()),
        requesting in state(),
        requested in state(),
        requesting_authority in proptest::option::of(text(40)),
        requested_authority in proptest::option::of(text(40)),
        crime_types in proptest::collection::vec("[a-z][a-z0-9_]{0,20}", 0..4),
        offences in proptest::collection::vec(text(50), 0..4),
        legal_bases in legal_bases(),
        timeline in timeline(),
        ground_picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
        notes in proptest::option::of(
            proptest::string::string_regex("[A-Za-z0-9 ,;:'\"\\n\\r\\t\u{e9}-]{0,200}").unwrap()
        ),
    ) -> RequestDraft {
        let kind = Kind(kind);
        let refused = timeline.iter().any(|e| e.status == Status::Refused);
        let fitting: Vec<Ground> = Ground::all()
            .filter(|g| g.applies_to(kind.0))
            .filter(|g| refused || g.standing() == crate::grounds::Standing::Postponement)
            .collect();
        let mut refusal_grounds: Vec<Ground> = Vec::new();
        if !fitting.is_empty() {
            for i in ground_picks {
                let g = fitting[i.index(fitting.len())];
                if !refusal_grounds.contains(&g) {
                    refusal_grounds.push(g);
                }
            }
        }
        let requested = match (requested == requesting, requesting == "XAA") {
            (false, _) => requested,
            (true, false) => "XAA".to_owned(),
            (true, true) => "XAB".to_owned(),
        };
        RequestDraft {
            reference,
            direction,
            kind,
            requesting_state: requesting,
            requested_state: requested,
            requesting_authority,
            requested_authority,
            crime_types,
            offences,
            legal_bases,
            assessment: None,
            timeline,
            refusal_grounds,
            notes,
            attachments: Vec::new(),
        }
    }
}

fn free_cx() -> Context<'static> {
    Context {
        authority_state: None,
        crime_types: None,
        today: date(2030, 1, 1),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_then_parse_gives_the_drafts_back(drafts in proptest::collection::vec(csv_draft(), 0..6)) {
        let cx = free_cx();
        let mut canonical = Vec::new();
        for (i, mut d) in drafts.into_iter().enumerate() {
            // References are unique in a file.
            if let Some(r) = &mut d.reference {
                r.push_str(&format!(" #{i}"));
            }
            match validate(d, &cx) {
                Ok(d) => canonical.push(d),
                Err(p) => prop_assert!(false, "the generator made an invalid draft: {p:?}"),
            }
        }
        let csv = export(&canonical);
        let rows = parse(&csv, &cx).map_err(|e| {
            TestCaseError::fail(format!("{e:#?}\n{csv}"))
        })?;
        let back: Vec<RequestDraft> = rows.into_iter().map(|r| r.draft).collect();
        prop_assert_eq!(back, canonical);
    }

    #[test]
    fn any_text_is_read_without_panicking(s in any::<String>()) {
        let _ = parse(&s, &cx());
    }

    #[test]
    fn any_csv_like_text_is_read_without_panicking(
        header in proptest::collection::vec(prop::sample::select({
            let mut v: Vec<&str> = COLUMNS.to_vec();
            v.extend(["", "Kind ", "sentt", "\u{feff}notes"]);
            v
        }), 0..24),
        delimiter in prop::sample::select(vec![",", ";", "\t"]),
        cells in proptest::collection::vec(proptest::collection::vec(
            "(outgoing|incoming|extradition|XAA|xbb|2025-0[1-9]-[0-3][0-9]|[0-9]{1,6}|[0-9/.-]{1,12}|convention: [ -~]{0,12}|treaty|reciprocity:|mla_[a-z_]{0,12}|\"[^\"]{0,8}\"?|[ -~\\n\u{e9}]{0,8})",
            0..24,
        ), 0..6),
    ) {
        let mut text = header.join(delimiter);
        for row in cells {
            text.push('\n');
            text.push_str(&row.join(delimiter));
        }
        let _ = parse(&text, &cx());
        let _ = parse(&text, &free_cx());
    }
}
