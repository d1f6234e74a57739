//! Receipt codes: 160 random bits shown once to the voter, in groups of four letters and digits;
//! only their SHA-256 is stored, as the key of the ballot they were given for.

use data_encoding::BASE32_NOPAD;
use sha2::{Digest, Sha256};

use crate::core::clock::Clock;

/// How many random bytes a receipt carries (160 bits: at least 128 are asked for).
const RECEIPT_BYTES: usize = 20;

/// A new receipt code, `ABCD-EFGH-…` (eight groups of the RFC 4648 base32 alphabet).
pub fn new_code(clock: &dyn Clock) -> String {
    let mut bytes = Vec::with_capacity(24);
    while bytes.len() < RECEIPT_BYTES {
        bytes.extend_from_slice(&clock.random().to_le_bytes());
    }
    bytes.truncate(RECEIPT_BYTES);
    let letters = BASE32_NOPAD.encode(&bytes);
    letters.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// The code as it was given, whatever the voter typed: capitals, without dashes or spaces.
/// `None` when it cannot be a receipt (wrong length or letters).
pub fn normalize(typed: &str) -> Option<String> {
    let code: String = typed.chars().filter(|c| !matches!(c, '-' | ' ' | '\u{2010}'..='\u{2015}')).collect();
    let code = code.to_ascii_uppercase();
    let bytes = BASE32_NOPAD.decode(code.as_bytes()).ok()?;
    (bytes.len() == RECEIPT_BYTES).then_some(code)
}

/// The hash a ballot is stored under: SHA-256 of the normalized code, in hexadecimal.
pub fn hash(normalized: &str) -> String {
    hex::encode(Sha256::digest(format!("quorum-receipt:{normalized}").as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::clock::SystemClock;

    #[test]
    fn a_code_carries_160_bits_and_reads_back_however_typed() {
        let code = new_code(&SystemClock);
        assert_eq!(code.len(), 32 + 7, "{code}");
        let normalized = normalize(&code).expect("a fresh code is a code");
        assert_eq!(normalize(&code.to_lowercase().replace('-', " ")), Some(normalized.clone()));
        assert_eq!(hash(&normalized).len(), 64);
        assert_ne!(new_code(&SystemClock), code, "two codes differ");
        assert_eq!(normalize("ABCD-EFGH"), None);
        assert_eq!(normalize("not a code at all, not at all, no"), None);
    }
}
