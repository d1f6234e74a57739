#![recursion_limit = "256"]
//! Quorum's HTTP listener: `/metrics` (the Prometheus text format) and `/healthz` (JSON, 200 or
//! 503) beside the calendar feeds, on one listener bound to a free loopback port; on SQLite and
//! PostgreSQL, and in a whole `quorum run` process.
//!
//! The metrics recorder is one per process, shared by every engine of this file: the tests take
//! turns (`TURN`) and compare counters before and after.

mod common;
mod fake_discord;

use std::sync::Arc;
use std::time::Duration;

use common::{Backend, TestDb, at};
use fake_discord::FakeDiscord;
use quorum::adapters::console::Console;
use quorum::adapters::web::HttpServer;
use quorum::core::actor::{Platform, PlatformRoom, PlatformUser};
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig, Incoming};
use quorum::scheduler::SchedulerConfig;
use serde_json::Value;
use sqlx::Connection;

/// One test at a time reads and moves the process's metrics.
static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// An engine on a virtual clock, its HTTP listener, and a console to talk to it.
struct Served {
    db: TestDb,
    engine: Arc<Engine>,
    clock: Arc<VirtualClock>,
    console: Console,
    base: String,
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Served {
    async fn start(backend: Backend) -> Self {
        let db = TestDb::new(backend).await;
        let server = HttpServer::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", server.local_addr().unwrap());
        let clock = Arc::new(VirtualClock::new(Some(at("2026-11-30T08:00:00Z"))));
        let config = EngineConfig { feed_url: Some(base.clone()), ..EngineConfig::default() };
        let engine = Arc::new(Engine::new(db.store().await, clock.clone(), config, quorum::features::registry()));
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(server.serve(engine.clone(), async move {
            let _ = stopped.wait_for(|s| *s).await;
        }));
        let console = Console::new(engine.clone(), clock.clone(), SchedulerConfig::default(), "admin");
        Self { db, engine, clock, console, base, stop, task }
    }

    /// Runs console lines and returns what Quorum printed.
    async fn say(&mut self, lines: &str) -> String {
        let mut output = Vec::new();
        self.console.run_script(lines.as_bytes(), &mut output, false).await.unwrap();
        String::from_utf8(output).unwrap()
    }

    async fn exec(&self, sql: &str) {
        let mut conn = sqlx::AnyConnection::connect(&common::normalize(&self.db.url)).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(sql.to_owned())).execute(&mut conn).await.unwrap();
        conn.close().await.ok();
    }

    async fn get(&self, path: &str) -> (u16, String, String) {
        get(&format!("{}{path}", self.base)).await
    }

    async fn metrics(&self) -> String {
        let (status, kind, body) = self.get("/metrics").await;
        assert_eq!((status, kind.as_str()), (200, "text/plain; version=0.0.4; charset=utf-8"));
        body
    }

    async fn healthz(&self) -> (u16, Value) {
        let (status, kind, body) = self.get("/healthz").await;
        assert_eq!(kind, "application/json");
        (status, serde_json::from_str(&body).unwrap())
    }

    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

async fn get(url: &str) -> (u16, String, String) {
    let response = reqwest::get(url).await.unwrap();
    let status = response.status().as_u16();
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, kind, response.text().await.unwrap())
}

/// The value of one series (`name{labels}`) in a scrape; 0 when it is not there yet.
fn sample(metrics: &str, series: &str) -> f64 {
    metrics.lines().find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.trim().parse().ok()).unwrap_or(0.0)
}

/// How much each series grew between two scrapes.
fn grew(before: &str, after: &str, series: &str) -> f64 {
    sample(after, series) - sample(before, series)
}

