//! Competing legal bases: other instruments the case says may bind the two
//! States, side by side with the Convention. Nothing about them is bundled or
//! assumed: whether each binds the States and reaches the offence is stated in
//! the case, or left open.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::facts::{OtherInstrument, RequestKind};
use crate::outcome::{Finding, Outcome, Tri};

/// What an instrument generally offers, in our words.
fn offers(i: OtherInstrument) -> &'static str {
    match i {
        OtherInstrument::BilateralTreaty => "cooperation on the treaty's own terms and refusal grounds",
        OtherInstrument::RegionalConvention => "cooperation among its parties on its own terms",
        OtherInstrument::Uncac => "extradition (UNCAC art. 44) and mutual legal assistance (UNCAC art. 46) for the corruption offences it establishes",
        OtherInstrument::DrugConvention1988 => "extradition (1988 Convention art. 6) and mutual legal assistance (its art. 7) for the drug-trafficking offences of its art. 3(1)",
        OtherInstrument::BudapestConvention => "extradition (Budapest Convention art. 24) and mutual assistance (its arts. 25-34), incl. expedited preservation of data, for computer-related offences and electronic evidence",
        OtherInstrument::Reciprocity => "cooperation as a matter of comity, where both States' laws allow it without a treaty",
        OtherInstrument::Other => "cooperation on its own terms",
    }
}

/// The Convention's own clause on other instruments (or on agreements) for
/// this kind of cooperation, which the findings about other bases cite: how
/// another extradition treaty relates to the Convention is art. 16(3);
/// another assistance treaty, art. 18(6) (for confiscation through art.
/// 13(3)); the other kinds, the article that speaks of agreements for them.
/// Never art. 3(1), which is about the Convention's own scope.
pub fn relation(kind: RequestKind) -> Provision {
    match kind {
        RequestKind::Extradition => Provision::untoc(16).para(3),
        RequestKind::MutualLegalAssistance | RequestKind::Confiscation => {
            Provision::untoc(18).para(6)
        }
        RequestKind::TransferOfSentencedPersons => Provision::untoc(17),
        RequestKind::JointInvestigation => Provision::untoc(19),
        RequestKind::SpecialInvestigativeTechniques => Provision::untoc(20).para(2),
        RequestKind::TransferOfProceedings => Provision::untoc(21),
        RequestKind::LawEnforcementCooperation => Provision::untoc(27).para(2),
    }
}

/// Pushes `bases.other.<n>` for each instrument named in the case,
/// `bases.on_top` (what of the Convention still applies where another treaty
/// governs) and `bases.convention_only`.
pub fn compare(ctx: &mut Ctx<'_>, kind: RequestKind, answer: &Tri) {
    if ctx.case.other_bases.is_empty() {
        return;
    }
    let citation = relation(kind);
    let mut available: Vec<String> = Vec::new();
    let mut treaty_available = false;
    let mut open = false;
    for (i, b) in ctx.case.other_bases.clone().iter().enumerate() {
        let name = b
            .name
            .clone()
            .unwrap_or_else(|| b.instrument.as_str().replace('_', " "));
        let in_force = Tri::fact(
            b.in_force_between,
            &format!("other_bases[{}].in_force_between", i + 1),
        );
        let kinds = match &b.kinds {
            Some(k) => Tri::of(Outcome::from_bool(k.contains(&kind))),
            None => Tri::missing(format!("other_bases[{}].kinds", i + 1)),
        };
        let covers = Tri::fact(
            b.covers_offence,
            &format!("other_bases[{}].covers_offence", i + 1),
        );
        let tri = Tri::all(&[&in_force, &kinds, &covers]);
        let mut f = Finding::new(format!("bases.other.{}", i + 1), citation, tri.outcome);
        f.missing = tri.missing.clone();
        f.message = match tri.outcome {
            Outcome::Yes => {
                available.push(name.clone());
                treaty_available |= b.instrument != OtherInstrument::Reciprocity;
                text!("{name} also serves as a basis for this request: it binds both States and reaches the offence; it offers {}", offers(b.instrument))
            }
            Outcome::No if in_force.outcome == Outcome::No => {
                text!("{name} does not bind both States (stated in the case)")
            }
            Outcome::No if kinds.outcome == Outcome::No => text!(
                "{name} does not provide for {}",
                kind.as_str().replace('_', " ")
            ),
            Outcome::No => text!("{name} does not reach this offence (stated in the case)"),
            _ => {
                open = true;
                text!(
                    "Whether {name} serves here is not settled; it would offer {}",
                    offers(b.instrument)
                )
            }
        };
        ctx.push(f);
    }
    if treaty_available {
        let mut f = Finding::new("bases.on_top", citation, Outcome::Yes);
        f.message = match kind {
            RequestKind::Extradition => {
                f.citation = Provision::untoc(16).para(3);
                "Where another extradition treaty binds the States, the offences art. 16 applies to are deemed extraditable offences in it (art. 16(3)), and the Convention's rules on fiscal matters, discrimination and consultation still apply".into()
            }
            RequestKind::MutualLegalAssistance => {
                f.citation = Provision::untoc(18).para(6);
                "Another treaty's obligations are unaffected (art. 18(6)); where it governs the procedure (18(7)), the Convention's duty to assist (18(1)) and its bar on refusing for bank secrecy (18(8)) still apply".into()
            }
            RequestKind::Confiscation => {
                f.citation = Provision::untoc(18).para(6);
                "Art. 18 applies to confiscation requests mutatis mutandis (art. 13(3)): another treaty's obligations are unaffected (18(6)), the requested State acts under its law or a treaty binding it (13(4)), and a treaty-requiring State shall consider the Convention a sufficient basis (13(6))".into()
            }
            _ => "The Convention's provisions apply alongside the other instrument; each request can rely on either".into(),
        };
        ctx.push(f);
    }
    let mut f = Finding::new("bases.convention_only", citation, Outcome::Undetermined);
    f.outcome = match (answer.outcome, available.is_empty(), open) {
        (Outcome::Yes, true, false) => Outcome::Yes,
        (_, false, _) => Outcome::No,
        (o, true, false) if o != Outcome::Yes => Outcome::No,
        _ => Outcome::Undetermined,
    };
    f.message = match f.outcome {
        Outcome::Yes => "Among the bases stated in the case, the Convention is the only one that serves this request".into(),
        Outcome::No if !available.is_empty() => text!("Other bases serve this request too: {}", available.join(", ")),
        Outcome::No => "Neither the Convention nor the other bases stated serve this request".into(),
        _ => "Whether the Convention is the only basis depends on facts not given about the other instruments".into(),
    };
    ctx.push(f);
}
