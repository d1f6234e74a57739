//! What fault tests run in processes of their own: a PostgreSQL cluster or a Synapse that the test
//! may stop and start (so that no other test loses its server), the real `quorum run`, which a test
//! may kill, and a Matrix account spoken to in plain HTTP, to set rooms up and read them back.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::time::Instant;

/// A throw-away PostgreSQL cluster or Synapse of one test, started by the script `scripts/with-postgres`
/// or `scripts/with-synapse` hands out, in their scratch directory (so that they stop it even if the test
/// process dies). Stopped when dropped.
pub struct OwnServer {
    /// The database URL (PostgreSQL) or homeserver URL (Synapse).
    pub url: String,
    control: PathBuf,
    what: &'static str,
    _dir: tempfile::TempDir,
}

impl OwnServer {
    /// A PostgreSQL cluster of its own, with an empty database at `url`.
    pub fn postgres() -> Self {
        Self::start("PostgreSQL", "QUORUM_TEST_POSTGRES", "control", "scripts/with-postgres")
    }

    /// A Synapse of its own, with the same users as the suite's (`quorum`, `alice`… password `NAME-pass`).
    pub fn synapse() -> Self {
        Self::start("Synapse", "QUORUM_TEST_SYNAPSE", "restart-synapse", "scripts/with-synapse")
    }

    fn start(what: &'static str, env: &str, control: &str, script: &str) -> Self {
        let var = |suffix: &str| {
            std::env::var(format!("{env}_{suffix}")).unwrap_or_else(|_| {
                panic!("{env}_{suffix} is not set: run the test under {script} (scripts/test does)")
            })
        };
        let (start, scratch) = (var("START"), var("SCRATCH"));
        // No leading dot: the scripts look for their servers with a plain glob.
        let dir = tempfile::Builder::new().prefix("own-").tempdir_in(scratch).expect("a directory for the server");
        let out = Command::new(&start).arg(dir.path()).stderr(Stdio::inherit()).output().expect("run the start script");
        assert!(out.status.success(), "{start} failed");
        let url = String::from_utf8(out.stdout).expect("UTF-8").trim().to_owned();
        Self { url, control: dir.path().join(control), what, _dir: dir }
    }

    /// Stops the server (PostgreSQL: fast shutdown, ending every session; Synapse: SIGTERM).
    pub fn stop(&self) {
        self.control("stop");
    }

    /// Starts it again on the same port and data; returns once it answers.
    pub fn start_again(&self) {
        self.control("start");
    }

    fn control(&self, action: &str) {
        let status = Command::new(&self.control).arg(action).status().expect("run the control script");
        assert!(status.success(), "{} {action} failed", self.what);
    }
}

impl Drop for OwnServer {
    fn drop(&mut self) {
        let _ = Command::new(&self.control).arg("stop").status();
    }
}

/// The real `quorum run`, its standard error appended to a log file. Killed when dropped.
pub struct QuorumProcess {
    child: Child,
}

