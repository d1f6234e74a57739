//! Quorum rules of bodies, roll calls, and who attended each meeting occurrence.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::Tx;

/// One person recorded as present at an occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendeeRow {
    pub member_id: i64,
    pub display_name: String,
    pub remote: bool,
    /// Whether they count as a member of the meeting's body (only they count towards its quorum):
    /// `member_records::counted_account_sql`.
    pub is_member: bool,
}

impl Tx {
    /// A body's short name and its quorum rule as stored (`50%`, `12`), if the body exists.
    pub async fn body_quorum_rule(&mut self, body_id: i64) -> Result<Option<(String, Option<String>)>> {
        let row = sqlx::query("SELECT short, quorum_rule FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Sets or (with `None`) removes a body's quorum rule.
    pub async fn set_body_quorum_rule(&mut self, body_id: i64, rule: Option<&str>) -> Result<()> {
        sqlx::query("UPDATE bodies SET quorum_rule = $1 WHERE id = $2")
            .bind(rule)
            .bind(body_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Opens the roll call of an occurrence; `false` if it was open already.
    pub async fn open_roll_call(
        &mut self,
        meeting_id: i64,
        occurrence: &str,
        member_id: i64,
        now_ms: i64,
    ) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (meeting_id, occurrence) DO NOTHING",
        )
        .bind(meeting_id)
        .bind(occurrence)
        .bind(member_id)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a person as present at an occurrence; answering again changes only where from.
    pub async fn set_attendance(
        &mut self,
        meeting_id: i64,
        occurrence: &str,
        member_id: i64,
        remote: bool,
        now_ms: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (meeting_id, occurrence, member_id) DO UPDATE SET remote = excluded.remote",
        )
        .bind(meeting_id)
        .bind(occurrence)
        .bind(member_id)
        .bind(i64::from(remote))
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Everyone present at an occurrence, in the order they first answered; `body_id` decides
    /// who counts as a member.
    pub async fn attendance(
        &mut self,
        meeting_id: i64,
        occurrence: &str,
        body_id: Option<i64>,
    ) -> Result<Vec<AttendeeRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT a.member_id, m.display_name, a.remote,
                    (SELECT COUNT(*) FROM member_records r
                     WHERE r.body_id = $3 AND r.member_id = a.member_id AND ({}))
             FROM meeting_attendance a JOIN members m ON m.id = a.member_id
             WHERE a.meeting_id = $1 AND a.occurrence = $2 ORDER BY a.answered_at, a.member_id",
            super::member_records::counted_account_sql()
        )))
        .bind(meeting_id)
        .bind(occurrence)
        .bind(body_id.unwrap_or(0))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AttendeeRow {
                    member_id: r.try_get(0)?,
                    display_name: r.try_get(1)?,
                    remote: r.try_get::<i64, _>(2)? != 0,
                    is_member: r.try_get::<i64, _>(3)? > 0,
                })
            })
            .collect()
    }

    /// The people recorded as present remotely at an occurrence.
    pub async fn present_remotely(&mut self, meeting_id: i64, occurrence: &str) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT member_id FROM meeting_attendance WHERE meeting_id = $1 AND occurrence = $2 AND remote = 1",
        )
        .bind(meeting_id)
        .bind(occurrence)
        .fetch_all(&mut *self.tx)
        .await?)
    }
}
