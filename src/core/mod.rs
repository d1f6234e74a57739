//! The platform-free heart: commands, actors, replies, the clock and permissions.

pub mod actor;
pub mod clock;
pub mod command;
pub mod engine;
pub mod error;
pub mod grammar;
pub mod health;
pub mod permissions;
pub mod platform;
pub mod recurrence;
pub mod reply;
pub mod zones;
