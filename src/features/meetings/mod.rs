//! Meetings: `!meeting schedule|list|show|rsvp|move|cancel`, series that keep their local time in their
//! own zone, and reminders to the body's rooms before each occurrence.

mod commands;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{CancelMeeting, MeetingRef, MoveMeeting, Occurrence, RSVP_ANSWERS, Rsvp, Schedule, Timing};
pub(crate) use service::{LOCAL_FORMAT, changeable, timing, visible};
pub use service::{cancel, complete_ids, fire, list, move_occurrence, rsvp, schedule, show};
