//! How elections read: their header and phase, the candidates, ballots, and a count round by
//! round in the reader's language.

use std::fmt::Write as _;

use crate::core::reply::{Block, Msg};
use crate::store::{self, CandidateRow, ElectionRow};
use crate::tally::{Action, Count, Decided, Method};

pub fn method_msg(method: &str) -> Msg {
    Msg::new(&format!("election-method-{method}"))
}

/// Where an election stands.
pub fn phase_msg(e: &ElectionRow) -> Msg {
    match (e.phase.as_str(), e.nominations_close_at, e.voting_closes_at, e.closed_at) {
        ("nominations", Some(at), _, _) => Msg::new("election-phase-nominations-until").time("at", store::instant(at)),
        ("nominations", None, _, _) => Msg::new("election-phase-nominations"),
        ("voting", _, Some(at), _) => Msg::new("election-phase-voting-until").time("at", store::instant(at)),
        (_, _, _, Some(at)) => Msg::new("election-phase-closed-at").time("at", store::instant(at)),
        _ => Msg::new("election-phase-closed"),
    }
}

/// `#2 Chair 2027 (BC): 1 seat, instant-runoff; voting until …`.
pub fn header(e: &ElectionRow, body: &str) -> Msg {
    Msg::new("election-header")
        .num("id", e.id)
        .text("title", &e.title)
        .code("body", body)
        .num("seats", e.seats)
        .phrase("method", method_msg(&e.method))
        .phrase("phase", phase_msg(e))
}

/// A nominee's line: their number on the ballot once voting opened, and where they stand.
pub fn candidate_line(c: &CandidateRow, e: &ElectionRow) -> Msg {
    let state = if c.withdrawn {
        "election-candidate-withdrawn"
    } else if !c.accepted {
        "election-candidate-not-accepted"
    } else if e.seconded && c.seconded_by.is_none() {
        "election-candidate-not-seconded"
    } else {
        "election-candidate-standing"
    };
    match c.position {
        Some(n) => Msg::new("election-candidate-numbered").num("number", n).text("name", &c.name),
        None => Msg::new("election-candidate-line").text("name", &c.name).phrase("state", Msg::new(state)),
    }
}

/// A stored ballot (`3 1 2`) in the names of the standing candidates (`standing`, in ballot
/// order), most preferred first.
pub fn ballot_msg(e: &ElectionRow, ranking: &str, standing: &[String]) -> Msg {
    let names: Vec<String> = ranking
        .split_whitespace()
        .filter_map(|n| n.parse::<usize>().ok())
        .filter_map(|n| standing.get(n.wrapping_sub(1)).cloned())
        .collect();
    let ranks = Method::from_name(&e.method).is_some_and(Method::ranks);
    let joined = if ranks { names.join(" > ") } else { names.join(", ") };
    Msg::new("poll-label").text("text", joined)
}

/// A count, round by round, with its quota, ties, Schulze's matrices, and who is elected.
pub fn count_blocks(count: &Count) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(quota) = &count.quota {
        blocks.push(Block::Paragraph(Msg::new("election-quota").code("quota", quota)));
    }
    for round in &count.rounds {
        let n = round.number as i64;
        let heading = match round.action {
            Action::FirstPreferences => Msg::new("election-round-first").num("round", n),
            Action::Approvals => Msg::new("election-round-approvals").num("round", n),
            Action::Surplus => {
                let (from, amount) =
                    round.transfer.as_ref().map(|t| (t.from.clone(), t.amount.clone())).unwrap_or_default();
                Msg::new("election-round-surplus").num("round", n).text("name", from).code("votes", amount)
            }
            Action::Exclusion => {
                Msg::new("election-round-exclusion").num("round", n).text("names", round.eliminated.join(", "))
            }
            Action::Winner => Msg::new("election-round-winner").num("round", n).text("name", round.elected.join(", ")),
        };
        blocks.push(Block::Paragraph(heading));
        if !round.votes.is_empty() {
            blocks.push(Block::Preformatted(votes_table(round)));
        }
        if let Some(exhausted) = &round.exhausted {
            blocks.push(Block::Paragraph(Msg::new("election-round-exhausted").code("votes", exhausted)));
        }
        let mut notes = Vec::new();
        if !round.elected.is_empty() && round.action != Action::Winner {
            notes.push(Msg::new("election-round-elected").text("names", round.elected.join(", ")));
        }
        for tie in &round.ties {
            let how = match &tie.decided {
                Decided::EarlierRound { round } => Msg::new("election-tie-earlier").num("round", *round as i64),
                Decided::Lot { seed, draw } => Msg::new("election-tie-lot")
                    .code("seed", seed.chars().take(16).collect::<String>())
                    .num("draw", *draw as i64),
            };
            notes.push(
                Msg::new("election-tie")
                    .text("between", tie.between.join(", "))
                    .text("chosen", &tie.chosen)
                    .phrase("how", how),
            );
        }
        if !notes.is_empty() {
            blocks.push(Block::List(notes));
        }
    }
    if let Some(table) = count.pairwise_text() {
        blocks.push(Block::Paragraph(Msg::new("election-pairwise")));
        blocks.push(Block::Preformatted(table));
    }
    if let Some(table) = count.paths_text() {
        blocks.push(Block::Paragraph(Msg::new("election-strongest-paths")));
        blocks.push(Block::Preformatted(table));
    }
    blocks
}

/// A round's votes: each standing candidate, their votes and what this round moved.
fn votes_table(round: &crate::tally::Round) -> String {
    let width = round.votes.iter().map(|(name, _)| name.chars().count()).max().unwrap_or(0);
    let figures = round.votes.iter().map(|(_, v)| v.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (name, votes) in &round.votes {
        let pad = width - name.chars().count();
        let _ = write!(out, "{name}{} {votes:>figures$}", " ".repeat(pad));
        let moved = round.transfer.as_ref().and_then(|t| t.to.iter().find(|(to, _)| to == name));
        if let Some((_, amount)) = moved {
            let _ = write!(out, "  +{amount}");
        }
        if round.elected.contains(name) {
            out.push_str("  ✔");
        } else if round.eliminated.contains(name) {
            out.push_str("  ✖");
        }
        out.push('\n');
    }
    out
}
