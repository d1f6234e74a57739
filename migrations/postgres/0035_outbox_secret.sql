-- A message that carries a secret (a ballot, a receipt code): once sent or given up, its payload
-- is replaced by a placeholder and its last error cleared, so the outbox keeps nothing of it.
ALTER TABLE outbox ADD COLUMN secret BIGINT NOT NULL DEFAULT 0;
