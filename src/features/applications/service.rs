//! Applying to a body, one question per message in the applicant's direct room, and the
//! decisions of its committee: the applicant is told each in their own language, and on approval
//! becomes a member, gets the platforms' member role and is invited to the body's rooms.

use async_trait::async_trait;

use super::model::*;
use super::render;
use crate::core::actor::{Platform, Role};
use crate::core::engine::{Ctx, Outgoing};
use crate::core::error::{CommandError, CommandResult, UserError};
use crate::core::grammar::{check_name, check_short_text, check_text};
use crate::core::permissions;
use crate::core::platform::PlatformCall;
use crate::core::registry::Conversation;
use crate::core::reply::{Block, Choice, Destination, Form, FormField, MAX_FORM_FIELDS, Msg, Reply};
use crate::features::bodies::{audit, require_in, target_body};
use crate::features::members::{Admission, admit};
use crate::scheduler::{call_envelope, envelope};
use crate::store::{self, ApplicationRow, BodyRow, Tx};

/// The questions an application to `body_id` asks, in order: the standard ones, then the body's.
async fn questions(tx: &mut Tx, body_id: i64) -> anyhow::Result<Vec<Question>> {
    let standard = STANDARD_QUESTIONS.iter().map(|key| Question::Standard(key));
    let own = tx.application_questions(body_id).await?.into_iter().map(Question::Body);
    Ok(standard.chain(own).collect())
}

/// One question: a standard one (a message key) or one a body added (its text).
#[derive(Debug, Clone)]
pub enum Question {
    Standard(&'static str),
    Body(String),
}

impl Question {
    /// What is stored with the answer: the key, or the text as asked.
    fn stored(&self) -> &str {
        match self {
            Question::Standard(key) => key,
            Question::Body(text) => text,
        }
    }

    /// The longest answer accepted.
    fn max(&self) -> usize {
        match self {
            Question::Standard("apply-q-name") => 100,
            Question::Standard("apply-q-organisation") => 200,
            Question::Standard("apply-q-country") => 60,
            _ => MAX_ANSWER,
        }
    }

