//! Treaty status: UNTOC arts. 36-38 and 40, art. 37 for the Protocols, and the
//! Protocols' own entry-into-force and denunciation articles (TIP arts. 17, 19;
//! SOM arts. 22, 24; FP arts. 18, 20).
//!
//! Entry into force is computed from the deposit date, never stored: the
//! later of deposit + 30 days and the instrument's own entry into force.

use jiff::civil::{date, Date};

use jiff::ToSpan;
use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::Consent;
use crate::outcome::{Basis, Cited, Finding, Outcome, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-status.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "status.in_force.<ISO3>",
        citation: Provision::articles(Instrument::Untoc, 36, 40),
        description: "spec-status-in-force-iso3",
    },
    FindingSpec {
        id: "status.in_force_between",
        citation: Provision::articles(Instrument::Untoc, 36, 38),
        description: "spec-status-in-force-between",
    },
    FindingSpec {
        id: "status.<protocol>.in_force.<ISO3>",
        citation: Provision::untoc(37),
        description: "spec-status-protocol-in-force-iso3",
    },
    FindingSpec {
        id: "status.<protocol>.in_force_between",
        citation: Provision::untoc(37).para(3),
        description: "spec-status-protocol-in-force-between",
    },
    FindingSpec {
        id: "status.temporal.earlier_conduct",
        citation: Provision::articles(Instrument::Untoc, 36, 38),
        description: "spec-status-temporal-earlier-conduct",
    },
    FindingSpec {
        id: "status.temporal.dual_criminality_when_committed",
        citation: Provision::untoc(16).para(1),
        description: "spec-status-temporal-dual-criminality-when-committed",
    },
];

/// Art. 38(1): the Convention entered into force on 29 September 2003
/// (the 90th day after the 40th instrument, deposited on 1 July 2003).
pub const UNTOC_ENTRY_INTO_FORCE: Date = date(2003, 9, 29);
/// Art. 38(1): the date of the 40th instrument.
pub const UNTOC_FORTIETH_DEPOSIT: Date = date(2003, 7, 1);
/// TIP art. 17(1).
pub const TIP_ENTRY_INTO_FORCE: Date = date(2003, 12, 25);
/// SOM art. 22(1).
pub const SOM_ENTRY_INTO_FORCE: Date = date(2004, 1, 28);
/// FP art. 18(1).
pub const FIREARMS_ENTRY_INTO_FORCE: Date = date(2005, 7, 3);
/// Art. 38(2) and the Protocols' para 2: thirty days after a later deposit (not ninety).
pub const DAYS_AFTER_DEPOSIT: i64 = 30;

/// The instrument's general entry into force.
pub fn general_entry_into_force(instrument: Instrument) -> Date {
    match instrument {
        Instrument::Untoc => UNTOC_ENTRY_INTO_FORCE,
        Instrument::Tip => TIP_ENTRY_INTO_FORCE,
        Instrument::Som => SOM_ENTRY_INTO_FORCE,
        Instrument::Firearms => FIREARMS_ENTRY_INTO_FORCE,
    }
}

/// The entry-into-force article of an instrument.
fn eif_article(instrument: Instrument) -> u8 {
    match instrument {
        Instrument::Untoc => 38,
        Instrument::Tip => 17,
        Instrument::Som => 22,
        Instrument::Firearms => 18,
    }
}

/// Entry into force for a State that deposited on `deposit` (art. 38(1)-(2);
/// TIP art. 17, SOM art. 22, FP art. 18): the later of deposit + 30 days and
/// the instrument's own entry into force.
pub fn entry_into_force(instrument: Instrument, deposit: Date) -> Date {
    let after = deposit
        .checked_add(DAYS_AFTER_DEPOSIT.days())
        .unwrap_or(Date::MAX);
    after.max(general_entry_into_force(instrument))
}

