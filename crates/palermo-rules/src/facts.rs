//! The facts of a case, as the rules see them: every field optional, `None`
//! meaning unknown. The case reader (`palermo-case`) builds these from a file;
//! tests build them directly.

use std::collections::BTreeMap;

use jiff::civil::Date;
use palermo_cite::Instrument;
use palermo_refdata::StateCode;

/// What a practitioner knows about one matter.
#[derive(Clone, Debug, Default)]
pub struct Case {
    /// A title for display.
    pub title: Option<String>,
    /// The date at which treaty status is read.
    pub as_of: Option<Date>,
    /// The cooperation sought.
    pub request: Request,
    /// The offence(s); never empty once read (an absent `[offence]` is one
    /// offence about which nothing is known).
    pub offences: Vec<Offence>,
    /// Whether the case used `[[offences]]` (findings then carry `#n` suffixes).
    pub several_offences: bool,
    /// The group.
    pub group: Group,
    /// The requesting State's reasonable grounds to suspect (art. 18(1)).
    pub suspicion: Suspicion,
    /// Overrides of the reference data and fictional States.
    pub states: BTreeMap<StateCode, StateFacts>,
    /// Answers to domestic-law questions, by State and question id.
    pub domestic_law: BTreeMap<StateCode, BTreeMap<String, bool>>,
    /// Other instruments that may bind the two States (`[[other_bases]]`).
    pub other_bases: Vec<OtherBasis>,
}

/// The kind of another legal basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherInstrument {
    /// A bilateral treaty.
    BilateralTreaty,
    /// A regional convention or arrangement.
    RegionalConvention,
    /// The UN Convention against Corruption (2003).
    Uncac,
    /// The UN Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (1988).
    DrugConvention1988,
    /// The Council of Europe Convention on Cybercrime (2001).
    BudapestConvention,
    /// Reciprocity (comity), under domestic law.
    Reciprocity,
    /// Another instrument.
    Other,
}

impl OtherInstrument {
    /// Every kind.
    pub const ALL: [OtherInstrument; 7] = [
        OtherInstrument::BilateralTreaty,
        OtherInstrument::RegionalConvention,
        OtherInstrument::Uncac,
        OtherInstrument::DrugConvention1988,
        OtherInstrument::BudapestConvention,
        OtherInstrument::Reciprocity,
        OtherInstrument::Other,
    ];

    /// The case format's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            OtherInstrument::BilateralTreaty => "bilateral_treaty",
            OtherInstrument::RegionalConvention => "regional_convention",
            OtherInstrument::Uncac => "uncac",
            OtherInstrument::DrugConvention1988 => "drug_convention_1988",
            OtherInstrument::BudapestConvention => "budapest_convention",
            OtherInstrument::Reciprocity => "reciprocity",
            OtherInstrument::Other => "other",
        }
    }
}

/// Another instrument named in the case, with what the case states about it.
#[derive(Clone, Debug)]
pub struct OtherBasis {
    /// What it is.
    pub instrument: OtherInstrument,
    /// Its name, for display.
    pub name: Option<String>,
    /// It binds the two States (stated in the case; never assumed).
    pub in_force_between: Option<bool>,
    /// The kinds of cooperation it provides for.
    pub kinds: Option<Vec<RequestKind>>,
    /// The offence falls within its scope.
    pub covers_offence: Option<bool>,
}

/// `request.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RequestKind {
    /// Art. 16.
    Extradition,
    /// Art. 18.
    MutualLegalAssistance,
    /// Arts. 12-14.
    Confiscation,
    /// Art. 17.
    TransferOfSentencedPersons,
    /// Art. 21.
    TransferOfProceedings,
    /// Art. 19.
    JointInvestigation,
    /// Art. 20.
    SpecialInvestigativeTechniques,
    /// Art. 27.
    LawEnforcementCooperation,
}

