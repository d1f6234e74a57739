//! Reminders: `!remind me|@user|here in|at|every … "text"`, `!reminders`, `!reminder cancel`.

mod commands;
mod interval;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use commands::ListReminders;
pub use model::{CancelReminder, Remind, Target, When};
pub use service::{FireReminder, REMINDER_JOB, cancel, complete_ids, list, remind};

use std::sync::Arc;

use crate::core::registry::Registry;

crate::runs! {
    Remind => remind,
    ListReminders => () list,
    CancelReminder => cancel,
}

/// What reminders plug into the core: their commands and the job that fires them.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS).job(Arc::new(FireReminder));
}
