//! UNTOC art. 35 — Settlement of disputes between the two States: whether
//! either may take a dispute to arbitration and then the ICJ alone (35(2)),
//! or an opt-out under 35(3), reciprocal, rules that out. The Protocols'
//! identical clauses (TIP art. 15, SOM art. 20, FP art. 16) are reported the
//! same way when the case concerns a Protocol offence.

use jiff::civil::Date;
use jiff::ToSpan;
use palermo_cite::{Instrument, Provision};
use palermo_i18n::Arg;
use palermo_refdata::{DeclarationKind, StateCode};

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::outcome::{Basis, Cited, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art35.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art35.2.compulsory_settlement",
        citation: Provision::untoc(35).para(2),
        description: "spec-art35-2-compulsory-settlement",
    },
    FindingSpec {
        id: "tip.art15.2.compulsory_settlement",
        citation: Provision::article(Instrument::Tip, 15).para(2),
        description: "spec-tip-art15-2-compulsory-settlement",
    },
    FindingSpec {
        id: "som.art20.2.compulsory_settlement",
        citation: Provision::article(Instrument::Som, 20).para(2),
        description: "spec-som-art20-2-compulsory-settlement",
    },
    FindingSpec {
        id: "firearms.art16.2.compulsory_settlement",
        citation: Provision::article(Instrument::Firearms, 16).para(2),
        description: "spec-firearms-art16-2-compulsory-settlement",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art35.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[
    (Provision::untoc(35).para(1), "not-encoded-art35-1"),
    (Provision::untoc(35).para(4), "not-encoded-art35-4"),
];

/// The dispute-settlement article of an instrument.
pub fn article(instrument: Instrument) -> u8 {
    match instrument {
        Instrument::Untoc => 35,
        Instrument::Tip => 15,
        Instrument::Som => 20,
        Instrument::Firearms => 16,
    }
}

/// The finding id for an instrument's compulsory settlement.
fn finding_id(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Untoc => "art35.2.compulsory_settlement",
        Instrument::Tip => "tip.art15.2.compulsory_settlement",
        Instrument::Som => "som.art20.2.compulsory_settlement",
        Instrument::Firearms => "firearms.art16.2.compulsory_settlement",
    }
}

/// How the data codes the opt-out rows' article (`35(2)`, `15(2)`, ...).
fn data_article(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Untoc => "35(2)",
        Instrument::Tip => "15(2)",
        Instrument::Som => "20(2)",
        Instrument::Firearms => "16(2)",
    }
}

/// The fact path that states an opt-out in the case.
fn fact_path(state: StateCode, instrument: Instrument) -> crate::outcome::Fact {
    let field = match instrument {
        Instrument::Untoc => "art35_opt_out",
        Instrument::Tip => "protocol_dispute_opt_out.tip",
        Instrument::Som => "protocol_dispute_opt_out.som",
        Instrument::Firearms => "protocol_dispute_opt_out.firearms",
    };
    crate::outcome::Fact::state(state, field)
}

/// What is known of one State's 35(3) opt-out.
enum OptOut {
    /// The case or the data records one.
    Made(Option<Cited>),
    /// The case says none.
    None,
    /// The State was bound before the record's date and the record lists
    /// none (an interpretation: the record is taken as complete).
    NoneOnRecord,
    /// Not recorded and not stated.
    Unknown,
}

/// The first day of the month the data's 35(2) record reflects (the latest
/// `source_as_of` of its 35(2) rows), if the data has such rows with a date.
fn record_start(ctx: &Ctx<'_>, instrument: Instrument) -> Option<Date> {
    ctx.data
        .declarations_as_of(instrument, data_article(instrument))
        .and_then(month_start)
}

/// `2013-11` or `2013-11-30` as the first day of that month; a bare year is
/// too coarse to bound a deposit and gives `None`.
fn month_start(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: i8 = parts.next()?.parse().ok()?;
    Date::new(y, m, 1).ok()
}

