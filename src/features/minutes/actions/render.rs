//! How action items read: one line each (number, text, owners, due date in the reader's zone,
//! the minutes they come from), the carried section of an agenda or of later minutes, and the
//! detail with its comments.

use chrono::{DateTime, Utc};

use crate::core::reply::{Block, Msg, Reply};
use crate::store::{self, ActionRow, CommentRow, OwnerRow};

/// The owners of one action, in order.
pub fn owners_of(owners: &[OwnerRow], action: i64) -> impl Iterator<Item = &OwnerRow> {
    owners.iter().filter(move |o| o.action_id == action)
}

fn names(owners: &[OwnerRow], action: i64) -> String {
    owners_of(owners, action).map(|o| o.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// When it is due, as the reader sees it: a date (overdue since, when `now` is known and past
/// it), or none.
pub fn due(row: &ActionRow, now: Option<DateTime<Utc>>) -> Msg {
    match row.due_at {
        Some(at) if now.is_some_and(|now| at < store::millis(now)) => {
            Msg::new("action-due-overdue").time("time", store::instant(at))
        }
        Some(at) => Msg::new("action-due-on").time("time", store::instant(at)),
        None => Msg::new("action-due-none"),
    }
}

/// `#3 Send the accounts — bob, zoe · due … · minutes #1`.
pub fn line(row: &ActionRow, owners: &[OwnerRow], now: Option<DateTime<Utc>>) -> Msg {
    Msg::new("action-line")
        .num("id", row.id)
        .text("text", &row.text)
        .text("owners", names(owners, row.id))
        .phrase("due", due(row, now))
        .num("minutes", row.minutes_id)
}

/// The owners of these actions kept by name only, who get no reminder: a note, if there are any.
pub fn unreminded(rows: &[ActionRow], owners: &[OwnerRow]) -> Option<Block> {
    let mut names: Vec<&str> = Vec::new();
    for owner in owners.iter().filter(|o| o.member_id.is_none() && rows.iter().any(|r| r.id == o.action_id)) {
        if !names.contains(&owner.name.as_str()) {
            names.push(&owner.name);
        }
    }
    (!names.is_empty()).then(|| Block::Paragraph(Msg::new("action-unreminded").text("names", names.join(", "))))
}

/// A list of actions under a heading that counts them (`heading` takes `$count`), with the note
/// on owners who get no reminder; nothing when there are none.
pub fn section(heading: &str, rows: &[ActionRow], owners: &[OwnerRow], now: Option<DateTime<Utc>>) -> Vec<Block> {
    if rows.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![
        Block::Paragraph(Msg::new(heading).num("count", rows.len() as i64)),
        Block::List(rows.iter().map(|r| line(r, owners, now)).collect()),
    ];
    blocks.extend(unreminded(rows, owners));
    blocks
}

/// `action show`: the action, where it comes from, its state and its comments.
pub fn show(row: &ActionRow, owners: &[OwnerRow], comments: &[CommentRow], now: DateTime<Utc>) -> Reply {
    let mut reply = Reply::public(Msg::new("action-show-title").num("id", row.id).text("text", &row.text))
        .with(Block::Paragraph(
            Msg::new("action-show-owners").text("owners", names(owners, row.id)).phrase("due", due(row, Some(now))),
        ))
        .with(Block::Paragraph(
            Msg::new("action-show-source")
                .num("minutes", row.minutes_id)
                .text("title", &row.minutes_title)
                .num("item", row.position),
        ));
    if let Some(note) = unreminded(std::slice::from_ref(row), owners) {
        reply = reply.with(note);
    }
    reply = reply.with(Block::Paragraph(match (row.done_at, &row.done_by_name) {
        (Some(at), Some(name)) => Msg::new("action-show-done").time("time", store::instant(at)).text("name", name),
        (Some(at), None) => Msg::new("action-show-done").time("time", store::instant(at)).text("name", "?"),
        (None, _) => Msg::new("action-show-open").num("id", row.id),
    }));
    reply = reply.with(Block::Paragraph(Msg::new("action-show-comments").num("count", comments.len() as i64)));
    if !comments.is_empty() {
        reply = reply.with(Block::List(
            comments
                .iter()
                .map(|c| {
                    Msg::new("action-comment-line")
                        .time("time", store::instant(c.created_at))
                        .text("name", &c.author_name)
                        .text("text", &c.text)
                })
                .collect(),
        ));
    }
    reply
}

/// One carried action in the full minutes (Markdown, HTML or text alike): its number, text,
/// owners, due date and the minutes it comes from; `due_word` and `from_word` are translated.
pub fn document_line(row: &ActionRow, owners: &[OwnerRow], due_word: &str, from_word: &str) -> String {
    let due = row.due.as_ref().map(|d| format!(" — {due_word} {d}")).unwrap_or_default();
    format!("#{} {} ({}){due} — {from_word} #{}", row.id, row.text, names(owners, row.id), row.minutes_id)
}
