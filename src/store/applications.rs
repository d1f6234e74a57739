//! Applications to join a body, their answers, the questions bodies add, and the conversations
//! that ask them.

use anyhow::Result;
use sqlx::Row;

use super::members::{MEMBER_COLUMNS, member_at};
use super::numbered::BodyList;
use super::{MemberRow, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRow {
    pub id: i64,
    pub body_id: i64,
    pub body_short: String,
    pub body_name: String,
    pub member_id: i64,
    pub applicant: String,
    pub platform: String,
    pub status: String,
    pub step: i64,
    pub reason: Option<String>,
    pub created_at: i64,
    pub submitted_at: Option<i64>,
}

const COLUMNS: &str = "a.id, a.body_id, b.short, b.name, a.member_id, m.display_name, a.platform, a.status, a.step,
     a.reason, a.created_at, a.submitted_at
     FROM applications a JOIN bodies b ON b.id = a.body_id JOIN members m ON m.id = a.member_id";

fn application_at(r: &sqlx::any::AnyRow) -> Result<ApplicationRow> {
    Ok(ApplicationRow {
        id: r.try_get(0)?,
        body_id: r.try_get(1)?,
        body_short: r.try_get(2)?,
        body_name: r.try_get(3)?,
        member_id: r.try_get(4)?,
        applicant: r.try_get(5)?,
        platform: r.try_get(6)?,
        status: r.try_get(7)?,
        step: r.try_get(8)?,
        reason: r.try_get(9)?,
        created_at: r.try_get(10)?,
        submitted_at: r.try_get(11)?,
    })
}

impl Tx {
    /// A member by their ID.
    pub async fn member_by_id(&mut self, member_id: i64) -> Result<Option<MemberRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {MEMBER_COLUMNS} FROM members m WHERE m.id = $1")))
            .bind(member_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(match row {
            Some(row) => member_at(&row, 0)?,
            None => None,
        })
    }

    /// The rooms linked to a body: `(platform, room id)`.
    pub async fn body_rooms(&mut self, body_id: i64) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query("SELECT platform, room_id FROM rooms WHERE body_id = $1 ORDER BY id")
            .bind(body_id)
            .fetch_all(&mut *self.tx)
            .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// What a person's next plain message in their direct room answers: a feature's kind and
    /// the subject it keeps.
    pub async fn conversation(&mut self, member_id: i64) -> Result<Option<(String, i64)>> {
        let row = sqlx::query("SELECT kind, subject_id FROM conversations WHERE member_id = $1")
            .bind(member_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Opens (or moves on) the conversation with a person; one at a time.
    pub async fn open_conversation(&mut self, member_id: i64, kind: &str, subject_id: i64, now_ms: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO conversations (member_id, kind, subject_id, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (member_id) DO UPDATE SET kind = excluded.kind, subject_id = excluded.subject_id,
             updated_at = excluded.updated_at",
        )
        .bind(member_id)
        .bind(kind)
        .bind(subject_id)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Ends the conversation about `subject_id` of `kind`, if it is the one open.
    pub async fn close_conversation(&mut self, member_id: i64, kind: &str, subject_id: i64) -> Result<()> {
        sqlx::query("DELETE FROM conversations WHERE member_id = $1 AND kind = $2 AND subject_id = $3")
            .bind(member_id)
            .bind(kind)
            .bind(subject_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn application_questions(&mut self, body_id: i64) -> Result<Vec<String>> {
        let questions =
            sqlx::query_scalar("SELECT question FROM application_questions WHERE body_id = $1 ORDER BY position")
                .bind(body_id)
                .fetch_all(&mut *self.tx)
                .await?;
        Ok(questions)
    }

    /// Adds a question at the end; returns its number.
    pub async fn add_application_question(&mut self, body_id: i64, question: &str) -> Result<i64> {
        self.append_to_list(BodyList::ApplicationQuestions, body_id, question).await
    }

    /// Removes question `position` and numbers the ones after it down; `false` if there is none.
    pub async fn remove_application_question(&mut self, body_id: i64, position: i64) -> Result<bool> {
        let removed = sqlx::query("DELETE FROM application_questions WHERE body_id = $1 AND position = $2")
            .bind(body_id)
            .bind(position)
            .execute(&mut *self.tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Ok(false);
        }
        self.close_gap(BodyList::ApplicationQuestions, body_id, position).await?;
        Ok(true)
    }

    pub async fn insert_application(
        &mut self,
        body_id: i64,
        member_id: i64,
        platform: &str,
        now_ms: i64,
    ) -> Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO applications (body_id, member_id, platform, status, step, created_at)
             VALUES ($1, $2, $3, 'drafting', 0, $4) RETURNING id",
        )
        .bind(body_id)
        .bind(member_id)
        .bind(platform)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    pub async fn application(&mut self, id: i64) -> Result<Option<ApplicationRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} WHERE a.id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(application_at).transpose()
    }

    /// A person's applications, the newest first.
    pub async fn applications_of(&mut self, member_id: i64) -> Result<Vec<ApplicationRow>> {
        let rows =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} WHERE a.member_id = $1 ORDER BY a.id DESC")))
                .bind(member_id)
                .fetch_all(&mut *self.tx)
                .await?;
        rows.iter().map(application_at).collect()
    }

    /// A body's applications, the oldest first; `statuses` empty: all.
    pub async fn applications_in(&mut self, body_id: i64, statuses: &[&str]) -> Result<Vec<ApplicationRow>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} WHERE a.body_id = $1 ORDER BY a.id")))
            .bind(body_id)
            .fetch_all(&mut *self.tx)
            .await?;
        let all: Vec<ApplicationRow> = rows.iter().map(application_at).collect::<Result<_>>()?;
        Ok(all.into_iter().filter(|a| statuses.is_empty() || statuses.contains(&a.status.as_str())).collect())
    }

    /// Records an answer and moves the application on to `next_step`.
    pub async fn answer_application(
        &mut self,
        id: i64,
        position: i64,
        question: &str,
        answer: &str,
        next_step: i64,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO application_answers (application_id, position, question, answer) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(position)
        .bind(question)
        .bind(answer)
        .execute(&mut *self.tx)
        .await?;
        sqlx::query("UPDATE applications SET step = $1 WHERE id = $2")
            .bind(next_step)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The answers of an application, in order: `(question, answer)`.
    pub async fn application_answers(&mut self, id: i64) -> Result<Vec<(String, String)>> {
        let rows =
            sqlx::query("SELECT question, answer FROM application_answers WHERE application_id = $1 ORDER BY position")
                .bind(id)
                .fetch_all(&mut *self.tx)
                .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// Moves an application from one of `from` to `status`; `false` if it was in none of them
    /// (someone decided first).
    pub async fn set_application_status(
        &mut self,
        id: i64,
        from: &[&str],
        status: &str,
        reason: Option<&str>,
        decided_by: Option<i64>,
        now_ms: i64,
    ) -> Result<bool> {
        let current: Option<String> = sqlx::query_scalar("SELECT status FROM applications WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        if !current.is_some_and(|c| from.contains(&c.as_str())) {
            return Ok(false);
        }
        let query = if status == "pending" && from == ["drafting"] {
            sqlx::query("UPDATE applications SET status = $1, submitted_at = $2 WHERE id = $3")
                .bind(status)
                .bind(now_ms)
                .bind(id)
        } else {
            sqlx::query(
                "UPDATE applications SET status = $1, decided_at = $2, reason = $3, decided_by = $4 WHERE id = $5",
            )
            .bind(status)
            .bind(now_ms)
            .bind(reason)
            .bind(decided_by)
            .bind(id)
        };
        query.execute(&mut *self.tx).await?;
        Ok(true)
    }
}
