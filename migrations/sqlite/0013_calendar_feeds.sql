-- The secret in the address of a body's calendar feed (calendar applications subscribe to it
-- without signing in, so the address itself is the key).

CREATE TABLE calendar_feeds (
    body_id BIGINT PRIMARY KEY REFERENCES bodies (id),
    token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
