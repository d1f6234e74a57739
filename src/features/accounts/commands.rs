//! `account link [CODE]` and `account unlink PLATFORM`.

use crate::core::actor::Platform;
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::error::ParseError;
use crate::core::grammar::{Args, FlagSpec, check_code};

use super::code::MAX_CODE_LEN;

/// `account link [CODE] [--yes]`: without a code, asks for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountLink {
    /// What was typed, checked for length and stray characters only: whether it is a code is the
    /// service's first answer.
    pub code: Option<String>,
    /// `--yes`: merge even though the sender's member holds records (roles, reminders …), which
    /// unlinking does not give back.
    pub confirmed: bool,
}

/// `account unlink PLATFORM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountUnlink {
    pub platform: Platform,
}

const PLATFORMS: &[&str] = &["console", "matrix", "discord"];

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "account link",
        aliases: &[],
        category: Category("category-settings"),
        role: None,
        scope: Scope::Global,
        usage: "account link [CODE] [--yes]",
        params: &[Param { name: "code", kind: ParamKind::Word, required: false, shown: None }],
        flags: &[FlagSpec { name: "yes", takes_value: false }],
        examples: &["account link", "account link K7QD-M4XP-9TRW", "account link K7QD-M4XP-9TRW --yes"],
        complete: None,
        parse: parse_link,
    },
    CommandSpec {
        name: "account unlink",
        aliases: &[],
        category: Category("category-settings"),
        role: None,
        scope: Scope::Global,
        usage: "account unlink console|matrix|discord",
        params: &[Param { name: "platform", kind: ParamKind::Choice(PLATFORMS), required: true, shown: None }],
        flags: &[],
        examples: &["account unlink discord", "account unlink matrix"],
        complete: None,
        parse: parse_unlink,
    },
];

/// `account link [CODE] [--yes]`: the code is one word of at most 14 characters; `--yes` goes
/// with a code only.
fn parse_link(args: &mut Args) -> Result<Command, ParseError> {
    let confirmed = args.switch("yes");
    let Some(token) = args.next_token() else {
        if confirmed {
            return Err(ParseError::Unexpected { text: "--yes".into() });
        }
        return Ok(Box::new(AccountLink { code: None, confirmed }));
    };
    // Invisible and control characters first, however long the text.
    let code = match check_code("code", &token.text, usize::MAX) {
        Ok(code) => code,
        // Letters of another script, an emoji: the service says what a code looks like.
        Err(ParseError::BadChoice { .. }) => token.text,
        Err(e) => return Err(e),
    };
    let len = code.chars().count();
    if len > MAX_CODE_LEN {
        return Err(ParseError::TooLong { name: "code", max: MAX_CODE_LEN, len });
    }
    Ok(Box::new(AccountLink { code: Some(code), confirmed }))
}

/// `account unlink PLATFORM`.
fn parse_unlink(args: &mut Args) -> Result<Command, ParseError> {
    let word = args.word("platform")?;
    let platform = word.to_lowercase().parse::<Platform>().map_err(|()| ParseError::BadChoice {
        name: "platform",
        value: word.clone(),
        allowed: PLATFORMS.join(", "),
    })?;
    Ok(Box::new(AccountUnlink { platform }))
}

#[cfg(test)]
mod tests {
    use super::{AccountLink, AccountUnlink};
    use crate::core::actor::Platform;
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn account_commands_parse() {
        let link = |code: Option<&str>, confirmed| AccountLink { code: code.map(str::to_owned), confirmed };
        assert_eq!(parse("account link"), Ok(link(None, false)));
        assert_eq!(parse("account link abcd-efgh-jkmn"), Ok(link(Some("abcd-efgh-jkmn"), false)));
        assert_eq!(parse("account link abcd-efgh-jkmn --yes"), Ok(link(Some("abcd-efgh-jkmn"), true)));
        assert_eq!(parse("ACCOUNT LINK x"), Ok(link(Some("x"), false)));
        assert_eq!(parse("account link ضصثق"), Ok(link(Some("ضصثق"), false)));
        assert!(parse_err("account link --yes").contains("Unexpected"));
        assert!(parse_err("account link ABCD --no").contains("UnknownFlag"));
        assert!(parse_err("account link ABCD-EFGH-JKMN-PQRS").contains("TooLong"));
        assert!(parse_err("account link AB\u{200b}CD").contains("ControlCharacters"));
        assert!(parse_err("account link ABCD-EFGH-JKMN\u{200b}").contains("ControlCharacters"));
        assert!(parse_err("account link \u{202e}ABCD").contains("ControlCharacters"));
        assert!(parse_err("account link ABCD EFGH").contains("Unexpected"));
        assert_eq!(parse("account unlink Discord"), Ok(AccountUnlink { platform: Platform::Discord }));
        assert!(parse_err("account unlink").contains("Missing"));
        assert!(parse_err("account unlink irc").contains("BadChoice"));
        assert!(parse_err("account unlink matrix discord").contains("Unexpected"));
        assert!(parse_err("account").contains("Missing"));
        assert!(parse_err("account lnk").contains("UnknownSubcommand"));
    }
}
