//! `quorum bench …`: the performance figures README reports.

pub mod fuzz;
mod matrix;
mod matrix_load;
mod tally;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Subcommand;

use crate::config::Config;
use crate::core::actor::{Platform, PlatformRoom, PlatformUser};
use crate::core::clock::{Clock, SystemClock, VirtualClock};
use crate::core::engine::{Engine, Incoming, Outgoing};
use crate::scheduler::{Background, SendError, Sink};
use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum Which {
    /// The real bot (`quorum run`) on a Matrix homeserver: command-to-reply latency p50/p99 and
    /// resident memory idle in several rooms.
    Matrix(matrix::MatrixBench),
    /// Many members in many rooms each sending a command a second to the real bot and, side by
    /// side, to a bot that answers at once (the homeserver's floor): answers, latency, CPU, memory.
    MatrixLoad(matrix_load::MatrixLoadBench),
    /// The floor bot `matrix-load` runs beside Quorum: answers every command at once, nothing else.
    #[command(hide = true)]
    MatrixFloor(matrix_load::MatrixFloorBot),
    /// Command round trip (parse → permission → store → reply), p50/p99.
    Roundtrip {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 2000)]
        n: usize,
    },
    /// Meetings with reminders in one body: `!meeting list` p50/p99, and the memory held while
    /// the scheduler waits on all their reminders.
    Meetings {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        #[arg(long, default_value_t = 200)]
        n: usize,
    },
    /// Member records: a CSV import of `count` members (dry run, then `--commit`), its time and the
    /// process's peak memory; then `!member list --status active` p50/p99 on that body.
    Members {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 50_000)]
        count: usize,
        #[arg(long, default_value_t = 200)]
        n: usize,
    },
    /// Polls: `count` members of a body (with records and accounts) vote on one poll through the
    /// engine, `tasks` at a time: total time and p50/p99 per vote; then a ranked poll with
    /// `ranked` votes written directly is closed and tallied with `!poll close`.
    Polls {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        #[arg(long, default_value_t = 8)]
        tasks: usize,
        #[arg(long, default_value_t = 100_000)]
        ranked: usize,
    },
    /// Elections: `count` members of a body cast a ranked secret ballot (with its receipt) in one
    /// election through the engine, privately, `tasks` at a time: total time and p50/p99 per
    /// ballot; then the close: ballots rewritten in hash order, counted by STV, bulletin board.
    Elections {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        #[arg(long, default_value_t = 8)]
        tasks: usize,
    },
    /// A minuted meeting of `lines` lines (items, actions, links, motions, the speaking queue)
    /// through the engine: then the time from `!endmeeting` to its posted summary, and to each of
    /// its stored renderings (`!minutes get` md, html, txt).
    Minutes {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 2000)]
        lines: usize,
    },
    /// Generated and mutated command lines through the engine as several actors: no panics, no
    /// internal errors, no writes from refused commands. Exits non-zero on any failure.
    Fuzz {
        /// Database URL of a scratch database (it is emptied); default: a fresh SQLite file in a
        /// temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 1_000_000)]
        cases: u64,
        /// Seed of the line generator; the same seed runs the same cases.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Start again from a freshly set-up database every this many cases.
        #[arg(long, default_value_t = 10_000)]
        reset_every: u64,
    },
    /// A count of a generated election (`ballots` ballots of varying length, candidates of
    /// skewed popularity): the time to build the ballots, then the time of the count alone.
    Tally(tally::TallyBench),
    /// Pending reminders: enqueue rate, CPU while idle, and firing lag on the real clock.
    Reminders {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 100_000)]
        count: usize,
        /// Seconds from the start until the first reminder falls due (enqueueing must finish first).
        #[arg(long, default_value_t = 240)]
        lead: u64,
        /// Seconds over which the reminders fall due, evenly spread.
        #[arg(long, default_value_t = 120)]
        window: u64,
    },
}

/// A Quorum process a benchmark runs (the bot, or a bot to compare with), stopped with SIGINT,
/// as an operator would, when dropped.
pub(crate) struct ChildProcess {
    child: std::process::Child,
}