impl RequestKind {
    /// Every kind, in the contract's order.
    pub const ALL: [RequestKind; 8] = [
        RequestKind::Extradition,
        RequestKind::MutualLegalAssistance,
        RequestKind::Confiscation,
        RequestKind::TransferOfSentencedPersons,
        RequestKind::TransferOfProceedings,
        RequestKind::JointInvestigation,
        RequestKind::SpecialInvestigativeTechniques,
        RequestKind::LawEnforcementCooperation,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Extradition => "extradition",
            RequestKind::MutualLegalAssistance => "mutual_legal_assistance",
            RequestKind::Confiscation => "confiscation",
            RequestKind::TransferOfSentencedPersons => "transfer_of_sentenced_persons",
            RequestKind::TransferOfProceedings => "transfer_of_proceedings",
            RequestKind::JointInvestigation => "joint_investigation",
            RequestKind::SpecialInvestigativeTechniques => "special_investigative_techniques",
            RequestKind::LawEnforcementCooperation => "law_enforcement_cooperation",
        }
    }
}

/// Art. 18(3) purposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// (a)
    TakingEvidence,
    /// (b)
    ServiceOfDocuments,
    /// (c)
    SearchSeizureFreezing,
    /// (d)
    ExaminingObjectsSites,
    /// (e)
    InformationExpertEvaluations,
    /// (f)
    DocumentsRecords,
    /// (g)
    TracingProceeds,
    /// (h)
    VoluntaryAppearance,
    /// (i)
    Other,
}

impl Measure {
    /// Every measure, in the order of art. 18(3).
    pub const ALL: [Measure; 9] = [
        Measure::TakingEvidence,
        Measure::ServiceOfDocuments,
        Measure::SearchSeizureFreezing,
        Measure::ExaminingObjectsSites,
        Measure::InformationExpertEvaluations,
        Measure::DocumentsRecords,
        Measure::TracingProceeds,
        Measure::VoluntaryAppearance,
        Measure::Other,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::TakingEvidence => "taking_evidence",
            Measure::ServiceOfDocuments => "service_of_documents",
            Measure::SearchSeizureFreezing => "search_seizure_freezing",
            Measure::ExaminingObjectsSites => "examining_objects_sites",
            Measure::InformationExpertEvaluations => "information_expert_evaluations",
            Measure::DocumentsRecords => "documents_records",
            Measure::TracingProceeds => "tracing_proceeds",
            Measure::VoluntaryAppearance => "voluntary_appearance",
            Measure::Other => "other",
        }
    }

    /// The subparagraph letter of art. 18(3).
    pub fn letter(self) -> char {
        (b'a'
            + Measure::ALL
                .iter()
                .position(|m| *m == self)
                .expect("invariant: listed") as u8) as char
    }
}

