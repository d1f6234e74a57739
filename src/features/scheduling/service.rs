//! Scheduling polls: making one, answering it, reading its answers and result, closing it (by
//! hand or at its deadline, a `when-close` job that posts the result to its room) and making its
//! best slot a meeting through the meetings feature's own path.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;

use super::model::*;
use super::render;
use crate::core::actor::{Actor, Platform, PlatformRoom, Role};
use crate::core::engine::{Ctx, EngineConfig, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::recurrence::{LocalKind, local_kind, planned_instant};
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Block, Destination, Msg, Reply};
use crate::features::bodies::{require_in, target_body};
use crate::features::meetings::{self, LOCAL_FORMAT, Schedule};
use crate::features::members;
use crate::scheduler::envelope;
use crate::store::{self, BodyRow, JobKind, SchedulingPollRow, Tx};

/// A poll's deadline falling due: it closes, and its result is posted to its room.
pub const CLOSE_JOB: JobKind = JobKind("when-close");

/// One candidate slot: its number (from 1, in order of time), its wall-clock time in the poll's
/// zone, and its instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub number: i64,
    pub local: NaiveDateTime,
    pub starts: DateTime<Utc>,
}

/// A poll with its zone and slots read.
#[derive(Debug, Clone)]
pub struct Poll {
    pub row: SchedulingPollRow,
    pub zone: Tz,
    pub slots: Vec<Slot>,
}

impl Poll {
    /// Whether it still takes answers at `now`: open, and its deadline (if any) not passed.
    pub fn takes_answers(&self, now: DateTime<Utc>) -> bool {
        self.row.status == OPEN && self.row.closes_at.is_none_or(|at| store::millis(now) < at)
    }

    pub fn duration(&self) -> Duration {
        Duration::minutes(self.row.duration_min)
    }
}

/// Who answered what, and how each slot stands.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    /// Per slot, in order.
    pub tallies: Vec<Tally>,
    /// Each voter (by name) with an answer per slot, in order.
    pub voters: Vec<(String, Vec<Option<Answer>>)>,
    /// For a body's poll, the members who count and have not answered, by name; `None` for a
    /// room's poll, which anyone there may answer.
    pub silent: Option<Vec<String>>,
}

impl Answers {
    /// The slot that suits most, as an index into the poll's slots.
    pub fn best(&self, poll: &Poll) -> Option<usize> {
        let slots: Vec<(DateTime<Utc>, Tally)> =
            poll.slots.iter().zip(&self.tallies).map(|(slot, tally)| (slot.starts, *tally)).collect();
        best(&slots)
    }
}

