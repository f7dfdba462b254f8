//! CPAN::DistnameInfo 0.12: the distribution name and version in a release's file name.
//! Module::CPANTS::Analyse takes `dist`, `version` and `distvname` from it, and the indicators
//! `has_version`, `has_proper_version` and `distname_matches_name_in_meta` judge them.

use std::sync::LazyLock;

use fancy_regex::Regex;

/// What CPAN::DistnameInfo makes of a file name.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DistnameInfo {
    /// `Foo-Bar-1.0` (the file name without its extension); `None` for an unknown extension.
    pub distvname: Option<String>,
    pub dist: Option<String>,
    pub version: Option<String>,
    /// `.tar.gz`, `.zip` … without the dot.
    pub extension: Option<String>,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

fn group(c: &fancy_regex::Captures<'_, str>, i: usize) -> String {
    c.get(i).map_or_else(String::new, |m| m.as_str().to_owned())
}

/// `CPAN::DistnameInfo->new($file)` for a file name (a path's last component is used).
pub fn parse(file: &str) -> DistnameInfo {
    // Perl's `/i` on a file name (bytes) folds ASCII only, and the extensions are ASCII: `(?i-u)`
    // needs no Unicode case tables (the crate feature `regex-unicode`).
    static EXT: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"([^/]+)\.((?i-u:tar\.(?:g?z|bz2)|zip|tgz))$").expect("valid regex")
    });
    let file = file.rsplit('/').next().unwrap_or(file);
    let Some(c) = EXT.captures(file) else {
        return DistnameInfo::default();
    };
    let text = |i: usize| c.get(i).map_or_else(String::new, |m| m.as_str().to_owned());
    let distvname = text(1);
    let extension = text(2);
    let (dist, version) = distname_info(&distvname);
    DistnameInfo {
        distvname: Some(distvname),
        dist,
        version,
        extension: Some(extension),
    }
}

