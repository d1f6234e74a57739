//! A member's own data: `!mydata` sends them everything Quorum holds about them, privately, as a
//! JSON file; `!forgetme` (confirmed with `--yes`) erases it, keeping anonymous counts.

use crate::core::command::{Category, CommandSpec, Scope};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError};
use crate::core::grammar::{Args, FlagSpec};
use crate::core::registry::Registry;
use crate::core::reply::{Attachment, Block, Choice, Msg, Reply};
use crate::features::{members, reminders};
use crate::store::{AuditEntry, WITHHELD};

/// `mydata`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyData;

/// `forgetme [--yes]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForgetMe {
    pub confirmed: bool,
}

crate::runs! {
    MyData => () my_data,
    ForgetMe => forget_me,
}

const CATEGORY: Category = Category("category-settings");

pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "mydata",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "mydata",
        params: &[],
        flags: &[],
        examples: &["mydata"],
        complete: None,
        parse: |_| Ok(Box::new(MyData)),
    },
    CommandSpec {
        name: "forgetme",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "forgetme [--yes]",
        params: &[],
        flags: &[FlagSpec { name: "yes", takes_value: false }],
        examples: &["forgetme", "forgetme --yes"],
        complete: None,
        parse: parse_forget,
    },
];

fn parse_forget(args: &mut Args) -> Result<crate::core::command::Command, ParseError> {
    Ok(Box::new(ForgetMe { confirmed: args.switch("yes") }))
}

/// What privacy plugs into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}

/// `mydata`: everything stored about the actor, as a JSON file sent privately. Staff-only notes
/// and secrets are withheld, and the file says which.
pub async fn my_data(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let data = tx.member_data(ctx.actor.member_id).await?;
    tx.commit().await?;
    let withheld: Vec<String> = WITHHELD.iter().map(|(table, column)| format!("{table}.{column}")).collect();
    let document = serde_json::json!({
        "member": ctx.actor.member_id,
        "exported_at": ctx.clock.now().to_rfc3339(),
        "withheld": withheld,
        "tables": data,
    });
    let content = serde_json::to_string_pretty(&document).map_err(anyhow::Error::from)?;
    let file = Attachment {
        name: format!("quorum-my-data-{}.json", ctx.actor.member_id),
        mime: "application/json".to_owned(),
        content,
    };
    Ok(Reply::private(Msg::new("mydata-ready")).with(Block::File(file)))
}

/// `forgetme [--yes]`: without `--yes`, says what would go and offers the confirmation.
pub async fn forget_me(ctx: &Ctx<'_>, cmd: ForgetMe) -> CommandResult<Reply> {
    if !cmd.confirmed {
        let confirm = Choice { command: "forgetme --yes".to_owned(), label: Msg::new("forgetme-confirm"), emoji: None };
        return Ok(Reply::private(Msg::new("forgetme-ask")).with(Block::Choices(vec![confirm])));
    }
    let member = ctx.actor.member_id;
    let pseudonym = format!("former-member-{member}");
    let now = ctx.now_ms();
    let mut tx = ctx.store.begin().await?;
    let (reminder_ids, record_ids) = tx.forget_member(member, &pseudonym).await?;
    for id in reminder_ids {
        tx.cancel_jobs_for(reminders::REMINDER_JOB, id, now).await?;
    }
    for id in record_ids {
        tx.cancel_jobs_for(members::STATUS_JOB, id, now).await?;
    }
    let entry = AuditEntry { actor_id: Some(member), body_id: None, action: "member.forget".into(), detail: pseudonym };
    tx.append_audit(&entry, now).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::private(Msg::new("forgetme-done")))
}
