//! What a member record holds and how its values are written: kinds, statuses and their rules,
//! regions, the directory's fields, and the checks every value passes (from a command or a CSV
//! line alike).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::countries;
use crate::core::error::ParseError;
use crate::core::grammar::{check_name, check_text, parse_date};

pub const MAX_NAME: usize = 120;
pub const MAX_ORGANISATION: usize = 120;
pub const MAX_GROUP: usize = 60;
pub const MAX_NOTES: usize = 1000;
pub const MAX_REASON: usize = 300;
/// How many languages a record lists at most.
pub const MAX_LANGUAGES: usize = 10;
/// How many records a page of `member list` shows.
pub const PAGE_SIZE: i64 = 20;

/// A person, or an organisation that acts through its representatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organisation,
}

pub const KINDS: &[&str] = &["person", "organisation"];

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
        }
    }
}

impl FromStr for Kind {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        match s.to_lowercase().as_str() {
            "person" => Ok(Kind::Person),
            "organisation" | "organization" => Ok(Kind::Organisation),
            _ => Err(bad("kind", s, &KINDS.join(", "))),
        }
    }
}

/// Where a membership stands. `Active` and `RenewalDue` are in good standing and count as
/// members (`store::COUNTED_STATUSES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Applicant,
    Active,
    RenewalDue,
    Lapsed,
    Former,
    Suspended,
}

pub const STATUSES: &[&str] = &["applicant", "active", "renewal-due", "lapsed", "former", "suspended"];

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Applicant => "applicant",
            Status::Active => "active",
            Status::RenewalDue => "renewal-due",
            Status::Lapsed => "lapsed",
            Status::Former => "former",
            Status::Suspended => "suspended",
        }
    }

    /// In good standing: counts for quorum, polls and elections.
    pub fn counts(self) -> bool {
        matches!(self, Status::Active | Status::RenewalDue)
    }

    /// Whether staff may move a record from this status to `to` with `member edit --status`.
    /// Renewal due and lapsed come from the renewal date (through the scheduler), suspension
    /// from `member suspend`; `member renew` and `member reinstate` bring them back.
    pub fn may_become(self, to: Status) -> bool {
        use Status::*;
        matches!(
            (self, to),
            (Applicant, Active) | (Applicant | Active | RenewalDue | Lapsed, Former) | (Former, Active)
        )
    }
}

impl FromStr for Status {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let lower = s.to_lowercase();
        [Status::Applicant, Status::Active, Status::RenewalDue, Status::Lapsed, Status::Former, Status::Suspended]
            .into_iter()
            .find(|st| st.as_str() == lower)
            .ok_or_else(|| bad("status", s, &STATUSES.join(", ")))
    }
}

/// A UN M49 region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

pub const REGIONS: &[&str] = &["africa", "americas", "asia", "europe", "oceania"];

impl Region {
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::Americas => "americas",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Oceania => "oceania",
        }
    }

    /// Its M49 code.
    pub fn m49(self) -> &'static str {
        match self {
            Region::Africa => "002",
            Region::Americas => "019",
            Region::Asia => "142",
            Region::Europe => "150",
            Region::Oceania => "009",
        }
    }
}

impl FromStr for Region {
    type Err = ParseError;
    /// A region by name or by its M49 code (`europe`, `150`).
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let lower = s.to_lowercase();
        [Region::Africa, Region::Americas, Region::Asia, Region::Europe, Region::Oceania]
            .into_iter()
            .find(|r| r.as_str() == lower || r.m49() == lower)
            .ok_or_else(|| bad("region", s, &REGIONS.join(", ")))
    }
}

/// Self-declared gender, kept for balance statistics only.
pub const GENDERS: &[&str] = &["woman", "man", "non-binary", "other"];

/// A directory field a body may show its members (`member public`). Notes and gender are never
/// among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Kind,
    Organisation,
    Group,
    Country,
    Region,
    Languages,
    Status,
    Joined,
    Renewal,
}

pub const FIELDS: &[&str] =
    &["kind", "organisation", "group", "country", "region", "languages", "status", "joined", "renewal"];

