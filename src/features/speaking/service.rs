//! Raising and lowering hands, listing the queue, and giving the floor.

use chrono::{DateTime, Utc};

use super::Hand;
use crate::core::actor::Role;
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, UserError};
use crate::core::permissions;
use crate::core::reply::{Block, Mention, Msg, Reply};
use crate::features::attendance::meetings_at_hand;
use crate::store::{self, QueueEntry, Tx};

/// How many waiting people `queue` lists; the count says how many more there are.
const MAX_LISTED: usize = 50;

/// A queue belongs to a room where people meet, not to a private conversation with the bot.
fn shared_room(ctx: &Ctx<'_>) -> CommandResult<()> {
    if ctx.actor.room.is_direct {
        return Err(UserError::Refused(Msg::new("err-queue-direct")).into());
    }
    Ok(())
}

/// Who chairs this room now: whoever scheduled a meeting at hand here, staff of the room's body,
/// or an administrator (with no meeting at hand, only the last two).
async fn require_chair(tx: &mut Tx, ctx: &Ctx<'_>, now: DateTime<Utc>) -> CommandResult<()> {
    let actor = ctx.actor;
    let staff = permissions::require_here(actor, Role::Staff).is_ok();
    if staff || meetings_at_hand(tx, ctx, now).await?.iter().any(|(m, _)| m.creator_id == actor.member_id) {
        return Ok(());
    }
    Err(UserError::Refused(Msg::new("err-not-chair")).into())
}

/// Whether each person speaks from afar: what they said when raising their hand, else their
/// attendance at the meeting at hand in this room.
async fn remote_flags(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    entries: &[QueueEntry],
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<bool>> {
    let mut remote_attendees = Vec::new();
    if entries.iter().any(|e| e.remote.is_none()) {
        for (meeting, occurrence) in meetings_at_hand(tx, ctx, now).await? {
            remote_attendees.extend(tx.present_remotely(meeting.id, &occurrence.id(meeting.id).key()).await?);
        }
    }
    Ok(entries.iter().map(|e| e.remote.unwrap_or_else(|| remote_attendees.contains(&e.member_id))).collect())
}

/// Tells the features that follow the floor who has it now.
async fn floor_changed(tx: &mut Tx, ctx: &Ctx<'_>, speaker: Option<i64>) -> anyhow::Result<()> {
    for hook in ctx.registry.hooks::<dyn super::Floor>() {
        hook.floor(tx, ctx, speaker).await?;
    }
    Ok(())
}

pub async fn raise(ctx: &Ctx<'_>, cmd: Hand) -> CommandResult<Reply> {
    shared_room(ctx)?;
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    let added = tx.raise_hand(actor.room_key, actor.member_id, cmd.remote, ctx.now_ms()).await?;
    let position = tx.queue_position(actor.room_key, actor.member_id).await?.unwrap_or(1);
    tx.commit().await?;
    if !added {
        let key = match cmd.remote {
            None => "queue-already",
            Some(true) => "queue-already-remote",
            Some(false) => "queue-already-in-person",
        };
        return Ok(Reply::private(Msg::new(key).num("position", position)));
    }
    Ok(Reply::public(Msg::new("queue-raised").text("name", &actor.display_name).num("position", position)))
}

pub async fn lower(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    shared_room(ctx)?;
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    if !tx.lower_hand(actor.room_key, actor.member_id).await? {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-queue-not-in")).into());
    }
    tx.commit().await?;
    Ok(Reply::public(Msg::new("queue-lowered").text("name", &actor.display_name)))
}

pub async fn show(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    shared_room(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.read().await?;
    let entries = tx.speaking_queue(ctx.actor.room_key).await?;
    let remote = remote_flags(&mut tx, ctx, &entries, now).await?;
    tx.commit().await?;
    if entries.is_empty() {
        return Ok(Reply::public(Msg::new("queue-empty")));
    }
    let lines = entries
        .iter()
        .zip(&remote)
        .enumerate()
        .take(MAX_LISTED)
        .map(|(i, (entry, remote))| {
            let waited = (now - store::instant(entry.raised_at)).num_minutes().max(0);
            Msg::new(if *remote { "queue-line-remote" } else { "queue-line" })
                .num("position", i as i64 + 1)
                .text("name", &entry.display_name)
                .num("minutes", waited)
        })
        .collect();
    Ok(Reply::public(Msg::new("queue-title").num("count", entries.len() as i64)).with(Block::List(lines)))
}

pub async fn next(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    shared_room(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    require_chair(&mut tx, ctx, now).await?;
    let entries = tx.speaking_queue(ctx.actor.room_key).await?;
    let remote = remote_flags(&mut tx, ctx, &entries, now).await?;
    // Whoever is first and still there: another chair may have given them the floor meanwhile.
    let mut taken = None;
    for (i, entry) in entries.iter().enumerate() {
        if tx.take_from_queue(entry.id).await? {
            taken = Some(i);
            break;
        }
    }
    let Some(first) = taken else {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-queue-empty")).into());
    };
    let speaker = &entries[first];
    floor_changed(&mut tx, ctx, Some(speaker.member_id)).await?;
    let who =
        Mention { display_name: speaker.display_name.clone(), identities: tx.identities_of(speaker.member_id).await? };
    tx.commit().await?;
    let key = if remote[first] { "queue-floor-remote" } else { "queue-floor" };
    let mut reply = Reply::public(Msg::new(key).mention("who", who));
    let waiting = &entries[first + 1..];
    if let Some(up) = waiting.first() {
        reply = reply.with(Block::Paragraph(
            Msg::new("queue-next-up").text("name", &up.display_name).num("count", waiting.len() as i64),
        ));
    }
    Ok(reply)
}

pub async fn clear(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    shared_room(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    require_chair(&mut tx, ctx, now).await?;
    let removed = tx.clear_queue(ctx.actor.room_key).await?;
    floor_changed(&mut tx, ctx, None).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("queue-cleared").num("count", removed as i64)))
}
