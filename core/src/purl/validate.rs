//! Validation as the fronts need it: a purl string in, diagnostics out (the purl rules CM600–CM608
//! that apply to a purl on its own), each naming the component and the byte position.

use crate::diagnostic::Diagnostic;
pub use crate::rules::purl::MetaFacts;

/// Validates one purl. Spans are byte offsets into `s`; the pointer is empty.
pub fn validate(s: &str) -> Vec<Diagnostic> {
    crate::rules::purl::check_purl(s, None)
}

/// Validates one purl found in the metadata of the distribution described by `facts` (which adds
/// the version check).
pub fn validate_for(s: &str, facts: &MetaFacts) -> Vec<Diagnostic> {
    crate::rules::purl::check_purl(s, Some(facts))
}
