//! UNTOC art. 15 — Jurisdiction: which States must, may, or must if they do
//! not extradite their national, establish jurisdiction over the offence.
//! (Art. 15(5), consultation, lives with art. 21, which it leads to.)

use palermo_cite::Provision;
use palermo_i18n::Arg;
use palermo_refdata::StateCode;

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::facts::ConventionOffence;
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art15.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art15.1.territory",
        citation: Provision::untoc(15).para(1),
        description: "spec-art15-1-territory",
    },
    FindingSpec {
        id: "art15.2.nationality",
        citation: Provision::untoc(15).para(2),
        description: "spec-art15-2-nationality",
    },
    FindingSpec {
        id: "art15.3.national_not_extradited",
        citation: Provision::untoc(15).para(3),
        description: "spec-art15-3-national-not-extradited",
    },
    FindingSpec {
        id: "art15.4.present_not_extradited",
        citation: Provision::untoc(15).para(4),
        description: "spec-art15-4-present-not-extradited",
    },
    FindingSpec {
        id: "art15.1.a.<ISO3>",
        citation: Provision::untoc(15).para(1).letter('a'),
        description: "spec-art15-1-a-iso3",
    },
    FindingSpec {
        id: "art15.1.b.<ISO3>",
        citation: Provision::untoc(15).para(1).letter('b'),
        description: "spec-art15-1-b-iso3",
    },
    FindingSpec {
        id: "art15.2.a.<ISO3>",
        citation: Provision::untoc(15).para(2).letter('a'),
        description: "spec-art15-2-a-iso3",
    },
    FindingSpec {
        id: "art15.2.b.<ISO3>",
        citation: Provision::untoc(15).para(2).letter('b'),
        description: "spec-art15-2-b-iso3",
    },
    FindingSpec {
        id: "art15.2.c.i.<ISO3>",
        citation: Provision::untoc(15).para(2).letter('c').roman(1),
        description: "spec-art15-2-c-i-iso3",
    },
    FindingSpec {
        id: "art15.2.c.ii.<ISO3>",
        citation: Provision::untoc(15).para(2).letter('c').roman(2),
        description: "spec-art15-2-c-ii-iso3",
    },
    FindingSpec {
        id: "art15.3.<ISO3>",
        citation: Provision::untoc(15).para(3),
        description: "spec-art15-3-iso3",
    },
    FindingSpec {
        id: "art15.4.<ISO3>",
        citation: Provision::untoc(15).para(4),
        description: "spec-art15-4-iso3",
    },
    FindingSpec {
        id: "art15.jurisdiction.<ISO3>",
        citation: Provision::untoc(15),
        description: "spec-art15-jurisdiction-iso3",
    },
    FindingSpec {
        id: "art15.jurisdiction",
        citation: Provision::untoc(15),
        description: "spec-art15-jurisdiction",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art15.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[(Provision::untoc(15).para(6), "not-encoded-art15-6")];

/// How strongly art. 15 calls on a State to have jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Call {
    /// 15(1): shall establish.
    Must,
    /// 15(3): shall establish, for the case where it refuses extradition
    /// solely because the person is its national (16(10)).
    MustIfNotExtraditingNational,
    /// 15(2) and 15(4): may establish.
    May,
}

/// One ground linking a State to the offence.
struct Ground {
    state: StateCode,
    call: Call,
    provision: Provision,
    /// Why, as a clause: the id of an `art15-why-*` message.
    why: &'static str,
}

