//! Taking minutes live in a room, ending them with a summary, and the archive.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::actions;
use super::model::*;
use super::render;
use crate::core::actor::{Platform, Role, mentioned_user_id};
use crate::core::command::CommandSpec;
use crate::core::engine::{Ctx, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::permissions;
use crate::core::registry::{DueJob, JobHandler, Listener};
use crate::core::reply::{Block, Destination, Msg, Reply};
use crate::features::attendance::meetings_at_hand;
use crate::features::bodies;
use crate::features::meetings;
use crate::scheduler::envelope;
use crate::store::{self, AuditEntry, JobKind, MinutesRow, NewItem, NewMinutes, Tx};

/// Ends a meeting nobody has said anything in for [`IDLE_HOURS`].
pub const IDLE_JOB: JobKind = JobKind("minutes-idle");

fn idle() -> Duration {
    Duration::hours(IDLE_HOURS)
}

pub(super) fn refused(key: &str) -> crate::core::error::CommandError {
    UserError::Refused(Msg::new(key)).into()
}

/// Minutes are taken in a room where people meet, not in a private conversation with the bot.
fn shared_room(ctx: &Ctx<'_>) -> CommandResult<()> {
    if ctx.actor.room.is_direct {
        return Err(refused("err-minutes-direct"));
    }
    Ok(())
}

/// The meeting being minuted in the actor's room.
pub(super) async fn running(tx: &mut Tx, ctx: &Ctx<'_>) -> CommandResult<MinutesRow> {
    shared_room(ctx)?;
    tx.running_minutes(ctx.actor.room_key).await?.ok_or_else(|| refused("err-minutes-none"))
}

/// Whether the actor chairs these minutes: one of its chairs, staff of the room's body, or an
/// administrator.
async fn is_chair(tx: &mut Tx, ctx: &Ctx<'_>, row: &MinutesRow) -> anyhow::Result<bool> {
    if permissions::require_here(ctx.actor, Role::Staff).is_ok() {
        return Ok(true);
    }
    Ok(tx.minutes_chairs(row.id).await?.iter().any(|(id, _)| *id == ctx.actor.member_id))
}

pub(super) async fn require_chair(tx: &mut Tx, ctx: &Ctx<'_>, row: &MinutesRow) -> CommandResult<()> {
    if is_chair(tx, ctx, row).await? {
        return Ok(());
    }
    Err(refused("err-minutes-not-chair"))
}

/// Writes the actor's command down in the meeting's log; its line number.
pub(super) async fn log(tx: &mut Tx, ctx: &Ctx<'_>, row: &MinutesRow, line: String) -> anyhow::Result<i64> {
    tx.append_minutes_log(row.id, ctx.actor.member_id, &line, ctx.now_ms()).await
}

/// The language of the minutes of a room: its body's, else the configured default.
pub(super) async fn language(tx: &mut Tx, row: &MinutesRow, default: &str) -> anyhow::Result<String> {
    Ok(match row.body_id {
        Some(body) => tx.body_language(body).await?,
        None => None,
    }
    .unwrap_or_else(|| default.to_owned()))
}

pub async fn start(ctx: &Ctx<'_>, cmd: StartMeeting) -> CommandResult<Reply> {
    shared_room(ctx)?;
    let actor = ctx.actor;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    if let Some(row) = tx.running_minutes(actor.room_key).await? {
        tx.rollback().await?;
        let msg = Msg::new("err-minutes-running").num("id", row.id).text("title", &row.title);
        return Err(UserError::Refused(msg).into());
    }
    let at_hand = meetings_at_hand(&mut tx, ctx, now).await?.into_iter().next();
    let title = match (&cmd.title, &at_hand) {
        (Some(title), _) => title.clone(),
        (None, Some((meeting, _))) => meeting.title.clone(),
        (None, None) => ctx.i18n.plain(&actor.locale, "minutes-untitled"),
    };
    let key = at_hand.as_ref().map(|(m, o)| o.id(m.id).key());
    let new = NewMinutes {
        room_key: actor.room_key,
        body_id: actor.body.as_ref().map(|b| b.id),
        title: &title,
        started_by: actor.member_id,
        meeting_id: at_hand.as_ref().map(|(m, _)| m.id),
        occurrence: key.as_deref(),
    };
    let id = tx.start_minutes(&new, ctx.now_ms()).await?;
    let row = tx.minutes(id).await?.ok_or_else(|| anyhow::anyhow!("minutes {id} vanished"))?;
    let line = match &cmd.title {
        Some(title) => format!("startmeeting {title}"),
        None => "startmeeting".to_owned(),
    };
    log(&mut tx, ctx, &row, line).await?;
    tx.schedule_job(IDLE_JOB, id, store::millis(now + idle()), ctx.now_ms()).await?;
    let mut reply = Reply::public(Msg::new("minutes-started").num("id", id).text("title", &title));
    if let (Some((meeting, occurrence)), Some(key)) = (&at_hand, &key) {
        reply = reply.with(Block::Paragraph(
            Msg::new("minutes-linked").num("meeting", meeting.id).time("time", occurrence.starts),
        ));
        // The open actions of earlier meetings come first, as on the agenda.
        for block in actions::carried_by_occurrence(&mut tx, meeting, key, occurrence.starts, Some(now)).await? {
            reply = reply.with(block);
        }
        let agenda = tx.agenda_items(meeting.id, key).await?;
        if !agenda.is_empty() {
            reply = reply.with(Block::Paragraph(Msg::new("minutes-agenda").num("count", agenda.len() as i64)));
            reply = reply.with(Block::List(
                agenda
                    .iter()
                    .map(|i| Msg::new("minutes-agenda-line").num("position", i.position).text("text", &i.text))
                    .collect(),
            ));
        }
    }
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(reply.with(Block::Paragraph(Msg::new("minutes-started-help"))))
}

pub async fn topic(ctx: &Ctx<'_>, cmd: Topic) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    let (text, line) = match cmd.text {
        Some(text) => (text.clone(), format!("topic {text}")),
        None => {
            let agenda = match (row.meeting_id, &row.occurrence) {
                (Some(meeting), Some(key)) => tx.agenda_items(meeting, key).await?,
                _ => Vec::new(),
            };
            if agenda.is_empty() {
                tx.rollback().await?;
                return Err(refused("err-minutes-no-agenda"));
            }
            let Some(next) = agenda.get(row.agenda_done as usize) else {
                tx.rollback().await?;
                return Err(refused("err-minutes-agenda-done"));
            };
            tx.set_agenda_done(row.id, row.agenda_done + 1).await?;
            (next.text.clone(), "topic next".to_owned())
        }
    };
    let line = log(&mut tx, ctx, &row, line).await?;
    add_item(&mut tx, ctx, &row, ItemKind::Topic, &text, None, None, line).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("minutes-topic").text("text", &text)))
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn add_item(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    row: &MinutesRow,
    kind: ItemKind,
    text: &str,
    url: Option<&str>,
    due: Option<&str>,
    line: i64,
) -> anyhow::Result<(i64, i64)> {
    let item =
        NewItem { minutes_id: row.id, kind: kind.as_str(), text, url, due, author_id: ctx.actor.member_id, line };
    tx.add_minutes_item(&item, ctx.now_ms()).await
}

