//! Plurality and approval: one round, the candidates with the highest totals take the seats.

use super::lot::Lots;
use super::report::{Action, Count, Round, Tie, TiePurpose};
use super::{Method, Profile, Seed};

/// Elects the `seats` candidates with the most first preferences (weighted), in one round.
///
/// Ties: candidates with equal votes are elected together while seats remain for all of them;
/// when fewer seats remain than candidates tied for them, the seats are drawn by lot among
/// those tied, one draw per seat (recorded in the round). Ballots with no standing candidate
/// count for nobody.
pub fn plurality(profile: &Profile, seed: &Seed) -> Count {
    let mut totals = vec![0u64; profile.candidates().len()];
    for (weight, ranking) in profile.effective_ballots() {
        if let Some(&first) = ranking.first() {
            totals[first] += weight;
        }
    }
    one_round(profile, seed, Method::Plurality, Action::FirstPreferences, "first preferences", &totals)
}

/// Elects the `seats` candidates approved by the most ballots (weighted): every candidate a
/// ballot names is approved, so a BLT ranking counts for each candidate on it.
///
/// Ties as for [`plurality`]: decided by lot among those tied for the last seats.
pub fn approval(profile: &Profile, seed: &Seed) -> Count {
    let mut totals = vec![0u64; profile.candidates().len()];
    for (weight, ranking) in profile.effective_ballots() {
        for candidate in ranking {
            totals[candidate] += weight;
        }
    }
    one_round(profile, seed, Method::Approval, Action::Approvals, "approvals", &totals)
}

fn one_round(profile: &Profile, seed: &Seed, method: Method, action: Action, what: &str, totals: &[u64]) -> Count {
    let names = profile.candidates();
    let standing = profile.standing();
    let mut lots = Lots::new(seed);
    let (elected, ties) = highest(&standing, totals, profile.seats(), &mut lots, names);
    let elected: Vec<String> = elected.iter().map(|c| names[*c].clone()).collect();
    let round = Round {
        number: 1,
        action,
        description: format!("count of {what}"),
        votes: standing.iter().map(|c| (names[*c].clone(), totals[*c].to_string())).collect(),
        transfer: None,
        elected: elected.clone(),
        eliminated: Vec::new(),
        exhausted: None,
        ties,
        strongest_paths: None,
    };
    Count {
        method,
        title: profile.title().to_string(),
        seats: profile.seats(),
        candidates: names.to_vec(),
        quota: None,
        elected,
        rounds: vec![round],
        pairwise: None,
        strongest_paths: None,
    }
}

/// The `seats` candidates of `standing` with the highest totals, highest first (equal totals in
/// ballot order); a group tied across the last seat is drawn by lot, one draw per seat left.
fn highest(
    standing: &[usize],
    totals: &[u64],
    seats: usize,
    lots: &mut Lots,
    names: &[String],
) -> (Vec<usize>, Vec<Tie>) {
    let mut order = standing.to_vec();
    order.sort_by_key(|c| (std::cmp::Reverse(totals[*c]), *c));
    let mut elected = Vec::new();
    let mut ties = Vec::new();
    let mut rest = &order[..];
    while elected.len() < seats {
        let Some(&first) = rest.first() else { break };
        let group_len = rest.iter().take_while(|c| totals[**c] == totals[first]).count();
        let (group, after) = rest.split_at(group_len);
        let left = seats - elected.len();
        if group.len() <= left {
            elected.extend_from_slice(group);
        } else {
            let mut pool = group.to_vec();
            for _ in 0..left {
                let (chosen, tie) = lots.draw_recorded(&pool, TiePurpose::LastSeat, names);
                pool.retain(|c| *c != chosen);
                elected.push(chosen);
                ties.push(tie);
            }
        }
        rest = after;
    }
    (elected, ties)
}

#[cfg(test)]
mod tests {
    use super::super::report::Decided;
    use super::super::{Ballot, Profile};
    use super::*;

    fn profile(candidates: &[&str], seats: usize, ballots: Vec<Ballot>) -> Profile {
        Profile::new("test", candidates.iter().map(|s| s.to_string()).collect(), seats, ballots).expect("valid")
    }

    #[test]
    fn plurality_takes_the_most_first_preferences() {
        let p = profile(
            &["Ann", "Bob", "Cat", "Dan"],
            2,
            vec![
                Ballot::ranked(5, vec![0, 1]),
                Ballot::ranked(7, vec![1]),
                Ballot::ranked(3, vec![2, 0]),
                Ballot::ranked(6, vec![3]),
                Ballot::ranked(1, vec![]),
            ],
        );
        let count = plurality(&p, &Seed::from_text("s"));
        assert_eq!(count.elected, ["Bob", "Dan"]);
        assert_eq!(count.rounds.len(), 1);
        assert_eq!(
            count.rounds[0].votes,
            [("Ann", "5"), ("Bob", "7"), ("Cat", "3"), ("Dan", "6")].map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert!(count.rounds[0].ties.is_empty());
        assert_eq!(count.quota, None);
    }

    #[test]
    fn approval_counts_every_candidate_named() {
        let p = profile(
            &["Ann", "Bob", "Cat"],
            1,
            vec![Ballot::approving(4, [0]), Ballot::approving(3, [1, 2]), Ballot::approving(2, [2, 0])],
        );
        let count = approval(&p, &Seed::from_text("s"));
        // Ann 6, Bob 3, Cat 5.
        assert_eq!(count.elected, ["Ann"]);
        assert_eq!(count.rounds[0].votes[2], ("Cat".to_string(), "5".to_string()));
    }

    #[test]
    fn a_tie_for_the_last_seat_is_drawn_by_lot() {
        // Ann 5 is elected outright; Bob, Cat and Dan tie with 3 for the last seat.
        let ballots = vec![
            Ballot::ranked(5, vec![0]),
            Ballot::ranked(3, vec![1]),
            Ballot::ranked(3, vec![2]),
            Ballot::ranked(3, vec![3]),
        ];
        let p = profile(&["Ann", "Bob", "Cat", "Dan"], 2, ballots);
        let seed = Seed::from_text("lot");
        let count = plurality(&p, &seed);
        let mut lots = Lots::new(&seed);
        let expected = ["Bob", "Cat", "Dan"][lots.draw(&[1, 2, 3]) - 1];
        assert_eq!(count.elected, ["Ann", expected]);
        let ties = &count.rounds[0].ties;
        assert_eq!(ties.len(), 1);
        assert_eq!(ties[0].between, ["Bob", "Cat", "Dan"]);
        assert_eq!(ties[0].chosen, expected);
        assert_eq!(ties[0].purpose, TiePurpose::LastSeat);
        assert_eq!(ties[0].decided, Decided::Lot { seed: seed.to_hex(), draw: 1 });
        // The same seed, the same result; equal totals that all fit need no lot.
        assert_eq!(plurality(&p, &seed), count);
        let all = plurality(&p.clone().with_seats(4).expect("4 seats"), &seed);
        assert_eq!(all.elected, ["Ann", "Bob", "Cat", "Dan"]);
        assert!(all.rounds[0].ties.is_empty());
    }

    #[test]
    fn withdrawn_candidates_pass_their_ballots_on() {
        let p = profile(&["Ann", "Bob"], 1, vec![Ballot::ranked(3, vec![0, 1]), Ballot::ranked(2, vec![1])])
            .with_withdrawn([0])
            .expect("valid");
        let count = plurality(&p, &Seed::from_text("s"));
        assert_eq!(count.elected, ["Bob"]);
        assert_eq!(count.rounds[0].votes, [("Bob".to_string(), "5".to_string())]);
    }
}
