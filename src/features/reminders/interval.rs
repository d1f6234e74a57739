//! How often one member's reminders may post in a room: at most once per the body's interval
//! (`!body reminder-interval`), checked when a member sets a room reminder. The new reminder's
//! posts are compared with each other and with those of the member's other reminders in the room.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::core::recurrence::{Recurrence, place_local};

/// Posts are compared over the coming weeks: long enough for weekly and monthly schedules to meet.
const HORIZON: Duration = Duration::days(35);
/// At most this many posts of one reminder are followed; a reminder that posts more often than
/// that over the horizon shortens the span compared, which keeps a check cheap whatever is stored.
const MAX_POSTS: usize = 2_000;

/// When a reminder posts: its next post, then each one its recurrence gives.
pub struct Posts<'a> {
    pub zone: Tz,
    pub next_local: NaiveDateTime,
    pub next_at: DateTime<Utc>,
    pub recurrence: Option<&'a Recurrence>,
}

impl Posts<'_> {
    /// Its posts before `until`, at most `MAX_POSTS`, and up to when that list is complete.
    fn until(&self, until: DateTime<Utc>) -> (Vec<DateTime<Utc>>, DateTime<Utc>) {
        let mut posts: Vec<DateTime<Utc>> = Vec::new();
        let (mut local, mut at) = (self.next_local, self.next_at);
        while at < until {
            if posts.len() == MAX_POSTS {
                return (posts, at);
            }
            // A wall-clock time skipped by a spring-forward switch lands on the next one's
            // instant; the reminder then posts once, as firing it does.
            if posts.last().is_none_or(|last| at > *last) {
                posts.push(at);
            }
            let Some(next) = self.recurrence.and_then(|r| r.next_local_after(local)) else { break };
            local = next;
            at = place_local(self.zone, local);
        }
        (posts, until)
    }
}

/// Why a reminder would post too often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TooOften {
    /// Two of its own posts come only `gap` apart.
    Itself { gap: Duration },
    /// Its post at `at` comes only `gap` from one of reminder `other`.
    Near { at: DateTime<Utc>, gap: Duration, other: i64 },
}

