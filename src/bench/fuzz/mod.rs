//! `quorum bench fuzz`: generated and mutated command lines through `Engine::handle`, as several
//! actors in rooms linked to bodies, unlinked rooms and direct rooms, checking for each one that
//! nothing panics, nothing fails internally, and nothing refused writes to the database.
//!
//! Every case runs as its own task, so a panic is caught and reported with the line that caused
//! it. Writes are counted by triggers (`Store::install_write_probe`): a refused command must leave
//! the count of committed row changes where it was. The database is emptied and set up again every
//! `reset_every` cases, so that lists and the audit chain stay the size of a real body's.

mod lines;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use rand::Rng;
use rand::seq::IndexedRandom;

use crate::adapters::text::{self, PlainStyle};
use crate::core::actor::{Platform, PlatformRoom, PlatformUser};
use crate::core::clock::{Clock, VirtualClock};
use crate::core::engine::{Engine, EngineConfig, Incoming, Outgoing};
use crate::core::reply::{Arg, Reply};
use crate::scheduler::{Delivery, Scheduler, SchedulerConfig, SendError, Sink};
use crate::store::Store;

pub use lines::Lines;

/// What to run.
#[derive(Debug, Clone)]
pub struct FuzzOptions {
    pub cases: u64,
    pub seed: u64,
    /// Start again from a freshly set-up database every this many cases.
    pub reset_every: u64,
}

/// What went wrong in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FailureKind {
    Panic,
    /// The reply was `err-internal`, or the engine returned an error.
    Internal,
    /// A refused command changed rows.
    RefusedWithWrites,
    /// A reply names a message the reader's language lacks.
    Untranslated,
    /// A job that fell due did not fire (its effects failed), or a fired message could not be
    /// rendered.
    Job,
}

/// One case, with what reproduces it.
#[derive(Debug, Clone)]
pub struct Case {
    pub seed: u64,
    /// The case's number from 0: `--seed S --cases N+1` runs up to it again.
    pub number: u64,
    pub actor: &'static str,
    pub room: String,
    pub line: String,
}

impl Case {
    /// Where it ran, and its line cut to `max` characters.
    fn describe(&self, max: usize) -> String {
        let line: String = self.line.chars().take(max).collect();
        let cut = if line.len() < self.line.len() { "…" } else { "" };
        format!("seed {} case {} as {} in {}: {line:?}{cut}", self.seed, self.number, self.actor, self.room)
    }
}

/// The whole line: what reproduces it.
impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(usize::MAX))
    }
}

/// A case that failed, and how.
#[derive(Debug, Clone)]
pub struct Failure {
    pub kind: FailureKind,
    pub case: Case,
    pub detail: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {} → {}", self.kind, self.case, self.detail)
    }
}

/// The outcome of a run.
#[derive(Debug, Default)]
pub struct FuzzReport {
    pub cases: u64,
    pub accepted: u64,
    pub refused: u64,
    pub elapsed: Duration,
    /// How many cases failed, by kind.
    pub counts: HashMap<FailureKind, u64>,
    /// The first few failures of each kind and detail, to reproduce them.
    pub failures: Vec<Failure>,
    /// The slowest cases, slowest first: a line that takes seconds holds up everyone's commands.
    pub slowest: Vec<(Duration, Case)>,
    /// What the scheduler did with the jobs the cases created, as time passed.
    pub jobs_fired: u64,
    pub messages_sent: u64,
}

/// Reproducers kept for one kind of failure with the same detail.
const KEPT_PER_DETAIL: usize = 3;
/// Reproducers kept in all.
const KEPT: usize = 200;
/// Slowest cases kept.
const SLOWEST: usize = 5;

impl FuzzReport {
    pub fn failed(&self) -> u64 {
        self.counts.values().sum()
    }

    pub fn count(&self, kind: FailureKind) -> u64 {
        self.counts.get(&kind).copied().unwrap_or_default()
    }

    fn timed(&mut self, took: Duration, case: impl FnOnce() -> Case) {
        if self.slowest.len() < SLOWEST || self.slowest.last().is_some_and(|(t, _)| *t < took) {
            self.slowest.push((took, case()));
            self.slowest.sort_by_key(|b| std::cmp::Reverse(b.0));
            self.slowest.truncate(SLOWEST);
        }
    }

    fn record(&mut self, failure: Failure) {
        *self.counts.entry(failure.kind).or_default() += 1;
        let same = self.failures.iter().filter(|f| f.kind == failure.kind && f.detail == failure.detail).count();
        if same < KEPT_PER_DETAIL && self.failures.len() < KEPT {
            self.failures.push(failure);
        }
    }
}

