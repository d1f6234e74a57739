//! Connections: PostgreSQL's shared pool, or SQLite's one connection taken in turn.
//!
//! sqlx runs each SQLite connection's statements on a thread of its own, so every round trip
//! wakes a thread, and on a machine of several cores that wake is most of a short command's
//! time. sqlx's pool adds round trips of its own: it pings a connection each time one is given
//! back, from a new task. With a single connection those sit between every two commands, so the
//! SQLite connection is held here directly, behind a lock, and never pinged: the file is this
//! process's own and no server can drop it.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Result, anyhow};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool};
use tokio::sync::{Mutex, OwnedMappedMutexGuard, OwnedMutexGuard};

/// How long a command waits for SQLite's connection before giving up (sqlx's pool default).
const SINGLE_WAIT: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub(super) enum Pool {
    Shared(AnyPool),
    /// `None` once closed.
    Single(SingleSlot),
}

pub(super) struct Single {
    conn: AnyConnection,
    /// A transaction was dropped unfinished (an error or a cancelled command): it is rolled back
    /// before the connection's next use.
    rollback_pending: bool,
}

type SingleSlot = Arc<Mutex<Option<Single>>>;
type Held = OwnedMappedMutexGuard<Option<Single>, Single>;

impl Pool {
    pub(super) fn single(conn: AnyConnection) -> Self {
        Pool::Single(Arc::new(Mutex::new(Some(Single { conn, rollback_pending: false }))))
    }

    /// A connection for one statement or more, given back when dropped.
    pub(super) async fn lease(&self) -> Result<Lease> {
        match self {
            Pool::Shared(pool) => Ok(Lease::Pooled(pool.acquire().await?)),
            Pool::Single(single) => Ok(Lease::Single(hold(single).await?)),
        }
    }

    pub(super) async fn close(&self) {
        match self {
            Pool::Shared(pool) => pool.close().await,
            Pool::Single(single) => {
                if let Some(single) = single.lock().await.take() {
                    use sqlx::Connection;
                    if let Err(error) = single.conn.close().await {
                        tracing::warn!(%error, "closing the database");
                    }
                }
            }
        }
    }
}

/// Waits for SQLite's connection, first rolling back a transaction left unfinished.
async fn hold(single: &SingleSlot) -> Result<Held> {
    let guard = tokio::time::timeout(SINGLE_WAIT, single.clone().lock_owned())
        .await
        .map_err(|_| anyhow!("the database stayed busy for {} s", SINGLE_WAIT.as_secs()))?;
    let mut held = OwnedMutexGuard::try_map(guard, Option::as_mut).map_err(|_| anyhow!("the database is closed"))?;
    if held.rollback_pending {
        held.rollback_pending = false;
        // Fails harmlessly when the dropped transaction had not begun.
        if let Err(error) = sqlx::query("ROLLBACK").execute(&mut held.conn).await {
            tracing::debug!(%error, "rolling back an unfinished transaction");
        }
    }
    Ok(held)
}

pub(super) enum Lease {
    Pooled(PoolConnection<Any>),
    Single(Held),
}

impl std::ops::Deref for Lease {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            Lease::Pooled(conn) => conn,
            Lease::Single(held) => &held.conn,
        }
    }
}

impl std::ops::DerefMut for Lease {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            Lease::Pooled(conn) => conn,
            Lease::Single(held) => &mut held.conn,
        }
    }
}

/// A transaction on SQLite's one connection: rolled back before the connection's next use when
/// dropped without a commit or a rollback.
pub(super) struct Begun {
    held: Held,
    open: bool,
}

impl Begun {
    /// Begins with `begin` (the caller's `BEGIN …`).
    pub(super) async fn begin(single: &SingleSlot, begin: &'static str) -> Result<Self> {
        let mut begun = Begun { held: hold(single).await?, open: true };
        if let Err(error) = sqlx::query(begin).execute(&mut begun.held.conn).await {
            begun.open = false;
            return Err(error.into());
        }
        Ok(begun)
    }

    pub(super) async fn commit(mut self) -> Result<()> {
        sqlx::query("COMMIT").execute(&mut self.held.conn).await?;
        self.open = false;
        Ok(())
    }

    pub(super) async fn rollback(mut self) -> Result<()> {
        sqlx::query("ROLLBACK").execute(&mut self.held.conn).await?;
        self.open = false;
        Ok(())
    }

    pub(super) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.held.conn
    }

    pub(super) fn conn_ref(&self) -> &AnyConnection {
        &self.held.conn
    }
}

impl Drop for Begun {
    fn drop(&mut self) {
        if self.open {
            self.held.rollback_pending = true;
        }
    }
}
