//! The summary posted when a meeting ends, archive lines, and the full minutes as Markdown, HTML
//! and plain text. Headings are translated; what people wrote is kept as written (in HTML,
//! escaped and isolated with `<bdi>` so right-to-left text keeps its direction).

use chrono::{DateTime, Utc};

use super::actions;
use super::model::ItemKind;
use crate::core::reply::{Block, Msg, Reply};
use crate::features::polls::Majority;
use crate::i18n::{self, I18n};
use crate::store::{
    self, ActionOwnerRow, ActionRow, LogLine, MinutesItemRow, MinutesMaterials, MinutesRow, MotionResult, MotionRow,
    MotionVoteRow, OwnerRow, SpeakingTurn,
};

/// Everything the full minutes show.
pub struct Document {
    pub row: MinutesRow,
    pub items: Vec<MinutesItemRow>,
    pub owners: Vec<ActionOwnerRow>,
    pub attendees: Vec<String>,
    pub chairs: Vec<String>,
    pub log: Vec<LogLine>,
    pub approver: Option<String>,
    /// The open actions of earlier meetings these minutes carry, and their owners.
    pub carried: (Vec<ActionRow>, Vec<OwnerRow>),
    pub motions: Vec<MotionRow>,
    pub votes: Vec<MotionVoteRow>,
    pub turns: Vec<SpeakingTurn>,
    pub materials: MinutesMaterials,
}

/// The actions, grouped by owner in the order owners first appear: `(owner, actions)`.
fn by_owner<'a>(items: &'a [MinutesItemRow], owners: &'a [ActionOwnerRow]) -> Vec<(&'a str, Vec<&'a MinutesItemRow>)> {
    let mut groups: Vec<(&str, Vec<&MinutesItemRow>)> = Vec::new();
    for owner in owners {
        let Some(item) = items.iter().find(|i| i.id == owner.item_id) else { continue };
        match groups.iter_mut().find(|(name, _)| *name == owner.name) {
            Some((_, actions)) => actions.push(item),
            None => groups.push((&owner.name, vec![item])),
        }
    }
    groups
}

fn of_kind(items: &[MinutesItemRow], kind: ItemKind) -> impl Iterator<Item = &MinutesItemRow> {
    items.iter().filter(move |i| i.kind == kind.as_str())
}

/// What `endmeeting` posts (and `minutes show` shows).
pub fn summary(
    row: &MinutesRow,
    items: &[MinutesItemRow],
    owners: &[ActionOwnerRow],
    attendees: &[String],
    lines: i64,
    next: Option<(i64, DateTime<Utc>)>,
) -> Reply {
    let mut reply =
        Reply::public(Msg::new("minutes-ended").num("id", row.id).text("title", &row.title).num("lines", lines));
    let decisions: Vec<Msg> =
        of_kind(items, ItemKind::Agreed).map(|i| Msg::new("minutes-summary-item").text("text", &i.text)).collect();
    reply = reply.with(Block::Paragraph(Msg::new("minutes-summary-decisions").num("count", decisions.len() as i64)));
    if !decisions.is_empty() {
        reply = reply.with(Block::List(decisions));
    }
    let rejected: Vec<Msg> =
        of_kind(items, ItemKind::Rejected).map(|i| Msg::new("minutes-summary-item").text("text", &i.text)).collect();
    if !rejected.is_empty() {
        reply = reply.with(Block::Paragraph(Msg::new("minutes-summary-rejected").num("count", rejected.len() as i64)));
        reply = reply.with(Block::List(rejected));
    }
    let groups = by_owner(items, owners);
    reply = reply.with(Block::Paragraph(
        Msg::new("minutes-summary-actions").num("count", of_kind(items, ItemKind::Action).count() as i64),
    ));
    let mut lines_of_actions = Vec::new();
    for (owner, actions) in &groups {
        for item in actions {
            lines_of_actions.push(match &item.due {
                Some(due) => Msg::new("minutes-summary-action-due")
                    .text("owner", *owner)
                    .text("text", &item.text)
                    .code("due", due),
                None => Msg::new("minutes-summary-action").text("owner", *owner).text("text", &item.text),
            });
        }
    }
    if !lines_of_actions.is_empty() {
        reply = reply.with(Block::List(lines_of_actions));
    }
    reply = reply.with(Block::Paragraph(
        Msg::new("minutes-summary-attendees").num("count", attendees.len() as i64).text("names", attendees.join(", ")),
    ));
    if let Some((meeting, at)) = next {
        reply = reply.with(Block::Paragraph(Msg::new("minutes-summary-next").num("meeting", meeting).time("time", at)));
    }
    reply.with(Block::Paragraph(Msg::new("minutes-summary-get").num("id", row.id)))
}

