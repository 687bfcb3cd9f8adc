//! UNTOC art. 16 — Extradition (rules spec §6.1, steps E1-E9).
//!
//! 16(1) decides whether the article applies (two limbs, both with dual
//! criminality); 16(3), 16(4)-(5) and 16(6) are the three routes by which the
//! Convention supplies a legal basis; 16(7)-(17) are attached to any request
//! the article governs.

use palermo_cite::Provision;
use palermo_refdata::{ExtraditionBasisNotice, Instrument, StateCode};

use crate::ctx::Ctx;
use crate::outcome::{Basis, Cited, Finding, Outcome, Strength, Tri};

/// Per-offence scope results that art. 16 builds on.
pub struct OffenceScope {
    /// `art3.1.qualifying_offence`
    pub qualifying: Tri,
    /// `art3.1.involves_ocg`
    pub involves: Tri,
    /// `art3.1.within_scope`
    pub within_scope: Tri,
    /// `art3.1.b.serious_crime`
    pub serious: Tri,
}

/// Art. 16(1) — dual criminality, the condition common to both limbs.
///
/// > Either limb applies only if the offence for which extradition is sought
/// > is punishable under the domestic law of both the requesting and the
/// > requested State.
///
/// Read as conduct-based (the conduct is an offence in both laws, whatever its
/// name): interpretation `dual-criminality`. Pushes `art16.1.dual_criminality`.
pub fn dual_criminality(ctx: &mut Ctx<'_>) -> Tri {
    let (a, b) = (ctx.requesting, ctx.requested);
    let path = ctx.offence_path();
    let o = ctx.offence();
    let ta = Tri::fact(o.punishable(a), &format!("{path}.punishable_in.{a}"));
    let tb = Tri::fact(o.punishable(b), &format!("{path}.punishable_in.{b}"));
    let tri = Tri::all(&[&ta, &tb]);
    let mut f = ctx.finding_from(
        ctx.oid("art16.1.dual_criminality"),
        Provision::untoc(16).para(1),
        &tri,
    );
    f.basis = Basis::Interpretation("dual-criminality");
    let word = |t: &Tri| match t.outcome {
        Outcome::Yes => "punishable",
        Outcome::No => "not punishable",
        _ => "of unknown status",
    };
    f.explanation = text!(
        "The conduct is {} in {a} and {} in {b}",
        word(&ta),
        word(&tb)
    );
    if tri.outcome == Outcome::No {
        f.explanation
            .to_mut()
            .push_str(": dual criminality, a condition of both limbs, fails");
    }
    ctx.push(f)
}

