//! `quorum.toml`, with any key overridable by `QUORUM_<SECTION>__<KEY>` (top-level keys: `QUORUM_<KEY>`).

use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::core::engine::EngineConfig;
use crate::core::grammar::parse_duration;
use crate::scheduler::SchedulerConfig;

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default = "default_database_url")]
    pub database_url: String,
    #[serde(default = "default_language")]
    pub default_language: String,
    #[serde(default = "default_timezone")]
    pub default_timezone: String,
    #[serde(default)]
    pub admins: Vec<String>,
    #[serde(default)]
    pub scheduler: SchedulerSection,
    pub matrix: Option<toml::Table>,
    pub discord: Option<toml::Table>,
    /// Quorum serves calendar feeds, `/healthz` and `/metrics` over HTTP when this section is present.
    pub http: Option<HttpSection>,
    /// The earlier name of `[http]`, when it served only calendar feeds: read as `[http]` (with a
    /// warning in the log) so that existing files keep working.
    calendar: Option<HttpSection>,
}

/// The one HTTP listener, shared by everything Quorum serves over HTTP.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpSection {
    /// The address to listen on (`127.0.0.1:8091`).
    pub listen: String,
    /// The address people (and their calendar applications) reach it at, behind a proxy say; by
    /// default `http://` and `listen`.
    pub public_url: Option<String>,
}

impl HttpSection {
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.listen))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchedulerSection {
    /// How late a job may run after downtime and still count as on time (`15m`).
    #[serde(default = "default_grace")]
    pub grace: String,
    /// How late a command may be handled (after downtime) and still be run; the grace by default.
    pub command_max_age: Option<String>,
    /// How long a message that keeps failing for a temporary reason is retried, from when it was
    /// enqueued, before it fails (`24h`).
    #[serde(default = "default_give_up_after")]
    pub give_up_after: String,
}

impl Default for SchedulerSection {
    fn default() -> Self {
        Self { grace: default_grace(), command_max_age: None, give_up_after: default_give_up_after() }
    }
}

fn default_database_url() -> String {
    "sqlite://quorum.db".into()
}
fn default_language() -> String {
    "en".into()
}
fn default_timezone() -> String {
    "UTC".into()
}
fn default_grace() -> String {
    "15m".into()
}
fn default_give_up_after() -> String {
    "24h".into()
}

/// Hides the password in a database URL.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl std::fmt::Debug for Config {
    // Tokens and passwords never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let keys = |t: &Option<toml::Table>| t.as_ref().map(|t| t.keys().cloned().collect::<Vec<_>>());
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("default_language", &self.default_language)
            .field("default_timezone", &self.default_timezone)
            .field("admins", &self.admins)
            .field("scheduler", &self.scheduler)
            .field("matrix_keys", &keys(&self.matrix))
            .field("discord_keys", &keys(&self.discord))
            .field("http", &self.http)
            .finish()
    }
}

/// `QUORUM_` variables that are not configuration keys: the log filter and the test suite's.
const NOT_CONFIGURATION: [&str; 3] = ["LOG", "TEST_", "BLESS"];

