//! `Penalty`: a statutory maximum as the contract and the data write it
//! (`5y`, `18m`, `4y6m`, `life`, `death`, `fine`, `none`).
//!
//! A term must be a real one: not zero (`0y`, `0m`: write `fine` or `none`),
//! at most [`MAX_TERM_YEARS`] years (write `life` for life imprisonment), and
//! in the combined form `<n>y<k>m` both parts are non-zero and `k` is 1 to 11
//! (`4y12m` is written `5y`, `4y0m` is `4y`, `0y6m` is `6m`). A term in months
//! alone may exceed twelve (`18m`), as statutes write it.

/// Statutory maximum penalty in one State's law.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Penalty {
    /// Deprivation of liberty of at most this many months.
    Months(u32),
    /// Life imprisonment.
    Life,
    /// Death penalty.
    Death,
    /// A fine only, no custodial sentence.
    Fine,
    /// The conduct is not an offence there.
    NotAnOffence,
}

/// The longest term of imprisonment a penalty may state, in years. No statute
/// sets a longer determinate maximum for one offence; a longer figure is a
/// typing error (or life imprisonment, written `life`).
pub const MAX_TERM_YEARS: u32 = 100;

/// Why a text is not a penalty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PenaltyError {
    /// None of the spellings (`5 years`, `4.5y`, `lifetime`, ...).
    Malformed,
    /// A term of zero (`0y`, `0m`, `0y0m`).
    Zero,
    /// More than [`MAX_TERM_YEARS`] years.
    TooLong,
    /// A term written other than the one way: 12 months or more after the
    /// years (`4y12m`), or a zero part (`4y0m`, `0y6m`). Carries the
    /// spelling to write.
    NotCanonical(String),
}

impl std::fmt::Display for PenaltyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PenaltyError::Malformed => f.write_str("not a penalty spelling"),
            PenaltyError::Zero => f.write_str(
                "a term of zero is not a custodial maximum: write \"fine\" for a fine only",
            ),
            PenaltyError::TooLong => write!(
                f,
                "a term of more than {MAX_TERM_YEARS} years is not a statutory maximum: write \"life\" for life imprisonment"
            ),
            PenaltyError::NotCanonical(write) => {
                write!(f, "years and months are written one way: write \"{write}\"")
            }
        }
    }
}

impl Penalty {
    /// Parses the contract's spelling: `<n>y`, `<n>m`, `<n>y<k>m`, `life`,
    /// `death`, `fine`, `none`; `None` for anything else, including the
    /// impossible terms [`Penalty::read`] explains.
    pub fn parse(s: &str) -> Option<Penalty> {
        Penalty::read(s).ok()
    }

    /// Like [`Penalty::parse`], but says what is wrong: not a spelling, a
    /// term of zero, a term over [`MAX_TERM_YEARS`] years, or years and
    /// months not written the one way (`4y12m` for `5y`).
    pub fn read(s: &str) -> Result<Penalty, PenaltyError> {
        match s {
            "life" => return Ok(Penalty::Life),
            "death" => return Ok(Penalty::Death),
            "fine" => return Ok(Penalty::Fine),
            "none" => return Ok(Penalty::NotAnOffence),
            _ => {}
        }
        fn number(s: &str) -> Option<(u32, &str)> {
            let n = s.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 || n > 4 {
                return None;
            }
            Some((s[..n].parse().ok()?, &s[n..]))
        }
        let (mut years, mut months, mut rest) = (None, None, s);
        if let Some((n, tail)) = number(rest) {
            if let Some(tail) = tail.strip_prefix('y') {
                years = Some(n);
                rest = tail;
            }
        }
        if let Some((n, tail)) = number(rest) {
            if tail == "m" {
                months = Some(n);
                rest = "";
            }
        }
        if !rest.is_empty() || (years.is_none() && months.is_none()) {
            return Err(PenaltyError::Malformed);
        }
        let total = years.unwrap_or(0) * 12 + months.unwrap_or(0);
        if total == 0 {
            return Err(PenaltyError::Zero);
        }
        if total > MAX_TERM_YEARS * 12 {
            return Err(PenaltyError::TooLong);
        }
        let p = Penalty::Months(total);
        match (years, months) {
            (Some(y), Some(m)) if y == 0 || m == 0 || m >= 12 => {
                Err(PenaltyError::NotCanonical(p.to_string()))
            }
            _ => Ok(p),
        }
    }

    /// Human wording ("5 years", "4 years 6 months", "life imprisonment").
    pub fn describe(self) -> String {
        let mut out = String::new();
        self.describe_into(&mut out);
        out
    }

    /// [`Penalty::describe`], appended to `out` (no formatting machinery:
    /// the engine words a data row's maximum on every assessment that reads it).
    pub fn describe_into(self, out: &mut String) {
        fn count(out: &mut String, n: u32, unit: &str) {
            out.push_str(itoa::Buffer::new().format(n));
            out.push(' ');
            out.push_str(unit);
            if n != 1 {
                out.push('s');
            }
        }
        match self {
            Penalty::Months(m) => {
                let (y, m) = (m / 12, m % 12);
                if y > 0 {
                    count(out, y, "year");
                }
                if y > 0 && m > 0 {
                    out.push(' ');
                }
                if m > 0 || y == 0 {
                    count(out, m, "month");
                }
            }
            Penalty::Life => out.push_str("life imprisonment"),
            Penalty::Death => out.push_str("the death penalty"),
            Penalty::Fine => out.push_str("a fine only"),
            Penalty::NotAnOffence => out.push_str("no penalty (not an offence)"),
        }
    }
}

impl std::fmt::Display for Penalty {
    /// The contract's spelling: `60m` prints as `5y`, `54m` as `4y6m`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Penalty::Months(m) if m % 12 == 0 => write!(f, "{}y", m / 12),
            Penalty::Months(m) if *m > 12 => write!(f, "{}y{}m", m / 12, m % 12),
            Penalty::Months(m) => write!(f, "{m}m"),
            Penalty::Life => f.write_str("life"),
            Penalty::Death => f.write_str("death"),
            Penalty::Fine => f.write_str("fine"),
            Penalty::NotAnOffence => f.write_str("none"),
        }
    }
}
