//! The database behind every feature: SQLite (embedded default) or PostgreSQL, one SQL text per
//! query where the dialects agree, and every difference kept in this module.
//!
//! Features see typed methods on [`Tx`], never SQL drivers: each command runs in one transaction,
//! so a crash leaves either the old state or the new.

mod accounts;
mod actions;
mod agenda;
mod agenda_polls;
mod applications;
mod attendance;
mod audit;
mod bodies;
mod calendar_feeds;
mod elections;
mod inbound;
mod jobs;
mod meetings;
mod member_records;
mod members;
mod minutes;
mod motions;
mod native_polls;
mod numbered;
mod onboarding;
mod outbox;
mod polls;
mod pool;
mod privacy;
mod probe;
mod reaction_choices;
mod reminders;
mod scheduling;
mod speaking;

use std::str::FromStr;

use anyhow::{Context, Result};
use chrono::{DateTime, TimeZone, Utc};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyConnection, ConnectOptions, Transaction};

use pool::{Begun, Lease, Pool};

pub use accounts::{AccountRow, Carry, LinkCodeRow, MEMBER_REFERENCES, MergeReport, WrongTry};
pub use actions::{ActionFilter, ActionRow, Carried, CommentRow, OwnerRow};
pub use agenda::AgendaItemRow;
pub use agenda_polls::{AgendaPollRow, ProposalRow};
pub use applications::ApplicationRow;
pub use attendance::AttendeeRow;
pub use audit::{AuditEntry, AuditReport};
pub use bodies::BodyRow;
pub use elections::{BallotRow, CandidateRow, ElectionRow, ElectionSeat};
pub use inbound::{InboundState, RoomPosition};
pub use jobs::{ClaimedJob, JobKind, JobsHealth};
pub use meetings::{MeetingEvent, MeetingRow};
pub use member_records::{BalanceRow, COUNTED_STATUSES, MemberPolicyRow, MemberRecordRow, RecordFilter};
pub use members::{MemberRow, ResolvedRoom};
pub use minutes::{ActionOwnerRow, LogLine, MinutesItemRow, MinutesRow, NewItem, NewMinutes};
pub use motions::{MinutesMaterials, MotionResult, MotionRow, MotionVoteRow, SpeakingTurn};
pub use native_polls::NativePollRow;
pub use onboarding::{OnboardingItem, OnboardingRow};
pub use outbox::{FailedSend, OutboxFailure, OutboxHealth, OutboxMessage, OutboxRow, Recipient, SECRET_PLACEHOLDER};
pub use polls::{CountedVote, PollRow, PollSeat, ProxyRow, VoteRow};
pub use privacy::{ERASED, WITHHELD};
pub use reminders::{FiringReminder, ListedReminder, NewReminder, ReminderRow, ReminderStatus, ReminderTarget};
pub use scheduling::{SchedulingPollRow, SlotAnswerRow, SlotRow};
pub use speaking::QueueEntry;

/// Which SQL dialect the store speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// What a lease-claiming subquery appends so that concurrent claimers skip each other's rows
    /// (SQLite serializes writers, so it needs nothing).
    pub(crate) fn skip_locked(self) -> &'static str {
        match self {
            Dialect::Postgres => "FOR UPDATE SKIP LOCKED",
            Dialect::Sqlite => "",
        }
    }
}

/// How long a PostgreSQL connection may sit in the pool before it is pinged on its next use.
const IDLE_BEFORE_PING: std::time::Duration = std::time::Duration::from_millis(500);

/// The configured database's connections.
#[derive(Clone)]
pub struct Store {
    pool: Pool,
    dialect: Dialect,
    /// Set on the store a command runs on: its transactions record that it took effect.
    effect_mark: Option<std::sync::Arc<inbound::EffectMark>>,
}

impl std::fmt::Debug for Store {
    // The URL may hold a password: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dialect", &self.dialect).finish_non_exhaustive()
    }
}

