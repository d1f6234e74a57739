//! Scheduling meetings and series, listing and showing them, cancelling, and their reminders.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

use super::hooks::MeetingHook;
use super::model::{
    CancelMeeting, DmReminders, DmScope, EditMeeting, FeedRequest, MeetingRef, MoveMeeting, Occurrence, RepeatSpec,
    Rsvp, Schedule, Timing, successors,
};
use super::platform_calendar::{RefreshCalendar, RemoveFromCalendar, ShowInCalendar, occurrence_ended};
use super::render;
use crate::core::actor::{Platform, PlatformRoom, Role};
use crate::core::engine::{Ctx, EngineConfig, Outgoing};
use crate::core::error::{CommandError, CommandResult, ParseError, UserError};
use crate::core::permissions;
use crate::core::recurrence::{LocalKind, Recurrence, local_kind, place_local, planned_instant};
use crate::core::registry::{DueJob, JobHandler, Registry};
use crate::core::reply::{Block, Choice, Destination, Msg, Reply, Visibility};
use crate::i18n::words;
use crate::scheduler::envelope;
use crate::store::{self, JobKind, MeetingRow, Tx};

/// A meeting's next reminder falling due.
pub const MEETING_REMINDER_JOB: JobKind = JobKind("meeting-reminder");
/// An occurrence of a series shown in a platform calendar ends: show the next one.
pub const MEETING_CALENDAR_JOB: JobKind = JobKind("meeting-calendar");

pub(crate) const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";
/// A list shows this many meetings; `show` gives the rest.
const MAX_LISTED: usize = 50;
/// A refusal names this many of the times a schedule fires at, then "…".
const MAX_TIMES_NAMED: usize = 4;

pub(crate) fn timing(row: &MeetingRow) -> anyhow::Result<Timing> {
    Ok(Timing {
        zone: row.zone.parse().map_err(|_| anyhow::anyhow!("stored zone {}", row.zone))?,
        first: NaiveDateTime::parse_from_str(&row.first_local, LOCAL_FORMAT)?,
        duration: Duration::minutes(row.duration_min),
        recurrence: row
            .recurrence
            .as_deref()
            .map(Recurrence::from_stored)
            .transpose()
            .map_err(|e| anyhow::anyhow!("stored recurrence: {e}"))?,
        skipped: row
            .skipped
            .iter()
            .map(|l| NaiveDateTime::parse_from_str(l, LOCAL_FORMAT))
            .collect::<Result<_, _>>()?,
        moved: row
            .moved
            .iter()
            .map(|(f, t)| {
                Ok::<_, chrono::ParseError>((
                    NaiveDateTime::parse_from_str(f, LOCAL_FORMAT)?,
                    NaiveDateTime::parse_from_str(t, LOCAL_FORMAT)?,
                ))
            })
            .collect::<Result<_, _>>()?,
    })
}

fn offsets(row: &MeetingRow) -> Vec<Duration> {
    row.remind_offsets.iter().map(|m| Duration::minutes(*m)).collect()
}

/// The first occurrence of a series asked to begin at `from`: the first its rule gives on or after
/// that day, at the meeting's time. A series meets at one time of day, the meeting's; a rule that
/// names another (`--repeat "… at 15:00"` or a cron hour for a 14:00 meeting) is refused rather than
/// guessed at, since either time may be the one meant, and the members of six zones would then
/// meet at the other.
fn series_start(recurrence: &Recurrence, label: &str, from: NaiveDateTime) -> CommandResult<NaiveDateTime> {
    let times = recurrence.times_of_day();
    if times != [from.time()] {
        let mut named: Vec<String> =
            times.iter().take(MAX_TIMES_NAMED).map(|t| t.format("%H:%M").to_string()).collect();
        if times.len() > MAX_TIMES_NAMED {
            named.push("…".to_owned());
        }
        return Err(UserError::Refused(
            Msg::new("err-meeting-repeat-time")
                .code("time", from.time().format("%H:%M").to_string())
                .code("repeat", label)
                .code("other", named.join(", ")),
        )
        .into());
    }
    Ok(recurrence.first_local_after(from - Duration::minutes(1)).ok_or(ParseError::NeverFires)?)
}

pub async fn schedule(ctx: &Ctx<'_>, cmd: Schedule) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    let planned =
        plan(&mut tx, ctx, cmd, actor.body.as_ref().map(|b| b.id), actor.room_key, actor.room.clone()).await?;
    tx.commit().await?;
    Ok(planned.announce(ctx))
}

