//! Elections, their candidates, the roll taken when voting opens, and the two unlinked halves of
//! a secret vote: who took part (by roll record), and the ballots under the hash of their receipt.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::Tx;
use super::member_records::counted_account_sql;

/// An election as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionRow {
    pub id: i64,
    pub body_id: i64,
    pub room_key: i64,
    pub creator_id: i64,
    pub title: String,
    pub seats: i64,
    pub method: String,
    /// Only members holding this role in the body vote (an exec roll).
    pub roll_role: Option<String>,
    pub weighted: bool,
    /// A nomination stands only once someone else seconds it.
    pub seconded: bool,
    pub quorum: Option<String>,
    /// `nominations`, `voting` or `closed`.
    pub phase: String,
    /// When voting opens by itself; `None`: when staff open it.
    pub nominations_close_at: Option<i64>,
    /// How long voting lasts once open.
    pub voting_ms: i64,
    pub voting_opened_at: Option<i64>,
    pub voting_closes_at: Option<i64>,
    pub created_at: i64,
    pub closed_at: Option<i64>,
    /// How it ended: `elected`, `unopposed`, `no-candidates`, `not-quorate`.
    pub outcome: Option<String>,
    /// The hex seed of any lot drawn in the count.
    pub seed: Option<String>,
}

const ELECTION_COLUMNS: &str = "id, body_id, room_key, creator_id, title, seats, method, roll_role, weighted, seconded,
     quorum, phase, nominations_close_at, voting_ms, voting_opened_at, voting_closes_at, created_at, closed_at,
     outcome, seed";

/// How many columns [`ELECTION_COLUMNS`] names: what a query selects after them starts there.
const ELECTION_COLUMN_COUNT: usize = 20;

/// A member's seat in the election `e` ([`Tx::election_seat`]), for the member `$2` at the time
/// `$3`: the roll record, its weight, whether it voted, the holder of a proxy the member gave.
fn seat_columns() -> String {
    format!(
        "l.record_id, l.weight,
         (SELECT COUNT(*) FROM election_participation p WHERE p.election_id = e.id AND p.record_id = l.record_id),
         {}",
        super::polls::proxy_holder_sql("e.body_id", "$2", "$3")
    )
}

/// What [`seat_columns`] reads from: the record the member counts for in the election's body (an
/// account has one record per body at most), and its place on the roll.
fn seat_joins() -> String {
    format!(
        "LEFT JOIN member_records r ON r.body_id = e.body_id AND r.member_id = $2 AND ({})
         LEFT JOIN election_roll l ON l.election_id = e.id AND l.record_id = COALESCE(r.represents_id, r.id)",
        counted_account_sql()
    )
}

fn seat_at(row: &sqlx::any::AnyRow, from: usize) -> Result<ElectionSeat> {
    let seat: Option<i64> = row.try_get(from)?;
    let weight: Option<i64> = row.try_get(from + 1)?;
    let voted = row.try_get::<i64, _>(from + 2)? != 0;
    Ok(ElectionSeat { seat: seat.zip(weight), voted: seat.is_some() && voted, proxy_holder: row.try_get(from + 3)? })
}

fn election_at(r: &sqlx::any::AnyRow) -> Result<ElectionRow> {
    Ok(ElectionRow {
        id: r.try_get(0)?,
        body_id: r.try_get(1)?,
        room_key: r.try_get(2)?,
        creator_id: r.try_get(3)?,
        title: r.try_get(4)?,
        seats: r.try_get(5)?,
        method: r.try_get(6)?,
        roll_role: r.try_get(7)?,
        weighted: r.try_get::<i64, _>(8)? != 0,
        seconded: r.try_get::<i64, _>(9)? != 0,
        quorum: r.try_get(10)?,
        phase: r.try_get(11)?,
        nominations_close_at: r.try_get(12)?,
        voting_ms: r.try_get(13)?,
        voting_opened_at: r.try_get(14)?,
        voting_closes_at: r.try_get(15)?,
        created_at: r.try_get(16)?,
        closed_at: r.try_get(17)?,
        outcome: r.try_get(18)?,
        seed: r.try_get(19)?,
    })
}

