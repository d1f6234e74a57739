//! `election create|list|show|open|close|results|roll|turnout|ballot`, `nominate`, `second`,
//! `accept`, `withdraw`, `ballot`, `verify`.

use super::model::*;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_code, check_short_text, is_mention, parse_duration, parse_id};
use crate::features::bodies::MAX_SHORT;
use crate::features::polls::Quorum;
use crate::tally::Method;

const CATEGORY: Category = Category("category-elections");

const ID: Param = Param { name: "id", kind: ParamKind::Id, required: true, shown: None };
const OPTIONAL_ID: Param = Param { name: "id", kind: ParamKind::Id, required: false, shown: None };
const USER: Param = Param { name: "user", kind: ParamKind::User, required: true, shown: None };

const CREATE_FLAGS: &[FlagSpec] = &[
    FlagSpec { name: "seats", takes_value: true },
    FlagSpec { name: "method", takes_value: true },
    FlagSpec { name: "roll", takes_value: true },
    FlagSpec { name: "nominations", takes_value: true },
    FlagSpec { name: "voting", takes_value: true },
    FlagSpec { name: "quorum", takes_value: true },
    FlagSpec { name: "weighted", takes_value: false },
    FlagSpec { name: "seconded", takes_value: false },
];

/// The longest a phase of an election may last.
const MAX_PHASE_DAYS: i64 = 366;

macro_rules! step {
    ($name:literal, $step:expr, $example:literal) => {
        CommandSpec {
            name: concat!("election ", $name),
            aliases: &[],
            category: CATEGORY,
            role: None,
            scope: Scope::Global,
            usage: concat!("election ", $name, " ID"),
            params: &[ID],
            flags: &[],
            examples: &[$example],
            complete: Some(crate::completer!(super::service::complete)),
            parse: |args| Ok(Box::new(ElectionStep { id: id(args)?, step: $step })),
        }
    };
}

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "election create",
        aliases: &["election"],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "election create \"TITLE\" --seats N --method plurality|approval|irv|stv|schulze --roll SHORT|SHORT-exec [--nominations 7d] --voting 7d [--quorum 50%] [--weighted] [--seconded]",
        params: &[Param { name: "title", kind: ParamKind::Text { max: MAX_TITLE }, required: true, shown: None }],
        flags: CREATE_FLAGS,
        examples: &[
            "election create \"Chair 2027\" --seats 1 --method irv --roll BC --nominations 7d --voting 7d",
            "election create \"Council 2027\" --seats 5 --method stv --roll BC --voting 14d --quorum 30% --seconded",
            "election create \"Treasurer\" --seats 1 --method schulze --roll BC-exec --voting 3d --weighted",
        ],
        complete: None,
        parse: parse_create,
    },
    CommandSpec {
        name: "election list",
        aliases: &["elections"],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "election list [--all]",
        params: &[],
        flags: &[FlagSpec { name: "all", takes_value: false }],
        examples: &["election list", "election list --all"],
        complete: None,
        parse: |args| Ok(Box::new(ElectionList { all: args.switch("all") })),
    },
    step!("show", Step::Show, "election show #2"),
    step!("open", Step::Open, "election open #2"),
    step!("close", Step::Close, "election close #2"),
    step!("results", Step::Results, "election results #2"),
    step!("roll", Step::Roll, "election roll #2"),
    step!("turnout", Step::Turnout, "election turnout #2"),
    CommandSpec {
        name: "election ballot",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "election ballot ID [PICKS] [--cancel]",
        params: &[ID, Param { name: "picks", kind: ParamKind::Word, required: false, shown: Some("PICKS") }],
        flags: &[FlagSpec { name: "cancel", takes_value: false }],
        examples: &["election ballot #2", "election ballot #2 3,1", "election ballot #2 --cancel"],
        complete: Some(crate::completer!(super::service::complete)),
        parse: parse_steps,
    },
    CommandSpec {
        name: "nominate",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "nominate [ID] @USER",
        params: &[OPTIONAL_ID, USER],
        flags: &[],
        examples: &["nominate @ana", "nominate #2 @bo"],
        complete: Some(crate::completer!(super::service::complete)),
        parse: |args| parse_nomination(args, NominationAct::Nominate, true),
    },
    CommandSpec {
        name: "second",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "second [ID] @USER",
        params: &[OPTIONAL_ID, USER],
        flags: &[],
        examples: &["second @ana", "second #2 @bo"],
        complete: Some(crate::completer!(super::service::complete)),
        parse: |args| parse_nomination(args, NominationAct::Second, true),
    },
    CommandSpec {
        name: "accept",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "accept [ID]",
        params: &[OPTIONAL_ID],
        flags: &[],
        examples: &["accept", "accept #2"],
        complete: Some(crate::completer!(super::service::complete)),
        parse: |args| parse_nomination(args, NominationAct::Accept, false),
    },
    CommandSpec {
        name: "withdraw",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "withdraw [ID] [@USER]",
        params: &[OPTIONAL_ID, Param { name: "user", kind: ParamKind::User, required: false, shown: None }],
        flags: &[],
        examples: &["withdraw", "withdraw #2", "withdraw #2 @bo"],
        complete: Some(crate::completer!(super::service::complete)),
        parse: |args| parse_nomination(args, NominationAct::Withdraw, false),
    },
    CommandSpec {
        name: "ballot",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "ballot ID CHOICE… [--for @USER|all] [--receipt CODE]",
        params: &[ID, Param { name: "choice", kind: ParamKind::Word, required: true, shown: Some("CHOICE…") }],
        flags: &[FlagSpec { name: "for", takes_value: true }, FlagSpec { name: "receipt", takes_value: true }],
        examples: &[
            "ballot #2 3 1 2",
            "ballot #2 1,4",
            "ballot #2 2 --for @ana",
            "ballot #2 1 3 --receipt ABCD-EFGH-…",
        ],
        complete: Some(crate::completer!(super::service::complete)),
        parse: parse_ballot,
    },
    CommandSpec {
        name: "verify",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "verify CODE",
        params: &[Param { name: "code", kind: ParamKind::Word, required: true, shown: Some("CODE") }],
        flags: &[],
        examples: &["verify ABCD-EFGH-…"],
        complete: None,
        parse: |args| {
            let mut code = String::new();
            while let Some(token) = args.next_token() {
                code.push_str(&token.text);
            }
            if code.is_empty() {
                return Err(ParseError::Missing { name: "code" });
            }
            Ok(Box::new(Verify { code }))
        },
    },
];

