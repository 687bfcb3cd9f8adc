//! UNTOC art. 15 — Jurisdiction: which States must, may, or must if they do
//! not extradite their national, establish jurisdiction over the offence.
//! (Art. 15(5), consultation, lives with art. 21, which it leads to.)

use std::fmt::Write as _;

use palermo_cite::Provision;
use palermo_refdata::StateCode;

use crate::ctx::{list_states, Ctx};
use crate::facts::ConventionOffence;
use crate::outcome::{Finding, Outcome, Strength, Tri};

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
    let path = ctx.offence_path();
    let case = ctx.case;
    let q = &case.request;
    let mut grounds: Vec<Ground> = Vec::new();

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
                    why: "the offence was committed on its territory (15(1)(a))",
                });
            }
        }
        None => {
            f.outcome = Outcome::Undetermined;
            f.missing.push(format!("{path}.committed_in"));
        }
    }
    for &s in o.aboard_flag_states.iter().flatten() {
        grounds.push(Ground {
            state: s,
            call: Call::Must,
            provision: Provision::untoc(15).para(1).letter('b'),
            why: "the offence was committed on board a vessel flying its flag or an aircraft registered under its law (15(1)(b))",
        });
    }
    let must: Vec<StateCode> = states_with(&grounds, Call::Must);
    if f.outcome == Outcome::Yes && must.is_empty() {
        f.outcome = Outcome::No;
        f.message = "The case names no State where the offence was committed and no flag or registry State: no State is bound by art. 15(1)".into();
    } else if f.outcome == Outcome::Yes {
        f.strength = Some(Strength::Mandatory);
        f.message = text!("{} shall establish jurisdiction: the offence was committed on the territory of each, or on board a vessel or aircraft of each", list_states(&must));
    } else {
        f.message = "Where the offence was committed is not stated, so the States bound by art. 15(1)(a) are not known".into();
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
            why: "a victim is its national (15(2)(a), subject to art. 4)",
        });
    }
    match &q.person_nationalities {
        Some(ns) if ns.is_empty() => match q.person_habitual_residence {
            Some(s) => grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(2).letter('b'),
                why: "the alleged offender is stateless and habitually resides there (15(2)(b))",
            }),
            None => f.missing.push("request.person_habitual_residence".into()),
        },
        Some(ns) => {
            for &s in ns {
                grounds.push(Ground {
                    state: s,
                    call: Call::May,
                    provision: Provision::untoc(15).para(2).letter('b'),
                    why: "the alleged offender is its national (15(2)(b))",
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
        ctx.tri_of(&ctx.oid(id))
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
                why: "the participation abroad was aimed at committing a serious crime on its territory (15(2)(c)(i))",
            });
        }
        if ancillary_laundering {
            grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(2).letter('c').roman(2),
                why: "the participation in laundering abroad was aimed at laundering on its territory (15(2)(c)(ii))",
            });
        }
    }
    let mut may2: Vec<StateCode> = grounds
        .iter()
        .filter(|g| g.provision.paragraph_number() == Some(2))
        .map(|g| g.state)
        .collect();
    may2.sort();
    may2.dedup();
    if !f.missing.is_empty() {
        f.outcome = Outcome::Undetermined;
        f.message = if may2.is_empty() {
            "The alleged offender's nationality (or, if stateless, habitual residence) is not stated, so the States that may claim jurisdiction under art. 15(2)(b) are not known".into()
        } else {
            text!("{} may establish jurisdiction; the alleged offender's nationality (or, if stateless, habitual residence) is not stated, so the list may be incomplete", list_states(&may2))
        };
    } else if may2.is_empty() {
        f.outcome = Outcome::No;
        f.message = "No victim's or offender's State and no State targeted from abroad is named: art. 15(2) links no State".into();
    } else {
        f.strength = Some(Strength::Discretionary);
        f.message = text!("{} may establish jurisdiction on the nationality of the victim or offender, or because conduct abroad was aimed at its territory", list_states(&may2));
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
                f.message = "The alleged offender's whereabouts are not stated".into();
            }
        }
        Some(s) => {
            f4.outcome = Outcome::Yes;
            f4.strength = Some(Strength::Discretionary);
            f4.message = text!("{s}, where the alleged offender is, may establish jurisdiction for the case where it does not extradite (for any reason)");
            grounds.push(Ground {
                state: s,
                call: Call::May,
                provision: Provision::untoc(15).para(4),
                why: "the alleged offender is there and it may not extradite (15(4))",
            });
            match &q.person_nationalities {
                None => {
                    f3.missing.push("request.person_nationalities".into());
                    f3.message = text!("Whether the alleged offender is a national of {s}, where he or she is, is not stated");
                }
                Some(ns) if ns.contains(&s) => {
                    f3.outcome = Outcome::Yes;
                    f3.strength = Some(Strength::Mandatory);
                    f3.message = text!("{s} shall establish jurisdiction for the case where it does not extradite the alleged offender solely because he or she is its national; it must then, at the requesting State's request, submit the case for prosecution (art. 16(10))");
                    grounds.push(Ground {
                        state: s,
                        call: Call::MustIfNotExtraditingNational,
                        provision: Provision::untoc(15).para(3),
                        why: "the alleged offender is its national and is there (15(3))",
                    });
                }
                Some(_) => {
                    f3.outcome = Outcome::No;
                    f3.message = text!("The alleged offender is not a national of {s}, where he or she is: art. 15(3) does not apply");
                }
            }
        }
    }
    ctx.push(f3);
    ctx.push(f4);

    // One finding per State and ground, each with its own strength; then
    // one per State at its strongest call, whose sentence names only the
    // grounds of that call ("may" grounds get their own sentence).
    let mut states: Vec<StateCode> = grounds.iter().map(|g| g.state).collect();
    states.sort();
    states.dedup();
    let mut lists: [Vec<StateCode>; 3] = Default::default();
    let mut not_parties: Vec<StateCode> = Vec::new();
    let mut status_open: Vec<StateCode> = Vec::new();
    for s in states {
        let mut mine: Vec<&Ground> = grounds.iter().filter(|g| g.state == s).collect();
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
        let label = ctx.label(s);
        let party_outcome = party.as_ref().map_or(Outcome::Yes, |p| p.outcome);
        for g in &mine {
            let mut f = ctx.finding_from(
                ctx.oid_owned(format!("art15.{}.{s}", ground_key(g.provision))),
                g.provision,
                &bound,
            );
            f.message = match bound.outcome {
                Outcome::Yes => {
                    f.strength = Some(strength_of(g.call));
                    text!("{label} {}: {}", verb(g.call), g.why)
                }
                Outcome::No if party_outcome == Outcome::No => text!("{label} is not a party to the Convention on {}, so art. 15 does not bind it; the ground: {}", crate::ctx::ymd(ctx.as_of), g.why),
                Outcome::No => text!("Art. 15 concerns offences covered by the Convention, and this one is not; the ground: {}", g.why),
                _ => text!("{label} would {}: {}; whether art. 15 binds it here is not settled", verb(g.call), g.why),
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
            ctx.oid_owned(format!("art15.jurisdiction.{s}")),
            best.provision,
            &bound,
        );
        let reasons = |c: Call| -> String {
            let v: Vec<String> = mine
                .iter()
                .filter(|g| g.call == c)
                .map(|g| g.why.to_string())
                .collect();
            crate::ctx::join_and(&v)
        };
        let all_reasons: Vec<String> = mine.iter().map(|g| g.why.to_string()).collect();
        let all_reasons = crate::ctx::join_and(&all_reasons);
        f.message = match bound.outcome {
            Outcome::No if party_outcome == Outcome::No => {
                not_parties.push(s);
                text!("{label} is not a party to the Convention on {}, so art. 15 does not bind it; it is linked because {all_reasons}", crate::ctx::ymd(ctx.as_of))
            }
            Outcome::Undetermined if covered.outcome == Outcome::Yes => {
                status_open.push(s);
                text!("{label} is linked because {all_reasons}; art. 15 binds it only if it is a party to the Convention, which is not settled")
            }
            Outcome::Yes => {
                f.strength = Some(strength_of(call));
                let mut t = cow!("{label} {} as a State Party: {}.", verb(call), reasons(call));
                for other in [Call::MustIfNotExtraditingNational, Call::May] {
                    if other > call && mine.iter().any(|g| g.call == other) {
                        lists[other as usize].push(s);
                        let _ = write!(t.to_mut(), " It also {}: {}.", verb(other), reasons(other));
                    }
                }
                lists[call as usize].push(s);
                t.to_mut().push_str(" Whether it has done so is for its law");
                t.into()
            }
            Outcome::No => text!("Art. 15 concerns offences covered by the Convention, and this one is not; {label} is linked because {all_reasons}"),
            _ => text!("{label} is linked because {all_reasons}; whether art. 15 reaches the offence waits on its scope"),
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
    let show = |v: &Vec<StateCode>| {
        if v.is_empty() {
            "none named".to_string()
        } else {
            list_states(v)
        }
    };
    f.message = match covered.outcome {
        Outcome::Yes => text!(
            "Must establish jurisdiction (15(1)): {}. Must if not extraditing its national (15(3)): {}. May (15(2), 15(4)): {}.{} A State is listed under each call it has; whether it has established the jurisdiction is for its law",
            show(must),
            show(must_if),
            show(may),
            {
                let mut more = String::new();
                if !not_parties.is_empty() {
                    more.push_str(&format!(" Linked but not parties, so not bound: {}.", list_states(&not_parties)));
                }
                if !status_open.is_empty() {
                    more.push_str(&format!(" Linked, bound only if parties, which is not settled: {}.", list_states(&status_open)));
                }
                more
            }
        ),
        Outcome::No => "No: art. 15 concerns offences covered by the Convention, and this one is not".into(),
        _ => "Undetermined: whether the offence is covered by the Convention is not settled".into(),
    };
    ctx.push(f);
}

fn states_with(grounds: &[Ground], call: Call) -> Vec<StateCode> {
    let mut v: Vec<StateCode> = grounds
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

/// What a call asks of the State, as a verb phrase.
fn verb(call: Call) -> &'static str {
    match call {
        Call::Must => "shall establish jurisdiction",
        Call::MustIfNotExtraditingNational => "shall establish jurisdiction for the case where it refuses extradition solely because the person is its national",
        Call::May => "may establish jurisdiction",
    }
}

/// The id segment of a ground's pinpoint: `1.a`, `2.c.ii`, `3`.
fn ground_key(p: Provision) -> String {
    let slug = p.slug();
    let tail = slug.strip_prefix("untoc-15-").unwrap_or(&slug);
    tail.replace('-', ".")
}
