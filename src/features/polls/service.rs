//! Polls: opening one (with the snapshot of who may vote in a body's poll), voting for oneself or
//! for those whose proxy one holds, closing (at the deadline through the scheduler, or early),
//! results, and the two halves of an anonymous poll kept apart.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDateTime, Utc};

use super::ballot;
use super::count::{self, Rules, Vote};
use super::model::*;
use super::render;
use crate::core::actor::{Platform, Role};
use crate::core::engine::EngineConfig;
use crate::core::engine::{Ctx, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::platform::{NativePoll, PlatformCall};
use crate::core::registry::{DueJob, JobHandler, Registry};
use crate::core::reply::{Attachment, Block, Choice, Destination, Msg, Reply};
use crate::features::bodies::{known_member, require_in, target_body};
use crate::features::members;
use crate::scheduler::{call_envelope, envelope};
use crate::store::{self, JobKind, PollRow, PollSeat, Tx};

/// A poll's deadline: it closes, once.
pub const CLOSE_JOB: JobKind = JobKind("poll-close");
/// The reminder before a poll closes, to those who may vote and have not.
pub const REMIND_JOB: JobKind = JobKind("poll-remind");

fn not_found(id: i64) -> UserError {
    UserError::NotFound { kind: "poll", id: format!("#{id}") }
}

fn refused(msg: Msg) -> UserError {
    UserError::Refused(msg)
}

/// The vote command a platform's poll widget answers with.
pub fn vote_command(id: i64) -> String {
    format!("poll vote #{id}")
}

/// When `closes` falls, from now, on the creator's clock.
fn deadline(ctx: &Ctx<'_>, closes: &Closes) -> CommandResult<DateTime<Utc>> {
    let now = ctx.clock.now();
    match closes {
        Closes::In(span) => Ok(now + *span),
        Closes::At(text) => {
            let local = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M")
                .or_else(|_| NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M"))
                .map_err(|_| crate::core::error::ParseError::BadDate { value: text.clone() })?;
            crate::core::grammar::parse_date(&local.date().to_string())?;
            Ok(crate::core::recurrence::planned_instant(ctx.actor.zone, local, now)?)
        }
    }
}

/// `poll "QUESTION" "A" "B" …`: opens a poll in the room. With `--body`, only the body's
/// counted members vote (a snapshot taken now), and only its members may open one.
pub async fn create(ctx: &Ctx<'_>, cmd: PollCreate) -> CommandResult<Reply> {
    let options = match cmd.kind {
        Kind::Proposal if !cmd.options.is_empty() => return Err(refused(Msg::new("err-poll-proposal-options")).into()),
        Kind::Proposal => vec!["yes".to_owned(), "no".to_owned(), "abstain".to_owned()],
        _ => cmd.options.clone(),
    };
    if cmd.kind != Kind::Proposal && !(2..=MAX_OPTIONS).contains(&options.len()) {
        return Err(refused(
            Msg::new("err-poll-option-count").num("count", options.len() as i64).num("max", MAX_OPTIONS as i64),
        )
        .into());
    }
    for (i, option) in options.iter().enumerate() {
        let key = option.trim().to_lowercase();
        if options[..i].iter().any(|o| o.trim().to_lowercase() == key) {
            return Err(refused(Msg::new("err-poll-option-twice").text("option", option)).into());
        }
    }
    let count = options.len() as i64;
    let (min, max) = match cmd.kind {
        Kind::Multi => {
            let max = cmd.max.unwrap_or(count);
            let min = cmd.min.unwrap_or(1);
            if max > count || min > max {
                return Err(
                    refused(Msg::new("err-poll-min-max").num("min", min).num("max", max).num("count", count)).into()
                );
            }
            (min, max)
        }
        Kind::Ranked => (1, count),
        Kind::Score => (count, count),
        Kind::Single | Kind::Proposal => (1, 1),
    };
    if cmd.majority.is_some() && cmd.kind != Kind::Proposal {
        return Err(refused(Msg::new("err-poll-majority-proposal")).into());
    }
    if cmd.body.is_none() && (cmd.quorum.is_some() || cmd.weighted || matches!(cmd.majority, Some(Majority::Absolute)))
    {
        return Err(refused(Msg::new("err-poll-needs-body")).into());
    }
    let now = ctx.clock.now();
    let closes_at = cmd.closes.as_ref().map(|c| deadline(ctx, c)).transpose()?;
    if let Some(remind) = cmd.remind {
        match closes_at {
            Some(at) if now + remind < at => {}
            Some(_) => return Err(refused(Msg::new("err-poll-remind-too-early")).into()),
            None => return Err(refused(Msg::new("err-poll-remind-no-close")).into()),
        }
    }
    let mut tx = ctx.store.begin().await?;
    let body = match &cmd.body {
        Some(short) => {
            let body = target_body(&mut tx, ctx.actor, Some(short)).await?;
            require_in(&mut tx, ctx.actor, &body, Role::Member).await?;
            Some(body)
        }
        None => None,
    };
    let now_ms = store::millis(now);
    let row = PollRow {
        id: 0,
        room_key: ctx.actor.room_key,
        body_id: body.as_ref().map(|b| b.id),
        creator_id: ctx.actor.member_id,
        question: cmd.question.clone(),
        kind: cmd.kind.as_str().to_owned(),
        min_choices: min,
        max_choices: max,
        score_max: cmd.score_max.unwrap_or(0),
        anonymous: cmd.anonymous,
        weighted: cmd.weighted,
        quorum: cmd.quorum.map(Quorum::as_stored),
        majority: (cmd.kind == Kind::Proposal).then(|| cmd.majority.unwrap_or(Majority::Simple).as_str().to_owned()),
        closes_at: closes_at.map(store::millis),
        remind_before: cmd.remind.map(|r| r.num_milliseconds()),
        status: "open".to_owned(),
        created_at: now_ms,
        closed_at: None,
        purpose: None,
        purpose_ref: None,
        seat_role: None,
    };
    let id = tx.insert_poll(&row, &options).await?;
    let row = PollRow { id, ..row };
    schedule_jobs(&mut tx, &row, now_ms).await?;
    let seats = match &body {
        Some(_) => Some(tx.poll_seat_totals(id).await?.0),
        None => None,
    };
    post_natively(&mut tx, ctx, &row, &options, now_ms).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.outbox_changed();
    let mut blocks = presentation(&row, body.as_ref().map(|b| b.short.as_str()), seats, &options);
    if matches!(cmd.kind, Kind::Ranked | Kind::Score) && ctx.actor.room.platform.has_menus() {
        let open = Choice { command: format!("poll ballot #{id}"), label: Msg::new("poll-ballot-open"), emoji: None };
        blocks.push(Block::Choices(vec![open]));
    }
    Ok(Reply { blocks, ..Reply::public(render::how_to_vote(&row)) })
}

/// How a poll presents itself as it opens: the opening, its options, what else it is, how to vote.
fn presentation(poll: &PollRow, body: Option<&str>, seats: Option<i64>, options: &[String]) -> Vec<Block> {
    let mut blocks =
        vec![Block::Paragraph(render::opened(poll, body, seats)), Block::List(render::option_lines(poll, options))];
    let flags = render::flags(poll);
    if !flags.is_empty() {
        blocks.push(Block::List(flags));
    }
    blocks.push(Block::Paragraph(render::how_to_vote(poll)));
    blocks
}

/// A feature that opens polls for a purpose of its own (an application's committee vote) and
/// acts on their result when they close, in the closing transaction.
#[async_trait]
pub trait PollPurpose: Send + Sync {
    /// The purpose its polls are opened under.
    fn purpose(&self) -> &'static str;
    async fn closed(&self, closed: ClosedPoll<'_>) -> anyhow::Result<()>;
}

/// A poll that has just closed, for its purpose.
pub struct ClosedPoll<'a> {
    pub tx: &'a mut Tx,
    pub poll: &'a PollRow,
    /// What the purpose opened it about (an application's number).
    pub purpose_ref: i64,
    /// Whether the proposal passed (its majority and quorum met).
    pub passed: bool,
    /// A ranked poll's options in their finishing order, by index (`count::finishing_order`);
    /// empty for a poll of another kind.
    pub finish: Vec<usize>,
    pub now: DateTime<Utc>,
    pub config: &'a EngineConfig,
}

/// Opens a proposal poll among the members of a body holding `role` ("the committee"), in the
/// caller's transaction, for `purpose`; closes in `open_for`. Returns its number.
pub async fn open_committee_vote(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    body: &crate::store::BodyRow,
    question: &str,
    purpose: &str,
    purpose_ref: i64,
    open_for: chrono::Duration,
) -> anyhow::Result<i64> {
    let row = proposal_row(ctx, body, question, purpose, purpose_ref, open_for, Some(Role::Exec));
    let (row, _) = insert_proposal(tx, row, ctx.now_ms()).await?;
    Ok(row.id)
}

/// Stores a proposal poll (`row`, its number yet to come) with its three options, and schedules
/// its close and reminder.
async fn insert_proposal(tx: &mut Tx, row: PollRow, now_ms: i64) -> anyhow::Result<(PollRow, [String; 3])> {
    let options = ["yes", "no", "abstain"].map(str::to_owned);
    let id = tx.insert_poll(&row, &options).await?;
    let row = PollRow { id, ..row };
    schedule_jobs(tx, &row, now_ms).await?;
    Ok((row, options))
}

/// Opens a proposal poll among the counted members of a body, in the caller's transaction, for
/// `purpose`, in the actor's room (with the platform's own poll where there is one); closes in
/// `open_for`. Returns its number and how it presents itself, for the caller's reply.
pub async fn open_body_proposal(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    body: &crate::store::BodyRow,
    question: &str,
    purpose: &str,
    purpose_ref: i64,
    open_for: chrono::Duration,
) -> anyhow::Result<(i64, Vec<Block>)> {
    let now_ms = ctx.now_ms();
    let row = proposal_row(ctx, body, question, purpose, purpose_ref, open_for, None);
    let (row, options) = insert_proposal(tx, row, now_ms).await?;
    post_natively(tx, ctx, &row, &options, now_ms).await?;
    let seats = tx.poll_seat_totals(row.id).await?.0;
    Ok((row.id, presentation(&row, Some(&body.short), Some(seats), &options)))
}

/// The verdict on yes/no/abstain votes cast outside a poll (a motion's votes by name, or a show
/// of hands), by the count a proposal poll's votes take: each choice with its weight, and how
/// many may vote. Returns the yes, no and abstain counted and whether the majority was met.
pub fn proposal_verdict(votes: &[(&str, i64)], majority: Majority, eligible: i64) -> (i64, i64, i64, bool) {
    let rules = Rules {
        kind: Kind::Proposal,
        options: 3,
        quorum: None,
        majority,
        eligible: Some((eligible, eligible)),
        weighted: true,
    };
    let votes: Vec<Vote<'_>> = votes.iter().map(|(choice, weight)| Vote { choice, weight: *weight }).collect();
    match count::count(&rules, &votes).outcome {
        count::Outcome::Proposal { yes, no, abstain, verdict, .. } => {
            (yes, no, abstain, verdict == count::Verdict::Passed)
        }
        _ => (0, 0, 0, false),
    }
}

/// A proposal poll of a body for a purpose, not yet stored.
fn proposal_row(
    ctx: &Ctx<'_>,
    body: &crate::store::BodyRow,
    question: &str,
    purpose: &str,
    purpose_ref: i64,
    open_for: chrono::Duration,
    seat_role: Option<Role>,
) -> PollRow {
    let now_ms = ctx.now_ms();
    PollRow {
        id: 0,
        room_key: ctx.actor.room_key,
        body_id: Some(body.id),
        creator_id: ctx.actor.member_id,
        question: question.to_owned(),
        kind: Kind::Proposal.as_str().to_owned(),
        min_choices: 1,
        max_choices: 1,
        score_max: 0,
        anonymous: false,
        weighted: false,
        quorum: None,
        majority: Some(Majority::Simple.as_str().to_owned()),
        closes_at: Some(now_ms + open_for.num_milliseconds()),
        remind_before: None,
        status: "open".to_owned(),
        created_at: now_ms,
        closed_at: None,
        purpose: Some(purpose.to_owned()),
        purpose_ref: Some(purpose_ref),
        seat_role: seat_role.map(|r| r.as_str().to_owned()),
    }
}

/// A ranked poll another feature opens for a purpose of its own, among the counted members of a
/// body.
pub struct RankedVote<'a> {
    pub body: &'a crate::store::BodyRow,
    /// The room it belongs to, where its result is posted.
    pub room_key: i64,
    pub creator_id: i64,
    pub question: &'a str,
    /// At most `MAX_OPTIONS`, each at most `MAX_OPTION` characters, none twice.
    pub options: &'a [String],
    pub purpose: &'static str,
    pub purpose_ref: i64,
    pub closes_at: i64,
}

/// Opens a ranked poll in the caller's transaction (a job's, where nobody runs a command), with
/// its deadline. Returns its number and how it presents itself (the options, how to vote), for the
/// caller to post.
pub async fn open_ranked_vote(tx: &mut Tx, vote: RankedVote<'_>, now_ms: i64) -> anyhow::Result<(i64, Vec<Block>)> {
    let count = vote.options.len() as i64;
    let row = PollRow {
        id: 0,
        room_key: vote.room_key,
        body_id: Some(vote.body.id),
        creator_id: vote.creator_id,
        question: vote.question.to_owned(),
        kind: Kind::Ranked.as_str().to_owned(),
        min_choices: 1,
        max_choices: count,
        score_max: 0,
        anonymous: false,
        weighted: false,
        quorum: None,
        majority: None,
        closes_at: Some(vote.closes_at),
        remind_before: None,
        status: "open".to_owned(),
        created_at: now_ms,
        closed_at: None,
        purpose: Some(vote.purpose.to_owned()),
        purpose_ref: Some(vote.purpose_ref),
        seat_role: None,
    };
    let id = tx.insert_poll(&row, vote.options).await?;
    let row = PollRow { id, ..row };
    schedule_jobs(tx, &row, now_ms).await?;
    let seats = tx.poll_seat_totals(id).await?.0;
    Ok((id, presentation(&row, Some(&vote.body.short), Some(seats), vote.options)))
}

/// The deadline's job, and the reminder's before it.
async fn schedule_jobs(tx: &mut Tx, poll: &PollRow, now_ms: i64) -> anyhow::Result<()> {
    if let Some(closes_at) = poll.closes_at {
        tx.schedule_job(CLOSE_JOB, poll.id, closes_at, now_ms).await?;
        if let Some(before) = poll.remind_before {
            tx.schedule_job(REMIND_JOB, poll.id, closes_at - before, now_ms).await?;
        }
    }
    Ok(())
}

async fn cancel_jobs(tx: &mut Tx, poll_id: i64, now_ms: i64) -> anyhow::Result<()> {
    tx.cancel_jobs_for(CLOSE_JOB, poll_id, now_ms).await?;
    tx.cancel_jobs_for(REMIND_JOB, poll_id, now_ms).await?;
    Ok(())
}

/// Shows a single or multiple choice poll with the platform's own widget too (Matrix's polls,
/// Discord's buttons or menu), where the platform keeps the answers private or the poll is not
/// anonymous: a Matrix poll's answers are events everyone in the room sees.
async fn post_natively(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    poll: &PollRow,
    options: &[String],
    now_ms: i64,
) -> anyhow::Result<()> {
    let platform = ctx.actor.room.platform;
    let kind = Kind::parse(&poll.kind);
    if !platform.has_native_polls() || !matches!(kind, Kind::Single | Kind::Multi | Kind::Proposal) {
        return Ok(());
    }
    if poll.anonymous && platform.commands_seen_in_rooms() {
        return Ok(());
    }
    let answers = options
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let id = if kind == Kind::Proposal { label.clone() } else { (i + 1).to_string() };
            (id, label.clone())
        })
        .collect();
    let poll_widget = NativePoll {
        question: poll.question.clone(),
        answers,
        max_selections: poll.max_choices as u32,
        disclosed: false,
        vote_command: vote_command(poll.id),
    };
    let call = PlatformCall::PostPoll { room_id: ctx.actor.room.room_id.clone(), poll: poll_widget };
    let key = format!("poll:{}:post", poll.id);
    tx.enqueue(&call_envelope(platform, &call, &key)?, now_ms, now_ms).await?;
    Ok(())
}

