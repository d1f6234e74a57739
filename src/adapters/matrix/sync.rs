//! The sync loop: every command in every joined room is handled once, in order, whatever the
//! homeserver delivers in one response.
//!
//! A sync returns at most [`TIMELINE_LIMIT`] events per room; when more arrived since the previous
//! one, the room's timeline is "limited" and the events in the gap are fetched with `/messages`
//! (back to the last event handled in that room) and handled before the new ones. The position
//! the loop resumes from (the sync token) and each room's last handled event are saved in
//! Quorum's database after the events of a response are handled, so a restart neither skips nor
//! repeats: events delivered again are recognised by their IDs (`Engine::handle_event`).
//! Encrypted events whose key has not arrived are kept and decrypted again after later syncs.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use chrono::{DateTime, TimeZone, Utc};
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::{TimelineEvent, TimelineEventKind};
use matrix_sdk::room::{MessagesOptions, Room};
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::room::message::MessageType;
use matrix_sdk::ruma::events::{AnySyncMessageLikeEvent, AnySyncTimelineEvent, SyncMessageLikeEvent};
use matrix_sdk::ruma::serde::Raw;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UInt};
use matrix_sdk::sync::SyncResponse;
use tokio::sync::mpsc;

use super::{MatrixConfig, MatrixSink, incoming_for};
use crate::core::actor::Platform;
use crate::core::engine::{Engine, EventRef, Handled};
use crate::core::platform::MessageAnswer;
use crate::scheduler::Delivery;
use crate::store::{OutboxRow, RoomPosition};

/// How many events one sync returns per room before it reports a gap. Generous, so that a gap
/// (and its back-fill) is the exception even when a room is busy.
const TIMELINE_LIMIT: u32 = 100;
/// Events per `/messages` page of a back-fill.
const BACKFILL_PAGE: u32 = 100;
/// The most events one back-fill fetches: a guard against a runaway pagination.
const BACKFILL_MAX: usize = 10_000;
/// How long the homeserver may hold a sync open when nothing happens.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);
/// Handled events are remembered this long: no homeserver delivers an event again later.
const REMEMBER_EVENTS: chrono::Duration = chrono::Duration::days(7);
const PLATFORM: &str = "matrix";

fn sync_filter() -> Filter {
    let mut filter = FilterDefinition::default();
    filter.room.timeline.limit = Some(UInt::from(TIMELINE_LIMIT));
    Filter::FilterDefinition(filter)
}

/// An encrypted event whose key had not arrived when it was delivered.
struct Undecrypted {
    room: Room,
    event: Raw<AnySyncTimelineEvent>,
    sent_at: DateTime<Utc>,
}

/// The state of the sync loop, kept across reconnections.
pub(super) struct Inbox {
    client: Client,
    engine: Arc<Engine>,
    config: Arc<MatrixConfig>,
    delivery: Arc<Delivery>,
    own: OwnedUserId,
    /// The sync token every event before which has been handled; `None` until the first sync.
    since: Option<String>,
    /// When `since` was saved: events older than that (less a margin for clock skew) were handled.
    since_saved_at: Option<DateTime<Utc>>,
    /// A new device: its first sync only marks where the history ends.
    fresh: bool,
    positions: HashMap<String, RoomPosition>,
    /// Each room's replies go out through one task, in the order the commands came.
    senders: HashMap<OwnedRoomId, mpsc::UnboundedSender<OutboxRow>>,
    undecrypted: Vec<Undecrypted>,
    last_pruned: Option<DateTime<Utc>>,
}

