//! The secret addresses of bodies' calendar feeds.

use anyhow::Result;

use super::{Store, Tx};

impl Tx {
    pub async fn feed_token(&mut self, body_id: i64) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT token FROM calendar_feeds WHERE body_id = $1")
            .bind(body_id)
            .fetch_optional(&mut *self.tx)
            .await?)
    }

    /// Gives a body's feed a new secret; the old address stops working.
    pub async fn set_feed_token(&mut self, body_id: i64, token: &str, now_ms: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO calendar_feeds (body_id, token, created_at) VALUES ($1, $2, $3)
             ON CONFLICT (body_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at",
        )
        .bind(body_id)
        .bind(token)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }
}

impl Store {
    /// The body whose feed has this secret.
    pub async fn body_for_feed_token(&self, token: &str) -> Result<Option<i64>> {
        let mut tx = self.read().await?;
        let body = sqlx::query_scalar("SELECT body_id FROM calendar_feeds WHERE token = $1")
            .bind(token)
            .fetch_optional(&mut *tx.tx)
            .await?;
        tx.commit().await?;
        Ok(body)
    }
}
