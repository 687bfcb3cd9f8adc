//! UNTOC art. 2 — Use of terms: serious crime (2(b)), structured group (2(c)),
//! organized criminal group (2(a)).

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::{PenaltyRecord, StateCode, Validity};

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::facts::{Aim, Benefit, Penalty};
use crate::outcome::{Basis, Cited, Finding, Outcome, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art02.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art2.b.serious_crime.<ISO3>",
        citation: Provision::untoc(2).letter('b'),
        description: "spec-art2-b-serious-crime-iso3",
    },
    FindingSpec {
        id: "art2.c.structured_group",
        citation: Provision::untoc(2).letter('c'),
        description: "spec-art2-c-structured-group",
    },
    FindingSpec {
        id: "art2.a.three_or_more_persons",
        citation: Provision::untoc(2).letter('a'),
        description: "spec-art2-a-three-or-more-persons",
    },
    FindingSpec {
        id: "art2.a.exists_for_period",
        citation: Provision::untoc(2).letter('a'),
        description: "spec-art2-a-exists-for-period",
    },
    FindingSpec {
        id: "art2.a.acts_in_concert",
        citation: Provision::untoc(2).letter('a'),
        description: "spec-art2-a-acts-in-concert",
    },
    FindingSpec {
        id: "art2.a.aims_at_serious_crime",
        citation: Provision::untoc(2).letter('a'),
        description: "spec-art2-a-aims-at-serious-crime",
    },
    FindingSpec {
        id: "art2.a.material_benefit",
        citation: Provision::untoc(2).letter('a'),
        description: "spec-art2-a-material-benefit",
    },
    FindingSpec {
        id: "art2.a.organized_criminal_group",
        citation: Provision::untoc(2).letter('a'),
        description: "spec-art2-a-organized-criminal-group",
    },
];

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
    if let Some(t) = ctx.tri_of_state("art2.b.serious_crime", state, true) {
        return t;
    }
    let id = ctx.oid_state("art2.b.serious_crime", state);
    let citation = Provision::untoc(2).letter('b');
    let mut f = Finding::new(id, citation, Outcome::Undetermined);
    match ctx.offence().max_penalty.get(&state) {
        None => {
            serious_from_data(ctx, state, &mut f);
        }
        Some(&p) => match p {
            Penalty::Months(m) => {
                let yes = m >= SERIOUS_CRIME_MIN_MAX_PENALTY_MONTHS;
                f.outcome = Outcome::from_bool(yes);
                let penalty = penalty_msg(p);
                f.message = if yes && m == SERIOUS_CRIME_MIN_MAX_PENALTY_MONTHS {
                    msg!(
                        "art02-serious-exactly-four-years",
                        state = state,
                        penalty = penalty
                    )
                } else if yes {
                    msg!(
                        "art02-serious-at-least-four-years",
                        state = state,
                        penalty = penalty
                    )
                } else {
                    msg!(
                        "art02-serious-under-four-years",
                        state = state,
                        penalty = penalty
                    )
                };
            }
            Penalty::Life => {
                f.outcome = Outcome::Yes;
                f.message = msg!("art02-serious-life", state = state);
            }
            Penalty::Death => {
                f.outcome = Outcome::Yes;
                f.basis = Basis::Interpretation("death-penalty");
                f.message = msg!("art02-serious-death", state = state);
            }
            Penalty::Fine => {
                f.outcome = Outcome::No;
                f.basis = Basis::Interpretation("fine-only");
                f.message = msg!("art02-serious-fine-only", state = state);
            }
            Penalty::NotAnOffence => {
                f.outcome = Outcome::No;
                f.message = msg!("art02-serious-not-an-offence", state = state);
            }
        },
    }
    debug_assert_eq!(f.outcome, serious_crime_outcome(ctx, state), "{}", f.id);
    ctx.push(f)
}

