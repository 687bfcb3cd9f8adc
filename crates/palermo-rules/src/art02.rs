//! UNTOC art. 2 — Use of terms: serious crime (2(b)), structured group (2(c)),
//! organized criminal group (2(a)).

use palermo_cite::Provision;
use palermo_refdata::{PenaltyRecord, StateCode, Validity};

use crate::ctx::Ctx;
use crate::facts::{Aim, Benefit, Penalty};
use crate::outcome::{Basis, Cited, Finding, Outcome, Tri};

/// Art. 2(b): the threshold, a maximum deprivation of liberty of at least four
/// years (inclusive), in months.
pub const SERIOUS_CRIME_MIN_MAX_PENALTY_MONTHS: u32 = 48;

/// Art. 2(a): at least three persons.
pub const ORGANIZED_CRIMINAL_GROUP_MIN_MEMBERS: u32 = 3;

/// Art. 2(b) — serious crime in `state`'s law.
///
/// > Conduct is a serious crime when the offence it constitutes carries a
/// > maximum deprivation of liberty of at least four years, or a more serious
/// > penalty.
///
/// The test reads the abstract statutory maximum, never the sentence imposed.
/// Life imprisonment and death qualify; a fine alone does not (interpretation
/// `fine-only`); death is marked as an interpretation too (`death-penalty`),
/// because the text gives no examples of "more serious" penalties.
/// Pushes `art2.b.serious_crime.<ISO3>` (with the offence suffix).
pub fn is_serious_crime(ctx: &mut Ctx<'_>, state: StateCode) -> Tri {
    let id = ctx.oid_owned(format!("art2.b.serious_crime.{state}"));
    if let Some(t) = ctx.tri_of(&id) {
        return t;
    }
    let citation = Provision::untoc(2).letter('b');
    let label = ctx.label(state);
    let mut f = Finding::new(id, citation, Outcome::Undetermined);
    match ctx.offence().max_penalty.get(&state) {
        None => {
            serious_from_data(ctx, state, &mut f);
        }
        Some(&p) => {
            let described = p.describe();
            match p {
                Penalty::Months(m) => {
                    let yes = m >= SERIOUS_CRIME_MIN_MAX_PENALTY_MONTHS;
                    f.outcome = Outcome::from_bool(yes);
                    f.message = if yes && m == SERIOUS_CRIME_MIN_MAX_PENALTY_MONTHS {
                        text!("Maximum in {label}: {described}, exactly the four-year threshold, which counts")
                    } else if yes {
                        text!("Maximum in {label}: {described}, at least four years")
                    } else {
                        text!("Maximum in {label}: {described}, under four years")
                    };
                }
                Penalty::Life => {
                    f.outcome = Outcome::Yes;
                    f.message =
                        text!("Maximum in {label}: life imprisonment, more than four years");
                }
                Penalty::Death => {
                    f.outcome = Outcome::Yes;
                    f.basis = Basis::Interpretation("death-penalty");
                    f.message = text!("Maximum in {label}: the death penalty, a more serious penalty than four years' deprivation of liberty");
                }
                Penalty::Fine => {
                    f.outcome = Outcome::No;
                    f.basis = Basis::Interpretation("fine-only");
                    f.message = text!("In {label} the conduct carries a fine only: no deprivation of liberty, and a fine is not a more serious penalty");
                }
                Penalty::NotAnOffence => {
                    f.outcome = Outcome::No;
                    f.message = text!("The conduct is not an offence in {label}");
                }
            }
        }
    }
    ctx.push(f)
}

/// The outcome of art. 2(b) for one statutory maximum.
pub fn serious_outcome(p: Penalty) -> Outcome {
    match p {
        Penalty::Months(m) => Outcome::from_bool(m >= SERIOUS_CRIME_MIN_MAX_PENALTY_MONTHS),
        Penalty::Life | Penalty::Death => Outcome::Yes,
        Penalty::Fine | Penalty::NotAnOffence => Outcome::No,
    }
}

