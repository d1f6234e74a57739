//! Scheduling polls (`!when`): their candidate slots and each voter's answers.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::Tx;

/// A scheduling poll as stored, with the short name of its body and the name of its maker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchedulingPollRow {
    pub id: i64,
    pub body_id: Option<i64>,
    pub body_short: Option<String>,
    /// The room it was made in, where its result is posted.
    pub room_key: i64,
    pub creator_id: i64,
    pub title: String,
    /// An IANA zone name: the slots' wall-clock times are in it.
    pub zone: String,
    pub duration_min: i64,
    pub closes_at: Option<i64>,
    /// `open`, `closed` or `scheduled`.
    pub status: String,
    pub meeting_id: Option<i64>,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

/// One candidate slot: its number (from 1, in order of time), its instant and its wall-clock
/// time as given (`YYYY-MM-DDTHH:MM` in the poll's zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotRow {
    pub position: i64,
    pub starts_at: i64,
    pub local: String,
}

/// One voter's answer to one slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotAnswerRow {
    pub member_id: i64,
    pub name: String,
    pub position: i64,
    /// `yes`, `maybe` or `no`.
    pub answer: String,
}

const COLUMNS: &str = "p.id, p.body_id, b.short, p.room_id, p.creator_id, p.title, p.zone, p.duration_min, p.closes_at,
     p.status, p.meeting_id, p.created_at, p.closed_at
     FROM scheduling_polls p LEFT JOIN bodies b ON b.id = p.body_id";

/// The poll whose `COLUMNS` start at column `first`.
fn poll_at(r: &sqlx::any::AnyRow, first: usize) -> Result<SchedulingPollRow> {
    Ok(SchedulingPollRow {
        id: r.try_get(first)?,
        body_id: r.try_get(first + 1)?,
        body_short: r.try_get(first + 2)?,
        room_key: r.try_get(first + 3)?,
        creator_id: r.try_get(first + 4)?,
        title: r.try_get(first + 5)?,
        zone: r.try_get(first + 6)?,
        duration_min: r.try_get(first + 7)?,
        closes_at: r.try_get(first + 8)?,
        status: r.try_get(first + 9)?,
        meeting_id: r.try_get(first + 10)?,
        created_at: r.try_get(first + 11)?,
        closed_at: r.try_get(first + 12)?,
    })
}

