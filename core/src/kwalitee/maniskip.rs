//! ExtUtils::Manifest's `maniskip`: MANIFEST.SKIP's entries, each a Perl regex, joined into one
//! `(?:e1)|(?:e2)…` matched against paths relative to the distribution. An entry may be quoted
//! (`'a file'`) and followed by a comment. CPANTS ignores the whole file when the joined regex
//! does not compile (`no_maniskip_error`).
//!
//! Not reproduced: the `#!include_default` and `#!include` directives (ExtUtils::Manifest
//! expands them by rewriting the file; releases ship the expanded file).

use fancy_regex::Regex;

pub(crate) struct Maniskip {
    /// `None` when the file has no entry (`return sub {0}`).
    re: Option<Regex>,
}

/// One line's entry, or `None` for comments and blank lines:
/// `^\s*(?:'([^\\']*(?:\\.[^\\']*)*)'|([^#\s]\S*))?(?:\s*|\s+(.*?)\s*)$`.
fn entry(line: &str) -> Option<String> {
    let line = line.trim_start();
    if let Some(rest) = line.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '\'' => return (!out.is_empty()).then_some(out),
                '\\' => {
                    let next = chars.next()?;
                    if next != '\'' && next != '\\' {
                        out.push('\\');
                    }
                    out.push(next);
                }
                c => out.push(c),
            }
        }
        // An unterminated quote: the unquoted form reads the token as is.
        return Some(line.split_whitespace().next()?.to_owned());
    }
    let token = line.split_whitespace().next()?;
    if token.starts_with('#') {
        return None;
    }
    Some(token.to_owned())
}

impl Maniskip {
    pub(crate) fn parse(bytes: &[u8]) -> Result<Maniskip, String> {
        let text = String::from_utf8_lossy(bytes);
        let entries: Vec<String> = text
            .split('\n')
            .map(|l| l.replace('\r', ""))
            .filter_map(|l| entry(&l))
            .collect();
        if entries.is_empty() {
            return Ok(Maniskip { re: None });
        }
        let joined = entries
            .iter()
            .map(|e| format!("(?:{e})"))
            .collect::<Vec<_>>()
            .join("|");
        Regex::new(&joined)
            .map(|re| Maniskip { re: Some(re) })
            .map_err(|e| format!("MANIFEST.SKIP: {e}"))
    }

    pub(crate) fn matches(&self, path: &str) -> bool {
        self.re
            .as_ref()
            .is_some_and(|re| re.is_match(path).unwrap_or(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_regexes_with_optional_quotes_and_comments() {
        let m =
            Maniskip::parse(b"# comment\n^blib/\n\\.bak$   # backups\n'a file'\n\n^MYMETA\\.\n")
                .unwrap();
        for p in ["blib/lib/Foo.pm", "lib/Foo.pm.bak", "a file", "MYMETA.yml"] {
            assert!(m.matches(p), "{p}");
        }
        for p in ["lib/blib/x", "MANIFEST", "t/MYMETA.yml"] {
            assert!(!m.matches(p), "{p}");
        }
    }

    #[test]
    fn a_file_whose_regex_does_not_compile_is_ignored() {
        assert!(Maniskip::parse(b"*.bak\n").is_err());
    }
}
