//! What each finding tests, in the project's own words: the source of
//! `palermo explain` and the checklist of ids the engine can emit.

use palermo_cite::{Instrument, Provision};

/// One kind of finding.
#[derive(Clone, Copy, Debug)]
pub struct FindingSpec {
    /// The id, with `<ISO3>` or `<protocol>` where the engine fills in a code.
    /// With `[[offences]]`, per-offence ids also carry `#n`.
    pub id: &'static str,
    /// The provision applied.
    pub citation: Provision,
    /// What it tests, in plain English.
    pub tests: &'static str,
}

const fn u(a: u8) -> Provision {
    Provision::untoc(a)
}

/// Every finding id the engine can emit, in reasoning order.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec { id: "status.in_force.<ISO3>", citation: Provision::articles(Instrument::Untoc, 36, 40), tests: "Is the Convention in force for the State on the as-of date? Entry into force is the later of deposit + 30 days and 29 Sep 2003 (art. 38); a denunciation takes effect one year after the Secretary-General receives it (art. 40). No deposit date on record gives undetermined, not no." },
    FindingSpec { id: "status.in_force_between", citation: Provision::articles(Instrument::Untoc, 36, 38), tests: "Is the Convention in force for both the requesting and the requested State on the as-of date? The gate for every form of cooperation." },
    FindingSpec { id: "status.<protocol>.in_force.<ISO3>", citation: Provision::untoc(37), tests: "Is the Protocol in force for the State (its own entry-into-force article: later of deposit + 30 days and the Protocol's date; only Convention parties can join, art. 37(2))?" },
    FindingSpec { id: "status.<protocol>.in_force_between", citation: Provision::untoc(37).para(3), tests: "Are both States parties to the Protocol? Its offences count as Convention offences only between its parties." },
    FindingSpec { id: "status.temporal.earlier_conduct", citation: Provision::articles(Instrument::Untoc, 36, 38), tests: "Did the conduct take place after entry into force between the two States? The Convention has no temporal clause; for earlier conduct the requested State's practice decides (interpretation)." },
    FindingSpec { id: "art2.b.serious_crime.<ISO3>", citation: u(2).letter('b'), tests: "Is the conduct a serious crime under that State's law: a statutory maximum of at least four years' deprivation of liberty (exactly four counts), or a more serious penalty (life, death)? A fine alone does not qualify. The sentence actually imposed is irrelevant." },
    FindingSpec { id: "art2.c.structured_group", citation: u(2).letter('c'), tests: "Was the group not formed at random for the immediate commission of one offence? Roles, continuity and hierarchy are not required." },
    FindingSpec { id: "art2.a.three_or_more_persons", citation: u(2).letter('a'), tests: "Element 2 of an organized criminal group: three or more persons." },
    FindingSpec { id: "art2.a.exists_for_period", citation: u(2).letter('a'), tests: "Element 3: the group exists for a period of time." },
    FindingSpec { id: "art2.a.acts_in_concert", citation: u(2).letter('a'), tests: "Element 4: its members act in concert." },
    FindingSpec { id: "art2.a.aims_at_serious_crime", citation: u(2).letter('a'), tests: "Element 5: it aims at one or more serious crimes or Convention offences (as the case asserts)." },
    FindingSpec { id: "art2.a.material_benefit", citation: u(2).letter('a'), tests: "Element 6: it acts to obtain, directly or indirectly, a financial or other material benefit (read broadly; purely political aims fall outside)." },
    FindingSpec { id: "art2.a.organized_criminal_group", citation: u(2).letter('a'), tests: "An organized criminal group: all six elements (structured group, 3+ persons, period, concert, aim, benefit)." },
    FindingSpec { id: "art3.1.a.convention_offence", citation: u(3).para(1).letter('a'), tests: "Is the conduct an offence established under arts. 5, 6, 8 or 23?" },
    FindingSpec { id: "art3.1.b.serious_crime", citation: u(3).para(1).letter('b'), tests: "Is it a serious crime for the scope test, under the law chosen by --serious-crime-law (default: the requesting State's; interpretation)?" },
    FindingSpec { id: "art3.1.protocol_offence", citation: Provision::article(Instrument::Tip, 1).para(3), tests: "Is it a Protocol offence between parties to that Protocol? Such offences count whatever their maximum penalty (Protocol art. 1(3), art. 4)." },
    FindingSpec { id: "tip.art3.a.act", citation: Provision::article(Instrument::Tip, 3).letter('a'), tests: "Element 1 of trafficking: recruiting, transporting, transferring, harbouring or receiving persons." },
    FindingSpec { id: "tip.art3.a.means", citation: Provision::article(Instrument::Tip, 3).letter('a'), tests: "Element 2: a means (force, coercion, abduction, fraud, deception, abuse of power or vulnerability, payments); not needed for a child under eighteen (3(c)-(d))." },
    FindingSpec { id: "tip.art3.a.purpose", citation: Provision::article(Instrument::Tip, 3).letter('a'), tests: "Element 3: the purpose of exploitation (the list is a floor)." },
    FindingSpec { id: "tip.art3.b.consent", citation: Provision::article(Instrument::Tip, 3).letter('b'), tests: "The victim's consent is irrelevant once a means is used (or the victim is a child)." },
    FindingSpec { id: "tip.art5.offence", citation: Provision::article(Instrument::Tip, 5).para(1), tests: "Is the conduct, given by its elements, trafficking in persons (act, means or child victim, purpose, intent)?" },
    FindingSpec { id: "som.art3.a.illegal_entry", citation: Provision::article(Instrument::Som, 3).letter('a'), tests: "Smuggling element: procuring the illegal entry of a non-national, non-resident." },
    FindingSpec { id: "som.art3.a.benefit", citation: Provision::article(Instrument::Som, 3).letter('a'), tests: "Smuggling element: to obtain a financial or other material benefit (humanitarian or family help falls outside, interpretative note)." },
    FindingSpec { id: "som.art5.migrants_not_liable", citation: Provision::article(Instrument::Som, 5), tests: "Smuggled migrants are not liable under the Protocol for having been its object." },
    FindingSpec { id: "som.art6.offence", citation: Provision::article(Instrument::Som, 6).para(1).letter('a'), tests: "Is the conduct, given by its elements, smuggling of migrants?" },
    FindingSpec { id: "firearms.art5.offence", citation: Provision::article(Instrument::Firearms, 5).para(1), tests: "Is the conduct, given by its elements, an offence of FP art. 5(1) (illicit manufacturing, trafficking, marking tampering)?" },
    FindingSpec { id: "art3.1.qualifying_offence", citation: u(3).para(1), tests: "Is the offence of a kind art. 3(1) covers: (a) a Convention offence, (b) a serious crime, or a Protocol offence between its parties?" },
    FindingSpec { id: "art3.2.a", citation: u(3).para(2).letter('a'), tests: "Prong (a): committed in more than one State (any States, not only parties)." },
    FindingSpec { id: "art3.2.b", citation: u(3).para(2).letter('b'), tests: "Prong (b): committed in one State, but a substantial part of its preparation, planning, direction or control took place in another." },
    FindingSpec { id: "art3.2.c", citation: u(3).para(2).letter('c'), tests: "Prong (c): committed in one State, but involving an organized criminal group that engages in criminal activities in more than one State (the group's activities, not this offence's)." },
    FindingSpec { id: "art3.2.d", citation: u(3).para(2).letter('d'), tests: "Prong (d): committed in one State, but with substantial effects in another." },
    FindingSpec { id: "art3.2.transnational", citation: u(3).para(2), tests: "Transnational in nature: any one of the four prongs." },
    FindingSpec { id: "art3.1.involves_ocg", citation: u(3).para(1), tests: "Does the offence involve an organized criminal group (the group took part in it, as the case asserts, and it is an OCG)?" },
    FindingSpec { id: "art3.1.within_scope", citation: u(3).para(1), tests: "An offence covered by the Convention: a qualifying offence that is transnational and involves an organized criminal group." },
    FindingSpec { id: "art4.2.sovereignty", citation: u(4).para(2), tests: "Action on another State's territory only with its consent and within its law (attached to joint investigations and special investigative techniques)." },
    FindingSpec { id: "art15.1.territory", citation: u(15).para(1), tests: "Which States shall establish jurisdiction: those on whose territory the offence was committed (15(1)(a)) and the flag or registry State of the vessel or aircraft on board which it was (15(1)(b)). Undetermined while the place of commission is not stated." },
    FindingSpec { id: "art15.2.nationality", citation: u(15).para(2), tests: "Which States may establish jurisdiction: a victim's State (15(2)(a), subject to art. 4), the offender's State or, for a stateless offender, the State of habitual residence (15(2)(b)), and the State at whose territory a participation offence abroad was aimed (15(2)(c)(i))." },
    FindingSpec { id: "art15.3.national_not_extradited", citation: u(15).para(3), tests: "Is the alleged offender a national of the State where he or she is? That State shall have jurisdiction for the case where it refuses extradition solely on nationality (the jurisdiction behind art. 16(10))." },
    FindingSpec { id: "art15.4.present_not_extradited", citation: u(15).para(4), tests: "The State where the alleged offender is may establish jurisdiction for the case where it does not extradite, for any reason." },
    FindingSpec { id: "art15.jurisdiction.<ISO3>", citation: u(15), tests: "One State linked to the offence by an art. 15 ground, with its strongest call (must, must if not extraditing its national, may), provided the offence is covered by the Convention. Whether the State has in fact established the jurisdiction is for its law." },
    FindingSpec { id: "art15.jurisdiction", citation: u(15), tests: "The three lists of art. 15 for a covered offence: States that must, must if not extraditing their national, and may establish jurisdiction." },
    FindingSpec { id: "art22.previous_conviction", citation: u(22), tests: "The case lists previous convictions abroad: the requesting State may take them into account in proceedings for a covered offence, on terms its law sets (a permission)." },
    FindingSpec { id: "art24.1.protection", citation: u(24).para(1), tests: "A witness needs protection: the prosecuting State shall take appropriate measures within its means to protect witnesses (and victims who are witnesses, 24(4)) about a covered offence, without prejudice to the defendant's rights." },
    FindingSpec { id: "art24.3.relocation_agreement", citation: u(24).para(3), tests: "A witness needs relocating abroad: the two States shall consider an agreement or arrangement for the relocation (a duty to consider; no power to relocate comes from the Convention itself)." },
    FindingSpec { id: "art25.victims", citation: u(25), tests: "The case names victims: the prosecuting State assists and protects them (25(1)), gives access to compensation and restitution (25(2)) and, subject to its law, hears their views (25(3))." },
    FindingSpec { id: "art26.5.cooperation_agreement", citation: u(26).para(5), tests: "A person who took part in the group is in one of the two States and can substantially help the other: the States may consider an agreement for the other to grant mitigation (26(2)) or immunity (26(3)); a 26(3) declaration on record is cited." },
    FindingSpec { id: "art35.2.compulsory_settlement", citation: u(35).para(2), tests: "Can either State take a dispute with the other about the Convention to arbitration, then the ICJ, on its own? Not if either opted out under 35(3): the opt-out is reciprocal. A State bound before the date of the data's opt-out record and absent from it made none; a later joiner is undetermined unless the case says." },
    FindingSpec { id: "art15.5.consultation", citation: u(15).para(5), tests: "Several States investigate or prosecute the same conduct: their authorities consult, as appropriate, to coordinate (a trigger for art. 21)." },
    FindingSpec { id: "art17.agreements", citation: u(17), tests: "States may consider agreements on transferring sentenced persons." },
    FindingSpec { id: "art17.legal_basis", citation: u(17), tests: "Is the Convention a legal basis for transferring a sentenced person? Never: art. 17 only invites agreements." },
    FindingSpec { id: "art19.agreement", citation: u(19), tests: "Joint investigative bodies: under an agreement between the States, or agreed case by case." },
    FindingSpec { id: "art19.sovereignty", citation: u(19), tests: "Full respect for the sovereignty of the State where a joint investigation takes place." },
    FindingSpec { id: "art19.legal_basis", citation: u(19), tests: "May the States agree a joint investigation under the Convention for this offence (a permission, never a duty)?" },
    FindingSpec { id: "art20.1.domestic_use", citation: u(20).para(1), tests: "Can the requested State use the technique on its territory (controlled delivery: shall, within its possibilities; others: where it deems appropriate)? Its legal system decides." },
    FindingSpec { id: "art20.2.agreement", citation: u(20).para(2), tests: "International use of special investigative techniques: under an agreement, or case by case (20(3))." },
    FindingSpec { id: "art20.4.controlled_delivery", citation: u(20).para(4), tests: "International controlled deliveries may, with the consent of the States concerned, intercept goods and let them continue, or remove or replace them." },
    FindingSpec { id: "art20.legal_basis", citation: u(20), tests: "May special investigative techniques be used with the requested State for this offence under the Convention (a permission)?" },
    FindingSpec { id: "art21.domestic_procedure", citation: u(21), tests: "Can the requesting State transfer, and the requested State take over, proceedings under their laws? The Convention has no procedure." },
    FindingSpec { id: "art21.legal_basis", citation: u(21), tests: "Shall the States consider transferring the proceedings for this covered offence (a duty to consider)?" },
    FindingSpec { id: "art27.1.cooperation", citation: u(27).para(1), tests: "Close law enforcement cooperation against covered offences, consistent with each State's systems." },
    FindingSpec { id: "art27.2.basis", citation: u(27).para(2), tests: "Absent an agreement, the States may consider the Convention the basis for direct law enforcement cooperation." },
    FindingSpec { id: "art27.3.technology", citation: u(27).para(3), tests: "Endeavour to cooperate against organized crime committed through modern technology." },
    FindingSpec { id: "art27.legal_basis", citation: u(27).para(2), tests: "May the Convention serve as the basis for law enforcement cooperation on this offence?" },
    FindingSpec { id: "art16.1.first_limb", citation: u(16).para(1), tests: "Art. 16 first limb: an offence covered by the Convention." },
    FindingSpec { id: "art16.1.second_limb", citation: u(16).para(1), tests: "Art. 16 second limb: an art. 3(1)(a)/(b) offence involving an organized criminal group, with the person sought located in the requested State (no transnationality needed)." },
    FindingSpec { id: "art16.1.dual_criminality", citation: u(16).para(1), tests: "Is the conduct punishable under the law of both States? A condition of both limbs (read as conduct-based; interpretation)." },
    FindingSpec { id: "art16.1.applies", citation: u(16).para(1), tests: "Does art. 16 apply: first or second limb, with dual criminality?" },
    FindingSpec { id: "art16.2.separate_serious_crimes", citation: u(16).para(2), tests: "For a request with several offences: may the requested State extend art. 16 to separate serious crimes the article does not reach (discretionary)?" },
    FindingSpec { id: "art16.3.deemed_included", citation: u(16).para(3), tests: "Is an extradition treaty in force between the States? Then the offences art. 16 applies to are deemed extraditable offences in it." },
    FindingSpec { id: "art16.5.a.notification", citation: u(16).para(5).letter('a'), tests: "Did the requested State notify that it takes the Convention as the legal basis for extradition? Yes, no, or nothing on record (undetermined, never yes)." },
    FindingSpec { id: "art16.4.convention_as_basis", citation: u(16).para(4), tests: "A treaty-requiring State with no treaty may take the Convention as the legal basis (discretionary)." },
    FindingSpec { id: "art16.6.recognised_as_extraditable", citation: u(16).para(6), tests: "A State that needs no treaty must recognise the offences as extraditable between the States." },
    FindingSpec { id: "art16.legal_basis", citation: u(16), tests: "Can the Convention be the legal basis for this extradition: in force between the States, art. 16 applies, and a route exists (16(3), 16(4) or 16(6))?" },
    FindingSpec { id: "art16.5.b.seek_treaties", citation: u(16).para(5).letter('b'), tests: "A State that does not take the Convention as a basis is to seek extradition treaties." },
    FindingSpec { id: "art16.7.domestic_conditions", citation: u(16).para(7), tests: "Extradition is subject to the requested State's law and treaties: minimum penalty, refusal grounds, evidence. Domestic-law questions art16.7.*." },
    FindingSpec { id: "art16.8.expedite", citation: u(16).para(8), tests: "Endeavour to expedite procedures and simplify evidentiary requirements." },
    FindingSpec { id: "art16.9.provisional_arrest", citation: u(16).para(9), tests: "The requested State may, if urgent, take the person into custody on request (discretionary)." },
    FindingSpec { id: "art16.10.prosecute_if_not_extradited", citation: u(16).para(10), tests: "If extradition is refused solely because the person is a national, the requested State must, at the requesting State's request, submit the case for prosecution." },
    FindingSpec { id: "art16.11.conditional_surrender", citation: u(16).para(11), tests: "Surrender of a national on condition of return to serve the sentence discharges the 16(10) duty, if the law allows and both States agree." },
    FindingSpec { id: "art16.12.enforce_foreign_sentence", citation: u(16).para(12), tests: "If extradition to enforce a sentence is refused because of nationality, the requested State shall consider enforcing the sentence, if its law permits." },
    FindingSpec { id: "art16.13.fair_treatment", citation: u(16).para(13), tests: "Fair treatment at all stages of the proceedings." },
    FindingSpec { id: "art16.14.discrimination_refusal", citation: u(16).para(14), tests: "No obligation to extradite where the request aims at persecution on a listed ground (a permitted refusal)." },
    FindingSpec { id: "art16.15.fiscal_not_sole_ground", citation: u(16).para(15), tests: "Refusal may not rest solely on the offence also involving fiscal matters." },
    FindingSpec { id: "art16.16.consult_before_refusal", citation: u(16).para(16), tests: "Consult the requesting State, where appropriate, before refusing." },
    FindingSpec { id: "art16.17.seek_agreements", citation: u(16).para(17), tests: "Seek agreements to carry out or enhance extradition (reported when the Convention gives no route)." },
    FindingSpec { id: "art13.1.covered_offence", citation: u(13).para(1), tests: "Is the offence covered by the Convention? Confiscation cooperation reaches only covered offences; the requested State may refuse otherwise (13(7)). No wider limb as in arts. 16(1) and 18(1)." },
    FindingSpec { id: "art13.1.requesting_jurisdiction", citation: u(13).para(1), tests: "Has the requesting State jurisdiction over the covered offence? Conduct on its territory gives it (art. 15(1)(a), interpretation); otherwise its law decides." },
    FindingSpec { id: "art13.property_in_requested_state", citation: u(13).para(1), tests: "Are the proceeds, property or instrumentalities situated in the requested State?" },
    FindingSpec { id: "art13.1.a.domestic_order", citation: u(13).para(1).letter('a'), tests: "The requested State seeks a confiscation order under its own law and gives effect to it (to the greatest extent possible)." },
    FindingSpec { id: "art13.1.b.give_effect_to_order", citation: u(13).para(1).letter('b'), tests: "The requested State gives effect to the requesting State's confiscation order (or proceeds under 13(1)(a), as its law provides)." },
    FindingSpec { id: "art13.2.identify_trace_freeze", citation: u(13).para(2), tests: "The requested State identifies, traces and freezes or seizes the property for eventual confiscation (mandatory)." },
    FindingSpec { id: "art13.measure", citation: u(13).para(1), tests: "Which art. 13 measure is asked (not given: the weaker obligation is reported)." },
    FindingSpec { id: "art13.6.treaty_basis", citation: u(13).para(6), tests: "A State requiring a treaty for confiscation cooperation shall consider the Convention the necessary and sufficient treaty basis." },
    FindingSpec { id: "art13.legal_basis", citation: u(13), tests: "Can the Convention be the legal basis for this confiscation request: in force between the States, a covered offence, the requesting State's jurisdiction, property in the requested State?" },
    FindingSpec { id: "art13.3.contents", citation: u(13).para(3), tests: "What a confiscation request must contain beyond art. 18(15), per measure (13(3)(a)-(c))." },
    FindingSpec { id: "art13.3.mla_rules_apply", citation: u(13).para(3), tests: "Article 18 applies mutatis mutandis to confiscation requests." },
    FindingSpec { id: "art13.3.fiscal_not_sole_ground", citation: u(18).para(22), tests: "Via art. 13(3): refusal may not rest solely on fiscal matters." },
    FindingSpec { id: "art12.6.bank_secrecy", citation: u(12).para(6), tests: "Bank, financial or commercial records can be ordered produced or seized; bank secrecy is no ground to decline." },
    FindingSpec { id: "art13.4.applicable_law", citation: u(13).para(4), tests: "Measures are decided and carried out under the requested State's law, or a treaty binding it." },
    FindingSpec { id: "art13.8.third_parties", citation: u(13).para(8), tests: "Rights of bona fide third parties are protected." },
    FindingSpec { id: "art13.9.agreements", citation: u(13).para(9), tests: "Consider agreements to enhance confiscation cooperation (reported when the Convention gives no basis)." },
    FindingSpec { id: "art14.1.disposal", citation: u(14).para(1), tests: "The confiscating State disposes of the property under its law." },
    FindingSpec { id: "art14.2.return_priority", citation: u(14).para(2), tests: "If the requesting State asks, priority consideration to returning the property for victims or legitimate owners, as far as the requested State's law permits." },
    FindingSpec { id: "art14.3.sharing", citation: u(14).para(3), tests: "The requested State may agree to contribute or share the value." },
    FindingSpec { id: "art18.1.first_limb", citation: u(18).para(1), tests: "Art. 18 first limb: an offence covered by the Convention." },
    FindingSpec { id: "art18.1.reasonable_suspicion.transnational", citation: u(18).para(1), tests: "Has the requesting State reasonable grounds to suspect the offence is transnational (incl. victims, witnesses, proceeds, instrumentalities or evidence in the requested State)?" },
    FindingSpec { id: "art18.1.reasonable_suspicion.ocg", citation: u(18).para(1), tests: "Has the requesting State reasonable grounds to suspect an organized criminal group is involved?" },
    FindingSpec { id: "art18.1.second_limb", citation: u(18).para(1), tests: "Art. 18 second limb: an art. 3(1)(a)/(b) offence plus the requesting State's reasonable suspicion of transnationality and group involvement." },
    FindingSpec { id: "art18.2.legal_persons", citation: u(18).para(2), tests: "Proceedings about an offence for which a legal person may be held liable under art. 10 in the requesting State." },
    FindingSpec { id: "art18.1.applies", citation: u(18).para(1), tests: "Does art. 18 apply: first limb, second limb, or art. 18(2)?" },
    FindingSpec { id: "art18.legal_basis", citation: u(18), tests: "Can the Convention be the legal basis for this MLA request: in force between the States and art. 18 applies?" },
    FindingSpec { id: "art18.3.purposes", citation: u(18).para(3), tests: "Is the assistance sought among the purposes of art. 18(3)(a)-(h), or (i) other assistance not contrary to the requested State's law?" },
    FindingSpec { id: "art18.4.spontaneous_information", citation: u(18).para(4), tests: "Information may be sent without a request; the recipient respects confidentiality (18(5))." },
    FindingSpec { id: "art18.7.paragraphs_9_29", citation: u(18).para(7), tests: "Do paragraphs 9-29 govern the request (no MLA treaty, or the States agreed to use them)?" },
    FindingSpec { id: "art18.7.treaty_governs", citation: u(18).para(7), tests: "An MLA treaty governs the procedure instead of paragraphs 9-29." },
    FindingSpec { id: "art18.8.bank_secrecy", citation: u(18).para(8), tests: "Assistance may not be declined for bank secrecy, even under a treaty." },
    FindingSpec { id: "art18.9.may_decline_without_dual_criminality", citation: u(18).para(9), tests: "Within paragraphs 9-29: may the requested State decline for lack of dual criminality (optional ground)?" },
    FindingSpec { id: "art18.10.transfer_of_detained_persons", citation: u(18).para(10), tests: "Temporary transfer of a detained person to give evidence, with consent and agreement (18(10)-(12))." },
    FindingSpec { id: "art18.13.central_authority", citation: u(18).para(13), tests: "Is the requested State's central authority on record?" },
    FindingSpec { id: "art18.14.language", citation: u(18).para(14), tests: "Are the requested State's acceptable languages on record?" },
    FindingSpec { id: "art18.15.contents", citation: u(18).para(15), tests: "What the request must contain (18(15)(a)-(f)); more may be asked (18(16))." },
    FindingSpec { id: "art18.17.applicable_law", citation: u(18).para(17), tests: "Execution under the requested State's law, following requested procedures where possible." },
    FindingSpec { id: "art18.18.videoconference", citation: u(18).para(18), tests: "Hearing by videoconference (discretionary)." },
    FindingSpec { id: "art18.19.use_limitation", citation: u(18).para(19), tests: "The requesting State may not use the material for other proceedings without consent (exculpatory exception)." },
    FindingSpec { id: "art18.20.confidentiality", citation: u(18).para(20), tests: "Confidentiality of the request." },
    FindingSpec { id: "art18.21.refusal_grounds", citation: u(18).para(21), tests: "The four refusal grounds of the mini-treaty; (c) and (d) are questions for the requested State's law." },
    FindingSpec { id: "art18.22.fiscal_not_sole_ground", citation: u(18).para(22), tests: "Refusal may not rest solely on fiscal matters." },
    FindingSpec { id: "art18.23.reasons_for_refusal", citation: u(18).para(23), tests: "Reasons must be given for a refusal." },
    FindingSpec { id: "art18.24.timeliness", citation: u(18).para(24), tests: "Execute as soon as possible; answer status inquiries." },
    FindingSpec { id: "art18.25.postponement", citation: u(18).para(25), tests: "Postponement for interference with ongoing proceedings (discretionary)." },
    FindingSpec { id: "art18.26.consult_before_refusal", citation: u(18).para(26), tests: "Consult before refusing or postponing, on conditional assistance." },
    FindingSpec { id: "art18.27.safe_conduct", citation: u(18).para(27), tests: "Safe conduct for witnesses and experts; it ends after 15 consecutive days of opportunity to leave." },
    FindingSpec { id: "art18.28.costs", citation: u(18).para(28), tests: "Ordinary costs borne by the requested State; extraordinary costs by consultation." },
    FindingSpec { id: "art18.29.government_records", citation: u(18).para(29), tests: "Public government records must be provided; non-public ones may be." },
    FindingSpec { id: "art18.30.agreements", citation: u(18).para(30), tests: "Consider agreements that serve or enhance art. 18 (reported when the Convention gives no basis)." },
    FindingSpec { id: "bases.other.<n>", citation: u(3).para(1), tests: "Does another instrument named in the case serve this request: binding both States (as stated), providing for this kind of cooperation, reaching the offence? Nothing about other instruments is assumed." },
    FindingSpec { id: "bases.on_top", citation: u(16).para(3), tests: "Where another treaty serves, what of the Convention still applies on top (16(3) for extradition; 18(6) and 18(8) for assistance)." },
    FindingSpec { id: "bases.convention_only", citation: u(3).para(1), tests: "Is the Convention the only basis, among those the case states, that serves this request?" },
];

/// Whether a concrete id (`art2.b.serious_crime.ITA#2`) is an instance of a spec id.
pub fn matches(spec_id: &str, id: &str) -> bool {
    let id = id.split('#').next().unwrap_or(id);
    let (s_parts, i_parts): (Vec<&str>, Vec<&str>) =
        (spec_id.split('.').collect(), id.split('.').collect());
    s_parts.len() == i_parts.len()
        && s_parts.iter().zip(&i_parts).all(|(s, i)| match *s {
            "<ISO3>" => i.len() == 3 && i.bytes().all(|b| b.is_ascii_uppercase()),
            "<protocol>" => ["tip", "som", "firearms"].contains(i),
            "<n>" => !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()),
            _ => s == i,
        })
}

/// The spec for a concrete id.
pub fn spec_for(id: &str) -> Option<&'static FindingSpec> {
    FINDINGS.iter().find(|s| matches(s.id, id))
}
