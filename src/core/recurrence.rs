//! Repeating schedules as people write them (cron, phrases or RFC 5545 rules), computed in a
//! zone's wall-clock time.
//!
//! Occurrences are enumerated on the naive local clock and only then placed in the zone, so a
//! series keeps its local time across DST switches: a local time that falls in a spring-forward
//! gap is moved forward by the length of the gap (02:30 becomes 03:30), and one that occurs twice
//! in a fall-back hour fires once, at the earlier instant. The next occurrence is always computed
//! from the local time of the last one, never from "now", so none is skipped or repeated.
//!
//! A schedule is either cron (standard five fields, or six with a leading seconds field of 0) or
//! a [`Rule`] for what cron cannot say (every N days, weeks or months; the first Thursday of the
//! month). Its stored text, [`Recurrence::expression`], is the five cron fields or the rule's
//! RFC 5545 `RRULE` value (`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=14;BYMINUTE=0`);
//! [`Recurrence::from_stored`] reads either back.

use std::str::FromStr;

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike, Utc,
    Weekday,
};
use chrono_tz::Tz;
use cron::Schedule;

use super::error::ParseError;
use super::reply::Msg;

const DAY_NAMES: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const LONG_DAY_NAMES: [&str; 7] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH_NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/// RFC 5545 weekday codes, Sunday first like cron.
const RRULE_DAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
/// The largest "every N days|weeks|months".
pub const MAX_INTERVAL: u32 = 99;
/// Periods a rule may step through looking for its next occurrence (a 31st every 12 months from
/// February never comes).
const MAX_PERIODS: u32 = 10_000;

/// A repeating schedule.
#[derive(Debug, Clone)]
pub struct Recurrence {
    /// The stored text: five cron fields, or an RFC 5545 RRULE value for a rule.
    pub expression: String,
    kind: Kind,
}

impl PartialEq for Recurrence {
    fn eq(&self, other: &Self) -> bool {
        self.expression == other.expression
    }
}

#[derive(Debug, Clone)]
enum Kind {
    Cron(Cron),
    Rule(Rule),
}

/// A cron schedule. Holds up to two cron-crate schedules because standard cron fires when
/// either the day of month or the weekday matches, while the crate requires both; keeps each
/// field's values to say it as an RRULE.
#[derive(Debug, Clone)]
struct Cron {
    schedules: Vec<Schedule>,
    minutes: Vec<u32>,
    hours: Vec<u32>,
    days: Option<Vec<u32>>,
    months: Vec<u32>,
    /// Sunday = 0.
    weekdays: Option<Vec<u32>>,
}

/// What cron cannot say: every `interval` days, weeks or months, at one local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub interval: u32,
    pub period: Period,
    pub time: NaiveTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Period {
    Days,
    /// On these weekdays (in week order, Monday first); none: the weekday of the last occurrence.
    Weeks(Vec<Weekday>),
    Months(MonthDay),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthDay {
    /// The day of the month (1–31); months without it are passed over.
    Day(u32),
    /// The nth weekday (1–5), or the last one (-1); months without a fifth are passed over.
    Nth(i8, Weekday),
}

fn bad_cron(value: &str, field: Option<&'static str>) -> ParseError {
    ParseError::BadCron { value: value.to_owned(), field }
}

/// Expands one numeric field (`*`, `a`, `a-b`, any of them `/step`, comma-separated) within its
/// range, so a mistake is named by field instead of surfacing the cron crate's own wording.
fn field_values(expr: &str, field: &'static str, text: &str, min: u32, max: u32) -> Result<Vec<u32>, ParseError> {
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
    let mut values = Vec::new();
    for item in text.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((range, step)) => (range, step.parse::<u32>().ok().filter(|s| *s > 0).ok_or_else(bad)?),
            None => (item, 1),
        };
        let (first, last) = match range {
            "*" | "?" => (min, max),
            _ => match range.split_once('-') {
                Some((a, b)) if value(a)? <= value(b)? => (value(a)?, value(b)?),
                Some(_) => return Err(bad()),
                // `5/15` runs from 5 to the end of the range.
                None => (value(range)?, if item.contains('/') { max } else { value(range)? }),
            },
        };
        values.extend((first..=last).step_by(step as usize));
    }
    values.sort_unstable();
    values.dedup();
    Ok(values)
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
        let (first, last) = if range == "*" || range == "?" {
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

fn join(values: &[u32]) -> String {
    values.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

impl Cron {
    /// The same schedule as an RRULE value, when RFC 5545 can say it: not when both the day of
    /// the month and the weekday are restricted (cron fires when either matches).
    fn rrule(&self) -> Option<String> {
        if self.days.is_some() && self.weekdays.is_some() {
            return None;
        }
        let freq = if self.minutes.len() == 60 {
            "MINUTELY"
        } else if self.hours.len() == 24 {
            "HOURLY"
        } else if self.days.is_some() {
            "MONTHLY"
        } else if self.weekdays.is_some() {
            "WEEKLY"
        } else {
            "DAILY"
        };
        let mut parts = vec![format!("FREQ={freq}")];
        if self.months.len() < 12 {
            parts.push(format!("BYMONTH={}", join(&self.months)));
        }
        if let Some(days) = &self.days {
            parts.push(format!("BYMONTHDAY={}", join(days)));
        }
        if let Some(weekdays) = &self.weekdays {
            let codes: Vec<&str> = weekdays.iter().map(|d| RRULE_DAYS[*d as usize]).collect();
            parts.push(format!("BYDAY={}", codes.join(",")));
        }
        if self.hours.len() < 24 {
            parts.push(format!("BYHOUR={}", join(&self.hours)));
        }
        if self.minutes.len() < 60 {
            parts.push(format!("BYMINUTE={}", join(&self.minutes)));
        }
        Some(parts.join(";"))
    }
}

/// A weekday as the `repeat-*` messages select on it.
fn weekday_word(day: Weekday) -> &'static str {
    DAY_NAMES[day.num_days_from_sunday() as usize]
}

/// Weekdays in words, joined as the language joins a list: `list-pair` between the first ones,
/// `list-last-pair` ("and") before the last.
fn weekday_list(days: &[Weekday]) -> Msg {
    let mut words = days.iter().rev().map(|d| Msg::new("weekday-name").code("day", weekday_word(*d)));
    let last = words.next().unwrap_or_else(|| Msg::new("weekday-name").code("day", "mon"));
    words.enumerate().fold(last, |rest, (i, first)| {
        let key = if i == 0 { "list-last-pair" } else { "list-pair" };
        Msg::new(key).phrase("first", first).phrase("rest", rest)
    })
}

impl Cron {
    /// The schedules a phrase makes, in words: once a day at one time, on every day, on some
    /// weekdays, or on one day of the month; and every hour on the hour.
    fn describe(&self, zone: Tz) -> Option<Msg> {
        if self.months.len() != 12 {
            return None;
        }
        if self.minutes == [0] && self.hours.len() == 24 && self.days.is_none() && self.weekdays.is_none() {
            return Some(Msg::new("repeat-hourly"));
        }
        let ([minute], [hour]) = (self.minutes.as_slice(), self.hours.as_slice()) else { return None };
        let time = format!("{hour:02}:{minute:02}");
        Some(match (&self.days, &self.weekdays) {
            (None, None) => Msg::new("repeat-days").num("interval", 1).wall_time("time", time, zone),
            (None, Some(days)) if days == &[1, 2, 3, 4, 5] => Msg::new("repeat-weekdays").wall_time("time", time, zone),
            (None, Some(days)) if days == &[0, 6] => Msg::new("repeat-weekends").wall_time("time", time, zone),
            (None, Some(days)) => {
                let mut days: Vec<Weekday> = days.iter().map(|d| weekday_from_sunday(*d)).collect();
                days.sort_by_key(|d| d.num_days_from_monday());
                Msg::new("repeat-weeks")
                    .num("interval", 1)
                    .phrase("days", weekday_list(&days))
                    .wall_time("time", time, zone)
            }
            (Some(days), None) if days.len() == 1 => Msg::new("repeat-months-day")
                .num("interval", 1)
                .num("day", days[0] as i64)
                .wall_time("time", time, zone),
            _ => return None,
        })
    }
}

fn weekday_code(day: Weekday) -> &'static str {
    RRULE_DAYS[day.num_days_from_sunday() as usize]
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    next.and_then(|n| n.pred_opt()).map_or(28, |d| d.day())
}

