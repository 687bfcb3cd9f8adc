//! Request records: create, read, list, update, approve, import, export,
//! and the drafts statistics are computed from. Each operation checks the
//! principal first; a record of another authority is `NotFound`, exactly as
//! a record that does not exist, and the check happens before any content
//! leaves the database layer.

use palermo_registry::{
    check, validate, Access, Action, Approval, Context, Principal, RecordId, RequestDraft,
    RequestRecord,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::{Any, Row, Transaction};
use utoipa::{IntoParams, ToSchema};

use crate::accounts::next_id;
use crate::chain::{entry_from_row, Chain};
use crate::{now, Store, StoreError};

/// A record as listed: enough to find it, not its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct RecordSummary {
    /// Its number.
    pub id: RecordId,
    /// The authority's reference.
    pub reference: Option<String>,
    /// `outgoing` or `incoming`.
    pub direction: String,
    /// Kind of cooperation.
    pub kind: String,
    /// Requesting State.
    pub requesting_state: String,
    /// Requested State.
    pub requested_state: String,
    /// Sent (outgoing) or received (incoming).
    pub start_date: Option<String>,
    /// The last step of the timeline.
    pub status: Option<String>,
    /// Version.
    pub version: i64,
    /// Last change.
    pub updated_at: String,
}

/// What to list.
#[derive(Clone, Debug, Default, Deserialize, IntoParams, ToSchema)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListFilter {
    /// `outgoing` or `incoming`.
    pub direction: Option<String>,
    /// Kind of cooperation.
    pub kind: Option<String>,
    /// Last status (`pending` for requests not closed).
    pub status: Option<String>,
    /// The other State.
    pub counterpart: Option<String>,
    /// Started on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// Started on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<i64>,
    /// Records with a number below this (for the next page).
    pub before: Option<i64>,
}