/// Reads an environment value as TOML when it parses as such (numbers, booleans, arrays), else as a string.
fn env_value(raw: &str) -> toml::Value {
    toml::from_str::<toml::Table>(&format!("v = {raw}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(raw.to_owned()))
}

impl Config {
    /// Loads `path` if given (it must exist), else `quorum.toml` if present, else defaults; then
    /// applies the environment.
    pub fn load(path: Option<&Path>, env: impl IntoIterator<Item = (String, String)>) -> Result<Self> {
        let mut table = match path {
            Some(p) => {
                let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
                toml::from_str::<toml::Table>(&text).with_context(|| format!("{} is not valid TOML", p.display()))?
            }
            None => match std::fs::read_to_string("quorum.toml") {
                Ok(text) => toml::from_str(&text).context("quorum.toml is not valid TOML")?,
                Err(_) => toml::Table::new(),
            },
        };
        for (key, value) in env {
            let Some(rest) = key.strip_prefix("QUORUM_") else { continue };
            if NOT_CONFIGURATION.iter().any(|p| rest.starts_with(p)) {
                continue;
            }
            let lower = rest.to_lowercase();
            match lower.split_once("__") {
                Some((section, field)) => {
                    let entry =
                        table.entry(section.to_owned()).or_insert_with(|| toml::Value::Table(Default::default()));
                    let Some(section_table) = entry.as_table_mut() else { bail!("{key}: {section} is not a section") };
                    section_table.insert(field.to_owned(), env_value(&value));
                }
                None => {
                    table.insert(lower, env_value(&value));
                }
            }
        }
        let mut config: Config = table.try_into().context("invalid configuration")?;
        if let Some(old) = config.calendar.take() {
            if config.http.is_some() {
                bail!("[calendar] is the old name of [http]: keep only [http] (listen, public_url)");
            }
            tracing::warn!("the [calendar] section is now called [http] (same keys): rename it in the configuration");
            config.http = Some(old);
        }
        config.engine()?;
        config.scheduler()?;
        Ok(config)
    }

    pub fn engine(&self) -> Result<EngineConfig> {
        let zone: Tz = self
            .default_timezone
            .parse()
            .map_err(|_| anyhow::anyhow!("default_timezone: unknown zone {}", self.default_timezone))?;
        let Some(lang) = crate::i18n::supported(&self.default_language) else {
            bail!("default_language: {} is not one of {}", self.default_language, crate::i18n::LANGUAGES.join(", "));
        };
        Ok(EngineConfig {
            default_language: lang.to_owned(),
            default_timezone: zone,
            admins: self.admins.clone(),
            feed_url: self.http.as_ref().map(HttpSection::public_url),
            command_max_age: self.command_max_age()?,
        })
    }

    fn command_max_age(&self) -> Result<chrono::Duration> {
        let value = self.scheduler.command_max_age.as_ref().unwrap_or(&self.scheduler.grace);
        parse_duration(value).map_err(|_| anyhow::anyhow!("scheduler.command_max_age: cannot read {value}"))
    }

    pub fn scheduler(&self) -> Result<SchedulerConfig> {
        let grace = parse_duration(&self.scheduler.grace)
            .map_err(|_| anyhow::anyhow!("scheduler.grace: cannot read {}", self.scheduler.grace))?;
        let give_up_after = parse_duration(&self.scheduler.give_up_after)
            .map_err(|_| anyhow::anyhow!("scheduler.give_up_after: cannot read {}", self.scheduler.give_up_after))?;
        Ok(SchedulerConfig { grace, give_up_after, ..SchedulerConfig::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn file_then_environment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quorum.toml");
        std::fs::write(&path, "default_language = \"fr\"\n[discord]\ntoken = \"secret-token\"\napplication_id = 1\n")
            .unwrap();
        let config = Config::load(
            Some(&path),
            env(&[
                ("QUORUM_DATABASE_URL", "postgres://q:hunter2@localhost/q"),
                ("QUORUM_DISCORD__APPLICATION_ID", "42"),
                ("QUORUM_SCHEDULER__GRACE", "1h"),
                ("HOME", "/root"),
                ("QUORUM_LOG", "debug"),
                ("QUORUM_TEST_POSTGRES", "postgres://elsewhere"),
            ]),
        )
        .unwrap();
        assert_eq!(config.default_language, "fr");
        assert_eq!(config.discord.as_ref().unwrap()["application_id"].as_integer(), Some(42));
        assert_eq!(config.scheduler().unwrap().grace, chrono::Duration::hours(1));
        assert_eq!(config.scheduler().unwrap().give_up_after, chrono::Duration::hours(24), "the default");
        let shown = format!("{config:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("secret-token"), "{shown}");
    }

    #[test]
    fn the_outbox_gives_up_when_configured() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quorum.toml");
        std::fs::write(&path, "[scheduler]\ngrace = \"5m\"\ngive_up_after = \"2d\"\n").unwrap();
        let from_file = Config::load(Some(&path), env(&[])).unwrap().scheduler().unwrap();
        assert_eq!(
            (from_file.grace, from_file.give_up_after),
            (chrono::Duration::minutes(5), chrono::Duration::days(2))
        );
        let overridden =
            Config::load(Some(&path), env(&[("QUORUM_SCHEDULER__GIVE_UP_AFTER", "90m")])).unwrap().scheduler().unwrap();
        assert_eq!(overridden.give_up_after, chrono::Duration::minutes(90));
    }

    #[test]
    fn calendar_feeds_are_served_where_configured() {
        let none = Config::load(None, env(&[])).unwrap();
        assert!(none.http.is_none());
        assert_eq!(none.engine().unwrap().feed_url, None);
        let local = Config::load(None, env(&[("QUORUM_HTTP__LISTEN", "127.0.0.1:8091")])).unwrap();
        assert_eq!(local.http.as_ref().unwrap().listen, "127.0.0.1:8091");
        assert_eq!(local.engine().unwrap().feed_url.as_deref(), Some("http://127.0.0.1:8091"));
        let proxied = Config::load(
            None,
            env(&[("QUORUM_HTTP__LISTEN", "127.0.0.1:8091"), ("QUORUM_HTTP__PUBLIC_URL", "https://q.example.org")]),
        )
        .unwrap();
        assert_eq!(proxied.engine().unwrap().feed_url.as_deref(), Some("https://q.example.org"));
        assert!(
            Config::load(None, env(&[("QUORUM_HTTP__PUBLIC_URL", "https://q.example.org")])).is_err(),
            "listen is needed"
        );
    }

    #[test]
    fn the_old_calendar_section_is_read_as_http() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quorum.toml");
        std::fs::write(&path, "[calendar]\nlisten = \"127.0.0.1:8091\"\npublic_url = \"https://q.example.org\"\n")
            .unwrap();
        let old = Config::load(Some(&path), env(&[])).unwrap();
        assert_eq!(old.http.as_ref().unwrap().listen, "127.0.0.1:8091");
        assert_eq!(old.engine().unwrap().feed_url.as_deref(), Some("https://q.example.org"));
        // The environment overrides the old section as before.
        let moved = Config::load(Some(&path), env(&[("QUORUM_CALENDAR__LISTEN", "127.0.0.1:9000")])).unwrap();
        assert_eq!(moved.http.unwrap().listen, "127.0.0.1:9000");
        // Both at once is ambiguous: the error says which to keep.
        let err = Config::load(Some(&path), env(&[("QUORUM_HTTP__LISTEN", "127.0.0.1:8092")])).unwrap_err();
        assert!(format!("{err:#}").contains("keep only [http]"), "{err:#}");
    }

    #[test]
    fn bad_values_are_named() {
        let err = Config::load(None, env(&[("QUORUM_DEFAULT_TIMEZONE", "Mars/Base")])).unwrap_err();
        assert!(format!("{err:#}").contains("default_timezone"));
        let err = Config::load(None, env(&[("QUORUM_DEFAULT_LANGUAGE", "de")])).unwrap_err();
        assert!(format!("{err:#}").contains("default_language"));
        let err = Config::load(None, env(&[("QUORUM_SCHEDULER__GIVE_UP_AFTER", "forever")])).unwrap_err();
        assert!(format!("{err:#}").contains("scheduler.give_up_after"), "{err:#}");
        let err = Config::load(None, env(&[("QUORUM_NOPE", "1")])).unwrap_err();
        assert!(format!("{err:#}").contains("nope"), "{err:#}");
    }
}
