//! How a failed send reads in `!outbox`: where it was going, when it failed, after how many
//! attempts and why. Never its content.

use crate::core::reply::Msg;
use crate::store::{self, FailedSend, Recipient};

pub fn line(send: &FailedSend) -> Msg {
    let (kind, to) = match &send.recipient {
        Recipient::Room(id) => ("room", send.recipient_name.clone().unwrap_or_else(|| id.clone())),
        Recipient::Direct(id) => ("direct", send.recipient_name.clone().unwrap_or_else(|| id.clone())),
        Recipient::Unknown => ("unknown", String::new()),
    };
    Msg::new("outbox-line")
        .num("id", send.id)
        .code("platform", &send.platform)
        .code("kind", kind)
        .text("to", to)
        .time("time", store::instant(send.failed_at))
        .num("attempts", send.attempts)
        .code("failure", send.failure.map_or("unknown", |f| f.as_str()))
        .text("reason", &send.reason)
}

/// A short label for a platform's completion menu (data, not prose).
pub fn label(send: &FailedSend) -> String {
    let to = match (&send.recipient, &send.recipient_name) {
        (_, Some(name)) => name.clone(),
        (Recipient::Room(id) | Recipient::Direct(id), None) => id.clone(),
        (Recipient::Unknown, None) => "?".to_owned(),
    };
    let to: String = to.chars().take(60).collect();
    format!("#{} · {} · {to}", send.id, send.platform)
}
