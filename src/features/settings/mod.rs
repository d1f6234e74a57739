//! Personal settings: `!tz`, `!lang`, `!whoami`.

use chrono_tz::Tz;

use crate::core::command::{Category, Command, CommandSpec, Param, ParamKind, Scope};
use crate::core::engine::Ctx;
use crate::core::error::{CommandResult, ParseError};
use crate::core::grammar::Args;
use crate::core::registry::Registry;
use crate::core::reply::{Block, Mention, Msg, Reply};
use crate::i18n::{self, LANGUAGES};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetZone {
    /// `None` shows the current zone.
    pub zone: Option<Tz>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetLanguage {
    /// `None` shows the current language and the choices.
    pub lang: Option<&'static str>,
}

/// `whoami`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Whoami;

crate::runs! {
    SetZone => set_zone,
    SetLanguage => set_language,
    Whoami => () whoami,
}

/// What settings plug into the core.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
}

pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "tz",
        aliases: &["timezone"],
        category: Category("category-settings"),
        role: None,
        scope: Scope::Global,
        usage: "tz [ZONE]",
        params: &[Param { name: "zone", kind: ParamKind::Zone, required: false, shown: None }],
        flags: &[],
        examples: &["tz Europe/Zurich", "tz Geneva", "tz New York", "tz"],
        complete: None,
        parse: parse_tz,
    },
    CommandSpec {
        name: "lang",
        aliases: &["language", "langue", "idioma", "язык", "语言", "لغة"],
        category: Category("category-settings"),
        role: None,
        scope: Scope::Global,
        usage: "lang [ar|en|es|fr|ru|zh]",
        params: &[Param { name: "language", kind: ParamKind::Language, required: false, shown: None }],
        flags: &[],
        examples: &["lang fr", "lang ar", "lang"],
        complete: None,
        parse: parse_lang,
    },
    CommandSpec {
        name: "whoami",
        aliases: &["me"],
        category: Category("category-settings"),
        role: None,
        scope: Scope::Global,
        usage: "whoami",
        params: &[],
        flags: &[],
        examples: &["whoami"],
        complete: None,
        parse: |_| Ok(Box::new(Whoami)),
    },
];

/// `tz [ZONE]`: the zone may be several words (`tz New York`).
fn parse_tz(args: &mut Args) -> Result<Command, ParseError> {
    if args.is_empty() {
        return Ok(Box::new(SetZone { zone: None }));
    }
    let text = args.rest("zone")?;
    Ok(Box::new(SetZone { zone: Some(args.zone(&text)?) }))
}

/// `lang [LANGUAGE]`.
fn parse_lang(args: &mut Args) -> Result<Command, ParseError> {
    let Some(token) = args.next_token() else { return Ok(Box::new(SetLanguage { lang: None })) };
    let lang = i18n::supported(&token.text).ok_or_else(|| ParseError::BadChoice {
        name: "language",
        value: token.text.clone(),
        allowed: LANGUAGES.join(", "),
    })?;
    Ok(Box::new(SetLanguage { lang: Some(lang) }))
}

pub async fn set_zone(ctx: &Ctx<'_>, cmd: SetZone) -> CommandResult<Reply> {
    let now = ctx.clock.now();
    let Some(zone) = cmd.zone else {
        return Ok(Reply::public(
            Msg::new("tz-current").code("zone", ctx.actor.zone.name()).code("local", local_clock(now, ctx.actor.zone)),
        ));
    };
    let mut tx = ctx.store.begin().await?;
    tx.set_member_timezone(ctx.actor.member_id, zone.name()).await?;
    tx.commit().await?;
    Ok(Reply::public(Msg::new("tz-set").code("zone", zone.name()).code("local", local_clock(now, zone))))
}

fn local_clock(now: chrono::DateTime<chrono::Utc>, zone: Tz) -> String {
    now.with_timezone(&zone).format("%H:%M").to_string()
}

pub async fn set_language(ctx: &Ctx<'_>, cmd: SetLanguage) -> CommandResult<Reply> {
    let Some(lang) = cmd.lang else {
        return Ok(Reply::public(
            Msg::new("lang-current").code("lang", ctx.actor.locale.as_str()).code("choices", LANGUAGES.join(", ")),
        ));
    };
    let mut tx = ctx.store.begin().await?;
    tx.set_member_locale(ctx.actor.member_id, lang).await?;
    tx.commit().await?;
    // The confirmation is already in the new language.
    Ok(Reply::public(Msg::new("lang-set").code("lang", lang)).in_language(lang))
}

pub async fn whoami(ctx: &Ctx<'_>) -> CommandResult<Reply> {
    let actor = ctx.actor;
    let mut tx = ctx.store.read().await?;
    let identities = tx.identities_of(actor.member_id).await?;
    let accounts = tx.accounts_of(actor.member_id).await?;
    let roles = tx.all_roles_of(actor.member_id).await?;
    tx.commit().await?;
    let me = Mention { display_name: actor.display_name.clone(), identities: identities.clone() };
    let mut lines = vec![
        Msg::new("whoami-member").num("id", actor.member_id),
        Msg::new("whoami-zone").code("zone", actor.zone.name()),
        Msg::new("whoami-lang").code("lang", actor.locale.as_str()),
    ];
    lines.extend(crate::features::accounts::account_lines(&accounts));
    if actor.is_global_admin {
        lines.push(Msg::new("whoami-admin"));
    }
    if roles.is_empty() {
        lines.push(Msg::new("whoami-no-roles"));
    }
    lines.extend(roles.iter().map(|(body, role)| Msg::new("whoami-role").code("body", body).code("role", role)));
    Ok(Reply::private(Msg::new("whoami-title").mention("who", me)).with(Block::List(lines)))
}
