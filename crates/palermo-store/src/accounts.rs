//! Authorities, users, API tokens and browser sessions. An administrator
//! (or the local operator at the command line) creates them; every change
//! is audited. Tokens and session ids are shown once and stored hashed.

use palermo_registry::{check, Access, Action, Principal, Role};
use serde::Serialize;
use sqlx::{Any, Row, Transaction};
use utoipa::ToSchema;

use crate::chain::Chain;
use crate::secret::{digest, hash_password, random, verify_password};
use crate::{now, Store, StoreError};

/// A central authority (or other competent authority) of a State.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct Authority {
    /// Its number.
    pub id: i64,
    /// Its State (ISO 3166-1 alpha-3).
    pub state: String,
    /// Its name.
    pub name: String,
}

/// A user of an authority.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct User {
    /// Their number.
    pub id: i64,
    /// Their login name (unique).
    pub name: String,
    /// Their authority.
    pub authority_id: i64,
    /// Their role.
    pub role: Role,
    /// Whether they may log in with a password.
    pub has_password: bool,
}

/// An API token as listed (never the secret).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct TokenInfo {
    /// Its number.
    pub id: i64,
    /// The user it acts for.
    pub user: String,
    /// What it is for.
    pub label: String,
    /// When it was made.
    pub created_at: String,
    /// When it stops working, if ever.
    pub expires_at: Option<String>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// Who performs an account operation: an administrator through the API,
/// or the operator at the command line.
#[derive(Clone, Copy, Debug)]
pub enum Actor<'a> {
    /// A registry user (must be an administrator).
    User(&'a Principal),
    /// `palermo admin` on the database itself.
    Local,
}

impl Actor<'_> {
    fn name(&self) -> String {
        match self {
            Actor::User(p) => format!("user:{}", p.user),
            Actor::Local => crate::LOCAL_OPERATOR.to_owned(),
        }
    }

    fn authority(&self) -> Option<i64> {
        match self {
            Actor::User(p) => Some(p.authority_id),
            Actor::Local => None,
        }
    }

    fn may_manage(&self) -> Result<(), StoreError> {
        match self {
            Actor::User(p) if check(p, Action::ManageAccounts) != Access::Allowed => {
                Err(StoreError::Forbidden)
            }
            _ => Ok(()),
        }
    }
}

pub(crate) async fn next_id(tx: &mut Transaction<'_, Any>, name: &str) -> Result<i64, StoreError> {
    let row = sqlx::query("UPDATE counters SET value = value + 1 WHERE name = $1 RETURNING value")
        .bind(name)
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get(0)?)
}

const PRINCIPAL: &str = "SELECT u.id, u.name, u.authority_id, a.state, u.role FROM users u JOIN authorities a ON a.id = u.authority_id";

fn principal(r: &sqlx::any::AnyRow) -> Result<Principal, StoreError> {
    let role: String = r.try_get(4)?;
    Ok(Principal {
        user_id: r.try_get(0)?,
        user: r.try_get(1)?,
        authority_id: r.try_get(2)?,
        state: r.try_get(3)?,
        role: Role::parse(&role).ok_or_else(|| {
            StoreError::Open(format!("the database holds an unknown role `{role}`"))
        })?,
    })
}

