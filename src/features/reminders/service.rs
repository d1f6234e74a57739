//! Setting, listing, cancelling and firing reminders.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::core::actor::{Platform, Role};
use crate::core::engine::{Ctx, EngineConfig, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::grammar::duration_label;
use crate::core::permissions;
use crate::core::recurrence::{Recurrence, place_local, planned_instant};
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Block, Destination, Mention, Msg, Reply};
use crate::features::bodies::{known_member, reminder_interval_of};
use crate::scheduler::envelope;
use crate::store::{self, JobKind, NewReminder, ReminderStatus, ReminderTarget, Tx};

use super::interval::{self, Posts, TooOften};
use super::model::{CancelReminder, Remind, Target, When};
use super::render::{self, ListedFor};

/// A reminder falling due.
pub const REMINDER_JOB: JobKind = JobKind("reminder");

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

fn local_string(local: NaiveDateTime) -> String {
    local.format(LOCAL_FORMAT).to_string()
}

/// The first firing of a reminder: (wall-clock time in its zone, instant).
fn first_firing(when: &When, zone: Tz, now: DateTime<Utc>) -> CommandResult<(NaiveDateTime, DateTime<Utc>)> {
    match when {
        When::In(span) => {
            let at = now + *span;
            Ok((at.with_timezone(&zone).naive_local(), at))
        }
        When::At { date, time, .. } => {
            let local = match date {
                Some(date) => date.and_time(*time),
                None => {
                    let today = now.with_timezone(&zone).date_naive().and_time(*time);
                    if place_local(zone, today) > now { today } else { today + Duration::days(1) }
                }
            };
            Ok((local, planned_instant(zone, local, now)?))
        }
        When::Repeat { recurrence, .. } => recurrence
            .next_after(zone, now)
            .ok_or_else(|| UserError::Parse(crate::core::error::ParseError::NeverFires).into()),
    }
}

pub async fn remind(ctx: &Ctx<'_>, cmd: Remind) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let now = ctx.clock.now();
    // Reminding a room or another person is for members of the room's body; in a DM, `here` is you.
    if cmd.target != Target::Me && !(cmd.target == Target::Here && actor.room.is_direct) {
        permissions::require_here(actor, Role::Member)?;
    }
    let zone = cmd.when.zone().unwrap_or(actor.zone);
    let (next_local, next_at) = first_firing(&cmd.when, zone, now)?;
    let mut tx = ctx.store.begin().await?;
    let (target, target_member_id) = match &cmd.target {
        Target::Me => (ReminderTarget::Me, None),
        Target::Here => (ReminderTarget::Here, None),
        Target::User(mention) => {
            let (member, _) = known_member(&mut tx, ctx, mention).await?;
            (ReminderTarget::User, Some(member.id))
        }
    };
    let repeat = match &cmd.when {
        When::Repeat { recurrence, .. } => Some(recurrence),
        _ => None,
    };
    if target == ReminderTarget::Here {
        let posts = Posts { zone, next_local, next_at, recurrence: repeat };
        check_room_interval(&mut tx, ctx, &posts).await?;
    }
    let (recurrence, repeat_label) = match &cmd.when {
        When::Repeat { recurrence, label, .. } => (Some(recurrence.expression.clone()), Some(label.clone())),
        _ => (None, None),
    };
    let reminder = NewReminder {
        creator_id: actor.member_id,
        target,
        target_member_id,
        room_key: actor.room_key,
        text: cmd.text.clone(),
        zone: zone.name().to_owned(),
        next_at: store::millis(next_at),
        next_local: local_string(next_local),
        recurrence,
        repeat_label,
    };
    let id = tx.insert_reminder(&reminder, ctx.now_ms()).await?;
    tx.schedule_job(REMINDER_JOB, id, reminder.next_at, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    let msg = render::set(id, next_at, &cmd.text, reminder.recurrence.as_deref(), zone);
    Ok(if target == ReminderTarget::Me { Reply::private(msg) } else { Reply::public(msg) })
}

/// A member may not make Quorum post in a room of a body more often than the body's reminder
/// interval allows (counting their other reminders there); staff and admins may, and so may
/// anyone in their own direct conversation, which is no one else's room.
async fn check_room_interval(tx: &mut Tx, ctx: &Ctx<'_>, new: &Posts<'_>) -> CommandResult<()> {
    let actor = ctx.actor;
    let Some(body) = actor.body.as_ref() else { return Ok(()) };
    if actor.room.is_direct || permissions::require_here(actor, Role::Staff).is_ok() {
        return Ok(());
    }
    let interval = reminder_interval_of(tx, body.id).await?;
    let stored = tx.room_reminders_by(actor.member_id, actor.room_key).await?;
    let recurrences = stored
        .iter()
        .map(|row| row.spec.recurrence.as_deref().map(Recurrence::from_stored).transpose())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow::anyhow!("stored recurrence: {e}"))?;
    let mut others = Vec::new();
    for (row, recurrence) in stored.iter().zip(&recurrences) {
        let next_local = NaiveDateTime::parse_from_str(&row.spec.next_local, LOCAL_FORMAT)
            .map_err(|e| anyhow::anyhow!("stored local time of reminder {}: {e}", row.id))?;
        let zone = row.spec.zone.parse().unwrap_or(Tz::UTC);
        let posts =
            Posts { zone, next_local, next_at: store::instant(row.spec.next_at), recurrence: recurrence.as_ref() };
        others.push((row.id, posts));
    }
    let msg = |key: &str| Msg::new(key).code("body", &body.short).code("interval", duration_label(interval));
    match interval::check(new, &others, interval, ctx.clock.now()) {
        Ok(()) => Ok(()),
        Err(TooOften::Itself { gap }) => {
            Err(UserError::Refused(msg("err-reminder-too-often").code("gap", duration_label(gap))).into())
        }
        Err(TooOften::Near { at, gap, other }) => Err(UserError::Refused(
            msg("err-reminder-too-close").time("time", at).code("gap", duration_label(gap)).num("id", other),
        )
        .into()),
    }
}

