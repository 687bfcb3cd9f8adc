//! The elements a request must contain, each with the provision that asks
//! for it: the completeness check is this list, not a form. Art. 18(15)(a)-(f)
//! for assistance (and, by art. 13(3), for confiscation, with 13(3)(a)-(c)
//! on top); for extradition the Convention lists no contents, so the
//! elements are those its provisions presuppose (16(1), 16(7), 16(9)), a
//! choice documented in docs/legal-method.md.

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;
use palermo_rules::Outcome;

use crate::compose::DraftKind;

/// One element of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// The authority making the request (18(15)(a)).
    Authority,
    /// How to reach it (recommended).
    Contact,
    /// The requested State's central authority, when none is on record
    /// (recommended; 18(13)).
    Addressee,
    /// Subject matter and nature of the proceedings (18(15)(b)).
    Proceedings,
    /// Name and functions of the authority conducting them (18(15)(b)).
    ConductingAuthority,
    /// A summary of the relevant facts (18(15)(c); 16(1); 13(3)).
    Facts,
    /// The assistance sought (18(15)(d)).
    Assistance,
    /// The persons concerned, where possible (18(15)(e); recommended).
    Persons,
    /// The purpose (18(15)(f)).
    Purpose,
    /// The identity of the person sought (16(1)).
    PersonSought,
    /// Where the person sought is (16(1)).
    PersonLocation,
    /// The provision that makes the conduct an offence in a State (16(1)).
    OffenceLaw(StateCode),
    /// A State's maximum penalty (16(7), 2(b)).
    Penalty(StateCode),
    /// The warrant or judgment (16(7)).
    Warrant,
    /// Why provisional arrest is urgent (16(9)).
    Urgency,
    /// A legal basis, when the Convention is not established as one.
    Basis(Outcome),
    /// What the confiscation request asks (13(1)-(2)).
    ConfiscationMeasure,
    /// The property to confiscate (13(3)(a)).
    Property,
    /// The property, for a freeze or an order to give effect to (recommended).
    PropertyRecommended,
    /// The confiscation order (13(3)(b)).
    Order,
    /// The extent of execution asked for (13(3)(b)).
    OrderExtent,
    /// The actions requested (13(3)(c)).
    Actions,
}

/// A missing element, as the completeness check reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// Which element.
    pub element: Element,
    /// What to supply, as a message.
    pub what: Msg,
    /// The provision that asks for it.
    pub citation: Provision,
}

fn u(article: u8) -> Provision {
    Provision::untoc(article)
}

impl Element {
    /// A stable id for JSON and tests (`mla.18.15.a.authority`-like ids are
    /// overkill: the element's name is enough).
    pub fn id(self) -> String {
        match self {
            Element::Authority => "authority".into(),
            Element::Contact => "contact".into(),
            Element::Addressee => "addressee".into(),
            Element::Proceedings => "proceedings".into(),
            Element::ConductingAuthority => "conducting_authority".into(),
            Element::Facts => "facts".into(),
            Element::Assistance => "assistance".into(),
            Element::Persons => "persons".into(),
            Element::Purpose => "purpose".into(),
            Element::PersonSought => "person_sought".into(),
            Element::PersonLocation => "person_location".into(),
            Element::OffenceLaw(s) => format!("offence_law.{s}"),
            Element::Penalty(s) => format!("penalty.{s}"),
            Element::Warrant => "warrant".into(),
            Element::Urgency => "urgency".into(),
            Element::Basis(_) => "legal_basis".into(),
            Element::ConfiscationMeasure => "confiscation_measure".into(),
            Element::Property | Element::PropertyRecommended => "property".into(),
            Element::Order => "order".into(),
            Element::OrderExtent => "order_extent".into(),
            Element::Actions => "actions".into(),
        }
    }

    /// Whether its absence makes the draft incomplete. The others are
    /// recommendations: 18(15)(e) asks for persons only "where possible",
    /// and a contact or the central authority's name helps without being
    /// asked for.
    pub fn required(self) -> bool {
        !matches!(
            self,
            Element::Contact | Element::Addressee | Element::Persons | Element::PropertyRecommended
        )
    }

    /// The provision that asks for it, in a request of `kind`.
    pub fn citation(self, kind: DraftKind) -> Provision {
        let extradition = kind == DraftKind::Extradition;
        match self {
            Element::Authority | Element::Contact if extradition => u(16).para(7),
            Element::Authority | Element::Contact => u(18).para(15).letter('a'),
            Element::Addressee => u(18).para(13),
            Element::Proceedings | Element::ConductingAuthority => u(18).para(15).letter('b'),
            Element::Facts if extradition => u(16).para(1),
            Element::Facts if kind == DraftKind::Confiscation => u(13).para(3),
            Element::Facts => u(18).para(15).letter('c'),
            Element::Assistance => u(18).para(15).letter('d'),
            Element::Persons => u(18).para(15).letter('e'),
            Element::Purpose => u(18).para(15).letter('f'),
            Element::PersonSought | Element::PersonLocation | Element::OffenceLaw(_) => {
                u(16).para(1)
            }
            Element::Penalty(_) | Element::Warrant => u(16).para(7),
            Element::Urgency => u(16).para(9),
            Element::Basis(_) => match kind {
                DraftKind::Extradition => u(16),
                DraftKind::MutualLegalAssistance => u(18),
                DraftKind::Confiscation => u(13),
            },
            Element::ConfiscationMeasure => u(13).para(3),
            Element::Property | Element::PropertyRecommended => u(13).para(3).letter('a'),
            Element::Order | Element::OrderExtent => u(13).para(3).letter('b'),
            Element::Actions => u(13).para(3).letter('c'),
        }
    }

    /// What to supply.
    pub fn what(self) -> Msg {
        let state_msg = |id: &'static str, s: StateCode| {
            Msg::new(id)
                .arg("state", Arg::State(s))
                .arg("code", Arg::Code(s))
        };
        match self {
            Element::Authority => Msg::new("gap-authority"),
            Element::Contact => Msg::new("gap-contact"),
            Element::Addressee => Msg::new("gap-addressee"),
            Element::Proceedings => Msg::new("gap-proceedings"),
            Element::ConductingAuthority => Msg::new("gap-conducting-authority"),
            Element::Facts => Msg::new("gap-facts"),
            Element::Assistance => Msg::new("gap-assistance"),
            Element::Persons => Msg::new("gap-persons"),
            Element::Purpose => Msg::new("gap-purpose"),
            Element::PersonSought => Msg::new("gap-person-sought"),
            Element::PersonLocation => Msg::new("gap-person-location"),
            Element::OffenceLaw(s) => state_msg("gap-offence-law", s),
            Element::Penalty(s) => state_msg("gap-penalty", s),
            Element::Warrant => Msg::new("gap-warrant"),
            Element::Urgency => Msg::new("gap-urgency"),
            Element::Basis(o) => Msg::new("gap-basis")
                .arg("outcome", Arg::Term(palermo_rules::answer::outcome_term(o))),
            Element::ConfiscationMeasure => Msg::new("gap-confiscation-measure"),
            Element::Property | Element::PropertyRecommended => Msg::new("gap-property"),
            Element::Order => Msg::new("gap-order"),
            Element::OrderExtent => Msg::new("gap-order-extent"),
            Element::Actions => Msg::new("gap-actions"),
        }
    }
}
