use super::{family, root_map, Context};
use crate::diagnostic::{Diagnostic, Location};
use crate::model::spec_keys::SpecFamily;
use crate::source::{pointer_of, Node, Object, Value};

crate::declare_rule! {
    /// ## What it does
    /// Checks the paths of a spec 2 document — each `provides` entry's `file` and the `no_index`
    /// `file` and `directory` lists — are Unix-style paths relative to the distribution root:
    /// not empty, no backslashes, no leading `/` or drive letter, no `..` component.
    ///
    /// ## Why is this bad?
    /// PAUSE and the indexers match these paths against the files in the archive, which always
    /// use `/` and are relative to its root. `lib\Foo.pm` or `/home/me/Foo/lib/Foo.pm` never
    /// match, so the package is not indexed or the private directory is indexed after all.
    /// CPAN::Meta::Validator checks only that a value is defined (`provides` `file`) or a
    /// non-empty string (`no_index`).
    ///
    /// ## Example
    /// ```json
    /// { "provides": { "Foo": { "file": "lib\\Foo.pm", "version": "1.0" } } }
    /// ```
    ///
    /// ## How to fix
    /// Write the path as it appears in the archive, relative to its root: `lib/Foo.pm`.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec 2, "provides", "file": "It must contain a Unix-style relative file path
    /// from the root of the distribution directory"; "no_index": "Paths must be specified with
    /// unix conventions."
    pub static UNIX_RELATIVE_PATH = {
        code: "CM212", name: "unix-relative-path", group: Strict,
        severity: Error, modes: StrictOnly,
    }
}

/// What is wrong with `path` as a Unix-style path relative to the distribution root, if anything.
fn problem(path: &str) -> Option<&'static str> {
    let bytes = path.as_bytes();
    if path.is_empty() {
        Some("is empty")
    } else if path.contains('\\') {
        Some("uses backslashes")
    } else if path.starts_with('/') {
        Some("is absolute")
    } else if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        Some("starts with a drive letter")
    } else if path.split('/').any(|c| c == "..") {
        Some("leaves the distribution directory with `..`")
    } else {
        None
    }
}

fn report(out: &mut Vec<Diagnostic>, pointer: String, node: &Node, section: &str) {
    let Some(path) = node.value.as_str() else {
        return;
    };
    let Some(problem) = problem(path) else {
        return;
    };
    let help = if path.contains('\\') {
        format!("write `{}`", path.replace('\\', "/"))
    } else {
        "give the path relative to the distribution root, with `/` separators".to_owned()
    };
    out.push(
        Diagnostic::new(
            &UNIX_RELATIVE_PATH,
            format!("path `{path}` {problem}; it must be a Unix-style path relative to the distribution root"),
            Location::new(pointer, Some(node.span)),
        )
        .with_help(help)
        .with_spec(format!("CPAN::Meta::Spec 2, \"{section}\"")),
    );
}

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if family(cx) != Some(SpecFamily::V2) {
        return;
    }
    for e in root_map(cx, "provides")
        .map(Object::iter)
        .into_iter()
        .flatten()
    {
        if let Some(file) = e.value.value.as_object().and_then(|m| m.get("file")) {
            report(
                out,
                pointer_of(["provides", &e.key, "file"]),
                file,
                "provides",
            );
        }
    }
    let Some(no_index) = root_map(cx, "no_index") else {
        return;
    };
    for key in ["file", "directory"] {
        let Some(Value::Array(items)) = no_index.get(key).map(|n| &n.value) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let i = i.to_string();
            report(out, pointer_of(["no_index", key, &i]), item, "no_index");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{pointers, run};
    use super::*;
    use serde_json::json;

    #[test]
    fn non_unix_or_non_relative_paths_are_reported() {
        let doc = json!({
            "provides": {
                "A": {"file": "lib\\A.pm"},
                "B": {"file": ""},
                "C": {"file": "lib/C.pm"},
                "D": {"file": "META.json"},
            },
            "no_index": {"directory": ["t", "/abs", "C:/x", "../up", "inc/./x"], "package": ["A\\B"]},
        });
        let found = run(check, "2", &doc);
        assert_eq!(
            pointers(&found),
            [
                "/provides/A/file",
                "/provides/B/file",
                "/no_index/directory/1",
                "/no_index/directory/2",
                "/no_index/directory/3",
            ]
        );
        assert!(found[0].help.as_deref().unwrap().contains("lib/A.pm"));
    }

    #[test]
    fn spec_1_documents_are_not_checked() {
        let doc = json!({"provides": {"A": {"file": "lib\\A.pm"}}});
        assert!(run(check, "1.4", &doc).is_empty());
    }
}
