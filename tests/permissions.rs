//! Who may run what: every command of every feature, run by a person holding each role in turn
//! (none, guest, applicant, member, exec, staff, admin), is either allowed or refused with a
//! message naming the role it needs. The table below is the rule; a command added to the registry
//! without a line here fails `every_command_is_in_the_table`.

mod common;

use common::{Backend, Harness};
use quorum::core::actor::Role;
use quorum::core::reply::{Arg, Block};

/// The people of the fixture, from the least to the most entitled: `nia` has no role in the body,
/// `admin` is the operator (the first person who spoke).
const PEOPLE: [(&str, Option<Role>); 7] = [
    ("nia", None),
    ("gus", Some(Role::Guest)),
    ("abe", Some(Role::Applicant)),
    ("mia", Some(Role::Member)),
    ("eve", Some(Role::Exec)),
    ("sam", Some(Role::Staff)),
    ("admin", Some(Role::Admin)),
];

/// Who may run a command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum May {
    /// Anyone, with or without a role.
    Anyone,
    /// This role in the body, or a higher one, or an administrator; anyone else is refused with a
    /// message naming the role (`err-forbidden-in`).
    AtLeast(Role),
    /// Any role in the body: others are refused with the message given, which names the body and
    /// `!role grant`. An administrator with no role in the body is refused too: they are not a
    /// member (answering for a meeting).
    BodyMember(&'static str),
    /// The same, except that an administrator may (putting an item on an agenda).
    BodyMemberOrAdmin(&'static str),
    /// The person who made the object (here `sam`, staff), staff of its body or an administrator:
    /// others are refused with the message given, which names them.
    MakerOrStaff(&'static str),
    /// Those who count as members of the body (a member record in good standing: here `mia`,
    /// `eve` and `sam`): others, administrators too, are refused with the message given, which
    /// names the body (answering a scheduling poll of the body, proposing in an
    /// agenda poll).
    CountedMember(&'static str),
    /// The same, or staff of the body or an administrator (nominating in an election).
    CountedMemberOrStaff(&'static str),
}

use May::*;

const NOT_YOURS: May = MakerOrStaff("err-meeting-not-yours");
const CHAIR: May = MakerOrStaff("err-not-chair");
const MINUTES_CHAIR: May = MakerOrStaff("err-minutes-not-chair");
/// An action's owners (action #1 is `sam`'s), the chairs of its meeting, staff of its body.
const ACTION_CHANGER: May = MakerOrStaff("err-action-not-yours");

/// Each command, as a line that the fixture makes meaningful (meeting #1 under way with its roll
/// call open, reminder #1 and agenda item 1 by `sam`), and who may run it. Extend it with each
/// new command.
const TABLE: &[(&str, &str, May)] = &[
    ("help", "help", Anyone),
    ("tz", "tz Europe/Zurich", Anyone),
    ("lang", "lang fr", Anyone),
    ("whoami", "whoami", Anyone),
    ("body create", "body create \"Other body\" OB", AtLeast(Role::Admin)),
    ("body link", "body link BC", AtLeast(Role::Staff)),
    ("body reminder-interval", "body reminder-interval BC 1h", AtLeast(Role::Staff)),
    ("body reminder-interval", "body reminder-interval BC", Anyone),
    ("body lang", "body lang BC fr", AtLeast(Role::Staff)),
    ("body lang", "body lang BC", Anyone),
    ("role grant", "role grant @zed member BC", AtLeast(Role::Staff)),
    ("role revoke", "role revoke @gus guest BC", AtLeast(Role::Staff)),
    ("remind", "remind me in 2h \"Call\"", Anyone),
    ("remind", "remind here in 2h \"Call\"", AtLeast(Role::Member)),
    ("reminders", "reminders", Anyone),
    ("reminder cancel", "reminder cancel #1", AtLeast(Role::Staff)),
    ("meeting schedule", "meeting schedule \"Call\" 2026-12-03 14:00 UTC --remind none", AtLeast(Role::Member)),
    ("meeting list", "meeting list", Anyone),
    ("meeting show", "meeting show #1", Anyone),
    ("meeting rsvp", "meeting rsvp #1 yes", BodyMember("err-meeting-rsvp-not-member")),
    ("meeting dm", "meeting dm #1 on", Anyone),
    ("meeting feed", "meeting feed", AtLeast(Role::Member)),
    ("meeting move", "meeting move #1 2026-12-07 2026-12-08 10:00", NOT_YOURS),
    ("meeting edit", "meeting edit #1 --title \"Board\"", NOT_YOURS),
    ("meeting cancel", "meeting cancel #1 2026-12-07", NOT_YOURS),
    ("meeting ics", "meeting ics #1", Anyone),
    ("agenda add", "agenda add #1 \"Budget\"", BodyMemberOrAdmin("err-agenda-not-member")),
    ("agenda show", "agenda show #1", Anyone),
    ("agenda order", "agenda order #1 1", NOT_YOURS),
    ("agenda remove", "agenda remove #1 1", MakerOrStaff("err-agenda-not-yours")),
    ("agenda poll", "agenda poll #1 --date 2026-12-21 --propose 1d --rank 1d", NOT_YOURS),
    ("agenda propose", "agenda propose #1 \"Budget\"", CountedMember("err-agenda-propose-not-member")),
    ("agenda proposals", "agenda proposals #1", Anyone),
    ("body quorum", "body quorum BC 50%", AtLeast(Role::Staff)),
    ("body quorum", "body quorum BC", Anyone),
    ("meeting attendance", "meeting attendance #1", MakerOrStaff("err-attendance-not-yours")),
    ("meeting present", "meeting present #1", Anyone),
    ("hand raise", "hand", Anyone),
    ("hand down", "hand down", Anyone),
    ("queue show", "queue", Anyone),
    ("queue clear", "queue clear", CHAIR),
    ("next", "next", CHAIR),
    // A meeting is being minuted in `general`, started by `sam`: chairs are `sam`, the chairs
    // added, staff and administrators.
    ("startmeeting", "startmeeting \"Other\"", Anyone),
    ("topic", "topic Budget", MINUTES_CHAIR),
    ("info", "info The accounts are signed", Anyone),
    ("idea", "idea Meet online", Anyone),
    ("agreed", "agreed Budget adopted", MINUTES_CHAIR),
    ("rejected", "rejected Moving the office", MINUTES_CHAIR),
    ("action", "action @mia Send the accounts --due 2026-12-20", MINUTES_CHAIR),
    ("link", "link https://example.org/budget Budget", Anyone),
    ("chair", "chair @mia", MINUTES_CHAIR),
    ("unchair", "unchair @sam", MINUTES_CHAIR),
    ("undo", "undo", MINUTES_CHAIR),
    ("here", "here", Anyone),
    ("endmeeting", "endmeeting", MINUTES_CHAIR),
    ("minutes list", "minutes", Anyone),
    ("minutes show", "minutes show #1", Anyone),
    ("minutes get", "minutes get #1 html", Anyone),
    ("minutes search", "minutes search budget", Anyone),
    ("minutes edit", "minutes edit #1 1 \"Budget\"", MINUTES_CHAIR),
    ("minutes approve", "minutes approve #1", MINUTES_CHAIR),
    ("actions list", "actions", Anyone),
    ("actions list", "actions @sam --overdue", Anyone),
    ("actions show", "action show #1", Anyone),
    ("actions done", "action done #1", ACTION_CHANGER),
    ("actions reassign", "action reassign #1 @mia", ACTION_CHANGER),
    ("actions due", "action due #1 2026-12-31", ACTION_CHANGER),
    ("actions comment", "action comment #1 Started", ACTION_CHANGER),
    ("minutes approve", "minutes approve #1 --poll", MINUTES_CHAIR),
    ("minutes post", "minutes post #1 --agenda https://example.org/agenda", MINUTES_CHAIR),
    ("motion open", "motion Adopt the budget", Anyone),
    ("motion vote", "motion vote yes", Anyone),
    ("motion count", "motion count 3 1 0", MINUTES_CHAIR),
    ("motion close", "motion close --majority 2/3", MINUTES_CHAIR),
    ("audit verify", "audit verify", AtLeast(Role::Staff)),
    ("outbox list", "outbox", AtLeast(Role::Staff)),
    ("outbox retry", "outbox retry #1", AtLeast(Role::Staff)),
    ("apply to", "apply BC", Anyone),
    ("apply answers", "apply answers", Anyone),
    ("apply cancel", "apply cancel", Anyone),
    ("apply status", "apply status", Anyone),
    ("apply questions", "apply questions BC", Anyone),
    ("apply questions", "apply questions BC add \"Why?\"", AtLeast(Role::Staff)),
    ("apply questions", "apply questions BC remove 5", AtLeast(Role::Staff)),
    ("applications", "applications BC", AtLeast(Role::Exec)),
    ("application show", "application show #1", AtLeast(Role::Exec)),
    ("application approve", "application approve #1", AtLeast(Role::Exec)),
    ("application reject", "application reject #1 \"No\"", AtLeast(Role::Exec)),
    ("application refer", "application refer #1", AtLeast(Role::Staff)),
    ("account link", "account link", Anyone),
    ("mydata", "mydata", Anyone),
    ("forgetme", "forgetme", Anyone),
    ("account unlink", "account unlink discord", Anyone),
    ("onboarding show", "onboarding", Anyone),
    ("onboarding show", "onboarding @zed", AtLeast(Role::Staff)),
    ("onboarding done", "onboarding done 1", Anyone),
    ("onboarding done", "onboarding done 1 @zed", AtLeast(Role::Staff)),
    ("onboarding items", "onboarding items BC", Anyone),
    ("onboarding items", "onboarding items BC add \"Say hello\"", AtLeast(Role::Staff)),
    ("member list", "member list", AtLeast(Role::Member)),
    ("member show", "member show #1", AtLeast(Role::Member)),
    ("member add", "member add \"New Person\" --country FR", AtLeast(Role::Staff)),
    ("member edit", "member edit #1 --country FR", AtLeast(Role::Staff)),
    ("member suspend", "member suspend #1 \"Dues unpaid\"", AtLeast(Role::Staff)),
    ("member reinstate", "member reinstate #1", AtLeast(Role::Staff)),
    ("member renew", "member renew #1", AtLeast(Role::Staff)),
    ("member remove", "member remove #1", AtLeast(Role::Staff)),
    ("member public", "member public", AtLeast(Role::Member)),
    ("member public", "member public group status", AtLeast(Role::Staff)),
    ("member policy", "member policy", AtLeast(Role::Member)),
    ("member policy", "member policy --grace 10", AtLeast(Role::Staff)),
    ("member import", "member import members.csv", AtLeast(Role::Staff)),
    ("member export", "member export", AtLeast(Role::Staff)),
    ("member stats", "member stats", AtLeast(Role::Member)),
    ("poll create", "poll \"Tea?\" \"Yes\" \"No\"", Anyone),
    ("poll create", "poll \"Tea?\" \"Yes\" \"No\" --body BC", AtLeast(Role::Member)),
    ("poll vote", "poll vote #1 1", Anyone),
    ("poll show", "poll show #1", Anyone),
    ("poll ballot", "poll ballot #1", Anyone),
    ("poll voters", "poll voters #1", Anyone),
    ("poll list", "poll list", Anyone),
    ("poll close", "poll close #1", AtLeast(Role::Staff)),
    ("poll extend", "poll extend #1 1h", AtLeast(Role::Staff)),
    ("poll reopen", "poll reopen #1", AtLeast(Role::Staff)),
    ("poll export", "poll export #1", AtLeast(Role::Staff)),
    ("proxy give", "proxy give @sam", Anyone),
    ("proxy revoke", "proxy revoke", Anyone),
    ("proxy list", "proxy list", Anyone),
    ("member weight", "member weight #1 2", AtLeast(Role::Staff)),
    ("when create", "when \"Call\" --slots \"2026-12-10 14:00, 2026-12-11 09:00\" --zone UTC", AtLeast(Role::Member)),
    ("when show", "when show #1", Anyone),
    ("when answer", "when answer #1 yes,no", CountedMember("err-when-not-voter")),
    ("when close", "when close #1", MakerOrStaff("err-when-not-yours")),
    ("when list", "when list", Anyone),
    ("when schedule", "when schedule #1 2", MakerOrStaff("err-when-not-yours")),
    (
        "election create",
        "election create \"Vice-chair\" --seats 1 --method irv --roll BC --voting 2d",
        AtLeast(Role::Staff),
    ),
    ("election list", "election list", Anyone),
    ("election show", "election show #1", Anyone),
    ("election open", "election open #1", AtLeast(Role::Staff)),
    ("election close", "election close #1", AtLeast(Role::Staff)),
    ("election results", "election results #1", Anyone),
    ("election roll", "election roll #1", Anyone),
    ("election turnout", "election turnout #1", Anyone),
    ("election ballot", "election ballot #1", Anyone),
    ("nominate", "nominate #1 @mia", CountedMemberOrStaff("err-election-not-member")),
    ("second", "second #1 @sam", CountedMember("err-election-not-member")),
    ("accept", "accept #1", Anyone),
    ("withdraw", "withdraw #1 @sam", AtLeast(Role::Staff)),
    ("ballot", "ballot #1 1", Anyone),
    ("verify", "verify ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", Anyone),
];

/// What happened to one person's command: it passed the checks of who may run it, or was refused
/// by one (its message, and the role it names if it is the generic refusal).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Allowed,
    Refused { key: String, role: Option<String> },
}

/// The refusals that say who may run a command.
const REFUSALS: &[&str] = &[
    "err-forbidden",
    "err-forbidden-in",
    "err-meeting-not-yours",
    "err-not-chair",
    "err-minutes-not-chair",
    "err-action-not-yours",
    "err-agenda-not-yours",
    "err-attendance-not-yours",
    "err-meeting-rsvp-not-member",
    "err-agenda-not-member",
    "err-when-not-yours",
    "err-when-not-voter",
    "err-agenda-propose-not-member",
    "err-election-not-member",
];

/// A body `BC` linked to `general`, its people, and the objects the table's lines name: a weekly
/// meeting #1 by `sam` that is under way with its roll call open, agenda item 1 on it, agenda poll
/// #1 (by `sam`, taking proposals for its occurrence of 14 December), action #1 of the minutes
/// being taken (owned by `sam`), a
/// reminder #1 for the room, `mia`'s member record #1 (and records of `eve` and `sam`),
/// application #1 (by `zed`, who has no role), scheduling poll #1 by `sam`, poll #1 of the
/// room (by `sam`), and election #1 of `BC` taking seconded nominations, `sam` nominated.
async fn fixture(backend: Backend) -> Harness {
    let h = Harness::new(backend, "2026-11-30T08:00:00Z").await;
    h.engine.claim_bootstrap_admin(&Harness::user("admin")).await.expect("admin");
    let setup = [
        ("admin", "body create \"Business Constituency\" BC"),
        ("admin", "body link BC"),
        ("admin", "role grant @gus guest BC"),
        ("admin", "role grant @abe applicant BC"),
        ("admin", "role grant @mia member BC"),
        ("admin", "role grant @eve exec BC"),
        ("admin", "role grant @sam staff BC"),
        ("nia", "tz UTC"),
        ("zed", "tz UTC"),
        ("sam", "meeting schedule \"Weekly\" 2026-11-30 09:00 UTC --repeat \"every monday\" --remind none"),
        ("sam", "agenda add #1 \"Minutes\""),
        ("sam", "agenda poll #1 --date 2026-12-14 --propose 2d --rank 2d"),
        ("sam", "remind here in 3h \"Coffee\""),
        ("zed", "apply BC"),
        ("sam", "member add @mia --renewal 2027-06-30"),
        ("sam", "poll \"Lunch?\" \"Pizza\" \"Salad\""),
        ("sam", "member add @eve"),
        ("sam", "member add @sam"),
        ("sam", "when \"Board\" --slots \"2026-12-10 14:00, 2026-12-11 09:00\" --zone UTC"),
        ("sam", "election create \"Chair\" --seats 1 --method stv --roll BC --voting 3d --seconded"),
        ("sam", "nominate #1 @sam"),
        ("sam", "startmeeting \"Weekly minutes\""),
        ("sam", "topic Minutes"),
        ("sam", "action @sam Send the accounts --due 2026-12-20"),
    ];
    for (who, line) in setup {
        let out = h.send(who, "general", line).await;
        assert!(!out[0].reply.is_error, "fixture `{line}`: {}", h.render(&out[0]));
    }
    h.clock.set(common::at("2026-11-30T09:05:00Z"));
    let out = h.send("sam", "general", "meeting attendance #1").await;
    assert!(!out[0].reply.is_error, "fixture roll call: {}", h.render(&out[0]));
    h
}

fn outcome(out: &[quorum::core::engine::Outgoing]) -> Outcome {
    let first = out.first().expect("every command is answered");
    let refusal = first.reply.blocks.iter().find_map(|block| match block {
        Block::Paragraph(msg) if first.reply.is_error && REFUSALS.contains(&msg.key.as_str()) => Some(msg),
        _ => None,
    });
    match refusal {
        Some(msg) => Outcome::Refused {
            key: msg.key.clone(),
            role: msg.args.iter().find_map(|(name, arg)| match (name.as_str(), arg) {
                ("role", Arg::Code(role)) => Some(role.clone()),
                _ => None,
            }),
        },
        None => Outcome::Allowed,
    }
}

fn expected(may: May, role: Option<Role>, who: &str) -> Outcome {
    let admin = who == "admin";
    let refused = |key: &str, role: Option<Role>| Outcome::Refused {
        key: key.to_owned(),
        role: role.map(|r| r.as_str().to_owned()),
    };
    match may {
        Anyone => Outcome::Allowed,
        AtLeast(needed) if admin || role.is_some_and(|r| r >= needed) => Outcome::Allowed,
        // Administrators are not a role in a body: their refusal names no body.
        AtLeast(Role::Admin) => refused("err-forbidden", Some(Role::Admin)),
        AtLeast(needed) => refused("err-forbidden-in", Some(needed)),
        BodyMember(_) if role.is_some() && !admin => Outcome::Allowed,
        BodyMember(key) => refused(key, None),
        BodyMemberOrAdmin(_) if role.is_some() || admin => Outcome::Allowed,
        BodyMemberOrAdmin(key) => refused(key, None),
        MakerOrStaff(_) if admin || role.is_some_and(|r| r >= Role::Staff) => Outcome::Allowed,
        MakerOrStaff(key) => refused(key, None),
        CountedMember(_) if !admin && role.is_some_and(|r| r >= Role::Member) => Outcome::Allowed,
        CountedMember(key) => refused(key, None),
        CountedMemberOrStaff(_) if admin || role.is_some_and(|r| r >= Role::Member) => Outcome::Allowed,
        CountedMemberOrStaff(key) => refused(key, None),
    }
}

async fn every_command_by_every_role(backend: Backend) {
    let mut wrong = Vec::new();
    for (_, line, may) in TABLE {
        let h = fixture(backend).await;
        for (who, role) in PEOPLE {
            let got = outcome(&h.send(who, "general", line).await);
            let want = expected(*may, role, who);
            if got != want {
                wrong.push(format!("`{line}` by {who} ({role:?}): got {got:?}, want {want:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} differences:\n{}", wrong.len(), wrong.join("\n"));
}

both!(every_command_by_every_role_is_allowed_or_refused_naming_the_role, |backend| async move {
    every_command_by_every_role(backend).await;
});

#[test]
fn every_command_is_in_the_table() {
    let listed: std::collections::BTreeSet<&str> = TABLE.iter().map(|(name, _, _)| *name).collect();
    let missing: Vec<&str> =
        quorum::features::registry().table().map(|spec| spec.name).filter(|name| !listed.contains(name)).collect();
    assert!(missing.is_empty(), "commands without a line in the permissions table: {missing:?}");
    for (name, line, _) in TABLE {
        let parsed = quorum::features::registry().parse(line).map(|p| p.spec.name);
        assert_eq!(parsed.ok(), Some(*name), "`{line}` is not a `{name}` command");
    }
}
