//! The virtual capabilities a `dep:virtual/<kind>/<name>` key may name: things provided by
//! whichever package the system has (a C compiler, a BLAS implementation, a PostgreSQL server)
//! rather than by one package. Version 1 of the list; names are lowercase.

/// `(kind, names)`. The compilers and interfaces follow the examples of PEP 725; tools and
/// services are the ones CPAN distributions' build scripts and tests most often probe for.
pub const KNOWN: &[(&str, &[&str])] = &[
    (
        "compiler",
        &[
            "c", "cpp", "cuda", "d", "fortran", "go", "java", "objc", "objcpp", "rust",
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
