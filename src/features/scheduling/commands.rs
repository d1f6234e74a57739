//! `when "TITLE" --slots …` (`when create`), `when show|answer|close|list|schedule`.

use chrono::{Duration, NaiveDateTime};

use super::model::{
    ANSWER_WORDS, Answer, Closes, DEFAULT_DURATION_MIN, WhenAnswer, WhenClose, WhenCreate, WhenList, WhenSchedule,
    WhenShow,
};
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{
    Args, FlagSpec, check_code, check_name, check_short_text, parse_date, parse_duration, parse_id, parse_time,
};
use crate::features::bodies::MAX_SHORT;
use crate::features::meetings::{MAX_TITLE, parse_meeting_duration};

const CATEGORY: Category = Category("category-scheduling");

/// The longest list of slots, and of answers, a command takes: room for twenty of each.
const MAX_SLOTS_TEXT: usize = 1000;
const MAX_ANSWERS_TEXT: usize = 200;

/// What separates the slots of `--slots` and the answers of `when answer`: a comma (Latin,
/// Arabic or ideographic) or a semicolon.
const SEPARATORS: [char; 5] = [',', '،', '，', '、', ';'];

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "when create",
        aliases: &["when"],
        category: CATEGORY,
        role: Some(Role::Member),
        scope: Scope::Named,
        usage: "when \"TITLE\" --slots \"DATE TIME, DATE TIME, …\" --zone ZONE [--duration 60m] [--body SHORT] [--closes 3d|\"DATE TIME\"]",
        params: &[Param { name: "title", kind: ParamKind::Text { max: MAX_TITLE }, required: true, shown: None }],
        flags: &[
            FlagSpec { name: "slots", takes_value: true },
            FlagSpec { name: "zone", takes_value: true },
            FlagSpec { name: "duration", takes_value: true },
            FlagSpec { name: "body", takes_value: true },
            FlagSpec { name: "closes", takes_value: true },
        ],
        examples: &[
            "when \"Q1 call\" --slots \"2027-01-12 14:00, 2027-01-13 09:00, 2027-01-14 16:00\" --zone Europe/Zurich --closes 3d",
            "when \"Budget review\" --slots \"2027-02-01 10:00, 2027-02-08 10:00\" --zone America/New_York --duration 90m --body BC-exec --closes \"2027-01-25 18:00\"",
        ],
        complete: None,
        parse: parse_create,
    },
    CommandSpec {
        name: "when show",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "when show ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["when show #1"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(WhenShow { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "when answer",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "when answer ID yes|maybe|no,…",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "answers", kind: ParamKind::Word, required: true, shown: Some("yes|maybe|no,…") },
        ],
        flags: &[],
        examples: &["when answer #1 yes,maybe,no", "when answer 1 y,n,m"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_answer,
    },
    CommandSpec {
        name: "when close",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "when close ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["when close #1"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(WhenClose { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "when list",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "when list",
        params: &[],
        flags: &[],
        examples: &["when list"],
        complete: None,
        parse: |_| Ok(Box::new(WhenList)),
    },
    CommandSpec {
        name: "when schedule",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "when schedule ID SLOT",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "slot", kind: ParamKind::Word, required: true, shown: None },
        ],
        flags: &[],
        examples: &["when schedule #1 2"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_schedule,
    },
];

/// `when "TITLE" --slots "DATE TIME, …" --zone ZONE [--duration D] [--body SHORT] [--closes 3d|"DATE TIME"]`.
/// A bare word where the title goes, with no `--slots`, is taken for a misspelt subcommand
/// (`when shwo #1`).
fn parse_create(args: &mut Args) -> Result<Command, ParseError> {
    let title = args.next_token().ok_or(ParseError::Missing { name: "title" })?;
    let slots = args.flag("slots");
    let Some(slots) = slots else {
        if !title.quoted {
            return Err(ParseError::UnknownSubcommand { command: "when".into(), name: title.text, suggestion: None });
        }
        return Err(ParseError::Missing { name: "slots" });
    };
    let title = check_short_text("title", &title.text, MAX_TITLE)?;
    let slots = parse_slots(&slots)?;
    let zone = args.flag("zone").ok_or(ParseError::Missing { name: "zone" })?;
    let zone = args.zone(&zone)?;
    let duration = match args.flag("duration") {
        Some(d) => parse_meeting_duration(&d)?,
        None => Duration::minutes(DEFAULT_DURATION_MIN),
    };
    let body = args.flag("body").map(|b| check_code("body", &b, MAX_SHORT)).transpose()?;
    let closes = args.flag("closes").map(|c| parse_closes(&c)).transpose()?;
    Ok(Box::new(WhenCreate { title, slots, zone, duration, body, closes }))
}

