//! The instruments the data records as binding the two States
//! (`other_instruments.csv`): for the kind of request and the offence's crime
//! types, each instrument that could carry the request gets a finding
//! `bases.data.<instrument>` (declared in `bases.rs`), citing the rows of both
//! States, and `bases.preferred` names the one a practitioner would normally
//! use. Readings: docs/legal-method.md, `other-instruments-data` and
//! `eu-mutual-recognition`.

use jiff::civil::{date, Date};
use jiff::ToSpan;
use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::{OtherConsentType, OtherInstrumentId, OtherParticipation, StateCode};

use crate::ctx::Ctx;
use crate::facts::{OtherInstrument, RequestKind};
use crate::outcome::{Basis, Cited, Finding, Outcome, Tri};

/// The anchor of the readings of the data (docs/legal-method.md).
const DATA_READING: Basis = Basis::Interpretation("other-instruments-data");
/// The anchor of the EU mutual-recognition reading.
const EU_READING: Basis = Basis::Interpretation("eu-mutual-recognition");

/// Whether an instrument reaches a request of this kind for these crime
/// types: yes, no, or only on a condition the case does not settle (the
/// condition's message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reach {
    Yes,
    No,
    If(&'static str),
}

/// Crime types of the Budapest Convention's own offences (its arts. 2-11).
const CYBER: [&str; 2] = ["cybercrime_illegal_access", "computer_fraud"];

/// The table of what each instrument provides for (docs/legal-method.md,
/// `other-instruments-data`): the kinds its cooperation articles name, and
/// the crime types its offences cover. `threshold` says whether both States'
/// art. 2(b) findings are `yes` (a maximum of four years or more meets the
/// 1957 Convention's one-year threshold).
pub(crate) fn reach(
    i: OtherInstrumentId,
    kind: RequestKind,
    crimes: &[&str],
    threshold: bool,
) -> Reach {
    use OtherInstrumentId as I;
    use RequestKind as K;
    let has = |ids: &[&str]| crimes.iter().any(|c| ids.contains(c));
    match (i, kind) {
        (I::Uncac, K::Extradition | K::MutualLegalAssistance | K::Confiscation) => {
            if has(&["corruption"]) {
                Reach::Yes
            } else if has(&["money_laundering", "match_fixing"]) {
                Reach::If("bases-cond-uncac")
            } else {
                Reach::No
            }
        }
        (I::DrugConvention1988, K::Extradition | K::MutualLegalAssistance | K::Confiscation) => {
            if has(&["drug_trafficking"]) {
                Reach::Yes
            } else if has(&["money_laundering"]) {
                Reach::If("bases-cond-drugs")
            } else {
                Reach::No
            }
        }
        (I::BudapestConvention, K::Extradition) if has(&CYBER) => Reach::Yes,
        (I::BudapestConvention, K::MutualLegalAssistance) => {
            if has(&CYBER) {
                Reach::Yes
            } else {
                Reach::If("bases-cond-electronic")
            }
        }
        (I::EuropeanConventionExtradition1957, K::Extradition) => {
            if threshold {
                Reach::Yes
            } else {
                Reach::If("bases-cond-threshold")
            }
        }
        (I::EuropeanConventionMla1959, K::MutualLegalAssistance) => Reach::Yes,
        (I::EuMembership, K::Extradition | K::MutualLegalAssistance) => Reach::Yes,
        _ => Reach::No,
    }
}

/// One State's position under one instrument on a date, read from its rows.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Bound {
    /// Bound since that date.
    Since(Date),
    /// Not bound, for the reason the message gives.
    Not(Msg),
    /// Not known from the data, for the reason the message gives.
    Unknown(Msg),
}

/// When the instrument enters into force for a State that consented on
/// `consent`, where the source does not say: UNCAC art. 68(2) (the 30th day
/// after deposit, not before 14 December 2005), 1988 Convention art. 29(2)
/// (the 90th day, not before 11 November 1990); the others only as their
/// sources give it.
pub(crate) fn computed_entry_into_force(i: OtherInstrumentId, consent: Date) -> Option<Date> {
    let (days, general) = match i {
        OtherInstrumentId::Uncac => (30, date(2005, 12, 14)),
        OtherInstrumentId::DrugConvention1988 => (90, date(1990, 11, 11)),
        OtherInstrumentId::EuMembership => return Some(consent),
        _ => return None,
    };
    let d = consent.checked_add(days.days()).ok()?;
    Some(d.max(general))
}

