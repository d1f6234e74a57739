//! Repeating schedules as people write them (cron or phrases), computed in a zone's wall-clock time.
//!
//! Occurrences are enumerated on the naive local clock and only then placed in the zone, so a
//! series keeps its local time across DST switches: a local time that falls in a spring-forward
//! gap is moved forward by the length of the gap (02:30 becomes 03:30), and one that occurs twice
//! in a fall-back hour fires once, at the earlier instant. The next occurrence is always computed
//! from the local time of the last one, never from "now", so none is skipped or repeated.

use std::str::FromStr;

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use cron::Schedule;

use super::error::ParseError;

const DAY_NAMES: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const LONG_DAY_NAMES: [&str; 7] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/// A repeating schedule. Holds up to two cron schedules because standard cron fires when either
/// the day of month or the weekday matches, while the cron crate requires both.
#[derive(Debug, Clone)]
pub struct Recurrence {
    /// The standard five-field form, stored and shown.
    pub expression: String,
    schedules: Vec<Schedule>,
}

impl PartialEq for Recurrence {
    fn eq(&self, other: &Self) -> bool {
        self.expression == other.expression
    }
}

fn bad_cron(value: &str, field: Option<&'static str>) -> ParseError {
    ParseError::BadCron { value: value.to_owned(), field }
}

const MONTH_NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Checks one numeric field (`*`, `a`, `a-b`, any of them `/step`, comma-separated) against its range,
/// so a mistake is named by field instead of surfacing the cron crate's own wording.
fn check_field(expr: &str, field: &'static str, text: &str, min: u32, max: u32) -> Result<(), ParseError> {
    let bad = || bad_cron(expr, Some(field));
    let value = |word: &str| -> Result<u32, ParseError> {
        let lower = word.to_ascii_lowercase();
        let n = match lower.parse::<u32>() {
            Ok(n) => n,
            Err(_) if field == "month" => MONTH_NAMES.iter().position(|m| *m == lower).ok_or_else(bad)? as u32 + 1,
            Err(_) => return Err(bad()),
        };
        if (min..=max).contains(&n) { Ok(n) } else { Err(bad()) }
    };
    for item in text.split(',') {
        let range = match item.split_once('/') {
            Some((range, step)) => {
                step.parse::<u32>().ok().filter(|s| *s > 0).ok_or_else(bad)?;
                range
            }
            None => item,
        };
        match range {
            "*" | "?" => {}
            _ => match range.split_once('-') {
                Some((a, b)) if value(a)? <= value(b)? => {}
                Some(_) => return Err(bad()),
                None => {
                    value(range)?;
                }
            },
        }
    }
    Ok(())
}

fn weekday_number(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    if let Ok(n) = lower.parse::<u32>() {
        return (n <= 7).then_some(n % 7);
    }
    DAY_NAMES.iter().position(|d| *d == lower).map(|i| i as u32)
}

/// Standard weekday field (0 or 7 = Sunday, names allowed) → the set of days, Sunday = 0.
fn weekday_set(field: &str, expr: &str) -> Result<[bool; 7], ParseError> {
    let mut days = [false; 7];
    for item in field.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((r, s)) => {
                (r, s.parse::<u32>().ok().filter(|s| *s > 0).ok_or_else(|| bad_cron(expr, Some("weekday")))?)
            }
            None => (item, 1),
        };
        let (first, last) = if range == "*" {
            (0, 6)
        } else if let Some((a, b)) = range.split_once('-') {
            let a = weekday_number(a).ok_or_else(|| bad_cron(expr, Some("weekday")))?;
            // `5-7` means Friday to Sunday: keep 7 as the end of the week.
            let b = if b == "7" { 7 } else { weekday_number(b).ok_or_else(|| bad_cron(expr, Some("weekday")))? };
            if b < a {
                return Err(bad_cron(expr, Some("weekday")));
            }
            (a, b)
        } else {
            let a = weekday_number(range).ok_or_else(|| bad_cron(expr, Some("weekday")))?;
            (a, if item.contains('/') { 6 } else { a })
        };
        let mut day = first;
        while day <= last {
            days[(day % 7) as usize] = true;
            day += step;
        }
    }
    Ok(days)
}

