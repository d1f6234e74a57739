//! The Discord adapter (serenity 0.12): slash commands generated from the command table,
//! buttons, select menus and modals, ephemeral replies for what is private, and answers within
//! Discord's three seconds (deferred when the work takes longer). Interactions arrive through
//! the gateway or, in HTTP mode, signed POSTs to an endpoint the bot serves; no privileged
//! intent is needed, unless the channels' chat is read (`read_messages`, for minuted meetings'
//! logs). Each interaction is handled once, however often Discord delivers it (a resumed session
//! replays events), and one that arrives too late to be answered is not run: its sender is told by
//! direct message. Every REST call goes through `rest`, which respects
//! Discord's rate limits; sends that fail wait in the outbox.

mod commands;
mod config;
mod endpoint;
mod render;
mod rest;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use async_trait::async_trait;
use reqwest::Method;
use serenity::all::{
    ActionRowComponent, CommandInteraction, ComponentInteraction, ComponentInteractionDataKind, Interaction, Member,
    ModalInteraction, User,
};
use serenity::builder::{
    CreateActionRow, CreateAutocompleteResponse, CreateButton, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage, CreateModal,
    CreateScheduledEvent, CreateSelectMenu, CreateSelectMenuKind, CreateSelectMenuOption, EditInteractionResponse,
    EditScheduledEvent,
};
use serenity::model::Timestamp;
use serenity::model::application::ButtonStyle;
use serenity::model::channel::{Message, MessageFlags, Nonce, PrivateChannel};
use serenity::model::guild::{ScheduledEvent, ScheduledEventType};
use sha2::{Digest, Sha256};

pub use commands::{Invocation, quote};
pub use config::{DiscordConfig, Mode, RoleMap};
pub use rest::{Rest, RestError, name_attachments};

use crate::core::actor::{Platform, PlatformRoom, PlatformUser, Role};
use crate::core::command::ParamKind;
use crate::core::engine::{Engine, EventRef, Handled, Incoming, Outgoing, command_head};
use crate::core::health::{ConnectionProbe, Probe};
use crate::core::platform::{CalendarEvent, MessageAnswer, NativePoll, PlatformActions, SendError};
use crate::core::reply::{Attachment, Block, Destination, Form, Msg};
use crate::core::zones;
use crate::scheduler::{Delivery, Sink};

/// Discord drops an interaction whose first response has not arrived within three seconds of its
/// creation. Work still running this long after the creation is acknowledged (deferred) and
/// answered when done.
const DEFER_AFTER: Duration = Duration::from_millis(2000);
/// An interaction older than this when the bot takes it up is not run: its first response could
/// not be counted on to reach Discord within the three seconds. The half second left covers the
/// response's own trip to Discord (tens of milliseconds, more under load), a difference between
/// Discord's clock and this host's (NTP keeps it to milliseconds), and the time between the
/// interaction's creation, which its ID records, and its dispatch.
const LATE_AFTER: Duration = Duration::from_millis(2500);
/// How long the IDs of interactions taken up stay in memory: Discord takes no answer to an
/// interaction after fifteen minutes, and replays a session's events only while it is resumable.
const REMEMBER_TAKEN_UP: Duration = Duration::from_secs(15 * 60);
/// How long handled interactions stay recorded in the database (`inbound_events`).
const REMEMBER_HANDLED: chrono::Duration = chrono::Duration::days(1);
/// How often those records are pruned, at most.
const PRUNE_EVERY: Duration = Duration::from_secs(60 * 60);
/// Discord's limit on autocomplete choices.
const MAX_SUGGESTIONS: usize = 25;
/// A native poll's buttons carry the answer after this prefix.
const POLL_PREFIX: &str = "poll:";

/// Everything the handlers share.
struct Shared {
    engine: Arc<Engine>,
    rest: Arc<Rest>,
    config: Arc<DiscordConfig>,
    sink: Arc<DiscordSink>,
    /// Holds the leases of this adapter's replies: sends those not given in the interaction.
    delivery: Arc<Delivery>,
    last_pruned: Mutex<Option<Instant>>,
}

/// Who acted, and where, as an interaction tells it.
struct Actor {
    user: PlatformUser,
    room: PlatformRoom,
    role: Option<Role>,
}

fn display_name(user: &User, nick: Option<&str>) -> String {
    nick.map(str::to_owned).or_else(|| user.global_name.clone()).unwrap_or_else(|| user.name.clone())
}

impl Shared {
    /// Who acted and where, for the interactions that come from a person.
    fn actor_of(&self, interaction: &Interaction) -> Option<Actor> {
        let (user, member, channel_id, guild_id, channel) = match interaction {
            Interaction::Command(i) | Interaction::Autocomplete(i) => {
                (&i.user, i.member.as_deref(), i.channel_id, i.guild_id, i.channel.as_ref())
            }
            Interaction::Component(i) => (&i.user, i.member.as_ref(), i.channel_id, i.guild_id, i.channel.as_ref()),
            Interaction::Modal(i) => (&i.user, i.member.as_ref(), i.channel_id, i.guild_id, i.channel.as_ref()),
            _ => return None,
        };
        let channel_name = channel.and_then(|c| c.name.as_deref());
        Some(self.actor(user, member, channel_id.get(), guild_id.map(|g| g.get()), channel_name))
    }

    fn actor(
        &self,
        user: &User,
        member: Option<&Member>,
        channel_id: u64,
        guild_id: Option<u64>,
        channel_name: Option<&str>,
    ) -> Actor {
        let roles: Vec<u64> = member.map(|m| m.roles.iter().map(|r| r.get()).collect()).unwrap_or_default();
        let name = display_name(user, member.and_then(|m| m.nick.as_deref()));
        self.actor_from(user, name, &roles, channel_id, guild_id, channel_name)
    }

    fn actor_from(
        &self,
        user: &User,
        display_name: String,
        roles: &[u64],
        channel_id: u64,
        guild_id: Option<u64>,
        channel_name: Option<&str>,
    ) -> Actor {
        if let Some(guild) = guild_id {
            self.sink.channel_guilds.lock().unwrap_or_else(|e| e.into_inner()).insert(channel_id, guild);
        }
        // A message names no channel, an interaction does: the name last seen (or the guild's list
        // of channels) stands for it, so that a room keeps its name whichever way people speak.
        let channel_name = {
            let mut names = self.sink.channel_names.lock().unwrap_or_else(|e| e.into_inner());
            match channel_name {
                Some(name) => {
                    names.insert(channel_id, name.to_owned());
                    name.to_owned()
                }
                None => names.get(&channel_id).cloned().unwrap_or_else(|| channel_id.to_string()),
            }
        };
        Actor {
            user: PlatformUser { platform: Platform::Discord, user_id: user.id.get().to_string(), display_name },
            room: PlatformRoom {
                platform: Platform::Discord,
                room_id: channel_id.to_string(),
                name: channel_name,
                is_direct: guild_id.is_none(),
            },
            role: self.config.roles.role_for(roles),
        }
    }

