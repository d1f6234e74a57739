//! The result of a count, round by round: what each method returns, as JSON or as plain text.

use std::fmt::Write as _;

use serde::{Serialize, Serializer};

use super::Method;

/// A finished count: who is elected, in order of election, and every round that led there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub method: Method,
    pub title: String,
    pub seats: usize,
    /// Every candidate in ballot order, withdrawn ones included, so that matrix indices match.
    pub candidates: Vec<String>,
    /// The quota (STV only), to five decimal places.
    pub quota: Option<String>,
    /// Names in order of election.
    pub elected: Vec<String>,
    pub rounds: Vec<Round>,
    /// Schulze: `pairwise[i][j]` is the weight of ballots ranking candidate `i` above `j`
    /// (indices as in `candidates`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairwise: Option<Vec<Vec<u64>>>,
    /// Schulze: the strength of the strongest path from `i` to `j` among all candidates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strongest_paths: Option<Vec<Vec<u64>>>,
}

/// What a round did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Each ballot counted for its first preference.
    FirstPreferences,
    /// Each ballot counted for every candidate it names.
    Approvals,
    /// An elected candidate's surplus passed on (STV).
    Surplus,
    /// The last candidate excluded and the ballots passed on (STV, instant-runoff).
    Exclusion,
    /// The Schulze winner among the candidates not yet elected.
    Winner,
}

/// One round (an STV stage): its action, and the state at its end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Round {
    /// From 1.
    pub number: usize,
    pub action: Action,
    /// The action in a sentence.
    pub description: String,
    /// Each standing candidate's votes at the end of the round, in ballot order: five decimal
    /// places for STV, whole numbers otherwise. Empty for Schulze.
    #[serde(serialize_with = "in_order")]
    pub votes: Vec<(String, String)>,
    /// The ballots this round passed on, if it passed any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer: Option<Transfer>,
    /// Elected at the end of this round, in order.
    pub elected: Vec<String>,
    /// Excluded in this round.
    pub eliminated: Vec<String>,
    /// Votes on ballots with no continuing candidate left, in all rounds so far (STV and
    /// instant-runoff).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exhausted: Option<String>,
    /// The ties decided in this round.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ties: Vec<Tie>,
    /// Schulze: the strongest paths among the candidates still in the running (`null` for those
    /// already elected).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strongest_paths: Option<Vec<Vec<Option<u64>>>>,
}

/// The ballots one candidate passed on in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transfer {
    pub from: String,
    /// The votes taken from that candidate: the surplus, or everything an excluded one held.
    pub amount: String,
    /// What each candidate received, in ballot order (those who received nothing left out).
    #[serde(serialize_with = "in_order")]
    pub to: Vec<(String, String)>,
    /// The votes that went to nobody, for want of a further preference.
    pub exhausted: String,
}

/// Why a tie had to be decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TiePurpose {
    /// Which equal surplus is transferred first (STV).
    SurplusOrder,
    /// Who is excluded among the last (STV, instant-runoff).
    Exclusion,
    /// Who takes the last seats among candidates with equal votes (plurality, approval).
    LastSeat,
    /// Which of several Schulze winners is elected.
    Winner,
}

/// How a tie was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Decided {
    /// By the totals at the end of this earlier round, the most recent at which they differed.
    EarlierRound { round: usize },
    /// By lot: draw number `draw` from `seed` (hex), see [`super::Seed`].
    Lot { seed: String, draw: u64 },
}

/// A tie and its outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tie {
    pub purpose: TiePurpose,
    pub between: Vec<String>,
    /// The candidate picked: excluded, transferred first, or elected.
    pub chosen: String,
    pub decided: Decided,
}