impl Recurrence {
    /// Parses the five standard fields `minute hour day-of-month month weekday`.
    pub fn from_cron(expr: &str) -> Result<Self, ParseError> {
        let fields: Vec<&str> = expr.split_whitespace().collect();
        if fields.len() != 5 {
            return Err(bad_cron(expr, None));
        }
        check_field(expr, "minute", fields[0], 0, 59)?;
        check_field(expr, "hour", fields[1], 0, 23)?;
        check_field(expr, "day", fields[2], 1, 31)?;
        check_field(expr, "month", fields[3], 1, 12)?;
        let days = weekday_set(fields[4], expr)?;
        // The crate numbers weekdays from 1 = Sunday.
        let crate_days = if fields[4] == "*" {
            "*".to_owned()
        } else {
            (0..7).filter(|d| days[*d]).map(|d| (d + 1).to_string()).collect::<Vec<_>>().join(",")
        };
        let build = |dom: &str, dow: &str| {
            Schedule::from_str(&format!("0 {} {} {} {} {}", fields[0], fields[1], dom, fields[3], dow))
                .map_err(|_| bad_cron(expr, None))
        };
        let dom_restricted = fields[2] != "*" && fields[2] != "?";
        let dow_restricted = fields[4] != "*" && fields[4] != "?";
        let schedules = if dom_restricted && dow_restricted {
            vec![build(fields[2], "*")?, build("*", &crate_days)?]
        } else {
            vec![build(fields[2], &crate_days)?]
        };
        let recurrence = Self { expression: fields.join(" "), schedules };
        // An expression that never fires (31 February) is a mistake, not a schedule.
        let probe = NaiveDateTime::parse_from_str("2000-01-01 00:00", "%Y-%m-%d %H:%M").expect("fixed date");
        if recurrence.next_local_after(probe).is_none() {
            return Err(ParseError::NeverFires);
        }
        Ok(recurrence)
    }

    /// Parses a phrase: `every day|weekday|weekend|monday[,friday]… at HH:MM`,
    /// `every hour`, `every month on the 15 at HH:MM`.
    pub fn from_phrase(phrase: &str) -> Result<Self, ParseError> {
        let bad = || ParseError::BadRepeat { value: phrase.to_owned() };
        let lower = phrase.trim().to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let rest = match words.first() {
            Some(&"every") => &words[1..],
            _ => return Err(bad()),
        };
        let (what, at) = match rest.iter().position(|w| *w == "at") {
            Some(i) => (&rest[..i], rest.get(i + 1..).unwrap_or(&[])),
            None => (rest, &[][..]),
        };
        let time = match at {
            [t] => Some(NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| bad())?),
            [] => None,
            _ => return Err(bad()),
        };
        let (minute, hour) = time.map(|t| (chrono::Timelike::minute(&t), chrono::Timelike::hour(&t))).unwrap_or((0, 9));
        let expr = match what {
            ["hour"] if time.is_none() => "0 * * * *".to_owned(),
            ["day"] => format!("{minute} {hour} * * *"),
            ["weekday"] => format!("{minute} {hour} * * 1-5"),
            ["weekend"] => format!("{minute} {hour} * * 0,6"),
            ["month", "on", "the", day] | ["month", "on", day] => {
                let day: String = day.chars().take_while(|c| c.is_ascii_digit()).collect();
                match day.parse::<u32>() {
                    Ok(d) if (1..=31).contains(&d) => format!("{minute} {hour} {d} * *"),
                    _ => return Err(bad()),
                }
            }
            days if !days.is_empty() => {
                let mut numbers = Vec::new();
                for word in days.iter().flat_map(|w| w.split(',')).filter(|w| !w.is_empty() && *w != "and") {
                    let word = word.trim_end_matches('s');
                    let n = LONG_DAY_NAMES
                        .iter()
                        .position(|d| d.trim_end_matches('s') == word || &d[..3] == word)
                        .ok_or_else(bad)?;
                    numbers.push(n.to_string());
                }
                format!("{minute} {hour} * * {}", numbers.join(","))
            }
            _ => return Err(bad()),
        };
        Self::from_cron(&expr).map_err(|_| bad())
    }

    /// The first wall-clock time strictly after `local`.
    pub fn next_local_after(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        let start = Utc.from_utc_datetime(&local);
        self.schedules.iter().filter_map(|s| s.after(&start).next()).min().map(|t| t.naive_utc())
    }

    /// The first occurrence strictly after the instant `after`, as (local wall time, instant).
    pub fn next_after(&self, zone: Tz, after: DateTime<Utc>) -> Option<(NaiveDateTime, DateTime<Utc>)> {
        // Step back a little on the local clock so that an occurrence placed late by a gap is not lost.
        let mut local = after.with_timezone(&zone).naive_local() - Duration::hours(3);
        loop {
            local = self.next_local_after(local)?;
            let instant = place_local(zone, local);
            if instant > after {
                return Some((local, instant));
            }
        }
    }
}

