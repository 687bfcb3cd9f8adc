//! A table of records that finds each State's rows without a hash map, and
//! builds the embedded data's records only for the States asked about.
//!
//! A one-shot `palermo assess` names two or three States; building all 2,600
//! records of the embedded data and hashing them into indexes took a third
//! of its instructions. A [`Table`] holds its rows' States as a sorted index
//! (computed by the build script for the embedded data), and each State's
//! records are made on the first question about that State; the whole table
//! in file order is made only when something asks for all of it.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::StateCode;

/// Which rows of a table belong to which State: the States in code order,
/// each with the span of [`StateIndex::positions`] that lists its rows'
/// numbers in file order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StateIndex {
    /// `(State, start, end)`, sorted by State; `start..end` in `positions`.
    pub(crate) states: Cow<'static, [(StateCode, u32, u32)]>,
    /// Row numbers, grouped by State in the order of `states`.
    pub(crate) positions: Cow<'static, [u32]>,
}

impl StateIndex {
    /// The index of rows whose States are `states`, in file order.
    pub(crate) fn new(states: impl Iterator<Item = StateCode>) -> StateIndex {
        let mut rows: Vec<(StateCode, u32)> = states
            .enumerate()
            .map(|(i, s)| {
                (
                    s,
                    u32::try_from(i).expect("a table has fewer than 2^32 rows"),
                )
            })
            .collect();
        // Stable: a State's rows keep their file order.
        rows.sort_by_key(|&(s, _)| s);
        let mut index: Vec<(StateCode, u32, u32)> = Vec::new();
        for (at, &(s, _)) in rows.iter().enumerate() {
            let at = at as u32;
            match index.last_mut() {
                Some(last) if last.0 == s => last.2 = at + 1,
                _ => index.push((s, at, at + 1)),
            }
        }
        StateIndex {
            states: Cow::Owned(index),
            positions: Cow::Owned(rows.into_iter().map(|(_, i)| i).collect()),
        }
    }

    /// The index compiled in by the build script.
    pub(crate) const fn compiled(
        states: &'static [(StateCode, u32, u32)],
        positions: &'static [u32],
    ) -> StateIndex {
        StateIndex {
            states: Cow::Borrowed(states),
            positions: Cow::Borrowed(positions),
        }
    }

    /// The place of `state` in [`StateIndex::states`], if it has rows.
    fn find(&self, state: StateCode) -> Option<usize> {
        let key = state.sort_key();
        self.states
            .binary_search_by_key(&key, |e| e.0.sort_key())
            .ok()
    }

    /// The row numbers of the State at `place`, in file order.
    fn rows(&self, place: usize) -> &[u32] {
        let (_, start, end) = self.states[place];
        &self.positions[start as usize..end as usize]
    }
}

/// Row `i` of a table compiled into the binary, made into its record.
pub(crate) type MakeRow<T> = fn(usize) -> T;

/// The rows of one data file, all of them in file order and each State's.
#[derive(Clone)]
pub(crate) struct Table<T: 'static> {
    /// Every row in file order: the parsed rows, or the compiled ones once
    /// something asks for the whole table.
    all: OnceLock<Vec<T>>,
    /// For the embedded data: the number of rows and how to make row `i`.
    compiled: Option<(usize, MakeRow<T>)>,
    index: StateIndex,
    /// Each State's rows, by its place in the index, made on first use.
    groups: OnceLock<Box<[OnceLock<Vec<T>>]>>,
}

impl<T: Clone> Table<T> {
    /// A table of parsed rows.
    pub(crate) fn parsed(rows: Vec<T>, state: impl Fn(&T) -> StateCode) -> Table<T> {
        let index = StateIndex::new(rows.iter().map(state));
        Table {
            all: OnceLock::from(rows),
            compiled: None,
            index,
            groups: OnceLock::new(),
        }
    }

    /// A table compiled into the binary: `len` rows, row `i` made by `make`,
    /// indexed by the build script.
    pub(crate) fn compiled(len: usize, make: MakeRow<T>, index: StateIndex) -> Table<T> {
        Table {
            all: OnceLock::new(),
            compiled: Some((len, make)),
            index,
            groups: OnceLock::new(),
        }
    }