    /// A member's message in a channel (with `read_messages`): chat, handed to the engine as it is
    /// written. The engine writes it down while a meeting is minuted there and never answers it.
    async fn chat(&self, message: Message) {
        let Some(guild) = message.guild_id else { return };
        if message.author.bot || message.content.trim().is_empty() {
            return;
        }
        let _busy = self.sink.busy();
        let roles: Vec<u64> =
            message.member.as_ref().map(|m| m.roles.iter().map(|r| r.get()).collect()).unwrap_or_default();
        let name = display_name(&message.author, message.member.as_ref().and_then(|m| m.nick.as_deref()));
        let actor = self.actor_from(&message.author, name, &roles, message.channel_id.get(), Some(guild.get()), None);
        // A DM channel has only its two ends; a guild channel's messages are read by all in it.
        let confidential = actor.room.is_direct;
        let incoming = Incoming {
            user: actor.user,
            room: actor.room,
            text: message.content,
            platform_role: actor.role,
            plain: true,
            confidential,
        };
        let event = EventRef { id: message.id.to_string(), sent_at: *message.id.created_at() };
        match self.engine.handle_event(incoming, &event, self.delivery.owner(), self.delivery.lease()).await {
            Ok(Handled::Replies(replies)) => {
                for (_, row) in replies {
                    if let Err(e) = self.delivery.send_claimed(&row).await {
                        tracing::warn!(id = row.id, error = ?e, "reply left to the outbox");
                    }
                }
            }
            Ok(Handled::Duplicate) => {}
            Err(e) => tracing::warn!(error = ?e, "a channel message was not handled"),
        }
    }
}

/// How the first answer to an interaction leaves: a callback POST (gateway), or the body of
/// the HTTP response to Discord's POST (HTTP mode).
pub enum Responder {
    Callback { interaction_id: u64, token: String },
    Body(tokio::sync::oneshot::Sender<serde_json::Value>),
}

/// A builder as JSON that names `files` (at `data` for an interaction response). Without files
/// it is left as it is: on an edit, an `attachments` list replaces the message's attachments.
fn with_attachments(
    builder: &impl serde::Serialize,
    files: &[Attachment],
    in_data: bool,
) -> Result<serde_json::Value, RestError> {
    let mut json = serde_json::to_value(builder).map_err(|e| RestError {
        status: None,
        code: None,
        message: e.to_string(),
        retry_after: None,
    })?;
    let target = if in_data { json.get_mut("data") } else { Some(&mut json) };
    if let Some(target) = target.filter(|_| !files.is_empty()) {
        rest::name_attachments(target, files);
    }
    Ok(json)
}

impl Responder {
    /// Whether the first answer can carry files. A callback POST can (multipart); Discord takes
    /// multipart HTTP responses unreliably (discord-api-docs#5250, #5933), so in HTTP mode files
    /// follow in a follow-up.
    fn carries_files(&self) -> bool {
        matches!(self, Responder::Callback { .. })
    }

    async fn respond(self, rest: &Rest, response: &CreateInteractionResponse) -> Result<(), RestError> {
        self.respond_with_files(rest, response, &[]).await
    }

    async fn respond_with_files(
        self,
        rest: &Rest,
        response: &CreateInteractionResponse,
        files: &[Attachment],
    ) -> Result<(), RestError> {
        match self {
            Responder::Callback { interaction_id, token } => {
                let path = format!("/interactions/{interaction_id}/{token}/callback");
                if files.is_empty() {
                    rest.call::<serde_json::Value>(Method::POST, &path, Some(response)).await.map(|_| ())
                } else {
                    let json = with_attachments(response, files, true)?;
                    rest.call_with_files::<serde_json::Value>(Method::POST, &path, &json, files).await.map(|_| ())
                }
            }
            Responder::Body(_) if !files.is_empty() => Err(RestError {
                status: None,
                code: None,
                message: "files cannot go in the HTTP response".into(),
                retry_after: None,
            }),
            Responder::Body(tx) => {
                let mut json = serde_json::to_value(response).map_err(|e| RestError {
                    status: None,
                    code: None,
                    message: e.to_string(),
                    retry_after: None,
                })?;
                // `{"type": 1}` for PONG, as Discord documents it, rather than a null `data`.
                if let Some(object) = json.as_object_mut()
                    && object.get("data").is_some_and(serde_json::Value::is_null)
                {
                    object.remove("data");
                }
                tx.send(json).map_err(|_| RestError {
                    status: None,
                    code: None,
                    message: "the HTTP request was gone before the answer".into(),
                    retry_after: None,
                })
            }
        }
    }
}

/// The token-bound follow-up routes of one interaction.
struct Webhook<'a> {
    rest: &'a Rest,
    application_id: u64,
    token: &'a str,
}

impl Webhook<'_> {
    fn path(&self, rest: &str) -> String {
        format!("/webhooks/{}/{}{rest}", self.application_id, self.token)
    }

    async fn edit_original(&self, edit: &EditInteractionResponse, files: &[Attachment]) -> Result<(), RestError> {
        let json = with_attachments(edit, files, false)?;
        let path = self.path("/messages/@original");
        self.rest.call_with_files::<Message>(Method::PATCH, &path, &json, files).await.map(|_| ())
    }

    async fn delete_original(&self) -> Result<(), RestError> {
        self.rest.call::<serde_json::Value>(Method::DELETE, &self.path("/messages/@original"), None::<&()>).await?;
        Ok(())
    }

    async fn follow_up(
        &self,
        message: &CreateInteractionResponseFollowup,
        files: &[Attachment],
    ) -> Result<(), RestError> {
        let json = with_attachments(message, files, false)?;
        self.rest.call_with_files::<Message>(Method::POST, &self.path(""), &json, files).await.map(|_| ())
    }
}

/// A reply addressed to the person who interacted: answered in the interaction (ephemeral when
/// private) rather than posted separately.
fn answers_interaction(out: &Outgoing, actor: &Actor) -> bool {
    match &out.destination {
        Destination::Room { room_id, .. } => *room_id == actor.room.room_id,
        Destination::Direct { user_id, .. } => *user_id == actor.user.user_id,
    }
}

fn is_private(out: &Outgoing) -> bool {
    matches!(out.destination, Destination::Direct { .. })
}

/// How the first answer to an interaction may be given besides a message.
struct AnswerWith {
    /// A reply's form may be a modal.
    modal: bool,
    /// A private reply `in_place` may update the (ephemeral) message whose component was used.
    update: bool,
}

