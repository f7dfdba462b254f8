//! A progress bar on standard error for long runs: files done of total, findings so far, elapsed
//! time. Redrawn at most ten times a second, so drawing never costs more than the linting; cleared
//! before anything else is written to the same terminal and at the end.

use std::io::Write;
use std::time::{Duration, Instant};

/// The shortest time between two redraws.
const REDRAW_EVERY: Duration = Duration::from_millis(100);

/// Width of the bar itself, in characters.
const BAR_WIDTH: usize = 30;

#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    total: usize,
    done: usize,
    findings: usize,
    start: Instant,
    last_draw: Option<Instant>,
    drawn: bool,
}

impl Progress {
    /// A bar for `total` inputs; `enabled: false` makes every call a no-op.
    pub fn new(enabled: bool, total: usize) -> Self {
        Self {
            enabled,
            total,
            done: 0,
            findings: 0,
            start: Instant::now(),
            last_draw: None,
            drawn: false,
        }
    }

    /// Counts `inputs` more done; says whether it is time to redraw.
    pub fn tick(&mut self, inputs: usize, findings: usize) -> bool {
        self.done += inputs;
        self.findings += findings;
        self.enabled && self.last_draw.is_none_or(|t| t.elapsed() >= REDRAW_EVERY)
    }

    pub fn is_drawn(&self) -> bool {
        self.drawn
    }

    /// Draws the bar over the current line.
    pub fn draw(&mut self) {
        if !self.enabled {
            return;
        }
        self.last_draw = Some(Instant::now());
        let line = line(self.done, self.total, self.findings, self.start.elapsed());
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}").and_then(|()| err.flush());
        self.drawn = true;
    }

    /// Erases the bar, if it is showing.
    pub fn clear(&mut self) {
        if self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K").and_then(|()| err.flush());
            self.drawn = false;
        }
    }
}

/// `[=========>          ] 1234/5000 files  56 findings  3.2s`
fn line(done: usize, total: usize, findings: usize, elapsed: Duration) -> String {
    let filled = (done * BAR_WIDTH)
        .checked_div(total)
        .unwrap_or(BAR_WIDTH)
        .min(BAR_WIDTH);
    let mut bar = "=".repeat(filled);
    if filled < BAR_WIDTH {
        bar.push('>');
        bar.push_str(&" ".repeat(BAR_WIDTH - filled - 1));
    }
    format!(
        "[{bar}] {done}/{total} files  {findings} finding{}  {:.1}s",
        if findings == 1 { "" } else { "s" },
        elapsed.as_secs_f64()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_files_done() {
        assert_eq!(
            line(0, 10, 0, Duration::ZERO),
            format!("[>{}] 0/10 files  0 findings  0.0s", " ".repeat(29))
        );
        assert_eq!(
            line(5, 10, 1, Duration::from_millis(1500)),
            format!(
                "[{}>{}] 5/10 files  1 finding  1.5s",
                "=".repeat(15),
                " ".repeat(14)
            )
        );
        assert_eq!(
            line(10, 10, 2, Duration::ZERO),
            format!("[{}] 10/10 files  2 findings  0.0s", "=".repeat(30))
        );
    }

    #[test]
    fn redraws_at_most_every_tenth_of_a_second() {
        let mut p = Progress::new(true, 100);
        assert!(p.tick(1, 0), "the first tick draws");
        p.last_draw = Some(Instant::now());
        assert!(!p.tick(1, 0));
        p.last_draw = Instant::now().checked_sub(REDRAW_EVERY);
        assert!(p.tick(1, 0));
        let mut off = Progress::new(false, 100);
        assert!(!off.tick(1, 0));
    }
}
