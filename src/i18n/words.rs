//! Spans of time said in words, as messages each language words with its own plural forms: how far
//! off an instant is ("in 1 hour", "tomorrow") and how long something lasts ("90 minutes").

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use crate::core::reply::Msg;

/// Below this, how far off a time is goes in hours and minutes even when it falls on the next
/// day: a reminder at 23:30 for a meeting at 00:30 says "in 1 hour", not "tomorrow".
const HOURS_BEFORE_DAYS: i64 = 12;

/// How far `at` is from `from`, in words: minutes, then hours, then "tomorrow" or a number of
/// days counted on the calendar of `zone`.
pub fn ahead(from: DateTime<Utc>, at: DateTime<Utc>, zone: Tz) -> Msg {
    let minutes = (at - from).num_minutes();
    if minutes < 1 {
        return Msg::new("ahead-now");
    }
    if minutes < 60 {
        return Msg::new("ahead-minutes").num("count", minutes);
    }
    let days = (at.with_timezone(&zone).date_naive() - from.with_timezone(&zone).date_naive()).num_days();
    if minutes < HOURS_BEFORE_DAYS * 60 || days == 0 {
        return match minutes % 60 {
            0 => Msg::new("ahead-hours").num("count", minutes / 60),
            rest => Msg::new("ahead-hours-minutes").num("hours", minutes / 60).num("minutes", rest),
        };
    }
    match days {
        1 => Msg::new("ahead-tomorrow"),
        days => Msg::new("ahead-days").num("count", days),
    }
}

/// A length of time in words: whole days or hours as such, else hours and minutes.
pub fn duration(length: Duration) -> Msg {
    let minutes = length.num_minutes();
    if minutes >= 24 * 60 && minutes % (24 * 60) == 0 {
        Msg::new("duration-days").num("count", minutes / (24 * 60))
    } else if minutes >= 60 && minutes % 60 == 0 {
        Msg::new("duration-hours").num("count", minutes / 60)
    } else if minutes > 60 {
        Msg::new("duration-hours-minutes").num("hours", minutes / 60).num("minutes", minutes % 60)
    } else {
        Msg::new("duration-minutes").num("count", minutes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn near_times_in_hours_and_the_next_day_as_tomorrow() {
        let zurich: Tz = "Europe/Zurich".parse().unwrap();
        let meeting = at("2026-12-03T14:00:00Z");
        let said = |from: &str| ahead(at(from), meeting, zurich);
        assert_eq!(said("2026-12-03T13:00:00Z"), Msg::new("ahead-hours").num("count", 1));
        assert_eq!(said("2026-12-03T13:45:00Z"), Msg::new("ahead-minutes").num("count", 15));
        assert_eq!(said("2026-12-03T12:30:00Z"), Msg::new("ahead-hours-minutes").num("hours", 1).num("minutes", 30));
        assert_eq!(said("2026-12-02T14:00:00Z"), Msg::new("ahead-tomorrow"));
        assert_eq!(said("2026-11-26T14:00:00Z"), Msg::new("ahead-days").num("count", 7));
        assert_eq!(said("2026-12-03T14:00:00Z"), Msg::new("ahead-now"));
        // Late in the evening, an early meeting the next day is a few hours off.
        let early = at("2026-12-03T23:30:00Z");
        assert_eq!(ahead(at("2026-12-03T22:30:00Z"), early, zurich), Msg::new("ahead-hours").num("count", 1));
    }

    #[test]
    fn durations_in_the_largest_whole_unit() {
        assert_eq!(duration(Duration::minutes(1)), Msg::new("duration-minutes").num("count", 1));
        assert_eq!(duration(Duration::minutes(60)), Msg::new("duration-hours").num("count", 1));
        assert_eq!(
            duration(Duration::minutes(90)),
            Msg::new("duration-hours-minutes").num("hours", 1).num("minutes", 30)
        );
        assert_eq!(duration(Duration::hours(48)), Msg::new("duration-days").num("count", 2));
        assert_eq!(duration(Duration::hours(25)), Msg::new("duration-hours").num("count", 25));
    }
}