/// What an interaction asks of the bot.
enum Asked {
    /// Run this command line.
    Run(String),
    /// Show this modal for text the command left out; `command` is run once it is submitted.
    Modal { command: String, modal: CreateModal },
    /// Nothing to run (a button of an ended poll, a form that no longer fits): acknowledge it.
    Nothing,
}

/// How long ago Discord created an interaction, by this host's wall clock (zero when that clock is
/// behind Discord's). Discord's three seconds run on Discord's clock, whose reading the interaction's
/// ID carries; the engine's `Clock` is not used, as a test's virtual clock says nothing about when
/// Discord stops taking an answer.
fn age(created: chrono::DateTime<chrono::Utc>) -> Duration {
    (chrono::Utc::now() - created).to_std().unwrap_or_default()
}

/// Discord's error code for an interaction answered before (one replayed after a resume).
const ALREADY_ACKNOWLEDGED: i64 = 40060;
/// Discord's error code for a message that does not exist (deleted already).
const UNKNOWN_MESSAGE: i64 = 10008;

impl Shared {
    /// Discord did not take an interaction's first answer (the reply, or the deferral): too late,
    /// or refused. The member saw no answer to it (the reply may still come as a message).
    fn first_answer_failed(&self, error: &RestError) {
        if error.code == Some(ALREADY_ACKNOWLEDGED) {
            return;
        }
        tracing::warn!(error = %error, "an interaction could not be answered in time");
        self.engine.health.unanswerable(Platform::Discord);
    }

    /// Runs `text` as the actor, once per interaction, and answers the interaction with the result.
    /// Each reply is in the outbox, leased to this adapter's `delivery`: marked sent once given in
    /// the interaction, or sent by `delivery` as a message when it cannot be.
    async fn run(
        &self,
        actor: Actor,
        text: String,
        responder: Responder,
        token: &str,
        event: &EventRef,
        may: AnswerWith,
    ) {
        let incoming = Incoming {
            user: actor.user.clone(),
            room: actor.room.clone(),
            text,
            platform_role: actor.role,
            plain: false,
            // An interaction is seen by nobody else; its private answers are ephemeral.
            confidential: true,
        };
        let work = self.engine.handle_event(incoming, event, self.delivery.owner(), self.delivery.lease());
        tokio::pin!(work);
        let mut responder = Some(responder);
        let (handled, deferred) = tokio::select! {
            result = &mut work => (result, None),
            () = tokio::time::sleep(DEFER_AFTER.saturating_sub(age(event.sent_at))) => {
                // Ephemeral: whether the answer will be private is not known yet, and a
                // placeholder only the invoker sees cannot leak a private answer.
                let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
                let acknowledged = match responder.take() {
                    Some(responder) => {
                        responder.respond(&self.rest, &defer).await.inspect_err(|e| self.first_answer_failed(e))
                    }
                    None => Ok(()),
                };
                (work.await, Some(acknowledged))
            }
        };
        let deferred_ok = matches!(deferred, Some(Ok(())));
        let webhook = Webhook { rest: &self.rest, application_id: self.config.application_id, token };
        let replies = match handled {
            Ok(Handled::Replies(replies)) => replies,
            Ok(Handled::Duplicate) => {
                // Answered when it was first delivered (before a restart): no second answer.
                tracing::debug!(interaction = %event.id, "interaction handled before");
                if deferred_ok {
                    let _ = webhook.delete_original().await;
                }
                return;
            }
            Err(e) => {
                tracing::error!(error = ?e, "interaction failed");
                // Say so rather than leave Discord showing "the application did not respond".
                let text =
                    format!("⚠ {}", self.engine.i18n.plain(&self.engine.config.default_language, "err-internal"));
                let message = CreateInteractionResponseMessage::new().content(text.clone()).ephemeral(true);
                let _ = match responder.take() {
                    Some(responder) => responder
                        .respond(&self.rest, &CreateInteractionResponse::Message(message))
                        .await
                        .inspect_err(|e| self.first_answer_failed(e)),
                    None => webhook.edit_original(&EditInteractionResponse::new().content(text), &[]).await,
                };
                return;
            }
        };
        for (i, (out, row)) in replies.into_iter().enumerate() {
            let modal = match (&responder, may.modal) {
                (Some(_), true) => {
                    form_of(&out).and_then(|form| commands::form_modal(&self.engine.i18n, &out.locale, form))
                }
                _ => None,
            };
            let modal_responder = if modal.is_some() { responder.take() } else { None };
            let rendered = render::render(&self.engine.i18n, &out);
            // The next step of a private message takes its place (Discord updates the message).
            let replaces = may.update
                && i == 0
                && out.reply.in_place
                && is_private(&out)
                && answers_interaction(&out, &actor)
                && rendered.parts.len() == 1
                && rendered.files.is_empty();
            let update_responder = if replaces && modal_responder.is_none() { responder.take() } else { None };
            let answered = if let (Some(modal), Some(modal_responder)) = (modal, modal_responder) {
                modal_responder
                    .respond(&self.rest, &CreateInteractionResponse::Modal(modal))
                    .await
                    .inspect_err(|e| self.first_answer_failed(e))
            } else if let Some(update_responder) = update_responder {
                let message = CreateInteractionResponseMessage::new()
                    .content(rendered.parts[0].clone())
                    .components(rendered.rows.clone())
                    .allowed_mentions(rendered.allowed_mentions.clone());
                update_responder
                    .respond(&self.rest, &CreateInteractionResponse::UpdateMessage(message))
                    .await
                    .inspect_err(|e| self.first_answer_failed(e))
            } else if answers_interaction(&out, &actor) {
                let private = is_private(&out);
                let single = rendered.parts.len() == 1;
                match responder.take() {
                    Some(responder) => {
                        let files: &[Attachment] =
                            if single && responder.carries_files() { &rendered.files } else { &[] };
                        let mut message = CreateInteractionResponseMessage::new()
                            .content(rendered.parts[0].clone())
                            .components(if single { rendered.rows.clone() } else { Vec::new() })
                            .allowed_mentions(rendered.allowed_mentions.clone())
                            .ephemeral(private);
                        if rendered.parts[0].is_empty() && files.is_empty() {
                            message = message.content("…");
                        }
                        let first = responder
                            .respond_with_files(&self.rest, &CreateInteractionResponse::Message(message), files)
                            .await
                            .inspect_err(|e| self.first_answer_failed(e));
                        match first {
                            Ok(()) => follow_ups(&webhook, &rendered, 1, private, !files.is_empty()).await,
                            Err(e) => Err(e),
                        }
                    }
                    None if deferred_ok && private && i == 0 => {
                        let edit = EditInteractionResponse::new()
                            .content(rendered.parts[0].clone())
                            .components(if single { rendered.rows.clone() } else { Vec::new() })
                            .allowed_mentions(rendered.allowed_mentions.clone());
                        let files: &[Attachment] = if single { &rendered.files } else { &[] };
                        match webhook.edit_original(&edit, files).await {
                            Ok(()) => follow_ups(&webhook, &rendered, 1, true, single).await,
                            Err(e) => Err(e),
                        }
                    }
                    None if deferred_ok && private => follow_ups(&webhook, &rendered, 0, true, false).await,
                    None if deferred_ok => {
                        // The ephemeral placeholder gives way to a message the whole channel sees.
                        if i == 0 {
                            let _ = webhook.delete_original().await;
                        }
                        Err(RestError {
                            status: None,
                            code: None,
                            message: "a public answer after a deferral is a channel message".into(),
                            retry_after: None,
                        })
                    }
                    None => Err(RestError {
                        status: None,
                        code: None,
                        message: "the interaction could not be acknowledged".into(),
                        retry_after: None,
                    }),
                }
            } else {
                Err(RestError {
                    status: None,
                    code: None,
                    message: "not for this interaction".into(),
                    retry_after: None,
                })
            };
            match answered {
                Ok(()) => {
                    let now = self.engine.clock.now().timestamp_millis();
                    match self.engine.store.mark_sent(row.id, self.delivery.owner(), now).await {
                        Ok(true) => {}
                        Ok(false) => tracing::warn!(id = row.id, "an answered reply's lease had run out"),
                        // The lease runs out and the outbox sends it again, as a message.
                        Err(e) => tracing::error!(id = row.id, error = ?e, "an answered reply is not marked sent"),
                    }
                }
                Err(e) => {
                    // Not for the interaction, or the interaction is gone (too late, or Discord
                    // refused): delivered as a message instead.
                    tracing::info!(error = %e, "answer sent as a message instead");
                    if let Err(e) = self.delivery.send_claimed(&row).await {
                        // The outbox keeps it: its lease runs out and the outbox sender tries again.
                        tracing::warn!(id = row.id, error = ?e, "reply left to the outbox");
                    }
                }
            }
        }
    }

