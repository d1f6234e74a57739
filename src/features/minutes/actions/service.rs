//! Following action items after their meeting: listing, showing, closing, reassigning, dating and
//! commenting them (each change audited); reminding their owners before and at the due date; and
//! the open actions an agenda or later minutes carry.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::model::*;
use super::render;
use crate::core::actor::{Role, mentioned_user_id};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError, UserError};
use crate::core::recurrence::place_local;
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Block, Msg, Reply};
use crate::features::bodies;
use crate::features::members;
use crate::scheduler::envelope;
use crate::store::{self, ActionFilter, ActionRow, Carried, JobKind, MeetingRow, MinutesRow, OwnerRow, Tx};

/// Reminds an action's owners [`remind_before`] its due date.
pub const SOON_JOB: JobKind = JobKind("action-soon");
/// Tells an action's owners its due date has passed.
pub const OVERDUE_JOB: JobKind = JobKind("action-overdue");

fn refused(msg: Msg) -> crate::core::error::CommandError {
    UserError::Refused(msg).into()
}

fn not_found(id: i64) -> crate::core::error::CommandError {
    refused(Msg::new("err-action-not-found").num("id", id))
}

/// Who a mentioned owner is: a member Quorum knows, or a name kept as written (never reminded).
pub async fn owner_for_mention(tx: &mut Tx, ctx: &Ctx<'_>, mention: &str) -> CommandResult<(Option<i64>, String)> {
    let platform = ctx.actor.user.platform;
    let user_id = mentioned_user_id(platform, mention).ok_or_else(|| ParseError::BadChoice {
        name: "user",
        value: mention.to_owned(),
        allowed: "@name".into(),
    })?;
    Ok(match tx.find_identity(platform.as_str(), &user_id).await? {
        Some(member) => (Some(member.id), member.display_name),
        None => (None, user_id.trim_start_matches('@').to_owned()),
    })
}

/// The end of `date` on `zone`'s clock (its last millisecond), when an action is due.
fn end_of_day(date: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let next = date.succ_opt().unwrap_or(date).and_hms_opt(0, 0, 0).unwrap_or_default();
    place_local(zone, next) - chrono::Duration::milliseconds(1)
}

/// Schedules the reminders of an action due at `due_at`: the one before, if its time is still to
/// come, and the one at the due date.
async fn schedule(tx: &mut Tx, id: i64, due_at: i64, now_ms: i64) -> anyhow::Result<()> {
    let soon = due_at - remind_before().num_milliseconds();
    if soon > now_ms {
        tx.schedule_job(SOON_JOB, id, soon, now_ms).await?;
    }
    if due_at > now_ms {
        tx.schedule_job(OVERDUE_JOB, id, due_at, now_ms).await?;
    }
    Ok(())
}

async fn cancel(tx: &mut Tx, id: i64, now_ms: i64) -> anyhow::Result<()> {
    tx.cancel_jobs_for(SOON_JOB, id, now_ms).await?;
    tx.cancel_jobs_for(OVERDUE_JOB, id, now_ms).await?;
    Ok(())
}

/// Follows the action recorded as minutes item `item_id` (its owners already named there): its
/// number, and its reminders when it has a due date, the end of that day on the actor's clock.
pub async fn open(tx: &mut Tx, ctx: &Ctx<'_>, item_id: i64, due: Option<NaiveDate>) -> anyhow::Result<i64> {
    let zone = ctx.actor.zone;
    let due_at = due.map(|d| store::millis(end_of_day(d, zone)));
    let date = due.map(|d| d.to_string());
    let stored = match (&date, due_at) {
        (Some(d), Some(at)) => Some((d.as_str(), at, zone.name())),
        _ => None,
    };
    let id = tx.open_action(item_id, stored, ctx.now_ms()).await?;
    if let Some(at) = due_at {
        schedule(tx, id, at, ctx.now_ms()).await?;
    }
    Ok(id)
}

/// Stops the reminders of the action of minutes item `item_id`, which is being taken back.
pub async fn forget_item(tx: &mut Tx, item_id: i64, now_ms: i64) -> anyhow::Result<()> {
    if let Some(id) = tx.action_of_item(item_id).await? {
        cancel(tx, id, now_ms).await?;
    }
    Ok(())
}

/// The note under an answer that names owners kept by name only, who get no reminder.
pub fn unreminded_note(owners: &[(Option<i64>, String)]) -> Option<Block> {
    let names: Vec<&str> = owners.iter().filter(|(id, _)| id.is_none()).map(|(_, n)| n.as_str()).collect();
    (!names.is_empty()).then(|| Block::Paragraph(Msg::new("action-unreminded").text("names", names.join(", "))))
}

