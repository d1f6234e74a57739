//! Counting ballots: plurality, approval, instant-runoff, single transferable vote under the
//! Scottish rules of 2007, and Schulze, on a profile read from a BLT file or built by a feature.
//!
//! Nothing here touches a platform, the store or the clock: a [`Profile`] (candidates, seats,
//! weighted ballots) goes in, a [`Count`] (who is elected, and every round that led there) comes
//! out. A tie that the rules leave to chance is drawn by [`Seed`], so the same ballots and the
//! same seed always give the same count, and the count records each draw and between whom.
//!
//! - [`blt`]: read and write the BLT ballot format.
//! - [`plurality`], [`approval`], [`irv`], [`stv`], [`schulze`]: the methods; [`count`] picks one.
//! - [`run_file`]: what `quorum tally FILE` does, short of printing.

pub mod blt;
mod fixed;
mod irv;
mod lot;
mod plurality;
mod report;
mod schulze;
mod stv;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub use fixed::Fixed;
pub use irv::irv;
pub use lot::Seed;
pub use plurality::{approval, plurality};
pub use report::{Action, Count, Decided, Round, Tie, TiePurpose, Transfer};
pub use schulze::schulze;
pub use stv::stv;

/// More candidates than this are refused: the pairwise matrices grow with the square.
pub const MAX_CANDIDATES: usize = 1000;

/// The total weight of all ballots may not exceed this, so that every total, in units of
/// 0.00001 votes, fits in 64 bits with room to spare.
pub const MAX_TOTAL_WEIGHT: u64 = 1_000_000_000_000;

/// One ballot: how many votes it carries and the candidates it names, most preferred first.
///
/// For approval counting the ranking is read as a set: every candidate named is approved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// How many identical ballot papers this stands for (a BLT line's count), or a member's vote
    /// weight. At least 1.
    pub weight: u64,
    /// Candidate indices (0 for the first candidate), most preferred first, each at most once.
    pub ranking: Vec<usize>,
}

impl Ballot {
    /// A ranked ballot: `ranking` lists candidate indices, most preferred first.
    pub fn ranked(weight: u64, ranking: Vec<usize>) -> Ballot {
        Ballot { weight, ranking }
    }

    /// An approval ballot: the candidates approved, in any order (kept in index order, once each).
    pub fn approving(weight: u64, approved: impl IntoIterator<Item = usize>) -> Ballot {
        let mut ranking: Vec<usize> = approved.into_iter().collect();
        ranking.sort_unstable();
        ranking.dedup();
        Ballot { weight, ranking }
    }
}

/// What is wrong with a profile built in code (a BLT file's errors name its lines instead).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("there are no candidates")]
    NoCandidates,
    #[error("there are {count} candidates; at most {MAX_CANDIDATES} are supported")]
    TooManyCandidates { count: usize },
    #[error("the number of seats must be at least 1")]
    NoSeats,
    #[error("{seats} seats for {candidates} candidates: there cannot be more seats than candidates")]
    MoreSeatsThanCandidates { seats: usize, candidates: usize },
    #[error("candidate {number}'s name {problem}")]
    BadName { number: usize, problem: &'static str },
    #[error("the title {problem}")]
    BadTitle { problem: &'static str },
    #[error("two candidates are called \"{name}\"")]
    DuplicateName { name: String },
    #[error("ballot {ballot} has weight 0; a ballot's weight must be at least 1")]
    ZeroWeight { ballot: usize },
    #[error("ballot {ballot} names candidate index {candidate}, but there are only {candidates} candidates")]
    UnknownCandidate { ballot: usize, candidate: usize, candidates: usize },
    #[error("ballot {ballot} names candidate index {candidate} more than once")]
    RepeatedCandidate { ballot: usize, candidate: usize },
    #[error("withdrawn candidate index {candidate} is out of range ({candidates} candidates)")]
    UnknownWithdrawn { candidate: usize, candidates: usize },
    #[error("the ballots weigh more than {MAX_TOTAL_WEIGHT} votes in all")]
    TooManyVotes,
}

/// Everything a count needs: the candidates, how many seats, and the ballots.
///
/// Built through [`Profile::new`] (or [`blt::parse`]), which checks every index, so the methods
/// never meet a ballot they cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    title: String,
    candidates: Vec<String>,
    seats: usize,
    withdrawn: Vec<usize>,
    ballots: Vec<Ballot>,
}

