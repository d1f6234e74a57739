-- The outbox gets an end: a send the platform refuses for good, one still failing long after it
-- was enqueued (a day by default), or one whose stored envelope cannot be read is `failed`, with
-- why and when; staff see it and may put it back. Who a message goes to is kept beside its
-- serialized destination, so failed sends are listed and filtered by body without opening each.

ALTER TABLE outbox ADD COLUMN recipient_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN recipient_id TEXT NOT NULL DEFAULT '';
-- permanent (the platform refused), expired (still failing at the limit), unreadable (the envelope).
ALTER TABLE outbox ADD COLUMN failure TEXT;
ALTER TABLE outbox ADD COLUMN failed_at BIGINT;
-- When staff last put the send back: its give-up clock starts again then. NULL: never.
ALTER TABLE outbox ADD COLUMN retried_at BIGINT;

-- Row by row, so that a destination that is not JSON is skipped rather than failing the migration.
DO $$
DECLARE
    r RECORD;
    d JSONB;
BEGIN
    FOR r IN SELECT id, destination FROM outbox WHERE state <> 'sent' LOOP
        BEGIN
            d := r.destination::JSONB;
            UPDATE outbox SET
                recipient_kind = CASE
                    WHEN d -> 'Room' ->> 'room_id' IS NOT NULL THEN 'room'
                    WHEN d -> 'Direct' ->> 'user_id' IS NOT NULL THEN 'direct'
                    ELSE ''
                END,
                recipient_id = COALESCE(d -> 'Room' ->> 'room_id', d -> 'Direct' ->> 'user_id', '')
            WHERE id = r.id;
        EXCEPTION WHEN others THEN
            NULL;
        END;
    END LOOP;
END
$$;

-- Sends that could not be read were parked ten years ahead; they are failed sends.
UPDATE outbox SET state = 'failed', failure = 'unreadable', failed_at = next_attempt_at - 315360000000
WHERE state = 'pending' AND next_attempt_at - created_at > 259200000000;

CREATE INDEX outbox_failed ON outbox (state, failed_at);
