//! `cpanmeta rules` and `cpanmeta rule CODE`: the registry, documented from the rules' own docs.

use anyhow::{bail, Result};
use cpanmeta::registry;
use cpanmeta::render::rules_doc;

use crate::args::{RuleArgs, RulesArgs, RulesFormat};
use crate::exit::Exit;

pub fn list(args: &RulesArgs) -> Result<Exit> {
    match args.format {
        RulesFormat::Text => {
            for r in registry::all() {
                crate::emit(&format!(
                    "{}  {:<40} {:<8} {}\n",
                    r.code,
                    r.name,
                    r.severity.as_str(),
                    r.summary()
                ));
            }
        }
        RulesFormat::Json => {
            let rules: Vec<_> = registry::all()
                .map(|r| {
                    serde_json::json!({
                        "code": r.code, "name": r.name, "group": r.group, "severity": r.severity,
                        "modes": r.modes, "summary": r.summary(), "docs": r.docs(), "url": r.docs_anchor(),
                    })
                })
                .collect();
            crate::emit(&format!("{}\n", serde_json::to_string_pretty(&rules)?));
        }
        RulesFormat::Markdown => crate::emit(&rules_doc::rules_page()),
    }
    Ok(Exit::Clean)
}

pub fn explain(args: &RuleArgs) -> Result<Exit> {
    let Some(rule) = registry::by_code(&args.rule).or_else(|| registry::by_name(&args.rule)) else {
        bail!("no rule `{}` (see `cpanmeta rules`)", args.rule);
    };
    crate::emit(&rules_doc::rule_markdown(rule));
    Ok(Exit::Clean)
}
