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

const MONTHS: [[&str; 12]; 6] = [
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
    use std::fmt::Write as _;
    let (y, m, day) = (d.year(), d.month() as usize, d.day());
    let month = MONTHS[lang as usize][m - 1];
    // Writing into a String cannot fail.
    let _ = match lang {
        Lang::En | Lang::Ar => write!(out, "{day} {month} {y}"),
        Lang::Fr if day == 1 => write!(out, "1er {month} {y}"),
        Lang::Fr => write!(out, "{day} {month} {y}"),
        Lang::Es => write!(out, "{day} de {month} de {y}"),
        Lang::Ru => write!(out, "{day} {month} {y} г."),
        Lang::Zh => write!(out, "{y}年{m}月{day}日"),
    };
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
    let (sep, last) = match lang {
        Lang::Ar => ("، ", " و"),
        Lang::En => (", ", " and "),
        Lang::Es => (", ", " y "),
        Lang::Fr => (", ", " et "),
        Lang::Ru => (", ", " и "),
        Lang::Zh => ("、", "和"),
    };
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == n { last } else { sep });
            // Arabic joins "و" to the next word; before a word in Latin
            // letters or digits (a code, a path) it stands apart.
            if lang == Lang::Ar && i + 1 == n && !item.starts_with(is_arabic) {
                out.push(' ');
            }
        }
        out.push_str(item);
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
    use std::fmt::Write as _;
    let cat = r.cat;
    let instrument = cat.fixed(match p.instrument() {
        Instrument::Untoc => "cite-untoc",
        Instrument::Tip => "cite-tip",
        Instrument::Som => "cite-som",
        Instrument::Firearms => "cite-firearms",
    });
    let (first, last) = (p.article_number(), p.last_article_number());
    if r.lang() == Lang::Zh {
        out.push_str(instrument);
        if first != last {
            let _ = write!(out, "第{first}-{last}条");
            return;
        }
        let _ = write!(out, "第{first}条");
        for part in p.pinpoint() {
            let _ = match part {
                Pinpoint::Paragraph(n) => write!(out, "第{n}款"),
                Pinpoint::Letter(c) => write!(out, "({c})项"),
                Pinpoint::Roman(s) => write!(out, "({s})目"),
            };
        }
        return;
    }
    let arabic = r.lang() == Lang::Ar;
    if !arabic {
        out.push_str(instrument);
        out.push(' ');
    }
    if first != last {
        let _ = write!(out, "{} {first}-{last}", cat.fixed("cite-arts"));
    } else {
        let _ = write!(out, "{} {first}", cat.fixed("cite-art"));
        for part in p.pinpoint() {
            let _ = match part {
                Pinpoint::Paragraph(n) => write!(out, "({n})"),
                Pinpoint::Letter(c) if arabic && c.is_ascii_lowercase() => {
                    write!(out, "({})", ABJAD[(c as u8 - b'a') as usize])
                }
                Pinpoint::Letter(c) => write!(out, "({c})"),
                Pinpoint::Roman(s) => write!(out, "({s})"),
            };
        }
    }
    if arabic {
        out.push_str(" من ");
        out.push_str(instrument);
    }
}
