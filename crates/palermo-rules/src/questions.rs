//! The questions the Convention leaves to a State's own law. Each has a stable
//! id; a case answers it under `[domestic_law.<ISO3>]` with `true`/`false`, and
//! the finding that waits for it becomes determined, cited as stated in the case.

use palermo_cite::Provision;
use palermo_i18n::Msg;
use palermo_refdata::StateCode;

/// Which State's law answers a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The requesting State.
    Requesting,
    /// The requested State.
    Requested,
    /// The State whose law characterises the offence: the requesting State
    /// by default, or as `--serious-crime-law` chooses (requested, both,
    /// either).
    OffenceLaw,
}

/// One question in the catalogue.
#[derive(Clone, Copy, Debug)]
pub struct DomesticQuestion {
    /// Stable id.
    pub id: &'static str,
    /// Whose law answers it.
    pub role: Role,
    /// The provision that hands it to domestic law.
    pub citation: Provision,
    /// The question's message id (`q-art16-7-extradites-own-nationals`):
    /// its text, with `$state` where the State goes, is in
    /// `locales/<lang>/questions.ftl`. See [`DomesticQuestion::ask`].
    pub text_id: &'static str,
    /// The message id of what `true` means, for the reader of a case file
    /// (the question's id with `-if-true`). See [`DomesticQuestion::if_true`].
    pub if_true_id: &'static str,
}

impl DomesticQuestion {
    /// The question naming the State: a message, worded at the edge.
    pub fn ask(&self, state: StateCode) -> Msg {
        Msg::new(self.text_id).arg("state", state)
    }

    /// The question put to no State in particular ("the State"), for
    /// listings of the catalogue.
    pub fn ask_any(&self) -> Msg {
        Msg::new(self.text_id).arg("state", Msg::new("q-any-state"))
    }

    /// What `true` means, as a message.
    pub fn if_true(&self) -> Msg {
        Msg::new(self.if_true_id)
    }
}

const A16_7: Provision = Provision::untoc(16).para(7);

