//! The live commands of a minuted meeting (`startmeeting`, `topic`, `info`, `idea`, `agreed`,
//! `rejected`, `action`, `link`, `chair`, `unchair`, `undo`, `here`, `endmeeting`) and the
//! archive's (`minutes list|show|get|search|edit|approve`).

use super::model::{
    Action, Chair, EndMeeting, FORMATS, Format, Here, ItemKind, Link, MAX_HANDS, MAX_ITEM, MAX_OWNERS, MAX_TITLE,
    MAX_URL, MOTION_CHOICES, MinutesApprove, MinutesEdit, MinutesGet, MinutesList, MinutesPost, MinutesSearch,
    MinutesShow, MotionClose, MotionCount, MotionOpen, MotionVote, Note, StartMeeting, Topic, Undo,
};
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_short_text, is_mention, parse_date, parse_id};
use crate::features::polls::Majority;

const CATEGORY: Category = Category("category-minutes");

const TEXT: Param = Param { name: "text", kind: ParamKind::Text { max: MAX_ITEM }, required: true, shown: None };
const USER: Param = Param { name: "user", kind: ParamKind::User, required: true, shown: None };
const ID: Param = Param { name: "id", kind: ParamKind::Id, required: true, shown: None };

/// A spec of one live command that takes nothing or a text.
const fn live(
    name: &'static str,
    aliases: &'static [&'static str],
    usage: &'static str,
    params: &'static [Param],
    examples: &'static [&'static str],
    parse: fn(&mut Args) -> Result<Command, ParseError>,
) -> CommandSpec {
    CommandSpec {
        name,
        aliases,
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage,
        params,
        flags: &[],
        examples,
        complete: None,
        parse,
    }
}

/// An archive command about one set of minutes, its `ID` completed from the archive here.
const fn archive(
    name: &'static str,
    usage: &'static str,
    params: &'static [Param],
    examples: &'static [&'static str],
    parse: fn(&mut Args) -> Result<Command, ParseError>,
) -> CommandSpec {
    CommandSpec {
        name,
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage,
        params,
        flags: &[],
        examples,
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse,
    }
}

