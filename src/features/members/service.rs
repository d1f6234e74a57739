//! The directory's service: adding, changing and removing member records, their statuses and the
//! jobs that move them on (renewal due, lapsed), what each reader may see, and who counts as a
//! member (`counted_members`, `counted_record`), which attendance, polls and elections share.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use super::countries;
use super::model::*;
use super::render;
use crate::core::actor::Role;
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, UserError};
use crate::core::permissions;
use crate::core::registry::{DueJob, JobHandler};
use crate::core::reply::{Block, Choice, Msg, Reply};
use crate::features::bodies;
use crate::scheduler::envelope;
use crate::store::{self, AuditEntry, JobKind, MemberPolicyRow, MemberRecordRow, RecordFilter, Tx};

/// A record's status check falls due: its renewal reminder, or its lapse.
pub const STATUS_JOB: JobKind = JobKind("member-status");

pub const DEFAULT_GRACE_DAYS: i64 = 30;
pub const DEFAULT_NOTICE_DAYS: i64 = 30;

/// How many members a body counts for quorum, polls and elections: its records in good standing
/// (active, or renewal due), an organisation once (through its own record, not its people).
pub async fn counted_members(tx: &mut Tx, body_id: i64) -> anyhow::Result<i64> {
    tx.counted_member_count(body_id).await
}

/// The record an account counts for in a body, if it counts: its own record in good standing,
/// or the organisation in good standing whose voting representative it is. One record is one vote.
pub async fn counted_record(tx: &mut Tx, body_id: i64, member_id: i64) -> anyhow::Result<Option<i64>> {
    tx.counted_record_of_account(body_id, member_id).await
}

/// The accounts that count as members of a body, as `(member, name)` by name: those whose
/// [`counted_record`] is some record. Who may answer for the body, and who has not.
pub async fn counted_accounts(tx: &mut Tx, body_id: i64) -> anyhow::Result<Vec<(i64, String)>> {
    tx.counted_accounts(body_id).await
}

/// A body's policy, with the defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub grace_days: i64,
    pub notice_days: i64,
    pub public: Vec<Field>,
    stored: MemberPolicyRow,
}

pub(super) async fn policy(tx: &mut Tx, body_id: i64) -> anyhow::Result<Policy> {
    let stored = tx.member_policy(body_id).await?;
    Ok(Policy {
        grace_days: stored.grace_days.unwrap_or(DEFAULT_GRACE_DAYS),
        notice_days: stored.notice_days.unwrap_or(DEFAULT_NOTICE_DAYS),
        public: public_fields(stored.public_fields.as_deref()),
        stored,
    })
}

/// Who reads the directory: staff see everything; a member sees the public fields of records in
/// good standing, and their own record without its notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Staff,
    Member,
}

pub(super) fn viewer(ctx: &Ctx<'_>) -> Viewer {
    if permissions::require_here(ctx.actor, Role::Staff).is_ok() { Viewer::Staff } else { Viewer::Member }
}

pub(super) fn body_of(ctx: &Ctx<'_>) -> Result<(i64, String, String), UserError> {
    let body = ctx.actor.body.as_ref().ok_or(UserError::NoBodyHere)?;
    Ok((body.id, body.short.clone(), body.name.clone()))
}

fn not_found(id: i64) -> UserError {
    UserError::Refused(Msg::new("err-member-not-found").code("id", format!("#{id}")))
}

fn refused(msg: Msg) -> UserError {
    UserError::Refused(msg)
}

pub(super) fn status_of(record: &MemberRecordRow) -> Status {
    record.status.parse().unwrap_or(Status::Former)
}

