-- The language a body's rooms are written to in messages nobody asked for in person (meeting
-- reminders, reminders posted to a room); NULL: the configured default language.

ALTER TABLE bodies ADD COLUMN language TEXT;