/// Art. 40(1): a denunciation takes effect one year after the Secretary-General receives it.
pub fn denunciation_effective(received: Date) -> Date {
    received.checked_add(1.year()).unwrap_or(Date::MAX)
}

enum Deposit {
    Known {
        date: Date,
        /// How it consented: the id of a `status-how-*` message.
        how: &'static str,
        source: Cited,
        succession: bool,
    },
    /// A party by the date its source reflects, deposit date unknown: it
    /// deposited by `by` at the latest (the last day a partial date can
    /// denote).
    PartyBy {
        by: Date,
        as_of: std::sync::Arc<str>,
        source: Cited,
    },
    /// Not a party: the whole message, and where that is read.
    NotParty { message: Msg, source: Cited },
    /// Not known: why (a clause, `status-why-*`).
    Unknown { why: Msg },
}

/// A date as the data writes it: a full date as a date, a partial one
/// (`2014`, `2014-07`) as written.
fn stamp(s: &str) -> Arg {
    match s.len() {
        10 => s.parse::<Date>().map_or_else(|_| Arg::text(s), Arg::Date),
        _ => Arg::text(s),
    }
}

/// `first; then`: a clause added to a message, joined as the language joins
/// clauses (both are messages).
fn then(first: Msg, then: Msg) -> Msg {
    msg!("status-then", first = first, then = then)
}

/// The instrument's name, as a word the messages use (`status-instrument-*`).
pub(crate) fn instrument_name(instrument: Instrument) -> Arg {
    Arg::Term(match instrument {
        Instrument::Untoc => "status-instrument-untoc",
        Instrument::Tip => "status-instrument-tip",
        Instrument::Som => "status-instrument-som",
        Instrument::Firearms => "status-instrument-firearms",
    })
}

/// Start of a partial as-of date (`2014`, `2014-07`, `2014-07-10`).
fn partial_start(s: &str) -> Option<Date> {
    match s.len() {
        4 => format!("{s}-01-01").parse().ok(),
        7 => format!("{s}-01").parse().ok(),
        10 => s.parse().ok(),
        _ => None,
    }
}

/// The last day a partial as-of date can denote (`2014` → 2014-12-31,
/// `2014-01` → 2014-01-31, a full date itself).
fn partial_end(s: &str) -> Option<Date> {
    match s.len() {
        4 => format!("{s}-12-31").parse().ok(),
        7 => partial_start(s).map(|d| d.last_of_month()),
        10 => s.parse().ok(),
        _ => None,
    }
}

/// The latest date on which `instrument` can have entered into force for a
/// State that had deposited its instrument by `by`: the later of `by` + 30
/// days and the instrument's general entry into force (art. 38(2); TIP art.
/// 17(2), SOM art. 22(2), FP art. 18(2)).
pub fn latest_entry_into_force(instrument: Instrument, by: Date) -> Date {
    entry_into_force(instrument, by)
}