impl ChildProcess {
    pub(crate) fn start(args: &[&str], log: &Path) -> Result<Self> {
        let log = std::fs::File::create(log)?;
        let child = std::process::Command::new(std::env::current_exe()?)
            .args(args)
            .env("QUORUM_LOG", "warn")
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .context("cannot start a bot process")?;
        Ok(Self { child })
    }

    /// CPU time used so far (user and system), in seconds.
    pub(crate) fn cpu_seconds(&self) -> Result<f64> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))?;
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat.rsplit_once(')').context("malformed stat")?.1.split_whitespace().collect();
        let ticks: f64 = fields[11].parse::<f64>()? + fields[12].parse::<f64>()?;
        Ok(ticks / 100.0)
    }

    /// (resident, peak resident) memory in MiB.
    pub(crate) fn memory_mib(&self) -> Result<(f64, f64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let field = |name: &str| -> Result<f64> {
            let line = status.lines().find(|l| l.starts_with(name)).with_context(|| format!("no {name}"))?;
            Ok(line.split_whitespace().nth(1).context("malformed")?.parse::<f64>()? / 1024.0)
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
    }
}

impl Drop for ChildProcess {
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

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

pub async fn run(which: Which, config: &Config) -> Result<()> {
    match which {
        Which::Matrix(bench) => matrix::run(bench).await,
        Which::MatrixLoad(bench) => matrix_load::run(bench).await,
        Which::MatrixFloor(bot) => matrix_load::floor_bot(bot).await,
        Which::Roundtrip { db, n } => roundtrip(db, n, config).await,
        Which::Meetings { db, count, n } => meetings(db, count, n, config).await,
        Which::Members { db, count, n } => members(db, count, n, config).await,
        Which::Polls { db, count, tasks, ranked } => polls(db, count, tasks, ranked, config).await,
        Which::Minutes { db, lines } => minutes(db, lines, config).await,
        Which::Elections { db, count, tasks } => elections(db, count, tasks, config).await,
        Which::Tally(bench) => tally::run(bench),
        Which::Reminders { db, count, lead, window } => reminders(db, count, lead, window, config).await,
        Which::Fuzz { db, cases, seed, reset_every } => {
            fuzz_bench(db, fuzz::FuzzOptions { cases, seed, reset_every }).await
        }
    }
}

async fn fuzz_bench(db: Option<String>, options: fuzz::FuzzOptions) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("fuzz.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    anyhow::ensure!(
        !store.read().await?.any_admin().await?,
        "the fuzzer empties its database: give it a scratch one (this one has an admin)"
    );
    println!("{:?}: {} cases, seed {}", store.dialect(), options.cases, options.seed);
    let report = fuzz::run(store, &options, |so_far| {
        println!(
            "  {} cases, {:.0} per second, {} failed",
            so_far.cases,
            so_far.cases as f64 / so_far.elapsed.as_secs_f64(),
            so_far.failed()
        )
    })
    .await?;
    print!("{report}");
    anyhow::ensure!(report.failed() == 0, "{} cases failed", report.failed());
    Ok(())
}

