//! The speaking queue of a room, for hybrid meetings: `!hand [remote]`, `!hand down`, `!queue`,
//! `!queue clear` and `!next`, which gives the chair's floor to the first in line.

mod commands;
mod service;

pub use commands::{COMMANDS, Hand, HandDown, QueueClear, QueueNext, QueueShow};
pub use service::{clear, lower, next, raise, show};

use crate::core::engine::Ctx;
use crate::store::Tx;

/// What another feature does when the floor changes hands in a room (minutes count who spoke and
/// for how long): called in the transaction of `!next` with who now has it, and of `!queue clear`
/// with `None`.
#[async_trait::async_trait]
pub trait Floor: Send + Sync {
    async fn floor(&self, tx: &mut Tx, ctx: &Ctx<'_>, speaker: Option<i64>) -> anyhow::Result<()>;
}

use crate::core::registry::Registry;

crate::runs! {
    Hand => raise,
    HandDown => () lower,
    QueueShow => () show,
    QueueClear => () clear,
    QueueNext => () next,
}

/// What the speaking queue plugs into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}
