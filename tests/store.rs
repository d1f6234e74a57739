//! Database behaviour behind the commands, on SQLite and PostgreSQL: refusals write nothing, the
//! audit chain detects tampering, jobs fire once under leases, the outbox retries until sent,
//! agenda numbers stay unique and gapless under concurrent changes, a command delivered again in
//! the same platform event runs and is answered once.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use common::{Backend, Harness, TestDb, at};
use quorum::core::actor::Platform;
use quorum::core::clock::{Clock, VirtualClock};
use quorum::core::command::{Category, CommandSpec, Param, ParamKind, Scope};
use quorum::core::effect::Effect;
use quorum::core::engine::{Ctx, Engine, EngineConfig, EventRef, Handled, Incoming, Outgoing};
use quorum::core::error::{CommandResult, UserError};
use quorum::core::grammar::FlagSpec;
use quorum::core::registry::Registry;
use quorum::core::reply::{Msg, Reply};
use quorum::features::reminders::REMINDER_JOB;
use quorum::scheduler::{Delivery, Scheduler, SchedulerConfig, SendError, Sink};
use quorum::store::{InboundState, JobKind, NewReminder, ReminderTarget};
use sqlx::{Connection, Row};

/// A platform that records what it was asked to send, and can be told to fail.
#[derive(Default)]
struct RecordingSink {
    sent: Mutex<HashMap<String, usize>>,
    failures_left: Mutex<usize>,
}

#[async_trait]
impl Sink for RecordingSink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, _message: &Outgoing, key: &str) -> Result<(), SendError> {
        let mut failures = self.failures_left.lock().unwrap();
        if *failures > 0 {
            *failures -= 1;
            return Err(SendError::temporary("platform unavailable"));
        }
        *self.sent.lock().unwrap().entry(key.to_owned()).or_default() += 1;
        Ok(())
    }
}

async fn setup_body(h: &Harness) {
    h.say("admin", "general", "!body create \"Business Constituency\" BC").await;
    h.say("admin", "general", "!body link BC").await;
    h.say("admin", "general", "!role grant @bob member").await;
    h.say("admin", "general", "!role grant @carol staff").await;
}

both!(refusals_write_nothing, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    let before = h.footprint().await;
    let long = "y".repeat(5000);
    for (user, line) in [
        ("bob", "!body create \"X\" X"),
        ("bob", "!role grant @dave member"),
        ("carol", "!role grant @dave admin"),
        ("bob", "!role revoke @carol staff"),
        ("admin", "!role revoke @dave exec"),
        ("admin", "!body create \"Dup\" bc"),
        ("admin", "!remind me at 2020-01-01 09:00 \"past\""),
        ("admin", "!remind me at 2027-03-28 02:30 Europe/Zurich \"gap\""),
        ("admin", &format!("!remind me in 1h \"{long}\"")),
        ("admin", "!remind me in 1h \"\u{202e}evil\""),
        ("admin", "!remind here --cron \"0 9 * * 8\" \"x\""),
        ("bob", "!reminder cancel 1"),
        ("admin", "!tz Nowhere/Land"),
        ("admin", "!lang klingon"),
        ("admin", "!audit verify extra"),
        ("admin", "!\u{200b}"),
        ("admin", "!remind me in 1h \"\u{200b}\u{200d}\""),
        ("admin", "!remind @nobody in 1h \"for a stranger\""),
        ("bob", "!remind here --cron \"* * * * *\" \"every minute\""),
        ("bob", "!body reminder-interval BC 1m"),
        ("carol", "!body reminder-interval BC 8d"),
    ] {
        let out = h.send(user, "general", line).await;
        assert!(out[0].reply.is_error, "{line} should be refused: {}", h.render(&out[0]));
    }
    assert_eq!(before, h.footprint().await, "a refused command changed something");
    let bob_before = h.say("bob", "general", "!remind here in 1h \"mine\"").await;
    assert!(bob_before.contains("#1"), "{bob_before}");
    let before_cancel = h.footprint().await;
    let out = h.send("dave", "general", "!reminder cancel 1").await;
    assert!(out[0].reply.is_error);
    // Dave has not spoken before: resolving him as the actor records him as a member, with his
    // platform identity, before the command is looked at. That record is all a refusal may leave.
    let expected: Vec<(String, i64)> = before_cancel
        .into_iter()
        .map(|(table, n)| {
            let n = if table == "members" || table == "identities" { n + 1 } else { n };
            (table, n)
        })
        .collect();
    assert_eq!(h.footprint().await, expected, "a refused cancel changed more than recording its new actor");
});

both!(audit_chain_detects_changed_and_deleted_rows, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    h.say("admin", "general", "!role grant @dave exec").await;
    let ok = h.say("carol", "general", "!audit verify").await;
    assert_eq!(ok, "The audit log is intact: 5 entries checked.");
    h.exec("UPDATE audit_log SET detail = 'member 9 admin' WHERE seq = 3").await;
    let broken = h.say("carol", "general", "!audit verify").await;
    assert_eq!(broken, "⚠ The audit log has been altered: the chain breaks at entry 3 (of 5).");

    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    h.exec("DELETE FROM audit_log WHERE seq = 2").await;
    let broken = h.say("admin", "general", "!audit verify").await;
    assert_eq!(broken, "⚠ The audit log has been altered: the chain breaks at entry 2 (of 3).");
});

