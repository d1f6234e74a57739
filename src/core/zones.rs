//! Time-zone names as people write them: IANA names, city names in the six languages,
//! abbreviations and UTC offsets, and a suggestion on a typo.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{NaiveDate, Offset, TimeZone};
use chrono_tz::{TZ_VARIANTS, Tz};
use icu_datetime::NoCalendarFormatter;
use icu_datetime::fieldsets::zone::ExemplarCity;
use icu_locale_core::Locale;
use icu_time::TimeZone as CldrZone;

use crate::i18n::LANGUAGES;

use super::reply::Msg;

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

/// Abbreviations people write for a zone, with the offset each names (minutes east of UTC) and
/// the zone of the place people who write it usually mean.
const ABBREVIATIONS: &[(&str, i32, &str)] = &[
    ("GMT", 0, "Europe/London"),
    ("BST", 60, "Europe/London"),
    ("WET", 0, "Europe/Lisbon"),
    ("WEST", 60, "Europe/Lisbon"),
    ("CET", 60, "Europe/Paris"),
    ("CEST", 120, "Europe/Paris"),
    ("MET", 60, "Europe/Paris"),
    ("MEST", 120, "Europe/Paris"),
    ("EET", 120, "Europe/Athens"),
    ("EEST", 180, "Europe/Athens"),
    ("MSK", 180, "Europe/Moscow"),
    ("WAT", 60, "Africa/Lagos"),
    ("CAT", 120, "Africa/Maputo"),
    ("EAT", 180, "Africa/Nairobi"),
    ("SAST", 120, "Africa/Johannesburg"),
    ("GST", 240, "Asia/Dubai"),
    ("PKT", 300, "Asia/Karachi"),
    ("IST", 330, "Asia/Kolkata"),
    ("ICT", 420, "Asia/Bangkok"),
    ("WIB", 420, "Asia/Jakarta"),
    ("HKT", 480, "Asia/Hong_Kong"),
    ("SGT", 480, "Asia/Singapore"),
    ("AWST", 480, "Australia/Perth"),
    ("JST", 540, "Asia/Tokyo"),
    ("KST", 540, "Asia/Seoul"),
    ("ACST", 570, "Australia/Adelaide"),
    ("ACDT", 630, "Australia/Adelaide"),
    ("AEST", 600, "Australia/Sydney"),
    ("AEDT", 660, "Australia/Sydney"),
    ("NZST", 720, "Pacific/Auckland"),
    ("NZDT", 780, "Pacific/Auckland"),
    ("HST", -600, "Pacific/Honolulu"),
    ("AKST", -540, "America/Anchorage"),
    ("AKDT", -480, "America/Anchorage"),
    ("PST", -480, "America/Los_Angeles"),
    ("PDT", -420, "America/Los_Angeles"),
    ("MST", -420, "America/Denver"),
    ("MDT", -360, "America/Denver"),
    ("CST", -360, "America/Chicago"),
    ("CDT", -300, "America/Chicago"),
    ("EST", -300, "America/New_York"),
    ("EDT", -240, "America/New_York"),
    ("AST", -240, "America/Halifax"),
    ("ADT", -180, "America/Halifax"),
    ("NST", -210, "America/St_Johns"),
    ("NDT", -150, "America/St_Johns"),
    ("BRT", -180, "America/Sao_Paulo"),
    ("ART", -180, "America/Argentina/Buenos_Aires"),
];

