//! The parsed commands of live minutes and of the archive, and the limits they keep to.

use chrono::NaiveDate;

/// The longest meeting title.
pub const MAX_TITLE: usize = 200;
/// The longest text of one item.
pub const MAX_ITEM: usize = 1000;
/// The longest link.
pub const MAX_URL: usize = 500;
/// The most owners of one action.
pub const MAX_OWNERS: usize = 10;
/// How many minutes `minutes list` and `minutes search` show.
pub const MAX_LISTED: i64 = 20;
/// How long a meeting may stay without a line before it ends by itself.
pub const IDLE_HOURS: i64 = 2;

/// What an item records; its stored name is [`ItemKind::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Topic,
    Info,
    Idea,
    Agreed,
    Rejected,
    Action,
    Link,
    Motion,
}

impl ItemKind {
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Topic,
        ItemKind::Info,
        ItemKind::Idea,
        ItemKind::Agreed,
        ItemKind::Rejected,
        ItemKind::Action,
        ItemKind::Link,
        ItemKind::Motion,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Topic => "topic",
            ItemKind::Info => "info",
            ItemKind::Idea => "idea",
            ItemKind::Agreed => "agreed",
            ItemKind::Rejected => "rejected",
            ItemKind::Action => "action",
            ItemKind::Link => "link",
            ItemKind::Motion => "motion",
        }
    }

    pub fn from_stored(kind: &str) -> ItemKind {
        Self::ALL.into_iter().find(|k| k.as_str() == kind).unwrap_or(ItemKind::Info)
    }

    /// Whether any member may add it; the others are the chairs'.
    pub fn open_to_members(self) -> bool {
        matches!(self, ItemKind::Info | ItemKind::Idea | ItemKind::Link)
    }
}

/// `startmeeting [TITLE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartMeeting {
    pub title: Option<String>,
}

/// `topic TEXT`, or `topic next`: the next item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub text: Option<String>,
}

/// `info`, `idea`, `agreed`, `rejected`: an item of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub kind: ItemKind,
    pub text: String,
}

/// `action @OWNER [@OWNER…] TEXT [--due DATE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub owners: Vec<String>,
    pub text: String,
    pub due: Option<NaiveDate>,
}

/// `link URL [TEXT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub url: String,
    pub text: Option<String>,
}

/// `chair @USER` (`add`) or `unchair @USER`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chair {
    pub user: String,
    pub add: bool,
}

/// `undo`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo;

/// `here`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Here;

/// `endmeeting`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndMeeting;

/// `minutes list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesList;

/// `minutes show ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesShow {
    pub id: i64,
}

/// Which rendering of the minutes `minutes get` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Text,
}

pub const FORMATS: &[&str] = &["md", "html", "txt"];

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown",
            Format::Html => "text/html",
            Format::Text => "text/plain",
        }
    }
}

/// `minutes get ID [md|html|txt]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesGet {
    pub id: i64,
    pub format: Format,
}

/// `minutes search TEXT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesSearch {
    pub text: String,
}

/// `minutes edit ID ITEM "TEXT"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesEdit {
    pub id: i64,
    pub item: i64,
    pub text: String,
}

/// `minutes approve ID [--poll]`: by the chair, or with `--poll` by a proposal poll of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesApprove {
    pub id: i64,
    pub by_poll: bool,
}

/// The most hands counted for one answer of a motion.
pub const MAX_HANDS: i64 = 100_000;
/// How long a poll approving minutes stays open (a chair may close it earlier).
pub const APPROVAL_POLL_HOURS: i64 = 24;

/// `motion TEXT`: a motion put to those present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionOpen {
    pub text: String,
}

/// The answers to a motion, as stored.
pub const MOTION_CHOICES: &[&str] = &["yes", "no", "abstain"];

/// `motion vote yes|no|abstain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionVote {
    pub choice: &'static str,
}

/// `motion count AYES NOES ABSTENTIONS`: a show of hands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionCount {
    pub yes: i64,
    pub no: i64,
    pub abstain: i64,
}

/// `motion close [--majority simple|absolute|2/3]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionClose {
    pub majority: crate::features::polls::Majority,
}

/// `minutes post ID [--agenda URL] [--transcript URL] [--recording URL]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesPost {
    pub id: i64,
    pub agenda: Option<String>,
    pub transcript: Option<String>,
    pub recording: Option<String>,
}