/// `(body short name, action, detail)` of every audit entry, in order.
async fn audit_entries(h: &Harness) -> Vec<(Option<String>, String, String)> {
    let mut conn = sqlx::AnyConnection::connect(&common::normalize(&h.db.url)).await.expect("connect");
    let rows = sqlx::query(
        "SELECT b.short, a.action, a.detail FROM audit_log a LEFT JOIN bodies b ON b.id = a.body_id ORDER BY a.seq",
    )
    .fetch_all(&mut conn)
    .await
    .expect("audit entries");
    conn.close().await.ok();
    rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect()
}

both!(a_room_changes_body_only_by_staff_of_both_and_both_trails_record_it, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    h.say("admin", "general", "!body create \"Other Body\" OB").await;
    h.say("admin", "general", "!role grant @dave staff OB").await;
    let before = h.footprint().await;
    let refused = h.send("dave", "general", "!body link OB").await;
    assert!(refused[0].reply.is_error, "{}", h.render(&refused[0]));
    assert_eq!(
        h.render(&refused[0]),
        "⚠ This room is linked to **Business Constituency** (`BC`); only staff of `BC` can link it to another body."
    );
    assert_eq!(before, h.footprint().await, "a refused takeover changed something");
    let linked_again = h.say("carol", "general", "!body link BC").await;
    assert_eq!(linked_again, "This room is already linked to **Business Constituency** (`BC`).");
    assert_eq!(before, h.footprint().await, "linking a room to its own body again changed something");

    h.say("admin", "general", "!role grant @carol staff OB").await;
    let moved = h.say("carol", "general", "!body link OB").await;
    assert_eq!(
        moved,
        "This room is now linked to **Other Body** (`OB`), no longer to **Business Constituency** (`BC`)."
    );
    let entries = audit_entries(&h).await;
    assert_eq!(
        entries[entries.len() - 2..],
        [
            (Some("BC".to_owned()), "body.unlink".to_owned(), "console:general to OB".to_owned()),
            (Some("OB".to_owned()), "body.link".to_owned(), "console:general from BC".to_owned()),
        ]
    );
    // The room acts for its new body: its staff's commands there are of that body.
    assert_eq!(
        h.say("dave", "general", "!audit verify").await,
        format!("The audit log is intact: {} entries checked.", entries.len())
    );
});

/// Inserts `n` reminders for one member in one room, all due at `due`.
async fn seed_due_reminders(engine: &Engine, n: i64, due: &str) {
    let room = engine.resolve_actor(&Harness::user("admin"), &Harness::room("general")).await.unwrap();
    let due_ms = at(due).timestamp_millis();
    let mut tx = engine.store.begin().await.unwrap();
    for i in 0..n {
        let r = NewReminder {
            creator_id: room.member_id,
            target: ReminderTarget::Here,
            target_member_id: None,
            room_key: room.room_key,
            text: format!("job {i}"),
            zone: "UTC".into(),
            next_at: due_ms,
            next_local: "2026-01-01T00:00:00".into(),
            recurrence: None,
            repeat_label: None,
        };
        let id = tx.insert_reminder(&r, due_ms).await.unwrap();
        tx.schedule_job(REMINDER_JOB, id, due_ms, due_ms).await.unwrap();
    }
    tx.commit().await.unwrap();
}

both!(two_schedulers_fire_each_job_exactly_once, |backend| async move {
    let db = TestDb::new(backend).await;
    let clock = Arc::new(VirtualClock::new(Some(at("2026-11-23T12:00:00Z"))));
    let engine_a =
        Arc::new(Engine::new(db.store().await, clock.clone(), EngineConfig::default(), quorum::features::registry()));
    let engine_b =
        Arc::new(Engine::new(db.store().await, clock.clone(), EngineConfig::default(), quorum::features::registry()));
    let jobs = if backend == Backend::Postgres { 1000 } else { 200 };
    seed_due_reminders(&engine_a, jobs, "2026-11-23T11:59:00Z").await;
    let sink = Arc::new(RecordingSink::default());
    let config = SchedulerConfig { batch: 25, ..SchedulerConfig::default() };
    let (a, b) = (Scheduler::new(engine_a.clone(), config.clone()), Scheduler::new(engine_b.clone(), config));
    let (da, db_) = (Delivery::new(engine_a.clone(), sink.clone()), Delivery::new(engine_b.clone(), sink.clone()));
    let (fired_a, fired_b, _, _) = tokio::join!(a.run_due(), b.run_due(), da.deliver_due(), db_.deliver_due());
    let (fired_a, fired_b) = (fired_a.unwrap(), fired_b.unwrap());
    let (_, _) = tokio::join!(da.deliver_due(), db_.deliver_due());
    assert_eq!(fired_a + fired_b, jobs as usize, "a fired {fired_a}, b fired {fired_b}");
    let sent = sink.sent.lock().unwrap().clone();
    assert_eq!(sent.len(), jobs as usize);
    assert!(sent.values().all(|n| *n == 1), "a message was sent twice");
    assert_eq!(engine_a.store.count_jobs("done").await.unwrap(), jobs);
    assert_eq!(engine_a.store.count_jobs("pending").await.unwrap(), 0);
    assert_eq!(engine_a.store.count_outbox("sent").await.unwrap(), jobs);
});