/// A meeting written in the transaction of the command that made it, and what to do and say once
/// that transaction has committed ([`Planned::announce`]).
pub(crate) struct Planned {
    pub id: i64,
    row: MeetingRow,
    cmd: Schedule,
    /// The first day asked for, which a series may begin after.
    asked: NaiveDateTime,
    first_at: DateTime<Utc>,
    /// Reminders of the first occurrence that were due already.
    passed: Vec<Duration>,
    room: PlatformRoom,
}

/// Writes a meeting (or series) of `body_id`, made in the room `room_key` (`room` as its platform
/// knows it), with the job of its first reminder, in the caller's transaction: `meeting schedule`,
/// and a scheduling poll's slot made a meeting (`when schedule`).
pub(crate) async fn plan(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    cmd: Schedule,
    body_id: Option<i64>,
    room_key: i64,
    room: PlatformRoom,
) -> CommandResult<Planned> {
    let now = ctx.clock.now();
    // A series begins on the first day its rule gives from the one asked for.
    let asked = cmd.first;
    let first = match &cmd.repeat {
        Some((recurrence, label)) => {
            planned_instant(cmd.zone, asked, now)?;
            series_start(recurrence, label, asked)?
        }
        None => asked,
    };
    let cmd = Schedule { first, ..cmd };
    let first_at = planned_instant(cmd.zone, cmd.first, now)?;
    let row = MeetingRow {
        id: 0,
        body_id,
        room_key,
        creator_id: ctx.actor.member_id,
        title: cmd.title.clone(),
        zone: cmd.zone.name().to_owned(),
        first_local: cmd.first.format(LOCAL_FORMAT).to_string(),
        first_at: store::millis(first_at),
        duration_min: cmd.duration.num_minutes(),
        recurrence: cmd.repeat.as_ref().map(|(r, _)| r.expression.clone()),
        repeat_label: cmd.repeat.as_ref().map(|(_, label)| label.clone()),
        remind_offsets: cmd.remind.iter().map(Duration::num_minutes).collect(),
        link: cmd.link.clone(),
        dial: cmd.dial.clone(),
        active: true,
        skipped: Vec::new(),
        moved: Vec::new(),
    };
    let id = tx.insert_meeting(&row, ctx.now_ms()).await?;
    let first = timing(&row)?.occurrences().next().map(|o| o.starts).unwrap_or(first_at);
    let passed: Vec<Duration> = cmd.remind.iter().copied().filter(|offset| first - *offset <= now).collect();
    if let Some((at, _)) = timing(&row)?.next_reminder(&cmd.remind, now) {
        tx.schedule_job(MEETING_REMINDER_JOB, id, store::millis(at), ctx.now_ms()).await?;
    }
    Ok(Planned { id, row, cmd, asked, first_at, passed, room })
}

impl Planned {
    /// Once the meeting's transaction has committed: wakes the scheduler, shows the meeting in the
    /// platform's calendar, and says what was scheduled, with "will you come?" choices.
    pub(crate) fn announce(self, ctx: &Ctx<'_>) -> Reply {
        let Planned { id, row, cmd, asked, first_at, passed, room } = self;
        ctx.jobs_changed();
        let repeat = render::repeat(&row);
        let mut reply = Reply::public(render::scheduled(id, &cmd.title, first_at, repeat.clone()));
        if let Some(repeat) = repeat.filter(|_| cmd.first.date() != asked.date()) {
            reply = reply.with(Block::Paragraph(render::starts_later(asked.date(), repeat, first_at)));
        }
        if local_kind(cmd.zone, cmd.first) == LocalKind::Ambiguous {
            // Documented choice: a wall-clock time that happens twice means the first of the two.
            reply = reply.with(Block::Paragraph(
                Msg::new("meeting-ambiguous")
                    .code("local", cmd.first.format("%Y-%m-%d %H:%M").to_string())
                    .code("zone", cmd.zone.name()),
            ));
        }
        if !passed.is_empty() {
            reply = reply.with(Block::Paragraph(render::reminders_passed(&passed, row.recurrence.is_some())));
        }
        ctx.after_commit(ShowInCalendar { id, row, starts: first_at, room });
        reply.with(Block::Choices(render::rsvp_choices(id)))
    }
}

