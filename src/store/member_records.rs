//! Member records of bodies (the directory), each body's policy for them, and the one rule of
//! who counts as a member: `COUNTED`.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::{Store, Tx};

/// The statuses of a record in good standing: they count for quorum, polls and elections. A
/// membership whose renewal is due has not ended yet; it ends when it lapses.
pub const COUNTED_STATUSES: &str = "'active', 'renewal-due'";

/// Whether the record `r` counts as one member: in good standing, and not a representative
/// (an organisation member counts once, through its own record).
pub(super) const COUNTED: &str = "r.status IN ('active', 'renewal-due') AND r.represents_id IS NULL";

/// One member record as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberRecordRow {
    pub id: i64,
    pub body_id: i64,
    /// The account the record belongs to, if any.
    pub member_id: Option<i64>,
    pub name: String,
    /// `person` or `organisation`.
    pub kind: String,
    pub organisation: Option<String>,
    pub stakeholder_group: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// UN M49 region, derived from the country.
    pub region: Option<String>,
    /// Language codes, comma-separated.
    pub languages: Option<String>,
    pub gender: Option<String>,
    pub status: String,
    pub status_reason: Option<String>,
    /// `YYYY-MM-DD`.
    pub joined_on: Option<String>,
    pub renewal_on: Option<String>,
    pub notes: Option<String>,
    /// The organisation's record, for a person who represents one.
    pub represents_id: Option<i64>,
    pub is_voting_rep: bool,
}

/// What `member list` narrows the directory to; `None`: any. Text is compared without case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordFilter {
    pub group: Option<String>,
    pub region: Option<String>,
    pub country: Option<String>,
    pub statuses: Option<Vec<String>>,
    pub kind: Option<String>,
}

/// A body's policy for its records, as stored (`None`: the default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberPolicyRow {
    pub grace_days: Option<i64>,
    pub notice_days: Option<i64>,
    pub public_fields: Option<String>,
}

/// What balance statistics count, per record in good standing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceRow {
    pub group: Option<String>,
    pub region: Option<String>,
    pub gender: Option<String>,
}

const RECORD_COLUMNS: &str = "r.id, r.body_id, r.member_id, r.name, r.kind, r.organisation, r.stakeholder_group, \
     r.country, r.region, r.languages, r.gender, r.status, r.status_reason, r.joined_on, r.renewal_on, r.notes, \
     r.represents_id, r.is_voting_rep";

fn record_from(row: &sqlx::any::AnyRow) -> Result<MemberRecordRow> {
    Ok(MemberRecordRow {
        id: row.try_get(0)?,
        body_id: row.try_get(1)?,
        member_id: row.try_get(2)?,
        name: row.try_get(3)?,
        kind: row.try_get(4)?,
        organisation: row.try_get(5)?,
        stakeholder_group: row.try_get(6)?,
        country: row.try_get(7)?,
        region: row.try_get(8)?,
        languages: row.try_get(9)?,
        gender: row.try_get(10)?,
        status: row.try_get(11)?,
        status_reason: row.try_get(12)?,
        joined_on: row.try_get(13)?,
        renewal_on: row.try_get(14)?,
        notes: row.try_get(15)?,
        represents_id: row.try_get(16)?,
        is_voting_rep: row.try_get::<i64, _>(17)? != 0,
    })
}

/// A `WHERE` clause for a filter, with its values in order from `$first`.
fn filter_sql(filter: &RecordFilter, first: usize) -> (String, Vec<String>) {
    let mut clauses = Vec::new();
    let mut values = Vec::new();
    let mut n = first;
    let mut equal = |clauses: &mut Vec<String>, column: &str, value: &Option<String>| {
        if let Some(value) = value {
            clauses.push(format!("LOWER(r.{column}) = LOWER(${n})"));
            values.push(value.clone());
            n += 1;
        }
    };
    equal(&mut clauses, "stakeholder_group", &filter.group);
    equal(&mut clauses, "region", &filter.region);
    equal(&mut clauses, "country", &filter.country);
    equal(&mut clauses, "kind", &filter.kind);
    if let Some(statuses) = &filter.statuses {
        let marks: Vec<String> = statuses
            .iter()
            .map(|s| {
                values.push(s.clone());
                n += 1;
                format!("${}", n - 1)
            })
            .collect();
        clauses.push(format!("r.status IN ({})", marks.join(", ")));
    }
    let sql = clauses.iter().map(|c| format!(" AND {c}")).collect::<String>();
    (sql, values)
}

