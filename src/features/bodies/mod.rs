//! Bodies and roles: `!body create|link|reminder-interval`, `!role grant|revoke`. Every change is
//! audited.

use chrono::Duration;

use crate::core::actor::{Actor, Platform, Role, mentioned_user_id};
use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError, UserError};
use crate::core::grammar::{Args, check_code, check_name, duration_label, is_mention, parse_duration};
use crate::core::permissions;
use crate::core::registry::Registry;
use crate::core::reply::{Mention, Msg, Reply};
use crate::i18n::{self, LANGUAGES};
use crate::store::{AuditEntry, BodyRow, MemberRow, Tx};

pub const MAX_BODY_NAME: usize = 100;
pub const MAX_SHORT: usize = 16;

/// How often, at most, one member's reminders may post in a room of a body that did not say.
pub const DEFAULT_REMINDER_INTERVAL: Duration = Duration::minutes(15);
/// The bounds of the interval a body may set: a minute is as often as a schedule fires; a week
/// is as seldom as a body may hold its members' reminders to.
const MIN_REMINDER_INTERVAL: Duration = Duration::minutes(1);
const MAX_REMINDER_INTERVAL: Duration = Duration::days(7);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyCreate {
    pub name: String,
    pub short: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLink {
    pub short: String,
}

/// `body reminder-interval SHORT [DURATION]`: without a duration, shows the body's interval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetReminderInterval {
    pub short: String,
    pub interval: Option<Duration>,
}

/// `body lang SHORT [LANGUAGE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLanguage {
    pub short: String,
    /// `None` shows the body's language.
    pub lang: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleChange {
    pub user: String,
    pub role: Role,
    /// The body's short name; `None`: the room's body.
    pub body: Option<String>,
}

/// `role grant`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleGrant(pub RoleChange);

/// `role revoke`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRevoke(pub RoleChange);

crate::runs! {
    BodyCreate => create,
    BodyLink => link,
    SetReminderInterval => reminder_interval,
    BodyLanguage => language,
    RoleGrant => grant,
    RoleRevoke => revoke,
}

/// What bodies plug into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}

const ROLE_NAMES: &[&str] = &["admin", "staff", "exec", "member", "applicant", "guest"];

pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "body create",
        aliases: &[],
        category: Category("category-bodies"),
        role: Some(Role::Admin),
        scope: Scope::Global,
        usage: "body create \"NAME\" SHORT",
        params: &[
            Param { name: "name", kind: ParamKind::Text { max: MAX_BODY_NAME }, required: true, shown: None },
            Param { name: "short", kind: ParamKind::Word, required: true, shown: None },
        ],
        flags: &[],
        examples: &["body create \"Business Constituency\" BC", "body create \"BC Executive Committee\" BC-exec"],
        complete: None,
        parse: parse_create,
    },
    CommandSpec {
        name: "body link",
        aliases: &[],
        category: Category("category-bodies"),
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "body link SHORT",
        params: &[Param { name: "short", kind: ParamKind::Word, required: true, shown: None }],
        flags: &[],
        examples: &["body link BC"],
        complete: None,
        parse: parse_link,
    },
    CommandSpec {
        name: "body reminder-interval",
        aliases: &[],
        category: Category("category-bodies"),
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "body reminder-interval SHORT [DURATION]",
        params: &[
            Param { name: "short", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "interval", kind: ParamKind::Word, required: false, shown: Some("DURATION") },
        ],
        flags: &[],
        examples: &["body reminder-interval BC 1h", "body reminder-interval BC"],
        complete: None,
        parse: parse_reminder_interval,
    },
    CommandSpec {
        name: "body lang",
        aliases: &["body language"],
        category: Category("category-bodies"),
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "body lang SHORT [ar|en|es|fr|ru|zh]",
        params: &[
            Param { name: "short", kind: ParamKind::Word, required: true, shown: None },
            Param { name: "language", kind: ParamKind::Language, required: false, shown: None },
        ],
        flags: &[],
        examples: &["body lang BC fr", "body lang BC"],
        complete: None,
        parse: parse_language,
    },
    CommandSpec {
        name: "role grant",
        aliases: &[],
        category: Category("category-bodies"),
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "role grant @USER ROLE [BODY]",
        params: &[
            Param { name: "user", kind: ParamKind::User, required: true, shown: None },
            Param { name: "role", kind: ParamKind::Choice(ROLE_NAMES), required: true, shown: None },
            Param { name: "body", kind: ParamKind::Word, required: false, shown: None },
        ],
        flags: &[],
        examples: &["role grant @alice staff BC", "role grant @bob member"],
        complete: None,
        parse: |args| Ok(Box::new(RoleGrant(parse_role_change(args)?))),
    },
    CommandSpec {
        name: "role revoke",
        aliases: &[],
        category: Category("category-bodies"),
        role: Some(Role::Staff),
        scope: Scope::Named,
        usage: "role revoke @USER ROLE [BODY]",
        params: &[
            Param { name: "user", kind: ParamKind::User, required: true, shown: None },
            Param { name: "role", kind: ParamKind::Choice(ROLE_NAMES), required: true, shown: None },
            Param { name: "body", kind: ParamKind::Word, required: false, shown: None },
        ],
        flags: &[],
        examples: &["role revoke @bob exec BC"],
        complete: None,
        parse: |args| Ok(Box::new(RoleRevoke(parse_role_change(args)?))),
    },
];

