//! UNTOC art. 16 — Extradition (rules spec §6.1, steps E1-E9).
//!
//! 16(1) decides whether the article applies (two limbs, both with dual
//! criminality); 16(3), 16(4)-(5) and 16(6) are the three routes by which the
//! Convention supplies a legal basis; 16(7)-(17) are attached to any request
//! the article governs.

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};
use palermo_refdata::{ExtraditionBasisNotice, Instrument, StateCode, TreatyRequirement};

use crate::catalogue::FindingSpec;
use crate::ctx::Ctx;
use crate::outcome::{Basis, Cited, Finding, Outcome, Strength, Tri};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art16.ftl`.
pub const FINDINGS: &[FindingSpec] = &[
    FindingSpec {
        id: "art16.1.first_limb",
        citation: Provision::untoc(16).para(1),
        description: "spec-art16-1-first-limb",
    },
    FindingSpec {
        id: "art16.1.second_limb",
        citation: Provision::untoc(16).para(1),
        description: "spec-art16-1-second-limb",
    },
    FindingSpec {
        id: "art16.1.dual_criminality",
        citation: Provision::untoc(16).para(1),
        description: "spec-art16-1-dual-criminality",
    },
    FindingSpec {
        id: "art16.1.applies",
        citation: Provision::untoc(16).para(1),
        description: "spec-art16-1-applies",
    },
    FindingSpec {
        id: "art16.2.separate_serious_crimes",
        citation: Provision::untoc(16).para(2),
        description: "spec-art16-2-separate-serious-crimes",
    },
    FindingSpec {
        id: "art16.3.deemed_included",
        citation: Provision::untoc(16).para(3),
        description: "spec-art16-3-deemed-included",
    },
    FindingSpec {
        id: "art16.5.a.notification",
        citation: Provision::untoc(16).para(5).letter('a'),
        description: "spec-art16-5-a-notification",
    },
    FindingSpec {
        id: "art16.4.convention_as_basis",
        citation: Provision::untoc(16).para(4),
        description: "spec-art16-4-convention-as-basis",
    },
    FindingSpec {
        id: "art16.6.recognised_as_extraditable",
        citation: Provision::untoc(16).para(6),
        description: "spec-art16-6-recognised-as-extraditable",
    },
    FindingSpec {
        id: "art16.legal_basis",
        citation: Provision::untoc(16),
        description: "spec-art16-legal-basis",
    },
    FindingSpec {
        id: "art16.5.b.seek_treaties",
        citation: Provision::untoc(16).para(5).letter('b'),
        description: "spec-art16-5-b-seek-treaties",
    },
    FindingSpec {
        id: "art16.7.domestic_conditions",
        citation: Provision::untoc(16).para(7),
        description: "spec-art16-7-domestic-conditions",
    },
    FindingSpec {
        id: "art16.8.expedite",
        citation: Provision::untoc(16).para(8),
        description: "spec-art16-8-expedite",
    },
    FindingSpec {
        id: "art16.9.provisional_arrest",
        citation: Provision::untoc(16).para(9),
        description: "spec-art16-9-provisional-arrest",
    },
    FindingSpec {
        id: "art16.10.prosecute_if_not_extradited",
        citation: Provision::untoc(16).para(10),
        description: "spec-art16-10-prosecute-if-not-extradited",
    },
    FindingSpec {
        id: "art16.11.conditional_surrender",
        citation: Provision::untoc(16).para(11),
        description: "spec-art16-11-conditional-surrender",
    },
    FindingSpec {
        id: "art16.12.enforce_foreign_sentence",
        citation: Provision::untoc(16).para(12),
        description: "spec-art16-12-enforce-foreign-sentence",
    },
    FindingSpec {
        id: "art16.13.fair_treatment",
        citation: Provision::untoc(16).para(13),
        description: "spec-art16-13-fair-treatment",
    },
    FindingSpec {
        id: "art16.14.discrimination_refusal",
        citation: Provision::untoc(16).para(14),
        description: "spec-art16-14-discrimination-refusal",
    },
    FindingSpec {
        id: "art16.15.fiscal_not_sole_ground",
        citation: Provision::untoc(16).para(15),
        description: "spec-art16-15-fiscal-not-sole-ground",
    },
    FindingSpec {
        id: "art16.16.consult_before_refusal",
        citation: Provision::untoc(16).para(16),
        description: "spec-art16-16-consult-before-refusal",
    },
    FindingSpec {
        id: "art16.17.seek_agreements",
        citation: Provision::untoc(16).para(17),
        description: "spec-art16-17-seek-agreements",
    },
];

/// Per-offence scope results that art. 16 builds on.
pub struct OffenceScope {
    /// `art3.1.qualifying_offence`
    pub qualifying: Tri,
    /// `art3.1.involves_ocg`
    pub involves: Tri,
    /// `art3.1.within_scope`
    pub within_scope: Tri,
    /// `art3.1.b.serious_crime`
    pub serious: Tri,
}

/// Art. 16(1) — dual criminality, the condition common to both limbs.
///
/// > Either limb applies only if the offence for which extradition is sought
/// > is punishable under the domestic law of both the requesting and the
/// > requested State.
///
/// Read as conduct-based (the conduct is an offence in both laws, whatever its
/// name): interpretation `dual-criminality`. Pushes `art16.1.dual_criminality`.
pub fn dual_criminality(ctx: &mut Ctx<'_>) -> Tri {
    let (a, b) = (ctx.requesting, ctx.requested);
    let o = ctx.offence();
    let punishable = ctx.offence_fact("punishable_in");
    let ta = Tri::fact(o.punishable(a), punishable.of(a));
    let tb = Tri::fact(o.punishable(b), punishable.of(b));
    let tri = Tri::all(&[&ta, &tb]);
    let mut f = ctx.finding_from(
        ctx.oid("art16.1.dual_criminality"),
        Provision::untoc(16).para(1),
        &tri,
    );
    f.basis = Basis::Interpretation("dual-criminality");
    let word = |t: &Tri| match t.outcome {
        Outcome::Yes => msg!("art16-punishable"),
        Outcome::No => msg!("art16-not-punishable"),
        _ => msg!("art16-punishable-unknown"),
    };
    f.message = msg!(
        "art16-dual-criminality",
        requesting = Arg::Code(a),
        requested = Arg::Code(b),
        in_requesting = word(&ta),
        in_requested = word(&tb),
        fails = tri.outcome == Outcome::No,
    );
    ctx.push(f)
}

/// Art. 16(1) — does the article apply to this offence?
///
/// > The article applies (first limb) to the offences covered by the
/// > Convention, or (second limb) where an offence of art. 3(1)(a) or (b)
/// > involves an organized criminal group and the person sought is located in
/// > the requested State; in both cases only if the offence is punishable in
/// > both States.
///
/// The second limb needs no transnationality. The article applies only
/// between States for which the Convention is in force (`gate`). Pushes `art16.1.first_limb`,
/// `art16.1.second_limb`, `art16.1.dual_criminality` and `art16.1.applies`.
pub fn applies(ctx: &mut Ctx<'_>, gate: &Tri, scope: &OffenceScope) -> Tri {
    let p1 = Provision::untoc(16).para(1);
    let mut f = ctx.finding_from(ctx.oid("art16.1.first_limb"), p1, &scope.within_scope);
    f.message = match scope.within_scope.outcome {
        Outcome::Yes => msg!("art16-first-limb-yes"),
        Outcome::No => msg!("art16-first-limb-no"),
        _ => msg!("art16-first-limb-open"),
    };
    let first = ctx.push(f);

    let b = ctx.requested;
    let located = match ctx.case.request.person_located_in {
        Some(s) => Tri::of(Outcome::from_bool(s == b)),
        None => Tri::missing("request.person_located_in"),
    };
    let tri = Tri::all(&[&scope.qualifying, &scope.involves, &located]);
    let mut f = ctx.finding_from(ctx.oid("art16.1.second_limb"), p1, &tri);
    f.message = match (tri.outcome, ctx.case.request.person_located_in) {
        (Outcome::Yes, _) => msg!("art16-second-limb-yes", requested = Arg::Code(b)),
        // The person elsewhere is what `located` being `No` means.
        (Outcome::No, Some(s)) if s != b => msg!(
            "art16-second-limb-elsewhere",
            state = Arg::Code(s),
            requested = Arg::Code(b),
        ),
        (Outcome::No, _) => msg!("art16-second-limb-no"),
        _ => msg!("art16-second-limb-open"),
    };
    let second = ctx.push(f);

    let dual = dual_criminality(ctx);
    let limb = Tri::any(&[&first, &second]);
    // A treaty provision applies only between its parties: the gate first.
    let tri = Tri::all(&[gate, &limb, &dual]);
    let mut f = ctx.finding_from(ctx.oid("art16.1.applies"), p1, &tri);
    f.message = match tri.outcome {
        Outcome::Yes => match (first.outcome, second.outcome) {
            (Outcome::Yes, Outcome::Yes) => msg!("art16-applies-both-limbs"),
            (Outcome::Yes, _) => msg!("art16-applies-first-limb"),
            _ => msg!("art16-applies-second-limb"),
        },
        Outcome::No if gate.outcome == Outcome::No => msg!("art16-applies-not-in-force"),
        Outcome::No if dual.outcome == Outcome::No => msg!("art16-applies-no-dual-criminality"),
        Outcome::No => msg!("art16-applies-no-limb"),
        _ => ctx.conflict_or(&tri, msg!("art16-applies-open")),
    };
    ctx.push(f)
}

/// Art. 16(2) — separate serious crimes outside the article.
///
/// > If a request covers several separate serious crimes, some of which the
/// > article does not reach, the requested State may apply the article to
/// > those as well.
///
/// Pushes `art16.2.separate_serious_crimes#n` for each offence outside the
/// article when at least one other offence is within it.
pub fn separate_serious_crimes(ctx: &mut Ctx<'_>, per_offence: &[(Tri, Tri)]) {
    if per_offence.len() < 2
        || !per_offence
            .iter()
            .any(|(applies, _)| applies.outcome == Outcome::Yes)
    {
        return;
    }
    for (i, (applies, serious)) in per_offence.iter().enumerate() {
        if applies.outcome != Outcome::No {
            continue;
        }
        let id = format!("art16.2.separate_serious_crimes#{}", i + 1);
        let mut f = Finding::new(id, Provision::untoc(16).para(2), serious.outcome);
        let inputs = Tri::all(&[applies, serious]);
        ctx.rest_on(&mut f, &inputs);
        f.missing = serious.missing.clone();
        f.message = match serious.outcome {
            Outcome::Yes => {
                f.strength = Some(Strength::Discretionary);
                msg!(
                    "art16-separate-serious-yes",
                    offence = i + 1,
                    requested = Arg::Code(ctx.requested),
                )
            }
            Outcome::No => msg!("art16-separate-serious-no", offence = i + 1),
            _ => msg!("art16-separate-serious-open", offence = i + 1),
        };
        ctx.push(f);
    }
}

