//! The sync loop: every command in every joined room is handled once, in order, whatever the
//! homeserver delivers in one response.
//!
//! A sync returns at most `timeline_limit` events per room; when more arrived since the previous
//! one, the room's timeline is "limited" and the events in the gap are fetched with `/messages`
//! (back to the last event handled in that room) and handled before the new ones. The position
//! the loop resumes from (the sync token) and each room's last handled event are saved in
//! Quorum's database after the events of a response are handled, so a restart neither skips nor
//! repeats: events delivered again are recognised by their IDs (`Engine::handle_event`).
//! Encrypted events whose key has not arrived are kept and decrypted again after later syncs.

use std::collections::{HashMap, HashSet, VecDeque};
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
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UInt, UserId};
use matrix_sdk::sync::SyncResponse;
use tokio::sync::mpsc;

use super::{MatrixConfig, MatrixSink, incoming_for};
use crate::core::actor::Platform;
use crate::core::engine::{Engine, EventRef, Handled};
use crate::core::platform::MessageAnswer;
use crate::scheduler::Delivery;
use crate::store::{OutboxRow, RoomPosition};

/// Events per `/messages` page of a back-fill.
const BACKFILL_PAGE: u32 = 100;
/// The most events one back-fill fetches: a guard against a runaway pagination.
const BACKFILL_MAX: usize = 10_000;
/// How long the homeserver may hold a sync open when nothing happens.
const SYNC_TIMEOUT: Duration = Duration::from_secs(30);
/// Handled events are remembered this long: no homeserver delivers an event again later.
const REMEMBER_EVENTS: chrono::Duration = chrono::Duration::days(7);
const PLATFORM: &str = "matrix";

/// A sync filter that returns up to `timeline_limit` events per room (by default a generous 100,
/// so that a gap and its back-fill are the exception even in a busy room).
fn sync_filter(timeline_limit: u32) -> Filter {
    let mut filter = FilterDefinition::default();
    filter.room.timeline.limit = Some(UInt::from(timeline_limit.max(1)));
    Filter::FilterDefinition(filter)
}

/// An event held back: one that could not be decrypted yet (its key had not arrived), or a later
/// one from the same person in the same room, which waits behind it so that their commands are
/// answered in the order they were sent.
struct Held {
    room: Room,
    event: TimelineEvent,
    sent_at: DateTime<Utc>,
}

impl Held {
    fn is_undecrypted(&self) -> bool {
        matches!(self.event.kind, TimelineEventKind::UnableToDecrypt { .. })
    }
}

/// Whose events in which room are held back.
type HoldKey = (OwnedRoomId, String);

