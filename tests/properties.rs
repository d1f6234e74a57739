//! Properties over arbitrary input: any line gives a command or a localized error, never a panic.

mod common;

use common::{Backend, Harness};
use proptest::prelude::*;
use quorum::core::command::Command;
use quorum::i18n::{I18n, LANGUAGES};

/// Lines that look like commands more often than random bytes would.
fn command_like() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "remind",
        "me",
        "here",
        "@bob",
        "<@123>",
        "in",
        "at",
        "every",
        "--cron",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "#3",
        "0",
        "2h",
        "90m",
        "2026-12-01",
        "09:00",
        "Europe/Zurich",
        "body",
        "create",
        "link",
        "role",
        "grant",
        "revoke",
        "staff",
        "help",
        "tz",
        "lang",
        "ar",
        "reminders",
        "reminder",
        "cancel",
        "audit",
        "verify",
        "weekday",
        "\u{200b}",
        "\u{202e}",
        "مرحبا",
        "👩‍👩‍👧",
        "--",
        "=",
        "\\",
        "\n",
        "",
    ]);
    prop_oneof![prop::collection::vec(words, 0..12).prop_map(|w| w.join(" ")), any::<String>(), "\\PC{0,200}",]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_never_panics_and_every_error_is_translated(line in command_like()) {
        if let Err(failure) = Command::parse(&line) {
            let i18n = I18n::load();
            let msg = failure.error.to_msg();
            for lang in LANGUAGES {
                prop_assert!(i18n.has(lang, &msg.key), "{lang} lacks {}", msg.key);
            }
        }
    }
}

#[test]
fn any_line_through_the_engine_gets_a_reply() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let harness = rt.block_on(async {
        let h = Harness::new(Backend::Sqlite, "2026-11-23T12:00:00Z").await;
        h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
        h.say("admin", "general", "!body create \"Business Constituency\" BC").await;
        h.say("admin", "general", "!body link BC").await;
        h
    });
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(300));
    runner
        .run(&command_like(), |line| {
            let out = rt.block_on(harness.send("bob", "general", &line));
            prop_assert_eq!(out.len(), 1);
            let text = harness.render(&out[0]);
            prop_assert!(!text.is_empty());
            prop_assert!(!text.contains("err-"), "untranslated key in {}", text);
            Ok(())
        })
        .unwrap();
}
