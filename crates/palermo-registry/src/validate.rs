//! Checking a request before it is stored: every problem named with the
//! field it is in and what was expected; the accepted draft comes back in
//! canonical form (provisions spelled one way, text trimmed).

use std::fmt;

use jiff::civil::Date;
use palermo_cite::Provision;
use palermo_rules::StateCode;

use crate::grounds::Standing;
use crate::model::{BasisKind, Direction, RequestDraft, Status};

/// The longest text a field takes, in characters.
pub const MAX_SHORT: usize = 200;
/// The longest note, in characters.
pub const MAX_NOTES: usize = 20_000;
/// The most items a list takes.
pub const MAX_ITEMS: usize = 100;

/// One problem with a request: the field (`timeline[2].date`) and what is
/// wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path of the field, as in the JSON form.
    pub field: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {}", self.field, self.message)
    }
}

/// What a request is checked against besides itself.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The recording authority's State: the requesting State of an outgoing
    /// request, the requested State of an incoming one.
    pub authority_state: Option<&'a str>,
    /// The crime types the catalogue knows; `None` accepts any snake_case id.
    pub crime_types: Option<&'a [&'a str]>,
    /// No event can be dated after this.
    pub today: Date,
}

/// Checks `draft` and returns it in canonical form, or every problem found.
pub fn validate(mut d: RequestDraft, cx: &Context<'_>) -> Result<RequestDraft, Vec<Problem>> {
    let mut p = Vec::new();
    let mut bad = |field: &str, message: String| {
        p.push(Problem {
            field: field.to_owned(),
            message,
        })
    };

    trim_opt(&mut d.reference);
    trim_opt(&mut d.requesting_authority);
    trim_opt(&mut d.requested_authority);
    trim_opt(&mut d.notes);
    for (field, v) in [
        ("reference", &d.reference),
        ("requesting_authority", &d.requesting_authority),
        ("requested_authority", &d.requested_authority),
    ] {
        if let Some(v) = v {
            if v.chars().count() > MAX_SHORT {
                bad(field, format!("longer than {MAX_SHORT} characters"));
            }
        }
    }
    if let Some(n) = &d.notes {
        if n.chars().count() > MAX_NOTES {
            bad("notes", format!("longer than {MAX_NOTES} characters"));
        }
    }

    for (field, code) in [
        ("requesting_state", &mut d.requesting_state),
        ("requested_state", &mut d.requested_state),
    ] {
        *code = code.trim().to_owned();
        if let Err(e) = code.parse::<StateCode>() {
            bad(field, e.to_string());
        }
    }
    if d.requesting_state == d.requested_state {
        bad(
            "requested_state",
            format!(
                "the same State as the requesting State (`{}`): a request goes from one State to another",
                d.requesting_state
            ),
        );
    }
    if let Some(own) = cx.authority_state {
        let (field, state) = match d.direction {
            Direction::Outgoing => ("requesting_state", &d.requesting_state),
            Direction::Incoming => ("requested_state", &d.requested_state),
        };
        if state != own {
            bad(
                field,
                format!(
                    "`{state}`, but the authority recording this {} request is of `{own}`: an outgoing request is requested by the authority's State, an incoming one is addressed to it",
                    d.direction.as_str()
                ),
            );
        }
    }

    list_len(&mut bad, "crime_types", d.crime_types.len());
    for (i, c) in d.crime_types.iter_mut().enumerate() {
        *c = c.trim().to_owned();
        let ok_shape = !c.is_empty()
            && c.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !ok_shape {
            bad(
                &format!("crime_types[{i}]"),
                format!("`{c}` is not a crime type id: expected snake_case, e.g. `wildlife_trafficking` (see `palermo crimes list`)"),
            );
        } else if let Some(known) = cx.crime_types {
            if !known.contains(&c.as_str()) {
                bad(
                    &format!("crime_types[{i}]"),
                    format!("`{c}` is not in the crime catalogue (see `palermo crimes list`)"),
                );
            }
        }
    }
    list_len(&mut bad, "offences", d.offences.len());
    for (i, o) in d.offences.iter_mut().enumerate() {
        *o = o.trim().to_owned();
        if o.is_empty() {
            bad(&format!("offences[{i}]"), "empty: name the offence".into());
        } else if o.chars().count() > MAX_SHORT * 2 {
            bad(
                &format!("offences[{i}]"),
                format!("longer than {} characters", MAX_SHORT * 2),
            );
        }
    }

    list_len(&mut bad, "legal_bases", d.legal_bases.len());
    for (i, b) in d.legal_bases.iter_mut().enumerate() {
        let field = format!("legal_bases[{i}].reference");
        trim_opt(&mut b.reference);
        match (b.basis, b.reference.clone()) {
            (BasisKind::Reciprocity, Some(r)) => bad(
                &field,
                format!("`{r}`: reciprocity takes no reference; leave it out"),
            ),
            (BasisKind::Reciprocity, None) => {}
            (BasisKind::Convention, Some(r)) => match r.parse::<Provision>() {
                Ok(pr) => b.reference = Some(pr.to_string()),
                Err(e) => bad(
                    &field,
                    format!("`{r}` is not a provision ({e}): expected e.g. `UNTOC art. 16(4)` or `UNTOC art. 18`"),
                ),
            },
            (k, None) => bad(
                &field,
                format!(
                    "missing: a `{}` basis names {}",
                    k.as_str(),
                    match k {
                        BasisKind::Convention => "the provision, e.g. `UNTOC art. 16(4)`",
                        BasisKind::Treaty => "the treaty",
                        BasisKind::OtherInstrument => "the instrument",
                        _ => "the law",
                    }
                ),
            ),
            (_, Some(r)) if r.chars().count() > MAX_SHORT => {
                bad(&field, format!("longer than {MAX_SHORT} characters"))
            }
            _ => {}
        }
    }
    for i in 1..d.legal_bases.len() {
        if d.legal_bases[..i].contains(&d.legal_bases[i]) {
            bad(
                &format!("legal_bases[{i}]"),
                "the same basis is listed twice".into(),
            );
        }
    }

    list_len(&mut bad, "timeline", d.timeline.len());
    let mut closed: Option<Status> = None;
    for (i, e) in d.timeline.iter_mut().enumerate() {
        trim_opt(&mut e.note);
        if e.date > cx.today {
            bad(
                &format!("timeline[{i}].date"),
                format!(
                    "{} is after today ({}): record what has happened",
                    e.date, cx.today
                ),
            );
        }
        if let Some(f) = closed {
            bad(
                &format!("timeline[{i}].status"),
                format!(
                    "`{}` after the request was closed as `{}`",
                    e.status.as_str(),
                    f.as_str()
                ),
            );
        }
        if e.status.is_final() {
            closed = Some(e.status);
        }
    }
    for i in 1..d.timeline.len() {
        let (prev, e) = (&d.timeline[i - 1], &d.timeline[i]);
        if e.date < prev.date {
            bad(
                &format!("timeline[{i}].date"),
                format!(
                    "{} is before the previous step (`{}` on {}): list the steps in date order",
                    e.date,
                    prev.status.as_str(),
                    prev.date
                ),
            );
        }
        if d.timeline[..i].iter().any(|x| x.status == e.status) {
            bad(
                &format!("timeline[{i}].status"),
                format!("`{}` is already in the timeline", e.status.as_str()),
            );
        }
    }

    list_len(&mut bad, "refusal_grounds", d.refusal_grounds.len());
    let refused = d.timeline.iter().any(|e| e.status == Status::Refused);
    for (i, g) in d.refusal_grounds.iter().enumerate() {
        let field = format!("refusal_grounds[{i}]");
        if !g.applies_to(d.kind.0) {
            bad(
                &field,
                format!(
                    "`{}` is not a ground for a `{}` request",
                    g.code(),
                    d.kind.as_str()
                ),
            );
        } else if !refused && g.standing() != Standing::Postponement {
            bad(
                &field,
                format!(
                    "`{}` is a refusal ground, but the timeline has no `refused` step",
                    g.code()
                ),
            );
        }
        if d.refusal_grounds[..i].contains(g) {
            bad(&field, format!("`{}` is listed twice", g.code()));
        }
    }

    if let Some(a) = &d.assessment {
        if !matches!(a.case_syntax.as_str(), "toml" | "json") {
            bad(
                "assessment.case_syntax",
                format!("`{}`: expected `toml` or `json`", a.case_syntax),
            );
        }
        if !matches!(
            a.serious_crime_law.as_str(),
            "requesting" | "requested" | "both"
        ) {
            bad(
                "assessment.serious_crime_law",
                format!(
                    "`{}`: expected `requesting`, `requested` or `both`",
                    a.serious_crime_law
                ),
            );
        }
        if !a.data_snapshot.starts_with("sha256:") {
            bad(
                "assessment.data_snapshot",
                format!(
                    "`{}`: expected the data's snapshot id, `sha256:` and 64 hex digits",
                    a.data_snapshot
                ),
            );
        }
    }

    list_len(&mut bad, "attachments", d.attachments.len());
    for (i, a) in d.attachments.iter_mut().enumerate() {
        a.name = a.name.trim().to_owned();
        if a.name.is_empty() || a.name.chars().count() > MAX_SHORT {
            bad(
                &format!("attachments[{i}].name"),
                format!("expected a file name of 1 to {MAX_SHORT} characters"),
            );
        }
        if let Some(h) = &a.sha256 {
            if h.len() != 64
                || !h
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
            {
                bad(
                    &format!("attachments[{i}].sha256"),
                    "expected 64 lower-case hex digits".into(),
                );
            }
        }
    }

    if p.is_empty() {
        Ok(d)
    } else {
        Err(p)
    }
}

fn trim_opt(s: &mut Option<String>) {
    if let Some(v) = s {
        let t = v.trim();
        if t.is_empty() {
            *s = None;
        } else if t.len() != v.len() {
            *s = Some(t.to_owned());
        }
    }
}

fn list_len(bad: &mut impl FnMut(&str, String), field: &str, n: usize) {
    if n > MAX_ITEMS {
        bad(field, format!("{n} items: at most {MAX_ITEMS}"));
    }
}