/// What the actor may vote for in a poll: each seat with its weight.
struct Seat {
    id: i64,
    weight: i64,
    /// Whether the seat had voted already (in a poll that is not anonymous).
    voted: bool,
    /// Whose seat it is, when not the actor's own (a proxy).
    for_name: Option<String>,
}

/// `poll vote ID CHOICE… [--for @MEMBER|all]`.
pub async fn vote(ctx: &Ctx<'_>, cmd: PollVote) -> CommandResult<Reply> {
    let now_ms = ctx.now_ms();
    // Most votes are a member's own in a poll that is not anonymous: one read, then one statement
    // that writes only while the poll is open, with no transaction around them (unless the
    // command's event is marked in the same transaction as its writes).
    if matches!(cmd.for_, For::Self_) && !ctx.store.marks_effects() {
        let mut conn = ctx.store.read().await?;
        let (poll, options, own) =
            conn.poll_for_vote(cmd.id, ctx.actor.member_id, now_ms, false).await?.ok_or_else(|| not_found(cmd.id))?;
        if !poll.anonymous {
            if poll.status != "open" {
                return Err(refused(Msg::new("err-poll-closed").num("id", poll.id)).into());
            }
            let choice = read_choice(&poll, &options, &cmd.words)?;
            let seats = seats_for(&mut conn, ctx, &poll, own, &cmd.for_, now_ms).await?;
            let seat = &seats[0];
            let member = ctx.actor.member_id;
            if !conn.put_vote(poll.id, seat.id, &choice, seat.weight, member, now_ms, true).await? {
                // Closed, or a proxy given, since the read: say which, as the read would have.
                let (poll, _, own) =
                    conn.poll_for_vote(poll.id, member, now_ms, false).await?.ok_or_else(|| not_found(poll.id))?;
                if poll.status != "open" {
                    return Err(refused(Msg::new("err-poll-closed").num("id", poll.id)).into());
                }
                seats_for(&mut conn, ctx, &poll, own, &cmd.for_, now_ms).await?;
                return Err(anyhow::anyhow!("poll #{}: a vote was not written, for no reason found", poll.id).into());
            }
            return Ok(vote_reply(&poll, &options, &choice, &seats));
        }
    }
    let mut tx = ctx.store.begin().await?;
    let (poll, options, own) =
        tx.poll_for_vote(cmd.id, ctx.actor.member_id, now_ms, true).await?.ok_or_else(|| not_found(cmd.id))?;
    if poll.status != "open" {
        return Err(refused(Msg::new("err-poll-closed").num("id", poll.id)).into());
    }
    let choice = read_choice(&poll, &options, &cmd.words)?;
    let seats = seats_for(&mut tx, ctx, &poll, own, &cmd.for_, now_ms).await?;
    let in_person = matches!(cmd.for_, For::Self_);
    for seat in &seats {
        if poll.anonymous {
            let key = ballot_key(ctx);
            if !tx.cast_anonymous(poll.id, seat.id, &key, &choice, seat.weight).await? {
                tx.rollback().await?;
                let msg = match &seat.for_name {
                    Some(name) => Msg::new("err-poll-anonymous-cast-for").num("id", poll.id).text("name", name),
                    None => Msg::new("err-poll-anonymous-cast").num("id", poll.id),
                };
                return Err(refused(msg).into());
            }
        } else if !tx.put_vote(poll.id, seat.id, &choice, seat.weight, ctx.actor.member_id, now_ms, in_person).await? {
            return Err(anyhow::anyhow!("poll #{}: a vote was not written under the poll's lock", poll.id).into());
        }
    }
    tx.commit().await?;
    Ok(vote_reply(&poll, &options, &choice, &seats))
}

