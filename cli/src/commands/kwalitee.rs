//! `cpanmeta kwalitee`: read each release archive, compute the indicators with the core, print
//! them. The JSON shape (`version`, `tool`, `releases`: one report per archive) is what a CPANTS
//! job reads; see docs/kwalitee.md.

use std::fmt::Write as _;

use anyhow::{Context, Result};
use cpanmeta::archive::Archive;
use cpanmeta::kwalitee::{self, KwaliteeReport, Level};
use serde::Serialize;

use crate::args::{KwaliteeArgs, OutputFormat};
use crate::exit::Exit;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    releases: &'a [KwaliteeReport],
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

pub fn run(args: &KwaliteeArgs) -> Result<Exit> {
    let mut reports = Vec::new();
    let mut failed = false;
    for path in &args.releases {
        match analyse(path) {
            Ok(r) => reports.push(r),
            Err(err) => {
                eprintln!("cpanmeta: error: {err:#}");
                failed = true;
            }
        }
    }
    match args.format {
        OutputFormat::Json => {
            let out = Output {
                version: 1,
                tool: Tool {
                    name: "cpanmeta",
                    version: env!("CARGO_PKG_VERSION"),
                },
                releases: &reports,
            };
            let mut text = serde_json::to_string_pretty(&out).context("cannot serialise")?;
            text.push('\n');
            crate::emit(&text);
        }
        OutputFormat::Human => {
            for r in &reports {
                crate::emit(&human(r));
            }
        }
    }
    if failed {
        return Ok(Exit::CouldNotRun);
    }
    let core_fails = reports
        .iter()
        .flat_map(|r| &r.indicators)
        .any(|i| !i.value && i.level == Level::Core);
    Ok(if core_fails {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

fn analyse(path: &std::path::Path) -> Result<KwaliteeReport> {
    let shown = path.display().to_string();
    let bytes = crate::files::read_path(path, crate::files::MAX_ARCHIVE_BYTES)?;
    let name = path
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let archive = Archive::read(&bytes, &name).with_context(|| format!("`{shown}`"))?;
    Ok(kwalitee::analyse(&archive))
}

fn human(r: &KwaliteeReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", r.release);
    for i in &r.indicators {
        let mark = if i.value { "ok  " } else { "FAIL" };
        let _ = writeln!(out, "  {mark} {:<34} {}", i.name, i.level.as_str());
        if !i.value {
            for f in &i.findings {
                let at = match (&f.file, &f.pointer) {
                    (Some(file), Some(p)) if !p.is_empty() => format!("{file}#{p}: "),
                    (Some(file), _) => format!("{file}: "),
                    _ => String::new(),
                };
                let _ = writeln!(out, "         {at}{}", f.message);
            }
            let _ = writeln!(out, "         remedy: {}", i.remedy);
        }
    }
    for f in &r.archive_findings {
        let _ = writeln!(out, "  archive: {}", f.message);
    }
    let s = &r.score;
    let _ = writeln!(
        out,
        "  core {}/{}, extra {}/{}, experimental {}/{}",
        s.core.0, s.core.1, s.extra.0, s.extra.1, s.experimental.0, s.experimental.1
    );
    out
}

#[cfg(test)]
mod tests {
    use crate::{run, Exit};

    fn fixture(rel: &str) -> String {
        format!("{}/../tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn kwalitee_exits_by_core_indicators_and_lint_reads_release_archives() {
        let tidy = fixture("archives/sample/Foo-Bar-1.0.tar.gz");
        assert_eq!(
            run(["cpanmeta", "kwalitee", "--format", "json", &tidy]),
            Exit::Clean as u8
        );
        // META.json fails to parse: a core indicator fails.
        let broken = fixture("archives/sample/JsonBroken-1.0.tar.gz");
        assert_eq!(run(["cpanmeta", "kwalitee", &broken]), Exit::Findings as u8);
        assert_eq!(
            run(["cpanmeta", "kwalitee", "Cargo.toml"]),
            Exit::CouldNotRun as u8
        );
        // A truncated release is an error-level finding of `lint`.
        let cut = fixture("rules/CM853/fail-cut--Foo-Bar-1.0.tar.gz");
        assert_eq!(
            run(["cpanmeta", "lint", "--format", "json", &cut]),
            Exit::Findings as u8
        );
    }
}
