//! `!audit verify`: re-computes the hash chain of the audit log and says whether it is intact.

use crate::core::actor::Role;
use crate::core::command::{Category, CommandSpec, Scope};
use crate::core::engine::Ctx;
use crate::core::error::CommandResult;
use crate::core::registry::Registry;
use crate::core::reply::{Msg, Reply};

/// `audit verify`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditVerify;

crate::runs! { AuditVerify => () verify }

/// What the audit log plugs into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}

pub static COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "audit verify",
    aliases: &[],
    category: Category("category-audit"),
    role: Some(Role::Staff),
    scope: Scope::Room,
    usage: "audit verify",
    params: &[],
    flags: &[],
    examples: &["audit verify"],
    complete: None,
    parse: |_| Ok(Box::new(AuditVerify)),
}];

pub async fn verify(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let report = tx.verify_audit().await?;
    tx.commit().await?;
    Ok(match report.broken_at {
        None => Reply::public(Msg::new("audit-ok").num("count", report.entries)),
        Some(seq) => Reply::error(Msg::new("audit-broken").num("seq", seq).num("count", report.entries)),
    })
}
