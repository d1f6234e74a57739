-- The entries in a platform's own calendar (Discord scheduled events) that show a meeting.

CREATE TABLE meeting_events (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    platform TEXT NOT NULL,
    room_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (meeting_id, platform, room_id)
);
