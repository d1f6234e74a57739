//! Elections: nominations, the roll taken when voting opens, secret ballots cast privately with a
//! receipt, the count at the close with every round, and the bulletin board that lets anyone
//! recount and every voter find their own ballot.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::model::*;
use super::receipt;
use super::render;
use crate::core::actor::{Platform, Role};
use crate::core::engine::{Ctx, EngineConfig, Outgoing};
use crate::core::error::{CommandResult, UserError};
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Attachment, Block, Choice, Destination, Msg, Reply};
use crate::features::bodies::{known_member, require_in, target_body};
use crate::features::members;
use crate::features::polls::{Quorum, RankingSteps, ranking_step};
use crate::scheduler::envelope;
use crate::store::{self, AuditEntry, BallotRow, CandidateRow, ElectionRow, ElectionSeat, JobKind, Tx};
use crate::tally::{self, Ballot, Method, Profile, Seed};

/// Nominations close and voting opens.
pub const OPEN_JOB: JobKind = JobKind("election-open");
/// Voting closes and the ballots are counted.
pub const CLOSE_JOB: JobKind = JobKind("election-close");
/// Those who have not voted are reminded, privately, before the close.
pub const REMIND_JOB: JobKind = JobKind("election-remind");
/// How long before the close the reminder goes.
const REMIND_BEFORE_MS: i64 = 24 * 3600 * 1000;

fn not_found(id: i64) -> UserError {
    UserError::NotFound { kind: "election", id: format!("#{id}") }
}

fn refused(msg: Msg) -> UserError {
    UserError::Refused(msg)
}

/// A refusal that must not stay where it was typed (a ballot or a receipt in a shared room): told
/// privately, and the command's message removed where the platform allows.
fn not_here(key: &str, id: Option<i64>) -> Reply {
    let msg = match id {
        Some(id) => Msg::new(key).num("id", id),
        None => Msg::new(key),
    };
    Reply { is_error: true, ..Reply::private(msg) }.withdrawing_command()
}

fn body_short(e: &ElectionRow, body: &store::BodyRow) -> String {
    match e.roll_role {
        Some(ref role) => format!("{}-{role}", body.short),
        None => body.short.clone(),
    }
}

async fn body_of(tx: &mut Tx, e: &ElectionRow) -> anyhow::Result<store::BodyRow> {
    tx.body_by_id(e.body_id).await?.ok_or_else(|| anyhow::anyhow!("election #{} has no body", e.id))
}

async fn audit(
    tx: &mut Tx,
    actor: Option<i64>,
    e: &ElectionRow,
    action: &str,
    detail: String,
    now_ms: i64,
) -> anyhow::Result<()> {
    let entry = AuditEntry { actor_id: actor, body_id: Some(e.body_id), action: action.to_owned(), detail };
    tx.append_audit(&entry, now_ms).await?;
    Ok(())
}

/// Posts `reply` to every room of the election's body but `except` (where the command that
/// caused it is answered anyway), once per room and `what`.
async fn announce(
    tx: &mut Tx,
    e: &ElectionRow,
    what: &str,
    reply: &Reply,
    except: Option<&str>,
    config: &EngineConfig,
    now_ms: i64,
) -> anyhow::Result<()> {
    let locale = tx.body_language(e.body_id).await?.unwrap_or_else(|| config.default_language.clone());
    for (platform_name, room_id) in tx.body_rooms(e.body_id).await? {
        let Ok(platform) = platform_name.parse::<Platform>() else { continue };
        if except == Some(room_id.as_str()) {
            continue;
        }
        let destination = Destination::Room { platform, room_id: room_id.clone() };
        let outgoing = Outgoing { destination, reply: reply.clone(), locale: locale.clone(), zone: chrono_tz::UTC };
        let key = format!("election:{}:{what}:{platform_name}:{room_id}", e.id);
        tx.enqueue(&envelope(&outgoing, &key)?, now_ms, now_ms).await?;
    }
    Ok(())
}

/// `election create "TITLE" …`: staff of the body open an election in its nominations phase.
pub async fn create(ctx: &Ctx<'_>, cmd: ElectionCreate) -> CommandResult<Reply> {
    if cmd.method == Method::Irv && cmd.seats != 1 {
        return Err(refused(Msg::new("err-election-irv-seats").num("seats", cmd.seats)).into());
    }
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.body)).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    let now_ms = ctx.now_ms();
    let row = ElectionRow {
        id: 0,
        body_id: body.id,
        room_key: ctx.actor.room_key,
        creator_id: ctx.actor.member_id,
        title: cmd.title.clone(),
        seats: cmd.seats,
        method: cmd.method.name().to_owned(),
        roll_role: cmd.exec_only.then(|| Role::Exec.as_str().to_owned()),
        weighted: cmd.weighted,
        seconded: cmd.seconded,
        quorum: cmd.quorum.map(Quorum::as_stored),
        phase: "nominations".to_owned(),
        nominations_close_at: cmd.nominations.map(|d| now_ms + d.num_milliseconds()),
        voting_ms: cmd.voting.num_milliseconds(),
        voting_opened_at: None,
        voting_closes_at: None,
        created_at: now_ms,
        closed_at: None,
        outcome: None,
        seed: None,
    };
    let id = tx.insert_election(&row).await?;
    let e = ElectionRow { id, ..row };
    if let Some(at) = e.nominations_close_at {
        tx.schedule_job(OPEN_JOB, id, at, now_ms).await?;
    }
    let roll = body_short(&e, &body);
    let detail = format!("#{id} {}: {} seats by {}, roll {roll}", e.title, e.seats, e.method);
    audit(&mut tx, Some(ctx.actor.member_id), &e, "election.create", detail, now_ms).await?;
    let reply = Reply::public(Msg::new("election-created").num("id", id).text("title", &e.title))
        .with(Block::Paragraph(render::header(&e, &roll)))
        .with(Block::Paragraph(Msg::new("election-how-to-nominate").num("id", id)));
    announce(&mut tx, &e, "created", &reply, Some(&ctx.actor.room.room_id), ctx.config, now_ms).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.outbox_changed();
    Ok(reply)
}