impl Inbox {
    pub(super) async fn new(
        client: Client,
        engine: Arc<Engine>,
        config: Arc<MatrixConfig>,
        sink: Arc<MatrixSink>,
        own: OwnedUserId,
        fresh: bool,
    ) -> Result<Self> {
        let account = own.to_string();
        let saved = engine.store.sync_position(PLATFORM, &account).await?;
        let positions = engine.store.room_positions(PLATFORM, &account).await?;
        let delivery = Arc::new(Delivery::new(engine.clone(), sink.clone()));
        Ok(Self {
            client,
            engine,
            config,
            delivery,
            own,
            since_saved_at: saved.as_ref().map(|(_, at)| Utc.timestamp_millis_opt(*at).single().unwrap_or_default()),
            since: saved.map(|(token, _)| token),
            fresh,
            positions,
            senders: HashMap::new(),
            undecrypted: Vec::new(),
            last_pruned: None,
        })
    }

    /// Syncs and handles until an error (the homeserver or the database went away); called again
    /// after one, it goes on from the last position saved.
    pub(super) async fn sync_continuously(&mut self) -> Result<()> {
        // After a response with news, the next sync starts at once; only an empty answer that came
        // back early (a homeserver ignoring the long-poll timeout) waits, so the loop cannot spin.
        const FLOOR: Duration = Duration::from_millis(100);
        loop {
            let started = tokio::time::Instant::now();
            let mut settings = SyncSettings::default().filter(sync_filter()).timeout(SYNC_TIMEOUT);
            if let Some(token) = &self.since {
                settings = settings.token(token.clone());
            }
            let response = self.client.sync_once(settings).await?;
            if self.since.is_none() && self.fresh {
                // A new device starts after the history: old commands are never replayed.
                self.save_position(&response.next_batch, &HashMap::new()).await?;
                continue;
            }
            let moved = self.handle_response(&response).await?;
            self.save_position(&response.next_batch, &moved).await?;
            let empty = response.rooms.is_empty() && response.to_device.is_empty() && response.account_data.is_empty();
            if empty {
                tokio::time::sleep_until(started + FLOOR).await;
            }
        }
    }

    /// Handles every joined room's new events (gaps back-filled first), rooms side by side, each
    /// in order; returns the rooms' new last handled events.
    async fn handle_response(&mut self, response: &SyncResponse) -> Result<HashMap<String, RoomPosition>> {
        let floor_ms = self.since_saved_at.map(|at| (at - chrono::Duration::minutes(1)).timestamp_millis());
        let mut rooms = Vec::new();
        for (room_id, update) in &response.rooms.joined {
            let Some(room) = self.client.get_room(room_id) else { continue };
            let mut events = Vec::new();
            if update.timeline.limited
                && let Some(prev_batch) = &update.timeline.prev_batch
            {
                let stop = self.positions.get(room_id.as_str());
                events = backfill(&room, prev_batch, self.since.as_deref(), stop, floor_ms).await?;
                tracing::info!(room = %room_id, events = events.len(), "filled a gap in the room's timeline");
                metrics::counter!("quorum_matrix_backfilled_events_total").increment(events.len() as u64);
            }
            events.extend(update.timeline.events.iter().cloned());
            if events.is_empty() {
                continue;
            }
            let sender = self.sender_for(room_id);
            rooms.push((room, events, sender));
        }
        let handler = Arc::new(self.handler());
        let mut handling = tokio::task::JoinSet::new();
        for (room, events, sender) in rooms {
            let handler = handler.clone();
            handling.spawn(async move { handler.handle_room(&room, events, &sender).await });
        }
        let mut moved = HashMap::new();
        while let Some(result) = handling.join_next().await {
            let (room_id, position, undecrypted) = result??;
            self.undecrypted.extend(undecrypted);
            if let Some(position) = position {
                moved.insert(room_id, position);
            }
        }
        self.retry_undecrypted().await?;
        Ok(moved)
    }

    fn handler(&self) -> Handler {
        Handler {
            engine: self.engine.clone(),
            config: self.config.clone(),
            delivery: self.delivery.clone(),
            own: self.own.clone(),
        }
    }