fn sender_of(event: &TimelineEvent) -> Option<String> {
    event.raw().get_field::<String>("sender").ok().flatten()
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
    /// A new device: its first sync only marks where the history ends.
    fresh: bool,
    positions: HashMap<String, RoomPosition>,
    lanes: Lanes,
    held: HashMap<HoldKey, VecDeque<Held>>,
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
            lanes: Lanes::new(delivery.clone()),
            client,
            engine,
            config,
            delivery,
            own,
            since: saved.map(|(token, _)| token),
            fresh,
            positions,
            held: HashMap::new(),
            last_pruned: None,
        })
    }

    /// Syncs and handles until an error (the homeserver or the database went away); called again
    /// after one, it goes on from the last position saved.
    pub(super) async fn sync_continuously(&mut self) -> Result<()> {
        // After a response with news, the next sync starts at once; only an empty answer that came
        // back early (a homeserver ignoring the long-poll timeout) waits, so the loop cannot spin.
        const FLOOR: Duration = Duration::from_millis(100);
        // The first sync after (re)connecting does not wait for news, so that the connection (and
        // health) is known as soon as the homeserver answers, not after a long poll.
        let mut wait = Duration::ZERO;
        loop {
            let started = tokio::time::Instant::now();
            let mut settings = SyncSettings::default().filter(sync_filter(self.config.timeline_limit)).timeout(wait);
            if let Some(token) = &self.since {
                settings = settings.token(token.clone());
            }
            let response = self.client.sync_once(settings).await?;
            self.engine.health.adapter_up(Platform::Matrix);
            wait = SYNC_TIMEOUT;
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
        let floor_ms = self.positions.values().map(|p| p.event_at_ms - CLOCK_SLACK_MS).max();
        let mut rooms = Vec::new();
        for (room_id, update) in &response.rooms.joined {
            let Some(room) = self.client.get_room(room_id) else { continue };
            let mut events = Vec::new();
            if update.timeline.limited
                && let Some(prev_batch) = &update.timeline.prev_batch
            {
                let stop = self.positions.get(room_id.as_str());
                events = backfill(&room, prev_batch, &self.own, stop, floor_ms).await?;
                tracing::info!(room = %room_id, events = events.len(), timeline = update.timeline.events.len(), "filled a gap in the room's timeline");
                metrics::counter!("quorum_matrix_backfilled_events_total").increment(events.len() as u64);
            }
            events.extend(update.timeline.events.iter().cloned());
            if events.is_empty() {
                continue;
            }
            let blocked: HashSet<String> = self
                .held
                .iter()
                .filter(|((room, _), queue)| room == room_id && !queue.is_empty())
                .map(|((_, who), _)| who.clone())
                .collect();
            rooms.push((room, events, blocked));
        }
        let handler = Arc::new(self.handler());
        let mut handling = tokio::task::JoinSet::new();
        for (room, events, blocked) in rooms {
            let handler = handler.clone();
            handling.spawn(async move { handler.handle_room(&room, events, blocked).await });
        }
        let mut moved: HashMap<String, RoomPosition> = HashMap::new();
        while let Some(result) = handling.join_next().await {
            let (room_id, position, held) = result??;
            for (who, event) in held {
                self.held.entry((event.room.room_id().to_owned(), who)).or_default().push_back(event);
            }
            if let Some(position) = position {
                moved.insert(room_id, position);
            }
        }
        self.retry_held().await?;
        // How far behind the newest event handled the bot is: the homeserver's delivery, any gap
        // to fetch and the handling itself.
        let lag = moved
            .values()
            .map(|p| self.engine.clock.now().timestamp_millis() - p.event_at_ms)
            .min()
            .map_or(Duration::ZERO, |ms| Duration::from_millis(ms.max(0) as u64));
        self.engine.health.adapter_lag(Platform::Matrix, lag);
        Ok(moved)
    }

    fn handler(&self) -> Handler {
        Handler {
            engine: self.engine.clone(),
            config: self.config.clone(),
            delivery: self.delivery.clone(),
            lanes: self.lanes.clone(),
            own: self.own.clone(),
        }
    }

    /// Tries again to decrypt held events whose keys were missing, and handles each person's held
    /// events in order up to the first that still cannot be read; gives up on those too old to run.
    async fn retry_held(&mut self) -> Result<()> {
        if self.held.is_empty() {
            return Ok(());
        }
        let handler = self.handler();
        let max_age = self.engine.config.command_max_age;
        let keys: Vec<HoldKey> = self.held.keys().cloned().collect();
        for key in keys {
            let Some(queue) = self.held.get_mut(&key) else { continue };
            while let Some(front) = queue.front_mut() {
                if front.is_undecrypted() {
                    let raw = front.event.raw().cast_ref_unchecked();
                    match front.room.decrypt_event(raw, None).await {
                        Ok(event) if !matches!(event.kind, TimelineEventKind::UnableToDecrypt { .. }) => {
                            front.event = event;
                        }
                        _ if self.engine.clock.now() - front.sent_at > max_age => {
                            tracing::warn!(room = %front.room.room_id(), "gave up on an event whose key never arrived");
                            metrics::counter!("quorum_matrix_undecryptable_total").increment(1);
                            queue.pop_front();
                            continue;
                        }
                        _ => break,
                    }
                }
                let Some(Held { room, event, .. }) = queue.pop_front() else { break };
                handler.handle_room(&room, vec![event], HashSet::new()).await?;
            }
            if queue.is_empty() {
                self.held.remove(&key);
            }
        }
        Ok(())
    }

    async fn save_position(&mut self, token: &str, moved: &HashMap<String, RoomPosition>) -> Result<()> {
        let now = self.engine.clock.now();
        let rooms: Vec<(String, RoomPosition)> = moved.iter().map(|(r, p)| (r.clone(), p.clone())).collect();
        let mut tx = self.engine.store.begin().await?;
        tx.save_sync_position(PLATFORM, self.own.as_str(), token, &rooms, now.timestamp_millis()).await?;
        if self.last_pruned.is_none_or(|at| now - at > chrono::Duration::hours(1)) {
            tx.prune_inbound_of(PLATFORM, (now - REMEMBER_EVENTS).timestamp_millis()).await?;
            self.last_pruned = Some(now);
        }
        tx.commit().await?;
        self.positions.extend(rooms);
        self.since = Some(token.to_owned());
        Ok(())
    }
}

/// Timestamps are the senders' servers' clocks and do not follow the order of a room's timeline:
/// an event older than the last handled one by more than this is certainly before it.
const CLOCK_SLACK_MS: i64 = 60_000;

