//! `cpanmeta lint`: find the units of work, lint them in parallel through the [`Run`] pipeline,
//! write the output in discovery order, end with a summary.

use std::time::Instant;

use anyhow::{bail, Context, Result};
use cpanmeta::{LintOptions, Mode};

use crate::args::{LintArgs, ModeArg};
use crate::discover;
use crate::exit::Exit;
use crate::output::{self, progress::Progress, Renderer, Totals, Writer};
use crate::parallel;
use crate::pipeline::Run;

pub fn run(args: &LintArgs) -> Result<Exit> {
    let start = Instant::now();
    let options = options(args)?;
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
    let run = Run::new(
        options,
        args.stdin_filename.clone(),
        Renderer::new(args.format, color),
    );
    let threads = args.threads.map_or_else(
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

fn options(args: &LintArgs) -> Result<LintOptions> {
    let mode = match args.mode {
        ModeArg::Strict => Mode::Strict,
        ModeArg::Compat => Mode::Compat,
    };
    let mut options = LintOptions::new(mode);
    for s in args.select.iter().chain(&args.ignore) {
        if !cpanmeta::registry::selector_is_known(s) {
            bail!(
                "`{s}` names no rule (use a code such as CM101, a prefix, a rule name or a group)"
            );
        }
    }
    options.select.clone_from(&args.select);
    options.ignore.clone_from(&args.ignore);
    for path in &args.schemas {
        let name = path.display().to_string();
        let text = std::fs::read(path).with_context(|| format!("cannot read schema `{name}`"))?;
        let value: serde_json::Value = serde_json::from_slice(&text)
            .with_context(|| format!("schema `{name}` is not JSON"))?;
        let schema = cpanmeta::schema::UserSchema::compile(value, name.clone())
            .with_context(|| format!("schema `{name}` is not a usable JSON Schema"))?;
        options.schemas.push(std::sync::Arc::new(schema));
    }
    Ok(options)
}
