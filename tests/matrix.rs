#![recursion_limit = "256"]
//! The Matrix adapter against a real Synapse on loopback (started by `scripts/with-synapse`):
//! a second account, driven with matrix-sdk, talks to the bot as a member would.

mod common;
// Beside Matrix for the tests that span both platforms; most of it serves `tests/discord.rs` (its
// own `#![allow(dead_code)]` covers what this file leaves unused).
mod fake_discord;

use std::sync::Arc;
use std::time::Duration;

use common::{Backend, TestDb, at};
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::reaction::OriginalSyncReactionEvent;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::{
    FileMessageEventContent, MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, UserId};
use quorum::adapters::matrix::{MatrixAdapter, MatrixConfig};
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig};
use quorum::scheduler::{Delivery, Scheduler, SchedulerConfig};
use tokio::sync::mpsc;

/// The bots of all tests share one Matrix account: one test at a time, so that no bot answers
/// in another test's rooms.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn synapse_url() -> String {
    std::env::var("QUORUM_TEST_SYNAPSE_URL")
        .expect("QUORUM_TEST_SYNAPSE_URL is not set: run the suite with scripts/test, which starts Synapse")
}

/// A message as a person's client received it.
struct Seen {
    room: OwnedRoomId,
    event_id: OwnedEventId,
    from: String,
    /// The text, or a file's name.
    body: String,
    /// The users its `m.mentions` notifies.
    mentions: Vec<String>,
    /// The content of an `m.file` message.
    file: Option<FileMessageEventContent>,
}

/// A reaction as a person's client received it.
struct Reaction {
    from: String,
    to: OwnedEventId,
    key: String,
}

/// A person's Matrix account, syncing in the background and accepting every invite.
struct Person {
    client: Client,
    messages: mpsc::UnboundedReceiver<Seen>,
    reactions: mpsc::UnboundedReceiver<Reaction>,
    _dir: tempfile::TempDir,
}

impl Person {
    async fn login(name: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let client =
            Client::builder().homeserver_url(synapse_url()).sqlite_store(dir.path(), None).build().await.unwrap();
        client.matrix_auth().login_username(name, &format!("{name}-pass")).send().await.unwrap();
        client.sync_once(SyncSettings::default()).await.unwrap();
        let (tx, messages) = mpsc::unbounded_channel();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let tx = tx.clone();
            async move {
                let (body, file) = match &ev.content.msgtype {
                    MessageType::Text(t) => (t.body.clone(), None),
                    MessageType::Notice(t) => (t.body.clone(), None),
                    MessageType::File(f) => (f.body.clone(), Some(f.clone())),
                    _ => return,
                };
                let mentions =
                    ev.content.mentions.iter().flat_map(|m| m.user_ids.iter().map(|u| u.to_string())).collect();
                let _ = tx.send(Seen {
                    room: room.room_id().to_owned(),
                    event_id: ev.event_id.clone(),
                    from: ev.sender.to_string(),
                    body,
                    mentions,
                    file,
                });
            }
        });
        let (tx, reactions) = mpsc::unbounded_channel();
        client.add_event_handler(move |ev: OriginalSyncReactionEvent| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(Reaction {
                    from: ev.sender.to_string(),
                    to: ev.content.relates_to.event_id.clone(),
                    key: ev.content.relates_to.key.clone(),
                });
            }
        });
        client.add_event_handler(|ev: StrippedRoomMemberEvent, room: Room, client: Client| async move {
            if Some(ev.state_key.as_ref()) == client.user_id() {
                let _ = room.join().await;
            }
        });
        let syncing = client.clone();
        tokio::spawn(async move {
            loop {
                // A timeline limit above any burst here: a limited timeline would hide messages
                // from this person, which is not what the tests are about.
                let mut filter = FilterDefinition::default();
                filter.room.timeline.limit = Some(1000u32.into());
                let settings = SyncSettings::default()
                    .timeout(Duration::from_millis(500))
                    .filter(Filter::FilterDefinition(filter));
                let _ = syncing.sync(settings).await;
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
        });
        Self { client, messages, reactions, _dir: dir }
    }

    /// The next reaction to `event`, within 30 seconds.
    async fn expect_reaction(&mut self, event: &OwnedEventId) -> Reaction {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let next = tokio::time::timeout_at(deadline, self.reactions.recv()).await;
            let reaction = next.expect("timed out waiting for a reaction").expect("sync ended");
            if reaction.to == *event {
                return reaction;
            }
        }
    }

    /// The next message from `sender` for which `pick` holds, within 30 seconds.
    async fn expect_from(&mut self, sender: &str, pick: impl Fn(&OwnedRoomId, &str) -> bool) -> (OwnedRoomId, String) {
        let seen = self.expect_seen(sender, pick).await;
        (seen.room, seen.body)
    }

    async fn expect_seen(&mut self, sender: &str, pick: impl Fn(&OwnedRoomId, &str) -> bool) -> Seen {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let next = tokio::time::timeout_at(deadline, self.messages.recv()).await;
            let seen = next.expect("timed out waiting for a message").expect("sync ended");
            if seen.from == sender && pick(&seen.room, &seen.body) {
                return seen;
            }
        }
    }

    async fn room_with_bot(&self, bot: &str, encrypted: bool) -> Room {
        let mut request = create_room::v3::Request::new();
        request.invite = vec![UserId::parse(bot).unwrap()];
        let room = self.client.create_room(request).await.unwrap();
        if encrypted {
            room.enable_encryption().await.unwrap();
        }
        until_joined(&room, bot).await;
        room
    }

    async fn say(&self, room: &Room, text: &str) {
        room.send(RoomMessageEventContent::text_plain(text)).await.unwrap();
    }
}

fn server() -> String {
    std::env::var("QUORUM_TEST_SYNAPSE_SERVER_NAME").unwrap_or_else(|_| "localhost".into())
}

fn bot_id() -> String {
    format!("@quorum:{}", server())
}

/// The bot, on its own database and store, with a clock the test controls.
struct Bot {
    engine: Arc<Engine>,
    /// The bot's own Matrix client, to see what it knows.
    client: Client,
    clock: Arc<VirtualClock>,
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
    delivery: Delivery,
    scheduler: Scheduler,
}

impl Bot {
    async fn start(db: &TestDb, store: &std::path::Path) -> Self {
        Self::start_with(db, store, EngineConfig::default(), "").await
    }

    async fn start_with(db: &TestDb, store: &std::path::Path, config: EngineConfig, extra: &str) -> Self {
        Self::start_at(db, store, config, extra, at("2026-11-30T08:00:00Z")).await
    }

    async fn start_at(
        db: &TestDb,
        store: &std::path::Path,
        config: EngineConfig,
        extra: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self::launch(db, store, config, extra, now, quorum::features::registry()).await
    }

    /// One that runs the commands of `registry` (a test's own) instead of Quorum's.
    async fn start_running(
        db: &TestDb,
        store: &std::path::Path,
        registry: &'static quorum::core::registry::Registry,
    ) -> Self {
        Self::launch(db, store, EngineConfig::default(), "", at("2026-11-30T08:00:00Z"), registry).await
    }

    async fn launch(
        db: &TestDb,
        store: &std::path::Path,
        config: EngineConfig,
        extra: &str,
        now: chrono::DateTime<chrono::Utc>,
        registry: &'static quorum::core::registry::Registry,
    ) -> Self {
        // QUORUM_LOG=quorum=debug shows what the bot did.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("QUORUM_LOG").unwrap_or_else(|_| "off".into()))
            .with_test_writer()
            .try_init();
        let clock = Arc::new(VirtualClock::new(Some(now)));
        let engine = Arc::new(Engine::new(db.store().await, clock.clone(), config, registry));
        let table: toml::Table = toml::from_str(&format!(
            "homeserver = \"{}\"\nuser = \"{}\"\npassword = \"quorum-pass\"\nstore_path = \"{}\"\n{extra}",
            synapse_url(),
            bot_id(),
            store.display()
        ))
        .unwrap();
        let adapter = MatrixAdapter::connect(MatrixConfig::from_table(&table).unwrap()).await.unwrap();
        let client = adapter.client.clone();
        let delivery = Delivery::new(engine.clone(), adapter.sink(engine.clone()));
        let scheduler = Scheduler::new(engine.clone(), SchedulerConfig::default());
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let running = engine.clone();
        let task = tokio::spawn(async move {
            adapter
                .run(running, async move {
                    let _ = stopped.wait_for(|s| *s).await;
                })
                .await
                .unwrap();
        });
        Self { engine, client, clock, stop, task, delivery, scheduler }
    }

