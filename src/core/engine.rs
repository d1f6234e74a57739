//! The one path every command takes: platform message → actor → `Command` → permission → feature
//! service → `Reply` → outgoing messages for the adapter to render.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use tokio::sync::Notify;

use super::actor::{Actor, BodyRef, Platform, PlatformRoom, PlatformUser, Role};
use super::clock::Clock;
use super::command::{CommandSpec, ParseFailure, Parsed, Scope};
use super::effect::{Effect, Effects};
use super::error::{CommandError, ParseError, UserError};
use super::health::{CommandTimer, Health, Outcome};
use super::permissions;
use super::platform::{self, MessageAnswer, NativePoll, PlatformActions};
use super::registry::{Conversation, Listener, Registry};
use super::reply::{Block, Destination, MessageRef, Msg, Reply, Visibility};
use crate::i18n::{self, I18n};
use crate::store::{InboundState, NativePollRow, OutboxRow, Store};

/// The settings the engine needs from `quorum.toml`.
#[derive(Debug, Clone)]
pub struct EngineConfig {
    pub default_language: String,
    pub default_timezone: Tz,
    /// `platform:user id` of bootstrap admins; a bare Matrix ID (`@alice:example.org`) also works.
    pub admins: Vec<String>,
    /// Where bodies' calendar feeds are served from, as people reach it (`https://…`); `None`
    /// when Quorum serves no feeds.
    pub feed_url: Option<String>,
    /// A command delivered later than this after it was sent (the bot was down) is not run; its
    /// sender is told so.
    pub command_max_age: chrono::Duration,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            default_language: "en".into(),
            default_timezone: Tz::UTC,
            admins: Vec::new(),
            feed_url: None,
            command_max_age: chrono::Duration::minutes(15),
        }
    }
}

/// The platform event a command came in, so that it is handled once however often the platform
/// delivers it.
#[derive(Debug, Clone)]
pub struct EventRef {
    /// The platform's id of the event (a Matrix event ID, a Discord interaction ID).
    pub id: String,
    /// When its sender sent it, by the platform's clock.
    pub sent_at: DateTime<Utc>,
}

/// What became of a command delivered with its event.
#[derive(Debug)]
pub enum Handled {
    /// The replies, each already in the outbox and leased to the sender named in
    /// [`Engine::handle_event`], which sends them now.
    Replies(Vec<(Outgoing, OutboxRow)>),
    /// The event was handled before: nothing to do.
    Duplicate,
}

/// A command as a platform delivered it.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub user: PlatformUser,
    pub room: PlatformRoom,
    /// The text after the platform's command prefix.
    pub text: String,
    /// A role the platform itself vouches for in this room (a Matrix power level, a Discord
    /// role), as the adapter's configuration maps it; it adds to Quorum's own grants.
    pub platform_role: Option<Role>,
    /// A message without the command prefix: not a command. In a direct room it may answer a
    /// question Quorum asked there (see [`crate::core::registry::Conversation`]); in a shared room
    /// it is chat, which a [`Listener`] may write down (a minuted meeting's log) and nobody answers.
    pub plain: bool,
    /// Whether only the sender and Quorum see the command and its answers: a Matrix direct room
    /// that is end-to-end encrypted (the homeserver reads an unencrypted one), a Discord
    /// interaction (answered ephemerally) or a message in a Discord DM channel, a direct room of
    /// the console. A message in a shared room is not.
    pub confidential: bool,
}

/// A reply ready for an adapter: where it goes and in which language and zone to render it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub destination: Destination,
    pub reply: Reply,
    pub locale: String,
    pub zone: Tz,
}

/// What a feature service gets to work with.
pub struct Ctx<'a> {
    pub store: &'a Store,
    pub clock: &'a dyn Clock,
    pub actor: &'a Actor,
    pub config: &'a EngineConfig,
    /// The commands, job kinds and hooks of every feature.
    pub registry: &'a Registry,
    /// The translations, for text a service writes out whole (a file in the body's language).
    pub i18n: &'a I18n,
    effects: &'a Mutex<Effects>,
    jobs_changed: &'a Notify,
    outbox_changed: &'a Notify,
    actions: &'a RwLock<HashMap<Platform, Arc<dyn PlatformActions>>>,
}