impl MonthDay {
    /// This day in a month, if the month has it.
    fn in_month(self, year: i32, month: u32) -> Option<NaiveDate> {
        match self {
            MonthDay::Day(day) => NaiveDate::from_ymd_opt(year, month, day),
            MonthDay::Nth(n, weekday) if n > 0 => NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8),
            MonthDay::Nth(_, weekday) => {
                let last = NaiveDate::from_ymd_opt(year, month, days_in_month(year, month))?;
                let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
                Some(last - Duration::days(back as i64))
            }
        }
    }
}

/// The month `steps` months after (year, month).
fn add_months(year: i32, month: u32, steps: u32) -> (i32, u32) {
    let index = year as i64 * 12 + (month as i64 - 1) + steps as i64;
    ((index.div_euclid(12)) as i32, (index.rem_euclid(12) + 1) as u32)
}

impl Rule {
    /// The first occurrence after `local`. Anchored, `local` is the last occurrence and the
    /// interval counts from its day, week or month; otherwise any period will do.
    fn next(&self, local: NaiveDateTime, anchored: bool) -> Option<NaiveDateTime> {
        let step = if anchored { self.interval } else { 1 };
        let at = |date: NaiveDate| date.and_time(self.time);
        match &self.period {
            Period::Days => {
                let today = at(local.date());
                if today > local {
                    Some(today)
                } else {
                    local.date().checked_add_days(chrono::Days::new(step as u64)).map(at)
                }
            }
            Period::Weeks(days) if days.is_empty() && !anchored => {
                let today = at(local.date());
                if today > local { Some(today) } else { local.date().succ_opt().map(at) }
            }
            Period::Weeks(days) => {
                let days = if days.is_empty() { vec![local.weekday()] } else { days.clone() };
                let monday = local.date() - Duration::days(local.weekday().num_days_from_monday() as i64);
                let in_week = |monday: NaiveDate| {
                    days.iter().map(move |d| at(monday + Duration::days(d.num_days_from_monday() as i64)))
                };
                if let Some(next) = in_week(monday).filter(|t| *t > local).min() {
                    return Some(next);
                }
                in_week(monday.checked_add_days(chrono::Days::new(7 * step as u64))?).min()
            }
            Period::Months(day) => {
                let (mut year, mut month) = (local.year(), local.month());
                if let Some(date) = day.in_month(year, month).map(at).filter(|t| *t > local) {
                    return Some(date);
                }
                for _ in 0..MAX_PERIODS {
                    (year, month) = add_months(year, month, step);
                    if let Some(date) = day.in_month(year, month) {
                        return Some(at(date));
                    }
                }
                None
            }
        }
    }

