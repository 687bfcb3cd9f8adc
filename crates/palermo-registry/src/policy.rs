//! Who may do what: roles, the actions they are checked against, and the
//! one function that decides. The store and the server call it on every
//! request; a record of another authority is reported as not found, so
//! nobody learns that it exists.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::model::{AuthorityId, UserId};

/// A user's role within their authority.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Records and reads the authority's own requests.
    Officer,
    /// An officer who also approves records.
    Supervisor,
    /// Reads statistics only, never case content.
    Analyst,
    /// Manages authorities, users and tokens; never case content.
    Administrator,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [
        Role::Officer,
        Role::Supervisor,
        Role::Analyst,
        Role::Administrator,
    ];

    /// The registry's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Supervisor => "supervisor",
            Role::Analyst => "analyst",
            Role::Administrator => "administrator",
        }
    }

    /// Parses the registry's spelling.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Who is asking: a user of an authority with a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct Principal {
    /// The user's number.
    pub user_id: UserId,
    /// The user's name (for the audit trail).
    pub user: String,
    /// The user's authority.
    pub authority_id: AuthorityId,
    /// The authority's State.
    pub state: String,
    /// The role.
    pub role: Role,
}

/// What is being done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Create a record for the principal's authority.
    CreateRecord,
    /// Read one record (its content).
    ReadRecord(AuthorityId),
    /// List the authority's records (content).
    ListRecords,
    /// Change a record.
    UpdateRecord(AuthorityId),
    /// Approve a record.
    ApproveRecord(AuthorityId),
    /// Read aggregate statistics of the authority's records.
    ReadStatistics,
    /// Read the audit trail of one record.
    ReadRecordAudit(AuthorityId),
    /// Read or verify the whole audit trail (no content: actions and hashes).
    VerifyAudit,
    /// Create or change authorities, users and tokens.
    ManageAccounts,
}

/// The decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Go ahead.
    Allowed,
    /// The principal may not do this at all (HTTP 403).
    Forbidden,
    /// The record belongs to another authority: answer as if it did not
    /// exist (HTTP 404), leaking nothing.
    NotFound,
}

/// Decides whether `who` may do `what`.
pub fn check(who: &Principal, what: Action) -> Access {
    use Action::*;
    use Role::*;
    let own = |a: AuthorityId| {
        if a == who.authority_id {
            Access::Allowed
        } else {
            Access::NotFound
        }
    };
    match (who.role, what) {
        (Officer | Supervisor, CreateRecord | ListRecords | ReadStatistics) => Access::Allowed,
        (Officer | Supervisor, ReadRecord(a) | UpdateRecord(a) | ReadRecordAudit(a)) => own(a),
        (Supervisor, ApproveRecord(a)) => own(a),
        (Officer, ApproveRecord(a)) => match own(a) {
            Access::Allowed => Access::Forbidden,
            other => other,
        },
        (Supervisor, VerifyAudit) => Access::Allowed,
        (Analyst, ReadStatistics) => Access::Allowed,
        (Administrator, ManageAccounts | VerifyAudit) => Access::Allowed,
        // Content of a record is never shown to an analyst or an
        // administrator; for another authority's record they learn nothing
        // more than an officer would.
        (
            Analyst | Administrator,
            ReadRecord(a) | UpdateRecord(a) | ApproveRecord(a) | ReadRecordAudit(a),
        ) => match own(a) {
            Access::Allowed => Access::Forbidden,
            other => other,
        },
        (Officer | Supervisor | Analyst, ManageAccounts) => Access::Forbidden,
        (Officer | Analyst, VerifyAudit) => Access::Forbidden,
        (Analyst | Administrator, CreateRecord | ListRecords) => Access::Forbidden,
        (Administrator, ReadStatistics) => Access::Forbidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(role: Role) -> Principal {
        Principal {
            user_id: 1,
            user: "u".into(),
            authority_id: 10,
            state: "XAA".into(),
            role,
        }
    }

    #[test]
    fn another_authoritys_record_is_not_found_for_every_role() {
        for role in Role::ALL {
            for a in [
                Action::ReadRecord(11),
                Action::UpdateRecord(11),
                Action::ApproveRecord(11),
                Action::ReadRecordAudit(11),
            ] {
                assert_eq!(check(&who(role), a), Access::NotFound, "{role:?} {a:?}");
            }
        }
    }

    #[test]
    fn content_only_for_officers_and_supervisors() {
        for role in Role::ALL {
            let content = check(&who(role), Action::ReadRecord(10)) == Access::Allowed;
            assert_eq!(
                content,
                matches!(role, Role::Officer | Role::Supervisor),
                "{role:?}"
            );
        }
    }

    #[test]
    fn only_supervisors_approve_and_only_administrators_manage_accounts() {
        for role in Role::ALL {
            assert_eq!(
                check(&who(role), Action::ApproveRecord(10)) == Access::Allowed,
                role == Role::Supervisor
            );
            assert_eq!(
                check(&who(role), Action::ManageAccounts) == Access::Allowed,
                role == Role::Administrator
            );
        }
    }
}
