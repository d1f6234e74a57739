-- Members, identities, bodies, rooms, roles, reminders, jobs, outbox and the audit chain.
-- Instants are milliseconds since the Unix epoch (UTC); flags are 0/1.

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    locale TEXT,
    timezone TEXT,
    is_admin BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE identities (
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    display_name TEXT NOT NULL,
    PRIMARY KEY (platform, user_id)
);
CREATE INDEX identities_member ON identities (member_id);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    short TEXT NOT NULL,
    short_key TEXT NOT NULL UNIQUE,
    parent_id BIGINT REFERENCES bodies (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    room_id TEXT NOT NULL,
    name TEXT NOT NULL,
    is_direct BIGINT NOT NULL DEFAULT 0,
    body_id BIGINT REFERENCES bodies (id),
    UNIQUE (platform, room_id)
);

CREATE TABLE role_grants (
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    role TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (body_id, member_id, role)
);

CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    creator_id BIGINT NOT NULL REFERENCES members (id),
    target TEXT NOT NULL,
    target_member_id BIGINT REFERENCES members (id),
    room_id BIGINT NOT NULL REFERENCES rooms (id),
    text TEXT NOT NULL,
    zone TEXT NOT NULL,
    next_at BIGINT NOT NULL,
    next_local TEXT NOT NULL,
    recurrence TEXT,
    repeat_label TEXT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX reminders_room ON reminders (room_id, status);
CREATE INDEX reminders_creator ON reminders (creator_id, status);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref_id BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    state TEXT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    done_at BIGINT
);
CREATE INDEX jobs_due ON jobs (state, due_at);
CREATE INDEX jobs_ref ON jobs (kind, ref_id, state);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idem_key TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    destination TEXT NOT NULL,
    payload TEXT NOT NULL,
    locale TEXT NOT NULL,
    zone TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (platform, state, next_attempt_at);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    body_id BIGINT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
