//! How polls read: the opening, the options, how to vote, results with counts, shares and bars,
//! instant-runoff rounds, a proposal's verdict, and proxies.

use super::count::{Outcome, Result as Tally, Rules, Verdict, Vote};
use super::model::{Kind, Majority, Quorum};
use crate::core::reply::{Block, Msg};
use crate::store::{self, PollRow, ProxyRow, Tx};

/// A CSV cell a spreadsheet will not take for a formula.
pub fn guard(cell: &str) -> String {
    crate::features::members::csv_cell(cell.to_owned())
}

/// The words of a kind, as the opening says how to answer.
fn kind_msg(poll: &PollRow) -> Msg {
    match Kind::parse(&poll.kind) {
        Kind::Single => Msg::new("poll-kind-single"),
        Kind::Multi => Msg::new("poll-kind-multi").num("min", poll.min_choices).num("max", poll.max_choices),
        Kind::Ranked => Msg::new("poll-kind-ranked"),
        Kind::Score => Msg::new("poll-kind-score").num("max", poll.score_max),
        Kind::Proposal => Msg::new("poll-kind-proposal")
            .code("majority", poll.majority.clone().unwrap_or_else(|| Majority::Simple.as_str().to_owned())),
    }
}

/// The opening of a poll: its number, question, kind, who votes and when it closes.
pub fn opened(poll: &PollRow, body: Option<&str>, seats: Option<i64>) -> Msg {
    let who = match (body, seats) {
        (Some(short), Some(seats)) => Msg::new("poll-who-body").code("body", short).num("count", seats),
        _ => Msg::new("poll-who-room"),
    };
    let closes = match poll.closes_at {
        Some(at) => Msg::new("poll-closes-at").time("at", store::instant(at)),
        None => Msg::new("poll-closes-never"),
    };
    Msg::new("poll-opened")
        .num("id", poll.id)
        .text("question", &poll.question)
        .phrase("kind", kind_msg(poll))
        .phrase("who", who)
        .phrase("closes", closes)
}

/// What else a poll is: anonymous, weighted, with a quorum.
pub fn flags(poll: &PollRow) -> Vec<Msg> {
    let mut flags = Vec::new();
    if poll.anonymous {
        flags.push(Msg::new("poll-flag-anonymous").num("floor", super::model::ANONYMOUS_FLOOR));
    }
    if poll.weighted {
        flags.push(Msg::new("poll-flag-weighted"));
    }
    if let Some(quorum) = &poll.quorum {
        flags.push(Msg::new("poll-flag-quorum").code("quorum", quorum));
    }
    flags
}

/// The header of `poll show`.
pub fn header(poll: &PollRow) -> Msg {
    let state = match (poll.status.as_str(), poll.closes_at, poll.closed_at) {
        ("open", Some(at), _) => Msg::new("poll-state-open-until").time("at", store::instant(at)),
        ("open", None, _) => Msg::new("poll-state-open"),
        (_, _, Some(at)) => Msg::new("poll-state-closed-at").time("at", store::instant(at)),
        _ => Msg::new("poll-state-closed"),
    };
    Msg::new("poll-header")
        .num("id", poll.id)
        .text("question", &poll.question)
        .phrase("kind", kind_msg(poll))
        .phrase("state", state)
}

/// The options, numbered as they are voted; a proposal's in words.
pub fn option_lines(poll: &PollRow, options: &[String]) -> Vec<Msg> {
    if Kind::parse(&poll.kind) == Kind::Proposal {
        return ["poll-yes", "poll-no", "poll-abstain"]
            .iter()
            .enumerate()
            .map(|(i, key)| Msg::new("poll-option").num("number", i as i64 + 1).phrase("label", Msg::new(key)))
            .collect();
    }
    options
        .iter()
        .enumerate()
        .map(|(i, label)| {
            Msg::new("poll-option")
                .num("number", i as i64 + 1)
                .phrase("label", Msg::new("poll-label").text("text", label))
        })
        .collect()
}

/// The line that says how to vote, with an example of the poll's own kind.
pub fn how_to_vote(poll: &PollRow) -> Msg {
    let example = match Kind::parse(&poll.kind) {
        Kind::Single => format!("poll vote #{} 1", poll.id),
        Kind::Multi => format!("poll vote #{} 1,2", poll.id),
        Kind::Ranked => format!("poll vote #{} 2 1 3", poll.id),
        Kind::Score => format!("poll vote #{} {}", poll.id, "N N …"),
        Kind::Proposal => format!("poll vote #{} yes", poll.id),
    };
    let key = if poll.anonymous { "poll-how-anonymous" } else { "poll-how" };
    Msg::new(key).code("example", example)
}

