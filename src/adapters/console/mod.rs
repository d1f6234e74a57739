//! The console adapter: a terminal chat with Quorum, for trying it out and for scripted
//! end-to-end tests. Its protocol is exact (see README): `NAME> text`, `:as`, `:room`, `:dm`,
//! `:clock set|advance`, `:dms on|off NAME`, `:quit`, and every bot line printed as `[ROOM] text`.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use crate::adapters::text::{self, PlainStyle};
use crate::core::actor::{Platform, PlatformRoom, PlatformUser};
use crate::core::clock::{Clock, VirtualClock};
use crate::core::engine::{Engine, Incoming, Outgoing};
use crate::core::grammar::parse_duration;
use crate::core::reply::Destination;
use crate::scheduler::{Delivery, Scheduler, SchedulerConfig, SendError, Sink};

pub const PREFIX: &str = "!";
pub const DEFAULT_ROOM: &str = "general";

/// Collects what the bot posts, to be printed in order.
struct ConsoleSink {
    engine_i18n: Arc<crate::i18n::I18n>,
    printed: Mutex<Vec<String>>,
    /// People who closed their direct messages (`:dms off NAME`): the outbox's messages to them
    /// are refused for good, as a platform refuses a member who closed DMs.
    closed_dms: Mutex<HashSet<String>>,
}

impl ConsoleSink {
    fn print(&self, out: &Outgoing) {
        let room = match &out.destination {
            Destination::Room { room_id, .. } => room_id.clone(),
            Destination::Direct { user_id, .. } => format!("dm:{user_id}"),
        };
        let body = text::render(&self.engine_i18n, out, PREFIX, &PlainStyle { zone: out.zone });
        let mut printed = self.printed.lock().expect("console output lock");
        printed.extend(body.lines().map(|line| format!("[{room}] {line}")));
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.printed.lock().expect("console output lock"))
    }
}

#[async_trait]
impl Sink for ConsoleSink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, message: &Outgoing, _key: &str) -> Result<(), SendError> {
        if let Destination::Direct { user_id, .. } = &message.destination
            && self.closed_dms.lock().expect("console DM settings lock").contains(user_id)
        {
            return Err(SendError::refused(format!("{user_id} does not accept direct messages")));
        }
        self.print(message);
        Ok(())
    }
}

/// One console session: who is talking, where, and the clock.
pub struct Console {
    engine: Arc<Engine>,
    clock: Arc<VirtualClock>,
    scheduler: Scheduler,
    delivery: Delivery,
    sink: Arc<ConsoleSink>,
    user: String,
    room: String,
    anyone_spoke: bool,
}

impl Console {
    pub fn new(engine: Arc<Engine>, clock: Arc<VirtualClock>, scheduler: SchedulerConfig, user: &str) -> Self {
        let sink = Arc::new(ConsoleSink {
            engine_i18n: engine.i18n.clone(),
            printed: Mutex::new(Vec::new()),
            closed_dms: Mutex::new(HashSet::new()),
        });
        Self {
            delivery: Delivery::new(engine.clone(), sink.clone()).give_up_after(scheduler.give_up_after),
            scheduler: Scheduler::new(engine.clone(), scheduler),
            engine,
            clock,
            sink,
            user: user.to_owned(),
            room: DEFAULT_ROOM.to_owned(),
            anyone_spoke: false,
        }
    }

    /// Handles one input line and returns the lines the bot printed, in order.
    pub async fn line(&mut self, line: &str) -> Result<Vec<String>> {
        let line = line.trim_end_matches(['\r', '\n']);
        if let Some(meta) = line.strip_prefix(':') {
            self.meta(meta).await?;
        } else if !line.trim().is_empty() {
            let (user, text, spoken) = match split_speaker(line) {
                Some((name, text)) => (name.to_owned(), text, true),
                None => (self.user.clone(), line, false),
            };
            self.say(&user, text, spoken).await?;
        }
        self.run_jobs().await?;
        Ok(self.sink.take())
    }

    /// `spoken`: said by a named speaker (`bob> …`); a plain line without one in a shared room is
    /// a remark of the script (a transcript's comment), not chat.
    async fn say(&mut self, name: &str, text: &str, spoken: bool) -> Result<()> {
        let user =
            PlatformUser { platform: Platform::Console, user_id: name.to_owned(), display_name: name.to_owned() };
        if !self.anyone_spoke {
            self.anyone_spoke = true;
            self.engine.claim_bootstrap_admin(&user).await?;
        }
        // Plain chat is not a command; in a direct room it may answer a question Quorum asked, in
        // a shared room it is chat (which a minuted meeting writes down).
        let (command, plain) = match text.trim_start().strip_prefix(PREFIX) {
            Some(command) => (command, false),
            None if self.room.starts_with("dm:") || spoken => (text, true),
            None => return Ok(()),
        };
        let room = if self.room.starts_with("dm:") {
            PlatformRoom {
                platform: Platform::Console,
                room_id: self.room.clone(),
                name: self.room.clone(),
                is_direct: true,
            }
        } else {
            PlatformRoom {
                platform: Platform::Console,
                room_id: self.room.clone(),
                name: self.room.clone(),
                is_direct: false,
            }
        };
        // Only the speaker and Quorum are in a direct room of the console.
        let confidential = room.is_direct;
        let incoming = Incoming { user, room, text: command.to_owned(), platform_role: None, plain, confidential };
        for out in self.engine.handle(incoming).await? {
            self.sink.print(&out);
        }
        Ok(())
    }

