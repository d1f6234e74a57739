//! Time-zone names as people write them: IANA names, city names in the six languages, and a
//! suggestion on a typo.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono_tz::{TZ_VARIANTS, Tz};
use icu_datetime::NoCalendarFormatter;
use icu_datetime::fieldsets::zone::ExemplarCity;
use icu_locale_core::Locale;
use icu_time::TimeZone;

use crate::i18n::LANGUAGES;

/// Cities people name that are not the last part of an IANA zone name.
const CITY_ALIASES: &[(&str, &str)] = &[
    ("geneva", "Europe/Zurich"),
    ("geneve", "Europe/Zurich"),
    ("genf", "Europe/Zurich"),
    ("ginevra", "Europe/Zurich"),
    ("bern", "Europe/Zurich"),
    ("basel", "Europe/Zurich"),
    ("lausanne", "Europe/Zurich"),
    ("washington", "America/New_York"),
    ("washington dc", "America/New_York"),
    ("boston", "America/New_York"),
    ("miami", "America/New_York"),
    ("atlanta", "America/New_York"),
    ("philadelphia", "America/New_York"),
    ("ottawa", "America/Toronto"),
    ("montreal", "America/Toronto"),
    ("san francisco", "America/Los_Angeles"),
    ("seattle", "America/Los_Angeles"),
    ("silicon valley", "America/Los_Angeles"),
    ("houston", "America/Chicago"),
    ("dallas", "America/Chicago"),
    ("brasilia", "America/Sao_Paulo"),
    ("rio de janeiro", "America/Sao_Paulo"),
    ("beijing", "Asia/Shanghai"),
    ("peking", "Asia/Shanghai"),
    ("delhi", "Asia/Kolkata"),
    ("new delhi", "Asia/Kolkata"),
    ("mumbai", "Asia/Kolkata"),
    ("bombay", "Asia/Kolkata"),
    ("bangalore", "Asia/Kolkata"),
    ("bengaluru", "Asia/Kolkata"),
    ("abu dhabi", "Asia/Dubai"),
    ("geneva switzerland", "Europe/Zurich"),
    ("the hague", "Europe/Amsterdam"),
    ("den haag", "Europe/Amsterdam"),
    ("frankfurt", "Europe/Berlin"),
    ("munich", "Europe/Berlin"),
    ("milan", "Europe/Rome"),
    ("barcelona", "Europe/Madrid"),
    ("st petersburg", "Europe/Moscow"),
    ("saint petersburg", "Europe/Moscow"),
    ("kiev", "Europe/Kyiv"),
    ("hanoi", "Asia/Ho_Chi_Minh"),
    ("saigon", "Asia/Ho_Chi_Minh"),
    ("osaka", "Asia/Tokyo"),
    ("kyoto", "Asia/Tokyo"),
    ("canberra", "Australia/Sydney"),
    ("wellington", "Pacific/Auckland"),
    ("cape town", "Africa/Johannesburg"),
    ("pretoria", "Africa/Johannesburg"),
    ("abuja", "Africa/Lagos"),
    ("rabat", "Africa/Casablanca"),
    ("new york city", "America/New_York"),
    ("nyc", "America/New_York"),
    // Capitals whose zone is named after another city, in the other five languages (CLDR names
    // only the city a zone is named after, and those come from it: see `cldr_cities`).
    ("北京", "Asia/Shanghai"),
    ("pekin", "Asia/Shanghai"),
    ("пекин", "Asia/Shanghai"),
    ("بكين", "Asia/Shanghai"),
    ("ginebra", "Europe/Zurich"),
    ("женева", "Europe/Zurich"),
    ("日内瓦", "Europe/Zurich"),
    ("جنيف", "Europe/Zurich"),
    ("berne", "Europe/Zurich"),
    ("berna", "Europe/Zurich"),
    ("берн", "Europe/Zurich"),
    ("伯尔尼", "Europe/Zurich"),
    ("برن", "Europe/Zurich"),
    ("washington d c", "America/New_York"),
    ("вашингтон", "America/New_York"),
    ("华盛顿", "America/New_York"),
    ("واشنطن", "America/New_York"),
    ("nueva delhi", "Asia/Kolkata"),
    ("new delhi", "Asia/Kolkata"),
    ("нью дели", "Asia/Kolkata"),
    ("新德里", "Asia/Kolkata"),
    ("نيودلهي", "Asia/Kolkata"),
    ("оттава", "America/Toronto"),
    ("渥太华", "America/Toronto"),
    ("أوتاوا", "America/Toronto"),
    ("brasilia", "America/Sao_Paulo"),
    ("бразилиа", "America/Sao_Paulo"),
    ("巴西利亚", "America/Sao_Paulo"),
    ("برازيليا", "America/Sao_Paulo"),
    ("санкт петербург", "Europe/Moscow"),
    ("圣彼得堡", "Europe/Moscow"),
    ("سانت بطرسبرغ", "Europe/Moscow"),
    ("la haye", "Europe/Amsterdam"),
    ("la haya", "Europe/Amsterdam"),
    ("гаага", "Europe/Amsterdam"),
    ("海牙", "Europe/Amsterdam"),
    ("لاهاي", "Europe/Amsterdam"),
];

