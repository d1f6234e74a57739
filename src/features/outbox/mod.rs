//! Failed sends, for staff: `!outbox` lists the messages the outbox gave up on (where each was
//! going, when and why, never what it said) and `!outbox retry ID` puts one back to be sent.

mod commands;
mod render;
mod service;

pub use commands::{COMMANDS, OutboxList, OutboxRetry};
pub use service::{complete_ids, list, retry};

use crate::core::registry::Registry;

crate::runs! {
    OutboxList => () list,
    OutboxRetry => retry,
}

/// What the outbox's staff commands plug into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}
