-- Choices offered as reactions (Matrix): which emoji on which message of the bot runs which
-- command, so that a member's reaction becomes the command they could type.

CREATE TABLE reaction_choices (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    room_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    -- The reaction's key as the bot sent it (an emoji).
    reaction_key TEXT NOT NULL,
    command TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (platform, room_id, message_id, reaction_key)
);
