//! The speaking queue of a room, for hybrid meetings: `!hand [remote]`, `!hand down`, `!queue`,
//! `!queue clear` and `!next`, which gives the chair's floor to the first in line.

mod commands;
mod service;

pub use commands::{COMMANDS, Hand, HandDown, QueueClear, QueueNext, QueueShow};
pub use service::{clear, lower, next, raise, show};

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