    /// For an interaction too late to be answered: its command is not run, and its sender is told
    /// so in a direct message (once, however often the interaction is delivered).
    async fn decline_late(&self, actor: Actor, text: String, event: &EventRef, late_by: Duration) {
        let notice = Msg::new("notice-interaction-too-late").code("command", format!("/{}", command_head(&text)));
        let incoming = Incoming {
            user: actor.user,
            room: actor.room,
            text,
            platform_role: actor.role,
            plain: false,
            confidential: true,
        };
        let declined =
            self.engine.decline_event(incoming, event, notice, self.delivery.owner(), self.delivery.lease()).await;
        if let Ok(Handled::Duplicate) = declined {
            tracing::debug!(interaction = %event.id, "late interaction handled before");
            return;
        }
        tracing::warn!(
            interaction = %event.id,
            age_ms = late_by.as_millis() as u64,
            "interaction too late for Discord to accept an answer: not run; its sender is told by direct message"
        );
        self.engine.health.unanswerable(Platform::Discord);
        match declined {
            Ok(Handled::Replies(replies)) => {
                for (_, row) in replies {
                    if let Err(e) = self.delivery.send_claimed(&row).await {
                        tracing::warn!(id = row.id, error = ?e, "notice left to the outbox");
                    }
                }
            }
            Ok(Handled::Duplicate) => {}
            Err(e) => tracing::error!(error = ?e, "could not tell the sender of a late interaction"),
        }
    }

    async fn asked_by_command(&self, actor: &Actor, ci: &CommandInteraction) -> Asked {
        match commands::invocation(self.engine.registry, &ci.data) {
            Some(Invocation::Run(text)) => Asked::Run(text),
            Some(Invocation::Ask(ask)) => {
                let lang = self.engine.resolve_actor(&actor.user, &actor.room).await.map(|a| a.locale);
                let modal = ask.build(&self.engine.i18n, lang.as_deref().unwrap_or("en"));
                Asked::Modal { command: ci.data.name.clone(), modal }
            }
            // Registered by an older version, or by hand: the grammar explains.
            None => Asked::Run(ci.data.name.clone()),
        }
    }

    async fn answer_autocomplete(&self, actor: Actor, ci: CommandInteraction, responder: Responder) {
        let choices = match commands::focused_kind(self.engine.registry, &ci.data) {
            Some((_, ParamKind::Zone, typed)) => zones::suggest(&typed, MAX_SUGGESTIONS),
            Some((spec, ParamKind::Id, typed)) => {
                self.engine.complete_ids(&actor.user, &actor.room, spec, &typed, MAX_SUGGESTIONS).await.unwrap_or_else(
                    |e| {
                        tracing::error!(error = ?e, "ID completion failed");
                        Vec::new()
                    },
                )
            }
            _ => Vec::new(),
        };
        let mut response = CreateAutocompleteResponse::new();
        for (label, value) in choices {
            response = response.add_string_choice(label.chars().take(100).collect::<String>(), value);
        }
        if let Err(e) = responder.respond(&self.rest, &CreateInteractionResponse::Autocomplete(response)).await {
            tracing::warn!(error = %e, "could not answer an autocomplete request");
        }
    }

