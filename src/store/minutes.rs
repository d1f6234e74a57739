//! Minutes taken live in a room: the meeting, its chairs, the log of its lines, its items and
//! action owners, its attendees; and, once ended, the archive.

use anyhow::Result;
use sqlx::Row;

use super::Tx;

const MINUTES_COLUMNS: &str = "n.id, n.room_key, n.body_id, n.title, n.started_by, n.started_at, n.last_activity,
     n.ended_at, n.meeting_id, n.occurrence, n.agenda_done, n.language, n.approved_by, n.approved_at, m.display_name";

/// One minuted meeting, running or ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesRow {
    pub id: i64,
    pub room_key: i64,
    pub body_id: Option<i64>,
    pub title: String,
    pub started_by: i64,
    pub started_at: i64,
    pub last_activity: i64,
    pub ended_at: Option<i64>,
    /// The scheduled meeting and occurrence (`OccurrenceId::key`) it was linked to.
    pub meeting_id: Option<i64>,
    pub occurrence: Option<String>,
    /// How many items of the occurrence's agenda `!topic next` has taken up.
    pub agenda_done: i64,
    pub language: Option<String>,
    pub approved_by: Option<i64>,
    pub approved_at: Option<i64>,
    pub starter_name: String,
}

/// What `!startmeeting` stores.
#[derive(Debug, Clone)]
pub struct NewMinutes<'a> {
    pub room_key: i64,
    pub body_id: Option<i64>,
    pub title: &'a str,
    pub started_by: i64,
    pub meeting_id: Option<i64>,
    pub occurrence: Option<&'a str>,
}

/// One item of the minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesItemRow {
    pub id: i64,
    pub position: i64,
    pub kind: String,
    pub text: String,
    pub url: Option<String>,
    pub due: Option<String>,
    pub author_id: i64,
    pub author_name: String,
    pub line: i64,
    pub edited: bool,
}

/// What an item command stores.
#[derive(Debug, Clone)]
pub struct NewItem<'a> {
    pub minutes_id: i64,
    pub kind: &'a str,
    pub text: &'a str,
    pub url: Option<&'a str>,
    pub due: Option<&'a str>,
    pub author_id: i64,
    pub line: i64,
}

/// The owner of an action: a member, or a name kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionOwnerRow {
    pub item_id: i64,
    pub member_id: Option<i64>,
    pub name: String,
}

/// One line of a meeting's log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub line: i64,
    pub name: String,
    pub text: String,
    pub said_at: i64,
    /// Plain chat said in the room, not a command.
    pub chat: bool,
}

fn minutes_from(r: &sqlx::any::AnyRow) -> Result<MinutesRow> {
    Ok(MinutesRow {
        id: r.try_get(0)?,
        room_key: r.try_get(1)?,
        body_id: r.try_get(2)?,
        title: r.try_get(3)?,
        started_by: r.try_get(4)?,
        started_at: r.try_get(5)?,
        last_activity: r.try_get(6)?,
        ended_at: r.try_get(7)?,
        meeting_id: r.try_get(8)?,
        occurrence: r.try_get(9)?,
        agenda_done: r.try_get(10)?,
        language: r.try_get(11)?,
        approved_by: r.try_get(12)?,
        approved_at: r.try_get(13)?,
        starter_name: r.try_get(14)?,
    })
}

