//! What a meeting command asks for, and how a series unfolds in its own zone.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::core::error::ParseError;
use crate::core::grammar::quote;
use crate::core::recurrence::{Recurrence, place_local};

#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub title: String,
    /// The first occurrence, on the meeting zone's wall clock.
    pub first: NaiveDateTime,
    pub zone: Tz,
    pub duration: Duration,
    /// A series: how it repeats, and how the person wrote it.
    pub repeat: Option<(Recurrence, String)>,
    /// How long before each occurrence its reminders go out.
    pub remind: Vec<Duration>,
    pub link: Option<String>,
    pub dial: Option<String>,
}

/// How a series repeats, as written: built into a `Recurrence` once the meeting's time is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepeatSpec {
    Phrase(String),
    Cron(String),
}

impl RepeatSpec {
    /// The recurrence of a series first meeting at `first`, and the label shown for it; a phrase
    /// meets at the first meeting's time unless it names one.
    pub fn build(&self, first: NaiveDateTime) -> Result<(Recurrence, String), ParseError> {
        let time = first.time();
        match self {
            RepeatSpec::Phrase(phrase) => {
                let full = if phrase.to_lowercase().split_whitespace().any(|w| w == "at") {
                    phrase.clone()
                } else {
                    format!("{phrase} at {}", time.format("%H:%M"))
                };
                // An error names the phrase as written, not with the time added to it.
                let recurrence = Recurrence::from_phrase(&full).map_err(|e| match e {
                    ParseError::BadRepeat { .. } => ParseError::BadRepeat { value: phrase.clone() },
                    other => other,
                })?;
                // "Every 2 weeks" without days meets on the first meeting's weekday.
                Ok((recurrence.anchored(first.date()), phrase.clone()))
            }
            RepeatSpec::Cron(expr) => {
                let recurrence = Recurrence::from_cron(expr)?;
                let label = format!("cron {}", recurrence.expression);
                Ok((recurrence, label))
            }
        }
    }

    /// The spec a stored label came from (`build` makes the label).
    pub fn from_label(label: &str) -> Self {
        match label.strip_prefix("cron ") {
            Some(expr) => RepeatSpec::Cron(expr.to_owned()),
            None => RepeatSpec::Phrase(label.to_owned()),
        }
    }
}

/// Changes to a whole meeting or series; `None` leaves a field as it is, `Some(None)` removes it.
#[derive(Debug, Clone, PartialEq)]
pub struct EditMeeting {
    pub id: i64,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    pub zone: Option<Tz>,
    pub duration: Option<Duration>,
    /// `Some(None)`: no longer repeats (`--once`).
    pub repeat: Option<Option<RepeatSpec>>,
    pub remind: Option<Vec<Duration>>,
    pub link: Option<Option<String>>,
    pub dial: Option<Option<String>>,
    /// `--yes`: the edit may reset occurrences cancelled or moved one by one.
    pub confirmed: bool,
}

impl EditMeeting {
    /// Whether the edit moves the meeting in time (and so drops its one-by-one exceptions).
    pub fn changes_timing(&self) -> bool {
        self.date.is_some() || self.time.is_some() || self.zone.is_some() || self.repeat.is_some()
    }

    pub fn is_empty(&self) -> bool {
        !self.changes_timing()
            && self.title.is_none()
            && self.duration.is_none()
            && self.remind.is_none()
            && self.link.is_none()
            && self.dial.is_none()
    }

