//! `poll "QUESTION" "A" "B" …` (`poll create`), `poll vote|show|close|extend|reopen|voters|export|list`,
//! `proxy give|revoke|list`, `member weight`.

use super::model::*;
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{
    Args, FlagSpec, check_code, check_short_text, check_text, is_mention, parse_date, parse_duration, parse_id,
};
use crate::features::bodies::MAX_SHORT;

const CATEGORY: Category = Category("category-polls");

const ID: Param = Param { name: "id", kind: ParamKind::Id, required: true, shown: None };

const CREATE_FLAGS: &[FlagSpec] = &[
    FlagSpec { name: "multi", takes_value: false },
    FlagSpec { name: "min", takes_value: true },
    FlagSpec { name: "max", takes_value: true },
    FlagSpec { name: "ranked", takes_value: false },
    FlagSpec { name: "score", takes_value: true },
    FlagSpec { name: "proposal", takes_value: false },
    FlagSpec { name: "anonymous", takes_value: false },
    FlagSpec { name: "weighted", takes_value: false },
    FlagSpec { name: "closes", takes_value: true },
    FlagSpec { name: "body", takes_value: true },
    FlagSpec { name: "quorum", takes_value: true },
    FlagSpec { name: "majority", takes_value: true },
    FlagSpec { name: "remind", takes_value: true },
];

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "poll create",
        aliases: &["poll"],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll \"QUESTION\" \"OPTION\" \"OPTION\" … [--multi] [--min N] [--max N] [--ranked] [--score 0-N] [--proposal] [--anonymous] [--weighted] [--closes 48h|\"DATE TIME\"] [--body SHORT] [--quorum 50%] [--majority simple|absolute|2/3] [--remind 24h]",
        params: &[
            Param { name: "question", kind: ParamKind::Text { max: MAX_QUESTION }, required: true, shown: None },
            Param { name: "options", kind: ParamKind::Word, required: false, shown: Some("\"OPTION\" \"OPTION\" …") },
        ],
        flags: CREATE_FLAGS,
        examples: &[
            "poll \"Lunch?\" \"Pizza\" \"Salad\" --closes 2h",
            "poll \"Which topics?\" \"Budget\" \"Travel\" \"Website\" --multi --max 2",
            "poll \"Adopt the 2027 budget\" --proposal --body BC --quorum 50% --majority 2/3 --closes 48h --remind 24h",
            "poll \"Chair\" \"Ana\" \"Bo\" \"Chen\" --ranked --anonymous --body BC --closes \"2026-12-10 18:00\"",
        ],
        complete: None,
        parse: parse_create,
    },
    CommandSpec {
        name: "poll vote",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll vote ID CHOICE… [--for @MEMBER|all]",
        params: &[ID, Param { name: "choice", kind: ParamKind::Word, required: true, shown: Some("CHOICE…") }],
        flags: &[FlagSpec { name: "for", takes_value: true }],
        examples: &[
            "poll vote #4 2",
            "poll vote #4 1,3",
            "poll vote #4 3 1 2",
            "poll vote #5 yes",
            "poll vote #4 2 --for all",
        ],
        complete: Some(crate::completer!(super::service::complete_open)),
        parse: parse_vote,
    },
    CommandSpec {
        name: "poll ballot",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll ballot ID [PICKS] [--page N] [--cancel]",
        params: &[ID, Param { name: "picks", kind: ParamKind::Word, required: false, shown: Some("PICKS") }],
        flags: &[FlagSpec { name: "page", takes_value: true }, FlagSpec { name: "cancel", takes_value: false }],
        examples: &["poll ballot #4", "poll ballot #4 3,1", "poll ballot #5 4,-,0 --page 1", "poll ballot #4 --cancel"],
        complete: Some(crate::completer!(super::service::complete_open)),
        parse: parse_ballot,
    },
    CommandSpec {
        name: "poll show",
        aliases: &["poll results"],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll show ID",
        params: &[ID],
        flags: &[],
        examples: &["poll show #4"],
        complete: Some(crate::completer!(super::service::complete_all)),
        parse: |args| Ok(Box::new(PollShow { id: id(args)? })),
    },
    CommandSpec {
        name: "poll close",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll close ID",
        params: &[ID],
        flags: &[],
        examples: &["poll close #4"],
        complete: Some(crate::completer!(super::service::complete_open)),
        parse: |args| Ok(Box::new(PollClose { id: id(args)? })),
    },
    CommandSpec {
        name: "poll extend",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll extend ID DURATION",
        params: &[ID, Param { name: "duration", kind: ParamKind::Duration, required: true, shown: None }],
        flags: &[],
        examples: &["poll extend #4 24h"],
        complete: Some(crate::completer!(super::service::complete_open)),
        parse: |args| {
            let id = id(args)?;
            let by = parse_duration(&args.word("duration")?)?;
            Ok(Box::new(PollExtend { id, by }))
        },
    },
    CommandSpec {
        name: "poll reopen",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll reopen ID [--closes 48h|\"DATE TIME\"]",
        params: &[ID],
        flags: &[FlagSpec { name: "closes", takes_value: true }],
        examples: &["poll reopen #4 --closes 24h"],
        complete: Some(crate::completer!(super::service::complete_all)),
        parse: |args| {
            let closes = closes(args)?;
            Ok(Box::new(PollReopen { id: id(args)?, closes }))
        },
    },
    CommandSpec {
        name: "poll voters",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll voters ID",
        params: &[ID],
        flags: &[],
        examples: &["poll voters #4"],
        complete: Some(crate::completer!(super::service::complete_all)),
        parse: |args| Ok(Box::new(PollVoters { id: id(args)? })),
    },
    CommandSpec {
        name: "poll export",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll export ID",
        params: &[ID],
        flags: &[],
        examples: &["poll export #4"],
        complete: Some(crate::completer!(super::service::complete_all)),
        parse: |args| Ok(Box::new(PollExport { id: id(args)? })),
    },
    CommandSpec {
        name: "poll list",
        aliases: &["polls"],
        category: CATEGORY,
        role: None,
        scope: Scope::Global,
        usage: "poll list [--all]",
        params: &[],
        flags: &[FlagSpec { name: "all", takes_value: false }],
        examples: &["poll list", "poll list --all"],
        complete: None,
        parse: |args| Ok(Box::new(PollList { all: args.switch("all") })),
    },
    CommandSpec {
        name: "proxy give",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "proxy give @USER [--body SHORT] [--until DATE]",
        params: &[Param { name: "user", kind: ParamKind::User, required: true, shown: None }],
        flags: &[FlagSpec { name: "body", takes_value: true }, FlagSpec { name: "until", takes_value: true }],
        examples: &["proxy give @ana", "proxy give @ana --body BC --until 2027-01-31"],
        complete: None,
        parse: |args| {
            let holder = args.word("user")?;
            if !is_mention(&holder) {
                return Err(ParseError::BadChoice { name: "user", value: holder, allowed: "@name".into() });
            }
            let body = body_flag(args)?;
            let until = args.flag("until").map(|d| parse_date(&d)).transpose()?;
            Ok(Box::new(ProxyGive { holder, body, until }))
        },
    },
    CommandSpec {
        name: "proxy revoke",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "proxy revoke [--body SHORT]",
        params: &[],
        flags: &[FlagSpec { name: "body", takes_value: true }],
        examples: &["proxy revoke"],
        complete: None,
        parse: |args| Ok(Box::new(ProxyRevoke { body: body_flag(args)? })),
    },
    CommandSpec {
        name: "proxy list",
        aliases: &["proxies"],
        category: CATEGORY,
        role: None,
        scope: Scope::Named,
        usage: "proxy list [--body SHORT]",
        params: &[],
        flags: &[FlagSpec { name: "body", takes_value: true }],
        examples: &["proxy list"],
        complete: None,
        parse: |args| Ok(Box::new(ProxyList { body: body_flag(args)? })),
    },
    CommandSpec {
        name: "member weight",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "member weight ID|@MEMBER [N] [--body SHORT]",
        params: &[
            Param { name: "member", kind: ParamKind::Word, required: true, shown: Some("ID|@MEMBER") },
            Param { name: "weight", kind: ParamKind::Word, required: false, shown: Some("N") },
        ],
        flags: &[FlagSpec { name: "body", takes_value: true }],
        examples: &["member weight @ana 3", "member weight #12"],
        complete: None,
        parse: |args| {
            let word = args.word("member")?;
            let who = if is_mention(&word) { Who::Mention(word) } else { Who::Record(parse_id(&word)?) };
            let weight =
                match args.next_token() {
                    Some(token) => Some(token.text.parse::<i64>().ok().filter(|w| (0..=1000).contains(w)).ok_or(
                        ParseError::BadChoice { name: "weight", value: token.text, allowed: "0–1000".into() },
                    )?),
                    None => None,
                };
            Ok(Box::new(MemberWeight { who, weight, body: body_flag(args)? }))
        },
    },
];