fn deposit(ctx: &Ctx<'_>, state: StateCode, instrument: Instrument) -> Deposit {
    if let Some(facts) = ctx.state_facts(state) {
        let stated = match instrument {
            Instrument::Untoc => facts.untoc_consent,
            p => facts.protocols.get(&p).copied(),
        };
        match stated {
            Some(Consent::Deposited(d)) => {
                return Deposit::Known {
                    date: d,
                    how: "status-how-deposited",
                    source: Cited::Case(consent_path(state, instrument).path()),
                    succession: false,
                }
            }
            Some(Consent::None) => {
                return Deposit::NotParty {
                    message: msg!("status-no-instrument", state = state, date = ctx.as_of),
                    source: Cited::Case(consent_path(state, instrument).path()),
                }
            }
            None => {}
        }
    }
    let Some(p) = ctx.data.participation(state, instrument) else {
        return Deposit::Unknown {
            why: msg!("status-why-no-record"),
        };
    };
    let source = Cited::data(&p.source, None);
    match (p.is_party, p.consent) {
        (true, Some(d)) => Deposit::Known {
            date: d,
            how: p.consent_type.map_or("status-how-deposited", |t| match t {
                palermo_refdata::ConsentType::Ratification => "status-how-ratified",
                palermo_refdata::ConsentType::Acceptance => "status-how-accepted",
                palermo_refdata::ConsentType::Approval => "status-how-approved",
                palermo_refdata::ConsentType::Accession => "status-how-acceded",
                palermo_refdata::ConsentType::Succession => "status-how-succeeded",
            }),
            source,
            succession: p.consent_type == Some(palermo_refdata::ConsentType::Succession),
        },
        (true, None) => match partial_end(&p.source.as_of) {
            Some(by) => Deposit::PartyBy {
                by,
                as_of: p.source.as_of.clone(),
                source,
            },
            None => Deposit::Unknown {
                why: msg!(
                    "status-why-no-deposit-date",
                    file = Arg::text(p.source.file),
                    line = p.source.line
                ),
            },
        },
        (false, _) => match partial_start(&p.source.as_of) {
            Some(known) if ctx.as_of <= known => Deposit::NotParty {
                message: msg!(
                    "status-not-party-data",
                    state = state,
                    as_of = stamp(&p.source.as_of),
                    date = ctx.as_of
                ),
                source,
            },
            _ if p.source.as_of.is_empty() => Deposit::Unknown {
                why: msg!("status-why-later-deposit-undated"),
            },
            _ => Deposit::Unknown {
                why: msg!("status-why-later-deposit", as_of = stamp(&p.source.as_of)),
            },
        },
    }
}

/// The fact path a user fills to settle a State's participation.
fn consent_path(state: StateCode, instrument: Instrument) -> crate::outcome::Fact {
    let field = match instrument {
        Instrument::Untoc => "untoc_consent",
        Instrument::Tip => "protocols.tip",
        Instrument::Som => "protocols.som",
        Instrument::Firearms => "protocols.firearms",
    };
    crate::outcome::Fact::state(state, field)
}

/// The id of the status finding for one State.
pub fn in_force_id(state: StateCode, instrument: Instrument) -> String {
    crate::ctx::join_state(in_force_base(instrument), state)
}

/// [`in_force_id`] without the State.
fn in_force_base(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Untoc => "status.in_force",
        Instrument::Tip => "status.tip.in_force",
        Instrument::Som => "status.som.in_force",
        Instrument::Firearms => "status.firearms.in_force",
    }
}