impl QuorumProcess {
    /// Starts `quorum --config CONFIG run` and returns once it says it is running (within 60 s), so
    /// that its adapters are connected and its scheduler and outbox are at work.
    pub async fn start(config: &Path, log: &Path) -> Self {
        let before = std::fs::metadata(log).map(|m| m.len()).unwrap_or(0);
        let file = std::fs::OpenOptions::new().create(true).append(true).open(log).expect("open the log");
        let child = Command::new(env!("CARGO_BIN_EXE_quorum"))
            .arg("--config")
            .arg(config)
            .arg("run")
            .env("QUORUM_LOG", std::env::var("QUORUM_LOG").unwrap_or_else(|_| "warn".into()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(file)
            .spawn()
            .expect("start quorum run");
        let mut process = Self { child };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let text = std::fs::read(log).unwrap_or_default();
            if String::from_utf8_lossy(&text[before as usize..]).contains("quorum: running") {
                return process;
            }
            if let Some(status) = process.child.try_wait().expect("poll quorum run") {
                panic!("quorum run ended with {status} while starting:\n{}", tail(log));
            }
            assert!(Instant::now() < deadline, "quorum run did not start within 60 s:\n{}", tail(log));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// SIGKILL: no shutdown path runs, as in a crash or an out-of-memory kill.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL quorum run");
        self.child.wait().expect("reap quorum run");
    }
}

impl Drop for QuorumProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The last lines of a log, for a failure message.
pub fn tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

/// A message as a Matrix client reads it from the room's history.
#[derive(Debug, Clone)]
pub struct RoomMessage {
    pub sender: String,
    pub body: String,
    /// When the homeserver received it (its clock is this machine's).
    pub at_ms: i64,
}

/// A Matrix account registered for one test, spoken to in plain HTTP.
pub struct MatrixAccount {
    pub user_id: String,
    pub password: String,
    homeserver: String,
    token: String,
    http: reqwest::Client,
}

impl MatrixAccount {
    /// Registers a new account `NAME-RANDOM` (the homeserver allows open registration), so that tests
    /// running at the same time never share one.
    pub async fn register(homeserver: &str, name: &str) -> Self {
        // Loopback only, and no request may hang the test.
        let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(30)).build().expect("HTTP client");
        let username = format!("{name}-{:08x}", rand::random::<u32>());
        let password = format!("{username}-pass");
        let url = format!("{homeserver}/_matrix/client/v3/register");
        let mut request = json!({ "username": username, "password": password, "inhibit_login": false });
        // The first answer names the session in which the dummy stage completes registration.
        let (status, first) = post(&http, &url, None, &request).await;
        let answer = if status == 200 {
            first
        } else {
            request["auth"] = json!({ "type": "m.login.dummy", "session": first["session"] });
            let (status, answer) = post(&http, &url, None, &request).await;
            assert_eq!(status, 200, "registration of {username} failed: {answer}");
            answer
        };
        Self {
            user_id: answer["user_id"].as_str().expect("user_id").to_owned(),
            password,
            homeserver: homeserver.to_owned(),
            token: answer["access_token"].as_str().expect("access_token").to_owned(),
            http,
        }
    }

    /// A new private room with `invite` invited; its ID.
    pub async fn create_room(&self, invite: &str) -> String {
        let url = format!("{}/_matrix/client/v3/createRoom", self.homeserver);
        let (status, answer) =
            post(&self.http, &url, Some(&self.token), &json!({ "preset": "private_chat", "invite": [invite] })).await;
        assert_eq!(status, 200, "createRoom failed: {answer}");
        answer["room_id"].as_str().expect("room_id").to_owned()
    }

    pub async fn join(&self, room_id: &str) {
        let url = format!("{}/_matrix/client/v3/join/{}", self.homeserver, encode(room_id));
        let (status, answer) = post(&self.http, &url, Some(&self.token), &json!({})).await;
        assert_eq!(status, 200, "join failed: {answer}");
    }

    /// Every `m.room.message` of the room, oldest first, read back through `/messages`.
    pub async fn messages(&self, room_id: &str) -> Vec<RoomMessage> {
        let mut messages = Vec::new();
        let mut from: Option<String> = None;
        loop {
            let mut url =
                format!("{}/_matrix/client/v3/rooms/{}/messages?dir=f&limit=1000", self.homeserver, encode(room_id));
            if let Some(token) = &from {
                url.push_str(&format!("&from={}", encode(token)));
            }
            let response =
                self.http.get(&url).bearer_auth(&self.token).send().await.expect("GET /messages").error_for_status();
            let page: Value =
                serde_json::from_slice(&response.expect("/messages").bytes().await.expect("read /messages"))
                    .expect("JSON");
            let chunk = page["chunk"].as_array().cloned().unwrap_or_default();
            for event in &chunk {
                if event["type"] == "m.room.message" {
                    messages.push(RoomMessage {
                        sender: event["sender"].as_str().unwrap_or_default().to_owned(),
                        body: event["content"]["body"].as_str().unwrap_or_default().to_owned(),
                        at_ms: event["origin_server_ts"].as_i64().unwrap_or_default(),
                    });
                }
            }
            match page["end"].as_str() {
                Some(end) if !chunk.is_empty() => from = Some(end.to_owned()),
                _ => return messages,
            }
        }
    }
}

async fn post(http: &reqwest::Client, url: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
    let mut request = http.post(url).header("Content-Type", "application/json").body(body.to_string());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap_or_else(|e| panic!("POST {url}: {e}"));
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("read the answer");
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

fn encode(part: &str) -> String {
    url::form_urlencoded::byte_serialize(part.as_bytes()).collect()
}
