//! The migrations are one truth in two dialects: `migrations/sqlite` and `migrations/postgres` hold
//! the same numbered files, and applied to fresh databases they define the same tables, columns
//! (name, type class, nullability, default), primary keys and indexes. The one difference allowed
//! is how an identity column is spelled (`INTEGER PRIMARY KEY` against `BIGSERIAL`); both are
//! seen here as an identity column.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use common::{Backend, TestDb};
use sqlx::{AnyConnection, Connection, Row};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Column {
    class: String,
    nullable: bool,
    default: Option<String>,
    identity: bool,
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.class)?;
        if self.identity {
            write!(f, " identity")?;
        }
        write!(f, "{}", if self.nullable { " null" } else { " not null" })?;
        if let Some(default) = &self.default {
            write!(f, " default {default}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Default)]
struct Table {
    columns: BTreeMap<String, Column>,
    primary_key: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Index {
    table: String,
    columns: Vec<String>,
    unique: bool,
    partial: bool,
}

impl fmt::Display for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{} ({})", if self.unique { "unique on " } else { "on " }, self.table, self.columns.join(", "))?;
        if self.partial {
            write!(f, " partial")?;
        }
        Ok(())
    }
}

#[derive(Debug, Default)]
struct Schema {
    tables: BTreeMap<String, Table>,
    /// Indexes made with `CREATE INDEX`, by name.
    indexes: BTreeMap<String, Index>,
    /// The indexes behind `UNIQUE` constraints, by table and columns: each dialect names them its
    /// own way (`sqlite_autoindex_rooms_1`, `rooms_platform_room_id_key`).
    unique_constraints: BTreeSet<(String, Vec<String>)>,
}

/// The class of a declared type, so that spellings of one kind of value compare equal; a type
/// not listed stands for itself, and so differs from anything spelled otherwise.
fn type_class(declared: &str) -> String {
    let declared = declared.trim().to_ascii_lowercase();
    let base = declared.split('(').next().unwrap_or_default().trim();
    let class = match base {
        "integer" | "int" | "bigint" | "smallint" | "tinyint" | "mediumint" | "int2" | "int4" | "int8" | "serial"
        | "bigserial" | "smallserial" => "integer",
        "text" | "varchar" | "character varying" | "char" | "character" | "clob" => "text",
        "real" | "double" | "double precision" | "float" | "float4" | "float8" => "real",
        "numeric" | "decimal" => "numeric",
        "blob" | "bytea" => "blob",
        "boolean" | "bool" => "boolean",
        other => other,
    };
    class.to_owned()
}

/// A default as both dialects can agree on it: PostgreSQL prints `''::text` or `'-1'::integer`
/// where SQLite keeps the text of the migration (`''`, `-1`).
fn normalize_default(raw: &str) -> String {
    let mut value = raw.trim();
    while let Some((inner, cast)) = value.rsplit_once("::")
        && cast.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '_')
    {
        value = inner.trim();
    }
    while let Some(inner) = value.strip_prefix('(').and_then(|v| v.strip_suffix(')')) {
        value = inner.trim();
    }
    if let Some(number) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\''))
        && number.parse::<f64>().is_ok()
    {
        value = number;
    }
    value.to_owned()
}

