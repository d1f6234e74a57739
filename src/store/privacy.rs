//! What Quorum holds about a member, for their own copy, and erasing it on their request.

use anyhow::Result;
use serde_json::{Map, Value};
use sqlx::{AssertSqlSafe, Column, Row};

use super::Tx;
use super::accounts::MEMBER_REFERENCES;

/// Columns that are not the member's to see: staff-only notes, and secrets (a link code's hash).
pub const WITHHELD: &[(&str, &str)] = &[("member_records", "notes"), ("account_link_codes", "code_hash")];

/// The text that replaces what a forgotten member wrote.
pub const ERASED: &str = "—";

/// A row as JSON, column by column; a value read as a number, else as text, else null.
fn row_json(table: &str, row: &sqlx::any::AnyRow) -> Value {
    let mut object = Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let name = column.name();
        if WITHHELD.contains(&(table, name)) {
            continue;
        }
        let value = if let Ok(Some(n)) = row.try_get::<Option<i64>, _>(i) {
            Value::from(n)
        } else if let Ok(Some(s)) = row.try_get::<Option<String>, _>(i) {
            Value::from(s)
        } else if let Ok(Some(f)) = row.try_get::<Option<f64>, _>(i) {
            Value::from(f)
        } else {
            Value::Null
        };
        object.insert(name.to_owned(), value);
    }
    Value::Object(object)
}

impl Tx {
    /// Everything stored about a member: their own row, every row of every table that names them
    /// (the same list account merges follow, so a new table is covered by construction), the
    /// answers of their applications, and the audit entries of what they did.
    pub async fn member_data(&mut self, member_id: i64) -> Result<Value> {
        let mut tables = Map::new();
        let own =
            sqlx::query("SELECT id, display_name, locale, timezone, is_admin, created_at FROM members WHERE id = $1")
                .bind(member_id)
                .fetch_all(&mut *self.tx)
                .await?;
        tables.insert("members".into(), Value::Array(own.iter().map(|r| row_json("members", r)).collect()));
        for (table, column, _) in MEMBER_REFERENCES {
            let rows = sqlx::query(AssertSqlSafe(format!("SELECT * FROM {table} WHERE {column} = $1")))
                .bind(member_id)
                .fetch_all(&mut *self.tx)
                .await?;
            if rows.is_empty() {
                continue;
            }
            let key = format!("{table}.{column}");
            tables.insert(key, Value::Array(rows.iter().map(|r| row_json(table, r)).collect()));
        }
        let answers = sqlx::query(
            "SELECT x.* FROM application_answers x JOIN applications a ON a.id = x.application_id
             WHERE a.member_id = $1 ORDER BY x.application_id, x.position",
        )
        .bind(member_id)
        .fetch_all(&mut *self.tx)
        .await?;
        if !answers.is_empty() {
            tables.insert(
                "application_answers".into(),
                Value::Array(answers.iter().map(|r| row_json("application_answers", r)).collect()),
            );
        }
        let audit =
            sqlx::query("SELECT seq, at, body_id, action, detail FROM audit_log WHERE actor_id = $1 ORDER BY seq")
                .bind(member_id)
                .fetch_all(&mut *self.tx)
                .await?;
        if !audit.is_empty() {
            tables.insert("audit_log".into(), Value::Array(audit.iter().map(|r| row_json("audit_log", r)).collect()));
        }
        Ok(Value::Object(tables))
    }