/// A State's election under art. 16(5)(a): whether it takes the Convention
/// as the legal basis for extradition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Election {
    /// Stated in the case (`states.<S>.convention_as_extradition_basis`).
    Stated(bool),
    /// Its notification on record, coded by effect.
    Data(ExtraditionBasisNotice),
}

impl Election {
    /// Takes the Convention as a basis, in general (whatever the limits).
    fn takes(self) -> bool {
        use ExtraditionBasisNotice as N;
        matches!(
            self,
            Election::Stated(true)
                | Election::Data(
                    N::TakesConvention
                        | N::TakesConventionReciprocal
                        | N::TakesConventionExceptNationals
                )
        )
    }

    /// Declines the Convention as a basis.
    fn declines(self) -> bool {
        use ExtraditionBasisNotice as N;
        matches!(
            self,
            Election::Stated(false)
                | Election::Data(N::DoesNotTakeConvention | N::NoConventionBasisReciprocity)
        )
    }
}

/// What a State is on record as, for art. 16(4)-(6): its election as the
/// case states it, its notification in the data, and the data's record of
/// its extradition law.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// `states.<S>.convention_as_extradition_basis`.
    pub stated: Option<bool>,
    /// Its 16(5)(a) notification in the reference data.
    pub notice: Option<ExtraditionBasisNotice>,
    /// `states.<S>.extradition_requires_treaty`.
    pub requires_stated: Option<bool>,
    /// Its extradition-law record in the reference data
    /// (`extradition_law.csv`), when one counts on `as_of`.
    pub law: Option<TreatyRequirement>,
}

/// Where the answer to "does the State make extradition conditional on a
/// treaty?" comes from, in the order [`Position::treaty_need`] reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreatyNeed {
    /// `states.<S>.extradition_requires_treaty` in the case.
    Stated(bool),
    /// What its 16(5)(a) notification implies, with the interpretation that
    /// reads it so. `law_differs`: the extradition-law record on `as_of` says
    /// the opposite (the notification prevails).
    Notice {
        /// Whether it requires a treaty.
        requires: bool,
        /// The interpretation (`notification-implies-treaty-requirement`,
        /// `notification-records-non-treaty-basis`).
        anchor: &'static str,
        /// The extradition-law record says the opposite.
        law_differs: bool,
    },
    /// Its extradition-law record (`yes` or `no`).
    Law(bool),
    /// Its extradition-law record says the law is mixed (`partly`): the
    /// need for a treaty stays unknown, for a reason the reader is told.
    LawMixed,
    /// Nothing says.
    Unknown,
}

impl TreatyNeed {
    /// Whether the State requires a treaty, when known.
    pub fn requires(self) -> Option<bool> {
        match self {
            TreatyNeed::Stated(b) | TreatyNeed::Law(b) => Some(b),
            TreatyNeed::Notice { requires, .. } => Some(requires),
            TreatyNeed::LawMixed | TreatyNeed::Unknown => None,
        }
    }

    /// The interpretation the answer rests on, when it rests on one.
    pub fn basis(self) -> Option<Basis> {
        match self {
            TreatyNeed::Notice { anchor, .. } => Some(Basis::Interpretation(anchor)),
            _ => None,
        }
    }

