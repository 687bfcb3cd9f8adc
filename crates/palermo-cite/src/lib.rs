//! Provision pinpoints of the Palermo Convention and its Protocols.
//!
//! A [`Provision`] is a value: `UNTOC art. 16(1)`, `UNTOC art. 5(1)(a)(ii)(b)`,
//! `TIP art. 3(c)`, or a run of articles such as `UNTOC arts. 36-38`.
//! It prints in one canonical form and parses the same form back
//! (plus a few tolerant spellings: `art 16(1)`, `16(1)`, `untoc.art16.1`).
//! It is `Copy` and `const`-constructible so rules can keep their
//! pinpoints in constants.
//!
//! ```
//! use palermo_cite::Provision;
//! const P: Provision = Provision::untoc(16).para(5).letter('a');
//! assert_eq!(P.to_string(), "UNTOC art. 16(5)(a)");
//! assert_eq!("UNTOC art. 16(5)(a)".parse::<Provision>().unwrap(), P);
//! ```

#![deny(missing_docs)]

use std::fmt;
use std::str::FromStr;

/// The treaty a provision belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Instrument {
    /// The Convention itself (UNTOC, 2000).
    Untoc,
    /// Protocol to Prevent, Suppress and Punish Trafficking in Persons.
    Tip,
    /// Protocol against the Smuggling of Migrants by Land, Sea and Air.
    Som,
    /// Protocol against the Illicit Manufacturing of and Trafficking in Firearms.
    Firearms,
}

impl Instrument {
    /// Every instrument, Convention first.
    pub const ALL: [Instrument; 4] = [
        Instrument::Untoc,
        Instrument::Tip,
        Instrument::Som,
        Instrument::Firearms,
    ];

    /// The short label used in citations (`UNTOC`, `TIP`, `SOM`, `FP`).
    pub const fn label(self) -> &'static str {
        match self {
            Instrument::Untoc => "UNTOC",
            Instrument::Tip => "TIP",
            Instrument::Som => "SOM",
            Instrument::Firearms => "FP",
        }
    }

    /// The lower-case key used in finding ids and case files
    /// (`untoc`, `tip`, `som`, `firearms`).
    pub const fn key(self) -> &'static str {
        match self {
            Instrument::Untoc => "untoc",
            Instrument::Tip => "tip",
            Instrument::Som => "som",
            Instrument::Firearms => "firearms",
        }
    }

    /// Full English title.
    pub const fn title(self) -> &'static str {
        match self {
            Instrument::Untoc => "United Nations Convention against Transnational Organized Crime",
            Instrument::Tip => "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            Instrument::Som => "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            Instrument::Firearms => "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
        }
    }

    /// Highest article number of the instrument.
    #[inline]
    pub const fn last_article(self) -> u8 {
        match self {
            Instrument::Untoc => 41,
            Instrument::Tip => 20,
            Instrument::Som => 25,
            Instrument::Firearms => 21,
        }
    }

    fn from_label(s: &str) -> Option<Instrument> {
        match s.to_ascii_lowercase().as_str() {
            "untoc" | "convention" => Some(Instrument::Untoc),
            "tip" => Some(Instrument::Tip),
            "som" => Some(Instrument::Som),
            "fp" | "firearms" => Some(Instrument::Firearms),
            _ => None,
        }
    }
}

/// How an article is divided into numbered paragraphs, as far as this crate
/// encodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Division {
    /// Numbered paragraphs 1 to n.
    Paragraphs(u8),
    /// One block of text, possibly with lettered subparagraphs (art. 2, 23),
    /// but no numbered paragraphs.
    Unnumbered,
    /// Not encoded (yet): paragraph numbers of this article are not checked.
    NotEncoded,
}

/// The Convention's articles the engine cites, and how each is divided
/// (from the text adopted by GA resolution 55/25). The others are
/// [`Division::NotEncoded`] rather than guessed.
const UNTOC_DIVISION: [(u8, Division); 28] = {
    use Division::{Paragraphs as P, Unnumbered as U};
    [
        (2, U),
        (3, P(2)),
        (4, P(2)),
        (5, P(3)),
        (6, P(2)),
        (8, P(4)),
        (10, P(4)),
        (12, P(9)),
        (13, P(9)),
        (14, P(3)),
        (15, P(6)),
        (16, P(17)),
        (17, U),
        (18, P(30)),
        (19, U),
        (20, P(4)),
        (21, U),
        (22, U),
        (23, U),
        (24, P(4)),
        (25, P(3)),
        (26, P(5)),
        (27, P(3)),
        (35, P(4)),
        (36, P(4)),
        (37, P(4)),
        (38, P(2)),
        (40, P(3)),
    ]
};

