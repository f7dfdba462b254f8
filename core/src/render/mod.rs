//! Pure renderers: reports in, text out. The CLI and the bindings only choose one.
//!
//! Every renderer works a file at a time, so a run of any size streams: the line formats
//! (`human`, `concise`, `github`, `json-lines`) return a file's text; the document formats (`json`,
//! `sarif`) have an opening, one piece per file (or per finding) and a closing.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod json_lines;
pub mod rules_doc;
pub mod sarif;

pub use concise::render_concise;
pub use github::render_github;
pub use human::{render_human, HumanOptions};
pub use json::{
    json_close, json_file, json_open, render_json, FileReport, JsonSummary, JSON_SEPARATOR,
    OUTPUT_VERSION,
};
pub use json_lines::render_json_lines;
pub use sarif::{
    render_sarif, sarif_close, sarif_open, sarif_results, SarifInvocation, SARIF_SEPARATOR,
};
