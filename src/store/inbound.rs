//! Platform events that carried a command, and how far each adapter's stream of events has been
//! handled: what makes a command answered once when the platform delivers it again.

use std::collections::HashMap;

use anyhow::Result;
use sqlx::Row;

use super::{Store, Tx};

/// What became of a platform event that carried a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboundState {
    /// A transaction of the command committed, but its replies were not enqueued (the process
    /// stopped in between).
    Effected,
    /// Its replies are in the outbox.
    Answered,
}

impl InboundState {
    fn as_str(self) -> &'static str {
        match self {
            InboundState::Effected => "effected",
            InboundState::Answered => "answered",
        }
    }
}

/// A room's last handled event: where a back-fill of a gap in its timeline stops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomPosition {
    pub event_id: String,
    pub event_at_ms: i64,
}

/// The marker a command's transactions leave (see [`Store::marking`]).
#[derive(Debug, Clone)]
pub(crate) struct EffectMark {
    pub platform: String,
    pub event_id: String,
    pub at_ms: i64,
}

impl Tx {
    /// Records what became of an event; never moves an answered event back.
    pub async fn mark_inbound(
        &mut self,
        platform: &str,
        event_id: &str,
        state: InboundState,
        now_ms: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO inbound_events (platform, event_id, state, received_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (platform, event_id) DO UPDATE SET state = excluded.state
             WHERE inbound_events.state <> 'answered'",
        )
        .bind(platform)
        .bind(event_id)
        .bind(state.as_str())
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    pub(crate) async fn leave_effect_mark(&mut self, mark: &EffectMark) -> Result<()> {
        self.mark_inbound(&mark.platform, &mark.event_id, InboundState::Effected, mark.at_ms).await
    }

    /// Saves where an adapter resumes from and each room's last handled event, together.
    pub async fn save_sync_position(
        &mut self,
        platform: &str,
        account: &str,
        token: &str,
        rooms: &[(String, RoomPosition)],
        now_ms: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO sync_positions (platform, account, token, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (platform, account) DO UPDATE SET token = excluded.token, updated_at = excluded.updated_at",
        )
        .bind(platform)
        .bind(account)
        .bind(token)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        for (room_id, position) in rooms {
            sqlx::query(
                "INSERT INTO room_positions (platform, account, room_id, event_id, event_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (platform, account, room_id)
                 DO UPDATE SET event_id = excluded.event_id, event_at = excluded.event_at",
            )
            .bind(platform)
            .bind(account)
            .bind(room_id)
            .bind(&position.event_id)
            .bind(position.event_at_ms)
            .execute(&mut *self.tx)
            .await?;
        }
        Ok(())
    }

    /// Forgets one platform's events received before `before_ms`.
    pub async fn prune_inbound_of(&mut self, platform: &str, before_ms: i64) -> Result<u64> {
        let done = sqlx::query("DELETE FROM inbound_events WHERE platform = $1 AND received_at < $2")
            .bind(platform)
            .bind(before_ms)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected())
    }
}

impl Store {
    pub async fn inbound_state(&self, platform: &str, event_id: &str) -> Result<Option<InboundState>> {
        let state: Option<String> =
            sqlx::query_scalar("SELECT state FROM inbound_events WHERE platform = $1 AND event_id = $2")
                .bind(platform)
                .bind(event_id)
                .fetch_optional(&mut *self.pool.lease().await?)
                .await?;
        Ok(state.map(|s| if s == "answered" { InboundState::Answered } else { InboundState::Effected }))
    }

    /// Where an adapter resumes from, and when that was saved.
    pub async fn sync_position(&self, platform: &str, account: &str) -> Result<Option<(String, i64)>> {
        let row = sqlx::query("SELECT token, updated_at FROM sync_positions WHERE platform = $1 AND account = $2")
            .bind(platform)
            .bind(account)
            .fetch_optional(&mut *self.pool.lease().await?)
            .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Each room's last handled event.
    pub async fn room_positions(&self, platform: &str, account: &str) -> Result<HashMap<String, RoomPosition>> {
        let rows =
            sqlx::query("SELECT room_id, event_id, event_at FROM room_positions WHERE platform = $1 AND account = $2")
                .bind(platform)
                .bind(account)
                .fetch_all(&mut *self.pool.lease().await?)
                .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, RoomPosition { event_id: r.try_get(1)?, event_at_ms: r.try_get(2)? })))
            .collect()
    }

    /// This store, with every transaction it begins also recording that the command carried by
    /// `event_id` took effect. A command's services run on it, so that after a crash between
    /// their commit and the reply, the command is known to have run and is not run again.
    pub fn marking(&self, platform: &str, event_id: &str, at_ms: i64) -> Store {
        let mut store = self.clone();
        store.effect_mark =
            Some(std::sync::Arc::new(EffectMark { platform: platform.into(), event_id: event_id.into(), at_ms }));
        store
    }
}