/// One line of `minutes list` and `minutes search`.
pub fn list_line(row: &MinutesRow) -> Msg {
    let key = if row.approved_at.is_some() { "minutes-list-line-approved" } else { "minutes-list-line" };
    Msg::new(key).num("id", row.id).text("title", &row.title).time("time", store::instant(row.started_at))
}

fn stamp(ms: i64) -> String {
    store::instant(ms).format("%Y-%m-%d %H:%M UTC").to_string()
}

fn clock(ms: i64) -> String {
    store::instant(ms).format("%H:%M").to_string()
}

/// The translated fixed words of the minutes.
struct Words<'a> {
    i18n: &'a I18n,
    lang: &'a str,
}

impl Words<'_> {
    fn get(&self, key: &str) -> String {
        self.i18n.plain(self.lang, key)
    }

    fn kind(&self, kind: &str) -> String {
        self.get(&format!("minutes-kind-{}", ItemKind::from_stored(kind).as_str()))
    }

    fn msg(&self, msg: &Msg) -> String {
        self.i18n.plain_msg(self.lang, msg)
    }
}

/// The header facts: started, ended, chairs, approval.
fn facts(doc: &Document, w: &Words<'_>) -> Vec<(String, String)> {
    let mut facts = vec![(w.get("minutes-doc-started"), stamp(doc.row.started_at))];
    if let Some(ended) = doc.row.ended_at {
        facts.push((w.get("minutes-doc-ended"), stamp(ended)));
    }
    facts.push((w.get("minutes-doc-chairs"), doc.chairs.join(", ")));
    let approval = match (doc.row.approved_at, &doc.approver) {
        (Some(at), Some(by)) => format!("{} ({by})", stamp(at)),
        (Some(at), None) => stamp(at),
        (None, _) => w.get("minutes-doc-draft"),
    };
    facts.push((w.get("minutes-doc-approved"), approval));
    for (key, url) in [
        ("minutes-doc-agenda", &doc.materials.agenda),
        ("minutes-doc-transcript", &doc.materials.transcript),
        ("minutes-doc-recording", &doc.materials.recording),
    ] {
        if let Some(url) = url {
            facts.push((w.get(key), url.clone()));
        }
    }
    facts
}

/// An item's text as the minutes show it: a link's text and address, the others' text.
fn item_text(item: &MinutesItemRow) -> String {
    match (&item.url, item.text.is_empty()) {
        (Some(url), true) => url.clone(),
        (Some(url), false) => format!("{} <{url}>", item.text),
        (None, _) => item.text.clone(),
    }
}

fn action_owners(doc: &Document, item: &MinutesItemRow) -> String {
    let names: Vec<&str> = doc.owners.iter().filter(|o| o.item_id == item.id).map(|o| o.name.as_str()).collect();
    names.join(", ")
}

/// The lines of the open actions carried from earlier meetings, people's text as written.
fn carried_lines(doc: &Document, w: &Words<'_>) -> Vec<String> {
    let (due, from) = (w.get("minutes-doc-due"), w.get("minutes-doc-from"));
    doc.carried.0.iter().map(|row| actions::document_line(row, &doc.carried.1, &due, &from)).collect()
}

/// People's text in Markdown: as written, except `&`, `<` and `>`, which a Markdown reader would
/// take for HTML; as entities they show as written.
fn md(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// How a line of the log begins: a command with its prefix, chat as it was said.
fn said(line: &LogLine) -> &'static str {
    if line.chat { "" } else { "!" }
}