/// No maximum in the case: use the penalty data in force on `as_of` for the
/// offence's crime types. If every matching offence of that State gives the
/// same answer, it is determined and cited as data; if they differ (a basic
/// and an aggravated form on either side of four years), which offence the
/// conduct fits is a question for the user, and the finding stays open.
fn serious_from_data(ctx: &Ctx<'_>, state: StateCode, f: &mut Finding) {
    let label = ctx.label(state);
    let missing = format!("{}.max_penalty.{state}", ctx.offence_path());
    let crime_types = &ctx.offence().crime_types;
    if crime_types.is_empty() {
        f.missing.push(missing);
        f.message = text!("The statutory maximum penalty in {label} is not given");
        return;
    }
    let mut in_force = Vec::new();
    let mut unknown = Vec::new();
    for ct in crime_types {
        for r in ctx.data.penalties(state, ct) {
            match r.validity(ctx.as_of) {
                Validity::InForce => in_force.push(r),
                Validity::Unknown => unknown.push(r),
                Validity::NotInForce => {}
            }
        }
    }
    let types = crime_types.join(", ");
    if in_force.is_empty() {
        f.missing.push(missing);
        f.message = if unknown.is_empty() {
            text!("The statutory maximum in {label} is not given, and the penalty data has no offence of {label} for {types}")
        } else {
            text!(
                "The statutory maximum in {label} is not given; the penalty data for {types} reflects the law as of {}, and whether it applied on {} is not recorded",
                unknown[0].source.as_of,
                ctx.as_of
            )
        };
        return;
    }
    for r in &in_force {
        let flag = r
            .flag
            .map(|fl| format!(" ({})", fl.describe()))
            .unwrap_or_default();
        let summary: std::sync::Arc<str> = format!(
            "{}, {}: maximum {}{flag}",
            r.provision,
            r.offence_label,
            r.max.describe()
        )
        .into();
        f.sources.push(Cited::data(&r.source, Some(&summary)));
    }
    let first = serious_outcome(in_force[0].max);
    let describe = |r: &PenaltyRecord| {
        format!(
            "{} ({}), {}",
            r.provision,
            r.offence_label
                .strip_prefix("aggravated: ")
                .unwrap_or(&r.offence_label),
            r.max.describe()
        )
    };
    if in_force.iter().all(|r| serious_outcome(r.max) == first) {
        f.outcome = first;
        let others = in_force.len() - 1;
        f.message = text!(
            "Maximum in {label} from the penalty data: {}{}; {} the four-year threshold",
            describe(in_force[0]),
            if others == 0 {
                String::new()
            } else {
                format!(
                    ", and {others} other matching offence{} agree{}",
                    if others == 1 { "" } else { "s" },
                    if others == 1 { "s" } else { "" }
                )
            },
            if first == Outcome::Yes {
                "at or above"
            } else {
                "below"
            }
        );
    } else {
        f.missing.push(missing);
        let list: Vec<String> = in_force.iter().map(|r| describe(r)).collect();
        f.message = text!(
            "The penalty data lists offences of {label} for {types} on both sides of the four-year threshold: {}; which one the conduct fits decides it",
            list.join("; ")
        );
    }
}

/// Art. 2(c) — structured group.
///
/// > A group not formed at random for the immediate commission of an offence;
/// > it needs no formally defined roles, continuity of membership or developed
/// > structure.
///
/// Pushes `art2.c.structured_group`.
pub fn is_structured_group(ctx: &mut Ctx<'_>) -> Tri {
    let citation = Provision::untoc(2).letter('c');
    let mut f = Finding::new("art2.c.structured_group", citation, Outcome::Undetermined);
    match ctx.case.group.randomly_formed {
        Some(false) => {
            f.outcome = Outcome::Yes;
            f.message = "Not formed at random for the immediate commission of one offence (roles, continuity and hierarchy are not required)".into();
        }
        Some(true) => {
            f.outcome = Outcome::No;
            f.message = "Formed at random for the immediate commission of one offence".into();
        }
        None => {
            f.missing.push("group.randomly_formed".into());
            f.message = "Whether the group was formed at random for the immediate commission of one offence is not given".into();
        }
    }
    ctx.push(f)
}

