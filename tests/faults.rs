#![recursion_limit = "256"]
//! Fault tests: the real `quorum run`, in a process of its own, delivers a storm of reminders to a
//! Matrix room on a real Synapse and to a channel of the fake Discord while faults strike: SIGKILL
//! at random moments (on SQLite and on PostgreSQL), the homeserver stopped for a minute, PostgreSQL
//! restarted. Every reminder must arrive exactly once, as a second Matrix account reading the room's
//! history and the fake Discord's record of the messages created see it, and none may be reported
//! as missed. How many arrived late is measured, not asserted (the machine's load decides it): each
//! test prints lines of README's table, seen with `cargo test --test faults -- --nocapture`.
//!
//! The servers a test stops are its own: the homeserver outage runs against a Synapse started for
//! that test, the PostgreSQL restart against a cluster started for it (`OwnServer`, with the scripts
//! that `scripts/with-synapse` and `scripts/with-postgres` export), so that no other test, in this
//! binary or another one running at the same time (cargo-nextest runs binaries in parallel), loses
//! its server. Each test registers Matrix accounts of its own and talks to a fake Discord of its own.
//! Every wait has a deadline that fails the test.

mod common;
mod fake_discord;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use common::servers::{MatrixAccount, OwnServer, QuorumProcess, tail};
use common::{Backend, TestDb};
use fake_discord::FakeDiscord;
use quorum::core::actor::{Platform, PlatformRoom, PlatformUser};
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig, Incoming};
use quorum::store::Store;
use rand::Rng;
use tokio::time::Instant;

/// Reminders per platform in one storm.
const PER_PLATFORM: usize = 500;
/// The member who sets the reminders on Discord.
const ALICE: u64 = 1_200_000_000_000_000_001;
/// Arriving later than this after its due time (or after the fault under way then ended) is late.
const LATE_MS: i64 = 1_000;

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

fn synapse_url() -> String {
    std::env::var("QUORUM_TEST_SYNAPSE_URL")
        .expect("QUORUM_TEST_SYNAPSE_URL is not set: run the suite with scripts/test, which starts Synapse")
}

/// A span of wall-clock time (milliseconds since the epoch) during which a fault was under way.
#[derive(Debug, Clone, Copy)]
struct Fault {
    from: i64,
    to: i64,
}

/// Runs a blocking call (a control script, reaping a process) without holding up the runtime.
fn blocking<T>(f: impl FnOnce() -> T) -> T {
    tokio::task::block_in_place(f)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Matrix,
    Discord,
}

impl Side {
    fn letter(self) -> char {
        match self {
            Side::Matrix => 'm',
            Side::Discord => 'd',
        }
    }
}

/// One bot as an operator deploys it: a database, a Matrix account and room on a homeserver, a fake
/// Discord, a configuration file, and `quorum run` when it is running. The test's own engine on
/// the same database sets the reminders, as members' commands would, and tells when nothing is
/// left to do.
struct Deployment {
    /// First, so that it is killed before its directory goes.
    process: Option<QuorumProcess>,
    database: &'static str,
    _dir: tempfile::TempDir,
    config: PathBuf,
    log: PathBuf,
    engine: Arc<Engine>,
    clock: Arc<VirtualClock>,
    bot: MatrixAccount,
    reader: MatrixAccount,
    room: String,
    fake: FakeDiscord,
    /// Due instants, by side and number.
    due: Vec<(Side, usize, i64)>,
}