/// The minutes in Markdown; every item links to its line of the log (`#L12`).
pub fn markdown(doc: &Document, i18n: &I18n, lang: &str) -> String {
    let w = Words { i18n, lang };
    let mut out = format!("# {}\n\n", md(&doc.row.title));
    for (name, value) in facts(doc, &w) {
        out.push_str(&format!("- **{name}**: {}\n", md(&value)));
    }
    out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-attendees")));
    for name in &doc.attendees {
        out.push_str(&format!("- {}\n", md(name)));
    }
    out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-items")));
    for item in &doc.items {
        let text = match &item.url {
            Some(url) if item.text.is_empty() => format!("<{url}>"),
            Some(url) => format!("[{}](<{url}>)", md(&item.text)),
            None => md(&item.text),
        };
        let owners =
            if item.kind == "action" { format!(" ({})", md(&action_owners(doc, item))) } else { String::new() };
        let text = format!("{text}{}", outcome_suffix(doc, item, &w));
        out.push_str(&format!(
            "{}. **{}**{owners}: {text} [L{}](#L{})\n",
            item.position,
            w.kind(&item.kind),
            item.line,
            item.line
        ));
    }
    out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-decisions")));
    for item in of_kind(&doc.items, ItemKind::Agreed) {
        out.push_str(&format!("- {} [L{}](#L{})\n", md(&item.text), item.line, item.line));
    }
    out.push_str(&format!("\n## {}\n", w.get("minutes-doc-actions")));
    for (owner, actions) in by_owner(&doc.items, &doc.owners) {
        out.push_str(&format!("\n### {}\n\n", md(owner)));
        for item in actions {
            let due = item.due.as_ref().map(|d| format!(" — {} {d}", w.get("minutes-doc-due"))).unwrap_or_default();
            out.push_str(&format!("- {}{due} [L{}](#L{})\n", md(&item.text), item.line, item.line));
        }
    }
    let carried = carried_lines(doc, &w);
    if !carried.is_empty() {
        out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-open-actions")));
        for line in carried {
            out.push_str(&format!("- {}\n", md(&line)));
        }
    }
    markdown_extras(doc, &w, &mut out);
    out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-log")));
    for line in &doc.log {
        out.push_str(&format!(
            "<a id=\"L{n}\"></a>L{n} `{}` **{}**: {}{}  \n",
            clock(line.said_at),
            md(&line.name),
            said(line),
            md(&line.text),
            n = line.line
        ));
    }
    out
}

/// Escapes text for HTML, attributes included.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// People's text in HTML: escaped, and isolated so that its direction does not spill over.
fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// The minutes as an HTML page; every item links to its line of the log (`#L12`).
pub fn html(doc: &Document, i18n: &I18n, lang: &str) -> String {
    let w = Words { i18n, lang };
    let dir = if i18n::is_rtl(lang) { "rtl" } else { "ltr" };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n<h1>{}</h1>\n<ul>\n",
        escape(&doc.row.title),
        bdi(&doc.row.title)
    );
    for (name, value) in facts(doc, &w) {
        out.push_str(&format!("<li><b>{}</b>: {}</li>\n", escape(&name), bdi(&value)));
    }
    out.push_str(&format!("</ul>\n<h2>{}</h2>\n<ul>\n", escape(&w.get("minutes-doc-attendees"))));
    for name in &doc.attendees {
        out.push_str(&format!("<li>{}</li>\n", bdi(name)));
    }
    out.push_str(&format!("</ul>\n<h2>{}</h2>\n<ol>\n", escape(&w.get("minutes-doc-items"))));
    for item in &doc.items {
        let text = match &item.url {
            Some(url) if item.text.is_empty() => format!("<a href=\"{}\">{}</a>", escape(url), escape(url)),
            Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), bdi(&item.text)),
            None => bdi(&item.text),
        };
        let owners =
            if item.kind == "action" { format!(" ({})", bdi(&action_owners(doc, item))) } else { String::new() };
        let text = format!("{text}{}", escape(&outcome_suffix(doc, item, &w)));
        out.push_str(&format!(
            "<li value=\"{}\"><b>{}</b>{owners}: {text} <a href=\"#L{n}\">L{n}</a></li>\n",
            item.position,
            escape(&w.kind(&item.kind)),
            n = item.line
        ));
    }
    out.push_str(&format!("</ol>\n<h2>{}</h2>\n<ul>\n", escape(&w.get("minutes-doc-decisions"))));
    for item in of_kind(&doc.items, ItemKind::Agreed) {
        out.push_str(&format!("<li>{} <a href=\"#L{n}\">L{n}</a></li>\n", bdi(&item.text), n = item.line));
    }
    out.push_str(&format!("</ul>\n<h2>{}</h2>\n", escape(&w.get("minutes-doc-actions"))));
    for (owner, actions) in by_owner(&doc.items, &doc.owners) {
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", bdi(owner)));
        for item in actions {
            let due = item
                .due
                .as_ref()
                .map(|d| format!(" — {} {}", escape(&w.get("minutes-doc-due")), escape(d)))
                .unwrap_or_default();
            out.push_str(&format!("<li>{}{due} <a href=\"#L{n}\">L{n}</a></li>\n", bdi(&item.text), n = item.line));
        }
        out.push_str("</ul>\n");
    }
    let carried = carried_lines(doc, &w);
    if !carried.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", escape(&w.get("minutes-doc-open-actions"))));
        for line in carried {
            out.push_str(&format!("<li>{}</li>\n", bdi(&line)));
        }
        out.push_str("</ul>\n");
    }
    html_extras(doc, &w, &mut out);
    out.push_str(&format!("<h2>{}</h2>\n<ol>\n", escape(&w.get("minutes-doc-log"))));
    for line in &doc.log {
        out.push_str(&format!(
            "<li id=\"L{n}\" value=\"{n}\"><time>{}</time> <b>{}</b>: {}</li>\n",
            clock(line.said_at),
            bdi(&line.name),
            bdi(&format!("{}{}", said(line), line.text)),
            n = line.line
        ));
    }
    out.push_str("</ol>\n</body>\n</html>\n");
    out
}

