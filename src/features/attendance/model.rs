//! What attendance commands ask for, and the quorum arithmetic.

use std::fmt;

use crate::core::error::ParseError;
use crate::core::grammar::check_name;

/// How many of a body's members make a quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuorumRule {
    /// This share of the members, in percent (1–100), rounded up to whole people.
    Percent(u32),
    /// This many people.
    Count(u32),
}

/// The largest number of people a count rule may ask for.
pub const MAX_QUORUM_COUNT: u32 = 100_000;

/// The words `body quorum` takes, as the error message lists them.
const ALLOWED: &str = "1%–100%, 1–100000, none";

impl QuorumRule {
    /// `50%`, `12` or `none` (no rule). Only ASCII digits; no sign, no fraction.
    pub fn parse(word: &str) -> Result<Option<QuorumRule>, ParseError> {
        // Invisible and direction characters are refused by name, never echoed back.
        let checked = check_name("rule", word, 20)?;
        let word = checked.as_str();
        let bad = || ParseError::BadChoice { name: "rule", value: word.to_owned(), allowed: ALLOWED.to_owned() };
        if word.eq_ignore_ascii_case("none") {
            return Ok(None);
        }
        let (digits, percent) = match word.strip_suffix('%') {
            Some(d) => (d, true),
            None => (word, false),
        };
        if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let n: u32 = digits.parse().map_err(|_| bad())?;
        match (percent, n) {
            (true, 1..=100) => Ok(Some(QuorumRule::Percent(n))),
            (false, 1..=MAX_QUORUM_COUNT) => Ok(Some(QuorumRule::Count(n))),
            _ => Err(bad()),
        }
    }

    /// The rule as stored; unreadable stored text means no rule.
    pub fn from_stored(stored: Option<&str>) -> Option<QuorumRule> {
        stored.and_then(|s| QuorumRule::parse(s).ok().flatten())
    }

    /// How many present members a quorum needs in a body of `members`: a percentage is rounded
    /// up (50% of 31 is 16), and a quorum is never less than one person.
    pub fn needed(self, members: i64) -> i64 {
        let members = members.max(0);
        let needed = match self {
            QuorumRule::Percent(p) => (members * i64::from(p) + 99) / 100,
            QuorumRule::Count(n) => i64::from(n),
        };
        needed.max(1)
    }
}

impl fmt::Display for QuorumRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuorumRule::Percent(p) => write!(f, "{p}%"),
            QuorumRule::Count(n) => write!(f, "{n}"),
        }
    }
}

/// `body quorum SHORT [RULE]`: show a body's rule, or set it (`None` inside: remove it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetQuorum {
    pub body: String,
    pub rule: Option<Option<QuorumRule>>,
}

/// `meeting attendance ID [--date DATE]`: open the roll call, or report it; with a date, the record
/// of that day's occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollCall {
    pub id: i64,
    pub date: Option<chrono::NaiveDate>,
}

/// `meeting present ID [remote|in-person]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Present {
    pub id: i64,
    pub remote: bool,
}

/// Where a person takes part from, as typed after `present` or `hand`.
pub const PRESENCE: &[&str] = &["remote", "in-person"];

/// `remote` → true, `in-person` → false.
pub fn parse_presence(word: &str) -> Result<bool, ParseError> {
    let checked = check_name("presence", word, 20)?;
    let word = checked.as_str();
    match word.to_lowercase().as_str() {
        "remote" => Ok(true),
        "in-person" => Ok(false),
        _ => Err(ParseError::BadChoice { name: "presence", value: word.to_owned(), allowed: PRESENCE.join(", ") }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse_as_a_share_a_count_or_none() {
        assert_eq!(QuorumRule::parse("50%"), Ok(Some(QuorumRule::Percent(50))));
        assert_eq!(QuorumRule::parse("100%"), Ok(Some(QuorumRule::Percent(100))));
        assert_eq!(QuorumRule::parse("1%"), Ok(Some(QuorumRule::Percent(1))));
        assert_eq!(QuorumRule::parse("12"), Ok(Some(QuorumRule::Count(12))));
        assert_eq!(QuorumRule::parse("NONE"), Ok(None));
        for bad in [
            "150%",
            "0%",
            "0",
            "-3",
            "+3",
            "abc",
            "%",
            "50%%",
            "50.5%",
            "1e3",
            "100001",
            "99999999999",
            "٥٠%",
            "５０",
            "50 %",
            "½",
        ] {
            assert!(matches!(QuorumRule::parse(bad), Err(ParseError::BadChoice { name: "rule", .. })), "{bad:?}");
        }
        // Invisible and direction characters are refused as such, not echoed in a "bad value".
        for hidden in ["50\u{200B}%", "\u{202E}50%"] {
            assert!(
                matches!(QuorumRule::parse(hidden), Err(ParseError::ControlCharacters { name: "rule" })),
                "{hidden:?}"
            );
        }
        assert!(matches!(QuorumRule::parse(""), Err(ParseError::EmptyText { name: "rule" })));
        assert_eq!(QuorumRule::Percent(50).to_string(), "50%");
        assert_eq!(QuorumRule::from_stored(Some("12")), Some(QuorumRule::Count(12)));
        assert_eq!(QuorumRule::from_stored(Some("junk")), None);
        assert_eq!(QuorumRule::from_stored(None), None);
    }

    #[test]
    fn a_share_of_the_members_is_rounded_up() {
        assert_eq!(QuorumRule::Percent(50).needed(30), 15);
        assert_eq!(QuorumRule::Percent(50).needed(31), 16);
        assert_eq!(QuorumRule::Percent(66).needed(10), 7);
        assert_eq!(QuorumRule::Percent(67).needed(3), 3);
        assert_eq!(QuorumRule::Percent(33).needed(3), 1);
        assert_eq!(QuorumRule::Percent(100).needed(7), 7);
        assert_eq!(QuorumRule::Percent(1).needed(1), 1);
        // Never a quorum of nobody, even in an empty body.
        assert_eq!(QuorumRule::Percent(50).needed(0), 1);
        assert_eq!(QuorumRule::Percent(50).needed(-4), 1);
        // A count does not depend on the size of the body.
        assert_eq!(QuorumRule::Count(12).needed(5), 12);
        assert_eq!(QuorumRule::Count(12).needed(500), 12);
    }

    #[test]
    fn presence_words() {
        assert_eq!(parse_presence("remote"), Ok(true));
        assert_eq!(parse_presence("REMOTE"), Ok(true));
        assert_eq!(parse_presence("in-person"), Ok(false));
        assert!(matches!(parse_presence("remote\u{200B}"), Err(ParseError::ControlCharacters { .. })));
        assert!(matches!(parse_presence("\u{202E}remote"), Err(ParseError::ControlCharacters { .. })));
        assert!(parse_presence("🌐").is_err());
    }
}
