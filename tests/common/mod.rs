//! Shared test harness: a fresh database on each backend, and an engine on a virtual clock.
#![allow(dead_code)]

pub mod dump;
pub mod probe;
pub mod servers;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use quorum::core::actor::{Platform, PlatformRoom, PlatformUser};
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig, Incoming, Outgoing};
use quorum::store::Store;
use sqlx::Connection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database that lives as long as the test.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = dir.path().join("quorum.db").display().to_string();
                Self { url, _dir: Some(dir), pg_name: None }
            }
            Backend::Postgres => {
                let admin = std::env::var("QUORUM_TEST_POSTGRES").expect(
                    "QUORUM_TEST_POSTGRES is not set: run the suite with scripts/test, which starts PostgreSQL",
                );
                sqlx::any::install_default_drivers();
                let name = format!("quorum_t_{:016x}", rand::random::<u64>());
                let mut conn = sqlx::AnyConnection::connect(&admin).await.expect("connect to the test PostgreSQL");
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut conn)
                    .await
                    .expect("create test database");
                conn.close().await.ok();
                let base = admin.rsplit_once('/').expect("database URL has a path").0;
                Self { url: format!("{base}/{name}"), _dir: None, pg_name: Some(name) }
            }
        }
    }

    pub async fn store(&self) -> Store {
        Store::connect_and_migrate(&self.url).await.expect("open store")
    }

    /// Drops a PostgreSQL database at once, cutting its open connections, as a lost server or an
    /// operator's mistake would take it away.
    pub async fn drop_postgres_database(&mut self) {
        let name = self.pg_name.take().expect("a PostgreSQL test database");
        let admin = std::env::var("QUORUM_TEST_POSTGRES").expect("QUORUM_TEST_POSTGRES is set");
        let mut conn = sqlx::AnyConnection::connect(&admin).await.expect("connect to the test PostgreSQL");
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)")))
            .execute(&mut conn)
            .await
            .expect("drop the test database");
        conn.close().await.ok();
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else { return };
        let Ok(admin) = std::env::var("QUORUM_TEST_POSTGRES") else { return };
        // Dropping runs outside the test's runtime, which may be shutting down.
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async {
                if let Ok(mut conn) = sqlx::AnyConnection::connect(&admin).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join()
        .ok();
    }
}

/// Runs an async test body once per backend: `both!(name, |backend| async move { … })`.
#[macro_export]
macro_rules! both {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)($crate::common::Backend::Sqlite).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                ($body)($crate::common::Backend::Postgres).await
            }
        }
    };
}

pub fn at(s: &str) -> DateTime<Utc> {
    s.parse().expect("RFC 3339 instant")
}

/// An engine on a fresh database and a clock fixed at `now`.
pub struct Harness {
    pub db: TestDb,
    pub engine: Arc<Engine>,
    pub clock: Arc<VirtualClock>,
}

impl Harness {
    pub async fn new(backend: Backend, now: &str) -> Self {
        Self::with_registry(backend, now, quorum::features::registry()).await
    }

    /// An engine that runs the commands of `registry` (a test's own) instead of Quorum's.
    pub async fn with_registry(
        backend: Backend,
        now: &str,
        registry: &'static quorum::core::registry::Registry,
    ) -> Self {
        let db = TestDb::new(backend).await;
        let store = db.store().await;
        let clock = Arc::new(VirtualClock::new(Some(at(now))));
        let engine = Arc::new(Engine::new(store, clock.clone(), EngineConfig::default(), registry));
        Self { db, engine, clock }
    }

    pub fn user(name: &str) -> PlatformUser {
        PlatformUser { platform: Platform::Console, user_id: name.into(), display_name: name.into() }
    }

    pub fn room(name: &str) -> PlatformRoom {
        PlatformRoom {
            platform: Platform::Console,
            room_id: name.into(),
            name: name.into(),
            is_direct: name.starts_with("dm:"),
        }
    }

    pub async fn send(&self, user: &str, room: &str, text: &str) -> Vec<Outgoing> {
        let text = text.strip_prefix('!').unwrap_or(text);
        self.engine
            .handle(Incoming {
                user: Self::user(user),
                room: Self::room(room),
                text: text.into(),
                platform_role: None,
                plain: false,
                confidential: room.starts_with("dm:"),
            })
            .await
            .expect("command handled")
    }

