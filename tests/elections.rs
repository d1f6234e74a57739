//! Elections on SQLite and PostgreSQL beyond what the transcripts show: after a whole election no
//! table, row order, audit entry or log line links a voter to a ballot, and the bulletin board
//! recounts to the same result; a member linked on two platforms votes once; a proxy holder
//! casts two ballots; the phases move on at their deadlines once across restarts.

mod common;

use common::dump::{self, columns, rows};
use common::{Harness, TestDb, console, normalize};
use quorum::core::actor::Platform;
use quorum::core::engine::Outgoing;
use quorum::core::reply::Block;
use sqlx::Connection;

/// The receipt code in a ballot's answer (`ABCD-EFGH-…`, eight groups of four).
fn receipts(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.len() == 39 && w.split('-').count() == 8)
        .map(str::to_owned)
        .collect()
}

fn files(out: &Outgoing) -> Vec<(String, String)> {
    out.reply
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::File(f) => Some((f.name.clone(), f.content.clone())),
            _ => None,
        })
        .collect()
}

/// A body of eight members, three candidates standing (a fourth nominated, never accepting),
/// voting open.
async fn election(h: &Harness, method: &str, seats: u32) {
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
    h.say("admin", "general", "!body create \"Council\" CN").await;
    h.say("admin", "general", "!body link CN").await;
    for name in ["ana", "bo", "chen", "dee", "eli", "fay", "gus", "hal"] {
        h.say("admin", "general", &format!("!member add @{name}")).await;
    }
    let created = h
        .say(
            "admin",
            "general",
            &format!("!election create \"Chair\" --seats {seats} --method {method} --roll CN --voting 3d"),
        )
        .await;
    assert!(created.contains("Election #1"), "{created}");
    assert!(h.say("ana", "general", "!nominate @ana").await.contains("nominated"));
    assert!(h.say("ana", "general", "!nominate @bo").await.contains("accept"));
    assert!(h.say("bo", "general", "!accept").await.contains("accepts"));
    assert!(h.say("chen", "general", "!nominate #1 @chen").await.contains("nominated"));
    assert!(h.say("dee", "general", "!nominate @eli").await.contains("nominated"));
    let opened = h.say("admin", "general", "!election open #1").await;
    assert!(opened.contains("Voting is open"), "{opened}");
}

