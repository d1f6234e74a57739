-- How often, at most, one member's reminders may post in the rooms of a body, in minutes (staff's
-- reminders are not held to it). NULL: the default, 15 minutes.
ALTER TABLE bodies ADD COLUMN reminder_interval_min BIGINT;
