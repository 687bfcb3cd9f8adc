//! UNTOC art. 3 — Scope of application: transnationality (3(2)) and the
//! offences covered (3(1)), with Protocol offences via each Protocol's art. 1(3)
//! and UNTOC art. 37(3).

use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;

use crate::art02;
use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::{ConventionOffence, SeriousCrimeLaw};
use crate::outcome::{Basis, Finding, Outcome, Tri};
use crate::status;

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art03.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art3.1.protocol_offence",
        citation: Provision::article(Instrument::Tip, 1).para(3),
        description: "spec-art3-1-protocol-offence",
    },
    FindingSpec {
        id: "art3.1.a.convention_offence",
        citation: Provision::untoc(3).para(1).letter('a'),
        description: "spec-art3-1-a-convention-offence",
    },
    FindingSpec {
        id: "art3.1.b.serious_crime",
        citation: Provision::untoc(3).para(1).letter('b'),
        description: "spec-art3-1-b-serious-crime",
    },
    FindingSpec {
        id: "art3.1.qualifying_offence",
        citation: Provision::untoc(3).para(1),
        description: "spec-art3-1-qualifying-offence",
    },
    FindingSpec {
        id: "art3.2.a",
        citation: Provision::untoc(3).para(2).letter('a'),
        description: "spec-art3-2-a",
    },
    FindingSpec {
        id: "art3.2.b",
        citation: Provision::untoc(3).para(2).letter('b'),
        description: "spec-art3-2-b",
    },
    FindingSpec {
        id: "art3.2.c",
        citation: Provision::untoc(3).para(2).letter('c'),
        description: "spec-art3-2-c",
    },
    FindingSpec {
        id: "art3.2.d",
        citation: Provision::untoc(3).para(2).letter('d'),
        description: "spec-art3-2-d",
    },
    FindingSpec {
        id: "art3.2.transnational",
        citation: Provision::untoc(3).para(2),
        description: "spec-art3-2-transnational",
    },
    FindingSpec {
        id: "art3.1.involves_ocg",
        citation: Provision::untoc(3).para(1),
        description: "spec-art3-1-involves-ocg",
    },
    FindingSpec {
        id: "art3.1.within_scope",
        citation: Provision::untoc(3).para(1),
        description: "spec-art3-1-within-scope",
    },
];

fn distinct(states: &[StateCode]) -> Vec<StateCode> {
    let mut v = states.to_vec();
    v.sort();
    v.dedup();
    v
}

/// Some State in `list` other than those in `committed` (prongs (b) and (d)).
/// With the places of commission unknown, two or more distinct States in
/// `list` still settle it: one of them must differ from a single place of commission.
fn another_state(committed: Option<&[StateCode]>, list: &[StateCode]) -> Option<Vec<StateCode>> {
    match committed {
        Some(c) => {
            let other: Vec<StateCode> = distinct(list)
                .into_iter()
                .filter(|s| !c.contains(s))
                .collect();
            Some(other)
        }
        None if distinct(list).len() >= 2 => Some(distinct(list)),
        None if list.is_empty() => Some(Vec::new()),
        None => None,
    }
}

