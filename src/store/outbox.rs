//! The outbox: every message the scheduler produces is a row first, sent by the adapter of its
//! platform and never sent again once marked sent. A row is `pending` until it is `sent`, or
//! `failed` (refused for good, still failing at the give-up limit, or unreadable), which staff
//! see and may put back to `pending`.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::{Store, Tx};

/// A message to enqueue. `idem_key` makes enqueueing the same message twice a no-op.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    pub idem_key: String,
    pub platform: String,
    /// Who it goes to, kept beside the serialized destination so that failed sends can be listed
    /// and filtered by body without opening it.
    pub recipient: Recipient,
    /// Serialized destination (platform-free JSON).
    pub destination: String,
    /// Serialized reply (platform-free JSON).
    pub payload: String,
    pub locale: String,
    pub zone: String,
    /// It carries a secret (`Reply::secret`): the row keeps nothing of it once sent or given up.
    pub secret: bool,
}

/// What a secret message's row keeps in place of its payload once it is sent or given up.
pub const SECRET_PLACEHOLDER: &str = r#"{"secret":"removed"}"#;

/// Who a message goes to, by the platform's own ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    Room(String),
    Direct(String),
    /// Not recorded: a message enqueued before recipients were kept whose destination could not
    /// be read.
    Unknown,
}

impl Recipient {
    fn columns(&self) -> (&'static str, &str) {
        match self {
            Recipient::Room(id) => ("room", id),
            Recipient::Direct(id) => ("direct", id),
            Recipient::Unknown => ("", ""),
        }
    }

    fn from_columns(kind: &str, id: String) -> Self {
        match kind {
            "room" => Recipient::Room(id),
            "direct" => Recipient::Direct(id),
            _ => Recipient::Unknown,
        }
    }
}

/// Why a send ended in the `failed` state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxFailure {
    /// The platform refused it for good (direct messages closed, a permission missing…).
    Permanent,
    /// Temporary failures went on past the give-up limit.
    Expired,
    /// The stored envelope could not be read.
    Unreadable,
}

impl OutboxFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxFailure::Permanent => "permanent",
            OutboxFailure::Expired => "expired",
            OutboxFailure::Unreadable => "unreadable",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [OutboxFailure::Permanent, OutboxFailure::Expired, OutboxFailure::Unreadable]
            .into_iter()
            .find(|f| f.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    /// Attempts since it was enqueued, or last put back by staff.
    pub attempts: i64,
    /// When its give-up clock started: when it was enqueued, or last put back by staff.
    pub trying_since: i64,
    pub message: OutboxMessage,
}

/// A send that failed, as staff see it: never its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedSend {
    pub id: i64,
    pub platform: String,
    pub recipient: Recipient,
    /// The room's name, or the display name of the person a direct message was for, when known.
    pub recipient_name: Option<String>,
    pub failed_at: i64,
    pub attempts: i64,
    pub failure: Option<OutboxFailure>,
    /// What the platform (or the envelope) said.
    pub reason: String,
}

/// The sends a person may see: everything (an administrator), or what goes to the rooms of one
/// body and to the people who hold a role in it.
const BODY_FILTER: &str = "(r.body_id = $1 OR EXISTS (SELECT 1 FROM role_grants g
                                                      WHERE g.member_id = i.member_id AND g.body_id = $1))";

/// The outbox with the room or the person each message goes to, where Quorum knows them.
const WITH_RECIPIENTS: &str = "outbox o
    LEFT JOIN rooms r ON o.recipient_kind = 'room' AND r.platform = o.platform AND r.room_id = o.recipient_id
    LEFT JOIN identities i ON o.recipient_kind = 'direct' AND i.platform = o.platform AND i.user_id = o.recipient_id
    LEFT JOIN members m ON m.id = i.member_id";

/// The outbox's backlog and failures, for health reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxHealth {
    /// Messages not sent yet (waiting for their first attempt or a retry).
    pub pending: i64,
    /// How long the oldest of them has waited, in milliseconds.
    pub oldest_pending_age_ms: Option<i64>,
    /// Messages given up on (`state = 'failed'`).
    pub failed: i64,
}