/// The answer to a vote: what was cast, for whom, and whether it replaced an earlier one.
fn vote_reply(poll: &PollRow, options: &[String], choice: &str, seats: &[Seat]) -> Reply {
    let proxies: Vec<String> = seats.iter().filter_map(|s| s.for_name.clone()).collect();
    let own = seats.iter().any(|s| s.for_name.is_none());
    if poll.anonymous {
        // The answer names no choice: it is kept (an outbox row, a platform's message) where
        // the voter's name is.
        return Reply::private(Msg::new("poll-ballot-cast").num("id", poll.id).num("count", seats.len() as i64))
            .in_place();
    }
    let changed = seats.iter().any(|s| s.voted);
    let shown = render::choice_msg(poll, options, choice);
    let key = match (own, changed) {
        (true, false) => "poll-vote-recorded",
        (true, true) => "poll-vote-changed",
        (false, _) => "poll-vote-cast-for",
    };
    let mut reply = Reply::private(
        Msg::new(key)
            .num("id", poll.id)
            .phrase("choice", shown)
            .text("names", proxies.join(", "))
            .num("count", proxies.len() as i64),
    );
    if own && !proxies.is_empty() {
        reply = reply.with(Block::Paragraph(
            Msg::new("poll-vote-for").num("count", proxies.len() as i64).text("names", proxies.join(", ")),
        ));
    }
    // Cast from the last step of a ballot, the answer takes that step's place.
    reply.in_place()
}