/// Art. 3(2) — transnational in nature, four alternative prongs.
///
/// > An offence is transnational if (a) it is committed in more than one
/// > State; (b) it is committed in one State but a substantial part of its
/// > preparation, planning, direction or control takes place in another; (c) it
/// > is committed in one State but involves an organized criminal group active
/// > in more than one State; or (d) it is committed in one State but has
/// > substantial effects in another.
///
/// "State" means any State, party or not. Prong (c) looks at the group's
/// activities, not at this offence. "Substantial" is the user's assertion.
/// With the place of commission unknown, the answer is reasoned by cases:
/// `yes` when the States of preparation and of substantial effects together
/// number two or more, since any single place of commission then leaves
/// another State for (b) or (d), and several places give (a).
/// Pushes `art3.2.a` … `art3.2.d` and `art3.2.transnational`.
pub fn is_transnational(ctx: &mut Ctx<'_>, ocg: &Tri) -> Tri {
    let o = ctx.offence();
    let committed = o.committed_in.as_deref();

    // (a)
    let mut f = Finding::new(
        ctx.oid("art3.2.a"),
        Provision::untoc(3).para(2).letter('a'),
        Outcome::Undetermined,
    );
    match committed {
        Some(c) => {
            let d = distinct(c);
            f.outcome = Outcome::from_bool(d.len() >= 2);
            f.message = match d.len() {
                0 => msg!("art03-2a-no-place"),
                1 => msg!("art03-2a-one-state", state = Arg::Code(d[0])),
                _ => msg!("art03-2a-several-states", states = Arg::codes(&d)),
            };
        }
        None => {
            f.missing.push(ctx.offence_fact("committed_in"));
            f.message = msg!("art03-2a-missing");
        }
    }
    let a = ctx.push(f);

    // (b)
    let mut f = Finding::new(
        ctx.oid("art3.2.b"),
        Provision::untoc(3).para(2).letter('b'),
        Outcome::Undetermined,
    );
    match o.prepared_in.as_deref() {
        None => {
            f.missing.push(ctx.offence_fact("prepared_in"));
            f.message = msg!("art03-2b-missing");
        }
        Some(list) => match another_state(committed, list) {
            Some(other) if !other.is_empty() => {
                f.outcome = Outcome::Yes;
                f.message = msg!("art03-2b-yes", states = Arg::codes(&other));
            }
            Some(_) => {
                f.outcome = Outcome::No;
                f.message = msg!("art03-2b-no");
            }
            None => {
                f.missing.push(ctx.offence_fact("committed_in"));
                f.message = msg!(
                    "art03-2b-committed-missing",
                    states = Arg::codes(&distinct(list))
                );
            }
        },
    }
    let b = ctx.push(f);

    // (c)
    let citation_c = Provision::untoc(3).para(2).letter('c');
    let active = match ctx.case.group.active_in.as_deref() {
        Some(list) => Tri::of(Outcome::from_bool(distinct(list).len() >= 2)),
        None => Tri::missing("group.active_in"),
    };
    let involves = Tri::fact(o.involves_group, ctx.offence_fact("involves_group"));
    let tri = Tri::all(&[&active, &involves, ocg]);
    let mut f = ctx.finding_from(ctx.oid("art3.2.c"), citation_c, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => msg!(
            "art03-2c-yes",
            states = Arg::codes(&distinct(
                ctx.case.group.active_in.as_deref().unwrap_or(&[])
            ))
        ),
        Outcome::No if active.outcome == Outcome::No => msg!("art03-2c-not-active"),
        Outcome::No if involves.outcome == Outcome::No => msg!("art03-2c-not-involved"),
        Outcome::No => msg!("art03-2c-no-ocg"),
        _ => msg!("art03-2c-undetermined"),
    };
    let c = ctx.push(f);

    // (d)
    let mut f = Finding::new(
        ctx.oid("art3.2.d"),
        Provision::untoc(3).para(2).letter('d'),
        Outcome::Undetermined,
    );
    match o.substantial_effects_in.as_deref() {
        None => {
            f.missing.push(ctx.offence_fact("substantial_effects_in"));
            f.message = msg!("art03-2d-missing");
        }
        Some(list) => match another_state(committed, list) {
            Some(other) if !other.is_empty() => {
                f.outcome = Outcome::Yes;
                f.message = msg!("art03-2d-yes", states = Arg::codes(&other));
            }
            Some(_) => {
                f.outcome = Outcome::No;
                f.message = msg!("art03-2d-no");
            }
            None => {
                f.missing.push(ctx.offence_fact("committed_in"));
                f.message = msg!(
                    "art03-2d-committed-missing",
                    states = Arg::codes(&distinct(list))
                );
            }
        },
    }
    let d = ctx.push(f);

    let mut tri = Tri::any(&[&a, &b, &c, &d]);
    // Reasoning by cases over an unknown place of commission: committed in
    // more than one State, (a) holds; committed in one State only, (b) or
    // (d) holds as soon as some State of preparation or of substantial
    // effects differs from it, which is certain when they name two or more
    // States between them. ((c) does not depend on the place of commission.)
    let by_cases = if tri.outcome != Outcome::Yes && committed.is_none() {
        let mut union: Vec<StateCode> = Vec::new();
        union.extend(o.prepared_in.iter().flatten().copied());
        union.extend(o.substantial_effects_in.iter().flatten().copied());
        let union = distinct(&union);
        (union.len() >= 2).then_some(union)
    } else {
        None
    };
    if by_cases.is_some() {
        let mut yes = Tri::of(Outcome::Yes);
        for t in [&a, &b, &d] {
            yes.because.extend_from_slice(&t.because);
        }
        for t in [&a, &b, &c, &d] {
            yes.inputs.extend_from_slice(&t.inputs);
        }
        tri = yes;
    }
    let mut f = ctx.finding_from(
        ctx.oid("art3.2.transnational"),
        Provision::untoc(3).para(2),
        &tri,
    );
    f.message = match tri.outcome {
        Outcome::Yes if by_cases.is_some() => {
            let union = by_cases.as_deref().unwrap_or(&[]);
            msg!("art03-transnational-by-cases", states = Arg::codes(union))
        }
        Outcome::Yes => {
            let prongs: Vec<Arg> = f.because.iter().map(|&i| prong(ctx.id_at(i))).collect();
            msg!("art03-transnational-yes", prongs = Arg::List(prongs))
        }
        Outcome::No => msg!("art03-transnational-no"),
        _ => msg!("art03-transnational-undetermined"),
    };
    ctx.push(f)
}

