//! Polls: single and multiple choice, ranked (instant-runoff), score and proposals (yes, no,
//! abstain, with a majority and a quorum); anonymous polls keep who voted apart from the ballots;
//! a body's poll counts its members in good standing once each, by record, with proxies and
//! weights. Shown with the platform's own poll where there is one.

mod ballot;
mod commands;
mod count;
mod model;
mod render;
mod service;

use std::sync::Arc;

pub use ballot::{RankingSteps, ranking_step};
pub use commands::COMMANDS;
pub use model::{MAX_OPTION, MAX_OPTIONS, Majority, Quorum};
pub use model::{
    MemberWeight, PollBallot, PollClose, PollCreate, PollExport, PollExtend, PollList, PollReopen, PollShow, PollVote,
    PollVoters, ProxyGive, ProxyList, ProxyRevoke,
};
pub use service::{
    CLOSE_JOB, ClosedPoll, FirePollClose, FirePollReminder, PollPurpose, REMIND_JOB, RankedVote, open_body_proposal,
    open_committee_vote, open_ranked_vote, proposal_verdict, vote_command,
};

use crate::core::registry::Registry;

crate::runs! {
    PollCreate => service::create,
    PollVote => service::vote,
    PollBallot => service::ballot,
    PollShow => service::show,
    PollClose => service::close,
    PollExtend => service::extend,
    PollReopen => service::reopen,
    PollVoters => service::voters,
    PollExport => service::export,
    PollList => service::list,
    ProxyGive => service::proxy_give,
    ProxyRevoke => service::proxy_revoke,
    ProxyList => service::proxy_list,
    MemberWeight => service::member_weight,
}

/// Polls' and proxies' commands, and the jobs of a poll's deadline and reminder.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS);
    registry.job(Arc::new(FirePollClose));
    registry.job(Arc::new(FirePollReminder));
}