pub async fn list(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let now = ctx.clock.now();
    let mut tx = ctx.store.read().await?;
    let rows = tx.active_meetings(actor.body.as_ref().map(|b| b.id), actor.room_key).await?;
    tx.commit().await?;
    let mut upcoming = Vec::new();
    for row in rows {
        if let Some(next) = timing(&row)?.current_or_next(now) {
            upcoming.push((next.starts, row));
        }
    }
    if upcoming.is_empty() {
        return Ok(Reply::public(Msg::new("meetings-none")));
    }
    upcoming.sort_by_key(|(at, row)| (*at, row.id));
    let count = upcoming.len() as i64;
    let lines = upcoming.iter().take(MAX_LISTED).map(|(at, row)| render::line(row, *at)).collect();
    Ok(Reply::public(Msg::new("meetings-title").num("count", count)).with(Block::List(lines)))
}

/// The meetings here whose number or title matches what was typed so far, as `(label, "#id")`.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let rows = tx.active_meetings(actor.body.as_ref().map(|b| b.id), actor.room_key).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(rows.iter().map(|m| (m.id, m.title.as_str())), typed, limit))
}

/// A meeting the actor may see: one of their room's body, or of this very room. In a direct
/// conversation with the bot (where meeting reminders arrive by DM), also one of any body the
/// actor is a member of; anyone else who gets its reminders by DM is told which room it is in.
pub(crate) async fn visible(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<MeetingRow> {
    match tx.meeting(id).await?.filter(|m| m.active) {
        Some(row) if reaches(tx, ctx, &row).await? => Ok(row),
        _ => Err(UserError::NotFound { kind: "meeting", id: format!("#{id}") }.into()),
    }
}

/// Whether the actor reaches `row` where they are (see [`visible`]); the refusal that points to
/// the meeting's room for someone who only gets its reminders by DM.
async fn reaches(tx: &mut Tx, ctx: &Ctx<'_>, row: &MeetingRow) -> CommandResult<bool> {
    let actor = ctx.actor;
    if actor.is_global_admin
        || row.room_key == actor.room_key
        || (row.body_id.is_some() && row.body_id == actor.body.as_ref().map(|b| b.id))
    {
        return Ok(true);
    }
    if !actor.room.is_direct {
        return Ok(false);
    }
    if let Some(body) = row.body_id {
        let roles = permissions::parse_roles(&tx.roles_in(body, actor.member_id).await?);
        if roles.iter().any(|r| *r >= Role::Member) {
            return Ok(true);
        }
    }
    // Someone who gets the meeting's reminders here knows it: they are told where to act on it.
    let readers = tx.dm_reminder_readers(row).await?;
    if readers.iter().any(|(reader, _)| reader.id == actor.member_id) {
        let room = tx.room_name(row.room_key).await?.unwrap_or_default();
        let msg = Msg::new("err-meeting-answer-in-room").num("id", row.id).text("room", room);
        return Err(UserError::Refused(msg).into());
    }
    Ok(false)
}

pub async fn show(ctx: &Ctx<'_>, cmd: MeetingRef) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.read().await?;
    let row = visible(&mut tx, ctx, cmd.id).await?;
    let zones = match row.body_id {
        Some(body) => tx.member_zones(body).await?,
        None => Vec::new(),
    };
    let Some(next) = timing(&row)?.current_or_next(now) else {
        tx.commit().await?;
        return Ok(Reply::public(Msg::new("meeting-over").num("id", row.id)));
    };
    let answers = tx.rsvp_counts(row.id, &next.id(row.id).key(), row.body_id).await?;
    let mut added = Vec::new();
    for hook in ctx.registry.hooks::<dyn MeetingHook>() {
        added.extend(hook.show_lines(&mut tx, &row, &next).await?);
    }
    tx.commit().await?;
    let mut details = vec![
        Msg::new("meeting-show-when")
            .time("time", next.starts)
            .phrase("duration", words::duration(Duration::minutes(row.duration_min))),
    ];
    if let Some(repeat) = render::repeat(&row) {
        details.push(Msg::new("meeting-show-repeat").phrase("repeat", repeat));
    }
    if let Some(link) = &row.link {
        details.push(Msg::new("meeting-show-link").code("link", link));
    }
    if let Some(dial) = &row.dial {
        details.push(Msg::new("meeting-show-dial").text("dial", dial));
    }
    let count = |answer: &str| answers.iter().find(|(a, _)| a == answer).map(|(_, n)| *n).unwrap_or(0);
    details.push(
        Msg::new("meeting-show-rsvps").num("yes", count("yes")).num("maybe", count("maybe")).num("no", count("no")),
    );
    let mut reply = Reply::public(Msg::new("meeting-show-title").num("id", row.id).text("title", &row.title))
        .with(Block::List(details));
    for block in added {
        reply = reply.with(block);
    }
    let in_zones: Vec<Msg> = zones
        .iter()
        .filter_map(|z| z.parse::<Tz>().ok())
        .map(|zone| Msg::new("meeting-show-zone").code("zone", zone.name()).time_in("local", next.starts, zone))
        .collect();
    if !in_zones.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("meeting-show-zones"))).with(Block::List(in_zones));
    }
    Ok(reply)
}

