//! What Quorum does, one folder per capability: model, service, commands and rendering.
//!
//! Features depend on `core` and on the store's typed methods; they never import an adapter.
//! Each plugs its commands, job handlers and hooks into the registry through its `register`;
//! adding a feature is its folder and one line in [`registry`].

pub mod accounts;
pub mod agenda;
pub mod applications;
pub mod attendance;
pub mod audit;
pub mod bodies;
pub mod elections;
pub mod help;
pub mod meetings;
pub mod members;
pub mod minutes;
pub mod onboarding;
pub mod outbox;
pub mod polls;
pub mod privacy;
pub mod reminders;
pub mod scheduling;
pub mod settings;
pub mod speaking;

use std::sync::LazyLock;

use crate::core::registry::Registry;

/// Every feature, in the order `!help` lists their commands.
pub fn registry() -> &'static Registry {
    static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
        let mut registry = Registry::default();
        help::register(&mut registry);
        settings::register(&mut registry);
        privacy::register(&mut registry);
        accounts::register(&mut registry);
        bodies::register(&mut registry);
        reminders::register(&mut registry);
        meetings::register(&mut registry);
        scheduling::register(&mut registry);
        agenda::register(&mut registry);
        attendance::register(&mut registry);
        members::register(&mut registry);
        speaking::register(&mut registry);
        minutes::register(&mut registry);
        audit::register(&mut registry);
        outbox::register(&mut registry);
        applications::register(&mut registry);
        onboarding::register(&mut registry);
        polls::register(&mut registry);
        elections::register(&mut registry);
        registry
    });
    &REGISTRY
}

/// Parses `line` as a command of type `T`, for the tests of a feature's parser.
#[cfg(test)]
pub(crate) fn parse_as<T: crate::core::command::Run + Clone>(line: &str) -> Result<T, String> {
    let parsed = registry().parse(line).map_err(|f| format!("{:?}", f.error))?;
    parsed.command.downcast_ref::<T>().cloned().ok_or_else(|| format!("`{line}` parsed as {:?}", parsed.command))
}

/// Why `line` does not parse, for the tests of a feature's parser.
#[cfg(test)]
pub(crate) fn parse_err(line: &str) -> String {
    match registry().parse(line) {
        Ok(parsed) => panic!("`{line}` parsed as {:?}", parsed.command),
        Err(failure) => format!("{:?}", failure.error),
    }
}
