//! Slash commands from the command table, the same one the text grammar reads: one-word
//! commands become commands, two-word ones (`body create`) subcommands of their first word. An
//! invocation is turned back into the text line the grammar parses, so both paths agree.

use serenity::builder::{CreateActionRow, CreateCommand, CreateCommandOption, CreateInputText, CreateModal};
use serenity::model::application::{
    CommandData, CommandDataOption, CommandDataOptionValue, CommandOptionType, InputTextStyle,
};

use super::render::MAX_CUSTOM_ID;
use crate::adapters::text::PlainStyle;
use crate::core::command::{CommandSpec, ParamKind};
use crate::core::registry::Registry;
use crate::core::reply::{Form, MAX_FORM_FIELDS, Msg};
use crate::i18n::I18n;

/// Discord's limits on names and descriptions.
const MAX_DESCRIPTION: usize = 100;
const MAX_CHOICES: usize = 25;
const MAX_MODAL_TITLE: usize = 45;
const MAX_INPUT_LABEL: usize = 45;

/// Our languages in Discord's locale names (Discord has no Arabic; `/lang ar` serves it).
const DISCORD_LOCALES: &[(&str, &str)] =
    &[("fr", "fr"), ("es", "es-ES"), ("es", "es-419"), ("ru", "ru"), ("zh", "zh-CN"), ("zh", "zh-TW")];

/// A modal's custom ID: the command line so far, which the submitted texts complete.
pub const ASK_PREFIX: &str = "ask:";

