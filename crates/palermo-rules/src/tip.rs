//! Trafficking in Persons Protocol, arts. 3 and 5: classifying conduct given
//! by its elements (act, means, purpose).

use palermo_cite::{Instrument, Provision};

use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Tri};

/// TIP art. 3(d): a child is a person under eighteen.
pub const CHILD_UNDER_YEARS: u32 = 18;

fn tip(article: u8) -> Provision {
    Provision::article(Instrument::Tip, article)
}

/// A list element: some given is yes, an empty list is no, not given is missing.
pub(crate) fn listed<T>(value: &Option<Vec<T>>, path: String) -> Tri {
    match value {
        Some(v) => Tri::of(Outcome::from_bool(!v.is_empty())),
        None => Tri::missing(path),
    }
}

/// Whether the case gives any TIP element for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    let e = &ctx.offence().elements;
    e.tip_acts.is_some()
        || e.tip_means.is_some()
        || e.tip_purposes.is_some()
        || e.victim_age.is_some()
}

/// TIP arts. 3(a)-(d) and 5(1) — is the conduct trafficking in persons?
///
/// > Trafficking is an act (recruiting, transporting, transferring, harbouring
/// > or receiving persons) by a means (force, coercion, abduction, fraud,
/// > deception, abuse of power or of a position of vulnerability, payments to
/// > a person in control) for the purpose of exploitation (3(a)). Consent to
/// > the exploitation is irrelevant once a means is used (3(b)). For a child,
/// > under eighteen, act and purpose suffice (3(c)-(d)). Art. 5 requires intent.
///
/// Pushes `tip.art3.a.act`, `tip.art3.a.means`, `tip.art3.a.purpose`,
/// `tip.art3.b.consent` (when consent is given) and `tip.art5.offence`.
pub fn is_trafficking(ctx: &mut Ctx<'_>) -> Tri {
    let e = ctx.offence().elements.clone();
    let path = format!("{}.elements", ctx.offence_path());

    let act = listed(&e.tip_acts, format!("{path}.tip_acts"));
    let mut f = ctx.finding_from(ctx.oid("tip.art3.a.act"), tip(3).letter('a'), &act);
    f.message = match act.outcome {
        Outcome::Yes => "An act of recruiting, transporting, transferring, harbouring or receiving a person".into(),
        Outcome::No => "None of the acts of TIP art. 3(a)".into(),
        _ => "Which acts were done (recruitment, transport, transfer, harbouring, receipt) is not given".into(),
    };
    let act = ctx.push(f);

    let child = match e.victim_age {
        Some(age) => Tri::of(Outcome::from_bool(age < CHILD_UNDER_YEARS)),
        None => Tri::missing(format!("{path}.victim_age")),
    };
    let means_used = listed(&e.tip_means, format!("{path}.tip_means"));
    // For a child no means is needed (3(c)); for an adult one is.
    let means = Tri::any(&[&means_used, &child]);
    let mut f = ctx.finding_from(ctx.oid("tip.art3.a.means"), tip(3).letter('a'), &means);
    if child.outcome == Outcome::Yes {
        f.citation = tip(3).letter('c');
    }
    f.message = match (means.outcome, child.outcome, means_used.outcome) {
        (Outcome::Yes, Outcome::Yes, _) => text!("The victim was a child ({} years): no means is needed (TIP art. 3(c)-(d))", e.victim_age.unwrap_or(0)),
        (Outcome::Yes, _, _) => "A means of TIP art. 3(a) was used (force, coercion, abduction, fraud, deception, abuse of power or vulnerability, or payments)".into(),
        (Outcome::No, _, _) => "The victim was an adult and no means of TIP art. 3(a) was used".into(),
        (_, _, Outcome::No) => "No means was used; whether the victim was under eighteen (so that none is needed) is not given".into(),
        _ => "Whether a means was used, or the victim was a child, is not given".into(),
    };
    let means = ctx.push(f);

    let purpose = listed(&e.tip_purposes, format!("{path}.tip_purposes"));
    let mut f = ctx.finding_from(ctx.oid("tip.art3.a.purpose"), tip(3).letter('a'), &purpose);
    f.message = match purpose.outcome {
        Outcome::Yes => "For the purpose of exploitation (sexual exploitation, forced labour, slavery, servitude, removal of organs, or other)".into(),
        Outcome::No => "No purpose of exploitation".into(),
        _ => "The purpose (exploitation) is not given".into(),
    };
    let purpose = ctx.push(f);

    if e.victim_consented == Some(true) {
        let mut f = Finding::new(
            ctx.oid("tip.art3.b.consent"),
            tip(3).letter('b'),
            Outcome::Yes,
        );
        f.message = if means_used.outcome == Outcome::Yes || child.outcome == Outcome::Yes {
            "The victim's consent to the exploitation is irrelevant: a means was used, or the victim was a child".into()
        } else {
            "The victim consented; that is irrelevant only where a means was used (TIP art. 3(b)) or the victim was a child".into()
        };
        ctx.push(f);
    }

    let intent = match e.intentional {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(format!("{path}.intentional")),
    };
    let tri = Tri::all(&[&act, &means, &purpose, &intent]);
    let mut f = ctx.finding_from(ctx.oid("tip.art5.offence"), tip(5).para(1), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => "Trafficking in persons: act, means (or a child victim) and purpose, done intentionally (TIP arts. 3, 5)".into(),
        Outcome::No if intent.outcome == Outcome::No => "Not trafficking in persons: the conduct was not intentional".into(),
        Outcome::No => "Not trafficking in persons: an element of TIP art. 3(a) is absent".into(),
        _ => "Whether the conduct is trafficking in persons is not settled: an element is not given".into(),
    };
    ctx.push(f)
}