/// The acknowledgement that an item was noted (a reaction where the platform has them).
fn noted(kind: ItemKind, position: i64) -> Reply {
    Reply::acknowledgement(
        Msg::new("minutes-noted")
            .phrase("kind", Msg::new(&format!("minutes-kind-{}", kind.as_str())))
            .num("item", position),
    )
}

pub async fn note(ctx: &Ctx<'_>, cmd: Note) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    if !cmd.kind.open_to_members() {
        require_chair(&mut tx, ctx, &row).await?;
    }
    let line = log(&mut tx, ctx, &row, format!("{} {}", cmd.kind.as_str(), cmd.text)).await?;
    let (_, position) = add_item(&mut tx, ctx, &row, cmd.kind, &cmd.text, None, None, line).await?;
    tx.commit().await?;
    Ok(noted(cmd.kind, position))
}

pub async fn action(ctx: &Ctx<'_>, cmd: Action) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    let mut owners = Vec::new();
    for mention in &cmd.owners {
        // Someone Quorum does not know yet is kept by name.
        owners.push(actions::owner_for_mention(&mut tx, ctx, mention).await?);
    }
    let due = cmd.due.map(|d| d.to_string());
    let mut line = format!("action {} {}", cmd.owners.join(" "), cmd.text);
    if let Some(due) = &due {
        line.push_str(&format!(" --due {due}"));
    }
    let line = log(&mut tx, ctx, &row, line).await?;
    let (item_id, position) =
        add_item(&mut tx, ctx, &row, ItemKind::Action, &cmd.text, None, due.as_deref(), line).await?;
    for (i, (member_id, name)) in owners.iter().enumerate() {
        tx.add_action_owner(item_id, i as i64 + 1, *member_id, name).await?;
    }
    let number = actions::open(&mut tx, ctx, item_id, cmd.due).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    let names: Vec<&str> = owners.iter().map(|(_, n)| n.as_str()).collect();
    let numbered = Msg::new("minutes-action-numbered")
        .num("action", number)
        .num("item", position)
        .text("owners", names.join(", "));
    // An owner kept by name only will not be reminded: that is said in words, privately; otherwise
    // a sign that the item was taken is enough.
    Ok(match actions::unreminded_note(&owners) {
        Some(note) => Reply::private(numbered).with(note),
        None => Reply::acknowledgement(numbered),
    })
}