/// `body create "NAME" SHORT`.
fn parse_create(args: &mut Args) -> Result<Command, ParseError> {
    let name = check_name("name", &args.word("name")?, MAX_BODY_NAME)?;
    let short = check_code("short", &args.word("short")?, MAX_SHORT)?;
    Ok(Box::new(BodyCreate { name, short }))
}

/// `body link SHORT`.
fn parse_link(args: &mut Args) -> Result<Command, ParseError> {
    let short = check_code("short", &args.word("short")?, MAX_SHORT)?;
    Ok(Box::new(BodyLink { short }))
}

/// `body reminder-interval SHORT [DURATION]`: whole minutes, from a minute to a week.
fn parse_reminder_interval(args: &mut Args) -> Result<Command, ParseError> {
    let short = check_code("short", &args.word("short")?, MAX_SHORT)?;
    let interval = match args.next_token() {
        None => None,
        Some(token) => {
            let span = parse_duration(&token.text)?;
            let whole_minutes = span.num_seconds() % 60 == 0;
            if !whole_minutes || span < MIN_REMINDER_INTERVAL || span > MAX_REMINDER_INTERVAL {
                return Err(ParseError::BadChoice {
                    name: "interval",
                    value: token.text,
                    allowed: format!(
                        "{} to {}",
                        duration_label(MIN_REMINDER_INTERVAL),
                        duration_label(MAX_REMINDER_INTERVAL)
                    ),
                });
            }
            Some(span)
        }
    };
    Ok(Box::new(SetReminderInterval { short, interval }))
}

/// `body lang SHORT [LANGUAGE]`.
fn parse_language(args: &mut Args) -> Result<Command, ParseError> {
    let short = check_code("short", &args.word("short")?, MAX_SHORT)?;
    let lang = match args.next_token() {
        None => None,
        Some(token) => Some(i18n::supported(&token.text).ok_or_else(|| ParseError::BadChoice {
            name: "language",
            value: token.text.clone(),
            allowed: LANGUAGES.join(", "),
        })?),
    };
    Ok(Box::new(BodyLanguage { short, lang }))
}

/// `role grant|revoke @USER ROLE [BODY]`.
fn parse_role_change(args: &mut Args) -> Result<RoleChange, ParseError> {
    let user = args.word("user")?;
    if !is_mention(&user) {
        return Err(ParseError::BadChoice { name: "user", value: user, allowed: "@name".into() });
    }
    let role_word = args.word("role")?;
    let role = role_word.parse().map_err(|_| ParseError::BadChoice {
        name: "role",
        value: role_word.clone(),
        allowed: ROLE_NAMES.join(", "),
    })?;
    let body = args.next_token().map(|t| check_code("body", &t.text, MAX_SHORT)).transpose()?;
    Ok(RoleChange { user, role, body })
}

