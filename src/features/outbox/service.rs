//! Listing failed sends and putting one back. Staff of a body see the sends to the rooms of
//! their body and the direct messages to people who hold a role in it; administrators see all.

use crate::core::actor::Role;
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, UserError};
use crate::core::permissions;
use crate::core::reply::{Block, Msg, Reply};
use crate::store::AuditEntry;

use super::OutboxRetry;
use super::render;

/// How many failed sends `outbox` lists; a last line says how many more there are.
const MAX_LISTED: i64 = 20;

/// Whose sends the actor may see: `None` for all of them (an administrator), else the body of
/// the room. The command table has already checked the role; this says what it covers.
fn viewer_scope(ctx: &Ctx<'_>) -> Result<Option<i64>, UserError> {
    let actor = ctx.actor;
    if actor.is_global_admin {
        return Ok(None);
    }
    permissions::require_here(actor, Role::Staff)?;
    actor.body.as_ref().map(|b| Some(b.id)).ok_or(UserError::NoBodyHere)
}

pub async fn list(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let scope = viewer_scope(ctx)?;
    let mut tx = ctx.store.read().await?;
    let (sends, total) = tx.failed_sends(scope, MAX_LISTED).await?;
    tx.commit().await?;
    if sends.is_empty() {
        return Ok(Reply::private(Msg::new("outbox-none")));
    }
    let lines = sends.iter().map(render::line).collect();
    let mut reply = Reply::private(Msg::new("outbox-title").num("count", total)).with(Block::List(lines));
    let more = total - sends.len() as i64;
    if more > 0 {
        reply = reply.with(Block::Paragraph(Msg::new("outbox-more").num("count", more)));
    }
    Ok(reply)
}

pub async fn retry(ctx: &Ctx<'_>, cmd: OutboxRetry) -> CommandResult<Reply> {
    let scope = viewer_scope(ctx)?;
    let mut tx = ctx.store.begin().await?;
    // A send the actor may not see does not exist for them.
    let state = tx.outbox_state(cmd.id, scope).await?;
    let refusal = match state.as_deref() {
        None => Some(UserError::NotFound { kind: "send", id: format!("#{}", cmd.id) }),
        Some("failed") => None,
        Some("sent") => Some(UserError::Refused(Msg::new("err-outbox-sent").num("id", cmd.id))),
        Some(_) => Some(UserError::Refused(Msg::new("err-outbox-pending").num("id", cmd.id))),
    };
    if let Some(refusal) = refusal {
        tx.rollback().await?;
        return Err(refusal.into());
    }
    let now = ctx.now_ms();
    if !tx.retry_failed_send(cmd.id, now).await? {
        tx.rollback().await?;
        return Err(UserError::Refused(Msg::new("err-outbox-pending").num("id", cmd.id)).into());
    }
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: ctx.actor.body.as_ref().map(|b| b.id),
        action: "outbox.retry".to_owned(),
        detail: format!("#{}", cmd.id),
    };
    tx.append_audit(&entry, now).await?;
    tx.commit().await?;
    ctx.outbox_changed();
    Ok(Reply::private(Msg::new("outbox-retried").num("id", cmd.id)))
}

/// Failed sends the actor may retry whose number starts like what they typed, as
/// `(label, "#id")` for a completion menu; nothing for people who may not see them.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let Ok(scope) = viewer_scope(ctx) else { return Ok(Vec::new()) };
    let typed = typed.trim().trim_start_matches('#');
    let mut tx = ctx.store.read().await?;
    let (sends, _) = tx.failed_sends(scope, 100).await?;
    tx.commit().await?;
    Ok(sends
        .iter()
        .filter(|s| s.id.to_string().starts_with(typed))
        .take(limit)
        .map(|s| (render::label(s), format!("#{}", s.id)))
        .collect())
}
