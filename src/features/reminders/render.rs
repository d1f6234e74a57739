//! How reminders read: confirmations, list lines and the reminder itself.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::core::recurrence::Recurrence;
use crate::core::reply::{Mention, Msg};
use crate::store::ListedReminder;

/// The confirmation; `recurrence` is a series' stored schedule, said in words on the wall clock
/// of `zone`.
pub fn set(id: i64, at: DateTime<Utc>, text: &str, recurrence: Option<&str>, zone: Tz) -> Msg {
    match recurrence {
        Some(stored) => Msg::new("reminder-set-repeat")
            .num("id", id)
            .time("time", at)
            .phrase("repeat", Recurrence::describe_stored(stored, zone))
            .text("text", text),
        None => Msg::new("reminder-set").num("id", id).time("time", at).text("text", text),
    }
}

/// Whom a listed reminder is for, as its reader sees it.
pub enum ListedFor {
    /// The reader: their own, set for them, or in their own direct conversation.
    You,
    /// The room the list is asked from.
    ThisRoom,
    /// Another room, by name.
    Room,
    /// Someone else.
    Person(Mention),
}

/// One reminder in a list: when, whom or where it is for, what.
pub fn line(listed: &ListedReminder, at: DateTime<Utc>, listed_for: ListedFor) -> Msg {
    let row = &listed.reminder;
    let key = if row.spec.recurrence.is_some() { "reminder-line-repeat" } else { "reminder-line" };
    let (target, who) = match listed_for {
        ListedFor::You => ("me", None),
        ListedFor::ThisRoom => ("here", None),
        ListedFor::Room => ("room", None),
        ListedFor::Person(who) => ("user", Some(who)),
    };
    let msg = Msg::new(key)
        .num("id", row.id)
        .time("time", at)
        .code("target", target)
        .text("room", &listed.room_name)
        .text("text", &row.spec.text);
    let msg = match who {
        Some(who) => msg.mention("who", who),
        None => msg,
    };
    match &row.spec.recurrence {
        Some(stored) => {
            let zone = row.spec.zone.parse().unwrap_or(Tz::UTC);
            msg.phrase("repeat", Recurrence::describe_stored(stored, zone))
        }
        None => msg,
    }
}

/// The reminder as it fires; `from` names the person who set it for someone else or a room.
pub fn fired(text: &str, from: Option<Mention>, missed_due: Option<DateTime<Utc>>) -> Msg {
    let msg = match (missed_due, &from) {
        (Some(due), _) => Msg::new("reminder-missed").time("due", due),
        (None, Some(_)) => Msg::new("reminder-fire-from"),
        (None, None) => Msg::new("reminder-fire"),
    };
    let msg = msg.text("text", text);
    match from {
        Some(who) => msg.mention("from", who),
        None => msg,
    }
}
