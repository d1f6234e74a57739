//! The registry: what each feature plugs into the core. Features are listed in one place above
//! them (`features::registry()`); the core and the scheduler read the registry and name no feature.
//!
//! A feature registers its command specs, the handlers of the job kinds it schedules, and hooks:
//! values of a trait some other feature defines and calls (meetings call whatever
//! `MeetingHook`s are registered, without knowing that agenda is one).

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::command::{Category, Command, CommandSpec, ParseFailure, Parsed};
use super::effect::Effects;
use super::engine::EngineConfig;
use super::error::ParseError;
use super::grammar::{Args, tokenize};
use crate::store::{ClaimedJob, Tx};

/// A due job as its handler gets it: in the scheduler's transaction, which also marks it done.
pub struct DueJob<'a> {
    pub tx: &'a mut Tx,
    pub job: &'a ClaimedJob,
    /// When the job was due.
    pub due: DateTime<Utc>,
    pub now: DateTime<Utc>,
    /// How late a job may run and still count as on time.
    pub grace: Duration,
    pub config: &'a EngineConfig,
    /// Hooks the handler may call.
    pub registry: &'a Registry,
    /// Platform calls to make once the transaction has committed.
    pub effects: &'a mut Effects,
}

/// Fires the jobs of one kind, the kind a feature schedules (`JobKind`).
#[async_trait]
pub trait JobHandler: Send + Sync {
    fn kind(&self) -> &'static str;
    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()>;
}

/// A conversation Quorum holds with a person in their direct room, one question per message (an
/// application's questions): the feature that opened it (with `Tx::open_conversation`) takes
/// each plain message the person writes there, as the answer to the question it asked last.
#[async_trait]
pub trait Conversation: Send + Sync {
    /// The kind the feature opens its conversations under.
    fn kind(&self) -> &'static str;
    /// Takes `text`, written in answer while the conversation about `subject` is open.
    async fn answer(
        &self,
        ctx: &super::engine::Ctx<'_>,
        subject: i64,
        text: &str,
    ) -> super::error::CommandResult<super::reply::Reply>;
}

/// Hears each command that succeeded where the room saw it (not in a direct room, nor a Discord
/// interaction, which nobody else sees), after it ran, and the plain chat of the room, while a
/// feature listens to the room (`Tx::listen_to_room`; read with the actor, or by the room's address
/// for chat): a feature that keeps a record of a room (the log of a minuted meeting) writes it down
/// there. Chat is never answered.
#[async_trait]
pub trait Listener: Send + Sync {
    /// `text` is the command line as written, without the platform's prefix.
    async fn heard(&self, ctx: &super::engine::Ctx<'_>, spec: &CommandSpec, text: &str) -> anyhow::Result<()>;

    /// A line of plain chat said in a shared room listened to.
    async fn overheard(&self, _ctx: &super::engine::Ctx<'_>, _text: &str) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Everything the features plug in.
#[derive(Default)]
pub struct Registry {
    commands: Vec<&'static CommandSpec>,
    jobs: HashMap<&'static str, Arc<dyn JobHandler>>,
    hooks: HashMap<TypeId, Vec<Box<dyn Any + Send + Sync>>>,
}

impl Registry {
    /// Adds a feature's commands, listed by `!help` in this order.
    pub fn commands(&mut self, specs: &'static [CommandSpec]) -> &mut Self {
        for spec in specs {
            let taken = self.commands.iter().find(|s| {
                let names =
                    |s: &CommandSpec| std::iter::once(s.name).chain(s.aliases.iter().copied()).collect::<Vec<_>>();
                names(s).iter().any(|n| names(spec).contains(n))
            });
            assert!(taken.is_none(), "command `{}` clashes with `{}`", spec.name, taken.map_or("", |s| s.name));
            self.commands.push(spec);
        }
        self
    }

    /// Adds the handler of a job kind; each kind has one.
    pub fn job(&mut self, handler: Arc<dyn JobHandler>) -> &mut Self {
        let kind = handler.kind();
        assert!(self.jobs.insert(kind, handler).is_none(), "job kind `{kind}` registered twice");
        self
    }

    /// Adds a hook: an `Arc<H>`, where `H` is usually a trait object (`dyn MeetingHook`) that the
    /// feature calling it defines.
    pub fn hook<H: ?Sized + Send + Sync + 'static>(&mut self, hook: Arc<H>) -> &mut Self {
        self.hooks.entry(TypeId::of::<Arc<H>>()).or_default().push(Box::new(hook));
        self
    }

    /// The hooks of type `H`, in the order they were registered.
    pub fn hooks<H: ?Sized + Send + Sync + 'static>(&self) -> impl Iterator<Item = &Arc<H>> {
        self.hooks.get(&TypeId::of::<Arc<H>>()).into_iter().flatten().filter_map(|hook| hook.downcast_ref::<Arc<H>>())
    }

    /// The handler of a job kind, if a feature registered one.
    pub fn job_handler(&self, kind: &str) -> Option<&Arc<dyn JobHandler>> {
        self.jobs.get(kind)
    }

    /// Every job kind a feature handles.
    pub fn job_kinds(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.jobs.keys().copied()
    }

    /// Every command, in the order `!help` lists them.
    pub fn table(&self) -> impl Iterator<Item = &'static CommandSpec> + '_ {
        self.commands.iter().copied()
    }

    /// The `!help` headings, in the order of their first command.
    pub fn categories(&self) -> Vec<Category> {
        let mut seen = Vec::new();
        for spec in self.table() {
            if !seen.contains(&spec.category) {
                seen.push(spec.category);
            }
        }
        seen
    }

    /// The command whose name or alias is `words` (one or two words), if any.
    pub fn find(&self, words: &str) -> Option<&'static CommandSpec> {
        let words = words.trim().trim_start_matches('!').to_lowercase();
        self.table().find(|s| s.name == words || s.aliases.contains(&words.as_str()))
    }

