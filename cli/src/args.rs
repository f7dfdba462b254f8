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
    /// `strict` (the spec as written, default) or `compat` (CPAN::Meta::Validator's judgement)
    #[arg(long, value_enum, default_value_t = ModeArg::Strict)]
    pub mode: ModeArg,
    /// Output format
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
    /// Also validate with this JSON Schema (for your own `x_` keys); may be repeated
    #[arg(long = "schema", value_name = "FILE")]
    pub schemas: Vec<PathBuf>,
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
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
    /// CPAN author ID for the distribution's purl (default: from `x_authority`)
    #[arg(long, value_name = "ID")]
    pub author: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
}
