//! `Penalty`: a statutory maximum as the contract and the data write it
//! (`5y`, `18m`, `4y6m`, `life`, `death`, `fine`, `none`).

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

impl Penalty {
    /// Parses the contract's spelling: `<n>y`, `<n>m`, `<n>y<k>m`, `life`,
    /// `death`, `fine`, `none`.
    pub fn parse(s: &str) -> Option<Penalty> {
        match s {
            "life" => return Some(Penalty::Life),
            "death" => return Some(Penalty::Death),
            "fine" => return Some(Penalty::Fine),
            "none" => return Some(Penalty::NotAnOffence),
            _ => {}
        }
        fn number(s: &str) -> Option<(u32, &str)> {
            let n = s.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 || n > 4 {
                return None;
            }
            Some((s[..n].parse().ok()?, &s[n..]))
        }
        let (mut months, mut rest, mut any) = (0u32, s, false);
        if let Some((n, tail)) = number(rest) {
            if let Some(tail) = tail.strip_prefix('y') {
                months = n * 12;
                rest = tail;
                any = true;
            }
        }
        if let Some((n, tail)) = number(rest) {
            if tail == "m" {
                months += n;
                rest = "";
                any = true;
            }
        }
        (any && rest.is_empty()).then_some(Penalty::Months(months))
    }

    /// Human wording ("5 years", "4 years 6 months", "life imprisonment").
    pub fn describe(self) -> String {
        match self {
            Penalty::Months(m) => {
                let (y, m) = (m / 12, m % 12);
                match (y, m) {
                    (0, m) => format!("{m} month{}", if m == 1 { "" } else { "s" }),
                    (y, 0) => format!("{y} year{}", if y == 1 { "" } else { "s" }),
                    (y, m) => format!(
                        "{y} year{} {m} month{}",
                        if y == 1 { "" } else { "s" },
                        if m == 1 { "" } else { "s" }
                    ),
                }
            }
            Penalty::Life => "life imprisonment".into(),
            Penalty::Death => "the death penalty".into(),
            Penalty::Fine => "a fine only".into(),
            Penalty::NotAnOffence => "no penalty (not an offence)".into(),
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
