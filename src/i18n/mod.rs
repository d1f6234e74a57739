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

pub mod dates;
pub mod words;

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
    /// An instant, for a reader of `lang`.
    fn time(&self, at: DateTime<Utc>, lang: &str) -> String;
    fn mention(&self, who: &Mention) -> String;
    /// The reader's zone, where the platform does not show times in it by itself: "tomorrow" is
    /// counted on its calendar, and a wall-clock time of another zone names its zone. `None` where
    /// the platform renders each time natively in each reader's own zone (Discord).
    fn reader_zone(&self) -> Option<chrono_tz::Tz>;
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
            bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{lang}/quorum.ftl: {errors:?}"));
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
                Arg::Time(at) => style.time(*at, lang).into(),
                Arg::TimeAhead { at, from } => {
                    let time = style.time(*at, lang);
                    match style.reader_zone() {
                        Some(zone) => {
                            let ahead = words::ahead(*from, *at, zone);
                            self.render(lang, &Msg::new("time-ahead").code("time", time).phrase("ahead", ahead), style)
                        }
                        None => time,
                    }
                    .into()
                }
                Arg::Phrase(phrase) => self.render(lang, phrase, style).into(),
                Arg::TimeIn { at, zone } => {
                    dates::format_instant(lang, *at, zone.parse().unwrap_or(chrono_tz::Tz::UTC)).into()
                }
                Arg::WallTime { time, zone } => match style.reader_zone() {
                    Some(reader) if reader.name() == zone => time.clone().into(),
                    _ => format!("{time} {zone}").into(),
                },
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

    /// A message whose arguments are text and numbers only (no times or mentions), as plain text.
    pub fn plain_msg(&self, lang: &str, msg: &Msg) -> String {
        self.render(lang, msg, &NoStyle)
    }
}

/// For messages known to hold no times or mentions.
struct NoStyle;