impl Instrument {
    /// How `article` is divided into paragraphs, where encoded (the
    /// Convention's articles the engine cites; no Protocol article yet).
    pub fn division(self, article: u8) -> Division {
        match self {
            Instrument::Untoc => UNTOC_DIVISION
                .iter()
                .find(|(a, _)| *a == article)
                .map_or(Division::NotEncoded, |(_, d)| *d),
            _ => Division::NotEncoded,
        }
    }
}

/// A pinpoint to a paragraph the article does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoSuchParagraph {
    provision: Provision,
    division: Division,
}

impl fmt::Display for NoSuchParagraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let article = Provision::article(self.provision.instrument, self.provision.article);
        let n = self.provision.paragraph_number().unwrap_or(0);
        match self.division {
            Division::Paragraphs(count) => write!(
                f,
                "there is no {}: {article} has {count} paragraphs",
                self.provision
            ),
            _ => write!(
                f,
                "there is no {}: {article} has no numbered paragraphs (no paragraph {n})",
                self.provision
            ),
        }
    }
}

impl std::error::Error for NoSuchParagraph {}

/// One level of a pinpoint below the article, as [`Provision::pinpoint`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pinpoint {
    /// Paragraph number: `(1)`.
    Paragraph(u8),
    /// Subparagraph letter: `(a)`.
    Letter(char),
    /// Lower-case roman numeral: `(ii)`.
    Roman(&'static str),
}

/// One level of a pinpoint below the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Part {
    None,
    /// Paragraph number: `(1)`.
    Number(u8),
    /// Subparagraph letter: `(a)`.
    Letter(u8),
    /// Lower-case roman numeral: `(ii)`.
    Roman(u8),
}

const MAX_PARTS: usize = 4;

/// A pinpoint in one of the four instruments.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Provision {
    instrument: Instrument,
    article: u8,
    /// Equal to `article` unless the provision is a run of articles.
    last_article: u8,
    parts: [Part; MAX_PARTS],
}

impl Provision {
    /// A whole article of an instrument.
    ///
    /// # Panics
    /// At compile time (in a `const`) or at run time if `article` is out of
    /// the instrument's range: a pinpoint in code that cannot exist is a bug.
    #[inline]
    pub const fn article(instrument: Instrument, article: u8) -> Provision {
        assert!(article >= 1 && article <= instrument.last_article());
        Provision {
            instrument,
            article,
            last_article: article,
            parts: [Part::None; MAX_PARTS],
        }
    }

    /// A whole article of the Convention.
    #[inline]
    pub const fn untoc(article: u8) -> Provision {
        Provision::article(Instrument::Untoc, article)
    }

    /// A run of articles (`UNTOC arts. 36-38`).
    #[inline]
    pub const fn articles(instrument: Instrument, first: u8, last: u8) -> Provision {
        assert!(first < last && last <= instrument.last_article());
        let mut p = Provision::article(instrument, first);
        p.last_article = last;
        p
    }

    #[inline]
    const fn push(mut self, part: Part) -> Provision {
        assert!(
            self.article == self.last_article,
            "a run of articles has no paragraphs"
        );
        let mut i = 0;
        while i < MAX_PARTS {
            if matches!(self.parts[i], Part::None) {
                self.parts[i] = part;
                return self;
            }
            i += 1;
        }
        panic!("pinpoint too deep");
    }

    /// Adds a paragraph number: `.para(1)` → `(1)`.
    #[inline]
    pub const fn para(self, n: u8) -> Provision {
        assert!(n >= 1);
        self.push(Part::Number(n))
    }

    /// Adds a subparagraph letter: `.letter('a')` → `(a)`.
    #[inline]
    pub const fn letter(self, c: char) -> Provision {
        assert!(c >= 'a' && c <= 'z');
        self.push(Part::Letter(c as u8))
    }