    async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }

    /// Advances the clock and runs what falls due, as the scheduler and outbox loops would.
    async fn advance(&self, by: chrono::Duration) -> usize {
        self.clock.advance(by);
        self.scheduler.run_due().await.unwrap();
        self.delivery.deliver_due().await.unwrap()
    }
}

/// A fresh bot, and `name` in a new room with it. Holds the database and store while alive.
struct Scene {
    db: TestDb,
    store: tempfile::TempDir,
    bot: Bot,
    person: Person,
    room: Room,
    here: OwnedRoomId,
}

impl Scene {
    async fn new(name: &str, encrypted: bool) -> Self {
        let db = TestDb::new(Backend::Sqlite).await;
        let store = tempfile::tempdir().unwrap();
        let bot = Bot::start(&db, store.path()).await;
        let person = Person::login(name).await;
        let room = person.room_with_bot(&bot_id(), encrypted).await;
        let here = room.room_id().to_owned();
        Self { db, store, bot, person, room, here }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_replies_private_replies_and_reminders() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room, here } = Scene::new("alice", false).await;

    alice.say(&room, "!help").await;
    let (_, help) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(help.contains("Quorum"), "{help}");

    alice.say(&room, "!tz Geneva").await;
    let (_, tz) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(tz.contains("Europe/Zurich"), "{tz}");

    alice.say(&room, "!remind me in 1h \"Send the draft\"").await;
    let (dm, confirmation) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert!(confirmation.contains("Reminder #1"), "{confirmation}");

    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 1);
    let (dm2, reminder) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert_eq!(dm2, dm, "the reminder goes to the same direct room");
    assert!(reminder.contains("Send the draft"), "{reminder}");
    let _ = bot.engine.store.count_outbox("sent").await.unwrap();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn encrypted_room_works() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut bob, room, here } = Scene::new("bob", true).await;
    bob.say(&room, "!whoami").await;
    let (_, reply) = bob.expect_from(&bot_id(), |_, _| true).await;
    assert!(reply.contains("bob"), "{reply}");
    bob.say(&room, "!lang fr").await;
    let (_, reply) = bob.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.contains("français"), "{reply}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_bot_neither_replays_nor_misses_commands() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db, store, bot, person: mut carol, room, here } = Scene::new("carol", false).await;
    carol.say(&room, "!tz Tokyo").await;
    let (_, reply) = carol.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.contains("Asia/Tokyo"), "{reply}");
    bot.stop().await;

    // While the bot is down, a command arrives.
    carol.say(&room, "!tz Sydney").await;
    let bot = Bot::start(&db, store.path()).await;
    let (_, reply) = carol.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.contains("Australia/Sydney"), "the command sent while down was answered first, not {reply}");
    carol.say(&room, "!tz").await;
    let (_, reply) = carol.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.starts_with("Your time zone is `Australia/Sydney`"), "an old command was replayed: {reply}");
    bot.stop().await;
}

fn synapse_control(action: &str) {
    let script = std::env::var("QUORUM_TEST_SYNAPSE_RESTART").expect("QUORUM_TEST_SYNAPSE_RESTART is not set");
    let status = std::process::Command::new(script).arg(action).status().expect("run the Synapse control script");
    assert!(status.success(), "Synapse {action} failed");
}

async fn matrix_connected(bot: &Bot) -> bool {
    let report = bot.engine.health.check(&bot.engine.store).await;
    report.adapters.get("matrix").is_some_and(|m| m.connected)
}

/// Waits (30 s at most) until health says the Matrix adapter is connected, or not.
async fn health_says_matrix_connected(bot: &Bot, connected: bool) {
    for _ in 0..300 {
        if matrix_connected(bot).await == connected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("health never said Matrix connected = {connected}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_queued_during_a_homeserver_outage_arrives_after_it() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room, here } = Scene::new("alice", false).await;
    alice.say(&room, "!remind me in 1h \"Call starts\"").await;
    let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert!(reply.contains("Reminder #1"), "{reply}");
    // The answer went out through the outbox too.
    wait_sent(&bot, 1).await;

    assert!(matrix_connected(&bot).await, "connected after a sync");
    synapse_control("stop");
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 0, "nothing can be sent while Synapse is down");
    assert_eq!(bot.engine.store.count_outbox("pending").await.unwrap(), 1);
    health_says_matrix_connected(&bot, false).await;
    synapse_control("start");
    health_says_matrix_connected(&bot, true).await;
    let mut sent = 0;
    for _ in 0..30 {
        sent += bot.advance(chrono::Duration::seconds(30)).await;
        if sent > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert_eq!(sent, 1);
    let (_, reminder) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert!(reminder.contains("Call starts"), "{reminder}");
    assert_eq!(bot.engine.store.count_outbox("sent").await.unwrap(), 2);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn power_levels_grant_roles_when_configured() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let config = EngineConfig { admins: vec![format!("@carol:{}", server())], ..EngineConfig::default() };
    let bot = Bot::start_with(&db, store.path(), config, "staff_power_level = 50").await;
    let mut alice = Person::login("alice").await;
    let mut carol = Person::login("carol").await;
    let mut bob = Person::login("bob").await;
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();
    for person in [&carol, &bob] {
        room.invite_user_by_id(person.client.user_id().unwrap()).await.unwrap();
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let carol_room = carol.client.get_room(&here).expect("carol joined");
    carol.say(&carol_room, "!body create \"Business Constituency\" BC").await;
    carol.expect_from(&bot_id(), |r, b| *r == here && b.contains("BC")).await;
    carol.say(&carol_room, "!body link BC").await;
    carol.expect_from(&bot_id(), |r, b| *r == here && b.contains("linked")).await;

    // Alice created the room (power level 100): staff of BC here, without any grant.
    alice.say(&room, "!audit verify").await;
    let (_, reply) = alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("audit")).await;
    assert!(reply.contains("intact"), "{reply}");
    // Bob has power level 0.
    let bob_room = bob.client.get_room(&here).expect("bob joined");
    bob.say(&bob_room, "!audit verify").await;
    let (_, reply) = bob.expect_from(&bot_id(), |r, b| *r == here && b.contains("staff")).await;
    assert!(reply.contains("needs the role `staff`"), "{reply}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn native_poll_answers_run_as_their_command() {
    use matrix_sdk::ruma::EventId;
    use matrix_sdk::ruma::events::poll::response::{PollResponseEventContent, SelectionsContentBlock};
    use matrix_sdk::ruma::events::poll::unstable_response::UnstablePollResponseEventContent;
    use quorum::core::actor::Platform;
    use quorum::core::platform::NativePoll;

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room, here } = Scene::new("alice", true).await;
    let poll = NativePoll {
        question: "Which zone are you in?".into(),
        answers: vec![("Europe/Paris".into(), "Paris".into()), ("Asia/Tokyo".into(), "Tokyo".into())],
        max_selections: 1,
        disclosed: true,
        vote_command: "tz".into(),
    };
    let start = bot.engine.post_native_poll(Platform::Matrix, here.as_str(), &poll).await.unwrap();
    let start = EventId::parse(&start).unwrap();

    // The MSC3381 answer clients send today, then the stable form: each runs `tz <answer>` as Alice.
    room.send(UnstablePollResponseEventContent::new(vec!["Asia/Tokyo".into()], start.clone())).await.unwrap();
    let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.contains("Asia/Tokyo"), "{reply}");
    room.send(PollResponseEventContent::new(
        SelectionsContentBlock::from(vec!["Europe/Paris".to_owned()]),
        start.clone(),
    ))
    .await
    .unwrap();
    let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.contains("Europe/Paris"), "{reply}");

    // A spoiled answer (not one of the poll's) runs nothing; the next real command is answered next.
    room.send(UnstablePollResponseEventContent::new(vec!["Mars/Olympus".into()], start.clone())).await.unwrap();
    alice.say(&room, "!tz").await;
    let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.starts_with("Your time zone is `Europe/Paris`"), "{reply}");

    let actions = bot.engine.actions(Platform::Matrix).unwrap();
    actions.end_poll(here.as_str(), start.as_str(), "Closed.").await.unwrap();
    // A poll with too many answers for MSC3381 is refused before anything is sent.
    let mut crowded = poll.clone();
    crowded.answers = (0..21).map(|i| (i.to_string(), format!("Option {i}"))).collect();
    assert!(bot.engine.post_native_poll(Platform::Matrix, here.as_str(), &crowded).await.is_err());
    bot.stop().await;
}