/// Folds case, accents and separators so `Zürich`, `zurich` and `new_york` compare equal.
fn fold(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '_' | '-' | '.' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each zone's city as CLDR names it in each of the six languages (`Москва`, `Londres`,
/// `القاهرة`, `开罗`), folded, with its zone. Several IANA names share one CLDR zone (`Europe/Belfast`
/// is London's); a city leads to the IANA name it is written in (`Europe/London`).
fn cldr_cities() -> Vec<(String, Tz)> {
    let english = exemplar_formatter("en");
    let mut zones: HashMap<TimeZone, Tz> = HashMap::new();
    for tz in TZ_VARIANTS.iter().filter(|tz| tz.name().contains('/') && !tz.name().starts_with("Etc/")) {
        let id = TimeZone::from_iana_id(tz.name());
        if id.is_unknown() {
            continue;
        }
        let named_for_city = english.as_ref().is_some_and(|f| {
            tz.name().rsplit('/').next().map(fold) == Some(fold(&f.format(&id.without_offset()).to_string()))
        });
        if named_for_city {
            zones.insert(id, *tz);
        } else {
            zones.entry(id).or_insert(*tz);
        }
    }
    let mut cities = Vec::new();
    for lang in LANGUAGES {
        let Some(formatter) = exemplar_formatter(lang) else { continue };
        for (id, tz) in &zones {
            cities.push((fold(&formatter.format(&id.without_offset()).to_string()), *tz));
        }
    }
    // The same order on every run, so that a name two zones share always finds the same one.
    cities.sort_by(|a, b| (&a.0, a.1.name()).cmp(&(&b.0, b.1.name())));
    cities.dedup_by(|a, b| a.0 == b.0);
    cities
}

fn exemplar_formatter(lang: &str) -> Option<NoCalendarFormatter<ExemplarCity>> {
    let locale: Locale = lang.parse().ok()?;
    NoCalendarFormatter::try_new(locale.into(), ExemplarCity).ok()
}

/// Every name a zone may be given by, folded, with its zone: aliases first, then IANA names and
/// their last part, then CLDR's cities in the six languages. Made once.
fn candidates() -> &'static [(String, Tz)] {
    static CANDIDATES: OnceLock<Vec<(String, Tz)>> = OnceLock::new();
    CANDIDATES.get_or_init(|| {
        let aliases =
            CITY_ALIASES.iter().filter_map(|(city, zone)| zone.parse::<Tz>().ok().map(|tz| ((*city).to_owned(), tz)));
        let zones = TZ_VARIANTS.iter().flat_map(|tz| {
            let full = fold(tz.name());
            let city = tz.name().rsplit('/').next().map(fold);
            std::iter::once((full, *tz)).chain(city.map(|c| (c, *tz)))
        });
        let mut all: Vec<(String, Tz)> = aliases.chain(zones).collect();
        let known: std::collections::HashSet<String> = all.iter().map(|(name, _)| name.clone()).collect();
        all.extend(cldr_cities().into_iter().filter(|(name, _)| !known.contains(name)));
        all
    })
}

/// The length of the longest name a zone may be given by, folded.
fn longest_name() -> usize {
    static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LONGEST.get_or_init(|| candidates().iter().map(|(c, _)| c.chars().count()).max().unwrap_or(0))
}

/// The outcome of looking a zone up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneLookup {
    Found(Tz),
    /// Not a zone; the closest known name, if one is close.
    Unknown {
        suggestion: Option<String>,
    },
}

/// Finds the zone for an IANA name (`Europe/Zurich`), a city (`Geneva`, `New York`) or `UTC`.
pub fn lookup(name: &str) -> ZoneLookup {
    if let Ok(tz) = name.trim().parse::<Tz>() {
        return ZoneLookup::Found(tz);
    }
    let wanted = fold(name);
    if wanted.is_empty() {
        return ZoneLookup::Unknown { suggestion: None };
    }
    // Nothing three times as long as every name comes close to one (Jaro-Winkler stays under
    // 0.87), and comparing a long text with every name costs time on each command.
    if wanted.chars().count() > 3 * longest_name() {
        return ZoneLookup::Unknown { suggestion: None };
    }
    let mut best: Option<(f64, String)> = None;
    for (candidate, tz) in candidates() {
        if *candidate == wanted {
            return ZoneLookup::Found(*tz);
        }
        let score = strsim::jaro_winkler(candidate, &wanted);
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            let label = if candidate.contains('/') { tz.name().to_owned() } else { title_case(candidate) };
            best = Some((score, label));
        }
    }
    ZoneLookup::Unknown { suggestion: best.filter(|(score, _)| *score >= 0.88).map(|(_, name)| name) }
}