/// A nominee as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateRow {
    pub member_id: i64,
    pub name: String,
    pub nominated_by: i64,
    pub seconded_by: Option<i64>,
    pub accepted: bool,
    pub withdrawn: bool,
    /// Their number on the ballot, from 1, once voting opened.
    pub position: Option<i64>,
}

impl CandidateRow {
    /// On the ballot when voting opens: accepted, not withdrawn, seconded where that is asked.
    pub fn stands(&self, seconded: bool) -> bool {
        self.accepted && !self.withdrawn && (!seconded || self.seconded_by.is_some())
    }
}

/// A member's place on an election's roll, as [`Tx::election_seat`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionSeat {
    /// The roll record the member votes for (the organisation's, for its voting representative)
    /// and its weight; `None` when they are not on the roll.
    pub seat: Option<(i64, i64)>,
    /// Whether that record has voted.
    pub voted: bool,
    /// Who holds the proxy the member gave, while it stands.
    pub proxy_holder: Option<String>,
}

/// One ballot as counted: the hash of its receipt, the candidates' positions most preferred first
/// (as stored: `3 1 2`), and its weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotRow {
    pub election_id: i64,
    pub receipt_hash: String,
    pub ranking: String,
    pub weight: i64,
}

/// The records of a body who may vote, each with its weight (the member's vote weight when
/// `$2` is 1), for an insert that prefixes the poll's or election's id (`$1`). `$3`: the body;
/// `$4`: a role they must hold, or NULL.
pub(super) fn seats_of_body() -> String {
    format!(
        "SELECT $1, r.id, CASE WHEN $2 = 1 THEN r.vote_weight ELSE 1 END
         FROM member_records r WHERE r.body_id = $3 AND {}
           AND ($4 IS NULL OR EXISTS (SELECT 1 FROM role_grants g
                WHERE g.body_id = r.body_id AND g.member_id = r.member_id AND g.role = $4))",
        super::member_records::COUNTED
    )
}

