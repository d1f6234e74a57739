//! A poll's result from its votes: counts per option, instant-runoff rounds, score totals, or a
//! proposal's verdict with its majority and quorum. Pure: no store, no platform.

use super::model::{Kind, Majority, Quorum};
use crate::tally::{self, Ballot, Profile, Seed};

/// One vote as stored (`2`, `1,3`, `3,1,2`, `4,0,5`, `yes`) with its weight.
pub struct Vote<'a> {
    pub choice: &'a str,
    pub weight: i64,
}

/// What the poll asked for, as the count needs it.
pub struct Rules {
    pub kind: Kind,
    pub options: usize,
    pub quorum: Option<Quorum>,
    pub majority: Majority,
    /// Seats that may vote and their total weight, for a body's poll.
    pub eligible: Option<(i64, i64)>,
    /// Whether weights count.
    pub weighted: bool,
}

/// One instant-runoff round: each option still standing with its votes (by option index), and
/// the option excluded at its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunoffRound {
    pub votes: Vec<(usize, i64)>,
    pub eliminated: Vec<usize>,
    pub exhausted: i64,
    /// An exclusion between equal options, decided by earlier rounds or by lot.
    pub tie_by_lot: bool,
}

/// Why a proposal passed or failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    NoQuorum,
    NoMajority,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Single and multiple choice: the weight each option received.
    Counts {
        per_option: Vec<i64>,
        ballots: i64,
    },
    Runoff {
        rounds: Vec<RunoffRound>,
        winner: Option<usize>,
    },
    /// Score: each option's total and how many scored.
    Scores {
        totals: Vec<i64>,
        ballots: i64,
    },
    Proposal {
        yes: i64,
        no: i64,
        abstain: i64,
        quorum_needed: Option<i64>,
        verdict: Verdict,
    },
}

/// The result. `counted` is how many votes (or how much weight, in a weighted poll) were cast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Result {
    pub counted: i64,
    pub outcome: Outcome,
}

/// How many votes name each option, and their total weight: what a one-line summary and an
/// export list per option (a proposal's votes are the words `yes`, `no`, `abstain`, its options).
pub fn mentions(kind: Kind, options: &[String], votes: &[Vote<'_>]) -> Vec<(i64, i64)> {
    options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let key = if kind == Kind::Proposal { option.clone() } else { (i + 1).to_string() };
            votes
                .iter()
                .filter(|v| v.choice.split(',').any(|c| c == key))
                .fold((0, 0), |(n, w), v| (n + 1, w + v.weight))
        })
        .collect()
}

fn numbers(choice: &str) -> impl Iterator<Item = usize> + '_ {
    choice.split(',').filter_map(|n| n.trim().parse::<usize>().ok())
}

