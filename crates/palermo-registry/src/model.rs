//! A cooperation request as the registry records it: who asked whom for
//! what, on which legal basis, with which assessment, and what became of it.

use jiff::civil::Date;
use palermo_rules::facts::RequestKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::grounds::Ground;

/// The registry's number for a record (assigned by the store, never reused).
pub type RecordId = i64;
/// The store's number for an authority.
pub type AuthorityId = i64;
/// The store's number for a user.
pub type UserId = i64;

/// Whether the authority sent the request or received it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Sent by the recording authority's State.
    Outgoing,
    /// Received by the recording authority's State.
    Incoming,
}

impl Direction {
    /// Both directions.
    pub const ALL: [Direction; 2] = [Direction::Outgoing, Direction::Incoming];

    /// The registry's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Outgoing => "outgoing",
            Direction::Incoming => "incoming",
        }
    }

    /// Parses the registry's spelling.
    pub fn parse(s: &str) -> Option<Direction> {
        Direction::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// The kind of cooperation, spelled as in case files (`extradition`,
/// `mutual_legal_assistance`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ToSchema)]
#[schema(value_type = String, example = "mutual_legal_assistance")]
pub struct Kind(pub RequestKind);

impl Kind {
    /// The case format's spelling.
    pub fn as_str(self) -> &'static str {
        self.0.as_str()
    }

    /// Parses the case format's spelling.
    pub fn parse(s: &str) -> Option<Kind> {
        RequestKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .map(Kind)
    }
}

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        let s = String::deserialize(d)?;
        Kind::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{s}` is not a kind of cooperation: expected one of {}",
                RequestKind::ALL.map(|k| k.as_str()).join(", ")
            ))
        })
    }
}

/// What a legal basis relied on is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum BasisKind {
    /// An article of the Convention or a Protocol (reference: the provision,
    /// e.g. `UNTOC art. 16(4)`).
    Convention,
    /// A bilateral or multilateral treaty (reference: its name).
    Treaty,
    /// Reciprocity (comity); no reference needed.
    Reciprocity,
    /// Another instrument, e.g. UNCAC or the 1988 Convention (reference: its name).
    OtherInstrument,
    /// The requested State's domestic law alone (reference: the law).
    DomesticLaw,
}

impl BasisKind {
    /// Every kind of basis.
    pub const ALL: [BasisKind; 5] = [
        BasisKind::Convention,
        BasisKind::Treaty,
        BasisKind::Reciprocity,
        BasisKind::OtherInstrument,
        BasisKind::DomesticLaw,
    ];

    /// The registry's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            BasisKind::Convention => "convention",
            BasisKind::Treaty => "treaty",
            BasisKind::Reciprocity => "reciprocity",
            BasisKind::OtherInstrument => "other_instrument",
            BasisKind::DomesticLaw => "domestic_law",
        }
    }

    /// Parses the registry's spelling.
    pub fn parse(s: &str) -> Option<BasisKind> {
        BasisKind::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

/// One legal basis the request relies on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// What kind of basis.
    pub basis: BasisKind,
    /// The provision (for `convention`, in canonical form: `UNTOC art.
    /// 16(4)`), or the treaty, instrument or law; none for reciprocity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// A step in a request's life.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Written, not yet sent.
    Drafted,
    /// Sent to the requested State.
    Sent,
    /// Received by the requested State.
    Received,
    /// Receipt acknowledged by the requested State.
    Acknowledged,
    /// Executed in full.
    Executed,
    /// Executed in part.
    PartlyExecuted,
    /// Refused (grounds in `refusal_grounds`).
    Refused,
    /// Withdrawn by the requesting State.
    Withdrawn,
}

impl Status {
    /// Every status, in the order a request goes through them.
    pub const ALL: [Status; 8] = [
        Status::Drafted,
        Status::Sent,
        Status::Received,
        Status::Acknowledged,
        Status::Executed,
        Status::PartlyExecuted,
        Status::Refused,
        Status::Withdrawn,
    ];

    /// The registry's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Drafted => "drafted",
            Status::Sent => "sent",
            Status::Received => "received",
            Status::Acknowledged => "acknowledged",
            Status::Executed => "executed",
            Status::PartlyExecuted => "partly_executed",
            Status::Refused => "refused",
            Status::Withdrawn => "withdrawn",
        }
    }

    /// Parses the registry's spelling.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether the request is closed at this step.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Status::Executed | Status::PartlyExecuted | Status::Refused | Status::Withdrawn
        )
    }
}

/// A dated step of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// What happened.
    pub status: Status,
    /// When (the date on the document, not the date it was recorded).
    #[schema(value_type = String, format = Date, example = "2025-03-14")]
    pub date: Date,
    /// A short note (e.g. the reference of the acknowledgement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What is known about a file attached to the request (the file itself is