/// Is `instrument` in force for `state` on `as_of`? Pushes
/// `status.in_force.<ISO3>` (or `status.<protocol>.in_force.<ISO3>`) and
/// returns it with the entry-into-force date when known.
pub fn in_force_for(
    ctx: &mut Ctx<'_>,
    state: StateCode,
    instrument: Instrument,
) -> (Tri, Option<Date>) {
    if let Some(t) = ctx.tri_of_state(in_force_base(instrument), state, false) {
        return (t, ctx.eif_cache(state, instrument));
    }
    let id = in_force_id(state, instrument);
    let article = eif_article(instrument);
    let general = general_entry_into_force(instrument);
    let mut eif_date = None;
    let mut f;
    match deposit(ctx, state, instrument) {
        Deposit::Known {
            date: d,
            how,
            source,
            succession,
        } => {
            let eif = entry_into_force(instrument, d);
            eif_date = Some(eif);
            // Para 1 covers the instruments deposited up to the one that
            // triggered general entry into force, 90 days before it.
            let fortieth = general
                .checked_sub(90.days())
                .expect("invariant: fixed dates");
            let para = if d <= fortieth { 1 } else { 2 };
            let mut provision = Provision::article(instrument, article).para(para);
            let denounced = ctx
                .state_facts(state)
                .and_then(|s| s.untoc_denunciation)
                .map(|r| (r, denunciation_effective(r)));
            let in_force = eif <= ctx.as_of && denounced.is_none_or(|(_, eff)| ctx.as_of < eff);
            f = Finding::new(id, provision, Outcome::from_bool(in_force));
            f.sources.push(source);
            let rule = if para == 1 {
                msg!("status-rule-general", general = general)
            } else if eif == general {
                msg!("status-rule-later", general = general)
            } else {
                msg!("status-rule-day")
            };
            // Interpretation: art. 38(2) itself does not say "whichever is later";
            // the depositary applies it so (rules spec §1.1 step 3).
            if instrument == Instrument::Untoc && para == 2 && eif == general {
                f.basis = Basis::Interpretation("untoc-entry-into-force-later-of");
            }
            if succession {
                f.basis = Basis::Interpretation("succession");
            }
            // Not in force here means not yet in force: a denunciation that
            // has taken effect has its own message below.
            f.message = msg!(
                "status-deposit",
                state = state,
                how = Arg::Term(how),
                deposit = d,
                eif = eif,
                rule = rule,
                succession = succession,
                in_force = eif <= ctx.as_of,
                date = ctx.as_of
            );
            if let Some((received, effective)) = denounced {
                provision = Provision::untoc(40).para(1);
                f.citation = provision;
                if ctx.as_of >= effective {
                    f.message = msg!(
                        "status-denounced",
                        state = state,
                        received = received,
                        effective = effective,
                        date = ctx.as_of,
                        protocol = instrument != Instrument::Untoc
                    );
                    if instrument != Instrument::Untoc {
                        f.citation = Provision::untoc(40).para(3);
                    }
                } else {
                    f.message = then(
                        std::mem::take(&mut f.message),
                        msg!(
                            "status-denunciation-pending",
                            received = received,
                            effective = effective
                        ),
                    );
                }
            }
        }
        Deposit::PartyBy { by, as_of, source } => {
            // A party by the row's date has deposited by then, so the
            // instrument is in force for it 30 days later at the latest
            // (interpretation `party-without-deposit-date`).
            let latest = latest_entry_into_force(instrument, by);
            let denounced = ctx
                .state_facts(state)
                .and_then(|s| s.untoc_denunciation)
                .map(|r| (r, denunciation_effective(r)));
            // By the general date either paragraph may have applied.
            let at_general = latest == general;
            f = Finding::new(
                id,
                if at_general {
                    Provision::article(instrument, article)
                } else {
                    Provision::article(instrument, article).para(2)
                },
                Outcome::Undetermined,
            );
            f.basis = Basis::Interpretation("party-without-deposit-date");
            f.sources.push(source);
            let base = msg!(
                "status-party-by",
                state = state,
                as_of = stamp(&as_of),
                by = by,
                instrument = instrument_name(instrument),
                latest = latest,
                at_general = at_general
            );
            let now = match denounced {
                _ if ctx.as_of < general => {
                    f.outcome = Outcome::No;
                    f.citation = Provision::article(instrument, article).para(1);
                    msg!("status-now-no-state", date = ctx.as_of)
                }
                Some((received, effective)) if ctx.as_of >= effective => {
                    f.outcome = Outcome::No;
                    f.citation = Provision::untoc(40).para(1);
                    if instrument != Instrument::Untoc {
                        f.citation = Provision::untoc(40).para(3);
                    }
                    msg!(
                        "status-now-denounced",
                        received = received,
                        effective = effective,
                        date = ctx.as_of,
                        protocol = instrument != Instrument::Untoc
                    )
                }
                _ if ctx.as_of >= latest => {
                    f.outcome = Outcome::Yes;
                    let now = msg!("status-now-in-force", date = ctx.as_of);
                    match denounced {
                        Some((received, effective)) => then(
                            now,
                            msg!(
                                "status-denunciation-pending",
                                received = received,
                                effective = effective
                            ),
                        ),
                        None => now,
                    }
                }
                _ => {
                    f.missing.push(consent_path(state, instrument));
                    msg!("status-now-depends", date = ctx.as_of)
                }
            };
            f.message = then(base, now);
        }
        Deposit::NotParty { message, source } => {
            f = Finding::new(id, Provision::untoc(36), Outcome::No);
            if instrument != Instrument::Untoc {
                f.citation = Provision::untoc(37).para(3);
            }
            f.sources.push(source);
            f.message = message;
        }
        Deposit::Unknown { why } => {
            if ctx.as_of < general {
                f = Finding::new(
                    id,
                    Provision::article(instrument, article).para(1),
                    Outcome::No,
                );
                f.message = msg!(
                    "status-before-general",
                    instrument = instrument_name(instrument),
                    general = general,
                    date = ctx.as_of
                );
            } else {
                f = Finding::new(
                    id,
                    Provision::article(instrument, article),
                    Outcome::Undetermined,
                );
                f.missing.push(consent_path(state, instrument));
                f.message = msg!("status-unknown", state = state, why = why);
            }
        }
    }
    // Art. 2(j), 36(3)-(4): a regional economic integration organization acts
    // only within its declared competence.
    if state.is_reio() && f.outcome == Outcome::Yes {
        let clause = match ctx.state_facts(state).and_then(|s| s.within_competence) {
            Some(true) => msg!("status-reio-within"),
            Some(false) => {
                f.outcome = Outcome::No;
                f.citation = Provision::untoc(2).letter('j');
                msg!("status-reio-outside")
            }
            None => {
                f.outcome = Outcome::Undetermined;
                f.citation = Provision::untoc(2).letter('j');
                f.missing
                    .push(crate::outcome::Fact::state(state, "within_competence"));
                msg!("status-reio-open")
            }
        };
        f.message = then(std::mem::take(&mut f.message), clause);
    }
    // Art. 37(2): only a party to the Convention can be a party to a Protocol.
    if instrument != Instrument::Untoc && f.outcome == Outcome::Yes {
        let (untoc, _) = in_force_for(ctx, state, Instrument::Untoc);
        if untoc.outcome != Outcome::Yes {
            f.outcome = untoc.outcome;
            ctx.rest_on(&mut f, &untoc);
            f.missing = untoc.missing;
            f.citation = Provision::untoc(37).para(2);
            f.message = then(
                std::mem::take(&mut f.message),
                msg!("status-protocol-needs-convention"),
            );
        }
    }
    ctx.set_eif_cache(state, instrument, eif_date);
    (ctx.push(f), eif_date)
}