impl Tx {
    /// `false` if a message with the same key was already enqueued. The first attempt is due at
    /// `first_attempt_ms` (later than now when the platform asked to wait).
    pub async fn enqueue(&mut self, m: &OutboxMessage, now_ms: i64, first_attempt_ms: i64) -> Result<bool> {
        Ok(self.insert_outbox(m, now_ms, first_attempt_ms, None).await?.is_some())
    }

    /// Enqueues a message due now and already leased to `owner`, which sends it at once; should
    /// that process stop first, the lease runs out and any sender takes it. `None` if a message
    /// with the same key was already enqueued.
    pub async fn enqueue_leased(
        &mut self,
        m: &OutboxMessage,
        now_ms: i64,
        owner: &str,
        lease_until_ms: i64,
    ) -> Result<Option<OutboxRow>> {
        let id = self.insert_outbox(m, now_ms, now_ms, Some((owner, lease_until_ms))).await?;
        Ok(id.map(|id| OutboxRow { id, attempts: 0, trying_since: now_ms, message: m.clone() }))
    }

    /// The new row's id, or `None` when the key was enqueued before.
    async fn insert_outbox(
        &mut self,
        m: &OutboxMessage,
        now_ms: i64,
        first_attempt_ms: i64,
        lease: Option<(&str, i64)>,
    ) -> Result<Option<i64>> {
        let (kind, recipient) = m.recipient.columns();
        Ok(sqlx::query_scalar(
            "INSERT INTO outbox (idem_key, platform, recipient_kind, recipient_id, destination, payload, locale, zone,
                                 state, next_attempt_at, created_at, lease_owner, lease_until, secret)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $10, $9, $11, $12, $13)
             ON CONFLICT (idem_key) DO NOTHING RETURNING id",
        )
        .bind(&m.idem_key)
        .bind(&m.platform)
        .bind(kind)
        .bind(recipient)
        .bind(&m.destination)
        .bind(&m.payload)
        .bind(&m.locale)
        .bind(&m.zone)
        .bind(now_ms)
        .bind(first_attempt_ms)
        .bind(lease.map(|(owner, _)| owner))
        .bind(lease.map(|(_, until)| until))
        .bind(i64::from(m.secret))
        .fetch_optional(&mut *self.tx)
        .await?)
    }

    /// The failed sends visible to staff of `body` (all of them for `None`), newest first, at
    /// most `limit`, and how many there are in all.
    pub async fn failed_sends(&mut self, body: Option<i64>, limit: i64) -> Result<(Vec<FailedSend>, i64)> {
        let (filter, limit_at) = match body {
            Some(_) => (format!("AND {BODY_FILTER}"), "$2"),
            None => (String::new(), "$1"),
        };
        let list = format!(
            "SELECT o.id, o.platform, o.recipient_kind, o.recipient_id, COALESCE(r.name, m.display_name),
                    COALESCE(o.failed_at, o.next_attempt_at), o.attempts, o.failure, COALESCE(o.last_error, '')
             FROM {WITH_RECIPIENTS}
             WHERE o.state = 'failed' {filter}
             ORDER BY COALESCE(o.failed_at, o.next_attempt_at) DESC, o.id DESC LIMIT {limit_at}"
        );
        let count = format!("SELECT COUNT(*) FROM {WITH_RECIPIENTS} WHERE o.state = 'failed' {filter}");
        let (rows, total) = match body {
            Some(body) => (
                sqlx::query(AssertSqlSafe(list)).bind(body).bind(limit).fetch_all(&mut *self.tx).await?,
                sqlx::query_scalar(AssertSqlSafe(count)).bind(body).fetch_one(&mut *self.tx).await?,
            ),
            None => (
                sqlx::query(AssertSqlSafe(list)).bind(limit).fetch_all(&mut *self.tx).await?,
                sqlx::query_scalar(AssertSqlSafe(count)).fetch_one(&mut *self.tx).await?,
            ),
        };
        let sends = rows
            .iter()
            .map(|r| {
                let kind: String = r.try_get(2)?;
                let failure: Option<String> = r.try_get(7)?;
                Ok(FailedSend {
                    id: r.try_get(0)?,
                    platform: r.try_get(1)?,
                    recipient: Recipient::from_columns(&kind, r.try_get(3)?),
                    recipient_name: r.try_get(4)?,
                    failed_at: r.try_get(5)?,
                    attempts: r.try_get(6)?,
                    failure: failure.as_deref().and_then(OutboxFailure::parse),
                    reason: r.try_get(8)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((sends, total))
    }

    /// The state (`pending`, `sent`, `failed`) of a send visible to staff of `body` (any send for
    /// `None`); `None` when there is no such send or it is not theirs to see.
    pub async fn outbox_state(&mut self, id: i64, body: Option<i64>) -> Result<Option<String>> {
        let query = match body {
            Some(body) => sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT o.state FROM {WITH_RECIPIENTS} WHERE o.id = $2 AND {BODY_FILTER}"
            )))
            .bind(body),
            None => sqlx::query_scalar(AssertSqlSafe(format!("SELECT o.state FROM {WITH_RECIPIENTS} WHERE o.id = $1"))),
        };
        Ok(query.bind(id).fetch_optional(&mut *self.tx).await?)
    }

    /// Puts a failed send back to `pending`, due at `now_ms`, with its attempts and give-up clock
    /// started again; `false` if it was not failed.
    pub async fn retry_failed_send(&mut self, id: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET state = 'pending', next_attempt_at = $1, retried_at = $1, attempts = 0,
                               failure = NULL, failed_at = NULL, last_error = NULL, lease_owner = NULL, lease_until = NULL
             WHERE id = $2 AND state = 'failed'",
        )
        .bind(now_ms)
        .bind(id)
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
             RETURNING id, attempts, COALESCE(retried_at, created_at), idem_key, platform, recipient_kind, recipient_id,
                       destination, payload, locale, zone, secret"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(owner)
            .bind(now_ms + lease_ms)
            .bind(platform)
            .bind(now_ms)
            .bind(limit)
            .fetch_all(&mut *self.pool.lease().await?)
            .await?;
        let mut claimed = rows
            .iter()
            .map(|r| {
                let kind: String = r.try_get(5)?;
                Ok(OutboxRow {
                    id: r.try_get(0)?,
                    attempts: r.try_get(1)?,
                    trying_since: r.try_get(2)?,
                    message: OutboxMessage {
                        idem_key: r.try_get(3)?,
                        platform: r.try_get(4)?,
                        recipient: Recipient::from_columns(&kind, r.try_get(6)?),
                        destination: r.try_get(7)?,
                        payload: r.try_get(8)?,
                        locale: r.try_get(9)?,
                        zone: r.try_get(10)?,
                        secret: r.try_get::<i64, _>(11)? != 0,
                    },
                })
            })
            .collect::<Result<Vec<_>>>()?;
        claimed.sort_by_key(|m| m.id);
        Ok(claimed)
    }

    /// Records a successful send; `false` if this process no longer held the lease. A secret
    /// message keeps nothing of itself: its payload becomes [`SECRET_PLACEHOLDER`] and its last
    /// error is cleared.
    pub async fn mark_sent(&self, id: i64, owner: &str, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET state = 'sent', sent_at = $1, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL,
                               payload = CASE WHEN secret <> 0 THEN $4 ELSE payload END,
                               last_error = CASE WHEN secret <> 0 THEN NULL ELSE last_error END
             WHERE id = $2 AND lease_owner = $3 AND state = 'pending'",
        )
        .bind(now_ms)
        .bind(id)
        .bind(owner)
        .bind(SECRET_PLACEHOLDER)
        .execute(&mut *self.pool.lease().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a failed attempt and when to try again.
    pub async fn mark_retry(&self, id: i64, owner: &str, error: &str, retry_at_ms: i64) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, lease_owner = NULL, lease_until = NULL
             WHERE id = $3 AND lease_owner = $4 AND state = 'pending'",
        )
        .bind(error)
        .bind(retry_at_ms)
        .bind(id)
        .bind(owner)
        .execute(&mut *self.pool.lease().await?)
        .await?;
        Ok(())
    }

    /// Gives a send up: `failed`, with why and when. `attempted` says whether this ends an
    /// attempt (a send the platform refused) or none was made (an unreadable envelope). `false`
    /// if this process no longer held the lease.
    pub async fn mark_failed(
        &self,
        id: i64,
        owner: &str,
        failure: OutboxFailure,
        error: &str,
        attempted: bool,
        now_ms: i64,
    ) -> Result<bool> {
        // A secret message given up keeps nothing of itself either (the platform's reason stays:
        // it quotes no content). It cannot be sent again: put back by staff, it fails as
        // unreadable, the price of leaving no trace.
        let done = sqlx::query(
            "UPDATE outbox SET state = 'failed', failure = $1, last_error = $2, failed_at = $3, attempts = attempts + $4,
                               lease_owner = NULL, lease_until = NULL,
                               payload = CASE WHEN secret <> 0 THEN $7 ELSE payload END
             WHERE id = $5 AND lease_owner = $6 AND state = 'pending'",
        )
        .bind(failure.as_str())
        .bind(error)
        .bind(now_ms)
        .bind(i64::from(attempted))
        .bind(id)
        .bind(owner)
        .bind(SECRET_PLACEHOLDER)
        .execute(&mut *self.pool.lease().await?)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Extends the leases `owner` holds to `until_ms`, while it is still sending what it claimed.
    pub async fn renew_outbox_leases(&self, owner: &str, until_ms: i64) -> Result<u64> {
        // Never shortens a lease: an answer waiting in its lane holds a longer one than a pass.
        let renewed = sqlx::query(
            "UPDATE outbox SET lease_until = CASE WHEN lease_until IS NULL OR lease_until < $1 THEN $1 ELSE lease_until END
             WHERE lease_owner = $2 AND state = 'pending'",
        )
            .bind(until_ms)
            .bind(owner)
            .execute(&mut *self.pool.lease().await?)
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
        .execute(&mut *self.pool.lease().await?)
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
        .execute(&mut *self.pool.lease().await?)
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
        .execute(&mut *self.pool.lease().await?)
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
        .fetch_one(&mut *self.pool.lease().await?)
        .await?)
    }

    /// Why a platform's pending messages are waiting: the last error of each that failed.
    pub async fn outbox_errors(&self, platform: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT last_error FROM outbox
             WHERE platform = $1 AND state = 'pending' AND last_error IS NOT NULL ORDER BY id",
        )
        .bind(platform)
        .fetch_all(&mut *self.pool.lease().await?)
        .await?)
    }

    /// How many messages are in a state: `pending`, `sent` or `failed`.
    /// The backlog at `now_ms`, and the failures, of the messages to `platforms` (every platform
    /// there is: naming them lets the query use the `(platform, state, …)` index instead of
    /// reading every message ever sent).
    pub async fn outbox_health(&self, now_ms: i64, platforms: &[&str]) -> Result<OutboxHealth> {
        if platforms.is_empty() {
            return Ok(OutboxHealth { pending: 0, oldest_pending_age_ms: None, failed: 0 });
        }
        let placeholders = (1..=platforms.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0),
                    MIN(CASE WHEN state = 'pending' THEN created_at END),
                    COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0)
             FROM outbox WHERE platform IN ({placeholders}) AND state IN ('pending', 'failed')"
        );
        let mut query = sqlx::query(AssertSqlSafe(sql));
        for platform in platforms {
            query = query.bind(*platform);
        }
        let row = query.fetch_one(&mut *self.pool.lease().await?).await?;
        let oldest: Option<i64> = row.try_get(1)?;
        Ok(OutboxHealth {
            pending: row.try_get(0)?,
            oldest_pending_age_ms: oldest.map(|created| (now_ms - created).max(0)),
            failed: row.try_get(2)?,
        })
    }

    pub async fn count_outbox(&self, state: &str) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = $1")
            .bind(state)
            .fetch_one(&mut *self.pool.lease().await?)
            .await?)
    }
}
