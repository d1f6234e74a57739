//! `quorum bench matrix-load`: many members in many rooms, each sending a command every second,
//! answered by the real `quorum run` and, side by side in the same rooms on the same homeserver,
//! by a bot that answers every command at once and does nothing else (`quorum bench
//! matrix-floor`): the floor this homeserver allows. Both bots run as processes of their own.
//!
//! Members are registered through the client API (the homeserver must allow registration without
//! verification, as the test homeserver does). Latency is from the moment a member starts sending
//! a command to the moment a watching client sees the answer. Quorum's answers in a room come in
//! the order of the commands, so the n-th answer belongs to the n-th command; the floor bot names
//! the command it answers.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UserId};
use serde_json::json;

use super::matrix::bot_config;
use super::{ChildProcess, percentile};

/// The command every member sends: a read that answers in the room.
const COMMAND: &str = "!tz";
/// What the floor bot's answers start with, followed by the ID of the command they answer.
const FLOOR_ANSWER: &str = "ack ";

#[derive(Debug, clap::Args)]
pub struct MatrixLoadBench {
    #[arg(long)]
    pub homeserver: String,
    /// Quorum's account, which `quorum run` logs in to.
    #[arg(long)]
    pub bot_user: String,
    #[arg(long)]
    pub bot_password: String,
    /// The floor bot's account.
    #[arg(long)]
    pub floor_user: String,
    #[arg(long)]
    pub floor_password: String,
    /// The account that creates the rooms and watches them.
    #[arg(long)]
    pub user: String,
    #[arg(long)]
    pub password: String,
    #[arg(long, default_value_t = 20)]
    pub rooms: usize,
    /// Members per room, each a registered account of its own.
    #[arg(long, default_value_t = 10)]
    pub members: usize,
    /// How long every member keeps sending, one command a second.
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
}

/// The floor bot's account.
#[derive(Debug, clap::Args)]
pub struct MatrixFloorBot {
    #[arg(long)]
    pub homeserver: String,
    #[arg(long)]
    pub user: String,
    #[arg(long)]
    pub password: String,
}

/// A sync filter that returns every event of a busy room at once.
fn wide_filter() -> Filter {
    let mut filter = FilterDefinition::default();
    filter.room.timeline.limit = Some(1000u32.into());
    Filter::FilterDefinition(filter)
}

async fn login(homeserver: &str, user: &str, password: &str, store: &Path) -> Result<Client> {
    let client = Client::builder().homeserver_url(homeserver).sqlite_store(store, None).build().await?;
    client
        .matrix_auth()
        .login_username(user, password)
        .send()
        .await
        .with_context(|| format!("{user}: login failed"))?;
    Ok(client)
}

/// The floor: joins every room it is invited to and answers each command at once, concurrently,
/// with the command's ID. Syncs without pauses, like Quorum.
pub async fn floor_bot(args: MatrixFloorBot) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let client = login(&args.homeserver, &args.user, &args.password, dir.path()).await?;
    let own = client.user_id().context("not logged in")?.to_owned();
    client.add_event_handler(
        |ev: matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent, room: Room, client: Client| async move {
            if Some(ev.state_key.as_ref()) == client.user_id() {
                let _ = room.join().await;
            }
        },
    );
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let own = own.clone();
        async move {
            let MessageType::Text(text) = &ev.content.msgtype else { return };
            if ev.sender == own || !text.body.starts_with('!') {
                return;
            }
            tokio::spawn(async move {
                let answer = format!("{FLOOR_ANSWER}{}", ev.event_id);
                let _ = room.send(RoomMessageEventContent::text_plain(answer)).await;
            });
        }
    });
    client.sync_once(SyncSettings::default()).await?;
    loop {
        let started = tokio::time::Instant::now();
        let response = client.sync_once(SyncSettings::default().filter(wide_filter())).await;
        if !matches!(&response, Ok(r) if !r.rooms.is_empty()) {
            tokio::time::sleep_until(started + Duration::from_millis(100)).await;
        }
    }
}

/// A member: an account's access token, for plain client-API requests.
struct Member {
    token: String,
}

/// Registers `name` (or logs in if it exists) through the client API with the dummy flow.
async fn member(http: &reqwest::Client, homeserver: &str, name: &str, password: &str) -> Result<Member> {
    let url = format!("{homeserver}/_matrix/client/v3/register");
    let mut body = json!({ "username": name, "password": password, "inhibit_login": false });
    for _ in 0..3 {
        let (status, value) = call(http.post(&url), &body).await?;
        if status.is_success() {
            let token = value["access_token"].as_str().context("no access token")?;
            return Ok(Member { token: token.to_owned() });
        }
        if value["errcode"] == "M_USER_IN_USE" {
            let login = json!({ "type": "m.login.password", "identifier": { "type": "m.id.user", "user": name }, "password": password });
            let (_, value) = call(http.post(format!("{homeserver}/_matrix/client/v3/login")), &login).await?;
            let token = value["access_token"].as_str().with_context(|| format!("{name}: login refused: {value}"))?;
            return Ok(Member { token: token.to_owned() });
        }
        let session = value["session"].as_str().with_context(|| format!("{name}: registration refused: {value}"))?;
        body["auth"] = json!({ "type": "m.login.dummy", "session": session });
    }
    bail!("{name}: registration did not finish")
}

