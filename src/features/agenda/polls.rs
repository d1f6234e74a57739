//! Agenda polls: the members of a meeting's body propose items for one occurrence, then rank them
//! in a ranked poll; the first ones go on that occurrence's agenda. The proposals end with a job
//! (`PROPOSALS_JOB`), which opens the ranking poll; the poll's close comes back through
//! `AgendaFromPoll`, the polls' `PollPurpose` for `agenda`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::model::{AgendaPoll, AgendaProposals, AgendaPropose, MAX_ITEMS, MAX_PROPOSALS, Phase};
use super::render;
use super::service::{append_items, occurrence_of};
use crate::core::actor::Platform;
use crate::core::engine::{Ctx, EngineConfig, Outgoing};
use crate::core::error::{CommandError, CommandResult, UserError};
use crate::core::recurrence::place_local;
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Block, Destination, Msg, Reply};
use crate::features::meetings::{self, Occurrence, OccurrenceId};
use crate::features::members;
use crate::features::polls::{ClosedPoll, PollPurpose, RankedVote, open_ranked_vote};
use crate::scheduler::envelope;
use crate::store::{self, AgendaPollRow, JobKind, MeetingRow, Tx};

/// The end of an agenda poll's proposals: the ranking begins, or what there is goes on the agenda.
pub const PROPOSALS_JOB: JobKind = JobKind("agenda-proposals");
/// The purpose the ranking polls are opened under.
pub const PURPOSE: &str = "agenda";

fn not_found(id: i64) -> CommandError {
    UserError::NotFound { kind: "agenda-poll", id: format!("#{id}") }.into()
}

fn refused(msg: Msg) -> CommandError {
    UserError::Refused(msg).into()
}

/// The occurrence an agenda poll is for, while its meeting is active and the occurrence is not
/// cancelled.
async fn occurrence_of_poll(tx: &mut Tx, poll: &AgendaPollRow) -> anyhow::Result<Option<(MeetingRow, Occurrence)>> {
    let Some(meeting) = tx.meeting(poll.meeting_id).await?.filter(|m| m.active) else { return Ok(None) };
    let Some(id) = OccurrenceId::from_key(meeting.id, &poll.occurrence) else { return Ok(None) };
    let occurrence = meetings::timing(&meeting)?.occurrence(id.planned);
    Ok(occurrence.map(|o| (meeting, o)))
}

/// When an agenda poll's occurrence starts, or was planned to, once cancelled.
fn starts_of(meeting: &MeetingRow, poll: &AgendaPollRow) -> anyhow::Result<DateTime<Utc>> {
    let timing = meetings::timing(meeting)?;
    let id = OccurrenceId::from_key(meeting.id, &poll.occurrence)
        .ok_or_else(|| anyhow::anyhow!("agenda poll {} names no occurrence: {}", poll.id, poll.occurrence))?;
    Ok(timing.occurrence(id.planned).map_or_else(|| place_local(timing.zone, id.planned), |o| o.starts))
}

/// An agenda poll the actor may see (its meeting is visible to them), with its meeting; with
/// `lock`, read under a lock, to change it.
async fn find(tx: &mut Tx, ctx: &Ctx<'_>, id: i64, lock: bool) -> CommandResult<(AgendaPollRow, MeetingRow)> {
    let poll = if lock { tx.agenda_poll_for_update(id).await? } else { tx.agenda_poll(id).await? };
    let poll = poll.ok_or_else(|| not_found(id))?;
    match meetings::visible(tx, ctx, poll.meeting_id).await {
        Ok(meeting) => Ok((poll, meeting)),
        Err(CommandError::User(UserError::NotFound { .. })) => Err(not_found(id)),
        Err(e) => Err(e),
    }
}

/// The short name of a body, for messages.
async fn short_of(tx: &mut Tx, body_id: i64) -> anyhow::Result<String> {
    Ok(tx.body_by_id(body_id).await?.map(|b| b.short).unwrap_or_default())
}

