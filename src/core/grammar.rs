//! The one text grammar every platform's commands are written in: tokens, options and typed values.
//!
//! Nothing here does I/O; values come out plain and services resolve them.

use std::collections::VecDeque;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::error::ParseError;
use super::reply::Msg;
use super::zones::{self, ZoneLookup};

/// A word of a command line; `quoted` words were written in quotes and are never options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub quoted: bool,
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '\u{201C}' => Some('\u{201D}'),
        '\u{201E}' => Some('\u{201C}'),
        '\u{00AB}' => Some('\u{00BB}'),
        '\u{300C}' => Some('\u{300D}'),
        _ => None,
    }
}

/// Splits a line into words, honouring straight and typographic quotes and `\"` escapes.
pub fn tokenize(input: &str) -> Result<Vec<Token>, ParseError> {
    let mut tokens = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        if let Some(close) = closing_quote(c) {
            chars.next();
            let mut text = String::new();
            let mut closed = false;
            while let Some(c) = chars.next() {
                if c == '\\' && matches!(chars.peek(), Some(&n) if n == close || n == '\\') {
                    text.push(chars.next().unwrap_or(close));
                } else if c == close || (c == '"' && close != '"' && c != '\u{201C}') {
                    closed = true;
                    break;
                } else {
                    text.push(c);
                }
            }
            if !closed {
                return Err(ParseError::UnterminatedQuote);
            }
            tokens.push(Token { text, quoted: true });
        } else {
            let mut text = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                text.push(c);
                chars.next();
            }
            tokens.push(Token { text, quoted: false });
        }
    }
    Ok(tokens)
}

/// Quotes free text for the grammar, escaping what would end the quote: `tokenize` reads it back
/// as one word.
pub fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A change to a numbered list: an item added at the end, or one removed by its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListChange {
    Add(String),
    Remove(i64),
}

/// The options a command accepts: `--name` alone or `--name value`.
#[derive(Debug, Clone, Copy)]
pub struct FlagSpec {
    pub name: &'static str,
    pub takes_value: bool,
}