    /// The command line that makes this edit, confirmed: what a confirmation button runs.
    pub fn confirmed_line(&self) -> String {
        let mut line = format!("meeting edit #{}", self.id);
        let mut option = |name: &str, value: Option<String>| {
            line.push_str(&format!(" --{name}"));
            if let Some(value) = value {
                line.push(' ');
                line.push_str(&value);
            }
        };
        let removable = |value: &Option<String>, shown: fn(&str) -> String| match value {
            Some(value) => shown(value),
            None => "none".to_owned(),
        };
        if let Some(title) = &self.title {
            option("title", Some(quote(title)));
        }
        if let Some(date) = self.date {
            option("date", Some(date.format("%Y-%m-%d").to_string()));
        }
        if let Some(time) = self.time {
            option("time", Some(time.format("%H:%M").to_string()));
        }
        if let Some(zone) = self.zone {
            option("zone", Some(zone.name().to_owned()));
        }
        if let Some(duration) = self.duration {
            option("duration", Some(crate::core::grammar::duration_label(duration)));
        }
        match &self.repeat {
            Some(Some(RepeatSpec::Phrase(phrase))) => option("repeat", Some(quote(phrase))),
            Some(Some(RepeatSpec::Cron(expr))) => option("cron", Some(quote(expr))),
            Some(None) => option("once", None),
            None => {}
        }
        if let Some(remind) = &self.remind {
            let words: Vec<String> = remind.iter().map(|d| crate::core::grammar::duration_label(*d)).collect();
            option("remind", Some(if words.is_empty() { "none".to_owned() } else { words.join(",") }));
        }
        if let Some(link) = &self.link {
            option("link", Some(removable(link, |l| l.to_owned())));
        }
        if let Some(dial) = &self.dial {
            option("dial", Some(removable(dial, quote)));
        }
        option("yes", None);
        line
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRef {
    pub id: i64,
}

/// Move the occurrence on `date` to `to` (on the meeting zone's clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveMeeting {
    pub id: i64,
    pub date: NaiveDate,
    pub to: NaiveDateTime,
}

/// Cancel a whole meeting or series, or the one occurrence on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelMeeting {
    pub id: i64,
    pub date: Option<NaiveDate>,
    /// `--yes`: a whole series may go.
    pub confirmed: bool,
}

/// Which reminders a member wants by direct message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DmScope {
    Meeting(i64),
    /// Every meeting of the body this room acts for, present and future.
    Body,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DmReminders {
    pub scope: DmScope,
    pub on: bool,
}

pub const ON_OFF: &[&str] = &["on", "off"];

/// A calendar file: one meeting, or (without a number) all of the room's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarExport {
    pub id: Option<i64>,
}

/// The address of the body's calendar feed; `reset` gives it a new secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedRequest {
    pub reset: bool,
}

/// The answers to "will you come?".
pub const RSVP_ANSWERS: &[&str] = &["yes", "no", "maybe"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rsvp {
    pub id: i64,
    /// One of `RSVP_ANSWERS`.
    pub answer: &'static str,
    /// The occurrence on this date; without it, the one under way or next to come.
    pub date: Option<NaiveDate>,
}

pub const MAX_TITLE: usize = 200;
pub const MAX_LINK: usize = 500;
pub const MAX_DURATION_HOURS: i64 = 24;
pub const DEFAULT_REMIND: &str = "1h";

/// One occurrence of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// When it starts on the zone's wall clock.
    pub local: NaiveDateTime,
    /// When the series planned it: `local`, unless it was moved.
    pub planned: NaiveDateTime,
    pub starts: DateTime<Utc>,
}

impl Occurrence {
    pub fn id(&self, meeting_id: i64) -> OccurrenceId {
        OccurrenceId { meeting_id, planned: self.planned }
    }
}

/// Which occurrence of which meeting, "this meeting on this date": what agenda items and
/// attendance (and whatever else belongs to one occurrence) are kept under. It is the planned local
/// start, so an occurrence moved to another day or time keeps what belongs to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OccurrenceId {
    pub meeting_id: i64,
    pub planned: NaiveDateTime,
}

impl OccurrenceId {
    /// How the store names the occurrence within its meeting (`YYYY-MM-DDTHH:MM`), as meetings name
    /// the occurrences they skip or move.
    pub fn key(&self) -> String {
        self.planned.format(super::LOCAL_FORMAT).to_string()
    }

    /// The identity a stored `key` names.
    pub fn from_key(meeting_id: i64, key: &str) -> Option<OccurrenceId> {
        NaiveDateTime::parse_from_str(key, super::LOCAL_FORMAT).ok().map(|planned| OccurrenceId { meeting_id, planned })
    }
}

