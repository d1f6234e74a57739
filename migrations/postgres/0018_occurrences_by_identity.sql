-- What belongs to one occurrence of a meeting is kept under its identity, the local start its
-- series planned it at (as agendas, roll calls and attendance are).

-- Answers ("will you come?") belong to one occurrence. Which occurrence comes next depends on the
-- series' rule in its zone, which SQL cannot compute; an existing answer goes to the meeting's first
-- occurrence (`first_local`): for a single meeting its only one, for a series the one its
-- announcement asked about.
ALTER TABLE meeting_rsvps ADD COLUMN occurrence TEXT;
UPDATE meeting_rsvps SET occurrence = (SELECT first_local FROM meetings WHERE meetings.id = meeting_rsvps.meeting_id);
ALTER TABLE meeting_rsvps ALTER COLUMN occurrence SET NOT NULL;
ALTER TABLE meeting_rsvps DROP CONSTRAINT meeting_rsvps_pkey;
ALTER TABLE meeting_rsvps ADD PRIMARY KEY (meeting_id, occurrence, member_id);

-- Occurrences cancelled one by one (`meetings.skipped`, comma-separated local times) are named by
-- identity too. An occurrence that had been moved (`meetings.moved` holds `FROM>TO` pairs of
-- 16-character local times) was recorded at the time it was moved to: it becomes the time it was
-- planned at. So a later move onto that time no longer makes the moved occurrence vanish.
UPDATE meetings SET skipped = (
    SELECT string_agg(
        COALESCE(
            (SELECT split_part(pair, '>', 1) FROM unnest(string_to_array(meetings.moved, ',')) AS pair
             WHERE split_part(pair, '>', 2) = s.item LIMIT 1),
            s.item),
        ',' ORDER BY s.n)
    FROM unnest(string_to_array(meetings.skipped, ',')) WITH ORDINALITY AS s (item, n)
    WHERE s.item <> ''
)
WHERE skipped <> '' AND moved <> '';
