//! Linked accounts: `!account link` gives a one-time code, `!account link CODE` sent from an
//! account on another platform joins both accounts into one member (the one who asked for the
//! code), `!account unlink PLATFORM` makes an account a member of its own again.

mod code;
mod commands;
mod service;

pub use code::{CODE_LIFETIME_MIN, LinkCode, MAX_WRONG_TRIES};
pub use commands::{AccountLink, AccountUnlink, COMMANDS};
pub use service::{account_lines, link, unlink};

use crate::core::registry::Registry;

crate::runs! {
    AccountLink => link,
    AccountUnlink => unlink,
}

/// What linked accounts plug into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}