    /// Whether the data's extradition-law record is what answers (or, mixed,
    /// what leaves the answer open).
    pub fn from_law(self) -> bool {
        matches!(self, TreatyNeed::Law(_) | TreatyNeed::LawMixed)
    }
}

impl Position {
    /// The State's position from the data alone (the matrix's scenario), on
    /// `as_of`: an extradition-law record counts from its source's date on.
    pub fn from_data(
        data: &palermo_refdata::RefData,
        state: StateCode,
        as_of: jiff::civil::Date,
    ) -> Position {
        Position {
            stated: None,
            notice: data
                .declarations(state, Instrument::Untoc, "16(5)")
                .next()
                .and_then(|d| d.extradition_basis),
            requires_stated: None,
            law: data
                .extradition_law_on(state, as_of)
                .map(|r| r.requires_treaty),
        }
    }

    /// The election that counts: the case's statement wins over the data.
    pub fn election(self) -> Option<Election> {
        self.stated
            .map(Election::Stated)
            .or(self.notice.map(Election::Data))
    }

    /// Whether the State makes extradition conditional on a treaty, and
    /// the interpretation the answer rests on when it is not stated.
    ///
    /// Only a State that makes extradition conditional on a treaty is called
    /// on to notify under 16(5)(a), so a notification on record implies that
    /// condition (`notification-implies-treaty-requirement`), also where the
    /// case restates the election — except a notification that itself
    /// records a basis other than a treaty (extradition under its own law
    /// and on reciprocity), which shows the opposite
    /// (`notification-records-non-treaty-basis`). An election stated in the
    /// case with nothing on record implies nothing: the need for a treaty
    /// stays unknown and the routes are reasoned by cases.
    ///
    /// With neither a statement nor a notification, the data's record of
    /// the State's extradition law answers (`yes`, `no`); a record saying the
    /// law is mixed (`partly`) leaves it open. A notification prevails over a
    /// record that says the opposite (docs/legal-method.md, "Using the
    /// extradition-law data").
    pub fn requires_treaty(self) -> (Option<bool>, Option<Basis>) {
        let need = self.treaty_need();
        (need.requires(), need.basis())
    }

    /// [`Position::requires_treaty`] with where the answer comes from: the
    /// case, then the 16(5)(a) notification, then the extradition-law record.
    pub fn treaty_need(self) -> TreatyNeed {
        if let Some(v) = self.requires_stated {
            return TreatyNeed::Stated(v);
        }
        let (requires, anchor) = match self.notice {
            Some(ExtraditionBasisNotice::NoConventionBasisReciprocity) => {
                (false, "notification-records-non-treaty-basis")
            }
            Some(_) => (true, "notification-implies-treaty-requirement"),
            None => {
                return match self.law {
                    Some(TreatyRequirement::Partly) => TreatyNeed::LawMixed,
                    Some(law) => TreatyNeed::Law(law == TreatyRequirement::Yes),
                    None => TreatyNeed::Unknown,
                }
            }
        };
        TreatyNeed::Notice {
            requires,
            anchor,
            law_differs: self
                .law
                .and_then(TreatyRequirement::requires)
                .is_some_and(|law| law != requires),
        }
    }
}

/// Why the 16(5)(a) reading came out as it did (chooses the explanation and
/// the missing fact).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElectionReading {
    /// Takes the Convention.
    Takes,
    /// Declines it.
    Declines,
    /// Declines it, extraditing under its own law and on reciprocity.
    DeclinesOwnLaw,
    /// Reciprocal, and the requesting State takes it too.
    ReciprocalMet,
    /// Reciprocal, and the requesting State declines it.
    ReciprocalNotMet,
    /// Reciprocal; the requesting State's election is not on record.
    ReciprocalUnknown,
    /// Reciprocal; the requesting State takes it except for its own
    /// nationals, and the person is a national of the requested State (in
    /// the like case the requesting State would not surrender).
    ReciprocalLikeCaseNational,
    /// As above, the person is not the requested State's national.
    ReciprocalLikeCaseOther,
    /// As above, nationality unknown.
    ReciprocalLikeCaseUnknown,
    /// Takes it except for its nationals, and the person is one.
    ExceptNationalsNational,
    /// Takes it except for its nationals, and the person is not one.
    ExceptNationalsOther,
    /// Takes it except for its nationals; nationality unknown.
    ExceptNationalsUnknown,
    /// Notified that it needs a treaty, without saying whether the Convention is one.
    TreatyRequiredUnstated,
    /// A notification whose content is not captured.
    ContentUnknown,
    /// Nothing on record.
    NoneOnRecord,
}

impl ElectionReading {
    /// The fact whose absence leaves the reading open, as a kind.
    pub fn missing(self) -> Option<MissingElection> {
        use ElectionReading as R;
        match self {
            R::ReciprocalUnknown => Some(MissingElection::RequestingElection),
            R::ReciprocalLikeCaseUnknown | R::ExceptNationalsUnknown => {
                Some(MissingElection::Nationality)
            }
            R::TreatyRequiredUnstated | R::ContentUnknown | R::NoneOnRecord => {
                Some(MissingElection::RequestedElection)
            }
            _ => None,
        }
    }
}

/// The fact a 16(5)(a) reading waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingElection {
    /// `states.<requested>.convention_as_extradition_basis`
    RequestedElection,
    /// `states.<requesting>.convention_as_extradition_basis`
    RequestingElection,
    /// `request.person_nationalities`
    Nationality,
}

/// Art. 16(5)(a), read for one request: does the requested State take the
/// Convention as the legal basis for a request from the requesting State for
/// this person? Pure; the explained engine and the matrix both call it.
///
/// `national` is whether the person is a national of the requested State.
/// A reciprocal election is met by a requesting State that takes the
/// Convention too; one that takes it except for its own nationals meets it
/// only where, in the like case, it would surrender the person, i.e. unless
/// the person is the requested State's national (`reciprocity-like-case`).
pub fn read_election(
    requested: Option<Election>,
    requesting: Option<Election>,
    national: Option<bool>,
) -> (Outcome, ElectionReading) {
    use ElectionReading as R;
    use ExtraditionBasisNotice as N;
    match requested {
        None => (Outcome::Undetermined, R::NoneOnRecord),
        Some(Election::Stated(true)) | Some(Election::Data(N::TakesConvention)) => {
            (Outcome::Yes, R::Takes)
        }
        Some(Election::Stated(false)) | Some(Election::Data(N::DoesNotTakeConvention)) => {
            (Outcome::No, R::Declines)
        }
        Some(Election::Data(N::NoConventionBasisReciprocity)) => (Outcome::No, R::DeclinesOwnLaw),
        Some(Election::Data(N::TakesConventionReciprocal)) => match requesting {
            Some(Election::Data(N::TakesConventionExceptNationals)) => match national {
                Some(true) => (Outcome::No, R::ReciprocalLikeCaseNational),
                Some(false) => (Outcome::Yes, R::ReciprocalLikeCaseOther),
                None => (Outcome::Undetermined, R::ReciprocalLikeCaseUnknown),
            },
            Some(e) if e.takes() => (Outcome::Yes, R::ReciprocalMet),
            Some(e) if e.declines() => (Outcome::No, R::ReciprocalNotMet),
            _ => (Outcome::Undetermined, R::ReciprocalUnknown),
        },
        Some(Election::Data(N::TakesConventionExceptNationals)) => match national {
            Some(true) => (Outcome::No, R::ExceptNationalsNational),
            Some(false) => (Outcome::Yes, R::ExceptNationalsOther),
            None => (Outcome::Undetermined, R::ExceptNationalsUnknown),
        },
        Some(Election::Data(N::TreatyRequiredBasisUnstated)) => {
            (Outcome::Undetermined, R::TreatyRequiredUnstated)
        }
        Some(Election::Data(N::ContentUnknown)) => (Outcome::Undetermined, R::ContentUnknown),
    }
}

