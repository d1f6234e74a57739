//! The reminder commands' grammar.

use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{
    Args, FlagSpec, check_text, is_mention, is_time_word, parse_date, parse_duration, parse_id, parse_time,
};
use crate::core::recurrence::Recurrence;
use crate::core::zones::{self, ZoneLookup};

use super::model::{CancelReminder, MAX_TEXT, Remind, Target, When};

/// `reminders`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListReminders;

pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "remind",
        aliases: &["reminder add", "rappel", "recordar", "напомни", "提醒", "ذكرني"],
        category: Category("category-reminders"),
        role: None,
        scope: Scope::Global,
        usage: "remind me|@USER|here in DURATION | at [DATE] TIME [ZONE] | every PHRASE [ZONE] | --cron \"M H D MON WD\" [ZONE] \"TEXT\"",
        params: &[
            Param { name: "target", kind: ParamKind::Word, required: true, shown: Some("me|@USER|here") },
            Param {
                name: "when",
                kind: ParamKind::Word,
                required: true,
                shown: Some("in DURATION | at [DATE] TIME [ZONE] | every PHRASE [ZONE]"),
            },
            Param { name: "text", kind: ParamKind::Text { max: MAX_TEXT }, required: true, shown: None },
        ],
        flags: &[FlagSpec { name: "cron", takes_value: true }],
        examples: &[
            "remind me in 2h \"Send the draft\"",
            "remind here at 2026-12-01 09:00 Europe/Zurich \"Call starts in one hour\"",
            "remind @alice at 17:30 \"Check the minutes\"",
            "remind here every weekday at 09:00 \"Stand-up\"",
            "remind me every day at 08:30 Geneva \"Read the news\"",
            "remind here --cron \"0 9 * * 1-5\" \"Stand-up\"",
        ],
        complete: None,
        parse: parse_remind,
    },
    CommandSpec {
        name: "reminders",
        aliases: &["reminder list"],
        category: Category("category-reminders"),
        role: None,
        scope: Scope::Global,
        usage: "reminders",
        params: &[],
        flags: &[],
        examples: &["reminders"],
        complete: None,
        parse: |_| Ok(Box::new(ListReminders)),
    },
    CommandSpec {
        name: "reminder cancel",
        aliases: &[],
        category: Category("category-reminders"),
        role: None,
        scope: Scope::Global,
        usage: "reminder cancel ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["reminder cancel #3"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(CancelReminder { id: parse_id(&args.word("id")?)? })),
    },
];

/// `remind TARGET WHEN [ZONE] TEXT`, where WHEN is `in DURATION`, `at [DATE] TIME`, `every PHRASE`
/// or `--cron EXPR`. A zone follows WHEN and sets the clock it is read on. Before a quoted text,
/// the words after WHEN must be that zone; a word there, or at the start of an unquoted text,
/// that says when is a second time and refused, as a misspelt zone is.
fn parse_remind(args: &mut Args) -> Result<Command, ParseError> {
    let target_word = args.word("target")?;
    let target = match target_word.to_lowercase().as_str() {
        "me" => Target::Me,
        "here" => Target::Here,
        _ if is_mention(&target_word) => Target::User(target_word),
        _ => {
            return Err(ParseError::BadChoice {
                name: "target",
                value: target_word,
                allowed: "me, here, @USER".into(),
            });
        }
    };
    let (mut when, given) = match args.flag("cron") {
        Some(expr) => {
            let recurrence = Recurrence::from_cron(&expr)?;
            (When::Repeat { label: format!("cron {}", recurrence.expression), recurrence, zone: None }, "--cron")
        }
        None => parse_when(args)?,
    };
    zone_after_time(args, &mut when, given)?;
    let text = check_text("text", &args.rest("text")?, MAX_TEXT)?;
    Ok(Box::new(Remind { target, when, text }))
}

/// WHEN and the word that gave it (`in`, `at`, `every`).
fn parse_when(args: &mut Args) -> Result<(When, &'static str), ParseError> {
    if args.keyword("in") {
        return Ok((When::In(parse_duration(&args.word("duration")?)?), "in"));
    }
    if args.keyword("at") {
        let first = args.word("time")?;
        let (date, time) = match parse_date(&first) {
            Ok(date) => (Some(date), parse_time(&args.word("time")?)?),
            Err(ParseError::BadDate { .. }) if first.contains('-') => return Err(ParseError::BadDate { value: first }),
            Err(e @ ParseError::DateOutOfRange { .. }) => return Err(e),
            Err(_) => (None, parse_time(&first)?),
        };
        return Ok((When::At { date, time, zone: None }, "at"));
    }
    if args.keyword("every") {
        let mut phrase = vec!["every".to_owned()];
        while let Some(t) = args.peek() {
            // The phrase ends at the text, at a zone or at a second time.
            if t.quoted || t.text.eq_ignore_ascii_case("in") || zones::is_known(&t.text) {
                break;
            }
            let word = args.next_token().map(|t| t.text).unwrap_or_default();
            let is_at = word.eq_ignore_ascii_case("at");
            phrase.push(word);
            if is_at {
                phrase.push(args.word("time")?);
                break;
            }
        }
        let label = check_text("repeat", &phrase.join(" "), 200)?;
        let recurrence = Recurrence::from_phrase(&label)?;
        return Ok((When::Repeat { recurrence, label, zone: None }, "every"));
    }
    match args.peek() {
        Some(t) => {
            Err(ParseError::BadChoice { name: "when", value: t.text.clone(), allowed: "in, at, every, --cron".into() })
        }
        None => Err(ParseError::Missing { name: "when" }),
    }
}

