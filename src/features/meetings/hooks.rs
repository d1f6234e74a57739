//! What other features add to meetings without meetings naming them: a feature that keeps
//! something per occurrence (agenda items today; minutes and polls next) registers a
//! `MeetingHook` with the registry, and meetings call every one registered.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::model::{Occurrence, Timing};
use crate::core::reply::Block;
use crate::store::{MeetingRow, Tx};

#[async_trait]
pub trait MeetingHook: Send + Sync {
    /// A meeting's timing changed (`meeting edit`), in the edit's transaction: what is kept per
    /// occurrence follows the occurrences from `old` to `new`.
    async fn timing_changed(
        &self,
        _tx: &mut Tx,
        _meeting_id: i64,
        _old: &Timing,
        _new: &Timing,
        _now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        Ok(())
    }

    /// Blocks to add to an occurrence's reminder, read in the reminder job's transaction.
    async fn reminder_lines(
        &self,
        _tx: &mut Tx,
        _meeting: &MeetingRow,
        _occurrence: &Occurrence,
    ) -> anyhow::Result<Vec<Block>> {
        Ok(Vec::new())
    }

    /// Blocks to add to `meeting show` for the occurrence it shows.
    async fn show_lines(
        &self,
        _tx: &mut Tx,
        _meeting: &MeetingRow,
        _occurrence: &Occurrence,
    ) -> anyhow::Result<Vec<Block>> {
        Ok(Vec::new())
    }
}
