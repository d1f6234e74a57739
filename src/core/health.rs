//! The process's health: adapters and the scheduler report into `Health` (connected or not, how
//! far behind, jobs fired late, interactions left unanswered); `Health::check` adds the database's
//! figures and decides whether Quorum is healthy. The same reports feed the Prometheus metrics
//! (through the `metrics` facade; the web adapter installs the recorder and serves both).
//!
//! Metric labels are only command names, outcomes and platform names: never user text, tokens or
//! the IDs of people.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::actor::Platform;
use super::clock::Clock;
use crate::store::{JobsHealth, OutboxHealth, Store};

/// Command counts by name and outcome.
pub const COMMANDS_TOTAL: &str = "quorum_commands_total";
/// Command latency, from the platform's message to the reply, by command name.
pub const COMMAND_SECONDS: &str = "quorum_command_seconds";
/// The buckets of `COMMAND_SECONDS`: a command usually takes about a millisecond; a slow disk or
/// a held lock shows in the upper ones, and Discord's deadline is three seconds.
pub const COMMAND_SECONDS_BUCKETS: [f64; 14] =
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];
const JOBS_FIRED_TOTAL: &str = "quorum_jobs_fired_total";
const JOBS_MISSED_TOTAL: &str = "quorum_jobs_missed_total";
const JOBS_DUE: &str = "quorum_jobs_due";
const JOBS_OVERDUE: &str = "quorum_jobs_overdue";
const SCHEDULER_LAG_SECONDS: &str = "quorum_scheduler_lag_seconds";
const OUTBOX_PENDING: &str = "quorum_outbox_pending";
const OUTBOX_OLDEST_PENDING_SECONDS: &str = "quorum_outbox_oldest_pending_seconds";
const OUTBOX_FAILED: &str = "quorum_outbox_failed";
/// Counted by the outbox's delivery, described here with the rest.
const OUTBOX_SENT_TOTAL: &str = "quorum_outbox_sent_total";
const OUTBOX_FAILED_TOTAL: &str = "quorum_outbox_failed_total";
const OUTBOX_RETRIES_TOTAL: &str = "quorum_outbox_retries_total";
const ADAPTER_CONNECTED: &str = "quorum_adapter_connected";
const ADAPTER_LAG_SECONDS: &str = "quorum_adapter_lag_seconds";
const ADAPTER_DISCONNECTS_TOTAL: &str = "quorum_adapter_disconnects_total";
const UNANSWERABLE_TOTAL: &str = "quorum_unanswerable_total";
const DATABASE_UP: &str = "quorum_database_up";
const DATABASE_LATENCY_SECONDS: &str = "quorum_database_latency_seconds";
const HEALTHY: &str = "quorum_healthy";

/// Gives every metric its help text. Descriptions go to the recorder installed at the time, so
/// this is called once the recorder is in place.
pub fn describe_metrics() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(COMMANDS_TOTAL, "Commands handled, by command and outcome (ok, refused, internal_error).");
    describe_histogram!(COMMAND_SECONDS, Unit::Seconds, "Time from a command's arrival to its reply, by command.");
    describe_counter!(JOBS_FIRED_TOTAL, "Scheduled jobs run within the grace period of their due time.");
    describe_counter!(JOBS_MISSED_TOTAL, "Scheduled jobs found later than the grace period and reported as missed.");
    describe_gauge!(JOBS_DUE, "Pending jobs whose due time has come, at the last scrape.");
    describe_gauge!(JOBS_OVERDUE, "Pending jobs due for longer than the overdue limit, at the last scrape.");
    describe_gauge!(
        SCHEDULER_LAG_SECONDS,
        Unit::Seconds,
        "How late the latest jobs fired by this process were against their due time."
    );
    describe_gauge!(OUTBOX_PENDING, "Messages in the outbox not sent yet, at the last scrape.");
    describe_gauge!(
        OUTBOX_OLDEST_PENDING_SECONDS,
        Unit::Seconds,
        "How long the oldest unsent message has waited, at the last scrape."
    );
    describe_gauge!(OUTBOX_FAILED, "Messages in the outbox given up on, at the last scrape.");
    describe_counter!(OUTBOX_SENT_TOTAL, "Outbox messages sent.");
    describe_counter!(OUTBOX_FAILED_TOTAL, "Outbox messages given up on, by reason.");
    describe_counter!(OUTBOX_RETRIES_TOTAL, "Outbox sends that failed and will be tried again.");
    describe_gauge!(ADAPTER_CONNECTED, "1 while a platform adapter is connected, else 0.");
    describe_gauge!(
        ADAPTER_LAG_SECONDS,
        Unit::Seconds,
        "How far behind its platform an adapter is (Matrix: sync; Discord: gateway heartbeat latency)."
    );
    describe_counter!(ADAPTER_DISCONNECTS_TOTAL, "Times a platform adapter lost its connection.");
    describe_counter!(
        UNANSWERABLE_TOTAL,
        "Commands or interactions that could not be answered in time (the member saw no answer to them)."
    );
    describe_gauge!(DATABASE_UP, "1 when the database answered the last health check, else 0.");
    describe_gauge!(DATABASE_LATENCY_SECONDS, Unit::Seconds, "How long the database took to answer SELECT 1.");
    describe_gauge!(HEALTHY, "1 when the last health check found nothing wrong, else 0 (/healthz answers 503).");
}

