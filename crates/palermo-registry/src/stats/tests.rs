//! Tests of the statistics over a handcrafted set of fictional requests
//! (States `XAA`, `XAB`, `XAC`; the recording State is `XZZ`), whose every
//! figure is worked out by hand in the comments, plus properties over random
//! sets.

use jiff::civil::Date;
use palermo_rules::facts::RequestKind;
use proptest::prelude::*;

use super::*;
use crate::model::{BasisKind, Event, LegalBasis};

const MLA: RequestKind = RequestKind::MutualLegalAssistance;
const EXT: RequestKind = RequestKind::Extradition;

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// A request from or to `XZZ`, the recording State.
fn rec(
    direction: Direction,
    kind: RequestKind,
    counterpart: &str,
    convention: bool,
    crime_types: &[&str],
    timeline: &[(Status, &str)],
    grounds: &[&str],
) -> RequestDraft {
    let (requesting, requested) = match direction {
        Direction::Outgoing => ("XZZ", counterpart),
        Direction::Incoming => (counterpart, "XZZ"),
    };
    let basis = if convention {
        LegalBasis {
            basis: BasisKind::Convention,
            reference: Some("UNTOC art. 18".into()),
        }
    } else {
        LegalBasis {
            basis: BasisKind::Treaty,
            reference: Some("a bilateral treaty".into()),
        }
    };
    RequestDraft {
        reference: None,
        direction,
        kind: Kind(kind),
        requesting_state: requesting.into(),
        requested_state: requested.into(),
        requesting_authority: None,
        requested_authority: None,
        crime_types: crime_types.iter().map(|s| s.to_string()).collect(),
        offences: vec![],
        legal_bases: vec![basis],
        assessment: None,
        timeline: timeline
            .iter()
            .map(|(status, d)| Event {
                status: *status,
                date: date(d),
                note: None,
            })
            .collect(),
        refusal_grounds: grounds.iter().map(|g| Ground::parse(g).unwrap()).collect(),
        notes: None,
        attachments: vec![],
    }
}

/// Nine requests. Day spans to execution: r1 10, r2 30, r3 20, r4 100,
/// r9 5; so mutual legal assistance [5, 10, 20, 30], extradition [100], all
/// [5, 10, 20, 30, 100].
pub(crate) fn sample() -> Vec<RequestDraft> {
    use Direction::{Incoming as In, Outgoing as Out};
    use Status::*;
    vec![
        // r1: 2023, executed after 10 days.
        rec(
            Out,
            MLA,
            "XAA",
            true,
            &["drug_trafficking"],
            &[(Sent, "2023-03-01"), (Executed, "2023-03-11")],
            &[],
        ),
        // r2: treaty basis, two crime types, 30 days (10 Jan to 9 Feb).
        rec(
            Out,
            MLA,
            "XAB",
            false,
            &["drug_trafficking", "money_laundering"],
            &[
                (Sent, "2024-01-10"),
                (Acknowledged, "2024-01-15"),
                (Executed, "2024-02-09"),
            ],
            &[],
        ),
        // r3: incoming, partly executed after 20 days.
        rec(
            In,
            MLA,
            "XAA",
            true,
            &["trafficking_in_persons"],
            &[(Received, "2024-05-01"), (PartlyExecuted, "2024-05-21")],
            &[],
        ),
        // r4: incoming extradition, 100 days (1 June to 9 September).
        rec(
            In,
            EXT,
            "XAB",
            true,
            &["money_laundering"],
            &[(Received, "2024-06-01"), (Executed, "2024-09-09")],
            &[],
        ),
        // r5: refused on bank secrecy (ruled out) and essential interests.
        rec(
            In,
            MLA,
            "XAA",
            true,
            &["money_laundering"],
            &[(Received, "2024-07-01"), (Refused, "2024-08-01")],
            &["mla_bank_secrecy", "mla_essential_interests"],
        ),
        // r6: refused with no ground recorded; sent on the last day of 2024.
        rec(
            Out,
            EXT,
            "XAC",
            false,
            &[],
            &[(Sent, "2024-12-31"), (Refused, "2025-02-01")],
            &[],
        ),
        // r7: pending.
        rec(
            Out,
            MLA,
            "XAA",
            true,
            &["drug_trafficking"],
            &[(Sent, "2025-01-01"), (Acknowledged, "2025-01-20")],
            &[],
        ),
        // r8: no timeline at all: undated and pending.
        rec(In, MLA, "XAC", false, &[], &[], &[]),
        // r9: postponed once, then executed after 5 days.
        rec(
            Out,
            MLA,
            "XAB",
            true,
            &[],
            &[(Sent, "2024-03-01"), (Executed, "2024-03-06")],
            &["mla_postponed"],
        ),
    ]
}

