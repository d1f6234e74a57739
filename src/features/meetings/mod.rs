//! Meetings: `!meeting schedule|list|show|edit|rsvp|dm|move|cancel|ics|feed`, series that keep their
//! local time in their own zone, and reminders to the body's rooms (and by DM to who asks) before
//! each occurrence.

mod calendar;
mod commands;
mod model;
mod render;
mod service;

pub use calendar::{body_feed, calendar, export};
pub use commands::COMMANDS;
pub use model::{
    CalendarExport, CancelMeeting, DmReminders, DmScope, EditMeeting, FeedRequest, MeetingRef, MoveMeeting, Occurrence,
    RSVP_ANSWERS, RepeatSpec, Rsvp, Schedule, Timing,
};
pub use service::{
    CalendarRefresh, cancel, complete_ids, dm_reminders, edit, feed, fire, list, move_occurrence, occurrence_ended,
    refresh_calendar, rsvp, schedule, show,
};
pub(crate) use service::{LOCAL_FORMAT, changeable, occurrence_on, timing, visible};