impl Deployment {
    async fn new(database: &'static str, url: &str, homeserver: &str) -> Self {
        let store = Store::connect_and_migrate(url).await.expect("open the database");
        let bot = MatrixAccount::register(homeserver, "faultbot").await;
        let reader = MatrixAccount::register(homeserver, "reader").await;
        let room = reader.create_room(&bot.user_id).await;
        bot.join(&room).await;
        let fake = FakeDiscord::start().await;
        let dir = tempfile::tempdir().expect("temp dir");

        let mut matrix = toml::Table::new();
        matrix.insert("homeserver".into(), homeserver.into());
        matrix.insert("user".into(), bot.user_id.clone().into());
        matrix.insert("password".into(), bot.password.clone().into());
        matrix.insert("store_path".into(), dir.path().join("matrix-store").display().to_string().into());
        let mut config = toml::Table::new();
        config.insert("database_url".into(), url.into());
        config.insert("matrix".into(), matrix.into());
        config.insert("discord".into(), toml::from_str::<toml::Table>(&fake.bot_config("")).expect("TOML").into());
        let config_path = dir.path().join("quorum.toml");
        std::fs::write(&config_path, toml::to_string(&config).expect("TOML")).expect("write the configuration");

        let clock = Arc::new(VirtualClock::new(Some(Utc::now())));
        let admins = vec![reader.user_id.clone(), format!("discord:{ALICE}")];
        let engine = Arc::new(Engine::new(
            store,
            clock.clone(),
            EngineConfig { admins, ..EngineConfig::default() },
            quorum::features::registry(),
        ));
        let log = dir.path().join("quorum.log");
        let deployment = Self {
            database,
            config: config_path,
            log,
            engine,
            clock,
            bot,
            reader,
            room,
            fake,
            process: None,
            due: Vec::new(),
            _dir: dir,
        };
        deployment.command(Side::Matrix, "body create \"Storm\" ST").await;
        deployment.command(Side::Matrix, "body link ST").await;
        deployment.command(Side::Discord, "body link ST").await;
        deployment
    }

    /// Runs a command as the member on that side, in the storm's room there; returns the reply.
    async fn command(&self, side: Side, text: &str) -> String {
        let (user, room) = match side {
            Side::Matrix => (
                PlatformUser {
                    platform: Platform::Matrix,
                    user_id: self.reader.user_id.clone(),
                    display_name: "reader".into(),
                },
                PlatformRoom {
                    platform: Platform::Matrix,
                    room_id: self.room.clone(),
                    name: "storm".into(),
                    is_direct: false,
                },
            ),
            Side::Discord => (
                PlatformUser { platform: Platform::Discord, user_id: ALICE.to_string(), display_name: "alice".into() },
                PlatformRoom {
                    platform: Platform::Discord,
                    room_id: FakeDiscord::CHANNEL_ID.to_string(),
                    name: "general".into(),
                    is_direct: false,
                },
            ),
        };
        let out = self
            .engine
            .handle(Incoming { user, room, text: text.into(), platform_role: None, plain: false, confidential: false })
            .await
            .expect("command handled");
        let reply = quorum::adapters::text::render(
            &self.engine.i18n,
            &out[0],
            "!",
            &quorum::adapters::text::PlainStyle { zone: out[0].zone },
        );
        assert!(!reply.contains('⚠'), "{text}: {reply}");
        reply
    }

    /// Sets `PER_PLATFORM` reminders for each side, falling due evenly from `first` over `window`,
    /// the two sides interleaved. Each is set as `remind here in 60s` a minute before its due time
    /// on the engine's clock, so that it falls due to the millisecond.
    async fn schedule_storm(&mut self, first: i64, window: Duration) {
        let step = window.as_millis() as i64 / PER_PLATFORM as i64;
        for n in 0..PER_PLATFORM {
            for (side, offset) in [(Side::Matrix, 0), (Side::Discord, step / 2)] {
                let due = first + n as i64 * step + offset;
                self.clock.set(DateTime::from_timestamp_millis(due - 60_000).expect("instant"));
                let reply = self.command(side, &format!("remind here in 60s \"storm-{}-{n:04}\"", side.letter())).await;
                assert!(reply.contains("Reminder #"), "{reply}");
                self.due.push((side, n, due));
            }
        }
    }

    async fn start(&mut self) {
        assert!(self.process.is_none(), "already running");
        self.process = Some(QuorumProcess::start(&self.config, &self.log).await);
    }

    fn kill(&mut self) {
        let process = self.process.take().expect("running");
        blocking(|| process.kill());
    }