/// Refuses, with the message `key` (which names the body), a person with no role in the meeting's
/// body: only its members answer for a meeting or add to its agenda. A meeting of a room without a
/// body takes everyone.
pub async fn require_body_member(tx: &mut Tx, ctx: &Ctx<'_>, row: &MeetingRow, key: &str) -> CommandResult<()> {
    let Some(body_id) = row.body_id else { return Ok(()) };
    if !tx.roles_in(body_id, ctx.actor.member_id).await?.is_empty() {
        return Ok(());
    }
    let short = tx.body_quorum_rule(body_id).await?.map(|(short, _)| short).unwrap_or_default();
    Err(UserError::Refused(Msg::new(key).num("id", row.id).code("body", short)).into())
}

/// `meeting rsvp ID ANSWER [--date DATE]`: the answer of a member of the meeting's body for one
/// occurrence, by default the one under way or next to come. Members are those with a role in the
/// body, as attendance counts them; a meeting of a room without a body counts everyone.
pub async fn rsvp(ctx: &Ctx<'_>, cmd: Rsvp) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let row = visible(&mut tx, ctx, cmd.id).await?;
    require_body_member(&mut tx, ctx, &row, "err-meeting-rsvp-not-member").await?;
    let timing = timing(&row)?;
    let occurrence = match cmd.date {
        Some(date) => occurrence_on(&row, &timing, date, now)?,
        None => {
            timing.current_or_next(now).ok_or_else(|| UserError::Refused(Msg::new("meeting-over").num("id", row.id)))?
        }
    };
    tx.set_rsvp(row.id, &occurrence.id(row.id).key(), ctx.actor.member_id, cmd.answer, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::private(
        Msg::new("meeting-rsvp-set")
            .num("id", row.id)
            .text("title", &row.title)
            .time("time", occurrence.starts)
            .code("answer", cmd.answer),
    ))
}

pub async fn dm_reminders(ctx: &Ctx<'_>, cmd: DmReminders) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    // The reply names what the switch is about: one meeting, or the body's meetings.
    let (scope, scope_id, named) = match cmd.scope {
        DmScope::Meeting(id) => {
            let row = visible(&mut tx, ctx, id).await?;
            ("meeting", row.id, Msg::new("").num("id", row.id).text("title", &row.title))
        }
        DmScope::Body => {
            let body = actor.body.as_ref().ok_or_else(|| UserError::Refused(Msg::new("err-meeting-dm-no-body")))?;
            ("body", body.id, Msg::new("").code("body", &body.short))
        }
    };
    let state = if cmd.on {
        tx.opt_in_dm(actor.member_id, scope, scope_id, actor.user.platform.as_str(), ctx.now_ms()).await?;
        "on"
    } else if tx.opt_out_dm(actor.member_id, scope, scope_id).await? {
        "off"
    } else {
        "was-off"
    };
    tx.commit().await?;
    Ok(Reply::private(Msg { key: format!("meeting-dm-{state}-{scope}"), ..named }))
}

/// Where calendar applications subscribe to the body's meetings. The address carries a secret
/// (calendar applications cannot sign in), so it is given privately; staff can replace it.
pub async fn feed(ctx: &Ctx<'_>, cmd: FeedRequest) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let body = actor.body.as_ref().ok_or_else(|| UserError::Refused(Msg::new("err-meeting-dm-no-body")))?;
    let Some(base) = &ctx.config.feed_url else {
        return Err(UserError::Refused(Msg::new("err-meeting-feed-off")).into());
    };
    if cmd.reset {
        permissions::require_here(actor, Role::Staff)?;
    }
    let mut tx = ctx.store.begin().await?;
    let token = match tx.feed_token(body.id).await? {
        Some(token) if !cmd.reset => token,
        _ => {
            let token = hex::encode(rand::random::<[u8; 16]>());
            tx.set_feed_token(body.id, &token, ctx.now_ms()).await?;
            token
        }
    };
    tx.commit().await?;
    let url = format!("{}/calendar/{token}.ics", base.trim_end_matches('/'));
    let msg = if cmd.reset { "meeting-feed-reset" } else { "meeting-feed" };
    Ok(Reply::private(Msg::new(msg).code("body", &body.short).code("url", url)))
}

