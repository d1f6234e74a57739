//! `apply BODY` (`apply to`), `apply cancel`, `apply status`, `apply questions BODY [add|remove]`,
//! `applications`, `application show|approve|reject|refer`.

use super::model::{
    AddQuestion, ApplicationDecision, ApplicationList, ApplicationShow, ApplyAnswers, ApplyCancel, ApplyStatus,
    ApplyTo, Decision, MAX_ANSWER, MAX_QUESTION, MAX_REASON, RemoveQuestion, STATUSES, ShowQuestions,
};
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, ListChange, check_code, check_text, parse_id};
use crate::features::bodies::MAX_SHORT;

const CATEGORY: Category = Category("category-applications");

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "apply to",
        aliases: &["apply"],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "apply BODY",
        params: &[Param { name: "body", kind: ParamKind::Word, required: true, shown: None }],
        flags: &[],
        examples: &["apply BC"],
        complete: None,
        parse: parse_apply,
    },
    CommandSpec {
        name: "apply answers",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "apply answers [\"ANSWER\" …]",
        params: &[Param {
            name: "answers",
            kind: ParamKind::Text { max: MAX_ANSWER },
            required: false,
            shown: Some("\"ANSWER\" …"),
        }],
        flags: &[],
        examples: &["apply answers \"Amina Diallo\" \"-\" SN \"To work on water policy\""],
        complete: None,
        parse: parse_answers,
    },
    CommandSpec {
        name: "apply cancel",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "apply cancel",
        params: &[],
        flags: &[],
        examples: &["apply cancel"],
        complete: None,
        parse: |_| Ok(Box::new(ApplyCancel)),
    },
    CommandSpec {
        name: "apply status",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "apply status",
        params: &[],
        flags: &[],
        examples: &["apply status"],
        complete: None,
        parse: |_| Ok(Box::new(ApplyStatus)),
    },
    CommandSpec {
        name: "apply questions",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "apply questions BODY [add|remove] [\"TEXT\"|NUMBER]",
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
                kind: ParamKind::Text { max: MAX_QUESTION },
                required: false,
                shown: Some("\"TEXT\"|NUMBER"),
            },
        ],
        flags: &[],
        examples: &[
            "apply questions BC",
            "apply questions BC add \"Which working group would you join?\"",
            "apply questions BC remove 5",
        ],
        complete: None,
        parse: parse_questions,
    },
    CommandSpec {
        name: "applications",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Exec),
        scope: Scope::Named,
        usage: "applications [BODY] [--status pending|referred|approved|rejected|withdrawn|drafting|all]",
        params: &[Param { name: "body", kind: ParamKind::Word, required: false, shown: None }],
        flags: &[FlagSpec { name: "status", takes_value: true }],
        examples: &["applications", "applications BC --status all"],
        complete: None,
        parse: parse_list,
    },
    CommandSpec {
        name: "application show",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Exec),
        scope: Scope::Named,
        usage: "application show ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["application show #3"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(ApplicationShow { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "application approve",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Exec),
        scope: Scope::Named,
        usage: "application approve ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["application approve #3"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| decision(args, Decision::Approve),
    },
    CommandSpec {
        name: "application reject",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Exec),
        scope: Scope::Named,
        usage: "application reject ID \"REASON\"",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "reason", kind: ParamKind::Text { max: MAX_REASON }, required: true, shown: None },
        ],
        flags: &[],
        examples: &["application reject #3 \"Not a business organisation\""],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| decision(args, Decision::Reject),
    },
    CommandSpec {
        name: "application refer",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "application refer ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["application refer #3"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| decision(args, Decision::Refer),
    },
];

fn body(args: &mut Args) -> Result<String, ParseError> {
    check_code("body", &args.word("body")?, MAX_SHORT)
}

fn parse_apply(args: &mut Args) -> Result<Command, ParseError> {
    Ok(Box::new(ApplyTo { short: body(args)? }))
}

/// `apply answers ["ANSWER" …]`: each word or quoted text is one answer, in order.
fn parse_answers(args: &mut Args) -> Result<Command, ParseError> {
    let mut answers = Vec::new();
    while let Some(token) = args.next_token() {
        answers.push(token.text);
    }
    Ok(Box::new(ApplyAnswers { answers }))
}

/// `apply questions BODY`, `… add "TEXT"`, `… remove NUMBER`.
fn parse_questions(args: &mut Args) -> Result<Command, ParseError> {
    let short = body(args)?;
    Ok(match args.list_change(MAX_QUESTION)? {
        None => Box::new(ShowQuestions { short }),
        Some(ListChange::Add(text)) => Box::new(AddQuestion { short, text }),
        Some(ListChange::Remove(number)) => Box::new(RemoveQuestion { short, number }),
    })
}

fn parse_list(args: &mut Args) -> Result<Command, ParseError> {
    let short = match args.next_token() {
        Some(token) => Some(check_code("body", &token.text, MAX_SHORT)?),
        None => None,
    };
    let status =
        match args.flag("status") {
            None => None,
            Some(value) if value == "all" => Some("all"),
            Some(value) => Some(STATUSES.iter().copied().find(|s| *s == value).ok_or_else(|| {
                ParseError::BadChoice { name: "status", value, allowed: format!("{}, all", STATUSES.join(", ")) }
            })?),
        };
    Ok(Box::new(ApplicationList { short, status }))
}

fn decision(args: &mut Args, decision: Decision) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let reason = match decision {
        Decision::Reject => Some(check_text("reason", &args.rest("reason")?, MAX_REASON)?),
        _ => None,
    };
    Ok(Box::new(ApplicationDecision { id, decision, reason }))
}