/// `!poll` in a Matrix room also posts an MSC3381 poll: Element's answer to it is a vote, the
/// voter is answered privately, and closing the poll ends the MSC3381 poll with the result.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poll_is_an_msc3381_poll_whose_answers_are_votes() {
    use matrix_sdk::ruma::EventId;
    use matrix_sdk::ruma::events::poll::unstable_response::UnstablePollResponseEventContent;

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room, here } = Scene::new("alice", false).await;
    alice.say(&room, "!poll \"Lunch?\" \"Pizza\" \"Salad\"").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("Poll #1")).await;
    // The poll widget goes out through the outbox.
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 1);
    let mut start = None;
    for _ in 0..100 {
        let mut read = bot.engine.store.read().await.unwrap();
        start = read.native_polls_running("matrix", here.as_str(), "poll vote #1").await.unwrap().pop();
        if start.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let start = start.expect("the MSC3381 poll is remembered");
    let start = EventId::parse(&start).unwrap();
    room.send(UnstablePollResponseEventContent::new(vec!["2".into()], start.clone())).await.unwrap();
    let (to, vote) = alice.expect_from(&bot_id(), |_, b| b.contains("poll #1")).await;
    assert!(vote.contains("recorded: Salad"), "{vote}");
    assert_ne!(to, here, "the vote is answered privately");
    alice.say(&room, "!poll close #1").await;
    alice.expect_from(&bot_id(), |_, b| b.contains("You closed poll #1")).await;
    // The result to the room and the end of the MSC3381 poll.
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 2);
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("Salad: 1 (100%)")).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_invites_and_sets_power_levels() {
    use matrix_sdk::ruma::Int;
    use matrix_sdk::ruma::events::room::power_levels::UserPowerLevel;
    use quorum::core::actor::{Platform, Role};

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: _alice, room, here } = Scene::new("alice", false).await;
    let _bob = Person::login("bob").await;
    let bob_id = UserId::parse(format!("@bob:{}", server())).unwrap();
    let actions = bot.engine.actions(Platform::Matrix).expect("the adapter provides its actions");

    // At power level 0 the bot may invite but not change power levels; the refusal is final.
    actions.invite(here.as_str(), bob_id.as_str()).await.unwrap();
    until_joined(&room, bob_id.as_str()).await;
    let refused = actions.set_role(here.as_str(), bob_id.as_str(), Some(Role::Staff)).await.unwrap_err();
    assert!(refused.retry_after.is_none(), "{refused}");

    room.update_power_levels(vec![(&UserId::parse(bot_id()).unwrap(), Int::from(100))]).await.unwrap();
    let mut levels = None;
    for _ in 0..50 {
        // The bot learns of its new power level by sync.
        match actions.set_role(here.as_str(), bob_id.as_str(), Some(Role::Staff)).await {
            Ok(()) => {
                levels = Some(());
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    assert!(levels.is_some(), "the bot could not set a power level with power level 100");
    let mut seen = 0;
    for _ in 0..50 {
        seen = match room.power_levels().await.unwrap().for_user(&bob_id) {
            UserPowerLevel::Int(n) => n.into(),
            _ => i64::MAX,
        };
        if seen == 50 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(seen, 50, "staff is the customary moderator level");
    actions.set_role(here.as_str(), bob_id.as_str(), None).await.unwrap();

    let elsewhere = "!nowhere:localhost";
    assert!(actions.invite(elsewhere, bob_id.as_str()).await.is_err());
    assert!(actions.invite(here.as_str(), "not a user id").await.unwrap_err().retry_after.is_none());
    bot.stop().await;
}

/// A Synapse admin API call, as the server admin the test script registers.
fn synapse_admin(method: &str, path: &str, body: &str) {
    let login = std::process::Command::new("curl")
        .args(["-sf", "-X", "POST", &format!("{}/_matrix/client/v3/login", synapse_url()), "-d"])
        .arg(r#"{"type":"m.login.password","identifier":{"type":"m.id.user","user":"admin"},"password":"admin-pass"}"#)
        .output()
        .expect("run curl");
    assert!(login.status.success(), "admin login failed");
    let token = serde_json::from_slice::<serde_json::Value>(&login.stdout).unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let call = std::process::Command::new("curl")
        .args(["-sf", "-o", "/dev/null", "-X", method, "-H", &format!("Authorization: Bearer {token}"), "-d", body])
        .arg(format!("{}/_synapse/admin/v1{path}", synapse_url()))
        .status()
        .expect("run curl");
    assert!(call.success(), "{method} {path} failed");
}

/// Limits the bot to one message a second while alive.
struct RateLimited;

impl RateLimited {
    fn on_bot() -> Self {
        synapse_admin(
            "POST",
            &format!("/users/{}/override_ratelimit", bot_id()),
            r#"{"messages_per_second":1,"burst_count":1}"#,
        );
        Self
    }
}

impl Drop for RateLimited {
    fn drop(&mut self) {
        synapse_admin("DELETE", &format!("/users/{}/override_ratelimit", bot_id()), "");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_send_waits_the_time_the_homeserver_asks() {
    use quorum::core::actor::Platform;
    use quorum::core::clock::Clock;
    use quorum::core::engine::Outgoing;
    use quorum::core::reply::{Destination, Mention, Msg, Reply};

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room: _room, here } = Scene::new("alice", false).await;
    let limited = RateLimited::on_bot();
    let now = bot.clock.now();
    let alice_id = alice.client.user_id().unwrap().to_string();
    let from = Mention { display_name: "Alice".into(), identities: vec![("matrix".into(), alice_id.clone())] };
    for n in 1..=3 {
        let out = Outgoing {
            destination: Destination::Room { platform: Platform::Matrix, room_id: here.to_string() },
            reply: Reply::public(
                Msg::new("reminder-fire-from").text("text", format!("Limited {n}")).mention("from", from.clone()),
            ),
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        };
        bot.engine.defer(&out, &format!("limited-{n}"), None).await.unwrap();
    }
    let first = bot.delivery.deliver_due().await.unwrap();
    assert!(first < 3, "three messages at once exceed one a second");
    let next = bot.engine.store.next_outbox_at("matrix").await.unwrap().expect("the rest wait");
    let wait = next - now.timestamp_millis();
    // As long as Synapse asked (at most a second at this rate), not the SDK's quarter of an hour.
    assert!((1..=1000).contains(&wait), "waits {wait} ms");
    let errors = bot.engine.store.outbox_errors("matrix").await.unwrap();
    assert!(!errors.is_empty() && errors.iter().all(|e| e.contains("M_LIMIT_EXCEEDED")), "{errors:?}");

    let mut sent = first;
    for _ in 0..20 {
        if sent == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(1100)).await;
        sent += bot.advance(chrono::Duration::seconds(1)).await;
    }
    assert_eq!(sent, 3, "every message is delivered once the limit allows");
    for _ in 0..3 {
        let seen = alice.expect_seen(&bot_id(), |r, b| *r == here && b.contains("Limited")).await;
        // The pill notifies exactly the person it names.
        assert_eq!(seen.mentions, std::slice::from_ref(&alice_id), "{}", seen.body);
    }
    drop(limited);
    bot.stop().await;
}

/// A reply with a text file, as a calendar export will send it.
fn file_reply(destination: quorum::core::reply::Destination, content: &str) -> quorum::core::engine::Outgoing {
    use quorum::core::reply::{Attachment, Block, Msg, Reply};
    let file = Attachment { name: "meeting-2.ics".into(), mime: "text/calendar".into(), content: content.into() };
    quorum::core::engine::Outgoing {
        destination,
        reply: Reply::public(Msg::new("reminder-fire").text("text", "Calendar")).with(Block::File(file)),
        locale: "en".into(),
        zone: chrono_tz::Tz::UTC,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_follows_the_text_as_an_m_file_in_plain_and_encrypted_rooms() {
    use matrix_sdk::ruma::events::room::MediaSource;
    use quorum::core::actor::Platform;
    use quorum::core::reply::Destination;

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room: _room, here } = Scene::new("alice", false).await;
    let secret = alice.room_with_bot(&bot_id(), true).await.room_id().to_owned();
    let content = "BEGIN:VCALENDAR\r\nSUMMARY:Plénière 🗳️ اجتماع\r\nEND:VCALENDAR\r\n";
    for (n, room_id) in [&here, &secret].into_iter().enumerate() {
        let destination = Destination::Room { platform: Platform::Matrix, room_id: room_id.to_string() };
        bot.engine.defer(&file_reply(destination, content), &format!("file-{n}"), None).await.unwrap();
        assert_eq!(bot.delivery.deliver_due().await.unwrap(), 1);
        let text = alice.expect_seen(&bot_id(), |r, _| r == room_id).await;
        assert!(text.file.is_none(), "the text comes first");
        assert!(text.body.contains("Calendar") && !text.body.contains("VCALENDAR"), "{}", text.body);
        let sent = alice.expect_seen(&bot_id(), |r, _| r == room_id).await;
        let file = sent.file.expect("an m.file message");
        assert_eq!(file.body, "meeting-2.ics");
        let info = file.info.as_deref().expect("file info");
        assert_eq!(info.mimetype.as_deref(), Some("text/calendar"));
        assert_eq!(info.size.map(u64::from), Some(content.len() as u64));
        let encrypted = matches!(file.source, MediaSource::Encrypted(_));
        assert_eq!(encrypted, *room_id == secret, "encrypted exactly in the encrypted room");
        let downloaded = alice.client.media().get_file(&file, false).await.unwrap().expect("media");
        assert_eq!(downloaded, content.as_bytes());
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_answer_a_meeting_by_reacting() {
    use matrix_sdk::ruma::events::reaction::ReactionEventContent;
    use matrix_sdk::ruma::events::relation::Annotation;

    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let config = EngineConfig { admins: vec![format!("@alice:{}", server())], ..EngineConfig::default() };
    let bot = Bot::start_with(&db, store.path(), config, "").await;
    let mut alice = Person::login("alice").await;
    let mut bob = Person::login("bob").await;
    let room = alice.room_with_bot(&bot_id(), true).await;
    let here = room.room_id().to_owned();
    room.invite_user_by_id(bob.client.user_id().unwrap()).await.unwrap();
    let mut bob_room = None;
    for _ in 0..100 {
        bob_room = bob.client.get_room(&here).filter(|r| r.state() == matrix_sdk::RoomState::Joined);
        if bob_room.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let bob_room = bob_room.expect("bob joined");

    alice.say(&room, "!body create \"Council\" CN").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("CN")).await;
    alice.say(&room, "!body link CN").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("linked")).await;
    // Only members of the body answer for its meetings.
    alice.say(&room, &format!("!role grant {} member", bob.client.user_id().unwrap())).await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("`member`")).await;
    alice.say(&room, "!meeting schedule \"Plenary\" 2026-12-03 09:00 Europe/Zurich").await;
    let scheduled = alice.expect_seen(&bot_id(), |r, b| *r == here && b.contains("Plenary")).await;
    for line in ["1. ✅ I will come", "2. ❌ I cannot come", "3. ❔ Maybe"] {
        assert!(scheduled.body.contains(line), "{line} missing from {}", scheduled.body);
    }
    // The bot offers each answer as its own reaction, for members to click.
    let mut offered = Vec::new();
    for _ in 0..3 {
        let reaction = alice.expect_reaction(&scheduled.event_id).await;
        assert_eq!(reaction.from, bot_id());
        offered.push(reaction.key);
    }
    assert_eq!(offered, ["✅", "❌", "❔"]);

    // Bob clicks ✅ (and an emoji that is no answer): he said yes, the bot did not answer for itself.
    bob_room.send(ReactionEventContent::new(Annotation::new(scheduled.event_id.clone(), "👍".into()))).await.unwrap();
    bob_room.send(ReactionEventContent::new(Annotation::new(scheduled.event_id.clone(), "✅".into()))).await.unwrap();
    let (dm, confirmation) = bob.expect_from(&bot_id(), |r, b| *r != here && b.contains("meeting #1")).await;
    assert!(confirmation.ends_with(": yes, you will come."), "{confirmation}");
    alice.say(&room, "!meeting show #1").await;
    let (_, shown) = alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("Answers")).await;
    assert!(shown.contains("Answers: 1 yes · 0 maybe · 0 no"), "{shown}");

    // Changing his mind with ❔ counts; the same emoji on a message that offers nothing does not.
    bob_room.send(ReactionEventContent::new(Annotation::new(scheduled.event_id.clone(), "❔".into()))).await.unwrap();
    let (_, changed) = bob.expect_from(&bot_id(), |r, b| *r == dm && b.contains("meeting #1")).await;
    assert!(changed.ends_with(": maybe."), "{changed}");
    alice.say(&room, "!tz").await;
    let other = alice.expect_seen(&bot_id(), |r, _| *r == here).await;
    bob_room.send(ReactionEventContent::new(Annotation::new(other.event_id.clone(), "✅".into()))).await.unwrap();
    alice.say(&room, "!meeting show #1").await;
    let (_, shown) = alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("Answers")).await;
    assert!(shown.contains("Answers: 0 yes · 1 maybe · 0 no"), "{shown}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn direct_messages_reuse_the_direct_room_until_the_member_leaves_it() {
    use matrix_sdk::ruma::events::room::member::MembershipState;
    use quorum::core::actor::Platform;
    use quorum::core::reply::{Destination, Msg, Reply};

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: _alice, room: _room, here: _here } =
        Scene::new("alice", false).await;
    // Bob never wrote to the bot: it opens a direct room with him.
    let mut bob = Person::login("bob").await;
    let bob_id = bob.client.user_id().unwrap().to_owned();
    let direct = |text: &str| quorum::core::engine::Outgoing {
        destination: Destination::Direct { platform: Platform::Matrix, user_id: bob_id.to_string() },
        reply: Reply::private(Msg::new("reminder-fire").text("text", text)),
        locale: "en".into(),
        zone: chrono_tz::Tz::UTC,
    };
    bot.engine.defer(&direct("First"), "direct-1", None).await.unwrap();
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 1);
    let (dm, _) = bob.expect_from(&bot_id(), |_, b| b.contains("First")).await;
    bot.engine.defer(&direct("Second"), "direct-2", None).await.unwrap();
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 1);
    let (again, _) = bob.expect_from(&bot_id(), |_, b| b.contains("Second")).await;
    assert_eq!(again, dm, "the direct room is reused");

    // Once Bob left it, the room reaches nobody: the next message opens a new one.
    bob.client.get_room(&dm).unwrap().leave().await.unwrap();
    let mut seen_leaving = false;
    for _ in 0..100 {
        let member = bot.client.get_room(&dm).unwrap().get_member_no_sync(&bob_id).await.unwrap();
        if member.is_some_and(|m| *m.membership() == MembershipState::Leave) {
            seen_leaving = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(seen_leaving, "the bot saw Bob leave");
    bot.engine.defer(&direct("Third"), "direct-3", None).await.unwrap();
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 1);
    let (fresh, _) = bob.expect_from(&bot_id(), |_, b| b.contains("Third")).await;
    assert_ne!(fresh, dm, "a new direct room");
    bot.stop().await;
}

/// Waits until `person` has joined `room_id` (their client accepts invites by itself).
async fn joined(person: &Person, room_id: &OwnedRoomId) -> Room {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(room) = person.client.get_room(room_id)
            && room.state() == matrix_sdk::RoomState::Joined
        {
            return room;
        }
        assert!(tokio::time::Instant::now() < deadline, "{} did not join", person.client.user_id().unwrap());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A timeline limit that makes a sync report a gap after a handful of events.
const GAPS: &str = "timeline_limit = 5";

/// Waits until the outbox holds exactly `n` sent messages and nothing pending.
async fn wait_sent(bot: &Bot, n: i64) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while bot.engine.store.count_outbox("sent").await.unwrap() < n {
        assert!(tokio::time::Instant::now() < deadline, "not every answer was marked sent");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(bot.engine.store.count_outbox("sent").await.unwrap(), n, "each command answered once");
    assert_eq!(bot.engine.store.count_outbox("pending").await.unwrap(), 0);
}

/// Five people send 40 commands each into one room, each as fast as their client sends: every
/// command is answered exactly once, and each person's answers come in the order of their
/// commands. Far more arrive between two syncs than a sync returns at once, so the bot has to
/// fetch the gap.
async fn burst_in_one_room(backend: Backend, encrypted: bool) {
    const EACH: usize = 40;
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(backend).await;
    let store = tempfile::tempdir().unwrap();
    // A small timeline limit: every burst leaves gaps to fetch.
    let bot = Bot::start_with(&db, store.path(), EngineConfig::default(), GAPS).await;
    let names = ["alice", "bob", "carol", "dave", "erin"];
    let mut people = Vec::new();
    for name in names {
        people.push(Person::login(name).await);
    }
    let room = people[0].room_with_bot(&bot_id(), encrypted).await;
    let here = room.room_id().to_owned();
    for person in &people[1..] {
        room.invite_user_by_id(person.client.user_id().unwrap()).await.unwrap();
    }
    let mut rooms = vec![room];
    for person in &people[1..] {
        rooms.push(joined(person, &here).await);
    }

    let mut typing = tokio::task::JoinSet::new();
    for (name, room) in names.into_iter().zip(rooms) {
        typing.spawn(async move {
            for i in 0..EACH {
                let text = format!("!remind me in 2h \"burst {name} {i:02}\"");
                room.send(RoomMessageEventContent::text_plain(text)).await.unwrap();
            }
        });
    }
    while let Some(sent) = typing.join_next().await {
        sent.unwrap();
    }

    // Each answer goes to the person's direct room with the bot, in order.
    for (name, person) in names.iter().zip(people.iter_mut()) {
        for i in 0..EACH {
            let (_, answer) = person.expect_from(&bot_id(), |r, body| *r != here && body.contains("burst ")).await;
            assert!(answer.contains(&format!("burst {name} {i:02}")), "{name} expected answer {i} next, got {answer}");
        }
    }
    wait_sent(&bot, (names.len() * EACH) as i64).await;
    // Nothing more comes: no command was answered twice.
    for person in &mut people {
        let extra = tokio::time::timeout(Duration::from_secs(1), person.messages.recv()).await;
        if let Ok(Some(seen)) = extra {
            assert!(seen.from != bot_id() || !seen.body.contains("burst "), "an extra answer: {}", seen.body);
        }
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_commands_is_answered_once_each_in_order() {
    burst_in_one_room(Backend::Sqlite, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_commands_is_answered_once_each_in_order_on_postgres() {
    burst_in_one_room(Backend::Postgres, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_commands_in_an_encrypted_room_is_answered_once_each_in_order() {
    burst_in_one_room(Backend::Sqlite, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_commands_in_an_encrypted_room_is_answered_once_each_in_order_on_postgres() {
    burst_in_one_room(Backend::Postgres, true).await;
}

/// 100 commands sent while the bot is stopped are all answered, in order, once it is back; one
/// sent longer ago than the bot accepts is not run, and its sender is told why.
async fn commands_sent_while_down(backend: Backend) {
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(backend).await;
    let store = tempfile::tempdir().unwrap();
    let bot = Bot::start(&db, store.path()).await;
    let mut alice = Person::login("alice").await;
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();
    alice.say(&room, "!tz Tokyo").await;
    let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(reply.contains("Asia/Tokyo"), "{reply}");
    bot.stop().await;

    let old = room.send(RoomMessageEventContent::text_plain("!tz Lima")).await.unwrap().response.event_id;
    let old_at = room.event(&old, None).await.unwrap().timestamp().expect("a timestamp");
    let old_at = chrono::DateTime::from_timestamp_millis(i64::from(old_at.get())).unwrap();
    tokio::time::sleep(Duration::from_millis(20)).await;
    let zones = ["Europe/Zurich", "America/New_York", "Asia/Kolkata", "Africa/Nairobi", "Australia/Sydney"];
    for i in 0..100 {
        alice.say(&room, &format!("!tz {}", zones[i % zones.len()])).await;
    }

    // The bot comes back just after the first of them became too old to run.
    let max_age = chrono::Duration::minutes(10);
    let config = EngineConfig { command_max_age: max_age, ..EngineConfig::default() };
    let now = old_at + max_age + chrono::Duration::milliseconds(5);
    let bot = Bot::start_at(&db, store.path(), config, GAPS, now).await;
    let (_, notice) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(notice.contains("tz") && notice.contains("was not run"), "{notice}");
    for i in 0..100 {
        let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
        let zone = zones[i % zones.len()];
        assert!(reply.contains(zone), "answer {i} should name {zone}: {reply}");
    }
    // The first answer, the notice and the 100 answers; each once.
    wait_sent(&bot, 102).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_sent_while_the_bot_was_down_are_answered_after_it_starts() {
    commands_sent_while_down(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_sent_while_the_bot_was_down_are_answered_after_it_starts_on_postgres() {
    commands_sent_while_down(Backend::Postgres).await;
}

/// What the homeserver refuses for good ends the send: a direct message to a user who does not
/// exist fails at once; a room the bot is not in is waited for a few minutes (an invitation may be
/// on its way), then the send fails. Neither is retried for ever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_sends_fail_instead_of_waiting_for_ever() {
    use quorum::core::actor::Platform;
    use quorum::core::engine::Outgoing;
    use quorum::core::reply::{Destination, Msg, Reply};
    use quorum::store::{OutboxFailure, Recipient};

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: _alice, room: _room, here: _here } =
        Scene::new("alice", false).await;
    let nobody = format!("@nobody-{:08x}:{}", rand::random::<u32>(), server());
    let nowhere = format!("!nowhere{:08x}:{}", rand::random::<u32>(), server());
    for (key, destination) in [
        ("to-nobody", Destination::Direct { platform: Platform::Matrix, user_id: nobody.clone() }),
        ("to-nowhere", Destination::Room { platform: Platform::Matrix, room_id: nowhere.clone() }),
    ] {
        let out = Outgoing {
            destination,
            reply: Reply::public(Msg::new("reminder-fire").text("text", "Nobody hears this")),
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        };
        bot.engine.defer(&out, key, None).await.unwrap();
    }
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 0);
    let failed = |bot: &Bot| {
        let engine = bot.engine.clone();
        async move { engine.store.read().await.unwrap().failed_sends(None, 10).await.unwrap().0 }
    };
    let now = failed(&bot).await;
    assert_eq!(now.len(), 1, "{now:?}");
    assert_eq!(now[0].recipient, Recipient::Direct(nobody));
    assert_eq!(now[0].failure, Some(OutboxFailure::Permanent), "{}", now[0].reason);
    assert_eq!(bot.engine.store.count_outbox("pending").await.unwrap(), 1, "the room is waited for");
    for _ in 0..10 {
        bot.advance(chrono::Duration::seconds(30)).await;
    }
    let later = failed(&bot).await;
    assert_eq!(later.len(), 2, "{later:?}");
    let room = later.iter().find(|s| s.recipient == Recipient::Room(nowhere.clone())).unwrap();
    assert_eq!(room.failure, Some(OutboxFailure::Permanent));
    assert!(room.reason.contains("not in room"), "{}", room.reason);
    assert_eq!(room.attempts, 11, "every 30 s for five minutes");
    bot.stop().await;
}

/// An applicant answers the questions with plain messages in the direct room the bot opens; once
/// the committee approves, they are welcomed there and invited to the body's room.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_applicant_answers_in_the_direct_room_and_is_invited_once_approved() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let config = EngineConfig { admins: vec![format!("@alice:{}", server())], ..EngineConfig::default() };
    let bot = Bot::start_with(&db, store.path(), config, "").await;
    let mut alice = Person::login("alice").await;
    let mut dave = Person::login("dave").await;
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();
    alice.say(&room, "!body create \"Council\" CN").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("CN")).await;
    alice.say(&room, "!body link CN").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("linked")).await;

    // Dave applies from a room of his own; the questions come in his direct room with the bot.
    let his = dave.room_with_bot(&bot_id(), false).await;
    dave.say(&his, "!apply CN").await;
    let (dm, first) = dave.expect_from(&bot_id(), |_, b| b.contains("Question 1 of 4")).await;
    assert_ne!(dm, *his.room_id(), "{first}");
    let direct = joined(&dave, &dm).await;
    for (answer, next) in
        [("Dave Example", "Question 2 of 4"), ("-", "Question 3 of 4"), ("Narnia", "not a country code")]
    {
        dave.say(&direct, answer).await;
        dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains(next)).await;
    }
    dave.say(&direct, "KE").await;
    dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains("Question 4 of 4")).await;
    dave.say(&direct, "To follow the council's work").await;
    dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains("is complete")).await;

    alice.say(&room, "!application approve #1").await;
    alice.expect_from(&bot_id(), |_, b| b.contains("approved")).await;
    // The welcome and the invitation go through the outbox, which this test drives itself; the
    // member power level is refused (the bot has power level 0 in this room) and fails for good.
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 2);
    dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains("Welcome to")).await;
    // Invited to the body's room, which his client accepts.
    joined(&dave, &here).await;
    bot.stop().await;
}

/// One person's Matrix account and Discord account link with a one-time code: asked for in a
/// shared room it is refused, in the direct room it is given; sent from Discord it joins the two,
/// the Matrix account is told which account joined, and `!whoami` on Matrix lists both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_matrix_account_links_with_a_discord_account() {
    use quorum::core::actor::{Platform, PlatformRoom, PlatformUser};
    use quorum::core::engine::Incoming;

    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut erin, room, here } = Scene::new("erin", false).await;
    erin.say(&room, "!account link").await;
    let (_, refused) = erin.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(refused.contains("direct message"), "{refused}");
    erin.say(&room, "!whoami").await;
    let (dm, _) = erin.expect_from(&bot_id(), |r, _| *r != here).await;
    let mut dm_room = None;
    for _ in 0..100 {
        dm_room = erin.client.get_room(&dm).filter(|r| r.state() == matrix_sdk::RoomState::Joined);
        if dm_room.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let dm_room = dm_room.expect("erin joined the direct room");
    erin.say(&dm_room, "!account link").await;
    let (_, issued) = erin.expect_from(&bot_id(), |r, body| *r == dm && body.contains("link code")).await;
    let code = common::link_code(&issued);

    let discord_id = "1200000000000000009";
    let out = bot
        .engine
        .handle(Incoming {
            user: PlatformUser { platform: Platform::Discord, user_id: discord_id.into(), display_name: "erin".into() },
            room: PlatformRoom {
                platform: Platform::Discord,
                room_id: "1400000000000000009".into(),
                name: "erin".into(),
                is_direct: true,
            },
            text: format!("account link {code}"),
            platform_role: None,
            plain: false,
            confidential: false,
        })
        .await
        .unwrap();
    assert_eq!(out[0].reply.messages().next().unwrap().key, "account-linked", "{:?}", out[0].reply);
    // The notice to the Matrix account goes out through the outbox.
    assert_eq!(bot.advance(chrono::Duration::zero()).await, 1);
    let (_, notice) = erin.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(notice.contains(discord_id) && notice.contains("!account unlink discord"), "{notice}");
    erin.say(&dm_room, "!whoami").await;
    let (_, who) = erin.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(who.contains("discord") && who.contains(discord_id), "{who}");
    assert!(who.contains(&format!("@erin:{}", server())), "{who}");
    bot.stop().await;
}

/// Discord beside Matrix on the same engine: the adapter against the fake, and its outbox sender.
struct DiscordSide {
    delivery: Delivery,
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl DiscordSide {
    async fn start(bot: &Bot, fake: &fake_discord::FakeDiscord, extra: &str) -> Self {
        use quorum::adapters::discord::{DiscordAdapter, DiscordConfig};
        let clock = bot.clock.clone();
        fake.follow_clock(move || quorum::core::clock::Clock::now(clock.as_ref()));
        let table: toml::Table = toml::from_str(&fake.bot_config(extra)).unwrap();
        let adapter = DiscordAdapter::connect(DiscordConfig::from_table(&table).unwrap(), &bot.engine).await.unwrap();
        let sink = adapter.sink(bot.engine.clone());
        let delivery = Delivery::new(bot.engine.clone(), sink.clone());
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let identified = fake.identify_count();
        let task = tokio::spawn(async move {
            let ready = Arc::new(tokio::sync::Notify::new());
            adapter
                .run(sink, ready, async move {
                    let _ = stopped.wait_for(|s| *s).await;
                })
                .await
                .unwrap();
        });
        fake.wait_for(Duration::from_secs(10), "the bot identified", |f| f.identify_count() > identified).await;
        fake.wait_connected(Duration::from_secs(10)).await;
        Self { delivery, stop, task }
    }

    async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// A slash command on Discord; the content of the bot's answer.
async fn on_discord(
    fake: &fake_discord::FakeDiscord,
    user: u64,
    roles: &[u64],
    group: &str,
    sub: &str,
    options: serde_json::Value,
) -> String {
    let data =
        serde_json::json!({ "name": group, "type": 1, "options": [{ "name": sub, "type": 1, "options": options }] });
    let interaction = fake.command_interaction(user, "someone", roles, data);
    fake.dispatch_interaction(interaction.clone()).await;
    let id = interaction["id"].as_str().unwrap().to_owned();
    let callback = fake
        .wait_request(Duration::from_secs(10), move |r| {
            r.method == "POST" && r.path.contains(&format!("/interactions/{id}/"))
        })
        .await;
    callback.body["data"]["content"].as_str().unwrap_or_default().to_owned()
}

fn option(name: &str, value: &str) -> serde_json::Value {
    serde_json::json!({ "name": name, "type": 3, "value": value })
}

/// The whole way in, across platforms: a person applies on Matrix (in French), links their
/// Discord account, and the committee approves from Discord. They are welcomed on Matrix in
/// French, invited to the body's Matrix room with the member power level, given the member role
/// on Discord (once Discord answers again: the grant waits in the outbox), and are one member in
/// the directory whichever platform asks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_matrix_applicant_approved_from_discord_is_welcomed_on_both_platforms() {
    use fake_discord::FakeDiscord;
    const D_ALICE: u64 = 1_200_000_000_000_000_001;
    const D_DAVE: u64 = 1_200_000_000_000_000_004;
    const D_EVE: u64 = 1_200_000_000_000_000_005;
    const EXEC_ROLE: u64 = 1_300_000_000_000_000_002;
    const MEMBER_ROLE: u64 = 1_300_000_000_000_000_003;

    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let admins = vec![format!("@alice:{}", server()), format!("discord:{D_ALICE}")];
    let bot = Bot::start_with(
        &db,
        store.path(),
        EngineConfig { admins, ..EngineConfig::default() },
        "member_power_level = 10",
    )
    .await;
    let fake = FakeDiscord::start().await;
    let discord =
        DiscordSide::start(&bot, &fake, &format!("[roles]\nexec = [{EXEC_ROLE}]\nmember = [{MEMBER_ROLE}]\n")).await;

    let mut alice = Person::login("alice").await;
    let mut dave = Person::login("dave").await;
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();
    alice.say(&room, "!body create \"Council\" CN").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("CN")).await;
    alice.say(&room, "!body link CN").await;
    alice.expect_from(&bot_id(), |r, b| *r == here && b.contains("linked")).await;
    // The bot may set power levels in the room (it may invite at 0 already).
    room.update_power_levels(vec![(&UserId::parse(bot_id()).unwrap(), matrix_sdk::ruma::Int::from(100))])
        .await
        .unwrap();
    let linked = on_discord(&fake, D_ALICE, &[], "body", "link", serde_json::json!([option("short", "CN")])).await;
    assert!(linked.contains("linked"), "{linked}");

    // Dave, in French, applies on Matrix; the questions come in his direct room.
    let his = dave.room_with_bot(&bot_id(), false).await;
    let his_id = his.room_id().to_owned();
    dave.say(&his, "!lang fr").await;
    dave.expect_from(&bot_id(), |r, _| *r == his_id).await;
    dave.say(&his, "!apply CN").await;
    let (dm, first) = dave.expect_from(&bot_id(), |r, b| *r != his_id && b.contains("1 sur 4")).await;
    let direct = joined(&dave, &dm).await;
    for answer in ["Dave Exemple", "-", "KE"] {
        dave.say(&direct, answer).await;
        dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains("Question")).await;
    }
    dave.say(&direct, "Pour suivre le conseil").await;
    let (_, complete) = dave.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(complete.contains("#1"), "{first} … {complete}");

    // He links his Discord account to his Matrix one.
    dave.say(&direct, "!account link").await;
    let (_, issued) = dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains('-')).await;
    let code = common::link_code(&issued);
    let joined_up = on_discord(&fake, D_DAVE, &[], "account", "link", serde_json::json!([option("code", &code)])).await;
    assert!(joined_up.contains("@dave"), "{joined_up}");

    // Eve, of the committee on Discord, approves while Discord holds back the role grant.
    fake.rate_limit(&format!("/api/v10/guilds/{}/members/{D_DAVE}/roles", FakeDiscord::GUILD_ID), 1, 0.3, false);
    let approved =
        on_discord(&fake, D_EVE, &[EXEC_ROLE], "application", "approve", serde_json::json!([option("id", "#1")])).await;
    assert!(approved.contains("approved"), "{approved}");

    // Matrix: the welcome in French, the invitation and the member power level.
    assert!(bot.delivery.deliver_due().await.unwrap() >= 3);
    dave.expect_from(&bot_id(), |r, b| *r == dm && b.contains("Bienvenue")).await;
    let member_room = joined(&dave, &here).await;
    let dave_id = dave.client.user_id().unwrap().to_owned();
    let mut level = None;
    for _ in 0..50 {
        // Dave's client learns the new power levels by sync.
        level = member_room.power_levels().await.unwrap().users.get(&dave_id).map(|l| i64::from(*l));
        if level.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(level, Some(10), "the member power level");

    // Discord: the first try is held back, the outbox tries again when Discord says (its REST
    // client also counts the wait on the real clock: hence the short pauses).
    discord.delivery.deliver_due().await.unwrap();
    assert!(fake.member_roles(D_DAVE).is_empty(), "held back by the rate limit");
    for _ in 0..30 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        bot.clock.advance(chrono::Duration::seconds(1));
        discord.delivery.deliver_due().await.unwrap();
        if !fake.member_roles(D_DAVE).is_empty() {
            break;
        }
    }
    assert_eq!(fake.member_roles(D_DAVE), [MEMBER_ROLE]);
    let failed = bot.engine.store.read().await.unwrap().failed_sends(None, 10).await.unwrap().0;
    assert!(failed.is_empty(), "{failed:?}");

    // One member, whichever platform asks.
    alice.say(&room, "!member list").await;
    let (_, listed) = alice.expect_from(&bot_id(), |_, b| b.contains("Dave Exemple")).await;
    assert_eq!(listed.matches("Dave Exemple").count(), 1, "{listed}");
    let listed = on_discord(&fake, D_EVE, &[EXEC_ROLE], "member", "list", serde_json::json!([])).await;
    assert_eq!(listed.matches("Dave Exemple").count(), 1, "{listed}");
    discord.stop().await;
    bot.stop().await;
}