/// "prong (b)" for the finding `art3.2.b` (with or without an offence suffix).
fn prong(id: &str) -> Arg {
    let letter = id
        .strip_prefix("art3.2.")
        .unwrap_or(id)
        .split('#')
        .next()
        .unwrap_or("");
    match letter {
        "a" => msg!("art03-prong-a").into(),
        "b" => msg!("art03-prong-b").into(),
        "c" => msg!("art03-prong-c").into(),
        "d" => msg!("art03-prong-d").into(),
        // Not a prong of art. 3(2): the finding id, as it is.
        _ => Arg::text(id),
    }
}

/// Art. 3(1)(a)/(b) and Protocol art. 1(3) — is the offence of a kind the
/// Convention covers: a Convention offence (arts. 5, 6, 8, 23), a serious crime,
/// or a Protocol offence between parties to that Protocol (which counts even
/// below four years)? A Protocol offence between parties to that Protocol
/// meets art. 3(1)(a) via its art. 1(3). Pushes `art3.1.protocol_offence`
/// (when one is listed or classified), `art3.1.a.convention_offence`,
/// `art3.1.b.serious_crime` and `art3.1.qualifying_offence`.
pub fn is_qualifying_offence(ctx: &mut Ctx<'_>) -> Tri {
    if let Some(t) = ctx.tri_of_offence("art3.1.qualifying_offence") {
        return t;
    }
    let id = ctx.oid("art3.1.qualifying_offence");
    let o = ctx.offence();

    // The Convention's own offences given by their elements (arts. 5, 6, 8,
    // 23); a label stated in `convention_offences` counts as stated.
    let mut own_classified: Vec<(ConventionOffence, Tri)> = Vec::new();
    if crate::art05::given(ctx) {
        own_classified.push((
            ConventionOffence::UntocArt5,
            crate::art05::is_participation(ctx),
        ));
    }
    if crate::art06::given(ctx) {
        own_classified.push((
            ConventionOffence::UntocArt6,
            crate::art06::is_laundering(ctx),
        ));
    }
    if crate::art08::given(ctx) {
        own_classified.push((ConventionOffence::UntocArt8, crate::art08::is_bribery(ctx)));
    }
    if crate::art23::given(ctx) {
        own_classified.push((
            ConventionOffence::UntocArt23,
            crate::art23::is_obstruction(ctx),
        ));
    }
    // Protocol offences: as stated in the case, or as classified from the
    // elements given (TIP arts. 3, 5; SOM arts. 3, 6; FP art. 5). Each
    // Protocol's art. 1(3) makes its offences offences established under the
    // Convention, between parties to that Protocol (UNTOC art. 37(3)): they
    // meet art. 3(1)(a) through it.
    let mut protocol_classified: Vec<(ConventionOffence, Tri)> = Vec::new();
    if crate::tip::given(ctx) {
        protocol_classified.push((ConventionOffence::TipArt5, crate::tip::is_trafficking(ctx)));
    }
    if crate::som::given(ctx) {
        protocol_classified.push((ConventionOffence::SomArt6, crate::som::is_smuggling(ctx)));
    }
    if crate::firearms::given(ctx) {
        protocol_classified.push((
            ConventionOffence::FirearmsArt5,
            crate::firearms::is_firearms_offence(ctx),
        ));
    }
    let mut protocol_offences: Vec<ConventionOffence> = o
        .convention_offences
        .iter()
        .flatten()
        .copied()
        .filter(|c| c.instrument() != Instrument::Untoc)
        .collect();
    for (c, _) in &protocol_classified {
        if !protocol_offences.contains(c) {
            protocol_offences.push(*c);
        }
    }
    let protocol = if protocol_offences.is_empty() {
        None
    } else {
        let mut each = Vec::new();
        for p in &protocol_offences {
            let between = status::protocol_in_force_between(ctx, p.instrument());
            let stated = o.convention_offences.iter().flatten().any(|x| x == p);
            match protocol_classified.iter().find(|(c, _)| c == p) {
                Some((_, class)) if !stated => each.push(Tri::all(&[class, &between])),
                _ => each.push(between),
            }
        }
        let refs: Vec<&Tri> = each.iter().collect();
        let tri = Tri::any(&refs);
        let mut f = ctx.finding_from(
            ctx.oid("art3.1.protocol_offence"),
            Provision::article(protocol_offences[0].instrument(), 1).para(3),
            &tri,
        );
        let names = offence_names(&protocol_offences);
        let via = via_article_1_3(&protocol_offences);
        f.message = match tri.outcome {
            Outcome::Yes => msg!("art03-protocol-yes", offences = names, via = via.clone()),
            Outcome::No => msg!("art03-protocol-no", offences = names, via = via.clone()),
            _ => msg!(
                "art03-protocol-undetermined",
                offences = names,
                via = via.clone()
            ),
        };
        Some((ctx.push(f), via))
    };

    let mut f = Finding::new(
        ctx.oid("art3.1.a.convention_offence"),
        Provision::untoc(3).para(1).letter('a'),
        Outcome::Undetermined,
    );
    let stated_own = |c: ConventionOffence| {
        o.convention_offences
            .as_ref()
            .is_some_and(|l| l.contains(&c))
    };
    let classified: Vec<&(ConventionOffence, Tri)> = own_classified
        .iter()
        .filter(|(c, _)| !stated_own(*c))
        .collect();
    let own: Vec<ConventionOffence> = o
        .convention_offences
        .iter()
        .flatten()
        .copied()
        .filter(|c| c.instrument() == Instrument::Untoc)
        .collect();
    // The Convention's own offences: stated, or classified from elements.
    let own_tri = match &o.convention_offences {
        None if classified.is_empty() => Tri::missing(ctx.offence_fact("convention_offences")),
        None => {
            let refs: Vec<&Tri> = classified.iter().map(|(_, t)| t).collect();
            Tri::any(&refs)
        }
        Some(_) => {
            let stated = Tri::of(Outcome::from_bool(!own.is_empty()));
            let mut refs: Vec<&Tri> = vec![&stated];
            refs.extend(classified.iter().map(|(_, t)| t));
            Tri::any(&refs)
        }
    };
    let tri = match &protocol {
        Some((p, _)) => Tri::any(&[&own_tri, p]),
        None => own_tri.clone(),
    };
    f.outcome = tri.outcome;
    ctx.rest_on(&mut f, &tri);
    f.missing = tri.missing.clone();
    let own_text = if !own.is_empty() {
        Some(msg!("art03-own-stated", offences = offence_names(&own)))
    } else if !classified.is_empty() {
        Some(classified_text(&classified, own_tri.outcome))
    } else {
        None
    };
    f.message = match (&protocol, own_text) {
        (None, Some(t)) => t,
        (None, None) if o.convention_offences.is_none() => msg!("art03-own-not-given"),
        (None, None) => msg!("art03-own-not-stated"),
        (Some((p, via)), own_text) => {
            let names = offence_names(&protocol_offences);
            let proto = match p.outcome {
                Outcome::Yes => msg!(
                    "art03-3-1-a-protocol-yes",
                    offences = names,
                    via = via.clone()
                ),
                Outcome::No => msg!(
                    "art03-3-1-a-protocol-no",
                    offences = names,
                    via = via.clone()
                ),
                _ => msg!(
                    "art03-3-1-a-protocol-undetermined",
                    offences = names,
                    via = via.clone()
                ),
            };
            match own_text {
                // What decides first.
                Some(t) if p.outcome == Outcome::Yes && own_tri.outcome != Outcome::Yes => {
                    msg!("art03-protocol-then-own", protocol = proto, own = t)
                }
                Some(t) => msg!("art03-own-then-protocol", own = t, protocol = proto),
                None => proto,
            }
        }
    };
    // A label the elements given do not bear out: the label stands (it is
    // the user's statement), but the reader is told.
    let contradicted: Vec<ConventionOffence> = own_classified
        .iter()
        .filter(|(c, t)| stated_own(*c) && t.outcome == Outcome::No)
        .map(|(c, _)| *c)
        .collect();
    if !contradicted.is_empty() {
        let base = std::mem::take(&mut f.message);
        f.message = msg!(
            "art03-label-contradicted",
            base = base,
            offences = offence_names(&contradicted)
        );
    }
    let conv = ctx.push(f);

    let (requesting, requested) = (ctx.requesting, ctx.requested);
    let absent = ctx.offence_law_absent();
    let serious = if let Some(missing) = absent.clone() {
        // A partial assessment: the State whose law decides is not given.
        missing
    } else {
        // The other readings ask the other State's law, or both: record
        // what each would give here, so that the sensitivity re-assesses
        // only under readings that can end elsewhere.
        ctx.readings_combine(
            art02::serious_crime_outcome(ctx, requesting),
            art02::serious_crime_outcome(ctx, requested),
        );
        match ctx.options.serious_crime_law {
            SeriousCrimeLaw::Requesting => art02::is_serious_crime(ctx, requesting),
            SeriousCrimeLaw::Requested => art02::is_serious_crime(ctx, requested),
            SeriousCrimeLaw::Both => {
                let a = art02::is_serious_crime(ctx, requesting);
                let b = art02::is_serious_crime(ctx, requested);
                Tri::all(&[&a, &b])
            }
            SeriousCrimeLaw::Either => {
                let a = art02::is_serious_crime(ctx, requesting);
                let b = art02::is_serious_crime(ctx, requested);
                Tri::any(&[&a, &b])
            }
        }
    };
    let mut f = ctx.finding_from(
        ctx.oid("art3.1.b.serious_crime"),
        Provision::untoc(3).para(1).letter('b'),
        &serious,
    );
    // Interpretation: the Convention does not say whose law characterises
    // serious crime for art. 3(1)(b); by default the requesting State's
    // (rules spec §2.1 item 9), switchable with --serious-crime-law.
    f.basis = Basis::Interpretation("serious-crime-law");
    let (requesting, requested) = (Arg::Code(requesting), Arg::Code(requested));
    let whose = match ctx.options.serious_crime_law {
        _ if absent.is_some() => msg!("art03-whose-absent"),
        SeriousCrimeLaw::Requesting => msg!("art03-whose-requesting", requesting = requesting),
        SeriousCrimeLaw::Requested => msg!("art03-whose-requested", requested = requested),
        SeriousCrimeLaw::Both => msg!(
            "art03-whose-both",
            requesting = requesting,
            requested = requested
        ),
        SeriousCrimeLaw::Either => msg!(
            "art03-whose-either",
            requesting = requesting,
            requested = requested
        ),
    };
    f.message = match serious.outcome {
        Outcome::Yes => msg!("art03-serious-yes", whose = whose),
        Outcome::No => msg!("art03-serious-no", whose = whose),
        _ => msg!("art03-serious-undetermined", whose = whose),
    };
    let serious = ctx.push(f);

    // Art. 3(1)(a) already counts the Protocol offences (art. 1(3)).
    let tri = Tri::any(&[&conv, &serious]);
    let mut f = ctx.finding_from(id, Provision::untoc(3).para(1), &tri);
    let via = protocol.as_ref().map(|(_, v)| v);
    f.message = match tri.outcome {
        Outcome::Yes => {
            let mut which: Vec<Arg> = Vec::new();
            if conv.outcome == Outcome::Yes {
                let protocol_yes = protocol
                    .as_ref()
                    .is_some_and(|(p, _)| p.outcome == Outcome::Yes);
                let own_yes = own_tri.outcome == Outcome::Yes;
                which.push(
                    match (own_yes, protocol_yes, via) {
                        (true, true, Some(v)) => {
                            msg!("art03-kind-a-directly-and-via", via = v.clone())
                        }
                        (false, true, Some(v)) => msg!("art03-kind-a-via", via = v.clone()),
                        _ => msg!("art03-kind-a"),
                    }
                    .into(),
                );
            }
            if serious.outcome == Outcome::Yes {
                which.push(msg!("art03-kind-b").into());
            }
            msg!("art03-qualifying-yes", kinds = Arg::List(which))
        }
        Outcome::No => match via {
            Some(v) => msg!("art03-qualifying-no-protocol", via = v.clone()),
            None => msg!("art03-qualifying-no"),
        },
        _ => msg!("art03-qualifying-undetermined"),
    };
    ctx.push(f)
}

