//! Polls, their options, who may vote (a snapshot of a body's counted records), the votes of open
//! polls, and the two unlinked halves of an anonymous poll: who took part, and the ballots under
//! random keys. Also members' vote weights and proxies, which polls and elections share.

use anyhow::Result;
use sqlx::{AssertSqlSafe, Row};

use super::Tx;

/// A poll as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollRow {
    pub id: i64,
    pub room_key: i64,
    pub body_id: Option<i64>,
    pub creator_id: i64,
    pub question: String,
    pub kind: String,
    pub min_choices: i64,
    pub max_choices: i64,
    pub score_max: i64,
    pub anonymous: bool,
    pub weighted: bool,
    pub quorum: Option<String>,
    pub majority: Option<String>,
    pub closes_at: Option<i64>,
    pub remind_before: Option<i64>,
    pub status: String,
    pub created_at: i64,
    pub closed_at: Option<i64>,
    pub purpose: Option<String>,
    pub purpose_ref: Option<i64>,
    /// In a body's poll, only members holding this role vote (a committee's).
    pub seat_role: Option<String>,
}

const POLL_COLUMNS: &str = "id, room_key, body_id, creator_id, question, kind, min_choices, max_choices, score_max,
     anonymous, weighted, quorum, majority, closes_at, remind_before, status, created_at, closed_at, purpose,
     purpose_ref, seat_role";

/// How many columns [`POLL_COLUMNS`] names: what a query selects after them starts there.
const POLL_COLUMN_COUNT: usize = 21;

/// A member's seat in a poll, as [`Tx::poll_seat`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollSeat {
    /// The seat and its weight; `None` when the member may not vote.
    pub seat: Option<(i64, i64)>,
    /// The vote the seat has cast, in a poll that is not anonymous.
    pub cast: Option<String>,
    /// Who holds the proxy the member gave, while it stands.
    pub proxy_holder: Option<String>,
}

/// A member's seat in the poll `p` ([`Tx::poll_seat`]), for the member `$2` at the time `$3`:
/// the seat, its weight, the vote it cast, the holder of a proxy the member gave that stands.
fn seat_columns() -> String {
    format!(
        "CASE WHEN p.body_id IS NULL THEN $2 ELSE s.record_id END,
         CASE WHEN p.body_id IS NULL THEN 1 ELSE s.weight END, COALESCE(v.choice, w.choice),
         {}",
        proxy_holder_sql("p.body_id", "$2", "$3")
    )
}

/// The name of whoever holds the proxy that `giver` gave in `body`, while it stands at `now`
/// (a subquery; a member gives one proxy per body at most, the first if ever more).
pub(super) fn proxy_holder_sql(body: &str, giver: &str, now: &str) -> String {
    format!(
        "(SELECT h.display_name FROM proxies x JOIN members h ON h.id = x.holder_id
          WHERE x.body_id = {body} AND x.giver_id = {giver} AND {} ORDER BY x.id LIMIT 1)",
        proxy_stands("x", now)
    )
}

/// What [`seat_columns`] reads from: the seat of the record the member counts for in the poll's
/// body (an account has one record per body at most) and its vote, or the member's own vote in a
/// room's poll (two joins, each on the votes' key: one on a choice of seats would read them all).
fn seat_joins() -> String {
    format!(
        "LEFT JOIN member_records r ON r.body_id = p.body_id AND r.member_id = $2 AND ({counted})
         LEFT JOIN poll_seats s ON s.poll_id = p.id AND s.record_id = COALESCE(r.represents_id, r.id)
         LEFT JOIN poll_votes v ON v.poll_id = p.id AND v.seat_id = s.record_id
         LEFT JOIN poll_votes w ON w.poll_id = p.id AND w.seat_id = $2 AND p.body_id IS NULL",
        counted = super::member_records::counted_account_sql()
    )
}

/// How many columns [`seat_columns`] names.
const SEAT_COLUMN_COUNT: usize = 4;

