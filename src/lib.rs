#![recursion_limit = "256"]
//! Quorum: a chat-bot secretariat for member-run bodies, on Matrix and Discord at once.
//!
//! # Layout
//!
//! - `core`: platform-free commands (`command`: specs and the `Run` trait; `grammar`), the
//!   `registry` features plug into, after-commit `effect`s, `actor`, `reply`, `clock`,
//!   `permissions`, time zones and recurrence, the `engine` that runs a command end to end, and
//!   `health`, which adapters and the scheduler report into. It names no feature.
//! - `features`: what Quorum does, one folder each (`help`, `settings`, `bodies`, `reminders`,
//!   `meetings`, `scheduling`, `agenda`, `attendance`, `speaking`, `audit`, `outbox`) with its
//!   commands, service, rendering and `register`; `features::registry()` lists them, one line per
//!   feature.
//! - `store`: SQLite or PostgreSQL through one interface; all dialect differences live here.
//! - `scheduler`: durable jobs with leases, fired by the handlers in the registry, and the outbox
//!   that adapters deliver. It names no feature.
//! - `adapters::console`, `adapters::matrix`, `adapters::discord` (and the shared `adapters::text`
//!   renderer): the platforms; `adapters::web`: the HTTP listener (calendar feeds, health, metrics).
//! - `i18n`: Fluent messages in the six UN languages.
//! - `config`: `quorum.toml` and its environment overrides.
//! - `bench`: the figures README's Performance section reports.
//! - `tally`: counting ballots (plurality, approval, instant-runoff, Scottish STV, Schulze) and the
//!   BLT format; pure, with no platform, store or clock.

pub mod adapters;
pub mod bench;
pub mod config;
pub mod core;
pub mod features;
pub mod i18n;
pub mod scheduler;
pub mod store;
pub mod tally;
