//! How scheduling polls read: the slots (each in the reader's zone), the grid of answers, who
//! answered what, and the result.

use chrono_tz::Tz;

use super::model::{Answer, CLOSED, SCHEDULED, Tally};
use super::service::{Answers, Poll, Slot};
use crate::core::reply::{Block, Choice, Msg, Reply};
use crate::i18n::words;
use crate::store::{self, SchedulingPollRow};

/// Answers for every slot, as a voter would type them: `yes,maybe,no,yes…`.
fn example(slots: usize) -> String {
    let words = ["yes", "maybe", "no"];
    (0..slots).map(|i| words[i % words.len()]).collect::<Vec<_>>().join(",")
}

fn slot_line(slot: &Slot) -> Msg {
    Msg::new("when-slot-line").num("number", slot.number).time("time", slot.starts)
}

fn grid_line(slot: &Slot, tally: &Tally) -> Msg {
    Msg::new("when-grid-line")
        .num("number", slot.number)
        .time("time", slot.starts)
        .num("yes", tally.yes)
        .num("maybe", tally.maybe)
        .num("no", tally.no)
}

fn grid(poll: &Poll, answers: &Answers) -> Block {
    Block::List(poll.slots.iter().zip(&answers.tallies).map(|(slot, tally)| grid_line(slot, tally)).collect())
}

/// One voter's answers, slot by slot: `1 ✅ · 2 ❌ · 3 ❔`.
fn voter_line(name: &str, own: &[Option<Answer>]) -> Msg {
    let shown: Vec<String> =
        own.iter().enumerate().map(|(i, a)| format!("{} {}", i + 1, a.map_or("–", Answer::symbol))).collect();
    Msg::new("when-voter-line").text("name", name).code("answers", shown.join(" · "))
}

/// A slot whose wall-clock time happens twice in the zone: the poll takes the first.
pub fn ambiguous(slot: &Slot, zone: Tz) -> Msg {
    Msg::new("when-ambiguous")
        .num("number", slot.number)
        .code("local", slot.local.format("%Y-%m-%d %H:%M").to_string())
        .code("zone", zone.name())
}

/// A new poll: its slots, how to answer, and until when.
pub fn created(poll: &Poll, notes: Vec<Block>) -> Reply {
    let row = &poll.row;
    let title = Msg::new("when-created")
        .num("id", row.id)
        .text("title", &row.title)
        .phrase("duration", words::duration(poll.duration()));
    let mut reply = Reply::public(title).with(Block::List(poll.slots.iter().map(slot_line).collect()));
    for note in notes {
        reply = reply.with(note);
    }
    let how = match &row.body_short {
        Some(body) => Msg::new("when-how-body").code("body", body),
        None => Msg::new("when-how-room"),
    };
    let how = how.num("id", row.id).code("example", example(poll.slots.len()));
    let until = match row.closes_at {
        Some(at) => Msg::new("when-closes").time("time", store::instant(at)),
        None => Msg::new("when-no-deadline").num("id", row.id),
    };
    reply.with(Block::Paragraph(how)).with(Block::Paragraph(until))
}

/// An open poll: the counts per slot, who answered what, and who has not yet.
pub fn open(poll: &Poll, answers: &Answers) -> Reply {
    let row = &poll.row;
    let duration = words::duration(poll.duration());
    let title = match row.closes_at {
        Some(at) => Msg::new("when-show-open-until").time("time", store::instant(at)),
        None => Msg::new("when-show-open"),
    };
    let title = title.num("id", row.id).text("title", &row.title).phrase("duration", duration);
    let mut reply = Reply::public(title).with(grid(poll, answers));
    if answers.voters.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("when-show-no-answers")));
    } else {
        let lines = answers.voters.iter().map(|(name, own)| voter_line(name, own)).collect();
        reply = reply
            .with(Block::Paragraph(Msg::new("when-show-voters").num("count", answers.voters.len() as i64)))
            .with(Block::List(lines))
            .with(Block::Paragraph(Msg::new("when-legend")));
    }
    if let Some(silent) = answers.silent.as_ref().filter(|s| !s.is_empty()) {
        let msg = Msg::new("when-show-silent").num("count", silent.len() as i64).text("names", silent.join(", "));
        reply = reply.with(Block::Paragraph(msg));
    }
    reply
}