async fn sqlite_schema(conn: &mut AnyConnection) -> Schema {
    let mut schema = Schema::default();
    for name in common::tables(conn).await {
        let sql: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
            .bind(&name)
            .fetch_one(&mut *conn)
            .await
            .expect("table definition");
        let without_rowid = sql.to_ascii_uppercase().contains("WITHOUT ROWID");
        let rows =
            sqlx::query(r#"SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"#)
                .bind(&name)
                .fetch_all(&mut *conn)
                .await
                .expect("pragma_table_info");
        let key_columns = rows.iter().filter(|r| r.get::<i64, _>("pk") > 0).count();
        let mut table = Table::default();
        let mut primary_key = Vec::new();
        for row in rows {
            let column: String = row.get("name");
            let declared: String = row.get("type");
            let pk: i64 = row.get("pk");
            // A lone `INTEGER PRIMARY KEY` of a rowid table is the rowid itself: numbered by
            // SQLite, never NULL.
            let identity =
                !without_rowid && pk == 1 && key_columns == 1 && declared.trim().eq_ignore_ascii_case("integer");
            // Any other primary-key column of a rowid table takes NULL unless declared NOT NULL (a
            // behaviour SQLite keeps for compatibility), so only the declaration counts.
            let nullable = row.get::<i64, _>("notnull") == 0 && !identity && !(without_rowid && pk > 0);
            let default = row.get::<Option<String>, _>("dflt_value").map(|d| normalize_default(&d));
            if pk > 0 {
                primary_key.push((pk, column.clone()));
            }
            table.columns.insert(column, Column { class: type_class(&declared), nullable, default, identity });
        }
        primary_key.sort();
        table.primary_key = primary_key.into_iter().map(|(_, column)| column).collect();

        let indexes = sqlx::query(r#"SELECT name, "unique", origin, partial FROM pragma_index_list(?)"#)
            .bind(&name)
            .fetch_all(&mut *conn)
            .await
            .expect("pragma_index_list");
        for index in indexes {
            let index_name: String = index.get("name");
            let columns: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                    .bind(&index_name)
                    .fetch_all(&mut *conn)
                    .await
                    .expect("pragma_index_info");
            let columns: Vec<String> =
                columns.into_iter().map(|c| c.unwrap_or_else(|| "<expression>".to_owned())).collect();
            match index.get::<String, _>("origin").as_str() {
                // The primary key is compared as the table's.
                "pk" => {}
                "u" => {
                    schema.unique_constraints.insert((name.clone(), columns));
                }
                _ => {
                    let index = Index {
                        table: name.clone(),
                        columns,
                        unique: index.get::<i64, _>("unique") != 0,
                        partial: index.get::<i64, _>("partial") != 0,
                    };
                    schema.indexes.insert(index_name, index);
                }
            }
        }
        schema.tables.insert(name, table);
    }
    schema
}

async fn postgres_schema(conn: &mut AnyConnection) -> Schema {
    let mut schema = Schema::default();
    for name in common::tables(conn).await {
        schema.tables.insert(name, Table::default());
    }
    let columns = sqlx::query(
        "SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type,
                is_nullable::text AS is_nullable, column_default::text AS column_default,
                is_identity::text AS is_identity
         FROM information_schema.columns WHERE table_schema = current_schema()",
    )
    .fetch_all(&mut *conn)
    .await
    .expect("information_schema.columns");
    for row in columns {
        let Some(table) = schema.tables.get_mut(&row.get::<String, _>("table_name")) else { continue };
        let default: Option<String> = row.get("column_default");
        let identity = row.get::<String, _>("is_identity") == "YES"
            || default.as_deref().is_some_and(|d| d.starts_with("nextval("));
        let column = Column {
            class: type_class(&row.get::<String, _>("data_type")),
            nullable: row.get::<String, _>("is_nullable") == "YES",
            default: if identity { None } else { default.map(|d| normalize_default(&d)) },
            identity,
        };
        table.columns.insert(row.get("column_name"), column);
    }
    let indexes = sqlx::query(
        "SELECT i.relname::text AS index_name, t.relname::text AS table_name, x.indisunique AS is_unique,
                x.indisprimary AS is_primary, x.indpred IS NOT NULL AS partial,
                EXISTS (SELECT 1 FROM pg_constraint c
                        WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid AND c.contype = 'u')
                    AS from_constraint,
                array_to_string(ARRAY(
                    SELECT COALESCE(a.attname::text, '<expression>')
                    FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                    ORDER BY k.ord), ',') AS columns
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = current_schema()",
    )
    .fetch_all(&mut *conn)
    .await
    .expect("pg_index");
    for row in indexes {
        let table_name: String = row.get("table_name");
        let Some(table) = schema.tables.get_mut(&table_name) else { continue };
        let columns: Vec<String> = row.get::<String, _>("columns").split(',').map(str::to_owned).collect();
        if row.get::<bool, _>("is_primary") {
            table.primary_key = columns;
        } else if row.get::<bool, _>("from_constraint") {
            schema.unique_constraints.insert((table_name, columns));
        } else {
            let index = Index { table: table_name, columns, unique: row.get("is_unique"), partial: row.get("partial") };
            schema.indexes.insert(row.get("index_name"), index);
        }
    }
    schema
}

async fn migrated_schema(backend: Backend) -> (TestDb, Schema) {
    let db = TestDb::new(backend).await;
    db.store().await.close().await;
    let schema = introspect(&db).await;
    (db, schema)
}

async fn introspect(db: &TestDb) -> Schema {
    let mut conn = AnyConnection::connect(&common::normalize(&db.url)).await.expect("connect");
    let schema = match conn.backend_name() {
        "SQLite" => sqlite_schema(&mut conn).await,
        "PostgreSQL" => postgres_schema(&mut conn).await,
        other => panic!("no introspection for {other}"),
    };
    conn.close().await.ok();
    schema
}

/// Every difference between the two schemas, one line each, naming the table, column or index.
fn differences(sqlite: &Schema, postgres: &Schema) -> Vec<String> {
    fn only<K: Ord + Clone, V>(a: &BTreeMap<K, V>, b: &BTreeMap<K, V>) -> Vec<K> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    }
    let mut diffs = Vec::new();
    for table in only(&sqlite.tables, &postgres.tables) {
        diffs.push(format!("table {table}: only on SQLite"));
    }
    for table in only(&postgres.tables, &sqlite.tables) {
        diffs.push(format!("table {table}: only on PostgreSQL"));
    }
    for (name, s) in &sqlite.tables {
        let Some(p) = postgres.tables.get(name) else { continue };
        for column in only(&s.columns, &p.columns) {
            diffs.push(format!("column {name}.{column}: only on SQLite ({})", s.columns[&column]));
        }
        for column in only(&p.columns, &s.columns) {
            diffs.push(format!("column {name}.{column}: only on PostgreSQL ({})", p.columns[&column]));
        }
        for (column, sc) in &s.columns {
            if let Some(pc) = p.columns.get(column)
                && sc != pc
            {
                diffs.push(format!("column {name}.{column}: SQLite {sc}, PostgreSQL {pc}"));
            }
        }
        if s.primary_key != p.primary_key {
            diffs.push(format!(
                "primary key of {name}: SQLite ({}), PostgreSQL ({})",
                s.primary_key.join(", "),
                p.primary_key.join(", ")
            ));
        }
    }
    for index in only(&sqlite.indexes, &postgres.indexes) {
        diffs.push(format!("index {index}: only on SQLite ({})", sqlite.indexes[&index]));
    }
    for index in only(&postgres.indexes, &sqlite.indexes) {
        diffs.push(format!("index {index}: only on PostgreSQL ({})", postgres.indexes[&index]));
    }
    for (index, s) in &sqlite.indexes {
        if let Some(p) = postgres.indexes.get(index)
            && s != p
        {
            diffs.push(format!("index {index}: SQLite {s}, PostgreSQL {p}"));
        }
    }
    for (table, columns) in sqlite.unique_constraints.difference(&postgres.unique_constraints) {
        diffs.push(format!("unique constraint on {table} ({}): only on SQLite", columns.join(", ")));
    }
    for (table, columns) in postgres.unique_constraints.difference(&sqlite.unique_constraints) {
        diffs.push(format!("unique constraint on {table} ({}): only on PostgreSQL", columns.join(", ")));
    }
    diffs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_dialects_define_the_same_schema() {
    let ((_s, sqlite), (_p, postgres)) =
        tokio::join!(migrated_schema(Backend::Sqlite), migrated_schema(Backend::Postgres));
    // An introspection that saw nothing would find nothing different.
    let members = &sqlite.tables["members"];
    assert!(members.columns["id"].identity, "members.id is seen as the identity column: {members:?}");
    assert!(!sqlite.indexes.is_empty() && !sqlite.unique_constraints.is_empty(), "indexes are seen: {sqlite:?}");
    let diffs = differences(&sqlite, &postgres);
    assert!(
        diffs.is_empty(),
        "migrations/sqlite and migrations/postgres define different schemas:\n  {}",
        diffs.join("\n  ")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_difference_is_named() {
    let ((_s, sqlite), (p, _)) = tokio::join!(migrated_schema(Backend::Sqlite), migrated_schema(Backend::Postgres));
    let mut conn = AnyConnection::connect(&common::normalize(&p.url)).await.expect("connect");
    for sql in [
        "CREATE TABLE spare (id BIGSERIAL PRIMARY KEY)",
        "ALTER TABLE jobs ADD COLUMN extra TEXT",
        "ALTER TABLE audit_log ALTER COLUMN detail DROP NOT NULL",
        "ALTER TABLE outbox ALTER COLUMN attempts SET DEFAULT 1",
        "ALTER TABLE members ALTER COLUMN locale TYPE BIGINT USING 0",
        "ALTER TABLE native_polls ALTER COLUMN id DROP DEFAULT",
        "ALTER TABLE meeting_events DROP CONSTRAINT meeting_events_pkey, ADD PRIMARY KEY (meeting_id, platform)",
        "DROP INDEX jobs_due",
        "CREATE UNIQUE INDEX jobs_due ON jobs (state)",
        "CREATE INDEX members_locale ON members (locale)",
        "ALTER TABLE rooms ADD CONSTRAINT rooms_name UNIQUE (name)",
    ] {
        sqlx::query(sql).execute(&mut conn).await.expect(sql);
    }
    conn.close().await.ok();
    let postgres = introspect(&p).await;
    assert_eq!(
        differences(&sqlite, &postgres),
        [
            "table spare: only on PostgreSQL",
            "column audit_log.detail: SQLite text not null, PostgreSQL text null",
            "column jobs.extra: only on PostgreSQL (text null)",
            "primary key of meeting_events: SQLite (meeting_id, platform, room_id), PostgreSQL (meeting_id, platform)",
            "column members.locale: SQLite text null, PostgreSQL integer null",
            "column native_polls.id: SQLite integer identity not null, PostgreSQL integer not null",
            "column outbox.attempts: SQLite integer not null default 0, PostgreSQL integer not null default 1",
            "index members_locale: only on PostgreSQL (on members (locale))",
            "index jobs_due: SQLite on jobs (state, due_at), PostgreSQL unique on jobs (state)",
            "unique constraint on rooms (name): only on PostgreSQL",
        ]
    );
}

// Migration 18 keeps answers per occurrence and names cancelled occurrences by identity: an answer
// given before it goes to its meeting's first occurrence, and an occurrence cancelled after it was
// moved is named by the time its series planned it, no longer by the time it was moved to.
both!(answers_and_cancellations_are_named_by_occurrence, |backend| async move {
    let db = TestDb::new(backend).await;
    let dir = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let path = format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR"));
    let mut before = sqlx::migrate::Migrator::new(std::path::Path::new(&path)).await.expect("migrations");
    before.migrations = std::borrow::Cow::Owned(before.migrations.iter().filter(|m| m.version < 18).cloned().collect());
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    before.run(&pool).await.expect("migrations before 18");
    for sql in [
        "INSERT INTO members (id, display_name, created_at) VALUES (1, 'ana', 1), (2, 'bo', 1)",
        "INSERT INTO rooms (id, platform, room_id, name) VALUES (1, 'console', 'general', 'general')",
        "INSERT INTO meetings (id, room_id, creator_id, title, zone, first_local, first_at, duration_min, recurrence,
                               remind_offsets, status, created_at, skipped, moved)
         VALUES (1, 1, 1, 'Weekly', 'Europe/Zurich', '2026-12-01T14:00', 0, 60, '0 14 * * 2', '60', 'active', 1,
                 '2026-12-08T14:00,2026-12-23T09:30', '2026-12-15T14:00>2026-12-16T10:00,2026-12-22T14:00>2026-12-23T09:30'),
                (2, 1, 1, 'Once', 'UTC', '2026-12-03T10:00', 0, 60, NULL, '60', 'active', 1, '', '')",
        "INSERT INTO meeting_rsvps (meeting_id, member_id, answer, answered_at) VALUES (1, 1, 'yes', 2), (1, 2, 'no', 3), (2, 1, 'maybe', 4)",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    pool.close().await;

    let store = quorum::store::Store::connect_and_migrate(&db.url).await.expect("migrate to the latest");
    store.close().await;
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    let answers: Vec<(i64, String, i64, String)> = sqlx::query_as(
        "SELECT meeting_id, occurrence, member_id, answer FROM meeting_rsvps ORDER BY meeting_id, member_id",
    )
    .fetch_all(&pool)
    .await
    .expect("meeting_rsvps");
    let answer = |meeting: i64, occurrence: &str, member: i64, answer: &str| {
        (meeting, occurrence.to_owned(), member, answer.to_owned())
    };
    assert_eq!(
        answers,
        [
            answer(1, "2026-12-01T14:00", 1, "yes"),
            answer(1, "2026-12-01T14:00", 2, "no"),
            answer(2, "2026-12-03T10:00", 1, "maybe")
        ]
    );
    let skipped: Vec<String> =
        sqlx::query_scalar("SELECT skipped FROM meetings ORDER BY id").fetch_all(&pool).await.expect("meetings");
    assert_eq!(skipped, ["2026-12-08T14:00,2026-12-22T14:00", ""]);
    let another = "INSERT INTO meeting_rsvps (meeting_id, occurrence, member_id, answer, answered_at)
                   VALUES (1, '2026-12-08T14:00', 1, 'no', 5)";
    sqlx::query(another).execute(&pool).await.expect("an answer for another occurrence");
    pool.close().await;
});

/// Each dialect's migration files, by file name.
fn migration_files(dialect: &str) -> BTreeSet<String> {
    let dir = format!("{}/migrations/{dialect}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.expect("directory entry").file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn both_dialects_have_the_same_migration_files() {
    let sqlite = migration_files("sqlite");
    let postgres = migration_files("postgres");
    let mut diffs: Vec<String> = Vec::new();
    diffs.extend(sqlite.difference(&postgres).map(|f| format!("{f}: only in migrations/sqlite")));
    diffs.extend(postgres.difference(&sqlite).map(|f| format!("{f}: only in migrations/postgres")));
    // sqlx orders migrations by the number before the first `_`: a number used twice would leave
    // their order to chance.
    let mut numbers = BTreeMap::new();
    for file in &sqlite {
        let number = file.split_once('_').map(|(n, _)| n).filter(|n| n.parse::<u64>().is_ok());
        let Some(number) = number.filter(|_| file.ends_with(".sql")) else {
            diffs.push(format!("{file}: not named NUMBER_name.sql"));
            continue;
        };
        if let Some(earlier) = numbers.insert(number.to_owned(), file) {
            diffs.push(format!("{file}: numbered like {earlier}"));
        }
    }
    assert!(diffs.is_empty(), "the two migration directories differ:\n  {}", diffs.join("\n  "));
}

/// A database of `backend` migrated as a release before migration `version` left it.
async fn migrated_before(db: &TestDb, backend: Backend, version: i64) -> sqlx::AnyPool {
    let dir = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let path = format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR"));
    let mut before = sqlx::migrate::Migrator::new(std::path::Path::new(&path)).await.expect("migrations");
    before.migrations =
        std::borrow::Cow::Owned(before.migrations.iter().filter(|m| m.version < version).cloned().collect());
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    before.run(&pool).await.unwrap_or_else(|e| panic!("migrations before {version}: {e}"));
    pool
}

type AuditRow = (i64, i64, Option<i64>, Option<i64>, String, String, String, String);

async fn audit_and_feeds(pool: &sqlx::AnyPool) -> (Vec<AuditRow>, Vec<(i64, String, i64)>) {
    let audit = sqlx::query_as(
        "SELECT seq, at, actor_id, body_id, action, detail, prev_hash, hash FROM audit_log ORDER BY seq",
    )
    .fetch_all(pool)
    .await
    .expect("audit_log");
    let feeds = sqlx::query_as("SELECT body_id, token, created_at FROM calendar_feeds ORDER BY body_id")
        .fetch_all(pool)
        .await
        .expect("calendar_feeds");
    (audit, feeds)
}

// Migration 17 rebuilds audit_log and calendar_feeds on SQLite to make their keys NOT NULL: the
// rows of a database made before it, the audit chain among them, come through unchanged.
both!(keys_made_not_null_keep_their_rows, |backend| async move {
    let db = TestDb::new(backend).await;
    let pool = migrated_before(&db, backend, 17).await;
    for sql in [
        "INSERT INTO bodies (id, name, short, short_key, created_at) VALUES (1, 'Board', 'B', 'b', 5)",
        "INSERT INTO calendar_feeds (body_id, token, created_at) VALUES (1, 'secret', 6)",
        "INSERT INTO audit_log (seq, at, actor_id, body_id, action, detail, prev_hash, hash)
         VALUES (1, 7, NULL, NULL, 'admin.claim', 'member 1', '', 'h1')",
        "INSERT INTO audit_log (seq, at, actor_id, body_id, action, detail, prev_hash, hash)
         VALUES (2, 8, 1, 1, 'body.create', 'Board', 'h1', 'h2')",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    let rows = audit_and_feeds(&pool).await;
    pool.close().await;

    let store = quorum::store::Store::connect_and_migrate(&db.url).await.expect("migrate to the latest");
    store.close().await;
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    assert_eq!(audit_and_feeds(&pool).await, rows);
    let null_seq =
        "INSERT INTO audit_log (seq, at, action, detail, prev_hash, hash) VALUES (NULL, 9, 'x', 'x', 'h2', 'h3')";
    assert!(sqlx::query(null_seq).execute(&pool).await.is_err(), "audit_log.seq takes NULL");
    pool.close().await;
});

type RollCallRow = (i64, String, i64, i64);
type AttendanceRow = (i64, String, i64, i64, i64);

/// Every roll call and attendance row, in key order.
async fn roll_calls_and_attendance(pool: &sqlx::AnyPool) -> (Vec<RollCallRow>, Vec<AttendanceRow>) {
    let mut roll_calls: Vec<RollCallRow> =
        sqlx::query_as("SELECT meeting_id, occurrence, opened_by, opened_at FROM meeting_roll_calls")
            .fetch_all(pool)
            .await
            .expect("meeting_roll_calls");
    let mut attendance: Vec<AttendanceRow> =
        sqlx::query_as("SELECT meeting_id, occurrence, member_id, remote, answered_at FROM meeting_attendance")
            .fetch_all(pool)
            .await
            .expect("meeting_attendance");
    // Sorted here rather than by the database, whose collation may order text otherwise.
    roll_calls.sort();
    attendance.sort();
    (roll_calls, attendance)
}

/// Each meeting's `moved`, by meeting.
async fn moved_occurrences(pool: &sqlx::AnyPool) -> Vec<(i64, String)> {
    sqlx::query_as("SELECT id, moved FROM meetings ORDER BY id").fetch_all(pool).await.expect("meetings")
}

/// How many rows each of `tables` holds.
async fn row_counts(pool: &sqlx::AnyPool, tables: &[String]) -> Vec<(String, i64)> {
    let mut counts = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(pool)
            .await
            .unwrap_or_else(|e| panic!("count {table}: {e}"));
        counts.push((table.clone(), n));
    }
    counts
}

// Migration 16 keys roll calls and attendance by an occurrence's planned start, as agendas are.
// Before it they were keyed by the time the occurrence took place, which for an occurrence moved
// one by one is the TO time of its `FROM>TO` pair in `meetings.moved`. Only those rows change key;
// rows of an occurrence that kept its time, and of a meeting with nothing moved (though it has a
// row at a time that some other meeting moved an occurrence to), keep theirs. An occurrence may be
// moved into the slot another one was moved out of, so one row's new key may be another row's
// old key: the rewrite must not trip over the key it is about to vacate.
both!(moved_occurrences_keep_their_attendance, |backend| async move {
    let db = TestDb::new(backend).await;
    let pool = migrated_before(&db, backend, 16).await;
    for sql in [
        "INSERT INTO members (id, display_name, created_at) VALUES (1, 'Ann', 1)",
        "INSERT INTO members (id, display_name, created_at) VALUES (2, 'Bob', 1)",
        "INSERT INTO rooms (id, platform, room_id, name) VALUES (1, 'console', 'general', 'general')",
        "INSERT INTO meetings (id, room_id, creator_id, title, zone, first_local, first_at, duration_min,
                               recurrence, remind_offsets, status, created_at, moved)
         VALUES (1, 1, 1, 'Weekly', 'Europe/Zurich', '2027-01-05T10:00', 1799139600000, 60, '0 10 * * 2', '60',
                 'active', 2, '2027-01-12T10:00>2027-01-13T15:00,2027-01-19T10:00>2027-01-20T09:30')",
        "INSERT INTO meetings (id, room_id, creator_id, title, zone, first_local, first_at, duration_min,
                               recurrence, remind_offsets, status, created_at)
         VALUES (2, 1, 1, 'Daily', 'Europe/Zurich', '2027-01-20T09:30', 1800433800000, 30, '30 9 * * *', '60',
                 'active', 3)",
        // The 19th moved to the 20th, then the 12th moved into the 19th's slot.
        "INSERT INTO meetings (id, room_id, creator_id, title, zone, first_local, first_at, duration_min,
                               recurrence, remind_offsets, status, created_at, moved)
         VALUES (3, 1, 1, 'Chained', 'Europe/Zurich', '2027-01-05T10:00', 1799139600000, 60, '0 10 * * 2', '60',
                 'active', 4, '2027-01-19T10:00>2027-01-20T09:30,2027-01-12T10:00>2027-01-19T10:00')",
        // Moved: the second pair's TO time, then the first's.
        "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at)
         VALUES (1, '2027-01-20T09:30', 1, 10)",
        "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at)
         VALUES (1, '2027-01-13T15:00', 2, 11)",
        // Kept its time.
        "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at)
         VALUES (1, '2027-01-05T10:00', 1, 12)",
        // Nothing of this meeting was moved.
        "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at)
         VALUES (2, '2027-01-20T09:30', 2, 13)",
        // The row whose new key is the next row's old key comes first.
        "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at)
         VALUES (3, '2027-01-20T09:30', 1, 14)",
        "INSERT INTO meeting_roll_calls (meeting_id, occurrence, opened_by, opened_at)
         VALUES (3, '2027-01-19T10:00', 1, 15)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (1, '2027-01-20T09:30', 1, 0, 20)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (1, '2027-01-20T09:30', 2, 1, 21)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (1, '2027-01-13T15:00', 2, 0, 22)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (1, '2027-01-05T10:00', 1, 1, 23)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (2, '2027-01-20T09:30', 1, 0, 24)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (3, '2027-01-20T09:30', 1, 0, 25)",
        "INSERT INTO meeting_attendance (meeting_id, occurrence, member_id, remote, answered_at)
         VALUES (3, '2027-01-19T10:00', 1, 1, 26)",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    let (roll_calls, attendance) = roll_calls_and_attendance(&pool).await;
    let moved = moved_occurrences(&pool).await;
    let mut conn = pool.acquire().await.expect("connection");
    let tables = common::tables(&mut conn).await;
    drop(conn);
    let counts = row_counts(&pool, &tables).await;
    pool.close().await;

    let store = quorum::store::Store::connect_and_migrate(&db.url).await.expect("migrate to the latest");
    store.close().await;
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    let planned = |meeting_id: i64, occurrence: &str| match (meeting_id, occurrence) {
        (1, "2027-01-20T09:30") => "2027-01-19T10:00".to_owned(),
        (1, "2027-01-13T15:00") => "2027-01-12T10:00".to_owned(),
        (3, "2027-01-20T09:30") => "2027-01-19T10:00".to_owned(),
        (3, "2027-01-19T10:00") => "2027-01-12T10:00".to_owned(),
        _ => occurrence.to_owned(),
    };
    let mut expected_roll_calls: Vec<RollCallRow> =
        roll_calls.into_iter().map(|(m, o, by, at)| (m, planned(m, &o), by, at)).collect();
    expected_roll_calls.sort();
    let mut expected_attendance: Vec<AttendanceRow> =
        attendance.into_iter().map(|(m, o, who, remote, at)| (m, planned(m, &o), who, remote, at)).collect();
    expected_attendance.sort();
    let (roll_calls, attendance) = roll_calls_and_attendance(&pool).await;
    assert_eq!(roll_calls, expected_roll_calls);
    assert_eq!(attendance, expected_attendance);
    assert_eq!(moved_occurrences(&pool).await, moved);
    assert_eq!(row_counts(&pool, &tables).await, counts);
    pool.close().await;
});

// Migration 22 makes the members of bodies kept before records existed into records: people with
// the role member, exec or staff are active once each, applicants applicants, guests nothing.
both!(people_with_roles_become_member_records, |backend| async move {
    let db = TestDb::new(backend).await;
    let pool = migrated_before(&db, backend, 22).await;
    for sql in [
        "INSERT INTO bodies (id, name, short, short_key, created_at) VALUES (1, 'Board', 'B', 'b', 5)",
        "INSERT INTO members (id, display_name, created_at) VALUES (1, 'Ana', 1), (2, 'Ben', 1), (3, 'Cy', 1), (4, 'Di', 1)",
        "INSERT INTO role_grants (body_id, member_id, role, granted_at) VALUES
             (1, 1, 'member', 10), (1, 1, 'exec', 20), (1, 2, 'staff', 30), (1, 3, 'applicant', 40), (1, 4, 'guest', 50)",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    pool.close().await;
    let store = quorum::store::Store::connect_and_migrate(&db.url).await.expect("migrate to the latest");
    store.close().await;
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    let records: Vec<(i64, String, String, i64)> =
        sqlx::query_as("SELECT member_id, name, status, created_at FROM member_records ORDER BY member_id")
            .fetch_all(&pool)
            .await
            .expect("member_records");
    assert_eq!(
        records,
        [
            (1, "Ana".into(), "active".into(), 10),
            (2, "Ben".into(), "active".into(), 30),
            (3, "Cy".into(), "applicant".into(), 40)
        ]
    );
    pool.close().await;
});

// Migration 30 follows the actions recorded before it: each gets a number and its owners, due at
// the end of its day in UTC, with its two reminders waiting.
both!(actions_recorded_before_are_followed, |backend| async move {
    let db = TestDb::new(backend).await;
    let pool = migrated_before(&db, backend, 30).await;
    for sql in [
        "INSERT INTO members (id, display_name, created_at) VALUES (1, 'carol', 5)",
        "INSERT INTO rooms (id, platform, room_id, name) VALUES (1, 'console', 'general', 'general')",
        "INSERT INTO minutes (id, room_key, title, started_by, started_at, last_activity, ended_at)
         VALUES (1, 1, 'Board', 1, 6, 6, 7)",
        "INSERT INTO minutes_items (id, minutes_id, position, kind, text, due, author_id, line, created_at)
         VALUES (1, 1, 1, 'action', 'Send the accounts', '2026-12-20', 1, 1, 6)",
        "INSERT INTO minutes_items (id, minutes_id, position, kind, text, author_id, line, created_at)
         VALUES (2, 1, 2, 'info', 'Not an action', 1, 2, 6)",
        "INSERT INTO minutes_action_owners (item_id, position, member_id, name) VALUES (1, 1, 1, 'carol')",
        "INSERT INTO minutes_action_owners (item_id, position, name) VALUES (1, 2, 'zoe')",
    ] {
        sqlx::query(sql).execute(&pool).await.expect(sql);
    }
    pool.close().await;
    let store = quorum::store::Store::connect_and_migrate(&db.url).await.expect("migrate to the latest");
    store.close().await;
    let pool = sqlx::AnyPool::connect(&common::normalize(&db.url)).await.expect("connect");
    let actions: Vec<(i64, i64, Option<i64>)> =
        sqlx::query_as("SELECT id, item_id, due_at FROM actions ORDER BY id").fetch_all(&pool).await.expect("actions");
    let end_of_day = common::at("2026-12-21T00:00:00Z").timestamp_millis() - 1;
    assert_eq!(actions, vec![(1, 1, Some(end_of_day))]);
    let owners: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM action_owners WHERE action_id = 1")
        .fetch_one(&pool)
        .await
        .expect("owners");
    assert_eq!(owners, 2);
    let jobs: Vec<(String, i64)> = sqlx::query_as(
        "SELECT kind, due_at FROM jobs WHERE kind LIKE 'action-%' AND state = 'pending' ORDER BY due_at",
    )
    .fetch_all(&pool)
    .await
    .expect("jobs");
    assert_eq!(
        jobs,
        vec![("action-soon".to_owned(), end_of_day - 86_400_000), ("action-overdue".to_owned(), end_of_day)]
    );
    pool.close().await;
});
