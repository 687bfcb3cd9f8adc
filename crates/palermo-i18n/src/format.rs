//! How each language writes a State with its code, a date, a list and a
//! citation. Kept in code, not in the catalogues: these follow fixed patterns
//! (CLDR for dates and lists) that translators need not restate.

use jiff::civil::Date;
use palermo_cite::{Instrument, Pinpoint, Provision};
use palermo_refdata::StateCode;

use crate::{names, Lang, Render};

/// "Kenya (KEN)"; "肯尼亚（KEN）" in Chinese. A State with no name on record
/// in the language takes the case's name, else its code alone.
pub(crate) fn state_label(r: &Render<'_>, code: StateCode, out: &mut String) {
    let name = names::state_name(code, r.lang())
        .or_else(|| r.names.iter().find(|(c, _)| *c == code).map(|(_, n)| &**n));
    match name {
        Some(n) if r.lang() == Lang::Zh => {
            out.push_str(n);
            out.push('（');
            out.push_str(code.as_str());
            out.push('）');
        }
        Some(n) => {
            out.push_str(n);
            out.push_str(" (");
            out.push_str(code.as_str());
            out.push(')');
        }
        None => out.push_str(code.as_str()),
    }
}

/// A State named in a message: as [`state_label`], and in English with
/// "the" before the names that take it in running text ("the Netherlands
/// (NLD)"; UNTERM's short names), "The" where it starts a sentence: at the
/// start of the message begun at `start` in `out`, after the end of a
/// sentence, or after an opening quotation mark. A name the case gives a
/// State of its own is written as given.
pub(crate) fn state_in_text(r: &Render<'_>, code: StateCode, out: &mut String, start: usize) {
    if r.lang() == Lang::En && names::takes_the_in_english(code) {
        let at = out.len();
        out.push_str(if starts_sentence(out, start, at) {
            "The "
        } else {
            "the "
        });
    }
    state_label(r, code, out)
}

/// Whether text written at `at` in `out` starts a sentence of the message
/// begun at `start`: nothing but spaces before it, or the end of a sentence
/// or an opening quotation mark.
pub(crate) fn starts_sentence(out: &str, start: usize, at: usize) -> bool {
    let before = out.get(start..at).unwrap_or_default().trim_end();
    before.is_empty() || before.ends_with(['.', '?', '!', '“'])
}

/// Upper-cases the ASCII letter at `at`, if there is one (English words).
pub(crate) fn capitalise_at(out: &mut str, at: usize) {
    if let Some(first) = out.get_mut(at..at + 1) {
        first.make_ascii_uppercase();
    }
}

pub(crate) const MONTHS: [[&str; 12]; 6] = [
    // ar (the UN's Arabic usage)
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    // en
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    // es
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    // fr
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    // ru (genitive, as in "1 мая 2024 г.")
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    // zh (unused: months are numbered)
    ["", "", "", "", "", "", "", "", "", "", "", ""],
];

/// "1 May 2024", "1er mai 2024", "1 de mayo de 2024", "1 мая 2024 г.",
/// "1 مايو 2024", "2024年5月1日" (CLDR long date patterns).
pub(crate) fn date(lang: Lang, d: Date, out: &mut String) {
    let (y, m, day) = (i64::from(d.year()), d.month() as usize, i64::from(d.day()));
    let month = MONTHS[lang as usize][m - 1];
    let day_month_year = |out: &mut String, between: &str| {
        push_int(out, day);
        out.push_str(between);
        out.push_str(month);
        out.push_str(between);
        push_int(out, y);
    };
    match lang {
        Lang::En | Lang::Ar => day_month_year(out, " "),
        Lang::Fr if day == 1 => {
            out.push_str("1er ");
            out.push_str(month);
            out.push(' ');
            push_int(out, y);
        }
        Lang::Fr => day_month_year(out, " "),
        Lang::Es => day_month_year(out, " de "),
        Lang::Ru => {
            day_month_year(out, " ");
            out.push_str(" г.");
        }
        Lang::Zh => {
            push_int(out, y);
            out.push('年');
            push_int(out, m as i64);
            out.push('月');
            push_int(out, day);
            out.push('日');
        }
    }
}

