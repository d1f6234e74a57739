-- A ballot is cast in one statement, with no transaction around it: inserting into this view
-- records who voted and stores the ballot apart, both or neither, and only while the election is
-- voting (`election closed` otherwise; a second ballot of one roll record fails on the
-- participation's key). The view itself never holds a row.
CREATE VIEW election_casts AS
    SELECT p.election_id, p.record_id, b.receipt_hash, b.ranking, b.weight
    FROM election_participation p, election_ballots b WHERE 0;

CREATE TRIGGER election_cast INSTEAD OF INSERT ON election_casts
BEGIN
    SELECT RAISE(ABORT, 'election closed')
    WHERE NOT EXISTS (SELECT 1 FROM elections WHERE id = NEW.election_id AND phase = 'voting');
    INSERT INTO election_participation (election_id, record_id) VALUES (NEW.election_id, NEW.record_id);
    INSERT INTO election_ballots (election_id, receipt_hash, ranking, weight)
    VALUES (NEW.election_id, NEW.receipt_hash, NEW.ranking, NEW.weight);
END;
