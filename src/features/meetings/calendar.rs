//! Calendar export (RFC 5545): one meeting, or all of a body's, as an iCalendar file.
//!
//! Each meeting is one `VEVENT` whose UID (`meeting-ID@quorum`) stays the same across exports,
//! with its start on the meeting zone's clock (`DTSTART;TZID=…`) and a `VTIMEZONE` for every zone
//! used. A series carries its `RRULE`; a schedule RFC 5545 cannot say (cron firing on a day of the
//! month *or* a weekday) lists its occurrences of the coming year as `RDATE`s instead. Occurrences
//! cancelled one by one are `EXDATE`s; one moved one by one is a second `VEVENT` with the same UID
//! and a `RECURRENCE-ID` naming the occurrence it replaces. Lines end in CRLF and are folded at 75
//! octets; text values are escaped.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::model::{CalendarExport, MAX_STEPS, Timing};
use super::service::{timing, visible};
use crate::core::engine::Ctx;
use crate::core::error::CommandResult;
use crate::core::reply::{Attachment, Block, Msg, Reply};
use crate::store::{MeetingRow, Store};

/// The product that wrote the file.
const PRODID: &str = "-//Quorum//Quorum meetings//EN";
/// How far ahead the occurrences of a series without an RRULE are listed.
const RDATE_HORIZON_DAYS: i64 = 366;
/// The most occurrences such a series lists: a year of a daily meeting several times over. A
/// schedule that fires every minute is cut short there, not written out half a million times.
const MAX_RDATES: usize = 1_000;
/// Years of time-zone transitions looked at beyond the latest date a file names, to find each
/// zone's yearly daylight-saving rule.
const ZONE_YEARS_AHEAD: i32 = 3;
/// The zone data (chrono-tz's copy of the tz database) has no offset change after this year:
/// looking further finds nothing, however far ahead a meeting is planned, and would only cost
/// time (a meeting in 9999 made every export of its body scan eight thousand years).
const LAST_ZONE_CHANGE_YEAR: i32 = 2099;
const LOCAL: &str = "%Y%m%dT%H%M%S";

/// `meeting ics [ID]`: one meeting as a file, or, without a number, every active meeting of the
/// room's body (of the room itself when it has no body). Sent privately: it is for the asker's
/// own calendar, and the room need not scroll through it.
pub async fn export(ctx: &Ctx<'_>, cmd: CalendarExport) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let Some(id) = cmd.id else {
        let rows = tx.active_meetings(actor.body.as_ref().map(|b| b.id), actor.room_key).await?;
        tx.commit().await?;
        if rows.is_empty() {
            return Ok(Reply::private(Msg::new("meetings-none")));
        }
        let name = actor.body.as_ref().map(|b| b.name.as_str());
        let content = calendar(&rows, name, now)?;
        let file_name = match &actor.body {
            Some(body) => format!("meetings-{}.ics", body.short.to_lowercase()),
            None => "meetings.ics".to_owned(),
        };
        return Ok(Reply::private(Msg::new("meeting-ics-feed").num("count", rows.len() as i64))
            .with(Block::File(Attachment { name: file_name, mime: "text/calendar".into(), content })));
    };
    let row = visible(&mut tx, ctx, id).await?;
    tx.commit().await?;
    let content = calendar(std::slice::from_ref(&row), None, now)?;
    Ok(Reply::private(Msg::new("meeting-ics").num("id", row.id).text("title", &row.title)).with(Block::File(
        Attachment { name: format!("meeting-{}.ics", row.id), mime: "text/calendar".into(), content },
    )))
}

/// Every active meeting of a body as one calendar, for a feed that calendar applications
/// subscribe to.
pub async fn body_feed(store: &Store, body_id: i64, now: DateTime<Utc>) -> anyhow::Result<String> {
    let mut tx = store.read().await?;
    let rows = tx.active_meetings(Some(body_id), 0).await?;
    tx.commit().await?;
    calendar(&rows, None, now)
}