/// A minuted meeting in a room: the room's chat while it runs is in the minutes' log (and nothing
/// said before or after it), an item is acknowledged by the bot's ✅ on the command itself rather
/// than by a message, chat is never answered, and `!endmeeting` posts the summary in the room.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_minuted_meeting_keeps_the_room_s_chat_and_acknowledges_items_by_reacting() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room, here } = Scene::new("alice", false).await;
    alice.say(&room, "Before the meeting").await;
    alice.say(&room, "!startmeeting Weekly call").await;
    let (_, started) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(started.contains("Minutes #1"), "{started}");
    alice.say(&room, "Hello everyone 👋").await;
    let info = room.send(RoomMessageEventContent::text_plain("!info Budget is on track")).await.unwrap();
    let reaction = alice.expect_reaction(&info.response.event_id).await;
    assert_eq!((reaction.from.as_str(), reaction.key.as_str()), (bot_id().as_str(), "✅"));
    alice.say(&room, "مرحبا بالجميع").await;
    alice.say(&room, "!endmeeting").await;
    // The next thing the bot says, anywhere, is the summary: the item and the chat got no message.
    let summary = alice.expect_seen(&bot_id(), |_, _| true).await;
    assert_eq!(summary.room, here, "{}", summary.body);
    assert!(summary.body.contains("“Weekly call” ended"), "{}", summary.body);
    alice.say(&room, "After the meeting").await;
    alice.say(&room, "!tz").await;
    let (_, tz) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(!tz.contains("After"), "chat is not answered: {tz}");

    let mut tx = bot.engine.store.begin().await.unwrap();
    let log = tx.minutes_log(1).await.unwrap();
    tx.commit().await.unwrap();
    let lines: Vec<(&str, bool)> = log.iter().map(|l| (l.text.as_str(), l.chat)).collect();
    assert_eq!(
        lines,
        [
            ("startmeeting Weekly call", false),
            ("Hello everyone 👋", true),
            ("info Budget is on track", false),
            ("مرحبا بالجميع", true),
            ("endmeeting", false),
        ]
    );
    bot.stop().await;
}