async fn load(tx: &mut Tx, row: SchedulingPollRow) -> anyhow::Result<Poll> {
    let zone: Tz = row.zone.parse().map_err(|_| anyhow::anyhow!("stored zone {}", row.zone))?;
    let slots = tx
        .scheduling_slots(row.id)
        .await?
        .into_iter()
        .map(|s| {
            Ok(Slot {
                number: s.position,
                local: NaiveDateTime::parse_from_str(&s.local, LOCAL_FORMAT)?,
                starts: store::instant(s.starts_at),
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(Poll { row, zone, slots })
}

async fn answers_of(tx: &mut Tx, poll: &Poll) -> anyhow::Result<Answers> {
    let count = poll.slots.len();
    let mut answers = Answers { tallies: vec![Tally::default(); count], ..Answers::default() };
    let mut ids: Vec<i64> = Vec::new();
    for row in tx.scheduling_answers(poll.row.id).await? {
        if ids.last() != Some(&row.member_id) {
            ids.push(row.member_id);
            answers.voters.push((row.name.clone(), vec![None; count]));
        }
        let (Some(answer), Ok(i)) = (Answer::from_stored(&row.answer), usize::try_from(row.position - 1)) else {
            continue;
        };
        if i < count
            && let Some((_, own)) = answers.voters.last_mut()
        {
            own[i] = Some(answer);
            answers.tallies[i].add(answer);
        }
    }
    if let Some(body_id) = poll.row.body_id {
        let counted = members::counted_accounts(tx, body_id).await?;
        answers.silent = Some(counted.into_iter().filter(|(id, _)| !ids.contains(id)).map(|(_, name)| name).collect());
    }
    Ok(answers)
}

/// The polls the actor may see: one of their room's body or of this very room, and in a direct
/// conversation with the bot one of any body they belong to.
async fn visible(tx: &mut Tx, actor: &Actor, id: i64) -> CommandResult<SchedulingPollRow> {
    let not_found = || UserError::NotFound { kind: "when", id: format!("#{id}") };
    let row = tx.scheduling_poll(id).await?.ok_or_else(not_found)?;
    if actor.is_global_admin
        || row.room_key == actor.room_key
        || (row.body_id.is_some() && row.body_id == actor.body.as_ref().map(|b| b.id))
    {
        return Ok(row);
    }
    if actor.room.is_direct
        && let Some(body_id) = row.body_id
        && (!tx.roles_in(body_id, actor.member_id).await?.is_empty()
            || members::counted_record(tx, body_id, actor.member_id).await?.is_some())
    {
        return Ok(row);
    }
    Err(not_found().into())
}

/// The body of a poll, for role checks.
fn body_of(row: &SchedulingPollRow) -> Option<BodyRow> {
    let id = row.body_id?;
    Some(BodyRow { id, name: String::new(), short: row.body_short.clone().unwrap_or_default() })
}

/// Refuses anyone but the poll's maker, staff of its body and administrators.
async fn require_maker_or_staff(tx: &mut Tx, actor: &Actor, row: &SchedulingPollRow) -> CommandResult<()> {
    if actor.is_global_admin || row.creator_id == actor.member_id {
        return Ok(());
    }
    if let Some(body) = body_of(row)
        && require_in(tx, actor, &body, Role::Staff).await.is_ok()
    {
        return Ok(());
    }
    Err(UserError::Refused(Msg::new("err-when-not-yours").num("id", row.id)).into())
}

/// Refuses, for a body's poll, anyone who does not count as a member of the body (a record in
/// good standing, as quorum counts them). A room's poll takes everyone who sees it.
async fn require_voter(tx: &mut Tx, actor: &Actor, row: &SchedulingPollRow) -> CommandResult<()> {
    let Some(body_id) = row.body_id else { return Ok(()) };
    if members::counted_record(tx, body_id, actor.member_id).await?.is_some() {
        return Ok(());
    }
    let short = row.body_short.clone().unwrap_or_default();
    Err(UserError::Refused(Msg::new("err-when-not-voter").num("id", row.id).code("body", short)).into())
}

/// The slots as given, each placed in the zone (a time the clocks skip, or one already past, is
/// refused), in order of time; a poll takes `MIN_SLOTS` to `MAX_SLOTS` different ones.
fn place_slots(cmd: &WhenCreate, now: DateTime<Utc>) -> CommandResult<Vec<(NaiveDateTime, DateTime<Utc>)>> {
    let count = cmd.slots.len();
    if !(MIN_SLOTS..=MAX_SLOTS).contains(&count) {
        return Err(UserError::Refused(
            Msg::new("err-when-slot-count")
                .num("min", MIN_SLOTS as i64)
                .num("max", MAX_SLOTS as i64)
                .num("count", count as i64),
        )
        .into());
    }
    for (i, slot) in cmd.slots.iter().enumerate() {
        if cmd.slots[..i].contains(slot) {
            let shown = slot.format("%Y-%m-%d %H:%M").to_string();
            return Err(UserError::Refused(Msg::new("err-when-slot-twice").code("slot", shown)).into());
        }
    }
    let mut placed = Vec::with_capacity(count);
    for slot in &cmd.slots {
        placed.push((*slot, planned_instant(cmd.zone, *slot, now)?));
    }
    placed.sort_by_key(|(_, at)| *at);
    Ok(placed)
}

/// `when "TITLE" --slots …`: a member of the room's body makes a poll of it; staff of another
/// body (`--body`) one of that body. In a room without a body, anyone makes one the room answers.
pub async fn create(ctx: &Ctx<'_>, cmd: WhenCreate) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let body = match (&cmd.body, &actor.body) {
        (Some(short), _) => {
            let body = target_body(&mut tx, actor, Some(short)).await?;
            let here = actor.body.as_ref().is_some_and(|b| b.id == body.id);
            require_in(&mut tx, actor, &body, if here { Role::Member } else { Role::Staff }).await?;
            Some(body)
        }
        (None, Some(_)) => {
            let body = target_body(&mut tx, actor, None).await?;
            require_in(&mut tx, actor, &body, Role::Member).await?;
            Some(body)
        }
        (None, None) => None,
    };
    let slots = place_slots(&cmd, now)?;
    let first = slots.first().map(|(_, at)| *at).unwrap_or(now);
    let closes_at = match cmd.closes {
        None => None,
        Some(Closes::In(span)) => Some(now + span),
        Some(Closes::At(local)) => Some(planned_instant(cmd.zone, local, now)?),
    };
    if let Some(closes) = closes_at.filter(|at| *at >= first) {
        return Err(
            UserError::Refused(Msg::new("err-when-closes-late").time("closes", closes).time("first", first)).into()
        );
    }
    let row = SchedulingPollRow {
        id: 0,
        body_id: body.as_ref().map(|b| b.id),
        body_short: body.as_ref().map(|b| b.short.clone()),
        room_key: actor.room_key,
        creator_id: actor.member_id,
        title: cmd.title.clone(),
        zone: cmd.zone.name().to_owned(),
        duration_min: cmd.duration.num_minutes(),
        closes_at: closes_at.map(store::millis),
        status: OPEN.to_owned(),
        meeting_id: None,
        created_at: store::millis(now),
        closed_at: None,
    };
    let stored: Vec<(i64, String)> =
        slots.iter().map(|(local, at)| (store::millis(*at), local.format(LOCAL_FORMAT).to_string())).collect();
    let id = tx.insert_scheduling_poll(&row, &stored, ctx.now_ms()).await?;
    if let Some(at) = closes_at {
        tx.schedule_job(CLOSE_JOB, id, store::millis(at), ctx.now_ms()).await?;
    }
    tx.commit().await?;
    ctx.jobs_changed();
    let placed: Vec<Slot> = slots
        .iter()
        .enumerate()
        .map(|(i, (local, starts))| Slot { number: i as i64 + 1, local: *local, starts: *starts })
        .collect();
    let poll = Poll { row: SchedulingPollRow { id, ..row }, zone: cmd.zone, slots: placed };
    let ambiguous = poll.slots.iter().filter(|s| local_kind(poll.zone, s.local) == LocalKind::Ambiguous);
    let notes: Vec<Block> = ambiguous.map(|s| Block::Paragraph(render::ambiguous(s, poll.zone))).collect();
    Ok(render::created(&poll, notes))
}

/// `when show ID`: the slots in the reader's zone with their counts, and who answered what; once
/// closed, the result.
pub async fn show(ctx: &Ctx<'_>, cmd: WhenShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let row = visible(&mut tx, ctx.actor, cmd.id).await?;
    let poll = load(&mut tx, row).await?;
    let answers = answers_of(&mut tx, &poll).await?;
    tx.commit().await?;
    Ok(if poll.takes_answers(ctx.clock.now()) {
        render::open(&poll, &answers)
    } else {
        render::result(&poll, &answers)
    })
}

/// `when answer ID yes,maybe,no,…`: a voter's answer to every slot, in order; answering again
/// replaces them, until the poll closes.
pub async fn answer(ctx: &Ctx<'_>, cmd: WhenAnswer) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = visible(&mut tx, ctx.actor, cmd.id).await?;
    require_voter(&mut tx, ctx.actor, &row).await?;
    let poll = load(&mut tx, row).await?;
    if !poll.takes_answers(ctx.clock.now()) {
        return Err(UserError::Refused(Msg::new("err-when-not-open").num("id", poll.row.id)).into());
    }
    if cmd.answers.len() != poll.slots.len() {
        return Err(UserError::Refused(
            Msg::new("err-when-answer-count")
                .num("id", poll.row.id)
                .num("slots", poll.slots.len() as i64)
                .num("given", cmd.answers.len() as i64),
        )
        .into());
    }
    let words: Vec<&str> = cmd.answers.iter().map(|a| a.as_str()).collect();
    let again = tx.set_scheduling_answers(poll.row.id, ctx.actor.member_id, &words, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(render::answered(&poll, &cmd.answers, again))
}

/// `when close ID`: its maker or staff close the poll before its deadline; the result is the
/// reply, and is posted to the poll's room when closed from elsewhere.
pub async fn close(ctx: &Ctx<'_>, cmd: WhenClose) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = visible(&mut tx, ctx.actor, cmd.id).await?;
    require_maker_or_staff(&mut tx, ctx.actor, &row).await?;
    let now_ms = ctx.now_ms();
    if row.status != OPEN || !tx.close_scheduling_poll(row.id, now_ms).await? {
        return Err(not_open_to_close(&row).into());
    }
    tx.cancel_jobs_for(CLOSE_JOB, row.id, now_ms).await?;
    let row = SchedulingPollRow { status: CLOSED.to_owned(), closed_at: Some(now_ms), ..row };
    let poll = load(&mut tx, row).await?;
    let answers = answers_of(&mut tx, &poll).await?;
    let elsewhere = poll.row.room_key != ctx.actor.room_key;
    if elsewhere {
        post_result(&mut tx, ctx.config, &poll, &answers, now_ms).await?;
    }
    tx.commit().await?;
    ctx.jobs_changed();
    if elsewhere {
        ctx.outbox_changed();
    }
    Ok(render::closed(&poll, &answers))
}

/// Why a poll that is not open cannot be closed.
fn not_open_to_close(row: &SchedulingPollRow) -> UserError {
    match row.meeting_id {
        Some(meeting) if row.status == SCHEDULED => {
            UserError::Refused(Msg::new("err-when-scheduled").num("id", row.id).num("meeting", meeting))
        }
        _ => UserError::Refused(Msg::new("err-when-already-closed").num("id", row.id)),
    }
}

/// Posts a closed poll's result to the room it was made in, in the body's language and on the
/// poll's clock, through the outbox (once: its key names the poll).
async fn post_result(
    tx: &mut Tx,
    config: &EngineConfig,
    poll: &Poll,
    answers: &Answers,
    now_ms: i64,
) -> anyhow::Result<()> {
    let Some(room) = tx.room_by_key(poll.row.room_key).await? else { return Ok(()) };
    let Ok(platform) = room.platform.parse::<Platform>() else { return Ok(()) };
    let language = match poll.row.body_id {
        Some(body) => tx.body_language(body).await?,
        None => tx.room_language(poll.row.room_key).await?,
    }
    .unwrap_or_else(|| config.default_language.clone());
    let outgoing = Outgoing {
        destination: Destination::Room { platform, room_id: room.room_id.clone() },
        reply: render::closed(poll, answers),
        locale: language,
        zone: poll.zone,
    };
    let key = format!("when:{}:closed", poll.row.id);
    tx.enqueue(&envelope(&outgoing, &key)?, now_ms, now_ms).await?;
    Ok(())
}

/// `when list`: the open polls of the room's body (or of this room, when it has none).
pub async fn list(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let polls = tx.open_scheduling_polls(actor.body.as_ref().map(|b| b.id), actor.room_key).await?;
    tx.commit().await?;
    Ok(render::list(&polls))
}

/// `when schedule ID SLOT`: its maker or staff make slot `SLOT` a meeting of the poll's body, with
/// its title, zone and length, as `meeting schedule` would; the poll is then scheduled (and closed).
pub async fn schedule(ctx: &Ctx<'_>, cmd: WhenSchedule) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    let row = visible(&mut tx, actor, cmd.id).await?;
    require_maker_or_staff(&mut tx, actor, &row).await?;
    if let (SCHEDULED, Some(meeting)) = (row.status.as_str(), row.meeting_id) {
        return Err(UserError::Refused(Msg::new("err-when-scheduled").num("id", row.id).num("meeting", meeting)).into());
    }
    let poll = load(&mut tx, row).await?;
    let Some(slot) = usize::try_from(cmd.slot - 1).ok().and_then(|i| poll.slots.get(i)).copied() else {
        return Err(UserError::Refused(
            Msg::new("err-when-no-slot")
                .num("id", poll.row.id)
                .num("number", cmd.slot)
                .num("slots", poll.slots.len() as i64),
        )
        .into());
    };
    let room = if poll.row.room_key == actor.room_key {
        actor.room.clone()
    } else {
        let room = tx.room_by_key(poll.row.room_key).await?.ok_or_else(|| anyhow::anyhow!("poll room gone"))?;
        PlatformRoom {
            platform: room.platform.parse().map_err(|_| anyhow::anyhow!("stored platform {}", room.platform))?,
            room_id: room.room_id,
            name: room.name,
            is_direct: room.is_direct,
        }
    };
    let meeting = Schedule {
        title: poll.row.title.clone(),
        first: slot.local,
        zone: poll.zone,
        duration: poll.duration(),
        repeat: None,
        remind: meetings::default_reminders(),
        link: None,
        dial: None,
    };
    let planned = meetings::plan(&mut tx, ctx, meeting, poll.row.body_id, poll.row.room_key, room).await?;
    let now_ms = ctx.now_ms();
    if !tx.mark_scheduling_poll_scheduled(poll.row.id, planned.id, now_ms).await? {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-when-already-closed").num("id", poll.row.id)).into());
    }
    tx.cancel_jobs_for(CLOSE_JOB, poll.row.id, now_ms).await?;
    tx.commit().await?;
    let scheduled =
        Msg::new("when-scheduled").num("id", poll.row.id).num("number", slot.number).num("meeting", planned.id);
    let announced = planned.announce(ctx);
    Ok(announced.blocks.into_iter().fold(Reply::public(scheduled), Reply::with))
}

/// The polls of the room's body (or room) whose number or title matches what was typed so far,
/// open ones first as `(label, "#id")`.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let polls = tx.open_scheduling_polls(actor.body.as_ref().map(|b| b.id), actor.room_key).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(polls.iter().map(|(row, _)| (row.id, row.title.as_str())), typed, limit))
}

/// Closes a poll at its deadline and posts its result to its room; a poll closed or scheduled
/// before (by hand) is left as it is.
pub struct FireWhenClose;

#[async_trait::async_trait]
impl JobHandler for FireWhenClose {
    fn kind(&self) -> &'static str {
        CLOSE_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(row) = tx.scheduling_poll(job.job.ref_id).await? else { return Ok(()) };
        let now_ms = store::millis(job.now);
        if row.status != OPEN || !tx.close_scheduling_poll(row.id, now_ms).await? {
            return Ok(());
        }
        let row = SchedulingPollRow { status: CLOSED.to_owned(), closed_at: Some(now_ms), ..row };
        let poll = load(tx, row).await?;
        let answers = answers_of(tx, &poll).await?;
        post_result(tx, job.config, &poll, &answers, now_ms).await
    }
}