    /// Checks an answer: a name, an organisation (`-` for none), a country code, or free text.
    fn check(&self, answer: &str) -> CommandResult<String> {
        Ok(match self {
            Question::Standard("apply-q-name") => check_name("name", answer, self.max())?,
            Question::Standard("apply-q-organisation") => check_short_text("organisation", answer, self.max())?,
            Question::Standard("apply-q-country") => {
                let answer = check_short_text("country", answer, self.max())?;
                crate::features::members::country_code(&answer)
                    .map(str::to_owned)
                    .ok_or_else(|| UserError::Refused(Msg::new("err-apply-country").text("value", &answer)))?
            }
            _ => check_text("answer", answer, MAX_ANSWER)?,
        })
    }
}

/// Asks question `step`: one message at a time, or as a form of it and the next few where the
/// platform has forms (with a button that opens the form again, should it not open at once).
fn ask(ctx: &Ctx<'_>, questions: &[Question], step: usize) -> Vec<Block> {
    if !ctx.actor.user.platform.has_forms() {
        return vec![Block::Paragraph(render::question(&questions[step], step, questions.len()))];
    }
    let shown = &questions[step..questions.len().min(step + MAX_FORM_FIELDS)];
    let fields = shown
        .iter()
        .enumerate()
        .map(|(i, q)| FormField { label: render::field(q, step + i), hint: Some(render::hint(q)), max: q.max() })
        .collect();
    let title = render::form_title(step, step + shown.len(), questions.len());
    let reopen = Choice { command: "apply answers".into(), label: Msg::new("apply-form-open"), emoji: None };
    vec![Block::Form(Form { title, fields, submit: "apply answers".into() }), Block::Choices(vec![reopen])]
}

/// What became of an answer.
enum Answered {
    /// Noted; the question at this step comes next.
    Next(String, usize),
    /// That was the last question: the application went to the committee.
    Submitted,
}

/// Checks and records the answer to question `step` of a drafting application, and submits the
/// application after the last one.
async fn answer_step(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    application: &ApplicationRow,
    questions: &[Question],
    step: usize,
    text: &str,
) -> CommandResult<Answered> {
    let question = &questions[step];
    let answer = question.check(text)?;
    let now = ctx.now_ms();
    let number = step as i64 + 1;
    tx.answer_application(application.id, number, question.stored(), &answer, number).await?;
    if step + 1 < questions.len() {
        tx.open_conversation(ctx.actor.member_id, CONVERSATION, application.id, now).await?;
        return Ok(Answered::Next(answer, step + 1));
    }
    tx.set_application_status(application.id, &["drafting"], "pending", None, None, now).await?;
    tx.close_conversation(ctx.actor.member_id, CONVERSATION, application.id).await?;
    tx.grant_role(application.body_id, ctx.actor.member_id, Role::Applicant.as_str(), now).await?;
    audit(tx, ctx, Some(application.body_id), "application.submit", format!("#{}", application.id)).await?;
    Ok(Answered::Submitted)
}

/// Why an answer was refused, to go on a reply that goes on (with the form again); anything but
/// a refusal of the person's words stays an error.
fn refusal_msg(refusal: CommandError) -> CommandResult<Msg> {
    match refusal {
        CommandError::User(error) => Ok(error.to_msg()),
        internal => Err(internal),
    }
}

fn submitted(application: &ApplicationRow) -> Msg {
    Msg::new("apply-submitted")
        .num("id", application.id)
        .text("body", &application.body_name)
        .code("short", &application.body_short)
}

/// `apply BODY`: opens an application and asks its first question, privately.
pub async fn apply(ctx: &Ctx<'_>, cmd: ApplyTo) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, actor, Some(&cmd.short)).await?;
    let roles = permissions::parse_roles(&tx.roles_in(body.id, actor.member_id).await?);
    if roles.iter().any(|r| *r >= Role::Member) {
        return Err(UserError::Refused(Msg::new("err-apply-member").code("body", &body.short)).into());
    }
    let mine = tx.applications_of(actor.member_id).await?;
    if let Some(open) = mine.iter().find(|a| a.body_id == body.id && OPEN.contains(&a.status.as_str())) {
        if open.status != "drafting" {
            return Err(UserError::Refused(render::already(open)).into());
        }
        // Being answered: ask its question again, here.
        let questions = questions(&mut tx, body.id).await?;
        tx.open_conversation(actor.member_id, CONVERSATION, open.id, ctx.now_ms()).await?;
        tx.commit().await?;
        let step = (open.step.max(0) as usize).min(questions.len() - 1);
        let resumed = Reply::private(Msg::new("apply-resumed").num("id", open.id).code("body", &body.short));
        return Ok(ask(ctx, &questions, step).into_iter().fold(resumed, Reply::with));
    }
    if let Some(drafting) = mine.iter().find(|a| a.status == "drafting") {
        return Err(UserError::Refused(
            Msg::new("err-apply-finish-first").num("id", drafting.id).code("body", &drafting.body_short),
        )
        .into());
    }
    let now = ctx.now_ms();
    let id = tx.insert_application(body.id, actor.member_id, actor.user.platform.as_str(), now).await?;
    tx.open_conversation(actor.member_id, CONVERSATION, id, now).await?;
    let questions = questions(&mut tx, body.id).await?;
    tx.commit().await?;
    let started = if actor.user.platform.has_forms() { "apply-started-form" } else { "apply-started" };
    let start = Msg::new(started)
        .num("id", id)
        .text("body", &body.name)
        .code("short", &body.short)
        .num("count", questions.len() as i64);
    Ok(ask(ctx, &questions, 0).into_iter().fold(Reply::private(start), Reply::with))
}

/// Each plain message in the applicant's direct room answers the question asked last.
pub struct ApplicationQuestions;

#[async_trait]
impl Conversation for ApplicationQuestions {
    fn kind(&self) -> &'static str {
        CONVERSATION
    }

