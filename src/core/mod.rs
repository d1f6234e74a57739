//! The platform-free heart: commands, actors, replies, the clock, permissions, and the registry
//! that features plug into. Nothing here names a feature, a platform or SQL.

pub mod actor;
pub mod clock;
pub mod command;
pub mod effect;
pub mod engine;
pub mod error;
pub mod grammar;
pub mod health;
pub mod permissions;
pub mod platform;
pub mod recurrence;
pub mod registry;
pub mod reply;
pub mod zones;
