use super::{family, quoted, Context};
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Location};
use crate::model::places::places;
use crate::model::spec_keys::{known_keys, moved_key, SpecFamily};
use crate::source::{Format, Node, Value};

crate::declare_rule! {
    /// ## What it does
    /// Finds keys and value shapes of the other spec generation: 1.x keys in a spec 2 document
    /// (`requires`, `build_requires`, `license_uri`, `private`, no_index `dir`, a feature's
    /// `requires` …; `resources/bugtracker` or `repository` given as a plain URL, `resources/
    /// license` as a single string), and spec 2's `prereqs` in a 1.x document.
    ///
    /// ## Why is this bad?
    /// Consumers read a document by the spec version it declares, so such keys are ignored: a
    /// spec 2 document's top-level `requires` installs nothing, and CPAN::Meta::Converter turns a
    /// 1.x document's `prereqs` into an empty map when it upgrades it. CPAN::Meta::Validator
    /// accepts `prereqs` in 1.x silently, and in spec 2 reports the old keys only as custom keys
    /// lacking an `x_` prefix or as "Expected a map structure", without saying where they belong.
    ///
    /// ## Example
    /// ```json
    /// { "meta-spec": { "version": 2 }, "requires": { "JSON::PP": "2.27" } }
    /// ```
    ///
    /// ## How to fix
    /// Move the content where the message says (`prereqs/runtime/requires`), or declare the
    /// spec version whose structure the document follows.
    ///
    /// The fix rewrites the value into the shape of the declared version. It is *safe* where the
    /// shape says what the value is (a bugtracker URL becomes `web`, a `mailto:` one `mailto`) and
    /// *unsafe* for `repository`, where a plain URL may be the web page rather than the clone URL.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "DEPRECATED FIELDS": such fields "must not be produced in or consumed
    /// from any metadata structure of version 2 or higher"; "resources": `bugtracker` and
    /// `repository` are each "a Map", `license` "a List of URL's".
    pub static OTHER_SPEC_VERSION_KEY = {
        code: "CM210", name: "other-spec-version-key", group: Strict,
        severity: Error, modes: StrictOnly, fix: Safe,
    }
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(fam) = family(cx) else {
        return;
    };
    for place in places(cx.root, fam) {
        for entry in place.object.iter() {
            if known_keys(fam, place.place).contains(&entry.key.as_str()) {
                continue;
            }
            let Some(moved) = moved_key(fam, place.place, &entry.key) else {
                continue;
            };
            let message = match fam {
                SpecFamily::V2 => format!(
                    "`{}` is a spec 1.x key, which a spec 2 document must not use; {}",
                    moved.key, moved.instead
                ),
                SpecFamily::V1 => format!(
                    "`{}` is a spec 2 key, which a {} document does not have \
                     (CPAN::Meta::Converter drops its content); {}",
                    moved.key, cx.spec.declared, moved.instead
                ),
            };
            out.push(
                Diagnostic::new(
                    &OTHER_SPEC_VERSION_KEY,
                    message,
                    Location::new(place.member(&entry.key), Some(entry.key_span)),
                )
                .with_help(moved.instead)
                .with_spec(match fam {
                    SpecFamily::V2 => "CPAN::Meta::Spec 2, \"DEPRECATED FIELDS\"",
                    SpecFamily::V1 => "CPAN::Meta::History::Meta_1_4, \"FIELDS\"",
                }),
            );
        }
    }
    if fam == SpecFamily::V2 {
        resource_shapes(cx, out);
    }
}

/// Spec 1.x resources written as plain strings in a spec 2 document.
fn resource_shapes(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(resources) = cx.map.get("resources").and_then(|n| n.value.as_object()) else {
        return;
    };
    for (key, shape) in [
        ("bugtracker", "a map"),
        ("repository", "a map"),
        ("license", "a list"),
    ] {
        let Some(node) = resources.get(key) else {
            continue;
        };
        let Value::String(text) = &node.value else {
            continue;
        };
        let (member, applicability) = match key {
            "bugtracker" if text.starts_with("mailto:") => ("mailto", Applicability::Safe),
            "bugtracker" => ("web", Applicability::Safe),
            "repository" => ("url", Applicability::Unsafe),
            _ => ("", Applicability::Safe),
        };
        let written = if key == "license" {
            "[ <URL> ]".to_owned()
        } else {
            format!("{{ \"{member}\": <URL> }}")
        };
        let mut d = Diagnostic::new(
            &OTHER_SPEC_VERSION_KEY,
            format!(
                "`resources/{key}` is a string, as in spec 1.x; in spec 2 it is {shape}: {written}"
            ),
            Location::new(format!("/resources/{key}"), Some(node.span)),
        )
        .with_help(format!("write `\"{key}\": {written}`"))
        .with_spec("CPAN::Meta::Spec 2, \"resources\"");
        if cx.format == Format::Json && !node.span.is_empty() {
            d = d.with_fix(shape_fix(cx, key, member, node, applicability));
        }
        out.push(d);
    }
}

fn shape_fix(
    cx: &Context<'_>,
    key: &str,
    member: &str,
    node: &Node,
    applicability: Applicability,
) -> Fix {
    let original = String::from_utf8_lossy(cx.bytes.get(node.span.range()).unwrap_or_default());
    let content = match (key, member) {
        ("license", _) => format!("[{original}]"),
        ("bugtracker", "mailto") => {
            let address = node
                .value
                .as_str()
                .unwrap_or_default()
                .trim_start_matches("mailto:");
            format!("{{\"mailto\": {}}}", quoted(cx, address))
        }
        _ => format!("{{\"{member}\": {original}}}"),
    };
    Fix {
        title: format!(
            "make `resources/{key}` a spec 2 {}",
            if key == "license" { "list" } else { "map" }
        ),
        applicability,
        edits: vec![Edit {
            span: node.span,
            content,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn spec_1_keys_in_a_spec_2_document_say_where_they_belong() {
        let doc = json!({
            "requires": {"X": "0"},
            "no_index": {"dir": ["t"]},
            "optional_features": {"f": {"description": "d", "build_requires": {"Y": "0"}}},
            "prereqs": {"runtime": {"requires": {"X": "0"}}},
        });
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            [
                "/requires",
                "/no_index/dir",
                "/optional_features/f/build_requires"
            ]
        );
        assert!(found[0].message.contains("prereqs/runtime/requires"));
    }

    #[test]
    fn spec_2_prereqs_in_a_1_x_document_are_reported() {
        let doc = json!({"prereqs": {"runtime": {}}, "requires": {"X": "0"}});
        assert_eq!(pointers(&run(check, "1.4", &doc)), ["/prereqs"]);
    }

    #[test]
    fn resources_written_as_strings_in_spec_2() {
        let doc = json!({"resources": {
            "bugtracker": "https://rt.example.org/",
            "repository": "https://git.example.org/r.git",
            "license": "https://dev.perl.org/licenses/",
            "homepage": "https://example.org/",
        }});
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            [
                "/resources/bugtracker",
                "/resources/repository",
                "/resources/license"
            ]
        );
        assert!(run(check, "1.4", &doc).is_empty());
    }
}
