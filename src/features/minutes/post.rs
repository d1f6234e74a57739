//! After the meeting: the full minutes as one document, `!minutes post` (the approved minutes
//! with their materials, as a file and a summary, to every room of the body through the outbox),
//! and approval by a proposal poll of the body (`!minutes approve ID --poll`, `ApproveByPoll`).

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::model::{APPROVAL_POLL_HOURS, Format, MinutesPost};
use super::render;
use super::service::{language, refused, require_chair, summary, visible};
use crate::core::actor::Platform;
use crate::core::engine::{Ctx, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::reply::{Attachment, Block, Destination, Msg, Reply};
use crate::features::polls::{ClosedPoll, PollPurpose, open_body_proposal};
use crate::scheduler::envelope;
use crate::store::{self, AuditEntry, MinutesMaterials, MinutesRow, Tx};

/// The purpose under which a poll approving minutes is opened.
pub const APPROVAL_POLL: &str = "minutes";

/// Everything the full minutes of `row` show, with the earlier actions still open at `now`.
pub(super) async fn document(tx: &mut Tx, row: MinutesRow, now: DateTime<Utc>) -> anyhow::Result<render::Document> {
    Ok(render::Document {
        carried: super::actions::carried_by_minutes(tx, &row, now).await?,
        items: tx.minutes_items(row.id).await?,
        owners: tx.minutes_action_owners(row.id).await?,
        attendees: tx.minutes_attendees(&row).await?,
        chairs: tx.minutes_chairs(row.id).await?.into_iter().map(|(_, name)| name).collect(),
        log: tx.minutes_log(row.id).await?,
        approver: match row.approved_by {
            Some(id) => tx.member_by_id(id).await?.map(|m| m.display_name),
            None => None,
        },
        motions: tx.minutes_motions(row.id).await?,
        votes: tx.motion_votes(row.id).await?,
        turns: tx.speaking_turns(row.id).await?,
        materials: tx.minutes_materials(row.id).await?,
        row,
    })
}

/// The minutes of `doc` in `format`, as a file.
pub(super) fn file(doc: &render::Document, format: Format, i18n: &crate::i18n::I18n, lang: &str) -> Attachment {
    let content = match format {
        Format::Markdown => render::markdown(doc, i18n, lang),
        Format::Html => render::html(doc, i18n, lang),
        Format::Text => render::text(doc, i18n, lang),
    };
    Attachment {
        name: format!("minutes-{}.{}", doc.row.id, format.extension()),
        mime: format.mime().to_owned(),
        content,
    }
}

/// Ended minutes a chair of them may act on, in a write transaction.
async fn ended_for_chair(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<MinutesRow> {
    let row = visible(tx, ctx, id).await?;
    require_chair(tx, ctx, &row).await?;
    if row.ended_at.is_none() {
        return Err(UserError::Refused(Msg::new("err-minutes-still-running").num("id", row.id)).into());
    }
    Ok(row)
}

/// `minutes post ID [--agenda URL] [--transcript URL] [--recording URL]`: once, approved minutes
/// only.
pub async fn post(ctx: &Ctx<'_>, cmd: MinutesPost) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = ended_for_chair(&mut tx, ctx, cmd.id).await?;
    if row.approved_at.is_none() {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-post-unapproved").num("id", row.id)).into());
    }
    let now_ms = ctx.now_ms();
    let given = MinutesMaterials {
        agenda: cmd.agenda.clone(),
        transcript: cmd.transcript.clone(),
        recording: cmd.recording.clone(),
        posted_at: None,
    };
    if !tx.post_minutes(row.id, &given, now_ms).await? {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-posted").num("id", row.id)).into());
    }
    // The language the minutes were written in when they ended.
    let lang = match &row.language {
        Some(lang) => lang.clone(),
        None => language(&mut tx, &row, &ctx.config.default_language).await?,
    };
    let ended_at = store::instant(row.ended_at.unwrap_or(row.started_at));
    let summary = summary(&mut tx, row.id, ended_at).await?;
    let doc = document(&mut tx, row.clone(), ctx.clock.now()).await?;
    let mut reply = Reply::public(Msg::new("minutes-post-title").num("id", row.id).text("title", &row.title));
    for (key, url) in [
        ("minutes-post-agenda", &doc.materials.agenda),
        ("minutes-post-transcript", &doc.materials.transcript),
        ("minutes-post-recording", &doc.materials.recording),
    ] {
        if let Some(url) = url {
            reply = reply.with(Block::Paragraph(Msg::new(key).code("url", url)));
        }
    }
    // The summary without its first line ("ended"), then the minutes themselves.
    for block in summary.blocks.into_iter().skip(1) {
        reply = reply.with(block);
    }
    reply = reply.with(Block::File(file(&doc, Format::Markdown, ctx.i18n, &lang)));
    let rooms = match row.body_id {
        Some(body) => tx.body_rooms(body).await?,
        None => tx.room_address(row.room_key).await?.into_iter().collect(),
    };
    let mut posted = 0;
    for (platform_name, room_id) in rooms {
        let Ok(platform) = platform_name.parse::<Platform>() else { continue };
        let destination = Destination::Room { platform, room_id: room_id.clone() };
        let outgoing = Outgoing { destination, reply: reply.clone(), locale: lang.clone(), zone: chrono_tz::UTC };
        let key = format!("minutes:{}:post:{platform_name}:{room_id}", row.id);
        if tx.enqueue(&envelope(&outgoing, &key)?, now_ms, now_ms).await? {
            posted += 1;
        }
    }
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: row.body_id,
        action: "minutes.post".to_owned(),
        detail: format!("minutes #{} to {posted} rooms", row.id),
    };
    tx.append_audit(&entry, now_ms).await?;
    tx.commit().await?;
    ctx.outbox_changed();
    Ok(Reply::private(Msg::new("minutes-posted").num("id", row.id).num("rooms", posted)))
}

/// `minutes approve ID --poll`: a proposal poll of the body's members approves the minutes if
/// it passes.
pub async fn approve_by_poll(ctx: &Ctx<'_>, id: i64) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let row = ended_for_chair(&mut tx, ctx, id).await?;
    if row.approved_at.is_some() {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-approved").num("id", row.id)).into());
    }
    let body = match row.body_id {
        Some(body) => tx.body_by_id(body).await?,
        None => None,
    };
    let Some(body) = body else {
        tx.rollback().await?;
        return Err(refused("err-minutes-poll-no-body"));
    };
    if let Some(poll) = tx.open_poll_for(APPROVAL_POLL, row.id).await? {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-minutes-poll-open").num("id", row.id).num("poll", poll)).into());
    }
    let lang = language(&mut tx, &row, &ctx.config.default_language).await?;
    let question =
        ctx.i18n.plain_msg(&lang, &Msg::new("minutes-approval-question").num("id", row.id).text("title", &row.title));
    let open_for = Duration::hours(APPROVAL_POLL_HOURS);
    let (poll, blocks) = open_body_proposal(&mut tx, ctx, &body, &question, APPROVAL_POLL, row.id, open_for).await?;
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: row.body_id,
        action: "minutes.approval-poll".to_owned(),
        detail: format!("minutes #{} by poll #{poll}", row.id),
    };
    tx.append_audit(&entry, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.outbox_changed();
    let reply = Reply::public(Msg::new("minutes-approval-poll").num("id", row.id).num("poll", poll));
    Ok(blocks.into_iter().fold(reply, Reply::with))
}

/// Approves the minutes a poll was opened about when it passes (closed in the poll's closing
/// transaction, after its result); says so in the poll's room.
pub struct ApproveByPoll;

#[async_trait]
impl PollPurpose for ApproveByPoll {
    fn purpose(&self) -> &'static str {
        APPROVAL_POLL
    }

    async fn closed(&self, closed: ClosedPoll<'_>) -> anyhow::Result<()> {
        let tx = closed.tx;
        let now_ms = store::millis(closed.now);
        let Some(row) = tx.minutes(closed.purpose_ref).await? else { return Ok(()) };
        if !closed.passed || !tx.approve_minutes(row.id, closed.poll.creator_id, now_ms).await? {
            return Ok(());
        }
        let entry = AuditEntry {
            actor_id: None,
            body_id: row.body_id,
            action: "minutes.approve".to_owned(),
            detail: format!("minutes #{} by poll #{}", row.id, closed.poll.id),
        };
        tx.append_audit(&entry, now_ms).await?;
        if let Some((platform, room_id)) = tx.room_address(closed.poll.room_key).await?
            && let Ok(platform) = platform.parse::<Platform>()
        {
            let lang = language(tx, &row, &closed.config.default_language).await?;
            let reply = Reply::public(
                Msg::new("minutes-approved-by-poll")
                    .num("id", row.id)
                    .text("title", &row.title)
                    .num("poll", closed.poll.id),
            );
            let outgoing = Outgoing {
                destination: Destination::Room { platform, room_id },
                reply,
                locale: lang,
                zone: chrono_tz::UTC,
            };
            tx.enqueue(&envelope(&outgoing, &format!("minutes:{}:approved", row.id))?, now_ms, now_ms).await?;
        }
        Ok(())
    }
}
