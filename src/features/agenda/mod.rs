//! Agendas: `!agenda add|show|order|remove`, numbered items of one occurrence of a meeting (each
//! occurrence of a series has its own), listed in the occurrence's reminders and `!meeting show`.

mod commands;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{AgendaAdd, AgendaOrder, AgendaRemove, AgendaShow, MAX_ITEM_TEXT, MAX_ITEMS};
pub use service::{AgendaInMeetings, add, order, remove, show};

use std::sync::Arc;

use crate::core::registry::Registry;
use crate::features::meetings::MeetingHook;

crate::runs! {
    AgendaAdd => add,
    AgendaShow => show,
    AgendaOrder => order,
    AgendaRemove => remove,
}

/// What agendas plug into the core: their commands, and their place in meetings.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS).hook::<dyn MeetingHook>(Arc::new(AgendaInMeetings));
}