fn id(args: &mut Args) -> Result<i64, ParseError> {
    parse_id(&args.word("id")?)
}

fn body_flag(args: &mut Args) -> Result<Option<String>, ParseError> {
    args.flag("body").map(|b| check_code("body", &b, MAX_SHORT)).transpose()
}

/// `--closes 48h` or `--closes "2026-12-10 18:00"` (on the creator's clock).
fn closes(args: &mut Args) -> Result<Option<Closes>, ParseError> {
    let Some(value) = args.flag("closes") else { return Ok(None) };
    if value.chars().next().is_some_and(|c| c.is_ascii_digit()) && !value.contains('-') {
        return Ok(Some(Closes::In(parse_duration(&value)?)));
    }
    Ok(Some(Closes::At(value)))
}

fn number_flag(
    args: &mut Args,
    name: &'static str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, ParseError> {
    args.flag(name)
        .map(|v| {
            v.parse::<i64>().ok().filter(|n| range.contains(n)).ok_or(ParseError::BadChoice {
                name,
                value: v,
                allowed: format!("{}–{}", range.start(), range.end()),
            })
        })
        .transpose()
}

/// `poll "QUESTION" "A" "B" … [flags]`: the options are the words after the question, each a
/// word or a quoted text; a proposal has none of its own (yes, no, abstain).
fn parse_create(args: &mut Args) -> Result<Command, ParseError> {
    let question = check_text("question", &args.word("question")?, MAX_QUESTION)?;
    let mut options = Vec::new();
    while let Some(token) = args.next_token() {
        options.push(check_short_text("option", &token.text, MAX_OPTION)?);
    }
    let kinds = [
        (args.switch("multi"), Kind::Multi),
        (args.switch("ranked"), Kind::Ranked),
        (args.switch("proposal"), Kind::Proposal),
    ];
    let score = args.flag("score");
    let mut chosen: Vec<Kind> = kinds.iter().filter(|(on, _)| *on).map(|(_, k)| *k).collect();
    let score_max = match score {
        Some(range) => {
            chosen.push(Kind::Score);
            let top = range.strip_prefix("0-").unwrap_or(&range);
            Some(top.parse::<i64>().ok().filter(|n| (1..=10).contains(n)).ok_or(ParseError::BadChoice {
                name: "score",
                value: range.clone(),
                allowed: "0-1 … 0-10".into(),
            })?)
        }
        None => None,
    };
    if chosen.len() > 1 {
        return Err(ParseError::BadChoice {
            name: "kind",
            value: chosen.iter().map(|k| format!("--{}", k.as_str())).collect::<Vec<_>>().join(" "),
            allowed: "--multi, --ranked, --score, --proposal (one)".into(),
        });
    }
    let kind = chosen.first().copied().unwrap_or(Kind::Single);
    let min = number_flag(args, "min", 0..=MAX_OPTIONS as i64)?;
    let max = number_flag(args, "max", 1..=MAX_OPTIONS as i64)?;
    if (min.is_some() || max.is_some()) && kind != Kind::Multi {
        return Err(ParseError::BadChoice { name: "min", value: "--min/--max".into(), allowed: "--multi".into() });
    }
    let quorum = args
        .flag("quorum")
        .map(|q| Quorum::parse(&q).ok_or(ParseError::BadChoice { name: "quorum", value: q, allowed: "50%, 12".into() }))
        .transpose()?;
    let majority = args
        .flag("majority")
        .map(|m| {
            Majority::parse(&m).ok_or(ParseError::BadChoice {
                name: "majority",
                value: m,
                allowed: "simple, absolute, 2/3".into(),
            })
        })
        .transpose()?;
    let remind = args.flag("remind").map(|r| parse_duration(&r)).transpose()?;
    let closes = closes(args)?;
    Ok(Box::new(PollCreate {
        question,
        options,
        kind,
        min,
        max,
        score_max,
        anonymous: args.switch("anonymous"),
        weighted: args.switch("weighted"),
        closes,
        body: body_flag(args)?,
        quorum,
        majority,
        remind,
    }))
}

