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
}

impl ItemKind {
    pub const ALL: [ItemKind; 7] = [
        ItemKind::Topic,
        ItemKind::Info,
        ItemKind::Idea,
        ItemKind::Agreed,
        ItemKind::Rejected,
        ItemKind::Action,
        ItemKind::Link,
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

/// `minutes approve ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesApprove {
    pub id: i64,
}
