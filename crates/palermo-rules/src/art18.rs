//! UNTOC art. 18 — Mutual legal assistance (rules spec §6.2, steps M1-M10).
//!
//! Paragraphs 1-8 and 30 apply between any two parties; paragraphs 9-29 (the
//! "mini-treaty") govern only as art. 18(7) says.

use std::borrow::Cow;

use palermo_cite::{Instrument, Provision};
use palermo_refdata::StateCode;

use crate::art16::OffenceScope;
use crate::ctx::Ctx;
use crate::facts::Measure;
use crate::outcome::{Basis, Cited, Finding, Outcome, Strength, Tri};

/// Art. 18(1) second limb — the requesting State's reasonable grounds to
/// suspect transnationality and OCG involvement. Facts that establish either
/// give such grounds; a stated "no" against established facts is a conflict.
fn suspicion(
    ctx: &mut Ctx<'_>,
    id: &'static str,
    stated: Option<bool>,
    established: &Tri,
    fact: &str,
    what: &str,
) -> Tri {
    let a = ctx.requesting;
    let mut f = Finding::new(
        ctx.oid(id),
        Provision::untoc(18).para(1),
        Outcome::Undetermined,
    );
    match (stated, established.outcome) {
        (Some(false), Outcome::Yes) => {
            f.outcome = Outcome::Conflict;
            ctx.rest_on(&mut f, established);
            f.message = text!("Conflict: the case says {a} has no grounds to suspect that {what} (`{fact} = false`), but the facts given establish it");
        }
        (Some(b), _) => {
            f.outcome = Outcome::from_bool(b);
            f.message = text!(
                "{a} {} reasonable grounds to suspect that {what} (stated in the case)",
                if b { "has" } else { "has no" }
            );
        }
        (None, Outcome::Yes) => {
            f.outcome = Outcome::Yes;
            ctx.rest_on(&mut f, established);
            f.message = text!(
                "The facts establish that {what}, so {a} has reasonable grounds to suspect it"
            );
        }
        (None, _) => {
            f.missing.push(fact.to_string());
            f.message =
                text!("Whether {a} has reasonable grounds to suspect that {what} is not given");
        }
    }
    ctx.push(f)
}