impl Ctx<'_> {
    /// What a connected platform can do besides replying.
    pub fn platform(&self, platform: Platform) -> Option<Arc<dyn PlatformActions>> {
        self.actions.read().unwrap_or_else(|e| e.into_inner()).get(&platform).cloned()
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now().timestamp_millis()
    }

    /// A platform call the command needs once its change is committed; the engine makes it after
    /// the service returns, and not at all if the service fails.
    pub fn after_commit(&self, effect: impl Effect + 'static) {
        self.effects.lock().unwrap_or_else(|e| e.into_inner()).push(effect);
    }

    /// Wakes the scheduler after a commit that added or removed jobs.
    pub fn jobs_changed(&self) {
        self.jobs_changed.notify_one();
    }

    /// Wakes the outbox senders after a commit that made messages due.
    pub fn outbox_changed(&self) {
        self.outbox_changed.notify_waiters();
    }
}

/// Quorum's core, shared by every adapter and the scheduler.
pub struct Engine {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    pub config: EngineConfig,
    /// The commands, job kinds and hooks of every feature (`features::registry()`).
    pub registry: &'static Registry,
    pub jobs_changed: Arc<Notify>,
    /// Wakes the outbox senders after new messages were enqueued.
    pub outbox_changed: Arc<Notify>,
    /// What each connected platform can do besides posting replies.
    actions: RwLock<HashMap<Platform, Arc<dyn PlatformActions>>>,
    /// What adapters and the scheduler report, for `/healthz` and `/metrics`.
    pub health: Health,
}

impl Engine {
    pub fn new(store: Store, clock: Arc<dyn Clock>, config: EngineConfig, registry: &'static Registry) -> Self {
        Self {
            registry,
            health: Health::new(clock.clone()),
            store,
            clock,
            i18n: Arc::new(I18n::load()),
            config,
            jobs_changed: Arc::new(Notify::new()),
            outbox_changed: Arc::new(Notify::new()),
            actions: RwLock::new(HashMap::new()),
        }
    }

    /// Called by an adapter once connected: its platform's actions become available.
    pub fn provide_actions(&self, actions: Arc<dyn PlatformActions>) {
        self.actions.write().unwrap_or_else(|e| e.into_inner()).insert(actions.platform(), actions);
    }

    /// The actions of a connected platform.
    pub fn actions(&self, platform: Platform) -> Option<Arc<dyn PlatformActions>> {
        self.actions.read().unwrap_or_else(|e| e.into_inner()).get(&platform).cloned()
    }

    /// Posts a poll with the platform's own widget and remembers it, so that answers come back as
    /// commands. Returns the id of the message that carries it.
    pub async fn post_native_poll(&self, platform: Platform, room_id: &str, poll: &NativePoll) -> Result<String> {
        anyhow::ensure!(
            !poll.answers.is_empty() && poll.answers.len() <= platform::MAX_POLL_ANSWERS,
            "a native poll needs 1 to {} answers",
            platform::MAX_POLL_ANSWERS
        );
        let actions = self.actions(platform).with_context(|| format!("{platform} is not connected"))?;
        let message_id = actions.post_poll(room_id, poll).await?;
        let row = NativePollRow {
            vote_command: poll.vote_command.clone(),
            answer_ids: poll.answers.iter().map(|(id, _)| id.clone()).collect(),
            max_selections: i64::from(poll.max_selections.max(1)),
        };
        let mut tx = self.store.begin().await?;
        tx.remember_native_poll(platform.as_str(), room_id, &message_id, &row, self.clock.now().timestamp_millis())
            .await?;
        tx.commit().await?;
        Ok(message_id)
    }

    /// Ends every poll message in the room that `vote_command` answers, with the result; they stay
    /// remembered, so that a late answer is still taken (and refused as too late by the command).
    pub async fn end_native_polls(
        &self,
        platform: Platform,
        room_id: &str,
        vote_command: &str,
        summary: &str,
    ) -> Result<()> {
        let actions = self.actions(platform).with_context(|| format!("{platform} is not connected"))?;
        let mut read = self.store.read().await?;
        let messages = read.native_polls_running(platform.as_str(), room_id, vote_command).await?;
        read.commit().await?;
        for message_id in &messages {
            actions.end_poll(room_id, message_id, summary).await?;
        }
        Ok(())
    }

