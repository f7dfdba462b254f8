//! `cpanmeta.toml`: finding the file that applies to each linted path and turning it, with the
//! command line on top, into the [`LintOptions`] for that path.
//!
//! Reading and checking the file is the core's job (`cpanmeta::rules::config`, rules
//! CM900–CM906); this module does the I/O: discovery, reading, path resolution, schema
//! compilation, and a cache per directory so a tree of thousands of files reads each
//! configuration once.

mod discover;
mod merge;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use cpanmeta::{LintOptions, Report};

use crate::args::LintArgs;

pub use discover::{parent_dir, CONFIG_NAME};

/// A configuration file is a few lines; anything past this is not one, and reading it would only
/// waste memory.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

fn read_config(path: &Path) -> Result<Vec<u8>> {
    let name = path.display();
    let len = std::fs::metadata(path)
        .with_context(|| format!("cannot read `{name}`"))?
        .len();
    if len > MAX_CONFIG_BYTES {
        bail!("`{name}` is larger than {MAX_CONFIG_BYTES} bytes; not a configuration file");
    }
    std::fs::read(path).with_context(|| format!("cannot read `{name}`"))
}

/// A configuration file's own findings, handed out once per file (the first time a linted path
/// uses it), to be rendered like a META file's.
#[derive(Debug)]
pub struct ConfigFindings {
    pub path: String,
    pub bytes: Vec<u8>,
    pub report: Report,
}

/// One configuration file, read and merged with the command line.
#[derive(Debug)]
struct Loaded {
    path: PathBuf,
    options: LintOptions,
    findings: Option<ConfigFindings>,
}

/// Gives each linted path its options: the command line over the nearest `cpanmeta.toml`.
#[derive(Debug)]
pub struct Resolver {
    cli: merge::CommandLine,
    /// `--config FILE`: one configuration for every path.
    forced: Option<Arc<Loaded>>,
    isolated: bool,
    /// Directory → the configuration that applies there (`None`: no file up to the root).
    by_dir: HashMap<PathBuf, Option<Arc<Loaded>>>,
    /// Configurations whose findings were already handed out.
    reported: HashSet<PathBuf>,
    /// The options when no file applies.
    defaults: LintOptions,
    start_dirs: discover::StartDirs,
}

impl Resolver {
    /// Checks the command line's selectors and schemas, and reads `--config` if given.
    pub fn new(args: &LintArgs) -> Result<Self> {
        let cli = merge::CommandLine::from_args(args)?;
        let defaults = cli.apply(None)?;
        let forced = match &args.config.config {
            Some(path) => {
                if !path.is_file() {
                    bail!("configuration file `{}` does not exist", path.display());
                }
                Some(Arc::new(load(&cli, path)?))
            }
            None => None,
        };
        Ok(Self {
            cli,
            forced,
            isolated: args.config.isolated,
            by_dir: HashMap::new(),
            reported: HashSet::new(),
            defaults,
            start_dirs: discover::StartDirs::default(),
        })
    }

    /// The options for the files of directory `dir` (empty: the current directory), and the
    /// findings of its configuration file the first time that file is used and has any.
    pub fn options_for(&mut self, dir: &Path) -> Result<(LintOptions, Option<ConfigFindings>)> {
        let loaded = if self.isolated {
            None
        } else if let Some(forced) = &self.forced {
            Some(Arc::clone(forced))
        } else {
            self.nearest(dir)?
        };
        let Some(loaded) = loaded else {
            return Ok((self.defaults.clone(), None));
        };
        let findings = if self.reported.insert(loaded.path.clone()) {
            loaded.findings.as_ref().map(|f| ConfigFindings {
                path: f.path.clone(),
                bytes: f.bytes.clone(),
                report: f.report.clone(),
            })
        } else {
            None
        };
        Ok((loaded.options.clone(), findings))
    }

    fn nearest(&mut self, dir: &Path) -> Result<Option<Arc<Loaded>>> {
        let start = self.start_dirs.start_dir(dir)?;
        let mut visited = Vec::new();
        let mut found = None;
        for dir in start.ancestors() {
            if let Some(cached) = self.by_dir.get(dir) {
                found.clone_from(cached);
                break;
            }
            visited.push(dir.to_path_buf());
            let candidate = dir.join(CONFIG_NAME);
            if candidate.is_file() {
                found = Some(Arc::new(load(&self.cli, &candidate)?));
                break;
            }
        }
        for dir in visited {
            self.by_dir.insert(dir, found.clone());
        }
        Ok(found)
    }
}

/// What `cpanmeta purl --from` takes from the `cpanmeta.toml` that applies to a META file: the
/// author ID and the package index (resolved against the file's directory). A file with mistakes
/// still gives its right settings; `cpanmeta lint` reports the mistakes.
#[derive(Debug, Default)]
pub struct PurlSettings {
    pub author: Option<String>,
    pub index: Option<PathBuf>,
}

pub fn purl_settings(meta: &Path) -> Result<PurlSettings> {
    let start = discover::StartDirs::default().start_dir(discover::parent_dir(meta))?;
    let Some(path) = start
        .ancestors()
        .map(|d| d.join(CONFIG_NAME))
        .find(|p| p.is_file())
    else {
        return Ok(PurlSettings::default());
    };
    let bytes = read_config(&path)?;
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let read = cpanmeta::rules::config::read(&bytes, &|p: &str| dir.join(p).is_file());
    if !read.diagnostics.is_empty() {
        eprintln!(
            "cpanmeta: warning: `{}` has {} mistake(s); `cpanmeta lint` reports them",
            discover::display(&path),
            read.diagnostics.len()
        );
    }
    Ok(PurlSettings {
        author: read.settings.author,
        index: read.settings.index.map(|i| dir.join(i)),
    })
}

/// Reads a configuration file, reports its mistakes, and merges it with the command line.
fn load(cli: &merge::CommandLine, path: &Path) -> Result<Loaded> {
    let name = discover::display(path);
    let bytes = read_config(path)?;
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let exists = |p: &str| dir.join(p).is_file();
    let (settings, report) = cpanmeta::rules::config::lint_config(&bytes, &name, &exists);
    let options = cli
        .apply(Some((&settings, dir.as_path())))
        .with_context(|| format!("in `{name}`"))?;
    let findings = (!report.diagnostics.is_empty()).then_some(ConfigFindings {
        path: name,
        bytes,
        report,
    });
    Ok(Loaded {
        path: path.to_path_buf(),
        options,
        findings,
    })
}