pub const COMMANDS: &[CommandSpec] = &[
    live(
        "startmeeting",
        &[],
        "startmeeting [TITLE]",
        &[Param { name: "title", kind: ParamKind::Text { max: MAX_TITLE }, required: false, shown: None }],
        &["startmeeting", "startmeeting Board call"],
        parse_start,
    ),
    live("topic", &[], "topic TEXT|next", &[TEXT], &["topic Budget 2027", "topic next"], parse_topic),
    live("info", &[], "info TEXT", &[TEXT], &["info The auditors signed the accounts"], |a| note(a, ItemKind::Info)),
    live("idea", &[], "idea TEXT", &[TEXT], &["idea Hold the spring meeting online"], |a| note(a, ItemKind::Idea)),
    live("agreed", &["decision"], "agreed TEXT", &[TEXT], &["agreed The budget is adopted"], |a| {
        note(a, ItemKind::Agreed)
    }),
    live("rejected", &[], "rejected TEXT", &[TEXT], &["rejected Moving the office"], |a| note(a, ItemKind::Rejected)),
    CommandSpec {
        name: "action",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "action @USER [@USER…] TEXT [--due DATE]",
        params: &[USER, TEXT],
        flags: &[FlagSpec { name: "due", takes_value: true }],
        examples: &["action @bob Send the accounts to members --due 2026-12-20", "action @bob @carol Book the room"],
        complete: None,
        parse: parse_action,
    },
    live(
        "link",
        &[],
        "link URL [TEXT]",
        &[
            Param { name: "url", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "text", kind: ParamKind::Text { max: MAX_ITEM }, required: false, shown: None },
        ],
        &["link https://example.org/budget.pdf The draft budget"],
        parse_link,
    ),
    live("chair", &[], "chair @USER", &[USER], &["chair @carol"], |a| chair(a, true)),
    live("unchair", &[], "unchair @USER", &[USER], &["unchair @carol"], |a| chair(a, false)),
    live("undo", &[], "undo", &[], &["undo"], |a| finish(a, Box::new(Undo))),
    live("here", &[], "here", &[], &["here"], |a| finish(a, Box::new(Here))),
    live("endmeeting", &[], "endmeeting", &[], &["endmeeting"], |a| finish(a, Box::new(EndMeeting))),
    live("minutes list", &["minutes"], "minutes list", &[], &["minutes list"], |a| finish(a, Box::new(MinutesList))),
    archive("minutes show", "minutes show ID", &[ID], &["minutes show #3"], |a| {
        let id = parse_id(&a.word("id")?)?;
        finish(a, Box::new(MinutesShow { id }))
    }),
    archive(
        "minutes get",
        "minutes get ID [md|html|txt]",
        &[ID, Param { name: "format", kind: ParamKind::Choice(FORMATS), required: false, shown: None }],
        &["minutes get #3", "minutes get #3 html"],
        parse_get,
    ),
    CommandSpec {
        name: "minutes search",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "minutes search TEXT",
        params: &[Param { name: "text", kind: ParamKind::Text { max: MAX_TITLE }, required: true, shown: None }],
        flags: &[],
        examples: &["minutes search budget"],
        complete: None,
        parse: |a| {
            let text = check_short_text("text", &a.rest("text")?, MAX_TITLE)?;
            Ok(Box::new(MinutesSearch { text }))
        },
    },
    archive(
        "minutes edit",
        "minutes edit ID ITEM \"TEXT\"",
        &[ID, Param { name: "item", kind: ParamKind::Word, required: true, shown: None }, TEXT],
        &["minutes edit #3 4 \"The budget is adopted as amended\""],
        parse_edit,
    ),
    CommandSpec {
        flags: &[FlagSpec { name: "poll", takes_value: false }],
        ..archive(
            "minutes approve",
            "minutes approve ID [--poll]",
            &[ID],
            &["minutes approve #3", "minutes approve #3 --poll"],
            |a| {
                let by_poll = a.switch("poll");
                let id = parse_id(&a.word("id")?)?;
                finish(a, Box::new(MinutesApprove { id, by_poll }))
            },
        )
    },
    CommandSpec {
        flags: &[
            FlagSpec { name: "agenda", takes_value: true },
            FlagSpec { name: "transcript", takes_value: true },
            FlagSpec { name: "recording", takes_value: true },
        ],
        ..archive(
            "minutes post",
            "minutes post ID [--agenda URL] [--transcript URL] [--recording URL]",
            &[ID],
            &[
                "minutes post #3",
                "minutes post #3 --agenda https://example.org/agenda.pdf --recording https://example.org/rec.mp4",
            ],
            parse_post,
        )
    },
    // `motion open` for Discord, which cannot have `/motion` and its subcommands side by side.
    live("motion open", &["motion"], "motion TEXT", &[TEXT], &["motion The 2027 budget is adopted"], |a| {
        Ok(Box::new(MotionOpen { text: item_text(a)? }))
    }),
    live(
        "motion vote",
        &[],
        "motion vote yes|no|abstain",
        &[Param { name: "choice", kind: ParamKind::Choice(MOTION_CHOICES), required: true, shown: None }],
        &["motion vote yes", "motion vote abstain"],
        parse_motion_vote,
    ),
    live(
        "motion count",
        &[],
        "motion count AYES NOES ABSTENTIONS",
        &[
            Param { name: "ayes", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "noes", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "abstentions", kind: ParamKind::Word, required: true, shown: None },
        ],
        &["motion count 12 3 1"],
        parse_motion_count,
    ),
    CommandSpec {
        flags: &[FlagSpec { name: "majority", takes_value: true }],
        ..live(
            "motion close",
            &[],
            "motion close [--majority simple|absolute|2/3]",
            &[],
            &["motion close", "motion close --majority 2/3"],
            parse_motion_close,
        )
    },
];

/// `motion vote yes|no|abstain`.
fn parse_motion_vote(args: &mut Args) -> Result<Command, ParseError> {
    let word = args.word("choice")?;
    let Some(choice) = MOTION_CHOICES.iter().find(|c| c.eq_ignore_ascii_case(&word)) else {
        return Err(ParseError::BadChoice { name: "choice", value: word, allowed: MOTION_CHOICES.join(", ") });
    };
    finish(args, Box::new(MotionVote { choice }))
}

/// `motion count AYES NOES ABSTENTIONS`: three whole numbers of hands, from 0 to [`MAX_HANDS`].
fn parse_motion_count(args: &mut Args) -> Result<Command, ParseError> {
    let mut hands = [0i64; 3];
    for (slot, name) in hands.iter_mut().zip(["ayes", "noes", "abstentions"]) {
        let word = args.word(name)?;
        *slot = word
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=MAX_HANDS).contains(n))
            .ok_or_else(|| ParseError::BadChoice { name, value: word, allowed: format!("0–{MAX_HANDS}") })?;
    }
    let [yes, no, abstain] = hands;
    finish(args, Box::new(MotionCount { yes, no, abstain }))
}

