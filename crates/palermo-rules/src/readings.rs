//! Which readings of `--serious-crime-law` an assessment tells apart: where
//! the engine consults the reading, what each of the four readings would have
//! given there, so that [`crate::answer::sensitivity`] re-assesses only under
//! readings that can end somewhere else.

use crate::facts::SeriousCrimeLaw;
use crate::outcome::Outcome;

/// The four readings, in the order they are tried.
pub const READINGS: [SeriousCrimeLaw; 4] = [
    SeriousCrimeLaw::Requesting,
    SeriousCrimeLaw::Requested,
    SeriousCrimeLaw::Both,
    SeriousCrimeLaw::Either,
];

/// Position of a reading in [`READINGS`].
fn slot(law: SeriousCrimeLaw) -> usize {
    match law {
        SeriousCrimeLaw::Requesting => 0,
        SeriousCrimeLaw::Requested => 1,
        SeriousCrimeLaw::Both => 2,
        SeriousCrimeLaw::Either => 3,
    }
}

/// Pairs of readings an assessment told apart.
///
/// Where the engine consults the reading, it records the outcome each
/// reading would have given at that point; two readings that gave the same
/// outcome at every point it consulted run every rule of that assessment to
/// the same outcomes (a rule reads the outcomes of the rules before it and
/// the case, nothing else that a reading changes), so their answers agree.
/// This holds for the readings alike *in the assessment that recorded
/// them*: a reading that differs from it somewhere takes its own path from
/// there, which only its own assessment records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadingSplit {
    /// Bit `4 * i + j`: readings `i` and `j` (positions in [`READINGS`])
    /// gave different outcomes somewhere.
    apart: u16,
}

impl ReadingSplit {
    /// Records a point where the readings give these outcomes, in the order
    /// of [`READINGS`].
    pub(crate) fn record(&mut self, outcomes: [Outcome; 4]) {
        for i in 0..4 {
            for j in 0..4 {
                if outcomes[i] != outcomes[j] {
                    self.apart |= 1 << (4 * i + j);
                }
            }
        }
    }

    /// Records a point where the two States' results are combined as the
    /// reading says: the requesting State's, the requested State's, both
    /// (conjunction), either (disjunction).
    pub(crate) fn record_pair(&mut self, requesting: Outcome, requested: Outcome) {
        self.record([
            requesting,
            requested,
            Outcome::and(requesting, requested),
            Outcome::or(requesting, requested),
        ])
    }

    /// Records a point where what the reading changes is not known in
    /// outcomes (which States' law a rule is handed): every reading may
    /// end elsewhere.
    pub(crate) fn record_unknown(&mut self) {
        *self = ReadingSplit::everything_apart();
    }

    /// Every reading apart from every other (nothing known alike).
    pub fn everything_apart() -> ReadingSplit {
        // All pairs but a reading with itself (bits 0, 5, 10, 15).
        ReadingSplit {
            apart: !0b1000_0100_0010_0001,
        }
    }

    /// Whether the two readings gave the same outcome everywhere the
    /// assessment consulted the reading, so that they give the same answer.
    pub fn alike(self, a: SeriousCrimeLaw, b: SeriousCrimeLaw) -> bool {
        self.apart & (1 << (4 * slot(a) + slot(b))) == 0
    }

    /// Whether any reading differs from `law` somewhere.
    pub fn any_apart_from(self, law: SeriousCrimeLaw) -> bool {
        READINGS.iter().any(|&other| !self.alike(law, other))
    }
}

#[cfg(test)]
mod tests {
    use super::{ReadingSplit, READINGS};
    use crate::facts::SeriousCrimeLaw as L;
    use crate::outcome::Outcome::*;

    #[test]
    fn nothing_recorded_keeps_every_reading_alike() {
        let s = ReadingSplit::default();
        for a in READINGS {
            for b in READINGS {
                assert!(s.alike(a, b));
            }
            assert!(!s.any_apart_from(a));
        }
    }

    #[test]
    fn a_pair_that_differs_splits_the_readings_in_two() {
        // Requesting yes, requested no: both is no, either is yes.
        let mut s = ReadingSplit::default();
        s.record_pair(Yes, No);
        assert!(s.alike(L::Requesting, L::Either));
        assert!(s.alike(L::Requested, L::Both));
        assert!(!s.alike(L::Requesting, L::Requested));
        assert!(!s.alike(L::Both, L::Either));
        assert!(s.any_apart_from(L::Requesting));
        // Open on one side: both is open, either is yes.
        let mut s = ReadingSplit::default();
        s.record_pair(Yes, Undetermined);
        assert!(s.alike(L::Requested, L::Both));
        assert!(s.alike(L::Requesting, L::Either));
        // A second point can split the pairs the first kept together:
        // requesting no, requested open, so both is no and either open.
        s.record_pair(No, DependsOnDomesticLaw);
        assert!(!s.alike(L::Requesting, L::Either));
        assert!(!s.alike(L::Requested, L::Both));
        assert!(s.alike(L::Both, L::Both));
    }

    #[test]
    fn an_equal_pair_splits_nothing() {
        let mut s = ReadingSplit::default();
        s.record_pair(Undetermined, Undetermined);
        assert_eq!(s, ReadingSplit::default());
    }

    #[test]
    fn an_unknown_point_splits_every_pair_but_a_reading_from_itself() {
        let mut s = ReadingSplit::default();
        s.record_unknown();
        for a in READINGS {
            for b in READINGS {
                assert_eq!(s.alike(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }
}
