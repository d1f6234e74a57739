//! Rendering a reply as lightly marked-up text, shared by the adapters that post text.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::core::engine::Outgoing;
use crate::core::reply::{Attachment, Block, Mention};
use crate::i18n::{ArgStyle, I18n};

/// Times in the reader's zone and language, mentions as `@name`: the style of platforms without
/// native widgets.
pub struct PlainStyle {
    pub zone: Tz,
}

impl ArgStyle for PlainStyle {
    fn time(&self, at: DateTime<Utc>, lang: &str) -> String {
        crate::i18n::dates::format_instant(lang, at, self.zone)
    }

    fn mention(&self, who: &Mention) -> String {
        format!("@{}", who.display_name)
    }

    fn reader_zone(&self) -> Option<Tz> {
        Some(self.zone)
    }
}

/// What a platform shows beyond the plain text rendering.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Each choice's emoji before its label, where reacting with that emoji picks it (Matrix).
    pub choice_emoji: bool,
    /// Menus are widgets of their own (Discord's select menus), not lines of the text.
    pub menus_apart: bool,
}

/// Renders every block of a reply as lines of text; `prefix` is the platform's command prefix.
pub fn render(i18n: &I18n, out: &Outgoing, prefix: &str, style: &dyn ArgStyle) -> String {
    render_with(i18n, out, prefix, style, Options::default())
}

/// The reply without its files, and the files: for platforms that attach files rather than print
/// them (the text then carries the rest of the reply).
pub fn take_files(out: &Outgoing) -> (Outgoing, Vec<Attachment>) {
    let mut rest = out.clone();
    let mut files = Vec::new();
    rest.reply.blocks.retain(|block| match block {
        Block::File(file) => {
            files.push(file.clone());
            false
        }
        _ => true,
    });
    (rest, files)
}

/// `render` with a platform's `Options`.
pub fn render_with(i18n: &I18n, out: &Outgoing, prefix: &str, style: &dyn ArgStyle, options: Options) -> String {
    let lang = out.locale.as_str();
    let mut lines: Vec<String> = Vec::new();
    for (i, block) in out.reply.blocks.iter().enumerate() {
        match block {
            Block::Paragraph(msg) => {
                let text = i18n.render(lang, msg, style);
                lines.push(if i == 0 && out.reply.is_error { format!("⚠ {text}") } else { text });
            }
            Block::List(items) => lines.extend(items.iter().map(|m| format!("• {}", i18n.render(lang, m, style)))),
            Block::Verbatim(text) => lines.push(text.clone()),
            Block::Preformatted(text) => lines.extend(text.lines().map(|l| format!("    {l}"))),
            Block::Choices(choices) => lines.extend(choices.iter().enumerate().map(|(n, c)| {
                let emoji = match (&c.emoji, options.choice_emoji) {
                    (Some(emoji), true) => format!("{emoji} "),
                    _ => String::new(),
                };
                format!("{}. {emoji}{} — `{prefix}{}`", n + 1, i18n.render(lang, &c.label, style), c.command)
            })),
            Block::Usage(usage) => {
                let label = i18n.plain(lang, "usage");
                lines.push(format!("{label} `{prefix}{usage}`"));
            }
            Block::Examples(examples) => lines.extend(examples.iter().map(|e| format!("    {prefix}{e}"))),
            Block::Commands(commands) => lines.extend(
                commands
                    .iter()
                    .map(|(name, summary)| format!("• `{prefix}{name}` — {}", i18n.render(lang, summary, style))),
            ),
            // Where files cannot be attached, the reader gets the content to copy.
            Block::File(file) => {
                lines.push(format!("📎 {}", file.name));
                lines.extend(file.content.lines().map(|l| format!("    {l}")));
            }
            Block::Menu(_) if options.menus_apart => {}
            // Where there are no menus, the reader gets the placeholder and a numbered line per
            // choice (the picked one marked), each with the command that picks it.
            Block::Menu(menu) => {
                lines.push(i18n.render(lang, &menu.placeholder, style));
                lines.extend(menu.choices.iter().enumerate().map(|(n, c)| {
                    let mark = if menu.chosen == Some(n) { "✓ " } else { "" };
                    format!("  {}. {mark}{} — `{prefix}{}`", n + 1, i18n.render(lang, &c.label, style), c.command)
                }));
            }
            // Where there are no forms, the reader gets the questions and the line that answers them.
            Block::Form(form) => {
                lines.push(i18n.render(lang, &form.title, style));
                lines.extend(form.fields.iter().enumerate().map(|(n, field)| {
                    let question = field.hint.as_ref().unwrap_or(&field.label);
                    format!("{}. {}", n + 1, i18n.render(lang, question, style))
                }));
                let answers = (1..=form.fields.len()).map(|n| format!(" \"…{n}\"")).collect::<String>();
                lines.push(format!("{} `{prefix}{}{answers}`", i18n.plain(lang, "usage"), form.submit));
            }
        }
    }
    lines.join("\n")
}

/// Splits rendered text into messages of at most `max` characters, at line breaks when possible.
pub fn split_message(body: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    for line in body.split('\n') {
        let mut line = line.to_owned();
        while line.chars().count() > max {
            let cut: String = line.chars().take(max).collect();
            line = line.chars().skip(max).collect();
            if !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            parts.push(cut);
        }
        if current.chars().count() + line.chars().count() + 1 > max && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(&line);
    }
    if !current.is_empty() || parts.is_empty() {
        parts.push(current);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::actor::Platform;
    use crate::core::reply::{Choice, Destination, Msg, Reply};

    #[test]
    fn files_come_apart_and_emoji_show_where_asked() {
        let i18n = I18n::load();
        let file = Attachment { name: "m.ics".into(), mime: "text/calendar".into(), content: "BEGIN".into() };
        let choice =
            Choice { command: "meeting rsvp #1 yes".into(), label: Msg::new("rsvp-yes"), emoji: Some("✅".into()) };
        let out = Outgoing {
            destination: Destination::Room { platform: Platform::Console, room_id: "r".into() },
            reply: Reply::public(Msg::new("rsvp-no"))
                .with(Block::File(file.clone()))
                .with(Block::Choices(vec![choice])),
            locale: "en".into(),
            zone: chrono_tz::Tz::UTC,
        };
        let style = PlainStyle { zone: out.zone };
        assert!(render(&i18n, &out, "!", &style).contains("📎 m.ics\n    BEGIN"));
        let (rest, files) = take_files(&out);
        assert_eq!(files, [file]);
        assert_eq!(rest.reply.blocks.len(), 2);
        let plain = render(&i18n, &rest, "!", &style);
        assert!(!plain.contains("BEGIN") && !plain.contains('✅'), "{plain}");
        let with_emoji = render_with(&i18n, &rest, "!", &style, Options { choice_emoji: true, ..Options::default() });
        assert!(with_emoji.contains("1. ✅ "), "{with_emoji}");
    }

    #[test]
    fn long_replies_split_at_lines() {
        let body = format!("{}\n{}\n{}", "a".repeat(8), "b".repeat(8), "c".repeat(25));
        assert_eq!(split_message(&body, 20), ["aaaaaaaa\nbbbbbbbb", &"c".repeat(20), "ccccc"]);
        assert_eq!(split_message("short", 20), ["short"]);
        assert_eq!(split_message("", 20), [""]);
    }
}
