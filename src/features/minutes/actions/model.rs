//! The parsed commands that follow action items after their meeting, and their limits.

use chrono::{Duration, NaiveDate};

/// The longest comment on an action.
pub const MAX_COMMENT: usize = 500;
/// How many actions `actions` lists at most.
pub const MAX_LISTED: i64 = 50;

/// How long before its due date an action's owners are reminded.
pub fn remind_before() -> Duration {
    Duration::hours(24)
}

/// `actions [@USER] [--overdue] [--body SHORT]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionsList {
    pub user: Option<String>,
    pub overdue: bool,
    pub body: Option<String>,
}

/// `action show ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionShow {
    pub id: i64,
}

/// `action done ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDone {
    pub id: i64,
}

/// `action reassign ID @USER`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionReassign {
    pub id: i64,
    pub user: String,
}

/// `action due ID DATE|none`: `None` takes the due date away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDue {
    pub id: i64,
    pub due: Option<NaiveDate>,
}

/// `action comment ID TEXT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionComment {
    pub id: i64,
    pub text: String,
}