/// Whether the actor may see an election: in a room of its body, with a role or a record in
/// it, as a nominee, or as an admin.
async fn visible(tx: &mut Tx, ctx: &Ctx<'_>, id: i64) -> CommandResult<ElectionRow> {
    let e = tx.election(id).await?.ok_or_else(|| not_found(id))?;
    let member = ctx.actor.member_id;
    let seen = ctx.actor.is_global_admin
        || ctx.actor.body.as_ref().is_some_and(|b| b.id == e.body_id)
        || !tx.roles_in(e.body_id, member).await?.is_empty()
        || tx.has_record_in(e.body_id, member).await?
        || tx.candidates(e.id).await?.iter().any(|c| c.member_id == member);
    if seen { Ok(e) } else { Err(not_found(id).into()) }
}

/// `election list [--all]`: the elections of the room's body and of the bodies the actor is in.
pub async fn list(ctx: &Ctx<'_>, cmd: ElectionList) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let mut bodies: Vec<i64> = tx.bodies_with_record(ctx.actor.member_id).await?;
    bodies.extend(ctx.actor.body.as_ref().map(|b| b.id));
    bodies.sort_unstable();
    bodies.dedup();
    let elections = tx.elections_of(&bodies, cmd.all).await?;
    let mut lines = Vec::new();
    for e in &elections {
        let body = body_of(&mut tx, e).await?;
        lines.push(render::header(e, &body_short(e, &body)));
    }
    tx.commit().await?;
    if lines.is_empty() {
        return Ok(Reply::public(Msg::new(if cmd.all { "election-list-none-all" } else { "election-list-none" })));
    }
    Ok(Reply::public(Msg::new("election-list-title").num("count", lines.len() as i64)).with(Block::List(lines)))
}

/// `election show|open|close|results|roll|turnout ID`.
pub async fn step(ctx: &Ctx<'_>, cmd: ElectionStep) -> CommandResult<Reply> {
    match cmd.step {
        Step::Show => show(ctx, cmd.id).await,
        Step::Open | Step::Close => change_phase(ctx, cmd.id, cmd.step).await,
        Step::Results => results(ctx, cmd.id).await,
        Step::Roll => roll(ctx, cmd.id).await,
        Step::Turnout => turnout(ctx, cmd.id).await,
    }
}

async fn show(ctx: &Ctx<'_>, id: i64) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let e = visible(&mut tx, ctx, id).await?;
    let body = body_of(&mut tx, &e).await?;
    let candidates = tx.candidates(e.id).await?;
    let mut reply = Reply::public(render::header(&e, &body_short(&e, &body)));
    let shown: Vec<&CandidateRow> = match e.phase.as_str() {
        "nominations" => candidates.iter().collect(),
        _ => candidates.iter().filter(|c| c.position.is_some()).collect(),
    };
    if shown.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("election-no-nominees")));
    } else {
        reply = reply.with(Block::List(shown.iter().map(|c| render::candidate_line(c, &e)).collect()));
    }
    match e.phase.as_str() {
        "nominations" => reply = reply.with(Block::Paragraph(Msg::new("election-how-to-nominate").num("id", e.id))),
        "voting" => {
            reply = reply.with(Block::Paragraph(Msg::new("election-how-to-vote").num("id", e.id)));
            let seat = tx.election_seat(&e, ctx.actor.member_id, ctx.now_ms()).await?;
            if seat.voted {
                reply = reply.with(Block::Paragraph(Msg::new("election-you-voted").num("id", e.id)));
            }
        }
        _ => {
            reply = reply.with(Block::Paragraph(outcome_msg(&e, &candidates)));
        }
    }
    tx.commit().await?;
    Ok(reply)
}

/// How a closed election ended, in a sentence.
fn outcome_msg(e: &ElectionRow, candidates: &[CandidateRow]) -> Msg {
    match e.outcome.as_deref() {
        Some("no-candidates") => Msg::new("election-outcome-no-candidates").num("id", e.id),
        Some("not-quorate") => Msg::new("election-outcome-not-quorate").num("id", e.id),
        Some("unopposed") => {
            let names: Vec<&str> =
                candidates.iter().filter(|c| c.position.is_some()).map(|c| c.name.as_str()).collect();
            Msg::new("election-outcome-unopposed").num("id", e.id).text("names", names.join(", "))
        }
        _ => Msg::new("election-outcome-counted").num("id", e.id),
    }
}

/// `election open|close ID`: staff move an election on before its deadline.
async fn change_phase(ctx: &Ctx<'_>, id: i64, step: Step) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let e = tx.election_for_update(id).await?.ok_or_else(|| not_found(id))?;
    let body = body_of(&mut tx, &e).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    let (from, key) = match step {
        Step::Open => ("nominations", "err-election-not-nominating"),
        _ => ("voting", "err-election-not-voting"),
    };
    if e.phase != from {
        return Err(refused(Msg::new(key).num("id", e.id)).into());
    }
    let by = Some(ctx.actor.member_id);
    let here = Some(ctx.actor.room.room_id.as_str());
    let blocks = match step {
        Step::Open => open_voting(&mut tx, &e, ctx.clock.now(), ctx.config, by, here).await?,
        _ => close_voting(&mut tx, &e, ctx.clock.now(), ctx.config, by, here).await?,
    };
    tx.commit().await?;
    ctx.jobs_changed();
    ctx.outbox_changed();
    // The announcement the body's other rooms get, here as the answer.
    Ok(Reply { blocks, ..Reply::public(Msg::new("election-phase-closed")) })
}