/// The minutes as plain text; every item names its line of the log (`L12`).
pub fn text(doc: &Document, i18n: &I18n, lang: &str) -> String {
    let w = Words { i18n, lang };
    let heading = |out: &mut String, title: String| {
        out.push_str(&format!("\n{title}\n{}\n", "-".repeat(title.chars().count())));
    };
    let mut out = format!("{}\n{}\n", doc.row.title, "=".repeat(doc.row.title.chars().count()));
    for (name, value) in facts(doc, &w) {
        out.push_str(&format!("{name}: {value}\n"));
    }
    heading(&mut out, w.get("minutes-doc-attendees"));
    for name in &doc.attendees {
        out.push_str(&format!("- {name}\n"));
    }
    heading(&mut out, w.get("minutes-doc-items"));
    for item in &doc.items {
        let owners = if item.kind == "action" { format!(" ({})", action_owners(doc, item)) } else { String::new() };
        out.push_str(&format!(
            "{}. [{}]{owners} {}{} (L{})\n",
            item.position,
            w.kind(&item.kind),
            item_text(item),
            outcome_suffix(doc, item, &w),
            item.line
        ));
    }
    heading(&mut out, w.get("minutes-doc-decisions"));
    for item in of_kind(&doc.items, ItemKind::Agreed) {
        out.push_str(&format!("- {} (L{})\n", item.text, item.line));
    }
    heading(&mut out, w.get("minutes-doc-actions"));
    for (owner, actions) in by_owner(&doc.items, &doc.owners) {
        out.push_str(&format!("{owner}:\n"));
        for item in actions {
            let due = item.due.as_ref().map(|d| format!(" — {} {d}", w.get("minutes-doc-due"))).unwrap_or_default();
            out.push_str(&format!("  - {}{due} (L{})\n", item.text, item.line));
        }
    }
    let carried = carried_lines(doc, &w);
    if !carried.is_empty() {
        heading(&mut out, w.get("minutes-doc-open-actions"));
        for line in carried {
            out.push_str(&format!("- {line}\n"));
        }
    }
    text_extras(doc, &w, &heading, &mut out);
    heading(&mut out, w.get("minutes-doc-log"));
    for line in &doc.log {
        out.push_str(&format!("L{} [{}] {}: {}{}\n", line.line, clock(line.said_at), line.name, said(line), line.text));
    }
    out
}

/// How a majority is named.
fn majority_name(majority: &str) -> Msg {
    let key = match Majority::parse(majority) {
        Some(Majority::Absolute) => "motion-majority-absolute",
        Some(Majority::TwoThirds) => "motion-majority-two-thirds",
        _ => "motion-majority-simple",
    };
    Msg::new(key)
}

/// A closed motion's result in one line: carried or not, the votes, the majority and how they
/// were cast.
pub fn motion_result(text: &str, position: i64, result: &MotionResult) -> Msg {
    Msg::new(if result.carried { "motion-carried" } else { "motion-failed" })
        .num("item", position)
        .text("text", text)
        .num("yes", result.yes)
        .num("no", result.no)
        .num("abstain", result.abstain)
        .phrase("majority", majority_name(&result.majority))
        .phrase("how", Msg::new(if result.by_hands { "motion-by-hands" } else { "motion-by-name" }))
}

