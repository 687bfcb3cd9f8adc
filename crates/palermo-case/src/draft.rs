//! What a request needs beyond the legal facts: who asks, the facts in the
//! drafter's words, the persons, the property, the order or warrant. Read
//! from the case's `[draft]` table; the engine never reads it, the drafting
//! crate does.

use std::collections::BTreeMap;

use jiff::civil::Date;
use palermo_refdata::StateCode;

/// The `[draft]` table of a case.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftFacts {
    /// The requesting authority's reference.
    pub reference: Option<String>,
    /// The date the request bears.
    pub date: Option<Date>,
    /// The authority making the request (art. 18(15)(a)).
    pub requesting_authority: Option<String>,
    /// How the requested State reaches it: name, address, telephone, e-mail.
    pub contact: Option<String>,
    /// To whom the request goes, when not the central authority on record.
    pub addressee: Option<String>,
    /// The subject matter and nature of the investigation, prosecution or
    /// proceeding (18(15)(b)).
    pub proceedings: Option<String>,
    /// The name and functions of the authority conducting it (18(15)(b)).
    pub conducting_authority: Option<String>,
    /// A summary of the relevant facts (18(15)(c), 13(3)).
    pub facts: Option<String>,
    /// The assistance sought (18(15)(d)).
    pub assistance: Option<String>,
    /// A particular procedure the requesting State wishes followed (18(15)(d)).
    pub procedure: Option<String>,
    /// Why the evidence, information or action is sought (18(15)(f)).
    pub purpose: Option<String>,
    /// Additional information that helps execution (18(16)).
    pub additional: Option<String>,
    /// The provisions that make the conduct an offence, per State.
    pub offence_law: BTreeMap<StateCode, String>,
    /// Why the request is urgent.
    pub urgency: Option<String>,
    /// Extradition: provisional arrest is asked for (16(9)).
    pub provisional_arrest: Option<bool>,
    /// Ask the requested State to keep the request confidential (18(20)).
    pub confidentiality: Option<bool>,
    /// Undertake not to use what is given for other proceedings (18(19)).
    pub use_limitation: Option<bool>,
    /// The documents sent with the request.
    pub attachments: Vec<String>,
    /// The persons concerned (18(15)(e); the person sought).
    pub persons: Vec<Person>,
    /// The property to trace, freeze or confiscate (13(3)(a)).
    pub property: Vec<Property>,
    /// The confiscation order to give effect to (13(3)(b)).
    pub order: Option<Order>,
    /// The arrest warrant or judgment extradition is sought on.
    pub warrant: Option<Order>,
}

/// The role of a person in the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonRole {
    /// The person whose extradition is sought.
    PersonSought,
    /// A suspect or accused.
    Suspect,
    /// A witness.
    Witness,
    /// A victim.
    Victim,
    /// An owner or holder of property or records.
    Owner,
    /// Anyone else.
    Other,
}

impl PersonRole {
    /// Every role.
    pub const ALL: [PersonRole; 6] = [
        PersonRole::PersonSought,
        PersonRole::Suspect,
        PersonRole::Witness,
        PersonRole::Victim,
        PersonRole::Owner,
        PersonRole::Other,
    ];

    /// The case format's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonRole::PersonSought => "person_sought",
            PersonRole::Suspect => "suspect",
            PersonRole::Witness => "witness",
            PersonRole::Victim => "victim",
            PersonRole::Owner => "owner",
            PersonRole::Other => "other",
        }
    }
}

/// A person named in the request.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// Their role.
    pub role: PersonRole,
    /// Full name, as written in official documents.
    pub name: Option<String>,
    /// Other names used.
    pub aliases: Option<String>,
    /// Date of birth, as known (a partial date is kept as written).
    pub date_of_birth: Option<String>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Nationalities.
    pub nationalities: Vec<StateCode>,
    /// Passport or identity documents.
    pub identity_documents: Option<String>,
    /// Where the person is, or is believed to be.
    pub location: Option<String>,
    /// A physical description or other identifying details.
    pub description: Option<String>,
}

/// Property to trace, freeze, seize or confiscate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Property {
    /// What it is (account, real estate, vehicle).
    pub description: Option<String>,
    /// Where it is (bank and account, address, register entry).
    pub location: Option<String>,
    /// Its estimated value.
    pub value: Option<String>,
}

/// An order, warrant or judgment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Order {
    /// The court or authority that issued it.
    pub issued_by: Option<String>,
    /// When.
    pub date: Option<Date>,
    /// Its number.
    pub reference: Option<String>,
    /// Whether it is final (no longer open to ordinary appeal).
    pub is_final: Option<bool>,
    /// For a confiscation order: to what extent execution is asked for
    /// (13(3)(b)); for a judgment: the sentence and what remains to serve.
    pub extent: Option<String>,
}
