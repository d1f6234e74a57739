//! A write counter for scratch databases: how the fuzzer proves that a refused command changed
//! nothing, on either dialect, without comparing whole tables after every command.
//!
//! Triggers on every table count each row inserted, updated or deleted into `write_probe`, inside
//! the writing transaction: a write that is rolled back is not counted, one that commits is. Only
//! for throw-away databases (`quorum bench fuzz`, tests); never installed by a migration.

use anyhow::{Context, Result};
use sqlx::AssertSqlSafe;

use super::{Dialect, Store};

/// Tables the counter leaves alone: its own, and the migrations' bookkeeping.
const UNWATCHED: [&str; 2] = ["write_probe", "_sqlx_migrations"];

impl Store {
    /// The application's tables, by name.
    async fn table_names(&self) -> Result<Vec<String>> {
        let sql = match self.dialect {
            Dialect::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            }
            Dialect::Postgres => {
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            }
        };
        let names: Vec<String> = sqlx::query_scalar(sql).fetch_all(&mut *self.pool.lease().await?).await?;
        Ok(names.into_iter().filter(|n| !UNWATCHED.contains(&n.as_str())).collect())
    }

    /// Installs the write counter on every table (idempotent). Call after migrating.
    pub async fn install_write_probe(&self) -> Result<()> {
        let mut conn = self.pool.lease().await?;
        sqlx::query("CREATE TABLE IF NOT EXISTS write_probe (n BIGINT NOT NULL)").execute(&mut *conn).await?;
        sqlx::query("INSERT INTO write_probe (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM write_probe)")
            .execute(&mut *conn)
            .await?;
        if self.dialect == Dialect::Postgres {
            sqlx::query(
                "CREATE OR REPLACE FUNCTION write_probe_count() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN UPDATE write_probe SET n = n + 1; RETURN NULL; END $$",
            )
            .execute(&mut *conn)
            .await?;
        }
        drop(conn);
        for table in self.table_names().await? {
            let statements = match self.dialect {
                // SQLite triggers are per operation, and always per row.
                Dialect::Sqlite => ["INSERT", "UPDATE", "DELETE"]
                    .iter()
                    .map(|op| {
                        format!(
                            "CREATE TRIGGER IF NOT EXISTS write_probe_{table}_{} AFTER {op} ON {table}
                             BEGIN UPDATE write_probe SET n = n + 1; END",
                            op.to_lowercase()
                        )
                    })
                    .collect::<Vec<_>>(),
                Dialect::Postgres => vec![
                    format!("DROP TRIGGER IF EXISTS write_probe ON {table}"),
                    format!(
                        "CREATE TRIGGER write_probe AFTER INSERT OR UPDATE OR DELETE ON {table}
                         FOR EACH ROW EXECUTE FUNCTION write_probe_count()"
                    ),
                ],
            };
            for sql in statements {
                sqlx::query(AssertSqlSafe(sql))
                    .execute(&mut *self.pool.lease().await?)
                    .await
                    .with_context(|| format!("write probe on {table}"))?;
            }
        }
        Ok(())
    }

    /// Rows written by committed transactions since the probe was installed.
    pub async fn committed_writes(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT n FROM write_probe").fetch_one(&mut *self.pool.lease().await?).await?)
    }

    /// Empties every application table and restarts their numbering, keeping the schema and the
    /// write probe: a scratch database back to its state after migrating.
    pub async fn wipe(&self) -> Result<()> {
        let tables = self.table_names().await?;
        match self.dialect {
            Dialect::Postgres => {
                let sql = format!("TRUNCATE {} RESTART IDENTITY CASCADE", tables.join(", "));
                sqlx::query(AssertSqlSafe(sql)).execute(&mut *self.pool.lease().await?).await?;
            }
            Dialect::Sqlite => {
                // Foreign keys would impose an order; the pragma cannot change inside a transaction.
                let mut conn = self.pool.lease().await?;
                sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
                let mut deleted = Ok(());
                for table in &tables {
                    if let Err(e) = sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}"))).execute(&mut *conn).await
                    {
                        deleted = Err(e);
                        break;
                    }
                }
                sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                deleted?;
            }
        }
        Ok(())
    }
}
