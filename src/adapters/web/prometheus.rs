//! The Prometheus recorder behind `/metrics`: installed once per process (the `metrics` facade has
//! one global recorder, and tests run many engines in one process), rendered on each scrape.

use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::core::health;

/// The Prometheus text exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Histogram samples wait in memory until a scrape drains them; without scrapes, the listener
/// drains them this often so that they cannot pile up.
const UPKEEP_EVERY: Duration = Duration::from_secs(300);

/// The recorder's handle, installing the recorder on first use.
pub fn handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full(health::COMMAND_SECONDS.to_owned()),
                    &health::COMMAND_SECONDS_BUCKETS,
                )
                .unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "command latency buckets refused: latency is a summary instead");
                    PrometheusBuilder::new()
                })
                .build_recorder();
            let handle = recorder.handle();
            match metrics::set_global_recorder(recorder) {
                Ok(()) => health::describe_metrics(),
                Err(e) => tracing::warn!(error = %e, "another metrics recorder is installed: /metrics stays empty"),
            }
            handle
        })
        .clone()
}

/// Ticks when the next upkeep is due.
pub fn upkeep_interval() -> tokio::time::Interval {
    tokio::time::interval_at(tokio::time::Instant::now() + UPKEEP_EVERY, UPKEEP_EVERY)
}
