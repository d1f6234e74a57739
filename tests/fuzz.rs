//! The command fuzzer (`quorum bench fuzz`) at a small case count, on both databases: generated
//! and mutated lines as several actors, with no panic, no internal error and no write from a
//! refused command. Regression tests for what it found live with the feature they concern.

mod common;

use common::TestDb;
use quorum::bench::fuzz::{self, FuzzOptions};

both!(generated_lines_never_panic_fail_internally_or_write_when_refused, |backend| async move {
    let db = TestDb::new(backend).await;
    // Two rounds, so that emptying the database and setting it up again is exercised too.
    let options = FuzzOptions { cases: 3_000, seed: 11, reset_every: 1_500 };
    let report = fuzz::run(db.store().await, &options, |_| {}).await.expect("fuzz run");
    assert_eq!(report.cases, 3_000);
    assert!(report.accepted > 300 && report.refused > 300, "too one-sided to mean much: {report}");
    assert_eq!(report.failed(), 0, "{report}");
});

// The write probe is what makes "no write from a refused command" checkable: it must count a
// committed write, and not one that was rolled back.
both!(the_write_probe_counts_committed_rows_only, |backend| async move {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    store.install_write_probe().await.unwrap();
    let before = store.committed_writes().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    tx.append_audit(
        &quorum::store::AuditEntry { actor_id: None, body_id: None, action: "probe".into(), detail: "x".into() },
        0,
    )
    .await
    .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(store.committed_writes().await.unwrap(), before);
    let mut tx = store.begin().await.unwrap();
    tx.append_audit(
        &quorum::store::AuditEntry { actor_id: None, body_id: None, action: "probe".into(), detail: "x".into() },
        0,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(store.committed_writes().await.unwrap(), before + 1);
    store.wipe().await.unwrap();
    let mut read = store.read().await.unwrap();
    assert!(read.verify_audit().await.unwrap().entries == 0);
});

/// The same seed gives the same lines, so a failure is reproduced by its seed and case number.
#[test]
fn lines_are_reproducible_from_their_seed() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let take = |seed| {
        let mut lines = fuzz::Lines::new(seed, date);
        (0..200).map(|_| lines.line(&[1, 2, 3])).collect::<Vec<_>>()
    };
    assert_eq!(take(7), take(7));
    assert_ne!(take(7), take(8));
    if std::env::var("QUORUM_FUZZ_SHOW").is_ok() {
        take(7).iter().for_each(|l| eprintln!("{l:?}"));
    }
}

/// A long run outside the default test run, for the cases `quorum bench fuzz` would need a
/// release binary for: `QUORUM_FUZZ_CASES=200000 QUORUM_FUZZ_SEED=3 cargo test --test fuzz -- --ignored`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn many_generated_lines_on_sqlite() {
    let env = |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let options =
        FuzzOptions { cases: env("QUORUM_FUZZ_CASES", 100_000), seed: env("QUORUM_FUZZ_SEED", 1), reset_every: 10_000 };
    let db = TestDb::new(common::Backend::Sqlite).await;
    let report =
        fuzz::run(db.store().await, &options, |so_far| eprintln!("{} cases, {} failed", so_far.cases, so_far.failed()))
            .await
            .expect("fuzz run");
    eprint!("{report}");
    assert_eq!(report.failed(), 0, "{report}");
}
