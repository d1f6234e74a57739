//! Console transcripts: each `tests/console/*.txt` is a conversation as `quorum console --script`
//! prints it. Lines starting with `> ` are the input; everything else is what Quorum must answer.
//! Each transcript runs on SQLite and on PostgreSQL. Set `QUORUM_BLESS=1` to rewrite the files
//! from what Quorum answers now (then read the diff).
//!
//! Where tests belong: a user-visible behaviour of a command goes in a transcript here; database
//! behaviour (transactions, leases, the audit chain) in `tests/store.rs`; processes and restarts in
//! `tests/restart.rs`; the Fluent files in `src/i18n`; pure parsing next to the parser.

mod common;

use std::sync::Arc;

use common::{Backend, TestDb};
use quorum::adapters::console::Console;
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig};
use quorum::scheduler::SchedulerConfig;

async fn check_transcript(backend: Backend, name: &str) {
    let path = format!("{}/tests/console/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let expected = std::fs::read_to_string(&path).expect("transcript file");
    let input: String = expected.lines().filter_map(|l| l.strip_prefix("> ")).map(|l| format!("{l}\n")).collect();
    let db = TestDb::new(backend).await;
    let clock = Arc::new(VirtualClock::new(None));
    let engine = Arc::new(Engine::new(db.store().await, clock.clone(), EngineConfig::default(), quorum::features::registry()));
    let mut console = Console::new(engine, clock, SchedulerConfig::default(), "admin");
    let mut output = Vec::new();
    console.run_script(input.as_bytes(), &mut output, true).await.expect("script runs");
    let actual = String::from_utf8(output).expect("UTF-8 output");
    if std::env::var_os("QUORUM_BLESS").is_some() && backend == Backend::Sqlite {
        std::fs::write(&path, &actual).expect("bless transcript");
        return;
    }
    if actual != expected {
        let first = actual.lines().zip(expected.lines()).position(|(a, e)| a != e);
        panic!(
            "{name} ({backend:?}) differs at line {}:\n--- expected\n{}\n--- actual\n{}\n--- whole actual transcript:\n{actual}",
            first.map(|i| i + 1).unwrap_or(0),
            first.and_then(|i| expected.lines().nth(i)).unwrap_or("<end>"),
            first.and_then(|i| actual.lines().nth(i)).unwrap_or("<end>"),
        );
    }
}

macro_rules! transcripts {
    ($($name:ident),* $(,)?) => {
        $(both!($name, |backend| async move { check_transcript(backend, stringify!($name)).await });)*
    };
}

transcripts!(
    help_and_settings,
    bodies_and_roles,
    reminders,
    recurring_and_dst,
    bad_input,
    meetings,
    meeting_edit,
    meeting_dm,
    calendar,
    agenda,
    attendance,
    speaking_queue,
    outbox,
);
