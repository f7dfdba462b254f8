//! version.pm's behaviour, case by case (expectations from version.pm 0.9929 on perl 5.36, as
//! recorded in ../shared/data/cpan-meta-oracle/perl-version-semantics.json).

use super::*;

fn v(s: &str) -> Version {
    Version::parse(s).unwrap()
}

#[test]
fn decimal_versions_numify_in_groups_of_three_digits() {
    assert_eq!(v("1.10").normal(), "v1.100.0");
    assert_eq!(v("1.002003").normal(), "v1.2.3");
    assert_eq!(v("1").numify(), "1.000");
    assert_eq!(v(".1").normal(), "v0.100.0");
    assert_eq!(v("1.").numify(), "1.000");
}

#[test]
fn dotted_versions_keep_their_components() {
    assert_eq!(v("1.2.3").numify(), "1.002003");
    assert_eq!(v("v1.2").normal(), "v1.2.0");
    assert_eq!(v("v1").numify(), "1.000000");
    assert!(v("5.6.1").is_qv());
    assert_eq!(v("1.0.0.0.0").numify(), "1.000000000000");
}

#[test]
fn underscores_are_ignored_but_flag_alpha() {
    let a = v("1.23_04");
    assert!(a.is_alpha());
    assert_eq!(a.normal(), "v1.230.400");
    assert_eq!(a, v("1.2304"));
    assert_eq!(v("v1.2_3").normal(), "v1.23.0");
    assert_eq!(v("v1.2.3_4").normal(), "v1.2.34");
    assert_eq!(a.stringify(), "1.23_04");
}

#[test]
fn ordering_is_version_pm_not_string_or_semver() {
    assert!(v("1.10") < v("1.9"));
    assert!(v("v1.10") > v("v1.9"));
    assert_eq!(v("1.2.3"), v("1.002003"));
    assert_eq!(v("2.00"), v("2.0.0"));
    assert!(v("0.9") > v("0.10"));
}

#[test]
fn errors_carry_version_pm_messages() {
    let e = |s: &str| Version::parse(s).unwrap_err().to_string();
    assert_eq!(e(""), "Invalid version format (version required)");
    assert_eq!(e("1.2a"), "Invalid version format (non-numeric data)");
    assert_eq!(e("1_2"), "Invalid version format (alpha without decimal)");
    assert_eq!(e("-1"), "Invalid version format (negative version number)");
    assert_eq!(
        e("1.23_04_05"),
        "Invalid version format (multiple underscores)"
    );
}

#[test]
fn surrounding_whitespace_and_undef() {
    let (x, w) = Version::parse_with_warnings(" 1.2 ").unwrap();
    assert_eq!(x.stringify(), "1.2");
    assert_eq!(w.len(), 1);
    assert_eq!(v("undef").stringify(), "0");
}

#[test]
fn json_numbers_go_through_nine_decimals() {
    let (x, _) = Version::parse_json_number("1.10").unwrap();
    assert_eq!(x.stringify(), "1.1");
    let (y, _) = Version::parse_json_number("1.0000000001").unwrap();
    assert_eq!(y.stringify(), "1");
}

#[test]
fn ranges_normalise_like_cpan_meta_requirements() {
    let r = |s: &str| Range::parse(s).unwrap();
    assert_eq!(
        r(">= 0.9, != 0.9402, != 0.9401").to_string(),
        ">= 0.9, != 0.9402, != 0.9401"
    );
    assert_eq!(r("1.2.3").to_string(), "v1.2.3");
    assert_eq!(r(".47").to_string(), "0.47");
    assert_eq!(r("> 1, < 2").to_string(), "> 1, < 2");
    assert_eq!(r(">= 1, <= 1").to_string(), "== 1");
    assert!(r(">= 2, < 1").is_empty());
    assert!(r("== 1.0, != 1.0").is_empty());
    assert_eq!(r(">= 2, < 1").empty_at(), Some(1));
    assert!(Range::parse("2.08a").is_err());
    assert!(Range::parse("1.2 ").is_err());
}

#[test]
fn ranges_accept_and_intersect() {
    let r = |s: &str| Range::parse(s).unwrap();
    assert!(r(">= 1.2, != 1.5, < 2.0").accepts(&v("1.9")));
    assert!(!r(">= 1.2, != 1.5, < 2.0").accepts(&v("1.5")));
    assert!(!r(">= 1.2, != 1.5, < 2.0").accepts(&v("2")));
    assert!(r("0").accepts(&v("0")));
    assert!(r(">= 2").intersect(&r("< 1.5")).is_empty());
    assert_eq!(r(">= 2").intersect(&r("< 3")).to_string(), ">= 2, < 3");
}

#[test]
fn subset_follows_bounds_and_exclusions() {
    let r = |s: &str| Range::parse(s).unwrap();
    assert!(r(">= 1.5, < 1.8").is_subset_of(&r(">= 1, < 2")));
    assert!(!r(">= 1").is_subset_of(&r(">= 1, < 2")));
    assert!(r("== 1.5").is_subset_of(&r("< 2")));
    assert!(!r(">= 1").is_subset_of(&r("> 1")));
    assert!(r("> 1").is_subset_of(&r(">= 1")));
    assert!(!r(">= 1, < 3").is_subset_of(&r(">= 1, != 2")));
}

#[test]
fn range_parts_know_their_positions() {
    let r = Range::parse(">= 1.2, != 1.5").unwrap();
    assert_eq!(r.parts()[1].version_span, (11, 14));
    let e = Range::parse(">= 1.2, 2.08a").unwrap_err();
    assert_eq!(e.span, (8, 13));
}

#[test]
fn absurdly_long_ranges_are_refused_not_evaluated() {
    let long = vec!["!= 1"; range::MAX_PARTS + 1].join(", ");
    assert!(Range::parse(&long).is_err());
    let ok = ["!= 1"; 10].join(", ");
    assert!(Range::parse(&ok).is_ok());
}
