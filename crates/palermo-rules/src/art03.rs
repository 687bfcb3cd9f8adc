//! UNTOC art. 3 — Scope of application: transnationality (3(2)) and the
//! offences covered (3(1)), with Protocol offences via each Protocol's art. 1(3)
//! and UNTOC art. 37(3).

use palermo_cite::{Instrument, Provision};
use palermo_refdata::StateCode;

use crate::art02;
use crate::ctx::{list_states, Ctx};
use crate::facts::{ConventionOffence, SeriousCrimeLaw};
use crate::outcome::{Basis, Finding, Outcome, Tri};
use crate::status;

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
    let path = ctx.offence_path();
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
                0 => "No place of commission is given".into(),
                1 => text!("Committed in one State only ({})", d[0]),
                _ => text!("Committed in more than one State ({})", list_states(&d)),
            };
        }
        None => {
            f.missing.push(format!("{path}.committed_in"));
            f.message = "Where the offence was committed is not given".into();
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
            f.missing.push(format!("{path}.prepared_in"));
            f.message =
                "Where the offence was prepared, planned, directed or controlled is not given"
                    .into();
        }
        Some(list) => match another_state(committed, list) {
            Some(other) if !other.is_empty() => {
                f.outcome = Outcome::Yes;
                f.message = text!("A substantial part of its preparation, planning, direction or control took place in {}, another State", list_states(&other));
            }
            Some(_) => {
                f.outcome = Outcome::No;
                f.message = "No substantial preparation, planning, direction or control in a State other than where it was committed".into();
            }
            None => {
                f.missing.push(format!("{path}.committed_in"));
                f.message = text!(
                    "Prepared in {}, but where it was committed is not given",
                    list_states(list)
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
    let involves = Tri::fact(o.involves_group, &format!("{path}.involves_group"));
    let tri = Tri::all(&[&active, &involves, ocg]);
    let mut f = ctx.finding_from(ctx.oid("art3.2.c"), citation_c, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => text!(
            "It involves an organized criminal group active in more than one State ({})",
            list_states(&distinct(ctx.case.group.active_in.as_deref().unwrap_or(&[])))
        ),
        Outcome::No if active.outcome == Outcome::No => "The group is not recorded as active in more than one State".into(),
        Outcome::No if involves.outcome == Outcome::No => "The offence does not involve the group".into(),
        Outcome::No => "No organized criminal group is involved".into(),
        _ => "Whether it involves an organized criminal group active in more than one State is not settled".into(),
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
            f.missing.push(format!("{path}.substantial_effects_in"));
            f.message = "Where the offence had substantial effects is not given".into();
        }
        Some(list) => match another_state(committed, list) {
            Some(other) if !other.is_empty() => {
                f.outcome = Outcome::Yes;
                f.message = text!(
                    "It had substantial effects in {}, another State",
                    list_states(&other)
                );
            }
            Some(_) => {
                f.outcome = Outcome::No;
                f.message =
                    "No substantial effects in a State other than where it was committed".into();
            }
            None => {
                f.missing.push(format!("{path}.committed_in"));
                f.message = text!(
                    "Substantial effects in {}, but where it was committed is not given",
                    list_states(list)
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
            text!("Transnational, by cases: where the offence was committed is not given, but every possibility meets a prong. Committed in more than one State: prong (a). Committed in one State only: at least one of {}, where a substantial part of its preparation, planning, direction or control (b) or substantial effects (d) took place, is another State (the other States need not be parties)", list_states(union))
        }
        Outcome::Yes => {
            let prongs: Vec<String> = f.because.iter().map(|id| format!("prong ({})", id.strip_prefix("art3.2.").unwrap_or(id).split('#').next().unwrap_or(""))).collect();
            text!("Transnational: {} hold{} (one suffices; the other States need not be parties)", crate::ctx::join_and(&prongs), if prongs.len() == 1 { "s" } else { "" })
        }
        Outcome::No => "Not transnational: none of the four prongs of art. 3(2) holds".into(),
        _ => "Whether the offence is transnational is not settled: no prong holds on the facts given, and some cannot be evaluated".into(),
    };
    ctx.push(f)
}

/// Art. 3(1)(a)/(b) and Protocol art. 1(3) — is the offence of a kind the
/// Convention covers: a Convention offence (arts. 5, 6, 8, 23), a serious crime,
/// or a Protocol offence between parties to that Protocol (which counts even
/// below four years)? A Protocol offence between parties to that Protocol
/// meets art. 3(1)(a) via its art. 1(3). Pushes `art3.1.protocol_offence`
/// (when one is listed or classified), `art3.1.a.convention_offence`,
/// `art3.1.b.serious_crime` and `art3.1.qualifying_offence`.
pub fn is_qualifying_offence(ctx: &mut Ctx<'_>) -> Tri {
    let id = ctx.oid("art3.1.qualifying_offence");
    if let Some(t) = ctx.tri_of(&id) {
        return t;
    }
    let o = ctx.offence();
    let path = ctx.offence_path();

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
        let names = protocol_names(&protocol_offences);
        let via = via_article_1_3(&protocol_offences);
        f.message = match tri.outcome {
            Outcome::Yes => text!("{names}: a Protocol offence, regarded as an offence established under the Convention between parties to that Protocol ({via}), whatever its maximum penalty"),
            Outcome::No => text!("{names}: a Protocol offence, regarded as established under the Convention only between parties to that Protocol ({via}), and the two States are not both parties to it (or the elements do not meet it)"),
            _ => text!("{names}: a Protocol offence ({via}); whether both States are parties to that Protocol, or whether the elements meet it, is not settled"),
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
    let own: Vec<&str> = o
        .convention_offences
        .iter()
        .flatten()
        .filter(|c| c.instrument() == Instrument::Untoc)
        .map(|c| c.describe())
        .collect();
    // The Convention's own offences: stated, or classified from elements.
    let own_tri = match &o.convention_offences {
        None if classified.is_empty() => Tri::missing(format!("{path}.convention_offences")),
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
        Some(cow!(
            "An offence established under the Convention: {}",
            own.join("; ")
        ))
    } else if !classified.is_empty() {
        Some(classified_text(&classified, own_tri.outcome))
    } else {
        None
    };
    f.message = match (&protocol, own_text) {
        (None, Some(t)) => t.into(),
        (None, None) if o.convention_offences.is_none() => {
            "Whether the conduct is an offence under arts. 5, 6, 8 or 23 is not given".into()
        }
        (None, None) => "Not stated to be an offence under arts. 5, 6, 8 or 23".into(),
        (Some((p, via)), own_text) => {
            let names = protocol_names(&protocol_offences);
            let proto = match p.outcome {
                Outcome::Yes => text!("{names} meets art. 3(1)(a) {via}: a Protocol offence is regarded as an offence established under the Convention, and both States are parties to that Protocol"),
                Outcome::No => text!("{names} would meet art. 3(1)(a) {via} only between parties to that Protocol, which the two States are not both (or the elements do not meet it)"),
                _ => text!("{names} meets art. 3(1)(a) {via} if both States are parties to that Protocol and the elements meet it, which is not settled"),
            };
            match own_text {
                // What decides first.
                Some(t) if p.outcome == Outcome::Yes && own_tri.outcome != Outcome::Yes => {
                    text!("{proto}. Of the Convention's own offences: {t}")
                }
                Some(t) => text!("{t}. {proto}"),
                None => proto,
            }
        }
    };
    // A label the elements given do not bear out: the label stands (it is
    // the user's statement), but the reader is told.
    let contradicted: Vec<&str> = own_classified
        .iter()
        .filter(|(c, t)| stated_own(*c) && t.outcome == Outcome::No)
        .map(|(c, _)| c.describe())
        .collect();
    if !contradicted.is_empty() {
        let note = format!(
            "; but the elements given do not meet {}: check the label",
            contradicted.join("; ")
        );
        f.message.to_mut().push_str(&note);
    }
    let conv = ctx.push(f);

    let (requesting, requested) = (ctx.requesting, ctx.requested);
    let absent = ctx.offence_law_absent();
    let serious = if let Some(missing) = absent.clone() {
        // A partial assessment: the State whose law decides is not given.
        missing
    } else {
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
    let whose = match ctx.options.serious_crime_law {
        _ if absent.is_some() => {
            "the State whose law characterises the offence (a State of the request is not given)"
                .into()
        }
        SeriousCrimeLaw::Requesting => text!("the requesting State ({requesting})"),
        SeriousCrimeLaw::Requested => text!("the requested State ({requested})"),
        SeriousCrimeLaw::Both => text!("both {requesting} and {requested}"),
        SeriousCrimeLaw::Either => text!("either {requesting} or {requested}"),
    };
    f.message = match serious.outcome {
        Outcome::Yes => text!("A serious crime under the law of {whose}"),
        Outcome::No => text!("Not a serious crime under the law of {whose}"),
        _ => text!("Whether it is a serious crime under the law of {whose} is not settled"),
    };
    let serious = ctx.push(f);

    // Art. 3(1)(a) already counts the Protocol offences (art. 1(3)).
    let tri = Tri::any(&[&conv, &serious]);
    let mut f = ctx.finding_from(id, Provision::untoc(3).para(1), &tri);
    let via = protocol.as_ref().map(|(_, v)| v.as_str());
    f.message = match tri.outcome {
        Outcome::Yes => {
            let mut which: Vec<String> = Vec::new();
            if conv.outcome == Outcome::Yes {
                let protocol_yes = protocol.as_ref().is_some_and(|(p, _)| p.outcome == Outcome::Yes);
                let own_yes = own_tri.outcome == Outcome::Yes;
                match (own_yes, protocol_yes, via) {
                    (true, true, Some(v)) => which.push(format!("(a) an offence established under the Convention, directly and {v}")),
                    (false, true, Some(v)) => which.push(format!("(a) an offence established under the Convention {v}")),
                    _ => which.push("(a) an offence established under the Convention".into()),
                }
            }
            if serious.outcome == Outcome::Yes {
                which.push("(b) a serious crime".into());
            }
            text!("The offence is of a kind art. 3(1) covers: {}", which.join("; "))
        }
        Outcome::No => match via {
            Some(v) => text!("The offence is of no kind art. 3(1) covers: not a Convention offence (its Protocol offence counts {v} only between parties to that Protocol) and not a serious crime"),
            None => "The offence is neither a Convention or Protocol offence nor a serious crime".into(),
        },
        _ => "Whether the offence is of a kind art. 3(1) covers is not settled".into(),
    };
    ctx.push(f)
}

/// "Trafficking in persons (TIP art. 5); smuggling of migrants (SOM art. 6)".
fn protocol_names(offences: &[ConventionOffence]) -> String {
    let mut s = offences
        .iter()
        .map(|p| p.describe())
        .collect::<Vec<_>>()
        .join("; ");
    if let Some(first) = s.get(..1) {
        let upper = first.to_ascii_uppercase();
        s.replace_range(..1, &upper);
    }
    s
}

/// "via TIP art. 1(3)", "via TIP art. 1(3) and SOM art. 1(3)": the
/// Protocols' clause that makes their offences Convention offences.
fn via_article_1_3(offences: &[ConventionOffence]) -> String {
    let mut instruments: Vec<Instrument> = offences.iter().map(|c| c.instrument()).collect();
    instruments.sort();
    instruments.dedup();
    let cites: Vec<String> = instruments
        .iter()
        .map(|i| Provision::article(*i, 1).para(3).to_string())
        .collect();
    format!("via {}", crate::ctx::join_and(&cites))
}

/// The explanation of art. 3(1)(a) when the answer comes from elements.
fn classified_text(
    classified: &[&(ConventionOffence, Tri)],
    outcome: Outcome,
) -> std::borrow::Cow<'static, str> {
    let names = |pick: &dyn Fn(Outcome) -> bool| {
        classified
            .iter()
            .filter(|(_, t)| pick(t.outcome))
            .map(|(c, _)| c.describe())
            .collect::<Vec<_>>()
            .join("; ")
    };
    match outcome {
        Outcome::Yes => cow!(
            "Classified from its elements as an offence established under the Convention: {}",
            names(&|o| o == Outcome::Yes)
        ),
        Outcome::No => cow!(
            "Given by its elements, the conduct is none of the Convention's offences it was checked against ({})",
            names(&|_| true)
        ),
        Outcome::DependsOnDomesticLaw => cow!(
            "Whether the conduct is an offence established under the Convention ({}) turns on the characterising State's law",
            names(&|o| o == Outcome::DependsOnDomesticLaw)
        ),
        _ => cow!(
            "Whether the conduct is an offence established under the Convention ({}) is not settled: an element is not given",
            names(&|o| !o.is_determined())
        ),
    }
}

/// Art. 3(1) — does the offence involve an organized criminal group?
/// ("Involves" is not defined; the case asserts it: interpretation
/// `involves-group`.) Pushes `art3.1.involves_ocg`.
pub fn involves_ocg(ctx: &mut Ctx<'_>, ocg: &Tri) -> Tri {
    let id = ctx.oid("art3.1.involves_ocg");
    if let Some(t) = ctx.tri_of(&id) {
        return t;
    }
    let path = ctx.offence_path();
    let involves = Tri::fact(
        ctx.offence().involves_group,
        &format!("{path}.involves_group"),
    );
    let tri = Tri::all(&[&involves, ocg]);
    let mut f = ctx.finding_from(id, Provision::untoc(3).para(1), &tri);
    f.basis = Basis::Interpretation("involves-group");
    f.message = match tri.outcome {
        Outcome::Yes => "The organized criminal group took part in this offence".into(),
        Outcome::No if involves.outcome == Outcome::No => {
            "The group did not take part in this offence".into()
        }
        Outcome::No => "The group involved is not an organized criminal group".into(),
        _ => "Whether an organized criminal group took part in this offence is not settled".into(),
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
        Outcome::Yes => "An offence covered by the Convention: of a covered kind, transnational, and involving an organized criminal group".into(),
        Outcome::No => {
            let mut why = Vec::new();
            if qualifying.outcome == Outcome::No {
                why.push("not of a covered kind");
            }
            if transnational.outcome == Outcome::No {
                why.push("not transnational");
            }
            if involves.outcome == Outcome::No {
                why.push("no organized criminal group involved");
            }
            text!("Not an offence covered by the Convention: {}", why.join("; "))
        }
        _ => "Whether the offence is covered by the Convention is not settled".into(),
    };
    ctx.push(f)
}
