//! Attendance: quorum rules per body (`!body quorum`), the roll call of a meeting occurrence
//! (`!meeting attendance`, `!meeting present`) and the quorum check it reports.

mod commands;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{PRESENCE, Present, QuorumRule, RollCall, SetQuorum, parse_presence};
pub(crate) use service::meetings_at_hand;
pub use service::{present, quorum, roll_call};

use crate::core::registry::Registry;

crate::runs! {
    SetQuorum => quorum,
    RollCall => roll_call,
    Present => present,
}

/// What attendance plugs into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}