fn date_of(text: &Option<String>) -> Option<NaiveDate> {
    text.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

fn midnight(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}

/// When a record's status is next checked: `notice_days` before its renewal date while active
/// (the reminder), `grace_days` after it while renewal is due (the lapse). Dates turn at
/// midnight UTC.
fn next_check(record: &MemberRecordRow, policy: &Policy) -> Option<DateTime<Utc>> {
    let renewal = date_of(&record.renewal_on)?;
    match status_of(record) {
        Status::Active => Some(midnight(renewal) - Duration::days(policy.notice_days)),
        Status::RenewalDue => Some(midnight(renewal) + Duration::days(policy.grace_days)),
        _ => None,
    }
}

/// Replaces a record's pending status check with the one its status and dates call for.
async fn reschedule(tx: &mut Tx, record: &MemberRecordRow, policy: &Policy, now: DateTime<Utc>) -> anyhow::Result<()> {
    tx.cancel_jobs_for(STATUS_JOB, record.id, store::millis(now)).await?;
    schedule_check(tx, record, policy, now).await
}

/// Schedules the status check a new record's status and dates call for, if any.
pub(super) async fn schedule_check(
    tx: &mut Tx,
    record: &MemberRecordRow,
    policy: &Policy,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    if let Some(at) = next_check(record, policy) {
        tx.schedule_job(STATUS_JOB, record.id, store::millis(at.max(now)), store::millis(now)).await?;
    }
    Ok(())
}

/// `schedule_check` for many records at once (an import).
pub(super) async fn schedule_checks(
    tx: &mut Tx,
    records: &[MemberRecordRow],
    policy: &Policy,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let due: Vec<(i64, i64)> = records
        .iter()
        .filter_map(|record| Some((record.id, store::millis(next_check(record, policy)?.max(now)))))
        .collect();
    tx.schedule_jobs(STATUS_JOB, &due, store::millis(now)).await
}

async fn audit(
    tx: &mut Tx,
    actor: Option<i64>,
    body_id: i64,
    action: &str,
    detail: String,
    now_ms: i64,
) -> anyhow::Result<()> {
    let entry = AuditEntry { actor_id: actor, body_id: Some(body_id), action: action.to_owned(), detail };
    tx.append_audit(&entry, now_ms).await?;
    Ok(())
}

/// A record of the room's body that the actor may see, or "not found" (a record hidden from
/// them does not exist for them).
async fn visible(tx: &mut Tx, ctx: &Ctx<'_>, body_id: i64, id: i64) -> CommandResult<MemberRecordRow> {
    let record = tx.member_record(body_id, id).await?.ok_or_else(|| not_found(id))?;
    let own = record.member_id == Some(ctx.actor.member_id);
    if viewer(ctx) == Viewer::Member && !own && !status_of(&record).counts() {
        return Err(not_found(id).into());
    }
    Ok(record)
}

/// `member list`: a page of the directory, by name.
pub async fn list(ctx: &Ctx<'_>, cmd: MemberList) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let viewer = viewer(ctx);
    let mut tx = ctx.store.read().await?;
    let policy = policy(&mut tx, body_id).await?;
    if viewer == Viewer::Member {
        // Filtering by a hidden field would tell what it holds.
        let asked = [
            (cmd.group.is_some(), Field::Group, "--group"),
            (cmd.region.is_some(), Field::Region, "--region"),
            (cmd.country.is_some(), Field::Country, "--country"),
            (cmd.status.is_some(), Field::Status, "--status"),
            (cmd.kind.is_some(), Field::Kind, "--kind"),
        ];
        if let Some((_, _, flag)) = asked.iter().find(|(given, field, _)| *given && !policy.public.contains(field)) {
            return Err(refused(Msg::new("err-member-filter-hidden").code("flag", *flag).code("body", &short)).into());
        }
    }
    let statuses = match (cmd.status, viewer) {
        (Some(status), Viewer::Member) if !status.counts() => Some(Vec::new()),
        (Some(status), _) => Some(vec![status.as_str().to_owned()]),
        (None, Viewer::Member) => {
            Some(vec![Status::Active.as_str().to_owned(), Status::RenewalDue.as_str().to_owned()])
        }
        (None, Viewer::Staff) => None,
    };
    let filter = RecordFilter {
        group: cmd.group.clone(),
        region: cmd.region.map(|r| r.as_str().to_owned()),
        country: cmd.country.clone(),
        statuses,
        kind: cmd.kind.map(|k| k.as_str().to_owned()),
    };
    let (records, total) = if filter.statuses.as_ref().is_some_and(|s| s.is_empty()) {
        (Vec::new(), 0)
    } else {
        tx.list_member_records(body_id, &filter, PAGE_SIZE, (cmd.page - 1) * PAGE_SIZE).await?
    };
    tx.commit().await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    if total == 0 {
        return Ok(Reply::private(Msg::new("member-list-empty").code("body", &short)));
    }
    if records.is_empty() {
        return Err(refused(Msg::new("err-member-page").num("page", cmd.page).num("pages", pages)).into());
    }
    let fields = shown_fields(viewer, &policy);
    let lines = records.iter().map(|r| render::line(r, &fields, own_view(ctx, r, viewer))).collect();
    let mut reply = Reply::private(
        Msg::new("member-list-title")
            .code("body", &short)
            .num("count", total)
            .num("page", cmd.page)
            .num("pages", pages),
    )
    .with(Block::List(lines));
    if cmd.page < pages {
        reply = reply.with(Block::Paragraph(Msg::new("member-list-next").code("command", next_page_line(&cmd))));
    }
    Ok(reply)
}

fn next_page_line(cmd: &MemberList) -> String {
    let mut line = "member list".to_owned();
    if let Some(g) = &cmd.group {
        line.push_str(&format!(" --group {}", crate::core::grammar::quote(g)));
    }
    if let Some(r) = cmd.region {
        line.push_str(&format!(" --region {}", r.as_str()));
    }
    if let Some(c) = &cmd.country {
        line.push_str(&format!(" --country {c}"));
    }
    if let Some(s) = cmd.status {
        line.push_str(&format!(" --status {}", s.as_str()));
    }
    if let Some(k) = cmd.kind {
        line.push_str(&format!(" --kind {}", k.as_str()));
    }
    format!("!{line} --page {}", cmd.page + 1)
}

/// The fields a reader sees in the directory.
fn shown_fields(viewer: Viewer, policy: &Policy) -> Vec<Field> {
    match viewer {
        Viewer::Staff => Field::ALL.to_vec(),
        Viewer::Member => policy.public.clone(),
    }
}

fn own_view(ctx: &Ctx<'_>, record: &MemberRecordRow, viewer: Viewer) -> bool {
    viewer == Viewer::Member && record.member_id == Some(ctx.actor.member_id)
}

/// `member show ID`.
pub async fn show(ctx: &Ctx<'_>, cmd: MemberShow) -> CommandResult<Reply> {
    let (body_id, _, _) = body_of(ctx)?;
    let viewer = viewer(ctx);
    let mut tx = ctx.store.read().await?;
    let record = visible(&mut tx, ctx, body_id, cmd.id).await?;
    let policy = policy(&mut tx, body_id).await?;
    let own = own_view(ctx, &record, viewer);
    let account = match record.member_id {
        Some(id) if viewer == Viewer::Staff || own => Some(tx.identities_of(id).await?),
        _ => None,
    };
    let represents = match record.represents_id {
        Some(org) => tx.member_record(body_id, org).await?,
        None => None,
    };
    let representatives =
        if record.kind == Kind::Organisation.as_str() { tx.representatives_of(record.id).await? } else { Vec::new() };
    tx.commit().await?;
    let detail = render::Detail {
        record: &record,
        fields: if own { Field::ALL.to_vec() } else { shown_fields(viewer, &policy) },
        staff: viewer == Viewer::Staff,
        own,
        account,
        represents: represents.as_ref(),
        representatives: &representatives,
    };
    Ok(render::show(&detail))
}

/// Applies the fields of `member add` or `member edit` to a record, resolving its account and the
/// organisation it represents; the checks that need the database.
async fn apply(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    record: &mut MemberRecordRow,
    fields: &Fields,
) -> CommandResult<Vec<&'static str>> {
    let mut changed = Vec::new();
    match &fields.account {
        Change::Keep => {}
        Change::Clear => {
            record.member_id = None;
            changed.push("account");
        }
        Change::Set(mention) => {
            let (member, _) = bodies::mentioned_member(tx, ctx, mention).await?;
            if let Some(other) = tx.member_record_of_account(record.body_id, member.id).await?
                && other.id != record.id
            {
                let msg =
                    Msg::new("err-member-account-taken").code("who", mention).code("id", format!("#{}", other.id));
                return Err(refused(msg).into());
            }
            if fields.name.is_none() && record.name.is_empty() {
                record.name = member.display_name.chars().take(MAX_NAME).collect();
            }
            record.member_id = Some(member.id);
            changed.push("account");
        }
    }
    if let Some(name) = &fields.name {
        record.name = name.clone();
        changed.push("name");
    }
    if let Some(kind) = fields.kind {
        record.kind = kind.as_str().to_owned();
        changed.push("kind");
    }
    let mut text = |value: &Change<String>, slot: &mut Option<String>, name: &'static str| match value {
        Change::Keep => {}
        Change::Clear => {
            *slot = None;
            changed.push(name);
        }
        Change::Set(v) => {
            *slot = Some(v.clone());
            changed.push(name);
        }
    };
    text(&fields.organisation, &mut record.organisation, "organisation");
    text(&fields.group, &mut record.stakeholder_group, "group");
    text(&fields.languages, &mut record.languages, "languages");
    text(&fields.gender, &mut record.gender, "gender");
    text(&fields.notes, &mut record.notes, "notes");
    match &fields.country {
        Change::Keep => {}
        Change::Clear => {
            (record.country, record.region) = (None, None);
            changed.push("country");
        }
        Change::Set((code, region)) => {
            record.country = Some(code.clone());
            record.region = region.map(|r| r.as_str().to_owned());
            changed.push("country");
        }
    }
    let mut date = |value: &Change<NaiveDate>, slot: &mut Option<String>, name: &'static str| match value {
        Change::Keep => {}
        Change::Clear => {
            *slot = None;
            changed.push(name);
        }
        Change::Set(d) => {
            *slot = Some(d.format("%Y-%m-%d").to_string());
            changed.push(name);
        }
    };
    date(&fields.joined, &mut record.joined_on, "joined");
    date(&fields.renewal, &mut record.renewal_on, "renewal");
    match fields.represents {
        Change::Keep => {}
        Change::Clear => {
            record.represents_id = None;
            record.is_voting_rep = false;
            changed.push("represents");
        }
        Change::Set(org_id) => {
            let org = tx.member_record(record.body_id, org_id).await?.ok_or_else(|| not_found(org_id))?;
            if org.kind != Kind::Organisation.as_str() || org.id == record.id {
                return Err(refused(Msg::new("err-member-not-organisation").code("id", format!("#{org_id}"))).into());
            }
            record.represents_id = Some(org.id);
            changed.push("represents");
        }
    }
    if fields.voting {
        record.is_voting_rep = true;
        changed.push("voting");
    }
    // What a record may be, whatever was changed.
    if record.kind == Kind::Organisation.as_str() {
        if record.member_id.is_some() {
            return Err(refused(Msg::new("err-member-organisation-account")).into());
        }
        if record.represents_id.is_some() {
            return Err(refused(Msg::new("err-member-not-organisation").code("id", format!("#{}", record.id))).into());
        }
    }
    if record.represents_id.is_some() && record.member_id.is_none() {
        return Err(refused(Msg::new("err-member-representative-account")).into());
    }
    if record.is_voting_rep && record.represents_id.is_none() {
        return Err(refused(Msg::new("err-member-voting-alone")).into());
    }
    Ok(changed)
}