    /// Adds a roman-numeral item: `.roman(2)` → `(ii)`.
    #[inline]
    pub const fn roman(self, n: u8) -> Provision {
        assert!(n >= 1 && n <= 10);
        self.push(Part::Roman(n))
    }

    /// The instrument.
    pub const fn instrument(&self) -> Instrument {
        self.instrument
    }

    /// The (first) article number.
    pub const fn article_number(&self) -> u8 {
        self.article
    }

    /// The last article of a run (`38` in `arts. 36-38`); the article itself otherwise.
    pub const fn last_article_number(&self) -> u8 {
        self.last_article
    }

    /// The levels below the article, outermost first (`16(5)(a)` gives
    /// paragraph 5, then letter a): what a renderer in another language needs.
    pub fn pinpoint(&self) -> impl Iterator<Item = Pinpoint> + '_ {
        self.parts.iter().map_while(|p| match *p {
            Part::None => None,
            Part::Number(n) => Some(Pinpoint::Paragraph(n)),
            Part::Letter(c) => Some(Pinpoint::Letter(c as char)),
            Part::Roman(n) => Some(Pinpoint::Roman(ROMAN[n as usize - 1])),
        })
    }

    /// The paragraph number, if the pinpoint names one.
    pub fn paragraph_number(&self) -> Option<u8> {
        match self.parts[0] {
            Part::Number(n) => Some(n),
            _ => None,
        }
    }

    /// Checks that the paragraph number, if the pinpoint names one, exists in
    /// its article, where the article's division is encoded
    /// ([`Instrument::division`]); a pinpoint into an article whose division
    /// is not encoded passes.
    pub fn check_paragraph(&self) -> Result<(), NoSuchParagraph> {
        let Some(n) = self.paragraph_number() else {
            return Ok(());
        };
        if self.article != self.last_article {
            return Ok(());
        }
        let division = self.instrument.division(self.article);
        let exists = match division {
            Division::Paragraphs(count) => n <= count,
            Division::Unnumbered => false,
            Division::NotEncoded => true,
        };
        if exists {
            Ok(())
        } else {
            Err(NoSuchParagraph {
                provision: *self,
                division,
            })
        }
    }

    /// Whether `self` is `other` or lies inside it (`16(5)(a)` is within `16(5)` and `16`).
    pub fn is_within(&self, other: &Provision) -> bool {
        if self.instrument != other.instrument {
            return false;
        }
        if other.article != other.last_article {
            return self.article >= other.article && self.last_article <= other.last_article;
        }
        if self.article != other.article || self.last_article != self.article {
            return false;
        }
        other
            .parts
            .iter()
            .zip(self.parts.iter())
            .all(|(o, s)| matches!(o, Part::None) || o == s)
    }

    /// A slug usable in URLs and anchors: `untoc-16-5-a`.
    pub fn slug(&self) -> String {
        let mut s = format!("{}-{}", self.instrument.key(), self.article);
        if self.last_article != self.article {
            s.push_str(&format!("-to-{}", self.last_article));
        }
        for part in self.parts.iter() {
            match part {
                Part::None => break,
                Part::Number(n) => s.push_str(&format!("-{n}")),
                Part::Letter(c) => {
                    s.push('-');
                    s.push(*c as char)
                }
                Part::Roman(n) => {
                    s.push('-');
                    s.push_str(ROMAN[*n as usize - 1])
                }
            }
        }
        s
    }
}

const ROMAN: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

impl fmt::Display for Provision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.last_article != self.article {
            return write!(
                f,
                "{} arts. {}-{}",
                self.instrument.label(),
                self.article,
                self.last_article
            );
        }
        write!(f, "{} art. {}", self.instrument.label(), self.article)?;
        for part in self.parts.iter() {
            match part {
                Part::None => break,
                Part::Number(n) => write!(f, "({n})")?,
                Part::Letter(c) => write!(f, "({})", *c as char)?,
                Part::Roman(n) => write!(f, "({})", ROMAN[*n as usize - 1])?,
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Provision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Provision({self})")
    }
}

/// Why a pinpoint could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    input: String,
    reason: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot read `{}` as a provision: {} (expected e.g. `UNTOC art. 16(5)(a)`, `TIP art. 3(c)` or `art 18(8)`)",
            self.input, self.reason
        )
    }
}