    async fn answer(&self, ctx: &Ctx<'_>, subject: i64, text: &str) -> CommandResult<Reply> {
        let actor = ctx.actor;
        let mut tx = ctx.store.begin().await?;
        let application = tx.application(subject).await?.filter(|a| a.member_id == actor.member_id);
        let Some(application) = application.filter(|a| a.status == "drafting") else {
            // Decided or withdrawn meanwhile (from another platform): nothing is asked any more.
            tx.close_conversation(actor.member_id, CONVERSATION, subject).await?;
            tx.commit().await?;
            return Ok(Reply::private(Msg::new("apply-nothing-asked")));
        };
        let questions = questions(&mut tx, application.body_id).await?;
        let step = (application.step.max(0) as usize).min(questions.len() - 1);
        let answered = match answer_step(&mut tx, ctx, &application, &questions, step, text).await {
            Ok(answered) => answered,
            Err(refusal) => {
                tx.rollback().await?;
                return Err(refusal);
            }
        };
        tx.commit().await?;
        Ok(match answered {
            Answered::Next(answer, next) => {
                ask(ctx, &questions, next).into_iter().fold(Reply::private(render::answer_noted(&answer)), Reply::with)
            }
            Answered::Submitted => Reply::private(submitted(&application)),
        })
    }
}

/// `apply answers ["ANSWER" …]`: the answers of a form, to the next questions in order. The ones
/// before a refused answer are kept, and the form asks again from the refused one; with no
/// answers, the form of the next questions.
pub async fn answers(ctx: &Ctx<'_>, cmd: ApplyAnswers) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    let mine = tx.applications_of(actor.member_id).await?;
    let Some(application) = mine.into_iter().find(|a| a.status == "drafting") else {
        return Err(UserError::Refused(Msg::new("err-apply-nothing-to-answer")).into());
    };
    let questions = questions(&mut tx, application.body_id).await?;
    let mut step = (application.step.max(0) as usize).min(questions.len() - 1);
    let left = questions.len() - step;
    if cmd.answers.len() > left {
        return Err(UserError::Refused(
            Msg::new("err-apply-too-many-answers").num("given", cmd.answers.len() as i64).num("left", left as i64),
        )
        .into());
    }
    let mut noted = 0;
    for text in &cmd.answers {
        match answer_step(&mut tx, ctx, &application, &questions, step, text).await {
            Ok(Answered::Next(_, next)) => {
                step = next;
                noted += 1;
            }
            Ok(Answered::Submitted) => {
                tx.commit().await?;
                return Ok(Reply::private(submitted(&application)));
            }
            // Nothing answered well: a refusal, and nothing written.
            Err(refusal) if noted == 0 => {
                tx.rollback().await?;
                return Err(refusal);
            }
            Err(refusal) => {
                // What was answered well stays, and the form asks again from the refused answer:
                // a partial success, not a refusal.
                tx.commit().await?;
                let reply = Reply::private(Msg::new("apply-answers-noted").num("count", noted))
                    .with(Block::Paragraph(refusal_msg(refusal)?));
                return Ok(ask(ctx, &questions, step).into_iter().fold(reply, Reply::with));
            }
        }
    }
    tx.commit().await?;
    let reply = if noted > 0 {
        Reply::private(Msg::new("apply-answers-noted").num("count", noted))
    } else {
        Reply::private(Msg::new("apply-form-next").num("id", application.id).code("body", &application.body_short))
    };
    Ok(ask(ctx, &questions, step).into_iter().fold(reply, Reply::with))
}

/// `apply cancel`: withdraws the applicant's open application (the newest).
pub async fn cancel(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.begin().await?;
    let mine = tx.applications_of(actor.member_id).await?;
    let Some(open) = mine.into_iter().find(|a| OPEN.contains(&a.status.as_str())) else {
        return Err(UserError::Refused(Msg::new("err-apply-none-open")).into());
    };
    let now = ctx.now_ms();
    tx.set_application_status(open.id, &OPEN, "withdrawn", None, Some(actor.member_id), now).await?;
    tx.close_conversation(actor.member_id, CONVERSATION, open.id).await?;
    tx.revoke_role(open.body_id, actor.member_id, Role::Applicant.as_str()).await?;
    audit(&mut tx, ctx, Some(open.body_id), "application.withdraw", format!("#{}", open.id)).await?;
    tx.commit().await?;
    Ok(Reply::private(Msg::new("apply-withdrawn").num("id", open.id).code("body", &open.body_short)))
}

