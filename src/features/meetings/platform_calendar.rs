//! Meetings in the platforms' own calendars (Discord's scheduled events): after-commit effects
//! that publish, update and remove a meeting's entries. Entries are a convenience: a platform
//! that refuses leaves the meeting itself as it is.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::service::{MEETING_CALENDAR_JOB, timing};
use crate::core::actor::{Platform, PlatformRoom};
use crate::core::effect::Effect;
use crate::core::engine::Engine;
use crate::core::platform::CalendarEvent;
use crate::store::{self, MeetingEvent, MeetingRow, Tx};

/// How an occurrence of a meeting reads in a platform's calendar.
fn calendar_event(row: &MeetingRow, starts: DateTime<Utc>, room_name: &str) -> CalendarEvent {
    CalendarEvent {
        name: row.title.clone(),
        description: [row.link.as_deref(), row.dial.as_deref()].into_iter().flatten().collect::<Vec<_>>().join("\n"),
        starts,
        ends: starts + Duration::minutes(row.duration_min),
        location: row.link.clone().or_else(|| row.dial.clone()).unwrap_or_else(|| room_name.to_owned()),
    }
}

/// Shows a new meeting in the calendar of the platform it was scheduled from, where there is one.
/// A series shows its next occurrence, kept current as they pass (a `MEETING_CALENDAR_JOB`).
pub struct ShowInCalendar {
    pub id: i64,
    pub row: MeetingRow,
    pub starts: DateTime<Utc>,
    pub room: PlatformRoom,
}

#[async_trait]
impl Effect for ShowInCalendar {
    fn name(&self) -> &'static str {
        "show a meeting in the platform's calendar"
    }

    async fn run(self: Box<Self>, engine: &Engine) -> anyhow::Result<()> {
        let Self { id, row, starts, room } = *self;
        let Some(actions) = engine.actions(room.platform) else { return Ok(()) };
        match actions.publish_event(&room.room_id, &calendar_event(&row, starts, &room.name)).await {
            Ok(event_id) => {
                let now_ms = engine.clock.now().timestamp_millis();
                let mut tx = engine.store.begin().await?;
                tx.remember_meeting_event(id, room.platform.as_str(), &room.room_id, &event_id).await?;
                if row.recurrence.is_some() {
                    let ends = store::millis(starts) + row.duration_min * 60_000;
                    tx.schedule_job(MEETING_CALENDAR_JOB, id, ends, now_ms).await?;
                }
                tx.commit().await?;
                engine.jobs_changed.notify_one();
            }
            // Matrix has no calendar; a refusal on Discord leaves the meeting itself in place.
            Err(e) => tracing::debug!(meeting = id, error = %e, "meeting not shown in the platform's calendar"),
        }
        Ok(())
    }
}

/// Brings a meeting's calendar entries up to date with its next occurrence.
pub struct RefreshCalendar {
    pub row: MeetingRow,
    pub events: Vec<MeetingEvent>,
}

#[async_trait]
impl Effect for RefreshCalendar {
    fn name(&self) -> &'static str {
        "update a meeting in the platforms' calendars"
    }

    async fn run(self: Box<Self>, engine: &Engine) -> anyhow::Result<()> {
        let Some(next) = timing(&self.row)?.current_or_next(engine.clock.now()) else { return Ok(()) };
        for entry in &self.events {
            let Some(actions) = entry.platform.parse::<Platform>().ok().and_then(|p| engine.actions(p)) else {
                continue;
            };
            let event = calendar_event(&self.row, next.starts, &entry.room_name);
            if let Err(e) = actions.update_event(&entry.room_id, &entry.event_id, &event).await {
                tracing::warn!(meeting = self.row.id, error = %e, "the calendar entry could not be updated");
            }
        }
        Ok(())
    }
}

/// Removes a cancelled meeting's calendar entries.
pub struct RemoveFromCalendar {
    pub meeting_id: i64,
    pub events: Vec<MeetingEvent>,
}

#[async_trait]
impl Effect for RemoveFromCalendar {
    fn name(&self) -> &'static str {
        "remove a meeting from the platforms' calendars"
    }

    async fn run(self: Box<Self>, engine: &Engine) -> anyhow::Result<()> {
        for entry in self.events {
            match entry.platform.parse::<Platform>().ok().and_then(|p| engine.actions(p)) {
                Some(actions) => {
                    if let Err(e) = actions.cancel_event(&entry.room_id, &entry.event_id).await {
                        tracing::warn!(meeting = self.meeting_id, error = %e, "the calendar entry could not be removed");
                    }
                }
                None => tracing::warn!(
                    meeting = self.meeting_id,
                    platform = %entry.platform,
                    "calendar entry left: the platform is not connected"
                ),
            }
        }
        Ok(())
    }
}

/// An occurrence of a series shown in platform calendars has ended: the next end is planned, and
/// the entries are to move on to the next occurrence once the transaction is committed.
pub async fn occurrence_ended(
    tx: &mut Tx,
    meeting_id: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<RefreshCalendar>> {
    let Some(row) = tx.meeting(meeting_id).await?.filter(|m| m.active) else { return Ok(None) };
    let events = tx.meeting_events(row.id).await?;
    if events.is_empty() {
        return Ok(None);
    }
    let Some(next) = timing(&row)?.current_or_next(now) else { return Ok(None) };
    let ends = store::millis(next.starts) + row.duration_min * 60_000;
    tx.schedule_job(MEETING_CALENDAR_JOB, row.id, ends, store::millis(now)).await?;
    Ok(Some(RefreshCalendar { row, events }))
}