/// The outcome [`is_serious_crime`] finds for `state`, without writing the
/// finding: from the maximum the case gives, else from the data's records
/// in force for the offence's crime types (undetermined without one, or
/// when they disagree).
pub(crate) fn serious_crime_outcome(ctx: &Ctx<'_>, state: StateCode) -> Outcome {
    if let Some(&p) = ctx.offence().max_penalty.get(&state) {
        return serious_outcome(p);
    }
    let mut first = None;
    for ct in &ctx.offence().crime_types {
        for r in ctx.data.penalties(state, ct) {
            if !matches!(r.validity(ctx.as_of), Validity::InForce) {
                continue;
            }
            let o = serious_outcome(r.max);
            match first {
                None => first = Some(o),
                Some(f) if f != o => return Outcome::Undetermined,
                Some(_) => {}
            }
        }
    }
    first.unwrap_or(Outcome::Undetermined)
}

/// A statutory maximum as words: "5 years", "4 years 6 months", "life
/// imprisonment".
pub fn penalty_msg(p: Penalty) -> Msg {
    match p {
        Penalty::Months(m) => match (m / 12, m % 12) {
            (0, m) => msg!("art02-penalty-months", months = m),
            (y, 0) => msg!("art02-penalty-years", years = y),
            (y, m) => msg!("art02-penalty-years-months", years = y, months = m),
        },
        Penalty::Life => msg!("art02-penalty-life"),
        Penalty::Death => msg!("art02-penalty-death"),
        Penalty::Fine => msg!("art02-penalty-fine-only"),
        Penalty::NotAnOffence => msg!("art02-penalty-not-an-offence"),
    }
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
    let missing = ctx.offence_fact("max_penalty").of(state);
    let crime_types = &ctx.offence().crime_types;
    if crime_types.is_empty() {
        f.missing.push(missing);
        f.message = msg!("art02-serious-maximum-not-given", state = state);
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
    // Crime-catalogue ids, as the case gives them.
    let types = || Arg::List(crime_types.iter().map(|t| Arg::text(t.as_str())).collect());
    if in_force.is_empty() {
        f.missing.push(missing);
        f.message = if unknown.is_empty() {
            msg!("art02-serious-no-data", state = state, types = types())
        } else {
            msg!(
                "art02-serious-data-undated",
                state = state,
                types = types(),
                data_date = Arg::Text(unknown[0].source.as_of.clone()),
                date = ctx.as_of
            )
        };
        return;
    }
    for r in &in_force {
        // "Nature Act s. 10, wildlife trafficking: maximum 5 years (caution)",
        // in the data's own words, pushed piece by piece (no formatting
        // machinery on every assessment that reads the row).
        let mut summary = String::with_capacity(r.provision.len() + r.offence_label.len() + 48);
        summary.push_str(&r.provision);
        summary.push_str(", ");
        summary.push_str(&r.offence_label);
        summary.push_str(": maximum ");
        r.max.describe_into(&mut summary);
        if let Some(fl) = r.flag {
            summary.push_str(" (");
            summary.push_str(fl.describe());
            summary.push(')');
        }
        let summary: std::sync::Arc<str> = summary.into();
        f.sources.push(Cited::data(&r.source, Some(&summary)));
    }
    let first = serious_outcome(in_force[0].max);
    // "Nature Act s. 10 (wildlife trafficking), 5 years": the provision and
    // the offence as the data writes them, the maximum in words.
    let describe = |r: &PenaltyRecord| -> Arg {
        msg!(
            "art02-penalty-record",
            provision = Arg::text(&*r.provision),
            name = Arg::text(
                r.offence_label
                    .strip_prefix("aggravated: ")
                    .unwrap_or(&r.offence_label)
            ),
            penalty = penalty_msg(r.max)
        )
        .into()
    };
    if in_force.iter().all(|r| serious_outcome(r.max) == first) {
        f.outcome = first;
        f.message = msg!(
            "art02-serious-from-data",
            state = state,
            record = describe(in_force[0]),
            n = in_force.len() - 1,
            serious = first == Outcome::Yes
        );
    } else {
        f.missing.push(missing);
        let list: Vec<Arg> = in_force.iter().map(|r| describe(r)).collect();
        f.message = msg!(
            "art02-serious-data-both-sides",
            state = state,
            types = types(),
            records = Arg::List(list)
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
            f.message = msg!("art02-structured-yes");
        }
        Some(true) => {
            f.outcome = Outcome::No;
            f.message = msg!("art02-structured-no");
        }
        None => {
            f.missing.push("group.randomly_formed".into());
            f.message = msg!("art02-structured-missing");
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
            f.message = if n >= ORGANIZED_CRIMINAL_GROUP_MIN_MEMBERS {
                msg!("art02-members-enough", n = n)
            } else {
                msg!("art02-members-too-few", n = n)
            };
        }
        None => {
            f.missing.push("group.members".into());
            f.message = msg!("art02-members-missing");
        }
    }
    let members = ctx.push(f);

    let mut f = Finding::new("art2.a.exists_for_period", a, Outcome::Undetermined);
    match g.exists_for_period {
        Some(b) => {
            f.outcome = Outcome::from_bool(b);
            f.message = if b {
                msg!("art02-period-yes")
            } else {
                msg!("art02-period-no")
            };
        }
        None => {
            f.missing.push("group.exists_for_period".into());
            f.message = msg!("art02-period-missing");
        }
    }
    let period = ctx.push(f);

    let mut f = Finding::new("art2.a.acts_in_concert", a, Outcome::Undetermined);
    match g.acts_in_concert {
        Some(b) => {
            f.outcome = Outcome::from_bool(b);
            f.message = if b {
                msg!("art02-concert-yes")
            } else {
                msg!("art02-concert-no")
            };
        }
        None => {
            f.missing.push("group.acts_in_concert".into());
            f.message = msg!("art02-concert-missing");
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
                (true, true) => msg!("art02-aims-both"),
                (true, false) => msg!("art02-aims-serious-crime"),
                (false, true) => msg!("art02-aims-convention-offences"),
                (false, false) => msg!("art02-aims-neither"),
            };
        }
        None => {
            f.missing.push("group.aims".into());
            f.message = msg!("art02-aims-missing");
        }
    }
    let aims = ctx.push(f);

    let mut f = Finding::new("art2.a.material_benefit", a, Outcome::Undetermined);
    match g.benefit {
        Some(Benefit::Financial) => {
            f.outcome = Outcome::Yes;
            f.message = msg!("art02-benefit-financial");
        }
        Some(Benefit::OtherMaterial) => {
            f.outcome = Outcome::Yes;
            f.basis = Basis::Interpretation("benefit");
            f.message = msg!("art02-benefit-other-material");
        }
        Some(Benefit::None) => {
            f.outcome = Outcome::No;
            f.message = msg!("art02-benefit-none");
        }
        Some(Benefit::PoliticalIdeological) => {
            f.outcome = Outcome::No;
            f.basis = Basis::Interpretation("benefit");
            f.message = msg!("art02-benefit-political");
        }
        None => {
            f.missing.push("group.benefit".into());
            f.message = msg!("art02-benefit-missing");
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
            msg!("art02-ocg-yes", n = n)
        }
        Outcome::No => msg!("art02-ocg-no", elements = failing(ctx, &f.because)),
        _ => msg!("art02-ocg-undetermined"),
    };
    ctx.push(f)
}

/// The elements that fail ("art2.a.three_or_more_persons",
/// "art2.c.structured_group"), each named by its message, as a list.
pub(crate) fn failing(ctx: &Ctx<'_>, because: &[u32]) -> Arg {
    Arg::List(
        because
            .iter()
            .map(|&i| element_name(ctx.id_at(i)))
            .collect(),
    )
}

fn element_name(id: &str) -> Arg {
    match id.split('#').next().unwrap_or(id) {
        "art2.c.structured_group" => msg!("art02-element-structured-group").into(),
        "art2.a.three_or_more_persons" => msg!("art02-element-three-persons").into(),
        "art2.a.exists_for_period" => msg!("art02-element-period").into(),
        "art2.a.acts_in_concert" => msg!("art02-element-concert").into(),
        "art2.a.aims_at_serious_crime" => msg!("art02-element-aim").into(),
        "art2.a.material_benefit" => msg!("art02-element-material-benefit").into(),
        // A finding id, not words: shown as it is.
        other => Arg::text(other),
    }
}