/// What members see when the body did not say.
pub const DEFAULT_PUBLIC: &[Field] = &[Field::Kind, Field::Organisation, Field::Group, Field::Country, Field::Region];

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Kind,
        Field::Organisation,
        Field::Group,
        Field::Country,
        Field::Region,
        Field::Languages,
        Field::Status,
        Field::Joined,
        Field::Renewal,
    ];

    pub fn as_str(self) -> &'static str {
        FIELDS[Field::ALL.iter().position(|f| *f == self).unwrap_or_default()]
    }
}

impl FromStr for Field {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let lower = s.to_lowercase();
        let lower = if lower == "organization" { "organisation".to_owned() } else { lower };
        Field::ALL
            .into_iter()
            .find(|f| f.as_str() == lower)
            .ok_or_else(|| bad("field", s, &format!("{}, none", FIELDS.join(", "))))
    }
}

/// The public fields as stored (`kind,group`); unreadable names are skipped.
pub fn public_fields(stored: Option<&str>) -> Vec<Field> {
    match stored {
        None => DEFAULT_PUBLIC.to_vec(),
        Some(s) => s.split(',').filter_map(|f| f.trim().parse().ok()).collect(),
    }
}

pub fn fields_label(fields: &[Field]) -> String {
    fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")
}

fn bad(name: &'static str, value: &str, allowed: &str) -> ParseError {
    ParseError::BadChoice { name, value: value.to_owned(), allowed: allowed.to_owned() }
}

/// A country code (ISO 3166-1 alpha-2), in capitals, and its region.
pub fn check_country(value: &str) -> Result<(String, Option<Region>), ParseError> {
    let value = check_name("country", value, 10)?;
    match countries::lookup(&value) {
        Some((code, region)) => Ok((code.to_owned(), region)),
        None => Err(ParseError::BadChoice {
            name: "country",
            value,
            allowed: "ISO 3166-1 alpha-2 (FR, BR, KE …)".to_owned(),
        }),
    }
}

/// Language codes (`en,fr` or `en fr`): two or three ASCII letters each, at most ten, in lower case.
pub fn check_languages(value: &str) -> Result<String, ParseError> {
    let value = check_name("languages", value, 60)?;
    let codes: Vec<String> =
        value.split([',', ' ', ';']).filter(|c| !c.is_empty()).map(|c| c.to_ascii_lowercase()).collect();
    let valid = |c: &String| (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_lowercase());
    if codes.is_empty() || codes.len() > MAX_LANGUAGES || !codes.iter().all(valid) {
        return Err(bad("languages", &value, "en,fr,ar …"));
    }
    let mut unique = Vec::new();
    for c in codes {
        if !unique.contains(&c) {
            unique.push(c);
        }
    }
    Ok(unique.join(","))
}

pub fn check_gender(value: &str) -> Result<String, ParseError> {
    let value = check_name("gender", value, 20)?;
    let lower = value.to_lowercase();
    GENDERS
        .iter()
        .find(|g| **g == lower)
        .map(|g| (*g).to_owned())
        .ok_or_else(|| bad("gender", &value, &GENDERS.join(", ")))
}

pub fn check_date(name: &'static str, value: &str) -> Result<NaiveDate, ParseError> {
    check_name(name, value, 10)?;
    parse_date(value)
}

/// A record's name, organisation or group: one line without invisible characters.
pub fn check_label(name: &'static str, value: &str, max: usize) -> Result<String, ParseError> {
    check_name(name, value, max)
}

/// Notes or a reason: free text, several lines allowed.
pub fn check_notes(name: &'static str, value: &str, max: usize) -> Result<String, ParseError> {
    check_text(name, value, max)
}

/// A field's new value in `member edit`: `-` clears it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change<T> {
    Keep,
    Clear,
    Set(T),
}