fn cells(rows: &[Row]) -> Vec<(&str, u64, u64)> {
    rows.iter()
        .map(|r| {
            (
                r.key.as_str(),
                r.requests.exact().unwrap(),
                r.convention_basis.exact().unwrap(),
            )
        })
        .collect()
}

fn days(d: &DaysRow) -> (&str, Count, Option<i64>, Option<i64>) {
    (d.key.as_str(), d.count, d.median, d.p90)
}

#[test]
fn totals_and_every_breakdown_of_the_sample() {
    let s = compute(&sample(), &Filter::default());
    assert_eq!(s.requests, 9);
    assert_eq!(s.convention_basis, 6);
    assert_eq!(s.min_cell, None);
    assert_eq!(
        cells(&s.by_year),
        [
            ("2023", 1, 1),
            ("2024", 6, 4),
            ("2025", 1, 1),
            ("undated", 1, 0)
        ]
    );
    assert_eq!(
        cells(&s.by_kind),
        [("extradition", 2, 1), ("mutual_legal_assistance", 7, 5)]
    );
    assert_eq!(
        cells(&s.by_crime_type),
        [
            ("drug_trafficking", 3, 2),
            ("money_laundering", 3, 2),
            ("trafficking_in_persons", 1, 1),
            ("unspecified", 3, 1),
        ]
    );
    assert_eq!(
        cells(&s.by_counterpart),
        [("XAA", 4, 4), ("XAB", 3, 2), ("XAC", 2, 0)]
    );
    assert_eq!(
        cells(&s.by_direction),
        [("incoming", 4, 3), ("outgoing", 5, 3)]
    );
    assert_eq!(
        cells(&s.by_outcome),
        [
            ("executed", 4, 3),
            ("partly_executed", 1, 1),
            ("pending", 2, 1),
            ("refused", 2, 1),
        ]
    );
}

#[test]
fn median_and_p90_by_nearest_rank() {
    let s = compute(&sample(), &Filter::default());
    let d = &s.days_to_execution;
    // [5, 10, 20, 30, 100]: median rank ceil(2.5) = 3, p90 rank ceil(4.5) = 5.
    assert_eq!(
        days(d.all.as_ref().unwrap()),
        ("all", Count::Exact(5), Some(20), Some(100))
    );
    // [5, 10, 20, 30]: median rank 2 (the lower middle), p90 rank ceil(3.6) = 4.
    let by_kind: Vec<_> = d.by_kind.iter().map(days).collect();
    assert_eq!(
        by_kind,
        [
            ("extradition", Count::Exact(1), Some(100), Some(100)),
            (
                "mutual_legal_assistance",
                Count::Exact(4),
                Some(10),
                Some(30)
            ),
        ]
    );
}

#[test]
fn nearest_rank_edges() {
    assert_eq!(nearest_rank(&[], 50), None);
    assert_eq!(nearest_rank(&[7], 50), Some(7));
    assert_eq!(nearest_rank(&[7], 90), Some(7));
    assert_eq!(nearest_rank(&[1, 2], 50), Some(1));
    assert_eq!(nearest_rank(&[1, 2, 3], 50), Some(2));
    let ten: Vec<i64> = (1..=10).collect();
    assert_eq!(nearest_rank(&ten, 90), Some(9));
    assert_eq!(nearest_rank(&ten, 100), Some(10));
    let eleven: Vec<i64> = (1..=11).collect();
    // 0.9 × 11 = 9.9, rank 10.
    assert_eq!(nearest_rank(&eleven, 90), Some(10));
}

