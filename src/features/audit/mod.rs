//! `!audit verify`: re-computes the hash chain of the audit log and says whether it is intact.

use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Scope};
use crate::core::engine::Ctx;
use crate::core::error::CommandResult;
use crate::core::reply::{Msg, Reply};

pub static COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "audit verify",
    aliases: &[],
    category: Category::Audit,
    role: Some(Role::Staff),
    scope: Scope::Room,
    usage: "audit verify",
    params: &[],
    flags: &[],
    examples: &["audit verify"],
    parse: |_| Ok(Command::AuditVerify),
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