/// The last day covered by a list dated `as_of` (`2014-07-10`, `2020-02`,
/// `2015`), or `None` when the date is not recorded.
fn list_end(as_of: &str) -> Option<Date> {
    match as_of.len() {
        4 => format!("{as_of}-12-31").parse().ok(),
        7 => format!("{as_of}-01")
            .parse::<Date>()
            .ok()
            .map(|d| d.last_of_month()),
        10 => as_of.parse().ok(),
        _ => None,
    }
}

/// Where `state` stands under `i` on `on`, from its rows (`rows`: the
/// consent or signature row first, then any withdrawal) and the date and
/// completeness of the list.
pub(crate) fn bound(
    i: OtherInstrumentId,
    rows: &[&OtherParticipation],
    list_as_of: Option<&str>,
    on: Date,
) -> Bound {
    let consent_row = rows
        .iter()
        .find(|r| r.consent_type != Some(OtherConsentType::Withdrawal));
    let withdrawal = rows
        .iter()
        .find(|r| r.consent_type == Some(OtherConsentType::Withdrawal))
        .and_then(|r| r.consent);
    let Some(row) = consent_row else {
        let list = list_as_of.unwrap_or("");
        return match list_end(list) {
            Some(end) if i.list_complete() && on <= end => {
                Bound::Not(msg!("bases-reason-not-listed", list = Arg::text(list)))
            }
            Some(_) if i.list_complete() => {
                Bound::Unknown(msg!("bases-reason-after-list", list = Arg::text(list)))
            }
            _ => Bound::Unknown(msg!("bases-reason-partial")),
        };
    };
    let Some(consent) = row.consent else {
        // A signatory only, as of the row's source.
        let list = &*row.source.as_of;
        return match list_end(list) {
            Some(end) if on <= end => {
                Bound::Not(msg!("bases-reason-signatory", list = Arg::text(list)))
            }
            _ => Bound::Unknown(msg!("bases-reason-after-list", list = Arg::text(list))),
        };
    };
    if let Some(last) = withdrawal {
        if on > last {
            return Bound::Not(msg!("bases-reason-withdrew", date = last));
        }
    }
    match row
        .entry_into_force
        .or_else(|| computed_entry_into_force(i, consent))
    {
        Some(eif) if on >= eif => Bound::Since(eif),
        Some(eif) => Bound::Not(msg!("bases-reason-not-yet", date = eif)),
        None if on < consent => Bound::Not(msg!("bases-reason-not-yet", date = consent)),
        None => Bound::Unknown(msg!("bases-reason-eif-unrecorded", date = consent)),
    }
}

/// The instrument's name, as the messages call it.
pub(crate) fn name(i: OtherInstrumentId) -> Arg {
    Arg::Term(match i {
        OtherInstrumentId::Uncac => "bases-name-uncac",
        OtherInstrumentId::DrugConvention1988 => "bases-name-drugs",
        OtherInstrumentId::BudapestConvention => "bases-name-budapest",
        OtherInstrumentId::EuropeanConventionExtradition1957 => "bases-name-ece",
        OtherInstrumentId::EuropeanConventionMla1959 => "bases-name-ecma",
        OtherInstrumentId::EuMembership => "bases-name-eu",
    })
}

fn offers(i: OtherInstrumentId) -> Arg {
    Arg::Term(match i {
        OtherInstrumentId::Uncac => "bases-offers-uncac",
        OtherInstrumentId::DrugConvention1988 => "bases-offers-drugs",
        OtherInstrumentId::BudapestConvention => "bases-offers-budapest",
        OtherInstrumentId::EuropeanConventionExtradition1957 => "bases-offers-ece",
        OtherInstrumentId::EuropeanConventionMla1959 => "bases-offers-ecma",
        OtherInstrumentId::EuMembership => "bases-offers-eu",
    })
}