fn shorten(text: &str, max: usize) -> String {
    let text = text.replace(['*', '`'], "");
    if text.chars().count() <= max {
        return text;
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// A text parameter Discord asks for in a modal when it is left out: long free text is easier
/// to write there than in an option.
fn asked_in_modal(kind: ParamKind) -> bool {
    matches!(kind, ParamKind::Text { .. })
}

fn localized(i18n: &I18n, key: &str) -> (String, Vec<(&'static str, String)>) {
    let en = shorten(&i18n.plain("en", key), MAX_DESCRIPTION);
    let others =
        DISCORD_LOCALES.iter().map(|(ours, theirs)| (*theirs, shorten(&i18n.plain(ours, key), MAX_DESCRIPTION)));
    (en, others.collect())
}

/// The key describing option `name` of `spec`: the command's own (`param-election-create-voting`)
/// where one name means different things in different commands, else the shared `param-NAME`.
fn param_key(i18n: &I18n, spec: &CommandSpec, name: &str) -> String {
    let own = format!("param-{}-{name}", spec.name.replace(' ', "-"));
    if i18n.has("en", &own) { own } else { format!("param-{name}") }
}

fn options(i18n: &I18n, spec: &CommandSpec) -> Vec<CreateCommandOption> {
    let mut params: Vec<_> = spec.params.iter().collect();
    // Discord wants required options first; the text line is rebuilt in the grammar's order.
    params.sort_by_key(|p| !p.required || asked_in_modal(p.kind));
    let mut out: Vec<CreateCommandOption> = params
        .into_iter()
        .map(|p| {
            let kind = if p.kind == ParamKind::User { CommandOptionType::User } else { CommandOptionType::String };
            let (description, translations) = localized(i18n, &param_key(i18n, spec, p.name));
            let mut option =
                CreateCommandOption::new(kind, p.name, description).required(p.required && !asked_in_modal(p.kind));
            for (locale, text) in translations {
                option = option.description_localized(locale, text);
            }
            match p.kind {
                ParamKind::Choice(values) => {
                    for value in values.iter().take(MAX_CHOICES) {
                        option = option.add_string_choice(*value, *value);
                    }
                }
                ParamKind::Zone | ParamKind::Id => option = option.set_autocomplete(true),
                ParamKind::Text { max } => option = option.max_length(max.min(6000) as u16),
                _ => {}
            }
            option
        })
        .collect();
    for flag in spec.flags {
        let kind = if flag.takes_value { CommandOptionType::String } else { CommandOptionType::Boolean };
        let (description, translations) = localized(i18n, &param_key(i18n, spec, flag.name));
        let mut option = CreateCommandOption::new(kind, flag.name, description);
        for (locale, text) in translations {
            option = option.description_localized(locale, text);
        }
        out.push(option);
    }
    out
}

/// Every command, ready for a bulk registration.
pub fn registration(i18n: &I18n, registry: &Registry) -> Vec<CreateCommand> {
    let mut groups: Vec<(&str, Vec<&'static CommandSpec>)> = Vec::new();
    for spec in registry.table() {
        let first = spec.name.split(' ').next().unwrap_or(spec.name);
        match groups.iter_mut().find(|(name, _)| *name == first) {
            Some((_, specs)) => specs.push(spec),
            None => groups.push((first, vec![spec])),
        }
    }
    groups
        .into_iter()
        .map(|(name, specs)| match specs.as_slice() {
            [single] if !single.name.contains(' ') => {
                let (description, translations) = localized(i18n, &single.summary_key());
                let mut command = CreateCommand::new(name).description(description).set_options(options(i18n, single));
                for (locale, text) in translations {
                    command = command.description_localized(locale, text);
                }
                command
            }
            _ => {
                let (description, translations) = localized(i18n, specs[0].category.key());
                let mut command = CreateCommand::new(name).description(description);
                for (locale, text) in translations {
                    command = command.description_localized(locale, text);
                }
                for spec in specs {
                    let sub = spec.name.split_once(' ').map(|(_, s)| s).unwrap_or(spec.name);
                    let (description, translations) = localized(i18n, &spec.summary_key());
                    let mut option = CreateCommandOption::new(CommandOptionType::SubCommand, sub, description)
                        .set_sub_options(options(i18n, spec));
                    for (locale, text) in translations {
                        option = option.description_localized(locale, text);
                    }
                    command = command.add_option(option);
                }
                command
            }
        })
        .collect()
}

/// The command an interaction names, and its own options.
fn resolve<'d>(registry: &Registry, data: &'d CommandData) -> Option<(&'static CommandSpec, &'d [CommandDataOption])> {
    match data.options.first() {
        Some(CommandDataOption { name, value: CommandDataOptionValue::SubCommand(options), .. }) => {
            registry.find(&format!("{} {name}", data.name)).map(|spec| (spec, options.as_slice()))
        }
        _ => registry.find(&data.name).map(|spec| (spec, data.options.as_slice())),
    }
}

pub use crate::core::grammar::quote;

/// What to do with a slash command.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    /// Run this text line.
    Run(String),
    /// Ask for the missing text parameters in a modal first.
    Ask(CreateModalSpec),
}

/// A modal asking for the text parameters a slash command left out.
#[derive(Debug, PartialEq)]
pub struct CreateModalSpec {
    pub custom_id: String,
    pub title_key: String,
    /// `(parameter name, maximum length)`, in the grammar's order.
    pub fields: Vec<(&'static str, usize)>,
}

impl CreateModalSpec {
    pub fn build(&self, i18n: &I18n, lang: &str) -> CreateModal {
        let rows = self
            .fields
            .iter()
            .map(|(name, max)| {
                let label = shorten(&i18n.plain(lang, &format!("param-{name}")), MAX_INPUT_LABEL);
                CreateActionRow::InputText(
                    CreateInputText::new(InputTextStyle::Paragraph, label, *name)
                        .max_length((*max).min(4000) as u16)
                        .required(true),
                )
            })
            .collect();
        CreateModal::new(&self.custom_id, shorten(&i18n.plain(lang, &self.title_key), MAX_MODAL_TITLE)).components(rows)
    }
}

fn option_text(value: &CommandDataOptionValue, kind: ParamKind) -> Option<String> {
    match value {
        CommandDataOptionValue::String(s) | CommandDataOptionValue::Autocomplete { value: s, .. } => {
            Some(if matches!(kind, ParamKind::Text { .. }) { quote(s) } else { s.trim().to_owned() })
        }
        CommandDataOptionValue::User(id) => Some(format!("<@{id}>")),
        CommandDataOptionValue::Integer(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The text line a slash command stands for, or the modal to ask for what it left out.
pub fn invocation(registry: &Registry, data: &CommandData) -> Option<Invocation> {
    let (spec, options) = resolve(registry, data)?;
    let mut line = spec.name.to_owned();
    let mut missing = Vec::new();
    for param in spec.params {
        match options.iter().find(|o| o.name == param.name).and_then(|o| option_text(&o.value, param.kind)) {
            Some(text) => {
                line.push(' ');
                line.push_str(&text);
            }
            None => {
                if let (ParamKind::Text { max }, true) = (param.kind, param.required) {
                    missing.push((param.name, max));
                }
            }
        }
    }
    for flag in spec.flags {
        match options.iter().find(|o| o.name == flag.name).map(|o| &o.value) {
            Some(CommandDataOptionValue::Boolean(true)) => line.push_str(&format!(" --{}", flag.name)),
            Some(CommandDataOptionValue::String(s)) => line.push_str(&format!(" --{} {}", flag.name, quote(s))),
            _ => {}
        }
    }
    if missing.is_empty() {
        return Some(Invocation::Run(line));
    }
    let custom_id = format!("{ASK_PREFIX}{line}");
    if custom_id.len() > MAX_CUSTOM_ID {
        // Too long to carry through a modal: run it, and the grammar names what is missing.
        return Some(Invocation::Run(line));
    }
    Some(Invocation::Ask(CreateModalSpec { custom_id, title_key: spec.summary_key(), fields: missing }))
}

/// Discord's limit on the placeholder shown inside an empty text input.
const MAX_PLACEHOLDER: usize = 100;

/// A message as a modal shows it: plain text, without Markdown's marks.
fn plain(i18n: &I18n, lang: &str, msg: &Msg) -> String {
    // A form holds questions, which name no times: the zone does not matter.
    i18n.render(lang, msg, &PlainStyle { zone: chrono_tz::UTC }).replace("**", "").replace('`', "")
}

/// A reply's form as a modal; `None` when its command line is too long to ride in the custom ID.
pub fn form_modal(i18n: &I18n, lang: &str, form: &Form) -> Option<CreateModal> {
    let custom_id = format!("{ASK_PREFIX}{}", form.submit);
    if custom_id.len() > MAX_CUSTOM_ID || form.fields.is_empty() {
        return None;
    }
    let rows = form
        .fields
        .iter()
        .take(MAX_FORM_FIELDS)
        .enumerate()
        .map(|(n, field)| {
            let full = plain(i18n, lang, &field.label);
            let label = shorten(&full, MAX_INPUT_LABEL);
            let style = if field.max > 200 { InputTextStyle::Paragraph } else { InputTextStyle::Short };
            let mut input = CreateInputText::new(style, label, format!("answer-{n}"))
                .max_length(field.max.min(4000) as u16)
                .required(true);
            if let Some(hint) = field.hint.as_ref().map(|hint| plain(i18n, lang, hint)).filter(|hint| *hint != full) {
                input = input.placeholder(shorten(&hint, MAX_PLACEHOLDER));
            }
            CreateActionRow::InputText(input)
        })
        .collect();
    Some(CreateModal::new(custom_id, shorten(&plain(i18n, lang, &form.title), MAX_MODAL_TITLE)).components(rows))
}

/// The command line of a submitted modal: its custom ID, completed by the texts in order.
pub fn modal_line(custom_id: &str, values: &[String]) -> Option<String> {
    let mut line = custom_id.strip_prefix(ASK_PREFIX)?.to_owned();
    for value in values {
        line.push(' ');
        line.push_str(&quote(value));
    }
    Some(line)
}

/// What kind of value the focused option of an autocomplete request wants.
pub fn focused_kind(registry: &Registry, data: &CommandData) -> Option<(&'static CommandSpec, ParamKind, String)> {
    let focused = data.autocomplete()?;
    let (spec, _) = resolve(registry, data)?;
    let param = spec.params.iter().find(|p| p.name == focused.name)?;
    Some((spec, param.kind, focused.value.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_registers_within_discord_limits() {
        let i18n = I18n::load();
        let commands = serde_json::to_value(registration(&i18n, crate::features::registry())).unwrap();
        let commands = commands.as_array().unwrap();
        assert!(commands.len() <= 100);
        let mut names = std::collections::HashSet::new();
        for c in commands {
            let name = c["name"].as_str().unwrap();
            assert!(names.insert(name.to_owned()), "{name} registered twice");
            assert!((1..=32).contains(&name.len()) && name == name.to_lowercase(), "{name}");
            let description = c["description"].as_str().unwrap();
            assert!((1..=100).contains(&description.chars().count()), "{name}: {description}");
            for (_, text) in c["description_localizations"].as_object().unwrap() {
                assert!((1..=100).contains(&text.as_str().unwrap().chars().count()));
            }
            for option in c["options"].as_array().into_iter().flatten() {
                assert!((1..=100).contains(&option["description"].as_str().unwrap().chars().count()), "{option}");
                let required: Vec<bool> = option["options"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|o| o["required"].as_bool().unwrap_or(false))
                    .collect();
                assert!(required.windows(2).all(|w| w[0] || !w[1]), "required options come first: {option}");
            }
        }
        assert!(names.contains("remind") && names.contains("body") && names.contains("tz"), "{names:?}");
        // Every description is translated: a message key shown as itself is a missing translation.
        let text = serde_json::to_string(&commands).unwrap();
        for key in ["\"param-", "\"cmd-", "\"category-"] {
            assert!(
                !text.contains(key),
                "an untranslated description ({key}…) in {}",
                &text[text.find(key).unwrap()..][..60]
            );
        }
    }

    fn data(value: serde_json::Value) -> CommandData {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn invocations_become_the_text_line() {
        let remind = data(serde_json::json!({"id": "1", "name": "remind", "type": 1, "options": [
            {"name": "target", "type": 3, "value": "me"},
            {"name": "when", "type": 3, "value": "in 2h"},
            {"name": "text", "type": 3, "value": "Say \"hi\" \\o/"}
        ]}));
        assert_eq!(
            invocation(crate::features::registry(), &remind),
            Some(Invocation::Run(r#"remind me in 2h "Say \"hi\" \\o/""#.into()))
        );
        let cancel = data(serde_json::json!({"id": "1", "name": "reminder", "type": 1, "options": [
            {"name": "cancel", "type": 1, "options": [{"name": "id", "type": 3, "value": "#3"}]}
        ]}));
        assert_eq!(
            invocation(crate::features::registry(), &cancel),
            Some(Invocation::Run("reminder cancel #3".into()))
        );
        let grant = data(serde_json::json!({"id": "1", "name": "role", "type": 1, "options": [
            {"name": "grant", "type": 1, "options": [
                {"name": "user", "type": 6, "value": "42"}, {"name": "role", "type": 3, "value": "staff"}]}
        ]}));
        assert_eq!(
            invocation(crate::features::registry(), &grant),
            Some(Invocation::Run("role grant <@42> staff".into()))
        );
        let unknown = data(serde_json::json!({"id": "1", "name": "nope", "type": 1}));
        assert_eq!(invocation(crate::features::registry(), &unknown), None);
    }

    #[test]
    fn left_out_text_is_asked_in_a_modal() {
        let remind = data(serde_json::json!({"id": "1", "name": "remind", "type": 1, "options": [
            {"name": "target", "type": 3, "value": "here"}, {"name": "when", "type": 3, "value": "in 1h"}
        ]}));
        let Some(Invocation::Ask(ask)) = invocation(crate::features::registry(), &remind) else {
            panic!("expected a modal")
        };
        assert_eq!(ask.custom_id, "ask:remind here in 1h");
        assert_eq!(ask.fields, [("text", 1000)]);
        let modal = serde_json::to_value(ask.build(&I18n::load(), "en")).unwrap();
        assert_eq!(modal["components"][0]["components"][0]["custom_id"], "text", "{modal}");
        assert_eq!(modal_line(&ask.custom_id, &["Stand-up".into()]).unwrap(), "remind here in 1h \"Stand-up\"");
        assert_eq!(modal_line("other", &[]), None);
    }
}