/// `agenda poll ID --propose D --rank D [--top N] [--date DATE]`: the person who scheduled the
/// meeting or staff of its body open proposals for one occurrence of a body's meeting; both
/// windows end before it starts.
pub async fn open(ctx: &Ctx<'_>, cmd: AgendaPoll) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let meeting = meetings::changeable(&mut tx, ctx, cmd.id).await?;
    let Some(body_id) = meeting.body_id else {
        return Err(refused(Msg::new("err-agenda-poll-no-body").num("id", meeting.id)));
    };
    let occurrence = occurrence_of(&meeting, cmd.date, now)?;
    let propose_until = now + cmd.propose;
    let rank_until = propose_until + cmd.rank;
    if rank_until > occurrence.starts {
        let msg = render::heading("err-agenda-poll-too-late", &meeting, occurrence.starts).time("ends", rank_until);
        return Err(refused(msg));
    }
    tx.lock_agenda(meeting.id).await?;
    let slot = occurrence.id(meeting.id).key();
    if let Some(running) = tx.running_agenda_poll(meeting.id, &slot).await? {
        let msg = render::heading("err-agenda-poll-running", &meeting, occurrence.starts).num("poll", running.id);
        return Err(refused(msg));
    }
    let now_ms = store::millis(now);
    let row = AgendaPollRow {
        id: 0,
        meeting_id: meeting.id,
        occurrence: slot,
        creator_id: ctx.actor.member_id,
        phase: Phase::Proposing.as_str().to_owned(),
        propose_until: store::millis(propose_until),
        rank_until: store::millis(rank_until),
        top: cmd.top,
        poll_id: None,
        created_at: now_ms,
    };
    let id = tx.insert_agenda_poll(&row).await?;
    tx.schedule_job(PROPOSALS_JOB, id, row.propose_until, now_ms).await?;
    let short = short_of(&mut tx, body_id).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    let how = Msg::new("agenda-poll-how")
        .num("poll", id)
        .code("body", short)
        .time("propose", propose_until)
        .time("rank", rank_until)
        .num("top", cmd.top);
    Ok(Reply::public(render::heading("agenda-poll-opened", &meeting, occurrence.starts).num("poll", id))
        .with(Block::Paragraph(how)))
}

/// `agenda propose ID "TEXT"`: a member of the meeting's body in good standing (as polls count
/// them) proposes an item while the proposals are open; the same text twice (whatever its
/// capitals) is refused, and so is a proposal past the most a poll can rank.
pub async fn propose(ctx: &Ctx<'_>, cmd: AgendaPropose) -> CommandResult<Reply> {
    let now_ms = ctx.now_ms();
    let mut tx = ctx.store.begin().await?;
    let (poll, meeting) = find(&mut tx, ctx, cmd.id, true).await?;
    let body_id = meeting.body_id.ok_or_else(|| not_found(cmd.id))?;
    if members::counted_record(&mut tx, body_id, ctx.actor.member_id).await?.is_none() {
        let short = short_of(&mut tx, body_id).await?;
        return Err(refused(Msg::new("err-agenda-propose-not-member").num("poll", poll.id).code("body", short)));
    }
    if Phase::parse(&poll.phase) != Phase::Proposing || now_ms >= poll.propose_until {
        let at = store::instant(poll.propose_until);
        return Err(refused(Msg::new("err-agenda-propose-closed").num("poll", poll.id).time("at", at)));
    }
    let proposals = tx.agenda_proposals(poll.id).await?;
    let folded = cmd.text.to_lowercase();
    if let Some(same) = proposals.iter().find(|p| p.text.to_lowercase() == folded) {
        let msg = Msg::new("err-agenda-proposal-twice").num("poll", poll.id).num("number", same.position);
        return Err(refused(msg.text("text", &same.text)));
    }
    if proposals.len() >= MAX_PROPOSALS {
        let msg = Msg::new("err-agenda-proposals-full").num("poll", poll.id).num("max", MAX_PROPOSALS as i64);
        return Err(refused(msg));
    }
    let number = tx.insert_agenda_proposal(poll.id, &cmd.text, ctx.actor.member_id, now_ms).await?;
    tx.commit().await?;
    let msg = Msg::new("agenda-proposed")
        .num("poll", poll.id)
        .num("number", number)
        .num("id", meeting.id)
        .text("title", &meeting.title)
        .text("text", &cmd.text);
    Ok(Reply::public(msg))
}