/// `apply status`: the person's own applications.
pub async fn status(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let mine = tx.applications_of(ctx.actor.member_id).await?;
    tx.commit().await?;
    if mine.is_empty() {
        return Ok(Reply::private(Msg::new("apply-status-none")));
    }
    let lines = mine.iter().map(render::own_line).collect();
    Ok(Reply::private(Msg::new("apply-status-title").num("count", mine.len() as i64)).with(Block::List(lines)))
}

/// `apply questions BODY`: what an application to the body asks.
pub async fn show_questions(ctx: &Ctx<'_>, cmd: ShowQuestions) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    let questions = questions(&mut tx, body.id).await?;
    tx.commit().await?;
    let lines = questions.iter().enumerate().map(|(i, q)| render::question_line(q, i)).collect();
    Ok(Reply::public(Msg::new("apply-questions-title").code("body", &body.short)).with(Block::List(lines)))
}

/// `apply question add BODY "TEXT"`: staff add a question after the others.
pub async fn add_question(ctx: &Ctx<'_>, cmd: AddQuestion) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    if tx.application_questions(body.id).await?.len() >= MAX_BODY_QUESTIONS {
        return Err(UserError::Refused(
            Msg::new("err-apply-questions-full").code("body", &body.short).num("max", MAX_BODY_QUESTIONS as i64),
        )
        .into());
    }
    let number = tx.add_application_question(body.id, &cmd.text).await?;
    audit(&mut tx, ctx, Some(body.id), "application.question.add", cmd.text.clone()).await?;
    tx.commit().await?;
    let shown = STANDARD_QUESTIONS.len() as i64 + number;
    Ok(Reply::public(
        Msg::new("apply-question-added").code("body", &body.short).num("number", shown).text("text", &cmd.text),
    ))
}

/// `apply question remove BODY NUMBER`: the number as `apply questions` shows it.
pub async fn remove_question(ctx: &Ctx<'_>, cmd: RemoveQuestion) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    let standard = STANDARD_QUESTIONS.len() as i64;
    if cmd.number <= standard {
        return Err(UserError::Refused(Msg::new("err-apply-question-standard").num("number", cmd.number)).into());
    }
    if !tx.remove_application_question(body.id, cmd.number - standard).await? {
        return Err(UserError::NotFound { kind: "question", id: cmd.number.to_string() }.into());
    }
    audit(&mut tx, ctx, Some(body.id), "application.question.remove", cmd.number.to_string()).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("apply-question-removed").code("body", &body.short).num("number", cmd.number)))
}

/// `applications [BODY] [--status S]`: the body's committee and staff see its applications.
pub async fn list(ctx: &Ctx<'_>, cmd: ApplicationList) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.short.as_deref()).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Exec).await?;
    let statuses: Vec<&str> = match cmd.status {
        Some("all") => Vec::new(),
        Some(status) => vec![status],
        None => UNDECIDED.to_vec(),
    };
    let found = tx.applications_in(body.id, &statuses).await?;
    tx.commit().await?;
    if found.is_empty() {
        return Ok(Reply::private(Msg::new("applications-none").code("body", &body.short)));
    }
    let lines = found.iter().map(render::staff_line).collect();
    let title = Msg::new("applications-title").code("body", &body.short).num("count", found.len() as i64);
    Ok(Reply::private(title).with(Block::List(lines)))
}

/// An application, for those of its body with the role `needed` (the committee, `exec`, or staff)
/// and administrators.
async fn for_committee(tx: &mut Tx, ctx: &Ctx<'_>, id: i64, needed: Role) -> CommandResult<(ApplicationRow, BodyRow)> {
    let application =
        tx.application(id).await?.ok_or_else(|| UserError::NotFound { kind: "application", id: format!("#{id}") })?;
    let body =
        BodyRow { id: application.body_id, name: application.body_name.clone(), short: application.body_short.clone() };
    require_in(tx, ctx.actor, &body, needed).await?;
    Ok((application, body))
}

/// `application show ID`: the answers.
pub async fn show(ctx: &Ctx<'_>, cmd: ApplicationShow) -> CommandResult<Reply> {
    let mut tx = ctx.store.read().await?;
    let (application, _) = for_committee(&mut tx, ctx, cmd.id, Role::Exec).await?;
    let answers = tx.application_answers(application.id).await?;
    tx.commit().await?;
    let lines = answers.iter().enumerate().map(|(i, (q, a))| render::answer_line(i, q, a)).collect();
    Ok(Reply::private(render::staff_line(&application)).with(Block::List(lines)))
}

