//! The store's behaviour, run against SQLite always and against PostgreSQL
//! when `PALERMO_TEST_POSTGRES` names a server (`postgres://user@host`):
//! each test gets a fresh database on every backend.

use palermo_registry::{Direction, Kind, Principal, RequestDraft, Role};
use palermo_rules::facts::RequestKind;
use palermo_store::{Actor, Backend, Store, StoreError};
use sqlx::Executor;

/// A fresh store per backend.
async fn stores() -> Vec<(Store, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut v = vec![(Store::open(path.to_str().unwrap()).await.unwrap(), dir)];
    if let Ok(pg) = std::env::var("PALERMO_TEST_POSTGRES") {
        v.push((fresh_postgres(&pg).await, tempfile::tempdir().unwrap()));
    }
    v
}

async fn fresh_postgres(server: &str) -> Store {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "palermo_t{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    );
    sqlx::any::install_default_drivers();
    let mut admin =
        <sqlx::AnyConnection as sqlx::Connection>::connect(&format!("{server}/postgres"))
            .await
            .unwrap();
    admin
        .execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
        .await
        .unwrap();
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    Store::open(&format!("{server}/{name}")).await.unwrap()
}

async fn authority(s: &Store, state: &str, name: &str) -> i64 {
    s.create_authority(Actor::Local, state, name)
        .await
        .unwrap()
        .id
}

async fn user(s: &Store, authority: i64, name: &str, role: Role) -> Principal {
    s.create_user(Actor::Local, authority, name, role, None)
        .await
        .unwrap();
    s.principal_by_name(name).await.unwrap()
}

fn draft(from: &str, to: &str) -> RequestDraft {
    serde_json::from_value(serde_json::json!({
        "reference": "MLA/2025/001",
        "direction": "outgoing",
        "kind": "mutual_legal_assistance",
        "requesting_state": from,
        "requested_state": to,
        "crime_types": ["wildlife_trafficking"],
        "legal_bases": [{"basis": "convention", "reference": "art. 18(1)"}],
        "timeline": [{"status": "sent", "date": "2025-03-01"}],
        "notes": "secret note"
    }))
    .unwrap()
}

#[tokio::test]
async fn a_record_is_created_read_updated_and_approved() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "Central Authority").await;
        let off = user(&s, a, "olga", Role::Officer).await;
        let sup = user(&s, a, "sam", Role::Supervisor).await;
        let rec = s
            .create_record(&off, draft("XAA", "XAB"), None)
            .await
            .unwrap();
        assert_eq!(rec.version, 1);
        // Canonical form on the way in.
        assert_eq!(
            rec.request.legal_bases[0].reference.as_deref(),
            Some("UNTOC art. 18(1)")
        );
        let read = s.get_record(&off, rec.id).await.unwrap();
        assert_eq!(read.request, rec.request);

        let mut changed = read.request.clone();
        changed.notes = Some("new note".into());
        let upd = s
            .update_record(&off, rec.id, 1, changed.clone(), None)
            .await
            .unwrap();
        assert_eq!(upd.version, 2);
        // A change based on the old version is refused, not lost.
        match s.update_record(&off, rec.id, 1, changed, None).await {
            Err(StoreError::Conflict { current: 2 }) => {}
            other => panic!("{:?}: expected a conflict, got {other:?}", s.backend()),
        }
        assert!(matches!(
            s.approve_record(&off, rec.id, 2).await,
            Err(StoreError::Forbidden)
        ));
        let ok = s.approve_record(&sup, rec.id, 2).await.unwrap();
        assert_eq!(ok.approved.unwrap().by, "sam");
        let trail = s.record_audit(&off, rec.id).await.unwrap();
        let actions: Vec<&str> = trail.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "record.create",
                "record.read",
                "record.update",
                "record.approve"
            ]
        );
        // Field names only, never values.
        assert!(
            trail[2].detail.contains("changed=notes"),
            "{}",
            trail[2].detail
        );
        assert!(trail.iter().all(|e| !e.detail.contains("note ")));
        assert!(s.verify_audit().await.unwrap().ok());
    }
}

#[tokio::test]
async fn another_authoritys_record_does_not_exist_for_anyone() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        let b = authority(&s, "XAB", "B").await;
        let mine = user(&s, a, "ann", Role::Officer).await;
        let rec = s
            .create_record(&mine, draft("XAA", "XAB"), None)
            .await
            .unwrap();
        for (i, role) in Role::ALL.into_iter().enumerate() {
            let other = user(&s, b, &format!("b{i}"), role).await;
            assert!(matches!(
                s.get_record(&other, rec.id).await,
                Err(StoreError::NotFound)
            ));
            assert!(matches!(
                s.update_record(&other, rec.id, 1, draft("XAB", "XAA"), None)
                    .await,
                Err(StoreError::NotFound)
            ));
            assert!(matches!(
                s.approve_record(&other, rec.id, 1).await,
                Err(StoreError::NotFound)
            ));
            assert!(matches!(
                s.record_audit(&other, rec.id).await,
                Err(StoreError::NotFound)
            ));
            if matches!(role, Role::Officer | Role::Supervisor) {
                assert!(s
                    .list_records(&other, &Default::default())
                    .await
                    .unwrap()
                    .is_empty());
                assert!(s.export_records(&other).await.unwrap().is_empty());
            }
        }
        // The same answer as for a record that does not exist.
        assert!(matches!(
            s.get_record(&mine, 9999).await,
            Err(StoreError::NotFound)
        ));
    }
}