    /// The command closest to a misspelt one, given the first words of the line: each name and
    /// alias (`agenda show`, `remind`) and each family (`agenda`) is compared with as many words
    /// as it has, so `agneda show` finds `agenda show`.
    pub fn suggest(&self, words: &[&str]) -> Option<String> {
        let names = self.table().flat_map(|s| std::iter::once(s.name).chain(s.aliases.iter().copied()));
        let families = self.table().filter_map(|s| s.name.split_once(' ').map(|(family, _)| family));
        names
            .chain(families)
            .filter_map(|name| {
                let count = name.split(' ').count();
                let typed = words.get(..count)?.join(" ").to_lowercase();
                Some((strsim::jaro_winkler(name, &typed), name))
            })
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| name.to_owned())
    }

    /// The subcommand of `family` closest to a misspelt one (`meeting shwo` → `meeting show`).
    fn suggest_subcommand(&self, family: &str, typed: &str) -> Option<String> {
        let typed = typed.to_lowercase();
        self.table()
            .flat_map(|s| std::iter::once(s.name).chain(s.aliases.iter().copied()))
            .filter_map(|name| Some((name, name.strip_prefix(family)?.strip_prefix(' ')?)))
            .map(|(name, sub)| (strsim::jaro_winkler(sub, &typed), name))
            // Stricter than for whole names: between short words a shared prefix alone scores
            // 0.8 (`explode` and `export`).
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| name.to_owned())
    }

    /// Parses a command line without its prefix (`remind me in 2h "tea"`).
    pub fn parse(&self, line: &str) -> Result<Parsed, ParseFailure> {
        let fail = |spec, error| ParseFailure { spec, error };
        let mut tokens = tokenize(line).map_err(|e| fail(None, e))?;
        if tokens.is_empty() {
            return Err(fail(None, ParseError::Empty));
        }
        let first = tokens[0].text.to_lowercase();
        // A quoted word is text (a title), never a subcommand: `when "list" --slots …`.
        let two = tokens.get(1).filter(|t| !t.quoted).map(|t| format!("{first} {}", t.text.to_lowercase()));
        let (spec, used) = match two.as_deref().and_then(|w| self.find(w)) {
            Some(spec) => (spec, 2),
            None => match self.find(&first) {
                Some(spec) => (spec, 1),
                None if self.table().any(|s| s.name.starts_with(&format!("{first} "))) => {
                    let name = tokens.get(1).map(|t| t.text.clone()).unwrap_or_default();
                    let spec = self.table().find(|s| s.name.starts_with(&format!("{first} ")));
                    let error = if name.is_empty() {
                        ParseError::Missing { name: "subcommand" }
                    } else {
                        let suggestion = self.suggest_subcommand(&first, &name);
                        ParseError::UnknownSubcommand { command: first.clone(), name, suggestion }
                    };
                    return Err(fail(spec, error));
                }
                None => {
                    let words: Vec<&str> = tokens.iter().take(2).map(|t| t.text.as_str()).collect();
                    let suggestion = self.suggest(&words);
                    return Err(fail(None, ParseError::UnknownCommand { name: tokens[0].text.clone(), suggestion }));
                }
            },
        };
        tokens.drain(..used);
        let mut args = Args::new(tokens, spec.flags).map_err(|e| fail(Some(spec), e))?;
        let command: Command = (spec.parse)(&mut args).map_err(|e| match e {
            // A spec that takes words after its name (`outbox`) finds a misspelt subcommand itself.
            ParseError::UnknownSubcommand { command, name, suggestion: None } => {
                let suggestion = self.suggest_subcommand(&command, &name);
                fail(Some(spec), ParseError::UnknownSubcommand { command, name, suggestion })
            }
            e => fail(Some(spec), e),
        })?;
        let cautions = args.take_cautions();
        args.finish().map_err(|e| fail(Some(spec), e))?;
        Ok(Parsed { spec, command, cautions })
    }
}
