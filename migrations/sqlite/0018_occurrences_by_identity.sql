-- What belongs to one occurrence of a meeting is kept under its identity, the local start its
-- series planned it at (as agendas, roll calls and attendance are).

-- Answers ("will you come?") belong to one occurrence. Which occurrence comes next depends on the
-- series' rule in its zone, which SQL cannot compute; an existing answer goes to the meeting's first
-- occurrence (`first_local`): for a single meeting its only one, for a series the one its
-- announcement asked about. SQLite cannot change a primary key: the table is rebuilt, the new
-- column last as PostgreSQL adds it.
CREATE TABLE meeting_rsvps_new (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    answer TEXT NOT NULL,
    answered_at BIGINT NOT NULL,
    occurrence TEXT NOT NULL,
    PRIMARY KEY (meeting_id, occurrence, member_id)
);
INSERT INTO meeting_rsvps_new (meeting_id, member_id, answer, answered_at, occurrence)
SELECT r.meeting_id, r.member_id, r.answer, r.answered_at, m.first_local
FROM meeting_rsvps r JOIN meetings m ON m.id = r.meeting_id;
DROP TABLE meeting_rsvps;
ALTER TABLE meeting_rsvps_new RENAME TO meeting_rsvps;

-- Occurrences cancelled one by one (`meetings.skipped`, comma-separated local times) are named by
-- identity too. An occurrence that had been moved (`meetings.moved` holds `FROM>TO` pairs of
-- 16-character local times) was recorded at the time it was moved to: it becomes the time it was
-- planned at. So a later move onto that time no longer makes the moved occurrence vanish.
UPDATE meetings SET skipped = (
    WITH RECURSIVE parts (rest, item) AS (
        SELECT meetings.skipped || ',', NULL
        UNION ALL
        SELECT substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1) FROM parts WHERE rest <> ''
    )
    SELECT group_concat(
        CASE WHEN instr(',' || meetings.moved || ',', '>' || item || ',') > 0
             THEN substr(meetings.moved, instr(',' || meetings.moved || ',', '>' || item || ',') - 17, 16)
             ELSE item END,
        ',')
    FROM parts WHERE item <> ''
)
WHERE skipped <> '' AND moved <> '';
