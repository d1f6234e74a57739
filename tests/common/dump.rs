//! What a reader of the logs or of a database dump would see: for tests that search both for a
//! secret or a link between a voter and a ballot.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use sqlx::{Connection, Row};

use super::normalize;

/// Every log line of this test binary at every level of `filter` (`quorum=trace`, `trace`),
/// captured from the first call on.
pub fn log(filter: &str) -> Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = buffer.clone();
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_ansi(false)
            .with_writer(move || Tee(writer.clone()))
            .init();
        buffer
    })
    .clone()
}

/// The log so far, as text.
pub fn log_text(log: &Mutex<Vec<u8>>) -> String {
    String::from_utf8_lossy(&log.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
}

struct Tee(Arc<Mutex<Vec<u8>>>);

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // A test that failed while holding the lock must not hide the others' lines.
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every row of a table, each column as text, in the order the database returns them unasked.
pub async fn rows(url: &str, table: &str) -> Vec<Vec<String>> {
    let mut conn = sqlx::AnyConnection::connect(&normalize(url)).await.unwrap();
    let columns = columns(&mut conn, url, table).await;
    let list = columns.iter().map(|c| format!("CAST({c} AS TEXT)")).collect::<Vec<_>>().join(", ");
    let fetched =
        sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {list} FROM {table}"))).fetch_all(&mut conn).await.unwrap();
    conn.close().await.ok();
    fetched
        .iter()
        .map(|r| (0..columns.len()).map(|i| r.try_get::<Option<String>, _>(i).unwrap().unwrap_or_default()).collect())
        .collect()
}

/// A table's column names, in their order.
pub async fn columns(conn: &mut sqlx::AnyConnection, url: &str, table: &str) -> Vec<String> {
    let sql = if url.starts_with("postgres") {
        format!(
            "SELECT column_name::text FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position"
        )
    } else {
        format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid")
    };
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_all(conn).await.unwrap()
}
