//! Command lines for the fuzzer, built from the command table itself: each spec's examples, lines
//! assembled from its parameters and flags with valid and absurd values, those lines mutated word
//! by word, and byte-level mutations decoded lossily.

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::core::command::{CommandSpec, ParamKind};

/// Text that has broken parsers and renderers elsewhere: direction overrides and isolates,
/// zero-width and other invisible characters, joiners, controls, NUL, non-characters, scripts
/// written right to left, combining marks.
const ODD_TEXT: &[&str] = &[
    "\u{202E}",
    "\u{202D}",
    "\u{202A}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{061C}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{2060}",
    "\u{180E}",
    "\u{3164}",
    "\u{115F}",
    "\u{034F}",
    "\0",
    "\u{1}",
    "\u{1B}[31m",
    "\u{7F}",
    "\u{85}",
    "\r",
    "\n",
    "\t",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{A0}",
    "👩\u{200D}👩\u{200D}👧\u{200D}👦",
    "🏳\u{FE0F}\u{200D}🌈",
    "👍🏽",
    "🇨🇭",
    "e\u{301}",
    "Z\u{337}\u{322}\u{349}a\u{334}l\u{336}g\u{338}o",
    "مرحبا بالعالم",
    "اجتماع الأعضاء",
    "שלום",
    "你好，世界",
    "Привет",
    "\u{10FFFF}",
    "\u{FFFD}",
    "\u{FFFF}",
    "\u{E000}",
    "\u{FDFA}",
    "\u{1242B}",
    "\\",
    "\\\"",
    "`",
    "```",
    "**",
    "<b>",
    "&amp;",
    "%s",
    "{ $name }",
    "'; DROP TABLE members; --",
    "@everyone",
    "<@&123>",
    "<#123>",
];

/// Opening and closing quotes the tokenizer knows, and a few it does not.
const QUOTES: &[(&str, &str)] = &[
    ("\"", "\""),
    ("\u{201C}", "\u{201D}"),
    ("\u{201E}", "\u{201C}"),
    ("\u{AB}", "\u{BB}"),
    ("\u{300C}", "\u{300D}"),
    ("'", "'"),
    ("\u{2018}", "\u{2019}"),
    ("\u{201C}", "\""),
    ("\"", "\u{201D}"),
];

const USERS: &[&str] = &[
    "@admin",
    "@staff",
    "@member",
    "@stranger",
    "@nobody",
    "@alice",
    "<@123456789012345678>",
    "<@!42>",
    "<@>",
    "@",
    "@@",
    "@alice:example.org",
    "@\u{202E}evil",
    "@a\u{200B}dmin",
    "@\u{1}",
];

const ZONES: &[&str] = &[
    "Europe/Zurich",
    "UTC",
    "Geneva",
    "New York",
    "America/New_York",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Pacific/Chatham",
    "Pacific/Apia",
    "America/St_Johns",
    "Etc/GMT+12",
    "Etc/GMT-14",
    "Africa/Casablanca",
    "America/Santiago",
    "Antarctica/Troll",
    "EST5EDT",
    "zulu",
    "Mars/Base",
    "Europe/Zurch",
    "europe/zurich",
    "/",
    "../../etc/passwd",
    "Europe/",
    "GMT+25",
];

const DURATIONS: &[&str] = &[
    "2h",
    "90m",
    "1h30m",
    "7d",
    "2w",
    "45s",
    "1s",
    "24h",
    "1m",
    "3660d",
    "522w",
    "3661d",
    "523w",
    "0m",
    "0s",
    "-5m",
    "5",
    "h",
    "m5",
    "1h 30m",
    "1.5h",
    "1e3s",
    "٣h",
    "99999999999h",
    "1000000w",
    "1000001s",
    "2H",
    "9223372036854775807s",
];