/// The finding id of an instrument.
pub(crate) fn finding_id(i: OtherInstrumentId) -> &'static str {
    match i {
        OtherInstrumentId::Uncac => "bases.data.uncac",
        OtherInstrumentId::DrugConvention1988 => "bases.data.drug_convention_1988",
        OtherInstrumentId::BudapestConvention => "bases.data.budapest_convention",
        OtherInstrumentId::EuropeanConventionExtradition1957 => {
            "bases.data.european_convention_extradition_1957"
        }
        OtherInstrumentId::EuropeanConventionMla1959 => "bases.data.european_convention_mla_1959",
        OtherInstrumentId::EuMembership => "bases.data.eu_membership",
    }
}

/// The date from which EU law replaces the treaty route for this kind
/// between two Member States (the transposition deadlines: 31 December 2003
/// for the European Arrest Warrant, 22 May 2017 for the European
/// Investigation Order), and the States the EIO does not bind. Gives the
/// tool's name (a term), the message saying it applies between the two
/// States, and that date.
fn eu_tool(kind: RequestKind) -> (&'static str, &'static str, Date) {
    match kind {
        RequestKind::Extradition => ("bases-tool-eaw", "bases-data-eu-eaw", date(2004, 1, 1)),
        RequestKind::MutualLegalAssistance
        | RequestKind::Confiscation
        | RequestKind::TransferOfSentencedPersons
        | RequestKind::JointInvestigation
        | RequestKind::SpecialInvestigativeTechniques
        | RequestKind::TransferOfProceedings
        | RequestKind::LawEnforcementCooperation => {
            ("bases-tool-eio", "bases-data-eu-eio", date(2017, 5, 22))
        }
    }
}

const EIO_NOT_BOUND: [&str; 2] = ["DNK", "IRL"];