/// Art. 16(1) — does the article apply to this offence?
///
/// > The article applies (first limb) to the offences covered by the
/// > Convention, or (second limb) where an offence of art. 3(1)(a) or (b)
/// > involves an organized criminal group and the person sought is located in
/// > the requested State; in both cases only if the offence is punishable in
/// > both States.
///
/// The second limb needs no transnationality. The article applies only
/// between States for which the Convention is in force (`gate`). Pushes `art16.1.first_limb`,
/// `art16.1.second_limb`, `art16.1.dual_criminality` and `art16.1.applies`.
pub fn applies(ctx: &mut Ctx<'_>, gate: &Tri, scope: &OffenceScope) -> Tri {
    let p1 = Provision::untoc(16).para(1);
    let mut f = ctx.finding_from(ctx.oid("art16.1.first_limb"), p1, &scope.within_scope);
    f.explanation = match scope.within_scope.outcome {
        Outcome::Yes => "First limb: an offence covered by the Convention".into(),
        Outcome::No => "First limb fails: not an offence covered by the Convention".into(),
        _ => "First limb: whether the offence is covered by the Convention is not settled".into(),
    };
    let first = ctx.push(f);

    let b = ctx.requested;
    let located = match ctx.case.request.person_located_in {
        Some(s) => Tri::of(Outcome::from_bool(s == b)),
        None => Tri::missing("request.person_located_in"),
    };
    let tri = Tri::all(&[&scope.qualifying, &scope.involves, &located]);
    let mut f = ctx.finding_from(ctx.oid("art16.1.second_limb"), p1, &tri);
    f.explanation = match tri.outcome {
        Outcome::Yes => text!("Second limb: an art. 3(1)(a)/(b) offence involving an organized criminal group, and the person sought is in {b} (transnationality not needed)"),
        Outcome::No if located.outcome == Outcome::No => text!(
            "Second limb fails: the person sought is in {}, not in {b}",
            ctx.case.request.person_located_in.map_or(String::new(), |s| s.to_string())
        ),
        Outcome::No => "Second limb fails: no art. 3(1)(a)/(b) offence involving an organized criminal group".into(),
        _ => "Second limb: not settled (offence kind, group involvement or where the person is)".into(),
    };
    let second = ctx.push(f);

    let dual = dual_criminality(ctx);
    let limb = Tri::any(&[&first, &second]);
    // A treaty provision applies only between its parties: the gate first.
    let tri = Tri::all(&[gate, &limb, &dual]);
    let mut f = ctx.finding_from(ctx.oid("art16.1.applies"), p1, &tri);
    f.explanation = match tri.outcome {
        Outcome::Yes => {
            let which = match (first.outcome, second.outcome) {
                (Outcome::Yes, Outcome::Yes) => "both limbs",
                (Outcome::Yes, _) => "first limb: covered offence",
                _ => "second limb: person in the requested State",
            };
            text!("Article 16 applies ({which}), with dual criminality")
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "Article 16 does not apply: the Convention is not in force between the two States"
                .into()
        }
        Outcome::No if dual.outcome == Outcome::No => {
            "Article 16 does not apply: the conduct is not punishable in both States".into()
        }
        Outcome::No => "Article 16 does not apply: neither limb of art. 16(1) holds".into(),
        _ => "Whether article 16 applies is not settled".into(),
    };
    ctx.push(f)
}

