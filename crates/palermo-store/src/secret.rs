//! Secrets: random tokens (shown once, stored as SHA-256) and passwords
//! (argon2id, PHC strings).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};

use crate::StoreError;

/// A new random secret: `prefix` and 32 random bytes in hex.
pub(crate) fn random(prefix: &str) -> Result<String, StoreError> {
    let mut b = [0u8; 32];
    getrandom::getrandom(&mut b).map_err(|e| StoreError::Open(format!("no randomness: {e}")))?;
    Ok(format!("{prefix}{}", palermo_registry::audit::hex(&b)))
}

/// How a token or session id is stored: its SHA-256 in hex. Tokens carry
/// 256 random bits, so a fast hash is enough; passwords use argon2.
pub(crate) fn digest(secret: &str) -> String {
    palermo_registry::audit::hex(&Sha256::digest(secret.as_bytes()))
}

/// Hashes a password with argon2id and a random salt.
pub(crate) fn hash_password(password: &str) -> Result<String, StoreError> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| StoreError::Open(format!("no randomness: {e}")))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| StoreError::Open(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Open(format!("hashing the password: {e}")))
}

/// Whether `password` matches the stored PHC string.
pub(crate) fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_and_a_wrong_one_does_not() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("correct hors", &h));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_stored_as_digests() {
        let a = random("plm_").unwrap();
        let b = random("plm_").unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 + 64);
        assert_eq!(digest(&a).len(), 64);
        assert_ne!(digest(&a), a);
    }
}
