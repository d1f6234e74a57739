//! Action items after their meeting: `!actions [@user] [--overdue] [--body BC]`, `!action
//! show|done|reassign|due|comment ID`. Each action recorded with `!action` during a meeting gets a
//! number of its own and stays open until done; its owners are reminded privately a day before
//! its due date and when it passes; its open actions are carried into the body's next meeting
//! (first on the agenda, and a section of the next minutes).

mod commands;
mod model;
mod render;
mod service;

use std::sync::Arc;

pub use commands::COMMANDS;
pub use model::{ActionComment, ActionDone, ActionDue, ActionReassign, ActionShow, ActionsList};
pub use render::document_line;
pub use service::{
    FireActionReminder, OVERDUE_JOB, SOON_JOB, carried_by_minutes, carried_by_occurrence, forget_item,
    minutes_summary_section, open, owner_for_mention, unreminded_note,
};

use crate::core::registry::Registry;

crate::runs! {
    ActionsList => service::list,
    ActionShow => service::show,
    ActionDone => service::done,
    ActionReassign => service::reassign,
    ActionDue => service::due,
    ActionComment => service::comment,
}

/// What following actions plugs into the core: its commands and its two reminders.
pub fn register(registry: &mut Registry) {
    registry
        .commands(COMMANDS)
        .job(Arc::new(FireActionReminder { kind: SOON_JOB }))
        .job(Arc::new(FireActionReminder { kind: OVERDUE_JOB }));
}
