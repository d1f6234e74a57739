//! Console transcripts: each `tests/console/*.txt` is a conversation as `quorum console --script`
//! prints it. Lines starting with `> ` are the input; everything else is what Quorum must answer.
//! Every `.txt` file in `tests/console/` runs on SQLite and on PostgreSQL, so a new transcript is
//! one new file. Set `QUORUM_BLESS=1` to rewrite the files from what Quorum answers now (then read
//! the diff); set `QUORUM_TRANSCRIPTS=meetings,agenda` to run only those.
//!
//! Where tests belong: a user-visible behaviour of a command goes in a transcript here; database
//! behaviour (transactions, leases, the audit chain) in `tests/store.rs`; processes and restarts in
//! `tests/restart.rs`; the Fluent files in `src/i18n`; pure parsing next to the parser.

mod common;

use std::collections::HashMap;
use std::sync::Arc;

use common::{Backend, TestDb};
use quorum::adapters::console::Console;
use quorum::core::clock::VirtualClock;
use quorum::core::engine::{Engine, EngineConfig};
use quorum::scheduler::SchedulerConfig;
use tokio::task::JoinSet;

/// Runs one transcript; on a difference, says where it starts and shows the whole actual transcript.
async fn check_transcript(backend: Backend, name: &str) -> Result<(), String> {
    let path = format!("{}/tests/console/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let expected = std::fs::read_to_string(&path).expect("transcript file");
    let input: String = expected.lines().filter_map(|l| l.strip_prefix("> ")).map(|l| format!("{l}\n")).collect();
    let db = TestDb::new(backend).await;
    let clock = Arc::new(VirtualClock::new(None));
    let engine =
        Arc::new(Engine::new(db.store().await, clock.clone(), EngineConfig::default(), quorum::features::registry()));
    let mut console = Console::new(engine, clock, SchedulerConfig::default(), "admin");
    let mut output = Vec::new();
    console.run_script(input.as_bytes(), &mut output, true).await.expect("script runs");
    let actual = String::from_utf8(output).expect("UTF-8 output");
    if std::env::var_os("QUORUM_BLESS").is_some() && backend == Backend::Sqlite {
        std::fs::write(&path, &actual).expect("bless transcript");
        return Ok(());
    }
    if actual != expected {
        let first = actual.lines().zip(expected.lines()).position(|(a, e)| a != e);
        return Err(format!(
            "{name} ({backend:?}) differs at line {}:\n--- expected\n{}\n--- actual\n{}\n--- whole actual transcript:\n{actual}",
            first.map(|i| i + 1).unwrap_or(0),
            first.and_then(|i| expected.lines().nth(i)).unwrap_or("<end>"),
            first.and_then(|i| actual.lines().nth(i)).unwrap_or("<end>"),
        ));
    }
    Ok(())
}

/// The transcripts in `tests/console/`, by file stem, sorted; `QUORUM_TRANSCRIPTS` narrows them.
fn transcript_names() -> Vec<String> {
    let dir = format!("{}/tests/console", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/console")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| path.file_stem().expect("file name").to_string_lossy().into_owned())
        .collect();
    assert!(!names.is_empty(), "no transcripts in {dir}");
    if let Ok(only) = std::env::var("QUORUM_TRANSCRIPTS") {
        let wanted: Vec<&str> = only.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
        for name in &wanted {
            assert!(names.iter().any(|n| n == name), "QUORUM_TRANSCRIPTS names {name}, which is not in {dir}");
        }
        names.retain(|n| wanted.contains(&n.as_str()));
    }
    names.sort();
    names
}

/// Runs every transcript at once, each on its own database, and reports every one that fails
/// rather than stopping at the first.
async fn check_all_transcripts(backend: Backend) {
    let names = transcript_names();
    let mut runs = JoinSet::new();
    let mut task_names = HashMap::new();
    for name in names.clone() {
        let task = runs.spawn({
            let name = name.clone();
            async move { check_transcript(backend, &name).await }
        });
        task_names.insert(task.id(), name);
    }
    let mut failures = Vec::new();
    while let Some(run) = runs.join_next_with_id().await {
        match run {
            Ok((_, Ok(()))) => {}
            Ok((id, Err(diff))) => failures.push((task_names[&id].clone(), diff)),
            Err(err) => {
                let name = task_names[&err.id()].clone();
                let why = match err.try_into_panic() {
                    Ok(panic) => panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                        .unwrap_or_else(|| "panicked".to_owned()),
                    Err(err) => err.to_string(),
                };
                let why = format!("{name} ({backend:?}) panicked: {why}");
                failures.push((name, why));
            }
        }
    }
    if !failures.is_empty() {
        failures.sort();
        let which: Vec<&str> = failures.iter().map(|(name, _)| name.as_str()).collect();
        let details: Vec<String> = failures.iter().map(|(name, why)| format!("=== {name}\n{why}")).collect();
        panic!(
            "{} of {} transcripts failed on {backend:?}: {}\n\n{}",
            failures.len(),
            names.len(),
            which.join(", "),
            details.join("\n\n")
        );
    }
}

both!(every_transcript, |backend| async move { check_all_transcripts(backend).await });