/// The result: the slot that suits most, who it leaves out, and the grid of every slot; for a
/// closed poll, the command that makes the best slot a meeting, as a choice.
fn result_blocks(poll: &Poll, answers: &Answers) -> Vec<Block> {
    let mut blocks = Vec::new();
    let best = answers.best(poll);
    match best {
        Some(i) => {
            let (slot, tally) = (&poll.slots[i], &answers.tallies[i]);
            blocks.push(Block::Paragraph(
                Msg::new("when-best")
                    .num("number", slot.number)
                    .time("time", slot.starts)
                    .num("yes", tally.yes)
                    .num("maybe", tally.maybe),
            ));
            let mut left: Vec<Msg> = answers
                .voters
                .iter()
                .filter(|(_, own)| own.get(i).copied().flatten() == Some(Answer::No))
                .map(|(name, _)| Msg::new("when-left-no").text("name", name))
                .collect();
            for name in answers.silent.iter().flatten() {
                left.push(Msg::new("when-left-silent").text("name", name));
            }
            if left.is_empty() {
                blocks.push(Block::Paragraph(Msg::new("when-left-none")));
            } else {
                blocks.push(Block::Paragraph(Msg::new("when-left-out").num("count", left.len() as i64)));
                blocks.push(Block::List(left));
            }
        }
        None => blocks.push(Block::Paragraph(Msg::new("when-best-none"))),
    }
    blocks.push(Block::Paragraph(Msg::new("when-grid-title")));
    blocks.push(grid(poll, answers));
    if let Some(i) = best.filter(|_| poll.row.status == CLOSED) {
        let number = poll.slots[i].number;
        blocks.push(Block::Choices(vec![Choice {
            command: format!("when schedule #{} {number}", poll.row.id),
            label: Msg::new("when-schedule-choice").num("number", number),
            emoji: None,
        }]));
    }
    blocks
}

/// A poll that takes no more answers, as `when show` reads it.
pub fn result(poll: &Poll, answers: &Answers) -> Reply {
    let row = &poll.row;
    let title = match row.meeting_id {
        Some(meeting) if row.status == SCHEDULED => Msg::new("when-show-scheduled").num("meeting", meeting),
        _ => Msg::new("when-show-closed"),
    };
    let title = title.num("id", row.id).text("title", &row.title);
    result_blocks(poll, answers).into_iter().fold(Reply::public(title), Reply::with)
}

/// A poll just closed, by hand or at its deadline.
pub fn closed(poll: &Poll, answers: &Answers) -> Reply {
    let title = Msg::new("when-closed").num("id", poll.row.id).text("title", &poll.row.title);
    result_blocks(poll, answers).into_iter().fold(Reply::public(title), Reply::with)
}

/// A voter's answers, as recorded.
pub fn answered(poll: &Poll, own: &[Answer], again: bool) -> Reply {
    let key = if again { "when-answered-again" } else { "when-answered" };
    let title = Msg::new(key).num("id", poll.row.id).text("title", &poll.row.title);
    let lines = poll
        .slots
        .iter()
        .zip(own)
        .map(|(slot, answer)| {
            Msg::new("when-answer-line")
                .num("number", slot.number)
                .time("time", slot.starts)
                .code("answer", answer.as_str())
        })
        .collect();
    Reply::private(title).with(Block::List(lines))
}

/// The open polls, each with how many answered it.
pub fn list(polls: &[(SchedulingPollRow, i64)]) -> Reply {
    if polls.is_empty() {
        return Reply::public(Msg::new("when-list-none"));
    }
    let lines = polls
        .iter()
        .map(|(row, answered)| {
            let line = match row.closes_at {
                Some(at) => Msg::new("when-list-line-closes").time("time", store::instant(at)),
                None => Msg::new("when-list-line"),
            };
            line.num("id", row.id).text("title", &row.title).num("answered", *answered)
        })
        .collect();
    Reply::public(Msg::new("when-list-title").num("count", polls.len() as i64)).with(Block::List(lines))
}
