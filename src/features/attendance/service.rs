//! Quorum rules, roll calls and attendance records of meeting occurrences.

use chrono::{DateTime, Duration, Utc};

use super::model::{Present, QuorumRule, RollCall, SetQuorum};
use super::render;
use crate::core::actor::Role;
use crate::core::engine::Ctx;
use crate::core::error::{CommandError, CommandResult, UserError};
use crate::core::reply::{Block, Msg, Reply};
use crate::features::meetings::{self, Occurrence, Timing};
use crate::features::{bodies, members};
use crate::store::{AuditEntry, MeetingRow, Tx};

/// How long before its start an occurrence counts as at hand: its roll call may open, and its
/// attendance be recorded.
pub const EARLY_MINUTES: i64 = 30;

/// The occurrence under way at `now`, or starting within `EARLY_MINUTES`.
pub(crate) fn at_hand(timing: &Timing, now: DateTime<Utc>) -> Option<Occurrence> {
    timing.current_or_next(now).filter(|o| o.starts - Duration::minutes(EARLY_MINUTES) <= now)
}

/// The meetings of the actor's room (its body's, or the room's own) with an occurrence at hand.
pub(crate) async fn meetings_at_hand(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(MeetingRow, Occurrence)>> {
    let actor = ctx.actor;
    let mut found = Vec::new();
    for row in tx.active_meetings(actor.body.as_ref().map(|b| b.id), actor.room_key).await? {
        if let Some(occurrence) = at_hand(&meetings::timing(&row)?, now) {
            found.push((row, occurrence));
        }
    }
    Ok(found)
}

/// The occurrence a roll call or an answer is for, or why there is none.
fn occurrence_now(row: &MeetingRow, now: DateTime<Utc>) -> CommandResult<Occurrence> {
    let timing = meetings::timing(row)?;
    if let Some(occurrence) = at_hand(&timing, now) {
        return Ok(occurrence);
    }
    let msg = match timing.current_or_next(now) {
        Some(next) => Msg::new("err-meeting-not-under-way")
            .num("id", row.id)
            .time("time", next.starts)
            .num("minutes", EARLY_MINUTES),
        None => Msg::new("meeting-over").num("id", row.id),
    };
    Err(UserError::Refused(msg).into())
}

/// `body quorum SHORT [RULE]`: anyone may see a body's rule; its staff (or an admin) set it.
pub async fn quorum(ctx: &Ctx<'_>, cmd: SetQuorum) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = bodies::target_body(&mut tx, ctx.actor, Some(&cmd.body)).await?;
    let members = members::counted_members(&mut tx, body.id).await?;
    let Some(rule) = cmd.rule else {
        let stored = tx.body_quorum_rule(body.id).await?.and_then(|(_, rule)| rule);
        tx.rollback().await?;
        return Ok(Reply::public(render::rule(&body, QuorumRule::from_stored(stored.as_deref()), members, false)));
    };
    bodies::require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    let stored = rule.map(|r| r.to_string());
    tx.set_body_quorum_rule(body.id, stored.as_deref()).await?;
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: Some(body.id),
        action: "body.quorum".to_owned(),
        detail: stored.unwrap_or_else(|| "none".to_owned()),
    };
    tx.append_audit(&entry, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::public(render::rule(&body, rule, members, true)))
}

/// `meeting attendance ID`: the first call opens the roll call of the occurrence at hand (with
/// "present" choices); later ones report who is present and whether there is a quorum.
pub async fn roll_call(ctx: &Ctx<'_>, cmd: RollCall) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    if let Some(date) = cmd.date {
        // A record, past or present: anyone who sees the meeting may read it.
        let row = meetings::visible(&mut tx, ctx, cmd.id).await?;
        let timing = meetings::timing(&row)?;
        let on_date = timing.occurrences().take_while(|o| o.local.date() <= date).find(|o| o.local.date() == date);
        let Some(occurrence) = on_date.filter(|o| o.starts - Duration::minutes(EARLY_MINUTES) <= now) else {
            let msg = Msg::new("err-attendance-no-record").num("id", row.id).code("date", date.to_string());
            return Err(UserError::Refused(msg).into());
        };
        let reply = report(&mut tx, &row, &occurrence).await?;
        tx.commit().await?;
        return Ok(reply);
    }
    let row = match meetings::changeable(&mut tx, ctx, cmd.id).await {
        Err(CommandError::User(UserError::Refused(msg))) if msg.key == "err-meeting-not-yours" => {
            return Err(UserError::Refused(Msg::new("err-attendance-not-yours").num("id", cmd.id)).into());
        }
        other => other?,
    };
    let occurrence = occurrence_now(&row, now)?;
    let key = occurrence.id(row.id).key();
    if tx.open_roll_call(row.id, &key, ctx.actor.member_id, ctx.now_ms()).await? {
        tx.commit().await?;
        return Ok(Reply::public(
            Msg::new("attendance-open").num("id", row.id).text("title", &row.title).time("time", occurrence.starts),
        )
        .with(Block::Choices(render::present_choices(row.id))));
    }
    let reply = report(&mut tx, &row, &occurrence).await?;
    tx.commit().await?;
    Ok(reply)
}

/// Who is (or was) present at an occurrence, and how that stands against the body's quorum.
async fn report(tx: &mut Tx, row: &MeetingRow, occurrence: &Occurrence) -> anyhow::Result<Reply> {
    let attendees = tx.attendance(row.id, &occurrence.id(row.id).key(), row.body_id).await?;
    let body = match row.body_id {
        Some(id) => match tx.body_quorum_rule(id).await? {
            Some((short, rule)) => Some(render::BodyTally {
                short,
                members: members::counted_members(tx, id).await?,
                rule: QuorumRule::from_stored(rule.as_deref()),
            }),
            None => None,
        },
        None => None,
    };
    Ok(render::report(row, occurrence.starts, &attendees, body.as_ref()))
}

/// `meeting present ID [remote|in-person]`: records the actor as present at the occurrence at
/// hand; answering again changes where from.
pub async fn present(ctx: &Ctx<'_>, cmd: Present) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let row = meetings::visible(&mut tx, ctx, cmd.id).await?;
    let occurrence = occurrence_now(&row, now)?;
    tx.set_attendance(row.id, &occurrence.id(row.id).key(), ctx.actor.member_id, cmd.remote, ctx.now_ms()).await?;
    tx.commit().await?;
    let key = if cmd.remote { "attendance-present-remote" } else { "attendance-present" };
    Ok(Reply::private(Msg::new(key).num("id", row.id).text("title", &row.title).time("time", occurrence.starts)))
}