/// Art. 16(2) — separate serious crimes outside the article.
///
/// > If a request covers several separate serious crimes, some of which the
/// > article does not reach, the requested State may apply the article to
/// > those as well.
///
/// Pushes `art16.2.separate_serious_crimes#n` for each offence outside the
/// article when at least one other offence is within it.
pub fn separate_serious_crimes(ctx: &mut Ctx<'_>, per_offence: &[(Tri, Tri)]) {
    if per_offence.len() < 2
        || !per_offence
            .iter()
            .any(|(applies, _)| applies.outcome == Outcome::Yes)
    {
        return;
    }
    for (i, (applies, serious)) in per_offence.iter().enumerate() {
        if applies.outcome != Outcome::No {
            continue;
        }
        let id = format!("art16.2.separate_serious_crimes#{}", i + 1);
        let mut f = Finding::new(id, Provision::untoc(16).para(2), serious.outcome);
        let inputs = Tri::all(&[applies, serious]);
        ctx.rest_on(&mut f, &inputs);
        f.missing = serious.missing.clone();
        f.explanation = match serious.outcome {
            Outcome::Yes => {
                f.strength = Some(Strength::Discretionary);
                text!("Offence {} is outside art. 16 but a separate serious crime: {} may apply the article to it too", i + 1, ctx.requested)
            }
            Outcome::No => text!("Offence {} is outside art. 16 and not a serious crime: art. 16(2) does not reach it", i + 1),
            _ => text!("Offence {} is outside art. 16; whether it is a serious crime (for art. 16(2)) is not settled", i + 1),
        };
        ctx.push(f);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Notice {
    Data(ExtraditionBasisNotice),
    Stated(bool),
}

fn notice(ctx: &Ctx<'_>, state: StateCode) -> (Option<Notice>, Option<Cited>) {
    if let Some(b) = ctx
        .state_facts(state)
        .and_then(|s| s.convention_as_extradition_basis)
    {
        return (
            Some(Notice::Stated(b)),
            Some(Cited::Case(format!(
                "states.{state}.convention_as_extradition_basis = {b}"
            ))),
        );
    }
    match ctx
        .data
        .declarations(state, Instrument::Untoc, "16(5)")
        .next()
    {
        Some(d) => (
            d.extradition_basis.map(Notice::Data),
            Some(Cited::data(&d.source, Some(&d.summary))),
        ),
        None => (None, None),
    }
}

fn takes(n: Option<Notice>) -> bool {
    matches!(
        n,
        Some(Notice::Stated(true))
            | Some(Notice::Data(ExtraditionBasisNotice::TakesConvention))
            | Some(Notice::Data(
                ExtraditionBasisNotice::TakesConventionReciprocal
            ))
            | Some(Notice::Data(
                ExtraditionBasisNotice::TakesConventionExceptNationals
            ))
    )
}

/// Art. 16(5)(a) — what the requested State notified: does it take the
/// Convention as the legal basis for extradition? Nothing on record is
/// undetermined, never yes. Pushes `art16.5.a.notification`.
fn notification(ctx: &mut Ctx<'_>) -> (Tri, Option<Notice>) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let label = ctx.label(b);
    let (n, source) = notice(ctx, b);
    let fact = format!("states.{b}.convention_as_extradition_basis");
    let mut f = Finding::new(
        "art16.5.a.notification",
        Provision::untoc(16).para(5).letter('a'),
        Outcome::Undetermined,
    );
    f.sources.extend(source);
    match n {
        Some(Notice::Stated(true))
        | Some(Notice::Data(ExtraditionBasisNotice::TakesConvention)) => {
            f.outcome = Outcome::Yes;
            f.explanation =
                text!("{label} takes the Convention as the legal basis for extradition");
        }
        Some(Notice::Stated(false))
        | Some(Notice::Data(ExtraditionBasisNotice::DoesNotTakeConvention)) => {
            f.outcome = Outcome::No;
            f.explanation =
                text!("{label} does not take the Convention as the legal basis for extradition");
        }
        Some(Notice::Data(ExtraditionBasisNotice::TakesConventionReciprocal)) => {
            let (na, _) = notice(ctx, a);
            if takes(na) {
                f.outcome = Outcome::Yes;
                f.explanation = text!("{label} takes the Convention as the legal basis with States Parties that do the same, and {a} does");
            } else if matches!(
                na,
                Some(Notice::Stated(false))
                    | Some(Notice::Data(ExtraditionBasisNotice::DoesNotTakeConvention))
            ) {
                f.outcome = Outcome::No;
                f.explanation = text!("{label} takes the Convention as the legal basis only reciprocally, and {a} does not take it");
            } else {
                f.missing
                    .push(format!("states.{a}.convention_as_extradition_basis"));
                f.explanation = text!("{label} takes the Convention as the legal basis only with States Parties that do the same; whether {a} does is not on record");
            }
        }
        Some(Notice::Data(ExtraditionBasisNotice::TakesConventionExceptNationals)) => {
            match &ctx.case.request.person_nationalities {
                Some(list) if list.contains(&b) => {
                    f.outcome = Outcome::No;
                    f.explanation = text!("{label} takes the Convention as the legal basis, but not for surrendering its own nationals, and the person is one");
                }
                Some(_) => {
                    f.outcome = Outcome::Yes;
                    f.explanation = text!("{label} takes the Convention as the legal basis except for its own nationals; the person is not its national");
                }
                None => {
                    f.missing.push("request.person_nationalities".into());
                    f.explanation = text!("{label} takes the Convention as the legal basis except for its own nationals; the person's nationality is not given");
                }
            }
        }
        Some(Notice::Data(ExtraditionBasisNotice::TreatyRequiredBasisUnstated)) => {
            f.missing.push(fact);
            f.explanation = text!("{label} notified that it requires a treaty, without saying whether the Convention is one");
        }
        Some(Notice::Data(ExtraditionBasisNotice::ContentUnknown)) => {
            f.missing.push(fact);
            f.explanation = text!("{label} made an art. 16(5)(a) notification whose content is not captured in the data");
        }
        None => {
            f.missing.push(fact);
            f.explanation = text!("No art. 16(5)(a) notification by {label} is on record (the bundled list is incomplete), so whether it takes the Convention as a basis is unknown");
        }
    }
    (ctx.push(f), n)
}

/// Art. 16(3)-(6) — the route by which the Convention supplies a legal basis,
/// and the answer `art16.legal_basis`.
///
/// > (3) Every offence the article applies to is deemed an extraditable
/// > offence in any extradition treaty in force between the States.
/// > (4) A State that makes extradition conditional on a treaty may, if it has
/// > none with the requesting State, take the Convention as the legal basis.
/// > (5)(a) Such a State tells the Secretary-General whether it will.
/// > (6) A State that needs no treaty recognises these offences as extraditable.
///
/// The three routes are alternatives; an unknown fact that would not change the
/// answer is reasoned around (e.g. the need for a treaty is unknown but the
/// State takes the Convention as a basis: 16(4) or 16(6) gives a route either way).
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, applies: &Tri) -> Tri {
    let b = ctx.requested;
    let label = ctx.label(b);
    let treaty_name = ctx
        .case
        .request
        .treaty_name
        .clone()
        .unwrap_or_else(|| "an extradition treaty".into());

    // 16(3)
    let mut f = Finding::new(
        "art16.3.deemed_included",
        Provision::untoc(16).para(3),
        Outcome::Undetermined,
    );
    match ctx.case.request.treaty_in_force {
        Some(true) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::Mandatory);
            f.explanation = text!("{treaty_name} binds the two States: the offences art. 16 applies to are deemed extraditable offences in it");
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.explanation = "No extradition treaty binds the two States, so there is nothing for art. 16(3) to amend".into();
        }
        None => {
            f.missing.push("request.treaty_in_force".into());
            f.explanation =
                "Whether an extradition treaty binds the two States is not given".into();
        }
    }
    let t3 = ctx.push(f);

    // 16(5)(a) and 16(4)
    let (note, n) = notification(ctx);
    let stated_requires = ctx
        .state_facts(b)
        .and_then(|s| s.extradition_requires_treaty);
    // Interpretation: only States that make extradition conditional on a treaty
    // notify under art. 16(5)(a), so a notification implies that condition.
    let requires = stated_requires.or(n.filter(|n| matches!(n, Notice::Data(_))).map(|_| true));
    let requires_inferred = stated_requires.is_none() && requires.is_some();
    let requires_fact = format!("states.{b}.extradition_requires_treaty");

    let mut f = Finding::new(
        "art16.4.convention_as_basis",
        Provision::untoc(16).para(4),
        Outcome::Undetermined,
    );
    f.strength = Some(Strength::Discretionary);
    ctx.rest_on(&mut f, &note);
    if requires_inferred {
        f.basis = Basis::Interpretation("notification-implies-treaty-requirement");
    }
    match requires {
        Some(false) => {
            f.outcome = Outcome::No;
            f.strength = None;
            f.explanation = text!("{label} does not make extradition conditional on a treaty, so art. 16(4) is not needed (art. 16(6) applies)");
        }
        _ => {
            f.outcome = note.outcome;
            f.missing = note.missing.clone();
            let cond = if requires.is_none() {
                format!("If {label} makes extradition conditional on a treaty, ")
            } else {
                String::new()
            };
            f.explanation = match note.outcome {
                Outcome::Yes => text!(
                    "{cond}{label} may take the Convention as the legal basis (at its discretion)"
                ),
                Outcome::No => {
                    f.strength = None;
                    text!("{cond}{label} does not take the Convention as the legal basis: no route under art. 16(4)")
                }
                _ => text!(
                    "{cond}whether {label} takes the Convention as the legal basis is not settled"
                ),
            };
        }
    }
    let t4 = ctx.push(f);

    // 16(6)
    let mut f = Finding::new(
        "art16.6.recognised_as_extraditable",
        Provision::untoc(16).para(6),
        Outcome::Undetermined,
    );
    match requires {
        Some(false) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::Mandatory);
            f.explanation = text!("{label} needs no treaty: it must recognise the offences art. 16 applies to as extraditable between the two States (stated in the case)");
        }
        Some(true) => {
            f.outcome = Outcome::No;
            f.explanation = text!(
                "{label} makes extradition conditional on a treaty, so art. 16(6) does not apply{}",
                if requires_inferred {
                    " (inferred from its art. 16(5)(a) notification)"
                } else {
                    " (stated in the case)"
                }
            );
            if requires_inferred {
                f.basis = Basis::Interpretation("notification-implies-treaty-requirement");
            }
        }
        None => {
            f.missing.push(requires_fact.clone());
            f.explanation =
                text!("Whether {label} makes extradition conditional on a treaty is not given");
        }
    }
    let t6 = ctx.push(f);

    let route = Tri::any(&[&t3, &t4, &t6]);
    let tri = Tri::all(&[gate, applies, &route]);
    let mut f = ctx.finding_from("art16.legal_basis", Provision::untoc(16), &tri);
    if tri.outcome == Outcome::Yes {
        // The strongest route that holds.
        let (strength, citation, how) = if t3.outcome == Outcome::Yes {
            (
                Strength::Mandatory,
                Provision::untoc(16).para(3),
                format!("the offence is deemed included in {treaty_name} (art. 16(3))"),
            )
        } else if t6.outcome == Outcome::Yes {
            (Strength::Mandatory, Provision::untoc(16).para(6), format!("{label} needs no treaty and must recognise the offence as extraditable (art. 16(6))"))
        } else if requires.is_none() {
            (Strength::Discretionary, Provision::untoc(16).para(4), format!("{label} takes the Convention as a basis: art. 16(4) gives a route at its discretion if it requires a treaty, art. 16(6) if it does not; the weaker is reported"))
        } else {
            (Strength::Discretionary, Provision::untoc(16).para(4), format!("{label} requires a treaty, and takes the Convention as the legal basis at its discretion (art. 16(4), 16(5)(a))"))
        };
        f.strength = Some(strength);
        f.citation = citation;
        f.explanation = text!(
            "Yes: {how}; extradition remains subject to {label}'s law and treaties (art. 16(7))"
        );
    } else if tri.outcome == Outcome::No {
        f.explanation = if gate.outcome == Outcome::No {
            "No: the Convention is not in force between the two States".into()
        } else if applies.outcome == Outcome::No {
            "No: article 16 does not apply to the offence(s)".into()
        } else {
            text!("No: there is no extradition treaty, and {label} does not take the Convention as the legal basis")
        };
    } else {
        f.explanation = text!(
            "Undetermined: {} fact{} missing",
            tri.missing.len(),
            if tri.missing.len() == 1 { "" } else { "s" }
        );
    }
    ctx.push(f)
}

