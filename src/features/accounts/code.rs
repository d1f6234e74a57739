//! Link codes: how one is drawn, written, read back from what a person typed, and hashed.
//!
//! A code reads `HHHH-SSSS-SSSS` in letters and digits that cannot be mistaken for one another
//! (no `0`/`O`, `1`/`I`/`L`). The first group, the handle, finds the code in the store, so that a
//! wrong try counts against that code; the other eight characters are the secret. The store keeps
//! the handle and a SHA-256 hash of the whole code, never the code.

use sha2::{Digest, Sha256};

/// The characters of a code.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const HANDLE_LEN: usize = 4;
const SECRET_LEN: usize = 8;

/// How long a code works, in minutes.
pub const CODE_LIFETIME_MIN: i64 = 10;
/// Wrong tries that lock a code.
pub const MAX_WRONG_TRIES: i64 = 5;
/// The longest text read as a code: the code with its two dashes.
pub const MAX_CODE_LEN: usize = HANDLE_LEN + SECRET_LEN + 2;

/// A well-formed code (which may or may not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkCode {
    /// The twelve characters, in capitals, without dashes.
    chars: String,
}

impl LinkCode {
    /// A new code, each character from one number of `random` (the clock's, see
    /// `Clock::random`); the remainder's bias over 64 bits is negligible.
    pub fn draw(mut random: impl FnMut() -> u64) -> Self {
        let chars = (0..HANDLE_LEN + SECRET_LEN)
            .map(|_| ALPHABET[(random() % ALPHABET.len() as u64) as usize] as char)
            .collect();
        Self { chars }
    }

    /// A code as typed: any case, with or without its dashes. `None` if it cannot be a code.
    pub fn read(typed: &str) -> Option<Self> {
        let chars: String = typed.chars().filter(|c| *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        let dashes_in_place = typed.chars().filter(|c| *c == '-').count() == 0
            || (typed.len() == MAX_CODE_LEN && typed.as_bytes()[4] == b'-' && typed.as_bytes()[9] == b'-');
        let valid =
            dashes_in_place && chars.len() == HANDLE_LEN + SECRET_LEN && chars.bytes().all(|b| ALPHABET.contains(&b));
        valid.then_some(Self { chars })
    }

    /// The first group, which finds the code.
    pub fn handle(&self) -> &str {
        &self.chars[..HANDLE_LEN]
    }

    /// What the store keeps: the SHA-256 of the whole code, in hex.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(format!("quorum-account-link:{}", self.chars).as_bytes()))
    }

    /// As shown: `ABCD-EFGH-JKMN`.
    pub fn shown(&self) -> String {
        format!("{}-{}-{}", &self.chars[..4], &self.chars[4..8], &self.chars[8..])
    }
}

#[cfg(test)]
mod tests {
    use super::LinkCode;

    #[test]
    fn a_code_reads_back_in_any_case_with_or_without_dashes() {
        let code = LinkCode::draw(rand::random);
        assert_eq!(LinkCode::read(&code.shown()), Some(code.clone()));
        assert_eq!(LinkCode::read(&code.shown().to_lowercase()), Some(code.clone()));
        assert_eq!(LinkCode::read(&code.shown().replace('-', "")), Some(code.clone()));
        assert_eq!(code.shown().len(), 14);
        assert_eq!(code.handle().len(), 4);
        assert_eq!(code.hash().len(), 64);
        assert_ne!(code.hash(), LinkCode::draw(rand::random).hash());
    }

    #[test]
    fn anything_else_is_no_code() {
        for typed in [
            "",
            "ABCD",
            "ABCD-EFGH-JKM",
            "ABCD-EFGH-JKMNP",
            "ABCD-EFGH-JK0N",
            "ABCD-EFGH-JKIN",
            "AB-CDEFGH-JKMN",
            "ABCD--EFGHJKMN",
            "ABCD-EFGH-JK\u{200b}N",
            "ＡBCD-EFGH-JKMN",
            "ضصثق-EFGH-JKMN",
            "😀BCD-EFGH-JKMN",
        ] {
            assert_eq!(LinkCode::read(typed), None, "{typed}");
        }
        assert!(LinkCode::read("abcd-efgh-jkmn").is_some());
    }
}