/// The cooperation sought.
#[derive(Clone, Debug, Default)]
pub struct Request {
    /// Kind of cooperation.
    pub kind: Option<RequestKind>,
    /// The State asking.
    pub requesting_state: Option<StateCode>,
    /// The State asked.
    pub requested_state: Option<StateCode>,
    /// Another treaty for this kind of cooperation binds the two States.
    pub treaty_in_force: Option<bool>,
    /// Its name, for display.
    pub treaty_name: Option<String>,
    /// MLA: the States agreed to apply art. 18(9)-(29) instead of their treaty.
    pub agreed_to_apply_art18_9_29: Option<bool>,
    /// MLA: the assistance sought.
    pub measures: Option<Vec<Measure>>,
    /// Extradition: where the person sought is.
    pub person_located_in: Option<StateCode>,
    /// Extradition: the person's nationalities.
    pub person_nationalities: Option<Vec<StateCode>>,
    /// Extradition sought to enforce a sentence already imposed.
    pub sentence_enforcement: Option<bool>,
    /// The offence also involves fiscal matters.
    pub fiscal_aspects: Option<bool>,
    /// MLA (addition): the proceedings concern the liability of a legal person (art. 18(2)).
    pub concerns_legal_person: Option<bool>,
    /// Confiscation (addition): what is asked of the requested State (art. 13).
    pub confiscation_measure: Option<ConfiscationMeasure>,
    /// Confiscation (addition): the proceeds, property or instrumentalities are in the requested State.
    pub property_in_requested_state: Option<bool>,
    /// Special investigative techniques (addition): the technique sought (art. 20).
    pub investigative_technique: Option<InvestigativeTechnique>,
    /// Controlled delivery (addition): the States the consignment crosses,
    /// from origin to destination (art. 20(4)).
    pub route_states: Option<Vec<StateCode>>,
    /// Controlled delivery (addition): whether each State on the route other
    /// than the two consents to the delivery crossing it (art. 20(4)).
    pub route_consent: BTreeMap<StateCode, bool>,
    /// Transfer of proceedings (addition): the States investigating or prosecuting the
    /// same conduct (art. 15(5), art. 21).
    pub states_investigating: Option<Vec<StateCode>>,
    /// Where the person habitually resides; with `person_nationalities = []`
    /// (stateless) it grounds art. 15(2)(b).
    pub person_habitual_residence: Option<StateCode>,
    /// States where the person was previously convicted (art. 22).
    pub previous_convictions_in: Option<Vec<StateCode>>,
    /// A witness (or victim who is a witness) needs relocating to another
    /// State for protection (art. 24(3)).
    pub witness_relocation_needed: Option<bool>,
    /// Where a person who took part in the group and can substantially help
    /// the other State's authorities is (art. 26(5)).
    pub cooperating_offender_in: Option<StateCode>,
    /// Confiscation (addition): the requesting State asks that confiscated property be returned
    /// to compensate victims or to its legitimate owners (art. 14(2)).
    pub return_requested: Option<bool>,
    /// MLA (addition): the ground on which the requested State's law would
    /// refuse under art. 18(21)(c) or (d), where the case knows it.
    pub refusal_ground: Option<RefusalGround>,
}

impl Request {
    /// The treaty's name as the case gives it, to be written in a sentence:
    /// a title, which English writes with "the" ("the European Convention on
    /// Extradition (1957)"), unless the case's words already start with it.
    ///
    /// For a message that frames the name itself ("le traité d'extradition
    /// « { $name } »"); [`Request::treaty_phrase`] stands for the treaty alone.
    pub fn treaty_title(&self) -> Option<palermo_i18n::Arg> {
        self.treaty_name.as_deref().map(title)
    }

    /// The treaty the case names, as a noun phrase that stands for it in a
    /// sentence where the language's words for "the treaty" would stand
    /// (`treaty-named`): English "the European Convention on Extradition
    /// (1957)", French "le traité « … »", Chinese "《…》". The name stays as
    /// the case writes it; each language frames a title it does not
    /// translate. Messages that take it also take an unnamed treaty's words
    /// ("the treaty", "their mutual legal assistance treaty") in its place.
    pub fn treaty_phrase(&self) -> Option<palermo_i18n::Arg> {
        let name = self.treaty_name.as_deref()?;
        // English adds "the" unless the case's words start with it.
        let id = if starts_with_the(name) {
            "treaty-named-with-the"
        } else {
            "treaty-named"
        };
        Some(
            palermo_i18n::Msg::new(id)
                .arg("name", palermo_i18n::Arg::text(name))
                .into(),
        )
    }
}

/// A title from the case, to be written in a sentence: English adds "the"
/// unless the words start with it (`treaty-title`); the other languages take
/// it as written, for a message that frames it.
pub(crate) fn title(name: &str) -> palermo_i18n::Arg {
    if starts_with_the(name) {
        palermo_i18n::Arg::text(name)
    } else {
        palermo_i18n::Msg::new("treaty-title")
            .arg("name", palermo_i18n::Arg::text(name))
            .into()
    }
}

/// Whether a title already starts with the English article.
fn starts_with_the(name: &str) -> bool {
    name.get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "))
}

/// `request.refusal_ground`: what a domestic bar under art. 18(21)(c)/(d)
/// rests on. Bank secrecy (18(8)) and the fiscal nature of the offence
/// (18(22)) are grounds the Convention rules out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefusalGround {
    /// Bank secrecy.
    BankSecrecy,
    /// The offence is also considered to involve fiscal matters.
    FiscalMatters,
    /// Any other ground.
    Other,
}

