//! Recognising license URLs (`resources.license`, 1.x `license_uri`, URLs written into `license`).
//!
//! A URL is normalised (scheme, `www.`, query, fragment, trailing `/` and file suffixes dropped,
//! lower case) and looked up in a table of well-known license pages, or read as an SPDX id where
//! the site names pages by id (the SPDX list, the OSI, choosealicense).

use super::consistency::{id_consistent, pattern_matches};
use super::table::{self, Entry, Vocabulary};

/// The license a URL names, as SPDX id patterns (`GPL-2.0-*` is "GPL version 2, only or later").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlLicense {
    pub patterns: Vec<String>,
}

/// Well-known pages (normalised) and the licenses they show.
const PAGES: &[(&str, &[&str])] = &[
    (
        "dev.perl.org/licenses",
        &["Artistic-1.0-Perl", "GPL-1.0-or-later"],
    ),
    ("dev.perl.org/licenses/artistic", &["Artistic-1.0-Perl"]),
    ("dev.perl.org/licenses/gpl1", &["GPL-1.0-or-later"]),
    ("perldoc.perl.org/perlartistic", &["Artistic-1.0-Perl"]),
    ("perldoc.perl.org/perlgpl", &["GPL-1.0-or-later"]),
    (
        "opensource.org/licenses/perl",
        &["Artistic-1.0-Perl", "GPL-1.0-or-later"],
    ),
    (
        "perlfoundation.org/artistic_license_1_0",
        &["Artistic-1.0-Perl", "Artistic-1.0"],
    ),
    ("perlfoundation.org/artistic_license_2_0", &["Artistic-2.0"]),
    ("perlfoundation.org/artistic-license-20", &["Artistic-2.0"]),
    (
        "perlfoundation.org/legal/licenses/artistic-2_0",
        &["Artistic-2.0"],
    ),
    (
        "opensource.org/licenses/artistic-license",
        &["Artistic-1.0", "Artistic-1.0-Perl"],
    ),
    (
        "opensource.org/licenses/artistic-license-2.0",
        &["Artistic-2.0"],
    ),
    (
        "opensource.org/licenses/artistic-perl-1.0",
        &["Artistic-1.0-Perl"],
    ),
    ("opensource.org/licenses/gpl-license", &["GPL-*"]),
    ("opensource.org/licenses/gpl-2.0", &["GPL-2.0-*"]),
    ("opensource.org/licenses/gpl-3.0", &["GPL-3.0-*"]),
    ("opensource.org/licenses/lgpl-license", &["LGPL-*"]),
    ("opensource.org/licenses/lgpl-2.1", &["LGPL-2.1-*"]),
    ("opensource.org/licenses/lgpl-3.0", &["LGPL-3.0-*"]),
    ("opensource.org/licenses/mit-license", &["MIT"]),
    (
        "opensource.org/licenses/bsd-license",
        &["BSD-3-Clause", "BSD-2-Clause"],
    ),
    ("opensource.org/licenses/mozilla1.1", &["MPL-1.1"]),
    ("opensource.org/licenses/apache2.0", &["Apache-2.0"]),
    ("gnu.org/licenses/gpl", &["GPL-3.0-*"]),
    ("gnu.org/licenses/gpl-3.0", &["GPL-3.0-*"]),
    ("gnu.org/licenses/gpl-2.0", &["GPL-2.0-*"]),
    ("gnu.org/licenses/old-licenses/gpl-2.0", &["GPL-2.0-*"]),
    ("gnu.org/licenses/old-licenses/gpl-1.0", &["GPL-1.0-*"]),
    ("gnu.org/licenses/lgpl", &["LGPL-3.0-*"]),
    ("gnu.org/licenses/lgpl-3.0", &["LGPL-3.0-*"]),
    ("gnu.org/licenses/lgpl-2.1", &["LGPL-2.1-*"]),
    ("gnu.org/licenses/old-licenses/lgpl-2.1", &["LGPL-2.1-*"]),
    ("gnu.org/licenses/old-licenses/lgpl-2.0", &["LGPL-2.0-*"]),
    ("gnu.org/licenses/agpl", &["AGPL-3.0-*"]),
    ("gnu.org/licenses/agpl-3.0", &["AGPL-3.0-*"]),
    ("gnu.org/licenses/fdl", &["GFDL-1.3-*"]),
    ("gnu.org/licenses/fdl-1.3", &["GFDL-1.3-*"]),
    ("gnu.org/licenses/old-licenses/fdl-1.2", &["GFDL-1.2-*"]),
    ("gnu.org/licenses/old-licenses/fdl-1.1", &["GFDL-1.1-*"]),
    ("apache.org/licenses/license-2.0", &["Apache-2.0"]),
    ("apache.org/licenses/license-1.1", &["Apache-1.1"]),
    ("mozilla.org/mpl/2.0", &["MPL-2.0"]),
    ("mozilla.org/mpl/1.1", &["MPL-1.1"]),
    ("mozilla.org/mpl/mpl-1.1", &["MPL-1.1"]),
    ("creativecommons.org/publicdomain/zero/1.0", &["CC0-1.0"]),
    (
        "creativecommons.org/publicdomain/zero/1.0/legalcode",
        &["CC0-1.0"],
    ),
];

/// Sites whose license pages are named by SPDX id (`spdx.org/licenses/MIT.html`).
const BY_ID: &[&str] = &[
    "spdx.org/licenses/",
    "opensource.org/licenses/",
    "choosealicense.com/licenses/",
];

/// Whether a string looks like a URL (what CPAN::Meta::Converter's `_is_urlish` accepts:
/// a scheme followed by `:`).
pub fn is_url(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once(':') else {
        return false;
    };
    !scheme.is_empty()
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.')
        && s.contains("//")
}