pub async fn create(ctx: &Ctx<'_>, cmd: BodyCreate) -> CommandResult<Reply> {
    let now = ctx.now_ms();
    let mut tx = ctx.store.begin().await?;
    let Some(body) = tx.create_body(&cmd.name, &cmd.short, now).await? else {
        return Err(UserError::Refused(Msg::new("body-exists").code("short", &cmd.short)).into());
    };
    audit(&mut tx, ctx, Some(body.id), "body.create", format!("{} ({})", body.name, body.short)).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("body-created").text("name", &body.name).code("short", &body.short)))
}

/// The body a command names, or the room's body.
pub(crate) async fn target_body(tx: &mut Tx, actor: &Actor, short: Option<&str>) -> CommandResult<BodyRow> {
    match short {
        Some(short) => Ok(tx
            .body_by_short(short)
            .await?
            .ok_or_else(|| UserError::NotFound { kind: "body", id: short.to_owned() })?),
        None => match &actor.body {
            Some(b) => Ok(BodyRow { id: b.id, name: b.name.clone(), short: b.short.clone() }),
            None => Err(UserError::NoBodyHere.into()),
        },
    }
}

pub(crate) async fn require_in(tx: &mut Tx, actor: &Actor, body: &BodyRow, needed: Role) -> CommandResult<()> {
    let mut roles = permissions::parse_roles(&tx.roles_in(body.id, actor.member_id).await?);
    if actor.body.as_ref().is_some_and(|here| here.id == body.id) {
        // In a room of the body, the actor's roles also hold the one their platform gives them
        // there (a Discord role, a Matrix power level).
        roles.extend(actor.roles.iter().copied());
    }
    Ok(permissions::require(actor, &roles, needed, Some(&body.short))?)
}

/// Records a staff action of `ctx`'s actor in the audit log, in the action's transaction.
pub(crate) async fn audit(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    body_id: Option<i64>,
    action: &str,
    detail: String,
) -> CommandResult<()> {
    let entry = AuditEntry { actor_id: Some(ctx.actor.member_id), body_id, action: action.to_owned(), detail };
    tx.append_audit(&entry, ctx.now_ms()).await?;
    Ok(())
}

/// `body link SHORT`: staff of the body link the room to it. A room linked to another body
/// changes body only if they are staff of that one too (or an admin); both bodies' audit trails
/// record the move.
pub async fn link(ctx: &Ctx<'_>, cmd: BodyLink) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    if ctx.actor.room.is_direct {
        return Err(UserError::Refused(Msg::new("body-link-direct")).into());
    }
    let room = format!("{}:{}", ctx.actor.room.platform, ctx.actor.room.room_id);
    let previous = tx.lock_room_body(ctx.actor.room_key).await?;
    let reply = match &previous {
        Some(previous) if previous.id == body.id => {
            tx.rollback().await?;
            return Ok(Reply::public(
                Msg::new("body-link-already").text("name", &body.name).code("short", &body.short),
            ));
        }
        Some(previous) => {
            let roles = permissions::parse_roles(&tx.roles_in(previous.id, ctx.actor.member_id).await?);
            if permissions::require(ctx.actor, &roles, Role::Staff, Some(&previous.short)).is_err() {
                let msg = Msg::new("body-link-taken").text("name", &previous.name).code("short", &previous.short);
                return Err(UserError::Refused(msg).into());
            }
            audit(&mut tx, ctx, Some(previous.id), "body.unlink", format!("{room} to {}", body.short)).await?;
            Msg::new("body-relinked")
                .text("name", &body.name)
                .code("short", &body.short)
                .text("previous_name", &previous.name)
                .code("previous_short", &previous.short)
        }
        None => Msg::new("body-linked").text("name", &body.name).code("short", &body.short),
    };
    tx.link_room(ctx.actor.room_key, body.id).await?;
    let detail = match &previous {
        Some(previous) => format!("{room} from {}", previous.short),
        None => room,
    };
    audit(&mut tx, ctx, Some(body.id), "body.link", detail).await?;
    tx.commit().await?;
    Ok(Reply::public(reply))
}