pub async fn list(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let rows = tx.visible_reminders(actor.member_id, actor.room_key).await?;
    let mut people: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    let mut lines = Vec::new();
    for listed in &rows {
        let spec = &listed.reminder.spec;
        let listed_for = match (spec.target, spec.target_member_id) {
            (ReminderTarget::User, Some(id)) if id != actor.member_id => {
                let identities = match people.get(&id) {
                    Some(known) => known.clone(),
                    None => {
                        let found = tx.identities_of(id).await?;
                        people.insert(id, found.clone());
                        found
                    }
                };
                let display_name = listed.target_name.clone().unwrap_or_default();
                ListedFor::Person(Mention { display_name, identities })
            }
            (ReminderTarget::Me | ReminderTarget::User, _) => ListedFor::You,
            // A direct conversation's reminders are its one member's.
            (ReminderTarget::Here, _) if listed.room_is_direct => ListedFor::You,
            (ReminderTarget::Here, _) if spec.room_key == actor.room_key => ListedFor::ThisRoom,
            (ReminderTarget::Here, _) => ListedFor::Room,
        };
        lines.push(render::line(listed, store::instant(spec.next_at), listed_for));
    }
    tx.commit().await?;
    if rows.is_empty() {
        return Ok(Reply::private(Msg::new("reminders-none")));
    }
    Ok(Reply::private(Msg::new("reminders-title").num("count", rows.len() as i64)).with(Block::List(lines)))
}

/// The reminders a member can see whose number or text matches what they typed so far, as
/// `(label, "#id")` for a completion menu.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let typed = typed.trim().trim_start_matches('#').to_lowercase();
    let mut tx = ctx.store.read().await?;
    let rows = tx.visible_reminders(ctx.actor.member_id, ctx.actor.room_key).await?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|listed| listed.reminder)
        .filter(|r| r.id.to_string().starts_with(&typed) || r.spec.text.to_lowercase().contains(&typed))
        .take(limit)
        .map(|r| {
            let text: String = r.spec.text.chars().take(80).collect();
            (format!("#{} · {text}", r.id), format!("#{}", r.id))
        })
        .collect())
}

