//! `agenda add|show|order|remove`, and agenda polls: `agenda poll|propose|proposals`.

use chrono::NaiveDate;

use super::model::{
    AgendaAdd, AgendaOrder, AgendaPoll, AgendaProposals, AgendaPropose, AgendaRemove, AgendaShow, DEFAULT_TOP,
    MAX_ITEM_TEXT, MAX_PROPOSAL, MAX_PROPOSALS, parse_item, parse_order,
};
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_short_text, parse_date, parse_duration, parse_id};
use crate::features::meetings;

const DATE_FLAG: &[FlagSpec] = &[FlagSpec { name: "date", takes_value: true }];

// The `id` is a meeting's: the Meetings category makes Discord complete it from the meetings
// here. Item numbers are plain words, so that they are not completed as meetings.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "agenda add",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda add ID \"TEXT\" [--date DATE]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "text", kind: ParamKind::Text { max: MAX_ITEM_TEXT }, required: true, shown: None },
        ],
        flags: DATE_FLAG,
        examples: &["agenda add #2 \"Budget 2027\"", "agenda add #3 \"Elections\" --date 2026-12-08"],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: parse_add,
    },
    CommandSpec {
        name: "agenda show",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda show ID [--date DATE]",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: DATE_FLAG,
        examples: &["agenda show #2", "agenda show #3 --date 2026-12-08"],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            Ok(Box::new(AgendaShow { id, date: date_flag(args)? }))
        },
    },
    CommandSpec {
        name: "agenda order",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda order ID 3,1,2 [--date DATE]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "order", kind: ParamKind::Word, required: true, shown: Some("3,1,2") },
        ],
        flags: DATE_FLAG,
        examples: &["agenda order #2 3,1,2", "agenda order #2 2 1"],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: parse_order_command,
    },
    CommandSpec {
        name: "agenda remove",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda remove ID ITEM [--date DATE]",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "item", kind: ParamKind::Word, required: true, shown: None },
        ],
        flags: DATE_FLAG,
        examples: &["agenda remove #2 3"],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let item = parse_item(&args.word("item")?)?;
            Ok(Box::new(AgendaRemove { id, date: date_flag(args)?, item }))
        },
    },
    CommandSpec {
        name: "agenda poll",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda poll ID --propose 3d --rank 2d [--top 5] [--date DATE]",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[
            FlagSpec { name: "propose", takes_value: true },
            FlagSpec { name: "rank", takes_value: true },
            FlagSpec { name: "top", takes_value: true },
            FlagSpec { name: "date", takes_value: true },
        ],
        examples: &[
            "agenda poll #2 --propose 3d --rank 2d",
            "agenda poll #3 --propose 5d --rank 2d --top 3 --date 2027-01-12",
        ],
        complete: Some(crate::completer!(meetings::complete_ids)),
        parse: parse_poll,
    },
    // The `id` of these two is an agenda poll's, completed from the running ones.
    CommandSpec {
        name: "agenda propose",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda propose ID \"TEXT\"",
        params: &[
            Param { name: "id", kind: ParamKind::Id, required: true, shown: None },
            Param { name: "text", kind: ParamKind::Text { max: MAX_PROPOSAL }, required: true, shown: None },
        ],
        flags: &[],
        examples: &["agenda propose #1 \"Budget 2027\""],
        complete: Some(crate::completer!(super::polls::complete_proposing)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            let text = check_short_text("text", &args.rest("text")?, MAX_PROPOSAL)?;
            Ok(Box::new(AgendaPropose { id, text }))
        },
    },
    CommandSpec {
        name: "agenda proposals",
        aliases: &[],
        category: Category("category-meetings"),
        role: None,
        scope: Scope::Global,
        usage: "agenda proposals ID",
        params: &[Param { name: "id", kind: ParamKind::Id, required: true, shown: None }],
        flags: &[],
        examples: &["agenda proposals #1"],
        complete: Some(crate::completer!(super::polls::complete_running)),
        parse: |args| Ok(Box::new(AgendaProposals { id: parse_id(&args.word("id")?)? })),
    },
];

fn date_flag(args: &mut Args) -> Result<Option<NaiveDate>, ParseError> {
    args.flag("date").map(|d| parse_date(&d)).transpose()
}

/// `agenda add ID TEXT…`: the text is one quoted word or the rest of the line.
fn parse_add(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let date = date_flag(args)?;
    let text = check_short_text("text", &args.rest("text")?, MAX_ITEM_TEXT)?;
    Ok(Box::new(AgendaAdd { id, date, text }))
}

/// `agenda order ID 3,1,2` or `agenda order ID 3 1 2`: every remaining word is part of the order.
fn parse_order_command(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let date = date_flag(args)?;
    let order = parse_order(&args.rest("order")?)?;
    Ok(Box::new(AgendaOrder { id, date, order }))
}

/// `agenda poll ID --propose D --rank D [--top N] [--date DATE]`: both windows are required;
/// `--top` is 1 to the most proposals a poll takes.
fn parse_poll(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let date = date_flag(args)?;
    let propose = parse_duration(&args.flag("propose").ok_or(ParseError::Missing { name: "propose" })?)?;
    let rank = parse_duration(&args.flag("rank").ok_or(ParseError::Missing { name: "rank" })?)?;
    let top = match args.flag("top") {
        Some(value) => value
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=MAX_PROPOSALS as i64).contains(n))
            .ok_or(ParseError::BadChoice { name: "top", value, allowed: format!("1–{MAX_PROPOSALS}") })?,
        None => DEFAULT_TOP,
    };
    Ok(Box::new(AgendaPoll { id, date, propose, rank, top }))
}
