//! Perl's view of the data CPANTS reads (`$d->{meta_yml}` as a Perl structure): truthiness and
//! stringification of `serde_json` values in the form Perl decoded them ([`Value::to_perl_json`]).
//!
//! [`Value::to_perl_json`]: crate::source::Value::to_perl_json

use serde_json::Value as J;

/// The Converter's view of Perl values serves CPANTS's view too: one truthiness, one scalar string.
pub(crate) use crate::convert::perl::{scalar as string, truthy};

/// A hash's member, `None` when `v` is not a hash (Perl would not find it).
pub(crate) fn get<'a>(v: Option<&'a J>, key: &str) -> Option<&'a J> {
    v.and_then(J::as_object).and_then(|m| m.get(key))
}