    /// The command a member's answer to a message of ours runs: a native poll's answer, or a
    /// reaction with one of the emoji the message offers. `None` when the message is not ours to
    /// act on, or the answer is spoiled, withdrawn or not one of its choices.
    pub async fn answer_command(
        &self,
        platform: Platform,
        room_id: &str,
        message_id: &str,
        answer: MessageAnswer<'_>,
    ) -> Result<Option<String>> {
        let mut read = self.store.read().await?;
        match answer {
            MessageAnswer::Poll(chosen) => {
                let Some(poll) = read.native_poll(platform.as_str(), room_id, message_id).await? else {
                    return Ok(None);
                };
                Ok(platform::valid_selections(&poll.answer_ids, poll.max_selections, chosen)
                    .map(|picked| format!("{} {}", poll.vote_command, picked.join(","))))
            }
            MessageAnswer::Reaction(key) => {
                let choices = read.reaction_choices(platform.as_str(), room_id, message_id).await?;
                Ok(platform::reaction_command(&choices, key))
            }
        }
    }

    /// Remembers which emoji of a message just sent runs which command, so that reactions come
    /// back through `answer_command`.
    pub async fn remember_reaction_choices(
        &self,
        platform: Platform,
        room_id: &str,
        message_id: &str,
        choices: &[(String, String)],
    ) -> Result<()> {
        let mut tx = self.store.begin().await?;
        tx.remember_reaction_choices(
            platform.as_str(),
            room_id,
            message_id,
            choices,
            self.clock.now().timestamp_millis(),
        )
        .await?;
        tx.commit().await
    }

    /// Makes `user` an admin if nobody is one yet (the console's first speaker).
    pub async fn claim_bootstrap_admin(&self, user: &PlatformUser) -> Result<()> {
        let mut tx = self.store.begin().await?;
        if !tx.any_admin().await? {
            let member = tx
                .member_for_identity(
                    user.platform.as_str(),
                    &user.user_id,
                    &user.display_name,
                    self.clock.now().timestamp_millis(),
                )
                .await?;
            tx.set_member_admin(member.id).await?;
        }
        tx.commit().await
    }

    fn is_configured_admin(&self, user: &PlatformUser) -> bool {
        let qualified = format!("{}:{}", user.platform, user.user_id);
        self.config.admins.iter().any(|a| *a == qualified || (user.platform == Platform::Matrix && *a == user.user_id))
    }

    /// Finds (or creates) the member and room, and loads roles and preferences.
    pub async fn resolve_actor(&self, user: &PlatformUser, room: &PlatformRoom) -> Result<Actor> {
        let platform = user.platform.as_str();
        // Usually everything is known already: one read, without taking the write lock.
        let known = self.store.read().await?.known_member_in_room(platform, &user.user_id, &room.room_id).await?;
        let (member, stored_room, role_names) = match known {
            Some((m, r, roles))
                if user.platform == room.platform
                    && m.display_name == user.display_name
                    && r.name == room.name
                    && (m.is_admin || !self.is_configured_admin(user)) =>
            {
                (m, r, roles)
            }
            _ => {
                let now = self.clock.now().timestamp_millis();
                let mut tx = self.store.begin().await?;
                let mut member = tx.member_for_identity(platform, &user.user_id, &user.display_name, now).await?;
                if !member.is_admin && self.is_configured_admin(user) {
                    tx.set_member_admin(member.id).await?;
                    member.is_admin = true;
                }
                let stored_room =
                    tx.room_for(room.platform.as_str(), &room.room_id, &room.name, room.is_direct).await?;
                let roles = match &stored_room.body {
                    Some(body) => tx.roles_in(body.id, member.id).await?,
                    None => Vec::new(),
                };
                tx.commit().await?;
                (member, stored_room, roles)
            }
        };
        let roles = permissions::parse_roles(&role_names);
        Ok(Actor {
            member_id: member.id,
            display_name: member.display_name,
            user: user.clone(),
            room: room.clone(),
            room_key: stored_room.id,
            room_listened: stored_room.listened,
            body: stored_room.body.map(|b| BodyRef { id: b.id, name: b.name, short: b.short }),
            is_global_admin: member.is_admin,
            roles,
            locale: member
                .locale
                .and_then(|l| i18n::supported(&l).map(str::to_owned))
                .unwrap_or_else(|| self.config.default_language.clone()),
            zone: member.timezone.and_then(|z| z.parse().ok()).unwrap_or(self.config.default_timezone),
            confidential: false,
        })
    }

