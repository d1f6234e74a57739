#![recursion_limit = "256"]
//! The Discord adapter against a fake Discord on loopback (`fake_discord`), which speaks the
//! real REST and gateway protocols, so serenity's gateway client and models run for real.

mod common;
mod fake_discord;

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use chrono::{DateTime, Timelike, Utc};
use common::{Backend, TestDb, at};
use fake_discord::{FakeDiscord, Recorded, Signature};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use quorum::adapters::discord::{DiscordAdapter, DiscordConfig, DiscordSink};
use quorum::core::actor::{Platform, Role};
use quorum::core::clock::{Clock, VirtualClock};
use quorum::core::engine::{Engine, EngineConfig};
use quorum::core::platform::NativePoll;
use quorum::scheduler::{Background, Delivery, Scheduler, SchedulerConfig};
use serde_json::{Value, json};

const ALICE: u64 = 1_200_000_000_000_000_001;
const BOB: u64 = 1_200_000_000_000_000_002;
const CAROL: u64 = 1_200_000_000_000_000_003;
const DAVE: u64 = 1_200_000_000_000_000_004;
const STAFF_ROLE: u64 = 1_300_000_000_000_000_001;
const WAIT: Duration = Duration::from_secs(10);

/// The bot on its own database, against the fake, with a clock the test controls.
struct Bot {
    engine: Arc<Engine>,
    clock: Arc<VirtualClock>,
    sink: Arc<DiscordSink>,
    delivery: Delivery,
    scheduler: Scheduler,
    /// The scheduler and outbox loops of `quorum run`, when they run by themselves.
    background: Option<Background>,
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
    endpoint: Option<String>,
    db: TestDb,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Bot {
    async fn start(fake: &FakeDiscord, backend: Backend, http_mode: bool) -> Self {
        let db = TestDb::new(backend).await;
        Self::launch(fake, db, http_mode, Some(at("2026-11-30T08:00:00Z")), false).await
    }

    /// One that also reads the channels' chat (`read_messages`).
    async fn start_reading(fake: &FakeDiscord, backend: Backend) -> Self {
        let db = TestDb::new(backend).await;
        Self::launch(fake, db, false, Some(at("2026-11-30T08:00:00Z")), true).await
    }

    /// On the real clock, with the scheduler and the outbox running by themselves, as in
    /// `quorum run`.
    async fn start_live(fake: &FakeDiscord, backend: Backend) -> Self {
        let mut bot = Self::launch(fake, TestDb::new(backend).await, false, None, false).await;
        let sink: Arc<dyn quorum::scheduler::Sink> = bot.sink.clone();
        bot.background = Some(Background::start(bot.engine.clone(), SchedulerConfig::default(), vec![sink]));
        bot
    }

    /// A new process on the same database, its clock where this one's stood.
    async fn restart(self, fake: &FakeDiscord) -> Self {
        let now = self.clock.now();
        let db = self.halt().await;
        Self::launch(fake, db, false, Some(now), false).await
    }

    /// `now`: where the clock stands still until the test moves it; `None`: real time.
    async fn launch(
        fake: &FakeDiscord,
        db: TestDb,
        http_mode: bool,
        now: Option<DateTime<Utc>>,
        read_messages: bool,
    ) -> Self {
        Self::launch_with(fake, db, http_mode, now, read_messages, quorum::features::registry()).await
    }

    /// As `launch`, running the commands of `registry` (a test's own) instead of Quorum's.
    async fn launch_with(
        fake: &FakeDiscord,
        db: TestDb,
        http_mode: bool,
        now: Option<DateTime<Utc>>,
        read_messages: bool,
        registry: &'static quorum::core::registry::Registry,
    ) -> Self {
        let clock = Arc::new(VirtualClock::new(now));
        let now = clock.clone();
        fake.follow_clock(move || now.now());
        let config = EngineConfig { admins: vec![format!("discord:{ALICE}")], ..EngineConfig::default() };
        let engine = Arc::new(Engine::new(db.store().await, clock.clone(), config, registry));
        let listen = format!("127.0.0.1:{}", free_port());
        let mode = if http_mode {
            format!("mode = \"http\"\npublic_key = \"{}\"\nlisten = \"{listen}\"\n", fake.public_key_hex())
        } else {
            String::new()
        };
        let reading = if read_messages { "read_messages = true\n" } else { "" };
        let table: toml::Table =
            toml::from_str(&fake.bot_config(&format!("{mode}{reading}[roles]\nstaff = [{STAFF_ROLE}]\n"))).unwrap();
        let adapter = DiscordAdapter::connect(DiscordConfig::from_table(&table).unwrap(), &engine).await.unwrap();
        let sink = adapter.sink(engine.clone());
        let delivery = Delivery::new(engine.clone(), sink.clone());
        let scheduler = Scheduler::new(engine.clone(), SchedulerConfig::default());
        let ready = Arc::new(tokio::sync::Notify::new());
        let is_ready = ready.clone().notified_owned();
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let identified = fake.identify_count();
        let running = sink.clone();
        let task = tokio::spawn(async move {
            adapter
                .run(running, ready, async move {
                    let _ = stopped.wait_for(|s| *s).await;
                })
                .await
                .unwrap();
        });
        if http_mode {
            tokio::time::timeout(WAIT, is_ready).await.expect("the endpoint listens");
        } else {
            fake.wait_for(WAIT, "the bot identified", |f| f.identify_count() > identified).await;
            fake.wait_connected(WAIT).await;
        }
        let endpoint = http_mode.then(|| format!("http://{listen}/interactions"));
        Self { engine, clock, sink, delivery, scheduler, background: None, stop, task, endpoint, db }
    }

    async fn stop(self) {
        self.halt().await;
    }

    /// Stops the process; its database lives on.
    async fn halt(self) -> TestDb {
        if let Some(background) = self.background {
            background.stop().await;
        }
        let _ = self.stop.send(true);
        let _ = tokio::time::timeout(WAIT, self.task).await;
        self.db
    }

    /// Advances the clock and runs what falls due, as the scheduler and outbox loops would, once
    /// the interactions under way are answered (their replies' leases run on this clock too).
    async fn advance(&self, by: chrono::Duration) -> usize {
        tokio::time::timeout(WAIT, self.sink.settled()).await.expect("interactions answered");
        self.clock.advance(by);
        self.scheduler.run_due().await.unwrap();
        self.delivery.deliver_due().await.unwrap()
    }
}

fn slash(name: &str, options: Value) -> Value {
    json!({ "name": name, "type": 1, "options": options })
}

fn sub(group: &str, name: &str, options: Value) -> Value {
    json!({ "name": group, "type": 1, "options": [{ "name": name, "type": 1, "options": options }] })
}

fn string(name: &str, value: &str) -> Value {
    json!({ "name": name, "type": 3, "value": value })
}

/// The callback the bot made for an interaction.
async fn callback_for(fake: &FakeDiscord, interaction: &Value) -> Recorded {
    let id = interaction["id"].as_str().unwrap().to_owned();
    fake.wait_request(WAIT, move |r| r.method == "POST" && r.path.contains(&format!("/interactions/{id}/"))).await
}

/// Runs a slash command and returns the bot's callback body.
async fn command(fake: &FakeDiscord, user: u64, roles: &[u64], data: Value) -> Value {
    let interaction = fake.command_interaction(user, "alice", roles, data);
    fake.dispatch_interaction(interaction.clone()).await;
    let callback = callback_for(fake, &interaction).await;
    assert!(callback.status < 300, "Discord refused the answer: {callback:?}");
    callback.body
}

fn is_ephemeral(body: &Value) -> bool {
    body["data"]["flags"].as_u64().unwrap_or(0) & 64 != 0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_register_within_discord_s_limits() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let commands = fake.commands(Some(FakeDiscord::GUILD_ID));
    let names: Vec<&str> = commands.iter().filter_map(|c| c["name"].as_str()).collect();
    for wanted in ["help", "tz", "lang", "remind", "reminders", "reminder", "body", "role", "outbox"] {
        assert!(names.contains(&wanted), "{wanted} missing from {names:?}");
    }
    let remind = commands.iter().find(|c| c["name"] == "remind").unwrap();
    assert_eq!(remind["description_localizations"]["fr"].as_str().map(|s| !s.is_empty()), Some(true));
    let role = commands.iter().find(|c| c["name"] == "role").unwrap();
    let grant = role["options"].as_array().unwrap().iter().find(|o| o["name"] == "grant").unwrap();
    let user = grant["options"].as_array().unwrap().iter().find(|o| o["name"] == "user").unwrap();
    assert_eq!(user["type"], 6, "a user option, so Discord offers a member picker");
    bot.stop().await;
}

/// `hand` and `queue` are typed as one word, but each is a family on Discord: `/hand raise`,
/// `/hand down`, `/queue show`, `/queue clear`; `/next` stands alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_speaking_queue_maps_to_slash_command_groups() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let commands = fake.commands(Some(FakeDiscord::GUILD_ID));
    let subcommands = |name: &str| -> Vec<String> {
        let command = commands.iter().find(|c| c["name"] == name).unwrap_or_else(|| panic!("/{name} missing"));
        command["options"].as_array().into_iter().flatten().map(|o| o["name"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(subcommands("hand"), ["raise", "down"]);
    assert_eq!(subcommands("queue"), ["show", "clear"]);
    assert_eq!(subcommands("outbox"), ["list", "retry"]);
    assert!(subcommands("next").is_empty(), "/next takes no options");
    assert!(subcommands("body").contains(&"quorum".to_owned()));
    assert!(
        subcommands("meeting").iter().any(|s| s == "attendance")
            && subcommands("meeting").iter().any(|s| s == "present")
    );

    let raised = command(&fake, BOB, &[], sub("hand", "raise", json!([string("presence", "remote")]))).await;
    assert!(raised["data"]["content"].as_str().unwrap().contains("raised a hand"), "{raised}");
    let queue = command(&fake, BOB, &[], sub("queue", "show", json!([]))).await;
    assert!(queue["data"]["content"].as_str().unwrap().contains("🌐"), "{queue}");
    let refused = command(&fake, BOB, &[], slash("next", json!([]))).await;
    assert!(refused["data"]["content"].as_str().unwrap().contains("chair"), "{refused}");
    let floor = command(&fake, ALICE, &[], slash("next", json!([]))).await;
    let text = floor["data"]["content"].as_str().unwrap();
    assert!(text.contains(&format!("<@{BOB}>")) && text.contains("you have the floor"), "{floor}");
    let down = command(&fake, BOB, &[], sub("hand", "down", json!([]))).await;
    assert!(down["data"]["content"].as_str().unwrap().contains("not in this room"), "{down}");
    bot.stop().await;
}

async fn round_trips(backend: Backend) {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, backend, false).await;

    let help = command(&fake, ALICE, &[], slash("help", json!([]))).await;
    assert_eq!(help["type"], 4);
    assert!(help["data"]["content"].as_str().unwrap().contains("/remind"), "{help}");

    let tz = command(&fake, ALICE, &[], slash("tz", json!([string("zone", "Geneva")]))).await;
    assert!(tz["data"]["content"].as_str().unwrap().contains("Europe/Zurich"), "{tz}");

    let options = json!([string("target", "me"), string("when", "in 1h"), string("text", "Send the draft ✉️")]);
    let remind = command(&fake, ALICE, &[], slash("remind", options)).await;
    let confirmation = remind["data"]["content"].as_str().unwrap();
    assert!(confirmation.contains("Reminder #1") && confirmation.contains("<t:"), "{remind}");
    assert!(is_ephemeral(&remind), "a personal confirmation is ephemeral: {remind}");

    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 1);
    let dm = fake.dm_channel_id(ALICE).expect("the reminder opened a DM");
    let sent = fake.messages(dm);
    assert!(sent.iter().any(|m| m["content"].as_str().unwrap_or("").contains("Send the draft ✉️")), "{sent:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_tz_and_remind_round_trip_on_sqlite() {
    round_trips(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_tz_and_remind_round_trip_on_postgres() {
    round_trips(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_input_gets_a_clear_answer() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let bad_zone = command(&fake, ALICE, &[], slash("tz", json!([string("zone", "Atlantis\u{200B}")]))).await;
    assert!(bad_zone["data"]["content"].as_str().unwrap().contains('⚠'), "{bad_zone}");
    let unknown = command(&fake, ALICE, &[], sub("reminder", "cancel", json!([string("id", "#999")]))).await;
    assert!(unknown["data"]["content"].as_str().unwrap().contains("#999"), "{unknown}");
    let long = "x".repeat(1001);
    let options = json!([string("target", "me"), string("when", "in 1h"), string("text", &long)]);
    let too_long = command(&fake, ALICE, &[], slash("remind", options)).await;
    assert!(too_long["data"]["content"].as_str().unwrap().contains('⚠'), "{too_long}");
    let rtl = command(
        &fake,
        ALICE,
        &[],
        slash(
            "remind",
            json!([string("target", "me"), string("when", "in 2h"), string("text", "اجتماع اللجنة \u{202E}")]),
        ),
    )
    .await;
    assert!(rtl["data"]["content"].as_str().unwrap().contains('⚠'), "a bidi override is refused: {rtl}");
    let nonsense = command(&fake, ALICE, &[], slash("frobnicate", json!([]))).await;
    assert!(nonsense["data"]["content"].as_str().unwrap().contains("frobnicate"), "{nonsense}");
    // Granting a role needs staff of a body: refused, and nothing granted.
    let grant = command(
        &fake,
        BOB,
        &[],
        sub(
            "role",
            "grant",
            json!([{"name": "user", "type": 6, "value": ALICE.to_string()},
        string("role", "staff")]),
        ),
    )
    .await;
    assert!(grant["data"]["content"].as_str().unwrap().contains('⚠'), "{grant}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_zones_and_visible_ids() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let zone = json!([{ "name": "zone", "type": 3, "value": "gene", "focused": true }]);
    let interaction = fake.autocomplete_interaction(ALICE, "alice", slash("tz", zone));
    fake.dispatch_interaction(interaction.clone()).await;
    let answer = callback_for(&fake, &interaction).await.body;
    assert_eq!(answer["type"], 8);
    let choices = answer["data"]["choices"].as_array().unwrap();
    assert!(choices.iter().any(|c| c["value"] == "Europe/Zurich"), "{answer}");
    assert!(choices.len() <= 25);

    command(
        &fake,
        ALICE,
        &[],
        slash("remind", json!([string("target", "me"), string("when", "in 1h"), string("text", "Budget")])),
    )
    .await;
    let id = json!([{ "name": "cancel", "type": 1, "options": [{ "name": "id", "type": 3, "value": "", "focused": true }] }]);
    let interaction =
        fake.autocomplete_interaction(ALICE, "alice", json!({ "name": "reminder", "type": 1, "options": id }));
    fake.dispatch_interaction(interaction.clone()).await;
    let answer = callback_for(&fake, &interaction).await.body;
    assert_eq!(answer["data"]["choices"][0]["value"], "#1", "{answer}");
    // Bob sees none of Alice's reminders.
    let interaction =
        fake.autocomplete_interaction(BOB, "bob", json!({ "name": "reminder", "type": 1, "options": id }));
    fake.dispatch_interaction(interaction.clone()).await;
    let answer = callback_for(&fake, &interaction).await.body;
    assert_eq!(answer["data"]["choices"].as_array().map(Vec::len), Some(0), "{answer}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_modal_asks_for_left_out_text_and_its_submission_runs() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let asked =
        command(&fake, ALICE, &[], slash("remind", json!([string("target", "me"), string("when", "in 1h")]))).await;
    assert_eq!(asked["type"], 9, "a modal: {asked}");
    let custom_id = asked["data"]["custom_id"].as_str().unwrap().to_owned();
    let interaction = fake.modal_interaction(ALICE, "alice", &custom_id, &[("text", "Stand-up \"now\"")]);
    fake.dispatch_interaction(interaction.clone()).await;
    let done = callback_for(&fake, &interaction).await.body;
    assert!(done["data"]["content"].as_str().unwrap().contains("Stand-up \"now\""), "{done}");
    bot.stop().await;
}

/// An application on Discord is a form (a modal) of at most five questions: answers before a
/// refused one are kept, a button opens the form again from the refused one, and the last
/// answer submits the application.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_application_is_answered_in_modals() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    command(&fake, ALICE, &[], sub("body", "create", json!([string("name", "Council"), string("short", "CN")]))).await;
    command(&fake, ALICE, &[], sub("body", "link", json!([string("short", "CN")]))).await;
    let form = command(&fake, DAVE, &[], sub("apply", "to", json!([string("body", "CN")]))).await;
    assert_eq!(form["type"], 9, "a modal: {form}");
    let custom_id = form["data"]["custom_id"].as_str().unwrap().to_owned();
    let inputs: Vec<&Value> =
        form["data"]["components"].as_array().unwrap().iter().map(|row| &row["components"][0]).collect();
    assert_eq!(inputs.len(), 4, "the four standard questions: {form}");
    assert_eq!(inputs[0]["label"], "Full name");
    assert!(inputs[2]["placeholder"].as_str().unwrap().contains("two-letter code"), "{form}");

    // A country that is not one: the name and organisation are kept, the rest is asked again.
    let fields = [("answer-0", "Dave Example"), ("answer-1", "-"), ("answer-2", "Narnia"), ("answer-3", "To help")];
    let submitted = fake.modal_interaction(DAVE, "dave", &custom_id, &fields);
    fake.dispatch_interaction(submitted.clone()).await;
    let refused = callback_for(&fake, &submitted).await.body;
    let text = refused["data"]["content"].as_str().unwrap();
    assert!(text.contains("not a country code") && text.contains("2 answers noted"), "{refused}");
    assert!(is_ephemeral(&refused), "{refused}");
    let button = &refused["data"]["components"][0]["components"][0];
    assert_eq!(button["custom_id"], "run:apply answers", "{refused}");

    let click = fake.button_interaction(DAVE, "dave", "run:apply answers");
    fake.dispatch_interaction(click.clone()).await;
    let again = callback_for(&fake, &click).await.body;
    assert_eq!(again["type"], 9, "the form again: {again}");
    assert_eq!(again["data"]["components"].as_array().unwrap().len(), 2, "from the refused question: {again}");
    let submitted =
        fake.modal_interaction(DAVE, "dave", &custom_id, &[("answer-0", "KE"), ("answer-1", "To follow the council")]);
    fake.dispatch_interaction(submitted.clone()).await;
    let done = callback_for(&fake, &submitted).await.body;
    assert!(done["data"]["content"].as_str().unwrap().contains("is complete"), "{done}");

    let status = command(&fake, DAVE, &[], sub("apply", "status", json!([]))).await;
    assert!(status["data"]["content"].as_str().unwrap().contains("pending"), "{status}");
    let shown = command(&fake, ALICE, &[], sub("application", "show", json!([string("id", "#1")]))).await;
    let shown = shown["data"]["content"].as_str().unwrap();
    assert!(shown.contains("Dave Example") && shown.contains("KE") && !shown.contains("Narnia"), "{shown}");
    bot.stop().await;
}

/// `/poll create` posts the poll with buttons (one choice) or a menu (several); a click is a vote,
/// confirmed privately; closing posts the result in reply to the poll.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poll_is_answered_with_buttons_and_confirmed_privately() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let options = json!([string("question", "Lunch?"), string("options", "\"Pizza\" \"Salad\"")]);
    let opened = command(&fake, ALICE, &[], sub("poll", "create", options)).await;
    assert!(opened["data"]["content"].as_str().unwrap().contains("Poll #1"), "{opened}");
    // The buttons go out through the outbox.
    assert_eq!(bot.advance(chrono::Duration::zero()).await, 1);
    let widget = fake.messages(FakeDiscord::CHANNEL_ID).last().cloned().unwrap();
    let buttons = widget["components"][0]["components"].as_array().unwrap();
    assert_eq!(buttons.len(), 2, "{widget}");
    let click = fake.button_interaction(BOB, "bob", buttons[1]["custom_id"].as_str().unwrap());
    fake.dispatch_interaction(click.clone()).await;
    let answer = callback_for(&fake, &click).await.body;
    assert!(is_ephemeral(&answer), "{answer}");
    assert!(answer["data"]["content"].as_str().unwrap().contains("recorded: Salad"), "{answer}");

    // Several choices: a menu.
    let options = json!([
        string("question", "Topics?"),
        string("options", "A B C"),
        json!({"name": "multi", "type": 5, "value": true})
    ]);
    command(&fake, ALICE, &[], sub("poll", "create", options)).await;
    assert_eq!(bot.advance(chrono::Duration::zero()).await, 1);
    let menu = fake.messages(FakeDiscord::CHANNEL_ID).last().cloned().unwrap();
    assert_eq!(menu["components"][0]["components"][0]["type"], 3, "{menu}");

    // A ranked poll: its ballot is a menu only the voter sees.
    let options = json!([
        string("question", "Chair"),
        string("options", "Ana Bo Chen"),
        json!({"name": "ranked", "type": 5, "value": true})
    ]);
    let ranked = command(&fake, ALICE, &[], sub("poll", "create", options)).await;
    let button = &ranked["data"]["components"][0]["components"][0];
    assert_eq!(button["custom_id"], "run:poll ballot #3", "{ranked}");
    let click = fake.button_interaction(BOB, "bob", "run:poll ballot #3");
    fake.dispatch_interaction(click.clone()).await;
    let ballot = callback_for(&fake, &click).await.body;
    assert!(is_ephemeral(&ballot), "{ballot}");
    assert_eq!(ballot["data"]["components"][0]["components"][0]["type"], 3, "a select menu: {ballot}");

    let closed = command(&fake, ALICE, &[], sub("poll", "close", json!([string("id", "#1")]))).await;
    assert!(closed["data"]["content"].as_str().unwrap().contains("Salad: 1 (100%)"), "{closed}");
    assert_eq!(bot.advance(chrono::Duration::zero()).await, 2, "the result to the channel, and the poll's end");
    let end = fake.messages(FakeDiscord::CHANNEL_ID).last().cloned().unwrap();
    assert!(end["content"].as_str().unwrap().contains("Salad: 1"), "{end}");
    bot.stop().await;
}

/// What the bot stored as `who`'s vote in poll `id`.
async fn stored_vote(bot: &Bot, id: i64, who: &str) -> Option<String> {
    let mut tx = bot.engine.store.begin().await.unwrap();
    let poll = tx.poll(id).await.unwrap().unwrap();
    let votes = tx.votes_with_voters(&poll).await.unwrap();
    tx.commit().await.unwrap();
    votes.into_iter().find(|v| v.voter == who).map(|v| v.choice)
}

/// Picks `value` in the menu `custom_id` of the latest message carrying it, and returns the callback.
async fn pick(fake: &FakeDiscord, user: u64, name: &str, custom_id: &str, value: &str) -> Value {
    let interaction = fake.select_interaction(user, name, custom_id, &[value]);
    fake.dispatch_interaction(interaction.clone()).await;
    let callback = callback_for(fake, &interaction).await;
    assert!(callback.status < 300, "Discord refused the answer: {callback:?}");
    callback.body
}

/// Clicks the button `custom_id` of the latest message carrying it, and returns the callback.
async fn click(fake: &FakeDiscord, user: u64, name: &str, custom_id: &str) -> Value {
    let interaction = fake.button_interaction(user, name, custom_id);
    fake.dispatch_interaction(interaction.clone()).await;
    let callback = callback_for(fake, &interaction).await;
    assert!(callback.status < 300, "Discord refused the answer: {callback:?}");
    callback.body
}

/// The values of the options of menu `n` in a callback, and the one shown as picked.
fn menu(body: &Value, n: usize) -> (Vec<String>, Option<String>) {
    let menu = &body["data"]["components"][n]["components"][0];
    assert_eq!(menu["type"], 3, "row {n} is a select menu: {body}");
    assert_eq!(menu["custom_id"], format!("pick:{n}"), "{body}");
    let options = menu["options"].as_array().unwrap();
    let values = options.iter().map(|o| o["value"].as_str().unwrap().to_owned()).collect();
    let picked = options.iter().find(|o| o["default"] == true).map(|o| o["value"].as_str().unwrap().to_owned());
    (values, picked)
}

/// The custom IDs of the buttons in a callback.
fn buttons(body: &Value) -> Vec<String> {
    body["data"]["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().unwrap())
        .filter(|c| c["type"] == 2)
        .map(|c| c["custom_id"].as_str().unwrap().to_owned())
        .collect()
}

/// The latest ephemeral message, as the channel holds it now (edits applied).
fn ballot_message(fake: &FakeDiscord) -> Value {
    fake.messages(FakeDiscord::CHANNEL_ID)
        .into_iter()
        .rev()
        .find(|m| m["flags"].as_u64().unwrap_or(0) & 64 != 0)
        .expect("an ephemeral message")
}

/// A ranked and a score poll's ballots are filled in with select menus in one ephemeral message,
/// each step taking the place of the one before; only the confirmation casts the vote, exactly as
/// picked. Cancelling casts nothing, and a step on a poll closed meanwhile is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ranked_and_score_ballots_are_filled_in_with_select_menus() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let options = json!([
        string("question", "Chair"),
        string("options", "Ana Bo Chen Dara"),
        json!({"name": "ranked", "type": 5, "value": true})
    ]);
    command(&fake, ALICE, &[], sub("poll", "create", options)).await;
    let first = click(&fake, BOB, "bob", "run:poll ballot #1").await;
    assert_eq!(first["type"], 4, "a new message: {first}");
    assert!(is_ephemeral(&first), "{first}");
    let (values, _) = menu(&first, 0);
    assert_eq!(values, ["poll ballot #1 1", "poll ballot #1 2", "poll ballot #1 3", "poll ballot #1 4"]);
    assert_eq!(buttons(&first), ["run:poll ballot #1 --cancel"], "no vote to cast yet");

    let second = pick(&fake, BOB, "bob", "pick:0", "poll ballot #1 3").await;
    assert_eq!(second["type"], 7, "the step takes the place of the one before: {second}");
    let (values, _) = menu(&second, 0);
    assert_eq!(values, ["poll ballot #1 3,1", "poll ballot #1 3,2", "poll ballot #1 3,4"], "among the rest");
    assert!(second["data"]["content"].as_str().unwrap().contains("so far: Chen"), "{second}");
    let third = pick(&fake, BOB, "bob", "pick:0", "poll ballot #1 3,1").await;
    let last = pick(&fake, BOB, "bob", "pick:0", "poll ballot #1 3,1,2").await;
    assert_eq!((third["type"].as_u64(), last["type"].as_u64()), (Some(7), Some(7)));
    assert!(last["data"]["content"].as_str().unwrap().contains("Chen > Ana > Bo > Dara"), "{last}");
    assert!(buttons(&last).contains(&"run:poll vote #1 3 1 2 4".to_owned()), "{last}");
    assert_eq!(stored_vote(&bot, 1, "bob").await, None, "nothing is cast before the confirmation");
    let shown = ballot_message(&fake);
    assert!(shown["content"].as_str().unwrap().contains("Chen > Ana > Bo > Dara"), "one message, updated: {shown}");

    let cast = click(&fake, BOB, "bob", "run:poll vote #1 3 1 2 4").await;
    assert_eq!(cast["type"], 7, "{cast}");
    assert!(cast["data"]["content"].as_str().unwrap().contains("recorded: Chen > Ana > Bo > Dara"), "{cast}");
    assert_eq!(cast["data"]["components"], json!([]), "no menu left to pick from: {cast}");
    let confirmation = ballot_message(&fake);
    assert!(confirmation["content"].as_str().unwrap().contains("recorded"), "ephemeral: {confirmation}");
    assert_eq!(stored_vote(&bot, 1, "bob").await.as_deref(), Some("3,1,2,4"));

    // A score poll of five options: four menus a page, then the next page.
    let options = json!([
        string("question", "Venue"),
        string("options", "Bern Genève القاهرة 北京 Lima"),
        string("score", "0-2")
    ]);
    command(&fake, ALICE, &[], sub("poll", "create", options)).await;
    let page = click(&fake, CAROL, "carol", "run:poll ballot #2").await;
    for n in 0..4 {
        assert_eq!(menu(&page, n).0.len(), 3, "scores 0 to 2");
    }
    assert_eq!(page["data"]["components"].as_array().unwrap().len(), 5, "four menus and a row of buttons");
    let scores = ["2", "0", "1", "1"];
    let mut state = vec!["-".to_owned(); 5];
    for (n, score) in scores.iter().enumerate() {
        state[n] = (*score).to_owned();
        let value = format!("poll ballot #2 {} --page 1", state.join(","));
        let step = pick(&fake, CAROL, "carol", &format!("pick:{n}"), &value).await;
        assert_eq!(step["type"], 7, "{step}");
        assert_eq!(menu(&step, n).1.as_deref(), Some(value.as_str()), "the score picked shows");
    }
    let next = format!("run:poll ballot #2 {} --page 2", state.join(","));
    let page2 = click(&fake, CAROL, "carol", &next).await;
    assert_eq!(page2["type"], 7, "{page2}");
    assert!(!buttons(&page2).iter().any(|b| b.starts_with("run:poll vote")), "Lima has no score yet");
    let done = pick(&fake, CAROL, "carol", "pick:0", "poll ballot #2 2,0,1,1,2 --page 2").await;
    assert!(buttons(&done).contains(&"run:poll vote #2 2 0 1 1 2".to_owned()), "{done}");
    assert_eq!(stored_vote(&bot, 2, "carol").await, None);
    let cast = click(&fake, CAROL, "carol", "run:poll vote #2 2 0 1 1 2").await;
    assert!(cast["data"]["content"].as_str().unwrap().contains("Bern: 2, Genève: 0"), "{cast}");
    assert_eq!(stored_vote(&bot, 2, "carol").await.as_deref(), Some("2,0,1,1,2"));

    // Cancel: nothing cast, nothing left to pick.
    click(&fake, DAVE, "dave", "run:poll ballot #1").await;
    pick(&fake, DAVE, "dave", "pick:0", "poll ballot #1 2").await;
    let cancelled = click(&fake, DAVE, "dave", "run:poll ballot #1 --cancel").await;
    assert_eq!(cancelled["type"], 7, "{cancelled}");
    assert!(cancelled["data"]["content"].as_str().unwrap().contains("Nothing was cast"), "{cancelled}");
    assert_eq!(cancelled["data"]["components"], json!([]));
    assert_eq!(stored_vote(&bot, 1, "dave").await, None);

    // A step on a poll closed meanwhile is refused, and casts nothing.
    click(&fake, DAVE, "dave", "run:poll ballot #2").await;
    command(&fake, ALICE, &[], sub("poll", "close", json!([string("id", "#2")]))).await;
    let refused = pick(&fake, DAVE, "dave", "pick:0", "poll ballot #2 1,-,-,-,- --page 1").await;
    assert!(refused["data"]["content"].as_str().unwrap().contains("is closed"), "{refused}");
    assert_eq!(refused["type"], 4, "a refusal is an answer of its own, the step stays: {refused}");
    assert!(is_ephemeral(&refused), "only the voter sees it: {refused}");
    assert_eq!(stored_vote(&bot, 2, "dave").await, None);
    bot.stop().await;
}

/// The log of minutes `id`: each line's writer, text, and whether it was chat.
async fn minutes_log(bot: &Bot, id: i64) -> Vec<(String, String, bool)> {
    let mut tx = bot.engine.store.begin().await.unwrap();
    let log = tx.minutes_log(id).await.unwrap();
    tx.commit().await.unwrap();
    log.into_iter().map(|l| (l.name, l.text, l.chat)).collect()
}

/// Waits until the log of minutes `id` holds `text` as chat.
async fn logged(bot: &Bot, id: i64, text: &str) {
    let found = tokio::time::timeout(WAIT, async {
        while !minutes_log(bot, id).await.iter().any(|(_, t, chat)| t == text && *chat) {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    assert!(found.is_ok(), "{text:?} not in the log: {:?}", minutes_log(bot, id).await);
}

/// A minuted meeting in a channel whose chat the bot reads: the chat said while it runs is in the
/// minutes' log (and nothing after its end), each item is acknowledged by an ephemeral answer,
/// and `/endmeeting` posts the summary in the channel. Chat is never answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_minuted_meeting_keeps_the_channel_s_chat_and_acknowledges_items_privately() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start_reading(&fake, Backend::Sqlite).await;
    let intents = fake.last_identify().unwrap()["intents"].as_u64().unwrap();
    assert_eq!(intents & ((1 << 9) | (1 << 15)), (1 << 9) | (1 << 15), "guild messages with their content: {intents}");
    let started = command(&fake, ALICE, &[], slash("startmeeting", json!([string("title", "Weekly call")]))).await;
    assert!(!is_ephemeral(&started), "{started}");
    assert!(started["data"]["content"].as_str().unwrap().contains("Minutes #1"), "{started}");

    fake.user_message(BOB, "bob", "Hello everyone 👋").await;
    logged(&bot, 1, "Hello everyone 👋").await;
    let info = command(&fake, ALICE, &[], slash("info", json!([string("text", "Budget is on track")]))).await;
    assert!(is_ephemeral(&info), "an acknowledgement only the chair sees: {info}");
    assert!(info["data"]["content"].as_str().unwrap().contains("noted as item 1"), "{info}");
    fake.user_message(CAROL, "carol", "مرحبا بالجميع").await;
    logged(&bot, 1, "مرحبا بالجميع").await;
    // A command nobody else saw (an interaction) is not the room's: it stays out of the log.
    let tz = fake.command_interaction(BOB, "bob", &[], slash("tz", json!([string("zone", "Tokyo")])));
    fake.dispatch_interaction(tz.clone()).await;
    let tz = callback_for(&fake, &tz).await.body;
    assert!(tz["data"]["content"].as_str().unwrap().contains("Asia/Tokyo"), "{tz}");
    let here = command(&fake, ALICE, &[], slash("here", json!([]))).await;
    assert!(is_ephemeral(&here), "{here}");

    let ended = command(&fake, ALICE, &[], slash("endmeeting", json!([]))).await;
    assert!(!is_ephemeral(&ended), "the summary is for the channel: {ended}");
    assert!(ended["data"]["content"].as_str().unwrap().contains("“Weekly call” ended"), "{ended}");
    fake.user_message(BOB, "bob", "After the meeting").await;
    // Chat after the end reaches the bot too, and is neither written down nor answered.
    bot.advance(chrono::Duration::zero()).await;
    let log = minutes_log(&bot, 1).await;
    let texts: Vec<&str> = log.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "startmeeting Weekly call",
            "Hello everyone 👋",
            "info Budget is on track",
            "مرحبا بالجميع",
            "here",
            "endmeeting"
        ],
        "{log:?}"
    );
    assert_eq!(log[1].0, "bob", "{log:?}");
    // Chat names no channel: the room keeps the channel's name.
    let mut tx = bot.engine.store.begin().await.unwrap();
    let room_key = tx.minutes(1).await.unwrap().unwrap().room_key;
    let name = tx.room_name(room_key).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    assert_ne!(name, FakeDiscord::CHANNEL_ID.to_string());
    let posted: Vec<Value> = fake.messages(FakeDiscord::CHANNEL_ID);
    let bot_id = FakeDiscord::BOT_USER_ID.to_string();
    let from_bot = posted.iter().filter(|m| m["author"]["id"].as_str() == Some(bot_id.as_str())).count();
    let answers = posted.iter().filter(|m| m.get("interaction_metadata").is_some()).count();
    assert_eq!(from_bot, answers, "the bot said nothing but its answers to commands: {posted:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn native_poll_buttons_run_their_command() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let poll = NativePoll {
        question: "Which zone?".into(),
        answers: vec![("Europe/Paris".into(), "Paris".into()), ("Asia/Tokyo".into(), "Tokyo".into())],
        max_selections: 1,
        disclosed: true,
        vote_command: "tz".into(),
    };
    let channel = FakeDiscord::CHANNEL_ID.to_string();
    bot.engine.post_native_poll(Platform::Discord, &channel, &poll).await.unwrap();
    let click = fake.button_interaction(ALICE, "alice", "poll:Asia/Tokyo");
    fake.dispatch_interaction(click.clone()).await;
    let answer = callback_for(&fake, &click).await.body;
    assert!(answer["data"]["content"].as_str().unwrap().contains("Asia/Tokyo"), "{answer}");

    // A button that runs a command directly.
    let click = fake.button_interaction(ALICE, "alice", "run:whoami");
    fake.dispatch_interaction(click.clone()).await;
    let answer = callback_for(&fake, &click).await.body;
    assert!(answer["data"]["content"].as_str().unwrap().contains(&format!("<@{ALICE}>")), "{answer}");

    // Several choices: a menu.
    let multi = NativePoll { max_selections: 2, ..poll };
    bot.engine.post_native_poll(Platform::Discord, &channel, &multi).await.unwrap();
    let menu = fake.messages(FakeDiscord::CHANNEL_ID).last().cloned().unwrap();
    assert_eq!(menu["components"][0]["components"][0]["type"], 3, "{menu}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_gateway_resumes_without_losing_an_interaction() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    fake.drop_gateway();
    let interaction = fake.command_interaction(ALICE, "alice", &[], slash("tz", json!([string("zone", "Tokyo")])));
    fake.dispatch_interaction(interaction.clone()).await;
    let callback = callback_for(&fake, &interaction).await;
    assert!(callback.body["data"]["content"].as_str().unwrap().contains("Asia/Tokyo"), "{callback:?}");
    assert_eq!((fake.identify_count(), fake.resume_count()), (1, 1), "resumed, not identified again");
    bot.stop().await;
}

/// Checks health until `done` holds; panics after `within`.
async fn health_until(
    bot: &Bot,
    within: Duration,
    done: impl Fn(&quorum::core::health::Report) -> bool,
) -> quorum::core::health::Report {
    let last = std::sync::Mutex::new(None);
    let found = tokio::time::timeout(within, async {
        loop {
            let report = bot.engine.health.check(&bot.engine.store).await;
            if done(&report) {
                return report;
            }
            *last.lock().unwrap() = Some(report);
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await;
    found.unwrap_or_else(|_| panic!("health not as awaited within {within:?}: {:?}", last.lock().unwrap()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_follows_the_gateway_through_a_drop() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let report = health_until(&bot, WAIT, |r| r.adapters.get("discord").is_some_and(|d| d.connected)).await;
    assert!(report.healthy, "{report:?}");
    assert_eq!(report.adapters["discord"].disconnects, 0);
    fake.drop_gateway();
    let report =
        health_until(&bot, WAIT, |r| r.adapters["discord"].disconnects == 1 && r.adapters["discord"].connected).await;
    assert!(report.healthy && report.adapters["discord"].reason.is_none(), "{report:?}");
    assert_eq!((fake.identify_count(), fake.resume_count()), (1, 1));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interaction_discord_did_not_take_an_answer_for_is_counted() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    // Discord refuses the interaction's answer (rate limited): the member sees no answer there.
    fake.rate_limit("/interactions", 1, 0.5, false);
    let interaction = fake.command_interaction(ALICE, "alice", &[], slash("tz", json!([string("zone", "Lima")])));
    fake.dispatch_interaction(interaction.clone()).await;
    // The reply goes to the channel as a message instead.
    let channel = format!("/channels/{}/messages", FakeDiscord::CHANNEL_ID);
    let posted = fake.wait_request(WAIT, move |r| r.path.ends_with(&channel) && r.method == "POST").await;
    assert!(posted.body["content"].as_str().unwrap_or_default().contains("America/Lima"), "{posted:?}");
    let report = bot.engine.health.check(&bot.engine.store).await;
    assert_eq!((report.adapters["discord"].unanswerable, report.unanswerable), (1, 1), "{report:?}");
    // An interaction answered in time is not counted.
    command(&fake, ALICE, &[], slash("tz", json!([string("zone", "Tokyo")]))).await;
    assert_eq!(bot.engine.health.check(&bot.engine.store).await.unanswerable, 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_work_is_deferred_then_completed() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    // Hold the database for longer than Discord's window, as a slow disk or a long lock would.
    let held = bot.engine.store.begin().await.unwrap();
    let interaction = fake.command_interaction(ALICE, "alice", &[], slash("tz", json!([string("zone", "Lima")])));
    fake.dispatch_interaction(interaction.clone()).await;
    let callback = callback_for(&fake, &interaction).await;
    assert_eq!(callback.body["type"], 5, "acknowledged in time: {callback:?}");
    assert!(is_ephemeral(&callback.body), "the placeholder cannot leak a private answer");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    held.rollback().await.unwrap();
    // A public answer replaces the placeholder with a message the channel sees.
    let token = interaction["token"].as_str().unwrap().to_owned();
    fake.wait_request(WAIT, move |r| r.path.contains(&token) && r.method == "DELETE").await;
    let channel = format!("/channels/{}/messages", FakeDiscord::CHANNEL_ID);
    let posted = fake.wait_request(WAIT, move |r| r.path.ends_with(&channel) && r.method == "POST").await;
    assert!(posted.body["content"].as_str().unwrap_or_default().contains("America/Lima"), "{posted:?}");

    // A private answer stays in the (ephemeral) placeholder.
    let held = bot.engine.store.begin().await.unwrap();
    let interaction = fake.command_interaction(ALICE, "alice", &[], slash("whoami", json!([])));
    fake.dispatch_interaction(interaction.clone()).await;
    assert_eq!(callback_for(&fake, &interaction).await.body["type"], 5);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    held.rollback().await.unwrap();
    let token = interaction["token"].as_str().unwrap().to_owned();
    let edit = fake.wait_request(WAIT, move |r| r.path.contains(&token) && r.method == "PATCH").await;
    assert!(edit.body["content"].as_str().unwrap_or_default().contains("Member number"), "{edit:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_delay_sends_by_what_discord_asks() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let options = json!([string("target", "me"), string("when", "in 1h"), string("text", "Call starts")]);
    command(&fake, ALICE, &[], slash("remind", options)).await;
    fake.rate_limit("/api/v10/channels/", 1, 7.5, false);
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 0, "the first attempt is limited");
    let next = bot.engine.store.next_outbox_at("discord").await.unwrap().unwrap();
    let wait = next - bot.clock.now().timestamp_millis();
    assert!((7000..=7500).contains(&wait), "retries after Discord's retry_after, not {wait} ms");
    tokio::time::sleep(Duration::from_millis(7600)).await;
    assert_eq!(bot.advance(chrono::Duration::seconds(8)).await, 1);
    let dm = fake.dm_channel_id(ALICE).unwrap();
    assert!(fake.messages(dm).iter().any(|m| m["content"].as_str().unwrap_or("").contains("Call starts")));

    // A global limit stops every route, not just the one that hit it.
    fake.rate_limit("/api/v10/users/@me/channels", 1, 3.0, true);
    command(
        &fake,
        ALICE,
        &[],
        slash("remind", json!([string("target", "me"), string("when", "in 1h"), string("text", "x")])),
    )
    .await;
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 0);
    let before = fake.requests().len();
    let sink_send = bot.delivery.deliver_due().await.unwrap();
    assert_eq!(sink_send, 0);
    assert_eq!(fake.requests().len(), before, "nothing is sent during a global limit");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_map_both_ways() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let channel = FakeDiscord::CHANNEL_ID.to_string();
    let actions = bot.engine.actions(Platform::Discord).expect("the adapter provides its actions");
    actions.set_role(&channel, &BOB.to_string(), Some(Role::Staff)).await.unwrap();
    assert_eq!(fake.member_roles(BOB), [STAFF_ROLE]);
    actions.set_role(&channel, &BOB.to_string(), None).await.unwrap();
    assert!(fake.member_roles(BOB).is_empty());
    assert!(actions.set_role(&channel, &BOB.to_string(), Some(Role::Admin)).await.is_err(), "no role mapped");
    // No invitation to a channel on Discord: a member of the server is in, one who is not cannot be added.
    actions.invite(&channel, &BOB.to_string()).await.unwrap();
    fake.leave_guild(BOB);
    let refused = actions.invite(&channel, &BOB.to_string()).await.unwrap_err();
    assert!(refused.is_permanent_at(chrono::Duration::zero()), "{refused:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_meeting_scheduled_on_discord_is_a_scheduled_event_until_cancelled() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    command(&fake, ALICE, &[], sub("body", "create", json!([string("name", "Council"), string("short", "CN")]))).await;
    let options = json!([
        string("title", "Plenary"),
        string("date", "2026-12-03"),
        string("time", "09:00"),
        string("zone", "America/New_York"),
        string("link", "https://meet.example.org/plenary")
    ]);
    let scheduled = command(&fake, ALICE, &[STAFF_ROLE], sub("meeting", "schedule", options)).await;
    assert!(scheduled["data"]["content"].as_str().unwrap().contains("<t:1796306400:F>"), "{scheduled}");
    let events = fake.scheduled_events();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["name"], "Plenary");
    assert_eq!(events[0]["entity_metadata"]["location"], "https://meet.example.org/plenary");
    let buttons = scheduled["data"]["components"][0]["components"].as_array().unwrap();
    assert_eq!(buttons.len(), 3, "yes, no, maybe: {scheduled}");
    let emoji: Vec<&Value> = buttons.iter().map(|b| &b["emoji"]["name"]).collect();
    assert_eq!(emoji, [&json!("✅"), &json!("❌"), &json!("❔")], "each answer shows its emoji");
    let click = fake.button_interaction(BOB, "bob", "run:meeting rsvp #1 yes");
    fake.dispatch_interaction(click.clone()).await;
    let answer = callback_for(&fake, &click).await.body;
    assert!(is_ephemeral(&answer) && answer["data"]["content"].as_str().unwrap().contains("yes"), "{answer}");
    let cancelled = command(&fake, ALICE, &[STAFF_ROLE], sub("meeting", "cancel", json!([string("id", "#1")]))).await;
    assert!(cancelled["data"]["content"].as_str().unwrap().contains("cancelled"), "{cancelled}");
    assert!(fake.scheduled_events().is_empty());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_series_scheduled_event_follows_its_occurrences_and_edits() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let starts_at = |fake: &FakeDiscord| {
        let events = fake.scheduled_events();
        assert_eq!(events.len(), 1, "{events:?}");
        chrono::DateTime::parse_from_rfc3339(events[0]["scheduled_start_time"].as_str().unwrap()).unwrap().to_utc()
    };
    let options = json!([
        string("title", "Weekly sync"),
        string("date", "2026-12-01"),
        string("time", "14:00"),
        string("zone", "Europe/Zurich"),
        string("repeat", "every tuesday"),
        string("remind", "none")
    ]);
    command(&fake, ALICE, &[], sub("meeting", "schedule", options)).await;
    assert_eq!(starts_at(&fake), at("2026-12-01T13:00:00Z"));
    // The first occurrence ends (60 minutes): the event moves on to the next Tuesday.
    bot.clock.set(at("2026-12-01T14:00:01Z"));
    assert_eq!(bot.scheduler.run_due().await.unwrap(), 1);
    assert_eq!(starts_at(&fake), at("2026-12-08T13:00:00Z"));
    let edited =
        command(&fake, ALICE, &[], sub("meeting", "edit", json!([string("id", "#1"), string("time", "16:30")]))).await;
    assert!(edited["data"]["content"].as_str().unwrap().contains("<t:"), "{edited}");
    assert_eq!(starts_at(&fake), at("2026-12-08T15:30:00Z"));
    // Moving or cancelling the coming occurrence moves the event too.
    let moved = json!([
        string("id", "#1"),
        string("date", "2026-12-08"),
        string("to_date", "2026-12-09"),
        string("to_time", "10:00")
    ]);
    command(&fake, ALICE, &[], sub("meeting", "move", moved)).await;
    assert_eq!(starts_at(&fake), at("2026-12-09T09:00:00Z"));
    command(&fake, ALICE, &[], sub("meeting", "cancel", json!([string("id", "#1"), string("date", "2026-12-09")])))
        .await;
    assert_eq!(starts_at(&fake), at("2026-12-15T15:30:00Z"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_calendar_export_is_an_ephemeral_answer_with_the_ics_attached() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let options = json!([
        string("title", "Plenary"),
        string("date", "2026-12-03"),
        string("time", "09:00"),
        string("zone", "America/New_York")
    ]);
    command(&fake, ALICE, &[], sub("meeting", "schedule", options)).await;
    let interaction = fake.command_interaction(ALICE, "alice", &[], sub("meeting", "ics", json!([string("id", "#1")])));
    fake.dispatch_interaction(interaction.clone()).await;
    let callback = callback_for(&fake, &interaction).await;
    assert!(callback.status < 300, "{callback:?}");
    assert!(is_ephemeral(&callback.body), "the file is for the asker: {:?}", callback.body);
    assert_eq!(callback.files.len(), 1, "{callback:?}");
    let file = &callback.files[0];
    assert_eq!(file.filename.as_deref(), Some("meeting-1.ics"));
    let ics = String::from_utf8(file.bytes.clone()).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("SUMMARY:Plenary\r\n"), "{ics}");
    assert_eq!(callback.body["data"]["attachments"][0]["filename"], "meeting-1.ics");
    let text = callback.body["data"]["content"].as_str().unwrap();
    assert!(!text.contains("BEGIN:VCALENDAR"), "the text does not repeat the file: {text}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meetings_appear_as_scheduled_events() {
    use quorum::core::platform::CalendarEvent;
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let channel = FakeDiscord::CHANNEL_ID.to_string();
    let actions = bot.engine.actions(Platform::Discord).unwrap();
    let starts = chrono::Utc::now() + chrono::Duration::days(7);
    let mut event = CalendarEvent {
        name: "Council — plenary 🗳️".into(),
        description: "x".repeat(1500),
        starts,
        ends: starts + chrono::Duration::hours(2),
        location: "Room 4 / https://meet.example.org/council".into(),
    };
    let id = actions.publish_event(&channel, &event).await.unwrap();
    let events = fake.scheduled_events();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["name"], "Council — plenary 🗳️");
    assert_eq!(events[0]["description"].as_str().unwrap().chars().count(), 1000, "clipped to Discord's limit");
    event.starts += chrono::Duration::hours(1);
    event.ends += chrono::Duration::hours(1);
    actions.update_event(&channel, &id, &event).await.unwrap();
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(fake.scheduled_events()[0]["scheduled_start_time"].as_str().unwrap())
            .unwrap(),
        event.starts.with_timezone(&chrono::FixedOffset::east_opt(0).unwrap()).with_nanosecond(0).unwrap()
    );
    actions.cancel_event(&channel, &id).await.unwrap();
    assert!(fake.scheduled_events().is_empty());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_mode_checks_signatures_and_answers_in_the_response() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, true).await;
    let endpoint = bot.endpoint.clone().unwrap();
    let ping = json!({ "id": "1", "application_id": FakeDiscord::APPLICATION_ID.to_string(), "type": 1, "token": "t", "version": 1 });
    assert_eq!(fake.post_interaction(&endpoint, &ping, Signature::Valid).await, (200, json!({ "type": 1 })));
    assert_eq!(fake.post_interaction(&endpoint, &ping, Signature::Invalid).await.0, 401);
    assert_eq!(fake.post_interaction(&endpoint, &ping, Signature::Missing).await.0, 401);

    let interaction = fake.command_interaction(ALICE, "alice", &[], slash("tz", json!([string("zone", "Nairobi")])));
    let (status, body) = fake.post_interaction(&endpoint, &interaction, Signature::Valid).await;
    assert_eq!(status, 200);
    assert!(body["data"]["content"].as_str().unwrap().contains("Africa/Nairobi"), "{body}");
    bot.stop().await;
}

/// A reply that carries a text file, as a calendar export will.
fn with_file(destination: quorum::core::reply::Destination) -> quorum::core::engine::Outgoing {
    use quorum::core::reply::{Attachment, Block, Msg, Reply};
    let file = Attachment {
        name: "meeting-2.ics".into(),
        mime: "text/calendar".into(),
        content: "BEGIN:VCALENDAR\r\nSUMMARY:Plénière 🗳️\r\nEND:VCALENDAR\r\n".into(),
    };
    quorum::core::engine::Outgoing {
        destination,
        reply: Reply::public(Msg::new("reminder-fire").text("text", "Calendar")).with(Block::File(file)),
        locale: "en".into(),
        zone: chrono_tz::Tz::UTC,
    }
}

async fn download(url: &str) -> Vec<u8> {
    let response = reqwest::get(url).await.expect("download");
    assert_eq!(response.status().as_u16(), 200, "{url}");
    response.bytes().await.unwrap().to_vec()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_are_sent_as_attachments_to_channels_and_direct_messages() {
    use quorum::core::reply::Destination;
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let content = "BEGIN:VCALENDAR\r\nSUMMARY:Plénière 🗳️\r\nEND:VCALENDAR\r\n";
    let channel = Destination::Room { platform: Platform::Discord, room_id: FakeDiscord::CHANNEL_ID.to_string() };
    let direct = Destination::Direct { platform: Platform::Discord, user_id: ALICE.to_string() };
    for (n, destination) in [channel, direct].into_iter().enumerate() {
        bot.engine.defer(&with_file(destination), &format!("file-{n}"), None).await.unwrap();
    }
    assert_eq!(bot.delivery.deliver_due().await.unwrap(), 2);
    let dm = fake.dm_channel_id(ALICE).expect("a DM channel was opened for the direct message");
    for channel in [FakeDiscord::CHANNEL_ID, dm] {
        let messages = fake.messages(channel);
        assert_eq!(messages.len(), 1, "text and file in one message: {messages:?}");
        let message = &messages[0];
        let text = message["content"].as_str().unwrap();
        assert!(text.contains("Calendar") && !text.contains("VCALENDAR"), "the text does not repeat the file: {text}");
        let attachments = message["attachments"].as_array().unwrap();
        assert_eq!(attachments.len(), 1, "{message}");
        assert_eq!(attachments[0]["filename"], "meeting-2.ics");
        assert_eq!(attachments[0]["size"], content.len());
        assert_eq!(attachments[0]["content_type"], "text/calendar");
        assert_eq!(download(attachments[0]["url"].as_str().unwrap()).await, content.as_bytes());
    }
    // Sent as Discord documents: payload_json naming the file, and the file as files[0].
    let upload = fake.requests().into_iter().find(|r| !r.files.is_empty()).unwrap();
    assert_eq!(upload.body["attachments"], json!([{ "id": 0, "filename": "meeting-2.ics" }]));
    assert_eq!(upload.files[0].field, "files[0]");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interaction_answers_and_follow_ups_upload_files_the_way_the_adapter_sends_them() {
    use quorum::adapters::discord::{Rest, name_attachments};
    use quorum::core::reply::Attachment;
    let fake = FakeDiscord::start().await;
    let rest = Rest::new(format!("Bot {}", FakeDiscord::TOKEN), &fake.base_url()).unwrap();
    let file =
        Attachment { name: "meeting-2.ics".into(), mime: "text/calendar".into(), content: "BEGIN:VCALENDAR".into() };
    let files = std::slice::from_ref(&file);

    // The first answer (a callback) with the file, then a follow-up with it alone.
    // Delivered to an endpoint that does not answer: the answer goes by callback instead.
    let nowhere = format!("http://127.0.0.1:{}/interactions", free_port());
    let interaction = fake.command_interaction(ALICE, "alice", &[], slash("export", json!([])));
    fake.post_interaction(&nowhere, &interaction, Signature::Valid).await;
    let (id, token) = (interaction["id"].as_str().unwrap(), interaction["token"].as_str().unwrap());
    let mut answer = json!({ "type": 4, "data": { "content": "Your calendar", "flags": 64 } });
    name_attachments(&mut answer["data"], files);
    let path = format!("/interactions/{id}/{token}/callback");
    rest.call_with_files::<Value>(reqwest::Method::POST, &path, &answer, files).await.expect("callback with a file");
    let mut follow_up = json!({ "flags": 64 });
    name_attachments(&mut follow_up, files);
    let webhook = format!("/webhooks/{}/{token}", FakeDiscord::APPLICATION_ID);
    rest.call_with_files::<Value>(reqwest::Method::POST, &webhook, &follow_up, files).await.expect("follow-up");

    // A deferred answer edited into the reply with its file.
    let deferred = fake.command_interaction(ALICE, "alice", &[], slash("export", json!([])));
    fake.post_interaction(&nowhere, &deferred, Signature::Valid).await;
    let (id, token) = (deferred["id"].as_str().unwrap(), deferred["token"].as_str().unwrap());
    let defer = json!({ "type": 5, "data": { "flags": 64 } });
    rest.call::<Value>(reqwest::Method::POST, &format!("/interactions/{id}/{token}/callback"), Some(&defer))
        .await
        .unwrap();
    let mut edit = json!({ "content": "Done" });
    name_attachments(&mut edit, files);
    let original = format!("/webhooks/{}/{token}/messages/@original", FakeDiscord::APPLICATION_ID);
    rest.call_with_files::<Value>(reqwest::Method::PATCH, &original, &edit, files).await.expect("edit with a file");

    let messages = fake.messages(FakeDiscord::CHANNEL_ID);
    assert_eq!(messages.len(), 3, "{messages:?}");
    for message in &messages {
        assert_eq!(message["attachments"][0]["filename"], "meeting-2.ics", "{message}");
        assert_eq!(download(message["attachments"][0]["url"].as_str().unwrap()).await, b"BEGIN:VCALENDAR");
    }
    assert_eq!(messages[2]["content"], "Done");
}

/// A member who closed their DMs: Discord answers 50007, and the reminder fails at once instead
/// of being tried again every few minutes; staff see it, without its text.
async fn a_refused_dm_fails_at_once(backend: Backend) {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, backend, false).await;
    fake.close_dms(BOB);
    let options = json!([string("target", "me"), string("when", "in 1h"), string("text", "Private note")]);
    let remind = command(&fake, BOB, &[], slash("remind", options)).await;
    assert!(remind["data"]["content"].as_str().unwrap().contains("Reminder #1"), "{remind}");
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 0);
    let dm = fake.dm_channel_id(BOB).expect("Discord opens the DM channel all the same");
    let posts = |fake: &FakeDiscord| -> Vec<u16> {
        let path = format!("/api/v10/channels/{dm}/messages");
        fake.requests().into_iter().filter(|r| r.method == "POST" && r.path == path).map(|r| r.status).collect()
    };
    assert_eq!(posts(&fake), [403]);
    assert_eq!(bot.engine.store.count_outbox("failed").await.unwrap(), 1);
    assert_eq!(bot.engine.store.next_outbox_at("discord").await.unwrap(), None, "nothing left to try");
    for _ in 0..4 {
        bot.advance(chrono::Duration::hours(12)).await;
    }
    assert_eq!(posts(&fake), [403], "never tried again");

    let listed = command(&fake, ALICE, &[], sub("outbox", "list", json!([]))).await;
    let text = listed["data"]["content"].as_str().unwrap();
    assert!(is_ephemeral(&listed), "{listed}");
    // Its number is the send's own: the answers to commands are sends too.
    assert!(text.contains(" · discord · direct message to") && text.contains("after 1 attempt"), "{text}");
    assert!(text.contains("refused: Discord answered 403 (code 50007): Cannot send messages to this user"), "{text}");
    assert!(!text.contains("Private note"), "never the content: {text}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_dm_fails_at_once_on_sqlite() {
    a_refused_dm_fails_at_once(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_dm_fails_at_once_on_postgres() {
    a_refused_dm_fails_at_once(Backend::Postgres).await;
}

/// What an operator sees of the bot: its log and its metrics. One for the whole test process, as
/// a process has one log subscriber and one metrics recorder.
struct Observed {
    log: Arc<Mutex<Vec<u8>>>,
    metrics: PrometheusHandle,
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn observed() -> &'static Observed {
    static OBSERVED: OnceLock<Observed> = OnceLock::new();
    OBSERVED.get_or_init(|| {
        let recorder = PrometheusBuilder::new().build_recorder();
        let metrics = recorder.handle();
        metrics::set_global_recorder(recorder).expect("the only metrics recorder");
        let log = Arc::new(Mutex::new(Vec::new()));
        let writer = log.clone();
        tracing_subscriber::fmt()
            .with_env_filter("quorum=info")
            .with_ansi(false)
            .with_writer(move || LogWriter(writer.clone()))
            .init();
        Observed { log, metrics }
    })
}

impl Observed {
    /// A counter's value, by its name and labels as the Prometheus text shows them.
    fn counter(&self, series: &str) -> u64 {
        let text = self.metrics.render();
        text.lines()
            .find_map(|line| line.strip_prefix(series)?.trim().parse::<f64>().ok())
            .map_or(0, |value| value as u64)
    }

    fn log(&self) -> String {
        String::from_utf8_lossy(&self.log.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

const UNANSWERABLE: &str = "quorum_unanswerable_total{platform=\"discord\"}";
const DUPLICATES: &str = "quorum_events_duplicate_total{platform=\"discord\"}";
/// Bounds each stage of the fault tests; re-identifying alone takes serenity over five seconds.
const FAULT_WAIT: Duration = Duration::from_secs(60);

fn remind_me(when: &str, text: &str) -> Value {
    slash("remind", json!([string("target", "me"), string("when", when), string("text", text)]))
}

/// The requests that tried to answer an interaction (callbacks, accepted or not).
fn callbacks(fake: &FakeDiscord, interaction: &Value) -> Vec<Recorded> {
    let path = format!("/interactions/{}/", interaction["id"].as_str().unwrap());
    fake.requests().into_iter().filter(|r| r.method == "POST" && r.path.contains(&path)).collect()
}

/// The messages the bot posted successfully, over REST, whose text contains `text`.
fn posted(fake: &FakeDiscord, text: &str) -> usize {
    fake.requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/messages") && r.status < 300)
        .filter(|r| r.body["content"].as_str().is_some_and(|c| c.contains(text)))
        .count()
}

both!(a_storm_of_commands_survives_a_dropped_and_an_invalidated_gateway, |backend| async move {
    let observed = observed();
    let fake = FakeDiscord::start().await;
    let bot = Bot::start_live(&fake, backend).await;
    let users = [(ALICE, "alice"), (BOB, "bob"), (CAROL, "carol"), (DAVE, "dave")];
    let mut sent: Vec<Value> = Vec::new();
    // Each command sets a reminder that falls due a few seconds later, during the faults, and
    // is sent over REST as a direct message.
    let next = |sent: &Vec<Value>| {
        let n = sent.len();
        let (user, name) = users[n % users.len()];
        fake.command_interaction(user, name, &[], remind_me(&format!("in {}s", 2 + n % 5), &format!("storm-{n:03}")))
    };
    // A client that keeps a few commands in flight: as fast as the bot answers.
    let answered = |fake: &FakeDiscord, sent: &[Value]| {
        sent.iter().filter(|i| fake.interaction_response(i["id"].as_str().unwrap().parse().unwrap()).is_some()).count()
    };
    const IN_FLIGHT: usize = 8;
    async fn storm(
        fake: &FakeDiscord,
        sent: &mut Vec<Value>,
        until: usize,
        next: &impl Fn(&Vec<Value>) -> Value,
        answered: &impl Fn(&FakeDiscord, &[Value]) -> usize,
    ) {
        while sent.len() < until {
            let waiting = sent.len() - IN_FLIGHT.min(sent.len());
            fake.wait_for(FAULT_WAIT, "answers to the commands in flight", |f| answered(f, sent) >= waiting).await;
            let interaction = next(sent);
            fake.dispatch_interaction(interaction.clone()).await;
            sent.push(interaction);
        }
    }

    storm(&fake, &mut sent, 30, &next, &answered).await;
    // The connection drops with commands in flight; those sent meanwhile wait for the resume.
    fake.drop_gateway();
    for _ in 0..10 {
        let interaction = next(&sent);
        fake.dispatch_interaction(interaction.clone()).await;
        sent.push(interaction);
    }
    fake.wait_for(FAULT_WAIT, "the session resumed", |f| f.resume_count() == 1).await;
    storm(&fake, &mut sent, 70, &next, &answered).await;
    // Discord ends the session: the bot identifies anew.
    fake.invalidate_session();
    fake.wait_for(FAULT_WAIT, "a new session", |f| f.identify_count() == 2).await;
    storm(&fake, &mut sent, 100, &next, &answered).await;

    fake.wait_for(FAULT_WAIT, "every command answered", |f| answered(f, &sent) == sent.len()).await;
    let missing = |f: &FakeDiscord| -> Vec<usize> {
        (0..sent.len()).filter(|n| posted(f, &format!("storm-{n:03}")) == 0).collect()
    };
    let all_sent = tokio::time::timeout(FAULT_WAIT, fake.wait_for(2 * FAULT_WAIT, "", |f| missing(f).is_empty())).await;
    if all_sent.is_err() {
        let problems: Vec<String> =
            observed.log().lines().filter(|l| l.contains("WARN") || l.contains("ERROR")).map(str::to_owned).collect();
        panic!("reminders not delivered: {:?}\n{}", missing(&fake), problems.join("\n"));
    }
    tokio::time::timeout(FAULT_WAIT, bot.sink.settled()).await.expect("interactions settled");
    for interaction in &sent {
        let tries = callbacks(&fake, interaction);
        assert_eq!(tries.len(), 1, "one answer to each interaction: {tries:?}");
        assert!(tries[0].status < 300, "{tries:?}");
    }
    for n in 0..sent.len() {
        assert_eq!(posted(&fake, &format!("storm-{n:03}")), 1, "reminder {n} sent once");
    }
    assert_eq!((fake.resume_count(), fake.invalidation_count(), fake.identify_count()), (1, 1, 2));
    let log = observed.log();
    assert!(log.contains("Discord gateway resumed"), "{log}");
    assert!(log.contains("Discord session invalidated; identified again"), "{log}");
    bot.stop().await;
});

both!(an_interaction_delivered_again_is_run_and_answered_once, |backend| async move {
    let observed = observed();
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, backend, false).await;
    let duplicates = observed.counter(DUPLICATES);
    // The bot is busy with the command (the database is held: Carol's first command makes her a
    // member) when Discord replays it.
    let mut held = bot.engine.store.begin().await.unwrap();
    held.member_for_identity("discord", &CAROL.to_string(), "carol", 0).await.unwrap();
    let remind = fake.command_interaction(CAROL, "carol", &[], remind_me("in 1h", "Only once"));
    fake.dispatch_interaction(remind.clone()).await;
    fake.replay_from(&remind).await;
    fake.wait_for(WAIT, "the replay recognised", |_| observed.counter(DUPLICATES) > duplicates).await;
    held.rollback().await.unwrap();
    assert!(callback_for(&fake, &remind).await.status < 300);
    command(&fake, CAROL, &[], slash("tz", json!([string("zone", "Tokyo")]))).await;

    // Answered, it comes again with what followed it, as after a resume from an older sequence.
    fake.replay_from(&remind).await;
    fake.wait_for(WAIT, "both replays recognised", |_| observed.counter(DUPLICATES) > duplicates + 2).await;
    // A new process (no memory of it) gets it again: the database knows it was handled.
    let bot = bot.restart(&fake).await;
    fake.dispatch_interaction(remind.clone()).await;
    fake.wait_for(WAIT, "the delivery recognised", |_| observed.counter(DUPLICATES) > duplicates + 3).await;

    assert_eq!(callbacks(&fake, &remind).len(), 1, "answered once");
    let list = command(&fake, CAROL, &[], slash("reminders", json!([]))).await;
    let text = list["data"]["content"].as_str().unwrap();
    assert!(text.contains("#1") && !text.contains("#2"), "one reminder: {text}");
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 1);
    assert_eq!(posted(&fake, "Only once"), 1);
    bot.stop().await;
});

both!(an_interaction_too_late_to_answer_is_not_run_and_its_sender_is_told, |backend| async move {
    let observed = observed();
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, backend, false).await;
    let unanswerable = observed.counter(UNANSWERABLE);
    // Created ten seconds ago (held up on Discord's side, or replayed late): past Discord's three.
    let built = fake.command_interaction(BOB, "bob", &[], remind_me("in 1h", "Water the plants"));
    let late = fake.created_ago(built, Duration::from_secs(10));
    fake.dispatch_interaction(late.clone()).await;
    let notice = fake
        .wait_request(WAIT, |r| {
            r.method == "POST" && r.body["content"].as_str().is_some_and(|c| c.contains("too late"))
        })
        .await;
    let dm = fake.dm_channel_id(BOB).expect("a direct message to the sender");
    assert_eq!(notice.path, format!("/api/v10/channels/{dm}/messages"));
    let text = notice.body["content"].as_str().unwrap();
    assert!(text.contains("/remind") && text.contains("not run"), "{text}");
    assert!(observed.counter(UNANSWERABLE) > unanswerable, "counted");
    let id = late["id"].as_str().unwrap();
    let log = observed.log();
    let line = log.lines().find(|l| l.contains(id) && l.contains("too late")).unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains("WARN") && !line.contains("Water the plants"), "no user text: {line}");

    // Delivered again, it is neither run nor the notice repeated.
    let duplicates = observed.counter(DUPLICATES);
    fake.dispatch_interaction(late.clone()).await;
    fake.wait_for(WAIT, "the delivery recognised", |_| observed.counter(DUPLICATES) > duplicates).await;
    assert!(callbacks(&fake, &late).is_empty(), "no answer Discord would refuse");
    assert_eq!(posted(&fake, "too late"), 1);
    let list = command(&fake, BOB, &[], slash("reminders", json!([]))).await;
    assert!(list["data"]["content"].as_str().unwrap().contains("no reminders"), "not run: {list}");
    assert_eq!(bot.advance(chrono::Duration::hours(1)).await, 0);
    bot.stop().await;
});

/// A Matrix account asks for a link code in a direct message; the same person's Discord account
/// sends it with `/account link` in a channel (an interaction nobody else sees, answered
/// ephemerally): the two are one member, and `/whoami` lists both accounts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_matrix_and_a_discord_account_link_into_one_member() {
    use quorum::core::actor::{PlatformRoom, PlatformUser};
    use quorum::core::engine::Incoming;
    use quorum::core::reply::Arg;

    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let on_matrix = |text: &str| Incoming {
        user: PlatformUser {
            platform: Platform::Matrix,
            user_id: "@bob:example.org".into(),
            display_name: "Bob".into(),
        },
        room: PlatformRoom {
            platform: Platform::Matrix,
            room_id: "!dm:example.org".into(),
            name: "Bob".into(),
            is_direct: true,
        },
        text: text.into(),
        platform_role: None,
        plain: false,
        confidential: false,
    };
    let out = bot.engine.handle(on_matrix("account link")).await.unwrap();
    let code = out[0]
        .reply
        .messages()
        .flat_map(|m| &m.args)
        .find_map(|(name, arg)| match (name.as_str(), arg) {
            ("code", Arg::Code(code)) => Some(code.clone()),
            _ => None,
        })
        .expect("a link code");

    // Discord lists the family as `/account link` and `/account unlink`.
    let commands = fake.commands(Some(FakeDiscord::GUILD_ID));
    let account = commands.iter().find(|c| c["name"] == "account").expect("/account registered");
    let subcommands: Vec<&str> =
        account["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(subcommands, ["link", "unlink"]);

    let linked = command(&fake, BOB, &[], sub("account", "link", json!([string("code", &code)]))).await;
    let text = linked["data"]["content"].as_str().unwrap();
    assert!(is_ephemeral(&linked), "{linked}");
    assert!(text.contains("is now linked") && text.contains("@bob:example.org"), "{text}");
    let whoami = command(&fake, BOB, &[], slash("whoami", json!([]))).await;
    let text = whoami["data"]["content"].as_str().unwrap();
    assert!(text.contains("Account on discord") && text.contains(&BOB.to_string()), "{text}");
    assert!(text.contains("Account on matrix") && text.contains("@bob:example.org"), "{text}");
    // The code worked once.
    let again = command(&fake, CAROL, &[], sub("account", "link", json!([string("code", &code)]))).await;
    assert!(again["data"]["content"].as_str().unwrap().contains("already used"), "{again}");
    // From Matrix, the same member sees both accounts too.
    let out = bot.engine.handle(on_matrix("whoami")).await.unwrap();
    let accounts = out[0].reply.messages().filter(|m| m.key == "whoami-account").count();
    assert_eq!(accounts, 2);
    bot.stop().await;
}

/// A command given as an interaction is confidential: nobody but its sender sees it, and its
/// private answers are ephemeral. (A guild channel's messages are chat, and not confidential.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interaction_is_a_confidential_command() {
    let fake = FakeDiscord::start().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let at_start = Some(at("2026-11-30T08:00:00Z"));
    let bot = Bot::launch_with(&fake, db, false, at_start, false, common::probe::registry()).await;
    let body = command(&fake, BOB, &[], slash("probe", json!([]))).await;
    assert_eq!(body["data"]["content"].as_str(), Some("confidential=true"), "{body}");
    bot.stop().await;
}

/// A reply that withdraws its command deletes the command's message from its channel (a ballot
/// typed where all can read it): refused without Manage Messages, which is logged without the
/// message's content, and the reply goes all the same; done once the bot may; a message deleted
/// already (a retried send) is no failure.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawn_command_is_deleted_from_its_channel_and_its_reply_goes_all_the_same() {
    use quorum::core::engine::Outgoing;
    use quorum::core::reply::{Block, Destination, MessageRef, Msg, Reply};
    use quorum::scheduler::Sink;

    let observed = observed();
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    let typed = fake.user_message(BOB, "bob", "!vote 4 Zebulon-7Q").await;
    let typed_id = typed["id"].as_str().unwrap().to_owned();
    let reply = |text: &str| {
        let mut reply = Reply::private(Msg::new("unused")).withdrawing_command();
        reply.blocks = vec![Block::Verbatim(text.to_owned())];
        reply.command_message =
            Some(MessageRef { room_id: FakeDiscord::CHANNEL_ID.to_string(), message_id: typed_id.clone() });
        Outgoing {
            destination: Destination::Direct { platform: Platform::Discord, user_id: BOB.to_string() },
            reply,
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        }
    };
    let deletes = |fake: &FakeDiscord| -> Vec<u16> {
        let path = format!("/channels/{}/messages/{typed_id}", FakeDiscord::CHANNEL_ID);
        fake.requests().iter().filter(|r| r.method == "DELETE" && r.path.ends_with(&path)).map(|r| r.status).collect()
    };
    let in_channel = |fake: &FakeDiscord| {
        fake.messages(FakeDiscord::CHANNEL_ID).iter().any(|m| m["id"].as_str() == Some(typed_id.as_str()))
    };

    bot.sink.send(&reply("Vote in private, please."), "withdraw-1").await.expect("the reply goes");
    assert_eq!(deletes(&fake), [403], "refused without Manage Messages");
    assert!(in_channel(&fake));
    let dm = fake.dm_channel_id(BOB).expect("a DM channel");
    let told = fake.messages(dm);
    assert!(told.iter().any(|m| m["content"] == "Vote in private, please."), "{told:?}");
    let log = observed.log();
    assert!(log.contains("could not remove a command from its channel"), "{log}");
    assert!(!log.contains("Zebulon-7Q"), "the command's content was logged: {log}");

    fake.grant_manage_messages();
    bot.sink.send(&reply("Vote in private."), "withdraw-2").await.expect("the reply goes");
    assert_eq!(deletes(&fake), [403, 204]);
    assert!(!in_channel(&fake), "the command is gone from the channel");
    bot.sink.send(&reply("Again."), "withdraw-3").await.expect("a retry is no failure");
    assert_eq!(deletes(&fake), [403, 204, 404]);
    bot.stop().await;
}

/// An election on Discord: a ballot is an ephemeral interaction, filled in with select menus and
/// cast by a button, or typed with `/ballot`; its receipt comes in the ephemeral answer, whose
/// outbox row keeps no text once sent; `/verify` shows the ballot; a member votes once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_election_is_voted_in_ephemeral_menus_with_a_receipt() {
    let fake = FakeDiscord::start().await;
    let bot = Bot::start(&fake, Backend::Sqlite, false).await;
    command(&fake, ALICE, &[], sub("body", "create", json!([string("name", "Council"), string("short", "CN")]))).await;
    command(&fake, ALICE, &[], sub("body", "link", json!([string("short", "CN")]))).await;
    for user in [ALICE, BOB, CAROL] {
        let added =
            command(&fake, ALICE, &[], sub("member", "add", json!([string("name", &format!("<@{user}>"))]))).await;
        assert!(!added["data"]["content"].as_str().unwrap().contains('⚠'), "{added}");
    }
    let options = json!([
        string("title", "Chair"),
        string("seats", "1"),
        string("method", "irv"),
        string("roll", "CN"),
        string("voting", "2d")
    ]);
    let created = command(&fake, ALICE, &[], sub("election", "create", options)).await;
    assert!(created["data"]["content"].as_str().unwrap().contains("Election #1"), "{created}");
    for (who, name) in [(ALICE, "alice"), (BOB, "bob")] {
        let interaction = fake.command_interaction(
            who,
            name,
            &[],
            slash("nominate", json!([{"name": "user", "type": 6, "value": who.to_string()}])),
        );
        fake.dispatch_interaction(interaction.clone()).await;
        let nominated = callback_for(&fake, &interaction).await.body;
        assert!(nominated["data"]["content"].as_str().unwrap().contains("is nominated"), "{nominated}");
    }
    let opened = command(&fake, ALICE, &[], sub("election", "open", json!([string("id", "#1")]))).await;
    assert!(opened["data"]["content"].as_str().unwrap().contains("Voting is open"), "{opened}");
    assert!(buttons(&opened).contains(&"run:election ballot #1".to_owned()), "{opened}");

    // Bob fills in his ballot with menus only he sees, and casts it with the button.
    let first = click(&fake, BOB, "bob", "run:election ballot #1").await;
    assert!(is_ephemeral(&first), "{first}");
    assert_eq!(menu(&first, 0).0, ["election ballot #1 1", "election ballot #1 2"]);
    let second = pick(&fake, BOB, "bob", "pick:0", "election ballot #1 2").await;
    assert_eq!(second["type"], 7, "{second}");
    assert!(buttons(&second).contains(&"run:ballot #1 2".to_owned()), "{second}");
    let cast = click(&fake, BOB, "bob", "run:ballot #1 2").await;
    let text = cast["data"]["content"].as_str().unwrap().to_owned();
    assert!(text.contains("is cast"), "{cast}");
    let code = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 39 && w.split('-').count() == 8)
        .unwrap_or_else(|| panic!("a receipt in {text}"))
        .to_owned();
    let shown = ballot_message(&fake);
    assert!(shown["content"].as_str().unwrap().contains(&code), "the receipt is in the ephemeral message: {shown}");

    // Carol types hers; Bob checks his receipt, and cannot vote twice.
    let typed = command(&fake, CAROL, &[], slash("ballot", json!([string("id", "#1"), string("choice", "1 2")]))).await;
    assert!(is_ephemeral(&typed) && typed["data"]["content"].as_str().unwrap().contains("is cast"), "{typed}");
    let verified = command(&fake, BOB, &[], slash("verify", json!([string("code", &code)]))).await;
    assert!(is_ephemeral(&verified), "{verified}");
    assert!(verified["data"]["content"].as_str().unwrap().contains("Receipt found"), "{verified}");
    let again = command(&fake, BOB, &[], slash("ballot", json!([string("id", "#1"), string("choice", "1")]))).await;
    assert!(again["data"]["content"].as_str().unwrap().contains("already voted"), "{again}");
    assert!(is_ephemeral(&again), "a refused ballot is the voter's business only: {again}");

    // The answers that carried ballots and receipts keep no text once sent.
    bot.advance(chrono::Duration::zero()).await;
    let mut tx = bot.engine.store.begin().await.unwrap();
    let (ballots, _) = tx.election_turnout(1).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(ballots, 2);
    {
        use sqlx::Connection;
        let mut conn = sqlx::AnyConnection::connect(&common::normalize(&bot.db.url)).await.unwrap();
        let secret: Vec<(String, String)> =
            sqlx::query_as("SELECT state, payload FROM outbox WHERE secret = 1").fetch_all(&mut conn).await.unwrap();
        conn.close().await.ok();
        assert!(secret.len() >= 4, "{secret:?}");
        for (state, payload) in &secret {
            assert_eq!((state.as_str(), payload.as_str()), ("sent", quorum::store::SECRET_PLACEHOLDER));
        }
    }
    let closed = command(&fake, ALICE, &[], sub("election", "close", json!([string("id", "#1")]))).await;
    let result = closed["data"]["content"].as_str().unwrap();
    assert!(result.contains("Elected: **bob**"), "{closed}");
    bot.stop().await;
}
