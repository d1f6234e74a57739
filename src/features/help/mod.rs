//! `!help [command]`: the command table, in the reader's language.

use crate::core::command::{self, Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError, UserError};
use crate::core::grammar::Args;
use crate::core::reply::{Block, Msg, Reply};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Help {
    pub topic: Option<String>,
}

pub static COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "help",
    aliases: &["?", "aide", "ayuda", "помощь", "帮助", "مساعدة"],
    category: Category::General,
    role: None,
    scope: Scope::Global,
    usage: "help [COMMAND]",
    params: &[Param { name: "command", kind: ParamKind::Word, required: false }],
    flags: &[],
    examples: &["help", "help remind", "help body create"],
    parse,
}];

/// `help [COMMAND…]`: the topic may be two words (`help body create`).
fn parse(args: &mut Args) -> Result<Command, ParseError> {
    let topic = if args.is_empty() { None } else { Some(args.rest("command")?) };
    Ok(Command::Help(Help { topic }))
}

pub fn run(_ctx: &Ctx<'_>, help: Help) -> CommandResult<Reply> {
    let Some(topic) = help.topic else {
        let mut reply = Reply::public(Msg::new("help-intro"));
        for category in Category::ALL {
            let commands: Vec<(String, Msg)> = command::table()
                .filter(|s| s.category == category)
                .map(|s| (s.name.to_owned(), Msg::new(&s.summary_key())))
                .collect();
            if !commands.is_empty() {
                reply = reply.with(Block::Paragraph(Msg::new(category.key()))).with(Block::Commands(commands));
            }
        }
        return Ok(reply);
    };
    let spec = command::find(&topic)
        .or_else(|| {
            topic
                .split_whitespace()
                .next()
                .and_then(|first| command::table().find(|s| s.name.split(' ').next() == Some(first)))
        })
        .ok_or_else(|| {
            UserError::Parse(ParseError::UnknownCommand { name: topic.clone(), suggestion: command::suggest(&topic) })
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
