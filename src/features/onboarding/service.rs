//! Checklists, ticks, and the reminders of what is left.

use chrono::Duration;

use super::{MAX_ITEMS, OnboardingDone, OnboardingItems, OnboardingShow};
use crate::core::actor::Role;
use crate::core::engine::{Ctx, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::grammar::ListChange;
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Block, Destination, Msg, Reply};
use crate::features::bodies::{audit, known_member, require_in, target_body};
use crate::scheduler::envelope;
use crate::store::{self, BodyRow, JobKind, OnboardingItem, Tx};

pub const ONBOARDING_JOB: JobKind = JobKind("onboarding");

/// How long after the start, and then between reminders, a member with items left is reminded.
const REMIND_EVERY: Duration = Duration::days(3);
/// The most reminders: after a month, the checklist waits for staff.
const MAX_REMINDERS: i64 = 10;

/// The items with a mark for those done, as a list.
fn checklist(items: &[OnboardingItem], done: &[i64]) -> Block {
    Block::List(
        items
            .iter()
            .map(|item| {
                Msg::new("onboarding-item")
                    .num("number", item.position)
                    .text("text", &item.text)
                    .code("done", if done.contains(&item.id) { "yes" } else { "no" })
            })
            .collect(),
    )
}

/// Starts a new member's onboarding in a body whose checklist has items, in the approval's
/// transaction: the first reminder is scheduled. Returns the checklist to add to the welcome.
pub async fn start(tx: &mut Tx, body: &BodyRow, member_id: i64, now_ms: i64) -> anyhow::Result<Option<Block>> {
    let items = tx.onboarding_items(body.id).await?;
    if items.is_empty() {
        return Ok(None);
    }
    let Some(id) = tx.start_onboarding(body.id, member_id, now_ms).await? else { return Ok(None) };
    tx.schedule_job(ONBOARDING_JOB, id, now_ms + REMIND_EVERY.num_milliseconds(), now_ms).await?;
    Ok(Some(checklist(&items, &[])))
}

/// Whose checklist a command is about: the actor's, or (for staff) the member named.
async fn subject(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    body: &BodyRow,
    user: Option<&str>,
) -> CommandResult<(i64, Option<crate::core::reply::Mention>)> {
    match user {
        None => Ok((ctx.actor.member_id, None)),
        Some(mention) => {
            require_in(tx, ctx.actor, body, Role::Staff).await?;
            let (member, mention) = known_member(tx, ctx, mention).await?;
            Ok((member.id, Some(mention)))
        }
    }
}

/// `onboarding [BODY] [@USER]`.
pub async fn show(ctx: &Ctx<'_>, cmd: OnboardingShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.short.as_deref()).await?;
    let (member_id, who) = subject(&mut tx, ctx, &body, cmd.user.as_deref()).await?;
    let items = tx.onboarding_items(body.id).await?;
    let onboarding = tx.onboarding_of(body.id, member_id).await?;
    let done = match &onboarding {
        Some(o) => tx.onboarding_ticks(o.id).await?,
        None => Vec::new(),
    };
    tx.commit().await?;
    let Some(onboarding) = onboarding else {
        let msg = match who {
            Some(who) => Msg::new("onboarding-none-for").mention("who", who),
            None => Msg::new("onboarding-none"),
        };
        return Ok(Reply::private(msg.code("body", &body.short)));
    };
    let left = items.iter().filter(|i| !done.contains(&i.id)).count() as i64;
    let title = match who {
        Some(who) => Msg::new("onboarding-title-for").mention("who", who),
        None => Msg::new("onboarding-title"),
    };
    let title = title.code("body", &body.short).num("left", left).num("total", items.len() as i64);
    let mut reply = Reply::private(title).with(checklist(&items, &done));
    if onboarding.finished_at.is_none() && left > 0 {
        reply = reply.with(Block::Paragraph(Msg::new("onboarding-how")));
    }
    Ok(reply)
}

/// `onboarding done NUMBER [@USER] [BODY]`.
pub async fn done(ctx: &Ctx<'_>, cmd: OnboardingDone) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.short.as_deref()).await?;
    let (member_id, _) = subject(&mut tx, ctx, &body, cmd.user.as_deref()).await?;
    let Some(onboarding) = tx.onboarding_of(body.id, member_id).await? else {
        return Err(UserError::Refused(Msg::new("onboarding-none").code("body", &body.short)).into());
    };
    let items = tx.onboarding_items(body.id).await?;
    let Some(item) = items.iter().find(|i| i.position == cmd.number) else {
        return Err(UserError::NotFound { kind: "item", id: cmd.number.to_string() }.into());
    };
    let now = ctx.now_ms();
    if !tx.tick_onboarding(onboarding.id, item.id, ctx.actor.member_id, now).await? {
        tx.rollback().await?;
        return Ok(Reply::private(
            Msg::new("onboarding-already").num("number", item.position).text("text", &item.text),
        ));
    }
    let done = tx.onboarding_ticks(onboarding.id).await?;
    let left = items.iter().filter(|i| !done.contains(&i.id)).count() as i64;
    if left == 0 {
        tx.update_onboarding(onboarding.id, Some(now), onboarding.reminded).await?;
    }
    if member_id != ctx.actor.member_id {
        audit(&mut tx, ctx, Some(body.id), "onboarding.tick", format!("member {member_id} item {}", item.position))
            .await?;
    }
    tx.commit().await?;
    let msg = if left == 0 { Msg::new("onboarding-complete") } else { Msg::new("onboarding-ticked").num("left", left) };
    Ok(Reply::private(msg.num("number", item.position).text("text", &item.text).code("body", &body.short)))
}

