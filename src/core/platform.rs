//! What a platform can do besides posting replies: show a poll with its own widget, invite a
//! person to a room, give a person a role in a room. Each adapter provides these for its
//! platform; features reach them through the engine and never name a platform's types.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::actor::{Platform, Role};

/// Whether waiting can fix a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permanence {
    /// Waiting will not fix it: the platform refused (direct messages closed, a permission
    /// missing, an unknown user or room, a bad ID, something the platform cannot do).
    Permanent,
    /// Worth trying again later: a rate limit, a server error, the network.
    Temporary,
    /// Temporary while the message is younger than this, permanent after: a condition that
    /// usually clears within minutes or not at all (an invitation still on its way).
    TemporaryWhileYoungerThan(Duration),
}

/// Why something could not be done on a platform, and whether trying again can help.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    pub message: String,
    /// When the platform asked to wait (a rate limit), how long.
    pub retry_after: Option<Duration>,
    pub permanence: Permanence,
}

impl SendError {
    /// A failure that waiting will not fix (bad IDs, missing permission, unsupported).
    pub fn refused(message: impl Into<String>) -> Self {
        Self { message: message.into(), retry_after: None, permanence: Permanence::Permanent }
    }

    /// A failure that may clear by itself (the network, a server error).
    pub fn temporary(message: impl Into<String>) -> Self {
        Self { message: message.into(), retry_after: None, permanence: Permanence::Temporary }
    }

    /// Try again no sooner than `wait` (the platform's rate limit, or a pause of our choosing).
    pub fn retry_in(mut self, wait: Duration) -> Self {
        self.retry_after = Some(wait);
        self
    }

    /// Temporary only while the message is younger than `age`; permanent after.
    pub fn permanent_from_age(mut self, age: Duration) -> Self {
        self.permanence = Permanence::TemporaryWhileYoungerThan(age);
        self
    }

    /// Whether a message of this `age` (since it was enqueued, or last put back by staff) has
    /// failed for good.
    pub fn is_permanent_at(&self, age: Duration) -> bool {
        match self.permanence {
            Permanence::Permanent => true,
            Permanence::Temporary => false,
            Permanence::TemporaryWhileYoungerThan(limit) => age >= limit,
        }
    }
}

/// A poll to show with the platform's own widget. A member's answer runs `vote_command`
/// followed by the chosen answer ids joined by commas, as if they had typed it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NativePoll {
    pub question: String,
    /// `(id, label)` in the order shown.
    pub answers: Vec<(String, String)>,
    pub max_selections: u32,
    /// Whether members see the running results while voting.
    pub disclosed: bool,
    pub vote_command: String,
}

/// A meeting as a platform's own calendar shows it (a Discord scheduled event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub name: String,
    pub description: String,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    /// Where it happens: a room, an address, a call link.
    pub location: String,
}

/// A platform call that must happen even if the platform is away when it is asked for: it is
/// enqueued in the outbox in the transaction of the change that needs it, and the outbox makes it
/// (and retries it) like a send. Both calls are idempotent, so a retry after a lost answer is
/// harmless.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PlatformCall {
    /// `PlatformActions::invite`.
    Invite { room_id: String, user_id: String },
    /// `PlatformActions::set_role`.
    SetRole { room_id: String, user_id: String, role: Option<Role> },
    /// `PlatformActions::post_poll`, remembered so that answers come back as its vote command
    /// (`Engine::post_native_poll`).
    PostPoll { room_id: String, poll: NativePoll },
    /// `PlatformActions::end_poll` of every message that carries the poll answered by
    /// `vote_command` in the room.
    EndPoll { room_id: String, vote_command: String, summary: String },
}

impl PlatformCall {
    /// The room the call is about.
    pub fn room_id(&self) -> &str {
        match self {
            PlatformCall::Invite { room_id, .. }
            | PlatformCall::SetRole { room_id, .. }
            | PlatformCall::PostPoll { room_id, .. }
            | PlatformCall::EndPoll { room_id, .. } => room_id,
        }
    }

    /// Makes a call that needs nothing but the platform (`PostPoll` and `EndPoll` also need the
    /// store: the engine makes those).
    pub async fn run(&self, actions: &dyn PlatformActions) -> Result<(), SendError> {
        match self {
            PlatformCall::Invite { room_id, user_id } => actions.invite(room_id, user_id).await,
            PlatformCall::SetRole { room_id, user_id, role } => actions.set_role(room_id, user_id, *role).await,
            // A poll posted must be remembered, and ending one needs the messages that carry it:
            // both need the store, so the engine makes them (`Engine::post_native_poll`,
            // `Engine::end_native_polls`).
            PlatformCall::PostPoll { .. } | PlatformCall::EndPoll { .. } => {
                Err(SendError::refused("a poll's post and end are made by the engine"))
            }
        }
    }
}

/// The most answers a native poll may offer (MSC3381's limit).
pub const MAX_POLL_ANSWERS: usize = 20;

#[async_trait]
pub trait PlatformActions: Send + Sync {
    fn platform(&self) -> Platform;