async fn roundtrip(db: Option<String>, n: usize, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let clock = Arc::new(VirtualClock::new(None));
    let engine = Engine::new(store, clock, config.engine()?, crate::features::registry());
    let user = PlatformUser { platform: Platform::Console, user_id: "bench".into(), display_name: "bench".into() };
    let room =
        PlatformRoom { platform: Platform::Console, room_id: "bench".into(), name: "bench".into(), is_direct: false };
    for (label, text) in [("read  (!whoami)", "whoami"), ("write (!remind me in 2h)", "remind me in 2h \"bench\"")] {
        let mut samples = Vec::with_capacity(n);
        for _ in 0..n {
            let started = Instant::now();
            engine
                .handle(Incoming {
                    user: user.clone(),
                    room: room.clone(),
                    text: text.into(),
                    platform_role: None,
                    plain: false,
                    confidential: false,
                })
                .await?;
            samples.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        samples.sort_by(f64::total_cmp);
        println!(
            "{:?} {label}: n={n} p50={:.3} ms p99={:.3} ms max={:.3} ms",
            engine.store.dialect(),
            percentile(&samples, 0.5),
            percentile(&samples, 0.99),
            samples.last().copied().unwrap_or_default()
        );
    }
    Ok(())
}

/// Resident memory of this process, in MiB, from `/proc/self/status`.
fn rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib: f64 = status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// An engine on the real clock with an administrator in a room linked to body `BB`: the setting
/// of the benchmarks that run commands of one body.
struct BenchBody {
    engine: Arc<Engine>,
    user: PlatformUser,
    room: PlatformRoom,
}

impl BenchBody {
    async fn start(store: Store, config: &Config) -> Result<Self> {
        let engine = Arc::new(Engine::new(store, Arc::new(SystemClock), config.engine()?, crate::features::registry()));
        let user = PlatformUser { platform: Platform::Console, user_id: "bench".into(), display_name: "bench".into() };
        let room = PlatformRoom {
            platform: Platform::Console,
            room_id: "bench".into(),
            name: "bench".into(),
            is_direct: false,
        };
        engine.claim_bootstrap_admin(&user).await?;
        let bench = Self { engine, user, room };
        bench.run("body create \"Bench body\" BB".into()).await?;
        bench.run("body link BB".into()).await?;
        Ok(bench)
    }

    /// Runs a command as the administrator; a refusal is an error.
    async fn run(&self, text: String) -> Result<Vec<Outgoing>> {
        self.run_by(self.user.clone(), text).await
    }

    /// Runs a command as the console user `name`; a refusal is an error.
    async fn run_as(&self, name: &str, text: String) -> Result<Vec<Outgoing>> {
        let user = PlatformUser { platform: Platform::Console, user_id: name.into(), display_name: name.into() };
        self.run_by(user, text).await
    }

    async fn run_by(&self, user: PlatformUser, text: String) -> Result<Vec<Outgoing>> {
        let incoming =
            Incoming { user, room: self.room.clone(), text, platform_role: None, plain: false, confidential: false };
        let out = self.engine.handle(incoming).await?;
        anyhow::ensure!(!out[0].reply.is_error, "failed: {:?}", out[0].reply);
        Ok(out)
    }
}

async fn meetings(db: Option<String>, count: usize, n: usize, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let now = chrono::Utc::now();
    let bench = BenchBody::start(store.clone(), config).await?;
    let engine = bench.engine.clone();
    let run = |text: String| bench.run(text);
    let before = rss_mib();
    let zones = ["Europe/Zurich", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];
    for i in 0..count {
        // Spread over the coming year; every other one a weekly series.
        let day = (now + chrono::Duration::days(1 + (i % 360) as i64)).format("%Y-%m-%d");
        let repeat = if i % 2 == 0 { " --repeat \"every tuesday\"" } else { "" };
        run(format!(
            "meeting schedule \"Meeting {i}\" {day} {:02}:{:02} {} --remind 24h,1h{repeat}",
            8 + i % 10,
            (i * 7) % 60,
            zones[i % zones.len()]
        ))
        .await?;
    }
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        run("meeting list".into()).await?;
        samples.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "{:?}: `meeting list` with {count} meetings in one body: n={n} p50={:.1} ms p99={:.1} ms",
        store.dialect(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99)
    );
    let background = Background::start(engine.clone(), config.scheduler()?, Vec::new());
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    if let (Some(before), Some(after)) = (before, rss_mib()) {
        println!(
            "resident memory: {before:.1} MiB before the meetings, {after:.1} MiB with {count} meetings scheduled and the scheduler waiting on their reminders"
        );
    }
    background.stop().await;
    Ok(())
}

/// Peak resident memory of this process so far, in MiB, from `/proc/self/status`.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib: f64 = status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// A CSV file of `count` members, as a secretariat's export would have them: several groups,
/// countries, languages and statuses.
fn members_csv(count: usize) -> String {
    const GROUPS: [&str; 5] = ["Business", "Civil society", "Academia", "Government", "Technical community"];
    const COUNTRIES: [&str; 8] = ["CH", "KE", "BR", "IN", "FR", "US", "JP", "EG"];
    const LANGUAGES: [&str; 4] = ["en", "fr,en", "es", "ar,fr"];
    let mut text = String::from("name,kind,organisation,group,country,languages,gender,status,joined,renewal,notes\n");
    for i in 0..count {
        let kind = if i % 10 == 0 { "organisation" } else { "person" };
        let gender = ["woman", "man", "", "non-binary"][i % 4];
        text.push_str(&format!(
            "Member {i},{kind},Org {},{},{},\"{}\",{gender},active,2025-01-{:02},2027-06-{:02},\n",
            i % 500,
            GROUPS[i % GROUPS.len()],
            COUNTRIES[i % COUNTRIES.len()],
            LANGUAGES[i % LANGUAGES.len()],
            1 + i % 28,
            1 + i % 28,
        ));
    }
    text
}