/// A stored meeting's timing, enough to list its occurrences.
#[derive(Debug, Clone)]
pub struct Timing {
    pub zone: Tz,
    pub first: NaiveDateTime,
    pub duration: Duration,
    pub recurrence: Option<Recurrence>,
    /// Occurrences cancelled one by one, by identity: the local start the series planned them at
    /// (`OccurrenceId::planned`), wherever one was moved before.
    pub skipped: Vec<NaiveDateTime>,
    /// Occurrences moved one by one: `(planned, now at)` local start times.
    pub moved: Vec<(NaiveDateTime, NaiveDateTime)>,
}

/// Occurrences a series may step through when looking for one; far beyond any real calendar.
pub(crate) const MAX_STEPS: usize = 100_000;

impl Timing {
    /// Occurrences in order from the first, each placed on the zone's wall clock: a series keeps
    /// its local time across daylight-saving switches.
    pub fn occurrences(&self) -> impl Iterator<Item = Occurrence> + '_ {
        let mut next = Some(self.first);
        let mut planned = std::iter::from_fn(move || {
            let local = next?;
            next = self.recurrence.as_ref().and_then(|r| r.next_local_after(local));
            Some(local)
        })
        .take(MAX_STEPS)
        .filter(|local| !self.moved.iter().any(|(from, _)| from == local))
        .peekable();
        let mut moved: Vec<(NaiveDateTime, NaiveDateTime)> = self.moved.iter().map(|(from, to)| (*to, *from)).collect();
        moved.sort();
        let mut moved = moved.into_iter().peekable();
        // Both are in order: merge them.
        std::iter::from_fn(move || {
            let (local, planned) = match (planned.peek(), moved.peek()) {
                (Some(p), Some((m, _))) if m < p => moved.next(),
                (Some(_), _) => planned.next().map(|p| (p, p)),
                (None, _) => moved.next(),
            }?;
            Some(Occurrence { local, planned, starts: place_local(self.zone, local) })
        })
        .filter(|o| !self.skipped.contains(&o.planned))
    }

    /// Whether the series itself, before any occurrence was cancelled or moved, plans an
    /// occurrence at `local`.
    pub fn plans(&self, local: NaiveDateTime) -> bool {
        std::iter::successors(Some(self.first), |l| self.recurrence.as_ref().and_then(|r| r.next_local_after(*l)))
            .take(MAX_STEPS)
            .take_while(|l| *l <= local)
            .any(|l| l == local)
    }

    /// The occurrence the series planned at `planned` (its identity), wherever it was moved;
    /// `None` if it was cancelled, or the series never planned it.
    pub fn occurrence(&self, planned: NaiveDateTime) -> Option<Occurrence> {
        let last = self.moved.iter().find(|(from, _)| *from == planned).map_or(planned, |(_, to)| (*to).max(planned));
        self.occurrences().take_while(|o| o.local <= last).find(|o| o.planned == planned)
    }

    /// The occurrence under way at `now`, if one is.
    pub fn under_way(&self, now: DateTime<Utc>) -> Option<Occurrence> {
        self.current_or_next(now).filter(|o| o.starts <= now)
    }

    /// The occurrence, other than the one planned at `planned`, that one starting at `local` would
    /// run into: one on the same day (occurrences are named by their day), or one it would overlap.
    pub fn clash(&self, planned: NaiveDateTime, local: NaiveDateTime) -> Option<Occurrence> {
        let starts = place_local(self.zone, local);
        let ends = starts + self.duration;
        self.occurrences()
            .filter(|o| o.planned != planned)
            .take_while(|o| o.local.date() <= local.date() || o.starts < ends)
            .find(|o| o.local.date() == local.date() || (o.starts < ends && starts < o.starts + self.duration))
    }

    /// The occurrence still to come (or under way) whose local date is `date`.
    pub fn occurrence_on(&self, date: NaiveDate, now: DateTime<Utc>) -> Option<Occurrence> {
        self.occurrences()
            .skip_while(|o| o.starts + self.duration <= now)
            .take_while(|o| o.local.date() <= date)
            .find(|o| o.local.date() == date)
    }

    /// The occurrence under way or next to come at `now`.
    pub fn current_or_next(&self, now: DateTime<Utc>) -> Option<Occurrence> {
        self.occurrences().find(|o| o.starts + self.duration > now)
    }

    /// The first reminder after `after`: when it is due, for which occurrence, how long before.
    pub fn next_reminder(&self, offsets: &[Duration], after: DateTime<Utc>) -> Option<(DateTime<Utc>, Occurrence)> {
        let longest = offsets.iter().max().copied()?;
        let mut best: Option<(DateTime<Utc>, Occurrence)> = None;
        for occurrence in self.occurrences().skip_while(|o| o.starts <= after) {
            if best.is_some_and(|(at, _)| occurrence.starts - longest > at) {
                break;
            }
            for offset in offsets {
                let at = occurrence.starts - *offset;
                if at > after && best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, occurrence));
                }
            }
        }
        best
    }
}