pub async fn cancel(ctx: &Ctx<'_>, cmd: CancelReminder) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let not_found = || UserError::NotFound { kind: "reminder", id: format!("#{}", cmd.id) };
    let mut tx = ctx.store.begin().await?;
    let row = tx.reminder(cmd.id).await?.filter(|r| r.status == ReminderStatus::Active).ok_or_else(not_found)?;
    let own = row.spec.creator_id == actor.member_id || row.spec.target_member_id == Some(actor.member_id);
    let in_this_room = row.spec.room_key == actor.room_key;
    if !own {
        // Someone else's reminder: only staff of this room's body may cancel it, and only here.
        if !in_this_room || row.spec.target == ReminderTarget::Me {
            return Err(not_found().into());
        }
        permissions::require_here(actor, Role::Staff)?;
    }
    tx.set_reminder_status(row.id, ReminderStatus::Cancelled).await?;
    tx.cancel_jobs_for(REMINDER_JOB, row.id, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::public(Msg::new("reminder-cancelled").num("id", row.id)))
}

/// Fires reminders as their jobs fall due.
pub struct FireReminder;

#[async_trait::async_trait]
impl JobHandler for FireReminder {
    fn kind(&self) -> &'static str {
        REMINDER_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        fire(job.tx, job.job.ref_id, job.due, job.now, job.grace, job.config).await
    }
}

/// Fires the reminder a job points at, in the job's transaction: enqueues the message (or a
/// "missed" notice when it is later than `grace`), and schedules the next occurrence of a series.
async fn fire(
    tx: &mut Tx,
    reminder_id: i64,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
    grace: Duration,
    config: &EngineConfig,
) -> anyhow::Result<()> {
    let Some(firing) = tx.reminder_for_firing(reminder_id).await? else { return Ok(()) };
    let row = &firing.reminder;
    if row.status != ReminderStatus::Active {
        return Ok(());
    }
    let spec = &row.spec;
    let zone: Tz = spec.zone.parse().unwrap_or(Tz::UTC);
    let creator = &firing.creator;
    let creator_mention =
        Mention { display_name: creator.display_name.clone(), identities: firing.identities_of(creator.id) };
    let (destination, reader) = match spec.target {
        ReminderTarget::Here => {
            let platform: Platform = firing
                .room_platform
                .parse()
                .map_err(|_| anyhow::anyhow!("unknown platform {}", firing.room_platform))?;
            (Some(Destination::Room { platform, room_id: firing.room_id.clone() }), None)
        }
        ReminderTarget::Me => (Destination::direct(&creator_mention.identities, &firing.room_platform), Some(creator)),
        ReminderTarget::User => {
            let target = firing.target.as_ref().context("user reminder without a target")?;
            (Destination::direct(&firing.identities_of(target.id), &firing.room_platform), Some(target))
        }
    };
    let from = (spec.target != ReminderTarget::Me).then_some(creator_mention);
    let missed = now - due_at > grace;
    let msg = render::fired(&spec.text, from, missed.then_some(due_at));
    if let Some(destination) = destination {
        // A person reads their own language; a room, its body's.
        let locale = match reader {
            Some(reader) => reader.locale.clone(),
            None => tx.room_language(spec.room_key).await?,
        }
        .unwrap_or_else(|| config.default_language.clone());
        let reader_zone = reader.as_ref().and_then(|m| m.timezone.as_deref()?.parse().ok()).unwrap_or(zone);
        let outgoing = Outgoing { destination, reply: Reply::public(msg), locale, zone: reader_zone };
        tx.enqueue(
            &envelope(&outgoing, &format!("reminder:{}:{}", row.id, store::millis(due_at)))?,
            store::millis(now),
            store::millis(now),
        )
        .await?;
    }
    let next = match &spec.recurrence {
        Some(expr) => {
            let recurrence =
                Recurrence::from_stored(expr).map_err(|e| anyhow::anyhow!("stored recurrence {expr}: {e}"))?;
            let mut local = NaiveDateTime::parse_from_str(&spec.next_local, LOCAL_FORMAT)?;
            // After downtime, occurrences already past were reported by this one notice: move on.
            loop {
                match recurrence.next_local_after(local) {
                    Some(next) if place_local(zone, next) <= now => local = next,
                    other => break other,
                }
            }
        }
        None => None,
    };
    match next {
        Some(local) => {
            let at = store::millis(place_local(zone, local));
            tx.reschedule_reminder(row.id, at, &local_string(local)).await?;
            tx.schedule_job(REMINDER_JOB, row.id, at, store::millis(now)).await?;
        }
        None => tx.set_reminder_status(row.id, ReminderStatus::Done).await?,
    }
    Ok(())
}
