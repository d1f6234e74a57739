//! Secret answers and withdrawn commands, on SQLite and PostgreSQL: a secret reply's outbox row
//! keeps nothing of it once sent (by the adapter at once, or by an outbox pass) or given up, and
//! no log line at any level, sqlx's statements included, carries its text; a non-secret reply's
//! row is left as it was. The engine tells a feature whether a command was confidential, and
//! hands the adapter the command's message to withdraw only where others saw it.

mod common;

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use common::dump;
use common::probe::{self, SECRET_TEXT};
use common::{Harness, at};
use quorum::core::actor::Platform;
use quorum::core::engine::{EventRef, Handled, Incoming, Outgoing};
use quorum::core::reply::{Block, Destination, MessageRef, Visibility};
use quorum::scheduler::{Delivery, SendError, Sink};
use quorum::store::{OutboxRow, SECRET_PLACEHOLDER};

/// A platform that takes every message, after failing the first `failures` attempts (a refusal
/// for good when `refuse`).
struct TestSink {
    failures: Mutex<usize>,
    refuse: bool,
    sent: Mutex<Vec<String>>,
}

impl TestSink {
    fn new(failures: usize, refuse: bool) -> Arc<Self> {
        Arc::new(Self { failures: Mutex::new(failures), refuse, sent: Mutex::default() })
    }
}

#[async_trait]
impl Sink for TestSink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, message: &Outgoing, _key: &str) -> Result<(), SendError> {
        let mut failures = self.failures.lock().unwrap();
        if *failures > 0 {
            *failures -= 1;
            return Err(if self.refuse {
                SendError::refused("direct messages closed")
            } else {
                SendError::temporary("platform unavailable")
            });
        }
        for block in &message.reply.blocks {
            if let Block::Verbatim(text) = block {
                self.sent.lock().unwrap().push(text.clone());
            }
        }
        Ok(())
    }
}

fn command(user: &str, room: &str, text: &str, confidential: bool) -> Incoming {
    Incoming {
        user: Harness::user(user),
        room: Harness::room(room),
        text: text.into(),
        platform_role: None,
        plain: false,
        confidential,
    }
}

async fn run(h: &Harness, delivery: &Delivery, id: &str, incoming: Incoming) -> Vec<(Outgoing, OutboxRow)> {
    let event = EventRef { id: id.into(), sent_at: at("2026-11-23T11:59:59Z") };
    match h.engine.handle_event(incoming, &event, delivery.owner(), delivery.lease()).await.unwrap() {
        Handled::Replies(replies) => replies,
        Handled::Duplicate => panic!("handled as a duplicate"),
    }
}

/// Rows of the outbox where the secret's text is, in the payload or the last error (looked for
/// with a bound value: a statement's text is logged, and this one would carry it).
async fn traces(h: &Harness) -> i64 {
    use sqlx::Connection;
    let mut conn = sqlx::AnyConnection::connect(&common::normalize(&h.db.url)).await.unwrap();
    let pattern = format!("%{SECRET_TEXT}%");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE payload LIKE $1 OR last_error LIKE $1")
        .bind(&pattern)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    conn.close().await.ok();
    n
}