/// `poll ballot ID [PICKS] [--page N] [--cancel]`: a ranked or score poll's ballot one step at a
/// time (`ballot::step`), where the platform has menus or when the picks so far are given;
/// otherwise, and for the other kinds, how to vote. Nothing is cast before the last step's vote.
pub async fn ballot(ctx: &Ctx<'_>, cmd: PollBallot) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let poll = visible(&mut tx, ctx, cmd.id).await?;
    let options = tx.poll_options(poll.id).await?;
    tx.commit().await?;
    if cmd.cancel {
        return Ok(Reply::private(Msg::new("poll-ballot-cancelled").num("id", poll.id)).in_place());
    }
    if poll.status != "open" {
        return Err(refused(Msg::new("err-poll-closed").num("id", poll.id)).into());
    }
    let stepwise = matches!(Kind::parse(&poll.kind), Kind::Ranked | Kind::Score);
    let steps = cmd.picks.is_some() || cmd.page.is_some() || (stepwise && ctx.actor.user.platform.has_menus());
    if !steps {
        return Ok(Reply::private(render::header(&poll))
            .with(Block::List(render::option_lines(&poll, &options)))
            .with(Block::Paragraph(render::how_to_vote(&poll))));
    }
    ballot::step(&poll, &options, &cmd)
}

/// A ballot's random key: 128 bits, so that it says nothing of who or when.
fn ballot_key(ctx: &Ctx<'_>) -> String {
    format!("{:016x}{:016x}", ctx.clock.random(), ctx.clock.random())
}

/// The seats a vote is cast for: the actor's own (`own`, unless they gave their proxy), one
/// delegator's, or every delegator's.
async fn seats_for(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    poll: &PollRow,
    own: PollSeat,
    for_: &For,
    now_ms: i64,
) -> CommandResult<Vec<Seat>> {
    if poll.body_id.is_none() && !matches!(for_, For::Self_) {
        return Err(refused(Msg::new("err-poll-proxy-room")).into());
    }
    let seat_of = |found: PollSeat, for_name: Option<String>| {
        found.seat.map(|(id, weight)| Seat { id, weight, voted: found.cast.is_some(), for_name })
    };
    match for_ {
        For::Self_ => {
            if let Some(holder) = &own.proxy_holder {
                return Err(refused(Msg::new("err-poll-proxy-given").text("holder", holder)).into());
            }
            match seat_of(own, None) {
                Some(seat) => Ok(vec![seat]),
                None => Err(refused(Msg::new("err-poll-not-eligible").num("id", poll.id)).into()),
            }
        }
        For::Member(mention) => {
            let body_id = poll.body_id.unwrap_or_default();
            let (giver, _) = known_member(tx, ctx, mention).await?;
            let held = tx.proxies_held(body_id, ctx.actor.member_id, now_ms).await?;
            if !held.iter().any(|p| p.giver_id == giver.id) {
                return Err(refused(Msg::new("err-poll-no-proxy").text("name", &giver.display_name)).into());
            }
            let found = tx.poll_seat(poll, giver.id, now_ms).await?;
            match seat_of(found, Some(giver.display_name.clone())) {
                Some(seat) => Ok(vec![seat]),
                None => Err(refused(Msg::new("err-poll-giver-not-eligible").text("name", &giver.display_name)).into()),
            }
        }
        For::All => {
            let body_id = poll.body_id.unwrap_or_default();
            let held = tx.proxies_held(body_id, ctx.actor.member_id, now_ms).await?;
            let mut seats = Vec::new();
            for proxy in held {
                let found = tx.poll_seat(poll, proxy.giver_id, now_ms).await?;
                seats.extend(seat_of(found, Some(proxy.giver)));
            }
            if seats.is_empty() {
                return Err(refused(Msg::new("err-poll-no-proxies")).into());
            }
            Ok(seats)
        }
    }
}

