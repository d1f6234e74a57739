//! The `[matrix]` section of `quorum.toml`.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    pub homeserver: String,
    /// The bot's user ID, `@quorum:example.org`.
    pub user: String,
    pub password: Option<String>,
    pub access_token: Option<String>,
    #[serde(default = "default_device_name")]
    pub device_name: String,
    #[serde(default = "default_store_path")]
    pub store_path: PathBuf,
    #[serde(default = "default_prefix")]
    pub command_prefix: String,
    /// Servers (`example.org`) or users (`@alice:example.org`) whose invites are accepted;
    /// empty: the bot's own homeserver.
    #[serde(default)]
    pub auto_join_from: Vec<String>,
    /// Power level from which a room member counts as `staff` (and `admin`) of the room's body.
    #[serde(default)]
    pub staff_power_level: Option<i64>,
    #[serde(default)]
    pub admin_power_level: Option<i64>,
    /// Power level from which a room member counts as `exec` (the committee) and `member` of the
    /// room's body; also the levels given to a new member and to the committee.
    #[serde(default)]
    pub exec_power_level: Option<i64>,
    #[serde(default)]
    pub member_power_level: Option<i64>,
    /// How many events one sync returns per room before it reports a gap, which is then fetched.
    #[serde(default = "default_timeline_limit")]
    pub timeline_limit: u32,
}

fn default_timeline_limit() -> u32 {
    100
}

fn default_device_name() -> String {
    "Quorum".into()
}
fn default_store_path() -> PathBuf {
    "matrix-store".into()
}
fn default_prefix() -> String {
    "!".into()
}

impl std::fmt::Debug for MatrixConfig {
    // The password and token never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MatrixConfig")
            .field("homeserver", &self.homeserver)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("access_token", &self.access_token.as_ref().map(|_| "***"))
            .field("device_name", &self.device_name)
            .field("store_path", &self.store_path)
            .field("command_prefix", &self.command_prefix)
            .field("auto_join_from", &self.auto_join_from)
            .field("timeline_limit", &self.timeline_limit)
            .finish()
    }
}

impl MatrixConfig {
    pub fn from_table(table: &toml::Table) -> Result<Self> {
        let config: Self = table.clone().try_into().context("invalid [matrix] section")?;
        if config.password.is_none() && config.access_token.is_none() {
            bail!("[matrix] needs a password or an access_token");
        }
        if config.command_prefix.is_empty() {
            bail!("[matrix] command_prefix cannot be empty");
        }
        Ok(config)
    }

    /// The server part of the bot's user ID.
    pub fn server_name(&self) -> &str {
        self.user.split_once(':').map(|(_, s)| s).unwrap_or_default()
    }

    /// The role a power level stands for in the room's body, per the thresholds configured
    /// (`admin_power_level`, `staff_power_level`, `exec_power_level`, `member_power_level`);
    /// `None` when none is configured or reached.
    pub fn role_for_power_level(&self, level: i64) -> Option<crate::core::actor::Role> {
        use crate::core::actor::Role;
        let thresholds = [
            (self.admin_power_level, Role::Admin),
            (self.staff_power_level, Role::Staff),
            (self.exec_power_level, Role::Exec),
            (self.member_power_level, Role::Member),
        ];
        // A threshold of 0 or less would make everyone in the room a member: not a grant.
        thresholds.into_iter().find_map(|(threshold, role)| threshold.filter(|t| *t > 0 && level >= *t).map(|_| role))
    }

    /// The power level the bot gives for a role: the configured threshold (by default Matrix's
    /// customary 50 for moderators and 100 for admins); other roles and `None` get 0.
    pub fn power_level_for_role(&self, role: Option<crate::core::actor::Role>) -> i64 {
        use crate::core::actor::Role;
        match role {
            Some(Role::Admin) => self.admin_power_level.unwrap_or(100),
            Some(Role::Staff) => self.staff_power_level.unwrap_or(50),
            Some(Role::Exec) => self.exec_power_level.or(self.member_power_level).unwrap_or(0),
            Some(Role::Member) => self.member_power_level.unwrap_or(0),
            _ => 0,
        }
    }

    /// Whether an invite from `inviter` is to be accepted.
    pub fn accepts_invite_from(&self, inviter: &str) -> bool {
        let server = inviter.split_once(':').map(|(_, s)| s).unwrap_or_default();
        if self.auto_join_from.is_empty() {
            return server == self.server_name();
        }
        self.auto_join_from.iter().any(|allowed| allowed == inviter || allowed == server)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(extra: &str) -> Result<MatrixConfig> {
        let table: toml::Table =
            toml::from_str(&format!("homeserver = \"http://hs\"\nuser = \"@quorum:example.org\"\n{extra}")).unwrap();
        MatrixConfig::from_table(&table)
    }

    #[test]
    fn invites_default_to_the_bot_s_own_server() {
        let c = config("password = \"secret\"").unwrap();
        assert!(c.accepts_invite_from("@alice:example.org"));
        assert!(!c.accepts_invite_from("@mallory:evil.example"));
        let c = config("password = \"x\"\nauto_join_from = [\"partner.org\", \"@bob:other.org\"]").unwrap();
        assert!(c.accepts_invite_from("@carol:partner.org"));
        assert!(c.accepts_invite_from("@bob:other.org"));
        assert!(!c.accepts_invite_from("@alice:example.org"));
        assert!(!format!("{c:?}").contains("\"x\""));
    }

    #[test]
    fn power_levels_map_to_roles_only_when_configured() {
        use crate::core::actor::Role;
        let c = config("password = \"x\"").unwrap();
        assert_eq!(c.role_for_power_level(100), None);
        let c = config("password = \"x\"\nstaff_power_level = 50\nadmin_power_level = 100").unwrap();
        assert_eq!(c.role_for_power_level(49), None);
        assert_eq!(c.role_for_power_level(50), Some(Role::Staff));
        assert_eq!(c.role_for_power_level(100), Some(Role::Admin));
        assert_eq!(c.power_level_for_role(Some(Role::Staff)), 50);
        assert_eq!(c.power_level_for_role(Some(Role::Member)), 0);
        let c = config("password = \"x\"\nstaff_power_level = 20").unwrap();
        assert_eq!(c.power_level_for_role(Some(Role::Staff)), 20);
        assert_eq!(c.power_level_for_role(Some(Role::Admin)), 100);
        assert_eq!(c.power_level_for_role(None), 0);
        let c = config("password = \"x\"\nmember_power_level = 10\nexec_power_level = 25").unwrap();
        assert_eq!(c.power_level_for_role(Some(Role::Member)), 10);
        assert_eq!(c.power_level_for_role(Some(Role::Exec)), 25);
        assert_eq!(c.role_for_power_level(9), None);
        assert_eq!(c.role_for_power_level(10), Some(Role::Member));
        assert_eq!(c.role_for_power_level(30), Some(Role::Exec));
        assert_eq!(c.role_for_power_level(100), Some(Role::Exec), "no higher threshold configured");
    }

    #[test]
    fn needs_credentials() {
        assert!(config("").is_err());
        assert!(config("access_token = \"t\"").is_ok());
    }
}
