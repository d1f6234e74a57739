//! The BLT ballot format (as used by OpenSTV, Droop and the Scottish count files): reading, with
//! errors that name the line, and writing.
//!
//! ```text
//! 4 2              candidates, seats
//! -4               optional: withdrawn candidates, negated
//! 3 1 2 0          weight, preferences (candidates numbered from 1), 0
//! 1 3 0
//! 0                end of ballots
//! "Ann"            one quoted name per candidate
//! "Bob"
//! "Cat"
//! "Dan"
//! "Chair 2026"     the title
//! ```

use std::collections::HashSet;
use std::fmt::Write as _;

use super::{Ballot, MAX_CANDIDATES, MAX_TOTAL_WEIGHT, Profile, ProfileError};

/// What is wrong with a BLT file, and on which line (from 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct BltError {
    pub line: usize,
    pub message: String,
}

fn error(line: usize, message: impl Into<String>) -> BltError {
    BltError { line, message: message.into() }
}

/// Reads a BLT file. Blank lines are ignored; names may share lines. Equal rankings (`=`),
/// fractional weights and anything else the format does not allow are refused with the line.
pub fn parse(text: &str) -> Result<Profile, BltError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).peekable();
    // Where something missing at the end of the file should have been.
    let last_line = text.lines().count() + 1;

    let Some((header_line, header)) = lines.next() else {
        return Err(error(1, "the file is empty; expected a first line `CANDIDATES SEATS`"));
    };
    let header_fields: Vec<&str> = header.split_whitespace().collect();
    let [candidates, seats] = header_fields[..] else {
        return Err(error(
            header_line,
            format!("expected `CANDIDATES SEATS` (two whole numbers), found `{}`", shorten(header)),
        ));
    };
    let candidates = whole_number(candidates, header_line, "the number of candidates")?;
    let seats = whole_number(seats, header_line, "the number of seats")?;
    if candidates == 0 {
        return Err(error(header_line, "the number of candidates must be at least 1"));
    }
    if candidates > MAX_CANDIDATES as u64 {
        return Err(error(header_line, format!("{candidates} candidates; at most {MAX_CANDIDATES} are supported")));
    }
    let candidates = candidates as usize;
    if seats == 0 {
        return Err(error(header_line, "the number of seats must be at least 1"));
    }
    if seats > candidates as u64 {
        return Err(error(
            header_line,
            format!("{seats} seats for {candidates} candidates: more seats than candidates"),
        ));
    }
    let seats = seats as usize;

    let mut withdrawn = Vec::new();
    if let Some(&(line, text)) = lines.peek()
        && text.starts_with('-')
    {
        lines.next();
        for field in text.split_whitespace() {
            let number = field
                .strip_prefix('-')
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| (1..=candidates).contains(n))
                .ok_or_else(|| {
                    error(
                        line,
                        format!("`{}` is not a withdrawn candidate: expected -1 to -{candidates}", shorten(field)),
                    )
                })?;
            if withdrawn.contains(&(number - 1)) {
                return Err(error(line, format!("candidate {number} is withdrawn twice")));
            }
            withdrawn.push(number - 1);
        }
    }

    let mut ballots = Vec::new();
    let mut total: u64 = 0;
    loop {
        let Some((line, text)) = lines.next() else {
            return Err(error(last_line, "the ballots do not end: expected a line `0` after the last ballot"));
        };
        if text == "0" {
            break;
        }
        if text.contains('=') {
            return Err(error(line, "equal rankings (`=`) are not supported: each preference must name one candidate"));
        }
        let fields: Vec<&str> = text.split_whitespace().collect();
        let (weight, rest) = match fields.split_first() {
            Some((weight, rest)) => (*weight, rest),
            None => continue,
        };
        if weight.starts_with('"') {
            return Err(error(line, "a name before the line `0` that ends the ballots"));
        }
        let weight = whole_number(weight, line, "a ballot's weight")?;
        if weight == 0 {
            return Err(error(line, "a ballot's weight must be at least 1 (a line `0` alone ends the ballots)"));
        }
        total = total
            .checked_add(weight)
            .filter(|t| *t <= MAX_TOTAL_WEIGHT)
            .ok_or_else(|| error(line, format!("the ballots weigh more than {MAX_TOTAL_WEIGHT} votes in all")))?;
        let Some((&"0", preferences)) = rest.split_last() else {
            return Err(error(line, "a ballot must end with 0"));
        };
        let mut ranking = Vec::with_capacity(preferences.len());
        let mut seen = HashSet::new();
        for field in preferences {
            let number = whole_number(field, line, "a preference")?;
            if number == 0 {
                return Err(error(line, "0 ends a ballot, but preferences follow it"));
            }
            if number > candidates as u64 {
                return Err(error(
                    line,
                    format!("preference {number} is out of range: there are {candidates} candidates"),
                ));
            }
            let index = number as usize - 1;
            if !seen.insert(index) {
                return Err(error(line, format!("candidate {number} is ranked more than once")));
            }
            ranking.push(index);
        }
        ballots.push(Ballot { weight, ranking });
    }

    // The names and the title: quoted strings, one per line or several to a line.
    let mut strings: Vec<(usize, String)> = Vec::new();
    for (line, text) in lines {
        let mut rest = text;
        while !rest.is_empty() {
            let Some(after_quote) = rest.strip_prefix('"') else {
                let what = if strings.len() < candidates { "a candidate's name" } else { "the title" };
                return Err(error(line, format!("expected {what} in double quotes, found `{}`", shorten(rest))));
            };
            let Some((string, after)) = after_quote.split_once('"') else {
                return Err(error(line, "a name has no closing double quote"));
            };
            strings.push((line, string.to_string()));
            rest = after.trim_start();
        }
    }
    if strings.len() < candidates {
        return Err(error(
            last_line,
            format!(
                "the file ends after {} of the {candidates} candidates' names; each needs a line \"NAME\"",
                strings.len()
            ),
        ));
    }
    let Some((title_line, title)) = strings.get(candidates).cloned() else {
        return Err(error(last_line, "the file ends before the title; expected a last line \"TITLE\""));
    };
    if let Some((line, _)) = strings.get(candidates + 1) {
        return Err(error(
            *line,
            format!("a name after the title: more names than the {candidates} candidates and a title"),
        ));
    }
    let mut names = Vec::with_capacity(candidates);
    let mut seen = HashSet::new();
    for (number, (line, name)) in strings.into_iter().take(candidates).enumerate() {
        if name.trim().is_empty() {
            return Err(error(line, format!("candidate {}'s name is empty", number + 1)));
        }
        if !seen.insert(name.clone()) {
            return Err(error(line, format!("two candidates are called \"{name}\"")));
        }
        names.push(name);
    }
    let profile = Profile::new(title, names, seats, ballots).map_err(|e| at_line(e, title_line))?;
    profile.with_withdrawn(withdrawn).map_err(|e| at_line(e, header_line))
}