/// For a bare offset (`UTC+2`), the zone of the place whose standard time it is that people
/// most often mean; none for -12:00, where nobody lives.
const USUAL_BY_OFFSET: &[(i32, &str)] = &[
    (-660, "Pacific/Pago_Pago"),
    (-600, "Pacific/Honolulu"),
    (-570, "Pacific/Marquesas"),
    (-540, "America/Anchorage"),
    (-480, "America/Los_Angeles"),
    (-420, "America/Denver"),
    (-360, "America/Chicago"),
    (-300, "America/New_York"),
    (-240, "America/Halifax"),
    (-210, "America/St_Johns"),
    (-180, "America/Sao_Paulo"),
    (-120, "America/Noronha"),
    (-60, "Atlantic/Azores"),
    (0, "Europe/London"),
    (60, "Europe/Paris"),
    (120, "Europe/Athens"),
    (180, "Europe/Moscow"),
    (210, "Asia/Tehran"),
    (240, "Asia/Dubai"),
    (270, "Asia/Kabul"),
    (300, "Asia/Karachi"),
    (330, "Asia/Kolkata"),
    (345, "Asia/Kathmandu"),
    (360, "Asia/Dhaka"),
    (390, "Asia/Yangon"),
    (420, "Asia/Bangkok"),
    (480, "Asia/Shanghai"),
    (525, "Australia/Eucla"),
    (540, "Asia/Tokyo"),
    (570, "Australia/Adelaide"),
    (600, "Australia/Sydney"),
    (630, "Australia/Lord_Howe"),
    (660, "Pacific/Noumea"),
    (720, "Pacific/Auckland"),
    (765, "Pacific/Chatham"),
    (780, "Pacific/Tongatapu"),
    (840, "Pacific/Kiritimati"),
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
    let mut zones: HashMap<CldrZone, Tz> = HashMap::new();
    for tz in TZ_VARIANTS.iter().filter(|tz| tz.name().contains('/') && !tz.name().starts_with("Etc/")) {
        let id = CldrZone::from_iana_id(tz.name());
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

/// The zone of each folded name, the first candidate of a name winning.
fn by_name() -> &'static HashMap<String, Tz> {
    static BY_NAME: OnceLock<HashMap<String, Tz>> = OnceLock::new();
    BY_NAME.get_or_init(|| {
        let mut names = HashMap::new();
        for (name, tz) in candidates() {
            names.entry(name.clone()).or_insert(*tz);
        }
        names
    })
}

/// The length of the longest name a zone may be given by, folded.
fn longest_name() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| candidates().iter().map(|(c, _)| c.chars().count()).max().unwrap_or(0))
}

/// The outcome of looking a zone up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneLookup {
    Found(Tz),
    /// An abbreviation or a UTC offset, taken as the fixed offset it names.
    Fixed(FixedZone),
    /// Not a zone; the closest known name, if one is close.
    Unknown {
        suggestion: Option<String>,
    },
}

/// A zone that keeps one offset all year (`EST`, `UTC+2`, `Etc/GMT-3`): it never changes for
/// summer time, which is seldom what the person who wrote it wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedZone {
    pub tz: Tz,
    /// Minutes east of UTC.
    pub offset: i32,
    /// The zone of the place people who write it usually mean, which follows that place's rules.
    pub usual: Option<Tz>,
}

impl FixedZone {
    /// The offset as people read it: `UTC+02:00`, `UTC-05:00`.
    pub fn offset_label(&self) -> String {
        offset_label(self.offset)
    }

    /// The line a reply adds when `given` was accepted as this fixed offset.
    pub fn caution(&self, given: &str) -> Msg {
        let msg = match self.usual {
            Some(usual) => Msg::new("zone-fixed-offset").code("zone", usual.name()),
            None => Msg::new("zone-fixed-offset-nowhere"),
        };
        msg.text("given", given.trim()).code("offset", self.offset_label())
    }
}