impl Store {
    /// Creates an authority of `state` named `name`.
    pub async fn create_authority(
        &self,
        actor: Actor<'_>,
        state: &str,
        name: &str,
    ) -> Result<Authority, StoreError> {
        actor.may_manage()?;
        let state = state.trim();
        let name = name.trim();
        if let Err(e) = state.parse::<palermo_rules::StateCode>() {
            return Err(StoreError::Invalid(vec![palermo_registry::Problem {
                field: "state".into(),
                message: e.to_string(),
            }]));
        }
        if name.is_empty() {
            return Err(StoreError::Invalid(vec![palermo_registry::Problem {
                field: "name".into(),
                message: "empty: name the authority".into(),
            }]));
        }
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let id = next_id(&mut tx, "authority").await?;
        sqlx::query(
            "INSERT INTO authorities (id, state, name, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(state)
        .bind(name)
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(|e| match StoreError::from(e) {
            StoreError::Duplicate(_) => {
                StoreError::Duplicate(format!("authority `{name}` of {state}"))
            }
            e => e,
        })?;
        chain
            .append(
                &mut tx,
                &actor.name(),
                actor.authority(),
                "authority.create",
                &format!("authority:{id}"),
                &format!("state={state}"),
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(Authority {
            id,
            state: state.to_owned(),
            name: name.to_owned(),
        })
    }

    /// Every authority.
    pub async fn authorities(&self, actor: Actor<'_>) -> Result<Vec<Authority>, StoreError> {
        actor.may_manage()?;
        let rows = sqlx::query("SELECT id, state, name FROM authorities ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Authority {
                    id: r.try_get(0)?,
                    state: r.try_get(1)?,
                    name: r.try_get(2)?,
                })
            })
            .collect()
    }

    /// Creates a user of authority `authority_id` with `role`, and a
    /// password if one is given (API-only users have none).
    pub async fn create_user(
        &self,
        actor: Actor<'_>,
        authority_id: i64,
        name: &str,
        role: Role,
        password: Option<&str>,
    ) -> Result<User, StoreError> {
        actor.may_manage()?;
        let name = name.trim();
        if name.is_empty()
            || name.len() > 64
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-@".contains(&b))
        {
            return Err(StoreError::Invalid(vec![palermo_registry::Problem {
                field: "name".into(),
                message: format!(
                    "`{name}`: expected 1 to 64 letters, digits, `.`, `_`, `-` or `@`"
                ),
            }]));
        }
        let hash = match password {
            Some(p) if p.chars().count() < 12 => {
                return Err(StoreError::Invalid(vec![palermo_registry::Problem {
                    field: "password".into(),
                    message: "shorter than 12 characters".into(),
                }]))
            }
            Some(p) => {
                let p = p.to_owned();
                Some(
                    tokio::task::spawn_blocking(move || hash_password(&p))
                        .await
                        .map_err(|e| StoreError::Open(e.to_string()))??,
                )
            }
            None => None,
        };
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let exists = sqlx::query("SELECT id FROM authorities WHERE id = $1")
            .bind(authority_id)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NoSuchAccount(format!(
                "authority {authority_id}"
            )));
        }
        let id = next_id(&mut tx, "user").await?;
        sqlx::query("INSERT INTO users (id, authority_id, name, role, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, 0, $6)")
            .bind(id)
            .bind(authority_id)
            .bind(name)
            .bind(role.as_str())
            .bind(hash.as_deref())
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(|e| match StoreError::from(e) {
                StoreError::Duplicate(_) => StoreError::Duplicate(format!("user `{name}`")),
                e => e,
            })?;
        chain
            .append(
                &mut tx,
                &actor.name(),
                actor.authority(),
                "user.create",
                &format!("user:{id}"),
                &format!("authority={authority_id} role={}", role.as_str()),
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(User {
            id,
            name: name.to_owned(),
            authority_id,
            role,
            has_password: hash.is_some(),
        })
    }

    /// Makes an API token for `user`; returns it with the secret, which is
    /// not stored and cannot be shown again.
    pub async fn create_token(
        &self,
        actor: Actor<'_>,
        user: &str,
        label: &str,
        expires_at: Option<jiff::Timestamp>,
    ) -> Result<(TokenInfo, String), StoreError> {
        actor.may_manage()?;
        let secret = random("plm_")?;
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let row = sqlx::query("SELECT id FROM users WHERE name = $1")
            .bind(user)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NoSuchAccount(format!("user `{user}`")))?;
        let user_id: i64 = row.try_get(0)?;
        let id = next_id(&mut tx, "token").await?;
        let created = now();
        let expires = expires_at.map(|t| t.to_string());
        sqlx::query("INSERT INTO tokens (id, user_id, label, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id)
            .bind(user_id)
            .bind(label)
            .bind(digest(&secret))
            .bind(&created)
            .bind(expires.as_deref())
            .execute(&mut *tx)
            .await?;
        chain
            .append(
                &mut tx,
                &actor.name(),
                actor.authority(),
                "token.create",
                &format!("token:{id}"),
                &format!("user={user_id}"),
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok((
            TokenInfo {
                id,
                user: user.to_owned(),
                label: label.to_owned(),
                created_at: created,
                expires_at: expires,
                revoked_at: None,
            },
            secret,
        ))
    }

    /// Revokes a token; it stops working at once.
    pub async fn revoke_token(&self, actor: Actor<'_>, id: i64) -> Result<(), StoreError> {
        actor.may_manage()?;
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        let done =
            sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NoSuchAccount(format!("active token {id}")));
        }
        chain
            .append(
                &mut tx,
                &actor.name(),
                actor.authority(),
                "token.revoke",
                &format!("token:{id}"),
                "",
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every token, newest first.
    pub async fn tokens(&self, actor: Actor<'_>) -> Result<Vec<TokenInfo>, StoreError> {
        actor.may_manage()?;
        let rows = sqlx::query("SELECT t.id, u.name, t.label, t.created_at, t.expires_at, t.revoked_at FROM tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(TokenInfo {
                    id: r.try_get(0)?,
                    user: r.try_get(1)?,
                    label: r.try_get(2)?,
                    created_at: r.try_get(3)?,
                    expires_at: r.try_get(4)?,
                    revoked_at: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// The principal a bearer token acts for, if it is valid.
    pub async fn principal_for_token(&self, secret: &str) -> Result<Option<Principal>, StoreError> {
        let row = sqlx::query(&format!(
            "{PRINCIPAL} JOIN tokens t ON t.user_id = u.id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.disabled = 0"
        ))
        .bind(digest(secret))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(principal).transpose()
    }

    /// The principal named `user` (for the command line, whose operator
    /// holds the database).
    pub async fn principal_by_name(&self, user: &str) -> Result<Principal, StoreError> {
        let row = sqlx::query(&format!("{PRINCIPAL} WHERE u.name = $1 AND u.disabled = 0"))
            .bind(user)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NoSuchAccount(format!("user `{user}`")))?;
        principal(&row)
    }

    /// Checks a password and opens a browser session: returns the
    /// principal, the session secret (for the cookie) and the CSRF token.
    /// A wrong user and a wrong password take the same time and give the
    /// same error.
    pub async fn login(
        &self,
        user: &str,
        password: &str,
        lifetime: std::time::Duration,
    ) -> Result<(Principal, String, String), StoreError> {
        let row = sqlx::query("SELECT password_hash FROM users WHERE name = $1 AND disabled = 0")
            .bind(user)
            .fetch_optional(&self.pool)
            .await?;
        let stored: Option<String> = match &row {
            Some(r) => r.try_get(0)?,
            None => None,
        };
        // Verify against a dummy hash when there is none, so timing does
        // not tell which user names exist.
        static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let pw = password.to_owned();
        let phc = stored.clone();
        let ok = tokio::task::spawn_blocking(move || {
            let phc = phc.unwrap_or_else(|| {
                DUMMY
                    .get_or_init(|| hash_password("not a password of anyone").unwrap_or_default())
                    .clone()
            });
            verify_password(&pw, &phc)
        })
        .await
        .map_err(|e| StoreError::Open(e.to_string()))?;
        if !ok || stored.is_none() {
            return Err(StoreError::BadCredentials);
        }
        let who = self.principal_by_name(user).await?;
        let session = random("")?;
        let csrf = random("")?;
        let expires = jiff::Timestamp::now()
            .checked_add(
                jiff::SignedDuration::try_from(lifetime)
                    .unwrap_or(jiff::SignedDuration::from_hours(8)),
            )
            .unwrap_or_else(|_| jiff::Timestamp::now());
        let _gate = self.gate().await;
        let mut tx = self.pool.begin().await?;
        let mut chain = Chain::lock(&mut tx).await?;
        sqlx::query("INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(digest(&session))
            .bind(who.user_id)
            .bind(&csrf)
            .bind(now())
            .bind(expires.round(jiff::Unit::Second).unwrap_or(expires).to_string())
            .execute(&mut *tx)
            .await?;
        chain
            .append(
                &mut tx,
                &format!("user:{}", who.user),
                Some(who.authority_id),
                "session.open",
                &format!("user:{}", who.user_id),
                "",
            )
            .await?;
        chain.finish(&mut tx).await?;
        tx.commit().await?;
        Ok((who, session, csrf))
    }

    /// The principal and CSRF token of a live session.
    pub async fn principal_for_session(
        &self,
        session: &str,
    ) -> Result<Option<(Principal, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.authority_id, a.state, u.role, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id JOIN authorities a ON a.id = u.authority_id WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
        )
        .bind(digest(session))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(r) => Ok(Some((principal(&r)?, r.try_get(5)?))),
            None => Ok(None),
        }
    }

    /// Ends a session.
    pub async fn logout(&self, session: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(digest(session))
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
