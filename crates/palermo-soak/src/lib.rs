//! What the soak binaries share: a small HTTP/1.1 client that says whether
//! an answer was received in full, `palermo serve` as a child process (its
//! address read from its first line, killed when dropped), `palermo admin`,
//! a seeded random number generator and a digest of a record's content.

pub mod http;
pub mod server;

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context as _, Result};
use sha2::{Digest, Sha256};

/// Runs `palermo ARGS --db DB` and returns its standard output; fails with
/// its standard error when it exits non-zero.
pub fn palermo(palermo: &Path, db: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(palermo)
        .args(args)
        .args(["--db", db])
        .env_remove("PALERMO_DB")
        .env_remove("PALERMO_USER")
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running {}", palermo.display()))?;
    if !out.status.success() {
        bail!(
            "`palermo {}` failed ({}): {}{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A registry ready for the API: one authority, one officer, one token.
#[derive(Clone, Debug)]
pub struct Account {
    /// The authority's number.
    pub authority: i64,
    /// The officer's name.
    pub user: String,
    /// The bearer token.
    pub token: String,
}

/// Creates authority `state` (named `name`), an officer `user` and a token
/// for them with `palermo admin`.
pub fn set_up_registry(
    palermo_bin: &Path,
    db: &str,
    state: &str,
    name: &str,
    user: &str,
) -> Result<Account> {
    let out = palermo(
        palermo_bin,
        db,
        &["admin", "add-authority", "--state", state, "--name", name],
    )?;
    // "authority 1: NAME (STATE)"
    let authority: i64 = out
        .strip_prefix("authority ")
        .and_then(|r| r.split(':').next())
        .and_then(|n| n.trim().parse().ok())
        .with_context(|| format!("unexpected output of add-authority: {out}"))?;
    let a = authority.to_string();
    palermo(
        palermo_bin,
        db,
        &[
            "admin",
            "add-user",
            user,
            "--authority",
            &a,
            "--role",
            "officer",
        ],
    )?;
    let token = palermo(
        palermo_bin,
        db,
        &["admin", "add-token", "--user", user, "--label", "soak"],
    )?
    .trim()
    .to_owned();
    if !token.starts_with("plm_") {
        bail!("unexpected token from add-token: {token}");
    }
    Ok(Account {
        authority,
        user: user.to_owned(),
        token,
    })
}

/// SplitMix64: small, seeded, the same sequence on every machine.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5851_f42d_4c95_7f2d)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// The fields of a record's JSON that are the registry's bookkeeping, not
/// the request's content.
const BOOKKEEPING: [&str; 6] = [
    "id",
    "authority_id",
    "version",
    "created_at",
    "updated_at",
    "approved",
];

/// SHA-256 of a record's content (its JSON without the bookkeeping
/// fields), with object keys sorted so the digest does not depend on the
/// order the server writes them in.
pub fn content_digest(record: &serde_json::Value) -> String {
    fn canonical(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                out.push('{');
                for (i, k) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::Value::String(k.clone()).to_string());
                    out.push(':');
                    canonical(&m[k], out);
                }
                out.push('}');
            }
            serde_json::Value::Array(a) => {
                out.push('[');
                for (i, x) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    canonical(x, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut content = record.clone();
    if let Some(m) = content.as_object_mut() {
        for k in BOOKKEEPING {
            m.remove(k);
        }
    }
    let mut s = String::new();
    canonical(&content, &mut s);
    let h = Sha256::digest(s.as_bytes());
    h.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_ignores_bookkeeping_and_key_order() {
        let a = serde_json::json!({"id": 1, "version": 2, "notes": "x", "timeline": [{"a": 1, "b": 2}]});
        let b = serde_json::json!({"timeline": [{"b": 2, "a": 1}], "notes": "x", "id": 1, "version": 3});
        let c = serde_json::json!({"notes": "y", "timeline": [{"a": 1, "b": 2}]});
        assert_eq!(content_digest(&a), content_digest(&b));
        assert_ne!(content_digest(&a), content_digest(&c));
    }

    #[test]
    fn the_generator_is_seeded() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..100 {
            let x = a.range(50, 400);
            assert_eq!(x, b.range(50, 400));
            assert!((50..=400).contains(&x));
        }
    }
}