/// Reads the choice words by the poll's kind, into the stored form: `2`, `1,3`, `3,1,2`, `4,0,5`,
/// `yes`.
fn read_choice(poll: &PollRow, options: &[String], words: &[String]) -> CommandResult<String> {
    let kind = Kind::parse(&poll.kind);
    let n = options.len() as i64;
    // `3 1 2`, `3,1,2` or one quoted `3 1 2` (a form's field) say the same.
    let numbers: Vec<&str> =
        words.iter().flat_map(|w| w.split(|c: char| c == ',' || c.is_whitespace())).filter(|w| !w.is_empty()).collect();
    let number = |w: &str| -> CommandResult<i64> {
        w.trim_start_matches('#')
            .parse::<i64>()
            .ok()
            .filter(|k| (1..=n).contains(k))
            .ok_or_else(|| refused(Msg::new("err-poll-choice").text("value", w).num("count", n)).into())
    };
    match kind {
        Kind::Proposal => {
            let word = words.join(" ").trim().to_lowercase();
            let choice = match word.as_str() {
                "yes" | "y" | "1" => "yes",
                "no" | "n" | "2" => "no",
                "abstain" | "a" | "3" => "abstain",
                _ => return Err(refused(Msg::new("err-poll-proposal-choice").text("value", &word)).into()),
            };
            Ok(choice.to_owned())
        }
        Kind::Single => {
            if numbers.len() != 1 {
                return Err(refused(Msg::new("err-poll-single")).into());
            }
            Ok(number(numbers[0])?.to_string())
        }
        Kind::Multi | Kind::Ranked => {
            let mut picked = Vec::new();
            for w in &numbers {
                let k = number(w)?;
                if picked.contains(&k) {
                    return Err(refused(Msg::new("err-poll-choice-twice").num("choice", k)).into());
                }
                picked.push(k);
            }
            let len = picked.len() as i64;
            if kind == Kind::Multi && !(poll.min_choices..=poll.max_choices).contains(&len) {
                return Err(refused(
                    Msg::new("err-poll-choice-count").num("min", poll.min_choices).num("max", poll.max_choices),
                )
                .into());
            }
            if kind == Kind::Multi {
                picked.sort_unstable();
            }
            Ok(picked.iter().map(i64::to_string).collect::<Vec<_>>().join(","))
        }
        Kind::Score => {
            if numbers.len() as i64 != n {
                return Err(refused(Msg::new("err-poll-score-count").num("count", n).num("max", poll.score_max)).into());
            }
            let mut scores = Vec::new();
            for w in &numbers {
                let s =
                    w.parse::<i64>().ok().filter(|s| (0..=poll.score_max).contains(s)).ok_or_else(|| {
                        refused(Msg::new("err-poll-score").text("value", *w).num("max", poll.score_max))
                    })?;
                scores.push(s.to_string());
            }
            Ok(scores.join(","))
        }
    }
}

/// Who may close, extend and reopen a poll: its creator, staff of its body (of the room's body,
/// for a room's poll), or an administrator.
async fn require_manager(tx: &mut Tx, ctx: &Ctx<'_>, poll: &PollRow) -> CommandResult<()> {
    if poll.creator_id == ctx.actor.member_id || ctx.actor.is_global_admin {
        return Ok(());
    }
    let body = match poll.body_id {
        Some(id) => tx.body_by_id(id).await?,
        None => match &ctx.actor.body {
            Some(here) => tx.body_by_id(here.id).await?,
            None => None,
        },
    };
    match body {
        Some(body) => require_in(tx, ctx.actor, &body, Role::Staff).await,
        None => Err(refused(Msg::new("err-poll-not-yours").num("id", poll.id)).into()),
    }
}

/// `poll close ID`: closes early; the deadline then does nothing.
pub async fn close(ctx: &Ctx<'_>, cmd: PollClose) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let poll = tx.poll_for_update(cmd.id).await?.ok_or_else(|| not_found(cmd.id))?;
    require_manager(&mut tx, ctx, &poll).await?;
    if poll.status != "open" {
        return Err(refused(Msg::new("err-poll-closed").num("id", poll.id)).into());
    }
    let blocks = close_poll(&mut tx, &poll, ctx.clock.now(), ctx.registry, ctx.config, Closer::Person).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.outbox_changed();
    Ok(blocks.into_iter().fold(Reply::private(Msg::new("poll-closed-by").num("id", poll.id)), Reply::with))
}

/// Who closes a poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closer {
    Person,
    Deadline,
}

/// Closes an open poll in the caller's transaction: its jobs are cancelled, an anonymous poll's
/// halves rewritten, the result posted to its room and its platform polls ended. Returns the
/// result's blocks.
async fn close_poll(
    tx: &mut Tx,
    poll: &PollRow,
    now: DateTime<Utc>,
    registry: &Registry,
    config: &EngineConfig,
    by: Closer,
) -> anyhow::Result<Vec<Block>> {
    let default_language = config.default_language.as_str();
    let now_ms = store::millis(now);
    if !tx.set_poll_status(poll.id, "open", "closed", Some(now_ms)).await? {
        return Ok(Vec::new());
    }
    match by {
        Closer::Person => cancel_jobs(tx, poll.id, now_ms).await?,
        // The deadline's own job is the one firing: the scheduler marks it done.
        Closer::Deadline => {
            tx.cancel_jobs_for(REMIND_JOB, poll.id, now_ms).await?;
        }
    }
    if poll.anonymous {
        tx.rewrite_anonymous(poll.id).await?;
    }
    let closed = PollRow { status: "closed".into(), closed_at: Some(now_ms), ..poll.clone() };
    let Counted { blocks, passed, finish } = result_blocks(tx, &closed).await?;
    if let Some((platform, room_id)) = tx.room_address(poll.room_key).await?
        && let Ok(platform) = platform.parse::<Platform>()
    {
        let locale = match poll.body_id {
            Some(body) => tx.body_language(body).await?,
            None => None,
        }
        .unwrap_or_else(|| default_language.to_owned());
        let destination = Destination::Room { platform, room_id: room_id.clone() };
        let reply =
            blocks.iter().cloned().fold(Reply::public(Msg::new("poll-closed-title").num("id", poll.id)), Reply::with);
        let outgoing = Outgoing { destination, reply, locale: locale.clone(), zone: chrono_tz::UTC };
        tx.enqueue(&envelope(&outgoing, &format!("poll:{}:result", poll.id))?, now_ms, now_ms).await?;
        if platform.has_native_polls() {
            let summary = render::summary_text(tx, &closed).await?;
            let call = PlatformCall::EndPoll { room_id, vote_command: vote_command(poll.id), summary };
            tx.enqueue(&call_envelope(platform, &call, &format!("poll:{}:end", poll.id))?, now_ms, now_ms).await?;
        }
    }
    // The result first, then what it decides.
    if let (Some(purpose), Some(purpose_ref)) = (&poll.purpose, poll.purpose_ref)
        && let Some(hook) = registry.hooks::<dyn PollPurpose>().find(|h| h.purpose() == purpose)
    {
        hook.closed(ClosedPoll { tx: &mut *tx, poll: &closed, purpose_ref, passed, finish, now, config }).await?;
    }
    Ok(blocks)
}