/// A meeting the actor may change: their own, or any of their body when they are staff.
pub(crate) async fn changeable(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<MeetingRow> {
    let actor = ctx.actor;
    let row = visible(tx, ctx, id).await?;
    let is_staff_here = row.body_id.is_some()
        && row.body_id == actor.body.as_ref().map(|b| b.id)
        && actor.top_role().is_some_and(|r| r >= Role::Staff);
    if row.creator_id != actor.member_id && !is_staff_here && !actor.is_global_admin {
        return Err(UserError::Refused(Msg::new("err-meeting-not-yours").num("id", row.id)).into());
    }
    Ok(row)
}

/// The occurrence on `date` still to come, or the message saying there is none.
pub(crate) fn occurrence_on(
    row: &MeetingRow,
    timing: &Timing,
    date: NaiveDate,
    now: DateTime<Utc>,
) -> CommandResult<Occurrence> {
    timing.occurrence_on(date, now).ok_or_else(|| UserError::Refused(no_occurrence(row, date)).into())
}

fn no_occurrence(row: &MeetingRow, date: NaiveDate) -> Msg {
    Msg::new("err-meeting-no-occurrence").num("id", row.id).code("date", date.to_string())
}

/// Plans a meeting's reminders again after one of its occurrences changed.
async fn replan_reminders(tx: &mut Tx, row: &MeetingRow, timing: &Timing, now: DateTime<Utc>) -> anyhow::Result<()> {
    tx.cancel_jobs_for(MEETING_REMINDER_JOB, row.id, store::millis(now)).await?;
    if let Some((at, _)) = timing.next_reminder(&offsets(row), now) {
        tx.schedule_job(MEETING_REMINDER_JOB, row.id, store::millis(at), store::millis(now)).await?;
    }
    Ok(())
}

/// Commits a change to when a meeting's occurrences are: its reminders are planned again in the
/// same transaction, and its platform calendar entries follow once it is committed.
async fn commit_timing_change(ctx: &Ctx<'_>, mut tx: Tx, id: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
    let row = tx.meeting(id).await?.ok_or_else(|| anyhow::anyhow!("meeting {id} vanished in its transaction"))?;
    replan_reminders(&mut tx, &row, &timing(&row)?, now).await?;
    let events = tx.meeting_events(id).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.after_commit(RefreshCalendar { row, events });
    Ok(())
}

/// The refusal for an occurrence that would run into `other`, another of its series.
fn clash(row: &MeetingRow, other: &Occurrence) -> CommandError {
    UserError::Refused(Msg::new("err-meeting-clash").num("id", row.id).time("time", other.starts)).into()
}

pub async fn move_occurrence(ctx: &Ctx<'_>, cmd: MoveMeeting) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let row = changeable(&mut tx, ctx, cmd.id).await?;
    let timing = timing(&row)?;
    let occurrence = occurrence_on(&row, &timing, cmd.date, now)?;
    let starts = planned_instant(timing.zone, cmd.to, now)?;
    // Occurrences are named by their day: a second one that day, or one overlapping another, would
    // leave one of them (and its agenda) out of reach.
    if let Some(other) = timing.clash(occurrence.planned, cmd.to) {
        return Err(clash(&row, &other));
    }
    tx.move_occurrence(row.id, &occurrence.id(row.id).key(), &cmd.to.format(LOCAL_FORMAT).to_string()).await?;
    commit_timing_change(ctx, tx, row.id, now).await?;
    Ok(Reply::public(
        Msg::new("meeting-moved")
            .num("id", row.id)
            .text("title", &row.title)
            .time("from", occurrence.starts)
            .time("to", starts),
    ))
}

/// The occurrences cancelled or moved one by one that a new timing would put back in the series,
/// as lines naming each: those still to come, but for `kept`, the occurrence under way.
fn exceptions_reset(old: &Timing, kept: Option<NaiveDateTime>, now: DateTime<Utc>) -> Vec<Msg> {
    let at = |local: NaiveDateTime| place_local(old.zone, local);
    let to_come = |local: NaiveDateTime| at(local) + old.duration > now;
    let mut lines: Vec<(NaiveDateTime, Msg)> = old
        .skipped
        .iter()
        .filter(|planned| Some(**planned) != kept)
        .filter(|planned| {
            let moved_to = old.moved.iter().find(|(from, _)| from == *planned).map(|(_, to)| *to);
            to_come(**planned) || moved_to.is_some_and(to_come)
        })
        .map(|planned| (*planned, Msg::new("meeting-edit-confirm-cancelled").time("time", at(*planned))))
        .collect();
    lines.extend(
        old.moved
            .iter()
            .filter(|(from, to)| Some(*from) != kept && !old.skipped.contains(from) && (to_come(*from) || to_come(*to)))
            .map(|(from, to)| {
                (*from, Msg::new("meeting-edit-confirm-moved").time("from", at(*from)).time("to", at(*to)))
            }),
    );
    lines.sort_by_key(|(planned, _)| *planned);
    lines.into_iter().map(|(_, line)| line).collect()
}

/// After a meeting's timing changed, the answers of each coming occurrence follow it as its agenda
/// does (`successors`), in two steps so that answers moving onto an occurrence that others are
/// leaving never mix with them.
async fn follow_answers(tx: &mut Tx, id: i64, old: &Timing, new: &Timing, now: DateTime<Utc>) -> anyhow::Result<()> {
    let keys = tx.rsvp_occurrences(id).await?;
    let pairs = successors(old, new, now, &keys);
    for (from, _) in &pairs {
        tx.move_rsvps(id, from, &format!("moving:{from}")).await?;
    }
    for (from, to) in &pairs {
        tx.move_rsvps(id, &format!("moving:{from}"), to).await?;
    }
    Ok(())
}

pub async fn edit(ctx: &Ctx<'_>, cmd: EditMeeting) -> CommandResult<Reply> {
    if cmd.is_empty() {
        return Err(UserError::Refused(Msg::new("err-meeting-edit-nothing").num("id", cmd.id)).into());
    }
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let row = changeable(&mut tx, ctx, cmd.id).await?;
    let old = timing(&row)?;
    let mut new = row.clone();
    if let Some(title) = &cmd.title {
        new.title = title.clone();
    }
    if let Some(duration) = cmd.duration {
        new.duration_min = duration.num_minutes();
    }
    if let Some(remind) = &cmd.remind {
        new.remind_offsets = remind.iter().map(Duration::num_minutes).collect();
    }
    if let Some(link) = &cmd.link {
        new.link = link.clone();
    }
    if let Some(dial) = &cmd.dial {
        new.dial = dial.clone();
    }
    // The occurrence under way when a series' timing changes keeps its time, and the change
    // applies from the next one: moving a meeting while it is held would split its roll call,
    // agenda and answers from it.
    let mut kept: Option<Occurrence> = None;
    // The day asked for, when the series' rule begins later than it.
    let mut begins_later: Option<NaiveDate> = None;
    let mut reset = Vec::new();
    if cmd.changes_timing() {
        let under_way = old.under_way(now);
        // A single meeting has no next occurrence to apply the change from; nor has a series that
        // becomes one (`--once`), as a single meeting cannot keep the occurrence under way besides.
        let refusal = match (&old.recurrence, &cmd.repeat) {
            (None, _) => Some("err-meeting-under-way"),
            (Some(_), Some(None)) => Some("err-meeting-once-under-way"),
            _ => None,
        };
        if let (Some(current), Some(key)) = (under_way, refusal) {
            let msg = Msg::new(key).num("id", row.id).time("time", current.starts + old.duration);
            return Err(UserError::Refused(msg).into());
        }
        let zone = cmd.zone.unwrap_or(old.zone);
        let time = cmd.time.unwrap_or(old.first.time());
        // A series changes from its coming occurrence on (after the one under way); a single
        // meeting keeps its day.
        let date = match (cmd.date, &old.recurrence) {
            (Some(date), _) => date,
            (None, Some(_)) => {
                // Its exceptions are reset: it goes on from the next occurrence its rule plans.
                let planned = Timing { skipped: Vec::new(), moved: Vec::new(), ..old.clone() };
                planned.occurrences().find(|o| o.starts > now).map(|o| o.local.date()).unwrap_or(old.first.date())
            }
            (None, None) => old.first.date(),
        };
        let repeat = match &cmd.repeat {
            Some(spec) => spec.clone(),
            None => row.repeat_label.as_deref().map(RepeatSpec::from_label),
        };
        let asked = date.and_time(time);
        planned_instant(zone, asked, now)?;
        let repeat = repeat.map(|spec| spec.build(asked)).transpose()?;
        let first = match &repeat {
            Some((recurrence, label)) => {
                let first = series_start(recurrence, label, asked)?;
                if cmd.date.is_some() && first.date() != asked.date() {
                    begins_later = Some(asked.date());
                }
                first
            }
            None => asked,
        };
        let first_at = planned_instant(zone, first, now)?;
        new.zone = zone.name().to_owned();
        new.first_local = first.format(LOCAL_FORMAT).to_string();
        new.first_at = store::millis(first_at);
        new.recurrence = repeat.as_ref().map(|(r, _)| r.expression.clone());
        new.repeat_label = repeat.map(|(_, label)| label);
        // Exceptions name occurrences of the old timing; they do not carry over.
        new.skipped.clear();
        new.moved.clear();
        if let Some(current) = under_way {
            // Kept as an exception of the new timing, under its own identity, at its instant on
            // the new zone's clock.
            let local = current.starts.with_timezone(&zone).naive_local();
            new.moved.push((current.id(row.id).key(), local.format(LOCAL_FORMAT).to_string()));
            let with_it = timing(&new)?;
            let other = with_it
                .clash(current.planned, local)
                .map(|o| o.starts)
                .or_else(|| with_it.plans(current.planned).then(|| place_local(zone, current.planned)));
            if let Some(other) = other {
                let msg = Msg::new("err-meeting-edit-under-way-clash")
                    .num("id", row.id)
                    .time("time", current.starts)
                    .time("other", other);
                return Err(UserError::Refused(msg).into());
            }
            kept = Some(current);
        }
        reset = exceptions_reset(&old, kept.map(|o| o.planned), now);
        if !reset.is_empty() && !cmd.confirmed {
            // Nothing is written: the reply asks first, and its choice runs the same edit confirmed.
            tx.rollback().await?;
            let confirm =
                Choice { command: cmd.confirmed_line(), label: Msg::new("meeting-confirm-edit"), emoji: None };
            return Ok(Reply::public(
                Msg::new("meeting-edit-confirm")
                    .num("id", row.id)
                    .text("title", &row.title)
                    .num("count", reset.len() as i64),
            )
            .with(Block::List(reset))
            .with(Block::Choices(vec![confirm])));
        }
    }
    tx.update_meeting(&new).await?;
    let timing = timing(&new)?;
    if cmd.changes_timing() {
        follow_answers(&mut tx, new.id, &old, &timing, now).await?;
        for hook in ctx.registry.hooks::<dyn MeetingHook>() {
            hook.timing_changed(&mut tx, new.id, &old, &timing, now).await?;
        }
    }
    commit_timing_change(ctx, tx, new.id, now).await?;
    let next = match kept {
        Some(_) => timing.occurrences().find(|o| o.starts > now),
        None => timing.current_or_next(now),
    };
    let reply = match next {
        Some(next) => Msg::new("meeting-edited").num("id", new.id).text("title", &new.title).time("time", next.starts),
        None => Msg::new("meeting-edited-over").num("id", new.id).text("title", &new.title),
    };
    let mut reply = Reply::public(reply);
    if let Some(current) = kept {
        reply = reply.with(Block::Paragraph(Msg::new("meeting-edited-under-way").time("time", current.starts)));
    }
    if let (Some(asked), Some(repeat), Some(next)) = (begins_later, render::repeat(&new), next) {
        reply = reply.with(Block::Paragraph(render::starts_later(asked, repeat, next.starts)));
    }
    if !reset.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("meeting-edited-exceptions")));
    }
    Ok(reply)
}

