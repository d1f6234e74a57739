//! What a command is: its spec (name, grammar, role, help) and the parsed command that runs
//! itself. Features declare their specs; the registry (`core::registry`) gathers them into the
//! table that the text parser, `!help` and Discord's slash commands read.

use std::any::Any;
use std::fmt::Debug;
use std::pin::Pin;

use async_trait::async_trait;

use super::actor::Role;
use super::engine::Ctx;
use super::error::{CommandResult, ParseError};
use super::grammar::{Args, FlagSpec};
use super::reply::{Msg, Reply};

/// Where a command appears in `!help`: the i18n key of the heading it is listed under. Headings
/// come in the order the registry first meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Category(pub &'static str);

impl Category {
    pub fn key(self) -> &'static str {
        self.0
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
    /// How the usage line spells it when not by its name in capitals (`ID` for an `Id`, `@USER`
    /// for a `User`, the choices of a `Choice`): `3,1,2` for an order, `me|@USER|here` for a
    /// reminder's target.
    pub shown: Option<&'static str>,
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

/// A parsed command: it carries its arguments and runs its feature's service.
#[async_trait]
pub trait Run: Any + Debug + Send + Sync {
    async fn run(self: Box<Self>, ctx: &Ctx<'_>) -> CommandResult<Reply>;
}

impl dyn Run {
    /// The parsed command as its own type, for tests of a parser.
    pub fn downcast_ref<T: Run>(&self) -> Option<&T> {
        (self as &dyn Any).downcast_ref()
    }
}

/// Implements [`Run`] for parsed commands by naming the service each runs: `Type => service` for a
/// service taking the context and the command, `Type => () service` for one taking the context only.
#[macro_export]
macro_rules! runs {
    () => {};
    ($ty:ty => () $unit:path $(, $($rest:tt)*)?) => {
        #[async_trait::async_trait]
        impl $crate::core::command::Run for $ty {
            async fn run(
                self: Box<Self>,
                ctx: &$crate::core::engine::Ctx<'_>,
            ) -> $crate::core::error::CommandResult<$crate::core::reply::Reply> {
                $unit(ctx).await
            }
        }
        $crate::runs!($($($rest)*)?);
    };
    ($ty:ty => $service:path $(, $($rest:tt)*)?) => {
        #[async_trait::async_trait]
        impl $crate::core::command::Run for $ty {
            async fn run(
                self: Box<Self>,
                ctx: &$crate::core::engine::Ctx<'_>,
            ) -> $crate::core::error::CommandResult<$crate::core::reply::Reply> {
                $service(ctx, *self).await
            }
        }
        $crate::runs!($($($rest)*)?);
    };
}

/// What a parser returns: the command, ready to run.
pub type Command = Box<dyn Run>;

/// A future that can move between threads, as trait objects and function pointers return them.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Offers IDs for a command's ID parameter as the member types (Discord's autocomplete):
/// `(label, value)` pairs of objects the actor can see that start like the text typed so far.
pub type Completer = for<'a> fn(&'a Ctx<'a>, &'a str, usize) -> BoxFuture<'a, anyhow::Result<Vec<(String, String)>>>;

/// Autocomplete's choices among numbered objects (`(number, title)`): those whose number starts
/// with what was typed (a `#` aside) or whose title holds it, at most `limit`, each as
/// `("#3 · Title", "#3")`.
pub fn id_choices<'a>(
    items: impl IntoIterator<Item = (i64, &'a str)>,
    typed: &str,
    limit: usize,
) -> Vec<(String, String)> {
    let typed = typed.trim().trim_start_matches('#').to_lowercase();
    items
        .into_iter()
        .filter(|(id, title)| id.to_string().starts_with(&typed) || title.to_lowercase().contains(&typed))
        .take(limit)
        .map(|(id, title)| (format!("#{id} · {}", title.chars().take(80).collect::<String>()), format!("#{id}")))
        .collect()
}

/// A [`Completer`] from an `async fn(&Ctx, &str, usize) -> anyhow::Result<Vec<(String, String)>>`.
#[macro_export]
macro_rules! completer {
    ($complete:path) => {
        |ctx, typed, limit| Box::pin($complete(ctx, typed, limit))
    };
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
    /// The grammar, the same in every language. A test checks that it names exactly the
    /// command's parameters and flags.
    pub usage: &'static str,
    pub params: &'static [Param],
    pub flags: &'static [FlagSpec],
    pub examples: &'static [&'static str],
    pub parse: fn(&mut Args) -> Result<Command, ParseError>,
    /// Completes the command's `Id` parameter; `None`: nothing to offer.
    pub complete: Option<Completer>,
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

/// A parse result that keeps track of which command was meant, for its usage line on error.
#[derive(Debug)]
pub struct Parsed {
    pub spec: &'static CommandSpec,
    pub command: Command,
    /// What the reply should point out about input that was accepted (`Args::caution`).
    pub cautions: Vec<Msg>,
}

/// Why parsing failed, with the command it was for when that is known.
#[derive(Debug)]
pub struct ParseFailure {
    pub spec: Option<&'static CommandSpec>,
    pub error: ParseError,
}