/// `2027-01-12 14:00, 2027-01-13 09:00`: the slots as given, on the poll zone's wall clock.
/// How many, and whether one is given twice, the service says.
fn parse_slots(value: &str) -> Result<Vec<NaiveDateTime>, ParseError> {
    let value = check_short_text("slots", value, MAX_SLOTS_TEXT)?;
    let mut slots = Vec::new();
    for part in value.split(SEPARATORS) {
        let mut words = part.split_whitespace();
        let Some(date) = words.next() else { continue };
        slots.push(date_time(date, words.next())?);
        if let Some(extra) = words.next() {
            return Err(ParseError::Unexpected { text: extra.to_owned() });
        }
    }
    if slots.is_empty() {
        return Err(ParseError::EmptyText { name: "slots" });
    }
    Ok(slots)
}

/// A date and a time of day, both required.
fn date_time(date: &str, time: Option<&str>) -> Result<NaiveDateTime, ParseError> {
    let date = parse_date(date)?;
    let time = parse_time(time.ok_or(ParseError::Missing { name: "time" })?)?;
    Ok(date.and_time(time))
}

/// `--closes 3d` (from now) or `--closes "2027-01-10 12:00"` (in the poll's zone).
fn parse_closes(value: &str) -> Result<Closes, ParseError> {
    let value = check_short_text("closes", value, 40)?;
    if let Ok(span) = parse_duration(&value) {
        return Ok(Closes::In(span));
    }
    let mut words = value.split_whitespace();
    match words.next() {
        Some(date) if parse_date(date).is_ok() || date.contains('-') => {
            let at = date_time(date, words.next())?;
            match words.next() {
                Some(extra) => Err(ParseError::Unexpected { text: extra.to_owned() }),
                None => Ok(Closes::At(at)),
            }
        }
        _ => Err(ParseError::BadChoice {
            name: "closes",
            value: value.clone(),
            allowed: "3d, 48h, \"2027-01-10 12:00\"".into(),
        }),
    }
}

/// `when answer ID yes,maybe,no,…`: the answers separated by commas or spaces, each a word of
/// [`ANSWER_WORDS`].
fn parse_answer(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let mut answers = Vec::new();
    while let Some(token) = args.next_token() {
        let text = check_short_text("answers", &token.text, MAX_ANSWERS_TEXT)?;
        for word in text.split(SEPARATORS).flat_map(str::split_whitespace) {
            let answer = Answer::parse(word).ok_or_else(|| ParseError::BadChoice {
                name: "answer",
                value: word.to_owned(),
                allowed: ANSWER_WORDS.to_owned(),
            })?;
            answers.push(answer);
        }
    }
    if answers.is_empty() {
        return Err(ParseError::Missing { name: "answers" });
    }
    Ok(Box::new(WhenAnswer { id, answers }))
}