    /// Posts the poll in the room and returns the id of the message that carries it.
    async fn post_poll(&self, room_id: &str, poll: &NativePoll) -> Result<String, SendError>;

    /// Closes a poll posted by `post_poll`, with a closing text (the results).
    async fn end_poll(&self, room_id: &str, message_id: &str, summary: &str) -> Result<(), SendError>;

    /// Invites a person to a room the bot is in.
    async fn invite(&self, room_id: &str, user_id: &str) -> Result<(), SendError>;

    /// Gives a person the platform's rank for `role` in a room; `None` makes them an ordinary member.
    async fn set_role(&self, room_id: &str, user_id: &str, role: Option<Role>) -> Result<(), SendError>;

    /// Shows a meeting in the calendar of the place `room_id` belongs to; returns the event's id.
    async fn publish_event(&self, room_id: &str, event: &CalendarEvent) -> Result<String, SendError> {
        let _ = (room_id, event);
        Err(SendError::refused(format!("{} has no calendar events", self.platform())))
    }

    async fn update_event(&self, room_id: &str, event_id: &str, event: &CalendarEvent) -> Result<(), SendError> {
        let _ = (room_id, event_id, event);
        Err(SendError::refused(format!("{} has no calendar events", self.platform())))
    }

    async fn cancel_event(&self, room_id: &str, event_id: &str) -> Result<(), SendError> {
        let _ = (room_id, event_id);
        Err(SendError::refused(format!("{} has no calendar events", self.platform())))
    }
}

/// What a member did to a message of the bot that stands for a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageAnswer<'a> {
    /// Chose these answers of the native poll the message carries.
    Poll(&'a [String]),
    /// Reacted with this key (an emoji) to a message that offers its choices as reactions.
    Reaction(&'a str),
}

/// The command of the choice whose emoji a reaction's key names. Clients differ on the emoji
/// presentation selector (U+FE0F), so it does not count.
pub fn reaction_command(choices: &[(String, String)], key: &str) -> Option<String> {
    let bare = |s: &str| s.chars().filter(|c| *c != '\u{FE0F}').collect::<String>();
    let key = bare(key);
    choices.iter().find(|(emoji, _)| bare(emoji) == key).map(|(_, command)| command.clone())
}

/// Which answers of a native poll a response chose, under MSC3381's rules: a response naming an
/// unknown answer is spoiled (`None`), one choosing more than allowed counts its first ones, and
/// an empty one withdraws a vote (also `None`: there is nothing to run).
pub fn valid_selections(answer_ids: &[String], max_selections: i64, chosen: &[String]) -> Option<Vec<String>> {
    if chosen.is_empty() || chosen.iter().any(|c| !answer_ids.contains(c)) {
        return None;
    }
    let mut picked: Vec<String> = Vec::new();
    for c in chosen.iter().take(usize::try_from(max_selections.max(1)).unwrap_or(usize::MAX)) {
        if !picked.contains(c) {
            picked.push(c.clone());
        }
    }
    Some(picked)
}

#[cfg(test)]
mod tests {
    use super::{Duration, SendError, reaction_command, valid_selections};

    #[test]
    fn a_failure_is_permanent_or_temporary_or_becomes_permanent_with_age() {
        assert!(SendError::refused("closed").is_permanent_at(Duration::zero()));
        let busy = SendError::temporary("busy").retry_in(Duration::seconds(3));
        assert!(!busy.is_permanent_at(Duration::days(30)));
        assert_eq!(busy.retry_after, Some(Duration::seconds(3)));
        let invite = SendError::temporary("not in room").permanent_from_age(Duration::minutes(5));
        assert!(!invite.is_permanent_at(Duration::minutes(4)));
        assert!(invite.is_permanent_at(Duration::minutes(5)));
    }

    #[test]
    fn reactions_match_with_or_without_the_emoji_selector() {
        let choices =
            vec![("✅".to_owned(), "meeting rsvp #1 yes".to_owned()), ("❤\u{FE0F}".to_owned(), "x".to_owned())];
        assert_eq!(reaction_command(&choices, "✅").as_deref(), Some("meeting rsvp #1 yes"));
        assert_eq!(reaction_command(&choices, "✅\u{FE0F}").as_deref(), Some("meeting rsvp #1 yes"));
        assert_eq!(reaction_command(&choices, "❤").as_deref(), Some("x"));
        assert_eq!(reaction_command(&choices, "👍"), None);
        assert_eq!(reaction_command(&choices, ""), None);
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn selections_follow_msc3381() {
        let answers = ids(&["1", "2", "3"]);
        assert_eq!(valid_selections(&answers, 1, &ids(&["2"])), Some(ids(&["2"])));
        assert_eq!(valid_selections(&answers, 1, &ids(&["3", "1"])), Some(ids(&["3"])));
        assert_eq!(valid_selections(&answers, 3, &ids(&["3", "3", "1"])), Some(ids(&["3", "1"])));
        assert_eq!(valid_selections(&answers, 2, &ids(&["1", "9"])), None);
        assert_eq!(valid_selections(&answers, 2, &[]), None);
    }
}