/// `member add "NAME"|@USER [fields]`.
pub async fn add(ctx: &Ctx<'_>, cmd: MemberAdd) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let policy = policy(&mut tx, body_id).await?;
    let status = cmd.fields.status.unwrap_or(Status::Active);
    let mut record = MemberRecordRow {
        body_id,
        kind: Kind::Person.as_str().to_owned(),
        status: status.as_str().to_owned(),
        joined_on: (status == Status::Active).then(|| now.date_naive().format("%Y-%m-%d").to_string()),
        ..MemberRecordRow::default()
    };
    apply(&mut tx, ctx, &mut record, &cmd.fields).await?;
    if record.is_voting_rep
        && let Some(org) = record.represents_id
    {
        tx.clear_voting_rep(org, ctx.now_ms()).await?;
    }
    record.id = tx.insert_member_record(&record, ctx.now_ms()).await?;
    reschedule(&mut tx, &record, &policy, now).await?;
    // Names stay out of the append-only log, so that a member who asks to be forgotten is.
    let detail = format!("#{} ({})", record.id, record.status);
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.add", detail, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::public(
        Msg::new("member-added")
            .num("id", record.id)
            .text("name", &record.name)
            .code("body", &short)
            .phrase("status", render::status(status)),
    ))
}

/// `member edit ID [fields]`: staff change anything; a member changes the languages and gender
/// of their own record.
pub async fn edit(ctx: &Ctx<'_>, cmd: MemberEdit) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let staff = viewer(ctx) == Viewer::Staff;
    let forbidden = || UserError::Forbidden { needed: Role::Staff, body: Some(short.clone()) };
    if !staff && !cmd.fields.only_self_declared() {
        return Err(forbidden().into());
    }
    let mut record = visible(&mut tx, ctx, body_id, cmd.id).await?;
    let own = record.member_id == Some(ctx.actor.member_id);
    if !staff && !own {
        return Err(forbidden().into());
    }
    let policy = policy(&mut tx, body_id).await?;
    let before = status_of(&record);
    let mut changed = apply(&mut tx, ctx, &mut record, &cmd.fields).await?;
    if let Some(to) = cmd.fields.status
        && to != before
    {
        if !before.may_become(to) {
            let msg = Msg::new("err-member-status-change")
                .num("id", record.id)
                .phrase("from", render::status(before))
                .phrase("to", render::status(to));
            return Err(refused(msg).into());
        }
        record.status = to.as_str().to_owned();
        record.status_reason = None;
        if to == Status::Active && record.joined_on.is_none() {
            record.joined_on = Some(now.date_naive().format("%Y-%m-%d").to_string());
        }
        changed.push("status");
        let detail = format!("#{} {} → {}", record.id, before.as_str(), to.as_str());
        audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.status", detail, ctx.now_ms()).await?;
    }
    // A renewal date moved out of the notice period makes a membership whose renewal was due
    // active again (a correction; `member renew` is the usual way).
    if !cmd.fields.renewal.is_keep()
        && status_of(&record) == Status::RenewalDue
        && cmd.fields.status.is_none()
        && next_check(&MemberRecordRow { status: Status::Active.as_str().to_owned(), ..record.clone() }, &policy)
            .is_some_and(|at| at > now)
    {
        record.status = Status::Active.as_str().to_owned();
        changed.push("status");
        let detail = format!("#{} renewal-due → active", record.id);
        audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.status", detail, ctx.now_ms()).await?;
    }
    if record.is_voting_rep
        && cmd.fields.voting
        && let Some(org) = record.represents_id
    {
        tx.clear_voting_rep(org, ctx.now_ms()).await?;
    }
    tx.update_member_record(&record, ctx.now_ms()).await?;
    reschedule(&mut tx, &record, &policy, now).await?;
    changed.dedup();
    let detail = format!("#{} {}", record.id, changed.join(","));
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.edit", detail, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::private(Msg::new("member-updated").num("id", record.id).text("name", &record.name)))
}