/// How a command ended, as counted in `quorum_commands_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// Bad input or a missing role: the member was told why.
    Refused,
    /// A fault of Quorum or its database.
    InternalError,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Refused => "refused",
            Outcome::InternalError => "internal_error",
        }
    }
}

/// Counts and times one command. Dropped without `finish` (an error on the way, or the work
/// abandoned), it counts as an internal error: the member got no answer from the command.
pub struct CommandTimer {
    command: &'static str,
    started: Instant,
    outcome: Outcome,
}

impl CommandTimer {
    /// `command` is the spec's name (`meeting schedule`), or `unknown` for text that names none:
    /// never the text itself.
    pub fn start(command: &'static str) -> Self {
        Self { command, started: Instant::now(), outcome: Outcome::InternalError }
    }

    pub fn finish(mut self, outcome: Outcome) {
        self.outcome = outcome;
    }
}

impl Drop for CommandTimer {
    fn drop(&mut self) {
        metrics::counter!(COMMANDS_TOTAL, "command" => self.command, "outcome" => self.outcome.as_str()).increment(1);
        metrics::histogram!(COMMAND_SECONDS, "command" => self.command).record(self.started.elapsed().as_secs_f64());
    }
}

/// What a platform's library knows itself about its connection (Discord's gateway: each shard's
/// stage and heartbeat latency), read at each check. It corrects what the adapter's events said
/// (events may be handled out of order) and gives a lag the library measures without telling.
#[async_trait]
pub trait ConnectionProbe: Send + Sync {
    async fn probe(&self) -> Probe;
}

/// A connection as its library sees it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// Why it is not connected; `None` when it is.
    pub down: Option<String>,
    /// `None` while not measured yet.
    pub lag: Option<std::time::Duration>,
}

/// When something counts as wrong.
#[derive(Debug, Clone)]
pub struct Thresholds {
    /// A platform may be disconnected this long (a reconnect, a gateway resume) before it counts.
    pub adapter_down: Duration,
    /// A pending job due longer ago than this is overdue: the scheduler is behind.
    pub job_overdue: Duration,
    /// The oldest unsent message may wait this long (retries included).
    pub outbox_behind: Duration,
    /// How long the database may take to answer before it counts as unreachable.
    pub database_timeout: std::time::Duration,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            adapter_down: Duration::seconds(60),
            job_overdue: Duration::seconds(60),
            outbox_behind: Duration::minutes(15),
            database_timeout: std::time::Duration::from_secs(2),
        }
    }
}

#[derive(Debug, Clone)]
struct AdapterState {
    connected: bool,
    since: DateTime<Utc>,
    reason: Option<String>,
    lag: Option<std::time::Duration>,
    disconnects: u64,
}

impl AdapterState {
    fn new(connected: bool, since: DateTime<Utc>) -> Self {
        Self { connected, since, reason: None, lag: None, disconnects: 0 }
    }
}

