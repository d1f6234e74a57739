//! Linked accounts: one-time link codes, merging two members into one, and splitting an account
//! off into a member of its own.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::Tx;

/// A platform account of a member, as `!whoami` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub platform: String,
    pub user_id: String,
    pub display_name: String,
}

/// A link code as stored: never the code itself, only its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkCodeRow {
    pub handle: String,
    pub member_id: i64,
    pub code_hash: String,
    pub platform: String,
    pub expires_at: i64,
    pub wrong_tries: i64,
    pub used_at: Option<i64>,
}

/// How a wrong try at a code was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrongTry {
    /// Counted: this many wrong tries so far.
    Counted(i64),
    /// The code was already used or locked by someone else meanwhile.
    NotCounted,
}

/// What merging moved, for the audit line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Rows moved to the surviving member, per `table.column`.
    pub moved: Vec<(String, u64)>,
    /// Rows of the merged member dropped because the survivor held the same (a role, an answer).
    pub dropped: Vec<(String, u64)>,
}

/// How a merge carries one column that names a member over to the survivor.
#[derive(Debug, Clone, Copy)]
pub enum Carry {
    /// Every row moves.
    Move,
    /// Rows move unless the survivor already has a row with the same values in these columns (a
    /// unique key with the member column); then the survivor's row is kept and the other dropped.
    MoveUnlessHeld(&'static [&'static str]),
    /// The merged member's rows are dropped (its pending link codes).
    Drop,
}

/// Every column of the schema that names a member (`REFERENCES members (id)`), and how
/// [`Tx::merge_members`] carries it. A new table naming a member must be added here:
/// `tests/accounts.rs` compares this list with the schema's foreign keys.
pub const MEMBER_REFERENCES: &[(&str, &str, Carry)] = &[
    ("identities", "member_id", Carry::Move),
    ("role_grants", "member_id", Carry::MoveUnlessHeld(&["body_id", "role"])),
    ("reminders", "creator_id", Carry::Move),
    ("reminders", "target_member_id", Carry::Move),
    ("meetings", "creator_id", Carry::Move),
    ("meeting_rsvps", "member_id", Carry::MoveUnlessHeld(&["meeting_id", "occurrence"])),
    ("agenda_items", "author_id", Carry::Move),
    ("meeting_roll_calls", "opened_by", Carry::Move),
    ("meeting_attendance", "member_id", Carry::MoveUnlessHeld(&["meeting_id", "occurrence"])),
    ("speaking_queue", "member_id", Carry::MoveUnlessHeld(&["room_id"])),
    ("meeting_dm_reminders", "member_id", Carry::MoveUnlessHeld(&["scope", "scope_id"])),
    ("account_link_codes", "member_id", Carry::Drop),
    ("member_records", "member_id", Carry::MoveUnlessHeld(&["body_id"])),
    // One open conversation per person: the other account's is dropped (its application moves,
    // and `!apply` to the same body asks its question again).
    ("conversations", "member_id", Carry::Drop),
    ("applications", "member_id", Carry::Move),
    ("applications", "decided_by", Carry::Move),
    ("onboarding", "member_id", Carry::MoveUnlessHeld(&["body_id"])),
    ("onboarding_ticks", "done_by", Carry::Move),
    ("polls", "creator_id", Carry::Move),
    ("poll_votes", "cast_by", Carry::Move),
    ("proxies", "giver_id", Carry::Move),
    ("proxies", "holder_id", Carry::Move),
    ("scheduling_polls", "creator_id", Carry::Move),
    ("elections", "creator_id", Carry::Move),
    ("election_candidates", "member_id", Carry::MoveUnlessHeld(&["election_id"])),
    ("election_candidates", "nominated_by", Carry::Move),
    ("election_candidates", "seconded_by", Carry::Move),
    // Answers to every slot at once: where the survivor answered the poll, theirs stay.
    ("scheduling_answers", "member_id", Carry::MoveUnlessHeld(&["poll_id", "position"])),
    ("agenda_polls", "creator_id", Carry::Move),
    ("agenda_proposals", "author_id", Carry::Move),
    ("minutes", "started_by", Carry::Move),
    ("minutes", "approved_by", Carry::Move),
    ("minutes_chairs", "member_id", Carry::MoveUnlessHeld(&["minutes_id"])),
    ("minutes_log", "member_id", Carry::Move),
    ("minutes_items", "author_id", Carry::Move),
    ("minutes_action_owners", "member_id", Carry::Move),
    ("minutes_attendees", "member_id", Carry::MoveUnlessHeld(&["minutes_id"])),
    ("actions", "done_by", Carry::Move),
    ("action_owners", "member_id", Carry::Move),
    ("action_comments", "author_id", Carry::Move),
    ("minutes_motions", "moved_by", Carry::Move),
    ("minutes_motions", "closed_by", Carry::Move),
    ("minutes_motion_votes", "member_id", Carry::MoveUnlessHeld(&["item_id"])),
    ("minutes_speakers", "member_id", Carry::Move),
];