/// `agenda proposals ID`: the proposals so far, for anyone who can see the meeting.
pub async fn proposals(ctx: &Ctx<'_>, cmd: AgendaProposals) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let (poll, meeting) = find(&mut tx, ctx, cmd.id, false).await?;
    let proposals = tx.agenda_proposals(poll.id).await?;
    tx.commit().await?;
    let starts = starts_of(&meeting, &poll)?;
    let state = match (Phase::parse(&poll.phase), poll.poll_id) {
        (Phase::Proposing, _) => Msg::new("agenda-poll-state-proposing").time("at", store::instant(poll.propose_until)),
        (Phase::Ranking, Some(vote)) => {
            Msg::new("agenda-poll-state-ranking").num("vote", vote).time("at", store::instant(poll.rank_until))
        }
        _ => Msg::new("agenda-poll-state-done"),
    };
    let title = Msg::new("agenda-proposals-title")
        .num("poll", poll.id)
        .num("id", meeting.id)
        .text("title", &meeting.title)
        .time("time", starts)
        .num("count", proposals.len() as i64)
        .phrase("state", state);
    let reply = Reply::public(title);
    if proposals.is_empty() {
        return Ok(reply);
    }
    let lines = proposals
        .iter()
        .map(|p| Msg::new("agenda-item").num("number", p.position).text("text", &p.text).text("author", &p.author_name))
        .collect();
    Ok(reply.with(Block::List(lines)))
}

/// Posts an agenda poll's news to its meeting's rooms, in the body's language and on the
/// meeting's clock, in the caller's transaction.
async fn post(
    tx: &mut Tx,
    config: &EngineConfig,
    meeting: &MeetingRow,
    reply: Reply,
    key: &str,
    now_ms: i64,
) -> anyhow::Result<()> {
    let language = match meeting.body_id {
        Some(body) => tx.body_language(body).await?,
        None => None,
    }
    .unwrap_or_else(|| config.default_language.clone());
    let zone = meetings::timing(meeting)?.zone;
    for (platform, room_id) in tx.meeting_rooms(meeting).await? {
        let Ok(platform) = platform.parse::<Platform>() else { continue };
        let outgoing = Outgoing {
            destination: Destination::Room { platform, room_id: room_id.clone() },
            reply: reply.clone(),
            locale: language.clone(),
            zone,
        };
        tx.enqueue(&envelope(&outgoing, &format!("{key}:{platform}:{room_id}"))?, now_ms, now_ms).await?;
    }
    Ok(())
}

/// The items just put on an agenda, and a line for those the agenda had no room for.
fn added_blocks(added: &[store::AgendaItemRow], chosen: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !added.is_empty() {
        blocks.push(Block::List(render::items(added)));
    }
    if added.len() < chosen {
        let left_out = (chosen - added.len()) as i64;
        blocks.push(Block::Paragraph(
            Msg::new("agenda-poll-left-out").num("count", left_out).num("max", MAX_ITEMS as i64),
        ));
    }
    blocks
}

/// Ends an agenda poll's proposals: with two or more, opens the ranked poll among the counted
/// members of the body, options in the order proposed, closing at the end of the ranking; one goes
/// straight onto the agenda; none ends it. Either way its meeting's rooms are told. An agenda poll
/// whose meeting or occurrence was cancelled meanwhile just ends.
pub struct CloseProposals;

#[async_trait]
impl JobHandler for CloseProposals {
    fn kind(&self) -> &'static str {
        PROPOSALS_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(poll) = tx.agenda_poll_for_update(job.job.ref_id).await? else { return Ok(()) };
        if Phase::parse(&poll.phase) != Phase::Proposing {
            return Ok(());
        }
        let now_ms = store::millis(job.now);
        let (proposing, ranking, done) = (Phase::Proposing.as_str(), Phase::Ranking.as_str(), Phase::Done.as_str());
        let found = occurrence_of_poll(tx, &poll).await?;
        let Some(((meeting, occurrence), body_id)) = found.and_then(|(m, o)| m.body_id.map(|b| ((m, o), b))) else {
            tx.set_agenda_poll_phase(poll.id, proposing, done, None).await?;
            return Ok(());
        };
        let proposals = tx.agenda_proposals(poll.id).await?;
        let heading = |key: &str| render::heading(key, &meeting, occurrence.starts).num("poll", poll.id);
        let reply = match proposals.as_slice() {
            [] => {
                tx.set_agenda_poll_phase(poll.id, proposing, done, None).await?;
                Reply::public(heading("agenda-poll-no-proposals"))
            }
            [only] => {
                let chosen = [(only.text.clone(), only.author_id)];
                let added = append_items(tx, meeting.id, &poll.occurrence, &chosen, now_ms).await?;
                tx.set_agenda_poll_phase(poll.id, proposing, done, None).await?;
                added_blocks(&added, chosen.len())
                    .into_iter()
                    .fold(Reply::public(heading("agenda-poll-one-proposal")), Reply::with)
            }
            _ => {
                let body = tx.body_by_id(body_id).await?.ok_or_else(|| anyhow::anyhow!("body {body_id} is gone"))?;
                let options: Vec<String> = proposals.iter().map(|p| p.text.clone()).collect();
                let question = format!("{} · {}", meeting.title, occurrence.local.format("%Y-%m-%d"));
                let vote = RankedVote {
                    body: &body,
                    room_key: meeting.room_key,
                    creator_id: poll.creator_id,
                    question: &question,
                    options: &options,
                    purpose: PURPOSE,
                    purpose_ref: poll.id,
                    closes_at: poll.rank_until,
                };
                let (vote_id, blocks) = open_ranked_vote(tx, vote, now_ms).await?;
                tx.set_agenda_poll_phase(poll.id, proposing, ranking, Some(vote_id)).await?;
                let first = heading("agenda-poll-ranking")
                    .num("count", proposals.len() as i64)
                    .num("vote", vote_id)
                    .num("top", poll.top);
                blocks.into_iter().fold(Reply::public(first), Reply::with)
            }
        };
        post(tx, job.config, &meeting, reply, &format!("agenda-poll:{}:proposals", poll.id), now_ms).await
    }
}

