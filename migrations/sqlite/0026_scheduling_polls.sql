-- Scheduling polls (`!when`): candidate slots for a meeting, each answered yes, maybe (if need be)
-- or no by the poll's voters; the slot that suits most can become a meeting of the body.

-- status: open (answers are taken), closed (by its maker, staff or its deadline), scheduled (a
-- slot became meeting `meeting_id`). `body_id` is NULL for a poll of a room without a body, which
-- everyone in the room answers; `room_id` is the room it was made in, where its result is posted.
CREATE TABLE scheduling_polls (
    id INTEGER PRIMARY KEY,
    body_id BIGINT REFERENCES bodies (id),
    room_id BIGINT NOT NULL REFERENCES rooms (id),
    creator_id BIGINT NOT NULL REFERENCES members (id),
    title TEXT NOT NULL,
    zone TEXT NOT NULL,
    duration_min BIGINT NOT NULL,
    closes_at BIGINT,
    status TEXT NOT NULL,
    meeting_id BIGINT REFERENCES meetings (id),
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX scheduling_polls_body ON scheduling_polls (body_id, status);
CREATE INDEX scheduling_polls_room ON scheduling_polls (room_id, status);

-- The slots, numbered from 1 in order of time: the instant (UTC milliseconds) and the wall-clock
-- time as given, `YYYY-MM-DDTHH:MM` in the poll's zone.
CREATE TABLE scheduling_slots (
    poll_id BIGINT NOT NULL REFERENCES scheduling_polls (id),
    position BIGINT NOT NULL,
    starts_at BIGINT NOT NULL,
    local TEXT NOT NULL,
    PRIMARY KEY (poll_id, position)
);

-- One answer per voter per slot (yes, maybe, no), changed freely until the poll closes.
CREATE TABLE scheduling_answers (
    poll_id BIGINT NOT NULL,
    position BIGINT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    answer TEXT NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (poll_id, position, member_id),
    FOREIGN KEY (poll_id, position) REFERENCES scheduling_slots (poll_id, position)
);
CREATE INDEX scheduling_answers_member ON scheduling_answers (member_id);
