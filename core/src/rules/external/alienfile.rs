use super::{Context, Diagnostic, Location};
use crate::source::{Node, Value};

crate::declare_rule! {
    /// ## What it does
    /// Checks `x_alienfile`, the key Alien::Build::MM, Alien::Build::MB and
    /// Dist::Zilla::Plugin::AlienBuild write into an Alien distribution's META: it must be a map
    /// whose `requires` maps `share` and `system` each to a map of module names to versions;
    /// the distribution must have `dynamic_config` on (the share and system prerequisites are
    /// chosen at configure time); and its configure prerequisites must include the Alien::Build
    /// installer that wrote the key (a module whose name starts with `Alien::Build`).
    ///
    /// ## Why it matters
    /// With `dynamic_config` off, CPAN clients trust the static prerequisites and never install
    /// what a `share` build needs; without Alien::Build among the configure prerequisites,
    /// `Makefile.PL` or `Build.PL` dies before it can say what is missing. Tools that search
    /// for Aliens by what they use read `x_alienfile`'s `requires`.
    ///
    /// ## Example
    /// ```json
    /// { "dynamic_config": 0,
    ///   "x_alienfile": { "generated_by": "Alien::Build::MM version 2.80",
    ///                    "requires": { "share": { "Alien::Build::Plugin::Download::GitLab": "0.01" },
    ///                                  "system": {} } } }
    /// ```
    ///
    /// ## How to fix
    /// Let Alien::Build::MM (or the Dist::Zilla AlienBuild plugin) write the metadata: it turns
    /// `dynamic_config` on and adds itself to the configure prerequisites.
    ///
    /// ## Spec
    /// Alien::Build::MM ("mm_args"), Alien::Build::MB and Dist::Zilla::Plugin::AlienBuild
    /// ("alienfile_meta") documentation; docs/external-dependencies.md, "Alien modules".
    pub static ALIENFILE = { code: "CM710", name: "inconsistent-x-alienfile", group: External, severity: Warning, modes: StrictOnly }
}

/// A Perl package name: `::`-separated words of letters, digits and `_`, not starting with a digit.
fn is_module(s: &str) -> bool {
    !s.starts_with(|c: char| c.is_ascii_digit())
        && s.split("::")
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

fn at(pointer: &str, node: &Node) -> Location {
    Location::new(pointer, Some(node.span))
}

/// The shape of `requires`: `share` and `system` maps of module names to versions.
fn check_requires(node: &Node, out: &mut Vec<Diagnostic>) {
    let base = "/x_alienfile/requires";
    let Value::Object(kinds) = &node.value else {
        out.push(Diagnostic::new(
            &ALIENFILE,
            "`x_alienfile/requires` is not a map of `share` and `system` prerequisites",
            at(base, node),
        ));
        return;
    };
    for e in kinds.iter() {
        let pointer = format!("{base}/{}", crate::source::escape_pointer_token(&e.key));
        if e.key != "share" && e.key != "system" {
            out.push(Diagnostic::new(
                &ALIENFILE,
                format!(
                    "`x_alienfile/requires` has `{}`: Alien::Build writes `share` and `system`",
                    e.key
                ),
                Location::new(pointer, Some(e.key_span)),
            ));
            continue;
        }
        let Value::Object(mods) = &e.value.value else {
            out.push(Diagnostic::new(
                &ALIENFILE,
                format!(
                    "`x_alienfile/requires/{}` is not a map of modules to versions",
                    e.key
                ),
                at(&pointer, &e.value),
            ));
            continue;
        };
        for m in mods.iter() {
            let version_ok = match &m.value.value {
                Value::String(s) => crate::version::is_lax(s),
                Value::Number(_) => true,
                _ => false,
            };
            let module_ok = is_module(&m.key);
            if !module_ok || !version_ok {
                let what = if module_ok {
                    "its version is not a version"
                } else {
                    "it is not a module name"
                };
                out.push(Diagnostic::new(
                    &ALIENFILE,
                    format!("`{}` in `x_alienfile/requires/{}`: {what}", m.key, e.key),
                    Location::new(
                        format!("{pointer}/{}", crate::source::escape_pointer_token(&m.key)),
                        Some(m.key_span),
                    ),
                ));
            }
        }
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(node) = cx.map.get("x_alienfile") else {
        return;
    };
    let Value::Object(o) = &node.value else {
        out.push(Diagnostic::new(
            &ALIENFILE,
            "`x_alienfile` is not a map",
            at("/x_alienfile", node),
        ));
        return;
    };
    match o.get("requires") {
        Some(r) => check_requires(r, out),
        None => out.push(
            Diagnostic::new(
                &ALIENFILE,
                "`x_alienfile` has no `requires`",
                at("/x_alienfile", node),
            )
            .with_help(
                "Alien::Build writes `requires` with the `share` and `system` prerequisites",
            ),
        ),
    }
    let dynamic = cx.map.get("dynamic_config").map(|n| &n.value);
    let on = match dynamic {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.raw != "0",
        Some(Value::String(s)) => !s.is_empty() && s != "0",
        _ => false,
    };
    if !on {
        let loc = match cx.map.get("dynamic_config") {
            Some(n) => at("/dynamic_config", n),
            None => at("/x_alienfile", node),
        };
        out.push(
            Diagnostic::new(
                &ALIENFILE,
                "`x_alienfile` is present but `dynamic_config` is off: the share and system prerequisites are chosen at configure time",
                loc,
            )
            .with_help("set `dynamic_config` to 1 (Alien::Build::MM does)"),
        );
    }
    let configure_has_alien_build = crate::version::prereq_maps(cx.map)
        .iter()
        .filter(|m| m.phase == "configure" && m.relationship == "requires" && m.feature.is_none())
        .filter_map(|m| m.node.value.as_object())
        .any(|o| o.iter().any(|e| e.key.starts_with("Alien::Build")));
    if !configure_has_alien_build {
        out.push(
            Diagnostic::new(
                &ALIENFILE,
                "`x_alienfile` is present but no Alien::Build module is a configure prerequisite",
                at("/x_alienfile", node),
            )
            .with_help("require the installer that writes `x_alienfile` at configure time (`Alien::Build::MM` or `Alien::Build::MB`)"),
        );
    }
}