/// Pushes `bases.data.<instrument>` for each instrument the data can say
/// something about for this request, and `bases.preferred`; returns each
/// finding's outcome and the instrument's name, for `bases.on_top` and
/// `bases.convention_only`.
pub(crate) fn weigh(ctx: &mut Ctx<'_>, kind: RequestKind, citation: Provision) -> Vec<(Tri, Arg)> {
    let mut crimes: Vec<&str> = Vec::new();
    for o in &ctx.case.offences {
        for c in &o.crime_types {
            crimes.push(c.as_str());
        }
    }
    let serious = |s: StateCode| {
        ctx.tri_of_state("art2.b.serious_crime", s, false)
            .is_some_and(|t| t.outcome == Outcome::Yes)
    };
    let threshold = serious(ctx.requesting) && serious(ctx.requested);
    let stated: Vec<OtherInstrumentId> = ctx
        .case
        .other_bases
        .iter()
        .filter_map(|b| match b.instrument {
            OtherInstrument::Uncac => Some(OtherInstrumentId::Uncac),
            OtherInstrument::DrugConvention1988 => Some(OtherInstrumentId::DrugConvention1988),
            OtherInstrument::BudapestConvention => Some(OtherInstrumentId::BudapestConvention),
            _ => None,
        })
        .collect();
    let (a, b) = (ctx.requesting, ctx.requested);
    let mut out = Vec::new();
    let mut preferred: Option<(OtherInstrumentId, &'static str)> = None;
    for i in OtherInstrumentId::ALL {
        let r = reach(i, kind, &crimes, threshold);
        if r == Reach::No || stated.contains(&i) {
            continue;
        }
        let rows_a: Vec<&OtherParticipation> = ctx.data.other_instrument(a, i).collect();
        let rows_b: Vec<&OtherParticipation> = ctx.data.other_instrument(b, i).collect();
        // Nothing to say without a row; EU law only between two States with
        // a membership record (a State the EU's list does not name is no
        // candidate for the EAW or the EIO).
        let eu = i == OtherInstrumentId::EuMembership;
        if (rows_a.is_empty() && rows_b.is_empty())
            || (eu && (rows_a.is_empty() || rows_b.is_empty()))
        {
            continue;
        }
        let list = ctx.data.other_instrument_as_of(i);
        let ba = bound(i, &rows_a, list, ctx.as_of);
        let bb = bound(i, &rows_b, list, ctx.as_of);
        let mut f = Finding::new(finding_id(i), citation, Outcome::Undetermined);
        f.basis = if i == OtherInstrumentId::EuMembership {
            EU_READING
        } else {
            DATA_READING
        };
        f.sources = rows_a
            .iter()
            .chain(&rows_b)
            .map(|r| Cited::data(&r.source, None))
            .collect();
        (f.outcome, f.message) = match (&ba, &bb) {
            (Bound::Not(why), _) | (_, Bound::Not(why)) => {
                let state = if matches!(ba, Bound::Not(_)) { a } else { b };
                let m = if eu {
                    msg!(
                        "bases-data-eu-not-member",
                        state = state,
                        reason = why.clone()
                    )
                } else {
                    msg!(
                        "bases-data-not-bound",
                        name = name(i),
                        state = state,
                        reason = why.clone()
                    )
                };
                (Outcome::No, m)
            }
            (Bound::Unknown(why), _) | (_, Bound::Unknown(why)) => {
                let state = if matches!(ba, Bound::Unknown(_)) {
                    a
                } else {
                    b
                };
                let m = if eu {
                    msg!("bases-data-eu-unknown", state = state, reason = why.clone())
                } else {
                    msg!(
                        "bases-data-unknown",
                        name = name(i),
                        state = state,
                        reason = why.clone()
                    )
                };
                (Outcome::Undetermined, m)
            }
            (Bound::Since(fa), Bound::Since(fb)) if eu => {
                let (tool, applies, from) = eu_tool(kind);
                let opted_out = [a, b].into_iter().find(|s| {
                    kind != RequestKind::Extradition && EIO_NOT_BOUND.contains(&s.as_str())
                });
                if let Some(s) = opted_out {
                    (Outcome::No, msg!("bases-data-eu-eio-not-bound", state = s))
                } else if ctx.as_of < from {
                    (
                        Outcome::No,
                        msg!("bases-data-eu-before", tool = Arg::Term(tool), date = from),
                    )
                } else {
                    preferred = Some((i, "bases-why-eu"));
                    let m = Msg::new(applies)
                        .arg("a", a)
                        .arg("a_from", *fa)
                        .arg("b", b)
                        .arg("b_from", *fb);
                    (Outcome::Yes, m)
                }
            }
            (Bound::Since(fa), Bound::Since(fb)) => match r {
                Reach::Yes => {
                    let why = match i {
                        OtherInstrumentId::EuropeanConventionExtradition1957
                        | OtherInstrumentId::EuropeanConventionMla1959 => "bases-why-regional",
                        _ => "bases-why-specific",
                    };
                    let better = |p: &Option<(OtherInstrumentId, &str)>| match p {
                        None => true,
                        Some((_, w)) => *w == "bases-why-specific" && why == "bases-why-regional",
                    };
                    if better(&preferred) {
                        preferred = Some((i, why));
                    }
                    let m = Msg::new("bases-data-yes")
                        .arg("name", name(i))
                        .arg("a", a)
                        .arg("a_from", *fa)
                        .arg("b", b)
                        .arg("b_from", *fb)
                        .arg("offers", offers(i));
                    (Outcome::Yes, m)
                }
                Reach::If(cond) => (
                    Outcome::Undetermined,
                    msg!(
                        "bases-data-maybe",
                        name = name(i),
                        condition = Arg::Term(cond)
                    ),
                ),
                Reach::No => unreachable!("instruments that cannot reach the request are skipped"),
            },
        };
        let tri = ctx.push(f);
        out.push((tri, name(i)));
    }
    if let Some((i, why)) = preferred {
        let mut f = Finding::new("bases.preferred", citation, Outcome::Yes);
        f.basis = preferred_basis(i);
        let what = if i == OtherInstrumentId::EuMembership {
            Arg::Term(eu_tool(kind).0)
        } else {
            name(i)
        };
        f.message = msg!("bases-preferred", name = what, why = Arg::Term(why));
        f.because.extend(ctx.position_of(finding_id(i)));
        ctx.push(f);
    }
    out
}

/// The reading `bases.preferred` rests on.
fn preferred_basis(i: OtherInstrumentId) -> Basis {
    if i == OtherInstrumentId::EuMembership {
        EU_READING
    } else {
        Basis::Interpretation("preferred-instrument")
    }
}
