//! Polls on SQLite and PostgreSQL beyond what the transcripts show: an anonymous poll's ballots
//! stay unlinkable to their voters in every table, row order and log line; a member linked on
//! two platforms votes once; a deadline closes a poll once across restarts of the process.

mod common;

use common::dump::{self, columns, rows};
use common::{Harness, TestDb, console, normalize};
use quorum::core::actor::Platform;
use quorum::core::engine::Outgoing;
use sqlx::Connection;

async fn scalar(h: &Harness, sql: &str) -> i64 {
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.unwrap();
    let n = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&mut conn).await.unwrap();
    conn.close().await.ok();
    n
}

both!(an_anonymous_poll_links_no_voter_to_a_choice, |backend| async move {
    let log = dump::log("quorum=trace");
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    h.say("admin", "general", "!body create \"Council\" CN").await;
    h.say("admin", "general", "!body link CN").await;
    let voters = ["ana", "bo", "chen", "dee", "eli", "fay"];
    for name in voters {
        h.say("admin", "general", &format!("!member add @{name}")).await;
    }
    let opened = h.say("admin", "general", "!poll \"Secret\" \"Zebra\" \"Yak\" \"Xerus\" --anonymous --body CN").await;
    assert!(opened.contains("Poll #1"), "{opened}");
    // Each votes in turn; the choices follow the voting order, so that any order kept would show.
    let choices = ["1", "2", "3", "1", "2", "3"];
    for (name, choice) in voters.iter().zip(choices) {
        let said = h.say(name, "general", &format!("!poll vote #1 {choice}")).await;
        assert!(said.contains("ballot in poll #1 is cast"), "{said}");
        assert!(!["Zebra", "Yak", "Xerus"].iter().any(|o| said.contains(o)), "the answer names no choice: {said}");
    }
    let again = h.say("ana", "general", "!poll vote #1 2").await;
    assert!(again.contains("cannot be changed"), "{again}");
    let shown = h.say("ana", "general", "!poll show #1").await;
    assert!(shown.contains("shown at the close") && !shown.contains("Zebra:"), "hidden while open: {shown}");
    h.say("admin", "general", "!poll close #1").await;

    // The two halves: ballots under random keys with no voter and no time; participation with no
    // time and no key.
    let url = h.db.url.clone();
    let mut conn = sqlx::AnyConnection::connect(&normalize(&url)).await.unwrap();
    assert_eq!(columns(&mut conn, &url, "poll_ballots").await, ["poll_id", "ballot_key", "choice", "weight"]);
    assert_eq!(columns(&mut conn, &url, "poll_participation").await, ["poll_id", "seat_id"]);
    conn.close().await.ok();
    let ballots = rows(&url, "poll_ballots").await;
    assert_eq!(ballots.len(), 6);
    // Read unasked, the ballots come in key order: neither the order they were cast nor any
    // order of the voters.
    let mut by_key = ballots.clone();
    by_key.sort_by(|a, b| a[1].cmp(&b[1]));
    assert_eq!(ballots, by_key, "the ballots are stored in key order");
    let keys: Vec<String> = ballots.iter().map(|b| b[1].clone()).collect();
    assert!(keys.iter().all(|k| k.len() == 32), "128-bit keys: {keys:?}");
    let participation = rows(&url, "poll_participation").await;
    let mut by_seat = participation.clone();
    by_seat.sort_by_key(|p| p[1].parse::<i64>().unwrap());
    assert_eq!(participation, by_seat, "participation is stored by seat, not by voting order");

    // No other table holds a ballot's key, and no row anywhere outside the ballots holds both a
    // voter and a choice's label (the options' own table aside).
    let mut conn = sqlx::AnyConnection::connect(&normalize(&url)).await.unwrap();
    let tables = common::tables(&mut conn).await;
    conn.close().await.ok();
    let labels = ["Zebra", "Yak", "Xerus"];
    for table in tables.iter().filter(|t| *t != "poll_ballots") {
        for row in rows(&url, table).await {
            let text = row.join("\u{1f}");
            assert!(!keys.iter().any(|k| text.contains(k)), "{table} holds a ballot key: {row:?}");
            if *table != "poll_options" && *table != "polls" && *table != "outbox" {
                assert!(!labels.iter().any(|l| text.contains(l)), "{table} holds a choice: {row:?}");
            }
        }
    }
    // The outbox holds the result posted to the room, and no answer to a voter names a choice.
    for row in rows(&url, "outbox").await {
        let text = row.join(" ");
        if voters.iter().any(|v| text.contains(&format!("dm:{v}"))) {
            assert!(!labels.iter().any(|l| text.contains(l)), "an answer to a voter names a choice: {row:?}");
        }
    }
    // The audit log records nothing of the votes.
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'poll%'").await, 0);
    // No log line names a choice or a ballot key.
    let logged = dump::log_text(&log);
    for needle in labels.iter().map(|l| l.to_string()).chain(keys.iter().cloned()) {
        assert!(!logged.contains(&needle), "a log line holds {needle}");
    }
    // The result counts every ballot.
    let result = h.say("admin", "general", "!poll show #1").await;
    assert!(result.contains("Zebra: 2") && result.contains("Yak: 2") && result.contains("Xerus: 2"), "{result}");
});