/// Loads a record for a staff action on its status.
async fn for_staff(tx: &mut Tx, body_id: i64, id: i64) -> CommandResult<MemberRecordRow> {
    Ok(tx.member_record(body_id, id).await?.ok_or_else(|| not_found(id))?)
}

/// `member suspend ID "REASON"`.
pub async fn suspend(ctx: &Ctx<'_>, cmd: MemberSuspend) -> CommandResult<Reply> {
    let (body_id, _, _) = body_of(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let mut record = for_staff(&mut tx, body_id, cmd.id).await?;
    let before = status_of(&record);
    if matches!(before, Status::Suspended | Status::Former) {
        let msg = Msg::new("err-member-cannot-suspend").num("id", record.id).phrase("status", render::status(before));
        return Err(refused(msg).into());
    }
    let policy = policy(&mut tx, body_id).await?;
    record.status = Status::Suspended.as_str().to_owned();
    record.status_reason = Some(cmd.reason.clone());
    tx.update_member_record(&record, ctx.now_ms()).await?;
    reschedule(&mut tx, &record, &policy, now).await?;
    let detail = format!("#{} {} → suspended", record.id, before.as_str());
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.suspend", detail, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::private(
        Msg::new("member-suspended").num("id", record.id).text("name", &record.name).text("reason", &cmd.reason),
    ))
}

