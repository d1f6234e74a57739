//! `meeting schedule|list|show|cancel`.

use chrono::Duration;

use super::model::{
    CalendarExport, CancelMeeting, DEFAULT_REMIND, MAX_DURATION_HOURS, MAX_LINK, MAX_TITLE, MeetingRef, MoveMeeting,
    RSVP_ANSWERS, Rsvp, Schedule,
};
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_text, parse_date, parse_duration, parse_id, parse_time};
use crate::core::recurrence::Recurrence;
use crate::core::zones::{self, ZoneLookup};

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "meeting schedule",
        aliases: &["meeting add", "réunion", "reunion", "встреча", "会议", "اجتماع"],
        category: Category::Meetings,
        role: Some(Role::Member),
        scope: Scope::Room,
        usage: "meeting schedule \"TITLE\" DATE TIME ZONE [--duration 90m] [--repeat \"every tuesday\" | --cron \"M H D MON WD\"] [--remind 24h,1h] [--link URL] [--dial \"TEXT\"]",
        params: &[
            Param { name: "title", kind: ParamKind::Text { max: MAX_TITLE }, required: true },
            Param { name: "date", kind: ParamKind::Date, required: true },
            Param { name: "time", kind: ParamKind::Time, required: true },
            Param { name: "zone", kind: ParamKind::Zone, required: true },
        ],
        flags: &[
            FlagSpec { name: "duration", takes_value: true },
            FlagSpec { name: "repeat", takes_value: true },
            FlagSpec { name: "cron", takes_value: true },
            FlagSpec { name: "remind", takes_value: true },
            FlagSpec { name: "link", takes_value: true },
            FlagSpec { name: "dial", takes_value: true },
        ],
        examples: &[
            "meeting schedule \"Monthly call\" 2026-12-03 14:00 Europe/Zurich --duration 90m --remind 24h,1h",
            "meeting schedule \"Stand-up\" 2026-12-07 09:00 Geneva --repeat \"every weekday\" --duration 15m",
            "meeting schedule \"Board\" 2026-12-03 14:00 Europe/Zurich --repeat \"monthly on the first thursday\"",
            "meeting schedule \"Council\" 2026-12-01 16:00 America/New_York --cron \"0 16 1 * *\" --link https://meet.example.org/council",
        ],
        parse: parse_schedule,
    },
    CommandSpec {
        name: "meeting list",
        aliases: &["meetings"],
        category: Category::Meetings,
        role: None,
        scope: Scope::Global,
        usage: "meeting list",
        params: &[],
        flags: &[],
        examples: &["meeting list"],
        parse: |_| Ok(Command::MeetingList),
    },
    CommandSpec {
        name: "meeting show",
        aliases: &[],
        category: Category::Meetings,
        role: None,
        scope: Scope::Global,
        usage: "meeting show ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true }],
        flags: &[],
        examples: &["meeting show #2"],
        parse: |args| Ok(Command::MeetingShow(MeetingRef { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "meeting rsvp",
        aliases: &["rsvp"],
        category: Category::Meetings,
        role: None,
        scope: Scope::Global,
        usage: "meeting rsvp ID yes|no|maybe",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true },
            Param { name: "answer", kind: ParamKind::Choice(RSVP_ANSWERS), required: true },
        ],
        flags: &[],
        examples: &["meeting rsvp #2 yes", "rsvp 2 maybe"],
        parse: parse_rsvp,
    },
    CommandSpec {
        name: "meeting move",
        aliases: &[],
        category: Category::Meetings,
        role: None,
        scope: Scope::Global,
        usage: "meeting move ID DATE NEW-DATE NEW-TIME",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true },
            Param { name: "date", kind: ParamKind::Date, required: true },
            Param { name: "to_date", kind: ParamKind::Date, required: true },
            Param { name: "to_time", kind: ParamKind::Time, required: true },
        ],
        flags: &[],
        examples: &["meeting move #2 2026-12-08 2026-12-09 15:00"],
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let date = parse_date(&args.word("date")?)?;
            let to = parse_date(&args.word("to_date")?)?.and_time(parse_time(&args.word("to_time")?)?);
            Ok(Command::MeetingMove(MoveMeeting { id, date, to }))
        },
    },
    CommandSpec {
        name: "meeting cancel",
        aliases: &[],
        category: Category::Meetings,
        role: None,
        scope: Scope::Global,
        usage: "meeting cancel ID [DATE]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true },
            Param { name: "date", kind: ParamKind::Date, required: false },
        ],
        flags: &[],
        examples: &["meeting cancel #2", "meeting cancel #2 2026-12-08"],
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let date = if args.is_empty() { None } else { Some(parse_date(&args.word("date")?)?) };
            Ok(Command::MeetingCancel(CancelMeeting { id, date }))
        },
    },
    CommandSpec {
        name: "meeting ics",
        aliases: &["meeting export"],
        category: Category::Meetings,
        role: None,
        scope: Scope::Global,
        usage: "meeting ics [ID]",
        params: &[Param { name: "id", kind: ParamKind::Id, required: false }],
        flags: &[],
        examples: &["meeting ics #2", "meeting ics"],
        parse: |args| {
            let id = if args.is_empty() { None } else { Some(parse_id(&args.word("id")?)?) };
            Ok(Command::MeetingIcs(CalendarExport { id }))
        },
    },
];

/// The longest repetition phrase or cron expression; far beyond any real one.
const MAX_REPEAT: usize = 200;