both!(a_crashed_owner_lease_expires_and_the_job_fires_once, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    seed_due_reminders(&h.engine, 3, "2026-11-23T11:59:00Z").await;
    // A process claims the jobs and dies before firing them.
    let claimed =
        h.engine.store.claim_due_jobs("dead-process", h.clock.now().timestamp_millis(), 60_000, 10).await.unwrap();
    assert_eq!(claimed.len(), 3);
    let scheduler = Scheduler::new(h.engine.clone(), SchedulerConfig::default());
    assert_eq!(scheduler.run_due().await.unwrap(), 0, "leased jobs must not fire twice");
    h.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(scheduler.run_due().await.unwrap(), 3);
    assert_eq!(scheduler.run_due().await.unwrap(), 0);
    // The dead process's late completion is refused.
    let mut tx = h.engine.store.begin().await.unwrap();
    assert!(!tx.finish_job(claimed[0].id, "dead-process", "done", 0).await.unwrap());
    tx.rollback().await.unwrap();
});

both!(outbox_retries_until_sent_and_never_repeats, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    seed_due_reminders(&h.engine, 2, "2026-11-23T11:59:00Z").await;
    let scheduler = Scheduler::new(h.engine.clone(), SchedulerConfig::default());
    scheduler.run_due().await.unwrap();
    let sink = Arc::new(RecordingSink { failures_left: Mutex::new(3), ..Default::default() });
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    assert_eq!(delivery.deliver_due().await.unwrap(), 0);
    assert_eq!(h.engine.store.count_outbox("pending").await.unwrap(), 2);
    // Back-off: nothing is retried before its time.
    assert_eq!(delivery.deliver_due().await.unwrap(), 0);
    for _ in 0..4 {
        h.clock.advance(chrono::Duration::seconds(30));
        delivery.deliver_due().await.unwrap();
    }
    assert_eq!(h.engine.store.count_outbox("sent").await.unwrap(), 2);
    h.clock.advance(chrono::Duration::hours(1));
    assert_eq!(delivery.deliver_due().await.unwrap(), 0);
    assert!(sink.sent.lock().unwrap().values().all(|n| *n == 1));
    assert_eq!(sink.sent.lock().unwrap().len(), 2);
});

both!(messages_waiting_on_an_unreachable_platform_go_as_soon_as_it_answers, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    seed_due_reminders(&h.engine, 5, "2026-11-23T11:59:00Z").await;
    Scheduler::new(h.engine.clone(), SchedulerConfig::default()).run_due().await.unwrap();
    let sink = Arc::new(RecordingSink { failures_left: Mutex::new(usize::MAX), ..Default::default() });
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    // Down for five minutes: each message is tried when its back-off says, and waits longer each time.
    for _ in 0..300 {
        assert_eq!(delivery.deliver_due().await.unwrap(), 0);
        h.clock.advance(chrono::Duration::seconds(1));
    }
    *sink.failures_left.lock().unwrap() = 0;
    // The platform is tried at least every 30 s; once it answers, everything waiting goes at once,
    // not each message when its own back-off ends.
    for waited in 0..=30 {
        let now = h.clock.now().timestamp_millis();
        let waiting = h.count(&format!("outbox WHERE state = 'pending' AND next_attempt_at > {now}")).await;
        let sent = delivery.deliver_due().await.unwrap();
        if sent > 0 {
            assert_eq!(sent, 5, "after {waited} s");
            assert!(waiting >= 2, "only {waiting} were waiting on their back-off");
            break;
        }
        assert!(waited < 30, "not tried within 30 s");
        h.clock.advance(chrono::Duration::seconds(1));
    }
    assert_eq!(h.engine.store.count_outbox("pending").await.unwrap(), 0);
    assert!(sink.sent.lock().unwrap().values().all(|n| *n == 1));
});

both!(late_jobs_are_reported_missed_not_dropped, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    h.say("admin", "general", "!remind me in 1h \"on time\"").await;
    h.say("admin", "general", "!remind me in 2h \"late\"").await;
    let scheduler = Scheduler::new(h.engine.clone(), SchedulerConfig::default());
    h.clock.set(at("2026-11-23T13:05:00Z"));
    scheduler.run_due().await.unwrap();
    // Quorum was down from 13:05 to 14:30: the 14:00 reminder is 30 minutes late, past the grace.
    h.clock.set(at("2026-11-23T14:30:00Z"));
    scheduler.run_due().await.unwrap();
    assert_eq!(h.engine.store.count_jobs("done").await.unwrap(), 1);
    assert_eq!(h.engine.store.count_jobs("missed").await.unwrap(), 1);
    let sink = Arc::new(RecordingSink::default());
    let delivery = Delivery::new(h.engine.clone(), sink.clone());
    assert_eq!(delivery.deliver_due().await.unwrap(), 2);
});