/// One VCALENDAR with a VEVENT (and its moved occurrences) for each meeting.
pub fn calendar(rows: &[MeetingRow], name: Option<&str>, now: DateTime<Utc>) -> anyhow::Result<String> {
    let mut ics = Ics::default();
    ics.line("BEGIN:VCALENDAR");
    ics.line("VERSION:2.0");
    ics.prop("PRODID", PRODID);
    ics.line("CALSCALE:GREGORIAN");
    ics.line("METHOD:PUBLISH");
    if let Some(name) = name {
        ics.prop("X-WR-CALNAME", &text(name));
    }
    let timings: Vec<(&MeetingRow, Timing)> =
        rows.iter().map(|row| Ok((row, timing(row)?))).collect::<anyhow::Result<_>>()?;
    // One VTIMEZONE per zone, covering from the earliest date any meeting in it names.
    let mut zones: Vec<(Tz, i32)> = Vec::new();
    for (_, t) in &timings {
        let earliest = t.moved.iter().map(|(_, to)| *to).chain([t.first]).min().unwrap_or(t.first).year();
        match zones.iter_mut().find(|(z, _)| *z == t.zone) {
            Some((_, year)) => *year = (*year).min(earliest),
            None => zones.push((t.zone, earliest)),
        }
    }
    let last_year = now.year().max(zones.iter().map(|(_, y)| *y).max().unwrap_or(now.year())) + ZONE_YEARS_AHEAD;
    for (zone, first_year) in &zones {
        vtimezone(&mut ics, *zone, *first_year, last_year);
    }
    for (row, t) in &timings {
        event(&mut ics, row, t, now);
    }
    ics.line("END:VCALENDAR");
    Ok(ics.out)
}

