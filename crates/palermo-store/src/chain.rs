//! Appending to the audit trail inside a transaction, and verifying it.
//! The one-row `chain` table holds the head (last `seq` and hash); taking
//! it first in every write transaction serializes writers on both
//! databases, so entries are numbered without gaps and linked in order.

use palermo_registry::audit::{AuditEntry, Broken, NewEntry, Verifier};
use sqlx::{Any, Row, Transaction};

use crate::{now, Store, StoreError};

/// The head of the chain, held for the length of a transaction.
pub(crate) struct Chain {
    seq: i64,
    head: String,
}

impl Chain {
    /// Takes the head: a write to the row, so the database locks it until
    /// the transaction ends.
    pub(crate) async fn lock(tx: &mut Transaction<'_, Any>) -> Result<Chain, StoreError> {
        let row = sqlx::query("UPDATE chain SET seq = seq WHERE id = 1 RETURNING seq, head")
            .fetch_one(&mut **tx)
            .await?;
        Ok(Chain {
            seq: row.try_get(0)?,
            head: row.try_get(1)?,
        })
    }

    /// Appends one entry.
    pub(crate) async fn append(
        &mut self,
        tx: &mut Transaction<'_, Any>,
        actor: &str,
        authority_id: Option<i64>,
        action: &str,
        target: &str,
        detail: &str,
    ) -> Result<(), StoreError> {
        let e = NewEntry {
            at: now(),
            actor: actor.to_owned(),
            authority_id,
            action: action.to_owned(),
            target: target.to_owned(),
            detail: detail.to_owned(),
        }
        .link(self.seq + 1, &self.head);
        sqlx::query(
            "INSERT INTO audit (seq, at, actor, authority_id, action, target, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(e.seq)
        .bind(&e.at)
        .bind(&e.actor)
        .bind(e.authority_id)
        .bind(&e.action)
        .bind(&e.target)
        .bind(&e.detail)
        .bind(&e.prev_hash)
        .bind(&e.hash)
        .execute(&mut **tx)
        .await?;
        self.seq = e.seq;
        self.head = e.hash;
        Ok(())
    }

    /// Writes the new head back.
    pub(crate) async fn finish(self, tx: &mut Transaction<'_, Any>) -> Result<(), StoreError> {
        sqlx::query("UPDATE chain SET seq = $1, head = $2 WHERE id = 1")
            .bind(self.seq)
            .bind(&self.head)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }
}

/// What `palermo audit verify` found.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct AuditReport {
    /// Entries checked.
    pub entries: i64,
    /// The hash of the last good entry.
    pub head: String,
    /// The first broken link, if any.
    pub broken: Option<BrokenLink>,
    /// Records whose stored content no longer matches the digest their
    /// last audited write recorded (changed behind the registry's back).
    pub altered_records: Vec<i64>,
    /// Records the audit trail created that are no longer stored (deleted
    /// behind the registry's back: the registry never deletes a record).
    pub missing_records: Vec<i64>,
}

/// See [`AuditReport::broken`].
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct BrokenLink {
    /// The entry where the chain breaks.
    pub seq: i64,
    /// Why.
    pub reason: String,
}

impl AuditReport {
    /// Whether everything holds.
    pub fn ok(&self) -> bool {
        self.broken.is_none() && self.altered_records.is_empty() && self.missing_records.is_empty()
    }
}

pub(crate) fn entry_from_row(r: &sqlx::any::AnyRow) -> Result<AuditEntry, sqlx::Error> {
    Ok(AuditEntry {
        seq: r.try_get("seq")?,
        at: r.try_get("at")?,
        actor: r.try_get("actor")?,
        authority_id: r.try_get("authority_id")?,
        action: r.try_get("action")?,
        target: r.try_get("target")?,
        detail: r.try_get("detail")?,
        prev_hash: r.try_get("prev_hash")?,
        hash: r.try_get("hash")?,
    })
}

impl Store {
    /// Checks the whole chain, in pages, and every record's content
    /// against the digest of its last audited write; also checks that the
    /// chain's stored head is the last entry's hash (a removed tail).
    pub async fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        let mut v = Verifier::default();
        let mut broken: Option<Broken> = None;
        let mut after = 0i64;
        let mut digests: std::collections::HashMap<i64, String> = Default::default();
        'pages: loop {
            let rows = sqlx::query("SELECT seq, at, actor, authority_id, action, target, detail, prev_hash, hash FROM audit WHERE seq > $1 ORDER BY seq LIMIT 5000")
                .bind(after)
                .fetch_all(&self.pool)
                .await?;
            if rows.is_empty() {
                break;
            }
            for r in &rows {
                let e = entry_from_row(r)?;
                after = e.seq;
                if let Err(b) = v.push(&e) {
                    broken = Some(b);
                    break 'pages;
                }
                if let (Some(id), Some(d)) = (
                    e.target
                        .strip_prefix("record:")
                        .and_then(|s| s.parse::<i64>().ok()),
                    e.detail.split(' ').find_map(|w| w.strip_prefix("sha256=")),
                ) {
                    digests.insert(id, d.to_owned());
                }
            }
        }
        if broken.is_none() {
            let row = sqlx::query("SELECT seq, head FROM chain WHERE id = 1")
                .fetch_one(&self.pool)
                .await?;
            let (seq, head): (i64, String) = (row.try_get(0)?, row.try_get(1)?);
            if seq != v.count() || head != v.head() {
                broken = Some(Broken {
                    seq: v.count() + 1,
                    reason: format!(
                        "the chain's head says {seq} entries ending in {head}, but {} entries end in {}: entries were removed from the end",
                        v.count(),
                        v.head()
                    ),
                });
            }
        }
        let mut altered = Vec::new();
        // With a broken chain the digests after the break are unknown:
        // the break is the finding.
        let rows = if broken.is_some() {
            Vec::new()
        } else {
            sqlx::query(
                "SELECT id, body, version, approved_by, approved_at FROM records ORDER BY id",
            )
            .fetch_all(&self.pool)
            .await?
        };
        let mut stored = std::collections::HashSet::new();
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            stored.insert(id);
            let body: String = r.try_get(1)?;
            let version: i64 = r.try_get(2)?;
            let by: Option<String> = r.try_get(3)?;
            let at: Option<String> = r.try_get(4)?;
            let d = crate::records::content_digest(&body, version, by.as_deref(), at.as_deref());
            if digests.get(&id) != Some(&d) {
                altered.push(id);
            }
        }
        let mut missing: Vec<i64> = if broken.is_some() {
            Vec::new()
        } else {
            digests
                .keys()
                .filter(|id| !stored.contains(id))
                .copied()
                .collect()
        };
        missing.sort_unstable();
        Ok(AuditReport {
            missing_records: missing,
            entries: v.count(),
            head: v.head().to_owned(),
            broken: broken.map(|b| BrokenLink {
                seq: b.seq,
                reason: b.reason,
            }),
            altered_records: altered,
        })
    }
}
