//! What can go wrong in the store, as the server and the CLI report it.

use std::fmt;

use palermo_registry::Problem;

/// A failed store operation.
#[derive(Debug)]
pub enum StoreError {
    /// The database could not be opened or migrated.
    Open(String),
    /// No such record (or one the principal may not know about).
    NotFound,
    /// The principal's role does not allow the operation.
    Forbidden,
    /// The record changed since the version the change was based on.
    Conflict {
        /// The version now stored.
        current: i64,
    },
    /// The request did not pass the registry's checks.
    Invalid(Vec<Problem>),
    /// A name that must be unique is taken (`user name`, `authority`).
    Duplicate(String),
    /// Login failed (wrong user or password: not said which).
    BadCredentials,
    /// A referenced account does not exist.
    NoSuchAccount(String),
    /// The database failed.
    Db(sqlx::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Open(m) => write!(f, "cannot open the registry database: {m}"),
            StoreError::NotFound => write!(f, "no such record"),
            StoreError::Forbidden => write!(f, "this role may not do that"),
            StoreError::Conflict { current } => write!(
                f,
                "the record changed since it was read (it is now at version {current}): read it again and redo the change"
            ),
            StoreError::Invalid(ps) => {
                write!(f, "the request is not valid:")?;
                for p in ps {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            StoreError::Duplicate(what) => write!(f, "{what} already exists"),
            StoreError::BadCredentials => write!(f, "wrong user name or password"),
            StoreError::NoSuchAccount(what) => write!(f, "{what} does not exist"),
            StoreError::Db(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> StoreError {
        if let sqlx::Error::Database(d) = &e {
            if d.is_unique_violation() {
                return StoreError::Duplicate(d.message().to_owned());
            }
        }
        StoreError::Db(e)
    }
}
