//! Writing to a member privately from a job, where nobody ran a command: their direct
//! conversation, in their language and zone.

use chrono_tz::Tz;

use crate::core::engine::Outgoing;
use crate::core::reply::{Destination, Reply};
use crate::store::Tx;

/// Where a private message to a member goes, and how it is written.
#[derive(Debug, Clone)]
pub struct PrivateLine {
    pub destination: Destination,
    pub locale: String,
    pub zone: Tz,
}

impl PrivateLine {
    pub fn outgoing(&self, reply: Reply) -> Outgoing {
        Outgoing { destination: self.destination.clone(), reply, locale: self.locale.clone(), zone: self.zone }
    }
}

/// The way to write to `member_id` privately: their account on `platform` if they have one there
/// (else their first), in their own language (else `language`) and zone (else `zone`). `None` for
/// a member with no account left.
pub async fn private_line(
    tx: &mut Tx,
    member_id: i64,
    platform: Option<&str>,
    language: &str,
    zone: Tz,
) -> anyhow::Result<Option<PrivateLine>> {
    let identities = tx.identities_of(member_id).await?;
    let platform = platform.or(identities.first().map(|(p, _)| p.as_str())).unwrap_or_default();
    let Some(destination) = Destination::direct(&identities, platform) else { return Ok(None) };
    let (own_locale, own_zone) = tx.member_locale_zone(member_id).await?;
    Ok(Some(PrivateLine {
        destination,
        locale: own_locale.unwrap_or_else(|| language.to_owned()),
        zone: own_zone.and_then(|z| z.parse().ok()).unwrap_or(zone),
    }))
}