/// Art. 18(1)-(2) — does the article apply to this offence?
///
/// > (1) States give one another the widest measure of assistance for offences
/// > covered by the Convention (first limb), and similar assistance where the
/// > requesting State has reasonable grounds to suspect that an art. 3(1)(a)
/// > or (b) offence is transnational, including that victims, witnesses,
/// > proceeds, instrumentalities or evidence are in the requested State, and
/// > that it involves an organized criminal group (second limb).
/// > (2) Assistance is also given, as fully as the requested State's laws and
/// > treaties allow, for offences for which a legal person may be held liable
/// > under art. 10 in the requesting State.
///
/// Pushes `art18.1.first_limb`, `art18.1.reasonable_suspicion.transnational`,
/// `art18.1.reasonable_suspicion.ocg`, `art18.1.second_limb`,
/// `art18.2.legal_persons` and `art18.1.applies`.
pub fn applies(ctx: &mut Ctx<'_>, gate: &Tri, scope: &OffenceScope, transnational: &Tri) -> Tri {
    let p1 = Provision::untoc(18).para(1);
    let mut f = ctx.finding_from(ctx.oid("art18.1.first_limb"), p1, &scope.within_scope);
    f.strength = (scope.within_scope.outcome == Outcome::Yes).then_some(Strength::Mandatory);
    f.message = match scope.within_scope.outcome {
        Outcome::Yes => "First limb: an offence covered by the Convention (the widest measure of assistance is due)".into(),
        Outcome::No => "First limb fails: not an offence covered by the Convention".into(),
        _ => "First limb: whether the offence is covered is not settled".into(),
    };
    let first = ctx.push(f);

    let s_trans = suspicion(
        ctx,
        "art18.1.reasonable_suspicion.transnational",
        ctx.case.suspicion.transnational,
        transnational,
        "suspicion.transnational",
        "the offence is transnational",
    );
    let s_ocg = suspicion(
        ctx,
        "art18.1.reasonable_suspicion.ocg",
        ctx.case.suspicion.organized_criminal_group,
        &scope.involves,
        "suspicion.organized_criminal_group",
        "an organized criminal group is involved",
    );
    let tri = Tri::all(&[&scope.qualifying, &s_trans, &s_ocg]);
    let mut f = ctx.finding_from(ctx.oid("art18.1.second_limb"), p1, &tri);
    f.strength = (tri.outcome == Outcome::Yes).then_some(Strength::Mandatory);
    f.message = match tri.outcome {
        Outcome::Yes => text!("Second limb: an art. 3(1)(a)/(b) offence, and {} has reasonable grounds to suspect it is transnational and involves an organized criminal group", ctx.requesting),
        Outcome::No => "Second limb fails: no art. 3(1)(a)/(b) offence, or no reasonable suspicion of transnationality or group involvement".into(),
        Outcome::Conflict => "Conflict: the stated suspicion contradicts the facts given (second limb)".into(),
        _ => "Second limb: not settled".into(),
    };
    let second = ctx.push(f);

    // 18(2)
    let mut f = Finding::new(
        ctx.oid("art18.2.legal_persons"),
        Provision::untoc(18).para(2),
        Outcome::Undetermined,
    );
    let concerns = Tri::fact(
        ctx.case.request.concerns_legal_person,
        "request.concerns_legal_person",
    );
    // Art. 10(1): liability for participating in serious crimes involving an
    // organized criminal group, and for the art. 5, 6, 8 and 23 offences;
    // through each Protocol's art. 1(2)-(3), for its offences too, between
    // parties to it. Art. 3(1)(a) has already weighed both (stated or
    // classified, with the Protocol's status between the two States).
    let convention = ctx
        .tri_of(&ctx.oid("art3.1.a.convention_offence"))
        .expect("invariant: pushed by is_qualifying_offence");
    let serious_ocg = Tri::all(&[&scope.serious, &scope.involves]);
    let art10_offence = Tri::any(&[&convention, &serious_ocg]);
    let mut tri = Tri::all(&[&concerns, &art10_offence]);
    if tri.outcome != Outcome::No {
        let requesting = ctx.requesting;
        let liability = ctx.domestic_tri(requesting, "art18.2.legal_person_liability", &mut f);
        tri = Tri::all(&[&tri, &liability]);
    }
    f.outcome = tri.outcome;
    f.missing = tri.missing.clone();
    ctx.rest_on(&mut f, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::MandatoryQualified);
            text!("The proceedings concern a legal person's liability for an art. 10 offence in {}: assistance to the fullest extent {}'s laws and treaties allow", ctx.requesting, ctx.requested)
        }
        Outcome::No if concerns.outcome == Outcome::No => "The proceedings do not concern a legal person's liability".into(),
        Outcome::No => "No art. 10 offence for which a legal person can be held liable".into(),
        Outcome::DependsOnDomesticLaw => text!("Whether a legal person can be held liable for this offence under {}'s law decides art. 18(2)", ctx.requesting),
        _ => "Whether the proceedings concern a legal person's liability for an art. 10 offence is not settled".into(),
    };
    f.questions
        .retain(|_| tri.outcome == Outcome::DependsOnDomesticLaw);
    let legal = ctx.push(f);

    let limb = Tri::any(&[&first, &second, &legal]);
    // A treaty provision applies only between its parties: the gate first.
    let tri = Tri::all(&[gate, &limb]);
    let mut f = ctx.finding_from(ctx.oid("art18.1.applies"), p1, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => {
            let mut which = Vec::new();
            if first.outcome == Outcome::Yes {
                which.push("first limb: covered offence");
            }
            if second.outcome == Outcome::Yes {
                which.push("second limb: reasonable suspicion");
            }
            if legal.outcome == Outcome::Yes {
                which.push("art. 18(2): legal persons");
            }
            text!("Article 18 applies ({})", which.join("; "))
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "Article 18 does not apply: the Convention is not in force between the two States"
                .into()
        }
        Outcome::No => {
            "Article 18 does not apply: neither limb of art. 18(1) nor art. 18(2) holds".into()
        }
        _ => ctx.conflict_or(&tri, "Whether article 18 applies is not settled"),
    };
    ctx.push(f)
}