#[derive(Debug, Clone, Default)]
struct SchedulerState {
    lag: Option<Duration>,
    last_fired_at: Option<DateTime<Utc>>,
    fired: u64,
    missed: u64,
}

#[derive(Default)]
struct State {
    adapters: HashMap<Platform, AdapterState>,
    /// Commands left unanswered, by platform.
    unanswerable: HashMap<Platform, u64>,
    scheduler: SchedulerState,
}

/// The health of one Quorum process, shared by its adapters, scheduler and HTTP listener.
pub struct Health {
    clock: Arc<dyn Clock>,
    thresholds: Thresholds,
    state: Mutex<State>,
    probes: Mutex<HashMap<Platform, Arc<dyn ConnectionProbe>>>,
}

fn seconds(d: Duration) -> f64 {
    d.num_milliseconds() as f64 / 1000.0
}

impl Health {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self::with_thresholds(clock, Thresholds::default())
    }

    pub fn with_thresholds(clock: Arc<dyn Clock>, thresholds: Thresholds) -> Self {
        Self { clock, thresholds, state: Mutex::default(), probes: Mutex::default() }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The platform is connected (a sync succeeded, the gateway is ready or resumed).
    pub fn adapter_up(&self, platform: Platform) {
        let now = self.clock.now();
        let mut state = self.state();
        let adapter = state.adapters.entry(platform).or_insert_with(|| AdapterState::new(false, now));
        if !adapter.connected {
            adapter.connected = true;
            adapter.since = now;
            adapter.reason = None;
        }
        metrics::gauge!(ADAPTER_CONNECTED, "platform" => platform.as_str()).set(1.0);
    }

    /// The platform is not connected, for a short `reason` (`sync failed`, `gateway resuming`).
    /// It is also how an adapter registers itself while starting (`starting`). It counts as a
    /// problem once it lasts longer than the threshold.
    pub fn adapter_down(&self, platform: Platform, reason: &str) {
        let now = self.clock.now();
        let mut state = self.state();
        let adapter = state.adapters.entry(platform).or_insert_with(|| AdapterState::new(false, now));
        if adapter.connected {
            adapter.connected = false;
            adapter.since = now;
            adapter.disconnects += 1;
            metrics::counter!(ADAPTER_DISCONNECTS_TOTAL, "platform" => platform.as_str()).increment(1);
        }
        adapter.reason = Some(reason.to_owned());
        metrics::gauge!(ADAPTER_CONNECTED, "platform" => platform.as_str()).set(0.0);
    }

    /// How far behind its platform the adapter is (for a platform that reported up or down).
    pub fn adapter_lag(&self, platform: Platform, lag: std::time::Duration) {
        if let Some(adapter) = self.state().adapters.get_mut(&platform) {
            adapter.lag = Some(lag);
        }
        metrics::gauge!(ADAPTER_LAG_SECONDS, "platform" => platform.as_str()).set(lag.as_secs_f64());
    }

    /// Asks `probe` about the platform's connection at each check.
    pub fn watch(&self, platform: Platform, probe: Arc<dyn ConnectionProbe>) {
        self.probes.lock().unwrap_or_else(|e| e.into_inner()).insert(platform, probe);
    }

    /// A command or interaction could not be answered in time (a Discord interaction replayed
    /// too late to acknowledge, say).
    pub fn unanswerable(&self, platform: Platform) {
        *self.state().unanswerable.entry(platform).or_default() += 1;
        metrics::counter!(UNANSWERABLE_TOTAL, "platform" => platform.as_str()).increment(1);
    }

    /// The scheduler fired jobs this late against their due times; those later than `grace` were
    /// reported as missed.
    pub fn jobs_fired(&self, lateness: &[Duration], grace: Duration) {
        let Some(latest) = lateness.iter().max() else { return };
        let missed = lateness.iter().filter(|late| **late > grace).count() as u64;
        let fired = lateness.len() as u64 - missed;
        let mut state = self.state();
        let scheduler = &mut state.scheduler;
        scheduler.lag = Some(*latest);
        scheduler.last_fired_at = Some(self.clock.now());
        scheduler.fired += fired;
        scheduler.missed += missed;
        metrics::counter!(JOBS_FIRED_TOTAL).increment(fired);
        metrics::counter!(JOBS_MISSED_TOTAL).increment(missed);
        metrics::gauge!(SCHEDULER_LAG_SECONDS).set(seconds(*latest).max(0.0));
    }

    /// Asks the adapters' probes, checks the database, and decides.
    pub async fn check(&self, store: &Store) -> Report {
        let limits = &self.thresholds;
        let timeout = limits.database_timeout;
        let probes: Vec<_> =
            self.probes.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|(p, s)| (*p, s.clone())).collect();
        for (platform, probe) in probes {
            if let Ok(found) = tokio::time::timeout(timeout, probe.probe()).await {
                self.apply(platform, &found);
            }
        }
        let now = self.clock.now();
        let started = Instant::now();
        let ping = tokio::time::timeout(timeout, store.ping()).await;
        let latency = started.elapsed();
        let mut figures = None;
        let database = match ping {
            Ok(Ok(())) => {
                let (now_ms, overdue_ms) = (now.timestamp_millis(), (now - limits.job_overdue).timestamp_millis());
                let queries = async {
                    Ok::<_, anyhow::Error>((
                        store.jobs_health(now_ms, overdue_ms).await?,
                        store.outbox_health(now_ms, &Platform::ALL.map(Platform::as_str)).await?,
                    ))
                };
                match tokio::time::timeout(timeout, queries).await {
                    Ok(Ok(found)) => {
                        figures = Some(found);
                        DatabaseStatus::up(latency)
                    }
                    Ok(Err(e)) => DatabaseStatus::down("a health query failed", &e),
                    Err(_) => DatabaseStatus::timed_out(timeout),
                }
            }
            Ok(Err(e)) => DatabaseStatus::down("SELECT 1 failed", &e),
            Err(_) => DatabaseStatus::timed_out(timeout),
        };
        let report = self.report(now, database, figures);
        report.set_gauges();
        report
    }

    /// What a probe found replaces what events said.
    fn apply(&self, platform: Platform, found: &Probe) {
        match &found.down {
            None => self.adapter_up(platform),
            Some(reason) => self.adapter_down(platform, reason),
        }
        if let Some(lag) = found.lag {
            self.adapter_lag(platform, lag);
        }
    }

    fn report(
        &self,
        now: DateTime<Utc>,
        database: DatabaseStatus,
        figures: Option<(JobsHealth, OutboxHealth)>,
    ) -> Report {
        Report::new(now, &self.thresholds, database, &self.state(), figures)
    }
}

