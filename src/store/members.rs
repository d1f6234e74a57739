//! Members, their platform identities, and the rooms Quorum has seen.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::{BodyRow, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub id: i64,
    pub display_name: String,
    pub locale: Option<String>,
    pub timezone: Option<String>,
    pub is_admin: bool,
}

/// A room as stored, with the body it is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedRoom {
    pub id: i64,
    pub platform: String,
    pub room_id: String,
    pub name: String,
    pub is_direct: bool,
    /// Whether a feature listens to what is said in the room ([`Tx::listen_to_room`]).
    pub listened: bool,
    pub body: Option<BodyRow>,
}

pub(super) const MEMBER_COLUMNS: &str = "m.id, m.display_name, m.locale, m.timezone, m.is_admin";
/// `MEMBER_COLUMNS` with the name of the identity `i` the member was found by.
const IDENTITY_MEMBER_COLUMNS: &str = "m.id, i.display_name, m.locale, m.timezone, m.is_admin";

fn member_from(row: &sqlx::any::AnyRow) -> Result<MemberRow> {
    member_at(row, 0)?.ok_or_else(|| anyhow::anyhow!("member row without an id"))
}

/// The `MEMBER_COLUMNS` that start at column `first`; `None` when a left join found no member.
pub(super) fn member_at(row: &sqlx::any::AnyRow, first: usize) -> Result<Option<MemberRow>> {
    let Some(id) = row.try_get::<Option<i64>, _>(first)? else { return Ok(None) };
    Ok(Some(MemberRow {
        id,
        display_name: row.try_get(first + 1)?,
        locale: row.try_get(first + 2)?,
        timezone: row.try_get(first + 3)?,
        is_admin: row.try_get::<i64, _>(first + 4)? != 0,
    }))
}