const TIMES: &[&str] = &[
    "09:00",
    "9:00",
    "14:30",
    "23:59",
    "00:00",
    "02:30",
    "01:30",
    "24:00",
    "25:61",
    "12:60",
    "-1:00",
    "9",
    "9:0",
    "09:00:00",
    "９:００",
];

const LANGUAGES: &[&str] = &["en", "fr", "ar", "zh", "ru", "es", "xx", "EN", "fr-CA", "zh-Hant", "", "ar\u{200F}"];

const CODES: &[&str] = &[
    "BC",
    "BC-exec",
    "NC",
    "bc",
    "bc-EXEC",
    "X",
    "ABCDEFGHIJKLMNOPQ",
    "-BC",
    "B C",
    "B\u{200B}C",
    "BC\u{202E}",
    "Ü",
    "_",
];

const ROLES: &[&str] = &["admin", "staff", "exec", "member", "applicant", "guest", "owner", "STAFF", ""];

const REPEATS: &[&str] = &[
    "every day",
    "every weekday",
    "every weekday at 09:00",
    "every weekend at 23:59",
    "every tuesday",
    "every monday and thursday at 18:00",
    "every 2 weeks on monday and thursday",
    "every other week",
    "every month on the first thursday",
    "monthly on the last friday",
    "every month on the 31",
    "every 12 months on the 31",
    "every 99 months on 29",
    "every 99 days",
    "every 100 days",
    "every 0 weeks",
    "every hour",
    "every hour at 09:00",
    "every month on the 5th monday",
    "every tuesday at 25:00",
    "every day at",
    "at 09:00",
    "every",
    "every blue moon",
    "every week on",
];

const CRONS: &[&str] = &[
    "0 9 * * 1-5",
    "0 0 14 * * Thu",
    "30 2 * * *",
    "0 16 1 * *",
    "*/15 * * * *",
    "0 0 29 2 *",
    "0 0 31 4 *",
    "0 0 30 2 *",
    "61 * * * *",
    "0 25 * * *",
    "*/0 * * * *",
    "1 0 14 * * *",
    "0 9 * * 8",
    "0 9 * * 7",
    "@yearly",
    "* * * * * * *",
    "0 9 * *",
    "0 9 L * *",
    "0-59 0-23 1-31 1-12 0-6",
    "0 0 1 1 * 2099",
];

const LINKS: &[&str] = &[
    "https://meet.example.org/council",
    "http://example.org",
    "https://[::1]:8080/x?y=z#f",
    "javascript:alert(1)",
    "http://",
    "https://",
    "ftp://example.org",
    "mailto:a@b.c",
    "none",
    "NONE",
    "https://xn--mnchen-3ya.de/\u{202E}",
    "https://exa mple.org",
];

const ORDERS: &[&str] =
    &["3,1,2", "1", "2 1", "1,1", "0", ",,,", "-1", "1,2,3,4,5,6,7,8,9,10,11,12", "99999999999999999999", "1;2", "a,b"];

const RULES: &[&str] =
    &["50%", "0%", "100%", "101%", "4", "0", "none", "-1", "50.5%", "%", "99999999999999999999", "1/2", "NONE"];

const WHENS: &[&str] = &["in", "at", "every", "on", "tomorrow", "--cron"];

const RSVP: &[&str] = &["yes", "no", "maybe", "YES", "si", "oui", ""];

const PRESENCE: &[&str] = &["remote", "in-person", "REMOTE", "online", ""];

/// Makes command lines from a seed: the same seed gives the same lines, so any failure is
/// reproduced with `--seed` and the case number.
pub struct Lines {
    rng: StdRng,
    specs: Vec<&'static CommandSpec>,
    /// Dates near the fuzzer's clock, so that valid ones are often in the future.
    base_date: chrono::NaiveDate,
}

impl Lines {
    pub fn new(seed: u64, base_date: chrono::NaiveDate) -> Self {
        Self { rng: StdRng::seed_from_u64(seed), specs: crate::features::registry().table().collect(), base_date }
    }