    async fn meta(&mut self, meta: &str) -> Result<()> {
        let mut words = meta.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some("as"), Some(name), None) => self.user = name.to_owned(),
            (Some("room"), Some(name), None) => self.room = name.to_owned(),
            (Some("dm"), None, None) => self.room = format!("dm:{}", self.user),
            (Some("clock"), Some("set"), Some(at)) => match DateTime::parse_from_rfc3339(at) {
                Ok(at) => self.advance_to(at.with_timezone(&Utc)).await?,
                Err(_) => self.note(&format!("cannot read time {at}: use RFC 3339, e.g. 2026-12-01T09:00:00Z")),
            },
            (Some("clock"), Some("advance"), Some(span)) => match parse_duration(span) {
                Ok(span) => self.advance_to(self.clock.now() + span).await?,
                Err(_) => self.note(&format!("cannot read duration {span}: use e.g. 90m, 2h, 7d")),
            },
            (Some("dms"), Some(switch @ ("on" | "off")), Some(name)) => {
                let mut closed = self.sink.closed_dms.lock().expect("console DM settings lock");
                if switch == "off" {
                    closed.insert(name.to_owned());
                } else {
                    closed.remove(name);
                }
            }
            (Some("quit"), None, None) => {}
            _ => self.note(&format!("unknown console command :{meta}")),
        }
        Ok(())
    }

    fn note(&self, text: &str) {
        self.sink.printed.lock().expect("console output lock").push(format!("[console] {text}"));
    }

    /// Moves the clock to `target`, stopping at each job on the way so jobs run in order and
    /// each sees the time it was due.
    async fn advance_to(&mut self, target: DateTime<Utc>) -> Result<()> {
        while let Some(next) = self.scheduler.next_due().await? {
            if next > target {
                break;
            }
            self.clock.set(next.max(self.clock.now()));
            self.run_jobs().await?;
        }
        self.clock.set(target);
        Ok(())
    }

    async fn run_jobs(&self) -> Result<()> {
        self.scheduler.run_due().await?;
        self.delivery.deliver_due().await?;
        Ok(())
    }

    pub fn is_quit(line: &str) -> bool {
        line.trim() == ":quit"
    }

    /// Runs lines from `input` to the end (or `:quit`), writing the transcript to `output`.
    /// In script mode every input line is echoed as `> line` first.
    pub async fn run_script<R, W>(&mut self, input: R, mut output: W, echo: bool) -> Result<()>
    where
        R: AsyncBufRead + Unpin,
        W: AsyncWrite + Unpin,
    {
        let mut lines = input.lines();
        while let Some(line) = lines.next_line().await? {
            if echo {
                output.write_all(format!("> {line}\n").as_bytes()).await?;
            }
            for printed in self.line(&line).await? {
                output.write_all(format!("{printed}\n").as_bytes()).await?;
            }
            output.flush().await?;
            if Self::is_quit(&line) {
                break;
            }
        }
        Ok(())
    }

    /// Interactive: lines from the terminal, and reminders printed as they fall due in real time.
    pub async fn run_interactive<R, W>(&mut self, input: R, mut output: W) -> Result<()>
    where
        R: AsyncBufRead + Unpin,
        W: AsyncWrite + Unpin,
    {
        let mut lines = input.lines();
        loop {
            let wake =
                self.scheduler.next_due().await?.unwrap_or_else(|| self.clock.now() + chrono::Duration::hours(1));
            let printed = tokio::select! {
                line = lines.next_line() => match line? {
                    Some(line) if Self::is_quit(&line) => break,
                    Some(line) => self.line(&line).await?,
                    None => break,
                },
                _ = self.clock.sleep_until(wake) => {
                    self.run_jobs().await?;
                    self.sink.take()
                }
            };
            for line in printed {
                output.write_all(format!("{line}\n").as_bytes()).await?;
            }
            output.flush().await?;
        }
        Ok(())
    }
}

/// `NAME> text` → (NAME, text).
fn split_speaker(line: &str) -> Option<(&str, &str)> {
    let (name, text) = line.split_once("> ")?;
    (!name.is_empty() && !name.contains(char::is_whitespace) && !name.starts_with('!')).then_some((name, text))
}

#[cfg(test)]
mod tests {
    use super::split_speaker;

    #[test]
    fn speaker_prefix() {
        assert_eq!(split_speaker("bob> !help"), Some(("bob", "!help")));
        assert_eq!(split_speaker("!remind me in 1h \"a> b\""), None);
        assert_eq!(split_speaker("two words> x"), None);
    }
}