/// A direct room `person` opens with the bot (`is_direct`), without encryption, once the bot is in.
async fn unencrypted_direct_room(person: &Person) -> Room {
    let mut request = create_room::v3::Request::new();
    request.invite = vec![UserId::parse(bot_id()).unwrap()];
    request.is_direct = true;
    request.preset = Some(create_room::v3::RoomPreset::PrivateChat);
    let room = person.client.create_room(request).await.unwrap();
    until_joined(&room, &bot_id()).await;
    room
}

/// Waits until `member` has joined `room` (up to 20 s).
async fn until_joined(room: &Room, member: &str) {
    let member = UserId::parse(member).unwrap();
    for _ in 0..100 {
        if room
            .get_member(&member)
            .await
            .ok()
            .flatten()
            .is_some_and(|m| *m.membership() == matrix_sdk::ruma::events::room::member::MembershipState::Join)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("{member} did not join");
}

/// The `m.room.encryption` state of a room as the homeserver holds it, if any.
async fn encryption_algorithm(person: &Person, room: &OwnedRoomId) -> Option<String> {
    use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
    use matrix_sdk::ruma::events::StateEventType;
    let request =
        get_state_event_for_key::v3::Request::new(room.clone(), StateEventType::RoomEncryption, String::new());
    let response = person.client.send(request).await.ok()?;
    let content: serde_json::Value = response.into_content().deserialize_as_unchecked().ok()?;
    content["algorithm"].as_str().map(str::to_owned)
}

/// Private answers go to a direct room the bot opens end-to-end encrypted (megolm), and only a
/// command there is confidential: not one in a shared room, nor one in an older direct room
/// without encryption, which the homeserver reads (private answers pass it over for the
/// encrypted one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_answers_go_to_an_encrypted_direct_room_where_commands_are_confidential() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let bot = Bot::start_running(&db, store.path(), common::probe::registry()).await;
    let mut alice = Person::login("alice").await;
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();

    let old = unencrypted_direct_room(&alice).await;
    let old_id = old.room_id().to_owned();
    alice.say(&old, "!probe").await;
    let (_, said) = alice.expect_from(&bot_id(), |r, _| *r == old_id).await;
    assert_eq!(said, "confidential=false", "an unencrypted direct room is read by the homeserver");

    alice.say(&room, "!probe").await;
    let (_, said) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert_eq!(said, "confidential=false", "a shared room");

    alice.say(&room, "!probe --private").await;
    let (dm, said) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert_eq!(said, "confidential=false", "the command was given in the shared room");
    assert_ne!(dm, old_id, "not the unencrypted direct room");
    assert_eq!(encryption_algorithm(&alice, &dm).await.as_deref(), Some("m.megolm.v1.aes-sha2"));
    assert_eq!(encryption_algorithm(&alice, &old_id).await, None);

    let direct = joined(&alice, &dm).await;
    alice.say(&direct, "Kestrel-88 said in confidence").await;
    alice.say(&direct, "!probe").await;
    let (_, said) = alice.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert_eq!(said, "confidential=true", "an encrypted direct room");
    // What the bot decrypted is nowhere in its Matrix store on disk (matrix-sdk's event cache is
    // never subscribed to, so its store stays empty); the keys are, as they must be.
    assert_eq!(files_containing(store.path(), b"Kestrel-88"), Vec::<String>::new());
    assert!(
        !files_containing(store.path(), alice.client.user_id().unwrap().as_bytes()).is_empty(),
        "the scan reads the store"
    );
    // The next private answer goes to the same encrypted room.
    alice.say(&room, "!probe --private").await;
    let (again, _) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert_eq!(again, dm);
    bot.stop().await;
}

