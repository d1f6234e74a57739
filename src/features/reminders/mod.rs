//! Reminders: `!remind me|@user|here in|at|every … "text"`, `!reminders`, `!reminder cancel`.

mod commands;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{CancelReminder, Remind, Target, When};
pub use service::{cancel, complete_ids, fire, list, remind};
