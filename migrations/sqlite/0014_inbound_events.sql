-- Platform events that carried a command, so that each is handled once whatever the platform
-- delivers again (a re-sync after a crash, a replayed gateway event). `state` is 'effected' once
-- a transaction of the command committed, 'answered' once its replies are in the outbox.
CREATE TABLE inbound_events (
    platform TEXT NOT NULL,
    event_id TEXT NOT NULL,
    state TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX inbound_events_received ON inbound_events (received_at);

-- How far an adapter's event stream has been handled: the position to resume from (a Matrix
-- sync token) and, per room, the last event handled, where a back-fill of a gap stops.
CREATE TABLE sync_positions (
    platform TEXT NOT NULL,
    account TEXT NOT NULL,
    token TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, account)
);

CREATE TABLE room_positions (
    platform TEXT NOT NULL,
    account TEXT NOT NULL,
    room_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    event_at BIGINT NOT NULL,
    PRIMARY KEY (platform, account, room_id)
);