async fn members(db: Option<String>, count: usize, n: usize, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let bench = BenchBody::start(store.clone(), config).await?;
    let run = |text: String| bench.run(text);
    let path = dir.path().join("members.csv");
    std::fs::write(&path, members_csv(count))?;
    let before = rss_mib().unwrap_or_default();
    for (label, line) in [
        ("dry run", format!("member import {}", path.display())),
        ("import", format!("member import {} --commit", path.display())),
    ] {
        let started = Instant::now();
        run(line).await?;
        println!(
            "{:?}: CSV {label} of {count} members: {:.2} s; peak resident memory {:.1} MiB ({before:.1} MiB before)",
            store.dialect(),
            started.elapsed().as_secs_f64(),
            peak_rss_mib().unwrap_or_default()
        );
    }
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        run("member list --status active".into()).await?;
        samples.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "{:?}: `member list --status active` (a page of 20) on {count} members: n={n} p50={:.1} ms p99={:.1} ms",
        store.dialect(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99)
    );
    Ok(())
}

/// `count` members of the bench body, each with an account (`voter{i}` on the console) and a
/// record in good standing, written in batches.
async fn voters(store: &Store, count: usize) -> Result<()> {
    let now = chrono::Utc::now().timestamp_millis();
    let mut tx = store.begin().await?;
    let body = tx.body_by_short("BB").await?.context("the bench body")?;
    let mut records = Vec::with_capacity(500);
    for i in 0..count {
        let name = format!("Voter {i}");
        let member = tx.member_for_identity("console", &format!("voter{i}"), &name, now).await?;
        records.push(crate::store::MemberRecordRow {
            body_id: body.id,
            member_id: Some(member.id),
            name,
            kind: "person".into(),
            status: "active".into(),
            ..Default::default()
        });
        if records.len() == 500 || i + 1 == count {
            tx.insert_member_records(&records, now).await?;
            records.clear();
        }
    }
    tx.commit().await
}

async fn polls(db: Option<String>, count: usize, tasks: usize, ranked: usize, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let bench = Arc::new(BenchBody::start(store.clone(), config).await?);
    voters(&store, count).await?;
    bench.run("poll \"Adopt the budget\" \"Yes\" \"No\" \"Later\" --body BB".into()).await?;
    let room = bench.room.clone();
    let (total, samples) = through_voters(&bench, count, tasks, move |i| {
        let user = PlatformUser {
            platform: Platform::Console,
            user_id: format!("voter{i}"),
            display_name: format!("Voter {i}"),
        };
        let text = format!("poll vote #1 {}", 1 + i % 3);
        Incoming { user, room: room.clone(), text, platform_role: None, plain: false, confidential: false }
    })
    .await?;
    println!(
        "{:?}: {count} members voted on one poll through the engine, {tasks} at a time: {:.2} s in total; per vote p50={:.2} ms p99={:.2} ms",
        store.dialect(),
        total.as_secs_f64(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99)
    );
    let mut read = store.read().await?;
    let poll = read.poll(1).await?.context("the poll")?;
    let counted = read.turnout(&poll).await?;
    read.commit().await?;
    anyhow::ensure!(counted == count as i64, "{counted} of {count} votes counted");

    // A ranked poll of the body's members, its votes written directly (rankings of 5 options that
    // vary), then closed and tallied by the command.
    bench.run("poll \"Chair\" \"Ana\" \"Bo\" \"Chen\" \"Dee\" \"Eli\" --ranked".into()).await?;
    let mut tx = store.begin().await?;
    tx.bench_votes(2, ranked, |i| {
        let first = 1 + (i * 7 + i / 3) % 5;
        let second = 1 + (first + i % 4) % 5;
        let rest: Vec<String> = (1..=5).filter(|o| *o != first && *o != second).map(|o| o.to_string()).collect();
        format!("{first},{second},{}", rest[..(i % 4).min(rest.len())].join(",")).trim_end_matches(',').to_owned()
    })
    .await?;
    tx.commit().await?;
    let started = Instant::now();
    let out = bench.run("poll close #2".into()).await?;
    let closing = started.elapsed();
    anyhow::ensure!(format!("{:?}", out[0].reply).contains("poll-result-winner"), "a winner: {:?}", out[0].reply);
    println!(
        "{:?}: closing and tallying a ranked poll of {ranked} votes (instant-runoff, every round): {:.0} ms",
        store.dialect(),
        closing.as_secs_f64() * 1000.0
    );
    Ok(())
}