/// The words of one command after its name, with options already separated out.
#[derive(Debug)]
pub struct Args {
    words: VecDeque<Token>,
    flags: Vec<(&'static str, Option<String>)>,
    /// What the reply should point out about input that was accepted (a fixed-offset zone).
    cautions: Vec<Msg>,
}

impl Args {
    pub fn new(tokens: Vec<Token>, accepted: &[FlagSpec]) -> Result<Self, ParseError> {
        let mut words = VecDeque::new();
        let mut flags: Vec<(&'static str, Option<String>)> = Vec::new();
        let mut tokens = tokens.into_iter();
        while let Some(token) = tokens.next() {
            let name = match token.text.strip_prefix("--") {
                Some(name) if !token.quoted && !name.is_empty() => name,
                _ => {
                    words.push_back(token);
                    continue;
                }
            };
            let (name, inline) = match name.split_once('=') {
                Some((n, v)) => (n, Some(v.to_owned())),
                None => (name, None),
            };
            let spec = accepted
                .iter()
                .find(|f| f.name.eq_ignore_ascii_case(name))
                .ok_or_else(|| ParseError::UnknownFlag { flag: format!("--{name}") })?;
            if flags.iter().any(|(n, _)| *n == spec.name) {
                return Err(ParseError::FlagTwice { flag: format!("--{}", spec.name) });
            }
            let value = if spec.takes_value {
                match inline.or_else(|| tokens.next().map(|t| t.text)) {
                    Some(v) if !v.is_empty() => Some(v),
                    _ => return Err(ParseError::FlagNeedsValue { flag: format!("--{}", spec.name) }),
                }
            } else {
                None
            };
            flags.push((spec.name, value));
        }
        Ok(Self { words, flags, cautions: Vec::new() })
    }

    pub fn peek(&self) -> Option<&Token> {
        self.words.front()
    }

    pub fn next_token(&mut self) -> Option<Token> {
        self.words.pop_front()
    }

    /// The next word, required.
    pub fn word(&mut self, name: &'static str) -> Result<String, ParseError> {
        self.next_token().map(|t| t.text).ok_or(ParseError::Missing { name })
    }

    /// The next word if it equals `keyword` (case-insensitive, unquoted), consumed.
    pub fn keyword(&mut self, keyword: &str) -> bool {
        match self.peek() {
            Some(t) if !t.quoted && t.text.eq_ignore_ascii_case(keyword) => {
                self.words.pop_front();
                true
            }
            _ => false,
        }
    }

    /// All remaining words as one text: a single quoted word, or the bare words joined by spaces.
    pub fn rest(&mut self, name: &'static str) -> Result<String, ParseError> {
        if self.words.is_empty() {
            return Err(ParseError::Missing { name });
        }
        let words: Vec<String> = self.words.drain(..).map(|t| t.text).collect();
        Ok(words.join(" "))
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words not yet consumed, in order.
    pub fn remaining(&self) -> impl Iterator<Item = &Token> {
        self.words.iter()
    }

    /// A time zone the command names. An abbreviation or a UTC offset (`EST`, `UTC+2`) is accepted
    /// as the fixed offset it names, and the reply then says which zone people usually mean.
    pub fn zone(&mut self, value: &str) -> Result<Tz, ParseError> {
        match zones::lookup(value) {
            ZoneLookup::Found(tz) => Ok(tz),
            ZoneLookup::Fixed(fixed) => {
                self.cautions.push(fixed.caution(value));
                Ok(fixed.tz)
            }
            ZoneLookup::Unknown { suggestion } => Err(ParseError::UnknownZone { value: value.to_owned(), suggestion }),
        }
    }

    /// An item's number in a numbered list (`3` or `#3`), from 1.
    pub fn number(&mut self) -> Result<i64, ParseError> {
        let word = self.word("number")?;
        word.trim_start_matches('#').parse::<i64>().ok().filter(|n| *n >= 1).ok_or(ParseError::BadChoice {
            name: "number",
            value: word,
            allowed: "1, 2, 3…".into(),
        })
    }

    /// What follows a numbered list's name: nothing (show it), `add "TEXT"` (up to `max`
    /// characters, no invisible characters) or `remove NUMBER`.
    pub fn list_change(&mut self, max: usize) -> Result<Option<ListChange>, ParseError> {
        if self.is_empty() {
            return Ok(None);
        }
        if self.keyword("add") {
            return Ok(Some(ListChange::Add(check_short_text("text", &self.rest("text")?, max)?)));
        }
        if self.keyword("remove") {
            return Ok(Some(ListChange::Remove(self.number()?)));
        }
        let word = self.word("change")?;
        Err(ParseError::BadChoice { name: "change", value: word, allowed: "add, remove".into() })
    }

    /// The cautions gathered while parsing, for the reply.
    pub fn take_cautions(&mut self) -> Vec<Msg> {
        std::mem::take(&mut self.cautions)
    }

    pub fn flag(&mut self, name: &str) -> Option<String> {
        let i = self.flags.iter().position(|(n, _)| *n == name)?;
        self.flags.remove(i).1
    }

    pub fn switch(&mut self, name: &str) -> bool {
        match self.flags.iter().position(|(n, _)| *n == name) {
            Some(i) => {
                self.flags.remove(i);
                true
            }
            None => false,
        }
    }

    /// Leftover words are an error, never silently ignored.
    pub fn finish(self) -> Result<(), ParseError> {
        if let Some(t) = self.words.front() {
            return Err(ParseError::Unexpected { text: t.text.clone() });
        }
        if let Some((name, _)) = self.flags.first() {
            return Err(ParseError::Unexpected { text: format!("--{name}") });
        }
        Ok(())
    }
}

/// `90m`, `2h`, `7d`, `1h30m`, `2w`, `45s`: a positive span of at most ten years.
pub fn parse_duration(value: &str) -> Result<Duration, ParseError> {
    let bad = || ParseError::BadDuration { value: value.to_owned() };
    let mut total = Duration::zero();
    let mut digits = String::new();
    let mut parts = 0;
    for c in value.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: i64 = digits.parse().map_err(|_| bad())?;
        if n > 1_000_000 {
            return Err(bad());
        }
        digits.clear();
        total += match c.to_ascii_lowercase() {
            's' => Duration::seconds(n),
            'm' => Duration::minutes(n),
            'h' => Duration::hours(n),
            'd' => Duration::days(n),
            'w' => Duration::weeks(n),
            _ => return Err(bad()),
        };
        parts += 1;
    }
    if !digits.is_empty() || parts == 0 || total <= Duration::zero() || total > Duration::days(3660) {
        return Err(bad());
    }
    Ok(total)
}

/// A span written as `parse_duration` reads it, in whole days, hours, minutes and seconds:
/// `15m`, `2h`, `1d`, `1h30m`. What a person would type to say it back.
pub fn duration_label(span: Duration) -> String {
    let mut left = span.num_seconds().max(0);
    let mut label = String::new();
    for (unit, seconds) in [('d', 86_400), ('h', 3_600), ('m', 60), ('s', 1)] {
        if left >= seconds {
            label.push_str(&format!("{}{unit}", left / seconds));
            left %= seconds;
        }
    }
    if label.is_empty() { "0s".to_owned() } else { label }
}

/// The years a date may name: a year typed as 2206 for 2026, or 1026, is a typo, not a plan.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// `2026-12-01`, in the years 2000 to 2100.
pub fn parse_date(value: &str) -> Result<NaiveDate, ParseError> {
    let date =
        NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| ParseError::BadDate { value: value.to_owned() })?;
    if !YEARS.contains(&date.year()) {
        return Err(ParseError::DateOutOfRange { value: value.to_owned() });
    }
    Ok(date)
}

/// `09:00`, `9:00`, `14:30`.
pub fn parse_time(value: &str) -> Result<NaiveTime, ParseError> {
    NaiveTime::parse_from_str(value, "%H:%M").map_err(|_| ParseError::BadTime { value: value.to_owned() })
}

/// `4` or `#4`: the short number of an object. `#0` is a number that names nothing, so the
/// service answers that no such object exists, as for any other number it does not know.
pub fn parse_id(value: &str) -> Result<i64, ParseError> {
    let digits = value.strip_prefix('#').unwrap_or(value);
    match digits.parse::<i64>() {
        Ok(n) if digits.chars().all(|c| c.is_ascii_digit()) => Ok(n),
        _ => Err(ParseError::BadId { value: value.to_owned() }),
    }
}

/// Words that say when on their own, so that one found where the text should start is a second
/// time rather than the text's first word.
const TIME_WORDS: &[&str] = &[
    "in",
    "at",
    "every",
    "today",
    "tonight",
    "tomorrow",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "hourly",
    "noon",
    "midnight",
    "weekday",
    "weekdays",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a word says when: a word of [`TIME_WORDS`], a date, a time (`09:00`, `9am`) or a
/// duration (`2h`).
pub fn is_time_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let twelve_hour = lower.strip_suffix("am").or_else(|| lower.strip_suffix("pm")).is_some_and(|clock| {
        clock.parse::<u32>().is_ok_and(|hour| (1..=12).contains(&hour)) || parse_time(clock).is_ok()
    });
    TIME_WORDS.contains(&lower.as_str())
        || twelve_hour
        || parse_time(word).is_ok()
        || NaiveDate::parse_from_str(word, "%Y-%m-%d").is_ok()
        || parse_duration(word).is_ok()
}

/// Whether a word names a person: `@name`, `@user:server` or Discord's `<@123>`.
pub fn is_mention(value: &str) -> bool {
    (value.starts_with('@') && value.len() > 1) || (value.starts_with("<@") && value.ends_with('>'))
}

/// Characters that can make text lie about itself: controls and bidi overrides.
fn is_forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || ('\u{202A}'..='\u{202E}').contains(&c)
}

