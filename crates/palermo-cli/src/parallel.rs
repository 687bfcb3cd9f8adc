//! Work over a list on several threads, results in the list's order: how
//! `palermo assess` reads and explains a caseload on every core.

/// `f` applied to each item, on up to `threads` scoped threads, each taking
/// one contiguous share of the list; the results come back in the items'
/// order. One thread, or a list too short to share, runs on the caller's
/// thread (no thread is started).
pub fn map_in_order<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    // Fewer than two items per thread do not pay for starting one.
    let threads = threads.min(items.len() / 2).max(1);
    if threads == 1 {
        return items.iter().map(&f).collect();
    }
    let share = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(share)
            .map(|chunk| scope.spawn(move || chunk.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for h in handles {
            match h.join() {
                Ok(part) => out.extend(part),
                // A worker's panic is the caller's: resume it here.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::map_in_order;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the number of threads and items, the results are those
        /// of a plain map, in the same order.
        #[test]
        fn same_as_a_plain_map(items in prop::collection::vec(any::<u32>(), 0..200), threads in 1usize..9) {
            let expected: Vec<u64> = items.iter().map(|&x| u64::from(x) * 3 + 1).collect();
            let got = map_in_order(&items, threads, |&x| u64::from(x) * 3 + 1);
            prop_assert_eq!(got, expected);
        }
    }

    /// Several threads run when the list is long enough to share.
    #[test]
    fn shares_a_long_list_between_threads() {
        let items: Vec<u32> = (0..64).collect();
        let ids = map_in_order(&items, 4, |_| std::thread::current().id());
        let mut distinct = ids.clone();
        distinct.sort_by_key(|id| format!("{id:?}"));
        distinct.dedup();
        assert_eq!(distinct.len(), 4, "{ids:?}");
    }
}
