//! Delivery of the outbox: each platform's adapter is a `Sink`; a failed send is retried with
//! back-off (or when the platform says), and a message marked sent is never sent again.

use std::future::Future;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use crate::core::actor::Platform;
use crate::core::engine::{Engine, Outgoing};
pub use crate::core::platform::SendError;
use crate::store::{self, OutboxMessage, OutboxRow};

/// Something that can put a message on a platform. `key` is stable across retries, so a
/// platform with idempotent sends (Matrix transaction IDs, Discord nonces) never shows it twice.
#[async_trait]
pub trait Sink: Send + Sync {
    fn platform(&self) -> Platform;
    async fn send(&self, message: &Outgoing, key: &str) -> Result<(), SendError>;
}

/// Packs an outgoing message for the outbox.
pub fn envelope(outgoing: &Outgoing, key: &str) -> Result<OutboxMessage> {
    Ok(OutboxMessage {
        idem_key: key.to_owned(),
        platform: outgoing.destination.platform().as_str().to_owned(),
        destination: serde_json::to_string(&outgoing.destination)?,
        payload: serde_json::to_string(&outgoing.reply)?,
        locale: outgoing.locale.clone(),
        zone: outgoing.zone.name().to_owned(),
    })
}

/// Unpacks an outbox row.
pub fn open_envelope(row: &OutboxRow) -> Result<Outgoing> {
    Ok(Outgoing {
        destination: serde_json::from_str(&row.message.destination)?,
        reply: serde_json::from_str(&row.message.payload)?,
        locale: row.message.locale.clone(),
        zone: row.message.zone.parse().unwrap_or(chrono_tz::Tz::UTC),
    })
}

/// How long claimed messages are reserved for the sender that claimed them. The lease is renewed
/// while that sender's pass goes on, so a sender that dies (`kill -9`) holds its messages up for
/// no longer than this, however long its sends take.
const LEASE: Duration = Duration::seconds(10);
/// How often a pass renews its leases.
const RENEW_EVERY: std::time::Duration = std::time::Duration::from_secs(3);
/// Messages claimed at once: at most these wait for the lease of a sender that died.
const CLAIM: i64 = 10;
/// While a platform does not answer, the longest wait between two tries of whether it is back.
const MAX_PROBE_INTERVAL: Duration = Duration::seconds(30);

/// Whether the platform answers, as this sender last found it.
#[derive(Debug, Clone, Copy)]
enum Reach {
    Up,
    /// Every send of a pass failed (and not because the platform asked to wait): the oldest
    /// waiting message is tried at `next_probe`, whatever its own back-off, and when a send
    /// succeeds again every waiting message is tried at once.
    Down {
        next_probe: DateTime<Utc>,
        interval: Duration,
    },
}

/// Sends one platform's share of the outbox. One pass at a time (`deliver_due` is not run
/// concurrently on one `Delivery`), so that what it still holds at the start of a pass is what a
/// failed pass left behind.
pub struct Delivery {
    engine: Arc<Engine>,
    sink: Arc<dyn Sink>,
    owner: String,
    reach: Mutex<Reach>,
}

fn backoff(attempts: i64) -> Duration {
    Duration::seconds(2i64.saturating_pow(attempts.clamp(0, 10) as u32).min(600))
}

/// What one pass did.
#[derive(Default)]
struct Pass {
    sent: usize,
    /// Sends that failed without the platform saying how long to wait.
    failed: usize,
}

impl Delivery {
    pub fn new(engine: Arc<Engine>, sink: Arc<dyn Sink>) -> Self {
        let owner = format!("send-{}-{:016x}", std::process::id(), rand::random::<u64>());
        Self { engine, sink, owner, reach: Mutex::new(Reach::Up) }
    }

