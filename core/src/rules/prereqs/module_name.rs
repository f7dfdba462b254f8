//! CM409: a prerequisite name that is not a Perl module name.

use std::sync::LazyLock;

use regex::Regex;

use super::PrereqEntry;
use crate::diagnostic::Diagnostic;

crate::declare_rule! {
    /// ## What it does
    /// Reports prerequisite names that are not Perl package names and says what they look like:
    /// a distribution name (`Foo-Bar`), the old `'` package separator (`Foo'Bar`), a file name
    /// (`Foo/Bar.pm`) or a Package URL (`pkg:generic/openssl`).
    ///
    /// ## Why is this bad?
    /// Prerequisites name *modules* (packages), which installers look up in the CPAN index;
    /// `Foo-Bar` is not in it, so the dependency is never installed. A Package URL names
    /// something outside CPAN that no Perl installer can install. CPAN::Meta::Validator rejects
    /// these names without saying what was meant; this rule (strict mode) says it.
    ///
    /// ## Example
    /// ```json
    /// "requires": { "Foo-Bar": "1.0", "pkg:generic/openssl": "0" }
    /// ```
    ///
    /// ## How to fix
    /// Name a module of the distribution (`Foo::Bar`). Declare dependencies outside CPAN in a
    /// custom `x_` field meant for them, not among the prerequisites.
    ///
    /// ## Spec
    /// CPAN::Meta::Spec, "Prereq Spec": "the keys are module names".
    pub static PREREQ_NOT_A_MODULE_NAME = {
        code: "CM409", name: "prereq-not-a-module-name", group: Prereqs,
        severity: Error, modes: StrictOnly,
    }
}

static PACKAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z0-9_]+)*\z").expect("package regex")
});
static DIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+\z").expect("dist regex")
});

/// [`PACKAGE`] matched by hand: this runs on every prerequisite name, and the regex engine cost
/// more than the rest of the group's per-name work. Words of `[A-Za-z0-9_]` joined by `::`, the
/// first starting with a letter or `_`.
fn is_package(name: &str) -> bool {
    let bytes = name.as_bytes();
    if !bytes
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        return false;
    }
    let mut word_len = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() || b == b'_' {
            word_len += 1;
            i += 1;
        } else if b == b':' && bytes.get(i + 1) == Some(&b':') && word_len > 0 {
            word_len = 0;
            i += 2;
        } else {
            return false;
        }
    }
    word_len > 0
}

/// What a non-module name looks like, and what to write instead.
fn diagnose(name: &str) -> (String, String) {
    if name.starts_with("pkg:") {
        return (
            format!("`{name}` is a Package URL, not a Perl module"),
            "installers cannot install non-CPAN packages: declare them in a custom `x_` field for external dependencies".to_owned(),
        );
    }
    if DIST.is_match(name) {
        let module = name.replace('-', "::");
        return (
            format!("`{name}` looks like a distribution name, not a module name"),
            format!("name a module of that distribution, such as `{module}`"),
        );
    }
    let apostrophes = name.replace('\'', "::");
    if name.contains('\'') && PACKAGE.is_match(&apostrophes) {
        return (
            format!("`{name}` uses the old `'` package separator"),
            format!("write `{apostrophes}`"),
        );
    }
    if let Some(stem) = name.strip_suffix(".pm") {
        let module = stem.trim_start_matches("lib/").replace('/', "::");
        if PACKAGE.is_match(&module) {
            return (
                format!("`{name}` is a file name, not a module name"),
                format!("write `{module}`"),
            );
        }
    }
    (
        format!("`{name}` is not a Perl module name"),
        "module names are `::`-separated identifiers, such as `Foo::Bar`".to_owned(),
    )
}

pub(super) fn check(entries: &[PrereqEntry<'_>], out: &mut Vec<Diagnostic>) {
    for e in entries {
        if is_package(e.module()) {
            continue;
        }
        let (message, help) = diagnose(e.module());
        out.push(
            Diagnostic::new(&PREREQ_NOT_A_MODULE_NAME, message, e.key_location())
                .with_help(help)
                .with_spec("CPAN::Meta::Spec, \"Prereq Spec\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written match agrees with the regex it replaces on the hot path.
    #[test]
    fn is_package_is_the_package_regex() {
        for name in [
            "Foo",
            "Foo::Bar",
            "_x",
            "Foo2::_3",
            "perl",
            "A::B::C",
            "",
            "0Foo",
            "Foo::",
            "::Foo",
            "Foo:Bar",
            "Foo:::Bar",
            "Foo::::Bar",
            "Foo-Bar",
            "Foo'Bar",
            "Foo\n",
            "Foo::Bar\n",
            "Fö",
            "Foo::2",
            "Foo bar",
            ":",
            "::",
            "pkg:cpan/Foo",
        ] {
            assert_eq!(is_package(name), PACKAGE.is_match(name), "{name:?}");
        }
    }
}
