//! Participation in instruments other than the Convention that may carry the
//! same request (`other_instruments.csv`): UNCAC, the 1988 Drugs Convention,
//! the Budapest Convention, the European Conventions on Extradition (1957)
//! and Mutual Assistance (1959), and membership of the European Union. Facts
//! only, each dated and sourced; what they mean for a request is decided in
//! `palermo-rules` (`bases.rs`).

use crate::model::Text;
use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{field, parse_date, source, state_code, Rows, DATA_FILES};
use crate::{Source, StateCode};

/// An instrument of `other_instruments.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OtherInstrumentId {
    /// UN Convention against Corruption (2003), MTDSG XVIII-14.
    Uncac,
    /// UN Convention against Illicit Traffic in Narcotic Drugs and
    /// Psychotropic Substances (1988), MTDSG VI-19.
    DrugConvention1988,
    /// Council of Europe Convention on Cybercrime (2001), CETS 185.
    BudapestConvention,
    /// European Convention on Extradition (1957), ETS 024.
    EuropeanConventionExtradition1957,
    /// European Convention on Mutual Assistance in Criminal Matters (1959), ETS 030.
    EuropeanConventionMla1959,
    /// Membership of the European Union.
    EuMembership,
}

impl OtherInstrumentId {
    /// Every instrument, in the order of the data documentation.
    pub const ALL: [OtherInstrumentId; 6] = [
        OtherInstrumentId::Uncac,
        OtherInstrumentId::DrugConvention1988,
        OtherInstrumentId::BudapestConvention,
        OtherInstrumentId::EuropeanConventionExtradition1957,
        OtherInstrumentId::EuropeanConventionMla1959,
        OtherInstrumentId::EuMembership,
    ];

    /// The data's spelling (`uncac`).
    pub fn as_str(self) -> &'static str {
        match self {
            OtherInstrumentId::Uncac => "uncac",
            OtherInstrumentId::DrugConvention1988 => "drug_convention_1988",
            OtherInstrumentId::BudapestConvention => "budapest_convention",
            OtherInstrumentId::EuropeanConventionExtradition1957 => {
                "european_convention_extradition_1957"
            }
            OtherInstrumentId::EuropeanConventionMla1959 => "european_convention_mla_1959",
            OtherInstrumentId::EuMembership => "eu_membership",
        }
    }

    /// Reads the data's spelling.
    pub fn parse(s: &str) -> Option<OtherInstrumentId> {
        OtherInstrumentId::ALL.into_iter().find(|i| i.as_str() == s)
    }

    /// Whether the source of this list is the complete list of participants
    /// as of its date, as read (data/README.md): then a State it does not
    /// list was not a party on that date. True of the UNTC scrape and of the
    /// EU's list of members; the Council of Europe charts could be read only
    /// in part.
    pub fn list_complete(self) -> bool {
        matches!(
            self,
            OtherInstrumentId::Uncac
                | OtherInstrumentId::DrugConvention1988
                | OtherInstrumentId::EuMembership
        )
    }
}

/// How a State became bound, or stopped being bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherConsentType {
    /// Ratification.
    Ratification,
    /// Acceptance.
    Acceptance,
    /// Approval.
    Approval,
    /// Accession.
    Accession,
    /// Succession.
    Succession,
    /// Formal confirmation (an international organization).
    FormalConfirmation,
    /// Entry into the European Union (`eu_membership` only).
    Membership,
    /// Withdrawal: the `consent` date is the last day the State was bound.
    Withdrawal,
}

impl OtherConsentType {
    const ALL: [OtherConsentType; 8] = [
        OtherConsentType::Ratification,
        OtherConsentType::Acceptance,
        OtherConsentType::Approval,
        OtherConsentType::Accession,
        OtherConsentType::Succession,
        OtherConsentType::FormalConfirmation,
        OtherConsentType::Membership,
        OtherConsentType::Withdrawal,
    ];

    /// The data's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            OtherConsentType::Ratification => "ratification",
            OtherConsentType::Acceptance => "acceptance",
            OtherConsentType::Approval => "approval",
            OtherConsentType::Accession => "accession",
            OtherConsentType::Succession => "succession",
            OtherConsentType::FormalConfirmation => "formal_confirmation",
            OtherConsentType::Membership => "membership",
            OtherConsentType::Withdrawal => "withdrawal",
        }
    }
}