/// Reads the zone that may follow WHEN into it. The words looked at are all those before a
/// quoted text (`at 09:00 New York "x"`), or the first word of a text written without quotes.
fn zone_after_time(args: &mut Args, when: &mut When, given: &'static str) -> Result<(), ParseError> {
    let second_time = |word: &str| ParseError::TwoTimes { first: given.to_owned(), second: word.to_owned() };
    let quoted = args.remaining().position(|t| t.quoted);
    let lead: Vec<String> = args.remaining().take(quoted.unwrap_or(1)).map(|t| t.text.clone()).collect();
    if lead.is_empty() {
        return Ok(());
    }
    let words = lead.join(" ");
    match zones::lookup(&words) {
        ZoneLookup::Found(_) | ZoneLookup::Fixed(_) => {
            if matches!(when, When::In(_)) {
                return Err(ParseError::ZoneWithDuration { zone: words });
            }
            let tz = args.zone(&words)?;
            for _ in &lead {
                args.next_token();
            }
            match when {
                When::At { zone, .. } => *zone = Some(tz),
                When::Repeat { zone, label, .. } => {
                    *zone = Some(tz);
                    *label = format!("{label} {words}");
                }
                When::In(_) => {}
            }
        }
        ZoneLookup::Unknown { suggestion } => {
            if let Some(word) = lead.iter().find(|w| is_time_word(w)) {
                return Err(second_time(word));
            }
            // Before a quoted text, a word close to a zone's name is a misspelt zone; in a text
            // without quotes, only a word that looks like an IANA name is.
            if words.contains('/') || (quoted.is_some() && suggestion.is_some()) {
                return Err(ParseError::UnknownZone { value: words, suggestion });
            }
            return Ok(());
        }
    }
    match args.peek() {
        Some(t) if !t.quoted && is_time_word(&t.text) => Err(second_time(&t.text)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn parse(line: &str) -> Result<Remind, ParseError> {
        let parsed = crate::features::registry().parse(line).map_err(|f| f.error)?;
        Ok(parsed.command.downcast_ref::<Remind>().cloned().unwrap_or_else(|| panic!("{:?}", parsed.command)))
    }

    #[test]
    fn all_forms() {
        let r = parse(r#"remind me in 2h "tea""#).unwrap();
        assert_eq!((r.target, r.when, r.text.as_str()), (Target::Me, When::In(chrono::Duration::hours(2)), "tea"));
        let r = parse(r#"remind here at 2026-12-01 09:00 Europe/Zurich "call""#).unwrap();
        assert!(matches!(r.when, When::At { date: Some(_), zone: Some(tz), .. } if tz.name() == "Europe/Zurich"));
        let r = parse("remind @bob at 17:30 check the minutes").unwrap();
        assert_eq!(r.target, Target::User("@bob".into()));
        assert_eq!(r.text, "check the minutes");
        let r = parse(r#"remind here every weekday at 09:00 "Stand-up""#).unwrap();
        assert!(matches!(r.when, When::Repeat { ref recurrence, .. } if recurrence.expression == "0 9 * * 1-5"));
        let r = parse(r#"remind here --cron "0 9 * * 1-5" "Stand-up""#).unwrap();
        assert!(matches!(r.when, When::Repeat { ref label, .. } if label == "cron 0 9 * * 1-5"));
    }

    #[test]
    fn errors_are_specific() {
        assert_eq!(parse("remind"), Err(ParseError::Missing { name: "target" }));
        assert_eq!(parse("remind me"), Err(ParseError::Missing { name: "when" }));
        assert_eq!(parse("remind me in 2h"), Err(ParseError::Missing { name: "text" }));
        assert!(matches!(parse("remind you in 2h x"), Err(ParseError::BadChoice { name: "target", .. })));
        assert!(matches!(parse("remind me in 2 x"), Err(ParseError::BadDuration { .. })));
        assert!(matches!(parse("remind me at 2026-13-01 09:00 x"), Err(ParseError::BadDate { .. })));
        assert!(matches!(parse("remind me at 25:00 x"), Err(ParseError::BadTime { .. })));
        assert!(matches!(
            parse("remind me at 09:00 Europe/Zurch x"),
            Err(ParseError::UnknownZone { suggestion: Some(_), .. })
        ));
        assert!(matches!(parse(r#"remind me --cron "0 9 * *" x"#), Err(ParseError::BadCron { .. })));
        assert!(matches!(parse(r#"remind me every blue moon "x""#), Err(ParseError::BadRepeat { .. })));
        assert!(matches!(parse(&format!("remind me in 1h {}", "x".repeat(1001))), Err(ParseError::TooLong { .. })));
        assert!(matches!(parse("remind me in 1h --loud x"), Err(ParseError::UnknownFlag { .. })));
        assert!(matches!(parse("remind me at 2101-01-01 09:00 x"), Err(ParseError::DateOutOfRange { .. })));
    }

    fn zone_of(line: &str) -> (Option<&'static str>, String, String) {
        let r = parse(line).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        let label = match &r.when {
            When::Repeat { label, .. } => label.clone(),
            _ => String::new(),
        };
        (r.when.zone().map(|tz| tz.name()), label, r.text)
    }

    #[test]
    fn a_zone_after_the_time_is_the_zone_not_the_text() {
        let (zone, label, text) = zone_of(r#"remind me every day at 09:00 Europe/Zurich "x""#);
        assert_eq!(
            (zone, label.as_str(), text.as_str()),
            (Some("Europe/Zurich"), "every day at 09:00 Europe/Zurich", "x")
        );
        assert_eq!(zone_of(r#"remind me every day at 09:00 New York "x""#).0, Some("America/New_York"));
        assert_eq!(zone_of(r#"remind me every monday Geneva "x""#).1, "every monday Geneva");
        assert_eq!(zone_of(r#"remind me --cron "0 9 * * *" Asia/Tokyo "x""#).0, Some("Asia/Tokyo"));
        assert_eq!(zone_of(r#"remind me at 09:00 Europe/Zurich "x""#).0, Some("Europe/Zurich"));
        assert_eq!(
            zone_of("remind me at 09:00 Europe/Zurich call Bob"),
            (Some("Europe/Zurich"), String::new(), "call Bob".into())
        );
        // Words that are neither a zone nor a time stay the text's, as before.
        assert_eq!(zone_of(r#"remind me in 2h please "call Bob""#).2, "please call Bob");
        assert_eq!(zone_of("remind @bob at 17:30 check the minutes").2, "check the minutes");
    }

    #[test]
    fn a_second_time_is_refused() {
        let two = |line: &str| match parse(line) {
            Err(ParseError::TwoTimes { first, second }) => (first, second),
            other => panic!("{line}: {other:?}"),
        };
        assert_eq!(two(r#"remind me in 1h --cron "0 9 * * *" "x""#), ("--cron".into(), "in".into()));
        assert_eq!(two(r#"remind me --cron "0 9 * * *" at 10:00 "x""#), ("--cron".into(), "at".into()));
        assert_eq!(two(r#"remind me in 1h at 09:00 "x""#), ("in".into(), "at".into()));
        assert_eq!(two(r#"remind me at 09:00 in 1h "x""#), ("at".into(), "in".into()));
        assert_eq!(two(r#"remind me every day at 09:00 in 1h "x""#), ("every".into(), "in".into()));
        assert_eq!(two(r#"remind me at 09:00 tomorrow "x""#), ("at".into(), "tomorrow".into()));
        assert_eq!(two(r#"remind me at 09:00 Europe/Zurich 2h "x""#), ("at".into(), "2h".into()));
        assert_eq!(two("remind me in 1h at 9 call Bob"), ("in".into(), "at".into()));
        assert_eq!(two("remind me at 09:00 Europe/Zurich tomorrow call Bob"), ("at".into(), "tomorrow".into()));
        assert!(matches!(
            parse(r#"remind me in 1h Europe/Zurich "x""#),
            Err(ParseError::ZoneWithDuration { zone }) if zone == "Europe/Zurich"
        ));
        assert!(matches!(
            parse(r#"remind me every day at 09:00 Genva "x""#),
            Err(ParseError::UnknownZone { suggestion: Some(s), .. }) if s == "Geneva"
        ));
    }

    #[test]
    fn a_fixed_offset_zone_is_accepted_with_a_caution() {
        let parsed = crate::features::registry().parse(r#"remind me at 09:00 EST "x""#).unwrap();
        let remind = parsed.command.downcast_ref::<Remind>().unwrap();
        assert_eq!(remind.when.zone().map(|tz| tz.name()), Some("EST"));
        assert_eq!(parsed.cautions.iter().map(|m| m.key.as_str()).collect::<Vec<_>>(), ["zone-fixed-offset"]);
        let parsed = crate::features::registry().parse(r#"remind me at 09:00 Europe/Zurich "x""#).unwrap();
        assert!(parsed.cautions.is_empty());
    }
}