pub async fn cancel(ctx: &Ctx<'_>, cmd: CancelMeeting) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    // Cancelled already: said to whoever would have reached it, as `visible` decides.
    if let Some(row) = tx.meeting(cmd.id).await?.filter(|m| !m.active)
        && reaches(&mut tx, ctx, &row).await?
    {
        let msg = Msg::new("meeting-already-cancelled").num("id", row.id).text("title", &row.title);
        return Err(UserError::Refused(msg).into());
    }
    let row = changeable(&mut tx, ctx, cmd.id).await?;
    let timing = timing(&row)?;
    if let Some(date) = cmd.date {
        // One occurrence: the upcoming one on that date, in the meeting's zone.
        let Some(occurrence) = timing.occurrence_on(date, now) else {
            // Cancelled already, or never there.
            let all = Timing { skipped: Vec::new(), ..timing.clone() };
            let msg = match all.occurrence_on(date, now) {
                Some(cancelled) => Msg::new("meeting-occurrence-already-cancelled")
                    .num("id", row.id)
                    .text("title", &row.title)
                    .time("time", cancelled.starts),
                None => no_occurrence(&row, date),
            };
            return Err(UserError::Refused(msg).into());
        };
        tx.skip_occurrence(row.id, &occurrence.id(row.id).key()).await?;
        commit_timing_change(ctx, tx, row.id, now).await?;
        return Ok(Reply::public(
            Msg::new("meeting-occurrence-cancelled")
                .num("id", row.id)
                .text("title", &row.title)
                .time("time", occurrence.starts),
        ));
    }
    if let (Some(label), Some(next), false) = (&row.repeat_label, timing.current_or_next(now), cmd.confirmed) {
        // A whole series cannot be brought back: the reply says what goes, and its choice confirms.
        tx.rollback().await?;
        let confirm = Choice {
            command: format!("meeting cancel #{} --yes", row.id),
            label: Msg::new("meeting-confirm-cancel"),
            emoji: None,
        };
        return Ok(Reply::public(
            Msg::new("meeting-cancel-confirm")
                .num("id", row.id)
                .text("title", &row.title)
                .code("repeat", label)
                .time("time", next.starts),
        )
        .with(Block::Choices(vec![confirm])));
    }
    tx.cancel_meeting(row.id).await?;
    tx.cancel_jobs_for(MEETING_REMINDER_JOB, row.id, ctx.now_ms()).await?;
    let events = tx.take_meeting_events(row.id).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.after_commit(RemoveFromCalendar { meeting_id: row.id, events });
    Ok(Reply::public(Msg::new("meeting-cancelled").num("id", row.id).text("title", &row.title)))
}