/// `when schedule ID SLOT`: the slot's number as the poll shows it.
fn parse_schedule(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let word = check_name("slot", &args.word("slot")?, 20)?;
    let digits = word.strip_prefix('#').unwrap_or(&word);
    let slot = match digits.parse::<i64>() {
        Ok(n) if digits.chars().all(|c| c.is_ascii_digit()) => n,
        _ => return Err(ParseError::BadChoice { name: "slot", value: word, allowed: "1, 2, 3…".into() }),
    };
    Ok(Box::new(WhenSchedule { id, slot }))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::features::{parse_as, parse_err};

    fn local(date: &str, time: &str) -> NaiveDateTime {
        NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap().and_time(parse_time(time).unwrap())
    }

    #[test]
    fn a_poll_takes_its_slots_zone_and_options() {
        let cmd: WhenCreate = parse_as(
            "when \"Q1 call\" --slots \"2027-01-12 14:00, 2027-01-13 09:00،2027-01-14 16:00\" --zone Europe/Zurich --closes 3d",
        )
        .unwrap();
        assert_eq!(cmd.title, "Q1 call");
        assert_eq!(
            cmd.slots,
            [local("2027-01-12", "14:00"), local("2027-01-13", "09:00"), local("2027-01-14", "16:00")]
        );
        assert_eq!(cmd.zone, chrono_tz::Europe::Zurich);
        assert_eq!(cmd.duration, Duration::minutes(60));
        assert_eq!(cmd.closes, Some(Closes::In(Duration::days(3))));
        let cmd: WhenCreate = parse_as(
            "when create \"X\" --slots \"2027-01-12 14:00, 2027-01-13 09:00\" --zone UTC --closes \"2027-01-10 12:00\" --duration 90m --body BC",
        )
        .unwrap();
        assert_eq!(cmd.closes, Some(Closes::At(local("2027-01-10", "12:00"))));
        assert_eq!(cmd.duration, Duration::minutes(90));
        assert_eq!(cmd.body.as_deref(), Some("BC"));
    }

    #[test]
    fn a_quoted_title_is_never_a_subcommand() {
        let cmd: WhenCreate =
            parse_as("when \"list\" --slots \"2027-01-12 14:00, 2027-01-13 09:00\" --zone UTC").unwrap();
        assert_eq!(cmd.title, "list");
    }

    #[test]
    fn bad_slots_and_deadlines_are_refused_by_what_is_wrong() {
        let create = |slots: &str, more: &str| parse_err(&format!("when \"X\" --slots \"{slots}\" --zone UTC {more}"));
        assert!(create("2027-01-12", "").contains("Missing { name: \"time\" }"));
        assert!(create("2027-01-12 25:00", "").contains("BadTime"));
        assert!(create("2027-13-12 10:00", "").contains("BadDate"));
        assert!(create("2207-01-12 10:00", "").contains("DateOutOfRange"));
        assert!(create("2027-01-12 10:00 11:00", "").contains("Unexpected"));
        assert!(create(" , ", "").contains("EmptyText"));
        assert!(create("2027-01-12 10:00\u{200B}", "").contains("ControlCharacters"));
        assert!(create("2027-01-12 10:00", "--closes soon").contains("BadChoice { name: \"closes\""));
        assert!(create("2027-01-12 10:00", "--closes 2027-01-10").contains("Missing { name: \"time\" }"));
        assert!(create("2027-01-12 10:00", "--duration 25h").contains("BadChoice { name: \"duration\""));
        assert!(parse_err("when \"X\" --zone UTC").contains("Missing { name: \"slots\" }"));
        assert!(parse_err("when \"X\" --slots \"2027-01-12 10:00\"").contains("Missing { name: \"zone\" }"));
        assert!(parse_err("when shwo #1").contains("Some(\"when show\")"), "{}", parse_err("when shwo #1"));
    }

    #[test]
    fn answers_are_one_per_slot_in_order() {
        let cmd: WhenAnswer = parse_as("when answer #3 yes,maybe,NO").unwrap();
        assert_eq!((cmd.id, cmd.answers), (3, vec![Answer::Yes, Answer::Maybe, Answer::No]));
        let cmd: WhenAnswer = parse_as("when answer 3 y, n m").unwrap();
        assert_eq!(cmd.answers, [Answer::Yes, Answer::No, Answer::Maybe]);
        assert!(parse_err("when answer #3 yes,perhaps").contains("BadChoice { name: \"answer\", value: \"perhaps\""));
        assert!(parse_err("when answer #3").contains("Missing { name: \"answers\" }"));
        assert!(parse_err("when answer #3 ,").contains("Missing { name: \"answers\" }"));
    }

    #[test]
    fn a_slot_is_a_number() {
        let cmd: WhenSchedule = parse_as("when schedule #2 3").unwrap();
        assert_eq!((cmd.id, cmd.slot), (2, 3));
        let cmd: WhenSchedule = parse_as("when schedule 2 0").unwrap();
        assert_eq!(cmd.slot, 0, "slot 0 parses, and names no slot");
        assert!(parse_err("when schedule #2 two").contains("BadChoice { name: \"slot\""));
        assert!(parse_err("when schedule #2 -1").contains("BadChoice { name: \"slot\""));
    }
}
