//! The Validator's lists of known values: `%known_specs`, `%v1_licenses`, `%v2_licenses`.

use crate::model::SpecVersion;

/// The Validator's `%known_specs` (1.x only: `urlspec` is not used by spec 2).
pub fn known_spec_url(spec: SpecVersion) -> Option<&'static str> {
    Some(match spec {
        SpecVersion::V1_4 => "http://module-build.sourceforge.net/META-spec-v1.4.html",
        SpecVersion::V1_3 => "http://module-build.sourceforge.net/META-spec-v1.3.html",
        SpecVersion::V1_2 => "http://module-build.sourceforge.net/META-spec-v1.2.html",
        SpecVersion::V1_1 => "http://module-build.sourceforge.net/META-spec-v1.1.html",
        SpecVersion::V1_0 => "http://module-build.sourceforge.net/META-spec-v1.0.html",
        SpecVersion::V2 => return None,
    })
}

/// `%v1_licenses` (the keys; their URLs play no part in validation).
pub const V1_LICENSES: &[&str] = &[
    "perl",
    "gpl",
    "apache",
    "artistic",
    "artistic_2",
    "lgpl",
    "bsd",
    "mit",
    "mozilla",
    "open_source",
    "unrestricted",
    "restrictive",
    "unknown",
];

/// `%v2_licenses`.
pub const V2_LICENSES: &[&str] = &[
    "agpl_3",
    "apache_1_1",
    "apache_2_0",
    "artistic_1",
    "artistic_2",
    "bsd",
    "freebsd",
    "gfdl_1_2",
    "gfdl_1_3",
    "gpl_1",
    "gpl_2",
    "gpl_3",
    "lgpl_2_1",
    "lgpl_3_0",
    "mit",
    "mozilla_1_0",
    "mozilla_1_1",
    "openssl",
    "perl_5",
    "qpl_1_0",
    "ssleay",
    "sun",
    "zlib",
    "open_source",
    "restricted",
    "unrestricted",
    "unknown",
];
