//! Whole processes: the `quorum` binary run as a user would, stopped and started again on the
//! same database. Reminders must survive the restart and fire exactly once.

mod common;

use std::process::Command;

use common::{TestDb, console};

fn count(transcript: &str, needle: &str) -> usize {
    transcript.lines().filter(|l| l.contains(needle)).count()
}

both!(reminders_fire_once_across_restarts, |backend| async move {
    let db = TestDb::new(backend).await;
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let first = console(
            &url,
            "2026-11-30T08:00:00Z",
            "!body create \"Business Constituency\" BC\n!body link BC\n\
             !remind here in 1h \"one-off A\"\n!remind me in 2h \"one-off B\"\n\
             !remind here every day at 12:00 \"daily C\"\n:quit\n",
        );
        assert_eq!(count(&first, "Reminder #"), 3, "{first}");
        assert_eq!(count(&first, "⏰"), 0, "{first}");

        // The one-offs were due at 09:00 and 10:00; a process started at 10:05 finds them 65 and 5
        // minutes late: A is past the 15-minute grace and reported as missed, B fires as usual.
        let second = console(&url, "2026-11-30T10:05:00Z", ":clock advance 2h\n");
        assert_eq!(count(&second, "Missed reminder"), 1, "{second}");
        assert_eq!(count(&second, "one-off A"), 1, "{second}");
        assert_eq!(count(&second, "one-off B"), 1, "{second}");
        assert_eq!(count(&second, "daily C"), 1, "{second}");

        // A third process sees nothing left to send from before, and the series goes on.
        let third = console(&url, "2026-11-30T12:30:00Z", "!reminders\n:clock advance 1d\n");
        assert_eq!(count(&third, "one-off"), 0, "{third}");
        assert_eq!(count(&third, "⏰ Reminder from @admin: daily C"), 1, "{third}");
        assert!(third.contains("next Tue, 1 Dec 2026, 12:00 UTC (every day at 12:00)"), "{third}");
    })
    .await
    .expect("processes ran");
});

both!(meeting_reminders_fire_once_across_restarts, |backend| async move {
    let db = TestDb::new(backend).await;
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let first = console(
            &url,
            "2026-11-30T08:00:00Z",
            "!body create \"Board\" BD\n!body link BD\n\
             !meeting schedule \"Daily board\" 2026-12-01 12:00 UTC --repeat \"every day\" --remind 24h,1h\n:quit\n",
        );
        assert_eq!(count(&first, "Meeting series #1"), 1, "{first}");
        assert_eq!(count(&first, "📅"), 0, "{first}");

        // The 24-hour reminder for 1 December was due at 12:00; a process started at 12:05 sends it.
        let second = console(&url, "2026-11-30T12:05:00Z", ":clock advance 1h\n");
        assert_eq!(count(&second, "📅 “Daily board” starts Tue, 1 Dec 2026, 12:00 UTC"), 1, "{second}");

        // The next process sends the 1-hour reminder, and not the one already sent.
        let third = console(&url, "2026-11-30T13:10:00Z", ":clock advance 22h\n");
        assert_eq!(count(&third, "📅"), 1, "{third}");
        assert_eq!(count(&third, "📅 “Daily board” starts Tue, 1 Dec 2026, 12:00 UTC"), 1, "{third}");
    })
    .await
    .expect("processes ran");
});

#[test]
fn script_file_mode_echoes_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("s.txt");
    std::fs::write(&script, "!tz Geneva\nbob> !whoami\n").unwrap();
    let db = dir.path().join("q.db");
    let out = Command::new(env!("CARGO_BIN_EXE_quorum"))
        .args(["console", "--db", db.to_str().unwrap(), "--script", script.to_str().unwrap(), "--user", "ann"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "> !tz Geneva");
    assert!(lines[1].starts_with("[general] Your time zone is now `Europe/Zurich`"), "{text}");
    assert_eq!(lines[2], "> bob> !whoami");
    assert_eq!(lines[3], "[dm:bob] What Quorum knows about @bob:");
}

#[test]
fn run_without_adapters_explains_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("quorum.toml");
    std::fs::write(&config, "default_language = \"en\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_quorum"))
        .args(["--config", config.to_str().unwrap(), "run"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no platform is configured"));
}

#[test]
fn version_and_bad_config() {
    let out = Command::new(env!("CARGO_BIN_EXE_quorum")).arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("quorum "));
    let out = Command::new(env!("CARGO_BIN_EXE_quorum"))
        .args(["migrate"])
        .env("QUORUM_DEFAULT_TIMEZONE", "Mars/Base")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("default_timezone"));
}

both!(an_application_goes_on_where_it_stopped_after_a_restart, |backend| async move {
    let db = TestDb::new(backend).await;
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let first = console(
            &url,
            "2026-11-30T08:00:00Z",
            "!body create \"Council\" CN\n!body link CN\n:as ana\n:dm\n!apply CN\nAna Example\n:quit\n",
        );
        assert_eq!(count(&first, "Question 2 of 4"), 1, "{first}");
        // A new process: Ana's next message answers question 2, not question 1 again.
        let second = console(&url, "2026-11-30T08:05:00Z", ":as ana\n:dm\nACME\nCH\nTo take part\n!apply status\n");
        assert_eq!(count(&second, "Question 3 of 4"), 1, "{second}");
        assert_eq!(count(&second, "Question 4 of 4"), 1, "{second}");
        assert_eq!(count(&second, "is complete"), 1, "{second}");
        assert_eq!(count(&second, "· pending"), 1, "{second}");
    })
    .await
    .expect("processes ran");
});