/// `application approve|reject|refer ID`: the committee decides; the applicant is told. Sent to
/// a vote, the application gets a proposal poll of the body's committee, whose result decides it.
pub async fn decide(ctx: &Ctx<'_>, cmd: ApplicationDecision) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    // Sending one to a vote is for staff; deciding, for the committee.
    let needed = if cmd.decision == Decision::Refer { Role::Staff } else { Role::Exec };
    let (application, body) = for_committee(&mut tx, ctx, cmd.id, needed).await?;
    let now = ctx.clock.now();
    let settled =
        settle(&mut tx, &application, &body, cmd.decision, cmd.reason.as_deref(), ctx.actor.member_id, now, ctx.config)
            .await?;
    let Some(status) = settled else {
        tx.rollback().await?;
        return Err(UserError::Refused(render::not_open(&application)).into());
    };
    let mut reply = Reply::private(render::decided(&application, status));
    if cmd.decision == Decision::Refer {
        let question = format!("#{} · {}", application.id, application.applicant);
        let poll = crate::features::polls::open_committee_vote(
            &mut tx,
            ctx,
            &body,
            &question,
            COMMITTEE_VOTE,
            application.id,
            chrono::Duration::days(COMMITTEE_VOTE_DAYS),
        )
        .await?;
        reply = reply.with(Block::Paragraph(
            Msg::new("application-vote-opened").num("poll", poll).num("days", COMMITTEE_VOTE_DAYS),
        ));
    }
    audit(&mut tx, ctx, Some(body.id), &format!("application.{status}"), format!("#{}", application.id)).await?;
    tx.commit().await?;
    ctx.outbox_changed();
    ctx.jobs_changed();
    Ok(reply)
}

/// The purpose under which an application's committee vote is opened.
pub const COMMITTEE_VOTE: &str = "application";
/// How long a committee vote stays open.
const COMMITTEE_VOTE_DAYS: i64 = 7;

/// Moves an application to its decision in the caller's transaction: an approval makes the
/// applicant a member (record, role, onboarding, invitations and platform roles through the
/// outbox), and the applicant is told; `None` if the application was not open to it.
#[allow(clippy::too_many_arguments)]
async fn settle(
    tx: &mut Tx,
    application: &ApplicationRow,
    body: &BodyRow,
    decision: Decision,
    reason: Option<&str>,
    decided_by: i64,
    at: chrono::DateTime<chrono::Utc>,
    config: &crate::core::engine::EngineConfig,
) -> anyhow::Result<Option<&'static str>> {
    let (status, from): (&'static str, &[&str]) = match decision {
        Decision::Approve => ("approved", &UNDECIDED),
        Decision::Reject => ("rejected", &UNDECIDED),
        Decision::Refer => ("referred", &["pending"]),
    };
    let now = store::millis(at);
    if !tx.set_application_status(application.id, from, status, reason, Some(decided_by), now).await? {
        return Ok(None);
    }
    let applicant = tx.member_by_id(application.member_id).await?.ok_or_else(|| anyhow::anyhow!("applicant gone"))?;
    let identities = tx.identities_of(applicant.id).await?;
    let mut checklist = None;
    let told = match decision {
        Decision::Approve => {
            tx.grant_role(body.id, applicant.id, Role::Member.as_str(), now).await?;
            // The answers to the standard questions make the new member's record.
            let answers = tx.application_answers(application.id).await?;
            let answer =
                |key: &str| answers.iter().find(|(q, _)| q == key).map(|(_, a)| a.as_str()).filter(|a| a.trim() != "-");
            let admission = Admission {
                name: answer("apply-q-name").unwrap_or(&applicant.display_name),
                organisation: answer("apply-q-organisation"),
                country: answer("apply-q-country"),
            };
            admit(tx, body.id, applicant.id, admission, decided_by, at).await?;
            tx.revoke_role(body.id, applicant.id, Role::Applicant.as_str()).await?;
            // Where the new member is invited and given the member role: each room of the body on
            // each platform they have an account on. The calls wait in the outbox, made once this
            // commits and retried while the platform is away.
            for (platform, room) in tx.body_rooms(body.id).await? {
                let Some((_, user)) = identities.iter().find(|(p, _)| *p == platform) else { continue };
                let Ok(platform) = platform.parse::<Platform>() else { continue };
                let calls = [
                    ("invite", PlatformCall::Invite { room_id: room.clone(), user_id: user.clone() }),
                    (
                        "role",
                        PlatformCall::SetRole {
                            room_id: room.clone(),
                            user_id: user.clone(),
                            role: Some(Role::Member),
                        },
                    ),
                ];
                for (what, call) in calls {
                    let key = format!("application:{}:{what}:{platform}:{room}", application.id);
                    tx.enqueue(&call_envelope(platform, &call, &key)?, now, now).await?;
                }
            }
            checklist = crate::features::onboarding::start(tx, body, applicant.id, now).await?;
            Some(Msg::new("apply-approved").text("body", &body.name).code("short", &body.short))
        }
        Decision::Reject => {
            Some(Msg::new("apply-rejected").text("body", &body.name).text("reason", reason.unwrap_or("")))
        }
        Decision::Refer => None,
    };
    if let (Some(msg), Some(destination)) = (told, Destination::direct(&identities, &application.platform)) {
        let mut reply = Reply::private(msg);
        if let Some(checklist) = checklist {
            reply = reply.with(Block::Paragraph(Msg::new("onboarding-welcome"))).with(checklist);
            reply = reply.with(Block::Paragraph(Msg::new("onboarding-how")));
        }
        let outgoing = Outgoing {
            destination,
            reply,
            locale: applicant.locale.clone().unwrap_or_else(|| config.default_language.clone()),
            zone: applicant.timezone.as_deref().and_then(|z| z.parse().ok()).unwrap_or(config.default_timezone),
        };
        let key = format!("application:{}:{status}", application.id);
        tx.enqueue(&envelope(&outgoing, &key)?, now, now).await?;
    }
    Ok(Some(status))
}

