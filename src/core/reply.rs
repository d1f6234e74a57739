//! Platform-free replies: localizable messages and structured blocks that each adapter renders.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::actor::Platform;

/// One value handed to a localized message.
///
/// The kind decides how it is rendered: `Text` is a person's words and may be isolated for
/// right-to-left reading; `Code` (IDs, URLs, receipt codes, zone names) is always verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Arg {
    Text(String),
    Code(String),
    Number(i64),
    /// An instant, shown in the reader's zone (on Discord, as a native timestamp).
    Time(DateTime<Utc>),
    Mention(Mention),
    /// An instant still to come, with how far off it was when the message was written (`from`):
    /// "in 1 hour", "tomorrow". Discord's native timestamps say it themselves, live.
    TimeAhead {
        at: DateTime<Utc>,
        from: DateTime<Utc>,
    },
    /// A message of its own, said in the same language inside this one: a repetition or a
    /// duration in words.
    Phrase(Box<Msg>),
    /// A time of day on the wall clock of `zone`, an IANA name (a series' "at 14:00"): its zone
    /// is named to a reader in another zone.
    WallTime {
        time: String,
        zone: String,
    },
    /// An instant on the clock of a given zone (an IANA name), whoever reads it: "in the members'
    /// zones" lists.
    TimeIn {
        at: DateTime<Utc>,
        zone: String,
    },
}

/// A person named in a reply, with what each platform needs to render a pill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub display_name: String,
    /// `(platform, user id)` pairs; an adapter uses the one for its own platform.
    pub identities: Vec<(String, String)>,
}

/// A message to be looked up in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub key: String,
    pub args: Vec<(String, Arg)>,
}

impl Msg {
    pub fn new(key: &str) -> Self {
        Self { key: key.to_owned(), args: Vec::new() }
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_owned(), Arg::Text(value.into())));
        self
    }

    pub fn code(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_owned(), Arg::Code(value.into())));
        self
    }

    pub fn num(mut self, name: &str, value: i64) -> Self {
        self.args.push((name.to_owned(), Arg::Number(value)));
        self
    }

    pub fn time(mut self, name: &str, value: DateTime<Utc>) -> Self {
        self.args.push((name.to_owned(), Arg::Time(value)));
        self
    }

    pub fn time_ahead(mut self, name: &str, at: DateTime<Utc>, from: DateTime<Utc>) -> Self {
        self.args.push((name.to_owned(), Arg::TimeAhead { at, from }));
        self
    }

    pub fn wall_time(mut self, name: &str, time: String, zone: chrono_tz::Tz) -> Self {
        self.args.push((name.to_owned(), Arg::WallTime { time, zone: zone.name().to_owned() }));
        self
    }

    pub fn time_in(mut self, name: &str, at: DateTime<Utc>, zone: chrono_tz::Tz) -> Self {
        self.args.push((name.to_owned(), Arg::TimeIn { at, zone: zone.name().to_owned() }));
        self
    }

    pub fn phrase(mut self, name: &str, value: Msg) -> Self {
        self.args.push((name.to_owned(), Arg::Phrase(Box::new(value))));
        self
    }

    pub fn mention(mut self, name: &str, value: Mention) -> Self {
        self.args.push((name.to_owned(), Arg::Mention(value)));
        self
    }
}

/// A choice offered to the reader: a button on Discord, a numbered line elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The command text that choosing it runs, e.g. `poll vote 4 2`.
    pub command: String,
    pub label: Msg,
    /// An emoji that stands for it where a platform lets people pick by reacting (Matrix), or
    /// shows it on the button (Discord).
    #[serde(default)]
    pub emoji: Option<String>,
}

/// One part of a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A paragraph; light markup (`**bold**`, `` `code` ``) is allowed in translations.
    Paragraph(Msg),
    /// A bulleted list of items.
    List(Vec<Msg>),
    /// Text that is already in its final form (a person's own words, a file name).
    Verbatim(String),
    /// A code block shown in a monospace font (usage lines, exports).
    Preformatted(String),
    /// Choices the reader can pick from.
    Choices(Vec<Choice>),
    /// A command's grammar without its prefix; each platform adds its own (`!`, `/`).
    Usage(String),
    /// Example command lines, without prefix.
    Examples(Vec<String>),
    /// Commands with their one-line summaries, as `!help` lists them.
    Commands(Vec<(String, Msg)>),
    /// A file handed to the reader (a calendar export): an attachment where the platform has them.
    File(Attachment),
    /// Questions answered at once where the platform has forms (a Discord modal); elsewhere the
    /// questions are listed with the command line that answers them.
    Form(Form),
    /// One pick among choices, each running its command: a select menu where the platform has
    /// them (Discord), numbered lines elsewhere. A reply shows at most [`MAX_MENUS`] of them.
    Menu(Menu),
}