/// Every question the engine can ask, in the order it asks them.
pub const QUESTIONS: &[DomesticQuestion] = &[
    DomesticQuestion {
        id: "status.temporal.cooperates_on_earlier_conduct",
        role: Role::Requested,
        citation: Provision::articles(palermo_cite::Instrument::Untoc, 36, 38),
        text_id: "q-status-temporal-cooperates-on-earlier-conduct",
        if_true_id: "q-status-temporal-cooperates-on-earlier-conduct-if-true",
    },
    DomesticQuestion {
        id: "art16.7.extradites_own_nationals",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-extradites-own-nationals",
        if_true_id: "q-art16-7-extradites-own-nationals-if-true",
    },
    DomesticQuestion {
        id: "art16.7.minimum_penalty_met",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-minimum-penalty-met",
        if_true_id: "q-art16-7-minimum-penalty-met-if-true",
    },
    DomesticQuestion {
        id: "art16.7.political_offence_bar",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-political-offence-bar",
        if_true_id: "q-art16-7-political-offence-bar-if-true",
    },
    DomesticQuestion {
        id: "art16.7.death_penalty_bar",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-death-penalty-bar",
        if_true_id: "q-art16-7-death-penalty-bar-if-true",
    },
    DomesticQuestion {
        id: "art16.7.ne_bis_in_idem_bar",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-ne-bis-in-idem-bar",
        if_true_id: "q-art16-7-ne-bis-in-idem-bar-if-true",
    },
    DomesticQuestion {
        id: "art16.7.limitation_bar",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-limitation-bar",
        if_true_id: "q-art16-7-limitation-bar-if-true",
    },
    DomesticQuestion {
        id: "art16.7.evidentiary_standard_met",
        role: Role::Requested,
        citation: A16_7,
        text_id: "q-art16-7-evidentiary-standard-met",
        if_true_id: "q-art16-7-evidentiary-standard-met-if-true",
    },
    DomesticQuestion {
        id: "art16.10.prosecution_after_foreign_judgment",
        role: Role::Requested,
        citation: Provision::untoc(16).para(10),
        text_id: "q-art16-10-prosecution-after-foreign-judgment",
        if_true_id: "q-art16-10-prosecution-after-foreign-judgment-if-true",
    },
    DomesticQuestion {
        id: "art16.11.conditional_surrender_allowed",
        role: Role::Requested,
        citation: Provision::untoc(16).para(11),
        text_id: "q-art16-11-conditional-surrender-allowed",
        if_true_id: "q-art16-11-conditional-surrender-allowed-if-true",
    },
    DomesticQuestion {
        id: "art16.12.enforces_foreign_sentences",
        role: Role::Requested,
        citation: Provision::untoc(16).para(12),
        text_id: "q-art16-12-enforces-foreign-sentences",
        if_true_id: "q-art16-12-enforces-foreign-sentences-if-true",
    },
    DomesticQuestion {
        id: "art13.1.requesting_state_jurisdiction",
        role: Role::Requesting,
        citation: Provision::untoc(13).para(1),
        text_id: "q-art13-1-requesting-state-jurisdiction",
        if_true_id: "q-art13-1-requesting-state-jurisdiction-if-true",
    },
    DomesticQuestion {
        id: "art13.1.gives_effect_to_foreign_orders",
        role: Role::Requested,
        citation: Provision::untoc(13).para(1).letter('b'),
        text_id: "q-art13-1-gives-effect-to-foreign-orders",
        if_true_id: "q-art13-1-gives-effect-to-foreign-orders-if-true",
    },
    DomesticQuestion {
        id: "art14.2.return_permitted",
        role: Role::Requested,
        citation: Provision::untoc(14).para(2),
        text_id: "q-art14-2-return-permitted",
        if_true_id: "q-art14-2-return-permitted-if-true",
    },
    DomesticQuestion {
        id: "art20.1.technique_permitted",
        role: Role::Requested,
        citation: Provision::untoc(20).para(1),
        text_id: "q-art20-1-technique-permitted",
        if_true_id: "q-art20-1-technique-permitted-if-true",
    },
    DomesticQuestion {
        id: "art15.jurisdiction_established",
        role: Role::Requesting,
        citation: Provision::untoc(15),
        text_id: "q-art15-jurisdiction-established",
        if_true_id: "q-art15-jurisdiction-established-if-true",
    },
    DomesticQuestion {
        id: "art22.foreign_convictions_considered",
        role: Role::Requesting,
        citation: Provision::untoc(22),
        text_id: "q-art22-foreign-convictions-considered",
        if_true_id: "q-art22-foreign-convictions-considered-if-true",
    },
    DomesticQuestion {
        id: "art21.can_transfer_proceedings",
        role: Role::Requesting,
        citation: Provision::untoc(21),
        text_id: "q-art21-can-transfer-proceedings",
        if_true_id: "q-art21-can-transfer-proceedings-if-true",
    },
    DomesticQuestion {
        id: "art21.can_accept_proceedings",
        role: Role::Requested,
        citation: Provision::untoc(21),
        text_id: "q-art21-can-accept-proceedings",
        if_true_id: "q-art21-can-accept-proceedings-if-true",
    },
    DomesticQuestion {
        id: "art18.2.legal_person_liability",
        role: Role::Requesting,
        citation: Provision::untoc(10),
        text_id: "q-art18-2-legal-person-liability",
        if_true_id: "q-art18-2-legal-person-liability-if-true",
    },
    DomesticQuestion {
        id: "art18.3.i.other_assistance_permitted",
        role: Role::Requested,
        citation: Provision::untoc(18).para(3).letter('i'),
        text_id: "q-art18-3-i-other-assistance-permitted",
        if_true_id: "q-art18-3-i-other-assistance-permitted-if-true",
    },
    DomesticQuestion {
        id: "art18.9.assists_without_dual_criminality",
        role: Role::Requested,
        citation: Provision::untoc(18).para(9),
        text_id: "q-art18-9-assists-without-dual-criminality",
        if_true_id: "q-art18-9-assists-without-dual-criminality-if-true",
    },
    DomesticQuestion {
        id: "art18.21.c.domestic_bar_similar_offence",
        role: Role::Requested,
        citation: Provision::untoc(18).para(21).letter('c'),
        text_id: "q-art18-21-c-domestic-bar-similar-offence",
        if_true_id: "q-art18-21-c-domestic-bar-similar-offence-if-true",
    },
    DomesticQuestion {
        id: "art18.21.d.contrary_to_legal_system",
        role: Role::Requested,
        citation: Provision::untoc(18).para(21).letter('d'),
        text_id: "q-art18-21-d-contrary-to-legal-system",
        if_true_id: "q-art18-21-d-contrary-to-legal-system-if-true",
    },
    DomesticQuestion {
        id: "art5.1.a.i.agreement_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(5).para(1).letter('a').roman(1),
        text_id: "q-art5-1-a-i-agreement-offence",
        if_true_id: "q-art5-1-a-i-agreement-offence-if-true",
    },
    DomesticQuestion {
        id: "art5.1.a.ii.participation_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(5).para(1).letter('a').roman(2),
        text_id: "q-art5-1-a-ii-participation-offence",
        if_true_id: "q-art5-1-a-ii-participation-offence-if-true",
    },
    DomesticQuestion {
        id: "art6.1.b.i.acquisition_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(1).letter('b').roman(1),
        text_id: "q-art6-1-b-i-acquisition-offence",
        if_true_id: "q-art6-1-b-i-acquisition-offence-if-true",
    },
    DomesticQuestion {
        id: "art6.1.b.ii.ancillary_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(1).letter('b').roman(2),
        text_id: "q-art6-1-b-ii-ancillary-offence",
        if_true_id: "q-art6-1-b-ii-ancillary-offence-if-true",
    },
    DomesticQuestion {
        id: "art6.2.a.predicate_included",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(2).letter('a'),
        text_id: "q-art6-2-a-predicate-included",
        if_true_id: "q-art6-2-a-predicate-included-if-true",
    },
    DomesticQuestion {
        id: "art6.2.e.self_laundering_excluded",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(2).letter('e'),
        text_id: "q-art6-2-e-self-laundering-excluded",
        if_true_id: "q-art6-2-e-self-laundering-excluded-if-true",
    },
    DomesticQuestion {
        id: "art8.2.foreign_bribery_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(8).para(2),
        text_id: "q-art8-2-foreign-bribery-offence",
        if_true_id: "q-art8-2-foreign-bribery-offence-if-true",
    },
];

/// Looks up a question by id.
pub fn question(id: &str) -> Option<&'static DomesticQuestion> {
    QUESTIONS.iter().find(|q| q.id == id)
}
