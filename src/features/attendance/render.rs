//! How attendance reads: the roll call's choices, its report with the quorum, and quorum rules.

use chrono::{DateTime, Utc};

use super::model::QuorumRule;
use crate::core::reply::{Block, Choice, Msg, Reply};
use crate::store::{AttendeeRow, BodyRow, MeetingRow};

/// "Are you here?" as choices: buttons on Discord, command lines elsewhere.
pub fn present_choices(id: i64) -> Vec<Choice> {
    vec![
        Choice {
            command: format!("meeting present #{id}"),
            label: Msg::new("attendance-choice-present"),
            emoji: Some("🙋".into()),
        },
        Choice {
            command: format!("meeting present #{id} remote"),
            label: Msg::new("attendance-choice-remote"),
            emoji: Some("🌐".into()),
        },
    ]
}

/// What a quorum is measured against: the meeting's body.
#[derive(Debug, Clone)]
pub struct BodyTally {
    pub short: String,
    pub members: i64,
    pub rule: Option<QuorumRule>,
}

/// A body's rule, when shown (`changed`: just set by the reader).
pub fn rule(body: &BodyRow, rule: Option<QuorumRule>, members: i64, changed: bool) -> Msg {
    let msg = match (rule, changed) {
        (Some(QuorumRule::Percent(p)), false) => Msg::new("body-quorum-percent").num("percent", i64::from(p)),
        (Some(QuorumRule::Percent(p)), true) => Msg::new("body-quorum-set-percent").num("percent", i64::from(p)),
        (Some(QuorumRule::Count(_)), false) => Msg::new("body-quorum-count"),
        (Some(QuorumRule::Count(_)), true) => Msg::new("body-quorum-set-count"),
        (None, false) => return Msg::new("body-quorum-none").text("name", &body.name).code("short", &body.short),
        (None, true) => return Msg::new("body-quorum-set-none").text("name", &body.name).code("short", &body.short),
    };
    let needed = rule.map(|r| r.needed(members)).unwrap_or_default();
    msg.text("name", &body.name).code("short", &body.short).num("needed", needed).num("members", members)
}

/// The report of an open roll call: who is present, and whether there is a quorum.
pub fn report(row: &MeetingRow, starts: DateTime<Utc>, attendees: &[AttendeeRow], body: Option<&BodyTally>) -> Reply {
    let mut reply =
        Reply::public(Msg::new("attendance-report").num("id", row.id).text("title", &row.title).time("time", starts));
    if attendees.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("attendance-nobody")));
    } else {
        let lines = attendees
            .iter()
            .map(|a| {
                // Only a meeting of a body has people who do not count.
                let key = match (a.remote, a.is_member || body.is_none()) {
                    (false, true) => "attendance-line",
                    (true, true) => "attendance-line-remote",
                    (false, false) => "attendance-line-guest",
                    (true, false) => "attendance-line-guest-remote",
                };
                Msg::new(key).text("name", &a.display_name)
            })
            .collect();
        reply = reply.with(Block::List(lines));
    }
    let counted = attendees.iter().filter(|a| a.is_member || body.is_none()).count() as i64;
    let remote = attendees.iter().filter(|a| a.remote && (a.is_member || body.is_none())).count() as i64;
    reply.with(Block::Paragraph(tally(counted, remote, body)))
}

/// "12 present of 30 members; quorum 16 (50%): not reached, 4 more needed."
pub fn tally(present: i64, remote: i64, body: Option<&BodyTally>) -> Msg {
    let Some(body) = body else {
        return Msg::new("attendance-tally-no-body").num("present", present).num("remote", remote);
    };
    let Some(rule) = body.rule else {
        return Msg::new("attendance-tally-no-rule")
            .num("present", present)
            .num("remote", remote)
            .num("members", body.members)
            .code("short", &body.short);
    };
    let needed = rule.needed(body.members);
    let missing = (needed - present).max(0);
    let msg = match (rule, missing) {
        (QuorumRule::Percent(p), 0) => Msg::new("attendance-tally-percent-reached").num("percent", i64::from(p)),
        (QuorumRule::Percent(p), _) => {
            Msg::new("attendance-tally-percent-missing").num("percent", i64::from(p)).num("missing", missing)
        }
        (QuorumRule::Count(_), 0) => Msg::new("attendance-tally-count-reached"),
        (QuorumRule::Count(_), _) => Msg::new("attendance-tally-count-missing").num("missing", missing),
    };
    msg.num("present", present).num("remote", remote).num("members", body.members).num("needed", needed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_and(msg: &Msg, name: &str) -> (String, Option<i64>) {
        let value = msg.args.iter().find(|(n, _)| n == name).and_then(|(_, a)| match a {
            crate::core::reply::Arg::Number(n) => Some(*n),
            _ => None,
        });
        (msg.key.clone(), value)
    }

    #[test]
    fn the_tally_says_how_many_more_are_needed() {
        let body = |rule| BodyTally { short: "BC".into(), members: 30, rule };
        let half = body(Some(QuorumRule::Percent(50)));
        assert_eq!(
            key_and(&tally(12, 0, Some(&half)), "missing"),
            ("attendance-tally-percent-missing".into(), Some(3))
        );
        assert_eq!(
            key_and(&tally(15, 2, Some(&half)), "needed"),
            ("attendance-tally-percent-reached".into(), Some(15))
        );
        let twelve = body(Some(QuorumRule::Count(12)));
        assert_eq!(key_and(&tally(8, 0, Some(&twelve)), "missing"), ("attendance-tally-count-missing".into(), Some(4)));
        assert_eq!(
            key_and(&tally(13, 0, Some(&twelve)), "needed"),
            ("attendance-tally-count-reached".into(), Some(12))
        );
        assert_eq!(tally(3, 1, Some(&body(None))).key, "attendance-tally-no-rule");
        assert_eq!(tally(3, 1, None).key, "attendance-tally-no-body");
    }
}
