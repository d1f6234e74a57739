-- A line of a meeting's log is a command (0) or plain chat said in the room (1).
ALTER TABLE minutes_log ADD COLUMN chat BIGINT NOT NULL DEFAULT 0;