async fn commands_jobs_and_the_outbox_show_in_metrics_and_healthz(backend: Backend) {
    let _turn = TURN.lock().await;
    let mut served = Served::start(backend).await;
    let before = served.metrics().await;
    served
        .say(
            "!tz Europe/Zurich\n!tz Asia/Tokyo\n!tz Mars/Base\n!frobnicate now\n\
             bob> !body create \"Council\" CN\n",
        )
        .await;
    // A fault of Quorum's own: the table behind the speaking queue is gone.
    served.exec("DROP TABLE speaking_queue").await;
    let fault = served.say("admin> !queue\n").await;
    assert!(fault.contains('⚠'), "{fault}");
    let after = served.metrics().await;

    let commands = |command: &str, outcome: &str| {
        grew(&before, &after, &format!("quorum_commands_total{{command=\"{command}\",outcome=\"{outcome}\"}}"))
    };
    assert_eq!(commands("tz", "ok"), 2.0, "{after}");
    assert_eq!(commands("tz", "refused"), 1.0, "{after}");
    assert_eq!(commands("unknown", "refused"), 1.0, "{after}");
    assert_eq!(commands("body create", "refused"), 1.0, "{after}");
    assert_eq!(commands("queue show", "internal_error"), 1.0, "{after}");
    assert_eq!(commands("tz", "internal_error"), 0.0, "{after}");
    assert!(after.contains("# TYPE quorum_commands_total counter"), "{after}");
    assert!(after.contains("# HELP quorum_commands_total Commands handled"), "{after}");
    assert!(after.contains("# TYPE quorum_command_seconds histogram"), "{after}");
    assert_eq!(grew(&before, &after, "quorum_command_seconds_count{command=\"tz\"}"), 3.0, "{after}");
    assert_eq!(grew(&before, &after, "quorum_command_seconds_bucket{command=\"tz\",le=\"+Inf\"}"), 3.0);
    assert!(after.contains("quorum_command_seconds_bucket{command=\"tz\",le=\"0.0005\"}"), "{after}");
    assert!(after.contains("quorum_command_seconds_bucket{command=\"tz\",le=\"2.5\"}"), "{after}");
    assert!(sample(&after, "quorum_command_seconds_sum{command=\"tz\"}") > 0.0);
    for typed in ["Mars", "frobnicate", "bob", "Council"] {
        assert!(!after.contains(typed), "what people type never becomes a label: {typed}");
    }

    let (status, health) = served.healthz().await;
    assert_eq!(status, 200, "{health:#}");
    assert_eq!(health["healthy"], true);
    assert_eq!(health["problems"], serde_json::json!([]));
    assert_eq!(health["database"]["reachable"], true);
    assert!(health["database"]["latency_ms"].as_f64().unwrap() >= 0.0, "{health:#}");
    assert_eq!(health["adapters"], serde_json::json!({}));
    assert_eq!((health["scheduler"]["due"].as_i64(), health["scheduler"]["overdue"].as_i64()), (Some(0), Some(0)));
    assert_eq!((health["outbox"]["pending"].as_i64(), health["outbox"]["failed"].as_i64()), (Some(0), Some(0)));
    assert_eq!(health["unanswerable"], 0);

    // A reminder falls due while the scheduler does not run: overdue after a minute.
    served.say("!remind me in 1m \"stretch\"\n").await;
    served.clock.advance(chrono::Duration::minutes(2));
    let (status, health) = served.healthz().await;
    assert_eq!(status, 503, "{health:#}");
    assert_eq!(health["healthy"], false);
    assert_eq!(
        health["problems"],
        serde_json::json!(["scheduler behind: 1 jobs due for more than 60 s (the earliest for 60 s)"])
    );
    assert_eq!((health["scheduler"]["due"].as_i64(), health["scheduler"]["overdue"].as_i64()), (Some(1), Some(1)));
    let metrics = served.metrics().await;
    assert_eq!((sample(&metrics, "quorum_jobs_due"), sample(&metrics, "quorum_jobs_overdue")), (1.0, 1.0));
    assert_eq!(sample(&metrics, "quorum_healthy"), 0.0);
    // It runs 61 s late, within the grace: fired. Another found 20 minutes late is missed.
    let fired = served.say(":clock advance 1s\n").await;
    assert!(fired.contains("stretch"), "{fired}");
    served.say("!remind me in 1m \"late\"\n").await;
    served.clock.advance(chrono::Duration::minutes(20));
    let missed = served.say(":clock advance 1s\n").await;
    assert!(missed.contains("Missed reminder"), "{missed}");
    let (status, health) = served.healthz().await;
    assert_eq!(status, 200, "{health:#}");
    assert_eq!(health["scheduler"]["lag_seconds"].as_f64(), Some(1140.0), "19 minutes late: {health:#}");
    assert_eq!((health["scheduler"]["fired"].as_u64(), health["scheduler"]["missed"].as_u64()), (Some(1), Some(1)));
    let jobs = served.metrics().await;
    assert_eq!(grew(&after, &jobs, "quorum_jobs_fired_total"), 1.0, "{jobs}");
    assert_eq!(grew(&after, &jobs, "quorum_jobs_missed_total"), 1.0, "{jobs}");
    assert_eq!(sample(&jobs, "quorum_jobs_due"), 0.0);

    // A message the platform asked to wait an hour for, and one given up on.
    let user = PlatformUser { platform: Platform::Console, user_id: "admin".into(), display_name: "admin".into() };
    let room =
        PlatformRoom { platform: Platform::Console, room_id: "lobby".into(), name: "lobby".into(), is_direct: false };
    let out = served
        .engine
        .handle(Incoming { user, room, text: "whoami".into(), platform_role: None, plain: false, confidential: false })
        .await
        .unwrap();
    served.engine.defer(&out[0], "reply-waiting", Some(chrono::Duration::hours(1))).await.unwrap();
    served
        .exec("UPDATE outbox SET state = 'failed' WHERE id = (SELECT MIN(id) FROM outbox WHERE state = 'sent')")
        .await;
    let (status, health) = served.healthz().await;
    assert_eq!(status, 200, "failures are counted, not a fault of the process: {health:#}");
    assert_eq!((health["outbox"]["pending"].as_i64(), health["outbox"]["failed"].as_i64()), (Some(1), Some(1)));
    assert_eq!(health["outbox"]["oldest_pending_seconds"].as_f64(), Some(0.0));
    served.clock.advance(chrono::Duration::minutes(16));
    let (status, health) = served.healthz().await;
    assert_eq!(status, 503, "{health:#}");
    assert_eq!(
        health["problems"],
        serde_json::json!(["outbox behind: the oldest unsent message has waited 960 s (limit 900 s)"])
    );
    let outbox = served.metrics().await;
    assert_eq!((sample(&outbox, "quorum_outbox_pending"), sample(&outbox, "quorum_outbox_failed")), (1.0, 1.0));
    assert_eq!(sample(&outbox, "quorum_outbox_oldest_pending_seconds"), 960.0);

    // The calendar feed is served by the same listener.
    let feed = served
        .say(
            "!body create \"Council\" CN\n!body link CN\n\
             !meeting schedule \"Plenary\" 2026-12-03 14:00 UTC\n!meeting feed\n",
        )
        .await;
    let url = feed.split_whitespace().find(|w| w.starts_with(&served.base)).expect(&feed).trim_matches('`').to_owned();
    let (status, kind, ics) = get(&url).await;
    assert_eq!((status, kind.as_str()), (200, "text/calendar; charset=utf-8"));
    assert!(ics.contains("SUMMARY:Plenary"), "{ics}");
    assert_eq!(served.get("/calendar/0123abcd.ics").await.0, 404);
    assert_eq!(served.get("/nothing").await.0, 404);
    served.stop().await;
}