/// `onboarding items BODY [add "TEXT" | remove NUMBER]`.
pub async fn items(ctx: &Ctx<'_>, cmd: OnboardingItems) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    let reply = match cmd.change {
        None => {
            let items = tx.onboarding_items(body.id).await?;
            tx.commit().await?;
            if items.is_empty() {
                return Ok(Reply::public(Msg::new("onboarding-items-none").code("body", &body.short)));
            }
            let lines =
                items.iter().map(|i| Msg::new("onboarding-item-line").num("number", i.position).text("text", &i.text));
            return Ok(Reply::public(Msg::new("onboarding-items-title").code("body", &body.short))
                .with(Block::List(lines.collect())));
        }
        Some(ListChange::Add(text)) => {
            require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
            if tx.onboarding_items(body.id).await?.len() >= MAX_ITEMS {
                return Err(UserError::Refused(
                    Msg::new("err-onboarding-full").code("body", &body.short).num("max", MAX_ITEMS as i64),
                )
                .into());
            }
            let number = tx.add_onboarding_item(body.id, &text).await?;
            audit(&mut tx, ctx, Some(body.id), "onboarding.item.add", text.clone()).await?;
            Msg::new("onboarding-item-added").code("body", &body.short).num("number", number).text("text", &text)
        }
        Some(ListChange::Remove(number)) => {
            require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
            if !tx.remove_onboarding_item(body.id, number).await? {
                return Err(UserError::NotFound { kind: "item", id: number.to_string() }.into());
            }
            audit(&mut tx, ctx, Some(body.id), "onboarding.item.remove", number.to_string()).await?;
            Msg::new("onboarding-item-removed").code("body", &body.short).num("number", number)
        }
    };
    tx.commit().await?;
    Ok(Reply::public(reply))
}

/// Reminds a new member of the items left, every few days, until all are done (or a month has
/// passed, or they left the body).
pub struct RemindOnboarding;

#[async_trait::async_trait]
impl JobHandler for RemindOnboarding {
    fn kind(&self) -> &'static str {
        ONBOARDING_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(onboarding) = tx.onboarding(job.job.ref_id).await? else { return Ok(()) };
        if onboarding.finished_at.is_some() || tx.roles_in(onboarding.body_id, onboarding.member_id).await?.is_empty() {
            return Ok(());
        }
        let items = tx.onboarding_items(onboarding.body_id).await?;
        let done = tx.onboarding_ticks(onboarding.id).await?;
        let left: Vec<OnboardingItem> = items.iter().filter(|i| !done.contains(&i.id)).cloned().collect();
        let now = store::millis(job.now);
        if left.is_empty() {
            tx.update_onboarding(onboarding.id, Some(now), onboarding.reminded).await?;
            return Ok(());
        }
        let Some(member) = tx.member_by_id(onboarding.member_id).await? else { return Ok(()) };
        let body = tx.body_by_id(onboarding.body_id).await?.map(|b| b.short).unwrap_or_default();
        if let Some(destination) = Destination::direct(&tx.identities_of(member.id).await?, "") {
            let reply =
                Reply::private(Msg::new("onboarding-reminder").code("body", &body).num("left", left.len() as i64))
                    .with(checklist(&left, &[]))
                    .with(Block::Paragraph(Msg::new("onboarding-how")));
            let outgoing = Outgoing {
                destination,
                reply,
                locale: member.locale.clone().unwrap_or_else(|| job.config.default_language.clone()),
                zone: member.timezone.as_deref().and_then(|z| z.parse().ok()).unwrap_or(job.config.default_timezone),
            };
            let key = format!("onboarding:{}:{}", onboarding.id, onboarding.reminded + 1);
            tx.enqueue(&envelope(&outgoing, &key)?, now, now).await?;
        }
        let reminded = onboarding.reminded + 1;
        tx.update_onboarding(onboarding.id, None, reminded).await?;
        if reminded < MAX_REMINDERS {
            tx.schedule_job(ONBOARDING_JOB, onboarding.id, now + REMIND_EVERY.num_milliseconds(), now).await?;
        }
        Ok(())
    }
}
