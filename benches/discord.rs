#![recursion_limit = "256"]
//! Interaction-to-response latency of the Discord adapter against the fake Discord on loopback:
//! each `/tz` interaction goes out over the gateway websocket, through serenity and the engine,
//! and its answer comes back as the interaction callback. `cargo bench --bench discord [-- N]`.

#[path = "../tests/fake_discord/mod.rs"]
mod fake_discord;

use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_discord::FakeDiscord;
use quorum::adapters::discord::{DiscordAdapter, DiscordConfig};
use quorum::core::clock::SystemClock;
use quorum::core::engine::{Engine, EngineConfig};
use quorum::store::Store;
use serde_json::json;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(500);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect_and_migrate(&dir.path().join("bench.db").display().to_string()).await.unwrap();
    let engine =
        Arc::new(Engine::new(store, Arc::new(SystemClock), EngineConfig::default(), quorum::features::registry()));
    let fake = FakeDiscord::start().await;
    let table: toml::Table = toml::from_str(&fake.bot_config("")).unwrap();
    let adapter = DiscordAdapter::connect(DiscordConfig::from_table(&table).unwrap(), &engine).await.unwrap();
    let sink = adapter.sink(engine.clone());
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let task = tokio::spawn(async move {
        let ready = Arc::new(tokio::sync::Notify::new());
        adapter
            .run(sink, ready, async move {
                let _ = stopped.wait_for(|s| *s).await;
            })
            .await
            .unwrap();
    });
    fake.wait_connected(Duration::from_secs(10)).await;

    let zones = ["Europe/Zurich", "Asia/Tokyo", "America/Lima", "Africa/Nairobi"];
    let mut samples = Vec::with_capacity(n);
    for i in 0..n {
        let data =
            json!({ "name": "tz", "type": 1, "options": [{ "name": "zone", "type": 3, "value": zones[i % 4] }] });
        let interaction = fake.command_interaction(1_200_000_000_000_000_001 + (i % 20) as u64, "bench", &[], data);
        let id = interaction["id"].as_str().unwrap().to_owned();
        let started = Instant::now();
        fake.dispatch_interaction(interaction).await;
        let callback =
            fake.wait_request(Duration::from_secs(10), move |r| r.path.contains(&format!("/interactions/{id}/"))).await;
        samples.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(callback.status < 300, "Discord refused an answer: {callback:?}");
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "Discord interaction → response (/tz over the gateway, fake Discord on loopback): n={n} p50={:.2} ms p99={:.2} ms max={:.2} ms",
        percentile(&samples, 0.5),
        percentile(&samples, 0.99),
        samples.last().copied().unwrap_or_default()
    );
    let _ = stop.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
}