both!(health_figures_count_due_jobs_and_the_outbox_of_every_platform, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let now = h.clock.now().timestamp_millis();
    let mut tx = h.engine.store.begin().await.unwrap();
    for (n, due) in [(1, now - 120_000), (2, now - 30_000), (3, now), (4, now + 60_000)] {
        tx.schedule_job(REMINDER_JOB, n, due, now).await.unwrap();
    }
    for (n, platform, created) in [(1, "matrix", now - 90_000), (2, "discord", now - 10_000), (3, "console", now)] {
        let message = quorum::store::OutboxMessage {
            idem_key: format!("health-{n}"),
            platform: platform.into(),
            recipient: quorum::store::Recipient::Room(format!("room-{n}")),
            destination: "{}".into(),
            payload: "{}".into(),
            locale: "en".into(),
            zone: "UTC".into(),
            secret: false,
        };
        tx.enqueue(&message, created, created).await.unwrap();
    }
    tx.commit().await.unwrap();
    h.exec("UPDATE outbox SET state = 'failed' WHERE idem_key = 'health-3'").await;
    h.exec("UPDATE jobs SET state = 'done' WHERE ref_id = 2").await;

    let jobs = h.engine.store.jobs_health(now, now - 60_000).await.unwrap();
    assert_eq!(jobs, quorum::store::JobsHealth { due: 2, overdue: 1, oldest_due_at: Some(now - 120_000) });
    let platforms = Platform::ALL.map(Platform::as_str);
    let outbox = h.engine.store.outbox_health(now, &platforms).await.unwrap();
    assert_eq!(outbox, quorum::store::OutboxHealth { pending: 2, oldest_pending_age_ms: Some(90_000), failed: 1 });
    let quiet = h.engine.store.jobs_health(now - 600_000, now - 660_000).await.unwrap();
    assert_eq!(quiet, quorum::store::JobsHealth { due: 0, overdue: 0, oldest_due_at: None });
});

both!(reminder_cancel_permissions, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    assert!(h.say("bob", "general", "!remind here in 1h \"room\"").await.contains("#1"));
    assert!(h.say("bob", "general", "!remind me in 1h \"private\"").await.contains("#2"));
    // Dave is reminded once Quorum knows him: he has written to it.
    h.say("dave", "general", "!whoami").await;
    assert!(h.say("bob", "general", "!remind @dave in 1h \"for dave\"").await.contains("#3"));
    // Someone else's private reminder does not exist for others, staff included.
    assert_eq!(h.say("carol", "general", "!reminder cancel 2").await, "⚠ Reminder `#2` was not found.");
    // A room reminder: members cannot cancel another's, staff can.
    assert_eq!(h.say("dave", "general", "!reminder cancel 1").await, "⚠ This needs the role `staff` in `BC`.");
    assert_eq!(h.say("carol", "general", "!reminder cancel 1").await, "Reminder #1 cancelled.");
    // The person reminded may cancel it.
    assert_eq!(h.say("dave", "general", "!reminder cancel 3").await, "Reminder #3 cancelled.");
    assert_eq!(h.engine.store.count_jobs("cancelled").await.unwrap(), 2);
});

both!(concurrent_agenda_changes_keep_numbers_unique_and_gapless, |backend| async move {
    let h = Arc::new(Harness::new(backend, "2026-11-23T12:00:00Z").await);
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    h.say("bob", "general", "!meeting schedule \"Call\" 2026-12-03 09:00 UTC --remind none").await;
    let adds: Vec<_> = (1..=12)
        .map(|n| {
            let h = h.clone();
            tokio::spawn(async move { h.say("bob", "general", &format!("!agenda add #1 \"Point {n}\"")).await })
        })
        .collect();
    for add in adds {
        let reply = add.await.unwrap();
        assert!(reply.starts_with("Item "), "{reply}");
    }
    let removes: Vec<_> = (0..4)
        .map(|_| {
            let h = h.clone();
            tokio::spawn(async move { h.say("carol", "general", "!agenda remove #1 1").await })
        })
        .collect();
    for remove in removes {
        let reply = remove.await.unwrap();
        assert!(reply.starts_with("Item 1 "), "{reply}");
    }
    let shown = h.say("bob", "general", "!agenda show #1").await;
    let numbers: Vec<String> =
        shown.lines().skip(1).map(|l| l.trim_start_matches("• ").split('.').next().unwrap().to_owned()).collect();
    let expected: Vec<String> = (1..=8).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected, "{shown}");
    let texts: std::collections::HashSet<&str> = shown.lines().skip(1).map(|l| l.split(". ").nth(1).unwrap()).collect();
    assert_eq!(texts.len(), 8, "each remaining item once: {shown}");
});