impl RefusalGround {
    /// Every ground.
    pub const ALL: [RefusalGround; 3] = [
        RefusalGround::BankSecrecy,
        RefusalGround::FiscalMatters,
        RefusalGround::Other,
    ];

    /// The case format's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            RefusalGround::BankSecrecy => "bank_secrecy",
            RefusalGround::FiscalMatters => "fiscal_matters",
            RefusalGround::Other => "other",
        }
    }
}

/// `request.investigative_technique`: art. 20(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvestigativeTechnique {
    /// Controlled delivery (art. 2(i)).
    ControlledDelivery,
    /// Electronic or other forms of surveillance.
    Surveillance,
    /// Undercover operations.
    Undercover,
}

impl InvestigativeTechnique {
    /// Every technique.
    pub const ALL: [InvestigativeTechnique; 3] = [
        InvestigativeTechnique::ControlledDelivery,
        InvestigativeTechnique::Surveillance,
        InvestigativeTechnique::Undercover,
    ];

    /// The case format's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            InvestigativeTechnique::ControlledDelivery => "controlled_delivery",
            InvestigativeTechnique::Surveillance => "surveillance",
            InvestigativeTechnique::Undercover => "undercover",
        }
    }
}

/// `request.confiscation_measure`: the three requests of art. 13.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfiscationMeasure {
    /// 13(1)(a): obtain a confiscation order under the requested State's law.
    DomesticOrder,
    /// 13(1)(b): give effect to the requesting State's confiscation order.
    GiveEffectToOrder,
    /// 13(2): identify, trace, freeze or seize for eventual confiscation.
    IdentifyTraceFreeze,
}

impl ConfiscationMeasure {
    /// Every measure.
    pub const ALL: [ConfiscationMeasure; 3] = [
        ConfiscationMeasure::DomesticOrder,
        ConfiscationMeasure::GiveEffectToOrder,
        ConfiscationMeasure::IdentifyTraceFreeze,
    ];

    /// The case format's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ConfiscationMeasure::DomesticOrder => "domestic_order",
            ConfiscationMeasure::GiveEffectToOrder => "give_effect_to_order",
            ConfiscationMeasure::IdentifyTraceFreeze => "identify_trace_freeze",
        }
    }
}

/// Statutory maximum penalty in one State's law (shared with the reference data).
pub use palermo_refdata::Penalty;

/// Offences established by the Convention or a Protocol (`offence.convention_offences`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ConventionOffence {
    /// Participation in an organized criminal group.
    UntocArt5,
    /// Laundering of proceeds of crime.
    UntocArt6,
    /// Corruption.
    UntocArt8,
    /// Obstruction of justice.
    UntocArt23,
    /// Trafficking in persons.
    TipArt5,
    /// Smuggling of migrants.
    SomArt6,
    /// Firearms offences.
    FirearmsArt5,
}

impl ConventionOffence {
    /// Every id, in the contract's order.
    pub const ALL: [ConventionOffence; 7] = [
        ConventionOffence::UntocArt5,
        ConventionOffence::UntocArt6,
        ConventionOffence::UntocArt8,
        ConventionOffence::UntocArt23,
        ConventionOffence::TipArt5,
        ConventionOffence::SomArt6,
        ConventionOffence::FirearmsArt5,
    ];