/// Places a wall-clock time in a zone: a time in a gap moves forward by the gap's length, a time
/// that occurs twice takes the earlier instant.
pub fn place_local(zone: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            let before = zone
                .from_local_datetime(&(local - Duration::hours(4)))
                .earliest()
                .map(|t| t.offset().fix())
                .unwrap_or_else(|| Utc.fix());
            Utc.from_utc_datetime(&(local - before))
        }
    }
}

/// The instant a person means by a future wall-clock time in a zone, or the message that tells
/// them why there is none (it falls in a spring-forward gap, or it has passed).
pub fn planned_instant(
    zone: Tz,
    local: NaiveDateTime,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, crate::core::error::UserError> {
    use crate::core::error::UserError;
    use crate::core::reply::Msg;
    let refuse = |key: &str| {
        UserError::Refused(
            Msg::new(key).code("time", local.format("%Y-%m-%d %H:%M").to_string()).code("zone", zone.name()),
        )
    };
    if local_kind(zone, local) == LocalKind::Gap {
        return Err(refuse("err-time-in-gap"));
    }
    let at = place_local(zone, local);
    if at <= now {
        return Err(refuse("err-past-time"));
    }
    Ok(at)
}

/// How a wall-clock time exists in a zone, for messages that must tell the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalKind {
    Normal,
    /// Skipped by a spring-forward switch.
    Gap,
    /// Occurs twice in a fall-back switch.
    Ambiguous,
}

