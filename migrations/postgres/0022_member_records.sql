-- Member records: one per membership of a body, with the directory's fields, a status that
-- follows rules (applicant, active, renewal-due, lapsed, former, suspended) and, for a person who
-- speaks for an organisation member, the organisation's record. Dates are `YYYY-MM-DD`.

CREATE TABLE member_records (
    id BIGSERIAL PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    -- The account the record belongs to; NULL for a record kept without one (an import).
    member_id BIGINT REFERENCES members (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    organisation TEXT,
    stakeholder_group TEXT,
    country TEXT,
    region TEXT,
    languages TEXT,
    gender TEXT,
    status TEXT NOT NULL,
    status_reason TEXT,
    joined_on TEXT,
    renewal_on TEXT,
    notes TEXT,
    represents_id BIGINT REFERENCES member_records (id),
    is_voting_rep BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX member_records_account ON member_records (body_id, member_id);
CREATE INDEX member_records_status ON member_records (body_id, status);
CREATE INDEX member_records_represents ON member_records (represents_id);

-- How a body keeps its records: days of grace after the renewal date before a membership lapses,
-- days before it that the member is reminded, and the directory fields members may see
-- (comma-separated field names). NULL: the defaults.
CREATE TABLE member_policies (
    body_id BIGINT NOT NULL PRIMARY KEY REFERENCES bodies (id),
    grace_days BIGINT,
    notice_days BIGINT,
    public_fields TEXT
);

-- Bodies kept before records existed counted anyone with a role as a member: each person with the
-- role member, exec or staff becomes an active record (named as their account), and each
-- applicant an applicant's record, so that a body's count carries over without its guests and
-- applicants.
INSERT INTO member_records (body_id, member_id, name, kind, status, created_at, updated_at)
SELECT g.body_id, g.member_id, m.display_name, 'person', 'active', MIN(g.granted_at), MIN(g.granted_at)
FROM role_grants g JOIN members m ON m.id = g.member_id
WHERE g.role IN ('member', 'exec', 'staff')
GROUP BY g.body_id, g.member_id, m.display_name;

INSERT INTO member_records (body_id, member_id, name, kind, status, created_at, updated_at)
SELECT g.body_id, g.member_id, m.display_name, 'person', 'applicant', MIN(g.granted_at), MIN(g.granted_at)
FROM role_grants g JOIN members m ON m.id = g.member_id
WHERE g.role = 'applicant' AND NOT EXISTS (
    SELECT 1 FROM member_records r WHERE r.body_id = g.body_id AND r.member_id = g.member_id
)
GROUP BY g.body_id, g.member_id, m.display_name;
