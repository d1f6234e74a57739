//! Polls shown with a platform's own poll widget: the message that carries each one, and the
//! command an answer runs, so that a member's click becomes the same command they could type.

use anyhow::Result;
use sqlx::Row;

use super::Tx;

/// A poll as it was posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativePollRow {
    pub vote_command: String,
    pub answer_ids: Vec<String>,
    pub max_selections: i64,
}

impl Tx {
    pub async fn remember_native_poll(
        &mut self,
        platform: &str,
        room_id: &str,
        message_id: &str,
        poll: &NativePollRow,
        now_ms: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO native_polls (platform, room_id, message_id, vote_command, answer_ids, max_selections, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(platform)
        .bind(room_id)
        .bind(message_id)
        .bind(&poll.vote_command)
        .bind(serde_json::to_string(&poll.answer_ids)?)
        .bind(poll.max_selections)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    pub async fn native_poll(
        &mut self,
        platform: &str,
        room_id: &str,
        message_id: &str,
    ) -> Result<Option<NativePollRow>> {
        let row = sqlx::query(
            "SELECT vote_command, answer_ids, max_selections FROM native_polls
             WHERE platform = $1 AND room_id = $2 AND message_id = $3",
        )
        .bind(platform)
        .bind(room_id)
        .bind(message_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.map(|r| {
            Ok(NativePollRow {
                vote_command: r.try_get("vote_command")?,
                answer_ids: serde_json::from_str(&r.try_get::<String, _>("answer_ids")?)?,
                max_selections: r.try_get("max_selections")?,
            })
        })
        .transpose()
    }
}
