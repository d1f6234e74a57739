//! Role checks: every refusal names the role that was needed and where.

use super::actor::{Actor, Role};
use super::error::UserError;

/// Passes if the actor holds `needed` (or a higher role) among `roles`, or is a global admin.
pub fn require(actor: &Actor, roles: &[Role], needed: Role, body_short: Option<&str>) -> Result<(), UserError> {
    if actor.is_global_admin || roles.iter().any(|r| *r >= needed) {
        return Ok(());
    }
    Err(UserError::Forbidden { needed, body: body_short.map(str::to_owned) })
}

/// Passes if the actor holds `needed` in the body the room is linked to.
pub fn require_here(actor: &Actor, needed: Role) -> Result<(), UserError> {
    match &actor.body {
        Some(body) => require(actor, &actor.roles, needed, Some(&body.short)),
        None if actor.is_global_admin => Ok(()),
        None => Err(UserError::NoBodyHere),
    }
}

/// Roles as stored (text) to typed roles; unknown names are ignored.
pub fn parse_roles(names: &[String]) -> Vec<Role> {
    names.iter().filter_map(|n| n.parse().ok()).collect()
}
