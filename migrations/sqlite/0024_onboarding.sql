-- A body's onboarding checklist, and each new member's progress through it.

-- The items, numbered from 1 in `position`; an item removed takes its ticks with it.
CREATE TABLE onboarding_items (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    position BIGINT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (body_id, position)
);

-- One per new member of a body (on approval of their application); `reminded` counts the
-- reminders sent, `finished_at` is set once every item is ticked.
CREATE TABLE onboarding (
    id INTEGER PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES bodies (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    started_at BIGINT NOT NULL,
    reminded BIGINT NOT NULL DEFAULT 0,
    finished_at BIGINT,
    UNIQUE (body_id, member_id)
);

CREATE TABLE onboarding_ticks (
    onboarding_id BIGINT NOT NULL REFERENCES onboarding (id),
    item_id BIGINT NOT NULL REFERENCES onboarding_items (id),
    done_at BIGINT NOT NULL,
    done_by BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (onboarding_id, item_id)
);
