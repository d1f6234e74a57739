//! Linking and unlinking accounts, each in one transaction, audited.
//!
//! The rules:
//! - A code is given and used only where nobody else reads the command: a direct message, or a
//!   Discord command (an interaction, answered ephemerally). A code sent in a room could be read
//!   by others: it is refused, and the code it names (if any) is locked.
//! - The member who asked for the code survives; the member of the account that sends it is
//!   merged into it, with everything it holds (`Tx::merge_members`): where both hold the same (a
//!   role, an answer), the survivor's is kept. The admin flag is the OR of both.
//! - A code is used from another platform than the one it was asked for on, by an account that
//!   does not already belong to the member who asked for it, and the merged member may not end
//!   up with two accounts on one platform (a member has one account per platform). These
//!   refusals leave the code as it was.
//! - When the sender's member holds records (roles, reminders, answers …), which unlinking does
//!   not give back, the merge waits for `--yes` (offered as a choice); until then nothing is
//!   written and the code keeps working.
//! - Only a wrong secret counts as a wrong try; the fifth locks the code. A wrong try is
//!   recorded although the command is refused: that is its point.
//! - `account unlink PLATFORM` makes that account a member of its own (with no roles); everything
//!   else stays with the member, who keeps its other accounts. Codes that account asked for are
//!   dropped. The only account cannot be
//!   unlinked. The account written from may be unlinked when another remains: from then on it
//!   acts as the new member.

use chrono::Duration;

