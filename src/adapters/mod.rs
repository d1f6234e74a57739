//! Platform adapters: each turns its platform's events into `Incoming` commands and renders
//! `Outgoing` replies back. Adapters translate; they never decide.

pub mod console;
pub mod discord;
pub mod matrix;
pub mod text;
pub mod web;