both!(a_whole_election_links_no_voter_to_a_ballot, |backend| async move {
    let log = dump::log("quorum=trace");
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    election(&h, "irv", 1).await;
    let shown = h.say("ana", "general", "!election show #1").await;
    assert!(shown.contains("1. ana") && shown.contains("2. bo") && shown.contains("3. chen"), "{shown}");
    assert!(!shown.contains("eli"), "a nominee who never accepted does not stand: {shown}");

    // A ballot typed in the shared room is refused privately, and nothing is written.
    let before = h.footprint().await;
    let public = h.send("dee", "general", "!ballot #1 2 1").await;
    assert!(public[0].reply.is_error && public[0].reply.withdraws_command, "{:?}", public[0].reply);
    assert!(h.render(&public[0]).contains("not here"), "{}", h.render(&public[0]));
    assert_eq!(h.footprint().await, before);

    // Each votes in turn, in private; the rankings follow the voting order so that any order kept
    // would show.
    let ballots = [("ana", "1 3"), ("bo", "2 1"), ("chen", "3 2 1"), ("dee", "2 3"), ("eli", "1 2"), ("fay", "3 1")];
    let mut codes = Vec::new();
    for (name, ranking) in ballots {
        let out = h.send(name, &format!("dm:{name}"), &format!("!ballot #1 {ranking}")).await;
        assert!(out[0].reply.secret, "a ballot's answer is secret");
        let said = h.render(&out[0]);
        let found = receipts(&said);
        assert_eq!(found.len(), 1, "one receipt: {said}");
        codes.push(found[0].clone());
    }
    let again = h.say("ana", "dm:ana", "!ballot #1 2").await;
    assert!(again.contains("already voted"), "{again}");

    // A proxy holder casts a ballot for the member who gave the proxy, and their own.
    h.say("gus", "general", "!proxy give @hal").await;
    let refused = h.say("gus", "dm:gus", "!ballot #1 1").await;
    assert!(refused.contains("hal"), "a member who gave a proxy does not vote in person: {refused}");
    let by_proxy = h.say("hal", "dm:hal", "!ballot #1 2 --for all").await;
    assert_eq!(receipts(&by_proxy).len(), 1, "{by_proxy}");
    codes.extend(receipts(&by_proxy));
    let own = h.say("hal", "dm:hal", "!ballot #1 2 3").await;
    codes.extend(receipts(&own));
    assert_eq!(codes.len(), 8);

    // A receipt verifies, and replaces its ballot until the close.
    let verified = h.say("fay", "dm:fay", &format!("!verify {}", codes[5].to_lowercase())).await;
    assert!(verified.contains("chen > ana"), "{verified}");
    let replaced = h.say("fay", "dm:fay", &format!("!ballot #1 2 --receipt {}", codes[5])).await;
    assert!(replaced.contains("replaced") && replaced.contains("bo"), "{replaced}");
    let verified = h.say("fay", "dm:fay", &format!("!verify {}", codes[5])).await;
    assert!(verified.contains(": bo") && !verified.contains("chen"), "{verified}");
    let shown_code = h.say("fay", "general", &format!("!verify {}", codes[5])).await;
    assert!(shown_code.contains("secret"), "a receipt typed in a shared room is refused: {shown_code}");

    let turnout = h.say("bo", "general", "!election turnout #1").await;
    assert!(turnout.contains("8 of 8"), "{turnout}");
    let closed = h.send("admin", "general", "!election close #1").await;
    let result = h.render(&closed[0]);
    // First preferences: ana 2, bo 4 (bo, dee, hal's proxy, fay replaced), chen 1, hal own 1 → bo.
    assert!(result.contains("Elected: **bo**"), "{result}");
    let board = files(&closed[0]);
    assert_eq!(board.len(), 2, "{board:?}");
    let blt = &board.iter().find(|(n, _)| n.ends_with(".blt")).expect("BLT").1;
    let profile = quorum::tally::blt::parse(blt).expect("the bulletin board's BLT reads back");
    let recount =
        quorum::tally::count(&profile, quorum::tally::Method::Irv, &quorum::tally::Seed::of_profile(&profile))
            .expect("recount");
    assert_eq!(recount.elected, ["bo"]);
    let receipts_csv = &board.iter().find(|(n, _)| n.ends_with(".csv")).expect("receipts").1;

    // The two halves: ballots under the hash of their receipt with no voter and no time;
    // participation with no time and no ballot.
    let url = h.db.url.clone();
    let mut conn = sqlx::AnyConnection::connect(&normalize(&url)).await.unwrap();
    assert_eq!(
        columns(&mut conn, &url, "election_ballots").await,
        ["election_id", "receipt_hash", "ranking", "weight"]
    );
    assert_eq!(columns(&mut conn, &url, "election_participation").await, ["election_id", "record_id"]);
    let tables = common::tables(&mut conn).await;
    conn.close().await.ok();
    let stored = rows(&url, "election_ballots").await;
    assert_eq!(stored.len(), 8);
    let mut by_hash = stored.clone();
    by_hash.sort_by(|a, b| a[1].cmp(&b[1]));
    assert_eq!(stored, by_hash, "the ballots are stored in hash order");
    let hashes: Vec<String> = stored.iter().map(|b| b[1].clone()).collect();
    for hash in &hashes {
        assert!(receipts_csv.contains(hash.as_str()), "every ballot is on the bulletin board: {hash}");
    }
    let participation = rows(&url, "election_participation").await;
    let mut by_record = participation.clone();
    by_record.sort_by_key(|p| p[1].parse::<i64>().unwrap());
    assert_eq!(participation, by_record, "participation is stored by record, not by voting order");

    // No table holds a receipt code, and only the ballots (and the bulletin board posted to the
    // body's rooms) hold a receipt's hash.
    let bare: Vec<String> = codes.iter().map(|c| c.replace('-', "")).collect();
    for table in &tables {
        for row in rows(&url, table).await {
            let text = row.join("\u{1f}");
            for (code, bare) in codes.iter().zip(&bare) {
                assert!(!text.contains(code.as_str()) && !text.contains(bare.as_str()), "{table} holds a receipt");
            }
            if table != "election_ballots" && !(table == "outbox" && text.contains("election-1-receipts.csv")) {
                assert!(!hashes.iter().any(|h| text.contains(h.as_str())), "{table} holds a receipt's hash: {row:?}");
            }
        }
    }
    // The audit log records each step of the election, and no ballot nor who cast one.
    let audit = rows(&url, "audit_log").await;
    let actions: Vec<&str> = audit.iter().map(|r| r[4].as_str()).filter(|a| a.starts_with("election")).collect();
    assert_eq!(
        actions,
        [
            "election.create",
            "election.nominate",
            "election.nominate",
            "election.accept",
            "election.nominate",
            "election.nominate",
            "election.open",
            "election.close",
            "election.results"
        ]
    );
    let close = audit.iter().find(|r| r[4] == "election.close").expect("close entry");
    assert!(close[5].contains("8 ballots") && close[5].contains("1 replaced"), "{close:?}");
    // No log line holds a receipt, its hash, or a ballot command.
    let logged = dump::log_text(&log);
    for needle in codes.iter().chain(&bare).chain(&hashes) {
        assert!(!logged.contains(needle.as_str()), "a log line holds {needle}");
    }
    assert!(!logged.contains("ballot #1"), "a log line holds a ballot command");
    // The results can be asked for again, and read the same.
    let again = h.say("ana", "general", "!election results #1").await;
    assert!(again.contains("Elected: **bo**"), "{again}");
});