/// Serializes name–value pairs as one JSON object, keeping their order.
fn in_order<S: Serializer>(pairs: &[(String, String)], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

impl Count {
    /// The count as plain English text, one block per round.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        if !self.title.is_empty() {
            let _ = writeln!(out, "{}", self.title);
        }
        let method = match self.method {
            Method::Plurality => "Plurality",
            Method::Approval => "Approval",
            Method::Irv => "Instant-runoff",
            Method::Stv => "Single transferable vote (Scottish Local Government Elections Order 2007)",
            Method::Schulze => "Schulze",
        };
        let seats = if self.seats == 1 { "1 seat".to_string() } else { format!("{} seats", self.seats) };
        let _ = write!(out, "{method}, {seats}");
        if let Some(quota) = &self.quota {
            let _ = write!(out, ", quota {quota}");
        }
        out.push('\n');
        if let Some(pairwise) = &self.pairwise {
            out.push_str("\nBallots ranking the row's candidate above the column's:\n");
            self.matrix(&mut out, pairwise.iter().map(|row| row.iter().map(|v| Some(*v)).collect()).collect());
        }
        if let Some(paths) = &self.strongest_paths {
            out.push_str("\nStrongest paths:\n");
            self.matrix(&mut out, paths.iter().map(|row| row.iter().map(|v| Some(*v)).collect()).collect());
        }
        let width = self.candidates.iter().map(|c| c.chars().count()).max().unwrap_or(0).max(16);
        for round in &self.rounds {
            let _ = writeln!(out, "\nRound {}: {}", round.number, round.description);
            let received = |name: &str| {
                round.transfer.as_ref().and_then(|t| t.to.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()))
            };
            for (name, votes) in &round.votes {
                let mut notes = Vec::new();
                if let Some(amount) = received(name) {
                    notes.push(format!("+{amount}"));
                }
                if round.elected.contains(name) {
                    notes.push("elected".into());
                }
                if round.eliminated.contains(name) {
                    notes.push("excluded".into());
                }
                let _ = writeln!(out, "  {name:<width$} {votes:>14}  {}", notes.join(", "));
            }
            if let Some(exhausted) = &round.exhausted {
                let _ = writeln!(out, "  {:<width$} {exhausted:>14}", "non-transferable");
            }
            if round.votes.is_empty() && !round.elected.is_empty() {
                let _ = writeln!(out, "  elected: {}", round.elected.join(", "));
            }
            for tie in &round.ties {
                let how = match &tie.decided {
                    Decided::EarlierRound { round } => format!("by the votes at round {round}"),
                    Decided::Lot { seed, draw } => format!("by lot (draw {draw} from seed {seed})"),
                };
                let what = match tie.purpose {
                    TiePurpose::SurplusOrder => "transferred first",
                    TiePurpose::Exclusion => "excluded",
                    TiePurpose::LastSeat | TiePurpose::Winner => "elected",
                };
                let _ = writeln!(out, "  Tie between {}: {} {what}, {how}", tie.between.join(", "), tie.chosen);
            }
        }
        let elected = if self.elected.is_empty() { "nobody".to_string() } else { self.elected.join(", ") };
        let _ = writeln!(out, "\nElected: {elected}");
        // Lines end without trailing spaces, whatever the columns above left.
        out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + "\n"
    }

    /// Schulze's pairwise matrix as a table, numbered as in the ballots.
    pub fn pairwise_text(&self) -> Option<String> {
        let pairwise = self.pairwise.as_ref()?;
        let mut out = String::new();
        self.matrix(&mut out, pairwise.iter().map(|row| row.iter().map(|v| Some(*v)).collect()).collect());
        Some(out)
    }

    /// Schulze's strongest paths as a table, numbered as in the ballots.
    pub fn paths_text(&self) -> Option<String> {
        let paths = self.strongest_paths.as_ref()?;
        let mut out = String::new();
        self.matrix(&mut out, paths.iter().map(|row| row.iter().map(|v| Some(*v)).collect()).collect());
        Some(out)
    }

    /// A candidate-by-candidate table, numbered as in the ballots.
    fn matrix(&self, out: &mut String, rows: Vec<Vec<Option<u64>>>) {
        for (number, name) in self.candidates.iter().enumerate() {
            let _ = writeln!(out, "  {:>3} {name}", number + 1);
        }
        let cell = |v: Option<u64>| v.map_or("-".to_string(), |v| v.to_string());
        let width = rows.iter().flatten().map(|v| cell(*v).len()).max().unwrap_or(1).max(3);
        let _ = write!(out, "  {:>3}", "");
        for number in 1..=self.candidates.len() {
            let _ = write!(out, " {number:>width$}");
        }
        out.push('\n');
        for (i, row) in rows.iter().enumerate() {
            let _ = write!(out, "  {:>3}", i + 1);
            for (j, value) in row.iter().enumerate() {
                let shown = if i == j { "-".to_string() } else { cell(*value) };
                let _ = write!(out, " {shown:>width$}");
            }
            out.push('\n');
        }
    }
}