/// The most menus a reply shows at once, leaving a row for its other choices (Discord's five
/// rows of components).
pub const MAX_MENUS: usize = 4;
/// The most choices one menu offers (Discord's select menus).
pub const MAX_MENU_CHOICES: usize = 25;

/// A menu: what it asks for while nothing is picked, its choices, and the one picked so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Menu {
    pub placeholder: Msg,
    pub choices: Vec<Choice>,
    /// The index of the choice shown as picked.
    pub chosen: Option<usize>,
}

/// The most fields a form shows at once (Discord's modal).
pub const MAX_FORM_FIELDS: usize = 5;

/// A form: its answers, each quoted and in order, complete the command line `submit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    pub title: Msg,
    pub fields: Vec<FormField>,
    pub submit: String,
}

/// One question of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormField {
    /// A short label (Discord allows 45 characters).
    pub label: Msg,
    /// The question in full, shown inside the empty field where the label is too short for it.
    pub hint: Option<Msg>,
    /// The longest answer accepted.
    pub max: usize,
}

/// A text file sent with a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The file name people see and save it under, e.g. `meeting-2.ics`.
    pub name: String,
    /// Its media type, e.g. `text/calendar`.
    pub mime: String,
    pub content: String,
}

/// Where a message goes, in platform terms but without platform types.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Destination {
    Room { platform: Platform, room_id: String },
    Direct { platform: Platform, user_id: String },
}

impl Destination {
    /// A direct message to a member, given their `(platform, user id)` identities: on `platform`
    /// when they have an identity there, else on their first one.
    pub fn direct(identities: &[(String, String)], platform: &str) -> Option<Destination> {
        let (p, user) = identities.iter().find(|(p, _)| p == platform).or(identities.first())?;
        Some(Destination::Direct { platform: p.parse().ok()?, user_id: user.clone() })
    }

    pub fn platform(&self) -> Platform {
        match self {
            Destination::Room { platform, .. } | Destination::Direct { platform, .. } => *platform,
        }
    }
}

/// Who sees a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Everyone in the room the command came from.
    Public,
    /// Only the person who ran the command (a DM, or an ephemeral message on Discord).
    Private,
    /// Only a sign to the person who ran the command that it was taken (a minute item noted), so
    /// that a room is not flooded: a reaction on the command's own message where the platform
    /// has reactions (`Reply::command_message`, Matrix), else a private answer (Discord's ephemeral
    /// message, a short line on the console).
    Acknowledgement,
}

/// What a command returns: a list of blocks and who sees them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub visibility: Visibility,
    pub blocks: Vec<Block>,
    /// A failed command: adapters may style it (and must not treat it as a success).
    pub is_error: bool,
    /// Render in this language rather than the reader's (the confirmation of `!lang`).
    #[serde(default)]
    pub language: Option<String>,
    /// A next step of what the message answered shows (a ballot's next pick): where the platform
    /// lets a private answer take the place of the private message whose choice was picked (a
    /// Discord ephemeral message), it does; elsewhere it is a message of its own.
    #[serde(default)]
    pub in_place: bool,
    /// An answer that carries a secret (a ballot, a receipt code): private, and its outbox row
    /// keeps nothing of it once it is sent or given up (`Store::mark_sent`, `mark_failed`).
    #[serde(default)]
    pub secret: bool,
    /// The command's own message should not stay where it was typed (a ballot in a shared room):
    /// where the platform allows, the adapter removes it (a Matrix redaction, a Discord message
    /// deleted); a failure to is logged, never told, and never keeps the reply from going out.
    #[serde(default)]
    pub withdraws_command: bool,
    /// The command's own message, set by the engine for a command that came in one
    /// ([`crate::core::engine::Engine::handle_event`]) when the reply acts on it: an
    /// acknowledgement marks it, a withdrawal removes it.
    #[serde(default)]
    pub command_message: Option<MessageRef>,
}

