//! Durable jobs: claims due jobs with a lease, fires each in one transaction with its effects,
//! and sleeps until the next one falls due or a new one is added. Never polls on a fixed tick.

mod outbox;

use std::future::Future;
use std::sync::Arc;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};

use crate::core::effect::Effects;
use crate::core::engine::Engine;
use crate::core::registry::DueJob;
use crate::store::{self, ClaimedJob, Tx};

pub use outbox::{
    DEFAULT_GIVE_UP_AFTER, Delivery, Permanence, SendError, Sink, Verdict, backoff, call_envelope, envelope,
    open_envelope, verdict,
};

/// How the scheduler treats time.
#[derive(Debug, Clone)]
pub struct SchedulerConfig {
    /// A job later than this when it runs (after downtime) is reported as missed, not fired as if on time.
    pub grace: Duration,
    /// How long a claimed job is reserved for this process: how long a process that dies holds up
    /// the jobs it claimed. Only liveness depends on it: a job whose lease ran out is still
    /// completed once, by whichever process holds it when its transaction commits.
    pub lease: Duration,
    /// How many jobs to claim at once.
    pub batch: i64,
    /// The longest the loop sleeps without checking, to notice jobs added by other processes.
    pub max_idle: Duration,
    /// How long an outbox message that keeps failing for a temporary reason is retried, from
    /// when it was enqueued (or last put back by staff), before it fails.
    pub give_up_after: Duration,
}

impl Default for SchedulerConfig {
    fn default() -> Self {
        Self {
            grace: Duration::minutes(15),
            lease: Duration::seconds(10),
            batch: 100,
            max_idle: Duration::minutes(5),
            give_up_after: DEFAULT_GIVE_UP_AFTER,
        }
    }
}

/// Runs the jobs of one Quorum process.
pub struct Scheduler {
    engine: Arc<Engine>,
    config: SchedulerConfig,
    /// Identifies this process's leases.
    owner: String,
}

