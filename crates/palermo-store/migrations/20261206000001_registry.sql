-- The registry's schema, written in the SQL that SQLite and PostgreSQL both
-- accept: numbers are BIGINT, dates and times RFC 3339 TEXT (UTC), JSON as
-- TEXT. Ids come from `counters`, not from AUTOINCREMENT/SERIAL, whose
-- spelling differs between the two.

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('authority', 0), ('user', 0), ('token', 0), ('record', 0);

CREATE TABLE authorities (
    id BIGINT PRIMARY KEY,
    state TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (state, name)
);

CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    authority_id BIGINT NOT NULL REFERENCES authorities (id),
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    password_hash TEXT,
    disabled BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE tokens (
    id BIGINT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- One row per request. The request itself is `body` (the JSON of a
-- RequestDraft); the columns beside it are copies kept for listing and
-- filtering without reading every body.
CREATE TABLE records (
    id BIGINT PRIMARY KEY,
    authority_id BIGINT NOT NULL REFERENCES authorities (id),
    version BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT,
    direction TEXT NOT NULL,
    kind TEXT NOT NULL,
    requesting_state TEXT NOT NULL,
    requested_state TEXT NOT NULL,
    reference TEXT,
    start_date TEXT,
    status TEXT,
    body TEXT NOT NULL
);
CREATE INDEX records_by_authority ON records (authority_id, id);

-- The audit trail: append-only, hash-chained (see palermo-registry's
-- audit module). `chain` holds the head, one row, locked by every write.
CREATE TABLE audit (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    authority_id BIGINT,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_target ON audit (target, seq);

CREATE TABLE chain (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    head TEXT NOT NULL
);
INSERT INTO chain (id, seq, head) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
