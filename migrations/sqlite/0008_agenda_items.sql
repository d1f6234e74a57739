-- Agenda items: numbered points of one occurrence of a meeting, identified by the meeting and
-- the occurrence's planned local start time (`YYYY-MM-DDTHH:MM`, as in `meetings.skipped`), so
-- each occurrence of a series has its own agenda and a moved occurrence keeps it.

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    occurrence TEXT NOT NULL,
    -- 1, 2, 3 … without gaps: the number people see.
    position BIGINT NOT NULL,
    text TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES members (id),
    created_at BIGINT NOT NULL,
    UNIQUE (meeting_id, occurrence, position)
);
