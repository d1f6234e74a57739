//! `hand [remote]`, `hand down`, `queue`, `queue clear`, `next`.
//!
//! The one-word forms people type (`hand`, `queue`) are aliases of two-word names, so that on
//! Discord each family is one slash command with subcommands (`/hand raise`, `/hand down`).

use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::Args;
use crate::features::attendance::{PRESENCE, parse_presence};

/// `hand [remote|in-person]`: where the person speaks from, when they say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hand {
    pub remote: Option<bool>,
}

/// `hand down`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandDown;

/// `queue`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueShow;

/// `queue clear`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueClear;

/// `next`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueNext;

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "hand raise",
        aliases: &["hand", "hand up"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "hand [remote|in-person]",
        params: &[Param { name: "presence", kind: ParamKind::Choice(PRESENCE), required: false, shown: None }],
        flags: &[],
        examples: &["hand", "hand remote"],
        complete: None,
        parse: parse_hand,
    },
    CommandSpec {
        name: "hand down",
        aliases: &["hand lower"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "hand down",
        params: &[],
        flags: &[],
        examples: &["hand down"],
        complete: None,
        parse: |_| Ok(Box::new(HandDown)),
    },
    CommandSpec {
        name: "queue show",
        aliases: &["queue"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "queue",
        params: &[],
        flags: &[],
        examples: &["queue"],
        complete: None,
        parse: |_| Ok(Box::new(QueueShow)),
    },
    CommandSpec {
        name: "queue clear",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "queue clear",
        params: &[],
        flags: &[],
        examples: &["queue clear"],
        complete: None,
        parse: |_| Ok(Box::new(QueueClear)),
    },
    CommandSpec {
        name: "next",
        aliases: &["queue next"],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "next",
        params: &[],
        flags: &[],
        examples: &["next"],
        complete: None,
        parse: |_| Ok(Box::new(QueueNext)),
    },
];

fn parse_hand(args: &mut Args) -> Result<Command, ParseError> {
    let remote = args.next_token().map(|t| parse_presence(&t.text)).transpose()?;
    Ok(Box::new(Hand { remote }))
}

#[cfg(test)]
mod tests {
    use super::{Hand, HandDown, QueueClear, QueueNext, QueueShow};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn queue_commands_parse_in_their_short_and_long_forms() {
        assert_eq!(parse("hand"), Ok(Hand { remote: None }));
        assert_eq!(parse("hand raise remote"), Ok(Hand { remote: Some(true) }));
        assert_eq!(parse("HAND in-person"), Ok(Hand { remote: Some(false) }));
        assert_eq!(parse("hand down"), Ok(HandDown));
        assert_eq!(parse("hand lower"), Ok(HandDown));
        assert_eq!(parse("queue"), Ok(QueueShow));
        assert_eq!(parse("queue clear"), Ok(QueueClear));
        assert_eq!(parse("next"), Ok(QueueNext));
        assert_eq!(parse("queue next"), Ok(QueueNext));
        assert!(parse_err("hand sideways").contains("BadChoice"));
        assert!(parse_err("hand down now").contains("Unexpected"));
        assert!(parse_err("queue everything").contains("Unexpected"));
        assert!(parse_err("next @bob").contains("Unexpected"));
    }
}
