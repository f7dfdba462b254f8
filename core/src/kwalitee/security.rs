//! Module::CPANTS::SiteKwalitee::Security: a security policy (`SECURITY`, `SECURITY.md`,
//! `SECURITY.pod`, optionally under `doc/` or `docs/`) with a contact, and a contribution guide
//! (`CONTRIBUTING…`).
//!
//! The reference finds a contact with Regexp::Common's `$RE{Email}{Address}` (an RFC 2822
//! address) and `$RE{URI}{HTTP}{-scheme => 'https'}`. Here an address is a dot-atom local part,
//! `@` and a dot-atom domain; a link is `https://` and an RFC 2396 host name or IPv4 address.

use std::sync::LazyLock;

use regex::bytes::Regex;

fn doc_regex(name: &str) -> Regex {
    // `m!^(docs?/)?NAME(?:.(?:pod|md))?$!i`: the `.` is any character.
    Regex::new(&format!(r"(?i-u)^(?:docs?/)?{name}(?:.(?:pod|md))?\n?$")).expect("valid regex")
}

pub(crate) fn is_security_doc(path: &str) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| doc_regex("SECURITY"));
    RE.is_match(path.as_bytes())
}

pub(crate) fn is_contributing_doc(path: &str) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| doc_regex("CONTRIBUTING"));
    RE.is_match(path.as_bytes())
}

/// The contacts a security policy gives: e-mail addresses and `https` links.
pub(crate) fn contacts(text: &[u8]) -> Vec<String> {
    static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
        let atom = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
        Regex::new(&format!(r"(?-u){atom}(?:\.{atom})*@{atom}(?:\.{atom})*")).expect("valid regex")
    });
    static HTTPS: LazyLock<Regex> = LazyLock::new(|| {
        let label = r"[a-zA-Z0-9](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?";
        let top = r"[a-zA-Z](?:[-a-zA-Z0-9]*[a-zA-Z0-9])?";
        Regex::new(&format!(
            r"(?-u)https://(?:(?:{label}\.)*{top}\.?|[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+)"
        ))
        .expect("valid regex")
    });
    EMAIL
        .find_iter(text)
        .chain(HTTPS.find_iter(text))
        .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_and_guide_file_names() {
        for p in [
            "SECURITY",
            "SECURITY.md",
            "security.pod",
            "docs/SECURITY.md",
            "doc/Security.md",
            "SECURITYxmd",
        ] {
            assert!(is_security_doc(p), "{p}");
        }
        for p in ["SECURITY.txt", "lib/SECURITY.md", "SECURITY.markdown"] {
            assert!(!is_security_doc(p), "{p}");
        }
        assert!(is_contributing_doc("CONTRIBUTING.md"));
        assert!(!is_contributing_doc("CONTRIBUTORS"));
    }

    #[test]
    fn contacts_are_addresses_and_https_links() {
        assert_eq!(
            contacts(b"Report to security@example.org please"),
            ["security@example.org"]
        );
        assert_eq!(
            contacts(b"Use https://github.com/x/y/security/advisories"),
            ["https://github.com"]
        );
        assert!(contacts(b"see http://example.org or write to us").is_empty());
    }
}