    /// The actor of a command a platform delivered, with what the platform says of it.
    async fn actor_of(&self, incoming: &Incoming) -> Result<Actor> {
        let mut actor = self.resolve_actor(&incoming.user, &incoming.room).await?;
        actor.confidential = incoming.confidential;
        Ok(actor)
    }

    fn ctx<'a>(&'a self, store: &'a Store, actor: &'a Actor, effects: &'a Mutex<Effects>) -> Ctx<'a> {
        Ctx {
            actions: &self.actions,
            registry: self.registry,
            i18n: &self.i18n,
            effects,
            store,
            clock: self.clock.as_ref(),
            actor,
            config: &self.config,
            jobs_changed: &self.jobs_changed,
            outbox_changed: &self.outbox_changed,
        }
    }

    /// IDs of objects `user` can see that fit `spec`'s ID parameter and start like `typed`, as
    /// `(label, value)` for a platform's completion menu.
    pub async fn complete_ids(
        &self,
        user: &PlatformUser,
        room: &PlatformRoom,
        spec: &CommandSpec,
        typed: &str,
        limit: usize,
    ) -> Result<Vec<(String, String)>> {
        let Some(complete) = spec.complete else { return Ok(Vec::new()) };
        let actor = self.resolve_actor(user, room).await?;
        let effects = Mutex::default();
        let ctx = self.ctx(&self.store, &actor, &effects);
        complete(&ctx, typed, limit).await
    }

    /// Runs one command and returns what to send.
    pub async fn handle(&self, incoming: Incoming) -> Result<Vec<Outgoing>> {
        // Chat in a room nobody listens to costs one read, and leaves no trace.
        if incoming.plain && !incoming.room.is_direct && !self.room_listened(&incoming.room).await {
            return Ok(Vec::new());
        }
        self.handle_on(&self.store, incoming).await
    }

    /// Runs a command a platform delivered in `event`, once: a second delivery of the same event
    /// is a [`Handled::Duplicate`]. The replies are enqueued in the outbox in the same transaction
    /// that records the event as answered, each leased to `sender` (a [`crate::scheduler::Delivery`]
    /// owner) until `lease_until`. A command older than `command_max_age` is not run: its sender
    /// is told why. A command whose effects committed before a crash that lost its reply is not
    /// run again: its sender is told it was carried out.
    pub async fn handle_event(
        &self,
        incoming: Incoming,
        event: &EventRef,
        sender: &str,
        lease: chrono::Duration,
    ) -> Result<Handled> {
        let platform = incoming.user.platform.as_str();
        // Chat in a room nobody listens to costs one read, and leaves no trace.
        if incoming.plain && !incoming.room.is_direct && !self.room_listened(&incoming.room).await {
            return Ok(Handled::Replies(Vec::new()));
        }
        let state = self.store.inbound_state(platform, &event.id).await?;
        if state == Some(InboundState::Answered) {
            metrics::counter!("quorum_events_duplicate_total", "platform" => platform).increment(1);
            return Ok(Handled::Duplicate);
        }
        let now = self.clock.now();
        let age = now - event.sent_at;
        let replies = if incoming.plain && !incoming.room.is_direct {
            // Chat is written down once, however late it arrives, and never answered.
            if state != Some(InboundState::Effected) {
                let marked = self.store.marking(platform, &event.id, now.timestamp_millis());
                self.handle_on(&marked, incoming).await?;
            }
            Vec::new()
        } else if age > self.config.command_max_age {
            tracing::info!(platform, age_s = age.num_seconds(), "command too old to run; its sender is told");
            metrics::counter!("quorum_commands_too_old_total", "platform" => platform).increment(1);
            self.health.unanswerable(incoming.user.platform);
            let actor = self.resolve_actor(&incoming.user, &incoming.room).await?;
            let notice = Reply::error(
                Msg::new("err-command-too-old")
                    .code("command", command_head(&incoming.text))
                    .time("sent", event.sent_at)
                    .code("limit", format!("{}m", self.config.command_max_age.num_minutes())),
            );
            vec![self.address(&actor, notice)]
        } else if state == Some(InboundState::Effected) {
            let actor = self.resolve_actor(&incoming.user, &incoming.room).await?;
            let notice =
                Reply::public(Msg::new("notice-command-interrupted").code("command", command_head(&incoming.text)));
            vec![self.address(&actor, notice)]
        } else {
            let marked = self.store.marking(platform, &event.id, now.timestamp_millis());
            let (room_id, confidential) = (incoming.room.room_id.clone(), incoming.confidential);
            let mut replies = self.handle_on(&marked, incoming).await?;
            for out in &mut replies {
                // The command's own message, for the reply that acts on it: an acknowledgement
                // marks it; a withdrawal removes it, unless nobody else saw it anyway.
                if out.reply.visibility == Visibility::Acknowledgement || (out.reply.withdraws_command && !confidential)
                {
                    out.reply.command_message =
                        Some(MessageRef { room_id: room_id.clone(), message_id: event.id.clone() });
                }
            }
            replies
        };
        self.answer_event(platform, event, replies, sender, lease).await
    }