    /// A user of `platform` other than the console's: `@bob:example.org` is shown as "bob on matrix".
    pub fn platform_user(platform: Platform, id: &str) -> PlatformUser {
        let name = id.trim_start_matches('@').split(':').next().unwrap_or(id).to_owned();
        PlatformUser { platform, user_id: id.into(), display_name: format!("{name} on {platform}") }
    }

    /// Sends `text` as `id` on `platform`: in their direct room with Quorum (which only they and
    /// Quorum see), unless `in_room` names a shared room.
    pub async fn send_on(&self, platform: Platform, id: &str, in_room: Option<&str>, text: &str) -> Vec<Outgoing> {
        let room = match in_room {
            Some(name) => PlatformRoom { platform, room_id: name.into(), name: name.into(), is_direct: false },
            None => PlatformRoom { platform, room_id: format!("dm:{id}"), name: format!("dm:{id}"), is_direct: true },
        };
        self.engine
            .handle(Incoming {
                user: Self::platform_user(platform, id),
                room,
                text: text.into(),
                platform_role: None,
                plain: false,
                confidential: in_room.is_none(),
            })
            .await
            .expect("command handled")
    }

    /// The English text of the first reply to a command.
    pub async fn say(&self, user: &str, room: &str, text: &str) -> String {
        let out = self.send(user, room, text).await;
        self.render(&out[0])
    }

    pub fn render(&self, out: &Outgoing) -> String {
        quorum::adapters::text::render(
            &self.engine.i18n,
            out,
            "!",
            &quorum::adapters::text::PlainStyle { zone: out.zone },
        )
    }

    /// Row counts of every table of the migrated database, sorted by table name: a refused command
    /// must leave all of them as they were, including tables added after this was written.
    pub async fn footprint(&self) -> Vec<(String, i64)> {
        let mut conn = sqlx::AnyConnection::connect(&normalize(&self.db.url)).await.expect("connect");
        let mut counts = Vec::new();
        for table in tables(&mut conn).await {
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut conn)
                .await
                .expect("count");
            counts.push((table, n));
        }
        conn.close().await.ok();
        counts
    }

    pub async fn count(&self, table: &str) -> i64 {
        let mut conn = sqlx::AnyConnection::connect(&normalize(&self.db.url)).await.expect("connect");
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&mut conn)
            .await
            .expect("count");
        conn.close().await.ok();
        n
    }

    pub async fn exec(&self, sql: &str) {
        let mut conn = sqlx::AnyConnection::connect(&normalize(&self.db.url)).await.expect("connect");
        sqlx::query(sqlx::AssertSqlSafe(sql.to_owned())).execute(&mut conn).await.expect("exec");
        conn.close().await.ok();
    }
}

/// The tables the migrations created, sorted by name; sqlx's own record of applied migrations is
/// not one of them.
pub async fn tables(conn: &mut sqlx::AnyConnection) -> Vec<String> {
    let sql = match conn.backend_name() {
        "SQLite" => {
            r"SELECT name FROM sqlite_master
              WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> '_sqlx_migrations'"
        }
        "PostgreSQL" => {
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'"
        }
        other => panic!("no table listing for {other}"),
    };
    let mut names: Vec<String> = sqlx::query_scalar(sql).fetch_all(&mut *conn).await.expect("list tables");
    names.sort();
    names
}

pub fn normalize(url: &str) -> String {
    sqlx::any::install_default_drivers();
    quorum::store::normalize_url(url)
}

/// Runs the `quorum` binary's console on `db` at `now` with `lines` on standard input (as a user
/// would, a process of its own), and returns its transcript.
pub fn console(db: &str, now: &str, lines: &str) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_quorum"))
        .args(["console", "--db", db, "--now", now])
        .env("QUORUM_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start quorum");
    child.stdin.take().expect("stdin").write_all(lines.as_bytes()).expect("write script");
    let out = child.wait_with_output().expect("quorum ran");
    assert!(out.status.success(), "quorum failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The one-time link code (`HHHH-SSSS-SSSS`) in a reply's text.
pub fn link_code(text: &str) -> String {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 14 && w.as_bytes()[4] == b'-' && w.as_bytes()[9] == b'-')
        .unwrap_or_else(|| panic!("no link code in {text}"))
        .to_owned()
}