const CODE_COLUMNS: &str = "handle, member_id, code_hash, platform, expires_at, wrong_tries, used_at";

fn code_from(row: &sqlx::any::AnyRow) -> Result<LinkCodeRow> {
    Ok(LinkCodeRow {
        handle: row.try_get(0)?,
        member_id: row.try_get(1)?,
        code_hash: row.try_get(2)?,
        platform: row.try_get(3)?,
        expires_at: row.try_get(4)?,
        wrong_tries: row.try_get(5)?,
        used_at: row.try_get(6)?,
    })
}

impl Tx {
    /// Every account of a member with the name its platform shows, by platform.
    pub async fn accounts_of(&mut self, member_id: i64) -> Result<Vec<AccountRow>> {
        let rows = sqlx::query(
            "SELECT platform, user_id, display_name FROM identities WHERE member_id = $1 ORDER BY platform, user_id",
        )
        .bind(member_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| Ok(AccountRow { platform: r.try_get(0)?, user_id: r.try_get(1)?, display_name: r.try_get(2)? }))
            .collect()
    }

    /// Stores a new code for `member_id` in place of any earlier one of theirs (a member has one
    /// code at a time), and forgets codes that expired over a day ago. `false` if another code
    /// already has this handle: draw another one.
    pub async fn replace_link_code(
        &mut self,
        member_id: i64,
        handle: &str,
        code_hash: &str,
        platform: &str,
        now_ms: i64,
        expires_at: i64,
    ) -> Result<bool> {
        sqlx::query("DELETE FROM account_link_codes WHERE member_id = $1 OR expires_at < $2")
            .bind(member_id)
            .bind(now_ms - 86_400_000)
            .execute(&mut *self.tx)
            .await?;
        let added = sqlx::query(
            "INSERT INTO account_link_codes (handle, member_id, code_hash, platform, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (handle) DO NOTHING",
        )
        .bind(handle)
        .bind(member_id)
        .bind(code_hash)
        .bind(platform)
        .bind(now_ms)
        .bind(expires_at)
        .execute(&mut *self.tx)
        .await?;
        Ok(added.rows_affected() == 1)
    }

    pub async fn link_code(&mut self, handle: &str) -> Result<Option<LinkCodeRow>> {
        let row =
            sqlx::query(AssertSqlSafe(format!("SELECT {CODE_COLUMNS} FROM account_link_codes WHERE handle = $1")))
                .bind(handle)
                .fetch_optional(&mut *self.tx)
                .await?;
        row.as_ref().map(code_from).transpose()
    }

    /// Counts a wrong try at a code still open (not used, under `max_tries` wrong tries).
    pub async fn count_wrong_link_try(&mut self, handle: &str, max_tries: i64) -> Result<WrongTry> {
        let tries: Option<i64> = sqlx::query_scalar(
            "UPDATE account_link_codes SET wrong_tries = wrong_tries + 1
             WHERE handle = $1 AND used_at IS NULL AND wrong_tries < $2 RETURNING wrong_tries",
        )
        .bind(handle)
        .bind(max_tries)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(tries.map_or(WrongTry::NotCounted, WrongTry::Counted))
    }

