//! The `cpan` purl type as it stands since July 2026: the name is the distribution name (case
//! sensitive, never `::`), the CPAN author ID goes in the `author` qualifier (the uppercase
//! namespace is the legacy form, still valid), and `distpath` locates the archive.

use super::types;

/// Whether `s` can be a CPAN distribution name in a purl: non-empty, no `::`, and only the
/// characters PAUSE accepts in archive names (letters, digits, `-`, `_`, `.`, `+`), starting with a
/// letter or digit.
pub fn is_distribution_name(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'+'))
}

/// Whether `s` looks like a module name (`LWP::UserAgent`) rather than a distribution name.
pub fn is_module_name(s: &str) -> bool {
    s.contains("::") || s.contains('\'')
}

/// The distribution name a module name most likely belongs to when no index says otherwise
/// (`LWP::UserAgent` → `LWP-UserAgent`; the index knows it is `libwww-perl`).
pub fn guess_distribution(module: &str) -> String {
    module.replace("::", "-").replace('\'', "-")
}

/// Whether `s` is a CPAN author ID (PAUSE ID): an uppercase letter, then uppercase letters, digits
/// or `-`, at most 9 characters.
pub fn is_author_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    (2..=9).contains(&s.len())
        && bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && bytes.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// The author ID in an `x_authority` value (`cpan:DROLSKY`), uppercased.
pub fn author_from_authority(s: &str) -> Option<String> {
    let (scheme, id) = s.split_once(':')?;
    let id = id.trim().to_ascii_uppercase();
    (scheme.trim().eq_ignore_ascii_case("cpan") && is_author_id(&id)).then_some(id)
}

/// The `ext` qualifier's default, from the cpan type definition (`tar.gz`).
pub fn default_ext() -> &'static str {
    types::definition("cpan")
        .and_then(|d| d.qualifiers.iter().find(|q| q.key == "ext"))
        .and_then(|q| q.default_value.as_deref())
        .unwrap_or("tar.gz")
}

/// The repository-relative path of a release archive, as `distpath` holds it:
/// `authors/id/D/DR/DROLSKY/DateTime-1.55.tar.gz`.
pub fn distpath(author: &str, dist: &str, version: &str, ext: &str) -> String {
    let a = author.to_ascii_uppercase();
    let one: String = a.chars().take(1).collect();
    let two: String = a.chars().take(2).collect();
    format!("authors/id/{one}/{two}/{a}/{dist}-{version}.{ext}")
}

/// The default repository of the cpan type, from its definition.
pub fn default_repository() -> Option<&'static str> {
    types::definition("cpan").and_then(|d| d.default_repository_url.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution_names_are_what_pause_indexes() {
        for ok in [
            "DateTime",
            "libwww-perl",
            "Text-CSV_XS",
            "perl",
            "Net-SSLeay",
            "Acme-1337",
        ] {
            assert!(is_distribution_name(ok), "{ok}");
        }
        for bad in ["LWP::UserAgent", "", "-Foo", "Foo Bar", "Foo/Bar"] {
            assert!(!is_distribution_name(bad), "{bad}");
        }
    }

    #[test]
    fn author_ids_are_uppercase_pause_ids() {
        assert!(is_author_id("DROLSKY"));
        assert!(is_author_id("ETHER"));
        assert!(is_author_id("RJBS"));
        assert!(!is_author_id("drolsky"));
        assert!(!is_author_id("CPAN-TOOLCHAIN-GANG"));
        assert_eq!(
            author_from_authority("cpan:drolsky").as_deref(),
            Some("DROLSKY")
        );
        assert_eq!(author_from_authority("cpan:P5P").as_deref(), Some("P5P"));
        assert_eq!(author_from_authority("http://example.org"), None);
    }

    #[test]
    fn distpath_follows_the_cpan_author_directory_layout() {
        assert_eq!(
            distpath("drolsky", "DateTime", "1.55", default_ext()),
            "authors/id/D/DR/DROLSKY/DateTime-1.55.tar.gz"
        );
        assert_eq!(default_repository(), Some("https://www.cpan.org/"));
    }
}
