//! UNTOC art. 22 (foreign criminal records) and arts. 24-26 (witnesses,
//! victims, cooperating offenders): the cross-border permissions and duties
//! to consider they give, reported when the case raises them.

use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Arg, Msg};

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::outcome::{Cited, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art22_26.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art22.previous_conviction",
        citation: Provision::untoc(22),
        description: "spec-art22-previous-conviction",
    },
    FindingSpec {
        id: "art24.1.protection",
        citation: Provision::untoc(24).para(1),
        description: "spec-art24-1-protection",
    },
    FindingSpec {
        id: "art24.3.relocation_agreement",
        citation: Provision::untoc(24).para(3),
        description: "spec-art24-3-relocation-agreement",
    },
    FindingSpec {
        id: "art25.1.assistance_protection",
        citation: Provision::untoc(25).para(1),
        description: "spec-art25-1-assistance-protection",
    },
    FindingSpec {
        id: "art25.2.compensation_restitution",
        citation: Provision::untoc(25).para(2),
        description: "spec-art25-2-compensation-restitution",
    },
    FindingSpec {
        id: "art25.3.views_and_concerns",
        citation: Provision::untoc(25).para(3),
        description: "spec-art25-3-views-and-concerns",
    },
    FindingSpec {
        id: "art26.5.cooperation_agreement",
        citation: Provision::untoc(26).para(5),
        description: "spec-art26-5-cooperation-agreement",
    },
];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art22_26.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[
    (Provision::untoc(24).para(2), "not-encoded-art24-2"),
    (Provision::untoc(26).para(1), "not-encoded-art26-1"),
    (Provision::untoc(26).para(4), "not-encoded-art26-4"),
];

/// Reports whatever of arts. 22, 24-26 the case raises, whatever the kind of
/// cooperation sought. `covered` is the Convention's scope for the case
/// (art. 3(1)); these articles reach covered offences only.
pub fn raised(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) {
    let q = &ctx.case.request;
    if q.previous_convictions_in.is_some() {
        previous_convictions(ctx, covered);
    }
    if q.witness_relocation_needed.is_some() {
        witness_relocation(ctx, gate, covered);
    }
    if q.cooperating_offender_in.is_some() {
        cooperating_offender(ctx, gate, covered);
    }
    if ctx
        .case
        .offences
        .iter()
        .any(|o| o.victim_nationalities.is_some())
    {
        victims(ctx, covered);
    }
}

/// The usual three explanations for a finding that rests on the scope.
/// `article` names the provision (an `art22-26-art*` message).
fn scope_text(covered: &Tri, yes: Msg, article: Msg) -> Msg {
    match covered.outcome {
        Outcome::Yes => yes,
        Outcome::No => msg!("art22-26-not-covered", article = article),
        _ => msg!("art22-26-scope-open", article = article),
    }
}

/// Why a finding that needs both the Convention in force between the two
/// States (`gate`) and a covered offence is open or no, when it is not yes.
fn gate_or_scope_text(gate: &Tri, covered: &Tri, article: Msg) -> Msg {
    match (gate.outcome, covered.outcome) {
        (Outcome::No, _) => msg!("art22-26-not-in-force"),
        (_, Outcome::Yes) => msg!("art22-26-in-force-open", article = article),
        (_, Outcome::No) => msg!("art22-26-not-covered", article = article),
        _ => msg!("art22-26-scope-open", article = article),
    }
}

/// Art. 22: a State may take a previous conviction in another State into
/// account in proceedings for a covered offence. Pushes
/// `art22.previous_conviction`.
fn previous_convictions(ctx: &mut Ctx<'_>, covered: &Tri) {
    let case = ctx.case;
    let list = case
        .request
        .previous_convictions_in
        .as_deref()
        .unwrap_or(&[]);
    let a = ctx.requesting;
    let mut f = ctx.finding_from("art22.previous_conviction", Provision::untoc(22), covered);
    if list.is_empty() {
        f.outcome = Outcome::No;
        f.message = msg!("art22-no-conviction");
        ctx.push(f);
        return;
    }
    if covered.outcome == Outcome::Yes {
        f.strength = Some(Strength::Discretionary);
        if ctx.domestic(a, "art22.foreign_convictions_considered", &mut f) == Some(false) {
            f.outcome = Outcome::No;
            f.message = msg!(
                "art22-law-bars",
                requesting = Arg::Code(a),
                states = Arg::codes(list)
            );
            ctx.push(f);
            return;
        }
    }
    f.message = scope_text(
        covered,
        msg!(
            "art22-yes",
            requesting = Arg::Code(a),
            states = Arg::codes(list)
        ),
        msg!("art22-26-art22"),
    );
    ctx.push(f);
}