impl<T> Change<T> {
    pub fn from_flag(
        value: Option<String>,
        check: impl FnOnce(&str) -> Result<T, ParseError>,
    ) -> Result<Self, ParseError> {
        match value.as_deref() {
            None => Ok(Change::Keep),
            Some("-") => Ok(Change::Clear),
            Some(v) => check(v).map(Change::Set),
        }
    }

    pub fn is_keep(&self) -> bool {
        matches!(self, Change::Keep)
    }
}

/// The fields `member add` and `member edit` take, checked. In `add`, `Clear` is the same as `Keep`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub name: Option<String>,
    pub account: Change<String>,
    pub kind: Option<Kind>,
    pub organisation: Change<String>,
    pub group: Change<String>,
    pub country: Change<(String, Option<Region>)>,
    pub languages: Change<String>,
    pub gender: Change<String>,
    pub status: Option<Status>,
    pub joined: Change<NaiveDate>,
    pub renewal: Change<NaiveDate>,
    pub notes: Change<String>,
    pub represents: Change<i64>,
    pub voting: bool,
}

impl Fields {
    /// Whether only what a member may change on their own record is asked (languages, gender).
    pub fn only_self_declared(&self) -> bool {
        self.name.is_none()
            && self.account.is_keep()
            && self.kind.is_none()
            && self.organisation.is_keep()
            && self.group.is_keep()
            && self.country.is_keep()
            && self.status.is_none()
            && self.joined.is_keep()
            && self.renewal.is_keep()
            && self.notes.is_keep()
            && self.represents.is_keep()
            && !self.voting
    }

    /// Whether nothing at all is asked.
    pub fn is_empty(&self) -> bool {
        self.only_self_declared() && self.languages.is_keep() && self.gender.is_keep()
    }
}

/// `member list [--group G] [--region R] [--country CC] [--status S] [--kind K] [--page N]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberList {
    pub group: Option<String>,
    pub region: Option<Region>,
    pub country: Option<String>,
    pub status: Option<Status>,
    pub kind: Option<Kind>,
    pub page: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberShow {
    pub id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberAdd {
    pub fields: Fields,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberEdit {
    pub id: i64,
    pub fields: Fields,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberSuspend {
    pub id: i64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberReinstate {
    pub id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRenew {
    pub id: i64,
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRemove {
    pub id: i64,
    pub confirmed: bool,
}

/// `member public [FIELD…|none]`: `None` shows the fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberPublic {
    pub fields: Option<Vec<Field>>,
}

/// `member policy [--grace DAYS] [--notice DAYS]`: without options, shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberPolicy {
    pub grace_days: Option<i64>,
    pub notice_days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberImport {
    pub path: String,
    pub commit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberExport;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberStats;

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_and_normalised() {
        assert_eq!(check_country("fr"), Ok(("FR".to_owned(), Some(Region::Europe))));
        assert!(matches!(check_country("XX"), Err(ParseError::BadChoice { name: "country", .. })));
        assert!(matches!(check_country("F\u{200B}R"), Err(ParseError::ControlCharacters { .. })));
        assert_eq!(check_languages("EN, fr,en"), Ok("en,fr".to_owned()));
        assert!(check_languages("english").is_err());
        assert!(check_languages("a,b,c,d,e,f,g,h,i,j,k").is_err());
        assert_eq!(check_gender("Woman"), Ok("woman".to_owned()));
        assert!(check_gender("x").is_err());
        assert_eq!("150".parse::<Region>(), Ok(Region::Europe));
        assert_eq!("organization".parse::<Kind>(), Ok(Kind::Organisation));
        assert_eq!("renewal-due".parse::<Status>(), Ok(Status::RenewalDue));
        assert!(Status::Applicant.may_become(Status::Active));
        assert!(!Status::Active.may_become(Status::Suspended));
        assert!(!Status::Suspended.may_become(Status::Active));
        assert!(!Status::Lapsed.may_become(Status::Active));
        assert_eq!(public_fields(None), DEFAULT_PUBLIC);
        assert_eq!(public_fields(Some("status, junk,kind")), [Field::Status, Field::Kind]);
        assert_eq!(public_fields(Some("")), []);
    }
}