/// Opens voting (the election is in its nominations phase, locked): numbers the candidates who
/// stand, takes the roll, schedules the close and the reminder, and announces it in the body's
/// rooms. With no more candidates than seats there is no vote: they are elected unopposed.
/// Returns the announcement's blocks.
async fn open_voting(
    tx: &mut Tx,
    e: &ElectionRow,
    now: DateTime<Utc>,
    config: &EngineConfig,
    by: Option<i64>,
    here: Option<&str>,
) -> anyhow::Result<Vec<Block>> {
    let now_ms = store::millis(now);
    if !tx.set_election_phase(e.id, "nominations", "voting").await? {
        return Ok(Vec::new());
    }
    // Fired by its own job (nobody opens it), that job is the one running: the scheduler marks it.
    if by.is_some() {
        tx.cancel_jobs_for(OPEN_JOB, e.id, now_ms).await?;
    }
    let standing: Vec<CandidateRow> =
        tx.candidates(e.id).await?.into_iter().filter(|c| c.stands(e.seconded)).take(MAX_CANDIDATES).collect();
    let ids: Vec<i64> = standing.iter().map(|c| c.member_id).collect();
    tx.number_candidates(e.id, &ids).await?;
    let names: Vec<String> = standing.iter().map(|c| c.name.clone()).collect();
    if (standing.len() as i64) <= e.seats {
        let outcome = if standing.is_empty() { "no-candidates" } else { "unopposed" };
        tx.finish_election(e.id, now_ms, outcome, None).await?;
        let closed =
            ElectionRow { phase: "closed".into(), closed_at: Some(now_ms), outcome: Some(outcome.into()), ..e.clone() };
        let numbered = tx.candidates(e.id).await?;
        audit(tx, by, e, "election.close", format!("#{}: {outcome}: {}", e.id, names.join(", ")), now_ms).await?;
        let reply = Reply::public(Msg::new("election-closed-title").num("id", e.id).text("title", &e.title))
            .with(Block::Paragraph(outcome_msg(&closed, &numbered)));
        announce(tx, e, "closed", &reply, here, config, now_ms).await?;
        return Ok(reply.blocks);
    }
    tx.take_roll(e).await?;
    let closes_at = now_ms + e.voting_ms;
    tx.set_election_voting(e.id, now_ms, closes_at).await?;
    tx.schedule_job(CLOSE_JOB, e.id, closes_at, now_ms).await?;
    if e.voting_ms > REMIND_BEFORE_MS {
        tx.schedule_job(REMIND_JOB, e.id, closes_at - REMIND_BEFORE_MS, now_ms).await?;
    }
    let (roll, _) = tx.roll_totals(e.id).await?;
    let detail = format!("#{}: voting until {closes_at}; candidates {}; roll of {roll}", e.id, names.join(", "));
    audit(tx, by, e, "election.open", detail, now_ms).await?;
    let open = ElectionRow {
        phase: "voting".into(),
        voting_opened_at: Some(now_ms),
        voting_closes_at: Some(closes_at),
        ..e.clone()
    };
    let numbered = tx.candidates(e.id).await?;
    let reply = Reply::public(
        Msg::new("election-voting-open").num("id", e.id).text("title", &e.title).time("at", store::instant(closes_at)),
    )
    .with(Block::Paragraph(Msg::new("election-roll-size").num("count", roll)))
    .with(Block::List(
        numbered.iter().filter(|c| c.position.is_some()).map(|c| render::candidate_line(c, &open)).collect(),
    ))
    .with(Block::Paragraph(Msg::new("election-how-to-vote").num("id", e.id)))
    .with(Block::Choices(vec![Choice {
        command: format!("election ballot #{}", e.id),
        label: Msg::new("election-ballot-open"),
        emoji: None,
    }]));
    announce(tx, e, "open", &reply, here, config, now_ms).await?;
    Ok(reply.blocks)
}

/// What a closed election's count rests on: the standing candidates, the ballots in hash order,
/// the profile they make and its count.
struct Counted {
    standing: Vec<CandidateRow>,
    ballots: Vec<BallotRow>,
    profile: Profile,
    count: tally::Count,
    seed: Seed,
}

/// A name as the BLT format can hold it (no double quotes, no line breaks), once in the list.
fn blt_name(name: &str, taken: &[String]) -> String {
    let clean: String = name.chars().map(|c| if c == '"' || c.is_control() { '\'' } else { c }).collect();
    let clean = if clean.trim().is_empty() { "?".to_owned() } else { clean.trim().to_owned() };
    let mut candidate = clean.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{clean} ({n})");
        n += 1;
    }
    candidate
}

async fn count_election(tx: &mut Tx, e: &ElectionRow) -> anyhow::Result<Counted> {
    let standing: Vec<CandidateRow> = tx.candidates(e.id).await?.into_iter().filter(|c| c.position.is_some()).collect();
    let ballots = tx.election_ballots(e.id).await?;
    let mut names: Vec<String> = Vec::new();
    for c in &standing {
        let name = blt_name(&c.name, &names);
        names.push(name);
    }
    let method = Method::from_name(&e.method).unwrap_or(Method::Stv);
    let counted: Vec<Ballot> = ballots
        .iter()
        .filter(|b| b.weight > 0)
        .map(|b| {
            let ranking: Vec<usize> =
                b.ranking.split_whitespace().filter_map(|n| n.parse::<usize>().ok()).map(|n| n - 1).collect();
            if method.ranks() {
                Ballot::ranked(b.weight as u64, ranking)
            } else {
                Ballot::approving(b.weight as u64, ranking)
            }
        })
        .collect();
    let title = blt_name(&e.title, &[]);
    let profile = Profile::new(title, names, e.seats as usize, counted)?;
    let seed = Seed::of_profile(&profile);
    let count = tally::count(&profile, method, &seed)?;
    Ok(Counted { standing, ballots, profile, count, seed })
}

