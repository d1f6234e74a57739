//! The command table: one entry per command drives the text parser, `!help` and (later) the
//! platforms' native command registration. A new command is one new entry.

use super::actor::Role;
use super::error::ParseError;
use super::grammar::{Args, FlagSpec, tokenize};
use crate::features::{agenda, attendance, audit, bodies, help, meetings, outbox, reminders, settings, speaking};

/// Where a command appears in `!help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    General,
    Settings,
    Bodies,
    Reminders,
    Meetings,
    Audit,
    /// Messages the outbox could not deliver.
    Outbox,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::General,
        Category::Settings,
        Category::Bodies,
        Category::Reminders,
        Category::Meetings,
        Category::Audit,
        Category::Outbox,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Category::General => "category-general",
            Category::Settings => "category-settings",
            Category::Bodies => "category-bodies",
            Category::Reminders => "category-reminders",
            Category::Meetings => "category-meetings",
            Category::Audit => "category-audit",
            Category::Outbox => "category-outbox",
        }
    }
}

/// The type of a parameter, for validation and for typed options on platforms that have them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Word,
    Text { max: usize },
    Duration,
    Date,
    Time,
    Zone,
    Language,
    Id,
    User,
    Choice(&'static [&'static str]),
}

#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
    pub required: bool,
}

/// Which body's roles a command is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// No body: anyone may run it, or only global admins if `role` is `Admin`.
    Global,
    /// The body the room is linked to.
    Room,
    /// A body the command names (checked by the feature once it knows which).
    Named,
}

/// Everything Quorum knows about one command.
#[derive(Debug)]
pub struct CommandSpec {
    /// The words that invoke it: `remind`, `body create`.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub category: Category,
    /// The least role needed; `None`: anyone.
    pub role: Option<Role>,
    pub scope: Scope,
    /// The grammar, the same in every language.
    pub usage: &'static str,
    pub params: &'static [Param],
    pub flags: &'static [FlagSpec],
    pub examples: &'static [&'static str],
    pub parse: fn(&mut Args) -> Result<Command, ParseError>,
}

impl CommandSpec {
    /// The stem of this command's i18n keys: `cmd-body-create`.
    pub fn key(&self) -> String {
        format!("cmd-{}", self.name.replace(' ', "-"))
    }

    pub fn summary_key(&self) -> String {
        format!("{}-summary", self.key())
    }

    pub fn help_key(&self) -> String {
        format!("{}-help", self.key())
    }
}

/// A command, parsed and typed, ready for its feature's service.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Help(help::Help),
    SetZone(settings::SetZone),
    SetLanguage(settings::SetLanguage),
    Whoami,
    BodyCreate(bodies::BodyCreate),
    BodyLink(bodies::BodyLink),
    RoleGrant(bodies::RoleChange),
    RoleRevoke(bodies::RoleChange),
    AuditVerify,
    Remind(reminders::Remind),
    ListReminders,
    CancelReminder(reminders::CancelReminder),
    MeetingSchedule(meetings::Schedule),
    MeetingList,
    MeetingShow(meetings::MeetingRef),
    MeetingRsvp(meetings::Rsvp),
    MeetingMove(meetings::MoveMeeting),
    MeetingEdit(meetings::EditMeeting),
    MeetingDm(meetings::DmReminders),
    MeetingFeed(meetings::FeedRequest),
    MeetingCancel(meetings::CancelMeeting),
    MeetingIcs(meetings::CalendarExport),
    AgendaAdd(agenda::AgendaAdd),
    AgendaShow(agenda::AgendaShow),
    AgendaOrder(agenda::AgendaOrder),
    AgendaRemove(agenda::AgendaRemove),
    BodyQuorum(attendance::SetQuorum),
    MeetingAttendance(attendance::RollCall),
    MeetingPresent(attendance::Present),
    HandRaise(speaking::Hand),
    HandDown,
    QueueShow,
    QueueClear,
    QueueNext,
    OutboxList,
    OutboxRetry(outbox::OutboxRetry),
}

/// Every command, in the order `!help` lists them.
pub fn table() -> impl Iterator<Item = &'static CommandSpec> {
    [
        help::COMMANDS,
        settings::COMMANDS,
        bodies::COMMANDS,
        reminders::COMMANDS,
        meetings::COMMANDS,
        agenda::COMMANDS,
        attendance::COMMANDS,
        speaking::COMMANDS,
        audit::COMMANDS,
        outbox::COMMANDS,
    ]
    .into_iter()
    .flatten()
}

/// The command whose name or alias is `words` (one or two words), if any.
pub fn find(words: &str) -> Option<&'static CommandSpec> {
    let words = words.trim().trim_start_matches('!').to_lowercase();
    table().find(|s| s.name == words || s.aliases.contains(&words.as_str()))
}

/// The closest command name to a misspelt one.
pub fn suggest(word: &str) -> Option<String> {
    table()
        .flat_map(|s| std::iter::once(s.name).chain(s.aliases.iter().copied()))
        .map(|name| (strsim::jaro_winkler(name, &word.to_lowercase()), name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.to_owned())
}

/// A parse result that keeps track of which command was meant, for its usage line on error.
#[derive(Debug)]
pub struct Parsed {
    pub spec: &'static CommandSpec,
    pub command: Command,
}

/// Why parsing failed, with the command it was for when that is known.
#[derive(Debug)]
pub struct ParseFailure {
    pub spec: Option<&'static CommandSpec>,
    pub error: ParseError,
}

impl Command {
    /// Parses a command line without its prefix (`remind me in 2h "tea"`).
    pub fn parse(line: &str) -> Result<Parsed, ParseFailure> {
        let fail = |spec, error| ParseFailure { spec, error };
        let mut tokens = tokenize(line).map_err(|e| fail(None, e))?;
        if tokens.is_empty() {
            return Err(fail(None, ParseError::Empty));
        }
        let first = tokens[0].text.to_lowercase();
        let two = tokens.get(1).map(|t| format!("{first} {}", t.text.to_lowercase()));
        let (spec, used) = match two.as_deref().and_then(find) {
            Some(spec) => (spec, 2),
            None => match find(&first) {
                Some(spec) => (spec, 1),
                None if table().any(|s| s.name.starts_with(&format!("{first} "))) => {
                    let name = tokens.get(1).map(|t| t.text.clone()).unwrap_or_default();
                    let spec = table().find(|s| s.name.starts_with(&format!("{first} ")));
                    let error = if name.is_empty() {
                        ParseError::Missing { name: "subcommand" }
                    } else {
                        ParseError::UnknownSubcommand { command: first.clone(), name }
                    };
                    return Err(fail(spec, error));
                }
                None => {
                    let suggestion = suggest(&first);
                    return Err(fail(None, ParseError::UnknownCommand { name: tokens[0].text.clone(), suggestion }));
                }
            },
        };
        tokens.drain(..used);
        let mut args = Args::new(tokens, spec.flags).map_err(|e| fail(Some(spec), e))?;
        let command = (spec.parse)(&mut args).map_err(|e| fail(Some(spec), e))?;
        args.finish().map_err(|e| fail(Some(spec), e))?;
        Ok(Parsed { spec, command })
    }
}
