//! Command-line arguments of the registry commands: `serve`, `admin`,
//! `registry`, `stats`, `audit`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// Where the registry is.
#[derive(Args, Debug, Clone)]
pub struct DbOption {
    /// The registry database: a SQLite file (created if missing) or `postgres://user:password@host/db`.
    #[arg(long, env = "PALERMO_DB", default_value = "palermo.db", global = true)]
    pub db: String,
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbOption,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Requests per second per API token, per account for browser sessions (0: no limit, e.g. for load tests).
    #[arg(long, default_value_t = 50)]
    pub rate_limit: u32,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 1 << 20)]
    pub body_limit: usize,
    /// Longest a request may take, in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Do not mark the session cookie `Secure` (only behind a proxy that
    /// terminates TLS and forwards plain HTTP on a non-localhost name).
    #[arg(long)]
    pub insecure_cookies: bool,
    /// Use the reference data in DIR instead of the embedded snapshot.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Seconds a valid API token is remembered without a database query (0:
    /// query every time). A token revoked with `palermo admin revoke-token`
    /// keeps working for at most this long; revoked through the API, it stops at once.
    #[arg(long, default_value_t = 5)]
    pub token_cache: u64,
    /// Write the logs as JSON lines (for a log collector); the level comes
    /// from PALERMO_LOG (default `info`).
    #[arg(long)]
    pub log_json: bool,
}

#[derive(Args, Debug)]
pub struct AdminArgs {
    #[command(flatten)]
    pub db: DbOption,
    #[command(subcommand)]
    pub command: AdminCommand,
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Create an authority of a State.
    AddAuthority {
        /// The State (ISO 3166-1 alpha-3, e.g. ITA).
        #[arg(long)]
        state: String,
        /// The authority's name.
        #[arg(long)]
        name: String,
    },
    /// List the authorities.
    Authorities,
    /// Create a user of an authority.
    AddUser {
        /// Login name.
        name: String,
        /// The authority's number (see `palermo admin authorities`).
        #[arg(long)]
        authority: i64,
        /// officer, supervisor, analyst or administrator.
        #[arg(long, value_parser = parse_role)]
        role: palermo_registry::Role,
        /// Read a password (12 characters or more) from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Create an API token for a user: the secret is printed once.
    AddToken {
        /// The user it acts for.
        #[arg(long)]
        user: String,
        /// What it is for.
        #[arg(long, default_value = "api")]
        label: String,
        /// When it stops working (RFC 3339, e.g. 2027-01-01T00:00:00Z).
        #[arg(long)]
        expires: Option<jiff::Timestamp>,
    },
    /// List the tokens (never their secrets).
    Tokens,
    /// Revoke a token.
    RevokeToken {
        /// The token's number.
        id: i64,
    },
}

fn parse_role(s: &str) -> Result<palermo_registry::Role, String> {
    palermo_registry::Role::parse(s)
        .ok_or_else(|| format!("`{s}`: expected officer, supervisor, analyst or administrator"))
}

/// Who acts at the command line.
#[derive(Args, Debug, Clone)]
pub struct UserOption {
    /// The registry user you act as (their authority and role apply).
    #[arg(long, env = "PALERMO_USER", global = true)]
    pub user: Option<String>,
}

#[derive(Args, Debug)]
pub struct RegistryArgs {
    #[command(flatten)]
    pub db: DbOption,
    #[command(flatten)]
    pub user: UserOption,
    #[command(subcommand)]
    pub command: RegistryCommand,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum RecordFormat {
    Text,
    Json,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Subcommand, Debug)]
pub enum RegistryCommand {
    /// Record a request (a JSON file, see docs/registry.md), optionally
    /// with the assessment of a case file as a reproducible snapshot.
    Add {
        /// The request as JSON.
        file: PathBuf,
        /// Assess this case file and keep the assessment with the request.
        #[arg(long)]
        case: Option<PathBuf>,
        /// The date to assess at (default: the case's `as_of`, else today).
        #[arg(long, value_parser = crate::cli::parse_date)]
        as_of: Option<jiff::civil::Date>,
    },
    /// List your authority's requests, newest first.
    List {
        /// outgoing or incoming.
        #[arg(long)]
        direction: Option<String>,
        /// A kind of cooperation.
        #[arg(long)]
        kind: Option<String>,
        /// The last status, or `pending`.
        #[arg(long)]
        status: Option<String>,
        /// The other State.
        #[arg(long)]
        counterpart: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[arg(long, value_enum, default_value_t = RecordFormat::Text)]
        format: RecordFormat,
    },
    /// Show one request in full (the read is audited).
    Show {
        id: i64,
        #[arg(long, value_enum, default_value_t = RecordFormat::Text)]
        format: RecordFormat,
    },
    /// Replace a request with the JSON in FILE, if it is still at --version.
    Update {
        id: i64,
        file: PathBuf,
        /// The version you read (see `show`).
        #[arg(long)]
        version: i64,
    },
    /// Approve a request (supervisors).
    Approve {
        id: i64,
        #[arg(long)]
        version: i64,
    },
    /// Export every request of your authority.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to FILE instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Import a spreadsheet export (CSV; columns in docs/registry.md): every
    /// row checked, nothing written unless all are valid.
    Import {
        file: PathBuf,
        /// Check every row, write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The audit trail of one request.
    History { id: i64 },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Text,
    Json,
    Csv,
    Svg,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub db: DbOption,
    #[command(flatten)]
    pub user: UserOption,
    /// Started on or after.
    #[arg(long, value_parser = crate::cli::parse_date)]
    pub from: Option<jiff::civil::Date>,
    /// Started on or before.
    #[arg(long, value_parser = crate::cli::parse_date)]
    pub to: Option<jiff::civil::Date>,
    /// outgoing or incoming.
    #[arg(long)]
    pub direction: Option<String>,
    /// A kind of cooperation.
    #[arg(long)]
    pub kind: Option<String>,
    /// A crime type.
    #[arg(long)]
    pub crime_type: Option<String>,
    /// The other State.
    #[arg(long)]
    pub counterpart: Option<String>,
    /// Suppress counts below this (anonymised, for a national or COP return).
    #[arg(long)]
    pub min_cell: Option<u64>,
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,
    /// Write to FILE instead of standard output.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct AuditArgs {
    #[command(flatten)]
    pub db: DbOption,
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Check the hash chain and every record against it; exit 1 and name
    /// the first broken link if it does not hold.
    Verify {
        #[arg(long, value_enum, default_value_t = RecordFormat::Text)]
        format: RecordFormat,
    },
}
