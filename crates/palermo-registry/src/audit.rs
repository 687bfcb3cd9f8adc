//! The audit trail as a hash chain: each entry's hash covers its own fields
//! and the previous entry's hash, so changing, removing or reordering any
//! entry breaks every link after it. Entries hold who did what to which
//! record, never case content.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry of the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AuditEntry {
    /// Position in the chain, from 1, without gaps.
    pub seq: i64,
    /// When (UTC, RFC 3339).
    pub at: String,
    /// Who: `user:<name>` (or `system`).
    pub actor: String,
    /// The actor's authority number, if any.
    pub authority_id: Option<i64>,
    /// What: `record.create`, `record.read`, `record.update`, `user.create` ...
    pub action: String,
    /// On what: `record:42`, `user:7`, ...
    pub target: String,
    /// A short description without case content (field names changed,
    /// the new status, a role).
    pub detail: String,
    /// The previous entry's hash ([`GENESIS`] for the first).
    pub prev_hash: String,
    /// SHA-256 over this entry's fields and `prev_hash`, lower-case hex.
    pub hash: String,
}

/// The fields an entry is made of, before it is linked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    /// See [`AuditEntry::at`].
    pub at: String,
    /// See [`AuditEntry::actor`].
    pub actor: String,
    /// See [`AuditEntry::authority_id`].
    pub authority_id: Option<i64>,
    /// See [`AuditEntry::action`].
    pub action: String,
    /// See [`AuditEntry::target`].
    pub target: String,
    /// See [`AuditEntry::detail`].
    pub detail: String,
}

impl NewEntry {
    /// Links the entry after one with `prev_hash` at position `seq - 1`.
    pub fn link(self, seq: i64, prev_hash: &str) -> AuditEntry {
        let hash = entry_hash(seq, &self, prev_hash);
        AuditEntry {
            seq,
            at: self.at,
            actor: self.actor,
            authority_id: self.authority_id,
            action: self.action,
            target: self.target,
            detail: self.detail,
            prev_hash: prev_hash.to_owned(),
            hash,
        }
    }
}

/// The hash of an entry: every field length-prefixed, so that no two
/// different entries can be written the same way.
pub fn entry_hash(seq: i64, e: &NewEntry, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    let mut field = |b: &[u8]| {
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    };
    field(b"palermo-audit-v1");
    field(&seq.to_le_bytes());
    field(e.at.as_bytes());
    field(e.actor.as_bytes());
    field(
        e.authority_id
            .map(|a| a.to_string())
            .unwrap_or_default()
            .as_bytes(),
    );
    field(e.action.as_bytes());
    field(e.target.as_bytes());
    field(e.detail.as_bytes());
    field(prev_hash.as_bytes());
    hex(&h.finalize())
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(D[(b >> 4) as usize] as char);
        s.push(D[(b & 15) as usize] as char);
    }
    s
}

/// The first link that does not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    /// The entry at which the chain breaks.
    pub seq: i64,
    /// Why.
    pub reason: String,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chain breaks at entry {}: {}", self.seq, self.reason)
    }
}

/// Checks a chain read in `seq` order; feeds entries one at a time so a
/// long trail need not be in memory.
#[derive(Clone, Debug)]
pub struct Verifier {
    expect_seq: i64,
    prev_hash: String,
}

impl Default for Verifier {
    fn default() -> Verifier {
        Verifier {
            expect_seq: 1,
            prev_hash: GENESIS.to_owned(),
        }
    }
}

impl Verifier {
    /// Checks the next entry.
    pub fn push(&mut self, e: &AuditEntry) -> Result<(), Broken> {
        let broken = |reason: String| Broken { seq: e.seq, reason };
        if e.seq != self.expect_seq {
            return Err(Broken {
                seq: self.expect_seq,
                reason: format!(
                    "entry {} is missing (the next entry found is {})",
                    self.expect_seq, e.seq
                ),
            });
        }
        if e.prev_hash != self.prev_hash {
            return Err(broken(format!(
                "its previous hash {} is not the hash of entry {} ({})",
                e.prev_hash,
                e.seq - 1,
                self.prev_hash
            )));
        }
        let fields = NewEntry {
            at: e.at.clone(),
            actor: e.actor.clone(),
            authority_id: e.authority_id,
            action: e.action.clone(),
            target: e.target.clone(),
            detail: e.detail.clone(),
        };
        let want = entry_hash(e.seq, &fields, &e.prev_hash);
        if want != e.hash {
            return Err(broken(format!(
                "its content does not match its hash (stored {}, computed {want}): the entry was changed",
                e.hash
            )));
        }
        self.expect_seq += 1;
        self.prev_hash = e.hash.clone();
        Ok(())
    }

    /// How many entries were checked.
    pub fn count(&self) -> i64 {
        self.expect_seq - 1
    }

    /// The last hash (the chain's head).
    pub fn head(&self) -> &str {
        &self.prev_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_owned();
        (1..=n)
            .map(|seq| {
                let e = NewEntry {
                    at: format!("2026-01-01T00:00:{seq:02}Z"),
                    actor: "user:ana".into(),
                    authority_id: Some(1),
                    action: "record.read".into(),
                    target: format!("record:{seq}"),
                    detail: String::new(),
                }
                .link(seq, &prev);
                prev = e.hash.clone();
                e
            })
            .collect()
    }

    fn verify(es: &[AuditEntry]) -> Result<i64, Broken> {
        let mut v = Verifier::default();
        for e in es {
            v.push(e)?;
        }
        Ok(v.count())
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&chain(5)), Ok(5));
        assert_eq!(verify(&[]), Ok(0));
    }

    #[test]
    fn an_edited_entry_names_itself() {
        let mut c = chain(5);
        c[2].target = "record:99".into();
        let b = verify(&c).unwrap_err();
        assert_eq!(b.seq, 3);
        assert!(b.reason.contains("changed"), "{b}");
    }

    #[test]
    fn a_removed_entry_is_named() {
        let mut c = chain(5);
        c.remove(1);
        let b = verify(&c).unwrap_err();
        assert_eq!(b.seq, 2);
        assert!(b.reason.contains("missing"), "{b}");
    }

    #[test]
    fn a_rehashed_edit_breaks_the_next_link() {
        let mut c = chain(5);
        c[2].detail = "forged".into();
        let fields = NewEntry {
            at: c[2].at.clone(),
            actor: c[2].actor.clone(),
            authority_id: c[2].authority_id,
            action: c[2].action.clone(),
            target: c[2].target.clone(),
            detail: c[2].detail.clone(),
        };
        c[2].hash = entry_hash(3, &fields, &c[2].prev_hash);
        let b = verify(&c).unwrap_err();
        assert_eq!(b.seq, 4);
    }

    #[test]
    fn field_boundaries_matter() {
        let a = NewEntry {
            at: "t".into(),
            actor: "ab".into(),
            authority_id: None,
            action: "c".into(),
            target: String::new(),
            detail: String::new(),
        };
        let mut b = a.clone();
        b.actor = "a".into();
        b.action = "bc".into();
        assert_ne!(entry_hash(1, &a, GENESIS), entry_hash(1, &b, GENESIS));
    }
}