/// The homeserver's copy of an event: its content, and whether it was redacted.
async fn event_as_stored(person: &Person, room: &OwnedRoomId, event: &OwnedEventId) -> (serde_json::Value, bool) {
    use matrix_sdk::ruma::api::client::room::get_room_event;
    let request = get_room_event::v3::Request::new(room.clone(), event.clone());
    let response = person.client.send(request).await.unwrap();
    let json: serde_json::Value = response.event.deserialize_as_unchecked().unwrap();
    let redacted = !json["unsigned"]["redacted_because"].is_null();
    (json["content"].clone(), redacted)
}

/// A reply that withdraws its command redacts the command's message in a shared room (a ballot
/// typed where all can read it) when the bot may redact others' events there, with a short
/// reason that says nothing of it; where it may not, the reply goes all the same and the message
/// stays. A command in the encrypted direct room is confidential, and nothing is withdrawn there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawn_command_is_redacted_where_the_bot_may_and_its_reply_goes_all_the_same() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let bot = Bot::start_running(&db, store.path(), common::probe::registry()).await;
    let mut alice = Person::login("alice").await;
    let bot_user = UserId::parse(bot_id()).unwrap();

    // At power level 0 the bot may not redact Alice's message.
    let plain = alice.room_with_bot(&bot_id(), false).await;
    let plain_id = plain.room_id().to_owned();
    let typed = plain.send(RoomMessageEventContent::text_plain("!probe --withdraw --private")).await.unwrap();
    let typed = typed.response.event_id;
    let (dm, said) = alice.expect_from(&bot_id(), |r, _| *r != plain_id).await;
    assert_eq!(said, "confidential=false");
    let (content, redacted) = event_as_stored(&alice, &plain_id, &typed).await;
    assert!(!redacted && content["body"] == "!probe --withdraw --private", "{content}");

    // With the power to (50, the default level for redacting others' events), it does.
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();
    // The homeserver judges the redaction by the power levels it holds, set before the command.
    room.update_power_levels(vec![(&bot_user, matrix_sdk::ruma::Int::from(50))]).await.unwrap();
    let typed = room.send(RoomMessageEventContent::text_plain("!probe --withdraw --private")).await.unwrap();
    let typed = typed.response.event_id;
    let (to, _) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert_eq!(to, dm);
    let mut stored = event_as_stored(&alice, &here, &typed).await;
    for _ in 0..50 {
        if stored.1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        stored = event_as_stored(&alice, &here, &typed).await;
    }
    let (content, redacted) = stored;
    assert!(redacted, "the command was redacted");
    assert_eq!(content, serde_json::json!({}), "nothing of it is left");

    // In the encrypted direct room the command is confidential: nothing to withdraw.
    let direct = joined(&alice, &dm).await;
    let typed = direct.send(RoomMessageEventContent::text_plain("!probe --withdraw")).await.unwrap();
    let typed = typed.response.event_id;
    let (_, said) = alice.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert_eq!(said, "confidential=true");
    assert!(!event_as_stored(&alice, &dm, &typed).await.1, "not redacted");
    bot.stop().await;
}