/// A duration as `M:SS`, or `H:MM:SS` from an hour.
pub fn span(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Each speaker's total time, in the order they first spoke: `(name, milliseconds, turns)`.
fn speaking_totals(turns: &[SpeakingTurn], end: i64) -> Vec<(&str, i64, i64)> {
    let mut totals: Vec<(i64, &str, i64, i64)> = Vec::new();
    for turn in turns {
        let spoke = turn.ended_at.unwrap_or(end) - turn.started_at;
        match totals.iter_mut().find(|(id, ..)| *id == turn.member_id) {
            Some((_, _, ms, n)) => {
                *ms += spoke;
                *n += 1;
            }
            None => totals.push((turn.member_id, &turn.name, spoke, 1)),
        }
    }
    totals.into_iter().map(|(_, name, ms, n)| (name, ms, n)).collect()
}

/// What the summary adds after those present: the motions with their results, and who spoke
/// for how long.
pub fn summary_extras(motions: &[MotionRow], turns: &[SpeakingTurn], end: i64) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !motions.is_empty() {
        blocks.push(Block::Paragraph(Msg::new("minutes-summary-motions").num("count", motions.len() as i64)));
        blocks.push(Block::List(
            motions
                .iter()
                .map(|m| match &m.result {
                    Some(result) => motion_result(&m.text, m.position, result),
                    None => Msg::new("minutes-summary-motion-open").num("item", m.position).text("text", &m.text),
                })
                .collect(),
        ));
    }
    let totals = speaking_totals(turns, end);
    if !totals.is_empty() {
        blocks.push(Block::Paragraph(Msg::new("minutes-summary-speakers").num("count", totals.len() as i64)));
        blocks.push(Block::List(
            totals
                .iter()
                .map(|(name, ms, n)| {
                    Msg::new("minutes-summary-speaker").text("name", *name).code("time", span(*ms)).num("turns", *n)
                })
                .collect(),
        ));
    }
    blocks
}

/// The end of the meeting, for a turn still under way.
fn doc_end(doc: &Document) -> i64 {
    doc.row.ended_at.unwrap_or(doc.row.last_activity)
}

/// What follows a motion in the list of items: its outcome.
fn outcome_suffix(doc: &Document, item: &MinutesItemRow, w: &Words<'_>) -> String {
    if item.kind != ItemKind::Motion.as_str() {
        return String::new();
    }
    match doc.motions.iter().find(|m| m.item_id == item.id).and_then(|m| m.result.as_ref()) {
        Some(r) => {
            format!(" — {}", w.get(if r.carried { "minutes-doc-motion-carried" } else { "minutes-doc-motion-failed" }))
        }
        None => format!(" — {}", w.get("minutes-doc-motion-open")),
    }
}

/// A motion's outcome in the section of motions: carried or not, the votes, the majority, how
/// they were cast and how many were present.
fn motion_outcome(motion: &MotionRow, w: &Words<'_>) -> String {
    match &motion.result {
        Some(r) => w.msg(
            &Msg::new("minutes-doc-motion-result")
                .phrase(
                    "outcome",
                    Msg::new(if r.carried { "minutes-doc-motion-carried" } else { "minutes-doc-motion-failed" }),
                )
                .num("yes", r.yes)
                .num("no", r.no)
                .num("abstain", r.abstain)
                .phrase("majority", majority_name(&r.majority))
                .phrase("how", Msg::new(if r.by_hands { "motion-by-hands" } else { "motion-by-name" }))
                .num("present", r.present),
        ),
        None => w.get("minutes-doc-motion-open"),
    }
}

/// The votes by name on a motion, by answer: `(answer, names)`, answers nobody gave left out.
fn named_votes<'a>(doc: &'a Document, motion: &MotionRow, w: &Words<'_>) -> Vec<(String, Vec<&'a str>)> {
    ["yes", "no", "abstain"]
        .into_iter()
        .map(|choice| {
            let names = doc
                .votes
                .iter()
                .filter(|v| v.item_id == motion.item_id && v.choice == choice)
                .map(|v| v.name.as_str())
                .collect::<Vec<_>>();
            (w.get(&format!("motion-choice-{choice}")), names)
        })
        .filter(|(_, names)| !names.is_empty())
        .collect()
}

fn moved_by(motion: &MotionRow, w: &Words<'_>) -> String {
    w.msg(&Msg::new("minutes-doc-moved-by").text("name", &motion.moved_by))
}