/// How the Convention supplies a basis, when it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// 16(3): deemed included in the treaty in force.
    Treaty,
    /// 16(4): the requested State requires a treaty and takes the Convention.
    Convention,
    /// 16(6): the requested State needs no treaty and must recognise the
    /// offence as extraditable.
    NoTreatyNeeded,
    /// 16(4) or 16(6), whichever way the unknown need for a treaty falls.
    ConventionOrNoTreaty,
    /// 16(3) if a treaty binds the States, otherwise the route in the box
    /// (whether a treaty binds them is unknown).
    TreatyOr(ViaNoTreaty),
}

/// The route without a treaty, inside [`Via::TreatyOr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViaNoTreaty {
    /// 16(4).
    Convention,
    /// 16(6).
    NoTreatyNeeded,
    /// 16(4) or 16(6).
    ConventionOrNoTreaty,
}

/// The three routes of art. 16(3), 16(4) and 16(6) and the route they give
/// together, with its strength and citation. Pure; both the explained engine
/// and the matrix call it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Routes {
    /// 16(3).
    pub t3: Outcome,
    /// 16(4) (`No` when not engaged).
    pub t4: Outcome,
    /// 16(6).
    pub t6: Outcome,
    /// Whether any route holds, reasoning by cases over an unknown treaty or
    /// an unknown need for one.
    pub route: Outcome,
    /// How, when `route` is yes.
    pub via: Option<Via>,
}

impl Routes {
    /// The strength of the duty the route gives, when it holds and the
    /// Convention sets it. Through a treaty (16(3)) the duty to extradite is
    /// the treaty's, which the case does not give: none (the inclusion of
    /// the offence, `art16.3.deemed_included`, is mandatory). A route that
    /// holds only by cases reports the weaker of the cases: discretionary
    /// when the case without a treaty is (no extradition treaty's duty is
    /// weaker than a discretion), none when it is mandatory (16(6)), since
    /// the treaty's may be weaker.
    pub fn strength(self) -> Option<Strength> {
        self.via.and_then(|v| match v {
            Via::NoTreatyNeeded => Some(Strength::Mandatory),
            Via::Convention | Via::ConventionOrNoTreaty => Some(Strength::Discretionary),
            Via::TreatyOr(ViaNoTreaty::Convention | ViaNoTreaty::ConventionOrNoTreaty) => {
                Some(Strength::Discretionary)
            }
            Via::Treaty | Via::TreatyOr(ViaNoTreaty::NoTreatyNeeded) => None,
        })
    }

    /// The paragraph that answers.
    pub fn citation(self) -> Provision {
        let para = match self.via {
            Some(Via::Treaty) => 3,
            Some(Via::NoTreatyNeeded) | Some(Via::TreatyOr(ViaNoTreaty::NoTreatyNeeded)) => 6,
            _ => 4,
        };
        Provision::untoc(16).para(para)
    }
}

/// See [`Routes`]. `treaty` is whether an extradition treaty binds the two
/// States; `election` the 16(5)(a) reading; `requires` whether the
/// requested State makes extradition conditional on a treaty.
///
/// 16(4) is engaged only for a request from a State with which the
/// requested State has no extradition treaty: with a treaty in force it is
/// `No` (not engaged) and the route is 16(3). 16(6) is not so limited.
pub fn routes(treaty: Option<bool>, election: Outcome, requires: Option<bool>) -> Routes {
    let t3 = match treaty {
        Some(b) => Outcome::from_bool(b),
        None => Outcome::Undetermined,
    };
    let t6 = match requires {
        Some(b) => Outcome::from_bool(!b),
        None => Outcome::Undetermined,
    };
    // 16(4) without a treaty: the election decides, unless the State needs no treaty.
    let t4_free = if requires == Some(false) {
        Outcome::No
    } else {
        election
    };
    let t4 = match treaty {
        Some(true) => Outcome::No,
        Some(false) => t4_free,
        None if t4_free == Outcome::No => Outcome::No,
        None => Outcome::Undetermined,
    };
    let free_via = if t4_free == Outcome::Yes && requires.is_none() {
        Some(ViaNoTreaty::ConventionOrNoTreaty)
    } else if t6 == Outcome::Yes {
        Some(ViaNoTreaty::NoTreatyNeeded)
    } else if t4_free == Outcome::Yes {
        Some(ViaNoTreaty::Convention)
    } else {
        None
    };
    let (route, via) = match treaty {
        Some(true) => (Outcome::Yes, Some(Via::Treaty)),
        Some(false) => match free_via {
            Some(ViaNoTreaty::Convention) => (Outcome::Yes, Some(Via::Convention)),
            Some(ViaNoTreaty::NoTreatyNeeded) => (Outcome::Yes, Some(Via::NoTreatyNeeded)),
            Some(ViaNoTreaty::ConventionOrNoTreaty) => {
                (Outcome::Yes, Some(Via::ConventionOrNoTreaty))
            }
            None if t4 == Outcome::No && t6 == Outcome::No => (Outcome::No, None),
            None => (Outcome::Undetermined, None),
        },
        // By cases: with a treaty, 16(3) gives a route; without one, the
        // route of 16(4)/16(6) must hold too.
        None => match free_via {
            Some(v) => (Outcome::Yes, Some(Via::TreatyOr(v))),
            None => (Outcome::Undetermined, None),
        },
    };
    Routes {
        t3,
        t4,
        t6,
        route,
        via,
    }
}

/// A State's position for one request: the case's statements, its 16(5)(a)
/// notification and its extradition-law record valid on `as_of` (looked up
/// by State: no scan), with the citations of the statement and the
/// notification.
fn position(ctx: &Ctx<'_>, state: StateCode) -> (Position, Option<Cited>, Option<Cited>) {
    let facts = ctx.state_facts(state);
    let stated = facts.and_then(|s| s.convention_as_extradition_basis);
    let requires_stated = facts.and_then(|s| s.extradition_requires_treaty);
    let record = ctx
        .data
        .declarations(state, Instrument::Untoc, "16(5)")
        .next();
    let data_cite = record.map(|d| Cited::data(&d.source, Some(&d.summary)));
    let stated_cite = stated.map(|b| {
        Cited::Case(format!(
            "states.{state}.convention_as_extradition_basis = {b}"
        ))
    });
    (
        Position {
            stated,
            notice: record.and_then(|d| d.extradition_basis),
            requires_stated,
            law: ctx
                .data
                .extradition_law_on(state, ctx.as_of)
                .map(|r| r.requires_treaty),
        },
        stated_cite,
        data_cite,
    )
}