/// A platform's message: the room (channel) it is in and its ID there (a Matrix event ID, a
/// Discord message ID).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageRef {
    pub room_id: String,
    pub message_id: String,
}

impl Reply {
    pub fn public(msg: Msg) -> Self {
        Self {
            visibility: Visibility::Public,
            blocks: vec![Block::Paragraph(msg)],
            is_error: false,
            language: None,
            in_place: false,
            secret: false,
            withdraws_command: false,
            command_message: None,
        }
    }

    pub fn private(msg: Msg) -> Self {
        Self { visibility: Visibility::Private, ..Self::public(msg) }
    }

    /// A sign that the command was taken, with `msg` for platforms that say it in words.
    pub fn acknowledgement(msg: Msg) -> Self {
        Self { visibility: Visibility::Acknowledgement, ..Self::public(msg) }
    }

    pub fn error(msg: Msg) -> Self {
        Self { is_error: true, ..Self::public(msg) }
    }

    pub fn in_language(mut self, lang: &str) -> Self {
        self.language = Some(lang.to_owned());
        self
    }

    /// The reply as the next step of the message it answers (`in_place`).
    pub fn in_place(mut self) -> Self {
        self.in_place = true;
        self
    }

    /// The reply as a secret (`secret`): private, whatever it was, and kept nowhere once sent.
    pub fn secret(mut self) -> Self {
        self.secret = true;
        self.visibility = Visibility::Private;
        self
    }

    /// The reply with the command's own message removed from its room (`withdraws_command`).
    pub fn withdrawing_command(mut self) -> Self {
        self.withdraws_command = true;
        self
    }

    /// The ID of the command's message an acknowledgement marks, when the engine set it.
    pub fn acknowledged_message(&self) -> Option<&str> {
        match (&self.command_message, self.visibility) {
            (Some(m), Visibility::Acknowledgement) => Some(&m.message_id),
            _ => None,
        }
    }

    /// The command's message to remove from its room, when the reply withdraws it and the engine
    /// knows it.
    pub fn withdrawn_message(&self) -> Option<&MessageRef> {
        self.command_message.as_ref().filter(|_| self.withdraws_command)
    }

    pub fn with(mut self, block: Block) -> Self {
        self.blocks.push(block);
        self
    }

    /// Every localizable message of the reply, in order.
    pub fn messages(&self) -> impl Iterator<Item = &Msg> {
        self.blocks.iter().flat_map(|block| -> Vec<&Msg> {
            match block {
                Block::Paragraph(m) => vec![m],
                Block::List(ms) => ms.iter().collect(),
                Block::Choices(cs) => cs.iter().map(|c| &c.label).collect(),
                Block::Menu(menu) => {
                    std::iter::once(&menu.placeholder).chain(menu.choices.iter().map(|c| &c.label)).collect()
                }
                Block::Commands(cs) => cs.iter().map(|(_, m)| m).collect(),
                Block::Form(form) => std::iter::once(&form.title)
                    .chain(form.fields.iter().flat_map(|f| std::iter::once(&f.label).chain(&f.hint)))
                    .collect(),
                Block::Verbatim(_) | Block::Preformatted(_) | Block::Usage(_) | Block::Examples(_) | Block::File(_) => {
                    Vec::new()
                }
            }
        })
    }

    /// The user ids on `platform` of the people this reply names, each once, so an adapter can
    /// notify exactly them.
    pub fn mentioned_on(&self, platform: Platform) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for mention in self.messages().flat_map(|m| &m.args).filter_map(|(_, arg)| match arg {
            Arg::Mention(who) => Some(who),
            _ => None,
        }) {
            for (p, id) in &mention.identities {
                if p == platform.as_str() && !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_collected_per_platform_once() {
        let alice = Mention {
            display_name: "Alice".into(),
            identities: vec![("matrix".into(), "@alice:hs".into()), ("discord".into(), "42".into())],
        };
        let reply = Reply::public(Msg::new("a").mention("who", alice.clone()))
            .with(Block::List(vec![Msg::new("b").mention("who", alice), Msg::new("c").text("t", "@bob:hs")]));
        assert_eq!(reply.mentioned_on(Platform::Matrix), ["@alice:hs"]);
        assert_eq!(reply.mentioned_on(Platform::Discord), ["42"]);
        assert!(reply.mentioned_on(Platform::Console).is_empty());
    }
}
