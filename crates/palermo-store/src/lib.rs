//! The registry kept in a database: SQLite (a file, the default) or
//! PostgreSQL (shared deployments), through one code path (sqlx's `Any`
//! driver) and one set of migrations. Every operation takes the principal
//! it is done for and checks it with `palermo_registry::check`; every write
//! and every read of a record's content appends an entry to the
//! hash-chained audit trail in the same transaction, so an acknowledged
//! change always has its audit entry and the other way round.

mod accounts;
mod chain;
mod error;
mod records;
mod secret;

pub use accounts::{Actor, Authority, TokenInfo, User};
pub use chain::AuditReport;
pub use error::StoreError;
pub use records::{ListFilter, RecordSummary};

use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// Which database is behind the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// A SQLite file (WAL, synchronous writes).
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// Who does an operation that is not a registry user's: the operator at
/// the command line, who has the database itself in hand (`palermo admin`).
pub const LOCAL_OPERATOR: &str = "local:operator";

/// The registry's database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite: write transactions queue here, first come first served,
    /// instead of sleeping in SQLite's busy handler and retrying (which
    /// made the 99th percentile of audited reads jump tenfold at four
    /// connections). PostgreSQL queues on the chain row's lock itself.
    gate: Option<std::sync::Arc<tokio::sync::Mutex<()>>>,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl Store {
    /// Opens (and for SQLite creates) the database at `url` and brings its
    /// schema up to date. `url` is `sqlite://FILE` (or a plain file path)
    /// or `postgres://…`.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (url, backend) = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (url.to_owned(), Backend::Postgres)
        } else if url.starts_with("sqlite:") {
            (with_create(url), Backend::Sqlite)
        } else {
            (with_create(&format!("sqlite://{url}")), Backend::Sqlite)
        };
        let options = AnyConnectOptions::from_str(&url)
            .map_err(|e| StoreError::Open(format!("`{}`: {e}", redact(&url))))?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 4,
                Backend::Postgres => 16,
            })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets reads run beside a write; FULL makes a
                        // commit durable before it is acknowledged.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Open(format!("`{}`: {e}", redact(&url))))?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| StoreError::Open(format!("migrating `{}`: {e}", redact(&url))))?;
        let gate =
            (backend == Backend::Sqlite).then(|| std::sync::Arc::new(tokio::sync::Mutex::new(())));
        Ok(Store {
            pool,
            backend,
            gate,
        })
    }

    /// Waits for this process's turn to write (SQLite only); other
    /// processes writing the same file still meet SQLite's busy timeout.
    pub(crate) async fn gate(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        match &self.gate {
            Some(g) => Some(g.clone().lock_owned().await),
            None => None,
        }
    }

    /// The database behind the store.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Closes the pool, waiting for connections to be returned.
    pub async fn close(&self) {
        self.pool.close().await
    }

    /// The pool, for tests that must reach behind the store (tampering).
    #[doc(hidden)]
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }
}

fn with_create(url: &str) -> String {
    if url.contains('?') || url.contains(":memory:") {
        url.to_owned()
    } else {
        format!("{url}?mode=rwc")
    }
}

/// A database address without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Now, UTC, RFC 3339 with seconds.
pub(crate) fn now() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .unwrap_or_else(|_| jiff::Timestamp::now())
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show_in_messages() {
        assert_eq!(
            redact("postgres://palermo:s3cret@localhost/db"),
            "postgres://palermo:***@localhost/db"
        );
        assert_eq!(redact("sqlite://palermo.db"), "sqlite://palermo.db");
    }
}
