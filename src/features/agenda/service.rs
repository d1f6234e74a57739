//! Adding, showing, reordering and removing agenda items, and the agenda in a meeting's reminder
//! and details.

use chrono::{DateTime, NaiveDate, Utc};

use super::model::{AgendaAdd, AgendaOrder, AgendaRemove, AgendaShow, MAX_ITEMS, is_permutation};
use super::render;
use crate::core::engine::Ctx;
use crate::core::error::{CommandError, CommandResult, UserError};
use crate::core::reply::{Block, Msg, Reply};
use crate::features::meetings::{self, MeetingHook, Occurrence, Timing};
use crate::features::minutes::actions;
use crate::store::{AgendaItemRow, MeetingRow, Tx};

/// One occurrence's agenda, as a command finds it.
struct Agenda {
    meeting: MeetingRow,
    occurrence: Occurrence,
    slot: String,
    items: Vec<AgendaItemRow>,
}

impl Agenda {
    /// The agenda of `meeting`'s occurrence on `date`, or of the one under way or next to come.
    /// With `lock`, other transactions wait to change it until this one ends.
    async fn load(
        tx: &mut Tx,
        meeting: MeetingRow,
        date: Option<NaiveDate>,
        now: DateTime<Utc>,
        lock: bool,
    ) -> CommandResult<Self> {
        let occurrence = occurrence_of(&meeting, date, now)?;
        let slot = occurrence.id(meeting.id).key();
        if lock {
            tx.lock_agenda(meeting.id).await?;
        }
        let items = tx.agenda_items(meeting.id, &slot).await?;
        Ok(Self { meeting, occurrence, slot, items })
    }

    fn heading(&self, key: &str) -> Msg {
        render::heading(key, &self.meeting, self.occurrence.starts)
    }

    /// The refusal for an agenda that has no items yet.
    fn empty(&self) -> CommandError {
        UserError::Refused(self.heading("agenda-empty")).into()
    }
}

