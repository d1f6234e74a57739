//! Meetings: `!meeting schedule|list|show|edit|rsvp|dm|move|cancel|ics|feed`, series that keep their
//! local time in their own zone, and reminders to the body's rooms (and by DM to who asks) before
//! each occurrence.

mod calendar;
mod commands;
mod hooks;
mod model;
mod platform_calendar;
mod render;
mod service;

pub use calendar::{body_feed, calendar, export};
pub use commands::{COMMANDS, MeetingList};
pub(crate) use commands::{default_reminders, parse_meeting_duration};
pub use hooks::MeetingHook;
pub(crate) use model::MAX_TITLE;
pub use model::{
    CalendarExport, CancelMeeting, DmReminders, DmScope, EditMeeting, FeedRequest, MeetingRef, MoveMeeting, Occurrence,
    OccurrenceId, RSVP_ANSWERS, RepeatSpec, Rsvp, Schedule, Timing, successors,
};
pub use service::{
    FireMeetingReminder, FollowSeriesInCalendar, MEETING_CALENDAR_JOB, MEETING_REMINDER_JOB, cancel, complete_ids,
    dm_reminders, edit, feed, list, move_occurrence, rsvp, schedule, show,
};
pub(crate) use service::{LOCAL_FORMAT, changeable, occurrence_on, plan, require_body_member, timing, visible};

use std::sync::Arc;

use crate::core::registry::Registry;

crate::runs! {
    Schedule => schedule,
    MeetingList => () list,
    MeetingRef => show,
    Rsvp => rsvp,
    MoveMeeting => move_occurrence,
    EditMeeting => edit,
    DmReminders => dm_reminders,
    FeedRequest => feed,
    CancelMeeting => cancel,
    CalendarExport => export,
}

/// What meetings plug into the core: their commands, the jobs of their reminders and calendar
/// entries.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS).job(Arc::new(FireMeetingReminder)).job(Arc::new(FollowSeriesInCalendar));
}