    async fn asked_by_component(&self, actor: &Actor, mi: &ComponentInteraction) -> Asked {
        let custom_id = mi.data.custom_id.as_str();
        if let Some(command) = custom_id.strip_prefix(render::RUN_PREFIX) {
            return Asked::Run(command.to_owned());
        }
        if custom_id.starts_with(render::PICK_PREFIX) {
            // A menu of a reply: the picked option's value is its command.
            return match &mi.data.kind {
                ComponentInteractionDataKind::StringSelect { values } if values.len() == 1 => {
                    Asked::Run(values[0].clone())
                }
                _ => Asked::Nothing,
            };
        }
        let chosen: Vec<String> = match (&mi.data.kind, custom_id.strip_prefix(POLL_PREFIX)) {
            (ComponentInteractionDataKind::Button, Some(answer)) => vec![answer.to_owned()],
            (ComponentInteractionDataKind::StringSelect { values }, Some(_)) => values.clone(),
            _ => Vec::new(),
        };
        let message_id = mi.message.id.get().to_string();
        let command = self
            .engine
            .answer_command(Platform::Discord, &actor.room.room_id, &message_id, MessageAnswer::Poll(&chosen))
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = ?e, "poll answer lookup failed");
                None
            });
        // Without a command the button is not ours to act on (an ended poll, an old button).
        command.map_or(Asked::Nothing, Asked::Run)
    }

    fn asked_by_modal(mi: &ModalInteraction) -> Asked {
        let values: Vec<String> = mi
            .data
            .components
            .iter()
            .flat_map(|row| &row.components)
            .filter_map(|c| match c {
                ActionRowComponent::InputText(input) => Some(input.value.clone().unwrap_or_default()),
                _ => None,
            })
            .collect();
        commands::modal_line(&mi.data.custom_id, &values).map_or(Asked::Nothing, Asked::Run)
    }

    /// Answers one interaction, whichever way it came. A command, a click or a form is handled
    /// once, however often Discord delivers it, and only while Discord can still take the answer.
    pub async fn answer(&self, interaction: Interaction, responder: Responder) {
        let Some(actor) = self.actor_of(&interaction) else {
            if let Interaction::Ping(_) = interaction {
                let _ = responder.respond(&self.rest, &CreateInteractionResponse::Pong).await;
            }
            return;
        };
        if let Interaction::Autocomplete(ci) = interaction {
            // Suggestions change nothing: each request is answered.
            return self.answer_autocomplete(actor, ci, responder).await;
        }
        let id = interaction.id();
        if !self.sink.taken_up(id.get()) {
            // Discord replayed the session from an older sequence: answered once already, or
            // being answered now.
            tracing::debug!(interaction = %id, "interaction delivered again");
            metrics::counter!("quorum_events_duplicate_total", "platform" => "discord").increment(1);
            return;
        }
        let _busy = self.sink.busy();
        let event = EventRef { id: id.to_string(), sent_at: *id.created_at() };
        let token = interaction.token().to_owned();
        let asked = match &interaction {
            Interaction::Command(ci) => self.asked_by_command(&actor, ci).await,
            Interaction::Component(mi) => self.asked_by_component(&actor, mi).await,
            Interaction::Modal(mi) => Self::asked_by_modal(mi),
            _ => return,
        };
        let late_by = age(event.sent_at);
        if late_by > LATE_AFTER {
            match asked {
                Asked::Run(command) | Asked::Modal { command, .. } => {
                    self.decline_late(actor, command, &event, late_by).await;
                }
                Asked::Nothing => tracing::debug!(interaction = %id, "late click on nothing to run"),
            }
        } else {
            match asked {
                Asked::Run(text) => {
                    // A form cannot answer a form: Discord shows no modal after a modal.
                    let modal = !matches!(interaction, Interaction::Modal(_));
                    // Only a private (ephemeral) message gives way to a private answer: a
                    // message the channel sees is never replaced by one for a single reader.
                    let update = match &interaction {
                        Interaction::Component(mi) => {
                            mi.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL))
                        }
                        _ => false,
                    };
                    self.run(actor, text, responder, &token, &event, AnswerWith { modal, update }).await
                }
                Asked::Modal { modal, .. } => {
                    if let Err(e) = responder.respond(&self.rest, &CreateInteractionResponse::Modal(modal)).await {
                        tracing::warn!(error = %e, "could not show a modal");
                    }
                }
                Asked::Nothing => {
                    let _ = responder.respond(&self.rest, &CreateInteractionResponse::Acknowledge).await;
                }
            }
        }
        self.prune_handled().await;
    }

    /// Forgets, now and then, interactions handled long ago: Discord replays events only within a
    /// resumable session and takes no answer after fifteen minutes.
    async fn prune_handled(&self) {
        {
            let mut last = self.last_pruned.lock().unwrap_or_else(|e| e.into_inner());
            if last.is_some_and(|at| at.elapsed() < PRUNE_EVERY) {
                return;
            }
            *last = Some(Instant::now());
        }
        let before = (self.engine.clock.now() - REMEMBER_HANDLED).timestamp_millis();
        let pruned = async {
            let mut tx = self.engine.store.begin().await?;
            tx.prune_inbound_of(Platform::Discord.as_str(), before).await?;
            tx.commit().await
        };
        if let Err(e) = pruned.await {
            tracing::warn!(error = ?e, "could not forget old interactions");
        }
    }
}

/// Sends parts `from..` of a rendered reply as follow-ups; the buttons and files go with the last
/// part. When every part was already sent, files not sent with them (`files_sent`) follow alone.
async fn follow_ups(
    webhook: &Webhook<'_>,
    rendered: &render::Rendered,
    from: usize,
    private: bool,
    files_sent: bool,
) -> Result<(), RestError> {
    let last = rendered.parts.len().saturating_sub(1);
    for (i, part) in rendered.parts.iter().enumerate().skip(from) {
        let mut message = CreateInteractionResponseFollowup::new()
            .content(part.clone())
            .allowed_mentions(rendered.allowed_mentions.clone())
            .ephemeral(private);
        let mut files: &[Attachment] = &[];
        if i == last {
            message = message.components(rendered.rows.clone());
            files = &rendered.files;
        }
        webhook.follow_up(&message, files).await?;
    }
    if from > last && !files_sent && !rendered.files.is_empty() {
        let message = CreateInteractionResponseFollowup::new().ephemeral(private);
        webhook.follow_up(&message, &rendered.files).await?;
    }
    Ok(())
}

/// Delivers the outbox to channels and direct messages, and carries out platform actions.
pub struct DiscordSink {
    engine: Arc<Engine>,
    rest: Arc<Rest>,
    config: Arc<DiscordConfig>,
    /// The guild of each channel seen in an interaction (roles are per guild).
    channel_guilds: Mutex<HashMap<u64, u64>>,
    /// The name of each channel seen in an interaction.
    channel_names: Mutex<HashMap<u64, String>>,
    /// The interactions taken up lately, so that one delivered again is known at once, even while
    /// it is being handled.
    taken_up: Mutex<TakenUp>,
    /// How many interactions are being handled.
    busy: tokio::sync::watch::Sender<usize>,
}

/// Interaction IDs, each remembered for [`REMEMBER_TAKEN_UP`].
#[derive(Default)]
struct TakenUp {
    ids: HashSet<u64>,
    order: VecDeque<(Instant, u64)>,
}

impl TakenUp {
    /// Whether `id` is new; it is remembered from now on.
    fn first(&mut self, id: u64, now: Instant) -> bool {
        while let Some(&(at, old)) = self.order.front()
            && now.duration_since(at) > REMEMBER_TAKEN_UP
        {
            self.ids.remove(&old);
            self.order.pop_front();
        }
        if !self.ids.insert(id) {
            return false;
        }
        self.order.push_back((now, id));
        true
    }
}

/// Counts an interaction as being handled while it lives.
struct Busy<'a>(&'a tokio::sync::watch::Sender<usize>);

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.send_modify(|n| *n -= 1);
    }
}

fn parse_id(id: &str) -> Result<u64, SendError> {
    id.parse::<u64>().map_err(|_| SendError::refused(format!("{id:?} is not a Discord ID")))
}

/// Text cut to one of Discord's field limits.
fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn timestamp(at: chrono::DateTime<chrono::Utc>) -> Result<Timestamp, SendError> {
    Timestamp::from_unix_timestamp(at.timestamp()).map_err(|e| SendError::refused(e.to_string()))
}