/// A poll's result: as blocks (counts, rounds or verdict, and turnout), whether a proposal passed,
/// and a ranked poll's finishing order.
struct Counted {
    blocks: Vec<Block>,
    passed: bool,
    finish: Vec<usize>,
}

async fn result_blocks(tx: &mut Tx, poll: &PollRow) -> anyhow::Result<Counted> {
    let options = tx.poll_options(poll.id).await?;
    let stored = tx.counted_votes(poll).await?;
    let eligible = match poll.body_id {
        Some(_) => Some(tx.poll_seat_totals(poll.id).await?),
        None => None,
    };
    let rules = Rules {
        kind: Kind::parse(&poll.kind),
        options: options.len(),
        quorum: poll.quorum.as_deref().and_then(Quorum::parse),
        majority: poll.majority.as_deref().and_then(Majority::parse).unwrap_or(Majority::Simple),
        eligible,
        weighted: poll.weighted,
    };
    let votes: Vec<Vote<'_>> = stored.iter().map(|v| Vote { choice: &v.choice, weight: v.weight }).collect();
    let result = count::count(&rules, &votes);
    let turnout = tx.turnout(poll).await?;
    let passed = matches!(result.outcome, count::Outcome::Proposal { verdict: count::Verdict::Passed, .. });
    let finish = count::finishing_order(&result.outcome, options.len()).unwrap_or_default();
    let blocks = render::result(poll, &options, &rules, &result, turnout, eligible);
    Ok(Counted { blocks, passed, finish })
}

/// `poll extend ID DURATION`: moves an open poll's deadline later (from its deadline, or from
/// now when it had none).
pub async fn extend(ctx: &Ctx<'_>, cmd: PollExtend) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let poll = tx.poll_for_update(cmd.id).await?.ok_or_else(|| not_found(cmd.id))?;
    require_manager(&mut tx, ctx, &poll).await?;
    if poll.status != "open" {
        return Err(refused(Msg::new("err-poll-closed").num("id", poll.id)).into());
    }
    let now_ms = ctx.now_ms();
    let from = poll.closes_at.unwrap_or(now_ms).max(now_ms);
    let closes_at = from + cmd.by.num_milliseconds();
    cancel_jobs(&mut tx, poll.id, now_ms).await?;
    tx.set_poll_closes_at(poll.id, Some(closes_at)).await?;
    let poll = PollRow { closes_at: Some(closes_at), ..poll };
    schedule_jobs(&mut tx, &poll, now_ms).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::public(Msg::new("poll-extended").num("id", poll.id).time("at", store::instant(closes_at))))
}

/// `poll reopen ID [--closes …]`: opens a closed poll again; its votes stand.
pub async fn reopen(ctx: &Ctx<'_>, cmd: PollReopen) -> CommandResult<Reply> {
    let closes_at = cmd.closes.as_ref().map(|c| deadline(ctx, c)).transpose()?;
    let mut tx = ctx.store.begin().await?;
    let poll = tx.poll_for_update(cmd.id).await?.ok_or_else(|| not_found(cmd.id))?;
    require_manager(&mut tx, ctx, &poll).await?;
    if poll.status == "open" {
        return Err(refused(Msg::new("err-poll-open").num("id", poll.id)).into());
    }
    let now_ms = ctx.now_ms();
    tx.set_poll_status(poll.id, "closed", "open", None).await?;
    tx.set_poll_closes_at(poll.id, closes_at.map(store::millis)).await?;
    let poll = PollRow { status: "open".into(), closes_at: closes_at.map(store::millis), closed_at: None, ..poll };
    schedule_jobs(&mut tx, &poll, now_ms).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    let msg = match closes_at {
        Some(at) => Msg::new("poll-reopened-until").num("id", poll.id).time("at", at),
        None => Msg::new("poll-reopened").num("id", poll.id),
    };
    Ok(Reply::public(msg))
}

