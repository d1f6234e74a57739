//! `body quorum`, `meeting attendance`, `meeting present`.

use super::model::{PRESENCE, Present, QuorumRule, RollCall, SetQuorum, parse_presence};
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_code, parse_date, parse_id};
use crate::features::bodies::MAX_SHORT;
use crate::features::meetings;

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "body quorum",
        aliases: &[],
        category: Category("category-bodies"),
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "body quorum SHORT [50%|12|none]",
        params: &[
            Param { name: "short", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "rule", kind: ParamKind::Word, required: false, shown: Some("50%|12|none") },
        ],
        flags: &[],
        examples: &["body quorum BC 50%", "body quorum BC-exec 4", "body quorum BC none", "body quorum BC"],
        complete: None,
        parse: parse_quorum,
    },
    CommandSpec {
        name: "meeting attendance",
        aliases: &["attendance", "roll call", "rollcall"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting attendance ID [--date DATE]",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[FlagSpec { name: "date", takes_value: true }],
        examples: &["meeting attendance #2", "attendance 2", "meeting attendance #2 --date 2026-12-01"],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let date = args.flag("date").map(|d| parse_date(&d)).transpose()?;
            Ok(Box::new(RollCall { id, date }))
        },
    },
    CommandSpec {
        name: "meeting present",
        aliases: &["present"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "meeting present ID [remote|in-person]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "presence", kind: ParamKind::Choice(PRESENCE), required: false, shown: None },
        ],
        flags: &[],
        examples: &["meeting present #2", "present 2 remote"],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: parse_present,
    },
];

/// `body quorum SHORT [RULE]`: without a rule, shows the body's rule.
fn parse_quorum(args: &mut Args) -> Result<Command, ParseError> {
    let body = check_code("short", &args.word("short")?, MAX_SHORT)?;
    let rule = args.next_token().map(|t| QuorumRule::parse(&t.text)).transpose()?;
    Ok(Box::new(SetQuorum { body, rule }))
}

/// `meeting present ID [remote|in-person]`.
fn parse_present(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let remote = args.next_token().map(|t| parse_presence(&t.text)).transpose()?.unwrap_or(false);
    Ok(Box::new(Present { id, remote }))
}

#[cfg(test)]
mod tests {
    use super::super::model::{Present, QuorumRule, RollCall, SetQuorum};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn attendance_commands_parse() {
        assert_eq!(
            parse("body quorum BC 50%"),
            Ok(SetQuorum { body: "BC".into(), rule: Some(Some(QuorumRule::Percent(50))) })
        );
        assert_eq!(parse("body quorum BC none"), Ok(SetQuorum { body: "BC".into(), rule: Some(None) }));
        assert_eq!(parse("body quorum BC"), Ok(SetQuorum { body: "BC".into(), rule: None }));
        assert!(parse_err("body quorum BC 50% 12").contains("Unexpected"));
        assert!(parse::<SetQuorum>("body quorum B\u{200B}C 5").is_err());
        assert_eq!(parse("attendance #3"), Ok(RollCall { id: 3, date: None }));
        assert_eq!(parse("roll call 3"), Ok(RollCall { id: 3, date: None }));
        assert_eq!(parse("present 3 remote"), Ok(Present { id: 3, remote: true }));
        assert_eq!(parse("meeting present #3"), Ok(Present { id: 3, remote: false }));
        assert!(parse_err("present 3 far").contains("BadChoice"));
        assert!(parse_err("present").contains("Missing"));
    }
}