impl Profile {
    /// A profile with no withdrawn candidates. Candidate names must be unique and non-empty, and
    /// neither names nor title may hold a double quote or a line break (they could not be
    /// written as BLT).
    pub fn new(
        title: impl Into<String>,
        candidates: Vec<String>,
        seats: usize,
        ballots: Vec<Ballot>,
    ) -> Result<Profile, ProfileError> {
        let title = title.into();
        if let Some(problem) = text_problem(&title, true) {
            return Err(ProfileError::BadTitle { problem });
        }
        if candidates.is_empty() {
            return Err(ProfileError::NoCandidates);
        }
        if candidates.len() > MAX_CANDIDATES {
            return Err(ProfileError::TooManyCandidates { count: candidates.len() });
        }
        let mut names = HashSet::new();
        for (index, name) in candidates.iter().enumerate() {
            if let Some(problem) = text_problem(name, false) {
                return Err(ProfileError::BadName { number: index + 1, problem });
            }
            if !names.insert(name.as_str()) {
                return Err(ProfileError::DuplicateName { name: name.clone() });
            }
        }
        let mut total: u64 = 0;
        for (index, ballot) in ballots.iter().enumerate() {
            let number = index + 1;
            if ballot.weight == 0 {
                return Err(ProfileError::ZeroWeight { ballot: number });
            }
            total = total
                .checked_add(ballot.weight)
                .filter(|t| *t <= MAX_TOTAL_WEIGHT)
                .ok_or(ProfileError::TooManyVotes)?;
            let mut seen = HashSet::new();
            for &candidate in &ballot.ranking {
                if candidate >= candidates.len() {
                    return Err(ProfileError::UnknownCandidate {
                        ballot: number,
                        candidate,
                        candidates: candidates.len(),
                    });
                }
                if !seen.insert(candidate) {
                    return Err(ProfileError::RepeatedCandidate { ballot: number, candidate });
                }
            }
        }
        let profile = Profile { title, candidates, seats: 0, withdrawn: Vec::new(), ballots };
        profile.with_seats(seats)
    }

    /// The same profile with another number of seats.
    pub fn with_seats(mut self, seats: usize) -> Result<Profile, ProfileError> {
        if seats == 0 {
            return Err(ProfileError::NoSeats);
        }
        if seats > self.candidates.len() {
            return Err(ProfileError::MoreSeatsThanCandidates { seats, candidates: self.candidates.len() });
        }
        self.seats = seats;
        Ok(self)
    }

    /// The same profile with these candidates withdrawn: they stay on the ballots (and in the
    /// BLT file) but every count passes over them as if they had never stood.
    pub fn with_withdrawn(mut self, withdrawn: impl IntoIterator<Item = usize>) -> Result<Profile, ProfileError> {
        let mut list: Vec<usize> = withdrawn.into_iter().collect();
        if let Some(&candidate) = list.iter().find(|c| **c >= self.candidates.len()) {
            return Err(ProfileError::UnknownWithdrawn { candidate, candidates: self.candidates.len() });
        }
        list.sort_unstable();
        list.dedup();
        self.withdrawn = list;
        Ok(self)
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// The candidates' names; a candidate's index in this list is its number in the ballots.
    pub fn candidates(&self) -> &[String] {
        &self.candidates
    }

    pub fn seats(&self) -> usize {
        self.seats
    }

    /// Withdrawn candidates' indices, in increasing order.
    pub fn withdrawn(&self) -> &[usize] {
        &self.withdrawn
    }

    pub fn ballots(&self) -> &[Ballot] {
        &self.ballots
    }

    pub fn is_withdrawn(&self, candidate: usize) -> bool {
        self.withdrawn.binary_search(&candidate).is_ok()
    }

    /// The candidates who stand (not withdrawn), in ballot order.
    pub(crate) fn standing(&self) -> Vec<usize> {
        (0..self.candidates.len()).filter(|c| !self.is_withdrawn(*c)).collect()
    }

    /// Each ballot's ranking with the withdrawn candidates left out, beside its weight.
    pub(crate) fn effective_ballots(&self) -> Vec<(u64, Vec<usize>)> {
        self.ballots
            .iter()
            .map(|b| (b.weight, b.ranking.iter().copied().filter(|c| !self.is_withdrawn(*c)).collect()))
            .collect()
    }
}

fn text_problem(text: &str, may_be_empty: bool) -> Option<&'static str> {
    if !may_be_empty && text.trim().is_empty() {
        Some("is empty")
    } else if text.contains('"') {
        Some("contains a double quote")
    } else if text.contains(['\n', '\r']) {
        Some("contains a line break")
    } else {
        None
    }
}

/// The counting methods `quorum tally --method` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// The candidates with the most first preferences.
    Plurality,
    /// The candidates approved by the most ballots (every candidate a ballot names).
    Approval,
    /// Instant-runoff: one seat, eliminating the last candidate round by round.
    Irv,
    /// Single transferable vote under the Scottish Local Government Elections Order 2007.
    Stv,
    /// Schulze's beatpath method (several seats: the winner, then the winner of the rest, …).
    Schulze,
}

