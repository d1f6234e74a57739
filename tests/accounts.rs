//! Linked accounts across platforms, on SQLite and PostgreSQL: a one-time code joins an account on
//! another platform into the member who asked for it, moving everything the other member held
//! (no row anywhere names it afterwards); codes expire, work once and lock after 5 wrong tries;
//! `account unlink` splits an account off again. The console has one platform, so these tests build
//! Matrix and Discord users themselves; the console's own paths are in `tests/console/accounts.txt`.

mod common;

use std::collections::BTreeSet;

use common::{Harness, normalize};
use quorum::core::actor::Platform;
use quorum::core::engine::Outgoing;
use quorum::core::reply::Arg;
use quorum::store::{Carry, MEMBER_REFERENCES};
use sqlx::Connection;

/// The message key of the first reply's first message.
fn key(out: &[Outgoing]) -> String {
    out[0].reply.messages().next().expect("a message").key.clone()
}

/// The code a `account link` reply gives.
fn code_of(out: &[Outgoing]) -> String {
    out[0]
        .reply
        .messages()
        .flat_map(|m| &m.args)
        .find_map(|(name, arg)| match (name.as_str(), arg) {
            ("code", Arg::Code(code)) => Some(code.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no code in {:?}", out[0].reply))
}

async fn scalar(h: &Harness, sql: &str) -> i64 {
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.expect("connect");
    let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&mut conn).await.expect("query");
    conn.close().await.ok();
    n
}

async fn member_of(h: &Harness, platform: Platform, id: &str) -> i64 {
    scalar(h, &format!("SELECT member_id FROM identities WHERE platform = '{platform}' AND user_id = '{id}'")).await
}

/// `(table, column)` of every foreign key to `members (id)` in the migrated schema.
async fn member_foreign_keys(h: &Harness) -> BTreeSet<(String, String)> {
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.expect("connect");
    let mut keys = BTreeSet::new();
    if conn.backend_name() == "SQLite" {
        for table in common::tables(&mut conn).await {
            let rows: Vec<(String, String)> =
                sqlx::query_as(r#"SELECT "from", "table" FROM pragma_foreign_key_list(?)"#)
                    .bind(&table)
                    .fetch_all(&mut conn)
                    .await
                    .expect("foreign keys");
            keys.extend(rows.into_iter().filter(|(_, to)| to == "members").map(|(from, _)| (table.clone(), from)));
        }
    } else {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT kcu.table_name::text, kcu.column_name::text
             FROM information_schema.table_constraints tc
             JOIN information_schema.key_column_usage kcu
               ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
             JOIN information_schema.constraint_column_usage ccu
               ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
             WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()
               AND ccu.table_name = 'members'",
        )
        .fetch_all(&mut conn)
        .await
        .expect("foreign keys");
        keys.extend(rows);
    }
    conn.close().await.ok();
    keys
}

/// How many rows of the whole schema name member `id`, per `table.column`, found from the schema's
/// foreign keys (so a table added later is looked at too).
async fn rows_naming(h: &Harness, id: i64) -> Vec<(String, i64)> {
    let mut found = Vec::new();
    for (table, column) in member_foreign_keys(h).await {
        let n = scalar(h, &format!("SELECT COUNT(*) FROM {table} WHERE {column} = {id}")).await;
        if n > 0 {
            found.push((format!("{table}.{column}"), n));
        }
    }
    found
}

async fn body_with_bob(h: &Harness) {
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    h.say("admin", "general", "!body create \"Business Constituency\" BC").await;
    h.say("admin", "general", "!body link BC").await;
    h.say("admin", "general", "!role grant @bob member").await;
}

both!(member_references_name_every_foreign_key_to_members, |backend| async move {
    let h = Harness::new(backend, "2026-11-23T12:00:00Z").await;
    let schema = member_foreign_keys(&h).await;
    let listed: BTreeSet<(String, String)> =
        MEMBER_REFERENCES.iter().map(|(t, c, _)| ((*t).to_owned(), (*c).to_owned())).collect();
    assert_eq!(
        schema, listed,
        "every column that references members must be in store::MEMBER_REFERENCES, with how a merge carries it"
    );
});

both!(a_code_from_another_platform_merges_everything_into_the_member_who_asked, |backend| async move {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    body_with_bob(&h).await;
    h.say("admin", "general", "!meeting schedule \"Budget\" 2026-12-02 10:00 Europe/Zurich").await;
    h.say("bob", "general", "!meeting rsvp #1 no").await;
    h.say("bob", "general", "!tz Asia/Tokyo").await;
    let bob = member_of(&h, Platform::Console, "bob").await;
    // Bob on Matrix is another member so far, with records of his own.
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, "lang fr").await;
    assert_eq!(key(&out), "lang-set");
    let mx = member_of(&h, Platform::Matrix, "@bob:example.org").await;
    assert_ne!(bob, mx);
    let occ = "2026-12-02T10:00";
    let general = scalar(&h, "SELECT id FROM rooms WHERE room_id = 'general'").await;
    for sql in [
        // The same role as console Bob (kept once) and one he lacks (moves).
        format!("INSERT INTO role_grants (body_id, member_id, role, granted_at) VALUES (1, {mx}, 'member', 1)"),
        format!("INSERT INTO role_grants (body_id, member_id, role, granted_at) VALUES (1, {mx}, 'exec', 1)"),
        format!(
            "INSERT INTO reminders (creator_id, target, target_member_id, room_id, text, zone, next_at, next_local, status, created_at)
             VALUES ({mx}, 'member', {mx}, {general}, 'mine', 'UTC', 1800000000000, '2027-01-15T08:00:00', 'active', 1)"
        ),
        format!("UPDATE meetings SET creator_id = {mx} WHERE id = 1"),
        // An answer to the same occurrence as console Bob's (his stays) and to another (moves).
        format!(
            "INSERT INTO meeting_rsvps (meeting_id, occurrence, member_id, answer, answered_at) VALUES (1, '{occ}', {mx}, 'yes', 1)"
        ),
        format!(
            "INSERT INTO meeting_rsvps (meeting_id, occurrence, member_id, answer, answered_at) VALUES (1, '2026-12-09T10:00', {mx}, 'yes', 1)"
        ),
        format!(
            "INSERT INTO agenda_items (meeting_id, occurrence, position, text, author_id, created_at) VALUES (1, '{occ}', 1, 'Accounts', {mx}, 1)"
        ),
        format!("INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at) VALUES (1, '{occ}', {mx}, 1)"),
        format!(
            "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at) VALUES (1, '{occ}', {mx}, 1, 1)"
        ),
        format!(
            "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at) VALUES (1, '{occ}', {bob}, 0, 1)"
        ),
        format!("INSERT INTO speaking_queue (room_id, member_id, remote, raised_at) VALUES ({general}, {mx}, 0, 1)"),
        format!(
            "INSERT INTO meeting_dm_reminders (member_id, scope, scope_id, platform, created_at) VALUES ({mx}, 'body', 1, 'matrix', 1)"
        ),
        format!("UPDATE members SET is_admin = 1 WHERE id = {mx}"),
    ] {
        h.exec(&sql).await;
    }
    // Matrix Bob asked for a code of his own: it goes with his member.
    let mx_code = code_of(&h.send_on(Platform::Matrix, "@bob:example.org", None, "account link").await);
    let before: i64 = rows_naming(&h, mx).await.iter().map(|(_, n)| n).sum();
    assert!(before >= 14, "{:?}", rows_naming(&h, mx).await);

    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let stored = scalar(&h, "SELECT COUNT(*) FROM account_link_codes").await;
    assert_eq!(stored, 2);
    let plain = scalar(&h, &format!("SELECT COUNT(*) FROM account_link_codes WHERE code_hash LIKE '%{code}%'")).await;
    assert_eq!(plain, 0, "the code itself is never stored");

    // Matrix Bob's member holds records: he is asked first, and nothing moves until he says yes.
    let before_asking = h.footprint().await;
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "account-link-confirm", "{}", h.render(&out[0]));
    assert!(h.render(&out[0]).contains(&format!("account link {code} --yes")), "{}", h.render(&out[0]));
    assert_eq!(h.footprint().await, before_asking);
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, &format!("account link {code} --yes")).await;
    assert_eq!(key(&out), "account-linked", "{}", h.render(&out[0]));
    assert!(!out[0].reply.is_error);
    let text = h.render(&out[0]);
    assert!(text.contains("`bob` (bob)") && text.contains("`@bob:example.org` (bob on matrix)"), "{text}");

    // Console Bob, who asked for the code, is told on his platform which account joined.
    let notices = scalar(
        &h,
        "SELECT COUNT(*) FROM outbox WHERE platform = 'console' AND recipient_kind = 'direct'
         AND recipient_id = 'bob' AND payload LIKE '%account-linked-notice%' AND payload LIKE '%@bob:example.org%'",
    )
    .await;
    assert_eq!(notices, 1);
    // Not one row anywhere names the merged member any more, and it is gone.
    assert_eq!(rows_naming(&h, mx).await, Vec::<(String, i64)>::new());
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM members WHERE id = {mx}")).await, 0);
    assert_eq!(member_of(&h, Platform::Matrix, "@bob:example.org").await, bob);
    // Union of roles, the survivor's answer and attendance kept where both had one.
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM role_grants WHERE member_id = {bob}")).await, 2);
    let answer = scalar(
        &h,
        &format!(
            "SELECT COUNT(*) FROM meeting_rsvps WHERE member_id = {bob} AND occurrence = '{occ}' AND answer = 'no'"
        ),
    )
    .await;
    assert_eq!(answer, 1, "console Bob's own answer stays");
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM meeting_rsvps WHERE member_id = {bob}")).await, 2);
    let remote = scalar(&h, &format!("SELECT remote FROM meeting_attendance WHERE member_id = {bob}")).await;
    assert_eq!(remote, 0, "console Bob's own attendance stays");
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM reminders WHERE creator_id = {bob}")).await, 1);
    assert_eq!(scalar(&h, &format!("SELECT is_admin FROM members WHERE id = {bob}")).await, 1, "admin is ORed");
    // Console Bob's zone stands; the language he had not set comes from Matrix Bob.
    let mut conn = sqlx::AnyConnection::connect(&normalize(&h.db.url)).await.unwrap();
    let (zone, lang): (Option<String>, Option<String>) =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT timezone, locale FROM members WHERE id = {bob}")))
            .fetch_one(&mut conn)
            .await
            .unwrap();
    conn.close().await.ok();
    assert_eq!((zone.as_deref(), lang.as_deref()), (Some("Asia/Tokyo"), Some("fr")));
    // Matrix Bob's code went with his member.
    let out = h.send("carol", "dm:carol", &format!("!account link {mx_code}")).await;
    assert_eq!(key(&out), "err-link-code-unknown");
    // The merge is audited, and the chain holds.
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM audit_log WHERE action = 'account.link'").await, 1);
    assert!(h.say("admin", "general", "!audit verify").await.starts_with("The audit log is intact"));
    // `whoami` from either platform lists both accounts.
    for out in [
        h.send("bob", "general", "!whoami").await,
        h.send_on(Platform::Matrix, "@bob:example.org", None, "whoami").await,
    ] {
        let text = h.render(&out[0]);
        assert!(text.contains(&bob.to_string()), "{text}");
        assert!(text.contains("`bob`") && text.contains("`@bob:example.org`"), "{text}");
    }
    // Each account goes by its own platform's name, and writing from one does not rename the
    // member after it: the member keeps one name however its accounts take turns.
    let from_matrix = h.send_on(Platform::Matrix, "@bob:example.org", None, "whoami").await;
    assert!(h.render(&from_matrix[0]).contains("bob on matrix"), "{}", h.render(&from_matrix[0]));
    let named = scalar(&h, &format!("SELECT COUNT(*) FROM members WHERE id = {bob} AND display_name = 'bob'")).await;
    assert_eq!(named, 1);
    // Each Carry names a real column kind: a sanity check of the table itself.
    assert!(MEMBER_REFERENCES.iter().any(|(_, _, c)| matches!(c, Carry::Drop)));
});

