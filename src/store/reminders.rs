//! Reminders: one row per reminder; the job that fires it lives in `jobs`.

use anyhow::{Result, bail};
use sqlx::{AssertSqlSafe, Row};

use super::members::member_at;
use super::{MemberRow, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderTarget {
    /// The creator, privately.
    Me,
    /// Another member, privately.
    User,
    /// The room it was set in.
    Here,
}

impl ReminderTarget {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderTarget::Me => "me",
            ReminderTarget::User => "user",
            ReminderTarget::Here => "here",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "me" => ReminderTarget::Me,
            "user" => ReminderTarget::User,
            "here" => ReminderTarget::Here,
            other => bail!("unknown reminder target {other}"),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderStatus {
    Active,
    Done,
    Cancelled,
}

impl ReminderStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderStatus::Active => "active",
            ReminderStatus::Done => "done",
            ReminderStatus::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "active" => ReminderStatus::Active,
            "done" => ReminderStatus::Done,
            "cancelled" => ReminderStatus::Cancelled,
            other => bail!("unknown reminder status {other}"),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReminder {
    pub creator_id: i64,
    pub target: ReminderTarget,
    pub target_member_id: Option<i64>,
    pub room_key: i64,
    pub text: String,
    pub zone: String,
    pub next_at: i64,
    /// The wall-clock time of the next occurrence in `zone`, from which the one after is computed.
    pub next_local: String,
    /// Standard five-field cron, for repeating reminders.
    pub recurrence: Option<String>,
    /// How the person wrote the repetition, shown back to them.
    pub repeat_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRow {
    pub id: i64,
    pub status: ReminderStatus,
    pub spec: NewReminder,
}

const COLUMNS: &str = "id, status, creator_id, target, target_member_id, room_id, text, zone, next_at, next_local, recurrence, repeat_label";

fn reminder_from(row: &sqlx::any::AnyRow) -> Result<ReminderRow> {
    Ok(ReminderRow {
        id: row.try_get(0)?,
        status: ReminderStatus::parse(&row.try_get::<String, _>(1)?)?,
        spec: NewReminder {
            creator_id: row.try_get(2)?,
            target: ReminderTarget::parse(&row.try_get::<String, _>(3)?)?,
            target_member_id: row.try_get(4)?,
            room_key: row.try_get(5)?,
            text: row.try_get(6)?,
            zone: row.try_get(7)?,
            next_at: row.try_get(8)?,
            next_local: row.try_get(9)?,
            recurrence: row.try_get(10)?,
            repeat_label: row.try_get(11)?,
        },
    })
}

impl Tx {
    pub async fn insert_reminder(&mut self, r: &NewReminder, now_ms: i64) -> Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO reminders (creator_id, target, target_member_id, room_id, text, zone, next_at, next_local,
                                    recurrence, repeat_label, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11) RETURNING id",
        )
        .bind(r.creator_id)
        .bind(r.target.as_str())
        .bind(r.target_member_id)
        .bind(r.room_key)
        .bind(&r.text)
        .bind(&r.zone)
        .bind(r.next_at)
        .bind(&r.next_local)
        .bind(&r.recurrence)
        .bind(&r.repeat_label)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    pub async fn reminder(&mut self, id: i64) -> Result<Option<ReminderRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {COLUMNS} FROM reminders WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(reminder_from).transpose()
    }

    /// The active reminders one member set to post in one room.
    pub async fn room_reminders_by(&mut self, creator_id: i64, room_key: i64) -> Result<Vec<ReminderRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM reminders
             WHERE status = 'active' AND target = 'here' AND creator_id = $1 AND room_id = $2 ORDER BY id"
        )))
        .bind(creator_id)
        .bind(room_key)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(reminder_from).collect()
    }

    /// Active reminders a member can see here: their own, those for them, and this room's; each
    /// with what a list says of it (the room it was set in, the person it is for).
    pub async fn visible_reminders(&mut self, member_id: i64, room_key: i64) -> Result<Vec<ListedReminder>> {
        let columns = COLUMNS.split(", ").map(|c| format!("rem.{c}")).collect::<Vec<_>>().join(", ");
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {columns}, r.name, r.is_direct, t.display_name
             FROM reminders rem JOIN rooms r ON r.id = rem.room_id
             LEFT JOIN members t ON t.id = rem.target_member_id
             WHERE rem.status = 'active'
               AND (rem.creator_id = $1 OR rem.target_member_id = $1 OR (rem.target = 'here' AND rem.room_id = $2))
             ORDER BY rem.next_at, rem.id LIMIT 200"
        )))
        .bind(member_id)
        .bind(room_key)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ListedReminder {
                    reminder: reminder_from(row)?,
                    room_name: row.try_get(12)?,
                    room_is_direct: row.try_get::<i64, _>(13)? != 0,
                    target_name: row.try_get(14)?,
                })
            })
            .collect()
    }

    pub async fn set_reminder_status(&mut self, id: i64, status: ReminderStatus) -> Result<()> {
        sqlx::query("UPDATE reminders SET status = $1 WHERE id = $2")
            .bind(status.as_str())
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn reschedule_reminder(&mut self, id: i64, next_at: i64, next_local: &str) -> Result<()> {
        sqlx::query("UPDATE reminders SET next_at = $1, next_local = $2 WHERE id = $3")
            .bind(next_at)
            .bind(next_local)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }
}

