//! The speaking queue of each room: who raised a hand, in order.

use anyhow::Result;
use sqlx::Row;

use super::Tx;

/// One person waiting to speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueEntry {
    pub id: i64,
    pub member_id: i64,
    pub display_name: String,
    /// What they said when raising their hand: remote, in the room, or nothing.
    pub remote: Option<bool>,
    pub raised_at: i64,
}

impl Tx {
    /// Puts a person at the end of a room's queue; `false` if they are in it already (then only
    /// `remote`, when given, is updated).
    pub async fn raise_hand(
        &mut self,
        room_key: i64,
        member_id: i64,
        remote: Option<bool>,
        now_ms: i64,
    ) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO speaking_queue (room_id, member_id, remote, raised_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (room_id, member_id) DO NOTHING",
        )
        .bind(room_key)
        .bind(member_id)
        .bind(remote.map(i64::from))
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        if let Some(remote) = remote {
            sqlx::query("UPDATE speaking_queue SET remote = $1 WHERE room_id = $2 AND member_id = $3")
                .bind(i64::from(remote))
                .bind(room_key)
                .bind(member_id)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(false)
    }

    /// A person's place in a room's queue, from 1.
    pub async fn queue_position(&mut self, room_key: i64, member_id: i64) -> Result<Option<i64>> {
        let position: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM speaking_queue q
             WHERE q.room_id = $1
               AND q.id <= (SELECT s.id FROM speaking_queue s WHERE s.room_id = $1 AND s.member_id = $2)",
        )
        .bind(room_key)
        .bind(member_id)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok((position > 0).then_some(position))
    }

    /// Takes a person out of a room's queue; `false` if they were not in it.
    pub async fn lower_hand(&mut self, room_key: i64, member_id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM speaking_queue WHERE room_id = $1 AND member_id = $2")
            .bind(room_key)
            .bind(member_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// A room's queue, first in line first.
    pub async fn speaking_queue(&mut self, room_key: i64) -> Result<Vec<QueueEntry>> {
        let rows = sqlx::query(
            "SELECT q.id, q.member_id, m.display_name, q.remote, q.raised_at
             FROM speaking_queue q JOIN members m ON m.id = q.member_id
             WHERE q.room_id = $1 ORDER BY q.id",
        )
        .bind(room_key)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(QueueEntry {
                    id: r.try_get(0)?,
                    member_id: r.try_get(1)?,
                    display_name: r.try_get(2)?,
                    remote: r.try_get::<Option<i64>, _>(3)?.map(|v| v != 0),
                    raised_at: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// Removes one entry of a queue; `false` if someone else removed it first.
    pub async fn take_from_queue(&mut self, entry_id: i64) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM speaking_queue WHERE id = $1").bind(entry_id).execute(&mut *self.tx).await?;
        Ok(done.rows_affected() == 1)
    }

    /// Empties a room's queue; how many were in it.
    pub async fn clear_queue(&mut self, room_key: i64) -> Result<u64> {
        let done =
            sqlx::query("DELETE FROM speaking_queue WHERE room_id = $1").bind(room_key).execute(&mut *self.tx).await?;
        Ok(done.rows_affected())
    }
}