impl fmt::Display for FuzzReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        writeln!(
            f,
            "cases: {} in {secs:.1} s ({:.0} per second); accepted {}, refused {}",
            self.cases,
            self.cases as f64 / secs.max(1e-9),
            self.accepted,
            self.refused
        )?;
        writeln!(
            f,
            "panics: {}; internal errors: {}; refused with writes: {}; untranslated: {}; jobs failed: {}",
            self.count(FailureKind::Panic),
            self.count(FailureKind::Internal),
            self.count(FailureKind::RefusedWithWrites),
            self.count(FailureKind::Untranslated),
            self.count(FailureKind::Job)
        )?;
        writeln!(f, "jobs fired: {}; messages sent: {}", self.jobs_fired, self.messages_sent)?;
        for failure in &self.failures {
            writeln!(f, "  {failure}")?;
        }
        writeln!(f, "slowest cases:")?;
        for (took, case) in &self.slowest {
            writeln!(f, "  {:.1} ms: {}", took.as_secs_f64() * 1000.0, case.describe(120))?;
        }
        Ok(())
    }
}

/// The people who speak: names double as their console user ids.
const ADMIN: &str = "admin";
const STAFF: &str = "staff";
const MEMBER: &str = "member";
const STRANGER: &str = "stranger";
const ACTORS: [&str; 4] = [ADMIN, STAFF, MEMBER, STRANGER];
/// Rooms every actor uses besides their own direct room: one linked to BC, one to its
/// executive committee, one linked to nothing.
const ROOMS: [&str; 3] = ["bc-room", "exec-room", "lobby"];

/// Where the fuzzer's clock starts; generated dates are around it.
pub const START: &str = "2026-11-23T12:00:00Z";

fn user(name: &'static str) -> PlatformUser {
    PlatformUser { platform: Platform::Console, user_id: name.into(), display_name: name.into() }
}

fn room(name: &str) -> PlatformRoom {
    PlatformRoom {
        platform: Platform::Console,
        room_id: name.into(),
        name: name.into(),
        is_direct: name.starts_with("dm:"),
    }
}

/// Setup lines run in order: (actor, room, line). Each must succeed.
const SETUP: &[(&str, &str, &str)] = &[
    (ADMIN, "bc-room", "body create \"Business Constituency\" BC"),
    (ADMIN, "bc-room", "body link BC"),
    (ADMIN, "bc-room", "body create \"BC Executive Committee\" BC-exec"),
    (ADMIN, "exec-room", "body link BC-exec"),
    (ADMIN, "bc-room", "role grant @staff staff BC"),
    (ADMIN, "bc-room", "role grant @member member BC"),
    (ADMIN, "exec-room", "role grant @member exec BC-exec"),
    (ADMIN, "bc-room", "body quorum BC 50%"),
    (
        STAFF,
        "bc-room",
        "meeting schedule \"Monthly call\" 2026-12-03 14:00 Europe/Zurich --repeat \"every month on the first thursday\" --remind 24h,1h",
    ),
    (
        STAFF,
        "bc-room",
        "meeting schedule \"Board\" 2026-11-24 09:00 America/New_York --duration 90m --link https://meet.example.org/board",
    ),
    (MEMBER, "exec-room", "meeting schedule \"Exec call\" 2026-11-23 12:10 UTC --repeat \"every weekday\""),
    (STAFF, "bc-room", "agenda add #1 \"Budget 2027\""),
    (STAFF, "bc-room", "agenda add #1 \"Elections\""),
    (MEMBER, "bc-room", "meeting rsvp #1 yes"),
    (MEMBER, "exec-room", "meeting present #3"),
    (MEMBER, "bc-room", "remind here in 2h \"Send the draft\""),
    (MEMBER, "bc-room", "remind me every weekday at 09:00 \"Stand-up\""),
    (ADMIN, "lobby", "remind @member in 1d \"Check the minutes\""),
    (STRANGER, "lobby", "remind me in 1h \"tea\""),
    (MEMBER, "bc-room", "hand remote"),
];

/// Renders what the scheduler sends, as an adapter would, and notes messages missing from the
/// reader's language.
struct RenderingSink {
    i18n: Arc<crate::i18n::I18n>,
    sent: std::sync::atomic::AtomicU64,
    untranslated: std::sync::Mutex<Vec<String>>,
}

#[async_trait::async_trait]
impl Sink for RenderingSink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, message: &Outgoing, key: &str) -> Result<(), SendError> {
        text::render(&self.i18n, message, "!", &PlainStyle { zone: message.zone });
        for msg in message.reply.messages().filter(|m| !self.i18n.has(&message.locale, &m.key)) {
            self.untranslated
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(format!("{key}: {} lacks {}", message.locale, msg.key));
        }
        self.sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }
}