/// Art. 15 for the offence being evaluated. Pushes `art15.1.territory`,
/// `art15.2.nationality`, `art15.3.national_not_extradited` (always: the
/// 15(3) duty is shown in every assessment), `art15.4.present_not_extradited`,
/// one finding per State and ground with that ground's own strength
/// (`art15.1.a.<ISO3>`, `art15.2.b.<ISO3>`, `art15.3.<ISO3>`, …), one
/// `art15.jurisdiction.<ISO3>` per State at its strongest call (other calls in
/// sentences of their own), and the summary `art15.jurisdiction`, which lists
/// a State under every call it has.
///
/// Whether a State has in fact established the jurisdiction is for its law;
/// the question is asked of the requesting State, whose prosecution the
/// request serves.
pub fn jurisdiction(ctx: &mut Ctx<'_>, covered: &Tri) {
    let o = ctx.offence();
    let case = ctx.case;
    let q = &case.request;
    let mut grounds: smallvec::SmallVec<[Ground; 8]> = smallvec::SmallVec::new();

    // 15(1): territory, flag and registry.
    let mut f = Finding::new(
        ctx.oid("art15.1.territory"),
        Provision::untoc(15).para(1),
        Outcome::Yes,
    );
    match &o.committed_in {
        Some(places) => {
            for &s in places {
                grounds.push(Ground {
                    state: s,
                    call: Call::Must,
                    provision: Provision::untoc(15).para(1).letter('a'),
                    why: "art15-why-territory",
                });
            }
        }
        None => {
            f.outcome = Outcome::Undetermined;
            f.missing.push(ctx.offence_fact("committed_in"));
        }
    }
    for &s in o.aboard_flag_states.iter().flatten() {
        grounds.push(Ground {
            state: s,
            call: Call::Must,
            provision: Provision::untoc(15).para(1).letter('b'),
            why: "art15-why-flag",
        });
    }
    let must = states_with(&grounds, Call::Must);
    if f.outcome == Outcome::Yes && must.is_empty() {
        f.outcome = Outcome::No;
        f.message = msg!("art15-territory-none");
    } else if f.outcome == Outcome::Yes {
        f.strength = Some(Strength::Mandatory);
        f.message = msg!("art15-territory-yes", states = Arg::states(&must));
    } else {
        f.message = msg!("art15-territory-missing");
    }
    ctx.push(f);

    // 15(2)(a)-(c): victims, offender, conduct aimed at a State.
    let mut f = Finding::new(
        ctx.oid("art15.2.nationality"),
        Provision::untoc(15).para(2),
        Outcome::Yes,
    );
    for &s in o.victim_nationalities.iter().flatten() {
        grounds.push(Ground {
            state: s,
            call: Call::May,
            provision: Provision::untoc(15).para(2).letter('a'),
            why: "art15-why-victim",
        });
    }
    match &q.person_nationalities {
        Some(ns) if ns.is_empty() => match q.person_habitual_residence {
            Some(s) => grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(2).letter('b'),
                why: "art15-why-stateless",
            }),
            None => f.missing.push("request.person_habitual_residence".into()),
        },
        Some(ns) => {
            for &s in ns {
                grounds.push(Ground {
                    state: s,
                    call: Call::May,
                    provision: Provision::untoc(15).para(2).letter('b'),
                    why: "art15-why-offender",
                });
            }
        }
        None => f.missing.push("request.person_nationalities".into()),
    }
    // 15(2)(c): an art. 5(1) offence, stated or classified from its
    // elements, or an art. 6(1)(b)(ii) offence classified from its elements
    // (a label alone does not say which paragraph of art. 6), committed
    // abroad with a view to crime on the State's territory.
    let holds = |ctx: &Ctx<'_>, id: &'static str| {
        ctx.tri_of_offence(id)
            .is_some_and(|t| matches!(t.outcome, Outcome::Yes | Outcome::DependsOnDomesticLaw))
    };
    let participation = o
        .convention_offences
        .as_ref()
        .is_some_and(|c| c.contains(&ConventionOffence::UntocArt5))
        || holds(ctx, "art5.offence");
    let ancillary_laundering = holds(ctx, "art6.1.b.ii.ancillary");
    let here = o.committed_in.as_deref().unwrap_or(&[]);
    for &s in o.aimed_at.iter().flatten() {
        if here.contains(&s) {
            continue;
        }
        if participation {
            grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(2).letter('c').roman(1),
                why: "art15-why-participation",
            });
        }
        if ancillary_laundering {
            grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(2).letter('c').roman(2),
                why: "art15-why-laundering",
            });
        }
    }
    let mut may2: smallvec::SmallVec<[StateCode; 8]> = grounds
        .iter()
        .filter(|g| g.provision.paragraph_number() == Some(2))
        .map(|g| g.state)
        .collect();
    may2.sort();
    may2.dedup();
    if !f.missing.is_empty() {
        f.outcome = Outcome::Undetermined;
        f.message = if may2.is_empty() {
            msg!("art15-nationality-missing")
        } else {
            msg!("art15-nationality-partial", states = Arg::states(&may2))
        };
    } else if may2.is_empty() {
        f.outcome = Outcome::No;
        f.message = msg!("art15-nationality-none");
    } else {
        f.strength = Some(Strength::Discretionary);
        f.message = msg!("art15-nationality-yes", states = Arg::states(&may2));
    }
    ctx.push(f);

    // 15(3) and 15(4): the State where the alleged offender is and does not
    // extradite.
    let mut f3 = Finding::new(
        ctx.oid("art15.3.national_not_extradited"),
        Provision::untoc(15).para(3),
        Outcome::Undetermined,
    );
    let mut f4 = Finding::new(
        ctx.oid("art15.4.present_not_extradited"),
        Provision::untoc(15).para(4),
        Outcome::Undetermined,
    );
    match q.person_located_in {
        None => {
            for f in [&mut f3, &mut f4] {
                f.missing.push("request.person_located_in".into());
                f.message = msg!("art15-whereabouts-missing");
            }
        }
        Some(s) => {
            f4.outcome = Outcome::Yes;
            f4.strength = Some(Strength::Discretionary);
            f4.message = msg!("art15-present-may", state = Arg::State(s));
            grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(4),
                why: "art15-why-present",
            });
            match &q.person_nationalities {
                None => {
                    f3.missing.push("request.person_nationalities".into());
                    f3.message = msg!("art15-national-missing", state = Arg::State(s));
                }
                Some(ns) if ns.contains(&s) => {
                    f3.outcome = Outcome::Yes;
                    f3.strength = Some(Strength::Mandatory);
                    f3.message = msg!("art15-national-shall", state = Arg::State(s));
                    grounds.push(Ground {
                        state: s,
                        call: Call::MustIfNotExtraditingNational,
                        provision: Provision::untoc(15).para(3),
                        why: "art15-why-national-present",
                    });
                }
                Some(_) => {
                    f3.outcome = Outcome::No;
                    f3.message = msg!("art15-national-no", state = Arg::State(s));
                }
            }
        }
    }
    ctx.push(f3);
    ctx.push(f4);

    // One finding per State and ground, each with its own strength; then
    // one per State at its strongest call, whose sentence names only the
    // grounds of that call ("may" grounds get their own sentence).
    let mut states: smallvec::SmallVec<[StateCode; 8]> = grounds.iter().map(|g| g.state).collect();
    states.sort();
    states.dedup();
    let mut lists: [smallvec::SmallVec<[StateCode; 8]>; 3] = Default::default();
    let mut not_parties: smallvec::SmallVec<[StateCode; 4]> = smallvec::SmallVec::new();
    let mut status_open: smallvec::SmallVec<[StateCode; 4]> = smallvec::SmallVec::new();
    for s in states {
        let mut mine: smallvec::SmallVec<[&Ground; 8]> =
            grounds.iter().filter(|g| g.state == s).collect();
        mine.sort_by_key(|g| (g.call, g.provision));
        mine.dedup_by_key(|g| g.provision);
        // Art. 15 binds States Parties: a third State linked to the offence
        // is checked (the two States' own status gates the whole answer).
        let party = if s == ctx.requesting || s == ctx.requested {
            None
        } else {
            Some(crate::status::in_force_for(ctx, s, palermo_cite::Instrument::Untoc).0)
        };
        let bound = match &party {
            Some(p) => Tri::all(&[covered, p]),
            None => covered.clone(),
        };
        let party_outcome = party.as_ref().map_or(Outcome::Yes, |p| p.outcome);
        for g in &mine {
            let mut f = ctx.finding_from(
                ctx.oid_state(ground_id(g.provision), s),
                g.provision,
                &bound,
            );
            let why = Arg::Term(g.why);
            f.message = match bound.outcome {
                Outcome::Yes => {
                    f.strength = Some(strength_of(g.call));
                    msg!(
                        "art15-ground-yes",
                        state = s,
                        verb = verb(g.call),
                        why = why
                    )
                }
                Outcome::No if party_outcome == Outcome::No => {
                    msg!(
                        "art15-ground-not-party",
                        state = s,
                        date = ctx.as_of,
                        why = why
                    )
                }
                Outcome::No => msg!("art15-ground-not-covered", why = why),
                _ => msg!(
                    "art15-ground-open",
                    state = s,
                    verb = verb(g.call),
                    why = why
                ),
            };
            ctx.push(f);
        }
        let call = mine
            .iter()
            .map(|g| g.call)
            .min()
            .expect("invariant: a State is listed for a ground");
        let best = mine
            .iter()
            .find(|g| g.call == call)
            .expect("invariant: the minimum is one of them");
        let mut f = ctx.finding_from(
            ctx.oid_state("art15.jurisdiction", s),
            best.provision,
            &bound,
        );
        let reasons = |c: Call| -> Arg {
            Arg::List(
                mine.iter()
                    .filter(|g| g.call == c)
                    .map(|g| Arg::Term(g.why))
                    .collect(),
            )
        };
        let all_reasons = Arg::List(mine.iter().map(|g| Arg::Term(g.why)).collect());
        f.message = match bound.outcome {
            Outcome::No if party_outcome == Outcome::No => {
                not_parties.push(s);
                msg!(
                    "art15-state-not-party",
                    state = s,
                    date = ctx.as_of,
                    reasons = all_reasons
                )
            }
            Outcome::Undetermined if covered.outcome == Outcome::Yes => {
                status_open.push(s);
                msg!("art15-state-status-open", state = s, reasons = all_reasons)
            }
            Outcome::Yes => {
                f.strength = Some(strength_of(call));
                // The other calls the State has, each in a sentence of its own.
                let others: smallvec::SmallVec<[Call; 2]> =
                    [Call::MustIfNotExtraditingNational, Call::May]
                        .into_iter()
                        .filter(|&other| other > call && mine.iter().any(|g| g.call == other))
                        .collect();
                for &other in &others {
                    lists[other as usize].push(s);
                }
                lists[call as usize].push(s);
                match others.as_slice() {
                    [] => msg!(
                        "art15-state-yes",
                        state = s,
                        verb = verb(call),
                        reasons = reasons(call)
                    ),
                    [other] => msg!(
                        "art15-state-yes-also",
                        state = s,
                        verb = verb(call),
                        reasons = reasons(call),
                        also_verb = verb(*other),
                        also_reasons = reasons(*other)
                    ),
                    [second, third, ..] => msg!(
                        "art15-state-yes-also-two",
                        state = s,
                        verb = verb(call),
                        reasons = reasons(call),
                        also_verb = verb(*second),
                        also_reasons = reasons(*second),
                        then_verb = verb(*third),
                        then_reasons = reasons(*third)
                    ),
                }
            }
            Outcome::No => msg!("art15-state-not-covered", state = s, reasons = all_reasons),
            _ => msg!("art15-state-open", state = s, reasons = all_reasons),
        };
        if s == ctx.requesting && covered.outcome == Outcome::Yes {
            let mut probe = Finding::new("", Provision::untoc(15), Outcome::Yes);
            ctx.domestic(s, "art15.jurisdiction_established", &mut probe);
            f.questions = probe.questions;
            f.sources.extend(probe.sources);
        }
        ctx.push(f);
    }
    for l in lists.iter_mut() {
        l.sort();
    }

    // The summary.
    let mut f = ctx.finding_from(ctx.oid("art15.jurisdiction"), Provision::untoc(15), covered);
    let [must, must_if, may] = &lists;
    f.message = match covered.outcome {
        Outcome::Yes => msg!(
            "art15-summary-yes",
            must = Arg::codes(must),
            must_if = Arg::codes(must_if),
            may = Arg::codes(may),
            not_parties = Arg::codes(&not_parties),
            status_open = Arg::codes(&status_open)
        ),
        Outcome::No => msg!("art15-summary-not-covered"),
        _ => msg!("art15-summary-open"),
    };
    ctx.push(f);
}