    /// Every row, in file order.
    pub(crate) fn all(&self) -> &[T] {
        self.all.get_or_init(|| match self.compiled {
            Some((len, make)) => (0..len).map(make).collect(),
            None => Vec::new(),
        })
    }

    /// The rows of `state`, in file order (none if it has none).
    pub(crate) fn of(&self, state: StateCode) -> &[T] {
        let Some(place) = self.index.find(state) else {
            return &[];
        };
        let groups = self.groups.get_or_init(|| {
            (0..self.index.states.len())
                .map(|_| OnceLock::new())
                .collect()
        });
        groups[place].get_or_init(|| {
            let rows = self.index.rows(place).iter().map(|&i| i as usize);
            match (self.all.get(), self.compiled) {
                (Some(all), _) => rows.map(|i| all[i].clone()).collect(),
                (None, Some((_, make))) => rows.map(make).collect(),
                (None, None) => Vec::new(),
            }
        })
    }

    /// The first row of `state` in file order.
    pub(crate) fn first_of(&self, state: StateCode) -> Option<&T> {
        self.of(state).first()
    }

    /// The index, for the build script to compile in.
    #[allow(dead_code)] // the crate itself reads it through `of`
    pub(crate) fn index(&self) -> &StateIndex {
        &self.index
    }
}

/// Two tables are equal when their rows are, however far each was built.
impl<T: Clone + PartialEq> PartialEq for Table<T> {
    fn eq(&self, other: &Table<T>) -> bool {
        self.all() == other.all()
    }
}

impl<T: Clone + std::fmt::Debug> std::fmt::Debug for Table<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.all()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> StateCode {
        s.parse().unwrap()
    }

    #[derive(Clone, Debug, PartialEq)]
    struct Row(StateCode, u32);

    const ROWS: [(&str, u32); 6] = [
        ("XAB", 0),
        ("XAA", 1),
        ("XAB", 2),
        ("XAC", 3),
        ("XAA", 4),
        ("XAB", 5),
    ];

    fn rows() -> Vec<Row> {
        ROWS.iter().map(|&(s, n)| Row(code(s), n)).collect()
    }

    fn make(i: usize) -> Row {
        Row(code(ROWS[i].0), ROWS[i].1)
    }

    #[test]
    fn each_state_gets_its_rows_in_file_order_parsed_or_compiled() {
        let parsed = Table::parsed(rows(), |r| r.0);
        let index = StateIndex::new(rows().iter().map(|r| r.0));
        let compiled = Table::compiled(ROWS.len(), make, index);
        for t in [&parsed, &compiled] {
            assert_eq!(
                t.of(code("XAA")),
                [Row(code("XAA"), 1), Row(code("XAA"), 4)]
            );
            let xab: Vec<u32> = t.of(code("XAB")).iter().map(|r| r.1).collect();
            assert_eq!(xab, [0, 2, 5]);
            assert_eq!(t.first_of(code("XAC")), Some(&Row(code("XAC"), 3)));
            assert!(t.of(code("XAD")).is_empty());
            assert!(t.first_of(code("XAD")).is_none());
            let states: Vec<StateCode> = t.index().states.iter().map(|e| e.0).collect();
            assert_eq!(states, [code("XAA"), code("XAB"), code("XAC")]);
        }
        assert_eq!(compiled.all(), rows());
        assert_eq!(parsed, compiled);
    }

    #[test]
    fn a_compiled_table_makes_only_the_rows_asked_for() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static MADE: AtomicUsize = AtomicUsize::new(0);
        fn counted(i: usize) -> Row {
            MADE.fetch_add(1, Ordering::Relaxed);
            make(i)
        }
        let index = StateIndex::new(rows().iter().map(|r| r.0));
        let t = Table::compiled(ROWS.len(), counted, index);
        assert_eq!(t.of(code("XAA")).len(), 2);
        assert_eq!(t.of(code("XAA")).len(), 2);
        assert_eq!(MADE.load(Ordering::Relaxed), 2, "XAA's two rows, once");
        assert_eq!(t.all().len(), 6);
        assert_eq!(MADE.load(Ordering::Relaxed), 8);
    }

    #[test]
    fn an_empty_table_answers_every_question() {
        let t: Table<Row> = Table::parsed(Vec::new(), |r| r.0);
        assert!(t.all().is_empty());
        assert!(t.of(code("XAA")).is_empty());
        assert!(t.index().states.is_empty());
    }
}