/// Whether the database answered the health check.
#[derive(Debug, Clone, Serialize)]
pub struct DatabaseStatus {
    pub reachable: bool,
    pub latency_ms: Option<f64>,
    /// What went wrong, briefly (the full error is in the log).
    pub error: Option<String>,
}

impl DatabaseStatus {
    fn up(latency: std::time::Duration) -> Self {
        Self { reachable: true, latency_ms: Some(latency.as_secs_f64() * 1000.0), error: None }
    }

    fn down(what: &str, error: &anyhow::Error) -> Self {
        tracing::warn!(error = ?error, "health check: {what}");
        Self { reachable: false, latency_ms: None, error: Some(what.to_owned()) }
    }

    fn timed_out(after: std::time::Duration) -> Self {
        tracing::warn!(?after, "health check: the database did not answer in time");
        Self { reachable: false, latency_ms: None, error: Some(format!("no answer within {} ms", after.as_millis())) }
    }
}

/// One platform adapter as last reported.
#[derive(Debug, Clone, Serialize)]
pub struct AdapterStatus {
    pub connected: bool,
    /// Since when it has been connected, or not.
    pub since: DateTime<Utc>,
    /// Why it is not connected.
    pub reason: Option<String>,
    pub lag_seconds: Option<f64>,
    pub unanswerable: u64,
    pub disconnects: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SchedulerStatus {
    /// How late the latest jobs this process fired were, in seconds.
    pub lag_seconds: Option<f64>,
    pub last_fired_at: Option<DateTime<Utc>>,
    /// Pending jobs whose time has come (`None` when the database did not answer).
    pub due: Option<i64>,
    /// Of those, the ones due for longer than the overdue limit.
    pub overdue: Option<i64>,
    /// How long the earliest due job has waited, in seconds.
    pub behind_seconds: Option<f64>,
    /// Jobs this process fired on time, and reported as missed, since it started.
    pub fired: u64,
    pub missed: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutboxStatus {
    pub pending: i64,
    pub oldest_pending_seconds: Option<f64>,
    pub failed: i64,
}

/// What `/healthz` answers: every figure, and what is wrong (empty when healthy).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub healthy: bool,
    pub problems: Vec<String>,
    pub checked_at: DateTime<Utc>,
    pub database: DatabaseStatus,
    /// By platform name.
    pub adapters: std::collections::BTreeMap<&'static str, AdapterStatus>,
    pub scheduler: SchedulerStatus,
    /// `None` when the database did not answer.
    pub outbox: Option<OutboxStatus>,
    /// Commands and interactions that could not be answered in time, all platforms.
    pub unanswerable: u64,
}

impl Report {
    fn new(
        now: DateTime<Utc>,
        limits: &Thresholds,
        database: DatabaseStatus,
        state: &State,
        figures: Option<(JobsHealth, OutboxHealth)>,
    ) -> Self {
        let adapters: std::collections::BTreeMap<_, _> = state
            .adapters
            .iter()
            .map(|(platform, a)| {
                let status = AdapterStatus {
                    connected: a.connected,
                    since: a.since,
                    reason: a.reason.clone(),
                    lag_seconds: a.lag.map(|l| l.as_secs_f64()),
                    unanswerable: state.unanswerable.get(platform).copied().unwrap_or(0),
                    disconnects: a.disconnects,
                };
                (platform.as_str(), status)
            })
            .collect();
        let (jobs, outbox) = figures.unzip();
        let scheduler = &state.scheduler;
        let scheduler = SchedulerStatus {
            lag_seconds: scheduler.lag.map(|l| seconds(l).max(0.0)),
            last_fired_at: scheduler.last_fired_at,
            due: jobs.map(|j| j.due),
            overdue: jobs.map(|j| j.overdue),
            behind_seconds: jobs
                .and_then(|j| j.oldest_due_at)
                .map(|at| (now.timestamp_millis() - at).max(0) as f64 / 1000.0),
            fired: scheduler.fired,
            missed: scheduler.missed,
        };
        let outbox = outbox.map(|o| OutboxStatus {
            pending: o.pending,
            oldest_pending_seconds: o.oldest_pending_age_ms.map(|ms| ms as f64 / 1000.0),
            failed: o.failed,
        });
        let unanswerable = state.unanswerable.values().sum();
        let problems = problems(now, limits, &database, &adapters, &scheduler, outbox.as_ref());
        Report {
            healthy: problems.is_empty(),
            problems,
            checked_at: now,
            database,
            adapters,
            scheduler,
            outbox,
            unanswerable,
        }
    }

