//! Onboarding checklists: a body's items, and each new member's ticks.

use anyhow::Result;
use sqlx::Row;

use super::Tx;
use super::numbered::BodyList;

/// One item of a body's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingItem {
    pub id: i64,
    pub position: i64,
    pub text: String,
}

/// A new member's progress through a body's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingRow {
    pub id: i64,
    pub body_id: i64,
    pub member_id: i64,
    pub reminded: i64,
    pub finished_at: Option<i64>,
}

const ONBOARDING_COLUMNS: &str = "id, body_id, member_id, reminded, finished_at FROM onboarding";

fn onboarding_at(r: &sqlx::any::AnyRow) -> Result<OnboardingRow> {
    Ok(OnboardingRow {
        id: r.try_get(0)?,
        body_id: r.try_get(1)?,
        member_id: r.try_get(2)?,
        reminded: r.try_get(3)?,
        finished_at: r.try_get(4)?,
    })
}

impl Tx {
    pub async fn onboarding_items(&mut self, body_id: i64) -> Result<Vec<OnboardingItem>> {
        let rows = sqlx::query("SELECT id, position, text FROM onboarding_items WHERE body_id = $1 ORDER BY position")
            .bind(body_id)
            .fetch_all(&mut *self.tx)
            .await?;
        rows.iter()
            .map(|r| Ok(OnboardingItem { id: r.try_get(0)?, position: r.try_get(1)?, text: r.try_get(2)? }))
            .collect()
    }

    /// Adds an item at the end; returns its number.
    pub async fn add_onboarding_item(&mut self, body_id: i64, text: &str) -> Result<i64> {
        self.append_to_list(BodyList::OnboardingItems, body_id, text).await
    }

    /// Removes item `position` with its ticks and numbers the ones after it down; `false` if there
    /// is none.
    pub async fn remove_onboarding_item(&mut self, body_id: i64, position: i64) -> Result<bool> {
        let id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM onboarding_items WHERE body_id = $1 AND position = $2")
                .bind(body_id)
                .bind(position)
                .fetch_optional(&mut *self.tx)
                .await?;
        let Some(id) = id else { return Ok(false) };
        sqlx::query("DELETE FROM onboarding_ticks WHERE item_id = $1").bind(id).execute(&mut *self.tx).await?;
        sqlx::query("DELETE FROM onboarding_items WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        self.close_gap(BodyList::OnboardingItems, body_id, position).await?;
        Ok(true)
    }

    /// Starts a member's onboarding in a body; `None` if it was started before.
    pub async fn start_onboarding(&mut self, body_id: i64, member_id: i64, now_ms: i64) -> Result<Option<i64>> {
        let id = sqlx::query_scalar(
            "INSERT INTO onboarding (body_id, member_id, started_at) VALUES ($1, $2, $3)
             ON CONFLICT (body_id, member_id) DO NOTHING RETURNING id",
        )
        .bind(body_id)
        .bind(member_id)
        .bind(now_ms)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(id)
    }

    pub async fn onboarding_of(&mut self, body_id: i64, member_id: i64) -> Result<Option<OnboardingRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ONBOARDING_COLUMNS} WHERE body_id = $1 AND member_id = $2"
        )))
        .bind(body_id)
        .bind(member_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(onboarding_at).transpose()
    }

    pub async fn onboarding(&mut self, id: i64) -> Result<Option<OnboardingRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {ONBOARDING_COLUMNS} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(onboarding_at).transpose()
    }

    /// The items ticked in an onboarding.
    pub async fn onboarding_ticks(&mut self, onboarding_id: i64) -> Result<Vec<i64>> {
        let ids = sqlx::query_scalar("SELECT item_id FROM onboarding_ticks WHERE onboarding_id = $1")
            .bind(onboarding_id)
            .fetch_all(&mut *self.tx)
            .await?;
        Ok(ids)
    }

    /// Ticks an item; `false` if it was ticked already.
    pub async fn tick_onboarding(&mut self, onboarding_id: i64, item_id: i64, by: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO onboarding_ticks (onboarding_id, item_id, done_at, done_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (onboarding_id, item_id) DO NOTHING",
        )
        .bind(onboarding_id)
        .bind(item_id)
        .bind(now_ms)
        .bind(by)
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    /// Marks an onboarding finished (every item ticked), or counts a reminder sent for it.
    pub async fn update_onboarding(&mut self, id: i64, finished_at: Option<i64>, reminded: i64) -> Result<()> {
        sqlx::query("UPDATE onboarding SET finished_at = $1, reminded = $2 WHERE id = $3")
            .bind(finished_at)
            .bind(reminded)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }
}
