//! The step-by-step ballot of ranked and score polls: each step is a private reply whose menus
//! and choices carry the picks so far in the commands they run, so nothing is kept between steps
//! but the message itself; the vote is cast only by the last step's `poll vote`.

use super::model::{Kind, PollBallot};
use super::render;
use crate::core::error::{CommandResult, UserError};
use crate::core::reply::{Block, Choice, MAX_MENUS, Menu, Msg, Reply};
use crate::store::PollRow;

fn refused(msg: Msg) -> UserError {
    UserError::Refused(msg)
}

fn choice(command: String, key: &str) -> Choice {
    Choice { command, label: Msg::new(key), emoji: None }
}

fn words(numbers: impl IntoIterator<Item = String>, sep: &str) -> String {
    numbers.into_iter().collect::<Vec<_>>().join(sep)
}

/// How many pages a ballot's steps take: a ranking is one page; scores go `MAX_MENUS` options a page.
fn pages(poll: &PollRow, options: &[String]) -> i64 {
    match Kind::parse(&poll.kind) {
        Kind::Score => options.len().div_ceil(MAX_MENUS).max(1) as i64,
        _ => 1,
    }
}

/// The step of a ranked or score ballot that `cmd` asks for (the poll is open).
pub fn step(poll: &PollRow, options: &[String], cmd: &PollBallot) -> CommandResult<Reply> {
    let pages = pages(poll, options);
    let page = cmd.page.unwrap_or(1);
    if page > pages {
        return Err(refused(Msg::new("err-poll-ballot-page").num("id", poll.id).num("count", pages)).into());
    }
    match Kind::parse(&poll.kind) {
        Kind::Ranked => ranked(poll, options, cmd.picks.as_deref().unwrap_or_default()),
        Kind::Score => scores(poll, options, cmd.picks.as_deref(), page, pages),
        _ => Err(refused(Msg::new("err-poll-ballot-steps").num("id", poll.id)).into()),
    }
}

/// A ranking so far: each pick an option, once; the last option left needs no pick.
fn ranked(poll: &PollRow, options: &[String], picks: &[Option<i64>]) -> CommandResult<Reply> {
    let id = poll.id;
    let steps = RankingSteps {
        header: render::header(poll),
        options,
        shown: &|so_far| render::choice_msg(poll, options, so_far),
        step: &|so_far| match so_far {
            "" => format!("poll ballot #{id}"),
            _ => format!("poll ballot #{id} {so_far}"),
        },
        cast: &|vote| format!("poll vote #{id} {vote}"),
        cancel: format!("poll ballot #{id} --cancel"),
        fill_last: true,
        most: options.len(),
    };
    ranking_step(&steps, picks)
}

/// The steps of a ballot that picks options one after another, most preferred first (a ranked
/// poll's, an election's), for any feature: each step's menu offers the options not picked yet.
pub struct RankingSteps<'a> {
    /// What the ballot is, above every step.
    pub header: Msg,
    pub options: &'a [String],
    /// The picks so far (`3,1`) in words.
    pub shown: &'a dyn Fn(&str) -> Msg,
    /// The command of the step after the picks so far (`""` for the first).
    pub step: &'a dyn Fn(&str) -> String,
    /// The command that casts the picks (`3 1 2`).
    pub cast: &'a dyn Fn(&str) -> String,
    pub cancel: String,
    /// The last option left is picked by itself (a full ranking).
    pub fill_last: bool,
    /// The most options one ballot picks.
    pub most: usize,
}

