//! Agendas: `!agenda add|show|order|remove`, numbered items of one occurrence of a meeting (each
//! occurrence of a series has its own), listed in the occurrence's reminders and `!meeting show`;
//! and agenda polls (`!agenda poll|propose|proposals`), where members propose items and rank them,
//! and the first become the occurrence's agenda.

mod commands;
mod model;
mod polls;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{
    AgendaAdd, AgendaOrder, AgendaPoll, AgendaProposals, AgendaPropose, AgendaRemove, AgendaShow, MAX_ITEM_TEXT,
    MAX_ITEMS,
};
pub use polls::{AgendaFromPoll, CloseProposals, PROPOSALS_JOB};
pub use service::{AgendaInMeetings, add, order, remove, show};

use std::sync::Arc;

use crate::core::registry::Registry;
use crate::features::meetings::MeetingHook;
use crate::features::polls::PollPurpose;

crate::runs! {
    AgendaAdd => add,
    AgendaShow => show,
    AgendaOrder => order,
    AgendaRemove => remove,
    AgendaPoll => polls::open,
    AgendaPropose => polls::propose,
    AgendaProposals => polls::proposals,
}

/// What agendas plug into the core: their commands, their place in meetings, the end of an agenda
/// poll's proposals, and what its ranking poll decides.
pub fn register(registry: &mut Registry) {
    registry
        .commands(COMMANDS)
        .hook::<dyn MeetingHook>(Arc::new(AgendaInMeetings))
        .job(Arc::new(CloseProposals))
        .hook::<dyn PollPurpose>(Arc::new(AgendaFromPoll));
}