pub fn local_kind(zone: Tz, local: NaiveDateTime) -> LocalKind {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(_) => LocalKind::Normal,
        LocalResult::Ambiguous(..) => LocalKind::Ambiguous,
        LocalResult::None => LocalKind::Gap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Weekday};

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn series(r: &Recurrence, zone: Tz, from: &str, n: usize) -> Vec<DateTime<Utc>> {
        let mut at = utc(from);
        (0..n)
            .map(|_| {
                at = r.next_after(zone, at).unwrap().1;
                at
            })
            .collect()
    }

    #[test]
    fn one_to_five_means_monday_to_friday() {
        let r = Recurrence::from_cron("0 9 * * 1-5").unwrap();
        let days: Vec<Weekday> = series(&r, Tz::UTC, "2026-11-22T12:00:00Z", 7).iter().map(|t| t.weekday()).collect();
        use Weekday::*;
        assert_eq!(days, [Mon, Tue, Wed, Thu, Fri, Mon, Tue]);
    }

    #[test]
    fn sunday_is_zero_or_seven_and_names_work() {
        for expr in ["0 9 * * 0", "0 9 * * 7", "0 9 * * sun", "0 9 * * SUN"] {
            let r = Recurrence::from_cron(expr).unwrap();
            assert!(
                series(&r, Tz::UTC, "2026-11-23T00:00:00Z", 3).iter().all(|t| t.weekday() == Weekday::Sun),
                "{expr}"
            );
        }
        let r = Recurrence::from_cron("0 9 * * 5-7").unwrap();
        let days: Vec<Weekday> = series(&r, Tz::UTC, "2026-11-23T00:00:00Z", 3).iter().map(|t| t.weekday()).collect();
        assert_eq!(days, [Weekday::Fri, Weekday::Sat, Weekday::Sun]);
    }

    #[test]
    fn day_of_month_or_weekday_as_in_standard_cron() {
        let r = Recurrence::from_cron("0 9 13 * 5").unwrap();
        let got = series(&r, Tz::UTC, "2026-11-01T00:00:00Z", 4);
        let days: Vec<u32> = got.iter().map(|t| t.day()).collect();
        assert_eq!(days, [6, 13, 20, 27]);
    }

    #[test]
    fn malformed_cron_is_refused() {
        for bad in ["", "0 9 * *", "0 0 9 * * 1", "61 9 * * *", "0 9 * * 8", "0 9 31 2 *", "x y z a b", "0 9 * * 5-2"] {
            assert!(Recurrence::from_cron(bad).is_err(), "{bad}");
        }
        let field = |e: &str| match Recurrence::from_cron(e) {
            Err(ParseError::BadCron { field, .. }) => field,
            other => panic!("{e}: {other:?}"),
        };
        assert_eq!(field("0 25 * * *"), Some("hour"));
        assert_eq!(field("60 9 * * *"), Some("minute"));
        assert_eq!(field("0 9 0 * *"), Some("day"));
        assert_eq!(field("0 9 * 13 *"), Some("month"));
        assert_eq!(field("0 9 * * mon-blursday"), Some("weekday"));
        assert_eq!(field("0 9 * *"), None);
        assert!(Recurrence::from_cron("*/15 9-17 1,15 jan-jun mon-fri").is_ok());
    }

    #[test]
    fn phrases() {
        assert_eq!(Recurrence::from_phrase("every weekday at 09:00").unwrap().expression, "0 9 * * 1-5");
        assert_eq!(Recurrence::from_phrase("Every Monday, Thursday at 17:30").unwrap().expression, "30 17 * * 1,4");
        assert_eq!(Recurrence::from_phrase("every day at 8:15").unwrap().expression, "15 8 * * *");
        assert_eq!(Recurrence::from_phrase("every month on the 1st at 10:00").unwrap().expression, "0 10 1 * *");
        assert!(Recurrence::from_phrase("every blursday at 10:00").is_err());
        assert!(Recurrence::from_phrase("sometimes").is_err());
        assert!(Recurrence::from_phrase("every day at 25:00").is_err());
    }

    #[test]
    fn zurich_keeps_local_time_across_both_switches() {
        let zone: Tz = "Europe/Zurich".parse().unwrap();
        let r = Recurrence::from_cron("0 14 * * 4").unwrap();
        for t in series(&r, zone, "2026-03-01T00:00:00Z", 40) {
            assert_eq!(t.with_timezone(&zone).format("%a %H:%M").to_string(), "Thu 14:00");
        }
    }

    #[test]
    fn spring_gap_fires_once_moved_forward() {
        let zone: Tz = "Europe/Zurich".parse().unwrap();
        // 29 March 2026: 02:00 → 03:00 local.
        let r = Recurrence::from_cron("30 2 * * *").unwrap();
        let got = series(&r, zone, "2026-03-27T12:00:00Z", 4);
        let local: Vec<String> = got.iter().map(|t| t.with_timezone(&zone).format("%d %H:%M").to_string()).collect();
        assert_eq!(local, ["28 02:30", "29 03:30", "30 02:30", "31 02:30"]);
        assert_eq!(local_kind(zone, "2026-03-29T02:30:00".parse().unwrap()), LocalKind::Gap);
    }

    #[test]
    fn fall_back_hour_fires_once() {
        let zone: Tz = "Europe/Zurich".parse().unwrap();
        // 25 October 2026: 03:00 → 02:00 local; 02:30 happens twice.
        let r = Recurrence::from_cron("30 2 * * *").unwrap();
        let got = series(&r, zone, "2026-10-24T12:00:00Z", 2);
        assert_eq!(got, [utc("2026-10-25T00:30:00Z"), utc("2026-10-26T01:30:00Z")]);
        let hourly = Recurrence::from_cron("0 * * * *").unwrap();
        let got = series(&hourly, zone, "2026-10-24T22:30:00Z", 4);
        let hours: Vec<String> = got.iter().map(|t| t.with_timezone(&zone).format("%H:%M %Z").to_string()).collect();
        assert_eq!(hours, ["01:00 CEST", "02:00 CEST", "03:00 CET", "04:00 CET"]);
        assert_eq!(local_kind(zone, "2026-10-25T02:30:00".parse().unwrap()), LocalKind::Ambiguous);
    }
}