#[tokio::test]
async fn a_request_from_the_wrong_state_is_refused_with_the_field() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        let off = user(&s, a, "ann", Role::Officer).await;
        match s.create_record(&off, draft("XAC", "XAB"), None).await {
            Err(StoreError::Invalid(ps)) => {
                assert_eq!(ps[0].field, "requesting_state", "{ps:?}")
            }
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn tokens_act_for_their_user_until_revoked() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        user(&s, a, "ann", Role::Officer).await;
        let (info, secret) = s
            .create_token(Actor::Local, "ann", "laptop", None)
            .await
            .unwrap();
        assert_eq!(
            s.principal_for_token(&secret).await.unwrap().unwrap().user,
            "ann"
        );
        assert!(s.principal_for_token("plm_wrong").await.unwrap().is_none());
        s.revoke_token(Actor::Local, info.id).await.unwrap();
        assert!(s.principal_for_token(&secret).await.unwrap().is_none());
        let expired = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(60);
        let (_, old) = s
            .create_token(Actor::Local, "ann", "old", Some(expired))
            .await
            .unwrap();
        assert!(s.principal_for_token(&old).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn a_password_opens_a_session() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        s.create_user(
            Actor::Local,
            a,
            "ann",
            Role::Officer,
            Some("long enough password"),
        )
        .await
        .unwrap();
        let hour = std::time::Duration::from_secs(3600);
        assert!(matches!(
            s.login("ann", "wrong password!", hour).await,
            Err(StoreError::BadCredentials)
        ));
        assert!(matches!(
            s.login("nobody", "long enough password", hour).await,
            Err(StoreError::BadCredentials)
        ));
        let (p, session, csrf) = s.login("ann", "long enough password", hour).await.unwrap();
        assert_eq!(p.user, "ann");
        let (q, c) = s.principal_for_session(&session).await.unwrap().unwrap();
        assert_eq!((q, c), (p, csrf));
        s.logout(&session).await.unwrap();
        assert!(s.principal_for_session(&session).await.unwrap().is_none());
        assert!(matches!(
            s.create_user(Actor::Local, a, "bob", Role::Officer, Some("short"))
                .await,
            Err(StoreError::Invalid(_))
        ));
    }
}

#[tokio::test]
async fn an_import_writes_all_or_nothing() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        let off = user(&s, a, "ann", Role::Officer).await;
        let mut bad = draft("XAA", "XAB");
        bad.requested_state = "xx".into();
        let err = s
            .import_records(&off, vec![draft("XAA", "XAB"), bad], None)
            .await
            .unwrap_err();
        match err {
            StoreError::Invalid(ps) => assert_eq!(ps[0].field, "[1].requested_state"),
            other => panic!("{other:?}"),
        }
        assert!(s
            .list_records(&off, &Default::default())
            .await
            .unwrap()
            .is_empty());
        let ids = s
            .import_records(&off, vec![draft("XAA", "XAB"), draft("XAA", "XAC")], None)
            .await
            .unwrap();
        assert_eq!(ids.len(), 2);
        let mut incoming = draft("XAB", "XAA");
        incoming.direction = Direction::Incoming;
        incoming.kind = Kind(RequestKind::Extradition);
        incoming.legal_bases.clear();
        incoming.timeline = serde_json::from_value(
            serde_json::json!([{"status": "received", "date": "2025-04-01"}]),
        )
        .unwrap();
        s.create_record(&off, incoming, None).await.unwrap();
        let f = palermo_store::ListFilter {
            counterpart: Some("XAB".into()),
            ..Default::default()
        };
        assert_eq!(s.list_records(&off, &f).await.unwrap().len(), 2);
        let f = palermo_store::ListFilter {
            direction: Some("incoming".into()),
            ..Default::default()
        };
        assert_eq!(s.list_records(&off, &f).await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn tampering_is_found_and_named() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        let off = user(&s, a, "ann", Role::Officer).await;
        let r1 = s
            .create_record(&off, draft("XAA", "XAB"), None)
            .await
            .unwrap();
        s.create_record(&off, draft("XAA", "XAC"), None)
            .await
            .unwrap();
        let clean = s.verify_audit().await.unwrap();
        assert!(clean.ok(), "{:?}: {clean:?}", s.backend());
        assert_eq!(clean.entries, 4); // authority, user, two records

        // A record changed behind the registry's back.
        sqlx::query(
            "UPDATE records SET body = REPLACE(body, 'secret note', 'edited') WHERE id = $1",
        )
        .bind(r1.id)
        .execute(s.pool())
        .await
        .unwrap();
        let r = s.verify_audit().await.unwrap();
        assert_eq!(r.altered_records, vec![r1.id]);
        assert!(r.broken.is_none());

        // A record deleted.
        let r2 = s.list_records(&off, &Default::default()).await.unwrap()[0].id;
        sqlx::query("DELETE FROM records WHERE id = $1")
            .bind(r2)
            .execute(s.pool())
            .await
            .unwrap();
        let r = s.verify_audit().await.unwrap();
        assert_eq!(r.missing_records, vec![r2]);
        assert!(!r.ok());

        // An audit entry edited.
        sqlx::query("UPDATE audit SET actor = 'user:mallory' WHERE seq = 3")
            .execute(s.pool())
            .await
            .unwrap();
        let r = s.verify_audit().await.unwrap();
        assert_eq!(r.broken.as_ref().unwrap().seq, 3, "{r:?}");
        assert!(!r.ok());
    }
}

#[tokio::test]
async fn a_removed_tail_is_found() {
    for (s, _d) in stores().await {
        let a = authority(&s, "XAA", "A").await;
        user(&s, a, "ann", Role::Officer).await;
        sqlx::query("DELETE FROM audit WHERE seq = 2")
            .execute(s.pool())
            .await
            .unwrap();
        let r = s.verify_audit().await.unwrap();
        assert_eq!(r.broken.unwrap().seq, 2);
        let _ = Backend::Sqlite;
    }
}