/// The occurrence of `meeting` an agenda command is about: the one on `date`, or the one under way
/// or next to come.
pub(super) fn occurrence_of(
    meeting: &MeetingRow,
    date: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> CommandResult<Occurrence> {
    let timing = meetings::timing(meeting)?;
    Ok(match date {
        Some(date) => meetings::occurrence_on(meeting, &timing, date, now)?,
        None => timing
            .current_or_next(now)
            .ok_or_else(|| UserError::Refused(Msg::new("meeting-over").num("id", meeting.id)))?,
    })
}

/// Puts items after those already on an occurrence's agenda, each `(text, author)`, as far as
/// the agenda has room (`MAX_ITEMS`). Returns the items added, numbered.
pub(super) async fn append_items(
    tx: &mut Tx,
    meeting_id: i64,
    slot: &str,
    items: &[(String, i64)],
    now_ms: i64,
) -> anyhow::Result<Vec<AgendaItemRow>> {
    tx.lock_agenda(meeting_id).await?;
    let before = tx.agenda_items(meeting_id, slot).await?.len();
    for (number, (text, author)) in (before as i64 + 1..).zip(items.iter().take(MAX_ITEMS.saturating_sub(before))) {
        tx.insert_agenda_item(meeting_id, slot, number, text, *author, now_ms).await?;
    }
    Ok(tx.agenda_items(meeting_id, slot).await?.split_off(before))
}

pub async fn add(ctx: &Ctx<'_>, cmd: AgendaAdd) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let meeting = meetings::visible(&mut tx, ctx, cmd.id).await?;
    // Members propose items; an administrator may put one on any agenda.
    if !ctx.actor.is_global_admin {
        meetings::require_body_member(&mut tx, ctx, &meeting, "err-agenda-not-member").await?;
    }
    let agenda = Agenda::load(&mut tx, meeting, cmd.date, ctx.clock.now(), true).await?;
    if agenda.items.len() >= MAX_ITEMS {
        return Err(UserError::Refused(agenda.heading("err-agenda-full").num("max", MAX_ITEMS as i64)).into());
    }
    let number = agenda.items.len() as i64 + 1;
    tx.insert_agenda_item(agenda.meeting.id, &agenda.slot, number, &cmd.text, ctx.actor.member_id, ctx.now_ms())
        .await?;
    tx.commit().await?;
    Ok(Reply::public(agenda.heading("agenda-added").num("number", number).text("text", &cmd.text)))
}

pub async fn show(ctx: &Ctx<'_>, cmd: AgendaShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let meeting = meetings::visible(&mut tx, ctx, cmd.id).await?;
    let agenda = Agenda::load(&mut tx, meeting, cmd.date, ctx.clock.now(), false).await?;
    let carried = carried(&mut tx, &agenda.meeting, &agenda.occurrence, Some(ctx.clock.now())).await?;
    tx.commit().await?;
    let mut reply = if agenda.items.is_empty() {
        Reply::public(agenda.heading("agenda-empty"))
    } else {
        Reply::public(agenda.heading("agenda-title").num("count", agenda.items.len() as i64))
            .with(Block::List(render::items(&agenda.items)))
    };
    // The open actions of earlier meetings come first.
    reply.blocks.splice(0..0, carried);
    Ok(reply)
}

/// The open actions of earlier meetings an occurrence carries, listed before its items.
async fn carried(
    tx: &mut Tx,
    meeting: &MeetingRow,
    occurrence: &Occurrence,
    now: Option<DateTime<Utc>>,
) -> anyhow::Result<Vec<Block>> {
    let key = occurrence.id(meeting.id).key();
    actions::carried_by_occurrence(tx, meeting, &key, occurrence.starts, now).await
}

pub async fn order(ctx: &Ctx<'_>, cmd: AgendaOrder) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let meeting = meetings::changeable(&mut tx, ctx, cmd.id).await?;
    let mut agenda = Agenda::load(&mut tx, meeting, cmd.date, ctx.clock.now(), true).await?;
    if agenda.items.is_empty() {
        return Err(agenda.empty());
    }
    let count = agenda.items.len();
    if !is_permutation(&cmd.order, count) {
        return Err(UserError::Refused(Msg::new("err-agenda-bad-order").num("count", count as i64)).into());
    }
    // A permutation of 1..=count: every index is in range.
    let mut items: Vec<AgendaItemRow> = cmd.order.iter().map(|n| agenda.items[(*n - 1) as usize].clone()).collect();
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    tx.renumber_agenda(agenda.meeting.id, &agenda.slot, &ids).await?;
    tx.commit().await?;
    for (position, item) in (1..).zip(&mut items) {
        item.position = position;
    }
    agenda.items = items;
    Ok(Reply::public(agenda.heading("agenda-ordered")).with(Block::List(render::items(&agenda.items))))
}

pub async fn remove(ctx: &Ctx<'_>, cmd: AgendaRemove) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let meeting = meetings::visible(&mut tx, ctx, cmd.id).await?;
    let mut agenda = Agenda::load(&mut tx, meeting, cmd.date, ctx.clock.now(), true).await?;
    if agenda.items.is_empty() {
        return Err(agenda.empty());
    }
    let Some(index) = agenda.items.iter().position(|i| i.position == cmd.item) else {
        let count = agenda.items.len() as i64;
        return Err(UserError::Refused(
            agenda.heading("err-agenda-no-item").num("number", cmd.item).num("count", count),
        )
        .into());
    };
    if agenda.items[index].author_id != ctx.actor.member_id {
        // Someone else's item: the meeting's scheduler or staff of its body may take it off.
        match meetings::changeable(&mut tx, ctx, agenda.meeting.id).await {
            Ok(_) => {}
            Err(CommandError::User(UserError::Refused(_))) => {
                return Err(UserError::Refused(
                    Msg::new("err-agenda-not-yours").num("id", agenda.meeting.id).num("number", cmd.item),
                )
                .into());
            }
            Err(e) => return Err(e),
        }
    }
    let removed = agenda.items.remove(index);
    tx.delete_agenda_item(removed.id).await?;
    let ids: Vec<i64> = agenda.items.iter().map(|i| i.id).collect();
    tx.renumber_agenda(agenda.meeting.id, &agenda.slot, &ids).await?;
    tx.commit().await?;
    for (position, item) in (1..).zip(&mut agenda.items) {
        item.position = position;
    }
    let reply = Reply::public(agenda.heading("agenda-removed").num("number", cmd.item).text("text", &removed.text));
    Ok(if agenda.items.is_empty() { reply } else { reply.with(Block::List(render::items(&agenda.items))) })
}

/// The items of one occurrence's agenda.
async fn items_of(tx: &mut Tx, meeting: &MeetingRow, occurrence: &Occurrence) -> anyhow::Result<Vec<AgendaItemRow>> {
    tx.agenda_items(meeting.id, &occurrence.id(meeting.id).key()).await
}

/// Each occurrence's agenda goes along in meetings' reminders and `meeting show`, and follows its
/// occurrence when the meeting's timing changes.
pub struct AgendaInMeetings;

#[async_trait::async_trait]
impl MeetingHook for AgendaInMeetings {
    /// After a meeting's timing changed, each coming occurrence's agenda, and its agenda poll,
    /// follows its occurrence (`meetings::successors`: same day, else same place in the series,
    /// never two onto one).
    /// Agendas of occurrences already over stay where they were, as a record.
    async fn timing_changed(
        &self,
        tx: &mut Tx,
        meeting_id: i64,
        old: &Timing,
        new: &Timing,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        tx.lock_agenda(meeting_id).await?;
        let mut slots = tx.agenda_slots(meeting_id).await?;
        slots.extend(tx.agenda_poll_slots(meeting_id).await?);
        slots.sort();
        slots.dedup();
        let pairs = meetings::successors(old, new, now, &slots);
        // In two steps, so that an agenda moving onto a slot another one is leaving never mixes
        // with it. An agenda poll still running goes along with its occurrence's agenda.
        for (from, _) in &pairs {
            tx.move_agenda(meeting_id, from, &format!("moving:{from}")).await?;
            tx.move_agenda_polls(meeting_id, from, &format!("moving:{from}")).await?;
        }
        for (from, to) in &pairs {
            tx.move_agenda(meeting_id, &format!("moving:{from}"), to).await?;
            tx.move_agenda_polls(meeting_id, &format!("moving:{from}"), to).await?;
        }
        Ok(())
    }

    /// The occurrence's items, listed below the reminder's first line.
    async fn reminder_lines(
        &self,
        tx: &mut Tx,
        meeting: &MeetingRow,
        occurrence: &Occurrence,
    ) -> anyhow::Result<Vec<Block>> {
        let items = items_of(tx, meeting, occurrence).await?;
        let mut blocks = carried(tx, meeting, occurrence, None).await?;
        if !items.is_empty() {
            blocks.push(Block::List(render::items(&items)));
        }
        Ok(blocks)
    }

    /// The shown occurrence's agenda, when it has one.
    async fn show_lines(
        &self,
        tx: &mut Tx,
        meeting: &MeetingRow,
        occurrence: &Occurrence,
    ) -> anyhow::Result<Vec<Block>> {
        let items = items_of(tx, meeting, occurrence).await?;
        let mut blocks = carried(tx, meeting, occurrence, None).await?;
        if !items.is_empty() {
            blocks.push(Block::Paragraph(Msg::new("meeting-show-agenda").num("count", items.len() as i64)));
            blocks.push(Block::List(render::items(&items)));
        }
        Ok(blocks)
    }
}
