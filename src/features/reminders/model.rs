//! What a reminder command asks for, as plain values.

use chrono::{Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::core::recurrence::Recurrence;

/// Who is reminded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Me,
    Here,
    /// A mention, resolved by the service.
    User(String),
}

/// When the reminder fires.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    In(Duration),
    /// A local time, on a date or else at its next occurrence; in `zone` or the person's own.
    At {
        date: Option<NaiveDate>,
        time: NaiveTime,
        zone: Option<Tz>,
    },
    /// A series, on the wall clock of `zone` or of the person's own.
    Repeat {
        recurrence: Recurrence,
        /// How the person said it, zone included (`every day at 09:00 Geneva`).
        label: String,
        zone: Option<Tz>,
    },
}

impl When {
    /// The zone the command named, if it named one.
    pub fn zone(&self) -> Option<Tz> {
        match self {
            When::At { zone, .. } | When::Repeat { zone, .. } => *zone,
            When::In(_) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Remind {
    pub target: Target,
    pub when: When,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelReminder {
    pub id: i64,
}

pub const MAX_TEXT: usize = 1000;