async fn elections(db: Option<String>, count: usize, tasks: usize, config: &Config) -> Result<()> {
    const CANDIDATES: usize = 5;
    anyhow::ensure!(count > CANDIDATES, "more voters than the {CANDIDATES} candidates, please");
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let bench = Arc::new(BenchBody::start(store.clone(), config).await?);
    voters(&store, count).await?;
    bench.run("election create \"Council\" --seats 2 --method stv --roll BB --voting 7d".into()).await?;
    let as_voter = |i: usize, text: String| {
        let user = PlatformUser {
            platform: Platform::Console,
            user_id: format!("voter{i}"),
            display_name: format!("Voter {i}"),
        };
        let room = PlatformRoom {
            platform: Platform::Console,
            room_id: format!("dm:voter{i}"),
            name: format!("dm:voter{i}"),
            is_direct: true,
        };
        Incoming { user, room, text, platform_role: None, plain: false, confidential: true }
    };
    for i in 0..CANDIDATES {
        let out = bench.engine.handle(as_voter(i, format!("nominate #1 @voter{i}"))).await?;
        anyhow::ensure!(!out[0].reply.is_error, "nomination refused: {:?}", out[0].reply);
    }
    bench.run("election open #1".into()).await?;
    // Each voter has written to Quorum in their direct room before (the room is known): the
    // figure is the ballot, not the first contact.
    for i in CANDIDATES..count {
        bench.engine.handle(as_voter(i, "whoami".into())).await?;
    }
    let (total, samples) = through_voters(&bench, count, tasks, move |i| {
        // Rankings of varying length that differ from voter to voter.
        let first = 1 + (i * 7 + i / 3) % CANDIDATES;
        let mut ranking = vec![first];
        ranking.extend((1..=CANDIDATES).filter(|c| *c != first).take(i % CANDIDATES));
        let words = ranking.iter().map(usize::to_string).collect::<Vec<_>>().join(" ");
        as_voter(i, format!("ballot #1 {words}"))
    })
    .await?;
    println!(
        "{:?}: {count} members cast a secret ballot in one election through the engine, {tasks} at a time: {:.2} s in total; per ballot p50={:.2} ms p99={:.2} ms",
        store.dialect(),
        total.as_secs_f64(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99)
    );
    let started = Instant::now();
    let out = bench.run("election close #1".into()).await?;
    let closing = started.elapsed();
    anyhow::ensure!(format!("{:?}", out[0].reply).contains("election-elected"), "a result: {:?}", out[0].reply);
    let mut read = store.read().await?;
    let (voted, _) = read.election_turnout(1).await?;
    read.commit().await?;
    anyhow::ensure!(voted == count as i64, "{voted} of {count} ballots counted");
    println!(
        "{:?}: closing an election of {count} ballots (rewritten in hash order, counted by STV, bulletin board): {:.0} ms",
        store.dialect(),
        closing.as_secs_f64() * 1000.0
    );
    Ok(())
}

