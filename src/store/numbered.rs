//! A body's numbered lists (an application's extra questions, an onboarding checklist): items
//! numbered from 1 in `position`, appended at the end, and numbered down when one is removed.

use anyhow::Result;
use sqlx::AssertSqlSafe;

use super::Tx;

/// Which numbered list of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyList {
    ApplicationQuestions,
    OnboardingItems,
}

impl BodyList {
    /// Its table and the column of an item's text.
    fn table(self) -> (&'static str, &'static str) {
        match self {
            BodyList::ApplicationQuestions => ("application_questions", "question"),
            BodyList::OnboardingItems => ("onboarding_items", "text"),
        }
    }
}

impl Tx {
    /// Adds an item at the end of a body's list; returns its number.
    pub(super) async fn append_to_list(&mut self, list: BodyList, body_id: i64, text: &str) -> Result<i64> {
        let (table, column) = list.table();
        let position: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
            "INSERT INTO {table} (body_id, position, {column})
             SELECT $1, COALESCE(MAX(position), 0) + 1, $2 FROM {table} WHERE body_id = $1
             RETURNING position"
        )))
        .bind(body_id)
        .bind(text)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(position)
    }

    /// Numbers the items after a removed `position` down by one, one at a time in order, so that
    /// no two items ever hold the same number.
    pub(super) async fn close_gap(&mut self, list: BodyList, body_id: i64, position: i64) -> Result<()> {
        let (table, _) = list.table();
        let later: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT position FROM {table} WHERE body_id = $1 AND position > $2 ORDER BY position"
        )))
        .bind(body_id)
        .bind(position)
        .fetch_all(&mut *self.tx)
        .await?;
        for old in later {
            sqlx::query(AssertSqlSafe(format!(
                "UPDATE {table} SET position = $1 WHERE body_id = $2 AND position = $3"
            )))
            .bind(old - 1)
            .bind(body_id)
            .bind(old)
            .execute(&mut *self.tx)
            .await?;
        }
        Ok(())
    }
}
