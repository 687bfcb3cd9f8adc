//! UNTOC art. 23 — Criminalization of obstruction of justice: interference
//! with witnesses and evidence (23(a)) and with justice or law enforcement
//! officials (23(b)), given by its elements.

use palermo_cite::Provision;

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::{ObstructionAim, ObstructionMeans as M};
use crate::outcome::{Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art23.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art23.a.witness_interference",
        citation: Provision::untoc(23).letter('a'),
        description: "spec-art23-a-witness-interference",
    },
    FindingSpec {
        id: "art23.b.official_interference",
        citation: Provision::untoc(23).letter('b'),
        description: "spec-art23-b-official-interference",
    },
    FindingSpec {
        id: "art23.offence",
        citation: Provision::untoc(23),
        description: "spec-art23-offence",
    },
];

/// Whether the case gives the art. 23 conduct for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    let e = &ctx.offence().elements;
    e.obstruction_aim.is_some() || e.obstruction_means.is_some()
}

/// UNTOC art. 23 — is the conduct obstruction of justice?
///
/// > Using physical force, threats or intimidation, or promising, offering
/// > or giving an undue advantage, to induce false testimony or to interfere
/// > with testimony or the production of evidence (23(a)); and using physical
/// > force, threats or intimidation to interfere with the official duties of
/// > a justice or law enforcement official (23(b)); in each case in a
/// > proceeding, or in duties, concerning offences covered by the Convention,
/// > and done intentionally. An undue advantage is a means under 23(a) only:
/// > bribing an official is art. 8.
///
/// Pushes `art23.a.witness_interference` or `art23.b.official_interference`
/// (`both` when the aim is not given) and `art23.offence`.
pub fn is_obstruction(ctx: &mut Ctx<'_>) -> Tri {
    let e = &ctx.offence().elements;
    let intent = Tri::fact(e.intentional, ctx.offence_fact("elements.intentional"));
    let covered = Tri::fact(
        e.proceeding_covered,
        ctx.offence_fact("elements.proceeding_covered"),
    );
    let means = e.obstruction_means.as_deref();
    let coercive = |m: &[M]| m.iter().any(|x| *x != M::UndueAdvantage);
    let means_fact = ctx.offence_fact("elements.obstruction_means");
    let missing_means = || Tri::missing(means_fact);

    // (23(a) rather than 23(b), aim given); an aim not given tries both
    // letters, each waiting for it.
    let letters: &[(bool, bool)] = match e.obstruction_aim {
        Some(ObstructionAim::InterfereWithOfficial) => &[(false, true)],
        Some(ObstructionAim::FalseTestimony | ObstructionAim::InterfereWithEvidence) => {
            &[(true, true)]
        }
        None => &[(true, false), (false, false)],
    };
    let mut results = Vec::new();
    for &(witness, aim_given) in letters {
        let aim_tri = if aim_given {
            Tri::of(Outcome::Yes)
        } else {
            Tri::missing(ctx.offence_fact("elements.obstruction_aim"))
        };
        let means_tri = match means {
            None => missing_means(),
            Some(m) if witness => Tri::of(Outcome::from_bool(!m.is_empty())),
            Some(m) => Tri::of(Outcome::from_bool(coercive(m))),
        };
        let tri = Tri::all(&[&aim_tri, &means_tri, &covered, &intent]);
        let (id, provision) = if witness {
            (
                "art23.a.witness_interference",
                Provision::untoc(23).letter('a'),
            )
        } else {
            (
                "art23.b.official_interference",
                Provision::untoc(23).letter('b'),
            )
        };
        let mut f = ctx.finding_from(ctx.oid(id), provision, &tri);
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::Mandatory);
        }
        let bribe_only = means.is_some_and(|m| !m.is_empty() && !coercive(m));
        f.message = match (tri.outcome, witness) {
            (Outcome::Yes, true) => msg!("art23-witness-yes"),
            (Outcome::Yes, false) => msg!("art23-official-yes"),
            (Outcome::No, false) if bribe_only => msg!("art23-official-bribe-only"),
            (Outcome::No, _) if means_tri.outcome == Outcome::No => msg!("art23-no-means"),
            (Outcome::No, _) if covered.outcome == Outcome::No => msg!("art23-not-covered"),
            (Outcome::No, _) => msg!("art23-not-intentional"),
            (_, true) => msg!("art23-witness-undetermined"),
            (_, false) => msg!("art23-official-undetermined"),
        };
        results.push(ctx.push(f));
    }
    let refs: Vec<&Tri> = results.iter().collect();
    let tri = Tri::any(&refs);
    let mut f = ctx.finding_from(ctx.oid("art23.offence"), Provision::untoc(23), &tri);
    f.message = match tri.outcome {
        Outcome::Yes => msg!("art23-offence-yes"),
        Outcome::No => msg!("art23-offence-no"),
        _ => msg!("art23-offence-undetermined"),
    };
    ctx.push(f)
}