/// Runs `command(i)` through the engine for each voter `i` of `count`, `tasks` at a time (each
/// task its share, one after another); a refused command stops the benchmark. The total time, and
/// each command's in milliseconds, sorted.
async fn through_voters(
    bench: &Arc<BenchBody>,
    count: usize,
    tasks: usize,
    command: impl Fn(usize) -> Incoming + Clone + Send + 'static,
) -> Result<(std::time::Duration, Vec<f64>)> {
    let started = Instant::now();
    let mut handles = Vec::new();
    for t in 0..tasks.max(1) {
        let (bench, command) = (bench.clone(), command.clone());
        let share: Vec<usize> = (t..count).step_by(tasks.max(1)).collect();
        handles.push(tokio::spawn(async move {
            let mut samples = Vec::with_capacity(share.len());
            for i in share {
                let incoming = command(i);
                let one = Instant::now();
                let out = bench.engine.handle(incoming).await?;
                anyhow::ensure!(!out[0].reply.is_error, "refused: {:?}", out[0].reply);
                samples.push(one.elapsed().as_secs_f64() * 1000.0);
            }
            anyhow::Ok(samples)
        }));
    }
    let mut samples = Vec::with_capacity(count);
    for handle in handles {
        samples.extend(handle.await??);
    }
    let total = started.elapsed();
    samples.sort_by(f64::total_cmp);
    Ok((total, samples))
}

/// CPU time this process has used (user + system, all threads), from `/proc/self/stat`.
fn cpu_time() -> Option<std::time::Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at field 3.
    let fields: Vec<&str> = stat.rsplit_once(") ")?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // Linux reports in USER_HZ, which is 100 on every mainstream architecture.
    Some(std::time::Duration::from_millis(ticks * 10))
}

/// Records how late each reminder reached the platform, from the due time in its outbox key.
struct LagSink {
    lags_ms: std::sync::Mutex<Vec<i64>>,
}

#[async_trait::async_trait]
impl Sink for LagSink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, _message: &Outgoing, key: &str) -> Result<(), SendError> {
        let due: i64 = key.rsplit(':').next().and_then(|d| d.parse().ok()).unwrap_or_default();
        let lag = chrono::Utc::now().timestamp_millis() - due;
        self.lags_ms.lock().expect("lag lock").push(lag);
        Ok(())
    }
}

async fn reminders(db: Option<String>, count: usize, lead: u64, window: u64, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let start = chrono::Utc::now();
    let clock = Arc::new(VirtualClock::new(Some(start)));
    let enqueuer = Engine::new(store.clone(), clock, config.engine()?, crate::features::registry());
    let user = PlatformUser { platform: Platform::Console, user_id: "bench".into(), display_name: "bench".into() };
    let room =
        PlatformRoom { platform: Platform::Console, room_id: "bench".into(), name: "bench".into(), is_direct: false };
    let window_ms = window * 1000;
    let started = Instant::now();
    for i in 0..count {
        let offset_s = lead + (i as u64 * window_ms / count as u64) / 1000;
        let text = format!("remind me in {offset_s}s \"reminder {i}\"");
        let out = enqueuer
            .handle(Incoming {
                user: user.clone(),
                room: room.clone(),
                text,
                platform_role: None,
                plain: false,
                confidential: false,
            })
            .await?;
        anyhow::ensure!(!out[0].reply.is_error, "enqueue failed: {:?}", out[0].reply);
    }
    let enqueue = started.elapsed();
    println!(
        "{:?}: enqueued {count} reminders through the command path in {:.1} s: {:.0} per second",
        store.dialect(),
        enqueue.as_secs_f64(),
        count as f64 / enqueue.as_secs_f64()
    );
    let first_due = start + chrono::Duration::seconds(lead as i64);
    anyhow::ensure!(
        chrono::Utc::now() + chrono::Duration::seconds(5) < first_due,
        "enqueueing took longer than --lead; raise it"
    );

    let engine =
        Arc::new(Engine::new(store.clone(), Arc::new(SystemClock), config.engine()?, crate::features::registry()));
    let sink = Arc::new(LagSink { lags_ms: std::sync::Mutex::new(Vec::with_capacity(count)) });
    let background = Background::start(engine.clone(), config.scheduler()?, vec![sink.clone()]);

    // Idle until just before the first is due: the loops should sleep, not spin.
    let idle_until = first_due - chrono::Duration::seconds(2);
    let cpu_before = cpu_time();
    let idle_started = Instant::now();
    SystemClock.sleep_until(idle_until).await;
    if let (Some(before), Some(after)) = (cpu_before, cpu_time()) {
        let idle = idle_started.elapsed().as_secs_f64();
        println!(
            "idle with {count} pending: {:.0} ms CPU in {idle:.0} s ({:.3} % of one core)",
            (after - before).as_secs_f64() * 1000.0,
            (after - before).as_secs_f64() / idle * 100.0
        );
    }

    let deadline = Instant::now() + std::time::Duration::from_secs(window + 300);
    while sink.lags_ms.lock().expect("lag lock").len() < count && Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    background.stop().await;
    let mut lags = sink.lags_ms.lock().expect("lag lock").clone();
    lags.sort_unstable();
    let ms: Vec<f64> = lags.iter().map(|l| *l as f64).collect();
    let late = lags.iter().filter(|l| **l > 1000).count();
    println!(
        "fired {} of {count} over {window} s; lag from due time to send: p50={:.0} ms p99={:.0} ms max={:.0} ms; later than 1 s: {late}",
        lags.len(),
        percentile(&ms, 0.5),
        percentile(&ms, 0.99),
        ms.last().copied().unwrap_or_default()
    );
    Ok(())
}

