//! `quorum bench tally`: a count of a large, generated election, the count alone timed.

use std::time::Instant;

use anyhow::{Context, Result};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::tally::{self, Action, Ballot, Method, Profile, Seed};

#[derive(Debug, clap::Args)]
pub struct TallyBench {
    #[arg(long, default_value_t = 1_000_000)]
    ballots: usize,
    #[arg(long, default_value_t = 20)]
    candidates: usize,
    /// Seats to fill; default 5, or 1 for `--method irv`.
    #[arg(long)]
    seats: Option<usize>,
    #[arg(long, value_enum, default_value = "stv")]
    method: Method,
    /// Seed of the ballot generator; the same seed builds the same ballots.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// How many voting blocs the electorate is split into, and each one's share of the ballots.
const BLOCS: [u32; 4] = [40, 30, 20, 10];

/// A generated electorate: `ballots` ballots of weight 1 for `candidates` candidates.
///
/// Each voter belongs to one of four blocs; each bloc has its own slate (a quarter of the
/// candidates, dealt round-robin from a shuffled order) whose candidates it likes six times
/// more. On top of that, candidate `c` is popular in proportion to `1 / (c + 1)^0.8` (a Zipf
/// skew). A ballot is a Plackett–Luce draw from those weights (each next preference drawn among
/// the candidates not yet ranked, in proportion to their weights), of a length from 1 to
/// `candidates` (each further preference with probability 3/4). So the first candidates reach
/// the quota with surpluses to pass on, and the tail is excluded one by one with transfers.
pub fn profile(ballots: usize, candidates: usize, seats: usize, seed: u64) -> Result<Profile> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut order: Vec<usize> = (0..candidates).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.random_range(0..=i));
    }
    let popularity: Vec<f64> = (0..candidates).map(|c| 1.0 / ((c + 1) as f64).powf(0.8)).collect();
    let weights: Vec<Vec<f64>> = (0..BLOCS.len())
        .map(|bloc| {
            let mut w = popularity.clone();
            for (dealt, c) in order.iter().enumerate() {
                if dealt % BLOCS.len() == bloc {
                    w[*c] *= 6.0;
                }
            }
            w
        })
        .collect();
    let shares: u32 = BLOCS.iter().sum();
    let mut list = Vec::with_capacity(ballots);
    let mut left = vec![0.0; candidates];
    for _ in 0..ballots {
        let pick = rng.random_range(0..shares);
        let bloc = BLOCS
            .iter()
            .scan(0, |end, share| {
                *end += share;
                Some(*end)
            })
            .position(|end| pick < end)
            .unwrap_or(0);
        left.copy_from_slice(&weights[bloc]);
        let mut total: f64 = left.iter().sum();
        let mut ranking = Vec::new();
        loop {
            let mut target = rng.random::<f64>() * total;
            let mut chosen = None;
            for (c, w) in left.iter().enumerate() {
                if *w > 0.0 {
                    chosen = Some(c);
                    if target < *w {
                        break;
                    }
                    target -= w;
                }
            }
            let Some(c) = chosen else { break };
            total -= left[c];
            left[c] = 0.0;
            ranking.push(c);
            if ranking.len() == candidates || !rng.random_bool(0.75) {
                break;
            }
        }
        list.push(Ballot::ranked(1, ranking));
    }
    let names = (1..=candidates).map(|c| format!("Candidate {c:02}")).collect();
    Profile::new(format!("{ballots} generated ballots"), names, seats, list).context("the generated profile")
}

pub fn run(bench: TallyBench) -> Result<()> {
    let TallyBench { ballots, candidates, seats, method, seed } = bench;
    let seats = seats.unwrap_or(if method == Method::Irv { 1 } else { 5 });
    let started = Instant::now();
    let profile = profile(ballots, candidates, seats, seed)?;
    let built = started.elapsed();
    let lot = Seed::from_text(&format!("bench {seed}"));
    let started = Instant::now();
    let count = tally::count(&profile, method, &lot)?;
    let counted = started.elapsed();
    anyhow::ensure!(count.elected.len() == seats, "{} elected for {seats} seats", count.elected.len());
    let of = |action: Action| count.rounds.iter().filter(|r| r.action == action).count();
    println!(
        "{}: {ballots} ballots × {candidates} candidates, {seats} seat{}: profile built in {:.0} ms; counted in {:.0} ms: {} rounds ({} surpluses, {} exclusions), elected {}",
        method.name(),
        if seats == 1 { "" } else { "s" },
        built.as_secs_f64() * 1000.0,
        counted.as_secs_f64() * 1000.0,
        count.rounds.len(),
        of(Action::Surplus),
        of(Action::Exclusion),
        count.elected.join(", ")
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_election_is_the_same_every_time_and_not_decided_at_once() {
        let profile = profile(20_000, 20, 5, 1).expect("valid");
        assert_eq!(profile, super::profile(20_000, 20, 5, 1).expect("valid"));
        assert_ne!(profile, super::profile(20_000, 20, 5, 2).expect("valid"));
        let lengths: Vec<usize> = profile.ballots().iter().map(|b| b.ranking.len()).collect();
        assert!(lengths.contains(&1) && lengths.iter().any(|l| *l >= 10), "lengths vary");
        let count = tally::stv(&profile, &Seed::from_text("bench 1"));
        let of = |action: Action| count.rounds.iter().filter(|r| r.action == action).count();
        assert!(of(Action::Surplus) >= 2, "surpluses: {:?}", count.rounds);
        assert!(of(Action::Exclusion) >= 5, "exclusions: {:?}", count.rounds);
        assert_eq!(count.elected.len(), 5);
    }
}
