//! Single transferable vote exactly as the Scottish Local Government Elections Order 2007
//! (schedule 1, rules 45 to 52) counts it, in fixed point to five decimal places.

use super::fixed::Fixed;
use super::lot::{Lots, Want, break_tie};
use super::report::{Action, Count, Round, Tie, TiePurpose, Transfer};
use super::{Method, Profile, Seed};

/// Counts `profile.seats()` seats by the Scottish rules of 2007.
///
/// - Quota (rule 46): the valid ballots (those naming a standing candidate) divided by one more
///   than the seats, ignoring decimals, plus one.
/// - A candidate whose votes reach the quota at the end of a stage is elected (47); several are
///   listed by votes, most first.
/// - Surpluses (48, 49): the largest surplus is transferred first, one per stage, before any
///   exclusion. Every ballot paper the elected candidate holds passes to its next continuing
///   preference at a new value: its value × surplus ÷ the candidate's total votes, to five
///   decimal places with the remainder ignored (the weighted inclusive Gregory method). Papers
///   with no continuing preference left are non-transferable. The candidate keeps the quota.
/// - Exclusion (50): with no surplus to transfer, the candidate with the fewest votes is
///   excluded and their papers pass on at the value they have.
/// - Last vacancies (52): when the continuing candidates are no more than the seats left, they
///   are elected and nothing more is transferred.
/// - Ties (49(2), 51): for the surplus to transfer first (the most votes) or the candidate to
///   exclude (the fewest), look back to the most recent stage at which the tied candidates had
///   unequal votes; among three or more, those still level there are compared further back.
///   Candidates equal at every stage are decided by lot, drawn from `seed` and recorded.
///
/// All arithmetic is on integers counting 0.00001 votes; no floating point is involved.
/// Withdrawn candidates are passed over on every ballot. Each round of the result is one stage.
pub fn stv(profile: &Profile, seed: &Seed) -> Count {
    let mut count = Stv::new(profile, seed);
    count.run();
    let Stv { elected, rounds, quota, .. } = count;
    Count {
        method: Method::Stv,
        title: profile.title().to_string(),
        seats: profile.seats(),
        candidates: profile.candidates().to_vec(),
        quota: Some(quota.to_string()),
        elected,
        rounds,
        pairwise: None,
        strongest_paths: None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Withdrawn,
    Hopeful,
    Elected,
    Excluded,
}

/// Identical ballot papers (a ballot line), where they stand and what each is worth.
struct Paper {
    copies: u64,
    ranking: Vec<usize>,
    /// The index in `ranking` of the candidate holding the papers.
    position: usize,
    value: Fixed,
}

struct Stv<'a> {
    names: &'a [String],
    standing: Vec<usize>,
    seats: usize,
    quota: Fixed,
    state: Vec<State>,
    votes: Vec<Fixed>,
    /// Per candidate, the papers it holds (indices into `papers`).
    piles: Vec<Vec<usize>>,
    papers: Vec<Paper>,
    /// Elected candidates whose surplus is still to be transferred.
    pending: Vec<usize>,
    exhausted: Fixed,
    /// Everyone's votes at the end of each stage, for the tie rules.
    history: Vec<Vec<Fixed>>,
    lots: Lots,
    elected: Vec<String>,
    rounds: Vec<Round>,
}

