//! Delivery of the outbox: each platform's adapter is a `Sink`. A send the platform refuses for
//! good fails at once; a temporary failure is retried with exponential back-off (or when the
//! platform says) until the give-up limit, then fails; a message marked sent is never sent again.

use std::future::Future;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use crate::core::actor::Platform;
use crate::core::engine::{Engine, Outgoing};
use crate::core::platform::PlatformCall;
pub use crate::core::platform::{Permanence, SendError};
use crate::core::reply::Destination;
use crate::store::{self, OutboxFailure, OutboxMessage, OutboxRow, Recipient};

/// Something that can put a message on a platform. `key` is stable across retries, so a
/// platform with idempotent sends (Matrix transaction IDs, Discord nonces) never shows it twice.
#[async_trait]
pub trait Sink: Send + Sync {
    fn platform(&self) -> Platform;
    async fn send(&self, message: &Outgoing, key: &str) -> Result<(), SendError>;
}

/// Packs an outgoing message for the outbox.
pub fn envelope(outgoing: &Outgoing, key: &str) -> Result<OutboxMessage> {
    let recipient = match &outgoing.destination {
        Destination::Room { room_id, .. } => Recipient::Room(room_id.clone()),
        Destination::Direct { user_id, .. } => Recipient::Direct(user_id.clone()),
    };
    Ok(OutboxMessage {
        idem_key: key.to_owned(),
        platform: outgoing.destination.platform().as_str().to_owned(),
        recipient,
        destination: serde_json::to_string(&outgoing.destination)?,
        payload: serde_json::to_string(&outgoing.reply)?,
        locale: outgoing.locale.clone(),
        zone: outgoing.zone.name().to_owned(),
        secret: outgoing.reply.secret,
    })
}

/// The platform's own refusal inside an engine error, or a temporary failure (the store, a
/// platform not connected yet).
fn send_error(e: anyhow::Error) -> SendError {
    match e.downcast::<SendError>() {
        Ok(refusal) => refusal,
        Err(other) => SendError::temporary(format!("{other:#}")),
    }
}

/// How a platform call is kept in the outbox: beside a room destination, as `{"call": …}` where
/// a message keeps its reply, which has no such field.
#[derive(serde::Serialize, serde::Deserialize)]
struct CallPayload {
    call: PlatformCall,
}

/// Packs a platform call for the outbox, to be made once (retried until it is) on `platform`.
pub fn call_envelope(platform: Platform, call: &PlatformCall, key: &str) -> Result<OutboxMessage> {
    let destination = Destination::Room { platform, room_id: call.room_id().to_owned() };
    Ok(OutboxMessage {
        idem_key: key.to_owned(),
        platform: platform.as_str().to_owned(),
        recipient: Recipient::Room(call.room_id().to_owned()),
        destination: serde_json::to_string(&destination)?,
        payload: serde_json::to_string(&CallPayload { call: call.clone() })?,
        locale: String::new(),
        zone: "UTC".to_owned(),
        secret: false,
    })
}

/// The platform call an outbox row holds, if it holds one rather than a message.
fn platform_call(row: &OutboxRow) -> Option<PlatformCall> {
    serde_json::from_str::<CallPayload>(&row.message.payload).ok().map(|p| p.call)
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

/// Why an envelope could not be opened, saying where but never quoting it: serde's messages can
/// quote the values they stumbled on, and those may be a member's words.
fn unreadable_reason(e: &anyhow::Error) -> String {
    match e.downcast_ref::<serde_json::Error>() {
        Some(json) => {
            format!("unreadable: {:?} error at line {} column {}", json.classify(), json.line(), json.column())
        }
        None => "unreadable".to_owned(),
    }
}

/// How long messages claimed by a pass are reserved for the sender that claimed them. The lease is renewed
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

/// How long a message enqueued for its sender to send at once (an answer to a command, see
/// `Engine::handle_event`) is reserved for that sender: that lease is not renewed, and the
/// answers of one room go out one after another, so it allows for a room's backlog.
const DIRECT_LEASE: Duration = Duration::seconds(60);

/// Sends one platform's share of the outbox. One pass at a time (`deliver_due` is not run
/// concurrently on one `Delivery`), so that what it still holds at the start of a pass is what a
/// failed pass left behind.
pub struct Delivery {
    engine: Arc<Engine>,
    sink: Arc<dyn Sink>,
    /// The owner of the leases this sender's passes take.
    pass_owner: String,
    /// The owner of the leases of answers enqueued for this sender to send at once (see
    /// [`Delivery::owner`]): a pass neither releases nor takes those, which wait their turn in
    /// the adapter.
    owner: String,
    give_up_after: Duration,
    reach: Mutex<Reach>,
}

/// How long a send that keeps failing for a temporary reason is retried, counted from when it was
/// enqueued (or last put back by staff), unless configured otherwise.
pub const DEFAULT_GIVE_UP_AFTER: Duration = Duration::hours(24);

/// The longest pause between two attempts when the platform does not say how long to wait.
const MAX_BACKOFF: Duration = Duration::minutes(10);

/// The pause after the `attempts`-th failed attempt: 1 s, 2 s, 4 s … up to `MAX_BACKOFF`.
pub fn backoff(attempts: i64) -> Duration {
    let seconds = 2i64.saturating_pow(attempts.clamp(0, 30) as u32);
    Duration::seconds(seconds).min(MAX_BACKOFF)
}

/// What to do with a send that failed: try again at an instant, or give it up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    RetryAt(DateTime<Utc>),
    Fail(OutboxFailure),
}

