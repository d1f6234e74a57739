//! The registry and the shape of the code: every command's spec agrees with itself (examples,
//! usage line), every job kind has its handler, and the layers import only downwards.

use std::collections::BTreeSet;
use std::path::Path;

use quorum::core::command::ParamKind;
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

/// The words of a usage line: placeholders, literal words, `--flags`.
fn usage_words(usage: &str) -> Vec<&str> {
    usage.split(|c: char| c.is_whitespace() || "[]|\"".contains(c)).filter(|w| !w.is_empty()).collect()
}

/// How a parameter shows in a usage line: its name in capitals, or its choices.
fn shows(words: &[&str], name: &str, kind: ParamKind) -> bool {
    let placeholder = name.to_uppercase().replace('_', "-");
    words.contains(&placeholder.as_str())
        || matches!(kind, ParamKind::Choice(choices) if choices.iter().any(|c| words.contains(c)))
}

#[test]
fn every_usage_line_names_exactly_its_parameters_and_flags() {
    for spec in registry().table() {
        let words = usage_words(spec.usage);
        assert!(spec.usage.starts_with(spec.name), "`{}`: usage `{}` does not start with the name", spec.name, spec.usage);
        for param in spec.params {
            assert!(
                shows(&words, param.name, param.kind),
                "`{}`: usage `{}` does not show parameter `{}`",
                spec.name,
                spec.usage,
                param.name
            );
        }
        let in_usage: BTreeSet<&str> = words.iter().filter_map(|w| w.strip_prefix("--")).collect();
        let flags: BTreeSet<&str> = spec.flags.iter().map(|f| f.name).collect();
        assert_eq!(in_usage, flags, "`{}`: usage `{}` and flags differ", spec.name, spec.usage);
        // Every placeholder outside a flag's value names a parameter.
        let mut after_flag = false;
        for word in words.iter().skip(spec.name.split(' ').count()) {
            let is_placeholder = word.chars().any(|c| c.is_ascii_uppercase())
                && word.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '@');
            if is_placeholder && !after_flag {
                let named = word.trim_start_matches('@').to_lowercase().replace('-', "_");
                assert!(
                    spec.params.iter().any(|p| p.name == named),
                    "`{}`: usage `{}` shows `{word}`, which is no parameter",
                    spec.name,
                    spec.usage
                );
            }
            after_flag = word.starts_with("--");
        }
    }
}

#[test]
fn every_job_kind_a_feature_schedules_has_its_handler() {
    use quorum::features::{meetings, reminders};
    let kinds: BTreeSet<&str> = registry().job_kinds().collect();
    for kind in [reminders::REMINDER_JOB, meetings::MEETING_REMINDER_JOB, meetings::MEETING_CALENDAR_JOB] {
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
