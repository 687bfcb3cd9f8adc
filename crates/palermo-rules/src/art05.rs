//! UNTOC art. 5 — Participation in an organized criminal group: conduct
//! given by its elements, checked against the agreement model (5(1)(a)(i)),
//! the active-participation model (5(1)(a)(ii)) and the organizing offence
//! (5(1)(b)).

use palermo_cite::{Instrument, Provision};
use palermo_refdata::DeclarationKind;

use crate::art02;
use crate::ctx::Ctx;
use crate::facts::ParticipationConduct as P;
use crate::outcome::{Cited, Finding, Outcome, Strength, Tri};

/// Whether the case gives the art. 5 conduct for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    ctx.offence().elements.participation_conduct.is_some()
}

/// UNTOC art. 5(1) — is the conduct participation in an organized criminal
/// group, and is it an offence every State Party must have?
///
/// > Each State Party makes an offence of either or both of: agreeing with
/// > another person to commit a serious crime for a purpose relating to a
/// > material benefit (5(1)(a)(i); its law may add an act in furtherance or
/// > the group's involvement), and taking an active part, knowing the group's
/// > aim or intention, in its criminal activities or in its other activities
/// > knowing that this contributes to the criminal aim (5(1)(a)(ii)). Every
/// > State must also punish organizing, directing, aiding, abetting,
/// > facilitating or counselling serious crime involving the group (5(1)(b)).
///
/// Conduct that meets both models of 5(1)(a), or 5(1)(b), is an offence in
/// every State Party; conduct that meets one model only is an offence where
/// the State chose that model, which its law answers. Pushes
/// `art5.1.a.i.agreement`, `art5.1.a.ii.active_participation` and
/// `art5.1.b.organizing` for the conduct given, and `art5.offence`.
pub fn is_participation(ctx: &mut Ctx<'_>) -> Tri {
    let e = &ctx.offence().elements;
    let path = format!("{}.elements", ctx.offence_path());
    let conduct: &[P] = e.participation_conduct.as_deref().unwrap_or(&[]);
    let intent = Tri::fact(e.intentional, &format!("{path}.intentional"));
    let serious = Tri::fact(
        e.object_crime_serious,
        &format!("{path}.object_crime_serious"),
    );
    let ocg = art02::is_organized_criminal_group(ctx);
    let p51 = Provision::untoc(5).para(1);
    let no = Tri::of(Outcome::No);

    // 5(1)(a)(i): the agreement model.
    let agreement = if conduct.contains(&P::Agreement) {
        let benefit = Tri::fact(e.agreement_benefit, &format!("{path}.agreement_benefit"));
        let tri = Tri::all(&[&serious, &benefit, &intent]);
        let mut f = ctx.finding_from(
            ctx.oid("art5.1.a.i.agreement"),
            p51.letter('a').roman(1),
            &tri,
        );
        let mut text = match tri.outcome {
            Outcome::Yes => "An agreement with another person to commit a serious crime, for a purpose relating to a financial or other material benefit, made intentionally: the agreement model of art. 5(1)(a)(i)".to_string(),
            Outcome::No if serious.outcome == Outcome::No => "The crime agreed on is not a serious crime: outside the agreement model of art. 5(1)(a)(i)".to_string(),
            Outcome::No if intent.outcome == Outcome::No => "Not done intentionally: outside art. 5(1)(a)(i)".to_string(),
            Outcome::No => "The agreement did not serve a financial or other material benefit: outside art. 5(1)(a)(i)".to_string(),
            _ => "Whether the agreement meets art. 5(1)(a)(i) is not settled: an element is not given".to_string(),
        };
        // The elements a State may add, and the 5(3) notifications of the
        // two States.
        match e.overt_act {
            Some(true) => text.push_str("; an act in furtherance was done, as some States' law requires"),
            Some(false) => text.push_str("; no act in furtherance was done, which States requiring one (5(3)) will not accept"),
            None => {}
        }
        notifications(ctx, &mut f, &mut text);
        f.message = text.into();
        ctx.push(f)
    } else {
        no.clone()
    };

    // 5(1)(a)(ii): the active-participation model.
    let criminal = conduct.contains(&P::ActivePartCriminal);
    let other = conduct.contains(&P::ActivePartOther);
    let participation = if criminal || other {
        let knew = Tri::fact(e.knew_group_aim, &format!("{path}.knew_group_aim"));
        let contribution = if criminal {
            Tri::of(Outcome::Yes)
        } else {
            Tri::fact(e.knew_contribution, &format!("{path}.knew_contribution"))
        };
        let tri = Tri::all(&[&ocg, &knew, &contribution, &intent]);
        let mut f = ctx.finding_from(
            ctx.oid("art5.1.a.ii.active_participation"),
            p51.letter('a').roman(2),
            &tri,
        );
        f.message = match tri.outcome {
            Outcome::Yes if criminal => "An active part, knowing the group's aim or intention, in the criminal activities of an organized criminal group: the participation model of art. 5(1)(a)(ii)(a)".into(),
            Outcome::Yes => "An active part in the group's other activities, knowing its aim and that the participation contributes to it: art. 5(1)(a)(ii)(b)".into(),
            Outcome::No if ocg.outcome == Outcome::No => "The group is not an organized criminal group (art. 2(a)), which art. 5(1)(a)(ii) requires".into(),
            Outcome::No if knew.outcome == Outcome::No => "The person did not know the group's aim or intention: outside art. 5(1)(a)(ii)".into(),
            Outcome::No if contribution.outcome == Outcome::No => "Taking part in the group's other activities without knowing it contributes to the criminal aim is outside art. 5(1)(a)(ii)(b)".into(),
            Outcome::No => "Not done intentionally: outside art. 5(1)(a)(ii)".into(),
            _ => "Whether the participation meets art. 5(1)(a)(ii) is not settled: an element is not given".into(),
        };
        ctx.push(f)
    } else {
        no.clone()
    };

    // 5(1)(b): organizing, directing, aiding, abetting, facilitating or
    // counselling serious crime involving the group.
    let organizing = if conduct.contains(&P::Organizing) {
        let tri = Tri::all(&[&serious, &ocg, &intent]);
        let mut f = ctx.finding_from(ctx.oid("art5.1.b.organizing"), p51.letter('b'), &tri);
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::Mandatory);
        }
        f.message = match tri.outcome {
            Outcome::Yes => "Organizing, directing, aiding, abetting, facilitating or counselling a serious crime involving an organized criminal group: an offence every State Party must have (5(1)(b))".into(),
            Outcome::No if serious.outcome == Outcome::No => "The crime organized is not a serious crime: outside art. 5(1)(b)".into(),
            Outcome::No if ocg.outcome == Outcome::No => "No organized criminal group is involved: outside art. 5(1)(b)".into(),
            Outcome::No => "Not done intentionally: outside art. 5(1)(b)".into(),
            _ => "Whether the conduct meets art. 5(1)(b) is not settled: an element is not given".into(),
        };
        ctx.push(f)
    } else {
        no.clone()
    };

    // The whole: both models, or 5(1)(b), bind every State; one model only
    // binds the States that chose it.
    let mut f = Finding::new(ctx.oid("art5.offence"), p51, Outcome::Undetermined);
    let both = Tri::all(&[&agreement, &participation]);
    let only_i = if agreement.outcome == Outcome::Yes && participation.outcome != Outcome::Yes {
        let law = ctx.offence_law_tri("art5.1.a.i.agreement_offence", &mut f);
        Tri::all(&[&agreement, &law])
    } else {
        agreement.clone()
    };
    let only_ii = if participation.outcome == Outcome::Yes && agreement.outcome != Outcome::Yes {
        let law = ctx.offence_law_tri("art5.1.a.ii.participation_offence", &mut f);
        Tri::all(&[&participation, &law])
    } else {
        participation.clone()
    };
    let tri = Tri::any(&[&organizing, &both, &only_i, &only_ii]);
    let (asked, sources, basis) = (
        std::mem::take(&mut f.questions),
        std::mem::take(&mut f.sources),
        f.basis,
    );
    let mut f = ctx.finding_from(f.id, p51, &tri);
    f.questions = asked;
    f.sources = sources;
    f.basis = basis;
    if conduct.is_empty() {
        f.message = "None of the conduct of art. 5(1) is given: not a participation offence".into();
    } else {
        f.message = match tri.outcome {
            Outcome::Yes if organizing.outcome == Outcome::Yes => "An offence of participation in an organized criminal group under art. 5(1)(b), which every State Party must have".into(),
            Outcome::Yes if both.outcome == Outcome::Yes => "The conduct meets both models of art. 5(1)(a), so it is an offence whichever model a State Party chose".into(),
            Outcome::Yes => "The conduct meets the model of art. 5(1)(a) that the characterising State's law adopted (stated in the case)".into(),
            Outcome::No => "Not an offence of participation in an organized criminal group under art. 5".into(),
            Outcome::DependsOnDomesticLaw => "The conduct meets one model of art. 5(1)(a) only; each State Party chooses either or both, so whether it is an offence there is for its law".into(),
            _ => "Whether the conduct is an art. 5 offence is not settled: an element is not given".into(),
        };
    }
    ctx.push(f)
}

/// Adds the 5(3) notifications of the two States (what their law adds to the
/// agreement offence) to the finding and its explanation.
fn notifications(ctx: &Ctx<'_>, f: &mut Finding, text: &mut String) {
    for s in [ctx.requesting, ctx.requested] {
        if ctx.absent(s).is_some() {
            continue;
        }
        for d in ctx.data.declarations(s, Instrument::Untoc, "5(3)") {
            if d.kind != DeclarationKind::Notification {
                continue;
            }
            f.sources.push(Cited::data(&d.source, Some(&d.summary)));
            text.push_str("; ");
            text.push_str(s.as_str());
            if d.content_unknown {
                text.push_str(" notified under art. 5(3) what its law adds to this offence; the content is not on record");
            } else {
                text.push_str(" notified under art. 5(3): ");
                text.push_str(&d.summary);
            }
        }
    }
}
