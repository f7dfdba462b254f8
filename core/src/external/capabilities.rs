//! The virtual capabilities a `dep:virtual/<kind>/<name>` key may name: things provided by
//! whichever package the system has (a C compiler, a BLAS implementation, a PostgreSQL server)
//! rather than by one package. Version 1 of the list; names are lowercase.

/// `(kind, names)`. The `compiler` and `interface` kinds are PEP 725's two virtual namespaces,
/// with its names (`c`, `cxx`, `rust`, `blas`, `lapack`, ...: the most common name of the
/// language or interface, lowercased); `tool` and `service` are this extension's, for what CPAN
/// distributions' build scripts and tests most often probe for.
pub const KNOWN: &[(&str, &[&str])] = &[
    (
        "compiler",
        &[
            "c", "cuda", "cxx", "d", "fortran", "go", "java", "objc", "objcxx", "rust",
        ],
    ),
    (
        "interface",
        &[
            "blas", "lapack", "mpi", "openmp", "opencl", "opengl", "vulkan",
        ],
    ),
    (
        "tool",
        &[
            "autoconf",
            "automake",
            "bison",
            "cmake",
            "flex",
            "git",
            "libtool",
            "make",
            "meson",
            "ninja",
            "pkg-config",
            "swig",
        ],
    ),
    (
        "service",
        &[
            "elasticsearch",
            "ldap",
            "mariadb",
            "memcached",
            "mongodb",
            "mysql",
            "postgresql",
            "rabbitmq",
            "redis",
            "smtp",
        ],
    ),
];

/// The names known for `kind`, or `None` for an unknown kind.
pub fn names(kind: &str) -> Option<&'static [&'static str]> {
    KNOWN.iter().find(|(k, _)| *k == kind).map(|(_, n)| *n)
}

/// Whether `kind` is one of the four kinds.
pub fn is_kind(kind: &str) -> bool {
    names(kind).is_some()
}

/// Whether `kind/name` is a known capability.
pub fn is_known(kind: &str, name: &str) -> bool {
    names(kind).is_some_and(|n| n.contains(&name))
}

/// The whole list as `kind/name` strings, for help texts.
pub fn list() -> String {
    KNOWN
        .iter()
        .flat_map(|(k, names)| names.iter().map(move |n| format!("{k}/{n}")))
        .collect::<Vec<_>>()
        .join(", ")
}
