//! The outbox's end, on SQLite and PostgreSQL: a send the platform refuses for good fails at once;
//! temporary failures back off exponentially (or as long as the platform asks) until the give-up
//! limit, then fail; an unreadable envelope fails; staff see failed sends of their body and put one
//! back, after which it is sent exactly once. Time is the virtual clock's.

mod common;

use std::borrow::Cow;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use common::{Backend, Harness, TestDb, at, normalize};
use quorum::core::actor::Platform;
use quorum::core::clock::{Clock, VirtualClock};
use quorum::core::engine::Outgoing;
use quorum::core::reply::{Destination, Msg, Reply};
use quorum::scheduler::{Delivery, SendError, Sink};
use quorum::store::{OutboxFailure, OutboxMessage, Recipient, Store};
use sqlx::Connection;

/// What the platform answers.
#[derive(Debug, Clone)]
enum Answer {
    Accept,
    Refuse,
    Busy(Option<Duration>),
}

/// A platform that answers as told and records each attempt and when it was made.
struct ScriptedSink {
    clock: Arc<VirtualClock>,
    answer: Mutex<Answer>,
    attempts: Mutex<Vec<(String, DateTime<Utc>)>>,
    delivered: Mutex<Vec<String>>,
}

impl ScriptedSink {
    fn new(clock: Arc<VirtualClock>, answer: Answer) -> Arc<Self> {
        Arc::new(Self {
            clock,
            answer: Mutex::new(answer),
            attempts: Mutex::new(Vec::new()),
            delivered: Mutex::new(Vec::new()),
        })
    }

    fn answer(&self, answer: Answer) {
        *self.answer.lock().unwrap() = answer;
    }

    fn attempt_times(&self) -> Vec<DateTime<Utc>> {
        self.attempts.lock().unwrap().iter().map(|(_, t)| *t).collect()
    }

    fn delivered(&self) -> Vec<String> {
        self.delivered.lock().unwrap().clone()
    }
}

#[async_trait]
impl Sink for ScriptedSink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, _message: &Outgoing, key: &str) -> Result<(), SendError> {
        self.attempts.lock().unwrap().push((key.to_owned(), self.clock.now()));
        match self.answer.lock().unwrap().clone() {
            Answer::Accept => {
                self.delivered.lock().unwrap().push(key.to_owned());
                Ok(())
            }
            Answer::Refuse => Err(SendError::refused("Cannot send messages to this user")),
            Answer::Busy(None) => Err(SendError::temporary("503 Service Unavailable")),
            Answer::Busy(Some(wait)) => Err(SendError::temporary("429 Too Many Requests").retry_in(wait)),
        }
    }
}

fn direct(user: &str) -> Destination {
    Destination::Direct { platform: Platform::Console, user_id: user.into() }
}

fn room(name: &str) -> Destination {
    Destination::Room { platform: Platform::Console, room_id: name.into() }
}

/// Queues a message whose text must never show in `!outbox`.
async fn enqueue(h: &Harness, key: &str, destination: Destination) {
    let out = Outgoing {
        destination,
        reply: Reply::public(Msg::new("reminder-fire").text("text", "Secret agenda")),
        locale: "en".into(),
        zone: chrono_tz::Tz::UTC,
    };
    h.engine.defer(&out, key, None).await.unwrap();
}

async fn scalar(h: &Harness, sql: &str) -> Option<i64> {
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.unwrap();
    let value: Option<i64> =
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&mut conn).await.unwrap();
    conn.close().await.ok();
    value
}

/// Runs the outbox at each next attempt until nothing is pending (at most `max` passes).
async fn run_until_settled(h: &Harness, delivery: &Delivery, max: usize) {
    for _ in 0..max {
        let Some(next) = h.engine.store.next_outbox_at("console").await.unwrap() else { return };
        h.clock.set(quorum_instant(next).max(h.clock.now()));
        delivery.deliver_due().await.unwrap();
    }
    panic!("still pending after {max} passes");
}

fn quorum_instant(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap()
}

both!(a_permanent_refusal_fails_at_once, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Refuse);
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    enqueue(&h, "dm-1", direct("bob")).await;
    assert_eq!(delivery.deliver_due().await.unwrap(), 0);
    assert_eq!(h.engine.store.count_outbox("failed").await.unwrap(), 1);
    assert_eq!(h.engine.store.count_outbox("pending").await.unwrap(), 0);
    let (failed, total) = h.engine.store.read().await.unwrap().failed_sends(None, 10).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(failed[0].attempts, 1);
    assert_eq!(failed[0].failure, Some(OutboxFailure::Permanent));
    assert_eq!(failed[0].reason, "Cannot send messages to this user");
    assert_eq!(failed[0].recipient, Recipient::Direct("bob".into()));
    assert_eq!(quorum_instant(failed[0].failed_at), at("2026-11-23T12:00:00Z"));
    // Nothing is tried again, however long we wait.
    h.clock.advance(Duration::days(3));
    assert_eq!(delivery.deliver_due().await.unwrap(), 0);
    assert_eq!(h.engine.store.next_outbox_at("console").await.unwrap(), None);
    assert_eq!(sink.attempt_times().len(), 1);
});