both!(metrics_and_health, commands_jobs_and_the_outbox_show_in_metrics_and_healthz);

async fn an_adapter_down_for_long_makes_healthz_503(backend: Backend) {
    let _turn = TURN.lock().await;
    let served = Served::start(backend).await;
    let before = served.metrics().await;
    served.engine.health.adapter_down(Platform::Matrix, "starting");
    let (status, health) = served.healthz().await;
    assert_eq!(status, 200, "a platform gets a minute to connect: {health:#}");
    assert_eq!(health["adapters"]["matrix"]["connected"], false);
    assert_eq!(health["adapters"]["matrix"]["reason"], "starting");
    served.clock.advance(chrono::Duration::seconds(61));
    let (status, health) = served.healthz().await;
    assert_eq!(status, 503, "{health:#}");
    assert_eq!(health["problems"], serde_json::json!(["matrix disconnected for 61 s: starting"]));
    let down = served.metrics().await;
    assert!(down.contains("quorum_adapter_connected{platform=\"matrix\"} 0"), "{down}");

    served.engine.health.adapter_up(Platform::Matrix);
    served.engine.health.adapter_lag(Platform::Matrix, Duration::from_millis(1500));
    served.engine.health.unanswerable(Platform::Matrix);
    let (status, health) = served.healthz().await;
    assert_eq!(status, 200, "{health:#}");
    let matrix = &health["adapters"]["matrix"];
    assert_eq!((matrix["connected"].as_bool(), matrix["lag_seconds"].as_f64()), (Some(true), Some(1.5)));
    assert_eq!((matrix["unanswerable"].as_u64(), health["unanswerable"].as_u64()), (Some(1), Some(1)));
    let after = served.metrics().await;
    assert_eq!(sample(&after, "quorum_adapter_connected{platform=\"matrix\"}"), 1.0);
    assert_eq!(sample(&after, "quorum_adapter_lag_seconds{platform=\"matrix\"}"), 1.5);
    assert_eq!(grew(&before, &after, "quorum_unanswerable_total{platform=\"matrix\"}"), 1.0);
    served.stop().await;
}