fn id(args: &mut Args) -> Result<i64, ParseError> {
    parse_id(&args.word("id")?)
}

fn days_at_most(name: &'static str, value: String) -> Result<chrono::Duration, ParseError> {
    let span = parse_duration(&value)?;
    if span <= chrono::Duration::zero() || span > chrono::Duration::days(MAX_PHASE_DAYS) {
        return Err(ParseError::BadChoice { name, value, allowed: format!("1m … {MAX_PHASE_DAYS}d") });
    }
    Ok(span)
}

fn parse_create(args: &mut Args) -> Result<Command, ParseError> {
    let title = check_short_text("title", &args.word("title")?, MAX_TITLE)?;
    if let Some(extra) = args.next_token() {
        return Err(ParseError::Unexpected { text: extra.text });
    }
    let seats = args.flag("seats").ok_or(ParseError::Missing { name: "seats" })?;
    let seats = seats.parse::<i64>().ok().filter(|n| (1..=MAX_SEATS).contains(n)).ok_or(ParseError::BadChoice {
        name: "seats",
        value: seats,
        allowed: format!("1–{MAX_SEATS}"),
    })?;
    let method = args.flag("method").ok_or(ParseError::Missing { name: "method" })?;
    let method = Method::from_name(&method).ok_or(ParseError::BadChoice {
        name: "method",
        value: method,
        allowed: "plurality, approval, irv, stv, schulze".into(),
    })?;
    let roll = args.flag("roll").ok_or(ParseError::Missing { name: "roll" })?;
    let (body, exec_only) = match roll.len().checked_sub(5).and_then(|at| roll.get(at..).map(|tail| (at, tail))) {
        Some((at, tail)) if tail.eq_ignore_ascii_case("-exec") => (roll[..at].to_owned(), true),
        _ => (roll.clone(), false),
    };
    let body = check_code("roll", &body, MAX_SHORT)?;
    let nominations = args.flag("nominations").map(|d| days_at_most("nominations", d)).transpose()?;
    let voting = args.flag("voting").ok_or(ParseError::Missing { name: "voting" })?;
    let voting = days_at_most("voting", voting)?;
    let quorum = args
        .flag("quorum")
        .map(|q| Quorum::parse(&q).ok_or(ParseError::BadChoice { name: "quorum", value: q, allowed: "50%, 12".into() }))
        .transpose()?;
    Ok(Box::new(ElectionCreate {
        title,
        seats,
        method,
        body,
        exec_only,
        nominations,
        voting,
        quorum,
        weighted: args.switch("weighted"),
        seconded: args.switch("seconded"),
    }))
}