/// `member reinstate ID`: a suspended member is active again; their renewal date then decides
/// at once whether renewal is due or the membership has lapsed.
pub async fn reinstate(ctx: &Ctx<'_>, cmd: MemberReinstate) -> CommandResult<Reply> {
    let (body_id, _, _) = body_of(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let mut record = for_staff(&mut tx, body_id, cmd.id).await?;
    if status_of(&record) != Status::Suspended {
        let msg = Msg::new("err-member-not-suspended")
            .num("id", record.id)
            .phrase("status", render::status(status_of(&record)));
        return Err(refused(msg).into());
    }
    let policy = policy(&mut tx, body_id).await?;
    record.status = Status::Active.as_str().to_owned();
    record.status_reason = None;
    tx.update_member_record(&record, ctx.now_ms()).await?;
    reschedule(&mut tx, &record, &policy, now).await?;
    audit(
        &mut tx,
        Some(ctx.actor.member_id),
        body_id,
        "member.reinstate",
        format!("#{} suspended → active", record.id),
        ctx.now_ms(),
    )
    .await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::private(Msg::new("member-reinstated").num("id", record.id).text("name", &record.name)))
}

/// One year after `date` (29 February gives 28 February).
fn a_year_after(date: NaiveDate) -> NaiveDate {
    date.with_year(date.year() + 1).or_else(|| (date - Duration::days(1)).with_year(date.year() + 1)).unwrap_or(date)
}

