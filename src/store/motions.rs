//! What a minuted meeting keeps beyond its items: its motions and their votes, the turns of its
//! speaking queue, the materials attached when its minutes are posted, and the poll that may
//! approve them.

use anyhow::Result;
use sqlx::Row;

use super::Tx;

/// A motion put to a meeting, with its vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionRow {
    /// The motion's item in its minutes.
    pub item_id: i64,
    pub minutes_id: i64,
    pub position: i64,
    pub text: String,
    pub line: i64,
    pub moved_by: String,
    /// A show of hands a chair counted: yes, no, abstain.
    pub hands: Option<(i64, i64, i64)>,
    /// Once closed: the majority, the votes (yes, no, abstain), how many were present, carried.
    pub result: Option<MotionResult>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionResult {
    pub majority: String,
    pub yes: i64,
    pub no: i64,
    pub abstain: i64,
    pub present: i64,
    pub carried: bool,
    pub by_hands: bool,
}

/// One vote by name on a motion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MotionVoteRow {
    pub item_id: i64,
    pub name: String,
    pub choice: String,
}

/// One turn of the speaking queue in a minuted meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakingTurn {
    pub turn: i64,
    pub member_id: i64,
    pub name: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
}

/// The post-meeting materials of a set of minutes, and when they were posted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MinutesMaterials {
    pub agenda: Option<String>,
    pub transcript: Option<String>,
    pub recording: Option<String>,
    pub posted_at: Option<i64>,
}

const MOTION_COLUMNS: &str =
    "o.item_id, o.minutes_id, i.position, i.text, i.line, m.display_name, o.hands_yes, o.hands_no,
     o.hands_abstain, o.majority, o.votes_yes, o.votes_no, o.votes_abstain, o.present, o.carried";

fn motion_from(r: &sqlx::any::AnyRow) -> Result<MotionRow> {
    let hands: (Option<i64>, Option<i64>, Option<i64>) = (r.try_get(6)?, r.try_get(7)?, r.try_get(8)?);
    let hands = match hands {
        (Some(y), Some(n), Some(a)) => Some((y, n, a)),
        _ => None,
    };
    let majority: Option<String> = r.try_get(9)?;
    let result = match majority {
        Some(majority) => Some(MotionResult {
            majority,
            yes: r.try_get::<Option<i64>, _>(10)?.unwrap_or(0),
            no: r.try_get::<Option<i64>, _>(11)?.unwrap_or(0),
            abstain: r.try_get::<Option<i64>, _>(12)?.unwrap_or(0),
            present: r.try_get::<Option<i64>, _>(13)?.unwrap_or(0),
            carried: r.try_get::<Option<i64>, _>(14)?.unwrap_or(0) == 1,
            by_hands: hands.is_some(),
        }),
        None => None,
    };
    Ok(MotionRow {
        item_id: r.try_get(0)?,
        minutes_id: r.try_get(1)?,
        position: r.try_get(2)?,
        text: r.try_get(3)?,
        line: r.try_get(4)?,
        moved_by: r.try_get(5)?,
        hands,
        result,
    })
}