/// A message nonce from an outbox key: Discord drops a second message with the same nonce, so a
/// retried send never shows twice. Nonces are at most 25 characters.
fn nonce(key: &str, part: usize) -> Nonce {
    let digest = Sha256::digest(format!("{key}/{part}").as_bytes());
    Nonce::String(hex::encode(&digest[..12]))
}

impl DiscordSink {
    /// Whether the interaction `id` is taken up for the first time.
    fn taken_up(&self, id: u64) -> bool {
        self.taken_up.lock().unwrap_or_else(|e| e.into_inner()).first(id, Instant::now())
    }

    fn busy(&self) -> Busy<'_> {
        self.busy.send_modify(|n| *n += 1);
        Busy(&self.busy)
    }

    /// Returns once no interaction is being handled, so that every reply taken up has been given
    /// or handed to the outbox (at shutdown; and in tests, before they move a virtual clock).
    pub async fn settled(&self) {
        let mut busy = self.busy.subscribe();
        let _ = busy.wait_for(|n| *n == 0).await;
    }

    async fn dm_channel(&self, user_id: u64) -> Result<u64, SendError> {
        let body = serde_json::json!({ "recipient_id": user_id.to_string() });
        let channel: Option<PrivateChannel> = self.rest.call(Method::POST, "/users/@me/channels", Some(&body)).await?;
        Ok(channel.ok_or_else(|| SendError::refused("no DM channel in Discord's answer"))?.id.get())
    }

    async fn post(&self, channel_id: u64, message: &CreateMessage, files: &[Attachment]) -> Result<Message, SendError> {
        let path = format!("/channels/{channel_id}/messages");
        let json = with_attachments(message, files, false)?;
        let sent: Option<Message> = self.rest.call_with_files(Method::POST, &path, &json, files).await?;
        sent.ok_or_else(|| SendError::refused("no message in Discord's answer"))
    }

    /// Deletes a command's message from its channel (`Reply::withdraws_command`: a ballot typed
    /// in a guild channel). The bot needs Manage Messages there; a failure is logged, without the
    /// message's content, and the reply goes out all the same. A message deleted already (a
    /// retried send) is no failure.
    async fn delete_command(&self, channel_id: &str, message_id: &str) {
        let (Ok(channel), Ok(message)) = (parse_id(channel_id), parse_id(message_id)) else {
            tracing::warn!(channel = channel_id, "a command to withdraw has no channel or message ID");
            return;
        };
        let path = format!("/channels/{channel}/messages/{message}");
        match self.rest.call::<serde_json::Value>(Method::DELETE, &path, None::<&()>).await {
            Ok(_) => {}
            Err(e) if e.code == Some(UNKNOWN_MESSAGE) => {}
            Err(e) => {
                tracing::warn!(channel, message, error = %e, "could not remove a command from its channel");
                metrics::counter!("quorum_withdraw_failed_total", "platform" => "discord").increment(1);
            }
        }
    }

    fn guild_of(&self, channel_id: u64) -> Result<u64, SendError> {
        if let Some(guild) = self.channel_guilds.lock().unwrap_or_else(|e| e.into_inner()).get(&channel_id) {
            return Ok(*guild);
        }
        match self.config.guild_ids.as_slice() {
            [only] => Ok(*only),
            _ => Err(SendError::refused(format!("the guild of channel {channel_id} is not known yet"))),
        }
    }
}

#[async_trait]
impl Sink for DiscordSink {
    fn platform(&self) -> Platform {
        Platform::Discord
    }

    async fn send(&self, message: &Outgoing, key: &str) -> Result<(), SendError> {
        if let Some(command) = message.reply.withdrawn_message() {
            self.delete_command(&command.room_id, &command.message_id).await;
        }
        let channel = match &message.destination {
            Destination::Room { room_id, .. } => parse_id(room_id)?,
            Destination::Direct { user_id, .. } => self.dm_channel(parse_id(user_id)?).await?,
        };
        let rendered = render::render(&self.engine.i18n, message);
        let last = rendered.parts.len().saturating_sub(1);
        for (i, part) in rendered.parts.iter().enumerate() {
            let mut create = CreateMessage::new()
                .content(part.clone())
                .allowed_mentions(rendered.allowed_mentions.clone())
                .nonce(nonce(key, i))
                .enforce_nonce(true);
            let mut files: &[Attachment] = &[];
            if i == last {
                create = create.components(rendered.rows.clone());
                files = &rendered.files;
            }
            self.post(channel, &create, files).await?;
        }
        Ok(())
    }
}

#[async_trait]
impl PlatformActions for DiscordSink {
    fn platform(&self) -> Platform {
        Platform::Discord
    }

    /// One button per answer, or a menu when several may be chosen.
    async fn post_poll(&self, room_id: &str, poll: &NativePoll) -> Result<String, SendError> {
        let channel = parse_id(room_id)?;
        if poll.answers.iter().any(|(id, _)| POLL_PREFIX.len() + id.len() > render::MAX_CUSTOM_ID) {
            return Err(SendError::refused("a poll answer ID is too long for Discord"));
        }
        let rows = if poll.max_selections <= 1 {
            let buttons: Vec<CreateButton> = poll
                .answers
                .iter()
                .map(|(id, label)| {
                    CreateButton::new(format!("{POLL_PREFIX}{id}"))
                        .style(ButtonStyle::Primary)
                        .label(label.chars().take(80).collect::<String>())
                })
                .collect();
            buttons.chunks(5).map(|row| CreateActionRow::Buttons(row.to_vec())).collect()
        } else {
            let options = poll
                .answers
                .iter()
                .map(|(id, label)| CreateSelectMenuOption::new(label.chars().take(100).collect::<String>(), id))
                .collect();
            let menu = CreateSelectMenu::new(POLL_PREFIX, CreateSelectMenuKind::String { options })
                .min_values(1)
                .max_values(poll.max_selections.min(poll.answers.len() as u32) as u8);
            vec![CreateActionRow::SelectMenu(menu)]
        };
        let create = CreateMessage::new().content(poll.question.clone()).components(rows);
        Ok(self.post(channel, &create, &[]).await?.id.get().to_string())
    }

    async fn end_poll(&self, room_id: &str, message_id: &str, summary: &str) -> Result<(), SendError> {
        let channel = parse_id(room_id)?;
        let reference = serenity::model::channel::MessageReference::from((
            serenity::model::id::ChannelId::new(channel),
            serenity::model::id::MessageId::new(parse_id(message_id)?),
        ));
        self.post(channel, &CreateMessage::new().content(summary).reference_message(reference), &[]).await?;
        Ok(())
    }

