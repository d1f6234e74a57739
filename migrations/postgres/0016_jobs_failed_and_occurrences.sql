-- A job of a kind no feature handles is `failed`, with why, rather than marked done unseen.
ALTER TABLE jobs ADD COLUMN failure TEXT;

-- Roll calls and attendance name an occurrence by its identity, the planned local start, as
-- agendas do. Rows of an occurrence moved one by one (`meetings.moved` holds `FROM>TO` pairs of
-- 16-character local times) go from the time it was moved to, to the time it was planned at.
-- An occurrence may be moved into the slot another was moved out of, so one row's new key can be
-- another row's old key, and the keys are checked row by row: moved rows first take their new
-- key behind a `>`, which no key holds, and lose the `>` once no old key is left in the way.
UPDATE meeting_attendance SET occurrence = (
    SELECT '>' || substr(meetings.moved, strpos(',' || meetings.moved || ',', '>' || meeting_attendance.occurrence || ',') - 17, 16)
    FROM meetings WHERE meetings.id = meeting_attendance.meeting_id
)
WHERE EXISTS (
    SELECT 1 FROM meetings WHERE meetings.id = meeting_attendance.meeting_id
      AND strpos(',' || meetings.moved || ',', '>' || meeting_attendance.occurrence || ',') > 0
);
UPDATE meeting_attendance SET occurrence = substr(occurrence, 2) WHERE occurrence LIKE '>%';

UPDATE meeting_roll_calls SET occurrence = (
    SELECT '>' || substr(meetings.moved, strpos(',' || meetings.moved || ',', '>' || meeting_roll_calls.occurrence || ',') - 17, 16)
    FROM meetings WHERE meetings.id = meeting_roll_calls.meeting_id
)
WHERE EXISTS (
    SELECT 1 FROM meetings WHERE meetings.id = meeting_roll_calls.meeting_id
      AND strpos(',' || meetings.moved || ',', '>' || meeting_roll_calls.occurrence || ',') > 0
);
UPDATE meeting_roll_calls SET occurrence = substr(occurrence, 2) WHERE occurrence LIKE '>%';
