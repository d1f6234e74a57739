//! Applications: what the commands ask for, and the questions every application asks.

/// The longest question a body may add, and the longest answer to one.
pub const MAX_QUESTION: usize = 300;
pub const MAX_ANSWER: usize = 1000;
/// The longest reason for a rejection.
pub const MAX_REASON: usize = 500;
/// The most questions a body may add to the standard ones.
pub const MAX_BODY_QUESTIONS: usize = 20;

/// An application's states, as stored and as `--status` names them.
pub const STATUSES: [&str; 6] = ["drafting", "pending", "referred", "approved", "rejected", "withdrawn"];
/// The states in which an application is still open: it blocks a second one to the same body.
pub const OPEN: [&str; 3] = ["drafting", "pending", "referred"];
/// The states an application is decided from.
pub const UNDECIDED: [&str; 2] = ["pending", "referred"];

/// The conversation kind under which an application's questions are asked.
pub const CONVERSATION: &str = "application";

/// The questions every application asks first, as message keys, in order.
pub const STANDARD_QUESTIONS: [&str; 4] =
    ["apply-q-name", "apply-q-organisation", "apply-q-country", "apply-q-motivation"];

/// `apply BODY`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyTo {
    pub short: String,
}

/// `apply answers ["ANSWER" …]`: answers to the next questions in order; none asks for them
/// again (as a form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyAnswers {
    pub answers: Vec<String>,
}

/// `apply cancel`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyCancel;

/// `apply status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyStatus;

/// `apply questions BODY`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowQuestions {
    pub short: String,
}

/// `apply question add BODY "TEXT"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddQuestion {
    pub short: String,
    pub text: String,
}

/// `apply question remove BODY NUMBER`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoveQuestion {
    pub short: String,
    pub number: i64,
}

/// `applications [BODY] [--status STATUS|all]`; without a status, the undecided ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationList {
    pub short: Option<String>,
    pub status: Option<&'static str>,
}

/// `application show ID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationShow {
    pub id: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
    /// Sent to a vote of the body's committee: recorded here; polls run the vote.
    Refer,
}

/// `application approve|reject|refer ID ["REASON"]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationDecision {
    pub id: i64,
    pub decision: Decision,
    pub reason: Option<String>,
}
