//! Agenda items of meeting occurrences, numbered without gaps.

use anyhow::Result;
use sqlx::Row;

use super::{Dialect, Tx};

/// One point of an occurrence's agenda, with its author's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItemRow {
    pub id: i64,
    /// 1, 2, 3 …: the number people see.
    pub position: i64,
    pub text: String,
    pub author_id: i64,
    pub author_name: String,
}

impl Tx {
    /// Keeps other transactions from changing a meeting's agendas until this one ends, so numbers
    /// stay unique and gapless. (SQLite transactions already hold the write lock.)
    pub async fn lock_agenda(&mut self, meeting_id: i64) -> Result<()> {
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT id FROM meetings WHERE id = $1 FOR UPDATE")
                .bind(meeting_id)
                .fetch_optional(&mut *self.tx)
                .await?;
        }
        Ok(())
    }

    /// The items of one occurrence (its planned local start time), in order.
    pub async fn agenda_items(&mut self, meeting_id: i64, occurrence: &str) -> Result<Vec<AgendaItemRow>> {
        let rows = sqlx::query(
            "SELECT a.id, a.position, a.text, a.author_id, m.display_name
             FROM agenda_items a JOIN members m ON m.id = a.author_id
             WHERE a.meeting_id = $1 AND a.occurrence = $2 ORDER BY a.position",
        )
        .bind(meeting_id)
        .bind(occurrence)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AgendaItemRow {
                    id: r.try_get(0)?,
                    position: r.try_get(1)?,
                    text: r.try_get(2)?,
                    author_id: r.try_get(3)?,
                    author_name: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// The occurrences (planned local start times) of a meeting that have agenda items.
    pub async fn agenda_slots(&mut self, meeting_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT DISTINCT occurrence FROM agenda_items WHERE meeting_id = $1 ORDER BY occurrence")
            .bind(meeting_id)
            .fetch_all(&mut *self.tx)
            .await?)
    }

    /// Gives the items of one occurrence's agenda to another occurrence of the same meeting.
    pub async fn move_agenda(&mut self, meeting_id: i64, from: &str, to: &str) -> Result<()> {
        sqlx::query("UPDATE agenda_items SET occurrence = $1 WHERE meeting_id = $2 AND occurrence = $3")
            .bind(to)
            .bind(meeting_id)
            .bind(from)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn insert_agenda_item(
        &mut self,
        meeting_id: i64,
        occurrence: &str,
        position: i64,
        text: &str,
        author_id: i64,
        now_ms: i64,
    ) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO agenda_items (meeting_id, occurrence, position, text, author_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(meeting_id)
        .bind(occurrence)
        .bind(position)
        .bind(text)
        .bind(author_id)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?)
    }

    pub async fn delete_agenda_item(&mut self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM agenda_items WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        Ok(())
    }

    /// Numbers an occurrence's items 1, 2, 3 … in the order of `ids` (all its items).
    pub async fn renumber_agenda(&mut self, meeting_id: i64, occurrence: &str, ids: &[i64]) -> Result<()> {
        // Out of the way first, so that no two items ever share a number on the way.
        sqlx::query("UPDATE agenda_items SET position = -position WHERE meeting_id = $1 AND occurrence = $2")
            .bind(meeting_id)
            .bind(occurrence)
            .execute(&mut *self.tx)
            .await?;
        for (position, id) in (1_i64..).zip(ids) {
            sqlx::query("UPDATE agenda_items SET position = $1 WHERE id = $2 AND meeting_id = $3")
                .bind(position)
                .bind(id)
                .bind(meeting_id)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(())
    }
}