    /// The contract's spelling (`untoc.art5`).
    pub fn as_str(self) -> &'static str {
        match self {
            ConventionOffence::UntocArt5 => "untoc.art5",
            ConventionOffence::UntocArt6 => "untoc.art6",
            ConventionOffence::UntocArt8 => "untoc.art8",
            ConventionOffence::UntocArt23 => "untoc.art23",
            ConventionOffence::TipArt5 => "tip.art5",
            ConventionOffence::SomArt6 => "som.art6",
            ConventionOffence::FirearmsArt5 => "firearms.art5",
        }
    }

    /// The instrument that establishes it.
    pub fn instrument(self) -> Instrument {
        match self {
            ConventionOffence::TipArt5 => Instrument::Tip,
            ConventionOffence::SomArt6 => Instrument::Som,
            ConventionOffence::FirearmsArt5 => Instrument::Firearms,
            _ => Instrument::Untoc,
        }
    }

    /// Plain name.
    pub fn describe(self) -> &'static str {
        match self {
            ConventionOffence::UntocArt5 => {
                "participation in an organized criminal group (UNTOC art. 5)"
            }
            ConventionOffence::UntocArt6 => "laundering of proceeds of crime (UNTOC art. 6)",
            ConventionOffence::UntocArt8 => "corruption (UNTOC art. 8)",
            ConventionOffence::UntocArt23 => "obstruction of justice (UNTOC art. 23)",
            ConventionOffence::TipArt5 => "trafficking in persons (TIP art. 5)",
            ConventionOffence::SomArt6 => "smuggling of migrants (SOM art. 6)",
            ConventionOffence::FirearmsArt5 => {
                "illicit manufacturing of or trafficking in firearms (FP art. 5)"
            }
        }
    }
}

/// One offence.
#[derive(Clone, Debug, Default)]
pub struct Offence {
    /// What happened, for display.
    pub summary: Option<String>,
    /// Crime-catalogue ids.
    pub crime_types: Vec<String>,
    /// Convention and Protocol offences the conduct constitutes.
    pub convention_offences: Option<Vec<ConventionOffence>>,
    /// Art. 3(2)(a): States where it was committed.
    pub committed_in: Option<Vec<StateCode>>,
    /// Art. 3(2)(b): States where a substantial part of preparation, planning, direction or control took place.
    pub prepared_in: Option<Vec<StateCode>>,
    /// Art. 3(2)(d): States where it had substantial effects.
    pub substantial_effects_in: Option<Vec<StateCode>>,
    /// Flag States of the vessels and registry States of the aircraft on
    /// board which the offence was committed (art. 15(1)(b)).
    pub aboard_flag_states: Option<Vec<StateCode>>,
    /// Nationalities of the victims (art. 15(2)(a)).
    pub victim_nationalities: Option<Vec<StateCode>>,
    /// States on whose territory the serious crime that the group's activity
    /// was aimed at was to be committed (art. 15(2)(c)(i)).
    pub aimed_at: Option<Vec<StateCode>>,
    /// The group took part in this offence.
    pub involves_group: Option<bool>,
    /// Whether the conduct is an offence in each State's law.
    pub punishable_in: BTreeMap<StateCode, bool>,
    /// Statutory maximum in each State's law.
    pub max_penalty: BTreeMap<StateCode, Penalty>,
    /// When the conduct took place.
    pub conduct_date: Option<Date>,
    /// Whether the conduct was an offence in each State's law when it was
    /// committed (addition: asked when it predates entry into force between
    /// the two States).
    pub punishable_when_committed: BTreeMap<StateCode, bool>,
    /// The conduct described by its elements, for the Protocols' offences
    /// (addition: for users who cannot name the offence).
    pub elements: Elements,
}

/// TIP art. 3(a): the acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TipAct {
    /// Recruitment.
    Recruitment,
    /// Transportation.
    Transportation,
    /// Transfer.
    Transfer,
    /// Harbouring.
    Harbouring,
    /// Receipt.
    Receipt,
}

/// TIP art. 3(a): the means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TipMeans {
    /// Threat or use of force, or other coercion.
    ForceOrCoercion,
    /// Abduction.
    Abduction,
    /// Fraud or deception.
    FraudOrDeception,
    /// Abuse of power.
    AbuseOfPower,
    /// Abuse of a position of vulnerability.
    AbuseOfVulnerability,
    /// Payments or benefits to a person having control over the victim.
    PaymentsToController,
}

