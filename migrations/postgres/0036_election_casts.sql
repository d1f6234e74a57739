-- (SQLite casts a ballot through a view and its trigger, in one statement; PostgreSQL does the
-- same with one statement of two inserts, so it needs nothing here.)
SELECT 1;
