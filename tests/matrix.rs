#![recursion_limit = "256"]
//! The Matrix adapter against a real Synapse on loopback (started by `scripts/with-synapse`):
//! a second account, driven with matrix-sdk, talks to the bot as a member would.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{Backend, TestDb, at};
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedRoomId, UserId};
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

/// A person's Matrix account, syncing in the background and accepting every invite.
struct Person {
    client: Client,
    messages: mpsc::UnboundedReceiver<(OwnedRoomId, String, String)>,
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
                let body = match &ev.content.msgtype {
                    MessageType::Text(t) => t.body.clone(),
                    MessageType::Notice(t) => t.body.clone(),
                    _ => return,
                };
                let _ = tx.send((room.room_id().to_owned(), ev.sender.to_string(), body));
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
                let _ = syncing.sync(SyncSettings::default().timeout(Duration::from_millis(500))).await;
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
        });
        Self { client, messages, _dir: dir }
    }

    /// The next message from `sender` for which `pick` holds, within 30 seconds.
    async fn expect_from(&mut self, sender: &str, pick: impl Fn(&OwnedRoomId, &str) -> bool) -> (OwnedRoomId, String) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let next = tokio::time::timeout_at(deadline, self.messages.recv()).await;
            let (room, from, body) = next.expect("timed out waiting for a message").expect("sync ended");
            if from == sender && pick(&room, &body) {
                return (room, body);
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
        // Wait for the bot to join.
        for _ in 0..100 {
            if room
                .get_member(&UserId::parse(bot).unwrap())
                .await
                .ok()
                .flatten()
                .is_some_and(|m| *m.membership() == matrix_sdk::ruma::events::room::member::MembershipState::Join)
            {
                return room;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("the bot did not join");
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
        let clock = Arc::new(VirtualClock::new(Some(at("2026-11-30T08:00:00Z"))));
        let engine = Arc::new(Engine::new(db.store().await, clock.clone(), config));
        let table: toml::Table = toml::from_str(&format!(
            "homeserver = \"{}\"\nuser = \"{}\"\npassword = \"quorum-pass\"\nstore_path = \"{}\"\n{extra}",
            synapse_url(),
            bot_id(),
            store.display()
        ))
        .unwrap();
        let adapter = MatrixAdapter::connect(MatrixConfig::from_table(&table).unwrap()).await.unwrap();
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
        Self { engine, clock, stop, task, delivery, scheduler }
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_queued_during_a_homeserver_outage_arrives_after_it() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Scene { db: _db, store: _store, bot, person: mut alice, room, here } = Scene::new("alice", false).await;
    alice.say(&room, "!remind me in 1h \"Call starts\"").await;
    let (_, reply) = alice.expect_from(&bot_id(), |r, _| *r != here).await;
    assert!(reply.contains("Reminder #1"), "{reply}");

    synapse_control("stop");
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 0, "nothing can be sent while Synapse is down");
    assert_eq!(bot.engine.store.count_outbox("pending").await.unwrap(), 1);
    synapse_control("start");
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
    assert_eq!(bot.engine.store.count_outbox("sent").await.unwrap(), 1);
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