/// The open actions an occurrence of `meeting` carries, listed first on its agenda: those of
/// earlier minutes of its body (or its series), still open when it starts.
pub async fn carried_by_occurrence(
    tx: &mut Tx,
    meeting: &MeetingRow,
    occurrence: &str,
    starts: DateTime<Utc>,
    now: Option<DateTime<Utc>>,
) -> anyhow::Result<Vec<Block>> {
    let carried = Carried {
        body_id: meeting.body_id,
        meeting_id: Some(meeting.id),
        room_key: None,
        minutes_id: None,
        occurrence: Some(occurrence),
        before_ms: store::millis(starts),
        open_at_ms: store::millis(starts),
    };
    carried_blocks(tx, &carried, "agenda-open-actions", now).await
}

/// The open actions of earlier minutes that these minutes carry (of their body, their series, or
/// their room when they have no body), still open when they ended (or now).
pub async fn carried_by_minutes(
    tx: &mut Tx,
    row: &MinutesRow,
    now: DateTime<Utc>,
) -> anyhow::Result<(Vec<ActionRow>, Vec<OwnerRow>)> {
    let carried = Carried {
        body_id: row.body_id,
        meeting_id: row.meeting_id,
        room_key: Some(row.room_key),
        minutes_id: Some(row.id),
        occurrence: row.occurrence.as_deref(),
        before_ms: row.started_at,
        open_at_ms: row.ended_at.unwrap_or(store::millis(now)),
    };
    let rows = tx.carried_actions(&carried).await?;
    let owners = tx.action_owners(&rows.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
    Ok((rows, owners))
}

/// The summary's section of the open actions these minutes carry.
pub async fn minutes_summary_section(tx: &mut Tx, row: &MinutesRow, now: DateTime<Utc>) -> anyhow::Result<Vec<Block>> {
    let (rows, owners) = carried_by_minutes(tx, row, now).await?;
    Ok(render::section("minutes-summary-open-actions", &rows, &owners, Some(now)))
}

async fn carried_blocks(
    tx: &mut Tx,
    carried: &Carried<'_>,
    heading: &str,
    now: Option<DateTime<Utc>>,
) -> anyhow::Result<Vec<Block>> {
    let rows = tx.carried_actions(carried).await?;
    let owners = tx.action_owners(&rows.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
    Ok(render::section(heading, &rows, &owners, now))
}

/// An action the actor may see, with its owners: one of this room or of its body, one they own,
/// one of a body they hold a role in; an administrator sees all. Others are not found.
async fn visible(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<(ActionRow, Vec<OwnerRow>)> {
    let actor = ctx.actor;
    let Some(row) = tx.action(id).await? else { return Err(not_found(id)) };
    let owners = tx.action_owners(&[row.id]).await?;
    let seen = actor.is_global_admin
        || row.room_key == actor.room_key
        || (row.body_id.is_some() && row.body_id == actor.body.as_ref().map(|b| b.id))
        || owners.iter().any(|o| o.member_id == Some(actor.member_id))
        || match row.body_id {
            Some(body) => !tx.roles_in(body, actor.member_id).await?.is_empty(),
            None => false,
        };
    if !seen {
        return Err(not_found(id));
    }
    Ok((row, owners))
}

/// Whether the actor may change an action: an owner, a chair of its meeting, staff of its body,
/// or an administrator. Others are refused, with who may.
async fn require_changer(tx: &mut Tx, ctx: &Ctx<'_>, row: &ActionRow, owners: &[OwnerRow]) -> CommandResult<()> {
    let actor = ctx.actor;
    if actor.is_global_admin || owners.iter().any(|o| o.member_id == Some(actor.member_id)) {
        return Ok(());
    }
    if tx.minutes_chairs(row.minutes_id).await?.iter().any(|(id, _)| *id == actor.member_id) {
        return Ok(());
    }
    if let Some(body) = row.body_id
        && let Some(body) = tx.body_by_id(body).await?
        && bodies::require_in(tx, actor, &body, Role::Staff).await.is_ok()
    {
        return Ok(());
    }
    Err(refused(Msg::new("err-action-not-yours").num("id", row.id)))
}

/// An open action the actor may change.
async fn changeable(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<(ActionRow, Vec<OwnerRow>)> {
    let (row, owners) = visible(tx, ctx, id).await?;
    require_changer(tx, ctx, &row, &owners).await?;
    if row.done_at.is_some() {
        return Err(refused(Msg::new("err-action-done-already").num("id", row.id)));
    }
    Ok((row, owners))
}

async fn audit(tx: &mut Tx, ctx: &Ctx<'_>, row: &ActionRow, action: &str, detail: String) -> CommandResult<()> {
    bodies::audit(tx, ctx, row.body_id, action, detail).await
}

/// The actions of the room and its body for Discord's autocomplete, the open ones first.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let actor = ctx.actor;
    let filter = match &actor.body {
        Some(body) => ActionFilter { body_id: Some(body.id), ..ActionFilter::default() },
        None if actor.room.is_direct => ActionFilter { owner: Some(actor.member_id), ..ActionFilter::default() },
        None => ActionFilter { room_key: Some(actor.room_key), ..ActionFilter::default() },
    };
    let mut tx = ctx.store.read().await?;
    let rows = tx.open_actions(filter, MAX_LISTED).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(rows.iter().map(|a| (a.id, a.text.as_str())), typed, limit))
}

/// `actions [@USER] [--overdue] [--body SHORT]`: the open actions of a body (the room's, or the
/// one named), of the room when it has no body, or one's own in a direct conversation; with a
/// person, only theirs.
pub async fn list(ctx: &Ctx<'_>, cmd: ActionsList) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let now = ctx.clock.now();
    let mut tx = ctx.store.read().await?;
    let body = match &cmd.body {
        Some(short) => {
            let body = bodies::target_body(&mut tx, actor, Some(short)).await?;
            bodies::require_in(&mut tx, actor, &body, Role::Guest).await?;
            Some(body.id)
        }
        None => actor.body.as_ref().map(|b| b.id),
    };
    let owner = match &cmd.user {
        Some(mention) => Some(bodies::known_member(&mut tx, ctx, mention).await?.0.id),
        None => None,
    };
    let mut filter = ActionFilter { body_id: body, owner, ..ActionFilter::default() };
    if body.is_none() {
        if !actor.room.is_direct {
            filter.room_key = Some(actor.room_key);
        } else if owner.is_some_and(|o| o != actor.member_id) {
            return Err(UserError::NoBodyHere.into());
        } else {
            filter.owner = Some(actor.member_id);
        }
    }
    if cmd.overdue {
        filter.due_before = Some(store::millis(now));
    }
    let rows = tx.open_actions(filter, MAX_LISTED).await?;
    let owners = tx.action_owners(&rows.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
    tx.commit().await?;
    if rows.is_empty() {
        return Ok(Reply::public(Msg::new(if cmd.overdue { "actions-none-overdue" } else { "actions-none" })));
    }
    let heading = if cmd.overdue { "actions-title-overdue" } else { "actions-title" };
    let mut reply = Reply::public(Msg::new(heading).num("count", rows.len() as i64))
        .with(Block::List(rows.iter().map(|r| render::line(r, &owners, Some(now))).collect()));
    if let Some(note) = render::unreminded(&rows, &owners) {
        reply = reply.with(note);
    }
    Ok(reply.with(Block::Paragraph(Msg::new("actions-hint"))))
}

pub async fn show(ctx: &Ctx<'_>, cmd: ActionShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let (row, owners) = visible(&mut tx, ctx, cmd.id).await?;
    let comments = tx.action_comments(row.id).await?;
    tx.commit().await?;
    Ok(render::show(&row, &owners, &comments, ctx.clock.now()))
}

pub async fn done(ctx: &Ctx<'_>, cmd: ActionDone) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let (row, _) = changeable(&mut tx, ctx, cmd.id).await?;
    if !tx.finish_action(row.id, ctx.actor.member_id, ctx.now_ms()).await? {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-action-done-already").num("id", row.id)));
    }
    cancel(&mut tx, row.id, ctx.now_ms()).await?;
    audit(&mut tx, ctx, &row, "action.done", format!("action #{}", row.id)).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::public(Msg::new("action-done").num("id", row.id).text("text", &row.text)))
}

pub async fn reassign(ctx: &Ctx<'_>, cmd: ActionReassign) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let (row, owners) = changeable(&mut tx, ctx, cmd.id).await?;
    let (member, name) = owner_for_mention(&mut tx, ctx, &cmd.user).await?;
    let same = match member {
        Some(id) => owners.iter().all(|o| o.member_id == Some(id)),
        None => owners.iter().all(|o| o.member_id.is_none() && o.name == name),
    };
    if same && owners.len() == 1 {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-action-owner-already").num("id", row.id).text("name", &name)));
    }
    tx.reassign_action(row.id, member, &name).await?;
    // Audit details name no person: a member by number, a name kept as written not at all.
    let to = member.map(|id| format!("member {id}")).unwrap_or_else(|| "a name".to_owned());
    audit(&mut tx, ctx, &row, "action.reassign", format!("action #{} to {to}", row.id)).await?;
    tx.commit().await?;
    let reply = Reply::public(Msg::new("action-reassigned").num("id", row.id).text("name", &name));
    Ok(match unreminded_note(&[(member, name)]) {
        Some(note) => reply.with(note),
        None => reply,
    })
}

pub async fn due(ctx: &Ctx<'_>, cmd: ActionDue) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let (row, owners) = changeable(&mut tx, ctx, cmd.id).await?;
    let now_ms = ctx.now_ms();
    let zone = ctx.actor.zone;
    let due = cmd.due.map(|d| (d.to_string(), store::millis(end_of_day(d, zone))));
    if let Some((date, at)) = &due
        && *at <= now_ms
    {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-action-due-past").code("date", date)));
    }
    tx.set_action_due(row.id, due.as_ref().map(|(d, at)| (d.as_str(), *at, zone.name()))).await?;
    cancel(&mut tx, row.id, now_ms).await?;
    if let Some((_, at)) = &due {
        schedule(&mut tx, row.id, *at, now_ms).await?;
    }
    let date = due.as_ref().map(|(d, _)| d.as_str()).unwrap_or("none");
    audit(&mut tx, ctx, &row, "action.due", format!("action #{} due {date}", row.id)).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    let reply = match &due {
        Some((_, at)) => Reply::public(Msg::new("action-due-set").num("id", row.id).time("time", store::instant(*at))),
        None => Reply::public(Msg::new("action-due-cleared").num("id", row.id)),
    };
    let kept: Vec<(Option<i64>, String)> = owners.iter().map(|o| (o.member_id, o.name.clone())).collect();
    Ok(match unreminded_note(&kept).filter(|_| due.is_some()) {
        Some(note) => reply.with(note),
        None => reply,
    })
}

pub async fn comment(ctx: &Ctx<'_>, cmd: ActionComment) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let (row, owners) = visible(&mut tx, ctx, cmd.id).await?;
    require_changer(&mut tx, ctx, &row, &owners).await?;
    let comment = tx.add_action_comment(row.id, ctx.actor.member_id, &cmd.text, ctx.now_ms()).await?;
    audit(&mut tx, ctx, &row, "action.comment", format!("action #{} comment {comment}", row.id)).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("action-commented").num("id", row.id)))
}

