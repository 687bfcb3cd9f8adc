//! What the index holds: one entry per finding and per paragraph not encoded
//! (in English, as `palermo explain` words them), per crime type and per
//! mandate of the crime catalogue, per penalty row, per notification or
//! declaration, and per competent authority, each with its State, articles,
//! crime type and where it comes from.

use palermo_cite::{Instrument, Provision};
use palermo_i18n::{Lang, Render};
use palermo_refdata::{Declaration, DeclarationKind, RefData, StateCode};
use palermo_rules::catalogue;

use crate::{Kind, Origin};

/// One searchable record.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub kind: Kind,
    pub title: String,
    pub body: String,
    pub state: Option<StateCode>,
    /// Article keys (`16`, `SOM 8`): see [`article_key`].
    pub articles: Vec<String>,
    pub crime_type: Option<String>,
    pub origin: Origin,
}

/// The key of an article in the `article` facet: the number for the
/// Convention (`16`), the Protocol's label and the number otherwise
/// (`TIP 5`, `SOM 8`, `FP 13`).
pub fn article_key(instrument: Instrument, article: u8) -> String {
    match instrument {
        Instrument::Untoc => article.to_string(),
        other => format!("{} {article}", other.label()),
    }
}

/// The article keys a provision covers (one, or each of a range).
fn provision_articles(p: &Provision) -> Vec<String> {
    (p.article_number()..=p.last_article_number().max(p.article_number()))
        .map(|n| article_key(p.instrument(), n))
        .collect()
}