both!(a_ballot_typed_in_a_minuted_room_stays_out_of_the_minutes, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    election(&h, "plurality", 1).await;
    assert!(h.say("admin", "general", "!startmeeting \"Count\"").await.contains("Minutes #1"));
    let refused = h.send("bo", "general", "!ballot #1 2").await;
    assert!(refused[0].reply.withdraws_command, "{:?}", refused[0].reply);
    h.say("admin", "general", "!info Counting starts").await;
    let logged = rows(&h.db.url, "minutes_log").await;
    assert!(logged.iter().any(|r| r.join(" ").contains("Counting starts")), "{logged:?}");
    assert!(!logged.iter().any(|r| r.join(" ").contains("ballot")), "a withdrawn ballot is in the minutes: {logged:?}");
});

async fn from_matrix(h: &Harness, text: &str) -> Vec<Outgoing> {
    h.send_on(Platform::Matrix, "@bo:example.org", None, text).await
}

both!(a_member_linked_on_two_platforms_votes_once, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    election(&h, "stv", 1).await;
    let out = h.send("bo", "dm:bo", "!account link").await;
    let code = common::link_code(&h.render(&out[0]));
    let linked = from_matrix(&h, &format!("account link {code}")).await;
    assert!(h.render(&linked[0]).contains("linked"), "{}", h.render(&linked[0]));
    let cast = h.say("bo", "dm:bo", "!ballot #1 2 1").await;
    assert_eq!(receipts(&cast).len(), 1, "{cast}");
    let second = from_matrix(&h, "ballot #1 1").await;
    assert!(h.render(&second[0]).contains("already voted"), "{}", h.render(&second[0]));
    assert_eq!(h.count("election_ballots").await, 1);
    assert_eq!(h.count("election_participation").await, 1);
});

both!(phases_move_on_at_their_deadlines_once_across_restarts, |backend| async move {
    let db = TestDb::new(backend).await;
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let first = console(
            &url,
            "2026-12-01T09:00:00Z",
            "!body create \"Council\" CN\n!body link CN\n!member add @admin\n!member add @bo\n\
             !election create \"Chair\" --seats 1 --method plurality --roll CN --nominations 1h --voting 2d\n\
             !nominate @admin\nbo> !nominate @bo\n:quit\n",
        );
        assert!(first.contains("Election #1"), "{first}");
        // The next process starts after the nominations closed: voting opens once.
        let second = console(&url, "2026-12-01T10:30:00Z", ":clock advance 1m\n:dm\n!ballot #1 2\n");
        assert_eq!(second.matches("Voting is open").count(), 1, "{second}");
        assert!(second.contains("receipt"), "{second}");
        // A day before the close, bo is reminded; at the close the ballots are counted, once.
        let third = console(&url, "2026-12-02T10:31:00Z", ":clock advance 1m\n");
        assert_eq!(third.matches("closes").count(), 1, "{third}");
        assert!(third.contains("dm:bo"), "{third}");
        let fourth = console(&url, "2026-12-03T10:32:00Z", ":clock advance 1m\n");
        assert_eq!(fourth.matches("— result").count(), 1, "{fourth}");
        assert!(fourth.contains("Elected: **bo**"), "{fourth}");
        let fifth = console(&url, "2026-12-03T11:00:00Z", ":clock advance 1d\n!election show #1\n");
        assert_eq!(fifth.matches("— result").count(), 0, "{fifth}");
        assert!(fifth.contains("closed and counted"), "{fifth}");
    })
    .await
    .expect("processes ran");
});

// A ballot is one statement on its own: the ballots that race the close are each either counted
// in the result or refused, never stored and left out.
both!(ballots_racing_the_close_are_counted_or_refused, |backend| async move {
    let h = Harness::new(backend, "2026-12-01T09:00:00Z").await;
    election(&h, "plurality", 1).await;
    let voters = ["ana", "bo", "chen", "dee", "eli", "fay", "gus", "hal"];
    let rooms: Vec<String> = voters.iter().map(|name| format!("dm:{name}")).collect();
    let ballots = voters.iter().zip(&rooms).map(|(name, room)| h.say(name, room, "!ballot #1 2"));
    let close = async {
        tokio::task::yield_now().await;
        h.say("admin", "general", "!election close #1").await
    };
    let (answers, closed) = tokio::join!(futures_util::future::join_all(ballots), close);
    let cast = answers.iter().filter(|a| a.contains("is cast")).count();
    let refused = answers.iter().filter(|a| a.contains("not open for voting")).count();
    assert_eq!(cast + refused, voters.len(), "{answers:?}");
    assert_eq!(h.count("election_ballots").await, cast as i64, "every ballot answered as cast is stored");
    assert!(closed.contains(&format!("{cast} of 8 on the roll voted")), "the result counts them all: {closed}");
});