    /// The task that posts one room's replies in order, started on first use.
    fn sender_for(&mut self, room_id: &OwnedRoomId) -> mpsc::UnboundedSender<OutboxRow> {
        if let Some(sender) = self.senders.get(room_id).filter(|s| !s.is_closed()) {
            return sender.clone();
        }
        let (sender, mut queue) = mpsc::unbounded_channel::<OutboxRow>();
        let delivery = self.delivery.clone();
        tokio::spawn(async move {
            while let Some(row) = queue.recv().await {
                if let Err(e) = delivery.send_claimed(&row).await {
                    // The outbox keeps it: its lease runs out and the outbox sender tries again.
                    tracing::warn!(id = row.id, error = ?e, "reply left to the outbox");
                }
            }
        });
        self.senders.insert(room_id.clone(), sender.clone());
        sender
    }

    /// Tries again to decrypt events whose keys were missing; gives up on those too old to run.
    async fn retry_undecrypted(&mut self) -> Result<()> {
        if self.undecrypted.is_empty() {
            return Ok(());
        }
        let handler = self.handler();
        let now = self.engine.clock.now();
        let max_age = self.engine.config.command_max_age;
        let mut still = Vec::new();
        for pending in std::mem::take(&mut self.undecrypted) {
            let decrypted = match pending.room.decrypt_event(pending.event.cast_ref_unchecked(), None).await {
                Ok(event) if !matches!(event.kind, TimelineEventKind::UnableToDecrypt { .. }) => Some(event),
                _ => None,
            };
            match decrypted {
                Some(event) => {
                    let sender = self.sender_for(&pending.room.room_id().to_owned());
                    handler.handle_room(&pending.room, vec![event], &sender).await?;
                }
                None if now - pending.sent_at > max_age => {
                    tracing::warn!(room = %pending.room.room_id(), "gave up on an event whose key never arrived");
                    metrics::counter!("quorum_matrix_undecryptable_total").increment(1);
                }
                None => still.push(pending),
            }
        }
        self.undecrypted = still;
        Ok(())
    }

    async fn save_position(&mut self, token: &str, moved: &HashMap<String, RoomPosition>) -> Result<()> {
        let now = self.engine.clock.now();
        let rooms: Vec<(String, RoomPosition)> = moved.iter().map(|(r, p)| (r.clone(), p.clone())).collect();
        let mut tx = self.engine.store.begin().await?;
        tx.save_sync_position(PLATFORM, self.own.as_str(), token, &rooms, now.timestamp_millis()).await?;
        if self.last_pruned.is_none_or(|at| now - at > chrono::Duration::hours(1)) {
            tx.prune_inbound((now - REMEMBER_EVENTS).timestamp_millis()).await?;
            self.last_pruned = Some(now);
        }
        tx.commit().await?;
        self.positions.extend(rooms);
        self.since = Some(token.to_owned());
        self.since_saved_at = Some(now);
        Ok(())
    }
}

/// Fetches the events of a gap, newest first from `prev_batch` back to the room's last handled
/// event (or the previous sync, or the time of the last saved position), and returns them oldest
/// first.
async fn backfill(
    room: &Room,
    prev_batch: &str,
    since: Option<&str>,
    stop: Option<&RoomPosition>,
    floor_ms: Option<i64>,
) -> Result<Vec<TimelineEvent>> {
    let mut found = Vec::new();
    let mut from = prev_batch.to_owned();
    'pages: loop {
        let mut options = MessagesOptions::backward().from(from.as_str());
        options.to = since.map(str::to_owned);
        options.limit = UInt::from(BACKFILL_PAGE);
        let page = room.messages(options).await?;
        if page.chunk.is_empty() {
            break;
        }
        for event in page.chunk {
            let at = event.timestamp_raw().map(|ts| i64::from(ts.get()));
            let reached = match (stop, event.event_id()) {
                (Some(stop), Some(id)) => id.as_str() == stop.event_id || at.is_some_and(|at| at < stop.event_at_ms),
                _ => false,
            } || matches!((floor_ms, at), (Some(floor), Some(at)) if at < floor);
            if reached {
                break 'pages;
            }
            found.push(event);
        }
        match page.end {
            Some(end) if found.len() < BACKFILL_MAX => from = end,
            _ => break,
        }
    }
    found.reverse();
    Ok(found)
}

