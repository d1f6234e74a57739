//! The Matrix adapter (matrix-sdk): logs in once and keeps its device and sync position in
//! `store_path`, accepts invites from allowed users and servers, reads commands in plain and
//! encrypted rooms, and posts replies as HTML with a plain-text body. Private replies go to the
//! member's direct room with the bot. Sends that fail wait in the outbox. Native polls use
//! MSC3381 (the `org.matrix.msc3381.poll.*` events clients show as polls in today's room
//! versions); an answer becomes the command the poll was posted with. A reply's choices that carry
//! an emoji are offered as the bot's own reactions to it; a member's reaction with one runs its
//! command. Files go to the media repository and are posted as `m.file` messages.

mod config;
mod sync;

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::client::profile::get_profile;
use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
use matrix_sdk::ruma::events::poll::start::PollKind;
use matrix_sdk::ruma::events::poll::unstable_end::UnstablePollEndEventContent;
use matrix_sdk::ruma::events::poll::unstable_start::{
    NewUnstablePollStartEventContent, UnstablePollAnswer, UnstablePollAnswers, UnstablePollStartContentBlock,
};
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent, SyncRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{
    FileInfo, FileMessageEventContent, MessageType, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::room::power_levels::RoomPowerLevelsEventContent;
use matrix_sdk::ruma::events::{Mentions, StateEventType};
use matrix_sdk::ruma::{
    EventId, Int, OwnedEventId, OwnedRoomId, OwnedTransactionId, OwnedUserId, RoomId, UInt, UserId,
};
use matrix_sdk::{Client, RoomState};

pub use config::MatrixConfig;

use crate::adapters::text;
use crate::core::actor::{Platform, PlatformRoom, PlatformUser, Role};
use crate::core::engine::{Engine, Incoming, Outgoing};
use crate::core::platform::{NativePoll, PlatformActions};
use crate::core::reply::{Attachment, Block, Destination, Mention};
use crate::i18n::ArgStyle;
use crate::scheduler::{SendError, Sink};

/// Matrix rejects events over 64 KiB; long replies are split at line breaks well below that.
const MAX_MESSAGE_CHARS: usize = 16_000;
/// The reaction that acknowledges a command on its own message (a minute item noted).
const ACKNOWLEDGED: &str = "✅";
/// The reason given when a command's message is removed from its room: short, and nothing of it.
const WITHDRAWN: &str = "not for this room";

/// Times in the reader's zone; mentions as `matrix.to` links, which clients show as pills.
struct MatrixStyle {
    zone: chrono_tz::Tz,
}

impl ArgStyle for MatrixStyle {
    fn time(&self, at: DateTime<Utc>, lang: &str) -> String {
        text::PlainStyle { zone: self.zone }.time(at, lang)
    }

    fn mention(&self, who: &Mention) -> String {
        match who.identities.iter().find(|(p, _)| p == Platform::Matrix.as_str()) {
            Some((_, user_id)) => {
                format!("[{}](https://matrix.to/#/{user_id})", who.display_name.replace(['[', ']'], ""))
            }
            None => format!("@{}", who.display_name),
        }
    }

    fn reader_zone(&self) -> Option<chrono_tz::Tz> {
        Some(self.zone)
    }
}

/// Delivers replies to Matrix rooms and direct rooms, and carries out platform actions.
pub struct MatrixSink {
    client: Client,
    engine: Arc<Engine>,
    config: Arc<MatrixConfig>,
    /// The direct room made for each user, held while one is found or made: the SDK knows a new
    /// direct room as one only after a sync, and a second message before that would make another
    /// room (its messages then arrive out of order, across two rooms).
    direct_rooms: Arc<tokio::sync::Mutex<HashMap<OwnedUserId, OwnedRoomId>>>,
}

/// What a failed request means for the outbox: the homeserver's refusals (not allowed, no such
/// user or room, a bad ID) are permanent; its rate limit, its own failures and the network are
/// temporary.
fn send_error(e: impl Into<matrix_sdk::Error>) -> SendError {
    use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
    let e = e.into();
    let message = e.to_string();
    let status = e.as_client_api_error().map(|c| c.status_code);
    match e.client_api_error_kind() {
        Some(ErrorKind::LimitExceeded(data)) => {
            let wait = match &data.retry_after {
                Some(RetryAfter::Delay(d)) => chrono::Duration::from_std(*d).ok(),
                _ => None,
            };
            SendError::temporary(message).retry_in(wait.unwrap_or_else(|| chrono::Duration::seconds(5)))
        }
        Some(
            ErrorKind::Forbidden
            | ErrorKind::NotFound
            | ErrorKind::InvalidParam
            | ErrorKind::InviteBlocked
            | ErrorKind::UserDeactivated
            | ErrorKind::TooLarge,
        ) => SendError::refused(message),
        // M_UNKNOWN is the homeserver's catch-all: with a 4xx status it refuses the request itself
        // (Synapse answers an unknown or malformed user ID so), with a 5xx it failed on its side.
        Some(ErrorKind::Unknown) if status.is_some_and(|s| s.is_client_error()) => SendError::refused(message),
        _ => SendError::temporary(message),
    }
}

/// One attempt per request: when the homeserver limits us, the outbox waits out `retry_after`
/// durably instead of the SDK retrying in memory for up to a quarter of an hour.
fn one_attempt() -> RequestConfig {
    RequestConfig::new().retry_limit(1)
}

impl MatrixSink {
    /// The direct room with a user, end-to-end encrypted so that the homeserver never reads a
    /// private answer (a ballot, a receipt), created (and the user invited) if there is none they
    /// are still in: a direct room the user left or was banned from reaches nobody. An older
    /// direct room without encryption (one the user opened) is passed over for a new encrypted
    /// one rather than encrypted in place: turning it on needs a power level the bot seldom has
    /// in a room someone else made, and its history stays readable by the homeserver anyway.
    async fn direct_room(&self, user_id: &UserId) -> Result<Room, SendError> {
        let mut made = self.direct_rooms.lock().await;
        let known = made.get(user_id).and_then(|id| self.client.get_room(id));
        for room in known.into_iter().chain(self.client.get_dm_rooms(user_id)) {
            let gone = match room.get_member_no_sync(user_id).await {
                Ok(Some(member)) => matches!(member.membership(), MembershipState::Leave | MembershipState::Ban),
                _ => false,
            };
            // What the last sync said, or the homeserver when the room's state is not known yet.
            let encrypted = match room.encryption_state() {
                state if !state.is_unknown() => state.is_encrypted(),
                _ => room.latest_encryption_state().await.map_err(send_error)?.is_encrypted(),
            };
            if !gone && encrypted {
                return Ok(room);
            }
        }
        // Synapse invites a user who does not exist without complaint, and the message would go
        // to a room nobody ever joins: the profile answers 404 for no such user (M_NOT_FOUND, or
        // Synapse's M_UNKNOWN "No row found"). Any other answer (profiles kept private, a server
        // that is down) leaves it to the invitation.
        let profile = get_profile::v3::Request::new(user_id.to_owned());
        if let Err(e) = self.client.send(profile).with_request_config(one_attempt()).await
            && e.as_client_api_error().is_some_and(|c| c.status_code.as_u16() == 404)
        {
            return Err(SendError::refused(format!("no such user {user_id}: {e}")));
        }
        // Created with `m.room.encryption` (megolm) in its initial state (matrix-sdk does so with
        // its `e2e-encryption` feature, which Quorum builds with).
        let room = self.client.create_dm(user_id).await.map_err(send_error)?;
        made.insert(user_id.to_owned(), room.room_id().to_owned());
        Ok(room)
    }

    /// A room the bot has joined.
    fn joined_room(&self, room_id: &str) -> Result<Room, SendError> {
        let room_id = RoomId::parse(room_id).map_err(|e| SendError::refused(e.to_string()))?;
        self.client.get_room(&room_id).filter(|r| r.state() == RoomState::Joined).ok_or_else(|| {
            // Not in the room may be a moment's matter: an invitation may still be on its way
            // (the bot joins as soon as it arrives), so try again every 30 s for a few minutes.
            // Past that the bot was never invited, or was removed, and only people can fix it.
            SendError::temporary(format!("not in room {room_id}"))
                .retry_in(chrono::Duration::seconds(30))
                .permanent_from_age(NOT_IN_ROOM_GRACE)
        })
    }
}

/// How long a message waits for the bot to be in its room before that counts as a refusal.
const NOT_IN_ROOM_GRACE: chrono::Duration = chrono::Duration::minutes(5);

fn parse_user(user_id: &str) -> Result<OwnedUserId, SendError> {
    UserId::parse(user_id).map_err(|e| SendError::refused(e.to_string()))
}

#[async_trait]
impl Sink for MatrixSink {
    fn platform(&self) -> Platform {
        Platform::Matrix
    }

    /// The text of the reply first (with its choices' emoji offered as reactions), then each
    /// file as an `m.file` message; an acknowledgement of a command is a reaction on it instead.
    async fn send(&self, message: &Outgoing, key: &str) -> Result<(), SendError> {
        let room = match &message.destination {
            Destination::Room { room_id, .. } => self.joined_room(room_id)?,
            Destination::Direct { user_id, .. } => self.direct_room(&parse_user(user_id)?).await?,
        };
        if let Some(command) = message.reply.withdrawn_message() {
            self.redact_command(&command.room_id, &command.message_id, key).await;
        }
        if let Some(event) = message.reply.acknowledged_message().and_then(|id| EventId::parse(id).ok()) {
            let txn: OwnedTransactionId = format!("quorum-{key}-ack").into();
            room.send(ReactionEventContent::new(Annotation::new(event, ACKNOWLEDGED.to_owned())))
                .with_transaction_id(txn)
                .with_request_config(one_attempt())
                .await
                .map_err(send_error)?;
            return Ok(());
        }
        let (message, files) = text::take_files(message);
        if !message.reply.blocks.is_empty() {
            let last = self.send_text(&room, &message, key).await?;
            self.offer_reactions(&room, &message, &last, key).await?;
        }
        for (n, file) in files.iter().enumerate() {
            self.send_file(&room, file, format!("quorum-{key}-file-{n}").into()).await?;
        }
        Ok(())
    }
}

impl MatrixSink {
    /// Removes a command's message from its room (`Reply::withdraws_command`: a ballot typed in a
    /// shared room), with a short reason that says nothing of it. The bot needs the power to
    /// redact others' events there; a failure is logged, without the event's content, and the
    /// reply goes out all the same. A retried send redacts again, which changes nothing.
    async fn redact_command(&self, room_id: &str, event_id: &str, key: &str) {
        let (Ok(room), Ok(event)) = (self.joined_room(room_id), EventId::parse(event_id)) else {
            tracing::warn!(room = room_id, "a command to withdraw is in no room the bot is in");
            return;
        };
        let txn: OwnedTransactionId = format!("quorum-{key}-withdraw").into();
        if let Err(e) = room.redact(&event, Some(WITHDRAWN), Some(txn)).await {
            tracing::warn!(room = room_id, event = event_id, error = %e, "could not remove a command from its room");
            metrics::counter!("quorum_withdraw_failed_total", "platform" => "matrix").increment(1);
        }
    }

    /// Sends the reply as text, in parts when long; returns the event of the last part.
    async fn send_text(&self, room: &Room, message: &Outgoing, key: &str) -> Result<OwnedEventId, SendError> {
        let options = text::Options { choice_emoji: true, ..text::Options::default() };
        let body = text::render_with(&self.engine.i18n, message, "!", &MatrixStyle { zone: message.zone }, options);
        let mentioned = message.reply.mentioned_on(Platform::Matrix);
        let mut last = None;
        for (i, part) in text::split_message(&body, MAX_MESSAGE_CHARS).into_iter().enumerate() {
            // Notify exactly the people this part names.
            let mentions = Mentions::with_user_ids(
                mentioned
                    .iter()
                    .filter(|id| part.contains(&format!("matrix.to/#/{id}")))
                    .filter_map(|id| UserId::parse(id).ok()),
            );
            // The outbox key makes a retried send idempotent on the homeserver.
            let txn: OwnedTransactionId = format!("quorum-{key}-{i}").into();
            let sent = room
                .send(RoomMessageEventContent::text_markdown(part).add_mentions(mentions))
                .with_transaction_id(txn)
                .with_request_config(one_attempt())
                .await
                .map_err(send_error)?;
            last = Some(sent.response.event_id);
        }
        last.ok_or_else(|| SendError::refused("an empty reply"))
    }

    /// Reacts to `event` with the emoji of the reply's choices, so that members pick one by
    /// clicking it; the engine remembers which emoji runs which command before any click can come.
    async fn offer_reactions(
        &self,
        room: &Room,
        message: &Outgoing,
        event: &EventId,
        key: &str,
    ) -> Result<(), SendError> {
        let mut choices: Vec<(String, String)> = Vec::new();
        for choice in message.reply.blocks.iter().flat_map(|b| match b {
            Block::Choices(choices) => choices.as_slice(),
            _ => &[],
        }) {
            if let Some(emoji) = &choice.emoji
                && !choices.iter().any(|(e, _)| e == emoji)
            {
                choices.push((emoji.clone(), choice.command.clone()));
            }
        }
        if choices.is_empty() {
            return Ok(());
        }
        self.engine
            .remember_reaction_choices(Platform::Matrix, room.room_id().as_str(), event.as_str(), &choices)
            .await
            .map_err(|e| SendError::temporary(format!("{e:#}")).retry_in(chrono::Duration::seconds(5)))?;
        for (n, (emoji, _)) in choices.iter().enumerate() {
            let txn: OwnedTransactionId = format!("quorum-{key}-react-{n}").into();
            room.send(ReactionEventContent::new(Annotation::new(event.to_owned(), emoji.clone())))
                .with_transaction_id(txn)
                .with_request_config(one_attempt())
                .await
                .map_err(send_error)?;
        }
        Ok(())
    }

    /// Uploads a file to the media repository (encrypted in an encrypted room) and posts it as an
    /// `m.file` message whose body is the file's name.
    async fn send_file(&self, room: &Room, file: &Attachment, txn: OwnedTransactionId) -> Result<(), SendError> {
        let mime: mime::Mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
        let bytes = file.content.as_bytes().to_vec();
        let size = UInt::try_from(bytes.len() as u64).ok();
        let encrypted = room.latest_encryption_state().await.map_err(send_error)?.is_encrypted();
        let source = if encrypted {
            let mut reader = std::io::Cursor::new(bytes);
            let uploaded = self
                .client
                .upload_encrypted_file(&mut reader)
                .with_request_config(one_attempt())
                .await
                .map_err(send_error)?;
            MediaSource::Encrypted(Box::new(uploaded))
        } else {
            let uploaded = self.client.media().upload(&mime, bytes, Some(one_attempt())).await.map_err(send_error)?;
            MediaSource::Plain(uploaded.content_uri)
        };
        let mut info = FileInfo::new();
        info.mimetype = Some(mime.essence_str().to_owned());
        info.size = size;
        let content = FileMessageEventContent::new(file.name.clone(), source).info(Box::new(info));
        room.send(RoomMessageEventContent::new(MessageType::File(content)))
            .with_transaction_id(txn)
            .with_request_config(one_attempt())
            .await
            .map_err(send_error)?;
        Ok(())
    }
}

#[async_trait]
impl PlatformActions for MatrixSink {
    fn platform(&self) -> Platform {
        Platform::Matrix
    }

    async fn post_poll(&self, room_id: &str, poll: &NativePoll) -> Result<String, SendError> {
        let room = self.joined_room(room_id)?;
        let answers: Vec<UnstablePollAnswer> =
            poll.answers.iter().map(|(id, label)| UnstablePollAnswer::new(id, label)).collect();
        let answers = UnstablePollAnswers::try_from(answers).map_err(|e| SendError::refused(e.to_string()))?;
        let mut block = UnstablePollStartContentBlock::new(&poll.question, answers);
        block.max_selections = UInt::from(poll.max_selections.max(1));
        block.kind = if poll.disclosed { PollKind::Disclosed } else { PollKind::Undisclosed };
        // Clients without polls show the question and numbered answers.
        let mut fallback = poll.question.clone();
        for (n, (_, label)) in poll.answers.iter().enumerate() {
            fallback.push_str(&format!("\n{}. {label}", n + 1));
        }
        let sent = room
            .send(NewUnstablePollStartEventContent::plain_text(fallback, block))
            .with_request_config(one_attempt())
            .await
            .map_err(send_error)?;
        Ok(sent.response.event_id.to_string())
    }

    async fn end_poll(&self, room_id: &str, message_id: &str, summary: &str) -> Result<(), SendError> {
        let room = self.joined_room(room_id)?;
        let start = EventId::parse(message_id).map_err(|e| SendError::refused(e.to_string()))?;
        room.send(UnstablePollEndEventContent::new(summary, start))
            .with_request_config(one_attempt())
            .await
            .map_err(send_error)?;
        Ok(())
    }

    async fn invite(&self, room_id: &str, user_id: &str) -> Result<(), SendError> {
        let room = self.joined_room(room_id)?;
        let user = parse_user(user_id)?;
        // A retried invitation finds the person invited or in the room already: done. (The
        // homeserver would refuse a second invitation.)
        if let Ok(Some(member)) = room.get_member_no_sync(&user).await
            && matches!(member.membership(), MembershipState::Invite | MembershipState::Join)
        {
            return Ok(());
        }
        room.invite_user_by_id(&user).await.map_err(send_error)
    }

    async fn set_role(&self, room_id: &str, user_id: &str, role: Option<Role>) -> Result<(), SendError> {
        let room = self.joined_room(room_id)?;
        let user = parse_user(user_id)?;
        let level = Int::new(self.config.power_level_for_role(role)).unwrap_or_default();
        // Edit the homeserver's current power levels, not the synced copy: a stale copy would
        // silently undo changes made since (the bot's own promotion among them).
        let request = get_state_event_for_key::v3::Request::new(
            room.room_id().to_owned(),
            StateEventType::RoomPowerLevels,
            String::new(),
        );
        let current = self.client.send(request).await.map_err(send_error)?;
        let mut levels = current
            .into_content()
            .deserialize_as_unchecked::<RoomPowerLevelsEventContent>()
            .map_err(|e| SendError::refused(format!("unreadable power levels: {e}")))?;
        if level == levels.users_default {
            levels.users.remove(&user);
        } else {
            levels.users.insert(user, level);
        }
        room.send_state_event(levels).await.map_err(send_error)?;
        Ok(())
    }
}

/// The session an access token belongs to, asked of the homeserver with a throw-away client so
/// the real store is only ever initialised with the real device.
async fn session_for_token(config: &MatrixConfig, token: &str) -> Result<MatrixSession> {
    let tokens = matrix_sdk::authentication::SessionTokens { access_token: token.to_owned(), refresh_token: None };
    let probe = Client::builder().homeserver_url(&config.homeserver).build().await?;
    let user_id: OwnedUserId = config.user.parse().context("[matrix] user is not a Matrix user ID")?;
    probe
        .restore_session(MatrixSession {
            meta: matrix_sdk::SessionMeta { user_id, device_id: "QUORUMPROBE".into() },
            tokens: tokens.clone(),
        })
        .await?;
    let me = probe.whoami().await.context("the access token was refused")?;
    let device_id = me.device_id.context("the access token has no device")?;
    Ok(MatrixSession { meta: matrix_sdk::SessionMeta { user_id: me.user_id, device_id }, tokens })
}

/// A running Matrix connection.
pub struct MatrixAdapter {
    pub client: Client,
    config: MatrixConfig,
    /// Logged in as a new device: the history before it is not replayed.
    fresh: bool,
    /// Shared by every sink of this adapter (see `MatrixSink::direct_rooms`).
    direct_rooms: Arc<tokio::sync::Mutex<HashMap<OwnedUserId, OwnedRoomId>>>,
}

impl MatrixAdapter {
    /// Logs in (or restores the stored device) and returns the adapter, not yet syncing.
    pub async fn connect(config: MatrixConfig) -> Result<Self> {
        std::fs::create_dir_all(&config.store_path)
            .with_context(|| format!("cannot create {}", config.store_path.display()))?;
        let session_file = config.store_path.join("session.json");
        let saved = std::fs::read_to_string(&session_file).ok();
        let session = match (&saved, &config.access_token) {
            (Some(saved), _) => {
                Some(serde_json::from_str::<MatrixSession>(saved).context("session.json is unreadable")?)
            }
            (None, Some(token)) => Some(session_for_token(&config, token).await?),
            (None, None) => None,
        };
        let client = Client::builder()
            .homeserver_url(&config.homeserver)
            .sqlite_store(&config.store_path, None)
            // A few quick retries, not the SDK's default of retrying for a quarter of an hour with
            // growing pauses: the sync loop starts again itself two seconds after a failure, so it
            // notices a homeserver that is back within seconds.
            .request_config(RequestConfig::short_retry().max_retry_time(std::time::Duration::from_secs(10)))
            .build()
            .await
            .context("cannot reach the Matrix homeserver")?;
        match session {
            Some(session) => {
                client.restore_session(session.clone()).await.context("cannot restore the Matrix session")?;
                if saved.is_none() {
                    std::fs::write(&session_file, serde_json::to_string(&session)?)?;
                }
            }
            None => {
                let password = config.password.as_deref().context("[matrix] needs a password or an access_token")?;
                client
                    .matrix_auth()
                    .login_username(&config.user, password)
                    .initial_device_display_name(&config.device_name)
                    .send()
                    .await
                    .context("Matrix login failed")?;
                let session = client.matrix_auth().session().context("no session after login")?;
                std::fs::write(&session_file, serde_json::to_string(&session)?)?;
            }
        }
        Ok(Self { client, config, fresh: saved.is_none(), direct_rooms: Arc::default() })
    }

    /// The sink that delivers this adapter's outbox.
    pub fn sink(&self, engine: Arc<Engine>) -> Arc<MatrixSink> {
        Arc::new(MatrixSink {
            client: self.client.clone(),
            engine,
            config: Arc::new(self.config.clone()),
            direct_rooms: self.direct_rooms.clone(),
        })
    }

    /// Handles invites and commands until `shutdown` completes.
    pub async fn run(self, engine: Arc<Engine>, shutdown: impl std::future::Future<Output = ()>) -> Result<()> {
        let sink = self.sink(engine.clone());
        engine.provide_actions(sink.clone());
        let config = Arc::new(self.config.clone());
        let own_user = self.client.user_id().context("not logged in")?.to_owned();

        let invite_config = config.clone();
        let invite_own = own_user.clone();
        self.client.add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
            let config = invite_config.clone();
            let own = invite_own.clone();
            async move {
                if ev.state_key != own || ev.content.membership != MembershipState::Invite {
                    return;
                }
                if !config.accepts_invite_from(ev.sender.as_str()) {
                    tracing::info!(room = %room.room_id(), inviter = %ev.sender, "invite declined: inviter not allowed");
                    let _ = room.leave().await;
                    return;
                }
                // Joining right after an invite can race the homeserver; retry briefly.
                for attempt in 0..5u32 {
                    match room.join().await {
                        Ok(()) => return,
                        Err(e) => {
                            tracing::warn!(room = %room.room_id(), error = %e, attempt, "join failed");
                            tokio::time::sleep(std::time::Duration::from_millis(500 * 2u64.pow(attempt))).await;
                        }
                    }
                }
            }
        });

        let leave_own = own_user.clone();
        self.client.add_event_handler(move |ev: SyncRoomMemberEvent, room: Room| {
            let own = leave_own.clone();
            async move {
                if ev.state_key() != &own {
                    return;
                }
                if matches!(ev.membership(), MembershipState::Leave | MembershipState::Ban)
                    && let Err(e) = room.forget().await
                {
                    tracing::debug!(room = %room.room_id(), error = %e, "could not forget a room we left");
                }
            }
        });

        let mut inbox =
            sync::Inbox::new(self.client.clone(), engine.clone(), config, sink, own_user, self.fresh).await?;
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                result = inbox.sync_continuously() => {
                    // The homeserver or the database went away: go on from the last saved position.
                    tracing::warn!(error = ?result.err(), "Matrix sync interrupted; reconnecting");
                    engine.health.adapter_down(Platform::Matrix, "sync failed");
                    tokio::select! {
                        _ = tokio::time::sleep(std::time::Duration::from_secs(2)) => {}
                        () = &mut shutdown => return Ok(()),
                    }
                }
                () = &mut shutdown => return Ok(()),
            }
        }
    }
}