/// The database and engine of a run, and what its cases can refer to.
struct World {
    engine: Arc<Engine>,
    clock: Arc<VirtualClock>,
    scheduler: Arc<Scheduler>,
    delivery: Arc<Delivery>,
    sink: Arc<RenderingSink>,
    /// Numbers of objects that exist (or did), taken from replies.
    ids: Vec<i64>,
}

impl World {
    async fn new(store: Store) -> Result<Self> {
        store.install_write_probe().await?;
        let start: DateTime<Utc> = START.parse().expect("START is RFC 3339");
        let clock = Arc::new(VirtualClock::new(Some(start)));
        let engine = Arc::new(Engine::new(store, clock.clone(), EngineConfig::default(), crate::features::registry()));
        let scheduler = Arc::new(Scheduler::new(engine.clone(), SchedulerConfig::default()));
        let sink = Arc::new(RenderingSink {
            i18n: engine.i18n.clone(),
            sent: Default::default(),
            untranslated: Default::default(),
        });
        let delivery = Arc::new(Delivery::new(engine.clone(), sink.clone()));
        let mut world = Self { engine, clock, scheduler, delivery, sink, ids: Vec::new() };
        world.set_up().await?;
        Ok(world)
    }

    /// Bodies, roles, meetings, agenda items and reminders, so that IDs exist; every actor has
    /// spoken in every room, so that running a command never has to record a new member or room.
    async fn set_up(&mut self) -> Result<()> {
        let start: DateTime<Utc> = START.parse().expect("START is RFC 3339");
        self.clock.set(start);
        self.ids.clear();
        self.engine.claim_bootstrap_admin(&user(ADMIN)).await?;
        for actor in ACTORS {
            self.introduce(actor).await?;
        }
        for (actor, room_name, line) in SETUP {
            let out = self.run(actor, room_name, line).await?;
            anyhow::ensure!(!out.reply.is_error, "set-up line {line:?} was refused: {:?}", out.reply);
            self.note_ids(&out.reply);
        }
        Ok(())
    }

    /// Has `actor` speak in every room, so that their next commands need no new member or room.
    async fn introduce(&self, actor: &'static str) -> Result<()> {
        for room_name in ROOMS.iter().copied().chain([format!("dm:{actor}").as_str()]) {
            self.run(actor, room_name, "whoami").await?;
        }
        Ok(())
    }

    /// Fires the jobs due now and sends their messages, each pass in its own task so that a
    /// panic is caught; returns what went wrong.
    async fn run_jobs(&self, report: &mut FuzzReport) -> Result<Vec<String>> {
        let (scheduler, delivery) = (self.scheduler.clone(), self.delivery.clone());
        let pass = tokio::spawn(async move {
            let fired = scheduler.run_due().await?;
            delivery.deliver_due().await?;
            anyhow::Ok(fired)
        });
        let mut problems = Vec::new();
        match pass.await {
            Ok(Ok(fired)) => report.jobs_fired += fired as u64,
            Ok(Err(e)) => problems.push(format!("{e:#}")),
            Err(e) if e.is_panic() => problems.push(format!("panic: {}", panic_message(e.into_panic()))),
            Err(e) => return Err(e).context("a scheduler pass was cancelled"),
        }
        let now = self.clock.now().timestamp_millis();
        let unfired = self.engine.store.jobs_health(now, now).await?.due;
        if unfired > 0 {
            problems.push(format!("{unfired} due jobs did not fire"));
        }
        report.messages_sent = self.sink.sent.load(std::sync::atomic::Ordering::Relaxed);
        problems.append(&mut self.sink.untranslated.lock().unwrap_or_else(|e| e.into_inner()));
        Ok(problems)
    }

    async fn run(&self, actor: &'static str, room_name: &str, line: &str) -> Result<Outgoing> {
        let incoming = Incoming {
            user: user(actor),
            room: room(room_name),
            text: line.into(),
            platform_role: None,
            plain: false,
            confidential: false,
        };
        let mut out = self.engine.handle(incoming).await?;
        anyhow::ensure!(out.len() == 1, "{line:?} gave {} replies", out.len());
        Ok(out.remove(0))
    }

    /// Remembers the numbers a reply hands out (`#4`), for later cases to name.
    fn note_ids(&mut self, reply: &Reply) {
        for msg in reply.messages() {
            for (name, arg) in &msg.args {
                if let (true, Arg::Number(n)) = (name == "id", arg)
                    && !self.ids.contains(n)
                {
                    if self.ids.len() >= 64 {
                        self.ids.remove(0);
                    }
                    self.ids.push(*n);
                }
            }
        }
    }
}

/// A panic's message, from the payload a task's `JoinError` carries.
fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(s) => (*s).to_owned(),
            Err(_) => "a panic without a message".to_owned(),
        },
    }
}