    /// Answers a command delivered in `event` with a private `notice` instead of running it, for a
    /// command the platform will no longer take an answer to (a Discord interaction past its three
    /// seconds). Once per event, as [`Engine::handle_event`]: an event answered before is a
    /// [`Handled::Duplicate`], and one whose command took effect before a crash gets that notice.
    pub async fn decline_event(
        &self,
        incoming: Incoming,
        event: &EventRef,
        notice: Msg,
        sender: &str,
        lease: chrono::Duration,
    ) -> Result<Handled> {
        let platform = incoming.user.platform.as_str();
        if self.store.inbound_state(platform, &event.id).await?.is_some() {
            // Seen before: `handle_event` runs nothing for it, and says what became of it.
            return self.handle_event(incoming, event, sender, lease).await;
        }
        let actor = self.resolve_actor(&incoming.user, &incoming.room).await?;
        let replies = vec![self.address(&actor, Reply::private(notice))];
        self.answer_event(platform, event, replies, sender, lease).await
    }

    /// Enqueues the replies to `event`, leased to `sender`, and records the event as answered, in
    /// one transaction.
    async fn answer_event(
        &self,
        platform: &str,
        event: &EventRef,
        replies: Vec<Outgoing>,
        sender: &str,
        lease: chrono::Duration,
    ) -> Result<Handled> {
        let now_ms = self.clock.now().timestamp_millis();
        let lease_until = now_ms + lease.num_milliseconds();
        let mut tx = self.store.begin().await?;
        let mut claimed = Vec::with_capacity(replies.len());
        for (i, out) in replies.into_iter().enumerate() {
            let key = format!("reply-{}-{i}", event.id);
            let message = crate::scheduler::envelope(&out, &key)?;
            if let Some(row) = tx.enqueue_leased(&message, now_ms, sender, lease_until).await? {
                claimed.push((out, row));
            }
        }
        tx.mark_inbound(platform, &event.id, InboundState::Answered, now_ms).await?;
        tx.commit().await?;
        Ok(Handled::Replies(claimed))
    }

    async fn handle_on(&self, store: &Store, incoming: Incoming) -> Result<Vec<Outgoing>> {
        if incoming.plain && incoming.room.is_direct {
            return self.converse(store, incoming).await;
        }
        if incoming.plain {
            self.overhear(store, incoming).await;
            return Ok(Vec::new());
        }
        let parsed = self.registry.parse(&incoming.text);
        let spec = parsed.as_ref().map_or_else(|failure| failure.spec, |parsed| Some(parsed.spec));
        let timer = CommandTimer::start(spec.map_or("unknown", |s| s.name));
        let mut actor = self.actor_of(&incoming).await?;
        if let (Some(role), Some(_)) = (incoming.platform_role, &actor.body) {
            actor.roles.push(role);
        }
        let (reply, outcome) = match parsed {
            Ok(parsed) => self.run(store, &actor, parsed, &incoming.text).await,
            Err(ParseFailure { spec, error }) => {
                (error_reply(self.registry, UserError::Parse(error), spec), Outcome::Refused)
            }
        };
        timer.finish(outcome);
        Ok(vec![self.address(&actor, reply)])
    }

