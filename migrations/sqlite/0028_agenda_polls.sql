-- Agenda polls: members of a meeting's body propose items for one occurrence of the meeting
-- (`occurrence`, its `OccurrenceId::key`, as in `agenda_items`), then rank them in a ranked poll;
-- the top `top` become that occurrence's agenda items.

-- phase: proposing (until `propose_until`), ranking (in poll `poll_id`, until `rank_until`), done.
CREATE TABLE agenda_polls (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    occurrence TEXT NOT NULL,
    creator_id BIGINT NOT NULL REFERENCES members (id),
    phase TEXT NOT NULL,
    propose_until BIGINT NOT NULL,
    rank_until BIGINT NOT NULL,
    top BIGINT NOT NULL,
    poll_id BIGINT REFERENCES polls (id),
    created_at BIGINT NOT NULL
);
-- One agenda poll per occurrence at a time.
CREATE UNIQUE INDEX agenda_polls_running ON agenda_polls (meeting_id, occurrence) WHERE phase <> 'done';

-- The proposals, numbered from 1 in the order proposed: option N of the ranking poll.
CREATE TABLE agenda_proposals (
    agenda_poll_id BIGINT NOT NULL REFERENCES agenda_polls (id),
    position BIGINT NOT NULL,
    text TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES members (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (agenda_poll_id, position)
);
CREATE INDEX agenda_proposals_author ON agenda_proposals (author_id);
