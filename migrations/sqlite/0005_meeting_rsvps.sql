-- Who said they will come to a meeting (a series: to its coming occurrences).

CREATE TABLE meeting_rsvps (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    answer TEXT NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