impl Tx {
    /// The member behind a platform identity, named as that platform shows the account (a member
    /// with linked accounts may go by another name on each platform).
    pub async fn find_identity(&mut self, platform: &str, user_id: &str) -> Result<Option<MemberRow>> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {IDENTITY_MEMBER_COLUMNS} FROM identities i JOIN members m ON m.id = i.member_id
             WHERE i.platform = $1 AND i.user_id = $2"
        )))
        .bind(platform)
        .bind(user_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(member_from).transpose()
    }

    /// The member behind a platform identity, created on first sight; the display name is kept fresh.
    pub async fn member_for_identity(
        &mut self,
        platform: &str,
        user_id: &str,
        display_name: &str,
        now_ms: i64,
    ) -> Result<MemberRow> {
        if let Some(member) = self.find_identity(platform, user_id).await? {
            if member.display_name != display_name && !display_name.is_empty() {
                sqlx::query("UPDATE identities SET display_name = $1 WHERE platform = $2 AND user_id = $3")
                    .bind(display_name)
                    .bind(platform)
                    .bind(user_id)
                    .execute(&mut *self.tx)
                    .await?;
                sqlx::query("UPDATE members SET display_name = $1 WHERE id = $2")
                    .bind(display_name)
                    .bind(member.id)
                    .execute(&mut *self.tx)
                    .await?;
                return Ok(MemberRow { display_name: display_name.to_owned(), ..member });
            }
            return Ok(member);
        }
        let id: i64 = sqlx::query_scalar("INSERT INTO members (display_name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(display_name)
            .bind(now_ms)
            .fetch_one(&mut *self.tx)
            .await?;
        let added = sqlx::query(
            "INSERT INTO identities (platform, user_id, member_id, display_name) VALUES ($1, $2, $3, $4)
             ON CONFLICT (platform, user_id) DO NOTHING",
        )
        .bind(platform)
        .bind(user_id)
        .bind(id)
        .bind(display_name)
        .execute(&mut *self.tx)
        .await?;
        if added.rows_affected() == 0 {
            // A concurrent transaction (the person's first two commands at once, on PostgreSQL)
            // made them a member first: that member stands, and this one is taken back.
            sqlx::query("DELETE FROM members WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
            return self
                .find_identity(platform, user_id)
                .await?
                .ok_or_else(|| anyhow::anyhow!("identity {platform}:{user_id} vanished"));
        }
        Ok(MemberRow { id, display_name: display_name.to_owned(), locale: None, timezone: None, is_admin: false })
    }

    /// `(platform, user id)` of every identity linked to a member.
    pub async fn identities_of(&mut self, member_id: i64) -> Result<Vec<(String, String)>> {
        let rows =
            sqlx::query("SELECT platform, user_id FROM identities WHERE member_id = $1 ORDER BY platform, user_id")
                .bind(member_id)
                .fetch_all(&mut *self.tx)
                .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    pub async fn set_member_timezone(&mut self, member_id: i64, zone: &str) -> Result<()> {
        sqlx::query("UPDATE members SET timezone = $1 WHERE id = $2")
            .bind(zone)
            .bind(member_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn set_member_locale(&mut self, member_id: i64, locale: &str) -> Result<()> {
        sqlx::query("UPDATE members SET locale = $1 WHERE id = $2")
            .bind(locale)
            .bind(member_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn set_member_admin(&mut self, member_id: i64) -> Result<()> {
        sqlx::query("UPDATE members SET is_admin = 1 WHERE id = $1").bind(member_id).execute(&mut *self.tx).await?;
        Ok(())
    }

    pub async fn any_admin(&mut self) -> Result<bool> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE is_admin = 1").fetch_one(&mut *self.tx).await?;
        Ok(n > 0)
    }

    /// The stored room for a platform room, created on first sight.
    pub async fn room_for(
        &mut self,
        platform: &str,
        room_id: &str,
        name: &str,
        is_direct: bool,
    ) -> Result<ResolvedRoom> {
        if let Some(room) = self.find_room(platform, room_id).await?
            && room.name == name
        {
            return Ok(room);
        }
        sqlx::query(
            "INSERT INTO rooms (platform, room_id, name, is_direct) VALUES ($1, $2, $3, $4)
             ON CONFLICT (platform, room_id) DO UPDATE SET name = excluded.name",
        )
        .bind(platform)
        .bind(room_id)
        .bind(name)
        .bind(is_direct as i64)
        .execute(&mut *self.tx)
        .await?;
        self.find_room(platform, room_id).await?.ok_or_else(|| anyhow::anyhow!("room {platform}:{room_id} vanished"))
    }

    /// The name of a known room.
    pub async fn room_name(&mut self, room_key: i64) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT name FROM rooms WHERE id = $1")
            .bind(room_key)
            .fetch_optional(&mut *self.tx)
            .await?)
    }

    /// A room by its row in the store.
    pub async fn room_by_key(&mut self, room_key: i64) -> Result<Option<ResolvedRoom>> {
        let row = sqlx::query(AssertSqlSafe(format!("{ROOM_SELECT} WHERE r.id = $1")))
            .bind(room_key)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(room_from).transpose()
    }

    pub async fn find_room(&mut self, platform: &str, room_id: &str) -> Result<Option<ResolvedRoom>> {
        let row = sqlx::query(AssertSqlSafe(format!("{ROOM_SELECT} WHERE r.platform = $1 AND r.room_id = $2")))
            .bind(platform)
            .bind(room_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(room_from).transpose()
    }
}

impl Tx {
    /// Starts (`true`) or stops listening to a room for one feature: while any listens, the
    /// room's commands reach the registry's listeners.
    pub async fn listen_to_room(&mut self, room_key: i64, listen: bool) -> Result<()> {
        let change = if listen { "listeners + 1" } else { "CASE WHEN listeners > 0 THEN listeners - 1 ELSE 0 END" };
        sqlx::query(AssertSqlSafe(format!("UPDATE rooms SET listeners = {change} WHERE id = $1")))
            .bind(room_key)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Whether a feature listens to the room `room_id` of `platform` ([`Tx::listen_to_room`]).
    pub async fn room_listened(&mut self, platform: &str, room_id: &str) -> Result<bool> {
        let listeners: Option<i64> =
            sqlx::query_scalar("SELECT listeners FROM rooms WHERE platform = $1 AND room_id = $2")
                .bind(platform)
                .bind(room_id)
                .fetch_optional(&mut *self.tx)
                .await?;
        Ok(listeners.is_some_and(|n| n > 0))
    }

    /// A known member in a known room, with their roles in the room's body, in one query;
    /// `None` if either is new.
    pub async fn known_member_in_room(
        &mut self,
        platform: &str,
        user_id: &str,
        room_id: &str,
    ) -> Result<Option<(MemberRow, ResolvedRoom, Vec<String>)>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT r.id, r.platform, r.room_id, r.name, r.is_direct, r.listeners, b.id, b.name, b.short, {IDENTITY_MEMBER_COLUMNS}, g.role
             FROM identities i JOIN members m ON m.id = i.member_id
             CROSS JOIN rooms r LEFT JOIN bodies b ON b.id = r.body_id
             LEFT JOIN role_grants g ON g.body_id = r.body_id AND g.member_id = m.id
             WHERE i.platform = $1 AND i.user_id = $2 AND r.platform = $1 AND r.room_id = $3"
        )))
        .bind(platform)
        .bind(user_id)
        .bind(room_id)
        .fetch_all(&mut *self.tx)
        .await?;
        let Some(first) = rows.first() else { return Ok(None) };
        let member = member_at(first, 9)?.ok_or_else(|| anyhow::anyhow!("member row without an id"))?;
        let roles = rows.iter().map(|r| r.try_get::<Option<String>, _>(14)).collect::<Result<Vec<_>, _>>()?;
        Ok(Some((member, room_from(first)?, roles.into_iter().flatten().collect())))
    }
}

const ROOM_SELECT: &str = "SELECT r.id, r.platform, r.room_id, r.name, r.is_direct, r.listeners, b.id, b.name, b.short
                           FROM rooms r LEFT JOIN bodies b ON b.id = r.body_id";

fn room_from(row: &sqlx::any::AnyRow) -> Result<ResolvedRoom> {
    let body = match row.try_get::<Option<i64>, _>(6)? {
        Some(body_id) => Some(BodyRow { id: body_id, name: row.try_get(7)?, short: row.try_get(8)? }),
        None => None,
    };
    Ok(ResolvedRoom {
        id: row.try_get(0)?,
        platform: row.try_get(1)?,
        room_id: row.try_get(2)?,
        name: row.try_get(3)?,
        is_direct: row.try_get::<i64, _>(4)? != 0,
        listened: row.try_get::<i64, _>(5)? > 0,
        body,
    })
}