impl ParseError {
    /// Whether the text reads as a pinpoint but names an article the
    /// instrument does not have (`99(1)`, `TIP art. 30`).
    pub fn is_no_such_article(&self) -> bool {
        self.reason.starts_with("no such article")
    }
}

impl std::error::Error for ParseError {}

impl FromStr for Provision {
    type Err = ParseError;

    /// Reads `UNTOC art. 16(5)(a)`, `UNTOC arts. 36-38`, `art 16(5)(a)`,
    /// `16(5)(a)` (the Convention is the default instrument), and the dotted
    /// form of finding ids, `art16.5.a`.
    fn from_str(input: &str) -> Result<Provision, ParseError> {
        let err = |reason| ParseError {
            input: input.to_string(),
            reason,
        };
        let mut rest = input.trim();
        let mut instrument = Instrument::Untoc;
        // Instrument label, then "art."/"arts."/"article".
        if let Some((head, tail)) = rest.split_once(|c: char| c.is_whitespace() || c == '.') {
            if let Some(found) = Instrument::from_label(head) {
                instrument = found;
                rest = tail.trim_start();
            }
        }
        let lower = rest.to_ascii_lowercase();
        for prefix in ["articles", "article", "arts.", "arts", "art.", "art"] {
            if lower.starts_with(prefix) {
                rest = rest[prefix.len()..].trim_start();
                break;
            }
        }
        // Article number (or run).
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(err("no article number"));
        }
        let article: u8 = rest[..digits]
            .parse()
            .map_err(|_| err("article number too large"))?;
        if article == 0 || article > instrument.last_article() {
            return Err(err(match instrument {
                Instrument::Untoc => "no such article: the Convention has 41 articles",
                Instrument::Tip => {
                    "no such article: the Trafficking in Persons Protocol has 20 articles"
                }
                Instrument::Som => {
                    "no such article: the Smuggling of Migrants Protocol has 25 articles"
                }
                Instrument::Firearms => "no such article: the Firearms Protocol has 21 articles",
            }));
        }
        rest = &rest[digits..];
        if let Some(tail) = rest.strip_prefix('-') {
            let n = tail.bytes().take_while(u8::is_ascii_digit).count();
            let last: u8 = tail[..n].parse().map_err(|_| err("bad article range"))?;
            if !tail[n..].trim().is_empty() || last <= article || last > instrument.last_article() {
                return Err(err("bad article range"));
            }
            return Ok(Provision::articles(instrument, article, last));
        }
        let mut p = Provision::article(instrument, article);
        let mut depth = 0;
        let dotted = rest.starts_with('.');
        while !rest.is_empty() {
            let item;
            if dotted {
                let Some(tail) = rest.strip_prefix('.') else {
                    return Err(err("expected `.` between parts"));
                };
                let end = tail.find('.').unwrap_or(tail.len());
                item = &tail[..end];
                rest = &tail[end..];
            } else {
                let Some(tail) = rest.strip_prefix('(') else {
                    return Err(err("expected `(` after the article number"));
                };
                let Some(end) = tail.find(')') else {
                    return Err(err("unclosed `(`"));
                };
                item = &tail[..end];
                rest = &tail[end + 1..];
            }
            if depth == MAX_PARTS {
                return Err(err("pinpoint too deep"));
            }
            let part = parse_part(item, depth, &p).ok_or_else(|| err("unreadable paragraph"))?;
            p = p.push(part);
            depth += 1;
        }
        Ok(p)
    }
}

fn parse_part(item: &str, depth: usize, so_far: &Provision) -> Option<Part> {
    if !item.is_empty() && item.bytes().all(|b| b.is_ascii_digit()) {
        let n: u8 = item.parse().ok()?;
        return (n >= 1).then_some(Part::Number(n));
    }
    // A roman numeral follows a letter (art. 5(1)(a)(ii)); a letter that
    // follows a roman numeral is the "a."/"b." of art. 5(1)(a)(ii).
    let previous = if depth == 0 {
        Part::None
    } else {
        so_far.parts[depth - 1]
    };
    if let Some(pos) = ROMAN.iter().position(|r| *r == item) {
        if matches!(previous, Part::Letter(_)) || item.len() > 1 {
            return Some(Part::Roman(pos as u8 + 1));
        }
    }
    let mut chars = item.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ 'a'..='z'), None) => Some(Part::Letter(c as u8)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
