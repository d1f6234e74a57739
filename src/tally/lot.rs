//! Ties: looking back at earlier rounds, and drawing lots that anyone can draw again from the seed.

use sha2::{Digest, Sha256};

use super::report::{Decided, Tie, TiePurpose};
use super::{Profile, blt};

/// What decides a tie the rules leave to chance. The same seed always draws the same lots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed([u8; 32]);

impl Seed {
    pub fn from_bytes(bytes: [u8; 32]) -> Seed {
        Seed(bytes)
    }

    /// The SHA-256 of `text`: any agreed text will do (the date of a meeting, a lottery number).
    pub fn from_text(text: &str) -> Seed {
        Seed(Sha256::digest(text.as_bytes()).into())
    }

    /// The default: the SHA-256 of the profile written as BLT, so the ballots themselves, and
    /// nobody's choice, fix the lots.
    pub fn of_profile(profile: &Profile) -> Seed {
        Seed::from_text(&blt::write(profile))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

/// The lots drawn during one count, numbered from 1 so that each draw differs from the last.
pub(crate) struct Lots {
    seed: Seed,
    drawn: u64,
}

impl Lots {
    pub(crate) fn new(seed: &Seed) -> Lots {
        Lots { seed: *seed, drawn: 0 }
    }

    /// Draws one of `tied`: the candidate whose SHA-256 of (seed, draw number, candidate number),
    /// each number as 8 big-endian bytes and candidates numbered from 1 as in BLT, is smallest.
    /// `tied` must not be empty.
    pub(crate) fn draw(&mut self, tied: &[usize]) -> usize {
        self.drawn += 1;
        let ticket = |candidate: usize| -> [u8; 32] {
            let mut hasher = Sha256::new();
            hasher.update(self.seed.0);
            hasher.update(self.drawn.to_be_bytes());
            hasher.update((candidate as u64 + 1).to_be_bytes());
            hasher.finalize().into()
        };
        tied.iter().copied().min_by_key(|c| (ticket(*c), *c)).unwrap_or_default()
    }

    /// Draws one of `tied` and writes the draw down.
    pub(crate) fn draw_recorded(&mut self, tied: &[usize], purpose: TiePurpose, names: &[String]) -> (usize, Tie) {
        let chosen = self.draw(tied);
        let tie = Tie {
            purpose,
            between: tied.iter().map(|c| names[*c].clone()).collect(),
            chosen: names[chosen].clone(),
            decided: Decided::Lot { seed: self.seed.to_hex(), draw: self.drawn },
        };
        (chosen, tie)
    }
}

/// Which end of a tie is wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    Fewest,
    Most,
}

/// Picks one of `tied` (equal now, not empty) as the Scottish rules 49 and 51 do: go back
/// through the earlier rounds, most recent first, to one at which they had unequal votes, and
/// keep those with the fewest (or most) there; if several remain, go on further back with them.
/// Candidates equal at every round are decided by lot. `history[r][c]` is candidate `c`'s total
/// at the end of round `r + 1`. A tie is recorded whenever there was more than one candidate.
pub(crate) fn break_tie<T: Ord + Copy>(
    tied: &[usize],
    want: Want,
    history: &[Vec<T>],
    lots: &mut Lots,
    purpose: TiePurpose,
    names: &[String],
) -> (usize, Option<Tie>) {
    let Some(&first) = tied.first() else { return (0, None) };
    if tied.len() == 1 {
        return (first, None);
    }
    let mut remaining: Vec<usize> = tied.to_vec();
    for (index, totals) in history.iter().enumerate().rev() {
        let value = |c: &usize| totals.get(*c).copied();
        let target = match want {
            Want::Fewest => remaining.iter().map(value).min(),
            Want::Most => remaining.iter().map(value).max(),
        }
        .flatten();
        let narrowed: Vec<usize> = remaining.iter().copied().filter(|c| value(c) == target).collect();
        if narrowed.len() < remaining.len() && !narrowed.is_empty() {
            remaining = narrowed;
        }
        if let [chosen] = remaining[..] {
            let tie = Tie {
                purpose,
                between: tied.iter().map(|c| names[*c].clone()).collect(),
                chosen: names[chosen].clone(),
                decided: Decided::EarlierRound { round: index + 1 },
            };
            return (chosen, Some(tie));
        }
    }
    let (chosen, mut tie) = lots.draw_recorded(&remaining, purpose, names);
    tie.between = tied.iter().map(|c| names[*c].clone()).collect();
    (chosen, Some(tie))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("C{i}")).collect()
    }

    #[test]
    fn the_same_seed_draws_the_same_lots() {
        let seed = Seed::from_text("2026-05-01");
        let draws = |seed: &Seed| {
            let mut lots = Lots::new(seed);
            (0..20).map(|_| lots.draw(&[0, 1, 2, 3])).collect::<Vec<_>>()
        };
        assert_eq!(draws(&seed), draws(&seed));
        // Successive draws differ (each has its own number), and another seed draws otherwise.
        let first = draws(&seed);
        assert!(first.iter().any(|c| *c != first[0]));
        assert_ne!(first, draws(&Seed::from_text("2026-05-02")));
    }

    #[test]
    fn a_lot_is_drawn_among_the_tied_only() {
        let mut lots = Lots::new(&Seed::from_text("x"));
        for _ in 0..50 {
            assert!([2, 5].contains(&lots.draw(&[5, 2])));
        }
    }

    #[test]
    fn look_back_to_the_most_recent_unequal_round() {
        let names = names(3);
        let mut lots = Lots::new(&Seed::from_text("x"));
        // Rounds 1..3; all three tie now (round 3). In round 2, C0 and C1 had 5, C2 had 6:
        // C2 is out of the running for the fewest; in round 1 C1 had fewer than C0.
        let history = vec![vec![4, 3, 9], vec![5, 5, 6], vec![7, 7, 7]];
        let (chosen, tie) = break_tie(&[0, 1, 2], Want::Fewest, &history, &mut lots, TiePurpose::Exclusion, &names);
        assert_eq!(chosen, 1);
        let tie = tie.expect("recorded");
        assert_eq!(tie.decided, Decided::EarlierRound { round: 1 });
        assert_eq!(tie.between, ["C0", "C1", "C2"]);
        let (chosen, tie) = break_tie(&[0, 1, 2], Want::Most, &history, &mut lots, TiePurpose::SurplusOrder, &names);
        assert_eq!((chosen, tie.map(|t| t.decided)), (2, Some(Decided::EarlierRound { round: 2 })));
    }

    #[test]
    fn equal_at_every_round_is_decided_by_lot() {
        let names = names(2);
        let seed = Seed::from_text("x");
        let history = vec![vec![1, 1], vec![2, 2]];
        let mut lots = Lots::new(&seed);
        let (chosen, tie) = break_tie(&[0, 1], Want::Fewest, &history, &mut lots, TiePurpose::Exclusion, &names);
        let mut again = Lots::new(&seed);
        assert_eq!(chosen, again.draw(&[0, 1]));
        let tie = tie.expect("recorded");
        assert_eq!(tie.decided, Decided::Lot { seed: seed.to_hex(), draw: 1 });
        assert_eq!(tie.chosen, names[chosen]);
        // One candidate is no tie.
        assert_eq!(break_tie(&[1], Want::Fewest, &history, &mut lots, TiePurpose::Exclusion, &names), (1, None));
    }
}
