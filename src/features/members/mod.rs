//! Member records and the directory: `!member list|show|add|edit|suspend|reinstate|renew|remove`,
//! what members may see (`!member public`), renewal rules (`!member policy`) moved on by the
//! scheduler, CSV import and export, balance statistics, and who counts as a member
//! (`counted_members`, `counted_record`) for quorum, polls and elections.

mod commands;
mod countries;
mod model;
mod reach;
mod render;
mod service;
mod stats;
mod transfer;
/// A CSV cell a spreadsheet will not take for a formula.
pub use transfer::guard as csv_cell;

pub use commands::COMMANDS;
pub use model::{
    Field, Kind, MemberAdd, MemberEdit, MemberExport, MemberImport, MemberList, MemberPolicy, MemberPublic,
    MemberReinstate, MemberRemove, MemberRenew, MemberShow, MemberStats, MemberSuspend, Region, Status,
};
pub use reach::{PrivateLine, private_line};
pub use service::{
    Admission, FireStatusCheck, STATUS_JOB, admit, counted_accounts, counted_members, counted_record, country_code,
};
pub use transfer::parse as parse_csv;

use std::sync::Arc;

use crate::core::registry::Registry;

crate::runs! {
    MemberList => service::list,
    MemberShow => service::show,
    MemberAdd => service::add,
    MemberEdit => service::edit,
    MemberSuspend => service::suspend,
    MemberReinstate => service::reinstate,
    MemberRenew => service::renew,
    MemberRemove => service::remove,
    MemberPublic => service::public,
    MemberPolicy => service::set_policy,
    MemberImport => transfer::import,
    MemberExport => transfer::export,
    MemberStats => stats::stats,
}

/// What member records plug into the core: their commands and the job that moves statuses on.
pub fn register(registry: &mut Registry) {
    registry.commands(COMMANDS).job(Arc::new(FireStatusCheck));
}
