//! `cpanmeta convert --to 2 META.yml [-o META.json]`: the core's conversion (CPAN::Meta::Converter's,
//! with every lossy step a finding); the document goes to standard output or `-o`, the findings
//! to standard error.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::{bail, Result};
use cpanmeta::render::{self, FileReport, HumanOptions};
use cpanmeta::{LintOptions, Mode, Severity};

use crate::args::{ConvertArgs, OutputFormat};
use crate::exit::Exit;
use crate::files;

/// What `generated_by` gets appended, as the Converter appends its own name and version.
fn signature() -> String {
    format!("cpanmeta version {}", env!("CARGO_PKG_VERSION"))
}

pub fn run(args: &ConvertArgs) -> Result<Exit> {
    cpanmeta::registry::check_selectors(args.select.iter().chain(&args.ignore))
        .map_err(anyhow::Error::msg)?;
    let stdin = args.input.as_os_str() == "-";
    let name = if stdin {
        args.stdin_filename
            .clone()
            .unwrap_or_else(|| "-".to_owned())
    } else {
        args.input.display().to_string()
    };
    if let Some(out) = &args.output {
        if out.exists() && !args.force {
            bail!("`{}` exists; pass --force to replace it", out.display());
        }
    }
    let bytes = if stdin {
        files::read_stdin()?
    } else {
        files::read_path(&args.input, files::MAX_META_BYTES)?
    };
    let mut options = LintOptions::new(Mode::Strict);
    options.filename = Some(name.clone());
    options.select.clone_from(&args.select);
    options.ignore.clone_from(&args.ignore);
    let conversion = cpanmeta::convert::convert(&bytes, &options, &signature());
    let report = conversion.report(&bytes, Some(name.clone()));
    let findings = match args.format {
        OutputFormat::Human => {
            let mut text =
                render::render_human(&name, &bytes, &report, HumanOptions { color: false });
            let n = report.diagnostics.len();
            let _ = writeln!(
                text,
                "{name}: {} ({n} finding{})",
                if conversion.document.is_some() {
                    "converted to spec 2"
                } else {
                    "not converted"
                },
                if n == 1 { "" } else { "s" }
            );
            text
        }
        OutputFormat::Json => render::render_json(&[FileReport {
            path: &name,
            report: &report,
        }]),
    };
    let _ = std::io::stderr().write_all(findings.as_bytes());
    let Some(mut document) = conversion.document else {
        return Ok(Exit::Findings);
    };
    // `as_string` records the serializer in `x_serialization_backend`.
    if let Some(map) = document.as_object_mut() {
        map.insert("x_serialization_backend".to_owned(), signature().into());
    }
    let text = cpanmeta::convert::json_pp::to_string(&document);
    match &args.output {
        None => crate::emit(&text),
        Some(out) => files::write_atomically(out, text.as_bytes())?,
    }
    Ok(if report.max_severity() == Some(Severity::Error) {
        Exit::Findings
    } else {
        Exit::Clean
    })
}
