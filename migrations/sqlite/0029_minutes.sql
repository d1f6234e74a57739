-- Minutes taken live in a room (`!startmeeting` … `!endmeeting`): the meeting, its chairs, the
-- log of the room while it ran, its items and action owners, who was there; then the archive.

-- `meeting_id`/`occurrence`: the scheduled occurrence it was linked to, if any (its agenda gives
-- the topics; `agenda_done` agenda items were taken up with `!topic next`). `ended_at` NULL: running.
-- `language`: the language the minutes were written in when it ended.
CREATE TABLE minutes (
    id INTEGER PRIMARY KEY,
    room_key BIGINT NOT NULL REFERENCES rooms (id),
    body_id BIGINT REFERENCES bodies (id),
    title TEXT NOT NULL,
    started_by BIGINT NOT NULL REFERENCES members (id),
    started_at BIGINT NOT NULL,
    last_activity BIGINT NOT NULL,
    ended_at BIGINT,
    meeting_id BIGINT REFERENCES meetings (id),
    occurrence TEXT,
    agenda_done BIGINT NOT NULL DEFAULT 0,
    language TEXT,
    approved_by BIGINT REFERENCES members (id),
    approved_at BIGINT
);

-- One running meeting per room.
CREATE UNIQUE INDEX minutes_running ON minutes (room_key) WHERE ended_at IS NULL;

CREATE TABLE minutes_chairs (
    minutes_id BIGINT NOT NULL REFERENCES minutes (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (minutes_id, member_id)
);

-- The room's lines while the meeting ran, numbered from 1.
CREATE TABLE minutes_log (
    minutes_id BIGINT NOT NULL REFERENCES minutes (id),
    line BIGINT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    text TEXT NOT NULL,
    said_at BIGINT NOT NULL,
    PRIMARY KEY (minutes_id, line)
);

-- kind: topic, info, idea, agreed, rejected, action, link. `position`: the item's number in its
-- minutes; `line`: the log line it was said on; `due`: an action's date (YYYY-MM-DD).
CREATE TABLE minutes_items (
    id INTEGER PRIMARY KEY,
    minutes_id BIGINT NOT NULL REFERENCES minutes (id),
    position BIGINT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT,
    due TEXT,
    author_id BIGINT NOT NULL REFERENCES members (id),
    line BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    UNIQUE (minutes_id, position)
);

-- Who owns an action: a member, or a name not yet known as one (`member_id` NULL).
CREATE TABLE minutes_action_owners (
    item_id BIGINT NOT NULL REFERENCES minutes_items (id),
    position BIGINT NOT NULL,
    member_id BIGINT REFERENCES members (id),
    name TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE minutes_attendees (
    minutes_id BIGINT NOT NULL REFERENCES minutes (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (minutes_id, member_id)
);
