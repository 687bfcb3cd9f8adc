//! The questions the Convention leaves to a State's own law. Each has a stable
//! id; a case answers it under `[domestic_law.<ISO3>]` with `true`/`false`, and
//! the finding that waits for it becomes determined, cited as stated in the case.

use palermo_cite::Provision;

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
    /// The question, with `{state}` where the State's name goes.
    pub text: &'static str,
    /// What `true` means, for the reader of a case file.
    pub if_true: &'static str,
}

impl DomesticQuestion {
    /// The question naming the State.
    pub fn ask(&self, state_label: &str) -> String {
        // A char search: `split_once` with a string pattern sets up a
        // substring searcher each time, and every assessment asks many.
        let at = self
            .text
            .find('{')
            .filter(|&i| self.text[i..].starts_with("{state}"));
        match at.map(|i| (&self.text[..i], &self.text[i + "{state}".len()..])) {
            Some((before, after)) => {
                let mut s = String::with_capacity(self.text.len() + state_label.len());
                s.push_str(before);
                s.push_str(state_label);
                s.push_str(after);
                s
            }
            None => self.text.to_string(),
        }
    }
}

const A16_7: Provision = Provision::untoc(16).para(7);

/// Every question the engine can ask, in the order it asks them.
pub const QUESTIONS: &[DomesticQuestion] = &[
    DomesticQuestion {
        id: "status.temporal.cooperates_on_earlier_conduct",
        role: Role::Requested,
        citation: Provision::articles(palermo_cite::Instrument::Untoc, 36, 38),
        text: "Does {state} follow the prevailing reading that the Convention serves for a request made after its entry into force even where the conduct is earlier (answer false if its law or practice departs from that reading)?",
        if_true: "it follows that reading and cooperates on earlier conduct",
    },
    DomesticQuestion {
        id: "art16.7.extradites_own_nationals",
        role: Role::Requested,
        citation: A16_7,
        text: "Does {state}'s law allow it to extradite its own nationals?",
        if_true: "it extradites its nationals",
    },
    DomesticQuestion {
        id: "art16.7.minimum_penalty_met",
        role: Role::Requested,
        citation: A16_7,
        text: "Does the offence meet {state}'s minimum-penalty threshold for extradition?",
        if_true: "the threshold is met",
    },
    DomesticQuestion {
        id: "art16.7.political_offence_bar",
        role: Role::Requested,
        citation: A16_7,
        text: "Would {state}'s law refuse extradition because it regards the offence as political?",
        if_true: "the political-offence exception bars extradition",
    },
    DomesticQuestion {
        id: "art16.7.death_penalty_bar",
        role: Role::Requested,
        citation: A16_7,
        text: "Would {state}'s law refuse extradition because of the death penalty in the requesting State (absent assurances)?",
        if_true: "the death-penalty rule bars extradition",
    },
    DomesticQuestion {
        id: "art16.7.ne_bis_in_idem_bar",
        role: Role::Requested,
        citation: A16_7,
        text: "Would {state}'s law refuse extradition because the person was already tried for the same conduct (ne bis in idem)?",
        if_true: "ne bis in idem bars extradition",
    },
    DomesticQuestion {
        id: "art16.7.limitation_bar",
        role: Role::Requested,
        citation: A16_7,
        text: "Would {state}'s law refuse extradition because prosecution or punishment is time-barred?",
        if_true: "limitation bars extradition",
    },
    DomesticQuestion {
        id: "art16.7.evidentiary_standard_met",
        role: Role::Requested,
        citation: A16_7,
        text: "Does the request meet {state}'s evidentiary requirements for extradition?",
        if_true: "the requirements are met",
    },
    DomesticQuestion {
        id: "art16.10.prosecution_after_foreign_judgment",
        role: Role::Requested,
        citation: Provision::untoc(16).para(10),
        text: "Does {state}'s law allow prosecuting a person for conduct for which the requesting State has already convicted and sentenced the person (no ne bis in idem bar)?",
        if_true: "prosecution despite the foreign judgment is possible",
    },
    DomesticQuestion {
        id: "art16.11.conditional_surrender_allowed",
        role: Role::Requested,
        citation: Provision::untoc(16).para(11),
        text: "Does {state}'s law allow surrendering a national on condition that the person is returned to serve the sentence there?",
        if_true: "conditional surrender is allowed",
    },
    DomesticQuestion {
        id: "art16.12.enforces_foreign_sentences",
        role: Role::Requested,
        citation: Provision::untoc(16).para(12),
        text: "Does {state}'s law permit it to enforce a sentence imposed under the requesting State's law?",
        if_true: "it may enforce foreign sentences",
    },
    DomesticQuestion {
        id: "art13.1.requesting_state_jurisdiction",
        role: Role::Requesting,
        citation: Provision::untoc(13).para(1),
        text: "Does {state} have jurisdiction over the offence (the conduct did not take place on its territory)?",
        if_true: "it has jurisdiction",
    },
    DomesticQuestion {
        id: "art13.1.gives_effect_to_foreign_orders",
        role: Role::Requested,
        citation: Provision::untoc(13).para(1).letter('b'),
        text: "Does {state}'s law let it give effect to a foreign confiscation order (art. 13(1)(b)), rather than only seek an order of its own (13(1)(a))?",
        if_true: "it gives effect to foreign orders",
    },
    DomesticQuestion {
        id: "art14.2.return_permitted",
        role: Role::Requested,
        citation: Provision::untoc(14).para(2),
        text: "Does {state}'s law permit returning confiscated property to the requesting State for victims or legitimate owners?",
        if_true: "return is permitted",
    },
    DomesticQuestion {
        id: "art20.1.technique_permitted",
        role: Role::Requested,
        citation: Provision::untoc(20).para(1),
        text: "Do the basic principles of {state}'s legal system permit its authorities to use the technique sought on its territory?",
        if_true: "the technique is available",
    },
    DomesticQuestion {
        id: "art15.jurisdiction_established",
        role: Role::Requesting,
        citation: Provision::untoc(15),
        text: "Has {state} established jurisdiction over this offence on the ground art. 15 gives it?",
        if_true: "it has jurisdiction",
    },
    DomesticQuestion {
        id: "art22.foreign_convictions_considered",
        role: Role::Requesting,
        citation: Provision::untoc(22),
        text: "Does {state}'s law let its courts take a previous conviction in another State into account in these proceedings?",
        if_true: "the foreign conviction can be taken into account",
    },
    DomesticQuestion {
        id: "art21.can_transfer_proceedings",
        role: Role::Requesting,
        citation: Provision::untoc(21),
        text: "Can {state} transfer criminal proceedings to another State under its law?",
        if_true: "it can transfer them",
    },
    DomesticQuestion {
        id: "art21.can_accept_proceedings",
        role: Role::Requested,
        citation: Provision::untoc(21),
        text: "Can {state} take over criminal proceedings from another State under its law?",
        if_true: "it can take them over",
    },
    DomesticQuestion {
        id: "art18.2.legal_person_liability",
        role: Role::Requesting,
        citation: Provision::untoc(10),
        text: "Can a legal person be held liable for this offence under {state}'s law (art. 10)?",
        if_true: "legal persons can be held liable",
    },
    DomesticQuestion {
        id: "art18.3.i.other_assistance_permitted",
        role: Role::Requested,
        citation: Provision::untoc(18).para(3).letter('i'),
        text: "Is the other assistance requested permitted by {state}'s law?",
        if_true: "it is permitted",
    },
    DomesticQuestion {
        id: "art18.9.assists_without_dual_criminality",
        role: Role::Requested,
        citation: Provision::untoc(18).para(9),
        text: "Does {state} give assistance when the conduct is not an offence under its own law?",
        if_true: "it assists anyway",
    },
    DomesticQuestion {
        id: "art18.21.c.domestic_bar_similar_offence",
        role: Role::Requested,
        citation: Provision::untoc(18).para(21).letter('c'),
        text: "Would {state}'s law bar its own authorities from taking the requested action for a similar domestic offence, on a ground other than bank secrecy or the fiscal nature of the offence (which arts. 18(8) and 18(22) rule out)?",
        if_true: "the action would be barred",
    },
    DomesticQuestion {
        id: "art18.21.d.contrary_to_legal_system",
        role: Role::Requested,
        citation: Provision::untoc(18).para(21).letter('d'),
        text: "Would granting the request be contrary to {state}'s legal system on mutual legal assistance, for a reason other than bank secrecy or the fiscal nature of the offence (which arts. 18(8) and 18(22) rule out)?",
        if_true: "it would be contrary",
    },
    DomesticQuestion {
        id: "art5.1.a.i.agreement_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(5).para(1).letter('a').roman(1),
        text: "Does {state}'s law make an agreement to commit a serious crime an offence (the art. 5(1)(a)(i) model), with whatever act in furtherance or group involvement it requires met here?",
        if_true: "it has that offence and the conduct meets it",
    },
    DomesticQuestion {
        id: "art5.1.a.ii.participation_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(5).para(1).letter('a').roman(2),
        text: "Does {state}'s law make taking an active part in an organized criminal group an offence (the art. 5(1)(a)(ii) model)?",
        if_true: "it has that offence",
    },
    DomesticQuestion {
        id: "art6.1.b.i.acquisition_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(1).letter('b').roman(1),
        text: "Does {state}'s law, as the basic concepts of its legal system allow, make acquiring, possessing or using known proceeds of crime an offence?",
        if_true: "it does",
    },
    DomesticQuestion {
        id: "art6.1.b.ii.ancillary_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(1).letter('b').roman(2),
        text: "Does {state}'s law, as the basic concepts of its legal system allow, make this form of participation in laundering (association, conspiracy, attempt, aiding, abetting, facilitating or counselling) an offence?",
        if_true: "it does",
    },
    DomesticQuestion {
        id: "art6.2.a.predicate_included",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(2).letter('a'),
        text: "Is the offence that produced the proceeds a predicate offence for laundering under {state}'s law?",
        if_true: "it is a predicate offence",
    },
    DomesticQuestion {
        id: "art6.2.e.self_laundering_excluded",
        role: Role::OffenceLaw,
        citation: Provision::untoc(6).para(2).letter('e'),
        text: "Does {state}'s law, as its fundamental principles require, exclude the person who committed the predicate offence from liability for laundering its proceeds?",
        if_true: "self-laundering is not punishable there",
    },
    DomesticQuestion {
        id: "art8.2.foreign_bribery_offence",
        role: Role::OffenceLaw,
        citation: Provision::untoc(8).para(2),
        text: "Has {state} made bribery involving a foreign public official or international civil servant an offence (art. 8(2) asks States only to consider it)?",
        if_true: "it has",
    },
];

/// Looks up a question by id.
pub fn question(id: &str) -> Option<&'static DomesticQuestion> {
    QUESTIONS.iter().find(|q| q.id == id)
}