/// `member renew ID [--until DATE]`: an active, due or lapsed membership runs until DATE, or a
/// year after its renewal date (a year from today if that is already past).
pub async fn renew(ctx: &Ctx<'_>, cmd: MemberRenew) -> CommandResult<Reply> {
    let (body_id, _, _) = body_of(ctx)?;
    let now = ctx.clock.now();
    let today = now.date_naive();
    let mut tx = ctx.store.begin().await?;
    let mut record = for_staff(&mut tx, body_id, cmd.id).await?;
    let before = status_of(&record);
    if !matches!(before, Status::Active | Status::RenewalDue | Status::Lapsed) {
        let msg = Msg::new("err-member-cannot-renew").num("id", record.id).phrase("status", render::status(before));
        return Err(refused(msg).into());
    }
    let until = match cmd.until {
        Some(until) if until <= today => {
            return Err(refused(Msg::new("err-member-renew-past").code("date", until.to_string())).into());
        }
        Some(until) => until,
        None => {
            let next = a_year_after(date_of(&record.renewal_on).unwrap_or(today));
            if next <= today { a_year_after(today) } else { next }
        }
    };
    let policy = policy(&mut tx, body_id).await?;
    record.status = Status::Active.as_str().to_owned();
    record.renewal_on = Some(until.format("%Y-%m-%d").to_string());
    tx.update_member_record(&record, ctx.now_ms()).await?;
    reschedule(&mut tx, &record, &policy, now).await?;
    let detail = format!("#{} {} → active until {until}", record.id, before.as_str());
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.renew", detail, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::private(
        Msg::new("member-renewed").num("id", record.id).text("name", &record.name).code("date", until.to_string()),
    ))
}

/// `member remove ID [--yes]`: a record cannot be brought back, so without `--yes` nothing is
/// written and the reply offers the confirmed command.
pub async fn remove(ctx: &Ctx<'_>, cmd: MemberRemove) -> CommandResult<Reply> {
    let (body_id, _, _) = body_of(ctx)?;
    let mut tx = ctx.store.begin().await?;
    let record = for_staff(&mut tx, body_id, cmd.id).await?;
    if !cmd.confirmed {
        tx.rollback().await?;
        let choice = Choice {
            command: format!("member remove #{} --yes", record.id),
            label: Msg::new("member-confirm-remove"),
            emoji: None,
        };
        return Ok(Reply::private(Msg::new("member-remove-confirm").num("id", record.id).text("name", &record.name))
            .with(Block::Choices(vec![choice])));
    }
    tx.cancel_jobs_for(STATUS_JOB, record.id, ctx.now_ms()).await?;
    tx.delete_member_record(record.id, ctx.now_ms()).await?;
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.remove", format!("#{}", record.id), ctx.now_ms())
        .await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::private(Msg::new("member-removed").num("id", record.id).text("name", &record.name)))
}

