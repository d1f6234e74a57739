//! What an agenda command asks for, and the pure rules behind numbering and reordering.

use chrono::{Duration, NaiveDate};

use crate::core::error::ParseError;

/// The longest item, in characters.
pub const MAX_ITEM_TEXT: usize = 300;
/// The most items one occurrence's agenda holds.
pub const MAX_ITEMS: usize = 50;

/// Add an item to the agenda of meeting `id`'s occurrence on `date`, or of the one under way or
/// next to come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaAdd {
    pub id: i64,
    pub date: Option<NaiveDate>,
    pub text: String,
}

/// Show one occurrence's agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaShow {
    pub id: i64,
    pub date: Option<NaiveDate>,
}

/// Put the items in a new order: `order[0]` is the number of the item that becomes first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaOrder {
    pub id: i64,
    pub date: Option<NaiveDate>,
    pub order: Vec<i64>,
}

/// Take item number `item` off the agenda; the rest close up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaRemove {
    pub id: i64,
    pub date: Option<NaiveDate>,
    pub item: i64,
}

/// How many of the ranked proposals of an agenda poll go on the agenda, unless `--top` says.
pub const DEFAULT_TOP: i64 = 5;
/// The longest proposal: it becomes an option of the ranking poll.
pub const MAX_PROPOSAL: usize = crate::features::polls::MAX_OPTION;
/// The most proposals an agenda poll takes: the most options a poll has.
pub const MAX_PROPOSALS: usize = crate::features::polls::MAX_OPTIONS;

/// Open an agenda poll for meeting `id`'s occurrence on `date` (or the one next to come):
/// proposals for `propose`, then a ranking for `rank`; the `top` first go on the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaPoll {
    pub id: i64,
    pub date: Option<NaiveDate>,
    pub propose: Duration,
    pub rank: Duration,
    pub top: i64,
}

/// Propose an item in agenda poll `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaPropose {
    pub id: i64,
    pub text: String,
}

/// List the proposals of agenda poll `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaProposals {
    pub id: i64,
}

/// Where an agenda poll stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Members propose items.
    Proposing,
    /// Members rank the proposals in a poll.
    Ranking,
    /// The winners are on the agenda, or there was nothing to rank.
    Done,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Proposing => "proposing",
            Phase::Ranking => "ranking",
            Phase::Done => "done",
        }
    }

    pub fn parse(stored: &str) -> Phase {
        match stored {
            "proposing" => Phase::Proposing,
            "ranking" => Phase::Ranking,
            _ => Phase::Done,
        }
    }
}

/// `3,1,2`, `3 1 2`, `3, 1, 2` or `#3 #1 #2`: item numbers in their new order. Whether they name
/// every item once is checked against the agenda (`is_permutation`).
pub fn parse_order(value: &str) -> Result<Vec<i64>, ParseError> {
    let numbers = value
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(parse_item)
        .collect::<Result<Vec<_>, _>>()?;
    if numbers.is_empty() {
        return Err(ParseError::Missing { name: "order" });
    }
    Ok(numbers)
}

/// An item number: `2` or `#2`.
pub fn parse_item(value: &str) -> Result<i64, ParseError> {
    crate::core::grammar::parse_id(value)
}