/// Zero-width characters, direction marks and other invisible characters, refused in names,
/// short texts and codes.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}' | '\u{180E}'
    )
}

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Pictographs that emoji sequences join (Unicode's Extended_Pictographic, by its blocks),
/// with the skin-tone modifiers that may end one of their parts.
fn is_pictograph(c: char) -> bool {
    matches!(
        c as u32,
        0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x21AA | 0x231A..=0x23FF | 0x24C2
            | 0x25A0..=0x27BF | 0x2934 | 0x2935 | 0x2B00..=0x2BFF | 0x3030 | 0x303D | 0x3297 | 0x3299
            | 0x1F000..=0x1FAFF | 0x1FC00..=0x1FFFD
    )
}

/// Letters of scripts whose spelling uses the zero-width joiners (Arabic script, as in Persian
/// and Urdu; the Brahmic scripts of South Asia), where a joiner changes how the letters are drawn.
/// Letters and marks (an Indic virama is a mark, not a letter) count; digits and invisible
/// characters of those blocks do not.
fn joins_in_writing(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0x0900..=0x0DFF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
        && !c.is_numeric()
        && !is_invisible(c)
}

/// Whether the joiner at `chars[i]` is part of what is written: a ZWJ inside an emoji sequence
/// (👩‍💻, 🏳️‍🌈), or a joiner between two letters of a script that uses it.
fn joiner_belongs(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| **c != '\u{FE0F}');
    let after = chars.get(i + 1);
    let (Some(&before), Some(&after)) = (before, after) else { return false };
    (chars[i] == ZWJ && is_pictograph(before) && is_pictograph(after))
        || (joins_in_writing(before) && joins_in_writing(after))
}

