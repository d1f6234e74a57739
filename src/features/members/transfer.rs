//! CSV import and export of a body's records (the `csv` crate). An import is a dry run unless
//! `--commit`: every line is checked first, the report names each bad line and why, and nothing
//! is written if any line is bad; a committed import writes every line in one transaction.
//! A byte-order mark, `;` or tab separators and quoted newlines are read as spreadsheets write them.

use super::model::*;
use super::service::{self, Policy, body_of};
use crate::core::actor::Platform;
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError, UserError};
use crate::core::reply::{Attachment, Block, Msg, Reply};
use crate::store::{AuditEntry, MemberRecordRow};

/// The largest file an import reads, and the most lines it takes.
const MAX_BYTES: usize = 20 * 1024 * 1024;
const MAX_ROWS: usize = 100_000;
/// How many bad lines a report lists one by one; it counts the rest.
const MAX_REPORTED: usize = 100;

/// The columns an export writes, in order; an import reads them by their headers, in any order.
pub const EXPORT_COLUMNS: &[&str] = &[
    "id",
    "name",
    "kind",
    "organisation",
    "group",
    "country",
    "region",
    "languages",
    "gender",
    "status",
    "joined",
    "renewal",
    "notes",
    "account",
];

/// Columns an import reads but does not take: the number and account are the body's own, the
/// region follows from the country.
const IGNORED: &[&str] = &["id", "region", "account"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Kind,
    Organisation,
    Group,
    Country,
    Languages,
    Gender,
    Status,
    Joined,
    Renewal,
    Notes,
    Ignored,
}

fn column(header: &str) -> Option<Column> {
    let header = header.trim().to_lowercase().replace([' ', '-'], "_");
    Some(match header.as_str() {
        "name" => Column::Name,
        "kind" => Column::Kind,
        "organisation" | "organization" => Column::Organisation,
        "group" | "stakeholder_group" => Column::Group,
        "country" => Column::Country,
        "languages" | "language" => Column::Languages,
        "gender" => Column::Gender,
        "status" => Column::Status,
        "joined" | "joined_on" => Column::Joined,
        "renewal" | "renewal_on" => Column::Renewal,
        "notes" => Column::Notes,
        h if IGNORED.contains(&h) => Column::Ignored,
        _ => return None,
    })
}

/// The separator of a file: whichever of `,`, `;` and tab its first line has most of outside quotes.
fn separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], std::cmp::Reverse(*i))).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// What a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a tab or return first):
/// an export writes such a cell after a `'`, which an import takes off again.
pub fn guard(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell }
}

fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// A bad line and why.
#[derive(Debug, Clone, PartialEq)]
pub struct BadLine {
    pub line: u64,
    pub reason: Msg,
}

/// What a file holds: the records of its good lines, and its bad lines.
#[derive(Debug, Default)]
pub struct Parsed {
    pub records: Vec<MemberRecordRow>,
    pub bad: Vec<BadLine>,
}

fn cell_error(column: &str, error: ParseError) -> Msg {
    Msg::new("member-import-cell").code("column", column).phrase("reason", error.to_msg())
}

/// Reads a file's text into records of `body_id` (not yet numbered), checking every cell as the
/// commands do. `today` is the joined date of active records that give none.
pub fn parse(text: &str, body_id: i64, today: &str) -> Result<Parsed, Msg> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Msg::new("err-member-import-empty"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| Msg::new("err-member-import-unreadable"))?.clone();
    let mut columns = Vec::new();
    for header in &headers {
        let Some(col) = column(header) else {
            return Err(Msg::new("err-member-import-header")
                .text("header", header.chars().take(40).collect::<String>())
                .code("allowed", EXPORT_COLUMNS.join(", ")));
        };
        if col != Column::Ignored && columns.contains(&col) {
            return Err(Msg::new("err-member-import-header-twice").text("header", header));
        }
        columns.push(col);
    }
    if !columns.contains(&Column::Name) {
        return Err(Msg::new("err-member-import-no-name"));
    }
    let mut parsed = Parsed::default();
    let mut rows = 0;
    for result in reader.records() {
        rows += 1;
        if rows > MAX_ROWS {
            return Err(Msg::new("err-member-import-too-many").num("max", MAX_ROWS as i64));
        }
        let row = match result {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                parsed.bad.push(BadLine { line, reason: Msg::new("member-import-unreadable-line") });
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line());
        if row.len() != columns.len() {
            let reason =
                Msg::new("member-import-cells").num("expected", columns.len() as i64).num("found", row.len() as i64);
            parsed.bad.push(BadLine { line, reason });
            continue;
        }
        match record(&columns, &headers, &row, body_id, today) {
            Ok(record) => parsed.records.push(record),
            Err(reason) => parsed.bad.push(BadLine { line, reason }),
        }
    }
    if rows == 0 {
        return Err(Msg::new("err-member-import-empty"));
    }
    Ok(parsed)
}