/// How often, at most, one member's reminders may post in a room of the body.
pub async fn reminder_interval_of(tx: &mut Tx, body_id: i64) -> anyhow::Result<Duration> {
    Ok(tx.body_reminder_interval(body_id).await?.map(Duration::minutes).unwrap_or(DEFAULT_REMINDER_INTERVAL))
}

/// `body reminder-interval SHORT [DURATION]`: anyone may see a body's interval; its staff (or an
/// admin) set it.
pub async fn reminder_interval(ctx: &Ctx<'_>, cmd: SetReminderInterval) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    let Some(interval) = cmd.interval else {
        let stored = tx.body_reminder_interval(body.id).await?;
        tx.rollback().await?;
        let key = if stored.is_some() { "body-reminder-interval" } else { "body-reminder-interval-default" };
        let interval = stored.map(Duration::minutes).unwrap_or(DEFAULT_REMINDER_INTERVAL);
        return Ok(Reply::public(
            Msg::new(key)
                .text("name", &body.name)
                .code("short", &body.short)
                .code("interval", duration_label(interval)),
        ));
    };
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    tx.set_body_reminder_interval(body.id, interval.num_minutes()).await?;
    let label = duration_label(interval);
    audit(&mut tx, ctx, Some(body.id), "body.reminder-interval", label.clone()).await?;
    tx.commit().await?;
    Ok(Reply::public(
        Msg::new("body-reminder-interval-set")
            .text("name", &body.name)
            .code("short", &body.short)
            .code("interval", label),
    ))
}

/// Shows, or sets for its staff, the language a body's rooms are written to.
pub async fn language(ctx: &Ctx<'_>, cmd: BodyLanguage) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, Some(&cmd.short)).await?;
    let Some(lang) = cmd.lang else {
        let lang = tx.body_language(body.id).await?.unwrap_or_else(|| ctx.config.default_language.clone());
        tx.commit().await?;
        return Ok(Reply::public(
            Msg::new("body-lang-current")
                .code("body", &body.short)
                .code("lang", lang)
                .code("choices", LANGUAGES.join(", ")),
        ));
    };
    require_in(&mut tx, ctx.actor, &body, Role::Staff).await?;
    tx.set_body_language(body.id, lang).await?;
    audit(&mut tx, ctx, Some(body.id), "body.lang", lang.to_owned()).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("body-lang-set").code("body", &body.short).code("lang", lang)))
}

/// The member a mention names, created on first mention so roles can be granted ahead of time.
pub async fn mentioned_member(tx: &mut Tx, ctx: &Ctx<'_>, mention: &str) -> CommandResult<(MemberRow, Mention)> {
    let platform = ctx.actor.user.platform;
    let user_id = mentioned_user_id(platform, mention).ok_or_else(|| ParseError::BadChoice {
        name: "user",
        value: mention.to_owned(),
        allowed: "@name".into(),
    })?;
    let member = match tx.find_identity(platform.as_str(), &user_id).await? {
        Some(m) => m,
        None => {
            let display = user_id.trim_start_matches('@').to_owned();
            tx.member_for_identity(platform.as_str(), &user_id, &display, ctx.now_ms()).await?
        }
    };
    let identities = tx.identities_of(member.id).await?;
    let mention = Mention { display_name: member.display_name.clone(), identities };
    Ok((member, mention))
}