    fn reach(&self) -> Reach {
        *self.reach.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn set_reach(&self, reach: Reach) {
        *self.reach.lock().unwrap_or_else(|e| e.into_inner()) = reach;
    }

    /// Sends every message whose attempt is due; returns how many were sent.
    pub async fn deliver_due(&self) -> Result<usize> {
        let platform = self.sink.platform().as_str();
        let store = &self.engine.store;
        // Held from a pass that failed midway (the database went away): due again now.
        store.release_outbox_leases(&self.owner).await?;
        let now = self.engine.clock.now();
        let probing = matches!(self.reach(), Reach::Down { next_probe, .. } if next_probe <= now);
        if probing && !store.retry_oldest_outbox(platform, store::millis(now)).await? {
            // Nothing waits: the next message's send will tell.
            self.set_reach(Reach::Up);
        }
        let mut pass = Pass::default();
        let outcome = self.keeping_leases(self.send_due(&mut pass)).await;
        match self.reach() {
            Reach::Up if pass.sent == 0 && pass.failed > 0 => {
                let interval = Duration::seconds(1);
                tracing::warn!(platform, "every send failed; trying again in {interval} whether the platform is back");
                self.set_reach(Reach::Down { next_probe: self.engine.clock.now() + interval, interval });
            }
            Reach::Down { interval, .. } if probing && pass.sent == 0 => {
                let interval = (interval * 2).min(MAX_PROBE_INTERVAL);
                self.set_reach(Reach::Down { next_probe: self.engine.clock.now() + interval, interval });
            }
            _ => {}
        }
        outcome?;
        Ok(pass.sent)
    }

    /// Runs `work` while renewing this sender's leases, so that they outlast slow sends.
    async fn keeping_leases<T>(&self, work: impl Future<Output = T>) -> T {
        tokio::pin!(work);
        loop {
            tokio::select! {
                done = &mut work => return done,
                () = tokio::time::sleep(RENEW_EVERY) => {
                    let until = store::millis(self.engine.clock.now() + LEASE);
                    if let Err(e) = self.engine.store.renew_outbox_leases(&self.owner, until).await {
                        tracing::warn!(error = ?e, "could not renew the outbox leases");
                    }
                }
            }
        }
    }

    /// Claims and sends due messages, a few at a time, until none is left; counts into `pass`.
    async fn send_due(&self, pass: &mut Pass) -> Result<()> {
        let platform = self.sink.platform();
        loop {
            let now = store::millis(self.engine.clock.now());
            let rows = self
                .engine
                .store
                .claim_outbox(platform.as_str(), &self.owner, now, LEASE.num_milliseconds(), CLAIM)
                .await?;
            if rows.is_empty() {
                return Ok(());
            }
            for row in rows {
                let outgoing = match open_envelope(&row) {
                    Ok(o) => o,
                    Err(e) => {
                        tracing::error!(id = row.id, error = ?e, "unreadable outbox row");
                        let far = now + Duration::days(3650).num_milliseconds();
                        self.engine.store.mark_failed(row.id, &self.owner, &e.to_string(), far).await?;
                        continue;
                    }
                };
                let now = self.engine.clock.now();
                match self.sink.send(&outgoing, &row.message.idem_key).await {
                    Ok(()) => {
                        self.engine.store.mark_sent(row.id, &self.owner, store::millis(now)).await?;
                        pass.sent += 1;
                        if let Reach::Down { .. } = self.reach() {
                            self.set_reach(Reach::Up);
                            // Rate-limited messages come forward too: the platform says again how long to wait.
                            let waiting =
                                self.engine.store.retry_outbox_now(platform.as_str(), store::millis(now)).await?;
                            tracing::info!(
                                platform = platform.as_str(),
                                waiting,
                                "the platform answers again; sending what waits"
                            );
                        }
                    }
                    Err(e) => {
                        if e.retry_after.is_none() {
                            pass.failed += 1;
                        }
                        let wait = e.retry_after.unwrap_or_else(|| backoff(row.attempts));
                        tracing::warn!(id = row.id, error = %e, retry_in = ?wait, "send failed; will retry");
                        self.engine
                            .store
                            .mark_failed(row.id, &self.owner, &e.message, store::millis(now + wait))
                            .await?;
                    }
                }
            }
        }
    }

    /// Delivers as messages arrive until `shutdown` completes.
    pub async fn run(&self, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            // Register interest before looking, so a message enqueued meanwhile still wakes us.
            let changed = self.engine.outbox_changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if let Err(e) = self.deliver_due().await {
                tracing::error!(error = ?e, "outbox pass failed");
            }
            let now = self.engine.clock.now();
            let idle_until = match self.reach() {
                Reach::Up => now + Duration::minutes(5),
                Reach::Down { next_probe, .. } => next_probe.min(now + Duration::minutes(5)),
            };
            let wake = match self.engine.store.next_outbox_at(self.sink.platform().as_str()).await {
                Ok(Some(at)) => store::instant(at).min(idle_until).max(now + Duration::milliseconds(10)),
                Ok(None) => idle_until,
                // The database is away: look again soon, to resume within a second of its return.
                Err(_) => now + Duration::seconds(1),
            };
            tokio::select! {
                _ = self.engine.clock.sleep_until(wake) => {}
                _ = changed => {}
                _ = &mut shutdown => return,
            }
        }
    }
}