/// Counts the votes. A stored vote that does not read (it cannot happen through the commands) is
/// left out rather than failing the count.
pub fn count(rules: &Rules, votes: &[Vote<'_>]) -> Result {
    let weight = |v: &Vote<'_>| if rules.weighted { v.weight.max(0) } else { 1 };
    let counted: i64 = votes.iter().map(weight).sum();
    let outcome = match rules.kind {
        Kind::Single | Kind::Multi => {
            let mut per_option = vec![0; rules.options];
            for vote in votes {
                for n in numbers(vote.choice).filter(|n| (1..=rules.options).contains(n)) {
                    per_option[n - 1] += weight(vote);
                }
            }
            Outcome::Counts { per_option, ballots: votes.len() as i64 }
        }
        Kind::Score => {
            let mut totals = vec![0; rules.options];
            for vote in votes {
                for (i, score) in vote.choice.split(',').enumerate().take(rules.options) {
                    totals[i] += score.trim().parse::<i64>().unwrap_or(0) * weight(vote);
                }
            }
            Outcome::Scores { totals, ballots: votes.len() as i64 }
        }
        Kind::Ranked => runoff(rules, votes, weight),
        Kind::Proposal => {
            let sum = |word: &str| votes.iter().filter(|v| v.choice == word).map(weight).sum::<i64>();
            let (yes, no, abstain) = (sum("yes"), sum("no"), sum("abstain"));
            let eligible = rules.eligible.map(|(seats, total)| if rules.weighted { total } else { seats });
            let quorum_needed = rules.quorum.zip(eligible).map(|(q, e)| q.needed(e));
            let verdict = if quorum_needed.is_some_and(|needed| counted < needed) {
                Verdict::NoQuorum
            } else {
                let carried = match rules.majority {
                    Majority::Simple => yes > no,
                    // More than half of all who may vote (of those who voted, for a room's poll).
                    Majority::Absolute => yes * 2 > eligible.unwrap_or(counted),
                    Majority::TwoThirds => yes > 0 && yes * 3 >= (yes + no) * 2,
                };
                if carried { Verdict::Passed } else { Verdict::NoMajority }
            };
            Outcome::Proposal { yes, no, abstain, quorum_needed, verdict }
        }
    };
    Result { counted, outcome }
}

/// Instant-runoff through the vote-counting library, options standing as candidates `1`…`N`.
fn runoff(rules: &Rules, votes: &[Vote<'_>], weight: impl Fn(&Vote<'_>) -> i64) -> Outcome {
    let ballots: Vec<Ballot> = votes
        .iter()
        .filter(|v| weight(v) > 0)
        .map(|v| {
            let ranking = numbers(v.choice).filter(|n| (1..=rules.options).contains(n)).map(|n| n - 1).collect();
            Ballot::ranked(weight(v) as u64, ranking)
        })
        .collect();
    let names: Vec<String> = (1..=rules.options).map(|n| n.to_string()).collect();
    let index = |name: &str| name.parse::<usize>().ok().map(|n| n - 1);
    let Ok(profile) = Profile::new("poll", names, 1, ballots) else {
        return Outcome::Runoff { rounds: Vec::new(), winner: None };
    };
    // The lot, should one be needed, is drawn from the ballots themselves: anyone recounting them
    // draws the same.
    let seed = Seed::of_profile(&profile);
    let Ok(counted) = tally::irv(&profile, &seed) else {
        return Outcome::Runoff { rounds: Vec::new(), winner: None };
    };
    let rounds = counted
        .rounds
        .iter()
        .map(|round| RunoffRound {
            votes: round
                .votes
                .iter()
                .filter_map(|(name, votes)| Some((index(name)?, votes.parse::<i64>().ok()?)))
                .collect(),
            eliminated: round.eliminated.iter().filter_map(|name| index(name)).collect(),
            exhausted: round.exhausted.as_deref().and_then(|e| e.parse().ok()).unwrap_or(0),
            tie_by_lot: round.ties.iter().any(|t| matches!(t.decided, tally::Decided::Lot { .. })),
        })
        .collect();
    Outcome::Runoff { rounds, winner: counted.elected.first().and_then(|name| index(name)) }
}

/// A ranked poll's options in their finishing order, by index: the winner; then the options still
/// standing when the count ended, most votes in its last round first; then those excluded, the
/// last excluded first. What the count does not tell apart goes to the first option: equal votes
/// at its end, options excluded one after another that had equal votes in every round before (the
/// count could only draw lots between them), or a poll nobody voted in. `None` for a poll of
/// another kind.
pub fn finishing_order(outcome: &Outcome, options: usize) -> Option<Vec<usize>> {
    let Outcome::Runoff { rounds, winner } = outcome else { return None };
    let nobody_voted = rounds.first().is_none_or(|first| first.votes.iter().all(|(_, n)| *n == 0));
    if nobody_voted {
        return Some((0..options).collect());
    }
    let votes_in = |round: &RunoffRound, option: usize| round.votes.iter().find(|(i, _)| *i == option).map(|(_, n)| *n);
    // Each excluded option with the index of the round that excluded it, in the order they went.
    let excluded: Vec<(usize, usize)> = rounds
        .iter()
        .enumerate()
        .flat_map(|(r, round)| round.eliminated.iter().map(move |option| (*option, r)))
        .filter(|(option, _)| *option < options)
        .collect();
    let mut order: Vec<usize> = winner.iter().copied().filter(|w| *w < options).collect();
    let mut standing: Vec<usize> =
        (0..options).filter(|o| !order.contains(o) && !excluded.iter().any(|(e, _)| e == o)).collect();
    let last = rounds.last();
    standing.sort_by_key(|o| (std::cmp::Reverse(last.and_then(|r| votes_in(r, *o)).unwrap_or(0)), *o));
    order.extend(standing);
    // Runs of options excluded one after another with the same votes in every round before the
    // first of them went, each run in the order of the options.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for (option, _) in &excluded {
        let same_record = runs.last().and_then(|run| run.first()).is_some_and(|first| {
            let went = excluded.iter().find(|(e, _)| e == first).map_or(0, |(_, r)| *r);
            rounds[..went].iter().all(|round| votes_in(round, *first) == votes_in(round, *option))
        });
        match runs.last_mut() {
            Some(run) if same_record => run.push(*option),
            _ => runs.push(vec![*option]),
        }
    }
    for mut run in runs.into_iter().rev() {
        run.sort_unstable();
        order.extend(run);
    }
    Some(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(kind: Kind, options: usize) -> Rules {
        Rules { kind, options, quorum: None, majority: Majority::Simple, eligible: None, weighted: false }
    }

    fn votes<'a>(choices: &[&'a str]) -> Vec<Vote<'a>> {
        choices.iter().map(|c| Vote { choice: c, weight: 3 }).collect()
    }

    #[test]
    fn single_and_multi_count_each_option() {
        let r = count(&rules(Kind::Multi, 3), &votes(&["1,3", "3", "2,3"]));
        assert_eq!(r.outcome, Outcome::Counts { per_option: vec![1, 1, 3], ballots: 3 });
        assert_eq!(r.counted, 3);
    }

    #[test]
    fn weights_count_only_in_weighted_polls() {
        let mut weighted = rules(Kind::Single, 2);
        weighted.weighted = true;
        let r = count(&weighted, &votes(&["1", "2", "2"]));
        assert_eq!(r.outcome, Outcome::Counts { per_option: vec![3, 6], ballots: 3 });
        assert_eq!(r.counted, 9);
    }

    #[test]
    fn ranked_polls_run_off_until_a_majority() {
        // First preferences 2:2:1; option 3 goes, its vote moves to 1, which wins 3:2.
        let r = count(&rules(Kind::Ranked, 3), &votes(&["1,2", "1", "2,1", "2", "3,1"]));
        let Outcome::Runoff { rounds, winner } = r.outcome else { panic!() };
        assert_eq!(winner, Some(0));
        assert!(rounds[0].eliminated.is_empty(), "the first round counts first preferences: {rounds:?}");
        let out = rounds.iter().find(|r| !r.eliminated.is_empty()).expect("an exclusion");
        assert_eq!(out.eliminated, vec![2]);
        assert_eq!(out.votes.iter().find(|(i, _)| *i == 0).map(|(_, n)| *n), Some(3), "{rounds:?}");
    }

    #[test]
    fn a_proposal_needs_its_quorum_then_its_majority() {
        let mut rules = rules(Kind::Proposal, 3);
        rules.eligible = Some((10, 10));
        rules.quorum = Some(Quorum::Percent(50));
        let four = votes(&["yes", "yes", "yes", "no"]);
        let r = count(&rules, &four);
        assert!(matches!(r.outcome, Outcome::Proposal { verdict: Verdict::NoQuorum, quorum_needed: Some(5), .. }));
        let five = votes(&["yes", "yes", "yes", "no", "abstain"]);
        assert!(matches!(count(&rules, &five).outcome, Outcome::Proposal { verdict: Verdict::Passed, .. }));
        rules.majority = Majority::TwoThirds;
        let split = votes(&["yes", "yes", "no", "no", "yes"]);
        assert!(matches!(count(&rules, &split).outcome, Outcome::Proposal { verdict: Verdict::NoMajority, .. }));
        rules.majority = Majority::Absolute;
        assert!(matches!(count(&rules, &five).outcome, Outcome::Proposal { verdict: Verdict::NoMajority, .. }));
    }

    #[test]
    fn scores_add_up_per_option() {
        let r = count(&rules(Kind::Score, 3), &votes(&["5,0,3", "4,1,3"]));
        assert_eq!(r.outcome, Outcome::Scores { totals: vec![9, 1, 6], ballots: 2 });
    }

    /// A round of a hand-made count: the votes of options 0, 1, … and who went.
    fn round(votes: &[i64], eliminated: &[usize]) -> RunoffRound {
        RunoffRound {
            votes: votes.iter().copied().enumerate().collect(),
            eliminated: eliminated.to_vec(),
            exhausted: 0,
            tie_by_lot: false,
        }
    }

    #[test]
    fn the_finishing_order_is_the_winner_those_standing_then_the_excluded_last_first() {
        // 0 wins in round 3; 1 never went; 3 went first, then 2.
        let outcome = Outcome::Runoff {
            rounds: vec![round(&[4, 3, 2, 1], &[]), round(&[4, 3, 3, 0], &[3]), round(&[6, 4, 0, 0], &[2])],
            winner: Some(0),
        };
        assert_eq!(finishing_order(&outcome, 4), Some(vec![0, 1, 2, 3]));
        // A first-round majority: the others by their votes, equal votes by the first option.
        let outcome = Outcome::Runoff { rounds: vec![round(&[1, 2, 5, 2], &[])], winner: Some(2) };
        assert_eq!(finishing_order(&outcome, 4), Some(vec![2, 1, 3, 0]));
        assert_eq!(finishing_order(&Outcome::Counts { per_option: vec![1, 2], ballots: 3 }, 2), None);
    }

    #[test]
    fn options_the_count_could_only_draw_lots_between_go_by_their_order() {
        // Options 3, 4 and 1 had no votes in any round: whatever order the lots gave them, the
        // first option ranks first among them. Option 2 went after them with more votes.
        let outcome = Outcome::Runoff {
            rounds: vec![
                round(&[2, 0, 1, 0, 0, 2], &[]),
                round(&[2, 0, 1, 0, 0, 2], &[4]),
                round(&[2, 0, 1, 0, 0, 2], &[1]),
                round(&[2, 0, 1, 0, 0, 2], &[3]),
                round(&[3, 0, 0, 0, 0, 2], &[2]),
            ],
            winner: Some(0),
        };
        assert_eq!(finishing_order(&outcome, 6), Some(vec![0, 5, 2, 1, 3, 4]));
        // Equal now but not in an earlier round: the count told them apart, and that stands.
        let outcome = Outcome::Runoff {
            rounds: vec![round(&[3, 1, 2, 0], &[]), round(&[3, 2, 2, 0], &[3]), round(&[4, 0, 3, 0], &[1])],
            winner: Some(0),
        };
        assert_eq!(finishing_order(&outcome, 4), Some(vec![0, 2, 1, 3]));
    }

    #[test]
    fn a_ranked_poll_nobody_voted_in_keeps_the_order_of_its_options() {
        let r = count(&rules(Kind::Ranked, 3), &[]);
        assert_eq!(finishing_order(&r.outcome, 3), Some(vec![0, 1, 2]));
        // Counted through the library: 3 goes, its vote passes to 1, which wins over 2.
        let r = count(&rules(Kind::Ranked, 3), &votes(&["1,2", "1", "2,1", "2", "3,1"]));
        assert_eq!(finishing_order(&r.outcome, 3), Some(vec![0, 1, 2]));
    }
}
