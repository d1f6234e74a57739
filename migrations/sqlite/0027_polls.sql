-- Polls: a question with options, answered once per voting seat (a member record of the body, or
-- a member for a poll of a room), by the seat's holder or their proxy.

-- kind: single, multi, ranked, score, proposal. status: open, closed. `body_id`: the body whose
-- counted members may vote (a snapshot in `poll_seats`); NULL: anyone in the room.
-- `quorum`: `50%` or a number of seats; `majority`: simple, absolute or 2/3 (proposals).
CREATE TABLE polls (
    id INTEGER PRIMARY KEY,
    room_key BIGINT NOT NULL REFERENCES rooms (id),
    body_id BIGINT REFERENCES bodies (id),
    creator_id BIGINT NOT NULL REFERENCES members (id),
    question TEXT NOT NULL,
    kind TEXT NOT NULL,
    min_choices BIGINT NOT NULL DEFAULT 1,
    max_choices BIGINT NOT NULL DEFAULT 1,
    score_max BIGINT NOT NULL DEFAULT 0,
    anonymous BIGINT NOT NULL DEFAULT 0,
    weighted BIGINT NOT NULL DEFAULT 0,
    quorum TEXT,
    majority TEXT,
    closes_at BIGINT,
    remind_before BIGINT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    closed_at BIGINT,
    -- A poll another feature opened for a purpose of its own (an application's committee vote):
    -- it acts on the result at the close.
    purpose TEXT,
    purpose_ref BIGINT,
    -- Who votes in a body's poll: its counted members, or only those holding this role.
    seat_role TEXT
);

CREATE TABLE poll_options (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (poll_id, position)
);

-- Who may vote in a body's poll, taken when it opens: each counted record, with its weight.
CREATE TABLE poll_seats (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    record_id BIGINT NOT NULL REFERENCES member_records (id),
    weight BIGINT NOT NULL,
    PRIMARY KEY (poll_id, record_id)
);

-- The votes of a poll that is not anonymous, one per seat (a record id, or a member id in a
-- room's poll), replaced when the voter changes it; `cast_by` is who cast it (the proxy holder).
CREATE TABLE poll_votes (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    seat_id BIGINT NOT NULL,
    choice TEXT NOT NULL,
    weight BIGINT NOT NULL,
    cast_by BIGINT NOT NULL REFERENCES members (id),
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (poll_id, seat_id)
);

-- An anonymous poll keeps who voted apart from what was chosen: no time, no order, no shared key.
CREATE TABLE poll_participation (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    seat_id BIGINT NOT NULL,
    PRIMARY KEY (poll_id, seat_id)
) WITHOUT ROWID;

-- Each ballot under a random key, stored in key order (no rowid, so no insertion order), and
-- rewritten at close.
CREATE TABLE poll_ballots (
    poll_id BIGINT NOT NULL REFERENCES polls (id),
    ballot_key TEXT NOT NULL,
    choice TEXT NOT NULL,
    weight BIGINT NOT NULL,
    PRIMARY KEY (poll_id, ballot_key)
) WITHOUT ROWID;

-- A member's vote weight in a body (`member weight`), for polls opened `--weighted`.
ALTER TABLE member_records ADD COLUMN vote_weight BIGINT NOT NULL DEFAULT 1;

-- Proxies: `giver` lets `holder` cast their vote in a body's polls, until revoked or `until`.
CREATE TABLE proxies (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    giver_id BIGINT NOT NULL REFERENCES members (id),
    holder_id BIGINT NOT NULL REFERENCES members (id),
    until_at BIGINT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX proxies_holder ON proxies (body_id, holder_id);
CREATE INDEX proxies_giver ON proxies (body_id, giver_id);
