//! The WebAssembly package `cpanmeta-wasm`: the core's `lint` for browsers and Node.
//!
//! Thin on purpose: every export forwards to [`api`], which speaks JSON text, and the hand-written
//! ES module `js/index.js` turns that into plain objects and JS `Error`s with a `code`. No rule
//! lives here.
//!
//! wasm32 panics abort (a trap), which leaves the instance unusable. The panic hook keeps the
//! message for [`take_panic_message`]; the wrapper reads it from the dead instance, re-creates the
//! instance (wasm-bindgen's `__wbg_reset_state`) and throws an `Error` with code `INTERNAL`.
//!
//! The feature `release` adds the release reader (`lintRelease`, `kwalitee`). [`release`] is
//! always compiled (its host tests always run); without the feature nothing calls it, so the
//! archive decoders and kwalitee stay out of the module. With the feature, the module has only
//! what `js/release.js` calls (`lintRelease`, `kwalitee`, `version` and the panic plumbing): the
//! page's own module has the rest, and leaving it out keeps the release module within its size
//! budget (bindings-wasm/README.md, "Size").

pub mod api;
mod panic;
pub mod release;
pub mod values;

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs once per instance (also after a reset): installs the panic hook.
#[wasm_bindgen(start)]
pub fn start() {
    panic::install_hook();
}

/// Lints one META document; returns the JSON envelope `{"ok": FileReport}` or `{"error": ...}`.
#[cfg(not(feature = "release"))]
#[wasm_bindgen]
pub fn lint(source: &[u8], options: &str) -> String {
    api::lint(source, options)
}

/// Lints the META files of a release archive (`name` is its file name) and adds its kwalitee
/// findings; the JSON envelope of `{release, files, sources}`.
#[cfg(feature = "release")]
#[wasm_bindgen(js_name = lintRelease)]
pub fn lint_release(bytes: &[u8], name: &str, options: &str) -> String {
    release::lint_release(bytes, name, options)
}

/// The CPANTS kwalitee report of a release archive, as a JSON envelope.
#[cfg(feature = "release")]
#[wasm_bindgen]
pub fn kwalitee(bytes: &[u8], name: &str) -> String {
    release::kwalitee(bytes, name)
}

/// Every rule with its documentation, as a JSON envelope.
#[cfg(not(feature = "release"))]
#[wasm_bindgen]
pub fn rules() -> String {
    api::rules()
}

/// The cpanmeta version this module was built from.
#[wasm_bindgen]
pub fn version() -> String {
    api::version().to_owned()
}

/// version.pm's view of a version string (envelope of `{original, numify, normal, is_alpha, is_qv}`).
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = versionInfo)]
pub fn version_info(text: &str) -> String {
    values::version_info(text)
}

/// version.pm's `<=>` of two version strings (envelope of -1, 0 or 1).
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = compareVersions)]
pub fn compare_versions(a: &str, b: &str) -> String {
    values::compare_versions(a, b)
}

/// version.pm's `is_lax`.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = isLax)]
pub fn is_lax(text: &str) -> bool {
    cpanmeta::version::is_lax(text)
}

/// version.pm's `is_strict`.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = isStrict)]
pub fn is_strict(text: &str) -> bool {
    cpanmeta::version::is_strict(text)
}

/// A requirement string as CPAN::Meta::Requirements reads it.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = rangeInfo)]
pub fn range_info(text: &str) -> String {
    values::range_info(text)
}

/// Whether a version satisfies a requirement string.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = rangeAccepts)]
pub fn range_accepts(range: &str, version: &str) -> String {
    values::range_accepts(range, version)
}

/// The intersection of two requirement strings.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = intersectRanges)]
pub fn intersect_ranges(a: &str, b: &str) -> String {
    values::intersect_ranges(a, b)
}

/// A Package URL's components and canonical form.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = parsePurl)]
pub fn parse_purl(text: &str) -> String {
    values::purl_parse(text)
}

/// The findings for one purl on its own.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = validatePurl)]
pub fn validate_purl(text: &str) -> String {
    values::purl_validate(text)
}

/// The SPDX expression of a CPAN license string.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = spdxForCpanLicense)]
pub fn spdx_for_cpan_license(string: &str, spec_version: &str) -> String {
    values::spdx_for_cpan_license(string, spec_version)
}

/// Checks an SPDX license expression.
#[cfg(not(feature = "release"))]
#[wasm_bindgen(js_name = checkSpdxExpression)]
pub fn check_spdx_expression(text: &str) -> String {
    values::check_spdx_expression(text)
}

/// The message of the last panic in this instance, if any (read after a trap, before a reset).
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    panic::take_message()
}

/// Panics with `message`. Exists only so the tests can prove that a panic in the core leaves the
/// package usable; not part of the typed API.
#[wasm_bindgen(js_name = debugPanic)]
pub fn debug_panic(message: &str) {
    panic!("{message}");
}
