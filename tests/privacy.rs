//! A member's own data: `!mydata` gives them everything but staff notes; `!forgetme --yes` leaves
//! nothing they wrote or were called anywhere in the database.

mod common;

use common::{Backend, Harness, normalize, tables};
use quorum::core::reply::Block;
use sqlx::{Column, Connection, Row};

/// Every text value in the database that contains one of `needles`, as `table.column: value`.
async fn found_anywhere(h: &Harness, needles: &[&str]) -> Vec<String> {
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.expect("connect");
    let mut found = Vec::new();
    for table in tables(&mut conn).await {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
            .fetch_all(&mut conn)
            .await
            .expect("read table");
        for row in rows {
            for (i, column) in row.columns().iter().enumerate() {
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(i)
                    && needles.iter().any(|n| text.contains(n))
                {
                    found.push(format!("{table}.{}: {text}", column.name()));
                }
            }
        }
    }
    conn.close().await.ok();
    found
}

async fn a_forgotten_member_is_nowhere(backend: Backend) {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.expect("admin");
    for (who, line) in [
        ("admin", "body create \"Business Constituency\" BC"),
        ("admin", "body link BC"),
        ("admin", "role grant @zoe_q member"),
        ("admin", "member add @zoe_q --country CH --notes \"Owes dues since 2025\""),
        ("admin", "meeting schedule \"Council\" 2026-12-03 14:00 UTC --remind none"),
        ("zoe_q", "remind me in 2h \"Call the bank about my loan\""),
        ("zoe_q", "agenda add #1 \"My private matter\""),
        ("zoe_q", "meeting rsvp #1 yes"),
        ("admin", "agenda poll #1 --propose 1d --rank 1d"),
        ("zoe_q", "agenda propose #1 \"My secret proposal\""),
        ("zoe_q", "startmeeting"),
        ("zoe_q", "action @zoe_q Fix the roof"),
        ("zoe_q", "action comment #1 My comment on the loan"),
        ("zoe_q", "endmeeting"),
    ] {
        let out = h.send(who, "general", line).await;
        assert!(!out[0].reply.is_error, "`{line}`: {}", h.render(&out[0]));
    }
    let personal =
        ["zoe_q", "Call the bank", "My private matter", "Owes dues", "My secret proposal", "My comment on the loan"];
    assert!(!found_anywhere(&h, &personal).await.is_empty(), "the test data is there before");

    // Her own copy holds what she wrote, not the staff's note about her.
    let out = h.send("zoe_q", "general", "mydata").await;
    let file = out[0].reply.blocks.iter().find_map(|b| if let Block::File(f) = b { Some(f) } else { None });
    let file = file.expect("a file");
    for written in ["Call the bank", "My private matter", "My secret proposal", "My comment on the loan"] {
        assert!(file.content.contains(written), "{written} is missing: {}", file.content);
    }
    assert!(!file.content.contains("Owes dues"), "a staff note reached the member: {}", file.content);
    serde_json::from_str::<serde_json::Value>(&file.content).expect("the file is JSON");

    // Without --yes nothing changes.
    let before = h.footprint().await;
    h.send("zoe_q", "general", "forgetme").await;
    assert_eq!(h.footprint().await, before, "forgetme without --yes wrote something");

    let out = h.send("zoe_q", "general", "forgetme --yes").await;
    assert!(!out[0].reply.is_error, "{}", h.render(&out[0]));
    let left = found_anywhere(&h, &personal).await;
    assert!(left.is_empty(), "still in the database after forgetme:\n{}", left.join("\n"));
    // Her reminder will not fire.
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.expect("connect");
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'reminder' AND state = 'pending'")
        .fetch_one(&mut conn)
        .await
        .expect("count");
    conn.close().await.ok();
    assert_eq!(pending, 0, "a reminder of hers is still due");
    assert_eq!(h.count("member_records").await, 1, "the anonymous record stays for the counts");
}

both!(a_forgotten_member_is_nowhere_in_the_database, |backend| async move {
    a_forgotten_member_is_nowhere(backend).await;
});

/// A proposal of an agenda poll is also an option of the poll that ranks it: forgetting its author
/// erases both.
async fn a_forgotten_member_s_proposal_leaves_the_ranking_poll(backend: Backend) {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.expect("admin");
    for (who, line) in [
        ("admin", "body create \"Business Constituency\" BC"),
        ("admin", "body link BC"),
        ("admin", "role grant @zoe_q member"),
        ("admin", "role grant @yan member"),
        ("admin", "member add @zoe_q"),
        ("admin", "member add @yan"),
        ("admin", "meeting schedule \"Council\" 2026-12-03 14:00 UTC --remind none"),
        ("admin", "agenda poll #1 --propose 1d --rank 1d"),
        ("zoe_q", "agenda propose #1 \"My secret proposal\""),
        ("yan", "agenda propose #1 \"Budget\""),
    ] {
        let out = h.send(who, "general", line).await;
        assert!(!out[0].reply.is_error, "`{line}`: {}", h.render(&out[0]));
    }
    h.clock.set(common::at("2026-12-01T08:00:00Z"));
    let scheduler = quorum::scheduler::Scheduler::new(h.engine.clone(), quorum::scheduler::SchedulerConfig::default());
    assert_eq!(scheduler.run_due().await.expect("jobs"), 1, "the end of the proposals");
    let labels = |h: &Harness| {
        let url = normalize(&h.db.url);
        async move {
            let mut conn = sqlx::AnyConnection::connect(&url).await.expect("connect");
            let labels: Vec<String> = sqlx::query_scalar("SELECT label FROM poll_options ORDER BY position")
                .fetch_all(&mut conn)
                .await
                .expect("options");
            conn.close().await.ok();
            labels
        }
    };
    assert_eq!(labels(&h).await, ["My secret proposal", "Budget"], "the ranking poll is open");
    let out = h.send("zoe_q", "general", "forgetme --yes").await;
    assert!(!out[0].reply.is_error, "{}", h.render(&out[0]));
    assert_eq!(labels(&h).await, [quorum::store::ERASED, "Budget"]);
    let out = h.send("yan", "general", "agenda proposals #1").await;
    let shown = h.render(&out[0]);
    assert!(!shown.contains("My secret proposal") && !shown.contains("zoe_q"), "{shown}");
}

both!(a_forgotten_member_s_proposal_leaves_the_ranking_poll, |backend| async move {
    a_forgotten_member_s_proposal_leaves_the_ranking_poll(backend).await;
});