/// A stored choice in words: option labels, a ranking, scores, or yes/no/abstain.
pub fn choice_words(poll: &PollRow, options: &[String], choice: &str) -> String {
    let label = |n: &str| {
        n.parse::<usize>().ok().and_then(|k| options.get(k.wrapping_sub(1))).cloned().unwrap_or_else(|| n.to_owned())
    };
    match Kind::parse(&poll.kind) {
        Kind::Proposal => choice.to_owned(),
        Kind::Single | Kind::Multi => choice.split(',').map(label).collect::<Vec<_>>().join(", "),
        Kind::Ranked => choice.split(',').map(label).collect::<Vec<_>>().join(" > "),
        Kind::Score => {
            options.iter().zip(choice.split(',')).map(|(o, s)| format!("{o}: {s}")).collect::<Vec<_>>().join(", ")
        }
    }
}

/// A stored choice as a message: a proposal's answer in the reader's language, anything else
/// in the options' own words.
pub fn choice_msg(poll: &PollRow, options: &[String], choice: &str) -> Msg {
    match (Kind::parse(&poll.kind), choice) {
        (Kind::Proposal, "yes" | "no" | "abstain") => Msg::new(&format!("poll-{choice}")),
        _ => Msg::new("poll-label").text("text", choice_words(poll, options, choice)),
    }
}

/// A share as a bar of ten blocks.
fn bar(part: i64, whole: i64) -> String {
    let filled = if whole > 0 { ((part * 10 + whole / 2) / whole).clamp(0, 10) } else { 0 } as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

fn percent(part: i64, whole: i64) -> i64 {
    if whole > 0 { (part * 100 + whole / 2) / whole } else { 0 }
}

/// The result: per option counts with shares and bars, runoff rounds, score totals, or the
/// verdict; then the turnout.
pub fn result(
    poll: &PollRow,
    options: &[String],
    rules: &Rules,
    tally: &Tally,
    turnout: i64,
    eligible: Option<(i64, i64)>,
) -> Vec<Block> {
    let name = |i: usize| options.get(i).cloned().unwrap_or_default();
    let mut blocks = Vec::new();
    match &tally.outcome {
        Outcome::Counts { per_option, .. } => {
            let whole = if Kind::parse(&poll.kind) == Kind::Multi { tally.counted } else { per_option.iter().sum() };
            let lines = per_option
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    Msg::new("poll-result-line")
                        .text("label", name(i))
                        .num("count", *n)
                        .num("percent", percent(*n, whole))
                        .code("bar", bar(*n, whole))
                })
                .collect();
            blocks.push(Block::List(lines));
            let top = per_option.iter().copied().max().unwrap_or(0);
            let leaders: Vec<String> =
                per_option.iter().enumerate().filter(|(_, n)| **n == top && top > 0).map(|(i, _)| name(i)).collect();
            let msg = match leaders.len() {
                0 => Msg::new("poll-result-no-votes"),
                1 => Msg::new("poll-result-leader").text("label", &leaders[0]),
                _ => Msg::new("poll-result-tie").text("labels", leaders.join(", ")),
            };
            blocks.push(Block::Paragraph(msg));
        }
        Outcome::Scores { totals, ballots } => {
            let lines = totals
                .iter()
                .enumerate()
                .map(|(i, total)| {
                    // Tenths, shown as a decimal by the message.
                    let average = if *ballots > 0 { (total * 10 + ballots / 2) / ballots } else { 0 };
                    Msg::new("poll-score-line")
                        .text("label", name(i))
                        .num("total", *total)
                        .text("average", format!("{}.{}", average / 10, average % 10))
                })
                .collect();
            blocks.push(Block::List(lines));
            let top = totals.iter().copied().max().unwrap_or(0);
            let leaders: Vec<String> =
                totals.iter().enumerate().filter(|(_, n)| **n == top && top > 0).map(|(i, _)| name(i)).collect();
            let msg = match leaders.len() {
                0 => Msg::new("poll-result-no-votes"),
                1 => Msg::new("poll-result-leader").text("label", &leaders[0]),
                _ => Msg::new("poll-result-tie").text("labels", leaders.join(", ")),
            };
            blocks.push(Block::Paragraph(msg));
        }
        Outcome::Runoff { rounds, winner } => {
            let lines = rounds
                .iter()
                .enumerate()
                .map(|(r, round)| {
                    let standing =
                        round.votes.iter().map(|(i, n)| format!("{} {n}", name(*i))).collect::<Vec<_>>().join(" · ");
                    let out: Vec<String> = round.eliminated.iter().map(|i| name(*i)).collect();
                    let msg = Msg::new("poll-round")
                        .num("round", r as i64 + 1)
                        .text("standing", standing)
                        .num("exhausted", round.exhausted);
                    if out.is_empty() {
                        msg.phrase("out", Msg::new("poll-round-none-out"))
                    } else {
                        let key = if round.tie_by_lot { "poll-round-out-lot" } else { "poll-round-out" };
                        msg.phrase("out", Msg::new(key).text("labels", out.join(", ")))
                    }
                })
                .collect();
            blocks.push(Block::List(lines));
            blocks.push(Block::Paragraph(match winner {
                Some(i) => Msg::new("poll-result-winner").text("label", name(*i)),
                None => Msg::new("poll-result-no-votes"),
            }));
        }
        Outcome::Proposal { yes, no, abstain, quorum_needed, verdict } => {
            let whole = yes + no + abstain;
            let lines = [("poll-yes", yes), ("poll-no", no), ("poll-abstain", abstain)]
                .iter()
                .map(|(key, n)| {
                    Msg::new("poll-result-line")
                        .phrase("label", Msg::new(key))
                        .num("count", **n)
                        .num("percent", percent(**n, whole))
                        .code("bar", bar(**n, whole))
                })
                .collect();
            blocks.push(Block::List(lines));
            let majority = rules.majority.as_str();
            let msg = match verdict {
                Verdict::Passed => Msg::new("poll-proposal-passed").code("majority", majority),
                Verdict::NoMajority => Msg::new("poll-proposal-failed-majority").code("majority", majority),
                Verdict::NoQuorum => Msg::new("poll-proposal-failed-quorum")
                    .num("needed", quorum_needed.unwrap_or(0))
                    .num("counted", tally.counted)
                    .code("quorum", rules.quorum.map(Quorum::as_stored).unwrap_or_default()),
            };
            blocks.push(Block::Paragraph(msg));
        }
    }
    blocks.push(Block::Paragraph(turnout_msg(poll, turnout, eligible.map(|(seats, _)| seats))));
    blocks
}