/// Art. 2(a) — organized criminal group: all six elements.
///
/// > A structured group of three or more persons, existing for a period of
/// > time and acting in concert, aiming to commit one or more serious crimes or
/// > offences established under the Convention, in order to obtain, directly or
/// > indirectly, a financial or other material benefit.
///
/// The benefit element is read broadly (interpretative note on art. 2(a));
/// `other_material` is marked as that interpretation. Each element is its
/// own finding (`art2.a.*`), and the whole is `art2.a.organized_criminal_group`.
pub fn is_organized_criminal_group(ctx: &mut Ctx<'_>) -> Tri {
    if let Some(t) = ctx.tri_of("art2.a.organized_criminal_group") {
        return t;
    }
    let g = &ctx.case.group;
    let a = Provision::untoc(2).letter('a');
    let structured = is_structured_group(ctx);

    let mut f = Finding::new("art2.a.three_or_more_persons", a, Outcome::Undetermined);
    match g.members {
        Some(n) => {
            f.outcome = Outcome::from_bool(n >= ORGANIZED_CRIMINAL_GROUP_MIN_MEMBERS);
            f.message = text!(
                "{n} person{} ({} three required)",
                if n == 1 { "" } else { "s" },
                if n >= 3 { "at least" } else { "fewer than" }
            );
        }
        None => {
            f.missing.push("group.members".into());
            f.message = "The number of persons in the group is not given".into();
        }
    }
    let members = ctx.push(f);

    let mut f = Finding::new("art2.a.exists_for_period", a, Outcome::Undetermined);
    match g.exists_for_period {
        Some(b) => {
            f.outcome = Outcome::from_bool(b);
            f.message = if b {
                "The group exists for a period of time".into()
            } else {
                "The group does not exist for a period of time (momentary)".into()
            };
        }
        None => {
            f.missing.push("group.exists_for_period".into());
            f.message = "Whether the group exists for a period of time is not given".into();
        }
    }
    let period = ctx.push(f);

    let mut f = Finding::new("art2.a.acts_in_concert", a, Outcome::Undetermined);
    match g.acts_in_concert {
        Some(b) => {
            f.outcome = Outcome::from_bool(b);
            f.message = if b {
                "Its members act in concert".into()
            } else {
                "Its members do not act in concert".into()
            };
        }
        None => {
            f.missing.push("group.acts_in_concert".into());
            f.message = "Whether the members act in concert is not given".into();
        }
    }
    let concert = ctx.push(f);

    let mut f = Finding::new("art2.a.aims_at_serious_crime", a, Outcome::Undetermined);
    match &g.aims {
        Some(aims) => {
            let serious = aims.contains(&Aim::SeriousCrime);
            let conv = aims.contains(&Aim::ConventionOffence);
            f.outcome = Outcome::from_bool(serious || conv);
            f.message = match (serious, conv) {
                (true, true) => "It aims at serious crimes and Convention offences".into(),
                (true, false) => "It aims at one or more serious crimes".into(),
                (false, true) => "It aims at offences established under the Convention".into(),
                (false, false) => "It aims at neither serious crime nor Convention offences".into(),
            };
        }
        None => {
            f.missing.push("group.aims".into());
            f.message = "What the group aims at is not given".into();
        }
    }
    let aims = ctx.push(f);

    let mut f = Finding::new("art2.a.material_benefit", a, Outcome::Undetermined);
    match g.benefit {
        Some(Benefit::Financial) => {
            f.outcome = Outcome::Yes;
            f.message = "It seeks a financial benefit".into();
        }
        Some(Benefit::OtherMaterial) => {
            f.outcome = Outcome::Yes;
            f.basis = Basis::Interpretation("benefit");
            f.message = "It seeks another material benefit, read broadly (e.g. gratification in exchange rings)".into();
        }
        Some(Benefit::None) => {
            f.outcome = Outcome::No;
            f.message = "It seeks no financial or other material benefit".into();
        }
        Some(Benefit::PoliticalIdeological) => {
            f.outcome = Outcome::No;
            f.basis = Basis::Interpretation("benefit");
            f.message =
                "Its motive is purely political or ideological, not material benefit".into();
        }
        None => {
            f.missing.push("group.benefit".into());
            f.message =
                "Whether the group seeks a financial or other material benefit is not given".into();
        }
    }
    let benefit = ctx.push(f);

    let tri = Tri::all(&[&structured, &members, &period, &concert, &aims, &benefit]);
    let mut f = ctx.finding_from("art2.a.organized_criminal_group", a, &tri);
    if benefit.outcome == Outcome::Yes
        && ctx.case.group.benefit == Some(Benefit::OtherMaterial)
        && tri.outcome == Outcome::Yes
    {
        f.basis = Basis::Interpretation("benefit");
    }
    f.message = match tri.outcome {
        Outcome::Yes => {
            let n = ctx.case.group.members.unwrap_or(0);
            text!("A structured group of {n} persons, existing for a period, acting in concert, aiming at serious crime or Convention offences, for material benefit: all six elements hold")
        }
        Outcome::No => text!(
            "Not an organized criminal group: {} fails",
            failing(&f.because)
        ),
        _ => "Not settled: some of the six elements are unknown".into(),
    };
    ctx.push(f)
}

/// "art2.a.three_or_more_persons and art2.c.structured_group" → readable names.
pub(crate) fn failing(because: &[std::borrow::Cow<'static, str>]) -> String {
    let names: Vec<String> = because
        .iter()
        .map(|id| element_name(id).to_string())
        .collect();
    crate::ctx::join_and(&names)
}

fn element_name(id: &str) -> &str {
    match id.split('#').next().unwrap_or(id) {
        "art2.c.structured_group" => "the structured-group element (formed at random)",
        "art2.a.three_or_more_persons" => "the three-persons element",
        "art2.a.exists_for_period" => "the period-of-time element",
        "art2.a.acts_in_concert" => "the acting-in-concert element",
        "art2.a.aims_at_serious_crime" => "the aim element",
        "art2.a.material_benefit" => "the material-benefit element",
        other => other,
    }
}
