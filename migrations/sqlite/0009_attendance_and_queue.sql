-- Quorum rules of bodies, attendance at meeting occurrences, and each room's speaking queue.
-- An occurrence is named by its meeting and its local start time (`YYYY-MM-DDTHH:MM`), as
-- meetings name the occurrences they skip or move.

-- `50%` (that share of the body's members, rounded up) or `12` (that many people); NULL: none.
ALTER TABLE bodies ADD COLUMN quorum_rule TEXT;

-- A roll call opened for one occurrence.
CREATE TABLE meeting_roll_calls (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    occurrence TEXT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES members (id),
    opened_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, occurrence)
);

-- Who was present at one occurrence, in the room (remote = 0) or from afar (remote = 1).
CREATE TABLE meeting_attendance (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    occurrence TEXT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    remote BIGINT NOT NULL DEFAULT 0,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, occurrence, member_id)
);

-- People waiting to speak in a room, in the order they raised their hand (`id`). `remote`: 1 from
-- afar, 0 in the room, NULL when they did not say (their attendance record decides).
CREATE TABLE speaking_queue (
    id INTEGER PRIMARY KEY,
    room_id BIGINT NOT NULL REFERENCES rooms (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    remote BIGINT,
    raised_at BIGINT NOT NULL,
    UNIQUE (room_id, member_id)
);