impl ArgStyle for NoStyle {
    fn time(&self, at: DateTime<Utc>, _: &str) -> String {
        at.to_rfc3339()
    }
    fn mention(&self, who: &Mention) -> String {
        who.display_name.clone()
    }
    fn reader_zone(&self) -> Option<chrono_tz::Tz> {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            Expression::Inline(inline) => inline_vars(inline, vars),
        }
    }

    fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    /// Every message of a locale with the variables it uses.
    fn messages(lang: &str, source: &'static str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    out.insert(m.id.name.to_owned(), vars);
                }
                Entry::Junk { content } => panic!("{lang}: unparsable entry {content}"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_locale_has_every_key_with_the_same_variables() {
        let english = messages("en", SOURCES[1].1);
        for (lang, source) in SOURCES {
            let translated = messages(lang, source);
            for (key, vars) in &english {
                let Some(theirs) = translated.get(key) else { panic!("{lang}: missing key {key}") };
                assert_eq!(theirs, vars, "{lang}: {key} uses other variables");
            }
            for key in translated.keys() {
                assert!(english.contains_key(key), "{lang}: {key} is not in English");
            }
        }
    }

    #[test]
    fn every_key_the_code_names_exists() {
        let i18n = I18n::load();
        let registry = crate::features::registry();
        for spec in registry.table() {
            for key in [spec.summary_key(), spec.help_key()] {
                for lang in LANGUAGES {
                    assert!(i18n.has(lang, &key), "{lang}: missing {key}");
                }
            }
        }
        for category in registry.categories() {
            for lang in LANGUAGES {
                assert!(i18n.has(lang, category.key()), "{lang}: missing {}", category.key());
            }
        }
    }

    #[test]
    fn translations_are_translated() {
        // A locale that copies English wholesale is not a translation.
        let english = messages("en", SOURCES[1].1);
        let i18n = I18n::load();
        for lang in LANGUAGES.into_iter().filter(|l| *l != "en") {
            let same = english.keys().filter(|k| i18n.plain(lang, k) == i18n.plain("en", k)).count();
            assert!(same * 10 < english.len(), "{lang}: {same} of {} messages are identical to English", english.len());
        }
    }

    struct Fixed;
    impl ArgStyle for Fixed {
        fn time(&self, _: DateTime<Utc>, _: &str) -> String {
            "TIME".into()
        }
        fn mention(&self, who: &Mention) -> String {
            format!("@{}", who.display_name)
        }
        fn reader_zone(&self) -> Option<chrono_tz::Tz> {
            None
        }
    }

    #[test]
    fn isolation_marks_wrap_free_text_only_in_arabic() {
        let i18n = I18n::load();
        let msg = Msg::new("role-granted")
            .mention("user", Mention { display_name: "bob".into(), identities: vec![] })
            .code("role", "member")
            .code("body", "BC");
        for lang in LANGUAGES {
            let text = i18n.render(lang, &msg, &Fixed);
            assert!(!text.contains(FIRST_STRONG_ISOLATE) && !text.contains(POP_DIRECTIONAL_ISOLATE), "{lang}: {text}");
            assert!(text.contains("@bob") && text.contains("member") && text.contains("BC"), "{lang}: {text}");
        }
        let msg = Msg::new("reminder-fire").text("text", "Call John");
        assert!(i18n.render("ar", &msg, &Fixed).contains("\u{2068}Call John\u{2069}"));
        assert!(!i18n.render("fr", &msg, &Fixed).contains('\u{2068}'));
    }

    #[test]
    fn plurals_follow_each_language() {
        let i18n = I18n::load();
        let count = |lang: &str, n: i64| i18n.render(lang, &Msg::new("audit-ok").num("count", n), &Fixed);
        // Russian: 1, 2–4, 5+ take three different forms; Arabic distinguishes more still.
        let ru: BTreeSet<String> = [1, 3, 5].iter().map(|n| count("ru", *n).replace(&n.to_string(), "N")).collect();
        assert_eq!(ru.len(), 3, "{ru:?}");
        let ar: BTreeSet<String> =
            [0, 1, 2, 3, 11, 100].iter().map(|n| count("ar", *n).replace(&n.to_string(), "N")).collect();
        assert!(ar.len() >= 5, "{ar:?}");
    }

    /// A style that reads times in Zurich, as the console and Matrix do for a reader there.
    struct InZurich;
    impl ArgStyle for InZurich {
        fn time(&self, _: DateTime<Utc>, _: &str) -> String {
            "TIME".into()
        }
        fn mention(&self, who: &Mention) -> String {
            format!("@{}", who.display_name)
        }
        fn reader_zone(&self) -> Option<chrono_tz::Tz> {
            Some(chrono_tz::Europe::Zurich)
        }
    }

    #[test]
    fn repetitions_are_said_in_words_with_the_zone_for_readers_elsewhere() {
        use crate::core::recurrence::Recurrence;
        let i18n = I18n::load();
        let said = |lang: &str, phrase: &str, zone: chrono_tz::Tz| {
            let recurrence = Recurrence::from_phrase(phrase).unwrap();
            i18n.render(lang, &recurrence.describe(zone), &InZurich)
        };
        let zurich = chrono_tz::Europe::Zurich;
        assert_eq!(
            said("en", "every month on the first thursday at 15:00", zurich),
            "every month on the first Thursday at 15:00"
        );
        assert_eq!(
            said("en", "monthly on the last friday at 10:00", zurich),
            "every month on the last Friday at 10:00"
        );
        assert_eq!(
            said("en", "every monday, wednesday and thursday at 09:00", zurich),
            "every Monday, Wednesday and Thursday at 09:00"
        );
        assert_eq!(
            said("en", "every 2 weeks on tuesday at 14:00", chrono_tz::America::New_York),
            "every 2 weeks on Tuesday at 14:00 America/New_York"
        );
        assert_eq!(
            said("fr", "every month on the first thursday at 15:00", zurich),
            "chaque mois le premier jeudi à 15:00"
        );
        assert_eq!(said("zh", "every month on the first thursday at 15:00", zurich), "每月的第一个星期四 15:00");
        assert_eq!(
            said("ru", "every monday and thursday at 09:00", zurich),
            "еженедельно по понедельникам и четвергам в 09:00"
        );
        // Every language words each of these shapes, none falls back to the message's key.
        for lang in LANGUAGES {
            for phrase in [
                "every hour",
                "every day at 08:00",
                "every 3 days",
                "every weekday",
                "every weekend",
                "every 2 weeks",
                "every month on the 15th",
                "every other month on the second tuesday",
            ] {
                let text = said(lang, phrase, zurich);
                assert!(
                    !text.contains("repeat-") && !text.contains("weekday-name") && !text.is_empty(),
                    "{lang} {phrase}: {text}"
                );
            }
        }
    }

    #[test]
    fn durations_take_each_language_s_plural_forms() {
        let i18n = I18n::load();
        let said =
            |lang: &str, minutes: i64| i18n.render(lang, &words::duration(chrono::Duration::minutes(minutes)), &Fixed);
        assert_eq!(said("en", 1), "1 minute");
        assert_eq!(said("en", 90), "1 hour 30 minutes");
        assert_eq!(said("ru", 21), "21 минута");
        assert_eq!(said("ru", 22), "22 минуты");
        assert_eq!(said("ru", 25), "25 минут");
        // Arabic has a dual: two hours are one word, not "2 hours".
        let two_hours = said("ar", 120);
        assert!(!two_hours.contains('2'), "{two_hours}");
        let ar: BTreeSet<String> =
            [1, 2, 3, 11, 100].iter().map(|n| said("ar", *n).replace(&n.to_string(), "N")).collect();
        assert!(ar.len() >= 4, "{ar:?}");
    }
}
