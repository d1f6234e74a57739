//! Durable jobs: a row per thing to do at a time, claimed with a lease so that several Quorum
//! processes on one database never both run it.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::{Store, Tx};

/// What a job does when it falls due: a name owned by the feature that schedules it and
/// registers its handler (`core::registry::JobHandler`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct JobKind(pub &'static str);

impl JobKind {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// How the pending jobs stand against the clock, for health reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobsHealth {
    /// Pending jobs whose time has come.
    pub due: i64,
    /// Of those, the ones due before the overdue limit: the scheduler should have run them.
    pub overdue: i64,
    /// When the earliest of the due jobs fell due.
    pub oldest_due_at: Option<i64>,
}

/// A job this process holds the lease on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub ref_id: i64,
    pub due_at: i64,
}

impl Tx {
    pub async fn schedule_job(&mut self, kind: JobKind, ref_id: i64, due_at: i64, now_ms: i64) -> Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO jobs (kind, ref_id, due_at, state, created_at) VALUES ($1, $2, $3, 'pending', $4) RETURNING id",
        )
        .bind(kind.as_str())
        .bind(ref_id)
        .bind(due_at)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    /// Schedules many jobs of one kind, `(ref_id, due_at)` each, a few hundred to a statement.
    pub async fn schedule_jobs(&mut self, kind: JobKind, due: &[(i64, i64)], now_ms: i64) -> Result<()> {
        for chunk in due.chunks(self.rows_per_statement(2)) {
            // $1: the kind, $2: now; then each job's ref_id and due_at.
            let rows: Vec<String> =
                (0..chunk.len()).map(|i| format!("($1, ${}, ${}, 'pending', $2)", 2 * i + 3, 2 * i + 4)).collect();
            let sql = format!("INSERT INTO jobs (kind, ref_id, due_at, state, created_at) VALUES {}", rows.join(", "));
            let mut query = sqlx::query(AssertSqlSafe(sql)).bind(kind.as_str()).bind(now_ms);
            for (ref_id, due_at) in chunk {
                query = query.bind(*ref_id).bind(*due_at);
            }
            query.execute(&mut *self.tx).await?;
        }
        Ok(())
    }

    pub async fn cancel_jobs_for(&mut self, kind: JobKind, ref_id: i64, now_ms: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'cancelled', done_at = $1 WHERE kind = $2 AND ref_id = $3 AND state = 'pending'",
        )
        .bind(now_ms)
        .bind(kind.as_str())
        .bind(ref_id)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected())
    }

    /// Fails a job this process holds, with why; `false` if the lease was lost.
    pub async fn fail_job(&mut self, id: i64, owner: &str, failure: &str, now_ms: i64) -> Result<bool> {
        self.end_job(id, owner, "failed", Some(failure), now_ms).await
    }

    /// Ends a job this process holds; `false` if the lease was lost (another process took it over),
    /// in which case the caller must roll back everything the job did.
    pub async fn finish_job(&mut self, id: i64, owner: &str, state: &str, now_ms: i64) -> Result<bool> {
        self.end_job(id, owner, state, None, now_ms).await
    }

    async fn end_job(&mut self, id: i64, owner: &str, state: &str, failure: Option<&str>, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE jobs SET state = $1, failure = $2, done_at = $3, lease_owner = NULL, lease_until = NULL
             WHERE id = $4 AND lease_owner = $5 AND state = 'pending'",
        )
        .bind(state)
        .bind(failure)
        .bind(now_ms)
        .bind(id)
        .bind(owner)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

impl Store {
    /// Leases up to `limit` due jobs to `owner`, earliest first.
    pub async fn claim_due_jobs(&self, owner: &str, now_ms: i64, lease_ms: i64, limit: i64) -> Result<Vec<ClaimedJob>> {
        let lock = self.dialect.skip_locked();
        let sql = format!(
            "UPDATE jobs SET lease_owner = $1, lease_until = $2
             WHERE id IN (SELECT id FROM jobs
                          WHERE state = 'pending' AND due_at <= $3 AND (lease_until IS NULL OR lease_until < $3)
                          ORDER BY due_at, id LIMIT $4 {lock})
             RETURNING id, kind, ref_id, due_at"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(owner)
            .bind(now_ms + lease_ms)
            .bind(now_ms)
            .bind(limit)
            .fetch_all(&mut *self.pool.lease().await?)
            .await?;
        let mut jobs = rows
            .iter()
            .map(|r| {
                Ok(ClaimedJob { id: r.try_get(0)?, kind: r.try_get(1)?, ref_id: r.try_get(2)?, due_at: r.try_get(3)? })
            })
            .collect::<Result<Vec<_>>>()?;
        jobs.sort_by_key(|j| (j.due_at, j.id));
        Ok(jobs)
    }

    /// Gives up the leases `owner` still holds: those of a pass that failed before finishing its
    /// jobs (the database went away mid-pass), so that they are due again at once rather than when
    /// the lease runs out.
    pub async fn release_jobs(&self, owner: &str) -> Result<u64> {
        let released = sqlx::query(
            "UPDATE jobs SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1 AND state = 'pending'",
        )
        .bind(owner)
        .execute(&mut *self.pool.lease().await?)
        .await?;
        Ok(released.rows_affected())
    }

    /// When the next pending job falls due (or its lease runs out), if there is one.
    pub async fn next_job_at(&self) -> Result<Option<i64>> {
        let at: Option<i64> = sqlx::query_scalar(
            "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > due_at THEN lease_until ELSE due_at END)
             FROM jobs WHERE state = 'pending'",
        )
        .fetch_one(&mut *self.pool.lease().await?)
        .await?;
        Ok(at)
    }

    /// The pending jobs due at `now_ms`, and how many of them were due before `overdue_before_ms`.
    pub async fn jobs_health(&self, now_ms: i64, overdue_before_ms: i64) -> Result<JobsHealth> {
        let row = sqlx::query(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at <= $2 THEN 1 ELSE 0 END), 0), MIN(due_at)
             FROM jobs WHERE state = 'pending' AND due_at <= $1",
        )
        .bind(now_ms)
        .bind(overdue_before_ms)
        .fetch_one(&mut *self.pool.lease().await?)
        .await?;
        Ok(JobsHealth { due: row.try_get(0)?, overdue: row.try_get(1)?, oldest_due_at: row.try_get(2)? })
    }

    pub async fn count_jobs(&self, state: &str) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = $1")
            .bind(state)
            .fetch_one(&mut *self.pool.lease().await?)
            .await?)
    }
}