impl Method {
    /// The name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Method::Plurality => "plurality",
            Method::Approval => "approval",
            Method::Irv => "irv",
            Method::Stv => "stv",
            Method::Schulze => "schulze",
        }
    }

    /// The method a name on the command line names, in any case.
    pub fn from_name(name: &str) -> Option<Method> {
        [Method::Plurality, Method::Approval, Method::Irv, Method::Stv, Method::Schulze]
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Whether a ballot ranks the candidates (instant-runoff, STV, Schulze) rather than naming
    /// one (plurality) or a set (approval).
    pub fn ranks(self) -> bool {
        matches!(self, Method::Irv | Method::Stv | Method::Schulze)
    }
}

/// A method that cannot count this profile as it stands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountError {
    #[error("instant-runoff fills one seat, but {seats} seats were asked for (use --seats 1, or --method stv)")]
    SingleSeat { seats: usize },
}

/// Counts `profile` by `method`, drawing any lot from `seed`.
pub fn count(profile: &Profile, method: Method, seed: &Seed) -> Result<Count, CountError> {
    Ok(match method {
        Method::Plurality => plurality(profile, seed),
        Method::Approval => approval(profile, seed),
        Method::Irv => irv(profile, seed)?,
        Method::Stv => stv(profile, seed),
        Method::Schulze => schulze(profile, seed),
    })
}

/// How `quorum tally` counts a file.
#[derive(Debug, Clone)]
pub struct FileOptions {
    pub method: Method,
    /// Seats to fill instead of the file's.
    pub seats: Option<usize>,
    /// Text whose SHA-256 seeds any lot; by default the hash of the ballots written as BLT.
    pub seed: Option<String>,
}

/// Why a file could not be counted.
#[derive(Debug, thiserror::Error)]
pub enum TallyError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}: {source}", path.display())]
    Blt { path: PathBuf, source: blt::BltError },
    #[error("{}: {source}", path.display())]
    Profile { path: PathBuf, source: ProfileError },
    #[error("{}: {source}", path.display())]
    Count { path: PathBuf, source: CountError },
}

/// Reads a BLT file and counts it: what `quorum tally FILE` prints, as a [`Count`].
pub fn run_file(path: &Path, options: &FileOptions) -> Result<Count, TallyError> {
    let bytes = std::fs::read(path).map_err(|source| TallyError::Read { path: path.into(), source })?;
    // A file that is not UTF-8 is read as far as it goes: its bad bytes show up in an error.
    let text = String::from_utf8_lossy(&bytes);
    let mut profile = blt::parse(&text).map_err(|source| TallyError::Blt { path: path.into(), source })?;
    if let Some(seats) = options.seats {
        profile = profile.with_seats(seats).map_err(|source| TallyError::Profile { path: path.into(), source })?;
    }
    let seed = match &options.seed {
        Some(text) => Seed::from_text(text),
        None => Seed::of_profile(&profile),
    };
    count(&profile, options.method, &seed).map_err(|source| TallyError::Count { path: path.into(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn profile_checks_every_index() {
        let ok = Profile::new("t", names(&["A", "B"]), 1, vec![Ballot::ranked(1, vec![1, 0])]);
        assert!(ok.is_ok());
        let err = |ballots, seats| Profile::new("t", names(&["A", "B"]), seats, ballots).unwrap_err();
        assert_eq!(
            err(vec![Ballot::ranked(1, vec![2])], 1),
            ProfileError::UnknownCandidate { ballot: 1, candidate: 2, candidates: 2 }
        );
        assert_eq!(
            err(vec![Ballot::ranked(1, vec![0, 0])], 1),
            ProfileError::RepeatedCandidate { ballot: 1, candidate: 0 }
        );
        assert_eq!(err(vec![Ballot::ranked(0, vec![0])], 1), ProfileError::ZeroWeight { ballot: 1 });
        assert_eq!(err(vec![], 0), ProfileError::NoSeats);
        assert_eq!(err(vec![], 3), ProfileError::MoreSeatsThanCandidates { seats: 3, candidates: 2 });
        assert_eq!(
            err(vec![Ballot::ranked(MAX_TOTAL_WEIGHT, vec![0]), Ballot::ranked(1, vec![1])], 1),
            ProfileError::TooManyVotes
        );
        assert_eq!(
            Profile::new("t", names(&["A", "A"]), 1, vec![]).unwrap_err(),
            ProfileError::DuplicateName { name: "A".into() }
        );
        assert_eq!(
            Profile::new("t", names(&["A", "say \"B\""]), 1, vec![]).unwrap_err(),
            ProfileError::BadName { number: 2, problem: "contains a double quote" }
        );
        assert_eq!(Profile::new("t", vec![], 1, vec![]).unwrap_err(), ProfileError::NoCandidates);
    }

    #[test]
    fn approval_ballot_is_a_set() {
        assert_eq!(Ballot::approving(2, [3, 1, 3]), Ballot::ranked(2, vec![1, 3]));
    }
}