/// The digest of a record's stored state that its audit entry carries, so
/// `audit verify` sees a change made behind the registry's back.
pub(crate) fn content_digest(
    body: &str,
    version: i64,
    approved_by: Option<&str>,
    approved_at: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    for part in [
        body,
        &version.to_string(),
        approved_by.unwrap_or(""),
        approved_at.unwrap_or(""),
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    palermo_registry::audit::hex(&h.finalize())
}

fn allow(who: &Principal, what: Action) -> Result<(), StoreError> {
    match check(who, what) {
        Access::Allowed => Ok(()),
        Access::Forbidden => Err(StoreError::Forbidden),
        Access::NotFound => Err(StoreError::NotFound),
    }
}

fn actor(who: &Principal) -> String {
    format!("user:{}", who.user)
}

const COLUMNS: &str =
    "id, authority_id, version, created_at, updated_at, approved_by, approved_at, body";

fn record_from_row(r: &sqlx::any::AnyRow) -> Result<RequestRecord, StoreError> {
    let body: String = r.try_get(7)?;
    let request: RequestDraft = serde_json::from_str(&body)
        .map_err(|e| StoreError::Open(format!("a stored record does not read back: {e}")))?;
    let by: Option<String> = r.try_get(5)?;
    let at: Option<String> = r.try_get(6)?;
    Ok(RequestRecord {
        id: r.try_get(0)?,
        authority_id: r.try_get(1)?,
        version: r.try_get(2)?,
        created_at: r.try_get(3)?,
        updated_at: r.try_get(4)?,
        approved: match (by, at) {
            (Some(by), Some(at)) => Some(Approval { by, at }),
            _ => None,
        },
        request,
    })
}

impl Store {
    fn context<'a>(&self, who: &'a Principal, crimes: Option<&'a [&'a str]>) -> Context<'a> {
        Context {
            authority_state: Some(&who.state),
            crime_types: crimes,
            today: jiff::Zoned::now().date(),
        }
    }

    async fn insert(
        &self,
        tx: &mut Transaction<'_, Any>,
        chain: &mut Chain,
        who: &Principal,
        draft: &RequestDraft,
        how: &str,
    ) -> Result<RequestRecord, StoreError> {
        let id = next_id(tx, "record").await?;
        let body = serde_json::to_string(draft).map_err(|e| StoreError::Open(e.to_string()))?;
        let at = now();
        sqlx::query("INSERT INTO records (id, authority_id, version, created_at, updated_at, direction, kind, requesting_state, requested_state, reference, start_date, status, body) VALUES ($1, $2, 1, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
            .bind(id)
            .bind(who.authority_id)
            .bind(&at)
            .bind(draft.direction.as_str())
            .bind(draft.kind.as_str())
            .bind(&draft.requesting_state)
            .bind(&draft.requested_state)
            .bind(draft.reference.as_deref())
            .bind(draft.start_date().map(|d| d.to_string()))
            .bind(draft.status().map(|s| s.as_str()))
            .bind(&body)
            .execute(&mut **tx)
            .await?;
        chain
            .append(
                tx,
                &actor(who),
                Some(who.authority_id),
                how,
                &format!("record:{id}"),
                &format!("version=1 sha256={}", content_digest(&body, 1, None, None)),
            )
            .await?;
        Ok(RequestRecord {
            id,
            authority_id: who.authority_id,
            version: 1,
            created_at: at.clone(),
            updated_at: at,
            approved: None,
            request: draft.clone(),
        })
    }

    /// Records a new request for the principal's authority. `crimes` is
    /// the catalogue's crime type ids, to check against.
    pub async fn create_record(
        &self,
        who: &Principal,
        draft: RequestDraft,
        crimes: Option<&[&str]>,
    ) -> Result<RequestRecord, StoreError> {
        allow(who, Action::CreateRecord)?;
        let draft = validate(draft, &self.context(who, crimes)).map_err(StoreError::Invalid)?;
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let rec = self
            .insert(&mut tx, &mut chain, who, &draft, "record.create")
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(rec)
    }

    /// Records many requests in one transaction: all or none.
    pub async fn import_records(
        &self,
        who: &Principal,
        drafts: Vec<RequestDraft>,
        crimes: Option<&[&str]>,
    ) -> Result<Vec<RecordId>, StoreError> {
        allow(who, Action::CreateRecord)?;
        let cx = self.context(who, crimes);
        let mut ok = Vec::with_capacity(drafts.len());
        let mut problems = Vec::new();
        for (i, d) in drafts.into_iter().enumerate() {
            match validate(d, &cx) {
                Ok(d) => ok.push(d),
                Err(ps) => problems.extend(ps.into_iter().map(|mut p| {
                    p.field = format!("[{i}].{}", p.field);
                    p
                })),
            }
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let mut ids = Vec::with_capacity(ok.len());
        for d in &ok {
            ids.push(
                self.insert(&mut tx, &mut chain, who, d, "record.import")
                    .await?
                    .id,
            );
        }
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// Reads one record; the read is audited.
    pub async fn get_record(
        &self,
        who: &Principal,
        id: RecordId,
    ) -> Result<RequestRecord, StoreError> {
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let rec = self.load(&mut tx, who, id, Action::ReadRecord).await?;
        chain
            .append(
                &mut tx,
                &actor(who),
                Some(who.authority_id),
                "record.read",
                &format!("record:{id}"),
                "",
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(rec)
    }

    async fn load(
        &self,
        tx: &mut Transaction<'_, Any>,
        who: &Principal,
        id: RecordId,
        action: impl Fn(i64) -> Action,
    ) -> Result<RequestRecord, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM records WHERE id = $1"))
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let owner: i64 = row.try_get(1)?;
        allow(who, action(owner))?;
        record_from_row(&row)
    }

    /// Replaces a record's request, if it is still at `version`.
    pub async fn update_record(
        &self,
        who: &Principal,
        id: RecordId,
        version: i64,
        draft: RequestDraft,
        crimes: Option<&[&str]>,
    ) -> Result<RequestRecord, StoreError> {
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let old = self.load(&mut tx, who, id, Action::UpdateRecord).await?;
        // Checked only once the principal may see the record: a stranger
        // learns nothing from validation messages.
        let draft = validate(draft, &self.context(who, crimes)).map_err(StoreError::Invalid)?;
        if old.version != version {
            return Err(StoreError::Conflict {
                current: old.version,
            });
        }
        let body = serde_json::to_string(&draft).map_err(|e| StoreError::Open(e.to_string()))?;
        let v = version + 1;
        sqlx::query("UPDATE records SET version = $1, updated_at = $2, direction = $3, kind = $4, requesting_state = $5, requested_state = $6, reference = $7, start_date = $8, status = $9, body = $10, approved_by = NULL, approved_at = NULL WHERE id = $11")
            .bind(v)
            .bind(now())
            .bind(draft.direction.as_str())
            .bind(draft.kind.as_str())
            .bind(&draft.requesting_state)
            .bind(&draft.requested_state)
            .bind(draft.reference.as_deref())
            .bind(draft.start_date().map(|d| d.to_string()))
            .bind(draft.status().map(|s| s.as_str()))
            .bind(&body)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        chain
            .append(
                &mut tx,
                &actor(who),
                Some(who.authority_id),
                "record.update",
                &format!("record:{id}"),
                &format!(
                    "version={v} changed={} sha256={}",
                    changed_fields(&old.request, &draft),
                    content_digest(&body, v, None, None)
                ),
            )
            .await?;
        chain.finish(&mut tx).await?;
        let rec = self.load(&mut tx, who, id, Action::ReadRecord).await?;
        tx.commit().await?;
        Ok(rec)
    }

    /// A supervisor approves a record (at its current version); a later
    /// change withdraws the approval.
    pub async fn approve_record(
        &self,
        who: &Principal,
        id: RecordId,
        version: i64,
    ) -> Result<RequestRecord, StoreError> {
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let old = self.load(&mut tx, who, id, Action::ApproveRecord).await?;
        if old.version != version {
            return Err(StoreError::Conflict {
                current: old.version,
            });
        }
        let at = now();
        sqlx::query("UPDATE records SET approved_by = $1, approved_at = $2 WHERE id = $3")
            .bind(&who.user)
            .bind(&at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let body =
            serde_json::to_string(&old.request).map_err(|e| StoreError::Open(e.to_string()))?;
        chain
            .append(
                &mut tx,
                &actor(who),
                Some(who.authority_id),
                "record.approve",
                &format!("record:{id}"),
                &format!(
                    "version={version} sha256={}",
                    content_digest(&body, version, Some(&who.user), Some(&at))
                ),
            )
            .await?;
        chain.finish(&mut tx).await?;
        let rec = self.load(&mut tx, who, id, Action::ReadRecord).await?;
        tx.commit().await?;
        Ok(rec)
    }

    /// Lists the principal's authority's records, newest first.
    pub async fn list_records(
        &self,
        who: &Principal,
        f: &ListFilter,
    ) -> Result<Vec<RecordSummary>, StoreError> {
        allow(who, Action::ListRecords)?;
        let mut sql = String::from("SELECT id, reference, direction, kind, requesting_state, requested_state, start_date, status, version, updated_at FROM records WHERE authority_id = $1");
        let mut binds: Vec<String> = Vec::new();
        fn add(sql: &mut String, binds: &mut Vec<String>, clause: &str, v: &str) {
            // `$1` is the authority; each `?` takes the next number.
            let mut out = String::new();
            for (i, part) in clause.split('?').enumerate() {
                if i > 0 {
                    binds.push(v.to_owned());
                    out.push_str(&format!("${}", binds.len() + 1));
                }
                out.push_str(part);
            }
            sql.push_str(&out);
        }
        if let Some(d) = &f.direction {
            add(&mut sql, &mut binds, " AND direction = ?", d);
        }
        if let Some(k) = &f.kind {
            add(&mut sql, &mut binds, " AND kind = ?", k);
        }
        match f.status.as_deref() {
            Some("pending") => sql.push_str(" AND (status IS NULL OR status NOT IN ('executed', 'partly_executed', 'refused', 'withdrawn'))"),
            Some(s) => add(&mut sql, &mut binds, " AND status = ?", s),
            None => {}
        }
        if let Some(c) = &f.counterpart {
            add(
                &mut sql,
                &mut binds,
                " AND ((direction = 'outgoing' AND requested_state = ?) OR (direction = 'incoming' AND requesting_state = ?))",
                c,
            );
        }
        if let Some(d) = &f.from {
            add(&mut sql, &mut binds, " AND start_date >= ?", d);
        }
        if let Some(d) = &f.to {
            add(&mut sql, &mut binds, " AND start_date <= ?", d);
        }
        let before = f.before.unwrap_or(i64::MAX);
        let limit = f.limit.unwrap_or(100).clamp(1, 1000);
        sql.push_str(&format!(
            " AND id < {before} ORDER BY id DESC LIMIT {limit}"
        ));
        let mut q = sqlx::query(&sql).bind(who.authority_id);
        for b in &binds {
            q = q.bind(b);
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                Ok(RecordSummary {
                    id: r.try_get(0)?,
                    reference: r.try_get(1)?,
                    direction: r.try_get(2)?,
                    kind: r.try_get(3)?,
                    requesting_state: r.try_get(4)?,
                    requested_state: r.try_get(5)?,
                    start_date: r.try_get(6)?,
                    status: r.try_get(7)?,
                    version: r.try_get(8)?,
                    updated_at: r.try_get(9)?,
                })
            })
            .collect()
    }

    /// Every record of the principal's authority, in full (for export);
    /// audited as one read.
    pub async fn export_records(&self, who: &Principal) -> Result<Vec<RequestRecord>, StoreError> {
        allow(who, Action::ListRecords)?;
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM records WHERE authority_id = $1 ORDER BY id"
        ))
        .bind(who.authority_id)
        .fetch_all(&mut *tx)
        .await?;
        let recs = rows
            .iter()
            .map(record_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        chain
            .append(
                &mut tx,
                &actor(who),
                Some(who.authority_id),
                "record.export",
                &format!("authority:{}", who.authority_id),
                &format!("records={}", recs.len()),
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(recs)
    }

    /// The requests statistics are computed from: the principal's
    /// authority's, content included but never returned by the callers
    /// (they aggregate). Analysts may call it.
    pub async fn drafts_for_statistics(
        &self,
        who: &Principal,
    ) -> Result<Vec<RequestDraft>, StoreError> {
        allow(who, Action::ReadStatistics)?;
        let rows = sqlx::query("SELECT body FROM records WHERE authority_id = $1 ORDER BY id")
            .bind(who.authority_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let body: String = r.try_get(0)?;
                serde_json::from_str(&body).map_err(|e| {
                    StoreError::Open(format!("a stored record does not read back: {e}"))
                })
            })
            .collect()
    }

    /// The audit trail of one record.
    pub async fn record_audit(
        &self,
        who: &Principal,
        id: RecordId,
    ) -> Result<Vec<palermo_registry::audit::AuditEntry>, StoreError> {
        let row = sqlx::query("SELECT authority_id FROM records WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        allow(who, Action::ReadRecordAudit(row.try_get(0)?))?;
        let rows = sqlx::query("SELECT seq, at, actor, authority_id, action, target, detail, prev_hash, hash FROM audit WHERE target = $1 ORDER BY seq")
            .bind(format!("record:{id}"))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(entry_from_row).collect::<Result<_, _>>()?)
    }
}

/// The top-level fields that differ, for the audit entry (names only,
/// never values).
fn changed_fields(a: &RequestDraft, b: &RequestDraft) -> String {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return String::new();
    };
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(",")
}
