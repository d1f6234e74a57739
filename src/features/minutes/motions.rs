//! Motions put to a minuted meeting (`!motion TEXT`, `!motion vote`, `!motion count`,
//! `!motion close`), counted by the polls' count of a proposal; and the speaking turns of the
//! room's queue while the meeting runs (`SpeakingTime`, the speaking queue's `Floor` hook).

use async_trait::async_trait;

use super::model::{ItemKind, MotionClose, MotionCount, MotionOpen, MotionVote};
use super::render;
use super::service::{add_item, log, refused, require_chair, running};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, UserError};
use crate::core::reply::{Block, Msg, Reply};
use crate::features::polls::proposal_verdict;
use crate::features::speaking::Floor;
use crate::store::{MinutesRow, MotionResult, MotionRow, Tx};

/// The motion open to the vote in the actor's meeting.
async fn open_motion(tx: &mut Tx, row: &MinutesRow) -> CommandResult<MotionRow> {
    tx.open_motion(row.id).await?.ok_or_else(|| refused("err-motion-none"))
}

/// `motion TEXT`: any member may move a motion; one at a time is open to the vote.
pub async fn open(ctx: &Ctx<'_>, cmd: MotionOpen) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    if let Some(open) = tx.open_motion(row.id).await? {
        tx.rollback().await?;
        let msg = Msg::new("err-motion-open").num("item", open.position).text("text", &open.text);
        return Err(UserError::Refused(msg).into());
    }
    let line = log(&mut tx, ctx, &row, format!("motion {}", cmd.text)).await?;
    let (item_id, position) = add_item(&mut tx, ctx, &row, ItemKind::Motion, &cmd.text, None, None, line).await?;
    tx.add_motion(item_id, row.id, ctx.actor.member_id).await?;
    tx.commit().await?;
    Ok(Reply::public(
        Msg::new("motion-opened").num("item", position).text("name", &ctx.actor.display_name).text("text", &cmd.text),
    )
    .with(Block::Paragraph(Msg::new("motion-how"))))
}

/// `motion vote yes|no|abstain`: those present vote by name, and may change their vote until
/// the motion closes or a chair records a show of hands instead.
pub async fn vote(ctx: &Ctx<'_>, cmd: MotionVote) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    let motion = open_motion(&mut tx, &row).await?;
    if motion.hands.is_some() {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-motion-counted").num("item", motion.position)).into());
    }
    if !tx.minutes_present(row.id).await?.contains(&ctx.actor.member_id) {
        tx.rollback().await?;
        return Err(refused("err-motion-not-present"));
    }
    log(&mut tx, ctx, &row, format!("motion vote {}", cmd.choice)).await?;
    tx.put_motion_vote(motion.item_id, ctx.actor.member_id, cmd.choice, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::private(
        Msg::new("motion-voted")
            .num("item", motion.position)
            .phrase("choice", Msg::new(&format!("motion-choice-{}", cmd.choice))),
    ))
}

/// `motion count YES NO ABSTAIN`: a chair records a show of hands, which the close counts in
/// place of any votes by name.
pub async fn count(ctx: &Ctx<'_>, cmd: MotionCount) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    let motion = open_motion(&mut tx, &row).await?;
    if cmd.yes + cmd.no + cmd.abstain == 0 {
        tx.rollback().await?;
        return Err(refused("err-motion-no-hands"));
    }
    log(&mut tx, ctx, &row, format!("motion count {} {} {}", cmd.yes, cmd.no, cmd.abstain)).await?;
    tx.set_motion_hands(motion.item_id, cmd.yes, cmd.no, cmd.abstain).await?;
    tx.commit().await?;
    Ok(Reply::public(
        Msg::new("motion-counted")
            .num("item", motion.position)
            .num("yes", cmd.yes)
            .num("no", cmd.no)
            .num("abstain", cmd.abstain),
    ))
}

/// `motion close [--majority …]`: a chair records the result. A show of hands is counted if one
/// was recorded, else the votes by name; an absolute majority is of those present (or of the
/// hands raised, when more hands were counted than people said `!here`).
pub async fn close(ctx: &Ctx<'_>, cmd: MotionClose) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = running(&mut tx, ctx).await?;
    require_chair(&mut tx, ctx, &row).await?;
    let motion = open_motion(&mut tx, &row).await?;
    let present = tx.minutes_present(row.id).await?.len() as i64;
    let (votes, by_hands): (Vec<(String, i64)>, bool) = match motion.hands {
        Some((yes, no, abstain)) => {
            (vec![("yes".to_owned(), yes), ("no".to_owned(), no), ("abstain".to_owned(), abstain)], true)
        }
        None => {
            let named = tx.motion_votes(row.id).await?;
            (named.into_iter().filter(|v| v.item_id == motion.item_id).map(|v| (v.choice, 1)).collect(), false)
        }
    };
    let cast: i64 = votes.iter().map(|(_, n)| n).sum();
    if cast == 0 {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-motion-no-votes").num("item", motion.position)).into());
    }
    let eligible = if by_hands { present.max(cast) } else { present };
    let votes: Vec<(&str, i64)> = votes.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let (yes, no, abstain, carried) = proposal_verdict(&votes, cmd.majority, eligible);
    let result = MotionResult {
        majority: cmd.majority.as_str().to_owned(),
        yes,
        no,
        abstain,
        present: eligible,
        carried,
        by_hands,
    };
    log(&mut tx, ctx, &row, format!("motion close --majority {}", cmd.majority.as_str())).await?;
    tx.close_motion(motion.item_id, &result, ctx.actor.member_id, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::public(render::motion_result(&motion.text, motion.position, &result)))
}

/// Counts who has the floor while a meeting is minuted in the room: each `!next` ends the turn
/// under way and starts the next speaker's; `!queue clear` ends it.
pub struct SpeakingTime;

#[async_trait]
impl Floor for SpeakingTime {
    async fn floor(&self, tx: &mut Tx, ctx: &Ctx<'_>, speaker: Option<i64>) -> anyhow::Result<()> {
        let Some(row) = tx.running_minutes(ctx.actor.room_key).await? else { return Ok(()) };
        let now = ctx.now_ms();
        tx.end_speaking_turn(row.id, now).await?;
        if let Some(member) = speaker {
            tx.start_speaking_turn(row.id, member, now).await?;
        }
        Ok(())
    }
}