/// Appends `n` in decimal digits (as `{n}` writes it).
pub(crate) fn push_int(out: &mut String, n: i64) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Joins items as the language joins a list of things (CLDR "standard" list
/// patterns): "a, b and c", "a, b et c", "a, b y c", "a, b и c", "a، b وc",
/// "a、b和c".
pub(crate) fn join<'s>(
    lang: Lang,
    items: impl ExactSizeIterator<Item = &'s str>,
    out: &mut String,
) {
    let n = items.len();
    for (i, item) in items.enumerate() {
        if i > 0 {
            push_separator(lang, i + 1 == n, out);
        }
        let at = out.len();
        out.push_str(item);
        if i > 0 && i + 1 == n {
            after_last_separator(lang, out, at);
        }
    }
}

/// The separator before an item of a list, the last or another.
pub(crate) fn push_separator(lang: Lang, last: bool, out: &mut String) {
    let (sep, and) = match lang {
        Lang::Ar => ("، ", " و"),
        Lang::En => (", ", " and "),
        Lang::Es => (", ", " y "),
        Lang::Fr => (", ", " et "),
        Lang::Ru => (", ", " и "),
        Lang::Zh => ("、", "和"),
    };
    out.push_str(if last { and } else { sep });
}

/// Once the last item is written from `at`: Arabic joins "و" to the next
/// word, and to the quotation mark that opens a quoted one ("و«…»"); before
/// a word in Latin letters or digits (a code, a path) it stands apart.
pub(crate) fn after_last_separator(lang: Lang, out: &mut String, at: usize) {
    if lang == Lang::Ar && !out[at..].starts_with(|c| is_arabic(c) || c == '«') {
        out.insert(at, ' ');
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Subparagraph letters as Arabic legal texts write them, in the abjad order
/// (2(i) is 2(ط)).
const ABJAD: [&str; 26] = [
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق",
    "ر", "ش", "ت", "ث", "خ", "ذ", "ض",
];

/// "UNTOC art. 16(5)(a)"; the instrument's short name and the word for
/// "article" come from the catalogue (`cite-<instrument>`, `cite-art`,
/// `cite-arts`). Chinese writes 《公约》第16条第5款(a)项; Arabic puts the
/// article first, "المادة 16(5)(a) من الاتفاقية", as Arabic legal writing does.
pub(crate) fn cite(r: &Render<'_>, p: Provision, out: &mut String) {
    let words = r.cat.cite_words();
    let instrument = words[match p.instrument() {
        Instrument::Untoc => 0,
        Instrument::Tip => 1,
        Instrument::Som => 2,
        Instrument::Firearms => 3,
    }];
    let (first, last) = (
        i64::from(p.article_number()),
        i64::from(p.last_article_number()),
    );
    if r.lang() == Lang::Zh {
        out.push_str(instrument);
        out.push('第');
        push_int(out, first);
        if first != last {
            out.push('-');
            push_int(out, last);
            out.push('条');
            return;
        }
        out.push('条');
        for part in p.pinpoint() {
            match part {
                Pinpoint::Paragraph(n) => {
                    out.push('第');
                    push_int(out, i64::from(n));
                    out.push('款');
                }
                Pinpoint::Letter(c) => {
                    out.push('(');
                    out.push(c);
                    out.push_str(")项");
                }
                Pinpoint::Roman(s) => {
                    out.push('(');
                    out.push_str(s);
                    out.push_str(")目");
                }
            }
        }
        return;
    }
    let arabic = r.lang() == Lang::Ar;
    if !arabic {
        out.push_str(instrument);
        out.push(' ');
    }
    if first != last {
        out.push_str(words[5]);
        out.push(' ');
        push_int(out, first);
        out.push('-');
        push_int(out, last);
    } else {
        out.push_str(words[4]);
        out.push(' ');
        push_int(out, first);
        for part in p.pinpoint() {
            out.push('(');
            match part {
                Pinpoint::Paragraph(n) => push_int(out, i64::from(n)),
                Pinpoint::Letter(c) if arabic && c.is_ascii_lowercase() => {
                    out.push_str(ABJAD[(c as u8 - b'a') as usize])
                }
                Pinpoint::Letter(c) => out.push(c),
                Pinpoint::Roman(s) => out.push_str(s),
            }
            out.push(')');
        }
    }
    if arabic {
        out.push_str(" من ");
        out.push_str(instrument);
    }
}
