//! RPM versions (`[epoch:]version[-release]`), ordered by `rpmvercmp` (reimplemented from the
//! algorithm rpm documents in its "Versioning" chapter): segments of digits compare numerically,
//! segments of letters as strings, a digit segment is newer than a letter one, `~` sorts before
//! everything and `^` after the end of the version but before anything else.

use std::cmp::Ordering;

/// An RPM EVR; a missing epoch is 0 and a missing release matches any release (as rpm's
/// dependency comparison does), so `1.0` and `1.0-3` compare equal.
#[derive(Clone, Debug)]
pub struct RpmVersion {
    epoch: u64,
    version: String,
    release: Option<String>,
}

fn allowed(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._+~^".contains(&b)
}

impl RpmVersion {
    pub fn parse(s: &str) -> Result<RpmVersion, String> {
        let s = s.trim();
        let (epoch, rest) = match s.split_once(':') {
            Some((e, rest)) => (
                e.parse::<u64>()
                    .map_err(|_| format!("epoch `{e}` is not a number"))?,
                rest,
            ),
            None => (0, s),
        };
        let (version, release) = match rest.split_once('-') {
            Some((v, r)) => (v, Some(r)),
            None => (rest, None),
        };
        if version.is_empty() {
            return Err("version is empty".into());
        }
        if let Some(b) = version.bytes().find(|&b| !allowed(b)) {
            return Err(format!("`{}` is not allowed in a version", char::from(b)));
        }
        if let Some(r) = release {
            if r.is_empty() {
                return Err("release is empty".into());
            }
            if let Some(b) = r.bytes().find(|&b| !allowed(b)) {
                return Err(format!("`{}` is not allowed in a release", char::from(b)));
            }
        }
        Ok(RpmVersion {
            epoch,
            version: version.to_owned(),
            release: release.map(str::to_owned),
        })
    }
}

/// `rpmvercmp` on two version (or release) strings.
#[allow(clippy::many_single_char_names)] // the algorithm's own names
pub fn rpmvercmp(a: &str, b: &str) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    let sep = |c: u8| !c.is_ascii_alphanumeric() && c != b'~' && c != b'^';
    loop {
        while i < a.len() && sep(a[i]) {
            i += 1;
        }
        while j < b.len() && sep(b[j]) {
            j += 1;
        }
        let (ca, cb) = (a.get(i).copied(), b.get(j).copied());
        if ca == Some(b'~') || cb == Some(b'~') {
            if ca != Some(b'~') {
                return Ordering::Greater;
            }
            if cb != Some(b'~') {
                return Ordering::Less;
            }
            i += 1;
            j += 1;
            continue;
        }
        if ca == Some(b'^') || cb == Some(b'^') {
            if ca.is_none() {
                return Ordering::Less;
            }
            if cb.is_none() {
                return Ordering::Greater;
            }
            if ca != Some(b'^') {
                return Ordering::Greater;
            }
            if cb != Some(b'^') {
                return Ordering::Less;
            }
            i += 1;
            j += 1;
            continue;
        }
        let (Some(first), Some(_)) = (ca, cb) else {
            break;
        };
        let numeric = first.is_ascii_digit();
        let class = |c: u8| {
            if numeric {
                c.is_ascii_digit()
            } else {
                c.is_ascii_alphabetic()
            }
        };
        let (si, sj) = (i, j);
        while i < a.len() && class(a[i]) {
            i += 1;
        }
        while j < b.len() && class(b[j]) {
            j += 1;
        }
        if j == sj {
            return if numeric {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
        let (mut x, mut y) = (&a[si..i], &b[sj..j]);
        if numeric {
            while x.first() == Some(&b'0') {
                x = &x[1..];
            }
            while y.first() == Some(&b'0') {
                y = &y[1..];
            }
            match x.len().cmp(&y.len()) {
                Ordering::Equal => {}
                other => return other,
            }
        }
        match x.cmp(y) {
            Ordering::Equal => {}
            other => return other,
        }
    }
    match (i < a.len(), j < b.len()) {
        (false, false) => Ordering::Equal,
        (false, true) => Ordering::Less,
        _ => Ordering::Greater,
    }
}

impl Ord for RpmVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.epoch
            .cmp(&other.epoch)
            .then_with(|| rpmvercmp(&self.version, &other.version))
            .then_with(|| match (&self.release, &other.release) {
                (Some(a), Some(b)) => rpmvercmp(a, b),
                _ => Ordering::Equal,
            })
    }
}

impl PartialOrd for RpmVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for RpmVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for RpmVersion {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The examples of rpm's versioning documentation.
    #[test]
    fn documented_order() {
        assert_eq!(rpmvercmp("1.0~rc1", "1.0"), Ordering::Less);
        assert_eq!(rpmvercmp("1.0^git1", "1.0"), Ordering::Greater);
        assert_eq!(rpmvercmp("1.0^git1", "1.0.1"), Ordering::Less);
        assert_eq!(rpmvercmp("1.0a", "1.0"), Ordering::Greater);
        assert_eq!(rpmvercmp("1.01", "1.1"), Ordering::Equal);
        assert_eq!(rpmvercmp("2.0", "10"), Ordering::Less);
    }

    #[test]
    fn rejects_bad_evr() {
        for bad in ["", "x:1", "1.0-", "1 0", "1/0"] {
            assert!(RpmVersion::parse(bad).is_err(), "{bad:?}");
        }
    }
}