fn states_with(grounds: &[Ground], call: Call) -> smallvec::SmallVec<[StateCode; 8]> {
    let mut v: smallvec::SmallVec<[StateCode; 8]> = grounds
        .iter()
        .filter(|g| g.call == call)
        .map(|g| g.state)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The strength a call carries.
fn strength_of(call: Call) -> Strength {
    match call {
        Call::Must | Call::MustIfNotExtraditingNational => Strength::Mandatory,
        Call::May => Strength::Discretionary,
    }
}

/// What a call asks of the State, as a verb phrase (`art15-verb-*`).
fn verb(call: Call) -> Arg {
    Arg::Term(match call {
        Call::Must => "art15-verb-must",
        Call::MustIfNotExtraditingNational => "art15-verb-must-if",
        Call::May => "art15-verb-may",
    })
}

/// The id of a ground's finding without its State: `art15.1.a`,
/// `art15.2.c.ii`, `art15.3` (the pinpoint as the id writes it).
fn ground_id(p: Provision) -> &'static str {
    const GROUNDS: [(Provision, &str); 8] = [
        (Provision::untoc(15).para(1).letter('a'), "art15.1.a"),
        (Provision::untoc(15).para(1).letter('b'), "art15.1.b"),
        (Provision::untoc(15).para(2).letter('a'), "art15.2.a"),
        (Provision::untoc(15).para(2).letter('b'), "art15.2.b"),
        (
            Provision::untoc(15).para(2).letter('c').roman(1),
            "art15.2.c.i",
        ),
        (
            Provision::untoc(15).para(2).letter('c').roman(2),
            "art15.2.c.ii",
        ),
        (Provision::untoc(15).para(3), "art15.3"),
        (Provision::untoc(15).para(4), "art15.4"),
    ];
    GROUNDS
        .iter()
        .find(|(q, _)| *q == p)
        .map(|(_, id)| *id)
        .expect("invariant: every ground's pinpoint is listed")
}
