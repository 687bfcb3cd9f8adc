//! UNTOC art. 22 (foreign criminal records) and arts. 24-26 (witnesses,
//! victims, cooperating offenders): the cross-border permissions and duties
//! to consider they give, reported when the case raises them.

use std::borrow::Cow;

use palermo_cite::{Instrument, Provision};

use crate::ctx::{list_states, Ctx};
use crate::outcome::{Cited, Outcome, Strength, Tri};

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
fn scope_text(covered: &Tri, yes: impl Into<palermo_i18n::Msg>, what: &str) -> palermo_i18n::Msg {
    match covered.outcome {
        Outcome::Yes => yes.into(),
        Outcome::No => text!("No: {what} concerns offences covered by the Convention, and this one is not"),
        _ => text!("Undetermined: whether the Convention reaches the offence, as {what} requires, is not settled"),
    }
}

/// Why a finding that needs both the Convention in force between the two
/// States (`gate`) and a covered offence is open or no, when it is not yes.
fn gate_or_scope_text(gate: &Tri, covered: &Tri, what: &str) -> palermo_i18n::Msg {
    match (gate.outcome, covered.outcome) {
        (Outcome::No, _) => "No: the Convention is not in force between the two States".into(),
        (_, Outcome::Yes) => text!("Undetermined: {what} applies between States for which the Convention is in force, and whether it is in force between these two is not settled"),
        _ => scope_text(covered, Cow::Borrowed(""), what),
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
        f.message = "The case states no previous conviction abroad: art. 22 has nothing to take into account".into();
        ctx.push(f);
        return;
    }
    if covered.outcome == Outcome::Yes {
        f.strength = Some(Strength::Discretionary);
        if ctx.domestic(a, "art22.foreign_convictions_considered", &mut f) == Some(false) {
            f.outcome = Outcome::No;
            f.message = text!("The Convention permits it, but {a}'s law does not let its courts take the conviction in {} into account (stated in the case)", list_states(list));
            ctx.push(f);
            return;
        }
    }
    f.message = scope_text(
        covered,
        cow!("Yes, as a permission: {a} may take into account the person's previous conviction in {} in its proceedings, on the terms and for the purposes its law sets", list_states(list)),
        "art. 22",
    ).into();
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
        cow!("Yes: {a} shall take appropriate measures, within its means, to protect witnesses who testify about the offence, and as appropriate their relatives and persons close to them, from retaliation or intimidation; victims who are witnesses are included (24(4)), and the measures must not prejudice the defendant's rights (24(2))"),
        "art. 24",
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
        f.message =
            "No relocation abroad is needed (stated in the case): art. 24(3) is not engaged".into();
    } else {
        if tri.outcome == Outcome::Yes {
            f.strength = Some(Strength::ShallConsider);
        }
        f.message = match tri.outcome {
            Outcome::Yes => text!("Yes, as a duty to consider: {a} and {b} shall consider entering into an agreement or arrangement to relocate the witness; the Convention itself gives no power to relocate, so the relocation rests on that agreement and their laws"),
            Outcome::No if gate.outcome == Outcome::No => "No: the Convention is not in force between the two States".into(),
            _ => gate_or_scope_text(gate, covered, "art. 24(3)"),
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
        f.message = text!("The cooperating person is in {located}, neither of the two States: art. 26(5) concerns a person in one State Party helping another, so an agreement would be between {located} and the State helped");
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
            let mut t = text!("Yes, as a permission: the person is in {located} and can substantially help the authorities of {helped}; the two States may consider an agreement under which {helped} grants the treatment of art. 26(2) (mitigated punishment) or 26(3) (immunity from prosecution)");
            if let Some(d) = declaration {
                f.sources.push(Cited::data(&d.source, Some(&d.summary)));
                t.to_mut().push_str(&format!(
                    ". {helped} made a declaration under art. 26(3) (see source) limiting immunity"
                ));
            }
            t
        }
        Outcome::No if gate.outcome == Outcome::No => {
            "No: the Convention is not in force between the two States".into()
        }
        _ => gate_or_scope_text(gate, covered, "art. 26(5)"),
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
    let paragraphs: [(&'static str, u8, Strength, Cow<'static, str>); 3] = [
        (
            "art25.1.assistance_protection",
            1,
            Strength::MandatoryQualified,
            cow!("Yes: {a} shall take appropriate measures, within its means, to assist and protect the victims, in particular where they are threatened with retaliation or intimidation"),
        ),
        (
            "art25.2.compensation_restitution",
            2,
            Strength::Mandatory,
            cow!("Yes: {a} shall have appropriate procedures giving the victims access to compensation and restitution"),
        ),
        (
            "art25.3.views_and_concerns",
            3,
            Strength::MandatoryQualified,
            cow!("Yes: subject to its domestic law, {a} shall enable the victims' views and concerns to be presented and considered at appropriate stages of the criminal proceedings, in a way that does not prejudice the rights of the defence"),
        ),
    ];
    for (id, para, strength, yes) in paragraphs {
        let mut f = ctx.finding_from(id, Provision::untoc(25).para(para), covered);
        if covered.outcome == Outcome::Yes {
            f.strength = Some(strength);
        }
        f.message = scope_text(covered, yes, "art. 25").into();
        ctx.push(f);
    }
}
