-- Meetings: one row per meeting or series; occurrences are computed from the first one on the
-- zone's wall clock (`first_local`) and the recurrence.

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id BIGINT REFERENCES bodies (id),
    room_id BIGINT NOT NULL REFERENCES rooms (id),
    creator_id BIGINT NOT NULL REFERENCES members (id),
    title TEXT NOT NULL,
    zone TEXT NOT NULL,
    first_local TEXT NOT NULL,
    first_at BIGINT NOT NULL,
    duration_min BIGINT NOT NULL,
    recurrence TEXT,
    repeat_label TEXT,
    -- Minutes before each occurrence, comma-separated, largest first.
    remind_offsets TEXT NOT NULL,
    link TEXT,
    dial TEXT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX meetings_body ON meetings (body_id, status);
CREATE INDEX meetings_room ON meetings (room_id, status);
