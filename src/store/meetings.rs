//! Meetings and meeting series.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::members::{MEMBER_COLUMNS, member_at};
use super::{MemberRow, Tx};

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRow {
    pub id: i64,
    pub body_id: Option<i64>,
    pub room_key: i64,
    pub creator_id: i64,
    pub title: String,
    pub zone: String,
    /// `YYYY-MM-DDTHH:MM` on the zone's wall clock.
    pub first_local: String,
    pub first_at: i64,
    pub duration_min: i64,
    pub recurrence: Option<String>,
    pub repeat_label: Option<String>,
    pub remind_offsets: Vec<i64>,
    pub link: Option<String>,
    pub dial: Option<String>,
    pub active: bool,
    /// Occurrences cancelled one by one, by identity: the local start (`YYYY-MM-DDTHH:MM`) the
    /// series planned them at, as `OccurrenceId::key` says it, wherever one had been moved.
    pub skipped: Vec<String>,
    /// Occurrences moved one by one, as local start times `(from, to)`.
    pub moved: Vec<(String, String)>,
}

/// A meeting's entry in a platform's calendar (a Discord scheduled event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingEvent {
    pub platform: String,
    pub room_id: String,
    pub room_name: String,
    pub event_id: String,
}

const COLUMNS: &str = "id, body_id, room_id, creator_id, title, zone, first_local, first_at, duration_min, recurrence, \
                       repeat_label, remind_offsets, link, dial, status, skipped, moved";

