-- audit_log.seq and calendar_feeds.body_id are NOT NULL, as every primary-key column. PostgreSQL
-- made them so with their primary keys and this changes nothing here; the SQLite migration of
-- the same number rebuilds both tables to say it there too.

ALTER TABLE audit_log ALTER COLUMN seq SET NOT NULL;
ALTER TABLE calendar_feeds ALTER COLUMN body_id SET NOT NULL;