/// The bulletin board: the ballots as BLT (what `quorum tally` recounts), and each ballot under
/// its receipt's hash, both in hash order.
fn bulletin(e: &ElectionRow, counted: &Counted) -> anyhow::Result<Vec<Block>> {
    let blt = Attachment {
        name: format!("election-{}-ballots.blt", e.id),
        mime: "text/plain".into(),
        content: tally::blt::write(&counted.profile),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["receipt_sha256", "weight", "ballot"])?;
    for b in &counted.ballots {
        let names: Vec<String> = b
            .ranking
            .split_whitespace()
            .filter_map(|n| n.parse::<usize>().ok())
            .filter_map(|n| counted.profile.candidates().get(n - 1).cloned())
            .collect();
        writer.write_record([b.receipt_hash.clone(), b.weight.to_string(), names.join(" > ")])?;
    }
    let receipts = Attachment {
        name: format!("election-{}-receipts.csv", e.id),
        mime: "text/csv".into(),
        content: String::from_utf8(writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?)?,
    };
    Ok(vec![
        Block::Paragraph(Msg::new("election-bulletin").num("id", e.id).code("seed", counted.seed.to_hex())),
        Block::File(blt),
        Block::File(receipts),
    ])
}

/// What the results say: turnout, whether the quorum was met, who is elected, every round, and
/// the bulletin board.
async fn result_blocks(tx: &mut Tx, e: &ElectionRow, counted: &Counted) -> anyhow::Result<Vec<Block>> {
    let (roll, roll_weight) = tx.roll_totals(e.id).await?;
    let (voted, voted_weight) = tx.election_turnout(e.id).await?;
    let mut blocks = vec![Block::Paragraph(Msg::new("election-turnout").num("voted", voted).num("roll", roll))];
    if e.weighted {
        blocks.push(Block::Paragraph(
            Msg::new("election-turnout-weight").num("voted", voted_weight).num("roll", roll_weight),
        ));
    }
    if e.outcome.as_deref() == Some("not-quorate") {
        blocks.push(Block::Paragraph(outcome_msg(e, &counted.standing)));
    } else {
        let elected = counted.count.elected.join(", ");
        blocks.push(Block::Paragraph(
            Msg::new("election-elected").num("count", counted.count.elected.len() as i64).text("names", elected),
        ));
    }
    blocks.push(Block::Paragraph(
        Msg::new("election-method-line").phrase("method", render::method_msg(&e.method)).num("seats", e.seats),
    ));
    // Without the quorum nobody is elected: a count that names winners would only mislead.
    if e.outcome.as_deref() != Some("not-quorate") {
        blocks.extend(render::count_blocks(&counted.count));
    }
    blocks.extend(bulletin(e, counted)?);
    Ok(blocks)
}

/// Whether enough ballots were cast for the result to stand.
async fn quorate(tx: &mut Tx, e: &ElectionRow) -> anyhow::Result<bool> {
    let Some(quorum) = e.quorum.as_deref().and_then(Quorum::parse) else { return Ok(true) };
    let (roll, roll_weight) = tx.roll_totals(e.id).await?;
    let (voted, voted_weight) = tx.election_turnout(e.id).await?;
    Ok(if e.weighted { voted_weight >= quorum.needed(roll_weight) } else { voted >= quorum.needed(roll) })
}

/// Closes voting (the election is voting, locked): the ballots are rewritten in hash order,
/// counted, and the result and the bulletin board posted to the body's rooms. Returns the
/// result's blocks.
async fn close_voting(
    tx: &mut Tx,
    e: &ElectionRow,
    now: DateTime<Utc>,
    config: &EngineConfig,
    by: Option<i64>,
    here: Option<&str>,
) -> anyhow::Result<Vec<Block>> {
    let now_ms = store::millis(now);
    if e.phase != "voting" {
        return Ok(Vec::new());
    }
    if by.is_some() {
        tx.cancel_jobs_for(CLOSE_JOB, e.id, now_ms).await?;
    }
    tx.cancel_jobs_for(REMIND_JOB, e.id, now_ms).await?;
    tx.rewrite_election(e.id).await?;
    let counted = count_election(tx, e).await?;
    let outcome = if quorate(tx, e).await? { "elected" } else { "not-quorate" };
    tx.finish_election(e.id, now_ms, outcome, Some(&counted.seed.to_hex())).await?;
    let closed = ElectionRow {
        phase: "closed".into(),
        closed_at: Some(now_ms),
        outcome: Some(outcome.into()),
        seed: Some(counted.seed.to_hex()),
        ..e.clone()
    };
    let (roll, _) = tx.roll_totals(e.id).await?;
    let (voted, _) = tx.election_turnout(e.id).await?;
    let replaced = tx.replaced_ballots(e.id).await?;
    let detail = format!("#{}: {voted} ballots of a roll of {roll}, {replaced} replaced with their receipt", e.id);
    audit(tx, by, e, "election.close", detail, now_ms).await?;
    let detail = format!("#{}: {outcome}: {}", e.id, counted.count.elected.join(", "));
    audit(tx, None, e, "election.results", detail, now_ms).await?;
    let blocks = result_blocks(tx, &closed, &counted).await?;
    let reply = blocks
        .iter()
        .cloned()
        .fold(Reply::public(Msg::new("election-closed-title").num("id", e.id).text("title", &e.title)), Reply::with);
    announce(tx, e, "closed", &reply, here, config, now_ms).await?;
    Ok(reply.blocks)
}