/// `member public [FIELD…|none]`: anyone sees which fields members see; staff set them.
pub async fn public(ctx: &Ctx<'_>, cmd: MemberPublic) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let mut tx = ctx.store.begin().await?;
    let mut current = policy(&mut tx, body_id).await?;
    let Some(fields) = cmd.fields else {
        tx.rollback().await?;
        permissions::require_here(ctx.actor, Role::Member)?;
        return Ok(Reply::private(render::public_fields("member-public-current", &short, &current.public)));
    };
    permissions::require_here(ctx.actor, Role::Staff)?;
    current.stored.public_fields = Some(fields_label(&fields).replace(' ', ""));
    tx.set_member_policy(body_id, &current.stored).await?;
    let detail = fields_label(&fields);
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.public", detail, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(Reply::public(render::public_fields("member-public-set", &short, &fields)))
}

/// `member policy [--grace DAYS] [--notice DAYS]`: anyone sees it; staff set it, and every
/// pending status check of the body is moved to the new dates.
pub async fn set_policy(ctx: &Ctx<'_>, cmd: MemberPolicy) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let now = ctx.clock.now();
    let mut tx = ctx.store.begin().await?;
    let mut current = policy(&mut tx, body_id).await?;
    if cmd.grace_days.is_none() && cmd.notice_days.is_none() {
        tx.rollback().await?;
        permissions::require_here(ctx.actor, Role::Member)?;
        return Ok(Reply::private(render::policy("member-policy-current", &short, &current)));
    }
    permissions::require_here(ctx.actor, Role::Staff)?;
    if let Some(grace) = cmd.grace_days {
        current.stored.grace_days = Some(grace);
        current.grace_days = grace;
    }
    if let Some(notice) = cmd.notice_days {
        current.stored.notice_days = Some(notice);
        current.notice_days = notice;
    }
    tx.set_member_policy(body_id, &current.stored).await?;
    for record in tx.member_records_awaiting_renewal(body_id).await? {
        reschedule(&mut tx, &record, &current, now).await?;
    }
    let detail = format!("grace {} notice {}", current.grace_days, current.notice_days);
    audit(&mut tx, Some(ctx.actor.member_id), body_id, "member.policy", detail, ctx.now_ms()).await?;
    tx.commit().await?;
    ctx.jobs_changed();
    Ok(Reply::public(render::policy("member-policy-set", &short, &current)))
}

/// Records of the room's body the actor may see whose number starts like what they typed.
pub async fn complete_ids(ctx: &Ctx<'_>, typed: &str, limit: usize) -> anyhow::Result<Vec<(String, String)>> {
    let Ok((body_id, _, _)) = body_of(ctx) else { return Ok(Vec::new()) };
    let statuses = match viewer(ctx) {
        Viewer::Staff => None,
        Viewer::Member => Some(vec![Status::Active.as_str().to_owned(), Status::RenewalDue.as_str().to_owned()]),
    };
    let filter = RecordFilter { statuses, ..RecordFilter::default() };
    let mut tx = ctx.store.read().await?;
    let (records, _) = tx.list_member_records(body_id, &filter, 500, 0).await?;
    tx.commit().await?;
    Ok(crate::core::command::id_choices(records.iter().map(|r| (r.id, r.name.as_str())), typed, limit))
}

/// Moves records on as their renewal dates pass: renewal due `notice_days` before the date (the
/// member is reminded), lapsed `grace_days` after it (the member is told).
pub struct FireStatusCheck;