/// The checks above catch everything [`Profile::new`] would refuse; this only keeps a line
/// number on an error should the two ever differ.
fn at_line(e: ProfileError, line: usize) -> BltError {
    error(line, e.to_string())
}

fn whole_number(field: &str, line: usize, what: &str) -> Result<u64, BltError> {
    if !field.is_empty() && field.bytes().all(|b| b.is_ascii_digit()) {
        return field.parse().map_err(|_| error(line, format!("{what} `{}` is too large", shorten(field))));
    }
    let kind = if field.contains(['.', ',']) && field.chars().any(|c| c.is_ascii_digit()) {
        "must be a whole number"
    } else {
        "is not a number"
    };
    Err(error(line, format!("{what} `{}` {kind}", shorten(field))))
}

/// At most 40 characters of a field, for an error message.
fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// Writes a profile as BLT, one line per ballot, which [`parse`] reads back unchanged.
pub fn write(profile: &Profile) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", profile.candidates().len(), profile.seats());
    if !profile.withdrawn().is_empty() {
        let withdrawn: Vec<String> = profile.withdrawn().iter().map(|c| format!("-{}", c + 1)).collect();
        let _ = writeln!(out, "{}", withdrawn.join(" "));
    }
    for ballot in profile.ballots() {
        let _ = write!(out, "{}", ballot.weight);
        for candidate in &ballot.ranking {
            let _ = write!(out, " {}", candidate + 1);
        }
        out.push_str(" 0\n");
    }
    out.push_str("0\n");
    for name in profile.candidates() {
        let _ = writeln!(out, "\"{name}\"");
    }
    let _ = writeln!(out, "\"{}\"", profile.title());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "4 2\n-4\n3 1 2 0\n1 3 0\n2 0\n0\n\"Ann\"\n\"Bob\"\n\"Cat\"\n\"Dan\"\n\"Chair 2026\"\n";

    #[test]
    fn reads_every_part() {
        let p = parse(SMALL).expect("valid");
        assert_eq!(p.candidates(), ["Ann", "Bob", "Cat", "Dan"]);
        assert_eq!(p.seats(), 2);
        assert_eq!(p.withdrawn(), [3]);
        assert_eq!(p.title(), "Chair 2026");
        assert_eq!(p.ballots(), [Ballot::ranked(3, vec![0, 1]), Ballot::ranked(1, vec![2]), Ballot::ranked(2, vec![])]);
    }

    #[test]
    fn write_then_parse_gives_the_same_profile() {
        let p = parse(SMALL).expect("valid");
        assert_eq!(write(&p), SMALL);
        assert_eq!(parse(&write(&p)).expect("valid"), p);
        let names = ["Élodie Ä", "李华", "O'Brien, Pat"].map(String::from).to_vec();
        let built = Profile::new(
            "",
            names,
            1,
            vec![Ballot::ranked(7, vec![2, 0, 1]), Ballot::approving(2, [1, 0]), Ballot::ranked(1, vec![])],
        )
        .expect("valid");
        assert_eq!(parse(&write(&built)).expect("valid"), built);
    }

    #[test]
    fn tolerates_blank_lines_crlf_a_bom_and_names_on_one_line() {
        let text = "\u{feff}2 1\r\n\r\n1 1 2 0\r\n0\r\n\"A\" \"B\"\r\n\"T\"\r\n";
        let p = parse(text).expect("valid");
        assert_eq!(p.candidates(), ["A", "B"]);
        assert_eq!(p.title(), "T");
    }

    fn fails(text: &str) -> BltError {
        match parse(text) {
            Ok(p) => panic!("accepted {text:?} as {p:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn errors_name_the_line_and_the_problem() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 1, "empty"),
            ("   \n\n", 1, "empty"),
            ("hello world\n", 1, "the number of candidates `hello` is not a number"),
            ("3\n", 1, "expected `CANDIDATES SEATS`"),
            ("3 1 7\n", 1, "expected `CANDIDATES SEATS`"),
            ("0 1\n0\n\"T\"\n", 1, "at least 1"),
            ("2 0\n0\n", 1, "seats must be at least 1"),
            ("2 3\n0\n", 1, "more seats than candidates"),
            ("2 1\n-3\n0\n\"A\"\n\"B\"\n\"T\"\n", 2, "`-3` is not a withdrawn candidate"),
            ("2 1\n-1 -1\n0\n", 2, "withdrawn twice"),
            ("2 1\n1 1 2\n0\n", 2, "must end with 0"),
            ("2 1\n1 1 = 2 0\n0\n", 2, "equal rankings (`=`) are not supported"),
            ("2 1\n1 1=2 0\n0\n", 2, "equal rankings"),
            ("2 1\n1 1 0\n1 3 0\n0\n", 3, "preference 3 is out of range: there are 2 candidates"),
            ("2 1\n1 1 1 0\n0\n", 2, "candidate 1 is ranked more than once"),
            ("2 1\n1 1 0 2 0\n0\n", 2, "0 ends a ballot, but preferences follow it"),
            ("2 1\n1.5 1 0\n0\n", 2, "a ballot's weight `1.5` must be a whole number"),
            ("2 1\n0 1 0\n0\n", 2, "weight must be at least 1"),
            ("2 1\n-2 1 0\n0\n", 2, "`1` is not a withdrawn candidate"),
            ("2 1\n1 x 0\n0\n", 2, "a preference `x` is not a number"),
            ("2 1\n99999999999999999999 1 0\n0\n", 2, "too large"),
            ("2 1\n1 1 0\n", 3, "the ballots do not end"),
            ("2 1\n1 1 0\n0\n", 4, "the file ends after 0 of the 2 candidates' names"),
            ("2 1\n1 1 0\n0\n\"A\"\n", 5, "the file ends after 1 of the 2"),
            ("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n", 6, "before the title"),
            ("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n\"X\"\n", 7, "after the title: more names than the 2 candidates"),
            ("2 1\n1 1 0\n0\nA\n\"B\"\n\"T\"\n", 4, "expected a candidate's name in double quotes, found `A`"),
            ("2 1\n1 1 0\n0\n\"A\"\n\"B\"\nT\n", 6, "expected the title in double quotes"),
            ("2 1\n1 1 0\n0\n\"A\n\"B\"\n\"T\"\n", 4, "no closing double quote"),
            ("2 1\n1 1 0\n0\n\"A\"\n\"A\"\n\"T\"\n", 5, "two candidates are called \"A\""),
            ("2 1\n1 1 0\n0\n\"\"\n\"B\"\n\"T\"\n", 4, "candidate 1's name is empty"),
            ("2 1\n1 1 0\n\"A\"\n\"B\"\n\"T\"\n", 3, "a name before the line `0`"),
            ("2 1\n1000000000000 1 0\n1 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n", 3, "weigh more than"),
            ("2000 1\n0\n", 1, "at most 1000"),
        ];
        for (text, line, message) in cases {
            let e = fails(text);
            assert_eq!(e.line, *line, "{text:?}: {e}");
            assert!(e.message.contains(message), "{text:?}: {e}");
        }
    }

    #[test]
    fn garbage_never_panics() {
        let samples = [
            "\0\0\0",
            "\"\"\"",
            "9 9\n",
            "1 1\n1 1 0\n0\n\"A\"\n\"T\"\nextra\n",
            "-1 -2\n",
            "1 1\n-1\n0\n\"A\"\n\"T\"\n",
            "18446744073709551616 1\n",
            "2 1\n1 -1 0\n0\n",
            "💥 💥\n",
        ];
        for sample in samples {
            let _ = parse(sample);
        }
        // Every prefix of a valid file is either valid or an error, never a panic.
        for end in 0..=SMALL.len() {
            if SMALL.is_char_boundary(end) {
                let _ = parse(&SMALL[..end]);
            }
        }
    }
}