/// A reminder as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedReminder {
    pub reminder: ReminderRow,
    /// The room it was set in.
    pub room_name: String,
    pub room_is_direct: bool,
    /// The display name of the person it is for, when that is someone named.
    pub target_name: Option<String>,
}

/// Everything firing a reminder needs, read in two queries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiringReminder {
    pub reminder: ReminderRow,
    pub room_platform: String,
    pub room_id: String,
    pub creator: MemberRow,
    pub target: Option<MemberRow>,
    /// `(member id, platform, user id)` of the creator's and the target's identities.
    pub identities: Vec<(i64, String, String)>,
}

impl FiringReminder {
    pub fn identities_of(&self, member_id: i64) -> Vec<(String, String)> {
        self.identities.iter().filter(|(m, _, _)| *m == member_id).map(|(_, p, u)| (p.clone(), u.clone())).collect()
    }
}

impl Tx {
    pub async fn reminder_for_firing(&mut self, id: i64) -> Result<Option<FiringReminder>> {
        let columns = COLUMNS.split(", ").map(|c| format!("rem.{c}")).collect::<Vec<_>>().join(", ");
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {columns}, r.platform, r.room_id,
                    c.id, c.display_name, c.locale, c.timezone, c.is_admin,
                    t.id, t.display_name, t.locale, t.timezone, t.is_admin
             FROM reminders rem JOIN rooms r ON r.id = rem.room_id
             JOIN members c ON c.id = rem.creator_id
             LEFT JOIN members t ON t.id = rem.target_member_id
             WHERE rem.id = $1"
        )))
        .bind(id)
        .fetch_optional(&mut *self.tx)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let creator = member_at(&row, 14)?.ok_or_else(|| anyhow::anyhow!("reminder {id} has no creator"))?;
        let target = member_at(&row, 19)?;
        let identities = sqlx::query(
            "SELECT member_id, platform, user_id FROM identities WHERE member_id = $1 OR member_id = $2
             ORDER BY member_id, platform, user_id",
        )
        .bind(creator.id)
        .bind(target.as_ref().map(|t| t.id).unwrap_or(creator.id))
        .fetch_all(&mut *self.tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect::<Result<Vec<_>>>()?;
        Ok(Some(FiringReminder {
            reminder: reminder_from(&row)?,
            room_platform: row.try_get(12)?,
            room_id: row.try_get(13)?,
            creator,
            target,
            identities,
        }))
    }
}
