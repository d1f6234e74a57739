//! Properties over arbitrary input: any line gives a command or a localized error, never a panic.

mod common;

use common::{Backend, Harness};
use proptest::prelude::*;
use quorum::core::command::ParamKind;
use quorum::i18n::{I18n, LANGUAGES};

/// The words of the command table: every command's name and aliases, its flags, the choices
/// of its parameters and the words of its examples, so that every command is reached.
fn table_words() -> Vec<String> {
    let mut words = std::collections::BTreeSet::new();
    for spec in quorum::features::registry().table() {
        words.extend(spec.name.split(' ').map(str::to_owned));
        words.extend(spec.aliases.iter().flat_map(|a| a.split(' ')).map(str::to_owned));
        words.extend(spec.flags.iter().map(|f| format!("--{}", f.name)));
        for param in spec.params {
            if let ParamKind::Choice(choices) = param.kind {
                words.extend(choices.iter().map(|c| (*c).to_owned()));
            }
        }
        words.extend(spec.examples.iter().flat_map(|e| e.split_whitespace()).map(str::to_owned));
    }
    words.into_iter().collect()
}

/// Lines that look like commands more often than random bytes would: the table's words mixed
/// with quotes, mentions, IDs, times and odd Unicode.
fn command_like() -> impl Strategy<Value = String> {
    let mut vocabulary = table_words();
    vocabulary.extend(
        [
            "@bob",
            "<@123>",
            "\"",
            "“",
            "”",
            "«",
            "»",
            "#3",
            "#999999",
            "0",
            "-1",
            "2h",
            "90m",
            "2026-12-01",
            "09:00",
            "Europe/Zurich",
            "Mars/Base",
            "\u{200b}",
            "\u{202e}",
            "مرحبا",
            "👩‍👩‍👧",
            "--",
            "=",
            "\\",
            "\n",
            "",
        ]
        .map(str::to_owned),
    );
    let words = prop::sample::select(vocabulary);
    prop_oneof![prop::collection::vec(words, 0..12).prop_map(|w| w.join(" ")), any::<String>(), "\\PC{0,200}",]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_never_panics_and_every_error_is_translated(line in command_like()) {
        if let Err(failure) = quorum::features::registry().parse(&line) {
            let i18n = I18n::load();
            let msg = failure.error.to_msg();
            for lang in LANGUAGES {
                prop_assert!(i18n.has(lang, &msg.key), "{lang} lacks {}", msg.key);
            }
        }
    }
}

/// Any line, also from a staff member with meetings, reminders and a body at hand, gets one
/// translated reply, and never the internal-error message.
#[test]
fn any_line_through_the_engine_gets_a_reply() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let harness = rt.block_on(async {
        let h = Harness::new(Backend::Sqlite, "2026-11-23T12:00:00Z").await;
        h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.unwrap();
        h.say("admin", "general", "!body create \"Business Constituency\" BC").await;
        h.say("admin", "general", "!body link BC").await;
        h.say("admin", "general", "!meeting schedule \"Council\" 2026-12-01 15:00 UTC --repeat \"every tuesday\"")
            .await;
        h.say("admin", "general", "!agenda add #1 \"Budget\"").await;
        h.say("admin", "general", "!remind here in 2h \"Tea\"").await;
        h
    });
    let internal = harness.engine.i18n.plain("en", "err-internal");
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(300));
    runner
        .run(&command_like(), |line| {
            let who = if line.len() % 2 == 0 { "admin" } else { "bob" };
            let out = rt.block_on(harness.send(who, "general", &line));
            prop_assert_eq!(out.len(), 1);
            let text = harness.render(&out[0]);
            prop_assert!(!text.contains(&internal), "`{}` failed inside: {}", line, text);
            prop_assert!(!text.is_empty());
            prop_assert!(!text.contains("err-"), "untranslated key in {}", text);
            Ok(())
        })
        .unwrap();
}