impl Tx {
    /// The meeting being minuted in a room, if one is.
    pub async fn running_minutes(&mut self, room_key: i64) -> Result<Option<MinutesRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MINUTES_COLUMNS} FROM minutes n JOIN members m ON m.id = n.started_by
             WHERE n.room_key = $1 AND n.ended_at IS NULL"
        )))
        .bind(room_key)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(minutes_from).transpose()
    }

    /// One meeting's minutes by number.
    pub async fn minutes(&mut self, id: i64) -> Result<Option<MinutesRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MINUTES_COLUMNS} FROM minutes n JOIN members m ON m.id = n.started_by WHERE n.id = $1"
        )))
        .bind(id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(minutes_from).transpose()
    }

    /// The ended minutes of a room, or of every room of its body, newest first; with `search`,
    /// only those whose title or an item holds it (case-insensitive for unaccented Latin letters).
    pub async fn minutes_archive(
        &mut self,
        room_key: i64,
        body_id: Option<i64>,
        search: Option<&str>,
        limit: i64,
    ) -> Result<Vec<MinutesRow>> {
        let pattern = search.map(|s| {
            let escaped = s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            format!("%{}%", escaped.to_lowercase())
        });
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MINUTES_COLUMNS} FROM minutes n JOIN members m ON m.id = n.started_by
             WHERE n.ended_at IS NOT NULL AND (n.room_key = $1 OR n.body_id = $2)
               AND ($3 = '' OR LOWER(n.title) LIKE $3 ESCAPE '\\'
                    OR EXISTS (SELECT 1 FROM minutes_items i WHERE i.minutes_id = n.id
                               AND LOWER(i.text) LIKE $3 ESCAPE '\\'))
             ORDER BY n.id DESC LIMIT $4"
        )))
        .bind(room_key)
        .bind(body_id.unwrap_or(0))
        .bind(pattern.unwrap_or_default())
        .bind(limit)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(minutes_from).collect()
    }

    /// Starts minuting a meeting; its starter is its first chair. The room is listened to until
    /// the minutes end.
    pub async fn start_minutes(&mut self, new: &NewMinutes<'_>, now_ms: i64) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO minutes (room_key, body_id, title, started_by, started_at, last_activity, meeting_id, occurrence)
             VALUES ($1, $2, $3, $4, $5, $5, $6, $7) RETURNING id",
        )
        .bind(new.room_key)
        .bind(new.body_id)
        .bind(new.title)
        .bind(new.started_by)
        .bind(now_ms)
        .bind(new.meeting_id)
        .bind(new.occurrence)
        .fetch_one(&mut *self.tx)
        .await?;
        self.add_minutes_chair(id, new.started_by).await?;
        self.listen_to_room(new.room_key, true).await?;
        Ok(id)
    }

    /// Ends a running meeting, and stops listening to its room; `false` if it had ended already.
    pub async fn end_minutes(&mut self, id: i64, language: &str, now_ms: i64) -> Result<bool> {
        let room_key: Option<i64> = sqlx::query_scalar(
            "UPDATE minutes SET ended_at = $2, language = $3 WHERE id = $1 AND ended_at IS NULL RETURNING room_key",
        )
        .bind(id)
        .bind(now_ms)
        .bind(language)
        .fetch_optional(&mut *self.tx)
        .await?;
        if let Some(room_key) = room_key {
            self.listen_to_room(room_key, false).await?;
        }
        Ok(room_key.is_some())
    }

    /// Records how many agenda items `!topic next` has taken up.
    pub async fn set_agenda_done(&mut self, id: i64, done: i64) -> Result<()> {
        sqlx::query("UPDATE minutes SET agenda_done = $2 WHERE id = $1")
            .bind(id)
            .bind(done)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Approves ended minutes; `false` if they were approved already.
    pub async fn approve_minutes(&mut self, id: i64, member_id: i64, now_ms: i64) -> Result<bool> {
        let done =
            sqlx::query("UPDATE minutes SET approved_by = $2, approved_at = $3 WHERE id = $1 AND approved_at IS NULL")
                .bind(id)
                .bind(member_id)
                .bind(now_ms)
                .execute(&mut *self.tx)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Adds a chair; `false` if they chair it already.
    pub async fn add_minutes_chair(&mut self, id: i64, member_id: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO minutes_chairs (minutes_id, member_id) VALUES ($1, $2)
             ON CONFLICT (minutes_id, member_id) DO NOTHING",
        )
        .bind(id)
        .bind(member_id)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes a chair; `false` if they were not one.
    pub async fn remove_minutes_chair(&mut self, id: i64, member_id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM minutes_chairs WHERE minutes_id = $1 AND member_id = $2")
            .bind(id)
            .bind(member_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The chairs of a meeting, as `(member id, name)`, by name.
    pub async fn minutes_chairs(&mut self, id: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT c.member_id, m.display_name FROM minutes_chairs c JOIN members m ON m.id = c.member_id
             WHERE c.minutes_id = $1 ORDER BY m.display_name, c.member_id",
        )
        .bind(id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// Appends a line to a running meeting's log and counts it as activity; its number.
    pub async fn append_minutes_log(&mut self, id: i64, member_id: i64, text: &str, now_ms: i64) -> Result<i64> {
        self.append_to_minutes_log(id, member_id, text, false, now_ms).await
    }

    /// Writes a line of plain chat said in the room at the end of a meeting's log; its number.
    pub async fn append_minutes_chat(&mut self, id: i64, member_id: i64, text: &str, now_ms: i64) -> Result<i64> {
        self.append_to_minutes_log(id, member_id, text, true, now_ms).await
    }

    async fn append_to_minutes_log(
        &mut self,
        id: i64,
        member_id: i64,
        text: &str,
        chat: bool,
        now_ms: i64,
    ) -> Result<i64> {
        let line: i64 = sqlx::query_scalar(
            "INSERT INTO minutes_log (minutes_id, line, member_id, text, said_at, chat)
             SELECT $1, COALESCE(MAX(line), 0) + 1, $2, $3, $4, $5 FROM minutes_log WHERE minutes_id = $1
             RETURNING line",
        )
        .bind(id)
        .bind(member_id)
        .bind(text)
        .bind(now_ms)
        .bind(i64::from(chat))
        .fetch_one(&mut *self.tx)
        .await?;
        sqlx::query("UPDATE minutes SET last_activity = $2 WHERE id = $1")
            .bind(id)
            .bind(now_ms)
            .execute(&mut *self.tx)
            .await?;
        Ok(line)
    }

    /// A meeting's whole log, in order.
    pub async fn minutes_log(&mut self, id: i64) -> Result<Vec<LogLine>> {
        let rows = sqlx::query(
            "SELECT l.line, m.display_name, l.text, l.said_at, l.chat FROM minutes_log l
             JOIN members m ON m.id = l.member_id WHERE l.minutes_id = $1 ORDER BY l.line",
        )
        .bind(id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(LogLine {
                    line: r.try_get(0)?,
                    name: r.try_get(1)?,
                    text: r.try_get(2)?,
                    said_at: r.try_get(3)?,
                    chat: r.try_get::<i64, _>(4)? != 0,
                })
            })
            .collect()
    }

    /// Adds an item at the end of the minutes; its number.
    pub async fn add_minutes_item(&mut self, item: &NewItem<'_>, now_ms: i64) -> Result<(i64, i64)> {
        let row = sqlx::query(
            "INSERT INTO minutes_items (minutes_id, position, kind, text, url, due, author_id, line, created_at)
             SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4, $5, $6, $7, $8
             FROM minutes_items WHERE minutes_id = $1
             RETURNING id, position",
        )
        .bind(item.minutes_id)
        .bind(item.kind)
        .bind(item.text)
        .bind(item.url)
        .bind(item.due)
        .bind(item.author_id)
        .bind(item.line)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }

    /// Names an owner of an action, in the order given.
    pub async fn add_action_owner(
        &mut self,
        item_id: i64,
        position: i64,
        member_id: Option<i64>,
        name: &str,
    ) -> Result<()> {
        sqlx::query("INSERT INTO minutes_action_owners (item_id, position, member_id, name) VALUES ($1, $2, $3, $4)")
            .bind(item_id)
            .bind(position)
            .bind(member_id)
            .bind(name)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The items of a meeting, in order.
    pub async fn minutes_items(&mut self, id: i64) -> Result<Vec<MinutesItemRow>> {
        let rows = sqlx::query(
            "SELECT i.id, i.position, i.kind, i.text, i.url, i.due, i.author_id, m.display_name, i.line, i.edited_at
             FROM minutes_items i JOIN members m ON m.id = i.author_id
             WHERE i.minutes_id = $1 ORDER BY i.position",
        )
        .bind(id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MinutesItemRow {
                    id: r.try_get(0)?,
                    position: r.try_get(1)?,
                    kind: r.try_get(2)?,
                    text: r.try_get(3)?,
                    url: r.try_get(4)?,
                    due: r.try_get(5)?,
                    author_id: r.try_get(6)?,
                    author_name: r.try_get(7)?,
                    line: r.try_get(8)?,
                    edited: r.try_get::<Option<i64>, _>(9)?.is_some(),
                })
            })
            .collect()
    }

    /// The owners of every action of a meeting, by action then in the order given; an owner who
    /// is a member is named by their name now.
    pub async fn minutes_action_owners(&mut self, id: i64) -> Result<Vec<ActionOwnerRow>> {
        let rows = sqlx::query(
            "SELECT o.item_id, o.member_id, COALESCE(m.display_name, o.name)
             FROM minutes_action_owners o JOIN minutes_items i ON i.id = o.item_id
             LEFT JOIN members m ON m.id = o.member_id
             WHERE i.minutes_id = $1 ORDER BY i.position, o.position",
        )
        .bind(id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| Ok(ActionOwnerRow { item_id: r.try_get(0)?, member_id: r.try_get(1)?, name: r.try_get(2)? }))
            .collect()
    }

    /// The last item a person added to a meeting, if any is left.
    pub async fn last_minutes_item_by(&mut self, id: i64, member_id: i64) -> Result<Option<(i64, i64, String)>> {
        let row = sqlx::query(
            "SELECT id, position, kind FROM minutes_items WHERE minutes_id = $1 AND author_id = $2
             ORDER BY position DESC LIMIT 1",
        )
        .bind(id)
        .bind(member_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).transpose()
    }

    /// Removes an item, its owners, the action followed from it and, for a motion, its vote.
    pub async fn remove_minutes_item(&mut self, item_id: i64) -> Result<()> {
        self.remove_action_of_item(item_id).await?;
        self.remove_motion(item_id).await?;
        sqlx::query("DELETE FROM minutes_action_owners WHERE item_id = $1")
            .bind(item_id)
            .execute(&mut *self.tx)
            .await?;
        sqlx::query("DELETE FROM minutes_items WHERE id = $1").bind(item_id).execute(&mut *self.tx).await?;
        Ok(())
    }

    /// Replaces the text of item `position`; its old text, or `None` if there is no such item.
    pub async fn edit_minutes_item(
        &mut self,
        id: i64,
        position: i64,
        text: &str,
        now_ms: i64,
    ) -> Result<Option<String>> {
        let old: Option<String> =
            sqlx::query_scalar("SELECT text FROM minutes_items WHERE minutes_id = $1 AND position = $2")
                .bind(id)
                .bind(position)
                .fetch_optional(&mut *self.tx)
                .await?;
        if old.is_some() {
            sqlx::query("UPDATE minutes_items SET text = $3, edited_at = $4 WHERE minutes_id = $1 AND position = $2")
                .bind(id)
                .bind(position)
                .bind(text)
                .bind(now_ms)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(old)
    }

    /// Records a person as present; `false` if they were already.
    pub async fn add_minutes_attendee(&mut self, id: i64, member_id: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO minutes_attendees (minutes_id, member_id, answered_at) VALUES ($1, $2, $3)
             ON CONFLICT (minutes_id, member_id) DO NOTHING",
        )
        .bind(id)
        .bind(member_id)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Who was present: those who said `!here`, and those the linked occurrence's roll call
    /// recorded, in the order they answered.
    pub async fn minutes_attendees(&mut self, row: &MinutesRow) -> Result<Vec<String>> {
        let rows = sqlx::query(
            "SELECT m.display_name, MIN(t.at) AS first FROM (
                 SELECT member_id, answered_at AS at FROM minutes_attendees WHERE minutes_id = $1
                 UNION ALL
                 SELECT member_id, answered_at AS at FROM meeting_attendance WHERE meeting_id = $2 AND occurrence = $3
             ) t JOIN members m ON m.id = t.member_id
             GROUP BY m.id, m.display_name ORDER BY first, m.id",
        )
        .bind(row.id)
        .bind(row.meeting_id.unwrap_or(0))
        .bind(row.occurrence.clone().unwrap_or_default())
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }
}