/// The outbox's rule for a failed attempt made at `now` of a send whose give-up clock started
/// at `since` and that had failed `attempts` times before. The platform's retry-after is
/// honoured even past the limit (one attempt more, then it fails); without one, the back-off is
/// cut so that the last attempt falls exactly at the limit.
pub fn verdict(
    error: &SendError,
    attempts: i64,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
    give_up_after: Duration,
) -> Verdict {
    let age = now - since;
    if error.is_permanent_at(age) {
        return Verdict::Fail(OutboxFailure::Permanent);
    }
    if age >= give_up_after {
        return Verdict::Fail(OutboxFailure::Expired);
    }
    match error.retry_after {
        Some(wait) => Verdict::RetryAt(now + wait),
        None => Verdict::RetryAt((now + backoff(attempts)).min(since + give_up_after)),
    }
}

/// What one pass did.
#[derive(Default)]
struct Pass {
    sent: usize,
    /// Sends that failed without the platform saying how long to wait.
    failed: usize,
}

/// What became of one attempt to send.
enum Attempt {
    Sent,
    /// To be tried again; `asked` when the platform said how long to wait.
    Retry {
        asked: bool,
    },
    Failed,
}

impl Delivery {
    pub fn new(engine: Arc<Engine>, sink: Arc<dyn Sink>) -> Self {
        let pass_owner = format!("send-{}-{:016x}", std::process::id(), rand::random::<u64>());
        let owner = format!("{pass_owner}-direct");
        Self { engine, sink, pass_owner, owner, give_up_after: DEFAULT_GIVE_UP_AFTER, reach: Mutex::new(Reach::Up) }
    }

    /// How long temporary failures are retried before a send fails (`[scheduler] give_up_after`).
    pub fn give_up_after(mut self, limit: Duration) -> Self {
        self.give_up_after = limit;
        self
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
        store.release_outbox_leases(&self.pass_owner).await?;
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
                    if let Err(e) = self.engine.store.renew_outbox_leases(&self.pass_owner, until).await {
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
                .claim_outbox(platform.as_str(), &self.pass_owner, now, LEASE.num_milliseconds(), CLAIM)
                .await?;
            if rows.is_empty() {
                return Ok(());
            }
            for row in rows {
                match self.attempt(&row, &self.pass_owner).await? {
                    Attempt::Sent => {
                        pass.sent += 1;
                        if let Reach::Down { .. } = self.reach() {
                            self.set_reach(Reach::Up);
                            // Rate-limited messages come forward too: the platform says again how long to wait.
                            let now = store::millis(self.engine.clock.now());
                            let waiting = self.engine.store.retry_outbox_now(platform.as_str(), now).await?;
                            tracing::info!(
                                platform = platform.as_str(),
                                waiting,
                                "the platform answers again; sending what waits"
                            );
                        }
                    }
                    // A refusal for good says nothing of whether the platform answers.
                    Attempt::Retry { asked: false } => pass.failed += 1,
                    Attempt::Retry { asked: true } | Attempt::Failed => {}
                }
            }
        }
    }

    /// Who this sender's leases belong to: a message enqueued with this lease is sent with
    /// [`Delivery::send_claimed`].
    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Extends the leases of every message this sender holds (never shortening one), for messages
    /// that wait their turn behind slow sends.
    pub async fn renew_leases(&self) -> Result<u64> {
        let until = store::millis(self.engine.clock.now() + LEASE);
        self.engine.store.renew_outbox_leases(&self.owner, until).await
    }

    /// How long the lease of a message enqueued for this sender to send at once lasts.
    pub fn lease(&self) -> Duration {
        DIRECT_LEASE
    }

    /// Sends one message this sender holds the lease of; `true` when it went out, `false` when it
    /// waits for another attempt or failed for good.
    pub async fn send_claimed(&self, row: &OutboxRow) -> Result<bool> {
        let attempt = self.attempt(row, &self.owner).await?;
        if let Attempt::Retry { .. } = attempt {
            // The delivery loop may be asleep until later than this retry.
            self.engine.outbox_changed.notify_waiters();
        }
        Ok(matches!(attempt, Attempt::Sent))
    }