/// The citation of `state`'s extradition-law record valid on `as_of`, as
/// notifications are cited: the row, its source and its summary.
fn law_cite(ctx: &Ctx<'_>, state: StateCode) -> Option<Cited> {
    ctx.data
        .extradition_law_on(state, ctx.as_of)
        .map(|r| Cited::data(&r.source, Some(&r.summary)))
}

/// Art. 16(5)(a) — what the requested State notified: does it take the
/// Convention as the legal basis for extradition? Nothing on record is
/// undetermined, never yes. Pushes `art16.5.a.notification`.
fn notification(ctx: &mut Ctx<'_>, treaty: Option<bool>) -> (Tri, Position) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let (pos_b, stated_cite, data_cite) = position(ctx, b);
    let (pos_a, _, _) = position(ctx, a);
    let national = ctx
        .case
        .request
        .person_nationalities
        .as_ref()
        .map(|l| l.contains(&b));
    let (outcome, reading) = read_election(pos_b.election(), pos_a.election(), national);
    let mut f = Finding::new(
        "art16.5.a.notification",
        Provision::untoc(16).para(5).letter('a'),
        outcome,
    );
    // The statement in the case wins; the record it restates is cited too.
    f.sources.extend(stated_cite);
    f.sources.extend(data_cite);
    match reading.missing() {
        Some(MissingElection::RequestedElection) => f.missing.push(crate::outcome::Fact::state(
            b,
            "convention_as_extradition_basis",
        )),
        Some(MissingElection::RequestingElection) => f.missing.push(crate::outcome::Fact::state(
            a,
            "convention_as_extradition_basis",
        )),
        Some(MissingElection::Nationality) => f.missing.push("request.person_nationalities".into()),
        None => {}
    }
    use ElectionReading as R;
    let reading_msg = match reading {
        R::Takes => msg!("art16-notification-takes", requested = b),
        R::Declines => msg!("art16-notification-declines", requested = b),
        R::DeclinesOwnLaw => msg!("art16-notification-declines-own-law", requested = b),
        R::ReciprocalMet
        | R::ReciprocalNotMet
        | R::ReciprocalUnknown
        | R::ReciprocalLikeCaseNational
        | R::ReciprocalLikeCaseOther
        | R::ReciprocalLikeCaseUnknown => {
            let id = match reading {
                R::ReciprocalMet => "art16-notification-reciprocal-met",
                R::ReciprocalNotMet => "art16-notification-reciprocal-not-met",
                R::ReciprocalUnknown => "art16-notification-reciprocal-unknown",
                R::ReciprocalLikeCaseNational => "art16-notification-like-case-national",
                R::ReciprocalLikeCaseOther => "art16-notification-like-case-other",
                _ => "art16-notification-like-case-unknown",
            };
            Msg::new(id)
                .arg("requested", b)
                .arg("requesting", Arg::Code(a))
        }
        R::ExceptNationalsNational => {
            msg!(
                "art16-notification-except-nationals-national",
                requested = b
            )
        }
        R::ExceptNationalsOther => msg!("art16-notification-except-nationals-other", requested = b),
        R::ExceptNationalsUnknown => {
            msg!("art16-notification-except-nationals-unknown", requested = b)
        }
        R::TreatyRequiredUnstated => msg!("art16-notification-treaty-unstated", requested = b),
        R::ContentUnknown => msg!("art16-notification-content-unknown", requested = b),
        R::NoneOnRecord => msg!("art16-notification-none", requested = b),
    };
    if matches!(
        reading,
        R::ReciprocalLikeCaseNational | R::ReciprocalLikeCaseOther
    ) {
        f.basis = Basis::Interpretation("reciprocity-like-case");
    }
    f.message = if treaty == Some(true) {
        msg!(
            "art16-notification-not-deciding",
            reading = reading_msg,
            requesting = Arg::Code(a),
            requested = Arg::Code(b),
        )
    } else {
        reading_msg
    };
    (ctx.push(f), pos_b)
}