impl Tx {
    /// Records that an item of the minutes is a motion, open to the vote.
    pub async fn add_motion(&mut self, item_id: i64, minutes_id: i64, moved_by: i64) -> Result<()> {
        sqlx::query("INSERT INTO minutes_motions (item_id, minutes_id, moved_by) VALUES ($1, $2, $3)")
            .bind(item_id)
            .bind(minutes_id)
            .bind(moved_by)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The motion of a meeting still open to the vote, if one is.
    pub async fn open_motion(&mut self, minutes_id: i64) -> Result<Option<MotionRow>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MOTION_COLUMNS} FROM minutes_motions o JOIN minutes_items i ON i.id = o.item_id
             JOIN members m ON m.id = o.moved_by WHERE o.minutes_id = $1 AND o.closed_at IS NULL"
        )))
        .bind(minutes_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(motion_from).transpose()
    }

    /// Every motion of a meeting, in the order of its items.
    pub async fn minutes_motions(&mut self, minutes_id: i64) -> Result<Vec<MotionRow>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MOTION_COLUMNS} FROM minutes_motions o JOIN minutes_items i ON i.id = o.item_id
             JOIN members m ON m.id = o.moved_by WHERE o.minutes_id = $1 ORDER BY i.position"
        )))
        .bind(minutes_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(motion_from).collect()
    }

    /// Records (or changes) a person's vote on a motion.
    pub async fn put_motion_vote(&mut self, item_id: i64, member_id: i64, choice: &str, now_ms: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO minutes_motion_votes (item_id, member_id, choice, voted_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (item_id, member_id) DO UPDATE SET choice = excluded.choice, voted_at = excluded.voted_at",
        )
        .bind(item_id)
        .bind(member_id)
        .bind(choice)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// The votes by name on a meeting's motions, by motion then by name.
    pub async fn motion_votes(&mut self, minutes_id: i64) -> Result<Vec<MotionVoteRow>> {
        let rows = sqlx::query(
            "SELECT v.item_id, m.display_name, v.choice FROM minutes_motion_votes v
             JOIN minutes_motions o ON o.item_id = v.item_id JOIN members m ON m.id = v.member_id
             WHERE o.minutes_id = $1 ORDER BY v.item_id, m.display_name, m.id",
        )
        .bind(minutes_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| Ok(MotionVoteRow { item_id: r.try_get(0)?, name: r.try_get(1)?, choice: r.try_get(2)? }))
            .collect()
    }

    /// Records a show of hands in place of any earlier one.
    pub async fn set_motion_hands(&mut self, item_id: i64, yes: i64, no: i64, abstain: i64) -> Result<()> {
        sqlx::query("UPDATE minutes_motions SET hands_yes = $2, hands_no = $3, hands_abstain = $4 WHERE item_id = $1")
            .bind(item_id)
            .bind(yes)
            .bind(no)
            .bind(abstain)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Closes an open motion with its result; `false` if it was closed already.
    pub async fn close_motion(&mut self, item_id: i64, result: &MotionResult, by: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE minutes_motions SET majority = $2, votes_yes = $3, votes_no = $4, votes_abstain = $5, present = $6,
                 carried = $7, closed_by = $8, closed_at = $9
             WHERE item_id = $1 AND closed_at IS NULL",
        )
        .bind(item_id)
        .bind(&result.majority)
        .bind(result.yes)
        .bind(result.no)
        .bind(result.abstain)
        .bind(result.present)
        .bind(i64::from(result.carried))
        .bind(by)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes a motion and its votes, with the item it is (`!undo`).
    pub async fn remove_motion(&mut self, item_id: i64) -> Result<()> {
        sqlx::query("DELETE FROM minutes_motion_votes WHERE item_id = $1").bind(item_id).execute(&mut *self.tx).await?;
        sqlx::query("DELETE FROM minutes_motions WHERE item_id = $1").bind(item_id).execute(&mut *self.tx).await?;
        Ok(())
    }

    /// Who is present at a meeting, by member: `!here`, and the linked occurrence's roll call.
    pub async fn minutes_present(&mut self, minutes_id: i64) -> Result<Vec<i64>> {
        let rows = sqlx::query(
            "SELECT member_id FROM minutes_attendees WHERE minutes_id = $1
             UNION
             SELECT a.member_id FROM meeting_attendance a JOIN minutes n
                 ON n.meeting_id = a.meeting_id AND n.occurrence = a.occurrence WHERE n.id = $1",
        )
        .bind(minutes_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    /// Ends the turn of whoever has the floor in a meeting; `true` if someone had it.
    pub async fn end_speaking_turn(&mut self, minutes_id: i64, now_ms: i64) -> Result<bool> {
        let done = sqlx::query("UPDATE minutes_speakers SET ended_at = $2 WHERE minutes_id = $1 AND ended_at IS NULL")
            .bind(minutes_id)
            .bind(now_ms)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Gives a person the floor in a meeting, as its next turn.
    pub async fn start_speaking_turn(&mut self, minutes_id: i64, member_id: i64, now_ms: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO minutes_speakers (minutes_id, turn, member_id, started_at)
             SELECT $1, COALESCE(MAX(turn), 0) + 1, $2, $3 FROM minutes_speakers WHERE minutes_id = $1",
        )
        .bind(minutes_id)
        .bind(member_id)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// The turns of a meeting's speaking queue, in order.
    pub async fn speaking_turns(&mut self, minutes_id: i64) -> Result<Vec<SpeakingTurn>> {
        let rows = sqlx::query(
            "SELECT s.turn, s.member_id, m.display_name, s.started_at, s.ended_at
             FROM minutes_speakers s JOIN members m ON m.id = s.member_id
             WHERE s.minutes_id = $1 ORDER BY s.turn",
        )
        .bind(minutes_id)
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SpeakingTurn {
                    turn: r.try_get(0)?,
                    member_id: r.try_get(1)?,
                    name: r.try_get(2)?,
                    started_at: r.try_get(3)?,
                    ended_at: r.try_get(4)?,
                })
            })
            .collect()
    }

    /// The materials attached to a set of minutes.
    pub async fn minutes_materials(&mut self, minutes_id: i64) -> Result<MinutesMaterials> {
        let row = sqlx::query("SELECT agenda_url, transcript_url, recording_url, posted_at FROM minutes WHERE id = $1")
            .bind(minutes_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(match row {
            Some(r) => MinutesMaterials {
                agenda: r.try_get(0)?,
                transcript: r.try_get(1)?,
                recording: r.try_get(2)?,
                posted_at: r.try_get(3)?,
            },
            None => MinutesMaterials::default(),
        })
    }

    /// Attaches the materials given (keeping those attached before where none is given) and
    /// marks approved minutes posted; `false` if they were posted already.
    pub async fn post_minutes(&mut self, minutes_id: i64, materials: &MinutesMaterials, now_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE minutes SET agenda_url = COALESCE($2, agenda_url), transcript_url = COALESCE($3, transcript_url),
                 recording_url = COALESCE($4, recording_url), posted_at = $5
             WHERE id = $1 AND posted_at IS NULL AND approved_at IS NOT NULL",
        )
        .bind(minutes_id)
        .bind(&materials.agenda)
        .bind(&materials.transcript)
        .bind(&materials.recording)
        .bind(now_ms)
        .execute(&mut *self.tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The open poll opened for `purpose` about `purpose_ref`, if one is.
    pub async fn open_poll_for(&mut self, purpose: &str, purpose_ref: i64) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM polls WHERE purpose = $1 AND purpose_ref = $2 AND status = 'open' ORDER BY id LIMIT 1",
        )
        .bind(purpose)
        .bind(purpose_ref)
        .fetch_optional(&mut *self.tx)
        .await?)
    }
}