/// Puts the first of an agenda poll's ranked proposals on its occurrence's agenda when the ranking
/// poll closes: the `top` first in the poll's finishing order, after the items already there,
/// each by whoever proposed it.
pub struct AgendaFromPoll;

#[async_trait]
impl PollPurpose for AgendaFromPoll {
    fn purpose(&self) -> &'static str {
        PURPOSE
    }

    async fn closed(&self, closed: ClosedPoll<'_>) -> anyhow::Result<()> {
        let tx = closed.tx;
        let Some(poll) = tx.agenda_poll_for_update(closed.purpose_ref).await? else { return Ok(()) };
        let (ranking, done) = (Phase::Ranking.as_str(), Phase::Done.as_str());
        // Once only: a ranking poll reopened and closed again changes nothing.
        if poll.poll_id != Some(closed.poll.id) || !tx.set_agenda_poll_phase(poll.id, ranking, done, None).await? {
            return Ok(());
        }
        let Some((meeting, occurrence)) = occurrence_of_poll(tx, &poll).await? else { return Ok(()) };
        let proposals = tx.agenda_proposals(poll.id).await?;
        let top = usize::try_from(poll.top).unwrap_or(0);
        let chosen: Vec<(String, i64)> = closed
            .finish
            .iter()
            .filter_map(|i| proposals.get(*i))
            .take(top)
            .map(|p| (p.text.clone(), p.author_id))
            .collect();
        let now_ms = store::millis(closed.now);
        let added = append_items(tx, meeting.id, &poll.occurrence, &chosen, now_ms).await?;
        let first = render::heading("agenda-poll-done", &meeting, occurrence.starts)
            .num("poll", poll.id)
            .num("vote", closed.poll.id)
            .num("count", added.len() as i64);
        let reply = added_blocks(&added, chosen.len()).into_iter().fold(Reply::public(first), Reply::with);
        post(tx, closed.config, &meeting, reply, &format!("agenda-poll:{}:done", poll.id), now_ms).await
    }
}

/// Agenda polls taking proposals that the actor can see, for Discord's autocomplete.
pub async fn complete_proposing(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    complete(ctx, typed, limit, true).await
}

/// Agenda polls not done yet that the actor can see, for Discord's autocomplete.
pub async fn complete_running(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    complete(ctx, typed, limit, false).await
}

async fn complete(ctx: &Ctx<'_>, typed: &str, limit: usize, proposing: bool) -> anyhow::Result<Vec<(String, String)>> {
    let typed = typed.trim().trim_start_matches('#');
    let mut tx = ctx.store.read().await?;
    let polls = tx.running_agenda_polls(ctx.actor.body.as_ref().map(|b| b.id), ctx.actor.room_key, proposing).await?;
    tx.commit().await?;
    Ok(polls
        .iter()
        .filter(|(p, _)| p.id.to_string().starts_with(typed))
        .take(limit)
        .map(|(p, title)| {
            let date = p.occurrence.split('T').next().unwrap_or_default();
            (format!("#{} · {} · {date}", p.id, title.chars().take(80).collect::<String>()), format!("#{}", p.id))
        })
        .collect())
}
