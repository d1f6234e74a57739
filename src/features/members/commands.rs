//! The `member …` commands: their specs and parsers. Parsing checks every value (country codes,
//! dates, lengths, invisible characters) and does no I/O; the service resolves people and records.

use super::model::*;
use crate::core::actor::Role;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, is_mention, parse_id};

const CATEGORY: Category = Category("category-members");

// `member edit`, `member public` and `member policy` check roles in the service: reading takes a
// member (or the record's own account, for its self-declared fields), changing takes staff, and a
// refusal names the role the change needs.

const fn flag(name: &'static str) -> FlagSpec {
    FlagSpec { name, takes_value: true }
}

const fn switch(name: &'static str) -> FlagSpec {
    FlagSpec { name, takes_value: false }
}

const ID: Param = Param { name: "id", kind: ParamKind::Id, required: true, shown: None };

const RECORD_FLAGS: &[FlagSpec] = &[
    flag("account"),
    flag("kind"),
    flag("org"),
    flag("group"),
    flag("country"),
    flag("languages"),
    flag("gender"),
    flag("status"),
    flag("joined"),
    flag("renewal"),
    flag("represents"),
    switch("voting"),
    flag("notes"),
];

const EDIT_FLAGS: &[FlagSpec] = &[
    flag("name"),
    flag("account"),
    flag("kind"),
    flag("org"),
    flag("group"),
    flag("country"),
    flag("languages"),
    flag("gender"),
    flag("status"),
    flag("joined"),
    flag("renewal"),
    flag("represents"),
    switch("voting"),
    flag("notes"),
];

const LIST_FLAGS: &[FlagSpec] =
    &[flag("group"), flag("region"), flag("country"), flag("status"), flag("kind"), flag("page")];

pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "member list",
        aliases: &["members"],
        category: CATEGORY,
        role: Some(Role::Member),
        scope: Scope::Room,
        usage: "member list [--group \"GROUP\"] [--region REGION] [--country CC] [--status STATUS] [--kind person|organisation] [--page N]",
        params: &[],
        flags: LIST_FLAGS,
        examples: &[
            "member list",
            "members --region europe --page 2",
            "member list --status lapsed --group \"Civil society\"",
        ],
        complete: None,
        parse: parse_list,
    },
    CommandSpec {
        name: "member show",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Member),
        scope: Scope::Room,
        usage: "member show ID",
        params: &[ID],
        flags: &[],
        examples: &["member show #12"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(MemberShow { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "member add",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member add \"NAME\"|@USER [--account @USER] [--kind person|organisation] [--org \"ORGANISATION\"] [--group \"GROUP\"] [--country CC] [--languages en,fr] [--gender woman|man|non-binary|other] [--status applicant|active] [--joined DATE] [--renewal DATE] [--represents ID] [--voting] [--notes \"TEXT\"]",
        params: &[Param {
            name: "name",
            kind: ParamKind::Text { max: MAX_NAME },
            required: true,
            shown: Some("\"NAME\"|@USER"),
        }],
        flags: RECORD_FLAGS,
        examples: &[
            "member add @alice --group \"Civil society\" --country KE --renewal 2027-06-30",
            "member add \"Acme Trade Association\" --kind organisation --country FR",
            "member add @bob --represents #3 --voting",
        ],
        complete: None,
        parse: parse_add,
    },
    CommandSpec {
        name: "member edit",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Room,
        usage: "member edit ID [--name \"NAME\"] [--account @USER] [--kind person|organisation] [--org \"ORGANISATION\"] [--group \"GROUP\"] [--country CC] [--languages en,fr] [--gender woman|man|non-binary|other] [--status applicant|active|former] [--joined DATE] [--renewal DATE] [--represents ID] [--voting] [--notes \"TEXT\"]",
        params: &[ID],
        flags: EDIT_FLAGS,
        examples: &[
            "member edit #12 --country BR --notes -",
            "member edit 4 --status active",
            "member edit #7 --gender woman",
        ],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_edit,
    },
    CommandSpec {
        name: "member suspend",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member suspend ID \"REASON\"",
        params: &[ID, Param { name: "reason", kind: ParamKind::Text { max: MAX_REASON }, required: true, shown: None }],
        flags: &[],
        examples: &["member suspend #12 \"Dues unpaid since March\""],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_suspend,
    },
    CommandSpec {
        name: "member reinstate",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member reinstate ID",
        params: &[ID],
        flags: &[],
        examples: &["member reinstate #12"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| Ok(Box::new(MemberReinstate { id: parse_id(&args.word("id")?)? })),
    },
    CommandSpec {
        name: "member renew",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member renew ID [--until DATE]",
        params: &[ID],
        flags: &[flag("until")],
        examples: &["member renew #12", "member renew 12 --until 2028-06-30"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: parse_renew,
    },
    CommandSpec {
        name: "member remove",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member remove ID [--yes]",
        params: &[ID],
        flags: &[switch("yes")],
        examples: &["member remove #12", "member remove #12 --yes"],
        complete: Some(crate::completer!(super::service::complete_ids)),
        parse: |args| {
            let id = parse_id(&args.word("id")?)?;
            Ok(Box::new(MemberRemove { id, confirmed: args.switch("yes") }))
        },
    },
    CommandSpec {
        name: "member public",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Room,
        usage: "member public [FIELDS]",
        params: &[Param { name: "fields", kind: ParamKind::Word, required: false, shown: None }],
        flags: &[],
        examples: &["member public", "member public group country region status", "member public none"],
        complete: None,
        parse: parse_public,
    },
    CommandSpec {
        name: "member policy",
        aliases: &[],
        category: CATEGORY,
        role: None,
        scope: Scope::Room,
        usage: "member policy [--grace DAYS] [--notice DAYS]",
        params: &[],
        flags: &[flag("grace"), flag("notice")],
        examples: &["member policy", "member policy --grace 30 --notice 14"],
        complete: None,
        parse: parse_policy,
    },
    CommandSpec {
        name: "member import",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member import PATH [--commit]",
        params: &[Param { name: "path", kind: ParamKind::Word, required: true, shown: None }],
        flags: &[switch("commit")],
        examples: &["member import members.csv", "member import members.csv --commit"],
        complete: None,
        parse: |args| {
            let path = args.word("path")?;
            Ok(Box::new(MemberImport { path, commit: args.switch("commit") }))
        },
    },
    CommandSpec {
        name: "member export",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Staff),
        scope: Scope::Room,
        usage: "member export",
        params: &[],
        flags: &[],
        examples: &["member export"],
        complete: None,
        parse: |_| Ok(Box::new(MemberExport)),
    },
    CommandSpec {
        name: "member stats",
        aliases: &[],
        category: CATEGORY,
        role: Some(Role::Member),
        scope: Scope::Room,
        usage: "member stats",
        params: &[],
        flags: &[],
        examples: &["member stats"],
        complete: None,
        parse: |_| Ok(Box::new(MemberStats)),
    },
];

/// `member list [--group G] [--region R] [--country CC] [--status S] [--kind K] [--page N]`.
fn parse_list(args: &mut Args) -> Result<Command, ParseError> {
    if let Some(word) = args.next_token() {
        return Err(ParseError::UnknownSubcommand { command: "member".into(), name: word.text, suggestion: None });
    }
    let group = args.flag("group").map(|g| check_label("group", &g, MAX_GROUP)).transpose()?;
    let region = args.flag("region").map(|r| check_label("region", &r, 20)?.parse()).transpose()?;
    let country = args.flag("country").map(|c| check_country(&c).map(|(code, _)| code)).transpose()?;
    let status = args.flag("status").map(|s| check_label("status", &s, 20)?.parse()).transpose()?;
    let kind = args.flag("kind").map(|k| check_label("kind", &k, 20)?.parse()).transpose()?;
    let page = match args.flag("page") {
        None => 1,
        Some(p) => match p.parse::<i64>() {
            Ok(n) if (1..=100_000).contains(&n) && p.bytes().all(|b| b.is_ascii_digit()) => n,
            _ => return Err(ParseError::BadChoice { name: "page", value: p, allowed: "1, 2, 3 …".into() }),
        },
    };
    Ok(Box::new(MemberList { group, region, country, status, kind, page }))
}

/// The record flags of `member add` and `member edit`, checked.
fn parse_fields(args: &mut Args, name: Option<String>) -> Result<Fields, ParseError> {
    let account = Change::from_flag(args.flag("account"), |a| {
        if is_mention(a) {
            Ok(a.to_owned())
        } else {
            Err(ParseError::BadChoice { name: "account", value: a.to_owned(), allowed: "@name".into() })
        }
    })?;
    let kind = args.flag("kind").map(|k| check_label("kind", &k, 20)?.parse()).transpose()?;
    let organisation = Change::from_flag(args.flag("org"), |o| check_label("org", o, MAX_ORGANISATION))?;
    let group = Change::from_flag(args.flag("group"), |g| check_label("group", g, MAX_GROUP))?;
    let country = Change::from_flag(args.flag("country"), check_country)?;
    let languages = Change::from_flag(args.flag("languages"), check_languages)?;
    let gender = Change::from_flag(args.flag("gender"), check_gender)?;
    let status = args.flag("status").map(|s| check_label("status", &s, 20)?.parse()).transpose()?;
    let joined = Change::from_flag(args.flag("joined"), |d| check_date("joined", d))?;
    let renewal = Change::from_flag(args.flag("renewal"), |d| check_date("renewal", d))?;
    let represents = Change::from_flag(args.flag("represents"), parse_id)?;
    let voting = args.switch("voting");
    let notes = Change::from_flag(args.flag("notes"), |n| check_notes("notes", n, MAX_NOTES))?;
    Ok(Fields {
        name,
        account,
        kind,
        organisation,
        group,
        country,
        languages,
        gender,
        status,
        joined,
        renewal,
        notes,
        represents,
        voting,
    })
}

/// `member add "NAME"|@USER [flags]`: a mention is the record's account, named after it.
fn parse_add(args: &mut Args) -> Result<Command, ParseError> {
    let first = args.word("name")?;
    let mut fields;
    if is_mention(&first) {
        fields = parse_fields(args, None)?;
        if !fields.account.is_keep() {
            return Err(ParseError::Unexpected { text: "--account".into() });
        }
        fields.account = Change::Set(first);
    } else {
        let name = check_label("name", &first, MAX_NAME)?;
        fields = parse_fields(args, Some(name))?;
    }
    if let Some(status) = fields.status
        && !matches!(status, Status::Applicant | Status::Active)
    {
        return Err(ParseError::BadChoice {
            name: "status",
            value: status.to_string(),
            allowed: "applicant, active".into(),
        });
    }
    Ok(Box::new(MemberAdd { fields }))
}

/// `member edit ID [--name "NAME"] [flags]`.
fn parse_edit(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let name = args.flag("name").map(|n| check_label("name", &n, MAX_NAME)).transpose()?;
    let fields = parse_fields(args, name)?;
    if fields.is_empty() {
        return Err(ParseError::Missing { name: "--name|--group|--country|…" });
    }
    if let Some(status) = fields.status
        && !matches!(status, Status::Applicant | Status::Active | Status::Former)
    {
        return Err(ParseError::BadChoice {
            name: "status",
            value: status.to_string(),
            allowed: "applicant, active, former".into(),
        });
    }
    Ok(Box::new(MemberEdit { id, fields }))
}

/// `member suspend ID "REASON"`.
fn parse_suspend(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let reason = check_notes("reason", &args.rest("reason")?, MAX_REASON)?;
    Ok(Box::new(MemberSuspend { id, reason }))
}

/// `member renew ID [--until DATE]`.
fn parse_renew(args: &mut Args) -> Result<Command, ParseError> {
    let id = parse_id(&args.word("id")?)?;
    let until = args.flag("until").map(|d| check_date("until", &d)).transpose()?;
    Ok(Box::new(MemberRenew { id, until }))
}

/// `member public [FIELD…|none]`.
fn parse_public(args: &mut Args) -> Result<Command, ParseError> {
    if args.is_empty() {
        return Ok(Box::new(MemberPublic { fields: None }));
    }
    if args.keyword("none") {
        return Ok(Box::new(MemberPublic { fields: Some(Vec::new()) }));
    }
    let mut fields = Vec::new();
    while let Some(token) = args.next_token() {
        for word in token.text.split(',').filter(|w| !w.is_empty()) {
            let field: Field = check_label("fields", word, 20)?.parse()?;
            if !fields.contains(&field) {
                fields.push(field);
            }
        }
    }
    fields.sort();
    Ok(Box::new(MemberPublic { fields: Some(fields) }))
}

/// Days as a policy counts them: 0 to 365.
fn parse_days(name: &'static str, value: &str) -> Result<i64, ParseError> {
    let value = check_label(name, value, 10)?;
    let digits = value.strip_suffix('d').unwrap_or(&value);
    match digits.parse::<i64>() {
        Ok(n) if (0..=365).contains(&n) && digits.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(ParseError::BadChoice { name, value: value.clone(), allowed: "0–365".into() }),
    }
}

/// `member policy [--grace DAYS] [--notice DAYS]`.
fn parse_policy(args: &mut Args) -> Result<Command, ParseError> {
    let grace_days = args.flag("grace").map(|g| parse_days("grace", &g)).transpose()?;
    let notice_days = args.flag("notice").map(|n| parse_days("notice", &n)).transpose()?;
    Ok(Box::new(MemberPolicy { grace_days, notice_days }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn member_commands_parse() {
        let add: MemberAdd = parse("member add @alice --country ke --group \"Civil society\"").unwrap();
        assert_eq!(add.fields.account, Change::Set("@alice".into()));
        assert_eq!(add.fields.country, Change::Set(("KE".into(), Some(Region::Africa))));
        assert_eq!(add.fields.group, Change::Set("Civil society".into()));
        let add: MemberAdd = parse("member add \"Acme\" --kind organization").unwrap();
        assert_eq!(add.fields.name.as_deref(), Some("Acme"));
        assert_eq!(add.fields.kind, Some(Kind::Organisation));
        assert!(parse_err("member add Acme --country XX").contains("country"));
        assert!(parse_err("member add Acme --status lapsed").contains("status"));
        assert!(parse_err("member add @a --account @b").contains("Unexpected"));
        assert!(parse_err("member add \"A\u{200B}cme\"").contains("ControlCharacters"));
        assert!(parse_err(&format!("member add \"{}\"", "x".repeat(121))).contains("TooLong"));
        let edit: MemberEdit = parse("member edit #3 --notes - --renewal 2027-01-31").unwrap();
        assert_eq!(edit.fields.notes, Change::Clear);
        assert!(parse_err("member edit #3").contains("Missing"));
        assert!(parse_err("member edit #3 --joined 2027-02-30").contains("BadDate"));
        let list: MemberList = parse("member list --region 150 --status renewal-due --page 2").unwrap();
        assert_eq!((list.region, list.status, list.page), (Some(Region::Europe), Some(Status::RenewalDue), 2));
        assert!(parse_err("member list --page 0").contains("page"));
        assert!(parse_err("member lisst").contains("UnknownSubcommand"));
        let public: MemberPublic = parse("member public status,group country").unwrap();
        assert_eq!(public.fields, Some(vec![Field::Group, Field::Country, Field::Status]));
        assert!(parse_err("member public notes").contains("field"));
        assert!(parse_err("member public gender").contains("field"));
        let policy: MemberPolicy = parse("member policy --grace 30d --notice 14").unwrap();
        assert_eq!((policy.grace_days, policy.notice_days), (Some(30), Some(14)));
        assert!(parse_err("member policy --grace 400").contains("grace"));
        let suspend: MemberSuspend = parse("member suspend #2 dues unpaid").unwrap();
        assert_eq!(suspend.reason, "dues unpaid");
        assert!(parse_err("member suspend #2").contains("Missing"));
    }
}
