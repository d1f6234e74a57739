//! A command of the tests' own, `probe`, that shows what a platform told the engine of a command
//! and answers as a feature would with a secret or a withdrawal, so that adapters and the store
//! can be tested before any feature uses these. Never part of Quorum's own command table.

use std::sync::LazyLock;

use quorum::core::command::{Category, CommandSpec, Scope};
use quorum::core::engine::Ctx;
use quorum::core::error::CommandResult;
use quorum::core::grammar::FlagSpec;
use quorum::core::registry::Registry;
use quorum::core::reply::{Block, Msg, Reply};

/// The text of a secret answer, to look for where it must not be.
pub const SECRET_TEXT: &str = "ballot 7f3c9e receipt ZQX-SECRET-4411";

#[derive(Debug, Clone)]
struct Probe {
    private: bool,
    secret: bool,
    withdraw: bool,
}

async fn probe(ctx: &Ctx<'_>, cmd: Probe) -> CommandResult<Reply> {
    let text = if cmd.secret { SECRET_TEXT.to_owned() } else { format!("confidential={}", ctx.actor.confidential) };
    let mut reply = if cmd.private { Reply::private(Msg::new("unused")) } else { Reply::public(Msg::new("unused")) };
    reply.blocks = vec![Block::Verbatim(text)];
    if cmd.secret {
        reply = reply.secret();
    }
    if cmd.withdraw {
        reply = reply.withdrawing_command();
    }
    Ok(reply)
}

quorum::runs! { Probe => probe }

static PROBE: &[CommandSpec] = &[CommandSpec {
    name: "probe",
    aliases: &[],
    category: Category("category-bodies"),
    role: None,
    scope: Scope::Global,
    usage: "probe [--private] [--secret] [--withdraw]",
    params: &[],
    flags: &[
        FlagSpec { name: "private", takes_value: false },
        FlagSpec { name: "secret", takes_value: false },
        FlagSpec { name: "withdraw", takes_value: false },
    ],
    examples: &["probe --secret"],
    parse: |args| {
        Ok(Box::new(Probe {
            private: args.switch("private"),
            secret: args.switch("secret"),
            withdraw: args.switch("withdraw"),
        }))
    },
    complete: None,
}];

/// A registry with `probe` as its only command.
pub fn registry() -> &'static Registry {
    static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
        let mut registry = Registry::default();
        registry.commands(PROBE);
        registry
    });
    &REGISTRY
}
