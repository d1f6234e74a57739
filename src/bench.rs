//! `quorum bench …`: the performance figures README reports, measured in-process.

use std::sync::Arc;
use std::time::Instant;

use anyhow::Result;
use clap::Subcommand;

use crate::config::Config;
use crate::core::actor::{Platform, PlatformRoom, PlatformUser};
use crate::core::clock::VirtualClock;
use crate::core::engine::{Engine, Incoming};
use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum Which {
    /// Command round trip (parse → permission → store → reply), p50/p99.
    Roundtrip {
        /// Database URL; default: a fresh SQLite file in a temporary directory.
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value_t = 2000)]
        n: usize,
    },
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
        Which::Roundtrip { db, n } => roundtrip(db, n, config).await,
    }
}

async fn roundtrip(db: Option<String>, n: usize, config: &Config) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let url = db.unwrap_or_else(|| dir.path().join("bench.db").display().to_string());
    let store = Store::connect_and_migrate(&url).await?;
    let clock = Arc::new(VirtualClock::new(None));
    let engine = Engine::new(store, clock, config.engine()?);
    let user = PlatformUser { platform: Platform::Console, user_id: "bench".into(), display_name: "bench".into() };
    let room = PlatformRoom { platform: Platform::Console, room_id: "bench".into(), name: "bench".into(), is_direct: false };
    for (label, text) in [("read  (!whoami)", "whoami"), ("write (!remind me in 2h)", "remind me in 2h \"bench\"")] {
        let mut samples = Vec::with_capacity(n);
        for _ in 0..n {
            let started = Instant::now();
            engine.handle(Incoming { user: user.clone(), room: room.clone(), text: text.into() }).await?;
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