/// `[ID]` then, where the act takes one, `@USER` (required to nominate and second).
fn parse_nomination(args: &mut Args, act: NominationAct, needs_user: bool) -> Result<Command, ParseError> {
    let id = match args.peek() {
        Some(token) if !is_mention(&token.text) => Some(parse_id(&args.word("id")?)?),
        _ => None,
    };
    let who = match args.next_token() {
        Some(token) if is_mention(&token.text) && act != NominationAct::Accept => Some(token.text),
        Some(token) if act == NominationAct::Accept => return Err(ParseError::Unexpected { text: token.text }),
        Some(token) => {
            return Err(ParseError::BadChoice { name: "user", value: token.text, allowed: "@name".into() });
        }
        None if needs_user => return Err(ParseError::Missing { name: "user" }),
        None => None,
    };
    if let Some(extra) = args.next_token() {
        return Err(ParseError::Unexpected { text: extra.text });
    }
    Ok(Box::new(Nomination { id, act, who }))
}

fn parse_for(args: &mut Args) -> Result<For, ParseError> {
    Ok(match args.flag("for") {
        None => For::Self_,
        Some(who) if who.eq_ignore_ascii_case("all") => For::All,
        Some(who) if is_mention(&who) => For::Member(who),
        Some(who) => return Err(ParseError::BadChoice { name: "for", value: who, allowed: "@name, all".into() }),
    })
}

fn parse_ballot(args: &mut Args) -> Result<Command, ParseError> {
    let id = id(args)?;
    let for_ = parse_for(args)?;
    let receipt = args.flag("receipt");
    let mut words = Vec::new();
    while let Some(token) = args.next_token() {
        words.push(token.text);
    }
    if words.is_empty() {
        return Err(ParseError::Missing { name: "choice" });
    }
    if receipt.is_some() && for_ != For::Self_ {
        return Err(ParseError::BadChoice {
            name: "for",
            value: "--for --receipt".into(),
            allowed: "--receipt".into(),
        });
    }
    Ok(Box::new(BallotCast { id, words, for_, receipt }))
}

/// `election ballot ID [PICKS] [--cancel]`: PICKS is one word of candidate numbers separated by
/// commas.
fn parse_steps(args: &mut Args) -> Result<Command, ParseError> {
    let id = id(args)?;
    let cancel = args.switch("cancel");
    let picks = match args.next_token() {
        None => None,
        Some(token) => {
            let bad = || ParseError::BadChoice { name: "picks", value: token.text.clone(), allowed: "3,1".into() };
            let picks = token
                .text
                .split(',')
                .map(|w| w.trim().trim_start_matches('#').parse::<i64>().map_err(|_| bad()))
                .collect::<Result<Vec<_>, _>>()?;
            if picks.len() > MAX_CANDIDATES {
                return Err(bad());
            }
            Some(picks)
        }
    };
    if let Some(extra) = args.next_token() {
        return Err(ParseError::Unexpected { text: extra.text });
    }
    Ok(Box::new(BallotSteps { id, picks, cancel }))
}
