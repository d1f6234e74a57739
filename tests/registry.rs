//! The registry and the shape of the code: every command's spec agrees with itself (examples,
//! usage line), every job kind has its handler, and the layers import only downwards.

use std::collections::BTreeSet;
use std::path::Path;

use quorum::core::command::{CommandSpec, Param, ParamKind};
use quorum::features::registry;

#[test]
fn every_example_parses_as_its_own_command() {
    for spec in registry().table() {
        assert!(!spec.examples.is_empty(), "`{}` has no example", spec.name);
        for example in spec.examples {
            match registry().parse(example) {
                Ok(parsed) => assert!(
                    std::ptr::eq(parsed.spec, spec),
                    "example `{example}` of `{}` parses as `{}`",
                    spec.name,
                    parsed.spec.name
                ),
                Err(failure) => panic!("example `{example}` of `{}` does not parse: {:?}", spec.name, failure.error),
            }
        }
    }
}

/// The words of a usage line (placeholders, literal words, `--flags`); a quoted part is one word.
fn usage_words(usage: &str) -> Vec<String> {
    let mut words = Vec::new();
    for (i, part) in usage.split('"').enumerate() {
        if i % 2 == 1 {
            words.push(part.to_owned());
        } else {
            let split = part.split(|c: char| c.is_whitespace() || "[]|".contains(c));
            words.extend(split.filter(|w| !w.is_empty()).map(str::to_owned));
        }
    }
    words
}

/// How a parameter shows in a usage line: as the spec says, else by its name in capitals, `ID`
/// for an ID, `@USER` for a user, its choices or the language codes.
fn spelling(param: &Param) -> Vec<String> {
    if let Some(shown) = param.shown {
        return vec![shown.to_owned()];
    }
    let capitals = param.name.to_uppercase().replace('_', "-");
    match param.kind {
        ParamKind::Id => vec!["ID".to_owned()],
        ParamKind::User => vec!["@USER".to_owned(), capitals],
        ParamKind::Choice(choices) => vec![choices.join("|"), capitals],
        ParamKind::Language => vec![quorum::i18n::LANGUAGES.join("|"), capitals],
        _ => vec![capitals],
    }
}

