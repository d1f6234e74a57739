//! Instant-runoff: one seat; the last candidate is excluded round by round until one has a
//! majority of the ballots still in play.

use super::lot::{Lots, Want, break_tie};
use super::report::{Action, Count, Round, TiePurpose, Transfer};
use super::{CountError, Method, Profile, Seed};

/// Counts one seat by instant-runoff.
///
/// Round 1 counts first preferences. A candidate with more than half of the votes held by
/// continuing candidates (ballots with no continuing preference left are exhausted and no
/// longer count) is elected; so is the last continuing candidate. Otherwise the candidate with
/// the fewest votes is excluded and each of their ballots passes, at full weight, to its next
/// continuing preference, which makes the next round.
///
/// Ties for exclusion follow the Scottish rule 51: the candidate with fewer votes at the most
/// recent earlier round at which the tied candidates differed is excluded; if they were equal
/// at every round, the lot decides (recorded in the round).
///
/// Fails if the profile has more than one seat.
pub fn irv(profile: &Profile, seed: &Seed) -> Result<Count, CountError> {
    if profile.seats() != 1 {
        return Err(CountError::SingleSeat { seats: profile.seats() });
    }
    let names = profile.candidates();
    let standing = profile.standing();
    let mut lots = Lots::new(seed);
    let papers = profile.effective_ballots();
    // Where each ballot stands in its ranking; a ballot past its end is exhausted.
    let mut position = vec![0usize; papers.len()];
    let mut continuing = vec![false; names.len()];
    for c in &standing {
        continuing[*c] = true;
    }
    let mut votes = vec![0u64; names.len()];
    for (weight, ranking) in &papers {
        if let Some(&first) = ranking.first() {
            votes[first] += weight;
        }
    }
    let mut exhausted = 0u64;
    let mut history: Vec<Vec<u64>> = vec![votes.clone()];
    let snapshot = |votes: &[u64], continuing: &[bool]| -> Vec<(String, String)> {
        standing.iter().map(|c| (names[*c].clone(), if continuing[*c] { votes[*c] } else { 0 }.to_string())).collect()
    };
    let mut rounds = vec![Round {
        number: 1,
        action: Action::FirstPreferences,
        description: "count of first preferences".into(),
        votes: snapshot(&votes, &continuing),
        transfer: None,
        elected: Vec::new(),
        eliminated: Vec::new(),
        exhausted: Some("0".into()),
        ties: Vec::new(),
        strongest_paths: None,
    }];
    let mut elected = Vec::new();
    loop {
        let in_play: Vec<usize> = standing.iter().copied().filter(|c| continuing[*c]).collect();
        let total: u64 = in_play.iter().map(|c| votes[*c]).sum();
        let majority = in_play.iter().copied().find(|c| votes[*c] * 2 > total);
        let winner = majority.or(if in_play.len() == 1 { in_play.first().copied() } else { None });
        if let Some(winner) = winner {
            elected.push(names[winner].clone());
            if let Some(last) = rounds.last_mut() {
                last.elected.push(names[winner].clone());
            }
            break;
        }
        if in_play.is_empty() {
            break;
        }
        let fewest = in_play.iter().map(|c| votes[*c]).min().unwrap_or(0);
        let tied: Vec<usize> = in_play.iter().copied().filter(|c| votes[*c] == fewest).collect();
        let (loser, tie) = break_tie(&tied, Want::Fewest, &history, &mut lots, TiePurpose::Exclusion, names);
        continuing[loser] = false;
        let mut received = vec![0u64; names.len()];
        let mut lost = 0u64;
        for (index, (weight, ranking)) in papers.iter().enumerate() {
            if ranking.get(position[index]) != Some(&loser) {
                continue;
            }
            let next = (position[index] + 1..ranking.len()).find(|p| continuing[ranking[*p]]);
            match next {
                Some(p) => {
                    position[index] = p;
                    received[ranking[p]] += weight;
                    votes[ranking[p]] += weight;
                }
                None => {
                    position[index] = ranking.len();
                    lost += weight;
                }
            }
        }
        let amount = votes[loser];
        votes[loser] = 0;
        exhausted += lost;
        history.push(votes.clone());
        rounds.push(Round {
            number: rounds.len() + 1,
            action: Action::Exclusion,
            description: format!("{} excluded, with the fewest votes; their ballots passed on", names[loser]),
            votes: snapshot(&votes, &continuing),
            transfer: Some(Transfer {
                from: names[loser].clone(),
                amount: amount.to_string(),
                to: standing
                    .iter()
                    .filter(|c| received[**c] > 0)
                    .map(|c| (names[*c].clone(), received[*c].to_string()))
                    .collect(),
                exhausted: lost.to_string(),
            }),
            elected: Vec::new(),
            eliminated: vec![names[loser].clone()],
            exhausted: Some(exhausted.to_string()),
            ties: tie.into_iter().collect(),
            strongest_paths: None,
        });
    }
    Ok(Count {
        method: Method::Irv,
        title: profile.title().to_string(),
        seats: 1,
        candidates: names.to_vec(),
        quota: None,
        elected,
        rounds,
        pairwise: None,
        strongest_paths: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::report::Decided;
    use super::super::{Ballot, Profile};
    use super::*;

    fn profile(candidates: &[&str], ballots: Vec<Ballot>) -> Profile {
        Profile::new("test", candidates.iter().map(|s| s.to_string()).collect(), 1, ballots).expect("valid")
    }

    fn votes(round: &Round) -> Vec<(&str, &str)> {
        round.votes.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect()
    }

    #[test]
    fn several_rounds_with_exhausted_ballots() {
        // Ann 8, Bob 7, Cat 4 (3 of them go on to Bob), Dan 2 (1 to Cat, 1 stops).
        let p = profile(
            &["Ann", "Bob", "Cat", "Dan"],
            vec![
                Ballot::ranked(8, vec![0]),
                Ballot::ranked(7, vec![1, 0]),
                Ballot::ranked(3, vec![2, 1]),
                Ballot::ranked(1, vec![2]),
                Ballot::ranked(1, vec![3, 2, 1]),
                Ballot::ranked(1, vec![3]),
            ],
        );
        let count = irv(&p, &Seed::from_text("s")).expect("one seat");
        assert_eq!(count.rounds.len(), 3);
        assert_eq!(votes(&count.rounds[0]), [("Ann", "8"), ("Bob", "7"), ("Cat", "4"), ("Dan", "2")]);
        // Round 2: Dan out, one ballot to Cat, one exhausted.
        let second = &count.rounds[1];
        assert_eq!(second.eliminated, ["Dan"]);
        assert_eq!(votes(second), [("Ann", "8"), ("Bob", "7"), ("Cat", "5"), ("Dan", "0")]);
        assert_eq!(second.exhausted.as_deref(), Some("1"));
        let transfer = second.transfer.as_ref().expect("transfer");
        assert_eq!((transfer.from.as_str(), transfer.amount.as_str(), transfer.exhausted.as_str()), ("Dan", "2", "1"));
        assert_eq!(transfer.to, [("Cat".to_string(), "1".to_string())]);
        assert!(second.elected.is_empty());
        // Round 3: Cat out; 4 to Bob (3 direct, 1 through Dan), 1 exhausted. Bob 11 of 19.
        let third = &count.rounds[2];
        assert_eq!(third.eliminated, ["Cat"]);
        assert_eq!(votes(third), [("Ann", "8"), ("Bob", "11"), ("Cat", "0"), ("Dan", "0")]);
        assert_eq!(third.exhausted.as_deref(), Some("2"));
        assert_eq!(third.elected, ["Bob"]);
        assert_eq!(count.elected, ["Bob"]);
        assert_eq!(count.seats, 1);
    }

    #[test]
    fn a_first_round_majority_ends_the_count() {
        let p = profile(&["Ann", "Bob"], vec![Ballot::ranked(3, vec![0]), Ballot::ranked(2, vec![1])]);
        let count = irv(&p, &Seed::from_text("s")).expect("one seat");
        assert_eq!(count.rounds.len(), 1);
        assert_eq!(count.rounds[0].elected, ["Ann"]);
    }

    #[test]
    fn exclusion_ties_look_back_then_draw_lots() {
        // Round 1: Ann 4, Bob 2, Cat 3, Dan 1. Round 2 (Dan out, to Bob): Bob 3 = Cat 3; Bob had
        // fewer in round 1, so Bob goes, although they are equal now. Then Cat has 5 of 9.
        let p = profile(
            &["Ann", "Bob", "Cat", "Dan"],
            vec![
                Ballot::ranked(4, vec![0]),
                Ballot::ranked(2, vec![1, 2]),
                Ballot::ranked(3, vec![2]),
                Ballot::ranked(1, vec![3, 1]),
            ],
        );
        let count = irv(&p, &Seed::from_text("s")).expect("one seat");
        let third = &count.rounds[2];
        assert_eq!(third.eliminated, ["Bob"]);
        assert_eq!(third.ties.len(), 1);
        assert_eq!(third.ties[0].between, ["Bob", "Cat"]);
        assert_eq!(third.ties[0].decided, Decided::EarlierRound { round: 1 });
        assert_eq!(count.elected, ["Cat"]);

        // Equal from the start: the lot excludes one, the other wins.
        let p = profile(&["Ann", "Bob"], vec![Ballot::ranked(2, vec![0]), Ballot::ranked(2, vec![1])]);
        let seed = Seed::from_text("coin");
        let count = irv(&p, &seed).expect("one seat");
        let tie = &count.rounds[1].ties[0];
        assert!(matches!(tie.decided, Decided::Lot { .. }));
        let mut lots = Lots::new(&seed);
        let loser = ["Ann", "Bob"][lots.draw(&[0, 1])];
        assert_eq!(tie.chosen, loser);
        assert_eq!(count.rounds[1].eliminated, [loser]);
        assert_ne!(count.elected, [loser]);
        assert_eq!(count, irv(&p, &seed).expect("one seat"));
    }

    #[test]
    fn more_than_one_seat_is_refused() {
        let p = profile(&["Ann", "Bob"], vec![]).with_seats(2).expect("2 seats");
        assert_eq!(irv(&p, &Seed::from_text("s")), Err(CountError::SingleSeat { seats: 2 }));
    }
}
