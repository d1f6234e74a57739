-- Action items followed after their meeting: each action of the minutes (`minutes_items` of kind
-- `action`) gets a number of its own, owners who may change (the minutes keep those named at the
-- meeting), a due date, comments, and is open until done.

-- `item_id` NULL: its item was taken back with `!undo`; the number stays taken, so that a number
-- once given never names another action.
-- `due`: the date as given (YYYY-MM-DD); `due_at`: the end of that day in `due_zone`, the zone of
-- whoever gave it (UTC milliseconds); reminders go out before and at it. `done_at` NULL: open.
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    item_id BIGINT UNIQUE REFERENCES minutes_items (id),
    due TEXT,
    due_at BIGINT,
    due_zone TEXT,
    created_at BIGINT NOT NULL,
    done_at BIGINT,
    done_by BIGINT REFERENCES members (id)
);

CREATE INDEX actions_open ON actions (done_at, due_at);

-- Who owns an action now: a member, or a name not yet known as one (`member_id` NULL, never
-- reminded).
CREATE TABLE action_owners (
    action_id BIGINT NOT NULL REFERENCES actions (id),
    position BIGINT NOT NULL,
    member_id BIGINT REFERENCES members (id),
    name TEXT NOT NULL,
    PRIMARY KEY (action_id, position)
);

CREATE INDEX action_owners_member ON action_owners (member_id);

CREATE TABLE action_comments (
    id INTEGER PRIMARY KEY,
    action_id BIGINT NOT NULL REFERENCES actions (id),
    author_id BIGINT NOT NULL REFERENCES members (id),
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX action_comments_action ON action_comments (action_id, id);

-- The actions recorded before: followed from now on, due at the end of their day in UTC.
INSERT INTO actions (item_id, due, due_at, due_zone, created_at)
SELECT id, due, CASE WHEN due IS NULL THEN NULL ELSE (CAST(strftime('%s', due) AS INTEGER) + 86400) * 1000 - 1 END,
       CASE WHEN due IS NULL THEN NULL ELSE 'UTC' END, created_at
FROM minutes_items WHERE kind = 'action' ORDER BY id;

INSERT INTO action_owners (action_id, position, member_id, name)
SELECT a.id, o.position, o.member_id, o.name FROM minutes_action_owners o JOIN actions a ON a.item_id = o.item_id;

INSERT INTO jobs (kind, ref_id, due_at, state, created_at)
SELECT 'action-soon', id, due_at - 86400000, 'pending', created_at FROM actions WHERE due_at IS NOT NULL;

INSERT INTO jobs (kind, ref_id, due_at, state, created_at)
SELECT 'action-overdue', id, due_at, 'pending', created_at FROM actions WHERE due_at IS NOT NULL;