/// TIP art. 3(a): the purposes (exploitation; the list is a floor).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TipPurpose {
    /// Exploitation of the prostitution of others or other sexual exploitation.
    SexualExploitation,
    /// Forced labour or services.
    ForcedLabour,
    /// Slavery or practices similar to slavery.
    Slavery,
    /// Servitude.
    Servitude,
    /// Removal of organs.
    OrganRemoval,
    /// Another form of exploitation.
    OtherExploitation,
}

/// SOM art. 3(a), 6(1): why the smuggler acted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmugglingMotive {
    /// A financial benefit.
    Financial,
    /// Another material benefit.
    OtherMaterial,
    /// Humanitarian help.
    Humanitarian,
    /// Help to family members.
    Family,
    /// No benefit.
    None,
}

/// FP art. 5(1): the conduct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirearmsConduct {
    /// Illicit manufacturing (art. 3(d)).
    IllicitManufacturing,
    /// Illicit trafficking (art. 3(e)).
    IllicitTrafficking,
    /// Falsifying or removing markings.
    MarkingTampering,
}

/// UNTOC art. 5(1): the participation conduct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParticipationConduct {
    /// Agreeing with one or more others to commit a serious crime (5(1)(a)(i)).
    Agreement,
    /// Taking an active part in the group's criminal activities (5(1)(a)(ii)(a)).
    ActivePartCriminal,
    /// Taking part in the group's other activities (5(1)(a)(ii)(b)).
    ActivePartOther,
    /// Organizing, directing, aiding, abetting, facilitating or counselling
    /// serious crime involving the group (5(1)(b)).
    Organizing,
}

/// UNTOC art. 6(1): the laundering conduct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaunderingConduct {
    /// Converting or transferring property (6(1)(a)(i)).
    ConvertOrTransfer,
    /// Concealing or disguising its nature, source, location, disposition,
    /// movement or ownership, or rights in it (6(1)(a)(ii)).
    ConcealOrDisguise,
    /// Acquiring, possessing or using it (6(1)(b)(i)).
    AcquirePossessUse,
    /// Participating in, associating with, conspiring, attempting, aiding,
    /// abetting, facilitating or counselling an art. 6 offence (6(1)(b)(ii)).
    Ancillary,
}

/// UNTOC art. 6(1)(a)(i): the purpose of converting or transferring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaunderingPurpose {
    /// Concealing or disguising the property's illicit origin.
    ConcealOrigin,
    /// Helping a person involved in the predicate offence evade its legal
    /// consequences.
    HelpEvade,
    /// Neither.
    None,
}

/// UNTOC art. 6(2)(b): what kind of offence produced the proceeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PredicateKind {
    /// A serious crime (art. 2(b)).
    SeriousCrime,
    /// An offence under art. 5, 8 or 23.
    ConventionOffence,
    /// Another offence.
    Other,
}

/// UNTOC art. 8: which side of the bribe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BriberySide {
    /// Promising, offering or giving (8(1)(a)).
    Active,
    /// Soliciting or accepting (8(1)(b)).
    Passive,
}

/// UNTOC art. 8: whose official.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficialKind {
    /// A public official of the State whose law applies (8(1), 8(4)).
    National,
    /// A foreign public official (8(2)).
    Foreign,
    /// An international civil servant (8(2)).
    International,
}

/// UNTOC art. 23: the means of obstruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObstructionMeans {
    /// Physical force.
    PhysicalForce,
    /// Threats.
    Threats,
    /// Intimidation.
    Intimidation,
    /// Promising, offering or giving an undue advantage (23(a) only).
    UndueAdvantage,
}

/// UNTOC art. 23: what the obstruction aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObstructionAim {
    /// Inducing false testimony (23(a)).
    FalseTestimony,
    /// Interfering with testimony or the production of evidence (23(a)).
    InterfereWithEvidence,
    /// Interfering with a justice or law enforcement official's duties (23(b)).
    InterfereWithOfficial,
}