fn opt_out(
    ctx: &Ctx<'_>,
    instrument: Instrument,
    state: StateCode,
    record: Option<Date>,
) -> OptOut {
    let stated = ctx.state_facts(state).and_then(|s| match instrument {
        Instrument::Untoc => s.art35_opt_out,
        p => s.protocol_dispute_opt_out.get(&p).copied(),
    });
    if let Some(stated) = stated {
        return if stated {
            OptOut::Made(None)
        } else {
            OptOut::None
        };
    }
    let row = ctx
        .data
        .declarations(state, instrument, data_article(instrument))
        .find(|d| d.kind == DeclarationKind::Reservation);
    if let Some(d) = row {
        return OptOut::Made(Some(Cited::data(&d.source, Some(&d.summary))));
    }
    // An opt-out can be made only when the State consents (35(3)); a State
    // bound before the record's date would appear in it. Entry into force
    // is at least 30 days after deposit (art. 38(2)).
    let eif = ctx.eif_cache(state, instrument);
    match (eif, record) {
        (Some(e), Some(r)) if e.checked_sub(30.days()).is_ok_and(|d| d < r) => OptOut::NoneOnRecord,
        _ => OptOut::Unknown,
    }
}

/// Pushes `art35.2.compulsory_settlement` for the two States.
pub fn dispute_settlement(ctx: &mut Ctx<'_>, gate: &Tri) {
    settlement(ctx, Instrument::Untoc, gate);
}

/// Pushes the Protocol's compulsory-settlement finding
/// (`tip.art15.2.compulsory_settlement`, `som.art20.2...`,
/// `firearms.art16.2...`), `gate` being whether the Protocol is in force
/// between the two States.
pub fn protocol_dispute_settlement(ctx: &mut Ctx<'_>, instrument: Instrument, gate: &Tri) {
    settlement(ctx, instrument, gate);
}

fn settlement(ctx: &mut Ctx<'_>, instrument: Instrument, gate: &Tri) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let n = article(instrument);
    let record = record_start(ctx, instrument);
    let mut f = ctx.finding_from(
        finding_id(instrument),
        Provision::article(instrument, n).para(2),
        gate,
    );
    let what = crate::status::instrument_name(instrument);
    let para = |k: u8| Provision::article(instrument, n).para(k);
    if gate.outcome == Outcome::No {
        f.message = msg!(
            "art35-not-in-force",
            instrument = what,
            article = Provision::article(instrument, n)
        );
        ctx.push(f);
        return;
    }
    let mut made: Vec<StateCode> = Vec::new();
    let mut unknown: Vec<StateCode> = Vec::new();
    let mut inferred = false;
    for s in [a, b] {
        match opt_out(ctx, instrument, s, record) {
            OptOut::Made(cited) => {
                made.push(s);
                if let Some(c) = cited {
                    f.sources.push(c);
                }
            }
            OptOut::None => {}
            OptOut::NoneOnRecord => inferred = true,
            OptOut::Unknown => unknown.push(s),
        }
    }
    if !made.is_empty() {
        // The opt-out decides, in force between the two or not: it rests on
        // no finding (the declaration is cited as its source).
        f.outcome = Outcome::No;
        f.missing.clear();
        f.because.clear();
        f.message = msg!(
            "art35-opted-out",
            states = Arg::codes(&made),
            para2 = para(2),
            para3 = para(3),
            instrument = what,
            para1 = para(1),
            para4 = para(4)
        );
    } else if !unknown.is_empty() {
        f.outcome = Outcome::Undetermined;
        for s in &unknown {
            f.missing.push(fact_path(*s, instrument));
        }
        f.message = msg!(
            "art35-unknown",
            states = Arg::codes(&unknown),
            para2 = para(2)
        );
    } else if gate.outcome == Outcome::Yes {
        f.strength = Some(Strength::Mandatory);
        if inferred {
            f.basis = Basis::Interpretation("dispute-opt-out-record");
        }
        f.message = msg!(
            "art35-yes",
            requesting = Arg::Code(a),
            requested = Arg::Code(b),
            para3 = para(3),
            instrument = what
        );
    } else {
        f.message = msg!("art35-open", instrument = what);
    }
    ctx.push(f);
}

#[cfg(test)]
mod tests {
    use super::month_start;
    use jiff::civil::date;

    #[test]
    fn record_dates_to_month_start() {
        assert_eq!(month_start("2013-11"), Some(date(2013, 11, 1)));
        assert_eq!(month_start("2010-09-16"), Some(date(2010, 9, 1)));
        assert_eq!(month_start("2013"), None);
        assert_eq!(month_start(""), None);
    }
}
