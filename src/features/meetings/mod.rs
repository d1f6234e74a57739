//! Meetings: `!meeting schedule|list|show|edit|rsvp|move|cancel`, series that keep their local time in their
//! own zone, and reminders to the body's rooms before each occurrence.

mod commands;
mod model;
mod render;
mod service;

pub use commands::COMMANDS;
pub use model::{
    CancelMeeting, EditMeeting, MeetingRef, MoveMeeting, Occurrence, RSVP_ANSWERS, RepeatSpec, Rsvp, Schedule, Timing,
};
pub use service::{
    CalendarRefresh, cancel, complete_ids, edit, fire, list, move_occurrence, occurrence_ended, refresh_calendar, rsvp,
    schedule, show,
};
