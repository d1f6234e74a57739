//! How member records read: a directory line, a record's details (only the fields the reader
//! may see: staff-only notes never reach a member), a body's policy and public fields.

use super::model::{Field, Kind, Status, fields_label};
use super::service::{Policy, status_of};
use crate::core::reply::{Block, Msg, Reply};
use crate::store::MemberRecordRow;

pub fn status(status: Status) -> Msg {
    Msg::new("member-status").code("status", status.as_str())
}

fn kind(kind: &str) -> Msg {
    let kind = if kind == Kind::Organisation.as_str() { "organisation" } else { "person" };
    Msg::new("member-kind").code("kind", kind)
}

pub fn region(region: Option<&str>) -> Msg {
    Msg::new("member-region").code("region", region.unwrap_or("none"))
}

fn text(value: &str) -> Msg {
    Msg::new("member-detail-text").text("text", value)
}

fn code(value: &str) -> Msg {
    Msg::new("member-detail-code").code("code", value)
}

/// The parts of a record a reader sees for `fields`, each a message.
fn parts(record: &MemberRecordRow, fields: &[Field]) -> Vec<(Field, Msg)> {
    let mut parts = Vec::new();
    for field in fields {
        let part = match field {
            Field::Kind => Some(kind(&record.kind)),
            Field::Organisation => record.organisation.as_deref().map(text),
            Field::Group => record.stakeholder_group.as_deref().map(text),
            Field::Country => record.country.as_deref().map(code),
            Field::Region => record.country.as_ref().map(|_| region(record.region.as_deref())),
            Field::Languages => record.languages.as_deref().map(code),
            Field::Status => Some(status(status_of(record))),
            Field::Joined => record.joined_on.as_deref().map(code),
            Field::Renewal => record.renewal_on.as_deref().map(code),
        };
        if let Some(part) = part {
            parts.push((*field, part));
        }
    }
    parts
}

/// "#12 **Alice Martin** — person · Civil society · KE · Africa · active".
pub fn line(record: &MemberRecordRow, fields: &[Field], own: bool) -> Msg {
    let fields: Vec<Field> = if own { Field::ALL.to_vec() } else { fields.to_vec() };
    let parts: Vec<Msg> = parts(record, &fields).into_iter().map(|(_, m)| m).collect();
    let Some(details) = parts
        .into_iter()
        .rev()
        .reduce(|rest, first| Msg::new("member-detail-pair").phrase("first", first).phrase("rest", rest))
    else {
        return Msg::new("member-line").num("id", record.id).text("name", &record.name);
    };
    Msg::new("member-line-details").num("id", record.id).text("name", &record.name).phrase("details", details)
}

/// What `member show` needs besides the record.
pub struct Detail<'a> {
    pub record: &'a MemberRecordRow,
    /// The directory fields the reader sees.
    pub fields: Vec<Field>,
    pub staff: bool,
    /// The reader's own record.
    pub own: bool,
    /// The account's `(platform, user id)`s, when the reader may see them.
    pub account: Option<Vec<(String, String)>>,
    pub represents: Option<&'a MemberRecordRow>,
    pub representatives: &'a [MemberRecordRow],
}

fn field_line(field: &str, value: Msg) -> Msg {
    Msg::new("member-field").code("field", field).phrase("value", value)
}

pub fn show(detail: &Detail<'_>) -> Reply {
    let record = detail.record;
    let mut lines: Vec<Msg> =
        parts(record, &detail.fields).into_iter().map(|(field, msg)| field_line(field.as_str(), msg)).collect();
    let private = detail.staff || detail.own;
    if private {
        if let Some(reason) = &record.status_reason {
            lines.push(field_line("reason", text(reason)));
        }
        if let Some(gender) = &record.gender {
            lines.push(field_line("gender", Msg::new("member-gender").code("gender", gender)));
        }
        if let Some(account) = &detail.account {
            let ids = account.iter().map(|(p, u)| format!("{p}:{u}")).collect::<Vec<_>>().join(", ");
            if !ids.is_empty() {
                lines.push(field_line("account", code(&ids)));
            }
        }
    }
    if let Some(org) = detail.represents {
        let key = if record.is_voting_rep { "member-represents-voting" } else { "member-represents" };
        lines.push(Msg::new(key).num("id", org.id).text("name", &org.name));
    }
    // Staff-only: never in a reply a member can get, not even about their own record.
    if detail.staff
        && let Some(notes) = &record.notes
    {
        lines.push(field_line("notes", text(notes)));
    }
    let mut reply = Reply::private(Msg::new("member-show-title").num("id", record.id).text("name", &record.name));
    if !lines.is_empty() {
        reply = reply.with(Block::List(lines));
    }
    if record.kind == Kind::Organisation.as_str() {
        if detail.representatives.is_empty() {
            reply = reply.with(Block::Paragraph(Msg::new("member-no-representatives")));
        } else {
            reply = reply.with(Block::Paragraph(Msg::new("member-representatives")));
            let reps = detail
                .representatives
                .iter()
                .map(|r| {
                    let key = if r.is_voting_rep { "member-representative-voting" } else { "member-representative" };
                    Msg::new(key).num("id", r.id).text("name", &r.name)
                })
                .collect();
            reply = reply.with(Block::List(reps));
        }
    }
    reply
}

pub fn public_fields(key: &str, body: &str, fields: &[Field]) -> Msg {
    let label = if fields.is_empty() { "-".to_owned() } else { fields_label(fields) };
    Msg::new(key).code("body", body).code("fields", label)
}

pub fn policy(key: &str, body: &str, policy: &Policy) -> Msg {
    Msg::new(key).code("body", body).num("grace", policy.grace_days).num("notice", policy.notice_days)
}