/// `motion close [--majority simple|absolute|2/3]`, a simple majority unless said.
fn parse_motion_close(args: &mut Args) -> Result<Command, ParseError> {
    let majority = match args.flag("majority") {
        None => Majority::Simple,
        Some(text) => Majority::parse(&text.to_ascii_lowercase()).ok_or_else(|| ParseError::BadChoice {
            name: "majority",
            value: text,
            allowed: "simple, absolute, 2/3".into(),
        })?,
    };
    finish(args, Box::new(MotionClose { majority }))
}

/// `minutes post ID [--agenda URL] [--transcript URL] [--recording URL]`.
fn parse_post(args: &mut Args) -> Result<Command, ParseError> {
    let mut url = |name: &'static str| args.flag(name).map(|raw| check_url(name, raw)).transpose();
    let (agenda, transcript, recording) = (url("agenda")?, url("transcript")?, url("recording")?);
    let id = parse_id(&args.word("id")?)?;
    finish(args, Box::new(MinutesPost { id, agenda, transcript, recording }))
}

fn finish(args: &mut Args, command: Command) -> Result<Command, ParseError> {
    match args.next_token() {
        Some(t) => Err(ParseError::Unexpected { text: t.text }),
        None => Ok(command),
    }
}

fn item_text(args: &mut Args) -> Result<String, ParseError> {
    check_short_text("text", &args.rest("text")?, MAX_ITEM)
}

fn parse_start(args: &mut Args) -> Result<Command, ParseError> {
    let title = if args.is_empty() { None } else { Some(check_short_text("title", &args.rest("title")?, MAX_TITLE)?) };
    Ok(Box::new(StartMeeting { title }))
}

/// `topic next` moves on to the next agenda item; any other text is the topic.
fn parse_topic(args: &mut Args) -> Result<Command, ParseError> {
    let next = args.remaining().count() == 1 && args.keyword("next");
    let text = if next { None } else { Some(item_text(args)?) };
    Ok(Box::new(Topic { text }))
}

fn note(args: &mut Args, kind: ItemKind) -> Result<Command, ParseError> {
    Ok(Box::new(Note { kind, text: item_text(args)? }))
}

/// `action @OWNER [@OWNER…] TEXT [--due DATE]`: the mentions first, then the text.
fn parse_action(args: &mut Args) -> Result<Command, ParseError> {
    let due = args.flag("due").map(|d| parse_date(&d)).transpose()?;
    let mut owners: Vec<String> = Vec::new();
    while let Some(t) = args.peek() {
        if t.quoted || !is_mention(&t.text) {
            break;
        }
        let owner = args.word("user")?;
        if !owners.contains(&owner) {
            owners.push(owner);
        }
    }
    if owners.is_empty() {
        return Err(ParseError::Missing { name: "user" });
    }
    if owners.len() > MAX_OWNERS {
        return Err(ParseError::TooLong { name: "user", max: MAX_OWNERS, len: owners.len() });
    }
    Ok(Box::new(Action { owners, text: item_text(args)?, due }))
}

/// A link is an absolute `http` or `https` URL with a host.
fn parse_link(args: &mut Args) -> Result<Command, ParseError> {
    let url = check_url("url", args.word("url")?)?;
    let text = if args.is_empty() { None } else { Some(item_text(args)?) };
    Ok(Box::new(Link { url, text }))
}

/// An absolute `http` or `https` URL with a host, given for `name`.
fn check_url(name: &'static str, raw: String) -> Result<String, ParseError> {
    let len = raw.chars().count();
    if len > MAX_URL {
        return Err(ParseError::TooLong { name, max: MAX_URL, len });
    }
    // Never echo direction overrides or invisible characters back in the error.
    if check_short_text(name, &raw, MAX_URL)? != raw {
        return Err(ParseError::ControlCharacters { name });
    }
    let valid = url::Url::parse(&raw)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty()));
    if valid.is_none() {
        return Err(ParseError::BadChoice { name, value: raw, allowed: "https://…".to_owned() });
    }
    Ok(raw)
}

