//! The `[discord]` section of `quorum.toml`.

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::core::actor::Role;

/// How interactions reach the bot.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A gateway websocket the bot opens.
    #[default]
    Gateway,
    /// Discord posts each interaction to an HTTPS endpoint the bot serves (behind a reverse proxy).
    Http,
}

/// Discord role IDs that stand for Quorum roles in the bodies of the guild's channels.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleMap {
    #[serde(default)]
    pub admin: Vec<u64>,
    #[serde(default)]
    pub staff: Vec<u64>,
    #[serde(default)]
    pub exec: Vec<u64>,
    #[serde(default)]
    pub member: Vec<u64>,
}

impl RoleMap {
    fn ids(&self, role: Role) -> &[u64] {
        match role {
            Role::Admin => &self.admin,
            Role::Staff => &self.staff,
            Role::Exec => &self.exec,
            Role::Member => &self.member,
            Role::Applicant | Role::Guest => &[],
        }
    }

    /// The highest Quorum role any of a member's Discord roles stands for.
    pub fn role_for(&self, discord_roles: &[u64]) -> Option<Role> {
        Role::ALL.into_iter().find(|role| self.ids(*role).iter().any(|id| discord_roles.contains(id)))
    }

    /// The Discord role the bot grants for a Quorum role (the first one listed).
    pub fn discord_role(&self, role: Role) -> Option<u64> {
        self.ids(role).first().copied()
    }

    /// Every Discord role that stands for some Quorum role.
    pub fn all(&self) -> impl Iterator<Item = u64> + '_ {
        Role::ALL.into_iter().flat_map(|role| self.ids(role).iter().copied())
    }
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscordConfig {
    pub token: String,
    pub application_id: u64,
    /// Guilds to register the commands in (instantly); empty: global commands.
    #[serde(default)]
    pub guild_ids: Vec<u64>,
    #[serde(default)]
    pub mode: Mode,
    /// The application's public key (hex), to check the signature of HTTP interactions.
    pub public_key: Option<String>,
    /// Where the HTTP interactions endpoint listens.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// Discord's API origin; tests point it at a local double.
    #[serde(default = "default_api_base")]
    pub api_base: String,
    #[serde(default)]
    pub roles: RoleMap,
    /// Read what members write in the channels (the privileged Message Content intent, to be
    /// enabled for the application), so that a minuted meeting's log holds the channel's chat.
    /// Through the gateway only: HTTP interactions carry no messages.
    #[serde(default)]
    pub read_messages: bool,
}

fn default_listen() -> String {
    "127.0.0.1:8787".into()
}

pub const DISCORD_API: &str = "https://discord.com";

fn default_api_base() -> String {
    DISCORD_API.into()
}

impl std::fmt::Debug for DiscordConfig {
    // The token never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordConfig")
            .field("token", &"***")
            .field("application_id", &self.application_id)
            .field("guild_ids", &self.guild_ids)
            .field("mode", &self.mode)
            .field("listen", &self.listen)
            .field("api_base", &self.api_base)
            .field("roles", &self.roles)
            .field("read_messages", &self.read_messages)
            .finish_non_exhaustive()
    }
}

impl DiscordConfig {
    pub fn from_table(table: &toml::Table) -> Result<Self> {
        let config: Self = table.clone().try_into().context("invalid [discord] section")?;
        if config.token.trim().is_empty() {
            bail!("[discord] token is empty");
        }
        if config.mode == Mode::Http && config.read_messages {
            bail!("[discord] read_messages needs the gateway: HTTP interactions carry no messages");
        }
        if config.mode == Mode::Http {
            let key = config.public_key.as_deref().context("[discord] mode = \"http\" needs public_key")?;
            if hex::decode(key).map(|k| k.len()) != Ok(32) {
                bail!("[discord] public_key must be the application's 32-byte key in hex");
            }
        }
        Ok(config)
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> String {
        let token = self.token.trim();
        if token.starts_with("Bot ") { token.to_owned() } else { format!("Bot {token}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(extra: &str) -> Result<DiscordConfig> {
        let table: toml::Table = toml::from_str(&format!("token = \"t\"\napplication_id = 42\n{extra}")).unwrap();
        DiscordConfig::from_table(&table)
    }

    #[test]
    fn http_mode_needs_a_public_key() {
        assert!(config("mode = \"http\"").is_err());
        assert!(config("mode = \"http\"\npublic_key = \"abcd\"").is_err());
        let key = "00".repeat(32);
        assert_eq!(config(&format!("mode = \"http\"\npublic_key = \"{key}\"")).unwrap().mode, Mode::Http);
        let c = config("").unwrap();
        assert_eq!((c.mode, c.api_base.as_str()), (Mode::Gateway, DISCORD_API));
        assert_eq!(c.authorization(), "Bot t");
        assert!(!format!("{c:?}").contains("\"t\""));
    }

    #[test]
    fn discord_roles_stand_for_quorum_roles() {
        let c = config("[roles]\nstaff = [10, 11]\nadmin = [20]").unwrap();
        assert_eq!(c.roles.role_for(&[11, 99]), Some(Role::Staff));
        assert_eq!(c.roles.role_for(&[11, 20]), Some(Role::Admin));
        assert_eq!(c.roles.role_for(&[99]), None);
        assert_eq!(c.roles.discord_role(Role::Staff), Some(10));
        assert_eq!(c.roles.discord_role(Role::Exec), None);
    }
}