#[test]
fn no_execution_means_no_day_figures() {
    let s = compute(&sample()[4..8], &Filter::default());
    assert_eq!(s.days_to_execution, DaysToExecution::default());
    let json = serde_json::to_value(&s).unwrap();
    assert!(json["days_to_execution"]["all"].is_null());
}

#[test]
fn a_timeline_out_of_order_is_left_out_of_the_days() {
    let backwards = rec(
        Direction::Outgoing,
        MLA,
        "XAA",
        true,
        &[],
        &[
            (Status::Sent, "2024-03-10"),
            (Status::Executed, "2024-03-01"),
        ],
        &[],
    );
    let s = compute([&backwards], &Filter::default());
    assert_eq!(s.requests, 1);
    assert_eq!(s.days_to_execution.all, None);
}

#[test]
fn refusals_and_their_grounds() {
    let s = compute(&sample(), &Filter::default());
    assert_eq!(s.refused, Count::Exact(2));
    assert_eq!(s.refused_without_ground, Count::Exact(1));
    assert_eq!(s.refused_on_ruled_out_ground, Count::Exact(1));
    let grounds: Vec<_> = s
        .refusal_grounds
        .iter()
        .map(|g| {
            (
                g.code.code(),
                g.provision.as_deref(),
                g.standing,
                g.requests,
            )
        })
        .collect();
    assert_eq!(
        grounds,
        [
            (
                "mla_bank_secrecy",
                Some("UNTOC art. 18(8)"),
                Standing::RuledOut,
                Count::Exact(1)
            ),
            (
                "mla_essential_interests",
                Some("UNTOC art. 18(21)(b)"),
                Standing::Permitted,
                Count::Exact(1)
            ),
            (
                "mla_postponed",
                Some("UNTOC art. 18(25)"),
                Standing::Postponement,
                Count::Exact(1)
            ),
        ]
    );
}

#[test]
fn a_ground_cited_twice_counts_once() {
    let mut r = sample().swap_remove(4);
    r.refusal_grounds.push(r.refusal_grounds[0]);
    let s = compute([&r], &Filter::default());
    assert_eq!(s.refusal_grounds[0].requests, Count::Exact(1));
    assert_eq!(s.refused_on_ruled_out_ground, Count::Exact(1));
}

#[test]
fn a_refusal_on_an_uncoded_ground_has_a_ground() {
    let r = rec(
        Direction::Incoming,
        EXT,
        "XAB",
        false,
        &[],
        &[
            (Status::Received, "2024-01-01"),
            (Status::Refused, "2024-02-01"),
        ],
        &["other"],
    );
    let s = compute([&r], &Filter::default());
    assert_eq!(s.refused, Count::Exact(1));
    assert_eq!(s.refused_without_ground, Count::Exact(0));
    assert_eq!(s.refused_on_ruled_out_ground, Count::Exact(0));
    assert_eq!(s.refusal_grounds[0].provision, None);
    assert_eq!(s.refusal_grounds[0].standing, Standing::Other);
}

fn count(filter: Filter) -> u64 {
    compute(&sample(), &filter).requests
}

#[test]
fn date_bounds_are_inclusive_and_drop_undated_records() {
    let year = |from: &str, to: &str| Filter {
        from: Some(date(from)),
        to: Some(date(to)),
        ..Filter::default()
    };
    // r2 (10 Jan), r9, r3, r4, r5, r6 (31 Dec).
    assert_eq!(count(year("2024-01-10", "2024-12-31")), 6);
    assert_eq!(count(year("2024-01-11", "2024-12-31")), 5);
    assert_eq!(count(year("2024-01-10", "2024-12-30")), 5);
    // A single day.
    assert_eq!(count(year("2024-12-31", "2024-12-31")), 1);
    // One bound is enough to leave the undated r8 out.
    let to = Filter {
        to: Some(date("2030-01-01")),
        ..Filter::default()
    };
    assert_eq!(count(to), 8);
    let from = Filter {
        from: Some(date("1990-01-01")),
        ..Filter::default()
    };
    let s = compute(&sample(), &from);
    assert_eq!(s.requests, 8);
    assert!(s.by_year.iter().all(|r| r.key != UNDATED));
    // The incoming r3 is dated by receipt, the outgoing r6 by sending.
    let s = compute(&sample(), &year("2024-05-01", "2024-05-01"));
    assert_eq!(cells(&s.by_outcome), [("partly_executed", 1, 1)]);
}

