//! The commands of elections, as parsed.

use chrono::Duration;

use crate::features::polls::Quorum;
use crate::tally::Method;

/// The longest title.
pub const MAX_TITLE: usize = 200;
/// The most seats one election fills.
pub const MAX_SEATS: i64 = 50;
/// The most candidates that stand (the most choices a ballot offers).
pub const MAX_CANDIDATES: usize = 100;

/// `election create "TITLE" --seats N --method M --roll SHORT[-exec] [--nominations 7d] --voting 7d
/// [--quorum 50%] [--weighted] [--seconded]`.
#[derive(Debug, Clone)]
pub struct ElectionCreate {
    pub title: String,
    pub seats: i64,
    pub method: Method,
    /// The body's short name.
    pub body: String,
    /// Only the body's exec vote.
    pub exec_only: bool,
    pub nominations: Option<Duration>,
    pub voting: Duration,
    pub quorum: Option<Quorum>,
    pub weighted: bool,
    pub seconded: bool,
}

/// `election list [--all]`.
#[derive(Debug, Clone)]
pub struct ElectionList {
    pub all: bool,
}

/// Which part of an election a command with just its number looks at or acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Show,
    Open,
    Close,
    Results,
    Roll,
    Turnout,
}

/// `election show|open|close|results|roll|turnout ID`.
#[derive(Debug, Clone)]
pub struct ElectionStep {
    pub id: i64,
    pub step: Step,
}

/// `nominate [ID] @MEMBER`, `second [ID] @MEMBER`, `accept [ID]`, `withdraw [ID] [@MEMBER]`.
#[derive(Debug, Clone)]
pub struct Nomination {
    pub id: Option<i64>,
    pub act: NominationAct,
    /// The nominee; `None`: the one who runs the command.
    pub who: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NominationAct {
    Nominate,
    Second,
    Accept,
    Withdraw,
}

/// Whose ballot a proxy holder casts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum For {
    Self_,
    Member(String),
    All,
}

/// `ballot ID CHOICE… [--for @MEMBER|all] [--receipt CODE]`.
#[derive(Debug, Clone)]
pub struct BallotCast {
    pub id: i64,
    /// Candidate numbers as typed: `3 1 2`, `3,1,2`.
    pub words: Vec<String>,
    pub for_: For,
    /// Replaces the ballot cast with this receipt instead.
    pub receipt: Option<String>,
}

/// `election ballot ID [PICKS] [--cancel]`: the step-by-step ballot.
#[derive(Debug, Clone)]
pub struct BallotSteps {
    pub id: i64,
    pub picks: Option<Vec<i64>>,
    pub cancel: bool,
}

/// `verify CODE`.
#[derive(Debug, Clone)]
pub struct Verify {
    pub code: String,
}