/// Reminds the owners of an open action, privately, in their language and zone: before its due
/// date ([`SOON_JOB`]) or once it has passed ([`OVERDUE_JOB`]). Owners kept by name only have
/// nobody to write to.
pub struct FireActionReminder {
    pub kind: JobKind,
}

#[async_trait]
impl JobHandler for FireActionReminder {
    fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(row) = tx.action(job.job.ref_id).await? else { return Ok(()) };
        let (None, Some(due_at)) = (row.done_at, row.due_at) else { return Ok(()) };
        let now_ms = store::millis(job.now);
        let overdue = self.kind == OVERDUE_JOB;
        // A reminder before the date that comes after it has nothing to add to the one at it.
        if overdue != (due_at <= now_ms) {
            return Ok(());
        }
        let platform = tx.room_address(row.room_key).await?.map(|(p, _)| p).unwrap_or_default();
        let key = if overdue { "action-reminder-overdue" } else { "action-reminder-soon" };
        for owner in tx.action_owners(&[row.id]).await? {
            let Some(member_id) = owner.member_id else { continue };
            let (language, zone) = (&job.config.default_language, job.config.default_timezone);
            let Some(line) = members::private_line(tx, member_id, Some(&platform), language, zone).await? else {
                continue;
            };
            let msg = Msg::new(key)
                .num("id", row.id)
                .text("text", &row.text)
                .time("time", store::instant(due_at))
                .num("minutes", row.minutes_id)
                .text("title", &row.minutes_title);
            let outgoing = line.outgoing(Reply::private(msg));
            let idem = format!("action:{}:{}:{due_at}:{member_id}", row.id, self.kind.as_str());
            tx.enqueue(&envelope(&outgoing, &idem)?, now_ms, now_ms).await?;
        }
        Ok(())
    }
}