/// The offences, each named with its provision ("trafficking in persons
/// (TIP art. 5)"), as a list.
fn offence_names(offences: &[ConventionOffence]) -> Arg {
    Arg::List(offences.iter().map(|&c| offence_name(c).into()).collect())
}

/// A Convention or Protocol offence named with its provision.
fn offence_name(c: ConventionOffence) -> Msg {
    match c {
        ConventionOffence::UntocArt5 => msg!("art03-offence-untoc-art5"),
        ConventionOffence::UntocArt6 => msg!("art03-offence-untoc-art6"),
        ConventionOffence::UntocArt8 => msg!("art03-offence-untoc-art8"),
        ConventionOffence::UntocArt23 => msg!("art03-offence-untoc-art23"),
        ConventionOffence::TipArt5 => msg!("art03-offence-tip-art5"),
        ConventionOffence::SomArt6 => msg!("art03-offence-som-art6"),
        ConventionOffence::FirearmsArt5 => msg!("art03-offence-firearms-art5"),
    }
}

/// "via TIP art. 1(3)", "via TIP art. 1(3) and SOM art. 1(3)": the
/// Protocols' clause that makes their offences Convention offences.
fn via_article_1_3(offences: &[ConventionOffence]) -> Msg {
    let mut instruments: Vec<Instrument> = offences.iter().map(|c| c.instrument()).collect();
    instruments.sort();
    instruments.dedup();
    let articles: Vec<Arg> = instruments
        .iter()
        .filter_map(|i| match i {
            Instrument::Tip => Some(msg!("art03-article-1-3-tip").into()),
            Instrument::Som => Some(msg!("art03-article-1-3-som").into()),
            Instrument::Firearms => Some(msg!("art03-article-1-3-firearms").into()),
            // The Convention's own offences need no art. 1(3).
            Instrument::Untoc => None,
        })
        .collect();
    msg!("art03-via", articles = Arg::List(articles))
}