    /// The gauges read at check time, for `/metrics`.
    fn set_gauges(&self) {
        use metrics::gauge;
        gauge!(HEALTHY).set(if self.healthy { 1.0 } else { 0.0 });
        gauge!(DATABASE_UP).set(if self.database.reachable { 1.0 } else { 0.0 });
        if let Some(ms) = self.database.latency_ms {
            gauge!(DATABASE_LATENCY_SECONDS).set(ms / 1000.0);
        }
        if let (Some(due), Some(overdue)) = (self.scheduler.due, self.scheduler.overdue) {
            gauge!(JOBS_DUE).set(due as f64);
            gauge!(JOBS_OVERDUE).set(overdue as f64);
        }
        if let Some(outbox) = &self.outbox {
            gauge!(OUTBOX_PENDING).set(outbox.pending as f64);
            gauge!(OUTBOX_OLDEST_PENDING_SECONDS).set(outbox.oldest_pending_seconds.unwrap_or(0.0));
            gauge!(OUTBOX_FAILED).set(outbox.failed as f64);
        }
    }
}

/// The verdict: each thing found wrong, in words for an operator.
fn problems(
    now: DateTime<Utc>,
    limits: &Thresholds,
    database: &DatabaseStatus,
    adapters: &std::collections::BTreeMap<&'static str, AdapterStatus>,
    scheduler: &SchedulerStatus,
    outbox: Option<&OutboxStatus>,
) -> Vec<String> {
    let mut problems = Vec::new();
    if !database.reachable {
        problems.push(format!("database unreachable: {}", database.error.as_deref().unwrap_or("no answer")));
    }
    for (platform, adapter) in adapters {
        let down_for = now - adapter.since;
        if !adapter.connected && down_for > limits.adapter_down {
            problems.push(format!(
                "{platform} disconnected for {} s: {}",
                down_for.num_seconds(),
                adapter.reason.as_deref().unwrap_or("no reason given")
            ));
        }
    }
    if let Some(overdue) = scheduler.overdue.filter(|n| *n > 0) {
        problems.push(format!(
            "scheduler behind: {overdue} jobs due for more than {} s (the earliest for {:.0} s)",
            limits.job_overdue.num_seconds(),
            scheduler.behind_seconds.unwrap_or_default()
        ));
    }
    if let Some(waited) = outbox.and_then(|o| o.oldest_pending_seconds).filter(|s| *s > seconds(limits.outbox_behind)) {
        problems.push(format!(
            "outbox behind: the oldest unsent message has waited {waited:.0} s (limit {} s)",
            limits.outbox_behind.num_seconds()
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::clock::VirtualClock;

    fn health() -> (Health, Arc<VirtualClock>) {
        let clock = Arc::new(VirtualClock::new(Some("2026-03-01T12:00:00Z".parse().unwrap())));
        (Health::new(clock.clone()), clock)
    }

    fn quiet() -> Option<(JobsHealth, OutboxHealth)> {
        Some((
            JobsHealth { due: 0, overdue: 0, oldest_due_at: None },
            OutboxHealth { pending: 0, oldest_pending_age_ms: None, failed: 0 },
        ))
    }

    fn database_up() -> DatabaseStatus {
        DatabaseStatus::up(std::time::Duration::from_micros(300))
    }

    fn verdict(health: &Health, clock: &VirtualClock, figures: Option<(JobsHealth, OutboxHealth)>) -> Report {
        health.report(clock.now(), database_up(), figures)
    }

    #[test]
    fn nothing_reported_and_a_quiet_database_is_healthy() {
        let (health, clock) = health();
        let report = verdict(&health, &clock, quiet());
        assert!(report.healthy && report.problems.is_empty(), "{report:?}");
        assert!(report.adapters.is_empty());
        assert_eq!((report.scheduler.due, report.outbox.as_ref().map(|o| o.pending)), (Some(0), Some(0)));
    }

    #[test]
    fn an_adapter_is_a_problem_only_once_down_for_longer_than_the_threshold() {
        let (health, clock) = health();
        health.adapter_down(Platform::Discord, "starting");
        clock.advance(Duration::seconds(60));
        assert!(verdict(&health, &clock, quiet()).healthy, "a minute to connect");
        clock.advance(Duration::seconds(1));
        let report = verdict(&health, &clock, quiet());
        assert_eq!(report.problems, ["discord disconnected for 61 s: starting"]);
        assert_eq!(report.adapters["discord"].disconnects, 0, "starting is not losing a connection");

        health.adapter_up(Platform::Discord);
        health.adapter_lag(Platform::Discord, std::time::Duration::from_millis(40));
        let report = verdict(&health, &clock, quiet());
        assert!(report.healthy, "{report:?}");
        assert_eq!(report.adapters["discord"].lag_seconds, Some(0.04));
        assert_eq!(report.adapters["discord"].since, clock.now());

        // A short drop (a gateway resume) is reported but is not a problem; its start counts.
        health.adapter_down(Platform::Discord, "gateway resuming");
        clock.advance(Duration::seconds(30));
        health.adapter_down(Platform::Discord, "gateway connecting");
        let report = verdict(&health, &clock, quiet());
        assert!(report.healthy);
        let discord = &report.adapters["discord"];
        assert_eq!(
            (discord.connected, discord.reason.as_deref(), discord.disconnects),
            (false, Some("gateway connecting"), 1)
        );
        clock.advance(Duration::seconds(31));
        assert_eq!(verdict(&health, &clock, quiet()).problems, ["discord disconnected for 61 s: gateway connecting"]);
    }

    #[test]
    fn a_probe_corrects_what_events_said() {
        let (health, clock) = health();
        health.adapter_up(Platform::Discord);
        health.apply(Platform::Discord, &Probe { down: Some("gateway resuming".into()), lag: None });
        clock.advance(Duration::minutes(2));
        assert_eq!(verdict(&health, &clock, quiet()).problems, ["discord disconnected for 120 s: gateway resuming"]);
        health.apply(Platform::Discord, &Probe { down: None, lag: Some(std::time::Duration::from_millis(85)) });
        let report = verdict(&health, &clock, quiet());
        assert!(report.healthy);
        assert_eq!(report.adapters["discord"].lag_seconds, Some(0.085));
    }

    #[test]
    fn an_unreachable_database_is_a_problem_and_hides_its_figures() {
        let (health, clock) = health();
        let down = DatabaseStatus::timed_out(std::time::Duration::from_secs(2));
        let report = health.report(clock.now(), down, None);
        assert_eq!(report.problems, ["database unreachable: no answer within 2000 ms"]);
        assert!(report.outbox.is_none() && report.scheduler.due.is_none());
    }

    #[test]
    fn overdue_jobs_mean_the_scheduler_is_behind() {
        let (health, clock) = health();
        let now = clock.now().timestamp_millis();
        let outbox = OutboxHealth { pending: 0, oldest_pending_age_ms: None, failed: 0 };
        let due = JobsHealth { due: 5, overdue: 0, oldest_due_at: Some(now - 2_000) };
        assert!(verdict(&health, &clock, Some((due, outbox))).healthy, "due jobs being fired are normal");
        let behind = JobsHealth { due: 5, overdue: 3, oldest_due_at: Some(now - 90_000) };
        let report = verdict(&health, &clock, Some((behind, outbox)));
        assert_eq!(report.problems, ["scheduler behind: 3 jobs due for more than 60 s (the earliest for 90 s)"]);
        assert_eq!(report.scheduler.behind_seconds, Some(90.0));
    }

    #[test]
    fn an_old_unsent_message_means_the_outbox_is_behind_and_failures_are_only_counted() {
        let (health, clock) = health();
        let jobs = JobsHealth { due: 0, overdue: 0, oldest_due_at: None };
        let waiting = OutboxHealth { pending: 4, oldest_pending_age_ms: Some(14 * 60_000), failed: 7 };
        let report = verdict(&health, &clock, Some((jobs, waiting)));
        assert!(report.healthy, "{report:?}");
        assert_eq!(report.outbox.as_ref().map(|o| (o.pending, o.failed)), Some((4, 7)));
        let stuck = OutboxHealth { pending: 4, oldest_pending_age_ms: Some(16 * 60_000), failed: 7 };
        let report = verdict(&health, &clock, Some((jobs, stuck)));
        assert_eq!(report.problems, ["outbox behind: the oldest unsent message has waited 960 s (limit 900 s)"]);
    }

    #[test]
    fn the_scheduler_reports_lag_and_missed_jobs() {
        let (health, clock) = health();
        health.jobs_fired(&[Duration::milliseconds(200), Duration::minutes(20)], Duration::minutes(15));
        health.jobs_fired(&[], Duration::minutes(15));
        health.jobs_fired(&[Duration::milliseconds(150)], Duration::minutes(15));
        let report = verdict(&health, &clock, quiet());
        let scheduler = &report.scheduler;
        assert_eq!((scheduler.fired, scheduler.missed, scheduler.lag_seconds), (2, 1, Some(0.15)));
        assert_eq!(scheduler.last_fired_at, Some(clock.now()));
        assert!(report.healthy, "a job fired late is history, not a problem now");
    }

    #[test]
    fn unanswerable_commands_are_counted_per_platform() {
        let (health, clock) = health();
        health.adapter_up(Platform::Discord);
        health.unanswerable(Platform::Discord);
        health.unanswerable(Platform::Discord);
        health.unanswerable(Platform::Matrix);
        let report = verdict(&health, &clock, quiet());
        assert_eq!((report.unanswerable, report.adapters["discord"].unanswerable), (3, 2));
        assert!(report.healthy);
    }
}