/// Fetches the events of a gap, newest first from `prev_batch`, and returns them oldest first. It
/// stops at the room's last handled event; in a room without one (joined meanwhile), at the
/// bot's own join, and never goes further back than `floor_ms` (the newest event handled in any
/// room, less the slack), so joining a room with a long history does not replay it.
async fn backfill(
    room: &Room,
    prev_batch: &str,
    own: &UserId,
    stop: Option<&RoomPosition>,
    floor_ms: Option<i64>,
) -> Result<Vec<TimelineEvent>> {
    let mut found = Vec::new();
    let mut from = prev_batch.to_owned();
    'pages: loop {
        // No `to`: a sync token is not a pagination token everywhere; the stops below suffice.
        let mut options = MessagesOptions::backward().from(from.as_str());
        options.limit = UInt::from(BACKFILL_PAGE);
        let page = room.messages(options).await?;
        tracing::debug!(room = %room.room_id(), events = page.chunk.len(), "back-fill page");
        if page.chunk.is_empty() {
            break;
        }
        for event in page.chunk {
            let at = event.timestamp_raw().map(|ts| i64::from(ts.get()));
            let id = event.event_id();
            let reached = match stop {
                Some(stop) => {
                    id.as_ref().is_some_and(|id| id.as_str() == stop.event_id)
                        || at.is_some_and(|at| at < stop.event_at_ms - CLOCK_SLACK_MS)
                }
                None => is_own_join(&event, own),
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

/// Whether `event` is the bot joining the room.
fn is_own_join(event: &TimelineEvent, own: &UserId) -> bool {
    let raw = event.raw();
    raw.get_field::<String>("type").ok().flatten().as_deref() == Some("m.room.member")
        && raw.get_field::<String>("state_key").ok().flatten().as_deref() == Some(own.as_str())
        && raw
            .get_field::<serde_json::Value>("content")
            .ok()
            .flatten()
            .is_some_and(|c| c.get("membership").and_then(|m| m.as_str()) == Some("join"))
}

/// What handling one room's events needs, shared by the rooms handled side by side.
struct Handler {
    engine: Arc<Engine>,
    config: Arc<MatrixConfig>,
    delivery: Arc<Delivery>,
    lanes: Lanes,
    own: OwnedUserId,
}

impl Handler {
    /// Handles a room's events in order; returns the room, its last event, and the events held
    /// back (with their senders): those that could not be decrypted yet, and any later ones from the
    /// same person, as from the people in `blocked`, who already have events held back.
    async fn handle_room(
        &self,
        room: &Room,
        events: Vec<TimelineEvent>,
        mut blocked: HashSet<String>,
    ) -> Result<(String, Option<RoomPosition>, Vec<(String, Held)>)> {
        let mut position = None;
        let mut held = Vec::new();
        for event in events {
            let (Some(event_id), Some(at)) = (event.event_id(), event.timestamp_raw()) else { continue };
            let sent_at = Utc.timestamp_millis_opt(i64::from(at.get())).single().unwrap_or_default();
            position = Some(RoomPosition { event_id: event_id.to_string(), event_at_ms: sent_at.timestamp_millis() });
            let who = sender_of(&event).unwrap_or_default();
            if matches!(event.kind, TimelineEventKind::UnableToDecrypt { .. }) || blocked.contains(&who) {
                blocked.insert(who.clone());
                held.push((who, Held { room: room.clone(), event, sent_at }));
                continue;
            }
            let encrypted = event.encryption_info().is_some();
            let Ok(event) = event.raw().deserialize() else { continue };
            if event.sender() == self.own {
                continue;
            }
            let Some((text, plain)) = self.command_in(room, &event).await? else { continue };
            tracing::debug!(event = %event_id, plain, "command");
            let incoming = incoming_for(&self.config, room, event.sender(), &text, plain, encrypted).await;
            let event = EventRef { id: event_id.to_string(), sent_at };
            match self.engine.handle_event(incoming, &event, self.delivery.owner(), self.delivery.lease()).await? {
                Handled::Replies(replies) => {
                    for (_, row) in replies {
                        self.lanes.send(room.room_id(), &who, row);
                    }
                }
                Handled::Duplicate => tracing::debug!(event = %event.id, "event handled before"),
            }
        }
        Ok((room.room_id().to_string(), position, held))
    }

    /// The command an event carries: a message with the command prefix, or an answer (a native
    /// poll's answer, a reaction) to a message of ours that offers one; or a plain message
    /// (`true`): in a direct room it may answer a question Quorum asked there, in a shared one it
    /// is chat.
    async fn command_in(&self, room: &Room, event: &AnySyncTimelineEvent) -> Result<Option<(String, bool)>> {
        let AnySyncTimelineEvent::MessageLike(event) = event else { return Ok(None) };
        // Clients send the MSC3381-prefixed poll answer today; the stable one is read too.
        let (message, answer) = match event {
            AnySyncMessageLikeEvent::RoomMessage(SyncMessageLikeEvent::Original(e)) => {
                let MessageType::Text(content) = &e.content.msgtype else { return Ok(None) };
                if let Some(command) = content.body.trim_start().strip_prefix(&self.config.command_prefix) {
                    return Ok(Some((command.to_owned(), false)));
                }
                // Plain text: a conversation's answer in a direct room, chat elsewhere (which the
                // engine writes down while a meeting is minuted, and never answers).
                return Ok(Some((content.body.clone(), true)));
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
        let command =
            self.engine.answer_command(Platform::Matrix, room.room_id().as_str(), message.as_str(), answer).await?;
        Ok(command.map(|command| (command, false)))
    }
}

/// A lane: a room and a person in it.
type LaneKey = (OwnedRoomId, String);

/// How long a lane with nothing to send is kept before its task ends.
const LANE_IDLE: Duration = Duration::from_secs(300);

/// The tasks that post replies: one lane per person in each room, so that each person's answers
/// arrive in the order of their commands while different people's answers go out side by side
/// (a send waits for the homeserver; one lane per room would queue a busy room behind it).
#[derive(Clone)]
struct Lanes {
    delivery: Arc<Delivery>,
    open: Arc<std::sync::Mutex<HashMap<LaneKey, mpsc::UnboundedSender<OutboxRow>>>>,
    /// Replies queued in lanes and not yet sent.
    waiting: Arc<std::sync::atomic::AtomicUsize>,
}

/// How often the leases of replies waiting in lanes are renewed.
const RENEW_WAITING: Duration = Duration::from_secs(3);

impl Lanes {
    fn new(delivery: Arc<Delivery>) -> Self {
        let lanes = Self { delivery, open: Arc::default(), waiting: Arc::default() };
        lanes.keep_leases();
        lanes
    }

    /// While replies wait in lanes, keeps their leases alive, so that the outbox's own sender does
    /// not take one up (out of its turn) while the ones before it are still being sent. Ends with
    /// the lanes.
    fn keep_leases(&self) {
        let open = Arc::downgrade(&self.open);
        let waiting = self.waiting.clone();
        let delivery = self.delivery.clone();
        tokio::spawn(async move {
            while open.strong_count() > 0 {
                tokio::time::sleep(RENEW_WAITING).await;
                if waiting.load(std::sync::atomic::Ordering::Relaxed) > 0
                    && let Err(e) = delivery.renew_leases().await
                {
                    tracing::warn!(error = ?e, "could not renew the leases of waiting replies");
                }
            }
        });
    }

    /// Queues a reply to a command of `who` in `room` behind that person's earlier replies there.
    fn send(&self, room: &matrix_sdk::ruma::RoomId, who: &str, row: OutboxRow) {
        self.waiting.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut open = self.open.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let key = (room.to_owned(), who.to_owned());
        let row = match open.get(&key) {
            Some(lane) => match lane.send(row) {
                Ok(()) => return,
                // The lane's task ended while idle and takes nothing more: a new one is started.
                Err(mpsc::error::SendError(row)) => row,
            },
            None => row,
        };
        let lane = self.start();
        let _ = lane.send(row);
        open.insert(key, lane);
    }

    fn start(&self) -> mpsc::UnboundedSender<OutboxRow> {
        let (lane, mut queue) = mpsc::unbounded_channel::<OutboxRow>();
        let delivery = self.delivery.clone();
        let waiting = self.waiting.clone();
        tokio::spawn(async move {
            loop {
                let row = match tokio::time::timeout(LANE_IDLE, queue.recv()).await {
                    Ok(Some(row)) => row,
                    Ok(None) => return,
                    Err(_idle) => {
                        // Refuses new rows, then sends any that came in meanwhile.
                        queue.close();
                        match queue.recv().await {
                            Some(row) => row,
                            None => return,
                        }
                    }
                };
                if let Err(e) = delivery.send_claimed(&row).await {
                    // The outbox keeps it: its lease runs out and the outbox sender tries again.
                    tracing::warn!(id = row.id, error = ?e, "reply left to the outbox");
                }
                waiting.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
            }
        });
        lane
    }
}
