//! How agendas read: item lines and the headings above them.

use chrono::{DateTime, Utc};

use crate::core::reply::Msg;
use crate::store::{AgendaItemRow, MeetingRow};

/// `2. Budget 2027 — bob`.
pub fn item(row: &AgendaItemRow) -> Msg {
    Msg::new("agenda-item").num("number", row.position).text("text", &row.text).text("author", &row.author_name)
}

pub fn items(rows: &[AgendaItemRow]) -> Vec<Msg> {
    rows.iter().map(item).collect()
}

/// A message about one occurrence's agenda: `key` with the meeting's number and title and the
/// occurrence's start; callers add what else it needs.
pub fn heading(key: &str, meeting: &MeetingRow, starts: DateTime<Utc>) -> Msg {
    Msg::new(key).num("id", meeting.id).text("title", &meeting.title).time("time", starts)
}