/// `art18.legal_basis` — the Convention is a legal basis for the MLA request
/// when it is in force between the two States and art. 18 applies.
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, applies: &Tri) -> Tri {
    let tri = Tri::all(&[gate, applies]);
    let mut f = ctx.finding_from("art18.legal_basis", Provision::untoc(18), &tri);
    match tri.outcome {
        Outcome::Yes => {
            let only_18_2 = ctx
                .findings
                .iter()
                .filter(|x| {
                    x.id.starts_with("art18.1.first_limb")
                        || x.id.starts_with("art18.1.second_limb")
                })
                .all(|x| x.outcome != Outcome::Yes);
            if only_18_2 {
                f.strength = Some(Strength::MandatoryQualified);
                f.citation = Provision::untoc(18).para(2);
                f.message = text!("Yes: article 18(2) applies, to the fullest extent {}'s laws and treaties allow", ctx.requested);
            } else {
                f.strength = Some(Strength::Mandatory);
                f.citation = Provision::untoc(18).para(1);
                f.message = text!("Yes: article 18(1) obliges {} to give assistance; which rules govern the procedure follows from art. 18(7)", ctx.requested);
            }
        }
        Outcome::No if gate.outcome == Outcome::No => {
            f.message = "No: the Convention is not in force between the two States".into()
        }
        Outcome::No => f.message = "No: article 18 does not apply to the offence(s)".into(),
        _ => {
            f.message = ctx.conflict_or(
                &tri,
                cow!(
                    "Undetermined: {} fact{} missing",
                    tri.missing.len(),
                    if tri.missing.len() == 1 { "" } else { "s" }
                ),
            )
        }
    }
    ctx.push(f)
}

fn central_authority(ctx: &Ctx<'_>, state: StateCode) -> (Option<String>, Option<Cited>) {
    if let Some(s) = ctx
        .state_facts(state)
        .and_then(|s| s.central_authority.clone())
    {
        return (
            Some(s),
            Some(Cited::Case(format!("states.{state}.central_authority"))),
        );
    }
    notification_text(ctx, state, "18(13)")
}

fn notification_text(
    ctx: &Ctx<'_>,
    state: StateCode,
    article: &str,
) -> (Option<String>, Option<Cited>) {
    // Only notifications made under the Convention itself: one made for a
    // Protocol speaks for requests under that Protocol.
    let d = ctx
        .data
        .declarations(state, Instrument::Untoc, article)
        .next();
    match d {
        Some(d) if !d.content_unknown => (
            Some(d.summary.to_string()),
            Some(Cited::data(&d.source, None)),
        ),
        _ => (None, None),
    }
}

