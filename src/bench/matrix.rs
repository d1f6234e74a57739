//! `quorum bench matrix`: the real `quorum run` against a homeserver, driven by a person's
//! client: command-to-reply latency, and the bot's resident memory while idle in many rooms.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::client::room::create_room;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, UserId};
use tokio::sync::mpsc;

use super::percentile;

/// Where to run and as whom.
#[derive(Debug, clap::Args)]
pub struct MatrixBench {
    #[arg(long)]
    pub homeserver: String,
    /// The bot's account, which `quorum run` logs in to.
    #[arg(long)]
    pub bot_user: String,
    #[arg(long)]
    pub bot_password: String,
    /// The account that sends the commands.
    #[arg(long)]
    pub user: String,
    #[arg(long)]
    pub password: String,
    #[arg(long, default_value_t = 200)]
    pub commands: usize,
    #[arg(long, default_value_t = 10)]
    pub rooms: usize,
    /// Seconds to leave the bot idle before reading its memory.
    #[arg(long, default_value_t = 60)]
    pub idle: u64,
}

/// The bot as a child process, stopped (Ctrl-C, as an operator would) when dropped.
struct RunningBot {
    child: std::process::Child,
}

impl RunningBot {
    fn start(dir: &Path, bench: &MatrixBench) -> Result<Self> {
        let config = dir.join("quorum.toml");
        std::fs::write(
            &config,
            format!(
                "database_url = \"sqlite://{}\"\n\n[matrix]\nhomeserver = \"{}\"\nuser = \"{}\"\npassword = \"{}\"\nstore_path = \"{}\"\n",
                dir.join("quorum.db").display(),
                bench.homeserver,
                bench.bot_user,
                bench.bot_password,
                dir.join("matrix-store").display()
            ),
        )?;
        let log = std::fs::File::create(dir.join("quorum.log"))?;
        let child = std::process::Command::new(std::env::current_exe()?)
            .arg("--config")
            .arg(&config)
            .arg("run")
            .env("QUORUM_LOG", "warn")
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("cannot start quorum run")?;
        Ok(Self { child })
    }

    /// Resident memory of the bot process, in KiB.
    fn rss_kib(&self) -> Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).context("no VmRSS in /proc status")?;
        Ok(line.split_whitespace().nth(1).context("malformed VmRSS")?.parse()?)
    }
}

impl Drop for RunningBot {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill").arg("-INT").arg(self.child.id().to_string()).status();
        for _ in 0..100 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A message in a room, and when this client saw it.
struct Heard {
    room: OwnedRoomId,
    from_bot: bool,
    /// When the homeserver received it (milliseconds since the epoch).
    server_ms: i64,
    at: Instant,
}

async fn wait_joined(room: &Room, bot: &UserId, within: Duration) -> Result<()> {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        let member = room.get_member(bot).await?;
        if member.is_some_and(|m| *m.membership() == MembershipState::Join) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("the bot did not join {} within {within:?}", room.room_id())
}

pub async fn run(bench: MatrixBench) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let bot_id: OwnedUserId = bench.bot_user.parse().context("--bot-user is not a Matrix user ID")?;
    let bot = RunningBot::start(dir.path(), &bench)?;

    let person = Client::builder()
        .homeserver_url(&bench.homeserver)
        .sqlite_store(dir.path().join("person-store"), None)
        .build()
        .await?;
    person.matrix_auth().login_username(&bench.user, &bench.password).send().await.context("login failed")?;
    person.sync_once(SyncSettings::default()).await?;
    let (tx, mut heard) = mpsc::unbounded_channel();
    let from = bot_id.clone();
    person.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let (tx, from) = (tx.clone(), from.clone());
        async move {
            if matches!(ev.content.msgtype, MessageType::Text(_) | MessageType::Notice(_)) {
                let _ = tx.send(Heard {
                    room: room.room_id().to_owned(),
                    from_bot: ev.sender == from,
                    server_ms: i64::from(ev.origin_server_ts.get()),
                    at: Instant::now(),
                });
            }
        }
    });
    let syncing = person.clone();
    // The person's client syncs like the bot, so the figure is not padded by matrix-sdk's pause.
    let sync_task = tokio::spawn(async move { crate::adapters::matrix::sync_continuously(&syncing, || {}).await });

    let mut rooms = Vec::with_capacity(bench.rooms);
    for _ in 0..bench.rooms.max(1) {
        let mut request = create_room::v3::Request::new();
        request.invite = vec![bot_id.clone()];
        rooms.push(person.create_room(request).await?);
    }
    for room in &rooms {
        wait_joined(room, &bot_id, Duration::from_secs(60)).await?;
    }
    println!("Matrix: the bot joined {} rooms", rooms.len());

    let room = &rooms[0];
    let mut samples = Vec::with_capacity(bench.commands);
    // Between the homeserver's timestamps of command and reply: the bot's share of the time.
    let mut bot_share = Vec::with_capacity(bench.commands);
    let mut acks = Vec::with_capacity(bench.commands);
    for _ in 0..bench.commands {
        let started = Instant::now();
        room.send(RoomMessageEventContent::text_plain("!tz")).await?;
        acks.push(started.elapsed().as_secs_f64() * 1000.0);
        let mut command_ms = None;
        let reply = loop {
            let heard = tokio::time::timeout(Duration::from_secs(30), heard.recv())
                .await
                .context("no reply within 30 s")?
                .context("sync stopped")?;
            if heard.room != room.room_id() {
                continue;
            }
            if !heard.from_bot {
                command_ms = Some(heard.server_ms);
            } else {
                break heard;
            }
        };
        samples.push(reply.at.duration_since(started).as_secs_f64() * 1000.0);
        if let Some(command_ms) = command_ms {
            bot_share.push((reply.server_ms - command_ms) as f64);
        }
    }
    samples.sort_by(f64::total_cmp);
    bot_share.sort_by(f64::total_cmp);
    acks.sort_by(f64::total_cmp);
    println!(
        "Matrix command → reply (!tz, through the homeserver): n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99),
        samples.last().copied().unwrap_or_default()
    );
    println!(
        "  of which command stored → reply stored (homeserver timestamps): p50={:.0} ms p99={:.0} ms",
        percentile(&bot_share, 0.5),
        percentile(&bot_share, 0.99)
    );
    println!(
        "  sending the command (until the homeserver accepted it): p50={:.0} ms p99={:.0} ms",
        percentile(&acks, 0.5),
        percentile(&acks, 0.99)
    );

    tokio::time::sleep(Duration::from_secs(bench.idle)).await;
    println!(
        "Matrix bot RSS after {} s idle in {} rooms: {:.1} MiB",
        bench.idle,
        rooms.len(),
        bot.rss_kib()? as f64 / 1024.0
    );
    sync_task.abort();
    drop(bot);
    Ok(())
}