/// One step of a [`RankingSteps`] ballot, after `picks`.
pub fn ranking_step(steps: &RankingSteps<'_>, picks: &[Option<i64>]) -> CommandResult<Reply> {
    let n = steps.options.len() as i64;
    let mut picked: Vec<i64> = Vec::new();
    for pick in picks {
        let value = pick.map_or_else(|| "-".to_owned(), |k| k.to_string());
        let k = pick
            .filter(|k| (1..=n).contains(k))
            .ok_or_else(|| refused(Msg::new("err-poll-choice").text("value", value).num("count", n)))?;
        if picked.contains(&k) {
            return Err(refused(Msg::new("err-poll-choice-twice").num("choice", k)).into());
        }
        picked.push(k);
    }
    if picked.len() > steps.most {
        return Err(refused(Msg::new("err-poll-choice-count").num("min", 1).num("max", steps.most as i64)).into());
    }
    let left: Vec<i64> = (1..=n).filter(|k| !picked.contains(k)).collect();
    if let [last] = left.as_slice()
        && !picked.is_empty()
        && steps.fill_last
    {
        picked.push(*last);
    }
    let left: Vec<i64> =
        if picked.len() < steps.most { (1..=n).filter(|k| !picked.contains(k)).collect() } else { Vec::new() };
    let so_far = words(picked.iter().map(i64::to_string), ",");
    let mut reply = Reply::private(steps.header.clone()).in_place();
    if picked.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("poll-ballot-ranking")));
    } else {
        let key = if left.is_empty() { "poll-ballot-ranked-ready" } else { "poll-ballot-ranked-so-far" };
        reply = reply.with(Block::Paragraph(Msg::new(key).phrase("choice", (steps.shown)(&so_far))));
    }
    if !left.is_empty() {
        let place = picked.len() as i64 + 1;
        let next = |k: i64| match so_far.as_str() {
            "" => (steps.step)(&k.to_string()),
            _ => (steps.step)(&format!("{so_far},{k}")),
        };
        let choices = left
            .iter()
            .map(|&k| Choice {
                command: next(k),
                label: Msg::new("poll-label").text("text", &steps.options[(k - 1) as usize]),
                emoji: None,
            })
            .collect();
        let placeholder = Msg::new("poll-ballot-rank-placeholder").num("place", place);
        reply = reply.with(Block::Menu(Menu { placeholder, choices, chosen: None }));
    }
    let mut choices = Vec::new();
    if !picked.is_empty() {
        let vote = words(picked.iter().map(i64::to_string), " ");
        choices.push(choice((steps.cast)(&vote), "poll-ballot-confirm"));
        choices.push(choice((steps.step)(""), "poll-ballot-restart"));
    }
    choices.push(choice(steps.cancel.clone(), "poll-ballot-cancel"));
    Ok(reply.with(Block::Choices(choices)))
}

/// Scores so far, one per option (`None` not given yet), shown a page of options at a time.
fn scores(
    poll: &PollRow,
    options: &[String],
    picks: Option<&[Option<i64>]>,
    page: i64,
    pages: i64,
) -> CommandResult<Reply> {
    let n = options.len();
    let max = poll.score_max;
    let scores: Vec<Option<i64>> = match picks {
        None => vec![None; n],
        Some(picks) if picks.len() != n => {
            return Err(refused(Msg::new("err-poll-score-count").num("count", n as i64).num("max", max)).into());
        }
        Some(picks) => {
            for score in picks.iter().flatten() {
                if !(0..=max).contains(score) {
                    return Err(
                        refused(Msg::new("err-poll-score").text("value", score.to_string()).num("max", max)).into()
                    );
                }
            }
            picks.to_vec()
        }
    };
    let word =
        |scores: &[Option<i64>]| words(scores.iter().map(|s| s.map_or_else(|| "-".to_owned(), |s| s.to_string())), ",");
    let at = |scores: &[Option<i64>], page: i64| match pages {
        1 => format!("poll ballot #{} {}", poll.id, word(scores)),
        _ => format!("poll ballot #{} {} --page {page}", poll.id, word(scores)),
    };
    let first = (page as usize - 1) * MAX_MENUS;
    let shown = first..(first + MAX_MENUS).min(n);
    let mut reply = Reply::private(render::header(poll)).in_place().with(Block::Paragraph(
        Msg::new("poll-ballot-score-step")
            .num("max", max)
            .num("from", shown.start as i64 + 1)
            .num("to", shown.end as i64)
            .num("count", n as i64),
    ));
    let line = |option: &str, score: Option<i64>| {
        Msg::new("poll-ballot-score-line")
            .text("option", option)
            .code("score", score.map_or_else(|| "–".to_owned(), |s| s.to_string()))
    };
    reply = reply.with(Block::List(options.iter().zip(&scores).map(|(o, s)| line(o, *s)).collect()));
    for i in shown {
        let choices = (0..=max)
            .map(|score| {
                let mut next = scores.clone();
                next[i] = Some(score);
                Choice { command: at(&next, page), label: line(&options[i], Some(score)), emoji: None }
            })
            .collect();
        let placeholder = Msg::new("poll-ballot-score").text("option", &options[i]).num("max", max);
        reply = reply.with(Block::Menu(Menu { placeholder, choices, chosen: scores[i].map(|s| s as usize) }));
    }
    let missing = scores.iter().filter(|s| s.is_none()).count() as i64;
    let mut choices = Vec::new();
    if page > 1 {
        choices.push(choice(at(&scores, page - 1), "poll-ballot-back"));
    }
    if page < pages {
        choices.push(choice(at(&scores, page + 1), "poll-ballot-next"));
    }
    if missing == 0 {
        let vote = words(scores.iter().flatten().map(i64::to_string), " ");
        choices.push(choice(format!("poll vote #{} {vote}", poll.id), "poll-ballot-confirm"));
    } else {
        reply = reply.with(Block::Paragraph(Msg::new("poll-ballot-score-missing").num("count", missing)));
    }
    choices.push(choice(format!("poll ballot #{} --cancel", poll.id), "poll-ballot-cancel"));
    Ok(reply.with(Block::Choices(choices)))
}