/// Art. 16(3)-(6) — the route by which the Convention supplies a legal basis,
/// and the answer `art16.legal_basis`.
///
/// > (3) Every offence the article applies to is deemed an extraditable
/// > offence in any extradition treaty in force between the States.
/// > (4) A State that makes extradition conditional on a treaty may, if it has
/// > none with the requesting State, take the Convention as the legal basis.
/// > (5)(a) Such a State tells the Secretary-General whether it will.
/// > (6) A State that needs no treaty recognises these offences as extraditable.
///
/// The three routes are alternatives ([`routes`]); an unknown fact that would
/// not change the answer is reasoned around (the need for a treaty is unknown
/// but the State takes the Convention: 16(4) or 16(6) gives a route either
/// way; whether a treaty binds the States is unknown but without one 16(4)
/// or 16(6) gives a route: with one, 16(3) does).
pub fn legal_basis(ctx: &mut Ctx<'_>, gate: &Tri, applies: &Tri) -> (Tri, Tri) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let case = ctx.case;
    let treaty = case.request.treaty_in_force;
    // The treaty's name as the case gives it, if it does.
    let treaty_name = case.request.treaty_title();

    // 16(3)
    let mut f = Finding::new(
        "art16.3.deemed_included",
        Provision::untoc(16).para(3),
        Outcome::Undetermined,
    );
    match treaty {
        Some(true) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::Mandatory);
            f.message = match treaty_name.clone() {
                Some(name) => msg!("art16-deemed-included-yes-named", name = name),
                None => msg!("art16-deemed-included-yes"),
            };
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.message = msg!("art16-deemed-included-no");
        }
        None => {
            f.missing.push("request.treaty_in_force".into());
            f.message = msg!("art16-deemed-included-open");
        }
    }
    let t3 = ctx.push(f);

    // 16(5)(a) and 16(4)
    let (note, pos) = notification(ctx, treaty);
    let need = pos.treaty_need();
    let (requires, inferred) = (need.requires(), need.basis());
    // The extradition-law record, cited where it answers, leaves the answer
    // open, or is overridden by the notification.
    let cite_law = match need {
        TreatyNeed::Law(_) | TreatyNeed::LawMixed => law_cite(ctx, b),
        TreatyNeed::Notice {
            law_differs: true, ..
        } => law_cite(ctx, b),
        _ => None,
    };
    let requires_fact = crate::outcome::Fact::state(b, "extradition_requires_treaty");
    let r = routes(treaty, note.outcome, requires);

    let mut f = Finding::new(
        "art16.4.convention_as_basis",
        Provision::untoc(16).para(4),
        r.t4,
    );
    if treaty == Some(true) {
        ctx.rest_on(&mut f, &t3);
        f.message = match treaty_name.clone() {
            Some(name) => msg!("art16-convention-basis-not-engaged-named", name = name),
            None => msg!("art16-convention-basis-not-engaged"),
        };
    } else {
        ctx.rest_on(&mut f, &note);
        if let Some(basis) = inferred {
            f.basis = basis;
        }
        if need.from_law() {
            f.sources.extend(cite_law.clone());
        }
        if requires == Some(false) {
            // The State needs no treaty: a notification still open does not
            // decide that (the law record or the case does).
            if !note.outcome.is_determined() {
                f.because.clear();
            }
            f.message = if need.from_law() {
                msg!("art16-convention-basis-not-needed-law", requested = b)
            } else {
                msg!(
                    "art16-convention-basis-not-needed",
                    requested = b,
                    inferred = inferred.is_some(),
                )
            };
        } else {
            // The conditions the answer rests on, when they are not given.
            let (treaty_unknown, requires_unknown) = (treaty.is_none(), requires.is_none());
            f.message = match note.outcome {
                Outcome::Yes if treaty_unknown => {
                    f.missing.push("request.treaty_in_force".into());
                    msg!(
                        "art16-convention-basis-may-if-no-treaty",
                        requested = b,
                        requires_unknown = requires_unknown,
                    )
                }
                Outcome::Yes => {
                    f.strength = Some(Strength::Discretionary);
                    msg!(
                        "art16-convention-basis-may",
                        requested = b,
                        requires_unknown = requires_unknown,
                    )
                }
                Outcome::No => msg!(
                    "art16-convention-basis-declines",
                    requested = b,
                    treaty_unknown = treaty_unknown,
                    requires_unknown = requires_unknown,
                ),
                _ => {
                    f.missing.clone_from(&note.missing);
                    msg!(
                        "art16-convention-basis-open",
                        requested = b,
                        treaty_unknown = treaty_unknown,
                        requires_unknown = requires_unknown,
                    )
                }
            };
        }
    }
    let t4 = ctx.push(f);

    // 16(6)
    let mut f = Finding::new(
        "art16.6.recognised_as_extraditable",
        Provision::untoc(16).para(6),
        r.t6,
    );
    if let Some(basis) = inferred {
        f.basis = basis;
        ctx.rest_on(&mut f, &note);
    }
    // An own-law notification, read as needing no treaty.
    let own_law = pos.notice == Some(ExtraditionBasisNotice::NoConventionBasisReciprocity)
        && inferred.is_some();
    f.sources.extend(cite_law);
    let from_law = need.from_law();
    match requires {
        Some(false) => {
            f.strength = Some(Strength::Mandatory);
            f.message = if own_law {
                msg!("art16-recognised-own-law", requested = b)
            } else if from_law {
                msg!("art16-recognised-law", requested = b)
            } else {
                msg!(
                    "art16-recognised",
                    requested = b,
                    inferred = inferred.is_some()
                )
            };
        }
        Some(true) => {
            f.message = if from_law {
                msg!("art16-recognised-not-applicable-law", requested = b)
            } else {
                msg!(
                    "art16-recognised-not-applicable",
                    requested = b,
                    inferred = inferred.is_some(),
                )
            };
        }
        None => {
            f.missing.push(requires_fact);
            f.message = if need == TreatyNeed::LawMixed {
                msg!(
                    "art16-recognised-open-mixed",
                    requested = b,
                    requesting = Arg::Code(a),
                )
            } else {
                msg!("art16-recognised-open", requested = b)
            };
        }
    }
    if let TreatyNeed::Notice {
        law_differs: true, ..
    } = need
    {
        // The notification prevails over the law record that says the
        // opposite; the reader is told, and sees both cited.
        f.message = msg!(
            "art16-law-record-overridden",
            reading = std::mem::take(&mut f.message),
            requested = b,
        );
    }
    let t6 = ctx.push(f);

    // The route, with the reasoning by cases made explicit.
    let mut route = Tri::any(&[&t3, &t4, &t6]);
    if r.route == Outcome::Yes && route.outcome != Outcome::Yes {
        route.outcome = Outcome::Yes;
        route.missing.clear();
    } else if r.route == Outcome::Undetermined && route.outcome == Outcome::No {
        route.outcome = Outcome::Undetermined;
    }
    let tri = Tri::all(&[gate, applies, &route]);
    let mut f = ctx.finding_from("art16.legal_basis", Provision::untoc(16), &tri);
    if tri.outcome == Outcome::Yes {
        f.strength = r.strength();
        f.citation = r.citation();
        f.message = match r.via {
            Some(Via::Treaty) => match treaty_name {
                Some(name) => msg!("art16-basis-yes-treaty-named", name = name, requested = b),
                None => msg!("art16-basis-yes-treaty", requested = b),
            },
            Some(Via::NoTreatyNeeded) if own_law && requires == Some(false) => {
                msg!("art16-basis-yes-own-law", requested = b)
            }
            Some(Via::NoTreatyNeeded) => msg!("art16-basis-yes-no-treaty-needed", requested = b),
            Some(Via::Convention) => msg!("art16-basis-yes-convention", requested = b),
            Some(Via::ConventionOrNoTreaty) => {
                msg!("art16-basis-yes-convention-or-no-treaty", requested = b)
            }
            Some(Via::TreatyOr(ViaNoTreaty::Convention)) => {
                msg!("art16-basis-yes-treaty-or-convention", requested = b)
            }
            Some(Via::TreatyOr(ViaNoTreaty::NoTreatyNeeded)) => {
                msg!("art16-basis-yes-treaty-or-no-treaty-needed", requested = b)
            }
            Some(Via::TreatyOr(ViaNoTreaty::ConventionOrNoTreaty)) => {
                msg!("art16-basis-yes-treaty-or-either", requested = b)
            }
            None => msg!("art16-basis-yes", requested = b),
        };
    } else if tri.outcome == Outcome::No {
        f.message = if gate.outcome == Outcome::No {
            msg!("art16-basis-no-not-in-force")
        } else if applies.outcome == Outcome::No {
            msg!("art16-basis-no-not-applicable")
        } else {
            msg!(
                "art16-basis-no-route",
                requesting = Arg::Code(a),
                requested = b
            )
        };
    } else {
        f.message = ctx.conflict_or(&tri, msg!("art16-basis-open", n = tri.missing.len()));
    }
    (ctx.push(f), route)
}

/// An extradition route that holds whichever way a condition the case leaves
/// open falls (see [`open_route`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenRoute {
    /// Whether a treaty binds the two States is not given: 16(3) with one,
    /// and without one what the box says.
    TreatyOr(ViaNoTreaty),
    /// No treaty binds them, and whether the requested State makes
    /// extradition conditional on one is not given: 16(4) if it does, 16(6)
    /// if not.
    ConventionOrOwnLaw,
}