/// `election results ID`: once closed, the count round by round and the bulletin board.
async fn results(ctx: &Ctx<'_>, id: i64) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let e = visible(&mut tx, ctx, id).await?;
    if e.phase != "closed" {
        return Err(refused(Msg::new("err-election-results-at-close").num("id", e.id)).into());
    }
    let mut reply = Reply::public(Msg::new("election-closed-title").num("id", e.id).text("title", &e.title));
    if e.voting_opened_at.is_none() {
        let candidates = tx.candidates(e.id).await?;
        return Ok(reply.with(Block::Paragraph(outcome_msg(&e, &candidates))));
    }
    let counted = count_election(&mut tx, &e).await?;
    for block in result_blocks(&mut tx, &e, &counted).await? {
        reply = reply.with(block);
    }
    tx.commit().await?;
    Ok(reply)
}

/// `election roll ID`: how many are on the roll; the names (and who has voted) for staff.
async fn roll(ctx: &Ctx<'_>, id: i64) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let e = visible(&mut tx, ctx, id).await?;
    if e.voting_opened_at.is_none() {
        return Err(refused(Msg::new("err-election-no-roll-yet").num("id", e.id)).into());
    }
    let (count, weight) = tx.roll_totals(e.id).await?;
    let mut reply = Reply::private(Msg::new("election-roll-title").num("id", e.id).num("count", count));
    if e.weighted {
        reply = reply.with(Block::Paragraph(Msg::new("election-roll-weight").num("weight", weight)));
    }
    let body = body_of(&mut tx, &e).await?;
    if require_in(&mut tx, ctx.actor, &body, Role::Staff).await.is_ok() {
        let names = tx.roll_names(e.id).await?;
        let key = |voted: bool| if voted { "election-roll-line-voted" } else { "election-roll-line" };
        reply = reply.with(Block::List(names.iter().map(|(n, v)| Msg::new(key(*v)).text("name", n)).collect()));
    }
    tx.commit().await?;
    Ok(reply)
}

/// `election turnout ID`: how many have voted, of how many, and the quorum.
async fn turnout(ctx: &Ctx<'_>, id: i64) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let e = visible(&mut tx, ctx, id).await?;
    if e.voting_opened_at.is_none() {
        return Err(refused(Msg::new("err-election-no-roll-yet").num("id", e.id)).into());
    }
    let (roll, _) = tx.roll_totals(e.id).await?;
    let (voted, _) = tx.election_turnout(e.id).await?;
    let mut reply = Reply::public(Msg::new("election-turnout").num("voted", voted).num("roll", roll));
    if let Some(quorum) = e.quorum.as_deref().and_then(Quorum::parse) {
        let (roll_weight, voted_weight) = if e.weighted {
            (tx.roll_totals(e.id).await?.1, tx.election_turnout(e.id).await?.1)
        } else {
            (roll, voted)
        };
        let needed = quorum.needed(roll_weight);
        let key = if voted_weight >= needed { "election-quorum-met" } else { "election-quorum-short" };
        reply = reply.with(Block::Paragraph(Msg::new(key).num("needed", needed).num("missing", needed - voted_weight)));
    }
    tx.commit().await?;
    Ok(reply)
}

/// The election a nomination command names, or the one of the room's body taking nominations.
async fn nominating(tx: &mut Tx, ctx: &Ctx<'_>, id: Option<i64>) -> CommandResult<ElectionRow> {
    if let Some(id) = id {
        visible(tx, ctx, id).await?;
        return Ok(tx.election_for_update(id).await?.ok_or_else(|| not_found(id))?);
    }
    let Some(body) = &ctx.actor.body else { return Err(refused(Msg::new("err-election-which")).into()) };
    let open: Vec<ElectionRow> =
        tx.elections_of(&[body.id], false).await?.into_iter().filter(|e| e.phase == "nominations").collect();
    match open.as_slice() {
        [one] => Ok(tx.election_for_update(one.id).await?.ok_or_else(|| not_found(one.id))?),
        [] => Err(refused(Msg::new("err-election-none-nominating").code("body", &body.short)).into()),
        many => {
            let ids = many.iter().map(|e| format!("#{}", e.id)).collect::<Vec<_>>().join(", ");
            Err(refused(Msg::new("err-election-several").text("ids", ids)).into())
        }
    }
}