both!(codes_expire_work_once_and_lock_after_five_wrong_tries, |backend| async move {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    body_with_bob(&h).await;
    // Asked for in a room: refused, nothing written.
    let before = h.footprint().await;
    let out = h.send("bob", "general", "!account link").await;
    assert!(out[0].reply.is_error);
    assert_eq!(key(&out), "err-account-link-public");
    assert_eq!(h.footprint().await, before);

    // Expiry: ten minutes on the engine's clock.
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    h.clock.advance(chrono::Duration::minutes(10));
    let out = h.send_on(Platform::Discord, "1001", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-expired");
    // A new code replaces the old one, and works just before its ten minutes are up.
    let old = code;
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let out = h.send_on(Platform::Discord, "1001", None, &format!("account link {old}")).await;
    assert_eq!(key(&out), "err-link-code-unknown");
    h.clock.advance(chrono::Duration::seconds(599));

    // Wrong secrets count against the code; the fifth locks it, and then even the right one fails.
    let handle = &code[..4];
    let wrong = if code.ends_with('A') { format!("{}B", &code[..13]) } else { format!("{}A", &code[..13]) };
    for left in (1..=4).rev() {
        let out = h.send_on(Platform::Matrix, "@eve:example.org", None, &format!("account link {wrong}")).await;
        assert_eq!(key(&out), "err-link-code-wrong");
        let told = out[0].reply.messages().flat_map(|m| &m.args).any(|(n, a)| n == "left" && *a == Arg::Number(left));
        assert!(told, "{}", h.render(&out[0]));
    }
    let out = h.send_on(Platform::Matrix, "@eve:example.org", None, &format!("account link {wrong}")).await;
    assert_eq!(key(&out), "err-link-code-now-locked");
    let tries = scalar(&h, &format!("SELECT wrong_tries FROM account_link_codes WHERE handle = '{handle}'")).await;
    assert_eq!(tries, 5);
    let out = h.send_on(Platform::Discord, "1001", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-locked");
    assert_eq!(h.count("members").await, 4, "admin, bob, eve, and the Discord account: nothing merged");

    // A fresh code: refused from the same platform, and from a room (which locks it); still
    // unknown handles and malformed codes are refused without counting.
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let out = h.send("carol", "dm:carol", &format!("!account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-same-platform");
    let out = h.send_on(Platform::Discord, "1001", None, "account link ZZZZ-ZZZZ-ZZZZ").await;
    assert_eq!(key(&out), "err-link-code-unknown");
    let out = h.send_on(Platform::Discord, "1001", None, "account link hello").await;
    assert_eq!(key(&out), "err-link-code-format");
    let out = h
        .send_on(Platform::Matrix, "@eve:example.org", Some("!lobby:example.org"), &format!("account link {code}"))
        .await;
    assert_eq!(key(&out), "err-account-code-public");
    let out = h.send_on(Platform::Discord, "1001", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-locked", "a code shown in a room no longer works");

    // Once: the right code links, and then is spent. A Discord command is seen by nobody else,
    // so it may be given in a channel.
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let out = h.send_on(Platform::Discord, "1001", Some("4242"), &format!("account link {code}")).await;
    assert_eq!(key(&out), "account-linked", "{}", h.render(&out[0]));
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-used");
    // A code for an account already linked to the same member links nothing.
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let out = h.send_on(Platform::Discord, "1001", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-own");
    // One account per platform: a second Discord account cannot join, and the code still works.
    let out = h.send_on(Platform::Discord, "2002", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-platform-taken");
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "account-linked");
    let bob = member_of(&h, Platform::Console, "bob").await;
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM identities WHERE member_id = {bob}")).await, 3);
});

both!(two_accounts_racing_for_one_code_link_once, |backend| async move {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    body_with_bob(&h).await;
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let line = format!("account link {code}");
    let (a, b) = tokio::join!(
        h.send_on(Platform::Discord, "1001", None, &line),
        h.send_on(Platform::Matrix, "@bob:example.org", None, &line)
    );
    let keys = [key(&a), key(&b)];
    assert_eq!(keys.iter().filter(|k| *k == "account-linked").count(), 1, "{keys:?}");
    assert!(keys.contains(&"err-link-code-used".to_owned()), "{keys:?}");
    let bob = member_of(&h, Platform::Console, "bob").await;
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM identities WHERE member_id = {bob}")).await, 2);
});

both!(unlinking_gives_the_account_a_member_of_its_own, |backend| async move {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    body_with_bob(&h).await;
    let bob = member_of(&h, Platform::Console, "bob").await;
    let out = h.send("bob", "dm:bob", "!account unlink console").await;
    assert_eq!(key(&out), "err-unlink-only");
    let out = h.send("bob", "dm:bob", "!account unlink matrix").await;
    assert_eq!(key(&out), "err-unlink-none");
    for (platform, id) in [(Platform::Matrix, "@bob:example.org"), (Platform::Discord, "1001")] {
        let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
        let out = h.send_on(platform, id, None, &format!("account link {code}")).await;
        assert_eq!(key(&out), "account-linked");
    }
    // From Matrix, Bob unlinks his Discord account: it is a new member with no roles.
    let before = h.footprint().await;
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, "account unlink discord").await;
    assert_eq!(key(&out), "account-unlinked", "{}", h.render(&out[0]));
    let discord = member_of(&h, Platform::Discord, "1001").await;
    assert_ne!(discord, bob);
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM role_grants WHERE member_id = {discord}")).await, 0);
    assert_eq!(scalar(&h, &format!("SELECT COUNT(*) FROM role_grants WHERE member_id = {bob}")).await, 1);
    let after = h.footprint().await;
    let grew: Vec<_> = before.iter().zip(&after).filter(|(b, a)| b != a).map(|(_, a)| a.0.clone()).collect();
    assert_eq!(grew, ["audit_log", "members"]);
    // From Matrix, he unlinks Matrix itself: Matrix becomes a member of its own; the records stay
    // with console Bob.
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, "account unlink matrix").await;
    assert_eq!(key(&out), "account-unlinked");
    assert!(out[0].reply.messages().any(|m| m.key == "account-unlinked-here"));
    assert_ne!(member_of(&h, Platform::Matrix, "@bob:example.org").await, bob);
    assert_eq!(member_of(&h, Platform::Console, "bob").await, bob);
    let out = h.send("bob", "dm:bob", "!account unlink console").await;
    assert_eq!(key(&out), "err-unlink-only");
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM audit_log WHERE action = 'account.unlink'").await, 2);
    // A code asked for from an account that is then unlinked no longer works.
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let out = h.send_on(Platform::Discord, "1001", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "account-linked");
    let code = code_of(&h.send_on(Platform::Discord, "1001", None, "account link").await);
    h.send("bob", "dm:bob", "!account unlink discord").await;
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, &format!("account link {code}")).await;
    assert_eq!(key(&out), "err-link-code-unknown");
    assert!(h.say("admin", "general", "!audit verify").await.starts_with("The audit log is intact"));
    // The member is named after an account it keeps.
    let name = scalar(&h, &format!("SELECT COUNT(*) FROM members WHERE id = {bob} AND display_name = 'bob'")).await;
    assert_eq!(name, 1);
});

both!(two_members_onboarding_in_one_body_merge_their_ticks, |backend| async move {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    body_with_bob(&h).await;
    let bob = member_of(&h, Platform::Console, "bob").await;
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, "lang fr").await;
    assert_eq!(key(&out), "lang-set");
    let mx = member_of(&h, Platform::Matrix, "@bob:example.org").await;
    for sql in [
        "INSERT INTO onboarding_items (id, body_id, position, text) VALUES (1, 1, 1, 'Read the charter')".to_owned(),
        "INSERT INTO onboarding_items (id, body_id, position, text) VALUES (2, 1, 2, 'Introduce yourself')".to_owned(),
        "INSERT INTO onboarding_items (id, body_id, position, text) VALUES (3, 1, 3, 'Join a working group')"
            .to_owned(),
        format!("INSERT INTO onboarding (id, body_id, member_id, started_at) VALUES (1, 1, {bob}, 1)"),
        format!("INSERT INTO onboarding (id, body_id, member_id, started_at) VALUES (2, 1, {mx}, 1)"),
        // Each ticked the first; only Matrix Bob ticked the second.
        format!("INSERT INTO onboarding_ticks (onboarding_id, item_id, done_at, done_by) VALUES (1, 1, 1, {bob})"),
        format!("INSERT INTO onboarding_ticks (onboarding_id, item_id, done_at, done_by) VALUES (2, 1, 1, {mx})"),
        format!("INSERT INTO onboarding_ticks (onboarding_id, item_id, done_at, done_by) VALUES (2, 2, 1, {mx})"),
        // A record each in the body; an organisation's record names Matrix Bob's as its representative.
        format!(
            "INSERT INTO member_records (id, body_id, member_id, name, kind, status, created_at, updated_at)
             VALUES (1, 1, {bob}, 'Bob', 'person', 'active', 1, 1)"
        ),
        format!(
            "INSERT INTO member_records (id, body_id, member_id, name, kind, status, created_at, updated_at)
             VALUES (2, 1, {mx}, 'Bob M', 'person', 'active', 1, 1)"
        ),
        "UPDATE member_records SET represents_id = 2 WHERE id = 1".to_owned(),
    ] {
        h.exec(&sql).await;
    }
    let code = code_of(&h.send("bob", "dm:bob", "!account link").await);
    let out = h.send_on(Platform::Matrix, "@bob:example.org", None, &format!("account link {code} --yes")).await;
    assert_eq!(key(&out), "account-linked", "{}", h.render(&out[0]));
    assert_eq!(rows_naming(&h, mx).await, Vec::<(String, i64)>::new());
    // Console Bob's checklist stays, with both ticks; Matrix Bob's is gone.
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM onboarding").await, 1);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM onboarding_ticks WHERE onboarding_id = 1").await, 2);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM onboarding_ticks").await, 2);
    // Console Bob's record stays, and what pointed at the other record points at it.
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM member_records").await, 1);
    assert_eq!(scalar(&h, "SELECT represents_id FROM member_records WHERE id = 1").await, 1);
});