/// Lower case, no scheme, no `www.`, no query or fragment, no trailing `/`, no file suffix.
pub fn normalise(url: &str) -> String {
    let mut u = url.trim().to_ascii_lowercase();
    if let Some(i) = u.find(['?', '#']) {
        u.truncate(i);
    }
    let mut s = u.as_str();
    for scheme in ["https://", "http://"] {
        s = s.strip_prefix(scheme).unwrap_or(s);
    }
    s = s.strip_prefix("www.").unwrap_or(s);
    s = s.trim_end_matches('/');
    for suffix in [".php", ".html", ".htm", ".txt", ".json", ".en", ".md"] {
        s = s.strip_suffix(suffix).unwrap_or(s);
    }
    s.trim_end_matches('/').to_owned()
}

/// The license a URL names, if it is a page cpanmeta knows.
pub fn recognise(url: &str) -> Option<UrlLicense> {
    let key = normalise(url);
    if let Some((_, ids)) = PAGES.iter().find(|(page, _)| *page == key) {
        return Some(UrlLicense {
            patterns: ids.iter().map(|s| (*s).to_owned()).collect(),
        });
    }
    let name = BY_ID.iter().find_map(|site| key.strip_prefix(site))?;
    if name.contains('/') {
        return None;
    }
    let id = spdx::identifiers::LICENSES
        .iter()
        .find(|l| l.name.eq_ignore_ascii_case(name))?;
    let lid = spdx::license_id(id.name)?;
    // A bare GNU id names the text, whether "only" or "or later".
    let pattern = if lid.is_gnu() && !id.name.ends_with("-only") && !id.name.ends_with("-or-later")
    {
        format!("{}-*", id.name)
    } else {
        id.name.to_owned()
    };
    Some(UrlLicense {
        patterns: vec![pattern],
    })
}

/// The current SPDX ids a URL's patterns stand for.
pub fn ids(url: &UrlLicense) -> impl Iterator<Item = &'static str> + '_ {
    spdx::identifiers::LICENSES
        .iter()
        .filter(|l| l.flags & spdx::flags::IS_DEPRECATED == 0)
        .map(|l| l.name)
        .filter(|id| url.patterns.iter().any(|p| pattern_matches(p, id)))
}

/// Whether a URL's license agrees with a CPAN string.
pub fn agrees(url: &UrlLicense, entry: &Entry) -> bool {
    ids(url).any(|id| id_consistent(entry, id))
}

/// The string of `vocabulary` that names the URL's license: a specific string whose expression
/// the URL shows, else an unversioned one (`gpl`) that covers it.
pub fn best_string(url: &UrlLicense, vocabulary: Vocabulary) -> Option<&'static Entry> {
    let entries = || {
        table::table()
            .entries
            .iter()
            .filter(move |e| e.vocabulary == vocabulary)
    };
    let shows_all = |e: &Entry| {
        super::consistency::entry_ids(e)
            .all(|id| url.patterns.iter().any(|p| pattern_matches(p, id)))
    };
    entries()
        .find(|e| e.is_specific() && shows_all(e))
        .or_else(|| entries().find(|e| e.warn && agrees(url, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(url: &str, v: Vocabulary) -> Option<&'static str> {
        recognise(url)
            .and_then(|u| best_string(&u, v))
            .map(|e| e.string.as_str())
    }

    #[test]
    fn common_pages_are_recognised() {
        assert_eq!(
            best("http://dev.perl.org/licenses/", Vocabulary::V2),
            Some("perl_5")
        );
        assert_eq!(
            best("https://dev.perl.org/licenses", Vocabulary::V1),
            Some("perl")
        );
        assert_eq!(
            best(
                "http://www.perlfoundation.org/artistic_license_2_0",
                Vocabulary::V2
            ),
            Some("artistic_2")
        );
        assert_eq!(
            best(
                "http://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt",
                Vocabulary::V2
            ),
            Some("lgpl_2_1")
        );
        assert_eq!(
            best("http://www.gnu.org/licenses/gpl.html", Vocabulary::V2),
            Some("gpl_3")
        );
        assert_eq!(
            best("http://www.gnu.org/licenses/gpl.html", Vocabulary::V1),
            Some("gpl")
        );
        assert_eq!(
            best("http://apache.org/licenses/LICENSE-2.0", Vocabulary::V1),
            Some("apache")
        );
        assert_eq!(
            best("https://spdx.org/licenses/MIT.html", Vocabulary::V2),
            Some("mit")
        );
        assert_eq!(
            best("https://opensource.org/licenses/GPL-2.0", Vocabulary::V2),
            Some("gpl_2")
        );
        assert_eq!(
            recognise("https://wiki.creativecommons.org/wiki/Public_domain"),
            None
        );
        assert_eq!(recognise("http://example.com/LICENSE"), None);
    }

    #[test]
    fn urls_agree_with_the_licenses_they_show() {
        let perl_5 = table::lookup(Vocabulary::V2, "perl_5").unwrap();
        let artistic_2 = table::lookup(Vocabulary::V2, "artistic_2").unwrap();
        let perl_page = recognise("http://dev.perl.org/licenses/").unwrap();
        assert!(agrees(&perl_page, perl_5));
        assert!(!agrees(&perl_page, artistic_2));
        // Perl's GPL 1 "or later" grants GPL 3.
        assert!(agrees(
            &recognise("http://www.gnu.org/licenses/gpl.html").unwrap(),
            perl_5
        ));
    }

    #[test]
    fn url_detection_follows_the_converter() {
        assert!(is_url("http://dev.perl.org/licenses/"));
        assert!(!is_url("perl"));
        assert!(!is_url("GPL:2"));
    }
}
