-- Whether features listen to what is said in a room (minutes being taken there): how many of them.
-- Commands in a room nobody listens to are not shown to listeners, without a query each.
ALTER TABLE rooms ADD COLUMN listeners BIGINT NOT NULL DEFAULT 0;
