//! Schulze's method: pairwise preferences, the strongest paths between candidates, and winners.

use super::lot::Lots;
use super::report::{Action, Count, Round, TiePurpose};
use super::{Method, Profile, Seed};

/// Counts by Schulze's beatpath method.
///
/// `d[i][j]` is the weight of the ballots that rank candidate `i` above `j`; a ballot ranks
/// every candidate it names above every candidate it leaves out, and says nothing between two
/// it leaves out. A path's strength is its weakest link, a link `i → j` counting `d[i][j]` when
/// `d[i][j] > d[j][i]`; `p[i][j]` is the strongest path's. A winner is a candidate `x` with
/// `p[x][y] ≥ p[y][x]` for every other `y`; there always is one.
///
/// Several seats: the winner is elected, removed, and the strongest paths are computed again
/// among the others (the pairwise counts do not change), once per seat, one round each. This is
/// the plain repeated Schulze winner, not Schulze's proportional variant: it suits a board where
/// the majority should prevail on every seat, not an election meant to be proportional (use STV
/// for that).
///
/// Ties: when several candidates are winners, the one elected is drawn by lot (recorded in the
/// round).
pub fn schulze(profile: &Profile, seed: &Seed) -> Count {
    let names = profile.candidates();
    let n = names.len();
    let standing = profile.standing();
    let mut lots = Lots::new(seed);
    let pairwise = pairwise(profile);
    let mut remaining = standing.clone();
    let mut first_paths = None;
    let mut elected = Vec::new();
    let mut rounds = Vec::new();
    while elected.len() < profile.seats() && !remaining.is_empty() {
        let paths = strongest_paths(&pairwise, &remaining);
        let winners: Vec<usize> = remaining
            .iter()
            .copied()
            .filter(|x| remaining.iter().all(|y| x == y || paths[*x][*y] >= paths[*y][*x]))
            .collect();
        // The theory promises a winner; should it ever fail, everyone left stands in the lot.
        let pool = if winners.is_empty() { remaining.clone() } else { winners };
        let mut ties = Vec::new();
        let winner = match pool[..] {
            [only] => only,
            _ => {
                let (chosen, tie) = lots.draw_recorded(&pool, TiePurpose::Winner, names);
                ties.push(tie);
                chosen
            }
        };
        let shown: Vec<Vec<Option<u64>>> = (0..n)
            .map(|i| {
                (0..n).map(|j| (remaining.contains(&i) && remaining.contains(&j)).then_some(paths[i][j])).collect()
            })
            .collect();
        let among = remaining.len();
        first_paths.get_or_insert(paths);
        remaining.retain(|c| *c != winner);
        elected.push(names[winner].clone());
        rounds.push(Round {
            number: rounds.len() + 1,
            action: Action::Winner,
            description: format!("{} is the Schulze winner among the {among} candidates left", names[winner]),
            votes: Vec::new(),
            transfer: None,
            elected: vec![names[winner].clone()],
            eliminated: Vec::new(),
            exhausted: None,
            ties,
            strongest_paths: Some(shown),
        });
    }
    Count {
        method: Method::Schulze,
        title: profile.title().to_string(),
        seats: profile.seats(),
        candidates: names.to_vec(),
        quota: None,
        elected,
        rounds,
        strongest_paths: Some(first_paths.unwrap_or_else(|| strongest_paths(&pairwise, &standing))),
        pairwise: Some(pairwise),
    }
}

/// `d[i][j]`: the weight of ballots ranking `i` above `j` (zero for withdrawn candidates).
fn pairwise(profile: &Profile) -> Vec<Vec<u64>> {
    let n = profile.candidates().len();
    let mut d = vec![vec![0u64; n]; n];
    // Unranked candidates share the place after the last ranked one.
    let mut place = vec![usize::MAX; n];
    let standing = profile.standing();
    for (weight, ranking) in profile.effective_ballots() {
        for (rank, candidate) in ranking.iter().enumerate() {
            place[*candidate] = rank;
        }
        for (rank, above) in ranking.iter().enumerate() {
            for &below in &standing {
                if place[below] > rank {
                    d[*above][below] += weight;
                }
            }
        }
        for candidate in &ranking {
            place[*candidate] = usize::MAX;
        }
    }
    d
}