/// The explanation of art. 3(1)(a) when the answer comes from elements.
fn classified_text(classified: &[&(ConventionOffence, Tri)], outcome: Outcome) -> Msg {
    let names = |pick: &dyn Fn(Outcome) -> bool| {
        Arg::List(
            classified
                .iter()
                .filter(|(_, t)| pick(t.outcome))
                .map(|(c, _)| offence_name(*c).into())
                .collect(),
        )
    };
    match outcome {
        Outcome::Yes => msg!(
            "art03-classified-yes",
            offences = names(&|o| o == Outcome::Yes)
        ),
        Outcome::No => msg!("art03-classified-no", offences = names(&|_| true)),
        Outcome::DependsOnDomesticLaw => msg!(
            "art03-classified-domestic-law",
            offences = names(&|o| o == Outcome::DependsOnDomesticLaw)
        ),
        _ => msg!(
            "art03-classified-undetermined",
            offences = names(&|o| !o.is_determined())
        ),
    }
}

/// Art. 3(1) — does the offence involve an organized criminal group?
/// ("Involves" is not defined; the case asserts it: interpretation
/// `involves-group`.) Pushes `art3.1.involves_ocg`.
pub fn involves_ocg(ctx: &mut Ctx<'_>, ocg: &Tri) -> Tri {
    if let Some(t) = ctx.tri_of_offence("art3.1.involves_ocg") {
        return t;
    }
    let id = ctx.oid("art3.1.involves_ocg");
    let involves = Tri::fact(
        ctx.offence().involves_group,
        ctx.offence_fact("involves_group"),
    );
    let tri = Tri::all(&[&involves, ocg]);
    let mut f = ctx.finding_from(id, Provision::untoc(3).para(1), &tri);
    f.basis = Basis::Interpretation("involves-group");
    f.message = match tri.outcome {
        Outcome::Yes => msg!("art03-involves-yes"),
        Outcome::No if involves.outcome == Outcome::No => msg!("art03-involves-no"),
        Outcome::No => msg!("art03-involves-not-ocg"),
        _ => msg!("art03-involves-undetermined"),
    };
    ctx.push(f)
}

/// Art. 3(1) — an "offence covered by this Convention": a qualifying offence
/// that is transnational and involves an organized criminal group.
/// Pushes `art3.1.within_scope`.
pub fn within_scope(
    ctx: &mut Ctx<'_>,
    qualifying: &Tri,
    transnational: &Tri,
    involves: &Tri,
) -> Tri {
    let tri = Tri::all(&[qualifying, transnational, involves]);
    let mut f = ctx.finding_from(
        ctx.oid("art3.1.within_scope"),
        Provision::untoc(3).para(1),
        &tri,
    );
    f.message = match tri.outcome {
        Outcome::Yes => msg!("art03-scope-yes"),
        Outcome::No => {
            let mut why: Vec<Arg> = Vec::new();
            if qualifying.outcome == Outcome::No {
                why.push(msg!("art03-scope-reason-kind").into());
            }
            if transnational.outcome == Outcome::No {
                why.push(msg!("art03-scope-reason-transnational").into());
            }
            if involves.outcome == Outcome::No {
                why.push(msg!("art03-scope-reason-ocg").into());
            }
            msg!("art03-scope-no", reasons = Arg::List(why))
        }
        _ => msg!("art03-scope-undetermined"),
    };
    ctx.push(f)
}