/// Is the Convention in force between the requesting and requested State on
/// `as_of` (rules spec §1.4)? Pushes `status.in_force_between` and returns it
/// with the date from which it is in force between them, when known.
pub fn in_force_between(ctx: &mut Ctx<'_>) -> (Tri, Option<Date>) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let (ta, ea) = in_force_for(ctx, a, Instrument::Untoc);
    let (tb, eb) = in_force_for(ctx, b, Instrument::Untoc);
    let tri = Tri::all(&[&ta, &tb]);
    let mut f = ctx.finding_from(
        "status.in_force_between",
        Provision::articles(Instrument::Untoc, 36, 38),
        &tri,
    );
    let since = ea.zip(eb).map(|(x, y)| x.max(y));
    let (requesting, requested) = (Arg::State(a), Arg::State(b));
    f.message = match (tri.outcome, since) {
        (Outcome::Yes, Some(since)) => msg!(
            "status-between-yes-since",
            requesting = requesting,
            requested = requested,
            date = ctx.as_of,
            since = since
        ),
        (Outcome::Yes, None) => msg!(
            "status-between-yes",
            requesting = requesting,
            requested = requested,
            date = ctx.as_of
        ),
        (Outcome::No, _) => {
            let not: Vec<StateCode> = [(a, &ta), (b, &tb)]
                .iter()
                .filter(|(_, t)| t.outcome == Outcome::No)
                .map(|(s, _)| *s)
                .collect();
            msg!(
                "status-between-no",
                states = Arg::states(&not),
                date = ctx.as_of,
                requesting = requesting,
                requested = requested
            )
        }
        _ => msg!(
            "status-between-open",
            requesting = requesting,
            requested = requested,
            date = ctx.as_of
        ),
    };
    (ctx.push(f), since)
}

