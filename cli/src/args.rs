//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "cpanmeta",
    version,
    about = "Lint CPAN distribution metadata (META.json, META.yml, MYMETA.*)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Lint META files, or directories searched recursively for META.json, META.yml and MYMETA.*
    Lint(LintArgs),
    /// List every rule
    Rules(RulesArgs),
    /// Explain one rule (by code or name)
    Rule(RuleArgs),
    /// Validate and canonicalise Package URLs, or print a distribution's purls (--from)
    Purl(PurlArgs),
    /// Convert a META file to spec 2 (META.json) as CPAN::Meta::Converter does, reporting every
    /// lossy step
    Convert(ConvertArgs),
    /// Compute CPANTS's kwalitee indicators for release archives (.tar.gz, .tgz, .tar.bz2, .zip)
    Kwalitee(KwaliteeArgs),
}

#[derive(Args, Debug)]
pub struct KwaliteeArgs {
    /// Release archives
    #[arg(required = true)]
    pub releases: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
}

#[derive(Args, Debug)]
pub struct ConvertArgs {
    /// The META file to convert; `-` reads standard input
    pub input: PathBuf,
    /// The spec version to convert to (only 2)
    #[arg(long, value_parser = ["2"], default_value = "2")]
    pub to: String,
    /// Write the converted META.json here instead of standard output (an existing file, the
    /// input included, is only replaced with --force)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace an existing output file
    #[arg(long)]
    pub force: bool,
    /// Format of the findings, which go to standard error
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Enable only these rules (codes, code prefixes, names, groups, ALL), comma-separated
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Disable these rules (codes, code prefixes, names, groups), comma-separated
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The file name to report (and to pick the format by) when reading standard input
    #[arg(long)]
    pub stdin_filename: Option<String>,
}

#[derive(Args, Debug)]
pub struct LintArgs {
    /// Files or directories; `-` reads standard input
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// `strict` (the spec as written, default) or `compat` (CPAN::Meta::Validator's judgement);
    /// overrides `mode` in cpanmeta.toml
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// Output format (see docs/output-formats.md)
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Enable only these rules (codes, code prefixes, names, groups, ALL), comma-separated
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Disable these rules (codes, code prefixes, names, groups), comma-separated
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// The file name to report (and to pick the format by) when reading standard input
    #[arg(long)]
    pub stdin_filename: Option<String>,
    /// Also validate with this JSON Schema (for your own `x_` keys); may be repeated
    #[arg(long = "schema", value_name = "FILE")]
    pub schemas: Vec<PathBuf>,
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Lint on N threads (default: the number of available cores)
    #[arg(short = 'j', long = "threads", value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub threads: Option<u32>,
    /// Show a progress bar on standard error even when it is not a terminal
    #[arg(long, overrides_with = "no_progress")]
    pub progress: bool,
    /// Never show a progress bar (by default it shows when standard error is a terminal)
    #[arg(long, overrides_with = "progress")]
    pub no_progress: bool,
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub fix: FixArgs,
}

/// Configuration: which `cpanmeta.toml` applies, and per-rule levels on top of it.
#[derive(Args, Debug, Default, Clone)]
pub struct ConfigArgs {
    /// Use this configuration file for every path (no discovery)
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Ignore every cpanmeta.toml
    #[arg(long, alias = "no-config")]
    pub isolated: bool,
    /// Turn rules off (codes, prefixes, names, groups, ALL), comma-separated; may be repeated
    #[arg(
        short = 'A',
        long = "allow",
        value_name = "RULE",
        value_delimiter = ','
    )]
    pub allow: Vec<String>,
    /// Report these rules' findings as warnings, comma-separated; may be repeated
    #[arg(short = 'W', long = "warn", value_name = "RULE", value_delimiter = ',')]
    pub warn: Vec<String>,
    /// Report these rules' findings as errors, comma-separated; may be repeated
    #[arg(short = 'D', long = "deny", value_name = "RULE", value_delimiter = ',')]
    pub deny: Vec<String>,
}

/// Fixes: apply them, or show them.
#[derive(Args, Debug, Default, Clone)]
pub struct FixArgs {
    /// Apply the safe fixes to the META files (atomically; reports what changed)
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff, also apply the unsafe fixes
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff and write nothing (exit 1 when a file would change)
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
}

/// `cpanmeta lint --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// Each finding with its source line and a caret, for people
    Human,
    /// One line per finding: `path:line:col: CODE [severity] message`
    Concise,
    /// One JSON document for the run (docs/json-output.md)
    Json,
    /// One JSON object per finding, a line each
    JsonLines,
    /// SARIF 2.1.0, for code-scanning services
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Strict,
    Compat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Args, Debug)]
pub struct RuleArgs {
    /// A rule code (CM101) or name (missing-mandatory-field)
    pub rule: String,
}

#[derive(Args, Debug)]
pub struct PurlArgs {
    /// Package URLs to validate and canonicalise
    #[arg(required_unless_present = "from")]
    pub purls: Vec<String>,
    /// A META.json / META.yml (or a directory holding one): print the distribution's purl and the
    /// likely purls of the same distribution in other ecosystems
    #[arg(long, value_name = "PATH", conflicts_with = "purls")]
    pub from: Option<PathBuf>,
    /// CPAN author ID for the distribution's purl (default: `author` in cpanmeta.toml, else
    /// from `x_authority`)
    #[arg(long, value_name = "ID")]
    pub author: Option<String>,
    /// With --from: a CPAN package index (02packages.details.txt) to map each prerequisite module
    /// to its distribution's purl (default: `index` in cpanmeta.toml)
    #[arg(long, value_name = "FILE", requires = "from")]
    pub index: Option<PathBuf>,
    /// Ignore every cpanmeta.toml
    #[arg(long, alias = "no-config")]
    pub isolated: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
}
