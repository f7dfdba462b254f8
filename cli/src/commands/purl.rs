//! `cpanmeta purl`: validate and canonicalise Package URLs, or derive a distribution's purls from
//! its META file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use cpanmeta::purl::{self, ecosystems, Purl};
use cpanmeta::source::{self, Format, Value};
use cpanmeta::Severity;

use crate::args::{OutputFormat, PurlArgs};
use crate::exit::Exit;

pub fn run(args: &PurlArgs) -> Result<Exit> {
    match &args.from {
        Some(path) => from_meta(path, args),
        None => check_purls(args),
    }
}

fn check_purls(args: &PurlArgs) -> Result<Exit> {
    let mut worst = None;
    let mut json = Vec::new();
    let mut text = String::new();
    for input in &args.purls {
        let diagnostics = purl::validate(input);
        worst = worst.max(diagnostics.iter().map(|d| d.severity).max());
        let canonical = Purl::parse(input).ok().map(|p| p.to_string());
        match args.format {
            OutputFormat::Json => json.push(serde_json::json!({
                "input": input,
                "valid": canonical.is_some(),
                "canonical": canonical,
                "components": Purl::parse(input).ok().map(|p| p.to_json()),
                "diagnostics": diagnostics,
            })),
            OutputFormat::Human => {
                match &canonical {
                    Some(c) if c == input => {
                        let _ = writeln!(text, "{input}: valid, canonical");
                    }
                    Some(c) => {
                        let _ = writeln!(text, "{input}: valid; canonical form: {c}");
                    }
                    None => {
                        let _ = writeln!(text, "{input}: invalid");
                    }
                }
                for d in &diagnostics {
                    let _ = writeln!(text, "  {}[{}] {}", d.severity, d.code, d.message);
                    if let Some(span) = d.location.span {
                        let pad = input
                            .get(..span.start as usize)
                            .map_or(0, |s| s.chars().count());
                        let width = input
                            .get(span.range())
                            .map_or(1, |s| s.chars().count().max(1));
                        let _ = writeln!(
                            text,
                            "    {input}\n    {}{}",
                            " ".repeat(pad),
                            "^".repeat(width)
                        );
                    }
                    if let Some(help) = &d.help {
                        let _ = writeln!(text, "    help: {help}");
                    }
                }
            }
        }
    }
    match args.format {
        OutputFormat::Json => crate::emit(&format!("{}\n", serde_json::to_string_pretty(&json)?)),
        OutputFormat::Human => crate::emit(&text),
    }
    Ok(if worst == Some(Severity::Error) {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

/// The META file to read: the path itself, or the META.json (else META.yml) in a directory.
fn meta_file(path: &Path) -> Result<PathBuf> {
    if path.is_dir() {
        for name in ["META.json", "META.yml", "MYMETA.json", "MYMETA.yml"] {
            let candidate = path.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
        bail!("no META.json or META.yml in `{}`", path.display());
    }
    Ok(path.to_path_buf())
}

fn from_meta(path: &Path, args: &PurlArgs) -> Result<Exit> {
    let file = meta_file(path)?;
    let name = file.display().to_string();
    let bytes = std::fs::read(&file).with_context(|| format!("cannot read `{name}`"))?;
    let format = Format::from_filename(&name).unwrap_or_else(|| Format::sniff(&bytes));
    let read = source::read(&bytes, format);
    let Some(Value::Object(map)) = read.root.as_ref().map(|r| &r.value) else {
        bail!("`{name}` could not be read as a META document (run `cpanmeta lint {name}`)");
    };
    // cfgfix hook: `author` and `index` from the cpanmeta.toml that applies, under the flags
    let settings = if args.isolated {
        crate::config::PurlSettings::default()
    } else {
        crate::config::purl_settings(&file)?
    };
    let author = args.author.clone().or(settings.author);
    let index = match args.index.clone().or(settings.index) {
        Some(p) => {
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read the package index `{}`", p.display()))?;
            Some(purl::ModuleIndex::parse(&text))
        }
        None => None,
    };
    let prerequisites = index.as_ref().map(|i| i.prerequisite_purls(map));
    let dist = match purl::dist_purl(map, author.as_deref()) {
        Ok(d) => d,
        Err(e) => bail!("`{name}`: no distribution purl: {e}"),
    };
    let others = ecosystems::ecosystem_purls(dist.identity.name());
    match args.format {
        OutputFormat::Json => {
            let mapped: Vec<_> = others
                .iter()
                .map(|(eco, p)| serde_json::json!({ "ecosystem": eco.as_str(), "purl": p.to_string() }))
                .collect();
            let out = serde_json::json!({
                "file": name,
                "purl": dist.purl.to_string(),
                "identity": dist.identity.to_string(),
                "author": dist.author,
                "author_source": dist.author_source,
                "download_url": dist.download_url,
                "ecosystems": mapped,
                "prerequisites": prerequisites.as_ref().map(|ps| ps
                    .iter()
                    .map(|(m, p)| serde_json::json!({ "module": m, "purl": p.as_ref().map(ToString::to_string) }))
                    .collect::<Vec<_>>()),
            });
            crate::emit(&format!("{}\n", serde_json::to_string_pretty(&out)?));
        }
        OutputFormat::Human => {
            let mut text = format!("{}\n", dist.purl);
            if dist.purl.to_string() != dist.identity.to_string() {
                let _ = writeln!(text, "  identity: {}", dist.identity);
            }
            if let Some(url) = &dist.download_url {
                let _ = writeln!(text, "  download: {url}");
            }
            if dist.author.is_none() {
                let _ = writeln!(
                    text,
                    "  (no author: pass --author ID or declare x_authority: cpan:ID)"
                );
            }
            let _ = writeln!(text, "likely purls of the same distribution elsewhere:");
            for (eco, p) in &others {
                let _ = writeln!(text, "  {:<12} {p}", eco.as_str());
            }
            if let Some(ps) = &prerequisites {
                let _ = writeln!(text, "prerequisites (from the package index):");
                for (m, p) in ps {
                    match p {
                        Some(p) => {
                            let _ = writeln!(text, "  {m:<32} {p}");
                        }
                        None => {
                            let _ = writeln!(text, "  {m:<32} (not in the index)");
                        }
                    }
                }
            }
            crate::emit(&text);
        }
    }
    Ok(Exit::Clean)
}
