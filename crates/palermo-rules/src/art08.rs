//! UNTOC art. 8 — Criminalization of corruption: bribery given by its
//! elements. Domestic bribery (8(1)) is a mandatory offence; bribery of a
//! foreign public official or international civil servant (8(2)) is one
//! States need only consider.

use palermo_cite::Provision;
use palermo_i18n::Msg;

use crate::art06::finish;
use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::facts::{BriberySide, OfficialKind};
use crate::outcome::{Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art08.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art8.1.a.active_bribery",
        citation: Provision::untoc(8).para(1).letter('a'),
        description: "spec-art8-1-a-active-bribery",
    },
    FindingSpec {
        id: "art8.1.b.passive_bribery",
        citation: Provision::untoc(8).para(1).letter('b'),
        description: "spec-art8-1-b-passive-bribery",
    },
    FindingSpec {
        id: "art8.2.foreign_bribery",
        citation: Provision::untoc(8).para(2),
        description: "spec-art8-2-foreign-bribery",
    },
    FindingSpec {
        id: "art8.offence",
        citation: Provision::untoc(8),
        description: "spec-art8-offence",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art08.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[(Provision::untoc(8).para(3), "not-encoded-art8-3")];

/// Whether the case gives the art. 8 conduct for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    ctx.offence().elements.bribery.is_some()
}

/// UNTOC art. 8 — is the conduct bribery under art. 8, and an offence under
/// the characterising State's law?
///
/// > Promising, offering or giving a public official an undue advantage
/// > (active, 8(1)(a)), or the official soliciting or accepting one
/// > (passive, 8(1)(b)), so that the official acts or refrains from acting in
/// > the exercise of official duties, done intentionally, must be an offence.
/// > The same conduct involving a foreign public official or an international
/// > civil servant is one States shall only consider making an offence
/// > (8(2)); who is a public official follows the law of the State where the
/// > function is performed (8(4)).
///
/// Pushes `art8.1.a.active_bribery` or `art8.1.b.passive_bribery` (domestic
/// or not yet known), `art8.2.foreign_bribery` (foreign or international
/// official) and `art8.offence`.
pub fn is_bribery(ctx: &mut Ctx<'_>) -> Tri {
    let e = &ctx.offence().elements;
    let side = e.bribery.unwrap_or(BriberySide::Active);
    let intent = Tri::fact(e.intentional, ctx.offence_fact("elements.intentional"));
    let advantage = Tri::fact(
        e.undue_advantage,
        ctx.offence_fact("elements.undue_advantage"),
    );
    let act = Tri::fact(e.official_act, ctx.offence_fact("elements.official_act"));
    let elements = Tri::all(&[&advantage, &act, &intent]);
    let why_not = |advantage: &Tri, act: &Tri| -> Msg {
        if advantage.outcome == Outcome::No {
            msg!("art08-reason-no-advantage")
        } else if act.outcome == Outcome::No {
            msg!("art08-reason-no-official-act")
        } else {
            msg!("art08-reason-not-intentional")
        }
    };

    let tri = match e.official {
        Some(OfficialKind::Foreign | OfficialKind::International) => {
            let mut f = Finding::new(
                ctx.oid("art8.2.foreign_bribery"),
                Provision::untoc(8).para(2),
                Outcome::Undetermined,
            );
            f.strength = Some(Strength::ShallConsider);
            let whom = if e.official == Some(OfficialKind::Foreign) {
                msg!("art08-whom-foreign-official")
            } else {
                msg!("art08-whom-international-civil-servant")
            };
            let law = if elements.outcome == Outcome::No {
                Tri::of(Outcome::No)
            } else {
                ctx.offence_law_tri("art8.2.foreign_bribery_offence", &mut f)
            };
            let tri = Tri::all(&[&elements, &law]);
            let reason = why_not(&advantage, &act);
            finish(ctx, f, &tri, |o| match o {
                Outcome::Yes => msg!("art08-foreign-yes", whom = whom.clone()),
                Outcome::No if elements.outcome == Outcome::No => {
                    msg!("art08-not-bribery", reason = reason.clone())
                }
                Outcome::No => msg!("art08-foreign-not-an-offence", whom = whom.clone()),
                Outcome::DependsOnDomesticLaw => {
                    msg!("art08-foreign-domestic-law", whom = whom.clone())
                }
                _ => msg!("art08-foreign-undetermined", whom = whom.clone()),
            })
        }
        official => {
            let (id, provision, yes) = match side {
                BriberySide::Active => (
                    "art8.1.a.active_bribery",
                    Provision::untoc(8).para(1).letter('a'),
                    msg!("art08-active-yes"),
                ),
                BriberySide::Passive => (
                    "art8.1.b.passive_bribery",
                    Provision::untoc(8).para(1).letter('b'),
                    msg!("art08-passive-yes"),
                ),
            };
            let national = match official {
                Some(_) => Tri::of(Outcome::Yes),
                None => Tri::missing(ctx.offence_fact("elements.official")),
            };
            let tri = Tri::all(&[&elements, &national]);
            let mut f = ctx.finding_from(ctx.oid(id), provision, &tri);
            if tri.outcome == Outcome::Yes {
                f.strength = Some(Strength::Mandatory);
            }
            f.message = match tri.outcome {
                Outcome::Yes => yes,
                Outcome::No => msg!("art08-not-bribery-8-1", reason = why_not(&advantage, &act)),
                _ if national.outcome != Outcome::Yes && elements.outcome == Outcome::Yes => {
                    msg!("art08-official-missing")
                }
                _ => msg!("art08-domestic-undetermined"),
            };
            ctx.push(f)
        }
    };

    let mut f = ctx.finding_from(ctx.oid("art8.offence"), Provision::untoc(8), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => msg!("art08-offence-yes"),
        Outcome::No => msg!("art08-offence-no"),
        Outcome::DependsOnDomesticLaw => msg!("art08-offence-domestic-law"),
        _ => msg!("art08-offence-undetermined"),
    };
    ctx.push(f)
}
