//! Runs a job on every item on N threads and hands the results over in the items' order.
//!
//! Std threads and channels, no pool crate: the work is coarse (a unit of META files) and this is
//! all the scheduling it needs. Workers take items a few at a time ([`CHUNK`]): one lock, one
//! token and one result message per chunk rather than per item, because a META file lints in
//! tens of microseconds and a thread hand-over (a futex wake and a context switch) costs as
//! much; per item, those hand-overs were a fifth of a run's time. A slow item holds back only
//! the few items behind it in its chunk, which the in-order output would wait for anyway while
//! the other threads go on with later chunks. A reorder buffer on the calling thread releases
//! results in input order, so output is the same whatever the thread count. At most `window`
//! chunks are taken but not yet released, so memory stays flat however many items there are and
//! however slow one of them is. One thread runs everything on the calling thread.

use std::collections::BTreeMap;
use std::sync::{mpsc, Mutex, PoisonError};

/// The results of one chunk, in order; a panic ends it.
type Chunk<R> = Vec<std::thread::Result<R>>;

/// Items a worker takes at once.
const CHUNK: usize = 8;

/// Chunks in flight per thread: enough to keep every thread busy while one item is slow.
const WINDOW_PER_THREAD: usize = 4;

/// Calls `work` on every item on `threads` threads (at least one), and `sink` on the calling
/// thread with each result in the order of `items`. Items are drawn from the iterator only as
/// workers need them, so it may be lazy and long. When `sink` returns `false` (the output is no
/// longer wanted) no more items are started; each worker finishes at most the chunk it has. A
/// panic in `work` stops the run the same way and is then resumed on the calling thread, after
/// the results of the items before it.
pub fn ordered<I, T, R, W, S>(items: I, threads: usize, work: W, mut sink: S)
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    S: FnMut(R) -> bool,
{
    if threads <= 1 {
        for item in items {
            if !sink(work(item)) {
                break;
            }
        }
        return;
    }
    let window = threads * WINDOW_PER_THREAD;
    // A worker takes a token before taking a chunk; the sink gives one back per released chunk.
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        token_tx.send(()).expect("the receiver is alive");
    }
    let source = Mutex::new((token_rx, items, 0usize));
    let (result_tx, result_rx) = mpsc::channel::<(usize, Chunk<R>)>();
    let mut panic = None;
    let (source, work) = (&source, &work);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let result_tx = result_tx.clone();
            scope.spawn(move || loop {
                let (index, chunk) = {
                    let mut guard = source.lock().unwrap_or_else(PoisonError::into_inner);
                    let (tokens, items, next_chunk) = &mut *guard;
                    if tokens.recv().is_err() {
                        break;
                    }
                    let chunk: Vec<T> = items.by_ref().take(CHUNK).collect();
                    *next_chunk += 1;
                    (*next_chunk - 1, chunk)
                };
                if chunk.is_empty() {
                    break;
                }
                let mut results = Vec::with_capacity(chunk.len());
                let mut failed = false;
                for item in chunk {
                    // A panic is handed over like a result, so the other threads are not left
                    // waiting for tokens the missing results would have given back.
                    let result =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item)));
                    failed = result.is_err();
                    results.push(result);
                    if failed {
                        break;
                    }
                }
                if result_tx.send((index, results)).is_err() || failed {
                    break;
                }
            });
        }
        drop(result_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0usize;
        'receive: for (index, results) in result_rx {
            pending.insert(index, results);
            while let Some(results) = pending.remove(&next) {
                for result in results {
                    let result = match result {
                        Ok(r) => r,
                        Err(payload) => {
                            panic = Some(payload);
                            break 'receive;
                        }
                    };
                    if !sink(result) {
                        break 'receive;
                    }
                }
                next += 1;
                // Never blocks: at most `window` tokens are out.
                let _ = token_tx.send(());
            }
        }
        // Stopping early: without the receiver, workers stop at their next result; without
        // the token sender, at their next token once the buffered ones are gone.
        drop(token_tx);
    });
    if let Some(payload) = panic {
        std::panic::resume_unwind(payload);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_the_threads() {
        for threads in [1, 2, 3, 8] {
            let items: Vec<u64> = (0..500).collect();
            let mut got = Vec::new();
            ordered(
                items.into_iter(),
                threads,
                |i| {
                    // Uneven work, so later items often finish first.
                    if i % 7 == 0 {
                        std::thread::sleep(std::time::Duration::from_micros(300));
                    }
                    i * 2
                },
                |r| {
                    got.push(r);
                    true
                },
            );
            assert_eq!(
                got,
                (0..500).map(|i| i * 2).collect::<Vec<_>>(),
                "{threads}"
            );
        }
    }

    #[test]
    fn no_more_than_the_window_is_in_flight() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let taken = AtomicUsize::new(0);
        let mut released = 0usize;
        let threads = 2;
        ordered(
            0..1000u32,
            threads,
            |i| {
                taken.fetch_add(1, Ordering::SeqCst);
                if i == 0 {
                    // The first item is slow: the others must wait for it, not pile up.
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                i
            },
            |_| {
                released += 1;
                let in_flight = taken.load(Ordering::SeqCst) - released;
                assert!(
                    in_flight < threads * WINDOW_PER_THREAD * CHUNK,
                    "{in_flight}"
                );
                true
            },
        );
        assert_eq!(released, 1000);
    }

    #[test]
    fn no_items_no_calls() {
        let mut calls = 0;
        ordered(
            std::iter::empty::<u8>(),
            4,
            |x| x,
            |_| {
                calls += 1;
                true
            },
        );
        assert_eq!(calls, 0);
    }

    #[test]
    fn a_panic_in_a_worker_reaches_the_caller_instead_of_hanging() {
        let caught = std::panic::catch_unwind(|| {
            ordered(
                0..10_000u32,
                2,
                |i| {
                    assert!(i != 5, "item five");
                    i
                },
                |_| true,
            );
        });
        let payload = caught.expect_err("the panic is resumed");
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied());
        assert_eq!(message, Some("item five"));
    }

    #[test]
    fn the_items_before_a_panic_are_released_first() {
        for threads in [1, 2, 3] {
            let mut seen = Vec::new();
            let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                ordered(
                    0..100u32,
                    threads,
                    |i| {
                        assert!(i != 21, "item 21");
                        i
                    },
                    |i| {
                        seen.push(i);
                        true
                    },
                );
            }));
            assert!(caught.is_err());
            assert_eq!(seen, (0..21).collect::<Vec<_>>(), "{threads}");
        }
    }

    #[test]
    fn a_sink_that_stops_stops_the_workers() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let started = AtomicUsize::new(0);
        let mut seen = 0;
        let threads = 2;
        ordered(
            0..100_000u32,
            threads,
            |i| {
                started.fetch_add(1, Ordering::SeqCst);
                i
            },
            |_| {
                seen += 1;
                seen < 10
            },
        );
        assert_eq!(seen, 10);
        // The window, plus the chunk each worker may take from the buffered tokens.
        let started = started.load(Ordering::SeqCst);
        assert!(
            started <= 10 + (threads * WINDOW_PER_THREAD + threads) * CHUNK,
            "{started}"
        );
    }
}
