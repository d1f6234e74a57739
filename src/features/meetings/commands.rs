//! `meeting schedule|list|show|rsvp|dm|feed|move|edit|cancel|ics`.

use chrono::Duration;

use super::model::{
    CalendarExport, CancelMeeting, DEFAULT_REMIND, DmReminders, DmScope, EditMeeting, FeedRequest, MAX_DURATION_HOURS,
    MAX_LINK, MAX_TITLE, MeetingRef, MoveMeeting, ON_OFF, RSVP_ANSWERS, RepeatSpec, Rsvp, Schedule,
};
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{
    Args, FlagSpec, check_short_text, check_text, parse_date, parse_duration, parse_id, parse_time,
};

/// `meeting list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingList;

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "meeting schedule",
        aliases: &["meeting add", "réunion", "reunion", "встреча", "会议", "اجتماع"],
        category: Category("category-meetings"),
        role: Some(Role::Member),
        scope: Scope::Room,
        usage: "meeting schedule \"TITLE\" DATE TIME ZONE [--duration 90m] [--repeat \"every tuesday\" | --cron \"M H D MON WD\"] [--remind 24h,1h] [--link URL] [--dial \"TEXT\"]",
        params: &[
            Param { name: "title", kind: ParamKind::Text { max: MAX_TITLE }, required: true, shown: None },
            Param { name: "date", kind: ParamKind::Date, required: true, shown: None },
            Param { name: "time", kind: ParamKind::Time, required: true, shown: None },
            Param { name: "zone", kind: ParamKind::Zone, required: true, shown: None },
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
        complete: None,
        parse: parse_schedule,
    },
    CommandSpec {
        name: "meeting list",
        aliases: &["meetings"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting list",
        params: &[],
        flags: &[],
        examples: &["meeting list"],
        complete: None,
        parse: |_| Ok(Box::new(MeetingList)),
    },
    CommandSpec {
        name: "meeting show",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting show ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["meeting show #2"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(MeetingRef { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "meeting rsvp",
        aliases: &["rsvp"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting rsvp ID yes|no|maybe [--date DATE]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "answer", kind: ParamKind::Choice(RSVP_ANSWERS), required: true, shown: None },
        ],
        flags: &[FlagSpec { name: "date", takes_value: true }],
        examples: &["meeting rsvp #2 yes", "rsvp 2 maybe", "meeting rsvp #2 no --date 2027-01-07"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_rsvp,
    },
    CommandSpec {
        name: "meeting dm",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting dm ID|all on|off",
        params: &[
            Param { name: "meeting", kind: ParamKind::Id, required: true, shown: Some("ID|all") },
            Param { name: "switch", kind: ParamKind::Choice(ON_OFF), required: true, shown: None },
        ],
        flags: &[],
        examples: &["meeting dm #2 on", "meeting dm all on", "meeting dm #2 off"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| {
            let word = args.word("meeting")?;
            let scope =
                if word.eq_ignore_ascii_case("all") { DmScope::Body } else { DmScope::Meeting(parse_id(&word)?) };
            let switch = args.word("switch")?.to_lowercase();
            let on = match switch.as_str() {
                "on" => true,
                "off" => false,
                _ => return Err(ParseError::BadChoice { name: "switch", value: switch, allowed: ON_OFF.join(", ") }),
            };
            Ok(Box::new(DmReminders { scope, on }))
        },
    },
    CommandSpec {
        name: "meeting feed",
        aliases: &[],
        category: Category("category-meetings"),
        role: Some(Role::Member),
        scope: Scope::Room,
        usage: "meeting feed [--reset]",
        params: &[],
        flags: &[FlagSpec { name: "reset", takes_value: false }],
        examples: &["meeting feed", "meeting feed --reset"],
        complete: None,
        parse: |args| Ok(Box::new(FeedRequest { reset: args.switch("reset") })),
    },
    CommandSpec {
        name: "meeting move",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting move ID DATE NEW-DATE NEW-TIME",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "date", kind: ParamKind::Date, required: true, shown: None },
            Param { name: "to_date", kind: ParamKind::Date, required: true, shown: Some("NEW-DATE") },
            Param { name: "to_time", kind: ParamKind::Time, required: true, shown: Some("NEW-TIME") },
        ],
        flags: &[],
        examples: &["meeting move #2 2026-12-08 2026-12-09 15:00"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let date = parse_date(&args.word("date")?)?;
            let to = parse_date(&args.word("to_date")?)?.and_time(parse_time(&args.word("to_time")?)?);
            Ok(Box::new(MoveMeeting { id, date, to }))
        },
    },
    CommandSpec {
        name: "meeting edit",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting edit ID [--title \"TITLE\"] [--date DATE] [--time TIME] [--zone ZONE] [--duration 90m] [--repeat \"every tuesday\" | --cron \"M H D MON WD\" | --once] [--remind 24h,1h|none] [--link URL|none] [--dial \"TEXT\"|none] [--yes]",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[
            FlagSpec { name: "title", takes_value: true },
            FlagSpec { name: "date", takes_value: true },
            FlagSpec { name: "time", takes_value: true },
            FlagSpec { name: "zone", takes_value: true },
            FlagSpec { name: "duration", takes_value: true },
            FlagSpec { name: "repeat", takes_value: true },
            FlagSpec { name: "cron", takes_value: true },
            FlagSpec { name: "once", takes_value: false },
            FlagSpec { name: "remind", takes_value: true },
            FlagSpec { name: "link", takes_value: true },
            FlagSpec { name: "dial", takes_value: true },
            FlagSpec { name: "yes", takes_value: false },
        ],
        examples: &[
            "meeting edit #2 --time 15:00 --duration 2h",
            "meeting edit #2 --title \"Council (extended)\" --link none",
            "meeting edit #3 --repeat \"every monday\" --remind 24h,1h",
        ],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_edit,
    },
    CommandSpec {
        name: "meeting cancel",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting cancel ID [DATE] [--yes]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "date", kind: ParamKind::Date, required: false, shown: None },
        ],
        flags: &[FlagSpec { name: "yes", takes_value: false }],
        examples: &["meeting cancel #2", "meeting cancel #2 2026-12-08", "meeting cancel #2 --yes"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let date = if args.is_empty() { None } else { Some(parse_date(&args.word("date")?)?) };
            Ok(Box::new(CancelMeeting { id, date, confirmed: args.switch("yes") }))
        },
    },
    CommandSpec {
        name: "meeting ics",
        aliases: &["meeting export"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting ics [ID]",
        params: &[Param { name: "id", kind: ParamKind::Id, required: false, shown: None }],
        flags: &[],
        examples: &["meeting ics #2", "meeting ics"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| {
            let id = if args.is_empty() { None } else { Some(parse_id(&args.word("id")?)?) };
            Ok(Box::new(CalendarExport { id }))
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
    let date = args.flag("date").map(|d| parse_date(&d)).transpose()?;
    Ok(Box::new(Rsvp { id, answer, date }))
}

/// A meeting's length: from a minute to a day.
pub(crate) fn parse_meeting_duration(word: &str) -> Result<Duration, ParseError> {
    let duration = parse_duration(word)?;
    if duration <= Duration::zero() || duration > Duration::hours(MAX_DURATION_HOURS) {
        return Err(ParseError::BadChoice {
            name: "duration",
            value: args_duration_label(duration),
            allowed: format!("1m … {MAX_DURATION_HOURS}h"),
        });
    }
    Ok(duration)
}

/// `--repeat` or `--cron`, not both; `None` when neither is given.
fn parse_repeat_flags(args: &mut Args) -> Result<Option<RepeatSpec>, ParseError> {
    match (args.flag("repeat"), args.flag("cron")) {
        (Some(_), Some(_)) => Err(ParseError::BadChoice {
            name: "repeat",
            value: "--repeat --cron".into(),
            allowed: "--repeat or --cron".into(),
        }),
        (Some(phrase), None) => Ok(Some(RepeatSpec::Phrase(check_text("repeat", &phrase, MAX_REPEAT)?))),
        (None, Some(expr)) => Ok(Some(RepeatSpec::Cron(check_text("cron", &expr, MAX_REPEAT)?))),
        (None, None) => Ok(None),
    }
}

/// The reminders a meeting gets when its command names none (`DEFAULT_REMIND`).
pub(crate) fn default_reminders() -> Vec<Duration> {
    parse_remind(DEFAULT_REMIND).unwrap_or_default()
}

/// The reminder offsets of `--remind 24h,1h` (or `none`), longest first, each once.
fn parse_remind(value: &str) -> Result<Vec<Duration>, ParseError> {
    let mut remind = Vec::new();
    for part in value.split(',') {
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
    Ok(remind)
}

fn parse_schedule(args: &mut Args) -> Result<Command, ParseError> {
    let title = check_short_text("title", &args.word("title")?, MAX_TITLE)?;
    let date = parse_date(&args.word("date")?)?;
    let time = parse_time(&args.word("time")?)?;
    let zone = args.word("zone")?;
    let zone = args.zone(&zone)?;
    let duration = match args.flag("duration") {
        Some(d) => parse_meeting_duration(&d)?,
        None => Duration::minutes(60),
    };
    let repeat = parse_repeat_flags(args)?.map(|spec| spec.build(date.and_time(time))).transpose()?;
    let remind = parse_remind(&args.flag("remind").unwrap_or_else(|| DEFAULT_REMIND.into()))?;
    let link = args.flag("link").map(|l| check_link(&l)).transpose()?;
    let dial = args.flag("dial").map(|d| check_short_text("dial", &d, MAX_LINK)).transpose()?;
    Ok(Box::new(Schedule { title, first: date.and_time(time), zone, duration, repeat, remind, link, dial }))
}

/// `Some(None)` when an optional value is removed with `none`.
fn removable<T>(
    value: Option<String>,
    check: impl FnOnce(&str) -> Result<T, ParseError>,
) -> Result<Option<Option<T>>, ParseError> {
    match value {
        None => Ok(None),
        Some(v) if v.trim().eq_ignore_ascii_case("none") => Ok(Some(None)),
        Some(v) => Ok(Some(Some(check(&v)?))),
    }
}

fn parse_edit(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let title = args.flag("title").map(|t| check_short_text("title", &t, MAX_TITLE)).transpose()?;
    let date = args.flag("date").map(|d| parse_date(&d)).transpose()?;
    let time = args.flag("time").map(|t| parse_time(&t)).transpose()?;
    let zone = match args.flag("zone") {
        Some(zone) => Some(args.zone(&zone)?),
        None => None,
    };
    let duration = args.flag("duration").map(|d| parse_meeting_duration(&d)).transpose()?;
    let repeat = match (parse_repeat_flags(args)?, args.switch("once")) {
        (Some(_), true) => {
            return Err(ParseError::BadChoice {
                name: "repeat",
                value: "--once".into(),
                allowed: "--repeat, --cron or --once".into(),
            });
        }
        (Some(spec), false) => {
            // Checked now, with any date; the service builds it again from the meeting's first one.
            spec.build(date.unwrap_or_default().and_time(time.unwrap_or_default()))?;
            Some(Some(spec))
        }
        (None, true) => Some(None),
        (None, false) => None,
    };
    let remind = args.flag("remind").map(|r| parse_remind(&r)).transpose()?;
    let link = removable(args.flag("link"), check_link)?;
    let dial = removable(args.flag("dial"), |d| check_short_text("dial", d, MAX_LINK))?;
    let confirmed = args.switch("yes");
    Ok(Box::new(EditMeeting { id, title, date, time, zone, duration, repeat, remind, link, dial, confirmed }))
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
    use crate::features::meetings::{CancelMeeting, EditMeeting, Rsvp, Schedule};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn a_confirmed_edit_line_makes_the_same_edit() {
        for line in [
            "meeting edit #3 --time 15:30 --duration 45m",
            "meeting edit #3 --title \"Board \\ \\\"special\\\" 🗓️\" --date 2027-01-05 --zone Geneva --once",
            "meeting edit #3 --repeat \"every 2 weeks on tuesday\" --remind 2d,24h,90m --link none --dial none",
            "meeting edit #3 --cron \"0 16 1 * *\" --remind none --link https://meet.example.org/a?b=c --dial \"+41 44, PIN 1\"",
        ] {
            let Ok(edit) = parse::<EditMeeting>(line) else { panic!("{line}") };
            assert!(!edit.confirmed);
            let again = parse::<EditMeeting>(&edit.confirmed_line()).unwrap_or_else(|e| panic!("{line}: {e}"));
            assert_eq!(again, EditMeeting { confirmed: true, ..edit }, "{line}");
        }
    }

    #[test]
    fn cancel_and_rsvp_take_their_options() {
        let Ok(cancel) = parse::<CancelMeeting>("meeting cancel #2 --yes") else { panic!() };
        assert!(cancel.confirmed && cancel.date.is_none());
        let Ok(rsvp) = parse::<Rsvp>("meeting rsvp #2 no --date 2027-02-04") else { panic!() };
        assert_eq!(rsvp.date, chrono::NaiveDate::from_ymd_opt(2027, 2, 4));
        assert!(parse::<Rsvp>("meeting rsvp #2 yes").is_ok_and(|r| r.date.is_none()));
        assert!(parse_err("meeting rsvp #2 yes --date 02/04").contains("BadDate"));
    }

    #[test]
    fn schedules_parse_with_their_options() {
        let Ok(s) = parse::<Schedule>(
            "meeting schedule \"Monthly call\" 2026-12-03 14:00 Geneva --duration 90m --remind 1h,24h --repeat \"every thursday\"",
        ) else {
            panic!()
        };
        assert_eq!(s.zone, chrono_tz::Europe::Zurich);
        assert_eq!(s.duration.num_minutes(), 90);
        assert_eq!(s.remind, [chrono::Duration::hours(24), chrono::Duration::hours(1)]);
        assert_eq!(s.repeat.as_ref().unwrap().0.expression, "0 14 * * 4");
        assert!(parse_err("meeting schedule \"X\" 2026-12-03 14:00 Mars/Base").contains("UnknownZone"));
        assert!(parse::<Schedule>("meeting schedule \"X\" 2026-12-03 14:00 UTC --duration 0m").is_err());
        assert!(parse::<Schedule>("meeting schedule \"X\" 2026-12-03 14:00 UTC --duration 25h").is_err());
        assert!(parse::<Schedule>("meeting schedule \"X\" 2026-12-03 14:00 UTC --cron \"61 * * * *\"").is_err());
        assert!(parse::<Schedule>("meeting schedule \"X\" 2026-13-03 14:00 UTC").is_err());
        assert!(parse::<Schedule>("meeting schedule \"\u{202E}X\" 2026-12-03 14:00 UTC").is_err());
        let Ok(s) = parse::<Schedule>("meeting schedule \"X\" 2026-12-03 14:00 UTC --remind none") else { panic!() };
        assert!(s.remind.is_empty());
        assert!(parse::<Schedule>("meeting schedule \"X\" 2026-12-03 14:00 UTC --link javascript:alert(1)").is_err());
        assert!(
            parse::<Schedule>("meeting schedule \"X\" 2026-12-03 14:00 UTC --link https://meet.example.org/a?b=c")
                .is_ok()
        );
    }
}
