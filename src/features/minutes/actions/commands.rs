//! The commands that follow action items after their meeting: `actions`, `action show|done|
//! reassign|due|comment`. Their names are `actions …` (`actions list`, `actions done` …), so that
//! on Discord they are the subcommands of `/actions` while `/action` stays the live command of the
//! minutes; the text form is an alias (`action done`).

use super::model::{ActionComment, ActionDone, ActionDue, ActionReassign, ActionShow, ActionsList, MAX_COMMENT};
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_code, check_short_text, is_mention, parse_date, parse_id};
use crate::features::bodies::MAX_SHORT;

const CATEGORY: Category = Category("category-minutes");

const ID: Param = Param { name: "id", kind: ParamKind::Id, required: true, shown: None };
const USER: Param = Param { name: "user", kind: ParamKind::User, required: true, shown: None };

/// A command about one action, its `ID` completed from the actions at hand.
const fn one(
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
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse,
    }
}

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "actions list",
        aliases: &["actions"],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "actions [@USER] [--overdue] [--body SHORT]",
        params: &[Param { name: "user", kind: ParamKind::User, required: false, shown: None }],
        flags: &[FlagSpec { name: "overdue", takes_value: false }, FlagSpec { name: "body", takes_value: true }],
        examples: &["actions", "actions @bob --overdue", "actions --body BC"],
        complete: None,
        parse: parse_list,
    },
    one("actions show", &["action show"], "action show ID", &[ID], &["action show #2"], |a| {
        let id = id(a)?;
        finish(a, Box::new(ActionShow { id }))
    }),
    one("actions done", &["action done"], "action done ID", &[ID], &["action done #2"], |a| {
        let id = id(a)?;
        finish(a, Box::new(ActionDone { id }))
    }),
    one(
        "actions reassign",
        &["action reassign"],
        "action reassign ID @USER",
        &[ID, USER],
        &["action reassign #2 @carol"],
        |a| {
            let id = id(a)?;
            let user = mention(a)?;
            finish(a, Box::new(ActionReassign { id, user }))
        },
    ),
    one(
        "actions due",
        &["action due"],
        "action due ID DATE|none",
        &[ID, Param { name: "date", kind: ParamKind::Date, required: true, shown: Some("DATE|none") }],
        &["action due #2 2027-01-15", "action due #2 none"],
        |a| {
            let id = id(a)?;
            let date = a.word("date")?;
            let due = if date.eq_ignore_ascii_case("none") { None } else { Some(parse_date(&date)?) };
            finish(a, Box::new(ActionDue { id, due }))
        },
    ),
    one(
        "actions comment",
        &["action comment"],
        "action comment ID TEXT",
        &[ID, Param { name: "text", kind: ParamKind::Text { max: MAX_COMMENT }, required: true, shown: None }],
        &["action comment #2 The printer is booked for Monday"],
        |a| {
            let id = id(a)?;
            let text = check_short_text("text", &a.rest("text")?, MAX_COMMENT)?;
            Ok(Box::new(ActionComment { id, text }))
        },
    ),
];

fn id(args: &mut Args) -> Result<i64, ParseError> {
    parse_id(&args.word("id")?)
}

fn mention(args: &mut Args) -> Result<String, ParseError> {
    let user = args.word("user")?;
    if !is_mention(&user) {
        return Err(ParseError::BadChoice { name: "user", value: user, allowed: "@name".into() });
    }
    Ok(user)
}

fn finish(args: &mut Args, command: Command) -> Result<Command, ParseError> {
    match args.next_token() {
        Some(t) => Err(ParseError::Unexpected { text: t.text }),
        None => Ok(command),
    }
}

/// `actions [@USER] [--overdue] [--body SHORT]`.
fn parse_list(args: &mut Args) -> Result<Command, ParseError> {
    let overdue = args.switch("overdue");
    let body = args.flag("body").map(|b| check_code("body", &b, MAX_SHORT)).transpose()?;
    let user = if args.is_empty() { None } else { Some(mention(args)?) };
    finish(args, Box::new(ActionsList { user, overdue, body }))
}

#[cfg(test)]
mod tests {
    use super::super::model::{ActionComment, ActionDue, ActionReassign, ActionsList};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn action_commands_parse() {
        assert_eq!(
            parse("actions @bob --overdue --body BC"),
            Ok(ActionsList { user: Some("@bob".into()), overdue: true, body: Some("BC".into()) })
        );
        assert_eq!(parse("actions"), Ok(ActionsList { user: None, overdue: false, body: None }));
        assert_eq!(parse("action reassign #2 @carol"), Ok(ActionReassign { id: 2, user: "@carol".into() }));
        assert_eq!(parse("action due 2 none"), Ok(ActionDue { id: 2, due: None }));
        assert_eq!(
            parse("action due #2 2027-01-15"),
            Ok(ActionDue { id: 2, due: chrono::NaiveDate::from_ymd_opt(2027, 1, 15) })
        );
        assert_eq!(parse("action comment #2 Booked"), Ok(ActionComment { id: 2, text: "Booked".into() }));
        assert!(
            parse_err("action due #2 tomorrow").contains("BadDate")
                || parse_err("action due #2 tomorrow").contains("Bad")
        );
        assert!(parse_err("action reassign #2 carol").contains("BadChoice"));
        assert!(parse_err("action done").contains("Missing"));
        assert!(parse_err("action done #2 now").contains("Unexpected"));
        assert!(parse_err("action comment #2 a\u{200B}b").contains("ControlCharacters"));
        assert!(parse_err(&format!("action comment #2 {}", "x".repeat(501))).contains("TooLong"));
        assert!(parse_err("actions bob").contains("BadChoice"));
    }
}