/// Whether `value` has an invisible character that is not part of an emoji sequence or of a
/// word's spelling.
fn has_stray_invisible(value: &str) -> bool {
    let chars: Vec<char> = value.chars().collect();
    chars.iter().enumerate().any(|(i, c)| is_invisible(*c) && !(matches!(*c, ZWJ | ZWNJ) && joiner_belongs(&chars, i)))
}

/// A person's free text (a reminder, a title): trimmed, not empty, at most `max` characters.
pub fn check_text(name: &'static str, value: &str, max: usize) -> Result<String, ParseError> {
    let value = value.trim();
    if value.is_empty() || value.chars().all(is_invisible) {
        return Err(ParseError::EmptyText { name });
    }
    let len = value.chars().count();
    if len > max {
        return Err(ParseError::TooLong { name, max, len });
    }
    if value.chars().any(is_forbidden_char) {
        return Err(ParseError::ControlCharacters { name });
    }
    Ok(value.to_owned())
}

/// A name shown as a label (a body's name): a short text on one line.
pub fn check_name(name: &'static str, value: &str, max: usize) -> Result<String, ParseError> {
    let value = check_short_text(name, value, max)?;
    if value.contains('\n') {
        return Err(ParseError::ControlCharacters { name });
    }
    Ok(value)
}

/// A short text read at a glance (a meeting's title, an agenda item): free text without
/// invisible characters, which could make two different texts look alike, except the joiners
/// of an emoji sequence (👩‍💻) or of a word's spelling.
pub fn check_short_text(name: &'static str, value: &str, max: usize) -> Result<String, ParseError> {
    let value = check_text(name, value, max)?;
    if has_stray_invisible(&value) {
        return Err(ParseError::ControlCharacters { name });
    }
    Ok(value)
}

