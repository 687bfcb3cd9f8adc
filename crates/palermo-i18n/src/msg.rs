//! A message as data: an id in the catalogues and typed arguments. Built
//! while reasoning without formatting anything; worded at the edge.

use std::sync::Arc;

use jiff::civil::Date;
use palermo_cite::Provision;
use palermo_refdata::StateCode;
use smallvec::SmallVec;

/// A message id with its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    /// The id in the catalogues (`art13-property-situated`).
    pub id: &'static str,
    /// Named arguments, in the order given.
    pub args: SmallVec<[(&'static str, Arg); 3]>,
}

/// One typed argument. Each language words it its own way.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A State, written as its name in the language with its code ("Kenya (KEN)").
    State(StateCode),
    /// A State's code alone ("KEN").
    Code(StateCode),
    /// A date, written as the language writes dates.
    Date(Date),
    /// A whole number (plural rules select on it).
    Num(i64),
    /// A provision, cited as the language cites.
    Cite(Provision),
    /// Another message without arguments, by id (a word chosen by the rule:
    /// a strength, a measure). Select expressions match on the id.
    Term(&'static str),
    /// Another message with its own arguments.
    Nested(Box<Msg>),
    /// Words from the case, kept as written (an offence's name).
    Text(Arc<str>),
    /// A yes/no choice; select expressions match it as `[true]` / `[false]`.
    Bool(bool),
    /// Several arguments, joined as the language joins a list ("a, b and c").
    List(Vec<Arg>),
}

impl Msg {
    /// A message without arguments.
    #[inline]
    pub const fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: SmallVec::new_const(),
        }
    }

    /// Adds an argument. Inlined, so that a chain of calls builds the
    /// message in place rather than moving it whole at each step.
    #[inline]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The argument with this name.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// Every message id this message uses: its own and those of the
    /// messages in its arguments, depth first.
    pub fn ids(&self) -> Vec<&'static str> {
        fn walk(m: &Msg, out: &mut Vec<&'static str>) {
            out.push(m.id);
            for (_, a) in &m.args {
                walk_arg(a, out);
            }
        }
        fn walk_arg(a: &Arg, out: &mut Vec<&'static str>) {
            match a {
                Arg::Term(id) => out.push(id),
                Arg::Nested(m) => walk(m, out),
                Arg::List(items) => items.iter().for_each(|i| walk_arg(i, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(self, &mut out);
        out
    }

    /// The same message with the case's own words (`Arg::Text`) replaced by
    /// `mask`, at any depth: for tests that look at the catalogue's words only.
    pub fn masked(&self, mask: &str) -> Msg {
        fn arg(a: &Arg, mask: &str) -> Arg {
            match a {
                Arg::Text(_) => Arg::text(mask),
                Arg::Nested(m) => Arg::Nested(Box::new(m.masked(mask))),
                Arg::List(items) => Arg::List(items.iter().map(|i| arg(i, mask)).collect()),
                other => other.clone(),
            }
        }
        Msg {
            id: self.id,
            args: self.args.iter().map(|(n, a)| (*n, arg(a, mask))).collect(),
        }
    }

    /// Whether no message has been set (the empty id).
    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }
}

/// The message rendered in English, without the case's State names: for
/// tests and debugging. Output for a reader goes through [`crate::Render`].
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::Render::new(crate::Lang::En).msg(self))
    }
}

impl Default for Msg {
    fn default() -> Msg {
        Msg::new("")
    }
}

impl Arg {
    /// A list of States, each with its name.
    pub fn states(codes: &[StateCode]) -> Arg {
        Arg::List(codes.iter().map(|&c| Arg::State(c)).collect())
    }

    /// A list of State codes.
    pub fn codes(codes: &[StateCode]) -> Arg {
        Arg::List(codes.iter().map(|&c| Arg::Code(c)).collect())
    }

    /// Words from the case.
    #[inline]
    pub fn text(s: impl Into<Arc<str>>) -> Arg {
        Arg::Text(s.into())
    }
}

impl From<StateCode> for Arg {
    #[inline]
    fn from(c: StateCode) -> Arg {
        Arg::State(c)
    }
}
impl From<bool> for Arg {
    #[inline]
    fn from(b: bool) -> Arg {
        Arg::Bool(b)
    }
}
impl From<Date> for Arg {
    #[inline]
    fn from(d: Date) -> Arg {
        Arg::Date(d)
    }
}
impl From<Provision> for Arg {
    #[inline]
    fn from(p: Provision) -> Arg {
        Arg::Cite(p)
    }
}
impl From<Msg> for Arg {
    #[inline]
    fn from(m: Msg) -> Arg {
        if m.args.is_empty() {
            Arg::Term(m.id)
        } else {
            Arg::Nested(Box::new(m))
        }
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as i64)
            }
        }
    )*};
}
num_arg!(i32, i64, u8, u16, u32, u64, usize);