/// The leading number of an article as the data codes it (`18(13)` → 18).
fn leading_number(s: &str) -> Option<u8> {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// "Kenya (KEN)", or the code alone.
fn label(data: &RefData, s: StateCode) -> String {
    match data.state_label(s) {
        Some(l) => l.to_string(),
        None => s.to_string(),
    }
}

fn data_origin(file: &str, source: &palermo_refdata::Source) -> Origin {
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Origin::Data {
        file: file.to_string(),
        line: source.line,
        source_url: opt(&source.url),
        source_as_of: opt(&source.as_of),
        note: None,
    }
}

/// Every entry, in a fixed order: provisions, crimes, penalties,
/// notifications, authorities.
pub(crate) fn entries(data: &RefData) -> Vec<Entry> {
    let mut out = Vec::with_capacity(1024);
    provisions(&mut out);
    crimes(data, &mut out);
    penalties(data, &mut out);
    notifications(data, &mut out);
    authorities(data, &mut out);
    out
}

fn provisions(out: &mut Vec<Entry>) {
    let r = Render::new(Lang::En);
    for s in catalogue::all() {
        out.push(Entry {
            kind: Kind::Provision,
            title: format!("{} — {}", s.citation, s.id),
            body: r.msg(&s.describe()),
            state: None,
            articles: provision_articles(&s.citation),
            crime_type: None,
            origin: Origin::Provision {
                citation: s.citation.to_string(),
                finding: Some(s.id.to_string()),
            },
        });
    }
    for (citation, id) in catalogue::not_encoded() {
        out.push(Entry {
            kind: Kind::Provision,
            title: format!("{citation} — not encoded"),
            body: r.t(id),
            state: None,
            articles: provision_articles(citation),
            crime_type: None,
            origin: Origin::Provision {
                citation: citation.to_string(),
                finding: None,
            },
        });
    }
}

/// `untoc.art5` → the key of UNTOC art. 5.
fn offence_article(o: &str) -> Option<String> {
    let (instrument, article) = o.split_once(".art")?;
    let instrument = Instrument::ALL
        .into_iter()
        .find(|i| i.key() == instrument)?;
    Some(article_key(instrument, leading_number(article)?))
}

fn crimes(data: &RefData, out: &mut Vec<Entry>) {
    let file = palermo_refdata::CATALOGUE_FILE;
    for c in data.crimes() {
        let note = (!c.paper_paragraphs.is_empty())
            .then(|| format!("background paper, paras. {}", c.paper_paragraphs));
        let origin = Origin::Data {
            file: file.to_string(),
            line: c.line,
            source_url: None,
            source_as_of: None,
            note,
        };
        let mut articles: Vec<String> = c
            .convention_offences
            .iter()
            .filter_map(|o| offence_article(o))
            .collect();
        articles.dedup();
        let mut body = c.description.clone();
        for list in [&c.other_instruments, &c.caveats, &c.unodc_tools] {
            for item in list.iter() {
                body.push(' ');
                body.push_str(item);
            }
        }
        out.push(Entry {
            kind: Kind::Crime,
            title: format!("{} ({})", c.name, c.id),
            body,
            state: None,
            articles: articles.clone(),
            crime_type: Some(c.id.clone()),
            origin: origin.clone(),
        });
        for m in &c.mandates {
            let date = m.date.map_or(String::new(), |d| format!(" ({d})"));
            out.push(Entry {
                kind: Kind::Crime,
                title: format!("{}{date} — mandate on {}", m.symbol, c.name),
                body: m.gist.clone(),
                state: None,
                articles: Vec::new(),
                crime_type: Some(c.id.clone()),
                origin: origin.clone(),
            });
        }
    }
}

fn penalties(data: &RefData, out: &mut Vec<Entry>) {
    for p in data.all_penalties() {
        let crime = data
            .crime(&p.crime_type)
            .map_or(p.crime_type.clone(), |c| c.name.clone().into());
        let mut body = format!(
            "{}, {}: maximum {}. Crime type: {crime} ({}).",
            p.offence_label, p.provision, p.max, p.crime_type
        );
        if let Some(f) = p.flag {
            body.push_str(&format!(" Caution: {}.", f.describe()));
        }
        if !p.notes.is_empty() {
            body.push(' ');
            body.push_str(&p.notes);
        }
        out.push(Entry {
            kind: Kind::Penalty,
            title: format!(
                "{}: {} — {}",
                label(data, p.state),
                p.offence_label,
                p.provision
            ),
            body,
            state: Some(p.state),
            // The engine reads penalties for "serious crime" (art. 2(b)).
            articles: vec![article_key(Instrument::Untoc, 2)],
            crime_type: Some(p.crime_type.to_string()),
            origin: data_origin(p.source.file, &p.source),
        });
    }
}

fn declaration_title(data: &RefData, d: &Declaration) -> String {
    let kind = match d.kind {
        DeclarationKind::Reservation => "reservation",
        DeclarationKind::Declaration => "declaration",
        DeclarationKind::Notification => "notification",
    };
    let article = if leading_number(&d.article).is_some() {
        format!("art. {}", d.article)
    } else {
        d.article.to_string()
    };
    format!(
        "{}: {} {article} {kind}",
        label(data, d.state),
        d.instrument.label()
    )
}

fn notifications(data: &RefData, out: &mut Vec<Entry>) {
    for d in data.all_declarations() {
        let mut body = d.summary.to_string();
        if let Some(l) = &d.languages {
            body.push_str(&format!(" Languages: {}.", l.codes.join(", ")));
        }
        out.push(Entry {
            kind: Kind::Notification,
            title: declaration_title(data, d),
            body,
            state: Some(d.state),
            articles: leading_number(&d.article)
                .map(|n| article_key(d.instrument, n))
                .into_iter()
                .collect(),
            crime_type: None,
            origin: data_origin(d.source.file, &d.source),
        });
    }
}

fn authorities(data: &RefData, out: &mut Vec<Entry>) {
    for a in data.all_authorities() {
        let mut body = format!(
            "{} of {}: {}.",
            a.function.describe(),
            label(data, a.state),
            a.authority
        );
        for (what, v) in [
            ("Languages", a.languages.join(", ")),
            ("Channels", a.channels.to_string()),
            ("Contact", a.contact.to_string()),
        ] {
            if !v.is_empty() {
                body.push_str(&format!(" {what}: {v}."));
            }
        }
        if !a.notes.is_empty() {
            body.push(' ');
            body.push_str(&a.notes);
        }
        out.push(Entry {
            kind: Kind::Authority,
            title: format!(
                "{}: {} ({})",
                label(data, a.state),
                a.authority,
                a.function.as_str()
            ),
            body,
            state: Some(a.state),
            articles: a
                .function
                .provision()
                .map(|p| provision_articles(&p))
                .unwrap_or_default(),
            crime_type: None,
            origin: data_origin(a.source.file, &a.source),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_keys() {
        assert_eq!(article_key(Instrument::Untoc, 16), "16");
        assert_eq!(article_key(Instrument::Som, 8), "SOM 8");
        assert_eq!(offence_article("untoc.art5").as_deref(), Some("5"));
        assert_eq!(offence_article("firearms.art5").as_deref(), Some("FP 5"));
        assert_eq!(offence_article("nonsense"), None);
        assert_eq!(leading_number("18(13)"), Some(18));
        assert_eq!(leading_number("territorial"), None);
        let range = Provision::articles(Instrument::Untoc, 36, 38);
        assert_eq!(provision_articles(&range), ["36", "37", "38"]);
    }
}