/// The id of `status.<protocol>.in_force_between`.
pub fn protocol_between_id(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Untoc => "status.in_force_between",
        Instrument::Tip => "status.tip.in_force_between",
        Instrument::Som => "status.som.in_force_between",
        Instrument::Firearms => "status.firearms.in_force_between",
    }
}

/// For a Protocol offence: is `instrument` in force between the two States?
/// Pushes `status.<protocol>.in_force_between` (UNTOC art. 37(3); Protocol art. 1).
pub fn protocol_in_force_between(ctx: &mut Ctx<'_>, instrument: Instrument) -> Tri {
    let id = protocol_between_id(instrument);
    if let Some(t) = ctx.tri_of(id) {
        return t;
    }
    let (a, b) = (ctx.requesting, ctx.requested);
    if let Some(missing) = ctx.absent(a).or_else(|| ctx.absent(b)) {
        // A partial assessment: the pair is not known.
        let mut f = ctx.finding_from(id, Provision::untoc(37).para(3), &missing);
        f.message = msg!(
            "status-protocol-pair-missing",
            instrument = instrument_name(instrument)
        );
        return ctx.push(f);
    }
    let (ta, _) = in_force_for(ctx, a, instrument);
    let (tb, _) = in_force_for(ctx, b, instrument);
    let tri = Tri::all(&[&ta, &tb]);
    let mut f = ctx.finding_from(id, Provision::untoc(37).para(3), &tri);
    let (requesting, requested) = (Arg::State(a), Arg::State(b));
    let name = instrument_name(instrument);
    f.message = match tri.outcome {
        Outcome::Yes => msg!(
            "status-protocol-both",
            requesting = requesting,
            requested = requested,
            instrument = name,
            date = ctx.as_of
        ),
        Outcome::No => msg!(
            "status-protocol-not-both",
            requesting = requesting,
            requested = requested,
            instrument = name,
            date = ctx.as_of
        ),
        _ => msg!(
            "status-protocol-open",
            requesting = requesting,
            requested = requested,
            instrument = name,
            date = ctx.as_of
        ),
    };
    ctx.push(f)
}

/// Conduct before entry into force between the two States (rules spec §1.4).
///
/// The Convention has no temporal clause. The prevailing reading, applied as
/// the documented default (interpretation `temporal-application`): its
/// cooperation provisions are procedural, and the non-retroactivity of
/// treaties (VCLT art. 28) concerns acts or facts that took place before
/// entry into force; for a request for cooperation the relevant fact is the
/// request, made after entry into force. So `status.temporal.earlier_conduct`
/// is `yes` on that reading, and the requested State is asked only whether
/// its law departs from it (question
/// `status.temporal.cooperates_on_earlier_conduct`; `false` makes it `no`).
/// For extradition, MLA and confiscation, whether the conduct was punishable
/// in both States when committed is asked as a fact
/// (`status.temporal.dual_criminality_when_committed`). Neither changes the
/// legal-basis answer. Pushed only when the case gives a conduct date.
pub fn temporal(ctx: &mut Ctx<'_>, since: Option<Date>) {
    let Some(conduct) = ctx.offence().conduct_date else {
        return;
    };
    let id = ctx.oid("status.temporal.earlier_conduct");
    let citation = Provision::articles(Instrument::Untoc, 36, 38);
    let mut f = Finding::new(id, citation, Outcome::Yes);
    match since {
        Some(since) if conduct >= since => {
            f.message = msg!("status-temporal-after", conduct = conduct, since = since);
            ctx.push(f);
        }
        Some(since) => {
            f.basis = Basis::Interpretation("temporal-application");
            let requested = ctx.requested;
            let answer = ctx.domestic(
                requested,
                "status.temporal.cooperates_on_earlier_conduct",
                &mut f,
            );
            if answer == Some(false) {
                f.outcome = Outcome::No;
            }
            f.message = match answer {
                Some(true) => msg!(
                    "status-temporal-before-follows",
                    conduct = conduct,
                    since = since,
                    requested = requested
                ),
                Some(false) => msg!(
                    "status-temporal-before-departs",
                    conduct = conduct,
                    since = since,
                    requested = requested
                ),
                None => msg!(
                    "status-temporal-before-asked",
                    conduct = conduct,
                    since = since,
                    requested = requested
                ),
            };
            ctx.push(f);
            dual_criminality_when_committed(ctx, conduct);
        }
        None => {
            f.outcome = Outcome::Undetermined;
            f.missing = ctx
                .finding("status.in_force_between")
                .map(|x| x.missing.clone())
                .unwrap_or_default();
            f.message = msg!("status-temporal-open", conduct = conduct);
            ctx.push(f);
        }
    }
}

