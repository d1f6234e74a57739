//! Minutes taken live in a room, meeting-bot style: `!startmeeting` (linked to the occurrence at
//! hand, whose agenda gives the topics), items (`!topic`, `!info`, `!idea`, `!agreed`,
//! `!rejected`, `!action`, `!link`), chairs, `!undo`, `!here` and `!endmeeting`, which posts a
//! summary; the full minutes (Markdown, HTML, text, each item linked to its line of the log) stay
//! in the archive (`!minutes list|show|get|search|edit|approve|post`). Motions are voted on by
//! those present (`!motion`); the speaking queue's turns are timed while the minutes run.

pub mod actions;
mod commands;
mod model;
mod motions;
mod post;
mod render;
mod service;

use std::sync::Arc;

pub use commands::COMMANDS;
pub use model::{
    Action, Chair, EndMeeting, Here, Link, MinutesApprove, MinutesEdit, MinutesGet, MinutesList, MinutesPost,
    MinutesSearch, MinutesShow, MotionClose, MotionCount, MotionOpen, MotionVote, Note, StartMeeting, Topic, Undo,
};
pub use motions::SpeakingTime;
pub use post::{APPROVAL_POLL, ApproveByPoll};
pub use service::{FireMinutesIdle, IDLE_JOB, LogRoom};

use crate::core::registry::{Listener, Registry};
use crate::features::polls::PollPurpose;
use crate::features::speaking::Floor;

crate::runs! {
    StartMeeting => service::start,
    Topic => service::topic,
    Note => service::note,
    Action => service::action,
    Link => service::link,
    Chair => service::chair,
    Undo => () service::undo,
    Here => () service::here,
    EndMeeting => () service::end,
    MinutesList => () service::list,
    MinutesShow => service::show,
    MinutesGet => service::get,
    MinutesSearch => service::search,
    MinutesEdit => service::edit,
    MinutesApprove => service::approve,
    MinutesPost => post::post,
    MotionOpen => motions::open,
    MotionVote => motions::vote,
    MotionCount => motions::count,
    MotionClose => motions::close,
}

/// What minutes plug into the core: their commands, the end of an idle meeting, the log of the
/// room while a meeting runs, the speaking turns of its queue, and approval by poll.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS).job(Arc::new(FireMinutesIdle)).hook::<dyn Listener>(Arc::new(LogRoom));
    actions::register(registry);
    registry.hook::<dyn Floor>(Arc::new(SpeakingTime)).hook::<dyn PollPurpose>(Arc::new(ApproveByPoll));
}