both!(a_secret_reply_leaves_no_trace_in_the_outbox_once_delivered, |backend| async move {
    let log = dump::log("trace");
    let h = Harness::with_registry(backend, "2026-11-23T12:00:00Z", probe::registry()).await;
    let sink = TestSink::new(0, false);
    let delivery = Delivery::new(h.engine.clone(), sink.clone());

    // Sent at once by the adapter (`send_claimed`).
    let replies = run(&h, &delivery, "$secret", command("bob", "general", "probe --secret", false)).await;
    let (out, row) = &replies[0];
    assert!(out.reply.secret && row.message.secret);
    assert_eq!(out.reply.visibility, Visibility::Private, "a secret is private");
    assert!(matches!(&out.destination, Destination::Direct { user_id, .. } if user_id == "bob"));
    assert_eq!(traces(&h).await, 1, "kept until it is sent");
    assert!(delivery.send_claimed(row).await.unwrap());
    assert_eq!(sink.sent.lock().unwrap().as_slice(), [SECRET_TEXT]);
    assert_eq!(traces(&h).await, 0);
    let placeholder =
        format!("outbox WHERE state = 'sent' AND payload = '{SECRET_PLACEHOLDER}' AND last_error IS NULL");
    assert_eq!(h.count(&placeholder).await, 1);

    // A non-secret private reply is kept as it was.
    let replies = run(&h, &delivery, "$plain", command("bob", "general", "probe --private", false)).await;
    assert!(!replies[0].1.message.secret);
    assert!(delivery.send_claimed(&replies[0].1).await.unwrap());
    assert_eq!(h.count("outbox WHERE state = 'sent' AND payload LIKE '%confidential=false%'").await, 1);

    // Sent by an outbox pass after a failed attempt (its lease ran out): the error is gone too.
    sink.failures.lock().unwrap().clone_from(&1);
    let replies = run(&h, &delivery, "$later", command("carol", "general", "probe --secret", false)).await;
    assert!(!delivery.send_claimed(&replies[0].1).await.unwrap(), "the first attempt fails");
    assert_eq!(h.count("outbox WHERE state = 'pending' AND last_error = 'platform unavailable'").await, 1);
    h.clock.advance(chrono::Duration::minutes(2));
    assert_eq!(delivery.deliver_due().await.unwrap(), 1);
    assert_eq!(traces(&h).await, 0);
    assert_eq!(h.count(&placeholder).await, 2);

    // Given up for good: nothing of it stays either, only the platform's reason.
    let refusing = TestSink::new(1, true);
    let refused = Delivery::new(h.engine.clone(), refusing.clone());
    let replies = run(&h, &refused, "$refused", command("dave", "general", "probe --secret", false)).await;
    assert!(!refused.send_claimed(&replies[0].1).await.unwrap());
    assert_eq!(traces(&h).await, 0);
    let failed = format!(
        "outbox WHERE state = 'failed' AND payload = '{SECRET_PLACEHOLDER}' AND last_error = 'direct messages closed'"
    );
    assert_eq!(h.count(&failed).await, 1);

    // No log line, whatever its level or crate, carries the secret; the database's statements
    // were logged (sqlx logs a statement's SQL, never its bound values).
    let logged = dump::log_text(&log);
    assert!(logged.contains("UPDATE outbox"), "sqlx's statements are in the log");
    let leaks: Vec<&str> = logged.lines().filter(|l| l.contains(SECRET_TEXT)).collect();
    assert!(leaks.is_empty(), "a secret was logged: {leaks:#?}");
});

both!(the_engine_says_whether_a_command_was_confidential_and_what_to_withdraw, |backend| async move {
    let h = Harness::with_registry(backend, "2026-11-23T12:00:00Z", probe::registry()).await;
    let delivery = Delivery::new(h.engine.clone(), TestSink::new(0, false));
    let shown = |out: &Outgoing| match &out.reply.blocks[0] {
        Block::Verbatim(text) => text.clone(),
        other => panic!("{other:?}"),
    };
    let shared = run(&h, &delivery, "$shared", command("bob", "general", "probe", false)).await;
    assert_eq!(shown(&shared[0].0), "confidential=false");
    let direct = run(&h, &delivery, "$direct", command("bob", "dm:bob", "probe", true)).await;
    assert_eq!(shown(&direct[0].0), "confidential=true");
    // Without a platform event (the console's harness), as the adapter says too.
    assert_eq!(shown(&h.send("bob", "dm:bob", "probe").await[0]), "confidential=true");
    assert_eq!(shown(&h.send("bob", "general", "probe").await[0]), "confidential=false");

    // A command others saw is withdrawn: the engine names its message for the adapter.
    let withdrawn = run(&h, &delivery, "$typed", command("bob", "general", "probe --withdraw --private", false)).await;
    let reply = &withdrawn[0].0.reply;
    assert!(reply.withdraws_command);
    let typed = MessageRef { room_id: "general".into(), message_id: "$typed".into() };
    assert_eq!(reply.withdrawn_message(), Some(&typed));
    assert_eq!(reply.acknowledged_message(), None, "a withdrawal is no acknowledgement");
    // One nobody else saw is left alone.
    let unseen = run(&h, &delivery, "$unseen", command("bob", "dm:bob", "probe --withdraw", true)).await;
    assert_eq!(unseen[0].0.reply.withdrawn_message(), None);
    // A command without a platform event has no message to withdraw.
    let console = h.send("bob", "general", "probe --withdraw").await;
    assert_eq!(console[0].reply.withdrawn_message(), None);
});