    /// Erases a member's personal data, keeping what counts need under `pseudonym`: their name,
    /// language and zone go; their accounts are unlinked; their records become anonymous and
    /// former; what they wrote (reminders, agenda items and proposals, with the poll options the
    /// proposals became, application answers) is replaced; their roles, pending codes,
    /// conversation, place in queues, direct-message settings and the messages sent to them
    /// directly go; answers, attendance and audit entries stay, under the pseudonym.
    ///
    /// Returns the reminders and member records whose jobs the caller cancels: `(reminder ids,
    /// record ids)`, read before they change.
    pub async fn forget_member(&mut self, member_id: i64, pseudonym: &str) -> Result<(Vec<i64>, Vec<i64>)> {
        let reminders: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM reminders WHERE (creator_id = $1 OR target_member_id = $1) AND status = 'active'",
        )
        .bind(member_id)
        .fetch_all(&mut *self.tx)
        .await?;
        let records: Vec<i64> = sqlx::query_scalar("SELECT id FROM member_records WHERE member_id = $1")
            .bind(member_id)
            .fetch_all(&mut *self.tx)
            .await?;
        let statements: [(&str, bool); 22] = [
            ("UPDATE members SET display_name = $2, locale = NULL, timezone = NULL, is_admin = 0 WHERE id = $1", true),
            // What was sent to them directly, which repeats what they wrote; not what is still to go.
            (
                "DELETE FROM outbox WHERE recipient_kind = 'direct' AND state IN ('sent', 'failed')
                 AND EXISTS (SELECT 1 FROM identities i WHERE i.member_id = $1 AND i.platform = outbox.platform
                             AND i.user_id = outbox.recipient_id)",
                false,
            ),
            ("DELETE FROM identities WHERE member_id = $1", false),
            ("DELETE FROM account_link_codes WHERE member_id = $1", false),
            ("DELETE FROM conversations WHERE member_id = $1", false),
            ("DELETE FROM role_grants WHERE member_id = $1", false),
            ("DELETE FROM speaking_queue WHERE member_id = $1", false),
            ("DELETE FROM meeting_dm_reminders WHERE member_id = $1", false),
            (
                "UPDATE member_records SET name = $2, organisation = NULL, stakeholder_group = NULL, country = NULL,
                 region = NULL, languages = NULL, gender = NULL, notes = NULL, status_reason = NULL,
                 status = 'former', is_voting_rep = 0 WHERE member_id = $1",
                true,
            ),
            ("UPDATE agenda_items SET text = $2 WHERE author_id = $1", true),
            // A proposal's text is also an option of the poll that ranks it.
            (
                "UPDATE poll_options SET label = $2 WHERE EXISTS (
                     SELECT 1 FROM agenda_proposals p JOIN agenda_polls a ON a.id = p.agenda_poll_id
                     WHERE p.author_id = $1 AND a.poll_id = poll_options.poll_id AND p.position = poll_options.position)",
                true,
            ),
            ("UPDATE agenda_proposals SET text = $2 WHERE author_id = $1", true),
        // What they said in minuted meetings, and their name where an action kept it.
        ("UPDATE minutes_log SET text = $2 WHERE member_id = $1", true),
        ("UPDATE minutes_items SET text = $2 WHERE author_id = $1", true),
        ("UPDATE minutes_action_owners SET name = $2 WHERE member_id = $1", true),
        // What they wrote about actions, and their name where an action kept it.
        ("UPDATE action_comments SET text = $2 WHERE author_id = $1", true),
        ("UPDATE action_owners SET name = $2 WHERE member_id = $1", true),
        // Their name as a candidate (a count and a bulletin board name the candidate as erased).
        ("UPDATE election_candidates SET name = $2 WHERE member_id = $1", true),
            ("UPDATE reminders SET text = $2 WHERE creator_id = $1 OR target_member_id = $1", true),
            (
                "UPDATE reminders SET status = 'cancelled' WHERE (creator_id = $1 OR target_member_id = $1) AND status = 'active'",
                false,
            ),
            (
                "UPDATE application_answers SET answer = $2
                 WHERE application_id IN (SELECT id FROM applications WHERE member_id = $1)",
                true,
            ),
            (
                "UPDATE applications SET status = 'withdrawn' WHERE member_id = $1 AND status IN ('drafting', 'pending', 'referred')",
                false,
            ),
        ];
        for (sql, with_text) in statements {
            let text = if sql.starts_with("UPDATE members ") || sql.starts_with("UPDATE member_records ") {
                pseudonym
            } else {
                ERASED
            };
            let query = sqlx::query(AssertSqlSafe(sql.to_owned())).bind(member_id);
            let query = if with_text { query.bind(text) } else { query };
            query.execute(&mut *self.tx).await?;
        }
        Ok((reminders, records))
    }
}
