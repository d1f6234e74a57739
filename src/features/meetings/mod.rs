//! Meetings: `!meeting schedule|list|show|rsvp|move|cancel|ics`, series that keep their local time in their
//! own zone, and reminders to the body's rooms before each occurrence.

mod calendar;
mod commands;
mod model;
mod render;
mod service;

pub use calendar::{body_feed, calendar, export};
pub use commands::COMMANDS;
pub use model::{
    CalendarExport, CancelMeeting, MeetingRef, MoveMeeting, Occurrence, RSVP_ANSWERS, Rsvp, Schedule, Timing,
};
pub use service::{cancel, complete_ids, fire, list, move_occurrence, rsvp, schedule, show};
