//! `Alien::*` modules install (or find) a non-Perl library or tool at build time; a distribution
//! that needs one has an external dependency it should declare. This maps the common Alien
//! modules to what they provide; an unlisted `Alien::Foo` is taken to provide `foo`.

/// Alien modules that are Alien::Build's own machinery, not a library.
const MACHINERY: &[&str] = &["Alien::Base", "Alien::Build", "Alien::Role", "Alien::Util"];

/// `(module, key)`: what a well-known Alien module provides, as a dependency key.
pub const KNOWN: &[(&str, &str)] = &[
    ("Alien::Autotools", "dep:virtual/tool/autoconf"),
    ("Alien::bison", "dep:virtual/tool/bison"),
    ("Alien::cmake3", "dep:virtual/tool/cmake"),
    ("Alien::curl", "pkg:generic/curl"),
    ("Alien::FFI", "pkg:generic/libffi"),
    ("Alien::flex", "dep:virtual/tool/flex"),
    ("Alien::gmake", "dep:virtual/tool/make"),
    ("Alien::GMP", "pkg:generic/gmp"),
    ("Alien::Libxml2", "pkg:generic/libxml2"),
    ("Alien::libxml2", "pkg:generic/libxml2"),
    ("Alien::m4", "pkg:generic/m4"),
    ("Alien::nasm", "pkg:generic/nasm"),
    ("Alien::OpenSSL", "pkg:generic/openssl"),
    ("Alien::pkgconf", "dep:virtual/tool/pkg-config"),
    ("Alien::SWIG", "dep:virtual/tool/swig"),
    ("Alien::xz", "pkg:generic/xz"),
    ("Alien::zlib", "pkg:generic/zlib"),
];

/// Whether `module` is an Alien distribution's main module (and not Alien::Build machinery).
pub fn is_alien(module: &str) -> bool {
    module
        .strip_prefix("Alien::")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains("::"))
        && !MACHINERY.contains(&module)
}

/// The dependency key `module` suggests declaring.
pub fn suggested_key(module: &str) -> String {
    KNOWN.iter().find(|(m, _)| *m == module).map_or_else(
        || {
            let name = module.trim_start_matches("Alien::").to_ascii_lowercase();
            format!("pkg:generic/{name}")
        },
        |(_, k)| (*k).to_owned(),
    )
}

/// A name for loose matching: lowercase, a leading `lib` and a trailing version digit run
/// dropped (`Alien::libxml2` and `pkg:deb/debian/libxml2-dev` both give `xml`).
fn stem(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    let n = n.strip_suffix("-dev").unwrap_or(&n);
    let n = n.strip_suffix("-devel").unwrap_or(n);
    let n = n.strip_prefix("lib").unwrap_or(n);
    n.trim_end_matches(|c: char| c.is_ascii_digit()).to_owned()
}

/// Whether a declared dependency (its canonical key and bare name) covers the Alien module.
pub fn covers(module: &str, canonical: &str, name: &str) -> bool {
    let suggested = suggested_key(module);
    if suggested == canonical {
        return true;
    }
    let suggested_name = suggested.rsplit('/').next().unwrap_or_default();
    stem(suggested_name) == stem(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alien_modules() {
        assert!(is_alien("Alien::OpenSSL"));
        assert!(!is_alien("Alien::Build"));
        assert!(!is_alien("Alien::Build::Plugin::Foo"));
        assert!(!is_alien("Moose"));
        assert_eq!(suggested_key("Alien::Foo"), "pkg:generic/foo");
        assert!(covers(
            "Alien::Libxml2",
            "pkg:deb/debian/libxml2-dev",
            "libxml2-dev"
        ));
        assert!(covers("Alien::OpenSSL", "pkg:generic/openssl", "openssl"));
        assert!(!covers("Alien::OpenSSL", "pkg:generic/zlib", "zlib"));
    }
}