impl Tx {
    /// Adds an election in its nominations phase. Returns its id.
    pub async fn insert_election(&mut self, e: &ElectionRow) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO elections (body_id, room_key, creator_id, title, seats, method, roll_role, weighted, seconded,
                 quorum, phase, nominations_close_at, voting_ms, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(e.body_id)
        .bind(e.room_key)
        .bind(e.creator_id)
        .bind(&e.title)
        .bind(e.seats)
        .bind(&e.method)
        .bind(&e.roll_role)
        .bind(i64::from(e.weighted))
        .bind(i64::from(e.seconded))
        .bind(&e.quorum)
        .bind(&e.phase)
        .bind(e.nominations_close_at)
        .bind(e.voting_ms)
        .bind(e.created_at)
        .fetch_one(&mut *self.tx)
        .await?)
    }

    pub async fn election(&mut self, id: i64) -> Result<Option<ElectionRow>> {
        self.election_locked(id, "").await
    }

    /// An election read under a lock on PostgreSQL that every change of phase and every ballot
    /// takes: a ballot is never written while the election closes.
    pub async fn election_for_update(&mut self, id: i64) -> Result<Option<ElectionRow>> {
        self.election_locked(id, " FOR UPDATE").await
    }

    async fn election_locked(&mut self, id: i64, lock: &str) -> Result<Option<ElectionRow>> {
        let lock = if self.dialect == super::Dialect::Postgres { lock } else { "" };
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {ELECTION_COLUMNS} FROM elections WHERE id = $1{lock}")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(election_at).transpose()
    }

    /// The elections of some bodies, newest first; only those not closed unless `all`.
    pub async fn elections_of(&mut self, body_ids: &[i64], all: bool) -> Result<Vec<ElectionRow>> {
        if body_ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = body_ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let open = if all { "" } else { " AND phase <> 'closed'" };
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {ELECTION_COLUMNS} FROM elections WHERE body_id IN ({list}){open} ORDER BY id DESC"
        )))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(election_at).collect()
    }

    /// Moves an election from one phase to the next; `false` if it was not in `from`.
    pub async fn set_election_phase(&mut self, id: i64, from: &str, to: &str) -> Result<bool> {
        Ok(sqlx::query("UPDATE elections SET phase = $1 WHERE id = $2 AND phase = $3")
            .bind(to)
            .bind(id)
            .bind(from)
            .execute(&mut *self.tx)
            .await?
            .rows_affected()
            == 1)
    }

    /// Records when voting opened and when it closes.
    pub async fn set_election_voting(&mut self, id: i64, opened_at: i64, closes_at: i64) -> Result<()> {
        sqlx::query("UPDATE elections SET voting_opened_at = $1, voting_closes_at = $2 WHERE id = $3")
            .bind(opened_at)
            .bind(closes_at)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Records how an election ended.
    pub async fn finish_election(&mut self, id: i64, closed_at: i64, outcome: &str, seed: Option<&str>) -> Result<()> {
        sqlx::query("UPDATE elections SET phase = 'closed', closed_at = $1, outcome = $2, seed = $3 WHERE id = $4")
            .bind(closed_at)
            .bind(outcome)
            .bind(seed)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Every nominee, in the order they were nominated (ballot order once voting opened).
    pub async fn candidates(&mut self, election_id: i64) -> Result<Vec<CandidateRow>> {
        let rows = sqlx::query(
            "SELECT member_id, name, nominated_by, seconded_by, accepted, withdrawn, position
             FROM election_candidates WHERE election_id = $1
             ORDER BY COALESCE(position, 1000000), nominated_at, member_id",
        )
        .bind(election_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CandidateRow {
                    member_id: r.try_get(0)?,
                    name: r.try_get(1)?,
                    nominated_by: r.try_get(2)?,
                    seconded_by: r.try_get(3)?,
                    accepted: r.try_get::<i64, _>(4)? != 0,
                    withdrawn: r.try_get::<i64, _>(5)? != 0,
                    position: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// Nominates a member; one who nominates themselves accepts at once. `false` if they were
    /// nominated already.
    pub async fn nominate(
        &mut self,
        election_id: i64,
        member_id: i64,
        name: &str,
        nominated_by: i64,
        now_ms: i64,
    ) -> Result<bool> {
        Ok(sqlx::query(
            "INSERT INTO election_candidates (election_id, member_id, name, nominated_by, accepted, nominated_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (election_id, member_id) DO NOTHING",
        )
        .bind(election_id)
        .bind(member_id)
        .bind(name)
        .bind(nominated_by)
        .bind(i64::from(member_id == nominated_by))
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?
        .rows_affected()
            == 1)
    }

    /// Sets a nominee's seconder, acceptance or withdrawal.
    pub async fn update_candidate(&mut self, election_id: i64, c: &CandidateRow) -> Result<()> {
        sqlx::query(
            "UPDATE election_candidates SET seconded_by = $1, accepted = $2, withdrawn = $3
             WHERE election_id = $4 AND member_id = $5",
        )
        .bind(c.seconded_by)
        .bind(i64::from(c.accepted))
        .bind(i64::from(c.withdrawn))
        .bind(election_id)
        .bind(c.member_id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Numbers the candidates on the ballot, from 1, in the order given.
    pub async fn number_candidates(&mut self, election_id: i64, members: &[i64]) -> Result<()> {
        for (i, member_id) in members.iter().enumerate() {
            sqlx::query("UPDATE election_candidates SET position = $1 WHERE election_id = $2 AND member_id = $3")
                .bind(i as i64 + 1)
                .bind(election_id)
                .bind(member_id)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(())
    }

    /// Takes the roll: the body's counted records (holding `role`, when given), each with its
    /// weight when the election is weighted.
    pub async fn take_roll(&mut self, e: &ElectionRow) -> Result<()> {
        sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO election_roll (election_id, record_id, weight) {}",
            seats_of_body()
        )))
        .bind(e.id)
        .bind(i64::from(e.weighted))
        .bind(e.body_id)
        .bind(&e.roll_role)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// How many records are on the roll, and their total weight.
    pub async fn roll_totals(&mut self, election_id: i64) -> Result<(i64, i64)> {
        let row = sqlx::query(
            "SELECT COUNT(*), CAST(COALESCE(SUM(weight), 0) AS BIGINT) FROM election_roll WHERE election_id = $1",
        )
        .bind(election_id)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }

    /// How many records on the roll have voted, and their total weight.
    pub async fn election_turnout(&mut self, election_id: i64) -> Result<(i64, i64)> {
        let row = sqlx::query(
            "SELECT COUNT(*), CAST(COALESCE(SUM(l.weight), 0) AS BIGINT) FROM election_participation p
             JOIN election_roll l ON l.election_id = p.election_id AND l.record_id = p.record_id
             WHERE p.election_id = $1",
        )
        .bind(election_id)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }

    /// The roll's names (an organisation's under its own name), with whether each has voted, in
    /// name order.
    pub async fn roll_names(&mut self, election_id: i64) -> Result<Vec<(String, bool)>> {
        let rows = sqlx::query(
            "SELECT COALESCE(m.display_name, r.name), (SELECT COUNT(*) FROM election_participation p
                 WHERE p.election_id = l.election_id AND p.record_id = l.record_id)
             FROM election_roll l JOIN member_records r ON r.id = l.record_id
             LEFT JOIN members m ON m.id = r.member_id
             WHERE l.election_id = $1 ORDER BY 1",
        )
        .bind(election_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get::<i64, _>(1)? != 0))).collect()
    }

    /// The accounts that hold roll records which have not voted (a voting representative for an
    /// organisation), for the reminder before the close.
    pub async fn roll_not_voted(&mut self, election_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT r.member_id FROM election_roll l
             JOIN member_records r ON r.id = l.record_id OR (r.represents_id = l.record_id AND r.is_voting_rep = 1)
             WHERE l.election_id = $1 AND r.member_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM election_participation p
                   WHERE p.election_id = l.election_id AND p.record_id = l.record_id)
             ORDER BY r.member_id",
        )
        .bind(election_id)
        .fetch_all(&mut *self.tx)
        .await?)
    }

    /// A member's place on an election's roll at `now_ms`: the record they vote for (their own,
    /// or the organisation's they are the voting representative of), whether it voted, and the
    /// holder of a proxy they gave in the body, while it stands.
    pub async fn election_seat(&mut self, e: &ElectionRow, member_id: i64, now_ms: i64) -> Result<ElectionSeat> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {} FROM elections e {} WHERE e.id = $1",
            seat_columns(),
            seat_joins()
        )))
        .bind(e.id)
        .bind(member_id)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        seat_at(&row, 0)
    }

    /// An election, its standing candidates' names in ballot order (as one JSON array) and
    /// `member_id`'s seat ([`Tx::election_seat`]), in one single-row statement. With `lock`, under
    /// the shared lock a ballot's transaction takes on PostgreSQL, so that the election cannot
    /// close under it.
    pub async fn election_for_ballot(
        &mut self,
        id: i64,
        member_id: i64,
        now_ms: i64,
        lock: bool,
    ) -> Result<Option<(ElectionRow, Vec<String>, ElectionSeat)>> {
        let (names, lock) = match self.dialect {
            super::Dialect::Postgres => (
                "(SELECT CAST(COALESCE(json_agg(c.name ORDER BY c.position), '[]') AS TEXT)
                  FROM election_candidates c WHERE c.election_id = e.id AND c.position IS NOT NULL)",
                if lock { " FOR SHARE OF e" } else { "" },
            ),
            super::Dialect::Sqlite => (
                "(SELECT json_group_array(name) FROM (SELECT c.name FROM election_candidates c
                  WHERE c.election_id = e.id AND c.position IS NOT NULL ORDER BY c.position))",
                "",
            ),
        };
        let columns = ELECTION_COLUMNS.split(',').map(|c| format!("e.{}", c.trim())).collect::<Vec<_>>().join(", ");
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {columns}, {names}, {seat} FROM elections e {joins} WHERE e.id = $1{lock}",
            seat = seat_columns(),
            joins = seat_joins()
        )))
        .bind(id)
        .bind(member_id)
        .bind(now_ms)
        .fetch_all(&mut *self.tx)
        .await?;
        let Some(row) = rows.first() else { return Ok(None) };
        let e = election_at(row)?;
        let names: String = row.try_get(ELECTION_COLUMN_COUNT)?;
        let seat = seat_at(row, ELECTION_COLUMN_COUNT + 1)?;
        Ok(Some((e, serde_json::from_str(&names)?, seat)))
    }

    /// Casts a ballot in one statement, with or without a transaction around it: the record is
    /// marked as having voted and the ballot stored apart under the hash of its receipt, both or
    /// neither, only while the election is voting (on PostgreSQL under the election's shared row
    /// lock, so that a close waits for it or it finds the election closed). `false` when the
    /// record voted already or the election is not voting.
    pub async fn cast_ballot(&mut self, record_id: i64, ballot: &BallotRow) -> Result<bool> {
        let sql = match self.dialect {
            super::Dialect::Postgres => {
                "WITH voted AS (
                     INSERT INTO election_participation (election_id, record_id)
                     SELECT e.id, $2 FROM elections e WHERE e.id = $1 AND e.phase = 'voting' FOR SHARE OF e
                     ON CONFLICT (election_id, record_id) DO NOTHING
                     RETURNING election_id)
                 INSERT INTO election_ballots (election_id, receipt_hash, ranking, weight)
                 SELECT election_id, $3, $4, $5 FROM voted"
            }
            // Through the view whose trigger writes both tables (migration 0036).
            super::Dialect::Sqlite => {
                "INSERT INTO election_casts (election_id, record_id, receipt_hash, ranking, weight)
                 VALUES ($1, $2, $3, $4, $5)"
            }
        };
        let done = sqlx::query(sql)
            .bind(ballot.election_id)
            .bind(record_id)
            .bind(&ballot.receipt_hash)
            .bind(&ballot.ranking)
            .bind(ballot.weight)
            .execute(&mut *self.tx)
            .await;
        match done {
            Ok(done) => Ok(self.dialect == super::Dialect::Sqlite || done.rows_affected() == 1),
            // SQLite's trigger refuses a closed election, and the participation's key a second
            // ballot of one record.
            Err(sqlx::Error::Database(e))
                if e.kind() == sqlx::error::ErrorKind::UniqueViolation || e.message().contains("election closed") =>
            {
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The ballot under a receipt's hash, in whichever election.
    pub async fn ballot_by_receipt(&mut self, receipt_hash: &str) -> Result<Option<BallotRow>> {
        let row = sqlx::query(
            "SELECT election_id, receipt_hash, ranking, weight FROM election_ballots WHERE receipt_hash = $1",
        )
        .bind(receipt_hash)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(ballot_at).transpose()
    }

    /// Replaces the choices of the ballot under a receipt's hash (its weight stays).
    pub async fn replace_ballot(&mut self, election_id: i64, receipt_hash: &str, ranking: &str) -> Result<bool> {
        Ok(sqlx::query("UPDATE election_ballots SET ranking = $1 WHERE election_id = $2 AND receipt_hash = $3")
            .bind(ranking)
            .bind(election_id)
            .bind(receipt_hash)
            .execute(&mut *self.tx)
            .await?
            .rows_affected()
            == 1)
    }

    /// Counts one more ballot replaced with its receipt.
    pub async fn count_replaced_ballot(&mut self, election_id: i64) -> Result<()> {
        sqlx::query("UPDATE elections SET replaced = replaced + 1 WHERE id = $1")
            .bind(election_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// How many ballots were replaced with their receipt.
    pub async fn replaced_ballots(&mut self, election_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT replaced FROM elections WHERE id = $1")
            .bind(election_id)
            .fetch_one(&mut *self.tx)
            .await?)
    }

    /// Whether a member holds a counted record of a body (stands for one, as an organisation's
    /// voting representative): who may nominate, second and be nominated.
    pub async fn counted_in_body(&mut self, body_id: i64, member_id: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM member_records r WHERE r.body_id = $1 AND r.member_id = $2 AND ({})",
            counted_account_sql()
        )))
        .bind(body_id)
        .bind(member_id)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(n > 0)
    }

    /// The bodies a member has a record in, in whatever standing.
    pub async fn bodies_with_record(&mut self, member_id: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar("SELECT DISTINCT body_id FROM member_records WHERE member_id = $1 ORDER BY body_id")
            .bind(member_id)
            .fetch_all(&mut *self.tx)
            .await?)
    }

    /// Whether a member has any record in a body, in whatever standing.
    pub async fn has_record_in(&mut self, body_id: i64, member_id: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM member_records WHERE body_id = $1 AND member_id = $2")
            .bind(body_id)
            .bind(member_id)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(n > 0)
    }

    /// Every ballot of an election, in hash order.
    pub async fn election_ballots(&mut self, election_id: i64) -> Result<Vec<BallotRow>> {
        let rows = sqlx::query(
            "SELECT election_id, receipt_hash, ranking, weight FROM election_ballots
             WHERE election_id = $1 ORDER BY receipt_hash",
        )
        .bind(election_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(ballot_at).collect()
    }

    /// Writes an election's ballots again in hash order and its participation in record order, so
    /// that neither keeps the order in which they were cast (PostgreSQL stores rows where they
    /// were inserted; SQLite's tables have no rowid and need it only for their pages' history).
    pub async fn rewrite_election(&mut self, election_id: i64) -> Result<()> {
        let ballots = self.election_ballots(election_id).await?;
        let records: Vec<i64> = sqlx::query_scalar(
            "SELECT record_id FROM election_participation WHERE election_id = $1 ORDER BY record_id",
        )
        .bind(election_id)
        .fetch_all(&mut *self.tx)
        .await?;
        sqlx::query("DELETE FROM election_ballots WHERE election_id = $1")
            .bind(election_id)
            .execute(&mut *self.tx)
            .await?;
        sqlx::query("DELETE FROM election_participation WHERE election_id = $1")
            .bind(election_id)
            .execute(&mut *self.tx)
            .await?;
        for chunk in ballots.chunks(self.rows_per_statement(4)) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| format!("(${}, ${}, ${}, ${})", 4 * i + 1, 4 * i + 2, 4 * i + 3, 4 * i + 4))
                .collect();
            let sql = format!(
                "INSERT INTO election_ballots (election_id, receipt_hash, ranking, weight) VALUES {}",
                values.join(", ")
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for b in chunk {
                query = query.bind(b.election_id).bind(&b.receipt_hash).bind(&b.ranking).bind(b.weight);
            }
            query.execute(&mut *self.tx).await?;
        }
        for chunk in records.chunks(self.rows_per_statement(2)) {
            let values: Vec<String> = (0..chunk.len()).map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2)).collect();
            let sql =
                format!("INSERT INTO election_participation (election_id, record_id) VALUES {}", values.join(", "));
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for record in chunk {
                query = query.bind(election_id).bind(*record);
            }
            query.execute(&mut *self.tx).await?;
        }
        Ok(())
    }
}

fn ballot_at(r: &sqlx::any::AnyRow) -> Result<BallotRow> {
    Ok(BallotRow {
        election_id: r.try_get(0)?,
        receipt_hash: r.try_get(1)?,
        ranking: r.try_get(2)?,
        weight: r.try_get(3)?,
    })
}
