-- Polls posted with a platform's own poll widget (Matrix MSC3381): which message is which poll,
-- and the command a member's answer runs.

CREATE TABLE native_polls (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    room_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    vote_command TEXT NOT NULL,
    -- JSON array of answer ids, in the order shown.
    answer_ids TEXT NOT NULL,
    max_selections BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (platform, room_id, message_id)
);
