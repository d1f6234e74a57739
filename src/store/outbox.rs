//! The outbox: every message the scheduler produces is a row first, sent by the adapter of its
//! platform, retried until it succeeds, and never sent again once marked sent.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::{Store, Tx};

/// A message to enqueue. `idem_key` makes enqueueing the same message twice a no-op.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    pub idem_key: String,
    pub platform: String,
    /// Serialized destination (platform-free JSON).
    pub destination: String,
    /// Serialized reply (platform-free JSON).
    pub payload: String,
    pub locale: String,
    pub zone: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub attempts: i64,
    pub message: OutboxMessage,
}

impl Tx {
    /// `false` if a message with the same key was already enqueued. The first attempt is due at
    /// `first_attempt_ms` (later than now when the platform asked to wait).
    pub async fn enqueue(&mut self, m: &OutboxMessage, now_ms: i64, first_attempt_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO outbox (idem_key, platform, destination, payload, locale, zone, state, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $8, $7) ON CONFLICT (idem_key) DO NOTHING",
        )
        .bind(&m.idem_key)
        .bind(&m.platform)
        .bind(&m.destination)
        .bind(&m.payload)
        .bind(&m.locale)
        .bind(&m.zone)
        .bind(now_ms)
        .bind(first_attempt_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

impl Store {
    /// Leases up to `limit` pending messages of one platform whose next attempt is due.
    pub async fn claim_outbox(
        &self,
        platform: &str,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
        limit: i64,
    ) -> Result<Vec<OutboxRow>> {
        let lock = self.dialect.skip_locked();
        let sql = format!(
            "UPDATE outbox SET lease_owner = $1, lease_until = $2
             WHERE id IN (SELECT id FROM outbox
                          WHERE platform = $3 AND state = 'pending' AND next_attempt_at <= $4
                                AND (lease_until IS NULL OR lease_until < $4)
                          ORDER BY id LIMIT $5 {lock})
             RETURNING id, attempts, idem_key, platform, destination, payload, locale, zone"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(owner)
            .bind(now_ms + lease_ms)
            .bind(platform)
            .bind(now_ms)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        let mut claimed = rows
            .iter()
            .map(|r| {
                Ok(OutboxRow {
                    id: r.try_get(0)?,
                    attempts: r.try_get(1)?,
                    message: OutboxMessage {
                        idem_key: r.try_get(2)?,
                        platform: r.try_get(3)?,
                        destination: r.try_get(4)?,
                        payload: r.try_get(5)?,
                        locale: r.try_get(6)?,
                        zone: r.try_get(7)?,
                    },
                })
            })
            .collect::<Result<Vec<_>>>()?;
        claimed.sort_by_key(|m| m.id);
        Ok(claimed)
    }

    /// Records a successful send; `false` if this process no longer held the lease.
    pub async fn mark_sent(&self, id: i64, owner: &str, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET state = 'sent', sent_at = $1, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL
             WHERE id = $2 AND lease_owner = $3 AND state = 'pending'",
        )
        .bind(now_ms)
        .bind(id)
        .bind(owner)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a failed send and when to try again.
    pub async fn mark_failed(&self, id: i64, owner: &str, error: &str, retry_at_ms: i64) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, lease_owner = NULL, lease_until = NULL
             WHERE id = $3 AND lease_owner = $4 AND state = 'pending'",
        )
        .bind(error)
        .bind(retry_at_ms)
        .bind(id)
        .bind(owner)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Extends the leases `owner` holds to `until_ms`, while it is still sending what it claimed.
    pub async fn renew_outbox_leases(&self, owner: &str, until_ms: i64) -> Result<u64> {
        let renewed = sqlx::query("UPDATE outbox SET lease_until = $1 WHERE lease_owner = $2 AND state = 'pending'")
            .bind(until_ms)
            .bind(owner)
            .execute(&self.pool)
            .await?;
        Ok(renewed.rows_affected())
    }

    /// Gives up the leases `owner` still holds: those of a pass that failed before finishing its
    /// messages (the database went away mid-pass).
    pub async fn release_outbox_leases(&self, owner: &str) -> Result<u64> {
        let released = sqlx::query(
            "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1 AND state = 'pending'",
        )
        .bind(owner)
        .execute(&self.pool)
        .await?;
        Ok(released.rows_affected())
    }

    /// Makes a platform's oldest pending message that nobody holds due at `now_ms` (if it is not
    /// already), whatever its back-off: it tries whether an unreachable platform answers again.
    /// `false` if there is no such message.
    pub async fn retry_oldest_outbox(&self, platform: &str, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET next_attempt_at = CASE WHEN next_attempt_at > $1 THEN $1 ELSE next_attempt_at END
             WHERE id = (SELECT MIN(id) FROM outbox WHERE platform = $2 AND state = 'pending'
                                                        AND (lease_until IS NULL OR lease_until < $1))",
        )
        .bind(now_ms)
        .bind(platform)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Makes every pending message of a platform that waits on a back-off due at `now_ms`: the
    /// platform answers again. Returns how many.
    pub async fn retry_outbox_now(&self, platform: &str, now_ms: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE outbox SET next_attempt_at = $1 WHERE platform = $2 AND state = 'pending' AND next_attempt_at > $1",
        )
        .bind(now_ms)
        .bind(platform)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    /// When the next pending message of a platform may be attempted (or its lease runs out).
    pub async fn next_outbox_at(&self, platform: &str) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_attempt_at THEN lease_until
                             ELSE next_attempt_at END)
             FROM outbox WHERE platform = $1 AND state = 'pending'",
        )
        .bind(platform)
        .fetch_one(&self.pool)
        .await?)
    }

    /// Why a platform's pending messages are waiting: the last error of each that failed.
    pub async fn outbox_errors(&self, platform: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT last_error FROM outbox
             WHERE platform = $1 AND state = 'pending' AND last_error IS NOT NULL ORDER BY id",
        )
        .bind(platform)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn count_outbox(&self, state: &str) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = $1").bind(state).fetch_one(&self.pool).await?)
    }
}
