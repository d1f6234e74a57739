//! `!help [command]`: the command table, in the reader's language.

use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError, UserError};
use crate::core::grammar::Args;
use crate::core::registry::Registry;
use crate::core::reply::{Block, Msg, Reply};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Help {
    pub topic: Option<String>,
}

crate::runs! { Help => run }

/// What help plugs into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}

pub static COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "help",
    aliases: &["?", "aide", "ayuda", "помощь", "帮助", "مساعدة"],
    category: Category("category-general"),
    role: None,
    scope: Scope::Global,
    usage: "help [COMMAND]",
    params: &[Param { name: "command", kind: ParamKind::Word, required: false, shown: None }],
    flags: &[],
    examples: &["help", "help remind", "help body create"],
    complete: None,
    parse,
}];

/// `help [COMMAND…]`: the topic may be two words (`help body create`).
fn parse(args: &mut Args) -> Result<Command, ParseError> {
    let topic = if args.is_empty() { None } else { Some(args.rest("command")?) };
    Ok(Box::new(Help { topic }))
}

pub async fn run(ctx: &Ctx<'_>, help: Help) -> CommandResult<Reply> {
    let commands = ctx.registry;
    let Some(topic) = help.topic else {
        let mut reply = Reply::public(Msg::new("help-intro"));
        for category in commands.categories() {
            let listed: Vec<(String, Msg)> = commands
                .table()
                .filter(|s| s.category == category)
                .map(|s| (s.name.to_owned(), Msg::new(&s.summary_key())))
                .collect();
            if !listed.is_empty() {
                reply = reply.with(Block::Paragraph(Msg::new(category.key()))).with(Block::Commands(listed));
            }
        }
        return Ok(reply);
    };
    let spec = commands
        .find(&topic)
        .or_else(|| {
            topic
                .split_whitespace()
                .next()
                .and_then(|first| commands.table().find(|s| s.name.split(' ').next() == Some(first)))
        })
        .ok_or_else(|| {
            let words: Vec<&str> = topic.split_whitespace().collect();
            UserError::Parse(ParseError::UnknownCommand { name: topic.clone(), suggestion: commands.suggest(&words) })
        })?;
    let mut reply = Reply::public(Msg::new(&spec.summary_key()))
        .with(Block::Usage(spec.usage.to_owned()))
        .with(Block::Paragraph(Msg::new(&spec.help_key())));
    if let Some(role) = spec.role {
        reply = reply.with(Block::Paragraph(Msg::new("help-needs-role").code("role", role.as_str())));
    }
    if !spec.examples.is_empty() {
        reply = reply
            .with(Block::Paragraph(Msg::new("help-examples")))
            .with(Block::Examples(spec.examples.iter().map(|e| (*e).to_owned()).collect()));
    }
    Ok(reply)
}
