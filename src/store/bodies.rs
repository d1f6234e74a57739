//! Bodies, the rooms linked to them, and the roles members hold in them.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::members::{MEMBER_COLUMNS, member_at};
use super::{Dialect, MemberRow, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRow {
    pub id: i64,
    pub name: String,
    pub short: String,
}

impl Tx {
    /// Creates a body; `None` if its short name is taken (short names compare case-insensitively).
    pub async fn create_body(&mut self, name: &str, short: &str, now_ms: i64) -> Result<Option<BodyRow>> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO bodies (name, short, short_key, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (short_key) DO NOTHING RETURNING id",
        )
        .bind(name)
        .bind(short)
        .bind(short.to_lowercase())
        .bind(now_ms)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(id.map(|id| BodyRow { id, name: name.to_owned(), short: short.to_owned() }))
    }

    pub async fn body_by_id(&mut self, id: i64) -> Result<Option<BodyRow>> {
        let row = sqlx::query("SELECT id, name, short FROM bodies WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| Ok(BodyRow { id: r.try_get(0)?, name: r.try_get(1)?, short: r.try_get(2)? })).transpose()
    }

    pub async fn body_by_short(&mut self, short: &str) -> Result<Option<BodyRow>> {
        let row = sqlx::query("SELECT id, name, short FROM bodies WHERE short_key = $1")
            .bind(short.to_lowercase())
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| Ok(BodyRow { id: r.try_get(0)?, name: r.try_get(1)?, short: r.try_get(2)? })).transpose()
    }

    /// The body a room is linked to, read under a lock on the room's row (on PostgreSQL; SQLite
    /// transactions hold the write lock already), so that whoever links it next sees this link.
    pub async fn lock_room_body(&mut self, room_key: i64) -> Result<Option<BodyRow>> {
        let lock = if self.dialect == Dialect::Postgres { "FOR UPDATE OF r" } else { "" };
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT b.id, b.name, b.short FROM rooms r LEFT JOIN bodies b ON b.id = r.body_id WHERE r.id = $1 {lock}"
        )))
        .bind(room_key)
        .fetch_optional(&mut *self.tx)
        .await?;
        match row {
            Some(r) if r.try_get::<Option<i64>, _>(0)?.is_some() => {
                Ok(Some(BodyRow { id: r.try_get(0)?, name: r.try_get(1)?, short: r.try_get(2)? }))
            }
            _ => Ok(None),
        }
    }

    pub async fn link_room(&mut self, room_key: i64, body_id: i64) -> Result<()> {
        sqlx::query("UPDATE rooms SET body_id = $1 WHERE id = $2")
            .bind(body_id)
            .bind(room_key)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The language a body's rooms are written to; `None`: the configured default.
    pub async fn body_language(&mut self, body_id: i64) -> Result<Option<String>> {
        let lang: Option<Option<String>> = sqlx::query_scalar("SELECT language FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(lang.flatten())
    }

    /// The language of the body a room is linked to, if it has one.
    pub async fn room_language(&mut self, room_key: i64) -> Result<Option<String>> {
        let lang: Option<Option<String>> =
            sqlx::query_scalar("SELECT b.language FROM rooms r JOIN bodies b ON b.id = r.body_id WHERE r.id = $1")
                .bind(room_key)
                .fetch_optional(&mut *self.tx)
                .await?;
        Ok(lang.flatten())
    }

    pub async fn set_body_language(&mut self, body_id: i64, lang: &str) -> Result<()> {
        sqlx::query("UPDATE bodies SET language = $1 WHERE id = $2")
            .bind(lang)
            .bind(body_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn roles_in(&mut self, body_id: i64, member_id: i64) -> Result<Vec<String>> {
        let roles =
            sqlx::query_scalar("SELECT role FROM role_grants WHERE body_id = $1 AND member_id = $2 ORDER BY role")
                .bind(body_id)
                .bind(member_id)
                .fetch_all(&mut *self.tx)
                .await?;
        Ok(roles)
    }

    /// Every `(body short name, role)` a member holds.
    pub async fn all_roles_of(&mut self, member_id: i64) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT b.short, g.role FROM role_grants g JOIN bodies b ON b.id = g.body_id
             WHERE g.member_id = $1 ORDER BY b.short, g.role",
        )
        .bind(member_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// Grants a role; `false` if it was already held.
    pub async fn grant_role(&mut self, body_id: i64, member_id: i64, role: &str, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO role_grants (body_id, member_id, role, granted_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (body_id, member_id, role) DO NOTHING",
        )
        .bind(body_id)
        .bind(member_id)
        .bind(role)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Revokes a role; `false` if it was not held.
    pub async fn revoke_role(&mut self, body_id: i64, member_id: i64, role: &str) -> Result<bool> {
        let done = sqlx::query("DELETE FROM role_grants WHERE body_id = $1 AND member_id = $2 AND role = $3")
            .bind(body_id)
            .bind(member_id)
            .bind(role)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// How often, at most, one member's reminders may post in the body's rooms, in minutes;
    /// `None`: the body keeps the default.
    pub async fn body_reminder_interval(&mut self, body_id: i64) -> Result<Option<i64>> {
        let minutes: Option<Option<i64>> = sqlx::query_scalar("SELECT reminder_interval_min FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(minutes.flatten())
    }

    pub async fn set_body_reminder_interval(&mut self, body_id: i64, minutes: i64) -> Result<()> {
        sqlx::query("UPDATE bodies SET reminder_interval_min = $1 WHERE id = $2")
            .bind(minutes)
            .bind(body_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The people who hold a role in a body (`Some`), or in any body `member_id` holds a role in
    /// (`None`), each with their user ID on `platform`: those a mistyped name may have meant.
    pub async fn people_of_bodies(
        &mut self,
        platform: &str,
        body_id: Option<i64>,
        member_id: i64,
    ) -> Result<Vec<(MemberRow, String)>> {
        let bodies = match body_id {
            Some(_) => "g.body_id = $2",
            None => "g.body_id IN (SELECT body_id FROM role_grants WHERE member_id = $2)",
        };
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT DISTINCT {MEMBER_COLUMNS}, i.user_id
             FROM role_grants g JOIN members m ON m.id = g.member_id
             JOIN identities i ON i.member_id = m.id AND i.platform = $1
             WHERE {bodies} ORDER BY m.id, i.user_id"
        )))
        .bind(platform)
        .bind(body_id.unwrap_or(member_id))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                let member = member_at(r, 0)?.ok_or_else(|| anyhow::anyhow!("member row without an id"))?;
                Ok((member, r.try_get(5)?))
            })
            .collect()
    }
}