/// kept by the authority; the registry records that it exists).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// File name.
    pub name: String,
    /// Media type (`application/pdf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// SHA-256 of the content, lower-case hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// The assessment that supports the request, kept so that it can be
/// reproduced: the same engine version, data snapshot, date and options
/// give the same JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentSnapshot {
    /// The engine's version (`palermo` crate version).
    pub engine_version: String,
    /// The reference data's snapshot id (`sha256:…`).
    pub data_snapshot: String,
    /// The date the law was applied at.
    #[schema(value_type = String, format = Date)]
    pub as_of: Date,
    /// `--serious-crime-law` reading used (`requesting`, `requested`, `both`).
    pub serious_crime_law: String,
    /// The answer's outcome (`yes`, `no`, `undetermined`, ...), for statistics.
    pub outcome: String,
    /// The case file as submitted (TOML or JSON text).
    pub case: String,
    /// `toml` or `json`: how to read `case`.
    pub case_syntax: String,
    /// The assessment, exactly as `palermo assess --format json` wrote it.
    #[schema(value_type = Object)]
    pub result: serde_json::Value,
}

/// What the user supplies for a request (everything but the registry's own
/// bookkeeping).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestDraft {
    /// The authority's own file reference (e.g. `MLA/2025/014`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Sent or received.
    pub direction: Direction,
    /// Kind of cooperation.
    pub kind: Kind,
    /// The requesting State (ISO 3166-1 alpha-3).
    #[schema(example = "ITA", pattern = "^[A-Z]{3}$")]
    pub requesting_state: String,
    /// The requested State (ISO 3166-1 alpha-3).
    #[schema(example = "KEN", pattern = "^[A-Z]{3}$")]
    pub requested_state: String,
    /// The requesting authority's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requesting_authority: Option<String>,
    /// The requested authority's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_authority: Option<String>,
    /// Crime types from the catalogue (`wildlife_trafficking`).
    #[serde(default)]
    pub crime_types: Vec<String>,
    /// The offences as the request names them.
    #[serde(default)]
    pub offences: Vec<String>,
    /// The legal bases relied on.
    #[serde(default)]
    pub legal_bases: Vec<LegalBasis>,
    /// The supporting assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<AssessmentSnapshot>,
    /// What happened, in date order.
    #[serde(default)]
    pub timeline: Vec<Event>,
    /// Grounds cited for a refusal (or postponement).
    #[serde(default)]
    pub refusal_grounds: Vec<Ground>,
    /// Free notes. Confidential like the rest of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Attached files' metadata.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

impl RequestDraft {
    /// The last step of the timeline, if any.
    pub fn status(&self) -> Option<Status> {
        self.timeline.last().map(|e| e.status)
    }

    /// The date of the first event with `status`.
    pub fn date_of(&self, status: Status) -> Option<Date> {
        self.timeline
            .iter()
            .find(|e| e.status == status)
            .map(|e| e.date)
    }

    /// Whether the Convention (or a Protocol) is among the legal bases.
    pub fn relies_on_convention(&self) -> bool {
        self.legal_bases
            .iter()
            .any(|b| b.basis == BasisKind::Convention)
    }

    /// The date the request started for the recording authority: sent
    /// (outgoing) or received (incoming); the first of the two otherwise.
    pub fn start_date(&self) -> Option<Date> {
        let first = match self.direction {
            Direction::Outgoing => Status::Sent,
            Direction::Incoming => Status::Received,
        };
        self.date_of(first)
            .or_else(|| self.date_of(Status::Sent))
            .or_else(|| self.date_of(Status::Received))
    }

    /// Days from the start to execution (full or partial), if both are dated.
    pub fn days_to_execution(&self) -> Option<i64> {
        let start = self.start_date()?;
        let end = self
            .date_of(Status::Executed)
            .or_else(|| self.date_of(Status::PartlyExecuted))?;
        let span = start.until(end).ok()?;
        Some(i64::from(span.get_days()))
    }
}

/// A request as stored: the draft plus the registry's bookkeeping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RequestRecord {
    /// The registry's number.
    pub id: RecordId,
    /// The authority that owns the record; only its users see it.
    pub authority_id: AuthorityId,
    /// Incremented by every change; an update must name the version it
    /// changes (no lost update).
    pub version: i64,
    /// When the record was created (UTC, RFC 3339).
    pub created_at: String,
    /// When it last changed (UTC, RFC 3339).
    pub updated_at: String,
    /// Approved by a supervisor: who and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<Approval>,
    /// The request.
    #[serde(flatten)]
    pub request: RequestDraft,
}

/// A supervisor's approval of a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Approval {
    /// The supervisor's user name.
    pub by: String,
    /// When (UTC, RFC 3339).
    pub at: String,
}
