//! Debian package versions (`[epoch:]upstream[-revision]`), parsed and ordered as dpkg does
//! (deb-version(7), the `verrevcmp` algorithm of dpkg's lib/dpkg/version.c, reimplemented from
//! the manual page's description).

use std::cmp::Ordering;

/// A Debian version; ordered by epoch, then upstream version, then revision.
#[derive(Clone, Debug)]
pub struct DebVersion {
    epoch: u64,
    upstream: String,
    revision: String,
}

impl DebVersion {
    /// Parses a version the way dpkg accepts it without a warning: an optional numeric epoch and
    /// `:`, an upstream version starting with a digit of `[A-Za-z0-9.+~-]` (`-` only when there
    /// is a revision) and an optional revision of `[A-Za-z0-9.+~]` after the last `-`.
    pub fn parse(s: &str) -> Result<DebVersion, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("version string is empty".into());
        }
        if s.contains(char::is_whitespace) {
            return Err("version string has embedded spaces".into());
        }
        let (epoch, rest) = match s.split_once(':') {
            Some((e, rest)) => {
                // dpkg reads the epoch with strtol: a leading `+` is accepted.
                let e = e.strip_prefix('+').unwrap_or(e);
                if e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()) {
                    return Err("epoch in version is not number".into());
                }
                let epoch = e
                    .parse::<u64>()
                    .ok()
                    .filter(|&n| i32::try_from(n).is_ok())
                    .ok_or("epoch in version is too big")?;
                if rest.is_empty() {
                    return Err("nothing after colon in version number".into());
                }
                (epoch, rest)
            }
            None => (0, s),
        };
        let (upstream, revision) = match rest.rsplit_once('-') {
            Some((_, "")) => return Err("revision number is empty".into()),
            Some((u, r)) => (u, r),
            None => (rest, ""),
        };
        if upstream.is_empty() {
            return Err("version number is empty".into());
        }
        if !upstream.starts_with(|c: char| c.is_ascii_digit()) {
            return Err("version number does not start with digit".into());
        }
        if !upstream
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-+~:".contains(&b))
        {
            return Err("invalid character in version number".into());
        }
        if !revision
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".+~".contains(&b))
        {
            return Err("invalid character in revision number".into());
        }
        Ok(DebVersion {
            epoch,
            upstream: upstream.to_owned(),
            revision: revision.to_owned(),
        })
    }
}

/// The weight of a non-digit character: `~` sorts before everything (even the end of the part),
/// letters before non-letters.
fn weight(c: Option<u8>) -> i32 {
    match c {
        None => 0,
        Some(b'~') => -1,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => i32::from(c),
        Some(c) => i32::from(c) + 256,
    }
}

/// dpkg's `verrevcmp`: alternate non-digit runs (compared character by character by
/// `weight`) and digit runs (compared numerically).
#[allow(clippy::many_single_char_names)] // the algorithm's own names
pub fn compare_part(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        while (i < a.len() && !a[i].is_ascii_digit()) || (j < b.len() && !b[j].is_ascii_digit()) {
            let (wa, wb) = (weight(a.get(i).copied()), weight(b.get(j).copied()));
            if wa != wb {
                return wa.cmp(&wb);
            }
            i += 1;
            j += 1;
        }
        while i < a.len() && a[i] == b'0' {
            i += 1;
        }
        while j < b.len() && b[j] == b'0' {
            j += 1;
        }
        let mut first = Ordering::Equal;
        while i < a.len() && a[i].is_ascii_digit() && j < b.len() && b[j].is_ascii_digit() {
            if first == Ordering::Equal {
                first = a[i].cmp(&b[j]);
            }
            i += 1;
            j += 1;
        }
        if i < a.len() && a[i].is_ascii_digit() {
            return Ordering::Greater;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            return Ordering::Less;
        }
        if first != Ordering::Equal {
            return first;
        }
    }
    Ordering::Equal
}

impl Ord for DebVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.epoch
            .cmp(&other.epoch)
            .then_with(|| compare_part(&self.upstream, &other.upstream))
            .then_with(|| compare_part(&self.revision, &other.revision))
    }
}

impl PartialOrd for DebVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for DebVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for DebVersion {}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: &str, b: &str) -> Ordering {
        DebVersion::parse(a)
            .unwrap()
            .cmp(&DebVersion::parse(b).unwrap())
    }

    /// The examples of deb-version(7): `~` sorts before anything, even the end of a part.
    #[test]
    fn tilde_sorts_first() {
        assert_eq!(cmp("1.0~rc1", "1.0"), Ordering::Less);
        assert_eq!(cmp("1.0~~", "1.0~~a"), Ordering::Less);
        assert_eq!(cmp("1.0~~a", "1.0~"), Ordering::Less);
        assert_eq!(cmp("1.0~", "1.0"), Ordering::Less);
        assert_eq!(cmp("1.0", "1.0a"), Ordering::Less);
        assert_eq!(cmp("1:0.1", "2.0"), Ordering::Greater);
        assert_eq!(cmp("1.0-1", "1.0-01"), Ordering::Equal);
    }

    #[test]
    fn rejects_what_dpkg_rejects() {
        for bad in ["", "a1.0", "1.0-", ":1.0", "x:1.0", "1:", "1.0 2", "1_0"] {
            assert!(DebVersion::parse(bad).is_err(), "{bad:?}");
        }
    }
}