#[test]
fn filter_by_direction_kind_and_crime_type() {
    let dir = |d| Filter {
        direction: Some(d),
        ..Filter::default()
    };
    assert_eq!(count(dir(Direction::Incoming)), 4);
    assert_eq!(count(dir(Direction::Outgoing)), 5);
    let kind = Filter {
        kind: Some(Kind(EXT)),
        ..Filter::default()
    };
    assert_eq!(count(kind), 2);
    let crime = Filter {
        crime_type: Some("money_laundering".into()),
        ..Filter::default()
    };
    assert_eq!(count(crime), 3);
    let both = Filter {
        direction: Some(Direction::Incoming),
        crime_type: Some("money_laundering".into()),
        ..Filter::default()
    };
    assert_eq!(count(both), 2);
}

#[test]
fn counterpart_is_the_other_state_either_way() {
    let with = |c: &str| Filter {
        counterpart: Some(c.into()),
        ..Filter::default()
    };
    // r1 and r7 sent to XAA, r3 and r5 received from it.
    let s = compute(&sample(), &with("XAA"));
    assert_eq!(s.requests, 4);
    assert_eq!(
        cells(&s.by_direction),
        [("incoming", 2, 2), ("outgoing", 2, 2)]
    );
    assert_eq!(count(with("xaa")), 4);
    // The recording State is never its own counterpart.
    assert_eq!(count(with("XZZ")), 0);
    assert_eq!(count(with("XAC")), 2);
}

#[test]
fn the_filter_is_echoed() {
    let f = Filter {
        from: Some(date("2024-01-01")),
        direction: Some(Direction::Incoming),
        counterpart: Some("XAB".into()),
        ..Filter::default()
    };
    let s = compute(&sample(), &f);
    assert_eq!(s.filter, f);
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["filter"]["from"], "2024-01-01");
    assert_eq!(json["filter"]["direction"], "incoming");
    assert!(json["filter"]["to"].is_null());
    let back: Filter = serde_json::from_value(json["filter"].clone()).unwrap();
    assert_eq!(back, f);
}

#[test]
fn nothing_counted_gives_empty_breakdowns() {
    let s = compute(std::iter::empty::<&RequestDraft>(), &Filter::default());
    assert_eq!(s.requests, 0);
    assert!(s.by_year.is_empty() && s.by_kind.is_empty() && s.refusal_grounds.is_empty());
    assert_eq!(s.refused, Count::Exact(0));
}

#[test]
fn anonymise_hides_one_to_k_minus_one_only() {
    let s = anonymise(&compute(&sample(), &Filter::default()), 3);
    assert_eq!(s.min_cell, Some(3));
    // Totals stay.
    assert_eq!((s.requests, s.convention_basis), (9, 6));
    let by_year: Vec<_> = s
        .by_year
        .iter()
        .map(|r| (r.key.as_str(), r.requests, r.convention_basis))
        .collect();
    assert_eq!(
        by_year,
        [
            ("2023", Count::Below(3), Count::Below(3)),
            ("2024", Count::Exact(6), Count::Exact(4)),
            ("2025", Count::Below(3), Count::Below(3)),
            // Zero identifies nobody.
            ("undated", Count::Below(3), Count::Exact(0)),
        ]
    );
    // 3 is the threshold itself: shown.
    assert_eq!(s.by_counterpart[1].requests, Count::Exact(3));
    assert_eq!(s.by_counterpart[1].convention_basis, Count::Below(3));
    assert_eq!(s.by_counterpart[2].convention_basis, Count::Exact(0));
    // A day summary resting on one request loses its figures.
    let d: Vec<_> = s.days_to_execution.by_kind.iter().map(days).collect();
    assert_eq!(
        d,
        [
            ("extradition", Count::Below(3), None, None),
            (
                "mutual_legal_assistance",
                Count::Exact(4),
                Some(10),
                Some(30)
            ),
        ]
    );
    assert_eq!(s.refused, Count::Below(3));
    assert_eq!(s.refused_on_ruled_out_ground, Count::Below(3));
    assert!(s
        .refusal_grounds
        .iter()
        .all(|g| g.requests == Count::Below(3)));
    // And the JSON says `<3`.
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["by_year"][0]["requests"], "<3");
    assert_eq!(json["by_year"][1]["requests"], 6);
    assert_eq!(json["min_cell"], 3);
    let back: Statistics = serde_json::from_value(json).unwrap();
    assert_eq!(back, s);
}

