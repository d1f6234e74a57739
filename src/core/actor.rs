//! Who is acting: a member resolved from a platform identity, in a room, with roles and preferences.

use std::fmt;
use std::str::FromStr;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The chat platforms Quorum speaks on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Platform {
    Console,
    Matrix,
    Discord,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Console, Platform::Matrix, Platform::Discord];

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Matrix => "matrix",
            Platform::Discord => "discord",
        }
    }
}

impl Platform {
    /// Whether the others in a room read the commands a person gives there. On Discord a command
    /// is an interaction that nobody else sees, answered privately (an ephemeral message) when
    /// the answer is private; on Matrix and the console it is a message of the room.
    pub fn commands_seen_in_rooms(self) -> bool {
        !matches!(self, Platform::Discord)
    }

    /// Whether a command can be answered with a form to fill in (a Discord modal); elsewhere
    /// questions are asked one message at a time. Discord also reads no plain messages, so a
    /// conversation there goes through forms.
    pub fn has_forms(self) -> bool {
        matches!(self, Platform::Discord)
    }

    /// Whether a reply's menus are select menus a person picks from, one pick at a time
    /// (Discord); elsewhere they are numbered command lines.
    pub fn has_menus(self) -> bool {
        matches!(self, Platform::Discord)
    }

    /// Whether a command's own message can be marked with a reaction, which is then how it is
    /// acknowledged (Matrix); elsewhere an acknowledgement is a private answer.
    pub fn reacts_to_commands(self) -> bool {
        matches!(self, Platform::Matrix)
    }

    /// Whether a poll can also be shown with the platform's own widget (Matrix's polls, Discord's
    /// buttons and menus).
    pub fn has_native_polls(self) -> bool {
        matches!(self, Platform::Matrix | Platform::Discord)
    }
}

impl FromStr for Platform {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "console" => Ok(Platform::Console),
            "matrix" => Ok(Platform::Matrix),
            "discord" => Ok(Platform::Discord),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role within one body. Each role includes the powers of those below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Guest,
    Applicant,
    Member,
    Exec,
    Staff,
    Admin,
}

impl Role {
    pub const ALL: [Role; 6] = [Role::Admin, Role::Staff, Role::Exec, Role::Member, Role::Applicant, Role::Guest];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Guest => "guest",
            Role::Applicant => "applicant",
            Role::Member => "member",
            Role::Exec => "exec",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }
}

impl FromStr for Role {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Role::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(s)).ok_or(())
    }
}

/// A person as a platform sees them, before Quorum resolves them to a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformUser {
    pub platform: Platform,
    pub user_id: String,
    pub display_name: String,
}

/// A room as a platform sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformRoom {
    pub platform: Platform,
    pub room_id: String,
    pub name: String,
    pub is_direct: bool,
}

/// The body a room is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRef {
    pub id: i64,
    pub name: String,
    pub short: String,
}

/// Everything a command needs to know about who runs it and where.
#[derive(Debug, Clone)]
pub struct Actor {
    pub member_id: i64,
    pub display_name: String,
    pub user: PlatformUser,
    pub room: PlatformRoom,
    /// The room's row in the store.
    pub room_key: i64,
    /// Whether a feature listens to what is said in the room (minutes being taken there): only
    /// then do the registry's listeners hear its commands.
    pub room_listened: bool,
    /// The body the room is linked to, if any.
    pub body: Option<BodyRef>,
    /// Bootstrap admins (from configuration or the console's first speaker) act as admin everywhere.
    pub is_global_admin: bool,
    /// The actor's roles in `body`.
    pub roles: Vec<Role>,
    pub locale: String,
    pub zone: Tz,
    /// Whether only the actor and Quorum see the command and its answers (`Incoming::confidential`,
    /// copied by the engine); `false` where no platform event stands behind the actor (jobs).
    pub confidential: bool,
}

impl Actor {
    /// Whether nobody but the actor reads the command: a direct message, or a platform whose
    /// commands others do not see (`Platform::commands_seen_in_rooms`).
    pub fn speaks_privately(&self) -> bool {
        self.room.is_direct || !self.room.platform.commands_seen_in_rooms()
    }

    /// The highest role held in the room's body.
    pub fn top_role(&self) -> Option<Role> {
        if self.is_global_admin {
            return Some(Role::Admin);
        }
        self.roles.iter().copied().max()
    }
}

/// The platform user ID a mention names, in the mention syntax of that platform:
/// `@bob` on the console, `@bob:example.org` on Matrix, `<@123>` or `<@!123>` on Discord.
pub fn mentioned_user_id(platform: Platform, mention: &str) -> Option<String> {
    let id = match platform {
        Platform::Console => mention.strip_prefix('@')?.to_owned(),
        Platform::Matrix => {
            let (local, server) = mention.strip_prefix('@')?.split_once(':')?;
            if local.is_empty() || server.is_empty() {
                return None;
            }
            mention.to_owned()
        }
        Platform::Discord => {
            let inner = mention.strip_prefix("<@")?.strip_suffix('>')?;
            let digits = inner.strip_prefix('!').unwrap_or(inner);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            digits.to_owned()
        }
    };
    (!id.is_empty() && id.chars().count() <= 255 && !id.chars().any(char::is_control)).then_some(id)
}