async fn from_matrix(h: &Harness, text: &str) -> Vec<Outgoing> {
    // A link code is taken in a direct room only; votes may come from anywhere.
    let room = (!text.starts_with("account")).then_some("!room:example.org");
    h.send_on(Platform::Matrix, "@bo:example.org", room, text).await
}

both!(a_member_linked_on_two_platforms_votes_once, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    h.say("admin", "general", "!body create \"Council\" CN").await;
    h.say("admin", "general", "!body link CN").await;
    h.say("admin", "general", "!member add @bo").await;
    h.say("admin", "general", "!member add @cy").await;
    // Bo links his Matrix account to his console one.
    let out = h.send("bo", "dm:bo", "!account link").await;
    let code = common::link_code(&h.render(&out[0]));
    let linked = from_matrix(&h, &format!("account link {code}")).await;
    assert!(h.render(&linked[0]).contains("linked"), "{}", h.render(&linked[0]));

    h.say("admin", "general", "!poll \"Open\" \"A\" \"B\" --body CN").await;
    assert!(h.say("bo", "general", "!poll vote #1 1").await.contains("recorded"));
    let second = from_matrix(&h, "poll vote #1 2").await;
    assert!(h.render(&second[0]).contains("changed"), "{}", h.render(&second[0]));
    let voters = h.say("admin", "general", "!poll voters #1").await;
    assert!(voters.contains("1 of 2 voted"), "one member, one vote: {voters}");

    h.say("admin", "general", "!poll \"Secret\" \"A\" \"B\" --body CN --anonymous").await;
    assert!(h.say("bo", "general", "!poll vote #2 1").await.contains("cast"));
    let refused = from_matrix(&h, "poll vote #2 2").await;
    assert!(h.render(&refused[0]).contains("cannot be changed"), "{}", h.render(&refused[0]));
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM poll_ballots WHERE poll_id = 2").await, 1);
});

both!(a_deadline_closes_a_poll_once_across_restarts, |backend| async move {
    let db = TestDb::new(backend).await;
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let first = console(
            &url,
            "2026-12-01T09:00:00Z",
            "!poll \"Lunch?\" \"Pizza\" \"Salad\" --closes 1h\n!poll vote #1 2\n\
             !poll \"Early\" \"Yes\" \"No\" --closes 1h\n!poll close #2\n:quit\n",
        );
        assert!(first.contains("Poll #2 is closed"), "{first}");
        // The next process starts after the deadline: the poll closes once, the early one not again.
        let second = console(&url, "2026-12-01T10:30:00Z", ":clock advance 1m\n");
        assert_eq!(second.matches("Poll #1 is closed").count(), 1, "{second}");
        assert_eq!(second.matches("Poll #2 is closed").count(), 0, "{second}");
        let third = console(&url, "2026-12-01T11:00:00Z", ":clock advance 1h\n!poll show #1\n");
        assert_eq!(third.matches("is closed").count(), 0, "{third}");
        assert!(third.contains("Salad: 1 (100%)"), "{third}");
    })
    .await
    .expect("processes ran");
});

// A vote is one statement on its own, no transaction around it: the votes that race a close are
// each either counted in the result or refused, never stored and left out.
both!(votes_racing_a_close_are_counted_or_refused, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    h.say("admin", "general", "!body create \"Council\" CN").await;
    h.say("admin", "general", "!body link CN").await;
    let voters: Vec<String> = (0..40).map(|i| format!("v{i}")).collect();
    for name in &voters {
        h.say("admin", "general", &format!("!member add @{name}")).await;
    }
    h.say("admin", "general", "!poll \"Race\" \"A\" \"B\" --body CN").await;
    let votes = voters.iter().map(|name| h.say(name, "general", "!poll vote #1 1"));
    let close = async {
        tokio::task::yield_now().await;
        h.say("admin", "general", "!poll close #1").await
    };
    let (answers, closed) = tokio::join!(futures_util::future::join_all(votes), close);
    let recorded = answers.iter().filter(|a| a.contains("recorded")).count();
    let refused = answers.iter().filter(|a| a.contains("is closed")).count();
    assert_eq!(recorded + refused, voters.len(), "{answers:?}");
    let stored = scalar(&h, "SELECT COUNT(*) FROM poll_votes WHERE poll_id = 1").await;
    assert_eq!(stored, recorded as i64, "every vote answered as recorded is stored, and no other");
    assert!(closed.contains(&format!("A: {recorded} ")), "the result counts exactly the stored votes: {closed}");
});