pub async fn link(ctx: &Ctx<'_>, cmd: Link) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    let said = match &cmd.text {
        Some(text) => format!("link {} {text}", cmd.url),
        None => format!("link {}", cmd.url),
    };
    let line = log(&mut tx, ctx, &row, said).await?;
    let text = cmd.text.clone().unwrap_or_default();
    let (_, position) = add_item(&mut tx, ctx, &row, ItemKind::Link, &text, Some(&cmd.url), None, line).await?;
    tx.commit().await?;
    Ok(noted(ItemKind::Link, position))
}

pub async fn chair(ctx: &Ctx<'_>, cmd: Chair) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    if cmd.add {
        let (member, mention) = bodies::mentioned_member(&mut tx, ctx, &cmd.user).await?;
        if !tx.add_minutes_chair(row.id, member.id).await? {
            tx.rollback().await?;
            return Err(UserError::Refused(Msg::new("err-minutes-chair-already").mention("who", mention)).into());
        }
        log(&mut tx, ctx, &row, format!("chair {}", cmd.user)).await?;
        tx.commit().await?;
        return Ok(Reply::public(Msg::new("minutes-chair-added").mention("who", mention)));
    }
    let platform = ctx.actor.user.platform;
    let member = match mentioned_user_id(platform, &cmd.user) {
        Some(user_id) => tx.find_identity(platform.as_str(), &user_id).await?,
        None => None,
    };
    let chairs = tx.minutes_chairs(row.id).await?;
    let Some(member) = member.filter(|m| chairs.iter().any(|(id, _)| *id == m.id)) else {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-not-a-chair").code("who", &cmd.user)).into());
    };
    if chairs.len() == 1 {
        tx.rollback().await?;
        return Err(refused("err-minutes-last-chair"));
    }
    tx.remove_minutes_chair(row.id, member.id).await?;
    log(&mut tx, ctx, &row, format!("unchair {}", cmd.user)).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("minutes-chair-removed").text("name", &member.display_name)))
}

