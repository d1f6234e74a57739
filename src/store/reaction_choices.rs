//! Choices a message of the bot offers as reactions: which emoji runs which command, so that a
//! member's reaction becomes the same command they could type.

use anyhow::Result;
use sqlx::Row;

use super::Tx;

impl Tx {
    /// Remembers the `(emoji, command)` choices of a message; remembering them again (a retried
    /// send) changes nothing.
    pub async fn remember_reaction_choices(
        &mut self,
        platform: &str,
        room_id: &str,
        message_id: &str,
        choices: &[(String, String)],
        now_ms: i64,
    ) -> Result<()> {
        for (key, command) in choices {
            sqlx::query(
                "INSERT INTO reaction_choices (platform, room_id, message_id, reaction_key, command, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (platform, room_id, message_id, reaction_key) DO NOTHING",
            )
            .bind(platform)
            .bind(room_id)
            .bind(message_id)
            .bind(key)
            .bind(command)
            .bind(now_ms)
            .execute(&mut *self.tx)
            .await?;
        }
        Ok(())
    }

    /// The `(emoji, command)` choices a message offers, in the order they were remembered.
    pub async fn reaction_choices(
        &mut self,
        platform: &str,
        room_id: &str,
        message_id: &str,
    ) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT reaction_key, command FROM reaction_choices
             WHERE platform = $1 AND room_id = $2 AND message_id = $3 ORDER BY id",
        )
        .bind(platform)
        .bind(room_id)
        .bind(message_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("reaction_key")?, r.try_get("command")?))).collect()
    }
}
