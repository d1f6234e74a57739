//! How meetings read: confirmations, list lines, details and reminders.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::model::RSVP_ANSWERS;
use crate::core::grammar::duration_label;
use crate::core::recurrence::Recurrence;
use crate::core::reply::{Choice, Msg};
use crate::store::MeetingRow;

pub fn scheduled(id: i64, title: &str, first: DateTime<Utc>, repeat: Option<Msg>) -> Msg {
    match repeat {
        Some(repeat) => Msg::new("meeting-scheduled-repeat")
            .num("id", id)
            .text("title", title)
            .time("time", first)
            .phrase("repeat", repeat),
        None => Msg::new("meeting-scheduled").num("id", id).text("title", title).time("time", first),
    }
}

/// A series asked to begin on a day its rule does not give begins on the first day after it that
/// the rule gives.
pub fn starts_later(asked: NaiveDate, repeat: Msg, first: DateTime<Utc>) -> Msg {
    Msg::new("meeting-starts-later").code("date", asked.to_string()).phrase("repeat", repeat).time("time", first)
}

/// How a series repeats, in words, from its stored schedule.
pub fn repeat(row: &MeetingRow) -> Option<Msg> {
    let zone = row.zone.parse().unwrap_or(chrono_tz::Tz::UTC);
    row.recurrence.as_deref().map(|stored| Recurrence::describe_stored(stored, zone))
}

/// "Will you come?" as choices: buttons on Discord, reactions or command lines on Matrix,
/// command lines elsewhere.
pub fn rsvp_choices(id: i64) -> Vec<Choice> {
    RSVP_ANSWERS
        .iter()
        .map(|answer| Choice {
            command: format!("meeting rsvp #{id} {answer}"),
            label: Msg::new(&format!("rsvp-{answer}")),
            emoji: Some(rsvp_emoji(answer).to_owned()),
        })
        .collect()
}

/// The reaction that answers an RSVP: a check mark, a cross, a question mark.
fn rsvp_emoji(answer: &str) -> &'static str {
    match answer {
        "yes" => "✅",
        "no" => "❌",
        _ => "❔",
    }
}

pub fn line(row: &MeetingRow, next: DateTime<Utc>) -> Msg {
    let msg = match repeat(row) {
        Some(repeat) => Msg::new("meeting-line-repeat").phrase("repeat", repeat),
        None => Msg::new("meeting-line"),
    };
    msg.num("id", row.id).time("time", next).text("title", &row.title)
}

/// A reminder written at `now`: it says how far off the start is ("in 1 hour", "tomorrow").
pub fn reminder(row: &MeetingRow, starts: DateTime<Utc>, now: DateTime<Utc>) -> Msg {
    match &row.link {
        Some(link) => Msg::new("meeting-reminder-link")
            .text("title", &row.title)
            .time_ahead("time", starts, now)
            .code("link", link),
        None => Msg::new("meeting-reminder").text("title", &row.title).time_ahead("time", starts, now),
    }
}

/// The reminders before a meeting's first occurrence that were due already when it was scheduled:
/// they are not sent (a series sends them before its next occurrences).
pub fn reminders_passed(offsets: &[Duration], series: bool) -> Msg {
    let key = if series { "meeting-reminders-passed-series" } else { "meeting-reminders-passed" };
    let labels: Vec<String> = offsets.iter().map(|offset| duration_label(*offset)).collect();
    Msg::new(key).num("count", offsets.len() as i64).code("offsets", labels.join(", "))
}
