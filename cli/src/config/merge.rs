//! The command line over a configuration file: what each flag does to what the file says.
//!
//! - `--mode` replaces `mode`; `--select` (when given) replaces `select`; `--ignore` adds to
//!   `ignore`; `--schema` adds to `schemas`.
//! - Levels: the file's `[rules]` and `-A/-W/-D` together; for each rule the most specific
//!   selector wins, and on equally specific selectors the command line wins (among the flags,
//!   `-D` over `-W` over `-A`). See [`cpanmeta::LintOptions::level_of`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use cpanmeta::lint::{Level, LevelOrigin, LevelOverride};
use cpanmeta::rules::config::Settings;
use cpanmeta::{LintOptions, Mode};

use crate::args::{LintArgs, ModeArg};

/// What the command line says, checked once.
#[derive(Debug, Default)]
pub struct CommandLine {
    mode: Option<Mode>,
    select: Vec<String>,
    ignore: Vec<String>,
    schemas: Vec<Arc<cpanmeta::schema::UserSchema>>,
    levels: Vec<LevelOverride>,
}

impl CommandLine {
    pub fn from_args(args: &LintArgs) -> Result<Self> {
        let c = &args.config;
        let levels: Vec<LevelOverride> = [
            (&c.allow, Level::Allow),
            (&c.warn, Level::Warn),
            (&c.deny, Level::Deny),
        ]
        .into_iter()
        .flat_map(|(sels, level)| {
            sels.iter()
                .map(move |s| LevelOverride::new(s.clone(), level, LevelOrigin::CommandLine))
        })
        .collect();
        let selectors = args
            .select
            .iter()
            .chain(&args.ignore)
            .chain(levels.iter().map(|l| &l.selector));
        cpanmeta::registry::check_selectors(selectors).map_err(anyhow::Error::msg)?;
        let mut schemas = Vec::new();
        for path in &args.schemas {
            schemas.push(compile_schema(path)?);
        }
        Ok(Self {
            mode: args.mode.map(|m| match m {
                ModeArg::Strict => Mode::Strict,
                ModeArg::Compat => Mode::Compat,
            }),
            select: args.select.clone(),
            ignore: args.ignore.clone(),
            schemas,
            levels,
        })
    }

    /// The options for a file under `file` (settings and the directory they are relative to),
    /// or under no file.
    pub fn apply(&self, file: Option<(&Settings, &Path)>) -> Result<LintOptions> {
        let mut o = LintOptions::new(Mode::Strict);
        if let Some((s, dir)) = file {
            if let Some(m) = s.mode {
                o.mode = m;
            }
            o.select = s.select.clone().unwrap_or_default();
            o.ignore.clone_from(&s.ignore);
            o.levels = s
                .rules
                .iter()
                .map(|(sel, l)| LevelOverride::new(sel.clone(), *l, LevelOrigin::File))
                .collect();
            for p in &s.schemas {
                o.schemas.push(compile_schema(&dir.join(p))?);
            }
            o.author.clone_from(&s.author);
        }
        if let Some(m) = self.mode {
            o.mode = m;
        }
        if !self.select.is_empty() {
            o.select.clone_from(&self.select);
        }
        o.ignore.extend(self.ignore.iter().cloned());
        o.schemas.extend(self.schemas.iter().cloned());
        o.levels.extend(self.levels.iter().cloned());
        Ok(o)
    }
}

fn compile_schema(path: &PathBuf) -> Result<Arc<cpanmeta::schema::UserSchema>> {
    let name = path.display().to_string();
    let text = std::fs::read(path).with_context(|| format!("cannot read schema `{name}`"))?;
    let value: serde_json::Value =
        serde_json::from_slice(&text).with_context(|| format!("schema `{name}` is not JSON"))?;
    let schema = cpanmeta::schema::UserSchema::compile(value, name.clone())
        .with_context(|| format!("schema `{name}` is not a usable JSON Schema"))?;
    Ok(Arc::new(schema))
}
