//! Replies as Discord messages: Markdown text in parts of at most 2,000 characters, times as
//! Discord timestamps (each reader sees their own zone), mentions as `<@id>`, and the choices
//! of a reply as buttons (with their emoji), its files as attachments.

use chrono::{DateTime, Utc};
use serenity::builder::{
    CreateActionRow, CreateAllowedMentions, CreateButton, CreateSelectMenu, CreateSelectMenuKind,
    CreateSelectMenuOption,
};
use serenity::model::application::ButtonStyle;
use serenity::model::channel::ReactionType;
use serenity::model::id::UserId;

use crate::adapters::text;
use crate::core::actor::Platform;
use crate::core::engine::Outgoing;
use crate::core::reply::{Attachment, Block, MAX_MENU_CHOICES, Mention, Menu};
use crate::i18n::{ArgStyle, I18n};

/// Discord's limit on a message's content.
pub const MAX_CONTENT: usize = 2000;
/// Discord's limits on buttons: 5 per row, 5 rows, 80 characters of label, 100 of custom ID.
const BUTTONS_PER_ROW: usize = 5;
const MAX_ROWS: usize = 5;
const MAX_LABEL: usize = 80;
pub const MAX_CUSTOM_ID: usize = 100;

/// A button's custom ID that runs a command when clicked.
pub const RUN_PREFIX: &str = "run:";
/// A select menu's custom ID (with the menu's place in its message) whose picked value is the
/// command to run.
pub const PICK_PREFIX: &str = "pick:";
/// Discord's limits on a select menu's option: 100 characters of label and of value.
const MAX_OPTION_TEXT: usize = 100;

struct DiscordStyle;

impl ArgStyle for DiscordStyle {
    fn time(&self, at: DateTime<Utc>, _: &str) -> String {
        format!("<t:{0}:F> (<t:{0}:R>)", at.timestamp())
    }

    fn mention(&self, who: &Mention) -> String {
        match who.identities.iter().find(|(p, _)| p == Platform::Discord.as_str()) {
            Some((_, id)) => format!("<@{id}>"),
            None => format!("@{}", who.display_name),
        }
    }

    /// `<t:…:R>` already says how far off a time is, in the reader's own language.
    fn reader_zone(&self) -> Option<chrono_tz::Tz> {
        None
    }
}

/// A reply ready to post.
pub struct Rendered {
    /// The text, split into messages Discord accepts.
    pub parts: Vec<String>,
    /// Select menus for the reply's menus, then buttons for its choices, attached to the last part.
    pub rows: Vec<CreateActionRow>,
    /// Only the people the reply names are notified; never @everyone or roles.
    pub allowed_mentions: CreateAllowedMentions,
    /// Files, attached to the last part (Discord's "Uploading Files").
    pub files: Vec<Attachment>,
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// Whether every menu of a reply fits Discord's select menus: a reply whose menus do not is
/// rendered with them as text lines rather than losing a choice.
fn menus_fit(menus: &[&Menu]) -> bool {
    menus.len() < MAX_ROWS
        && menus.iter().all(|m| {
            (1..=MAX_MENU_CHOICES).contains(&m.choices.len())
                && m.choices.iter().all(|c| (1..=MAX_OPTION_TEXT).contains(&c.command.len()))
        })
}

fn select_menu(i18n: &I18n, lang: &str, n: usize, menu: &Menu) -> CreateActionRow {
    let options = menu
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let label = truncate(&i18n.render(lang, &c.label, &DiscordStyle), MAX_OPTION_TEXT);
            CreateSelectMenuOption::new(label, c.command.clone()).default_selection(menu.chosen == Some(i))
        })
        .collect();
    let placeholder = truncate(&i18n.render(lang, &menu.placeholder, &DiscordStyle).replace("**", ""), MAX_OPTION_TEXT);
    CreateActionRow::SelectMenu(
        CreateSelectMenu::new(format!("{PICK_PREFIX}{n}"), CreateSelectMenuKind::String { options })
            .placeholder(placeholder)
            .min_values(1)
            .max_values(1),
    )
}

