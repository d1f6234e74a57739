//! Applications to join a body: `!apply BODY` asks the standard questions and the body's own, one
//! per message in the applicant's direct room (resumable: the conversation is stored), or in
//! forms where the platform has them (Discord's modals, answered by `apply answers`), and the
//! body's committee (`exec`) approves or rejects; staff may send one to a committee vote.

mod commands;
mod model;
mod render;
mod service;

use std::sync::Arc;

pub use commands::COMMANDS;
pub use model::{
    AddQuestion, ApplicationDecision, ApplicationList, ApplicationShow, ApplyAnswers, ApplyCancel, ApplyStatus,
    ApplyTo, Decision, RemoveQuestion, ShowQuestions,
};
pub use service::{ApplicationQuestions, COMMITTEE_VOTE, CommitteeVote, complete_ids};

use crate::core::registry::{Conversation, Registry};

crate::runs! {
    ApplyTo => service::apply,
    ApplyAnswers => service::answers,
    ApplyCancel => () service::cancel,
    ApplyStatus => () service::status,
    ShowQuestions => service::show_questions,
    AddQuestion => service::add_question,
    RemoveQuestion => service::remove_question,
    ApplicationList => service::list,
    ApplicationShow => service::show,
    ApplicationDecision => service::decide,
}

/// Applications' commands, and the conversation that asks their questions.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
    registry.hook::<dyn Conversation>(Arc::new(ApplicationQuestions));
    registry.hook::<dyn crate::features::polls::PollPurpose>(Arc::new(CommitteeVote));
}
