//! After-commit effects: platform calls a change needs (a Discord scheduled event, an invitation,
//! a role grant) that a service or a job returns instead of making them in its transaction. The
//! engine and the scheduler run them once the change is committed; a platform that fails then
//! leaves the change in place and is logged.

use async_trait::async_trait;

use super::engine::Engine;

/// One platform call to make after the commit.
#[async_trait]
pub trait Effect: Send + Sync {
    /// What it is, for the log.
    fn name(&self) -> &'static str;
    async fn run(self: Box<Self>, engine: &Engine) -> anyhow::Result<()>;
}

/// The effects of one command or one scheduler pass, in the order they were added.
#[derive(Default)]
pub struct Effects(Vec<Box<dyn Effect>>);

impl Effects {
    pub fn push(&mut self, effect: impl Effect + 'static) {
        self.0.push(Box::new(effect));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn append(&mut self, other: Effects) {
        self.0.extend(other.0);
    }

    /// Runs every effect in order; one that fails is logged and does not stop the others.
    pub async fn run(self, engine: &Engine) {
        for effect in self.0 {
            let name = effect.name();
            if let Err(e) = effect.run(engine).await {
                tracing::warn!(effect = name, error = ?e, "an after-commit effect failed");
            }
        }
    }
}