fn seat_at(r: &sqlx::any::AnyRow, from: usize, poll: &PollRow) -> Result<PollSeat> {
    let seat: Option<i64> = r.try_get(from)?;
    let weight: Option<i64> = r.try_get(from + 1)?;
    Ok(PollSeat {
        seat: seat.zip(weight),
        cast: if poll.anonymous { None } else { r.try_get(from + 2)? },
        proxy_holder: r.try_get(from + 3)?,
    })
}

fn poll_at(r: &sqlx::any::AnyRow) -> Result<PollRow> {
    Ok(PollRow {
        id: r.try_get(0)?,
        room_key: r.try_get(1)?,
        body_id: r.try_get(2)?,
        creator_id: r.try_get(3)?,
        question: r.try_get(4)?,
        kind: r.try_get(5)?,
        min_choices: r.try_get(6)?,
        max_choices: r.try_get(7)?,
        score_max: r.try_get(8)?,
        anonymous: r.try_get::<i64, _>(9)? != 0,
        weighted: r.try_get::<i64, _>(10)? != 0,
        quorum: r.try_get(11)?,
        majority: r.try_get(12)?,
        closes_at: r.try_get(13)?,
        remind_before: r.try_get(14)?,
        status: r.try_get(15)?,
        created_at: r.try_get(16)?,
        closed_at: r.try_get(17)?,
        purpose: r.try_get(18)?,
        purpose_ref: r.try_get(19)?,
        seat_role: r.try_get(20)?,
    })
}

/// A vote as counted: what was chosen, and its weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedVote {
    pub choice: String,
    pub weight: i64,
}

/// A vote of a poll that is not anonymous, with who holds the seat and who cast it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteRow {
    pub seat_id: i64,
    pub voter: String,
    pub choice: String,
    pub weight: i64,
    pub cast_by: i64,
}

/// A proxy as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRow {
    pub id: i64,
    pub body_id: i64,
    pub body_short: String,
    pub giver_id: i64,
    pub giver: String,
    pub holder_id: i64,
    pub holder: String,
    pub until_at: Option<i64>,
}

const PROXY_COLUMNS: &str =
    "p.id, p.body_id, b.short, p.giver_id, g.display_name, p.holder_id, h.display_name, p.until_at
     FROM proxies p JOIN bodies b ON b.id = p.body_id JOIN members g ON g.id = p.giver_id
     JOIN members h ON h.id = p.holder_id";

/// Whether the proxy `proxy` stands at the time `now`: not revoked, not past its end.
fn proxy_stands(proxy: &str, now: &str) -> String {
    format!("{proxy}.revoked_at IS NULL AND ({proxy}.until_at IS NULL OR {proxy}.until_at > {now})")
}

fn proxy_at(r: &sqlx::any::AnyRow) -> Result<ProxyRow> {
    Ok(ProxyRow {
        id: r.try_get(0)?,
        body_id: r.try_get(1)?,
        body_short: r.try_get(2)?,
        giver_id: r.try_get(3)?,
        giver: r.try_get(4)?,
        holder_id: r.try_get(5)?,
        holder: r.try_get(6)?,
        until_at: r.try_get(7)?,
    })
}