/// The command of line `i` (from 0) of the benchmark's meeting, and who says it: each writes one
/// line of the log. Twelve people attend; every hundred lines a motion is moved, voted on by
/// three of them and closed by the chair (`bench`, an administrator).
fn meeting_line(i: usize) -> (String, String) {
    let who = |n: usize| format!("member{}", n % 12);
    let chair = "bench".to_owned();
    match (i % 100, i % 10) {
        (55, _) => (who(i), format!("motion Motion {i}: adopt the proposal of line {i}")),
        (56..=58, _) => (who(i % 100 - 56), format!("motion vote {}", ["yes", "no", "abstain"][i % 3])),
        (59, _) => (chair, "motion close --majority 2/3".to_owned()),
        (_, 0) => (chair, format!("topic Topic {i}")),
        (_, 1) => (who(i), format!("info Information {i} about the budget line {i}")),
        (_, 2) => (who(i), format!("idea 想法 {i}: الفكرة رقم {i}")),
        (_, 3) => (chair, format!("agreed Decision {i} is adopted")),
        (_, 4) => (chair, format!("action @{} @{} Follow up on item {i} --due 2027-01-15", who(i), who(i + 5))),
        (_, 5) => (who(i), format!("link https://example.org/doc/{i}.pdf Document {i}")),
        (_, 6) if i < 120 => (who(i / 10), "here".to_owned()),
        (_, 6) => (who(i), format!("info Note {i}")),
        (_, 7) => (who(i / 10), "hand".to_owned()),
        (_, 8) => (chair, "next".to_owned()),
        _ => (who(i), format!("info Remark {i} <with> & characters to escape")),
    }
}

async fn minutes(db: Option<String>, lines: usize, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let bench = BenchBody::start(store.clone(), config).await?;
    let out = bench.run("startmeeting Bench meeting".into()).await?;
    let id = out[0]
        .reply
        .messages()
        .find_map(|m| {
            m.args.iter().find_map(|(name, arg)| match (name.as_str(), arg) {
                ("id", crate::core::reply::Arg::Number(id)) => Some(*id),
                _ => None,
            })
        })
        .context("the minutes' number")?;
    let started = Instant::now();
    // The first line is `startmeeting`, the last `endmeeting`.
    for i in 0..lines.saturating_sub(2) {
        let (who, text) = meeting_line(i);
        bench.run_as(&who, text).await?;
    }
    let fed = started.elapsed();
    let started = Instant::now();
    bench.run("endmeeting".into()).await?;
    let summary = started.elapsed();
    let mut renderings = Vec::new();
    for format in ["md", "html", "txt"] {
        let started = Instant::now();
        let out = bench.run(format!("minutes get #{id} {format}")).await?;
        let size = out[0]
            .reply
            .blocks
            .iter()
            .find_map(|b| match b {
                crate::core::reply::Block::File(file) => Some(file.content.len()),
                _ => None,
            })
            .unwrap_or_default();
        renderings.push(format!(
            "{format} {:.1} ms ({:.0} KiB)",
            started.elapsed().as_secs_f64() * 1000.0,
            size as f64 / 1024.0
        ));
    }
    println!(
        "{:?}: a {lines}-line meeting fed in {:.2} s; `!endmeeting` to the posted summary {:.1} ms; the stored minutes: {}",
        store.dialect(),
        fed.as_secs_f64(),
        summary.as_secs_f64() * 1000.0,
        renderings.join(", ")
    );
    Ok(())
}
