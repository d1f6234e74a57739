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
    /// Values with fewer than `MIN_GROUP` people each, merged.
    Other,
}

/// The lines of one dimension: values with `MIN_GROUP` people or more by size (then name), then
/// the merged small values, then "not stated".
pub fn tally(values: impl Iterator<Item = Option<String>>) -> Vec<(Label, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_stated = 0;
    for value in values {
        match value {
            Some(v) => *counts.entry(v).or_default() += 1,
            None => not_stated += 1,
        }
    }
    let mut lines: Vec<(Label, usize)> = Vec::new();
    let mut other = 0;
    for (value, count) in counts {
        if count >= MIN_GROUP {
            lines.push((Label::Value(value), count));
        } else {
            other += count;
        }
    }
    lines.sort_by(|a, b| b.1.cmp(&a.1));
    if other > 0 {
        lines.push((Label::Other, other));
    }
    if not_stated > 0 {
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
        Label::Other => Msg::new("member-stats-other").num("min", MIN_GROUP as i64),
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
            let label = label_msg(dimension, &label);
            if count < MIN_GROUP {
                Msg::new("member-stats-line-few").phrase("label", label).num("min", MIN_GROUP as i64)
            } else {
                Msg::new("member-stats-line").phrase("label", label).num("count", count as i64).num("share", share(count, total))
            }
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
    fn small_groups_are_merged_and_not_stated_is_kept() {
        let values = ["a"; 6].iter().chain(["b"; 2].iter()).chain(["c"; 3].iter()).map(|v| Some((*v).to_owned()));
        let values: Vec<Option<String>> = values.chain([None, None]).collect();
        assert_eq!(
            tally(values.into_iter()),
            [(Label::Value("a".into()), 6), (Label::Other, 5), (Label::NotStated, 2)]
        );
        assert_eq!(share(1, 3), 33);
        assert_eq!(share(2, 3), 67);
        assert_eq!(share(1, 8), 13);
    }
}