both!(temporary_failures_back_off_then_fail_at_the_limit, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let start = h.clock.now();
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Busy(None));
    let delivery = Delivery::new(h.engine.clone(), sink.clone()).give_up_after(Duration::hours(1));
    enqueue(&h, "room-1", room("general")).await;
    run_until_settled(&h, &delivery, 100).await;
    let times = sink.attempt_times();
    let gaps: Vec<i64> = times.windows(2).map(|w| (w[1] - w[0]).num_seconds()).collect();
    // 1 s doubling up to the 10-minute ceiling, the last one cut to fall exactly at the limit.
    assert_eq!(gaps, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600, 600, 177]);
    assert_eq!(*times.last().unwrap(), start + Duration::hours(1));
    let (failed, _) = h.engine.store.read().await.unwrap().failed_sends(None, 10).await.unwrap();
    assert_eq!(failed[0].failure, Some(OutboxFailure::Expired));
    assert_eq!(failed[0].attempts, times.len() as i64);
    assert_eq!(quorum_instant(failed[0].failed_at), start + Duration::hours(1));
    assert_eq!(failed[0].reason, "503 Service Unavailable");
});

both!(the_default_limit_is_a_day_after_enqueueing, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let start = h.clock.now();
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Busy(None));
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    enqueue(&h, "room-1", room("general")).await;
    run_until_settled(&h, &delivery, 500).await;
    assert_eq!(*sink.attempt_times().last().unwrap(), start + Duration::hours(24));
    assert_eq!(h.engine.store.count_outbox("failed").await.unwrap(), 1);
});

both!(the_platform_s_retry_after_is_honoured, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let start = h.clock.now();
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Busy(Some(Duration::seconds(90))));
    let delivery = Delivery::new(h.engine.clone(), sink.clone()).give_up_after(Duration::hours(1));
    enqueue(&h, "room-1", room("general")).await;
    delivery.deliver_due().await.unwrap();
    let next = h.engine.store.next_outbox_at("console").await.unwrap().unwrap();
    assert_eq!(quorum_instant(next), start + Duration::seconds(90), "not the 1-second back-off");
    h.clock.advance(Duration::seconds(89));
    delivery.deliver_due().await.unwrap();
    assert_eq!(sink.attempt_times().len(), 1, "nothing before the platform's time");
    // Asked to wait past the limit: the platform's wait still counts, then the send fails.
    h.clock.set(start + Duration::minutes(59));
    sink.answer(Answer::Busy(Some(Duration::minutes(5))));
    delivery.deliver_due().await.unwrap();
    let next = h.engine.store.next_outbox_at("console").await.unwrap().unwrap();
    assert_eq!(quorum_instant(next), start + Duration::minutes(64));
    h.clock.set(start + Duration::minutes(64));
    delivery.deliver_due().await.unwrap();
    assert_eq!(h.engine.store.count_outbox("failed").await.unwrap(), 1);
    assert_eq!(sink.attempt_times().len(), 3);
    // One that waits and then goes through is sent once.
    sink.answer(Answer::Busy(Some(Duration::seconds(30))));
    enqueue(&h, "room-2", room("general")).await;
    delivery.deliver_due().await.unwrap();
    sink.answer(Answer::Accept);
    h.clock.advance(Duration::seconds(30));
    assert_eq!(delivery.deliver_due().await.unwrap(), 1);
    assert_eq!(sink.delivered(), ["room-2"]);
});

both!(an_unreadable_envelope_fails_without_an_attempt, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Accept);
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    let broken = OutboxMessage {
        idem_key: "broken".into(),
        platform: "console".into(),
        recipient: Recipient::Room("general".into()),
        destination: "{\"Room\":{\"platform\":\"Console\",\"room_id\":\"general\"}}".into(),
        payload: "{not json".into(),
        locale: "en".into(),
        zone: "UTC".into(),
        secret: false,
    };
    let now = h.clock.now().timestamp_millis();
    let mut tx = h.engine.store.begin().await.unwrap();
    assert!(tx.enqueue(&broken, now, now).await.unwrap());
    tx.commit().await.unwrap();
    enqueue(&h, "fine", room("general")).await;
    assert_eq!(delivery.deliver_due().await.unwrap(), 1, "the readable one still goes out");
    assert_eq!(sink.delivered(), ["fine"]);
    let (failed, _) = h.engine.store.read().await.unwrap().failed_sends(None, 10).await.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].failure, Some(OutboxFailure::Unreadable));
    assert_eq!(failed[0].attempts, 0);
    assert!(failed[0].reason.starts_with("unreadable: "), "{}", failed[0].reason);
    assert!(!failed[0].reason.contains("not json"), "the reason does not quote the content");
});