both!(reaction_choices_map_a_message_s_emoji_to_commands, |backend| async move {
    use quorum::core::platform::MessageAnswer;
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let choices: Vec<(String, String)> = [("✅", "meeting rsvp #1 yes"), ("❌", "meeting rsvp #1 no")]
        .iter()
        .map(|(e, c)| ((*e).to_owned(), (*c).to_owned()))
        .collect();
    let (room, message) = ("!room:hs", "$event");
    h.engine.remember_reaction_choices(Platform::Matrix, room, message, &choices).await.unwrap();
    // A retried send remembers them again: nothing changes.
    h.engine.remember_reaction_choices(Platform::Matrix, room, message, &choices).await.unwrap();
    assert_eq!(h.count("reaction_choices").await, 2);
    let answer = |platform, room: &'static str, message: &'static str, key: &'static str| {
        let engine = h.engine.clone();
        async move { engine.answer_command(platform, room, message, MessageAnswer::Reaction(key)).await.unwrap() }
    };
    assert_eq!(answer(Platform::Matrix, room, message, "✅").await.as_deref(), Some("meeting rsvp #1 yes"));
    assert_eq!(answer(Platform::Matrix, room, message, "❌\u{FE0F}").await.as_deref(), Some("meeting rsvp #1 no"));
    assert_eq!(answer(Platform::Matrix, room, message, "👍").await, None, "not one of its choices");
    assert_eq!(answer(Platform::Matrix, room, "$other", "✅").await, None, "another message");
    assert_eq!(answer(Platform::Matrix, "!elsewhere:hs", message, "✅").await, None, "another room");
    assert_eq!(answer(Platform::Discord, room, message, "✅").await, None, "another platform");
    // A poll answer to a message that is no poll runs nothing either.
    let picked = ["1".to_owned()];
    let poll = h.engine.answer_command(Platform::Matrix, room, message, MessageAnswer::Poll(&picked)).await.unwrap();
    assert_eq!(poll, None);
});

fn event(id: &str, sent: &str) -> EventRef {
    EventRef { id: id.into(), sent_at: at(sent) }
}

fn incoming(user: &str, text: &str) -> Incoming {
    Incoming {
        user: Harness::user(user),
        room: Harness::room("general"),
        text: text.into(),
        platform_role: None,
        plain: false,
        confidential: false,
    }
}

const LEASE: chrono::Duration = chrono::Duration::seconds(60);

/// The replies of a command handled for the first time.
fn replies(handled: Handled) -> Vec<(Outgoing, quorum::store::OutboxRow)> {
    match handled {
        Handled::Replies(replies) => replies,
        Handled::Duplicate => panic!("handled as a duplicate"),
    }
}

both!(an_event_is_handled_once, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let once = event("$one", "2026-11-23T11:59:58Z");
    let first = h.engine.handle_event(incoming("bob", "remind me in 1h \"once\""), &once, "me", LEASE).await.unwrap();
    let first = replies(first);
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].1.message.idem_key, "reply-$one-0");
    assert!(h.render(&first[0].0).contains("Reminder #1"), "{}", h.render(&first[0].0));
    // The platform delivers the same event again: nothing runs, nothing more is enqueued.
    let again = h.engine.handle_event(incoming("bob", "remind me in 1h \"once\""), &once, "me", LEASE).await.unwrap();
    assert!(matches!(again, Handled::Duplicate));
    assert_eq!(h.count("reminders").await, 1);
    assert_eq!(h.count("outbox").await, 1);
    assert_eq!(h.engine.store.inbound_state("console", "$one").await.unwrap(), Some(InboundState::Answered));
});

both!(a_command_that_took_effect_is_not_run_again, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    // A transaction on the store a command runs on records that the command took effect.
    let marked = h.engine.store.marking("console", "$two", 0);
    marked.begin().await.unwrap().commit().await.unwrap();
    assert_eq!(h.engine.store.inbound_state("console", "$two").await.unwrap(), Some(InboundState::Effected));
    // As after a crash between the command's commit and its answer: delivered again, the command
    // is not run a second time, and its sender learns it was carried out.
    let two = event("$two", "2026-11-23T11:59:58Z");
    let handled =
        h.engine.handle_event(incoming("bob", "remind me in 1h \"twice?\""), &two, "me", LEASE).await.unwrap();
    let handled = replies(handled);
    let text = h.render(&handled[0].0);
    assert!(text.contains("was carried out"), "{text}");
    assert_eq!(h.count("reminders").await, 0);
    assert_eq!(h.engine.store.inbound_state("console", "$two").await.unwrap(), Some(InboundState::Answered));
});

both!(a_command_too_old_is_not_run, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    // Sent 16 minutes ago, while Quorum was down: past the default 15 minutes.
    let old = event("$old", "2026-11-23T11:44:00Z");
    let handled = h.engine.handle_event(incoming("bob", "remind me in 1h \"late\""), &old, "me", LEASE).await.unwrap();
    let handled = replies(handled);
    let text = h.render(&handled[0].0);
    assert!(text.contains("remind") && text.contains("was not run") && text.contains("15m"), "{text}");
    assert_eq!(h.count("reminders").await, 0);
    // Told once: a second delivery is a duplicate.
    let again = h.engine.handle_event(incoming("bob", "remind me in 1h \"late\""), &old, "me", LEASE).await.unwrap();
    assert!(matches!(again, Handled::Duplicate));
    // Just inside the limit, the command runs.
    let young = event("$young", "2026-11-23T11:45:01Z");
    let handled =
        h.engine.handle_event(incoming("bob", "remind me in 1h \"in time\""), &young, "me", LEASE).await.unwrap();
    assert!(h.render(&replies(handled)[0].0).contains("Reminder #1"));
});