impl Tx {
    /// Adds a record; its id.
    pub async fn insert_member_record(&mut self, r: &MemberRecordRow, now_ms: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO member_records (body_id, member_id, name, kind, organisation, stakeholder_group, country,
                 region, languages, gender, status, status_reason, joined_on, renewal_on, notes, represents_id,
                 is_voting_rep, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
             RETURNING id",
        )
        .bind(r.body_id)
        .bind(r.member_id)
        .bind(&r.name)
        .bind(&r.kind)
        .bind(&r.organisation)
        .bind(&r.stakeholder_group)
        .bind(&r.country)
        .bind(&r.region)
        .bind(&r.languages)
        .bind(&r.gender)
        .bind(&r.status)
        .bind(&r.status_reason)
        .bind(&r.joined_on)
        .bind(&r.renewal_on)
        .bind(&r.notes)
        .bind(r.represents_id)
        .bind(i64::from(r.is_voting_rep))
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?)
    }

    /// Adds many records, a few hundred to a statement (an import: one round trip per record
    /// would cost more than the writing); the records as stored, with their ids, in no particular
    /// order. The caller hands them over a few hundred at a time.
    pub async fn insert_member_records(
        &mut self,
        records: &[MemberRecordRow],
        now_ms: i64,
    ) -> Result<Vec<MemberRecordRow>> {
        const COLUMNS: usize = 18;
        let returning = RECORD_COLUMNS.replace("r.", "");
        let mut stored = Vec::with_capacity(records.len());
        for chunk in records.chunks(self.rows_per_statement(COLUMNS)) {
            let rows: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let marks: Vec<String> = (1..=COLUMNS).map(|c| format!("${}", i * COLUMNS + c)).collect();
                    // created_at and updated_at are the same instant: the last parameter.
                    format!("({}, ${})", marks.join(", "), chunk.len() * COLUMNS + 1)
                })
                .collect();
            let sql = format!(
                "INSERT INTO member_records (body_id, member_id, name, kind, organisation, stakeholder_group, country,
                     region, languages, gender, status, status_reason, joined_on, renewal_on, notes, represents_id,
                     is_voting_rep, created_at, updated_at)
                 VALUES {} RETURNING {returning}",
                rows.join(", ")
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for r in chunk {
                query = query
                    .bind(r.body_id)
                    .bind(r.member_id)
                    .bind(r.name.clone())
                    .bind(r.kind.clone())
                    .bind(r.organisation.clone())
                    .bind(r.stakeholder_group.clone())
                    .bind(r.country.clone())
                    .bind(r.region.clone())
                    .bind(r.languages.clone())
                    .bind(r.gender.clone())
                    .bind(r.status.clone())
                    .bind(r.status_reason.clone())
                    .bind(r.joined_on.clone())
                    .bind(r.renewal_on.clone())
                    .bind(r.notes.clone())
                    .bind(r.represents_id)
                    .bind(i64::from(r.is_voting_rep))
                    .bind(now_ms);
            }
            let rows = query.bind(now_ms).fetch_all(&mut *self.tx).await?;
            for row in &rows {
                stored.push(record_from(row)?);
            }
        }
        Ok(stored)
    }

    /// Writes every field of a record back.
    pub async fn update_member_record(&mut self, r: &MemberRecordRow, now_ms: i64) -> Result<()> {
        sqlx::query(
            "UPDATE member_records SET member_id = $1, name = $2, kind = $3, organisation = $4,
                 stakeholder_group = $5, country = $6, region = $7, languages = $8, gender = $9, status = $10,
                 status_reason = $11, joined_on = $12, renewal_on = $13, notes = $14, represents_id = $15,
                 is_voting_rep = $16, updated_at = $17
             WHERE id = $18",
        )
        .bind(r.member_id)
        .bind(&r.name)
        .bind(&r.kind)
        .bind(&r.organisation)
        .bind(&r.stakeholder_group)
        .bind(&r.country)
        .bind(&r.region)
        .bind(&r.languages)
        .bind(&r.gender)
        .bind(&r.status)
        .bind(&r.status_reason)
        .bind(&r.joined_on)
        .bind(&r.renewal_on)
        .bind(&r.notes)
        .bind(r.represents_id)
        .bind(i64::from(r.is_voting_rep))
        .bind(now_ms)
        .bind(r.id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// A record of a body, by its number.
    pub async fn member_record(&mut self, body_id: i64, id: i64) -> Result<Option<MemberRecordRow>> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM member_records r WHERE r.id = $1 AND r.body_id = $2"
        )))
        .bind(id)
        .bind(body_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(record_from).transpose()
    }

    /// A record by its number alone (for its jobs).
    pub async fn member_record_by_id(&mut self, id: i64) -> Result<Option<MemberRecordRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {RECORD_COLUMNS} FROM member_records r WHERE r.id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(record_from).transpose()
    }

    /// The record an account holds in a body.
    pub async fn member_record_of_account(&mut self, body_id: i64, member_id: i64) -> Result<Option<MemberRecordRow>> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM member_records r WHERE r.body_id = $1 AND r.member_id = $2"
        )))
        .bind(body_id)
        .bind(member_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(record_from).transpose()
    }

    /// Deletes a record; its representatives stay, no longer representing it.
    pub async fn delete_member_record(&mut self, id: i64, now_ms: i64) -> Result<()> {
        sqlx::query(
            "UPDATE member_records SET represents_id = NULL, is_voting_rep = 0, updated_at = $1 WHERE represents_id = $2",
        )
        .bind(now_ms)
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        sqlx::query("DELETE FROM member_records WHERE id = $1").bind(id).execute(&mut *self.tx).await?;
        Ok(())
    }

    /// One page of a body's records by name, and how many match in all.
    pub async fn list_member_records(
        &mut self,
        body_id: i64,
        filter: &RecordFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<MemberRecordRow>, i64)> {
        let (clause, values) = filter_sql(filter, 2);
        let count_sql = format!("SELECT COUNT(*) FROM member_records r WHERE r.body_id = $1{clause}");
        let mut count = sqlx::query_scalar(AssertSqlSafe(count_sql)).bind(body_id);
        for v in &values {
            count = count.bind(v.clone());
        }
        let total: i64 = count.fetch_one(&mut *self.tx).await?;
        let n = values.len() + 2;
        let sql = format!(
            "SELECT {RECORD_COLUMNS} FROM member_records r WHERE r.body_id = $1{clause}
             ORDER BY LOWER(r.name), r.id LIMIT ${n} OFFSET ${}",
            n + 1
        );
        let mut query = sqlx::query(AssertSqlSafe(sql)).bind(body_id);
        for v in &values {
            query = query.bind(v.clone());
        }
        let rows = query.bind(limit).bind(offset).fetch_all(&mut *self.tx).await?;
        Ok((rows.iter().map(record_from).collect::<Result<_>>()?, total))
    }

    /// Every record of a body, by number (for an export).
    pub async fn all_member_records(&mut self, body_id: i64) -> Result<Vec<MemberRecordRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM member_records r WHERE r.body_id = $1 ORDER BY r.id"
        )))
        .bind(body_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(record_from).collect()
    }

    /// The people who represent an organisation's record, by name.
    pub async fn representatives_of(&mut self, org_id: i64) -> Result<Vec<MemberRecordRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM member_records r WHERE r.represents_id = $1 ORDER BY LOWER(r.name), r.id"
        )))
        .bind(org_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(record_from).collect()
    }

    /// Makes no one the voting representative of an organisation.
    pub async fn clear_voting_rep(&mut self, org_id: i64, now_ms: i64) -> Result<()> {
        sqlx::query(
            "UPDATE member_records SET is_voting_rep = 0, updated_at = $1 WHERE represents_id = $2 AND is_voting_rep = 1",
        )
        .bind(now_ms)
        .bind(org_id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// A body's policy for its records.
    pub async fn member_policy(&mut self, body_id: i64) -> Result<MemberPolicyRow> {
        let row = sqlx::query("SELECT grace_days, notice_days, public_fields FROM member_policies WHERE body_id = $1")
            .bind(body_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(match row {
            Some(r) => {
                MemberPolicyRow { grace_days: r.try_get(0)?, notice_days: r.try_get(1)?, public_fields: r.try_get(2)? }
            }
            None => MemberPolicyRow::default(),
        })
    }

    pub async fn set_member_policy(&mut self, body_id: i64, policy: &MemberPolicyRow) -> Result<()> {
        sqlx::query(
            "INSERT INTO member_policies (body_id, grace_days, notice_days, public_fields) VALUES ($1, $2, $3, $4)
             ON CONFLICT (body_id) DO UPDATE SET grace_days = excluded.grace_days,
                 notice_days = excluded.notice_days, public_fields = excluded.public_fields",
        )
        .bind(body_id)
        .bind(policy.grace_days)
        .bind(policy.notice_days)
        .bind(&policy.public_fields)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// How many members a body counts: records in good standing, an organisation once.
    pub async fn counted_member_count(&mut self, body_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM member_records r WHERE r.body_id = $1 AND {COUNTED}"
        )))
        .bind(body_id)
        .fetch_one(&mut *self.tx)
        .await?)
    }

    /// The record an account counts for in a body: its own record in good standing, or the
    /// organisation in good standing it is the voting representative of.
    pub async fn counted_record_of_account(&mut self, body_id: i64, member_id: i64) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT CASE WHEN r.represents_id IS NULL THEN r.id ELSE r.represents_id END
             FROM member_records r WHERE r.body_id = $1 AND r.member_id = $2 AND ({})",
            counted_account_sql()
        )))
        .bind(body_id)
        .bind(member_id)
        .fetch_optional(&mut *self.tx)
        .await?)
    }

    /// The accounts that count as members of a body (each with its record in good standing, or as
    /// the voting representative of an organisation in good standing), as `(member, name)` by
    /// name: who may answer for the body. A record without an account is not among them.
    pub async fn counted_accounts(&mut self, body_id: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT DISTINCT m.id, m.display_name FROM member_records r JOIN members m ON m.id = r.member_id
             WHERE r.body_id = $1 AND ({}) ORDER BY m.display_name, m.id",
            counted_account_sql()
        )))
        .bind(body_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    /// The fields balance statistics count, of each record in good standing.
    pub async fn balance_rows(&mut self, body_id: i64) -> Result<Vec<BalanceRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT r.stakeholder_group, r.region, r.gender FROM member_records r WHERE r.body_id = $1 AND {COUNTED}"
        )))
        .bind(body_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| Ok(BalanceRow { group: r.try_get(0)?, region: r.try_get(1)?, gender: r.try_get(2)? }))
            .collect()
    }

    /// The records of a body whose status a renewal date moves on (for rescheduling their jobs).
    pub async fn member_records_awaiting_renewal(&mut self, body_id: i64) -> Result<Vec<MemberRecordRow>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM member_records r
             WHERE r.body_id = $1 AND r.status IN ({COUNTED_STATUSES}) AND r.renewal_on IS NOT NULL ORDER BY r.id"
        )))
        .bind(body_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(record_from).collect()
    }
}