/// `nominate`, `second`, `accept`, `withdraw`.
pub async fn nomination(ctx: &Ctx<'_>, cmd: Nomination) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let e = nominating(&mut tx, ctx, cmd.id).await?;
    if e.phase != "nominations" {
        return Err(refused(Msg::new("err-election-not-nominating").num("id", e.id)).into());
    }
    let now_ms = ctx.now_ms();
    let me = ctx.actor.member_id;
    let body = body_of(&mut tx, &e).await?;
    let (member_id, name) = match &cmd.who {
        Some(mention) => {
            let (member, _) = known_member(&mut tx, ctx, mention).await?;
            (member.id, member.display_name)
        }
        None => (me, ctx.actor.display_name.clone()),
    };
    let candidates = tx.candidates(e.id).await?;
    let nominee = candidates.iter().find(|c| c.member_id == member_id).cloned();
    let (reply, action) = match cmd.act {
        NominationAct::Nominate => {
            if !tx.counted_in_body(e.body_id, me).await?
                && require_in(&mut tx, ctx.actor, &body, Role::Staff).await.is_err()
            {
                return Err(refused(Msg::new("err-election-not-member").code("body", &body.short)).into());
            }
            if !tx.counted_in_body(e.body_id, member_id).await? {
                return Err(refused(
                    Msg::new("err-election-nominee-not-member").text("name", &name).code("body", &body.short),
                )
                .into());
            }
            if candidates.len() >= MAX_CANDIDATES {
                return Err(refused(Msg::new("err-election-too-many").num("max", MAX_CANDIDATES as i64)).into());
            }
            if !tx.nominate(e.id, member_id, &name, me, now_ms).await? {
                return Err(
                    refused(Msg::new("err-election-nominated-already").text("name", &name).num("id", e.id)).into()
                );
            }
            let mut reply = Reply::public(
                Msg::new("election-nominated").text("name", &name).num("id", e.id).text("title", &e.title),
            );
            if member_id != me {
                reply = reply
                    .with(Block::Paragraph(Msg::new("election-nominee-accepts").text("name", &name).num("id", e.id)));
            }
            if e.seconded {
                reply = reply
                    .with(Block::Paragraph(Msg::new("election-needs-seconder").text("name", &name).num("id", e.id)));
            }
            (reply, "election.nominate")
        }
        NominationAct::Second => {
            let Some(mut c) = nominee else {
                return Err(refused(Msg::new("err-election-not-nominee").text("name", &name).num("id", e.id)).into());
            };
            if !e.seconded {
                return Err(refused(Msg::new("err-election-no-seconding").num("id", e.id)).into());
            }
            if !tx.counted_in_body(e.body_id, me).await? {
                return Err(refused(Msg::new("err-election-not-member").code("body", &body.short)).into());
            }
            if c.seconded_by.is_some() {
                return Err(refused(Msg::new("err-election-seconded-already").text("name", &name)).into());
            }
            if me == c.nominated_by || me == c.member_id {
                return Err(refused(Msg::new("err-election-second-self").text("name", &name)).into());
            }
            c.seconded_by = Some(me);
            tx.update_candidate(e.id, &c).await?;
            (Reply::public(Msg::new("election-seconded").text("name", &name).num("id", e.id)), "election.second")
        }
        NominationAct::Accept => {
            let Some(mut c) = nominee.filter(|c| !c.withdrawn) else {
                return Err(refused(Msg::new("err-election-not-nominated-you").num("id", e.id)).into());
            };
            if c.accepted {
                return Err(refused(Msg::new("err-election-accepted-already").num("id", e.id)).into());
            }
            c.accepted = true;
            tx.update_candidate(e.id, &c).await?;
            (
                Reply::public(
                    Msg::new("election-accepted").text("name", &name).num("id", e.id).text("title", &e.title),
                ),
                "election.accept",
            )
        }
        NominationAct::Withdraw => {
            if member_id != me {
                require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
            }
            let Some(mut c) = nominee.filter(|c| !c.withdrawn) else {
                return Err(refused(Msg::new("err-election-not-nominee").text("name", &name).num("id", e.id)).into());
            };
            c.withdrawn = true;
            tx.update_candidate(e.id, &c).await?;
            (Reply::public(Msg::new("election-withdrawn").text("name", &name).num("id", e.id)), "election.withdraw")
        }
    };
    audit(&mut tx, Some(me), &e, action, format!("#{}: {name}", e.id), now_ms).await?;
    tx.commit().await?;
    Ok(reply)
}

/// Reads a ballot's words (`3 1 2`, `3,1,2`, `#3`) as candidate numbers, by the method: one for
/// plurality, a set for approval, a ranking otherwise; each at most once.
fn read_ballot(e: &ElectionRow, words: &[String], standing: usize) -> CommandResult<Vec<i64>> {
    let method = Method::from_name(&e.method).unwrap_or(Method::Stv);
    let mut picks: Vec<i64> = Vec::new();
    for word in words.iter().flat_map(|w| w.split(',')).map(str::trim).filter(|w| !w.is_empty()) {
        let k =
            word.trim_start_matches('#').parse::<i64>().ok().filter(|k| (1..=standing as i64).contains(k)).ok_or_else(
                || refused(Msg::new("err-poll-choice").text("value", word).num("count", standing as i64)),
            )?;
        if picks.contains(&k) {
            return Err(refused(Msg::new("err-poll-choice-twice").num("choice", k)).into());
        }
        picks.push(k);
    }
    if picks.is_empty() {
        return Err(refused(Msg::new("err-election-empty-ballot")).into());
    }
    if method == Method::Plurality && picks.len() > 1 {
        return Err(refused(Msg::new("err-election-one-choice")).into());
    }
    if method == Method::Approval {
        picks.sort_unstable();
    }
    Ok(picks)
}

/// A seat a ballot is cast for: the roll record, its weight, and whose it is when not the
/// actor's own.
struct Seat {
    record: i64,
    weight: i64,
    for_name: Option<String>,
}

/// The seats a ballot is cast for: the actor's own (`own`, unless they gave their proxy), one
/// delegator's, or every delegator's with a ballot left.
async fn seats_for(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    e: &ElectionRow,
    own: ElectionSeat,
    for_: &For,
    now_ms: i64,
) -> CommandResult<Vec<Seat>> {
    match for_ {
        For::Self_ => {
            if let Some(holder) = own.proxy_holder {
                return Err(refused(Msg::new("err-poll-proxy-given").text("holder", holder)).into());
            }
            match own.seat {
                Some(_) if own.voted => Err(refused(Msg::new("err-election-voted").num("id", e.id)).into()),
                Some((record, weight)) => Ok(vec![Seat { record, weight, for_name: None }]),
                None => Err(refused(Msg::new("err-election-not-on-roll").num("id", e.id)).into()),
            }
        }
        For::Member(mention) => {
            let (giver, _) = known_member(tx, ctx, mention).await?;
            let held = tx.proxies_held(e.body_id, ctx.actor.member_id, now_ms).await?;
            if !held.iter().any(|p| p.giver_id == giver.id) {
                return Err(refused(Msg::new("err-poll-no-proxy").text("name", &giver.display_name)).into());
            }
            let found = tx.election_seat(e, giver.id, now_ms).await?;
            match found.seat {
                Some(_) if found.voted => {
                    Err(refused(Msg::new("err-election-voted-for").text("name", &giver.display_name)).into())
                }
                Some((record, weight)) => Ok(vec![Seat { record, weight, for_name: Some(giver.display_name) }]),
                None => {
                    Err(refused(Msg::new("err-election-giver-not-on-roll").text("name", &giver.display_name)).into())
                }
            }
        }
        For::All => {
            let mut seats = Vec::new();
            for proxy in tx.proxies_held(e.body_id, ctx.actor.member_id, now_ms).await? {
                let found = tx.election_seat(e, proxy.giver_id, now_ms).await?;
                if let (Some((record, weight)), false) = (found.seat, found.voted) {
                    seats.push(Seat { record, weight, for_name: Some(proxy.giver) });
                }
            }
            if seats.is_empty() {
                return Err(refused(Msg::new("err-election-no-proxies").num("id", e.id)).into());
            }
            Ok(seats)
        }
    }
}