fn chat(user: &str, text: &str) -> Incoming {
    Incoming { plain: true, ..incoming(user, text) }
}

/// The lines of a meeting's log: text, and whether it was chat.
async fn log_of(h: &Harness, id: i64) -> Vec<(String, bool)> {
    let mut tx = h.engine.store.begin().await.unwrap();
    let log = tx.minutes_log(id).await.unwrap();
    tx.commit().await.unwrap();
    log.into_iter().map(|l| (l.text, l.chat)).collect()
}

both!(room_chat_is_never_answered_and_kept_only_while_a_meeting_is_minuted, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    h.send("alice", "general", "!tz").await;
    // Nobody listens: nothing is written, not even the event or its writer, and nothing answers.
    let before = h.footprint().await;
    let handle = |incoming: Incoming, id: &'static str, sent: &'static str| {
        let engine = h.engine.clone();
        async move { replies(engine.handle_event(incoming, &event(id, sent), "me", LEASE).await.unwrap()) }
    };
    assert!(handle(chat("bob", "hello"), "$c1", "2026-11-23T11:59:59Z").await.is_empty());
    let old = handle(chat("bob", "an old line"), "$c2", "2026-11-23T10:00:00Z").await;
    assert!(old.is_empty(), "chat is not a command too old to run");
    assert_eq!(before, h.footprint().await, "chat in a room nobody listens to left a trace");

    assert_eq!(handle(incoming("alice", "startmeeting"), "$s", "2026-11-23T12:00:00Z").await.len(), 1);
    let said = event("$c3", "2026-11-23T11:59:59Z");
    assert!(replies(h.engine.handle_event(chat("bob", "  Hello 👋 "), &said, "me", LEASE).await.unwrap()).is_empty());
    // Delivered again, it is not written twice; a late line is still written, and not answered.
    let again = h.engine.handle_event(chat("bob", "  Hello 👋 "), &said, "me", LEASE).await.unwrap();
    assert!(matches!(again, Handled::Duplicate));
    assert!(handle(chat("carol", "مرحبا"), "$c4", "2026-11-23T11:00:00Z").await.is_empty());
    assert_eq!(
        log_of(&h, 1).await,
        [("startmeeting".to_owned(), false), ("Hello 👋".to_owned(), true), ("مرحبا".to_owned(), true)]
    );
    // A direct room's plain message is still a conversation's, never a meeting's.
    let direct = Incoming { room: Harness::room("dm:bob"), ..chat("bob", "hi") };
    assert!(handle(direct, "$d", "2026-11-23T12:00:00Z").await.is_empty());
    assert_eq!(log_of(&h, 1).await.len(), 3);
});

both!(a_new_member_s_first_two_commands_at_once_make_one_member, |backend| async move {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let mut first = store.begin().await.unwrap();
    let made = first.member_for_identity("discord", "42", "Ada", 0).await.unwrap();
    // The second transaction starts while the first has made the member but not committed it.
    let second = tokio::spawn({
        let store = store.clone();
        async move {
            let mut tx = store.begin().await.unwrap();
            let member = tx.member_for_identity("discord", "42", "Ada", 0).await.unwrap();
            tx.commit().await.unwrap();
            member
        }
    });
    // Time for it to reach its insert, which waits on the first's (PostgreSQL; SQLite makes it
    // wait at its start). Were it slower, the test would pass without the conflict, not fail.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    first.commit().await.unwrap();
    assert_eq!(second.await.unwrap().id, made.id, "one member for one person");
    let mut read = store.read().await.unwrap();
    assert_eq!(read.find_identity("discord", "42").await.unwrap().map(|m| m.id), Some(made.id));
});

both!(a_job_nobody_handles_is_failed_with_its_reason, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    seed_due_reminders(&h.engine, 1, "2026-11-23T11:59:00Z").await;
    let now_ms = at("2026-11-23T11:59:00Z").timestamp_millis();
    let mut tx = h.engine.store.begin().await.unwrap();
    tx.schedule_job(JobKind("retired-kind"), 7, now_ms, now_ms).await.unwrap();
    tx.commit().await.unwrap();
    let scheduler = Scheduler::new(h.engine.clone(), SchedulerConfig::default());
    scheduler.run_due().await.unwrap();
    assert_eq!(h.engine.store.count_jobs("done").await.unwrap(), 1, "the reminder fires");
    assert_eq!(h.engine.store.count_jobs("failed").await.unwrap(), 1);
    assert_eq!(h.engine.store.count_jobs("pending").await.unwrap(), 0);
    let reason = "jobs WHERE kind = 'retired-kind' AND failure = 'no handler for job kind `retired-kind`'";
    assert_eq!(h.count(reason).await, 1, "the failed job says why");
    // Failed is final: a later pass leaves it alone.
    assert_eq!(scheduler.run_due().await.unwrap(), 0);
});