/// Art. 16(7)-(17) — what attaches to a request the article governs: domestic
/// conditions, expediting, provisional arrest, nationals, fair treatment and
/// the Convention's own refusal rules. When the Convention gives no route,
/// only the duty to seek agreements (16(5)(b), 16(17)) is reported.
pub fn attached(ctx: &mut Ctx<'_>, basis: &Tri) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let label_b = ctx.label(b);
    if basis.outcome == Outcome::No {
        if ctx
            .finding("art16.5.a.notification")
            .is_some_and(|f| f.outcome == Outcome::No)
        {
            let mut f = Finding::new(
                "art16.5.b.seek_treaties",
                Provision::untoc(16).para(5).letter('b'),
                Outcome::Yes,
            );
            f.strength = Some(Strength::Endeavour);
            f.explanation = text!("{label_b} does not take the Convention as a basis; it is to seek, where appropriate, extradition treaties with other States Parties");
            ctx.push(f);
        }
        let mut f = Finding::new(
            "art16.17.seek_agreements",
            Provision::untoc(16).para(17),
            Outcome::Yes,
        );
        f.strength = Some(Strength::Endeavour);
        f.explanation = "The States are to seek bilateral or multilateral agreements to carry out or improve extradition".into();
        ctx.push(f);
        return;
    }

    // 16(7)
    let mut f = Finding::new(
        "art16.7.domestic_conditions",
        Provision::untoc(16).para(7),
        Outcome::DependsOnDomesticLaw,
    );
    let mut bars = Vec::new();
    let mut open = 0;
    for (id, bar_if) in [
        ("art16.7.minimum_penalty_met", false),
        ("art16.7.political_offence_bar", true),
        ("art16.7.death_penalty_bar", true),
        ("art16.7.ne_bis_in_idem_bar", true),
        ("art16.7.limitation_bar", true),
        ("art16.7.evidentiary_standard_met", false),
    ] {
        match ctx.domestic(b, id, &mut f) {
            Some(v) if v == bar_if => {
                bars.push(crate::questions::question(id).map_or(id, |q| q.if_true))
            }
            Some(_) => {}
            None => open += 1,
        }
    }
    if !bars.is_empty() {
        f.outcome = Outcome::No;
        f.explanation = text!(
            "{label_b}'s law bars extradition (stated in the case): {}",
            bars.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        );
    } else if open == 0 {
        f.outcome = Outcome::Yes;
        f.explanation = text!("{label_b}'s conditions (minimum penalty, refusal grounds, evidence) are met, as stated in the case");
    } else {
        f.explanation = text!("Extradition is subject to {label_b}'s own law and treaties: minimum penalty, refusal grounds (political offence, death penalty, ne bis in idem, limitation), evidentiary standard; the Convention itself has none of these grounds");
    }
    ctx.push(f);

    // 16(8)
    let mut f = Finding::new(
        "art16.8.expedite",
        Provision::untoc(16).para(8),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Endeavour);
    f.explanation = "Subject to domestic law, the States are to speed up procedures and simplify evidentiary requirements".into();
    ctx.push(f);

    // 16(9)
    let mut f = Finding::new(
        "art16.9.provisional_arrest",
        Provision::untoc(16).para(9),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.explanation = text!("If urgent, {label_b} may on {a}'s request detain the person or take other measures to secure presence at the proceedings, subject to its law and treaties");
    ctx.push(f);

    // 16(10)-(12): nationals.
    let national = ctx
        .case
        .request
        .person_nationalities
        .as_ref()
        .map(|l| l.contains(&b));
    let mut f = Finding::new(
        "art16.10.prosecute_if_not_extradited",
        Provision::untoc(16).para(10),
        Outcome::Undetermined,
    );
    let mut extradites_nationals = None;
    match national {
        None => {
            f.missing.push("request.person_nationalities".into());
            f.explanation = text!("Whether the person is a national of {label_b} is not given; if so and {b} refuses on that ground alone, it must, at {a}'s request, submit the case for prosecution");
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.explanation = text!("The person is not a national of {b}: the duty to prosecute instead of extraditing does not arise");
        }
        Some(true) => {
            extradites_nationals = ctx.domestic(b, "art16.7.extradites_own_nationals", &mut f);
            match extradites_nationals {
                Some(true) => {
                    f.outcome = Outcome::No;
                    f.explanation = text!("The person is a national of {b}, but {b} extradites its nationals (stated in the case): the duty does not arise");
                }
                Some(false) => {
                    f.outcome = Outcome::Yes;
                    f.strength = Some(Strength::Mandatory);
                    f.explanation = text!("The person is a national of {b}, which does not extradite its nationals (stated in the case): if it refuses on that ground alone, it must, at {a}'s request, submit the case without undue delay for prosecution (see art. 15(3))");
                }
                None => {
                    f.outcome = Outcome::DependsOnDomesticLaw;
                    f.explanation = text!("The person is a national of {b}; whether {b}'s law allows extraditing nationals decides whether, on a refusal for that reason alone, it must prosecute at {a}'s request");
                }
            }
        }
    }
    ctx.push(f);

    if national == Some(true) && extradites_nationals != Some(true) {
        let mut f = Finding::new(
            "art16.11.conditional_surrender",
            Provision::untoc(16).para(11),
            Outcome::DependsOnDomesticLaw,
        );
        match ctx.domestic(b, "art16.11.conditional_surrender_allowed", &mut f) {
            Some(true) => {
                f.outcome = Outcome::Yes;
                f.strength = Some(Strength::Discretionary);
                f.explanation = text!("{b}'s law allows surrender of a national on condition of return to serve the sentence: if both States agree, that discharges the art. 16(10) duty");
            }
            Some(false) => {
                f.outcome = Outcome::No;
                f.explanation = text!("{b}'s law does not allow conditional surrender of nationals (stated in the case)");
            }
            None => f.explanation = text!("Whether {b}'s law allows surrender of a national on condition of return to serve the sentence is for its law"),
        }
        ctx.push(f);

        let mut f = Finding::new(
            "art16.12.enforce_foreign_sentence",
            Provision::untoc(16).para(12),
            Outcome::Undetermined,
        );
        match ctx.case.request.sentence_enforcement {
            None => {
                f.missing.push("request.sentence_enforcement".into());
                f.explanation = "Whether extradition is sought to enforce a sentence already imposed is not given".into();
            }
            Some(false) => {
                f.outcome = Outcome::No;
                f.explanation =
                    "Extradition is sought for prosecution, not to enforce a sentence".into();
            }
            Some(true) => match ctx.domestic(b, "art16.12.enforces_foreign_sentences", &mut f) {
                Some(true) => {
                    f.outcome = Outcome::Yes;
                    f.strength = Some(Strength::ShallConsider);
                    f.explanation = text!("If {b} refuses to surrender its national to serve the sentence, it shall, on {a}'s application, consider enforcing the sentence (its law permits)");
                }
                Some(false) => {
                    f.outcome = Outcome::No;
                    f.explanation = text!("{b}'s law does not permit enforcing the foreign sentence (stated in the case)");
                }
                None => {
                    f.outcome = Outcome::DependsOnDomesticLaw;
                    f.explanation = text!("If {b} refuses to surrender its national to serve the sentence, it shall consider enforcing it, if its law permits");
                }
            },
        }
        ctx.push(f);
    }

    // 16(13)
    let mut f = Finding::new(
        "art16.13.fair_treatment",
        Provision::untoc(16).para(13),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.explanation = "The person is guaranteed fair treatment at all stages, with all rights and guarantees of the law of the State where he or she is".into();
    ctx.push(f);

    // 16(14)
    let mut f = Finding::new(
        "art16.14.discrimination_refusal",
        Provision::untoc(16).para(14),
        Outcome::Yes,
    );
    f.strength = Some(Strength::NoObligation);
    f.explanation = text!("{b} need not extradite if it has substantial grounds to believe the request aims to punish the person for sex, race, religion, nationality, ethnic origin or political opinions (a closed list; other grounds only via its own law)");
    ctx.push(f);

    // 16(15)
    let f = fiscal_not_sole_ground(
        ctx,
        "art16.15.fiscal_not_sole_ground",
        Provision::untoc(16).para(15),
    );
    ctx.push(f);

    // 16(16)
    let mut f = Finding::new(
        "art16.16.consult_before_refusal",
        Provision::untoc(16).para(16),
        Outcome::Yes,
    );
    f.strength = Some(Strength::MandatoryQualified);
    f.explanation = text!("Before refusing, {b} is to consult {a}, where appropriate, so it can present its views and information");
    ctx.push(f);
}

/// Art. 16(15) and 18(22): a request may not be refused on the sole ground
/// that the offence also involves fiscal matters. Engaged when the case says
/// the offence has fiscal aspects; undetermined when it does not say.
pub(crate) fn fiscal_not_sole_ground(
    ctx: &Ctx<'_>,
    id: &'static str,
    citation: Provision,
) -> Finding {
    let b = ctx.requested;
    let mut f = Finding::new(id, citation, Outcome::Undetermined);
    match ctx.case.request.fiscal_aspects {
        Some(true) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::ProhibitedGround);
            f.explanation = text!(
                "The offence also involves fiscal matters: {b} may not refuse on that ground alone"
            );
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.explanation =
                text!("The offence involves no fiscal matters: {citation} is not engaged");
        }
        None => {
            f.missing.push("request.fiscal_aspects".into());
            f.explanation = "Whether the offence also involves fiscal matters is not given (if so, that cannot be the sole ground of refusal)".into();
        }
    }
    f
}