/// Turns a path or URL into a URL sqlx understands; a plain path means a SQLite file.
pub fn normalize_url(url: &str) -> String {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return url.to_owned();
    }
    let url = if url.starts_with("sqlite:") { url.to_owned() } else { format!("sqlite://{url}") };
    if url.contains("mode=") || url.contains(":memory:") {
        url
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

impl Store {
    /// Connects, and on SQLite switches the file to write-ahead logging.
    pub async fn connect(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let url = normalize_url(url);
        let dialect = if url.starts_with("sqlite:") { Dialect::Sqlite } else { Dialect::Postgres };
        let options = AnyConnectOptions::from_str(&url).context("invalid database_url")?;
        let pool = match dialect {
            // SQLite allows one writer: a single connection avoids lock upgrades failing with BUSY.
            Dialect::Sqlite => {
                let mut conn = options.connect().await.context("cannot open the SQLite database")?;
                // In WAL mode, NORMAL keeps every commit atomic across crashes and only syncs at
                // checkpoints, which takes an fsync off every command.
                sqlx::query("PRAGMA journal_mode = WAL").execute(&mut conn).await?;
                sqlx::query("PRAGMA synchronous = NORMAL").execute(&mut conn).await?;
                // What is deleted is overwritten, not left in free pages: a rewritten ballot table
                // or a forgotten member leaves no old copy in the file.
                sqlx::query("PRAGMA secure_delete = ON").execute(&mut conn).await?;
                Pool::single(conn)
            }
            // While the server is away, opening a connection is retried with a back-off of up to a
            // fifth of this timeout (sqlx's rule): 5 s keeps the bot within a second of a restarted
            // server, where the default 30 s left it up to 6 s behind.
            Dialect::Postgres => Pool::Shared(
                AnyPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(std::time::Duration::from_secs(5))
                    // A connection is pinged before use only once it has been idle a while (a
                    // server restarted meanwhile leaves it dead): one taken back at once, as under
                    // load, was alive a moment ago, and a ping before every statement cost a round
                    // trip each.
                    .test_before_acquire(false)
                    .before_acquire(|conn, meta| {
                        Box::pin(async move {
                            if meta.idle_for >= IDLE_BEFORE_PING {
                                use sqlx::Connection;
                                conn.ping().await?;
                            }
                            Ok(true)
                        })
                    })
                    .connect_with(options)
                    .await
                    .context("cannot open the PostgreSQL database")?,
            ),
        };
        Ok(Self { pool, dialect, effect_mark: None })
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// Whether each transaction also records the platform event it serves (`Store::marking`): a
    /// write must then be in a transaction, never a statement on its own.
    pub fn marks_effects(&self) -> bool {
        self.effect_mark.is_some()
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        let migrator = match self.dialect {
            Dialect::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Dialect::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        // On a connection directly (`run` takes an `Acquire`, whose future the compiler cannot
        // prove `Send` for every lifetime of a borrowed connection).
        migrator.run_direct(None, &mut *self.pool.lease().await?, false).await?;
        Ok(())
    }

    pub async fn connect_and_migrate(url: &str) -> Result<Self> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Reads without a transaction: one statement at a time, for commands that change nothing.
    pub async fn read(&self) -> Result<Tx> {
        Ok(Tx { tx: Conn::Plain(self.pool.lease().await?), dialect: self.dialect, effect_mark: None })
    }

    pub async fn begin(&self) -> Result<Tx> {
        // SQLite takes the write lock up front: a read that later upgrades to a write fails at once
        // (without waiting) when another process wrote meanwhile.
        let tx = match &self.pool {
            Pool::Shared(pool) => Conn::Tx(pool.begin().await?),
            Pool::Single(single) => Conn::Begun(Begun::begin(single, "BEGIN IMMEDIATE").await?),
        };
        Ok(Tx { tx, dialect: self.dialect, effect_mark: self.effect_mark.clone() })
    }

    /// Checks that the database answers (`SELECT 1`); the caller bounds how long it may take.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&mut *self.pool.lease().await?).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

enum Conn {
    /// PostgreSQL's transaction on a pooled connection.
    Tx(Transaction<'static, Any>),
    /// SQLite's transaction on its one connection.
    Begun(Begun),
    Plain(Lease),
}

impl std::ops::Deref for Conn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            Conn::Tx(tx) => tx,
            Conn::Begun(begun) => begun.conn_ref(),
            Conn::Plain(conn) => conn,
        }
    }
}

impl std::ops::DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            Conn::Tx(tx) => tx,
            Conn::Begun(begun) => begun.conn(),
            Conn::Plain(conn) => conn,
        }
    }
}

/// One unit of work: everything a command changes commits together or not at all.
/// (From [`Store::read`], a plain connection for reads; committing it does nothing.)
pub struct Tx {
    tx: Conn,
    dialect: Dialect,
    effect_mark: Option<std::sync::Arc<inbound::EffectMark>>,
}

impl Tx {
    /// How many rows of `columns` bound values one multi-row `INSERT` should carry. PostgreSQL
    /// takes hundreds at once (each statement is a round trip). SQLite finds a numbered
    /// parameter by searching the statement's list of names, so a statement of thousands of
    /// parameters costs the square of its size to bind: a few hundred values at most.
    pub(crate) fn rows_per_statement(&self, columns: usize) -> usize {
        let values = match self.dialect {
            Dialect::Postgres => 9_000,
            Dialect::Sqlite => 400,
        };
        (values / columns.max(1)).max(1)
    }
}

impl Tx {
    pub async fn commit(mut self) -> Result<()> {
        if let Some(mark) = self.effect_mark.take() {
            self.leave_effect_mark(&mark).await?;
        }
        match self.tx {
            Conn::Tx(tx) => Ok(tx.commit().await?),
            Conn::Begun(begun) => begun.commit().await,
            Conn::Plain(_) => Ok(()),
        }
    }

    pub async fn rollback(self) -> Result<()> {
        match self.tx {
            Conn::Tx(tx) => Ok(tx.rollback().await?),
            Conn::Begun(begun) => begun.rollback().await,
            Conn::Plain(_) => Ok(()),
        }
    }
}

pub(crate) fn millis(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

pub(crate) fn instant(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}