    /// The rule in words (see [`Recurrence::describe`]).
    fn describe(&self, zone: Tz) -> Msg {
        let time = self.time.format("%H:%M").to_string();
        let interval = self.interval as i64;
        match &self.period {
            Period::Days => Msg::new("repeat-days").num("interval", interval).wall_time("time", time, zone),
            Period::Weeks(days) if days.is_empty() => {
                Msg::new("repeat-weekly").num("interval", interval).wall_time("time", time, zone)
            }
            Period::Weeks(days) => Msg::new("repeat-weeks")
                .num("interval", interval)
                .phrase("days", weekday_list(days))
                .wall_time("time", time, zone),
            Period::Months(MonthDay::Day(day)) => Msg::new("repeat-months-day")
                .num("interval", interval)
                .num("day", *day as i64)
                .wall_time("time", time, zone),
            Period::Months(MonthDay::Nth(n, day)) => {
                let msg = Msg::new("repeat-months-nth").num("interval", interval);
                // First to fifth select on the number; the last is a word of its own.
                let msg = if *n < 0 { msg.code("nth", "last") } else { msg.num("nth", i64::from(*n)) };
                msg.code("weekday", weekday_word(*day)).wall_time("time", time, zone)
            }
        }
    }

    /// The RFC 5545 RRULE value.
    pub fn rrule(&self) -> String {
        let freq = match self.period {
            Period::Days => "DAILY",
            Period::Weeks(_) => "WEEKLY",
            Period::Months(_) => "MONTHLY",
        };
        let mut parts = vec![format!("FREQ={freq}")];
        if self.interval > 1 {
            parts.push(format!("INTERVAL={}", self.interval));
        }
        match &self.period {
            Period::Days => {}
            Period::Weeks(days) if days.is_empty() => {}
            Period::Weeks(days) => {
                parts.push(format!("BYDAY={}", days.iter().map(|d| weekday_code(*d)).collect::<Vec<_>>().join(",")))
            }
            Period::Months(MonthDay::Day(d)) => parts.push(format!("BYMONTHDAY={d}")),
            Period::Months(MonthDay::Nth(n, day)) => parts.push(format!("BYDAY={n}{}", weekday_code(*day))),
        }
        parts.push(format!("BYHOUR={};BYMINUTE={}", self.time.hour(), self.time.minute()));
        parts.join(";")
    }

    /// Reads back what [`Rule::rrule`] writes; anything else is refused.
    fn from_rrule(text: &str) -> Option<Rule> {
        let mut freq = None;
        let (mut interval, mut hour, mut minute) = (1, None, None);
        let (mut by_day, mut by_month_day) = (None, None);
        for part in text.split(';') {
            let (key, value) = part.split_once('=')?;
            match key {
                "FREQ" => freq = Some(value),
                "INTERVAL" => interval = value.parse().ok().filter(|i| (1..=MAX_INTERVAL).contains(i))?,
                "BYHOUR" => hour = Some(value.parse::<u32>().ok()?),
                "BYMINUTE" => minute = Some(value.parse::<u32>().ok()?),
                "BYDAY" => by_day = Some(value),
                "BYMONTHDAY" => by_month_day = Some(value.parse::<u32>().ok().filter(|d| (1..=31).contains(d))?),
                _ => return None,
            }
        }
        let code = |c: &str| RRULE_DAYS.iter().position(|d| *d == c).map(|i| weekday_from_sunday(i as u32));
        let period = match (freq?, by_day, by_month_day) {
            ("DAILY", None, None) => Period::Days,
            ("WEEKLY", None, None) => Period::Weeks(Vec::new()),
            ("WEEKLY", Some(days), None) => Period::Weeks(days.split(',').map(code).collect::<Option<_>>()?),
            ("MONTHLY", None, Some(day)) => Period::Months(MonthDay::Day(day)),
            ("MONTHLY", Some(day), None) => {
                let split = day.len().checked_sub(2)?;
                let n: i8 = day[..split].parse().ok().filter(|n| matches!(n, 1..=5 | -1))?;
                Period::Months(MonthDay::Nth(n, code(&day[split..])?))
            }
            _ => return None,
        };
        Some(Rule { interval, period, time: NaiveTime::from_hms_opt(hour?, minute?, 0)? })
    }
}

fn weekday_from_sunday(n: u32) -> Weekday {
    use Weekday::*;
    [Sun, Mon, Tue, Wed, Thu, Fri, Sat][n as usize % 7]
}

/// A day name as people write it (`monday`, `mondays`, `mon`).
fn day_name(word: &str) -> Option<Weekday> {
    let word = word.trim_end_matches('s');
    let n = LONG_DAY_NAMES.iter().position(|d| d.trim_end_matches('s') == word || &d[..3] == word)?;
    Some(weekday_from_sunday(n as u32))
}

