-- A primary-key column that is not the rowid takes NULL in SQLite unless declared NOT NULL (a
-- behaviour SQLite keeps for compatibility), and NULLs never collide: audit_log.seq and
-- calendar_feeds.body_id could hold NULL here and not on PostgreSQL. SQLite cannot add NOT NULL
-- to a column, so both tables are rebuilt with it, their rows copied unchanged. No other table
-- refers to either of them.

CREATE TABLE audit_log_new (
    seq BIGINT NOT NULL PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    body_id BIGINT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_log_new (seq, at, actor_id, body_id, action, detail, prev_hash, hash)
SELECT seq, at, actor_id, body_id, action, detail, prev_hash, hash FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;

CREATE TABLE calendar_feeds_new (
    body_id BIGINT NOT NULL PRIMARY KEY REFERENCES bodies (id),
    token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
INSERT INTO calendar_feeds_new (body_id, token, created_at) SELECT body_id, token, created_at FROM calendar_feeds;
DROP TABLE calendar_feeds;
ALTER TABLE calendar_feeds_new RENAME TO calendar_feeds;