/// How an extradition "yes" holds when the case leaves a condition of its
/// route open, read off the answering finding's message (which
/// [`legal_basis`] chooses from [`Routes::via`]). `None` for a route the
/// case settles, and for an answer that is not `yes`. The reader's headline
/// and route name both branches.
pub fn open_route(answer: &Finding) -> Option<OpenRoute> {
    if answer.outcome != Outcome::Yes {
        return None;
    }
    Some(match answer.message.id {
        "art16-basis-yes-convention-or-no-treaty" => OpenRoute::ConventionOrOwnLaw,
        "art16-basis-yes-treaty-or-convention" => OpenRoute::TreatyOr(ViaNoTreaty::Convention),
        "art16-basis-yes-treaty-or-no-treaty-needed" => {
            OpenRoute::TreatyOr(ViaNoTreaty::NoTreatyNeeded)
        }
        "art16-basis-yes-treaty-or-either" => {
            OpenRoute::TreatyOr(ViaNoTreaty::ConventionOrNoTreaty)
        }
        _ => return None,
    })
}

/// Art. 16(7)-(17) — what attaches to a request the article governs: domestic
/// conditions, expediting, provisional arrest, nationals, fair treatment and
/// the Convention's own refusal rules. When the Convention gives no route,
/// the duty to seek agreements (16(5)(b), 16(17)) is reported, and 16(10)-(12)
/// still are wherever the article applies to the offence (`applies`).
pub fn attached(ctx: &mut Ctx<'_>, basis: &Tri, applies: &Tri) {
    let (a, b) = (ctx.requesting, ctx.requested);
    if basis.outcome == Outcome::No {
        if ctx
            .finding("art16.5.a.notification")
            .is_some_and(|f| f.outcome == Outcome::No)
        {
            let mut f = Finding::new(
                "art16.5.b.seek_treaties",
                Provision::untoc(16).para(5).letter('b'),
                Outcome::Yes,
            );
            f.strength = Some(Strength::Endeavour);
            f.message = msg!("art16-seek-treaties", requested = b);
            ctx.push(f);
        }
        let mut f = Finding::new(
            "art16.17.seek_agreements",
            Provision::untoc(16).para(17),
            Outcome::Yes,
        );
        f.strength = Some(Strength::Endeavour);
        f.message = msg!("art16-seek-agreements");
        ctx.push(f);
        // Whatever the basis: they follow from art. 16 applying (or possibly
        // applying, while that is open), not from the route.
        if applies.outcome != Outcome::No {
            nationals(ctx);
        }
        return;
    }

    // 16(7)
    let mut f = Finding::new(
        "art16.7.domestic_conditions",
        Provision::untoc(16).para(7),
        Outcome::DependsOnDomesticLaw,
    );
    let mut bars: Vec<Arg> = Vec::new();
    let mut open = 0;
    // Each question, the answer that bars extradition, and what barring means.
    for (id, bar_if, bar) in [
        (
            "art16.7.minimum_penalty_met",
            false,
            Msg::new("art16-bar-minimum-penalty"),
        ),
        (
            "art16.7.political_offence_bar",
            true,
            Msg::new("art16-bar-political-offence"),
        ),
        (
            "art16.7.death_penalty_bar",
            true,
            Msg::new("art16-bar-death-penalty"),
        ),
        (
            "art16.7.ne_bis_in_idem_bar",
            true,
            Msg::new("art16-bar-ne-bis-in-idem"),
        ),
        (
            "art16.7.limitation_bar",
            true,
            Msg::new("art16-bar-limitation"),
        ),
        (
            "art16.7.evidentiary_standard_met",
            false,
            Msg::new("art16-bar-evidence"),
        ),
    ] {
        match ctx.domestic(b, id, &mut f) {
            Some(v) if v == bar_if => bars.push(bar.into()),
            Some(_) => {}
            None => open += 1,
        }
    }
    if !bars.is_empty() {
        f.outcome = Outcome::No;
        f.message = msg!("art16-domestic-bars", requested = b, bars = Arg::List(bars));
    } else if open == 0 {
        f.outcome = Outcome::Yes;
        f.message = msg!("art16-domestic-met", requested = b);
    } else {
        f.message = msg!("art16-domestic-open", requested = b);
    }
    ctx.push(f);

    // 16(8)
    let mut f = Finding::new(
        "art16.8.expedite",
        Provision::untoc(16).para(8),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Endeavour);
    f.message = msg!("art16-expedite");
    ctx.push(f);

    // 16(9)
    let mut f = Finding::new(
        "art16.9.provisional_arrest",
        Provision::untoc(16).para(9),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.message = msg!(
        "art16-provisional-arrest",
        requested = b,
        requesting = Arg::Code(a)
    );
    ctx.push(f);

    nationals(ctx);

    // 16(13)
    let mut f = Finding::new(
        "art16.13.fair_treatment",
        Provision::untoc(16).para(13),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.message = msg!("art16-fair-treatment");
    ctx.push(f);

    // 16(14)
    let mut f = Finding::new(
        "art16.14.discrimination_refusal",
        Provision::untoc(16).para(14),
        Outcome::Yes,
    );
    f.strength = Some(Strength::NoObligation);
    f.message = msg!("art16-discrimination-refusal", requested = Arg::Code(b));
    ctx.push(f);

    // 16(15)
    let f = fiscal_not_sole_ground(
        ctx,
        "art16.15.fiscal_not_sole_ground",
        Provision::untoc(16).para(15),
    );
    ctx.push(f);

    // 16(16)
    let mut f = Finding::new(
        "art16.16.consult_before_refusal",
        Provision::untoc(16).para(16),
        Outcome::Yes,
    );
    f.strength = Some(Strength::MandatoryQualified);
    f.message = msg!(
        "art16-consult-before-refusal",
        requested = Arg::Code(b),
        requesting = Arg::Code(a)
    );
    ctx.push(f);
}

/// Art. 16(10)-(12) — a national of the requested State: prosecution
/// instead of extradition (16(10)), conditional surrender (16(11)) and
/// enforcement of a foreign sentence (16(12)). They bind for any offence art.
/// 16 applies to, whatever the legal basis of the request: where the
/// Convention gives no route, 16(10) (with 15(3)) is still the requesting
/// State's most useful line. For a request to enforce a sentence, 16(12)
/// leads and 16(10) is the route for a person not yet tried.
fn nationals(ctx: &mut Ctx<'_>) {
    let (a, b) = (ctx.requesting, ctx.requested);
    // The two States by code, as these findings name them.
    let (ca, cb) = (Arg::Code(a), Arg::Code(b));
    let national = ctx
        .case
        .request
        .person_nationalities
        .as_ref()
        .map(|l| l.contains(&b));
    let enforcement = ctx.case.request.sentence_enforcement;
    // Whether the requested State extradites its nationals, asked once.
    let extradites = ctx
        .case
        .domestic_law
        .get(&b)
        .and_then(|m| m.get("art16.7.extradites_own_nationals"))
        .copied();

    // 16(10)
    let mut f10 = Finding::new(
        "art16.10.prosecute_if_not_extradited",
        Provision::untoc(16).para(10),
        Outcome::Undetermined,
    );
    match national {
        None => {
            f10.missing.push("request.person_nationalities".into());
            f10.message = msg!(
                "art16-prosecute-nationality-open",
                requested = b,
                requesting = ca.clone()
            );
        }
        Some(false) => {
            f10.outcome = Outcome::No;
            f10.message = msg!("art16-prosecute-not-national", requested = cb.clone());
        }
        Some(true) => {
            ctx.domestic(b, "art16.7.extradites_own_nationals", &mut f10);
            match (extradites, enforcement) {
                (Some(true), _) => {
                    f10.outcome = Outcome::No;
                    f10.message = msg!(
                        "art16-prosecute-extradites-nationals",
                        requested = cb.clone()
                    );
                }
                (_, Some(true)) => {
                    // A sentenced person is no longer an alleged offender:
                    // 16(12) leads; prosecution anew is for domestic law.
                    f10.basis = Basis::Interpretation("enforcement-and-prosecution");
                    let again =
                        ctx.domestic(b, "art16.10.prosecution_after_foreign_judgment", &mut f10);
                    match again {
                        Some(true) => {
                            f10.outcome = if extradites == Some(false) {
                                f10.strength = Some(Strength::Mandatory);
                                Outcome::Yes
                            } else {
                                Outcome::DependsOnDomesticLaw
                            };
                            f10.message = msg!(
                                "art16-prosecute-enforcement-allowed",
                                requested = cb.clone(),
                                requesting = ca.clone()
                            );
                        }
                        Some(false) => {
                            f10.outcome = Outcome::No;
                            f10.message =
                                msg!("art16-prosecute-enforcement-barred", requested = cb.clone());
                        }
                        None => {
                            f10.outcome = Outcome::DependsOnDomesticLaw;
                            f10.message =
                                msg!("art16-prosecute-enforcement-open", requested = cb.clone());
                        }
                    }
                }
                (Some(false), Some(false)) => {
                    f10.outcome = Outcome::Yes;
                    f10.strength = Some(Strength::Mandatory);
                    f10.message = msg!(
                        "art16-prosecute-duty",
                        requested = cb.clone(),
                        requesting = ca.clone()
                    );
                }
                (Some(false), None) => {
                    // By cases: for prosecution the duty arises; to enforce a
                    // sentence only if the State could still prosecute.
                    let again = ctx
                        .case
                        .domestic_law
                        .get(&b)
                        .and_then(|m| m.get("art16.10.prosecution_after_foreign_judgment"))
                        .copied();
                    if again == Some(true) {
                        f10.outcome = Outcome::Yes;
                        f10.strength = Some(Strength::Mandatory);
                        f10.message = msg!(
                            "art16-prosecute-duty-either-way",
                            requested = cb.clone(),
                            requesting = ca.clone()
                        );
                    } else {
                        f10.missing.push("request.sentence_enforcement".into());
                        f10.message = msg!(
                            "art16-prosecute-duty-if-trial",
                            requested = cb.clone(),
                            requesting = ca.clone()
                        );
                    }
                }
                (None, _) => {
                    f10.outcome = Outcome::DependsOnDomesticLaw;
                    f10.message = msg!(
                        "art16-prosecute-depends",
                        requested = cb.clone(),
                        requesting = ca.clone()
                    );
                }
            }
        }
    }

    // 16(11)
    let mut f11 = Finding::new(
        "art16.11.conditional_surrender",
        Provision::untoc(16).para(11),
        Outcome::Undetermined,
    );
    match (national, extradites) {
        (None, _) => {
            f11.missing.push("request.person_nationalities".into());
            f11.message = msg!("art16-surrender-nationality-open", requested = cb.clone());
        }
        (Some(false), _) => {
            f11.outcome = Outcome::No;
            f11.message = msg!("art16-surrender-not-national", requested = cb.clone());
        }
        (Some(true), Some(true)) => {
            f11.outcome = Outcome::No;
            f11.message = msg!("art16-surrender-not-needed", requested = cb.clone());
        }
        (Some(true), _) => {
            match ctx.domestic(b, "art16.11.conditional_surrender_allowed", &mut f11) {
                Some(true) => {
                    f11.outcome = Outcome::Yes;
                    f11.strength = Some(Strength::Discretionary);
                    f11.message = msg!("art16-surrender-allowed", requested = cb.clone());
                }
                Some(false) => {
                    f11.outcome = Outcome::No;
                    f11.message = msg!("art16-surrender-barred", requested = cb.clone());
                }
                None => {
                    f11.outcome = Outcome::DependsOnDomesticLaw;
                    f11.message = msg!("art16-surrender-depends", requested = cb.clone());
                }
            }
        }
    }

    // 16(12)
    let mut f12 = Finding::new(
        "art16.12.enforce_foreign_sentence",
        Provision::untoc(16).para(12),
        Outcome::Undetermined,
    );
    match (enforcement, national, extradites) {
        (Some(false), _, _) => {
            f12.outcome = Outcome::No;
            f12.message = msg!("art16-enforce-not-sought");
        }
        (_, Some(false), _) => {
            f12.outcome = Outcome::No;
            f12.message = msg!("art16-enforce-not-national", requested = cb.clone());
        }
        (_, Some(true), Some(true)) => {
            f12.outcome = Outcome::No;
            f12.message = msg!("art16-enforce-extradites-nationals", requested = cb.clone());
        }
        (None, _, _) => {
            f12.missing.push("request.sentence_enforcement".into());
            f12.message = msg!("art16-enforce-open");
        }
        (Some(true), None, _) => {
            f12.missing.push("request.person_nationalities".into());
            f12.message = msg!("art16-enforce-nationality-open", requested = cb.clone());
        }
        (Some(true), Some(true), _) => {
            match ctx.domestic(b, "art16.12.enforces_foreign_sentences", &mut f12) {
                Some(true) => {
                    f12.outcome = Outcome::Yes;
                    f12.strength = Some(Strength::ShallConsider);
                    f12.message = msg!(
                        "art16-enforce-consider",
                        requested = cb.clone(),
                        requesting = ca.clone()
                    );
                }
                Some(false) => {
                    f12.outcome = Outcome::No;
                    f12.message = msg!("art16-enforce-barred", requested = cb.clone());
                }
                None => {
                    f12.outcome = Outcome::DependsOnDomesticLaw;
                    f12.message = msg!("art16-enforce-depends", requested = cb.clone());
                }
            }
        }
    }

    if enforcement == Some(true) {
        ctx.push(f12);
        ctx.push(f10);
        ctx.push(f11);
    } else {
        ctx.push(f10);
        ctx.push(f11);
        ctx.push(f12);
    }
}

/// Art. 16(15) and 18(22): a request may not be refused on the sole ground
/// that the offence also involves fiscal matters. Engaged when the case says
/// the offence has fiscal aspects; undetermined when it does not say.
pub(crate) fn fiscal_not_sole_ground(
    ctx: &Ctx<'_>,
    id: &'static str,
    citation: Provision,
) -> Finding {
    let b = ctx.requested;
    let mut f = Finding::new(id, citation, Outcome::Undetermined);
    match ctx.case.request.fiscal_aspects {
        Some(true) => {
            f.outcome = Outcome::Yes;
            f.strength = Some(Strength::ProhibitedGround);
            f.message = msg!("art16-fiscal-yes", requested = Arg::Code(b));
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.message = msg!("art16-fiscal-no", citation = citation);
        }
        None => {
            f.missing.push("request.fiscal_aspects".into());
            f.message = msg!("art16-fiscal-open");
        }
    }
    f
}