/// Runs `options.cases` cases on `store` (a scratch database: it gets the write probe and is
/// emptied between rounds) and reports what failed. `progress` is called every 10,000 cases.
pub async fn run(store: Store, options: &FuzzOptions, mut progress: impl FnMut(&FuzzReport)) -> Result<FuzzReport> {
    let mut world = World::new(store.clone()).await?;
    let start: DateTime<Utc> = START.parse().expect("START is RFC 3339");
    let mut lines = Lines::new(options.seed, start.date_naive());
    let mut report = FuzzReport::default();
    let mut writes = store.committed_writes().await?;
    let started = Instant::now();
    for case in 0..options.cases {
        if case > 0 && case % options.reset_every.max(1) == 0 {
            store.wipe().await?;
            world.set_up().await.context("setting up again")?;
            writes = store.committed_writes().await?;
        }
        if case % 50 == 0 {
            // Time passes between commands, so that "in an hour" and "today" move on, and the jobs
            // the cases made fall due: their messages are made and rendered.
            let minutes = lines.rng().random_range(0..=120);
            world.clock.advance(chrono::Duration::minutes(minutes));
            let this = || Case {
                seed: options.seed,
                number: case,
                actor: "scheduler",
                room: String::new(),
                line: format!(":clock advance {minutes}m"),
            };
            for detail in world.run_jobs(&mut report).await? {
                report.record(Failure { kind: FailureKind::Job, case: this(), detail });
            }
            writes = store.committed_writes().await?;
        }
        let actor = *ACTORS.choose(lines.rng()).expect("actors");
        let dm = format!("dm:{actor}");
        let room_name =
            if lines.rng().random_bool(0.2) { dm } else { (*ROOMS.choose(lines.rng()).expect("rooms")).to_owned() };
        let line = lines.line(&world.ids);
        let this = || Case { seed: options.seed, number: case, actor, room: room_name.clone(), line: line.clone() };
        let failure = |kind, detail: String| Failure { kind, case: this(), detail };

        let engine = world.engine.clone();
        let incoming = Incoming {
            user: user(actor),
            room: room(&room_name),
            text: line.clone(),
            platform_role: None,
            plain: false,
            confidential: false,
        };
        // Rendering is part of the case: an adapter renders every reply.
        let task = tokio::spawn(async move {
            let out = engine.handle(incoming).await?;
            let texts: Vec<String> =
                out.iter().map(|o| text::render(&engine.i18n, o, "!", &PlainStyle { zone: o.zone })).collect();
            anyhow::Ok((out, texts))
        });
        report.cases += 1;
        let began = Instant::now();
        let outcome = task.await;
        report.timed(began.elapsed(), this);
        let out = match outcome {
            Ok(Ok((out, _texts))) => out,
            Ok(Err(e)) => {
                report.record(failure(FailureKind::Internal, format!("{e:#}")));
                writes = store.committed_writes().await?;
                continue;
            }
            Err(e) if e.is_panic() => {
                report.record(failure(FailureKind::Panic, panic_message(e.into_panic())));
                writes = store.committed_writes().await?;
                continue;
            }
            Err(e) => return Err(e).context("a case's task was cancelled"),
        };
        let Some(first) = out.first() else {
            report.record(failure(FailureKind::Internal, "no reply".into()));
            continue;
        };
        let reply = &first.reply;
        let internal = reply.messages().any(|m| m.key == "err-internal");
        let untranslated: Vec<&str> = reply
            .messages()
            .filter(|m| !world.engine.i18n.has(&first.locale, &m.key))
            .map(|m| m.key.as_str())
            .collect();
        if !untranslated.is_empty() {
            report.record(failure(
                FailureKind::Untranslated,
                format!("{} lacks {}", first.locale, untranslated.join(", ")),
            ));
        }
        let now = store.committed_writes().await?;
        if internal {
            report.record(failure(FailureKind::Internal, "err-internal".into()));
        } else if reply.is_error {
            report.refused += 1;
            if now != writes {
                let key = reply.messages().next().map(|m| m.key.clone()).unwrap_or_default();
                report.record(failure(
                    FailureKind::RefusedWithWrites,
                    format!("{} rows changed; reply {key}", now - writes),
                ));
            }
        } else {
            report.accepted += 1;
            world.note_ids(reply);
            if reply.messages().any(|m| m.key == "forgetme-done") {
                // Forgotten, the actor is someone new: introduced again, outside the case.
                world.introduce(actor).await?;
                writes = store.committed_writes().await?;
                continue;
            }
        }
        writes = now;
        if (case + 1) % 10_000 == 0 {
            report.elapsed = started.elapsed();
            progress(&report);
        }
    }
    report.elapsed = started.elapsed();
    Ok(report)
}