    /// Discord has no invitation to a channel: a member of the server sees the channels their
    /// roles open (`set_role`). So this checks the person is a member of the channel's server,
    /// and refuses when they are not (a bot cannot add a person to a server).
    async fn invite(&self, room_id: &str, user_id: &str) -> Result<(), SendError> {
        let guild = self.guild_of(parse_id(room_id)?)?;
        let path = format!("/guilds/{guild}/members/{}", parse_id(user_id)?);
        self.rest.call::<serde_json::Value>(Method::GET, &path, None::<&()>).await?;
        Ok(())
    }

    /// An external scheduled event of the channel's guild (Discord's events sidebar).
    async fn publish_event(&self, room_id: &str, event: &CalendarEvent) -> Result<String, SendError> {
        let guild = self.guild_of(parse_id(room_id)?)?;
        let create =
            CreateScheduledEvent::new(ScheduledEventType::External, clip(&event.name, 100), timestamp(event.starts)?)
                .end_time(timestamp(event.ends)?)
                .description(clip(&event.description, 1000))
                .location(clip(&event.location, 100));
        let created: Option<ScheduledEvent> =
            self.rest.call(Method::POST, &format!("/guilds/{guild}/scheduled-events"), Some(&create)).await?;
        Ok(created.ok_or_else(|| SendError::refused("no event in Discord's answer"))?.id.get().to_string())
    }

    async fn update_event(&self, room_id: &str, event_id: &str, event: &CalendarEvent) -> Result<(), SendError> {
        let guild = self.guild_of(parse_id(room_id)?)?;
        let edit = EditScheduledEvent::new()
            .name(clip(&event.name, 100))
            .description(clip(&event.description, 1000))
            .start_time(timestamp(event.starts)?)
            .end_time(timestamp(event.ends)?)
            .location(clip(&event.location, 100));
        let path = format!("/guilds/{guild}/scheduled-events/{}", parse_id(event_id)?);
        self.rest.call::<ScheduledEvent>(Method::PATCH, &path, Some(&edit)).await?;
        Ok(())
    }

    async fn cancel_event(&self, room_id: &str, event_id: &str) -> Result<(), SendError> {
        let guild = self.guild_of(parse_id(room_id)?)?;
        let path = format!("/guilds/{guild}/scheduled-events/{}", parse_id(event_id)?);
        self.rest.call::<serde_json::Value>(Method::DELETE, &path, None::<&()>).await?;
        Ok(())
    }

    /// Grants the Discord role mapped to `role` and removes the other mapped ones.
    async fn set_role(&self, room_id: &str, user_id: &str, role: Option<Role>) -> Result<(), SendError> {
        let guild = self.guild_of(parse_id(room_id)?)?;
        let user = parse_id(user_id)?;
        let wanted = match role {
            Some(role) => Some(
                self.config
                    .roles
                    .discord_role(role)
                    .ok_or_else(|| SendError::refused(format!("no Discord role is mapped to {}", role.as_str())))?,
            ),
            None => None,
        };
        for other in self.config.roles.all().filter(|r| Some(*r) != wanted) {
            let path = format!("/guilds/{guild}/members/{user}/roles/{other}");
            self.rest.call::<serde_json::Value>(Method::DELETE, &path, None::<&()>).await?;
        }
        if let Some(wanted) = wanted {
            let path = format!("/guilds/{guild}/members/{user}/roles/{wanted}");
            self.rest.call::<serde_json::Value>(Method::PUT, &path, None::<&()>).await?;
        }
        Ok(())
    }
}

/// The form a reply asks to be filled in, if any.
fn form_of(out: &Outgoing) -> Option<&Form> {
    out.reply.blocks.iter().find_map(|block| match block {
        Block::Form(form) => Some(form),
        _ => None,
    })
}

/// Forwards gateway interactions to the shared handler, and reports the session's life in the
/// log and to health.
struct GatewayHandler {
    shared: Arc<Shared>,
    ready: Arc<tokio::sync::Notify>,
    /// How many sessions were identified (a READY starts each).
    sessions: AtomicUsize,
}

impl GatewayHandler {
    /// The gateway is back after losing its connection. serenity announces no stage when a
    /// connection drops and it resumes, only the way back: that is when a drop is known (and
    /// counted, unless a stage already said so).
    fn reconnected(&self, how: &str) {
        let health = &self.shared.engine.health;
        health.adapter_down(Platform::Discord, how);
        health.adapter_up(Platform::Discord);
    }
}

#[async_trait]
impl serenity::client::EventHandler for GatewayHandler {
    async fn ready(&self, _ctx: serenity::client::Context, ready: serenity::model::gateway::Ready) {
        if self.sessions.fetch_add(1, Ordering::SeqCst) == 0 {
            tracing::info!(user = %ready.user.name, guilds = ready.guilds.len(), "Discord gateway ready");
            self.shared.engine.health.adapter_up(Platform::Discord);
        } else {
            // serenity identifies anew by itself when Discord invalidates the session (op 9 with
            // d = false, also the answer to a resume that came too late): the events of the old
            // session that were not delivered are not replayed.
            tracing::warn!(user = %ready.user.name, "Discord session invalidated; identified again");
            self.reconnected("gateway session lost; identified again");
        }
        self.ready.notify_waiters();
    }

    /// After a dropped connection serenity resumes the session by itself; Discord then replays
    /// what was dispatched meanwhile.
    async fn resume(&self, _ctx: serenity::client::Context, _: serenity::model::event::ResumedEvent) {
        tracing::info!("Discord gateway resumed");
        self.reconnected("gateway connection lost; resumed");
    }

    async fn shard_stage_update(
        &self,
        _ctx: serenity::client::Context,
        update: serenity::gateway::ShardStageUpdateEvent,
    ) {
        tracing::debug!(old = %update.old, new = %update.new, "Discord gateway stage");
        match update.new {
            serenity::gateway::ConnectionStage::Connected => self.shared.engine.health.adapter_up(Platform::Discord),
            stage => self.shared.engine.health.adapter_down(Platform::Discord, &format!("gateway {stage}")),
        }
    }

    /// A guild's channels, with their names: a message, unlike an interaction, names no channel.
    async fn guild_create(
        &self,
        _ctx: serenity::client::Context,
        guild: serenity::model::guild::Guild,
        _is_new: Option<bool>,
    ) {
        let sink = &self.shared.sink;
        let mut names = sink.channel_names.lock().unwrap_or_else(|e| e.into_inner());
        let mut guilds = sink.channel_guilds.lock().unwrap_or_else(|e| e.into_inner());
        for (id, channel) in &guild.channels {
            names.insert(id.get(), channel.name.clone());
            guilds.insert(id.get(), guild.id.get());
        }
    }

    async fn message(&self, _ctx: serenity::client::Context, message: Message) {
        self.shared.chat(message).await;
    }

    async fn interaction_create(&self, _ctx: serenity::client::Context, interaction: Interaction) {
        let responder =
            Responder::Callback { interaction_id: interaction.id().get(), token: interaction.token().to_owned() };
        self.shared.answer(interaction, responder).await;
    }
}

