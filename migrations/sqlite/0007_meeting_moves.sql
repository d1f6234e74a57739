-- Occurrences of a meeting moved one by one: `FROM>TO` local start times (`YYYY-MM-DDTHH:MM`),
-- comma-separated.

ALTER TABLE meetings ADD COLUMN moved TEXT NOT NULL DEFAULT '';