fn meeting_from(row: &sqlx::any::AnyRow) -> Result<MeetingRow> {
    let offsets: String = row.try_get(11)?;
    Ok(MeetingRow {
        id: row.try_get(0)?,
        body_id: row.try_get(1)?,
        room_key: row.try_get(2)?,
        creator_id: row.try_get(3)?,
        title: row.try_get(4)?,
        zone: row.try_get(5)?,
        first_local: row.try_get(6)?,
        first_at: row.try_get(7)?,
        duration_min: row.try_get(8)?,
        recurrence: row.try_get(9)?,
        repeat_label: row.try_get(10)?,
        remind_offsets: offsets.split(',').filter(|s| !s.is_empty()).map(str::parse).collect::<Result<_, _>>()?,
        link: row.try_get(12)?,
        dial: row.try_get(13)?,
        active: row.try_get::<String, _>(14)? == "active",
        skipped: row.try_get::<String, _>(15)?.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        moved: row
            .try_get::<String, _>(16)?
            .split(',')
            .filter_map(|pair| pair.split_once('>'))
            .map(|(from, to)| (from.to_owned(), to.to_owned()))
            .collect(),
    })
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds, as `$1` to `$10`, what an edit may change: title, zone, first occurrence, duration,
/// recurrence and its label, reminder offsets, link and dial-in.
fn bind_changeable<'q>(query: AnyQuery<'q>, m: &'q MeetingRow) -> AnyQuery<'q> {
    let offsets: Vec<String> = m.remind_offsets.iter().map(i64::to_string).collect();
    query
        .bind(&m.title)
        .bind(&m.zone)
        .bind(&m.first_local)
        .bind(m.first_at)
        .bind(m.duration_min)
        .bind(&m.recurrence)
        .bind(&m.repeat_label)
        .bind(offsets.join(","))
        .bind(&m.link)
        .bind(&m.dial)
}

impl Tx {
    pub async fn insert_meeting(&mut self, m: &MeetingRow, now_ms: i64) -> Result<i64> {
        let query = sqlx::query(
            "INSERT INTO meetings (title, zone, first_local, first_at, duration_min, recurrence, repeat_label,
                                   remind_offsets, link, dial, body_id, room_id, creator_id, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'active', $14) RETURNING id",
        );
        let row = bind_changeable(query, m)
            .bind(m.body_id)
            .bind(m.room_key)
            .bind(m.creator_id)
            .bind(now_ms)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(row.try_get(0)?)
    }

    pub async fn meeting(&mut self, id: i64) -> Result<Option<MeetingRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {COLUMNS} FROM meetings WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(meeting_from).transpose()
    }

    /// Active meetings of a body, or of one room when it has no body.
    pub async fn active_meetings(&mut self, body_id: Option<i64>, room_key: i64) -> Result<Vec<MeetingRow>> {
        let rows = match body_id {
            Some(body) => {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT {COLUMNS} FROM meetings WHERE body_id = $1 AND status = 'active' ORDER BY first_at, id"
                )))
                .bind(body)
                .fetch_all(&mut *self.tx)
                .await?
            }
            None => {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT {COLUMNS} FROM meetings WHERE room_id = $1 AND status = 'active' ORDER BY first_at, id"
                )))
                .bind(room_key)
                .fetch_all(&mut *self.tx)
                .await?
            }
        };
        rows.iter().map(meeting_from).collect()
    }

    /// Where a meeting's reminders go: every room linked to its body, or its own room.
    pub async fn meeting_rooms(&mut self, m: &MeetingRow) -> Result<Vec<(String, String)>> {
        let rows = match m.body_id {
            Some(body) => {
                sqlx::query("SELECT platform, room_id FROM rooms WHERE body_id = $1 ORDER BY id")
                    .bind(body)
                    .fetch_all(&mut *self.tx)
                    .await?
            }
            None => {
                sqlx::query("SELECT platform, room_id FROM rooms WHERE id = $1")
                    .bind(m.room_key)
                    .fetch_all(&mut *self.tx)
                    .await?
            }
        };
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// The time zones the members of a body have set, each once.
    pub async fn member_zones(&mut self, body_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT m.timezone FROM members m JOIN role_grants g ON g.member_id = m.id
             WHERE g.body_id = $1 AND m.timezone IS NOT NULL ORDER BY m.timezone",
        )
        .bind(body_id)
        .fetch_all(&mut *self.tx)
        .await?)
    }

    pub async fn remember_meeting_event(
        &mut self,
        meeting_id: i64,
        platform: &str,
        room_id: &str,
        event_id: &str,
    ) -> Result<()> {
        sqlx::query("INSERT INTO meeting_events (meeting_id, platform, room_id, event_id) VALUES ($1, $2, $3, $4)")
            .bind(meeting_id)
            .bind(platform)
            .bind(room_id)
            .bind(event_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The platform calendar entries showing a meeting.
    pub async fn meeting_events(&mut self, meeting_id: i64) -> Result<Vec<MeetingEvent>> {
        let rows = sqlx::query(
            "SELECT e.platform, e.room_id, COALESCE(r.name, e.room_id), e.event_id FROM meeting_events e
             LEFT JOIN rooms r ON r.platform = e.platform AND r.room_id = e.room_id
             WHERE e.meeting_id = $1 ORDER BY e.platform, e.room_id",
        )
        .bind(meeting_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MeetingEvent {
                    platform: r.try_get(0)?,
                    room_id: r.try_get(1)?,
                    room_name: r.try_get(2)?,
                    event_id: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// The calendar entries showing a meeting, forgotten as read.
    pub async fn take_meeting_events(&mut self, meeting_id: i64) -> Result<Vec<MeetingEvent>> {
        let events = self.meeting_events(meeting_id).await?;
        sqlx::query("DELETE FROM meeting_events WHERE meeting_id = $1").bind(meeting_id).execute(&mut *self.tx).await?;
        Ok(events)
    }

    /// Records a member's answer for one occurrence (`OccurrenceId::key`), replacing an earlier one.
    pub async fn set_rsvp(
        &mut self,
        meeting_id: i64,
        occurrence: &str,
        member_id: i64,
        answer: &str,
        now_ms: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO meeting_rsvps (meeting_id, occurrence, member_id, answer, answered_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (meeting_id, occurrence, member_id)
             DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
        )
        .bind(meeting_id)
        .bind(occurrence)
        .bind(member_id)
        .bind(answer)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// How many gave each answer for one occurrence, as `(answer, count)`: for a meeting of a body,
    /// only those who have a role in it now (its members, as attendance counts them).
    pub async fn rsvp_counts(
        &mut self,
        meeting_id: i64,
        occurrence: &str,
        body_id: Option<i64>,
    ) -> Result<Vec<(String, i64)>> {
        let members_only = match body_id {
            Some(_) => "AND EXISTS (SELECT 1 FROM role_grants g WHERE g.body_id = $3 AND g.member_id = r.member_id)",
            None => "",
        };
        let query = sqlx::query(AssertSqlSafe(format!(
            "SELECT r.answer, COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = $1 AND r.occurrence = $2 {members_only}
             GROUP BY r.answer ORDER BY r.answer"
        )))
        .bind(meeting_id)
        .bind(occurrence);
        let query = match body_id {
            Some(body) => query.bind(body),
            None => query,
        };
        let rows = query.fetch_all(&mut *self.tx).await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// The occurrences of a meeting that have answers, by identity (`OccurrenceId::key`).
    pub async fn rsvp_occurrences(&mut self, meeting_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT occurrence FROM meeting_rsvps WHERE meeting_id = $1 ORDER BY occurrence",
        )
        .bind(meeting_id)
        .fetch_all(&mut *self.tx)
        .await?)
    }

    /// Gives one occurrence's answers to another occurrence of the same meeting.
    pub async fn move_rsvps(&mut self, meeting_id: i64, from: &str, to: &str) -> Result<()> {
        sqlx::query("UPDATE meeting_rsvps SET occurrence = $1 WHERE meeting_id = $2 AND occurrence = $3")
            .bind(to)
            .bind(meeting_id)
            .bind(from)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Cancels one occurrence of a series, by its identity (`OccurrenceId::key`).
    pub async fn skip_occurrence(&mut self, id: i64, planned: &str) -> Result<()> {
        let skipped: String =
            sqlx::query_scalar("SELECT skipped FROM meetings WHERE id = $1").bind(id).fetch_one(&mut *self.tx).await?;
        let mut all: Vec<&str> = skipped.split(',').filter(|s| !s.is_empty()).collect();
        if !all.contains(&planned) {
            all.push(planned);
        }
        sqlx::query("UPDATE meetings SET skipped = $1 WHERE id = $2")
            .bind(all.join(","))
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Moves one occurrence, named by its identity (`OccurrenceId::key`), to a local start time;
    /// moving it again replaces where it had gone.
    pub async fn move_occurrence(&mut self, id: i64, planned: &str, to: &str) -> Result<()> {
        let moved: String =
            sqlx::query_scalar("SELECT moved FROM meetings WHERE id = $1").bind(id).fetch_one(&mut *self.tx).await?;
        let mut pairs: Vec<(String, String)> =
            moved.split(',').filter_map(|p| p.split_once('>')).map(|(f, t)| (f.to_owned(), t.to_owned())).collect();
        pairs.retain(|(from, _)| from != planned);
        pairs.push((planned.to_owned(), to.to_owned()));
        let joined: Vec<String> = pairs.iter().map(|(f, t)| format!("{f}>{t}")).collect();
        sqlx::query("UPDATE meetings SET moved = $1 WHERE id = $2")
            .bind(joined.join(","))
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Stores everything an edit may change: title, timing, options and the one-by-one exceptions.
    pub async fn update_meeting(&mut self, m: &MeetingRow) -> Result<()> {
        let moved: Vec<String> = m.moved.iter().map(|(f, t)| format!("{f}>{t}")).collect();
        let query = sqlx::query(
            "UPDATE meetings SET title = $1, zone = $2, first_local = $3, first_at = $4, duration_min = $5,
                                 recurrence = $6, repeat_label = $7, remind_offsets = $8, link = $9, dial = $10,
                                 skipped = $11, moved = $12
             WHERE id = $13",
        );
        bind_changeable(query, m)
            .bind(m.skipped.join(","))
            .bind(moved.join(","))
            .bind(m.id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Asks for reminders by direct message, for one meeting (`scope` "meeting") or every meeting
    /// of a body ("body"); asking again only changes the platform.
    pub async fn opt_in_dm(
        &mut self,
        member_id: i64,
        scope: &str,
        scope_id: i64,
        platform: &str,
        now_ms: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO meeting_dm_reminders (member_id, scope, scope_id, platform, created_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (member_id, scope, scope_id) DO UPDATE SET platform = excluded.platform",
        )
        .bind(member_id)
        .bind(scope)
        .bind(scope_id)
        .bind(platform)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Stops reminders by direct message for that scope; `false` if there were none.
    pub async fn opt_out_dm(&mut self, member_id: i64, scope: &str, scope_id: i64) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM meeting_dm_reminders WHERE member_id = $1 AND scope = $2 AND scope_id = $3")
                .bind(member_id)
                .bind(scope)
                .bind(scope_id)
                .execute(&mut *self.tx)
                .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Who gets a meeting's reminders by direct message, each once, with the platform they chose
    /// (for one meeting rather than the whole body when both were asked).
    pub async fn dm_reminder_readers(&mut self, m: &MeetingRow) -> Result<Vec<(MemberRow, String)>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {MEMBER_COLUMNS}, o.platform FROM meeting_dm_reminders o JOIN members m ON m.id = o.member_id
             WHERE (o.scope = 'meeting' AND o.scope_id = $1) OR (o.scope = 'body' AND o.scope_id = $2)
             ORDER BY m.id, o.scope DESC"
        )))
        .bind(m.id)
        .bind(m.body_id.unwrap_or(-1))
        .fetch_all(&mut *self.tx)
        .await?;
        let mut readers: Vec<(MemberRow, String)> = Vec::new();
        for row in &rows {
            let Some(member) = member_at(row, 0)? else { continue };
            if readers.last().is_some_and(|(last, _)| last.id == member.id) {
                continue;
            }
            readers.push((member, row.try_get(5)?));
        }
        Ok(readers)
    }

    pub async fn cancel_meeting(&mut self, id: i64) -> Result<()> {
        sqlx::query("UPDATE meetings SET status = 'cancelled' WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        Ok(())
    }
}