/// One line's record, or why it is bad (its first bad cell).
fn record(
    columns: &[Column],
    headers: &csv::StringRecord,
    row: &csv::StringRecord,
    body_id: i64,
    today: &str,
) -> Result<MemberRecordRow, Msg> {
    let mut record = MemberRecordRow {
        body_id,
        kind: Kind::Person.as_str().to_owned(),
        status: Status::Active.as_str().to_owned(),
        ..MemberRecordRow::default()
    };
    for ((col, header), cell) in columns.iter().zip(headers.iter()).zip(row.iter()) {
        let cell = unguard(cell.trim());
        if cell.is_empty() {
            if *col == Column::Name {
                return Err(cell_error(header, ParseError::EmptyText { name: "name" }));
            }
            continue;
        }
        let fail = |e| cell_error(header, e);
        match col {
            Column::Name => record.name = check_label("name", cell, MAX_NAME).map_err(fail)?,
            Column::Kind => record.kind = cell.parse::<Kind>().map_err(fail)?.as_str().to_owned(),
            Column::Organisation => {
                record.organisation = Some(check_label("organisation", cell, MAX_ORGANISATION).map_err(fail)?)
            }
            Column::Group => record.stakeholder_group = Some(check_label("group", cell, MAX_GROUP).map_err(fail)?),
            Column::Country => {
                let (code, region) = check_country(cell).map_err(fail)?;
                record.country = Some(code);
                record.region = region.map(|r| r.as_str().to_owned());
            }
            Column::Languages => record.languages = Some(check_languages(cell).map_err(fail)?),
            Column::Gender => record.gender = Some(check_gender(cell).map_err(fail)?),
            Column::Status => record.status = cell.parse::<Status>().map_err(fail)?.as_str().to_owned(),
            Column::Joined => record.joined_on = Some(check_date("joined", cell).map_err(fail)?.to_string()),
            Column::Renewal => record.renewal_on = Some(check_date("renewal", cell).map_err(fail)?.to_string()),
            Column::Notes => record.notes = Some(check_notes("notes", cell, MAX_NOTES).map_err(fail)?),
            Column::Ignored => {}
        }
    }
    if record.joined_on.is_none() && record.status == Status::Active.as_str() {
        record.joined_on = Some(today.to_owned());
    }
    Ok(record)
}

