-- Motions put to a minuted meeting, who spoke and for how long, and what was attached to the
-- minutes when they were posted.

-- A motion (`!motion TEXT`) is an item of its minutes (kind 'motion') with its vote: `moved_by`
-- moved it; `hands_*` a show of hands a chair counted (NULL while the vote is by name); once
-- closed (`closed_at`), the majority it needed, the votes counted (by hand or by name), how many
-- were present, and whether it carried (1) or not (0).
CREATE TABLE minutes_motions (
    item_id BIGINT NOT NULL PRIMARY KEY REFERENCES minutes_items (id),
    minutes_id BIGINT NOT NULL REFERENCES minutes (id),
    moved_by BIGINT NOT NULL REFERENCES members (id),
    hands_yes BIGINT,
    hands_no BIGINT,
    hands_abstain BIGINT,
    majority TEXT,
    votes_yes BIGINT,
    votes_no BIGINT,
    votes_abstain BIGINT,
    present BIGINT,
    carried BIGINT,
    closed_by BIGINT REFERENCES members (id),
    closed_at BIGINT
);

-- One open motion per meeting.
CREATE UNIQUE INDEX minutes_motion_open ON minutes_motions (minutes_id) WHERE closed_at IS NULL;

-- Votes by name on a motion, one per person present (`choice`: yes, no, abstain).
CREATE TABLE minutes_motion_votes (
    item_id BIGINT NOT NULL REFERENCES minutes_motions (item_id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    choice TEXT NOT NULL,
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (item_id, member_id)
);

-- The turns of the speaking queue while a meeting was minuted, numbered from 1: from `!next`
-- giving the floor to the next `!next`, `!queue clear` or the end of the meeting.
CREATE TABLE minutes_speakers (
    minutes_id BIGINT NOT NULL REFERENCES minutes (id),
    turn BIGINT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    PRIMARY KEY (minutes_id, turn)
);

-- The post-meeting materials `!minutes post` attached, and when the minutes were posted.
ALTER TABLE minutes ADD COLUMN agenda_url TEXT;
ALTER TABLE minutes ADD COLUMN transcript_url TEXT;
ALTER TABLE minutes ADD COLUMN recording_url TEXT;
ALTER TABLE minutes ADD COLUMN posted_at BIGINT;