both!(a_retried_send_is_tried_again_with_a_new_limit_and_sent_once, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Refuse);
    let delivery = Delivery::new(h.engine.clone(), sink.clone()).give_up_after(Duration::hours(1));
    enqueue(&h, "dm-1", direct("bob")).await;
    delivery.deliver_due().await.unwrap();
    assert_eq!(h.engine.store.count_outbox("failed").await.unwrap(), 1);

    // Two days later the member opens their DMs, and staff put the send back.
    h.clock.advance(Duration::days(2));
    let audit_before = h.count("audit_log").await;
    let reply = h.say("admin", "general", "!outbox retry #1").await;
    assert_eq!(reply, "Send #1 is back in the queue and will be tried again now.");
    assert_eq!(h.count("audit_log").await, audit_before + 1);
    assert!(h.say("admin", "general", "!audit verify").await.starts_with("The audit log is intact"));
    assert_eq!(
        h.say("admin", "general", "!outbox retry 1").await,
        "⚠ Send `#1` has not failed: it is still being tried."
    );
    // Its give-up clock starts again: a temporary failure now is retried, not expired.
    sink.answer(Answer::Busy(None));
    delivery.deliver_due().await.unwrap();
    assert_eq!(h.engine.store.count_outbox("pending").await.unwrap(), 1);
    assert_eq!(scalar(&h, "SELECT attempts FROM outbox WHERE id = 1").await, Some(1), "attempts count again from 0");
    sink.answer(Answer::Accept);
    h.clock.advance(Duration::seconds(1));
    assert_eq!(delivery.deliver_due().await.unwrap(), 1);
    h.clock.advance(Duration::days(1));
    assert_eq!(delivery.deliver_due().await.unwrap(), 0);
    assert_eq!(sink.delivered(), ["dm-1"], "sent exactly once");
    assert_eq!(h.engine.store.count_outbox("sent").await.unwrap(), 1);
    assert_eq!(h.say("admin", "general", "!outbox retry 1").await, "⚠ Send `#1` has not failed: it was delivered.");
    assert_eq!(h.say("admin", "general", "!outbox retry 2").await, "⚠ Send `#2` was not found.");
});

both!(staff_see_the_failed_sends_of_their_body_only, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    for line in [
        "!body create \"Business Constituency\" BC",
        "!body link BC",
        "!role grant @bob member",
        "!role grant @carol staff",
        "!body create \"Other Group\" OG",
        "!role grant @erin member OG",
        "!role grant @dora staff OG",
    ] {
        h.say("admin", "general", line).await;
    }
    h.say("admin", "elsewhere", "!body link OG").await;
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Refuse);
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    for (key, destination) in [
        ("to-general", room("general")),
        ("to-elsewhere", room("elsewhere")),
        ("to-bob", direct("bob")),
        ("to-erin", direct("erin")),
        ("to-zed", direct("zed")),
    ] {
        enqueue(&h, key, destination).await;
        h.clock.advance(Duration::minutes(1));
    }
    delivery.deliver_due().await.unwrap();
    assert_eq!(h.engine.store.count_outbox("failed").await.unwrap(), 5);

    let listed = |text: String| -> Vec<String> {
        assert!(!text.contains("Secret agenda"), "never the content: {text}");
        text.lines().skip(1).map(|l| l.split(" · ").take(3).collect::<Vec<_>>().join(" · ")).collect()
    };
    assert_eq!(
        listed(h.say("carol", "general", "!outbox").await),
        ["• #3 · console · direct message to bob", "• #1 · console · room general"]
    );
    assert_eq!(
        listed(h.say("dora", "elsewhere", "!outbox").await),
        ["• #4 · console · direct message to erin", "• #2 · console · room elsewhere"]
    );
    assert_eq!(listed(h.say("admin", "lobby", "!outbox").await).len(), 5, "administrators see all");
    assert_eq!(h.say("bob", "general", "!outbox").await, "⚠ This needs the role `staff` in `BC`.");
    assert_eq!(h.say("carol", "elsewhere", "!outbox").await, "⚠ This needs the role `staff` in `OG`.");
    assert!(h.say("carol", "lobby", "!outbox").await.contains("not linked to a body"));
    // A send one may not see does not exist for them.
    assert_eq!(h.say("carol", "general", "!outbox retry 4").await, "⚠ Send `#4` was not found.");
    assert_eq!(h.say("carol", "general", "!outbox retry 5").await, "⚠ Send `#5` was not found.");
    assert_eq!(h.engine.store.count_outbox("failed").await.unwrap(), 5, "refusals change nothing");
    assert!(h.say("carol", "general", "!outbox retry 3").await.starts_with("Send #3 is back"));
});