/// One row of `other_instruments.csv`.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherParticipation {
    /// The participant.
    pub state: StateCode,
    /// The instrument.
    pub instrument: OtherInstrumentId,
    /// The name as the source writes it.
    pub name: Text,
    /// Date of signature, if any.
    pub signature: Option<Date>,
    /// Date of the instrument of consent (or of entry, or the last day of
    /// membership for a withdrawal); `None` for a signatory only.
    pub consent: Option<Date>,
    /// What `consent` records.
    pub consent_type: Option<OtherConsentType>,
    /// Entry into force for the State, where the source gives it.
    pub entry_into_force: Option<Date>,
    /// Provenance.
    pub source: Source,
    /// The source's wording, flags, caveats.
    pub notes: Text,
}

const COLUMNS: [&str; 10] = [
    "participant",
    "iso3166_alpha3",
    "instrument",
    "signature",
    "consent",
    "consent_type",
    "entry_into_force",
    "source_url",
    "source_as_of",
    "notes",
];

/// Reads `other_instruments.csv`, with a diagnostic (line and column) for
/// every row left out and for every doubtful one.
pub(crate) fn parse_other_instruments(
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OtherParticipation> {
    let mut rows = Rows {
        file: DATA_FILES[6],
        diagnostics,
    };
    let records = rows.read(text, &COLUMNS);
    let mut out: Vec<OtherParticipation> = Vec::with_capacity(records.len());
    for (line, map) in records {
        let Some(state) = state_code(&mut rows, line, &map) else {
            continue;
        };
        let value = field(&map, "instrument");
        let Some(instrument) = OtherInstrumentId::parse(value) else {
            let all: Vec<&str> = OtherInstrumentId::ALL.iter().map(|i| i.as_str()).collect();
            rows.push(
                Severity::Error,
                line,
                Some("instrument"),
                format!(
                    "`{value}` is not an instrument: expected {}",
                    all.join(", ")
                ),
            );
            continue;
        };
        let mut dates = [None; 3];
        let mut bad = false;
        for (slot, col) in dates
            .iter_mut()
            .zip(["signature", "consent", "entry_into_force"])
        {
            match parse_date(&mut rows, line, col, field(&map, col)) {
                Ok(d) => *slot = d,
                Err(()) => bad = true,
            }
        }
        if bad {
            continue;
        }
        let [signature, consent, entry_into_force] = dates;
        let value = field(&map, "consent_type");
        let consent_type = match value {
            "" => None,
            v => match OtherConsentType::ALL.into_iter().find(|c| c.as_str() == v) {
                Some(c) => Some(c),
                None => {
                    let all: Vec<&str> = OtherConsentType::ALL.iter().map(|c| c.as_str()).collect();
                    rows.push(
                        Severity::Error,
                        line,
                        Some("consent_type"),
                        format!(
                            "`{v}` is not a consent type: expected {} or empty",
                            all.join(", ")
                        ),
                    );
                    continue;
                }
            },
        };
        let problem = match (consent, consent_type) {
            (Some(_), None) => Some((
                "consent_type",
                "a consent date needs its consent_type".to_string(),
            )),
            (None, Some(c)) => Some((
                "consent",
                format!("consent_type `{}` needs a consent date", c.as_str()),
            )),
            (_, Some(OtherConsentType::Membership))
                if instrument != OtherInstrumentId::EuMembership =>
            {
                Some((
                    "consent_type",
                    "`membership` is for eu_membership rows only".to_string(),
                ))
            }
            (_, Some(c))
                if instrument == OtherInstrumentId::EuMembership
                    && !matches!(
                        c,
                        OtherConsentType::Membership | OtherConsentType::Withdrawal
                    ) =>
            {
                Some((
                    "consent_type",
                    format!(
                        "`{}`: an eu_membership row is `membership` or `withdrawal`",
                        c.as_str()
                    ),
                ))
            }
            _ => None,
        };
        if let Some((col, message)) = problem {
            rows.push(Severity::Error, line, Some(col), message);
            continue;
        }
        if let (Some(c), Some(e)) = (consent, entry_into_force) {
            if e < c {
                rows.push(
                    Severity::Error,
                    line,
                    Some("entry_into_force"),
                    format!("entry into force {e} precedes the consent date {c}"),
                );
                continue;
            }
        }
        let withdrawal = consent_type == Some(OtherConsentType::Withdrawal);
        // One consent row per State and instrument, and at most one
        // withdrawal after it.
        let earlier = out
            .iter()
            .filter(|o| o.state == state && o.instrument == instrument)
            .map(|o| {
                (
                    o.consent_type == Some(OtherConsentType::Withdrawal),
                    o.consent,
                    o.source.line,
                )
            })
            .collect::<Vec<_>>();
        let clash = if withdrawal {
            match earlier.iter().find(|(w, _, _)| !*w) {
                None => Some(
                    "a withdrawal needs an earlier row recording the State's consent".to_string(),
                ),
                Some((_, c, _)) if c.zip(consent).is_some_and(|(c, w)| w < c) => {
                    Some("the withdrawal precedes the consent it ends".to_string())
                }
                _ => earlier.iter().find(|(w, _, _)| *w).map(|(_, _, l)| {
                    format!(
                        "{state} / {} has a withdrawal on line {l} already",
                        instrument.as_str()
                    )
                }),
            }
        } else {
            earlier
                .iter()
                .find(|(w, _, _)| !*w)
                .map(|(_, _, l)| format!("{state} / {} is on line {l} already: one row per State and instrument (and a withdrawal row)", instrument.as_str()))
        };
        if let Some(message) = clash {
            rows.push(Severity::Error, line, Some("iso3166_alpha3"), message);
            continue;
        }
        let name = field(&map, "participant").to_string();
        if name.is_empty() {
            rows.push(
                Severity::Warning,
                line,
                Some("participant"),
                "no participant name".into(),
            );
        }
        let source = source(&mut rows, line, &map);
        out.push(OtherParticipation {
            state,
            instrument,
            name: name.into(),
            signature,
            consent,
            consent_type,
            entry_into_force,
            source,
            notes: field(&map, "notes").to_string().into(),
        });
    }
    out
}

/// The date each instrument's list reflects as a whole: the date most of its
/// rows share (the later on a tie), for the instruments with dated rows.
pub(crate) fn lists_as_of(
    rows: &[OtherParticipation],
) -> Vec<(OtherInstrumentId, std::sync::Arc<str>)> {
    let mut counts: Vec<(OtherInstrumentId, std::sync::Arc<str>, usize)> = Vec::new();
    for r in rows.iter().filter(|r| !r.source.as_of.is_empty()) {
        match counts
            .iter_mut()
            .find(|(k, d, _)| *k == r.instrument && *d == r.source.as_of)
        {
            Some((_, _, n)) => *n += 1,
            None => counts.push((r.instrument, r.source.as_of.clone(), 1)),
        }
    }
    let mut list_as_of: Vec<(OtherInstrumentId, std::sync::Arc<str>)> = Vec::new();
    for i in OtherInstrumentId::ALL {
        if let Some((_, d, _)) = counts
            .iter()
            .filter(|(k, _, _)| *k == i)
            .max_by(|(_, a, n), (_, b, m)| n.cmp(m).then_with(|| a.cmp(b)))
        {
            list_as_of.push((i, d.clone()));
        }
    }
    list_as_of
}

impl crate::RefData {
    /// Every row of `other_instruments.csv`, in file order.
    pub fn all_other_instruments(&self) -> &[OtherParticipation] {
        self.other.all()
    }

    /// The rows of `state` (every instrument), in file order.
    pub fn other_instruments(&self, state: StateCode) -> impl Iterator<Item = &OtherParticipation> {
        self.other.of(state).iter()
    }

    /// The rows of `state` for `instrument`: its consent (or signature) row,
    /// then a withdrawal row if any.
    pub fn other_instrument(
        &self,
        state: StateCode,
        instrument: OtherInstrumentId,
    ) -> impl Iterator<Item = &OtherParticipation> {
        self.other_instruments(state)
            .filter(move |r| r.instrument == instrument)
    }

    /// The date the list of `instrument` reflects as a whole (as written:
    /// `2014-07-10`), if it has rows.
    pub fn other_instrument_as_of(&self, instrument: OtherInstrumentId) -> Option<&str> {
        self.other_as_of
            .iter()
            .find(|(i, _)| *i == instrument)
            .map(|(_, d)| &**d)
    }
}