pub fn render(i18n: &I18n, out: &Outgoing) -> Rendered {
    let (out, files) = text::take_files(out);
    let out = &out;
    let lang = out.locale.as_str();
    let menus: Vec<&Menu> = out
        .reply
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Menu(menu) => Some(menu),
            _ => None,
        })
        .collect();
    let menus_apart = menus_fit(&menus);
    let options = text::Options { menus_apart, ..text::Options::default() };
    let body = text::render_with(i18n, out, "/", &DiscordStyle, options);
    let mut rows: Vec<CreateActionRow> = Vec::new();
    if menus_apart {
        rows.extend(menus.iter().enumerate().map(|(n, menu)| select_menu(i18n, lang, n, menu)));
    }
    let button_rows = MAX_ROWS - rows.len();
    let buttons: Vec<CreateButton> = out
        .reply
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Choices(choices) => Some(choices),
            _ => None,
        })
        .flatten()
        .filter(|c| RUN_PREFIX.len() + c.command.len() <= MAX_CUSTOM_ID)
        .take(BUTTONS_PER_ROW * button_rows)
        .map(|c| {
            let button = CreateButton::new(format!("{RUN_PREFIX}{}", c.command))
                .style(ButtonStyle::Secondary)
                .label(truncate(&i18n.render(lang, &c.label, &DiscordStyle), MAX_LABEL));
            match &c.emoji {
                Some(emoji) => button.emoji(ReactionType::Unicode(emoji.clone())),
                None => button,
            }
        })
        .collect();
    rows.extend(buttons.chunks(BUTTONS_PER_ROW).map(|row| CreateActionRow::Buttons(row.to_vec())));
    let users: Vec<UserId> = out
        .reply
        .mentioned_on(Platform::Discord)
        .iter()
        .filter_map(|id| id.parse::<u64>().ok())
        .map(UserId::new)
        .collect();
    // A reply that is only a file is an attachment without text.
    let parts = if out.reply.blocks.is_empty() { vec![String::new()] } else { text::split_message(&body, MAX_CONTENT) };
    Rendered {
        parts,
        rows,
        allowed_mentions: CreateAllowedMentions::new().users(users).empty_roles().everyone(false),
        files,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reply::{Choice, Destination, Msg, Reply};

    #[test]
    fn times_are_discord_timestamps_and_choices_buttons() {
        let i18n = I18n::load();
        let at = DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z").unwrap().with_timezone(&Utc);
        let alice = Mention { display_name: "Alice".into(), identities: vec![("discord".into(), "42".into())] };
        let reply = Reply::public(Msg::new("reminder-set").num("id", 3).time("time", at).text("text", "Tea"))
            .with(Block::Choices(vec![
                Choice {
                    command: "reminder cancel #3".into(),
                    label: Msg::new("reminder-fire").text("text", "x"),
                    emoji: Some("✅".into()),
                },
                Choice {
                    command: "x".repeat(200),
                    label: Msg::new("reminder-fire").text("text", "too long"),
                    emoji: None,
                },
            ]))
            .with(Block::Paragraph(Msg::new("reminder-fire-from").mention("from", alice).text("text", "hi")));
        let out = Outgoing {
            destination: Destination::Room { platform: Platform::Discord, room_id: "1".into() },
            reply,
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        };
        let rendered = render(&i18n, &out);
        assert!(rendered.parts[0].contains("<t:1796115600:F>"), "{}", rendered.parts[0]);
        assert!(rendered.parts[0].contains("<@42>"), "{}", rendered.parts[0]);
        let rows = serde_json::to_value(&rendered.rows).unwrap();
        assert_eq!(rows[0]["components"].as_array().unwrap().len(), 1, "{rows}");
        assert_eq!(rows[0]["components"][0]["custom_id"], "run:reminder cancel #3");
        assert_eq!(rows[0]["components"][0]["emoji"], serde_json::json!({ "name": "✅" }));
        let mentions = serde_json::to_value(&rendered.allowed_mentions).unwrap();
        assert_eq!(mentions["users"], serde_json::json!(["42"]));
        assert!(rendered.files.is_empty());
    }

    #[test]
    fn menus_are_select_menus_above_the_buttons_or_text_when_they_do_not_fit() {
        let i18n = I18n::load();
        let pick = |command: String| Choice { command, label: Msg::new("poll-label").text("text", "Ana"), emoji: None };
        let menu = Menu {
            placeholder: Msg::new("poll-ballot-rank-placeholder").num("place", 1),
            choices: vec![pick("poll ballot #1 1".into()), pick("poll ballot #1 2".into())],
            chosen: Some(1),
        };
        let cancel =
            Choice { command: "poll ballot #1 --cancel".into(), label: Msg::new("poll-ballot-cancel"), emoji: None };
        let mut out = Outgoing {
            destination: Destination::Direct { platform: Platform::Discord, user_id: "1".into() },
            reply: Reply::private(Msg::new("poll-ballot-ranking"))
                .with(Block::Menu(menu.clone()))
                .with(Block::Choices(vec![cancel])),
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        };
        let rendered = render(&i18n, &out);
        let rows = serde_json::to_value(&rendered.rows).unwrap();
        assert_eq!(rows[0]["components"][0]["type"], 3, "{rows}");
        assert_eq!(rows[0]["components"][0]["custom_id"], "pick:0");
        assert_eq!(rows[0]["components"][0]["placeholder"], "Choice number 1");
        assert_eq!(rows[0]["components"][0]["options"][1]["value"], "poll ballot #1 2");
        assert_eq!(rows[0]["components"][0]["options"][1]["default"], true);
        assert_eq!(rows[1]["components"][0]["custom_id"], "run:poll ballot #1 --cancel");
        assert!(!rendered.parts[0].contains("poll ballot #1 2"), "the menu is no text: {}", rendered.parts[0]);

        // A command too long for an option's value: the menu is told as text, nothing is lost.
        let long = Menu { choices: vec![pick(format!("poll ballot #1 {}", "1,".repeat(60)))], ..menu };
        out.reply.blocks[1] = Block::Menu(long);
        let rendered = render(&i18n, &out);
        let rows = serde_json::to_value(&rendered.rows).unwrap();
        assert_eq!(rows.as_array().unwrap().len(), 1, "only the buttons: {rows}");
        assert!(rendered.parts[0].contains("Choice number 1"), "{}", rendered.parts[0]);
    }

    #[test]
    fn files_are_attachments_not_text() {
        let i18n = I18n::load();
        let file = Attachment {
            name: "meeting-2.ics".into(),
            mime: "text/calendar".into(),
            content: "BEGIN:VCALENDAR".into(),
        };
        let mut out = Outgoing {
            destination: Destination::Room { platform: Platform::Discord, room_id: "1".into() },
            reply: Reply::public(Msg::new("reminder-fire").text("text", "Export")).with(Block::File(file.clone())),
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        };
        let rendered = render(&i18n, &out);
        assert_eq!(rendered.files, std::slice::from_ref(&file));
        assert!(
            rendered.parts[0].contains("Export") && !rendered.parts[0].contains("VCALENDAR"),
            "{:?}",
            rendered.parts
        );
        out.reply.blocks.remove(0);
        let only_file = render(&i18n, &out);
        assert_eq!(only_file.parts, [""]);
        assert_eq!(only_file.files, [file]);
    }
}