/// The elements of the conduct (`[offence.elements]`).
#[derive(Clone, Debug, Default)]
pub struct Elements {
    /// TIP: the acts done.
    pub tip_acts: Option<Vec<TipAct>>,
    /// TIP: the means used (empty: none).
    pub tip_means: Option<Vec<TipMeans>>,
    /// TIP: the purposes of exploitation.
    pub tip_purposes: Option<Vec<TipPurpose>>,
    /// TIP: the victim's age at the time (under 18: a child, art. 3(d)).
    pub victim_age: Option<u32>,
    /// TIP: the victim consented to the intended exploitation (irrelevant once a means is used, art. 3(b)).
    pub victim_consented: Option<bool>,
    /// SOM: the conduct procured a person's illegal entry into a State of which
    /// the person is neither a national nor a permanent resident.
    pub procured_illegal_entry: Option<bool>,
    /// SOM: why.
    pub smuggling_motive: Option<SmugglingMotive>,
    /// FP: the conduct.
    pub firearms_conduct: Option<Vec<FirearmsConduct>>,
    /// The conduct was intentional (every Convention and Protocol offence
    /// requires intent).
    pub intentional: Option<bool>,
    /// UNTOC art. 5: the participation conduct.
    pub participation_conduct: Option<Vec<ParticipationConduct>>,
    /// UNTOC art. 5: the crime agreed on, or whose commission was organized,
    /// is a serious crime (art. 2(b)).
    pub object_crime_serious: Option<bool>,
    /// UNTOC art. 5(1)(a)(i): the agreement served to obtain, directly or
    /// indirectly, a financial or other material benefit.
    pub agreement_benefit: Option<bool>,
    /// UNTOC art. 5(1)(a)(i): a participant did an act in furtherance of the
    /// agreement (an element some States add).
    pub overt_act: Option<bool>,
    /// UNTOC art. 5(1)(a)(ii): the person knew the group's aim and general
    /// criminal activity, or its intention to commit the crimes in question.
    pub knew_group_aim: Option<bool>,
    /// UNTOC art. 5(1)(a)(ii)(b): the person knew the participation would
    /// contribute to that criminal aim.
    pub knew_contribution: Option<bool>,
    /// UNTOC art. 6: the laundering conduct.
    pub laundering_conduct: Option<Vec<LaunderingConduct>>,
    /// UNTOC art. 6(1): the person knew the property was proceeds of crime
    /// (for acquisition, possession or use: at the time of receipt).
    pub knew_proceeds: Option<bool>,
    /// UNTOC art. 6(1)(a)(i): why the property was converted or transferred.
    pub laundering_purpose: Option<LaunderingPurpose>,
    /// UNTOC art. 6(2)(b): the kind of offence that produced the proceeds.
    pub predicate: Option<PredicateKind>,
    /// UNTOC art. 6(2)(c): where the predicate offence was committed.
    pub predicate_committed_in: Option<StateCode>,
    /// UNTOC art. 6(2)(c): whether the predicate conduct is an offence under
    /// each State's law.
    pub predicate_punishable_in: BTreeMap<StateCode, bool>,
    /// UNTOC art. 6(2)(e): the person laundering also committed the
    /// predicate offence.
    pub self_laundering: Option<bool>,
    /// UNTOC art. 8: which side of the bribe.
    pub bribery: Option<BriberySide>,
    /// UNTOC art. 8: whose official.
    pub official: Option<OfficialKind>,
    /// UNTOC art. 8: an undue advantage was promised, offered or given (or
    /// solicited or accepted), for the official or another.
    pub undue_advantage: Option<bool>,
    /// UNTOC art. 8: so that the official would act or refrain from acting in
    /// the exercise of official duties.
    pub official_act: Option<bool>,
    /// UNTOC art. 23: the means used.
    pub obstruction_means: Option<Vec<ObstructionMeans>>,
    /// UNTOC art. 23: what the obstruction aimed at.
    pub obstruction_aim: Option<ObstructionAim>,
    /// UNTOC art. 23: the proceeding, or the official's duties, concern
    /// offences covered by the Convention.
    pub proceeding_covered: Option<bool>,
}

