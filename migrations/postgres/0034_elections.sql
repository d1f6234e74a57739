-- Elections: a body's members elect candidates by secret ballot, counted by plurality, approval,
-- instant-runoff, STV (Scotland 2007) or Schulze.

-- phase: nominations, voting, closed. `roll_role`: only members holding this role vote (an exec
-- roll); NULL: the body's counted members. `nominations_close_at`: when voting opens by itself
-- (NULL: when staff open it). `voting_ms`: how long voting lasts once open. `quorum`: `50%` or a
-- number of ballots for the result to stand. `outcome`: elected, unopposed, no-candidates,
-- not-quorate (set at close). `seed`: the hex seed any lot was drawn from. `replaced`: how many
-- times a ballot was replaced with its receipt (a count, never whose).
CREATE TABLE elections (
    id BIGSERIAL PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    room_key BIGINT NOT NULL REFERENCES rooms (id),
    creator_id BIGINT NOT NULL REFERENCES members (id),
    title TEXT NOT NULL,
    seats BIGINT NOT NULL,
    method TEXT NOT NULL,
    roll_role TEXT,
    weighted BIGINT NOT NULL DEFAULT 0,
    seconded BIGINT NOT NULL DEFAULT 0,
    quorum TEXT,
    phase TEXT NOT NULL,
    nominations_close_at BIGINT,
    voting_ms BIGINT NOT NULL,
    voting_opened_at BIGINT,
    voting_closes_at BIGINT,
    created_at BIGINT NOT NULL,
    closed_at BIGINT,
    outcome TEXT,
    seed TEXT,
    replaced BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX elections_body ON elections (body_id, phase);

-- Who stands: nominated by someone (themselves included), seconded where the election asks for
-- it, and standing once they accept. `position` numbers the ballot's choices from 1 at opening.
CREATE TABLE election_candidates (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    name TEXT NOT NULL,
    nominated_by BIGINT NOT NULL REFERENCES members (id),
    seconded_by BIGINT REFERENCES members (id),
    accepted BIGINT NOT NULL DEFAULT 0,
    withdrawn BIGINT NOT NULL DEFAULT 0,
    nominated_at BIGINT NOT NULL,
    position BIGINT,
    PRIMARY KEY (election_id, member_id)
);

-- The roll, taken when voting opens: each counted record of the body, with its weight.
CREATE TABLE election_roll (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    record_id BIGINT NOT NULL REFERENCES member_records (id),
    weight BIGINT NOT NULL,
    PRIMARY KEY (election_id, record_id)
);

-- Who has voted, kept apart from the ballots: no time, no order, no shared key.
CREATE TABLE election_participation (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    record_id BIGINT NOT NULL,
    PRIMARY KEY (election_id, record_id)
);

-- Each ballot under the SHA-256 of its receipt code: the candidates' positions, most preferred
-- first (approval: those approved), and its weight. No voter, no time; stored in hash order
-- (rewritten in hash order at close).
CREATE TABLE election_ballots (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    receipt_hash TEXT NOT NULL,
    ranking TEXT NOT NULL,
    weight BIGINT NOT NULL,
    PRIMARY KEY (election_id, receipt_hash)
);
CREATE INDEX election_ballots_receipt ON election_ballots (receipt_hash);