impl Tx {
    /// Stores an open poll (its `id`, `status`, `meeting_id` and `closed_at` are ignored) and its
    /// slots, `(instant, wall-clock time)` each, numbered from 1 in the order given. Returns its id.
    pub async fn insert_scheduling_poll(
        &mut self,
        poll: &SchedulingPollRow,
        slots: &[(i64, String)],
        now_ms: i64,
    ) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO scheduling_polls (body_id, room_id, creator_id, title, zone, duration_min, closes_at, status,
                                           created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8) RETURNING id",
        )
        .bind(poll.body_id)
        .bind(poll.room_key)
        .bind(poll.creator_id)
        .bind(&poll.title)
        .bind(&poll.zone)
        .bind(poll.duration_min)
        .bind(poll.closes_at)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        // $1: the poll; then each slot's position, instant and wall-clock time.
        let rows: Vec<String> =
            (0..slots.len()).map(|i| format!("($1, ${}, ${}, ${})", 3 * i + 2, 3 * i + 3, 3 * i + 4)).collect();
        let sql =
            format!("INSERT INTO scheduling_slots (poll_id, position, starts_at, local) VALUES {}", rows.join(", "));
        let mut query = sqlx::query(AssertSqlSafe(sql)).bind(id);
        for (i, (starts_at, local)) in slots.iter().enumerate() {
            query = query.bind(i as i64 + 1).bind(*starts_at).bind(local);
        }
        query.execute(&mut *self.tx).await?;
        Ok(id)
    }

    pub async fn scheduling_poll(&mut self, id: i64) -> Result<Option<SchedulingPollRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {COLUMNS} WHERE p.id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| poll_at(&r, 0)).transpose()
    }

    /// The open polls of a body, or of one room when it has no body, newest first, each with how
    /// many have answered it.
    pub async fn open_scheduling_polls(
        &mut self,
        body_id: Option<i64>,
        room_key: i64,
    ) -> Result<Vec<(SchedulingPollRow, i64)>> {
        let answered = "(SELECT COUNT(DISTINCT a.member_id) FROM scheduling_answers a WHERE a.poll_id = p.id)";
        let rows = match body_id {
            Some(body) => {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT {answered}, {COLUMNS} WHERE p.body_id = $1 AND p.status = 'open' ORDER BY p.id DESC"
                )))
                .bind(body)
                .fetch_all(&mut *self.tx)
                .await?
            }
            None => {
                sqlx::query(AssertSqlSafe(format!(
                    "SELECT {answered}, {COLUMNS}
                     WHERE p.room_id = $1 AND p.body_id IS NULL AND p.status = 'open' ORDER BY p.id DESC"
                )))
                .bind(room_key)
                .fetch_all(&mut *self.tx)
                .await?
            }
        };
        rows.iter().map(|r| Ok((poll_at(r, 1)?, r.try_get(0)?))).collect()
    }

    /// A poll's slots, in order.
    pub async fn scheduling_slots(&mut self, poll_id: i64) -> Result<Vec<SlotRow>> {
        let rows =
            sqlx::query("SELECT position, starts_at, local FROM scheduling_slots WHERE poll_id = $1 ORDER BY position")
                .bind(poll_id)
                .fetch_all(&mut *self.tx)
                .await?;
        rows.iter()
            .map(|r| Ok(SlotRow { position: r.try_get(0)?, starts_at: r.try_get(1)?, local: r.try_get(2)? }))
            .collect()
    }

    /// Every answer to a poll, by voter (in order of name) and slot.
    pub async fn scheduling_answers(&mut self, poll_id: i64) -> Result<Vec<SlotAnswerRow>> {
        let rows = sqlx::query(
            "SELECT a.member_id, m.display_name, a.position, a.answer
             FROM scheduling_answers a JOIN members m ON m.id = a.member_id
             WHERE a.poll_id = $1 ORDER BY m.display_name, a.member_id, a.position",
        )
        .bind(poll_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SlotAnswerRow {
                    member_id: r.try_get(0)?,
                    name: r.try_get(1)?,
                    position: r.try_get(2)?,
                    answer: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Sets a voter's answers to every slot of a poll, `answers[0]` for slot 1 and so on; `true`
    /// if they had answered before (and so changed their answers).
    pub async fn set_scheduling_answers(
        &mut self,
        poll_id: i64,
        member_id: i64,
        answers: &[&str],
        now_ms: i64,
    ) -> Result<bool> {
        let before = sqlx::query("DELETE FROM scheduling_answers WHERE poll_id = $1 AND member_id = $2")
            .bind(poll_id)
            .bind(member_id)
            .execute(&mut *self.tx)
            .await?
            .rows_affected();
        // $1: the poll, $2: the voter, $3: now; then each slot's position and answer.
        let rows: Vec<String> =
            (0..answers.len()).map(|i| format!("($1, ${}, $2, ${}, $3)", 2 * i + 4, 2 * i + 5)).collect();
        let sql = format!(
            "INSERT INTO scheduling_answers (poll_id, position, member_id, answer, answered_at) VALUES {}",
            rows.join(", ")
        );
        let mut query = sqlx::query(AssertSqlSafe(sql)).bind(poll_id).bind(member_id).bind(now_ms);
        for (i, answer) in answers.iter().enumerate() {
            query = query.bind(i as i64 + 1).bind(*answer);
        }
        query.execute(&mut *self.tx).await?;
        Ok(before > 0)
    }

    /// Closes an open poll; `false` if it was no longer open.
    pub async fn close_scheduling_poll(&mut self, id: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE scheduling_polls SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open'",
        )
        .bind(now_ms)
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records that a slot of an open or closed poll became meeting `meeting_id`, closing the poll
    /// if it was open; `false` if it was scheduled already.
    pub async fn mark_scheduling_poll_scheduled(&mut self, id: i64, meeting_id: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE scheduling_polls SET status = 'scheduled', meeting_id = $1, closed_at = COALESCE(closed_at, $2)
             WHERE id = $3 AND status IN ('open', 'closed')",
        )
        .bind(meeting_id)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