/// A local time in the meeting's zone, as a property with its TZID.
fn local_prop(ics: &mut Ics, name: &str, zone: Tz, times: &[NaiveDateTime]) {
    let values: Vec<String> = times.iter().map(|t| t.format(LOCAL).to_string()).collect();
    ics.prop(&format!("{name};TZID={}", zone.name()), &values.join(","));
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The properties every VEVENT of a meeting shares: what it is and where.
fn describe(ics: &mut Ics, row: &MeetingRow, timing: &Timing, now: DateTime<Utc>) {
    ics.prop("UID", &format!("meeting-{}@quorum", row.id));
    ics.prop("DTSTAMP", &utc_stamp(now));
    ics.prop("DURATION", &duration(timing.duration));
    ics.prop("SUMMARY", &text(&row.title));
    if let Some(link) = &row.link {
        // A URI value: not escaped as text (RFC 5545 §3.3.13).
        ics.prop("URL;VALUE=URI", link);
    }
    if let Some(location) = row.link.as_ref().or(row.dial.as_ref()) {
        ics.prop("LOCATION", &text(location));
    }
    let description: Vec<&str> = [row.link.as_deref(), row.dial.as_deref()].into_iter().flatten().collect();
    if !description.is_empty() {
        ics.prop("DESCRIPTION", &text(&description.join("\n")));
    }
}

fn event(ics: &mut Ics, row: &MeetingRow, timing: &Timing, now: DateTime<Utc>) {
    let zone = timing.zone;
    let Some(recurrence) = &timing.recurrence else {
        // A single meeting: where it takes place now, or cancelled if its one occurrence was.
        ics.line("BEGIN:VEVENT");
        describe(ics, row, timing, now);
        match timing.occurrences().next() {
            Some(o) => local_prop(ics, "DTSTART", zone, &[o.local]),
            None => {
                local_prop(ics, "DTSTART", zone, &[timing.first]);
                ics.line("STATUS:CANCELLED");
            }
        }
        ics.line("END:VEVENT");
        return;
    };
    ics.line("BEGIN:VEVENT");
    describe(ics, row, timing, now);
    local_prop(ics, "DTSTART", zone, &[timing.first]);
    match recurrence.rrule() {
        Some(rrule) => {
            ics.prop("RRULE", &rrule);
            // The first meeting need not fall on the rule (scheduled on a Thursday, then every
            // Tuesday). RFC 5545 counts DTSTART anyway, but not every reader does: name it again.
            let minute_before = timing.first - Duration::minutes(1);
            if recurrence.first_local_after(minute_before) != Some(timing.first) {
                local_prop(ics, "RDATE", zone, &[timing.first]);
            }
        }
        None => {
            // Not expressible as an RRULE: the first occurrence (which RFC 5545 counts anyway, but
            // not every reader does) and those of the coming year, by date; as many steps at most
            // as a series takes anywhere else, and as many dates as a calendar can use.
            let until = now + Duration::days(RDATE_HORIZON_DAYS);
            let planned = std::iter::successors(recurrence.next_local_after(timing.first), |local| {
                recurrence.next_local_after(*local)
            });
            let mut dates = vec![timing.first];
            for local in planned.take(MAX_STEPS) {
                let starts = crate::core::recurrence::place_local(zone, local);
                if starts > until || dates.len() >= MAX_RDATES {
                    break;
                }
                if starts + timing.duration > now {
                    dates.push(local);
                }
            }
            local_prop(ics, "RDATE", zone, &dates);
        }
    }
    // Cancelled occurrences are stored by the time the series planned them, moved or not: the
    // instances to exclude; a moved one that was then cancelled has nothing replacing it.
    let moved_live: Vec<(NaiveDateTime, NaiveDateTime)> =
        timing.moved.iter().copied().filter(|(from, _)| !timing.skipped.contains(from)).collect();
    // An occurrence kept out of the series' rule (one under way when the series was re-timed) is
    // no instance of the RRULE to replace: it is one more date.
    let (replacing, added): (Vec<_>, Vec<_>) = moved_live.into_iter().partition(|(from, _)| timing.plans(*from));
    if !added.is_empty() {
        let mut dates: Vec<NaiveDateTime> = added.iter().map(|(_, to)| *to).collect();
        dates.sort();
        local_prop(ics, "RDATE", zone, &dates);
    }
    let mut excluded: Vec<NaiveDateTime> = timing.skipped.clone();
    excluded.sort();
    excluded.dedup();
    if !excluded.is_empty() {
        local_prop(ics, "EXDATE", zone, &excluded);
    }
    ics.line("END:VEVENT");
    for (from, to) in replacing {
        ics.line("BEGIN:VEVENT");
        describe(ics, row, timing, now);
        local_prop(ics, "RECURRENCE-ID", zone, &[from]);
        local_prop(ics, "DTSTART", zone, &[to]);
        ics.line("END:VEVENT");
    }
}

/// An exact duration, `PT1H30M`.
fn duration(d: Duration) -> String {
    let minutes = d.num_minutes();
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// `+0100`, `-0430`, `+054540` (seconds only when there are some).
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 { format!("{sign}{h:02}{m:02}") } else { format!("{sign}{h:02}{m:02}{sec:02}") }
}

/// One change of a zone's offset.
#[derive(Debug, Clone, PartialEq)]
struct Transition {
    /// Local time of the change on the clock before it (what an observance's DTSTART says).
    local: NaiveDateTime,
    from: i32,
    to: i32,
    daylight: bool,
    name: String,
}

impl Transition {
    /// What repeats year after year: month, nth (or last) weekday, time and offsets.
    fn yearly_key(&self) -> (u32, i32, chrono::Weekday, chrono::NaiveTime, i32, i32, bool, &str) {
        let date = self.local.date();
        let days_in_month = NaiveDate::from_ymd_opt(date.year(), date.month(), 1)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .and_then(|d| d.pred_opt())
            .map_or(31, |d| d.day());
        let nth = if date.day() + 7 > days_in_month { -1 } else { (date.day() as i32 - 1) / 7 + 1 };
        (date.month(), nth, date.weekday(), self.local.time(), self.from, self.to, self.daylight, &self.name)
    }
}

fn offset_at(zone: Tz, at: DateTime<Utc>) -> (i32, bool, String) {
    let offset = zone.offset_from_utc_datetime(&at.naive_utc());
    let daylight = !offset.dst_offset().is_zero();
    let name = offset.abbreviation().unwrap_or("").to_owned();
    (offset.fix().local_minus_utc(), daylight, name)
}

/// Where looking for a zone's changes from `first_year` to `last_year` can stop: at the end of
/// `last_year`, or of the last year that has any.
fn zone_scan_end(first_year: i32, last_year: i32) -> DateTime<Utc> {
    let last = last_year.min(first_year.max(LAST_ZONE_CHANGE_YEAR + 1));
    Utc.with_ymd_and_hms(last + 1, 1, 1, 0, 0, 0).single().unwrap_or(DateTime::UNIX_EPOCH)
}

/// The zone's offset changes between two instants, each found to the second.
fn transitions(zone: Tz, from: DateTime<Utc>, until: DateTime<Utc>) -> Vec<Transition> {
    let step = Duration::hours(6);
    let mut found = Vec::new();
    let mut at = from;
    let mut before = offset_at(zone, at);
    while at < until {
        let next = at + step;
        let after = offset_at(zone, next);
        if after.0 != before.0 || after.1 != before.1 {
            // The change lies in (at, next]: narrow it down to the second.
            let (mut lo, mut hi) = (at, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(zone, mid).0 == before.0 && offset_at(zone, mid).1 == before.1 {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let (to, daylight, name) = offset_at(zone, hi);
            found.push(Transition {
                local: hi.naive_utc() + Duration::seconds(before.0 as i64),
                from: before.0,
                to,
                daylight,
                name,
            });
        }
        before = after;
        at = next;
    }
    found
}

const RRULE_DAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A VTIMEZONE valid from the start of `first_year`: the offset then, and every change after it.
/// Changes that repeat each year (daylight-saving rules) become two observances with a yearly
/// RRULE, so the definition also holds for the years after `last_year`; the earlier, irregular
/// ones are listed one by one.
fn vtimezone(ics: &mut Ics, zone: Tz, first_year: i32, last_year: i32) {
    let start = Utc.with_ymd_and_hms(first_year, 1, 1, 0, 0, 0).single().unwrap_or(DateTime::UNIX_EPOCH);
    let all = transitions(zone, start - Duration::days(366), zone_scan_end(first_year, last_year));
    let changes: Vec<&Transition> = all.iter().filter(|t| t.local.year() >= first_year).collect();
    // The yearly part: the longest tail where each change comes back a year later, alike.
    let n = changes.len();
    let alike =
        |a: &Transition, b: &Transition| a.yearly_key() == b.yearly_key() && a.local.year() + 1 == b.local.year();
    let mut yearly_from = n;
    if n >= 4 && alike(changes[n - 4], changes[n - 2]) && alike(changes[n - 3], changes[n - 1]) {
        yearly_from = n - 2;
        while yearly_from >= 2 && alike(changes[yearly_from - 2], changes[yearly_from]) {
            yearly_from -= 2;
        }
    }
    ics.line("BEGIN:VTIMEZONE");
    ics.prop("TZID", zone.name());
    // The offset in force when the file's dates begin, unless a change opens that year.
    let (offset, daylight, name) = offset_at(zone, start);
    if changes.first().is_none_or(|t| t.local > start.naive_utc() + Duration::seconds(offset as i64)) {
        let initial = match all.iter().rev().find(|t| t.local.year() < first_year) {
            Some(t) => t.clone(),
            None => Transition {
                local: NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or_default(),
                from: offset,
                to: offset,
                daylight,
                name,
            },
        };
        observance(ics, &initial, None);
    }
    for (i, change) in changes.iter().enumerate() {
        if i < yearly_from {
            observance(ics, change, None);
        } else if i < yearly_from + 2 {
            let (month, nth, weekday, ..) = change.yearly_key();
            let rule = format!(
                "FREQ=YEARLY;BYMONTH={month};BYDAY={nth}{}",
                RRULE_DAY[weekday.num_days_from_monday() as usize]
            );
            observance(ics, change, Some(&rule));
        }
    }
    ics.line("END:VTIMEZONE");
}

fn observance(ics: &mut Ics, t: &Transition, rrule: Option<&str>) {
    let kind = if t.daylight { "DAYLIGHT" } else { "STANDARD" };
    ics.line(&format!("BEGIN:{kind}"));
    ics.prop("DTSTART", &t.local.format(LOCAL).to_string());
    ics.prop("TZOFFSETFROM", &utc_offset(t.from));
    ics.prop("TZOFFSETTO", &utc_offset(t.to));
    if !t.name.is_empty() {
        ics.prop("TZNAME", &text(&t.name));
    }
    if let Some(rule) = rrule {
        ics.prop("RRULE", rule);
    }
    ics.line(&format!("END:{kind}"));
}

/// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The file being written: content lines ending in CRLF, folded at 75 octets.
#[derive(Default)]
struct Ics {
    out: String,
}

/// Octets on one line, not counting CRLF (RFC 5545 §3.1).
const MAX_LINE: usize = 75;

impl Ics {
    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    /// Folds a content line: a CRLF and a space before each 75th octet, never inside a character.
    fn line(&mut self, line: &str) {
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > MAX_LINE {
                self.out.push_str("\r\n ");
                used = 1;
            }
            self.out.push(c);
            used += c.len_utf8();
        }
        self.out.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut ics = Ics::default();
        let title = format!("SUMMARY:{}", "é".repeat(60));
        ics.line(&title);
        let lines: Vec<&str> = ics.out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.len() <= MAX_LINE), "{lines:?}");
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
        let unfolded: String = lines.iter().enumerate().map(|(i, l)| if i == 0 { *l } else { &l[1..] }).collect();
        assert_eq!(unfolded, title);
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(duration(Duration::minutes(90)), "PT1H30M");
        assert_eq!(duration(Duration::minutes(15)), "PT15M");
        assert_eq!(utc_offset(-4 * 3600 - 30 * 60), "-0430");
    }

    #[test]
    fn zurich_daylight_saving_is_a_yearly_rule() {
        let mut ics = Ics::default();
        vtimezone(&mut ics, chrono_tz::Europe::Zurich, 2026, 2029);
        let out = ics.out.replace("\r\n", "\n");
        assert!(out.contains(
            "BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT"
        ), "{out}");
        assert!(out.contains(
            "BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD"
        ), "{out}");
        // January to March 2026 is covered by the change of October 2025.
        assert!(out.contains("BEGIN:STANDARD\nDTSTART:20251026T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100"), "{out}");
        assert_eq!(out.matches("BEGIN:DAYLIGHT").count(), 1);
        let mut ics = Ics::default();
        vtimezone(&mut ics, chrono_tz::America::New_York, 2026, 2029);
        let out = ics.out.replace("\r\n", "\n");
        assert!(out.contains("DTSTART:20260308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), "{out}");
        assert!(out.contains("DTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"), "{out}");
        let mut ics = Ics::default();
        vtimezone(&mut ics, chrono_tz::Asia::Tokyo, 2026, 2029);
        let out = ics.out.replace("\r\n", "\n");
        assert!(out.contains("BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900\nTZNAME:JST\nEND:STANDARD"), "{out}");
    }

    use crate::core::recurrence::{Recurrence, place_local};
    use icalendar::parser::{Component, read_calendar, unfold};

    fn row(id: i64, zone: &str, first: &str, recurrence: Option<&str>) -> MeetingRow {
        MeetingRow {
            id,
            body_id: Some(1),
            room_key: 1,
            creator_id: 1,
            title: "Board, budget; Q1 \\ review".into(),
            zone: zone.into(),
            first_local: first.into(),
            first_at: 0,
            duration_min: 90,
            recurrence: recurrence.map(str::to_owned),
            repeat_label: None,
            remind_offsets: vec![60],
            link: Some("https://meet.example.org/board?x=1;y=2".into()),
            dial: Some("+41 44 000 00 00, PIN 1234#".into()),
            active: true,
            skipped: Vec::new(),
            moved: Vec::new(),
        }
    }

    fn now() -> DateTime<Utc> {
        "2026-11-20T08:00:00Z".parse().unwrap()
    }

    /// The file as an independent parser reads it, after checking its lines.
    fn parsed(ics: &str) -> Vec<Component<'static>> {
        assert!(ics.ends_with("\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= MAX_LINE && !l.contains('\n')), "{ics}");
        let unfolded: &'static str = Box::leak(unfold(ics).into_boxed_str());
        let calendar = read_calendar(unfolded).unwrap();
        let props: Vec<(String, String)> =
            calendar.properties.iter().map(|p| (p.name.to_string(), p.val.to_string())).collect();
        assert!(props.contains(&("VERSION".into(), "2.0".into())), "{props:?}");
        assert!(props.contains(&("PRODID".into(), PRODID.into())), "{props:?}");
        calendar.components
    }

    fn prop<'a>(c: &'a Component<'static>, name: &str) -> Option<&'a icalendar::parser::Property<'static>> {
        c.properties.iter().find(|p| p.name == name)
    }

    fn value(c: &Component<'static>, name: &str) -> String {
        prop(c, name).map(|p| p.val.to_string()).unwrap_or_else(|| panic!("no {name} in {c:?}"))
    }

    fn tzid(c: &Component<'static>, name: &str) -> String {
        let p = prop(c, name).unwrap();
        p.params.iter().find(|p| p.key == "TZID").and_then(|p| p.val.as_ref()).map(|v| v.to_string()).unwrap()
    }

    fn events<'a>(components: &'a [Component<'static>]) -> Vec<&'a Component<'static>> {
        components.iter().filter(|c| c.name == "VEVENT").collect()
    }

    /// The instants the `rrule` crate expands from the event's own DTSTART, RRULE, RDATE and EXDATE
    /// lines, with each RECURRENCE-ID replaced by its override's start.
    fn expanded(components: &[Component<'static>], zone: Tz, limit: u16) -> Vec<DateTime<Utc>> {
        let all = events(components);
        let main = all.iter().find(|e| prop(e, "RECURRENCE-ID").is_none()).unwrap();
        let mut lines = vec![format!("DTSTART;TZID={}:{}", tzid(main, "DTSTART"), value(main, "DTSTART"))];
        if let Some(p) = prop(main, "RRULE") {
            lines.push(format!("RRULE:{}", p.val));
        }
        for name in ["RDATE", "EXDATE"] {
            if let Some(p) = prop(main, name) {
                lines.push(format!("{name};TZID={}:{}", tzid(main, name), p.val));
            }
        }
        let set: rrule::RRuleSet = lines.join("\n").parse().unwrap();
        let local = |text: &str| NaiveDateTime::parse_from_str(text, LOCAL).unwrap();
        let mut instants: Vec<DateTime<Utc>> = set
            .all(limit)
            .dates
            .iter()
            .map(|d| {
                let at = d.with_timezone(&Utc);
                let replaced = all.iter().find(|e| {
                    prop(e, "RECURRENCE-ID").is_some_and(|_| place_local(zone, local(&value(e, "RECURRENCE-ID"))) == at)
                });
                match replaced {
                    Some(e) => place_local(zone, local(&value(e, "DTSTART"))),
                    None => at,
                }
            })
            .collect();
        instants.sort();
        instants
    }

    #[test]
    fn a_series_with_a_cancelled_and_a_moved_occurrence() {
        let rule = Recurrence::from_phrase("every 2 weeks on tuesday at 14:00").unwrap().expression;
        let mut meeting = row(7, "Europe/Zurich", "2026-12-01T14:00", Some(&rule));
        // Cancelled by identity, the time the series planned it: one where it was, one after a move.
        meeting.skipped = vec!["2026-12-15T14:00".into(), "2027-01-12T14:00".into()];
        // Moved once and kept; moved once and then cancelled.
        meeting.moved = vec![
            ("2026-12-29T14:00".into(), "2026-12-30T10:00".into()),
            ("2027-01-12T14:00".into(), "2027-01-13T09:00".into()),
        ];
        let ics = calendar(std::slice::from_ref(&meeting), None, now()).unwrap();
        let components = parsed(&ics);
        let zones: Vec<_> = components.iter().filter(|c| c.name == "VTIMEZONE").collect();
        assert_eq!(zones.len(), 1);
        assert_eq!(value(zones[0], "TZID"), "Europe/Zurich");
        let all = events(&components);
        assert_eq!(all.len(), 2, "{ics}");
        let (main, moved) = (all[0], all[1]);
        for e in [main, moved] {
            assert_eq!(value(e, "UID"), "meeting-7@quorum");
            assert_eq!(value(e, "DTSTAMP"), "20261120T080000Z");
            assert_eq!(value(e, "SUMMARY"), "Board, budget; Q1 \\ review");
            assert_eq!(value(e, "DURATION"), "PT1H30M");
            assert_eq!(value(e, "URL"), "https://meet.example.org/board?x=1;y=2");
            assert_eq!(value(e, "LOCATION"), "https://meet.example.org/board?x=1;y=2");
            assert_eq!(value(e, "DESCRIPTION"), "https://meet.example.org/board?x=1;y=2\n+41 44 000 00 00, PIN 1234#");
        }
        assert_eq!(tzid(main, "DTSTART"), "Europe/Zurich");
        assert_eq!(value(main, "DTSTART"), "20261201T140000");
        assert_eq!(value(main, "RRULE"), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=14;BYMINUTE=0");
        assert_eq!(value(main, "EXDATE"), "20261215T140000,20270112T140000");
        assert_eq!(tzid(main, "EXDATE"), "Europe/Zurich");
        assert!(prop(main, "RDATE").is_none(), "the first occurrence is on the rule");
        assert_eq!(value(moved, "RECURRENCE-ID"), "20261229T140000");
        assert_eq!(tzid(moved, "RECURRENCE-ID"), "Europe/Zurich");
        assert_eq!(value(moved, "DTSTART"), "20261230T100000");
        // The same occurrences as the meeting's, by an independent expansion.
        let timing = timing(&meeting).unwrap();
        let ours: Vec<DateTime<Utc>> = timing.occurrences().take(40).map(|o| o.starts).collect();
        assert_eq!(expanded(&components, timing.zone, 40), ours);
        assert_eq!(ours[1], "2026-12-30T09:00:00Z".parse::<DateTime<Utc>>().unwrap());
    }

    #[test]
    fn schedules_without_an_rrule_list_the_coming_year() {
        // Standard cron: the 13th or a Friday, which RFC 5545 cannot say as one rule.
        let mut meeting = row(3, "America/New_York", "2026-11-13T09:00", Some("0 9 13 * 5"));
        meeting.link = None;
        meeting.skipped = vec!["2026-11-20T09:00".into()];
        let ics = calendar(std::slice::from_ref(&meeting), None, now()).unwrap();
        let components = parsed(&ics);
        let main = events(&components)[0];
        assert!(prop(main, "RRULE").is_none());
        assert!(prop(main, "URL").is_none());
        assert_eq!(value(main, "LOCATION"), "+41 44 000 00 00, PIN 1234#");
        assert_eq!(value(main, "EXDATE"), "20261120T090000");
        let timing = timing(&meeting).unwrap();
        let horizon = now() + Duration::days(RDATE_HORIZON_DAYS);
        // The first one, then those not over yet.
        let ours: Vec<DateTime<Utc>> = timing
            .occurrences()
            .take_while(|o| o.starts <= horizon)
            .filter(|o| o.local == timing.first || o.starts + timing.duration > now())
            .map(|o| o.starts)
            .collect();
        assert!(ours.len() > 60);
        assert_eq!(expanded(&components, timing.zone, 1000), ours);
    }

    #[test]
    fn a_schedule_firing_every_minute_lists_a_bounded_number_of_dates() {
        // Every day of the month or every weekday, every minute: no RRULE says it, and a year of
        // it is half a million dates.
        let meeting = row(8, "UTC", "2026-11-21T09:00", Some("0-59 0-23 1-31 1-12 0-6"));
        let components = parsed(&calendar(std::slice::from_ref(&meeting), None, now()).unwrap());
        let main = events(&components)[0];
        assert!(prop(main, "RRULE").is_none());
        let dates: Vec<String> = value(main, "RDATE").split(',').map(str::to_owned).collect();
        assert_eq!(dates.len(), MAX_RDATES);
        assert_eq!(dates[..3], ["20261121T090000", "20261121T090100", "20261121T090200"]);
    }

    #[test]
    fn zone_changes_are_looked_for_only_as_far_as_the_zone_data_goes() {
        // The data has none after the last change year, in zones with daylight saving time on
        // either side of the equator.
        for zone in [chrono_tz::Europe::Zurich, chrono_tz::America::New_York, chrono_tz::Australia::Sydney] {
            let after = Utc.with_ymd_and_hms(LAST_ZONE_CHANGE_YEAR + 1, 1, 1, 0, 0, 0).unwrap();
            assert!(transitions(zone, after, after + Duration::days(366 * 5)).is_empty(), "{zone}");
        }
        // A meeting planned in 9999 beside one in 2026: the look stops after 2100, not in 10002.
        assert_eq!(zone_scan_end(2026, 10_002), Utc.with_ymd_and_hms(2101, 1, 1, 0, 0, 0).unwrap());
        assert_eq!(zone_scan_end(2026, 2029), Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap());
        assert_eq!(zone_scan_end(9999, 10_002), Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).unwrap());
        let far = row(9, "Europe/Zurich", "9999-12-30T10:00", None);
        let near = row(10, "Europe/Zurich", "2026-12-03T14:00", None);
        let components = parsed(&calendar(&[near, far], None, now()).unwrap());
        let zone = components.iter().find(|c| c.name == "VTIMEZONE").unwrap();
        let yearly = zone.components.iter().filter(|c| prop(c, "RRULE").is_some()).count();
        assert_eq!(yearly, 2, "summer and winter time, each as a yearly rule: {zone:?}");
    }

    #[test]
    fn an_occurrence_kept_out_of_the_rule_is_one_more_date() {
        // Re-timed to 15:00 while its 14:00 occurrence was under way: that one stays as it was.
        let mut meeting = row(11, "Europe/Zurich", "2026-12-08T15:00", Some("0 15 * * 2"));
        meeting.moved = vec![("2026-12-01T14:00".into(), "2026-12-01T14:00".into())];
        let components = parsed(&calendar(std::slice::from_ref(&meeting), None, now()).unwrap());
        let all = events(&components);
        assert_eq!(all.len(), 1, "no RECURRENCE-ID for an instance the rule never had");
        assert_eq!(value(all[0], "DTSTART"), "20261208T150000");
        assert_eq!(value(all[0], "RDATE"), "20261201T140000");
        let timing = timing(&meeting).unwrap();
        let ours: Vec<DateTime<Utc>> = timing.occurrences().take(10).map(|o| o.starts).collect();
        let first_two: [DateTime<Utc>; 2] =
            ["2026-12-01T13:00:00Z".parse().unwrap(), "2026-12-08T14:00:00Z".parse().unwrap()];
        assert_eq!(ours[..2], first_two);
        assert_eq!(expanded(&components, timing.zone, 10), ours);
    }

    #[test]
    fn a_first_meeting_off_the_rule_is_named_again() {
        // Stored before a series began on its rule's first day: on a Thursday, then every Tuesday.
        let meeting = row(4, "Europe/Zurich", "2026-12-03T14:00", Some("0 14 * * 2"));
        let components = parsed(&calendar(std::slice::from_ref(&meeting), None, now()).unwrap());
        let main = events(&components)[0];
        assert_eq!(value(main, "RRULE"), "FREQ=WEEKLY;BYDAY=TU;BYHOUR=14;BYMINUTE=0");
        assert_eq!(value(main, "RDATE"), "20261203T140000");
        let timing = timing(&meeting).unwrap();
        let ours: Vec<DateTime<Utc>> = timing.occurrences().take(30).map(|o| o.starts).collect();
        assert_eq!(expanded(&components, timing.zone, 30), ours);
    }

    #[test]
    fn a_single_meeting_and_a_feed_of_several_zones() {
        let mut single = row(5, "America/New_York", "2026-12-03T14:00", None);
        single.moved = vec![("2026-12-03T14:00".into(), "2026-12-04T15:30".into())];
        let monthly = Recurrence::from_phrase("monthly on the first thursday at 14:00").unwrap().expression;
        let series = row(6, "Europe/Zurich", "2026-12-03T14:00", Some(&monthly));
        let ics = calendar(&[single, series.clone()], Some("Board, and co"), now()).unwrap();
        let components = parsed(&ics);
        assert!(ics.contains("X-WR-CALNAME:Board\\, and co\r\n"));
        let zones: Vec<String> =
            components.iter().filter(|c| c.name == "VTIMEZONE").map(|c| value(c, "TZID")).collect();
        assert_eq!(zones, ["America/New_York", "Europe/Zurich"]);
        let all = events(&components);
        assert_eq!(all.len(), 2);
        assert_eq!(value(all[0], "DTSTART"), "20261204T153000");
        assert_eq!(tzid(all[0], "DTSTART"), "America/New_York");
        assert!(prop(all[0], "RRULE").is_none() && prop(all[0], "RECURRENCE-ID").is_none());
        assert_eq!(value(all[1], "RRULE"), "FREQ=MONTHLY;BYDAY=1TH;BYHOUR=14;BYMINUTE=0");
        let timing = timing(&series).unwrap();
        let ours: Vec<DateTime<Utc>> = timing.occurrences().take(24).map(|o| o.starts).collect();
        assert_eq!(
            expanded(
                &components[..]
                    .iter()
                    .filter(|c| c.name != "VEVENT" || value(c, "UID") == "meeting-6@quorum")
                    .cloned()
                    .collect::<Vec<_>>(),
                timing.zone,
                24
            ),
            ours
        );
    }
}