fn turnout_msg(poll: &PollRow, turnout: i64, seats: Option<i64>) -> Msg {
    let msg = match seats {
        Some(seats) => Msg::new("poll-turnout-of")
            .num("count", turnout)
            .num("seats", seats)
            .num("percent", percent(turnout, seats)),
        None => Msg::new("poll-turnout").num("count", turnout),
    };
    if poll.weighted { Msg::new("poll-turnout-weighted").phrase("turnout", msg) } else { msg }
}

/// `poll voters`: how many may vote and how many have.
pub fn turnout(poll: &PollRow, turnout: i64, seats: Option<i64>) -> Msg {
    Msg::new("poll-voters-title").num("id", poll.id).phrase("turnout", turnout_msg(poll, turnout, seats))
}

/// One line of `poll list`.
pub fn list_line(poll: &PollRow) -> Msg {
    let state = match (poll.status.as_str(), poll.closes_at) {
        ("open", Some(at)) => Msg::new("poll-state-open-until").time("at", store::instant(at)),
        ("open", None) => Msg::new("poll-state-open"),
        _ => Msg::new("poll-state-closed"),
    };
    Msg::new("poll-list-line").num("id", poll.id).text("question", &poll.question).phrase("state", state)
}

/// The result in one plain line, for a platform's poll widget as it ends.
pub async fn summary_text(tx: &mut Tx, poll: &PollRow) -> anyhow::Result<String> {
    let options = tx.poll_options(poll.id).await?;
    let stored = tx.counted_votes(poll).await?;
    let votes: Vec<Vote<'_>> = stored.iter().map(|v| Vote { choice: &v.choice, weight: v.weight }).collect();
    let counts = super::count::mentions(Kind::parse(&poll.kind), &options, &votes);
    Ok(options
        .iter()
        .zip(counts)
        .map(|(o, (n, w))| format!("{o}: {}", if poll.weighted { w } else { n }))
        .collect::<Vec<_>>()
        .join(" · "))
}

/// One proxy: who gave it, who holds it, until when.
pub fn proxy_line(proxy: &ProxyRow) -> Msg {
    let msg = Msg::new(if proxy.until_at.is_some() { "proxy-line-until" } else { "proxy-line" })
        .text("giver", &proxy.giver)
        .text("holder", &proxy.holder)
        .code("body", &proxy.body_short);
    match proxy.until_at {
        Some(at) => msg.time("until", store::instant(at)),
        None => msg,
    }
}