/// The member a mention names, if Quorum knows them (they wrote to it, or were given a role).
/// Otherwise the refusal names the closest of the people of the room's body (of the actor's
/// bodies where the room has none), when one is close enough to be a typo.
pub async fn known_member(tx: &mut Tx, ctx: &Ctx<'_>, mention: &str) -> CommandResult<(MemberRow, Mention)> {
    let platform = ctx.actor.user.platform;
    let user_id = mentioned_user_id(platform, mention).ok_or_else(|| ParseError::BadChoice {
        name: "user",
        value: mention.to_owned(),
        allowed: "@name".into(),
    })?;
    if let Some(member) = tx.find_identity(platform.as_str(), &user_id).await? {
        let identities = tx.identities_of(member.id).await?;
        let mention = Mention { display_name: member.display_name.clone(), identities };
        return Ok((member, mention));
    }
    // A Discord mention is an ID the client picked, never a typed name: nothing to compare.
    let closest = if platform == Platform::Discord {
        None
    } else {
        let body_id = ctx.actor.body.as_ref().map(|b| b.id);
        let people = tx.people_of_bodies(platform.as_str(), body_id, ctx.actor.member_id).await?;
        closest_person(&user_id, &people).cloned()
    };
    let msg = match closest {
        Some(member) => {
            let identities = tx.identities_of(member.id).await?;
            Msg::new("err-unknown-person-suggest")
                .code("who", mention)
                .mention("suggestion", Mention { display_name: member.display_name.clone(), identities })
        }
        None => Msg::new("err-unknown-person").code("who", mention),
    };
    Err(UserError::Refused(msg).into())
}

/// The person a mistyped user ID most likely meant: the one whose user name or display name is
/// fewest edits away (a swapped pair of letters is one edit), or begins with what was typed;
/// at most one edit in three letters.
fn closest_person<'a>(typed: &str, people: &'a [(MemberRow, String)]) -> Option<&'a MemberRow> {
    let name = |user_id: &str| user_id.trim_start_matches('@').split(':').next().unwrap_or_default().to_lowercase();
    let typed = name(typed);
    let allowed = (typed.chars().count() / 3).max(1);
    people
        .iter()
        .filter_map(|(member, user_id)| {
            let edits = [name(user_id), member.display_name.to_lowercase()]
                .iter()
                .map(|known| {
                    let prefix = typed.chars().count() >= 3 && known.starts_with(&typed);
                    if prefix { 1 } else { strsim::damerau_levenshtein(&typed, known) }
                })
                .min()?;
            (edits <= allowed).then_some((edits, member))
        })
        .min_by_key(|(edits, member)| (*edits, member.id))
        .map(|(_, member)| member)
}

/// Staff may hand out roles up to `exec`; only admins make staff or admins.
fn needed_to_grant(role: Role) -> Role {
    if role >= Role::Staff { Role::Admin } else { Role::Staff }
}

pub async fn grant(ctx: &Ctx<'_>, RoleGrant(cmd): RoleGrant) -> CommandResult<Reply> {
    change_role(ctx, cmd, true).await
}

pub async fn revoke(ctx: &Ctx<'_>, RoleRevoke(cmd): RoleRevoke) -> CommandResult<Reply> {
    change_role(ctx, cmd, false).await
}

async fn change_role(ctx: &Ctx<'_>, cmd: RoleChange, grant: bool) -> CommandResult<Reply> {
    let mut tx = ctx.store.begin().await?;
    let body = target_body(&mut tx, ctx.actor, cmd.body.as_deref()).await?;
    require_in(&mut tx, ctx.actor, &body, needed_to_grant(cmd.role)).await?;
    let (member, mention) = mentioned_member(&mut tx, ctx, &cmd.user).await?;
    let role = cmd.role.as_str();
    let now = ctx.now_ms();
    let changed = if grant {
        tx.grant_role(body.id, member.id, role, now).await?
    } else {
        tx.revoke_role(body.id, member.id, role).await?
    };
    let key = match (grant, changed) {
        (true, true) => "role-granted",
        (true, false) => "role-already",
        (false, true) => "role-revoked",
        (false, false) => "role-not-held",
    };
    if !changed {
        tx.rollback().await?;
        let msg = Msg::new(key).mention("user", mention).code("role", role).code("body", &body.short);
        return if grant { Ok(Reply::public(msg)) } else { Err(UserError::Refused(msg).into()) };
    }
    let action = if grant { "role.grant" } else { "role.revoke" };
    audit(&mut tx, ctx, Some(body.id), action, format!("member {} {role}", member.id)).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new(key).mention("user", mention).code("role", role).code("body", &body.short)))
}