/// A command of its own for the registry test: makes a body, asks for an effect, and fails
/// after its commit when told to.
#[derive(Debug, Clone)]
struct MakeBody {
    short: String,
    fail: bool,
}

/// What the effects saw when they ran: the body's short name, and whether it was committed.
static EFFECTS_SEEN: Mutex<Vec<(String, bool)>> = Mutex::new(Vec::new());

struct AnnounceBody(String);

#[async_trait]
impl Effect for AnnounceBody {
    fn name(&self) -> &'static str {
        "announce a body"
    }

    async fn run(self: Box<Self>, engine: &Engine) -> anyhow::Result<()> {
        let committed = engine.store.read().await?.body_by_short(&self.0).await?.is_some();
        EFFECTS_SEEN.lock().unwrap().push((self.0, committed));
        Ok(())
    }
}

async fn make_body(ctx: &Ctx<'_>, cmd: MakeBody) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    tx.create_body(&cmd.short, &cmd.short, ctx.now_ms()).await?;
    ctx.after_commit(AnnounceBody(cmd.short.clone()));
    tx.commit().await?;
    if cmd.fail {
        return Err(UserError::Refused(Msg::new("err-internal")).into());
    }
    Ok(Reply::public(Msg::new("err-internal")))
}

quorum::runs! { MakeBody => make_body }

static MAKE_BODY: &[CommandSpec] = &[CommandSpec {
    name: "make body",
    aliases: &[],
    category: Category("category-bodies"),
    role: None,
    scope: Scope::Global,
    usage: "make body SHORT [--fail]",
    params: &[Param { name: "short", kind: ParamKind::Word, required: true, shown: None }],
    flags: &[FlagSpec { name: "fail", takes_value: false }],
    examples: &["make body XY"],
    parse: |args| Ok(Box::new(MakeBody { short: args.word("short")?, fail: args.switch("fail") })),
    complete: None,
}];

both!(effects_run_after_the_commit_and_never_for_a_failed_command, |backend| async move {
    let mut registry = Registry::default();
    registry.commands(MAKE_BODY);
    let registry: &'static Registry = Box::leak(Box::new(registry));
    let db = TestDb::new(backend).await;
    let clock = Arc::new(VirtualClock::new(Some(at("2026-11-23T12:00:00Z"))));
    let engine = Engine::new(db.store().await, clock, EngineConfig::default(), registry);
    let (ok, failed) = match backend {
        Backend::Sqlite => ("SQ1", "SQ2"),
        Backend::Postgres => ("PG1", "PG2"),
    };
    for (short, flag) in [(ok, ""), (failed, " --fail")] {
        let incoming = Incoming {
            user: Harness::user("admin"),
            room: Harness::room("general"),
            text: format!("make body {short}{flag}"),
            platform_role: None,
            plain: false,
            confidential: false,
        };
        engine.handle(incoming).await.unwrap();
    }
    let seen = EFFECTS_SEEN.lock().unwrap().clone();
    assert!(seen.contains(&(ok.to_owned(), true)), "the effect ran, after the commit: {seen:?}");
    assert!(!seen.iter().any(|(short, _)| short == failed), "a failed command's effect ran: {seen:?}");
});

/// A CSV file of 5,000 member lines, and the lines (1-based, as a text editor counts them) of the
/// ones made bad: every fifth line of its notes runs over two lines, so a record's line is not
/// its row number.
fn members_csv(bad_rows: &[usize]) -> (String, Vec<u64>) {
    let mut text = String::from("\u{FEFF}name;kind;group;country;languages;gender;status;joined;renewal;notes\n");
    let mut line = 2u64;
    let mut bad_lines = Vec::new();
    let faults = [
        "Bad Country;person;Civil society;XX;en;;active;2026-01-01;2027-01-01;",
        "Bad Date;person;Civil society;FR;en;;active;2026-13-01;2027-01-01;",
        ";person;Civil society;FR;en;;active;2026-01-01;2027-01-01;",
        "Too Many;person;Civil society;FR;en;;active;2026-01-01;2027-01-01;;extra",
        "Bad Gender;person;Civil society;FR;en;robot;active;2026-01-01;2027-01-01;",
        "Bad Status;person;Civil society;FR;en;;sleeping;2026-01-01;2027-01-01;",
        "Zero\u{200B}Width;person;Civil society;FR;en;;active;2026-01-01;2027-01-01;",
        "Override;person;Civil \u{202E}society;FR;en;;active;2026-01-01;2027-01-01;",
        "Bad Kind;robot;Civil society;FR;en;;active;2026-01-01;2027-01-01;",
        "Bad Languages;person;Civil society;FR;english;;active;2026-01-01;2027-01-01;",
    ];
    let long_name = "x".repeat(200);
    for row in 0..5000usize {
        let (record, lines) = if let Some(k) = bad_rows.iter().position(|r| *r == row) {
            bad_lines.push(line);
            if k == faults.len() {
                (format!("{long_name};person;;FR;;;active;;;"), 1)
            } else {
                (faults[k % faults.len()].to_owned(), 1)
            }
        } else if row % 5 == 0 {
            let country = ["FR", "KE", "BR", "JP", "FJ"][row % 25 / 5];
            (
                format!(
                    "Member {row};person;Group {};{country};en,fr;woman;active;2026-01-01;2027-06-30;\"two\nlines\"",
                    row % 7
                ),
                2,
            )
        } else {
            (format!("Member {row};person;Group {};DE;es;;active;2026-01-01;;", row % 7), 1)
        };
        text.push_str(&record);
        text.push('\n');
        line += lines;
    }
    (text, bad_lines)
}