/// Art. 24: witnesses' protection (24(1), duty qualified by means) and the
/// duty to consider relocation agreements with other States (24(3)).
/// Pushes `art24.1.protection` and `art24.3.relocation_agreement`.
fn witness_relocation(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let needed = ctx.case.request.witness_relocation_needed == Some(true);
    let mut f = ctx.finding_from("art24.1.protection", Provision::untoc(24).para(1), covered);
    if covered.outcome == Outcome::Yes {
        f.strength = Some(Strength::MandatoryQualified);
    }
    f.message = scope_text(
        covered,
        msg!("art24-protection-yes", requesting = Arg::Code(a)),
        msg!("art22-26-art24"),
    );
    ctx.push(f);
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from(
        "art24.3.relocation_agreement",
        Provision::untoc(24).para(3),
        &tri,
    );
    if !needed && tri.outcome == Outcome::Yes {
        f.outcome = Outcome::No;
        f.message = msg!("art24-relocation-not-needed");
    } else {
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::ShallConsider);
        }
        f.message = match tri.outcome {
            Outcome::Yes => msg!(
                "art24-relocation-yes",
                requesting = Arg::Code(a),
                requested = Arg::Code(b)
            ),
            Outcome::No if gate.outcome == Outcome::No => msg!("art22-26-not-in-force"),
            _ => gate_or_scope_text(gate, covered, msg!("art22-26-art24-3")),
        };
    }
    ctx.push(f);
}

/// Art. 26: cooperating offenders. The duties to consider mitigation
/// (26(2)) and immunity (26(3)) fall on the State that prosecutes; 26(5)
/// lets the two States consider agreements for that treatment when the
/// person is in one State and helps the other. Pushes
/// `art26.5.cooperation_agreement`.
fn cooperating_offender(ctx: &mut Ctx<'_>, gate: &Tri, covered: &Tri) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let located = ctx
        .case
        .request
        .cooperating_offender_in
        .expect("invariant: checked by the caller");
    let helped = if located == a { b } else { a };
    let tri = Tri::all(&[gate, covered]);
    let mut f = ctx.finding_from(
        "art26.5.cooperation_agreement",
        Provision::untoc(26).para(5),
        &tri,
    );
    if located != a && located != b {
        f.outcome = Outcome::No;
        f.message = msg!("art26-person-elsewhere", located = Arg::Code(located));
        ctx.push(f);
        return;
    }
    let declaration = ctx
        .data
        .declarations(helped, Instrument::Untoc, "26(3)")
        .next();
    f.message = match tri.outcome {
        Outcome::Yes => {
            f.strength = Some(Strength::Discretionary);
            let (located, helped) = (Arg::Code(located), Arg::Code(helped));
            match declaration {
                Some(d) => {
                    f.sources.push(Cited::data(&d.source, Some(&d.summary)));
                    msg!(
                        "art26-agreement-yes-declaration",
                        located = located,
                        helped = helped
                    )
                }
                None => msg!("art26-agreement-yes", located = located, helped = helped),
            }
        }
        Outcome::No if gate.outcome == Outcome::No => msg!("art22-26-not-in-force"),
        _ => gate_or_scope_text(gate, covered, msg!("art22-26-art26-5")),
    };
    ctx.push(f);
}

/// Art. 25, paragraph by paragraph, as duties of the State conducting the
/// proceedings: 25(1) appropriate measures within its means to assist and
/// protect victims, in particular against threats of retaliation or
/// intimidation (mandatory, qualified by its means); 25(2) procedures giving
/// access to compensation and restitution (mandatory); 25(3) enabling the
/// victims' views and concerns to be presented and considered at appropriate
/// stages, without prejudice to the defence, subject to its domestic law
/// (mandatory, qualified by that law). Pushes `art25.1.assistance_protection`,
/// `art25.2.compensation_restitution` and `art25.3.views_and_concerns`.
fn victims(ctx: &mut Ctx<'_>, covered: &Tri) {
    let a = ctx.requesting;
    let a = Arg::Code(a);
    let paragraphs: [(&'static str, u8, Strength, Msg); 3] = [
        (
            "art25.1.assistance_protection",
            1,
            Strength::MandatoryQualified,
            msg!("art25-assistance-protection-yes", requesting = a.clone()),
        ),
        (
            "art25.2.compensation_restitution",
            2,
            Strength::Mandatory,
            msg!("art25-compensation-restitution-yes", requesting = a.clone()),
        ),
        (
            "art25.3.views_and_concerns",
            3,
            Strength::MandatoryQualified,
            msg!("art25-views-concerns-yes", requesting = a),
        ),
    ];
    for (id, para, strength, yes) in paragraphs {
        let mut f = ctx.finding_from(id, Provision::untoc(25).para(para), covered);
        if covered.outcome == Outcome::Yes {
            f.strength = Some(strength);
        }
        f.message = scope_text(covered, yes, msg!("art22-26-art25"));
        ctx.push(f);
    }
}