/// The identities of a timing's occurrences under way or to come, in order.
fn coming(timing: &Timing, now: DateTime<Utc>) -> impl Iterator<Item = NaiveDateTime> + '_ {
    timing.occurrences().skip_while(move |o| o.starts + timing.duration <= now).map(|o| o.planned)
}

/// Where what is kept per occurrence goes when a meeting's timing changes from `old` to `new`:
/// `(from, to)` pairs of the `keys` (`OccurrenceId::key`s holding something) that move. What
/// belonged to a coming occurrence goes to the occurrence on the same day when the series still
/// meets that day (a new time), else to the one at the same place in the series (the next
/// meeting's stays the next meeting's), or the first after it that nothing else goes to: two never
/// merge, and none lands on a key that stays. What belongs to occurrences already over stays, as a
/// record.
pub fn successors(old: &Timing, new: &Timing, now: DateTime<Utc>, keys: &[String]) -> Vec<(String, String)> {
    let key = |planned: &NaiveDateTime| planned.format(super::LOCAL_FORMAT).to_string();
    let Some(last) = keys.iter().filter_map(|k| NaiveDateTime::parse_from_str(k, super::LOCAL_FORMAT).ok()).max()
    else {
        return Vec::new();
    };
    let before: Vec<NaiveDateTime> = coming(old, now).take_while(|planned| *planned <= last).collect();
    // Enough for each to have a place of its own however many keep their day.
    let mut after: Vec<NaiveDateTime> = Vec::new();
    for planned in coming(new, now) {
        if after.len() >= 2 * before.len() && planned.date() > last.date() {
            break;
        }
        after.push(planned);
    }
    let mut taken = vec![false; after.len()];
    let mut targets: Vec<Option<usize>> = before
        .iter()
        .map(|from| {
            let same_day = after.iter().position(|to| to.date() == from.date()).filter(|j| !taken[*j]);
            if let Some(j) = same_day {
                taken[j] = true;
            }
            same_day
        })
        .collect();
    for (i, target) in targets.iter_mut().enumerate() {
        if target.is_none() {
            *target = (i..after.len()).find(|j| !taken[*j]);
            if let Some(j) = *target {
                taken[j] = true;
            }
        }
    }
    let pairs: Vec<(String, String)> = before
        .iter()
        .zip(&targets)
        .filter_map(|(from, to)| Some((key(from), key(&after[(*to)?]))))
        .filter(|(from, to)| from != to && keys.contains(from))
        .collect();
    let staying: Vec<&String> = keys.iter().filter(|k| !pairs.iter().any(|(from, _)| from == *k)).collect();
    pairs.into_iter().filter(|(_, to)| !staying.contains(&to)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_weekly_zurich_meeting_keeps_its_local_time_across_both_switches() {
        let timing = Timing {
            zone: chrono_tz::Europe::Zurich,
            first: local("2027-03-16 14:00"),
            duration: Duration::minutes(90),
            recurrence: Some(Recurrence::from_cron("0 14 * * 2").unwrap()),
            skipped: Vec::new(),
            moved: Vec::new(),
        };
        let starts: Vec<_> = timing.occurrences().take(3).map(|o| o.starts).collect();
        // 16 and 23 March are winter time (UTC+1); 30 March is after the 28 March switch (UTC+2).
        assert_eq!(starts, [utc("2027-03-16T13:00:00Z"), utc("2027-03-23T13:00:00Z"), utc("2027-03-30T12:00:00Z")]);
        let october: Vec<_> = timing
            .occurrences()
            .filter(|o| o.local.format("%m").to_string() == "10" || o.local.format("%m-%d").to_string() == "11-02")
            .map(|o| o.starts)
            .collect();
        // The switch back is on 31 October: the 26 October meeting is UTC+2, 2 November UTC+1.
        assert!(october.contains(&utc("2027-10-26T12:00:00Z")) && october.contains(&utc("2027-11-02T13:00:00Z")));
        let locals: std::collections::HashSet<_> = timing.occurrences().take(60).map(|o| o.local.time()).collect();
        assert_eq!(locals.len(), 1, "never skipped nor doubled: always 14:00 local");
    }

    #[test]
    fn reminders_come_in_order_across_occurrences() {
        let timing = Timing {
            zone: chrono_tz::UTC,
            first: local("2027-01-04 10:00"),
            duration: Duration::hours(1),
            recurrence: Some(Recurrence::from_cron("0 10 * * *").unwrap()),
            skipped: Vec::new(),
            moved: Vec::new(),
        };
        let offsets = [Duration::hours(24), Duration::hours(1)];
        let (at, o) = timing.next_reminder(&offsets, utc("2027-01-01T00:00:00Z")).unwrap();
        assert_eq!((at, o.starts), (utc("2027-01-03T10:00:00Z"), utc("2027-01-04T10:00:00Z")));
        let (at, o) = timing.next_reminder(&offsets, at).unwrap();
        assert_eq!((at, o.starts), (utc("2027-01-04T09:00:00Z"), utc("2027-01-04T10:00:00Z")));
        let (at, o) = timing.next_reminder(&offsets, at).unwrap();
        assert_eq!((at, o.starts), (utc("2027-01-04T10:00:00Z"), utc("2027-01-05T10:00:00Z")));
        assert_eq!(timing.current_or_next(utc("2027-01-04T10:30:00Z")).unwrap().starts, utc("2027-01-04T10:00:00Z"));
        let skipping = Timing { skipped: vec![local("2027-01-05 10:00")], ..timing.clone() };
        let (at, o) = skipping.next_reminder(&offsets, utc("2027-01-04T10:00:00Z")).unwrap();
        assert_eq!(
            (at, o.starts),
            (utc("2027-01-05T10:00:00Z"), utc("2027-01-06T10:00:00Z")),
            "no reminder for a skipped one"
        );
        let moving = Timing { moved: vec![(local("2027-01-05 10:00"), local("2027-01-07 15:00"))], ..timing.clone() };
        let starts: Vec<_> = moving.occurrences().take(4).map(|o| o.local).collect();
        assert_eq!(
            starts,
            [
                local("2027-01-04 10:00"),
                local("2027-01-06 10:00"),
                local("2027-01-07 10:00"),
                local("2027-01-07 15:00")
            ]
        );
        assert_eq!(
            moving
                .occurrence_on(NaiveDate::from_ymd_opt(2027, 1, 7).unwrap(), utc("2027-01-01T00:00:00Z"))
                .unwrap()
                .local,
            local("2027-01-07 10:00")
        );
        let single = Timing { recurrence: None, ..timing };
        assert!(single.next_reminder(&offsets, utc("2027-01-04T09:30:00Z")).is_none());
    }

    fn weekly() -> Timing {
        Timing {
            zone: chrono_tz::Europe::Zurich,
            first: local("2026-12-01 14:00"),
            duration: Duration::hours(1),
            recurrence: Some(Recurrence::from_cron("0 14 * * 2").unwrap()),
            skipped: Vec::new(),
            moved: Vec::new(),
        }
    }

    #[test]
    fn a_cancelled_occurrence_is_named_by_identity_so_another_may_take_its_slot() {
        // The 8 December occurrence moved onto the slot of the cancelled 22 December one.
        let timing = Timing {
            skipped: vec![local("2026-12-22 14:00")],
            moved: vec![(local("2026-12-08 14:00"), local("2026-12-22 14:00"))],
            ..weekly()
        };
        let occurrences: Vec<_> = timing.occurrences().take(4).map(|o| (o.local, o.planned)).collect();
        assert_eq!(
            occurrences,
            [
                (local("2026-12-01 14:00"), local("2026-12-01 14:00")),
                (local("2026-12-15 14:00"), local("2026-12-15 14:00")),
                (local("2026-12-22 14:00"), local("2026-12-08 14:00")),
                (local("2026-12-29 14:00"), local("2026-12-29 14:00")),
            ]
        );
        // Cancelling the moved one names where the series planned it.
        let both = Timing { skipped: vec![local("2026-12-22 14:00"), local("2026-12-08 14:00")], ..timing };
        assert_eq!(both.occurrences().nth(2).unwrap().local, local("2026-12-29 14:00"));
    }

    #[test]
    fn a_clash_is_another_occurrence_the_same_day_or_overlapping() {
        let timing = Timing { duration: Duration::hours(16), ..weekly() };
        let planned = local("2026-12-08 14:00");
        let clash = |to: &str| timing.clash(planned, local(to)).map(|o| o.local);
        assert_eq!(clash("2026-12-15 14:00"), Some(local("2026-12-15 14:00")), "onto another's slot");
        assert_eq!(clash("2026-12-15 20:00"), Some(local("2026-12-15 14:00")), "the same day");
        assert_eq!(clash("2026-12-14 23:00"), Some(local("2026-12-15 14:00")), "running into it");
        assert_eq!(clash("2026-12-16 01:00"), Some(local("2026-12-15 14:00")), "starting before it ends");
        assert_eq!(clash("2026-12-09 10:00"), None);
        assert_eq!(clash("2026-12-08 18:00"), None, "its own day is its own");
        assert_eq!(timing.under_way(utc("2026-12-01T14:00:00Z")).map(|o| o.local), Some(local("2026-12-01 14:00")));
        assert!(timing.under_way(utc("2026-12-01T12:59:00Z")).is_none());
        assert!(timing.plans(local("2026-12-29 14:00")) && !timing.plans(local("2026-12-29 15:00")));
    }

    #[test]
    fn what_belongs_to_occurrences_follows_them_without_merging() {
        let key = |s: &str| local(s).format(super::super::LOCAL_FORMAT).to_string();
        let old = weekly();
        // Now every two weeks, an hour later: 8 December has no occurrence any more.
        let new = Timing {
            recurrence: Some(Recurrence::from_phrase("every 2 weeks on tuesday at 15:00").unwrap()),
            first: local("2026-12-01 15:00"),
            ..weekly()
        };
        let keys = [key("2026-12-01 14:00"), key("2026-12-08 14:00"), key("2026-12-15 14:00")];
        let pairs = successors(&old, &new, utc("2026-11-30T00:00:00Z"), &keys);
        assert_eq!(
            pairs,
            [
                (key("2026-12-01 14:00"), key("2026-12-01 15:00")),
                (key("2026-12-08 14:00"), key("2026-12-29 15:00")),
                (key("2026-12-15 14:00"), key("2026-12-15 15:00")),
            ],
            "the same day where there is one, else the first free one"
        );
        // An occurrence already over keeps what it had.
        let later = successors(&old, &new, utc("2026-12-01T15:00:00Z"), &keys);
        assert!(later.iter().all(|(from, _)| *from != key("2026-12-01 14:00")), "{later:?}");
    }
}