/// `member import PATH [--commit]`.
pub async fn import(ctx: &Ctx<'_>, cmd: MemberImport) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    // A path names a file on the machine Quorum runs on: only its operator, at the console, has one.
    if ctx.actor.user.platform != Platform::Console {
        return Err(UserError::Refused(Msg::new("err-member-import-console")).into());
    }
    let bytes = match tokio::fs::read(&cmd.path).await {
        Ok(bytes) if bytes.len() > MAX_BYTES => {
            return Err(UserError::Refused(
                Msg::new("err-member-import-too-big").num("megabytes", (MAX_BYTES / 1024 / 1024) as i64),
            )
            .into());
        }
        Ok(bytes) => bytes,
        Err(_) => return Err(UserError::Refused(Msg::new("err-member-import-read").text("path", &cmd.path)).into()),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Err(UserError::Refused(Msg::new("err-member-import-encoding")).into());
    };
    let today = ctx.clock.now().date_naive().format("%Y-%m-%d").to_string();
    let parsed = parse(&text, body_id, &today).map_err(UserError::Refused)?;
    let total = (parsed.records.len() + parsed.bad.len()) as i64;
    if !parsed.bad.is_empty() {
        let mut reply =
            Reply::error(Msg::new("member-import-bad").num("bad", parsed.bad.len() as i64).num("count", total));
        reply.visibility = crate::core::reply::Visibility::Private;
        let lines = parsed
            .bad
            .iter()
            .take(MAX_REPORTED)
            .map(|b| Msg::new("member-import-bad-line").num("line", b.line as i64).phrase("reason", b.reason.clone()))
            .collect();
        reply = reply.with(Block::List(lines));
        if parsed.bad.len() > MAX_REPORTED {
            let more = (parsed.bad.len() - MAX_REPORTED) as i64;
            reply = reply.with(Block::Paragraph(Msg::new("member-import-more").num("count", more)));
        }
        return Ok(reply.with(Block::Paragraph(Msg::new("member-import-nothing-written"))));
    }
    if !cmd.commit {
        return Ok(Reply::private(
            Msg::new("member-import-ready")
                .num("count", total)
                .code("command", format!("!member import {} --commit", crate::core::grammar::quote(&cmd.path))),
        ));
    }
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let policy: Policy = service::policy(&mut tx, body_id).await?;
    // A few hundred at a time, so that the records read back never pile up in memory.
    for chunk in parsed.records.chunks(500) {
        let stored = tx.insert_member_records(chunk, ctx.now_ms()).await?;
        service::schedule_checks(&mut tx, &stored, &policy, now).await?;
    }
    let entry = AuditEntry {
        actor_id: Some(ctx.actor.member_id),
        body_id: Some(body_id),
        action: "member.import".to_owned(),
        detail: format!("{total} records"),
    };
    tx.append_audit(&entry, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    if let Err(e) = ctx.store.analyze_member_records().await {
        // The import stands; the planner catches up by itself later.
        tracing::warn!(error = ?e, "could not refresh the statistics after an import");
    }
    Ok(Reply::private(Msg::new("member-import-done").num("count", total).code("body", &short)))
}

/// Every record of a body as CSV text, in the columns of `EXPORT_COLUMNS`.
pub fn to_csv(records: &[(MemberRecordRow, String)]) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(EXPORT_COLUMNS)?;
    for (r, account) in records {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let row = [
            r.id.to_string(),
            r.name.clone(),
            r.kind.clone(),
            opt(&r.organisation),
            opt(&r.stakeholder_group),
            opt(&r.country),
            opt(&r.region),
            opt(&r.languages),
            opt(&r.gender),
            r.status.clone(),
            opt(&r.joined_on),
            opt(&r.renewal_on),
            opt(&r.notes),
            account.clone(),
        ];
        writer.write_record(row.map(guard))?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// `member export`: the body's records as a CSV file, for staff (it holds notes and gender).
pub async fn export(ctx: &Ctx<'_>, _: MemberExport) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let mut tx = ctx.store.read().await?;
    let mut rows = Vec::new();
    for record in tx.all_member_records(body_id).await? {
        let account = match record.member_id {
            Some(id) => {
                tx.identities_of(id).await?.iter().map(|(p, u)| format!("{p}:{u}")).collect::<Vec<_>>().join(" ")
            }
            None => String::new(),
        };
        rows.push((record, account));
    }
    tx.commit().await?;
    let content = to_csv(&rows)?;
    let file = Attachment { name: format!("members-{short}.csv"), mime: "text/csv".to_owned(), content };
    Ok(Reply::private(Msg::new("member-export-ready").num("count", rows.len() as i64).code("body", &short))
        .with(Block::File(file)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_semicolons_and_quoted_newlines_are_read() {
        let text = "\u{FEFF}Name;Country;Notes\n\"Martin; Alice\";fr;\"two\nlines\"\nBob;KE;\n";
        let parsed = parse(text, 1, "2026-12-01").unwrap();
        assert!(parsed.bad.is_empty(), "{:?}", parsed.bad);
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.records[0].name, "Martin; Alice");
        assert_eq!(parsed.records[0].notes.as_deref(), Some("two\nlines"));
        assert_eq!(parsed.records[0].region.as_deref(), Some("europe"));
        assert_eq!(parsed.records[1].joined_on.as_deref(), Some("2026-12-01"));
    }

    #[test]
    fn each_bad_line_is_named_by_the_line_it_starts_on() {
        let text = "name,country,status\nA,FR,active\n\"B\nB\",XX,active\nC,FR\n,FR,active\nD,DE,sleeping\n";
        let parsed = parse(text, 1, "2026-12-01").unwrap();
        let lines: Vec<u64> = parsed.bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, [3, 5, 6, 7]);
        assert_eq!(parsed.records.len(), 1);
    }

    #[test]
    fn headers_are_checked() {
        assert_eq!(parse("name,colour\nA,red\n", 1, "x").unwrap_err().key, "err-member-import-header");
        assert_eq!(parse("country\nFR\n", 1, "x").unwrap_err().key, "err-member-import-no-name");
        assert_eq!(parse("name,Name\nA,B\n", 1, "x").unwrap_err().key, "err-member-import-header-twice");
        assert_eq!(parse("\u{FEFF}", 1, "x").unwrap_err().key, "err-member-import-empty");
        assert_eq!(parse("name\n", 1, "x").unwrap_err().key, "err-member-import-empty");
    }

    #[test]
    fn an_export_reads_back() {
        let record = MemberRecordRow {
            id: 4,
            name: "=O'Neil, \"Jo\"".into(),
            kind: "person".into(),
            country: Some("IE".into()),
            region: Some("europe".into()),
            status: "lapsed".into(),
            notes: Some("a\nb".into()),
            ..MemberRecordRow::default()
        };
        let text = to_csv(&[(record.clone(), "console:jo".into())]).unwrap();
        // A formula never reaches a spreadsheet as one.
        assert!(text.contains("\"'=O'Neil"), "{text}");
        let parsed = parse(&text, 0, "x").unwrap();
        assert!(parsed.bad.is_empty());
        assert_eq!(parsed.records[0], MemberRecordRow { id: 0, ..record });
    }
}
