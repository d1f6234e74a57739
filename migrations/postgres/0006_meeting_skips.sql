-- Occurrences of a series that were cancelled one by one: their local start times
-- (`YYYY-MM-DDTHH:MM`), comma-separated.

ALTER TABLE meetings ADD COLUMN skipped TEXT NOT NULL DEFAULT '';