/// Decides a referred application by its committee vote, when the vote closes: passed approves
/// it, anything else rejects it, naming the vote.
pub struct CommitteeVote;

#[async_trait]
impl crate::features::polls::PollPurpose for CommitteeVote {
    fn purpose(&self) -> &'static str {
        COMMITTEE_VOTE
    }

    async fn closed(&self, closed: crate::features::polls::ClosedPoll<'_>) -> anyhow::Result<()> {
        let tx = closed.tx;
        let Some(application) = tx.application(closed.purpose_ref).await? else { return Ok(()) };
        let Some(body) = tx.body_by_id(application.body_id).await? else { return Ok(()) };
        let (decision, reason) = if closed.passed {
            (Decision::Approve, None)
        } else {
            (Decision::Reject, Some(format!("committee vote #{}", closed.poll.id)))
        };
        let status = settle(
            tx,
            &application,
            &body,
            decision,
            reason.as_deref(),
            closed.poll.creator_id,
            closed.now,
            closed.config,
        )
        .await?;
        if let Some(status) = status {
            let entry = crate::store::AuditEntry {
                actor_id: None,
                body_id: Some(body.id),
                action: format!("application.{status}"),
                detail: format!("#{} by committee vote #{}", application.id, closed.poll.id),
            };
            tx.append_audit(&entry, store::millis(closed.now)).await?;
        }
        Ok(())
    }
}

/// The applications of the room's body waiting for a decision, for Discord's autocomplete: for
/// its committee and staff only.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let Some(body) = &ctx.actor.body else { return Ok(Vec::new()) };
    if !ctx.actor.is_global_admin && !ctx.actor.roles.iter().any(|r| *r >= Role::Exec) {
        return Ok(Vec::new());
    }
    let typed = typed.trim().trim_start_matches('#');
    let mut tx = ctx.store.read().await?;
    let waiting = tx.applications_in(body.id, &UNDECIDED).await?;
    tx.commit().await?;
    Ok(waiting
        .iter()
        .filter(|a| a.id.to_string().starts_with(typed))
        .take(limit)
        .map(|a| (format!("#{} · {} · {}", a.id, a.applicant, a.status), format!("#{}", a.id)))
        .collect())
}
