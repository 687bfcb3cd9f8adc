//! Who is calling: an API token (`Authorization: Bearer plm_…`) or a
//! browser session (cookie `palermo_session`, with the CSRF token in the
//! `X-CSRF-Token` header on every request that changes something). Each
//! principal is rate limited.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, Method, StatusCode};
use palermo_registry::Principal;

use crate::error::ApiError;
use crate::AppState;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "palermo_session";

/// The caller, authenticated.
pub struct Auth(pub Principal);

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Auth, ApiError> {
        let unauthorized = |m: &str| ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", m);
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim());
        let mut budget = None;
        let principal = if let Some(v) = bearer {
            let Some(token) = v.strip_prefix("Bearer ") else {
                return Err(unauthorized("expected `Authorization: Bearer <token>`"));
            };
            let token = token.trim();
            budget = Some(Budget::token(token));
            match st.tokens.get(token) {
                Some(p) => p,
                None => {
                    let p = st.store.principal_for_token(token).await?.ok_or_else(|| {
                        unauthorized("the token is not valid (unknown, revoked or expired)")
                    })?;
                    st.tokens.put(token, &p);
                    p
                }
            }
        } else if let Some(session) = cookie(parts, SESSION_COOKIE) {
            let (p, csrf) = st
                .store
                .principal_for_session(&session)
                .await?
                .ok_or_else(|| unauthorized("the session has ended: log in again"))?;
            if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
                let sent = parts
                    .headers
                    .get("x-csrf-token")
                    .and_then(|v| v.to_str().ok());
                if sent != Some(csrf.as_str()) {
                    return Err(ApiError::new(
                        StatusCode::FORBIDDEN,
                        "csrf",
                        "missing or wrong `X-CSRF-Token` header (the token is returned at login)",
                    ));
                }
            }
            p
        } else {
            return Err(unauthorized(
                "log in (POST /api/v1/session) or send `Authorization: Bearer <token>`",
            ));
        };
        if !st
            .limiter
            .allow(budget.unwrap_or(Budget::Session(principal.user_id)))
        {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many requests for this token (or, in a browser, this account): slow down",
            ));
        }
        Ok(Auth(principal))
    }
}

/// A cookie's value from the request.
pub fn cookie(parts: &Parts, name: &str) -> Option<String> {
    cookie_from(&parts.headers, name)
}

/// A cookie's value from request headers.
pub fn cookie_from(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// The `Set-Cookie` value for a session (an empty value and age 0 end it).
pub fn cookie_header(secret: &str, max_age: u64, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// Valid tokens seen in the last few seconds, so that an API client's
/// every request does not cost a database query. Only valid tokens are
/// kept; revoking through the API clears the cache at once, revoking with
/// `palermo admin` (another process) takes effect within the lifetime.
pub struct TokenCache {
    ttl: std::time::Duration,
    map: Mutex<HashMap<String, (Principal, Instant)>>,
}

impl TokenCache {
    /// The most tokens kept; past it the cache starts again empty.
    const MAX: usize = 10_000;

    /// A cache keeping tokens for `ttl` (zero: no cache).
    pub fn new(ttl: std::time::Duration) -> TokenCache {
        TokenCache {
            ttl,
            map: Mutex::new(HashMap::new()),
        }
    }

    /// The principal of a token seen within the lifetime.
    pub fn get(&self, token: &str) -> Option<Principal> {
        if self.ttl.is_zero() {
            return None;
        }
        let map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.get(token)
            .filter(|(_, at)| at.elapsed() < self.ttl)
            .map(|(p, _)| p.clone())
    }

    /// Remembers a valid token.
    pub fn put(&self, token: &str, p: &Principal) {
        if self.ttl.is_zero() {
            return;
        }
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= Self::MAX {
            map.clear();
        }
        map.insert(token.to_owned(), (p.clone(), Instant::now()));
    }

    /// Forgets every token (after a revocation or an account change).
    pub fn clear(&self) {
        self.map.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// Whose request budget a request spends: an API token's own, or, for a
/// browser session, the account's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Budget {
    /// An API token, by a hash of its secret (the secret is not kept).
    Token(u64),
    /// A browser session, by the user's number.
    Session(i64),
}

impl Budget {
    /// The budget of a bearer token.
    pub fn token(secret: &str) -> Budget {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        secret.hash(&mut h);
        Budget::Token(h.finish())
    }
}

/// A token bucket per API token (and per account for browser sessions):
/// `rate` requests a second on average, bursts of twice that. `rate == 0`
/// turns it off (load tests).
pub struct RateLimiter {
    rate: f64,
    buckets: Mutex<HashMap<Budget, (f64, Instant)>>,
}

impl RateLimiter {
    /// A limiter of `rate` requests a second per budget.
    pub fn new(rate: u32) -> RateLimiter {
        RateLimiter {
            rate: f64::from(rate),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request from the budget's bucket.
    pub fn allow(&self, budget: Budget) -> bool {
        if self.rate <= 0.0 {
            return true;
        }
        let burst = self.rate * 2.0;
        let now = Instant::now();
        let mut b = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (tokens, last) = b.entry(budget).or_insert((burst, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * self.rate).min(burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_limit_holds() {
        let l = RateLimiter::new(5);
        let passed = (0..50).filter(|_| l.allow(Budget::Session(1))).count();
        assert_eq!(passed, 10);
        assert!(
            l.allow(Budget::Session(2)),
            "another user has their own bucket"
        );
        let off = RateLimiter::new(0);
        assert!((0..1000).all(|_| off.allow(Budget::Session(1))));
    }

    #[test]
    fn each_api_token_has_its_own_budget() {
        let l = RateLimiter::new(5);
        let (a, b) = (Budget::token("plm_aaa"), Budget::token("plm_bbb"));
        assert_ne!(a, b);
        assert_eq!(a, Budget::token("plm_aaa"));
        assert_eq!((0..50).filter(|_| l.allow(a)).count(), 10);
        assert!(
            l.allow(b),
            "a second token of the same user is not held back"
        );
    }
}