both!(a_csv_import_with_bad_lines_names_each_and_writes_nothing, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    let dir = tempfile::tempdir().unwrap();
    let bad_rows: Vec<usize> = (0..20).map(|i| 17 + i * 249).collect();
    let (text, bad_lines) = members_csv(&bad_rows);
    let path = dir.path().join("members.csv");
    std::fs::write(&path, text).unwrap();
    let before = h.footprint().await;
    for line in [format!("!member import {}", path.display()), format!("!member import {} --commit", path.display())] {
        let reply = h.say("carol", "general", &line).await;
        assert!(reply.contains("20 bad lines of 5000; nothing was written"), "{reply}");
        for bad in &bad_lines {
            assert!(reply.contains(&format!("• Line {bad}: ")), "line {bad} not named in {reply}");
        }
        assert_eq!(reply.matches("• Line ").count(), 20, "{reply}");
        assert!(reply.contains("column `country`: “XX” is not valid"), "{reply}");
        assert!(
            reply.contains("11 cells expected, 12 found") || reply.contains("10 cells expected, 11 found"),
            "{reply}"
        );
        assert!(reply.contains("`name` is too long"), "{reply}");
        assert!(reply.contains("`name` contains invisible or control characters"), "{reply}");
    }
    assert_eq!(h.footprint().await, before, "a refused import wrote something");
    assert_eq!(h.count("member_records").await, 0);
});

both!(a_clean_csv_import_writes_every_line_at_once, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    setup_body(&h).await;
    let dir = tempfile::tempdir().unwrap();
    let (text, _) = members_csv(&[]);
    let path = dir.path().join("members.csv");
    std::fs::write(&path, text).unwrap();
    let before = h.footprint().await;
    let dry = h.say("carol", "general", &format!("!member import {}", path.display())).await;
    assert!(dry.contains("All 5000 lines are correct. Nothing is written yet"), "{dry}");
    assert_eq!(h.footprint().await, before, "a dry run wrote something");
    let done = h.say("carol", "general", &format!("!member import {} --commit", path.display())).await;
    assert!(done.contains("Imported 5000 member records into `BC`"), "{done}");
    assert_eq!(h.count("member_records").await, 5000);
    // Every record with a renewal date has its status check; one audit entry says what came in.
    assert_eq!(h.count("jobs WHERE kind = 'member-status' AND state = 'pending'").await, 1000);
    let stats = h.say("bob", "general", "!member stats").await;
    assert!(stats.contains("5000 members in good standing"), "{stats}");
    let export = h.send("carol", "general", "!member export").await;
    let file = export[0].reply.blocks.iter().find_map(|b| match b {
        quorum::core::reply::Block::File(f) => Some(f.clone()),
        _ => None,
    });
    let file = file.expect("an export is a file");
    assert_eq!(file.mime, "text/csv");
    assert_eq!(quorum::features::members::parse_csv(&file.content, 1, "2026-12-01").unwrap().records.len(), 5000);
});

// A transaction given up unfinished (a command's error, or its future dropped mid-statement)
// leaves nothing behind, and the connection it held serves the next command as if it never ran.
both!(an_unfinished_transaction_is_rolled_back_before_the_next_use, |backend| async move {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let mut tx = store.begin().await.unwrap();
    assert!(tx.create_body("Dropped", "DROPPED", 0).await.unwrap().is_some());
    drop(tx);
    // Cancelled while its statements wait on the database.
    for _ in 0..20 {
        let _ = tokio::time::timeout(std::time::Duration::ZERO, async {
            let mut tx = store.begin().await?;
            tx.create_body("Cancelled", "CANCELLED", 0).await?;
            tx.commit().await
        })
        .await;
    }
    let mut tx = store.begin().await.unwrap();
    assert!(tx.create_body("Kept", "KEPT", 0).await.unwrap().is_some());
    tx.commit().await.unwrap();
    let mut read = store.read().await.unwrap();
    assert!(read.body_by_short("DROPPED").await.unwrap().is_none());
    assert!(read.body_by_short("KEPT").await.unwrap().is_some());
    drop(read);
    // Nothing is left open on the connection: a second store on the same database can write.
    let other = db.store().await;
    let mut tx = other.begin().await.unwrap();
    assert!(tx.create_body("Other", "OTHER", 0).await.unwrap().is_some());
    tx.commit().await.unwrap();
});