/// `poll ballot ID [PICKS] [--page N] [--cancel]`: PICKS is one word of numbers separated by
/// commas, `-` standing for an option not scored yet; the poll says what they mean.
fn parse_ballot(args: &mut Args) -> Result<Command, ParseError> {
    let id = id(args)?;
    let page = number_flag(args, "page", 1..=MAX_OPTIONS as i64)?;
    let cancel = args.switch("cancel");
    let picks = match args.next_token() {
        None => None,
        Some(token) => {
            let bad =
                || ParseError::BadChoice { name: "picks", value: token.text.clone(), allowed: "3,1 4,-,0".into() };
            let picks = token
                .text
                .split(',')
                .map(|w| match w.trim() {
                    "-" => Ok(None),
                    w => w.trim_start_matches('#').parse::<i64>().map(Some).map_err(|_| bad()),
                })
                .collect::<Result<Vec<_>, _>>()?;
            if picks.len() > MAX_OPTIONS {
                return Err(bad());
            }
            Some(picks)
        }
    };
    if let Some(extra) = args.next_token() {
        return Err(ParseError::Unexpected { text: extra.text });
    }
    Ok(Box::new(PollBallot { id, picks, page, cancel }))
}

/// `poll vote ID CHOICE… [--for @MEMBER|all]`: the choice words are read by the poll's kind.
fn parse_vote(args: &mut Args) -> Result<Command, ParseError> {
    let id = id(args)?;
    let for_ = match args.flag("for") {
        None => For::Self_,
        Some(who) if who.eq_ignore_ascii_case("all") => For::All,
        Some(who) if is_mention(&who) => For::Member(who),
        Some(who) => return Err(ParseError::BadChoice { name: "for", value: who, allowed: "@name, all".into() }),
    };
    let mut words = Vec::new();
    while let Some(token) = args.next_token() {
        words.push(token.text);
    }
    if words.is_empty() {
        return Err(ParseError::Missing { name: "choice" });
    }
    Ok(Box::new(PollVote { id, words, for_ }))
}