/// Art. 18(3)-(30) — the purposes, the regime switch of 18(7), the bank-secrecy
/// rule of 18(8) (which survives a treaty), and, where paragraphs 9-29 govern,
/// the mini-treaty's rules. Pushes `art18.7.paragraphs_9_29` and the
/// paragraph findings.
pub fn attached(ctx: &mut Ctx<'_>, basis: &Tri) {
    let b = ctx.requested;
    let label_b = ctx.label(b);
    if basis.outcome == Outcome::No {
        // 18(7) is answered for every MLA request: nothing governs a request
        // the article does not reach.
        let mut f = ctx.finding_from(
            "art18.7.paragraphs_9_29",
            Provision::untoc(18).para(7),
            basis,
        );
        f.message =
            "Article 18 does not apply to this request, so paragraphs 9-29 do not govern it".into();
        ctx.push(f);
        let mut f = Finding::new(
            "art18.30.agreements",
            Provision::untoc(18).para(30),
            Outcome::Yes,
        );
        f.strength = Some(Strength::ShallConsider);
        f.message =
            "The States are to consider agreements that serve or enhance mutual legal assistance"
                .into();
        ctx.push(f);
        return;
    }

    // 18(3)
    let mut f = Finding::new(
        "art18.3.purposes",
        Provision::untoc(18).para(3),
        Outcome::Undetermined,
    );
    match &ctx.case.request.measures {
        None => {
            f.missing.push("request.measures".into());
            f.message = "The assistance sought (art. 18(3) purposes) is not given".into();
        }
        Some(list) if list.is_empty() => {
            f.missing.push("request.measures".into());
            f.message = "No assistance is listed under request.measures".into();
        }
        Some(list) => {
            let named: Vec<String> = list
                .iter()
                .map(|m| format!("{} (18(3)({}))", m.as_str().replace('_', " "), m.letter()))
                .collect();
            if list.contains(&Measure::Other) {
                let answer = ctx.domestic(b, "art18.3.i.other_assistance_permitted", &mut f);
                f.citation = Provision::untoc(18).para(3).letter('i');
                f.outcome = match answer {
                    Some(v) => Outcome::from_bool(v),
                    None => Outcome::DependsOnDomesticLaw,
                };
                f.message = text!("Assistance sought: {}; 'other' assistance is covered only if not contrary to {label_b}'s law", named.join(", "));
            } else {
                f.outcome = Outcome::Yes;
                f.message = text!(
                    "Assistance sought is within art. 18(3): {}",
                    named.join(", ")
                );
            }
        }
    }
    ctx.push(f);

    let mut f = Finding::new(
        "art18.4.spontaneous_information",
        Provision::untoc(18).para(4),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.message = "Authorities may send information without a request; the recipient must respect confidentiality and use limits, save for exculpatory information, after notice (art. 18(5))".into();
    ctx.push(f);

    // 18(7)
    let treaty_name = ctx
        .case
        .request
        .treaty_name
        .clone()
        .unwrap_or_else(|| "their mutual legal assistance treaty".into());
    let mut f = Finding::new(
        "art18.7.paragraphs_9_29",
        Provision::untoc(18).para(7),
        Outcome::Undetermined,
    );
    match (
        ctx.case.request.treaty_in_force,
        ctx.case.request.agreed_to_apply_art18_9_29,
    ) {
        (Some(false), _) => {
            f.outcome = Outcome::Yes;
            f.message = "No mutual legal assistance treaty binds the two States: paragraphs 9-29 govern the request".into();
        }
        (_, Some(true)) => {
            f.outcome = Outcome::Yes;
            f.message = "The States agreed to apply paragraphs 9-29 instead of their treaty".into();
        }
        (Some(true), Some(false)) => {
            f.outcome = Outcome::No;
            f.message = text!("{treaty_name} binds the two States and they did not agree otherwise: its provisions replace paragraphs 9-29 (paragraphs 1-8 still apply)");
        }
        (Some(true), None) => {
            f.missing.push("request.agreed_to_apply_art18_9_29".into());
            f.message = text!("{treaty_name} binds the two States; whether they agreed to apply paragraphs 9-29 instead is not given");
        }
        (None, _) => {
            f.missing.push("request.treaty_in_force".into());
            f.message =
                "Whether a mutual legal assistance treaty binds the two States is not given".into();
        }
    }
    // Paragraphs 9-29 govern only a request art. 18 reaches.
    let treaty_regime = f.outcome;
    if basis.outcome != Outcome::Yes && f.outcome != Outcome::No {
        let tri = Tri::all(&[basis, &Tri::of(f.outcome)]);
        f.outcome = tri.outcome;
        let mut missing = basis.missing.clone();
        for m in std::mem::take(&mut f.missing) {
            if !missing.contains(&m) {
                missing.push(m);
            }
        }
        f.missing = missing;
        f.because = ctx.ids(&basis.because);
        f.inputs.extend_from_slice(&basis.inputs);
        f.message = text!("If article 18 applies (not settled yet): {}", f.message);
    }
    ctx.push(f);

    // 18(8): outside 9-29, so it survives a treaty.
    let mut f = Finding::new(
        "art18.8.bank_secrecy",
        Provision::untoc(18).para(8),
        Outcome::Yes,
    );
    f.strength = Some(Strength::ProhibitedGround);
    f.message = if treaty_regime == Outcome::No {
        text!("{label_b} may not decline on the ground of bank secrecy, even though {treaty_name} governs the procedure (paragraph 8 lies outside 9-29)")
    } else {
        text!("{label_b} may not decline on the ground of bank secrecy")
    };
    ctx.push(f);

    if treaty_regime == Outcome::No {
        let mut f = Finding::new(
            "art18.7.treaty_governs",
            Provision::untoc(18).para(7),
            Outcome::Yes,
        );
        f.message = text!("Refusal grounds, form, channels, language, costs and the rest follow {treaty_name}, not paragraphs 9-29; the Convention still obliges assistance (18(1)) and bars refusal for bank secrecy (18(8))");
        ctx.push(f);
        return;
    }
    if treaty_regime != Outcome::Yes {
        return;
    }
    mini_treaty(ctx, b);
}

/// Art. 18(9)'s fact, over every offence of the request: is the conduct an
/// offence in the requested State? `Some(false)` when not for one offence,
/// `Some(true)` when it is for all, otherwise `None` with the fact path of
/// each offence that does not say. Art. 13(3) applies it to confiscation.
pub(crate) fn punishable_in_requested(ctx: &Ctx<'_>) -> (Option<bool>, Vec<String>) {
    let b = ctx.requested;
    let each: Vec<Option<bool>> = ctx.case.offences.iter().map(|o| o.punishable(b)).collect();
    if each.contains(&Some(false)) {
        return (Some(false), Vec::new());
    }
    let missing: Vec<String> = each
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_none())
        .map(|(i, _)| {
            if ctx.case.several_offences {
                format!("offences[{}].punishable_in.{b}", i + 1)
            } else {
                format!("offence.punishable_in.{b}")
            }
        })
        .collect();
    if missing.is_empty() {
        (Some(true), missing)
    } else {
        (None, missing)
    }
}

