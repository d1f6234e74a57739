//! Golden minutes: a realistic two-hour meeting (several chairs, an undo, links, motions by name
//! and by show of hands, the speaking queue, actions for several owners, items in Arabic and
//! Chinese) run through the engine on SQLite and PostgreSQL, then its Markdown, HTML and text
//! minutes compared byte for byte with `tests/data/minutes/two-hour-meeting.{md,html,txt}`. Set
//! `QUORUM_BLESS=1` to rewrite them from what Quorum renders now (then read the diff).

mod common;

use common::{Backend, Harness};
use quorum::core::reply::Block;

/// The meeting, as `(time on 3 December 2026 UTC, who, line)`, in the room `council`.
const SCRIPT: &[(&str, &str, &str)] = &[
    ("13:30", "admin", "!body create \"Regional Council\" RC"),
    ("13:30", "admin", "!body link RC"),
    ("13:30", "admin", "!role grant @carol staff"),
    (
        "13:31",
        "carol",
        "!meeting schedule \"Council December session\" 2026-12-03 14:00 UTC --duration 2h --remind none",
    ),
    ("13:32", "carol", "!agenda add 1 \"Budget 2027\""),
    ("13:32", "carol", "!agenda add 1 \"الميزانية السنوية للفرع\""),
    ("13:33", "carol", "!agenda add 1 \"区域合作计划\""),
    ("13:58", "carol", "!startmeeting"),
    ("14:00", "bob", "!here"),
    ("14:00", "dave", "!here"),
    ("14:01", "amira", "!here"),
    ("14:01", "li", "!here"),
    ("14:02", "erin", "!here"),
    ("14:03", "carol", "!chair @dave"),
    ("14:03", "carol", "!chair @amira"),
    ("14:04", "carol", "!topic next"),
    ("14:05", "dave", "!info The auditors signed the 2026 accounts without reservations"),
    ("14:06", "erin", "!link https://example.org/budget-2027.pdf Draft budget <v2> & annexes"),
    ("14:07", "bob", "!hand"),
    ("14:07", "li", "!hand"),
    ("14:08", "carol", "!next"),
    ("14:15", "carol", "!next"),
    ("14:21", "amira", "!hand remote"),
    ("14:22", "carol", "!next"),
    ("14:30", "carol", "!queue clear"),
    ("14:31", "dave", "!idea Publish a one-page summary of the budget for members"),
    ("14:33", "bob", "!motion The 2027 budget is adopted as proposed"),
    ("14:34", "bob", "!motion vote yes"),
    ("14:34", "dave", "!motion vote yes"),
    ("14:34", "amira", "!motion vote yes"),
    ("14:35", "li", "!motion vote abstain"),
    ("14:35", "erin", "!motion vote no"),
    ("14:36", "carol", "!motion close --majority absolute"),
    ("14:37", "carol", "!agreed The 2027 budget is adopted as proposed"),
    ("14:38", "carol", "!action @bob @zoe Send the adopted budget to every member --due 2026-12-20"),
    ("14:39", "carol", "!agreed Wrong line, taken back"),
    ("14:39", "carol", "!undo"),
    ("14:45", "amira", "!topic next"),
    ("14:46", "amira", "!info قدّم أمين الصندوق تقرير الفرع للربع الأخير"),
    ("14:50", "erin", "!hand"),
    ("14:50", "dave", "!hand"),
    ("14:51", "carol", "!next"),
    ("14:58", "carol", "!next"),
    ("15:02", "carol", "!queue clear"),
    ("15:05", "amira", "!agreed اعتماد الميزانية السنوية للفرع كما عُرضت"),
    ("15:06", "amira", "!action @dave متابعة التدقيق مع 李明 --due 2026-12-15"),
    ("15:10", "amira", "!rejected Moving the regional office to a bigger building"),
    ("15:20", "dave", "!topic next"),
    ("15:21", "li", "!info 区域合作计划已获三个分会支持"),
    ("15:22", "li", "!link https://example.org/合作/plan.pdf 合作计划草案"),
    ("15:30", "li", "!hand"),
    ("15:30", "carol", "!next"),
    ("15:40", "carol", "!queue clear"),
    ("15:41", "dave", "!motion 批准区域合作计划"),
    ("15:43", "dave", "!motion count 14 2 3"),
    ("15:43", "dave", "!motion close --majority 2/3"),
    ("15:44", "dave", "!agreed 批准区域合作计划"),
    ("15:45", "dave", "!action @li @amira Prepare the partnership agreement --due 2027-01-15"),
    ("15:46", "dave", "!action @carol Book the room for the January session"),
    ("15:50", "carol", "!unchair @amira"),
    ("15:52", "erin", "!idea Hold the spring session online"),
    ("15:58", "carol", "!endmeeting"),
];

async fn render(backend: Backend) -> Vec<(&'static str, String)> {
    let h = Harness::new(backend, "2026-12-03T13:30:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.expect("admin");
    for (time, who, line) in SCRIPT {
        h.clock.set(common::at(&format!("2026-12-03T{time}:00Z")));
        let out = h.send(who, "council", line).await;
        assert!(!out[0].reply.is_error, "`{line}` by {who}: {}", h.render(&out[0]));
    }
    let mut files = Vec::new();
    for format in ["md", "html", "txt"] {
        let out = h.send("bob", "council", &format!("!minutes get #1 {format}")).await;
        let file = out[0]
            .reply
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::File(file) => Some(file.content.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {format} file: {}", h.render(&out[0])));
        files.push((format, file));
    }
    files
}

both!(the_minutes_of_a_two_hour_meeting_are_as_golden, |backend| async move {
    for (format, actual) in render(backend).await {
        let path = format!("{}/tests/data/minutes/two-hour-meeting.{format}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("QUORUM_BLESS").is_some() && backend == Backend::Sqlite {
            std::fs::write(&path, &actual).expect("bless golden minutes");
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            let line = actual.lines().zip(expected.lines()).position(|(a, e)| a != e).map_or(0, |i| i + 1);
            panic!("{path} ({backend:?}) differs at line {line}; QUORUM_BLESS=1 rewrites it. Actual:\n{actual}");
        }
    }
});