/// Zones whose name or city starts with (better) or contains what was typed so far, as
/// `(label, IANA name)`, for completion menus; at most `limit`, each zone once.
pub fn suggest(typed: &str, limit: usize) -> Vec<(String, String)> {
    let wanted = fold(typed);
    let mut ranked: Vec<(u8, &str, Tz)> = candidates()
        .iter()
        .filter_map(|(candidate, tz)| {
            let rank = if wanted.is_empty() || candidate.starts_with(&wanted) {
                0
            } else if candidate.split(' ').any(|w| w.starts_with(&wanted)) {
                1
            } else if candidate.contains(&wanted) {
                2
            } else {
                return None;
            };
            Some((rank, candidate.as_str(), *tz))
        })
        .collect();
    ranked.sort_by(|a, b| (a.0, a.2.name()).cmp(&(b.0, b.2.name())));
    let mut out: Vec<(String, String)> = Vec::new();
    for (_, candidate, tz) in ranked {
        if out.len() == limit {
            break;
        }
        if out.iter().any(|(_, name)| name == tz.name()) {
            continue;
        }
        let label = if candidate.contains('/') || fold(tz.name()).ends_with(candidate) {
            tz.name().to_owned()
        } else {
            format!("{} ({})", title_case(candidate), tz.name())
        };
        out.push((label, tz.name().to_owned()));
    }
    out
}

fn title_case(folded: &str) -> String {
    folded
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggestions_complete_what_was_typed() {
        let found = super::suggest("gene", 25);
        assert!(
            found.iter().any(|(label, zone)| label == "Geneva (Europe/Zurich)" && zone == "Europe/Zurich"),
            "{found:?}"
        );
        let tokyo = super::suggest("tok", 25);
        assert_eq!(tokyo[0].1, "Asia/Tokyo", "{tokyo:?}");
        assert_eq!(super::suggest("", 25).len(), 25);
        assert!(super::suggest("zzzzqq", 25).is_empty());
        let zones: Vec<_> = super::suggest("new", 25).into_iter().map(|(_, z)| z).collect();
        let unique: std::collections::HashSet<_> = zones.iter().collect();
        assert_eq!(zones.len(), unique.len(), "each zone once");
    }

    use super::*;

    fn found(name: &str) -> &'static str {
        match lookup(name) {
            ZoneLookup::Found(tz) => tz.name(),
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn iana_names_and_cities() {
        assert_eq!(found("Europe/Zurich"), "Europe/Zurich");
        assert_eq!(found("europe/zurich"), "Europe/Zurich");
        assert_eq!(found("Geneva"), "Europe/Zurich");
        assert_eq!(found("Zürich"), "Europe/Zurich");
        assert_eq!(found("New York"), "America/New_York");
        assert_eq!(found("new_york"), "America/New_York");
        assert_eq!(found("Tokyo"), "Asia/Tokyo");
        assert_eq!(found("UTC"), "UTC");
        assert_eq!(found("beijing"), "Asia/Shanghai");
    }

    #[test]
    fn cities_in_each_of_the_six_languages() {
        assert_eq!(found("Москва"), "Europe/Moscow");
        assert_eq!(found("москва"), "Europe/Moscow");
        assert_eq!(found("北京"), "Asia/Shanghai");
        assert_eq!(found("上海"), "Asia/Shanghai");
        assert_eq!(found("Londres"), "Europe/London");
        assert_eq!(found("القاهرة"), "Africa/Cairo");
        assert_eq!(found("Le Caire"), "Africa/Cairo");
        assert_eq!(found("Nueva York"), "America/New_York");
        assert_eq!(found("Zúrich"), "Europe/Zurich");
        assert_eq!(found("Цюрих"), "Europe/Zurich");
        assert_eq!(found("Женева"), "Europe/Zurich");
        assert_eq!(found("东京"), "Asia/Tokyo");
        assert_eq!(found("Pékin"), "Asia/Shanghai");
    }

    #[test]
    fn typos_get_a_suggestion_and_nonsense_does_not() {
        assert_eq!(lookup("Europe/Zurch"), ZoneLookup::Unknown { suggestion: Some("Europe/Zurich".into()) });
        assert_eq!(lookup("Genva"), ZoneLookup::Unknown { suggestion: Some("Geneva".into()) });
        assert_eq!(lookup("qqqqqqqqqqqqqqqqqqq"), ZoneLookup::Unknown { suggestion: None });
        assert_eq!(lookup("\u{200B}"), ZoneLookup::Unknown { suggestion: None });
    }

    #[test]
    fn a_text_far_longer_than_any_name_is_not_compared_with_each() {
        // Why it need not be: even starting with the longest name, it scores under the bar.
        let longest = candidates().iter().map(|(c, _)| c).max_by_key(|c| c.chars().count()).unwrap();
        assert_eq!(longest.chars().count(), longest_name());
        let padded = format!("{longest}{}", "x".repeat(2 * longest_name() + 1));
        assert!(strsim::jaro_winkler(&longest, &padded) < 0.88);
        assert_eq!(lookup(&padded), ZoneLookup::Unknown { suggestion: None });
        assert_eq!(lookup(&"Europe/Zurich ".repeat(400)), ZoneLookup::Unknown { suggestion: None });
    }
}
