//! Action items on SQLite and PostgreSQL beyond what `tests/console/actions.txt` shows: each
//! reminder of an action fires once across restarts of the process (the clock set by each
//! process, never slept on), none after the action is done; an open action is listed first on
//! the next occurrence's agenda until it is done.

mod common;

use common::{Harness, TestDb, console, normalize};
use sqlx::Connection;

async fn scalar(url: &str, sql: &str) -> i64 {
    let mut conn = sqlx::AnyConnection::connect(&normalize(url)).await.expect("connect");
    let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&mut conn).await.expect("query");
    conn.close().await.ok();
    n
}

both!(action_reminders_fire_once_each_across_restarts, |backend| async move {
    let db = TestDb::new(backend).await;
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let first = console(
            &url,
            "2026-12-03T10:00:00Z",
            "!body create \"Council\" CN\n!body link CN\n!role grant @bob member\n!role grant @dave member\n\
             carol> !startmeeting Board\n\
             carol> !action @bob @zoe Send the accounts --due 2026-12-20\n\
             carol> !action @dave Audit the books --due 2026-12-10\n\
             carol> !action @bob Book the room --due 2026-12-30\n\
             carol> !endmeeting\n:quit\n",
        );
        assert!(first.contains("Action #3 noted"), "{first}");
        assert!(!first.contains("[dm:bob]"), "{first}");
        // After bob's reminder before the 20th, and after dave's date: dave's reminder before it
        // has nothing to add to the one saying it passed.
        let second = console(&url, "2026-12-20T06:00:00Z", ":clock advance 1m\n");
        assert_eq!(second.matches("[dm:bob] ⏰ Action #1 is due").count(), 1, "{second}");
        assert_eq!(second.matches("[dm:dave] ⚠ Action #2 was due").count(), 1, "{second}");
        assert_eq!(second.matches("Action #2 is due").count(), 0, "{second}");
        assert!(!second.contains("zoe"), "a name kept by name only is never written to: {second}");
        // A restart before anything else falls due sends nothing again.
        let third = console(&url, "2026-12-20T07:00:00Z", ":clock advance 1m\n");
        assert!(!third.contains("[dm:"), "{third}");
        // Past the 20th: bob hears once that it passed; the third action is done before its time.
        let fourth = console(&url, "2026-12-21T01:00:00Z", ":clock advance 1m\nbob> !action done 3\n");
        assert_eq!(fourth.matches("Action #1 was due").count(), 1, "{fourth}");
        assert_eq!(fourth.matches("Action #1 is due").count(), 0, "{fourth}");
        assert!(fourth.contains("Action #3 is done"), "{fourth}");
        let fifth = console(&url, "2027-01-02T00:00:00Z", ":clock advance 1m\n");
        assert!(!fifth.contains("[dm:"), "{fifth}");
    })
    .await
    .expect("processes ran");
    assert_eq!(scalar(&db.url, "SELECT COUNT(*) FROM outbox WHERE idem_key LIKE 'action:%'").await, 3);
    let waiting = "SELECT COUNT(*) FROM jobs WHERE kind LIKE 'action-%' AND state = 'pending'";
    assert_eq!(scalar(&db.url, waiting).await, 0);
});

both!(an_open_action_is_first_on_the_next_agenda_until_done, |backend| async move {
    let h = Harness::new(backend, "2026-12-03T10:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.expect("admin");
    let setup = [
        ("admin", "!body create \"Council\" CN"),
        ("admin", "!body link CN"),
        ("admin", "!role grant @bob member"),
        ("admin", "!role grant @carol member"),
        (
            "carol",
            "!meeting schedule \"Monthly\" 2026-12-03 14:00 UTC --duration 1h --repeat \"every month on first thursday\" --remind none",
        ),
    ];
    for (who, line) in setup {
        let out = h.send(who, "general", line).await;
        assert!(!out[0].reply.is_error, "`{line}`: {}", h.render(&out[0]));
    }
    h.clock.set(common::at("2026-12-03T13:58:00Z"));
    h.say("carol", "general", "!startmeeting").await;
    let noted = h.say("carol", "general", "!action @bob Send the accounts --due 2026-12-20").await;
    assert!(noted.contains("Action #1"), "{noted}");
    // Not carried by the meeting it was recorded in.
    let here = h.say("bob", "general", "!agenda show 1").await;
    assert!(!here.contains("Send the accounts"), "{here}");
    h.say("carol", "general", "!endmeeting").await;
    h.clock.set(common::at("2026-12-10T09:00:00Z"));
    h.say("carol", "general", "!agenda add 1 \"Budget 2027\"").await;
    let next = h.say("bob", "general", "!agenda show 1").await;
    assert!(next.contains("7 Jan 2027"), "the next occurrence: {next}");
    let (action, item) = (next.find("#1 Send the accounts"), next.find("Budget 2027"));
    assert!(action.is_some() && action < item, "listed first: {next}");
    let shown = h.say("bob", "general", "!meeting show 1").await;
    assert!(shown.contains("#1 Send the accounts"), "{shown}");
    let refused = h.send("carol", "general", "!action done 1").await;
    assert!(!refused[0].reply.is_error, "a chair of its meeting may: {}", h.render(&refused[0]));
    let after = h.say("bob", "general", "!agenda show 1").await;
    assert!(!after.contains("Send the accounts"), "{after}");
    assert!(after.contains("Budget 2027"), "{after}");
    assert_eq!(h.count("action_comments").await, 0);
});