/// For conduct that predates entry into force: was it punishable under the
/// law of both States when committed? Asked as a fact of the case
/// (`offence.punishable_when_committed.<ISO3>`), like dual criminality itself
/// (`punishable_in`), for the kinds of cooperation where dual criminality
/// plays a part: a condition of extradition (16(1)), a ground the requested
/// State may rely on for assistance (18(9)) and, through 13(3), for
/// confiscation. Pushes `status.temporal.dual_criminality_when_committed`.
fn dual_criminality_when_committed(ctx: &mut Ctx<'_>, conduct: Date) {
    use crate::facts::RequestKind;
    let kind = ctx.case.request.kind;
    let (citation, role) = match kind {
        Some(RequestKind::Extradition) => (Provision::untoc(16).para(1), "status-role-extradition"),
        Some(RequestKind::MutualLegalAssistance) => {
            (Provision::untoc(18).para(9), "status-role-mla")
        }
        Some(RequestKind::Confiscation) => {
            (Provision::untoc(18).para(9), "status-role-confiscation")
        }
        Some(
            RequestKind::TransferOfSentencedPersons
            | RequestKind::JointInvestigation
            | RequestKind::SpecialInvestigativeTechniques
            | RequestKind::TransferOfProceedings
            | RequestKind::LawEnforcementCooperation,
        )
        | None => return,
    };
    let (a, b) = (ctx.requesting, ctx.requested);
    let path = ctx.offence_fact("punishable_when_committed");
    let then = &ctx.offence().punishable_when_committed;
    let each: Vec<Tri> = [a, b]
        .iter()
        .map(|s| Tri::fact(then.get(s).copied(), path.of(*s)))
        .collect();
    let tri = Tri::all(&[&each[0], &each[1]]);
    let mut f = ctx.finding_from(
        ctx.oid("status.temporal.dual_criminality_when_committed"),
        citation,
        &tri,
    );
    f.basis = Basis::Interpretation("temporal-application");
    let not: Vec<StateCode> = [a, b]
        .iter()
        .zip(&each)
        .filter(|(_, t)| t.outcome == Outcome::No)
        .map(|(s, _)| *s)
        .collect();
    let role = Arg::Term(role);
    f.message = match tri.outcome {
        Outcome::Yes => msg!(
            "status-when-committed-yes",
            requesting = Arg::State(a),
            requested = Arg::State(b),
            conduct = conduct,
            role = role
        ),
        Outcome::No => msg!(
            "status-when-committed-no",
            states = Arg::states(&not),
            conduct = conduct,
            role = role
        ),
        _ => msg!(
            "status-when-committed-open",
            requesting = Arg::State(a),
            requested = Arg::State(b),
            conduct = conduct,
            role = role
        ),
    };
    ctx.push(f);
}