/// `ballot ID CHOICE… [--for @USER|all] [--receipt CODE]`: casts a secret ballot, privately only,
/// and answers with its receipt code; or, with a receipt, replaces the ballot cast with it.
pub async fn ballot(ctx: &Ctx<'_>, cmd: BallotCast) -> CommandResult<Reply> {
    if !ctx.actor.confidential {
        return Ok(not_here("err-election-ballot-public", Some(cmd.id)));
    }
    let now_ms = ctx.now_ms();
    // A member's own ballot is one read and one statement that casts it only while the election
    // is voting; anything that writes more (a replacement, ballots for several) takes a
    // transaction, as does every write of a command whose event is marked in it.
    let single = cmd.receipt.is_none() && cmd.for_ == For::Self_ && !ctx.store.marks_effects();
    let mut tx = if single { ctx.store.read().await? } else { ctx.store.begin().await? };
    let member = ctx.actor.member_id;
    let (e, names, own) =
        tx.election_for_ballot(cmd.id, member, now_ms, !single).await?.ok_or_else(|| not_found(cmd.id))?;
    if e.phase != "voting" {
        return Err(refused(Msg::new("err-election-not-voting").num("id", e.id)).into());
    }
    let picks = read_ballot(&e, &cmd.words, names.len())?;
    let ranking = picks.iter().map(i64::to_string).collect::<Vec<_>>().join(" ");
    let shown = render::ballot_msg(&e, &ranking, &names);
    let closes = store::instant(e.voting_closes_at.unwrap_or(now_ms));
    if let Some(code) = &cmd.receipt {
        let hash = receipt::normalize(code).map(|c| receipt::hash(&c));
        let found = match &hash {
            Some(hash) => tx.ballot_by_receipt(hash).await?.filter(|b| b.election_id == e.id),
            None => None,
        };
        let Some(found) = found else {
            return Err(refused(Msg::new("err-election-receipt-unknown").num("id", e.id)).into());
        };
        tx.replace_ballot(e.id, &found.receipt_hash, &ranking).await?;
        tx.count_replaced_ballot(e.id).await?;
        tx.commit().await?;
        return Ok(Reply::private(Msg::new("election-ballot-replaced").num("id", e.id).phrase("ballot", shown))
            .with(Block::Paragraph(Msg::new("election-ballot-until").time("at", closes)))
            .secret()
            .in_place());
    }
    let seats = seats_for(&mut tx, ctx, &e, own, &cmd.for_, now_ms).await?;
    let mut receipts = Vec::new();
    for seat in &seats {
        let code = receipt::new_code(ctx.clock);
        let normalized =
            receipt::normalize(&code).ok_or_else(|| anyhow::anyhow!("a fresh receipt does not read back"))?;
        let row = BallotRow {
            election_id: e.id,
            receipt_hash: receipt::hash(&normalized),
            ranking: ranking.clone(),
            weight: seat.weight,
        };
        if !tx.cast_ballot(seat.record, &row).await? {
            tx.rollback().await?;
            // Voted meanwhile (on another platform), or closed since the read: say which.
            let mut read = ctx.store.read().await?;
            let closed = read.election(e.id).await?.is_none_or(|now| now.phase != "voting");
            let key = if closed { "err-election-not-voting" } else { "err-election-voted" };
            return Err(refused(Msg::new(key).num("id", e.id)).into());
        }
        receipts.push((seat.for_name.clone(), code));
    }
    tx.commit().await?;
    let mut reply = Reply::private(
        Msg::new("election-ballot-cast").num("id", e.id).num("count", seats.len() as i64).phrase("ballot", shown),
    );
    let lines = receipts
        .iter()
        .map(|(name, code)| match name {
            Some(name) => Msg::new("election-receipt-for").text("name", name).code("code", code),
            None => Msg::new("election-receipt").code("code", code),
        })
        .collect();
    reply = reply
        .with(Block::List(lines))
        .with(Block::Paragraph(Msg::new("election-receipt-keep").num("id", e.id).time("at", closes)));
    Ok(reply.secret().in_place())
}

/// `election ballot ID [PICKS] [--cancel]`: the ballot one step at a time (Discord's menus), or
/// the candidates and how to vote.
pub async fn ballot_steps(ctx: &Ctx<'_>, cmd: BallotSteps) -> CommandResult<Reply> {
    if cmd.cancel {
        return Ok(Reply::private(Msg::new("election-ballot-cancelled").num("id", cmd.id)).in_place());
    }
    if cmd.picks.is_some() && !ctx.actor.confidential {
        return Ok(not_here("err-election-ballot-public", Some(cmd.id)));
    }
    let mut tx = ctx.store.read().await?;
    let e = visible(&mut tx, ctx, cmd.id).await?;
    let standing: Vec<CandidateRow> = tx.candidates(e.id).await?.into_iter().filter(|c| c.position.is_some()).collect();
    tx.commit().await?;
    if e.phase != "voting" {
        return Err(refused(Msg::new("err-election-not-voting").num("id", e.id)).into());
    }
    let header = Msg::new("election-ballot-header")
        .num("id", e.id)
        .text("title", &e.title)
        .phrase("method", render::method_msg(&e.method));
    let stepwise = cmd.picks.is_some() || ctx.actor.user.platform.has_menus();
    if !stepwise || !ctx.actor.confidential {
        let lines = standing.iter().map(|c| render::candidate_line(c, &e)).collect();
        return Ok(Reply::private(header)
            .with(Block::List(lines))
            .with(Block::Paragraph(Msg::new(ballot_hint(&e)).num("id", e.id))));
    }
    let names: Vec<String> = standing.iter().map(|c| c.name.clone()).collect();
    let method = Method::from_name(&e.method).unwrap_or(Method::Stv);
    let id = e.id;
    let steps = RankingSteps {
        header,
        options: &names,
        shown: &|so_far| render::ballot_msg(&e, &so_far.replace(',', " "), &names),
        step: &|so_far| match so_far {
            "" => format!("election ballot #{id}"),
            _ => format!("election ballot #{id} {so_far}"),
        },
        cast: &|vote| format!("ballot #{id} {vote}"),
        cancel: format!("election ballot #{id} --cancel"),
        fill_last: false,
        most: if method == Method::Plurality { 1 } else { names.len() },
    };
    let picks: Vec<Option<i64>> = cmd.picks.unwrap_or_default().into_iter().map(Some).collect();
    Ok(ranking_step(&steps, &picks)?.secret())
}