impl Offence {
    /// Whether the conduct is punishable in `state`: stated, or implied by a
    /// stated maximum penalty (`none` = not an offence).
    pub fn punishable(&self, state: StateCode) -> Option<bool> {
        self.punishable_in.get(&state).copied().or_else(|| {
            self.max_penalty
                .get(&state)
                .map(|p| *p != Penalty::NotAnOffence)
        })
    }
}

/// `group.aims`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aim {
    /// One or more serious crimes.
    SeriousCrime,
    /// Offences established by the Convention.
    ConventionOffence,
    /// Something else.
    Other,
}

/// `group.benefit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Benefit {
    /// Money.
    Financial,
    /// Other material benefit (read broadly).
    OtherMaterial,
    /// No benefit sought.
    None,
    /// Purely political or ideological motive.
    PoliticalIdeological,
}

/// The group.
#[derive(Clone, Debug, Default)]
pub struct Group {
    /// Number of persons.
    pub members: Option<u32>,
    /// Formed at random for the immediate commission of one offence.
    pub randomly_formed: Option<bool>,
    /// Exists for a period of time.
    pub exists_for_period: Option<bool>,
    /// Members act in concert.
    pub acts_in_concert: Option<bool>,
    /// What the group aims at.
    pub aims: Option<Vec<Aim>>,
    /// The benefit it seeks.
    pub benefit: Option<Benefit>,
    /// States where the group engages in criminal activity.
    pub active_in: Option<Vec<StateCode>>,
}

/// The requesting State's reasonable grounds to suspect.
#[derive(Clone, Debug, Default)]
pub struct Suspicion {
    /// ... that the offence is transnational.
    pub transnational: Option<bool>,
    /// ... that an organized criminal group is involved.
    pub organized_criminal_group: Option<bool>,
}

/// A deposit of consent as stated in a case: a date, or never deposited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consent {
    /// Deposited on that date.
    Deposited(Date),
    /// Never deposited: not a party.
    None,
}

/// Facts about a State stated in the case (they win over the reference data).
#[derive(Clone, Debug, Default)]
pub struct StateFacts {
    /// Display name (fictional States).
    pub name: Option<String>,
    /// Deposit of the instrument of consent to the Convention.
    pub untoc_consent: Option<Consent>,
    /// Deposits for the Protocols.
    pub protocols: BTreeMap<Instrument, Consent>,
    /// Date the Secretary-General received a denunciation of the Convention (art. 40).
    pub untoc_denunciation: Option<Date>,
    /// Makes extradition conditional on a treaty (art. 16(4)-(5)).
    pub extradition_requires_treaty: Option<bool>,
    /// Its art. 16(5)(a) notification: takes the Convention as the legal basis.
    pub convention_as_extradition_basis: Option<bool>,
    /// Central authority for MLA (art. 18(13)).
    pub central_authority: Option<String>,
    /// Acceptable languages for MLA requests (art. 18(14)).
    pub languages: Option<Vec<String>>,
    /// REIO only: the matter is within its declared competence (art. 2(j), 36(3)).
    pub within_competence: Option<bool>,
    /// Makes confiscation cooperation conditional on a treaty (art. 13(6)).
    pub confiscation_requires_treaty: Option<bool>,
    /// Opted out of compulsory dispute settlement (art. 35(3)).
    pub art35_opt_out: Option<bool>,
    /// Opted out of a Protocol's compulsory dispute settlement (TIP art.
    /// 15(3), SOM art. 20(3), FP art. 16(3)), per Protocol.
    pub protocol_dispute_opt_out: BTreeMap<Instrument, bool>,
}

/// Engine options: interpretive choices the user may switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Options {
    /// Whose law decides "serious crime" for the art. 3(1)(b) scope test.
    pub serious_crime_law: SeriousCrimeLaw,
}

/// Whose statutory maximum decides art. 3(1)(b) (rules spec §2.1 item 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SeriousCrimeLaw {
    /// The requesting State's (the State investigating or prosecuting). Default.
    #[default]
    Requesting,
    /// The requested State's.
    Requested,
    /// Both must qualify.
    Both,
    /// Either suffices.
    Either,
}