/// Whether the actor may see the poll: it was opened in their room, or in a room of a body they
/// are in, or they may vote in it.
async fn visible(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<PollRow> {
    let poll = tx.poll(id).await?.ok_or_else(|| not_found(id))?;
    if poll.room_key == ctx.actor.room_key || ctx.actor.is_global_admin || poll.creator_id == ctx.actor.member_id {
        return Ok(poll);
    }
    if let Some(body_id) = poll.body_id
        && (ctx.actor.body.as_ref().is_some_and(|b| b.id == body_id)
            || !tx.roles_in(body_id, ctx.actor.member_id).await?.is_empty())
    {
        return Ok(poll);
    }
    Err(not_found(id).into())
}

/// `poll show ID`: the question, the options and, once closed (or while open, for a poll that is
/// not anonymous), the counts.
pub async fn show(ctx: &Ctx<'_>, cmd: PollShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let poll = visible(&mut tx, ctx, cmd.id).await?;
    let options = tx.poll_options(poll.id).await?;
    let mut reply = Reply::public(render::header(&poll)).with(Block::List(render::option_lines(&poll, &options)));
    if poll.status == "open" && poll.anonymous {
        let turnout = tx.turnout(&poll).await?;
        reply = reply.with(Block::Paragraph(Msg::new("poll-hidden-until-close").num("count", turnout)));
    } else {
        for block in result_blocks(&mut tx, &poll).await?.blocks {
            reply = reply.with(block);
        }
    }
    if poll.status == "open" {
        reply = reply.with(Block::Paragraph(render::how_to_vote(&poll)));
        let found = tx.poll_seat(&poll, ctx.actor.member_id, ctx.now_ms()).await?;
        if let Some((own, _)) = found.seat {
            let mine = if poll.anonymous {
                tx.took_part(poll.id, own).await?.then(|| Msg::new("poll-you-voted-anonymous"))
            } else {
                found.cast.map(|c| Msg::new("poll-you-voted").phrase("choice", render::choice_msg(&poll, &options, &c)))
            };
            if let Some(mine) = mine {
                reply = reply.with(Block::Paragraph(mine));
            }
        }
    }
    tx.commit().await?;
    Ok(reply)
}

/// `poll voters ID`: how many may vote and how many have; names of who voted while the poll is
/// open (in an anonymous poll only once at least three have, and never what they chose).
pub async fn voters(ctx: &Ctx<'_>, cmd: PollVoters) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let poll = visible(&mut tx, ctx, cmd.id).await?;
    let turnout = tx.turnout(&poll).await?;
    let seats = match poll.body_id {
        Some(_) => Some(tx.poll_seat_totals(poll.id).await?.0),
        None => None,
    };
    let mut reply = Reply::private(render::turnout(&poll, turnout, seats));
    if poll.status == "open" {
        let names = if poll.anonymous {
            if turnout >= ANONYMOUS_FLOOR { tx.participants(&poll).await? } else { Vec::new() }
        } else {
            tx.votes_with_voters(&poll).await?.into_iter().map(|v| v.voter).collect()
        };
        if poll.anonymous && turnout < ANONYMOUS_FLOOR && turnout > 0 {
            reply = reply.with(Block::Paragraph(Msg::new("poll-voters-withheld").num("floor", ANONYMOUS_FLOOR)));
        } else if !names.is_empty() {
            reply =
                reply.with(Block::List(names.iter().map(|n| Msg::new("poll-voter-line").text("name", n)).collect()));
        }
    }
    tx.commit().await?;
    Ok(reply)
}

/// `poll export ID`: the options and their counts as CSV; while a poll that is not anonymous is
/// open, who voted what too (for its creator and staff).
pub async fn export(ctx: &Ctx<'_>, cmd: PollExport) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let poll = visible(&mut tx, ctx, cmd.id).await?;
    if poll.anonymous && poll.status == "open" {
        return Err(refused(Msg::new("err-poll-export-anonymous").num("id", poll.id)).into());
    }
    let options = tx.poll_options(poll.id).await?;
    let votes = tx.counted_votes(&poll).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["option", "label", "votes", "weight"]).map_err(anyhow::Error::from)?;
    let counted: Vec<Vote<'_>> = votes.iter().map(|v| Vote { choice: &v.choice, weight: v.weight }).collect();
    let mentions = count::mentions(Kind::parse(&poll.kind), &options, &counted);
    for (i, (label, (n, w))) in options.iter().zip(mentions).enumerate() {
        writer
            .write_record([(i + 1).to_string(), render::guard(label), n.to_string(), w.to_string()])
            .map_err(anyhow::Error::from)?;
    }
    if !poll.anonymous && poll.status == "open" {
        require_manager(&mut tx, ctx, &poll).await?;
        writer.write_record(["", "", "", ""]).map_err(anyhow::Error::from)?;
        writer.write_record(["voter", "choice", "weight", ""]).map_err(anyhow::Error::from)?;
        for v in tx.votes_with_voters(&poll).await? {
            let choice = render::choice_words(&poll, &options, &v.choice);
            writer
                .write_record([render::guard(&v.voter), render::guard(&choice), v.weight.to_string(), String::new()])
                .map_err(anyhow::Error::from)?;
        }
    }
    tx.commit().await?;
    let content =
        String::from_utf8(writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?).map_err(anyhow::Error::from)?;
    let file = Attachment { name: format!("poll-{}.csv", poll.id), mime: "text/csv".into(), content };
    Ok(Reply::private(Msg::new("poll-export-ready").num("id", poll.id)).with(Block::File(file)))
}

/// `poll list [--all]`: the room's polls (and its body's), open ones unless `--all`.
pub async fn list(ctx: &Ctx<'_>, cmd: PollList) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let polls = tx.polls_in(ctx.actor.room_key, ctx.actor.body.as_ref().map(|b| b.id), !cmd.all).await?;
    tx.commit().await?;
    if polls.is_empty() {
        return Ok(Reply::public(Msg::new(if cmd.all { "poll-list-none-all" } else { "poll-list-none" })));
    }
    let lines = polls.iter().map(render::list_line).collect();
    Ok(Reply::public(Msg::new("poll-list-title").num("count", polls.len() as i64)).with(Block::List(lines)))
}

/// Open polls the actor can see, for Discord's autocomplete.
pub async fn complete_open(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    complete(ctx, typed, limit, true).await
}

pub async fn complete_all(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    complete(ctx, typed, limit, false).await
}

async fn complete(ctx: &Ctx<'_>, typed: &str, limit: usize, open_only: bool) -> anyhow::Result<Vec<(String, String)>> {
    let mut tx = ctx.store.read().await?;
    let polls = tx.polls_in(ctx.actor.room_key, ctx.actor.body.as_ref().map(|b| b.id), open_only).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(polls.iter().map(|p| (p.id, p.question.as_str())), typed, limit))
}

/// Closes a poll at its deadline, once: a poll closed early (or reopened without a deadline)
/// is left as it is.
pub struct FirePollClose;

#[async_trait]
impl JobHandler for FirePollClose {
    fn kind(&self) -> &'static str {
        CLOSE_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(poll) = tx.poll_for_update(job.job.ref_id).await? else { return Ok(()) };
        if poll.status != "open" || poll.closes_at.is_none_or(|at| at > store::millis(job.now)) {
            return Ok(());
        }
        close_poll(tx, &poll, job.now, job.registry, job.config, Closer::Deadline).await?;
        Ok(())
    }
}

/// Reminds those who may vote in a body's poll and have not, privately, before it closes.
pub struct FirePollReminder;

