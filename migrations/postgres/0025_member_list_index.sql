-- A page of the member directory, filtered by status and ordered by name, read from the index
-- instead of sorting every record of the body.
CREATE INDEX member_records_list ON member_records (body_id, status, LOWER(name), id);