    /// Whether a feature listens to `room` (minutes being taken there), in one read by its
    /// address, before anything else: chat in a room nobody listens to leaves no trace, not even
    /// its writer.
    async fn room_listened(&self, room: &PlatformRoom) -> bool {
        let listened = async { self.store.read().await?.room_listened(room.platform.as_str(), &room.room_id).await };
        listened.await.unwrap_or_else(|e| {
            tracing::warn!(error = ?e, "could not tell whether a room's chat is listened to");
            false
        })
    }

    /// Plain chat in a shared room that a feature listens to (its callers asked `room_listened`):
    /// handed to the listeners, never answered. What goes wrong is logged, not told: nobody asked.
    async fn overhear(&self, store: &Store, incoming: Incoming) {
        let actor = match self.actor_of(&incoming).await {
            Ok(actor) => actor,
            Err(e) => {
                tracing::warn!(error = ?e, "chat not written down: its writer is not known");
                return;
            }
        };
        let heard = Mutex::default();
        let ctx = self.ctx(store, &actor, &heard);
        for listener in self.registry.hooks::<dyn Listener>() {
            if let Err(e) = listener.overheard(&ctx, &incoming.text).await {
                tracing::error!(error = ?e, "a listener failed on chat");
            }
        }
    }

    /// A plain message in a direct room: the answer to the question of the conversation open with
    /// its writer, run by the feature that holds it. With none open, it is chat and gets no answer.
    async fn converse(&self, store: &Store, incoming: Incoming) -> Result<Vec<Outgoing>> {
        let actor = self.actor_of(&incoming).await?;
        let mut tx = store.read().await?;
        let open = tx.conversation(actor.member_id).await?;
        tx.commit().await?;
        let Some((kind, subject)) = open else { return Ok(Vec::new()) };
        let Some(handler) = self.registry.hooks::<dyn Conversation>().find(|h| h.kind() == kind) else {
            tracing::warn!(kind, "a conversation of a kind no feature holds");
            return Ok(Vec::new());
        };
        let timer = CommandTimer::start(handler.kind());
        let effects = Mutex::default();
        let (reply, outcome) = match handler.answer(&self.ctx(store, &actor, &effects), subject, &incoming.text).await {
            Ok(reply) => {
                effects.into_inner().unwrap_or_else(|e| e.into_inner()).run(self).await;
                (reply, Outcome::Ok)
            }
            Err(CommandError::User(e)) => (error_reply(self.registry, e, None), Outcome::Refused),
            Err(CommandError::Internal(e)) => {
                tracing::error!(conversation = kind, error = ?e, "answer failed");
                (Reply::error(Msg::new("err-internal")), Outcome::InternalError)
            }
        };
        timer.finish(outcome);
        Ok(vec![self.address(&actor, reply)])
    }

    async fn run(
        &self,
        store: &Store,
        actor: &Actor,
        Parsed { spec, command, cautions }: Parsed,
        text: &str,
    ) -> (Reply, Outcome) {
        if let Err(e) = check_scope(actor, spec) {
            return (error_reply(self.registry, e, Some(spec)), Outcome::Refused);
        }
        let effects = Mutex::default();
        let result = command.run(&self.ctx(store, actor, &effects)).await;
        match result {
            Ok(reply) => {
                // Only what the room saw, in a room listened to as the command came (a command
                // that starts the listening, minutes begun, records itself): a Discord command (an
                // interaction) is seen by nobody else, so a ballot's steps or a vote there never
                // reach a meeting's log.
                // A command withdrawn from the room (a ballot typed in it) is kept by nobody.
                if !actor.speaks_privately() && actor.room_listened && !reply.withdraws_command {
                    let heard = Mutex::default();
                    let ctx = self.ctx(store, actor, &heard);
                    for listener in self.registry.hooks::<dyn Listener>() {
                        if let Err(e) = listener.heard(&ctx, spec, text).await {
                            tracing::error!(command = spec.name, error = ?e, "a listener failed");
                        }
                    }
                }
                effects.into_inner().unwrap_or_else(|e| e.into_inner()).run(self).await;
                let reply = cautions.into_iter().fold(reply, |reply, caution| reply.with(Block::Paragraph(caution)));
                (reply, Outcome::Ok)
            }
            Err(CommandError::User(e)) => (error_reply(self.registry, e, Some(spec)), Outcome::Refused),
            Err(CommandError::Internal(e)) => {
                tracing::error!(command = spec.name, error = ?e, "command failed");
                (Reply::error(Msg::new("err-internal")), Outcome::InternalError)
            }
        }
    }

