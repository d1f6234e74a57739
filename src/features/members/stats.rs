//! `member stats`: the balance of a body's members (in good standing) by stakeholder group,
//! region and gender, in counts and shares. "Not stated" is shown; groups of fewer than
//! `MIN_GROUP` people are merged, and a count under it is never shown, so no one is singled out.

use std::collections::BTreeMap;

use super::render;
use super::service::body_of;
use crate::core::engine::Ctx;
use crate::core::error::CommandResult;
use crate::core::reply::{Block, Msg, Reply};
use crate::store::BalanceRow;

use super::model::MemberStats;

/// The smallest number of people a line of the statistics shows.
pub const MIN_GROUP: usize = 5;

/// One line of a dimension: a label and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Value(String),
    NotStated,
    /// Values with fewer than `MIN_GROUP` people each, merged (with "not stated" when it is that
    /// small too).
    Other {
        with_not_stated: bool,
    },
}

/// The lines of one dimension, each of `MIN_GROUP` people or more: values by size (then name),
/// then the merged small ones, then "not stated". Should the merged line come under `MIN_GROUP`,
/// the smallest values join it until it does not, since a count left out could be worked out from
/// the total.
pub fn tally(values: impl Iterator<Item = Option<String>>) -> Vec<(Label, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_stated = 0;
    for value in values {
        match value {
            Some(v) => *counts.entry(v).or_default() += 1,
            None => not_stated += 1,
        }
    }
    let mut shown: Vec<(String, usize)> = Vec::new();
    let mut other = 0;
    for (value, count) in counts {
        if count >= MIN_GROUP {
            shown.push((value, count));
        } else {
            other += count;
        }
    }
    shown.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    let with_not_stated = not_stated > 0 && not_stated < MIN_GROUP;
    if with_not_stated {
        other += not_stated;
    }
    while other > 0 && other < MIN_GROUP {
        match shown.pop() {
            Some((_, count)) => other += count,
            None => break,
        }
    }
    let mut lines: Vec<(Label, usize)> = shown.into_iter().map(|(v, c)| (Label::Value(v), c)).collect();
    if other > 0 {
        lines.push((Label::Other { with_not_stated }, other));
    }
    if not_stated >= MIN_GROUP {
        lines.push((Label::NotStated, not_stated));
    }
    lines
}

/// A share in whole percent, rounded half up.
fn share(count: usize, total: usize) -> i64 {
    if total == 0 { 0 } else { ((count * 200 + total) / (2 * total)) as i64 }
}

fn label_msg(dimension: &str, label: &Label) -> Msg {
    match label {
        Label::NotStated => Msg::new("member-stats-not-stated"),
        Label::Other { with_not_stated: false } => Msg::new("member-stats-other").num("min", MIN_GROUP as i64),
        Label::Other { with_not_stated: true } => {
            Msg::new("member-stats-other-not-stated").num("min", MIN_GROUP as i64)
        }
        Label::Value(v) => match dimension {
            "region" => render::region(Some(v)),
            "gender" => Msg::new("member-gender").code("gender", v),
            _ => Msg::new("member-detail-text").text("text", v),
        },
    }
}

fn lines(dimension: &str, values: Vec<(Label, usize)>, total: usize) -> Vec<Msg> {
    values
        .into_iter()
        .map(|(label, count)| {
            Msg::new("member-stats-line")
                .phrase("label", label_msg(dimension, &label))
                .num("count", count as i64)
                .num("share", share(count, total))
        })
        .collect()
}

/// `member stats`.
pub async fn stats(ctx: &Ctx<'_>, _: MemberStats) -> CommandResult<Reply> {
    let (body_id, short, _) = body_of(ctx)?;
    let mut tx = ctx.store.read().await?;
    let rows: Vec<BalanceRow> = tx.balance_rows(body_id).await?;
    tx.commit().await?;
    let total = rows.len();
    if total == 0 {
        return Ok(Reply::private(Msg::new("member-stats-empty").code("body", &short)));
    }
    let mut reply = Reply::private(Msg::new("member-stats-title").code("body", &short).num("count", total as i64));
    if total < MIN_GROUP {
        return Ok(reply.with(Block::Paragraph(Msg::new("member-stats-too-few").num("min", MIN_GROUP as i64))));
    }
    let dimensions: [(&str, Vec<Option<String>>); 3] = [
        ("group", rows.iter().map(|r| r.group.clone()).collect()),
        ("region", rows.iter().map(|r| r.region.clone()).collect()),
        ("gender", rows.iter().map(|r| r.gender.clone()).collect()),
    ];
    for (dimension, values) in dimensions {
        reply = reply.with(Block::Paragraph(Msg::new("member-stats-heading").code("dimension", dimension)));
        reply = reply.with(Block::List(lines(dimension, tally(values.into_iter()), total)));
    }
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_groups_are_merged_and_no_count_under_five_is_shown() {
        let values = |spec: &[(&str, usize)]| -> Vec<Option<String>> {
            spec.iter()
                .flat_map(|(v, n)| std::iter::repeat_n(if v.is_empty() { None } else { Some((*v).to_owned()) }, *n))
                .collect()
        };
        let value = |v: &str| Label::Value(v.to_owned());
        // Small values merge; "not stated" of five or more stands alone.
        assert_eq!(
            tally(values(&[("a", 6), ("b", 2), ("c", 3), ("", 5)]).into_iter()),
            [(value("a"), 6), (Label::Other { with_not_stated: false }, 5), (Label::NotStated, 5)]
        );
        // A merged line under five takes in the smallest value, and a small "not stated" merges.
        assert_eq!(
            tally(values(&[("a", 9), ("b", 6), ("c", 1), ("", 2)]).into_iter()),
            [(value("a"), 9), (Label::Other { with_not_stated: true }, 9)]
        );
        assert_eq!(tally(values(&[("a", 7), ("b", 5)]).into_iter()), [(value("a"), 7), (value("b"), 5)]);
        for lines in [tally(values(&[("a", 6), ("b", 1)]).into_iter()), tally(values(&[("x", 3), ("", 4)]).into_iter())]
        {
            assert!(lines.iter().all(|(_, n)| *n >= MIN_GROUP), "{lines:?}");
        }
        assert_eq!(share(1, 3), 33);
        assert_eq!(share(2, 3), 67);
        assert_eq!(share(1, 8), 13);
    }
}