pub async fn undo(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    let Some((item_id, position, kind)) = tx.last_minutes_item_by(row.id, ctx.actor.member_id).await? else {
        tx.rollback().await?;
        return Err(refused("err-minutes-nothing-to-undo"));
    };
    actions::forget_item(&mut tx, item_id, ctx.now_ms()).await?;
    tx.remove_minutes_item(item_id).await?;
    log(&mut tx, ctx, &row, "undo".to_owned()).await?;
    tx.commit().await?;
    let kind = Msg::new(&format!("minutes-kind-{}", ItemKind::from_stored(&kind).as_str()));
    Ok(Reply::acknowledgement(Msg::new("minutes-undone").phrase("kind", kind).num("item", position)))
}

pub async fn here(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    let member = ctx.actor.member_id;
    let added = tx.add_minutes_attendee(row.id, member, ctx.now_ms()).await?;
    // The occurrence's roll call is the same record: an answer there already stands.
    if let (Some(meeting), Some(key)) = (row.meeting_id, &row.occurrence)
        && !tx.attendance(meeting, key, row.body_id).await?.iter().any(|a| a.member_id == member)
    {
        tx.set_attendance(meeting, key, member, false, ctx.now_ms()).await?;
    }
    if added {
        log(&mut tx, ctx, &row, "here".to_owned()).await?;
    }
    tx.commit().await?;
    Ok(Reply::acknowledgement(Msg::new(if added { "minutes-here" } else { "minutes-here-already" }).num("id", row.id)))
}