both!(adapter_down, an_adapter_down_for_long_makes_healthz_503);

async fn an_unreachable_database_makes_healthz_503(backend: Backend) {
    let _turn = TURN.lock().await;
    let mut served = Served::start(backend).await;
    assert_eq!(served.healthz().await.0, 200);
    match backend {
        Backend::Sqlite => served.engine.store.close().await,
        // The server side goes away under open connections.
        Backend::Postgres => served.db.drop_postgres_database().await,
    }
    let (status, health) = served.healthz().await;
    assert_eq!(status, 503, "{health:#}");
    assert_eq!(health["database"]["reachable"], false);
    let problem = health["problems"][0].as_str().unwrap();
    assert!(problem.starts_with("database unreachable: "), "{health:#}");
    assert_eq!(health["problems"].as_array().unwrap().len(), 1, "{health:#}");
    assert!(health["outbox"].is_null() && health["scheduler"]["due"].is_null(), "{health:#}");
    let metrics = served.metrics().await;
    assert_eq!((sample(&metrics, "quorum_database_up"), sample(&metrics, "quorum_healthy")), (0.0, 0.0));
    served.stop().await;
}

both!(database_down, an_unreachable_database_makes_healthz_503);

/// `quorum run` as an operator starts it: Discord (the fake, on loopback) and the `[http]`
/// listener from the environment; health follows the gateway.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quorum_run_serves_health_and_metrics_beside_discord() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("quorum.toml");
    let database = dir.path().join("quorum.db");
    std::fs::write(&config, format!("database_url = \"{}\"\n[discord]\n{}", database.display(), fake.bot_config("")))
        .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let _quorum = Running(
        std::process::Command::new(env!("CARGO_BIN_EXE_quorum"))
            .args(["--config", config.to_str().unwrap(), "run"])
            .env("QUORUM_HTTP__LISTEN", format!("127.0.0.1:{port}"))
            .env("QUORUM_LOG", "error")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    fake.wait_connected(Duration::from_secs(20)).await;
    let base = format!("http://127.0.0.1:{port}");
    // The gateway is ready on the fake's side; the bot's handler says so a moment later.
    let health = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            if let Ok(response) = reqwest::get(format!("{base}/healthz")).await {
                let status = response.status().as_u16();
                let health: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
                if status == 200 && health["adapters"]["discord"]["connected"] == true {
                    return health;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("healthy with Discord connected");
    assert_eq!(health["database"]["reachable"], true, "{health:#}");
    assert_eq!(health["adapters"].as_object().unwrap().len(), 1, "only the configured platform: {health:#}");
    let (status, _, metrics) = get(&format!("{base}/metrics")).await;
    assert_eq!(status, 200);
    assert!(metrics.contains("quorum_adapter_connected{platform=\"discord\"} 1"), "{metrics}");
    assert!(metrics.contains("quorum_database_up 1"), "{metrics}");
}

/// A child process, killed when the test ends however it ends.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