    /// Locks a code still open, as its last wrong try would (a code shown in a room).
    pub async fn lock_link_code(&mut self, handle: &str, max_tries: i64) -> Result<()> {
        sqlx::query("UPDATE account_link_codes SET wrong_tries = $1 WHERE handle = $2 AND used_at IS NULL")
            .bind(max_tries)
            .bind(handle)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Marks a code used if it is still open at `now_ms`; `false` if another use, a lock or its
    /// expiry came first. This is what makes a code work once, however many try it at once.
    pub async fn use_link_code(&mut self, handle: &str, max_tries: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE account_link_codes SET used_at = $1
             WHERE handle = $2 AND used_at IS NULL AND wrong_tries < $3 AND expires_at > $1",
        )
        .bind(now_ms)
        .bind(handle)
        .bind(max_tries)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// How many rows name `member_id` besides its accounts and link codes: what a merge would
    /// move that unlinking does not give back.
    pub async fn member_holdings(&mut self, member_id: i64) -> Result<i64> {
        let mut held = 0;
        for (table, column, carry) in MEMBER_REFERENCES {
            if *table == "identities" || matches!(carry, Carry::Drop) {
                continue;
            }
            let n: i64 = sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1")))
                .bind(member_id)
                .fetch_one(&mut *self.tx)
                .await?;
            held += n;
        }
        Ok(held)
    }

    /// Merges member `gone` into member `survivor`, in the caller's transaction: every row naming
    /// `gone` (see [`MEMBER_REFERENCES`]) is moved to `survivor`, where the survivor already holds
    /// the same (a role, an answer, a place in a queue) the survivor's row is kept; the admin
    /// flag is the OR of both, a language or zone the survivor has not set comes from `gone`; then
    /// `gone` is deleted. The audit log keeps naming `gone` in its past entries: it is never
    /// rewritten.
    pub async fn merge_members(&mut self, survivor: i64, gone: i64) -> Result<MergeReport> {
        anyhow::ensure!(survivor != gone, "a member cannot be merged into itself");
        let mut report = MergeReport::default();
        // Where both have an onboarding checklist in one body, the survivor's stays (below):
        // the items only the other had ticked are carried over to it first, so no tick is lost
        // and none is left pointing at the checklist that goes.
        sqlx::query(
            "INSERT INTO onboarding_ticks (onboarding_id, item_id, done_at, done_by)
             SELECT s.id, t.item_id, t.done_at, t.done_by
             FROM onboarding_ticks t
             JOIN onboarding g ON g.id = t.onboarding_id AND g.member_id = $2
             JOIN onboarding s ON s.body_id = g.body_id AND s.member_id = $1
             WHERE NOT EXISTS (SELECT 1 FROM onboarding_ticks x WHERE x.onboarding_id = s.id AND x.item_id = t.item_id)",
        )
        .bind(survivor)
        .bind(gone)
        .execute(&mut *self.tx)
        .await?;
        sqlx::query(
            "DELETE FROM onboarding_ticks WHERE onboarding_id IN (
                 SELECT g.id FROM onboarding g
                 WHERE g.member_id = $2 AND EXISTS (SELECT 1 FROM onboarding s WHERE s.member_id = $1 AND s.body_id = g.body_id))",
        )
        .bind(survivor)
        .bind(gone)
        .execute(&mut *self.tx)
        .await?;
        // The same for a member record that represents an organisation: the survivor's record in
        // that body is the one that stays, so what pointed at the other points at it.
        sqlx::query(
            "UPDATE member_records SET represents_id = (
                 SELECT s.id FROM member_records s JOIN member_records g ON g.body_id = s.body_id
                 WHERE g.id = member_records.represents_id AND g.member_id = $2 AND s.member_id = $1)
             WHERE represents_id IN (
                 SELECT g.id FROM member_records g
                 WHERE g.member_id = $2 AND EXISTS (SELECT 1 FROM member_records s WHERE s.member_id = $1 AND s.body_id = g.body_id))",
        )
        .bind(survivor)
        .bind(gone)
        .execute(&mut *self.tx)
        .await?;
        for (table, column, carry) in MEMBER_REFERENCES {
            let name = format!("{table}.{column}");
            match carry {
                Carry::Move => {
                    let moved =
                        sqlx::query(AssertSqlSafe(format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2")))
                            .bind(survivor)
                            .bind(gone)
                            .execute(&mut *self.tx)
                            .await?
                            .rows_affected();
                    if moved > 0 {
                        report.moved.push((name, moved));
                    }
                }
                Carry::MoveUnlessHeld(key) => {
                    let same: Vec<String> = key.iter().map(|k| format!("s.{k} = {table}.{k}")).collect();
                    let moved = sqlx::query(AssertSqlSafe(format!(
                        "UPDATE {table} SET {column} = $1 WHERE {column} = $2
                         AND NOT EXISTS (SELECT 1 FROM {table} s WHERE s.{column} = $1 AND {})",
                        same.join(" AND ")
                    )))
                    .bind(survivor)
                    .bind(gone)
                    .execute(&mut *self.tx)
                    .await?
                    .rows_affected();
                    let dropped = sqlx::query(AssertSqlSafe(format!("DELETE FROM {table} WHERE {column} = $1")))
                        .bind(gone)
                        .execute(&mut *self.tx)
                        .await?
                        .rows_affected();
                    if moved > 0 {
                        report.moved.push((name.clone(), moved));
                    }
                    if dropped > 0 {
                        report.dropped.push((name, dropped));
                    }
                }
                Carry::Drop => {
                    let dropped = sqlx::query(AssertSqlSafe(format!("DELETE FROM {table} WHERE {column} = $1")))
                        .bind(gone)
                        .execute(&mut *self.tx)
                        .await?
                        .rows_affected();
                    if dropped > 0 {
                        report.dropped.push((name, dropped));
                    }
                }
            }
        }
        sqlx::query(
            "UPDATE members SET
                 is_admin = CASE WHEN is_admin = 1 OR (SELECT g.is_admin FROM members g WHERE g.id = $2) = 1
                                 THEN 1 ELSE 0 END,
                 locale = COALESCE(locale, (SELECT g.locale FROM members g WHERE g.id = $2)),
                 timezone = COALESCE(timezone, (SELECT g.timezone FROM members g WHERE g.id = $2))
             WHERE id = $1",
        )
        .bind(survivor)
        .bind(gone)
        .execute(&mut *self.tx)
        .await?;
        // A row left naming `gone` in a table missing from MEMBER_REFERENCES makes this fail (the
        // foreign key), and the whole merge with it.
        sqlx::query("DELETE FROM members WHERE id = $1").bind(gone).execute(&mut *self.tx).await?;
        Ok(report)
    }

    /// Makes the account `platform:user_id` a member of its own again: a new member named as the
    /// account, with the language and zone of the member it leaves, no roles and no admin flag.
    /// Returns the new member's id. Everything else stays with the member it leaves.
    pub async fn split_account(&mut self, platform: &str, user_id: &str, now_ms: i64) -> Result<i64> {
        let row = sqlx::query(
            "SELECT i.display_name, m.locale, m.timezone FROM identities i JOIN members m ON m.id = i.member_id
             WHERE i.platform = $1 AND i.user_id = $2",
        )
        .bind(platform)
        .bind(user_id)
        .fetch_one(&mut *self.tx)
        .await?;
        let (name, locale, zone): (String, Option<String>, Option<String>) =
            (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO members (display_name, locale, timezone, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(&name)
        .bind(locale)
        .bind(zone)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        sqlx::query("UPDATE identities SET member_id = $1 WHERE platform = $2 AND user_id = $3")
            .bind(id)
            .bind(platform)
            .bind(user_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(id)
    }

    /// Forgets the codes a member asked for on `platform` (the account that asked is leaving it).
    pub async fn drop_link_codes(&mut self, member_id: i64, platform: &str) -> Result<()> {
        sqlx::query("DELETE FROM account_link_codes WHERE member_id = $1 AND platform = $2")
            .bind(member_id)
            .bind(platform)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Names the member after one of its accounts (after a merge or a split, the member's name
    /// should be one its platforms show).
    pub async fn rename_member_after_account(&mut self, member_id: i64, platform: &str, user_id: &str) -> Result<()> {
        sqlx::query(
            "UPDATE members SET display_name = (SELECT i.display_name FROM identities i
                 WHERE i.platform = $2 AND i.user_id = $3 AND i.member_id = $1)
             WHERE id = $1 AND EXISTS (SELECT 1 FROM identities i
                 WHERE i.platform = $2 AND i.user_id = $3 AND i.member_id = $1)",
        )
        .bind(member_id)
        .bind(platform)
        .bind(user_id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }
}
