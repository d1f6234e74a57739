//! What scheduling-poll commands ask for, the answers a slot takes, and which slot suits most.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// A poll offers at least two slots (one is no choice), and at most twenty.
pub const MIN_SLOTS: usize = 2;
pub const MAX_SLOTS: usize = 20;

/// How long the meeting lasts when the poll does not say.
pub const DEFAULT_DURATION_MIN: i64 = 60;

/// A poll's states, as stored.
pub const OPEN: &str = "open";
pub const CLOSED: &str = "closed";
pub const SCHEDULED: &str = "scheduled";

/// The answer words a voter types: each answer's name, or its first letter.
pub const ANSWER_WORDS: &str = "yes, maybe, no (y, m, n)";

/// A voter's answer to one slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    /// If need be: the voter can come, though it does not suit them.
    Maybe,
    No,
}

impl Answer {
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Maybe => "maybe",
            Answer::No => "no",
        }
    }

    /// A typed answer, in any case: `yes`, `maybe`, `no`, or their first letters.
    pub fn parse(word: &str) -> Option<Answer> {
        match word.to_lowercase().as_str() {
            "yes" | "y" => Some(Answer::Yes),
            "maybe" | "m" => Some(Answer::Maybe),
            "no" | "n" => Some(Answer::No),
            _ => None,
        }
    }

    /// An answer as stored; `None` for anything else.
    pub fn from_stored(stored: &str) -> Option<Answer> {
        [Answer::Yes, Answer::Maybe, Answer::No].into_iter().find(|a| a.as_str() == stored)
    }

    /// How a grid shows it, the same in every language (a legend explains it).
    pub fn symbol(self) -> &'static str {
        match self {
            Answer::Yes => "✅",
            Answer::Maybe => "❔",
            Answer::No => "❌",
        }
    }
}

/// When a poll stops taking answers: a span from now, or a wall-clock time in the poll's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closes {
    In(Duration),
    At(NaiveDateTime),
}

/// `when "TITLE" --slots "DATE TIME, …" --zone ZONE [--duration D] [--body SHORT] [--closes …]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenCreate {
    pub title: String,
    /// The slots as given, on the zone's wall clock.
    pub slots: Vec<NaiveDateTime>,
    pub zone: Tz,
    pub duration: Duration,
    /// Another body than the room's, by its short name.
    pub body: Option<String>,
    pub closes: Option<Closes>,
}

/// `when show ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenShow {
    pub id: i64,
}

/// `when answer ID yes,maybe,no,…`: one answer per slot, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenAnswer {
    pub id: i64,
    pub answers: Vec<Answer>,
}

/// `when close ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenClose {
    pub id: i64,
}

/// `when list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenList;

/// `when schedule ID SLOT`: slot `slot` (from 1) becomes a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenSchedule {
    pub id: i64,
    pub slot: i64,
}

/// How one slot was answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub yes: i64,
    pub maybe: i64,
    pub no: i64,
}

impl Tally {
    pub fn add(&mut self, answer: Answer) {
        match answer {
            Answer::Yes => self.yes += 1,
            Answer::Maybe => self.maybe += 1,
            Answer::No => self.no += 1,
        }
    }

    /// How many can come: yes and if need be.
    pub fn suits(&self) -> i64 {
        self.yes + self.maybe
    }
}

/// The slot that suits most, as an index into `slots` (`(start, tally)` each): the most who can
/// come (yes and if need be), then the most yes, then the earliest. `None` when no slot has a
/// single yes or if need be.
pub fn best(slots: &[(DateTime<Utc>, Tally)]) -> Option<usize> {
    slots
        .iter()
        .enumerate()
        .filter(|(_, (_, tally))| tally.suits() > 0)
        .max_by(|(_, (a_at, a)), (_, (b_at, b))| (a.suits(), a.yes).cmp(&(b.suits(), b.yes)).then(b_at.cmp(a_at)))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hour: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + Duration::hours(hour)
    }

    fn tally(yes: i64, maybe: i64, no: i64) -> Tally {
        Tally { yes, maybe, no }
    }

    #[test]
    fn the_slot_most_can_come_to_wins_then_the_most_yes_then_the_earliest() {
        // Most who can come, though fewer yes.
        assert_eq!(best(&[(at(1), tally(2, 0, 2)), (at(2), tally(1, 2, 1))]), Some(1));
        // As many can come: more yes wins.
        assert_eq!(best(&[(at(1), tally(1, 2, 0)), (at(2), tally(2, 1, 0))]), Some(1));
        // A full tie: the earliest, wherever it is listed.
        assert_eq!(best(&[(at(3), tally(1, 1, 0)), (at(2), tally(1, 1, 0)), (at(4), tally(1, 1, 0))]), Some(1));
        // Nobody can come to any: none suits.
        assert_eq!(best(&[(at(1), tally(0, 0, 3)), (at(2), Tally::default())]), None);
        assert_eq!(best(&[]), None);
    }

    #[test]
    fn answers_are_read_in_full_or_by_their_first_letter() {
        assert_eq!(Answer::parse("YES"), Some(Answer::Yes));
        assert_eq!(Answer::parse("m"), Some(Answer::Maybe));
        assert_eq!(Answer::parse("No"), Some(Answer::No));
        for bad in ["", "ja", "oui", "yes!", "nope", "1"] {
            assert_eq!(Answer::parse(bad), None, "{bad}");
        }
        for answer in [Answer::Yes, Answer::Maybe, Answer::No] {
            assert_eq!(Answer::from_stored(answer.as_str()), Some(answer));
        }
    }
}