impl Tx {
    /// Adds a poll and its options; with a body, takes the snapshot of who may vote (its counted
    /// records, each with its weight when the poll is weighted). Returns its id.
    pub async fn insert_poll(&mut self, poll: &PollRow, options: &[String]) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO polls (room_key, body_id, creator_id, question, kind, min_choices, max_choices, score_max,
                 anonymous, weighted, quorum, majority, closes_at, remind_before, status, created_at, purpose,
                 purpose_ref, seat_role)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
             RETURNING id",
        )
        .bind(poll.room_key)
        .bind(poll.body_id)
        .bind(poll.creator_id)
        .bind(&poll.question)
        .bind(&poll.kind)
        .bind(poll.min_choices)
        .bind(poll.max_choices)
        .bind(poll.score_max)
        .bind(i64::from(poll.anonymous))
        .bind(i64::from(poll.weighted))
        .bind(&poll.quorum)
        .bind(&poll.majority)
        .bind(poll.closes_at)
        .bind(poll.remind_before)
        .bind(&poll.status)
        .bind(poll.created_at)
        .bind(&poll.purpose)
        .bind(poll.purpose_ref)
        .bind(&poll.seat_role)
        .fetch_one(&mut *self.tx)
        .await?;
        for (i, label) in options.iter().enumerate() {
            sqlx::query("INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(i as i64 + 1)
                .bind(label)
                .execute(&mut *self.tx)
                .await?;
        }
        if let Some(body_id) = poll.body_id {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO poll_seats (poll_id, record_id, weight) {}",
                super::elections::seats_of_body()
            )))
            .bind(id)
            .bind(i64::from(poll.weighted))
            .bind(body_id)
            .bind(&poll.seat_role)
            .execute(&mut *self.tx)
            .await?;
        }
        Ok(id)
    }

    pub async fn poll(&mut self, id: i64) -> Result<Option<PollRow>> {
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {POLL_COLUMNS} FROM polls WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(poll_at).transpose()
    }

    /// A poll read under a lock on PostgreSQL that closing, extending and reopening take: one of
    /// them at a time, and none while a vote is being written.
    pub async fn poll_for_update(&mut self, id: i64) -> Result<Option<PollRow>> {
        self.poll_locked(id, " FOR UPDATE").await
    }

    /// A poll, its options and `member_id`'s seat in it ([`Tx::poll_seat`]), read in one
    /// single-row statement (the options as a JSON array: joined in as rows, they led
    /// PostgreSQL's planner to read every seat of the poll). With `lock`, under the lock a vote's
    /// transaction takes on PostgreSQL: votes go side by side, and the poll cannot close under
    /// one.
    pub async fn poll_for_vote(
        &mut self,
        id: i64,
        member_id: i64,
        now_ms: i64,
        lock: bool,
    ) -> Result<Option<(PollRow, Vec<String>, PollSeat)>> {
        let (options, lock) = match self.dialect {
            super::Dialect::Postgres => (
                "(SELECT CAST(json_agg(o.label ORDER BY o.position) AS TEXT) FROM poll_options o WHERE o.poll_id = p.id)",
                if lock { " FOR SHARE OF p" } else { "" },
            ),
            super::Dialect::Sqlite => (
                "(SELECT json_group_array(label) FROM
                  (SELECT o.label FROM poll_options o WHERE o.poll_id = p.id ORDER BY o.position))",
                "",
            ),
        };
        let columns = POLL_COLUMNS.split(',').map(|c| format!("p.{}", c.trim())).collect::<Vec<_>>().join(", ");
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {columns}, {seat}, {options} FROM polls p {joins} WHERE p.id = $1{lock}",
            seat = seat_columns(),
            joins = seat_joins()
        )))
        .bind(id)
        .bind(member_id)
        .bind(now_ms)
        .fetch_all(&mut *self.tx)
        .await?;
        // (`fetch_all`: a poll is one row, and SQLite's worker answers a whole query at once.)
        let Some(row) = rows.first() else { return Ok(None) };
        let poll = poll_at(row)?;
        let seat = seat_at(row, POLL_COLUMN_COUNT, &poll)?;
        let options: String = row.try_get(POLL_COLUMN_COUNT + SEAT_COLUMN_COUNT)?;
        Ok(Some((poll, serde_json::from_str(&options)?, seat)))
    }

    /// A member's seat in a poll: in a body's poll, the record they count for (the
    /// organisation's, for its voting representative) if it has a seat, and the holder of a proxy
    /// they gave that stands at `now_ms`; in a room's, themselves. With the vote the seat has
    /// cast, in a poll that is not anonymous.
    pub async fn poll_seat(&mut self, poll: &PollRow, member_id: i64, now_ms: i64) -> Result<PollSeat> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT {seat} FROM polls p {joins} WHERE p.id = $1",
            seat = seat_columns(),
            joins = seat_joins()
        )))
        .bind(poll.id)
        .bind(member_id)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?;
        seat_at(&row, 0, poll)
    }

    async fn poll_locked(&mut self, id: i64, lock: &str) -> Result<Option<PollRow>> {
        let lock = if self.dialect == super::Dialect::Postgres { lock } else { "" };
        let row = sqlx::query(AssertSqlSafe(format!("SELECT {POLL_COLUMNS} FROM polls WHERE id = $1{lock}")))
            .bind(id)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(poll_at).transpose()
    }

    pub async fn poll_options(&mut self, poll_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT label FROM poll_options WHERE poll_id = $1 ORDER BY position")
            .bind(poll_id)
            .fetch_all(&mut *self.tx)
            .await?)
    }

    /// The polls of a room (or of a body's rooms), newest first.
    pub async fn polls_in(&mut self, room_key: i64, body_id: Option<i64>, open_only: bool) -> Result<Vec<PollRow>> {
        let status = if open_only { " AND status = 'open'" } else { "" };
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT {POLL_COLUMNS} FROM polls WHERE (room_key = $1 OR body_id = $2){status} ORDER BY id DESC LIMIT 50"
        )))
        .bind(room_key)
        .bind(body_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(poll_at).collect()
    }

    /// The platform and the platform's id of a room.
    pub async fn room_address(&mut self, room_key: i64) -> Result<Option<(String, String)>> {
        let row = sqlx::query("SELECT platform, room_id FROM rooms WHERE id = $1")
            .bind(room_key)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// How many seats a body's poll has, and their total weight.
    pub async fn poll_seat_totals(&mut self, poll_id: i64) -> Result<(i64, i64)> {
        let row =
            sqlx::query("SELECT COUNT(*), CAST(COALESCE(SUM(weight), 0) AS BIGINT) FROM poll_seats WHERE poll_id = $1")
                .bind(poll_id)
                .fetch_one(&mut *self.tx)
                .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }

    /// The seats of a body's poll that have not voted, with the accounts that hold them (for the
    /// reminder before close).
    pub async fn poll_seats_not_voted(&mut self, poll: &PollRow) -> Result<Vec<i64>> {
        let voted = if poll.anonymous { "poll_participation" } else { "poll_votes" };
        Ok(sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT DISTINCT r.member_id FROM poll_seats s
             JOIN member_records r ON r.id = s.record_id OR (r.represents_id = s.record_id AND r.is_voting_rep = 1)
             WHERE s.poll_id = $1 AND r.member_id IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM {voted} v WHERE v.poll_id = s.poll_id AND v.seat_id = s.record_id)
             ORDER BY r.member_id"
        )))
        .bind(poll.id)
        .fetch_all(&mut *self.tx)
        .await?)
    }

    /// Records or replaces the vote of a seat in a poll that is not anonymous, in one statement
    /// that holds only while the poll is open and, for a vote `in_person`, while its caster has
    /// given no proxy that stands: `false` when it did not (the poll closed, or a proxy was given,
    /// since they were read). On PostgreSQL it takes the poll's row lock as it writes, so a vote
    /// on its own (no transaction around it) and a close never pass each other: the close waits
    /// for the vote, or the vote finds the poll closed. Two votes for one seat at once (the same
    /// member on two platforms) leave the later one, never an error.
    #[allow(clippy::too_many_arguments)]
    pub async fn put_vote(
        &mut self,
        poll_id: i64,
        seat_id: i64,
        choice: &str,
        weight: i64,
        cast_by: i64,
        now_ms: i64,
        in_person: bool,
    ) -> Result<bool> {
        let lock = if self.dialect == super::Dialect::Postgres { " FOR SHARE OF p" } else { "" };
        let written = sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO poll_votes (poll_id, seat_id, choice, weight, cast_by, voted_at)
             SELECT p.id, $2, $3, $4, $5, $6 FROM polls p
             WHERE p.id = $1 AND p.status = 'open'
               AND ($7 = 0 OR NOT EXISTS (SELECT 1 FROM proxies x
                    WHERE x.body_id = p.body_id AND x.giver_id = $5 AND {})){lock}
             ON CONFLICT (poll_id, seat_id) DO UPDATE
             SET choice = excluded.choice, weight = excluded.weight, cast_by = excluded.cast_by, voted_at = excluded.voted_at",
            proxy_stands("x", "$6")
        )))
        .bind(poll_id)
        .bind(seat_id)
        .bind(choice)
        .bind(weight)
        .bind(cast_by)
        .bind(now_ms)
        .bind(i64::from(in_person))
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        Ok(written > 0)
    }

    /// The vote a seat cast in a poll that is not anonymous.
    pub async fn vote_of(&mut self, poll_id: i64, seat_id: i64) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT choice FROM poll_votes WHERE poll_id = $1 AND seat_id = $2")
            .bind(poll_id)
            .bind(seat_id)
            .fetch_optional(&mut *self.tx)
            .await?)
    }

    /// Casts an anonymous ballot: the seat is marked as having taken part, and the ballot is
    /// stored apart under a random key. `false` when the seat took part already.
    pub async fn cast_anonymous(
        &mut self,
        poll_id: i64,
        seat_id: i64,
        ballot_key: &str,
        choice: &str,
        weight: i64,
    ) -> Result<bool> {
        let inserted = sqlx::query(
            "INSERT INTO poll_participation (poll_id, seat_id) VALUES ($1, $2) ON CONFLICT (poll_id, seat_id) DO NOTHING",
        )
        .bind(poll_id)
        .bind(seat_id)
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            return Ok(false);
        }
        sqlx::query("INSERT INTO poll_ballots (poll_id, ballot_key, choice, weight) VALUES ($1, $2, $3, $4)")
            .bind(poll_id)
            .bind(ballot_key)
            .bind(choice)
            .bind(weight)
            .execute(&mut *self.tx)
            .await?;
        Ok(true)
    }

    /// Whether a seat took part in an anonymous poll.
    pub async fn took_part(&mut self, poll_id: i64, seat_id: i64) -> Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM poll_participation WHERE poll_id = $1 AND seat_id = $2")
            .bind(poll_id)
            .bind(seat_id)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(n > 0)
    }

    /// What is counted: every vote or ballot of the poll, in an order that says nothing of who
    /// cast it (ballots by key, votes by choice).
    pub async fn counted_votes(&mut self, poll: &PollRow) -> Result<Vec<CountedVote>> {
        let sql = if poll.anonymous {
            "SELECT choice, weight FROM poll_ballots WHERE poll_id = $1 ORDER BY ballot_key"
        } else {
            "SELECT choice, weight FROM poll_votes WHERE poll_id = $1 ORDER BY choice, seat_id"
        };
        let rows = sqlx::query(sql).bind(poll.id).fetch_all(&mut *self.tx).await?;
        rows.iter().map(|r| Ok(CountedVote { choice: r.try_get(0)?, weight: r.try_get(1)? })).collect()
    }

    /// How many seats have voted.
    pub async fn turnout(&mut self, poll: &PollRow) -> Result<i64> {
        let table = if poll.anonymous { "poll_participation" } else { "poll_votes" };
        Ok(sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table} WHERE poll_id = $1")))
            .bind(poll.id)
            .fetch_one(&mut *self.tx)
            .await?)
    }

    /// The votes of a poll that is not anonymous, with the name of each seat (its record's name
    /// in a body's poll, the member's name in a room's), by name.
    pub async fn votes_with_voters(&mut self, poll: &PollRow) -> Result<Vec<VoteRow>> {
        let name = if poll.body_id.is_some() {
            "(SELECT r.name FROM member_records r WHERE r.id = v.seat_id)"
        } else {
            "(SELECT m.display_name FROM members m WHERE m.id = v.seat_id)"
        };
        let rows = sqlx::query(AssertSqlSafe(format!(
            "SELECT v.seat_id, COALESCE({name}, ''), v.choice, v.weight, v.cast_by FROM poll_votes v
             WHERE v.poll_id = $1 ORDER BY 2, v.seat_id"
        )))
        .bind(poll.id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(VoteRow {
                    seat_id: r.try_get(0)?,
                    voter: r.try_get(1)?,
                    choice: r.try_get(2)?,
                    weight: r.try_get(3)?,
                    cast_by: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// The names of the seats that took part in an anonymous poll, by name (never in the order
    /// they voted).
    pub async fn participants(&mut self, poll: &PollRow) -> Result<Vec<String>> {
        let name = if poll.body_id.is_some() {
            "(SELECT r.name FROM member_records r WHERE r.id = p.seat_id)"
        } else {
            "(SELECT m.display_name FROM members m WHERE m.id = p.seat_id)"
        };
        Ok(sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT COALESCE({name}, '') FROM poll_participation p WHERE p.poll_id = $1 ORDER BY 1"
        )))
        .bind(poll.id)
        .fetch_all(&mut *self.tx)
        .await?)
    }

    /// Moves a poll from one status to another; `false` if it was not in `from`.
    pub async fn set_poll_status(&mut self, id: i64, from: &str, to: &str, closed_at: Option<i64>) -> Result<bool> {
        Ok(sqlx::query("UPDATE polls SET status = $1, closed_at = $2 WHERE id = $3 AND status = $4")
            .bind(to)
            .bind(closed_at)
            .bind(id)
            .bind(from)
            .execute(&mut *self.tx)
            .await?
            .rows_affected()
            > 0)
    }

    pub async fn set_poll_closes_at(&mut self, id: i64, closes_at: Option<i64>) -> Result<()> {
        sqlx::query("UPDATE polls SET closes_at = $1 WHERE id = $2")
            .bind(closes_at)
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Rewrites an anonymous poll's two halves in an order of their own (ballots by key,
    /// participation by seat), so that neither the rows' physical order nor the transactions that
    /// wrote them say who cast which ballot once the poll is closed.
    pub async fn rewrite_anonymous(&mut self, poll_id: i64) -> Result<()> {
        let ballots =
            sqlx::query("SELECT ballot_key, choice, weight FROM poll_ballots WHERE poll_id = $1 ORDER BY ballot_key")
                .bind(poll_id)
                .fetch_all(&mut *self.tx)
                .await?;
        let seats: Vec<i64> =
            sqlx::query_scalar("SELECT seat_id FROM poll_participation WHERE poll_id = $1 ORDER BY seat_id")
                .bind(poll_id)
                .fetch_all(&mut *self.tx)
                .await?;
        sqlx::query("DELETE FROM poll_ballots WHERE poll_id = $1").bind(poll_id).execute(&mut *self.tx).await?;
        sqlx::query("DELETE FROM poll_participation WHERE poll_id = $1").bind(poll_id).execute(&mut *self.tx).await?;
        for row in &ballots {
            sqlx::query("INSERT INTO poll_ballots (poll_id, ballot_key, choice, weight) VALUES ($1, $2, $3, $4)")
                .bind(poll_id)
                .bind(row.try_get::<String, _>(0)?)
                .bind(row.try_get::<String, _>(1)?)
                .bind(row.try_get::<i64, _>(2)?)
                .execute(&mut *self.tx)
                .await?;
        }
        for seat in seats {
            sqlx::query("INSERT INTO poll_participation (poll_id, seat_id) VALUES ($1, $2)")
                .bind(poll_id)
                .bind(seat)
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(())
    }

    /// Sets a record's vote weight.
    pub async fn set_vote_weight(&mut self, record_id: i64, weight: i64) -> Result<()> {
        sqlx::query("UPDATE member_records SET vote_weight = $1 WHERE id = $2")
            .bind(weight)
            .bind(record_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub async fn vote_weight(&mut self, record_id: i64) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT vote_weight FROM member_records WHERE id = $1")
            .bind(record_id)
            .fetch_optional(&mut *self.tx)
            .await?
            .unwrap_or(1))
    }

    /// Gives a proxy; a proxy the giver had in the body is revoked first (one stands at a time).
    pub async fn give_proxy(
        &mut self,
        body_id: i64,
        giver_id: i64,
        holder_id: i64,
        until_at: Option<i64>,
        now_ms: i64,
    ) -> Result<i64> {
        self.revoke_proxy(body_id, giver_id, now_ms).await?;
        Ok(sqlx::query_scalar(
            "INSERT INTO proxies (body_id, giver_id, holder_id, until_at, created_at) VALUES ($1, $2, $3, $4, $5)
             RETURNING id",
        )
        .bind(body_id)
        .bind(giver_id)
        .bind(holder_id)
        .bind(until_at)
        .bind(now_ms)
        .fetch_one(&mut *self.tx)
        .await?)
    }

    /// Revokes the giver's standing proxy in a body; `false` if none stood.
    pub async fn revoke_proxy(&mut self, body_id: i64, giver_id: i64, now_ms: i64) -> Result<bool> {
        Ok(sqlx::query(
            "UPDATE proxies SET revoked_at = $1
             WHERE body_id = $2 AND giver_id = $3 AND revoked_at IS NULL AND (until_at IS NULL OR until_at > $1)",
        )
        .bind(now_ms)
        .bind(body_id)
        .bind(giver_id)
        .execute(&mut *self.tx)
        .await?
        .rows_affected()
            > 0)
    }

    /// The proxy a member gave in a body that stands now.
    pub async fn proxy_given(&mut self, body_id: i64, giver_id: i64, now_ms: i64) -> Result<Option<ProxyRow>> {
        let sql =
            format!("SELECT {PROXY_COLUMNS} WHERE p.body_id = $1 AND p.giver_id = $2 AND {}", proxy_stands("p", "$3"));
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(body_id)
            .bind(giver_id)
            .bind(now_ms)
            .fetch_optional(&mut *self.tx)
            .await?;
        row.as_ref().map(proxy_at).transpose()
    }

    /// The proxies a member holds in a body that stand now, by giver's name.
    pub async fn proxies_held(&mut self, body_id: i64, holder_id: i64, now_ms: i64) -> Result<Vec<ProxyRow>> {
        let sql = format!(
            "SELECT {PROXY_COLUMNS} WHERE p.body_id = $1 AND p.holder_id = $2 AND {} ORDER BY g.display_name, p.id",
            proxy_stands("p", "$3")
        );
        let rows =
            sqlx::query(AssertSqlSafe(sql)).bind(body_id).bind(holder_id).bind(now_ms).fetch_all(&mut *self.tx).await?;
        rows.iter().map(proxy_at).collect()
    }

    /// Every proxy of a body that stands now, by giver's name (staff's view).
    pub async fn proxies_in(&mut self, body_id: i64, now_ms: i64) -> Result<Vec<ProxyRow>> {
        let sql = format!(
            "SELECT {PROXY_COLUMNS} WHERE p.body_id = $1 AND {} ORDER BY g.display_name, p.id",
            proxy_stands("p", "$2")
        );
        let rows = sqlx::query(AssertSqlSafe(sql)).bind(body_id).bind(now_ms).fetch_all(&mut *self.tx).await?;
        rows.iter().map(proxy_at).collect()
    }

    /// Writes `n` votes straight into a poll that is not anonymous, seat `i` choosing
    /// `choice(i)`: for benchmarks of counting, which need many votes fast.
    pub async fn bench_votes(&mut self, poll_id: i64, n: usize, choice: impl Fn(usize) -> String) -> Result<()> {
        let per = self.rows_per_statement(1);
        for start in (0..n).step_by(per) {
            let end = (start + per).min(n);
            let rows: Vec<String> =
                (start..end).map(|i| format!("({poll_id}, {}, ${}, 1, 1, 0)", i + 1, i - start + 1)).collect();
            let sql = format!(
                "INSERT INTO poll_votes (poll_id, seat_id, choice, weight, cast_by, voted_at) VALUES {}",
                rows.join(", ")
            );
            let mut query = sqlx::query(AssertSqlSafe(sql));
            for i in start..end {
                query = query.bind(choice(i));
            }
            query.execute(&mut *self.tx).await?;
        }
        Ok(())
    }

    /// The messages in a room that carry the platform poll answered with `vote_command`.
    pub async fn native_polls_running(
        &mut self,
        platform: &str,
        room_id: &str,
        vote_command: &str,
    ) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT message_id FROM native_polls WHERE platform = $1 AND room_id = $2 AND vote_command = $3 ORDER BY 1",
        )
        .bind(platform)
        .bind(room_id)
        .bind(vote_command)
        .fetch_all(&mut *self.tx)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_poll_column_count_matches_the_columns() {
        assert_eq!(super::POLL_COLUMNS.split(',').count(), super::POLL_COLUMN_COUNT);
    }
}
