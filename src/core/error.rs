//! Errors a person can cause, as typed values that become localized replies with a usage line.

use super::actor::Role;
use super::reply::Msg;

/// Why a command's text could not be understood. Parsing does no I/O, so these carry plain values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("empty command")]
    Empty,
    #[error("unknown command {name}")]
    UnknownCommand { name: String, suggestion: Option<String> },
    /// A word after a command family that is none of its subcommands, and the closest one.
    #[error("unknown subcommand {name}")]
    UnknownSubcommand { command: String, name: String, suggestion: Option<String> },
    #[error("missing argument {name}")]
    Missing { name: &'static str },
    #[error("unexpected argument {text}")]
    Unexpected { text: String },
    #[error("unterminated quote")]
    UnterminatedQuote,
    #[error("unknown option {flag}")]
    UnknownFlag { flag: String },
    #[error("option {flag} needs a value")]
    FlagNeedsValue { flag: String },
    #[error("option {flag} given twice")]
    FlagTwice { flag: String },
    #[error("bad duration {value}")]
    BadDuration { value: String },
    #[error("bad date {value}")]
    BadDate { value: String },
    /// A date outside `grammar::YEARS`.
    #[error("date {value} out of range")]
    DateOutOfRange { value: String },
    #[error("bad time {value}")]
    BadTime { value: String },
    #[error("bad number {value}")]
    BadId { value: String },
    /// A cron expression without five fields (`field: None`) or with a bad field.
    #[error("bad cron {value}")]
    BadCron { value: String, field: Option<&'static str> },
    /// A six-field cron expression whose leading seconds field is not 0.
    #[error("cron seconds in {value}")]
    CronSeconds { value: String },
    #[error("schedule never fires")]
    NeverFires,
    #[error("bad repeat phrase {value}")]
    BadRepeat { value: String },
    #[error("{name} too long: {len} > {max}")]
    TooLong { name: &'static str, max: usize, len: usize },
    #[error("{name} is empty")]
    EmptyText { name: &'static str },
    #[error("{name} has invisible or control characters")]
    ControlCharacters { name: &'static str },
    #[error("unknown time zone {value}")]
    UnknownZone { value: String, suggestion: Option<String> },
    /// A second time given for one thing (`in 1h --cron …`, `at 09:00 in 1h`).
    #[error("two times: {first} and {second}")]
    TwoTimes { first: String, second: String },
    /// A zone given with a span from now, which no zone changes.
    #[error("zone {zone} with a duration")]
    ZoneWithDuration { zone: String },
    #[error("bad value {value} for {name}")]
    BadChoice { name: &'static str, value: String, allowed: String },
}

impl ParseError {
    pub fn to_msg(&self) -> Msg {
        use ParseError::*;
        match self {
            Empty => Msg::new("err-empty"),
            UnknownCommand { name, suggestion } => match suggestion {
                Some(s) => Msg::new("err-unknown-command-suggest").code("name", name).code("suggestion", s),
                None => Msg::new("err-unknown-command").code("name", name),
            },
            UnknownSubcommand { command, name, suggestion: None } => {
                Msg::new("err-unknown-subcommand").code("command", command).code("name", name)
            }
            UnknownSubcommand { command, name, suggestion: Some(s) } => Msg::new("err-unknown-subcommand-suggest")
                .code("command", command)
                .code("name", name)
                .code("suggestion", s),
            Missing { name } => Msg::new("err-missing").code("name", *name),
            Unexpected { text } => Msg::new("err-unexpected").text("text", text),
            UnterminatedQuote => Msg::new("err-unterminated-quote"),
            UnknownFlag { flag } => Msg::new("err-unknown-flag").code("flag", flag),
            FlagNeedsValue { flag } => Msg::new("err-flag-needs-value").code("flag", flag),
            FlagTwice { flag } => Msg::new("err-flag-twice").code("flag", flag),
            BadDuration { value } => Msg::new("err-bad-duration").text("value", value),
            BadDate { value } => Msg::new("err-bad-date").text("value", value),
            DateOutOfRange { value } => Msg::new("err-date-out-of-range")
                .text("value", value)
                .code("from", super::grammar::YEARS.start().to_string())
                .code("to", super::grammar::YEARS.end().to_string()),
            BadTime { value } => Msg::new("err-bad-time").text("value", value),
            BadId { value } => Msg::new("err-bad-id").text("value", value),
            BadCron { value, field: None } => Msg::new("err-bad-cron").code("value", value),
            BadCron { value, field: Some(field) } => {
                Msg::new("err-bad-cron-field").code("value", value).code("field", *field)
            }
            CronSeconds { value } => Msg::new("err-cron-seconds").code("value", value),
            NeverFires => Msg::new("err-never-fires"),
            BadRepeat { value } => Msg::new("err-bad-repeat").text("value", value),
            TooLong { name, max, len } => {
                Msg::new("err-too-long").code("name", *name).num("max", *max as i64).num("len", *len as i64)
            }
            EmptyText { name } => Msg::new("err-empty-text").code("name", *name),
            ControlCharacters { name } => Msg::new("err-control-chars").code("name", *name),
            UnknownZone { value, suggestion: Some(s) } => {
                Msg::new("err-unknown-zone-suggest").text("value", value).code("suggestion", s)
            }
            UnknownZone { value, suggestion: None } => Msg::new("err-unknown-zone").text("value", value),
            TwoTimes { first, second } => Msg::new("err-two-times").code("first", first).text("second", second),
            ZoneWithDuration { zone } => Msg::new("err-zone-with-duration").text("zone", zone),
            BadChoice { name, value, allowed } => {
                Msg::new("err-bad-choice").code("name", *name).text("value", value).code("allowed", allowed)
            }
        }
    }
}

/// Why a well-formed command was refused or could not be carried out.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UserError {
    #[error(transparent)]
    Parse(#[from] ParseError),
    #[error("needs role {needed:?}")]
    Forbidden { needed: Role, body: Option<String> },
    #[error("{kind} {id} not found")]
    NotFound { kind: &'static str, id: String },
    #[error("room not linked to a body")]
    NoBodyHere,
    #[error("{0:?}")]
    Refused(Msg),
}

impl UserError {
    pub fn to_msg(&self) -> Msg {
        match self {
            UserError::Parse(e) => e.to_msg(),
            UserError::Forbidden { needed, body: Some(body) } => {
                Msg::new("err-forbidden-in").code("role", needed.as_str()).code("body", body)
            }
            UserError::Forbidden { needed, body: None } => Msg::new("err-forbidden").code("role", needed.as_str()),
            UserError::NotFound { kind, id } => Msg::new("err-not-found").code("kind", *kind).code("id", id),
            UserError::NoBodyHere => Msg::new("err-no-body-here"),
            UserError::Refused(msg) => msg.clone(),
        }
    }

    /// Whether the reply should repeat the command's usage line.
    pub fn shows_usage(&self) -> bool {
        matches!(self, UserError::Parse(e) if !matches!(
            e,
            ParseError::UnknownCommand { .. }
                | ParseError::Empty
                | ParseError::UnknownSubcommand { suggestion: Some(_), .. }
        ))
    }
}

/// A command failed either because of the person (shown to them) or because of the system (logged).
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    User(#[from] UserError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<ParseError> for CommandError {
    fn from(e: ParseError) -> Self {
        CommandError::User(UserError::Parse(e))
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
