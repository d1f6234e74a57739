//! Action items followed after their meeting: their number, current owners, due date, comments
//! and whether they are done; which of them an agenda or later minutes carry.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::Tx;

const ACTION_COLUMNS: &str = "a.id, a.item_id, i.minutes_id, i.position, i.text, n.title, n.room_key, n.body_id,
     n.meeting_id, n.occurrence, n.started_at, a.due, a.due_at, a.due_zone, a.created_at, a.done_at, a.done_by,
     d.display_name";

const ACTION_FROM: &str =
    "FROM actions a JOIN minutes_items i ON i.id = a.item_id JOIN minutes n ON n.id = i.minutes_id
     LEFT JOIN members d ON d.id = a.done_by";

/// One action item, with the minutes it was recorded in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub id: i64,
    pub item_id: i64,
    pub minutes_id: i64,
    /// Its item number in those minutes.
    pub position: i64,
    pub text: String,
    pub minutes_title: String,
    pub room_key: i64,
    pub body_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub occurrence: Option<String>,
    pub minutes_started_at: i64,
    /// The due date as given (`YYYY-MM-DD`), and the end of that day in `due_zone`.
    pub due: Option<String>,
    pub due_at: Option<i64>,
    pub due_zone: Option<String>,
    pub created_at: i64,
    pub done_at: Option<i64>,
    pub done_by: Option<i64>,
    pub done_by_name: Option<String>,
}

/// An owner of an action now: a member (named by their name now), or a name kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerRow {
    pub action_id: i64,
    pub member_id: Option<i64>,
    pub name: String,
}

/// A comment on an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentRow {
    pub id: i64,
    pub author_name: String,
    pub text: String,
    pub created_at: i64,
}

/// Which open actions `open_actions` lists; `None` leaves a filter out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActionFilter {
    pub body_id: Option<i64>,
    pub room_key: Option<i64>,
    pub owner: Option<i64>,
    /// Only those due before this instant.
    pub due_before: Option<i64>,
}

/// Which meeting carries open actions: those recorded in earlier minutes of its body (or of its
/// series; of its room when it has no body), other than its own, before `before_ms`, and still
/// open at `open_at_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carried<'a> {
    pub body_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub room_key: Option<i64>,
    /// The minutes that carry them, whose own actions are not carried.
    pub minutes_id: Option<i64>,
    /// The occurrence that carries them, whose own minutes' actions are not carried.
    pub occurrence: Option<&'a str>,
    pub before_ms: i64,
    pub open_at_ms: i64,
}

fn action_from(r: &sqlx::any::AnyRow) -> Result<ActionRow> {
    Ok(ActionRow {
        id: r.try_get(0)?,
        item_id: r.try_get(1)?,
        minutes_id: r.try_get(2)?,
        position: r.try_get(3)?,
        text: r.try_get(4)?,
        minutes_title: r.try_get(5)?,
        room_key: r.try_get(6)?,
        body_id: r.try_get(7)?,
        meeting_id: r.try_get(8)?,
        occurrence: r.try_get(9)?,
        minutes_started_at: r.try_get(10)?,
        due: r.try_get(11)?,
        due_at: r.try_get(12)?,
        due_zone: r.try_get(13)?,
        created_at: r.try_get(14)?,
        done_at: r.try_get(15)?,
        done_by: r.try_get(16)?,
        done_by_name: r.try_get(17)?,
    })
}

impl Tx {
    /// Opens the action of a minutes item, its owners those the minutes name; its number.
    pub async fn open_action(&mut self, item_id: i64, due: Option<(&str, i64, &str)>, now_ms: i64) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO actions (item_id, due, due_at, due_zone, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(item_id)
        .bind(due.map(|d| d.0))
        .bind(due.map(|d| d.1))
        .bind(due.map(|d| d.2))
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        sqlx::query(
            "INSERT INTO action_owners (action_id, position, member_id, name)
             SELECT $1, position, member_id, name FROM minutes_action_owners WHERE item_id = $2",
        )
        .bind(id)
        .bind(item_id)
        .execute(&mut *self.tx)
        .await?;
        Ok(id)
    }