/// Posts meeting reminders as their jobs fall due.
pub struct FireMeetingReminder;

#[async_trait::async_trait]
impl JobHandler for FireMeetingReminder {
    fn kind(&self) -> &'static str {
        MEETING_REMINDER_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        fire(job.tx, job.registry, job.job.ref_id, job.due, job.now, job.config).await
    }
}

/// Moves a series' platform calendar entries on to its next occurrence as one ends.
pub struct FollowSeriesInCalendar;

#[async_trait::async_trait]
impl JobHandler for FollowSeriesInCalendar {
    fn kind(&self) -> &'static str {
        MEETING_CALENDAR_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        if let Some(refresh) = occurrence_ended(job.tx, job.job.ref_id, job.now).await? {
            job.effects.push(refresh);
        }
        Ok(())
    }
}

/// A meeting reminder falling due: posted to the body's rooms unless the meeting has already
/// begun (after downtime), then the next reminder of the series is planned.
async fn fire(
    tx: &mut Tx,
    registry: &Registry,
    meeting_id: i64,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
    config: &EngineConfig,
) -> anyhow::Result<()> {
    let Some(row) = tx.meeting(meeting_id).await?.filter(|m| m.active) else { return Ok(()) };
    let timing = timing(&row)?;
    let offsets = offsets(&row);
    let Some((_, occurrence)) = timing.next_reminder(&offsets, due_at - Duration::milliseconds(1)) else {
        return Ok(());
    };
    if now < occurrence.starts {
        let mut reminder = Reply::public(render::reminder(&row, occurrence.starts, now));
        for hook in registry.hooks::<dyn MeetingHook>() {
            for block in hook.reminder_lines(tx, &row, &occurrence).await? {
                reminder = reminder.with(block);
            }
        }
        for (reader, platform) in tx.dm_reminder_readers(&row).await? {
            let Some(destination) = Destination::direct(&tx.identities_of(reader.id).await?, &platform) else {
                continue;
            };
            let outgoing = Outgoing {
                destination,
                reply: Reply { visibility: Visibility::Private, ..reminder.clone() },
                locale: reader.locale.clone().unwrap_or_else(|| config.default_language.clone()),
                zone: reader.timezone.as_deref().and_then(|z| z.parse().ok()).unwrap_or(config.default_timezone),
            };
            let key = format!("meeting:{}:{}:dm:{}", row.id, store::millis(due_at), reader.id);
            tx.enqueue(&envelope(&outgoing, &key)?, store::millis(now), store::millis(now)).await?;
        }
        // Rooms read the body's language, and the time on the meeting's own clock.
        let room_language = match row.body_id {
            Some(body) => tx.body_language(body).await?,
            None => None,
        }
        .unwrap_or_else(|| config.default_language.clone());
        for (platform, room_id) in tx.meeting_rooms(&row).await? {
            let Ok(platform) = platform.parse::<Platform>() else { continue };
            let outgoing = Outgoing {
                destination: Destination::Room { platform, room_id: room_id.clone() },
                reply: reminder.clone(),
                locale: room_language.clone(),
                zone: timing.zone,
            };
            let key = format!("meeting:{}:{}:{platform}:{room_id}", row.id, store::millis(due_at));
            tx.enqueue(&envelope(&outgoing, &key)?, store::millis(now), store::millis(now)).await?;
        }
    }
    if let Some((at, _)) = timing.next_reminder(&offsets, due_at.max(now)) {
        tx.schedule_job(MEETING_REMINDER_JOB, row.id, store::millis(at), store::millis(now)).await?;
    }
    Ok(())
}
