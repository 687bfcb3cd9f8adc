//! Smuggling of Migrants Protocol, arts. 3, 5 and 6: classifying conduct
//! given by its elements.

use palermo_cite::{Instrument, Provision};

use crate::ctx::Ctx;
use crate::facts::SmugglingMotive;
use crate::outcome::{Basis, Finding, Outcome, Tri};

fn som(article: u8) -> Provision {
    Provision::article(Instrument::Som, article)
}

/// Whether the case gives any SOM element for the current offence.
pub fn given(ctx: &Ctx<'_>) -> bool {
    let e = &ctx.offence().elements;
    e.procured_illegal_entry.is_some() || e.smuggling_motive.is_some()
}

/// SOM arts. 3(a) and 6(1)(a) — is the conduct smuggling of migrants?
///
/// > Smuggling is procuring, to obtain directly or indirectly a financial or
/// > other material benefit, the illegal entry of a person into a State of
/// > which the person is neither a national nor a permanent resident (3(a)),
/// > done intentionally (6(1)). The migrants themselves are not liable under
/// > the Protocol (art. 5).
///
/// Help given for humanitarian reasons or to family members falls outside the
/// offence (interpretative note on the benefit element: interpretation
/// `smuggling-benefit`). Pushes `som.art3.a.illegal_entry`, `som.art3.a.benefit`,
/// `som.art5.migrants_not_liable` and `som.art6.offence`.
pub fn is_smuggling(ctx: &mut Ctx<'_>) -> Tri {
    let e = ctx.offence().elements.clone();
    let path = format!("{}.elements", ctx.offence_path());
    let entry = match e.procured_illegal_entry {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(format!("{path}.procured_illegal_entry")),
    };
    let mut f = ctx.finding_from(
        ctx.oid("som.art3.a.illegal_entry"),
        som(3).letter('a'),
        &entry,
    );
    f.message = match entry.outcome {
        Outcome::Yes => "It procured a person's illegal entry into a State of which the person is neither a national nor a permanent resident".into(),
        Outcome::No => "It procured no illegal entry of a non-national".into(),
        _ => "Whether it procured a non-national's illegal entry is not given".into(),
    };
    let entry = ctx.push(f);

    let mut f = Finding::new(
        ctx.oid("som.art3.a.benefit"),
        som(3).letter('a'),
        Outcome::Undetermined,
    );
    match e.smuggling_motive {
        Some(SmugglingMotive::Financial) | Some(SmugglingMotive::OtherMaterial) => {
            f.outcome = Outcome::Yes;
            f.message = "To obtain a financial or other material benefit".into();
        }
        Some(m @ (SmugglingMotive::Humanitarian | SmugglingMotive::Family)) => {
            f.outcome = Outcome::No;
            f.basis = Basis::Interpretation("smuggling-benefit");
            f.message = text!(
                "Help given {}: without the aim of a material benefit, the conduct is outside the smuggling offence",
                if m == SmugglingMotive::Humanitarian { "for humanitarian reasons" } else { "to family members" }
            );
        }
        Some(SmugglingMotive::None) => {
            f.outcome = Outcome::No;
            f.message = "No financial or other material benefit was sought".into();
        }
        None => {
            f.missing.push(format!("{path}.smuggling_motive"));
            f.message =
                "Whether a financial or other material benefit was sought is not given".into();
        }
    }
    let benefit = ctx.push(f);

    let mut f = Finding::new(
        ctx.oid("som.art5.migrants_not_liable"),
        som(5),
        Outcome::Yes,
    );
    f.message = "The smuggled migrants are not criminally liable under the Protocol for having been its object".into();
    ctx.push(f);

    let intent = match e.intentional {
        Some(b) => Tri::of(Outcome::from_bool(b)),
        None => Tri::missing(format!("{path}.intentional")),
    };
    let tri = Tri::all(&[&entry, &benefit, &intent]);
    let mut f = ctx.finding_from(
        ctx.oid("som.art6.offence"),
        som(6).para(1).letter('a'),
        &tri,
    );
    f.message = match tri.outcome {
        Outcome::Yes => "Smuggling of migrants: procuring illegal entry for a material benefit, intentionally (SOM arts. 3(a), 6(1)(a))".into(),
        Outcome::No => "Not smuggling of migrants under the Protocol".into(),
        _ => "Whether the conduct is smuggling of migrants is not settled: an element is not given".into(),
    };
    ctx.push(f)
}
