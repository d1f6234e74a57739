//! Elections: nominations, a roll taken when voting opens, secret ballots cast privately with a
//! receipt that verifies and replaces them until the close, the count by plurality, approval,
//! instant-runoff, STV (Scotland 2007) or Schulze with every round, and a bulletin board of the
//! anonymised ballots under their receipts' hashes.

mod commands;
mod model;
mod receipt;
mod render;
mod service;

use std::sync::Arc;

pub use commands::COMMANDS;
pub use model::{BallotCast, BallotSteps, ElectionCreate, ElectionList, ElectionStep, Nomination, Verify};
pub use service::{CLOSE_JOB, FireElectionClose, FireElectionOpen, FireElectionReminder, OPEN_JOB, REMIND_JOB};

use crate::core::registry::Registry;

crate::runs! {
    ElectionCreate => service::create,
    ElectionList => service::list,
    ElectionStep => service::step,
    Nomination => service::nomination,
    BallotCast => service::ballot,
    BallotSteps => service::ballot_steps,
    Verify => service::verify,
}

/// Elections' commands, and the jobs of their phases and reminder.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
    registry.job(Arc::new(FireElectionOpen));
    registry.job(Arc::new(FireElectionClose));
    registry.job(Arc::new(FireElectionReminder));
}