/// Syncs a client that only follows rooms (a benchmark's member) until an error, without
/// matrix-sdk's one-second pause between quick syncs: the next sync starts at once after a
/// response with news, and only an early empty answer waits, so the loop cannot spin.
pub async fn sync_continuously(client: &Client) -> matrix_sdk::Result<()> {
    const FLOOR: std::time::Duration = std::time::Duration::from_millis(100);
    loop {
        let started = tokio::time::Instant::now();
        let response = client.sync_once(SyncSettings::default()).await?;
        let empty = response.rooms.is_empty() && response.to_device.is_empty() && response.account_data.is_empty();
        if empty {
            tokio::time::sleep_until(started + FLOOR).await;
        }
    }
}

/// A power level as a number; room creators of room version 12 count as unlimited.
fn power_level(level: matrix_sdk::ruma::events::room::power_levels::UserPowerLevel) -> i64 {
    match level {
        matrix_sdk::ruma::events::room::power_levels::UserPowerLevel::Int(n) => n.into(),
        _ => i64::MAX,
    }
}

/// A command as the engine takes it: the sender's display name and power level in the room, and
/// whether the room is a direct one. `plain`: a message without the command prefix, in a direct
/// room (the answer to a question Quorum asked there). `encrypted`: the event came end-to-end
/// encrypted; in a direct room only its sender and Quorum read it then (`confidential`).
pub(super) async fn incoming_for(
    config: &MatrixConfig,
    room: &Room,
    sender: &UserId,
    text: &str,
    plain: bool,
    encrypted: bool,
) -> Incoming {
    let member = room.get_member_no_sync(sender).await.ok().flatten();
    let display_name = member
        .as_ref()
        .and_then(|m| m.display_name().map(str::to_owned))
        .unwrap_or_else(|| sender.localpart().to_owned());
    let platform_role = member.as_ref().and_then(|m| config.role_for_power_level(power_level(m.power_level())));
    let is_direct = room.is_direct().await.unwrap_or(false);
    Incoming {
        user: PlatformUser { platform: Platform::Matrix, user_id: sender.to_string(), display_name },
        room: PlatformRoom {
            platform: Platform::Matrix,
            room_id: room.room_id().to_string(),
            name: room.name().unwrap_or_else(|| room.room_id().to_string()),
            is_direct,
        },
        text: text.to_owned(),
        platform_role,
        plain,
        confidential: is_direct && encrypted,
    }
}
