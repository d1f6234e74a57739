//! The speaking queue of a room, for hybrid meetings: `!hand [remote]`, `!hand down`, `!queue`,
//! `!queue clear` and `!next`, which gives the chair's floor to the first in line.

mod commands;
mod service;

pub use commands::{COMMANDS, Hand};
pub use service::{clear, lower, next, raise, show};
