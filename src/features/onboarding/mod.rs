//! Onboarding: a body's checklist for new members (`!onboarding items`), started when their
//! application is approved; each member ticks their items (`!onboarding done 2`), staff may tick
//! for them, and the scheduler reminds them of what is left until all is done.

mod commands;
mod service;

use std::sync::Arc;

pub use commands::COMMANDS;
pub use service::{ONBOARDING_JOB, RemindOnboarding, start};

use crate::core::grammar::ListChange;
use crate::core::registry::Registry;

/// The longest checklist item.
pub const MAX_ITEM: usize = 300;
/// The most items a checklist may have.
pub const MAX_ITEMS: usize = 20;

/// `onboarding [BODY] [@USER]`: a checklist and what is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingShow {
    pub short: Option<String>,
    pub user: Option<String>,
}

/// `onboarding done NUMBER [@USER] [BODY]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingDone {
    pub number: i64,
    pub user: Option<String>,
    pub short: Option<String>,
}

/// `onboarding items BODY [add "TEXT" | remove NUMBER]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingItems {
    pub short: String,
    pub change: Option<ListChange>,
}

crate::runs! {
    OnboardingShow => service::show,
    OnboardingDone => service::done,
    OnboardingItems => service::items,
}

/// Onboarding's commands and the job that reminds new members of what is left.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
    registry.job(Arc::new(RemindOnboarding));
}