/// The gateway as serenity sees it: every shard connected or not, and the heartbeat latency it
/// measured (the longest of the shards').
struct GatewayProbe(Arc<serenity::gateway::ShardManager>);

#[async_trait]
impl ConnectionProbe for GatewayProbe {
    async fn probe(&self) -> Probe {
        let runners = self.0.runners.lock().await;
        let down = match runners.values().find(|r| r.stage != serenity::gateway::ConnectionStage::Connected) {
            Some(runner) => Some(format!("gateway {}", runner.stage)),
            None if runners.is_empty() => Some("no gateway shard running".to_owned()),
            None => None,
        };
        Probe { down, lag: runners.values().filter_map(|r| r.latency).max() }
    }
}

/// A connected Discord application.
pub struct DiscordAdapter {
    config: Arc<DiscordConfig>,
    rest: Arc<Rest>,
}

impl DiscordAdapter {
    /// Checks the token and registers the slash commands (per guild, or globally).
    pub async fn connect(config: DiscordConfig, engine: &Engine) -> Result<Self> {
        let rest = Arc::new(Rest::new(config.authorization(), &config.api_base)?);
        let me: Option<User> = rest
            .call(Method::GET, "/users/@me", None::<&()>)
            .await
            .map_err(|e| anyhow::anyhow!("Discord refused the bot token: {e}"))?;
        tracing::info!(user = ?me.map(|u| u.name), "Discord login");
        let registration = commands::registration(&engine.i18n, engine.registry);
        let app = config.application_id;
        let paths: Vec<String> = if config.guild_ids.is_empty() {
            vec![format!("/applications/{app}/commands")]
        } else {
            config.guild_ids.iter().map(|g| format!("/applications/{app}/guilds/{g}/commands")).collect()
        };
        for path in paths {
            rest.call::<serde_json::Value>(Method::PUT, &path, Some(&registration))
                .await
                .map_err(|e| anyhow::anyhow!("registering the slash commands failed: {e}"))?;
        }
        Ok(Self { config: Arc::new(config), rest })
    }

    /// The sink that delivers this adapter's outbox and carries out its actions.
    pub fn sink(&self, engine: Arc<Engine>) -> Arc<DiscordSink> {
        Arc::new(DiscordSink {
            engine,
            rest: self.rest.clone(),
            config: self.config.clone(),
            channel_guilds: Mutex::new(HashMap::new()),
            channel_names: Mutex::new(HashMap::new()),
            taken_up: Mutex::new(TakenUp::default()),
            busy: tokio::sync::watch::channel(0).0,
        })
    }

    /// Receives interactions until `shutdown` completes; `ready` is notified once they can arrive.
    pub async fn run(
        self,
        sink: Arc<DiscordSink>,
        ready: Arc<tokio::sync::Notify>,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> Result<()> {
        let engine = sink.engine.clone();
        engine.provide_actions(sink.clone());
        let delivery = Arc::new(Delivery::new(engine.clone(), sink.clone()));
        let shared = Arc::new(Shared {
            engine,
            rest: self.rest.clone(),
            config: self.config.clone(),
            sink: sink.clone(),
            delivery,
            last_pruned: Mutex::new(None),
        });
        let result = self.receive(shared, ready, shutdown).await;
        // Let the interactions under way give their answers (or hand them to the outbox).
        if tokio::time::timeout(Duration::from_secs(5), sink.settled()).await.is_err() {
            tracing::warn!("stopped with interactions still being handled; the outbox sends their replies");
        }
        result
    }

    async fn receive(
        &self,
        shared: Arc<Shared>,
        ready: Arc<tokio::sync::Notify>,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> Result<()> {
        match self.config.mode {
            Mode::Http => endpoint::serve(shared, &self.config, ready, shutdown).await,
            Mode::Gateway => {
                let mut http = serenity::http::HttpBuilder::new(&self.config.token)
                    .application_id(serenity::model::id::ApplicationId::new(self.config.application_id));
                if self.config.api_base != config::DISCORD_API {
                    // serenity's own rate limiter ignores the override; `rest` does the limiting.
                    http = http.proxy(self.config.api_base.clone()).ratelimiter_disabled(true);
                }
                shared.engine.health.adapter_down(Platform::Discord, "gateway connecting");
                let engine = shared.engine.clone();
                let handler = GatewayHandler { shared, ready, sessions: AtomicUsize::new(0) };
                // Interactions need no intent; GUILDS keeps the session to the guilds' basics. The
                // channels' chat needs the privileged Message Content intent.
                let mut intents = serenity::all::GatewayIntents::GUILDS;
                if self.config.read_messages {
                    intents |=
                        serenity::all::GatewayIntents::GUILD_MESSAGES | serenity::all::GatewayIntents::MESSAGE_CONTENT;
                }
                let mut client = serenity::client::ClientBuilder::new_with_http(http.build(), intents)
                    .event_handler(handler)
                    .await
                    .context("cannot set up the Discord gateway")?;
                let shards = client.shard_manager.clone();
                engine.health.watch(Platform::Discord, Arc::new(GatewayProbe(shards.clone())));
                tokio::select! {
                    result = client.start() => {
                        engine.health.adapter_down(Platform::Discord, "gateway stopped");
                        result.context("the Discord gateway stopped")
                    }
                    () = shutdown => {
                        shards.shutdown_all().await;
                        Ok(())
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_where_each_route_reads_them() {
        let file = Attachment { name: "meeting-2.ics".into(), mime: "text/calendar".into(), content: "X".into() };
        let files = std::slice::from_ref(&file);
        let named = serde_json::json!([{ "id": 0, "filename": "meeting-2.ics" }]);
        let answer = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("Calendar"));
        let json = with_attachments(&answer, files, true).unwrap();
        assert_eq!(json["data"]["attachments"], named, "{json}");
        assert_eq!(json["data"]["content"], "Calendar");
        let follow_up = CreateInteractionResponseFollowup::new().content("Calendar");
        assert_eq!(with_attachments(&follow_up, files, false).unwrap()["attachments"], named);
        // Without files an edit names none: an `attachments` list would replace the message's.
        let edit = EditInteractionResponse::new().content("Done");
        assert!(with_attachments(&edit, &[], false).unwrap().get("attachments").is_none());
    }

    #[test]
    fn nonces_are_stable_and_short() {
        let a = serde_json::to_value(nonce("reminder:1:2", 0)).unwrap();
        assert_eq!(a, serde_json::to_value(nonce("reminder:1:2", 0)).unwrap());
        assert_ne!(a, serde_json::to_value(nonce("reminder:1:2", 1)).unwrap());
        assert!(a.as_str().unwrap().len() <= 25);
    }
}