    /// One attempt at a message this sender holds the lease of, and its outcome recorded.
    async fn attempt(&self, row: &OutboxRow, owner: &str) -> Result<Attempt> {
        let result = match platform_call(row) {
            Some(call) => self.call(&call).await,
            None => match open_envelope(row) {
                Ok(outgoing) => self.sink.send(&outgoing, &row.message.idem_key).await,
                Err(e) => {
                    let reason = unreadable_reason(&e);
                    self.fail(row, owner, OutboxFailure::Unreadable, &reason, false, self.engine.clock.now()).await?;
                    return Ok(Attempt::Failed);
                }
            },
        };
        let now = self.engine.clock.now();
        match result {
            Ok(()) => {
                if self.engine.store.mark_sent(row.id, owner, store::millis(self.engine.clock.now())).await? {
                    metrics::counter!("quorum_outbox_sent_total").increment(1);
                }
                Ok(Attempt::Sent)
            }
            Err(e) => {
                let since = store::instant(row.trying_since);
                match verdict(&e, row.attempts, since, now, self.give_up_after) {
                    Verdict::Fail(failure) => {
                        self.fail(row, owner, failure, &e.message, true, now).await?;
                        Ok(Attempt::Failed)
                    }
                    Verdict::RetryAt(at) => {
                        let platform = &row.message.platform;
                        tracing::info!(id = row.id, %platform, error = %e, retry_at = %at, "send failed; will retry");
                        metrics::counter!("quorum_outbox_retries_total").increment(1);
                        self.engine.store.mark_retry(row.id, owner, &e.message, store::millis(at)).await?;
                        Ok(Attempt::Retry { asked: e.retry_after.is_some() })
                    }
                }
            }
        }
    }

    /// Makes a platform call through the adapter's actions; an adapter not yet connected is a
    /// temporary failure.
    async fn call(&self, call: &PlatformCall) -> Result<(), SendError> {
        let platform = self.sink.platform();
        match call {
            PlatformCall::PostPoll { room_id, poll } => {
                self.engine.post_native_poll(platform, room_id, poll).await.map(|_| ()).map_err(send_error)
            }
            PlatformCall::EndPoll { room_id, vote_command, summary } => {
                self.engine.end_native_polls(platform, room_id, vote_command, summary).await.map_err(send_error)
            }
            _ => match self.engine.actions(platform) {
                Some(actions) => call.run(actions.as_ref()).await,
                None => Err(SendError::temporary(format!("{platform} is not connected"))),
            },
        }
    }

    /// Gives a send up, and says so once (never its content).
    async fn fail(
        &self,
        row: &OutboxRow,
        owner: &str,
        failure: OutboxFailure,
        reason: &str,
        attempted: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let failed =
            self.engine.store.mark_failed(row.id, owner, failure, reason, attempted, store::millis(now)).await?;
        if failed {
            let attempts = row.attempts + i64::from(attempted);
            tracing::warn!(
                id = row.id,
                platform = %row.message.platform,
                failure = failure.as_str(),
                attempts,
                %reason,
                "send failed for good"
            );
            metrics::counter!("quorum_outbox_failed_total", "reason" => failure.as_str()).increment(1);
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone, Utc};

    use super::{OutboxFailure, SendError, Verdict, verdict};

    #[test]
    fn each_failure_gets_its_verdict() {
        let since = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
        let limit = Duration::hours(24);
        let at = |after: Duration| since + after;
        let refused = SendError::refused("closed");
        assert_eq!(verdict(&refused, 0, since, since, limit), Verdict::Fail(OutboxFailure::Permanent));
        let busy = SendError::temporary("busy");
        assert_eq!(
            verdict(&busy, 3, since, at(Duration::hours(1)), limit),
            Verdict::RetryAt(at(Duration::hours(1) + Duration::seconds(8)))
        );
        assert_eq!(
            verdict(&busy, 40, since, at(Duration::hours(2)), limit),
            Verdict::RetryAt(at(Duration::minutes(130)))
        );
        assert_eq!(
            verdict(&busy, 40, since, at(Duration::minutes(1435)), limit),
            Verdict::RetryAt(at(limit)),
            "cut to the limit"
        );
        assert_eq!(verdict(&busy, 40, since, at(limit), limit), Verdict::Fail(OutboxFailure::Expired));
        let limited = SendError::temporary("429").retry_in(Duration::minutes(30));
        assert_eq!(
            verdict(&limited, 9, since, at(Duration::minutes(1435)), limit),
            Verdict::RetryAt(at(Duration::minutes(1465))),
            "the platform's wait counts"
        );
        let not_joined = SendError::temporary("not in room")
            .retry_in(Duration::seconds(30))
            .permanent_from_age(Duration::minutes(5));
        assert_eq!(
            verdict(&not_joined, 0, since, at(Duration::minutes(4)), limit),
            Verdict::RetryAt(at(Duration::seconds(270)))
        );
        assert_eq!(
            verdict(&not_joined, 9, since, at(Duration::minutes(5)), limit),
            Verdict::Fail(OutboxFailure::Permanent)
        );
    }
}