/// A short code such as a body's `BC` or `BC-exec`: ASCII letters, digits, `-` and `_`.
pub fn check_code(name: &'static str, value: &str, max: usize) -> Result<String, ParseError> {
    let len = value.chars().count();
    if len > max {
        return Err(ParseError::TooLong { name, max, len });
    }
    // Never echo direction overrides or invisible characters back in the error.
    if value.chars().any(|c| is_forbidden_char(c) || is_invisible(c)) {
        return Err(ParseError::ControlCharacters { name });
    }
    let valid = value.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid {
        return Err(ParseError::BadChoice { name, value: value.to_owned(), allowed: "A-Z a-z 0-9 - _".to_owned() });
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).unwrap().into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn quotes_of_several_scripts_group_words() {
        assert_eq!(words(r#"a "b c" d"#), ["a", "b c", "d"]);
        assert_eq!(words("“Monthly call” x"), ["Monthly call", "x"]);
        assert_eq!(words("«Réunion du bureau»"), ["Réunion du bureau"]);
        assert_eq!(words(r#""say \"hi\"""#), [r#"say "hi""#]);
        assert_eq!(tokenize(r#""open"#), Err(ParseError::UnterminatedQuote));
    }

    #[test]
    fn options_are_separated_and_checked() {
        let spec = [FlagSpec { name: "cron", takes_value: true }, FlagSpec { name: "multi", takes_value: false }];
        let mut args = Args::new(tokenize(r#"x --cron "0 9 * * 1-5" --multi y"#).unwrap(), &spec).unwrap();
        assert_eq!(args.flag("cron").as_deref(), Some("0 9 * * 1-5"));
        assert!(args.switch("multi"));
        assert_eq!(args.word("a").unwrap(), "x");
        assert_eq!(args.word("b").unwrap(), "y");
        args.finish().unwrap();
        assert!(matches!(Args::new(tokenize("--nope").unwrap(), &spec), Err(ParseError::UnknownFlag { .. })));
        assert!(matches!(Args::new(tokenize("--cron").unwrap(), &spec), Err(ParseError::FlagNeedsValue { .. })));
        let quoted = Args::new(tokenize(r#""--cron""#).unwrap(), &spec).unwrap();
        assert!(matches!(quoted.finish(), Err(ParseError::Unexpected { .. })));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90m").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("7d").unwrap(), Duration::days(7));
        assert_eq!(parse_duration("2W").unwrap(), Duration::weeks(2));
        for bad in ["", "0m", "m", "5", "5x", "-5m", "99999999999h", "1h 30m", "٣h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn duration_labels_read_back_as_the_same_span() {
        for (typed, label) in [("15m", "15m"), ("90m", "1h30m"), ("24h", "1d"), ("1d2h", "1d2h"), ("45s", "45s")] {
            let span = parse_duration(typed).unwrap();
            assert_eq!(duration_label(span), label);
            assert_eq!(parse_duration(label).unwrap(), span);
        }
    }

    #[test]
    fn ids_accept_hash_prefix_only() {
        assert_eq!(parse_id("#4").unwrap(), 4);
        assert_eq!(parse_id("12").unwrap(), 12);
        // No object has number 0: the service says it was not found.
        assert_eq!(parse_id("#0").unwrap(), 0);
        for bad in ["#", "-3", "+3", "x", "##4", "4a", "99999999999999999999"] {
            assert!(parse_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_are_within_the_years_plans_are_made_for() {
        assert_eq!(parse_date("2026-12-01").unwrap(), NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert!(parse_date("2000-01-01").is_ok());
        assert!(parse_date("2100-12-31").is_ok());
        for far in ["1999-12-31", "2101-01-01", "2206-05-01", "0026-05-01", "9999-12-31"] {
            assert!(matches!(parse_date(far), Err(ParseError::DateOutOfRange { .. })), "{far}");
        }
        assert!(matches!(parse_date("2026-02-30"), Err(ParseError::BadDate { .. })));
    }

    #[test]
    fn time_words_are_recognised() {
        for word in
            ["in", "At", "every", "tomorrow", "Monday", "09:00", "9am", "12PM", "7:30pm", "2026-12-01", "2h", "1h30m"]
        {
            assert!(is_time_word(word), "{word}");
        }
        for word in ["call", "Bob", "the", "13pm", "9", "on", "Europe/Zurich", "inbox"] {
            assert!(!is_time_word(word), "{word}");
        }
    }

    #[test]
    fn short_texts_refuse_invisible_characters_but_keep_emoji_and_joined_letters() {
        for hidden in [
            "Budget\u{200B}call",
            "Budget\u{200E}call",
            "Budget\u{200F}call",
            "Budget\u{061C}call",
            "Budget\u{2060}call",
            "Budget\u{2067}call",
            "Budget\u{200D}2027",
            "\u{200D}👩",
            "👩\u{200D}",
            "Tech\u{200C}call",
        ] {
            assert!(
                matches!(check_short_text("title", hidden, 100), Err(ParseError::ControlCharacters { .. })),
                "{hidden:?}"
            );
        }
        for shown in [
            "👩\u{200D}💻 Tech call",
            "🏳\u{FE0F}\u{200D}🌈 Pride",
            "👨🏽\u{200D}⚕\u{FE0F} Health desk",
            "👩\u{200D}👩\u{200D}👧 family",
            "می\u{200C}خواهم",
            "क्\u{200D}ष",
            "مرحبا 👋🏽",
            "Réunion du bureau",
        ] {
            assert_eq!(check_short_text("title", shown, 100).unwrap(), shown, "{shown:?}");
        }
        // Longer free text (a reminder) may carry direction marks, as Arabic and Hebrew text does.
        assert!(check_text("text", "abc\u{200F} def", 100).is_ok());
        assert!(matches!(check_name("name", "B\u{200D}C", 100), Err(ParseError::ControlCharacters { .. })));
    }

    #[test]
    fn text_checks() {
        assert_eq!(check_text("text", "  مرحبا 👋🏽  ", 100).unwrap(), "مرحبا 👋🏽");
        assert!(matches!(check_text("text", "\u{200B}", 100), Err(ParseError::EmptyText { .. })));
        assert!(matches!(check_text("text", "abc\u{202E}def", 100), Err(ParseError::ControlCharacters { .. })));
        assert!(matches!(check_text("text", &"é".repeat(101), 100), Err(ParseError::TooLong { len: 101, .. })));
        assert!(matches!(check_name("name", "B\u{200B}C", 100), Err(ParseError::ControlCharacters { .. })));
        assert!(check_code("short", "BC-exec", 16).is_ok());
        assert!(check_code("short", "B\u{200B}C", 16).is_err());
        assert!(check_code("short", "-BC", 16).is_err());
    }
}
