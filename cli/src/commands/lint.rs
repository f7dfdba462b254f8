//! `cpanmeta lint`: find the units of work, lint them in parallel through the [`Run`] pipeline,
//! write the output in discovery order, end with a summary.

use std::time::Instant;

use anyhow::{bail, Result};

use crate::args::LintArgs;
use crate::discover;
use crate::exit::Exit;
use crate::output::{self, progress::Progress, Renderer, Totals, Writer};
use crate::parallel;
use crate::pipeline::Run;

pub fn run(args: &LintArgs) -> Result<Exit> {
    let start = Instant::now();
    // The command line's selectors and schemas are checked here, and `--config` read.
    let resolver = crate::config::Resolver::new(args)?;
    let fixes = crate::fix::Session::new(&args.fix);
    let mut units = discover::Units::new(&args.paths)?.peekable();
    if units.peek().is_none() {
        bail!("no META files found in the given paths");
    }
    let (stdout_tty, stderr_tty) = output::terminals();
    let color = output::use_color(
        args.color,
        stdout_tty,
        std::env::var_os("NO_COLOR").as_deref(),
    );
    let show_progress = !args.no_progress && (args.progress || stderr_tty);
    // The bar's total takes a second walk of the tree (directory listings only); without a bar
    // the tree is walked once, lazily.
    let total = if show_progress {
        discover::count(&args.paths)?
    } else {
        0
    };
    // Fixes write files and print diffs as they go: one file at a time, in order.
    let threads = if fixes.is_some() {
        Some(1)
    } else {
        args.threads
    };
    let run = Run::new(
        resolver,
        fixes,
        args.stdin_filename.clone(),
        Renderer::new(args.format, color),
    );
    let threads = threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        |n| n as usize,
    );
    let mut out = Writer::begin(args.format, Progress::new(show_progress, total), stdout_tty);
    let mut totals = Totals::default();
    parallel::ordered(
        units,
        threads,
        |unit| run.process(&unit),
        |outcome| out.unit(outcome, &mut totals),
    );
    let exit = run.post_run(&mut out, &totals, start.elapsed());
    if let Some(e) = out.output_error() {
        bail!("cannot write the output: {e}");
    }
    Ok(exit)
}
