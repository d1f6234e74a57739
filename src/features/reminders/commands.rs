//! The reminder commands' grammar.

use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_text, is_mention, parse_date, parse_duration, parse_id, parse_time};
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
        usage: "remind me|@USER|here in DURATION | at [DATE] TIME [ZONE] | every PHRASE | --cron \"M H D MON WD\" \"TEXT\"",
        params: &[
            Param { name: "target", kind: ParamKind::Word, required: true, shown: Some("me|@USER|here") },
            Param {
                name: "when",
                kind: ParamKind::Word,
                required: true,
                shown: Some("in DURATION | at [DATE] TIME [ZONE] | every PHRASE"),
            },
            Param { name: "text", kind: ParamKind::Text { max: MAX_TEXT }, required: true, shown: None },
        ],
        flags: &[FlagSpec { name: "cron", takes_value: true }],
        examples: &[
            "remind me in 2h \"Send the draft\"",
            "remind here at 2026-12-01 09:00 Europe/Zurich \"Call starts in one hour\"",
            "remind @alice at 17:30 \"Check the minutes\"",
            "remind here every weekday at 09:00 \"Stand-up\"",
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

/// `remind TARGET (in DURATION | at [DATE] TIME [ZONE] | every PHRASE | --cron EXPR) TEXT`
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
    let when = match args.flag("cron") {
        Some(expr) => {
            let recurrence = Recurrence::from_cron(&expr)?;
            When::Repeat { label: format!("cron {}", recurrence.expression), recurrence }
        }
        None => parse_when(args)?,
    };
    let text = check_text("text", &args.rest("text")?, MAX_TEXT)?;
    Ok(Box::new(Remind { target, when, text }))
}

fn parse_when(args: &mut Args) -> Result<When, ParseError> {
    if args.keyword("in") {
        return Ok(When::In(parse_duration(&args.word("duration")?)?));
    }
    if args.keyword("at") {
        let first = args.word("time")?;
        let (date, time) = match parse_date(&first) {
            Ok(date) => (Some(date), parse_time(&args.word("time")?)?),
            Err(_) if first.contains('-') => return Err(ParseError::BadDate { value: first }),
            Err(_) => (None, parse_time(&first)?),
        };
        let zone = match args.peek() {
            Some(t) if !t.quoted => match zones::lookup(&t.text) {
                ZoneLookup::Found(tz) => {
                    args.next_token();
                    Some(tz)
                }
                ZoneLookup::Unknown { suggestion } if t.text.contains('/') => {
                    return Err(ParseError::UnknownZone { value: t.text.clone(), suggestion });
                }
                ZoneLookup::Unknown { .. } => None,
            },
            _ => None,
        };
        return Ok(When::At { date, time, zone });
    }
    if args.keyword("every") {
        let mut phrase = vec!["every".to_owned()];
        while let Some(t) = args.peek() {
            if t.quoted {
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
        return Ok(When::Repeat { recurrence, label });
    }
    match args.peek() {
        Some(t) => {
            Err(ParseError::BadChoice { name: "when", value: t.text.clone(), allowed: "in, at, every, --cron".into() })
        }
        None => Err(ParseError::Missing { name: "when" }),
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
    }
}
