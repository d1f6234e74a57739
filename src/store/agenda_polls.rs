//! Agenda polls of meeting occurrences and their proposals, numbered in the order proposed.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::{Dialect, Tx};

/// An agenda poll as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaPollRow {
    pub id: i64,
    pub meeting_id: i64,
    /// The occurrence's `OccurrenceId::key`.
    pub occurrence: String,
    pub creator_id: i64,
    /// `proposing`, `ranking` or `done`.
    pub phase: String,
    pub propose_until: i64,
    pub rank_until: i64,
    /// How many of the ranked proposals go on the agenda.
    pub top: i64,
    /// The ranked poll, once ranking began.
    pub poll_id: Option<i64>,
    pub created_at: i64,
}

/// One proposal, with its author's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalRow {
    /// 1, 2, 3 … in the order proposed: its option number in the ranking poll.
    pub position: i64,
    pub text: String,
    pub author_id: i64,
    pub author_name: String,
}

const COLUMNS: &str = "a.id, a.meeting_id, a.occurrence, a.creator_id, a.phase, a.propose_until, a.rank_until, a.top, a.poll_id, a.created_at";

fn agenda_poll_at(r: &sqlx::any::AnyRow) -> Result<AgendaPollRow> {
    Ok(AgendaPollRow {
        id: r.try_get(0)?,
        meeting_id: r.try_get(1)?,
        occurrence: r.try_get(2)?,
        creator_id: r.try_get(3)?,
        phase: r.try_get(4)?,
        propose_until: r.try_get(5)?,
        rank_until: r.try_get(6)?,
        top: r.try_get(7)?,
        poll_id: r.try_get(8)?,
        created_at: r.try_get(9)?,
    })
}

impl Tx {
    /// Adds an agenda poll; returns its id.
    pub async fn insert_agenda_poll(&mut self, poll: &AgendaPollRow) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO agenda_polls (meeting_id, occurrence, creator_id, phase, propose_until, rank_until, top,
                 poll_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(poll.meeting_id)
        .bind(&poll.occurrence)
        .bind(poll.creator_id)
        .bind(&poll.phase)
        .bind(poll.propose_until)
        .bind(poll.rank_until)
        .bind(poll.top)
        .bind(poll.poll_id)
        .bind(poll.created_at)
        .fetch_one(&mut *self.tx)
        .await?)
    }

    pub async fn agenda_poll(&mut self, id: i64) -> Result<Option<AgendaPollRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {COLUMNS} FROM agenda_polls a WHERE a.id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(agenda_poll_at).transpose()
    }

    /// An agenda poll read under a lock on PostgreSQL: its proposals and phases are decided one
    /// at a time. (SQLite transactions already hold the write lock.)
    pub async fn agenda_poll_for_update(&mut self, id: i64) -> Result<Option<AgendaPollRow>> {
        let lock = if self.dialect == Dialect::Postgres { " FOR UPDATE" } else { "" };
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {COLUMNS} FROM agenda_polls a WHERE a.id = $1{lock}")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(agenda_poll_at).transpose()
    }

    /// The agenda poll of one occurrence that is not done yet, if there is one.
    pub async fn running_agenda_poll(&mut self, meeting_id: i64, occurrence: &str) -> Result<Option<AgendaPollRow>> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM agenda_polls a WHERE a.meeting_id = $1 AND a.occurrence = $2 AND a.phase <> 'done'"
        )))
        .bind(meeting_id)
        .bind(occurrence)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(agenda_poll_at).transpose()
    }

    /// The agenda polls not done yet of the active meetings of a body, or of a room (a room
    /// without a body), newest first; with `proposing`, only those taking proposals.
    pub async fn running_agenda_polls(
        &mut self,
        body_id: Option<i64>,
        room_key: i64,
        proposing: bool,
    ) -> Result<Vec<(AgendaPollRow, String)>> {
        let (whose, key) = match body_id {
            Some(body) => ("m.body_id", body),
            None => ("m.room_id", room_key),
        };
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {COLUMNS}, m.title FROM agenda_polls a JOIN meetings m ON m.id = a.meeting_id
             WHERE {whose} = $1 AND m.status = 'active' AND a.phase <> 'done' AND ($2 = 0 OR a.phase = 'proposing')
             ORDER BY a.id DESC"
        )))
        .bind(key)
        .bind(i64::from(proposing))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((agenda_poll_at(r)?, r.try_get(10)?))).collect()
    }

    /// Moves an agenda poll from phase `from` to `to`, with its ranking poll when it has one;
    /// `false` if it was not in phase `from`.
    pub async fn set_agenda_poll_phase(&mut self, id: i64, from: &str, to: &str, poll_id: Option<i64>) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE agenda_polls SET phase = $1, poll_id = COALESCE($2, poll_id) WHERE id = $3 AND phase = $4",
        )
        .bind(to)
        .bind(poll_id)
        .bind(id)
        .bind(from)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The occurrences of a meeting that have an agenda poll not done yet.
    pub async fn agenda_poll_slots(&mut self, meeting_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT occurrence FROM agenda_polls WHERE meeting_id = $1 AND phase <> 'done' ORDER BY occurrence",
        )
        .bind(meeting_id)
        .fetch_all(&mut *self.tx)
        .await?)
    }

    /// Gives the agenda polls of one occurrence that are not done yet to another occurrence of the
    /// same meeting.
    pub async fn move_agenda_polls(&mut self, meeting_id: i64, from: &str, to: &str) -> Result<()> {
        sqlx::query(
            "UPDATE agenda_polls SET occurrence = $1 WHERE meeting_id = $2 AND occurrence = $3 AND phase <> 'done'",
        )
        .bind(to)
        .bind(meeting_id)
        .bind(from)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// An agenda poll's proposals, in the order proposed.
    pub async fn agenda_proposals(&mut self, agenda_poll_id: i64) -> Result<Vec<ProposalRow>> {
        let rows = sqlx::query(
            "SELECT p.position, p.text, p.author_id, m.display_name
             FROM agenda_proposals p JOIN members m ON m.id = p.author_id
             WHERE p.agenda_poll_id = $1 ORDER BY p.position",
        )
        .bind(agenda_poll_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ProposalRow {
                    position: r.try_get(0)?,
                    text: r.try_get(1)?,
                    author_id: r.try_get(2)?,
                    author_name: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Adds a proposal after the others; returns its number.
    pub async fn insert_agenda_proposal(
        &mut self,
        agenda_poll_id: i64,
        text: &str,
        author_id: i64,
        now_ms: i64,
    ) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO agenda_proposals (agenda_poll_id, position, text, author_id, created_at)
             SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4 FROM agenda_proposals WHERE agenda_poll_id = $1
             RETURNING position",
        )
        .bind(agenda_poll_id)
        .bind(text)
        .bind(author_id)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?)
    }
}