/// `distname_info($distvname)`: (dist, version).
fn distname_info(file: &str) -> (Option<String>, Option<String>) {
    static MAIN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?s)^((?:[-+.]*(?:[A-Za-z0-9]+|(?<=\D)_|_(?=\D))*(?:[A-Za-z](?=[^A-Za-z]|$)|\d(?=-))(?<![._-][vV]))+)(.*)$",
        )
    });
    static V_PART: LazyLock<Regex> = LazyLock::new(|| re(r"^(-[Vv].*)-(\d.*)"));
    static UNDERSCORE_PART: LazyLock<Regex> = LazyLock::new(|| re(r"(.+_.*)-(\d.*)"));
    static DIGITS_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"-(\d+\w)$"));
    static WORD: LazyLock<Regex> = LazyLock::new(|| re(r"-(\w+)$"));
    static ALL_DIGITS: LazyLock<Regex> = LazyLock::new(|| re(r"^\d+$"));
    static DOTTED: LazyLock<Regex> = LazyLock::new(|| re(r"\d\.\d"));

    if file.is_empty() {
        return (None, None);
    }
    let Ok(Some(c)) = MAIN.captures(file) else {
        return (Some(file.to_owned()), None);
    };
    let mut dist = group(&c, 1);
    let mut version = group(&c, 2);
    if version.is_empty() && dist.ends_with("-undef") {
        dist.truncate(dist.len() - "-undef".len());
    }
    if version.ends_with("-withoutworldwriteables") {
        version.truncate(version.len() - "-withoutworldwriteables".len());
    }
    if let Ok(Some(c)) = V_PART.captures(version.as_str()) {
        let (a, b) = (group(&c, 1), group(&c, 2));
        dist.push_str(&a);
        version = b;
    }
    if let Ok(Some(c)) = UNDERSCORE_PART.captures(version.as_str()) {
        let (a, b) = (group(&c, 1), group(&c, 2));
        dist.push_str(&a);
        version = b;
    }
    if dist.ends_with(".pm") {
        dist.truncate(dist.len() - ".pm".len());
    }
    if version.is_empty() {
        if let Ok(Some(m)) = DIGITS_WORD.captures(dist.as_str()) {
            let whole = m.get(0).map_or(0, |g| g.start());
            version = group(&m, 1);
            dist.truncate(whole);
        }
    }
    if ALL_DIGITS.is_match(&version).unwrap_or(false) {
        if let Ok(Some(m)) = WORD.captures(dist.as_str()) {
            let whole = m.get(0).map_or(0, |g| g.start());
            version = format!("{}{version}", group(&m, 1));
            dist.truncate(whole);
        }
    }
    let strip: &[char] = if DOTTED.is_match(&version).unwrap_or(false) {
        &['-', '_', '.']
    } else {
        &['-', '_']
    };
    let version = version.trim_start_matches(strip).to_string();
    let version = (!version.is_empty()).then_some(version);
    (Some(dist), version)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values from CPAN::DistnameInfo 0.12 (perl 5.36):
    /// `perl -MCPAN::DistnameInfo -E 'my $d = CPAN::DistnameInfo->new($_); say join "|", map { $_ // "undef" } $d->dist, $d->version'`.
    #[test]
    fn names_and_versions_as_cpan_distnameinfo_reads_them() {
        for (file, dist, version) in [
            ("Foo-Bar-1.23.tar.gz", Some("Foo-Bar"), Some("1.23")),
            ("Foo-Bar-v1.2.3.tar.gz", Some("Foo-Bar"), Some("v1.2.3")),
            (
                "Foo-Bar-1.23-TRIAL.tar.gz",
                Some("Foo-Bar"),
                Some("1.23-TRIAL"),
            ),
            ("Foo-Bar-1.23_01.tgz", Some("Foo-Bar"), Some("1.23_01")),
            ("CGI.pm-4.50.tar.gz", Some("CGI"), Some("4.50")),
            (
                "Unicode-Collate-Standard-V3_1_1-0.1.tar.gz",
                Some("Unicode-Collate-Standard-V3_1_1"),
                Some("0.1"),
            ),
            (
                "Task-Deprecations5_14-1.00.tar.gz",
                Some("Task-Deprecations5_14"),
                Some("1.00"),
            ),
            ("Foo-Bar.tar.gz", Some("Foo-Bar"), None),
            ("ack-v3.6.0.tar.gz", Some("ack"), Some("v3.6.0")),
            ("Foo-Bar-1.0a.zip", Some("Foo-Bar"), Some("1.0a")),
            ("Foo-Bar-1.tar.bz2", Some("Foo-Bar"), Some("1")),
            ("Foo-Bar-1.0.tar", None, None),
        ] {
            let info = parse(file);
            assert_eq!(
                (info.dist.as_deref(), info.version.as_deref()),
                (dist, version),
                "{file}"
            );
        }
    }

    /// The extension is matched ASCII case-insensitively (Perl's `/i` on bytes). Expected values
    /// from CPAN::DistnameInfo 0.12 (perl 5.36): `perl -MCPAN::DistnameInfo -E 'my $d =
    /// CPAN::DistnameInfo->new("A/AB/ABC/$_"); say join "|", $d->dist, $d->version,
    /// $d->extension, $d->distvname'`.
    #[test]
    fn the_extension_is_case_insensitive() {
        for (file, extension) in [
            ("Foo-Bar-1.02.TAR.GZ", "TAR.GZ"),
            ("Foo-Bar-1.02.Zip", "Zip"),
            ("Foo-Bar-1.02.tGz", "tGz"),
        ] {
            let info = parse(file);
            assert_eq!(
                (
                    info.dist.as_deref(),
                    info.version.as_deref(),
                    info.extension.as_deref(),
                    info.distvname.as_deref()
                ),
                (
                    Some("Foo-Bar"),
                    Some("1.02"),
                    Some(extension),
                    Some("Foo-Bar-1.02")
                ),
                "{file}"
            );
        }
    }
}