/// Whether `order` names each of the numbers 1 to `count` exactly once.
pub fn is_permutation(order: &[i64], count: usize) -> bool {
    let mut seen = vec![false; count];
    order.len() == count
        && order.iter().all(|n| match usize::try_from(*n).ok().and_then(|n| n.checked_sub(1)) {
            Some(i) if i < count && !seen[i] => {
                seen[i] = true;
                true
            }
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, NaiveDateTime};

    use super::*;
    use crate::core::recurrence::Recurrence;
    use crate::features::meetings::{OccurrenceId, Timing};
    use crate::features::{parse_as as parse, parse_err};

    #[test]
    fn orders_are_numbers_separated_by_commas_or_spaces() {
        assert_eq!(parse_order("3,1,2").unwrap(), [3, 1, 2]);
        assert_eq!(parse_order("3 1 2").unwrap(), [3, 1, 2]);
        assert_eq!(parse_order(" 3, 1 ,2 ").unwrap(), [3, 1, 2]);
        assert_eq!(parse_order("#2,#1").unwrap(), [2, 1]);
        assert_eq!(parse_order("1,,2").unwrap(), [1, 2]);
        assert_eq!(parse_order(", ,"), Err(ParseError::Missing { name: "order" }));
        // Item 0 is a number; that no item has it is for the agenda to say (`is_permutation`).
        assert_eq!(parse_order("0,1").unwrap(), [0, 1]);
        for bad in ["1,x", "-1", "1.5", "١,٢", "2;1"] {
            assert!(matches!(parse_order(bad), Err(ParseError::BadId { .. })), "{bad}");
        }
    }

    #[test]
    fn a_new_order_names_every_item_once() {
        assert!(is_permutation(&[3, 1, 2], 3));
        assert!(is_permutation(&[1], 1));
        assert!(is_permutation(&[], 0));
        assert!(!is_permutation(&[1, 2], 3), "one left out");
        assert!(!is_permutation(&[1, 1, 2], 3), "one twice");
        assert!(!is_permutation(&[1, 2, 4], 3), "no item 4");
        assert!(!is_permutation(&[1, 2, 3, 4], 3), "too many");
        assert!(!is_permutation(&[0, 1], 2));
        assert!(!is_permutation(&[-1, 1], 2));
        assert!(!is_permutation(&[i64::MAX, 1], 2));
    }

    #[test]
    fn commands_parse_with_their_options() {
        let Ok(o) = parse::<AgendaOrder>("agenda order #4 3 1 2") else { panic!() };
        assert_eq!((o.id, o.order, o.date), (4, vec![3, 1, 2], None));
        let Ok(o) = parse::<AgendaOrder>("agenda order 4 \"2, 1\" --date 2026-12-08") else { panic!() };
        assert_eq!((o.order, o.date), (vec![2, 1], NaiveDate::from_ymd_opt(2026, 12, 8)));
        assert!(parse_err("agenda order 4 1,x").contains("BadId"));
        assert!(parse_err("agenda order 4").contains("Missing"));
        let Ok(a) = parse::<AgendaAdd>("agenda add #1 Budget 2027 👩‍💻") else { panic!() };
        assert_eq!((a.id, a.text.as_str(), a.date), (1, "Budget 2027 👩‍💻", None));
        let Ok(a) = parse::<AgendaAdd>("agenda add 1 \"Budget\" --date 2026-12-08") else { panic!() };
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2026, 12, 8));
        assert!(parse_err(&format!("agenda add 1 \"{}\"", "x".repeat(MAX_ITEM_TEXT + 1))).contains("TooLong"));
        assert!(parse_err("agenda add 1 \"a\u{202E}b\"").contains("ControlCharacters"));
        assert!(parse_err("agenda add 1 \"\u{200B}\"").contains("EmptyText"));
        assert!(parse_err("agenda add 1").contains("Missing"));
        assert!(parse_err("agenda add 1 x --date 12/08").contains("BadDate"));
        let Ok(r) = parse::<AgendaRemove>("agenda remove #1 #2") else { panic!() };
        assert_eq!((r.id, r.item), (1, 2));
        assert!(parse_err("agenda remove 1 2 3").contains("Unexpected"));
        assert!(parse_err("agenda remove 1 two").contains("BadId"));
        let Ok(s) = parse::<AgendaShow>("agenda show 7") else { panic!() };
        assert_eq!((s.id, s.date), (7, None));
        assert!(parse_err("agenda show").contains("Missing"));
    }

    #[test]
    fn a_moved_occurrence_keeps_the_agenda_of_its_planned_slot() {
        let local = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let timing = Timing {
            zone: chrono_tz::UTC,
            first: local("2027-01-05 10:00"),
            duration: Duration::hours(1),
            recurrence: Some(Recurrence::from_cron("0 10 * * 2").unwrap()),
            skipped: Vec::new(),
            moved: vec![(local("2027-01-12 10:00"), local("2027-01-13 15:00"))],
        };
        let slots: Vec<_> = timing.occurrences().take(3).map(|o| o.id(7)).collect();
        let id = |planned| OccurrenceId { meeting_id: 7, planned: local(planned) };
        assert_eq!(slots, [id("2027-01-05 10:00"), id("2027-01-12 10:00"), id("2027-01-19 10:00")]);
        assert_eq!(slots[1].key(), "2027-01-12T10:00");
        // An agenda poll finds its occurrence again by the key it keeps.
        assert_eq!(OccurrenceId::from_key(7, &slots[1].key()), Some(slots[1]));
        assert_eq!(OccurrenceId::from_key(7, "moving:2027-01-12T10:00"), None);
        let moved = timing.occurrence(local("2027-01-12 10:00")).expect("the moved occurrence");
        assert_eq!(moved.local, local("2027-01-13 15:00"));
        assert_eq!(timing.occurrence(local("2027-01-19 10:00")).map(|o| o.local), Some(local("2027-01-19 10:00")));
        assert_eq!(timing.occurrence(local("2027-01-19 11:00")), None, "not an occurrence of the series");
        let cancelled = Timing { skipped: vec![local("2027-01-19 10:00")], ..timing };
        assert_eq!(cancelled.occurrence(local("2027-01-19 10:00")), None);
    }

    #[test]
    fn agenda_polls_need_both_windows() {
        let Ok(p) = parse::<AgendaPoll>("agenda poll #2 --propose 3d --rank 2d") else { panic!() };
        assert_eq!(
            (p.id, p.propose, p.rank, p.top, p.date),
            (2, Duration::days(3), Duration::days(2), DEFAULT_TOP, None)
        );
        let Ok(p) = parse::<AgendaPoll>("agenda poll 2 --top 3 --rank 12h --propose 1d --date 2027-01-12") else {
            panic!()
        };
        assert_eq!((p.top, p.rank, p.date), (3, Duration::hours(12), NaiveDate::from_ymd_opt(2027, 1, 12)));
        assert!(parse_err("agenda poll 2 --rank 2d").contains("Missing { name: \"propose\" }"));
        assert!(parse_err("agenda poll 2 --propose 2d").contains("Missing { name: \"rank\" }"));
        assert!(parse_err("agenda poll 2 --propose soon --rank 2d").contains("BadDuration"));
        for top in ["0", "21", "x", "-1"] {
            assert!(
                parse_err(&format!("agenda poll 2 --propose 1d --rank 1d --top {top}")).contains("BadChoice"),
                "{top}"
            );
        }
        let Ok(p) = parse::<AgendaPropose>("agenda propose #4 Budget 2027 👩‍💻") else { panic!() };
        assert_eq!((p.id, p.text.as_str()), (4, "Budget 2027 👩‍💻"));
        assert!(parse_err(&format!("agenda propose 4 \"{}\"", "x".repeat(MAX_PROPOSAL + 1))).contains("TooLong"));
        assert!(parse_err("agenda propose 4 \"a\u{200B}b\"").contains("ControlCharacters"));
        assert!(parse_err("agenda propose 4 \"\u{202E}evil\"").contains("ControlCharacters"));
        let Ok(p) = parse::<AgendaProposals>("agenda proposals #4") else { panic!() };
        assert_eq!(p.id, 4);
        assert!(parse_err("agenda proposals #4 5").contains("Unexpected"));
    }
}