fn parse_rsvp(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let word = args.word("answer")?.to_lowercase();
    let answer = RSVP_ANSWERS.iter().find(|a| **a == word).ok_or_else(|| ParseError::BadChoice {
        name: "answer",
        value: word.clone(),
        allowed: RSVP_ANSWERS.join(", "),
    })?;
    Ok(Command::MeetingRsvp(Rsvp { id, answer }))
}

fn parse_schedule(args: &mut Args) -> Result<Command, ParseError> {
    let title = check_text("title", &args.word("title")?, MAX_TITLE)?;
    let date_word = args.word("date")?;
    let date = parse_date(&date_word)?;
    let time = parse_time(&args.word("time")?)?;
    let zone_word = args.word("zone")?;
    let zone = match zones::lookup(&zone_word) {
        ZoneLookup::Found(tz) => tz,
        ZoneLookup::Unknown { suggestion } => return Err(ParseError::UnknownZone { value: zone_word, suggestion }),
    };
    let duration = match args.flag("duration") {
        Some(d) => parse_duration(&d)?,
        None => Duration::minutes(60),
    };
    if duration <= Duration::zero() || duration > Duration::hours(MAX_DURATION_HOURS) {
        return Err(ParseError::BadChoice {
            name: "duration",
            value: args_duration_label(duration),
            allowed: format!("1m … {MAX_DURATION_HOURS}h"),
        });
    }
    let repeat = match (args.flag("repeat"), args.flag("cron")) {
        (Some(_), Some(_)) => {
            return Err(ParseError::BadChoice {
                name: "repeat",
                value: "--repeat --cron".into(),
                allowed: "--repeat or --cron".into(),
            });
        }
        (Some(phrase), None) => {
            let phrase = check_text("repeat", &phrase, MAX_REPEAT)?;
            // A series meets at the meeting's own time unless the phrase names one.
            let full = if phrase.to_lowercase().split_whitespace().any(|w| w == "at") {
                phrase.clone()
            } else {
                format!("{phrase} at {}", time.format("%H:%M"))
            };
            // "Every 2 weeks" without days meets on the first meeting's weekday.
            Some((Recurrence::from_phrase(&full)?.anchored(date), phrase))
        }
        (None, Some(expr)) => {
            let recurrence = Recurrence::from_cron(&check_text("cron", &expr, MAX_REPEAT)?)?;
            Some((recurrence.clone(), format!("cron {}", recurrence.expression)))
        }
        (None, None) => None,
    };
    let mut remind = Vec::new();
    for part in args.flag("remind").unwrap_or_else(|| DEFAULT_REMIND.into()).split(',') {
        let part = part.trim();
        if part.is_empty() || part == "none" {
            continue;
        }
        let offset = parse_duration(part)?;
        if !remind.contains(&offset) {
            remind.push(offset);
        }
    }
    remind.sort_by(|a, b| b.cmp(a));
    let link = args.flag("link").map(|l| check_link(&l)).transpose()?;
    let dial = args.flag("dial").map(|d| check_text("dial", &d, MAX_LINK)).transpose()?;
    Ok(Command::MeetingSchedule(Schedule {
        title,
        first: date.and_time(time),
        zone,
        duration,
        repeat,
        remind,
        link,
        dial,
    }))
}

/// A web address people can open: http or https, within the length limit.
fn check_link(value: &str) -> Result<String, ParseError> {
    let value = check_text("link", value, MAX_LINK)?;
    match url::Url::parse(&value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(url.to_string()),
        _ => Err(ParseError::BadChoice { name: "link", value, allowed: "https://…".into() }),
    }
}

fn args_duration_label(d: Duration) -> String {
    format!("{}m", d.num_minutes())
}

#[cfg(test)]
mod tests {
    use crate::core::command::{Command, Parsed};

    fn parse(line: &str) -> Result<Command, String> {
        Command::parse(line).map(|Parsed { command, .. }| command).map_err(|f| format!("{:?}", f.error))
    }

    #[test]
    fn schedules_parse_with_their_options() {
        let Ok(Command::MeetingSchedule(s)) = parse(
            "meeting schedule \"Monthly call\" 2026-12-03 14:00 Geneva --duration 90m --remind 1h,24h --repeat \"every thursday\"",
        ) else {
            panic!()
        };
        assert_eq!(s.zone, chrono_tz::Europe::Zurich);
        assert_eq!(s.duration.num_minutes(), 90);
        assert_eq!(s.remind, [chrono::Duration::hours(24), chrono::Duration::hours(1)]);
        assert_eq!(s.repeat.as_ref().unwrap().0.expression, "0 14 * * 4");
        assert!(parse("meeting schedule \"X\" 2026-12-03 14:00 Mars/Base").unwrap_err().contains("UnknownZone"));
        assert!(parse("meeting schedule \"X\" 2026-12-03 14:00 UTC --duration 0m").is_err());
        assert!(parse("meeting schedule \"X\" 2026-12-03 14:00 UTC --duration 25h").is_err());
        assert!(parse("meeting schedule \"X\" 2026-12-03 14:00 UTC --cron \"61 * * * *\"").is_err());
        assert!(parse("meeting schedule \"X\" 2026-13-03 14:00 UTC").is_err());
        assert!(parse("meeting schedule \"\u{202E}X\" 2026-12-03 14:00 UTC").is_err());
        let Ok(Command::MeetingSchedule(s)) = parse("meeting schedule \"X\" 2026-12-03 14:00 UTC --remind none") else {
            panic!()
        };
        assert!(s.remind.is_empty());
        assert!(parse("meeting schedule \"X\" 2026-12-03 14:00 UTC --link javascript:alert(1)").is_err());
        assert!(parse("meeting schedule \"X\" 2026-12-03 14:00 UTC --link https://meet.example.org/a?b=c").is_ok());
    }
}
