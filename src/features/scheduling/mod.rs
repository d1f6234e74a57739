//! Scheduling polls (`!when`): candidate slots for a meeting, shown to each voter in their own
//! zone and answered yes, maybe (if need be) or no per slot; the result names the slot that suits
//! most and who it leaves out, and `when schedule` makes a slot a meeting of the body.

mod commands;
mod model;
mod render;
mod service;

use std::sync::Arc;

pub use commands::COMMANDS;
pub use model::{Answer, Closes, WhenAnswer, WhenClose, WhenCreate, WhenList, WhenSchedule, WhenShow, best};
pub use service::{CLOSE_JOB, FireWhenClose, complete_ids};

use crate::core::registry::Registry;

crate::runs! {
    WhenCreate => service::create,
    WhenShow => service::show,
    WhenAnswer => service::answer,
    WhenClose => service::close,
    WhenList => () service::list,
    WhenSchedule => service::schedule,
}

/// Scheduling polls' commands, and the job that closes a poll at its deadline.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS).job(Arc::new(FireWhenClose));
}