impl Scheduler {
    pub fn new(engine: Arc<Engine>, config: SchedulerConfig) -> Self {
        let owner = format!("{}-{:016x}", std::process::id(), rand::random::<u64>());
        Self { engine, config, owner }
    }

    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Fires every job due now, earliest first; returns how many fired. One pass at a time (it is
    /// not run concurrently on one `Scheduler`), so that what this scheduler still holds at the start
    /// of a pass is what a failed pass left behind (the database went away midway): due again now,
    /// not when its lease runs out.
    pub async fn run_due(&self) -> Result<usize> {
        self.engine.store.release_jobs(&self.owner).await?;
        let mut fired = 0;
        loop {
            let now = self.engine.clock.now();
            let jobs = self
                .engine
                .store
                .claim_due_jobs(
                    &self.owner,
                    store::millis(now),
                    self.config.lease.num_milliseconds(),
                    self.config.batch,
                )
                .await?;
            if jobs.is_empty() {
                break;
            }
            // One transaction for the whole batch; if any job in it fails, each is retried alone
            // so that one bad job cannot hold back the others.
            match self.fire_batch(&jobs, now).await {
                Ok(n) => fired += n,
                Err(e) => {
                    tracing::warn!(error = ?e, "batch failed; firing its jobs one by one");
                    for job in &jobs {
                        match self.fire(job, now).await {
                            Ok(true) => fired += 1,
                            Ok(false) => {}
                            Err(e) => {
                                tracing::error!(job = job.id, error = ?e, "job failed; it will be retried at the next pass")
                            }
                        }
                    }
                }
            }
        }
        if fired > 0 {
            self.engine.outbox_changed.notify_waiters();
        }
        Ok(fired)
    }

    /// Fires one job; `false` if another process took it over first.
    async fn fire(&self, job: &ClaimedJob, now: DateTime<Utc>) -> Result<bool> {
        let mut tx = self.engine.store.begin().await?;
        let mut effects = Effects::default();
        if !self.fire_in(&mut tx, job, now, &mut effects).await? {
            tx.rollback().await?;
            return Ok(false);
        }
        tx.commit().await?;
        self.report_fired(std::slice::from_ref(job), now);
        effects.run(&self.engine).await;
        Ok(true)
    }

    /// Fires claimed jobs in one transaction; an error if any fails or a lease was lost.
    async fn fire_batch(&self, jobs: &[ClaimedJob], now: DateTime<Utc>) -> Result<usize> {
        let mut tx = self.engine.store.begin().await?;
        let mut effects = Effects::default();
        for job in jobs {
            if !self.fire_in(&mut tx, job, now, &mut effects).await? {
                tx.rollback().await?;
                anyhow::bail!("lease on job {} was lost", job.id);
            }
        }
        tx.commit().await?;
        self.report_fired(jobs, now);
        effects.run(&self.engine).await;
        Ok(jobs.len())
    }

    /// Tells health how late committed jobs ran against their due times.
    fn report_fired(&self, jobs: &[ClaimedJob], now: DateTime<Utc>) {
        let lateness: Vec<Duration> = jobs.iter().map(|job| now - store::instant(job.due_at)).collect();
        self.engine.health.jobs_fired(&lateness, self.config.grace);
    }

    /// A job's effects and its completion, in the caller's transaction; `false` if the lease was
    /// lost. The job is fired by the handler its feature registered for its kind; a job of a kind
    /// nobody handles is failed with the reason, to be seen, and never marked done.
    async fn fire_in(&self, tx: &mut Tx, job: &ClaimedJob, now: DateTime<Utc>, effects: &mut Effects) -> Result<bool> {
        let due = store::instant(job.due_at);
        let Some(handler) = self.engine.registry.job_handler(&job.kind) else {
            tracing::error!(job = job.id, kind = %job.kind, "no feature handles this kind of job; it is failed");
            metrics::counter!("quorum_jobs_failed_total").increment(1);
            let reason = format!("no handler for job kind `{}`", job.kind);
            return tx.fail_job(job.id, &self.owner, &reason, store::millis(now)).await;
        };
        let config = &self.engine.config;
        let registry = self.engine.registry;
        let grace = self.config.grace;
        handler.fire(DueJob { tx: &mut *tx, job, due, now, grace, config, registry, effects }).await?;
        let state = if now - due > grace { "missed" } else { "done" };
        tx.finish_job(job.id, &self.owner, state, store::millis(now)).await
    }

    /// When the next job falls due, if any.
    pub async fn next_due(&self) -> Result<Option<DateTime<Utc>>> {
        Ok(self.engine.store.next_job_at().await?.map(store::instant))
    }

    /// Runs jobs as they fall due until `shutdown` completes.
    pub async fn run(&self, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            if let Err(e) = self.run_due().await {
                tracing::error!(error = ?e, "scheduler pass failed");
            }
            let now = self.engine.clock.now();
            let idle_until = now + self.config.max_idle;
            let wake = match self.next_due().await {
                Ok(Some(at)) => at.min(idle_until),
                Ok(None) => idle_until,
                Err(e) => {
                    // The database is away: look again soon, to resume within a second of its return.
                    tracing::error!(error = ?e, "cannot read the next job");
                    now + Duration::seconds(1)
                }
            };
            tokio::select! {
                _ = self.engine.clock.sleep_until(wake) => {}
                _ = self.engine.jobs_changed.notified() => {}
                _ = &mut shutdown => return,
            }
        }
    }
}

/// The scheduler and one outbox sender per platform, running as tasks until stopped.
pub struct Background {
    stop: tokio::sync::watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Background {
    pub fn start(engine: Arc<Engine>, config: SchedulerConfig, sinks: Vec<Arc<dyn Sink>>) -> Self {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let until_stopped = move || {
            let mut rx = stopped.clone();
            async move {
                let _ = rx.wait_for(|s| *s).await;
            }
        };
        let give_up_after = config.give_up_after;
        let scheduler = Scheduler::new(engine.clone(), config);
        let stop_jobs = until_stopped();
        let mut tasks = vec![tokio::spawn(async move { scheduler.run(stop_jobs).await })];
        for sink in sinks {
            let delivery = Delivery::new(engine.clone(), sink).give_up_after(give_up_after);
            let stop_sends = until_stopped();
            tasks.push(tokio::spawn(async move { delivery.run(stop_sends).await }));
        }
        Self { stop, tasks }
    }

    /// Stops every loop and waits for them to finish their current pass.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
    }
}
