//! Instants as the readers of each language write them: weekday, day, month, year, time and
//! zone, with the names and order of the Unicode CLDR, formatted by ICU4X from compiled-in data.
//!
//! One pattern length per language: the medium one ("Tue, 1 Dec 2026, 15:00 CET"), except in
//! Arabic, whose medium date has no month name (01/12/2026), where the long one names it. English
//! follows British English (day before month, 24-hour clock), as Quorum's commands take 24-hour
//! times, and names the zone by the abbreviation of the zone database (EST, CET, JST) that English
//! readers know, or `UTC-03:00` where there is none. The other languages name it as CLDR does: its
//! short name where the language has one, else the offset in that language's way (UTC+1, GMT+1,
//! غرينتش+١).

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Offset, Timelike, Utc};
use chrono_tz::Tz;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{Combo, YMDET, zone};
use icu_datetime::options::TimePrecision;
use icu_locale_core::Locale;
use icu_time::zone::{TimeZone, UtcOffset, ZoneNameTimestamp};
use icu_time::{Time, ZonedDateTime};

use super::LANGUAGES;

type Formatter = FixedCalendarDateTimeFormatter<Gregorian, Combo<YMDET, zone::SpecificShort>>;
type ZonelessFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMDET>;

/// The CLDR locale whose conventions each language's dates follow.
fn cldr_locale(lang: &str) -> &'static str {
    match lang {
        "en" => "en-GB",
        "ar" => "ar",
        "es" => "es",
        "fr" => "fr",
        "ru" => "ru",
        "zh" => "zh",
        _ => "en-GB",
    }
}

fn field_set(lang: &str) -> Combo<YMDET, zone::SpecificShort> {
    let date = if lang == "ar" { YMDET::long() } else { YMDET::medium() };
    date.with_time_precision(TimePrecision::Minute).with_zone(zone::SpecificShort)
}

thread_local! {
    /// One formatter per supported language and thread, made on first use (ICU4X's data handles
    /// are not shared between threads without its `sync` feature, which would rebuild half of
    /// the dependency tree for nothing).
    static FORMATTERS: HashMap<&'static str, Formatter> = LANGUAGES
        .into_iter()
        .filter_map(|lang| {
            let locale: Locale = cldr_locale(lang).parse().ok()?;
            match Formatter::try_new(locale.into(), field_set(lang)) {
                Ok(formatter) => Some((lang, formatter)),
                Err(error) => {
                    tracing::error!(lang, %error, "no date formatter for this language");
                    None
                }
            }
        })
        .collect();

    /// English's date and time, to which the zone database's abbreviation is added.
    static ENGLISH: Option<ZonelessFormatter> = cldr_locale("en")
        .parse::<Locale>()
        .ok()
        .and_then(|locale| ZonelessFormatter::try_new(locale.into(), YMDET::medium().with_time_precision(TimePrecision::Minute)).ok());
}

/// The zone as English readers know it: the zone database's abbreviation (`EST`, `CEST`), or the
/// offset where the database has only digits for it (`-03`).
fn english_zone(local: &DateTime<Tz>) -> String {
    let abbreviation = local.format("%Z").to_string();
    if abbreviation.chars().all(|c| c.is_ascii_alphabetic()) {
        abbreviation
    } else {
        crate::core::zones::offset_label(local.offset().fix().local_minus_utc() / 60)
    }
}

/// `at` on the wall clock of `zone`, as a reader of `lang` writes it, with the zone named.
pub fn format_instant(lang: &str, at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    let offset = local.offset().fix().local_minus_utc();
    let date = Date::try_new_gregorian(local.year(), local.month() as u8, local.day() as u8).ok();
    let time = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0).ok();
    let english = !LANGUAGES.contains(&lang) || lang == "en";
    let formatted = if english {
        ENGLISH.with(|formatter| {
            let written = formatter.as_ref()?.format(&icu_time::DateTime { date: date?, time: time? });
            Some(format!("{written} {}", english_zone(&local)))
        })
    } else {
        FORMATTERS.with(|formatters| {
            let formatter = formatters.get(lang)?;
            let (date, time) = (date?, time?);
            let zone = TimeZone::from_iana_id(zone.name())
                .with_offset(UtcOffset::try_from_seconds(offset).ok())
                .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at.timestamp()));
            Some(formatter.format(&ZonedDateTime { date, time, zone }).to_string())
        })
    };
    // Only a date outside what the calendar takes (beyond year ±9999) lands here.
    formatted.unwrap_or_else(|| local.format("%Y-%m-%d %H:%M %Z").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn each_language_names_the_weekday_and_month() {
        let zurich: Tz = "Europe/Zurich".parse().unwrap();
        let winter = at("2026-12-01T14:00:00Z");
        let cases = [
            ("en", "Tue, 1 Dec 2026, 15:00 CET"),
            ("fr", "mar. 1 déc. 2026, 15:00 UTC+1"),
            ("es", "mar, 1 dic 2026, 15:00 CET"),
            ("ru", "вт, 1 дек. 2026\u{202f}г., 15:00 GMT+1"),
            ("zh", "2026年12月1日周二 GMT+1 15:00"),
        ];
        for (lang, expected) in cases {
            assert_eq!(format_instant(lang, winter, zurich), expected, "{lang}");
        }
        let arabic = format_instant("ar", winter, zurich);
        assert!(arabic.contains("الثلاثاء") && arabic.contains("ديسمبر"), "{arabic}");
    }

    #[test]
    fn the_zone_follows_daylight_saving_time() {
        let zurich: Tz = "Europe/Zurich".parse().unwrap();
        assert_eq!(format_instant("en", at("2027-07-01T13:00:00Z"), zurich), "Thu, 1 Jul 2027, 15:00 CEST");
        let new_york: Tz = "America/New_York".parse().unwrap();
        assert_eq!(format_instant("en", at("2026-12-03T14:00:00Z"), new_york), "Thu, 3 Dec 2026, 09:00 EST");
        assert_eq!(format_instant("en", at("2026-12-03T14:00:00Z"), Tz::UTC), "Thu, 3 Dec 2026, 14:00 UTC");
        // The zone database writes São Paulo's zone as `-03`: English readers get the offset.
        let sao_paulo: Tz = "America/Sao_Paulo".parse().unwrap();
        assert_eq!(format_instant("en", at("2026-12-03T14:00:00Z"), sao_paulo), "Thu, 3 Dec 2026, 11:00 UTC-03:00");
    }

    #[test]
    fn an_unknown_language_reads_english() {
        assert_eq!(format_instant("xx", at("2026-12-03T14:00:00Z"), Tz::UTC), "Thu, 3 Dec 2026, 14:00 UTC");
    }
}
