//! Every user-facing string, looked up in the reader's language from Fluent files in `locales/`.
//!
//! Isolation marks are added here, and only around a person's free text in a right-to-left
//! language, so that mentions, URLs, codes and IDs always reach the platform verbatim.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::core::reply::{Arg, Mention, Msg};

/// The six UN languages, in the order shown to people.
pub const LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// The source of each locale, compiled into the binary.
pub const SOURCES: [(&str, &str); 6] = [
    ("ar", include_str!("../../locales/ar/quorum.ftl")),
    ("en", include_str!("../../locales/en/quorum.ftl")),
    ("es", include_str!("../../locales/es/quorum.ftl")),
    ("fr", include_str!("../../locales/fr/quorum.ftl")),
    ("ru", include_str!("../../locales/ru/quorum.ftl")),
    ("zh", include_str!("../../locales/zh/quorum.ftl")),
];

const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// How a platform shows the values that are not plain text.
pub trait ArgStyle {
    fn time(&self, at: DateTime<Utc>) -> String;
    fn mention(&self, who: &Mention) -> String;
}

/// The loaded translations.
pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("languages", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

pub fn is_rtl(lang: &str) -> bool {
    lang == "ar"
}

/// The supported language closest to what a person asked for (`fr-CH` → `fr`), if any.
pub fn supported(lang: &str) -> Option<&'static str> {
    let primary = lang.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.into_iter().find(|l| *l == primary)
}

impl Default for I18n {
    fn default() -> Self {
        Self::load()
    }
}

impl I18n {
    /// Parses the compiled-in locales. A syntax error in a shipped file is a build defect: the
    /// locale tests catch it, and here it panics at start-up rather than show broken text.
    pub fn load() -> Self {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/quorum.ftl: {errors:?}"));
            let langid: LanguageIdentifier = lang.parse().expect("valid language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("locales/{lang}/quorum.ftl: {errors:?}"));
            bundles.insert(lang, bundle);
        }
        Self { bundles }
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    /// Renders a message in `lang`, falling back to English, then to the key itself.
    pub fn render(&self, lang: &str, msg: &Msg, style: &dyn ArgStyle) -> String {
        let lang = supported(lang).unwrap_or("en");
        let bundle = match self.bundles.get(lang) {
            Some(b) if b.has_message(&msg.key) => b,
            _ => match self.bundles.get("en") {
                Some(b) if b.has_message(&msg.key) => b,
                _ => return msg.key.clone(),
            },
        };
        let rtl = is_rtl(lang);
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value: FluentValue = match value {
                Arg::Text(s) if rtl => format!("{FIRST_STRONG_ISOLATE}{s}{POP_DIRECTIONAL_ISOLATE}").into(),
                Arg::Text(s) | Arg::Code(s) => s.clone().into(),
                Arg::Number(n) => (*n).into(),
                Arg::Time(at) => style.time(*at).into(),
                Arg::Mention(m) => style.mention(m).into(),
            };
            args.set(name.clone(), value);
        }
        let Some(pattern) = bundle.get_message(&msg.key).and_then(|m| m.value()) else {
            return msg.key.clone();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key = %msg.key, lang, ?errors, "message rendered with errors");
        }
        text.into_owned()
    }

    /// A message without arguments.
    pub fn plain(&self, lang: &str, key: &str) -> String {
        self.render(lang, &Msg::new(key), &NoStyle)
    }
}

/// For messages known to hold no times or mentions.
struct NoStyle;

impl ArgStyle for NoStyle {
    fn time(&self, at: DateTime<Utc>) -> String {
        at.to_rfc3339()
    }
    fn mention(&self, who: &Mention) -> String {
        who.display_name.clone()
    }
}