impl<'a> Stv<'a> {
    fn new(profile: &'a Profile, seed: &Seed) -> Stv<'a> {
        let names = profile.candidates();
        let standing = profile.standing();
        let mut state = vec![State::Withdrawn; names.len()];
        for c in &standing {
            state[*c] = State::Hopeful;
        }
        let papers: Vec<Paper> = profile
            .effective_ballots()
            .into_iter()
            .filter(|(_, ranking)| !ranking.is_empty())
            .map(|(copies, ranking)| Paper { copies, ranking, position: 0, value: Fixed::ONE })
            .collect();
        let valid: u64 = papers.iter().map(|p| p.copies).sum();
        let quota = Fixed::whole(valid / (profile.seats() as u64 + 1) + 1);
        Stv {
            names,
            standing,
            seats: profile.seats(),
            quota,
            state,
            votes: vec![Fixed::ZERO; names.len()],
            piles: vec![Vec::new(); names.len()],
            papers,
            pending: Vec::new(),
            exhausted: Fixed::ZERO,
            history: Vec::new(),
            lots: Lots::new(seed),
            elected: Vec::new(),
            rounds: Vec::new(),
        }
    }

    fn run(&mut self) {
        for (index, paper) in self.papers.iter().enumerate() {
            // Blank papers were left out in `new`, so every paper has a first preference.
            let Some(&first) = paper.ranking.first() else { continue };
            self.piles[first].push(index);
            self.votes[first] += paper.value.times(paper.copies);
        }
        self.end_stage(Action::FirstPreferences, "count of first preferences".into(), None, None, None);
        while !self.complete() {
            if self.pending.is_empty() {
                self.exclude_the_last();
            } else {
                self.transfer_the_largest_surplus();
            }
        }
        // Rule 52: the continuing candidates fill the seats left, without further transfers.
        if self.seats_left() > 0 {
            let mut last = self.hopefuls();
            last.sort_by_key(|c| (std::cmp::Reverse(self.votes[*c]), *c));
            for c in last {
                self.elect(c);
            }
        }
    }

    fn hopefuls(&self) -> Vec<usize> {
        self.standing.iter().copied().filter(|c| self.state[*c] == State::Hopeful).collect()
    }

    fn seats_left(&self) -> usize {
        self.seats.saturating_sub(self.elected.len())
    }

    fn complete(&self) -> bool {
        self.seats_left() == 0 || self.hopefuls().len() <= self.seats_left()
    }

    fn elect(&mut self, candidate: usize) {
        self.state[candidate] = State::Elected;
        self.elected.push(self.names[candidate].clone());
        if let Some(round) = self.rounds.last_mut() {
            round.elected.push(self.names[candidate].clone());
        }
    }

    fn transfer_the_largest_surplus(&mut self) {
        let most = self.pending.iter().map(|c| self.votes[*c]).max().unwrap_or(Fixed::ZERO);
        let mut tied: Vec<usize> = self.pending.iter().copied().filter(|c| self.votes[*c] == most).collect();
        tied.sort_unstable();
        let (from, tie) =
            break_tie(&tied, Want::Most, &self.history, &mut self.lots, TiePurpose::SurplusOrder, self.names);
        self.pending.retain(|c| *c != from);
        let total = self.votes[from];
        let surplus = total - self.quota;
        let transfer = self.pass_on(from, surplus, |value| value.mul_div_truncated(surplus, total));
        self.votes[from] = self.quota;
        let description = format!("surplus of {} ({surplus}) transferred", self.names[from]);
        self.end_stage(Action::Surplus, description, Some(transfer), None, tie);
    }

    fn exclude_the_last(&mut self) {
        let hopefuls = self.hopefuls();
        let fewest = hopefuls.iter().map(|c| self.votes[*c]).min().unwrap_or(Fixed::ZERO);
        let tied: Vec<usize> = hopefuls.into_iter().filter(|c| self.votes[*c] == fewest).collect();
        let (loser, tie) =
            break_tie(&tied, Want::Fewest, &self.history, &mut self.lots, TiePurpose::Exclusion, self.names);
        self.state[loser] = State::Excluded;
        let transfer = self.pass_on(loser, self.votes[loser], |value| value);
        self.votes[loser] = Fixed::ZERO;
        let description =
            format!("{} excluded, with the fewest votes; their ballot papers passed on", self.names[loser]);
        self.end_stage(Action::Exclusion, description, Some(transfer), Some(loser), tie);
    }

    /// Moves every paper `from` holds to its next continuing preference, each at
    /// `new_value(its value)`; papers with none left become non-transferable.
    fn pass_on(&mut self, from: usize, amount: Fixed, new_value: impl Fn(Fixed) -> Fixed) -> Transfer {
        let mut received = vec![Fixed::ZERO; self.names.len()];
        let mut lost = Fixed::ZERO;
        for index in std::mem::take(&mut self.piles[from]) {
            let paper = &mut self.papers[index];
            paper.value = new_value(paper.value);
            let worth = paper.value.times(paper.copies);
            let next =
                (paper.position + 1..paper.ranking.len()).find(|p| self.state[paper.ranking[*p]] == State::Hopeful);
            match next {
                Some(position) => {
                    paper.position = position;
                    let to = paper.ranking[position];
                    self.piles[to].push(index);
                    self.votes[to] += worth;
                    received[to] += worth;
                }
                None => {
                    paper.position = paper.ranking.len();
                    lost += worth;
                }
            }
        }
        self.exhausted += lost;
        Transfer {
            from: self.names[from].clone(),
            amount: amount.to_string(),
            to: self
                .standing
                .iter()
                .filter(|c| received[**c] > Fixed::ZERO)
                .map(|c| (self.names[*c].clone(), received[*c].to_string()))
                .collect(),
            exhausted: lost.to_string(),
        }
    }

    /// Writes the stage down, then elects whoever has reached the quota (rule 47).
    fn end_stage(
        &mut self,
        action: Action,
        description: String,
        transfer: Option<Transfer>,
        excluded: Option<usize>,
        tie: Option<Tie>,
    ) {
        self.history.push(self.votes.clone());
        self.rounds.push(Round {
            number: self.rounds.len() + 1,
            action,
            description,
            votes: self.standing.iter().map(|c| (self.names[*c].clone(), self.votes[*c].to_string())).collect(),
            transfer,
            elected: Vec::new(),
            eliminated: excluded.map(|c| self.names[c].clone()).into_iter().collect(),
            exhausted: Some(self.exhausted.to_string()),
            ties: tie.into_iter().collect(),
            strongest_paths: None,
        });
        let mut reached: Vec<usize> = self.hopefuls().into_iter().filter(|c| self.votes[*c] >= self.quota).collect();
        reached.sort_by_key(|c| (std::cmp::Reverse(self.votes[*c]), *c));
        // A Droop quota cannot be reached by more candidates than there are seats; the limit
        // only guards against a profile that breaks that arithmetic.
        reached.truncate(self.seats_left());
        for c in reached {
            self.elect(c);
            if self.votes[c] > self.quota {
                self.pending.push(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lot::Lots;
    use super::super::report::Decided;
    use super::super::{Ballot, Profile};
    use super::*;

    fn profile(candidates: &[&str], seats: usize, ballots: Vec<Ballot>) -> Profile {
        Profile::new("test", candidates.iter().map(|s| s.to_string()).collect(), seats, ballots).expect("valid")
    }

    fn votes_of<'c>(round: &'c Round, name: &str) -> &'c str {
        round.votes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).expect("a candidate")
    }

    #[test]
    fn surplus_papers_are_worth_the_truncated_transfer_value() {
        let (a, b, c, d) = (0, 1, 2, 3);
        let p = profile(
            &["A", "B", "C", "D"],
            2,
            vec![
                Ballot::ranked(11, vec![a, b]),
                Ballot::ranked(2, vec![a, c]),
                Ballot::ranked(5, vec![c]),
                Ballot::ranked(4, vec![d, b]),
                Ballot::ranked(3, vec![b]),
            ],
        );
        let count = stv(&p, &Seed::from_text("s"));
        // 25 valid papers, 2 seats: 25 / 3 = 8, plus 1.
        assert_eq!(count.quota.as_deref(), Some("9.00000"));
        assert_eq!(count.rounds.len(), 3);
        assert_eq!(count.rounds[0].elected, ["A"]);
        // A's surplus of 4 over 13 papers: each worth 4 / 13 = 0.30769 (0.307692… truncated).
        let second = &count.rounds[1];
        assert_eq!(second.action, Action::Surplus);
        assert_eq!(votes_of(second, "A"), "9.00000");
        assert_eq!(votes_of(second, "B"), "6.38459");
        assert_eq!(votes_of(second, "C"), "5.61538");
        let transfer = second.transfer.as_ref().expect("a transfer");
        assert_eq!(transfer.amount, "4.00000");
        assert_eq!(transfer.to, [("B".to_string(), "3.38459".to_string()), ("C".to_string(), "0.61538".to_string())]);
        // D is excluded and B reaches the quota.
        let third = &count.rounds[2];
        assert_eq!(third.eliminated, ["D"]);
        assert_eq!(votes_of(third, "B"), "10.38459");
        assert_eq!(third.elected, ["B"]);
        assert_eq!(count.elected, ["A", "B"]);
    }

    /// A 16, B 15, C 14, D 15, E 5 for three seats (quota 17): E's exclusion brings A and B to
    /// 18 each. Their surpluses are equal; A had more at stage 1, so A's goes first.
    #[test]
    fn equal_surpluses_go_by_the_most_recent_stage_where_they_differed() {
        let (a, b, c, d, e) = (0, 1, 2, 3, 4);
        let p = profile(
            &["A", "B", "C", "D", "E"],
            3,
            vec![
                Ballot::ranked(16, vec![a, c]),
                Ballot::ranked(15, vec![b, d]),
                Ballot::ranked(14, vec![c]),
                Ballot::ranked(15, vec![d]),
                Ballot::ranked(2, vec![e, a]),
                Ballot::ranked(3, vec![e, b]),
            ],
        );
        let count = stv(&p, &Seed::from_text("s"));
        assert_eq!(count.quota.as_deref(), Some("17.00000"));
        assert_eq!(count.rounds[1].elected, ["A", "B"]);
        let third = &count.rounds[2];
        assert_eq!(third.transfer.as_ref().map(|t| t.from.as_str()), Some("A"));
        assert_eq!(third.ties.len(), 1);
        assert_eq!(third.ties[0].purpose, TiePurpose::SurplusOrder);
        assert_eq!(third.ties[0].between, ["A", "B"]);
        assert_eq!(third.ties[0].chosen, "A");
        assert_eq!(third.ties[0].decided, Decided::EarlierRound { round: 1 });
        // 1 / 18 = 0.05555 a paper: 16 papers to C, 2 with no further preference.
        assert_eq!(votes_of(third, "C"), "14.88880");
        assert_eq!(third.exhausted.as_deref(), Some("0.11110"));
        let fourth = &count.rounds[3];
        assert_eq!(fourth.transfer.as_ref().map(|t| t.from.as_str()), Some("B"));
        assert_eq!(votes_of(fourth, "D"), "15.83325");
        // C is excluded; D, the last continuing candidate, fills the last seat (rule 52).
        let fifth = &count.rounds[4];
        assert_eq!(fifth.eliminated, ["C"]);
        assert_eq!(fifth.elected, ["D"]);
        assert_eq!(count.elected, ["A", "B", "D"]);
        assert_eq!(count.rounds.len(), 5);
    }

    #[test]
    fn equal_surpluses_equal_at_every_stage_are_ordered_by_lot() {
        let p = profile(
            &["A", "B", "C", "D"],
            3,
            vec![
                Ballot::ranked(10, vec![0, 2]),
                Ballot::ranked(10, vec![1, 3]),
                Ballot::ranked(3, vec![2]),
                Ballot::ranked(2, vec![3]),
            ],
        );
        let seed = Seed::from_text("order");
        let count = stv(&p, &seed);
        let expected = ["A", "B"][Lots::new(&seed).draw(&[0, 1])];
        let second = &count.rounds[1];
        assert_eq!(second.transfer.as_ref().map(|t| t.from.as_str()), Some(expected));
        assert_eq!(second.ties[0].chosen, expected);
        assert_eq!(second.ties[0].decided, Decided::Lot { seed: seed.to_hex(), draw: 1 });
        assert_eq!(count, stv(&p, &seed));
    }

    /// Ann 4, Bob 2, Cat 3, Dan 1 for one seat: Dan's paper makes Bob 3 = Cat 3; Bob had fewer
    /// at stage 1, so Bob is excluded.
    #[test]
    fn exclusion_ties_go_by_the_most_recent_stage_where_they_differed() {
        let p = profile(
            &["Ann", "Bob", "Cat", "Dan"],
            1,
            vec![
                Ballot::ranked(4, vec![0]),
                Ballot::ranked(2, vec![1, 2]),
                Ballot::ranked(3, vec![2]),
                Ballot::ranked(1, vec![3, 1]),
            ],
        );
        let count = stv(&p, &Seed::from_text("s"));
        assert_eq!(count.quota.as_deref(), Some("6.00000"));
        let third = &count.rounds[2];
        assert_eq!(third.eliminated, ["Bob"]);
        assert_eq!(third.ties[0].purpose, TiePurpose::Exclusion);
        assert_eq!(third.ties[0].between, ["Bob", "Cat"]);
        assert_eq!(third.ties[0].decided, Decided::EarlierRound { round: 1 });
        assert_eq!(votes_of(third, "Cat"), "5.00000");
        assert_eq!(third.exhausted.as_deref(), Some("1.00000"));
        assert_eq!(count.elected, ["Cat"]);
    }

    #[test]
    fn exclusion_ties_equal_at_every_stage_are_decided_by_lot() {
        let p = profile(
            &["Ann", "Bob", "Cat"],
            1,
            vec![Ballot::ranked(2, vec![0]), Ballot::ranked(2, vec![1]), Ballot::ranked(4, vec![2])],
        );
        let seed = Seed::from_text("who goes");
        let count = stv(&p, &seed);
        let loser = ["Ann", "Bob"][Lots::new(&seed).draw(&[0, 1])];
        let tie = &count.rounds[1].ties[0];
        assert_eq!(tie.between, ["Ann", "Bob"]);
        assert_eq!(tie.chosen, loser);
        assert!(matches!(tie.decided, Decided::Lot { draw: 1, .. }));
        assert_eq!(count.rounds[1].eliminated, [loser]);
        assert_eq!(count.elected, ["Cat"]);
    }

    #[test]
    fn as_many_candidates_as_seats_are_all_elected_at_once() {
        let p = profile(&["A", "B"], 2, vec![Ballot::ranked(1, vec![0])]);
        let count = stv(&p, &Seed::from_text("s"));
        assert_eq!(count.rounds.len(), 1);
        assert_eq!(count.elected, ["A", "B"]);
    }

    #[test]
    fn no_ballots_at_all_still_fills_the_seat() {
        let p = profile(&["A", "B", "C"], 1, vec![Ballot::ranked(1, vec![])]);
        let count = stv(&p, &Seed::from_text("s"));
        // A blank paper is not valid: the quota is 0 / 2 + 1.
        assert_eq!(count.quota.as_deref(), Some("1.00000"));
        assert_eq!(count.elected.len(), 1);
        assert_eq!(count.rounds.len(), 3);
        assert!(count.rounds[1..].iter().all(|r| matches!(r.ties[0].decided, Decided::Lot { .. })));
    }

    #[test]
    fn withdrawn_candidates_are_passed_over() {
        let p = profile(&["A", "B", "C"], 1, vec![Ballot::ranked(3, vec![0, 1]), Ballot::ranked(2, vec![2])])
            .with_withdrawn([0])
            .expect("valid");
        let count = stv(&p, &Seed::from_text("s"));
        assert_eq!(
            count.rounds[0].votes,
            [("B".to_string(), "3.00000".to_string()), ("C".to_string(), "2.00000".to_string())]
        );
        assert_eq!(count.elected, ["B"]);
    }
}
