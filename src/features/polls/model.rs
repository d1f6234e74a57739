//! Polls: their kinds and rules, and what each command asks for.

use chrono::Duration;

/// The longest question, and the longest option.
pub const MAX_QUESTION: usize = 300;
pub const MAX_OPTION: usize = 100;
/// The most options a poll offers (a platform poll shows at most this many).
pub const MAX_OPTIONS: usize = crate::core::platform::MAX_POLL_ANSWERS;
/// Who has voted is shown in an anonymous poll only once at least this many have.
pub const ANONYMOUS_FLOOR: i64 = 3;

/// What a voter does with the options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One option.
    Single,
    /// Between `min` and `max` options.
    Multi,
    /// Every option it wants to rank, most preferred first; counted by instant-runoff.
    Ranked,
    /// A score from 0 to `max` for every option.
    Score,
    /// Yes, no or abstain on a proposal, with a majority and a quorum.
    Proposal,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multi => "multi",
            Kind::Ranked => "ranked",
            Kind::Score => "score",
            Kind::Proposal => "proposal",
        }
    }

    pub fn parse(stored: &str) -> Kind {
        match stored {
            "multi" => Kind::Multi,
            "ranked" => Kind::Ranked,
            "score" => Kind::Score,
            "proposal" => Kind::Proposal,
            _ => Kind::Single,
        }
    }
}

/// The majority a proposal needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Majority {
    /// More yes than no.
    Simple,
    /// Yes from more than half of those who may vote.
    Absolute,
    /// At least two thirds of the yes and no.
    TwoThirds,
}

impl Majority {
    pub fn as_str(self) -> &'static str {
        match self {
            Majority::Simple => "simple",
            Majority::Absolute => "absolute",
            Majority::TwoThirds => "2/3",
        }
    }

    pub fn parse(text: &str) -> Option<Majority> {
        match text {
            "simple" => Some(Majority::Simple),
            "absolute" => Some(Majority::Absolute),
            "2/3" | "two-thirds" => Some(Majority::TwoThirds),
            _ => None,
        }
    }
}

/// How many must take part for a result to stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quorum {
    /// A share of those who may vote, in percent.
    Percent(i64),
    /// A number of voters.
    Count(i64),
}

impl Quorum {
    pub fn as_stored(self) -> String {
        match self {
            Quorum::Percent(p) => format!("{p}%"),
            Quorum::Count(n) => n.to_string(),
        }
    }

    pub fn parse(text: &str) -> Option<Quorum> {
        match text.strip_suffix('%') {
            Some(p) => p.parse().ok().filter(|p| (1..=100).contains(p)).map(Quorum::Percent),
            None => text.parse().ok().filter(|n| *n >= 1).map(Quorum::Count),
        }
    }

    /// How many voters (or how much weight) of `eligible` make the quorum.
    pub fn needed(self, eligible: i64) -> i64 {
        match self {
            // Rounded up: 50% of 7 is 4.
            Quorum::Percent(p) => (eligible * p + 99) / 100,
            Quorum::Count(n) => n,
        }
    }
}

/// When a poll closes, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closes {
    In(Duration),
    /// A date and time on the creator's clock.
    At(String),
}

/// `poll "QUESTION" "A" "B" … [flags]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollCreate {
    pub question: String,
    pub options: Vec<String>,
    pub kind: Kind,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub score_max: Option<i64>,
    pub anonymous: bool,
    pub weighted: bool,
    pub closes: Option<Closes>,
    pub body: Option<String>,
    pub quorum: Option<Quorum>,
    pub majority: Option<Majority>,
    pub remind: Option<Duration>,
}

/// For whom a proxy holder casts a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum For {
    /// Their own seat.
    Self_,
    /// One delegator, by mention.
    Member(String),
    /// Every delegator (and not themselves).
    All,
}

/// `poll vote ID CHOICE… [--for @member|all]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollVote {
    pub id: i64,
    /// The words after the ID, read by the poll's kind.
    pub words: Vec<String>,
    pub for_: For,
}

/// `poll show ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollShow {
    pub id: i64,
}

/// `poll ballot ID [PICKS] [--page N] [--cancel]`: a ranked or score poll's ballot, one step at a
/// time where the platform has menus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollBallot {
    pub id: i64,
    /// What the voter picked so far: a ranking's options in order (`3,1`), or each option's score
    /// in order with `-` for none yet (`4,-,0`). `None` opens the ballot.
    pub picks: Option<Vec<Option<i64>>>,
    /// The page of a score ballot's options shown, from 1.
    pub page: Option<i64>,
    /// Put the ballot aside, casting nothing.
    pub cancel: bool,
}

/// `poll close ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollClose {
    pub id: i64,
}

/// `poll extend ID DURATION`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollExtend {
    pub id: i64,
    pub by: Duration,
}

/// `poll reopen ID [--closes …]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollReopen {
    pub id: i64,
    pub closes: Option<Closes>,
}

/// `poll voters ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollVoters {
    pub id: i64,
}

/// `poll export ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollExport {
    pub id: i64,
}

/// `poll list [--all]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollList {
    pub all: bool,
}

/// `proxy give @MEMBER [--body SHORT] [--until DATE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyGive {
    pub holder: String,
    pub body: Option<String>,
    pub until: Option<chrono::NaiveDate>,
}

/// `proxy revoke [--body SHORT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRevoke {
    pub body: Option<String>,
}

/// `proxy list [--body SHORT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyList {
    pub body: Option<String>,
}

/// A member record, by number or by mentioning the member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Record(i64),
    Mention(String),
}

/// `member weight ID|@MEMBER [N] [--body SHORT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberWeight {
    pub who: Who,
    pub weight: Option<i64>,
    pub body: Option<String>,
}