pub async fn end(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    log(&mut tx, ctx, &row, "endmeeting".to_owned()).await?;
    let language = language(&mut tx, &row, &ctx.config.default_language).await?;
    tx.end_minutes(row.id, &language, ctx.now_ms()).await?;
    tx.end_speaking_turn(row.id, ctx.now_ms()).await?;
    tx.cancel_jobs_for(IDLE_JOB, row.id, ctx.now_ms()).await?;
    let reply = summary(&mut tx, row.id, ctx.clock.now()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(reply)
}

/// What ending a meeting posts in its room: decisions, actions by owner, attendees and the next
/// meeting of its series.
pub(super) async fn summary(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> anyhow::Result<Reply> {
    let row = tx.minutes(id).await?.ok_or_else(|| anyhow::anyhow!("minutes {id} vanished"))?;
    let items = tx.minutes_items(id).await?;
    let owners = tx.minutes_action_owners(id).await?;
    let attendees = tx.minutes_attendees(&row).await?;
    let lines = tx.minutes_log(id).await?.len() as i64;
    let next = match row.meeting_id {
        Some(meeting) => match tx.meeting(meeting).await? {
            Some(m) if m.active => {
                // After the occurrence these minutes belong to, and not one already begun.
                let linked = row.occurrence.as_deref().and_then(|key| meetings::OccurrenceId::from_key(m.id, key));
                meetings::timing(&m)?
                    .occurrences()
                    .find(|o| o.starts > now && linked.is_none_or(|l| o.planned > l.planned))
                    .map(|o| (m.id, o.starts))
            }
            _ => None,
        },
        None => None,
    };
    let motions = tx.minutes_motions(id).await?;
    let turns = tx.speaking_turns(id).await?;
    let end = row.ended_at.unwrap_or(store::millis(now));
    let mut reply = render::summary(&row, &items, &owners, &attendees, lines, next);
    // Motions and speaking times go after those present, before the next meeting and the file.
    let tail = if next.is_some() { 2 } else { 1 };
    let at = reply.blocks.len().saturating_sub(tail);
    reply.blocks.splice(at..at, render::summary_extras(&motions, &turns, end));
    // The open actions of earlier meetings, just before the pointer to the full minutes.
    let carried = actions::minutes_summary_section(tx, &row, now).await?;
    let at = reply.blocks.len().saturating_sub(1);
    reply.blocks.splice(at..at, carried);
    Ok(reply)
}

/// Ends the meetings left running: the job fires [`IDLE_HOURS`] after the start and after each
/// line comes due again until the room has been quiet that long.
pub struct FireMinutesIdle;

#[async_trait]
impl JobHandler for FireMinutesIdle {
    fn kind(&self) -> &'static str {
        IDLE_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(row) = tx.minutes(job.job.ref_id).await? else { return Ok(()) };
        if row.ended_at.is_some() {
            return Ok(());
        }
        let now_ms = store::millis(job.now);
        let quiet_until = row.last_activity + idle().num_milliseconds();
        if quiet_until > now_ms {
            tx.schedule_job(IDLE_JOB, row.id, quiet_until, now_ms).await?;
            return Ok(());
        }
        let language = language(tx, &row, &job.config.default_language).await?;
        tx.end_minutes(row.id, &language, now_ms).await?;
        // Whoever had the floor stopped speaking when the room fell quiet.
        tx.end_speaking_turn(row.id, row.last_activity).await?;
        let reply = summary(tx, row.id, job.now).await?;
        let reply = Reply {
            blocks: std::iter::once(Block::Paragraph(Msg::new("minutes-ended-idle").num("hours", IDLE_HOURS)))
                .chain(reply.blocks)
                .collect(),
            ..reply
        };
        if let Some((platform, room_id)) = tx.room_address(row.room_key).await?
            && let Ok(platform) = platform.parse::<Platform>()
        {
            let destination = Destination::Room { platform, room_id };
            let outgoing = Outgoing { destination, reply, locale: language, zone: chrono_tz::UTC };
            tx.enqueue(&envelope(&outgoing, &format!("minutes:{}:idle", row.id))?, now_ms, now_ms).await?;
        }
        Ok(())
    }
}

/// The commands that write their own line in the log (as understood, in their transaction);
/// every other command that succeeds in the room is written down by [`LogRoom`].
const SELF_LOGGED: &[&str] = &[
    "startmeeting",
    "topic",
    "info",
    "idea",
    "agreed",
    "rejected",
    "action",
    "link",
    "chair",
    "unchair",
    "undo",
    "here",
    "endmeeting",
    "motion open",
    "motion vote",
    "motion count",
    "motion close",
];

/// Writes each other command said in a room while a meeting is minuted there into its log, and
/// the room's plain chat.
pub struct LogRoom;

#[async_trait]
impl Listener for LogRoom {
    async fn heard(&self, ctx: &Ctx<'_>, spec: &CommandSpec, text: &str) -> anyhow::Result<()> {
        if SELF_LOGGED.contains(&spec.name) {
            return Ok(());
        }
        let mut tx = ctx.store.begin().await?;
        if let Some(row) = tx.running_minutes(ctx.actor.room_key).await? {
            log(&mut tx, ctx, &row, text.trim().to_owned()).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn overheard(&self, ctx: &Ctx<'_>, text: &str) -> anyhow::Result<()> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(());
        }
        let mut tx = ctx.store.begin().await?;
        if let Some(row) = tx.running_minutes(ctx.actor.room_key).await? {
            tx.append_minutes_chat(row.id, ctx.actor.member_id, text, ctx.now_ms()).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Minutes the actor may read: of this room, or of another room of its body.
pub(super) async fn visible(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<MinutesRow> {
    let actor = ctx.actor;
    let row = tx.minutes(id).await?.filter(|r| {
        r.room_key == actor.room_key || (r.body_id.is_some() && r.body_id == actor.body.as_ref().map(|b| b.id))
    });
    row.ok_or_else(|| UserError::NotFound { kind: "minutes", id: format!("#{id}") }.into())
}

/// Ended minutes the actor may read.
async fn ended(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<MinutesRow> {
    let row = visible(tx, ctx, id).await?;
    if row.ended_at.is_none() {
        return Err(UserError::Refused(Msg::new("err-minutes-still-running").num("id", id)).into());
    }
    Ok(row)
}

/// The minutes of the room (and its body) for Discord's autocomplete.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let rows = tx.minutes_archive(actor.room_key, actor.body.as_ref().map(|b| b.id), None, MAX_LISTED).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(rows.iter().map(|m| (m.id, m.title.as_str())), typed, limit))
}

pub async fn list(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    archive(ctx, None).await
}

pub async fn search(ctx: &Ctx<'_>, cmd: MinutesSearch) -> CommandResult<Reply> {
    archive(ctx, Some(&cmd.text)).await
}

async fn archive(ctx: &Ctx<'_>, search: Option<&str>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let rows = tx.minutes_archive(actor.room_key, actor.body.as_ref().map(|b| b.id), search, MAX_LISTED).await?;
    tx.commit().await?;
    if rows.is_empty() {
        return Ok(Reply::public(match search {
            Some(text) => Msg::new("minutes-search-none").text("text", text),
            None => Msg::new("minutes-list-empty"),
        }));
    }
    let title = match search {
        Some(text) => Msg::new("minutes-search-title").text("text", text).num("count", rows.len() as i64),
        None => Msg::new("minutes-list-title").num("count", rows.len() as i64),
    };
    Ok(Reply::public(title).with(Block::List(rows.iter().map(render::list_line).collect())))
}

pub async fn show(ctx: &Ctx<'_>, cmd: MinutesShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let row = ended(&mut tx, ctx, cmd.id).await?;
    let reply = summary(&mut tx, row.id, store::instant(row.ended_at.unwrap_or(row.started_at))).await?;
    tx.commit().await?;
    let status = match row.approved_at {
        Some(at) => Msg::new("minutes-status-approved").time("time", store::instant(at)),
        None => Msg::new("minutes-status-draft"),
    };
    Ok(reply.with(Block::Paragraph(status)))
}

pub async fn get(ctx: &Ctx<'_>, cmd: MinutesGet) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let row = ended(&mut tx, ctx, cmd.id).await?;
    let doc = super::post::document(&mut tx, row, ctx.clock.now()).await?;
    tx.commit().await?;
    let lang = doc.row.language.clone().unwrap_or_else(|| ctx.config.default_language.clone());
    let file = super::post::file(&doc, cmd.format, ctx.i18n, &lang);
    Ok(Reply::private(Msg::new("minutes-file").num("id", doc.row.id).text("title", &doc.row.title))
        .with(Block::File(file)))
}

pub async fn edit(ctx: &Ctx<'_>, cmd: MinutesEdit) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = visible(&mut tx, ctx, cmd.id).await?;
    require_chair(&mut tx, ctx, &row).await?;
    if row.ended_at.is_none() {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-still-running").num("id", row.id)).into());
    }
    if row.approved_at.is_some() {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-approved").num("id", row.id)).into());
    }
    if tx.edit_minutes_item(row.id, cmd.item, &cmd.text, ctx.now_ms()).await?.is_none() {
        tx.rollback().await?;
        let msg = Msg::new("err-minutes-no-item").num("id", row.id).num("item", cmd.item);
        return Err(UserError::Refused(msg).into());
    }
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: row.body_id,
        action: "minutes.edit".to_owned(),
        detail: format!("minutes #{} item {}", row.id, cmd.item),
    };
    tx.append_audit(&entry, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("minutes-edited").num("id", row.id).num("item", cmd.item).text("text", &cmd.text)))
}

pub async fn approve(ctx: &Ctx<'_>, cmd: MinutesApprove) -> CommandResult<Reply> {
    if cmd.by_poll {
        return super::post::approve_by_poll(ctx, cmd.id).await;
    }
    let mut tx = ctx.store.begin().await?;
    let row = visible(&mut tx, ctx, cmd.id).await?;
    require_chair(&mut tx, ctx, &row).await?;
    if row.ended_at.is_none() {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-still-running").num("id", row.id)).into());
    }
    if !tx.approve_minutes(row.id, ctx.actor.member_id, ctx.now_ms()).await? {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-approved").num("id", row.id)).into());
    }
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: row.body_id,
        action: "minutes.approve".to_owned(),
        detail: format!("minutes #{}", row.id),
    };
    tx.append_audit(&entry, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("minutes-approved").num("id", row.id).text("title", &row.title)))
}