    /// Waits (up to `within`) until every reminder has fired and the outbox has nothing left to send.
    async fn wait_until_done(&self, within: Duration) {
        let deadline = Instant::now() + within;
        loop {
            let store = &self.engine.store;
            let jobs = store.count_jobs("pending").await;
            let outbox = store.count_outbox("pending").await;
            if let (Ok(0), Ok(0)) = (&jobs, &outbox) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{}: still {jobs:?} jobs and {outbox:?} messages pending after {within:?}; errors: {:?}\n{}",
                self.database,
                store.outbox_errors("matrix").await,
                tail(&self.log)
            );
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// What the platforms show: each side's storm messages as (number, arrival ms, missed notice).
    async fn arrivals(&self) -> Vec<(Side, usize, i64, bool)> {
        let mut seen = Vec::new();
        for message in self.reader.messages(&self.room).await {
            if message.sender == self.bot.user_id
                && let Some(n) = storm_number(&message.body, Side::Matrix)
            {
                seen.push((Side::Matrix, n, message.at_ms, message.body.contains("Missed reminder")));
            }
        }
        for message in self.fake.messages(FakeDiscord::CHANNEL_ID) {
            let content = message["content"].as_str().unwrap_or_default();
            if message["author"]["id"].as_str().and_then(|id| id.parse().ok()) == Some(FakeDiscord::BOT_USER_ID)
                && let Some(n) = storm_number(content, Side::Discord)
            {
                let id: u64 = message["id"].as_str().and_then(|s| s.parse().ok()).expect("snowflake");
                // A snowflake's top bits are its creation time in milliseconds since Discord's epoch.
                let at = ((id >> 22) + 1_420_070_400_000) as i64;
                seen.push((Side::Discord, n, at, content.contains("Missed reminder")));
            }
        }
        seen
    }

    /// Counts what arrived against what was due and prints one table line per side; fails on any
    /// reminder lost, sent twice or reported as missed.
    async fn report(&self, fault: &str, faults: &[Fault]) {
        let arrivals = self.arrivals().await;
        let mut failures = Vec::new();
        for side in [Side::Matrix, Side::Discord] {
            let tally = Tally::count(&self.due, &arrivals, side, faults);
            let platform = match side {
                Side::Matrix => "Matrix (Synapse)",
                Side::Discord => "Discord (fake)",
            };
            eprintln!(
                "FAULTS | {fault} | {} | {platform} | {} | {} | {} | {} | {:.1} s |",
                self.database,
                tally.due,
                tally.lost.len(),
                tally.duplicated.len(),
                tally.late,
                tally.worst_ms as f64 / 1000.0
            );
            if !tally.lost.is_empty() || !tally.duplicated.is_empty() || tally.missed > 0 {
                failures.push(format!(
                    "{platform}: lost {:?}, sent twice {:?}, reported missed {}",
                    tally.lost, tally.duplicated, tally.missed
                ));
            }
        }
        assert!(failures.is_empty(), "{fault} on {}: {}\n{}", self.database, failures.join("; "), tail(&self.log));
    }
}

/// The number in a storm reminder's text (`storm-m-0042`), if the text is one of this side's.
fn storm_number(text: &str, side: Side) -> Option<usize> {
    let marker = format!("storm-{}-", side.letter());
    let at = text.find(&marker)? + marker.len();
    text.get(at..at + 4)?.parse().ok()
}

/// One side's count: what was lost, what arrived more than once, what arrived late.
struct Tally {
    due: usize,
    lost: Vec<usize>,
    duplicated: Vec<usize>,
    missed: usize,
    late: usize,
    /// The longest wait past the due time (or past the end of the fault under way then).
    worst_ms: i64,
}

impl Tally {
    fn count(due: &[(Side, usize, i64)], arrivals: &[(Side, usize, i64, bool)], side: Side, faults: &[Fault]) -> Self {
        let mut tally = Tally { due: 0, lost: Vec::new(), duplicated: Vec::new(), missed: 0, late: 0, worst_ms: 0 };
        for &(_, n, due_at) in due.iter().filter(|d| d.0 == side) {
            tally.due += 1;
            let copies: Vec<&(Side, usize, i64, bool)> = arrivals.iter().filter(|a| a.0 == side && a.1 == n).collect();
            let Some(first) = copies.iter().map(|a| a.2).min() else {
                tally.lost.push(n);
                continue;
            };
            if copies.len() > 1 {
                tally.duplicated.push(n);
            }
            tally.missed += copies.iter().filter(|a| a.3).count();
            let expected = faults.iter().find(|f| f.from <= due_at && due_at <= f.to).map_or(due_at, |f| f.to);
            let wait = first - expected;
            if wait > LATE_MS {
                tally.late += 1;
            }
            tally.worst_ms = tally.worst_ms.max(wait);
        }
        tally
    }
}

/// `kill -9` at `KILLS` random moments while the storm falls due, each time started again at once.
async fn storm_with_kills(backend: Backend) {
    const WINDOW: Duration = Duration::from_secs(40);
    const KILLS: u32 = 5;
    let db = TestDb::new(backend).await;
    let name = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let mut deployment = Deployment::new(name, &db.url, &synapse_url()).await;
    // The storm starts once the reminders are set and the bot is up; it finds them in the database.
    let first = now_ms() + 10_000;
    deployment.schedule_storm(first, WINDOW).await;
    deployment.start().await;

    // One kill at a random moment in each fifth of the storm, so that each process sends a while.
    let slot = WINDOW.as_millis() as i64 / i64::from(KILLS);
    let mut faults = Vec::new();
    let mut moments = Vec::new();
    for k in 0..i64::from(KILLS) {
        let at = first + k * slot + rand::rng().random_range(slot / 10..slot * 9 / 10);
        tokio::time::sleep(Duration::from_millis((at - now_ms()).max(0) as u64)).await;
        let from = now_ms();
        deployment.kill();
        let to = now_ms();
        deployment.start().await;
        moments.push(from - first);
        faults.push(Fault { from, to });
    }
    eprintln!("{name}: killed {moments:?} ms into the storm");
    deployment.wait_until_done(Duration::from_secs(240)).await;
    deployment.report(&format!("`kill -9` ×{KILLS}"), &faults).await;
}

both!(sigkill_during_a_storm_neither_loses_nor_repeats_a_reminder, |backend| async move {
    storm_with_kills(backend).await;
});

/// The homeserver stopped for 60 s in the middle of a storm, then started again: everything due
/// meanwhile arrives once it is back, none twice; Discord goes on meanwhile. Both databases at once,
/// each with its own bot, against a Synapse of this test's own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_homeserver_outage_during_a_storm_delays_but_neither_loses_nor_repeats() {
    const WINDOW: Duration = Duration::from_secs(80);
    let synapse = blocking(OwnServer::synapse);
    let sqlite = TestDb::new(Backend::Sqlite).await;
    let postgres = TestDb::new(Backend::Postgres).await;
    let mut deployments = vec![
        Deployment::new("SQLite", &sqlite.url, &synapse.url).await,
        Deployment::new("PostgreSQL", &postgres.url, &synapse.url).await,
    ];
    let first = now_ms() + 20_000;
    for deployment in &mut deployments {
        deployment.schedule_storm(first, WINDOW).await;
    }
    for deployment in &mut deployments {
        deployment.start().await;
    }
    tokio::time::sleep(Duration::from_millis((first + 10_000 - now_ms()).max(0) as u64)).await;
    let from = now_ms();
    blocking(|| synapse.stop());
    tokio::time::sleep(Duration::from_secs(60)).await;
    blocking(|| synapse.start_again());
    let outage = Fault { from, to: now_ms() };
    for deployment in &deployments {
        deployment.wait_until_done(Duration::from_secs(240)).await;
    }
    for deployment in &deployments {
        deployment.report("homeserver down 60 s", &[outage]).await;
    }
}

/// PostgreSQL stopped (fast shutdown, every session ended) for 5 s in the middle of a storm, then
/// started again: the bot reconnects, and everything due meanwhile arrives once, none twice. The
/// cluster is this test's own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_restart_during_a_storm_neither_loses_nor_repeats() {
    const WINDOW: Duration = Duration::from_secs(40);
    let postgres = blocking(OwnServer::postgres);
    let mut deployment = Deployment::new("PostgreSQL", &postgres.url, &synapse_url()).await;
    let first = now_ms() + 10_000;
    deployment.schedule_storm(first, WINDOW).await;
    deployment.start().await;
    tokio::time::sleep(Duration::from_millis((first + 15_000 - now_ms()).max(0) as u64)).await;
    let from = now_ms();
    blocking(|| postgres.stop());
    tokio::time::sleep(Duration::from_secs(5)).await;
    blocking(|| postgres.start_again());
    let restart = Fault { from, to: now_ms() };
    deployment.wait_until_done(Duration::from_secs(240)).await;
    deployment.report("PostgreSQL down 5 s", &[restart]).await;
}