    pub fn rng(&mut self) -> &mut StdRng {
        &mut self.rng
    }

    /// One command line (without the platform's prefix). `ids` are numbers of objects that exist.
    pub fn line(&mut self, ids: &[i64]) -> String {
        let spec = *self.specs.choose(&mut self.rng).expect("the command table is not empty");
        match self.rng.random_range(0..100) {
            0..15 => self.example(spec),
            15..45 => self.assembled(spec, ids),
            45..80 => {
                let line = if self.rng.random_bool(0.5) { self.example(spec) } else { self.assembled(spec, ids) };
                self.mutated(line, ids)
            }
            80..94 => {
                let line = if self.rng.random_bool(0.5) { self.example(spec) } else { self.assembled(spec, ids) };
                self.bytes_mutated(line)
            }
            94..97 => self.noise(),
            _ => {
                let bytes: Vec<u8> = (0..self.rng.random_range(0..64)).map(|_| self.rng.random()).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
        }
    }

    fn pick(&mut self, pool: &[&str]) -> String {
        (*pool.choose(&mut self.rng).expect("pools are not empty")).to_owned()
    }

    /// The spec's name or one of its aliases, sometimes in odd case.
    fn name(&mut self, spec: &CommandSpec) -> String {
        let name = match spec.aliases.choose(&mut self.rng) {
            Some(alias) if self.rng.random_bool(0.3) => (*alias).to_owned(),
            _ => spec.name.to_owned(),
        };
        if self.rng.random_bool(0.05) { name.to_uppercase() } else { name }
    }

    fn example(&mut self, spec: &CommandSpec) -> String {
        let Some(example) = spec.examples.choose(&mut self.rng) else { return spec.name.to_owned() };
        // Examples are written with the spec's name; try an alias in its place now and then.
        match example.strip_prefix(spec.name) {
            Some(rest) if self.rng.random_bool(0.3) => format!("{}{rest}", self.name(spec)),
            _ => (*example).to_owned(),
        }
    }

    /// A line from the spec's grammar: its name, a value for each parameter, some of its flags.
    fn assembled(&mut self, spec: &CommandSpec, ids: &[i64]) -> String {
        let mut words = vec![self.name(spec)];
        for param in spec.params {
            if param.required || self.rng.random_bool(0.6) {
                words.push(self.value(param.name, param.kind, ids));
            }
        }
        for flag in spec.flags {
            if !self.rng.random_bool(0.3) {
                continue;
            }
            let value = if flag.takes_value || self.rng.random_bool(0.05) {
                Some(self.flag_value(flag.name, ids))
            } else {
                None
            };
            let at = self.rng.random_range(1..=words.len());
            match value {
                Some(v) if self.rng.random_bool(0.15) => words.insert(at, format!("--{}={v}", flag.name)),
                Some(v) => {
                    words.insert(at, v);
                    words.insert(at, format!("--{}", flag.name));
                }
                None => words.insert(at, format!("--{}", flag.name)),
            }
        }
        words.join(" ")
    }

    fn quoted(&mut self, text: &str) -> String {
        let (open, close) =
            if self.rng.random_bool(0.7) { QUOTES[0] } else { *QUOTES.choose(&mut self.rng).expect("quotes") };
        format!("{open}{text}{close}")
    }

    /// A person's free text: ordinary, odd, or around the length limit.
    fn text(&mut self, max: usize) -> String {
        let text = match self.rng.random_range(0..10) {
            0..4 => {
                self.pick(&["Send the draft", "Budget 2027", "Call starts", "x", "Réunion du bureau", "  padded  "])
            }
            4..7 => {
                let parts = self.rng.random_range(1..4);
                let mut text = String::new();
                for _ in 0..parts {
                    text.push_str(&self.pick(ODD_TEXT));
                    if self.rng.random_bool(0.5) {
                        text.push_str("word");
                    }
                }
                text
            }
            7 => "é".repeat(max),
            8 => "x".repeat(max + 1),
            _ => "👩\u{200D}👩\u{200D}👧".repeat(self.rng.random_range(1..=max.max(1) * 2)),
        };
        if self.rng.random_bool(0.8) { self.quoted(&text) } else { text }
    }

    fn id(&mut self, ids: &[i64]) -> String {
        let n = match ids.choose(&mut self.rng) {
            Some(id) if self.rng.random_bool(0.6) => *id,
            _ => match self.rng.random_range(0..4) {
                0 => self.rng.random_range(1..50),
                1 => self.rng.random_range(1000..1_000_000),
                2 => i64::MAX,
                _ => {
                    return self.pick(&[
                        "0",
                        "#0",
                        "-1",
                        "#-1",
                        "#",
                        "##1",
                        "#1#",
                        "١٢",
                        "1e3",
                        "0x10",
                        "+5",
                        "#007",
                        "9223372036854775808",
                        "#99999999999999999999",
                        "#\u{200B}1",
                    ]);
                }
            },
        };
        if self.rng.random_bool(0.6) { format!("#{n}") } else { n.to_string() }
    }

    fn date(&mut self) -> String {
        if self.rng.random_bool(0.7) {
            let offset = self.rng.random_range(-40..400);
            return (self.base_date + chrono::Duration::days(offset)).format("%Y-%m-%d").to_string();
        }
        self.pick(&[
            "0000-01-01",
            "0001-01-01",
            "1970-01-01",
            "9999-12-31",
            "2026-02-29",
            "2028-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-12-32",
            "+262143-12-31",
            "-0001-01-01",
            "262144-01-01",
            "2026-1-1",
            "2026/12/01",
            "01-12-2026",
            "2026-12-01T09:00",
            "today",
            "tomorrow",
        ])
    }

    /// A value for a parameter, chosen by its kind and, for plain words, by its name.
    fn value(&mut self, name: &str, kind: ParamKind, ids: &[i64]) -> String {
        match kind {
            ParamKind::Text { max } => self.text(max),
            ParamKind::Duration => self.pick(DURATIONS),
            ParamKind::Date => self.date(),
            ParamKind::Time => self.pick(TIMES),
            ParamKind::Zone => self.pick(ZONES),
            ParamKind::Language => self.pick(LANGUAGES),
            ParamKind::Id => self.id(ids),
            ParamKind::User => self.pick(USERS),
            ParamKind::Choice(choices) => match choices.choose(&mut self.rng) {
                Some(choice) if self.rng.random_bool(0.8) => (*choice).to_owned(),
                _ => self.pick(&["nope", "", "\u{200B}"]),
            },
            ParamKind::Word => match name {
                "short" | "body" => self.pick(CODES),
                "role" => self.pick(ROLES),
                "user" => self.pick(USERS),
                "target" => self.pick(&["me", "here", "@member", "@staff", "@nobody", "<@1>", "you", "ME"]),
                "when" => self.when(),
                "order" => self.pick(ORDERS),
                "item" => self.id(ids).trim_start_matches('#').to_owned(),
                "rule" => self.pick(RULES),
                "switch" => self.pick(&["on", "off", "ON", "maybe"]),
                "answer" => self.pick(RSVP),
                "presence" => self.pick(PRESENCE),
                "meeting" => {
                    if self.rng.random_bool(0.3) {
                        "all".into()
                    } else {
                        self.id(ids)
                    }
                }
                "time" | "to_time" => self.pick(TIMES),
                "date" | "to_date" => self.date(),
                "language" => self.pick(LANGUAGES),
                "zone" => self.pick(ZONES),
                "command" => {
                    let spec = *self.specs.choose(&mut self.rng).expect("the command table is not empty");
                    if self.rng.random_bool(0.8) { spec.name.to_owned() } else { self.pick(ODD_TEXT) }
                }
                _ => self.pick(&["x", "word", "1"]),
            },
        }
    }

    /// How a reminder says when: `in 2h`, `at 2026-12-01 09:00 Europe/Zurich`, `every weekday`.
    fn when(&mut self) -> String {
        match self.rng.random_range(0..4) {
            0 => format!("in {}", self.pick(DURATIONS)),
            1 => {
                let date = if self.rng.random_bool(0.5) { format!("{} ", self.date()) } else { String::new() };
                let zone = if self.rng.random_bool(0.5) { format!(" {}", self.pick(ZONES)) } else { String::new() };
                format!("at {date}{}{zone}", self.pick(TIMES))
            }
            2 => self.pick(REPEATS),
            _ => self.pick(WHENS),
        }
    }

    fn flag_value(&mut self, name: &str, ids: &[i64]) -> String {
        let value = match name {
            "duration" => self.pick(DURATIONS),
            "date" => self.date(),
            "time" => self.pick(TIMES),
            "zone" => self.pick(ZONES),
            "repeat" => self.pick(REPEATS),
            "cron" => self.pick(CRONS),
            "link" => {
                if self.rng.random_bool(0.1) {
                    format!("https://example.org/{}", "a".repeat(self.rng.random_range(400..3000)))
                } else {
                    self.pick(LINKS)
                }
            }
            "remind" => {
                let parts: Vec<String> =
                    (0..self.rng.random_range(1..5)).map(|_| self.pick(&[DURATIONS, &["none", ""]].concat())).collect();
                parts.join(",")
            }
            "title" | "dial" => return self.text(200),
            _ => self.id(ids),
        };
        if value.contains(' ') || value.is_empty() || self.rng.random_bool(0.1) { self.quoted(&value) } else { value }
    }

    /// Odd text alone, or a run of odd fragments.
    fn noise(&mut self) -> String {
        (0..self.rng.random_range(1..8)).map(|_| self.pick(ODD_TEXT)).collect::<Vec<_>>().join(" ")
    }

    /// One to three word-level changes: dropped, repeated or swapped words, words replaced by
    /// odd values, unknown or valueless flags, broken quotes, invisible characters, numbers out
    /// of range.
    fn mutated(&mut self, line: String, ids: &[i64]) -> String {
        let mut words: Vec<String> = line.split(' ').map(str::to_owned).collect();
        for _ in 0..self.rng.random_range(1..=3) {
            let i = self.rng.random_range(0..words.len().max(1)).min(words.len().saturating_sub(1));
            match self.rng.random_range(0..14) {
                0 if words.len() > 1 => {
                    words.remove(i);
                }
                1 => {
                    let w = words.get(i).cloned().unwrap_or_default();
                    words.insert(i, w);
                }
                2 if words.len() > 1 => {
                    let j = self.rng.random_range(0..words.len());
                    words.swap(i, j);
                }
                3 => {
                    let kinds = [
                        ParamKind::Duration,
                        ParamKind::Date,
                        ParamKind::Time,
                        ParamKind::Zone,
                        ParamKind::Id,
                        ParamKind::User,
                        ParamKind::Text { max: 100 },
                    ];
                    let kind = *kinds.choose(&mut self.rng).expect("kinds");
                    let value = self.value("x", kind, ids);
                    if words.is_empty() { words.push(value) } else { words[i] = value }
                }
                4 => {
                    let flag = self.pick(&[
                        "--bogus",
                        "--",
                        "--=",
                        "--duration",
                        "--cron",
                        "--date=",
                        "--ONCE",
                        "—duration",
                        "--remind=none,,",
                    ]);
                    words.insert(i.min(words.len()), flag);
                }
                5 => {
                    // A flag of another command, with one of its values.
                    let spec = *self.specs.choose(&mut self.rng).expect("the command table is not empty");
                    if let Some(flag) = spec.flags.choose(&mut self.rng) {
                        let value = self.flag_value(flag.name, ids);
                        words.push(format!("--{}", flag.name));
                        words.push(value);
                    }
                }
                6 => {
                    // Unbalance quotes: drop one, or open one that never closes.
                    let (open, _) = *QUOTES.choose(&mut self.rng).expect("quotes");
                    if let Some(w) = words.get_mut(i) {
                        match w.char_indices().find(|(_, c)| "\"“”«»「」„".contains(*c)) {
                            Some((at, c)) => {
                                w.replace_range(at..at + c.len_utf8(), "");
                            }
                            None => w.insert_str(0, open),
                        }
                    }
                }
                7 => {
                    let odd = self.pick(ODD_TEXT);
                    if let Some(w) = words.get_mut(i) {
                        let cut = w.char_indices().map(|(at, _)| at).collect::<Vec<_>>();
                        let at = cut.choose(&mut self.rng).copied().unwrap_or(0);
                        w.insert_str(at, &odd);
                    }
                }
                8 => {
                    // Numbers out of range wherever digits are.
                    let huge =
                        self.pick(&["99999999999999999999", "-1", "0", "9223372036854775807", "4294967296", "00"]);
                    if let Some(w) = words.get_mut(i) {
                        let mut replaced = String::new();
                        let mut in_digits = false;
                        for c in w.chars() {
                            if !c.is_ascii_digit() {
                                replaced.push(c);
                            } else if !in_digits {
                                replaced.push_str(&huge);
                            }
                            in_digits = c.is_ascii_digit();
                        }
                        *w = replaced;
                    }
                }
                9 => {
                    // Straight quotes to typographic ones, or the other way round.
                    let (open, close) = *QUOTES.choose(&mut self.rng).expect("quotes");
                    if let Some(w) = words.get_mut(i) {
                        *w = w.replacen('"', open, 1).replacen('"', close, 1);
                    }
                }
                10 => {
                    // A word of another command's example.
                    let spec = *self.specs.choose(&mut self.rng).expect("the command table is not empty");
                    let example = self.example(spec);
                    if let Some(w) = example.split(' ').collect::<Vec<_>>().choose(&mut self.rng) {
                        words.insert(i.min(words.len()), (*w).to_owned());
                    }
                }
                11 => {
                    let long = "x".repeat(self.rng.random_range(200..5000));
                    words.push(long);
                }
                12 => words.truncate(i.max(1)),
                _ => {
                    // A separator other than a space between two words.
                    let sep = self.pick(&["\t", "\n", "\u{A0}", "\u{3000}", "\u{2003}", "\r\n", ""]);
                    if i + 1 < words.len() {
                        let next = words.remove(i + 1);
                        words[i] = format!("{}{sep}{next}", words[i]);
                    }
                }
            }
        }
        words.join(" ")
    }

    /// Byte-level changes that may split a character; decoded lossily, so still a string.
    fn bytes_mutated(&mut self, line: String) -> String {
        let mut bytes = line.into_bytes();
        for _ in 0..self.rng.random_range(1..=4) {
            let at = self.rng.random_range(0..=bytes.len());
            match self.rng.random_range(0..6) {
                0 if at < bytes.len() => bytes[at] ^= 1 << self.rng.random_range(0..8),
                1 => bytes.insert(at, self.rng.random()),
                2 if at < bytes.len() => {
                    bytes.remove(at);
                }
                3 => bytes.truncate(at),
                4 => {
                    // The first bytes of a multi-byte character, without its end.
                    let partial: &[u8] = [&[0xE2, 0x80][..], &[0xF0, 0x9F, 0x91][..], &[0xD8][..], &[0xC0, 0x80][..]]
                        .choose(&mut self.rng)
                        .expect("partials");
                    bytes.splice(at..at, partial.iter().copied());
                }
                _ => {
                    let odd = self.pick(ODD_TEXT);
                    bytes.splice(at..at, odd.into_bytes());
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}
