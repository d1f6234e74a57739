//! `outbox` (`outbox list`) and `outbox retry ID`.
//!
//! `outbox` is an alias of a two-word name so that on Discord the family is one slash command
//! with subcommands (`/outbox list`, `/outbox retry`).

use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, parse_id};

/// `outbox retry ID`: the failed send to put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRetry {
    pub id: i64,
}

/// `outbox`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxList;

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "outbox list",
        aliases: &["outbox"],
        category: Category("category-outbox"),
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "outbox",
        params: &[],
        flags: &[],
        examples: &["outbox"],
        complete: None,
        parse: parse_list,
    },
    CommandSpec {
        name: "outbox retry",
        aliases: &[],
        category: Category("category-outbox"),
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "outbox retry ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["outbox retry #4"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(OutboxRetry { id: parse_id(&args.word("id")?)? })),
    },
];

/// `outbox`: a word after it can only be a subcommand that does not exist (`outbox purge`); the
/// registry adds the closest one.
fn parse_list(args: &mut Args) -> Result<Command, ParseError> {
    match args.next_token() {
        Some(word) => {
            Err(ParseError::UnknownSubcommand { command: "outbox".into(), name: word.text, suggestion: None })
        }
        None => Ok(Box::new(OutboxList)),
    }
}

#[cfg(test)]
mod tests {
    use super::{OutboxList, OutboxRetry};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn outbox_commands_parse_in_their_short_and_long_forms() {
        assert_eq!(parse("outbox"), Ok(OutboxList));
        assert_eq!(parse("outbox list"), Ok(OutboxList));
        assert_eq!(parse("OUTBOX retry #12"), Ok(OutboxRetry { id: 12 }));
        assert_eq!(parse("outbox retry 3"), Ok(OutboxRetry { id: 3 }));
        assert!(parse_err("outbox retry").contains("Missing"));
        assert!(parse_err("outbox retry three").contains("BadId"));
        assert!(parse_err("outbox retry #x").contains("BadId"));
        assert!(parse_err("outbox retry 99999999999999999999").contains("BadId"));
        assert!(parse_err("outbox retry 3 4").contains("Unexpected"));
        assert!(parse_err("outbox everything").contains("UnknownSubcommand"));
        assert!(parse_err("outbox list now").contains("UnknownSubcommand"));
    }
}