#[test]
fn anonymise_thresholds() {
    let exact = compute(&sample(), &Filter::default());
    // 0 and 1 suppress nothing.
    for k in [0, 1] {
        let s = anonymise(&exact, k);
        assert_eq!(
            Statistics {
                min_cell: None,
                ..s
            },
            exact
        );
    }
    // 2 suppresses exactly the ones.
    let s = anonymise(&exact, 2);
    for (a, b) in exact.by_crime_type.iter().zip(&s.by_crime_type) {
        let n = a.requests.exact().unwrap();
        assert_eq!(b.requests.is_suppressed(), n == 1, "{}", a.key);
    }
    // Suppressing again with a smaller threshold keeps the larger one.
    let twice = anonymise(&anonymise(&exact, 5), 2);
    assert_eq!(twice.min_cell, Some(5));
    assert_eq!(twice.by_year[0].requests, Count::Below(5));
}

#[test]
fn count_reads_back_from_json() {
    let c: Vec<Count> = serde_json::from_str(r#"[0, 7, "<5"]"#).unwrap();
    assert_eq!(c, [Count::Exact(0), Count::Exact(7), Count::Below(5)]);
    assert!(serde_json::from_str::<Count>(r#""5""#).is_err());
    assert!(serde_json::from_str::<Count>("-1").is_err());
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn find<'a>(rows: &'a [Vec<String>], dimension: &str, key: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r[0] == dimension && r[1] == key)
        .unwrap_or_else(|| panic!("no row {dimension},{key}"))
}

#[test]
fn csv_parses_back_in_the_documented_layout() {
    let s = compute(&sample(), &Filter::default());
    let (header, rows) = csv_rows(&to_csv(&s));
    assert_eq!(header, CSV_HEADER);
    assert!(rows.iter().all(|r| r.len() == CSV_HEADER.len()));
    assert_eq!(rows[0], ["total", "all", "9", "6", "", "", "", ""]);
    assert_eq!(
        find(&rows, "year", "2024"),
        ["year", "2024", "6", "4", "", "", "", ""]
    );
    assert_eq!(find(&rows, "year", "undated")[2], "1");
    assert_eq!(find(&rows, "counterpart", "XAC")[2..4], ["2", "0"]);
    assert_eq!(
        find(&rows, "days_to_execution", "all"),
        ["days_to_execution", "all", "5", "", "20", "100", "", ""]
    );
    assert_eq!(
        find(&rows, "days_to_execution", "mutual_legal_assistance")[4..6],
        ["10", "30"]
    );
    assert_eq!(find(&rows, "refusal", "without_ground")[2], "1");
    assert_eq!(find(&rows, "refusal", "on_ruled_out_ground")[2], "1");
    assert_eq!(
        find(&rows, "refusal_ground", "mla_bank_secrecy"),
        [
            "refusal_ground",
            "mla_bank_secrecy",
            "1",
            "",
            "",
            "",
            "UNTOC art. 18(8)",
            "ruled_out"
        ]
    );
    // Every breakdown row is there: 1 total, 4 + 2 + 4 + 3 + 2 + 4
    // breakdown rows, 3 day rows, 3 refusal rows, 3 grounds.
    assert_eq!(rows.len(), 1 + 19 + 3 + 3 + 3);
}

#[test]
fn anonymised_csv_writes_suppressed_counts_as_below() {
    let s = anonymise(&compute(&sample(), &Filter::default()), 5);
    let (_, rows) = csv_rows(&to_csv(&s));
    assert_eq!(find(&rows, "total", "all")[2..4], ["9", "6"]);
    assert_eq!(find(&rows, "year", "2023")[2..4], ["<5", "<5"]);
    assert_eq!(find(&rows, "counterpart", "XAC")[2..4], ["<5", "0"]);
    assert_eq!(
        find(&rows, "days_to_execution", "mutual_legal_assistance")[2..6],
        ["<5", "", "", ""]
    );
}

#[test]
fn csv_keys_cannot_become_formulas() {
    let mut r = sample().swap_remove(0);
    r.crime_types = vec!["=HYPERLINK(\"x\")".into(), "plain".into()];
    let s = compute([&r], &Filter::default());
    let (_, rows) = csv_rows(&to_csv(&s));
    assert!(rows
        .iter()
        .any(|r| r[0] == "crime_type" && r[1] == "'=HYPERLINK(\"x\")"));
    assert!(rows.iter().any(|r| r[0] == "crime_type" && r[1] == "plain"));
}

/// Every free-text field of a record, filled with a marker that must never
/// reach the output.
fn full_of_secrets(i: usize) -> RequestDraft {
    let mut r = sample().swap_remove(i);
    let m = |field: &str| format!("SECRET-{field}-{i}");
    r.reference = Some(m("reference"));
    r.requesting_authority = Some(m("requesting-authority"));
    r.requested_authority = Some(m("requested-authority"));
    r.offences = vec![m("offence"), m("offence2")];
    r.notes = Some(m("notes"));
    for b in &mut r.legal_bases {
        b.reference = Some(m("basis"));
    }
    r.legal_bases.push(LegalBasis {
        basis: BasisKind::DomesticLaw,
        reference: Some(m("law")),
    });
    for e in &mut r.timeline {
        e.note = Some(m("event-note"));
    }
    r.attachments = vec![crate::model::Attachment {
        name: m("file-name"),
        media_type: Some(m("media-type")),
        size: Some(4242),
        sha256: Some(m("sha")),
    }];
    r.assessment = Some(crate::model::AssessmentSnapshot {
        engine_version: m("engine"),
        data_snapshot: m("snapshot"),
        as_of: date("2024-01-01"),
        serious_crime_law: m("reading"),
        outcome: m("outcome"),
        case: m("case"),
        case_syntax: m("syntax"),
        result: serde_json::json!({ "memo": m("result") }),
    });
    r
}

#[test]
fn no_case_content_reaches_any_output() {
    let records: Vec<RequestDraft> = (0..sample().len()).map(full_of_secrets).collect();
    let s = compute(&records, &Filter::default());
    assert_eq!(s.requests, 9);
    for stats in [s.clone(), anonymise(&s, 3)] {
        let outputs = [
            serde_json::to_string(&stats).unwrap(),
            to_csv(&stats),
            crate::chart::statistics_svg(&stats),
        ];
        for out in outputs {
            assert!(!out.contains("SECRET"), "case content leaked:\n{out}");
            assert!(!out.contains("4242"), "attachment size leaked:\n{out}");
        }
    }
}

fn arb_record() -> impl Strategy<Value = RequestDraft> {
    let states = prop::sample::select(vec!["XAA", "XAB", "XAC"]);
    let crimes = prop::collection::vec(
        prop::sample::select(vec!["drug_trafficking", "money_laundering", "smuggling"]),
        0..4,
    );
    let grounds = prop::collection::vec(
        prop::sample::select(Ground::all().collect::<Vec<_>>()),
        0..3,
    );
    let end = prop::sample::select(vec![
        None,
        Some(Status::Acknowledged),
        Some(Status::Executed),
        Some(Status::PartlyExecuted),
        Some(Status::Refused),
        Some(Status::Withdrawn),
    ]);
    (
        any::<bool>(),
        prop::sample::select(RequestKind::ALL.to_vec()),
        states,
        any::<bool>(),
        crimes,
        prop::option::of((2019i16..2027, 0i32..365)),
        end,
        0i32..400,
        grounds,
    )
        .prop_map(
            |(outgoing, kind, other, conv, crimes, start, end, span, grounds)| {
                let direction = if outgoing {
                    Direction::Outgoing
                } else {
                    Direction::Incoming
                };
                let mut r = rec(direction, kind, other, conv, &crimes, &[], &[]);
                r.refusal_grounds = grounds;
                if let Some((year, day)) = start {
                    let first = Date::new(year, 1, 1).unwrap() + jiff::Span::new().days(day);
                    let status = if outgoing {
                        Status::Sent
                    } else {
                        Status::Received
                    };
                    r.timeline.push(Event {
                        status,
                        date: first,
                        note: None,
                    });
                    if let Some(end) = end {
                        r.timeline.push(Event {
                            status: end,
                            date: first + jiff::Span::new().days(span),
                            note: None,
                        });
                    }
                }
                r
            },
        )
}

fn sum(rows: &[Row]) -> (u64, u64) {
    rows.iter().fold((0, 0), |(a, b), r| {
        (
            a + r.requests.exact().unwrap(),
            b + r.convention_basis.exact().unwrap(),
        )
    })
}

proptest! {
    #[test]
    fn breakdowns_add_up(records in prop::collection::vec(arb_record(), 0..40)) {
        let s = compute(&records, &Filter::default());
        prop_assert_eq!(s.requests, records.len() as u64);
        let totals = (s.requests, s.convention_basis);
        prop_assert_eq!(sum(&s.by_kind), totals);
        prop_assert_eq!(sum(&s.by_year), totals);
        prop_assert_eq!(sum(&s.by_direction), totals);
        prop_assert_eq!(sum(&s.by_counterpart), totals);
        prop_assert_eq!(sum(&s.by_outcome), totals);
        // A request counts under at least one crime type.
        prop_assert!(sum(&s.by_crime_type).0 >= s.requests);
        let d = &s.days_to_execution;
        let rows: Vec<&DaysRow> = d.all.iter().chain(&d.by_kind).collect();
        for row in &rows {
            prop_assert!(row.median.unwrap() <= row.p90.unwrap(), "{:?}", row);
            prop_assert!(row.count.exact().unwrap() > 0);
        }
        let per_kind: u64 = d.by_kind.iter().map(|r| r.count.exact().unwrap()).sum();
        prop_assert_eq!(per_kind, d.all.as_ref().map_or(0, |r| r.count.exact().unwrap()));
        let years: Vec<&str> = s.by_year.iter().map(|r| r.key.as_str()).collect();
        let mut sorted = years.clone();
        sorted.sort_by_key(|k| (*k == UNDATED, k.parse::<i32>().unwrap_or(0)));
        prop_assert_eq!(years, sorted);
    }

    #[test]
    fn anonymising_keeps_totals_and_hides_only_small_counts(
        records in prop::collection::vec(arb_record(), 0..40),
        k in 0u64..8,
    ) {
        let exact = compute(&records, &Filter::default());
        let anon = anonymise(&exact, k);
        prop_assert_eq!(anon.requests, exact.requests);
        prop_assert_eq!(anon.convention_basis, exact.convention_basis);
        let pairs = exact.by_counterpart.iter().chain(&exact.by_year)
            .zip(anon.by_counterpart.iter().chain(&anon.by_year));
        for (e, a) in pairs {
            for (e, a) in [(e.requests, a.requests), (e.convention_basis, a.convention_basis)] {
                let n = e.exact().unwrap();
                if n >= 1 && n < k {
                    prop_assert_eq!(a, Count::Below(k));
                } else {
                    prop_assert_eq!(a, e);
                }
            }
        }
    }

    #[test]
    fn csv_always_parses_back(records in prop::collection::vec(arb_record(), 0..20)) {
        let s = compute(&records, &Filter::default());
        let (header, rows) = csv_rows(&to_csv(&s));
        prop_assert_eq!(header, CSV_HEADER);
        prop_assert_eq!(&rows[0][2], &s.requests.to_string());
    }
}
