-- Members who asked for a meeting's reminders (scope 'meeting') or for those of every meeting of a
-- body (scope 'body') in a direct message on the platform they asked from.

CREATE TABLE meeting_dm_reminders (
    member_id BIGINT NOT NULL REFERENCES members (id),
    scope TEXT NOT NULL,
    scope_id BIGINT NOT NULL,
    platform TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, scope, scope_id)
);

CREATE INDEX meeting_dm_reminders_scope ON meeting_dm_reminders (scope, scope_id);