/// Whether the record `r`, held by an account, makes that account count: its own record in good
/// standing, or it is the voting representative of an organisation in good standing.
pub(super) fn counted_account_sql() -> String {
    format!(
        "({COUNTED}) OR (r.status IN ({COUNTED_STATUSES}) AND r.is_voting_rep = 1 AND EXISTS (SELECT 1 FROM member_records o
             WHERE o.id = r.represents_id AND o.status IN ({COUNTED_STATUSES})))"
    )
}

impl Tx {
    /// A member's language and zone as they set them.
    pub async fn member_locale_zone(&mut self, member_id: i64) -> Result<(Option<String>, Option<String>)> {
        let row = sqlx::query("SELECT locale, timezone FROM members WHERE id = $1")
            .bind(member_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        match row {
            Some(r) => Ok((r.try_get(0)?, r.try_get(1)?)),
            None => Ok((None, None)),
        }
    }
}

impl Tx {
    /// A body's short name.
    pub async fn body_short_of(&mut self, body_id: i64) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT short FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_optional(&mut *self.tx)
            .await?)
    }
}

impl Store {
    /// Refreshes the planner's statistics of the member records after a bulk import, so that the
    /// directory's page is read from its index at once rather than after the next automatic
    /// analysis (PostgreSQL guesses from stale figures that a body has one record until then).
    pub async fn analyze_member_records(&self) -> Result<()> {
        sqlx::query("ANALYZE member_records").execute(&mut *self.pool.lease().await?).await?;
        Ok(())
    }
}