both!(a_long_list_says_how_many_more, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Refuse);
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    for n in 0..23 {
        enqueue(&h, &format!("dm-{n}"), direct(&format!("member{n}"))).await;
    }
    delivery.deliver_due().await.unwrap();
    let text = h.say("admin", "general", "!outbox").await;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "23 failed sends, newest first:");
    assert_eq!(lines.len(), 22, "{text}");
    assert!(lines[1].starts_with("• #23 ·"), "newest first: {text}");
    assert_eq!(lines[21], "… and 3 more.");
});

// Rows queued before the outbox kept recipients and failure states are read after the upgrade:
// their recipient from the stored destination, and those the old code parked ten years ahead
// because they could not be read become failed sends.
both!(the_upgrade_keeps_queued_sends, |backend| async move {
    let db = TestDb::new(backend).await;
    let dir = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let path = format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR"));
    let mut before = sqlx::migrate::Migrator::new(std::path::Path::new(&path)).await.unwrap();
    before.migrations = Cow::Owned(before.migrations.iter().filter(|m| m.version < 15).cloned().collect());
    let pool = sqlx::AnyPool::connect(&normalize(&db.url)).await.unwrap();
    before.run(&pool).await.unwrap();
    let now = at("2026-11-23T12:00:00Z").timestamp_millis();
    let far = now + Duration::days(3650).num_milliseconds();
    for (id, destination, next) in [
        (1i64, r#"{"Room":{"platform":"Console","room_id":"general"}}"#, now),
        (2, r#"{"Direct":{"platform":"Console","user_id":"bob"}}"#, now),
        (3, "not json at all", far),
    ] {
        sqlx::query(
            "INSERT INTO outbox (id, idem_key, platform, destination, payload, locale, zone, state, next_attempt_at, created_at, last_error)
             VALUES ($1, $2, 'console', $3, '{}', 'en', 'UTC', 'pending', $4, $5, $6)",
        )
        .bind(id)
        .bind(format!("old-{id}"))
        .bind(destination)
        .bind(next)
        .bind(now)
        .bind((id == 3).then_some("expected value at line 1 column 1"))
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;
    let store = Store::connect_and_migrate(&db.url).await.unwrap();
    let claimed = store.claim_outbox("console", "me", now, 60_000, 10).await.unwrap();
    let recipients: Vec<Recipient> = claimed.iter().map(|r| r.message.recipient.clone()).collect();
    assert_eq!(recipients, [Recipient::Room("general".into()), Recipient::Direct("bob".into())]);
    assert!(claimed.iter().all(|r| r.trying_since == now));
    let (failed, _) = store.read().await.unwrap().failed_sends(None, 10).await.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!((failed[0].id, failed[0].failure, failed[0].failed_at), (3, Some(OutboxFailure::Unreadable), now));
});

both!(a_renewal_never_shortens_a_lease_held_by_a_reply_waiting_its_turn, |backend| async move {
    // An answer enqueued for its sender to send at once holds a long lease while earlier answers
    // of the same person go out; a pass renewing its own short leases must not cut it short, or
    // the outbox's sender would take it up out of its turn.
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let sink = ScriptedSink::new(h.clock.clone(), Answer::Accept);
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    let now = h.clock.now().timestamp_millis();
    let out = Outgoing {
        destination: room("general"),
        reply: Reply::public(Msg::new("reminder-fire").text("text", "waiting")),
        locale: "en".into(),
        zone: chrono_tz::Tz::UTC,
    };
    let message = quorum::scheduler::envelope(&out, "waiting").unwrap();
    let long = now + delivery.lease().num_milliseconds();
    let mut tx = h.engine.store.begin().await.unwrap();
    tx.enqueue_leased(&message, now, delivery.owner(), long).await.unwrap().expect("queued");
    tx.commit().await.unwrap();
    delivery.renew_leases().await.unwrap();
    assert_eq!(scalar(&h, "SELECT lease_until FROM outbox").await, Some(long), "the lease was cut short");
    // Later, while it still waits, renewing carries it on past its first end.
    h.clock.advance(Duration::seconds(55));
    delivery.renew_leases().await.unwrap();
    assert!(scalar(&h, "SELECT lease_until FROM outbox").await > Some(long), "the lease was not renewed");
    assert_eq!(delivery.deliver_due().await.unwrap(), 0, "the outbox's sender leaves it to its lane");
});
