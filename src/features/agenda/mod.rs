//! Agendas: `!agenda add|show|order|remove`, numbered items of one occurrence of a meeting (each
//! occurrence of a series has its own), listed in the occurrence's reminders and `!meeting show`.

mod commands;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{AgendaAdd, AgendaOrder, AgendaRemove, AgendaShow, MAX_ITEM_TEXT, MAX_ITEMS};
pub use service::{add, order, remove, show};
pub(crate) use service::{follow_new_timing, in_meeting_show, in_reminder};
