//! `onboarding [BODY] [@USER]`, `onboarding done NUMBER [@USER] [BODY]`,
//! `onboarding items BODY [add "TEXT" | remove NUMBER]`.

use super::{MAX_ITEM, OnboardingDone, OnboardingItems, OnboardingShow};
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, check_code, is_mention};
use crate::features::bodies::MAX_SHORT;

const CATEGORY: Category = Category("category-applications");

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "onboarding show",
        aliases: &["onboarding"],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "onboarding [BODY] [@USER]",
        params: &[
            Param { name: "body", kind: ParamKind::Word, required: false, shown: None },
            Param { name: "user", kind: ParamKind::User, required: false, shown: None },
        ],
        flags: &[],
        examples: &["onboarding", "onboarding BC @alice"],
        complete: None,
        parse: parse_show,
    },
    CommandSpec {
        name: "onboarding done",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "onboarding done NUMBER [@USER] [BODY]",
        params: &[
            Param { name: "number", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "user", kind: ParamKind::User, required: false, shown: None },
            Param { name: "body", kind: ParamKind::Word, required: false, shown: None },
        ],
        flags: &[],
        examples: &["onboarding done 2", "onboarding done 1 @alice BC"],
        complete: None,
        parse: parse_done,
    },
    CommandSpec {
        name: "onboarding items",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "onboarding items BODY [add|remove] [\"TEXT\"|NUMBER]",
        params: &[
            Param { name: "body", kind: ParamKind::Word, required: true, shown: None },
            Param {
                name: "change",
                kind: ParamKind::Choice(&["add", "remove"]),
                required: false,
                shown: Some("add|remove"),
            },
            Param {
                name: "text",
                kind: ParamKind::Text { max: MAX_ITEM },
                required: false,
                shown: Some("\"TEXT\"|NUMBER"),
            },
        ],
        flags: &[],
        examples: &[
            "onboarding items BC",
            "onboarding items BC add \"Introduce yourself in the plenary room\"",
            "onboarding items BC remove 2",
        ],
        complete: None,
        parse: parse_items,
    },
];

/// An optional mention, then an optional body, in either order.
fn user_and_body(args: &mut Args) -> Result<(Option<String>, Option<String>), ParseError> {
    let (mut user, mut body) = (None, None);
    while let Some(token) = args.next_token() {
        if user.is_none() && is_mention(&token.text) {
            user = Some(token.text);
        } else if body.is_none() {
            body = Some(check_code("body", &token.text, MAX_SHORT)?);
        } else {
            return Err(ParseError::Unexpected { text: token.text });
        }
    }
    Ok((user, body))
}

fn parse_show(args: &mut Args) -> Result<Command, ParseError> {
    let (user, short) = user_and_body(args)?;
    Ok(Box::new(OnboardingShow { short, user }))
}

fn parse_done(args: &mut Args) -> Result<Command, ParseError> {
    let number = args.number()?;
    let (user, short) = user_and_body(args)?;
    Ok(Box::new(OnboardingDone { number, user, short }))
}

fn parse_items(args: &mut Args) -> Result<Command, ParseError> {
    let short = check_code("body", &args.word("body")?, MAX_SHORT)?;
    let change = args.list_change(MAX_ITEM)?;
    Ok(Box::new(OnboardingItems { short, change }))
}