fn chair(args: &mut Args, add: bool) -> Result<Command, ParseError> {
    let user = args.word("user")?;
    if !is_mention(&user) {
        return Err(ParseError::BadChoice { name: "user", value: user, allowed: "@name".into() });
    }
    finish(args, Box::new(Chair { user, add }))
}

fn parse_get(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let format = match args.next_token() {
        None => Format::Markdown,
        Some(t) => match t.text.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Format::Markdown,
            "html" => Format::Html,
            "txt" | "text" => Format::Text,
            _ => return Err(ParseError::BadChoice { name: "format", value: t.text, allowed: FORMATS.join(", ") }),
        },
    };
    finish(args, Box::new(MinutesGet { id, format }))
}

fn parse_edit(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let item = parse_id(&args.word("item")?)?;
    Ok(Box::new(MinutesEdit { id, item, text: item_text(args)? }))
}

#[cfg(test)]
mod tests {
    use super::super::model::{Action, Format, ItemKind, Link, MinutesGet, Note, StartMeeting, Topic};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn live_commands_parse() {
        assert_eq!(parse("startmeeting"), Ok(StartMeeting { title: None }));
        assert_eq!(parse("startmeeting Board call"), Ok(StartMeeting { title: Some("Board call".into()) }));
        assert_eq!(parse("topic next"), Ok(Topic { text: None }));
        assert_eq!(parse("topic next steps"), Ok(Topic { text: Some("next steps".into()) }));
        assert_eq!(parse("decision Adopted"), Ok(Note { kind: ItemKind::Agreed, text: "Adopted".into() }));
        assert_eq!(
            parse("action @bob @carol Book the room --due 2026-12-20"),
            Ok(Action {
                owners: vec!["@bob".into(), "@carol".into()],
                text: "Book the room".into(),
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 20),
            })
        );
        assert_eq!(
            parse("link https://example.org/a Draft"),
            Ok(Link { url: "https://example.org/a".into(), text: Some("Draft".into()) })
        );
        assert_eq!(parse("minutes get 3 html"), Ok(MinutesGet { id: 3, format: Format::Html }));
        assert!(parse_err("action Book the room").contains("Missing"));
        assert!(parse_err("link example.org").contains("BadChoice"));
        assert!(parse_err("link ftp://example.org").contains("BadChoice"));
        assert!(parse_err("info a\u{200B}b").contains("ControlCharacters"));
        assert!(parse_err(&format!("info {}", "x".repeat(1001))).contains("TooLong"));
        assert!(parse_err("undo now").contains("Unexpected"));
    }

    #[test]
    fn motion_and_post_commands_parse() {
        use super::super::model::{MinutesApprove, MinutesPost, MotionClose, MotionCount, MotionOpen, MotionVote};
        use crate::features::polls::Majority;
        assert_eq!(parse("motion Adopt the budget"), Ok(MotionOpen { text: "Adopt the budget".into() }));
        assert_eq!(parse("motion \"vote of thanks\""), Ok(MotionOpen { text: "vote of thanks".into() }));
        assert_eq!(parse("motion vote Abstain"), Ok(MotionVote { choice: "abstain" }));
        assert_eq!(parse("motion count 12 3 1"), Ok(MotionCount { yes: 12, no: 3, abstain: 1 }));
        assert_eq!(parse("motion close"), Ok(MotionClose { majority: Majority::Simple }));
        assert_eq!(parse("motion close --majority 2/3"), Ok(MotionClose { majority: Majority::TwoThirds }));
        assert_eq!(parse("minutes approve #3 --poll"), Ok(MinutesApprove { id: 3, by_poll: true }));
        assert_eq!(
            parse("minutes post #3 --recording https://example.org/r.mp4"),
            Ok(MinutesPost {
                id: 3,
                agenda: None,
                transcript: None,
                recording: Some("https://example.org/r.mp4".into())
            })
        );
        assert!(parse_err("motion count 12 3").contains("Missing"));
        assert!(parse_err("motion count 12 -3 1").contains("BadChoice"));
        assert!(parse_err("motion count 1.5 0 0").contains("BadChoice"));
        assert!(parse_err("motion vote perhaps").contains("BadChoice"));
        assert!(parse_err("motion close --majority most").contains("BadChoice"));
        assert!(parse_err("minutes post #3 --agenda ftp://example.org/a").contains("BadChoice"));
        assert!(parse_err("minutes post #3 --agenda https://example.org/\u{200B}a").contains("ControlCharacters"));
    }
}