/// What handling one room's events needs, shared by the rooms handled side by side.
struct Handler {
    engine: Arc<Engine>,
    config: Arc<MatrixConfig>,
    delivery: Arc<Delivery>,
    own: OwnedUserId,
}

impl Handler {
    /// Handles a room's events in order; returns the room, its last event, and the events that
    /// could not be decrypted yet.
    async fn handle_room(
        &self,
        room: &Room,
        events: Vec<TimelineEvent>,
        sender: &mpsc::UnboundedSender<OutboxRow>,
    ) -> Result<(String, Option<RoomPosition>, Vec<Undecrypted>)> {
        let mut position = None;
        let mut undecrypted = Vec::new();
        for event in events {
            let (Some(event_id), Some(at)) = (event.event_id(), event.timestamp_raw()) else { continue };
            let sent_at = Utc.timestamp_millis_opt(i64::from(at.get())).single().unwrap_or_default();
            position = Some(RoomPosition { event_id: event_id.to_string(), event_at_ms: sent_at.timestamp_millis() });
            if let TimelineEventKind::UnableToDecrypt { event, .. } = event.kind {
                undecrypted.push(Undecrypted { room: room.clone(), event, sent_at });
                continue;
            }
            let Ok(event) = event.raw().deserialize() else { continue };
            if event.sender() == self.own {
                continue;
            }
            let Some(text) = self.command_in(room, &event).await? else { continue };
            let incoming = incoming_for(&self.config, room, event.sender(), &text).await;
            let event = EventRef { id: event_id.to_string(), sent_at };
            match self.engine.handle_event(incoming, &event, self.delivery.owner(), self.delivery.lease()).await? {
                Handled::Replies(replies) => {
                    for (_, row) in replies {
                        // The receiving task ends only with the loop; should it have, the lease
                        // runs out and the outbox sends the reply.
                        let _ = sender.send(row);
                    }
                }
                Handled::Duplicate => tracing::debug!(event = %event.id, "event handled before"),
            }
        }
        Ok((room.room_id().to_string(), position, undecrypted))
    }

    /// The command an event carries: a message with the command prefix, or an answer (a native
    /// poll's answer, a reaction) to a message of ours that offers one.
    async fn command_in(&self, room: &Room, event: &AnySyncTimelineEvent) -> Result<Option<String>> {
        let AnySyncTimelineEvent::MessageLike(event) = event else { return Ok(None) };
        // Clients send the MSC3381-prefixed poll answer today; the stable one is read too.
        let (message, answer) = match event {
            AnySyncMessageLikeEvent::RoomMessage(SyncMessageLikeEvent::Original(e)) => {
                let MessageType::Text(content) = &e.content.msgtype else { return Ok(None) };
                let command = content.body.trim_start().strip_prefix(&self.config.command_prefix);
                return Ok(command.map(str::to_owned));
            }
            AnySyncMessageLikeEvent::UnstablePollResponse(SyncMessageLikeEvent::Original(e)) => {
                (&e.content.relates_to.event_id, MessageAnswer::Poll(&e.content.poll_response.answers))
            }
            AnySyncMessageLikeEvent::PollResponse(SyncMessageLikeEvent::Original(e)) => {
                (&e.content.relates_to.event_id, MessageAnswer::Poll(&e.content.selections))
            }
            AnySyncMessageLikeEvent::Reaction(SyncMessageLikeEvent::Original(e)) => {
                (&e.content.relates_to.event_id, MessageAnswer::Reaction(&e.content.relates_to.key))
            }
            _ => return Ok(None),
        };
        self.engine.answer_command(Platform::Matrix, room.room_id().as_str(), message.as_str(), answer).await
    }
}
