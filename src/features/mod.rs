//! What Quorum does, one folder per capability: model, service, commands and rendering.
//!
//! Features depend on `core` and on the store's typed methods; they never import an adapter.

pub mod agenda;
pub mod attendance;
pub mod audit;
pub mod bodies;
pub mod help;
pub mod meetings;
pub mod outbox;
pub mod reminders;
pub mod settings;
pub mod speaking;