    /// Puts a reply that could not be sent right away into the outbox, to be retried at once or,
    /// when the platform asked to wait, after `retry_after`.
    pub async fn defer(&self, out: &Outgoing, key: &str, retry_after: Option<chrono::Duration>) -> Result<()> {
        let now = self.clock.now();
        let first_attempt = now + retry_after.unwrap_or_default();
        let mut tx = self.store.begin().await?;
        tx.enqueue(&crate::scheduler::envelope(out, key)?, now.timestamp_millis(), first_attempt.timestamp_millis())
            .await?;
        tx.commit().await?;
        self.outbox_changed.notify_waiters();
        Ok(())
    }

    /// Sends a public reply to the room and a private one to the actor directly.
    pub fn address(&self, actor: &Actor, reply: Reply) -> Outgoing {
        let destination = match reply.visibility {
            // A refusal of a command nobody else saw (a Discord interaction, a ballot's step) is
            // for its sender only: it may echo what they typed or that they were voting.
            Visibility::Public if reply.is_error && actor.confidential => {
                Destination::Direct { platform: actor.user.platform, user_id: actor.user.user_id.clone() }
            }
            Visibility::Public => {
                Destination::Room { platform: actor.room.platform, room_id: actor.room.room_id.clone() }
            }
            Visibility::Acknowledgement if actor.room.platform.reacts_to_commands() => {
                Destination::Room { platform: actor.room.platform, room_id: actor.room.room_id.clone() }
            }
            Visibility::Private | Visibility::Acknowledgement => {
                Destination::Direct { platform: actor.user.platform, user_id: actor.user.user_id.clone() }
            }
        };
        let locale = reply.language.clone().unwrap_or_else(|| actor.locale.clone());
        Outgoing { destination, reply, locale, zone: actor.zone }
    }
}

fn check_scope(actor: &Actor, spec: &CommandSpec) -> Result<(), UserError> {
    match (spec.scope, spec.role) {
        (_, None) | (Scope::Named, _) => Ok(()),
        (Scope::Global, Some(role)) => permissions::require(actor, &[], role, None),
        (Scope::Room, Some(role)) => permissions::require_here(actor, role),
    }
}

/// The command's name, to name it in a notice without repeating what it said.
pub fn command_head(text: &str) -> String {
    match text.split_whitespace().next() {
        Some(word) if word.len() <= 32 && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => {
            word.to_owned()
        }
        _ => "?".to_owned(),
    }
}

/// A refusal as a reply: the localized reason, then the usage line where it helps.
pub fn error_reply(registry: &Registry, error: UserError, spec: Option<&CommandSpec>) -> Reply {
    let mut reply = Reply::error(error.to_msg());
    let Some(spec) = spec.filter(|_| error.shows_usage()) else { return reply };
    // A missing or unknown subcommand shows the whole family (`body create`, `body link`), unless
    // the error names the one that was probably meant (and then shows no usage at all).
    let family = matches!(
        error,
        UserError::Parse(ParseError::UnknownSubcommand { .. } | ParseError::Missing { name: "subcommand" })
    );
    let head = spec.name.split(' ').next();
    for member in
        registry.table().filter(|s| if family { s.name.split(' ').next() == head } else { std::ptr::eq(*s, spec) })
    {
        reply = reply.with(Block::Usage(member.usage.to_owned()));
    }
    reply
}