#[async_trait]
impl JobHandler for FirePollReminder {
    fn kind(&self) -> &'static str {
        REMIND_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(poll) = tx.poll(job.job.ref_id).await? else { return Ok(()) };
        let (Some(_), Some(closes_at), "open") = (poll.body_id, poll.closes_at, poll.status.as_str()) else {
            return Ok(());
        };
        let now_ms = store::millis(job.now);
        for member_id in tx.poll_seats_not_voted(&poll).await? {
            let (language, zone) = (&job.config.default_language, job.config.default_timezone);
            let Some(line) = members::private_line(tx, member_id, None, language, zone).await? else { continue };
            let msg = Msg::new("poll-reminder").num("id", poll.id).text("question", &poll.question).time_ahead(
                "at",
                store::instant(closes_at),
                job.now,
            );
            let outgoing = line.outgoing(Reply::private(msg).with(Block::Paragraph(render::how_to_vote(&poll))));
            let key = format!("poll:{}:remind:{member_id}:{closes_at}", poll.id);
            tx.enqueue(&envelope(&outgoing, &key)?, now_ms, now_ms).await?;
        }
        Ok(())
    }
}

/// `proxy give @MEMBER [--body SHORT] [--until DATE]`: lets a member of the body cast one's vote.
pub async fn proxy_give(ctx: &Ctx<'_>, cmd: ProxyGive) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.body.as_deref()).await?;
    let (holder, mention) = known_member(&mut tx, ctx, &cmd.holder).await?;
    if holder.id == ctx.actor.member_id {
        return Err(refused(Msg::new("err-proxy-self")).into());
    }
    if members::counted_record(&mut tx, body.id, ctx.actor.member_id).await?.is_none() {
        return Err(refused(Msg::new("err-proxy-not-member").code("body", &body.short)).into());
    }
    if members::counted_record(&mut tx, body.id, holder.id).await?.is_none() {
        return Err(refused(
            Msg::new("err-proxy-holder-not-member").text("name", &holder.display_name).code("body", &body.short),
        )
        .into());
    }
    let now = ctx.clock.now();
    let until = match cmd.until {
        Some(date) => {
            // To the end of that day on the giver's clock.
            let end = date.succ_opt().unwrap_or(date).and_hms_opt(0, 0, 0).unwrap_or_default();
            let at = crate::core::recurrence::place_local(ctx.actor.zone, end);
            if at <= now {
                return Err(refused(Msg::new("err-proxy-until-past")).into());
            }
            Some(at)
        }
        None => None,
    };
    // A chain would let one member cast votes nobody gave them directly: refused.
    if tx.proxy_given(body.id, holder.id, store::millis(now)).await?.is_some() {
        return Err(refused(Msg::new("err-proxy-chain").text("name", &holder.display_name)).into());
    }
    tx.give_proxy(body.id, ctx.actor.member_id, holder.id, until.map(store::millis), store::millis(now)).await?;
    crate::features::bodies::audit(&mut tx, ctx, Some(body.id), "proxy.give", format!("→ {}", holder.id)).await?;
    tx.commit().await?;
    let msg = Msg::new(if until.is_some() { "proxy-given-until" } else { "proxy-given" })
        .mention("holder", mention)
        .code("body", &body.short);
    let msg = match until {
        Some(at) => msg.time("until", at),
        None => msg,
    };
    Ok(Reply::private(msg))
}

/// `proxy revoke [--body SHORT]`.
pub async fn proxy_revoke(ctx: &Ctx<'_>, cmd: ProxyRevoke) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.body.as_deref()).await?;
    if !tx.revoke_proxy(body.id, ctx.actor.member_id, ctx.now_ms()).await? {
        return Err(refused(Msg::new("err-proxy-none").code("body", &body.short)).into());
    }
    crate::features::bodies::audit(&mut tx, ctx, Some(body.id), "proxy.revoke", String::new()).await?;
    tx.commit().await?;
    Ok(Reply::private(Msg::new("proxy-revoked").code("body", &body.short)))
}

/// `proxy list [--body SHORT]`: the proxy one gave and those one holds; staff see all.
pub async fn proxy_list(ctx: &Ctx<'_>, cmd: ProxyList) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.body.as_deref()).await?;
    let now_ms = ctx.now_ms();
    let staff = require_in(&mut tx, ctx.actor, &body, Role::Staff).await.is_ok();
    let lines: Vec<Msg> = if staff {
        tx.proxies_in(body.id, now_ms).await?.iter().map(render::proxy_line).collect()
    } else {
        let mut mine: Vec<Msg> =
            tx.proxy_given(body.id, ctx.actor.member_id, now_ms).await?.iter().map(render::proxy_line).collect();
        mine.extend(tx.proxies_held(body.id, ctx.actor.member_id, now_ms).await?.iter().map(render::proxy_line));
        mine
    };
    tx.commit().await?;
    if lines.is_empty() {
        return Ok(Reply::private(Msg::new("proxy-list-none").code("body", &body.short)));
    }
    Ok(Reply::private(Msg::new("proxy-list-title").code("body", &body.short)).with(Block::List(lines)))
}

/// `member weight ID|@MEMBER [N]`: staff see or set a member's vote weight in the body, counted
/// by polls opened `--weighted`.
pub async fn member_weight(ctx: &Ctx<'_>, cmd: MemberWeight) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.body.as_deref()).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    let record = match &cmd.who {
        Who::Record(id) => tx.member_record(body.id, *id).await?,
        Who::Mention(mention) => {
            let (member, _) = known_member(&mut tx, ctx, mention).await?;
            match tx.member_record_of_account(body.id, member.id).await? {
                Some(record) => Some(record),
                None => return Err(refused(Msg::new("err-weight-no-record").text("name", &member.display_name)).into()),
            }
        }
    };
    let record = record.ok_or_else(|| UserError::NotFound {
        kind: "member",
        id: match &cmd.who {
            Who::Record(id) => format!("#{id}"),
            Who::Mention(m) => m.clone(),
        },
    })?;
    let msg = match cmd.weight {
        Some(weight) => {
            tx.set_vote_weight(record.id, weight).await?;
            let detail = format!("#{} weight {weight}", record.id);
            crate::features::bodies::audit(&mut tx, ctx, Some(body.id), "member.weight", detail).await?;
            Msg::new("member-weight-set").num("id", record.id).text("name", &record.name).num("weight", weight)
        }
        None => {
            let weight = tx.vote_weight(record.id).await?;
            Msg::new("member-weight-is").num("id", record.id).text("name", &record.name).num("weight", weight)
        }
    };
    tx.commit().await?;
    Ok(Reply::private(msg))
}
