//! The injected source of time, so that reminders, deadlines and DST are tested without sleeping;
//! and of chance (`Clock::random`), so that a test whose time is fixed also draws the same one-time
//! codes on every run.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::sync::watch;

/// What every service asks for the current instant, and what the scheduler sleeps on.
#[async_trait]
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// Returns once `now() >= at`; returns at once if that is already so.
    async fn sleep_until(&self, at: DateTime<Utc>);
    /// A random number for secrets such as one-time codes: from the operating system's generator,
    /// unless a test fixed the time (then a fixed sequence).
    fn random(&self) -> u64 {
        rand::random()
    }
}

/// The wall clock.
#[derive(Debug, Default)]
pub struct SystemClock;

#[async_trait]
impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    async fn sleep_until(&self, at: DateTime<Utc>) {
        if let Ok(wait) = (at - Utc::now()).to_std() {
            tokio::time::sleep(wait).await;
        }
    }
}

/// A clock that follows real time until it is set, and from then on moves only when told.
///
/// The console's `:clock set` and `:clock advance` and every time-dependent test use it.
#[derive(Debug)]
pub struct VirtualClock {
    fixed: Mutex<Option<DateTime<Utc>>>,
    changed: watch::Sender<()>,
    /// How many numbers `random` gave while the time was fixed.
    draws: AtomicU64,
}

impl VirtualClock {
    pub fn new(start: Option<DateTime<Utc>>) -> Self {
        Self { fixed: Mutex::new(start), changed: watch::channel(()).0, draws: AtomicU64::new(0) }
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.fixed.lock().expect("clock lock") = Some(at);
        self.changed.send_replace(());
    }

    pub fn advance(&self, by: chrono::Duration) {
        let at = self.now() + by;
        self.set(at);
    }

    pub fn is_fixed(&self) -> bool {
        self.fixed.lock().expect("clock lock").is_some()
    }
}

#[async_trait]
impl Clock for VirtualClock {
    fn now(&self) -> DateTime<Utc> {
        self.fixed.lock().expect("clock lock").unwrap_or_else(Utc::now)
    }

    /// While the time is fixed, a fixed sequence (SplitMix64), so a transcript replays the same
    /// codes; while it follows real time, real chance.
    fn random(&self) -> u64 {
        if !self.is_fixed() {
            return rand::random();
        }
        let n = self.draws.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        let mut z = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    async fn sleep_until(&self, at: DateTime<Utc>) {
        let mut changes = self.changed.subscribe();
        loop {
            if self.now() >= at {
                return;
            }
            if !self.is_fixed() {
                let wait = (at - Utc::now()).to_std().unwrap_or_default();
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = changes.changed() => {}
                }
            } else if changes.changed().await.is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[tokio::test]
    async fn virtual_sleep_wakes_when_advanced_past_the_deadline() {
        let start = "2026-01-01T00:00:00Z".parse().unwrap();
        let clock = Arc::new(VirtualClock::new(Some(start)));
        let sleeper = {
            let clock = clock.clone();
            tokio::spawn(async move { clock.sleep_until(start + chrono::Duration::hours(1)).await })
        };
        clock.advance(chrono::Duration::minutes(30));
        tokio::task::yield_now().await;
        assert!(!sleeper.is_finished());
        clock.advance(chrono::Duration::minutes(30));
        sleeper.await.unwrap();
        assert_eq!(clock.now(), start + chrono::Duration::hours(1));
    }
}
