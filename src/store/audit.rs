//! The append-only, hash-chained audit log of staff actions and election events.

use anyhow::Result;
use sha2::{Digest, Sha256};
use sqlx::Row;

use super::{Dialect, Tx};

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What one audit line records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub actor_id: Option<i64>,
    pub body_id: Option<i64>,
    pub action: String,
    pub detail: String,
}

/// The outcome of re-computing the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub entries: i64,
    /// The first sequence number at which the chain breaks (a row changed, or missing before it).
    pub broken_at: Option<i64>,
}

fn chain_hash(seq: i64, at: i64, entry: &AuditEntry, prev_hash: &str) -> String {
    let mut h = Sha256::new();
    for part in [
        seq.to_string(),
        at.to_string(),
        entry.actor_id.map(|a| a.to_string()).unwrap_or_default(),
        entry.body_id.map(|b| b.to_string()).unwrap_or_default(),
        entry.action.clone(),
        entry.detail.clone(),
        prev_hash.to_owned(),
    ] {
        // Length-prefixing keeps field boundaries unambiguous.
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

impl Tx {
    /// Appends one line to the chain, in the caller's transaction.
    pub async fn append_audit(&mut self, entry: &AuditEntry, now_ms: i64) -> Result<i64> {
        if self.dialect == Dialect::Postgres {
            // Two writers must not both extend the chain from the same head.
            sqlx::query("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE").execute(&mut *self.tx).await?;
        }
        let head = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *self.tx)
            .await?;
        let (seq, prev_hash) = match head {
            Some(row) => (row.try_get::<i64, _>(0)? + 1, row.try_get::<String, _>(1)?),
            None => (1, GENESIS.to_owned()),
        };
        let hash = chain_hash(seq, now_ms, entry, &prev_hash);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, actor_id, body_id, action, detail, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(seq)
        .bind(now_ms)
        .bind(entry.actor_id)
        .bind(entry.body_id)
        .bind(&entry.action)
        .bind(&entry.detail)
        .bind(&prev_hash)
        .bind(&hash)
        .execute(&mut *self.tx)
        .await?;
        Ok(seq)
    }

    /// Re-computes every link of the chain.
    pub async fn verify_audit(&mut self) -> Result<AuditReport> {
        let rows = sqlx::query(
            "SELECT seq, at, actor_id, body_id, action, detail, prev_hash, hash FROM audit_log ORDER BY seq",
        )
        .fetch_all(&mut *self.tx)
        .await?;
        let mut expected_prev = GENESIS.to_owned();
        for (i, row) in rows.iter().enumerate() {
            let seq: i64 = row.try_get(0)?;
            let entry = AuditEntry {
                actor_id: row.try_get(2)?,
                body_id: row.try_get(3)?,
                action: row.try_get(4)?,
                detail: row.try_get(5)?,
            };
            let prev_hash: String = row.try_get(6)?;
            let hash: String = row.try_get(7)?;
            let expected_seq = i as i64 + 1;
            if seq != expected_seq
                || prev_hash != expected_prev
                || chain_hash(seq, row.try_get(1)?, &entry, &prev_hash) != hash
            {
                return Ok(AuditReport { entries: rows.len() as i64, broken_at: Some(expected_seq.min(seq)) });
            }
            expected_prev = hash;
        }
        Ok(AuditReport { entries: rows.len() as i64, broken_at: None })
    }
}