#[async_trait::async_trait]
impl JobHandler for FireStatusCheck {
    fn kind(&self) -> &'static str {
        STATUS_JOB.as_str()
    }

    async fn fire(&self, job: DueJob<'_>) -> anyhow::Result<()> {
        let tx = job.tx;
        let Some(mut record) = tx.member_record_by_id(job.job.ref_id).await? else { return Ok(()) };
        let policy = policy(tx, record.body_id).await?;
        let now_ms = store::millis(job.now);
        let before = status_of(&record);
        let mut after = before;
        while let Some(at) =
            next_check(&MemberRecordRow { status: after.as_str().to_owned(), ..record.clone() }, &policy)
            && at <= job.now
        {
            after = match after {
                Status::Active => Status::RenewalDue,
                _ => Status::Lapsed,
            };
        }
        if after == before {
            // Not due yet (the policy changed since): check again when it is.
            if let Some(at) = next_check(&record, &policy) {
                tx.schedule_job(STATUS_JOB, record.id, store::millis(at), now_ms).await?;
            }
            return Ok(());
        }
        record.status = after.as_str().to_owned();
        tx.update_member_record(&record, now_ms).await?;
        let detail = format!("#{} {} → {}", record.id, before.as_str(), after.as_str());
        audit(tx, None, record.body_id, "member.status", detail, now_ms).await?;
        if let Some(at) = next_check(&record, &policy) {
            tx.schedule_job(STATUS_JOB, record.id, store::millis(at.max(job.now)), now_ms).await?;
        }
        let Some(member_id) = record.member_id else { return Ok(()) };
        let language = tx.body_language(record.body_id).await?.unwrap_or_else(|| job.config.default_language.clone());
        let Some(line) = super::private_line(tx, member_id, None, &language, job.config.default_timezone).await? else {
            return Ok(());
        };
        let body = tx.body_short_of(record.body_id).await?.unwrap_or_default();
        let renewal = record.renewal_on.clone().unwrap_or_default();
        let msg = match after {
            Status::RenewalDue => Msg::new("member-renewal-reminder")
                .text("name", &record.name)
                .code("body", &body)
                .code("date", &renewal)
                .num("days", policy.grace_days),
            _ => Msg::new("member-lapsed-notice").text("name", &record.name).code("body", &body).code("date", &renewal),
        };
        let outgoing = line.outgoing(Reply::public(msg));
        let key = format!("member-status:{}:{}:{renewal}", record.id, after.as_str());
        tx.enqueue(&envelope(&outgoing, &key)?, now_ms, now_ms).await?;
        Ok(())
    }
}

/// The record of an applicant the committee approved, in the approval's transaction: their
/// record in the body becomes active (made from their answers when they have none), joined today.
pub async fn admit(
    tx: &mut Tx,
    body_id: i64,
    member_id: i64,
    answers: Admission<'_>,
    by: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let policy = policy(tx, body_id).await?;
    let today = now.date_naive().format("%Y-%m-%d").to_string();
    let found = countries::lookup(answers.country.unwrap_or(""));
    let mut record = match tx.member_record_of_account(body_id, member_id).await? {
        Some(record) => record,
        None => MemberRecordRow {
            body_id,
            member_id: Some(member_id),
            name: answers.name.to_owned(),
            kind: Kind::Person.as_str().to_owned(),
            ..MemberRecordRow::default()
        },
    };
    record.status = Status::Active.as_str().to_owned();
    record.status_reason = None;
    record.joined_on = record.joined_on.or(Some(today));
    record.organisation = record.organisation.or(answers.organisation.map(str::to_owned));
    if record.country.is_none()
        && let Some((code, region)) = found
    {
        record.country = Some(code.to_owned());
        record.region = region.map(|r| r.as_str().to_owned());
    }
    let ms = store::millis(now);
    if record.id == 0 {
        record.id = tx.insert_member_record(&record, ms).await?;
    } else {
        tx.update_member_record(&record, ms).await?;
    }
    reschedule(tx, &record, &policy, now).await?;
    audit(tx, Some(by), body_id, "member.admit", format!("#{}", record.id), ms).await?;
    Ok(record.id)
}

/// What an approved application says about the person, for their record.
#[derive(Debug, Clone, Copy)]
pub struct Admission<'a> {
    pub name: &'a str,
    /// `None` for "no organisation".
    pub organisation: Option<&'a str>,
    /// An ISO 3166-1 alpha-2 code.
    pub country: Option<&'a str>,
}

/// The country a code names, in capitals, if it is an ISO 3166-1 alpha-2 code.
pub fn country_code(typed: &str) -> Option<&'static str> {
    countries::lookup(typed.trim()).map(|(code, _)| code)
}