/// What the watching client saw in one room, in order.
#[derive(Default)]
struct RoomLog {
    commands: Vec<String>,
    quorum_answers: Vec<Instant>,
    floor_answers: HashMap<String, Instant>,
}

async fn wait_joined(room: &Room, who: &UserId) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if room.get_member(who).await?.is_some_and(|m| *m.membership() == MembershipState::Join) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("{who} did not join {} within a minute", room.room_id())
}

fn report(name: &str, mut latencies: Vec<f64>) -> (f64, f64) {
    latencies.sort_by(f64::total_cmp);
    let (p50, p99) = (percentile(&latencies, 0.5), percentile(&latencies, 0.99));
    println!(
        "  {name}: answered {} · sent → answer seen p50 {p50:.0} ms, p99 {p99:.0} ms, max {:.0} ms",
        latencies.len(),
        latencies.last().copied().unwrap_or_default()
    );
    (p50, p99)
}

pub async fn run(bench: MatrixLoadBench) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let bot_id: OwnedUserId = bench.bot_user.parse().context("--bot-user is not a Matrix user ID")?;
    let floor_id: OwnedUserId = bench.floor_user.parse().context("--floor-user is not a Matrix user ID")?;
    let config = bot_config(dir.path(), &bench.homeserver, &bench.bot_user, &bench.bot_password)?;
    let http = reqwest::Client::builder().no_proxy().build()?;
    // The floor bot's account is made here if the homeserver does not have it yet.
    member(&http, &bench.homeserver, floor_id.localpart(), &bench.floor_password).await?;
    let quorum = ChildProcess::start(&["--config", &config, "run"], &dir.path().join("quorum.log"))?;
    let floor = ChildProcess::start(
        &[
            "bench",
            "matrix-floor",
            "--homeserver",
            &bench.homeserver,
            "--user",
            &bench.floor_user,
            "--password",
            &bench.floor_password,
        ],
        &dir.path().join("floor.log"),
    )?;

    let total = bench.rooms * bench.members;
    println!("Matrix load: registering {total} members");
    let mut members = Vec::with_capacity(total);
    for n in 0..total {
        let name = format!("load{n}");
        members.push(member(&http, &bench.homeserver, &name, &format!("{name}-pass")).await?);
    }

    let watcher = login(&bench.homeserver, &bench.user, &bench.password, &dir.path().join("watcher")).await?;
    watcher.sync_once(SyncSettings::default()).await?;
    let logs: Arc<Mutex<HashMap<OwnedRoomId, RoomLog>>> = Arc::default();
    let seen = logs.clone();
    let (quorum_id, floor_sender) = (bot_id.clone(), floor_id.clone());
    watcher.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let (seen, quorum_id, floor_sender) = (seen.clone(), quorum_id.clone(), floor_sender.clone());
        async move {
            let at = Instant::now();
            let body = match &ev.content.msgtype {
                MessageType::Text(t) => t.body.clone(),
                MessageType::Notice(t) => t.body.clone(),
                _ => return,
            };
            let mut logs = seen.lock().unwrap_or_else(|e| e.into_inner());
            let log = logs.entry(room.room_id().to_owned()).or_default();
            if ev.sender == quorum_id {
                log.quorum_answers.push(at);
            } else if ev.sender == floor_sender {
                if let Some(command) = body.strip_prefix(FLOOR_ANSWER) {
                    log.floor_answers.insert(command.to_owned(), at);
                }
            } else if body == COMMAND {
                log.commands.push(ev.event_id.to_string());
            }
        }
    });
    let syncing = watcher.clone();
    let watching = tokio::spawn(async move {
        loop {
            let started = tokio::time::Instant::now();
            if syncing.sync_once(SyncSettings::default().filter(wide_filter())).await.is_err() {
                tokio::time::sleep_until(started + Duration::from_millis(200)).await;
            }
        }
    });

    let mut rooms = Vec::with_capacity(bench.rooms);
    for _ in 0..bench.rooms {
        let mut request = create_room::v3::Request::new();
        request.preset = Some(create_room::v3::RoomPreset::PublicChat);
        request.invite = vec![bot_id.clone(), floor_id.clone()];
        rooms.push(watcher.create_room(request).await?);
    }
    for room in &rooms {
        wait_joined(room, &bot_id).await?;
        wait_joined(room, &floor_id).await?;
    }
    for (n, member) in members.iter().enumerate() {
        let room = rooms[n % bench.rooms].room_id();
        let join = http
            .post(format!("{}/_matrix/client/v3/join/{}", bench.homeserver, urlencode(room.as_str())))
            .bearer_auth(&member.token);
        let (status, value) = call(join, &json!({})).await?;
        if !status.is_success() {
            bail!("a member could not join: {value}");
        }
    }
    println!(
        "Matrix load: {} rooms × {} members, both bots joined; sending for {} s",
        bench.rooms, bench.members, bench.seconds
    );

    let cpu_before = quorum.cpu_seconds()?;
    let floor_cpu_before = floor.cpu_seconds()?;
    let sent: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let started = Instant::now();
    let mut sending = tokio::task::JoinSet::new();
    for (n, member) in members.into_iter().enumerate() {
        let room = rooms[n % bench.rooms].room_id().to_owned();
        let (http, homeserver, sent, seconds) = (http.clone(), bench.homeserver.clone(), sent.clone(), bench.seconds);
        // Spread the members over the second, so the load is steady rather than a pulse.
        let offset = Duration::from_millis((n as u64 * 1000) / total as u64);
        sending.spawn(async move {
            tokio::time::sleep(offset).await;
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            for i in 0..seconds {
                tick.tick().await;
                let url = format!(
                    "{homeserver}/_matrix/client/v3/rooms/{}/send/m.room.message/load-{n}-{i}",
                    urlencode(room.as_str())
                );
                let at = Instant::now();
                let send = http.put(url).bearer_auth(&member.token);
                if let Ok((_, value)) = call(send, &json!({ "msgtype": "m.text", "body": COMMAND })).await
                    && let Some(id) = value["event_id"].as_str()
                {
                    sent.lock().unwrap_or_else(|e| e.into_inner()).insert(id.to_owned(), at);
                }
            }
        });
    }
    while sending.join_next().await.is_some() {}
    let sending_took = started.elapsed();
    // Let the last answers arrive: a saturated homeserver delivers them minutes late, so the wait
    // ends when every command has both answers, or when two minutes pass without a new one.
    let expected = total * bench.seconds as usize;
    let (mut last_count, mut last_progress) = (0, Instant::now());
    loop {
        let (quorum_answers, floor_answers) = {
            let logs = logs.lock().unwrap_or_else(|e| e.into_inner());
            let count = |f: fn(&RoomLog) -> usize| logs.values().map(f).sum::<usize>();
            (count(|l| l.quorum_answers.len()), count(|l| l.floor_answers.len()))
        };
        if quorum_answers.min(floor_answers) >= expected {
            break;
        }
        if quorum_answers + floor_answers > last_count {
            (last_count, last_progress) = (quorum_answers + floor_answers, Instant::now());
        } else if last_progress.elapsed() > Duration::from_secs(120) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let cpu = quorum.cpu_seconds()? - cpu_before;
    let floor_cpu = floor.cpu_seconds()? - floor_cpu_before;
    let (rss, peak) = quorum.memory_mib()?;
    let (floor_rss, _) = floor.memory_mib()?;
    watching.abort();

    let sent = sent.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let logs = logs.lock().unwrap_or_else(|e| e.into_inner());
    let (mut quorum_latency, mut floor_latency) = (Vec::new(), Vec::new());
    let mut seen_commands = 0;
    for log in logs.values() {
        seen_commands += log.commands.len();
        for (command, answer) in log.commands.iter().zip(&log.quorum_answers) {
            if let Some(start) = sent.get(command) {
                quorum_latency.push(answer.duration_since(*start).as_secs_f64() * 1000.0);
            }
        }
        for command in &log.commands {
            if let (Some(start), Some(answer)) = (sent.get(command), log.floor_answers.get(command)) {
                floor_latency.push(answer.duration_since(*start).as_secs_f64() * 1000.0);
            }
        }
    }
    println!(
        "Matrix load: {} commands sent in {:.1} s ({} accepted by the homeserver, {} seen by the watcher)",
        expected,
        sending_took.as_secs_f64(),
        sent.len(),
        seen_commands
    );
    let answered: usize = logs.values().map(|l| l.quorum_answers.len()).sum();
    println!("  Quorum answered {answered} of {seen_commands} commands");
    let (q50, q99) = report("Quorum", quorum_latency);
    let (f50, f99) = report("floor bot", floor_latency);
    println!("  Quorum / floor: p50 × {:.2}, p99 × {:.2}", q50 / f50.max(0.001), q99 / f99.max(0.001));
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "  Quorum process: CPU {cpu:.1} s in {elapsed:.0} s ({:.0} % of a core), RSS {rss:.1} MiB (peak {peak:.1} MiB); floor bot: CPU {floor_cpu:.1} s, RSS {floor_rss:.1} MiB",
        cpu / elapsed * 100.0
    );
    drop(quorum);
    drop(floor);
    Ok(())
}

/// Sends a JSON body and reads the JSON answer.
async fn call(
    request: reqwest::RequestBuilder,
    body: &serde_json::Value,
) -> Result<(reqwest::StatusCode, serde_json::Value)> {
    let response = request
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(serde_json::to_vec(body)?)
        .send()
        .await?;
    let status = response.status();
    let value = serde_json::from_slice(&response.bytes().await?).unwrap_or(serde_json::Value::Null);
    Ok((status, value))
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