/// `2`, `2nd`, `15th`: a day of the month.
fn month_day_number(word: &str) -> Option<u32> {
    let digits: String = word.chars().take_while(|c| c.is_ascii_digit()).collect();
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn ordinal(word: &str) -> Option<i8> {
    Some(match word {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "last" => -1,
        _ => return None,
    })
}

impl Recurrence {
    /// Parses standard cron: five fields `minute hour day-of-month month weekday`, or six with a
    /// leading seconds field, which must be 0 (Quorum schedules to the minute). The weekday field
    /// counts as in standard cron either way: 0 or 7 is Sunday.
    pub fn from_cron(expr: &str) -> Result<Self, ParseError> {
        let all: Vec<&str> = expr.split_whitespace().collect();
        let fields = match all.len() {
            5 => &all[..],
            6 if all[0].parse::<u32>() == Ok(0) => &all[1..],
            6 => return Err(ParseError::CronSeconds { value: expr.to_owned() }),
            _ => return Err(bad_cron(expr, None)),
        };
        let minutes = field_values(expr, "minute", fields[0], 0, 59)?;
        let hours = field_values(expr, "hour", fields[1], 0, 23)?;
        let days = field_values(expr, "day", fields[2], 1, 31)?;
        let months = field_values(expr, "month", fields[3], 1, 12)?;
        let weekday_flags = weekday_set(fields[4], expr)?;
        // The crate numbers weekdays from 1 = Sunday.
        let crate_days = if fields[4] == "*" || fields[4] == "?" {
            "*".to_owned()
        } else {
            (0..7).filter(|d| weekday_flags[*d]).map(|d| (d + 1).to_string()).collect::<Vec<_>>().join(",")
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
        let cron = Cron {
            schedules,
            minutes,
            hours,
            days: dom_restricted.then_some(days),
            months,
            weekdays: dow_restricted.then(|| (0..7).filter(|d| weekday_flags[*d as usize]).collect()),
        };
        let recurrence = Self { expression: fields.join(" "), kind: Kind::Cron(cron) };
        // An expression that never fires (31 February) is a mistake, not a schedule.
        let probe = NaiveDateTime::parse_from_str("2000-01-01 00:00", "%Y-%m-%d %H:%M").expect("fixed date");
        if recurrence.next_local_after(probe).is_none() {
            return Err(ParseError::NeverFires);
        }
        Ok(recurrence)
    }

    /// A rule, as cron where cron says the same (every day, every week on some days, every
    /// month on a day), so that simple schedules keep their familiar stored form.
    pub fn from_rule(rule: Rule) -> Self {
        let (minute, hour) = (rule.time.minute(), rule.time.hour());
        let cron = match &rule.period {
            _ if rule.interval != 1 => None,
            Period::Days => Some(format!("{minute} {hour} * * *")),
            Period::Weeks(days) if !days.is_empty() => {
                let numbers: Vec<u32> = days.iter().map(|d| d.num_days_from_sunday()).collect();
                Some(format!("{minute} {hour} * * {}", join(&numbers)))
            }
            Period::Months(MonthDay::Day(day)) => Some(format!("{minute} {hour} {day} * *")),
            _ => None,
        };
        match cron.and_then(|c| Self::from_cron(&c).ok()) {
            Some(cron) => cron,
            None => Self { expression: rule.rrule(), kind: Kind::Rule(rule) },
        }
    }

    /// Reads the stored form back: five cron fields, or an RRULE value written by [`Rule::rrule`].
    pub fn from_stored(text: &str) -> Result<Self, ParseError> {
        if text.starts_with("FREQ=") {
            let rule = Rule::from_rrule(text).ok_or_else(|| ParseError::BadRepeat { value: text.to_owned() })?;
            Ok(Self { expression: text.to_owned(), kind: Kind::Rule(rule) })
        } else {
            Self::from_cron(text)
        }
    }

    /// The rule, for a schedule that is not cron.
    pub fn rule(&self) -> Option<&Rule> {
        match &self.kind {
            Kind::Rule(rule) => Some(rule),
            Kind::Cron(_) => None,
        }
    }

    /// The schedule as an RFC 5545 RRULE value, when it can be said as one.
    pub fn rrule(&self) -> Option<String> {
        match &self.kind {
            Kind::Cron(cron) => cron.rrule(),
            Kind::Rule(rule) => Some(rule.rrule()),
        }
    }

    /// The wall-clock times of day the schedule fires at, in order: one for a rule, every hour and
    /// minute combination for cron.
    pub fn times_of_day(&self) -> Vec<NaiveTime> {
        match &self.kind {
            Kind::Cron(cron) => cron
                .hours
                .iter()
                .flat_map(|h| cron.minutes.iter().filter_map(move |m| NaiveTime::from_hms_opt(*h, *m, 0)))
                .collect(),
            Kind::Rule(rule) => vec![rule.time],
        }
    }

    /// The schedule in words, each language's own (`repeat-*` messages): "every month on the
    /// first Thursday at 15:00", the time on the wall clock of `zone`. A cron schedule that is not one of the shapes a phrase makes is
    /// shown as its cron fields.
    pub fn describe(&self, zone: Tz) -> Msg {
        match &self.kind {
            Kind::Rule(rule) => rule.describe(zone),
            Kind::Cron(cron) => {
                cron.describe(zone).unwrap_or_else(|| Msg::new("repeat-cron").code("cron", &self.expression))
            }
        }
    }

    /// A stored schedule in words (see [`Recurrence::describe`]); one that no longer reads is
    /// shown as stored.
    pub fn describe_stored(text: &str, zone: Tz) -> Msg {
        match Self::from_stored(text) {
            Ok(recurrence) => recurrence.describe(zone),
            Err(_) => Msg::new("repeat-cron").code("cron", text),
        }
    }

    /// "Every N weeks" without days means the weekday of the first occurrence: name it, so that
    /// the stored rule says it.
    pub fn anchored(self, first: NaiveDate) -> Self {
        match &self.kind {
            Kind::Rule(rule @ Rule { period: Period::Weeks(days), .. }) if days.is_empty() => {
                Self::from_rule(Rule { period: Period::Weeks(vec![first.weekday()]), ..rule.clone() })
            }
            _ => self,
        }
    }

    /// Parses a phrase (English words, any case; `at HH:MM` at the end, 09:00 without it):
    ///
    /// ```text
    /// [every] hour | hourly                       (no `at`)
    /// [every] day | daily | weekday(s) | weekend(s)
    /// every DAY[, DAY][ and DAY]…                 every monday, thursday
    /// every N days | every other day
    /// [every] week | weekly [on DAYS]             without days: the weekday of the first one
    /// every N weeks | every other week [on DAYS]
    /// [every] month | monthly | every N months | every other month
    ///     on [the] 15[th] | on [the] first|second|third|fourth|fifth|last DAY
    /// ```
    pub fn from_phrase(phrase: &str) -> Result<Self, ParseError> {
        let bad = || ParseError::BadRepeat { value: phrase.to_owned() };
        let lower = phrase.trim().to_lowercase().replace(',', " ");
        let words: Vec<&str> = lower.split_whitespace().collect();
        let (what, at) = match words.iter().position(|w| *w == "at") {
            Some(i) => (&words[..i], &words[i + 1..]),
            None => (&words[..], &[][..]),
        };
        let time = match at {
            [t] => Some(NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| bad())?),
            [] if words.last() == Some(&"at") => return Err(bad()),
            [] => None,
            _ => return Err(bad()),
        };
        let what = match what {
            ["every", rest @ ..] => rest,
            rest => rest,
        };
        let clock = time.unwrap_or(NaiveTime::from_hms_opt(9, 0, 0).expect("fixed time"));
        let rule = |interval: u32, period: Period| Ok(Self::from_rule(Rule { interval, period, time: clock }));
        let interval = |word: &str| match word {
            "other" => Some(2),
            _ => word.parse::<u32>().ok().filter(|n| (1..=MAX_INTERVAL).contains(n)),
        };
        let days = |words: &[&str]| -> Option<Vec<Weekday>> {
            let mut days: Vec<Weekday> =
                words.iter().filter(|w| **w != "and").map(|w| day_name(w)).collect::<Option<_>>()?;
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            (!days.is_empty()).then_some(days)
        };
        let month_day = |words: &[&str]| -> Option<MonthDay> {
            let words = match words {
                ["the", rest @ ..] => rest,
                rest => rest,
            };
            match words {
                [day] => month_day_number(day).map(MonthDay::Day),
                [nth, day] => Some(MonthDay::Nth(ordinal(nth)?, day_name(day)?)),
                _ => None,
            }
        };
        let result = match what {
            ["hour"] | ["hourly"] if time.is_none() => Self::from_cron("0 * * * *"),
            ["day"] | ["daily"] => rule(1, Period::Days),
            ["weekday"] | ["weekdays"] => Self::from_cron(&format!("{} {} * * 1-5", clock.minute(), clock.hour())),
            ["weekend"] | ["weekends"] => Self::from_cron(&format!("{} {} * * 0,6", clock.minute(), clock.hour())),
            [n, "day" | "days"] => rule(interval(n).ok_or_else(bad)?, Period::Days),
            ["week"] | ["weekly"] => rule(1, Period::Weeks(Vec::new())),
            ["week" | "weekly", "on", list @ ..] => rule(1, Period::Weeks(days(list).ok_or_else(bad)?)),
            [n, "week" | "weeks"] => rule(interval(n).ok_or_else(bad)?, Period::Weeks(Vec::new())),
            [n, "week" | "weeks", "on", list @ ..] => {
                rule(interval(n).ok_or_else(bad)?, Period::Weeks(days(list).ok_or_else(bad)?))
            }
            ["month" | "monthly", "on", day @ ..] => rule(1, Period::Months(month_day(day).ok_or_else(bad)?)),
            [n, "month" | "months", "on", day @ ..] => {
                rule(interval(n).ok_or_else(bad)?, Period::Months(month_day(day).ok_or_else(bad)?))
            }
            list if !list.is_empty() => rule(1, Period::Weeks(days(list).ok_or_else(bad)?)),
            _ => return Err(bad()),
        };
        result.map_err(|_| bad())
    }

    /// The first occurrence strictly after `local`, the last occurrence (an every-N-weeks rule
    /// counts its weeks from that one).
    pub fn next_local_after(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        match &self.kind {
            Kind::Cron(cron) => {
                let start = Utc.from_utc_datetime(&local);
                cron.schedules.iter().filter_map(|s| s.after(&start).next()).min().map(|t| t.naive_utc())
            }
            Kind::Rule(rule) => rule.next(local, true),
        }
    }

    /// The first wall-clock time strictly after `local` that the schedule allows, when no
    /// occurrence came before (a rule's interval then starts from that one).
    pub fn first_local_after(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        match &self.kind {
            Kind::Cron(_) => self.next_local_after(local),
            Kind::Rule(rule) => rule.next(local, false),
        }
    }

    /// The first occurrence strictly after the instant `after`, as (local wall time, instant),
    /// for a series that starts then.
    pub fn next_after(&self, zone: Tz, after: DateTime<Utc>) -> Option<(NaiveDateTime, DateTime<Utc>)> {
        // Step back a little on the local clock so that an occurrence placed late by a gap is not lost.
        let mut local = after.with_timezone(&zone).naive_local() - Duration::hours(3);
        loop {
            local = self.first_local_after(local)?;
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
        for bad in ["", "0 9 * *", "0 0 0 9 * * 1", "61 9 * * *", "0 9 * * 8", "0 9 31 2 *", "x y z a b", "0 9 * * 5-2"]
        {
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
    fn times_of_day_name_every_time_a_schedule_fires_at() {
        let times = |r: Recurrence| r.times_of_day().iter().map(|t| t.format("%H:%M").to_string()).collect::<Vec<_>>();
        assert_eq!(times(Recurrence::from_cron("0 15 * * 2").unwrap()), ["15:00"]);
        assert_eq!(times(Recurrence::from_cron("30 9,14 * * *").unwrap()), ["09:30", "14:30"]);
        assert_eq!(times(Recurrence::from_cron("0,30 9 * * *").unwrap()), ["09:00", "09:30"]);
        assert_eq!(times(Recurrence::from_phrase("every 2 weeks on tuesday at 16:45").unwrap()), ["16:45"]);
        assert_eq!(Recurrence::from_cron("0 * * * *").unwrap().times_of_day().len(), 24);
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

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    /// A series from its first occurrence, on the wall clock.
    fn chain(r: &Recurrence, first: &str, n: usize) -> Vec<NaiveDateTime> {
        let mut at = local(first);
        let mut all = vec![at];
        while all.len() < n {
            at = r.next_local_after(at).unwrap();
            all.push(at);
        }
        all
    }

    fn shown(times: &[NaiveDateTime]) -> Vec<String> {
        times.iter().map(|t| t.format("%Y-%m-%d %a %H:%M").to_string()).collect()
    }

    fn phrase(p: &str) -> String {
        Recurrence::from_phrase(p).unwrap_or_else(|e| panic!("{p}: {e:?}")).expression
    }

    #[test]
    fn phrases_that_cron_can_say_stay_cron() {
        assert_eq!(phrase("weekdays"), "0 9 * * 1-5");
        assert_eq!(phrase("every weekday at 08:30"), "30 8 * * 1-5");
        assert_eq!(phrase("weekends at 10:00"), "0 10 * * 0,6");
        assert_eq!(phrase("daily at 7:05"), "5 7 * * *");
        assert_eq!(phrase("weekly on monday at 10:00"), "0 10 * * 1");
        assert_eq!(phrase("every week on Monday and Friday at 10:00"), "0 10 * * 1,5");
        assert_eq!(phrase("monthly on the 15th at 10:00"), "0 10 15 * *");
        assert_eq!(phrase("every month on 2nd"), "0 9 2 * *");
        assert_eq!(phrase("every 1 week on tuesday at 14:00"), "0 14 * * 2");
        assert_eq!(phrase("hourly"), "0 * * * *");
    }

    #[test]
    fn phrases_that_need_a_rule() {
        assert_eq!(phrase("every 2 weeks on tuesday at 14:00"), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=14;BYMINUTE=0");
        assert_eq!(
            phrase("every other week on thursday and Tuesday at 14:00"),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;BYHOUR=14;BYMINUTE=0"
        );
        assert_eq!(phrase("every 3 weeks at 10:00"), "FREQ=WEEKLY;INTERVAL=3;BYHOUR=10;BYMINUTE=0");
        assert_eq!(phrase("every other day at 06:00"), "FREQ=DAILY;INTERVAL=2;BYHOUR=6;BYMINUTE=0");
        assert_eq!(phrase("monthly on the first thursday at 14:00"), "FREQ=MONTHLY;BYDAY=1TH;BYHOUR=14;BYMINUTE=0");
        assert_eq!(phrase("every month on first thursday"), "FREQ=MONTHLY;BYDAY=1TH;BYHOUR=9;BYMINUTE=0");
        assert_eq!(phrase("every month on the last friday at 16:30"), "FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=16;BYMINUTE=30");
        assert_eq!(
            phrase("every 3 months on the 2nd wednesday at 12:00"),
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE;BYHOUR=12;BYMINUTE=0"
        );
        assert_eq!(
            phrase("every 2 months on the 31st at 12:00"),
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;BYHOUR=12;BYMINUTE=0"
        );
        // Without days, the weekday of the first occurrence, named once it is known.
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let r = Recurrence::from_phrase("every 2 weeks at 14:00").unwrap().anchored(thursday);
        assert_eq!(r.expression, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;BYHOUR=14;BYMINUTE=0");
        assert_eq!(Recurrence::from_phrase("weekly at 14:00").unwrap().anchored(thursday).expression, "0 14 * * 4");
    }

    #[test]
    fn bad_phrases_are_refused() {
        for bad in [
            "",
            "at 10:00",
            "every",
            "every 0 weeks",
            "every 100 weeks",
            "every -2 weeks",
            "every 2 fortnights",
            "every 2 weeks on",
            "every 2 weeks on blursday",
            "every 2 weeks on tuesday at",
            "every 2 weeks on tuesday at 9",
            "every 2 weeks on tuesday at 25:00",
            "every 2 weeks on tuesday at 10:00 at 11:00",
            "monthly",
            "monthly on the 32nd",
            "monthly on the 0",
            "every month on the 15x",
            "every month on the first",
            "every month on the zeroth friday",
            "every month on the sixth friday",
            "every month on the first thursday and friday",
            "every hour at 10:00",
            "every other",
            "sometimes",
        ] {
            assert_eq!(Recurrence::from_phrase(bad), Err(ParseError::BadRepeat { value: bad.into() }), "{bad:?}");
        }
    }

    #[test]
    fn cron_with_a_seconds_field() {
        let r = Recurrence::from_cron("0 0 14 * * Thu").unwrap();
        assert_eq!(r.expression, "0 14 * * Thu");
        assert_eq!(r.rrule().as_deref(), Some("FREQ=WEEKLY;BYDAY=TH;BYHOUR=14;BYMINUTE=0"));
        assert_eq!(Recurrence::from_cron("00 30 9 * * 1-5").unwrap().expression, "30 9 * * 1-5");
        assert_eq!(
            Recurrence::from_cron("30 0 14 * * Thu"),
            Err(ParseError::CronSeconds { value: "30 0 14 * * Thu".into() })
        );
        assert!(matches!(Recurrence::from_cron("*/5 0 14 * * Thu"), Err(ParseError::CronSeconds { .. })));
        assert!(matches!(
            Recurrence::from_cron("0 0 25 * * Thu"),
            Err(ParseError::BadCron { field: Some("hour"), .. })
        ));
    }

    #[test]
    fn cron_as_rrule() {
        let rrule = |e: &str| Recurrence::from_cron(e).unwrap().rrule();
        assert_eq!(rrule("0 9 * * 1-5").as_deref(), Some("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0"));
        assert_eq!(rrule("30 17 * * *").as_deref(), Some("FREQ=DAILY;BYHOUR=17;BYMINUTE=30"));
        assert_eq!(rrule("0 * * * *").as_deref(), Some("FREQ=HOURLY;BYMINUTE=0"));
        assert_eq!(rrule("0 16 1 * *").as_deref(), Some("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=16;BYMINUTE=0"));
        assert_eq!(
            rrule("*/15 9-11 1,15 jan-mar *").as_deref(),
            Some("FREQ=MONTHLY;BYMONTH=1,2,3;BYMONTHDAY=1,15;BYHOUR=9,10,11;BYMINUTE=0,15,30,45")
        );
        assert_eq!(rrule("0 9 * * 5-7").as_deref(), Some("FREQ=WEEKLY;BYDAY=SU,FR,SA;BYHOUR=9;BYMINUTE=0"));
        // Standard cron fires on the 13th or on a Friday: RFC 5545 cannot say "or".
        assert_eq!(rrule("0 9 13 * 5"), None);
    }

    #[test]
    fn stored_forms_round_trip() {
        for text in [
            "every 2 weeks on tuesday at 14:00",
            "every other week on tuesday and thursday at 09:30",
            "every 3 weeks at 10:00",
            "every other day at 06:00",
            "monthly on the first thursday at 14:00",
            "every month on the last friday",
            "every 2 months on the 31st at 12:00",
            "every weekday at 09:00",
        ] {
            let r = Recurrence::from_phrase(text).unwrap();
            let back = Recurrence::from_stored(&r.expression).unwrap();
            assert_eq!(back, r, "{text}");
            assert_eq!(back.rule(), r.rule(), "{text}");
            assert_eq!(chain(&back, "2026-12-01 09:00", 30), chain(&r, "2026-12-01 09:00", 30), "{text}");
        }
        // Cron stored before rules existed still loads.
        assert_eq!(Recurrence::from_stored("0 14 * * 4").unwrap().expression, "0 14 * * 4");
        for bad in
            ["FREQ=YEARLY;BYHOUR=1;BYMINUTE=0", "FREQ=WEEKLY;BYDAY=XX;BYHOUR=1;BYMINUTE=0", "FREQ=WEEKLY", "FREQ="]
        {
            assert!(Recurrence::from_stored(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_two_weeks_across_the_new_year() {
        let r = Recurrence::from_phrase("every 2 weeks on tuesday at 10:00").unwrap();
        assert_eq!(
            shown(&chain(&r, "2026-12-22 10:00", 4)),
            ["2026-12-22 Tue 10:00", "2027-01-05 Tue 10:00", "2027-01-19 Tue 10:00", "2027-02-02 Tue 10:00"]
        );
        // Counted from the week of the last occurrence: a Friday first, then the Monday two weeks on.
        let r = Recurrence::from_phrase("every other week on monday and friday at 10:00").unwrap();
        assert_eq!(
            shown(&chain(&r, "2026-12-25 10:00", 5)),
            [
                "2026-12-25 Fri 10:00",
                "2027-01-04 Mon 10:00",
                "2027-01-08 Fri 10:00",
                "2027-01-18 Mon 10:00",
                "2027-01-22 Fri 10:00"
            ]
        );
        // Without days, the weekday of the last occurrence.
        let r = Recurrence::from_phrase("every 3 weeks at 10:00").unwrap();
        assert_eq!(
            shown(&chain(&r, "2026-12-31 10:00", 3)),
            ["2026-12-31 Thu 10:00", "2027-01-21 Thu 10:00", "2027-02-11 Thu 10:00"]
        );
        // A reminder starting from now takes the next matching day, then counts from it.
        let (first, _) = r.next_after(Tz::UTC, utc("2026-12-31T12:00:00Z")).unwrap();
        assert_eq!(first, local("2027-01-01 10:00"));
        let r = Recurrence::from_phrase("every 2 weeks on tuesday at 10:00").unwrap();
        let (first, _) = r.next_after(Tz::UTC, utc("2027-01-04T00:30:00Z")).unwrap();
        assert_eq!(first, local("2027-01-05 10:00"), "not the Tuesday of the week after");
    }

    #[test]
    fn last_friday_in_months_of_four_and_five_fridays() {
        let r = Recurrence::from_phrase("every month on the last friday at 10:00").unwrap();
        let got = chain(&r, "2026-01-30 10:00", 6);
        // January and May 2026 have five Fridays; February, March, April and June four.
        assert_eq!(
            shown(&got),
            [
                "2026-01-30 Fri 10:00",
                "2026-02-27 Fri 10:00",
                "2026-03-27 Fri 10:00",
                "2026-04-24 Fri 10:00",
                "2026-05-29 Fri 10:00",
                "2026-06-26 Fri 10:00"
            ]
        );
        let fifth = Recurrence::from_phrase("every month on the fifth friday at 10:00").unwrap();
        assert_eq!(
            shown(&chain(&fifth, "2026-01-30 10:00", 3)),
            ["2026-01-30 Fri 10:00", "2026-05-29 Fri 10:00", "2026-07-31 Fri 10:00"]
        );
    }

    #[test]
    fn first_thursday_when_the_month_starts_on_thursday() {
        let r = Recurrence::from_phrase("monthly on the first thursday at 14:00").unwrap();
        // October 2026 begins on a Thursday.
        assert_eq!(r.next_local_after(local("2026-09-30 12:00")), Some(local("2026-10-01 14:00")));
        assert_eq!(r.next_local_after(local("2026-10-01 09:00")), Some(local("2026-10-01 14:00")));
        assert_eq!(r.next_local_after(local("2026-10-01 14:00")), Some(local("2026-11-05 14:00")));
        assert_eq!(r.first_local_after(local("2026-09-03 14:00")), Some(local("2026-10-01 14:00")));
    }

    #[test]
    fn rules_keep_local_time_across_dst() {
        let zurich: Tz = "Europe/Zurich".parse().unwrap();
        let r = Recurrence::from_phrase("every 2 weeks on sunday at 02:30").unwrap();
        let locals = chain(&r, "2026-03-15 02:30", 17);
        let instants: Vec<DateTime<Utc>> = locals.iter().map(|l| place_local(zurich, *l)).collect();
        // 29 March 2026 02:30 does not exist in Zurich: 03:30 summer time, the gap's length later.
        assert_eq!(locals[1], local("2026-03-29 02:30"));
        assert_eq!(instants[1], utc("2026-03-29T01:30:00Z"));
        assert_eq!(instants[2], utc("2026-04-12T00:30:00Z"));
        // 25 October 2026 02:30 happens twice: the first, in summer time.
        assert_eq!(locals[16], local("2026-10-25 02:30"));
        assert_eq!(instants[16], utc("2026-10-25T00:30:00Z"));
        assert!(locals.windows(2).all(|w| w[1] - w[0] == Duration::days(14)), "never skipped nor doubled");
        let new_york: Tz = "America/New_York".parse().unwrap();
        let r = Recurrence::from_phrase("monthly on the second sunday at 02:30").unwrap();
        let locals = chain(&r, "2026-02-08 02:30", 3);
        assert_eq!(shown(&locals), ["2026-02-08 Sun 02:30", "2026-03-08 Sun 02:30", "2026-04-12 Sun 02:30"]);
        // 8 March 2026 is the American spring-forward day.
        assert_eq!(place_local(new_york, locals[1]), utc("2026-03-08T07:30:00Z"));
        let r = Recurrence::from_phrase("monthly on the first sunday at 01:30").unwrap();
        let (_, at) = r.next_after(new_york, utc("2026-10-15T00:00:00Z")).unwrap();
        // 1 November 2026 01:30 happens twice in New York: the first, still daylight time.
        assert_eq!(at, utc("2026-11-01T05:30:00Z"));
        let (_, after) = r.next_after(new_york, at).unwrap();
        assert_eq!(after, utc("2026-12-06T06:30:00Z"));
    }

    /// What the independent `rrule` crate makes of our RRULE from `first`, on the wall clock.
    fn expanded(rrule: &str, zone: Tz, first: NaiveDateTime, n: u16) -> Vec<(NaiveDateTime, DateTime<Utc>)> {
        let text = format!("DTSTART;TZID={}:{}\nRRULE:{rrule}", zone.name(), first.format("%Y%m%dT%H%M%S"));
        let set: rrule::RRuleSet = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        set.all(n).dates.iter().map(|d| (d.with_timezone(&zone).naive_local(), d.with_timezone(&Utc))).collect()
    }

    #[test]
    fn rrule_crate_expands_our_rrules_to_our_occurrences() {
        let zurich: Tz = "Europe/Zurich".parse().unwrap();
        let new_york: Tz = "America/New_York".parse().unwrap();
        let schedules = [
            "every 2 weeks on tuesday at 14:00",
            "every other week on tuesday and thursday at 09:30",
            "every 3 weeks on sunday at 02:30",
            "every other day at 02:30",
            "monthly on the first thursday at 14:00",
            "every month on the last friday at 16:00",
            "every month on the second sunday at 02:30",
            "every 2 months on the 31st at 12:00",
            "every 3 months on the fifth monday at 08:00",
            "weekdays at 09:00",
            "weekends at 02:30",
            "cron 0 16 1 * *",
            "cron */20 8-10 * * mon,wed",
            "cron 0 0 14 * * Thu",
            "cron 0 9 1,15 jan-jun *",
            "cron 30 2 * * 0",
            "cron 45 * * * 6",
        ];
        for text in schedules {
            let r = match text.strip_prefix("cron ") {
                Some(expr) => Recurrence::from_cron(expr).unwrap(),
                None => Recurrence::from_phrase(text).unwrap(),
            };
            let rrule = r.rrule().unwrap();
            for zone in [zurich, new_york, Tz::UTC] {
                let first = r.first_local_after(local("2026-01-01 00:00")).unwrap();
                let ours: Vec<(NaiveDateTime, DateTime<Utc>)> =
                    chain(&r, &first.format("%Y-%m-%d %H:%M").to_string(), 120)
                        .into_iter()
                        .map(|l| (l, place_local(zone, l)))
                        .collect();
                let theirs = expanded(&rrule, zone, first, 120);
                assert_eq!(theirs.len(), 120, "{text}");
                let instants = |v: &[(NaiveDateTime, DateTime<Utc>)]| v.iter().map(|(_, t)| *t).collect::<Vec<_>>();
                assert_eq!(instants(&theirs), instants(&ours), "{text} ({rrule}) in {zone}");
            }
        }
    }
}
