//! `StateCode`: a validated ISO 3166-1 alpha-3 code (plus the project code `EUE`
//! for the European Union and the user-assigned range `XAA`-`XZZ` for fictional
//! States).

use std::fmt;
use std::str::FromStr;

/// Three upper-case ASCII letters. Whether the code names a State the data
/// knows is a separate question (see `RefData::knows`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StateCode([u8; 3]);

impl StateCode {
    /// Builds a code from three upper-case letters.
    pub const fn from_bytes(bytes: [u8; 3]) -> Option<StateCode> {
        let mut i = 0;
        while i < 3 {
            if !bytes[i].is_ascii_uppercase() {
                return None;
            }
            i += 1;
        }
        Some(StateCode(bytes))
    }

    /// The code as a number that sorts as the code does (the letters'
    /// bytes, big-endian): one comparison instead of up to three.
    #[inline]
    pub(crate) fn sort_key(self) -> u32 {
        u32::from_be_bytes([0, self.0[0], self.0[1], self.0[2]])
    }

    /// The code's three letters as bytes: what an id or a path built on
    /// the hot path copies, without checking again that they are text.
    #[inline]
    pub const fn as_bytes(&self) -> &[u8; 3] {
        &self.0
    }

    /// The code as text.
    #[inline]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("invariant: ASCII letters")
    }

    /// Codes `XAA` to `XZZ`: ISO's user-assigned range, used for fictional
    /// States defined in a case file.
    pub fn is_fictional(&self) -> bool {
        self.0[0] == b'X'
    }

    /// The European Union's project code (a regional economic integration
    /// organization, art. 2(j)).
    pub fn is_reio(&self) -> bool {
        self.0 == *b"EUE"
    }
}

impl fmt::Display for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a text is not a State code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateCodeError(String);

impl fmt::Display for StateCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a State code: expected three upper-case letters (ISO 3166-1 alpha-3, e.g. `KEN`; `EUE` for the European Union; `XAA`-`XZZ` for fictional States)",
            self.0
        )
    }
}

impl std::error::Error for StateCodeError {}

impl FromStr for StateCode {
    type Err = StateCodeError;

    fn from_str(s: &str) -> Result<StateCode, StateCodeError> {
        let bytes = s.as_bytes();
        if bytes.len() != 3 {
            return Err(StateCodeError(s.to_string()));
        }
        StateCode::from_bytes([bytes[0], bytes[1], bytes[2]])
            .ok_or_else(|| StateCodeError(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::StateCode;

    #[test]
    fn the_sort_key_orders_codes_as_the_codes_do() {
        let letters = b'A'..=b'Z';
        let mut codes = Vec::new();
        for a in letters.clone() {
            for b in letters.clone() {
                for c in letters.clone() {
                    codes.push(StateCode::from_bytes([a, b, c]).unwrap());
                }
            }
        }
        let mut by_key = codes.clone();
        by_key.reverse();
        by_key.sort_by_key(|c| c.sort_key());
        codes.sort();
        assert_eq!(codes, by_key);
        assert!(
            StateCode::from_bytes(*b"ZZZ").unwrap().sort_key()
                > "AAA".parse::<StateCode>().unwrap().sort_key()
        );
    }
}
