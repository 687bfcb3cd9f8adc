//! Palermo in the six UN languages: messages with typed arguments ([`Msg`]),
//! the Fluent catalogues that word them ([`Catalogue`]), State names, dates,
//! lists and citations as each language writes them.
//!
//! The rules build [`Msg`] values (an id and typed arguments) and never
//! format text; the edge renders them with [`Render`] in the language asked.
//! The catalogues are read at build time and compiled into the crate as
//! static data (see `build.rs`), and so is the table of State names: nothing
//! here reads a file, and nothing is parsed at start-up.

mod catalogue;
mod format;
mod ftl;
mod lang;
mod msg;
mod names;
#[cfg(test)]
mod names_table;

pub use catalogue::{Catalogue, MessageInfo};
pub use ftl::CatalogueError;
pub use lang::Lang;
pub use msg::{Arg, Msg};
pub use names::state_name;

use std::sync::Arc;

use palermo_refdata::StateCode;

/// Renders messages in one language, with the names the case gives its own
/// (fictional) States.
#[derive(Clone, Copy)]
pub struct Render<'a> {
    cat: &'static Catalogue,
    names: &'a [(StateCode, Arc<str>)],
}

impl<'a> Render<'a> {
    /// A renderer for `lang`.
    pub fn new(lang: Lang) -> Render<'static> {
        Render {
            cat: Catalogue::get(lang),
            names: &[],
        }
    }

    /// The same, falling back on these names for States with no name on
    /// record in the language (the case's own `name`).
    pub fn with_names(self, names: &'a [(StateCode, Arc<str>)]) -> Render<'a> {
        Render {
            cat: self.cat,
            names,
        }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.cat.lang()
    }

    /// The catalogue.
    pub fn catalogue(&self) -> &'static Catalogue {
        self.cat
    }

    /// The message as text.
    pub fn msg(&self, m: &Msg) -> String {
        let mut s = String::with_capacity(96);
        self.write(m, &mut s);
        s
    }

    /// Appends the message's text to `out`.
    pub fn write(&self, m: &Msg, out: &mut String) {
        self.cat.write(m.id, &m.args, self, out, 0);
    }

    /// A message without arguments (a heading, a label).
    pub fn t(&self, id: &str) -> String {
        let mut s = String::new();
        self.cat.write_dyn(id, &[], self, &mut s, 0);
        s
    }

    /// Appends a message without arguments, named in the program, to `out`.
    pub fn write_t(&self, id: &'static str, out: &mut String) {
        self.cat.write(id, &[], self, out, 0);
    }

    /// "Kenya (KEN)" in the language; the case's own name, or the code alone,
    /// when none is on record.
    pub fn state(&self, code: StateCode) -> String {
        let mut s = String::new();
        format::state_label(self, code, &mut s);
        s
    }

    /// The State's name alone ("Kenya"), or its code when none is known.
    pub fn state_name(&self, code: StateCode) -> String {
        match names::state_name(code, self.lang()) {
            Some(n) => n.to_string(),
            None => match self.names.iter().find(|(c, _)| *c == code) {
                Some((_, n)) => n.to_string(),
                None => code.to_string(),
            },
        }
    }

    /// A date as the language writes it ("1 May 2024", "2024年5月1日").
    pub fn date(&self, d: jiff::civil::Date) -> String {
        let mut s = String::new();
        format::date(self.lang(), d, &mut s);
        s
    }

    /// A citation as the language writes it ("UNTOC art. 16(5)(a)").
    pub fn cite(&self, p: palermo_cite::Provision) -> String {
        let mut s = String::new();
        self.write_cite(p, &mut s);
        s
    }

    /// Appends a citation to `out`.
    pub fn write_cite(&self, p: palermo_cite::Provision, out: &mut String) {
        format::cite(self, p, out);
    }

    /// "a, b and c" in the language.
    pub fn list(&self, items: &[String]) -> String {
        let mut s = String::new();
        format::join(self.lang(), items.iter().map(String::as_str), &mut s);
        s
    }
}

#[cfg(test)]
mod tests;