/// `UTC+02:00`, `UTC-05:00`: an offset of `minutes` east of UTC as people read it.
pub fn offset_label(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    format!("UTC{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60)
}

/// The offset of `tz` at `date`'s noon UTC, in minutes east of UTC.
fn offset_on(tz: Tz, date: NaiveDate) -> i32 {
    let noon = date.and_hms_opt(12, 0, 0).expect("noon exists");
    tz.offset_from_utc_datetime(&noon).fix().local_minus_utc() / 60
}

/// The zone that is `minutes` east of UTC all year: the one of the same name when the zone
/// database has it fixed (`EST`, `GMT`), else `Etc/GMT∓N`, which exists for whole hours only.
fn fixed_zone(name: &str, minutes: i32) -> Option<Tz> {
    let constant = |tz: Tz| {
        [(1, 15), (4, 15), (7, 15), (10, 15)]
            .iter()
            .filter_map(|(m, d)| NaiveDate::from_ymd_opt(2026, *m, *d))
            .all(|date| offset_on(tz, date) == minutes)
    };
    if let Some(tz) = name.parse::<Tz>().ok().filter(|tz| constant(*tz)) {
        return Some(tz);
    }
    if minutes % 60 != 0 {
        return None;
    }
    // The zone database's sign is the POSIX one: Etc/GMT-2 is two hours east of UTC.
    let hours = minutes / 60;
    let name = if hours == 0 { "Etc/UTC".to_owned() } else { format!("Etc/GMT{:+}", -hours) };
    name.parse::<Tz>().ok().filter(|tz| constant(*tz))
}

/// `minutes` east of UTC as a zone: the fixed zone when there is one, else refused with the
/// zone people usually mean.
fn fixed(name: &str, minutes: i32, usual: Option<&str>) -> ZoneLookup {
    let usual = usual
        .or_else(|| USUAL_BY_OFFSET.iter().find(|(m, _)| *m == minutes).map(|(_, zone)| *zone))
        .and_then(|zone| zone.parse::<Tz>().ok());
    match fixed_zone(name, minutes) {
        Some(tz) => ZoneLookup::Fixed(FixedZone { tz, offset: minutes, usual }),
        None => ZoneLookup::Unknown { suggestion: usual.map(|tz| tz.name().to_owned()) },
    }
}

/// `UTC+2`, `GMT-5`, `UTC+05:30`, `utc+0200`: minutes east of UTC, or `None` when `value` is
/// not written as an offset.
fn parse_offset(value: &str) -> Option<i32> {
    let upper = value.trim().to_uppercase();
    let rest = upper.strip_prefix("UTC").or_else(|| upper.strip_prefix("GMT"))?;
    let (sign, rest) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        '\u{2212}' => (-1, &rest['\u{2212}'.len_utf8()..]),
        _ => return None,
    };
    let (hours, minutes) = match rest.split_once(':') {
        Some((h, m)) => (h, m),
        None if rest.len() > 2 => rest.split_at(rest.len() - 2),
        None => (rest, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    let total = sign * (hours * 60 + minutes);
    (minutes < 60 && (-12 * 60..=14 * 60).contains(&total)).then_some(total)
}

/// A zone found by name, unless it is one of the zone database's fixed offsets (`Etc/GMT-3`,
/// `EST`), which are read as the offsets they are.
fn classify(tz: Tz) -> ZoneLookup {
    if let Some((abbreviation, minutes, usual)) = ABBREVIATIONS.iter().find(|(a, _, _)| *a == tz.name()) {
        return fixed(abbreviation, *minutes, Some(usual));
    }
    match tz.name().strip_prefix("Etc/GMT").and_then(|n| n.parse::<i32>().ok()) {
        Some(hours) if hours != 0 => fixed(tz.name(), -hours * 60, None),
        _ => ZoneLookup::Found(tz),
    }
}

/// The zone `name` names exactly, if it names one: an abbreviation written in capitals, an
/// offset, an IANA name, or a city, whatever the case and accents.
fn known(name: &str) -> Option<ZoneLookup> {
    let trimmed = name.trim();
    if let Some((abbreviation, minutes, usual)) = ABBREVIATIONS.iter().find(|(a, _, _)| *a == trimmed) {
        return Some(fixed(abbreviation, *minutes, Some(usual)));
    }
    if let Some(minutes) = parse_offset(trimmed) {
        return Some(if minutes == 0 { ZoneLookup::Found(Tz::UTC) } else { fixed(trimmed, minutes, None) });
    }
    let tz = trimmed.parse::<Tz>().ok().or_else(|| by_name().get(&fold(name)).copied())?;
    Some(classify(tz))
}

/// Whether `name` is a zone, found or fixed (no suggestion is sought).
pub fn is_known(name: &str) -> bool {
    known(name).is_some_and(|found| !matches!(found, ZoneLookup::Unknown { .. }))
}

/// Finds the zone for an IANA name (`Europe/Zurich`), a city (`Geneva`, `New York`), `UTC`, an
/// abbreviation written in capitals (`EST`) or a UTC offset (`UTC+2`); the last two are fixed
/// offsets.
pub fn lookup(name: &str) -> ZoneLookup {
    if let Some(found) = known(name) {
        return found;
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

    fn fixed(name: &str) -> FixedZone {
        match lookup(name) {
            ZoneLookup::Fixed(fixed) => fixed,
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn abbreviations_and_offsets_are_fixed_offsets_with_the_zone_people_mean() {
        let est = fixed("EST");
        assert_eq!((est.tz.name(), est.offset_label().as_str()), ("EST", "UTC-05:00"));
        assert_eq!(est.usual, Some(chrono_tz::America::New_York));
        let cest = fixed("CEST");
        assert_eq!((cest.tz.name(), cest.offset), ("Etc/GMT-2", 120));
        assert_eq!(cest.usual, Some(chrono_tz::Europe::Paris));
        // CET in the zone database follows summer time; written by a person, it names UTC+1.
        assert_eq!(fixed("CET").tz.name(), "Etc/GMT-1");
        assert_eq!(fixed("cet").tz.name(), "Etc/GMT-1");
        assert_eq!(fixed("PST").tz.name(), "Etc/GMT+8");
        assert_eq!(fixed("GMT").usual, Some(chrono_tz::Europe::London));
        let plus_two = fixed("UTC+2");
        assert_eq!((plus_two.tz.name(), plus_two.usual), ("Etc/GMT-2", Some(chrono_tz::Europe::Athens)));
        assert_eq!(fixed("utc-5").tz.name(), "Etc/GMT+5");
        assert_eq!(fixed("GMT+03:00").tz.name(), "Etc/GMT-3");
        assert_eq!(fixed("UTC\u{2212}0300").tz.name(), "Etc/GMT+3");
        assert_eq!(fixed("UTC+14").tz.name(), "Etc/GMT-14");
        assert_eq!(fixed("Etc/GMT-3").offset, 180);
        assert_eq!(fixed("Etc/GMT+12").usual, None);
        assert_eq!(found("UTC+0"), "UTC");
        assert_eq!(found("Etc/GMT"), "Etc/GMT");
        // Half hours have no fixed zone in the database: the zone people mean is suggested.
        assert_eq!(lookup("UTC+05:30"), ZoneLookup::Unknown { suggestion: Some("Asia/Kolkata".into()) });
        assert_eq!(lookup("IST"), ZoneLookup::Unknown { suggestion: Some("Asia/Kolkata".into()) });
        for not_offsets in ["UTC+15", "UTC+2:75", "UTC+", "UTC2", "UTC+123456"] {
            assert!(matches!(lookup(not_offsets), ZoneLookup::Unknown { .. }), "{not_offsets}");
        }
        // Abbreviations are recognised in capitals only: `eat` and `art` are words.
        assert!(matches!(lookup("eat"), ZoneLookup::Unknown { .. }));
        assert!(matches!(lookup("art"), ZoneLookup::Unknown { .. }));
        assert_eq!(fixed("EST").caution("EST").key, "zone-fixed-offset");
        assert_eq!(fixed("Etc/GMT+12").caution("Etc/GMT+12").key, "zone-fixed-offset-nowhere");
    }

    #[test]
    fn a_text_far_longer_than_any_name_is_not_compared_with_each() {
        // Why it need not be: even starting with the longest name, it scores under the bar.
        let longest = candidates().iter().map(|(c, _)| c).max_by_key(|c| c.chars().count()).unwrap();
        assert_eq!(longest.chars().count(), longest_name());
        let padded = format!("{longest}{}", "x".repeat(2 * longest_name() + 1));
        assert!(strsim::jaro_winkler(longest, &padded) < 0.88);
        assert_eq!(lookup(&padded), ZoneLookup::Unknown { suggestion: None });
        assert_eq!(lookup(&"Europe/Zurich ".repeat(400)), ZoneLookup::Unknown { suggestion: None });
    }
}