/// The files under `dir` (recursively) whose bytes contain `needle`.
fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if std::fs::read(&path).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle)) {
            found.push(path.display().to_string());
        }
    }
    found
}

/// An election on Matrix: a ballot typed in the shared room is refused in the encrypted direct
/// room and redacted; cast there, it is answered with a receipt that verifies and replaces it; the
/// receipt's answer leaves no text in the outbox, and no file of the bot's store holds the code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_ballot_is_cast_in_the_encrypted_direct_room_and_refused_in_the_shared_one() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let store = tempfile::tempdir().unwrap();
    let config = EngineConfig { admins: vec![format!("@alice:{}", server())], ..EngineConfig::default() };
    let bot = Bot::start_with(&db, store.path(), config, "").await;
    let mut alice = Person::login("alice").await;
    let room = alice.room_with_bot(&bot_id(), false).await;
    let here = room.room_id().to_owned();
    let bot_user = UserId::parse(bot_id()).unwrap();
    room.update_power_levels(vec![(&bot_user, matrix_sdk::ruma::Int::from(50))]).await.unwrap();
    let me = alice.client.user_id().unwrap().to_owned();
    let bob = Person::login("bob").await;
    let bob_id = bob.client.user_id().unwrap().to_owned();
    for line in [
        "!body create \"Council\" CN".to_owned(),
        "!body link CN".to_owned(),
        format!("!role grant {bob_id} member"),
        format!("!member add {me}"),
        format!("!member add {bob_id}"),
        "!election create \"Secretary\" --seats 1 --method irv --roll CN --voting 2d".to_owned(),
        format!("!nominate #1 {me}"),
        format!("!nominate #1 {bob_id}"),
    ] {
        alice.say(&room, &line).await;
        let (_, said) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
        assert!(!said.contains('⚠'), "{line}: {said}");
    }
    let mut tx = bot.engine.store.begin().await.unwrap();
    let bob_member = tx.find_identity("matrix", bob_id.as_str()).await.unwrap().unwrap();
    // Bob accepts (he has no client here that says it).
    let mut c = tx.candidates(1).await.unwrap().into_iter().find(|c| c.member_id == bob_member.id).unwrap();
    c.accepted = true;
    tx.update_candidate(1, &c).await.unwrap();
    tx.commit().await.unwrap();
    alice.say(&room, "!election open #1").await;
    let (_, opened) = alice.expect_from(&bot_id(), |r, _| *r == here).await;
    assert!(opened.contains("Voting is open"), "{opened}");

    // Typed in the shared room: refused privately, and redacted.
    let typed = room.send(RoomMessageEventContent::text_plain("!ballot #1 1 2")).await.unwrap().response.event_id;
    let (dm, refused) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert!(refused.contains("not here"), "{refused}");
    let mut stored = event_as_stored(&alice, &here, &typed).await;
    for _ in 0..50 {
        if stored.1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        stored = event_as_stored(&alice, &here, &typed).await;
    }
    assert!(stored.1, "the ballot typed in the shared room is redacted");
    assert_eq!(stored.0, serde_json::json!({}));

    // In the encrypted direct room: cast, with a receipt that verifies and replaces.
    let direct = joined(&alice, &dm).await;
    alice.say(&direct, "!ballot #1 1 2").await;
    let (_, cast) = alice.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(cast.contains("is cast"), "{cast}");
    let code = cast
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 39 && w.split('-').count() == 8)
        .unwrap_or_else(|| panic!("a receipt in {cast}"))
        .to_owned();
    alice.say(&direct, &format!("!verify {code}")).await;
    let (_, verified) = alice.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(verified.contains("Receipt found"), "{verified}");
    alice.say(&direct, &format!("!ballot #1 2 --receipt {code}")).await;
    let (_, replaced) = alice.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(replaced.contains("replaced"), "{replaced}");
    alice.say(&direct, "!ballot #1 1").await;
    let (_, again) = alice.expect_from(&bot_id(), |r, _| *r == dm).await;
    assert!(again.contains("already voted"), "one member, one ballot: {again}");

    // The answers that carried the receipt and the ballots keep no text once delivered.
    use sqlx::Connection;
    let mut conn = sqlx::AnyConnection::connect(&common::normalize(&db.url)).await.unwrap();
    let secret: Vec<(String, String)> =
        sqlx::query_as("SELECT state, payload FROM outbox WHERE secret = 1").fetch_all(&mut conn).await.unwrap();
    conn.close().await.ok();
    assert!(secret.len() >= 3, "{secret:?}");
    for (state, payload) in &secret {
        assert_eq!((state.as_str(), payload.as_str()), ("sent", quorum::store::SECRET_PLACEHOLDER));
    }
    assert!(files_containing(store.path(), code.as_bytes()).is_empty(), "the receipt is in the bot's store");
    bot.stop().await;
}