/// The strengths of the strongest paths among `among` (Floyd–Warshall on the widest path).
fn strongest_paths(d: &[Vec<u64>], among: &[usize]) -> Vec<Vec<u64>> {
    let n = d.len();
    let mut p = vec![vec![0u64; n]; n];
    for &i in among {
        for &j in among {
            if i != j && d[i][j] > d[j][i] {
                p[i][j] = d[i][j];
            }
        }
    }
    for &via in among {
        for &i in among {
            if i == via {
                continue;
            }
            for &j in among {
                if j != i && j != via {
                    p[i][j] = p[i][j].max(p[i][via].min(p[via][j]));
                }
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::super::report::Decided;
    use super::super::{Ballot, Profile};
    use super::*;

    /// The 45-voter example from Schulze's paper (and Wikipedia's article), whose winner is E.
    fn forty_five(seats: usize) -> Profile {
        let (a, b, c, d, e) = (0, 1, 2, 3, 4);
        let ballots = vec![
            Ballot::ranked(5, vec![a, c, b, e, d]),
            Ballot::ranked(5, vec![a, d, e, c, b]),
            Ballot::ranked(8, vec![b, e, d, a, c]),
            Ballot::ranked(3, vec![c, a, b, e, d]),
            Ballot::ranked(7, vec![c, a, e, b, d]),
            Ballot::ranked(2, vec![c, b, a, d, e]),
            Ballot::ranked(7, vec![d, c, e, b, a]),
            Ballot::ranked(8, vec![e, b, a, d, c]),
        ];
        let names = ["A", "B", "C", "D", "E"].map(String::from).to_vec();
        Profile::new("45 voters", names, seats, ballots).expect("valid")
    }

    #[test]
    fn the_forty_five_voter_example_elects_e() {
        let count = schulze(&forty_five(1), &Seed::from_text("s"));
        assert_eq!(
            count.pairwise.as_deref(),
            Some(
                &[
                    vec![0, 20, 26, 30, 22],
                    vec![25, 0, 16, 33, 18],
                    vec![19, 29, 0, 17, 24],
                    vec![15, 12, 28, 0, 14],
                    vec![23, 27, 21, 31, 0],
                ][..]
            )
        );
        assert_eq!(
            count.strongest_paths.as_deref(),
            Some(
                &[
                    vec![0, 28, 28, 30, 24],
                    vec![25, 0, 28, 33, 24],
                    vec![25, 29, 0, 29, 24],
                    vec![25, 28, 28, 0, 24],
                    vec![25, 28, 28, 31, 0],
                ][..]
            )
        );
        assert_eq!(count.elected, ["E"]);
        assert_eq!(count.rounds.len(), 1);
        assert!(count.rounds[0].ties.is_empty());
    }

    #[test]
    fn several_seats_elect_the_winner_then_the_winner_of_the_rest() {
        let count = schulze(&forty_five(3), &Seed::from_text("s"));
        assert_eq!(count.elected, ["E", "A", "C"]);
        assert_eq!(count.rounds.len(), 3);
        // The second round's paths leave E out.
        let second = count.rounds[1].strongest_paths.as_ref().expect("paths");
        assert_eq!(second[4], vec![None; 5]);
        assert_eq!(second[0][1], Some(28));
    }

    #[test]
    fn unranked_candidates_come_last() {
        let names = ["A", "B", "C"].map(String::from).to_vec();
        let p = Profile::new("t", names, 1, vec![Ballot::ranked(2, vec![1]), Ballot::ranked(1, vec![2, 0])])
            .expect("valid");
        let count = schulze(&p, &Seed::from_text("s"));
        let d = count.pairwise.expect("matrix");
        assert_eq!(d, vec![vec![0, 1, 0], vec![2, 0, 2], vec![1, 1, 0]]);
        assert_eq!(count.elected, ["B"]);
    }

    #[test]
    fn several_winners_are_decided_by_lot() {
        let names = ["A", "B"].map(String::from).to_vec();
        let p = Profile::new("t", names, 1, vec![Ballot::ranked(1, vec![0, 1]), Ballot::ranked(1, vec![1, 0])])
            .expect("valid");
        let seed = Seed::from_text("coin");
        let count = schulze(&p, &seed);
        let mut lots = Lots::new(&seed);
        let expected = ["A", "B"][lots.draw(&[0, 1])];
        assert_eq!(count.elected, [expected]);
        let tie = &count.rounds[0].ties[0];
        assert_eq!((tie.purpose, tie.chosen.as_str()), (TiePurpose::Winner, expected));
        assert_eq!(tie.between, ["A", "B"]);
        assert!(matches!(tie.decided, Decided::Lot { draw: 1, .. }));
    }
}
