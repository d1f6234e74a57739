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

/// ISO 3166-1 alpha-2 country codes.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS \
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ \
    FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT \
    JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP \
    MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE \
    RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV \
    TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// The ISO 3166-1 alpha-2 code a person typed, in capitals, if it is one.
pub fn country_code(typed: &str) -> Option<String> {
    let code = typed.trim().to_ascii_uppercase();
    (code.len() == 2 && COUNTRIES.split_whitespace().any(|c| c == code)).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_the_iso_ones() {
        assert_eq!(COUNTRIES.split_whitespace().count(), 249);
        assert_eq!(country_code(" ch "), Some("CH".into()));
        assert_eq!(country_code("CH"), Some("CH".into()));
        assert_eq!(country_code("XX"), None);
        assert_eq!(country_code("Switzerland"), None);
        assert_eq!(country_code("C"), None);
        assert_eq!(country_code("ＣＨ"), None);
    }
}