    /// The action of a minutes item, if it has one.
    pub async fn action_of_item(&mut self, item_id: i64) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT id FROM actions WHERE item_id = $1")
            .bind(item_id)
            .fetch_optional(&mut *self.tx)
            .await?)
    }

    /// Withdraws the action of a minutes item (its item is being taken back): its owners and
    /// comments go, its number stays taken.
    pub async fn remove_action_of_item(&mut self, item_id: i64) -> Result<()> {
        for table in ["action_comments", "action_owners"] {
            sqlx::query(AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE action_id IN (SELECT id FROM actions WHERE item_id = $1)"
            )))
            .bind(item_id)
            .execute(&mut *self.tx)
            .await?;
        }
        sqlx::query("UPDATE actions SET item_id = NULL WHERE item_id = $1")
            .bind(item_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn action(&mut self, id: i64) -> Result<Option<ActionRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {ACTION_COLUMNS} {ACTION_FROM} WHERE a.id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(action_from).transpose()
    }

    /// Open actions, the earliest due first (those without a date last), then by number.
    pub async fn open_actions(&mut self, filter: ActionFilter, limit: i64) -> Result<Vec<ActionRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {ACTION_COLUMNS} {ACTION_FROM}
             WHERE a.done_at IS NULL AND ($1 = 0 OR n.body_id = $1) AND ($2 = 0 OR n.room_key = $2)
               AND ($3 = 0 OR EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = a.id AND o.member_id = $3))
               AND ($4 = 0 OR a.due_at < $4)
             ORDER BY CASE WHEN a.due_at IS NULL THEN 1 ELSE 0 END, a.due_at, a.id LIMIT $5"
        )))
        .bind(filter.body_id.unwrap_or(0))
        .bind(filter.room_key.unwrap_or(0))
        .bind(filter.owner.unwrap_or(0))
        .bind(filter.due_before.unwrap_or(0))
        .bind(limit)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(action_from).collect()
    }

    /// The actions a meeting carries (see [`Carried`]), in the order they were recorded.
    pub async fn carried_actions(&mut self, carried: &Carried<'_>) -> Result<Vec<ActionRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {ACTION_COLUMNS} {ACTION_FROM}
             WHERE (n.body_id = $1 OR n.meeting_id = $2 OR (n.body_id IS NULL AND n.room_key = $3))
               AND n.id <> $4
               AND NOT (COALESCE(n.meeting_id, 0) = $2 AND COALESCE(n.occurrence, '') = $5)
               AND n.started_at < $6 AND (a.done_at IS NULL OR a.done_at > $7)
             ORDER BY a.id"
        )))
        .bind(carried.body_id.unwrap_or(0))
        .bind(carried.meeting_id.unwrap_or(0))
        .bind(carried.room_key.unwrap_or(0))
        .bind(carried.minutes_id.unwrap_or(0))
        // No occurrence key is empty.
        .bind(carried.occurrence.unwrap_or(""))
        .bind(carried.before_ms)
        .bind(carried.open_at_ms)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(action_from).collect()
    }

    /// The owners of some actions, by action then in order.
    pub async fn action_owners(&mut self, ids: &[i64]) -> Result<Vec<OwnerRow>> {
        let mut owners = Vec::new();
        for chunk in ids.chunks(self.rows_per_statement(1)) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT o.action_id, o.member_id, COALESCE(m.display_name, o.name)
                 FROM action_owners o LEFT JOIN members m ON m.id = o.member_id
                 WHERE o.action_id IN ({}) ORDER BY o.action_id, o.position",
                marks.join(", ")
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for id in chunk {
                query = query.bind(*id);
            }
            for r in query.fetch_all(&mut *self.tx).await? {
                owners.push(OwnerRow { action_id: r.try_get(0)?, member_id: r.try_get(1)?, name: r.try_get(2)? });
            }
        }
        Ok(owners)
    }

    /// Marks an open action done; `false` if it was done already.
    pub async fn finish_action(&mut self, id: i64, member_id: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query("UPDATE actions SET done_at = $2, done_by = $3 WHERE id = $1 AND done_at IS NULL")
            .bind(id)
            .bind(now_ms)
            .bind(member_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives an action to one owner instead of those it had.
    pub async fn reassign_action(&mut self, id: i64, member_id: Option<i64>, name: &str) -> Result<()> {
        sqlx::query("DELETE FROM action_owners WHERE action_id = $1").bind(id).execute(&mut *self.tx).await?;
        sqlx::query("INSERT INTO action_owners (action_id, position, member_id, name) VALUES ($1, 1, $2, $3)")
            .bind(id)
            .bind(member_id)
            .bind(name)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Sets or clears an action's due date: `(date, end of that day, zone)`.
    pub async fn set_action_due(&mut self, id: i64, due: Option<(&str, i64, &str)>) -> Result<()> {
        sqlx::query("UPDATE actions SET due = $2, due_at = $3, due_zone = $4 WHERE id = $1")
            .bind(id)
            .bind(due.map(|d| d.0))
            .bind(due.map(|d| d.1))
            .bind(due.map(|d| d.2))
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn add_action_comment(&mut self, id: i64, author_id: i64, text: &str, now_ms: i64) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO action_comments (action_id, author_id, text, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(id)
        .bind(author_id)
        .bind(text)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    /// The comments on an action, oldest first.
    pub async fn action_comments(&mut self, id: i64) -> Result<Vec<CommentRow>> {
        let rows = sqlx::query(
            "SELECT c.id, m.display_name, c.text, c.created_at FROM action_comments c JOIN members m ON m.id = c.author_id
             WHERE c.action_id = $1 ORDER BY c.id",
        )
        .bind(id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CommentRow {
                    id: r.try_get(0)?,
                    author_name: r.try_get(1)?,
                    text: r.try_get(2)?,
                    created_at: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// How many comments each of some actions has, as `(action, count)`.
    pub async fn action_comment_counts(&mut self, ids: &[i64]) -> Result<Vec<(i64, i64)>> {
        let mut counts = Vec::new();
        for chunk in ids.chunks(self.rows_per_statement(1)) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT action_id, COUNT(*) FROM action_comments WHERE action_id IN ({}) GROUP BY action_id",
                marks.join(", ")
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for id in chunk {
                query = query.bind(*id);
            }
            for r in query.fetch_all(&mut *self.tx).await? {
                counts.push((r.try_get(0)?, r.try_get(1)?));
            }
        }
        Ok(counts)
    }
}