/// Whether `new` would post less than `interval` after or before another post: one of its own,
/// or one of `others` (by reminder number). Compared from `now` over `HORIZON`.
pub fn check(
    new: &Posts<'_>,
    others: &[(i64, Posts<'_>)],
    interval: Duration,
    now: DateTime<Utc>,
) -> Result<(), TooOften> {
    let horizon = now + HORIZON;
    let (mine, mut complete_until) = new.until(horizon);
    let mut theirs: Vec<(DateTime<Utc>, i64)> = Vec::new();
    for (id, posts) in others {
        let (list, until) = posts.until(horizon);
        complete_until = complete_until.min(until);
        theirs.extend(list.into_iter().map(|at| (at, *id)));
    }
    theirs.sort();
    let mine: Vec<_> = mine.into_iter().filter(|at| *at <= complete_until).collect();
    if let Some(gap) = mine.windows(2).map(|pair| pair[1] - pair[0]).filter(|gap| *gap < interval).min() {
        return Err(TooOften::Itself { gap });
    }
    for at in mine {
        // The other posts on either side of this one: the closest of them decides.
        let after = theirs.partition_point(|(t, _)| *t < at);
        let nearest = theirs[after.saturating_sub(1)..(after + 1).min(theirs.len())]
            .iter()
            .filter(|(t, _)| *t <= complete_until)
            .map(|(t, id)| ((*t - at).abs(), *id))
            .min();
        if let Some((gap, other)) = nearest.filter(|(gap, _)| *gap < interval) {
            return Err(TooOften::Near { at, gap, other });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn posts<'a>(first: &str, recurrence: Option<&'a Recurrence>) -> Posts<'a> {
        let at = utc(first);
        Posts { zone: Tz::UTC, next_local: at.naive_utc(), next_at: at, recurrence }
    }

    #[test]
    fn a_schedule_that_posts_every_minute_is_too_often_by_itself() {
        let every_minute = Recurrence::from_cron("* * * * *").unwrap();
        let new = posts("2026-11-30T08:01:00Z", Some(&every_minute));
        let verdict = check(&new, &[], Duration::minutes(15), utc("2026-11-30T08:00:00Z"));
        assert_eq!(verdict, Err(TooOften::Itself { gap: Duration::minutes(1) }));
    }

    #[test]
    fn an_hourly_reminder_is_hourly_across_both_switches() {
        let hourly = Recurrence::from_cron("0 * * * *").unwrap();
        let zurich = chrono_tz::Europe::Zurich;
        for (first, now) in [
            ("2027-03-28T00:00:00", "2027-03-27T22:30:00Z"), // 02:00 does not exist that night
            ("2027-10-31T00:00:00", "2027-10-30T21:30:00Z"), // 02:00 happens twice
        ] {
            let next_local = NaiveDateTime::parse_from_str(first, "%Y-%m-%dT%H:%M:%S").unwrap();
            let new =
                Posts { zone: zurich, next_local, next_at: place_local(zurich, next_local), recurrence: Some(&hourly) };
            assert_eq!(check(&new, &[], Duration::minutes(60), utc(now)), Ok(()), "{first}");
        }
    }

    #[test]
    fn a_short_gap_once_a_day_is_found() {
        let twice_at_nine = Recurrence::from_cron("0,5 9 * * *").unwrap();
        let new = posts("2026-11-30T09:00:00Z", Some(&twice_at_nine));
        let verdict = check(&new, &[], Duration::minutes(15), utc("2026-11-30T08:00:00Z"));
        assert_eq!(verdict, Err(TooOften::Itself { gap: Duration::minutes(5) }));
    }

    #[test]
    fn posts_near_another_reminder_name_it_and_the_gap() {
        let weekly = Recurrence::from_cron("0 9 * * 1").unwrap();
        let daily = Recurrence::from_cron("10 9 * * *").unwrap();
        let other = posts("2026-12-07T09:00:00Z", Some(&weekly));
        let new = posts("2026-11-30T09:10:00Z", Some(&daily));
        let verdict = check(&new, &[(4, other)], Duration::minutes(15), utc("2026-11-30T08:00:00Z"));
        assert_eq!(
            verdict,
            Err(TooOften::Near { at: utc("2026-12-07T09:10:00Z"), gap: Duration::minutes(10), other: 4 })
        );
        assert_eq!(
            check(
                &new,
                &[(4, posts("2026-12-07T09:00:00Z", Some(&weekly)))],
                Duration::minutes(10),
                utc("2026-11-30T08:00:00Z")
            ),
            Ok(())
        );
    }

    #[test]
    fn a_gap_of_exactly_the_interval_is_allowed() {
        let quarter = Recurrence::from_cron("*/15 * * * *").unwrap();
        let new = posts("2026-11-30T08:15:00Z", Some(&quarter));
        assert_eq!(check(&new, &[], Duration::minutes(15), utc("2026-11-30T08:00:00Z")), Ok(()));
        let one_off = posts("2026-11-30T08:45:00Z", None);
        let every_half_hour = Recurrence::from_cron("0,30 * * * *").unwrap();
        let other = posts("2026-11-30T08:30:00Z", Some(&every_half_hour));
        assert_eq!(check(&one_off, &[(1, other)], Duration::minutes(15), utc("2026-11-30T08:00:00Z")), Ok(()));
    }

    #[test]
    fn two_posts_at_the_same_time_are_too_close() {
        let quarter = Recurrence::from_cron("*/15 * * * *").unwrap();
        let other = posts("2026-11-30T08:15:00Z", Some(&quarter));
        let one_off = posts("2026-11-30T08:30:00Z", None);
        let verdict = check(&one_off, &[(1, other)], Duration::minutes(15), utc("2026-11-30T08:00:00Z"));
        assert_eq!(verdict, Err(TooOften::Near { at: utc("2026-11-30T08:30:00Z"), gap: Duration::zero(), other: 1 }));
    }

    #[test]
    fn a_reminder_that_posts_too_often_shortens_the_span_compared_not_the_answer() {
        let every_minute = Recurrence::from_cron("* * * * *").unwrap();
        let flood = posts("2026-11-30T08:01:00Z", Some(&every_minute));
        // Beyond its first MAX_POSTS posts (some 33 hours), nothing is compared.
        let far = posts("2026-12-20T09:00:00Z", None);
        assert_eq!(check(&far, &[(1, flood)], Duration::minutes(15), utc("2026-11-30T08:00:00Z")), Ok(()));
        let flood = posts("2026-11-30T08:01:00Z", Some(&every_minute));
        let near = posts("2026-11-30T10:00:30Z", None);
        let verdict = check(&near, &[(1, flood)], Duration::minutes(15), utc("2026-11-30T08:00:00Z"));
        assert!(matches!(verdict, Err(TooOften::Near { other: 1, .. })), "{verdict:?}");
    }
}