fn markdown_extras(doc: &Document, w: &Words<'_>, out: &mut String) {
    if !doc.motions.is_empty() {
        out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-motions")));
        for m in &doc.motions {
            out.push_str(&format!(
                "- **{}** — {} ({}) [L{n}](#L{n})\n",
                md(&m.text),
                md(&motion_outcome(m, w)),
                md(&moved_by(m, w)),
                n = m.line
            ));
            if m.hands.is_none() {
                for (answer, names) in named_votes(doc, m, w) {
                    out.push_str(&format!("  - {answer}: {}\n", md(&names.join(", "))));
                }
            }
        }
    }
    if !doc.turns.is_empty() {
        out.push_str(&format!("\n## {}\n\n", w.get("minutes-doc-speakers")));
        for t in &doc.turns {
            let spoke = t.ended_at.unwrap_or(doc_end(doc)) - t.started_at;
            out.push_str(&format!("{}. `{}` {} ({})\n", t.turn, clock(t.started_at), md(&t.name), span(spoke)));
        }
        out.push_str(&format!("\n### {}\n\n", w.get("minutes-doc-speaking-time")));
        for (name, ms, _) in speaking_totals(&doc.turns, doc_end(doc)) {
            out.push_str(&format!("- {}: {}\n", md(name), span(ms)));
        }
    }
}

fn html_extras(doc: &Document, w: &Words<'_>, out: &mut String) {
    if !doc.motions.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", escape(&w.get("minutes-doc-motions"))));
        for m in &doc.motions {
            out.push_str(&format!(
                "<li><b>{}</b> — {} ({}) <a href=\"#L{n}\">L{n}</a>",
                bdi(&m.text),
                escape(&motion_outcome(m, w)),
                bdi(&moved_by(m, w)),
                n = m.line
            ));
            let named = if m.hands.is_none() { named_votes(doc, m, w) } else { Vec::new() };
            if !named.is_empty() {
                out.push_str("\n<ul>\n");
                for (answer, names) in named {
                    let names: Vec<String> = names.iter().map(|n| bdi(n)).collect();
                    out.push_str(&format!("<li>{}: {}</li>\n", escape(&answer), names.join(", ")));
                }
                out.push_str("</ul>\n");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    if !doc.turns.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n<ol>\n", escape(&w.get("minutes-doc-speakers"))));
        for t in &doc.turns {
            let spoke = t.ended_at.unwrap_or(doc_end(doc)) - t.started_at;
            out.push_str(&format!(
                "<li value=\"{}\"><time>{}</time> {} ({})</li>\n",
                t.turn,
                clock(t.started_at),
                bdi(&t.name),
                span(spoke)
            ));
        }
        out.push_str(&format!("</ol>\n<h3>{}</h3>\n<ul>\n", escape(&w.get("minutes-doc-speaking-time"))));
        for (name, ms, _) in speaking_totals(&doc.turns, doc_end(doc)) {
            out.push_str(&format!("<li>{}: {}</li>\n", bdi(name), span(ms)));
        }
        out.push_str("</ul>\n");
    }
}

fn text_extras(doc: &Document, w: &Words<'_>, heading: &impl Fn(&mut String, String), out: &mut String) {
    if !doc.motions.is_empty() {
        heading(out, w.get("minutes-doc-motions"));
        for m in &doc.motions {
            out.push_str(&format!("- {} — {} ({}) (L{})\n", m.text, motion_outcome(m, w), moved_by(m, w), m.line));
            if m.hands.is_none() {
                for (answer, names) in named_votes(doc, m, w) {
                    out.push_str(&format!("  {answer}: {}\n", names.join(", ")));
                }
            }
        }
    }
    if !doc.turns.is_empty() {
        heading(out, w.get("minutes-doc-speakers"));
        for t in &doc.turns {
            let spoke = t.ended_at.unwrap_or(doc_end(doc)) - t.started_at;
            out.push_str(&format!("{}. [{}] {} ({})\n", t.turn, clock(t.started_at), t.name, span(spoke)));
        }
        heading(out, w.get("minutes-doc-speaking-time"));
        for (name, ms, _) in speaking_totals(&doc.turns, doc_end(doc)) {
            out.push_str(&format!("- {name}: {}\n", span(ms)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn html_escapes_everything_people_write() {
        assert_eq!(escape("<b onclick='x'>\"A&B\"</b>"), "&lt;b onclick=&#39;x&#39;&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
        assert_eq!(escape("الميزانية 预算"), "الميزانية 预算");
    }
}