use crate::core::engine::{Ctx, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::reply::{Block, Choice, Destination, Msg, Reply};
use crate::i18n;
use crate::scheduler::envelope;
use crate::store::{self, AccountRow, AuditEntry, MergeReport, Tx, WrongTry};

use super::code::{CODE_LIFETIME_MIN, LinkCode, MAX_WRONG_TRIES};
use super::{AccountLink, AccountUnlink};

fn refused(msg: Msg) -> crate::core::error::CommandError {
    UserError::Refused(msg).into()
}

/// One line per account, as `!whoami` and a link's confirmation list them.
pub fn account_lines(accounts: &[AccountRow]) -> Vec<Msg> {
    accounts
        .iter()
        .map(|a| {
            Msg::new("whoami-account")
                .code("platform", &a.platform)
                .code("user", &a.user_id)
                .text("name", &a.display_name)
        })
        .collect()
}

pub async fn link(ctx: &Ctx<'_>, cmd: AccountLink) -> CommandResult<Reply> {
    match cmd.code {
        None => issue(ctx).await,
        Some(typed) => redeem(ctx, &typed, cmd.confirmed).await,
    }
}

/// `account link`: a new code, in a direct message only.
async fn issue(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    if !actor.speaks_privately() {
        return Err(refused(Msg::new("err-account-link-public")));
    }
    let now = ctx.clock.now();
    let expires = now + Duration::minutes(CODE_LIFETIME_MIN);
    let mut tx = ctx.store.begin().await?;
    let mut code = LinkCode::draw(|| ctx.clock.random());
    let mut tries = 0;
    while !tx
        .replace_link_code(
            actor.member_id,
            code.handle(),
            &code.hash(),
            actor.user.platform.as_str(),
            now.timestamp_millis(),
            expires.timestamp_millis(),
        )
        .await?
    {
        tries += 1;
        if tries == 20 {
            tx.rollback().await?;
            return Err(anyhow::anyhow!("no free link code handle after 20 draws").into());
        }
        code = LinkCode::draw(|| ctx.clock.random());
    }
    tx.commit().await?;
    Ok(Reply::private(Msg::new("account-code-issued").code("code", code.shown()).time("until", expires)))
}

/// `account link CODE`: joins the actor's member into the member who asked for the code.
async fn redeem(ctx: &Ctx<'_>, typed: &str, confirmed: bool) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let code = LinkCode::read(typed);
    let now = ctx.now_ms();
    if !actor.speaks_privately() {
        // Others may have read it: whatever it was, it must not work any more.
        if let Some(code) = &code {
            let mut tx = ctx.store.begin().await?;
            if tx.link_code(code.handle()).await?.is_some_and(|row| row.code_hash == code.hash()) {
                tx.lock_link_code(code.handle(), MAX_WRONG_TRIES).await?;
            }
            tx.commit().await?;
        }
        return Err(refused(Msg::new("err-account-code-public")));
    }
    let Some(code) = code else { return Err(refused(Msg::new("err-link-code-format"))) };
    let mut tx = ctx.store.begin().await?;
    let Some(row) = tx.link_code(code.handle()).await? else {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-link-code-unknown").code("handle", code.handle())));
    };
    let refusal = if row.used_at.is_some() {
        Some(Msg::new("err-link-code-used"))
    } else if row.wrong_tries >= MAX_WRONG_TRIES {
        Some(Msg::new("err-link-code-locked").num("tries", MAX_WRONG_TRIES))
    } else if row.expires_at <= now {
        Some(Msg::new("err-link-code-expired").time("at", store::instant(row.expires_at)))
    } else {
        None
    };
    if let Some(msg) = refusal {
        tx.rollback().await?;
        return Err(refused(msg));
    }
    if row.code_hash != code.hash() {
        let counted = tx.count_wrong_link_try(code.handle(), MAX_WRONG_TRIES).await?;
        tx.commit().await?;
        return Err(refused(match counted {
            WrongTry::Counted(n) if n < MAX_WRONG_TRIES => {
                Msg::new("err-link-code-wrong").num("left", MAX_WRONG_TRIES - n)
            }
            _ => Msg::new("err-link-code-now-locked").num("tries", MAX_WRONG_TRIES),
        }));
    }
    let survivor = row.member_id;
    // The sender's member as it stands in this transaction (another link may have moved the
    // account since the command was resolved).
    let gone = match tx.find_identity(actor.user.platform.as_str(), &actor.user.user_id).await? {
        Some(member) => member.id,
        None => actor.member_id,
    };
    let survivor_accounts = tx.accounts_of(survivor).await?;
    let joining = tx.accounts_of(gone).await?;
    let refusal = if survivor == gone {
        Some(Msg::new("err-link-code-own").num("id", survivor))
    } else if row.platform == actor.user.platform.as_str() {
        Some(Msg::new("err-link-code-same-platform").code("platform", &row.platform))
    } else {
        joining
            .iter()
            .find(|a| survivor_accounts.iter().any(|s| s.platform == a.platform))
            .map(|a| Msg::new("err-link-platform-taken").code("platform", &a.platform))
    };
    if let Some(msg) = refusal {
        tx.rollback().await?;
        return Err(refused(msg));
    }
    // What the sender's member holds moves for good: asked first, nothing written, the code kept.
    let held = if confirmed { 0 } else { tx.member_holdings(gone).await? };
    if held > 0 {
        tx.rollback().await?;
        let confirm = Choice {
            command: format!("account link {} --yes", code.shown()),
            label: Msg::new("account-confirm-link"),
            emoji: None,
        };
        return Ok(Reply::private(
            Msg::new("account-link-confirm").num("gone", gone).num("id", survivor).num("count", held),
        )
        .with(Block::Choices(vec![confirm])));
    }
    if !tx.use_link_code(code.handle(), MAX_WRONG_TRIES, now).await? {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-link-code-used")));
    }
    let report = tx.merge_members(survivor, gone).await?;
    let entry = AuditEntry {
        actor_id: Some(survivor),
        body_id: None,
        action: "account.link".to_owned(),
        detail: merge_detail(survivor, gone, actor.user.platform.as_str(), &report),
    };
    tx.append_audit(&entry, now).await?;
    let accounts = tx.accounts_of(survivor).await?;
    if let Some(notice) = notice_to_asker(ctx, &mut tx, &row.platform, survivor, &accounts).await? {
        tx.enqueue(&envelope(&notice, &format!("account-link:{survivor}:{now}:{}", row.handle))?, now, now).await?;
    }
    tx.commit().await?;
    ctx.outbox_changed();
    Ok(Reply::private(
        Msg::new("account-linked")
            .code("platform", actor.user.platform.as_str())
            .code("user", &actor.user.user_id)
            .num("id", survivor),
    )
    .with(Block::List(account_lines(&accounts)))
    .with(Block::Paragraph(Msg::new("account-merged").num("gone", gone).num("id", survivor))))
}

/// A direct message to the account that asked for the code, on its platform, in its member's
/// language and zone: which account joined, and how to undo it if that was not them (a stolen
/// code would otherwise join a stranger unseen).
async fn notice_to_asker(
    ctx: &Ctx<'_>,
    tx: &mut Tx,
    platform: &str,
    survivor: i64,
    accounts: &[AccountRow],
) -> anyhow::Result<Option<Outgoing>> {
    let Some(asker) = accounts.iter().find(|a| a.platform == platform) else { return Ok(None) };
    let Ok(asker_platform) = platform.parse() else { return Ok(None) };
    let Some(member) = tx.find_identity(platform, &asker.user_id).await? else { return Ok(None) };
    let joined = ctx.actor.user.platform.as_str();
    let reply = Reply::private(
        Msg::new("account-linked-notice")
            .code("platform", joined)
            .code("user", &ctx.actor.user.user_id)
            .num("id", survivor),
    );
    Ok(Some(Outgoing {
        destination: Destination::Direct { platform: asker_platform, user_id: asker.user_id.clone() },
        reply,
        locale: member
            .locale
            .and_then(|l| i18n::supported(&l).map(str::to_owned))
            .unwrap_or_else(|| ctx.config.default_language.clone()),
        zone: member.timezone.and_then(|z| z.parse().ok()).unwrap_or(ctx.config.default_timezone),
    }))
}

/// The audit line of a merge: who went into whom from which platform, and how many rows of each
/// kind moved or were dropped (never what they said).
fn merge_detail(survivor: i64, gone: i64, platform: &str, report: &MergeReport) -> String {
    let list = |rows: &[(String, u64)]| rows.iter().map(|(t, n)| format!("{t}={n}")).collect::<Vec<_>>().join(",");
    format!(
        "member {gone} merged into {survivor} from {platform}; moved {}; dropped {}",
        list(&report.moved),
        list(&report.dropped)
    )
}

/// `account unlink PLATFORM`.
pub async fn unlink(ctx: &Ctx<'_>, cmd: AccountUnlink) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let platform = cmd.platform.as_str();
    let now = ctx.now_ms();
    let mut tx = ctx.store.begin().await?;
    let accounts = tx.accounts_of(actor.member_id).await?;
    let Some(target) = accounts.iter().find(|a| a.platform == platform).cloned() else {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-unlink-none").code("platform", platform)));
    };
    if accounts.len() == 1 {
        tx.rollback().await?;
        return Err(refused(Msg::new("err-unlink-only").code("platform", platform)));
    }
    let new_member = tx.split_account(platform, &target.user_id, now).await?;
    // A code that account asked for would join a stranger to the member it no longer belongs to.
    tx.drop_link_codes(actor.member_id, platform).await?;
    // The member is named after an account it keeps: the one written from, else the first.
    let kept = accounts
        .iter()
        .filter(|a| a.platform != platform)
        .find(|a| a.platform == actor.user.platform.as_str())
        .or_else(|| accounts.iter().find(|a| a.platform != platform));
    if let Some(kept) = kept {
        tx.rename_member_after_account(actor.member_id, &kept.platform, &kept.user_id).await?;
    }
    let entry = AuditEntry {
        actor_id: Some(actor.member_id),
        body_id: None,
        action: "account.unlink".to_owned(),
        detail: format!("{platform} account of member {} split off as member {new_member}", actor.member_id),
    };
    tx.append_audit(&entry, now).await?;
    let left = tx.accounts_of(actor.member_id).await?;
    tx.commit().await?;
    let mut reply = Reply::private(
        Msg::new("account-unlinked").code("platform", platform).code("user", &target.user_id).num("id", new_member),
    );
    if platform == actor.user.platform.as_str() {
        reply = reply.with(Block::Paragraph(Msg::new("account-unlinked-here").num("id", new_member)));
    }
    Ok(reply
        .with(Block::Paragraph(Msg::new("account-remaining").num("id", actor.member_id)))
        .with(Block::List(account_lines(&left))))
}