/// Paragraphs 9-29, when they govern.
fn mini_treaty(ctx: &mut Ctx<'_>, b: StateCode) {
    let label_b = ctx.label(b);

    // 18(9)
    let mut f = Finding::new(
        "art18.9.may_decline_without_dual_criminality",
        Provision::untoc(18).para(9),
        Outcome::Undetermined,
    );
    match punishable_in_requested(ctx) {
        (Some(false), _) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::Discretionary);
            if let Some(v) = ctx.domestic(b, "art18.9.assists_without_dual_criminality", &mut f) {
                f.message = text!("The conduct is not an offence in {b}: it may decline for lack of dual criminality, but {} (stated in the case)", if v { "it assists anyway" } else { "it does not assist in such cases" });
            } else {
                f.message = text!("The conduct is not an offence in {b}: it may decline for lack of dual criminality, though it may still assist, to the extent it decides");
            }
        }
        (Some(true), _) => {
            f.outcome = Outcome::No;
            f.message = text!(
                "The conduct is an offence in {b}: lack of dual criminality is no ground to decline"
            );
        }
        (None, missing) => {
            f.missing = missing;
            f.message = text!("Whether the conduct is an offence in {b} is not given (if not, it may decline, art. 18(9))");
        }
    }
    ctx.push(f);

    let mut f = Finding::new(
        "art18.10.transfer_of_detained_persons",
        Provision::untoc(18).para(10),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.message = "A detained person may be transferred to give evidence if he or she freely consents and both States agree; custody, return, no extradition demand, time credited (18(11)); no prosecution for earlier acts without consent (18(12))".into();
    ctx.push(f);

    // 18(13)
    let mut f = Finding::new(
        "art18.13.central_authority",
        Provision::untoc(18).para(13),
        Outcome::Undetermined,
    );
    let (authority, source) = central_authority(ctx, b);
    f.sources.extend(source);
    match authority {
        Some(text) => {
            f.outcome = Outcome::Yes;
            f.message = text!("Send the request to {label_b}'s central authority: {text}");
        }
        None => {
            f.missing.push(format!("states.{b}.central_authority"));
            f.message = text!("{label_b}'s central authority is not on record; the request goes to the authority it designated (diplomatic channels if it requires them; INTERPOL in urgent cases if agreed)");
        }
    }
    ctx.push(f);

    // 18(14)
    let mut f = Finding::new(
        "art18.14.language",
        Provision::untoc(18).para(14),
        Outcome::Undetermined,
    );
    let stated = ctx.state_facts(b).and_then(|s| s.languages.clone());
    let (text, source) = match stated {
        Some(l) => (
            Some(format!("acceptable languages: {}", l.join(", "))),
            Some(Cited::Case(format!("states.{b}.languages"))),
        ),
        None => notification_text(ctx, b, "18(14)"),
    };
    f.sources.extend(source);
    match text {
        Some(t) => {
            f.outcome = Outcome::Yes;
            f.message = text!("In writing (or a means producing a written record), in a language {label_b} accepts: {t}");
        }
        None => {
            f.missing.push(format!("states.{b}.languages"));
            f.message = text!("The languages {label_b} accepts are not on record; the request must be in writing, in an acceptable language");
        }
    }
    ctx.push(f);

    let simple: [(&str, u8, Option<Strength>, Cow<'static, str>); 13] = [
        ("art18.15.contents", 15, Some(Strength::Mandatory), Cow::Borrowed("The request must state: the requesting authority; the subject and nature of the proceedings and the authority conducting them; a summary of the facts (not for service of documents); the assistance sought and any procedure wished; where possible, identity, location and nationality of persons concerned; the purpose. The requested State may ask for more (18(16))")),
        ("art18.17.applicable_law", 17, Some(Strength::MandatoryQualified), Cow::Borrowed("Executed under the requested State's law and, where not contrary to it, in the way the request specifies")),
        ("art18.18.videoconference", 18, Some(Strength::Discretionary), Cow::Borrowed("The requested State may allow a witness or expert there to be heard by video where appearing in the requesting State is impossible or undesirable")),
        ("art18.19.use_limitation", 19, Some(Strength::Mandatory), Cow::Borrowed("The requesting State may not use or pass on what it receives for other proceedings without the requested State's prior consent, except exculpatory material after notice")),
        ("art18.20.confidentiality", 20, Some(Strength::MandatoryQualified), Cow::Borrowed("The requesting State may require confidentiality of the request; if the requested State cannot comply it must say so promptly")),
        ("art18.21.refusal_grounds", 21, Some(Strength::Discretionary), Cow::Borrowed("")),
        ("art18.22.fiscal_not_sole_ground", 22, None, Cow::Borrowed("")),
        ("art18.23.reasons_for_refusal", 23, Some(Strength::Mandatory), Cow::Borrowed("Any refusal must give reasons")),
        ("art18.24.timeliness", 24, Some(Strength::MandatoryQualified), Cow::Borrowed("The requested State executes the request as soon as possible, taking account of the requesting State's deadlines, and answers reasonable status inquiries")),
        ("art18.25.postponement", 25, Some(Strength::Discretionary), Cow::Borrowed("The requested State may postpone if execution would interfere with its own ongoing proceedings")),
        ("art18.26.consult_before_refusal", 26, Some(Strength::Mandatory), Cow::Borrowed("Before refusing under 18(21) or postponing under 18(25), the requested State must consult the requesting State on assistance subject to conditions")),
        ("art18.27.safe_conduct", 27, Some(Strength::Mandatory), Cow::Borrowed("A witness or expert who agrees to come to the requesting State may not be prosecuted or detained there for earlier acts; the protection ends after 15 consecutive days of opportunity to leave")),
        ("art18.28.costs", 28, Some(Strength::MandatoryQualified), Cow::Borrowed("The requested State bears ordinary costs unless agreed otherwise; substantial or extraordinary costs are settled by consultation")),
    ];
    for (id, para, strength, text) in simple {
        let mut f = Finding::new(id, Provision::untoc(18).para(para), Outcome::Yes);
        f.strength = strength;
        f.message = text.into();
        match para {
            21 => refusal_grounds(ctx, &mut f, b),
            22 => {
                f = crate::art16::fiscal_not_sole_ground(
                    ctx,
                    "art18.22.fiscal_not_sole_ground",
                    Provision::untoc(18).para(22),
                )
            }
            _ => {}
        }
        ctx.push(f);
    }
    let mut f = Finding::new(
        "art18.29.government_records",
        Provision::untoc(18).para(29),
        Outcome::Yes,
    );
    f.strength = Some(Strength::MandatoryQualified);
    f.message = "The requested State must provide copies of public government records, and may provide non-public ones, wholly, partly or on conditions".into();
    ctx.push(f);
}

/// Art. 18(21): the four refusal grounds of the mini-treaty. (a) is about the
/// request's conformity; (b) is the requested State's own assessment; (c) and
/// (d) are questions for its law, asked as grounds *other than* bank secrecy
/// or the fiscal nature of the offence: 18(8) and 18(22) are special rules
/// that no domestic bar under (c) or (d) can override. Where the case says
/// the bar is one of those (`request.refusal_ground`), the finding is a
/// `conflict` naming both provisions.
fn refusal_grounds(ctx: &Ctx<'_>, f: &mut Finding, b: StateCode) {
    use crate::facts::RefusalGround;
    let c = ctx.domestic(b, "art18.21.c.domestic_bar_similar_offence", f);
    let d = ctx.domestic(b, "art18.21.d.contrary_to_legal_system", f);
    let base = format!("{b} may refuse if (a) the request does not conform to art. 18, or (b) execution would prejudice its sovereignty, security, public order or other essential interests (its own assessment)");
    let which = if c == Some(true) {
        "its authorities could not act so for a similar domestic offence (18(21)(c))"
    } else {
        "granting it would be contrary to its legal system on assistance (18(21)(d))"
    };
    match (c, d, ctx.case.request.refusal_ground) {
        (Some(true), _, Some(RefusalGround::BankSecrecy))
        | (_, Some(true), Some(RefusalGround::BankSecrecy)) => {
            f.outcome = Outcome::Conflict;
            f.because = vec![Cow::Borrowed("art18.8.bank_secrecy")];
            f.message = text!("Conflict: the case says {b}'s law bars the request ({which}) on the ground of bank secrecy, but art. 18(8) rules out declining on that ground, and 18(21)(c)/(d) cannot rest on it");
        }
        (Some(true), _, Some(RefusalGround::FiscalMatters))
        | (_, Some(true), Some(RefusalGround::FiscalMatters)) => {
            f.outcome = Outcome::Conflict;
            f.because = vec![Cow::Borrowed("art18.22.fiscal_not_sole_ground")];
            f.message = text!("Conflict: the case says {b}'s law bars the request ({which}) because the offence involves fiscal matters, but art. 18(22) rules out refusing on that ground alone, and 18(21)(c)/(d) cannot rest on it");
        }
        (Some(true), _, _) | (_, Some(true), _) => {
            f.outcome = Outcome::Yes;
            f.message = text!(
                "{base}; and its law provides a ground other than bank secrecy or fiscal matters (stated in the case): {which}"
            );
        }
        (Some(false), Some(false), _) => {
            f.outcome = Outcome::No;
            f.basis = Basis::Text;
            f.message = text!("{base}; the grounds of 18(21)(c) and (d) do not apply under its law (stated in the case)");
        }
        _ => {
            f.outcome = Outcome::DependsOnDomesticLaw;
            f.message = text!("{base}; (c) and (d) depend on its law, for grounds other than bank secrecy (18(8)) and the fiscal nature of the offence (18(22)), which no domestic bar can invoke");
        }
    }
}