fn is_placeholder(word: &str) -> bool {
    let word = word.trim_start_matches('@');
    word.chars().any(|c| c.is_ascii_uppercase()) && word.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

/// What is wrong with a spec's usage line, if anything.
fn usage_faults(spec: &CommandSpec) -> Vec<String> {
    let mut faults = Vec::new();
    let head = spec.usage.split(' ').next().unwrap_or_default();
    let names: Vec<&str> = std::iter::once(spec.name).chain(spec.aliases.iter().copied()).collect();
    if !names.iter().any(|n| spec.usage.starts_with(n)) {
        faults.push("does not start with the command's name or an alias".to_owned());
    }
    // Each parameter shows, as a whole word or (when spelled out) as a part of the line.
    let words = usage_words(spec.usage);
    let mut covered: Vec<String> = Vec::new();
    for param in spec.params {
        let spelled = spelling(param);
        match spelled
            .iter()
            .find(|s| if s.contains(' ') || s.contains('|') { spec.usage.contains(*s) } else { words.contains(s) })
        {
            Some(found) => covered.extend(usage_words(found)),
            None => faults.push(format!("does not show parameter `{}` (as {spelled:?})", param.name)),
        }
    }
    let in_usage: BTreeSet<&str> = words.iter().filter_map(|w| w.strip_prefix("--")).collect();
    let flags: BTreeSet<&str> = spec.flags.iter().map(|f| f.name).collect();
    if in_usage != flags {
        faults.push(format!("shows flags {in_usage:?}, the spec has {flags:?}"));
    }
    // Every placeholder outside a flag's value is a parameter's.
    let mut after_flag = false;
    for word in words.iter().skip_while(|w| w.as_str() == head).skip(spec.name.split(' ').count() - 1) {
        if is_placeholder(word) && !after_flag && !covered.contains(word) {
            faults.push(format!("shows `{word}`, which is no parameter's"));
        }
        after_flag = word.starts_with("--");
    }
    faults
}

#[test]
fn every_usage_line_names_exactly_its_parameters_and_flags() {
    let faults: Vec<String> = registry()
        .table()
        .flat_map(|spec| usage_faults(spec).into_iter().map(move |f| format!("`{}` ({}): {f}", spec.name, spec.usage)))
        .collect();
    assert!(faults.is_empty(), "usage lines that disagree with their specs:\n{}", faults.join("\n"));
}

/// What the registry answers to a misspelt command line: the suggested command, if any.
fn suggestion_for(line: &str) -> Option<String> {
    use quorum::core::error::ParseError;
    match registry().parse(line).map_err(|failure| failure.error) {
        Err(ParseError::UnknownCommand { suggestion, .. } | ParseError::UnknownSubcommand { suggestion, .. }) => {
            suggestion
        }
        other => panic!("`{line}`: {other:?}"),
    }
}

#[test]
fn typos_are_compared_with_whole_command_names_and_subcommands() {
    for (typed, meant) in [
        ("agneda show #1", "agenda show"),
        ("agenda shwo #1", "agenda show"),
        ("meeting shwo #1", "meeting show"),
        ("meeting shedule \"Call\" 2026-12-03 14:00 UTC", "meeting schedule"),
        ("meetign list", "meeting list"),
        ("remnd me in 1h x", "remind"),
        ("hlep", "help"),
        ("outbox retyr 3", "outbox retry"),
        ("body lnik BC", "body link"),
        ("when shwo #1", "when show"),
        ("when scedule #1 2", "when schedule"),
    ] {
        assert_eq!(suggestion_for(typed).as_deref(), Some(meant), "{typed}");
    }
    for nonsense in ["frobnicate", "meeting explode", "body explode", "agenda zzz #1"] {
        assert_eq!(suggestion_for(nonsense), None, "{nonsense}");
    }
}

#[test]
fn every_job_kind_a_feature_schedules_has_its_handler() {
    use quorum::features::{agenda, meetings, members, onboarding, reminders, scheduling};
    let kinds: BTreeSet<&str> = registry().job_kinds().collect();
    for kind in [
        reminders::REMINDER_JOB,
        meetings::MEETING_REMINDER_JOB,
        meetings::MEETING_CALENDAR_JOB,
        members::STATUS_JOB,
        onboarding::ONBOARDING_JOB,
        scheduling::CLOSE_JOB,
        agenda::PROPOSALS_JOB,
    ] {
        assert!(kinds.contains(kind.as_str()), "no handler for `{}`", kind.as_str());
    }
}

#[test]
fn every_id_parameter_is_completed_or_deliberately_not() {
    for spec in registry().table() {
        let has_id = spec.params.iter().any(|p| p.kind == ParamKind::Id);
        assert_eq!(spec.complete.is_some(), has_id, "`{}`: an ID parameter goes with a completer", spec.name);
    }
}

/// The Rust files under `dir`, with their text.
fn sources(dir: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut pending = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push((path.display().to_string(), std::fs::read_to_string(&path).expect("source file")));
            }
        }
    }
    assert!(!found.is_empty(), "no sources under {dir}");
    found
}

/// Architecture Invariant: the core and the scheduler name no feature; features reach them
/// through the registry. Features name no adapter.
#[test]
fn layers_import_only_downwards() {
    for dir in ["src/core", "src/scheduler"] {
        for (path, text) in sources(dir) {
            assert!(!text.contains("crate::features"), "{path} names a feature");
        }
    }
    for (path, text) in sources("src/features") {
        assert!(!text.contains("crate::adapters"), "{path} names an adapter");
    }
}

/// On Discord a command with subcommands takes no options of its own: no one-word command is also
/// the first word of others (`action` records an action; `actions list|done|…` follow them).
#[test]
fn no_command_is_also_a_family_of_subcommands() {
    let registry = quorum::features::registry();
    let names: Vec<&str> = registry.table().map(|s| s.name).collect();
    let clashes: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| !n.contains(' ') && names.iter().any(|m| m.starts_with(&format!("{n} "))))
        .collect();
    assert!(clashes.is_empty(), "commands that are also families: {clashes:?}");
}