/// How a ballot of this election is filled in, by its method.
fn ballot_hint(e: &ElectionRow) -> &'static str {
    match Method::from_name(&e.method) {
        Some(Method::Plurality) => "election-ballot-hint-one",
        Some(Method::Approval) => "election-ballot-hint-approval",
        _ => "election-ballot-hint-ranked",
    }
}

/// `verify CODE`: the ballot a receipt was given for, as it will be (or was) counted.
pub async fn verify(ctx: &Ctx<'_>, cmd: Verify) -> CommandResult<Reply> {
    if !ctx.actor.confidential {
        return Ok(not_here("err-election-receipt-public", None));
    }
    let Some(code) = receipt::normalize(&cmd.code) else {
        return Err(refused(Msg::new("err-election-receipt-bad")).into());
    };
    let hash = receipt::hash(&code);
    let mut tx = ctx.store.read().await?;
    let Some(found) = tx.ballot_by_receipt(&hash).await? else {
        return Err(refused(Msg::new("err-election-receipt-not-found")).into());
    };
    let e = tx.election(found.election_id).await?.ok_or_else(|| not_found(found.election_id))?;
    let names: Vec<String> =
        tx.candidates(e.id).await?.into_iter().filter(|c| c.position.is_some()).map(|c| c.name).collect();
    tx.commit().await?;
    let mut reply = Reply::private(
        Msg::new("election-verified")
            .num("id", e.id)
            .text("title", &e.title)
            .phrase("ballot", render::ballot_msg(&e, &found.ranking, &names)),
    );
    if e.weighted {
        reply = reply.with(Block::Paragraph(Msg::new("election-verified-weight").num("weight", found.weight)));
    }
    let state = match (e.phase.as_str(), e.voting_closes_at) {
        ("voting", Some(at)) => Msg::new("election-ballot-until").time("at", store::instant(at)),
        _ => Msg::new("election-verified-closed").num("id", e.id).code("hash", &hash[..16]),
    };
    Ok(reply.with(Block::Paragraph(state)).secret())
}

/// Elections the actor can see, for Discord's autocomplete.
pub async fn complete(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let mut tx = ctx.store.read().await?;
    let mut bodies: Vec<i64> = tx.bodies_with_record(ctx.actor.member_id).await?;
    bodies.extend(ctx.actor.body.as_ref().map(|b| b.id));
    let elections = tx.elections_of(&bodies, false).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(elections.iter().map(|e| (e.id, e.title.as_str())), typed, limit))
}

/// Opens voting when nominations close, once.
pub struct FireElectionOpen;

#[async_trait]
impl JobHandler for FireElectionOpen {
    fn kind(&self) -> &'static str {
        OPEN_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(e) = tx.election_for_update(job.job.ref_id).await? else { return Ok(()) };
        if e.phase != "nominations" || e.nominations_close_at.is_none_or(|at| at > store::millis(job.now)) {
            return Ok(());
        }
        open_voting(tx, &e, job.now, job.config, None, None).await?;
        Ok(())
    }
}

/// Closes voting at its deadline and counts, once.
pub struct FireElectionClose;

#[async_trait]
impl JobHandler for FireElectionClose {
    fn kind(&self) -> &'static str {
        CLOSE_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(e) = tx.election_for_update(job.job.ref_id).await? else { return Ok(()) };
        if e.phase != "voting" || e.voting_closes_at.is_none_or(|at| at > store::millis(job.now)) {
            return Ok(());
        }
        close_voting(tx, &e, job.now, job.config, None, None).await?;
        Ok(())
    }
}

/// Reminds those on the roll who have not voted, privately, a day before the close.
pub struct FireElectionReminder;

#[async_trait]
impl JobHandler for FireElectionReminder {
    fn kind(&self) -> &'static str {
        REMIND_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(e) = tx.election(job.job.ref_id).await? else { return Ok(()) };
        let (Some(closes_at), "voting") = (e.voting_closes_at, e.phase.as_str()) else { return Ok(()) };
        let now_ms = store::millis(job.now);
        for member_id in tx.roll_not_voted(e.id).await? {
            let (language, zone) = (&job.config.default_language, job.config.default_timezone);
            let Some(line) = members::private_line(tx, member_id, None, language, zone).await? else { continue };
            let msg = Msg::new("election-reminder").num("id", e.id).text("title", &e.title).time_ahead(
                "at",
                store::instant(closes_at),
                job.now,
            );
            let reply = Reply::private(msg).with(Block::Paragraph(Msg::new("election-how-to-vote").num("id", e.id)));
            let outgoing = line.outgoing(reply);
            let key = format!("election:{}:remind:{member_id}", e.id);
            tx.enqueue(&envelope(&outgoing, &key)?, now_ms, now_ms).await?;
        }
        Ok(())
    }
}
